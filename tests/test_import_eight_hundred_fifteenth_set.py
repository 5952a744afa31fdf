"""Session 41: the held-out sets from heldout815 on. Each test is a shape a blind author wrote
that was read wrongly or refused at first sight, cut down to what a person reads."""

from __future__ import annotations

from pathlib import Path

from ofsted_plan.importing.importer import import_table
from ofsted_plan.importing.people import split_people
from ofsted_plan.model import Plan, Status

from .test_import_four_hundred_twenty_first_set import _book
from .test_import_seven_hundred_ninety_fifth_set import _actions, _text, _under
from .test_import_six_hundred_fifty_first_set import _word
from .test_import_three_hundred_ninety_third_set import _csv


def _statuses(plan: Plan) -> list[Status]:
    return [
        action.status
        for theme in plan.themes
        for rec in theme.recommendations
        for action in rec.actions
    ]


def test_a_number_at_the_margin_is_the_records_ref(tmp_path: Path) -> None:
    """A care home's infection control audit as text: '1.3  Finding:     ...' with the
    action's labelled lines indented under it. The number is the audit question's, the
    action's ref; the finding is what it answers, under the section's banner."""
    record = [
        "{ref}  Finding:     {finding}",
        "     Action:      {action}",
        "     Lead:        Home Manager / Maintenance Person",
        "     Target date: 31/01/2026",
        "     Status:      A",
        "",
    ]
    lines = ["CARE HOME IPC AUDIT - ACTION PLAN", "", "SECTION 1: ENVIRONMENT", ""]
    for ref, finding, action in (
        ("1.3", "Lounge carpet heavily stained.", "Replace the lounge carpet with vinyl."),
        ("1.7", "Clinical waste bin lid was broken.", "Replace the bin with a lidded one."),
    ):
        lines += [line.format(ref=ref, finding=finding, action=action) for line in record]
    plan = import_table(_text(tmp_path / "audit.txt", lines))
    assert _actions(plan) == [
        ("1.3", "Replace the lounge carpet with vinyl."),
        ("1.7", "Replace the bin with a lidded one."),
    ]
    assert _under(plan) == [
        ("SECTION 1: ENVIRONMENT", "Lounge carpet heavily stained."),
        ("SECTION 1: ENVIRONMENT", "Clinical waste bin lid was broken."),
    ]


def test_a_heading_answered_no_actions_is_its_neighbours_sibling(tmp_path: Path) -> None:
    """A maternity incentive scheme plan: 'Safety Action 2: ...' with only 'No actions
    required – ...' under it, then 'Safety Action 3: ...' over its actions. The two
    headings look alike and are siblings: the note answers the first (it was refused as
    two headings, one right under the other)."""
    header: list[object] = ["Ref", "Requirement", "Action", "Action owner", "Due date", "RAG"]
    rows: list[list[object]] = [
        ["MIS Year 7 – Safety Actions Action Plan"],
        header,
        ["Safety Action 1: Are you using the Perinatal Mortality Review Tool?"],
        ["1.1", "b) Parents told", "Contact all families within 5 days.", "Bereavement midwife",
         "Sep-25", "Green"],
        ["Safety Action 2: Are you submitting data to the Maternity Services Data Set?"],
        [None, "No actions required – the July scorecard confirms all metrics passed."],
        ["Safety Action 3: Can you demonstrate transitional care services?"],
        ["3.1", "b) Action plan agreed", "Complete the quarterly ATAIN review.",
         "Neonatal Unit Manager", "Nov-25", "Amber"],
    ]  # fmt: skip
    path = _book(
        tmp_path / "mis.xlsx",
        {"Action Plan": rows},
        merges=["Action Plan!A3:F3", "Action Plan!A5:F5", "Action Plan!B6:F6", "Action Plan!A7:F7"],
    )
    plan = import_table(path)
    assert _under(plan) == [
        ("Safety Action 1: Are you using the Perinatal Mortality Review Tool?", "b) Parents told"),
        (
            "Safety Action 3: Can you demonstrate transitional care services?",
            "b) Action plan agreed",
        ),
    ]
    assert _actions(plan) == [
        ("1.1", "Contact all families within 5 days."),
        ("3.1", "Complete the quarterly ATAIN review."),
    ]


def test_the_reason_under_a_partly_agreed_concern_is_no_part(tmp_path: Path) -> None:
    """HMPPS's plan after a prison inspection: each concern merged over 'Response:' |
    'Agreed' and its actions' header; under 'Partly Agreed', a line saying why. The reason
    is said of the concern, which stays what the actions answer."""
    head = ["Ref", "Action", "Responsible owner", "Target date", "How will this be evidenced?"]
    concern = "5. Release planning started too late for men released from the prison."
    reason = "Accommodation depends on local authority housing, outside the prison's control."
    path = _word(
        tmp_path / "hmip.docx",
        [
            ("p", "Action Plan: HMP Grendon"),
            ("p", "Priority concerns"),
            ("table", [
                ["4. Some prisoners with disabilities had no personal evacuation plan."],
                ["Response:", "Agreed", "", "", ""],
                head,
                ["4.1", "Complete a PEEP for every prisoner who needs one.", "Head of Safety",
                 "30 April 2024", "PEEP register"],
            ]),
            ("p", "Key concerns"),
            ("table", [
                [concern],
                ["Response:", "Partly Agreed", "", "", ""],
                [reason],
                head,
                ["5.1", "Hold a pre-release meeting for every man 12 months before release.",
                 "Head of Reducing Reoffending", "31 July 2024", "Meeting records"],
            ]),
        ],
    )  # fmt: skip
    plan = import_table(path)
    assert _under(plan) == [
        (
            "Priority concerns",
            "4. Some prisoners with disabilities had no personal evacuation plan.",
        ),
        ("Key concerns", concern),
    ]
    assert reason in plan.notes


def test_a_monday_name_beside_its_updates_is_the_action(tmp_path: Path) -> None:
    """A Monday.com board saved as CSV: 'Name' (the item, what will be done) beside the
    'Review recommendation' it answers and 'Updates' (the item's thread of remarks). The
    name is the action, the recommendation over it; the updates are remarks, never it."""
    header = ["Name", "Review recommendation", "Owner", "RAG status", "Timeline", "Updates"]
    path = _csv(
        tmp_path / "monday.csv",
        [
            ["SHC Governance Review Action Plan 2024-25"],
            [],
            ["Board effectiveness"],
            header,
            ["Carry out a trustee skills audit", "R1 Board composition", "Helen Marsh",
             "Complete", "2024-09-02 - 2024-10-31", "Skills matrix approved at the Board"],
            ["Recruit two trustees with digital backgrounds", "R1 Board composition",
             "Helen Marsh, Daniel Okafor", "Amber", "2024-11-01 - 2025-03-31",
             "One appointment made; the clinical vacancy re-advertised"],
            ["Introduce an annual board effectiveness review", "R2 Board performance",
             "Daniel Okafor", "Green", "2025-01-06 - 2025-06-30", ""],
            [],
            ["Openness and accountability"],
            header,
            ["Publish trustee biographies on the website", "R7 Transparency", "Laura Benton",
             "", "", ""],
        ],
    )  # fmt: skip
    plan = import_table(path)
    assert [a for _, a in _actions(plan)] == [
        "Carry out a trustee skills audit",
        "Recruit two trustees with digital backgrounds",
        "Introduce an annual board effectiveness review",
        "Publish trustee biographies on the website",
    ]
    assert _under(plan)[0] == ("Board effectiveness", "R1 Board composition")


def test_a_should_column_and_a_learning_column_are_what_the_actions_answer(
    tmp_path: Path,
) -> None:
    """A GP practice's 'Should' | 'Action' table (CQC's list of what it should improve) and a
    landlord's 'Learning identified' | 'Our action' table: the first column is what each
    action answers, its recommendation."""
    path = _word(
        tmp_path / "cqc.docx",
        [
            ("p", "Tyntesfield Medical Group – CQC Action Plan"),
            ("h1", "Areas where the practice should make improvements"),
            ("table", [
                ["Should", "Action", "Lead", "Target date", "Status"],
                ["Continue to improve the uptake of cervical screening.",
                 "Add weekend cytology clinics.", "Lead Nurse", "Ongoing", "On track"],
                ["Improve patient satisfaction with telephone access.",
                 "Move to cloud telephony with call-back.", "Practice Manager", "30 April 2025",
                 "On track"],
            ]),
            ("h1", "Wider learning"),
            ("table", [
                ["Ref", "Learning identified", "Our action", "Lead", "Due", "Status"],
                ["3.1", "Vulnerability information was not recorded on our system.",
                 "Add a mandatory vulnerability check to every repair contact.",
                 "Head of Housing", "March 2025", "Amber"],
            ]),
        ],
    )  # fmt: skip
    plan = import_table(path)
    assert _under(plan) == [
        (
            "Areas where the practice should make improvements",
            "Continue to improve the uptake of cervical screening.",
        ),
        (
            "Areas where the practice should make improvements",
            "Improve patient satisfaction with telephone access.",
        ),
        ("Wider learning", "Vulnerability information was not recorded on our system."),
    ]


def test_a_sheets_dated_position_line_over_audit_bands_is_a_caption(tmp_path: Path) -> None:
    """An audit committee tracker, a sheet per audit year: '2023-24 internal audit plan –
    position as at 28 February 2025' under the title, then the header, bands naming each
    audit and its assurance, and each row's recommendation beside its action. The sheet's
    line says which year and when; the audits are the themes (they were lost to 'Heading')."""
    header: list[object] = ["Ref", "Recommendation", "Agreed management action",
                            "Responsible officer", "Agreed date", "RAG"]  # fmt: skip
    sheets: dict[str, list[list[object]]] = {}
    merges = []
    for year, audits in (
        ("2023-24", ("Payroll – Reasonable assurance", "Fleet – Limited assurance")),
        ("2024-25", ("Cyber Security – Limited assurance",)),
    ):
        rows: list[list[object]] = [
            ["Avon Fire & Rescue Service – Internal Audit Recommendations Tracker"],
            [f"{year} internal audit plan – position as at 28 February 2025"],
            [],
            header,
        ]
        for n, audit in enumerate(audits, start=1):
            rows.append([audit])
            merges.append(f"{year} audits!A{len(rows)}:F{len(rows)}")
            rows.append([f"{year[:2]}-{n}", "Claims should be approved before payment.",
                         f"Configure the system for {audit.split()[0]}.", "Head of Finance",
                         "30/06/2025", "G"])  # fmt: skip
        sheets[f"{year} audits"] = rows
    plan = import_table(_book(tmp_path / "tracker.xlsx", sheets, merges=merges))
    assert [t.title for t in plan.themes] == [
        "Payroll – Reasonable assurance",
        "Fleet – Limited assurance",
        "Cyber Security – Limited assurance",
    ]


def test_a_partly_agreed_recommendations_own_progress_is_kept(tmp_path: Path) -> None:
    """HMPPS's probation plan as tab-separated text: each recommendation's row gives its
    answer ('Partly Agreed') and, once, a progress line on why, over its numbered actions.
    The row is their recommendation (it was refused as neither action nor heading); its
    answer and progress are kept in the plan's notes, never lost."""
    head = "No.\tRecommendation / Action\tAgreed / Partly Agreed\tOwner\tTarget date\tRAG\tProgress"
    rows = [
        "1\tThe Director should improve information sharing.\tAgreed\t\t\t\t",
        "1.1\tAgree revised timescales with the police.\t\tHeads of PDU\tJune 2026\tBlue\tDone.",
        "3\tThe Director should strengthen management oversight.\tPartly Agreed\t\t\t\t"
        "Oversight agreed; caseloads depend on national recruitment.",
        "3.1\tRefresh the oversight framework.\t\tHeads of PDU\tJune 2026\tBlue\tReissued.",
        "3.2\tReduce caseloads for new officers.\t\tHead of Operations\tDecember 2026\tRed\t",
    ]
    path = _text(tmp_path / "probation.txt", ["Action Plan: Probation Service", "", head, *rows])
    plan = import_table(path)
    assert _actions(plan) == [
        ("1.1", "Agree revised timescales with the police."),
        ("3.1", "Refresh the oversight framework."),
        ("3.2", "Reduce caseloads for new officers."),
    ]
    assert _under(plan)[1][1] == "The Director should strengthen management oversight."
    assert any(
        "Partly Agreed" in note and "Oversight agreed; caseloads depend" in note
        for note in plan.notes
    )


def test_quarter_positions_of_status_words_rate_each_quarter(tmp_path: Path) -> None:
    """An infection control programme: 'Q1 position' | 'Q2 position' | 'Q3 position' of
    'Green', 'Complete' beside 'Comments'. The quarters rate each action; its status is the
    latest rated (Q1's 'Complete' where Q2 is blank), the comments its progress (it was
    refused as two columns of comments)."""
    rows: list[list[object]] = [
        ["Infection Prevention and Control Annual Programme 2025/26"],
        ["No.", "Key actions", "Responsible", "Timescale", "Q1 position", "Q2 position",
         "Q3 position", "Comments"],
        ["1.1", "Complete the IPC Board Assurance Framework.", "DIPC", "Jun-25", "Complete",
         None, None, "Presented June 2025."],
        ["1.2", "Publish the DIPC annual report.", "DIPC", "Sep-25", "Green", "Complete", None,
         "Published."],
        ["2.1", "Roll out the deep-clean schedule.", "Head of Fleet", "Dec-25", "Amber", "Red",
         None, "44 of 61 stations."],
    ]  # fmt: skip
    plan = import_table(_book(tmp_path / "ipc.xlsx", {"Programme": rows}))
    assert _statuses(plan) == [Status.BLUE, Status.BLUE, Status.RED]
    assert [a.comments for t in plan.themes for r in t.recommendations for a in r.actions] == [
        "Presented June 2025.",
        "Published.",
        "44 of 61 stations.",
    ]


def test_no_actions_under_a_ruled_section_is_said_of_it(tmp_path: Path) -> None:
    """A care home's audit as text: 'No actions required – all standards met.' under one
    ruled section, then the next section's records. The line answers its section; it is
    never the heading over the records that follow."""
    record = [
        "{ref}  Finding:     {finding}",
        "     Action:      Clean the commodes daily.",
        "     Lead:        Head Housekeeper",
        "     Target date: 31/03/2025",
        "     Status:      Completed",
        "",
    ]
    lines = ["CARE HOME IPC AUDIT", "", "=" * 40, "SECTION 4: SHARPS", "Section score: 100%"]
    lines += ["-" * 40, "No actions required – all standards met.", "", "=" * 40]
    lines += ["SECTION 5: DECONTAMINATION OF EQUIPMENT", "Section score: 79%", "-" * 40]
    for ref, finding in (("5.1", "Commodes were soiled."), ("5.2", "Dilution rate unknown.")):
        lines += [line.format(ref=ref, finding=finding) for line in record]
    plan = import_table(_text(tmp_path / "audit.txt", lines))
    assert [t for t, _ in _under(plan)] == ["SECTION 5: DECONTAMINATION OF EQUIPMENT"] * 2
    assert "No actions required – all standards met." in plan.notes


def test_posts_letters_listed_and_a_director_who_is_secretary_too() -> None:
    """'DSL, DDSL (Prep)': two posts by their letters, one with its school's part; 'Director
    of Corporate Governance & Company Secretary' is one officer holding both (a board's
    'Chair and Board Secretary' are two)."""
    assert split_people("DSL, DDSL (Prep)").officers == ("DSL", "DDSL (Prep)")
    assert split_people("Director of Corporate Governance & Company Secretary").officers == (
        "Director of Corporate Governance & Company Secretary",
    )
    assert split_people("Chair and Board Secretary").officers == ("Chair", "Board Secretary")


def test_a_body_named_for_improvement_is_no_title(tmp_path: Path) -> None:
    """'Regulation and Quality Improvement Authority' over 'Board Action Log – 2025/26':
    the body's name (its 'Improvement' names no plan), then the log's; the log's is the
    title."""
    lines = [
        "Regulation and Quality Improvement Authority",
        "Board Action Log – 2025/26",
        "",
        "Ref\tAction\tLead\tDue\tStatus",
        "B/25/041\tCirculate the Scheme of Delegation.\tBoard Secretary\tSeptember 2025\tComplete",
        "B/25/044\tBring a paper on the backlog.\tDirector of Assurance\tDecember 2025\tOn track",
    ]
    plan = import_table(_text(tmp_path / "log.txt", lines))
    assert plan.title == "Board Action Log – 2025/26"


def test_a_cause_of_concern_over_its_finding_and_recommendation_bands(tmp_path: Path) -> None:
    """HMICFRS's cause of concern merged above the inspectors' finding, then the header and
    a band per recommendation over its activities: the cause of concern is the theme, each
    recommendation under it (it was dropped as a note; the finding is said of it)."""
    rows: list[list[object]] = [
        ["West Sussex Fire & Rescue Service – HMICFRS Cause of Concern Action Plan"],
        [],
        ["Cause of concern: Promoting the right values and culture"],
        ["HMICFRS finding: The service hasn't done enough to make sure staff show its values."],
        [],
        ["Ref", "Activity", "Owner", "Due", "Status"],
        ["Recommendation 1 – By 31 December 2022, the service should make sure its values are"
         " understood."],
        ["CC1.1", "Relaunch the service values at every station.", "DCFO", "Mar-23", "Complete"],
        ["Recommendation 2 – By 31 December 2022, the service should provide a way to raise"
         " concerns."],
        ["CC2.1", "Launch a confidential reporting line.", "ACFO", "Nov-22", "Complete"],
    ]  # fmt: skip
    merges = [f"Plan!A{n}:E{n}" for n in (3, 4, 7, 9)]
    plan = import_table(_book(tmp_path / "coc.xlsx", {"Plan": rows}, merges=merges))
    assert {t for t, _ in _under(plan)} == {
        "Cause of concern: Promoting the right values and culture"
    }


def test_kinds_of_parts_said_of_whom_part_the_plan(tmp_path: Path) -> None:
    """'Regional areas for improvement' over some AFI tables, 'ROCU areas for improvement'
    over the rest: whose areas they are, two headings that part the plan (both were lost,
    the second from the notes too)."""
    head = ["Ref", "Action", "Owner", "Target", "RAG"]
    blocks: list[tuple[str, object]] = [("p", "TITAN: Areas for Improvement Action Plan")]
    for n, (group, afi) in enumerate(
        (
            ("Regional areas for improvement", "AFI 1: The region should hold forces to account."),
            ("ROCU areas for improvement", "AFI 2: The ROCU should record its disruptions."),
        ),
        start=1,
    ):
        blocks += [
            ("h1", group),
            ("table", [[afi], head, [f"{n}.1", "Revise the terms of reference.", "Head of TITAN",
                                     "Dec 2025", "Green"]]),
        ]  # fmt: skip
    plan = import_table(_word(tmp_path / "afi.docx", blocks))
    assert [t for t, _ in _under(plan)] == [
        "Regional areas for improvement",
        "ROCU areas for improvement",
    ]


def test_a_workstream_tagging_rows_in_no_order_is_no_part(tmp_path: Path) -> None:
    """A Monday.com highlight report: 'Workstream' of 'Build', 'Data', 'Build' under each
    group's heading. The values come back after one another: each row's tag, not a part
    gathering its rows (which read them out of their order)."""
    header = ["Name", "Ref", "Owner", "Workstream", "RAG status", "Forecast date"]
    path = _csv(
        tmp_path / "monday.csv",
        [
            ["Registration Portal Programme – Highlight Report"],
            ["Stage 1 – Discovery"],
            header,
            ["Appoint the implementation partner", "1.1", "Matthew Redmond", "Procurement",
             "Complete", "2025-07-18"],
            [],
            ["Stage 2 – Build and data migration"],
            header,
            ["Configure the renewal journeys", "2.1", "Priya Nair", "Build", "Green", "2025-11-28"],
            ["Migrate registrant records", "2.2", "Daniel Osei", "Data", "Amber", "2026-01-16"],
            ["Build the payment integration", "2.3", "Tom Hedges", "Build", "Red", "2026-02-13"],
        ],
    )  # fmt: skip
    plan = import_table(path)
    assert [r for r, _ in _actions(plan)] == ["1.1", "2.1", "2.2", "2.3"]
    assert {rec for _, rec in _under(plan)} == {""}


def test_affirmations_and_a_label_line_with_its_facts(tmp_path: Path) -> None:
    """QAA's 'Affirmation' column is what the actions answer; RQIA's band 'Area for
    improvement 1        Ref: Regulation 13 (d)        Stated: First time' over the words in
    one cell: the words are the recommendation, the label and its facts kept in the notes."""
    words = "The registered person shall ensure full employment histories are held."
    path = _word(
        tmp_path / "plans.docx",
        [
            ("p", "Quality Improvement Plan"),
            ("h1", "Regulations"),
            ("table", [
                ["Ref", "Action to be taken", "Responsible person", "Timescale", "RAG"],
                [f"Area for improvement 1        Ref: Regulation 13 (d)        Stated: First"
                 f" time\n{words}"],
                ["1.1", "Audit all personnel files.", "HR Business Partner", "28 February 2025",
                 "Green"],
            ]),
            ("h1", "3. Affirmations"),
            ("table", [
                ["Affirmation", "Action to be taken", "Action by", "Target date", "Status"],
                ["The work under way to extend the Welsh-medium offer.",
                 "Increase the modules taught in Welsh.", "Dean", "July 2026", "On track"],
            ]),
        ],
    )  # fmt: skip
    plan = import_table(path)
    assert _under(plan) == [
        ("Regulations", words),
        ("3. Affirmations", "The work under way to extend the Welsh-medium offer."),
    ]
    assert "Area for improvement 1: Ref: Regulation 13 (d) | Stated: First time" in plan.notes


def test_a_meeting_row_in_the_action_column_heads_the_actions_after_it(tmp_path: Path) -> None:
    """A Smartsheet board action log: ',Board meeting – 26 November 2025,,,' between the
    actions of two meetings. It heads the actions after it, as the first meeting's row does
    (it was read as more words of the action above)."""
    header = ["Minute Ref", "Action", "Owner", "Due Date", "RAG", "Date Closed"]
    path = _csv(
        tmp_path / "log.csv",
        [
            header,
            ["", "Board meeting – 24 September 2025", "", "", "", ""],
            ["B/25/062", "Publish the Risk Appetite Statement", "Head of Governance", "31/10/25",
             "Blue", "14/10/25"],
            ["B/25/065", "Arrange a Board development session", "Head of Governance",
             "28/01/26", "Green", ""],
            ["", "Board meeting – 26 November 2025", "", "", "", ""],
            ["B/25/081", "Circulate the Resident Panel's feedback", "Head of Policy",
             "05/12/25", "Blue", "03/12/25"],
        ],
    )  # fmt: skip
    plan = import_table(path)
    assert _actions(plan)[1] == ("B/25/065", "Arrange a Board development session")
    assert [t for t, _ in _under(plan)] == [
        "Board meeting – 24 September 2025",
        "Board meeting – 24 September 2025",
        "Board meeting – 26 November 2025",
    ]


def test_hiw_standard_column_and_an_end_of_quarter(tmp_path: Path) -> None:
    """HIW's 'Standard/ Regulation' (the slash spaced on one side) is the standard each
    finding cites, kept, never the theme; 'End of Quarter 4 2024/25' ends in March 2025."""
    path = _word(
        tmp_path / "hiw.docx",
        [
            ("p", "Improvement plan"),
            ("h3", "Quality of patient experience"),
            ("table", [
                ["Improvement needed", "Standard/ Regulation", "Service action",
                 "Responsible officer", "Timescale"],
                ["The health board must ensure privacy and dignity.",
                 "Health and Care Quality Standards 2023 – Person centred",
                 "Replace the bay curtains.", "Ward Manager", "End of Quarter 4 2024/25"],
            ]),
            ("h3", "Delivery of safe and effective care"),
            ("table", [
                ["Improvement needed", "Standard/ Regulation", "Service action",
                 "Responsible officer", "Timescale"],
                ["The health board must ensure fridge temperatures are recorded.",
                 "Health and Care Quality Standards 2023 – Safe",
                 "Add the fridge check to the daily list.", "Ward Manager", "March 2025"],
            ]),
        ],
    )  # fmt: skip
    plan = import_table(path)
    assert _under(plan) == [
        ("Quality of patient experience", "The health board must ensure privacy and dignity."),
        (
            "Delivery of safe and effective care",
            "The health board must ensure fridge temperatures are recorded.",
        ),
    ]
    action = plan.themes[0].recommendations[0].actions[0]
    assert str(action.end) == "2025-03"


def test_isi_area_for_action_label_over_its_words(tmp_path: Path) -> None:
    """An ISI plan as text: 'Area for action' on a line of its own over the standard's
    words, then the actions' labelled lines. The words are what the actions answer."""
    words = "Leaders must ensure that all welfare concerns are recorded promptly."
    other = "Leaders must ensure that fire risk assessments are reviewed every year."
    lines = ["Clayesmore School – ISI Action Plan", ""]
    for n, (section, said) in enumerate(
        (("SAFEGUARDING – Part 3, paragraph 7", words), ("HEALTH AND SAFETY – Part 3", other)),
        start=1,
    ):
        lines += ["=" * 40, f"{n}. {section} (standard not met)", "=" * 40, ""]
        lines += ["Area for action", said, ""]
        for ref in (f"{n}a", f"{n}b"):
            lines += [
                f"  Ref:     {ref}",
                f"  Action:  Audit every record ({ref}).",
                "  Lead:    Designated Safeguarding Lead",
                "  Due:     30 April 2025",
                "  RAG:     Blue",
                "",
            ]
    plan = import_table(_text(tmp_path / "isi.txt", lines))
    assert [rec for _, rec in _under(plan)] == [words, words, other, other]


def test_a_form_table_titled_by_its_finding(tmp_path: Path) -> None:
    """NIAO's report form: each finding its own two-column table, '1. Direct award
    contracts' merged over 'Finding', 'Recommendation', 'Management response', 'Responsible
    officer', 'Target date', 'Status' (it was refused: no header row). The number is the
    ref; the management response the action."""
    rows = [
        ["1. Direct award contracts"],
        ["Finding", "Six contracts were awarded directly without competition."],
        ["Recommendation", "CCEA should approve all direct award contracts in advance."],
        ["Management response", "Accepted. A pre-approval check has been added."],
        ["Responsible officer", "Head of Finance"],
        ["Target date", "31 March 2026"],
        ["Status (January 2026)", "Green"],
    ]
    second = [["2. Holiday pay accrual"], *[[k, v] for k, v in rows[1:] if k]]
    path = _word(
        tmp_path / "niao.docx",
        [("p", "Management Action Plan"), ("h2", "Priority 1 findings"), ("table", rows),
         ("h2", "Priority 2 findings"), ("table", second)],
    )  # fmt: skip
    plan = import_table(path)
    assert [r for r, _ in _actions(plan)] == ["1", "2"]
    assert _actions(plan)[0][1] == "Accepted. A pre-approval check has been added."


def test_one_word_posts_listed_and_a_secretary_who_is_counsel_too() -> None:
    """A risk register's 'Director, Treasurer' names two posts, a word each; a charity's
    'Company Secretary & General Counsel' is one officer holding both (as 'General Counsel
    & Company Secretary' is); a chief executive is never the company's secretary too."""
    assert split_people("Director, Treasurer").officers == ("Director", "Treasurer")
    assert split_people("Company Secretary & General Counsel").officers == (
        "Company Secretary & General Counsel",
    )
    assert split_people("Chief Executive & Company Secretary").officers == (
        "Chief Executive",
        "Company Secretary",
    )


def test_no_gaps_identified_under_a_safety_action_answers_it(tmp_path: Path) -> None:
    """A maternity scheme tracker: 'No gaps identified – ...' merged under 'Safety Action 2'
    answers it; 'Safety Action 4' after is its sibling (it was refused as two kinds of
    heading, each under the other)."""
    rows: list[list[object]] = [
        ["MIS Year 7 – Safety Actions Compliance Tracker"],
        ["Ref", "Requirement not yet evidenced", "Action", "Lead(s)", "Deadline", "RAG"],
        ["Safety Action 1: Are you using the Perinatal Mortality Review Tool?"],
        ["SA1.1", "Parents told a review will take place.", "Record the conversation.",
         "Bereavement midwife", "Sep-25", "G"],
        ["Safety Action 2: Are you submitting data to the Maternity Services Data Set?"],
        [None, "No gaps identified – the July 2025 submission met all the criteria."],
        ["Safety Action 4: Can you demonstrate effective workforce planning?"],
        ["SA4.1", "Audit of consultant attendance.", "Complete the six-month audit.",
         "Clinical Director", "Nov-25", "A"],
    ]  # fmt: skip
    merges = [f"Tracker!A{n}:F{n}" for n in (3, 5, 7)] + ["Tracker!B6:F6"]
    plan = import_table(_book(tmp_path / "mis.xlsx", {"Tracker": rows}, merges=merges))
    assert [r for r, _ in _actions(plan)] == ["SA1.1", "SA4.1"]


def test_a_code_column_beside_the_refs_under_each_groups_header(tmp_path: Path) -> None:
    """A Monday.com export, a group per section of the Complaint Handling Code, its header
    again under each: 'Code provision' of '3.1', '5.6' beside the actions' own 'Ref'. The
    numbers say which provision each answers, kept; the sections are the parts (the last
    group, of two rows, had its code read as the recommendation)."""
    header: list[object] = ["Name", "Ref", "Code provision", "Owner", "Status", "Due date"]
    rows: list[list[object]] = [["CHC Improvement Actions 2025-26"], []]
    for section, items in (
        ("Section 3 – Accessibility", (("A01", "3.1"), ("A02", "3.3"), ("A03", "3.5"))),
        ("Section 5 – Complaint handling", (("A04", "5.6"), ("A05", "5.11"), ("A06", "5.14"))),
        ("Section 9 – Scrutiny", (("A09", "9.7"), ("A10", "9.9"))),
    ):
        rows += [[section], header]
        rows += [[f"Update the complaints policy and the letter templates for {ref}", ref,
                  code, "Kerry Lomas", "Green", "Oct-25"] for ref, code in items]  # fmt: skip
        rows.append([])
    plan = import_table(_book(tmp_path / "monday.xlsx", {"Board": rows}))
    assert {rec for _, rec in _under(plan)} == {""}
    assert [t for t, _ in _under(plan)][-1] == "Section 9 – Scrutiny"
    first = plan.themes[0].recommendations[0].actions[0]
    assert first.extra.get("Code provision") == "3.1"


def test_planner_labels_of_a_colour_and_longer_tags(tmp_path: Path) -> None:
    """A Planner export: 'Progress' of Completed / In progress / Not started beside
    'Labels' of 'Green;Complaint Handling Code', 'Damp & mould': the colour is read from
    the labels (tags of three words too), 'Completed' as complete (they were all unrated)."""
    header = ["Task Name", "Bucket Name", "Progress", "Assigned To", "Due date", "Labels"]
    path = _csv(
        tmp_path / "planner.csv",
        [
            ["Plan name", "Housing Ombudsman Special Investigation – Learning Action Plan"],
            [],
            header,
            ["Review the Complaints Policy against the Code", "Complaint handling", "Completed",
             "Claire Whitby", "31/05/2025", "Complaint Handling Code"],
            ["Train all staff on the Complaint Handling Code", "Complaint handling",
             "In progress", "Claire Whitby", "30/09/2025", "Green;Complaint Handling Code"],
            ["Publish the damp and mould policy", "Damp and mould", "In progress", "Sam Ford",
             "31/10/2025", "Red;Damp & mould"],
            ["Inspect every home with a damp report", "Damp and mould", "Not started",
             "Sam Ford", "31/12/2025", "Damp & mould"],
        ],
    )  # fmt: skip
    plan = import_table(path)
    assert _statuses(plan) == [Status.BLUE, Status.GREEN, Status.RED, Status.UNRATED]


def test_a_board_papers_cover_lines_and_its_action_list(tmp_path: Path) -> None:
    """A regulator's board paper: 'Part 1 – Public' and 'ANNEX B' over its title, then the
    action list with 'Min ref', 'Progress report' and a row per meeting. The cover's lines
    are no part; 'Min ref' is each action's ref; the progress report is what was done."""
    head = ["Min ref", "Action required", "Person(s) responsible", "Date of action required",
            "Progress report", "Status"]  # fmt: skip
    path = _word(
        tmp_path / "bsb.docx",
        [
            ("p", "BSB 271125"),
            ("p", "Part 1 – Public"),
            ("p", "ANNEX B"),
            ("h1", "Bar Standards Board – Action Points and Progress"),
            ("table", [
                head,
                ["Board meeting – 25 September 2025"],
                ["14(a)", "Publish the consultation response", "Director of Strategy",
                 "31 October 2025", "Published on the website on 28 October 2025.", "B"],
                ["Board meeting – 24 July 2025"],
                ["9", "Review the scheme of delegations", "Head of Governance", "December 2025",
                 "Paper drafted.", "G"],
            ]),
        ],
    )  # fmt: skip
    plan = import_table(path)
    assert _actions(plan) == [
        ("14(a)", "Publish the consultation response"),
        ("9", "Review the scheme of delegations"),
    ]
    assert [t for t, _ in _under(plan)] == [
        "Board meeting – 25 September 2025",
        "Board meeting – 24 July 2025",
    ]


def test_a_sentence_on_submitting_the_plan_names_no_part(tmp_path: Path) -> None:
    """ISI's Part A: 'The school is required to submit an action plan to the Department for
    Education ...' between the heading and the table whose bands give each standard's words:
    the sentence says what the plan is for; the bands are what the actions answer."""
    head = ["Ref", "Action", "Lead", "Timescale", "RAG"]
    path = _word(
        tmp_path / "isi.docx",
        [
            ("p", "Wrekin College – ISI Inspection Action Plan 2025"),
            ("h1", "Part A: Areas for action (Standards not met)"),
            ("p", "The school is required to submit an action plan to the Department for "
                  "Education setting out how the unmet Standards will be addressed."),
            ("table", [
                head,
                ["A1. Leaders must ensure that all pre-appointment checks are recorded."],
                ["A1.1", "Audit the single central register.", "Bursar", "March 2025", "Blue"],
            ]),
            ("h1", "Part B: Recommended next steps"),
            ("table", [
                head,
                ["B1. Leaders should ensure that teaching adapts work for pupils with SEND."],
                ["B1.1", "Share pupil passports with teachers.", "SENDCo", "June 2025", "Green"],
            ]),
        ],
    )  # fmt: skip
    plan = import_table(path)
    assert [rec for _, rec in _under(plan)] == [
        "A1. Leaders must ensure that all pre-appointment checks are recorded.",
        "B1. Leaders should ensure that teaching adapts work for pupils with SEND.",
    ]
