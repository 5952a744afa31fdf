"""The plan as an Excel workbook (openpyxl): an Actions sheet and a Summary sheet.

Every plan cell is written as text (never a formula), with characters that XML cannot
hold shown as escapes; RAG cells are filled and labelled; the header is frozen and
filtered; the workbook's dates are the as-of date, so the same plan gives the same file.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from ..model import STATUS_ORDER, Item, format_initials
from ..query import Summary

if TYPE_CHECKING:
    from ..services import Paper
from .paper import COLOURS
from .text import visible

COLUMNS = (  # title, width
    ("Plan", 14),
    ("Theme", 28),
    ("Recommendation", 40),
    ("Ref", 8),
    ("Action", 50),
    ("Start", 9),
    ("End", 9),
    ("Due", 11),
    ("Measure/outcome", 40),
    ("Lead officer", 10),
    ("DLT lead", 9),
    ("Comments", 50),
    ("RAG status", 11),
    ("Overdue", 9),
)


def paper_xlsx(paper: Paper) -> bytes:
    """The board paper as a workbook."""
    return workbook(paper.items, paper.summary, paper.title, paper.as_of)


def workbook(items: Sequence[Item], summary: Summary, title: str, as_of: date) -> bytes:
    """The workbook's bytes."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.create_sheet("Actions")
    book.remove(book.worksheets[0])
    bold = Font(bold=True)
    header_fill = PatternFill("solid", fgColor="FFDDDDDD")
    wrap = Alignment(wrap_text=True, vertical="top")
    sheet.append([name for name, _ in COLUMNS])
    for number, (_, width) in enumerate(COLUMNS, 1):
        sheet.column_dimensions[get_column_letter(number)].width = width
        head = sheet.cell(row=1, column=number)
        head.font, head.fill, head.alignment = bold, header_fill, wrap
    rag_column = [name for name, _ in COLUMNS].index("RAG status") + 1
    for row, item in enumerate(items, 2):
        a = item.action
        values: list[Any] = [
            item.plan.name,
            f"{item.theme_number}. {item.theme.title}",
            f"{item.recommendation_number}. {item.recommendation.text}",
            a.ref,
            a.action,
            str(a.start or ""),
            str(a.end or ""),
            a.due,
            a.measure,
            format_initials(a.lead),
            format_initials(a.dlt),
            a.comments,
            a.status.label,
            "Yes" if a.is_overdue(as_of) else "No",
        ]
        for column, value in enumerate(values, 1):
            _put(sheet.cell(row=row, column=column), value, wrap)
        rag = sheet.cell(row=row, column=rag_column)
        background, colour = COLOURS[a.status]
        rag.fill = PatternFill("solid", fgColor=_argb(background))
        rag.font = Font(bold=True, color=_argb(colour))
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{max(len(items), 1) + 1}"
    _summary_sheet(book.create_sheet("Summary"), summary, title, bold, header_fill)
    stamp = datetime(as_of.year, as_of.month, as_of.day)
    book.properties.title = _safe(title)
    book.properties.created = book.properties.modified = stamp
    buffer = io.BytesIO()
    book.save(buffer)
    return _stamped(buffer.getvalue(), as_of)


def _stamped(data: bytes, as_of: date) -> bytes:
    """The same workbook with every zip entry, and its modified date, as_of: openpyxl dates
    them 'now' when it saves, so two exports a second apart would differ."""
    import re
    import zipfile

    stamp = (as_of.year, as_of.month, as_of.day, 0, 0, 0)
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for entry in source.infolist():
            info = zipfile.ZipInfo(entry.filename, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = entry.external_attr
            content = source.read(entry.filename)
            if entry.filename == "docProps/core.xml":
                content = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*",
                    rb"\g<1>" + as_of.strftime("%Y-%m-%dT00:00:00Z").encode(),
                    content,
                )
            target.writestr(info, content)
    return out.getvalue()


def _argb(colour: str) -> str:
    """'#2e7d32' -> 'FF2E7D32': opaque, as Excel writes colours."""
    return "FF" + colour.lstrip("#").upper()


def _safe(text: str) -> str:
    """Text XML can hold: control characters shown as escapes, as in the terminal."""
    return visible(text)


def _put(target: Any, value: Any, alignment: Any) -> None:
    if isinstance(value, date):
        target.value = value
        target.number_format = "yyyy-mm-dd"
    elif value is not None:
        target.value = _safe(str(value))
        target.data_type = "s"  # text, even when it starts with '=': never a formula
    target.alignment = alignment


def _summary_sheet(sheet: Any, summary: Summary, title: str, bold: Any, fill: Any) -> None:
    from openpyxl.styles import Font

    sheet["A1"] = _safe(title) if title else "Improvement plan"
    sheet["A1"].data_type = "s"
    sheet["A1"].font = Font(bold=True, size=14)
    sheet["A2"] = f"As of {summary.as_of.isoformat()}"
    header = [
        summary.by.capitalize(),
        *(s.label for s in STATUS_ORDER),
        "Total",
        "Overdue",
        "Done %",
    ]
    sheet.append([])
    sheet.append(header)
    for cell in sheet[4]:
        cell.font, cell.fill = bold, fill
    for group in [*summary.groups, summary.total]:
        name = f"{group.number}. {group.name}" if group.number else group.name
        row = [
            _safe(name),
            *(group.by_status[s] for s in STATUS_ORDER),
            group.total,
            group.overdue,
            round(group.complete_percent, 1),
        ]
        sheet.append(row)
        sheet.cell(row=sheet.max_row, column=1).data_type = "s"
    for cell in sheet[sheet.max_row]:
        cell.font = bold
    sheet.column_dimensions["A"].width = 60
