"""Issue 18, what the hundred-and-eleventh blind sets on showed (heldout111, 12 of 14 right on
first sight, 2 wrongly; heldout112, 13 of 14 right, 1 wrongly), and the strict xfails of
earlier sets read right since (heldout102's Grange Park)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ofsted_plan.importing.ends import read_end
from ofsted_plan.importing.header import VOCABULARY, column_of
from ofsted_plan.importing.importer import import_table
from ofsted_plan.importing.labels import labels_one_part
from ofsted_plan.importing.people import split_people
from ofsted_plan.model import Month, Status


def test_a_numbered_heading_over_the_first_table_is_its_theme(tmp_path: Path) -> None:
    """A text plan heading each table 'Priority N: ...': the first, above the first header,
    is the first priority as the others are, not a note under the title."""
    path = tmp_path / "plan.txt"
    header = "Ref\tAction\tLead\tWhen\tRAG\n"
    path.write_text(
        "Grange Park Primary School – Post-Ofsted Action Plan 2023-24\n"
        "Plan agreed by the Full Governing Body: 12 July 2023.\n\n"
        "Priority 1: Curriculum\nArea for improvement\n"
        "Leaders should ensure that the curriculum identifies the key knowledge.\n\n"
        + header
        + "1a\tMap the key knowledge\tHT\tAutumn term 2023\tGreen\n\n"
        "Priority 2: Early reading\nArea for improvement\n"
        "Leaders should ensure that phonics is taught consistently.\n\n"
        + header
        + "2a\tPhonics refresher training\tEnglish lead\tSept 2023\tAmber\n",
        encoding="utf-8",
    )
    plan = import_table(path)
    assert plan.title == "Grange Park Primary School – Post-Ofsted Action Plan 2023-24"
    assert [t.title for t in plan.themes] == ["Priority 1: Curriculum", "Priority 2: Early reading"]
    assert [r.text for t in plan.themes for r in t.recommendations] == [
        "Leaders should ensure that the curriculum identifies the key knowledge.",
        "Leaders should ensure that phonics is taught consistently.",
    ]


def test_a_priority_area_label_over_its_words_gives_way_to_them() -> None:
    """'Priority area for improvement 1' as a heading says only what kind of part follows;
    the inspectors' words under it name the part (a Scottish joint inspection's plan)."""
    assert labels_one_part("Priority area for improvement 1")
    assert labels_one_part("Key area for improvement 2")
    assert not labels_one_part("Priority areas for improvement")  # a group of parts


@pytest.mark.parametrize(
    ("first", "second", "title"),
    [
        (  # the review's own name over the plan's kind and what it answers
            "Onward Homes – Customer Scrutiny Panel: Repairs Appointments Review",
            "Response and action plan to the Panel's recommendations",
            "Onward Homes – Customer Scrutiny Panel: Repairs Appointments Review",
        ),
        (  # a body's name over it: the plan's line names more
            "Crown Office and Procurator Fiscal Service",
            "Action plan in response to HM Inspectorate of Prosecution: Thematic review",
            "Action plan in response to HM Inspectorate of Prosecution: Thematic review",
        ),
    ],
)
def test_a_plans_kind_and_what_it_answers(
    tmp_path: Path, first: str, second: str, title: str
) -> None:
    path = tmp_path / "plan.txt"
    path.write_text(
        f"{first}\n{second}\n\nNo.\tAction\tResponsible\tTarget\tRAG\n"
        "1.1\tAdd a school-run slot\tHead of Repairs\tJun-25\tGreen\n"
        "1.2\tPromote the new slots\tCommunications Manager\tJul-25\tAmber\n",
        encoding="utf-8",
    )
    assert import_table(path).title == title


def test_a_statement_merged_over_some_actions_is_their_recommendation(tmp_path: Path) -> None:
    """A column of unknown title ('Gap identified in self-assessment') whose statements are
    each written once and merged down over their actions, two of them over two actions and
    three over one: what the actions answer, not another column."""
    from docx import Document

    rows = [
        ["Ref", "Gap identified in self-assessment", "Action", "Owner", "Due by", "Status"],
        ["3a.1", "3a. Our policy is not in easy read", "Publish it", "CEM", "Mar-25", "Complete"],
        ["3b.1", "3b. Customers are not told of appeals", "Write", "CTL", "Jun-25", "Complete"],
        ["3b.2", "", "Add it to the website", "DSM", "Sep-25", "On track"],
        ["5a.1", "5a. Stage 1 responses were often late", "Huddle", "HCE", "Sep-25", "On track"],
        ["5a.2", "", "Report timeliness monthly", "PIL", "Oct-25", "On track"],
        ["5b.1", "5b. Extensions were not agreed in time", "Training", "LDP", "Oct-25", "Amber"],
        ["8a.1", "8a. Learning from complaints is not shared", "Publish", "DCS", "Mar-26", "Amber"],
    ]  # fmt: skip
    document = Document()
    document.add_heading("Complaint Handling Code Self-Assessment Action Plan", level=1)
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            if text:
                table.cell(i, j).text = text
    for top in (2, 4):
        table.cell(top, 1).merge(table.cell(top + 1, 1))
        table.cell(top, 1).text = rows[top][1]
    path = tmp_path / "plan.docx"
    document.save(str(path))
    plan = import_table(path)
    assert [r.text for t in plan.themes for r in t.recommendations] == [
        r[1] for r in rows[1:] if r[1]
    ]
    assert [len(r.actions) for t in plan.themes for r in t.recommendations] == [1, 2, 2, 1, 1]


@pytest.mark.parametrize(
    ("cell", "officers"),
    [
        ("Chief Finance & Resources Officer", ("Chief Finance & Resources Officer",)),
        ("Senior Finance & Audit Manager", ("Senior Finance & Audit Manager",)),
        ("Deputy VSH & Participation Lead (CiC)", ("Deputy VSH", "Participation Lead (CiC)")),
        ("Chief Finance Officer & Head of HR", ("Chief Finance Officer", "Head of HR")),
    ],
)
def test_a_rank_and_a_field_before_a_post_are_one_post(cell: str, officers: tuple[str]) -> None:
    """'Chief Finance' names no post on its own: '& Resources Officer' finishes it."""
    assert split_people(cell).officers == officers


def test_a_stage_of_the_year_with_its_month_in_brackets() -> None:
    """A Scottish school's 'By end of Term 2 (December 2024)': the month it names."""
    read = read_end("By end of Term 2 (December 2024)")
    assert (read.month, read.text) == (Month.of(2024, 12), "By end of Term 2 (December 2024)")


def test_a_risk_description_beside_its_title_gives_way(tmp_path: Path) -> None:
    """A risk register's 'Risk Title' and 'Risk Description': the title names the risk the
    actions are under, the description is kept with each action."""
    path = tmp_path / "register.csv"
    path.write_text(
        "Risk Ref,Risk Title,Risk Description,Further Action Required,Action Owner,"
        "Target Date,Progress RAG\n"
        "SR01,Financial sustainability,Failure to balance the budget,Deliver savings,"
        "Director of Resources,Feb-25,Amber\n"
        "SR02,Cyber security,A cyber attack stops services,Run a test,ICT Manager,Mar-25,Green\n",
        encoding="utf-8",
    )
    plan = import_table(path)
    assert [t.title for t in plan.themes] == ["Financial sustainability", "Cyber security"]
    assert next(plan.actions()).extra["Risk Description"] == "Failure to balance the budget"


@pytest.mark.parametrize(
    ("name", "line", "title"),
    [
        (  # a setting's name: the plan is the setting's
            "Clare Lodge Secure Children's Home",
            "Action plan following Ofsted full inspection, 5 to 7 March 2024",
            "Clare Lodge Secure Children's Home",
        ),
        (  # a body's name: the plan's line names more
            "Crown Office and Procurator Fiscal Service",
            "Action plan in response to the Inspectorate's thematic review",
            "Action plan in response to the Inspectorate's thematic review",
        ),
    ],
)
def test_a_settings_name_over_the_plans_kind(
    tmp_path: Path, name: str, line: str, title: str
) -> None:
    path = tmp_path / "plan.txt"
    path.write_text(
        f"{name}\n{line}\n\nRef\tAction\tResponsible\tTimescale\tStatus\n"
        "1\tRevise the learning plan template\tHoE\tApr-24\tGreen\n"
        "2\tReview targets each half term\tHoE / KT\tJul-24\tAmber\n",
        encoding="utf-8",
    )
    plan = import_table(path)
    assert plan.title == title
    assert ({name, line} - {title}) <= set(plan.notes)


def test_a_settings_name_as_the_documents_title(tmp_path: Path) -> None:
    """The same in Word: the setting's name in Heading 1, the plan's kind and what it
    answers in Heading 2 (that line kept in the notes)."""
    from docx import Document

    document = Document()
    document.add_heading("Woodlands Juvenile Justice Centre", level=1)
    document.add_heading("Action Plan in response to the CJI Inspection Report", level=2)
    rows = [
        ["Ref", "Action", "Lead", "Timescale", "Status"],
        ["SR1", "Agree a new education model", "Director", "Sep-24", "Green"],
        ["SR2", "Review the use of force", "Centre Manager", "Dec-24", "Amber"],
    ]
    table = document.add_table(rows=3, cols=5)
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            table.cell(i, j).text = text
    path = tmp_path / "plan.docx"
    document.save(str(path))
    plan = import_table(path)
    assert plan.title == "Woodlands Juvenile Justice Centre"
    assert "Action Plan in response to the CJI Inspection Report" in plan.notes


def test_named_and_designated_safeguarding_posts_stand_alone() -> None:
    """'Named Professional Safeguarding Adults (ICB)' is a whole post: 'and' after it joins
    another officer; 'Director of Nursing and Healthcare Professionals' stays one post."""
    assert split_people(
        "Named Professional Safeguarding Adults (ICB) and Station Manager Prevention"
    ).officers == ("Named Professional Safeguarding Adults (ICB)", "Station Manager Prevention")
    assert split_people("Director of Nursing and Healthcare Professionals").officers == (
        "Director of Nursing and Healthcare Professionals",
    )


def test_immediate_with_its_date() -> None:
    """A care home's 'Immediate – 31/05/2024': the date it was to be done by."""
    read = read_end("Immediate – 31/05/2024")
    assert (read.month, read.text) == (Month.of(2024, 5), "Immediate – 31/05/2024")


def test_the_area_identified_by_the_inspectorate_is_the_recommendation(tmp_path: Path) -> None:
    """A CIW plan's 'Area identified by CIW', written beside each of its actions with its
    'PAN 1' ref: the finding the actions answer (their refs numbered under it, as written
    kept), not two actions refused for one ref."""
    path = tmp_path / "plan.csv"
    path.write_text(
        "Ref,Regulation,Area identified by CIW,Action to be taken,Person responsible,"
        "Date for completion,Status\n"
        "PAN 1,Reg 21(1),Care is not always provided in line with plans,Daily checks,"
        "Home Manager,31/05/2024,Complete\n"
        "PAN 1,Reg 21(1),Care is not always provided in line with plans,Refresher training,"
        "Clinical Lead,30/06/2024,Complete\n"
        "AFI 1,Reg 16,Personal plans are not reviewed every three months,Review schedule,"
        "Deputy Manager,31/07/2024,On track\n",
        encoding="utf-8",
    )
    plan = import_table(path)
    recommendations = [r for t in plan.themes for r in t.recommendations]
    assert [(r.text[:20], len(r.actions)) for r in recommendations] == [
        ("Care is not always p", 2),
        ("Personal plans are n", 1),
    ]
    assert [a.extra.get("Ref as written", a.ref) for a in plan.actions()] == [
        "PAN 1",
        "PAN 1",
        "AFI 1",
    ]


def test_a_column_merged_down_over_whole_recommendations_is_their_theme(
    tmp_path: Path,
) -> None:
    """A college's 'Key judgement' merged down beside its areas for improvement (themselves
    merged over their actions): the heading over them, the theme."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Key judgement", "Area for improvement", "Ref", "Actions", "Responsible"])
    sheet.append(["Quality of education", "Leaders should plan learning well", "1.1", "CPD", "HoE"])
    sheet.append(["", "", "1.2", "Diagnostics", "HoE"])
    sheet.append(["", "Leaders should track off-the-job hours", "2.1", "Report", "DoA"])
    sheet.append(
        ["Personal development", "Leaders should teach healthy lives", "3.1", "Tutorials", "HSS"]
    )
    sheet.merge_cells("A2:A4")
    sheet.merge_cells("B2:B3")
    path = tmp_path / "plan.xlsx"
    book.save(path)
    plan = import_table(path)
    assert [(t.title, len(t.recommendations)) for t in plan.themes] == [
        ("Quality of education", 2),
        ("Personal development", 1),
    ]


def test_a_cause_for_concern_is_a_finding_as_an_area_for_improvement_is(tmp_path: Path) -> None:
    """'Cause for Concern 1 – ...' and 'Area for Improvement 3 – ...' rows under an
    'EFFECTIVENESS' band: both the inspectorate's findings, inside the band."""
    path = tmp_path / "plan.txt"
    path.write_text(
        "Ref\tAction\tOwner\tDue date\tRAG\n"
        "EFFECTIVENESS\n"
        "Cause for Concern 1 – Prevention: the service should target home visits\n"
        "1.1\tIntroduce a digital home visit form\tAM Prevention\tDec-19\tG\n"
        "Area for Improvement 3 – Response: engines should be available\n"
        "3.1\tIntroduce a crewing dashboard\tAM Response\tJan-20\tA\n"
        "PEOPLE\n"
        "Cause for Concern 3 – Values: the service should promote its values\n"
        "4.1\tLaunch the values programme\tCFO\tNov-19\tG\n",
        encoding="utf-8",
    )
    plan = import_table(path)
    assert [(t.title, [r.text[:20] for r in t.recommendations]) for t in plan.themes] == [
        ("EFFECTIVENESS", ["Cause for Concern 1 ", "Area for Improvement"]),
        ("PEOPLE", ["Cause for Concern 3 "]),
    ]


def test_an_inspectorates_fact_lines_name_no_part(tmp_path: Path) -> None:
    """HIW's template: 'Service: ...', 'Area: Inpatient ward and theatres', 'Date of
    inspection: ...' above the table are facts kept in the notes, not the table's part."""
    from docx import Document

    document = Document()
    document.add_heading("Improvement plan", level=1)
    for line in (
        "Service: St Joseph's Hospital, Newport",
        "Area: Inpatient ward and theatres",
        "Date of inspection: 11 – 13 March 2024",
    ):
        document.add_paragraph(line)
    rows = [
        ["Improvement needed", "Service action", "Responsible officer", "Timescale"],
        [
            "The manager must give written discharge information",
            "Leaflet",
            "Ward Manager",
            "May-24",
        ],
        ["The manager should fix the hearing loop", "Repair", "Facilities Manager", "Jun-24"],
    ]
    table = document.add_table(rows=3, cols=4)
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            table.cell(i, j).text = text
    path = tmp_path / "plan.docx"
    document.save(str(path))
    plan = import_table(path)
    assert [t.title for t in plan.themes] == [""]
    assert "Area: Inpatient ward and theatres" in plan.notes


def test_a_clauses_number_beside_its_words_is_the_ref(tmp_path: Path) -> None:
    """'Code provision' (3.2, 3.6) beside 'Code requirement' (its words): both named as the
    requirement; the numbers are the ref, the words the recommendation."""
    path = tmp_path / "plan.csv"
    path.write_text(
        "Code provision,Code requirement,Action required,Action owner,Target date,RAG\n"
        "3.2,Landlords must make it easy for residents to complain,Add a web form,"
        "Head of Digital,Sep-24,Green\n"
        "3.6,Landlords must let residents have a representative,Update the policy,"
        "Policy Lead,Jul-24,Complete\n",
        encoding="utf-8",
    )
    plan = import_table(path)
    assert [a.ref for a in plan.actions()] == ["3.2", "3.6"]
    assert [r.text[:22] for t in plan.themes for r in t.recommendations] == [
        "Landlords must make it",
        "Landlords must let res",
    ]


def test_a_universitys_officers_are_posts() -> None:
    """'PVC Education' (a pro vice-chancellor) and 'Students' Union President': two posts."""
    assert split_people("PVC Education and Students' Union President").officers == (
        "PVC Education",
        "Students' Union President",
    )


def test_clauses_cited_under_bands_are_no_theme(tmp_path: Path) -> None:
    """RQIA's QIP: 'Action required to ensure compliance with ...' bands merged across, and a
    'Regulation / Standard' column citing one clause for each area for improvement: the
    bands are the themes, the clauses kept with their actions."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Regulation / Standard", "Area for improvement", "Ref", "Action", "Person"])
    sheet.append(["Action required to ensure compliance with the Regulations"])
    sheet.merge_cells("A2:E2")
    sheet.append(["Regulation 27(4)(b)", "Fire doors are not wedged open", "1.1", "Hold", "EO"])
    sheet.append(["Regulation 16(2)", "Placement plans are reviewed", "2.1", "Review", "SW"])
    sheet.append(["Action required to ensure compliance with the Minimum Standards"])
    sheet.merge_cells("A5:E5")
    sheet.append(["Standard 20.2", "Staff receive supervision", "3.1", "Matrix", "UM"])
    sheet.append(["Standard 11.4", "Medicines are counted", "4.1", "Count", "CN"])
    path = tmp_path / "qip.xlsx"
    book.save(path)
    plan = import_table(path)
    assert [(t.title[:40], len(t.recommendations)) for t in plan.themes] == [
        ("Action required to ensure compliance wit", 2),
        ("Action required to ensure compliance wit", 2),
    ]
    assert next(plan.actions()).extra["Regulation / Standard"] == "Regulation 27(4)(b)"


def test_a_columns_answers_in_brackets_name_no_field() -> None:
    """'Compliant (Yes/No/Partial)': the answers the column takes; its 'No' is no ref."""
    assert column_of(VOCABULARY, "Compliant (Yes/No/Partial)") is None
    assert column_of(VOCABULARY, "Lead (name/post)") == column_of(VOCABULARY, "Lead")


def test_a_plans_kind_and_progress_update_under_a_reviews_name(tmp_path: Path) -> None:
    """'Enhancement-led Institutional Review (ELIR) 2021' over 'Action Plan and Progress
    Update – June 2022': the review names the plan; the update line is kept in the notes."""
    from docx import Document

    document = Document()
    document.add_heading("Enhancement-led Institutional Review (ELIR) 2021", level=1)
    document.add_heading("Action Plan and Progress Update – June 2022", level=2)
    rows = [
        ["Ref", "Action", "Lead", "Timescale", "Status"],
        ["1.1", "Review the annual monitoring template", "Dean", "Dec-21", "Complete"],
        ["1.2", "Report to the Quality Committee", "Head of QA", "Jun-22", "On track"],
    ]
    table = document.add_table(rows=3, cols=5)
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            table.cell(i, j).text = text
    path = tmp_path / "plan.docx"
    document.save(str(path))
    plan = import_table(path)
    assert plan.title == "Enhancement-led Institutional Review (ELIR) 2021"
    assert "Action Plan and Progress Update – June 2022" in plan.notes


def test_a_learning_response_is_over_its_findings(tmp_path: Path) -> None:
    """A PSIRF export's 'Learning Response' (the investigation) over its areas for
    improvement: the theme."""
    path = tmp_path / "psii.csv"
    path.write_text(
        "Action ID,Learning Response,Area for Improvement,Safety Action,Action Owner,"
        "Due Date,RAG\n"
        "SA-1,PSII-017 Delayed response,Welfare calls were late,Add a CAD prompt,"
        '"Hughes, Daniel",31/12/2024,Amber\n'
        "SA-2,PSII-017 Delayed response,Escalation was unclear,Revise triggers,"
        '"Okafor, Grace",28/02/2025,Green\n'
        "SA-3,PSII-021 Missed deterioration,Observations were missed,Train crews,"
        '"Hughes, Daniel",31/03/2025,Green\n',
        encoding="utf-8",
    )
    plan = import_table(path)
    assert [t.title for t in plan.themes] == [
        "PSII-017 Delayed response",
        "PSII-021 Missed deterioration",
    ]


def test_a_status_under_the_key_that_the_actions_use_is_the_keys(tmp_path: Path) -> None:
    """A board log's 'Status key' whose 'Revised date | New date agreed ...' row has no
    '=': the actions use 'Revised date' as a status (an amber cell), so the row is the key's
    entry (said in the report), not an action after the key; 'Past the due date ...' is red."""
    from openpyxl import Workbook
    from openpyxl.styles import PatternFill

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Action Ref", "Action", "Lead", "Due Date", "Status"])
    sheet.append(["112", "Present a deep dive", "DoN", "Oct-24", "Complete"])
    sheet.append(["121", "Analyse minor injuries", "CF / JW", "Mar-25", "Revised date"])
    sheet.append(["130", "Add a pressure ulcer metric", "DoN", "Jan-25", "Overdue"])
    for row, colour in ((2, "0070C0"), (3, "FFC000"), (4, "FF0000")):
        sheet.cell(row, 5).fill = PatternFill("solid", fgColor=colour)
    sheet.append([])
    sheet.append(["Status key"])
    sheet.append(["Complete", "Action completed – proposed for closure"])
    sheet.append(["Revised date", "New date agreed by the Board"])
    sheet.append(["Overdue", "Past the due date and no revised date agreed"])
    path = tmp_path / "log.xlsx"
    book.save(path)
    report: list[str] = []
    plan = import_table(path, report=report)
    assert [(a.ref, a.status) for a in plan.actions()] == [
        ("112", Status.BLUE),
        ("121", Status.AMBER),
        ("130", Status.RED),
    ]
    assert any("'Revised date' under the plan's key" in line for line in report)


def test_an_acting_ranks_officer_and_a_post_are_two() -> None:
    """'T/Supt Chris Doyle and Head of People Services': a named officer of acting rank, and a
    post."""
    assert split_people("T/Supt Chris Doyle and Head of People Services").officers == (
        "T/Supt Chris Doyle",
        "Head of People Services",
    )


def test_a_keys_colour_beyond_the_rag_is_its_entry(tmp_path: Path) -> None:
    """'Grey | Not yet started' under a 'RAG key' of Blue, Green, Amber and Red rows: the
    key's fifth entry, not an action after the key."""
    path = tmp_path / "plan.txt"
    path.write_text(
        "Ref\tAction\tLead\tDue\tRAG\n"
        "1.1\tAgree a lead agency\tHead of Adult Safeguarding\tJul-24\tGreen\n"
        "1.2\tReport MARM data\tHead of Adult Safeguarding\tOct-24\tBlue\n\n"
        "RAG key\nBlue\tComplete and evidenced\nGreen\tOn track\n"
        "Amber\tSome slippage\nRed\tNot on track\nGrey\tNot yet started\n",
        encoding="utf-8",
    )
    plan = import_table(path)
    assert [a.ref for a in plan.actions()] == ["1.1", "1.2"]
    assert "Grey = Not yet started" in plan.notes


def test_a_bare_label_row_over_its_words_gives_way_to_them(tmp_path: Path) -> None:
    """A text plan's 'Area for improvement 2' line over a line of the inspectors' words and
    its table: the words name the part (the label is kept in the notes)."""
    path = tmp_path / "plan.txt"
    header = "Ref\tActions\tPerson(s) responsible\tTimescale\tRAG\n"
    path.write_text(
        "Harberton School – Action Plan following ETI Inspection, May 2023\n\n"
        "Area for improvement 1\nTo develop the use of assessment information.\n"
        + header
        + "1.1\tReview the assessment calendar\tVice-Principal\tOct 2023\tComplete\n\n"
        "Area for improvement 2\nTo ensure that the development plan is underpinned by "
        "self-evaluation.\n" + header + "2.1\tWhole-staff self-evaluation\tPrincipal\t"
        "Jan 2024\tGreen\n",
        encoding="utf-8",
    )
    plan = import_table(path)
    assert [t.title for t in plan.themes] == [  # the one level of parts: the plan's themes
        "To develop the use of assessment information.",
        "To ensure that the development plan is underpinned by self-evaluation.",
    ]
    assert "Area for improvement 2" in plan.notes


@pytest.mark.parametrize(
    "cell",
    [
        "ICT & Digital Services Business Manager",
        "HR & Training Business Manager",
        "Business Manager – Housing Maintenance & Asset Management",
    ],
)
def test_a_manager_of_two_fields_is_one_post(cell: str) -> None:
    assert split_people(cell).officers == (cell,)


def test_a_band_naming_its_column_is_the_tables_caption(tmp_path: Path) -> None:
    """A 'Recommendations' row merged across a table whose column is 'Recommendation', the
    only heading row in it: the table's caption, no part over the recommendations."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Ref", "Recommendation", "Action to be taken", "Lead", "Target date"])
    sheet.append(["Recommendations"])
    sheet.merge_cells("A2:E2")
    sheet.append(["1.1", "The school should review risk assessments", "Revise", "HoC", "Jan-25"])
    sheet.append(["2.1", "The school should check medication weekly", "Check", "Nurse", "Dec-24"])
    sheet.append(["3.1", "Leaders should act on visitors' reports", "Log", "Clerk", "Jan-25"])
    path = tmp_path / "plan.xlsx"
    book.save(path)
    plan = import_table(path)
    assert [t.title for t in plan.themes] == [""]
    assert "Recommendations" in plan.notes


def test_a_revised_target_written_in_another_column_is_the_end(tmp_path: Path) -> None:
    """'Revised target 30/06/2025 – new system delayed' in a DHR plan's 'Date of completion
    and Outcome' column: the end a person reads; the first target kept and the report says."""
    path = tmp_path / "dhr.csv"
    path.write_text(
        "Recommendation,Action to take,Lead Agency,Target Date,Date of completion and Outcome\n"
        "1. Agencies should ask,Add a question,LTHT,September 2024,Completed August 2024\n"
        "2. Review MARAC,Review the tracking,Safer Leeds,31/12/2024,"
        "Revised target 30/06/2025 – new case management system delayed\n",
        encoding="utf-8",
    )
    report: list[str] = []
    plan = import_table(path, report=report)
    first, second = plan.actions()
    assert (first.end, second.end) == (Month.of(2024, 9), Month.of(2025, 6))
    assert second.extra["End as first set"] == "31/12/2024"
    assert any("revised end written at the start of another column" in r for r in report)


def test_a_bodys_name_under_the_title_is_no_part(tmp_path: Path) -> None:
    """'Safer Havant Partnership' on the line under a DHR plan's title, above its table:
    the body whose plan it is, no part over the recommendations."""
    path = tmp_path / "dhr.txt"
    path.write_text(
        "Domestic Homicide Review 'Leanne' – Action Plan\nSafer Havant Partnership\n\n"
        "Recommendation\tAction to take\tLead agency\tTarget date\n"
        "1. Agencies should ask about abuse\tAdd a prompt\tTalking Therapies\tOct-24\n"
        "2. The police should brief call handlers\tReview briefing\tConstabulary\tJan-25\n",
        encoding="utf-8",
    )
    plan = import_table(path)
    assert [t.title for t in plan.themes] == [""]
    assert "Safer Havant Partnership" in plan.notes


def test_a_settings_name_with_its_provision_over_a_post_inspection_plan(tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_text(
        "Birtenshaw School – Residential Provision\n"
        "Post-inspection action plan following Ofsted inspection, 12–14 November 2024\n\n"
        "Ref\tAction\tLead\tTarget date\n1.1\tRevise the template\tHead of Care\tJan-25\n"
        "1.2\tDeliver training\tHead of Care\tMar-25\n",
        encoding="utf-8",
    )
    assert import_table(path).title == "Birtenshaw School – Residential Provision"


def test_education_scotlands_main_point_for_action_gives_way_to_its_words() -> None:
    assert labels_one_part("Main point for action")
    assert not labels_one_part("Main points for action")  # a group of them


def test_a_heading_wrapped_between_its_rules_is_one(tmp_path: Path) -> None:
    """A text plan's ruled heading over two lines ('Area for improvement 1: Continue ... all'
    / 'learners experience ...'): one heading, its lines joined."""
    path = tmp_path / "plan.txt"
    rule = "-" * 70 + "\n"
    record = "{ref}  {action}\n     Lead: DHT\n     Timescale: October 2024\n     RAG: Green\n\n"
    path.write_text(
        "St Ninian's High School: Post-Inspection Action Plan 2024-25\n\n"
        + rule
        + "Area for improvement 1: Continue to improve learning so that all\n"
        "learners experience appropriate pace and challenge.\n"
        + rule
        + record.format(ref="1.1", action="Introduce a framework.")
        + record.format(ref="1.2", action="Run peer observation.")
        + rule
        + "Area for improvement 2: Improve the use of data so that supports\n"
        "are timely and well targeted.\n"
        + rule
        + record.format(ref="2.1", action="Build a tracker.")
        + record.format(ref="2.2", action="Hold tracking meetings."),
        encoding="utf-8",
    )
    plan = import_table(path)
    assert [t.title for t in plan.themes] == [
        "Area for improvement 1: Continue to improve learning so that all learners experience "
        "appropriate pace and challenge.",
        "Area for improvement 2: Improve the use of data so that supports are timely and well "
        "targeted.",
    ]


def test_labelled_actions_numbered_in_their_label(tmp_path: Path) -> None:
    """A Care Inspectorate plan in text: 'Key question 1: ...' over 'Requirement 1' and its
    words, then 'Action 1.1: ...' with 'Lead:', 'Timescale:', 'Status:' lines: each action its
    label's ref, under the key question and the requirement's words."""
    path = tmp_path / "plan.txt"
    path.write_text(
        "CrossReach - Care Inspectorate Improvement Plan\n"
        "Service: Children's house\nInspection: November 2024\nPlan updated: February 2025\n\n"
        "Key question 1: How well do we support children's wellbeing?\n\n"
        "Requirement 1\nBy 31 March 2025, the provider must review each personal plan.\n\n"
        "Action 1.1: Review every personal plan.\nLead: Registered Manager\n"
        "Timescale: 31/01/2025\nStatus: Complete\n\n"
        "Action 1.2: Introduce a monthly audit.\nLead: Depute Manager\n"
        "Timescale: March 2025\nStatus: On track\n",
        encoding="utf-8",
    )
    plan = import_table(path)
    assert [a.ref for a in plan.actions()] == ["1.1", "1.2"]
    assert next(a.action for a in plan.actions()) == "Review every personal plan."
    assert [(t.title, [r.text for r in t.recommendations]) for t in plan.themes] == [
        (
            "Key question 1: How well do we support children's wellbeing?",
            ["By 31 March 2025, the provider must review each personal plan."],
        )
    ]


def test_a_column_of_recommendation_numbers_under_their_headings(tmp_path: Path) -> None:
    """'Rec 1', 'Rec 2' in an 'Ofsted recommendation' column under rows giving each
    recommendation in full: the headings are the recommendations; the numbers are kept."""
    path = tmp_path / "plan.txt"
    path.write_text(
        "Ref\tOfsted recommendation\tAction\tLead\tTarget date\tRAG\n"
        "Recommendation 1: The quality of management oversight\n"
        "1.1\tRec 1\tRefresh the supervision policy\tHoS\tDec-18\tComplete\n"
        "1.2\tRec 1\tAudit supervision quarterly\tSH / KB\tMar-19\tGreen\n"
        "Recommendation 2: The timeliness of health assessments\n"
        "2.1\tRec 2\tAgree an escalation protocol\tHoS\tNov-18\tComplete\n",
        encoding="utf-8",
    )
    plan = import_table(path)
    assert [(t.title, r.text, len(r.actions)) for t in plan.themes for r in t.recommendations] == [
        ("Recommendation 1: The quality of management oversight", "", 2),
        ("Recommendation 2: The timeliness of health assessments", "", 1),
    ]
    assert next(plan.actions()).extra["Ofsted recommendation"] == "Rec 1"


def test_a_line_under_the_key_heading_no_action_is_a_note(tmp_path: Path) -> None:
    """'Plan reviewed by the Board of Governors, 12 March 2024' under the status key: a
    line about the plan, kept in its notes (it was refused as an action after the key)."""
    path = tmp_path / "plan.txt"
    path.write_text(
        "Area for improvement\tRef\tActions\tPerson(s) responsible\tTimescale\tStatus\n"
        "1. To improve assessment for learning.\t1.1\tShare practice\tVP\tDec 2023\tComplete\n"
        "\t1.2\tReview marking policies\tHoDs\tJan 2024\tOn track\n\n"
        "Status key: Complete; On track; Amber - behind schedule; Red - not achieved\n"
        "Plan reviewed by the Board of Governors, 12 March 2024\n",
        encoding="utf-8",
    )
    plan = import_table(path)
    assert [a.ref for a in plan.actions()] == ["1.1", "1.2"]
    assert "Plan reviewed by the Board of Governors, 12 March 2024" in plan.notes


def test_a_templates_sign_off_under_the_table_is_kept_in_the_notes(tmp_path: Path) -> None:
    """HIW's 'Service representative' block ('Name: | Sarah Jenkins', 'Job role: | ...',
    'Date: | 14/10/2024') under the last action: who signed the plan off, not actions."""
    path = tmp_path / "plan.txt"
    path.write_text(
        "Ref\tImprovement needed\tService action\tResponsible officer\tTimescale\n"
        "1\tEquipment must be checked daily\tDaily checks\tWard Manager\tOct-24\n"
        "2\tStaff must complete training\tTraining reviewed\tHead of Midwifery\tMar-25\n\n"
        "Service representative\nName:\tSarah Jenkins\nJob role:\tHead of Midwifery\n"
        "Date:\t14/10/2024\n",
        encoding="utf-8",
    )
    plan = import_table(path)
    assert [a.ref for a in plan.actions()] == ["1", "2"]
    assert "Name: Sarah Jenkins" in plan.notes


def test_a_matrons_team_after_a_comma_is_one_post() -> None:
    assert split_people("Matron, Crisis Resolution & Home Treatment").officers == (
        "Matron, Crisis Resolution & Home Treatment",
    )


def test_a_scottish_school_session_ends_in_june() -> None:
    read = read_end("Session 2023-24")
    assert (read.month, read.text) == (Month.of(2024, 6), "Session 2023-24")


def test_a_numbered_label_before_a_table_names_its_part(tmp_path: Path) -> None:
    """A CSPR plan's bold 'Learning Point 1: Professional curiosity ...' before each table:
    the part its actions answer ('Accountable board: ...', with no number, is said of one)."""
    from docx import Document

    document = Document()
    document.add_heading("Child Safeguarding Practice Review: Child S – Action Plan", level=1)
    for n, point in ((1, "Professional curiosity about adults"), (2, "Escalation")):
        document.add_paragraph().add_run(f"Learning Point {n}: {point}").bold = True
        table = document.add_table(rows=2, cols=4)
        for j, text in enumerate(["Ref", "Action", "Lead", "Timescale"]):
            table.cell(0, j).text = text
        for j, text in enumerate([f"{n}.1", "Deliver briefings", "WSP", "Mar-25"]):
            table.cell(1, j).text = text
    path = tmp_path / "plan.docx"
    document.save(str(path))
    plan = import_table(path)
    assert [t.title for t in plan.themes] == [
        "Learning Point 1: Professional curiosity about adults",
        "Learning Point 2: Escalation",
    ]


def test_a_scottish_schools_principal_teachers_are_posts() -> None:
    assert split_people("PT Literacy, PT Numeracy").officers == ("PT Literacy", "PT Numeracy")


def test_a_committee_and_its_council_under_the_title_is_no_part(tmp_path: Path) -> None:
    path = tmp_path / "tracker.txt"
    path.write_text(
        "Planning Enforcement Task and Finish Group - Recommendations Monitoring\n"
        "Overview and Scrutiny Committee, St Albans City and District Council\n\n"
        "Rec No\tRecommendation\tAction\tResponsible Officer\tTarget Date\tStatus\n"
        "R1\tPublish a revised enforcement plan.\tDraft the plan\tHead of Planning\tDec-24\t"
        "On track\n"
        "R2\tFill the two vacant posts.\tRe-advertise\tEnforcement Manager\tMar-25\tComplete\n",
        encoding="utf-8",
    )
    plan = import_table(path)
    assert [t.title for t in plan.themes] == [""]
    assert "Overview and Scrutiny Committee, St Albans City and District Council" in plan.notes


def test_a_label_beside_its_words_merged_across_is_the_part(tmp_path: Path) -> None:
    """A SEND plan's 'Area for priority action' in the ref column beside the inspectors'
    words merged across the rest of the row: those words are the part, under its theme band,
    not an action whose ref is the label."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Ref", "Action", "Lead officer", "Partner(s)", "Timescale"])
    sheet.append(["1. Timeliness and quality of EHC plans"])
    sheet.merge_cells("A2:E2")
    sheet.append(["Area for priority action", "Leaders should complete EHC needs assessments"])
    sheet.merge_cells("B3:E3")
    sheet.append(["1.1", "Recruit two coordinators", "Head of SEND", "HR", "Oct-24"])
    sheet.append(["1.2", "Introduce a weekly panel", "Head of SEND", "ICB", "Mar-25"])
    path = tmp_path / "plan.xlsx"
    book.save(path)
    plan = import_table(path)
    assert [a.ref for a in plan.actions()] == ["1.1", "1.2"]
    assert [(t.title, [r.text for r in t.recommendations]) for t in plan.themes] == [
        (
            "1. Timeliness and quality of EHC plans",
            ["Leaders should complete EHC needs assessments"],
        )
    ]


@pytest.mark.parametrize(
    ("cell", "officers"),
    [
        ("DCI RB & DCI SK", ("DCI RB", "DCI SK")),
        ("AHT, HoDs", ("AHT", "HoDs")),
        ("DCI Public Protection", ("DCI Public Protection",)),
    ],
)
def test_ranks_with_initials_and_posts_letters(cell: str, officers: tuple[str]) -> None:
    assert split_people(cell).officers == officers


def test_a_part_label_merged_over_each_tables_header(tmp_path: Path) -> None:
    """A Welsh school's plan: a bold first line names the plan, and each table opens with
    'R1: Improve ...' merged over its header: the tables' parts, not the title."""
    from docx import Document

    document = Document()
    document.add_paragraph().add_run(
        "Ysgol Bro Morgannwg – Post-Inspection Action Plan"
    ).bold = True
    document.add_paragraph("Estyn core inspection: March 2023. Plan approved on 12 May 2023.")
    for n, words in (
        (1, "Improve the consistency of feedback so that pupils know how to improve their work"),
        (2, "Strengthen the use of attendance data so that leaders act on it quickly and well"),
    ):
        table = document.add_table(rows=3, cols=4)
        top = table.cell(0, 0).merge(table.cell(0, 3))
        top.text = f"R{n}: {words}"
        for j, text in enumerate(["Ref", "Action", "Lead", "Timescale"]):
            table.cell(1, j).text = text
        for j, text in enumerate([f"{n}.1", "Agree a policy", "AHT", "Termly"]):
            table.cell(2, j).text = text
        document.add_paragraph()
    path = tmp_path / "plan.docx"
    document.save(str(path))
    plan = import_table(path)
    assert plan.title == "Ysgol Bro Morgannwg – Post-Inspection Action Plan"
    assert [t.title for t in plan.themes] == [
        "R1: Improve the consistency of feedback so that pupils know how to improve their work",
        "R2: Strengthen the use of attendance data so that leaders act on it quickly and well",
    ]


def test_an_audits_ref_beside_each_recommendations_ref(tmp_path: Path) -> None:
    """'Audit Ref' (one audit over several rows) beside 'Rec Ref' (one a row): the second
    is each action's ref, the first kept (it was refused as two refs)."""
    path = tmp_path / "tracker.csv"
    path.write_text(
        "Audit Ref,Audit Title,Rec Ref,Recommendation,Responsible Officer,Target Date,RAG\n"
        "LHCH 24/25-03,DSPT,03.1,Staff should complete training,Head of IG,Mar-25,Green\n"
        "LHCH 24/25-03,DSPT,03.2,Asset register should be kept,Head of IT,Jun-25,Amber\n"
        "LHCH 24/25-05,Payroll,05.1,Starters should be checked,Payroll Manager,Feb-25,Green\n",
        encoding="utf-8",
    )
    plan = import_table(path)
    assert [a.ref for a in plan.actions()] == ["03.1", "03.2", "05.1"]
    assert next(plan.actions()).extra["Audit Ref"] == "LHCH 24/25-03"


def test_a_finding_in_bold_between_two_tables_names_the_next(tmp_path: Path) -> None:
    """A CQC plan's bold finding under the theme heading names the first table's part; the
    next bold finding, right after that table, names the next table's (it was lost, and the
    second table's actions went under the first finding)."""
    from docx import Document

    document = Document()
    document.add_heading("Adult Social Care – CQC Assessment Improvement Plan", level=0)
    parts = [
        ("Theme 1: Working with people", "People waited too long for Care Act assessments."),
        ("", "Unpaid carers did not consistently receive carers' assessments."),
        ("Theme 2: Providing support", "Access to home care in rural areas was limited."),
    ]
    for n, (theme, finding) in enumerate(parts, start=1):
        if theme:
            document.add_heading(theme, level=1)
        document.add_paragraph().add_run(finding).bold = True
        table = document.add_table(rows=2, cols=4)
        for j, text in enumerate(["Ref", "Action", "Lead", "Timescale"]):
            table.cell(0, j).text = text
        for j, text in enumerate([f"{n}.1", "Clear the waiting list", "HoS", "Mar-25"]):
            table.cell(1, j).text = text
    path = tmp_path / "plan.docx"
    document.save(str(path))
    plan = import_table(path)
    assert [r.text for t in plan.themes for r in t.recommendations] == [f for _, f in parts]


def test_a_templates_service_line_is_no_title(tmp_path: Path) -> None:
    path = tmp_path / "plan.csv"
    path.write_text(
        "Improvement plan,,,\nService: Morriston Hospital – Emergency Department,,,\n"
        "Date of inspection: 11 – 13 November 2024,,,\n,,,\n"
        "Improvement needed,Service action,Responsible officer,Timescale\n"
        "Patients must be able to call for help,Call bells added,Senior Nurse,Dec-24\n"
        "Medicines must be stored securely,Fridge locks fitted,Pharmacy Lead,Jan-25\n",
        encoding="utf-8",
    )
    assert import_table(path).title == "Improvement plan"
