"""Issue 18, what the thirty-ninth and fortieth blind sets showed (heldout39: 10 of 14 right on
first sight, 3 read wrongly, 1 refused at another line; heldout40: 12 of 14, 2 wrongly): a
trust's post by its letters, a glossary of leads, a caption repeated under each heading, a
column naming a theme and a quality statement, a text plan's title line, an audit's ref
beside the action's."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from openpyxl import Workbook

from ofsted_plan.importing.importer import import_table
from ofsted_plan.importing.people import split_people

from .helpers import add_table


def test_a_post_and_a_trust_post_by_its_letters_are_two() -> None:
    assert split_people("Head of Nursing ED & CCIO").officers == ("Head of Nursing ED", "CCIO")
    assert split_people("AD Safeguarding & QA").officers == ("AD Safeguarding & QA",)


def test_a_glossary_of_leads_under_the_table_is_no_part_of_the_plan(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Ref", "Action", "Lead", "Due", "RAG"])
    sheet.append(["1.1", "Audit the plans", "KM", "Mar-25", "Green"])
    sheet.append(["1.2", "Train the managers", "RH", "Jun-25", "Amber"])
    sheet.append([])
    sheet.append(["Leads"])
    sheet.append(["KM – Karen Moss, Head of Service, Safeguarding"])
    sheet.append(["RH – Rachel Hughes, Principal Social Worker"])
    path = tmp_path / "plan.xlsx"
    book.save(path)
    plan = import_table(path)
    assert [a.ref for a in plan.actions()] == ["1.1", "1.2"]
    assert [t.title for t in plan.themes] == [""]
    assert "KM – Karen Moss, Head of Service, Safeguarding" in plan.notes


def test_a_caption_under_each_heading_names_no_part(tmp_path: Path) -> None:
    """'Key milestones' under every workstream's heading, over its table: the table's caption."""
    document = Document()
    document.add_heading("Improvement Board: Highlight Report", 0)
    for number, name in ((1, "Front Door"), (2, "Quality of Practice")):
        document.add_heading(f"Workstream {number}: {name}", 1)
        document.add_paragraph("Key milestones")
        add_table(
            document,
            [("Milestone", "Owner", "Due", "Status"), (f"Milestone {number}", "DS", "Mar-18",
                                                     "Green")],
        )  # fmt: skip
    path = tmp_path / "report.docx"
    document.save(str(path))
    assert [
        [t for t in (i.theme.title, i.recommendation.text) if t] for i in import_table(path).items()
    ] == [["Workstream 1: Front Door"], ["Workstream 2: Quality of Practice"]]


def test_a_column_naming_a_theme_and_a_quality_statement_is_the_theme(tmp_path: Path) -> None:
    path = tmp_path / "plan.csv"
    path.write_text(
        "Ref,CQC theme / quality statement,Area for improvement,Action,Lead,Due date,RAG\n"
        "1.1,Working with people – Assessing needs,People wait too long,Open one list,VB,"
        "Nov-25,On track\n"
        "1.2,,People wait too long,Cut the backlog,HJ,Jan-26,At risk\n"
        "2.1,Working with people – Supporting people,Reablement is slow,Extend HART,TM,Dec-25,"
        "On track\n",
        encoding="utf-8",
    )
    assert [(i.theme.title, i.recommendation.text) for i in import_table(path).items()] == [
        ("Working with people – Assessing needs", "People wait too long"),
        ("Working with people – Assessing needs", "People wait too long"),
        ("Working with people – Supporting people", "Reablement is slow"),
    ]


def test_a_text_plans_long_title_line_stands_alone(tmp_path: Path) -> None:
    """A first line naming the plan, over a line about the report: the title, not one
    paragraph hard-wrapped."""
    record = "  {ref}  {action}\n       Owner:   {owner}\n       Due:     {due}\n" \
        "       Status:  {status}\n\n"  # fmt: skip
    path = tmp_path / "afi.txt"
    path.write_text(
        "Merseyside Fire and Rescue Service – HMICFRS Areas for Improvement Action Plan "
        "(Inspection 2023–25)\n"
        "Appendix A to the Audit Committee report, 13 November 2025 – progress at 31 October\n\n"
        + record.format(ref="1.1", action="Deliver workshops.", owner="GM OD", due="Mar-25",
                        status="Complete")
        + record.format(ref="1.2", action="Add values to appraisals.", owner="Director of People",
                        due="Mar-26", status="Green"),
        encoding="utf-8",
    )  # fmt: skip
    assert import_table(path).title == (
        "Merseyside Fire and Rescue Service – HMICFRS Areas for Improvement Action Plan "
        "(Inspection 2023–25)"
    )


def test_an_audits_ref_beside_the_actions_ref(tmp_path: Path) -> None:
    path = tmp_path / "tracker.csv"
    path.write_text(
        "Audit Ref,Action Ref,Audit,Agreed action,Owner,Due,Status\n"
        "IA24-01,A1,Payroll,Monthly leavers report,Payroll Manager,Dec-24,G\n"
        "IA24-01,A2,Payroll,Authorise overtime,HR Manager,Mar-25,A\n"
        "IA24-02,A3,Creditors,Call-back checks,AP Manager,Jun-25,R\n",
        encoding="utf-8",
    )
    plan = import_table(path)
    assert [(a.ref, a.extra["Audit Ref"]) for a in plan.actions()] == [
        ("A1", "IA24-01"),
        ("A2", "IA24-01"),
        ("A3", "IA24-02"),
    ]
