"""Issue 18, what the two-hundred-and-forty-ninth blind sets on showed (heldout249 on)."""

from __future__ import annotations

from pathlib import Path

from ofsted_plan.importing.importer import import_table

_HEADER = "Ref\tMilestone\tLead\tForecast date\tStatus\tCommentary"


def test_a_summary_of_figures_closed_by_a_total_is_no_action(tmp_path: Path) -> None:
    """A highlight report's savings summary under its last table ('Enabling Services Review |
    4.20 | 3.65' ... 'Total | 8.20 | 6.95'): figures, not three more actions whose refs are
    workstreams and whose leads are amounts (they were read as actions in silence)."""
    lines = [
        "Change Programme Highlight Report – Period 10",
        "",
        _HEADER,
        "ESR-01\tImplement the finance partnering structure\tAD Finance\t30/11/2024\tG\tLive.",
        "ESR-02\tConsult on the HR redesign\tAD HR and OD\t28/02/2025\tA\tExtended.",
        "DD-01\tMigrate the case system to the cloud\tCDO\t30/06/2025\tG\tTest 2 passed.",
        "",
        "Savings summary 2024/25\tTarget £m\tForecast £m",
        "Enabling Services Review\t4.20\t3.65",
        "Asset Review and Accommodation\t0.90\t0.90",
        "Total\t5.10\t4.55",
    ]
    (tmp_path / "report.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    report: list[str] = []
    plan = import_table(tmp_path / "report.txt", report=report)
    assert [a.ref for a in plan.actions()] == ["ESR-01", "ESR-02", "DD-01"]
    assert any("Totals rows kept as notes" in line and "8, 9, 10, 11" in line for line in report)


def test_an_action_of_figures_above_a_total_of_its_own_cells_stays_an_action(
    tmp_path: Path,
) -> None:
    """Rows with words in the action's cell are actions, whatever totals follow them."""
    lines = [
        _HEADER,
        "1.1\tRecruit 12 reablement workers\tDCH\t30/04/2025\tA\t8 of 12 in post.",
        "1.2\tOpen the second hub\tDCH\t30/06/2025\tG\tOn track.",
        "",
        "Total\t2",
    ]
    (tmp_path / "plan.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    plan = import_table(tmp_path / "plan.txt")
    assert [a.ref for a in plan.actions()] == ["1.1", "1.2"]


def test_a_must_do_merged_across_the_action_cell_is_what_its_actions_answer(
    tmp_path: Path,
) -> None:
    """'MD1 | The trust must ensure ...' with its words in the Regulation cell merged across
    the action's, over MD1.1 and MD1.2: the must-do is their recommendation (its words were
    kept under 'Regulation' and only 'MD1' went with the actions)."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Must Do"
    sheet.append(["CQC Must Do action plan"])
    sheet.append([])
    sheet.append(["Ref", "Regulation", "Action to be taken", "Lead(s)", "Due date", "RAG"])
    sheet.append(["Urgent and emergency care"])
    sheet.merge_cells("A4:F4")
    must = "The trust must ensure that patients are triaged within 15 minutes."
    sheet.append(["MD1", must])
    sheet.merge_cells("B5:F5")
    sheet.append(["MD1.1", "Reg 12", "Introduce a rapid assessment nurse.", "DDN", "May-25", "G"])
    sheet.append(["MD1.2", "Reg 12", "Report triage times daily.", "COO", "Jun-25", "A"])
    sheet.append(["MD2", "The trust must ensure records are complete."])
    sheet.merge_cells("B8:F8")
    sheet.append(["MD2.1", "Reg 17", "Audit 20 records a month.", "Matron", "Dec-25", "A"])
    book.save(tmp_path / "cqc.xlsx")
    plan = import_table(tmp_path / "cqc.xlsx")
    actions = {a.ref: a for a in plan.actions()}
    assert sorted(actions) == ["MD1.1", "MD1.2", "MD2.1"]
    recs = [r.text for t in plan.themes for r in t.recommendations if r.actions]
    assert recs == [must, "The trust must ensure records are complete."]
    assert actions["MD1.1"].action == "Introduce a rapid assessment nurse."


def test_a_record_line_whose_value_names_the_original_and_revised_dates(tmp_path: Path) -> None:
    """'Target date: Original: 30/11/2024   Revised: 28/02/2025' in an indented record: one
    end, the revised month (the line was split at 'Revised:' and refused as words)."""
    lines = [
        "Improvement plan following CIW inspection",
        "",
        "Area for improvement 1: Unannounced visits are not always completed.",
        "",
        "  1.1  Set up a visit tracker.",
        "       Lead: Team Manager",
        "       Target date: December 2024",
        "       Status: G",
        "",
        "  1.2  Complete all overdue visits.",
        "       Lead: Team Manager",
        "       Target date: Original: 30/11/2024   Revised: 28/02/2025",
        "       Status: A",
        "",
        "  1.3  Report visits to the panel.",
        "       Lead: Head of Service      Target date: March 2025      Status: G",
    ]
    (tmp_path / "plan.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    plan = import_table(tmp_path / "plan.txt")
    ends = {a.ref: str(a.end) for a in plan.actions()}
    assert ends == {"1.1": "2024-12", "1.2": "2025-02", "1.3": "2025-03"}
    assert [a.lead for a in plan.actions()][2] == ("Head of Service",)


def test_a_priority_row_over_the_inspectors_point_in_each_table(tmp_path: Path) -> None:
    """A school's plan with a table per priority: a dark 'Priority 1: ...' row merged across,
    the inspectors' point merged across under it, then the header. Both are levels (the
    priority was taken for a note and the point for the theme)."""
    from docx import Document

    document = Document()
    document.add_heading("Post-Ofsted Action Plan 2025–26", 1)
    points = {
        "Priority 1: Curriculum": "Leaders should set out the knowledge pupils need.",
        "Priority 2: Early reading": "Leaders should make sure weaker readers catch up.",
    }
    for n, (priority, point) in enumerate(points.items(), start=1):
        table = document.add_table(rows=5, cols=4)
        for row, text in ((0, priority), (1, point)):
            merged = table.cell(row, 0).merge(table.cell(row, 3))
            merged.text = text
        for j, title in enumerate(["Action", "Lead", "Timescale", "RAG"]):
            table.cell(2, j).text = title
        for row in (3, 4):
            for j, text in enumerate(
                [f"Action {n}.{row - 2} for the priority.", "Headteacher", "Jul-26", "Amber"]
            ):
                table.cell(row, j).text = text
        document.add_paragraph("")
    document.save(str(tmp_path / "school.docx"))
    plan = import_table(tmp_path / "school.docx")
    assert [t.title for t in plan.themes] == list(points)
    assert [[r.text for r in t.recommendations] for t in plan.themes] == [
        [point] for point in points.values()
    ]
    assert sum(1 for _ in plan.actions()) == 4


def test_a_sheet_of_closed_actions_beside_the_open_ones_is_the_same_plan(
    tmp_path: Path,
) -> None:
    """'Open recommendations' (original and revised target dates) and 'Closed since last
    ARAC' (the date each closed, no target): one tracker, both sheets read (it was refused
    as two plans)."""
    from openpyxl import Workbook

    book = Workbook()
    first = book.active
    assert first is not None
    first.title = "Open recommendations"
    first.append(["Audit", "Rec no.", "Recommendation", "Agreed management action", "Action owner",
                  "Original target date", "Revised target date", "Status"])  # fmt: skip
    first.append(["Cyber security", "1", "Keep an asset register.", "Migrate the register.",
                  "Head of Digital", "Nov-24", "Feb-25", "Delayed"])  # fmt: skip
    first.append(["Cyber security", "2", "Review privileged access.", "Review access quarterly.",
                  "IT Security Manager", "Mar-25", "", "On track"])  # fmt: skip
    closed = book.create_sheet("Closed since last ARAC")
    closed.append(["Audit", "Rec no.", "Recommendation", "Agreed management action",
                   "Action owner", "Date closed", "Status"])  # fmt: skip
    closed.append(["Business continuity", "1", "Test the plan.", "Run a desktop exercise.",
                   "Head of Corporate Services", "15/11/2024", "Closed"])  # fmt: skip
    book.save(tmp_path / "tracker.xlsx")
    plan = import_table(tmp_path / "tracker.xlsx")
    actions = list(plan.actions())
    assert [a.action for a in actions] == [
        "Migrate the register.",
        "Review access quarterly.",
        "Run a desktop exercise.",
    ]
    assert [a.status.value for a in actions] == ["amber", "green", "blue"]
    assert str(actions[0].end) == "2025-02"


def test_two_sheets_of_different_columns_not_named_closed_are_still_refused(
    tmp_path: Path,
) -> None:
    """Two plans whose end columns differ and neither sheet holds closed actions: asked."""
    import pytest
    from openpyxl import Workbook

    from ofsted_plan.errors import PlanError

    book = Workbook()
    first = book.active
    assert first is not None
    first.title = "Children"
    first.append(["Ref", "Action", "Lead", "Due", "RAG"])
    first.append(["1", "Audit the front door.", "RG", "Mar-25", "Green"])
    first.append(["2", "Recruit six workers.", "JF", "Jun-25", "Amber"])
    other = book.create_sheet("Adults")
    other.append(["Ref", "Action", "Lead", "RAG"])
    other.append(["1", "Review the waiting list.", "KL", "Red"])
    book.save(tmp_path / "plans.xlsx")
    with pytest.raises(PlanError):
        import_table(tmp_path / "plans.xlsx")


def _tracker(tmp_path: Path, closed_columns: list[str], closed_row: list[str]) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    first = book.active
    assert first is not None
    first.title = "Open recommendations"
    first.append(["Audit", "Rec", "Agreed management action", "Action owner", "Target date",
                  "Status"])  # fmt: skip
    first.append(["Cyber security", "1", "Migrate the register.", "CIO", "Feb-25", "Overdue"])
    first.append(["Cyber security", "2", "Review access quarterly.", "CIO", "Mar-25", "On track"])
    closed = book.create_sheet("Closed since last ARAC")
    closed.append(closed_columns)
    closed.append(closed_row)
    book.save(tmp_path / "tracker.xlsx")
    return tmp_path / "tracker.xlsx"


def test_a_closed_sheet_with_the_date_each_closed_and_no_status(tmp_path: Path) -> None:
    """The closed sheet gives 'Date closed' and evidence, no status: each of its actions is
    complete by its completion date, as the report says."""
    path = _tracker(
        tmp_path,
        ["Audit", "Rec", "Agreed management action", "Action owner", "Date closed", "Evidence"],
        [
            "Business continuity",
            "1",
            "Run a desktop exercise.",
            "Head of Risk",
            "18/07/2025",
            "Exercise report",
        ],
    )
    report: list[str] = []
    plan = import_table(path, report=report)
    actions = {a.action: a for a in plan.actions()}
    assert actions["Run a desktop exercise."].status.value == "blue"
    assert any("completion date: read as complete" in line for line in report)


def test_a_closed_sheet_with_no_status_and_no_date_closed_is_complete(tmp_path: Path) -> None:
    """No status column and no date on the closed sheet: its name says each is closed; read
    as complete and said (they were unrated in silence)."""
    path = _tracker(
        tmp_path,
        ["Audit", "Rec", "Agreed management action", "Action owner", "Evidence"],
        ["Business continuity", "1", "Run a desktop exercise.", "Head of Risk", "Report"],
    )
    report: list[str] = []
    plan = import_table(path, report=report)
    actions = {a.action: a for a in plan.actions()}
    assert [a.status.value for a in actions.values()] == ["red", "green", "blue"]
    assert any("sheet of closed actions: read as complete" in line for line in report)
