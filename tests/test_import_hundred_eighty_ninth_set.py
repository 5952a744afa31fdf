"""Issue 18, what the hundred-and-eighty-ninth blind sets on showed (and heldout187's
Flintshire, mended before them)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from ofsted_plan.importing.header import VOCABULARY, Column, column_of
from ofsted_plan.importing.importer import import_table
from ofsted_plan.importing.people import split_people
from ofsted_plan.model import Month


@pytest.mark.parametrize(
    ("cell", "officers"),
    [
        (  # a Welsh council's chief officer over its services, and a health board's post
            "Chief Officer Social Services and BCUHB Director of Operations",
            ("Chief Officer Social Services", "BCUHB Director of Operations"),
        ),
        (
            "Assistant Director Adult Services and Head of Safeguarding",
            ("Assistant Director Adult Services", "Head of Safeguarding"),
        ),
        ("Chief Officers Group", ("Chief Officers Group",)),  # a group, not a post
        (  # the field goes on after 'and'
            "Head of Safeguarding and Quality Assurance",
            ("Head of Safeguarding and Quality Assurance",),
        ),
    ],
)
def test_a_post_over_its_services_then_another_post(cell: str, officers: tuple[str, ...]) -> None:
    """Each lead is chased on their own: a post and the services it heads ('Chief Officer
    Social Services', no 'of') is whole, so the 'and' after it starts a second officer."""
    assert split_people(cell).officers == officers


@pytest.mark.parametrize(
    ("cell", "officers"),
    [
        (
            "TEWV / Redcar & Cleveland Borough Council",
            ("TEWV", "Redcar & Cleveland Borough Council"),
        ),
        ("Telford & Wrekin Council", ("Telford & Wrekin Council",)),  # one council, two places
        ("Police & Southshire Council", ("Police", "Southshire Council")),  # two bodies
        (
            "AHT Teaching & Learning; Heads of Department",
            ("AHT Teaching & Learning", "Heads of Department"),
        ),
        (
            "AHT Teaching & Learning, Heads of Department",
            ("AHT Teaching & Learning", "Heads of Department"),
        ),
        (  # a post and the NHS body it works for, after a comma: one officer
            "Designated Nurse Safeguarding Children, NHS GM (Salford)",
            ("Designated Nurse Safeguarding Children, NHS GM (Salford)",),
        ),
        ("DfT Sponsorship Team and DVLA HR Director", ("DfT Sponsorship Team", "DVLA HR Director")),
        (
            "Head of Crisis Services and Service Manager – Urgent Care",
            ("Head of Crisis Services", "Service Manager – Urgent Care"),
        ),
        (  # what the post heads goes on past 'and'
            "Head of Children and Young People Commissioning",
            ("Head of Children and Young People Commissioning",),
        ),
    ],
)
def test_bodies_posts_and_teams_joined_by_and_or_ampersand(
    cell: str, officers: tuple[str, ...]
) -> None:
    assert split_people(cell).officers == officers


def test_a_treasury_minute_target_date_beside_its_revised_date(tmp_path: Path) -> None:
    """A PAC tracker's 'Treasury Minute target date' is the date the government promised:
    the end where no revised date is given (it was kept aside, and those actions had none)."""
    assert column_of(VOCABULARY, "Treasury Minute target date") == Column("end", 1)
    assert column_of(VOCABULARY, "Committee date") is None  # when it met, not a due date
    path = tmp_path / "pac.csv"
    path.write_text(
        "Agency – PAC recommendations tracker\n\n"
        "Action ref,Action,Owner,Treasury Minute target date,Revised target date,Status\n"
        "1a,Introduce a fast track.,Head of Medical,September 2023,March 2024,Implemented\n"
        "1b,Write to the Committee.,Chief Executive's Office,September 2023,,Implemented\n",
        encoding="utf-8",
    )
    ends = [a.end for a in import_table(path).actions()]
    assert ends == [Month(2024, 3), Month(2023, 9)]


def test_a_text_plans_ref_at_the_margin_before_its_action_label(tmp_path: Path) -> None:
    """'M1.1  Action: ...' then indented 'Lead:' and 'Due:' lines: M1.1 is the action's ref
    (it was read as a column of its own and the refs lost)."""
    path = tmp_path / "gp.txt"
    blocks = []
    for ref, words in (("M1.1", "Run searches."), ("M1.2", "Set up a recall report.")):
        blocks.append(
            f"{ref}  Action: {words}\n      Lead: Practice Manager\n      Due: 31/01/2024\n"
            "      Status: Complete\n"
        )
    path.write_text(
        "Practice – CQC Inspection Action Plan\n\nM1. The provider must ensure safe care.\n\n"
        + "\n".join(blocks),
        encoding="utf-8",
    )
    plan = import_table(path)
    assert [a.ref for a in plan.actions()] == ["M1.1", "M1.2"]
    assert [a.action for a in plan.actions()] == ["Run searches.", "Set up a recall report."]


def test_action_numbers_over_labelled_lines_under_double_and_single_rules(tmp_path: Path) -> None:
    """'Action 1.1.1' on its own line over 'What we will do:' and 'Lead:' lines is the
    action's number; a priority between '=====' rules is over the objectives ruled with
    '-----' (the numbers were read as headings and the priorities lost)."""
    path = tmp_path / "early-help.txt"
    parts = ["Early Help Partnership Action Plan", ""]
    for p in (1, 2):
        parts += ["=" * 40, f"PRIORITY {p}: HELP IS EASY TO FIND", "=" * 40, ""]
        parts += [f"Objective {p}.1 – Families get help", "-" * 40]
        for a in (1, 2):
            parts += [
                f"Action {p}.1.{a}",
                f"  What we will do:  Do thing {p}.{a}.",
                "  Lead:             Head of Early Help",
                "  Due:              January 2025",
                "  RAG:              Green",
                "",
            ]
    path.write_text("\n".join(parts) + "\n", encoding="utf-8")
    plan = import_table(path)
    assert [a.ref for a in plan.actions()] == ["1.1.1", "1.1.2", "2.1.1", "2.1.2"]
    assert [t.title for t in plan.themes] == [
        "PRIORITY 1: HELP IS EASY TO FIND",
        "PRIORITY 2: HELP IS EASY TO FIND",
    ]
    assert plan.themes[0].recommendations[0].text == "Objective 1.1 – Families get help"


def _must_do_sheet(book: Any, name: str, line: str) -> None:
    sheet = book.create_sheet(name)
    sheet.append([line])
    sheet.append(["Ref", "Must do", "Action", "Lead", "Due", "RAG"])
    for band, ref in (("Urgent and emergency care – Wonford", "1"), ("Medical care", "2")):
        sheet.append([band])
        sheet.merge_cells(
            start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=6
        )
        sheet.append(
            [f"{name[:1]}{ref}.1", f"The trust must fix {ref}.", "Do it.", "Matron", "Mar-25", "G"]
        )


def test_a_sheets_line_of_what_it_holds_then_where_from_over_its_bands(tmp_path: Path) -> None:
    """'Must Do actions – CQC inspection report published 31 August 2023' on the sheet
    'Must Do', over bands of core services: the line says what the sheet holds and where it
    came from; the bands are the parts (the line was read as the theme, the bands lost)."""
    from openpyxl import Workbook

    book: Any = Workbook()
    book.remove(book.active)
    _must_do_sheet(
        book, "Must Do", "Must Do actions – CQC inspection report published 31 August 2023"
    )
    _must_do_sheet(
        book, "Should Do", "Should Do actions – CQC inspection report published 31 August 2023"
    )
    path = tmp_path / "cqc.xlsx"
    book.save(path)
    plan = import_table(path)
    assert [t.title for t in plan.themes] == ["Urgent and emergency care – Wonford", "Medical care"]
    assert [a.ref for a in plan.themes[1].recommendations[0].actions] == ["M2.1", "S2.1"]


def test_what_children_told_us_over_a_priority_sheets_table(tmp_path: Path) -> None:
    """A sheet a priority: its banner, then 'What you told us: “I want to stay ...”', then
    the table. The children's words say why the priority is there; they are not a part of
    the plan (they were read as the recommendation over every action of the sheet)."""
    from openpyxl import Workbook

    book: Any = Workbook()
    book.remove(book.active)
    for n, (name, priority) in enumerate(
        [
            ("1 Home", "Having a safe and stable home"),
            ("2 Education", "Doing well at school"),
            ("3 Health", "Being healthy"),
        ],
        1,
    ):
        sheet = book.create_sheet(name)
        sheet.append(["Corporate Parenting Action Plan"])
        sheet.append([f"Priority {n} – {priority}"])
        sheet.merge_cells("A2:E2")
        sheet.append([f"What you told us: “I want to be heard about {priority.lower()}.”"])
        sheet.merge_cells("A3:E3")
        sheet.append(["Ref", "What we will do", "Lead", "By when", "Status"])
        sheet.append(
            [f"P{n}.1", f"Act on {priority}.", "Fostering Manager", "March 2026", "On track"]
        )
        sheet.append([f"P{n}.2", f"Review {priority}.", "Head of Service", "Dec-25", "Red"])
    path = tmp_path / "cp.xlsx"
    book.save(path)
    plan = import_table(path)
    assert [t.title for t in plan.themes] == [
        "Priority 1 – Having a safe and stable home",
        "Priority 2 – Doing well at school",
        "Priority 3 – Being healthy",
    ]
    assert [r.text for r in plan.themes[0].recommendations] == [""]


def test_areas_for_improvement_heading_over_one_finding_like_its_siblings(tmp_path: Path) -> None:
    """'Area for priority action 1' and '2' each over the inspectors' words and a table,
    then 'Areas for improvement' over one finding and its table: the finding names the
    part, as its siblings' do (it was dropped, and the actions read under the label)."""
    from docx import Document

    document = Document()
    document.add_heading("SEND Priority Action Plan", 0)
    for n, (label, words) in enumerate(
        [
            ("Area for priority action 1", "Leaders should improve the timeliness of plans."),
            ("Area for priority action 2", "Leaders should improve communication."),
            ("Areas for improvement", "Leaders should improve support for pupils not in school."),
        ],
        1,
    ):
        document.add_heading(label, 1)
        document.add_paragraph(words)
        table = document.add_table(rows=2, cols=4)
        for j, title in enumerate(["Ref", "Action", "Lead(s)", "Timescale"]):
            table.cell(0, j).text = title
        for j, value in enumerate([f"{n}.1", f"Do thing {n}.", "Head of SEND", "October 2025"]):
            table.cell(1, j).text = value
    path = tmp_path / "send.docx"
    document.save(str(path))
    plan = import_table(path)
    assert [t.title for t in plan.themes] == [
        "Leaders should improve the timeliness of plans.",
        "Leaders should improve communication.",
        "Leaders should improve support for pupils not in school.",
    ]


def test_rows_naming_whom_the_recommendations_are_for(tmp_path: Path) -> None:
    """'The Youth Justice Management Board should:' alone in the action column, over
    'Recommendation 1: ...' rows and their actions: whom the recommendations are for, a
    heading (the rows were read as actions with no lead)."""
    path = tmp_path / "yjs.csv"
    path.write_text(
        "YJS – HMI Probation Inspection Improvement Plan,,,,\n,,,,\n"
        "Ref,Recommendation / action,Owner,Target date,RAG\n"
        ",The Youth Justice Management Board should:,,,\n"
        ",Recommendation 1: ensure the board knows the quality of work.,,,\n"
        "1.1,Add a standing quality item.,YJS Service Manager,30/09/2025,G\n"
        ",The Youth Justice Service Manager should:,,,\n"
        ",Recommendation 2: ensure that plans are reviewed.,,,\n"
        "2.1,Deliver refresher training.,YJS Practice Manager,31/07/2025,B\n",
        encoding="utf-8",
    )
    plan = import_table(path)
    assert [a.ref for a in plan.actions()] == ["1.1", "2.1"]
    assert [t.title for t in plan.themes] == [
        "The Youth Justice Management Board should:",
        "The Youth Justice Service Manager should:",
    ]
    assert plan.themes[0].recommendations[0].text.startswith("Recommendation 1:")


def test_a_report_run_date_under_the_trackers_name_is_not_its_title(tmp_path: Path) -> None:
    """'Report run: 07/07/2025' under 'Council - Internal Audit: Follow-up of Agreed
    Actions': a label and a date, never the plan's name (it was chosen as the title for
    the word 'report')."""
    path = tmp_path / "audit.csv"
    path.write_text(
        "Rushmoor Borough Council - Internal Audit: Follow-up of Agreed Actions\n"
        "Report run: 07/07/2025\n\n"
        "Rec ref,Agreed action,Action owner,Due date,RAG\n"
        "CM/01,Reconcile the register.,Procurement Manager,31/12/2024,A\n"
        "CM/02,Issue a toolkit.,Procurement Manager,31/03/2025,R\n",
        encoding="utf-8",
    )
    plan = import_table(path)
    assert plan.title == "Rushmoor Borough Council - Internal Audit: Follow-up of Agreed Actions"


def test_a_risks_owner_and_scores_line_under_its_heading(tmp_path: Path) -> None:
    """'Risk owner: ... <tab> Inherent: 16 <tab> Current: 12 <tab> Target: 8' under each risk's
    heading line: facts of the risk, not a second table's header (every row after it was set
    aside and the register refused as having no actions)."""
    path = tmp_path / "risks.txt"
    path.write_text(
        "Corporate Risk Register – Quarter 3 2024/25\n\n"
        "Action ref\tMitigating action\tAction owner\tDue date\tStatus\n\n"
        "CR01 Financial sustainability – failure to set a balanced budget\n"
        "Risk owner: Director of Resources\tInherent: 16\tCurrent: 12\tTarget: 8\tDirection: ↔\n"
        "CR01.1\tDeliver the savings programme\tDirector of Resources\tMar-25\tA\n"
        "CR01.2\tRefresh the MTFS\tHead of Finance\t16/12/2024\tG\n\n"
        "CR02 Cyber security – loss of systems\n"
        "Risk owner: Head of ICT\tInherent: 16\tCurrent: 12\tTarget: 8\tDirection: ↑\n"
        "CR02.1\tRenew PSN compliance\tICT Manager\tQ4 2024/25\tG\n",
        encoding="utf-8",
    )
    plan = import_table(path)
    assert [a.ref for a in plan.actions()] == ["CR01.1", "CR01.2", "CR02.1"]
    assert [t.title for t in plan.themes] == [
        "CR01 Financial sustainability – failure to set a balanced budget",
        "CR02 Cyber security – loss of systems",
    ]
    assert any(n.startswith("Risk owner: Director of Resources") for n in plan.notes)


def test_a_should_improve_table_with_no_numbers_after_numbered_tables(tmp_path: Path) -> None:
    """Requirement notices' tables 'No. | Action | Lead | By when | Status', then 'CQC said
    the practice should | What we will do | Lead | By when | Status' with no numbers: one plan
    (it was refused as two tables with different columns)."""
    from docx import Document

    document = Document()
    document.add_heading("Medical Practice – CQC Inspection Action Plan", 0)
    document.add_heading("Requirement notice 1 – Regulation 12: Safe care and treatment", 2)
    table = document.add_table(rows=3, cols=5)
    for i, row in enumerate(
        [
            ("No.", "Action", "Lead", "By when", "Status"),
            ("1a", "Run searches.", "Practice Manager", "31/12/2024", "Completed"),
            ("1b", "Add a field.", "Practice Manager", "January 2025", "On track"),
        ]
    ):
        for j, value in enumerate(row):
            table.cell(i, j).text = value
    document.add_heading("Areas where the practice should improve", 2)
    table = document.add_table(rows=2, cols=5)
    for i, row in enumerate(
        [
            ("CQC said the practice should", "What we will do", "Lead", "By when", "Status"),
            (
                "Improve screening uptake.",
                "Offer Saturday clinics.",
                "Nurse Manager",
                "June 2025",
                "On track",
            ),
        ]
    ):
        for j, value in enumerate(row):
            table.cell(i, j).text = value
    path = tmp_path / "gp.docx"
    document.save(str(path))
    plan = import_table(path)
    last = plan.themes[-1]
    assert last.title == "Areas where the practice should improve"
    assert [r.text for r in last.recommendations] == ["Improve screening uptake."]
    assert [a.action for a in last.recommendations[0].actions] == ["Offer Saturday clinics."]


def test_a_risk_band_with_its_scores_in_columns_of_their_own(tmp_path: Path) -> None:
    """'CR04 Local Government Reorganisation' merged across the plan's columns, its inherent,
    current and target scores in columns beside: the risk heading its actions, the scores
    kept in the notes (the band was read as an action with no words and refused)."""
    from openpyxl import Workbook

    book: Any = Workbook()
    sheet = book.active
    sheet.append(["Corporate Risk Register"])
    sheet.append(
        [
            "Ref",
            "Further actions",
            "Owner",
            "Target date",
            "Status",
            "Inherent score",
            "Current score",
        ]
    )
    for risk, scores, actions in (
        ("CR01 Financial sustainability", (20, 16), ["CR01.1", "CR01.2"]),
        ("CR04 Local Government Reorganisation", (16, 16), ["CR04.1"]),
    ):
        sheet.append([risk, None, None, None, None, *scores])
        sheet.merge_cells(
            start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=5
        )
        for ref in actions:
            sheet.append([ref, f"Do {ref}.", "Chief Executive", "Mar-25", "Green"])
    path = tmp_path / "risks.xlsx"
    book.save(path)
    plan = import_table(path)
    assert [t.title for t in plan.themes] == [
        "CR01 Financial sustainability",
        "CR04 Local Government Reorganisation",
    ]
    assert [a.ref for a in plan.actions()] == ["CR01.1", "CR01.2", "CR04.1"]
    assert (
        "CR04 Local Government Reorganisation: Inherent score: 16 | Current score: 16" in plan.notes
    )


def test_a_finding_under_one_heading_only_is_kept(tmp_path: Path) -> None:
    """'Theme A' over its table, then 'Theme B' over a finding and its table: the finding
    under one heading only names that table's part (it was taken for a caption repeated
    under every heading and dropped, and with it the finding's words)."""
    from docx import Document

    document = Document()
    document.add_heading("Improvement Plan", 0)
    for n, (heading, words) in enumerate(
        [("Theme A", None), ("Theme B", "Leaders should improve finding B.")], 1
    ):
        document.add_heading(heading, 1)
        if words:
            document.add_paragraph(words)
        table = document.add_table(rows=2, cols=4)
        for j, title in enumerate(["Ref", "Action", "Lead", "Due"]):
            table.cell(0, j).text = title
        for j, value in enumerate([f"{n}.1", f"Do {n}.", "Head of Service", "Mar-25"]):
            table.cell(1, j).text = value
    path = tmp_path / "plan.docx"
    document.save(str(path))
    plan = import_table(path)
    assert [r.text for r in plan.themes[1].recommendations] == ["Leaders should improve finding B."]


def test_a_heading_over_the_last_table_only_leaves_the_others_at_the_top(
    tmp_path: Path,
) -> None:
    """A GP's CQC form: each regulation's table opens with its 'Regulation 12 ...' row and
    'How the regulation was not being met' | its words; a heading stands over the last table
    only. The regulations are the themes and their words the recommendations (the heading
    was taken as over every table, and the words dropped to a third level)."""
    from docx import Document

    document = Document()
    document.add_heading("Surgery – CQC Inspection Action Plan", 0)
    for n, regulation in enumerate(["Regulation 12 – Safe care", "Regulation 17 – Governance"], 1):
        table = document.add_table(rows=4, cols=4)
        table.cell(0, 0).merge(table.cell(0, 3)).text = regulation
        table.cell(1, 0).text = "How the regulation was not being met"
        table.cell(1, 1).merge(table.cell(1, 3)).text = f"The provider did not do thing {n}."
        for j, title in enumerate(["No.", "Action", "Lead", "Target date"]):
            table.cell(2, j).text = title
        for j, value in enumerate([str(n), f"Fix thing {n}.", "Practice Manager", "31/03/2024"]):
            table.cell(3, j).text = value
        document.add_paragraph()
    document.add_heading("Areas where the practice should make improvements", 2)
    table = document.add_table(rows=2, cols=5)
    for j, title in enumerate(["No.", "The practice should", "Action", "Lead", "Target date"]):
        table.cell(0, j).text = title
    for j, value in enumerate(["3", "Improve uptake.", "Send reminders.", "Lead Nurse", "Sep-24"]):
        table.cell(1, j).text = value
    path = tmp_path / "gp.docx"
    document.save(str(path))
    plan = import_table(path)
    assert [t.title for t in plan.themes] == [
        "Regulation 12 – Safe care",
        "Regulation 17 – Governance",
        "Areas where the practice should make improvements",
    ]
    assert [r.text for t in plan.themes for r in t.recommendations] == [
        "The provider did not do thing 1.",
        "The provider did not do thing 2.",
        "Improve uptake.",
    ]


def test_what_the_report_said_under_a_recommendations_own_heading(tmp_path: Path) -> None:
    """'Recommendation 2: Improve attendance ...' as a heading, then 'Estyn report:
    Attendance has not recovered ...' before its table: what the report said of the
    recommendation the heading names, kept in the notes (it was read as a second level
    under the one recommendation whose line told no 'found' or 'noted')."""
    from docx import Document

    document = Document()
    document.add_heading("Council: Post-Inspection Action Plan", 0)
    for n, (heading, said) in enumerate(
        [
            (
                "Recommendation 1: Strengthen evaluation",
                "Estyn report: Estyn found that it is weak.",
            ),
            ("Recommendation 2: Improve attendance", "Estyn report: Attendance has not recovered."),
        ],
        1,
    ):
        document.add_heading(heading, 2)
        document.add_paragraph(said)
        table = document.add_table(rows=2, cols=4)
        for j, title in enumerate(["Ref", "Action", "Lead Officer", "Timescale"]):
            table.cell(0, j).text = title
        for j, value in enumerate([f"{n}.1", f"Do {n}.", "Head of Access", "December 2023"]):
            table.cell(1, j).text = value
    path = tmp_path / "piap.docx"
    document.save(str(path))
    plan = import_table(path)
    under = [(t.title, r.text) for t in plan.themes for r in t.recommendations]
    assert under == [
        ("Recommendation 1: Strengthen evaluation", ""),
        ("Recommendation 2: Improve attendance", ""),
    ]
    assert "Estyn report: Attendance has not recovered." in plan.notes
