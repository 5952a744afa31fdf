"""Rows from every file a council has: tab-, comma- or semicolon-separated text, an Excel
workbook, a Word document's tables. Each gives (number, cells) rows, numbered as the user finds
them (the line of a text file, the row of a sheet, the row of the Word table), for one reader
of plan tables (tsv_reader.parse_rows).

Merged cells read as a person sees them: a cell merged across columns (a theme row across the
table) is one cell with the others empty; a cell merged down rows (a lead officer for three
actions) is repeated on each row, since a person reads it beside each of them.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from typing import Any

from ..errors import PlanError

Rows = list[tuple[int, list[str]]]
DELIMITERS = ("\t", ",", ";")
DELIMITER_NAMES = {"\t": "tabs", ",": "commas", ";": "semicolons"}


def file_kind(data: bytes) -> str:
    """'xlsx', 'docx', or 'text': by what the file holds, not by its name."""
    if data.startswith(b"PK\x03\x04"):
        try:
            names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
        except zipfile.BadZipFile:
            return "zip"
        if "xl/workbook.xml" in names:
            return "xlsx"
        if "word/document.xml" in names:
            return "docx"
        return "zip"
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        return "old-office"
    return "text"


def text_rows(
    text: str,
    path: str,
    read: Callable[[str, str, str], Rows],
    looks_like_plan: Callable[[Rows], int],
) -> tuple[Rows, str]:
    """The rows of a text table and its delimiter, sniffed: the one (tab, comma, semicolon)
    whose rows hold a header row of the most columns. Never a guess between two that both do."""
    found: list[tuple[int, str, Rows]] = []
    errors: list[PlanError] = []
    for delimiter in DELIMITERS:
        if delimiter not in text:
            continue
        try:
            rows = read(text, path, delimiter)
        except PlanError as exc:
            errors.append(exc)
            continue
        width = looks_like_plan(rows)
        if width:
            found.append((width, delimiter, rows))
    if not found:
        if errors:  # no split gave a header, and one broke: that break is the likely cause
            raise errors[0]
        return read(text, path, "\t"), "\t"  # the reader says there is no header row
    found.sort(key=lambda f: -f[0])
    if len(found) > 1 and found[0][0] == found[1][0]:
        first, second = DELIMITER_NAMES[found[0][1]], DELIMITER_NAMES[found[1][1]]
        raise PlanError(
            f"the table reads as well split at {first} as at {second}",
            path=path,
            hint="save it from Excel as 'Unicode Text' (tab-separated), then import that",
        )
    return found[0][2], found[0][1]


def xlsx_rows(
    data: bytes,
    path: str,
    sheet: str | None,
    looks_like_plan: Callable[[Rows], int],
    colours: dict[tuple[int, int], str] | None = None,
) -> tuple[Rows, str]:
    """The rows of the workbook's plan sheet (--sheet, else the one sheet that looks like a
    plan), each numbered by its row in the sheet; and the sheet's name."""
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a broken file
        raise PlanError(f"Excel cannot open this workbook: {exc}", path=path) from None
    names = book.sheetnames
    if sheet is not None:
        if sheet not in names:
            raise PlanError(
                f"the workbook has no sheet {sheet!r}",
                path=path,
                hint="its sheets are " + ", ".join(repr(n) for n in names),
            )
        return _sheet_rows(book[sheet], colours), sheet
    candidates = [(name, _sheet_rows(book[name])) for name in names]
    plans = [(name, rows) for name, rows in candidates if looks_like_plan(rows)]
    if len(plans) == 1:
        return _sheet_rows(book[plans[0][0]], colours), plans[0][0]
    if not plans:
        raise PlanError(
            "no sheet has a header row naming an Action column and two more: "
            + ", ".join(repr(n) for n in names),
            path=path,
            hint="name the columns in a rules file (column TITLE = action ...; see the README), "
            "and the sheet with --sheet if there are several",
        )
    raise PlanError(
        "more than one sheet looks like a plan: " + ", ".join(repr(n) for n, _ in plans),
        path=path,
        hint=f"choose one with --sheet, e.g. --sheet {plans[0][0]!r}",
    )


def _sheet_rows(sheet: Any, colours: dict[tuple[int, int], str] | None = None) -> Rows:
    """The sheet's rows as text; `colours` receives the fill of each empty coloured cell
    (row, column index) -> 'RRGGBB', for a RAG column shown by colour alone."""
    values = []
    for number, row in enumerate(sheet.iter_rows(), 1):
        texts = []
        for column, c in enumerate(row):
            texts.append(_text(c.value, c.number_format))
            fill = c.fill
            if colours is not None and c.value is None and fill is not None:
                rgb = getattr(fill.fgColor, "rgb", None) if fill.fill_type == "solid" else None
                if isinstance(rgb, str) and len(rgb) in (6, 8):
                    colours[(number, column)] = rgb[-6:].upper()
        values.append(texts)
    for merged in sheet.merged_cells.ranges:
        top = (
            values[merged.min_row - 1][merged.min_col - 1] if merged.min_row <= len(values) else ""
        )
        for row in range(merged.min_row, min(merged.max_row, len(values)) + 1):
            cells = values[row - 1]
            for col in range(merged.min_col, min(merged.max_col, len(cells)) + 1):
                cells[col - 1] = top if col == merged.min_col else ""
    return [(n, cells) for n, cells in enumerate(values, 1)]


def rag_of(rgb: str) -> str | None:
    """The RAG status a fill colour shows ('FF0000' -> 'red'), or None for a colour that is
    not one (white, grey, purple...)."""
    import colorsys

    r, g, b = (int(rgb[i : i + 2], 16) / 255 for i in (0, 2, 4))
    hue, lightness, saturation = colorsys.rgb_to_hls(r, g, b)
    if saturation < 0.3 or lightness > 0.93 or lightness < 0.1:
        return None
    degrees = hue * 360
    if degrees < 15 or degrees >= 340:
        return "red"
    if degrees < 65:
        return "amber"
    if 75 <= degrees < 170:
        return "green"
    if 185 <= degrees < 260:
        return "blue"
    return None


MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _text(value: Any, number_format: str = "General") -> str:
    """A cell as Excel shows it: a date formatted without a day ('mmm-yy') as its month
    (Jan-2017), one with a day as that day (31/03/2018), numbers plainly."""
    import datetime

    if value is None:
        return ""
    if isinstance(value, datetime.datetime | datetime.date):
        if "d" not in number_format.lower():
            return f"{MONTHS[value.month - 1]}-{value.year:04d}"
        return value.strftime("%d/%m/%Y")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def docx_rows(data: bytes, path: str) -> Rows:
    """The rows of every table in the Word document, in order, numbered 1, 2, ... across them."""
    try:
        from docx import Document
    except ImportError:
        raise PlanError(
            "reading Word files needs python-docx, which is not installed",
            path=path,
            hint="pip install python-docx (it comes with ofsted-plan), or save the table as text",
        ) from None
    try:
        document = Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many kinds for a broken file
        raise PlanError(f"Word cannot open this document: {exc}", path=path) from None
    rows: Rows = []
    for table in document.tables:
        for row in table.rows:
            cells = list(row.cells)
            texts = []
            for n, cell in enumerate(cells):
                if n and cell._tc is cells[n - 1]._tc:
                    texts.append("")  # the same cell again: merged across columns
                else:
                    texts.append(cell.text)
            rows.append((len(rows) + 1, texts))
    return rows
