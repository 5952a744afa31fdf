"""Issue 18, what the hundred-and-seventy-third blind sets on showed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from ofsted_plan.importing.header import VOCABULARY, column_of
from ofsted_plan.importing.importer import import_table
from ofsted_plan.importing.people import split_people


@pytest.mark.parametrize(
    ("cell", "officers"),
    [
        ("Clinical Pharmacist and Dr Hale", ("Clinical Pharmacist", "Dr Hale")),  # a post, a
        ("Head and Bursar", ("Head", "Bursar")),  # doctor; a school's head and its bursar
        (
            "Clerk to the Corporation and Head of Apprenticeships",  # whom the clerk serves
            ("Clerk to the Corporation", "Head of Apprenticeships"),
        ),
        (
            "Head of Safeguarding and Quality Assurance",
            ("Head of Safeguarding and Quality Assurance",),
        ),
    ],
)
def test_two_posts_or_a_post_and_a_doctor_joined_by_and(
    cell: str, officers: tuple[str, ...]
) -> None:
    assert split_people(cell).officers == officers


def _sar_plan(path: Path, words: str) -> None:
    from docx import Document

    document = Document()
    document.add_heading("Safeguarding Adults Review – Adult F: Action Plan", 0)
    for n, text in enumerate(
        ["The SAB should seek assurance that partners use the policy.", words], 1
    ):
        document.add_heading(f"Recommendation {n}: Part {n}", 2)
        document.add_paragraph().add_run(text).italic = True
        table = document.add_table(rows=2, cols=4)
        for j, title in enumerate(["Ref", "Action", "Lead", "Target date"]):
            table.cell(0, j).text = title
        for j, value in enumerate([f"{n}.1", f"Do thing {n}", "SAB Business Manager", "Mar-25"]):
            table.cell(1, j).text = value
    document.save(str(path))


def test_a_recommendation_saying_what_must_be_identified_is_no_narration(tmp_path: Path) -> None:
    """'Partners should ensure that fire risk is identified ...' between a recommendation's
    heading and its table is its words ('identified' read it as prose about a finding, and
    the actions were under the heading alone)."""
    words = "Partners should ensure that fire risk is identified for adults who self-neglect."
    path = tmp_path / "sar.docx"
    _sar_plan(path, words)
    plan = import_table(path)
    assert [r.text for r in plan.themes[1].recommendations] == [words]


def test_a_board_logs_agenda_items_under_its_meetings_are_no_level(tmp_path: Path) -> None:
    """Rows naming the meeting over a log whose 'Agenda Item' differs on every action: the
    meetings are the parts, each item another column (the items were read as themes with
    the meetings under them)."""
    path = tmp_path / "log.csv"
    path.write_text(
        "ICB Board – Action Log,,,,,\n\n"
        "Action Ref,Agenda Item,Action,Action Owner,Due Date,RAG\n"
        "Board meeting – 24 September 2024,,,,,\n"
        "BD24-031,Performance Report,Provide a breakdown of waits.,RW,26/11/2024,G\n"
        "BD24-032,Primary Care,Bring an update on the NHS App.,JB/SC,21/01/2025,A\n"
        "Board meeting – 26 November 2024,,,,,\n"
        "BD24-041,Winter Plan,Circulate the OPEL framework.,MH,13/12/2024,R\n"
        "BD24-044,Financial Plan,Set out the risks.,CFO,TBC,A\n",
        encoding="utf-8",
    )
    plan = import_table(path)
    assert [t.title for t in plan.themes] == [
        "Board meeting – 24 September 2024",
        "Board meeting – 26 November 2024",
    ]
    action = plan.themes[0].recommendations[0].actions[0]
    assert action.extra["Agenda Item"] == "Performance Report"


def test_a_column_of_each_recommendations_scope_is_not_the_recommendation() -> None:
    """'Scope of recommendation (local / regional / national)' beside 'Recommendation': what
    is said of each, not whose (it was read as 'Accounts Commission recommendation' is, and
    the two columns refused as both the recommendation)."""
    title = "Scope of recommendation (local / regional / national)"
    found = column_of(VOCABULARY, title)
    assert found is None or found.field != "recommendation"
    whose = column_of(VOCABULARY, "Accounts Commission recommendation")
    assert whose is not None and whose.field == "recommendation"


def test_a_highlight_reports_lists_and_facts_between_its_tables(tmp_path: Path) -> None:
    """A text highlight report: per workstream a lead and status line, then its milestones,
    then 'Risks and issues:' over bulleted lines. The lines of a list and the label over them
    are the report's prose, never a part (they were refused as two headings alike, and then
    read as a theme over the next workstream)."""
    path = tmp_path / "report.txt"
    lines = [
        "Council – Transformation Programme Highlight Report",
        "",
        "WORKSTREAM 1: CUSTOMER AND DIGITAL",
        "Workstream lead: Director of Customer Services",
        "Workstream status: AMBER",
        "Ref\tMilestone\tOwner\tForecast date\tRAG",
        "CD1\tMigrate the transactions to the portal\tHead of Customer Services\tMar-25\tAMBER",
        "CD2\tLaunch the new website\tDigital Lead\tOct-24\tCOMPLETE",
        "Risks and issues:",
        "- Portal supplier resourcing over Christmas may delay testing.",
        "",
        "WORKSTREAM 2: ORGANISATIONAL REDESIGN",
        "Workstream lead: Director of HR",
        "Workstream status: GREEN",
        "Ref\tMilestone\tOwner\tForecast date\tRAG",
        "OR1\tComplete the consultation\tDirector of HR\tFeb-25\tGREEN",
        "Risks and issues:",
        "- None new this period.",
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    plan = import_table(path)
    assert [t.title for t in plan.themes] == [
        "WORKSTREAM 1: CUSTOMER AND DIGITAL",
        "WORKSTREAM 2: ORGANISATIONAL REDESIGN",
    ]
    assert [len(r.actions) for t in plan.themes for r in t.recommendations] == [2, 1]


def _workstream_sheet(book: Any, name: str, n: int, lead: str) -> None:
    sheet = book.create_sheet(name)
    sheet["A1"] = f"Workstream {n}: Part {n}"
    sheet.merge_cells("A1:E1")
    sheet["A2"] = f"Workstream lead: {lead}"
    for j, title in enumerate(["Ref", "Action", "Lead", "Due", "RAG"], 1):
        sheet.cell(4, j, title)
    for i in range(2):
        values = [f"{n}.{i + 1}", f"Action {i + 1} of workstream {n}, long enough to read", "AB",
                  "Mar-25", "Green"]  # fmt: skip
        for j, value in enumerate(values, 1):
            sheet.cell(5 + i, j, value)


def test_workstream_sheets_naming_one_lead_are_one_plan(tmp_path: Path) -> None:
    """A sheet a workstream, each with 'Workstream lead: ...' above its header: the first and
    third sheets with the same lead line are still one plan (the line was taken for a
    repeated action, and the workbook refused as two plans), and the line is no part."""
    from openpyxl import Workbook

    book: Any = Workbook()
    book.active.title = "Summary"
    book.active["A1"] = "Early Help Improvement Plan"
    lead = "Head of Early Help and Family Hubs (Children's Services)"
    other = "Family Hubs Programme Manager (Children's Services)"
    for n, name in enumerate(["1 Front Door", "2 Family Hubs", "3 Workforce"], 1):
        _workstream_sheet(book, name, n, other if n == 2 else lead)
    path = tmp_path / "tracker.xlsx"
    book.save(path)
    plan = import_table(path)
    assert [t.title for t in plan.themes] == [
        "Workstream 1: Part 1",
        "Workstream 2: Part 2",
        "Workstream 3: Part 3",
    ]
    assert not any(lead in r.text for t in plan.themes for r in t.recommendations)


def test_a_summary_sheet_of_counts_beside_the_tracker(tmp_path: Path) -> None:
    """A highlight summary sheet ('Workstream | Actions | Complete | On track ...' over rows
    of counts) before the action tracker: the summary is set aside, the tracker read (the
    workbook was refused as having two plans)."""
    from openpyxl import Workbook

    book: Any = Workbook()
    summary = book.active
    summary.title = "Highlight Summary"
    summary.append(["Improvement Plan – Highlight Report"])
    summary.append([])
    summary.append(["Workstream", "Actions", "Complete", "On track", "At risk", "Overall status"])
    summary.append(["SD1 Council Plan", 2, 1, 1, 0, "On track"])
    summary.append(["FS1 Financial Plan", 1, 0, 0, 1, "At risk"])
    summary.append(["• Budget gap remains"])
    tracker = book.create_sheet("Action Tracker")
    tracker.append(["Workstream", "Ref", "Action", "Lead Officer", "Forecast Date", "Status"])
    tracker.append(
        ["SD1 Council Plan", "SD1.1", "Adopt the Council Plan", "Director", "Mar-25", "Complete"]
    )
    tracker.append(
        ["SD1 Council Plan", "SD1.2", "Report performance", "Director", "Sep-25", "On track"]
    )
    tracker.append(
        ["FS1 Financial Plan", "FS1.1", "Deliver the savings", "S151 Officer", "Mar-26", "At risk"]
    )
    path = tmp_path / "report.xlsx"
    book.save(path)
    plan = import_table(path)
    assert [a.ref for t in plan.themes for r in t.recommendations for a in r.actions] == [
        "SD1.1",
        "SD1.2",
        "FS1.1",
    ]


def test_a_colleges_principal_and_chief_executive_with_an_ampersand() -> None:
    """'Principal & Chief Executive' is one officer, as 'Principal and Chief Executive' was
    (the '&' split it in two)."""
    assert split_people("Principal & Chief Executive").officers == ("Principal & Chief Executive",)


def _report_table(document: Any, heading: str, rows: list[tuple[str, ...]]) -> None:
    document.add_heading(heading, 2)
    table = document.add_table(rows=len(rows) + 1, cols=5)
    titles = [
        "Ref",
        "Audit Wales recommendation",
        "Planned action",
        "Responsible officer",
        "Status",
    ]
    for j, title in enumerate(titles):
        table.cell(0, j).text = title
    for i, row in enumerate(rows, 1):
        for j, text in enumerate(row):
            table.cell(i, j).text = text


def test_a_ref_repeated_beside_its_recommendation_where_refs_restart(tmp_path: Path) -> None:
    """An audit progress report with a table per report, its refs R1, R2 starting again in
    each, and one recommendation's R1 written on both its actions: R1.1 and R1.2 of the
    third report (refused as '3.R1 is used twice')."""
    from docx import Document

    document = Document()
    document.add_heading("Audit Wales Recommendations – Progress Report", 0)
    rec = "The Council should develop a medium-term financial plan."
    _report_table(
        document,
        "1. Digital Strategy Review",
        [("R1", "Set out a plan.", "Do A", "CLO", "Complete")],
    )
    _report_table(
        document, "2. Asset Management", [("R1", "Survey assets.", "Do B", "CM", "Complete")]
    )
    _report_table(
        document,
        "3. Financial Sustainability Review",
        [
            ("R1", rec, "Agree savings", "CLO Finance", "On track"),
            ("R1", rec, "Report savings", "CLO Finance", "On track"),
        ],
    )
    path = tmp_path / "report.docx"
    document.save(str(path))
    plan = import_table(path)
    actions = plan.themes[2].recommendations[0].actions
    assert [a.extra["Ref as written"] for a in actions] == ["R1", "R1"]
    assert len({a.ref for a in actions}) == 2


def test_a_word_summary_table_of_counts_before_the_plans_tables(tmp_path: Path) -> None:
    """'Core service | Must do | Should do | Actions | Complete' over counts, before a table per
    core service: the summary is set aside (the two were refused as plans with different
    columns)."""
    from docx import Document

    document = Document()
    document.add_heading("Trust – CQC Inspection Action Plan", 1)
    summary = document.add_table(rows=3, cols=5)
    counts = [
        ("Core service", "Must do", "Should do", "Actions", "Complete"),
        ("Acute wards", "2", "1", "3", "1"),
        ("Crisis services", "1", "1", "2", "1"),
    ]
    for i, row in enumerate(counts):
        for j, text in enumerate(row):
            summary.cell(i, j).text = text
    for n, service in enumerate(["Acute wards", "Crisis services"], 1):
        document.add_heading(f"{n}. {service}", 2)
        table = document.add_table(rows=3, cols=4)
        for j, title in enumerate(["Ref", "Action", "Lead", "Due date"]):
            table.cell(0, j).text = title
        for i in (1, 2):
            for j, text in enumerate(
                [f"MD{n}.{i}", f"Action {i} for {service}", "Matron", "Mar-25"]
            ):
                table.cell(i, j).text = text
    path = tmp_path / "plan.docx"
    document.save(str(path))
    plan = import_table(path)
    assert [t.title for t in plan.themes] == ["1. Acute wards", "2. Crisis services"]
