"""Rows that sum up the rows under them, as Smartsheet, Project and Planner export a plan's
outline (a parent row's rolled-up dates and percentages are not an action's), and the
outline's root row naming the plan itself."""

from __future__ import annotations

import re

from .classify import own_texts
from .kinds import Classified, RowKind
from .labels import NUMBERED_PART
from .levels import NUMBERED_HEADING
from .prefixes import prefix_class
from .titles import plan_score


def roll_up_rows(rows: list[Classified]) -> None:
    """Rows that sum up the rows under them, as Smartsheet, Project and Planner export a plan's
    outline: the action column indented less than the rows after it, or a heading's words
    ('Theme 2:', 'Area for improvement 1:') with no lead, status or ref. They are structure
    rows (their dates and percentages, which roll up, are not an action's)."""
    _parents_run_on(rows)
    actions = [r for r in rows if r.kind is RowKind.ACTION and r.header is not None]
    for index, item in enumerate(actions):
        header = item.header
        assert header is not None
        column = header.column("action")
        if column is None or column >= len(item.row.cells):
            continue
        text = item.row.cells[column].strip()
        if not text:
            continue
        indent = item.row.indents.get(column, 0)
        after = actions[index + 1].row.indents.get(column, 0) if index + 1 < len(actions) else 0
        # A parent row rolls its children's dates and status up, but names no ref or lead.
        owned = any(
            header.fields.get(i) in ("lead", "ref") and c.strip()
            for i, c in enumerate(item.row.cells)
        ) and not _ref_restates(item, text)
        banded = item.row.band() is not None and len(own_texts(item.row)) == 1
        addressed = (  # 'The Youth Justice Management Board should:' over its recommendations
            not owned and _ADDRESSED.match(text) is not None and len(own_texts(item.row)) == 1
        )
        if (
            after > indent
            or banded
            or addressed
            or (not owned and _numbers_the_next(item, text, actions[index + 1 : index + 2]))
            or (not owned and prefix_class(text) in ("theme", "rec"))
            or (  # 'Principle 2 – Leadership' with rolled-up dates and no status: a part
                not owned
                and NUMBERED_PART.match(text) is not None
                and not any(
                    header.fields.get(i) == "status" and c.strip()
                    for i, c in enumerate(item.row.cells)
                )
            )
        ):
            item.kind = RowKind.STRUCTURE
            item.text = text
            item.column = indent
            item.why = "sums up the rows under it"
    _root_names_the_plan(rows)


def _root_names_the_plan(rows: list[Classified]) -> None:
    """'SLH Consumer Standards Action Plan 2025/26' as the outline's first row, alone at the
    margin over every other row (the standards, their gaps, the actions, each indented
    more): the plan's own name, its title, not a heading over all of it."""
    rolled = [i for i, r in enumerate(rows) if r.why == "sums up the rows under it"]
    if len(rolled) < 3 or any(r.kind is RowKind.TITLE for r in rows):
        return
    at, root = rolled[0], rows[rolled[0]]
    indents = [
        r.column if i in rolled else r.row.indents.get(_column(r), 0)
        for i, r in enumerate(rows)
        if i > at and (i in rolled or r.kind is RowKind.ACTION)
    ]
    first_action = next((i for i, r in enumerate(rows) if r.kind is RowKind.ACTION), len(rows))
    if at < first_action and indents and min(indents) > root.column and plan_score(root.text) > 0:
        root.kind, root.why = RowKind.TITLE, "the outline's root names the plan"


def _column(item: Classified) -> int:
    """The action column of an action row's header."""
    column = item.header.column("action") if item.header is not None else None
    return column if column is not None else 0


# A recommendation's own number before its words: '2. make sure that ...', or a kind's words
# and its number: 'Improvement Notice 2 (IN 315812346) – Hand-arm vibration ...'.
_ITS_NUMBER = re.compile(
    r"^(?:[A-Z][a-z]+(?:\s+[A-Za-z][a-z]+){0,2}\s+)?(\d{1,2})(?:[.)]|\s+[(–—:-])\s*\S"
)


def _numbers_the_next(item: Classified, text: str, after: list[Classified]) -> bool:
    """'2. make sure that Senior Probation Officers ...' (or 'Improvement Notice 2 (...) –
    ...') with no ref, lead, date or RAG, over the action numbered '2.1': the part its
    actions are numbered under."""
    numbered = _ITS_NUMBER.match(text)
    header = item.header
    if numbered is None or not after or header is None or (ref := header.column("ref")) is None:
        return False
    below = after[0].row.cells[ref].strip() if ref < len(after[0].row.cells) else ""
    return re.fullmatch(rf"{numbered[1]}\.\d{{1,2}}", below) is not None and not any(
        header.fields.get(i) in ("status", "end", "start") for i, _ in own_texts(item.row)
    )


def _parents_run_on(rows: list[Classified]) -> None:
    """'Improvement Notice 2 (...) – ...' alone in the action column under action 1.3, read as
    words running on, over action 2.1: the part its actions are numbered under."""
    for index, item in enumerate(rows):
        if item.kind is not RowKind.CONTINUATION or item.header is None:
            continue
        own = own_texts(item.row)
        following = next((r for r in rows[index + 1 :] if r.kind is RowKind.ACTION), None)
        if (
            len(own) == 1
            and own[0][0] == item.header.column("action")
            and following is not None
            and _numbers_the_next(item, own[0][1], [following])
        ):
            item.kind, item.text, item.column = RowKind.STRUCTURE, own[0][1], 0
            item.why = "sums up the rows under it"


def _ref_restates(item: Classified, text: str) -> bool:
    """'R1' beside 'Recommendation 1: ...', and nothing else an action has (a lead, a date, a
    RAG): the ref is the heading's own number, not an action's."""
    header = item.header
    numbered = NUMBERED_HEADING.match(text)
    if header is None or numbered is None:
        return False
    label, number = numbered[1].strip().casefold(), numbered[2]
    for column, cell in own_texts(item.row):
        field = header.fields.get(column)
        if field == "ref":
            ref = re.fullmatch(r"([A-Za-z]{0,4})\.?\s*(\d+)\.?", cell)
            if ref is None or ref[2] != number or not label.startswith(ref[1].casefold()):
                return False
        elif field not in ("action", None, "extra"):
            return False
    return True


# Whom the recommendations under it are for: 'The YJ Management Board should:'.
_ADDRESSED = re.compile(
    r"^(?:the\s+)?[A-Z][\w’'&,()\- ]{2,120}?\s+(?:should|must|needs?\s+to)\s*:$", re.IGNORECASE
)
