"""The header row of a council's table: which row it is, and which column is which field.

Columns are found by what they mean: each field has the names councils give it (Target date,
Owner, RAG rating, Area for improvement ...). A row is a header when it names an action column
and at least two more; two columns for one field are refused.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import NamedTuple

from ..errors import PlanError

# Header cell (lower-cased, trailing colon dropped, spaces folded) -> Action field.
HEADER_NAMES: dict[str, str] = {
    "theme": "theme",
    "themes": "theme",
    "area": "theme",
    "section": "theme",
    "recommendations": "recommendation",
    "recommendation": "recommendation",
    "ofsted recommendation": "recommendation",
    "ofsted recommendations": "recommendation",
    "area for improvement": "recommendation",
    "areas for improvement": "recommendation",
    "area of weakness": "recommendation",
    "area of significant weakness": "recommendation",
    "key issue": "recommendation",
    "priority": "recommendation",
    "objective": "recommendation",
    "workstream": "recommendation",
    "ref": "ref",
    "ref.": "ref",
    "ref no": "ref",
    "reference": "ref",
    "action": "action",
    "actions": "action",
    "start": "start",
    "start date": "start",
    "end": "end",
    "end date": "end",
    "target date": "end",
    "deadline": "end",
    "timescale": "end",
    "by when": "end",
    "due date": "end",
    "completion date": "end",
    "measure/outcome": "measure",
    "measure / outcome": "measure",
    "measure": "measure",
    "measure of success": "measure",
    "measures of success": "measure",
    "outcome": "measure",
    "outcomes": "measure",
    "success criteria": "measure",
    "evidence of impact": "measure",
    "lead officer": "lead",
    "lead officers": "lead",
    "lead officer(s)": "lead",
    "lead": "lead",
    "owner": "lead",
    "action owner": "lead",
    "responsible officer": "lead",
    "who": "lead",
    "lead director": "lead",
    "lead agency": "lead",
    "lead agency lead": "lead",
    "agency lead": "lead",
    "responsible lead": "lead",
    "responsible manager": "lead",
    "accountable officer": "lead",
    "lead manager": "lead",
    "dlt lead": "dlt",
    "dlt": "dlt",
    "comments": "comments",
    "progress comments": "comments",
    "progress": "comments",
    "progress update": "comments",
    "update": "comments",
    "rag status": "status",
    "rag": "status",
    "rag rating": "status",
    "r.a.g.": "status",
    "brag": "status",
    "brag status": "status",
    "brag rating": "status",
    "status": "status",
}


class Vocabulary(NamedTuple):
    """The names this import reads columns by: HEADER_NAMES, and any a rules file adds
    (tables/rules.py); 'extra' keeps a column out of every field."""

    names: Mapping[str, str]
    action_names: frozenset[str]  # for the cheap first test of every row
    longest: int  # no cell longer than this can name the action column

    @classmethod
    def of(cls, names: Mapping[str, str]) -> Vocabulary:
        actions = frozenset(n for n, field in names.items() if field == "action")
        return cls(names, actions, max((len(n) for n in actions), default=0) + 4)


VOCABULARY = Vocabulary.of(HEADER_NAMES)
KEY_LINE = re.compile(r"\s*(?:b?rag\s+)?(?:rating\s+|status\s+)?key\b", re.IGNORECASE)
SPACES = re.compile(r"\s+")


def header_key(cell: str) -> str:
    return SPACES.sub(" ", cell.strip().rstrip(":").strip()).lower()


def header_map(cells: Sequence[str], words: Vocabulary = VOCABULARY) -> dict[int, str] | None:
    """Column index -> field when this row is a header row, else None."""
    # Every row is asked (headers repeat): first, cheaply, whether it has an Action column.
    longest, actions = words.longest, words.action_names
    if not any(
        len(c) < longest and c.strip().rstrip(":").strip().lower() in actions for c in cells
    ):
        return None
    fields = {i: _field(words, c) for i, c in enumerate(cells)}
    found = {f for f in fields.values() if f}
    if "action" in found and len(found) >= 3:  # a recommendation column is not required
        return {i: f for i, f in fields.items() if f}
    return None


def _field(words: Vocabulary, cell: str) -> str | None:
    field = words.names.get(header_key(cell))
    return None if field == "extra" else field


def sub_header(
    header: dict[int, str],
    cells: Sequence[str],
    below: Sequence[str],
    words: Vocabulary = VOCABULARY,
) -> dict[int, str] | None:
    """The header merged with the row below it when that row only names columns, two or more,
    one of them under an empty header cell (the rest of a merged 'Timescale' over 'Start' and
    'End'): the lower name wins. None when the row below is anything else."""
    named = {i: _field(words, c) for i, c in enumerate(below) if c.strip()}
    if len(named) < 2 or None in named.values():
        return None
    if not any(i >= len(cells) or not cells[i].strip() for i in named):
        return None
    return {**header, **{i: f for i, f in named.items() if f}}


FIELD_WORDS = {
    "theme": "the theme",
    "recommendation": "the recommendation",
    "ref": "the ref",
    "action": "the action",
    "start": "the start month",
    "end": "the end month",
    "measure": "the measure of success",
    "lead": "the lead officer",
    "dlt": "the DLT lead",
    "comments": "the comments",
    "status": "the RAG status",
}


def one_column_each(header: dict[int, str], cells: list[str], path: str, line: int) -> None:
    """Refuse a header where two columns would be read as one field (Recommendation and
    Priority, Lead and Owner): one would silently overwrite the other."""
    seen: dict[str, int] = {}
    for column, field in sorted(header.items()):
        if field in seen:
            first, second = cells[seen[field]].strip(), cells[column].strip()
            raise PlanError(
                f"two columns would both be read as {FIELD_WORDS[field]}: '{first}' and '{second}'",
                path=path,
                line=line,
                hint="rename or remove one of them in the table, then import it again",
            )
        seen[field] = column


def describe_header(line: int, header: dict[int, str], cells: list[str], first: bool) -> str:
    """'Line 6: the header row: 'Ref:' -> ref, ..., 'Notes' kept under extra'."""
    parts = []
    for column, cell in enumerate(cells):
        if not cell:
            continue
        field = header.get(column)
        parts.append(f"'{cell}' -> {field}" if field else f"'{cell}' kept under extra")
    which = "the header row" if first else "the header row again"
    return f"Line {line}: {which}: " + "; ".join(parts) + "."


def header_width(rows: list[tuple[int, list[str]]], words: Vocabulary = VOCABULARY) -> int:
    """How many columns the first header row names (0: no header row): how much a table
    looks like a plan."""
    for _, cells in rows:
        header = header_map([c.strip() for c in cells], words)
        if header is not None:
            return len(header)
    return 0
