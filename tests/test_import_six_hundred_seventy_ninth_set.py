"""Issue 18, session 34: readings left from session 33 (RQIA's quality improvement plan saved
as text, refused for three authors) and what heldout679 on showed at first sight."""

from __future__ import annotations

from pathlib import Path

import pytest

from ofsted_plan.errors import PlanError
from ofsted_plan.importing.importer import import_table
from ofsted_plan.importing.people import split_people
from ofsted_plan.importing.person_kinds import kind_of
from ofsted_plan.importing.titles import only_bodies

from .test_import_four_hundred_twenty_first_set import _book
from .test_import_six_hundred_fifty_first_set import _word
from .test_import_three_hundred_ninety_third_set import _csv

_QIP = [
    "Glenview Nursing Home – Quality Improvement Plan",
    "RQIA ID: 1234    Inspection ID: IN040001",
    "Date of inspection: 3 March 2025",
    "",
    "The registered person should note that the actions in this QIP must be completed.",
    "",
    "Action required to ensure compliance with The Nursing Homes Regulations (Northern "
    "Ireland) 2005",
    "",
    "Area for improvement 1",
    "Ref: Regulation 13 (7)",
    "Stated: First time",
    "To be completed by: With immediate effect",
    "",
    "The registered person shall ensure that infection prevention and control issues are "
    "addressed.",
    "Ref: 5.2.3",
    "",
    "Response by registered person detailing the actions taken:",
    "Bedrail bumpers were replaced on 4 March 2025.",
    "A daily IPC walkaround has been introduced.",
    "",
    "Area for improvement 2",
    "Ref: Regulation 27 (4) (d)",
    "Stated: Second time",
    "To be completed by: 30 April 2025",
    "",
    "The registered person shall ensure that fire doors are not wedged open.",
    "",
    "Response by registered person detailing the actions taken:",
    "All wedges have been removed and door-hold devices fitted.",
    "",
    "Action required to ensure compliance with the Care Standards for Nursing Homes (2022)",
    "",
    "Area for improvement 1",
    "Ref: Standard 12",
    "Stated: First time",
    "To be completed by: 31 May 2025",
    "",
    "The registered person shall ensure that menus are displayed in a suitable format.",
    "",
    "Response by registered person detailing the actions taken:",
    "A pictorial menu board is displayed daily.",
    "",
    "Name of registered manager completing QIP: Ann Devlin",
    "Date completed: 19 May 2025",
]


def test_a_quality_improvement_plan_saved_as_text_reads_each_response(tmp_path: Path) -> None:
    """RQIA's QIP as text: 'Area for improvement 1', its labelled facts, the requirement, then
    'Response by registered person ...:' over the response. The response is the action, under
    its section and the requirement it answers; the part's number its ref, the facts' 'Ref'
    (the regulation cited) and the report's section kept, never the ref."""
    path = tmp_path / "qip.txt"
    path.write_text("\n".join(_QIP) + "\n", encoding="utf-8")
    plan = import_table(str(path))
    assert plan.title == "Glenview Nursing Home – Quality Improvement Plan"
    actions = list(plan.actions())
    assert [a.action for a in actions] == [
        "Bedrail bumpers were replaced on 4 March 2025.\nA daily IPC walkaround has been "
        "introduced.",
        "All wedges have been removed and door-hold devices fitted.",
        "A pictorial menu board is displayed daily.",
    ]
    assert [t.title for t in plan.themes] == [
        "Action required to ensure compliance with The Nursing Homes Regulations (Northern "
        "Ireland) 2005",
        "Action required to ensure compliance with the Care Standards for Nursing Homes (2022)",
    ]
    assert [r.text for r in plan.themes[0].recommendations] == [
        "The registered person shall ensure that infection prevention and control issues are "
        "addressed.",
        "The registered person shall ensure that fire doors are not wedged open.",
    ]
    assert [str(a.end) if a.end else a.end_text for a in actions] == [
        "With immediate effect",
        "2025-04",
        "2025-05",
    ]
    assert actions[0].extra.get("Regulation cited") == "Regulation 13 (7)"
    assert actions[0].extra.get("Report section") == "5.2.3"


def test_a_quality_improvement_plan_with_a_mistyped_month_is_refused_at_its_line(
    tmp_path: Path,
) -> None:
    """'To be completed by: 30 Apirl 2025' in the same form: refused at that line, never kept
    as words with no end month."""
    lines = [line.replace("30 April 2025", "30 Apirl 2025") for line in _QIP]
    path = tmp_path / "qip.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(PlanError, match="End month: '30 Apirl 2025' is not a month") as caught:
        import_table(str(path))
    assert caught.value.line == 24


def test_a_quality_improvement_plan_with_a_lead_and_status_after_each_response(
    tmp_path: Path,
) -> None:
    """A domiciliary care agency's QIP, sections between rules, numbering running on, and
    'Lead: ...', 'Status: ...' under each response: the action's lead and RAG."""
    lines = [
        "Quality Improvement Plan",
        "Riverside Homecare Ltd – RQIA ID 020000",
        "",
        "=" * 40,
        "Action required to ensure compliance with The Domiciliary Care Agencies Regulations",
        "=" * 40,
        "",
        "Area for improvement 1",
        "Ref: Regulation 13 (d)",
        "Stated: First time",
        "To be completed by: 30 June 2025",
        "",
        "The registered person shall ensure that references are received before a worker starts.",
        "",
        "Response by registered person detailing the actions taken:",
        "A pre-employment checklist is signed off before any shift.",
        "Lead: Registered Manager",
        "Status: Complete",
        "",
        "Area for improvement 2",
        "Ref: Regulation 23 (1)",
        "Stated: First time",
        "To be completed by: 31 August 2025",
        "",
        "The registered person shall ensure that monitoring reports include service users' views.",
        "",
        "Response by registered person detailing the actions taken:",
        "The monitoring template now includes telephone feedback.",
        "Lead: Registered Manager; Responsible Individual",
        "Status: On track",
    ]
    path = tmp_path / "qip.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    actions = list(import_table(str(path)).actions())
    assert [a.ref for a in actions] == ["1", "2"]
    assert [a.lead for a in actions] == [
        ("Registered Manager",),
        ("Registered Manager", "Responsible Individual"),
    ]
    assert [a.status.value for a in actions] == ["blue", "green"]


def test_a_form_whose_parts_have_no_prompt_is_not_read_as_one(tmp_path: Path) -> None:
    """The same numbered parts with no prompt over a response: no action a person could point
    at, so the form reader leaves the text alone (and the import says why it stops)."""
    lines = [line for line in _QIP if not line.startswith("Response by")]
    path = tmp_path / "qip.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(PlanError):
        import_table(str(path))


def test_an_nhs_trust_named_by_its_service_is_a_body() -> None:
    """'Yorkshire Ambulance Service NHS Trust': a body by its name, never a team called
    '... Service'; its services are still teams or posts."""
    assert kind_of("Yorkshire Ambulance Service NHS Trust") == "agency"
    assert only_bodies("Yorkshire Ambulance Service NHS Trust")
    assert kind_of("Head of Ambulance Service") == "post"


def test_an_accountable_director_column_is_the_lead(tmp_path: Path) -> None:
    """'Accountable Director' (a trust's tracker), as 'Responsible Head of Service' is: the
    post answering for each action, the lead; 'Responsible progress' names no post."""
    rows = [
        ["Ref", "Action", "Accountable Director", "Due", "RAG"],
        ["1", "Publish the revised discharge policy", "Director of Nursing", "Mar-25", "Green"],
        ["2", "Audit the use of the safety huddle", "Medical Director", "Jun-25", "Amber"],
    ]
    plan = import_table(_csv(tmp_path / "tracker.csv", rows))
    assert [a.lead for a in plan.actions()] == [("Director of Nursing",), ("Medical Director",)]


def test_each_action_numbered_under_the_recommendations_number_gives_its_ref(
    tmp_path: Path,
) -> None:
    """'Rec No' written on a recommendation's first row only, each action cell opening with
    its own number ('1.1 Commission ...', '1.2 Add ...'; a safeguarding adults review's
    plan): 1.1 and 1.2 are the actions' refs, taken off their words, and 1 the
    recommendation's number, kept."""
    rows = [
        ["Rec No", "Recommendation", "Action", "Lead", "Target Date", "Status"],
        ["1", "Partners to strengthen the use of the Mental Capacity Act",
         "1.1 Commission MCA training for housing staff", "Principal Social Worker",
         "31/03/2025", "Green"],
        ["", "", "1.2 Add an executive functioning prompt to the MCA template",
         "Principal Social Worker", "30/06/2025", "Complete"],
        ["2", "Partners to agree an escalation route for self-neglect",
         "2.1 Refresh the self-neglect protocol", "SAB Business Manager", "September 2025",
         "Amber"],
    ]  # fmt: skip
    actions = list(import_table(_csv(tmp_path / "sar.csv", rows)).actions())
    assert [(a.ref, a.ref_generated) for a in actions] == [
        ("1.1", False),
        ("1.2", False),
        ("2.1", False),
    ]
    assert actions[1].action == "Add an executive functioning prompt to the MCA template"
    assert [a.extra.get("Recommendation no.") for a in actions] == ["1", "1", "2"]


def test_a_post_then_another_posts_letters_after_a_spaced_slash_are_two() -> None:
    """'Head of PDU / SPO' (a probation delivery unit's plan): the head of the unit and its
    senior probation officer, two leads, as 'Director of Finance / SMT' is; 'Head of
    SEND/AP', unspaced, is one post over two fields."""
    assert split_people("Head of PDU / SPO").officers == ("Head of PDU", "SPO")
    assert split_people("Head of SEND/AP").officers == ("Head of SEND/AP",)


def test_officers_of_one_rank_listed_with_commas_are_each_a_lead() -> None:
    """'Ch Insp Response, Ch Insp Learning and Development' (a force's HMICFRS tracker): two
    chief inspectors, each by what they answer for; 'DCI Smith, Head of PPU' (a person, then
    a post) stays as written."""
    assert split_people("Ch Insp Response, Ch Insp Learning and Development").officers == (
        "Ch Insp Response",
        "Ch Insp Learning and Development",
    )
    assert split_people("DCI Smith, Head of PPU").officers == ("DCI Smith, Head of PPU",)


def test_a_monday_export_reads_the_item_name_beside_its_notes_as_the_action(
    tmp_path: Path,
) -> None:
    """A Monday.com board saved as CSV: 'Name' (each item's words), 'Priority' (High, Medium)
    and 'Notes'. No column is named as the action; the item names are the actions, never
    the priority (read before as a tracker's recommendation) nor the notes beside them."""
    rows = [
        ["Name", "Ref", "Person", "Status", "Due date", "Priority", "Notes"],
        ["Review Standing Orders against the NALC 2025 model", "GIP-01", "Annie Hartley",
         "Complete", "2025-09-30", "High", "Adopted at Full Council on 22 September"],
        ["Adopt a complaints procedure with a clear escalation route", "GIP-02", "Tom Biggs",
         "Green", "2025-12-31", "Medium", ""],
        ["Publish a scheme of delegation on the council's website", "GIP-03", "Tom Biggs",
         "Amber", "2026-01-31", "Medium", "Draft with the Chair of Governance for comment"],
    ]  # fmt: skip
    actions = list(import_table(_csv(tmp_path / "board.csv", rows)).actions())
    assert [a.action for a in actions] == [
        "Review Standing Orders against the NALC 2025 model",
        "Adopt a complaints procedure with a clear escalation route",
        "Publish a scheme of delegation on the council's website",
    ]
    assert actions[0].extra.get("Priority") == "High"


def test_a_status_key_giving_a_words_meaning_in_brackets_is_applied(tmp_path: Path) -> None:
    """'Status key: Complete; On track; In progress (some slippage); Not started.' under a
    child practice review's plan: 'In progress' means some slippage, amber, as the key says
    (never unrated for want of a colour's name)."""
    rows = [
        ["No.", "Action", "Agency lead", "Timescale", "Status"],
        ["1a", "Deliver regional neglect briefings to frontline staff", "Business Manager",
         "July 2024", "Complete"],
        ["1b", "Include a 'day in the life' prompt in the referral form", "Business Manager",
         "March 2025", "In progress"],
        ["1c", "Audit the use of the neglect toolkit", "Chair, QA Sub-group", "June 2025",
         "On track"],
        ["Status key: Complete; On track; In progress (some slippage); Not started.", "", "", "",
         ""],
    ]  # fmt: skip
    actions = list(import_table(_csv(tmp_path / "cpr.csv", rows)).actions())
    assert [a.status.value for a in actions] == ["blue", "amber", "green"]


def test_a_head_of_a_field_and_a_second_field_is_one_post() -> None:
    """'Head of Flood Risk Management & Strategic Projects' (a Welsh corporate plan tracker):
    one head of two fields ('Strategic Projects' is no post alone); 'Head of HR & Deputy
    Director' is still two."""
    assert split_people("Head of Flood Risk Management & Strategic Projects").officers == (
        "Head of Flood Risk Management & Strategic Projects",
    )
    assert split_people("Head of HR & Deputy Director").officers == (
        "Head of HR",
        "Deputy Director",
    )


def test_an_action_ref_under_a_recommendations_lettered_ref_is_the_ref(tmp_path: Path) -> None:
    """'Ref' (A1 on a recommendation's first row, 'Rec 5' in the next part) beside 'Action
    ref' (A1.1, A1.2, B5.1): each action numbered under its recommendation's number, the
    action ref read, never refused as two refs alike."""
    rows = [
        ["Ref", "Recommendation", "Action ref", "Action", "Lead", "Target date", "RAG"],
        ["A1", "Review the trustees' code of conduct", "A1.1", "Adopt a revised code of conduct",
         "Chair of Trustees", "Mar-22", "B"],
        ["", "", "A1.2", "Train all trustees on the revised code", "Company Secretary",
         "Sep-22", "G"],
        ["Rec 5", "Strengthen vetting of senior staff", "B5.1",
         "Introduce enhanced pre-appointment screening", "Director of HR", "Dec-22", "A"],
        ["", "", "B5.2", "Re-screen all serving trustees", "Director of HR", "Dec-22", "A"],
    ]  # fmt: skip
    actions = list(import_table(_csv(tmp_path / "plan.csv", rows)).actions())
    assert [a.ref for a in actions] == ["A1.1", "A1.2", "B5.1", "B5.2"]


def test_an_improvement_action_beside_its_milestones_is_the_action(tmp_path: Path) -> None:
    """'Improvement Action' beside 'Milestones / Key Deliverables' (a force's HMICS plan):
    the action, and what shows it done kept as another column, never refused as two
    actions."""
    rows = [
        ["Ref", "Improvement Action", "Milestones / Key Deliverables", "Action Owner",
         "Target Date", "RAG"],
        ["R2.1", "Establish a mental health task force", "Terms of reference agreed",
         "ACC Partnerships", "Mar-24", "B"],
        ["R2.2", "Publish the mental health strategy", "Draft to SLB; public consultation",
         "Ch Supt Partnerships", "Jun-25", "G"],
        ["R3.1", "Create a strategic oversight group", "First meeting held", "ACC Partnerships",
         "Sep-24", "B"],
    ]  # fmt: skip
    actions = list(import_table(_csv(tmp_path / "plan.csv", rows)).actions())
    assert [a.action for a in actions] == [
        "Establish a mental health task force",
        "Publish the mental health strategy",
        "Create a strategic oversight group",
    ]
    assert actions[0].extra.get("Milestones / Key Deliverables") == "Terms of reference agreed"


def test_a_month_with_an_earlier_one_in_brackets_ends_in_the_first(tmp_path: Path) -> None:
    """'January 2026 (October 2025)' (a fostering plan whose note says the bracketed date is
    the original target): the end moved on, January 2026, the first kept in the text; the
    other way round ('October 2025 (January 2026)') nobody can tell, and it is refused."""
    rows = [
        ["Ref", "Action", "Lead", "Due", "RAG"],
        ["1.1", "Recruit twelve new foster carers", "Fostering Manager",
         "January 2026 (October 2025)", "A"],
        ["1.2", "Review the fees and allowances", "Head of Service", "March 2026", "G"],
    ]  # fmt: skip
    action = next(import_table(_csv(tmp_path / "plan.csv", rows)).actions())
    assert str(action.end) == "2026-01"
    rows[1][3] = "October 2025 (January 2026)"
    with pytest.raises(PlanError) as caught:
        import_table(_csv(tmp_path / "other.csv", rows))
    assert caught.value.line == 2


def test_a_line_of_labelled_days_under_a_part_is_no_level(tmp_path: Path) -> None:
    """'Report to Cabinet: 18 April 2024. Cabinet response: 11 July 2024.' under 'Inquiry 1:
    Support for Young Carers' (a scrutiny committee's monitoring report): when the inquiry
    was reported and answered, said of it, never a level under it."""
    lines = [
        "Cardiff Council – Monitoring of Scrutiny Recommendations",
        "",
        "Inquiry 1: Support for Young Carers",
        "Report to Cabinet: 18 April 2024. Cabinet response: 11 July 2024.",
        "Rec\tRecommendation\tResponsible officer\tTarget date\tRAG",
        "R1\tThat the Council runs an awareness campaign in schools\tOperational Manager\t"
        "March 2025\tB",
        "R2\tThat a young carers ID card is introduced\tOperational Manager\tJune 2025\tA",
        "R3\tThat assessments are completed within 42 days\tDirector\tMay 2025\tG",
    ]
    path = tmp_path / "report.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    plan = import_table(str(path))
    assert [t.title for t in plan.themes] == ["Inquiry 1: Support for Young Carers"]
    assert all("Report to Cabinet" not in r.text for t in plan.themes for r in t.recommendations)


def test_a_signed_off_sheet_beside_the_tracker_names_no_part(tmp_path: Path) -> None:
    """'Tracker 2024-25' beside 'Signed off' (a scrutiny recommendations tracker): one
    tracker kept on two sheets by where its recommendations stand; the first sheet's
    'London Borough of Havering' and the second's 'Recommendations signed off ...' name no
    part over the sub-committees."""
    header: list[object] = ["Ref", "Recommendation", "Lead Officer", "Target date", "Status"]
    path = _book(
        tmp_path / "tracker.xlsx",
        {
            "Tracker 2024-25": [
                ["London Borough of Havering"],
                ["Overview & Scrutiny – Recommendations Tracker 2024/25"],
                [],
                header,
                ["People Overview & Scrutiny Sub-Committee"],
                ["SR-01", "That a discharge pathway is published", "Director of ASC", "Mar-26",
                 "Amber"],
                ["SR-02", "That reablement reports quarterly", "Director of ASC", "Jun-26",
                 "Green"],
            ],
            "Signed off": [
                ["Recommendations signed off by the Overview & Scrutiny Board – 2024/25"],
                [],
                header,
                ["Health Overview & Scrutiny Sub-Committee"],
                ["SR-09", "That GP practices promote the NHS App", "Director of Public Health",
                 "Dec-24", "Green"],
            ],
        },
    )  # fmt: skip
    plan = import_table(str(path))
    assert [t.title for t in plan.themes] == [
        "People Overview & Scrutiny Sub-Committee",
        "Health Overview & Scrutiny Sub-Committee",
    ]


def test_a_two_row_immediate_plan_keeps_each_finding_aside(tmp_path: Path) -> None:
    """HIW's immediate improvement plan, two rows under its appendix heading (the longer
    plan after it): 'Risk/finding/issue' one for one beside 'Improvement needed' is each
    row's finding, kept with it; the appendix and the improvement needed are the levels."""
    head = ["Risk/finding/issue", "Improvement needed", "Service action", "Responsible officer",
            "Timescale"]  # fmt: skip

    def row(n: int) -> list[str]:
        return [
            f"Finding {n}: the checks we looked at were not recorded every week.",
            f"The practice must ensure that check {n} is recorded every week.",
            f"Check {n} added to the weekly rota.",
            "Practice Manager",
            "March 2025",
        ]

    path = _word(
        tmp_path / "hiw.docx",
        [
            ("h1", "Mumbles Medical Practice – HIW Inspection Improvement Plan"),
            ("h2", "Appendix B – Immediate improvement plan"),
            ("table", [head, row(1), row(2)]),
            ("h2", "Appendix C – Improvement plan"),
            ("table", [head, row(3), row(4), row(5)]),
        ],
    )
    plan = import_table(str(path))
    assert [t.title for t in plan.themes] == [
        "Appendix B – Immediate improvement plan",
        "Appendix C – Improvement plan",
    ]
    assert [r.text for r in plan.themes[0].recommendations] == [
        "The practice must ensure that check 1 is recorded every week.",
        "The practice must ensure that check 2 is recorded every week.",
    ]


def test_a_quarter_of_a_financial_year_written_out_ends_in_its_last_month() -> None:
    """'Q3 2025 to 2026' (a Welsh council's performance update, as GOV.UK writes a financial
    year): the third quarter of 2025/26, ending December 2025; a range of two years that are
    not one financial year names no quarter."""
    from ofsted_plan.importing.ends import read_end

    assert str(read_end("Q3 2025 to 2026").month) == "2025-12"
    assert read_end("Q4 2025 to 2027").month is None


def test_a_plan_kind_named_with_its_body_on_the_sheet_beats_a_summary_line() -> None:
    """The plan sheet's 'National Museums NI – Internal Audit Recommendations Tracker' beside
    the summary sheet's 'Internal Audit Recommendations Tracker – Position at 14 November
    2025': the sheet names whose tracker it is, the summary only when it stands."""
    from ofsted_plan.importing.titles import names_more_fully

    assert not names_more_fully(
        "Internal Audit Recommendations Tracker – Position at 14 November 2025",
        "National Museums NI – Internal Audit Recommendations Tracker",
    )
    assert names_more_fully(
        "Board Assurance Framework 2025/26",
        "Board Assurance Framework 2025/26 – risk detail (Quarter 2)",
    )


def test_a_post_then_a_titled_person_after_a_comma_are_two_leads() -> None:
    """'Practice Manager, Dr Sarah Jenkins (Senior Partner)' (a GP practice's HIW plan): the
    manager and the partner, two leads; 'Sam Lee, Head of Service' (a person, then her
    post) stays one."""
    assert split_people("Practice Manager, Dr Sarah Jenkins (Senior Partner)").officers == (
        "Practice Manager",
        "Dr Sarah Jenkins (Senior Partner)",
    )
    assert split_people("Sam Lee, Head of Service").officers == ("Sam Lee, Head of Service",)


def test_a_signed_line_and_the_next_review_under_a_plan_are_no_actions(tmp_path: Path) -> None:
    """'Next review of this plan: ...' and 'Signed: H. Atkinson (Headteacher) | D. Bell
    (Chair of Governors)' under a school development plan: a fact and its sign-off, never a
    part or an action."""
    lines = [
        "Kirkby Stephen Primary School – School Development Plan 2024–25",
        "Ref\tAction\tLead\tTimescale\tRAG",
        "Priority 1: Reading for all pupils\t\t\t\t",
        "1.1\tTrain all teaching assistants in phonics\tEnglish lead\tAutumn term 2024\tG",
        "1.2\tIntroduce daily keep-up sessions in Reception\tEYFS lead\tJuly 2025\tA",
        "1.3\tRefresh the KS2 class libraries\tEnglish lead\tSpring term 2025\tG",
        "",
        "Next review of this plan: full governing body meeting, 8 July 2025.",
        "Signed: H. Atkinson (Headteacher)\tD. Bell (Chair of Governors)",
    ]
    path = tmp_path / "sdp.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    plan = import_table(str(path))
    assert [a.ref for a in plan.actions()] == ["1.1", "1.2", "1.3"]
    assert [t.title for t in plan.themes] == ["Priority 1: Reading for all pupils"]


def test_an_investigation_named_with_its_code_on_every_row_is_the_theme(tmp_path: Path) -> None:
    """'PSII 2024/031 – Delayed response to a Category 2 stroke call' on every row, over its
    areas for improvement (a trust's safety action tracker), and 'Regulation 12: Safe care
    and treatment' written on a group's first row (a CQC plan): a code and its name in
    words, a heading over the findings, not a code kept beside each action."""
    investigation = "PSII 2024/031 – Delayed response to a Category 2 stroke call"
    other = "PSII 2024/044 – Missed deterioration on a non-conveyed call"
    rows = [
        ["PSII", "Area for improvement", "Safety action ID", "Safety action", "Action owner",
         "Target date", "RAG"],
        [investigation, "Staff had no clear guidance on welfare calls for waiting patients.",
         "SA-031-01", "Revise the welfare call procedure", "Clinical Hub Manager", "Sep-25", "G"],
        [investigation, "Staff had no clear guidance on welfare calls for waiting patients.",
         "SA-031-02", "Add an automated alert for long waits", "Head of EOC Systems", "Sep-25",
         "A"],
        [investigation, "The family did not receive the findings on time.", "SA-031-03",
         "Introduce a family liaison checklist", "Head of Patient Safety", "Dec-24", "B"],
        [other, "Crews did not record a second set of observations.", "SA-044-01",
         "Add a mandatory second observations field", "Head of Clinical Audit", "Mar-26", "G"],
    ]  # fmt: skip
    plan = import_table(_csv(tmp_path / "psii.csv", rows))
    assert [t.title for t in plan.themes] == [investigation, other]
    assert len(plan.themes[0].recommendations) == 2


def test_a_commitment_written_once_over_its_activities_is_their_level(tmp_path: Path) -> None:
    """'What we will do' (named as the action) written once over two rows of 'Activity
    2025/26' (a council plan's delivery report): the activities are the actions, the
    commitment over them what they deliver."""
    rows = [
        ["Ref", "What we will do", "Activity 2025/26", "Lead officer", "Revised date", "RAG"],
        ["3.1a", "increase housing options for older people",
         "Complete and open the 80-apartment extra care scheme at Woodchurch Road.",
         "Assistant Director – Housing", "Jun-25", "Green"],
        ["3.1b", "", "Publish the older people's housing needs assessment and agree a pipeline.",
         "Assistant Director – Housing", "Sep-25", "Amber"],
        ["3.2", "provide services as close to home as possible",
         "Expand the Home First discharge pathway so that more people return home.",
         "Director of Care and Health", "Mar-26", "Green"],
    ]  # fmt: skip
    plan = import_table(_csv(tmp_path / "plan.csv", rows))
    assert [a.action for a in plan.actions()] == [
        "Complete and open the 80-apartment extra care scheme at Woodchurch Road.",
        "Publish the older people's housing needs assessment and agree a pipeline.",
        "Expand the Home First discharge pathway so that more people return home.",
    ]
    recs = [r.text for t in plan.themes for r in t.recommendations]
    assert recs == [
        "increase housing options for older people",
        "provide services as close to home as possible",
    ]


def test_rqia_word_form_reads_each_response_under_its_requirement(tmp_path: Path) -> None:
    """RQIA's quality improvement plan as it sends it in Word: a row of 'Area for
    improvement 1', 'Ref: ...', 'Stated: ...', 'To be completed by:' over its date, beside
    the requirement; then a row across of 'Response by registered person ...:' over the
    response. The response is the action, under the section paragraph and the requirement;
    a mistyped month in the form is refused at its row."""
    from docx import Document

    def form(path: Path, due: str) -> Path:
        document = Document()
        document.add_heading("Abingdon Manor Care Home – Quality Improvement Plan", 0)
        document.add_paragraph(
            "Action required to ensure compliance with The Nursing Homes Regulations 2005"
        )
        table = document.add_table(rows=4, cols=2)
        for n, (due_by, need, reply) in enumerate(
            (
                ("With immediate effect", "The registered person shall ensure IPC issues are "
                 "managed.", "Equipment has been removed from bathrooms."),
                (due, "The registered person shall ensure repositioning records are kept.",
                 "Charts are checked at the end of each shift."),
            )
        ):  # fmt: skip
            table.cell(2 * n, 0).text = (
                f"Area for improvement {n + 1}\n\nRef: Regulation 13 (7)\n\nStated: First time"
                f"\n\nTo be completed by:\n{due_by}"
            )
            table.cell(2 * n, 1).text = need
            row = table.cell(2 * n + 1, 0).merge(table.cell(2 * n + 1, 1))
            row.text = f"Response by registered person detailing the actions taken:\n{reply}"
        document.save(str(path))
        return path

    plan = import_table(str(form(tmp_path / "qip.docx", "30 September 2025")))
    actions = list(plan.actions())
    assert [a.action for a in actions] == [
        "Equipment has been removed from bathrooms.",
        "Charts are checked at the end of each shift.",
    ]
    assert [a.ref for a in actions] == ["1", "2"]
    assert [t.title for t in plan.themes] == [
        "Action required to ensure compliance with The Nursing Homes Regulations 2005"
    ]
    assert str(actions[1].end) == "2025-09"
    with pytest.raises(PlanError, match="Septmber"):
        import_table(str(form(tmp_path / "typo.docx", "30 Septmber 2025")))


def test_a_response_line_that_looks_labelled_stays_in_the_response(tmp_path: Path) -> None:
    """'Compliance at 30 September 2025: moving and handling 96% ...' inside a response of
    RQIA's QIP as text: the response's own words, kept; 'Trust RAG: Blue (complete)' after
    it is the action's RAG."""
    lines = [
        line
        for line in _QIP
        if not line.startswith("Name of") and line != "Date completed: 19 May 2025"
    ]
    for last, rag in (
        ("A pictorial menu board is displayed daily.", "Green (on track)"),
        ("All wedges have been removed and door-hold devices fitted.", "Amber (some delay)"),
        ("A daily IPC walkaround has been introduced.", "Blue (complete)"),
    ):
        at = lines.index(last)
        lines[at + 1 : at + 1] = [f"Trust RAG: {rag}"]
    at = lines.index("A daily IPC walkaround has been introduced.")
    lines[at + 1 : at + 1] = ["Compliance at 30 September 2025: moving and handling 96%."]
    path = tmp_path / "qip.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    actions = list(import_table(str(path)).actions())
    assert actions[0].action.endswith("Compliance at 30 September 2025: moving and handling 96%.")
    assert [a.status.value for a in actions] == ["blue", "amber", "green"]


def test_a_rank_over_two_fields_and_a_lead_is_one_post() -> None:
    """'DCI Stalking and Harassment Lead' (a force's super-complaint plan): one detective
    chief inspector leading two fields, never 'DCI Stalking' (a person) and a lead."""
    assert split_people("DCI Stalking and Harassment Lead").officers == (
        "DCI Stalking and Harassment Lead",
    )


def test_quality_indicators_under_an_area_for_improvement_are_said_of_it() -> None:
    """'Quality indicators: 1.3 Leadership of change; 2.3 Learning, teaching and assessment'
    under an Education Scotland area for improvement: the framework's measures the area
    falls under, a fact of it, never the part itself."""
    from ofsted_plan.importing.labels import said_of_its_part

    assert said_of_its_part("Quality indicators: 1.3 Leadership of change; 2.3 Learning")
    assert said_of_its_part("Next review of this plan: full governing body, 8 July 2025.")


def test_agenda_items_repeating_under_committee_headings_are_their_level(
    tmp_path: Path,
) -> None:
    """A scrutiny monitoring report: a heading per committee, and in each table the agenda
    item each recommendation came from, repeated over two rows. The items group the
    recommendations under the committees (never read and unread by turns until the import
    gives up)."""
    head = ["Date of meeting", "Agenda item", "Recommendation", "Lead officer", "Timescale",
            "Status"]  # fmt: skip

    def row(item: str, n: int) -> list[str]:
        return ["16/07/2024", item, f"That Members receive report {n} on the matter",
                "Director of HR", "March 2025", "On track"]  # fmt: skip

    path = _word(
        tmp_path / "scrutiny.docx",
        [
            ("h1", "Scrutiny Recommendations Monitoring Report – 2024-25"),
            ("h2", "Overview and Scrutiny Committee"),
            ("table", [head, row("Council Performance Report", 1),
                       row("Council Performance Report", 2), row("Cost of Living Support", 3)]),
            ("h2", "Community Services Scrutiny Committee"),
            ("table", [head, row("Support for Unpaid Carers", 4),
                       row("Support for Unpaid Carers", 5), row("Homelessness", 6)]),
        ],
    )  # fmt: skip
    plan = import_table(str(path))
    assert [t.title for t in plan.themes] == [
        "Overview and Scrutiny Committee",
        "Community Services Scrutiny Committee",
    ]
    assert [r.text for r in plan.themes[0].recommendations] == [
        "Council Performance Report",
        "Cost of Living Support",
    ]


def test_a_notices_letters_before_the_tracker_name_no_body() -> None:
    """'ICO MPN remediation – action tracker' on the sheet under the cover's 'Tuckers
    Solicitors LLP – Information Security Remediation Action Tracker': the notice's
    letters, not whose tracker it is; the cover names it."""
    from ofsted_plan.importing.titles import names_more_fully

    assert names_more_fully(
        "Tuckers Solicitors LLP – Information Security Remediation Action Tracker",
        "ICO MPN remediation – action tracker",
    )


def test_a_planner_labels_column_gives_the_colour_among_other_labels(tmp_path: Path) -> None:
    """Planner's 'Labels' ('Amber;Policy', 'Finance', 'Red;Transparency') beside 'Progress'
    (Completed, In progress, Not started): the colour among the labels is the RAG, a task
    with none unrated, 'Completed' complete; the labels naming no colour are said in the
    report, never refused as unknown statuses."""
    rows = [
        ["Task Name", "Bucket Name", "Progress", "Assigned To", "Due date", "Labels"],
        ["Reconcile the asset register", "Internal audit", "Completed", "Town Clerk",
         "30/06/2025", "Finance"],
        ["Adopt revised Financial Regulations", "Internal audit", "In progress", "Town Clerk",
         "30/11/2025", "Amber;Policy"],
        ["Publish the AGAR on the website", "External audit", "In progress", "Deputy Clerk",
         "30/09/2025", "Red;Transparency"],
        ["Review the risk register", "Risk", "In progress", "Town Clerk", "31/10/2025",
         "Green"],
        ["Update the IT policy", "Risk", "Not started", "Deputy Clerk", "31/12/2025", "IT"],
    ]  # fmt: skip
    report: list[str] = []
    plan = import_table(_csv(tmp_path / "planner.csv", rows), report=report)
    assert [a.status.value for a in plan.actions()] == ["blue", "amber", "red", "green", ""]
    assert any("read as no rating" in line for line in report)


def test_the_agreed_row_under_a_prison_concern_is_said_of_it(tmp_path: Path) -> None:
    """HMPPS's action plan: 'Concern 1: ...' merged across, then 'Agreed' | 'Response: HMP
    Hull accepts this concern ...' merged across the rest, then the numbered actions. The
    agreement and response are said of the concern, never an action refused as ref
    'Agreed' used twice."""
    from docx import Document

    document = Document()
    document.add_heading("Action Plan: HMP Hull", 0)
    rows: list[list[str]] = [["No.", "Action", "Responsible", "Target date", "Status"]]
    for n in (1, 2):
        rows += [
            [f"Concern {n}: levels of self-harm and drug use had risen since the inspection."],
            ["Agreed", f"Response: HMP Hull accepts concern {n}."],
            [f"{n}.1", f"Introduce weekly safety meeting {n}", "Head of Safety", "30/11/2024",
             "Complete"],
            [f"{n}.2", f"Deliver refresher training {n}", "Head of Safety", "31/03/2025",
             "Green"],
        ]  # fmt: skip
    table = document.add_table(rows=len(rows), cols=5)
    for r, cells in enumerate(rows):
        if len(cells) < 5:  # the concern across the table, the response across the rest
            start = 0 if len(cells) == 1 else 1
            table.cell(r, start).merge(table.cell(r, 4)).text = cells[-1]
            if start:
                table.cell(r, 0).text = cells[0]
            continue
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    path = tmp_path / "hmp.docx"
    document.save(str(path))
    actions = list(import_table(str(path)).actions())
    assert [a.ref for a in actions] == ["1.1", "1.2", "2.1", "2.2"]


def test_a_bands_rec_number_beside_its_words_is_no_ref_of_the_actions(tmp_path: Path) -> None:
    """'Rec No.' holding 'Rec 2' on each recommendation's band (its words merged across the
    rest) beside 'Action ref' (2.1, 2.2) on the actions' rows: the action ref is each
    action's ref, never the band's number on no action at all."""
    head: list[object] = ["Rec No.", "Action ref", "Force action", "Action owner", "Due date",
                          "RAG"]  # fmt: skip
    words = ("By 31 March 2025, chief constables should make sure that their force's "
             "policies reflect the impartiality duty.")  # fmt: skip
    path = _book(
        tmp_path / "tracker.xlsx",
        {
            "Tracker": [
                ["HMICFRS Activism and Impartiality in Policing – Recommendations Tracker"],
                [],
                head,
                ["Rec 2", words],
                ["", "2.1", "Review all force policies", "Head of Legal Services", "Mar-25",
                 "G"],
                ["", "2.2", "Add an impartiality check", "Policy Unit Manager", "Jun-25", "A"],
                ["Rec 5", words.replace("policies", "training")],
                ["", "5.1", "Update the training package", "Head of L&D", "Sep-25", "G"],
            ]
        },
        merges=["Tracker!B4:F4", "Tracker!B7:F7"],
    )  # fmt: skip
    actions = list(import_table(str(path)).actions())
    assert [a.ref for a in actions] == ["2.1", "2.2", "5.1"]


def test_a_sign_off_box_under_the_plan_holds_no_action(tmp_path: Path) -> None:
    """'Sign-off' alone on its row after the last action, then 'Name | Designation | Date'
    and who signed (a Healthcare Improvement Scotland plan): the plan's sign-off, notes,
    never two more actions."""
    path = _book(
        tmp_path / "his.xlsx",
        {
            "Plan": [
                ["NHS Ayrshire & Arran – Improvement Action Plan"],
                [],
                ["Ref", "Action planned", "Timescale", "Responsibility", "RAG"],
                ["1.1", "Review the escalation policy", "June 2025", "Head of Midwifery", "G"],
                ["1.2", "Audit the use of the escalation tool", "Sept 2025", "Head of Midwifery",
                 "A"],
                ["2.1", "Allocate protected time for improvement", "March 2026",
                 "Nurse Director", "G"],
                [],
                ["Sign-off"],
                ["", "Name", "Designation", "Date"],
                ["", "Morag Fullarton", "Nurse Director", "04/07/2025"],
            ]
        },
    )  # fmt: skip
    actions = list(import_table(str(path)).actions())
    assert [a.ref for a in actions] == ["1.1", "1.2", "2.1"]


def test_a_responses_lettered_actions_each_with_its_labels_are_its_rows(
    tmp_path: Path,
) -> None:
    """RQIA's QIP as text with the home's response split into lettered actions ('1a  All
    nurses to ...'), each over an indented 'Lead: ...   Target: ...   RAG: B' line: each
    lettered action a row of its own, its letter the ref, its lead, end and RAG its own."""
    lines = [
        "Glenkeen Nursing Home – Quality Improvement Plan",
        "",
        "Action required to ensure compliance with The Nursing Homes Regulations 2005",
        "",
    ]
    for n, need in ((1, "medicines are administered as prescribed"),
                    (2, "fire doors are not wedged open")):  # fmt: skip
        lines += [
            f"Area for improvement {n}",
            "Ref: Regulation 13 (4)",
            "Stated: First time",
            "To be completed by: 30 September 2025",
            "",
            f"The registered person shall ensure that {need}.",
            "",
            "Response by registered person detailing the actions taken:",
            f"{n}a  Complete the first action for area {n}.",
            "    Lead: Registered Manager        Target: 30/09/2025       RAG: B",
            f"{n}b  Complete the second action for area {n}.",
            "    Lead: Deputy Manager            Target: Weekly           RAG: G",
            "",
        ]
    path = tmp_path / "qip.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    actions = list(import_table(str(path)).actions())
    assert [a.ref for a in actions] == ["1a", "1b", "2a", "2b"]
    assert [a.lead for a in actions[:2]] == [("Registered Manager",), ("Deputy Manager",)]
    assert [a.status.value for a in actions[:2]] == ["blue", "green"]
    assert actions[1].action == "Complete the second action for area 1."


def test_a_safety_recommendation_heading_gives_way_to_its_words(tmp_path: Path) -> None:
    """'Safety recommendation 1' as a Word heading over the recommendation's words (a
    patient safety investigation's plan): the label names the kind of part, the words the
    part, as 'Recommendation 1' does."""
    head = ["Ref", "Safety action", "Action owner", "Timescale", "Status"]
    path = _word(
        tmp_path / "psii.docx",
        [
            ("h0", "Patient Safety Incident Investigation (PSII): Safety Action Plan"),
            ("h1", "Safety recommendation 1"),
            ("p", "The Trust to ensure that housebound patients at high risk are reassessed."),
            ("table", [head, ["1.1", "Update the procedure", "Head of Nursing", "Oct 2025",
                              "Blue"], ["1.2", "Add a prompt", "Systems Lead", "Dec 2025",
                              "Green"]]),
            ("h1", "Safety recommendation 2"),
            ("p", "The Trust to strengthen how caseload pressures are escalated."),
            ("table", [head, ["2.1", "Revise the escalation policy", "Head of Nursing",
                              "Jan 2026", "Amber"]]),
        ],
    )  # fmt: skip
    plan = import_table(str(path))
    assert [t.title for t in plan.themes] == [
        "The Trust to ensure that housebound patients at high risk are reassessed.",
        "The Trust to strengthen how caseload pressures are escalated.",
    ]


def test_the_chair_of_trustees_and_the_company_secretary_are_two() -> None:
    """'Chair of Trustees and Company Secretary' (a charity's governance plan): the board's
    chair is never its company secretary, two leads; 'Director of Corporate Governance and
    Board Secretary' is still one officer holding both."""
    assert split_people("Chair of Trustees and Company Secretary").officers == (
        "Chair of Trustees",
        "Company Secretary",
    )
    assert split_people("Director of Corporate Governance and Board Secretary").officers == (
        "Director of Corporate Governance and Board Secretary",
    )


def test_numbered_measures_left_of_the_workstream_are_its_recommendations(
    tmp_path: Path,
) -> None:
    """'ICO measure' ('Measure 1: Improve transparency ...', each over a run of actions) left
    of 'Workstream' (a SharePoint list of an ICO reprimand's remediation): the reprimand's
    numbered measures, what the actions answer under each workstream, never kept aside."""
    one = "Measure 1: Improve transparency about how learner data is processed"
    two = "Measure 2: Review internal security procedures regularly"
    rows = [
        ["Title", "ICO measure", "Workstream", "Action", "Action owner", "Target date", "RAG"],
        ["LRS-01", one, "Transparency", "Publish a revised privacy notice", "Hughes, Sarah",
         "31/01/2023", "Complete"],
        ["LRS-02", one, "Transparency", "Write to the awarding organisations", "Okafor, Daniel",
         "28/02/2023", "Complete"],
        ["LRS-03", two, "Access control", "Suspend dormant accounts", "Patel, Anjali",
         "31/03/2023", "Green"],
        ["LRS-04", two, "Access control", "Introduce annual access reviews", "Patel, Anjali",
         "30/06/2023", "Amber"],
    ]  # fmt: skip
    plan = import_table(_csv(tmp_path / "list.csv", rows))
    assert [(t.title, [r.text for r in t.recommendations]) for t in plan.themes] == [
        ("Transparency", [one]),
        ("Access control", [two]),
    ]


def test_a_numbered_requirement_over_its_labelled_action_gives_the_ref(tmp_path: Path) -> None:
    """HIS's plan saved as text: '1. The provider must ensure ...' over 'Action planned:',
    'Timescale:', 'Responsible person:' lines; its number is its one action's ref, as 'a.'
    is a recommendation's, the words the part over it."""
    lines = ["Castle Craig Hospital – Improvement Action Plan", "", "Requirements", ""]
    needs = (
        ("1", "must ensure that every patient has a physical health assessment"),
        ("2", "must ensure that the controlled drug register is checked daily"),
        ("a", "should ensure that the resuscitation checklist is completed"),
    )
    for ref, need in needs:
        lines += [
            f"{ref}. The provider {need} on every shift.",
            "   Action planned: Update the checklist and audit it weekly.",
            "   Timescale: 30 September 2025",
            "   Responsible person: Medical Director",
            "",
        ]
    path = tmp_path / "his.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert [a.ref for a in import_table(str(path)).actions()] == ["1", "2", "a"]


def test_a_topic_on_nearly_every_action_under_committee_bands_is_no_level(
    tmp_path: Path,
) -> None:
    """'Area' ('Finance', 'Digital', 'Education' ...) on the actions of a scrutiny tracker
    under each committee's band: each recommendation's topic, kept beside it, not a level
    of one recommendation each under the committees."""
    head: list[object] = ["Reference", "Area", "Recommendation", "Lead Officer",
                          "Target date", "Status"]  # fmt: skip

    def rec(n: int, area: str) -> list[object]:
        return [f"SR-{n:02}", area, f"That the Committee receives report {n} on the matter",
                "NA/RJ", "Mar-26", "Green"]  # fmt: skip

    path = _book(
        tmp_path / "tracker.xlsx",
        {
            "Tracker": [
                ["Overview and Scrutiny – Progress of Accepted Recommendations 2025/26"],
                [],
                head,
                ["Resources Overview and Scrutiny Committee"],
                rec(1, "Finance"),
                rec(2, "Digital"),
                ["Education Overview and Scrutiny Committee"],
                rec(3, "Education"),
                rec(4, "Education"),
                ["Place Overview and Scrutiny Committee"],
                rec(5, "Housing"),
                rec(6, "Transport"),
            ]
        },
        merges=["Tracker!A4:F4", "Tracker!A7:F7", "Tracker!A10:F10"],
    )
    plan = import_table(str(path))
    assert [len(t.recommendations) for t in plan.themes] == [1, 1, 1]
    assert next(plan.actions()).extra.get("Area") == "Finance"


def test_a_scrutiny_boards_desired_completion_date_and_officer_rag_are_read(
    tmp_path: Path,
) -> None:
    """'Desired completion date' and 'Officer RAG' (a scrutiny board's recommendation
    tracker): the end and the status, so the tracker's recommendations are its actions,
    never refused for want of a header."""
    rows = [
        ["Rec No.", "Recommendation", "Lead Officer(s)", "Desired completion date",
         "Officer RAG"],
        ["1", "That a guide for families is published", "Director of Children and Families",
         "March 2025", "G"],
        ["2", "That the Director writes to the Secretary of State", "Director of Children and "
         "Families", "July 2024", "C"],
        ["3", "That the offer is extended to all secondary schools", "Head of Service",
         "September 2025", "A"],
        ["Officer RAG: G = on track; A = some slippage; R = unlikely; C = complete", "", "",
         "", ""],
    ]  # fmt: skip
    actions = list(import_table(_csv(tmp_path / "tracker.csv", rows)).actions())
    assert [str(a.end) for a in actions] == ["2025-03", "2024-07", "2025-09"]
    assert [a.status.value for a in actions] == ["green", "blue", "amber"]


def test_two_deadlines_in_one_cell_end_in_the_later() -> None:
    """'Jan 2025 and Jun 2025' (a school development plan's timescale): two deadlines, the
    action done by the later; written the other way round nobody can tell, and refused."""
    from ofsted_plan.importing.ends import read_end

    assert str(read_end("Jan 2025 and Jun 2025").month) == "2025-06"
    with pytest.raises(ValueError):
        read_end("Jun 2025 and Jan 2025")


def test_a_sub_rec_column_numbers_each_action_under_its_recommendation(
    tmp_path: Path,
) -> None:
    """'Rec No.' (7, written on the recommendation's first row) beside 'Sub rec' (7.1, 7.2):
    each action's own number is its ref, the recommendation's kept."""
    rows = [
        ["Rec No.", "Recommendation", "Sub rec", "Force action", "Owner", "Target date", "RAG"],
        ["7", "Seek changes to crime recording systems", "7.1", "Raise a change request",
         "Force Crime Registrar", "Jun-25", "Green"],
        ["", "", "7.2", "Require a flagged intelligence report", "Force Crime Registrar",
         "Sep-25", "Green"],
        ["10", "Review learning about stalking", "10.1", "Add a stalking module",
         "Head of Learning", "Mar-25", "Complete"],
    ]  # fmt: skip
    actions = list(import_table(_csv(tmp_path / "plan.csv", rows)).actions())
    assert [a.ref for a in actions] == ["7.1", "7.2", "10.1"]


def test_a_concern_labelled_over_its_words_in_one_cell_is_its_words(tmp_path: Path) -> None:
    """'Commission concern' on the first line of a band cell over the Charity Commission's
    words: the part is the words, the label only its kind."""
    head = ["No.", "Action", "Lead", "Target date", "Status"]
    words = "The Commission considered that conflicts of interest were not managed."
    path = _word(
        tmp_path / "plan.docx",
        [
            ("h0", "Governance Reform Action Plan"),
            ("h1", "1. Conflicts of interest"),
            ("table", [head, [f"Commission concern\n{words}"],
                       ["1.1", "Adopt a revised policy", "Secretary", "31/03/2025", "Complete"],
                       ["1.2", "Publish a register of interests", "Secretary", "July 2025",
                        "Green"]]),
        ],
    )  # fmt: skip
    plan = import_table(str(path))
    levels = [t.title for t in plan.themes] + [
        r.text for t in plan.themes for r in t.recommendations
    ]
    assert words in levels
    assert not any("Commission concern" in level for level in levels)


def test_a_regulation_named_without_a_colon_over_its_findings_is_the_theme(
    tmp_path: Path,
) -> None:
    """'Regulation 12 HSCA RA Regulations 2014 Safe care and treatment' written on a group's
    first row over the CQC's findings (a home care provider's plan saved as CSV): the
    regulation breached, the heading over its findings, as 'Regulation 12: ...' is."""
    reg12 = "Regulation 12 HSCA RA Regulations 2014 Safe care and treatment"
    reg17 = "Regulation 17 HSCA RA Regulations 2014 Good governance"
    rows = [
        ["Regulation", "What CQC found", "Ref", "Action", "Responsible", "Target date", "RAG"],
        [reg12, "Medicines were not always managed safely.", "1.1", "Audit all eMAR records",
         "Registered Manager", "Jul-24", "Green"],
        ["", "", "1.2", "Write PRN protocols", "Care Coordinator", "Aug-24", "Green"],
        ["", "Risk assessments were not always reviewed.", "1.3", "Review every risk assessment",
         "Registered Manager", "Sep-24", "Amber"],
        [reg17, "Audits did not identify the issues found.", "2.1", "Introduce a monthly audit",
         "Registered Manager", "Oct-24", "Green"],
    ]  # fmt: skip
    plan = import_table(_csv(tmp_path / "cqc.csv", rows))
    assert [t.title for t in plan.themes] == [reg12, reg17]


def test_a_coded_area_one_for_one_beside_its_recommendation_is_the_level_over_it(
    tmp_path: Path,
) -> None:
    """'Area for improvement' ('AFI 1 – Transfer of care ...') and 'Safety recommendation'
    ('SR1. The Trust should ...'), both named as the recommendation, merged down side by
    side over their actions (a PSII safety action plan): the coded area the level over its
    recommendation, never refused as two columns alike."""
    afi = ["AFI 1 – Transfer of care from the Home Treatment Team",
           "AFI 2 – Follow-up after a missed appointment"]  # fmt: skip
    recs = ["SR1. The Trust should strengthen the discharge procedure with a joint review.",
            "SR2. The Trust should follow up missed appointments within a week."]  # fmt: skip
    head = ["Area for improvement", "Safety recommendation", "Ref", "Safety action",
            "Action owner", "Target date"]  # fmt: skip
    rows: list[list[object]] = [list(head)]
    for n in range(2):
        rows += [[afi[n], recs[n], f"{n + 1}.{k}", f"Action {k} for area {n + 1}", "Manager",
                  "Jun-25"] for k in (1, 2)]  # fmt: skip
    path = _book(tmp_path / "psii.xlsx", {"Plan": [["PSII safety action plan"], [], *rows]})
    plan = import_table(str(path))
    assert [(t.title, [r.text for r in t.recommendations]) for t in plan.themes] == [
        (afi[0], [recs[0]]),
        (afi[1], [recs[1]]),
    ]


def test_an_aim_or_dated_success_criteria_line_is_said_of_its_part() -> None:
    """'Aim: reduce category 3 and 4 pressure ulcers ...' under a quality priority and
    'Success criteria by July 2026: ...' after a school priority's table: said of the part,
    never a level of their own."""
    from ofsted_plan.importing.labels import said_of_its_part

    assert said_of_its_part("Aim: reduce category 3 and 4 pressure ulcers by 25%.")
    assert said_of_its_part("Success criteria by July 2026: 85% of pupils pass the check.")


def test_a_totals_blocks_caption_on_its_first_count_is_no_action(tmp_path: Path) -> None:
    """'Q2 summary | Complete | 2' over '| Green | 3', '| Amber | 2', '| Total | 7' under a
    quality account tracker: the block's caption on its first count, part of the totals,
    never a ninth action."""
    rows = [
        ["Ref", "Action", "Lead", "Due", "Q2 RAG"],
        ["1.1", "Roll out the falls bundle", "Falls Lead", "Sep-25", "Complete"],
        ["1.2", "Audit the falls bundle", "Falls Lead", "Dec-25", "Green"],
        ["2.1", "Train ward staff in sepsis screening", "Sepsis Lead", "Mar-26", "Amber"],
        ["", "", "", "", ""],
        ["Q2 summary", "Complete", "2", "", ""],
        ["", "Green", "3", "", ""],
        ["", "Amber", "2", "", ""],
        ["", "Total", "7", "", ""],
    ]
    actions = list(import_table(_csv(tmp_path / "tracker.csv", rows)).actions())
    assert [a.ref for a in actions] == ["1.1", "1.2", "2.1"]
