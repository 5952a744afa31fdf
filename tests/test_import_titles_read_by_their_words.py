"""Issue 18, what the twenty-sixth blind set showed (heldout26, 8 of 14 right on first sight):
a lead or theme column named in words the vocabulary does not hold, a key that sets amber's
shades apart, a labelled line under a recommendation, and leads whose '&' or '/' joins within
one post or between two bodies; then the twenty-eighth (heldout28, 11 of 14 on first sight):
an end column named by its word, a key's 'progressing to timescale', a chief officer's
portfolio beside a government division; and the twenty-ninth (heldout29, 9 of 14): a board's
name over its plan's heading, the Home Office's DHR columns, bodies split at '/'."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from openpyxl import Workbook
from openpyxl.styles import PatternFill

from ofsted_plan.importing.people import split_people
from ofsted_plan.model import Month, Status

from .test_import_records import read, rows


def test_a_lead_and_a_theme_column_read_by_what_their_titles_are_about(tmp_path: Path) -> None:
    path = tmp_path / "tracker.csv"
    path.write_text(
        "Ref,PEEL question area,Area for improvement,Action,Responsibility for taking action,"
        "Due date,RAG\n"
        "1.1,Investigating crime,Comply with the Victims' Code,Add a check,DCI Morgan,"
        "30/04/2023,Green\n"
        "2.1,Protecting vulnerable people,Use DVPNs,Train sergeants,Carers Lead,Jun-23,Amber\n",
        encoding="utf-8",
    )
    assert [(r[0], r[1], r[3]) for r in rows(read(path))] == [
        ("Investigating crime", "Comply with the Victims' Code", ("DCI Morgan",)),
        ("Protecting vulnerable people", "Use DVPNs", ("Carers Lead",)),
    ]


def test_a_title_naming_two_kinds_of_lead_is_the_lead_and_no_other_is(tmp_path: Path) -> None:
    path = tmp_path / "log.csv"
    path.write_text(
        "Ref,Management Action Agreed,Responsible Executive Lead / Management Lead,"
        "Modified By,Target date,RAG\n"
        "142,Update the procedure,Director of Finance,Jo Bloggs,Sep-22,Green\n",
        encoding="utf-8",
    )
    assert [a.lead for a in read(path).actions()] == [("Director of Finance",)]


def test_a_key_that_sets_orange_and_yellow_apart(tmp_path: Path) -> None:
    """An NHS audit log's key: red, orange, yellow, green, each a swatch with its meaning
    beside it. Yellow 'on target' is green and green 'complete' is blue; orange 'not on
    target' stays amber; the key's lines are not the title."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Velindre Trust – Internal Audit Actions Log"])
    sheet.append(["Guidance notes – use the fill colour in the Status column:"])
    key = (
        ("FF0000", "Red – Implementation date passed, management action not complete"),
        ("F79646", "Orange – Action not on target for completion by agreed date"),
        ("FFFF00", "Yellow – Action on target to be completed by agreed date"),
        ("00B050", "Green – Action complete (to be removed once verified)"),
    )
    for fill, meaning in key:
        sheet.append([None, meaning])
        sheet.cell(sheet.max_row, 1).fill = PatternFill("solid", fgColor=fill)
    sheet.append([])
    sheet.append(["Ref", "Recommendation", "Management action", "Lead", "Due", "Status"])
    for ref, fill in (("1", "F79646"), ("2", "FFFF00"), ("3", "00B050"), ("4", "FF0000")):
        sheet.append([ref, "Keep records", f"Action {ref}", "Head of IG", "Mar-24", None])
        sheet.cell(sheet.max_row, 6).fill = PatternFill("solid", fgColor=fill)
    path = tmp_path / "log.xlsx"
    book.save(path)
    plan = read(path)
    assert plan.title == "Velindre Trust – Internal Audit Actions Log"
    assert [a.status for a in plan.actions()] == [
        Status.AMBER,
        Status.GREEN,
        Status.BLUE,
        Status.RED,
    ]


def test_a_relevant_agencies_line_under_the_recommendation_is_said_of_it(
    tmp_path: Path,
) -> None:
    document = Document()
    document.add_heading("Safeguarding Adults Review 'Mr K' – Action Plan", level=0)
    for number, agencies in ((1, "all Board partners"), (2, "Police, ICB")):
        table = document.add_table(rows=0, cols=4)
        for cells in (
            [f"Recommendation {number}: The Board should seek assurance"] * 4,
            [f"Relevant agencies: {agencies}"] * 4,
            ["Action", "Lead", "Timescale", "RAG status"],
            [f"Action {number}", "Head of Safeguarding", "Mar-24", "Green"],
        ):
            row = table.add_row().cells
            if len(set(cells)) == 1:
                row[0].merge(row[3]).text = cells[0]
            else:
                for i, text in enumerate(cells):
                    row[i].text = text
    path = tmp_path / "sar.docx"
    document.save(str(path))
    # the one heading over each table's actions (kept as the theme, the plan's one level)
    assert [r[0] for r in rows(read(path))] == [
        "Recommendation 1: The Board should seek assurance",
        "Recommendation 2: The Board should seek assurance",
    ]


def test_leads_joined_within_one_post_or_between_two_bodies() -> None:
    assert split_people("HR & OD Manager").officers == ("HR & OD Manager",)
    assert split_people("Head of Children & Criminal Justice Services").officers == (
        "Head of Children & Criminal Justice Services",
    )
    assert split_people(
        "Staffordshire County Council Adult Social Care / Stoke-on-Trent City Council Adult "
        "Social Care"
    ).officers == (
        "Staffordshire County Council Adult Social Care",
        "Stoke-on-Trent City Council Adult Social Care",
    )
    assert split_people("RG & JF").officers == ("RG", "JF")  # initials still two
    assert split_people("Head of Service & YOT Manager").officers == (
        "Head of Service",
        "YOT Manager",
    )


# ---------------------------------------------------------------- the twenty-eighth blind set


def test_a_timescale_to_meet_the_action_is_the_end(tmp_path: Path) -> None:
    """Healthcare Improvement Scotland's own column names: 'Timescale to meet action' is
    about when the action ends, as 'Responsibility for taking action' is about who leads."""
    path = tmp_path / "plan.csv"
    path.write_text(
        "Action planned,Timescale to meet action,Responsibility for taking action,"
        "Progress / evidence,Status\n"
        "Check the fire doors,End of April 2024,Estates Manager,Done,G\n"
        "Audit the records,Q3 2024/25,Senior Charge Nurse,Started,A\n"
        "Review the staffing,Immediate and ongoing,Director of Nursing,Done,B\n",
        encoding="utf-8",
    )
    assert [(a.end, a.end_text, a.lead) for a in read(path).actions()] == [
        (Month(2024, 4), "End of April 2024", ("Estates Manager",)),
        (Month(2024, 12), "", ("Senior Charge Nurse",)),
        (None, "Immediate and ongoing", ("Director of Nursing",)),
    ]


def test_a_key_calling_on_track_progressing_to_timescale_keeps_it_green() -> None:
    from ofsted_plan.importing.checks import meaning_of

    assert meaning_of("progressing to timescale") is Status.GREEN
    assert meaning_of("progressing well") is Status.GREEN
    assert meaning_of("progressing") is Status.AMBER  # on its way, no more said
    assert meaning_of("some risk to timescale") is Status.AMBER


def test_a_chief_officer_s_portfolio_and_a_government_division() -> None:
    assert split_people("ACC Local Policing / DoJ Community Safety Division").officers == (
        "ACC Local Policing",
        "DoJ Community Safety Division",
    )


# ---------------------------------------------------------------- the twenty-ninth blind set


def test_a_board_s_name_over_its_plan_s_heading_is_the_plan_s_name(tmp_path: Path) -> None:
    document = Document()
    document.add_paragraph("V1 March 2018")
    document.add_heading("Buckinghamshire Safeguarding Adults Board", level=0)
    document.add_heading("Business Plan 2018 - 2020", level=1)
    table = document.add_table(rows=0, cols=4)
    for cells in (["Ref", "Action", "Lead", "RAG"], ["1.1", "Audit the SARs", "NB", "Green"]):
        row = table.add_row().cells
        for i, text in enumerate(cells):
            row[i].text = text
    path = tmp_path / "plan.docx"
    document.save(str(path))
    assert read(path).title == "Buckinghamshire Safeguarding Adults Board Business Plan 2018 - 2020"


def test_a_domestic_homicide_review_plan_in_the_home_office_s_columns(tmp_path: Path) -> None:
    """'Action to take' is the action; 'Partially implemented' is begun, not done (amber)."""
    path = tmp_path / "dhr.csv"
    path.write_text(
        "Recommendation,Scope of recommendation,Action to take,Lead Agency,Target Date,Status\n"
        "1. Review the training offer for all partner agencies,Local,Review the course,"
        "Kent Police / National Probation Service / KSS CRC,31/03/2024,Complete\n"
        "1. Review the training offer for all partner agencies,Local,Add a module,"
        "Head of Legal and Member Services,September 2024,Partially implemented\n",
        encoding="utf-8",
    )
    assert [(a.action, a.lead, a.status) for a in read(path).actions()] == [
        (
            "Review the course",
            ("Kent Police", "National Probation Service", "KSS CRC"),
            Status.BLUE,
        ),
        ("Add a module", ("Head of Legal and Member Services",), Status.AMBER),
    ]
