"""Issue 18, what the thirty-third and thirty-fourth blind sets showed (heldout33: 12 of 14
right on first sight, 1 refused, 1 refused at another line; heldout34: 11 of 14, 2 read
wrongly, 1 refused at another line): trackers of recommendations with no action column,
ratings at each quarter, a priority rating beside the status, a theme that comes again, and
leads that are a post with its area or councils by their letters."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import PatternFill

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
