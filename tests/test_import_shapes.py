"""Issue 18: the shapes a council's document takes that were read wrongly in silence, each
made here as a small real file (python-docx, openpyxl, text) and read as a person reads it,
or refused at its line with the way to settle it. Also the importer's items of issues 21
(rules file named, mixed encodings) and 25 (merged cells, hostile sizes, non-regular files)."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from openpyxl import Workbook
from openpyxl.styles import Alignment, Color, PatternFill

from ofsted_plan.errors import PlanError
from ofsted_plan.importing.importer import import_table
from ofsted_plan.model import Plan, Status

HEADER = ["Ref", "Action", "Lead officer", "End date", "RAG"]


def read(path: Path, **kwargs: object) -> tuple[Plan, list[str]]:
    report: list[str] = []
    plan = import_table(path, report=report, **kwargs)  # type: ignore[arg-type]
    return plan, report


def layout(plan: Plan) -> list[tuple[str, str, str]]:
    return [(i.theme.title, i.recommendation.text, i.action.ref) for i in plan.items()]


def refusal(path: Path) -> PlanError:
    with pytest.raises(PlanError) as caught:
        import_table(path)
    return caught.value


def sheet_of(rows: Sequence[Sequence[object]]) -> tuple[Workbook, Any]:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Plan"
    for row in rows:
        sheet.append(list(row))
    return book, sheet


# ---------------------------------------------------------------- Word


def shade(cell: Any, fill: str) -> None:
    pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:fill"), fill)
    pr.append(shd)


def word_table(document: Any, rows: list[list[str]]) -> Any:
    table = document.add_table(rows=0, cols=len(HEADER))
    for cells in rows:
        row = table.add_row()
        for n, value in enumerate(cells):
            row.cells[n].text = value
    return table


def test_word_heading_and_a_table_per_area_with_document_control_and_glossary(
    tmp_path: Path,
) -> None:
    document = Document()
    document.add_heading("SEND Written Statement of Action", level=0)
    word_table(
        document, [["Version", "Date", "Author", "", ""], ["1.0", "01/03/2024", "JF", "", ""]]
    )
    word_table(document, [["Abbreviation", "Meaning", "", "", ""], ["EHCP", "Plan", "", "", ""]])
    document.add_heading("Area 1: Identification of need", level=2)
    word_table(document, [HEADER, ["1.1", "Publish the local offer", "RG", "Mar-24", "Green"]])
    document.add_heading("Area 2: Joint commissioning", level=2)
    word_table(document, [HEADER, ["2.1", "Agree a strategy", "JF", "Jun-24", "Amber"]])
    path = tmp_path / "wsoa.docx"
    document.save(str(path))
    plan, report = read(path)
    assert plan.title == "SEND Written Statement of Action"
    assert layout(plan) == [
        ("Area 1: Identification of need", "", "1.1"),
        ("Area 2: Joint commissioning", "", "2.1"),
    ]
    assert any("document control" in line for line in report)
    assert any("a glossary" in line for line in report)


def test_word_nested_table_text_stays_in_its_cell(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Focused visit action plan", level=1)
    table = word_table(document, [HEADER, ["1.1", "Audit plans", "RG", "Mar-24", "Green"]])
    cell = table.rows[1].cells[1]
    inner = cell.add_table(rows=2, cols=1)
    inner.rows[0].cells[0].text = "Milestone: sample drawn"
    inner.rows[1].cells[0].text = "Milestone: report to board"
    path = tmp_path / "nested.docx"
    document.save(str(path))
    plan, _ = read(path)
    action = next(plan.actions())
    assert action.action == "Audit plans\nMilestone: sample drawn\nMilestone: report to board"


def test_word_rag_by_shading_alone(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("JTAI action plan", level=1)
    table = word_table(
        document,
        [HEADER, ["1.1", "Review referrals", "DCI Harris", "Jun-19", ""],
         ["1.2", "Daily meeting", "Head of MASH", "Sep-19", ""]],
    )  # fmt: skip
    shade(table.rows[1].cells[4], "00B050")
    shade(table.rows[2].cells[4], "0070C0")
    path = tmp_path / "shaded.docx"
    document.save(str(path))
    plan, report = read(path)
    assert [a.status for a in plan.actions()] == [Status.GREEN, Status.BLUE]
    assert any("RAG read from the colour" in line for line in report)


# ---------------------------------------------------------------- Excel


def test_theme_rows_in_column_b_and_a_rag_summary_below_and_a_note_above_the_header(
    tmp_path: Path,
) -> None:
    book, sheet = sheet_of(
        [
            [None, "Children's services improvement tracker"],
            [None, "Updated monthly by the PMO."],
            [None, *HEADER],
            [None, "Theme 1: Help and protection"],
            [None, "1.1", "Audit plans", "RG", "Mar-19", "Green"],
            [None, "Theme 2: Children in care"],
            [None, "2.1", "Sufficiency strategy", "Lee, Sam", "May-19", "Amber"],
            [],
            [None, "Green", 1],
            [None, "Amber", 1],
            [None, "Total", 2],
        ]
    )
    sheet.merge_cells("B4:F4")
    sheet.merge_cells("B6:F6")
    path = tmp_path / "tracker.xlsx"
    book.save(path)
    plan, report = read(path)
    assert plan.title == "Children's services improvement tracker"
    assert layout(plan) == [
        ("Theme 1: Help and protection", "", "1.1"),
        ("Theme 2: Children in care", "", "2.1"),
    ]
    assert plan.notes[0] == "Updated monthly by the PMO."
    assert [a.lead for a in plan.actions()] == [("RG",), ("Lee, Sam",)]
    assert any(line.startswith("Totals rows kept as notes") for line in report)


def test_rag_as_theme_colours_with_tints(tmp_path: Path) -> None:
    book, sheet = sheet_of(
        [HEADER, ["1", "Audit", "RG", "Mar-19", None], ["2", "Train", "JF", "Jun-19", None]]
    )
    # The theme openpyxl writes (Office 2007's): 6 is accent3 (green, 9BBB59), 9 is accent6
    # (orange, F79646); Excel shows each with its tint applied.
    sheet["E2"].fill = PatternFill("solid", fgColor=Color(theme=6, tint=0.3999))
    sheet["E3"].fill = PatternFill("solid", fgColor=Color(theme=9, tint=-0.25))
    path = tmp_path / "tints.xlsx"
    book.save(path)
    plan, _ = read(path)
    assert [a.status for a in plan.actions()] == [Status.GREEN, Status.AMBER]


def test_previous_and_current_rag_and_a_revised_deadline_under_a_merged_header(
    tmp_path: Path,
) -> None:
    book, sheet = sheet_of(
        [
            ["Ref", "Action", "Lead", "Deadline", None, "Previous RAG", "Current RAG"],
            [None, None, None, "Original", "Revised", None, None],
            ["1.1", "Audit", "RG", "Mar-19", None, "Green", "Blue"],
            ["1.2", "Train", "JF", "Jan-19", "Apr-19", "Amber", "Green"],
        ]
    )
    sheet.merge_cells("D1:E1")
    path = tmp_path / "two.xlsx"
    book.save(path)
    plan, report = read(path)
    actions = list(plan.actions())
    assert [a.status for a in actions] == [Status.BLUE, Status.GREEN]
    assert [str(a.end) for a in actions] == ["2019-03", "2019-04"]
    assert any("'Current RAG' is read as it" in line for line in report)
    assert any("'Deadline Revised' is read as it" in line for line in report)


def test_the_plans_own_key_green_means_completed(tmp_path: Path) -> None:
    path = tmp_path / "key.txt"
    path.write_text(
        "Monitoring visit plan\nKey: Green = completed; Amber = on track; Red = off track\n"
        + "\t".join(HEADER) + "\n1\tAudit\tRG\tMar-19\tGreen\n2\tTrain\tJF\tJun-19\tAmber\n",
        encoding="utf-8",
    )  # fmt: skip
    plan, report = read(path)
    # Green is re-read as complete; and as the key moves the whole scale down one (amber is
    # 'on track', what green is elsewhere), amber is read as on track: green.
    assert [a.status for a in plan.actions()] == [Status.BLUE, Status.GREEN]
    assert any("The plan's key says Green = completed" in line for line in report)
    assert any("The plan's key says Amber = on track" in line for line in report)


def test_a_key_that_only_describes_amber_leaves_it_amber(tmp_path: Path) -> None:
    path = tmp_path / "key.txt"
    path.write_text(
        "Monitoring visit plan\nKey: Green = on track; Amber = in progress, some risk; "
        "Red = off track\n" + "\t".join(HEADER) + "\n1\tAudit\tRG\tMar-19\tGreen\n"
        "2\tTrain\tJF\tJun-19\tAmber\n",
        encoding="utf-8",
    )
    plan, _ = read(path)
    assert [a.status for a in plan.actions()] == [Status.GREEN, Status.AMBER]


def test_a_priority_column_of_a_few_words_is_not_the_recommendations(tmp_path: Path) -> None:
    path = tmp_path / "priority.txt"
    path.write_text(
        "Ref\tAction\tPriority\tLead\tEnd date\tRAG\n"
        "1\tAudit\tHigh\tRG\tMar-19\tGreen\n2\tTrain\tLow\tJF\tJun-19\tAmber\n"
        "3\tReport\tHigh\tCP\tJul-19\tRed\n",
        encoding="utf-8",
    )
    plan, report = read(path)
    assert [r.text for r in plan.recommendations()] == [""]
    assert next(a.extra for a in plan.actions()) == {"Priority": "High"}
    assert any("read as a priority" in line for line in report)


def test_people_and_posts(tmp_path: Path) -> None:
    post = "Head of Safeguarding and Quality Assurance"
    leads = [
        ("Lee, Sam", ("Lee, Sam",)),
        (post, (post,)),
        ("Service Manager (CIN/CP)", ("Service Manager (CIN/CP)",)),
        ("Sam Lee and Jo Patel", ("Sam Lee", "Jo Patel")),
        ("RG/JF", ("RG", "JF")),
        ("HoS / Principal Social Worker", ("HoS", "Principal Social Worker")),
        ("AD Safeguarding & QA", ("AD Safeguarding & QA",)),
    ]
    rows = "".join(f"{n}\tA{n}\t{lead}\tMar-19\tGreen\n" for n, (lead, _) in enumerate(leads, 1))
    path = tmp_path / "people.txt"
    path.write_text("\t".join(HEADER) + "\n" + rows, encoding="utf-8")
    plan, _ = read(path)
    assert [a.lead for a in plan.actions()] == [want for _, want in leads]


def test_ends_as_periods_and_phrases(tmp_path: Path) -> None:
    ends = {
        "Sept 2018 – March 2019": "2019-03",
        "By 31 March 2019": "2019-03",
        "End of June 2019": "2019-06",
        "w/c 12/03/18": "2018-03",
        "Q4 2018/19": "2019-03",
        "Ongoing": "None",
    }
    rows = "".join(f"{n}\tA{n}\tRG\t{end}\tGreen\n" for n, end in enumerate(ends, 1))
    path = tmp_path / "ends.txt"
    path.write_text("\t".join(HEADER) + "\n" + rows, encoding="utf-8")
    plan, _ = read(path)
    assert [str(a.end) for a in plan.actions()] == list(ends.values())


@pytest.mark.parametrize(
    ("cell", "why"),
    [
        ("Feb-71x", "is not a month"),
        ("0ct-2020", "is not a month"),
        ("Mar-2O18", "is not a month"),
        ("Jan-71", "years away from the plan's other months"),
    ],
)
def test_mistyped_months_are_refused_at_their_row(tmp_path: Path, cell: str, why: str) -> None:
    path = tmp_path / "typo.txt"
    path.write_text(
        "\t".join(HEADER) + "\n1\tA\tRG\tMar-19\tGreen\n2\tB\tRG\tApr-19\tGreen\n"
        f"3\tC\tRG\t{cell}\tGreen\n4\tD\tRG\tMay-19\tGreen\n",
        encoding="utf-8",
    )
    error = refusal(path)
    assert error.line == 4 and why in error.message


def test_error_values_and_formulas_without_a_value_are_refused(tmp_path: Path) -> None:
    book, sheet = sheet_of([HEADER, ["1", "Audit", "RG", "Mar-19", "Green"]])
    sheet["C2"] = "#REF!"
    path = tmp_path / "ref.xlsx"
    book.save(path)
    error = refusal(path)
    assert error.line == 2 and "#REF!" in error.message
    book, sheet = sheet_of([HEADER, ["1", "Audit", "RG", "Mar-19", '=IF(TODAY()>1,"Red")']])
    path = tmp_path / "formula.xlsx"
    book.save(path)  # openpyxl saves no result: as a workbook Excel never calculated
    error = refusal(path)
    assert error.line == 2 and "formula with no saved result" in error.message


def test_hidden_rows_are_set_aside_and_named(tmp_path: Path) -> None:
    book, sheet = sheet_of(
        [HEADER, ["1", "Audit", "RG", "Mar-19", "Green"], ["2", "Superseded", "JF", "Jun-19", ""],
         ["3", "Train", "CP", "Jul-19", "Amber"]]
    )  # fmt: skip
    sheet.row_dimensions[3].hidden = True
    path = tmp_path / "hidden.xlsx"
    book.save(path)
    plan, report = read(path)
    assert [a.ref for a in plan.actions()] == ["1", "3"]
    assert any(line.startswith("Hidden rows set aside") and "3" in line for line in report)


def test_a_lead_merged_down_into_empty_rows_makes_no_actions(tmp_path: Path) -> None:
    """Issue 25, item 3: a merged value fills only rows that are otherwise actions."""
    book, sheet = sheet_of(
        [HEADER, ["1", "Audit", "RG", "Mar-19", "Green"], ["2", "Train", None, "Jun-19", "Amber"],
         [], [], []]
    )  # fmt: skip
    sheet.merge_cells("C2:C6")
    sheet.merge_cells("G1:G1048576")
    path = tmp_path / "merged.xlsx"
    book.save(path)
    plan, _ = read(path)
    assert [(a.ref, a.lead) for a in plan.actions()] == [("1", ("RG",)), ("2", ("RG",))]


def test_a_sheet_declaring_a_far_cell_is_read_as_far_as_its_values(tmp_path: Path) -> None:
    """Issue 25, item 9: XFD1048576 styled but empty is not read; values that far away are
    refused with the sheet and where."""
    book, sheet = sheet_of([HEADER, ["1", "Audit", "RG", "Mar-19", "Green"]])
    sheet["XFD1048576"].fill = PatternFill("solid", fgColor="FFFF0000")
    path = tmp_path / "far.xlsx"
    book.save(path)
    plan, _ = read(path)
    assert len(list(plan.actions())) == 1
    sheet["XFD1048576"] = "x"
    book.save(path)
    error = refusal(path)
    assert "row 1,048,576" in error.message and "Ctrl+End" in (error.hint or "")


def test_a_merge_over_the_whole_sheet_is_refused_before_the_workbook_is_opened(
    tmp_path: Path,
) -> None:
    """Issue 25, item 9, found again by the trials: A6:XFD1048576 merged made a cell object
    for every cell it covers (3.4 GB, then 'Excel cannot open this workbook:'). The merge is
    written into the sheet's XML here, as openpyxl itself would build those cells."""
    import zipfile

    book, _ = sheet_of([HEADER, ["1", "Audit", "RG", "Mar-19", "Green"]])
    plain = tmp_path / "plain.xlsx"
    book.save(plain)
    path = tmp_path / "merged.xlsx"
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(
                    b"</sheetData>",
                    b'</sheetData><mergeCells count="1"><mergeCell ref="A6:XFD1048576"/>'
                    b"</mergeCells>",
                )
            target.writestr(info, data)
    error = refusal(path)
    assert "merges A6:XFD1048576" in error.message and "unmerge" in (error.hint or "")


def test_a_file_that_is_not_a_regular_file_is_refused(tmp_path: Path) -> None:
    """Issue 25, item 10: /dev/zero and a named pipe, refused at once with what they are."""
    error = refusal(Path("/dev/zero"))
    assert "not a regular file" in error.message
    fifo = tmp_path / "pipe.txt"
    if hasattr(os, "mkfifo"):
        os.mkfifo(fifo)
        assert "not a regular file" in refusal(fifo).message


def test_indented_outline_rows_sum_up_the_rows_under_them(tmp_path: Path) -> None:
    book, sheet = sheet_of(
        [
            ["Task Name", "Status", "Assigned To", "End Date"],
            ["Theme 1: Leadership", None, None, "31/03/2020"],
            ["Recommendation 1: Supervision", None, None, "31/03/2020"],
            ["Launch the policy", "Blue", "Priya Shah", "29/03/2019"],
            ["Audit supervision", "Yellow", "Priya Shah, Tom Reilly", "31/03/2020"],
        ]
    )
    sheet["A3"].alignment = Alignment(indent=2)
    sheet["A4"].alignment = Alignment(indent=4)
    sheet["A5"].alignment = Alignment(indent=4)
    path = tmp_path / "outline.xlsx"
    book.save(path)
    plan, _ = read(path)
    assert [(i.theme.title, i.recommendation.text) for i in plan.items()] == [
        ("Theme 1: Leadership", "Recommendation 1: Supervision")
    ] * 2
    assert [a.status for a in plan.actions()] == [Status.BLUE, Status.AMBER]
    assert [a.lead for a in plan.actions()][1] == ("Priya Shah", "Tom Reilly")


# ---------------------------------------------------------------- text, rules, encodings


def test_two_headings_that_nothing_orders_are_refused_with_the_rule_that_settles_them(
    tmp_path: Path,
) -> None:
    table = (
        "\t".join(HEADER) + "\nHelp and protection\nImprove plans\n1\tAudit\tRG\tMar-19\tGreen\n"
    )
    path = tmp_path / "plan.txt"
    path.write_text(table, encoding="utf-8")
    error = refusal(path)
    assert error.line == 3 and "row 2 = theme and row 3 = recommendation" in (error.hint or "")
    (tmp_path / "plan.txt.rules").write_text("row 2 = theme\nrow 3 = recommendation\n")
    plan, _ = read(path)
    assert layout(plan) == [("Help and protection", "Improve plans", "1")]


def test_a_rules_file_beside_the_table_is_named_when_the_import_fails(tmp_path: Path) -> None:
    """Issue 21, item 2."""
    path = tmp_path / "plan.txt"
    path.write_text("\t".join(HEADER) + "\n1\tAudit\tRG\tMar-19\tGreen\n", encoding="utf-8")
    (tmp_path / "plan.txt.rules").write_text("skip 1\n")
    error = refusal(path)
    assert "no header row" in error.message and "plan.txt.rules" in (error.hint or "")


def test_a_file_in_two_encodings_is_refused_at_the_line_and_column(tmp_path: Path) -> None:
    """Issue 21, item 3: UTF-8 with one Windows-1252 byte (a '£' typed elsewhere)."""
    text = "\t".join(HEADER) + "\n1\tCafé – ’plans’\tRG\tMar-19\tGreen\n2\tCost "
    path = tmp_path / "mixed.txt"
    path.write_bytes(text.encode("utf-8") + b"\xa3" + b"5k\tJF\tJun-19\tAmber\n")
    error = refusal(path)
    assert error.line == 3 and "column 8" in error.message and "UTF-8" in (error.hint or "")


def test_errors_quote_the_cell_as_written_and_name_the_fix_that_exists(tmp_path: Path) -> None:
    """Issue 21, items 3 and 4: with 'dates month-first', 29/03/2018 is quoted as written (not
    as 03/29/2018) with the month-first example; a US date without the rule names the rule;
    a status of two colours names the status rule."""
    path = tmp_path / "us.txt"
    path.write_text(
        "\t".join(HEADER) + "\n1\tA\tRG\t03/31/2019\tGreen\n2\tB\tRG\t29/03/2018\tAmber/Green\n",
        encoding="utf-8",
    )
    error = refusal(path)
    assert error.line == 2 and "'03/31/2019'" in error.message
    assert "dates month-first" in (error.hint or "")
    (tmp_path / "us.txt.rules").write_text("dates month-first\n")
    error = refusal(path)
    assert error.line == 3 and "'29/03/2018'" in error.message
    assert "03/31/2018" in (error.hint or "")
    path.write_text("\t".join(HEADER) + "\n1\tA\tRG\tMar-19\tAmber/Green\n", encoding="utf-8")
    (tmp_path / "us.txt.rules").unlink()
    error = refusal(path)
    assert "Amber/Green" in error.message and "status Amber/Green = amber" in (error.hint or "")


def test_a_table_over_the_size_limit_is_refused_with_how_to_raise_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 25, item 10: inputs over a documented size are refused, with the way to raise it."""
    monkeypatch.setenv("PLAN_IMPORT_MAX_MB", "1")
    path = tmp_path / "big.txt"
    rows = "".join(f"{n}\tAction {n} {'x' * 100}\tRG\tMar-19\tGreen\n" for n in range(12000))
    path.write_text("\t".join(HEADER) + "\n" + rows, encoding="utf-8")
    error = refusal(path)
    assert "more than the 1 MiB" in error.message and "PLAN_IMPORT_MAX_MB" in (error.hint or "")
    monkeypatch.setenv("PLAN_IMPORT_MAX_MB", "10")
    plan, _ = read(path)
    assert len(list(plan.actions())) == 12000


def test_a_heading_row_in_another_recommendation_is_not_taken_for_one(tmp_path: Path) -> None:
    """Found by fuzzing: a ref row with nothing else, then a row numbered under it but in
    another recommendation, crashed the reader; the first stays an action of its own."""
    path = tmp_path / "plan.txt"
    path.write_text(
        "Recommendation\tRef\tAction\tEnd\tLead officer\tRAG\n"
        "Improve plans\t1.1\tPlans are SMART\t\t\t\n"
        "Audit more\t1.1.1\tAudit plans\tMar-24\tRG\tGreen\n",
        encoding="utf-8",
    )
    plan, _ = read(path)
    assert [(i.recommendation.text, i.action.ref) for i in plan.items()] == [
        ("Improve plans", "1.1"),
        ("Audit more", "1.1.1"),
    ]
