"""Every file a council has: the seed's table as CSV, semicolon CSV, an Excel workbook and a
Word document reads as exactly the plan the tab-separated export gives."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from ofsted_plan.importing.text import decode, read_rows

from .helpers import REPO, SEED, run

SHIPPED = (REPO / "plans" / "ofsted-2016.yaml").read_text(encoding="utf-8")
ROWS = [cells for _, cells in read_rows(decode(SEED.read_bytes(), str(SEED)), str(SEED))]
WIDTH = max(len(cells) for cells in ROWS)


def imported(path: Path, *args: str) -> str:
    target = path.with_suffix(".yaml")
    result = run("import", str(path), "-o", str(target), *args)
    assert result.exit_code == 0, result.stderr
    return target.read_text(encoding="utf-8")


@pytest.mark.parametrize(("delimiter", "encoding"), [(",", "utf-8-sig"), (";", "cp1252")])
def test_comma_and_semicolon_separated_text(tmp_path: Path, delimiter: str, encoding: str) -> None:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(ROWS)
    path = tmp_path / "plan.csv"
    path.write_bytes(buffer.getvalue().encode(encoding, "replace"))
    if encoding == "cp1252":  # the seed is all cp1252 characters
        text = buffer.getvalue()
        assert text.encode(encoding, "replace").decode(encoding) == text  # nothing replaced
    assert imported(path) == SHIPPED


def workbook_of(rows: list[list[str]], merge_themes: bool = True) -> Workbook:
    book = Workbook()
    cover = book.active
    assert cover is not None
    cover.title = "Cover"
    cover["A1"] = "Children's Services improvement plan: read me first"
    sheet = book.create_sheet("Action plan")
    for number, cells in enumerate(rows, 1):
        for column, value in enumerate(cells, 1):
            sheet.cell(row=number, column=column, value=value or None)
        theme_row = bool(cells) and cells[0] and not any(cells[1:]) and number > 2
        if merge_themes and theme_row:
            sheet.merge_cells(f"A{number}:{get_column_letter(WIDTH)}{number}")
    return book


def test_excel_workbook_with_merged_theme_rows(tmp_path: Path) -> None:
    path = tmp_path / "plan.xlsx"
    workbook_of(ROWS).save(path)
    assert imported(path) == SHIPPED


def test_excel_cell_merged_down_reads_on_every_row(tmp_path: Path) -> None:
    """A lead officer merged over two actions is the lead of both, as a person reads it."""
    book = workbook_of(ROWS)
    sheet = book["Action plan"]
    header = next(c for c in ROWS if any(x.strip().lower().startswith("lead officer") for x in c))
    lead = next(n for n, c in enumerate(header, 1) if c.strip().lower().startswith("lead officer"))
    first = next(  # two actions in a row with the same lead officer
        n
        for n in range(1, len(ROWS))
        if len(ROWS[n - 1]) >= lead
        and len(ROWS[n]) >= lead
        and ROWS[n - 1][1][:1].isdigit()
        and ROWS[n - 1][lead - 1] == ROWS[n][lead - 1] != ""
    )
    assert sheet.cell(first, lead).value == sheet.cell(first + 1, lead).value
    sheet.cell(first + 1, lead).value = None
    sheet.merge_cells(start_row=first, start_column=lead, end_row=first + 1, end_column=lead)
    path = tmp_path / "plan.xlsx"
    book.save(path)
    assert imported(path) == SHIPPED


def test_excel_month_cells_read_as_excel_shows_them(tmp_path: Path) -> None:
    book = workbook_of(ROWS)
    sheet = book["Action plan"]
    row = next(n for n in range(1, len(ROWS)) if ROWS[n - 1][1:2] == ["1.1"])
    start = sheet.cell(row, 4)
    assert start.value == "Jan-17"
    start.value, start.number_format = date(2017, 1, 1), "mmm-yy"
    path = tmp_path / "plan.xlsx"
    book.save(path)
    assert imported(path) == SHIPPED
    start.number_format = "dd/mm/yyyy"  # a day Excel shows is read as its month, and said
    book.save(path)
    result = run("import", str(path), "-o", str(tmp_path / "out.yaml"))
    assert result.exit_code == 0, result.stderr
    assert "Dates read as their month: '01/01/2017' -> 2017-01." in result.stderr
    assert (tmp_path / "out.yaml").read_text(encoding="utf-8") == SHIPPED


def test_which_sheet(tmp_path: Path) -> None:
    book = workbook_of(ROWS)
    copy = book.copy_worksheet(book["Action plan"])
    copy.title = "Old plan"
    path = tmp_path / "two.xlsx"
    book.save(path)
    result = run("import", str(path), "-o", str(tmp_path / "x.yaml"))
    assert result.exit_code == 1
    assert "more than one sheet looks like a plan: 'Action plan', 'Old plan'" in result.stderr
    assert "--sheet 'Action plan'" in result.stderr
    assert imported(path, "--sheet", "Old plan") == SHIPPED
    result = run("import", str(path), "--sheet", "Nope", "-o", str(tmp_path / "y.yaml"))
    assert (
        "the workbook has no sheet 'Nope' (its sheets are 'Cover', 'Action plan'" in result.stderr
    )


def test_word_table_with_merged_theme_rows(tmp_path: Path) -> None:
    document = Document()
    document.add_paragraph("Improvement plan")
    table = document.add_table(rows=0, cols=WIDTH)
    for cells in ROWS:
        row = table.add_row()
        for column, value in enumerate(cells):
            row.cells[column].text = value
        if cells and cells[0] and not any(cells[1:]) and len(table.rows) > 2:
            merged = row.cells[0].merge(row.cells[WIDTH - 1])
            merged.text = cells[0]
    path = tmp_path / "plan.docx"
    document.save(str(path))
    # The paragraph over the table is kept with the plan: nothing in the document is lost.
    assert imported(path) == SHIPPED.replace("themes:", "notes:\n  - Improvement plan\nthemes:", 1)


def test_old_office_files_and_other_zips_are_named(tmp_path: Path) -> None:
    old = tmp_path / "plan.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64)
    result = run("import", str(old), "-o", str(tmp_path / "a.yaml"))
    assert "old-format Excel or Word file (.xls or .doc)" in result.stderr
    book = workbook_of([["nothing here"]])
    path = tmp_path / "empty.xlsx"
    book.save(path)
    result = run("import", str(path), "-o", str(tmp_path / "b.yaml"))
    assert result.exit_code == 1 and "no sheet has a header row naming an Action" in result.stderr


def test_a_rag_column_shown_by_colour_alone(tmp_path: Path) -> None:
    """Trackers often colour the RAG cell and leave it empty: read as a person sees it."""
    from openpyxl.styles import PatternFill

    book = workbook_of(ROWS)
    sheet = book["Action plan"]
    header = next(c for c in ROWS if any(x.strip().lower().startswith("rag") for x in c))
    column = next(n for n, c in enumerate(header, 1) if c.strip().lower().startswith("rag"))
    row = next(n for n in range(1, len(ROWS)) if ROWS[n - 1][1:2] == ["1.1"])
    assert sheet.cell(row, column).value == "Amber"
    sheet.cell(row, column).value = None
    sheet.cell(row, column).fill = PatternFill("solid", fgColor="FFFFC000")  # Excel's amber
    path = tmp_path / "plan.xlsx"
    book.save(path)
    result = run("import", str(path), "-o", str(tmp_path / "out.yaml"))
    assert result.exit_code == 0, result.stderr
    assert "RAG read from the colour of cells with no text: amber (1)." in result.stderr
    assert (tmp_path / "out.yaml").read_text(encoding="utf-8") == SHIPPED
    sheet.cell(row, column).fill = PatternFill("solid", fgColor="FF7030A0")  # purple
    book.save(path)
    result = run("import", str(path), "-o", str(tmp_path / "x.yaml"))
    assert result.exit_code == 1
    assert f"[Action plan]:{row}: the RAG cell is empty but coloured (#7030A0)" in result.stderr


def test_the_seed_as_a_word_document_with_its_title_as_a_heading(tmp_path: Path) -> None:
    """Issue 18: the seed saved as Word as a council would lay it out (the title a heading
    paragraph, the table starting with a theme row merged across, no blank rows) reads exactly
    as the seed's text export does."""
    document = Document()
    title = next(cells[0] for cells in ROWS if any(cells))
    document.add_heading(title, level=1)
    body = [cells for cells in ROWS if any(c.strip() for c in cells) and cells[0] != title]
    table = document.add_table(rows=0, cols=WIDTH)
    for cells in body:
        row = table.add_row()
        for column, value in enumerate(cells):
            row.cells[column].text = value
        if cells[0] and not any(cells[1:]):
            merged = row.cells[0].merge(row.cells[WIDTH - 1])
            merged.text = cells[0]
    path = tmp_path / "plan.docx"
    document.save(str(path))
    assert imported(path) == SHIPPED
