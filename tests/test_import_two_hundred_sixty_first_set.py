"""Issue 18, what the two-hundred-and-sixty-first blind sets on showed (heldout261 on)."""

from __future__ import annotations

from pathlib import Path

from ofsted_plan.importing.importer import import_table

_HEADER = "Ref\tAction\tLead\tEnd\tRAG"


def _write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_sign_off_row_after_the_key_is_no_action(tmp_path: Path) -> None:
    """'Signed: | Head of Service | | Date: | 12/06/2025' under a home's plan and its key: who
    signed it off, and when (it was refused as an action after the key)."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["No.", "Requirement", "Action", "Responsible", "Target date", "RAG"])
    sheet.append(["1a", "The registered person must ...", "Introduce a handover checklist.",
                  "Deputy Manager", "Jun-25", "Green"])  # fmt: skip
    sheet.append(["1b", "", "Review every handover.", "Registered Manager", "Sep-25", "Amber"])
    sheet.append([])
    sheet.append(["RAG key"])
    sheet.append(["", "Complete"])
    sheet.append(["", "In progress"])
    sheet.append([])
    sheet.append(["Signed:", "Head of Service", "", "Date:", "12/06/2025"])
    book.save(tmp_path / "home.xlsx")
    plan = import_table(tmp_path / "home.xlsx")
    assert [a.ref for a in plan.actions()] == ["1a", "1b"]


def test_counts_under_a_summary_line_after_the_table(tmp_path: Path) -> None:
    """'Summary' then 'Actions open,7' under an audit tracker's export: counts, not actions
    (the first was refused as an action with no recommendation)."""
    path = tmp_path / "tracker.csv"
    path.write_text(
        "Audit,Ref,Agreed management action,Action owner,Due date,Status\n"
        "Payroll,PAY1,Check amendments monthly.,HR Manager,31/08/2024,Complete\n"
        ",PAY2,Remove leavers' access within five days.,HR Manager,30/11/2024,Red\n"
        "Cyber,CYB1,Roll out multi-factor authentication.,Head of ICT,31/05/2025,Green\n"
        "\n"
        "Summary\n"
        "Actions open,7\n"
        "Actions closed since last report,2\n",
        encoding="utf-8",
    )
    plan = import_table(path)
    assert [a.ref for a in plan.actions()] == ["PAY1", "PAY2", "CYB1"]


def test_the_finding_before_what_success_will_look_like(tmp_path: Path) -> None:
    """'Area for priority action 1' (a heading), the inspectors' words, then 'What success will
    look like:' and its list, then the table: the words name the part (the label did)."""
    from docx import Document

    document = Document()
    document.add_heading("Priority Action Plan", 0)
    for n in (1, 2):
        document.add_heading(f"Area for priority action {n}", 1)
        document.add_paragraph(f"Leaders should improve the timeliness of plans in area {n}.")
        document.add_paragraph("What success will look like:")
        document.add_paragraph(f"At least 60% of plans in area {n} issued within 20 weeks.")
        table = document.add_table(rows=2, cols=4)
        for j, text in enumerate(["Ref", "Action", "Lead(s)", "Timescale"]):
            table.cell(0, j).text = text
        for j, text in enumerate(
            [f"{n}.1", f"Recruit coordinators for area {n}.", "HoS", "Jul-26"]
        ):
            table.cell(1, j).text = text
    document.save(str(tmp_path / "send.docx"))
    plan = import_table(tmp_path / "send.docx")
    parts = [t.title or r.text for t in plan.themes for r in t.recommendations]
    assert parts == [f"Leaders should improve the timeliness of plans in area {n}." for n in (1, 2)]
    assert "At least 60% of plans in area 1 issued within 20 weeks." in plan.notes


def test_a_requirement_in_the_action_column_over_its_numbered_actions(tmp_path: Path) -> None:
    """A 'Must Do' sheet: a core service band, then '| The trust must ensure ... | Reg 12 |'
    with no ref, lead or date over MD1.1 and MD1.2: the must-do they answer (it was read as
    two more actions)."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Ref", "CQC requirement / action", "Regulation", "Lead", "Due date", "RAG"])
    sheet.append(["Urgent and emergency care"])
    sheet.merge_cells("A2:F2")
    must = "The trust must ensure that patients are triaged within 15 minutes."
    sheet.append(["", must, "Reg 12"])
    sheet.append(["MD1.1", "Introduce a streaming nurse.", "Reg 12", "Chief Nurse", "Mar-24", "B"])
    sheet.append(["MD1.2", "Audit time to triage daily.", "Reg 12", "DDN", "Apr-24", "G"])
    book.save(tmp_path / "cqc.xlsx")
    plan = import_table(tmp_path / "cqc.xlsx")
    assert [a.ref for a in plan.actions()] == ["MD1.1", "MD1.2"]
    assert [(t.title, r.text) for t in plan.themes for r in t.recommendations] == [
        ("Urgent and emergency care", must)
    ]


def test_a_heading_in_capitals_is_a_kind_of_its_own(tmp_path: Path) -> None:
    """'REQUIREMENT NOTICE 1 – ...' and its requirement's sentence over each small table, then
    'AREAS WHERE THE PRACTICE SHOULD IMPROVE' over a table with a 'Should do' column: the
    capitals are the parts, the sentences what their actions answer (the sentences were
    kept as headings: the capitals line and the sentences looked alike)."""
    lines = [
        "Practice – CQC Inspection Action Plan",
        "",
        "REQUIREMENT NOTICE 1 – Regulation 12 Safe care and treatment",
        "The provider must ensure that care is provided in a safe way.",
        "Ref\tAction\tResponsible\tCompletion date\tStatus",
        "1.1\tRun a weekly search.\tClinical Pharmacist\t31/08/2024\tCompleted",
        "",
        "REQUIREMENT NOTICE 2 – Regulation 17 Good governance",
        "The provider must establish effective systems and processes.",
        "Ref\tAction\tResponsible\tCompletion date\tStatus",
        "2.1\tSet up a safety alerts log.\tPractice Manager\tOct-24\tOn track",
        "",
        "AREAS WHERE THE PRACTICE SHOULD IMPROVE",
        "Should do\tAction\tResponsible\tCompletion date\tStatus",
        "Improve cervical screening uptake.\tOffer Saturday clinics.\tNurse\tJun-25\tOn track",
    ]
    plan = import_table(_write(tmp_path / "gp.txt", lines))
    assert [(t.title, [r.text for r in t.recommendations]) for t in plan.themes] == [
        ("REQUIREMENT NOTICE 1 – Regulation 12 Safe care and treatment",
         ["The provider must ensure that care is provided in a safe way."]),
        ("REQUIREMENT NOTICE 2 – Regulation 17 Good governance",
         ["The provider must establish effective systems and processes."]),
        ("AREAS WHERE THE PRACTICE SHOULD IMPROVE", ["Improve cervical screening uptake."]),
    ]  # fmt: skip


def test_a_report_named_sheet_beside_a_sheet_of_report_bands(tmp_path: Path) -> None:
    """'Structured Assessment 2024' (a sheet headed by its report) beside 'Local reports' (a
    band for each report): one tracker, each sheet's report the part (it was refused as two
    versions of a plan, for the year in a name)."""
    from openpyxl import Workbook

    book = Workbook()
    first = book.active
    assert first is not None
    first.title = "Structured Assessment 2024"
    first.append(["Structured Assessment 2024"])
    first.append([])
    titles = ["Ref", "Recommendation", "Agreed action", "Executive lead", "Due", "Status"]
    first.append(titles)
    first.append(["R1", "Review the BAF.", "Redesign the BAF.", "Board Secretary", "Jul-25",
                  "Complete"])  # fmt: skip
    first.append(["R2", "Relaunch cover reports.", "Relaunch the template.", "Board Secretary",
                  "Sep-25", "On track"])  # fmt: skip
    second = book.create_sheet("Local reports")
    second.append(titles)
    second.append(["Digital Strategy Review (March 2025)"])
    second.merge_cells("A2:F2")
    second.append(["DIG R1", "Cost the strategy.", "Produce a costed plan.", "Director of Digital",
                   "Dec-25", "Complete"])  # fmt: skip
    book.save(tmp_path / "wales.xlsx")
    plan = import_table(tmp_path / "wales.xlsx")
    assert [t.title for t in plan.themes] == [
        "Structured Assessment 2024",
        "Digital Strategy Review (March 2025)",
    ]


def test_baseline_and_forecast_months(tmp_path: Path) -> None:
    """A highlight report's 'Baseline' and 'Forecast' columns: the forecast is the end (the
    file was refused as having no end column)."""
    lines = [
        "Ref\tMilestone\tLead\tBaseline\tForecast\tStatus",
        "1.1\tLaunch the portal.\tHead of Customer Services\tSep 2025\tOct 2025\tComplete",
        "1.2\tMigrate the phone lines.\tICT Manager\tNov 2025\tJan 2026\tAt risk",
    ]
    plan = import_table(_write(tmp_path / "report.txt", lines))
    assert [str(a.end) for a in plan.actions()] == ["2025-10", "2026-01"]


def test_a_rag_review_over_each_terms_rating(tmp_path: Path) -> None:
    """'RAG review' merged over 'Autumn' and 'Spring': the latest term rated is the status (it
    was read as a theme, and every action refused as unrated)."""
    from docx import Document

    document = Document()
    document.add_heading("School Development Plan 2024-25", 0)
    table = document.add_table(rows=4, cols=6)
    for j, text in enumerate(["Ref", "Action", "Lead", "Timescale"]):
        table.cell(0, j).merge(table.cell(1, j)).text = text  # two header rows, merged down
    table.cell(0, 4).merge(table.cell(0, 5)).text = "RAG review"
    table.cell(1, 4).text, table.cell(1, 5).text = "Autumn", "Spring"
    rows = [["1.1", "Introduce daily reading.", "HT", "Autumn term 2024", "Green", "Amber"],
            ["1.2", "Moderate writing.", "DHT", "Half-termly", "Amber", "Green"]]  # fmt: skip
    for i, cells in enumerate(rows, start=2):
        for j, text in enumerate(cells):
            table.cell(i, j).text = text
    document.save(str(tmp_path / "sdp.docx"))
    plan = import_table(tmp_path / "sdp.docx")
    assert [a.status.value for a in plan.actions()] == ["amber", "green"]
