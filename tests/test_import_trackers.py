"""Issue 18, what the thirty-third and thirty-fourth blind sets showed (heldout33: 12 of 14
right on first sight, 1 refused, 1 refused at another line; heldout34: 11 of 14, 2 read
wrongly, 1 refused at another line): trackers of recommendations with no action column,
ratings at each quarter, a priority rating beside the status, a theme that comes again, and
leads that are a post with its area or councils by their letters."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from openpyxl.styles import PatternFill

from ofsted_plan.errors import PlanError
from ofsted_plan.importing.importer import import_table
from ofsted_plan.importing.people import split_people
from ofsted_plan.model import Status

from .helpers import run
from .test_import_records import read


def test_a_scrutiny_tracker_tracks_its_recommendations(tmp_path: Path) -> None:
    """'Reference | Area | Recommendation | Lead Officer/EM | Target date | Action taken |
    Status' and no action column: each recommendation is what is tracked (the action), 'Action
    taken' its progress; a title line holding a comma inside quotes does not make the file
    read as split at semicolons."""
    path = tmp_path / "tracker.csv"
    path.write_text(
        "City of York Council – Scrutiny Recommendation Tracker,,,,,,\n"
        '"Report to Corporate Scrutiny Committee, 8 September 2025",,,,,,\n'
        "Reference,Area,Recommendation,Lead Officer/EM,Target date,Action taken,Status\n"
        "SR 01,Finance,That the Executive publish a savings tracker.,DM/KL,31/03/25,"
        "Tracker appended; reviewed.,Green\n"
        "SR 02,Customer,That take-up of Council Tax Support be promoted.,PL,30/09/25,"
        "Web pages live; campaign planned.,Amber\n",
        encoding="utf-8",
    )
    result = run("import", str(path), "-o", str(tmp_path / "plan.yaml"))
    assert result.exit_code == 0, result.stderr
    assert "the recommendation is what is tracked, read as the action" in result.stderr
    plan = read(path)
    assert [(i.theme.title, i.action.action, i.action.lead, i.action.comments)
            for i in plan.items()] == [
        ("Finance", "That the Executive publish a savings tracker.", ("DM", "KL"),
         "Tracker appended; reviewed."),
        ("Customer", "That take-up of Council Tax Support be promoted.", ("PL",),
         "Web pages live; campaign planned."),
    ]  # fmt: skip


def test_a_tracker_whose_sentences_are_in_an_unnamed_column_is_not_read_by_its_findings(
    tmp_path: Path,
) -> None:
    """The recommendation is the action only where no unnamed column holds the actions'
    sentences: here 'We will' does, and it is read as the action (as before)."""
    path = tmp_path / "plan.csv"
    path.write_text(
        "Recommendation,We will,Lead officer,Due,RAG\n"
        "Improve supervision,Audit the supervision records of every team each quarter,RG,"
        "Mar-26,Green\n"
        "Improve plans,Train every social worker in writing plans with families,JF,Jun-26,"
        "Amber\n",
        encoding="utf-8",
    )
    assert [(i.recommendation.text, i.action.action[:20]) for i in read(path).items()] == [
        ("Improve supervision", "Audit the supervisio"),
        ("Improve plans", "Train every social w"),
    ]


def test_a_theme_that_comes_again_is_gathered_and_said(tmp_path: Path) -> None:
    path = tmp_path / "plan.csv"
    path.write_text(
        "Ref,Area,Action,Lead,Due,RAG\n"
        "1,Finance,Publish a tracker,DM,Mar-25,Green\n"
        "2,Housing,Review voids,PL,Jun-25,Amber\n"
        "3,Finance,Review fees,KL,Sep-25,Red\n",
        encoding="utf-8",
    )
    result = run("import", str(path), "-o", str(tmp_path / "plan.yaml"))
    assert result.exit_code == 0, result.stderr
    assert [
        (t.title, [a.ref for r in t.recommendations for a in r.actions]) for t in read(path).themes
    ] == [
        ("Finance", ["1", "3"]),
        ("Housing", ["2"]),
    ]
    assert "Themes that come again after others" in result.stderr
    assert "'Finance' at line 4 (first at 2)" in result.stderr


def test_a_priority_rating_beside_the_status_is_kept_as_a_priority(tmp_path: Path) -> None:
    """'Rating' of High/Medium/Low and 'Status' both name the RAG by their titles: the
    rating is a priority (kept, reported), the status the RAG. (Refused before.)"""
    path = tmp_path / "audit.csv"
    path.write_text(
        "Rec No.,Recommendation,Rating,Management action agreed,Responsible owner,"
        "Target date,Status\n"
        "BC1,Refresh impact analyses,Medium,Refresh the BIAs,Emergency Planning Officer,"
        "Dec-25,Amber\n"
        "BC2,Test the plans,High,Run an exercise,Emergency Planning Officer,Jun-25,Complete\n",
        encoding="utf-8",
    )
    result = run("import", str(path), "-o", str(tmp_path / "plan.yaml"))
    assert result.exit_code == 0, result.stderr
    assert "'Rating' holds only high, medium: read as a priority" in result.stderr
    plan = read(path)
    assert [(a.status, a.extra["Rating"]) for a in plan.actions()] == [
        (Status.AMBER, "Medium"),
        (Status.BLUE, "High"),
    ]


def test_a_rag_at_each_quarter_is_read_at_the_latest(tmp_path: Path) -> None:
    """'Q1 RAG' and 'Q2 RAG', each a colour only: the status is Q2's (reported); Q1 kept."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Ref", "What we will do", "Lead agency", "Timescale", "Q1 RAG", "Q2 RAG"])
    fills = {"green": "00B050", "amber": "FFC000", "red": "FF0000", "blue": "5B9BD5"}
    for number, (q1, q2) in enumerate((("green", "amber"), ("amber", "red"), ("green", "blue"))):
        sheet.append([f"1.{number + 1}", f"Action {number + 1}", "CSP Manager", "Mar-26"])
        for column, colour in ((5, q1), (6, q2)):
            cell = sheet.cell(row=number + 2, column=column)
            cell.fill = PatternFill("solid", fgColor=fills[colour])
    path = tmp_path / "plan.xlsx"
    book.save(path)
    result = run("import", str(path), "-o", str(tmp_path / "plan.yaml"))
    assert result.exit_code == 0, result.stderr
    assert "'Q1 RAG' to 'Q2 RAG' rate each action at each period" in result.stderr
    assert [a.status for a in read(path).actions()] == [Status.AMBER, Status.RED, Status.BLUE]


def test_leads_a_post_with_its_area_and_councils_by_their_letters() -> None:
    assert split_people("Executive Director, Property & Housing").officers == (
        "Executive Director, Property & Housing",
    )
    assert split_people("WDC Licensing / Wakefield BID").officers == (
        "WDC Licensing",
        "Wakefield BID",
    )
    assert split_people("DCC / HoS").officers == ("DCC", "HoS")  # a rank, not a council


def test_a_ref_merged_beside_two_actions_numbers_what_they_answer(tmp_path: Path) -> None:
    """'R1' merged down beside two actions (as the requirement beside it is): R1.1 and R1.2,
    the council's R1 kept as 'Ref as written', and said."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["No.", "Requirement", "Action", "Responsible", "Due date", "RAG"])
    sheet.append(["R1", "Reviews must be on time", "Set up a tracker", "FTM", "Jan-21", "Complete"])
    sheet.append([None, None, "Update the template", "IRO SM", "Feb-21", "Green"])
    sheet.append(["R2", "Records must be kept", "Issue guidance", "SSW", "Dec-20", "Amber"])
    sheet.merge_cells("A2:A3")
    sheet.merge_cells("B2:B3")
    path = tmp_path / "plan.xlsx"
    book.save(path)
    report: list[str] = []
    plan = import_table(path, report=report)
    assert [(a.ref, a.extra.get("Ref as written")) for a in plan.actions()] == [
        ("R1.1", "R1"),
        ("R1.2", "R1"),
        ("R2", None),
    ]
    assert any(line.startswith("Refs merged down beside several actions") for line in report)


def test_an_audit_column_written_where_the_refs_start_again_is_the_theme(
    tmp_path: Path,
) -> None:
    """'Engagement' (the audit), written on each audit's first row only, where the refs start
    again at 1: the heading they are numbered under, read as the theme (said), though its
    title names no part."""
    path = tmp_path / "tracker.csv"
    path.write_text(
        "Engagement,Assurance,Rec No.,Finding / Recommendation,Agreed Management Action,"
        "Responsible Officer,Target Date,RAG\n"
        "Creditors (2022/23),Limited,1,Bank changes unchecked,Call-back checks,AP Manager,"
        "Sep-23,Green\n"
        ",,2,Orders raised late,No PO no pay,Head of Finance,Mar-24,Amber\n"
        "Payroll (2023/24),Reasonable,1,Starters paid early,Amend the process,Payroll Manager,"
        "Dec-23,Green\n"
        ",,2,Overtime unapproved,Remind managers,Payroll Manager,Mar-24,Red\n"
        "DFG (2023/24),Limited,1,Approvals over limit,Update delegation,Head of Housing,"
        "May-24,Amber\n",
        encoding="utf-8",
    )
    report: list[str] = []
    plan = import_table(path, report=report)
    assert [(t.title, len(t.recommendations)) for t in plan.themes] == [
        ("Creditors (2022/23)", 2),
        ("Payroll (2023/24)", 2),
        ("DFG (2023/24)", 1),
    ]
    assert any("'Engagement' groups the rows" in line for line in report)


def test_a_management_response_beside_the_planned_action(tmp_path: Path) -> None:
    """'Management response' ('Accepted.') beside 'Planned action': the planned action is
    the action, the response kept ('planned' says nothing of an earlier action)."""
    path = tmp_path / "response.csv"
    path.write_text(
        "Ref,Recommendation,Management response,Planned action,Completion date,"
        "Responsible officer,Progress (RAG)\n"
        "R1,Resource the strategy,Accepted.,Produce a costed plan,Dec-23,Head of Finance,Green\n"
        "R2,Involve residents,Accepted.,Set up a citizens' panel,Mar-24,Engagement Manager,"
        "Amber\n",
        encoding="utf-8",
    )
    plan = import_table(path)
    assert [(a.action, a.extra["Management response"]) for a in plan.actions()] == [
        ("Produce a costed plan", "Accepted."),
        ("Set up a citizens' panel", "Accepted."),
    ]


def test_a_key_giving_meanings_before_colours_is_a_key_not_a_theme(tmp_path: Path) -> None:
    """'up to 25% complete = Red; 26% to 75% complete = Amber; ...' under the table, and the
    rule under it: the key and a note, not two themes with no actions; the percentages it
    bands are refused at their line (the bands are the council's to state)."""
    path = tmp_path / "tracker.csv"
    path.write_text(
        "Audit,Rec No.,Recommendation,Agreed action,Responsible officer,Due,% Complete\n"
        "Payroll,P1,Leavers late,Leavers report,Payroll Manager,Mar-25,80%\n"
        "Creditors,C1,Bank changes,Call-back checks,AP Manager,May-25,40%\n"
        ",,,,,,\n"
        "RAG rating: up to 25% complete = Red; 26% to 75% complete = Amber; over 75% "
        "complete = Green.,,,,,,\n"
        "Any recommendation less than 50% complete past its date is also rated Red.,,,,,,\n",
        encoding="utf-8",
    )
    with pytest.raises(PlanError) as refused:
        import_table(path)
    assert refused.value.line == 2
    assert "the plan's key rates percentages by bands" in str(refused.value)
