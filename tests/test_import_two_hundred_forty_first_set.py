"""Issue 18, what the two-hundred-and-forty-first blind sets on showed (heldout241 on)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ofsted_plan.importing.importer import import_table
from ofsted_plan.importing.key_words import key_statuses
from ofsted_plan.importing.people import split_people
from ofsted_plan.model import Status


def test_success_criteria_between_a_tables_recommendation_and_its_header(
    tmp_path: Path,
) -> None:
    """A table for each Estyn recommendation: 'R1: Improve ...' merged across its first row,
    'Success criteria: ...' under it, then the header: the recommendation is the part (the
    success criteria were taken for it)."""
    from docx import Document

    document = Document()
    document.add_heading("Ysgol Post-Inspection Action Plan", 0)
    for n in (1, 2):
        table = document.add_table(rows=4, cols=4)
        table.cell(0, 0).merge(table.cell(0, 3)).text = f"R{n}: Improve teaching in area {n}"
        table.cell(1, 0).merge(table.cell(1, 3)).text = f"Success criteria: all lessons {n} good."
        for j, (title, value) in enumerate(
            zip(["Ref", "Action", "Lead", "Timescale"], [f"{n}.1", "Observe lessons.", "HT",
                "Summer term 2025"], strict=True)
        ):  # fmt: skip
            table.cell(2, j).text, table.cell(3, j).text = title, value
        document.add_paragraph("")
    document.save(str(tmp_path / "plan.docx"))
    plan = import_table(tmp_path / "plan.docx")
    recs = [r.text for t in plan.themes for r in t.recommendations]
    themes = [t.title for t in plan.themes]
    assert recs + themes == [r for r in recs + themes if "Success criteria" not in r]
    assert "R1: Improve teaching in area 1" in recs + themes


def test_a_key_line_of_status_words_with_their_colours_in_brackets(tmp_path: Path) -> None:
    """'Status key: Implemented = complete (blue); Behind target = some slippage (amber)':
    each word is the status its colour names ('Behind target' was refused as unknown: the
    pair was read as a word 'Implemented = complete')."""
    assert key_statuses(
        [
            "Status key: Implemented = complete (blue); Behind target = slippage "
            "(amber); On target = on track (green)"
        ]
    ) == {
        "implemented": (Status.BLUE, "complete (blue)"),
        "behind target": (Status.AMBER, "slippage (amber)"),
        "on target": (Status.GREEN, "on track (green)"),
    }
    table = tmp_path / "tracker.csv"
    table.write_text(
        "Ref,Recommendation,Agreed action,Responsible officer,Due date,Status\n"
        "HRA01,Escalate arrears.,Run a monthly report.,Income Manager,Jun-25,Behind target\n"
        "HRA02,Review write-offs.,Review quarterly.,Finance Business Partner,Sep-25,On target\n"
        "PAY01,Chase leavers' forms.,Remind managers.,Payroll Manager,Mar-25,Implemented\n"
        ",,,,,\n"
        "Status key: Implemented = complete (blue); On target = on track (green); Behind target "
        "= some slippage (amber),,,,,\n",
        encoding="utf-8",
    )
    statuses = [a.status for a in import_table(table).actions()]
    assert statuses == [Status.AMBER, Status.GREEN, Status.BLUE]


@pytest.mark.parametrize(
    ("cell", "officers"),
    [
        ("GM Sarah Holt, AM Lee Franklin", ("GM Sarah Holt", "AM Lee Franklin")),
        ("Vice Principal Quality & Learner Experience",
         ("Vice Principal Quality & Learner Experience",)),
    ],
)  # fmt: skip
def test_leads_of_the_two_hundred_forty_first_sets(cell: str, officers: tuple[str, ...]) -> None:
    """Two fire officers by rank and name are two; a vice principal over two fields is one."""
    assert split_people(cell).officers == officers


def test_a_key_of_swatches_above_the_header(tmp_path: Path) -> None:
    """'RAG key' then a green cell with no words beside 'Action complete – Board asked to
    approve closure', and amber and red below it, no blue, above a board log's header: green
    reads complete (the rows under the first were read as notes, the key not applied)."""
    from openpyxl import Workbook
    from openpyxl.styles import PatternFill

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["ICB Board Action Log"])
    for label, colour, meaning in (
        ("RAG key", "FF00B050", "Action complete – Board asked to approve closure"),
        (None, "FFFFC000", "Action in progress – not yet due"),
        (None, "FFFF0000", "Action overdue"),
    ):
        sheet.append([label, None, meaning])
        sheet.cell(sheet.max_row, 2).fill = PatternFill("solid", fgColor=colour)
    sheet.append([])
    sheet.append(["Action No.", "Action", "Action Owner", "Due Date", "RAG"])
    for ref, colour in (("B/1", "FF00B050"), ("B/2", "FFFFC000"), ("B/3", "FFFF0000")):
        sheet.append([ref, f"Report on item {ref}.", "Chief Executive", "Apr-25", None])
        sheet.cell(sheet.max_row, 5).fill = PatternFill("solid", fgColor=colour)
    book.save(tmp_path / "log.xlsx")
    statuses = [a.status for a in import_table(tmp_path / "log.xlsx").actions()]
    assert statuses == [Status.BLUE, Status.AMBER, Status.RED]


def test_a_regulation_over_the_requirements_words_on_lines_of_their_own(tmp_path: Path) -> None:
    """'Regulation 12: Safe care and treatment' over 'The provider must ensure that ...' over
    each table: the regulation the theme, the requirement what the actions answer (refused
    as two headings alike)."""
    header = "No.\tAction\tLead\tTarget date\tStatus"
    table = tmp_path / "notice.txt"
    table.write_text(
        "\n".join(
            [
                "Regulation 12: Safe care and treatment",
                "The provider must ensure that care and treatment is provided safely to all.",
                header,
                "1.1\tAudit high-risk medicines monthly.\tGP Partner\tJul-25\tOn track",
                "",
                "Regulation 17: Good governance",
                "The provider must ensure that systems to assess and monitor quality work.",
                header,
                "2.1\tCreate a training matrix.\tPractice Manager\tSep-25\tComplete",
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    plan = import_table(table)
    assert [(t.title, [r.text[:30] for r in t.recommendations]) for t in plan.themes] == [
        ("Regulation 12: Safe care and treatment", ["The provider must ensure that "]),
        ("Regulation 17: Good governance", ["The provider must ensure that "]),
    ]


def test_a_priority_column_on_one_sheet_is_no_recommendation(tmp_path: Path) -> None:
    """An open sheet with its recommendations beside their priority, and a closed sheet with
    only the priority: 'Priority' on the closed sheet is no recommendation (it was read as
    one, 'Medium' under each audit)."""
    from openpyxl import Workbook

    book = Workbook()
    open_sheet = book.active
    assert open_sheet is not None
    open_sheet.title = "Open recommendations"
    open_sheet.append(["Ref", "Priority", "Recommendation", "Agreed management action",
                       "Action owner", "Target date", "RAG"])  # fmt: skip
    open_sheet.append(["CYB-01", "High", "Enforce MFA.", "Roll out MFA to all accounts.",
                       "CIO", "Jun-25", "Amber"])  # fmt: skip
    closed = book.create_sheet("Closed since last ARAC")
    closed.append(["Ref", "Audit", "Priority", "Agreed management action", "Action owner",
                   "Target date", "Status"])  # fmt: skip
    closed.append(["CON-03", "Contract Management", "Medium", "Publish the register.",
                   "Head of Commercial", "Mar-25", "Complete"])  # fmt: skip
    closed.append(["BCP-01", "Business Continuity", "High", "Test the BCP.", "COO",
                   "Feb-25", "Complete"])  # fmt: skip
    book.save(tmp_path / "arac.xlsx")
    plan = import_table(tmp_path / "arac.xlsx")
    recs = [r.text for r in plan.recommendations()]
    assert "Medium" not in recs and "High" not in recs


def test_a_summary_sheets_name_is_not_the_plans(tmp_path: Path) -> None:
    """'... Strategic Risk Register Summary Q3 2024/25' on the summary sheet before the
    register, whose own line names it: the register's line is the title."""
    from openpyxl import Workbook

    book = Workbook()
    summary = book.active
    assert summary is not None
    summary.title = "Summary"
    summary.append(["Rotherham MBC – Strategic Risk Register Summary Q3 2024/25"])
    register = book.create_sheet("Register")
    register.append(["Strategic Risk Register – Quarter 3 2024/25"])
    register.append(["Risk", "Further action", "Action owner", "Target date", "RAG"])
    register.append(["SR1 Budget", "Close the gap.", "Director of Finance", "Mar-25", "A"])
    register.append(["SR2 Workforce", "Recruit social workers.", "Head of HR", "Jun-25", "G"])
    book.save(tmp_path / "risks.xlsx")
    assert import_table(tmp_path / "risks.xlsx").title == (
        "Strategic Risk Register – Quarter 3 2024/25"
    )
