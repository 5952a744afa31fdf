"""Issue 18, what the sixty-ninth to seventy-second blind sets showed (heldout69, 11 of 14
right on first sight, 3 read wrongly; heldout70, 11 of 14 right, 1 refused, 2 read wrongly;
heldout71, 12 of 14 right, 1 refused, 1 wrongly; heldout72, 12 of 14 right, 2 wrongly)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ofsted_plan.errors import PlanError
from ofsted_plan.importing.ends import read_end
from ofsted_plan.importing.header import VOCABULARY, column_of
from ofsted_plan.importing.importer import import_table
from ofsted_plan.importing.people import split_people


@pytest.mark.parametrize(
    ("title", "field"),
    [
        ("Progress in 2024", "comments"),  # an air quality plan's progress, read as the action
        ("Quality indicator", "theme"),  # the Care Inspectorate's '5.2 Assessing ...'
        ("Action RAG", "status"),  # a risk register: each action's RAG beside the risk's score
        ("Further action required", "action"),
        ("Executive owner", "dlt"),
    ],
)
def test_column_titles(title: str, field: str) -> None:
    found = column_of(VOCABULARY, title)
    assert found is not None and found.field == field


def test_an_air_quality_plans_measures_are_its_actions(tmp_path: Path) -> None:
    """'No. | Measure | Lead | Planned completion | Progress in 2024 | Status' and no action
    column: each measure is what is tracked, read as the action (the progress was)."""
    path = tmp_path / "aqap.csv"
    path.write_text(
        "No.,Measure,Lead,Planned completion,Progress in 2024,Status\n"
        "1.1,Review signal timings,HCC Highways,Mar-24,SCOOT upgraded,Complete\n"
        "1.2,Deliver anti-idling campaign,Environmental Health,Sep-24,Signs installed,"
        "On track\n",
        encoding="utf-8",
    )
    actions = list(import_table(path).actions())
    assert [a.action for a in actions] == [
        "Review signal timings",
        "Deliver anti-idling campaign",
    ]
    assert actions[0].comments == "SCOOT upgraded"


def test_a_key_goes_on_to_its_blank_line(tmp_path: Path) -> None:
    """Under 'Status key:', one status word a row in its colour: 'Not progressing' (a word
    the key alone defines) and 'Not started' are the key's too, not actions (two were read
    as actions)."""
    from openpyxl import Workbook
    from openpyxl.styles import PatternFill

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["No.", "Measure", "Lead", "Planned completion", "Status"])
    sheet.append(["1.1", "Review timings", "Highways Manager", "Mar-24", "Complete"])
    sheet.append(["1.2", "Run a campaign", "Environmental Health Manager", "Sep-24", "On track"])
    sheet.append([])
    sheet.append(["Status key:"])
    for word, rgb in (("Complete", "FF0070C0"), ("On track", "FF00B050"),
                      ("Some slippage", "FFFFC000"), ("Not progressing", "FFFF0000"),
                      ("Not started", None)):  # fmt: skip
        sheet.append([None, word])
        if rgb:
            sheet.cell(sheet.max_row, 2).fill = PatternFill("solid", fgColor=rgb)
    path = tmp_path / "aqap.xlsx"
    book.save(path)
    assert [a.ref for a in import_table(path).actions()] == ["1.1", "1.2"]


@pytest.mark.parametrize(
    ("cell", "officers"),
    [
        ("OPCC Head of Commissioning & Supt Neighbourhood Policing",
         ("OPCC Head of Commissioning", "Supt Neighbourhood Policing")),
        ("Strategic Planning & Performance Manager",
         ("Strategic Planning & Performance Manager",)),
        ("DHT (Pastoral) & Attendance Officer", ("DHT (Pastoral)", "Attendance Officer")),
        ("Finance & Performance Manager", ("Finance & Performance Manager",)),
    ],
)  # fmt: skip
def test_leads(cell: str, officers: tuple[str, ...]) -> None:
    assert split_people(cell).officers == officers


def test_a_bodys_name_listing_places() -> None:
    """In a column of organisations, 'Tees, Esk and Wear Valleys NHS Foundation Trust' is one
    body (it was split at its comma); 'Public Health, Amparo' two."""
    one = "Tees, Esk and Wear Valleys NHS Foundation Trust"
    assert split_people(one, bodies=True).officers == (one,)
    assert split_people("Public Health, Amparo", bodies=True).officers == (
        "Public Health",
        "Amparo",
    )


def test_a_risk_registers_action_rag_and_its_key(tmp_path: Path) -> None:
    """A risk register: 'Further action required' the action, 'Action RAG' the status (it was
    refused for a coloured score column), and 'Action RAG key' over 'Blue | Action complete'
    rows a key, not actions."""
    from openpyxl import Workbook
    from openpyxl.styles import PatternFill

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Risk", "Current score", "Action ref", "Further action required",
                  "Action lead", "Due date", "Action RAG"])  # fmt: skip
    sheet.append(["CRR01 – Crowding", "20", "01.1", "Extend the unit", "Deputy COO",
                  "Sep-24", ""])  # fmt: skip
    sheet.append(["", "", "01.2", "Agree escalation triggers", "Director of Operations",
                  "Oct-24", ""])  # fmt: skip
    sheet.append(["CRR02 – Vacancies", "16", "02.1", "Recruit nurses", "Deputy Chief Nurse",
                  "Feb-25", ""])  # fmt: skip
    sheet.append([])
    sheet.append(["Action RAG key"])
    colours = {"Blue": "FF0070C0", "Green": "FF00B050", "Amber": "FFFFC000", "Red": "FFFF0000"}
    for word, rgb in colours.items():
        sheet.append([word, f"{word} meaning"])
        sheet.cell(sheet.max_row, 1).fill = PatternFill("solid", fgColor=rgb)
    for row, rgb in ((2, "FFFFC000"), (3, "FF00B050"), (4, "FF0070C0")):
        sheet.cell(row, 7).fill = PatternFill("solid", fgColor=rgb)
        sheet.cell(row, 2).fill = PatternFill("solid", fgColor="FFFF0000")
    path = tmp_path / "crr.xlsx"
    book.save(path)
    actions = list(import_table(path).actions())
    assert [a.ref for a in actions] == ["01.1", "01.2", "02.1"]
    assert [a.status.value for a in actions] == ["amber", "green", "blue"]


def test_a_boards_minute_refs(tmp_path: Path) -> None:
    """heldout72: a board's outstanding actions with no column named the ref, its 'Minute Ref'
    of '165/19', '171/19' (each different, in order) is the ref (the tool made its own); a
    column of dates like '4/7/19' is no ref."""
    path = tmp_path / "log.csv"
    path.write_text(
        "Minute Ref,Meeting Date,Action,Lead,Due Date,RAG Status\n"
        "165/19,04/07/2019,Break down the survey,Director of HR,05/09/2019,Blue\n"
        "171/19,04/07/2019,Circulate a note,Medical Director,07/11/2019,Green\n"
        "230/19,07/11/2019,Report falls by ward,Director of Nursing,09/01/2020,Amber\n",
        encoding="utf-8",
    )
    assert [a.ref for a in import_table(path).actions()] == ["165/19", "171/19", "230/19"]
    dated = tmp_path / "dated.csv"
    dated.write_text(
        "Raised,Action,Lead,Due Date,RAG Status\n"
        "4/7/19,Break down the survey,Director of HR,05/09/2019,Blue\n"
        "5/7/19,Circulate a note,Medical Director,07/11/2019,Green\n"
        "6/7/19,Report falls by ward,Director of Nursing,09/01/2020,Amber\n",
        encoding="utf-8",
    )
    assert all(a.ref_generated for a in import_table(dated).actions())


def test_a_date_to_be_completed_beside_the_date_completed() -> None:
    """heldout71: a fostering agency's 'Date to be completed' is the end (refused before as
    two columns of months nobody named); 'Date completed' the day it was done."""
    found = column_of(VOCABULARY, "Date to be completed")
    assert found is not None and found.field == "end"


@pytest.mark.parametrize(
    ("cell", "officers"),
    [
        ("Health & Safety Advisor", ("Health & Safety Advisor",)),  # heldout71
        ("NWSB Policy and Procedures Sub Group", ("NWSB Policy and Procedures Sub Group",)),
        ("Health & Safeguarding Lead", ("Health", "Safeguarding Lead")),
    ],
)
def test_leads_of_the_seventy_first_set(cell: str, officers: tuple[str, ...]) -> None:
    assert split_people(cell).officers == officers


@pytest.mark.parametrize(
    ("cell", "month"),
    [
        ("Revised to March 2025", "2025-03"),  # heldout73: refused as a month among words
        ("Extended to June 2025", "2025-06"),
        ("May 2025 (revised – was Feb 2025)", "2025-05"),  # heldout74: refused as mistyped
    ],
)
def test_a_month_moved_to(cell: str, month: str) -> None:
    found = read_end(cell).month
    assert found is not None and str(found) == month


def test_a_labelled_fact_is_no_title(tmp_path: Path) -> None:
    """heldout74: 'ICIBI Recommendations Tracker – Home Office' over 'Inspection: A
    reinspection of ...' and 'Report published: ...': the first line is the title (the
    inspection's line was taken)."""
    path = tmp_path / "tracker.txt"
    path.write_text(
        "ICIBI Recommendations Tracker – Home Office\n"
        "Inspection: A reinspection of family reunion applications (September – October 2022)\n"
        "Report published: 22 February 2023\n\n"
        "Recommendation\tAction Ref\tAction\tAction Owner\tTarget Date\tRAG\n"
        "Clear the backlog\t1.1\tRecruit caseworkers\tDirector\tMar-23\tGreen\n"
        "Clear the backlog\t1.2\tTrack the queue\tDirector\tJun-23\tAmber\n",
        encoding="utf-8",
    )
    assert import_table(path).title == "ICIBI Recommendations Tracker – Home Office"


def test_a_lettered_area_for_improvement_over_its_words(tmp_path: Path) -> None:
    """heldout74: 'Area for improvement P1' as a heading, the inspectors' point under it: the
    point names the part (the bare label did)."""
    from docx import Document

    from .helpers import add_table

    document = Document()
    document.add_heading("ITE Improvement Plan", 0)
    document.add_heading("Primary phase", 1)
    for number in (1, 2):
        document.add_heading(f"Area for improvement P{number}", 2)
        document.add_paragraph(f"Leaders should ensure point {number} is reinforced.")
        row = (f"P{number}.1", f"Act on point {number}", "Phase Lead", "Jul-24", "G")
        add_table(document, [("Ref", "Action", "Lead", "Deadline", "RAG"), row])
    path = tmp_path / "ite.docx"
    document.save(str(path))
    plan = import_table(path)
    named = [t.title for t in plan.themes] + [r.text for r in plan.recommendations()]
    assert "Leaders should ensure point 1 is reinforced." in named
    assert not any(text.startswith("Area for improvement") for text in named)


@pytest.mark.parametrize(
    ("title", "field"),
    [
        ("Date updated", "extra"),  # heldout75: read as a revised end, every end wrong
        ("Last updated", "extra"),
        ("Updated deadline", "end"),
        ("Timeframe", "end"),  # heldout76: an Athena Swan plan's, its mistyped month unseen
        ("Actions and outputs", "action"),
        ("SCIE consideration for the diocese", "recommendation"),  # SCIE's audit questions
    ],
)
def test_titles_of_the_seventy_fifth_set(title: str, field: str) -> None:
    found = column_of(VOCABULARY, title)
    assert found is not None and found.field == field


def test_an_action_status_key_under_a_risk_register(tmp_path: Path) -> None:
    """'Action status key:' over 'G | On track' rows: a key (its rows were read as actions
    under a theme 'Action status key:')."""
    path = tmp_path / "register.csv"
    path.write_text(
        "Risk,Further Actions Required,Action Owner,Target Date,Action Status\n"
        "CR1 – Finance,Deliver savings,Chief Finance Officer,Mar-26,G\n"
        ",Review reserves,Chief Finance Officer,Dec-25,A\n"
        ",,,,\n"
        "Action status key:,,,,\n"
        "G,On track,,,\n"
        "A,Some slippage,,,\n"
        "R,Significantly behind,,,\n",
        encoding="utf-8",
    )
    plan = import_table(path)
    assert len(list(plan.actions())) == 2
    assert [t.title for t in plan.themes] == ["CR1 – Finance"]


@pytest.mark.parametrize(
    ("cell", "officers"),
    [
        ("Independent Chair DSAP / DSA", ("Independent Chair DSAP", "DSA")),  # heldout76
        ("DSA & Archdeacon of Cornwall", ("DSA", "Archdeacon of Cornwall")),
        ("Head of SEND/AP", ("Head of SEND/AP",)),
        ("HoS CIN/CP", ("HoS CIN/CP",)),
    ],
)
def test_leads_of_the_seventy_fifth_set(cell: str, officers: tuple[str, ...]) -> None:
    assert split_people(cell).officers == officers


def test_an_unnamed_column_of_months_and_end_words_is_the_end(tmp_path: Path) -> None:
    """No column named the end, one ('When we expect it') of months, a period and the words
    an end column holds ('Termly', 'Annually (Nov)'): read as the end, so that a mistyped month
    in it is refused at its line (heldout76's 'Novmber 2024' went unseen under a title the
    vocabulary did not hold)."""
    path = tmp_path / "plan.csv"
    path.write_text(
        "Ref,Action,Person responsible,When we expect it,RAG\n"
        "1.1,Review adverts,HR Partner,Jan 2023 – Sept 2023,G\n"
        "1.2,Train panels,Dean,Oct 2023,A\n"
        "1.3,Run a workshop,Associate Dean,Annually (Nov),G\n"
        "2.1,Introduce a fund,Dean,Novmber 2024,A\n"
        "2.2,Schedule meetings,College Manager,June 2023,B\n"
        "2.3,Report to the panel,Dean,Termly,G\n",
        encoding="utf-8",
    )
    with pytest.raises(PlanError) as error:
        import_table(path)
    assert error.value.line == 5 and "Novmber 2024" in str(error.value)
