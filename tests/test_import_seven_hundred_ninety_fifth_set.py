"""Session 40: the held-out sets from heldout795 on. Each test is a shape a blind author wrote
that was read wrongly or refused at first sight, cut down to what a person reads."""

from __future__ import annotations

from pathlib import Path

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


def _actions(plan: Plan) -> list[tuple[str, str]]:
    return [
        (action.ref, action.action)
        for theme in plan.themes
        for rec in theme.recommendations
        for action in rec.actions
    ]


def _text(path: Path, lines: list[str]) -> str:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def test_a_post_with_its_area_and_another_post_are_two_leads() -> None:
    """'Head of Service – Intake & Assessment and UHB Named Nurse Safeguarding': a post with
    its area after a dash, then the health board's post (a Welsh CIW plan); bodies listed
    by their letters ('Powys CC, Ceredigion CC and Bannau Brycheiniog NPA') are three."""
    assert split_people(
        "Head of Service – Intake & Assessment and UHB Named Nurse Safeguarding"
    ).officers == ("Head of Service – Intake & Assessment", "UHB Named Nurse Safeguarding")
    assert split_people("Powys CC, Ceredigion CC and Bannau Brycheiniog NPA").officers == (
        "Powys CC",
        "Ceredigion CC",
        "Bannau Brycheiniog NPA",
    )
    assert split_people("Head of Learning, Skills and Work").officers == (
        "Head of Learning, Skills and Work",
    )
    assert split_people("Head of Service – Safeguarding and Quality Assurance").officers == (
        "Head of Service – Safeguarding and Quality Assurance",
    )


def test_the_weakness_labelled_above_the_header_is_the_recommendation(tmp_path: Path) -> None:
    """A SEND written statement of action, a sheet per priority: 'Area of significant
    weakness' | its words, over 'Vision for the future' and 'Measures of success' | theirs,
    then the header. The weakness is what the actions answer, under the priority; the
    vision and measures are said of it ('weakness' was taken for a plural, a group's name)."""
    header: list[object] = ["Ref", "Action", "Lead officer(s)", "Completion date", "RAG"]
    sheets: dict[str, list[list[object]]] = {}
    merges = []
    for n, (priority, weakness) in enumerate(
        (
            ("Priority 1 – Leadership", "Leaders do not work together well enough to agree roles."),
            ("Priority 2 – Co-production", "Parents and carers do not feel listened to at all."),
        ),
        start=1,
    ):
        sheets[f"Priority {n}"] = [
            [priority],
            ["Area of significant weakness", weakness],
            ["Vision for the future", "A clear governance structure with shared accountability."],
            ["Measures of success", "Board attendance above 90%; joint strategy published."],
            [],
            header,
            [f"P{n}.1", f"Establish SEND board {n}.", "Assistant Director", "Mar-22", "Green"],
            [f"P{n}.2", f"Publish joint SEND strategy {n}.", "SEND Manager", "Jul-22", "Amber"],
        ]  # fmt: skip
        merges += [f"Priority {n}!A1:E1", f"Priority {n}!B2:E2", f"Priority {n}!B3:E3",
                   f"Priority {n}!B4:E4"]  # fmt: skip
    plan = import_table(str(_book(tmp_path / "wsoa.xlsx", sheets, merges=merges)))
    assert _under(plan) == [
        ("Priority 1 – Leadership", "Leaders do not work together well enough to agree roles."),
        ("Priority 1 – Leadership", "Leaders do not work together well enough to agree roles."),
        ("Priority 2 – Co-production", "Parents and carers do not feel listened to at all."),
        ("Priority 2 – Co-production", "Parents and carers do not feel listened to at all."),
    ]


def test_the_immediate_plan_is_a_part_beside_the_improvement_plan(tmp_path: Path) -> None:
    """HIW's improvement plan: 'Immediate improvement plan' over a table of its own, then
    'Improvement plan' over a table of theme bands. The second heading names the plan itself;
    the first names a part of it, over its rows (both were set aside as the report's)."""
    head = ["Improvement needed", "Service action", "Responsible officer", "Timescale"]
    blocks: list[tuple[str, object]] = [
        ("h0", "Improvement Plan: Ystradgynlais Community Hospital"),
        ("h1", "Immediate improvement plan"),
        ("table", [
            head,
            ["The health board must ensure that the resuscitation trolley is checked daily.",
             "Daily trolley check added to the duty list.", "Ward Manager", "Immediate"],
        ]),
        ("h1", "Improvement plan"),
        ("table", [
            head,
            ["Quality of the patient experience"],
            ["The health board must ensure that information is available bilingually.",
             "Bilingual leaflets ordered.", "Ward Manager", "June 2025"],
            ["Delivery of safe and effective care"],
            ["The health board must implement a mattress audit programme.",
             "Quarterly mattress audit.", "Matron", "Quarterly"],
        ]),
    ]  # fmt: skip
    plan = import_table(str(_word(tmp_path / "hiw.docx", blocks)))
    assert [u[0] for u in _under(plan)] == [
        "Immediate improvement plan",
        "Quality of the patient experience",
        "Delivery of safe and effective care",
    ]
    assert "Improvement plan" in plan.notes


def test_a_numbered_recommendation_row_heads_the_actions_numbered_under_it(
    tmp_path: Path,
) -> None:
    """HMI Probation's plan as text: '1. make sure that ...' with 'Agreed' and no ref, over
    actions 1.1 and 1.2. The recommendation is what they answer, not the first action (nor,
    further down, words run on to the action above)."""
    path = _text(
        tmp_path / "pdu.txt",
        [
            "Norfolk PDU – HM Inspectorate of Probation Inspection Action Plan",
            "",
            "Ref\tRecommendation / Action\tResponse\tAction owner\tTarget date\tRAG",
            "Norfolk PDU should:\t\t\t\t\t",
            "\t1. make sure that safeguarding enquiries are made at the start of every "
            "sentence\tAgreed\t\t\t",
            "1.1\tRe-establish the information-sharing arrangement\t\tHead of PDU\t30/09/2024\t"
            "Blue",
            "1.2\tIntroduce a monthly audit of ten cases per team\t\tSPOs\t31/12/2024\tGreen",
            "\t2. make sure that assessments are countersigned only when they meet the "
            "standard\tAgreed\t\t\t",
            "2.1\tBrief all Senior Probation Officers\t\tDeputy Head of PDU\t31/07/2024\tBlue",
        ],
    )
    plan = import_table(path)
    assert _actions(plan) == [
        ("1.1", "Re-establish the information-sharing arrangement"),
        ("1.2", "Introduce a monthly audit of ten cases per team"),
        ("2.1", "Brief all Senior Probation Officers"),
    ]
    assert [u[1][:5] for u in _under(plan)] == ["1. ma", "1. ma", "2. ma"]


def test_the_cover_names_the_plan_with_its_body(tmp_path: Path) -> None:
    """The cover's 'Stratford-upon-Avon College Quality Improvement Plan 2025–26' over the
    sheet's 'Quality Improvement Plan 2025–26 (from Self-Assessment Report 2024–25)', and the
    cover's 'Corporate Risk Register 2025-26' under a sheet's 'Invest NI Corporate Risk
    Register 2025-26 – Q2': the cover's title names the plan."""
    rows: list[list[object]] = [
        ["Ref", "Action", "Lead", "Target date", "RAG"],
        ["1.1", "Introduce weekly attendance reviews.", "Head of Quality", "Dec-25", "Green"],
        ["1.2", "Train all tutors in target setting.", "Head of HR", "Mar-26", "Amber"],
    ]
    for cover, line in (
        (
            "Stratford-upon-Avon College Quality Improvement Plan 2025–26",
            "Quality Improvement Plan 2025–26 (from Self-Assessment Report 2024–25)",
        ),
        ("Corporate Risk Register 2025-26", "Invest NI Corporate Risk Register 2025-26 – Q2"),
    ):
        sheets: dict[str, list[list[object]]] = {
            "Cover": [[cover], [], ["Document control"], ["Version", "1.2"]],
            "Plan": [[line], [], *rows],
        }
        plan = import_table(str(_book(tmp_path / "plan.xlsx", sheets)))
        assert plan.title == cover
        assert line in plan.notes


def test_a_column_of_codes_beside_the_action_is_the_ref(tmp_path: Path) -> None:
    """A SharePoint list's 'Title' of 'BCT-ICO-01' beside its 'Action' of sentences, no ref
    column: the codes are the refs (they were kept aside, the actions left unnumbered)."""
    path = _csv(
        tmp_path / "ico.csv",
        [
            ["Title", "Action", "Action Owner", "Target Date", "RAG Status"],
            ["BCT-ICO-01", "Draft a Standard Operating Procedure for plans", "Mensah, Abena",
             "31/07/2024", "Complete"],
            ["BCT-ICO-02", "Consult the practice leads on the draft procedure", "Doyle, Patrick",
             "30/09/2024", "Complete"],
            ["BCT-ICO-03", "Update the Data Protection Impact Assessment", "DPO", "31/10/2024",
             "Amber"],
        ],
    )  # fmt: skip
    plan = import_table(str(path))
    assert [a[0] for a in _actions(plan)] == ["BCT-ICO-01", "BCT-ICO-02", "BCT-ICO-03"]


def test_a_standard_cited_by_name_and_number_is_no_recommendation(tmp_path: Path) -> None:
    """A monday.com board per consumer standard: 'Standard requirement' of 'Stock quality
    1.1.1', 'Safety 1.3.1' beside each item, under the group rows of the standards: which
    requirement each answers, kept aside, not a recommendation of its own."""
    header: list[object] = ["Name", "Ref", "Person", "Status", "Due date",
                            "Standard requirement"]  # fmt: skip
    rows: list[list[object]] = [
        ["Consumer Standards Improvement Plan 2025-26"],
        [],
        ["Safety and Quality Standard"],
        header,
        ["Complete the stock condition survey programme", "SQ1", "Jenna Hocking", "On track",
         "2026-03-31", "Stock quality 1.1.1"],
        ["Reconcile the asset register with the compliance systems", "SQ2", "Mark Tregunna",
         "Complete", "2025-09-30", "Safety 1.3.1"],
        [],
        ["Tenancy Standard"],
        header,
        ["Review the allocations policy", "TEN1", "Sarah Penrose", "On track", "2026-02-28",
         "Allocations 3.1"],
    ]  # fmt: skip
    plan = import_table(str(_book(tmp_path / "monday.xlsx", {"Board": rows})))
    assert _under(plan) == [
        ("Safety and Quality Standard", ""),
        ("Safety and Quality Standard", ""),
        ("Tenancy Standard", ""),
    ]
    action = plan.themes[0].recommendations[0].actions[1]
    assert action.extra["Standard requirement"] == "Safety 1.3.1"


def test_the_inspections_theme_told_in_sentences_is_no_heading(tmp_path: Path) -> None:
    """A JTAI plan: 'Theme: the multi-agency response to ... . Inspection 3 to 7 March 2025;
    ...' under the title says what the inspection looked at and when; the areas for
    improvement across the table are the parts (it was read as the theme over them)."""
    blocks: list[tuple[str, object]] = [
        ("h1", "Joint Targeted Area Inspection of Derby: Multi-agency Action Plan"),
        ("p", "Theme: the multi-agency response to children and families who need help. "
              "Inspection 3 to 7 March 2025; joint letter published 29 April 2025."),
        ("table", [
            ["Ref", "Action", "Lead", "Original date", "RAG"],
            ["Area for improvement 1: The quality of information shared by partner agencies"],
            ["1.1", "Relaunch the referral form.", "Head of Contact", "30/06/2025", "Complete"],
            ["Area for improvement 2: The timeliness of strategy discussions"],
            ["2.1", "Introduce a daily strategy meeting.", "Head of MASH", "Jul-25", "Green"],
        ]),
    ]  # fmt: skip
    plan = import_table(str(_word(tmp_path / "jtai.docx", blocks)))
    assert [u[0] for u in _under(plan)] == [
        "Area for improvement 1: The quality of information shared by partner agencies",
        "Area for improvement 2: The timeliness of strategy discussions",
    ]


def test_a_board_over_the_items_it_looked_at_are_two_levels(tmp_path: Path) -> None:
    """A scrutiny tracker: 'Governance, Strategy and Resources Scrutiny Board' alone in its
    row, over 'Task and Finish Group: Review of ...', over its recommendations: the board,
    then the review (refused as two headings alike)."""
    blank = [""] * 5
    path = _csv(
        tmp_path / "scrutiny.csv",
        [
            ["Oldham Council - Scrutiny Recommendations Tracker 2025/26", *blank],
            ["Rec No", "Recommendation", "Cabinet response", "Responsible officer",
             "Target date", "RAG"],
            ["Governance, Strategy and Resources Scrutiny Board", *blank],
            ["Task and Finish Group: Review of Financial Support Services", *blank],
            ["GSR/25/01", "That the Council publishes a single guide to financial support.",
             "Accepted", "Head of Revenues", "31/03/2026", "Green"],
            ["Children and Young People Scrutiny Board", *blank],
            ["Elective Home Education (meeting of 9 September 2025)", *blank],
            ["CYP/25/04", "That the register of children home educated is reconciled monthly.",
             "Accepted", "Head of Education Access", "30/09/2025", "Complete"],
        ],
    )  # fmt: skip
    plan = import_table(str(path))
    assert _under(plan) == [
        (
            "Governance, Strategy and Resources Scrutiny Board",
            "Task and Finish Group: Review of Financial Support Services",
        ),
        (
            "Children and Young People Scrutiny Board",
            "Elective Home Education (meeting of 9 September 2025)",
        ),
    ]


def test_lines_left_to_sign_do_not_stop_a_plan_of_records(tmp_path: Path) -> None:
    """A school's plan as plain text, each action numbered over its indented 'Lead:',
    'Timescale:' and 'Status:' lines, signed off at the foot ('Headteacher: ______  Date:
    ____'): the lines to sign are the form's, not labels of an action with none (the file was
    refused, no header found)."""
    path = _text(
        tmp_path / "school.txt",
        [
            "Gartcosh Primary School – Post-Inspection Action Plan",
            "",
            "Area for improvement 1 – Continue to develop tracking and monitoring.",
            "",
            "1.1  Introduce a whole-school tracker for reading and numeracy.",
            "     Lead: HT/DHT",
            "     Timescale: December 2025",
            "     Status: G",
            "",
            "1.2  Hold tracking meetings with every class teacher.",
            "     Lead: DHT",
            "     Timescale: March 2026",
            "     Status: A",
            "",
            "-" * 72,
            "Headteacher: ____________________   Date: ____________",
            "Quality Improvement Officer: ____________________   Date: ____________",
        ],
    )
    plan = import_table(path)
    assert _actions(plan) == [
        ("1.1", "Introduce a whole-school tracker for reading and numeracy."),
        ("1.2", "Hold tracking meetings with every class teacher."),
    ]


def test_a_notice_row_between_actions_heads_the_next_ones(tmp_path: Path) -> None:
    """A Smartsheet export of HSE improvement notices: each notice a parent row with no ref
    ('Improvement Notice 2 (IN ...) – ...') over its actions 2.1, 2.2. The second notice was
    run on into the last action of the first; and 'Extension agreed to', where given, is the
    date the action is due."""
    path = _text(
        tmp_path / "notices.txt",
        [
            "Scottish Water – HSE Improvement Notices: Compliance Action Tracker",
            "",
            "Ref\tNotice / action\tAction owner\tCompliance date\tExtension agreed to\tStatus",
            "\tImprovement Notice 1 (IN 315812345) – Work at height\t\t\t\t",
            "1.1\tComplete a work at height risk assessment\tOperations Manager\t30/01/2026\t\t"
            "Complete",
            "1.2\tInstall fixed edge protection\tProject Manager\t30/01/2026\t27/03/2026\tAmber",
            "\tImprovement Notice 2 (IN 315812346) – Hand-arm vibration\t\t\t\t",
            "2.1\tEnrol all operatives in health surveillance\tHead of Occupational Health\t"
            "27/02/2026\t\tGreen",
        ],
    )
    plan = import_table(path)
    assert _actions(plan) == [
        ("1.1", "Complete a work at height risk assessment"),
        ("1.2", "Install fixed edge protection"),
        ("2.1", "Enrol all operatives in health surveillance"),
    ]
    assert [u[0] for u in _under(plan)] == [
        "Improvement Notice 1 (IN 315812345) – Work at height",
        "Improvement Notice 1 (IN 315812345) – Work at height",
        "Improvement Notice 2 (IN 315812346) – Hand-arm vibration",
    ]
    ends = [a.end for t in plan.themes for r in t.recommendations for a in r.actions]
    assert [str(e) for e in ends] == ["2026-01", "2026-03", "2026-02"]


def test_a_date_struck_through_over_its_revision_ends_at_the_revision(tmp_path: Path) -> None:
    """A trustees' action log whose due cell keeps the date first set over the new one,
    '30/11/2025' then '31/01/2026 (revised)' on the next line: the revised month is the end
    (the cell was refused as a month among other words); the title under the body's name,
    set as Word's Subtitle, names the plan."""
    blocks: list[tuple[str, object]] = [
        ("h0", "Combat Stress"),
        ("table", [
            ["No.", "Action", "Owner", "Due", "Status"],
            ["A1", "Review the risk appetite.", "Chair", "30/11/2025\n31/01/2026 (revised)",
             "On track"],
            ["A2", "Publish the annual report.", "Company Secretary", "Ongoing", "Complete"],
        ]),
    ]  # fmt: skip
    path = _word(tmp_path / "log.docx", blocks)
    from docx import Document

    document = Document(str(path))
    subtitle = document.paragraphs[0].insert_paragraph_before("x")  # (moved below the title)
    document.paragraphs[0]._p.addnext(subtitle._p)
    subtitle.text, subtitle.style = "Board of Trustees – Action Log", document.styles["Subtitle"]
    document.save(str(path))
    plan = import_table(str(path))
    assert plan.title == "Board of Trustees – Action Log"
    ends = [str(a.end) for t in plan.themes for r in t.recommendations for a in r.actions]
    assert ends[0] == "2026-01"


def test_a_value_with_a_colon_set_out_under_its_label_is_one_value(tmp_path: Path) -> None:
    """A safety action plan as text: 'Measure:        Monthly report: % of NEWS2 ...' is the
    measure's value (a colon inside it), not a label 'Monthly report' read as the
    recommendation; and the area for improvement right over its safety recommendation,
    over the rule, is the outer heading."""
    rule = "-" * 70
    path = _text(
        tmp_path / "psii.txt",
        [
            "Dorset County Hospital – PSII Safety Action Plan",
            "=" * 70,
            "",
            "AREA FOR IMPROVEMENT 1 – Recording and acting on NEWS2 scores overnight",
            "Safety recommendation SR1: The Deteriorating Patient Group to ensure escalation.",
            rule,
            "Action SA1.1",
            "  Safety action:  Add a mandatory escalation field to the observations system.",
            "  Owner:          Lead Nurse – Deteriorating Patient",
            "  Target date:    31/08/2025",
            "  Measure:        Monthly report: % of NEWS2 5+ observations with escalation recorded",
            "  Status:         On track",
            rule,
            "Action SA1.2",
            "  Safety action:  Relaunch the escalation card on all adult inpatient wards.",
            "  Owner:          Matrons (Medicine Division)",
            "  Target date:    31/07/2025",
            "  Measure:        Spot check of 10 staff per ward: able to describe the steps",
            "  Status:         Complete",
            rule,
        ],
    )
    plan = import_table(path)
    assert [a[0] for a in _actions(plan)] == ["SA1.1", "SA1.2"]
    assert _under(plan)[0] == (
        "AREA FOR IMPROVEMENT 1 – Recording and acting on NEWS2 scores overnight",
        "Safety recommendation SR1: The Deteriorating Patient Group to ensure escalation.",
    )
    action = plan.themes[0].recommendations[0].actions[0]
    assert action.measure.startswith("Monthly report: % of NEWS2")


def test_a_numbered_part_of_the_plan_heads_its_areas_for_improvement(tmp_path: Path) -> None:
    """RQIA's quality improvement plan as text: 'PART 1: Action required to ensure compliance
    with The ... Regulations' over 'Area for improvement 1' and its requirement: the part,
    then the requirement (the part was read beside the areas, at their level)."""
    path = _text(
        tmp_path / "qip.txt",
        [
            "RQIA Quality Improvement Plan – Action Tracker",
            "",
            "Status key:  C = Complete   G = On track   A = At risk",
            "-" * 70,
            "",
            "PART 1: Action required to ensure compliance with The Domiciliary Care Agencies "
            "Regulations (Northern Ireland) 2007",
            "",
            "Area for improvement 1",
            "Ref: Regulation 13 (d)",
            "Stated: First time",
            "To be completed by: Immediate and ongoing",
            "The registered person shall ensure that no worker is supplied until a full "
            "employment history has been obtained.",
            "",
            "Response by registered person detailing the actions taken:",
            "",
            "   R1.1  Audit all personnel files for staff recruited since April 2023.",
            "         Lead: Registered Manager",
            "         Due: 29/02/2024",
            "         Status: C",
            "",
            "   R1.2  Add an employment-gap check to the pre-employment checklist.",
            "         Lead: HR Business Partner",
            "         Due: 31/03/2024",
            "         Status: C",
        ],
    )
    plan = import_table(path)
    assert [u[0][:7] for u in _under(plan)] == ["PART 1:", "PART 1:"]
    assert _under(plan)[0][1].startswith("The registered person shall ensure")


def test_the_actions_own_numbers_beside_the_reports_paragraph(tmp_path: Path) -> None:
    """A fire service's learning plan: 'No.' of 1, 2, 3 beside 'SIR ref' of the incident
    report's paragraph, merged over the actions answering it: the actions' numbers are the
    refs (the paragraph, one to several actions, was read as each one's ref)."""
    rows: list[list[object]] = [
        ["Learning Action Plan"],
        ["No.", "SIR ref", "Area for improvement", "Action", "Owner", "Target date"],
        ["Theme 1 – Operational response"],
        [1, "3.2", "Access to the upper decks was delayed.", "Review the attendance.",
         "Head of Response", "Mar-25"],
        [2, None, None, "Visit every multi-storey car park.", "Station Commander", "Jun-25"],
        ["Theme 2 – Incident command"],
        [3, "4.1", "Command was not recorded consistently.", "Introduce the digital log.",
         "Group Commander", "Sep-25"],
        [4, None, None, "Add a car park scenario to revalidation.", "Head of Training", "Dec-25"],
    ]  # fmt: skip
    merges = ["Plan!B4:B5", "Plan!C4:C5", "Plan!B7:B8", "Plan!C7:C8", "Plan!A3:F3", "Plan!A6:F6"]
    plan = import_table(str(_book(tmp_path / "sir.xlsx", {"Plan": rows}, merges=merges)))
    assert [a[0] for a in _actions(plan)] == ["1", "2", "3", "4"]


def test_facts_side_by_side_under_a_notice_are_no_heading(tmp_path: Path) -> None:
    """HSENI improvement notices as text: 'Notice 1 (...): Workplace transport' over 'Served:
    3 September 2025 | Compliance date: 5 December 2025 | Regulation: ...' between rules: the
    notice's facts, said of it, not a heading under it."""
    path = _text(
        tmp_path / "notices.txt",
        [
            "HSENI Improvement Notices – Corrective Action Plan",
            "",
            "Status key: G = on track | A = at risk | C = complete",
            "",
            "=" * 70,
            "Notice 1 (IN/25/0217): Workplace transport – Household Recycling Centres",
            "Served: 3 September 2025 | Compliance date: 5 December 2025 | Regulation: reg. 3",
            "-" * 70,
            "1.1  Carry out site-specific workplace transport risk assessments.",
            "     Lead: Head of Environmental Services | Target: 31/10/2025 | Status: C",
            "",
            "1.2  Install pedestrian barriers at the Magherafelt centre.",
            "     Lead: Head of Property Services | Target: 05/12/2025 | Status: G",
            "",
            "=" * 70,
            "Notice 2 (IN/25/0218): Hand-arm vibration – Parks and grounds maintenance",
            "Served: 3 September 2025 | Compliance date: 5 December 2025 | Regulation: reg. 6",
            "-" * 70,
            "2.1  Complete a HAV exposure assessment for all grounds maintenance tools.",
            "     Lead: Parks Manager | Target: 31/10/2025 | Status: C",
            "",
        ],
    )
    plan = import_table(path)
    assert _under(plan) == [
        ("Notice 1 (IN/25/0217): Workplace transport – Household Recycling Centres", ""),
        ("Notice 1 (IN/25/0217): Workplace transport – Household Recycling Centres", ""),
        ("Notice 2 (IN/25/0218): Hand-arm vibration – Parks and grounds maintenance", ""),
    ]


def test_the_outlines_root_row_is_the_plans_title(tmp_path: Path) -> None:
    """A Smartsheet export with no title above its header: the first row, alone at the margin
    with the standards, their gaps and the actions indented under it, names the plan; the
    standards and gaps are the two levels (the root was read as a third, over them all)."""
    from openpyxl.styles import Alignment

    rows: list[list[object]] = [
        ["Task Name", "Ref", "Action Owner", "Finish", "Status"],
        ["SLH Consumer Standards Action Plan 2025/26", None, None, "30/06/2026", None],
        ["Safety and Quality Standard", None, None, "30/04/2026", None],
        ["Stock condition – survey data more than five years old", None, None, "30/04/2026", None],
        ["Commission stock condition surveys", "SQ1.1", "Gareth Nolan", "31/03/2026", "Green"],
        ["Load survey results into the system", "SQ1.2", "Priya Desai", "30/04/2026", "Yellow"],
        ["Damp and mould – cases not followed up", None, None, "24/10/2025", None],
        ["Introduce a damp and mould triage", "SQ2.1", "Ruth Allen", "31/10/2025", "Blue"],
    ]  # fmt: skip
    path = _book(tmp_path / "smartsheet.xlsx", {"Export": rows})
    from openpyxl import load_workbook

    book = load_workbook(str(path))
    for row, indent in zip(range(2, 9), (0, 1, 2, 3, 3, 2, 3), strict=True):
        book["Export"].cell(row, 1).alignment = Alignment(indent=indent)
    book.save(str(path))
    plan = import_table(str(path))
    assert plan.title == "SLH Consumer Standards Action Plan 2025/26"
    assert _under(plan) == [
        ("Safety and Quality Standard", "Stock condition – survey data more than five years old"),
        ("Safety and Quality Standard", "Stock condition – survey data more than five years old"),
        ("Safety and Quality Standard", "Damp and mould – cases not followed up"),
    ]


def test_a_month_said_within_it_is_that_month_and_a_typo_in_it_is_refused() -> None:
    """'Mid-May 2023', 'Late June 2025': the month it falls in (refused as a month mistyped);
    'Mid-Febuary 2026' is still refused, never kept as words with no end month."""
    from ofsted_plan.importing.ends import read_end

    assert str(read_end("Mid-May 2023").month) == "2023-05"
    assert str(read_end("Late June 2025").month) == "2025-06"
    assert str(read_end("early March 2024").month) == "2024-03"
    for mistyped in ("Mid-Febuary 2026", "By the end of Setpember 2025"):
        try:
            read_end(mistyped)
        except ValueError as error:
            assert "mistyped" in str(error)
        else:
            raise AssertionError(f"{mistyped!r} read without a word")


def test_a_lists_title_codes_are_the_refs_beside_the_minute_it_came_from(
    tmp_path: Path,
) -> None:
    """A SharePoint list of a board's actions: 'Title' of 'BM-2025-03-01' beside 'Minute ref'
    of 11.2: each action's own code is its ref, the minute kept as another column (the
    minute numbers were read as the refs)."""
    path = _csv(
        tmp_path / "log.csv",
        [
            ["Title", "Minute ref", "Action", "Owner", "Due date", "RAG Status"],
            ["BM-2025-03-01", "11.2", "Circulate the draft Operational Plan.", "CEO",
             "21/03/2025", "Complete"],
            ["BM-2025-03-02", "12.1", "Add cyber security to the risk register.",
             "Head of Finance", "18/06/2025", "Complete"],
            ["BM-2025-06-01", "8.3", "Bring the Gaelic plan review to the Board.", "CEO",
             "30/09/2025", "Amber"],
        ],
    )  # fmt: skip
    plan = import_table(str(path))
    assert [a[0] for a in _actions(plan)] == ["BM-2025-03-01", "BM-2025-03-02", "BM-2025-06-01"]
    action = plan.themes[0].recommendations[0].actions[0]
    assert action.extra["Minute ref"] == "11.2"


def test_a_long_first_line_naming_the_plan_is_its_title(tmp_path: Path) -> None:
    """'HMI Probation Thematic Inspection – The Experiences of ... : Wolverhampton Youth
    Justice Service Action Plan' (161 characters) over 'Progress update to the ... Board –
    23 March 2023': the long line names the plan (the meeting's line was taken)."""
    name = (
        "HMI Probation Thematic Inspection – The Experiences of Black and Mixed Heritage Boys "
        "in the Youth Justice System: Wolverhampton Youth Justice Service Action Plan"
    )
    blocks: list[tuple[str, object]] = [
        ("p", name),
        ("p", "Progress update to the Wolverhampton Youth Justice Board – 23 March 2023"),
        ("table", [
            ["No.", "Action", "Lead", "Timescale", "RAG"],
            ["1.1", "Add a disproportionality dashboard to every Board agenda.", "YJS Manager",
             "Sep-22", "B"],
            ["1.2", "Commission a review of out-of-court disposals.", "Head of Service",
             "Mar-23", "G"],
        ]),
    ]  # fmt: skip
    plan = import_table(str(_word(tmp_path / "plan.docx", blocks)))
    assert plan.title == name


def test_the_evidence_row_under_a_concerns_actions_is_no_action(tmp_path: Path) -> None:
    """HMPPS's action plan: a table per concern, its actions 1.1 and 1.2, then 'Evidence' in
    the ref column with its words merged across: what will show them done, a note (read as
    an action 'Evidence' in each table, then refused as a ref used twice)."""
    blocks: list[tuple[str, object]] = [("h0", "Action Plan: HMP Buckley Hall")]
    for n in (1, 2):
        blocks.append(("table", [
            [f"Priority concern {n}", f"Concern {n}: prisoners were locked up too long."],
            ["Ref", "Action", "Responsible owner", "Target date"],
            [f"{n}.1", f"Review the regime {n}.", "Head of Residence", "31 October 2024"],
            [f"{n}.2", f"Create more activity spaces {n}.", "Head of Reducing Reoffending",
             "31 March 2025"],
            ["Evidence", "Monthly regime and allocation data."],
        ]))  # fmt: skip
    plan = import_table(str(_word(tmp_path / "hmpps.docx", blocks)))
    assert [a[0] for a in _actions(plan)] == ["1.1", "1.2", "2.1", "2.2"]


def test_a_commission_over_its_reviews_and_a_post_twice_over(tmp_path: Path) -> None:
    """A scrutiny tracker: 'Overview and Scrutiny Commission' alone over 'Budget scrutiny
    (Commission, 12 November 2025)' over its recommendations: the commission, then the
    review (refused as two headings alike); 'SDCP Leicester and SDCP Nottingham' are two."""
    blank = [""] * 4
    path = _csv(
        tmp_path / "merton.csv",
        [
            ["Ref", "Recommendation", "Responsible officer", "Target date", "RAG"],
            ["Overview and Scrutiny Commission", *blank],
            ["Budget scrutiny and financial monitoring (Commission, 12 November 2025)", *blank],
            ["OSC1", "That the savings tracker is reported each quarter.", "Head of Finance",
             "Mar-26", "G"],
            ["Children and Young People Overview and Scrutiny Panel", *blank],
            ["School attendance (Panel, 5 November 2025)", *blank],
            ["CYP1", "That persistent absence is reported by ward.", "SDCP Leicester and SDCP "
             "Nottingham", "Jan-26", "A"],
        ],
    )  # fmt: skip
    plan = import_table(str(path))
    assert _under(plan) == [
        (
            "Overview and Scrutiny Commission",
            "Budget scrutiny and financial monitoring (Commission, 12 November 2025)",
        ),
        (
            "Children and Young People Overview and Scrutiny Panel",
            "School attendance (Panel, 5 November 2025)",
        ),
    ]
    leads = [a.lead for t in plan.themes for r in t.recommendations for a in r.actions]
    assert list(leads[1]) == ["SDCP Leicester", "SDCP Nottingham"]


def test_the_gap_in_assurance_beside_its_action_is_what_it_answers(tmp_path: Path) -> None:
    """An infection control assurance framework's plan: 'Gap in assurance' beside the
    'Mitigating action' that closes it, under each criterion's band: the gap is what the
    action answers (it was kept aside as another column)."""
    rows: list[list[object]] = [
        ["IPC Board Assurance Framework: Gaps in Assurance Action Plan"],
        [],
        ["KLOE ref", "Gap in assurance", "Mitigating action", "Action owner", "Target date"],
        ["Criterion 1 – Systems to manage and monitor the prevention and control of infection."],
        ["1.4", "Ventilation assessments not yet completed for all areas.",
         "Complete the ventilation verification.", "Head of Estates", "31/03/2024"],
        ["1.9", "Outbreak reports do not evidence that learning is shared.",
         "Introduce a post-outbreak learning template.", "Lead Nurse IPC", "Q4 2023/24"],
        ["Criterion 2 – Provide and maintain a clean environment."],
        ["2.3", "Cleaning audit scores below target in four areas.",
         "Re-audit the four areas weekly.", "Domestic Services Manager", "29/02/2024"],
    ]  # fmt: skip
    merges = ["Plan!A4:E4", "Plan!A7:E7"]
    plan = import_table(str(_book(tmp_path / "ipc.xlsx", {"Plan": rows}, merges=merges)))
    assert [u[1] for u in _under(plan)] == [
        "Ventilation assessments not yet completed for all areas.",
        "Outbreak reports do not evidence that learning is shared.",
        "Cleaning audit scores below target in four areas.",
    ]


def test_a_code_set_apart_before_the_words_is_the_ref(tmp_path: Path) -> None:
    """A scrutiny tracker as plain text: 'OSP/24/01  That the council resumes ...' over its
    indented labelled lines: the code is the ref, taken off the recommendation's words."""
    path = _text(
        tmp_path / "thanet.txt",
        [
            "Overview and Scrutiny Panel – Recommendations Tracker",
            "",
            "Status key: Complete = implemented; Green = on track; Amber = some delay",
            "",
            "OSP/24/01  That the council resumes repairing wheeled bins where this is cheaper.",
            "           Lead officer:      Head of Cleansing Services",
            "           Timescale:         April 2025",
            "           Status:            Complete",
            "",
            "OSP/24/02  That residents are told how long a repair will take.",
            "           Lead officer:      Head of Customer Services",
            "           Timescale:         June 2025",
            "           Status:            Amber",
        ],
    )
    plan = import_table(path)
    assert _actions(plan) == [
        ("OSP/24/01", "That the council resumes repairing wheeled bins where this is cheaper."),
        ("OSP/24/02", "That residents are told how long a repair will take."),
    ]


def test_a_status_with_the_one_before_it_is_the_status_now() -> None:
    """'A   (previous: G)', 'Green (was Amber)': the status now, the one before in brackets
    (the cell was refused as an unknown status); 'Amber/Green' is still refused."""
    from ofsted_plan.importing.values import read_status
    from ofsted_plan.model import Status

    words = {"a": Status.AMBER, "g": Status.GREEN, "amber": Status.AMBER, "green": Status.GREEN}
    assert read_status("A   (previous: G)", words)[0] is Status.AMBER
    assert read_status("Green (was Amber)", words)[0] is Status.GREEN
    try:
        read_status("Amber/Green", words)
    except ValueError:
        pass
    else:
        raise AssertionError("'Amber/Green' read as one status")


def test_a_line_left_to_sign_under_the_table_is_no_action(tmp_path: Path) -> None:
    """HIS's action plan ends 'NHS Board Chief Executive signature:' | 'Date:' under the table
    (read as an action whose ref was the label); 'Pharmacy Technician, Community Hospitals
    (West)' is one post with its area."""
    rows: list[list[object]] = [
        ["Improvement Action Plan"],
        [],
        ["No.", "Requirement", "Action planned", "Responsibility for taking action", "Timescale"],
        ["Domain 4.1 – Pathways, procedures and policies"],
        ["1.1", "Requirement 1: equipment must be clean.", "Reintroduce indicator tape.",
         "Pharmacy Technician, Community Hospitals (West) / Ward Manager", "October 2025"],
        ["1.2", None, "Audit equipment monthly.", "IPC Nurse", "November 2025"],
        [],
        ["NHS Board Chief Executive signature:", None, None, None, "Date:"],
    ]  # fmt: skip
    plan = import_table(str(_book(tmp_path / "his.xlsx", {"Plan": rows}, merges=["Plan!A4:E4"])))
    assert [a[0] for a in _actions(plan)] == ["1.1", "1.2"]
    leads = [a.lead for t in plan.themes for r in t.recommendations for a in r.actions]
    assert list(leads[0]) == ["Pharmacy Technician, Community Hospitals (West)", "Ward Manager"]


def test_a_sentence_about_a_reviews_recommendation_names_no_part(tmp_path: Path) -> None:
    """'Recommendation 3 of the review is addressed to the ICB ...; this plan covers ...' over
    the table: what the plan covers, told (it was read as the theme over every action)."""
    blocks: list[tuple[str, object]] = [
        ("h0", "Safeguarding Adults Review 'Adult H': Single Agency Action Plan"),
        ("p", "Recommendation 3 of the review is addressed to the Integrated Care Board; this "
              "plan covers the recommendations made to the local authority (1, 2 and 4)."),
        ("table", [
            ["Ref", "Action", "Lead(s)", "Target date", "Status"],
            ["TSAB Recommendation 1 – Self-neglect: Partners should apply the guidance."],
            ["1a", "Audit 20 self-neglect cases.", "Principal Social Worker", "30/06/2025",
             "Complete"],
            ["TSAB Recommendation 2 – Mental capacity: assessments should be specific."],
            ["2a", "Update the assessment form.", "Head of Safeguarding", "31/08/2025",
             "On track"],
        ]),
    ]  # fmt: skip
    plan = import_table(str(_word(tmp_path / "sar.docx", blocks)))
    assert [u[0][:20] for u in _under(plan)] == ["TSAB Recommendation ", "TSAB Recommendation "]
