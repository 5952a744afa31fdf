"""Issue 18, what heldout471-474 (added unmended) and the sets from heldout475 on showed."""

from __future__ import annotations

from pathlib import Path

from ofsted_plan.importing.importer import import_table
from ofsted_plan.model import Status

from .test_import_four_hundred_forty_seventh_set import _headings
from .test_import_four_hundred_twenty_first_set import _book
from .test_import_three_hundred_ninety_third_set import _csv, _text

TRACKER = ["Ref", "Recommendation", "Agreed action", "Action owner", "Target date", "RAG"]


def _tracker(leads: list[str]) -> list[list[str]]:
    return [[f"R{n}", f"Controls over area {n} should be strengthened.", f"Strengthen area {n}.",
             lead, "31/03/2026", "G"] for n, lead in enumerate(leads, 1)]  # fmt: skip


def test_the_meeting_and_the_day_the_figures_stand_at_are_no_title(tmp_path: Path) -> None:
    """'Position at 31 October 2025 – Audit and Risk Committee, 20 November 2025' under the
    body's tracker: the paper's date line, not its name (it was taken for the title)."""
    for second in (
        "Position at 31 October 2025 – Audit and Risk Committee, 20 November 2025",
        "Audit and Corporate Services Review Committee, 10 September 2025 – position at 31 "
        "August 2025",
    ):
        path = _csv(tmp_path / "follow-up.csv", [
            ["NHS Ayrshire & Arran – Internal Audit Recommendations Follow-up"], [second], [],
            TRACKER, *_tracker(["Head of Payroll"] * 3)])  # fmt: skip
        plan = import_table(path)
        assert plan.title == "NHS Ayrshire & Arran – Internal Audit Recommendations Follow-up"
        assert second in plan.notes


def test_people_and_posts_joined_by_and(tmp_path: Path) -> None:
    """'Sarah Whitlock and Dean Marsh' (Dean a forename) and 'HR Manager and Health & Safety
    Manager' are two leads each (each was kept as one); 'Head of Payroll and HR Operations'
    and 'Housing Regeneration & Strategy Manager' are one post each (each was split in
    two)."""
    leads = ["Sarah Whitlock and Dean Marsh", "HR Manager and Health & Safety Manager",
             "Head of Payroll and HR Operations",
             "Housing Regeneration & Strategy Manager"]  # fmt: skip
    plan = import_table(_csv(tmp_path / "leads.csv", [TRACKER, *_tracker(leads)]))
    assert [list(a.lead) for a in plan.actions()] == [
        ["Sarah Whitlock", "Dean Marsh"],
        ["HR Manager", "Health & Safety Manager"],
        ["Head of Payroll and HR Operations"],
        ["Housing Regeneration & Strategy Manager"],
    ]


def test_a_ward_or_area_column_is_where_the_action_is_done(tmp_path: Path) -> None:
    """'Ward / area' beside each action under the sheet's domain heading: a place, kept as
    another column ('area' alone names a theme; the wards were read as recommendations)."""
    header: list[object] = ["Ref", "Ward / area", "Action", "Lead", "Target date", "BRAG"]
    rows: list[list[object]] = [
            [f"C{n}", ward, f"Deep clean {n}.", "Domestic Services Manager", "31/03/2025", "G"]
            for n, ward in enumerate(["Wards A11 and A12", "Emergency Department",
                                      "All inpatient wards"], 1)]  # fmt: skip
    sheets: dict[str, list[list[object]]] = {
        "Cleanliness": [["Domain 1: Cleanliness"], [], header, *rows],
        "Food": [["Domain 2: Food and Hydration"], [], header,
                 *[[f"F{n}", *r[1:]] for n, r in enumerate(rows, 1)]],
    }  # fmt: skip
    plan = import_table(_book(tmp_path / "place.xlsx", sheets))
    assert [h for h in _headings(plan)] == [["Domain 1: Cleanliness"]] * 3 + [
        ["Domain 2: Food and Hydration"]
    ] * 3
    assert next(plan.actions()).extra["Ward / area"] == "Wards A11 and A12"


def test_a_sheet_caption_naming_its_sheet_is_its_theme_as_the_others_are(
    tmp_path: Path,
) -> None:
    """'Poverty' over the sheet 'Poverty', 'Affordable and Accessible Housing' over the sheet
    'Housing', each over its bands: each sheet's heading is its theme (the first was kept as
    a note, its actions under their bands alone)."""
    header: list[object] = ["Ref", "Action", "Lead Officer", "Target Date", "Q2 RAG"]
    title: list[object] = [
        "Flintshire County Council – Council Plan 2023-28: Delivery Plan 2025/26"
    ]
    sheets: dict[str, list[list[object]]] = {
        "Poverty": [title, [], ["Poverty"], header, ["Income Poverty"],
                    ["1.1.1", "Maximise take-up of benefits.", "Benefits Manager", "Mar 2026",
                     "Green"], ["Food Poverty"],
                    ["1.2.1", "Expand the food hubs.", "Chief Officer", "Dec 2025", "Amber"]],
        "Housing": [title, [], ["Affordable and Accessible Housing"], header,
                    ["Council Housing"],
                    ["2.1.1", "Complete the stock survey.", "Service Manager", "Jun 2026",
                     "Green"]],
    }  # fmt: skip
    merges = ["Poverty!A3:E3", "Poverty!A5:E5", "Poverty!A7:E7", "Housing!A3:E3", "Housing!A5:E5"]
    plan = import_table(_book(tmp_path / "delivery.xlsx", sheets, merges=merges))
    assert _headings(plan) == [
        ["Poverty", "Income Poverty"],
        ["Poverty", "Food Poverty"],
        ["Affordable and Accessible Housing", "Council Housing"],
    ]


def test_the_covers_name_over_a_sheet_line_with_its_progress_stamp(tmp_path: Path) -> None:
    """The cover's 'Leakage and Per Capita Consumption (PCC) Reporting – Enforcement Case
    Action Plan' over the sheet's 'Leakage and PCC Reporting – ... Action Plan: progress at
    31 December 2024': the cover names the plan (the sheet's line, its ': progress at' not
    read as a moment, was taken)."""
    cover = "Leakage and Per Capita Consumption (PCC) Reporting – Enforcement Case Action Plan"
    sheets: dict[str, list[list[object]]] = {
        "Cover": [["Dŵr Cymru Welsh Water"], [], [cover]],
        "Action Plan": [
            ["Leakage and PCC Reporting – Enforcement Case Action Plan: progress at 31 December "
             "2024"], [], ["Ref", "Action", "Lead", "Due date", "RAG"],
            ["A1", "Establish a steering group.", "Company Secretary", "30/06/2024", "B"],
            ["A2", "Amend the assurance process.", "Company Secretary", "30/09/2024", "G"],
        ],
    }  # fmt: skip
    plan = import_table(_book(tmp_path / "ofwat.xlsx", sheets))
    assert plan.title == cover


def test_forecast_or_actual_is_the_month_in_force_over_the_baseline(tmp_path: Path) -> None:
    """A highlight report's 'Baseline' then 'Forecast / actual': the forecast is the end
    month in force (the baseline was read, the forecast kept as another column)."""
    header = ["Ref", "Milestone", "Owner", "Baseline", "Forecast / actual", "RAG"]
    rows = [["M1", "Complete track laying.", "Programme Manager", "30/06/2025", "25/07/2025",
             "B"], ["M2", "Open the hub.", "Programme Manager", "31/08/2025", "30/11/2025", "A"],
            ["M3", "Energise traction power.", "Head of Metro", "30/09/2025", "31/01/2026",
             "A"]]  # fmt: skip
    plan = import_table(_csv(tmp_path / "highlight.csv", [header, *rows]))
    assert [str(a.end) for a in plan.actions()] == ["2025-07", "2025-11", "2026-01"]


def test_a_status_key_row_after_the_table_defines_its_words(tmp_path: Path) -> None:
    """'Status key' | 'Complete = blue' | 'Open - on track = green' | 'Open - off track = red'
    after the table: the words read as the key says (the plan was refused at the first
    'Open - on track', though its key said what it meant)."""
    header = ["Theme", "Recommendation", "Action Ref", "Action", "Owner", "Deadline", "Status"]
    words = ["Complete", "Open - on track", "Open - off track", "Not started"]
    rows = [["Raising concerns", "Chief fire officers should provide a route.", f"3.{n}",
             f"Deliver step {n}.", "Head of HR", "01/10/2023", word]
            for n, word in enumerate(words, 1)]  # fmt: skip
    key = ["Status key", "Complete = blue", "Open - on track = green", "Open - off track = red",
           "Not started = no rating"]  # fmt: skip
    plan = import_table(_csv(tmp_path / "hmicfrs.csv", [header, *rows, [], key]))
    assert [a.status for a in plan.actions()] == [
        Status.BLUE,
        Status.GREEN,
        Status.RED,
        Status.UNRATED,
    ]


def test_a_priority_column_beside_the_recommendations_tracked(tmp_path: Path) -> None:
    """'Ref | Priority | Recommendation | Responsible Officer | ... | RAG' with no action
    column: the recommendations are what is tracked, each with its RAG (the file was
    refused: no header row found, 'Priority' a second recommendation column)."""
    header = ["Ref", "Priority", "Recommendation", "Responsible Officer",
              "Agreed Implementation Date", "Status", "RAG"]  # fmt: skip
    rows = [[f"2324/0{n}", "Priority 2", f"Management should review control {n}.",
             "Director of Finance", "31/03/2025", "Partially implemented", "A"]
            for n in range(1, 4)]  # fmt: skip
    plan = import_table(_csv(tmp_path / "niao.csv", [header, *rows]))
    assert [a.action for a in plan.actions()] == [
        f"Management should review control {n}." for n in range(1, 4)
    ]
    assert [a.status for a in plan.actions()] == [Status.AMBER] * 3


def test_a_numbered_section_over_the_first_label_and_its_words(tmp_path: Path) -> None:
    """'1. How well do we support people's wellbeing?' over 'Requirement 1' over the
    requirement's words, over the first table, as '2. How good is our leadership?' is over
    a later part: the first section's theme (it was kept as a note)."""
    table = ["Ref\tAction\tLead\tBy when\tRAG", "{0}.1\tDo {0}.\tTeam Leaders\tJan 2026\tG"]
    lines = [
        "Care Inspectorate Improvement Plan", "",
        "1. How well do we support people's wellbeing?", "", "Requirement 1",
        "By 31 January 2026, the provider must ensure that people receive their medication.",
        "", table[0], table[1].format("R1"), "",
        "2. How good is our leadership?", "", "Area for improvement 2",
        "The provider should ensure that quality assurance audits lead to clear actions.",
        "", table[0], table[1].format("AFI2"),
    ]  # fmt: skip
    plan = import_table(_text(tmp_path / "care-inspectorate.txt", lines))
    assert [h[0] for h in _headings(plan)] == [
        "1. How well do we support people's wellbeing?",
        "2. How good is our leadership?",
    ]


def test_matters_raised_by_the_external_auditor_are_the_findings(tmp_path: Path) -> None:
    """'Matter raised by the external auditor' beside the town council's action: the
    finding each action answers (it was kept as another column)."""
    header = ["Ref", "Matter raised by the external auditor", "Action", "Lead", "Target date"]
    rows = [
        [
            "1a",
            "The AGAR was not published by the required date.",
            "Adopt a timetable.",
            "Town Clerk",
            "March 2025",
        ],
        ["1b", "", "Check the website.", "RFO", "June 2025"],
        ["2", "VAT had not been reclaimed.", "Submit the claims.", "RFO", "Jan 2025"],
    ]
    plan = import_table(_csv(tmp_path / "agar.csv", [header, *rows]))  # fmt: skip
    assert [h[-1] for h in _headings(plan)] == [
        "The AGAR was not published by the required date.",
        "The AGAR was not published by the required date.",
        "VAT had not been reclaimed.",
    ]


def test_rqia_labels_with_their_facts_beside_the_inspectors_words(tmp_path: Path) -> None:
    """RQIA's 'Area for improvement 1' over 'Ref: Regulation 13 (d)' and 'Stated: First
    time' in one cell, the inspectors' words in 'Detail (as stated by RQIA)' beside it: the
    words are the recommendation, the label and facts kept (the facts were read as it)."""
    from docx import Document

    header = ["Area for improvement", "Detail (as stated by RQIA)", "Action no.",
              "Action to be taken", "Responsible person", "To be completed by"]  # fmt: skip
    rows = [
        ["Area for improvement 1\nRef: Regulation 13 (d)\nStated: First time",
         "The registered person shall ensure that no worker is supplied without full checks.",
         "1.1", "Audit all recruitment files.", "Registered Manager", "31/01/2025"],
        ["Area for improvement 1\nRef: Regulation 13 (d)\nStated: First time",
         "The registered person shall ensure that no worker is supplied without full checks.",
         "1.2", "Introduce a checklist.", "Registered Manager", "28/02/2025"],
        ["Area for improvement 2\nRef: Regulation 23 (1)\nStated: Second time",
         "The registered person shall establish a system for evaluating the quality of care.",
         "2.1", "Monthly monitoring visits.", "Service Manager", "31/03/2025"],
    ]  # fmt: skip
    document = Document()
    document.add_paragraph("RQIA Inspection – Quality Improvement Plan", style="Title")
    table = document.add_table(rows=len(rows) + 1, cols=len(header))
    for r, cells in enumerate([header, *rows]):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    path = tmp_path / "qip.docx"
    document.save(str(path))
    plan = import_table(path)
    assert [h[-1] for h in _headings(plan)] == [rows[0][1], rows[1][1], rows[2][1]]
    assert next(plan.actions()).extra["Area for improvement"].startswith("Area for improvement 1")


def test_refs_starting_again_under_each_audit_below_a_directorate_band(
    tmp_path: Path,
) -> None:
    """Directorate bands over an 'Audit' column merged down, the refs 1, 2 under each audit:
    two audits under one band each have a 1, read under its audit (the file was refused:
    'ref 2.1 is used twice', the band's number not the audit's)."""
    header: list[object] = [
        "Audit", "Ref", "Agreed action", "Responsible officer", "Target date", "RAG"
    ]  # fmt: skip
    rows: list[list[object]] = [
        ["Housing"],
        ["Rent Collection", "1", "Weekly arrears report.", "Rents Manager", "31/03/2026", "G"],
        ["", "2", "Update the licence.", "Rents Manager", "31/03/2026", "A"],
        ["Resources"],
        [
            "Patch Management",
            "1",
            "Define patching timescales.",
            "Infrastructure Manager",
            "31/12/2025",
            "G",
        ],
        ["", "2", "Remove old servers.", "Infrastructure Manager", "31/12/2025", "R"],
        [
            "Accounts Payable",
            "1",
            "Run the duplicate payment report.",
            "Head of Finance",
            "31/12/2025",
            "G",
        ],
        ["", "2", "Remind budget managers.", "Procurement Manager", "31/12/2025", "B"],
    ]
    merges = ["Tracker!A2:F2", "Tracker!A5:F5", "Tracker!A3:A4", "Tracker!A6:A7",
              "Tracker!A8:A9"]  # fmt: skip
    plan = import_table(_book(tmp_path / "audit.xlsx", {"Tracker": [header, *rows]},
                              merges=merges))  # fmt: skip
    assert (
        _headings(plan)
        == [["Housing", "Rent Collection"]] * 2
        + [["Resources", "Patch Management"]] * 2
        + [["Resources", "Accounts Payable"]] * 2
    )
    assert [a.extra.get("Ref as written", a.ref) for a in plan.actions()] == ["1", "2"] * 3
    assert len({a.ref for a in plan.actions()}) == 6


def test_decisions_required_under_the_milestones_is_a_line_of_the_report(
    tmp_path: Path,
) -> None:
    """'Decisions required from Programme Board' | its words, in the ref and workstream
    columns under a highlight report's milestones: a line of the report, kept in the notes
    (the file was refused: a row with no action)."""
    header = ["Ref", "Workstream", "Milestone / action", "Lead", "Forecast date", "RAG"]
    rows = [[f"1.{n}", "WS1 Front Door" if n == 1 else "", f"Deliver milestone {n}.",
             "Head of Service", "31/12/2025", "Green"] for n in range(1, 4)]  # fmt: skip
    decision = "Approve use of £180k for evening reablement recruitment incentives."
    lines = [header, *rows, [], ["Decisions required from Programme Board", decision]]
    plan = import_table(_csv(tmp_path / "highlight.csv", lines))
    assert len(list(plan.actions())) == 3
    assert any(decision in note for note in plan.notes)


def test_a_regulators_remediation_tracker_names_its_actions(tmp_path: Path) -> None:
    """'Remediation action' beside 'Accountable executive' and 'Action owner': a firm's
    tracker answering Ofgem (no header row was found: the action column unnamed)."""
    header = ["Ref", "Remediation action", "Accountable executive", "Action owner",
              "Original target", "Revised target", "Status"]  # fmt: skip
    rows = [
        [
            f"1.{n}",
            f"Refund affected customers, tranche {n}.",
            "Director of Billing",
            "Billing Remediation Lead",
            "Aug-25",
            "",
            "On track",
        ]
        for n in range(1, 4)
    ]
    plan = import_table(_csv(tmp_path / "ofgem.csv", [header, *rows]))  # fmt: skip
    assert [a.action for a in plan.actions()] == [
        f"Refund affected customers, tranche {n}." for n in range(1, 4)
    ]
    assert list(next(plan.actions()).dlt) == ["Director of Billing"]


def test_timescale_to_meet_requirement_is_the_end_month(tmp_path: Path) -> None:
    """HIS's 'Timescale to meet requirement': when, not a second requirement column (the
    requirements became themes over their months)."""
    header = [
        "Requirement / Recommendation",
        "Action planned",
        "Responsibility for taking action",
        "Timescale to meet requirement",
        "RAG",
    ]
    rows = [
        [
            "Requirement 1: NHS Lothian must ensure that staff can raise concerns.",
            "Relaunch the Speak Up process.",
            "Lead Nurse",
            "31 August 2025",
            "Green",
        ],
        [
            "",
            "Introduce a 'You said, we did' board.",
            "Senior Charge Nurses",
            "September 2025",
            "Green",
        ],
        [
            "Requirement 2: NHS Lothian must record observation levels accurately.",
            "Audit observation records.",
            "Senior Charge Nurses",
            "October 2025",
            "Amber",
        ],
    ]
    plan = import_table(_csv(tmp_path / "his.csv", [header, *rows]))  # fmt: skip
    assert [str(a.end) for a in plan.actions()] == ["2025-08", "2025-09", "2025-10"]
    assert [h[-1] for h in _headings(plan)] == [rows[0][0], rows[0][0], rows[2][0]]


def test_a_requirement_merged_over_its_table_beside_its_due_date(tmp_path: Path) -> None:
    """Ofsted's 'Requirement 1: The registered person must ...' merged across the top of its
    table, 'Due: 30/06/2025' in the last cell: the requirement the actions answer, its due
    date kept in the notes (the row was set aside as a note, the actions under none)."""
    from docx import Document

    document = Document()
    document.add_paragraph("Oakfield House: Ofsted Inspection Action Plan", style="Title")
    header = ["No.", "Action", "Lead", "Timescale", "Status"]
    for n in (1, 2):
        table = document.add_table(rows=4, cols=5)
        words = f"Requirement {n}: The registered person must ensure that finding {n} is met."
        table.cell(0, 0).merge(table.cell(0, 3)).text = words
        table.cell(0, 4).text = f"Due: 30/0{n + 5}/2025"
        for r, cells in enumerate([header, [f"{n}.1", "Audit the matrix.", "Registered Manager",
                                            "June 2025", "Complete"],
                                   [f"{n}.2", "Add a check.", "Responsible Individual",
                                    "July 2025", "On track"]], 1):  # fmt: skip
            for c, text in enumerate(cells):
                table.cell(r, c).text = text
    path = tmp_path / "home.docx"
    document.save(str(path))
    plan = import_table(path)
    assert [h[-1][:13] for h in _headings(plan)] == ["Requirement 1"] * 2 + ["Requirement 2"] * 2
    assert any("Due: 30/06/2025" in note for note in plan.notes)


def test_the_covers_name_over_the_sheets_further_actions(tmp_path: Path) -> None:
    """The cover's 'Scottish Ambulance Service Corporate Risk Register 2025/26' over the
    sheet's 'Corporate Risk Register 2025/26 – Further Actions to Reduce Risk (Q2 position
    at ...)': the cover names the plan, the sheet which part it holds (it was the title)."""
    cover = "Scottish Ambulance Service Corporate Risk Register 2025/26"
    sheets: dict[str, list[list[object]]] = {
        "Cover": [[cover]],
        "Further Actions": [
            ["Corporate Risk Register 2025/26 – Further Actions to Reduce Risk (Q2 position "
             "at 30 September 2025)"], [],
            ["Action ref", "Further action", "Action owner", "Due date", "RAG"],
            ["4636.1", "Implement the handover protocol.", "Director of Operations",
             "31/03/2026", "A"],
            ["4636.2", "Extend the hospital ambulance liaison officer role.",
             "Director of Operations", "31/12/2025", "G"],
        ],
    }  # fmt: skip
    plan = import_table(_book(tmp_path / "register.xlsx", sheets))
    assert plan.title == cover


def test_a_priority_of_ratings_beside_refs_starting_again_under_each_audit(
    tmp_path: Path,
) -> None:
    """'Rec No.' 1, 2 under each audit's band, 'Priority' High/Medium beside: the priority is
    a rating kept beside each action, not the recommendations (the file was refused: 'ref
    1.1 is used twice', the actions grouped by their priority)."""
    header: list[object] = ["Rec No.", "Priority", "Agreed Management Action",
                            "Responsible Officer", "Target Date", "Status"]  # fmt: skip
    rows: list[list[object]] = [
        ["Resources"],
        ["Payroll 2023/24 – Limited Assurance"],
        ["1", "High", "Escalate late leaver forms.", "Payroll Manager", "31/03/2025", "Green"],
        ["2", "Medium", "Approve overtime claims.", "Payroll Manager", "31/03/2025", "Amber"],
        ["Procurement Cards 2023/24 – Reasonable Assurance"],
        ["1", "Medium", "Review card limits.", "Procurement Manager", "30/06/2025", "Green"],
    ]
    merges = ["Tracker!A2:F2", "Tracker!A3:F3", "Tracker!A6:F6"]  # fmt: skip
    fills = {"Tracker!A2": "2F5597", "Tracker!A3": "D9E1F2", "Tracker!A6": "D9E1F2"}
    plan = import_table(_book(tmp_path / "sglos.xlsx", {"Tracker": [header, *rows]},
                              fills=fills, merges=merges))  # fmt: skip
    assert _headings(plan) == [["Resources", "Payroll 2023/24 – Limited Assurance"]] * 2 + [
        ["Resources", "Procurement Cards 2023/24 – Reasonable Assurance"]
    ]
    assert [a.extra["Priority"] for a in plan.actions()] == ["High", "Medium", "Medium"]


def test_a_performance_systems_blocks_with_a_code_and_a_description(tmp_path: Path) -> None:
    """'Action: 1.1.1' over 'Description: Deliver ...' in each block, the priorities ruled
    with '-----' under a title block closed by '=====' and a status key: the code is the
    ref, the description the action, each under its priority and objective (the codes were
    read as the actions, the priorities lost to the key read as a heading)."""

    def block(code: str, words: str) -> list[str]:
        return [f"Action:        {code}", f"Description:   {words}",
                "Lead:          Director of Public Health", "Due:           March 2026",
                "Status:        On track", ""]  # fmt: skip

    lines = ["South Tyneside Council - Council Plan Delivery Plan 2025/26",
             "Status key: Complete | On track | Amber - minor slippage | Red | Not started",
             "=" * 60, "", "PRIORITY 1: PEOPLE - HEALTHY, SAFE AND INDEPENDENT", "-" * 60,
             "Objective 1.1: Reduce health inequalities", "",
             *block("1.1.1", "Deliver the Healthy Hearts programme in Jarrow"),
             *block("1.1.2", "Launch the Healthy Weight Declaration with partners"),
             "Objective 1.2: Give every child the best start in life", "",
             *block("1.2.1", "Open Family Hubs in Hebburn and Boldon"), "",
             "PRIORITY 2: PLACE - THRIVING TOWNS", "-" * 60,
             "Objective 2.1: Regenerate our town centres", "",
             *block("2.1.1", "Complete the Jarrow town centre masterplan")]  # fmt: skip
    plan = import_table(_text(tmp_path / "delivery.txt", lines))
    assert [a.ref for a in plan.actions()] == ["1.1.1", "1.1.2", "1.2.1", "2.1.1"]
    assert next(plan.actions()).action == "Deliver the Healthy Hearts programme in Jarrow"
    assert [h[0] for h in _headings(plan)] == ["PRIORITY 1: PEOPLE - HEALTHY, SAFE AND "
                                                "INDEPENDENT"] * 3 + [
        "PRIORITY 2: PLACE - THRIVING TOWNS"
    ]  # fmt: skip


def test_the_bold_name_over_template_facts_and_a_key_line(tmp_path: Path) -> None:
    """'Ferndale Court Care Home: CQC Inspection Action Plan' in bold over 'Registered
    provider: ...' and 'Inspection dates: ...', then 'RAG key: Red – ...; Green – completed':
    the first line is the title, the key read (the key line was the title, green
    unread as complete)."""
    from docx import Document

    document = Document()
    document.add_paragraph().add_run(
        "Ferndale Court Care Home: CQC Inspection Action Plan"
    ).bold = True
    for line in ("Registered provider: Ferndale Care Homes Ltd",
                 "Inspection dates: 11 and 12 March 2025",
                 "Overall rating: Requires improvement"):  # fmt: skip
        document.add_paragraph(line)
    document.add_paragraph("RAG key: Red – not started or overdue; Amber – in progress; "
                           "Green – completed")  # fmt: skip
    document.add_heading("Safe", level=2)
    rows = [
        ["No.", "Action required", "Person responsible", "Completion date", "RAG"],
        ["S1", "Rewrite the falls risk assessments.", "Clinical Lead", "30/04/2025", "Green"],
        ["S2", "Refer residents to SALT.", "Clinical Lead", "31/05/2025", "Amber"],
    ]
    table = document.add_table(rows=3, cols=5)  # fmt: skip
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    path = tmp_path / "ferndale.docx"
    document.save(str(path))
    plan = import_table(path)
    assert plan.title == "Ferndale Court Care Home: CQC Inspection Action Plan"
    assert [a.status for a in plan.actions()] == [Status.BLUE, Status.AMBER]


def test_a_chief_officer_over_fields_listed_with_commas(tmp_path: Path) -> None:
    """'Chief Science, Research and Innovation Officer': one post over three fields ('Chief
    Science' is no post alone; it was split in two)."""
    leads = ["Chief Science, Research and Innovation Officer", "Chief Nurse, Medical Director"]
    plan = import_table(_csv(tmp_path / "log.csv", [TRACKER, *_tracker(leads)]))
    assert [list(a.lead) for a in plan.actions()] == [
        ["Chief Science, Research and Innovation Officer"],
        ["Chief Nurse", "Medical Director"],
    ]


def test_rqia_facts_in_their_own_cell_beside_an_area_for_improvement(tmp_path: Path) -> None:
    """'AFI 1' | the inspectors' words | 'Ref: Regulation 19(2)' over 'Stated: First time' in
    the progress column: the part the actions under it answer, its facts kept in the notes
    (the row was refused: neither an action nor a heading)."""
    header = ["Ref", "Action to be taken", "Action owner(s)", "Target date", "Progress"]
    rows = [
        [
            "AFI 1",
            "The registered person shall ensure that recruitment records are complete.",
            "",
            "",
            "Ref: Regulation 19(2) Schedule 2\nStated: First time",
        ],
        ["1.1", "Audit all personnel files.", "HR Manager", "31/07/2024", "Done."],
        ["1.2", "Introduce a checklist.", "HR Manager", "31/08/2024", "In place."],
        [
            "AFI 2",
            "The registered person shall ensure that the trolley is checked daily.",
            "",
            "",
            "Ref: Standard 12.4\nStated: First time",
        ],
        ["2.1", "Add the check to the handover.", "Theatre Manager", "30/06/2024", ""],
    ]
    plan = import_table(_csv(tmp_path / "qip.csv", [header, *rows]))  # fmt: skip
    assert [h[-1] for h in _headings(plan)] == [rows[0][1], rows[0][1], rows[3][1]]
    assert "Ref: Regulation 19(2) Schedule 2 | Stated: First time" in plan.notes


def test_each_sheets_workstream_and_project_facts_are_its_two_levels(tmp_path: Path) -> None:
    """'Workstream: Prevention' over 'Project: P1 Risk-based Safe and Well Visits' above each
    sheet's milestones: the workstream, then the project (the workstream was lost)."""
    header: list[object] = ["Ref", "Milestone", "Owner", "Forecast date", "RAG"]
    sheets: dict[str, list[list[object]]] = {
        f"P{n}": [["CRMP Delivery Highlight Report – Quarter 2 2025/26"], [],
                  ["Workstream", workstream], ["Project", project],
                  ["Project lead", "Area Manager"], [], header,
                  [f"P{n}.1", f"Deliver the first milestone of {project}.", "Area Manager",
                   "Dec-25", "G"],
                  [f"P{n}.2", f"Deliver the second milestone of {project}.", "Area Manager",
                   "Mar-26", "A"]]
        for n, workstream, project in ((1, "Prevention", "P1 Safe and Well Visits"),
                                       (4, "Protection", "P4 Risk-Based Inspections"),
                                       (7, "Response", "P7 Response Standards"))
    }  # fmt: skip
    plan = import_table(_book(tmp_path / "crmp.xlsx", sheets))
    assert (
        _headings(plan)
        == [["Prevention", "P1 Safe and Well Visits"]] * 2
        + [["Protection", "P4 Risk-Based Inspections"]] * 2
        + [["Response", "P7 Response Standards"]] * 2
    )


def test_a_parish_clerks_key_and_councillors_listed(tmp_path: Path) -> None:
    """'In progress = under way and on track' in the status key: green (it was read as
    amber, 'under way' first); 'Cllr Pike, Cllr Dawson, RFO' are three leads (kept as one)."""
    lines = [
        "Long Melford Parish Council – Action Log 2025/26",
        "Status key: Open = not yet started; In progress = under way and on track; Overdue = "
        "past the agreed date; Closed = completed",
        "",
        "Ref\tAction\tWho\tBy when\tStatus",
        "A25/040\tRepair the bus shelter.\tCllr Pike, Cllr Dawson, RFO\tJul-25\tIn progress",
        "A25/041\tOrder the Christmas lights.\tClerk\tSept 2025\tOpen",
        "A25/042\tRenew the insurance.\tRFO\t31/05/2025\tClosed",
    ]
    plan = import_table(_text(tmp_path / "log.txt", lines))
    assert [a.status for a in plan.actions()] == [Status.GREEN, Status.UNRATED, Status.BLUE]
    assert list(next(plan.actions()).lead) == ["Cllr Pike", "Cllr Dawson", "RFO"]


def test_a_risk_registers_further_action_by_who_and_by_when(tmp_path: Path) -> None:
    """'Further action necessary to address the controls gaps' | 'By Who' | 'By When': the
    action and its lead (no header row was found); the cover's name of the register over the
    sheet's '... – further actions necessary to address gaps in controls' is the title."""
    cover = "Hywel Dda University Health Board Corporate Risk Register 2025/26"
    sheets: dict[str, list[list[object]]] = {
        "Cover": [[cover]],
        "Further Actions": [
            ["Corporate Risk Register – further actions necessary to address gaps in controls"],
            [],
            ["Action Ref", "Further action necessary to address the controls gaps", "By Who",
             "By When", "Status"],
            ["1937a", "Implement the recovery plan workstreams.", "Director of Finance",
             "31/03/2026", "G"],
            ["1937b", "Review variable pay controls.", "Director of Workforce", "31/12/2025",
             "A"],
        ],
    }  # fmt: skip
    plan = import_table(_book(tmp_path / "crr.xlsx", sheets))
    assert plan.title == cover
    assert [list(a.lead) for a in plan.actions()] == [
        ["Director of Finance"],
        ["Director of Workforce"],
    ]


def test_a_key_sheet_kept_as_one_note_still_says_what_its_words_mean(
    tmp_path: Path,
) -> None:
    """A 'Scoring key' sheet with 'Behind schedule' | 'Amber – some slippage, target date at
    risk' among its rows, set aside whole: the words still read as it says (red before)."""
    sheets: dict[str, list[list[object]]] = {
        "Scoring key": [["Risk scoring (likelihood x impact)"], ["Score", "Likelihood"],
                        [1, "Rare"], [2, "Unlikely"], [], ["Action status"],
                        ["Complete", "Blue – action delivered"],
                        ["On track", "Green – expected by target date"],
                        ["Behind schedule", "Amber – some slippage, target date at risk"],
                        ["Off track", "Red – target date will be missed"]],
        "Register": [["Strategic Risk Register – Quarter 2 2025/26"], [],
                     ["Ref", "Action", "Action owner", "Target date", "Action status"],
                     ["SR01.1", "Model the settlement.", "Head of Finance", "31/01/2026",
                      "Behind schedule"],
                     ["SR01.2", "Agree the savings.", "Head of Finance", "31/03/2026",
                      "On track"]],
    }  # fmt: skip
    plan = import_table(_book(tmp_path / "srr.xlsx", sheets))
    assert [a.status for a in plan.actions()] == [Status.AMBER, Status.GREEN]


def test_a_highlight_reports_summary_of_progress_is_no_part(tmp_path: Path) -> None:
    """'Summary of progress' | its words merged across, above the milestones: said of the
    programme, kept in the notes (it was read as the theme over every workstream)."""
    summary = "Overdue fire risk actions down from 57 to 12; recruitment remains the main risk."
    rows: list[list[object]] = [
        ["Hexagon Housing Association – Building Safety Programme: Highlight Report"], [],
        ["Summary of progress", summary, None, None, None], [],
        ["Ref", "Action / milestone", "Lead", "Due date", "RAG"],
        ["Workstream 1: Fire safety"],
        ["1.1", "Clear the overdue actions.", "Head of Building Safety", "31/12/2025", "Amber"],
        ["1.2", "Complete the intrusive surveys.", "Building Safety Manager", "30/09/2025",
         "Green"],
        ["Workstream 2: Damp and mould"],
        ["2.1", "Implement the procedure.", "Director of Property", "27/10/2025", "Green"],
    ]  # fmt: skip
    merges = ["Report!B3:E3", "Report!A6:E6", "Report!A9:E9"]
    plan = import_table(_book(tmp_path / "highlight.xlsx", {"Report": rows}, merges=merges))
    assert [h[0] for h in _headings(plan)] == ["Workstream 1: Fire safety"] * 2 + [
        "Workstream 2: Damp and mould"
    ]
    assert any(summary in note for note in plan.notes)


def test_a_revised_forecast_or_quarter_is_the_month_in_force(tmp_path: Path) -> None:
    """'Baseline date' then 'Revised forecast', 'Target Quarter' then 'Revised Quarter': the
    revised month is the end where given (the baseline or target was read, the revision kept
    aside); 'Lead Executive' the only lead, read as the lead."""
    header = ["Ref", "Milestone", "Lead Executive", "Baseline date", "Revised forecast", "RAG"]
    rows = [["1.1", "Appoint interim officers.", "Chief Executive", "30/11/2025", "31/01/2026",
             "Amber"], ["1.2", "Agree the constitution.", "Monitoring Officer", "30/09/2025", "",
                        "Green"], ["1.3", "Hold the first meeting.", "Chief Executive",
                                   "31/12/2025", "31/03/2026", "Amber"]]  # fmt: skip
    plan = import_table(_csv(tmp_path / "highlight.csv", [header, *rows]))
    assert [str(a.end) for a in plan.actions()] == ["2026-01", "2025-09", "2026-03"]
    assert list(next(plan.actions()).lead) == ["Chief Executive"]
    quarters = ["Ref", "Deliverable", "Lead", "Target Quarter", "Revised Quarter", "RAG"]
    rows = [["1A.1", "Open the advice line.", "Director of Cancer Services", "Q3 2025/26",
             "Q4 2025/26", "A"], ["1A.2", "Reduce waits.", "Head of SACT", "Q2 2025/26", "",
                                  "G"], ["1A.3", "Replace the linac.", "Head of Physics",
                                         "Q4 2025/26", "", "G"]]  # fmt: skip
    plan = import_table(_csv(tmp_path / "imtp.csv", [quarters, *rows]))
    assert [str(a.end) for a in plan.actions()] == ["2026-03", "2025-09", "2026-03"]


def test_a_post_and_its_area_after_a_colon(tmp_path: Path) -> None:
    """'Corporate Lead Officer: Legal & Governance Services': one post over its area (it was
    split at the '&')."""
    leads = ["Corporate Lead Officer: Legal & Governance Services", "Chief Executive"]
    plan = import_table(_csv(tmp_path / "log.csv", [TRACKER, *_tracker(leads)]))
    assert list(next(plan.actions()).lead) == [leads[0]]


def test_a_risk_systems_export_of_risks_over_their_related_actions(tmp_path: Path) -> None:
    """Pentana's 'Risk / Related Action' column, each risk's row (its 'Current Rating' a
    score, 20) over its actions (status words the key line defines): the risks are the
    themes, the score no status (no header row was found)."""
    rows: list[list[object]] = [
        ["Clackmannanshire Council – Corporate Risk Register 2025/26"],
        ["Action status: Completed = action complete; OK = on track; Warning = at risk of "
         "missing due date; Overdue = past due date; Not Started"], [],
        ["Code", "Risk / Related Action", "Current Rating", "Due Date", "Status", "Managed By"],
        ["CRR 001 – Financial Sustainability", None, 20, None, None, None],
        ["CRR 001.01", "Update the Medium Term Financial Strategy.", None, "18/12/2025", "OK",
         "Chief Finance Officer"],
        ["CRR 001.02", "Agree the savings options.", None, "26/02/2026", "Warning",
         "Chief Finance Officer"],
        ["CRR 002 – Workforce", None, 16, None, None, None],
        ["CRR 002.01", "Refresh the workforce plan.", None, "31/03/2026", "Completed",
         "Head of HR"],
    ]  # fmt: skip
    plan = import_table(_book(tmp_path / "pentana.xlsx", {"Register": rows}))
    assert [h[0] for h in _headings(plan)] == ["CRR 001 – Financial Sustainability"] * 2 + [
        "CRR 002 – Workforce"
    ]
    assert [a.status for a in plan.actions()] == [Status.GREEN, Status.AMBER, Status.BLUE]


def test_with_immediate_effect_and_the_day_given(tmp_path: Path) -> None:
    """'With immediate effect (6 August 2025)': August 2025, the words kept (it was refused
    as a month among other words)."""
    header = ["Ref", "Action", "Lead", "To be completed by", "RAG"]
    rows = [["1.1", "Check the fridge temperatures daily.", "Ward Sister",
             "With immediate effect (6 August 2025)", "G"],
            ["1.2", "Audit the records.", "Ward Sister", "30/09/2025", "G"]]  # fmt: skip
    plan = import_table(_csv(tmp_path / "qip.csv", [header, *rows]))
    first = next(plan.actions())
    assert (str(first.end), first.end_text) == (
        "2025-08",
        "With immediate effect (6 August 2025)",
    )


def test_an_area_for_improvement_label_and_its_words_under_each_priority(
    tmp_path: Path,
) -> None:
    """'Priority 2: ...' then 'Area for improvement:' | the inspectors' words, the header
    repeated under each: the words are each priority's part, as under the first (under the
    later priorities they were kept as a note)."""
    table = ["Ref\tAction\tLead\tBy when\tRAG", "{0}.1\tDo {0}.\tHeadteacher\tOct 2025\tG"]
    lines = [
        "St Aldhelm's CE Primary School: Post-Ofsted Action Plan 2025–26", "",
        "Priority 1: Curriculum in the foundation subjects",
        "Area for improvement:\tLeaders should ensure that the curriculum sets out the knowledge.",
        table[0], table[1].format(1), "",
        "Priority 2: Assessment in the foundation subjects",
        "Area for improvement:\tLeaders should ensure that teachers check what pupils know.",
        table[0], table[1].format(2),
    ]  # fmt: skip
    plan = import_table(_text(tmp_path / "school.txt", lines))
    assert [h[-1] for h in _headings(plan)] == [
        "Leaders should ensure that the curriculum sets out the knowledge.",
        "Leaders should ensure that teachers check what pupils know.",
    ]


def test_a_council_of_two_places_and_its_service(tmp_path: Path) -> None:
    """'Telford & Wrekin Council – Adult Social Care': one body's service (it was split at
    the '&')."""
    leads = ["Telford & Wrekin Council – Adult Social Care", "West Mercia Police"]
    plan = import_table(_csv(tmp_path / "dhr.csv", [TRACKER, *_tracker(leads)]))
    assert list(next(plan.actions()).lead) == [leads[0]]


def test_target_completion_when_no_revised_completion_is_given(tmp_path: Path) -> None:
    """'Target Completion' beside 'Revised Completion': the target where no revision is given
    (those actions had no end month)."""
    header = ["Ref", "Improvement Action", "Lead Officer(s)", "Target Completion",
              "Revised Completion", "RAG"]  # fmt: skip
    rows = [
        ["1.1", "Consult on the plan.", "Lead for Mental Health", "31/10/2025", "31/01/2026", "A"],
        ["1.2", "Present the plan.", "Chief Finance Officer", "March 2026", "", "G"],
        ["2.1", "Audit the reviews.", "Service Manager", "30/09/2025", "", "B"],
    ]
    plan = import_table(_csv(tmp_path / "jia.csv", [header, *rows]))  # fmt: skip
    assert [str(a.end) for a in plan.actions()] == ["2026-01", "2026-03", "2025-09"]


def test_a_regulation_cited_in_brackets_under_its_requirement(tmp_path: Path) -> None:
    """'(Regulation 4(1)(a) – Welfare of users)' and '(Health and Social Care Standard
    1.12)' on their own lines under the Care Inspectorate's words: the rule cited, kept in
    the notes (each was read as a second heading)."""
    table = [
        "Ref\tAction\tResponsible\tTimescale\tStatus",
        "{0}\tDo {0}.\tManager\t30/09/2025\tComplete",
    ]
    lines = [
        "Angus Care at Home Service – Care Inspectorate Improvement Plan", "",
        "Requirement 1: By 31 October 2025, the provider must ensure that visits are on time.",
        "(Regulation 4(1)(a) – Welfare of users)", "", table[0], table[1].format("1.1"), "",
        "Area for improvement 1: The provider should review personal plans every six months.",
        "(Health and Social Care Standard 1.12)", "", table[0], table[1].format("AFI 1.1"),
    ]  # fmt: skip
    plan = import_table(_text(tmp_path / "ci.txt", lines))
    assert _headings(plan) == [[lines[2]], [lines[8]]]
    assert "(Regulation 4(1)(a) – Welfare of users)" in plan.notes


def test_a_direction_of_travel_legend_after_the_key_is_no_action(tmp_path: Path) -> None:
    """'Direction of travel:' | '↑ risk increasing ↔ no change ↓ risk reducing' in the risk
    columns under the register's key: a key of its arrows (the file was refused: an action
    after the key)."""
    rows: list[list[object]] = [
        ["Conwy County Borough Council – Corporate Risk Register 2025/26"], [],
        ["Risk", "Risk Description", "Direction of Travel", "Action Ref",
         "Further Action Required", "Action Owner", "Target Date", "Q2 RAG"],
        ["CR01 Financial Sustainability", "Risk that the budget gap is not closed.", "↔",
         "CR01.1", "Deliver the budget.", "Head of Finance", "31/03/2026", "Green"],
        [None, None, None, "CR01.2", "Refresh the MTFS.", "Head of Finance", "31/12/2025",
         "Amber"],
        ["CR02 Cyber Security", "Risk of a successful cyber attack.", "↓", "CR02.1",
         "Achieve Cyber Essentials Plus.", "Head of ICT", "Sept 2025", "Blue"], [],
        ["Action RAG key:", "Blue = complete; Green = on track; Amber = minor slippage"],
        ["Direction of travel:", "↑ risk increasing   ↔ no change   ↓ risk reducing"],
    ]  # fmt: skip
    merges = ["Register!A4:A5", "Register!B4:B5", "Register!C4:C5"]
    plan = import_table(_book(tmp_path / "crr.xlsx", {"Register": rows}, merges=merges))
    assert [a.ref for a in plan.actions()] == ["CR01.1", "CR01.2", "CR02.1"]


def test_cji_strategic_recommendation_labels_give_way_to_their_words(tmp_path: Path) -> None:
    """'Strategic Recommendation 1' over its words in one merged cell: the words are the
    recommendation, as 'Recommendation 1' over its words is (the label was kept on)."""
    from docx import Document

    document = Document()
    document.add_paragraph("NICTS – CJI Inspection Action Plan", style="Title")
    words = "Within six months the NICTS should develop a quality assurance framework."
    table = document.add_table(rows=4, cols=4)
    table.cell(0, 0).merge(table.cell(0, 3)).text = f"Strategic Recommendation 1\n{words}"
    for r, cells in enumerate([["Ref", "Action", "Owner", "Target date"],
                               ["SR1.1", "Establish a board.", "Director of Operations",
                                "Dec 2024"],
                               ["SR1.2", "Dip-sample orders.", "Head of Criminal Business",
                                "Mar 2025"]], 1):  # fmt: skip
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    path = tmp_path / "cji.docx"
    document.save(str(path))
    plan = import_table(path)
    assert [h[-1] for h in _headings(plan)] == [words, words]


def test_a_milestone_month_beside_key_deliverables_set_out_again_under_each_priority(
    tmp_path: Path,
) -> None:
    """'Key deliverable 2025/26' and 'Milestone' (of months) under each priority's heading,
    the last table one row ('Quarterly'): the deliverables are the actions, the milestones
    their ends, the last table read as the ones before (the file was refused: two action
    columns)."""
    from docx import Document

    document = Document()
    document.add_paragraph("Borough Strategy: Annual Delivery Plan 2025/26 – Q2", style="Title")
    header = ["Ref", "Key deliverable 2025/26", "Lead officer", "Milestone", "Status"]
    parts = [("Priority 1: A positive start in life",
              [["1.1", "Open two further Family Hubs in Parr and Thatto Heath.",
                "Director of Children's Services", "March 2026", "Green"],
               ["1.2", "Recruit 25 additional mainstream foster carers this year.",
                "Assistant Director", "Q4 2025/26", "Amber"]]),
             ("Priority 6: Be a responsible council",
              [["6.1", "Deliver the savings agreed in the 2025/26 budget.", "Director of Finance",
                "Quarterly", "Green"]])]  # fmt: skip
    for heading, rows in parts:
        document.add_paragraph(heading, style="Heading 1")
        table = document.add_table(rows=len(rows) + 1, cols=len(header))
        for r, cells in enumerate([header, *rows]):
            for c, text in enumerate(cells):
                table.cell(r, c).text = text
    path = tmp_path / "delivery.docx"
    document.save(str(path))
    plan = import_table(path)
    assert next(plan.actions()).action == parts[0][1][0][1]
    assert [str(a.end) if a.end else a.end_text for a in plan.actions()] == [
        "2026-03",
        "2026-03",
        "Quarterly",
    ]


def test_a_colours_own_name_in_the_key_stays_that_colour(tmp_path: Path) -> None:
    """'Amber = In progress and on track' in the key: amber, the colour's own name (only a
    status word the key calls on track, 'In progress = under way and on track', reads
    green)."""
    lines = [
        "Monitoring Visit Actions",
        "RAG key: Green = completed; Amber = In progress and on track; Red = not on track",
        "",
        "Ref\tAction\tLead\tDue\tRAG",
        "1.1\tAudit the files.\tHead of Service\tMar-19\tAmber",
        "1.2\tTrain the staff.\tHead of Service\tJun-19\tRed",
    ]
    plan = import_table(_text(tmp_path / "plan.txt", lines))
    assert [a.status for a in plan.actions()] == [Status.AMBER, Status.RED]


def test_a_date_planned_as_at_the_latest_quarter_is_in_force(tmp_path: Path) -> None:
    """'Original planned completion' beside 'Planned completion as at end Q3': the later
    plan's month (the original was read, the later kept aside)."""
    header = ["Ref", "Milestone", "Lead", "Original planned completion",
              "Planned completion as at end Q3", "RAG"]  # fmt: skip
    rows = [
        ["1.1", "Appoint the officer.", "Head of Programme", "31/03/2025", "30/09/2025", "G"],
        ["1.2", "Open the hub.", "Head of Programme", "30/06/2025", "31/12/2025", "A"],
    ]
    plan = import_table(_csv(tmp_path / "c2030.csv", [header, *rows]))  # fmt: skip
    assert [str(a.end) for a in plan.actions()] == ["2025-09", "2025-12"]


def test_a_pcsps_project_or_activity_and_its_delivery_partners(tmp_path: Path) -> None:
    """'Project / activity' beside 'Delivery partner(s)': the action and its leads (no header
    row was found)."""
    header = ["Ref", "Project / activity", "Delivery partner(s)", "End date", "Q2 RAG"]
    rows = [["SP1.1", "Run the community safety survey.", "PSNI; Belfast City Council",
             "Mar-26", "G"], ["SP1.2", "Fund the youth diversion scheme.", "Youth Justice Agency",
                              "31/12/2025", "A"]]  # fmt: skip
    plan = import_table(_csv(tmp_path / "pcsp.csv", [header, *rows]))
    assert [a.action for a in plan.actions()] == [rows[0][1], rows[1][1]]
    assert list(next(plan.actions()).lead) == ["PSNI", "Belfast City Council"]


def test_an_independent_schools_term_by_its_name_alone(tmp_path: Path) -> None:
    """'Michaelmas 2025': the autumn term, December (it was kept as words, no end); 'Summer
    2025', a season as much as a term, stays words."""
    header = ["Ref", "Action", "Lead", "Timescale", "RAG"]
    rows = [["1.1", "Review the curriculum.", "Deputy Head", "Michaelmas 2025", "G"],
            ["1.2", "Train the tutors.", "Deputy Head", "Summer 2025", "G"]]  # fmt: skip
    plan = import_table(_csv(tmp_path / "isi.csv", [header, *rows]))
    assert [a.end and str(a.end) for a in plan.actions()] == ["2025-12", None]


def test_the_regulators_finding_on_its_first_row_only(tmp_path: Path) -> None:
    """'Regulatory finding' written on the first of its actions' rows, blank on the next: the
    finding both actions answer (the column was kept aside, the actions under no finding)."""
    header = ["Ref", "Regulatory finding", "Action", "Owner", "Target", "RAG"]
    finding = "Stock condition data was more than five years old for 38% of homes."
    rows = [["1.1", finding, "Commission stock condition surveys.", "Head of Assets",
             "31/03/2026", "A"], ["1.2", "", "Report decency to the Board.", "Head of Assets",
                                  "30/06/2025", "G"]]  # fmt: skip
    plan = import_table(_csv(tmp_path / "rsh.csv", [header, *rows]))
    assert [h[-1] for h in _headings(plan)] == [finding, finding]


def test_ratings_given_at_each_review_the_latest_is_the_status(tmp_path: Path) -> None:
    """'Review 1 (Dec 25)' | 'Review 2 (Mar 26)' of RAG letters: the latest review's rating
    is the status (the file was refused: no status read)."""
    header = ["Ref", "Actions", "Responsible", "Timescale", "Review 1 (Dec 25)",
              "Review 2 (Mar 26)"]  # fmt: skip
    rows = [
        ["1.1", "Deliver the CPD programme.", "Head of Teaching", "Dec 2025", "G", "B"],
        ["1.2", "Carry out walkthroughs.", "Head of Construction", "Termly", "A", "G"],
        ["1.3", "Moderate the feedback.", "Head of Apprenticeships", "Mar 2026", "A", ""],
    ]
    plan = import_table(_csv(tmp_path / "qip.csv", [header, *rows]))  # fmt: skip
    assert [a.status for a in plan.actions()] == [Status.BLUE, Status.GREEN, Status.AMBER]


def test_the_covers_name_over_the_sheets_quarterly_review(tmp_path: Path) -> None:
    """The cover's 'Government Legal Department Strategic Risk Register 2025-26' over the
    sheet's '... 2025-26 – Quarter 2 review (October 2025)': the cover names the register,
    the sheet when it was reviewed (the sheet's line was the title)."""
    cover = "Government Legal Department Strategic Risk Register 2025-26"
    sheets: dict[str, list[list[object]]] = {
        "Cover": [[cover], ["OFFICIAL"]],
        "Strategic risks": [
            ["Strategic Risk Register 2025-26 – Quarter 2 review (October 2025)"], [],
            ["Ref", "Further action", "Owner", "Target", "RAG"],
            ["SR1.1", "Recruit to the litigation vacancies.", "HR Director", "Dec-25", "Amber"],
            ["SR1.2", "Review the workload model.", "Director of Litigation", "Mar-26", "Green"],
        ],
    }  # fmt: skip
    plan = import_table(_book(tmp_path / "srr.xlsx", sheets))
    assert plan.title == cover


def test_a_national_priority_tag_merged_under_each_area_is_no_part(tmp_path: Path) -> None:
    """'NIF priority: ... | HGIOS4 QI 2.3 ...' merged across under each area for improvement:
    which national priority the area serves, kept in the notes (it was read as a second
    heading over the actions)."""
    from docx import Document

    document = Document()
    document.add_paragraph("Bellahouston Academy – Inspection Action Plan", style="Title")
    header = ["Action", "Lead", "Timescale", "Status"]
    table = document.add_table(rows=7, cols=4)
    area = "Area for improvement 1: Staff should improve the consistency of learning."
    tag = "NIF priority: Improvement in attainment  |  HGIOS4 QI 2.3 Learning and teaching"
    table.cell(0, 0).merge(table.cell(0, 3)).text = area
    table.cell(1, 0).merge(table.cell(1, 3)).text = tag
    for r, cells in enumerate([header, ["Agree a learning and teaching policy.", "DHT",
                                        "Dec 2025", "On track"],
                               ["Observe lessons each term.", "PT Faculty", "Termly",
                                "On track"]], 2):  # fmt: skip
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    path = tmp_path / "school.docx"
    document.save(str(path))
    plan = import_table(path)
    assert _headings(plan) == [[area], [area]]
    assert any(tag.split("  |")[0] in note for note in plan.notes)


def test_a_key_listed_a_colour_a_paragraph(tmp_path: Path) -> None:
    """'Green – action completed and impact evidenced', 'Amber – in progress', 'Red – not
    started ...' as bullets under 'RAG rating used in this plan:': one key, green read as
    complete (each line was a note of its own, the key unread)."""
    from docx import Document

    document = Document()
    document.add_paragraph("New College Durham Quality Improvement Plan 2025/26", style="Title")
    document.add_paragraph("RAG rating used in this plan:")
    for line in ("Green – action completed and impact evidenced", "Amber – in progress",
                 "Red – not started or significantly behind"):  # fmt: skip
        document.add_paragraph(line, style="List Bullet")
    document.add_heading("Theme 1: Quality of education", level=1)
    rows = [
        ["Ref", "Action", "Lead", "Timescale", "RAG"],
        ["1.1", "Deliver the CPD programme.", "Head of Teaching", "Dec 2025", "Green"],
        ["1.2", "Moderate the feedback.", "Head of Quality", "Mar 2026", "Amber"],
    ]
    table = document.add_table(rows=3, cols=5)  # fmt: skip
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    path = tmp_path / "qip.docx"
    document.save(str(path))
    plan = import_table(path)
    assert [a.status for a in plan.actions()] == [Status.BLUE, Status.AMBER]
