"""Issue 18, session 33: readings left from session 32 (an ICO plan's labelled blocks) and
what heldout651 on showed at first sight."""

from __future__ import annotations

from pathlib import Path

from ofsted_plan.importing.importer import import_table
from ofsted_plan.importing.people import split_people
from ofsted_plan.importing.person_kinds import kind_of
from ofsted_plan.importing.titles import best_title, only_bodies

from .test_import_four_hundred_twenty_first_set import _book
from .test_import_three_hundred_ninety_third_set import _csv


def test_a_ref_line_with_labels_over_a_record_gives_its_ref(tmp_path: Path) -> None:
    """'Ref A4 | Priority: High' over 'Recommendation: ...', 'Agreed action: ...' (an ICO
    audit plan saved as text): A4 is the action's ref and High its priority, not a heading
    kept beside every action."""
    lines = [
        "Dales Authority – ICO Data Protection Audit: Management Action Plan",
        "",
        "Ref A4 | Priority: High",
        "Recommendation: Formally appoint a Data Protection Officer.",
        "Agreed action: Designate the Information Governance Officer as DPO.",
        "Owner: Director of Corporate Services",
        "Target date: 31/03/2024",
        "Status: Complete",
        "",
        "Ref A9 | Priority: Medium",
        "Recommendation: Maintain a complete Record of Processing Activities.",
        "Agreed action: Complete the information asset registers.",
        "Owner: Information Governance Officer",
        "Target date: 30/06/2024",
        "Status: Delayed",
    ]
    path = tmp_path / "ico.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    plan = import_table(str(path))
    actions = list(plan.actions())
    assert [(a.ref, a.ref_generated) for a in actions] == [("A4", False), ("A9", False)]
    assert [a.extra.get("Priority") for a in actions] == ["High", "Medium"]
    assert not any("Heading" in a.extra for a in actions)
    assert [str(a.end) for a in actions] == ["2024-03", "2024-06"]


def test_a_post_at_an_nhs_body_and_its_place_is_one_lead() -> None:
    """'Deputy Place Lead (Children), NHS GM Trafford' (a SEND priority action plan): the post
    at Greater Manchester's NHS body for Trafford, one officer, as 'MCA Lead, Brighton & Hove
    City Council' is; a post of that body is still a post."""
    assert split_people("Deputy Place Lead (Children), NHS GM Trafford").officers == (
        "Deputy Place Lead (Children), NHS GM Trafford",
    )
    assert kind_of("NHS GM Trafford") == "agency"
    assert kind_of("NHS GM Chief Nurse") != "agency"


def test_a_temporary_post_written_with_its_letter_is_one_lead() -> None:
    """'T/Head of People Services' (a police force's tracker): temporary head of the service,
    one officer, as 'T/Supt Public Protection' is; two people's initials stay two."""
    assert split_people("T/Head of People Services").officers == ("T/Head of People Services",)
    assert split_people("A/Director of Finance; Head of HR").officers == (
        "A/Director of Finance",
        "Head of HR",
    )
    assert split_people("RG/JF").officers == ("RG", "JF")


def test_a_bilingual_body_name_over_the_inspection_it_answers_is_no_title() -> None:
    """'North Wales Safeguarding Board / Bwrdd Diogelu Gogledd Cymru' over 'Joint Inspection
    of Child Protection Arrangements (JICPA) – Denbighshire' over 'Multi-agency improvement
    plan – progress update ...': the board's name in two languages names no plan; the
    inspection's line is the title, its letters no body's."""
    lines = [
        "North Wales Safeguarding Board / Bwrdd Diogelu Gogledd Cymru",
        "Joint Inspection of Child Protection Arrangements (JICPA) – Denbighshire",
        "Multi-agency improvement plan – progress update January 2024",
    ]
    assert best_title(lines) == 1
    assert only_bodies(lines[0])


def test_a_committees_name_over_its_position_line_names_no_plan() -> None:
    """'City and County of Swansea – Scrutiny Inquiry Recommendations: Implementation Tracker'
    over 'Scrutiny Programme Committee – follow-up monitoring, position at 30 September 2025':
    the tracker's line is the title; 'Programme' in the committee's name names no plan."""
    lines = [
        "City and County of Swansea – Scrutiny Inquiry Recommendations: Implementation Tracker",
        "Scrutiny Programme Committee – follow-up monitoring, position at 30 September 2025",
    ]
    assert best_title(lines) == 0


def _word(path: Path, blocks: list[tuple[str, object]]) -> Path:
    """A Word document of ('p', text), ('h1'..'h3', text) and ('table', rows) blocks; a row
    of one text is merged across the table."""
    from docx import Document

    document = Document()
    for kind, value in blocks:
        if kind == "p":
            document.add_paragraph(str(value))
        elif kind.startswith("h"):
            document.add_heading(str(value), int(kind[1:]))
        else:
            rows = value if isinstance(value, list) else []
            width = max(len(r) for r in rows)
            table = document.add_table(rows=len(rows), cols=width)
            for r, cells in enumerate(rows):
                if len(cells) == 1:
                    merged = table.cell(r, 0).merge(table.cell(r, width - 1))
                    merged.text = str(cells[0])
                    continue
                for c, text in enumerate(cells):
                    table.cell(r, c).text = str(text)
    document.save(str(path))
    return path


_AUDIT_HEADER = ["Ref", "Internal auditor’s recommendation", "Action agreed", "Responsible",
                 "Target date", "Status"]  # fmt: skip


def test_the_meeting_line_under_the_title_names_no_part(tmp_path: Path) -> None:
    """'Finance & General Purposes Committee – 15 July 2025 – Agenda item 8' under a town
    council's audit action plan: the meeting the paper goes to, not a heading over the
    table; the control objectives merged across the table are the themes, as the heading
    over the second table (last year's points) is."""
    path = _word(
        tmp_path / "audit.docx",
        [
            ("h1", "Internal Audit Report 2024/25 – Action Plan"),
            ("p", "Finance & General Purposes Committee – 15 July 2025 – Agenda item 8"),
            ("table", [
                _AUDIT_HEADER,
                ["A. Appropriate accounting records have been properly kept throughout the year."],
                ["A1", "Bank reconciliations should be signed by a councillor.",
                 "Nominate a councillor reviewer at each meeting.", "RFO", "Aug 2025", "G"],
                ["B. This authority complied with its financial regulations."],
                ["B1", "Financial Regulations should be updated.", "Adopt the NALC model.",
                 "Town Clerk", "Sept 2025", "A"],
            ]),
            ("h2", "Points outstanding from the 2023/24 internal audit report"),
            ("table", [
                _AUDIT_HEADER,
                ["23/24-1", "The asset register should be reconciled to the insurance schedule.",
                 "Complete a physical check of all assets.", "Deputy Town Clerk", "Sept 2025",
                 "A"],
            ]),
        ],
    )  # fmt: skip
    plan = import_table(str(path))
    assert [t.title[:6] for t in plan.themes] == ["A. App", "B. Thi", "Points"]
    assert "Finance & General Purposes Committee – 15 July 2025 – Agenda item 8" not in [
        t.title for t in plan.themes
    ]
    assert not any("Heading" in a.extra for a in plan.actions())


def test_an_introduction_heading_over_the_papers_prose_is_no_theme(tmp_path: Path) -> None:
    """'INTRODUCTION' and its prose, a definitions table, then 'PRIORITY CONCERNS' over the
    first plan table and 'KEY CONCERNS' over the second (HMPPS's response to an HMIP report):
    the two concern headings are the themes, the introduction none."""
    header = ["Ref", "Concern (report para)", "Action Taken / Planned", "Responsible Owner",
              "Target Date", "RAG"]  # fmt: skip
    path = _word(
        tmp_path / "prison.docx",
        [
            ("p", "Action Plan: HMP Ranby"),
            ("p", "INTRODUCTION"),
            ("p", "HM Inspectorate of Prisons is an independent inspectorate which reports on "
                  "the conditions for those in prison."),
            ("table", [["Term", "Definition"], ["Agreed", "All of the concern is agreed with."]]),
            ("p", "PRIORITY CONCERNS"),
            ("table", [header, ["1.1", "Illicit drugs were readily available. (para 1.12)",
                                "Publish a refreshed drug strategy.", "Head of Security",
                                "31/03/2025", "Green"]]),
            ("p", "KEY CONCERNS"),
            ("table", [header, ["2.1", "Too many prisoners were released homeless. (para 1.40)",
                                "Agree a referral pathway with housing teams.",
                                "Head of Resettlement", "30/06/2025", "Amber"]]),
        ],
    )  # fmt: skip
    plan = import_table(str(path))
    assert [t.title for t in plan.themes] == ["PRIORITY CONCERNS", "KEY CONCERNS"]


def test_an_area_for_improvement_with_its_regulation_gives_way_to_its_words(
    tmp_path: Path,
) -> None:
    """'Area for improvement 1 – Regulation 13 (d) Schedule 3' as a heading, the area's words
    under it, then its table (an RQIA quality improvement plan): the words are the level
    the actions answer, the label and its regulation name none."""
    header = ["No.", "Action", "Responsible person", "Target date", "RAG"]
    path = _word(
        tmp_path / "qip.docx",
        [
            ("h0", "Connected Health Ltd – Quality Improvement Plan"),
            ("h1", "Action required to ensure compliance with the Regulations"),
            ("h3", "Area for improvement 1 – Regulation 13 (d) Schedule 3"),
            ("p", "The registered person shall ensure that all pre-employment checks are "
                  "completed and recorded."),
            ("table", [header, ["1.1", "Introduce a pre-employment checklist.",
                                "Registered Manager", "30/05/2025", "Green"]]),
            ("h1", "Action required to ensure compliance with the Minimum Standards"),
            ("h3", "Area for improvement 2 – Standard 5.2"),
            ("p", "The registered person shall ensure that care plans are reviewed annually."),
            ("table", [header, ["2.1", "Draw up a care review schedule.",
                                "Care Coordinators", "30/09/2025", "Amber"]]),
        ],
    )  # fmt: skip
    plan = import_table(str(path))
    assert [t.title for t in plan.themes] == [
        "Action required to ensure compliance with the Regulations",
        "Action required to ensure compliance with the Minimum Standards",
    ]
    recommendations = [r.text[:40] for t in plan.themes for r in t.recommendations]
    assert recommendations == [
        "The registered person shall ensure that ",
        "The registered person shall ensure that ",
    ]


def test_an_intended_impact_row_under_the_area_is_said_of_it(tmp_path: Path) -> None:
    """'Area for improvement' | its words and 'Intended impact' | the aim, each merged across
    above the table's header (a college's post-inspection plan): the area is the level, the
    impact is said of it (a note), not a second level refused as ambiguous."""
    area = ("Leaders and managers should ensure that tutors check learners’ understanding "
            "and use this to plan learning.")  # fmt: skip
    impact = "Adult learners make consistently strong progress from their starting points."
    path = _word(
        tmp_path / "college.docx",
        [
            ("h2", "Priority 1 – Adult learning programmes"),
            ("table", [
                ["Area for improvement", area, area, area, area],
                ["Intended impact", impact, impact, impact, impact],
                ["Ref", "Action", "Lead", "By when", "RAG"],
                ["1.1", "Train all adult learning tutors in questioning.",
                 "Head of Adult Learning", "May 2025", "Green"],
                ["1.2", "Introduce diagnostic assessment reviews at week 4.",
                 "Head of Quality", "31/07/2025", "Amber"],
            ]),
        ],
    )  # fmt: skip
    plan = import_table(str(path))
    assert [r.text for t in plan.themes for r in t.recommendations] == [area]
    assert any(impact in note for note in plan.notes)


def test_an_objective_column_over_the_theme_column_is_the_outer_level(tmp_path: Path) -> None:
    """'Well-being Objective' | 'Theme' on every row of a performance system's export (a
    Welsh council's corporate strategy tracker): each objective holds whole themes, so the
    objective is the theme and the column titled 'Theme' the level under it."""
    start = "1. Start Well – Enabling our children to have the best start in life"
    live = "2. Live and Age Well – Enabling our residents to live and age well"
    lines = [
        "County Council – Corporate Strategy: Well-being Objectives Delivery Tracker 2024/25",
        "",
        "Well-being Objective\tTheme\tAction ID\tAction\tResponsible Officer\tDue Date\tStatus",
        f"{start}\tEarly years\tSW-01\tExtend funded childcare.\tHead of Early Years\t"
        "31/03/2025\tOn track",
        f"{start}\tEducation and skills\tSW-02\tReview school transport.\tJenkins, Rhian\t"
        "30/11/2024\tComplete",
        f"{start}\tEducation and skills\tSW-03\tStart the new school at Pembrey.\t"
        "Head of Education Capital\tMar 2025\tAt risk",
        f"{live}\tIndependent living\tLW-01\tIncrease telecare use.\t"
        "Managing Director, Delta Wellbeing\t31/03/2025\tOn track",
        f"{live}\tCarers\tLW-02\tLaunch the carers' hub.\tHead of Commissioning\tQ4 2024/25\t"
        "Off track",
    ]
    path = tmp_path / "tracker.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    plan = import_table(str(path))
    assert [t.title for t in plan.themes] == [start, live]
    assert [[r.text for r in t.recommendations] for t in plan.themes] == [
        ["Early years", "Education and skills"],
        ["Independent living", "Carers"],
    ]


def test_a_finding_one_for_one_beside_the_improvement_needed_is_kept_aside(
    tmp_path: Path,
) -> None:
    """HIW's 'Risk/finding/issue' beside 'Improvement needed', one finding a row and no
    heading rows in the table (a GP practice's Appendix C): each row's finding is kept with
    its action, the improvement needed the level it answers, not a theme per finding."""
    header = ["Risk/finding/issue", "Improvement needed", "Standard / Regulation",
              "Service action", "Responsible officer", "Timescale"]  # fmt: skip
    rows: list[list[str]] = [header]
    for n, (finding, needed) in enumerate(
        [("The safeguarding policy did not name the current safeguarding leads.",
          "The practice must review and update its safeguarding policy."),
         ("Four clinical staff had not completed level 3 safeguarding training.",
          "The practice must ensure all clinical staff complete safeguarding training."),
         ("Two items in the emergency bag had passed their expiry date last month.",
          "The practice must implement a robust system for checking emergency drugs.")],
        start=1,
    ):  # fmt: skip
        standard = "Health and Care Quality Standards 2023 – Safe"
        rows.append([finding, needed, standard, f"Action {n}.", "Practice Manager", "June 2025"])
    path = _word(
        tmp_path / "hiw.docx",
        [("h1", "Practice – HIW Inspection: Improvement Plan"),
         ("h2", "Appendix C – Improvement plan"),
         ("table", rows)],
    )  # fmt: skip
    plan = import_table(str(path))
    assert [r.text[:20] for t in plan.themes for r in t.recommendations] == [
        "The practice must re",
        "The practice must en",
        "The practice must im",
    ]
    assert all(a.extra.get("Risk/finding/issue") for a in plan.actions())


def test_an_outcome_numbered_under_its_priority_is_the_level_under_it(tmp_path: Path) -> None:
    """'Council Priority' of '1. A prosperous economy', 'Outcome' of '1.1 A vibrant ...'
    written where its run starts, actions '1.1.1' (a Welsh council plan's tracker): the
    outline of the plan, the priority the theme and the outcome the level under it, no
    action's measure."""
    header = "Council Priority,Outcome,Ref,Action,Responsible Officer,Due Date,Q2 RAG"
    lines = [
        "Borough Council – Council Plan Delivery Tracker 2025/26",
        "",
        header,
        "1. A prosperous economy,1.1 A vibrant city centre,1.1.1,Open the museum,"
        "Chief Officer,31/03/2026,Amber",
        ",,1.1.2,Deliver the gateway masterplan,Head of Economy,Dec-25,Red",
        ",1.2 People have the skills for good jobs,1.2.1,Expand the employment programme,"
        "Employability Manager,Q4 2025/26,Green",
        "2. A healthy Wrexham,2.1 Children are safe at home,2.1.1,Reduce children looked after,"
        "Head of Children's Social Care,Ongoing,Green",
    ]
    path = tmp_path / "tracker.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    plan = import_table(str(path))
    assert [t.title for t in plan.themes] == ["1. A prosperous economy", "2. A healthy Wrexham"]
    assert [[r.text[:3] for r in t.recommendations] for t in plan.themes] == [
        ["1.1", "1.2"],
        ["2.1"],
    ]
    assert not any(a.measure for a in plan.actions())


def test_a_post_for_its_fields_and_a_post_with_its_area_then_another() -> None:
    """'Interim Director for Digital & IT Services' (a register): one director of both
    fields, as 'Director of ...' is; 'Senior Manager, Safeguarding and Quality Assurance &
    Regional Safeguarding Board Business Manager' (a JICPA plan): a post with its area, then
    a second post."""
    assert split_people("Interim Director for Digital & IT Services").officers == (
        "Interim Director for Digital & IT Services",
    )
    assert split_people(
        "Senior Manager, Safeguarding and Quality Assurance & Regional Safeguarding Board "
        "Business Manager"
    ).officers == (
        "Senior Manager, Safeguarding and Quality Assurance",
        "Regional Safeguarding Board Business Manager",
    )
    assert split_people("Head of Finance & Director for Digital").officers == (
        "Head of Finance",
        "Director for Digital",
    )


def test_who_approved_the_plan_under_its_key_is_a_sign_off(tmp_path: Path) -> None:
    """'Action plan approved by:' | 'Director of Acute Services' and 'Date:' | ... under the
    RAG key of an HIS improvement action plan, and 'Inspection:' among the facts above the
    header: a sign-off and a fact, not an action after the key nor a level over the plan."""
    rows: list[list[object]] = [
        ["Improvement Action Plan"],
        ["NHS board:", "NHS Ayrshire & Arran"],
        ["Service:", "Diagnostic Imaging Department"],
        ["Inspection:", "Ionising Radiation (Medical Exposure) Regulations 2017 – inspection"],
        ["Date of inspection:", "10 and 11 September 2024"],
        [],
        ["Action reference", "Action planned", "Timescale to meet action",
         "Responsibility for taking action", "RAG"],
        ["Domain 5 – Leadership and governance"],
        ["Requirement 1: The board must ensure that the employer’s procedures are reviewed."],
        ["1.1", "Review and update Employer’s Procedure EP01.", "31 January 2025",
         "Lead Superintendent Radiographer", "G"],
        ["1.2", "Issue letters of entitlement to all referrers.", "28 February 2025",
         "RIS/PACS Manager", "A"],
        ["Domain 6 – Policies, procedures and protocols"],
        ["Recommendation a: The board should ensure that the pregnancy enquiry procedure is "
         "inclusive."],
        ["a.1", "Update the pregnancy enquiry procedure.", "31 March 2025",
         "Lead Superintendent Radiographer", "B"],
        [],
        ["RAG key"],
        ["B", "Action complete"],
        ["G", "On track to meet timescale"],
        [],
        ["Action plan approved by:", "Director of Acute Services"],
        ["Date:", "17 March 2025"],
    ]  # fmt: skip
    merges = ["Plan!A1:E1", "Plan!A8:E8", "Plan!A9:E9", "Plan!A12:E12", "Plan!A13:E13"]
    merges += [f"Plan!B{n}:E{n}" for n in range(2, 6)]
    path = _book(tmp_path / "his.xlsx", {"Plan": rows}, merges=merges)
    plan = import_table(str(path))
    assert [t.title for t in plan.themes] == [
        "Domain 5 – Leadership and governance",
        "Domain 6 – Policies, procedures and protocols",
    ]
    assert [r.text[:14] for t in plan.themes for r in t.recommendations] == [
        "Requirement 1:",
        "Recommendation",
    ]
    assert len(list(plan.actions())) == 3


def test_the_covers_name_of_the_plan_over_the_sheets_line_of_what_it_holds(
    tmp_path: Path,
) -> None:
    """The cover's 'Ambulance Service NHS Trust – Board Assurance Framework 2025/26' and the
    detail sheet's 'Board Assurance Framework 2025/26 – gaps in control and assurance, and
    actions to close them (Q2 position)': the cover names the plan; the sheet's line opens
    with that name and says what the sheet holds of it."""
    header: list[object] = ["Ref", "Action to close the gap", "Action owner", "Target date",
                            "Status"]  # fmt: skip
    path = _book(
        tmp_path / "baf.xlsx",
        {
            "Cover": [
                ["Ambulance Service NHS Trust – Board Assurance Framework 2025/26"],
                [],
                ["Position at:", "30 September 2025 (Quarter 2)"],
            ],
            "BAF detail": [
                ["Board Assurance Framework 2025/26 – gaps in control and assurance, and actions "
                 "to close them (Q2 position)"],
                [],
                header,
                ["SR1.1", "Agree a handover standard with each acute trust.",
                 "Director of Operations", "Dec-25", "Green"],
                ["SR1.2", "Roll out the liaison officer rota.", "Director of Operations",
                 "Mar-26", "Amber"],
            ],
        },
    )  # fmt: skip
    plan = import_table(str(path))
    assert plan.title == "Ambulance Service NHS Trust – Board Assurance Framework 2025/26"


def test_a_box_of_decisions_under_the_milestones_holds_no_action(tmp_path: Path) -> None:
    """'Decisions required from Programme Board' alone on its line after the milestones and
    their summary, then 'D1 | Approve the use of programme contingency ...' (a programme
    highlight report saved as text): what the board is asked, kept as notes, no action."""
    header = "Ref\tMilestone / action\tOwner\tForecast date\tRAG"
    lines = [
        "Small Vessel Replacement Programme – Programme Highlight Report",
        "",
        "RAG key: G = on track; A = at risk; R = outside tolerance; C = complete",
        "",
        "Workstream 1: Vessel procurement",
        header,
        "1.1\tSign the shipbuilding contract\tDirector of Vessels\tJul-25\tC",
        "1.2\tApprove the lead vessel's design\tProject Director\tDec-25\tG",
        "1.3\tAppoint the owner's site team\tProject Director\tNov-25\tA",
        "",
        "Decisions required from Programme Board",
        "D1\tApprove the use of programme contingency to fund early grid connection works.",
        "",
        "Next report: 8 October 2025",
    ]
    path = tmp_path / "highlight.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    plan = import_table(str(path))
    assert [a.ref for a in plan.actions()] == ["1.1", "1.2", "1.3"]
    assert any("Approve the use of programme contingency" in note for note in plan.notes)


def test_a_planner_label_naming_its_colour_and_rag_is_the_rag(tmp_path: Path) -> None:
    """Planner's 'Labels' of 'Green RAG', 'Red RAG' beside 'Progress' of Completed and In
    progress (a town council's governance plan): the colour from the label, complete from
    the progress, as with a label of 'Green' alone."""
    rows = [
        ["Task Name", "Bucket Name", "Progress", "Assigned To", "Due date", "Labels"],
        ["Adopt updated Financial Regulations", "Internal audit", "Completed", "Town Clerk",
         "31/07/2025", ""],
        ["Reconcile the fixed asset register", "Internal audit", "In progress", "RFO",
         "30/11/2025", "Green RAG"],
        ["Publish all payments over £500", "Internal audit", "In progress", "RFO",
         "30/06/2025", "Red RAG"],
        ["Review Standing Orders", "Policies", "In progress", "Town Clerk", "30/11/2025",
         "Amber RAG"],
    ]  # fmt: skip
    plan = import_table(_csv(tmp_path / "planner.csv", rows))
    assert [a.status.value for a in plan.actions()] == ["blue", "green", "red", "amber"]


def test_when_a_notice_was_served_names_no_part(tmp_path: Path) -> None:
    """'Served 12 March 2024. Compliance date 30 September 2024, ...' between an HSE notice's
    heading and its table, whose first row merged across gives what the notice requires: the
    dates are said of the notice, the requirement is the level the actions answer."""
    header = ["No.", "Corrective action", "Action owner", "Target date", "Status"]
    blocks: list[tuple[str, object]] = [("h1", "HSE Improvement Notices – Corrective Action Plan")]
    for n, (notice, needs) in enumerate(
        [("Control of public reported escapes", "Ensure that gas escapes reported by the "
          "public are attended and made safe within 12 hours."),
         ("Maintenance of pressure reduction installations", "Ensure that every pressure "
          "reduction installation is maintained to the written scheme.")],
        start=1,
    ):  # fmt: skip
        blocks += [
            ("h3", f"Improvement Notice {n} – {notice}"),
            ("p", f"Served 12 March 2024. Compliance date 30 September 2024 (notice {n})."),
            ("table", [header, [needs], [f"{n}.1", "Review and reissue the procedure.",
                                         "Head of Emergency Services", "30/06/2024",
                                         "Complete"]]),
        ]  # fmt: skip
    plan = import_table(str(_word(tmp_path / "hse.docx", blocks)))
    assert [r.text[:12] for t in plan.themes for r in t.recommendations] == [
        "Ensure that ",
        "Ensure that ",
    ]
    assert not any(r.text.startswith("Served") for t in plan.themes for r in t.recommendations)


def test_sheets_each_restating_their_name_over_bands_are_the_themes(tmp_path: Path) -> None:
    """A quality account tracker with a sheet per domain, each sheet's first line its own
    name ('Patient safety') over 'Priority 1: ...' bands and a 'Measure of success: ...' line
    under each band: the domains are the themes, the priorities the level under them, the
    measure said of its priority."""
    header: list[object] = ["Ref", "Milestone", "Lead", "Target date", "Current RAG (Q3)"]
    sheets: dict[str, list[list[object]]] = {
        "Cover": [["Hospitals NHS Foundation Trust"],
                  ["Quality Account 2024/25 – Quality Priorities Progress Tracker"]],
        "Summary": [["Summary of Q3 position by priority"], [],
                    ["Domain", "Priority", "Milestones", "B", "G", "A", "R"],
                    ["Patient safety", "Priority 1", 2, 0, 1, 1, 0],
                    ["Clinical effectiveness", "Priority 2", 2, 0, 1, 1, 0],
                    ["Total", "", 4, 0, 2, 2, 0]],
    }  # fmt: skip
    for n, (domain, priority) in enumerate(
        [("Patient safety", "Priority 1: Reduce harm from inpatient falls"),
         ("Clinical effectiveness", "Priority 2: Reduce avoidable deaths from sepsis")],
        start=1,
    ):  # fmt: skip
        sheets[domain] = [
            [domain],
            [],
            header,
            [priority],
            ["Measure of success: a 10% reduction against the 2023/24 baseline."],
            [f"{n}.1", f"Implement the {domain.lower()} bundle on 12 wards.",
             "Deputy Chief Nurse", "Mar-25", "G"],
            [f"{n}.2", f"Introduce {domain.lower()} huddles within 24 hours.", "Matron",
             "Feb-25", "A"],
        ]  # fmt: skip
    merges = [f"{d}!A{r}:E{r}" for d in list(sheets)[2:] for r in (1, 4, 5)]
    plan = import_table(str(_book(tmp_path / "qa.xlsx", sheets, merges=merges)))
    assert [t.title for t in plan.themes] == ["Patient safety", "Clinical effectiveness"]
    assert [r.text[:10] for t in plan.themes for r in t.recommendations] == [
        "Priority 1",
        "Priority 2",
    ]


def test_a_recommendation_lettered_beside_its_words_is_a_level(tmp_path: Path) -> None:
    """'Recommendation a' | its words merged across (Healthcare Improvement Scotland's
    template, beside 'Requirement 1' | its words): the level the actions a.1, a.2 answer,
    not an action numbered 'Recommendation a'."""
    rows: list[list[object]] = [
        ["Reference number", "Action planned", "Timescale to meet action",
         "Responsibility for taking action", "Status"],
        ["Domain 2 – Leadership and culture"],
        ["Requirement 1", "The provider must ensure that all staff complete mandatory training."],
        ["1.1", "Add a training compliance report to the monthly SMT.", "31 October 2024",
         "Director of Clinical Services", "Complete"],
        ["Recommendation a", "The service should develop a formal process for staff feedback."],
        ["a.1", "Introduce a quarterly staff forum.", "January 2025", "Hospital Director",
         "On track"],
        ["a.2", "Publish the forum's notes on the staff intranet.", "March 2025",
         "Hospital Director", "On track"],
    ]  # fmt: skip
    merges = ["Plan!A2:E2", "Plan!B3:E3", "Plan!B5:E5"]
    plan = import_table(str(_book(tmp_path / "his.xlsx", {"Plan": rows}, merges=merges)))
    assert [a.ref for a in plan.actions()] == ["1.1", "a.1", "a.2"]
    assert [r.text[:16] for t in plan.themes for r in t.recommendations] == [
        "The provider mus",
        "The service shou",
    ]


def test_the_covers_plan_over_the_sheets_line_saying_what_it_answers(tmp_path: Path) -> None:
    """The cover's 'Action Plan: HMP Lincoln' and the plan sheet's 'Action Plan: HMP Lincoln
    – Response to the HMI Prisons Inspection of 4–14 March 2024': the cover names the plan,
    the sheet's line adds what it answers."""
    header: list[object] = ["Action No.", "Action", "Action Owner", "Target Date", "RAG"]
    path = _book(
        tmp_path / "prison.xlsx",
        {
            "Cover": [["Action Plan: HMP Lincoln"], [],
                      ["A Response to the HMI Prisons Inspection: 4 – 14 March 2024"]],
            "Action Plan": [
                ["Action Plan: HMP Lincoln – Response to the HMI Prisons Inspection of 4–14 "
                 "March 2024"],
                [],
                header,
                ["1.1", "Publish a refreshed drug strategy.", "Head of Security", "Mar-25", "G"],
                ["1.2", "Use the body scanner on all new arrivals.", "Head of Security",
                 "Jan-25", "A"],
            ],
        },
    )  # fmt: skip
    plan = import_table(str(path))
    assert plan.title == "Action Plan: HMP Lincoln"


def test_an_asana_export_reads_the_task_name_not_the_project(tmp_path: Path) -> None:
    """Asana's export: 'Name' of each task (a sentence), 'Notes' beside it, 'Projects' of the
    project's one name on every row, 'Recommendation ref' of SG-01: the names are the
    actions, the project no action, the recommendation ref the ref."""
    rows = [
        ["Task ID", "Name", "Section/Column", "Assignee", "Due Date", "Notes", "Projects",
         "Recommendation ref", "RAG"],
        ["1208831520194401", "Update the safeguarding policy and obtain Board approval.",
         "Safeguarding (IA 01)", "Hannah Okafor", "2025-03-31",
         "Policy approved by the Board of Trustees on 18 March.", "Internal Audit Actions",
         "SG-01", "Blue"],
        ["1208831520194402", "Introduce annual refresher safeguarding training for staff.",
         "Safeguarding (IA 01)", "Hannah Okafor", "2025-09-30",
         "Completion 71% at 31 August; reminders sent.", "Internal Audit Actions", "SG-02",
         "Amber"],
        ["1208831520196611", "Complete the Record of Processing Activities for all systems.",
         "Supporter Data (IA 03)", "Amira Haddad", "2025-06-30",
         "Two systems outstanding; dependent on the CRM.", "Internal Audit Actions", "DP-01",
         "Red"],
    ]  # fmt: skip
    plan = import_table(_csv(tmp_path / "asana.csv", rows))
    actions = list(plan.actions())
    assert [a.ref for a in actions] == ["SG-01", "SG-02", "DP-01"]
    assert [a.action[:12] for a in actions] == ["Update the s", "Introduce an", "Complete the"]


def test_a_risks_facts_block_above_its_actions_names_no_part(tmp_path: Path) -> None:
    """A board assurance framework, a sheet per risk: its band, then 'Strategic objective |
    ...', 'Risk owner | ...', 'Lead committee | ...', 'Risk score (L x C) | Initial: 16 |
    Q2: 12', blank rows among them, then the header over its actions: the facts of the risk,
    notes; the actions stand under the risk alone (it was refused as two levels alike)."""
    header: list[object] = ["Ref", "Action to address gap", "Action owner", "Due date", "Q2 RAG"]
    sheets: dict[str, list[list[object]]] = {}
    for n, (risk, objective, committee) in enumerate(
        [("BAF 1 – Urgent care: risk that demand exceeds capacity", "Improve access to "
          "urgent care", "System Quality Committee"),
         ("BAF 2 – Primary care resilience: risk that access does not recover", "Strengthen "
          "primary care", "Primary Care and Direct Commissioning Committee")],
        start=1,
    ):  # fmt: skip
        sheets[f"BAF {n}"] = [
            [risk],
            [],
            ["Strategic objective", objective],
            ["Risk owner", "Chief Delivery Officer"],
            ["Lead committee", committee],
            ["Risk score (L x C)", "Initial: 16", "Q1: 12", "Q2: 12"],
            [],
            ["Key controls", "System coordination centre; weekly escalation calls"],
            [],
            header,
            [f"{n}.1", f"Extend the urgent response service ({n}).", "Director of Integration",
             "30/09/2025", "G"],
            [f"{n}.2", f"Agree a single point of access ({n}).", "Associate Director",
             "31/12/2025", "A"],
        ]  # fmt: skip
    merges = [f"BAF {n}!B{r}:E{r}" for n in (1, 2) for r in (3, 4, 5, 8)]
    plan = import_table(str(_book(tmp_path / "baf.xlsx", sheets, merges=merges)))
    assert [t.title[:5] for t in plan.themes] == ["BAF 1", "BAF 2"]
    assert [r.text for t in plan.themes for r in t.recommendations] == ["", ""]
    assert len(list(plan.actions())) == 4


def test_a_control_objective_beside_the_auditors_recommendation_is_the_theme(
    tmp_path: Path,
) -> None:
    """'Control objective' | "Internal auditor's recommendation" (a town council's audit
    action plan), both about the recommendation by their words: the objective, on the left,
    is the theme over the recommendation, not both kept aside."""
    rows = [
        ["Ref", "Control objective", "Internal auditor’s recommendation", "Action to be taken",
         "Responsibility", "Target date", "Status"],
        ["1", "A. Books of account", "The cashbook should be reconciled monthly.",
         "Present bank reconciliations to each committee.", "Town Clerk", "31/07/2025", "Green"],
        ["2", "B. Financial regulations", "The Council should adopt the NALC model.",
         "Adopt updated Financial Regulations.", "Town Clerk", "Sept 2025", "Complete"],
        ["3", "C. Risk management", "The risk register should be approved by Council.",
         "Review the risk register.", "Finance Committee", "October 2025", "Amber"],
    ]  # fmt: skip
    plan = import_table(_csv(tmp_path / "audit.csv", rows))
    assert [t.title for t in plan.themes] == [
        "A. Books of account",
        "B. Financial regulations",
        "C. Risk management",
    ]
    assert [r.text[:14] for t in plan.themes for r in t.recommendations] == [
        "The cashbook s",
        "The Council sh",
        "The risk regis",
    ]


def test_a_sheet_named_by_the_range_of_its_parts_names_no_part(tmp_path: Path) -> None:
    """Sheets 'Objectives 1-3' and 'Objectives 4-6', each with the council's shared title
    lines over 'Objective 1 – ...' bands (a Welsh council plan's tracker): the sheet says
    which objectives it holds; the objectives are the parts, not under the sheet's name."""
    header: list[object] = ["Ref", "What we will do in 2024/25", "Lead officer", "Target date",
                            "Q3 RAG"]  # fmt: skip
    sheets: dict[str, list[list[object]]] = {}
    for first in (1, 4):
        rows: list[list[object]] = [
            ["Isle of Anglesey County Council / Cyngor Sir Ynys Môn"],
            ["Council Plan 2023-2028 – Annual Delivery Document 2024/25"],
            [],
            header,
        ]
        for n in (first, first + 1):
            rows.append([f"Objective {n} – Objective number {n} in words"])
            rows.append([f"O{n}.1", f"Deliver the first action of objective {n}.",
                         "Head of Service", "Mar-25", "G"])  # fmt: skip
        sheets[f"Objectives {first}-{first + 2}"] = rows
    plan = import_table(str(_book(tmp_path / "plan.xlsx", sheets)))
    assert [t.title[:11] for t in plan.themes] == [
        "Objective 1",
        "Objective 2",
        "Objective 4",
        "Objective 5",
    ]


def test_a_responsible_head_of_service_column_is_the_lead(tmp_path: Path) -> None:
    """'Responsible Head of Service' (a Welsh council's corporate plan tracker): the post
    answering for each commitment, the lead, not a column kept aside with every action
    unled."""
    rows = [
        ["Ref", "Commitment", "Responsible Head of Service", "Due", "Q2 status"],
        ["E1", "Deliver the Mid Wales Growth Deal business cases", "Head of Economy and Digital",
         "Mar-25", "Green"],
        ["E2", "Open the Newtown business hub", "Head of Property", "September 2024", "Blue"],
        ["L1", "Implement the Strategy for Transforming Education", "Director of Education",
         "Q4 2024/25", "Amber"],
    ]  # fmt: skip
    plan = import_table(_csv(tmp_path / "tracker.csv", rows))
    assert [a.lead for a in plan.actions()] == [
        ("Head of Economy and Digital",),
        ("Head of Property",),
        ("Director of Education",),
    ]
