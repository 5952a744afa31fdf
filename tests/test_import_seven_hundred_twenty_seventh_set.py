"""Session 36: the held-out sets from heldout727 on. Each test is a shape a blind author
wrote that was read wrongly or refused at first sight, cut down to what a person reads."""

from __future__ import annotations

from pathlib import Path

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


WORD_HEAD = ["No.", "Recommendation", "Responsibility", "Revised date", "Status"]


def test_when_a_report_was_agreed_is_said_of_its_heading(tmp_path: Path) -> None:
    """'Report agreed by City Council on 9 July 2024.' between an inquiry's heading and its
    table: when the report was agreed, kept as a note; the heading names the part."""
    blocks: list[tuple[str, object]] = [
        ("h1", "Overview and Scrutiny: Recommendations Tracker"),
        ("h2", "1. Home to School Transport Inquiry"),
        ("p", "Report agreed by City Council on 9 July 2024."),
        ("table", [WORD_HEAD,
                   ["R01", "That eligibility decisions are sent six weeks before term.",
                    "Cabinet Member for Children", "December 2025", "Green"],
                   ["R02", "That each family has a named contact.", "Cabinet Member for Children",
                    "March 2026", "Amber"]]),
        ("h2", "2. Fly-tipping Inquiry"),
        ("p", "Report agreed by City Council on 14 January 2025."),
        ("table", [WORD_HEAD,
                   ["R01", "That a hotspot programme runs in ten wards.",
                    "Cabinet Member for Environment", "June 2025", "Green"]]),
    ]  # fmt: skip
    plan = import_table(str(_word(tmp_path / "tracker.docx", blocks)))
    assert {theme for theme, _ in _under(plan)} | {rec for _, rec in _under(plan)} >= {
        "1. Home to School Transport Inquiry"
    }
    assert not any("agreed by City Council" in t + r for t, r in _under(plan))
    assert "Report agreed by City Council on 9 July 2024." in plan.notes


def test_what_the_paragraph_above_a_table_says_of_it_names_no_part(tmp_path: Path) -> None:
    """HIW's 'The concern below was dealt with under HIW's immediate assurance process' over
    the immediate improvement table: it tells of the table, the finding in the table's rows
    names the part."""
    head = ["Improvement needed", "Service action", "Responsible officer", "Timescale"]
    need = "The health board must ensure that the resuscitation trolley is checked daily."
    blocks: list[tuple[str, object]] = [
        ("h1", "HIW Hospital Inspection: Improvement Plan"),
        ("h2", "Immediate improvement plan"),
        ("p", "The concern below was dealt with under HIW’s immediate assurance process."),
        ("table", [head,
                   [need, "Trolley checked and expired items replaced.", "Ward Manager",
                    "Immediate"],
                   [need, "Daily checks added to the safety huddle checklist.", "Senior Nurse",
                    "31/10/2025"]]),
        ("h2", "Improvement plan"),
        ("table", [head,
                   ["Quality of the patient experience"],
                   ["The health board must ensure privacy is kept in bays.",
                    "Curtain clips provided for all bays.", "Ward Managers", "30/11/2025"]]),
    ]  # fmt: skip
    plan = import_table(str(_word(tmp_path / "hiw.docx", blocks)))
    assert all("The concern below" not in t + r for t, r in _under(plan))
    assert [r for _, r in _under(plan)][:2] == [need, need]


def test_a_committees_sheet_over_its_agenda_items(tmp_path: Path) -> None:
    """One sheet per scrutiny committee, its name on the line under the tracker's title, and
    an 'Agenda item' column over each item's actions: the committee is the theme and the
    agenda item the recommendation under it, as a member reads the tracker."""
    head: list[object] = ["Meeting date", "Agenda item", "Action required", "Action officer(s)",
                          "Timescale", "Status"]  # fmt: skip
    title = "County Council – Overview & Scrutiny Action Tracking 2025/26"
    sheets: dict[str, list[list[object]]] = {
        "Corporate Resources OSC": [
            [title], ["Corporate Resources Overview & Scrutiny Committee"],
            ["Position as at 20 November 2025"], [], head,
            ["10/07/2025", "Budget 2026/27", "To circulate a breakdown of the cost pressures.",
             "Corporate Finance Manager", "31/07/2025", "Completed"],
            ["", "", "To hold a Member workshop on the Council Tax Reduction Scheme.",
             "Democratic Services Manager", "30/11/2025", "On track"],
            ["18/09/2025", "Digital Strategy Update",
             "To give the number of residents on the portal.",
             "Chief Officer (Governance)", "31/10/2025", "On track"],
        ],
        "Social & Health Care OSC": [
            [title], ["Social & Health Care Overview & Scrutiny Committee"],
            ["Position as at 20 November 2025"], [], head,
            ["03/07/2025", "Annual Report 2024/25", "To arrange a visit for Members to the home.",
             "Chief Officer (Social Services)", "30/09/2025", "Completed"],
            ["", "Recruitment of Social Workers", "To compare agency rates across councils.",
             "Senior Manager – Workforce", "31/12/2025", "On track"],
        ],
    }  # fmt: skip
    plan = import_table(
        str(
            _book(
                tmp_path / "osc.xlsx",
                sheets,
                merges=["Corporate Resources OSC!A6:A7", "Corporate Resources OSC!B6:B7"],
            )
        )
    )
    assert _under(plan) == [
        ("Corporate Resources Overview & Scrutiny Committee", "Budget 2026/27"),
        ("Corporate Resources Overview & Scrutiny Committee", "Budget 2026/27"),
        ("Corporate Resources Overview & Scrutiny Committee", "Digital Strategy Update"),
        ("Social & Health Care Overview & Scrutiny Committee", "Annual Report 2024/25"),
        ("Social & Health Care Overview & Scrutiny Committee", "Recruitment of Social Workers"),
    ]


def test_an_outcome_on_every_row_with_refs_lettered_for_it_is_the_theme(tmp_path: Path) -> None:
    """A council plan tracker's 'Outcome' written on every row (a CSV keeps no merge), each
    outcome's milestones lettered for it (CF1, CF2 under Child-Friendly; SN1 under Safer):
    the outcome is the part they sit under, not each milestone's measure."""
    rows = [
        ["City Council – Strategic Council Plan: Quarter 2 monitoring"],
        [],
        ["Outcome", "Ref", "Milestone", "Lead officer", "Due date", "Q2 status"],
        ["Child-Friendly City", "CF1", "Open family hubs in two wards", "Director of Early Help",
         "31/10/2025", "Complete"],
        ["Child-Friendly City", "CF2", "Recruit 15 more foster carers", "Head of Fostering",
         "31/03/2026", "Amber"],
        ["Safer City", "SN1", "Extend evening patrols", "Director of Community Protection",
         "Dec-25", "Green"],
        ["Safer City", "SN2", "Deliver the safe accommodation strategy", "Head of Community Safety",
         "31/03/2026", "Amber"],
        ["Carbon Neutral by 2028", "CN1", "Install solar panels on 20 buildings",
         "Head of Energy", "Mar-26", "Green"],
    ]  # fmt: skip
    plan = import_table(str(_csv(tmp_path / "plan.csv", rows)))
    assert [t for t, _ in _under(plan)] == ["Child-Friendly City"] * 2 + ["Safer City"] * 2 + [
        "Carbon Neutral by 2028"
    ]
    assert all(not a.measure for a in plan.actions())


def test_why_a_priority_was_chosen_is_no_part_of_the_plan(tmp_path: Path) -> None:
    """A school development plan's 'Why: 2025 phonics check 78% ...' under its priority: the
    reason for it, said of the priority, not a part the actions sit under."""
    text = (
        "SCHOOL DEVELOPMENT PLAN 2025-26\n\n"
        "Ref\tAction\tLead\tBy\tRAG\n"
        "PRIORITY 1: Reading - all pupils read fluently by the end of Year 2\n"
        "Why: 2025 phonics screening check 78% (national 80%).\n"
        "1.1\tIntroduce daily fluency sessions for Years 2 to 4\tJM\tDecember 2025\tG\n"
        "1.2\tRun daily phonics keep-up sessions\tJM\tJuly 2026\tG\n"
        "PRIORITY 2: Attendance - persistent absence below 12%\n"
        "Why: persistent absence was 16% in 2024-25.\n"
        "2.1\tIntroduce first-day calling for every absence\tPB\tOctober 2025\tA\n"
    )
    path = tmp_path / "sdp.txt"
    path.write_text(text, encoding="utf-8")
    plan = import_table(str(path))
    assert [t for t, _ in _under(plan)] == [
        "PRIORITY 1: Reading - all pupils read fluently by the end of Year 2"
    ] * 2 + ["PRIORITY 2: Attendance - persistent absence below 12%"]
    assert not any(r.startswith(("Why", "2025 phonics")) for _, r in _under(plan))


def test_a_notices_ref_on_its_parent_row_and_each_task_is_the_notices(tmp_path: Path) -> None:
    """A Smartsheet export: each improvement notice a parent row with its 'Notice Ref', and
    the same ref again on every task under it. The ref names the notice, not each task: the
    tasks are read under their notice (the ref kept with each), never refused as one ref
    used twice."""
    from datetime import datetime

    head: list[object] = ["Task Name", "Notice Ref", "Assigned To", "RAG", "Start Date",
                          "Due Date", "% Complete"]  # fmt: skip
    rows: list[list[object]] = [
        head,
        ["IN 1 – COSHH Regulations 2002: LEV examination (Chemistry Building)", "IN/3198",
         "", "", datetime(2025, 6, 30), datetime(2025, 10, 31), 0.5],
        ["Commission a competent examiner to test all fume cupboards", "IN/3198", "Grace Okafor",
         "Blue", datetime(2025, 6, 30), datetime(2025, 7, 31), 1],
        ["Repair the fume cupboards that failed and retest them", "IN/3198", "Daniel Whitworth",
         "Yellow", datetime(2025, 9, 1), datetime(2025, 10, 31), 0],
        ["IN 2 – Work at Height Regulations 2005: roof access (Estates)", "IN/3199", "", "",
         datetime(2025, 6, 30), datetime(2025, 9, 30), 0.5],
        ["Survey all roof areas and produce a roof access register", "IN/3199", "Mark Tennant",
         "Blue", datetime(2025, 6, 30), datetime(2025, 8, 15), 1],
        ["Introduce a roof access permit-to-work", "IN/3199", "Mark Tennant", "Green",
         datetime(2025, 8, 18), datetime(2025, 9, 30), 0],
    ]  # fmt: skip
    bold = tmp_path / "notices.xlsx"
    _book(bold, {"Notices": rows})
    from openpyxl import load_workbook
    from openpyxl.styles import Alignment

    book = load_workbook(bold)
    for row in (3, 4, 6, 7):  # the tasks indented under their notice, as Smartsheet exports
        book["Notices"].cell(row, 1).alignment = Alignment(indent=2)
    book.save(bold)
    plan = import_table(str(bold))
    actions = list(plan.actions())
    assert len(actions) == 4
    assert [a.extra.get("Notice Ref") for a in actions] == ["IN/3198"] * 2 + ["IN/3199"] * 2
    assert len({a.ref for a in actions}) == 4
    headings = [t or r for t, r in _under(plan)]
    assert headings[0].startswith("IN 1 – COSHH") and headings[2].startswith("IN 2 – Work")


def test_an_outcome_line_after_an_action_opens_the_next_outcome(tmp_path: Path) -> None:
    """'Outcome: Keeping people out of crisis' on a line of its own after an action, as
    'Outcome: ...' was read over the priority's first actions: the next outcome, not words
    added to the action above it."""
    text = (
        "Corporate Plan – Key Actions Progress Report\n\n"
        "Ref\tKey action\tLead officer\tTarget date\tStatus\n"
        "PRIORITY 1: IMPROVING QUALITY OF LIFE\n"
        "Outcome: Improving the wellbeing of residents\n"
        "KA1\tDeliver the exercise referral programme\tHead of Leisure\tMar 2025\tG\n"
        "KA2\tRelaunch the Community Chest grants\tCommunity Team Manager\t31/01/2025\tA\n"
        "Outcome: Keeping people out of crisis\n"
        "KA3\tExtend advice outreach to two libraries\tHead of Customer Services\tDec 2024\tG\n"
        "PRIORITY 2: DOING OUR CORE WORK WELL\n"
        "Outcome: Good value services\n"
        "KA4\tMove telephony to the cloud platform\tIT Manager\tJune 2025\tR\n"
    )
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    plan = import_table(str(path))
    assert [r for _, r in _under(plan)] == [
        "Outcome: Improving the wellbeing of residents",
        "Outcome: Improving the wellbeing of residents",
        "Outcome: Keeping people out of crisis",
        "Outcome: Good value services",
    ]
    assert all("crisis" not in a.measure + a.action for a in plan.actions())


def test_a_finding_under_a_worded_heading_is_said_of_it(tmp_path: Path) -> None:
    """A safety action plan's 'Area for improvement 1: Communication of critical results'
    heading, then 'Finding: the result was written on a paper note ...' over its table: the
    heading names the part in its own words; the finding is kept as a note."""
    head = ["Ref", "Safety action", "Owner", "Target date", "Status"]
    blocks: list[tuple[str, object]] = [
        ("h1", "Patient Safety Incident Investigation – Safety Action Plan"),
        ("h2", "Area for improvement 1: Communication of critical results out of hours"),
        ("p", "Finding: the telephoned result was written on a paper note at the station."),
        ("table", [head,
                   ["SA1.1", "Introduce a read-back script on all wards", "Head of Nursing",
                    "30/09/2025", "On track"],
                   ["SA1.2", "Send an automatic alert for high potassium", "CCIO", "31/12/2025",
                    "At risk"]]),
        ("h2", "Area for improvement 2: Treatment of hyperkalaemia on admission"),
        ("p", "Finding: the order set did not prompt treatment of moderate hyperkalaemia."),
        ("table", [head,
                   ["SA2.1", "Add a treatment pathway to the order sets", "Clinical Director",
                    "31/10/2025", "Complete"]]),
    ]  # fmt: skip
    plan = import_table(str(_word(tmp_path / "psii.docx", blocks)))
    parts = {t for t, _ in _under(plan)} | {r for _, r in _under(plan)}
    assert "Area for improvement 1: Communication of critical results out of hours" in parts
    assert not any("telephoned result" in p for p in parts)
    assert any("telephoned result" in n for n in plan.notes)


def test_partner_leads_beside_original_and_revised_milestones(tmp_path: Path) -> None:
    """'Action' | 'Partner lead(s)' | 'Original milestone' | 'Revised milestone' of months:
    the milestones are months (the revised one in force where written), the posts are the
    leads, and the actions are the 'Action' column's sentences (it was refused as two
    columns read as the action)."""
    from datetime import datetime

    head: list[object] = ["Ref", "Action", "Partner lead(s)", "Original milestone",
                          "Revised milestone", "Current RAG"]  # fmt: skip
    rows: list[list[object]] = [
        ["Priority Action Plan – Quarter 1 2025/26 update"],
        [],
        head,
        ["1.1", "Recruit the additional EHC coordinator and psychologist posts.",
         "Head of SEND Services", datetime(2025, 1, 1), None, "Green"],
        ["1.2", "Introduce a multi-agency panel that audits 10% of new EHC plans.",
         "Head of SEND Services / Designated Clinical Officer (ICB)", datetime(2025, 3, 1),
         datetime(2025, 6, 1), "Amber"],
        ["1.3", "Issue health advice within six weeks in nine requests of ten.",
         "Designated Clinical Officer (ICB)", datetime(2025, 3, 1), None, "Red"],
        ["2.1", "Publish the revised Local Offer with parents and carers.",
         "Local Offer Manager; Chair, Parent Carer Forum", datetime(2025, 9, 1), None, "Green"],
    ]  # fmt: skip
    plan = import_table(str(_book(tmp_path / "pap.xlsx", {"Action Plan": rows})))
    actions = list(plan.actions())
    assert actions[0].action.startswith("Recruit the additional EHC")
    assert [str(a.end) for a in actions] == ["2025-01", "2025-06", "2025-03", "2025-09"]
    assert list(actions[1].lead) == ["Head of SEND Services", "Designated Clinical Officer (ICB)"]


def test_how_often_a_finding_was_stated_is_no_theme(tmp_path: Path) -> None:
    """RQIA's 'Stated' column (First time, Second time, Carried forward) beside areas for
    improvement numbered again under each section row: how often the inspector stated it,
    not a theme; the sections are the themes and the numbers start again under each."""
    rows = [
        ["Nursing Home – RQIA Quality Improvement Plan (QIP) tracker"],
        [],
        ["AFI No.", "Regulation / Standard", "Stated", "Area for improvement",
         "Response by registered person detailing the actions taken", "Responsible",
         "To be completed by", "RAG"],
        ["Action required to ensure compliance with The Nursing Homes Regulations 2005"],
        ["1", "Regulation 13 (7)", "Second time", "The registered person shall ensure IPC issues "
         "are addressed.",
          "Equipment has been removed from bathrooms and commode cleaning added to the night "
           "checklist.", "Home Manager", "Nov-25", "B"],
        ["2", "Regulation 12 (1)", "First time", "The registered person shall ensure wound care "
         "follows the care plan.",
          "Monthly wound care audits by the deputy manager, with results shared at staff "
           "meetings.", "Deputy Manager", "Nov-25", "G"],
        ["3", "Regulation 27 (4)", "First time", "The registered person shall ensure fire doors "
         "are not wedged open.",
          "Magnetic door holders to be fitted to the lounge doors, with a daily fire safety "
           "walkround.", "Maintenance Lead", "Nov-25", "A"],
        ["Action required to ensure compliance with the Care Standards for Nursing Homes"],
        ["1", "Standard 4.9", "First time", "The registered person shall ensure care records are "
         "completed contemporaneously.",
          "Electronic care record prompts enabled for repositioning and fluid charts on every "
           "shift.", "Home Manager", "Nov-25", "G"],
        ["2", "Standard 12.13", "First time", "The registered person shall ensure the daily "
         "menu is displayed.",
          "Pictorial menus are in place in both dining rooms and the kitchen records each "
           "choice.", "Catering Manager", "Nov-25", "G"],
        ["3", "Standard 41", "Carried forward", "The registered person shall ensure staff meetings "
         "take place quarterly.",
          "Quarterly staff meeting dates for 2026 are published and minutes are kept in the "
           "office.", "Home Manager", "Nov-25", "G"],
    ]  # fmt: skip
    plan = import_table(str(_csv(tmp_path / "qip.csv", rows)))
    themes = [t for t, _ in _under(plan)]
    assert themes[0].startswith("Action required to ensure compliance with The Nursing")
    assert themes[3].startswith("Action required to ensure compliance with the Care")
    assert not {"First time", "Second time", "Carried forward"} & set(themes)
    assert next(a.extra.get("Stated") for a in plan.actions()) == "Second time"


def test_a_ref_alone_over_an_actions_labelled_lines_is_its_ref(tmp_path: Path) -> None:
    """A CQC action plan as text: '1.1' on a line of its own, then 'What we will do:',
    'Who:', 'By when:' and 'RAG:' lines. The number is the action's ref (it was read as a
    heading over each action, the refs made up)."""
    records = []
    for ref, what, who, when in (
        ("1.1", "Review every care plan and risk assessment.", "Registered Manager", "31/07/2025"),
        ("1.2", "Arrange refresher medicines competency checks.", "Field Care Supervisor",
         "Sept 2025"),
        ("2.1", "Audit all staff recruitment files.", "Recruitment Administrator", "30/11/2025"),
    ):  # fmt: skip
        records.append(
            f"{ref}\nWhat we will do: {what}\nWho: {who}\nBy when: {when}\nRAG: On track\n"
        )
    text = (
        "CQC Inspection Action Plan – Home Care\n\n"
        "SAFE\n\nRegulation 12 (Safe care and treatment): risks were not always assessed.\n\n"
        + "\n".join(records)
    )
    path = tmp_path / "cqc.txt"
    path.write_text(text, encoding="utf-8")
    plan = import_table(str(path))
    assert [a.ref for a in plan.actions()] == ["1.1", "1.2", "2.1"]
    assert all(not a.extra.get("Heading") for a in plan.actions())


def test_a_post_and_then_a_persons_name_are_two_officers(tmp_path: Path) -> None:
    """'Recruitment Administrator and Karen Ashdown': a post, then a person by name, two
    officers; 'L&D Manager, DCI Online Safeguarding Team': a post, then a ranked officer's
    post, two. 'Service Manager and Early Help' stays one cell's one officer."""
    from ofsted_plan.importing.people import split_people

    assert split_people("Recruitment Administrator and Karen Ashdown").officers == (
        "Recruitment Administrator",
        "Karen Ashdown",
    )
    assert split_people("L&D Manager, DCI Online Safeguarding Team").officers == (
        "L&D Manager",
        "DCI Online Safeguarding Team",
    )
    assert len(split_people("Quality Lead and Patient Experience").officers) == 1
    assert len(split_people("Head of Service, Front Door").officers) == 1


def test_a_key_across_cells_gives_each_cell_its_own_meaning(tmp_path: Path) -> None:
    """'Status key:' | 'Complete – evidence accepted' | 'On track' | 'At risk (amber)' in a
    row of cells: each cell one entry. 'Complete' is complete (blue), never amber because a
    later cell names amber."""
    head: list[object] = ["Ref", "Corrective action", "Action owner", "Revised target", "Status"]
    rows: list[list[object]] = [
        ["HSE Improvement Notices – Corrective Action Tracker"],
        ["Status key:", "Complete – evidence accepted", "On track", "At risk (amber)",
         "Off track (red)"],
        [],
        head,
        ["1.1", "Install fixed guarding to the conveyor nips", "Head of Engineering",
         "31/10/2025", "Complete"],
        ["1.2", "Assess all remaining conveyor transfer points", "Engineering Manager",
         "30/09/2025", "Complete"],
        ["2.1", "Trial vacuum lifting aids at two carousels", "Head of Operations", "30/01/2026",
         "At risk"],
        ["2.2", "Tag heavy bags with the airlines", "Airline Relations Manager", "15/12/2025",
         "On track"],
    ]  # fmt: skip
    plan = import_table(str(_book(tmp_path / "notices.xlsx", {"Tracker": rows})))
    assert [a.status.value for a in plan.actions()] == ["blue", "blue", "amber", "green"]


def test_numbered_lines_under_a_notes_line_are_notes(tmp_path: Path) -> None:
    """'Notes' under a risk register's table, then '1. Scores are Likelihood x Impact ...',
    '2. Residual scores of 15 or more ...', '3. Action status is shown by colour': notes
    (they were read as two headings, one under the other, and refused)."""
    head: list[object] = ["Risk", "Ref", "Further action", "Action owner", "Target date"]
    rows: list[list[object]] = [
        ["Strategic Risk Register 2025-26"],
        head,
        ["SR01: Funding sufficiency", "SR01.1", "Report the demand forecast monthly to SLT",
         "Head of Finance", "Monthly"],
        ["", "SR01.2", "Model options for a fair eligibility threshold", "Chief Executive",
         "Q3 2025/26"],
        ["SR02: Cyber security", "SR02.1", "Run a phishing simulation exercise",
         "Head of Digital", "January 2026"],
        [],
        ["Notes"],
        ["1. Scores are Likelihood x Impact on a 5 x 5 scale (see Scoring and Key sheet)."],
        ["2. Residual scores of 15 or more are outside appetite and go to every Board."],
        ["3. Action status is shown by cell colour only - see key."],
    ]  # fmt: skip
    plan = import_table(str(_book(tmp_path / "risks.xlsx", {"Register": rows})))
    assert len(list(plan.actions())) == 3
    assert any(n.startswith("2. Residual scores") for n in plan.notes)


def test_an_areas_name_merged_over_its_finding_are_both_levels(tmp_path: Path) -> None:
    """Each table of a multi-agency plan opens with 'Area for improvement 1: Information
    sharing at referral' merged across, then the inspectors' finding merged across, then
    its header: the area is the theme and the finding the recommendation under it (the
    area was set aside as a note)."""
    head = ["Ref", "Action", "Lead agency / officer", "Target date", "RAG"]
    blocks: list[tuple[str, object]] = [
        ("h1", "JICPA Multi-Agency Improvement Plan"),
        ("table", [["Area for improvement 1: Information sharing at the point of referral"],
                   ["Referrers are not consistently told the outcome of their referral."],
                   head,
                   ["1.1", "Agree a standard feedback letter to referrers", "CCBC Service Manager",
                    "December 2025", "G"],
                   ["1.2", "Audit 30 police and health referrals each quarter", "CCBC QA Lead",
                    "Quarterly", "A"]]),
        ("table", [["Area for improvement 2: Strategy discussions"],
                   ["Health professionals are not always invited to strategy discussions."],
                   head,
                   ["2.1", "Invite health to all strategy discussions", "BCUHB Named Nurse",
                    "March 2026", "G"]]),
    ]  # fmt: skip
    plan = import_table(str(_word(tmp_path / "jicpa.docx", blocks)))
    assert _under(plan)[0] == (
        "Area for improvement 1: Information sharing at the point of referral",
        "Referrers are not consistently told the outcome of their referral.",
    )
    assert _under(plan)[2][0] == "Area for improvement 2: Strategy discussions"


def test_the_regulation_a_requirement_complies_with_is_said_of_it(tmp_path: Path) -> None:
    """A Care Inspectorate plan: 'Requirement 1' as a heading, the requirement's words, then
    'This is to comply with Regulation 4(1)(a) ...' before the table: the requirement's
    words name the part (the second paragraph made both prose, the bare label the part)."""
    head = ["No.", "Action we will take", "Person responsible", "Timescale", "RAG"]
    words = "By 30 June 2025, the provider must ensure that people receive their medication safely."
    blocks: list[tuple[str, object]] = [
        ("h1", "Care Inspectorate Improvement Plan – Care at Home Service"),
        ("h2", "Key question 1: How well do we support people’s wellbeing?"),
        ("h3", "Requirement 1"),
        ("p", words),
        ("p", "This is to comply with Regulation 4(1)(a) (Welfare of users) of the Regulations."),
        ("table", [head,
                   ["1.1", "Move everyone onto electronic medication records", "Registered Manager",
                    "31 May 2025", "Green"],
                   ["1.2", "Assess every carer's medication competency", "Training Officer",
                    "30 June 2025", "Amber"]]),
    ]  # fmt: skip
    plan = import_table(str(_word(tmp_path / "ci.docx", blocks)))
    assert [r for _, r in _under(plan)] == [words, words]
    assert any(n.startswith("This is to comply") for n in plan.notes)


def test_open_and_implemented_sheets_are_one_tracker(tmp_path: Path) -> None:
    """An audit committee's tracker: 'Open recommendations' and 'Implemented' sheets, the
    second with 'Date implemented' and 'Evidence of implementation': one tracker, its
    recommendations on both (it was refused as two plans; the evidence is the progress)."""
    from datetime import datetime

    open_head: list[object] = ["Ref", "Recommendation", "Responsible Officer",
     "Revised target date",
                               "Status", "Management update"]  # fmt: skip
    done_head: list[object] = ["Ref", "Recommendation", "Responsible Officer",
     "Revised target date",
                               "Date implemented", "Status",
                                "Evidence of implementation"]  # fmt: skip
    sheets: dict[str, list[list[object]]] = {
        "Open recommendations": [
            ["Internal Audit Recommendations – Open"], [], open_head,
            ["CR.1", "Management should introduce a risk-based checklist for registrations.",
             "Head of Registration", datetime(2025, 12, 31), "Partially implemented",
             "Checklist drafted and piloted."],
            ["CR.2", "The backlog report should include an ageing analysis of applications.",
             "Head of Registration", datetime(2026, 3, 31), "Not yet due", "Report redesigned."],
        ],
        "Implemented": [
            ["Recommendations implemented since the last ARAC"], [], done_head,
            ["IG.3", "Publish the updated privacy notice on the website and its online forms.",
             "Information Governance Officer", datetime(2025, 6, 30), datetime(2025, 6, 20),
             "Implemented", "Privacy notice published 20 June 2025."],
            ["FM.2", "Reconcile the grants ledger to the finance system every month.",
             "Finance Manager", datetime(2025, 9, 30), datetime(2025, 9, 15), "Implemented",
             "Monthly reconciliations evidenced for July to September."],
        ],
    }  # fmt: skip
    plan = import_table(str(_book(tmp_path / "tracker.xlsx", sheets)))
    actions = list(plan.actions())
    assert [a.ref for a in actions] == ["CR.1", "CR.2", "IG.3", "FM.2"]
    assert actions[2].comments == "Privacy notice published 20 June 2025."


def test_termly_colours_the_latest_given_holds(tmp_path: Path) -> None:
    """A school's 'RAG review' of 'Aut' | 'Spr' | 'Sum', colour only, the summer not yet
    rated: the spring's colour is the status; where the spring cell is left blank (achieved
    in the autumn, not rated again), the autumn's still holds."""
    head: list[object] = ["No.", "Action", "Lead(s)", "Timescale", "Aut", "Spr", "Sum"]
    rows: list[list[object]] = [
        ["Primary School – Post-Ofsted Action Plan 2024–25"],
        [],
        head,
        ["1.1", "Rewrite the history and geography long-term plans", "DHT", "October 2024"],
        ["1.2", "Train subject leaders to carry out deep dives", "HT", "Autumn term 2024"],
        ["2.1", "Complete phonics refresher training for all staff", "Reading lead",
         "September 2024"],
        ["2.2", "Replace the decodable reading books", "Reading lead", "December 2024"],
    ]  # fmt: skip
    green, amber, red = "00B050", "FFC000", "FF0000"
    fills = {
        "Plan!E4": green, "Plan!F4": green,
        "Plan!E5": amber, "Plan!F5": green,
        "Plan!E6": green,
        "Plan!E7": red, "Plan!F7": amber,
    }  # fmt: skip
    plan = import_table(str(_book(tmp_path / "sdp.xlsx", {"Plan": rows}, fills=fills)))
    assert [a.status.value for a in plan.actions()] == ["green", "green", "green", "amber"]


def test_a_parts_caption_sheet_over_causes_and_recommendations(tmp_path: Path) -> None:
    """'Part A – Recommendations addressing the causes of concern' over a sheet of causes of
    concern, each over its recommendation, beside a sheet of areas for improvement with a
    theme column: the caption is the report's part, the cause and the recommendation the
    two levels (the recommendation was set aside as a third)."""
    head: list[object] = ["Ref", "Action", "Owner", "Target date", "RAG"]
    afi_head: list[object] = ["Ref", "Report section", "Area for improvement", "Action", "Owner",
                              "Target date", "RAG"]  # fmt: skip
    sheets: dict[str, list[list[object]]] = {
        "Recommendations": [
            ["Part A – Recommendations addressing the causes of concern"], [], head,
            ["Cause of concern 1: Use of force in custody is not always recorded."],
            ["Recommendation 1: The force should make sure that use of force is scrutinised."],
            ["1.1", "Mandate a use of force form for every use of force", "T/Supt Custody",
             "30/09/2024", "G"],
            ["1.2", "Review CCTV for a sample of use of force incidents", "Custody Inspectors",
             "31/03/2025", "A"],
            ["Cause of concern 2: There are not always enough custody staff on duty."],
            ["Recommendation 2: The force should mitigate risk to detainees."],
            ["2.1", "Introduce a daily custody resourcing call", "Custody Chief Inspector",
             "31/12/2024", "G"],
        ],
        "AFIs": [
            ["Part B – Areas for improvement"], [], afi_head,
            ["AFI 1", "Leadership", "The force should make its custody data accurate.",
             "Validate the custody data monthly", "Custody Performance Analyst", "30/11/2024",
             "G"],
            ["AFI 2", "Booking in", "The force should reduce waits to be booked in.",
             "Add a second booking-in desk at peak times", "Custody Inspector", "31/01/2025",
             "A"],
        ],
    }  # fmt: skip
    merges = [f"Recommendations!A{n}:E{n}" for n in (4, 5, 8, 9)]
    plan = import_table(str(_book(tmp_path / "custody.xlsx", sheets, merges=merges)))
    under = _under(plan)
    assert under[0] == (
        "Cause of concern 1: Use of force in custody is not always recorded.",
        "Recommendation 1: The force should make sure that use of force is scrutinised.",
    )
    assert under[3] == ("Leadership", "The force should make its custody data accurate.")


def test_progress_at_a_half_terms_review_is_the_progress(tmp_path: Path) -> None:
    """'Progress at Spring 1 review' beside 'RAG': the progress written at the half term's
    review, never the recommendation."""
    text = (
        "Trust Improvement Plan 2025-26\n\n"
        "Ref\tAction\tLead\tMilestone\tRAG\tProgress at Spring 1 review\n"
        "Priority 1: Reading – every pupil reads fluently\n"
        "1.1\tRun daily keep-up phonics sessions\tDirector of Education\tDecember 2025\tB\t"
        "All schools delivering.\n"
        "1.2\tDeliver phonics coaching visits\tTrust English Lead\tJuly 2026\tG\t"
        "Visits under way in 4 schools.\n"
        "Priority 2: Attendance – persistent absence below the national average\n"
        "2.1\tLaunch the attendance framework\tAttendance Lead\tOctober 2025\tB\t"
        "Framework launched.\n"
    )
    path = tmp_path / "tip.txt"
    path.write_text(text, encoding="utf-8")
    plan = import_table(str(path))
    assert next(a.comments for a in plan.actions()) == "All schools delivering."
    assert [r for _, r in _under(plan)] == ["", "", ""]


def test_a_notices_facts_spaced_on_one_line_are_said_of_it(tmp_path: Path) -> None:
    """'Issued: 16 July 2024    Compliance date: 31 January 2025    Provision: Regulation 3'
    under an improvement notice's heading: its facts, kept as a note; the schedule items in
    the table name what the actions answer."""
    head = ["Ref", "Action", "Owner", "Original date", "RAG"]
    blocks: list[tuple[str, object]] = [
        ("h1", "ORR Improvement Notices – Action Plan"),
        ("h2", "Notice 1 – I/SH/16072024/01: Train dispatch at core stations"),
("p", "Issued: 16 July 2024    Compliance date: 31 January 2025 (extended by ORR to 30 "
              "April 2025)    Provision: Regulation 3, Management of Health and Safety at Work "
              "Regulations 1999"),

        ("table", [head,
                   ["Schedule item 1: Review the assessment of risks at the platform-train "
                    "interface."],
                   ["1.1", "Commission an independent risk assessment", "Head of Standards",
                    "30/09/2024", "B"],
                   ["1.2", "Brief the revised assessments to drivers", "Driver Standards Manager",
                    "31/10/2024", "G"]]),
        ("h2", "Notice 2 – I/JP/03102024/02: Access at depot inspection pits"),
        ("p", "Issued: 3 October 2024    Compliance date: 31 March 2025    Provision: "
              "Regulation 6, Workplace (Health, Safety and Welfare) Regulations 1992"),
        ("table", [head,
                   ["Schedule item 1: Prevent persons falling into the open inspection pits."],
                   ["1.1", "Install pit-edge barriers on roads 4 to 7", "Depot Engineering Manager",
                    "28/02/2025", "A"]]),
    ]  # fmt: skip
    plan = import_table(str(_word(tmp_path / "orr.docx", blocks)))
    assert not any("Issued:" in t + r for t, r in _under(plan))
    assert _under(plan)[0] == (
        "Notice 1 – I/SH/16072024/01: Train dispatch at core stations",
        "Schedule item 1: Review the assessment of risks at the platform-train interface.",
    )
    assert any(n.startswith("Issued: 16 July 2024") for n in plan.notes)


def test_a_lists_title_column_of_coded_ids_is_the_ref(tmp_path: Path) -> None:
    """A SharePoint list's 'Title' of 'BAL-2025-009', one on each action, beside 'Action':
    the ref (kept aside before: the code's year read as no ref)."""
    rows = [
        ["Title", "Action", "Owner", "Due date", "RAG status"],
        ["BAL-2025-009", "Add cyber security as a standing item", "Tom Ellery", "30/09/2025",
         "Complete"],
        ["BAL-2025-011", "Bring a revised membership fee proposal", "Sarah Collins", "30/09/2025",
         "Red"],
        ["BAL-2025-012", "Publish the trustees' annual report", "Priya Nair", "31/01/2026", ""],
        ["BAL-2025-014", "Review the board skills audit", "Tom Ellery", "31/12/2025", "Green"],
    ]  # fmt: skip
    plan = import_table(str(_csv(tmp_path / "log.csv", rows)))
    assert [a.ref for a in plan.actions()] == [
        "BAL-2025-009", "BAL-2025-011", "BAL-2025-012", "BAL-2025-014"
    ]  # fmt: skip


def test_r1_rows_over_r1_1_actions_are_the_recommendations(tmp_path: Path) -> None:
    """An audit tracker's 'R1' | 'High' | the auditor's words, no owner or date, over 'R1.1'
    and 'R1.2' with them, under each audit's band: R1 is the recommendation the actions
    answer, not an action (six rows more were read as actions)."""
    head: list[object] = ["Ref", "Grade", "Recommendation / agreed management action",
                          "Action owner", "Target date"]  # fmt: skip
    rows: list[list[object]] = [
        ["Internal Audit Recommendations Tracker"], [], head,
        ["PHS 2024/25-04 Cyber Security (Limited assurance)"],
        ["R1", "High", "The improvement plan should be resourced and tracked."],
        ["R1.1", "", "Establish an improvement plan with named owners", "Director of Digital",
         "31/03/2025"],
        ["R1.2", "", "Report progress to each committee", "Head of Security", "30/06/2025"],
        ["R2", "Medium", "Privileged access rights should be reviewed quarterly."],
        ["R2.1", "", "Introduce a quarterly privileged access review", "Head of Infrastructure",
         "31/07/2025"],
        ["PHS 2024/25-07 Payroll and Expenses (Reasonable assurance)"],
        ["R1", "Medium", "Expense claims should be approved only by the budget holder."],
        ["R1.1", "", "Update the authorised signatory list", "Head of Finance", "31/05/2025"],
        ["R1.2", "", "Remind budget holders of their duties", "Head of Finance", "30/06/2025"],
    ]  # fmt: skip
    merges = [f"Tracker!A{n}:E{n}" for n in (4, 10)] + [f"Tracker!C{n}:E{n}" for n in (5, 8, 11)]
    plan = import_table(str(_book(tmp_path / "ia.xlsx", {"Tracker": rows}, merges=merges)))
    assert len(list(plan.actions())) == 5
    assert _under(plan)[0] == (
        "PHS 2024/25-04 Cyber Security (Limited assurance)",
        "The improvement plan should be resourced and tracked.",
    )
    assert _under(plan)[3][1] == "Expense claims should be approved only by the budget holder."


def test_steps_each_named_by_a_word_end_at_the_last() -> None:
    """'Baseline July 2022; repeat May 2023': two steps, the action done by the last (it was
    refused as a month among other words); a mistyped month among them is still refused."""
    import pytest

    from ofsted_plan.importing.ends import read_end

    found = read_end("Baseline July 2022; repeat May 2023")
    assert str(found.month) == "2023-05"
    with pytest.raises(ValueError):
        read_end("Baseline July 2022; repeat Febuary 2023")


def test_an_rqia_plan_with_bracketed_numbers_as_text(tmp_path: Path) -> None:
    """RQIA's plan as text with '[A1] Regulation 14 (2)    Stated: First time' over
    'Area for improvement:', the requirement, then the prompt over the response: the
    response is the action, under the requirement, its ref A1."""
    part = (
        "[{n}] Regulation 1{k} (2)        Stated: First time\n"
        "Area for improvement:\n"
        "The registered person shall ensure that {what}.\n"
        "Response by registered person detailing the actions taken:\n"
        "{done}\n"
        "Responsible: Registered Manager\n"
        "To be completed by: 30 April 2025\n"
        "RAG: Green\n"
    )
    text = (
        "Nursing Home - Quality Improvement Plan progress log\n\n"
        "SECTION A: Action required to ensure compliance with The Nursing Homes Regulations\n\n"
        + part.format(n="A1", k=4, what="hazards are removed", done="Chemicals now locked away.")
        + "\n"
        + part.format(n="A2", k=3, what="falls are managed well", done="Falls protocol reissued.")
    )
    path = tmp_path / "qip.txt"
    path.write_text(text, encoding="utf-8")
    plan = import_table(str(path))
    actions = list(plan.actions())
    assert [a.ref for a in actions] == ["A1", "A2"]
    assert [a.action for a in actions] == ["Chemicals now locked away.", "Falls protocol reissued."]
    assert _under(plan)[0][1] == "The registered person shall ensure that hazards are removed."


def test_minute_items_are_the_refs_and_the_committees_tracker_the_title(tmp_path: Path) -> None:
    """A scrutiny committee's 'Tracking Decisions 2024/25' over its council's 'position as at'
    line; 'Minute' of 6(1), 6(2), 7(1): the title is the tracker's, the minute items the refs."""
    text = (
        "Scrutiny Committee – Tracking Decisions 2024/25\n"
        "City Council – position as at 22 January 2025\n\n"
        "Date\tMinute\tResolution\tUpdate\tOfficer\tTarget date\tRAG\n"
        "17 July 2024\t6(1)\tCirculate the home education figures by year group.\tCirculated."
        "\tHead of Service\tSeptember 2024\tG\n"
        "17 July 2024\t6(2)\tWrite to the DfE about specialist places.\tLetter sent.\tCabinet "
        "Member\tOctober 2024\tG\n"
        "17 July 2024\t7(1)\tGive a briefing on social worker recruitment.\tBriefing due.\t"
        "Service Director\tMarch 2025\tA\n"
    )
    path = tmp_path / "tracker.txt"
    path.write_text(text, encoding="utf-8")
    plan = import_table(str(path))
    assert plan.title == "Scrutiny Committee – Tracking Decisions 2024/25"
    assert [a.ref for a in plan.actions()] == ["6(1)", "6(2)", "7(1)"]


def test_the_regulation_beside_each_finding_is_no_theme(tmp_path: Path) -> None:
    """'CQC finding' | 'Regulation / key question' (right of it, one to each finding, two
    findings breaching Regulation 12): the regulation each finding breaches, kept as another
    column; the findings are the parts."""
    text = (
        "CQC Improvement and Action Plan\n\n"
        "No.\tCQC finding\tRegulation / key question\tOur improvement action\tBy whom\tBy when"
        "\tProgress\n"
        "1.1\tMedicines were not always managed safely.\tRegulation 12 Safe care and treatment"
        " – SAFE\tAudit all medicine records weekly.\tRM\t31/03/2025\tG\n"
        "1.2\t\t\tComplete medicines competency checks.\tFS\t30/04/2025\tA\n"
        "2.1\tRisks were not always assessed.\tRegulation 12 Safe care and treatment – SAFE\t"
        "Review every risk assessment.\tCC\t30/04/2025\tA\n"
        "3.1\tQuality assurance had not found the issues.\tRegulation 17 Good governance – "
        "WELL-LED\tIntroduce a monthly quality dashboard.\tQCL\t30/04/2025\tG\n"
    )
    path = tmp_path / "cqc.txt"
    path.write_text(text, encoding="utf-8")
    plan = import_table(str(path))
    assert [t for t, _ in _under(plan)] == [""] * 4
    assert [r for _, r in _under(plan)][2] == "Risks were not always assessed."


def test_an_agreed_answer_under_a_concern_is_said_of_it(tmp_path: Path) -> None:
    """HMPPS's plan: a concern merged across its table, then 'Agreed – The prison will ...'
    merged across: the answer, kept as a note, the concern under its area's heading."""
    head = ["Ref", "Action", "Responsible owner", "Target date", "RAG"]
    blocks: list[tuple[str, object]] = [
        ("h1", "Action Plan: HMP Example"),
        ("h1", "Safety"),
        ("table", [head,
                   ["Priority concern 1: Levels of violence were high."],
                   ["Agreed – The prison will relaunch its safety strategy."],
                   ["1.1", "Relaunch the safety strategy on every wing", "Head of Safety",
                    "31 December 2024", "B"],
                   ["1.2", "Review open CSIP referrals weekly", "Head of Safety", "30/09/2025",
                    "G"]]),
        ("h1", "Respect"),
        ("table", [head,
                   ["Key concern 2: Unwell prisoners were held in unsuitable conditions."],
                   ["Partly agreed – Transfer timescales are set by NHS England."],
                   ["2.1", "Escalate every delayed transfer", "Head of Healthcare", "Ongoing",
                    "G"]]),
    ]  # fmt: skip
    plan = import_table(str(_word(tmp_path / "hmp.docx", blocks)))
    assert _under(plan)[0] == ("Safety", "Priority concern 1: Levels of violence were high.")
    assert not any("agreed –" in (t + r).lower() for t, r in _under(plan))


def test_a_completed_at_date_is_complete(tmp_path: Path) -> None:
    """Asana's 'Completed At' date on a task with no RAG: complete (blue)."""
    rows = [
        ["Task ID", "Completed At", "Name", "Assignee", "Due Date", "RAG"],
        ["1210448301925561", "2025-09-23", "Update the Financial Regulations", "Helen Marsh",
         "2025-09-30", ""],
        ["1210448301925574", "", "Evidence monthly bank reconciliations", "Tom Adeyemi",
         "2025-12-31", "Green"],
        ["1210448301925588", "", "Review the risk register", "Helen Marsh", "2026-01-31", "Amber"],
    ]  # fmt: skip
    plan = import_table(str(_csv(tmp_path / "asana.csv", rows)))
    assert [a.status.value for a in plan.actions()] == ["blue", "green", "amber"]


def test_termly_letters_on_their_colours_the_latest_is_the_status(tmp_path: Path) -> None:
    """'Termly RAG' over 'Autumn' | 'Spring' | 'Summer', each a letter on its colour ('B' on
    blue), the summer not yet rated: the spring is the status (it was refused: letters
    beside colours read as neither)."""
    head: list[object] = ["Ref", "Action", "Lead", "Timescale", "Autumn", "Spring", "Summer"]
    rows: list[list[object]] = [
        ["Priority 1: Curriculum"],
        ["", "", "", "", "Termly RAG"],
        head,
        ["1.1", "Complete subject network reviews", "Director of Primary", "Autumn term 2025",
         "G", "B"],
        ["1.2", "Publish long-term plans for design technology", "Director of Secondary",
         "February 2026", "G", "A"],
        ["1.3", "Train subject leaders in deep dives", "Director of Primary", "July 2026",
         "A", "G"],
    ]  # fmt: skip
    green, amber, blue = "00B050", "FFC000", "0070C0"
    fills = {
        "P1!E4": green, "P1!F4": blue,
        "P1!E5": green, "P1!F5": amber,
        "P1!E6": amber, "P1!F6": green,
    }  # fmt: skip
    plan = import_table(
        str(_book(tmp_path / "tip.xlsx", {"P1": rows}, fills=fills, merges=["P1!E2:G2"]))
    )
    assert [a.status.value for a in plan.actions()] == ["blue", "amber", "green"]


def test_a_well_being_plans_steps_and_partners(tmp_path: Path) -> None:
    """A Public Services Board's tracker: 'What we will do in 2025/26' (or 'Step') the
    action, 'Delivery by' the end, and a lead cell listing councils ('Bridgend CBC, Merthyr
    Tydfil CBC and RCTCBC': three bodies)."""
    head: list[object] = ["Ref", "Step", "Lead partner(s)", "Delivery by", "Status"]
    rows: list[list[object]] = [
        ["Well-being Objective 1: Healthy local neighbourhoods"], [], head,
        ["1.1", "Map community food projects and publish a directory.",
         "Public Health Wales", "September 2025", "Complete"],
        ["1.2", "Pilot a healthy food standard in two schools in each area.",
         "Bridgend CBC, Merthyr Tydfil CBC and RCTCBC", "July 2026", "On track"],
        ["1.3", "Run a regional campaign on healthy weight.", "Cwm Taf Morgannwg UHB",
         "March 2026", "On track"],
    ]  # fmt: skip
    plan = import_table(str(_book(tmp_path / "psb.xlsx", {"Objective 1": rows})))
    actions = list(plan.actions())
    assert actions[0].action.startswith("Map community food projects")
    assert list(actions[1].lead) == ["Bridgend CBC", "Merthyr Tydfil CBC", "RCTCBC"]
    assert str(actions[1].end) == "2026-07"
    titles: list[object] = ["Ref", "What we will do in 2025/26", "Lead partner(s)", "Target",
                            "RAG"]  # fmt: skip
    headed: list[list[object]] = [titles,
              *[[*r[:3], r[3], "G"] for r in rows[3:]]]  # fmt: skip
    plan = import_table(str(_book(tmp_path / "vale.xlsx", {"Tracker": headed})))
    assert next(plan.actions()).action.startswith("Map community food projects")


def test_governor_and_deputy_governor_are_two(tmp_path: Path) -> None:
    """A prison's 'Governor and Deputy Governor': two officers (a governor is a post)."""
    from ofsted_plan.importing.people import split_people

    assert split_people("Governor and Deputy Governor").officers == (
        "Governor",
        "Deputy Governor",
    )
    assert split_people("Chair of Governors").officers == ("Chair of Governors",)


def test_statuses_at_two_committees_the_later_is_the_status(tmp_path: Path) -> None:
    """'Status (June 2025 ARC)' beside 'Status (Sept 2025 ARC)': the later meeting's status
    (it was refused as two status columns); 'Date agreed' is when the committee agreed the
    recommendation, never its end."""
    rows = [
        ["Ref", "Date agreed", "Recommendation", "Owner", "Target date", "Status (June 2025 ARC)",
         "Status (Sept 2025 ARC)"],
        ["R1", "12/03/2024", "Update the procurement policy.", "Head of Finance", "Annually",
         "Amber", "Green"],
        ["R2", "12/03/2024", "Test the disaster recovery plan.", "Head of IT", "Dec 2025",
         "Red", "Amber"],
        ["R3", "29/01/2024", "Refresh the asset register.", "Head of Assets", "Jun 2025",
         "Green", "Complete"],
    ]  # fmt: skip
    plan = import_table(str(_csv(tmp_path / "arc.csv", rows)))
    actions = list(plan.actions())
    assert [a.status.value for a in actions] == ["green", "amber", "blue"]
    assert actions[0].end is None and str(actions[1].end) == "2025-12"


def test_a_smartsheet_csvs_principle_rows_and_its_ryg_column(tmp_path: Path) -> None:
    """A Smartsheet export as CSV: 'Principle 2 – Leadership' rows with rolled-up dates and
    no owner or status over the tasks, a 'Status' of words beside 'RYG' of Red / Yellow /
    Green: the principles are the parts, RYG the RAG (it was refused on 'On Hold')."""
    rows = [
        ["Task Name", "Ref", "Assigned To", "End Date", "% Complete", "Status", "RYG"],
        ["Principle 2 – Leadership", "", "", "30/09/25", "100%", "", ""],
        ["Adopt role descriptions for the Chair", "2.1", "Helen Wright", "30/09/25", "100%",
         "Complete", "Green"],
        ["Principle 6 – Diversity", "", "", "30/06/26", "10%", "", ""],
        ["Set diversity targets for the Board", "6.1", "Helen Wright", "30/06/26", "10%",
         "On Hold", "Yellow"],
        ["Publish the Board's diversity data", "6.2", "Simon Lacey", "31/03/26", "0%",
         "In Progress", "Red"],
    ]  # fmt: skip
    plan = import_table(str(_csv(tmp_path / "code.csv", rows)))
    assert [a.ref for a in plan.actions()] == ["2.1", "6.1", "6.2"]
    assert [a.status.value for a in plan.actions()] == ["blue", "amber", "red"]
    assert {t or r for t, r in _under(plan)} == {
        "Principle 2 – Leadership",
        "Principle 6 – Diversity",
    }
