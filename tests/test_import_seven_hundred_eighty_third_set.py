"""Session 39: the files of heldout779 to heldout782 still read wrongly or refused, and the
held-out sets from heldout783 on. Each test is a shape a blind author wrote that was read
wrongly or refused at first sight, cut down to what a person reads."""

from __future__ import annotations

from pathlib import Path

from ofsted_plan.errors import PlanError
from ofsted_plan.importing.importer import import_table
from ofsted_plan.importing.people import split_people
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


def _actions(plan: Plan) -> list[tuple[str, str]]:
    return [
        (action.ref, action.action)
        for theme in plan.themes
        for rec in theme.recommendations
        for action in rec.actions
    ]


def test_the_group_of_those_a_service_is_for_is_one_lead() -> None:
    """'Service User and Carer Reference Group' is one group of both, not 'Service User' and
    a 'Carer Reference Group' (a mental health trust's safety action plan)."""
    people = split_people("Patient Experience Lead / Service User and Carer Reference Group")
    assert people.officers == ("Patient Experience Lead", "Service User and Carer Reference Group")
    assert split_people("Service Users and Carers Forum").officers == (
        "Service Users and Carers Forum",
    )
    assert split_people("Sam Lee and Jo Patel").officers == ("Sam Lee", "Jo Patel")


def test_the_workbook_title_over_a_sheet_of_bands_names_no_part(tmp_path: Path) -> None:
    """A CQC action plan: the first sheet's title line ('... – CQC Inspection Action Plan')
    over its caption 'Must do actions' and bands of key questions, the second sheet 'Should do
    – areas for improvement' with a finding per row: the key questions are the themes; the
    title names the plan, and 'Should do' only the kind of its rows (the title was read as
    the first sheet's theme, over the bands)."""
    header: list[object] = ["Ref", "Regulation breached / CQC finding", "Action we will take",
                            "Lead", "Target date", "RAG"]  # fmt: skip
    book = _book(
        tmp_path / "cqc.xlsx",
        {
            "Must do": [
                ["Right at Home Milton Keynes – CQC Inspection Action Plan"],
                ["Must do actions (breaches of regulation)"],
                [],
                header,
                ["Safe"],
                [
                    "1.1",
                    "Regulation 12 Safe care and treatment – risks were not assessed.",
                    "Review every diabetes risk assessment.",
                    "Registered Manager",
                    "31/07/2025",
                    "Green",
                ],
                [
                    "1.2",
                    None,
                    "Introduce a weekly eMAR audit.",
                    "Care Coordinator",
                    "30/06/2025",
                    "Amber",
                ],
                ["Well-led"],
                [
                    "2.1",
                    "Regulation 17 Good governance – audits did not find the shortfalls.",
                    "Rewrite the audit schedule.",
                    "Franchise Owner",
                    "31/08/2025",
                    "Green",
                ],
            ],
            "Should do": [
                ["Should do – areas for improvement"],
                [],
                ["Ref", "Should do (from CQC report)", "Our action", "Owner", "By when", "Status"],
                [
                    "S1",
                    "The provider should record people's cultural preferences.",
                    "Add a 'What matters to me' section.",
                    "Care Coordinator",
                    "Dec 2025",
                    "Green",
                ],
                [
                    "S2",
                    "The provider should review how feedback is acted on.",
                    "Send a quarterly survey.",
                    "Office Manager",
                    "Mar 2026",
                    "Amber",
                ],
            ],
        },
    )
    plan = import_table(str(book))
    assert plan.title == "Right at Home Milton Keynes – CQC Inspection Action Plan"
    assert [t for t, _ in _under(plan)] == ["Safe", "Safe", "Well-led", "", ""]
    assert _under(plan)[3][1] == "The provider should record people's cultural preferences."


def test_findings_outcomes_and_a_fact_as_headings_under_the_part(tmp_path: Path) -> None:
    """A SEND plan in Word: under each plan's heading, 'Findings' over the inspectors' words,
    'Outcomes' over a list of aims, 'Strategic Workstream Priority' over one line, then the
    table: the findings name the part, the aims and the workstream are kept as notes (the
    label 'Strategic Workstream Priority' was read as the part, the findings lost)."""
    header: list[object] = ["Action", "Lead", "By when", "RAG"]
    blocks: list[tuple[str, object]] = [("h0", "SEND post-inspection improvement plan")]
    for name, finding, workstream in (
        ("Neurodiversity Improvement Plan", "Leaders should reduce waiting times.", "ND pathway"),
        ("Transitions Improvement Plan", "Leaders should strengthen transitions.", "PfA"),
    ):
        blocks += [
            ("h1", name),
            ("h2", "Findings"),
            ("p", finding),
            ("h2", "Outcomes"),
            ("p", f"Fewer children wait ({name})."),
            ("h2", "Strategic Workstream Priority"),
            ("p", f"{workstream} workstream"),
            ("table", [header, ["Commission capacity.", "Head of SEND", "March 2025", "Amber"],
                       ["Launch the offer.", "Service Manager", "June 2025", "Green"]]),
        ]  # fmt: skip
    plan = import_table(str(_word(tmp_path / "send.docx", blocks)))
    assert _under(plan) == [
        ("Neurodiversity Improvement Plan", "Leaders should reduce waiting times."),
        ("Neurodiversity Improvement Plan", "Leaders should reduce waiting times."),
        ("Transitions Improvement Plan", "Leaders should strengthen transitions."),
        ("Transitions Improvement Plan", "Leaders should strengthen transitions."),
    ]
    assert "Strategic Workstream Priority: ND pathway workstream" in plan.notes
    assert any("Fewer children wait (Neurodiversity" in n for n in plan.notes)


def test_a_paragraph_before_another_over_a_table_is_never_lost(tmp_path: Path) -> None:
    """Two paragraphs between a heading and its table: both are prose, kept with the plan
    (the first was dropped without a word)."""
    blocks: list[tuple[str, object]] = [
        ("h0", "Improvement plan"),
        ("h1", "Theme A"),
        ("p", "Leaders should improve the first thing for children in care."),
        ("p", "This second paragraph explains more about it."),
        ("table", [["Action", "Lead", "By when", "RAG"], ["Do one", "AB", "March 2025", "Green"],
                   ["Do two", "CD", "June 2025", "Amber"]]),
    ]  # fmt: skip
    plan = import_table(str(_word(tmp_path / "plan.docx", blocks)))
    assert "Leaders should improve the first thing for children in care." in plan.notes
    assert "This second paragraph explains more about it." in plan.notes


def test_a_step_numbered_over_its_labels_and_a_clause_with_letters(tmp_path: Path) -> None:
    """An ISI action plan as text: 'Paragraph 16(a) and (b): The proprietor must ...' under
    its ruled Part, then 'Step 1.1' on a line of its own over the labelled lines: the clause
    names the part, 'Step 1.1' gives the ref (the clause was read as a third level, the refs
    lost); 'Next step 1: Leaders should ...' is a part as well."""
    rule = "=" * 72
    lines = ["School – Independent School Standards Action Plan", "", rule,
             "PART 3 – WELFARE, HEALTH AND SAFETY OF PUPILS", rule, "",
             "Paragraph 16(a) and (b): The proprietor must ensure that a written risk "
             "assessment policy is drawn up and implemented.", ""]  # fmt: skip
    for ref, action, status in (("1.1", "Rewrite the risk assessment policy.", "Complete"),
                                ("1.2", "Train all trip leaders.", "On track")):  # fmt: skip
        lines += [f"Step {ref}", f"  Action:        {action}", "  Responsible:   Bursar",
                  "  Complete by:   30 June 2025", f"  Status:        {status}", ""]  # fmt: skip
    lines += [rule, "RECOMMENDED NEXT STEPS", rule, "",
              "Next step 1: Leaders should make sure that pupils' views are used.", "",
              "Step 2.1", "  Action:        Survey every year group.",
              "  Responsible:   Head of PSHE", "  Complete by:   July 2025",
              "  Status:        Not started", ""]  # fmt: skip
    plan = import_table(_text(tmp_path / "isi.txt", lines))
    assert [ref for ref, _ in _actions(plan)] == ["1.1", "1.2", "2.1"]
    assert [r[:27] for _, r in _under(plan)] == ["Paragraph 16(a) and (b): Th"] * 2 + [
        "Next step 1: Leaders should"
    ]


def test_an_area_with_its_facts_then_its_words_and_numbered_actions(tmp_path: Path) -> None:
    """RQIA's quality improvement plan as text: 'Area for improvement 1' over 'Ref:', 'Stated:'
    and 'To be completed by:' lines, the label 'Action required ...:' over the requirement's
    words, then the registered person's numbered actions with their own labelled lines: the
    words name the part, the area's facts are kept (the two kinds of labelled lines were
    refused as two tables)."""
    rule = "-" * 72
    lines = ["Meadowbank Care Home – Quality Improvement Plan", "", rule,
             "Action required to ensure compliance with The Nursing Homes Regulations 2005",
             rule, ""]  # fmt: skip
    for n, words in ((1, "The registered person shall ensure that infection control issues "
                         "are managed."),
                     (2, "The registered person shall ensure that repositioning records are "
                         "accurate.")):  # fmt: skip
        lines += [f"Area for improvement {n}", f"Ref: Regulation 1{n} (7)", "Stated: First time",
                  "To be completed by: 30 September 2025", "",
                  "Action required to ensure compliance with this regulation:", words,
                  f"Ref: 5.2.{n}", "",
                  "Response by registered person detailing the actions taken:",
                  f"{n}.1 Replace the damaged flooring in bathroom {n}.",
                  "    Owner: Home Manager", "    Target date: 30/09/2025", "    RAG: B",
                  f"{n}.2 Complete a daily walkaround on floor {n}.",
                  "    Owner: Nurse in charge", "    Target date: Ongoing",
                  "    RAG: G", ""]  # fmt: skip
    plan = import_table(_text(tmp_path / "qip.txt", lines))
    assert [ref for ref, _ in _actions(plan)] == ["1.1", "1.2", "2.1", "2.2"]
    assert _actions(plan)[0][1] == "Replace the damaged flooring in bathroom 1."
    recs = [t + r for t, r in _under(plan)]  # (the one section over all of them: a note)
    assert (
        recs[0]
        == recs[1]
        == ("The registered person shall ensure that infection control issues are managed.")
    )
    assert recs[2].endswith("repositioning records are accurate.")
    assert "Stated: First time" in plan.notes


def test_a_codes_element_column_names_the_themes(tmp_path: Path) -> None:
    """A SharePoint export of a port's audit actions: 'PMSC element' ('2. Accountability of
    the Duty Holder') beside the auditor's finding: the Code's elements are the themes (the
    column was kept aside, each action under its finding alone)."""
    rows = [
        ["Ref", "PMSC element", "Designated Person finding", "Action", "Assigned To",
         "Due Date", "RAG Status"],
        ["PMSC-01", "2. Accountability of the Duty Holder", "The Board has had no training.",
         "Arrange a training session.", "Alan Strachan", "31/01/2026", "Green"],
        ["PMSC-02", "2. Accountability of the Duty Holder", "The statement was not minuted.",
         "Minute the statement.", "Fiona Cowie", "31/12/2025", "Complete"],
        ["PMSC-03", "4. Risk Assessment", "The risk assessment is out of date.",
         "Review the risk assessment.", "Stuart Buchan", "31/03/2026", "Amber"],
    ]  # fmt: skip
    plan = import_table(str(_csv(tmp_path / "pmsc.csv", rows)))
    assert _under(plan) == [
        ("2. Accountability of the Duty Holder", "The Board has had no training."),
        ("2. Accountability of the Duty Holder", "The statement was not minuted."),
        ("4. Risk Assessment", "The risk assessment is out of date."),
    ]


def test_completed_actions_under_the_same_recommendation_bands(tmp_path: Path) -> None:
    """A governance review's plan with a 'Completed actions' sheet: the completed actions sit
    under the same principle and recommendation bands as the open ones did. The bands
    repeated are no action on two sheets: one plan (it was refused as two plans)."""
    header: list[object] = ["No.", "Review recommendation / action", "Lead(s)", "Timescale", "RAG"]
    rec = "Recommendation 2: Board papers should be shorter, with a clear statement."
    book = _book(
        tmp_path / "review.xlsx",
        {
            "Action Plan": [
                ["Governance Effectiveness Review 2025 – Trustee Action Plan"],
                [],
                header,
                ["Principle 4 – Decision-making, risk and control"],
                [None, rec],
                ["2.2", "Pilot a consent agenda for items for noting.", "Chair", "Mar-26", "Green"],
                ["Principle 5 – Board effectiveness"],
                [None, "Recommendation 3: The Board should carry out a skills audit."],
                [
                    "3.1",
                    "Complete a trustee skills audit.",
                    "Senior Independent Trustee",
                    "Nov-25",
                    "Amber",
                ],
            ],
            "Completed actions": [
                ["Completed actions – to be removed after the December 2025 Committee"],
                [],
                header,
                ["Principle 4 – Decision-making, risk and control"],
                [None, rec],
                [
                    "2.1",
                    "Introduce a new Board paper template with a summary.",
                    "Company Secretary",
                    "Sep-25",
                    "Complete",
                ],
            ],
        },
    )
    plan = import_table(str(book))
    refs = sorted(a.ref for t in plan.themes for r in t.recommendations for a in r.actions)
    assert refs == ["2.1", "2.2", "3.1"]


def test_a_section_beside_its_directorate_is_no_part(tmp_path: Path) -> None:
    """A council plan tracker: 'Directorate | Section' beside the lead officer say where in
    the council each action sits; the objective bands are the parts (the 'Section' column was
    read as the recommendation, over the bands)."""
    header: list[object] = ["Ref", "Objective / action", "Directorate", "Section",
                            "Lead officer", "Due date", "Status"]  # fmt: skip
    rows: list[list[object]] = [
        ["Council Plan 2023 to 2027 – Quarter 2 performance update"],
        [],
        header,
        ["1.01 Support residents to live healthier lives"],
        ["1.01.02", "Deliver the Health and Wellbeing Strategy actions", "People",
         "Public Health", "Director of Public Health", "31/03/2026", "Green"],
        ["1.01.04", "Deliver the financial hardship plan", "Chief Executive's Office",
         "Policy and Performance", "Head of Policy", "31/03/2026", "Amber"],
        ["1.03 Improve outcomes for children with SEND"],
        ["1.03.01", "Clear the backlog of EHC needs assessments", "People", "SEND",
         "Assistant Director: Education", "30/09/2025", "Complete"],
    ]  # fmt: skip
    plan = import_table(str(_book(tmp_path / "tracker.xlsx", {"Priority 1": rows})))
    assert [t + r for t, r in _under(plan)] == [
        "1.01 Support residents to live healthier lives",
        "1.01 Support residents to live healthier lives",
        "1.03 Improve outcomes for children with SEND",
    ]


def test_a_quality_statement_beside_what_cqc_found(tmp_path: Path) -> None:
    """A care home's CQC plan: 'Quality statement' ('Safe environments') beside 'What CQC
    found': the finding is what the actions answer, the statement kept (both were refused
    as the recommendation)."""
    header: list[object] = ["No.", "Quality statement", "Regulation", "What CQC found",
              "Action we will take", "Lead", "Target date", "Status",
              "Comments / evidence"]  # fmt: skip
    rows: list[list[object]] = [
        ["Jewish Care"],
        ["Anita Dorfman House – CQC assessment action plan"],
        ["Plan owner: Registered Manager  |  Last updated: 03/10/2025"],
        [],
        header,
        ["SAFE"],
        [1, "Medicines optimisation", "Reg 12", "Time-critical medicines were given late.",
         "Introduce a medicines alert.", "Deputy Manager", "July 2025", "Complete", "Done."],
        [2, "Safe environments", "Reg 12", "Two fire door closers were faulty.",
         "Replace the door closers.", "Facilities Manager", "July 2025", "Complete", ""],
        ["EFFECTIVE"],
        [3, "Assessing needs", "Reg 17", "Care plans lacked detail on distress.",
         "Rewrite dementia care plans.", "Dementia Lead", "December 2025", "Not started", ""],
        ["WELL-LED"],
        [4, "Governance, management and sustainability", "Reg 17", "Audits missed the issues.",
         "Revise the audit programme.", "Registered Manager", "October 2025", "In progress", ""],
        [5, "Learning, improvement and innovation", "Reg 17", "Learning was not shared.",
         "Publish a lessons bulletin.", "Head of Care", "November 2025", "In progress", ""],
        [6, "Governance, management and sustainability", "Reg 17", "Feedback was not acted on.",
         "Hold relatives' meetings.", "Registered Manager", "December 2025", "Not started", ""],
    ]  # fmt: skip
    plan = import_table(str(_book(tmp_path / "cqc.xlsx", {"Action plan": rows})))
    assert _under(plan) == [
        ("SAFE", "Time-critical medicines were given late."),
        ("SAFE", "Two fire door closers were faulty."),
        ("EFFECTIVE", "Care plans lacked detail on distress."),
        ("WELL-LED", "Audits missed the issues."),
        ("WELL-LED", "Learning was not shared."),
        ("WELL-LED", "Feedback was not acted on."),
    ]


def test_rqia_columns_areas_numbered_requirements_and_responses(tmp_path: Path) -> None:
    """An RQIA quality improvement plan tracker as CSV: 'Area for improvement' of 1, 2, 3,
    'Action required (RQIA)' of the requirement's words, then 'Response by registered person
    detailing the actions taken': the numbers are the refs, the requirement the part, the
    response the action (the numbers were read as the parts and the response kept aside)."""
    rows = [
        ["Massereene Manor Nursing Home – RQIA Quality Improvement Plan tracker"],
        [],
        ["Area for improvement", "Stated", "Action required (RQIA)",
         "Response by registered person detailing the actions taken", "Person responsible",
         "To be completed by", "Status"],
        ["Action required to ensure compliance with The Nursing Homes Regulations 2005"],
        ["1", "First time", "The registered person shall ensure that wounds are managed.",
         "All wound care plans reviewed.", "Clinical Lead", "31/03/2025", "B"],
        ["2", "Second time", "The registered person shall ensure fire doors are not propped.",
         "Magnetic door holders fitted.", "Home Manager", "31/03/2025", "G"],
        ["3", "First time", "The registered person shall ensure staff complete training.",
         "Training matrix updated.", "Home Manager", "30/04/2025", "A"],
    ]  # fmt: skip
    plan = import_table(str(_csv(tmp_path / "qip.csv", rows)))
    assert _actions(plan) == [
        ("1", "All wound care plans reviewed."),
        ("2", "Magnetic door holders fitted."),
        ("3", "Training matrix updated."),
    ]
    assert next(t + r for t, r in _under(plan)).endswith("wounds are managed.")


def test_his_requirements_their_timescale_and_regulation_lines(tmp_path: Path) -> None:
    """Healthcare Improvement Scotland's action plan as text: the body's name over 'Improvement
    Action Plan'; 'Requirement 1' over its words, then 'Timescale – ...', 'Regulation 3(a)'
    and the regulations' name, then 'Action 1.1: ...' and 'Action a.1: ...' labelled records:
    the words name the part, the lines under them are said of it (it was refused: no table)."""
    rule = "=" * 72
    law = ("The Healthcare Improvement Scotland (Requirements as to Independent Health Care "
           "Services) Regulations 2011")  # fmt: skip
    lines = ["Healthcare Improvement Scotland", "Improvement Action Plan", "",
             "Service: Surehaven Glasgow", "", rule, "Domain 5 – Planning for quality", rule, "",
             "Requirement 1",
             "The provider must ensure that ligature risk assessments are reviewed annually.",
             "Timescale – by 30 June 2025", "Regulation 3(a)", law, "",
             "Action 1.1: Ligature risk assessments reviewed and signed off.",
             "Responsible person: Hospital Director", "Date for completion: 30/06/2025",
             "Status: Complete", "",
             "Action 1.2: Estates requests to trigger a ligature review.",
             "Responsible person: Estates Manager", "Date for completion: 31/08/2025",
             "Status: Complete", "", "Recommendations", "", "Recommendation a",
             "The service should ensure that care plans reflect patients' own words.", "",
             "Action a.1: Care plan audit tool updated.",
             "Responsible person: Senior Charge Nurses", "Date for completion: 31/07/2025",
             "Status: Complete", ""]  # fmt: skip
    plan = import_table(_text(tmp_path / "his.txt", lines))
    assert plan.title == "Improvement Action Plan"
    assert [ref for ref, _ in _actions(plan)] == ["1.1", "1.2", "a.1"]
    assert [r for _, r in _under(plan)][:2] == [
        "The provider must ensure that ligature risk assessments are reviewed annually."
    ] * 2
    assert "Regulation 3(a)" in plan.notes


def test_isi_next_steps_under_framework_sections_in_tab_separated_text(tmp_path: Path) -> None:
    """An ISI plan saved as tab-separated text: a framework section alone on its row, then
    'Next step 1: Leaders should ...' alone on the next, then lettered actions: the section
    is the theme and the next step the recommendation (it was refused: two rows alike)."""
    rows = [
        "King's College – ISI Inspection Action Plan 2024\t\t\t\t",
        "\t\t\t\t",
        "Ref\tAction\tLead\tTarget\tStatus",
        "Quality of education, training and recreation\t\t\t\t",
        "Next step 1: Leaders should ensure that teaching uses assessment information.\t\t\t\t",
        "1a\tDeliver INSET on adaptive teaching.\tDeputy Head (Academic)\tSeptember 2024\tBlue",
        "1b\tLink learning support profiles to class lists.\tHead of Learning Support\t"
        "Summer term 2024\tBlue",
        "Pupils' physical and mental health and emotional wellbeing\t\t\t\t",
        "Next step 2: Leaders should strengthen the oversight of wellbeing in boarding.\t\t\t\t",
        "2a\tMove pastoral logs onto CPOMS.\tDirector of Boarding\tDecember 2024\tGreen",
    ]
    plan = import_table(_text(tmp_path / "isi.txt", rows))
    assert [t for t, _ in _under(plan)] == [
        "Quality of education, training and recreation",
        "Quality of education, training and recreation",
        "Pupils' physical and mental health and emotional wellbeing",
    ]
    assert _under(plan)[2][1].startswith("Next step 2: Leaders should")


def test_a_universitys_secretary_and_general_counsel_is_one_post() -> None:
    """'University Secretary and General Counsel' is one post a university gives one officer."""
    assert split_people("University Secretary and General Counsel").officers == (
        "University Secretary and General Counsel",
    )


def test_a_recommendation_for_another_body_has_no_action(tmp_path: Path) -> None:
    """A force's tracker of HMICFRS recommendations: the row of a recommendation made to the
    NPCC says 'No force action – ...' with the owner and RAG 'N/A': no action of the force's
    (it was read as one)."""
    header: list[object] = ["Rec No.", "Recommendation", "Action No.", "Action", "Action Owner",
                            "Due", "RAG"]  # fmt: skip
    rows: list[list[object]] = [
        ["South Yorkshire Police – HMICFRS Recommendations Tracker"],
        [],
        header,
        ["R1", "Chief constables should review public order capacity.", "1.1",
         "Refresh the strategic threat and risk assessment.", "ACC Operations", "30/06/2025",
         "B"],
        [None, None, "1.2", "Train 60 more public order officers.", "Ch Supt Operations",
         "30/06/2025", "G"],
        ["R3", "The National Police Chiefs' Council should review the mobilisation plan.",
         None, "No force action – this recommendation is for the National Police Chiefs' "
         "Council.", "N/A", None, "N/A"],
        ["R4", "Chief constables should give officers welfare support.", "4.1",
         "Introduce structured debriefs.", "Head of Wellbeing", "30/09/2025", "A"],
    ]  # fmt: skip
    plan = import_table(str(_book(tmp_path / "tracker.xlsx", {"Tranche 1": rows})))
    assert [ref for ref, _ in _actions(plan)] == ["1.1", "1.2", "4.1"]


def test_smartsheet_parent_rows_between_runs_of_refs(tmp_path: Path) -> None:
    """A Smartsheet export: parent rows hold only the task name ('Governance and policy
    reviews'), between actions whose refs are lettered apart (IA4 above, GP1 below): each
    parent row heads the run under it (the second was run on to IA4's words)."""
    rows = [
        ["Task Name", "Ref", "Assigned To", "Due Date", "RAG"],
        ["Internal audit 2024/25 – interim and year-end reports", "", "", "", ""],
        ["Adopt the updated Financial Regulations", "IA1", "Town Clerk", "21/05/25", "Blue"],
        ["Publish the 2024/25 AGAR on the website", "IA2", "Town Clerk", "16/06/25", "Blue"],
        ["Governance and policy reviews", "", "", "", ""],
        ["Review the risk management scheme", "GP1", "Town Clerk", "30/11/25", ""],
        ["Adopt a Reserves Policy", "GP2", "RFO", "31/01/26", "Green"],
    ]
    plan = import_table(str(_csv(tmp_path / "smartsheet.csv", rows)))
    assert _actions(plan)[1] == ("IA2", "Publish the 2024/25 AGAR on the website")
    assert [t + r for t, r in _under(plan)][2:] == ["Governance and policy reviews"] * 2


def test_a_deadline_agreed_with_the_commission_is_the_end(tmp_path: Path) -> None:
    """A charity's Charity Commission plan: 'Deadline agreed with the Commission' beside a
    'Revised deadline' filled on a few rows: the agreed deadline is each step's end unless
    revised (it was kept aside, most ends lost)."""
    header: list[object] = ["No.", "Steps the trustees will take", "Lead",
                            "Deadline agreed with the Commission", "Revised deadline",
                            "RAG"]  # fmt: skip
    rows: list[list[object]] = [
        ["Severn Valley Railway Charitable Trust – Charity Commission Action Plan"],
        [],
        header,
        ["1a", "Adopt a trustee decision-making protocol.", "Chair of Trustees", "31/07/2025",
         None, "Green"],
        ["1b", "Publish a register of trustee interests.", "Company Secretary", "30/09/2025",
         "31/12/2025", "Amber"],
        ["2a", "Reconcile the appeal income since 2021.", "Treasurer", "31/08/2025", None,
         "Amber"],
    ]  # fmt: skip
    plan = import_table(str(_book(tmp_path / "cc.xlsx", {"Action plan": rows})))
    ends = [str(a.end) for t in plan.themes for r in t.recommendations for a in r.actions]
    assert ends == ["2025-07", "2025-12", "2025-08"]


def test_two_terms_joined_by_and_end_with_the_last() -> None:
    """'Spring and summer terms 2023' runs to the end of the summer term (it was words)."""
    from ofsted_plan.importing.ends import read_end

    assert str(read_end("Spring and summer terms 2023").month) == "2023-07"
    assert str(read_end("Autumn & spring terms 2024/25").month) == "2025-04"


def test_a_quarters_update_merged_under_each_action_is_its_progress(tmp_path: Path) -> None:
    """A council's delivery plan in Word: under each action row, a row merged across saying
    'Q2 update: ...': the action's progress (it was read as a part over the next action)."""
    update = "Q2 update: Caddies and kitchen bins ordered; crews recruited."
    blocks: list[tuple[str, object]] = [
        ("h1", "Council Plan – Annual Delivery Plan 2025/26"),
        ("h2", "Priority 1: Our Place – clean, green and safe neighbourhoods"),
        ("table", [["Ref", "Action", "Lead", "Due", "Status"],
                   ["1.1", "Introduce weekly food waste collections", "Head of Neighbourhoods",
                    "By 31 March 2026", "On track"],
                   [update],
                   ["1.2", "Deliver the town centre public realm improvements",
                    "Head of Regeneration", "Mar 2026", "Behind schedule"],
                   ["Q2 update: Utility diversions took longer than planned."]]),
    ]  # fmt: skip
    plan = import_table(str(_word(tmp_path / "delivery.docx", blocks)))
    actions = [a for t in plan.themes for r in t.recommendations for a in r.actions]
    assert [t + r for t, r in _under(plan)] == [
        "Priority 1: Our Place – clean, green and safe neighbourhoods"
    ] * 2
    assert "Caddies and kitchen bins ordered" in actions[0].comments


def test_a_scrutiny_task_group_column_names_the_themes(tmp_path: Path) -> None:
    """A scrutiny tracker: 'Scrutiny body / Task Group' merged down over each review's
    recommendations, numbered 1, 2, 3 again under each: the task groups are the themes, the
    numbers theirs (it was refused: ref 1 used twice)."""
    header: list[object] = ["Scrutiny body / Task Group", "Rec No.", "Scrutiny recommendation",
                            "Responsible officer", "Target date", "Status"]  # fmt: skip
    rows: list[list[object]] = [
        ["Scrutiny Recommendations Tracker"],
        [],
        header,
        ["Home to School Transport Task Group", "1", "That eligibility decisions are faster.",
         "Head of Transport", "Mar-26", "Green"],
        [None, "2", "That SEND routes are reviewed annually.", "Assistant Director – SEND",
         "Mar-26", "Amber"],
        ["Highways Infrastructure Task Group", "1", "That a register of obligations is kept.",
         "Head of Highways", "31/12/2025", "Green"],
        [None, "2", "That district councils join a protocol.", "Development Manager",
         "31/12/2025", "Green"],
    ]  # fmt: skip
    book = _book(tmp_path / "scrutiny.xlsx", {"Tracker": rows}, merges=["Tracker!A4:A5",
                 "Tracker!A6:A7"])  # fmt: skip
    plan = import_table(str(book))
    assert [t for t, _ in _under(plan)] == ["Home to School Transport Task Group"] * 2 + [
        "Highways Infrastructure Task Group"
    ] * 2


def test_completed_in_the_timescale_of_a_plan_with_no_rag(tmp_path: Path) -> None:
    """HIW's improvement plan has no RAG column; 'Completed – July 2025' as a timescale is the
    month it was done, and the action complete (it was refused as a month among words)."""
    blocks: list[tuple[str, object]] = [
        ("h1", "Appendix C – Improvement plan"),
        ("table", [["Improvement needed", "Service action", "Responsible officer", "Timescale"],
                   ["The practice must review its chaperone policy.", "Policy reviewed.",
                    "Practice Manager", "Completed – July 2025"],
                   ["The practice must audit its fridge logs.", "Monthly fridge log audit.",
                    "Practice Nurse", "31/10/2025"]]),
    ]  # fmt: skip
    plan = import_table(str(_word(tmp_path / "hiw.docx", blocks)))
    actions = [a for t in plan.themes for r in t.recommendations for a in r.actions]
    assert [str(a.end) for a in actions] == ["2025-07", "2025-10"]
    assert [a.status.value for a in actions] == ["blue", ""]  # (unrated)


def test_his_requirement_tables_with_timescale_and_regulation_rows(tmp_path: Path) -> None:
    """HIS's action plan in Word: a table per requirement, its label, its words, then rows
    'Timescale – by 31 May 2025' and 'Regulation 4(1)' over the regulations' name, then 'Action
    taken | Expected completion date | Responsible person': the words name the part (it was
    refused: no header row; then the regulation read as the part)."""
    law = ("Regulation 4(1)\nThe Healthcare Improvement Scotland (Requirements as to "
           "Independent Health Care Services) Regulations 2011")  # fmt: skip
    blocks: list[tuple[str, object]] = [("h1", "Improvement Action Plan")]
    for n, words in ((1, "The provider must ensure every patient has a care plan."),
                     (2, "The provider must ensure medicines are stored correctly.")):  # fmt: skip
        blocks += [
            ("h2", f"Domain {n}"),
            ("table", [[f"Requirement {n}"], [words], ["Timescale – by 31 May 2025"], [law],
                       ["Action taken", "Expected completion date", "Responsible person"],
                       [f"Audit {n} completed.", "14 March 2025", "Ward Manager"]]),
        ]  # fmt: skip
    plan = import_table(str(_word(tmp_path / "his.docx", blocks)))
    assert [r for _, r in _under(plan)] == [
        "The provider must ensure every patient has a care plan.",
        "The provider must ensure medicines are stored correctly.",
    ]


def test_the_covers_plan_over_the_sheets_line_with_the_visit_and_update(
    tmp_path: Path,
) -> None:
    """A cover sheet naming the plan ('Ofsted Monitoring Visit Action Plan'), the plan's sheet
    headed by the same words with the visit and the update ('– June 2022 visit (November 2022
    update)'): the cover names the document (the sheet's line was taken, the moment with it)."""
    header: list[object] = ["Ref", "Action", "Lead", "Due", "RAG"]
    book = _book(
        tmp_path / "plan.xlsx",
        {
            "Cover": [
                ["Wirral Council – Children's Services"],
                [],
                ["Ofsted Monitoring Visit Action Plan"],
                ["Version", "2.0"],
            ],
            "Action Plan": [
                ["Ofsted Monitoring Visit Action Plan – June 2022 visit (November 2022 update)"],
                [],
                header,
                ["1.1", "Audit every child in need plan.", "Head of Service", "Dec-22", "Green"],
                [
                    "1.2",
                    "Refresh supervision guidance.",
                    "Principal Social Worker",
                    "Jan-23",
                    "Amber",
                ],
            ],
        },
    )
    plan = import_table(str(book))
    assert plan.title == "Ofsted Monitoring Visit Action Plan"
    assert "Ofsted Monitoring Visit Action Plan – June 2022 visit (November 2022 update)" in (
        plan.notes
    )


def test_a_quarter_with_its_month_in_brackets() -> None:
    """'Q3 (December 2025)': the quarter, its month given (it was refused as words)."""
    from ofsted_plan.importing.ends import read_end

    assert str(read_end("Q3 (December 2025)").month) == "2025-12"
    assert str(read_end("Q4 2025/26 (March 2026)").month) == "2026-03"


def test_rag_columns_of_reporting_periods(tmp_path: Path) -> None:
    """A council's export with 'RAG P4' and 'RAG P5' (reporting periods 4 and 5): the later
    period's RAG is the status (it was refused: no status read)."""
    rows = [
        "Corporate Delivery Plan Tracker – Period 5",
        "",
        "Ref\tDelivery Plan action\tLead officer\tMilestone date\tRAG P4\tRAG P5",
        "1.1\tDeliver the Residents' Support Scheme.\tHead of Financial Inclusion\tMar-26\tG\tA",
        "1.2\tExtend Eat for Free to Year 7.\tDirector of Education\tSeptember 2025\tA\tB",
    ]
    plan = import_table(_text(tmp_path / "tracker.txt", rows))
    actions = [a for t in plan.themes for r in t.recommendations for a in r.actions]
    assert [a.status.value for a in actions] == ["amber", "blue"]


def test_the_date_a_plan_was_submitted_is_no_title(tmp_path: Path) -> None:
    """'Action Plan Submitted: 25 May 2023 (progress updated ...)' under the plan's name: a
    fact of it, not its title (it was taken as the title)."""
    rows = [
        ["A Response to the HMI Probation Inspection: Hull and East Riding PDU"],
        ["Report Published: 30 March 2023"],
        ["Action Plan Submitted: 25 May 2023 (progress updated 31 October 2023)"],
        [],
        ["Rec No", "Recommendation", "Action No", "Action", "Action Owner", "Target Date",
         "RAG Status"],
        ["1", "Improve the quality of risk of harm work.", "1.1", "Deliver workshops.",
         "Head of PDU", "Jun-23", "Green"],
        ["", "", "1.2", "Dip sample three cases a month.", "Senior Probation Officers",
         "Sep-23", "Amber"],
    ]  # fmt: skip
    plan = import_table(str(_csv(tmp_path / "probation.csv", rows)))
    assert plan.title == "A Response to the HMI Probation Inspection: Hull and East Riding PDU"


def test_a_post_and_another_post_with_its_area() -> None:
    """'Estates Manager (West) and Lead Pharmacist, Acute Services': two posts, the second
    with its area after the comma (they were kept as one)."""
    assert split_people("Estates Manager (West) and Lead Pharmacist, Acute Services").officers == (
        "Estates Manager (West)",
        "Lead Pharmacist, Acute Services",
    )


def test_a_recommendation_named_beside_its_words(tmp_path: Path) -> None:
    """'Recommendation' ('Recommendation 1: Risk of honour-based abuse') beside 'Recommendation
    detail' (the words), and 'Area for improvement' of short names beside 'Safety
    recommendation' of sentences: the name over the words (the words were kept aside, or the
    two refused)."""
    header: list[object] = ["Recommendation", "Recommendation detail", "Action Ref", "Action",
                            "Owner", "Target Date", "RAG"]  # fmt: skip
    rows: list[list[object]] = [
        ["Force Action Plan"],
        [],
        header,
        ["Recommendation 1: Risk of honour-based abuse",
         "Chief constables should update their sexual abuse policies.", "1.1",
         "Review the RASSO policy.", "DCI Public Protection", "30/09/2023", "B"],
        [None, None, "1.2", "Add an HBA question to the template.", "Niche Lead", "30/09/2023",
         "G"],
        ["Recommendation 2: Cultural awareness",
         "Chief constables should make sure officers understand their communities.", "2.1",
         "Refresh the community profiles.", "Head of Analysis", "31/03/2024", "A"],
    ]  # fmt: skip
    plan = import_table(
        str(
            _book(
                tmp_path / "force.xlsx",
                {"Action Plan": rows},
                merges=["Action Plan!A4:A5", "Action Plan!B4:B5"],
            )
        )
    )
    assert _under(plan)[0] == (
        "Recommendation 1: Risk of honour-based abuse",
        "Chief constables should update their sexual abuse policies.",
    )
    psii = [
        ["Ref", "Area for improvement", "Safety recommendation", "Safety action",
         "Action owner", "Due date", "RAG"],
        ["SA1.1", "Triage of urgent referrals received by email",
         "The Trust should ensure that urgent referrals are triaged within four hours.",
         "Set up an auto-reply.", "SPA Team Manager", "30/06/2025", "B"],
        ["SA1.2", "", "", "Introduce a twice-daily inbox sweep.", "SPA Team Manager",
         "30/06/2025", "B"],
        ["SA2.1", "Transfer of care from SPA to community teams",
         "The Trust should ensure that responsibility for first contact is agreed on transfer.",
         "Revise the SPA transfer protocol.", "Service Manager", "30/11/2025", "A"],
    ]  # fmt: skip
    plan = import_table(str(_csv(tmp_path / "psii.csv", psii)))
    assert _under(plan)[2] == (
        "Transfer of care from SPA to community teams",
        "The Trust should ensure that responsibility for first contact is agreed on transfer.",
    )


def test_a_must_do_column_beside_each_finding_is_no_theme(tmp_path: Path) -> None:
    """'Must do / Should do' beside 'CQC finding': the kind of each finding, shared by several,
    is no name over one (unlike an area named beside its one recommendation)."""
    rows = [
        ["Ref", "Must do / Should do", "CQC finding", "Action", "Action owner", "Due", "RAG"],
        ["MD1.1", "Must do", "The service must ensure risk assessments are updated after every "
         "incident.", "Audit all risk assessments.", "Ward Manager", "30/09/2024", "Complete"],
        ["MD2.1", "Must do", "The service must ensure that staff receive mandatory training in "
         "restrictive intervention.", "Book all staff on training.", "Practice Lead",
         "31/10/2024", "On track"],
        ["SD1.1", "Should do", "The service should ensure that care plans reflect the views of "
         "young people.", "Introduce 'My care plan' pages.", "Lead Nurse", "31/12/2024",
         "On track"],
    ]  # fmt: skip
    plan = import_table(str(_csv(tmp_path / "cqc.csv", rows)))
    assert not any(t in ("Must do", "Should do") for t, _ in _under(plan))
    one_each = [  # one finding of each kind, each over two actions: still the kind
        rows[0],
        rows[1],
        ["MD1.2", "", "", "Add a Datix prompt.", "Head of Nursing", "31/10/2024", "On track"],
        rows[3],
        ["SD1.2", "", "", "Review care plans monthly.", "Lead Nurse", "31/01/2025", "On track"],
    ]
    try:  # (too few rows to be sure the column holds kinds: asked, never read as parts)
        plan = import_table(str(_csv(tmp_path / "one_each.csv", one_each)))
    except PlanError as exc:
        assert "two columns would both be read as the recommendation" in str(exc)
    else:
        assert not any(t in ("Must do", "Should do") for t, _ in _under(plan))


def test_a_labelled_part_beside_numbered_next_steps_in_text(tmp_path: Path) -> None:
    """ISI's plan as text: 'Next step 1: ...' under one ruled section, 'Regulatory action
    point: The school must ...' under another: both parts, at one level (the second was read
    as a third level, under no recommendation)."""
    rule = "=" * 72
    lines = ["Mount Kelly – ISI Action Plan", "", rule, "SECTION 1: LEADERSHIP", rule, "",
             "Next step 1: Leaders should make sure that behaviour records are kept the same "
             "way in both schools.", "",
             "  Ref:     1.1", "  Action:  Align the behaviour policy.", "  Lead:    Head",
             "  Due:     31 March 2025", "  RAG:     Green", "",
             rule, "SECTION 5: SAFEGUARDING", rule, "",
             "Regulatory action point: The school must ensure that all required checks are "
             "recorded before staff begin work.", "",
             "  Ref:     5.1", "  Action:  Audit the single central register.",
             "  Lead:    Bursar", "  Due:     15 November 2024", "  RAG:     Blue", ""]  # fmt: skip
    plan = import_table(_text(tmp_path / "isi.txt", lines))
    assert [r[:24] for _, r in _under(plan)] == [
        "Next step 1: Leaders sho",
        "Regulatory action point:",
    ]
