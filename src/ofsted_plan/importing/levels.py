"""Which level each structure row is: a theme, a recommendation, or a heading kept with the
actions under it. Structure rows are grouped by how they look (the column they start in, and a
prefix such as 'Theme 2:' or 'Recommendation 3:'); the groups are ordered outer to inner by
what the document shows (a row of one kind directly above a row of another; the column; the
prefix), and given the levels the tables' columns leave free. Two kinds of row that nothing
in the document orders are refused: a person would have to ask which is inside which."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..errors import PlanError
from .classify import own_texts
from .kinds import Classified, RowKind
from .labels import NO_ACTION, said_of_its_part
from .prefixes import prefix_class, shouted

Signature = tuple[int, str, str]
_WORD = re.compile(r"[^\W\d_]*")
_QUOTED = re.compile(r"[“\"‘'].+[”\"’']", re.DOTALL)


def signature(item: Classified, refined: frozenset[Signature] = frozenset()) -> Signature:
    """How a structure row looks: its column, its prefix, and its cell's colour; and, for a
    kind seen directly under its own kind with another word ('PRIORITY 1: ...' over 'Outcome
    1.1: ...'), the prefix's word: two kinds of heading, as a reader sees them."""
    if item.column < 0:
        return (item.column, "label", "")
    shown = (
        item.row.fills.get(item.column, "")
        + ("^" if shouted(item.text) else "")
        + ("?" if item.text.rstrip().endswith("?") else "")  # 'How good is our leadership?':
        # a key question, over the requirements it asks of
        + (f":{label[1].casefold()}" if (label := _ONE_WORD_LABEL.match(item.text)) else "")
        + ("@" if _A_MEETING_BODY.fullmatch(item.text.strip()) else "")
    )  # ('Review: Elective Home Education' under its committee's name: a kind of its own; so
    # is 'Children and Young People Scrutiny Board' over the items it looked at)
    found = (item.column, prefix_class(item.text), shown)  # ('AREAS WHERE ...' in capitals)
    if found in refined:
        return (found[0], found[1], f"{found[2]} {_prefix_word(item.text)}")
    return found


# A board or committee by its name alone: 'Governance, Strategy and Resources Scrutiny Board'.
_A_MEETING_BODY = re.compile(
    r"[A-Z][\w ,&'’-]{2,80}\s(?:board|committee|sub-committee|panel|commission)", re.IGNORECASE
)
# A plain line labelled by one word: 'Review: Elective Home Education (final report ...)'.
_ONE_WORD_LABEL = re.compile(r"^([A-Z][a-z]{2,15}):\s+\S")


def _prefix_word(text: str) -> str:
    """'priority' of 'PRIORITY 1: ...', 'md' of 'MD1 The trust must ...'."""
    word = _WORD.match(text.lstrip())
    return word[0].casefold().rstrip("s") if word else ""


def _told_apart(rows: list[Classified], structure: list[tuple[int, Classified]]) -> set[Signature]:
    """Kinds of heading row of which one stands directly under another with another prefix
    word ('Outcome 1.1: ...' under 'PRIORITY 1: ...'): their words tell them apart."""
    found: set[Signature] = set()
    ids = {id(r) for _, r in structure}
    for i, r in structure:
        following = next(
            (
                f
                for f in rows[i + 1 :]
                if f.kind not in (RowKind.BLANK, RowKind.HEADER, RowKind.NOTE, RowKind.KEY)
            ),
            None,
        )
        if following is None or id(following) not in ids:
            continue
        a, b = signature(r), signature(following)
        numbered = NUMBERED_HEADING.match(r.text) and (  # 'Concern 1: ...', or 'The provider must
            NUMBERED_HEADING.match(following.text)
            or len(following.text.split()) >= 8  # ...', under
        )  # 'Regulation 12: ...': kinds no list names, told apart by their words
        if (
            a == b
            and (a[1] in ("theme", "rec") or numbered)
            and _prefix_word(r.text) != _prefix_word(following.text)
        ):
            found.add(a)
    return found


@dataclass
class Levels:
    by_signature: dict[Signature, str] = field(default_factory=dict)
    notes: set[int] = field(default_factory=set)  # id() of structure rows read as notes
    refined: frozenset[Signature] = frozenset()  # kinds told apart by their prefix's word

    def level(self, item: Classified) -> str:
        if item.why.startswith("rules: "):
            return item.why[len("rules: ") :]
        if id(item) in self.notes:
            return "note"
        return self.by_signature.get(signature(item, self.refined), "heading")


def assign_levels(
    rows: list[Classified],
    path: str,
    labels: bool,
    exact: bool = False,
    in_force: dict[int, int] | None = None,
) -> Levels:
    """Each structure row's level: 'theme', 'recommendation', 'heading' or 'note'.

    Rows that look alike are one kind. A kind is inside another when a row of it comes
    directly under a row of the other (headers and blank rows between do not count); kinds
    that never do are siblings, at the same level (themes that alternate with actions)."""
    levels = Levels()
    last_action = max(
        (i for i, r in enumerate(rows) if r.kind in (RowKind.ACTION, RowKind.CONTINUATION)),
        default=-1,
    )
    for i, r in enumerate(rows):  # no action after it anywhere: a closing note
        if (
            r.kind is RowKind.STRUCTURE
            and not exact
            and (i > last_action or _last_on_sheet(rows, i))
        ):
            levels.notes.add(id(r))
        elif r.kind is RowKind.STRUCTURE and not exact and _QUOTED.fullmatch(r.text.strip()):
            levels.notes.add(id(r))  # '“We will make sure you ...”': a quotation, not a heading
    structure = [
        (i, r)
        for i, r in enumerate(rows)
        if r.kind is RowKind.STRUCTURE
        and id(r) not in levels.notes
        and not r.why.startswith("rules: ")
    ]
    if not structure:
        return levels
    if exact:  # the tool's own export: a structure row is a theme
        levels.by_signature = {signature(r): "theme" for _, r in structure}
        return levels
    levels.refined = frozenset(_told_apart(rows, structure))
    headers = [r.header for r in rows if r.header is not None]
    free = []
    if not any("theme" in h.fields.values() for h in headers):
        free.append("theme")
    if not any("recommendation" in h.fields.values() for h in headers):
        free.append("recommendation")
    votes: dict[tuple[Signature, Signature], int] = {}
    first_of: dict[Signature, Classified] = {}
    for i, r in structure:
        first_of.setdefault(signature(r, levels.refined), r)
        for following in rows[i + 1 :]:
            if following.kind is RowKind.NOTE and NO_ACTION.match(following.text.strip()):
                break  # 'No actions required – ...' under it: its answer, the next its sibling
            if following.kind in (RowKind.BLANK, RowKind.HEADER, RowKind.NOTE, RowKind.KEY):
                continue
            if (
                following.kind is RowKind.STRUCTURE
                and id(following) not in levels.notes
                and not following.why.startswith("rules: ")
            ):
                a, b = signature(r, levels.refined), signature(following, levels.refined)
                if a == b and a[1] != "label":
                    raise PlanError(
                        f"this row ('{_short(following.text)}') stands alone as a heading right "
                        f"under another that looks the same (line {r.row.number}, "
                        f"'{_short(r.text)}'): which is the theme and which the recommendation "
                        "cannot be told from the document",
                        path=path,
                        line=following.row.number,
                        hint=f"say it in a rules file: row {r.row.number} = theme and row "
                        f"{following.row.number} = recommendation (see plan import --help)",
                    )
                if a != b and "label" not in (a[1], b[1]):
                    votes[(a, b)] = votes.get((a, b), 0) + 1
            break
    depth = {s: 0 for s in first_of}
    for _ in range(len(depth) + 1):
        changed = False
        for (a, b), n in votes.items():
            if n > votes.get((b, a), 0) and depth[b] < depth[a] + 1:
                depth[b] = depth[a] + 1
                changed = True
        if not changed:
            break
    else:
        b = max(depth, key=lambda s: depth[s])
        raise PlanError(
            "the heading rows of this table nest in a circle (each kind of row is seen directly "
            "under the other)",
            path=path,
            line=first_of[b].row.number,
            hint="say each heading row's level in a rules file: row N = theme, row M = "
            "recommendation (see plan import --help)",
        )
    for (a, b), n in votes.items():
        if n == votes.get((b, a), 0) and a < b:
            raise PlanError(
                f"rows like line {first_of[a].row.number} ('{_short(first_of[a].text)}') and "
                f"line {first_of[b].row.number} ('{_short(first_of[b].text)}') each stand "
                "directly under the other as often, so which is inside which cannot be told",
                path=path,
                line=first_of[b].row.number,
                hint=f"say it in a rules file: row {first_of[a].row.number} = theme and row "
                f"{first_of[b].row.number} = recommendation (see plan import --help)",
            )
    if labels:  # the headings before the tables hold the rows of the tables
        label_levels = sorted({s[0] for s in depth if s[1] == "label"})
        over = {  # how many headings stand over a kind's rows: a heading over the last
            s: max(  # table only leaves the rows of the tables before it at the top
                (
                    in_force.get(id(r), len(label_levels))
                    for _, r in structure
                    if signature(r, levels.refined) == s
                ),
                default=len(label_levels),
            )
            if in_force is not None
            else len(label_levels)
            for s in depth
        }
        depth = {
            s: label_levels.index(s[0]) if s[1] == "label" else d + over[s]
            for s, d in depth.items()
        }
    for s, d in depth.items():
        levels.by_signature[s] = free[d] if d < len(free) else "heading"
        if (
            d >= len(free)
            and (here := _free_in_its_tables(rows, s, levels.refined))
            and d < len(here)
        ):
            levels.by_signature[s] = here[d]  # 'MD1. The trust must ...' over its own table
            # of actions, another table's column naming the should-dos; bands of core
            # services on a 'Must Do' sheet beside a 'Should Do' sheet's 'Core service' column
    for s in depth:
        if bound := _in_its_column(rows, s, levels.refined):
            levels.by_signature[s] = bound
    return levels


def _last_on_sheet(rows: list[Classified], at: int) -> bool:
    """A heading row with no action after it on its own sheet ('Actions rated green will be
    closed ...' under an action log, a 'Closed actions' sheet after it): a closing note, not
    a heading over the next sheet's actions (that sheet starts with its own header)."""
    where = rows[at].row.where
    for following in rows[at + 1 :]:
        if following.kind in (RowKind.ACTION, RowKind.CONTINUATION):
            return bool(where) and following.row.where != where
    return False


def _free_in_its_tables(
    rows: list[Classified], kind: Signature, refined: frozenset[Signature]
) -> list[str]:
    """The levels the tables under every heading of this kind leave free, outer first: in
    those tables, the headings are what their columns do not name."""
    headers = []
    for i, r in enumerate(rows):
        if r.kind is not RowKind.STRUCTURE or signature(r, refined) != kind:
            continue
        action = next((a for a in rows[i + 1 :] if a.kind is RowKind.ACTION), None)
        if action is None or action.header is None:
            return []
        headers.append(action.header)
    named = {f for h in headers for f in h.fields.values()}
    return [f for f in ("theme", "recommendation") if f not in named] if headers else []


def _in_its_column(
    rows: list[Classified], kind: Signature, refined: frozenset[Signature]
) -> str | None:
    """The field a kind of heading row stands for by its place: written in the theme or the
    recommendation column, over actions that leave that column empty ('Weakness 1: ...' in
    the 'Area of significant weakness' column, merged across the row)."""
    column = kind[0]
    if column < 0:
        return None
    found: set[str] = set()
    for i, r in enumerate(rows):
        if r.kind is not RowKind.STRUCTURE or signature(r, refined) != kind:
            continue
        if r.header is None or r.why == "above the first header":  # not in the table's columns
            return None
        under = []
        for following in rows[i + 1 :]:
            if following.kind is RowKind.STRUCTURE:
                break
            if following.kind is RowKind.ACTION:
                under.append(following)
        if not under:
            return None
        for a in under:
            name = a.header.fields.get(column) if a.header else None
            if name not in ("theme", "recommendation") or (
                column < len(a.row.cells) and a.row.cells[column].strip()
            ):
                return None
            found.add(name)
    return found.pop() if len(found) == 1 else None


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 50 else text[:49] + "…"


# A heading's label and number: 'Priority 2: Early reading', 'Area 3 - ...'.
NUMBERED_HEADING = re.compile(r"^([A-Za-z][A-Za-z ]{0,40}?)\s*(\d+)\s*[:.)\-–]\s*\S")
# ... or numbered bare: '2. Adult Social Care Prevention'.
_NUMBERED_LINE = re.compile(rf"{NUMBERED_HEADING.pattern}|^(\d{{1,2}})[.)]\s+[A-Z]")


def _right_above(rows: list[Classified], at: int) -> bool:
    """Only lines said of the part ('Workstream lead: ...') between this row and the header."""
    for r in rows[at + 1 :]:
        if r.kind is RowKind.HEADER:
            return True
        if r.kind is not RowKind.BLANK and not said_of_its_part(r.text or ""):
            return False
    return False


def _label_and_number(found: re.Match[str]) -> tuple[str, str]:
    """('priority', '2') of 'Priority 2: ...', ('', '2') of '2. Adult Social Care'."""
    if found.group(3):
        return "", found.group(3)
    return found.group(1).casefold(), found.group(2)


# A key question asked as a heading: 'How good is our leadership?', 'Is the service safe?'.
_QUESTION = re.compile(r"[A-Z][^.?!:]{5,80}\?")


def numbered_like_body(rows: list[Classified], body: list[Classified]) -> None:
    """A line above the first header numbered as the table's own heading rows are
    ('Priority 1: ...' over the first table, 'Priority 2: ...' over the next) is the first
    of them, not a note: a text plan that heads each of its tables so."""
    labels = {
        _label_and_number(m)
        for r in body
        if r.kind is RowKind.STRUCTURE and (m := _NUMBERED_LINE.match(r.text))
    }
    if any(r.kind is RowKind.STRUCTURE and _QUESTION.fullmatch(r.text) for r in body):
        for r in rows:  # 'How good is our leadership?' over a later table, 'How well do we
            if r.kind is RowKind.HEADER:  # support people's wellbeing?' over the first: the
                break  # first key question, asked as the others are
            if r.kind in (RowKind.TITLE, RowKind.NOTE) and _QUESTION.fullmatch(r.text):
                r.kind, r.why = RowKind.STRUCTURE, "above the first header"
                r.column = own_texts(r.row)[0][0] if own_texts(r.row) else 0
    if not labels:
        return
    for at, r in enumerate(rows):
        if r.kind is RowKind.HEADER:
            return
        m = _NUMBERED_LINE.match(r.text) if r.kind in (RowKind.TITLE, RowKind.NOTE) else None
        if (
            m
            and _label_and_number(m)[0] in {w for w, _ in labels}
            and _label_and_number(m) not in labels
            and (m.group(1) or (_label_and_number(m)[1] == "1" and _right_above(rows, at)))
        ):  # ('1. Customer Experience' right over the first table, '2. ...' over the next: a
            # bare number, the first; not '1. Summary' over the report's prose)
            r.kind, r.why = RowKind.STRUCTURE, "above the first header"
            r.column = own_texts(r.row)[0][0] if own_texts(r.row) else 0
