"""Issue 18, what the hundred-and-forty-first blind sets on showed, and the strict xfails of
earlier sets read right since (heldout140's Worcestershire highlight report)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ofsted_plan.importing.ends import read_end
from ofsted_plan.importing.header import VOCABULARY, column_of
from ofsted_plan.importing.importer import import_table
from ofsted_plan.importing.people import split_people
from ofsted_plan.model import Month


def test_a_reports_section_heading_over_its_one_table_is_no_part(tmp_path: Path) -> None:
    """A highlight report's Heading 2 'Workstream progress' over its one table, whose own
    merged rows are the workstreams: the report's section (kept in the notes), not a
    workstream over them ('Workstream 1: ...' would be one)."""
    from docx import Document

    document = Document()
    document.add_heading("Maternity Improvement Programme: Highlight Report – October 2024", 1)
    document.add_paragraph("This report summarises progress against the programme.")
    document.add_heading("Workstream progress", 2)
    table = document.add_table(rows=5, cols=4)
    for j, text in enumerate(["Ref", "Action", "Lead", "Due date"]):
        table.cell(0, j).text = text
    rows = [
        ("1. Listening to families",),
        ("1.1", "Refresh the plan", "MNVP Lead", "Dec-24"),
        ("2. Workforce",),
        ("2.1", "Train all staff", "PDM", "Mar-25"),
    ]
    for i, row in enumerate(rows, start=1):
        if len(row) == 1:
            table.cell(i, 0).merge(table.cell(i, 3)).text = row[0]
        else:
            for j, text in enumerate(row):
                table.cell(i, j).text = text
    path = tmp_path / "report.docx"
    document.save(str(path))
    plan = import_table(path)
    assert [t.title for t in plan.themes] == ["1. Listening to families", "2. Workforce"]
    assert "Workstream progress" in plan.notes


@pytest.mark.parametrize(
    "cell",
    [
        "CCTV & Control Room Manager",  # a field's letters, then a manager of one more
        "Chief Officer – Planning & Climate Change",  # a post and the area it covers
    ],
)
def test_a_post_over_two_fields_is_one_officer(cell: str) -> None:
    assert split_people(cell).officers == (cell,)


def test_a_fire_services_name_over_its_register_is_no_title(tmp_path: Path) -> None:
    """'Derbyshire Fire & Rescue Service' names only the body; the register's line under it
    names the document (the body's name was the title, the register's line a theme)."""
    path = tmp_path / "register.csv"
    path.write_text(
        "Derbyshire Fire & Rescue Service,,,\n"
        "Corporate Risk Register – Mitigating Actions Update Q3,,,\n\n"
        "Ref,Mitigating action,Action owner,Target date,RAG\n"
        "CRR01.1,Deliver the recruitment campaign,Area Manager,31/12/2024,Complete\n"
        "CRR01.2,Trial a new contract,Group Manager,31/03/2025,Green\n",
        encoding="utf-8",
    )
    assert import_table(path).title == "Corporate Risk Register – Mitigating Actions Update Q3"


def test_the_auditors_comment_beside_the_progress_update(tmp_path: Path) -> None:
    """An audit tracker's 'Progress Update (May 2024)' beside 'Internal Audit Comment': the
    owner's update is the progress, the auditor's word on it another column (both were
    refused as the comments)."""
    path = tmp_path / "tracker.csv"
    path.write_text(
        "Rec Ref,Recommendation,Responsible Officer,Target Date,RAG Status,"
        "Progress Update (May 2024),Internal Audit Comment\n"
        "SRA-01,Review contracts,Director,31/07/2024,Amber,14 of 22 reviewed,Date revised\n"
        "SRA-02,Reconcile payments,Head of Finance,30/04/2024,Complete,In place,Verified\n",
        encoding="utf-8",
    )
    report: list[str] = []
    plan = import_table(path, report=report)
    first = next(plan.actions())
    assert first.comments == "14 of 22 reviewed"
    assert first.extra["Internal Audit Comment"] == "Date revised"
    assert any("the auditor's word" in line for line in report)


def test_an_empty_area_column_under_bands_of_areas(tmp_path: Path) -> None:
    """A college's plan titles a column 'Area for improvement' but leaves it empty, giving
    each area as a band merged across above its actions: the bands name what the actions
    answer (every action was refused as under no recommendation)."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["College – Post-Inspection Action Plan 2024/25"])
    sheet.append([])
    sheet.append(["No.", "Area for improvement", "Actions", "Responsibility", "Timescale", "RAG"])
    bands = {4: "1. Leaders should ensure apprentices get reviews", 7: "2. Improve careers advice"}
    rows = [
        ("1.1", "", "Monthly reviews", "Head of Apprenticeships", "December 2024", "A"),
        ("1.2", "", "Map the hours", "Curriculum Managers", "January 2025", "G"),
    ]
    for n in (4, 7):
        sheet.append([bands[n]])
        sheet.merge_cells(start_row=n, start_column=1, end_row=n, end_column=6)
        for row in rows:
            sheet.append(list(row))
    path = tmp_path / "plan.xlsx"
    book.save(path)
    report: list[str] = []
    plan = import_table(path, report=report)
    assert [t.title for t in plan.themes] == list(bands.values())
    assert len(list(plan.actions())) == 4
    assert any("empty on every action's row" in line for line in report)


@pytest.mark.parametrize(
    ("cell", "officers"),
    [
        ("SENCo, AHT (Teaching and Learning)", ("SENCo", "AHT (Teaching and Learning)")),
        ("AHT, HoDs", ("AHT", "HoDs")),  # posts' letters in a list
    ],
)
def test_an_assistant_heads_letters_are_a_post(cell: str, officers: tuple[str]) -> None:
    assert split_people(cell).officers == officers


def test_a_response_over_each_concerns_actions_is_no_action(tmp_path: Path) -> None:
    """A prison's plan: 'Response' merged down over each concern's rows beside 'Action Taken
    / Planned', one a row: the second is the action, the response kept (both were refused
    as the action)."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Action Plan: HMP Wymott"])
    sheet.append([])
    sheet.append(["Ref", "Concern", "Response", "Action Taken / Planned", "Responsible Owner",
                  "Target Date"])  # fmt: skip
    rows = [
        ("1.1", "Prisoners were locked up", "We will unlock more", "Review the regime", "HoR",
         "May-24"),
        ("1.2", "", "", "Create 120 activity spaces", "HoRR", "Dec-24"),
        ("2.1", "Drugs were available", "Supply will be cut", "Deliver the drug strategy", "HoS",
         "Jun-24"),
        ("2.2", "", "", "Train staff in searching", "HoS", "Sep-24"),
    ]  # fmt: skip
    for row in rows:
        sheet.append(list(row))
    for column in ("B", "C"):
        sheet.merge_cells(f"{column}4:{column}5")
        sheet.merge_cells(f"{column}6:{column}7")
    path = tmp_path / "plan.xlsx"
    book.save(path)
    report: list[str] = []
    plan = import_table(path, report=report)
    actions = list(plan.actions())
    assert [a.action for a in actions] == [r[3] for r in rows]
    assert actions[1].extra["Response"] == "We will unlock more"
    assert any(  # (the title names what was done and planned: the action, said so)
        "'Action Taken / Planned' is read as it; the other is kept" in line for line in report
    )


def test_a_recommendations_number_beside_it_is_the_ref(tmp_path: Path) -> None:
    """A peer challenge plan's 'Rec' column numbers the recommendation beside its actions
    (2.2 merged over two), in order under each theme though not across them (2.4, then 2.3
    under the next): the ref (it was kept as another column and every action given a
    made-up ref)."""
    from docx import Document

    document = Document()
    document.add_heading("Corporate Peer Challenge Action Plan", 1)
    rows = [
        ("Finance",),
        ("2.1", "Develop the MTFS", "Refresh the MTFS", "CFO", "Feb-24"),
        ("2.2", "Review shared services", "Commission a review", "CEO", "Jun-24"),
        ("2.2", "Review shared services", "Agree a new agreement", "CEO", "Mar-25"),
        ("2.4", "Profile the capital programme", "Re-profile it", "CFO", "Sep-24"),
        ("Engagement",),
        ("2.3", "Develop a clear brand", "Write a brand guide", "Head of Comms", "Dec-24"),
        ("2.6", "Work with the CVS", "Hold a forum", "Head of Comms", "Jan-25"),
    ]
    table = document.add_table(rows=len(rows) + 1, cols=5)
    for j, text in enumerate(["Rec", "LGA recommendation", "Action", "Lead", "Timescale"]):
        table.cell(0, j).text = text
    for i, row in enumerate(rows, start=1):
        if len(row) == 1:
            table.cell(i, 0).merge(table.cell(i, 4)).text = row[0]
            continue
        for j, text in enumerate(row):
            if i == 4 and j < 2:
                continue  # merged down from the row above
            table.cell(i, j).text = text
    for j in (0, 1):
        table.cell(3, j).merge(table.cell(4, j))
    path = tmp_path / "plan.docx"
    document.save(str(path))
    report: list[str] = []
    plan = import_table(path, report=report)
    refs = [a.ref for a in plan.actions()]
    assert [r.split(".")[:2] for r in refs] == [
        ["2", "1"], ["2", "2"], ["2", "2"], ["2", "4"], ["2", "3"], ["2", "6"]
    ]  # fmt: skip
    assert not any(a.ref_generated for a in plan.actions())
    assert any(  # (said of 'Rec' unnamed, or of 'Rec' named as the ref since session 27)
        "'Rec' holds a different ref" in line or "Refs merged down beside several" in line
        for line in report
    )


def test_numbered_priorities_over_the_learning_responses(tmp_path: Path) -> None:
    """A PSIRF export: 'Safety priority' ('Priority 1: ...') left of 'Learning response',
    each priority over whole responses: the theme over them, the responses the
    recommendations (the priorities were kept as another column)."""
    path = tmp_path / "export.txt"
    path.write_text(
        "Action ID\tSafety priority\tLearning response\tSafety action\tAction owner\tDue date\n"
        "SA-1\tPriority 1: Deterioration\tPSII 2024/07 - NEWS2\tHold a huddle\tWard Manager\t"
        "Jun-25\n"
        "SA-2\tPriority 1: Deterioration\tPSII 2024/07 - NEWS2\tTrain nurses\tEducator\tJul-25\n"
        "SA-3\tPriority 2: Medication\tAAR 2025/03 - Insulin\tReview the template\tLead Nurse\t"
        "Sep-25\n",
        encoding="utf-8",
    )
    plan = import_table(path)
    assert [t.title for t in plan.themes] == ["Priority 1: Deterioration", "Priority 2: Medication"]
    assert [r.text for r in plan.recommendations()] == [
        "PSII 2024/07 - NEWS2", "AAR 2025/03 - Insulin"
    ]  # fmt: skip


def test_a_councils_two_services_are_one_lead() -> None:
    """'Hackney Council Benefits and Housing Needs': one council's two services, one lead;
    another body after 'and' is another lead."""
    assert split_people("Hackney Council Benefits and Housing Needs").officers == (
        "Hackney Council Benefits and Housing Needs",
    )
    assert split_people(
        "Lewisham Council Housing Services and Phoenix Community Housing"
    ).officers == ("Lewisham Council Housing Services", "Phoenix Community Housing")


def test_the_first_bare_label_in_bold_gives_way_to_its_words(tmp_path: Path) -> None:
    """An ETI plan: 'Area for improvement 1' in bold, its words in the next paragraph, then
    its table, and so for each area: every table is under its own area's words (the first
    table was under the label, the third under the second's words)."""
    from docx import Document

    document = Document()
    document.add_paragraph().add_run("Strabane Academy – Action Plan following ETI").bold = True
    words = [
        "To improve the consistency of teaching in key stage 3 mathematics.",
        "To develop further the use of data by middle leaders.",
        "To ensure that the safeguarding policy reflects current guidance.",
    ]
    for n, text in enumerate(words, start=1):
        document.add_paragraph().add_run(f"Area for improvement {n}").bold = True
        document.add_paragraph(text)
        table = document.add_table(rows=2, cols=3)
        for j, title in enumerate(["Action", "Person(s) responsible", "Timescale"]):
            table.cell(0, j).text = title
        for j, cell in enumerate([f"Action {n}", "Principal", f"Mar-2{n + 3}"]):
            table.cell(1, j).text = cell
        document.add_paragraph()
    path = tmp_path / "plan.docx"
    document.save(str(path))
    plan = import_table(path)
    assert [t.title for t in plan.themes] == words


@pytest.mark.parametrize(
    "cell",
    [
        "Service Director - Legal, Governance and Commissioning",  # a hyphen as a dash
        "Cabinet Member for Parks, Highways & Transport Services",  # a portfolio's fields
    ],
)
def test_a_post_and_the_fields_it_covers(cell: str) -> None:
    assert split_people(cell).officers == (cell,)


def test_a_recommendations_ref_on_each_action_under_it(tmp_path: Path) -> None:
    """A custody inspection plan writes 'R1' on both actions of its recommendation, the
    recommendation on the first row only: they are R1.1 and R1.2 (it was refused as a ref
    used twice)."""
    path = tmp_path / "plan.csv"
    path.write_text(
        "Ref,Recommendation / area for improvement,Action,Action owner,Target date,RAG\n"
        "R1,The force should govern custody well,Build a dashboard,Supt CJ,Dec-24,G\n"
        "R1,,Agree a QA framework,Ch Insp Custody,Nov-24,Complete\n"
        "AFI1,Officers should consider alternatives,Refresh the guidance,Ch Insp,Jan-25,A\n",
        encoding="utf-8",
    )
    report: list[str] = []
    plan = import_table(path, report=report)
    assert [a.ref for a in plan.actions()] == ["R1.1", "R1.2", "AFI1"]
    assert len(list(plan.recommendations())) == 2
    assert any("numbering what they answer" in line for line in report)


@pytest.mark.parametrize(
    ("cell", "officers"),
    [
        ("GMP Rochdale District & RBH", ("GMP Rochdale District", "RBH")),  # a force's letters
        ("SAR and QA Subgroup Chair", ("SAR and QA Subgroup Chair",)),  # the chair of both
        ("DCO and ICB Performance Lead", ("DCO", "ICB Performance Lead")),  # a body's post
    ],
)
def test_letters_of_a_force_and_of_a_subgroups_fields(cell: str, officers: tuple[str, ...]) -> None:
    assert split_people(cell).officers == officers


def test_a_reviews_name_over_its_trackers_update_line(tmp_path: Path) -> None:
    """'Recommendations action tracker – update for OSC meeting ...' under the review's name
    names no plan of its own (it was the title)."""
    path = tmp_path / "tracker.csv"
    path.write_text(
        "Overview and Scrutiny Committee – Access to NHS Dentistry Task and Finish Group,,,\n"
        "Recommendations action tracker – update for OSC meeting 4 March 2025,,,\n\n"
        "Ref,Action,Responsible officer,Target date\n"
        "1.1,Add a dental access page,Head of Healthier Communities,Oct-24\n"
        "1.2,Put leaflets in hubs,Family Hubs Manager,Dec-24\n",
        encoding="utf-8",
    )
    assert import_table(path).title.startswith("Overview and Scrutiny Committee – Access")


def test_a_ruled_area_for_improvement_that_says_plan_is_no_title(tmp_path: Path) -> None:
    """A text plan of labelled actions under ruled 'Area for Improvement 1: ... to plan
    learning ...' lines: the first is the first area, not the title ('plan' here a verb)."""
    path = tmp_path / "plan.txt"
    block = (
        "{n}.1  Action:    Do the work {n}\n     Lead:      Principal\n     Timescale: Oct-24\n\n"
    )
    path.write_text(
        "St Ronan's College – Action Plan following ETI Inspection (January 2024)\n\n"
        "Area for Improvement 1: To use assessment information to plan learning.\n"
        + "-" * 60
        + "\n"
        + block.format(n=1)
        + "\n"
        "Area for Improvement 2: To develop further the pastoral care arrangements.\n"
        + "-" * 60
        + "\n"
        + block.format(n=2),
        encoding="utf-8",
    )
    plan = import_table(path)
    assert plan.title.startswith("St Ronan's College")
    assert [t.title for t in plan.themes] == [
        "Area for Improvement 1: To use assessment information to plan learning.",
        "Area for Improvement 2: To develop further the pastoral care arrangements.",
    ]


def test_hiws_standard_column_is_no_part(tmp_path: Path) -> None:
    """HIW's improvement plan cites a standard beside each improvement needed ('Health and
    Care Quality Standards 2023 – Person centred'): which standard it answers, kept as
    another column, not a theme over the improvements (two authors of two read it so)."""
    path = tmp_path / "plan.csv"
    standard = "Health and Care Quality Standards 2023 – Person centred"
    path.write_text(
        "Improvement needed,Standard / Regulation,Service action,Responsible officer,Timescale\n"
        f"Patients must have comfort rounds,{standard},Hourly rounds,Head of Nursing,Jan-25\n"
        f"Patients must have comfort rounds,{standard},Monthly audit,Senior Nurse,Mar-25\n"
        f"Triage must be timely,{standard},Agree a trajectory,Clinical Director,Mar-25\n",
        encoding="utf-8",
    )
    plan = import_table(path)
    assert [t.title for t in plan.themes] == [""]
    assert next(plan.actions()).extra["Standard / Regulation"] == standard


def test_a_universitys_deputy_dean_is_a_post() -> None:
    assert split_people("Head of Apprenticeships, Deputy Dean (Education)").officers == (
        "Head of Apprenticeships",
        "Deputy Dean (Education)",
    )


def test_a_councils_service_under_a_schools_plan_line_is_no_part(tmp_path: Path) -> None:
    """'Scottish Borders Council – Education and Lifelong Learning' under a school's title
    and plan line names the council's service, not a part over the actions."""
    path = tmp_path / "plan.txt"
    path.write_text(
        "Kelso High School\n"
        "Action plan following Education Scotland inspection (report published 2024)\n"
        "Scottish Borders Council – Education and Lifelong Learning\n\n"
        "Area for improvement\tNo.\tAction\tLead\tTimescale\n"
        "Improve learning and teaching.\t1.1\tAgree a framework\tDHT\tJun-25\n"
        "\t1.2\tForm triads\tDHT\tJun-25\n",
        encoding="utf-8",
    )
    plan = import_table(path)
    assert [r.text for r in plan.recommendations()] == ["Improve learning and teaching."]
    assert [t.title for t in plan.themes] == [""]


def test_a_cover_naming_the_bodys_plan_over_the_sheets_line(tmp_path: Path) -> None:
    """A cover sheet 'Bournemouth University – Apprenticeships Post-Inspection Action Plan'
    over the plan sheet's 'Post-Inspection Action Plan – Ofsted inspection of ...', which
    names no body: the cover's is the title (the sheet's longer line was)."""
    from openpyxl import Workbook

    book = Workbook()
    cover = book.active
    assert cover is not None
    cover.title = "Summary"
    cover.append(["Bournemouth University – Apprenticeships Post-Inspection Action Plan"])
    sheet = book.create_sheet("Action Plan")
    sheet.append(["Post-Inspection Action Plan – Ofsted inspection of apprenticeship provision"])
    sheet.append([])
    sheet.append(["Ref", "Action", "Owner", "Target date"])
    sheet.append(["1a", "Embed a careers session", "Head of Apprenticeships", "Sep-24"])
    sheet.append(["1b", "Train tutors", "Quality Lead", "Dec-24"])
    path = tmp_path / "plan.xlsx"
    book.save(path)
    title = import_table(path).title
    assert title == "Bournemouth University – Apprenticeships Post-Inspection Action Plan"


@pytest.mark.parametrize(
    ("title", "field"),
    [
        ("Action to achieve full compliance", "action"),
        ("Actions required to meet the standard", "action"),
        ("Core standard", "recommendation"),  # the NHS's EPRR core standards
    ],
)
def test_action_and_standard_columns_named_by_what_they_are_for(title: str, field: str) -> None:
    column = column_of(VOCABULARY, title)
    assert column is not None and column.field == field


def test_a_schools_inset_day_is_its_month() -> None:
    found = read_end("Inset day Feb 2025")
    assert found.month == Month(2025, 2)
    with pytest.raises(ValueError):
        read_end("Febuary 2025 inset day")  # a mistyped month is still refused


def test_refs_starting_again_under_each_audit_column(tmp_path: Path) -> None:
    """An Audit Wales tracker's 'Rec' (R1, R2, R3 under one report, R1, R2, R3 under the
    next) beside the recommendations' words: the ref under its report, each kept as written
    (it was kept as another column and every ref made up)."""
    path = tmp_path / "tracker.txt"
    rows = [
        ("Financial Statements 2023-24", "R1", "Review accruals", "Revise the procedure"),
        ("Financial Statements 2023-24", "R2", "Strengthen controls", "Call back suppliers"),
        ("Financial Statements 2023-24", "R3", "Update the register", "Annual declarations"),
        ("Investment Review", "R1", "Monitor outcomes", "Develop a framework"),
        ("Investment Review", "R2", "Publish lessons", "Commission an evaluation"),
    ]
    path.write_text(
        "Report\tRec\tAudit Wales recommendation\tAction\tOwner\tTarget date\n"
        + "".join(f"{a}\t{b}\t{c}\t{d}\tHead of Finance\tMar-25\n" for a, b, c, d in rows)
        + "\nStatus: Complete / On track / Amber / Red\n",
        encoding="utf-8",
    )
    plan = import_table(path)
    assert [a.extra.get("Ref as written") for a in plan.actions()] == [r[1] for r in rows]
    assert not any(a.ref_generated for a in plan.actions())


def test_a_finding_that_says_leaders_have_not_identified_is_no_narration(tmp_path: Path) -> None:
    """'In some foundation subjects, leaders have not identified ...' in italics under its
    priority's heading is the finding the table answers, not prose telling what someone
    identified (it was dropped)."""
    from docx import Document

    document = Document()
    document.add_heading("St Aidan's CE Primary School – Post-Ofsted Action Plan", 1)
    finding = "In some foundation subjects, leaders have not identified the precise knowledge."
    document.add_heading("Priority 1: Curriculum in the foundation subjects", 2)
    document.add_paragraph().add_run(finding).italic = True
    table = document.add_table(rows=2, cols=3)
    for j, text in enumerate(["Action", "Who", "When"]):
        table.cell(0, j).text = text
    for j, text in enumerate(["Map the key knowledge", "DHT", "Oct-24"]):
        table.cell(1, j).text = text
    path = tmp_path / "plan.docx"
    document.save(str(path))
    plan = import_table(path)
    assert [r.text for r in plan.recommendations()] == [finding]


def test_a_school_years_terms_named_by_their_seasons() -> None:
    assert read_end("Autumn 2024 – Summer 2025").month == Month(2025, 7)
    assert read_end("Summer 2025").month is None  # a season alone: a term or the season


@pytest.mark.parametrize(
    ("cell", "officers"),
    [
        ("Head of Finance and Section 151 Officer", ("Head of Finance and Section 151 Officer",)),
        ("Deputy Chief Executive and s151 Officer", ("Deputy Chief Executive and s151 Officer",)),
        ("Monitoring Officer and s151 Officer", ("Monitoring Officer", "s151 Officer")),
        ("Head of Finance and Head of Audit", ("Head of Finance", "Head of Audit")),
    ],
)
def test_a_statutory_role_held_beside_a_post(cell: str, officers: tuple[str, ...]) -> None:
    """A statutory role after 'and' ('Section 151 Officer', 'Board Secretary') is held by
    the officer whose post comes first: one lead; two statutory roles are two officers."""
    assert split_people(cell).officers == officers


def test_a_timescale_of_terms_beside_the_target_date(tmp_path: Path) -> None:
    """A culture review's 'Timescale' ('Short term (1-3 months)', 'Annual') beside its
    'Target date' of months: how long, kept as another column; the target date is the end
    (both were refused as the end)."""
    path = tmp_path / "plan.txt"
    path.write_text(
        "Theme\tAction\tOwner\tTimescale\tTarget date\n"
        "Leadership\tPublish the values\tChief Fire Officer\tShort term (1-3 months)\tApril 2024\n"
        "Leadership\tTrain all managers\tHead of People\tMedium term (3-9 months)\tMarch 2025\n"
        "Leadership\tSurvey staff yearly\tHead of People\tAnnual\tAnnual\n"
        "Reporting\tOpen a reporting line\tHead of HR\tLong term (9-18 months)\tDec 2024\n",
        encoding="utf-8",
    )
    report: list[str] = []
    plan = import_table(path, report=report)
    assert [str(a.end) if a.end else None for a in plan.actions()] == [
        "2024-04", "2025-03", None, "2024-12"
    ]  # fmt: skip
    assert any("holds lengths of time" in line for line in report)


def test_a_cover_naming_the_plan_over_its_progress_update_line(tmp_path: Path) -> None:
    """A cover 'Oldham Local Area SEND Accelerated Progress Plan (APP)' over the plan
    sheet's 'Oldham SEND Accelerated Progress Plan – progress update June 2021': the sheet's
    line names the same plan and when it stands; the cover's is the title."""
    from openpyxl import Workbook

    book = Workbook()
    cover = book.active
    assert cover is not None
    cover.title = "Cover"
    cover.append(["Oldham Local Area SEND Accelerated Progress Plan (APP)"])
    sheet = book.create_sheet("APP")
    sheet.append(["Oldham SEND Accelerated Progress Plan – progress update June 2021"])
    sheet.append([])
    sheet.append(["Ref", "Action", "Lead officer", "Timescale"])
    sheet.append(["1a", "Clear the backlog", "Head of SEND", "Jul-21"])
    sheet.append(["1b", "Audit EHC plans", "DCO", "Sep-21"])
    path = tmp_path / "plan.xlsx"
    book.save(path)
    assert import_table(path).title == "Oldham Local Area SEND Accelerated Progress Plan (APP)"
