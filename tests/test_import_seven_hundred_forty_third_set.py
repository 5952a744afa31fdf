"""Session 37: the held-out sets from heldout743 on. Each test is a shape a blind author
wrote that was read wrongly or refused at first sight, cut down to what a person reads."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from ofsted_plan.errors import PlanError
from ofsted_plan.importing.importer import import_table
from ofsted_plan.model import Plan

from .test_import_four_hundred_twenty_first_set import _book
from .test_import_six_hundred_fifty_first_set import _word
from .test_import_three_hundred_ninety_third_set import _csv


def _under(plan: Plan) -> list[tuple[str, str]]:
    """Each action's theme and recommendation, in order."""
    return [
        (theme.title, rec.text)
        for theme in plan.themes
        for rec in theme.recommendations
        for _ in rec.actions
    ]


def test_a_notices_number_and_contravention_are_its_facts(tmp_path: Path) -> None:
    """'Notice no. 310275734. Contravention: ... Compliance date: 31 May 2025.' between an
    improvement notice's heading and its table: the notice's facts, no part of the plan; the
    heading names what the actions answer."""
    head = ["No.", "Action", "Lead officer", "Target date", "RAG"]
    blocks: list[tuple[str, object]] = [
        ("h1", "Waste Collection Services: HSE Improvement Notices Action Plan"),
        ("h2", "Improvement Notice 1 – Hand-arm vibration"),
        ("p", "Notice no. 310275734. Contravention: Regulation 6(1) of the Control of Vibration "
              "at Work Regulations 2005 – exposure has not been reduced. Compliance date: 31 "
              "August 2025."),
        ("table", [head,
                   ["1.1", "Assess every powered hand tool", "Health & Safety Manager",
                    "30/04/2025", "Complete"],
                   ["1.2", "Replace high-vibration strimmers", "Fleet Manager", "29/08/2025",
                    "On track"]]),
        ("h2", "Improvement Notice 2 – Workplace transport"),
        ("p", "Notice no. 310275735. Contravention: Regulation 17 of the Workplace Regulations "
              "1992 – pedestrians and vehicles are not separated. Compliance date: 31 May 2025."),
        ("table", [head,
                   ["2.1", "Install a segregated walkway", "Depot Manager", "31/05/2025",
                    "Complete"]]),
    ]  # fmt: skip
    plan = import_table(str(_word(tmp_path / "notices.docx", blocks)))
    assert [t for t, _ in _under(plan)] == [
        "Improvement Notice 1 – Hand-arm vibration",
        "Improvement Notice 1 – Hand-arm vibration",
        "Improvement Notice 2 – Workplace transport",
    ]
    assert not any("Notice no." in t + r for t, r in _under(plan))


def test_a_control_objective_beside_the_auditors_recommendation_is_over_it(
    tmp_path: Path,
) -> None:
    """A town council's 'Internal control objective' left of "Internal auditor's
    recommendation", one objective a recommendation: the objective the recommendation falls
    under, read as the level over it (it was kept aside, the recommendation alone)."""
    rows = [
        ["Llandrindod Wells Town Council", "", "", "", "", ""],
        ["Internal Audit Report 2024-25: Action Plan", "", "", "", "", ""],
        ["No.", "Internal control objective", "Internal auditor's recommendation",
         "Action agreed", "Responsible", "Target date"],
        ["1", "A. Appropriate accounting records have been properly kept.",
         "The cash book should be reconciled monthly.", "Present the bank reconciliation",
         "Town Clerk", "Oct-25"],
        ["2", "B. The council's financial regulations have been met.",
         "Financial Regulations should be updated.", "Adopt the model regulations",
         "Town Clerk", "Sept 2025"],
    ]  # fmt: skip
    plan = import_table(str(_csv(tmp_path / "audit.csv", rows)))
    assert _under(plan) == [
        (
            "A. Appropriate accounting records have been properly kept.",
            "The cash book should be reconciled monthly.",
        ),
        (
            "B. The council's financial regulations have been met.",
            "Financial Regulations should be updated.",
        ),
    ]


def test_a_finding_under_each_worded_area_is_read_alike(tmp_path: Path) -> None:
    """A PSII's 'Area for improvement 1: Communication of ...' headings, each with one
    paragraph over its table: the first tells of what the investigation found, so the others
    are the same kind of text, said of their headings; none is a level under its heading
    (the second and third were read as the finding, the first as prose)."""
    head = ["Ref", "Safety action", "Action owner", "Target date", "Status"]
    blocks: list[tuple[str, object]] = [
        ("h1", "Patient Safety Incident Investigation – Safety Action Plan"),
        ("h2", "Area for improvement 1: Communication of the discharge plan"),
        ("p", "The investigation found that the discharge summary reached the team two days "
              "after discharge."),
        ("table", [head,
                   ["SA1.1", "Amend the discharge summary template", "Head of Clinical Systems",
                    "30/06/2025", "Complete"]]),
        ("h2", "Area for improvement 2: Follow-up when a patient does not attend"),
        ("p", "When the patient did not answer the door, there was no clear process for what "
              "to do next."),
        ("table", [head,
                   ["SA2.1", "Update the follow-up procedure", "Clinical Director",
                    "Q3 2025/26", "On track"]]),
        ("h2", "Area for improvement 3: Involving families and carers"),
        ("p", "The patient's mother was not told about the discharge date."),
        ("table", [head,
                   ["SA3.1", "Add a carer prompt to the discharge checklist", "Patient Safety Lead",
                    "31/10/2025", "At risk"]]),
    ]  # fmt: skip
    plan = import_table(str(_word(tmp_path / "psii.docx", blocks)))
    parts = [t or r for t, r in _under(plan)]
    assert parts == [
        "Area for improvement 1: Communication of the discharge plan",
        "Area for improvement 2: Follow-up when a patient does not attend",
        "Area for improvement 3: Involving families and carers",
    ]
    assert all(t == "" or r == "" for t, r in _under(plan))


def test_a_ward_or_department_label_is_a_fact_not_a_theme(tmp_path: Path) -> None:
    """HIW's 'Service: ...', 'Ward/department: ...', 'Date of inspection: ...' under the
    improvement plan's heading, after the immediate plan's table: the inspection's facts,
    kept as notes; the bands in the table name the parts ('Ward/department' was read as the
    theme: its '/' was no label)."""
    head = ["Improvement needed", "Standard / Regulation", "Service action",
            "Responsible officer", "Timescale"]  # fmt: skip
    band = "Quality of the patient experience"
    need = "The health board must ensure that patients have access to food and drink."
    urgent = "The health board must ensure that resuscitation equipment is checked daily."
    blocks: list[tuple[str, object]] = [
        ("h1", "HIW Inspection – Emergency Department: Improvement Plan"),
        ("h2", "Appendix B – Immediate improvement plan"),
        ("table", [head,
                   [urgent, "Standards – Safe", "Check the trolley daily", "Ward Manager",
                    "Immediate"]]),
        ("h2", "Appendix C – Improvement plan"),
        ("p", "Service: Royal Glamorgan Hospital"),
        ("p", "Ward/department: Emergency Department"),
        ("p", "Date of inspection: 3, 4 and 5 March 2025"),
        ("p", "The table below includes service improvements identified during the "
              "inspection where we require the service to complete an improvement plan."),
        ("table", [head, [band],
                   [need, "Health and Care Quality Standards 2023 – Person-centred",
                    "Introduce a two-hourly food and drink round", "Head of Nursing",
                    "June 2025"]]),
    ]  # fmt: skip
    plan = import_table(str(_word(tmp_path / "hiw.docx", blocks)))
    assert _under(plan)[1] == (band, need)
    assert "Ward/department: Emergency Department" in plan.notes


def test_a_key_letter_beside_its_meaning_on_a_row_of_its_own(tmp_path: Path) -> None:
    """'Status key:' | 'G' | 'Recommendation implemented – monitoring no longer required' above
    a scrutiny tracker's header: the letter's meaning, the row the key's, so the G actions are
    complete (the letters were split from their meanings, and G read as on track)."""
    rows: list[list[object]] = [
        ["Overview and Scrutiny Board: Recommendations Tracker"],
        [],
        ["Status key:", "G", "Recommendation implemented – monitoring no longer required"],
        ["", "A", "Acceptable progress – continue monitoring"],
        ["", "R", "Unacceptable progress – lead officer to attend OSB"],
        [],
        ["Ref", "Recommendation", "Lead officer", "Target", "Status"],
        ["TA/01", "That a placement policy is developed", "Service Director", "March 2026", "A"],
        ["TA/02", "That the Board receives quarterly figures", "Head of Housing",
         "July 2025", "G"],
    ]  # fmt: skip
    plan = import_table(str(_book(tmp_path / "osb.xlsx", {"Tracker": rows},
                                  merges=["Tracker!C3:D3"])))  # fmt: skip
    assert [a.status.value for a in plan.actions()] == ["amber", "blue"]


def test_a_well_being_step_merged_over_its_actions_is_their_recommendation(
    tmp_path: Path,
) -> None:
    """A PSB's 'Well-being objective' | 'Step' | 'Action', the step merged down over the
    actions that take it: the objective the theme, the step the recommendation (the step was
    kept aside as saying one thing over several actions)."""
    head: list[object] = ["Well-being objective", "Step", "Ref", "Action", "Lead partner(s)",
                          "Milestone date", "RAG"]  # fmt: skip
    rows: list[list[object]] = [
        ["Local Well-being Plan Delivery Tracker 2025-26"],
        [],
        head,
        ["1. Early Years", "Transforming early years services", "EY1",
         "Publish a single directory for families", "Swansea Bay UHB", "December 2025", "Green"],
        ["", "", "EY2", "Pilot a joint first 1,000 days pathway", "Swansea Council",
         "March 2026", "Amber"],
        ["2. Live Well, Age Well", "Building on Swansea as a Human Rights City", "LW1",
         "Deliver human rights training", "Swansea Council", "Q4 2025/26", "Green"],
        ["", "", "LW2", "Seek Age Friendly Community membership", "Age Cymru", "June 2026",
         "Red"],
    ]  # fmt: skip
    merges = ["Plan!A4:A5", "Plan!B4:B5", "Plan!A6:A7", "Plan!B6:B7"]
    plan = import_table(str(_book(tmp_path / "psb.xlsx", {"Plan": rows}, merges=merges)))
    assert _under(plan) == [
        ("1. Early Years", "Transforming early years services"),
        ("1. Early Years", "Transforming early years services"),
        ("2. Live Well, Age Well", "Building on Swansea as a Human Rights City"),
        ("2. Live Well, Age Well", "Building on Swansea as a Human Rights City"),
    ]


def test_a_concern_merged_across_with_its_answer_beside_it_heads_its_actions(
    tmp_path: Path,
) -> None:
    """HMPPS's 'No. | Concern / Action | Agreed / Partly Agreed / Not Agreed' table: each
    concern merged across the first two columns with 'Agreed' or 'Partly Agreed' beside it,
    over its numbered actions: the concern heads them, its answer said of it (the row was
    refused as an action with no words)."""
    head = ["No.", "Concern / Action", "Agreed / Partly Agreed / Not Agreed",
            "Responsible Owner", "Target Date"]  # fmt: skip
    one = "1. Too many prisoners spent long periods locked in their cells."
    two = "2. The supply of illicit drugs was high."
    blocks: list[tuple[str, object]] = [
        ("h1", "Action Plan: HMP Wayland"),
        ("h2", "Priority concerns"),
        ("table", [head,
                   [one, one, "Agreed", "", ""],
                   ["1.1", "Introduce a revised core day", "", "Head of Residence",
                    "30/06/2025"],
                   [two, two, "Partly Agreed", "", ""],
                   ["2.1", "Install an enhanced body scanner", "", "Head of Security",
                    "September 2025"],
                   ["2.2", "Relaunch the substance-free living unit", "",
                    "Head of Reducing Reoffending", "31/10/2025"]]),
    ]  # fmt: skip
    path = _word(tmp_path / "hmp.docx", blocks)
    document = Document(str(path))
    table = document.tables[0]
    for row in (1, 3):  # the concern merged across 'No.' and 'Concern / Action', as HMPPS's is
        text = table.cell(row, 0).text
        merged = table.cell(row, 0).merge(table.cell(row, 1))
        merged.text = text
    document.save(str(path))
    plan = import_table(str(path))
    assert [r for _, r in _under(plan)] == [one, two, two]
    assert next(a.action for a in plan.actions()) == "Introduce a revised core day"


def test_a_section_shaded_as_the_first_is_no_box_of_the_report(tmp_path: Path) -> None:
    """'Recommendations' and then 'Issues to address', each shaded and merged across the
    table, over 'Issue 1: ...' and its actions: the plan's second section, read (its actions
    were kept as notes, a highlight report's box of issues, and lost to the plan)."""
    rows: list[list[object]] = [
        ["CPS Area Action Plan"],
        [],
        ["No.", "Action", "Owner", "Deadline", "RAG", "Commentary"],
        ["Recommendations"],
        ["Recommendation 1: The Area should improve the quality of charging advice."],
        ["1.1", "Set two quality assessments a quarter", "Deputy CCP", "30/06/2025", "G", ""],
        ["Issues to address"],
        ["Issue 1: Victim letters were not always sent on time."],
        ["2.1", "Refresh the letter training", "Victim Liaison Unit Manager", "30/09/2025",
         "G", ""],
        ["2.2", "Add a letter quality check", "Senior District Crown Prosecutor",
         "31/12/2024", "R", ""],
    ]  # fmt: skip
    fills = {"Plan!A4": "D9D9D9", "Plan!A7": "D9D9D9", "Plan!A5": "E4DFEC", "Plan!A8": "E4DFEC"}
    merges = ["Plan!A4:F4", "Plan!A5:F5", "Plan!A7:F7", "Plan!A8:F8"]
    plan = import_table(str(_book(tmp_path / "cps.xlsx", {"Plan": rows}, fills, merges)))
    assert [a.ref for a in plan.actions()] == ["1.1", "2.1", "2.2"]
    assert _under(plan)[1] == (
        "Issues to address",
        "Issue 1: Victim letters were not always sent on time.",
    )


def test_a_standards_numbers_beside_each_action_are_no_recommendation(tmp_path: Path) -> None:
    """An EQA plan's 'GIAS Standard' of '1.1, 2.2' beside each action, under rows across the
    table giving 'Recommendation 1: ...' in full: the standards each action answers, kept as
    another column; the rows name the recommendations (the numbers were read as them)."""
    rec = "Recommendation 1: Refresh the annual ethics declaration."
    rows: list[list[object]] = [
        ["External Quality Assessment Improvement Plan"],
        [],
        ["Ref", "GIAS Standard", "Agreed action", "Owner", "Target date", "RAG"],
        ["Domain II: Ethics and Professionalism"],
        [rec],
        ["1.1", "1.1, 2.2", "Update the annual declaration form", "Deputy Head", "March 2026",
         "G"],
        ["1.2", "2.2", "Add a conflict of interest confirmation", "Audit Manager", "April 2026",
         "A"],
    ]  # fmt: skip
    merges = ["Plan!A4:F4", "Plan!A5:F5"]
    plan = import_table(str(_book(tmp_path / "eqa.xlsx", {"Plan": rows}, merges=merges)))
    assert _under(plan) == [("Domain II: Ethics and Professionalism", rec)] * 2
    assert next(plan.actions()).extra.get("GIAS Standard") == "1.1, 2.2"


def test_operational_and_system_assurance_group_is_one_group(tmp_path: Path) -> None:
    """'HMPPS Operational and System Assurance Group': one group whose name joins two words
    of what it assures, never 'HMPPS Operational' (no post ends in 'Operational') and a
    group."""
    rows = [
        ["Ref", "Action", "Lead", "Due", "RAG"],
        ["1.1", "Review the assurance framework", "HMPPS Operational and System Assurance Group",
         "Q4 2025/26", "Green"],
        ["1.2", "Publish the findings", "Head of Public Protection", "June 2026", "Amber"],
    ]  # fmt: skip
    plan = import_table(str(_csv(tmp_path / "sfo.csv", rows)))
    assert next(plan.actions()).lead == ("HMPPS Operational and System Assurance Group",)


def test_a_post_its_area_and_its_boards_letters_are_one_officer(tmp_path: Path) -> None:
    """ "Associate Director, Children and Young People's Commissioning (BOB ICB)": a post, the
    area it covers and, in brackets, whose post it is: one officer (the board's letters made
    the area read as a body of its own)."""
    lead = "Associate Director, Children and Young People's Commissioning (BOB ICB)"
    rows = [
        ["Ref", "Action", "Lead", "Due", "RAG"],
        ["3.1", "Roll out the needs-led support offer", lead, "December 2026", "Green"],
        ["3.2", "Publish the waiting list each month", "Head of SEND", "March 2026", "Amber"],
    ]
    plan = import_table(str(_csv(tmp_path / "send.csv", rows)))
    assert next(plan.actions()).lead == (lead,)


def test_a_scrutiny_body_over_its_reviews_is_the_theme(tmp_path: Path) -> None:
    """A scrutiny tracker's 'Scrutiny body' | 'Review' | 'Recommendation', each commission
    holding whole reviews: the commission the theme, the review under it, each
    recommendation tracked as the action (the commission was kept aside)."""
    head = ["Ref", "Scrutiny body", "Review", "Recommendation", "Cabinet response",
            "Lead officer", "Due date", "RAG", "Latest update"]  # fmt: skip
    housing = "Housing and Community Safety Scrutiny Commission"
    schools = "Education and Local Economy Scrutiny Commission"
    damp = "Damp and mould in council homes"
    said = [
        "The council should set a target to inspect reported damp and mould cases within 10 "
        "working days and publish its performance every quarter.",
        "Tenants should be given a named officer and a written schedule of works at the "
        "first inspection visit.",
        "The council should work with the Metropolitan Police to publish ward contact "
        "details for every Safer Neighbourhood Team.",
        "The council should model the effect of falling rolls on school budgets over the next "
        "five years.",
    ]
    rows = [
        ["Southwark Council – Scrutiny Recommendation Tracker"],
        [],
        head,
        ["HCS-01", housing, damp, said[0], "Agreed", "Director of Asset Management",
         "31/03/2026", "Green", "On target"],
        ["HCS-02", housing, damp, said[1], "Agreed", "Director of Asset Management", "Jan-26",
         "Amber", "Pilot in two areas"],
        ["HCS-03", housing, "Safer Neighbourhood Teams", said[2], "Agreed in part",
         "Head of Community Safety", "Ongoing", "Green", "Published"],
        ["ELE-01", schools, "Falling school rolls", said[3], "Agreed", "Director of Education",
         "31/12/2025", "Red", "Delayed"],
    ]  # fmt: skip
    plan = import_table(str(_csv(tmp_path / "scrutiny.csv", rows)))
    assert _under(plan) == [
        (housing, damp),
        (housing, damp),
        (housing, "Safer Neighbourhood Teams"),
        (schools, "Falling school rolls"),
    ]
    assert [a.action for a in plan.actions()] == said


def test_an_area_of_significant_concern_over_its_words(tmp_path: Path) -> None:
    """A SEND WSoA's 'Area of significant concern 1' heading over the concern's words and its
    table: the words name the part, as under 'Area for improvement 1' (the label was read as
    the part and the words set aside)."""
    head = ["No.", "Action", "Lead", "Timescale", "RAG"]
    concern = "Leaders do not have a shared understanding of the local area's strengths."
    blocks: list[tuple[str, object]] = [
        ("h1", "Tameside Local Area Written Statement of Action"),
        ("h1", "Priority 1: Leadership, strategy and governance"),
        ("h2", "Area of significant concern 1"),
        ("p", concern),
        ("table", [head,
                   ["1.1", "Establish a SEND Improvement Board", "Director of Children's Services",
                    "March 2022", "B"]]),
    ]  # fmt: skip
    plan = import_table(str(_word(tmp_path / "wsoa.docx", blocks)))
    assert _under(plan) == [("Priority 1: Leadership, strategy and governance", concern)]


def test_the_covers_plan_over_the_sheets_line_naming_it_with_its_body(tmp_path: Path) -> None:
    """A cover's 'Board Assurance Framework 2025/26' and the actions sheet's 'BOB ICB Board
    Assurance Framework 2025/26 – actions to address gaps in control and assurance': the
    cover names the plan; the sheet's line adds the body's letters and what the sheet holds
    (the sheet's line was the title)."""
    cover: list[list[object]] = [
        ["NHS Buckinghamshire, Oxfordshire and Berkshire West Integrated Care Board"],
        ["Board Assurance Framework 2025/26"],
    ]
    sheet = (
        "BOB ICB Board Assurance Framework 2025/26 – actions to address gaps in control and "
        "assurance"
    )
    actions: list[list[object]] = [
        [sheet],
        [],
        ["Ref", "Action", "Owner", "Due", "RAG"],
        ["1.1", "Agree the elective recovery trajectory", "Chief Delivery Officer", "Dec-25", "G"],
        ["1.2", "Report waits monthly to the Board", "Chief Delivery Officer", "Monthly", "A"],
    ]
    plan = import_table(str(_book(tmp_path / "baf.xlsx", {"Cover": cover, "Actions": actions})))
    assert plan.title == "Board Assurance Framework 2025/26"


def test_it_and_systems_manager_is_one_post(tmp_path: Path) -> None:
    """'IT & Systems Manager': the field's capitals, then a manager of the other field: one
    post over both (read as 'IT' and a 'Systems Manager')."""
    rows = [
        ["Ref", "Action", "Lead", "Due", "RAG"],
        ["2025/16", "Replace the board's papers portal", "IT & Systems Manager", "Dec-25", "G"],
        ["2025/17", "Review the risk appetite", "Chief Executive", "Mar-26", "A"],
    ]
    plan = import_table(str(_csv(tmp_path / "log.csv", rows)))
    assert next(plan.actions()).lead == ("IT & Systems Manager",)


def test_a_key_colour_for_on_track_or_achieved_stays_on_track(tmp_path: Path) -> None:
    """'G = on track/achieved, A = partly on track, R = not on track': green covers both, so
    it says nothing of completion; G stays green and A amber (G was read as complete and the
    scale moved down, A read as green)."""
    lines = [
        "Hampton Hargate Primary School – School Development Plan 2025-26",
        "RAG reviewed each term: G = on track/achieved, A = partly on track, R = not on track",
        "",
        "Ref\tAction\tLead\tTimescale\tRAG",
        "1.1\tIntroduce a whole-school approach to sentence construction\tEnglish lead\t"
        "Autumn term 2025\tG",
        "1.2\tModerate Year 6 writing each half-term\tDHT\tOngoing\tA",
        "1.3\tAudit the reading scheme\tReading lead\tMarch 2026\tR",
    ]
    path = tmp_path / "sdp.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    plan = import_table(str(path))
    assert [a.status.value for a in plan.actions()] == ["green", "amber", "red"]


def test_the_sheets_title_where_the_cover_says_the_same_words(tmp_path: Path) -> None:
    """The cover's 'HMICFRS recommendation tracker – Disproportionate use of police powers'
    and the tracker sheet's 'Disproportionate Use of Police Powers – HMICFRS Recommendation
    Tracker': one name in two orders, the sheet's own line the title (the cover's was)."""
    cover: list[list[object]] = [
        ["Avon and Somerset Constabulary"],
        [],
        ["Document", "HMICFRS recommendation tracker – Disproportionate use of police powers"],
    ]
    title = "Disproportionate Use of Police Powers – HMICFRS Recommendation Tracker"
    tracker: list[list[object]] = [
        [title],
        [],
        ["Ref", "Action", "Owner", "Due", "RAG"],
        ["1a", "Publish stop and search data each month", "Superintendent", "Dec-23", "Green"],
        ["1b", "Review body-worn video of searches", "Chief Inspector", "Mar-24", "Amber"],
    ]
    plan = import_table(str(_book(tmp_path / "t.xlsx", {"Cover": cover, "Tracker": tracker})))
    assert plan.title == title


def test_a_summary_of_projects_with_lines_under_it_is_no_second_plan(tmp_path: Path) -> None:
    """A highlight report's 'Programme Summary' (each project's name, lead partner and RAG,
    then 'Projects reported: 6 of 16' under it) beside the milestones sheet: a list of the
    programme's projects, not a second plan (the lines under it made its names look long,
    and the workbook was refused)."""
    summary: list[list[object]] = [
        ["Programme Summary – project status at 30 September 2025"],
        [],
        ["Project", "Island group", "Lead partner", "Previous RAG", "Current RAG"],
        ["Islands Centre for Net Zero", "Pan-islands", "EMEC", "G", "G"],
        ["Outer Hebrides Energy Hub", "Outer Hebrides", "Comhairle nan Eilean Siar", "A", "R"],
        ["Shetland Campus Redevelopment", "Shetland", "UHI Shetland", "G", "A"],
        ["Projects reported: 3 of 16 with milestones due this quarter"],
        ["Current RAG totals: G 1 / A 1 / R 1 across the three reported projects"],
    ]
    milestones: list[list[object]] = [
        ["Key Milestones and Actions – Q2 2025/26"],
        [],
        ["Ref", "Milestone / action", "Lead", "Baseline date", "Current RAG"],
        ["1.1", "Appoint the programme director and the core delivery team for the centre",
         "EMEC", "Sep-25", "G"],
        ["1.2", "Submit the full business case to the UK and Scottish Governments for approval",
         "Comhairle nan Eilean Siar", "Dec-25", "R"],
        ["1.3", "Award the main works contract for the Lerwick campus refurbishment project",
         "UHI Shetland", "Mar-26", "A"],
    ]  # fmt: skip
    sheets = {"Programme Summary": summary, "Milestones & Actions": milestones}
    plan = import_table(str(_book(tmp_path / "hr.xlsx", sheets)))
    assert [a.ref for a in plan.actions()] == ["1.1", "1.2", "1.3"]


def test_a_milestone_column_of_dates_beside_the_deliverables(tmp_path: Path) -> None:
    """A council plan's 'Annual Plan deliverable' (sentences) beside 'Milestone' (dates),
    under 'Mission 2: ...' rows across the table: the deliverables are the actions and the
    milestones their end (the mission rows made the deliverables look patchy, and the dates
    were read as the actions)."""
    rows: list[list[object]] = [
        ["Our People"],
        [],
        ["Ref", "Annual Plan deliverable", "Lead officer", "Milestone", "Q2 RAG"],
        ["Mission 2: Children and young people have the best start in life"],
        ["P2.1", "Open two further Family Hubs and extend the Start for Life offer",
         "Director of Children's Services", "Dec-2025", "Green"],
        ["P2.2", "Reduce the number of children waiting more than 20 weeks for a plan",
         "Director of Children's Services", "Q4 2025/26", "Red"],
        ["Mission 4: Adults are supported to live independent, healthy lives"],
        ["P4.1", "Deliver the Adult Social Care Improvement Plan in full this year",
         "Director of Adult Social Care", "Mar-2026", "Amber"],
    ]  # fmt: skip
    merges = ["Plan!A4:E4", "Plan!A7:E7"]
    plan = import_table(str(_book(tmp_path / "plan.xlsx", {"Plan": rows}, merges=merges)))
    actions = list(plan.actions())
    assert actions[0].action.startswith("Open two further Family Hubs")
    assert [str(a.end) for a in actions] == ["2025-12", "2026-03", "2026-03"]


def test_an_action_column_of_months_is_refused_at_its_line(tmp_path: Path) -> None:
    """A 'Milestone' column of months read as the action, where two columns of sentences
    stand beside it and neither can be told to be the action: refused at the first action's
    line with the rules line that says which, never a plan of dates for actions."""
    rows = [
        ["Ref", "Milestone", "Owner", "RAG", "Description", "Context"],
        ["1.1", "Dec-2025", "Head of Housing", "Green",
         "Open two further family hubs in Abbey Wood and Eltham",
         "The hubs follow the Start for Life programme agreed in 2024"],
        ["1.2", "Mar-2026", "Head of SEND", "Amber",
         "Reduce the waiting time for EHC plans below twenty weeks",
         "Waiting times rose sharply during the last two school years"],
        ["1.3", "Jul-2025", "Head of Commissioning", "Green",
         "Review the home care framework and award the new contracts",
         "The framework expired in March and was extended by four months"],
    ]  # fmt: skip
    path = _csv(tmp_path / "plan.csv", rows)
    with pytest.raises(PlanError) as caught:
        import_table(str(path))
    assert caught.value.line == 2
    assert "column Milestone = end" in (caught.value.hint or "")


def test_a_second_breach_after_the_firsts_actions_is_the_next_part(tmp_path: Path) -> None:
    """A text plan's 'Breach of Regulation 12 (...): ...' under its section, its records, then
    'Breach of Regulation 19 (...): ...' on a line of its own: the next finding, over the
    records after it (it was kept as a note, and its actions read under regulation 12)."""
    lines = [
        "Home Care – CQC Inspection Action Plan",
        "",
        "SECTION 1: SAFE",
        "Breach of Regulation 12 (Safe care and treatment): Risks relating to medicines were "
        "not always assessed.",
        "",
        "1.1  Action: Audit every client's medication record weekly",
        "     Lead: Care Manager",
        "     Due: 31/01/2025",
        "     Status: Completed",
        "",
        "Breach of Regulation 19 (Fit and proper persons employed): Recruitment checks were not "
        "always completed before staff started work.",
        "",
        "1.2  Action: Introduce a recruitment checklist signed off before a first shift",
        "     Lead: Recruitment Co-ordinator",
        "     Due: 31/12/2024",
        "     Status: Completed",
    ]
    path = tmp_path / "cqc.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    plan = import_table(str(path))
    breaches = [next(p for p in (t, r) if p.startswith("Breach"))[:26] for t, r in _under(plan)]
    assert breaches == ["Breach of Regulation 12 (S", "Breach of Regulation 19 (F"]


def test_a_review_line_under_its_committees_line(tmp_path: Path) -> None:
    """A scrutiny tracker's committee line, then 'Review: Elective Home Education ...' on the
    next, over the review's recommendations: the committee the theme, the review under it
    (the two lone lines looked alike, and the tracker was refused)."""
    lines = [
        "Bolton Council – Scrutiny Recommendations Tracker 2025/26",
        "",
        "Ref\tRecommendation\tResponsible officer\tAgreed date\tStatus",
        "Children's Services Scrutiny Committee",
        "Review: Elective Home Education (final report 17 June 2025)",
        "CS1\tThe Council should publish a guide for parents\tHead of Inclusion\tSep-25\t"
        "Implemented",
        "CS2\tOfficers should report annually on the numbers\tHead of Inclusion\tJun-26\tOn track",
        "",
        "Place Scrutiny Committee",
        "Review: Highway Maintenance and Potholes (final report 23 September 2025)",
        "PL1\tPothole repair times should be published quarterly\tHead of Highways\tJan-26\t"
        "Delayed",
    ]
    path = tmp_path / "scrutiny.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    plan = import_table(str(path))
    assert _under(plan)[2] == (
        "Place Scrutiny Committee",
        "Review: Highway Maintenance and Potholes (final report 23 September 2025)",
    )


def test_an_hta_capa_plans_shortfalls_and_standards(tmp_path: Path) -> None:
    """The HTA's 'Standard' of 'GQ1(a)' beside 'Shortfall identified (HTA report)' and
    'Corrective / preventive action': the standard's code kept aside, the shortfall the
    finding over its actions, under the band of its standards (no header was found)."""
    head: list[object] = ["Ref", "Standard", "Shortfall identified (HTA report)", "Level",
                          "Corrective / preventive action", "Action owner", "Target date",
                          "Status"]  # fmt: skip
    short = "Risk assessments did not cover the release of the wrong body."
    rows: list[list[object]] = [
        ["CAPA plan – HTA site visit inspection"],
        [],
        head,
        ["Governance and quality systems (GQ)"],
        ["1.1", "GQ6(a)", short, "Minor", "Complete documented risk assessments for release",
         "Mortuary Manager", "31/03/2025", "Complete"],
        ["2.1", "PFE2(c)", "The fridge alarm was not tested.", "Major", "Test the alarm weekly",
         "Senior APT", "31/01/2025", "On track"],
    ]  # fmt: skip
    plan = import_table(str(_book(tmp_path / "capa.xlsx", {"CAPA": rows},
                                  merges=["CAPA!A4:H4"])))  # fmt: skip
    assert _under(plan)[0] == ("Governance and quality systems (GQ)", short)
    assert next(plan.actions()).action == "Complete documented risk assessments for release"


def test_a_long_numbered_heading_is_a_part_as_its_siblings_are(tmp_path: Path) -> None:
    """'Regulatory advice 1: The trustees should ensure ...' as a heading over its table, as
    long as the Commission wrote it (over 200 characters): a part, as 'Regulatory advice 2: ...'
    under it is (the long one was read as a paragraph, a level of its own)."""
    head = ["Ref", "Action", "Lead", "Target date", "RAG"]
    advice = (
        "Regulatory advice 1: The trustees should ensure that the Safeguarding Committee "
        "receives complete and timely information about safeguarding concerns arising in "
        "country programmes and partner organisations, including those reported late."
    )
    blocks: list[tuple[str, object]] = [
        ("h0", "Charity Commission regulatory compliance case: trustees' action plan"),
        ("h1", "Background"),
        ("p", "In March 2025 the Charity Commission opened a regulatory compliance case."),
        ("h1", "1. Safeguarding governance and oversight"),
        ("h2", advice),
        ("table", [head, ["1.1", "Extend the quarterly safeguarding report", "Director",
                          "30 September 2025", "Complete"]]),
        ("h2", "Regulatory advice 2: The trustees should be satisfied that the policy is "
               "applied in every country."),
        ("table", [head, ["2.1", "Complete self-assessments in all country offices",
                          "Country Directors", "March 2026", "Amber"]]),
        ("h1", "2. Reporting serious incidents to the Commission"),
        ("h2", "Regulatory advice 3: The trustees must ensure that serious incidents are "
               "reported promptly."),
        ("table", [head, ["3.1", "Publish the serious incident procedure", "Company Secretary",
                          "May 2026", "Green"]]),
    ]  # fmt: skip
    plan = import_table(str(_word(tmp_path / "cc.docx", blocks)))
    assert _under(plan)[0] == ("1. Safeguarding governance and oversight", advice)
    assert not next(plan.actions()).extra


def test_how_a_reviews_recommendations_were_answered_is_no_finding(tmp_path: Path) -> None:
    """'The task and finish group report was considered by Cabinet on 2 July 2024. All four
    recommendations were accepted.' between a review's heading and its table: how the review
    was answered, not a part under the heading."""
    head = ["No.", "Recommendation", "Lead officer", "Target date", "Status"]
    blocks: list[tuple[str, object]] = [
        ("h0", "Scrutiny Recommendations Tracker – November 2025"),
        ("h1", "1. Introduction"),
        ("p", "This tracker lists every recommendation of a scrutiny review that Cabinet agreed."),
        ("h1", "2. Review of Home to School Transport (Cabinet, 2 July 2024)"),
        ("p", "The task and finish group report was considered by Cabinet on 2 July 2024. All "
              "four recommendations were accepted."),
        ("table", [head, ["1", "Publish the travel policy in plain English",
                          "Head of Strategy and Commissioning – Adult Social Care",
                          "September 2025", "Complete"]]),
        ("h1", "3. Review of Fly-tipping and Enforcement (Cabinet, 5 November 2024)"),
        ("p", "Three of the four recommendations were accepted or accepted in part."),
        ("table", [head, ["1", "Fund two more enforcement officers", "Head of Waste",
                          "April 2025", "Green"]]),
    ]  # fmt: skip
    plan = import_table(str(_word(tmp_path / "scrutiny.docx", blocks)))
    assert [t or r for t, r in _under(plan)] == [
        "2. Review of Home to School Transport (Cabinet, 2 July 2024)",
        "3. Review of Fly-tipping and Enforcement (Cabinet, 5 November 2024)",
    ]
    assert next(plan.actions()).lead == ("Head of Strategy and Commissioning – Adult Social Care",)


def test_the_covers_plan_over_the_sheets_progress_line_naming_the_inspectorate(
    tmp_path: Path,
) -> None:
    """The cover's 'Action Plan: HMP Frankland' and the plan sheet's 'HMP Frankland – HMIP
    Action Plan – progress position at 31 March 2025': the cover names the plan; the sheet's
    line adds the inspectorate and when (the sheet's line was the title)."""
    cover: list[list[object]] = [
        ["Action Plan: HMP Frankland"],
        [],
        ["Action Plan Submitted: 16 August 2024"],
    ]
    sheet: list[list[object]] = [
        ["HMP Frankland – HMIP Action Plan – progress position at 31 March 2025"],
        [],
        ["No.", "Action", "Responsible owner", "Target date", "RAG"],
        ["1.1", "Introduce a revised core day", "Head of Residence", "June 2025", "G"],
        ["1.2", "Monitor regime delivery daily", "Head of Operations", "Ongoing", "A"],
    ]
    plan = import_table(str(_book(tmp_path / "hmp.xlsx", {"Cover": cover, "Plan": sheet})))
    assert plan.title == "Action Plan: HMP Frankland"
