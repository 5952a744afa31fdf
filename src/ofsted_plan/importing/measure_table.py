"""A performance team's monthly table read as measure values (`plan measure import`).

Text (tabs, commas or semicolons) or an Excel workbook's first sheet, in either shape: one row
a measure under a header row of months, or one column a measure beside a first column of
months. A measure is named by its id or its name in measures.yaml. What cannot be placed (a
measure the file lacks, a month that is not one, a value that is not a number) is refused
with FILE:LINE, and nothing is written.
"""

from __future__ import annotations

import math

from ..errors import PlanError
from ..measures import Measure
from ..model import Month, fold
from .documents import file_kind
from .importer import read_file
from .text import decode, read_rows

Value = tuple[str, Month, float]  # measure id, month, value


def read_grid(path: str) -> list[tuple[int, list[str]]]:
    """The table's rows, numbered as the user finds them, blank rows left out."""
    data = read_file(path)
    kind = file_kind(data)
    if kind == "xlsx":
        rows = _sheet_rows(data, path)
    elif kind == "text":
        text = decode(data, path)
        first = next((line for line in text.splitlines() if line.strip()), "")
        delimiter = max("\t,;", key=first.count)
        rows = read_rows(text, path, delimiter)
    else:
        raise PlanError(
            "a measures table is text (tabs, commas or semicolons) or an Excel workbook (.xlsx)",
            path=path,
        )
    return [(n, [c.strip() for c in cells]) for n, cells in rows if any(c.strip() for c in cells)]


def _sheet_rows(data: bytes, path: str) -> list[tuple[int, list[str]]]:
    import io

    from openpyxl import load_workbook  # lazy: only for a workbook

    from .excel import _text

    book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    sheet = book.worksheets[0]
    return [
        (n, [_text(c.value, getattr(c, "number_format", "General")) for c in row])
        for n, row in enumerate(sheet.iter_rows(), 1)
    ]


def _month(text: str) -> Month | None:
    try:
        return Month.from_cell(text)
    except ValueError:
        return None


def measure_values(
    rows: list[tuple[int, list[str]]], path: str, measures: list[Measure]
) -> list[Value]:
    """Every value the table holds, placed by measure and month; or the first thing that
    cannot be placed, with its line."""
    if not rows:
        raise PlanError("the table is empty", path=path)
    line, header = rows[0]
    named = {fold(m.id): m.id for m in measures} | {fold(m.name): m.id for m in measures if m.name}
    header_months = [_month(c) for c in header[1:]]
    column_months = [_month(cells[0]) for _, cells in rows[1:] if cells]
    if header_months and sum(m is not None for m in header_months) >= max(1, len(header) - 2):
        return _by_row(rows, path, named, header_months)
    if column_months and all(m is not None for m in column_months):
        return _by_column(rows, path, named)
    raise PlanError(
        "cannot tell where the months are: neither the first row nor the first column is months",
        path=path,
        line=line,
        hint="one row a measure under a header row of months (Jan-17, 2017-02 ...), or one"
        " column a measure beside a first column of months",
    )


def _measure(text: str, named: dict[str, str], path: str, line: int) -> str:
    found = named.get(fold(text))
    if found is None:
        raise PlanError(
            f"no measure is called {text!r}",
            path=path,
            line=line,
            hint="name it by its id or its name in measures.yaml",
        )
    return found


def _number(text: str, path: str, line: int, column: int) -> float | None:
    if text in ("", "-", "n/a", "N/A"):
        return None
    try:
        value = float(text.replace(",", "").rstrip("%"))
    except ValueError:
        value = math.nan
    if not math.isfinite(value):
        raise PlanError(f"{text!r} is not a number", path=path, line=line, column=column)
    return value


def _by_row(
    rows: list[tuple[int, list[str]]],
    path: str,
    named: dict[str, str],
    months: list[Month | None],
) -> list[Value]:
    found: list[Value] = []
    header_line, header = rows[0]
    for n, (month, title) in enumerate(zip(months, header[1:], strict=True), 2):
        if month is None and title:
            raise PlanError(f"{title!r} is not a month", path=path, line=header_line, column=n)
    for line, cells in rows[1:]:
        ident = _measure(cells[0], named, path, line)
        for n, (month, cell) in enumerate(zip(months, cells[1:], strict=False), 2):
            value = _number(cell, path, line, n)
            if value is not None:
                if month is None:
                    raise PlanError("a value under no month", path=path, line=line, column=n)
                found.append((ident, month, value))
    return found


def _by_column(rows: list[tuple[int, list[str]]], path: str, named: dict[str, str]) -> list[Value]:
    header_line, header = rows[0]
    idents = [_measure(c, named, path, header_line) if c else "" for c in header[1:]]
    found: list[Value] = []
    for line, cells in rows[1:]:
        month = Month.from_cell(cells[0])
        for n, (ident, cell) in enumerate(zip(idents, cells[1:], strict=False), 2):
            value = _number(cell, path, line, n)
            if value is not None:
                if not ident:
                    raise PlanError("a value under no measure", path=path, line=line, column=n)
                found.append((ident, month, value))
    return found
