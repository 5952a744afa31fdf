"""Session 38: the held-out sets from heldout759 on, and the files of earlier sets still read
wrongly. Each test is a shape a blind author wrote that was read wrongly or refused at first
sight, cut down to what a person reads."""

from __future__ import annotations

from pathlib import Path

from ofsted_plan.importing.ends import read_end
from ofsted_plan.importing.header import Column, Vocabulary, column_of
from ofsted_plan.importing.importer import import_table
from ofsted_plan.importing.vocabulary import HEADER_NAMES
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


def _text(path: Path, lines: list[str]) -> str:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def _record(ref: str, action: str, lead: str, due: str, status: str) -> list[str]:
    return [
        f"{ref}  Action:  {action}",
        f"     Lead:    {lead}",
        f"     Due:     {due}",
        f"     Status:  {status}",
        "     Update:  Work has started.",
        "",
    ]


def test_a_labelled_line_closing_a_ruled_box_is_said_of_its_heading(tmp_path: Path) -> None:
    """A quality account's tracker: each priority boxed by '=====' rules, its heading, then
    'Executive lead: ...' and 'Measure: 20% reduction in ...' before the closing rule: the
    heading is the part, the measure said of it (it was read as the part, the heading lost)."""
    rule = "=" * 72
    lines = [
        "Tees Valley NHS Foundation Trust",
        "Quality Account 2025/26 – Quality Priorities Progress Tracker",
        "",
        rule,
        "PRIORITY 1 – PATIENT SAFETY: Reduce the use of restrictive practices on our wards",
        "Executive lead: Chief Nurse",
        "Measure: 20% reduction in prone restraint and seclusion episodes compared with 2024/25",
        rule,
        "",
        *_record("1.1", "Roll out the Safewards model to six wards.", "Head of Nursing",
                 "31/12/2025", "Green"),
        *_record("1.2", "Introduce post-incident debriefs within 72 hours.", "RRP Lead",
                 "31/03/2026", "Amber"),
        rule,
        "PRIORITY 2 – CLINICAL EFFECTIVENESS: Improve physical health checks",
        "Executive lead: Medical Director",
        "Measure: 75% of people on CMHT caseloads receive all six physical health checks",
        rule,
        "",
        *_record("2.1", "Complete the six physical health checks.", "Deputy Medical Director",
                 "31/03/2026", "Amber"),
    ]  # fmt: skip
    plan = import_table(_text(tmp_path / "tracker.txt", lines))
    parts = [t + r for t, r in _under(plan)]
    assert [p.startswith("PRIORITY 1 –") for p in parts] == [True, True, False]
    assert parts[2].startswith("PRIORITY 2 –")
    assert not any("Measure:" in p for p in parts)


def test_the_rule_under_the_title_block_rules_no_heading(tmp_path: Path) -> None:
    """A school's plan: its name and the plan's name over one '=====' rule, its facts, then
    each 'SECTION 1: ...' between '-----' rules over 'Recommended next step (ISI):' and the
    step's words: the section over the step (the '=' under the title was read as ruling
    priorities, the sections lost under it)."""
    dashes = "-" * 66
    lines = [
        "HURSTPIERPOINT COLLEGE",
        "Post-Inspection Action Plan: ISI Routine Inspection, 6–8 May 2025",
        "=" * 66,
        "",
        "Prepared by:   Deputy Head (Pastoral)",
        "Position at:   29 September 2025",
        "",
        dashes,
        "SECTION 1: LEADERSHIP AND MANAGEMENT, AND GOVERNANCE",
        dashes,
        "",
        "Recommended next step (ISI):",
        "Strengthen governors' oversight of the school's health and safety policies.",
        "",
        *_record("1.1", "Introduce a termly health and safety audit.", "Bursar",
                 "31/12/2025", "On track"),
        *_record("1.2", "Appoint a nominated governor for health and safety.",
                 "Chair of Governors", "30/09/2025", "Complete"),
        dashes,
        "SECTION 2: SAFEGUARDING",
        dashes,
        "",
        "Recommended next step (ISI):",
        "Ensure that the single central record is kept fully up to date.",
        "",
        *_record("2.1", "Audit the single central record monthly.", "DSL", "31/10/2025",
                 "On track"),
    ]  # fmt: skip
    plan = import_table(_text(tmp_path / "college.txt", lines))
    assert [t for t, _ in _under(plan)] == [
        "SECTION 1: LEADERSHIP AND MANAGEMENT, AND GOVERNANCE",
        "SECTION 1: LEADERSHIP AND MANAGEMENT, AND GOVERNANCE",
        "SECTION 2: SAFEGUARDING",
    ]
    assert _under(plan)[2][1] == "Ensure that the single central record is kept fully up to date."


def test_a_column_crossing_the_groups_is_no_theme(tmp_path: Path) -> None:
    """A Monday.com export: each group's name on a row of its own over a copy of the header,
    and a 'Regulatory Standard' column of 'Standard 4', 'Standard 6', 'Standard 1' in no
    order of the groups (one group holds two, 'Standard 1' stands in two groups): the
    groups are the parts, the standard kept beside each action (it was read as the theme,
    the groups' names as parts with no actions between them)."""
    head: list[object] = ["Name", "Person", "RAG", "Timeline", "Regulatory Standard"]
    rows: list[list[object]] = [
        ["Ayrshire Housing – Annual Assurance Statement Improvement Plan 2025/26"],
        [],
        ["Tenant and Resident Safety"],
        head,
        ["Complete the outstanding electrical safety tests", "Kevin Dunlop", "Red",
         "2025-07-01 - 2025-12-31", "Standard 4"],
        ["Report a monthly compliance dashboard to the Board", "Fiona McKay", "Complete",
         "2025-08-01 - 2025-10-31", "Standard 4"],
        [],
        ["Governance and Board Assurance"],
        head,
        ["Refresh the Board skills matrix", "Alison Reid", "Green", "2025-09-01 - 2026-03-31",
         "Standard 6"],
        ["Update the Standing Orders", "Alison Reid", "Green", "2025-10-01 - 2026-01-31",
         "Standard 1"],
        ["Build the evidence bank for the Assurance Statement", "Fiona McKay", "Not started",
         "2026-04-01 - 2026-09-30", "Standard 1"],
        [],
        ["Tenant Engagement and Scrutiny"],
        head,
        ["Agree the scrutiny programme with the Tenant Scrutiny Panel", "Marie Sloan", "Green",
         "2026-01-05 - 2026-03-27", "Standard 1"],
        ["Publish the Assurance Statement on the website", "Fiona McKay", "Complete",
         "2025-10-20 - 2025-10-31", "Standard 1"],
    ]  # fmt: skip
    plan = import_table(str(_book(tmp_path / "monday.xlsx", {"AAS Plan": rows})))
    groups = [t + r for t, r in _under(plan)]
    assert (
        groups
        == ["Tenant and Resident Safety"] * 2
        + ["Governance and Board Assurance"] * 3
        + ["Tenant Engagement and Scrutiny"] * 2
    )
    assert [a.extra.get("Regulatory Standard") for a in plan.actions()][2:5] == [
        "Standard 6",
        "Standard 1",
        "Standard 1",
    ]


def test_a_status_key_word_with_its_colour_and_why_in_brackets(tmp_path: Path) -> None:
    """'Status key: Complete; On track; Behind schedule (amber – revised date agreed)': the
    key says 'Behind schedule' is amber here (it was read as red, the word's usual colour)."""
    lines = [
        "Scottish Qualifications Authority – ICO Data Protection Audit: Management Action Plan",
        "Status key: Complete; On track; Behind schedule (amber – revised date agreed); "
        "Not started.",
        "",
        "Recommendation A1 (High priority)",
        "Complete the Record of Processing Activities for all directorates.",
        "",
        "  Action A1.1: Complete the ROPA entries for the Operations directorate.",
        "  Owner: Information Governance Manager",
        "  Due: January 2026",
        "  Status: Behind schedule",
        "",
        "  Action A1.2: Assign an information asset owner to each entry.",
        "  Owner: Head of Governance",
        "  Due: March 2026",
        "  Status: On track",
    ]
    plan = import_table(_text(tmp_path / "ico.txt", lines))
    assert [a.status.value for a in plan.actions()] == ["amber", "green"]


def test_a_lead_service_beside_the_accountable_officer(tmp_path: Path) -> None:
    """'Lead service' of services beside 'Accountable officer' of posts: the officer leads,
    the service kept beside (it was refused as two lead columns)."""
    rows = [
        ["Ref", "Key milestone", "Lead service", "Accountable officer", "Due", "Status"],
        ["1.1", "Roll out weekly food waste collections.", "Environmental Services",
         "Service Director – Environmental Strategy", "Mar-26", "On track"],
        ["1.2", "Complete the resurfacing programme.", "Highways and Streetscene",
         "Service Director – Highways", "Mar-26", "Complete"],
    ]  # fmt: skip
    plan = import_table(str(_csv(tmp_path / "tracker.csv", rows)))
    actions = list(plan.actions())
    assert actions[0].lead == ("Service Director – Environmental Strategy",)
    assert actions[1].extra["Lead service"] == "Highways and Streetscene"


def test_a_recurring_action_over_a_period_ends_with_it() -> None:
    """'Monthly from July 2025 – March 2026': done each month to March 2026, its end; 'Monthly
    from July 2025' alone has none (it was read as no end month)."""
    assert str(read_end("Monthly from July 2025 – March 2026").month) == "2026-03"
    assert str(read_end("Quarterly, April 2025 – March 2026").month) == "2026-03"
    assert read_end("Monthly from July 2025").month is None
    assert read_end("Monthly (from May 2025)").month is None


def test_an_unnumbered_recommendation_after_numbered_breaches_is_a_part(tmp_path: Path) -> None:
    """A home care agency's text plan: 'Breach 1 – Regulation 12 ...: ...' over its actions
    under one ruled key question, then 'Recommendation – We recommend the provider ...' over
    its own under the next: a part as the breaches are (its actions were read under the key
    question alone)."""
    rule = "=" * 70
    lines = [
        "Helping Hands Home Care Derby – CQC Inspection Action Plan",
        "Status key: Blue = complete | Green = on track | Amber = behind plan",
        "",
        rule,
        "KEY QUESTION – SAFE",
        rule,
        "",
        "Breach 1 – Regulation 12 (Safe care and treatment): Risks to people's health and "
        "safety were not always assessed.",
        "",
        "1.1  Review every client's medicines risk assessment.",
        "     Lead: Registered Manager",
        "     Due: 30/04/2025",
        "     Status: Blue",
        "",
        rule,
        "KEY QUESTION – RESPONSIVE",
        rule,
        "",
        "Recommendation – We recommend the provider reviews how people's preferences for call "
        "times are recorded and met.",
        "",
        "4.1  Record each person's preferred call window at their next care plan review.",
        "     Lead: Field Care Supervisors",
        "     Due: Ongoing – at each care review",
        "     Status: Green",
    ]
    plan = import_table(_text(tmp_path / "agency.txt", lines))
    assert [r[:16] for _, r in _under(plan)] == ["Breach 1 – Regul", "Recommendation –"]
    assert _under(plan)[1][0] == "KEY QUESTION – RESPONSIVE"


def test_a_label_row_with_its_facts_spaced_out_gives_way_to_the_words(tmp_path: Path) -> None:
    """An RQIA quality improvement plan in Word: a heading per kind of rule, then a table
    whose merged rows are 'Area for improvement 1    Ref: Regulation 13 (7)    Stated: First
    time' over the requirement's words: the label and its facts give way to the words, under
    the heading (the label row was read as a level, the headings set aside)."""
    head = ["Ref", "Action taken / planned", "Responsible", "Target date", "RAG"]
    regulations = "Action required to ensure compliance with The Nursing Homes Regulations 2005"
    standards = "Action required to ensure compliance with the Care Standards for Nursing Homes"
    blocks: list[tuple[str, object]] = [
        ("h0", "Ben Madigan Care Home – Quality Improvement Plan: Progress Report"),
        ("table", [["Service", "Ben Madigan Care Home"], ["Date of inspection", "9 Sep 2025"]]),
        ("h1", regulations),
        ("table", [head, ["Area for improvement 1    Ref: Regulation 13 (7)    Stated: First "
                          "time    To be completed by: 30 September 2025"],
                   ["The registered person shall ensure that infection control issues are "
                    "managed."],
                   ["1.1", "Daily IPC walkaround by the nurse in charge.", "Nurse in Charge",
                    "30/09/2025", "G"],
                   ["1.2", "Replace the damaged bedrail bumpers.", "Home Manager", "31/10/2025",
                    "A"]]),
        ("h1", standards),
        ("table", [head, ["Area for improvement 2    Ref: Standard 4    Stated: First time"],
                   ["The registered person shall ensure that care plans are person centred."],
                   ["2.1", "Introduce a monthly resident of the day review.", "Named Nurses",
                    "31/12/2025", "G"]]),
    ]  # fmt: skip
    plan = import_table(str(_word(tmp_path / "qip.docx", blocks)))
    assert [t for t, _ in _under(plan)] == [regulations, regulations, standards]
    assert _under(plan)[2][1] == (
        "The registered person shall ensure that care plans are person centred."
    )


def test_the_covers_plan_over_the_sheets_line_of_when_it_was_inspected(tmp_path: Path) -> None:
    """The cover's 'NHS Forth Valley Improvement Action Plan – HIS ... Inspection: Adult Mental
    Health Inpatient Services' over the sheet's 'Improvement Action Plan – Adult Mental Health
    Inpatient Services, ... Hospital (inspected 5–7 August 2025)': the cover names the plan,
    the sheet's line says when it was inspected (the sheet's line was the title)."""
    cover_title = (
        "NHS Forth Valley Improvement Action Plan – HIS Safe Delivery of Care Inspection: Adult "
        "Mental Health Inpatient Services"
    )
    cover: list[list[object]] = [
        [cover_title],
        [],
        ["Date of inspection:", "5–7 August 2025"],
    ]
    sheet: list[list[object]] = [
        ["Improvement Action Plan – Adult Mental Health Inpatient Services, Forth Valley Royal "
         "Hospital (inspected 5–7 August 2025)"],
        [],
        ["Action ref", "Action planned", "Timescale to meet action",
         "Responsibility for taking action", "RAG"],
        ["Domain 2 – Leadership and culture"],
        ["1.1", "Hold monthly senior staff walkrounds.", "Oct-25", "Service Manager", "Green"],
        ["1.2", "Refresh the ward philosophy of care.", "Dec-25", "Senior Charge Nurse",
         "Amber"],
    ]  # fmt: skip
    plan = import_table(str(_book(tmp_path / "his.xlsx", {"Cover": cover, "Action Plan": sheet})))
    assert plan.title == cover_title


def test_a_title_naming_who_identified_it_is_that_column(tmp_path: Path) -> None:
    """'Area for improvement identified by CQC' is the area for improvement, read as the
    recommendation beside a 'Quality statement (CQC score)' under theme rows (it was read by
    its head word 'Area' as the theme, the quality statement the recommendation)."""
    waits = (
        "People wait too long for Care Act assessments and reviews, and waiting lists are not "
        "consistently risk-rated."
    )
    reablement = (
        "Take-up of reablement is low and people are not always offered it before long-term "
        "care is arranged."
    )
    choice = (
        "There is limited choice of home care in some areas and a reliance on a small number of "
        "providers for complex care."
    )
    rows: list[list[object]] = [
        ["Sandwell Council – Adult Social Care: CQC Assessment Improvement Plan 2025–26"],
        [],
        ["Ref", "Quality statement (CQC score)", "Area for improvement identified by CQC",
         "Action", "Lead officer", "Target", "RAG"],
        ["Theme 1: Working with people"],
        ["1.1", "Assessing needs (score 2)", waits, "Introduce a single risk-rating tool.",
         "Service Manager", "Sep-25", "Complete"],
        ["1.2", "", "", "Deliver the waiting list recovery plan.", "Head of Assessment",
         "Mar-26", "Amber"],
        ["1.3", "Supporting people to live healthier lives (score 2)", reablement,
         "Expand the reablement service.", "Head of Reablement", "Mar-26", "Green"],
        ["Theme 2: Providing support"],
        ["2.1", "Care provision, integration and continuity (score 2)", choice,
         "Commission a new home care framework.", "Head of Commissioning", "Apr-26", "Green"],
        ["2.2", "", "", "Recruit and retain home care workers.", "Head of Commissioning",
         "Jun-26", "Amber"],
    ]  # fmt: skip
    merges = ["Plan!A4:G4", "Plan!B5:B6", "Plan!C5:C6", "Plan!A8:G8", "Plan!B9:B10",
              "Plan!C9:C10"]  # fmt: skip
    plan = import_table(str(_book(tmp_path / "asc.xlsx", {"Plan": rows}, merges=merges)))
    assert [r for _, r in _under(plan)] == [waits, waits, reablement, choice, choice]
    assert next(plan.actions()).extra["Quality statement (CQC score)"] == (
        "Assessing needs (score 2)"
    )


def test_the_actions_ref_beside_the_recommendation_it_answers(tmp_path: Path) -> None:
    """A Monday.com export with 'Ref' of 2.1, 2.2 and 'Review rec' of R1, R2 under each group
    over a copy of the header: 'Ref' numbers the actions, 'Review rec' names the review's
    recommendation each answers, kept (it was refused as two ref columns)."""
    head: list[object] = ["Name", "Ref", "Person", "Status", "Due date", "Review rec"]
    rows: list[list[object]] = [
        ["ShelterBox Trust – Governance Review Action Plan 2025-26"],
        [],
        ["Principle 2 – Leadership"],
        head,
        ["Agree a written statement of the roles of the Chair and CEO", "2.1", "Helen Treloar",
         "Complete", "30/09/2025", "R1"],
        ["Introduce an annual appraisal of the Chair", "2.2", "Mark Polglase", "Green",
         "31/01/2026", "R2"],
        [],
        ["Principle 4 – Decision-making, risk and control"],
        head,
        ["Revise the scheme of delegation", "4.1", "Paul Rowe", "Amber", "31/12/2025", "R5"],
        ["Adopt a Board risk appetite statement", "4.2", "Paul Rowe", "Green", "31/03/2026",
         "R6"],
    ]  # fmt: skip
    plan = import_table(str(_book(tmp_path / "monday.xlsx", {"Plan": rows})))
    actions = list(plan.actions())
    assert [a.ref for a in actions] == ["2.1", "2.2", "4.1", "4.2"]
    assert actions[2].extra["Review rec"] == "R5"


def test_the_answers_prose_under_a_concern_leaves_it_naming_its_table(tmp_path: Path) -> None:
    """An HMPPS action plan: 'Priority concern 2' over the concern's words, 'Response: Partly
    Agreed', then a paragraph of the prison's answer before the table: the concern still
    names the table (its actions were read under the concern before, the concern lost)."""
    head = ["No.", "Action", "Responsible owner", "Target date"]
    first = "Too many prisoners were locked in their cells during the core day."
    second = "Prisoners with mental health needs waited too long for assessment."
    blocks: list[tuple[str, object]] = [
        ("h0", "Action Plan: HMP Littlehey"),
        ("p", "A Response to the HMIP Inspection: 2 – 12 September 2024"),
        ("h1", "ACTION PLAN"),
        ("h2", "Priority concerns"),
        ("p", "Priority concern 1"),
        ("p", first),
        ("p", "Response: Agreed"),
        ("table", [head, ["1.1", "Review the activities allocation process.",
                          "Head of Reducing Reoffending", "30/06/2025"]]),
        ("p", "Priority concern 2"),
        ("p", second),
        ("p", "Response: Partly Agreed"),
        ("p", "The prison agrees that waiting times for assessment are too long. The time "
              "taken to transfer a prisoner to hospital is outside the prison's control."),
        ("table", [head, ["2.1", "Recruit two additional mental health nurses.",
                          "Head of Healthcare", "31/05/2025"],
                   ["2.2", "Hold a monthly transfer and remission meeting.", "Deputy Governor",
                    "Ongoing"]]),
    ]  # fmt: skip
    plan = import_table(str(_word(tmp_path / "hmp.docx", blocks)))
    assert [r for _, r in _under(plan)] == [first, second, second]
    assert any(n.startswith("The prison agrees") for n in plan.notes)


def test_an_area_for_improvement_row_with_its_ref_and_stated_facts(tmp_path: Path) -> None:
    """A care home's RQIA tracker: 'No.' | 'Area for improvement / Action' | ..., each area's
    row 'AFI 1' | its words | 'Ref: Regulation 13 (1)' | 'Stated: Second time' in the date
    and RAG columns, over its numbered actions: the area is the part, the actions in the
    column named for both (the area rows were read as actions, the updates as the actions)."""
    falls = (
        "The registered person shall ensure that, following an unwitnessed fall, neurological "
        "observations are completed and recorded for 24 hours."
    )
    doors = "The registered person shall ensure that fire doors are not wedged or propped open."
    rows: list[list[object]] = [
        ["Ratheane Private Nursing Home – RQIA Quality Improvement Plan Tracker"],
        [],
        ["No.", "Area for improvement / Action", "Responsible", "To be completed by", "RAG",
         "Manager's update (June 2025)"],
        ["Action required to ensure compliance with The Nursing Homes Regulations 2005"],
        ["AFI 1", falls, "", "Ref: Regulation 13 (1) (a) and (b)", "Stated: Second time"],
        ["1.1", "Reissue the post-falls management flowchart to all registered nurses",
         "Home Manager", "28/02/2025", "B", "Flowchart reissued 12/02/2025."],
        ["1.2", "Audit all falls weekly for completion of neurological observations",
         "Deputy Manager", "Ongoing", "G", "Audits continuing weekly."],
        ["AFI 2", doors, "", "Ref: Regulation 27 (4) (d)", "Stated: First time"],
        ["2.1", "Fit magnetic hold-open devices linked to the fire alarm", "Maintenance Officer",
         "31/07/2025", "A", "Contractor booked for July."],
    ]  # fmt: skip
    merges = ["Plan!A4:F4", "Plan!B5:C5", "Plan!E5:F5", "Plan!B8:C8", "Plan!E8:F8"]
    plan = import_table(str(_book(tmp_path / "qip.xlsx", {"Plan": rows}, merges=merges)))
    actions = list(plan.actions())
    assert [a.ref for a in actions] == ["1.1", "1.2", "2.1"]
    assert actions[0].action.startswith("Reissue the post-falls")
    assert "Ref: Regulation 13 (1) (a) and (b) | Stated: Second time" in plan.notes
    assert [r for _, r in _under(plan)] == [falls, falls, doors]


def test_a_scrutiny_trackers_recommendations_beside_the_answers(tmp_path: Path) -> None:
    """A scrutiny tracker in Word: a numbered heading per task group, 'Executive response
    received: Cabinet, 4 February 2025' under it, then 'No.' | 'Recommendation' | 'Executive
    response' | 'Lead' | ...: the recommendations are what is tracked, 'Accepted.' beside them
    the answer, and the line under the heading a fact of it (the responses were read as the
    actions, the dated line as a level)."""
    head = ["No.", "Recommendation", "Executive response", "Lead", "Target date",
            "Progress update", "RAG"]  # fmt: skip
    reconcile = "That the Cabinet Member publishes a reconciliation of the savings proposals."
    reserves = "That the Executive sets out the planned use of earmarked reserves."
    task_group = "1. Financial Planning Task Group – Budget 2025/26"
    blocks: list[tuple[str, object]] = [
        ("h0", "Wiltshire Council Overview and Scrutiny: Recommendations Tracker"),
        ("p", "Report to the Overview and Scrutiny Management Committee – 19 November 2025"),
        ("h2", task_group),
        ("p", "Executive response received: Cabinet, 4 February 2025"),
        ("table", [head,
                   ["1.1", reconcile, "Accepted. It will be in the budget monitoring reports.",
                    "Director of Finance", "December 2025", "First report in October.", ""],
                   ["1.2", reserves, "Accepted.", "Director of Finance", "February 2026",
                    "To be in the 2026/27 budget report.", ""]]),
        ("h2", "2. Highways Maintenance Task Group"),
        ("p", "Executive response received: Cabinet, 10 June 2025"),
        ("table", [head,
                   ["2.1", "That the Council publishes its pothole repair performance.",
                    "Accepted in part – yearly rather than quarterly.", "Director of Highways",
                    "March 2026", "Dashboard published.", ""],
                   ["2.2", "That Area Boards agree local highway priorities.", "Accepted.",
                    "Director of Highways", "March 2026", "Pilot with three boards.", ""]]),
    ]  # fmt: skip
    plan = import_table(str(_word(tmp_path / "scrutiny.docx", blocks)))
    actions = list(plan.actions())
    assert [a.action for a in actions[:2]] == [reconcile, reserves]
    assert actions[1].extra["Executive response"] == "Accepted."
    assert [t + r for t, r in _under(plan)][:2] == [task_group, task_group]


def test_the_covers_name_over_the_sheets_caption_of_what_it_holds(tmp_path: Path) -> None:
    """The cover's 'Haxby Group Practice – CQC Inspection Action Plan' over the sheet's 'CQC
    action plan – requirement notices (must do) and recommendations (should do)': the sheet's
    line says what it holds, the cover names the plan (the sheet's line was the title)."""
    cover: list[list[object]] = [
        ["Haxby Group Practice – CQC Inspection Action Plan"],
        [],
        ["Provider:", "Haxby Group Practice"],
        ["Inspection dates:", "14 and 15 May 2025"],
    ]
    sheet: list[list[object]] = [
        ["CQC action plan – requirement notices (must do) and recommendations (should do)"],
        ["Ref", "Must / Should", "What CQC told us", "Action we will take", "Lead",
         "Target date", "RAG"],
        ["Safe"],
        ["M1.1", "Must", "The provider must ensure care and treatment is provided safely.",
         "Run a monthly high-risk drug monitoring search.", "Medical Director", "Jul-25", "B"],
        ["S1.1", "Should", "The provider should improve the uptake of cervical screening.",
         "Send text reminders to every patient due screening.", "Practice Manager", "Dec-25",
         "G"],
    ]  # fmt: skip
    plan = import_table(
        str(_book(tmp_path / "gp.xlsx", {"Front sheet": cover, "Action plan": sheet}))
    )
    assert plan.title == "Haxby Group Practice – CQC Inspection Action Plan"


def test_a_sheets_words_under_the_line_of_their_kind_name_its_part(tmp_path: Path) -> None:
    """A fire service's plan: the sheet 'Cause of concern' with that line over the concern's
    words, then recommendation bands over actions; the sheet 'Areas for improvement' of
    pillar bands over AFI bands, its action column 'Area for improvement / action': the
    concern is the part over its recommendations, as the pillars are over theirs (the
    concern was dropped, the recommendations read as themes)."""
    head: list[object] = ["Ref", "Action", "Action owner", "Due date", "Status"]
    concern = (
        "The service can't be sure that its risk-based inspection programme prioritises its "
        "highest-risk premises."
    )
    first = "Recommendation 1: By 31 July 2025, the service should review its RBIP."
    cause: list[list[object]] = [
        ["Cause of concern"],
        [concern],
        [],
        head,
        [first],
        ["CoC 1.1", "Refresh the RBIP planning model.", "Head of Protection", "Mar-25",
         "Complete"],
        ["Recommendation 2: By 31 July 2025, the service should brief all relevant staff."],
        ["CoC 2.1", "Deliver RBIP briefings to all protection staff.", "Group Commander",
         "Jun-25", "Green"],
    ]  # fmt: skip
    areas: list[list[object]] = [
        ["Areas for improvement"],
        ["Ref", "Area for improvement / action", "Action owner", "Due date", "Status"],
        ["Effectiveness"],
        ["AFI 1 – The service should quality assure its prevention activity."],
        ["1.1", "Introduce a quality assurance framework for safe and well visits.",
         "Area Manager – Prevention", "Sep-25", "Amber"],
        ["People"],
        ["AFI 8 – The service should make sure staff understand how to raise concerns."],
        ["8.1", "Relaunch the Speak Up guardian scheme.", "Head of People", "Dec-25", "Green"],
    ]  # fmt: skip
    fills = {f"Cause of concern!A{n}": "F2F2F2" for n in (5, 7)}
    fills |= {f"Areas for improvement!A{n}": "1F3864" for n in (3, 6)}
    fills |= {f"Areas for improvement!A{n}": "DDEBF7" for n in (4, 7)}
    merges = ["Cause of concern!A5:E5", "Cause of concern!A7:E7"] + [
        f"Areas for improvement!A{n}:E{n}" for n in (3, 4, 6, 7)
    ]
    sheets = {"Cause of concern": cause, "Areas for improvement": areas}
    path = _book(tmp_path / "frs.xlsx", sheets, fills, merges)
    plan = import_table(str(path))
    assert _under(plan)[0] == (concern, first)
    assert _under(plan)[2][0] == "Effectiveness"


def test_the_date_a_notice_was_extended_to_is_the_end(tmp_path: Path) -> None:
    """'HSE compliance date' beside 'Extended to': the extended date, where given, is the end
    (the compliance date was read, the extension set aside)."""
    lines = [
        "Caerphilly County Borough Council – HSE Improvement Notices – Action Tracker",
        "",
        "Ref\tRequirement / action\tResponsible officer\tHSE compliance date\tExtended to\tRAG",
        "1.1\tComplete HAV risk assessments for all grounds maintenance tasks\tGrounds Manager"
        "\t28/11/2025\t27/02/2026\tA",
        "1.2\tIntroduce daily exposure recording using trigger timers\tFleet Manager"
        "\t28/11/2025\t\tG",
    ]
    plan = import_table(_text(tmp_path / "notices.txt", lines))
    assert [str(a.end) for a in plan.actions()] == ["2026-02", "2025-11"]


def test_a_key_giving_a_words_letter_in_brackets(tmp_path: Path) -> None:
    """'Status key: Complete | On track (G) | Behind schedule (A) | Overdue (R)': 'Behind
    schedule' is amber here, its letter in brackets (it was read as red)."""
    rows = [
        ["Dorchester Town Council – Action Tracker 2025-26", "", "", ""],
        ["Status key: Complete | On track (G) | Behind schedule (A) | Overdue (R)", "", "", ""],
        ["Ref", "Action", "Officer", "Deadline", "Status"],
        ["PR 25/018", "Reconcile the fixed asset register to the insurance schedule", "RFO",
         "31/10/2025", "Behind schedule"],
        ["PR 25/019", "Renew the play area inspection contract", "Town Clerk", "30/11/2025",
         "On track"],
    ]  # fmt: skip
    plan = import_table(str(_csv(tmp_path / "tracker.csv", rows)))
    assert [a.status.value for a in plan.actions()] == ["amber", "green"]


def test_an_objective_label_in_the_ref_column_over_its_words(tmp_path: Path) -> None:
    """'Objective' in the ref column, its words merged over the rest of the row, under each
    priority band: the objective is the part under the priority (it was read as an action
    whose ref was 'Objective')."""
    head: list[object] = ["Ref", "Action", "Lead", "Target date", "RAG"]
    fewer = "Fewer children enter the formal youth justice system, through early diversion."
    rows: list[list[object]] = [
        ["Derbyshire Youth Justice Service – Youth Justice Plan 2025/26: Delivery Plan"],
        [],
        head,
        ["Priority 1: Prevention and diversion"],
        ["Objective", fewer],
        ["1.1", "Extend the Turnaround programme to every district.", "Prevention Manager",
         "Mar-26", "G"],
        ["1.2", "Agree an out-of-court disposal protocol with the police.", "YJS Manager",
         "Dec-25", "A"],
        ["Priority 2: Education, training and employment"],
        ["Objective", "More children in the youth justice system attend school or training."],
        ["2.1", "Place a virtual school link worker in the YJS.", "Head of Virtual School",
         "Jan-26", "G"],
    ]  # fmt: skip
    merges = ["Plan!A4:E4", "Plan!B5:E5", "Plan!A8:E8", "Plan!B9:E9"]
    plan = import_table(str(_book(tmp_path / "yjs.xlsx", {"Plan": rows}, merges=merges)))
    assert [a.ref for a in plan.actions()] == ["1.1", "1.2", "2.1"]
    assert _under(plan)[0] == ("Priority 1: Prevention and diversion", fewer)


def test_a_sentence_of_what_the_inspection_issued_names_no_part(tmp_path: Path) -> None:
    """'Requirement notices were issued for Regulation 12 (...) and Regulation 17 (...).'
    before the table of regulation bands: what the inspection left, told, no part over them
    (it was read as a heading over every band)."""
    head = ["No.", "Action to be taken", "Lead", "Target date", "RAG"]
    reg12 = "Regulation 12: Safe care and treatment"
    monitor = "Ensure patients prescribed high-risk medicines are monitored in line with guidance."
    blocks: list[tuple[str, object]] = [
        ("h1", "St Luke's Surgery – CQC Inspection Action Plan"),
        ("p", "Inspection date: 26 March 2025. Report published: 2 May 2025."),
        ("p", "Requirement notices were issued for Regulation 12 (Safe care and treatment) and "
              "Regulation 17 (Good governance)."),
        ("table", [head, [reg12], [monitor],
                   ["1a", "Run monthly searches for patients without blood monitoring.",
                    "Prescribing Lead", "June 2025", "Complete"],
                   ["Regulation 17: Good governance"],
                   ["Ensure that systems to monitor staff training are effective."],
                   ["2a", "Move training records to the online compliance platform.",
                    "Practice Manager", "30/06/2025", "Complete"]]),
    ]  # fmt: skip
    plan = import_table(str(_word(tmp_path / "gp.docx", blocks)))
    assert _under(plan)[0] == (reg12, monitor)


def test_a_link_to_the_quality_indicators_is_a_fact_of_the_area(tmp_path: Path) -> None:
    """A school's table per area: 'Area for improvement 1', the inspectors' words, then 'Link
    to HGIOS4: QI 1.1 ... | NIF driver: ...' over the header: the link is a fact of the area,
    the words its name (the link was read as the part)."""
    head = ["Ref", "Actions", "Lead(s)", "Timescale", "Status"]
    vision = ("Senior leaders should develop a shared vision, values and aims, and use robust "
              "self-evaluation.")  # fmt: skip
    blocks: list[tuple[str, object]] = [
        ("h0", "Hawick High School – Post-Inspection Improvement Plan"),
        ("p", "The areas for improvement below were agreed at the end of the inspection."),
        ("table", [["Area for improvement 1"], [vision],
                   ["Link to HGIOS4: QI 1.1 Self-evaluation; QI 1.3 Leadership of change | NIF "
                    "driver: School leadership"],
                   head,
                   ["1a", "Review the school vision with pupils and parents.", "Headteacher",
                    "August 2024", "Complete"]]),
        ("table", [["Area for improvement 2"],
                   ["Teachers should improve the consistency of learning and teaching."],
                   ["Link to HGIOS4: QI 2.3 Learning, teaching and assessment | NIF driver: "
                    "Teacher professionalism"],
                   head,
                   ["2a", "Agree a learning and teaching standard with staff.", "DHT",
                    "October 2024", "On track"]]),
    ]  # fmt: skip
    plan = import_table(str(_word(tmp_path / "school.docx", blocks)))
    assert _under(plan)[0][0] + _under(plan)[0][1] == vision


def test_a_scrutiny_item_a_row_under_committee_rows_is_no_level(tmp_path: Path) -> None:
    """A scrutiny tracker: committee rows over 'Ref' | 'Meeting date' | 'Scrutiny item' |
    'Recommendation' | ..., a different item on each row: where each arose, kept beside it,
    the committees the parts (the items were read as a level, one recommendation each)."""
    rows = [
        ["BCP Council – Overview and Scrutiny Recommendations Tracker 2024/25", "", "", "", "",
         "", ""],
        ["Ref", "Meeting date", "Scrutiny item", "Recommendation", "Lead officer",
         "Target date", "RAG"],
        ["Overview and Scrutiny Board", "", "", "", "", "", ""],
        ["OSB-24-01", "08/07/2024", "Budget update", "That Cabinet publishes a timeline for the "
         "budget consultation.", "Director of Finance", "30/09/2024", "B"],
        ["OSB-24-02", "08/07/2024", "Smart Place programme", "That a benefits realisation "
         "report is brought to the Board.", "Director of Customer", "Jan-25", "A"],
        ["Children's Services Overview and Scrutiny Committee", "", "", "", "", "", ""],
        ["CSOSC-24-01", "16/07/2024", "SEND home to school transport", "That the Cabinet "
         "Member reviews the letters sent to families about transport.", "Head of SEND",
         "31/12/2024", "G"],
        ["CSOSC-24-02", "16/07/2024", "Children's social care", "That the Committee receives "
         "the sufficiency strategy.", "Director of Children's Services", "Mar-25", "G"],
    ]  # fmt: skip
    plan = import_table(str(_csv(tmp_path / "scrutiny.csv", rows)))
    assert [t + r for t, r in _under(plan)] == ["Overview and Scrutiny Board"] * 2 + [
        "Children's Services Overview and Scrutiny Committee"
    ] * 2
    assert next(plan.actions()).extra["Scrutiny item"] == "Budget update"


def test_a_risks_gaps_row_is_a_fact_and_the_sheets_detail_line_no_title(tmp_path: Path) -> None:
    """A BAF: the cover's 'Board Assurance Framework 2025/26' over the sheet's '... – detail
    by strategic ambition'; under each risk 'Executive lead' | ... and 'Gaps in control /
    assurance' | its words merged across, over the actions: the gaps a fact of the risk, the
    cover the title (the gaps rows were read as actions, refused as refs used twice)."""
    cover: list[list[object]] = [
        ["Kent Community Health NHS Foundation Trust"],
        ["Board Assurance Framework 2025/26"],
        ["Quarter 3 position – report to the Board of Directors, 11 December 2025"],
    ]
    head: list[object] = ["Ref", "Action to close gap", "Action owner", "Due date", "Progress"]
    detail: list[list[object]] = [
        ["Board Assurance Framework 2025/26 – detail by strategic ambition"],
        [],
        head,
        ["Ambition 1: Putting communities first"],
        ["BAF 1 – We do not reduce avoidable differences in access to our services"],
        ["Executive lead", "Chief Medical Officer"],
        ["Gaps in control / assurance", "Waiting list data is not yet split by deprivation."],
        ["1.1", "Complete the health inequalities review of waiting lists.",
         "Chief Medical Officer", "Sep-25", "Complete"],
        ["Ambition 2: Better patient experience"],
        ["BAF 2 – Demand for community services exceeds capacity"],
        ["Executive lead", "Chief Operating Officer"],
        ["Gaps in control / assurance", "Capacity and demand modelling incomplete for MSK."],
        ["2.1", "Deliver the children's therapies waiting list recovery trajectory.",
         "Chief Operating Officer", "Mar-26", "Green"],
    ]  # fmt: skip
    merges = [f"BAF detail!A{n}:E{n}" for n in (4, 5, 9, 10)] + [
        f"BAF detail!B{n}:E{n}" for n in (6, 7, 11, 12)
    ]
    path = _book(tmp_path / "baf.xlsx", {"Cover": cover, "BAF detail": detail}, merges=merges)
    plan = import_table(str(path))
    assert [a.ref for a in plan.actions()] == ["1.1", "2.1"]
    assert plan.title == "Board Assurance Framework 2025/26"


def test_lettered_sub_actions_under_the_recommendations_number(tmp_path: Path) -> None:
    """'Rec no.' of 1, 3 merged down beside 'Sub-action' of 1a, 1b and 'Action': the
    sub-action's letter is each action's own ref, under its recommendation's number (the
    recommendation's number was read as the ref of both)."""
    head: list[object] = ["Rec no.", "HMICFRS recommendation", "Sub-action", "Action", "Owner",
                          "Deadline", "Status"]  # fmt: skip
    rows: list[list[object]] = [
        head,
        ["Raising concerns"],
        [1, "By 1 October 2023, chief fire officers should provide a confidential way for "
            "staff to raise concerns.", "1a", "Procure an independent reporting line.",
         "Head of People", "Oct-23", "Complete"],
        ["", "", "1b", "Relaunch the whistleblowing policy.", "Head of People", "Dec-23",
         "Complete"],
        [3, "By 1 June 2023, chief fire officers should review the support for those who "
            "raise concerns.", "3a", "Commission a review of the support available.",
         "Inclusion Manager", "Jun-23", "On track"],
        ["", "", "3b", "Train a network of Speak Up advocates.", "Inclusion Manager", "Mar-26",
         "Delayed"],
    ]  # fmt: skip
    merges = ["Plan!A2:G2", "Plan!A3:A4", "Plan!B3:B4", "Plan!A5:A6", "Plan!B5:B6"]
    plan = import_table(str(_book(tmp_path / "frs.xlsx", {"Plan": rows}, merges=merges)))
    assert [a.ref for a in plan.actions()] == ["1a", "1b", "3a", "3b"]


def test_a_committee_column_is_never_the_unnamed_action(tmp_path: Path) -> None:
    """'Committee' of committee names beside 'Recommendation' and an officer's response, no
    column named the action: the recommendation is what is tracked, the committee's name no
    sentence of what will be done (the committees were read as the actions)."""
    children = "Children's Services Overview and Scrutiny Committee"
    health = "Health and Wellbeing Overview and Scrutiny Committee"
    rows = [
        ["Thurrock Council - Overview and Scrutiny Recommendations Tracker 2024/25", "", "", "",
         "", "", "", "", "", ""],
        ["Rec No", "Committee", "Meeting Date", "Report / Item", "Recommendation",
         "Cabinet Member / Officer Response", "Responsible Officer", "Target Date", "RAG",
         "Progress Update"],
        ["1", children, "10/09/2024", "Home to School Transport Review", "That the Council "
         "reviews the eligibility criteria for post-16 SEND transport.", "Agreed. Consultation "
         "to run alongside the policy review.", "Head of SEND", "31/03/2025", "Green",
         "Consultation opened 6 January 2025."],
        ["2", children, "10/09/2024", "Home to School Transport Review", "That independent "
         "travel training is offered to every eligible Year 11 student.", "Agreed",
         "SEND Transport Manager", "Summer term 2025", "Amber", "Provider procured."],
        ["3", health, "03/10/2024", "GP Access in Thurrock", "That the Integrated Care Board "
         "is asked to report back on the new medical centre.", "Agreed - ICB invited",
         "Director of Public Health", "06/03/2025", "Green", "ICB has confirmed attendance."],
        ["4", "Housing Overview and Scrutiny Committee", "14/11/2024", "Damp and Mould",
         "That the revised "
         "charging policy comes with an easy-read guide.", "Agreed",
         "ASC Finance Strategic Lead", "30/11/2024", "Complete", "Guide published."],
    ]  # fmt: skip
    plan = import_table(str(_csv(tmp_path / "tracker.csv", rows)))
    assert [a.action[:24] for a in plan.actions()] == [
        "That the Council reviews",
        "That independent travel ",
        "That the Integrated Care",
        "That the revised chargin",
    ]


def test_a_settled_title_leaves_a_longer_title_beside_it_alone() -> None:
    """A re-reading that keeps 'Area for improvement' (of 'Area for improvement 1') as
    another column names that column alone: 'Area for improvement (RQIA wording)' beside it
    is still the area for improvement (both were kept, and an RQIA tracker's 'Ref / Stated'
    facts were read as the part)."""
    settled = Vocabulary.of(HEADER_NAMES, {"area for improvement": "extra"})
    assert column_of(settled, "Area for improvement") == Column("extra", 1)
    found = column_of(settled, "Area for improvement (RQIA wording)")
    assert found is not None and found.field == "recommendation"


def test_why_a_priority_was_chosen_is_said_of_it(tmp_path: Path) -> None:
    """A hospice's quality account report: each priority boxed by '=====' rules, its kind and
    its name, then 'Why we chose this: ...' over its numbered actions: the reason said of the
    priority, never the part (it was read as the part)."""
    rule = "=" * 70
    lines = [
        "St Barnabas House – Quality Account 2025/26: Priorities for Improvement",
        "RAG key:  C = Complete   G = On track   A = Some delay   R = Off track",
        "",
        rule,
        "PRIORITY 1 – PATIENT SAFETY",
        "Reducing falls with harm on the In-Patient Unit",
        rule,
        "Why we chose this: 31 falls on the IPU in 2024/25, 4 of them with moderate harm.",
        "",
        "1.1  Complete a multifactorial falls risk assessment within 6 hours of admission.",
        "     Lead:     IPU Ward Manager",
        "     Due:      30 November 2025",
        "     RAG:      G",
        "",
        rule,
        "PRIORITY 2 – PATIENT EXPERIENCE",
        "Hearing from families after a death",
        rule,
        "Why we chose this: families told us they wanted a chance to give feedback.",
        "",
        "2.1  Send a bereavement survey to every family six weeks after a death.",
        "     Lead:     Family Support Lead",
        "     Due:      31 December 2025",
        "     RAG:      A",
    ]
    plan = import_table(_text(tmp_path / "hospice.txt", lines))
    assert not any("Why we chose" in t + r for t, r in _under(plan))
    assert _under(plan)[0][0].startswith("PRIORITY 1")


def test_sheets_of_coded_bands_named_for_their_kind_are_no_level(tmp_path: Path) -> None:
    """An HMICS plan: the sheets 'Recommendations' and 'Areas for Development', each titled
    '...: Recommendations' and so on, of bands 'R1' | the recommendation merged across over
    their actions: the bands are the parts, the sheets their kinds (the sheet's kind was read
    as a level over them)."""
    head: list[object] = ["Ref", "Recommendation / Improvement Action", "Action Owner",
                          "Target Date", "RAG"]  # fmt: skip
    risk = "Police Scotland should ensure that risk assessments for all detainees are completed."
    recs: list[list[object]] = [
        ["HMICS Custody Inspection – Dumfries and Galloway: Recommendations"],
        [],
        head,
        ["R1", risk],
        ["R1.1", "Deliver a refresher briefing on risk assessment.", "Inspector, CJSD South",
         "Mar-24", "Complete"],
        ["R2", "Police Scotland should ensure that detainees are offered a shower."],
        ["R2.1", "Install a shower at Stranraer custody centre.", "Estates Manager", "Jun-24",
         "Green"],
    ]  # fmt: skip
    afds: list[list[object]] = [
        ["HMICS Custody Inspection – Dumfries and Galloway: Areas for Development"],
        [],
        head,
        ["AFD1", "Police Scotland should ensure that ancillary custody centres are used only "
                 "where this is in the interests of detainees."],
        ["AFD1.1", "Issue divisional guidance on the use of ancillary custody centres.",
         "Chief Inspector, CJSD South", "Apr-24", "Green"],
    ]  # fmt: skip
    merges = ["Recommendations!B4:E4", "Recommendations!B6:E6", "Areas for Development!B4:E4"]
    sheets = {"Recommendations": recs, "Areas for Development": afds}
    plan = import_table(str(_book(tmp_path / "hmics.xlsx", sheets, merges=merges)))
    assert [t + r for t, r in _under(plan)][:1] == [risk]
    assert len(_under(plan)) == 3


def test_a_lead_authority_line_under_an_objective_is_a_fact(tmp_path: Path) -> None:
    """'Executive lead authority: Swansea Council.  Political lead: ...' between a well-being
    objective's heading and its table: who leads it, said of it (it was read as a part)."""
    head = ["Ref", "Action", "Lead officer", "Timescale", "Status"]
    blocks: list[tuple[str, object]] = [
        ("h0", "South West Wales CJC – Corporate Plan Priorities 2025/26: Delivery Tracker"),
        ("p", "Status key: Complete; On track; Minor delay (amber); Off track."),
        ("h2", "Well-being Objective 1: Regional Transport"),
        ("p", "Executive lead authority: Swansea Council.  Political lead: Carmarthenshire "
              "County Council."),
        ("table", [head, ["1.1", "Publish the Regional Transport Plan delivery programme.",
                          "Head of Transport", "Mar-26", "On track"]]),
        ("h2", "Well-being Objective 2: Strategic Planning"),
        ("p", "Executive lead authority: Pembrokeshire County Council."),
        ("table", [head, ["2.1", "Agree the Strategic Development Plan's delivery agreement.",
                          "Head of Planning", "Jun-26", "Complete"]]),
    ]  # fmt: skip
    plan = import_table(str(_word(tmp_path / "cjc.docx", blocks)))
    assert [t + r for t, r in _under(plan)] == [
        "Well-being Objective 1: Regional Transport",
        "Well-being Objective 2: Strategic Planning",
    ]


def test_a_programme_column_over_its_commitments(tmp_path: Path) -> None:
    """A partnership tracker saved as CSV: 'Programme' | 'Area Plan commitment' | 'Action
    ID' | 'Action' ..., each written on every row, a programme over one commitment or more:
    the programme the part over its commitment (the programmes were kept aside)."""
    carers = "Unpaid carers are recognised early and supported to continue caring"
    rows = [
        ["West Glamorgan Regional Partnership Board – Area Plan Delivery Tracker 2025/26",
         "", "", "", "", ""],
        ["Programme", "Area Plan commitment", "Action ID", "Action", "Lead officer", "Due"],
        ["Carers Partnership", carers, "CAR-01", "Refresh the West Glamorgan Carers Strategy.",
         "Evans, Rhian", "Apr 2026"],
        ["Carers Partnership", carers, "CAR-02", "Evaluate the carers awareness pilot.",
         "Thomas, Owain", "31/03/2026"],
        ["Dementia Programme", "People living with dementia receive care in line with the "
         "All-Wales pathway", "DEM-01", "Complete the regional self-assessment.", "Hughes, Sian",
         "31/12/2025"],
        ["Dementia Programme", "People living with dementia receive care in line with the "
         "All-Wales pathway", "DEM-02", "Train care home staff in dementia care.",
         "Hughes, Sian", "31/03/2026"],
    ]  # fmt: skip
    plan = import_table(str(_csv(tmp_path / "tracker.csv", rows)))
    assert _under(plan)[0] == ("Carers Partnership", carers)


def test_a_bafs_detail_page_line_under_the_covers_plan(tmp_path: Path) -> None:
    """The cover's 'NHS South East London ICB Board Assurance Framework 2025/26' over the
    sheet's 'BAF detail – risks, gaps in control and assurance, and actions (Q2 2025/26)': the
    plan by its letters and which page of it; the cover names the plan (the page's line was
    the title)."""
    cover: list[list[object]] = [
        ["NHS South East London ICB Board Assurance Framework 2025/26"],
        ["Quarter 2 position (as at 30 September 2025)"],
    ]
    detail: list[list[object]] = [
        ["BAF detail – risks, gaps in control and assurance, and actions (Q2 2025/26)"],
        [],
        ["Ref", "Action", "Owner", "Due", "Status"],
        ["BAF 1 – Urgent and emergency care access and flow"],
        ["1.1", "Open the second same day emergency care unit.", "Chief Delivery Officer",
         "Dec-25", "Green"],
        ["BAF 2 – Financial sustainability"],
        ["2.1", "Agree the system financial recovery plan.", "Chief Finance Officer", "Mar-26",
         "Amber"],
    ]  # fmt: skip
    merges = ["BAF detail!A4:E4", "BAF detail!A6:E6"]
    path = _book(tmp_path / "baf.xlsx", {"Cover": cover, "BAF detail": detail}, merges=merges)
    plan = import_table(str(path))
    assert plan.title == "NHS South East London ICB Board Assurance Framework 2025/26"


def test_termly_review_columns_of_colours_the_latest_is_the_status(tmp_path: Path) -> None:
    """'Autumn 2025 review' | 'Spring 2026 review', each cell coloured with no words: the
    spring review, the latest, is the status (the spring column was read by its word
    'review' as the theme, the autumn colours as the status)."""
    rows: list[list[object]] = [
        ["UTC Reading – Post-Ofsted Action Plan 2025–26"],
        ["RAG key:", "Completed", "On track", "Some progress – needs attention",
         "Not started / concern"],
        [],
        ["Ref", "Action", "Lead(s)", "Completion", "Autumn 2025 review", "Spring 2026 review"],
        ["1a", "Re-map the key stage 4 curriculum in computing.", "Vice Principal", "Dec-25",
         "", ""],
        ["1b", "Run half-termly curriculum deep dives.", "Principal", "Jul-26", "", ""],
        ["2a", "Run a CPD programme on retrieval practice.", "Assistant Principal", "Jul-26",
         "", ""],
    ]  # fmt: skip
    blue, green, amber, red = "5B9BD5", "00B050", "FFC000", "FF0000"
    fills = {"Plan!B2": blue, "Plan!C2": green, "Plan!D2": amber, "Plan!E2": red,
             "Plan!E5": green, "Plan!F5": blue, "Plan!E6": green, "Plan!F6": amber,
             "Plan!E7": amber, "Plan!F7": green}  # fmt: skip
    plan = import_table(str(_book(tmp_path / "utc.xlsx", {"Plan": rows}, fills)))
    assert [a.status.value for a in plan.actions()] == ["blue", "amber", "green"]
