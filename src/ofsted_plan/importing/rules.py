"""A rules file: what plan import cannot guess about one council's table, written down once.

As hledger's CSV rules do for bank statements. One rule a line; `#` starts a comment:

    sheet Action plan                  # the workbook's sheet that holds the plan
    skip 1-3, 7                        # rows (lines) to leave out
    column Deadline (revised) = end    # a column title and the field it holds
    column Priority = extra            # keep a column out of every field
    column Directorate = theme         # the column that names each row's theme
    status Closed = blue               # a word in the RAG column and what it means
    dates month-first                  # 03/31/2019 (the default is day-first: 31/03/2019)
    refs by heading                    # refs that start again under each heading (an audit
                                       #   tracker's 1, 2, 3 per audit): 2.1 is the 2nd's 1
    refs by recommendation             # ... under each recommendation inside a theme (the
                                       #   audits under 'Police'): 4.1 is the 4th's 1
    row 5 = theme                      # what a row is, where the layout leaves it open:
    row 6, 14 = recommendation         #   theme, recommendation, heading, note or action

Fields: theme, recommendation, ref, action, start, end, measure, lead, dlt, comments,
status, extra. Every mistake is refused at its FILE:LINE.
"""

from __future__ import annotations

import difflib
import re
from pathlib import Path
from typing import NamedTuple

from ..errors import PlanError
from ..model import Status
from .header import FIELD_WORDS, header_key

FIELDS = (*FIELD_WORDS, "extra")
RULES = ("sheet", "skip", "column", "status", "dates", "row", "refs")
ROW_KINDS = ("theme", "recommendation", "heading", "note", "action")
DATE_STYLES = ("day-first", "month-first")


# A row as a rule names it: its line ('row 5 = theme'), or its sheet and line where a re-reading
# settles the rows of a plan kept on several sheets (FILE[Sheet], line).
RowKey = int | tuple[str, int]


class Rules(NamedTuple):
    columns: dict[str, str]  # a column title's key (header_key) -> field, or 'extra'
    statuses: dict[str, Status]  # a RAG word, lower case -> status
    sheet: str | None
    skip: frozenset[int]  # row (line) numbers to leave out
    path: str
    month_first: bool = False  # dates written 03/31/2019
    rows: dict[RowKey, str] = {}  # noqa: RUF012  # row (line) -> theme, recommendation ...
    refs_by_heading: bool = False  # refs start again under each heading: qualify them
    settled: frozenset[str] = frozenset()  # column keys a re-reading named, not the file
    refs_by_recommendation: bool = False  # they start again under each recommendation


NO_RULES = Rules({}, {}, None, frozenset(), "", False, {})


def beside(table: str) -> str | None:
    """The rules file found next to a table: TABLE.rules, else STEM.rules."""
    path = Path(table)
    for candidate in (path.with_name(path.name + ".rules"), path.with_suffix(".rules")):
        if candidate.is_file():
            return str(candidate)
    return None


def read_rules(path: str) -> Rules:
    """The rules in a file, or the first mistake in it, at its line."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise PlanError(f"cannot read the rules file: {exc}", path=path) from None
    columns: dict[str, str] = {}
    statuses: dict[str, Status] = {}
    sheet: str | None = None
    skip: set[int] = set()
    month_first = False
    kinds: dict[RowKey, str] = {}
    by_heading = by_recommendation = False
    for number, raw in enumerate(text.splitlines(), 1):
        line = re.sub(r"(^|\s)#.*$", "", raw).strip()
        if not line:
            continue
        word, _, rest = line.partition(" ")
        rest = rest.strip()

        def problem(message: str, hint: str, number: int = number) -> PlanError:
            return PlanError(message, path=path, line=number, hint=hint)

        if word == "sheet" and rest:
            sheet = rest
        elif word == "dates":
            if rest not in DATE_STYLES:
                raise problem(f"unknown date style '{rest}'", _close(rest, DATE_STYLES))
            month_first = rest == "month-first"
        elif word == "refs":
            if rest not in ("by heading", "by recommendation"):
                raise problem(
                    f"unknown refs rule '{rest}'",
                    "write it: refs by heading (or refs by recommendation)",
                )
            by_heading = True
            by_recommendation = rest == "by recommendation"
        elif word == "skip":
            skip |= _rows(rest) or set()
            if not _rows(rest):
                raise problem(f"'skip {rest}' names no rows", "write them like: skip 1-3, 7")
        elif word == "row":
            name, equals, value = rest.rpartition("=")
            value = value.strip().lower()
            numbers = _rows(name)
            if not equals or not numbers:
                raise problem(f"'row {rest}' needs ROWS = KIND", "e.g. row 5, 12 = theme")
            if value not in ROW_KINDS:
                raise problem(f"unknown kind of row '{value}'", _close(value, ROW_KINDS))
            kinds.update(dict.fromkeys(numbers, value))
        elif word in ("column", "status"):
            name, equals, value = rest.rpartition("=")
            name, value = name.strip(), value.strip().lower()
            if not equals or not name or not value:
                raise problem(f"'{word}' needs NAME = VALUE", f"e.g. {_EXAMPLES[word]}")
            if word == "column":
                if value not in FIELDS:
                    raise problem(f"unknown field '{value}'", _close(value, FIELDS))
                columns[header_key(name)] = value
            else:
                try:
                    status = Status.UNRATED if value == "unrated" else Status(value)
                except ValueError:
                    colours = ("red", "amber", "green", "blue", "unrated")
                    raise problem(f"unknown RAG status '{value}'", _close(value, colours)) from None
                statuses[re.sub(r"\s+", " ", name).casefold()] = status
        else:
            raise problem(f"unknown rule '{word}'", _close(word, RULES))
    return Rules(
        columns, statuses, sheet, frozenset(skip), path, month_first, kinds, by_heading,
        refs_by_recommendation=by_recommendation,
    )  # fmt: skip


_EXAMPLES = {"column": "column Deadline = end", "status": "status Closed = blue"}


def _rows(text: str) -> set[int] | None:
    rows: set[int] = set()
    for part in text.split(","):
        match = re.fullmatch(r"\s*(\d+)\s*(?:-\s*(\d+)\s*)?", part)
        if not match:
            return None
        first = int(match[1])
        rows.update(range(first, int(match[2] or first) + 1))
    return rows


def _close(word: str, known: tuple[str, ...]) -> str:
    close = difflib.get_close_matches(word, known, n=1)
    listed = ", ".join(known)
    return f"did you mean '{close[0]}'? ({listed})" if close else f"use one of: {listed}"
