"""Issue 18, what the two-hundred-and-first blind sets on showed (heldout201 to heldout204)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from ofsted_plan.importing.importer import import_table
from ofsted_plan.importing.people import split_people
from ofsted_plan.importing.titles import names_more_fully
from ofsted_plan.model import Status


def test_a_line_alone_in_the_action_column_under_a_numbered_action(tmp_path: Path) -> None:
    """'EH1.1 <tab> Launch a single form ...' then '<tab> Family Hub staff to be trained ...':
    the action's text goes on (the line was read as an action with no ref or lead)."""
    path = tmp_path / "plan.txt"
    path.write_text(
        "Early Help Partnership – Delivery Plan\n\n"
        "Ref\tWhat we will do\tLead(s)\tTimescale\tStatus\n"
        "Priority 1: The right help at the right time\n"
        "EH1.1\tLaunch a single request form.\tClaire Morgan\tApr 2025\tOn track\n"
        "\tFamily Hub staff to be trained on the new triage.\t\t\t\n"
        "EH1.2\tRefresh the threshold guide.\tBethan Hughes\tDec 2024\tComplete\n",
        encoding="utf-8",
    )
    plan = import_table(path)
    assert [a.ref for a in plan.actions()] == ["EH1.1", "EH1.2"]
    first = next(plan.actions())
    assert (
        first.action
        == "Launch a single request form.\nFamily Hub staff to be trained on the new triage."
    )


def test_a_caption_after_the_last_action_is_no_part_of_it(tmp_path: Path) -> None:
    """'Summary of RAG ratings' alone in the action column after the last action, over a
    block of counts: a caption, not the action's next line (no numbered action follows)."""
    path = tmp_path / "plan.csv"
    path.write_text(
        "SEND Priority Action Plan,,,\n,,,\nRef,Action,Lead,RAG\n"
        "C2,Agree the protocol,Head of SEND,G\n"
        "C3,Agree a joint transitions protocol,Head of SEND,A\n"
        ",Summary of RAG ratings,,\n,Green,1,\n,Amber,1,\n",
        encoding="utf-8",
    )
    last = list(import_table(path).actions())[-1]
    assert last.action == "Agree a joint transitions protocol"


def test_a_label_heading_over_a_table_whose_first_row_gives_the_area(tmp_path: Path) -> None:
    """'Area for improvement 1' as a heading, then a table whose first row, merged over its
    header, gives the area's words: the words name the part (the label was kept as a theme
    over them)."""
    from docx import Document

    document = Document()
    document.add_heading("Safeguarding Children Partnership – JTAI Action Plan", 0)
    for n, words in (
        (1, "The quality of early help assessments."),
        (2, "The use of chronologies."),
    ):
        document.add_heading(f"Area for improvement {n}", 2)
        table = document.add_table(rows=3, cols=4)
        table.cell(0, 0).merge(table.cell(0, 3)).text = words
        for j, title in enumerate(["No.", "Action", "Lead", "Timescale"]):
            table.cell(1, j).text = title
        for j, value in enumerate([f"{n}.1", f"Refresh {n}.", "Head of Early Help", "March 2024"]):
            table.cell(2, j).text = value
    path = tmp_path / "jtai.docx"
    document.save(str(path))
    plan = import_table(path)
    assert [(t.title, r.text) for t in plan.themes for r in t.recommendations] == [
        ("", "The quality of early help assessments."),
        ("", "The use of chronologies."),
    ]


@pytest.mark.parametrize(
    ("cell", "officers"),
    [
        ("Head of Policy and Strategic Planning", ("Head of Policy and Strategic Planning",)),
        ("MCA and DoLS Lead", ("MCA and DoLS Lead",)),  # one lead over two fields
        ("JMc & TO", ("JMc", "TO")),  # initials, one of a Mc surname
        ("Head of HR and QA Lead", ("Head of HR", "QA Lead")),
        (  # a post and its area after a comma is a post of its own
            "Head of Children's Services (Newport) and Detective Inspector, Gwent Police PPU",
            ("Head of Children's Services (Newport)", "Detective Inspector, Gwent Police PPU"),
        ),
    ],
)
def test_posts_fields_and_initials_joined(cell: str, officers: tuple[str, ...]) -> None:
    assert split_people(cell).officers == officers


def test_refs_starting_again_under_each_report_of_an_audit_tracker(tmp_path: Path) -> None:
    """'R1a', 'R1b', 'R2' under one report, 'R1', 'R2' under the next (the report named on
    every row): refs that start again under each report, numbered under it and kept as
    written (the second 'R2' was refused as a ref used twice)."""
    path = tmp_path / "tracker.csv"
    path.write_text(
        "Report,Ref,Recommendation,Management action,Responsible officer,Target date,RAG\n"
        "Well-being Objectives,R1a,Involve people,Develop a plan,Head of Policy,Mar-24,Blue\n"
        "Well-being Objectives,R1b,Involve people,Use the panel,Head of Policy,Jun-24,Blue\n"
        "Well-being Objectives,R2,Resource it,Align the MTFS,Head of Finance,Feb-24,Green\n"
        "Digital Strategy,R1,Develop a strategy,Approve it,Head of ICT,Sep-24,Green\n"
        "Digital Strategy,R2,Track benefits,Introduce tracking,Head of ICT,Dec-24,Amber\n",
        encoding="utf-8",
    )
    actions = list(import_table(path).actions())
    assert [a.extra.get("Ref as written") for a in actions] == ["R1a", "R1b", "R2", "R1", "R2"]
    assert len({a.ref for a in actions}) == 5


def test_a_summary_block_counting_c_g_a_r_under_the_plan(tmp_path: Path) -> None:
    """'Summary', 'RAG | Number of actions', then 'C | 2', 'G | 4' ...: counts, not actions
    (the 'C' row was read as an action numbered 2, and refused as having no words)."""
    path = tmp_path / "plan.csv"
    path.write_text(
        "Community Safety Partnership – Delivery Plan,,,,\n"
        "RAG key: C = complete; G = on track; A = at risk; R = off track,,,,\n,,,,\n"
        "Priority,Ref,Action,Lead agency,RAG\n"
        "Priority 1: ASB,1.1,Review the PSPO,Head of Community Safety,C\n"
        ",1.2,Introduce a case system,BFC,G\n,,,,\n"
        "Summary,,,,\nRAG,Number of actions,,,\nC,1,,,\nG,1,,,\nTotal,2,,,\n",
        encoding="utf-8",
    )
    assert [a.ref for a in import_table(path).actions()] == ["1.1", "1.2"]


def test_a_workstreams_lead_line_between_rules_in_a_text_report(tmp_path: Path) -> None:
    """'WORKSTREAM 1: ...' and 'Workstream lead: ...' between two rules, over labelled
    milestones: the lead line is said of the workstream (it was read as a part under it)."""
    rule = "-" * 60
    blocks = []
    for n in (1, 2):
        blocks += [rule, f"WORKSTREAM {n}: CUSTOMER {n}", f"Workstream lead: Head of Service {n}",
                   rule, ""]  # fmt: skip
        for m in (1, 2):
            blocks += [f"{n}.{m}  Launch service {n}.{m}", f"     Owner: Manager {n}",
                       "     Due: 30/11/2025", "     Status: Green", ""]  # fmt: skip
    path = tmp_path / "report.txt"
    path.write_text(
        "Council – Transformation Highlight Report\n\n" + "\n".join(blocks), encoding="utf-8"
    )
    plan = import_table(path)
    assert [(t.title, [r.text for r in t.recommendations]) for t in plan.themes] == [
        ("WORKSTREAM 1: CUSTOMER 1", [""]),
        ("WORKSTREAM 2: CUSTOMER 2", [""]),
    ]


def test_a_summary_sheets_caption_after_a_colon_is_not_the_registers_name() -> None:
    """'... Register Q3 2024/25: summary of risk scores' on the first sheet captions the
    summary; the register's sheet names it."""
    assert not names_more_fully(
        "Bury Council – Corporate Risk Register Q3 2024/25: summary of risk scores",
        "Bury Council – Corporate Risk Register Quarter 3 2024/25",
    )


def test_a_key_table_naming_each_colours_status_words(tmp_path: Path) -> None:
    """A key table 'Colour | Delivery status | Definition': 'Not yet delivered – within
    timescale' is amber, as its row says (every such status was read as complete, for the
    word 'delivered')."""
    from docx import Document

    document = Document()
    document.add_heading("Maternity and Neonatal Improvement Plan", 0)
    key = document.add_table(rows=4, cols=3)
    for i, row in enumerate(
        [
            ("Colour", "Delivery status", "Definition"),
            ("Blue", "Evidenced and assured", "Action delivered and evidenced."),
            ("Green", "Delivered, not yet evidenced", "Action delivered; evidence awaited."),
            ("Amber", "Not yet delivered – within timescale", "In progress."),
        ]
    ):
        for j, value in enumerate(row):
            key.cell(i, j).text = value
    document.add_heading("Theme 1: Listening to women", 1)
    table = document.add_table(rows=4, cols=4)
    for i, cells in enumerate(
        [
            ("Ref", "Action", "Lead", "Delivery status"),
            ("1.1", "Co-produce the plan.", "Director of Midwifery", "Evidenced and assured"),
            ("1.2", "Book interpreters.", "Head of Midwifery", "Delivered, not yet evidenced"),
            (
                "1.3",
                "Introduce a pathway.",
                "Consultant Midwife",
                "Not yet delivered – within timescale",
            ),
        ]
    ):
        for j, value in enumerate(cells):
            table.cell(i, j).text = value
    path = tmp_path / "maternity.docx"
    document.save(str(path))
    assert [a.status for a in import_table(path).actions()] == [
        Status.BLUE,
        Status.GREEN,
        Status.AMBER,
    ]


def test_a_recommendations_rec_label_and_its_words_over_its_actions(tmp_path: Path) -> None:
    """'Rec 1' | 'By 1 October 2023, chief fire officers should ...' merged across: the
    recommendation its actions answer (the rows were read as actions numbered 'Rec 1')."""
    from openpyxl import Workbook
    from openpyxl.styles import PatternFill

    book: Any = Workbook()
    sheet = book.active
    sheet.append(["HMICFRS Values and Culture – Recommendations Tracker"])
    sheet.append(["Ref", "Recommendation / action", "Action owner", "Target", "Status"])
    sheet.append(["Raising concerns"])
    sheet.merge_cells("A3:E3")
    sheet["A3"].fill = PatternFill("solid", fgColor="1F3864")  # the theme's band, in colour
    for n in (1, 3):
        sheet.append([f"Rec {n}", f"By 1 October 2023, chief fire officers should do {n}."])
        sheet.merge_cells(
            start_row=sheet.max_row, start_column=2, end_row=sheet.max_row, end_column=5
        )
        sheet.append([f"{n}.1", f"Procure service {n}.", "Head of People", "Oct-23", "Complete"])
    path = tmp_path / "tracker.xlsx"
    book.save(path)
    plan = import_table(path)
    assert [a.ref for a in plan.actions()] == ["1.1", "3.1"]
    assert [r.text for r in plan.themes[0].recommendations] == [
        "By 1 October 2023, chief fire officers should do 1.",
        "By 1 October 2023, chief fire officers should do 3.",
    ]


def test_a_section_naming_the_kind_over_named_priorities_and_their_words(tmp_path: Path) -> None:
    """'Section A: Areas for priority action' over 'Priority 1: ...' and the inspectors'
    words: the section names the kind of the parts under it; each action reads under its
    priority and the words (the section took the place of the words)."""
    from docx import Document

    document = Document()
    document.add_heading("SEND Priority Action Plan", 0)
    for section, label in (
        ("Section A: Areas for priority action", "Priority"),
        ("Section B: Areas for improvement", "Area for improvement"),
    ):
        document.add_heading(section, 1)
        for n in (1, 2):
            document.add_heading(f"{label} {n}: Timeliness {n}", 2)
            document.add_paragraph().add_run(f"Leaders should improve {label} {n}.").italic = True
            table = document.add_table(rows=2, cols=4)
            for j, title in enumerate(["Ref", "Action", "Lead", "Timescale"]):
                table.cell(0, j).text = title
            for j, value in enumerate([f"{label[0]}{n}.1", f"Do {n}.", "Head of SEND", "Mar-25"]):
                table.cell(1, j).text = value
    path = tmp_path / "send.docx"
    document.save(str(path))
    plan = import_table(path)
    under = [(t.title, r.text) for t in plan.themes for r in t.recommendations]
    assert under[0] == ("Priority 1: Timeliness 1", "Leaders should improve Priority 1.")
    assert under[-1] == (
        "Area for improvement 2: Timeliness 2",
        "Leaders should improve Area for improvement 2.",
    )


@pytest.mark.parametrize(
    ("cell", "officers"),
    [
        (
            "Head of Housing Needs (LBB) & Clarion Housing Group",
            ("Head of Housing Needs (LBB)", "Clarion Housing Group"),
        ),
        (
            "Newcastle Parent Carer Forum and CNTW Neurodevelopmental Service Manager",
            ("Newcastle Parent Carer Forum", "CNTW Neurodevelopmental Service Manager"),
        ),
        ("Head of Housing & Communities", ("Head of Housing & Communities",)),  # one post
    ],
)
def test_a_post_with_its_body_or_a_forum_beside_another_lead(
    cell: str, officers: tuple[str, ...]
) -> None:
    assert split_people(cell).officers == officers


def test_a_log_sheet_beside_its_closed_actions_sheet_has_no_parts(tmp_path: Path) -> None:
    """'Action log' and 'Closed actions' sheets: one log kept on two sheets by where its
    actions stand (the log's title was read as a part over its open actions)."""
    from openpyxl import Workbook

    book: Any = Workbook()
    log = book.active
    log.title = "Action log"
    log.append(["NHS North East ICB – Board Action Log"])
    log.append(["Board meetings held in public: actions arising. Updated 20 November 2025."])
    log.append(["Action no.", "Action", "Action owner", "Due date", "RAG"])
    log.append(["B/031", "Bring the winter plan.", "Chief Operating Officer", "Nov-25", "Green"])
    closed = book.create_sheet("Closed actions")
    closed.append(["Actions closed at the Board meeting on 25 September 2025"])
    closed.append(["Action no.", "Action", "Action owner", "Due date", "RAG"])
    closed.append(["B/021", "Share the timetable.", "Chief Digital Officer", "Jul-25", "Blue"])
    path = tmp_path / "log.xlsx"
    book.save(path)
    plan = import_table(path)
    assert plan.title == "NHS North East ICB – Board Action Log"
    assert [(t.title, [r.text for r in t.recommendations]) for t in plan.themes] == [("", [""])]


def test_a_sheets_line_naming_the_covers_plan_and_what_it_holds() -> None:
    """'Maternity and Neonatal Improvement Plan – delivery tracker' on the sheet, under a
    cover naming 'Maternity and Neonatal Improvement Plan 2023–2026': the cover names it."""
    assert names_more_fully(
        "Maternity and Neonatal Improvement Plan 2023–2026",
        "Maternity and Neonatal Improvement Plan – delivery tracker",
    )
