"""What an import read and how, for its report (`Reading`), and the small readings of one
cell the builder makes: a pale fill, a ref under another, a start that is no month yet, a
'Lead:' line, the hint for a month, refs given to actions that have none."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from ..model import Month, Plan, Status
from .ends import A_DATE, read_end
from .values import STATUS_WORDS, read_status


@dataclass
class Reading:
    """What a person should be told of how values were read (the import's report)."""

    status_words: dict[str, tuple[Status, int]] = field(default_factory=dict)
    coloured: dict[str, int] = field(default_factory=dict)  # RAG read from a fill: times
    # A word no key defines, in a cell coloured as a RAG: the word -> the colour read
    worded_fills: dict[str, str] = field(default_factory=dict)
    dates: dict[str, dict[str, Month]] = field(default_factory=dict)  # how -> cell -> month
    undated: dict[str, int] = field(default_factory=dict)  # end cells that are words
    headings: list[int] = field(default_factory=list)  # rows read as headings (1.1 over 1.1.1)
    kept_whole: dict[str, int] = field(default_factory=dict)  # lead cells kept as one officer
    continued: list[int] = field(default_factory=list)  # rows added to the action above
    # Each month read: the month, its line, the cell as written, and its column.
    months: list[tuple[Month, int, str, str]] = field(default_factory=list)
    by_colour: set[int] = field(default_factory=set)  # id() of actions rated by a colour
    shades: dict[int, str] = field(default_factory=dict)  # id() -> 'orange'/'yellow' fill
    lead_lines: list[int] = field(default_factory=list)  # leads read from 'Lead: ...' lines
    completed_on: list[int] = field(default_factory=list)  # complete by a 'Date completed'
    closed_sheet: list[int] = field(default_factory=list)  # on a sheet of closed actions
    # A theme that comes again after others: its title, the line, the line it first came on.
    regathered: list[tuple[str, int, int]] = field(default_factory=list)
    merged_refs: list[str] = field(default_factory=list)  # a ref merged down over actions
    qualified_refs: int = 0  # refs read with their heading's number (rules: refs by heading)
    qualified_by_recommendation: bool = False  # ... the recommendation's, inside a theme
    refs_in_text: int = 0  # refs read from the start of the action's text ('1.1 Maintain ...')
    refs_beside_numbers: bool = False  # ... where the ref column held the recommendation's
    # 'Revised target 30/06/2025 – ...' written in another column: (line, the words, column)
    revised_elsewhere: list[tuple[int, str, str]] = field(default_factory=list)


# A start cell that says there is no start month yet.
NO_START = re.compile(r"\s*(?:tbc|tbd|tba|ongoing|on-?going|n/?a|not yet known)\s*", re.IGNORECASE)
# The last line of an action cell naming its lead, in a table with no lead column.
LEAD_LINE = re.compile(
    r"\n\s*(?:lead(?:\s+officer)?s?|led\s+by|owner|responsible(?:\s+officer)?)\s*[:\-–]\s*"
    r"([^\n]+?)\s*$",
    re.IGNORECASE,
)


# A revised end written at the start of another cell: 'Revised target 30/06/2025 – new case
# management system', 'Revised date: Sept 2025'.
_REVISED_FIRST = re.compile(
    rf"^\s*(?:(?P<word>[A-Za-z][A-Za-z ]{{1,20}}?)\s*[–—-]\s*)?"  # 'Amber – revised ...'
    rf"(?:revised|new|extended)\s+(?:target|due|end|completion)?\s*(?:date|deadline)?\s*"
    rf"(?:to\s+)?:?\s*({A_DATE})(?=\s*(?:$|[–—\-.;,(]))",
    re.IGNORECASE,
)


def revised_elsewhere(extra: Mapping[str, str]) -> tuple[str, str] | None:
    """The column and the month of a revised end written at the start of a cell that is
    not the end column ('Date of completion and Outcome': 'Revised target 30/06/2025 – ...'):
    the end a person reads, the first target kept."""
    for title, cell in extra.items():
        found = _REVISED_FIRST.match(cell)
        if found and (not found["word"] or _a_status(found["word"])):  # 'Amber – revised
            return title, found[2]  # date June 2025. Review deferred ...': the status, then
    return None  # the end it was moved to


def _a_status(word: str) -> bool:
    """Whether the words before a revised date are a status ('Amber', 'On track'), not the
    start of a sentence."""
    try:
        read_status(word, STATUS_WORDS)
    except ValueError:
        return False
    return True


def pale(rgb: str) -> bool:
    """A white or light grey fill: a cell's background, not a colour a person reads."""
    import colorsys

    r, g, b = (int(rgb[i : i + 2], 16) / 255 for i in (0, 2, 4))
    _, lightness, saturation = colorsys.rgb_to_hls(r, g, b)
    return saturation < 0.12 and lightness > 0.75


def under_ref(ref: str, head: str) -> bool:
    """Whether a ref is numbered under another: 1.1.1 and 1.1a under 1.1, not 1.10; 1.1 under
    R1 (a recommendation lettered, its actions numbered by its number)."""
    if ref.startswith(head) and len(ref) > len(head) and not ref[len(head)].isdigit():
        return True
    letters = re.match(r"[A-Za-z]{1,4}\s?(?=\d)", head)
    return letters is not None and ref[:1].isdigit() and under_ref(ref, head[letters.end() :])


def month_hint(month_first: bool, text: str = "") -> str:
    import re

    example = "03/31/2018" if month_first else "31/03/2018"
    us = re.match(r"\s*(\d{1,2})[/.\-](\d{1,2})[/.\-]", text)
    other = (
        "; for US dates (03/31/2019) add 'dates month-first' to a rules file"
        if us and not month_first and int(us[2]) > 12
        else ""
    )
    return (
        f"a month (Jan-17, June 2017), a date ({example}), a quarter (Q4 2017/18) or a period "
        f"(Sept 2018 – March 2019) is read as its month; words such as Ongoing or TBC are kept "
        f"as words{other}"
    )


# '1.1 Maintain the surveillance system ...', '1a. Introduce ...': an action's number written
# before its words; or its code set apart by spaces, as a text export writes it ('OSP/24/01
# That the council ...').
_LEADING_REF = re.compile(
    r"^(\d{1,2}(?:\.\d{1,2}){1,2}[a-z]?)[.):]?\s+(?=\S)|^(\d{1,2}[a-z])[.):]\s+(?=\S)|"
    r"^([A-Z]{2,6}(?:[/-]\d{1,4}){1,3})\s{2,}(?=\S)"
)


def refs_from_action_text(plan: Plan) -> int:
    """Each action's number written at the start of its text ('1.1 Maintain ...', '1a.
    Introduce ...') is its ref, taken off the text, where every action has one and no two are
    the same (else the text is left as written): in a table with no ref column, or where the
    ref column holds only the recommendation's number ('1' beside '1a.', '1b.'; kept as 'Ref
    as written'). How many were read."""
    actions = list(plan.actions())
    numbered = any(a.ref for a in actions)  # the column's numbers, each action's or not
    bases = [a.extra.get(_WRITTEN, "") or a.ref for a in actions]
    carried = _carried_down(plan)  # ('1' on the recommendation's first action only)
    if carried:
        bases = carried
    if not actions or (
        numbered and not carried and not any(a.extra.get(_WRITTEN) for a in actions)
    ):
        return 0
    found = [_LEADING_REF.match(a.action) for a in actions]
    refs = [(m[1] or m[2] or m[3]) for m in found if m]
    if len(refs) != len(actions) or len(set(refs)) != len(refs):
        return 0
    if numbered and not all(
        r.startswith(b) and r != b for r, b in zip(refs, bases, strict=True)
    ):  # the column's number is not the start of each action's own ('2' by '1a')
        return 0
    for action, match, ref, base in zip(actions, found, refs, bases, strict=True):
        assert match is not None
        action.ref, action.action = ref, action.action[match.end() :]
        action.ref_generated = False
        if numbered:  # the column's number was the recommendation's, kept
            action.extra["Recommendation no."] = action.extra.pop(_WRITTEN, "") or base
    return len(actions)


_WRITTEN = "Ref as written"


def _carried_down(plan: Plan) -> list[str]:
    """The recommendation's number, each action's, where the ref column holds it on the
    recommendation's first action alone ('1' by '1.1 ...', nothing by '1.2 ...'): else []."""
    bases: list[str] = []
    alone = False
    for rec in plan.recommendations():
        first = rec.actions[0].ref if rec.actions else ""
        if not first or any(a.ref for a in rec.actions[1:]):
            return []
        alone = alone or len(rec.actions) > 1
        bases.extend(first for _ in rec.actions)
    return bases if alone else []


# 'Lead organisation', 'Lead agency', 'Partner(s)': a lead column of bodies, where a comma
# sets one body from the next ('Public Health, Amparo').
_BODIES_TITLE = re.compile(r"\b(?:organi[sz]ations?|agenc(?:y|ies)|partners?|bod(?:y|ies))\b", re.I)
# 'Completed 5 December 2023. A DASH risk ...': a completion column's cell saying it was done.
_DONE = re.compile(r"^\s*(?:completed?|done|closed|implemented|achieved|delivered)\b", re.I)


def names_bodies(title: str) -> bool:
    """A lead column titled for organisations ('Lead organisation', 'Lead agency')."""
    return _BODIES_TITLE.search(title) is not None


def says_done(cell: str) -> bool:
    """A completion column's cell that says the action was done: its date, or in words."""
    if _DONE.match(cell):
        return True
    try:
        return read_end(cell).month is not None
    except ValueError:  # a month among other words: not a completion a person can read
        return False


def assign_generated_refs(plan: Plan) -> None:
    """Give each action without a ref one that is the same on every import of the same table.

    ``R3.1`` is the first action of the plan's third recommendation (in document order);
    the action is marked ``ref_generated`` so nobody takes it for the council's own ref.
    """
    taken = {a.ref for a in plan.actions() if a.ref}
    for rec_number, rec in enumerate(plan.recommendations(), 1):
        for position, action in enumerate(rec.actions, 1):
            if action.ref:
                continue
            ref = f"R{rec_number}.{position}"
            suffix = 1
            while ref in taken:
                suffix += 1
                ref = f"R{rec_number}.{position}-{suffix}"
            taken.add(ref)
            action.ref, action.ref_generated = ref, True


def complete(text: str, statuses: Mapping[str, Status]) -> bool:
    try:
        return read_status(text, dict(statuses))[0] is Status.BLUE
    except ValueError:
        return False


def shortened(text: str) -> str:
    """A cell's text on one line, cut to 60 characters for the report."""
    text = " ".join(text.split())
    return text if len(text) <= 60 else text[:59] + "…"


def runs_on(before: str, text: str) -> bool:
    """Text that carries on a sentence left open ('... session to be held' over 'alongside a
    scheduled Board meeting.'): no full stop before, lower case after."""
    before = before.rstrip()
    return bool(before) and before[-1] not in ".!?:;)" and text[:1].islower()
