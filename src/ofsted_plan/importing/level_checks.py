"""Which column is a level of the plan, as a person sees it in the table: a column that
groups the recommendations (the theme), a statement merged down over its actions (the
recommendation), a theme column under headings merged across, a parent column, an outcome
over runs of actions, headings over a theme column. Each is settled by a rule the report
names (a re-reading, `Settle`). Columns named as a level that are none: other_columns.py."""

from __future__ import annotations

import re

from ..model import Plan
from .classify import own_texts, plan_rows
from .column_checks import carried, cell_text, numbers_its_refs, one_run_each
from .header import WEAKER, header_key
from .kinds import Classified, Header, RowKind
from .labels import NUMBERED_PART
from .rules import RowKey
from .status_checks import Settle
from .vocabulary import PRIORITY_WORDS


def grouping_column(rows: list[Classified]) -> None:
    """Two columns name the recommendation ('Priority' beside 'Area of weakness'), or one
    left of it, its title unknown ('Key judgement'), is merged down over its rows, and there
    is no theme column: where that column groups the recommendation's rows, each of its values
    over a run of whole recommendations, a person reads it as the heading over them: the
    theme."""
    action_rows, header = plan_rows(rows)
    if header is None or header.column("theme") is not None:
        return
    winner = header.column("recommendation")
    if winner is None or len(action_rows) < 3:
        return
    others = header.fallback.get("recommendation", [])
    if not others and not any(r.kind is RowKind.STRUCTURE for r in rows):
        others = [  # an unnamed column merged down over whole recommendations, left of them,
            # where no heading rows are the theme ('Reg 12' beside them says which rule)
            c
            for c in range(winner)
            if c not in header.fields
            and header.titles[c].strip()
            and any(c in r.row.down for r in action_rows)
        ]
    if len(others) != 1:
        return
    column = others[0]
    if column > winner:  # right of the recommendation: says more of it ('Priority 1': RQIA's
        return  # rating), as grouping_columns.settle_groupings reads it

    outer, inner = column_values(action_rows, column), column_values(action_rows, winner)
    if not all(outer) or all(v.casefold() in PRIORITY_WORDS for v in outer):
        return
    if not one_run_each(outer) or not _nests(inner, outer):
        return
    if column not in header.fallback.get("recommendation", []) and len(set(outer)) == len(
        set(inner)
    ):
        return  # one value a recommendation: says more of each, groups none
    title = header.titles[column].strip()
    raise Settle(
        title,
        "theme",
        f"The column '{title}' groups the rows of '{header.titles[winner].strip()}' "
        f"({len(set(outer))} values over {len(set(inner))}): read as the theme over them",
    )


def merged_over_actions(rows: list[Classified]) -> None:
    """No column is named as the recommendation or the theme, but one left of the actions,
    its title unknown ('What the school needs to do to improve', 'Gap identified in
    self-assessment'), holds a statement merged down over each run of actions: what those
    actions answer, as a person reads it."""
    action_rows, header = plan_rows(rows)
    if header is None or len(action_rows) < 3:
        return
    action = header.column("action")
    if action is None or any(header.column(f) is not None for f in ("recommendation", "theme")):
        return
    for column in range(action):
        if column in header.fields or column in header.ruled or not header.titles[column].strip():
            continue  # (a column already named 'extra' is not asked about again)
        values = column_values(action_rows, column)
        merged = sum(1 for r in action_rows if column in r.row.down)
        if (
            not all(values)
            or merged == 0
            or not one_run_each(values)
            or (  # most statements over two actions or more, or every repeat a merged cell
                len(set(values)) * 2 > len(values) + 1 and merged < len(values) - len(set(values))
            )
            or not all(len(re.findall(r"[^\W\d_]{2,}", v)) >= 3 for v in values)  # words, no
            # score ('5 x 5 = 25', a risk's inherent score merged down beside its actions)
            or _a_records_cell(rows, action_rows, column, values)
        ):
            continue
        title = header.titles[column].strip()
        raise Settle(
            title,
            "recommendation",
            f"The column '{title}' holds a statement merged down over each run of actions "
            f"({len(set(values))} over {len(values)}) and no column names the recommendation: "
            "read as the recommendation they answer",
        )


def _a_records_cell(
    rows: list[Classified], action_rows: list[Classified], column: int, values: list[str]
) -> bool:
    """One statement under each heading row and each under one, merged down as three or
    more other columns are over the same rows ('Key controls in place' beside the risk's
    owner and scores under 'CR01 – Financial sustainability'): a cell of the heading's own
    record, what it has, not what its actions answer."""
    heads = _heading_of_each(rows, action_rows)
    pairs = set(zip(heads, values, strict=True))
    if not all(heads) or len(pairs) != len(set(heads)) or len(pairs) != len(set(values)):
        return False
    down = [id(r) for r in action_rows if column in r.row.down]
    alike = sum(
        1
        for other in range(len(action_rows[0].row.cells))
        if other != column and [id(r) for r in action_rows if other in r.row.down] == down
    )
    return alike >= 3


def banded_theme_column(rows: list[Classified]) -> None:
    """A theme column ('Area') under bands merged across the table ('AREAS FOR PRIORITY
    ACTION'), and no recommendation column: the bands are the outer heading, so a person reads
    the column as what each action answers, the recommendation."""
    action_rows, header = plan_rows(rows)
    if header is None or header.column("recommendation") is not None:
        return
    column = header.column("theme")
    if column is None:
        return

    def band(r: Classified) -> bool:  # one text, merged across the table, or a document's
        if r.kind is RowKind.STRUCTURE and r.column < 0:  # heading over the table ('3.
            return True  # Administering the Licensing Regime' over its 'Standard' rows)
        return band_row(r)

    bands = [r for r in rows if r.kind in (RowKind.STRUCTURE, RowKind.ACTION) and band(r)]
    areas = [
        r for r in action_rows if not band(r) and column < len(r.row.cells) and
        r.row.cells[column].strip() and column not in r.row.down
    ]  # fmt: skip
    if not bands or not areas or rows.index(bands[0]) > rows.index(areas[0]):
        return
    title = header.titles[column].strip()
    if header_key(title) in WEAKER and header_key(title) not in _A_RISK:  # a board log's
        # 'Item' under its meetings' headings (a risk under its objective's band is a part):
        raise Settle(  # the agenda item each action arose under, no part of the plan
            title,
            "extra",
            f"The column '{title}' sits under headings merged across the table: the headings "
            "read as the themes, the column kept as another column",
        )
    raise Settle(
        title,
        "recommendation",
        f"The column '{title}' sits under headings merged across the table: read as the "
        "recommendation, the headings as the themes",
    )


# A register's risk by its name, under a band naming the objective it threatens.
_A_RISK = frozenset(("risk", "strategic risk", "corporate risk"))


def band_row(r: Classified) -> bool:
    """A row of one text merged across the table."""
    texts = own_texts(r.row)
    return len(texts) == 1 and r.row.spans.get(texts[0][0], 1) > 2


_PARENT = re.compile(r"^parent(?:\s+(?:code|id|ref|reference|action|no\.?))?$", re.IGNORECASE)


def parent_column(rows: list[Classified]) -> None:
    """A 'Parent Code' column, as a performance system exports its tree: a row that is
    another's parent is a heading (the top level the theme, the next the recommendation,
    deeper ones headings), not an action; every row is read at its place in the tree."""
    action_rows, header = plan_rows(rows)
    ref = header.column("ref") if header is not None else None
    if header is None or ref is None:
        return
    column = next((i for i, t in enumerate(header.titles) if _PARENT.match(t.strip())), None)
    if column is None or header.fields.get(column) not in (None, "extra"):
        return

    parent_of = {cell_text(r, ref): cell_text(r, column) for r in action_rows if cell_text(r, ref)}
    parents = set(parent_of.values()) - {""}
    if not parents or not parents <= set(parent_of):
        return  # a parent the table does not hold: not a tree a person can follow

    def depth(code: str) -> int:
        seen = 0
        while parent_of.get(code) and seen < 10:
            code, seen = parent_of[code], seen + 1
        return seen

    levels = ("theme", "recommendation")
    found: dict[RowKey, str] = {
        r.row.number: levels[depth(cell_text(r, ref))]
        if depth(cell_text(r, ref)) < 2
        else "heading"
        for r in action_rows
        if cell_text(r, ref) in parents
    }
    title = header.titles[column].strip()
    raise Settle(
        title,
        "extra",
        f"The column '{title}' gives each row's parent: {len(found)} rows that are parents "
        "are read as headings (the top level as themes, the next as recommendations)",
        rows=found,
    )


def grouped_measure(rows: list[Classified]) -> None:
    """An 'Outcome' column (read as the measure) holding one statement over a run of actions,
    each run inside one of the recommendation column's ('Priority'): a person reads the
    priority as the theme and the outcome as what the actions answer."""
    action_rows, header = plan_rows(rows)
    if header is None or header.column("theme") is not None or len(action_rows) < 3:
        return
    measure, rec = header.column("measure"), header.column("recommendation")
    if measure is None or rec is None:
        return

    inner = column_values(action_rows, measure)
    named = all(len(v.split()) <= 6 and not re.search(r"\d", v) for v in inner)
    if not all(inner) or len(set(inner)) * (3 if named else 2) > len(inner) * (2 if named else 1):
        return  # each action (or nearly, where each outcome is named in a few words: 'Safe',
        # 'Safe', 'Well', 'Well', 'Thriving' over five) its own measure: a measure
    outer = column_values(action_rows, rec)
    if not all(outer):
        return
    if not one_run_each(inner) or not _nests(inner, outer):
        return
    title, outer_title = header.titles[measure].strip(), header.titles[rec].strip()
    raise Settle(
        title,
        "recommendation",
        f"The column '{title}' holds one statement over each run of actions inside "
        f"'{outer_title}': read as the recommendation, '{outer_title}' as the theme",
        also={outer_title: "theme"},
    )


def headings_over_theme_column(plan: Plan, rows: list[Classified]) -> None:
    """Headings over the table (a 'Requirements' band, a document heading per section) and
    a theme and a recommendation column inside it: three levels, and a reader names the
    outermost and the recommendation the action answers. Where each heading holds whole runs
    of the theme column's values, the column is read as another column (kept) and the
    headings as the themes."""
    action_rows, header = plan_rows(rows)
    theme, rec = (
        (header.column("theme"), header.column("recommendation")) if header else (None, None)
    )
    if header is None or theme is None or len(action_rows) < 3:
        return
    _tag_across_bands(rows, action_rows, header, theme)  # a hospice's 'Domain', HIW's
    if rec is None:  # 'Standard': a tag on each action, across the bands
        return
    actions = list(plan.actions())
    headings = [a.extra.get("Heading", "") for a in actions]
    read = {a.line for a in actions}  # (not a line under the table read as a part over
    action_rows = [r for r in action_rows if r.row.number in read]  # nothing: a note)
    if not all(headings) or len(actions) != len(action_rows):
        return
    inner = column_values(action_rows, theme)
    if not all(inner) or len(set(headings)) < 2:
        return
    title = header.titles[theme].strip()
    over = _heading_of_each(rows, action_rows)  # in the table's order, before any gathering
    if one_run_each(headings) and _nests(inner, headings) and len(set(headings)) < len(actions):
        said = f"hold the values of the column '{title}' and the recommendations under them"
    elif one_run_each(over) and not one_run_each(inner) and _crosses(inner, over):
        # 'Core Service' under 'Must Do' and again under 'Should Do': a kind, not a heading
        said = f"each hold values the column '{title}' repeats under another"
    else:
        return
    raise Settle(
        title,
        "extra",
        f"The headings over the table ({len(set(headings))}, e.g. '{headings[0][:60]}') "
        f"{said}: the headings read as the themes, the column kept as another column",
    )


def _tag_across_bands(
    rows: list[Classified], action_rows: list[Classified], header: Header, theme: int
) -> None:
    """Bands over the actions and a theme column each cutting across the other (a domain
    under two bands, a band over two domains; HIW's 'Standard', Safe or Effective, beside
    each improvement under its sections): the bands are the parts, the column a tag on each
    action, kept as another column."""
    over = _heading_of_each(rows, action_rows)
    inner = column_values(action_rows, theme)
    if not all(over) or not all(inner) or len(set(over)) < 2 or not one_run_each(over):
        return
    if any(len(v.split()) > 4 or re.search(r"\d", v) for v in inner):
        return  # a tag is a word or two of a closed list ('Safe', 'Patient safety'); never a
        # meeting's 'Item 5: ...' (a standing item under each meeting), nor 'Regulation 12 –'
    if not (_crosses(inner, over) and _crosses(over, inner)):
        return
    title = header.titles[theme].strip()
    raise Settle(
        title,
        "extra",
        f"The rows over the actions ({len(set(over))}, e.g. '{over[0][:60]}') and the column "
        f"'{title}' each cut across the other: the rows read as the themes, the column kept "
        "as another column",
    )


def theme_column_over_headings(rows: list[Classified]) -> None:
    """Workstream rows in the table ('WORKSTREAM 1: HEALTH AND SAFETY') and a column read as
    the theme ('Consumer standard') whose values each hold several workstreams whole: the
    column tags each action with the standard it answers; a person reads the rows the plan
    is laid out in as its parts. The column is kept as another column, the rows the themes."""
    action_rows, header = plan_rows(rows)
    theme = header.column("theme") if header else None
    if header is None or theme is None or len(action_rows) < 4:
        return
    own = [r for r in rows if r.header is header]  # its own table's rows (not another
    action_rows = [r for r in action_rows if r.header is header]  # sheet's, nor a heading
    over = _heading_of_each(own, action_rows)  # over the table: weighed before this)
    if any(cell_text(r, theme) for r in own if r.kind is RowKind.STRUCTURE):
        return  # written on the actions, never on the rows: a tag (not 'Inspection area'
        # written on the area's own row, the heading's outer part)
    inner = column_values(action_rows, theme)
    if not all(over) or not all(inner) or len(set(over)) < 3:
        return
    if not one_run_each(over) or not _nests(over, inner) or len(set(inner)) >= len(set(over)):
        return
    title = header.titles[theme].strip()
    raise Settle(
        title,
        "extra",
        f"The column '{title}' holds whole runs of the rows the plan is set out in "
        f"({len(set(over))}, e.g. '{over[0][:60]}'): the rows read as the themes, the column "
        "kept as another column",
    )


# A category numbered in words: '1. Education and Standards', never a risk's own code.
_NUMBERED_CATEGORY = re.compile(r"^\d{1,2}[.)]\s+[A-Z][a-z]")


def headings_under_theme_column(plan: Plan, rows: list[Classified]) -> None:
    """Section rows ('Tenant and resident safety') over a table whose 'Area' column is read
    as the theme, and no recommendation column: each row of the column started a theme, and
    the sections between them were lost, though each holds whole runs of the column's values.
    A person reads the section as the outer part: the column is read as the recommendations,
    the sections as the themes."""
    action_rows, header = plan_rows(rows)
    theme = header.column("theme") if header else None
    if header is None or theme is None or header.column("recommendation") is not None:
        return
    if len(action_rows) < 3 or any(a.extra.get("Heading") for a in plan.actions()):
        return
    over = _heading_of_each(rows, action_rows)
    inner = column_values(action_rows, theme)
    if not all(over) or not all(inner) or len(set(over)) < 2:
        return
    if not one_run_each(over) or not _nests(inner, over):
        return
    title = header.titles[theme].strip()
    if (
        len(set(inner)) == len(set(over))
        and header_key(title).startswith("risk")
        and not all(_NUMBERED_CATEGORY.match(h) for h in over)
    ):  # (not '1. Education and Standards', a category over its one risk's description)
        raise Settle(  # 'SR1 – Financial sustainability' over the one 'Risk description
            title,  # (cause / event / effect)' of its rows: the risk, then told again
            "extra",
            f"The headings over the table ({len(set(over))}, e.g. '{over[0][:60]}') each "
            f"name the one risk the column '{title}' describes under it: the headings read as "
            "the themes, the column kept as another column",
        )
    raise Settle(
        title,
        "recommendation",
        f"The headings over the table ({len(set(over))}, e.g. '{over[0][:60]}') each hold "
        f"whole runs of the column '{title}': the headings read as the themes, the column as "
        "the recommendations under them",
    )


def _heading_of_each(rows: list[Classified], action_rows: list[Classified]) -> list[str]:
    """The structure row over each action row, in the table's order."""
    over, current, chosen = [], "", {id(r) for r in action_rows}
    for r in rows:
        if r.kind is RowKind.STRUCTURE:
            current = r.text
        elif id(r) in chosen:
            over.append(current)
    return over


def _crosses(inner: list[str], outer: list[str]) -> bool:
    """A value of the inner column stands under two outer values."""
    owners: dict[str, set[str]] = {}
    for i, o in zip(inner, outer, strict=True):
        owners.setdefault(i, set()).add(o)
    return any(len(o) > 1 for o in owners.values())


def _nests(inner: list[str], outer: list[str]) -> bool:
    """Every inner value lies under one outer value, the outer groups no more than the inner
    ones (one area for improvement under each priority is still grouped) and fewer than the
    rows (a value on every row groups nothing)."""
    owners: dict[str, set[str]] = {}
    for i, o in zip(inner, outer, strict=True):
        if i:
            owners.setdefault(i, set()).add(o)
    groups = len(set(outer))
    return (
        all(len(o) == 1 for o in owners.values()) and groups <= len(owners) and groups < len(outer)
    )


def column_values(rows: list[Classified], column: int) -> list[str]:
    """A column's cells on these rows, each empty one carrying the one above (a merged cell)."""
    return carried([r.row.cells for r in rows], column)


def outcome_between(rows: list[Classified]) -> None:
    """A theme column, no recommendation column, and between the theme and the action a
    column the vocabulary does not name ('Required outcome' under each 'Standard') whose
    statements each stand over a run of actions inside one theme: what those actions answer,
    the recommendation, as a person reads it. So too with no theme column, left of the
    action ('Regulation' of 'Regulation 12 – Safe care and treatment' over its actions)."""
    every, _ = plan_rows(rows)
    headers = list({id(r.header): r.header for r in every if r.header is not None}.values())
    for header in headers:  # each sheet's own ('What the trust must do', then 'should do')
        _outcome_under(header, [r for r in every if r.header is header])


def _outcome_under(header: Header, action_rows: list[Classified]) -> None:
    theme, action = header.column("theme"), header.column("action")
    rec = header.column("recommendation")
    if rec is not None and theme is None and action is not None and rec < action:
        theme = rec  # 'Priority' read as the recommendation, then 'Goal' of 'SP1 – ...' over
    elif rec is not None:  # runs of actions inside it: the priority the theme, the goal under
        return
    priority_as_theme = rec is not None and theme == rec
    if len(action_rows) < 3:
        return
    if action is None or (
        theme is not None and re.search(r"\brisks?\b", header_key(header.titles[theme]))
    ):
        return  # a register's 'Cause / Event / Consequence' (or 'Key controls in place',
        # under 'Strategic risk') says more of its risk
    themes = column_values(action_rows, theme) if theme is not None else [""] * len(action_rows)
    # Left of the theme: parts only, numbered ('Measure 1: Improve transparency ...' beside
    # 'Workstream').
    left = range(theme) if theme is not None and not priority_as_theme else range(0)
    for column in [*range(theme + 1 if theme is not None else 0, action), *left]:
        if column in header.fields or not header.titles[column].strip():
            continue
        if column in left and not all(
            NUMBERED_PART.match(v) for v in column_values(action_rows, column)
        ):
            continue
        if (theme is None or priority_as_theme) and (  # (not a risk's score, nor the meeting
            _NOT_A_PART.search(header_key(header.titles[column]))  # each came from: 'System
            or not all(_statement(v) for v in column_values(action_rows, column))  # Quality
        ):  # Group 14/11/2024')
            continue
        values = column_values(action_rows, column)
        if (
            not all(values)
            or not all(len(v.split()) >= 4 for v in values)
            or not one_run_each(values)
            or len(set(values)) == len(values)  # one statement an action: no grouping seen
            or len({(v, t) for v, t in zip(values, themes, strict=True)}) != len(set(values))
        ):
            continue
        if priority_as_theme and not _codes_over_refs(values, action_rows, header.column("ref")):
            continue  # (under a recommendation, only a goal whose code its actions' refs
            # extend, 'SP1 – ...' over SP1.1: never HIW's standard or a prison's response)
        title = header.titles[column].strip()
        outer = header.titles[rec].strip() if rec is not None else ""
        raise Settle(
            title,
            "recommendation",
            f"The column '{title}' holds statements each over a run of actions"
            + (
                f" inside one '{outer}': read as the recommendation, '{outer}' as the theme"
                if outer
                else (" inside one theme" if theme is not None else "")
                + ", and no column names the recommendation: read as the recommendation"
            ),
            also={outer: "theme"} if outer else None,
        )


def _codes_over_refs(values: list[str], rows: list[Classified], ref: int | None) -> bool:
    """Each value opens with a code ('SP1 – Residents can reach us ...') that the ref of
    every action under it extends ('SP1.1', 'SP1.2'): a level, numbered as such."""
    if ref is None:
        return False
    codes = [m[1] if (m := _CODE.match(v)) else "" for v in values]
    return numbers_its_refs(
        [(c, cell_text(r, ref)) for c, r in zip(codes, rows, strict=True)], after=".-/"
    )


_CODE = re.compile(r"^([A-Za-z]{0,5}\d{1,3})\s*[–—:-]\s")


# A column saying more of a risk than what its actions answer ('Cause / event', 'Controls',
# 'Current score'), or where an action came from ('Meeting', 'Committee'): no part.
_NOT_A_PART = re.compile(
    r"\b(?:risks?|causes?|events?|consequences?|controls?|impacts?|scores?|ratings?|"
    r"meetings?|committees?|boards?|dates?|raised|minutes?)\b"  # ('Minute item': where the
)  # action was agreed)


def _statement(value: str) -> bool:
    """Words, not a score or a date: two words of three letters or more, no date."""
    return len(re.findall(r"[^\W\d_]{3,}", value)) >= 2 and not re.search(
        r"\d{1,2}/\d{1,2}/\d{2,4}", value
    )
