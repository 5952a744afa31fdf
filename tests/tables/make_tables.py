"""Make the binary tables of this corpus (xlsx, docx) from their text here: run it after
changing one (python tests/tables/make_tables.py). The text tables are written by hand."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from docx import Document
from openpyxl import Workbook

HERE = Path(__file__).parent


def tracker_xlsx() -> None:
    """A directorate tracker: a cover sheet, odd column names settled by tracker.rules."""
    book = Workbook()
    cover = book.active
    assert cover is not None
    cover.title = "Cover"
    cover["A1"] = "Read me: the tracker is on the next sheet"
    sheet = book.create_sheet("Action plan")
    rows = [
        ["Directorate improvement tracker 2019"],
        ["Updated weekly by the performance team"],
        [
            "Directorate",
            "Recommendation",
            "Ref",
            "What we will do",
            "Deadline (revised)",
            "Owner",
            "Priority",
            "State",
        ],
        [
            "Early help",
            "Improve plans",
            "EH1",
            "Audit 50 plans",
            date(2019, 3, 1),
            "RG",
            "High",
            "Closed",
        ],
        [
            "Early help",
            "Improve plans",
            "EH2",
            "Train all staff",
            date(2019, 6, 1),
            "JF",
            "Low",
            "Progressing",
        ],
        [
            "Care leavers",
            "Pathway plans",
            "CL1",
            "Sign off every plan",
            date(2019, 9, 1),
            "CP",
            "High",
            "Stuck",
        ],
    ]
    for row in rows:
        sheet.append(row)
    for cell in ("E4", "E5", "E6"):
        sheet[cell].number_format = "mmm-yy"
    book.save(HERE / "tracker.xlsx")


def timescale_xlsx() -> None:
    """An ILACS plan with a two-row header (Timescale merged over Start and End) and theme
    rows merged across the table."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Plan"
    rows: list[list[str | None]] = [
        ["ILACS improvement plan 2023"],
        ["Area for improvement", "Ref", "Action", "Timescale", None, "Lead officer", "RAG"],
        [None, None, None, "Start", "End", None, None],
        ["Help and protection"],
        [
            "Strategy meetings",
            "1.1",
            "Audit strategy meetings",
            "Apr-23",
            "Jun-23",
            "Head of Service",
            "G",
        ],
        [None, "1.2", "Refresh guidance", "May-23", "Sep-23", "Head of Service", "A"],
        ["Children in care"],
        [
            "Permanence",
            "2.1",
            "Track permanence plans",
            "Apr-23",
            "Dec-23",
            "Service Manager (Children in Care)",
            "R",
        ],
    ]
    for row in rows:
        sheet.append(row)
    sheet.merge_cells("D2:E2")
    sheet.merge_cells("A4:G4")
    sheet.merge_cells("A7:G7")
    book.save(HERE / "ilacs-timescale.xlsx")


def word_docx() -> None:
    """A SIF improvement plan kept as a Word table: theme rows merged across, UK dates."""
    document = Document()
    document.add_paragraph("Strengthening Families improvement plan")
    rows = [
        ["Recommendation", "Ref", "Action", "Start", "End", "Lead", "Status"],
        ["Leadership and management"],
        [
            "Senior leaders know their services",
            "LM1",
            "Monthly performance clinic",
            "01/04/2024",
            "31/07/2024",
            "DCS",
            "On track",
        ],
        [
            "",
            "LM2",
            "Quarterly audit report to members",
            "01/04/2024",
            "30.09.24",
            "AD QA",
            "At risk",
        ],
        ["Practice"],
        [
            "Supervision is reflective",
            "P1",
            "New supervision policy",
            "01/05/2024",
            "31st October 2024",
            "Principal Social Worker",
            "Complete",
        ],
    ]
    table = document.add_table(rows=0, cols=7)
    for cells in rows:
        row = table.add_row()
        for column, value in enumerate(cells):
            row.cells[column].text = value
        if len(cells) == 1:
            row.cells[0].merge(row.cells[6]).text = cells[0]
    document.save(str(HERE / "sif-plan.docx"))


def two_sheets_xlsx() -> None:
    """Last year's plan kept beside this year's: which sheet is meant cannot be guessed."""
    book = Workbook()
    for name in ("Plan 2022", "Plan 2023"):
        sheet = book.create_sheet(name)
        sheet.append(["Recommendation", "Ref", "Action", "End", "Lead officer", "RAG"])
        sheet.append(["Improve plans", "1", "Audit plans", "Mar-23", "RG", "Green"])
    book.remove(book.worksheets[0])
    book.save(HERE / "two-plans.xlsx")


if __name__ == "__main__":
    tracker_xlsx()
    timescale_xlsx()
    word_docx()
    two_sheets_xlsx()
