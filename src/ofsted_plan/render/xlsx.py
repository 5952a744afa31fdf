"""The board paper as an Excel workbook (openpyxl), in the paper's order.

Sheets: Summary first (the summary in words, RAG counts with fills and travel), then
Exceptions, Changes, Due and Data quality when they have rows, Actions last. Every sheet
prints A4 landscape, one page wide, header row repeated; one font throughout; wrapped text
with row heights set (LibreOffice does not grow rows itself); months are real dates shown
`mmm yyyy`; overdue actions are highlighted with their days late. Plan cells are always
text, never formulas; the workbook's dates are the as-of date, so the same plan gives the
same file.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

from ..history.changes import LABELS
from ..measures import value_text
from ..model import STATUS_ORDER, format_initials
from . import sections
from .text import visible
from .xlsx_sheet import (
    CENTRED,
    FONT_NAME,
    OVERDUE_FILL,
    Sheet,
    WorkbookBytes,
    _letter,
)

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

    from ..model import Item
    from ..paper import Paper

# The Actions sheet: title and width (characters). Theme and recommendation are numbers here,
# and their text is in two last columns (TEXT_COLUMNS, one line, not printed): every row
# carries its own, and the filter covers only action rows, so a sort in Excel keeps them.
ACTION_COLUMNS = (
    ("Ref", 8),
    ("Theme", 7),
    ("Rec", 5),
    ("Action", 40),
    ("Start", 9),
    ("End", 9),
    ("Measure/outcome", 34),
    ("Lead officer", 9),
    ("DLT lead", 8),
    ("Comments", 44),
    ("RAG status", 10),
    ("Days late", 8),
)
TEXT_COLUMNS = (("Theme title", 30), ("Recommendation text", 40))


def paper_xlsx(paper: Paper) -> bytes:
    """The board paper as a workbook's bytes."""
    book = Workbook()
    first = book.worksheets[0]
    first.title = "Summary"
    sheets: list[Sheet] = []

    def add(worksheet: Worksheet, widths: Sequence[int]) -> Sheet:
        sheets.append(Sheet(worksheet, widths))
        return sheets[-1]

    _summary(add(first, [52, 7, 7, 7, 7, 9, 7, 9, 8, 30, 9]), paper)
    if paper.trend:
        _trend(add(book.create_sheet("RAG over time"), [14, 11, 7, 7, 7, 7, 9, 7, 9]), paper)
    if paper.exceptions:
        _exceptions(add(book.create_sheet("Exceptions"), [8, 44, 10, 10, 9, 11, 18, 60]), paper)
    if paper.impact:
        _impact(add(book.create_sheet("Impact"), [44, 16, 18, 9, 24, 40]), paper)
    if paper.changes:
        _changes(add(book.create_sheet("Changes"), [8, 44, 14, 70]), paper)
    if paper.decisions:
        _decisions(add(book.create_sheet("To agree"), [8, 44, 10, 20, 10, 60]), paper)
    if paper.due:
        _due(add(book.create_sheet("Due"), [8, 60, 10, 10, 11]), paper)
    if paper.quality:
        _quality(add(book.create_sheet("Data quality"), [8, 60, 10, 50]), paper)
    _actions(add(book.create_sheet("Actions"), [w for _, w in ACTION_COLUMNS]), paper)
    for sheet in book.worksheets:
        sheet.sheet_view.zoomScale = 100
    for each in sheets:
        each.page_header(paper.title or "Improvement plan", paper.cover.classification)
    stamp = datetime(paper.as_of.year, paper.as_of.month, paper.as_of.day)
    book.properties.title = visible(paper.title or "Improvement plan")
    book.properties.created = book.properties.modified = stamp
    buffer = io.BytesIO()
    book.save(buffer)
    result = WorkbookBytes(_stamped(buffer.getvalue(), paper.as_of))
    result.notes = tuple(note for s in sheets for note in s.cuts)
    return result


def _summary(out: Sheet, paper: Paper) -> None:
    row = out.put([paper.title or "Improvement plan"])
    title = out.sheet.cell(row=row, column=1)
    title.font = Font(name=FONT_NAME, size=14, bold=True)
    title.alignment = Alignment(wrap_text=False, vertical="top")  # runs on across the row
    out.sheet.row_dimensions[row].height = 20
    for name, value in sections.cover_facts(paper):
        out.sentence(f"{name}: {value}")
    out.put([])
    out.heading("Executive summary")
    for sentence in paper.words:
        out.sentence(sentence)
    out.put([])
    s = paper.summary
    top = out.header(sections.summary_header(s))
    since = bool(s.since)
    for group in [*s.groups, s.total]:
        name = sections.group_name(group) if group is not s.total else "Total"
        cells: list[Any] = [name, *(group.by_status[st] for st in STATUS_ORDER)]
        cells += [group.total, group.overdue, round(group.complete_percent / 100, 3)]
        extra = [sections.then_now(group), group.travel or ""] if since else []
        row = out.put([*cells, *extra], bold=group is s.total)
        out.sheet.cell(row=row, column=9).number_format = "0%"
        for n, status in enumerate(STATUS_ORDER, 2):
            if group.by_status[status]:
                out.rag(row, n, status)
    out.sheet.freeze_panes = f"B{top + 1}"
    for number, _ in paper.not_shown:
        out.sentence(sections.not_shown_line(number), bold=True)
    out.put([])
    out.heading("RAG key")
    for status, meaning in sections.RAG_KEY:
        row = out.sentence(f"{status.label}: {meaning}")
        out.rag(row, 1, status)
    out.sentence(sections.RULE, bold=True)
    for term, meaning in sections.TERMS:
        out.sentence(f"{term}: {meaning}")
    out.print_setup()


def _trend(out: Sheet, paper: Paper) -> None:
    out.header(["Point", "Date", *(s.label for s in STATUS_ORDER), "Total", "Overdue"])
    for point in paper.trend:
        counts = point.summary.total
        day = datetime(point.day.year, point.day.month, point.day.day)
        cells = [point.label, day, *(counts.by_status[s] for s in STATUS_ORDER)]
        row = out.put([*cells, counts.total, counts.overdue])
        out.sheet.cell(row=row, column=2).number_format = "d mmmm yyyy"  # as long_date
        for n, status in enumerate(STATUS_ORDER, 3):
            if counts.by_status[status]:
                out.rag(row, n, status)
    _finish(out, "A2")


def _late(item: Item, as_of: date) -> int | str:
    return item.action.days_late(as_of) or ""


def _exceptions(out: Sheet, paper: Paper) -> None:
    out.header(("Ref", "Action", "Lead", "End", "Days late", "RAG status", "Why", "Latest comment"))
    for f in paper.exceptions:
        a = f.item.action
        late = _late(f.item, paper.as_of)
        row = out.put(
            [
                a.ref,
                a.action,
                sections.lead(f.item),
                a.end or a.end_text,
                late,
                a.status.label,
                ", ".join(f.reasons),
                f.reason,
            ]
        )
        out.rag(row, 6, a.status)
        if late != "":
            _highlight(out, row, (4, 5))
    _finish(out, "A2")


def _changes(out: Sheet, paper: Paper) -> None:
    out.header(sections.CHANGE_COLUMNS)
    for i in paper.completed:  # once each, here, not again as a status change to Blue
        out.put([i.action.ref, i.action.action, "Completed", "now complete (Blue)"])
    for c in paper.change_rows:
        out.put([c.ref, c.item.action.action, LABELS[c.kind], sections.change_text(c)])
    _finish(out, "A2")


def _decisions(out: Sheet, paper: Paper) -> None:
    out.header(sections.DECISION_COLUMNS)
    for d in paper.decisions:
        a = d.item.action
        reason = d.reason or sections.NO_REASON
        out.put([a.ref, a.action, sections.lead(d.item), f"{d.was} → {d.now}", d.months, reason])
    _finish(out, "A2")


def _impact(out: Sheet, paper: Paper) -> None:
    """The measures against their targets; the trend as the values, oldest first."""
    out.header(sections.IMPACT_COLUMNS)
    for row in paper.impact:
        values = " → ".join(value_text(v, row.measure.unit) for v in row.trend)
        at = out.put([*sections.impact_cells(row), values])
        if row.latest:
            out.rag(at, 4, row.rag)
    for number, text in paper.not_shown:
        out.sentence(f"{sections.not_shown_line(number)} {text}", bold=True)
    _finish(out, "A2")


def _due(out: Sheet, paper: Paper) -> None:
    out.header(sections.DUE_COLUMNS)
    for item in paper.due:
        a = item.action
        row = out.put([a.ref, a.action, sections.lead(item), a.end, a.status.label])
        out.rag(row, 5, a.status)
    _finish(out, "A2")


def _quality(out: Sheet, paper: Paper) -> None:
    out.header(sections.QUALITY_ROW_COLUMNS)
    for q in paper.quality:
        out.put([q.item.action.ref, q.item.action.action, sections.lead(q.item), q.problem])
    _finish(out, "A2")


def _actions(out: Sheet, paper: Paper) -> None:
    titles = [t for t, _ in ACTION_COLUMNS]
    if paper.several:
        titles.append("Plan")
        out.widths.append(14)
        out.sheet.column_dimensions[_letter(len(titles))].width = 14
    printed = len(titles)
    for title, width in TEXT_COLUMNS:
        titles.append(title)
        out.sheet.column_dimensions[_letter(len(titles))].width = width
    out.header(titles)
    one_line = Alignment(wrap_text=False, vertical="top")
    rag_column = titles.index("RAG status") + 1
    for theme in paper.appendix:
        theme_text = sections.theme_heading(theme.number, theme.title, theme.plan, paper.several)
        for rec in theme.recommendations:
            rec_text = sections.recommendation_heading(rec.number, rec.text)
            for item in rec.items:
                a = item.action
                late = _late(item, paper.as_of)
                values: list[Any] = [
                    a.ref,
                    item.theme_number,
                    item.recommendation_number,
                    a.action,
                    a.start,
                    a.end or a.end_text,
                    a.measure,
                    format_initials(a.lead),
                    format_initials(a.dlt),
                    a.comments,
                    a.status.label,
                    late,
                ]
                row = out.put([*values, *([item.plan.name] if paper.several else [])])
                for offset, text in enumerate((theme_text, rec_text), printed + 1):
                    tail = out.sheet.cell(row=row, column=offset, value=visible(text))
                    tail.data_type = "s"
                    tail.font, tail.alignment = out.font, one_line
                out.rag(row, rag_column, a.status)
                for column in (2, 3):  # the theme's and recommendation's numbers
                    out.sheet.cell(row=row, column=column).alignment = CENTRED
                if late != "":
                    _highlight(out, row, (6, 12))
    _finish(out, "B2")
    out.sheet.auto_filter.ref = f"A1:{_letter(len(titles))}{out.row}"
    out.sheet.print_area = f"A1:{_letter(printed)}{out.row}"


def _highlight(out: Sheet, row: int, columns: Sequence[int]) -> None:
    for column in columns:
        out.sheet.cell(row=row, column=column).fill = PatternFill("solid", fgColor=OVERDUE_FILL)


def _finish(out: Sheet, freeze: str) -> None:
    out.sheet.freeze_panes = freeze
    out.print_setup()


def _stamped(data: bytes, as_of: date) -> bytes:
    """The same workbook with every zip entry, and its modified date, as_of: openpyxl dates
    them 'now' when it saves, so two exports a second apart would differ."""
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
