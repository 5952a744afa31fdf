"""Issue 18, what the twenty-seventh blind set showed (heldout27, 7 of 14 right on first sight,
4 read wrongly, 3 refused): a column that groups the recommendations, a summary's titles that
are no key, a key's line for cells left uncoloured, a cover naming the plan more fully, and
what the inspectors said under an area for improvement already named; then the thirtieth
(heldout30, 9 of 14 on first sight): 'Key Recommendation 1' is no key, a key row defining a
status word, an 'Issue identified' column, bodies split at '/'."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from openpyxl import Workbook
from openpyxl.styles import PatternFill

from ofsted_plan.importing.people import split_people
from ofsted_plan.model import Status

from .test_import_records import read, rows


def test_a_quality_statement_beside_the_finding_groups_it(tmp_path: Path) -> None:
    """Both columns name the recommendation; the one whose values head the other's rows
    (one statement over each finding, written shorter, to the left) is the theme."""
    path = tmp_path / "plan.csv"
    path.write_text(
        "Ref,Quality statement,Area for improvement (CQC report),Action,Lead,Target date,RAG\n"
        "1.1,1. Assessing needs,People waited too long for assessments,Open a hub,DASS,"
        "Jun-26,Green\n"
        "1.2,1. Assessing needs,People waited too long for assessments,Triage calls,DASS,"
        "Jul-26,Amber\n"
        "7.1,7. Safeguarding,Concerns waited too long for a decision,Add staff,HoS,Sep-26,Red\n"
        "8.1,8. Governance,Transformation had not led to consistent practice,Report,DASS,"
        "Oct-26,Green\n",
        encoding="utf-8",
    )
    assert [r[:2] for r in rows(read(path))] == [
        ("1. Assessing needs", "People waited too long for assessments"),
        ("1. Assessing needs", "People waited too long for assessments"),
        ("7. Safeguarding", "Concerns waited too long for a decision"),
        ("8. Governance", "Transformation had not led to consistent practice"),
    ]


def test_an_improvement_priority_written_on_its_first_row_is_the_theme(tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_text(
        "Improvement Priority\tRef\tArea for improvement\tAction\tLead\tTimescale\tRAG\n"
        "Priority 1: Children are safer\t1.1\tIRDs were not timely\tRevise the IRD guidance\t"
        "CPC Lead\tMarch 2024\tGreen\n"
        "\t1.2\tIRDs were not timely\tAudit IRDs\tCPC Lead\tJune 2024\tAmber\n"
        "\t1.3\tChronologies were weak\tTrain staff\tPSW\tMay 2024\tGreen\n"
        "Priority 2: Children are heard\t2.1\tViews were not recorded\tNew template\tPSW\t"
        "July 2024\tRed\n",
        encoding="utf-8",
    )
    assert [r[:2] for r in rows(read(path))] == [
        ("Priority 1: Children are safer", "IRDs were not timely"),
        ("Priority 1: Children are safer", "IRDs were not timely"),
        ("Priority 1: Children are safer", "Chronologies were weak"),
        ("Priority 2: Children are heard", "Views were not recorded"),
    ]


def _swatch_key(sheet: object, entries: list[tuple[str | None, str]]) -> None:
    for fill, meaning in entries:
        sheet.append([None, meaning])  # type: ignore[attr-defined]
        if fill:
            cell = sheet.cell(sheet.max_row, 1)  # type: ignore[attr-defined]
            cell.fill = PatternFill("solid", fgColor=fill)


def test_a_summary_sheet_s_titles_are_no_key_and_an_uncoloured_key_line_is_a_key(
    tmp_path: Path,
) -> None:
    book = Workbook()
    summary = book.active
    assert summary is not None
    summary.title = "Summary"
    summary.append(["Housing Improvement Plan – RAG summary"])
    summary.append(["Workstream", "Complete", "Green", "Amber", "Red", "Not started", "Total"])
    summary.append(["Repairs", 1, 2, 0, 0, 0, 3])
    plan = book.create_sheet("Action Plan")
    plan.append(["Ref", "Action", "Lead officer", "Target date", "RAG"])
    for ref, fill in (("1.1", "00B050"), ("1.2", "FF0000"), ("1.3", None)):
        plan.append([ref, f"Action {ref}", "Head of Repairs", "Mar-22", None])
        if fill:
            plan.cell(plan.max_row, 5).fill = PatternFill("solid", fgColor=fill)
    plan.append([])
    plan.append(["Key"])
    _swatch_key(
        plan,
        [
            ("00B050", "On track"),
            ("FF0000", "Off track – needs Board attention"),
            (None, "No colour – not started"),
        ],
    )
    path = tmp_path / "housing.xlsx"
    book.save(path)
    assert [(a.ref, a.status) for a in read(path).actions()] == [
        ("1.1", Status.GREEN),
        ("1.2", Status.RED),
        ("1.3", Status.UNRATED),
    ]


def test_a_table_counting_actions_by_rag_is_set_aside(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Focused visit action plan", level=0)
    table = document.add_table(rows=0, cols=5)
    for cells in (
        ["Ref", "Action", "Lead", "Timescale", "RAG"],
        ["1.1", "Audit plans", "PSW", "Jan-25", "Green"],
        ["1.2", "Train staff", "PSW", "Mar-25", "Not rated"],
    ):
        row = table.add_row().cells
        for i, text in enumerate(cells):
            row[i].text = text
    counts = document.add_table(rows=0, cols=5)
    for cells in (
        ["Total actions", "Red", "Amber", "Green", "Not rated"],
        ["2", "0", "0", "1", "1"],
    ):
        row = counts.add_row().cells
        for i, text in enumerate(cells):
            row[i].text = text
    path = tmp_path / "plan.docx"
    document.save(str(path))
    assert [(a.ref, a.status) for a in read(path).actions()] == [
        ("1.1", Status.GREEN),
        ("1.2", Status.UNRATED),
    ]


def test_a_cover_naming_the_plan_more_fully_names_it(tmp_path: Path) -> None:
    book = Workbook()
    cover = book.active
    assert cover is not None
    cover.title = "Cover"
    cover.append(["Suffolk County Council – ILACS Improvement Action Plan 2024–2026"])
    cover.append(["Plan owner", "Director of Children's Services"])
    plan = book.create_sheet("Action Plan")
    plan.append(["ILACS Improvement Action Plan 2024–2026"])
    plan.append([])
    plan.append(["Ref", "Action", "Lead officer", "Target date", "RAG"])
    plan.append(["1.1", "Audit strategy discussions", "Head of Service", "Nov-24", "Green"])
    path = tmp_path / "plan.xlsx"
    book.save(path)
    assert read(path).title == "Suffolk County Council – ILACS Improvement Action Plan 2024–2026"


def test_what_ofsted_said_under_an_area_for_improvement_already_named_is_said_of_it(
    tmp_path: Path,
) -> None:
    document = Document()
    document.add_heading("Children's Services Ofsted Action Plan 2024", level=0)
    for number in (1, 2):
        document.add_heading(f"Area for improvement {number}: The management of contacts", 1)
        document.add_paragraph(f"What Ofsted said: contacts wait too long ({number}).")
        table = document.add_table(rows=0, cols=4)
        for cells in (["Ref", "Action", "Lead officer", "RAG"], [f"{number}.1", "Do", "RG", "G"]):
            row = table.add_row().cells
            for i, text in enumerate(cells):
                row[i].text = text
    path = tmp_path / "plan.docx"
    document.save(str(path))
    plan = read(path)
    assert [r[:2] for r in rows(plan)] == [
        ("Area for improvement 1: The management of contacts", ""),
        ("Area for improvement 2: The management of contacts", ""),
    ]
    assert "What Ofsted said: contacts wait too long (1)." in plan.notes


def test_a_post_heading_two_fields_joined_by_an_ampersand_is_one_post() -> None:
    assert split_people("Head of Commissioning & Market Shaping").officers == (
        "Head of Commissioning & Market Shaping",
    )


# ---------------------------------------------------------------- the thirtieth blind set


def test_a_key_recommendation_is_no_key_and_a_key_may_define_a_status_word(
    tmp_path: Path,
) -> None:
    """'Key Recommendation 1: ...' over a table is the recommendation, not a key line; a key
    row 'Revised date | Amber – revised target date agreed' defines the word the RAG column
    uses; two meanings for green that read it the same ('not yet due, on track' beside a green
    'On track' swatch) are no conflict."""
    document = Document()
    document.add_heading("Council – Action Plan on the External Auditor's Recommendations", 1)
    table = document.add_table(rows=0, cols=4)
    row = table.add_row().cells
    row[0].merge(row[3]).text = "Key Recommendation 1: The Council should set a budget"
    for cells in (
        ["Ref", "Action", "Responsible officer", "Status"],
        ["KR1.1", "Agree the savings", "S151 Officer", "Revised date"],
        ["KR1.2", "Report to Cabinet", "S151 Officer", "On track"],
    ):
        row = table.add_row().cells
        for i, text in enumerate(cells):
            row[i].text = text
    key = document.add_table(rows=0, cols=2)
    for word, meaning in (
        ("On track", "Green – not yet due, on track"),
        ("Revised date", "Amber – revised target date agreed with Internal Audit"),
        ("Overdue", "Red – target date passed"),
    ):
        row = key.add_row().cells
        row[0].text, row[1].text = word, meaning
    path = tmp_path / "plan.docx"
    document.save(str(path))
    plan = read(path)
    assert [r[0] for r in rows(plan)] == [  # the one heading over them (the plan's level)
        "Key Recommendation 1: The Council should set a budget",
        "Key Recommendation 1: The Council should set a budget",
    ]
    assert [a.status for a in plan.actions()] == [Status.AMBER, Status.GREEN]


def test_an_issue_identified_is_what_the_actions_answer_and_bodies_split(tmp_path: Path) -> None:
    path = tmp_path / "plan.csv"
    path.write_text(
        "Ref,Issue identified,Action,Responsible officer,Deadline,Status\n"
        "1.1,Gaps in fire risk assessment data,Audit the FRAs,"
        "CGL Stockport / Pennine Care NHS FT,Mar-25,On track\n",
        encoding="utf-8",
    )
    assert [(r[1], r[3]) for r in rows(read(path))] == [
        ("Gaps in fire risk assessment data", ("CGL Stockport", "Pennine Care NHS FT")),
    ]
    from ofsted_plan.importing.checks import meaning_of

    assert meaning_of("progressing to deadline") is Status.GREEN


# ---------------------------------------------------------------- the thirty-first blind set


def test_a_welsh_principle_column_and_leads_of_the_thirty_first_set(tmp_path: Path) -> None:
    """CIW's 'Principle' column is the theme; 'Head of Housing & Communities' is one post,
    'Living Without Abuse / MBC Housing' two bodies, 'Equality, Diversity and Inclusion Lead'
    one post (not a surname and a forename)."""
    path = tmp_path / "plan.txt"
    path.write_text(
        "Ref\tPrinciple\tCIW Area for Improvement\tAction\tResponsible Officer\tTimescale\tStatus\n"
        "1.1\tPeople – voice and control\tRecord children's views\tRevise the template\t"
        "Head of Housing & Communities; Tenant Engagement Officer\tMar-25\tGreen\n"
        "2.1\tWell-being\tImprove the offer\tCommission advocacy\t"
        "Living Without Abuse / MBC Housing\tJun-25\tAmber\n"
        "2.2\tWell-being\tImprove the offer\tTrain staff\t"
        "Equality, Diversity and Inclusion Lead\tJul-25\tRed\n",
        encoding="utf-8",
    )
    assert [(r[0], r[3]) for r in rows(read(path))] == [
        (
            "People – voice and control",
            ("Head of Housing & Communities", "Tenant Engagement Officer"),
        ),
        ("Well-being", ("Living Without Abuse", "MBC Housing")),
        ("Well-being", ("Equality, Diversity and Inclusion Lead",)),
    ]


# ---------------------------------------------------------------- the thirty-second blind set


def test_a_plan_set_out_as_questions_and_bodies_by_name_or_letters(tmp_path: Path) -> None:
    """'What? | Who? | When?' name the action, the lead and the end; 'Lewisham Council Housing
    Services and Phoenix Community Housing' are two bodies, 'LBTH ASC / ELFT' two by their
    letters."""
    path = tmp_path / "tracker.csv"
    path.write_text(
        "NOS,What?,Who?,How?,When?,Current Status\n"
        "1,Audit the plans,Lewisham Council Housing Services and Phoenix Community Housing,"
        "Case audit,Jun-17,Green\n"
        "2,Train the staff,LBTH ASC / ELFT,Workshops,Sep-17,Amber\n",
        encoding="utf-8",
    )
    assert [(a.action, a.lead) for a in read(path).actions()] == [
        ("Audit the plans", ("Lewisham Council Housing Services", "Phoenix Community Housing")),
        ("Train the staff", ("LBTH ASC", "ELFT")),
    ]


def test_a_ruled_plural_banner_heads_its_quoted_requirements(tmp_path: Path) -> None:
    """A children's home plan in text: 'REQUIREMENTS' between rules heads the requirements
    quoted in full under it (one over 250 characters, with its regulation), each requirement
    at one level whatever its length; the plural banner is not one requirement's label."""
    long = (
        "Requirement 1: The registered person must ensure that staff assess whether each child "
        "is at risk of harm, taking into account information in the child's relevant plans, "
        "and that risk assessments are updated after every significant incident. "
        "(Regulation 12 (1)(2)(a)(i))"
    )
    assert len(long) > 250
    rule = "=" * 60
    record = "    Action:       {}\n    Responsible:  Registered Manager\n" \
        "    Target date:  {}\n    Status:       {}\n"  # fmt: skip
    path = tmp_path / "home.txt"
    path.write_text(
        "Action plan following Ofsted full inspection - Ridgeway House\n\n"
        f"{rule}\nREQUIREMENTS\n{rule}\n\n{long}\n\n"
        + record.format("Update each risk assessment.", "30/04/2023", "Complete - done.")
        + "\n"
        + record.format("Train all staff.", "May 2023", "Amber - one on leave.")
        + "\nRequirement 2: The registered person must ensure there are enough staff.\n\n"
        + record.format("Recruit to two posts.", "31/07/2023", "On track - interviews held.")
        + f"\n{rule}\nRECOMMENDATIONS\n{rule}\n\n"
        "Recommendation 1: The registered person should ensure records reflect the child's "
        "voice.\n\n" + record.format("Hold a recording workshop.", "June 2023", "Complete."),
        encoding="utf-8",
    )
    assert [(t, r[:14]) for t, r, *_ in rows(read(path))] == [
        ("REQUIREMENTS", "Requirement 1:"),
        ("REQUIREMENTS", "Requirement 1:"),
        ("REQUIREMENTS", "Requirement 2:"),
        ("RECOMMENDATIONS", "Recommendation"),
    ]
