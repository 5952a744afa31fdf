"""Issue 18, what the two-hundred-and-twenty-first blind sets on showed (heldout221 to
heldout224)."""

from __future__ import annotations

from pathlib import Path

from ofsted_plan.importing.header import header_fields
from ofsted_plan.importing.importer import import_table
from ofsted_plan.importing.people import split_people
from ofsted_plan.model import Status


def test_a_later_tables_own_column_of_refs(tmp_path: Path) -> None:
    """Part A's tables have a 'Ref' column; Part B's table an 'AFI' column of 'AFI 3', 'AFI
    7', ...: its refs (they were kept as another column, the actions given none)."""
    from docx import Document

    document = Document()
    document.add_heading("Custody inspection action plan", 1)
    first = document.add_table(rows=2, cols=4)
    for j, (title, value) in enumerate(
        zip(
            ["Ref", "Action", "Owner", "RAG"], ["R1.1", "Review the role", "Supt", "A"], strict=True
        )
    ):
        first.cell(0, j).text, first.cell(1, j).text = title, value
    document.add_paragraph("Part B – Areas for improvement")
    rows = [("AFI 3", "Improve data."), ("AFI 7", "Remove ligatures."), ("AFI 12", "Speed care.")]
    second = document.add_table(rows=len(rows) + 1, cols=5)
    for j, title in enumerate(["AFI", "Area for improvement", "Action", "Owner", "RAG"]):
        second.cell(0, j).text = title
    for i, (afi, words) in enumerate(rows, 1):
        for j, value in enumerate([afi, words, f"Act on {afi}", "Custody Manager", "G"]):
            second.cell(i, j).text = value
    path = tmp_path / "plan.docx"
    document.save(str(path))
    assert [a.ref for a in import_table(path).actions()] == ["R1.1", "AFI 3", "AFI 7", "AFI 12"]


def test_a_workstreams_line_with_its_sro_beside_it(tmp_path: Path) -> None:
    """'Workstream 2: Transformation' | 'SRO: Chief Executive' over each workstream's header:
    the workstream, its SRO said of it (the line was read as an action)."""
    path = tmp_path / "report.txt"
    lines = ["Financial Improvement Plan – Highlight Report", ""]
    for n, name in ((1, "Financial Resilience"), (2, "Transformation")):
        lines += [
            f"Workstream {n}: {name}\tSRO: Chief Executive",
            "Ref\tMilestone / action\tLead\tForecast date\tCurrent RAG",
            f"W{n}.1\tDeliver milestone {n}\tHead of Finance\tMar 2026\tGreen",
            f"W{n}.2\tDeliver milestone {n}b\tHead of Finance\tJun 2026\tAmber",
            "",
        ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    plan = import_table(path)
    assert [t.title for t in plan.themes] == [
        "Workstream 1: Financial Resilience",
        "Workstream 2: Transformation",
    ]
    assert [a.ref for a in plan.actions()] == ["W1.1", "W1.2", "W2.1", "W2.2"]


def test_titles_of_progress_and_what_patients_said() -> None:
    """'Progress / observations' is the progress (it was a second recommendation column);
    'You said (GP Patient Survey result)' beside 'What we will do' is the finding (kept as
    another column)."""
    fields = header_fields(["Recommendation", "Action", "Owner", "Progress / observations"])
    assert fields[3].field == "comments"
    fields = header_fields(["Ref", "You said (GP Patient Survey 2024 result)", "What we will do"])
    assert fields[1].field == "recommendation"


def test_a_status_each_quarter_the_latest_is_the_status(tmp_path: Path) -> None:
    """A risk register's 'Q2 status' and 'Q3 status' beside a coloured 'Current score (L x
    I)': the Q3 status is the action's (the score's colour was read as the status)."""
    from openpyxl import Workbook
    from openpyxl.styles import PatternFill

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Corporate Risk Register"])
    sheet.append(["Risk", "Current score (L x I)", "Ref", "Further actions", "Action owner",
                  "Target date", "Q2 status", "Q3 status"])  # fmt: skip
    for ref, q2, q3 in (("CR1a", "Amber", "Green"), ("CR1b", "Green", "Amber")):
        sheet.append(["CR1 Finance", "4 x 5 = 20", ref, f"Act {ref}", "Director", "Mar-25", q2, q3])
        sheet.cell(sheet.max_row, 2).fill = PatternFill("solid", fgColor="FF0000")
    path = tmp_path / "risks.xlsx"
    book.save(path)
    assert [a.status for a in import_table(path).actions()] == [Status.GREEN, Status.AMBER]


def test_a_board_log_and_its_closed_actions_of_the_year(tmp_path: Path) -> None:
    """Sheets 'Public Board Action Log' and 'Closed actions 2024-25': one log (refused as
    two versions of a plan, the year taken for a version's)."""
    from openpyxl import Workbook

    book = Workbook()
    log = book.active
    assert log is not None
    log.title = "Public Board Action Log"
    for row in (
        ["Trust – Board of Directors Meeting in Public: Action Log"],
        ["Action No.", "Action", "Lead(s)", "Due date", "RAG"],
        ["PB/24/052", "Report back on the review.", "Medical Director", "Nov-24", "Amber"],
    ):
        log.append(row)
    closed = book.create_sheet("Closed actions 2024-25")
    for row in (
        ["Action No.", "Action", "Lead(s)", "Due date", "Status"],
        ["PB/24/031", "Publish the pay gap report.", "Director of People", "Jul-24", "Complete"],
    ):
        closed.append(row)
    path = tmp_path / "log.xlsx"
    book.save(path)
    plan = import_table(path)
    assert plan.title == "Trust – Board of Directors Meeting in Public: Action Log"
    assert [a.ref for a in plan.actions()] == ["PB/24/052", "PB/24/031"]


def test_a_row_cut_in_two_by_a_line_break_in_its_action(tmp_path: Path) -> None:
    """'MD1b <tab> Introduce weekly checks.' then 'Ward managers to escalate works. <tab>
    Ward Managers <tab> 31/01/2025 <tab> Green': one row whose action has two paragraphs
    (the second line's cells were read a column early: refused at its RAG)."""
    path = tmp_path / "plan.txt"
    path.write_text(
        "CQC Improvement Plan\n\n"
        "Ref\tAction\tLead\tTarget date\tRAG\tProgress\n"
        "MD1a\tReview ligature risk assessments.\tHead of Nursing\t30/11/2024\tGreen\tDone.\n"
        "MD1b\tIntroduce weekly ligature checks on every ward.\n"
        "Ward managers to escalate estates works within 48 hours.\tWard Managers\t31/01/2025"
        "\tGreen\tChecks in place.\n"
        "MD1c\tDeliver ligature training.\tPractice Development Lead\tMarch 2025\tAmber\t78%.\n",
        encoding="utf-8",
    )
    actions = list(import_table(path).actions())
    assert [a.ref for a in actions] == ["MD1a", "MD1b", "MD1c"]
    assert actions[1].action == (
        "Introduce weekly ligature checks on every ward.\n"
        "Ward managers to escalate estates works within 48 hours."
    )
    assert actions[1].lead == ("Ward Managers",)


def test_leads_set_apart_by_a_semicolon_and_two_bodies_by_their_names() -> None:
    """'Partnership Manager; Depute Chief Executive – Place, Neighbourhood & Corporate
    Assets': two leads, the second a post and its area (three); 'Trafford Carers Centre &
    Trafford Domestic Abuse Services': two bodies (one)."""
    assert split_people(
        "Community Planning Partnership Manager; Depute Chief Executive – Place, "
        "Neighbourhood & Corporate Assets"
    ).officers == (
        "Community Planning Partnership Manager",
        "Depute Chief Executive – Place, Neighbourhood & Corporate Assets",
    )
    assert split_people("Trafford Carers Centre & Trafford Domestic Abuse Services").officers == (
        "Trafford Carers Centre",
        "Trafford Domestic Abuse Services",
    )
