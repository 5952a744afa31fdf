"""Session 35: the held-out sets from heldout707 on, and the second read of session 34's
change (one prompt across a Word form's parts, as across the text form's)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ofsted_plan.errors import PlanError
from ofsted_plan.importing.importer import import_table


def _rqia_form(path: Path, prompts: tuple[str, str]) -> Path:
    """RQIA's quality improvement plan in Word: per part a row of its number and labels
    beside the requirement, then a row across of the prompt over the response."""
    from docx import Document

    document = Document()
    document.add_heading("Abingdon Manor Care Home – Quality Improvement Plan", 0)
    document.add_paragraph(
        "Action required to ensure compliance with The Nursing Homes Regulations 2005"
    )
    table = document.add_table(rows=4, cols=2)
    for n, (need, reply) in enumerate(
        (
            ("The registered person shall ensure IPC issues are managed.",
             "Equipment has been removed from bathrooms."),
            ("The registered person shall ensure repositioning records are kept.",
             "Charts are checked at the end of each shift."),
        )
    ):  # fmt: skip
        table.cell(2 * n, 0).text = (
            f"Area for improvement {n + 1}\n\nRef: Regulation 13 (7)\n\nStated: First time"
            "\n\nTo be completed by:\n30 September 2025"
        )
        table.cell(2 * n, 1).text = need
        row = table.cell(2 * n + 1, 0).merge(table.cell(2 * n + 1, 1))
        row.text = f"{prompts[n]}\n{reply}"
    document.save(str(path))
    return path


def test_a_word_form_with_two_prompts_is_not_read_as_one_form(tmp_path: Path) -> None:
    """A person reads RQIA's form by its one prompt over every response; where one part's
    row across says something else ('Comments from the inspector ...:'), what it holds is
    no response of the provider's, and the form is not read as responses (refused), as the
    text form with two prompts is."""
    same = "Response by registered person detailing the actions taken:"
    plan = import_table(str(_rqia_form(tmp_path / "qip.docx", (same, same))))
    assert [a.action for a in plan.actions()][1] == "Charts are checked at the end of each shift."
    other = "Comments from the inspector on the evidence seen:"
    with pytest.raises(PlanError):
        import_table(str(_rqia_form(tmp_path / "two.docx", (same, other))))


def test_a_risks_code_over_its_numbered_actions_is_no_action_ref(tmp_path: Path) -> None:
    """A housing association's risk register: 'Ref' SR01 on a risk's first row (merged down
    over its actions, or not), 'No.' 1.1, 1.2 beside each further action. The actions are
    numbered under the risk's number (SR01 is risk 1): 'No.' is each action's ref, and the
    risk's code is kept with the risk, as a person reads the register."""
    from .test_import_four_hundred_twenty_first_set import _book

    head: list[object] = ["Ref", "Risk", "Risk owner", "No.", "Further actions required",
                          "Action owner", "Target date", "Status"]  # fmt: skip
    rows: list[list[object]] = [
        ["Strategic Risk Register 2025/26"],
        [],
        head,
        ["SR01", "Landlord health and safety compliance", "Director of Property", "1.1",
         "Transfer compliance data into the new system", "Head of Compliance", "Sep 2025",
         "At risk"],
        ["", "", "", "1.2", "Commission a fire safety assurance review", "Head of Compliance",
         "Oct 2025", "Complete"],
        ["SR04", "Breach of loan covenants", "Director of Finance", "4.1",
         "Refresh the 30-year business plan", "Director of Finance", "Nov 2025", "On track"],
        ["", "", "", "4.2", "Agree a recovery plan with lenders", "Head of Treasury",
         "Dec 2025", "On track"],
        ["SR05", "Cost of the investment programme", "Director of Property", "5.1",
         "Complete stock condition surveys", "Head of Assets", "Mar 2026", "Off track"],
    ]  # fmt: skip
    path = _book(tmp_path / "register.xlsx", {"Register": rows})
    plan = import_table(str(path))
    assert [a.ref for a in plan.actions()] == ["1.1", "1.2", "4.1", "4.2", "5.1"]
    assert [t.title for t in plan.themes][:2] == [  # (no bands over them: the top level)
        "Landlord health and safety compliance",
        "Breach of loan covenants",
    ]


def test_minute_numbers_are_the_refs_over_a_line_of_words_run_on(tmp_path: Path) -> None:
    """A parish clerk's action list: 'Minute' of 'FC 25/031', a different one on every
    action, under committee lines, and one action's words run on to a line of their own.
    The minute numbers are the refs (the run-on line is no action with no minute); the
    line's words stay with the action above."""
    lines = [
        "Great Shelford Parish Council",
        "",
        "Minute\tAction\tWho\tBy when\tRAG",
        "Full Council",
        "FC 25/031\tPublish the AGAR on the website\tRFO\tJun-25\tB",
        "FC 25/046\tObtain three quotations for the boiler\tClerk\tSept 2025\tB",
        "FC 25/058\tApply for a Section 106 contribution\tClerk\t31/12/2025\tG",
        "\tand report the reply to Full Council",
        "Recreation Ground and Amenities Committee",
        "RA 25/019\tArrange the play equipment inspection\tCllr Patel & Clerk\tOct 2025\tB",
        "RA 25/022\tObtain quotations for the repairs\tClerk\tDec 2025\tA",
    ]
    path = tmp_path / "actions.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    actions = list(import_table(str(path)).actions())
    assert [a.ref for a in actions] == [
        "FC 25/031", "FC 25/046", "FC 25/058", "RA 25/019", "RA 25/022"
    ]  # fmt: skip
    assert actions[2].action.endswith("and report the reply to Full Council")


def test_a_numbered_area_over_what_the_commission_asked_is_the_theme(tmp_path: Path) -> None:
    """A charity's plan answering the Charity Commission: each table opens with '1.
    Financial oversight and reserves' merged across, then what the Commission asked merged
    across, then the header. The numbered area is the theme, what was asked the
    recommendation under it."""
    from .test_import_six_hundred_fifty_first_set import _word

    head = ["No.", "Action", "Lead", "Timescale", "Status"]

    def table(number: int, area: str, asked: str) -> list[list[str]]:
        return [
            [f"{number}. {area}"],
            [asked],
            head,
            [f"{number}.1", f"Carry out the first {area.lower()} action", "Treasurer",
             "April 2025", "Blue"],
            [f"{number}.2", f"Carry out the second {area.lower()} action", "Head of Governance",
             "June 2025", "Green"],
        ]  # fmt: skip

    path = _word(
        tmp_path / "plan.docx",
        [
            ("p", "Charity Commission Regulatory Compliance Case: Trustees' Action Plan"),
            ("table", table(1, "Financial oversight", "Ensure the trustees receive timely "
                            "financial information and adopt a reserves policy.")),
            ("table", table(2, "Conflicts of interest", "Put in place and follow an "
                            "effective conflicts of interest policy.")),
        ],
    )  # fmt: skip
    plan = import_table(str(path))
    assert [t.title for t in plan.themes] == [
        "1. Financial oversight",
        "2. Conflicts of interest",
    ]
    assert plan.themes[1].recommendations[0].text == (
        "Put in place and follow an effective conflicts of interest policy."
    )


def test_a_psii_safety_action_numbered_before_its_label_has_that_ref(tmp_path: Path) -> None:
    """A patient safety incident investigation's plan saved as text: 'SA1  Safety action:
    ...' then the owner, due date and status lines under it. SA1 is the action's ref."""
    lines = [
        "Oxford Health NHS Foundation Trust – PSII Safety Action Plan",
        "",
        "Area for improvement 1: Discharge planning and handover",
        "",
        "SA1  Safety action:  Introduce a standard discharge handover template.",
        "     Action owner:   Clinical Director",
        "     Due:            31/03/2025",
        "     Status:         On track",
        "",
        "SA2  Safety action:  Make the 72-hour follow-up contact face to face.",
        "     Action owner:   AMHT Service Managers",
        "     Due:            30/04/2025",
        "     Status:         Complete",
        "",
        "Area for improvement 2: Involving families and carers",
        "",
        "SA3  Safety action:  Seek a named carer's views before discharge.",
        "     Action owner:   Carers Lead",
        "     Due:            30/06/2025",
        "     Status:         At risk",
    ]
    path = tmp_path / "psii.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    actions = list(import_table(str(path)).actions())
    assert [a.ref for a in actions] == ["SA1", "SA2", "SA3"]
    assert actions[0].action == "Introduce a standard discharge handover template."


def test_hiw_findings_beside_one_improvement_are_no_theme(tmp_path: Path) -> None:
    """HIW's improvement plan, a table per section under its heading: 'Risk/finding/issue'
    beside 'Improvement needed', one for one. In a section's table of one row too, the
    finding is that row's own, kept with it: the section headings are the themes."""
    from .test_import_six_hundred_fifty_first_set import _word

    head = ["Risk/finding/issue", "Improvement needed", "Service action",
            "Responsible officer", "Timescale"]  # fmt: skip

    def row(n: int) -> list[str]:
        return [f"Finding number {n} was seen on the ward during the visit.",
                f"The health board must ensure improvement {n} is made.",
                f"Service action {n}", "Ward Manager", "31 March 2025"]  # fmt: skip

    path = _word(
        tmp_path / "hiw.docx",
        [
            ("h1", "Healthcare Inspectorate Wales – Improvement Plan"),
            ("h3", "Quality of patient experience"),
            ("table", [head, row(1), row(2)]),
            ("h3", "Quality of management and leadership"),
            ("table", [head, row(3)]),
        ],
    )
    plan = import_table(str(path))
    assert [t.title for t in plan.themes] == [
        "Quality of patient experience",
        "Quality of management and leadership",
    ]
    assert plan.themes[1].recommendations[0].text == (
        "The health board must ensure improvement 3 is made."
    )


def test_rqia_qip_tracker_reads_the_requirement_and_keeps_the_key(tmp_path: Path) -> None:
    """An RQIA QIP tracker saved as text: 'The registered person shall' heads the
    requirement (what the provider must do, the recommendation); the provider's response is
    the action; 'RAG:' then a cell per colour ('Blue = complete ...') under the table is
    the key, never an action."""
    head = "AFI\tStated\tThe registered person shall\tAction taken / planned\tLead\tBy\tRAG"
    lines = [
        "The Northern Ireland Clinic",
        "",
        "Action required to ensure compliance with the Regulations",
        head,
        "1\tFirst time\tThe registered person shall ensure the trolley is checked.\t"
        "Checklists reissued.\tTheatre Manager\t30 April 2025\tBlue",
        "2\tFirst time\tThe registered person shall ensure records are complete.\t"
        "Files audited.\tHR Manager\t31/07/2025\tGreen",
        "3\tSecond time\tThe registered person shall ensure training is completed.\t"
        "Matrix moved online.\tClinical Educator\t31 May 2025\tAmber",
        "",
        "RAG:\tBlue = complete and verified\tGreen = on track\tAmber = at risk\tRed = overdue",
    ]
    path = tmp_path / "qip.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    plan = import_table(str(path))
    actions = list(plan.actions())
    assert [a.action for a in actions] == [
        "Checklists reissued.", "Files audited.", "Matrix moved online."
    ]  # fmt: skip
    assert plan.themes[0].recommendations[0].text == (
        "The registered person shall ensure the trolley is checked."
    )


def test_a_numbered_scale_printed_on_each_sheet_is_the_key(tmp_path: Path) -> None:
    """A scrutiny committee's monitoring report, a sheet per review, each with 'Assessment of
    progress: 1 = Fully achieved; 2 = On-track; 3 = Slipped; 4 = Not achieved' under its
    title: the numbers in the 'Assessment of progress' column read by that key (4 is red,
    'Not achieved' never read as achieved)."""
    from .test_import_four_hundred_twenty_first_set import _book

    key = "Assessment of progress: 1 = Fully achieved; 2 = On-track; 3 = Slipped; 4 = Not achieved"
    head: list[object] = ["Recommendation", "Agreed Action", "Responsibility",
                          "Date for completion", "Assessment of progress"]  # fmt: skip

    def sheet(review: str, marks: list[int]) -> list[list[object]]:
        rows: list[list[object]] = [[f"Scrutiny Review of {review}"], [key], [], head]
        for n, mark in enumerate(marks, start=1):
            rows.append([f"{n}) The Council improves {review.lower()} part {n}.",
                         f"Carry out {review.lower()} action {n}", "Head of Service",
                         "March 2025", mark])  # fmt: skip
        return rows

    path = _book(
        tmp_path / "monitoring.xlsx",
        {"Safeguarding": sheet("Safeguarding", [1, 2, 3]), "GP access": sheet("GP access", [4, 2])},
    )
    plan = import_table(str(path))
    assert [a.status.value for a in plan.actions()] == ["blue", "green", "amber", "red", "green"]


def test_a_swatch_key_calling_yellow_on_track_reads_yellow_cells_green(tmp_path: Path) -> None:
    """A Welsh joint inspection plan whose key is a table of swatches: green 'Completed',
    yellow 'In progress – on track', orange 'In progress – some slippage', red 'Not on
    track'. The Progress cells are coloured only: yellow is on track (green), orange amber,
    green complete (blue)."""
    from docx import Document
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def shade(cell: object, fill: str) -> None:
        properties = cell._tc.get_or_add_tcPr()  # type: ignore[attr-defined]
        shading = OxmlElement("w:shd")
        shading.set(qn("w:val"), "clear")
        shading.set(qn("w:fill"), fill)
        properties.append(shading)

    document = Document()
    document.add_heading("Wrexham JICPA – Multi-agency Improvement Plan", 0)
    document.add_paragraph("Progress key")
    key = document.add_table(rows=4, cols=2)
    for row, (fill, meaning) in enumerate(
        (("00B050", "Completed"), ("FFFF00", "In progress – on track"),
         ("FFC000", "In progress – some slippage"), ("FF0000", "Not on track – escalated"))
    ):  # fmt: skip
        shade(key.cell(row, 0), fill)
        key.cell(row, 1).text = meaning
    plan_table = document.add_table(rows=5, cols=5)
    for column, title in enumerate(("No.", "Action", "Lead", "Target date", "Progress")):
        plan_table.cell(0, column).text = title
    for row, fill in enumerate(("FFFF00", "00B050", "FFC000", "FFFF00"), start=1):
        for column, text in enumerate((f"1.{row}", f"Partners carry out action {row}",
                                       "Service Manager", "31/12/2025")):  # fmt: skip
            plan_table.cell(row, column).text = text
        shade(plan_table.cell(row, 4), fill)
    path = tmp_path / "jicpa.docx"
    document.save(str(path))
    plan = import_table(str(path))
    assert [a.status.value for a in plan.actions()] == ["green", "blue", "amber", "green"]


def test_a_standard_column_cutting_across_the_sections_is_no_theme(tmp_path: Path) -> None:
    """HIW's GP improvement plan as text: section lines ('Quality of the patient experience')
    over the improvements, and a 'Standard' column (Safe, Effective) beside each. A standard
    comes under two sections and a section holds two standards: the sections are the
    themes, the standard kept with each action."""
    head = "Improvement needed\tStandard\tService action\tResponsible officer\tTimescale"
    lines = [
        "Cwmfelin Medical Centre – HIW inspection improvement plan",
        "",
        head,
        "Quality of the patient experience",
        "The practice must repair the hearing loop.\tEquitable\tLoop repaired.\tPractice "
        "Manager\t31/10/2024",
        "The practice must review telephone access.\tTimely\tCall-back introduced.\tPractice "
        "Manager\t30/11/2024",
        "Delivery of safe and effective care",
        "The practice must check emergency drugs weekly.\tSafe\tChecklist introduced.\tLead "
        "Nurse\t30/09/2024",
        "The practice must monitor fridge temperatures.\tEffective\tLogs reviewed.\tLead "
        "Nurse\t31/12/2024",
        "Quality of management and leadership",
        "The practice must review all policies.\tEffective\tPolicy register created.\tPractice "
        "Manager\t31/01/2025",
    ]
    path = tmp_path / "hiw.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    plan = import_table(str(path))
    assert [t.title for t in plan.themes] == [
        "Quality of the patient experience",
        "Delivery of safe and effective care",
        "Quality of management and leadership",
    ]


def test_a_goal_over_runs_of_actions_inside_a_priority_is_the_level(tmp_path: Path) -> None:
    """A council's strategy delivery tracker: 'Priority' and 'Goal' ('SP1 – Residents can
    reach us easily ...') each written on the first of its actions. The goal stands over a
    run of actions inside one priority: the priority is the theme, the goal the level under
    it."""
    from .test_import_three_hundred_ninety_third_set import _csv

    rows = [
        ["Council Strategy Delivery Plan"],
        ["Priority", "Goal", "Ref", "Key action / milestone", "Lead officer", "Target date",
         "RAG"],
        ["Services we are proud of", "SP1 – Residents can reach us easily and get things right",
         "SP1.1", "Launch the new online customer account", "Head of Customer Services",
         "Mar-26", "G"],
        ["", "", "SP1.2", "Reduce the backlog of FOI requests", "Head of Legal", "Mar-26", "A"],
        ["A fairer place for all", "FW1 – Children with SEND get the right support in time",
         "FW1.1", "Open additional resource places", "Head of SEND", "Sep-25", "G"],
        ["", "", "FW1.2", "Issue more EHC plans within 20 weeks", "Head of SEND", "Mar-26", "R"],
    ]  # fmt: skip
    plan = import_table(str(_csv(tmp_path / "tracker.csv", rows)))
    assert [t.title for t in plan.themes] == ["Services we are proud of", "A fairer place for all"]
    assert plan.themes[0].recommendations[0].text == (
        "SP1 – Residents can reach us easily and get things right"
    )


def test_each_phase_sheet_names_its_part_over_the_improvement_points(tmp_path: Path) -> None:
    """An Ofsted ITE plan with a sheet per phase, each headed 'Primary phase' or 'Secondary
    phase' over a line every sheet repeats, its 'Improvement point (Ofsted report)' written
    once over its actions: the phase is the theme, the improvement point the level under
    it."""
    from .test_import_four_hundred_twenty_first_set import _book

    head: list[object] = ["Ref", "Improvement point (Ofsted report)", "Action", "Lead(s)",
                          "Due", "RAG"]  # fmt: skip

    def sheet(phase: str, letter: str) -> list[list[object]]:
        return [
            [f"{phase} phase"],
            ["What the ITE provider needs to do to improve (Ofsted, April 2024) and how the "
             "partnership is responding"],  # (on each sheet)
            [],
            head,
            [f"{letter}1.1", f"Leaders should improve the {phase.lower()} curriculum.",
             f"Write the {phase.lower()} curriculum", "Programme Leader", "December 2024",
             "Green"],
            [f"{letter}1.2", "", f"Audit {phase.lower()} subject knowledge", "Programme Leader",
             "March 2025", "Amber"],
            [f"{letter}2.1", f"Leaders should train {phase.lower()} mentors.",
             f"Train the {phase.lower()} mentors", "Partnership Manager", "March 2025", "Blue"],
        ]  # fmt: skip

    path = _book(
        tmp_path / "ite.xlsx",
        {"Cover": [["University ITE Partnership – Post-inspection Improvement Plan"]],
         "Primary": sheet("Primary", "P"), "Secondary": sheet("Secondary", "S")},
    )  # fmt: skip
    plan = import_table(str(path))
    assert [t.title for t in plan.themes] == ["Primary phase", "Secondary phase"]
    assert [r.text for r in plan.themes[1].recommendations] == [
        "Leaders should improve the secondary curriculum.",
        "Leaders should train secondary mentors.",
    ]


def test_an_hse_notice_date_gives_way_to_its_extended_date(tmp_path: Path) -> None:
    """An HSE improvement notice tracker: 'Notice compliance date' beside 'Extended
    compliance date'. The extended date is the end where there is one, else the notice's
    own date (never no end at all)."""
    lines = [
        "The Highland Council – HSE Improvement Notices action tracker",
        "",
        "Ref\tAction\tResponsible officer\tNotice compliance date\tExtended compliance date\t"
        "Status",
        "1.1\tComplete HAVS risk assessments\tAmenities Manager\t31/05/2025\t31/07/2025\tComplete",
        "1.2\tRecord daily exposure points\tRoads Operations Manager\t31/05/2025\t\tComplete",
        "2.1\tReplace high-vibration tools\tFleet Manager\t30/06/2025\t31/03/2026\tOn track",
    ]
    path = tmp_path / "notices.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    actions = list(import_table(str(path)).actions())
    assert [str(a.end) for a in actions] == ["2025-07", "2025-05", "2026-03"]


def test_a_monday_board_reads_its_timeline_where_no_due_date_is_set(tmp_path: Path) -> None:
    """A monday.com board exported to CSV: a group's title line and header over each group,
    'Due date' beside 'Timeline' ('2025-09-01 - 2026-02-27'), and the export's stamp at the
    foot. The due date is the end, else the timeline's last month; the stamp is no action."""
    head = "Name,Action ref,Owner,Status,Due date,Timeline,Notes\n"
    path = tmp_path / "board.csv"
    path.write_text(
        "Tideway – HSE Improvement Notices – Action Tracker\n\n"
        "IN/2025/0147 – Confined space entry for tunnel and shaft inspections\n" + head +
        "Revise confined space risk assessments for all shaft sites,IN1-01,Marcus Bell,Done,"
        "2025-05-16,2025-04-07 - 2025-05-16,Reviewed by HSE inspector\n"
        "Deliver confined space rescue training and joint exercises,IN1-03,Aisha Rahman,"
        "On track,,2025-09-01 - 2026-02-27,4 of 6 exercises held\n"
        "Audit compliance with permit-to-work for confined space entry,IN1-04,Tom Whitfield,"
        "At risk,2026-01-30,,Fieldwork moved\n\n"
        "IN/2025/0163 – Thorough examination of lifting equipment\n" + head +
        "Compile a register of all lifting equipment across operational sites,IN2-01,"
        "Deepa Sharma,Done,2025-07-31,,\n"
        "Set up examination due-date alerts in the maintenance system,IN2-03,Gareth Lloyd,"
        "Not started,2026-03-31,,\n\n"
        "Exported from monday.com on 14/01/2026 09:42\n",
        encoding="utf-8",
    )  # fmt: skip
    actions = list(import_table(str(path)).actions())
    assert [a.ref for a in actions] == ["IN1-01", "IN1-03", "IN1-04", "IN2-01", "IN2-03"]
    assert [str(a.end) for a in actions][:3] == ["2025-05", "2026-02", "2026-01"]


def test_a_domain_tag_across_priority_bands_is_no_theme(tmp_path: Path) -> None:
    """A hospice's quality account tracker: 'Priority 1: ...' rows over the actions, and a
    'Domain' column (Clinical effectiveness, Patient safety) on each action that comes under
    two priorities while a priority holds two domains. The priorities are the themes, in the
    table's order; the domain is kept with each action."""
    from .test_import_three_hundred_ninety_third_set import _csv

    rows = [
        ["St Christopher's Hospice – Quality Account 2025/26: quality priorities tracker"],
        ["Ref", "Quality priority / action", "Domain", "Lead", "Target date", "Q2 RAG"],
        ["Priority 1: Better care at home in the last days of life"],
        ["1.1", "Extend the rapid response service overnight", "Clinical effectiveness",
         "Director of Nursing", "Dec-25", "Amber"],
        ["1.2", "Offer every carer a support call within 48 hours", "Patient experience",
         "Head of Family Support", "30/09/2025", "Blue"],
        ["Priority 2: Reducing harm from falls on the inpatient unit"],
        ["2.1", "Introduce bay nursing for patients at high risk of falls", "Patient safety",
         "Ward Manager", "Mar-26", "Amber"],
        ["2.2", "Audit falls care plans each month", "Clinical effectiveness",
         "Falls Lead Nurse", "Quarterly", "Green"],
    ]  # fmt: skip
    plan = import_table(str(_csv(tmp_path / "tracker.csv", rows)))
    assert [t.title for t in plan.themes] == [
        "Priority 1: Better care at home in the last days of life",
        "Priority 2: Reducing harm from falls on the inpatient unit",
    ]
    assert [a.ref for a in plan.actions()] == ["1.1", "1.2", "2.1", "2.2"]


def test_a_post_heading_a_field_with_no_of_keeps_its_ampersand() -> None:
    """'Executive Director Community & Children's Services': one director of both fields
    ('Children's Services' is a service, never a lead of its own)."""
    from ofsted_plan.importing.people import split_people

    assert split_people("Executive Director Community & Children's Services").officers == (
        "Executive Director Community & Children's Services",
    )


def test_a_report_each_recommendation_arose_under_is_kept_aside(tmp_path: Path) -> None:
    """A scrutiny recommendations tracker: committee rows over the recommendations, each
    with the 'Report / item' it came from (a different one each). The committees are the
    parts; the report is kept with each, no level."""
    from .test_import_three_hundred_ninety_third_set import _csv

    rows = [
        ["Scrutiny Recommendations Tracker 2024/25"],
        ["Ref", "Report / item", "Recommendation", "Responsible officer(s)", "Target date",
         "RAG"],
        ["Communities Scrutiny Committee"],
        ["CSC/24/02", "Highways maintenance", "That a revised resurfacing programme is presented.",
         "Head of Highways", "Mar-25", "G"],
        ["CSC/24/05", "Flood risk management", "That officers write to Natural Resources Wales.",
         "Flood Risk Manager", "Dec-24", "B"],
        ["Partnerships Scrutiny Committee"],
        ["PSC/24/03", "Regional Partnership Board report", "That assurance is sought on "
         "delayed discharges.", "Corporate Director", "Jan-25", "A"],
        ["PSC/24/06", "School transport", "That guidance for parents is published.",
         "Head of Education", "Sep-25", "G"],
    ]  # fmt: skip
    plan = import_table(str(_csv(tmp_path / "tracker.csv", rows)))
    assert [t.title for t in plan.themes] == [
        "Communities Scrutiny Committee",
        "Partnerships Scrutiny Committee",
    ]
    assert {r.text for t in plan.themes for r in t.recommendations} == {""}


def test_a_sheet_line_naming_the_kind_of_its_parts_names_no_part(tmp_path: Path) -> None:
    """A SEND priority action plan with a sheet 'Priority actions' and a sheet 'Areas for
    improvement', each headed 'Norfolk SEND Priority Action Plan – ...' and its kind, over
    bands naming each area: the bands are the parts, the plan's name is no part."""
    from .test_import_four_hundred_twenty_first_set import _book

    head: list[object] = ["Ref", "Action", "Lead officer", "Completion date", "RAG"]
    first: list[list[object]] = [
        ["Norfolk SEND Priority Action Plan – Areas for priority action"], [], head,
        ["Area for priority action 1: Leaders should complete EHC needs assessments on time."],
        ["1.1", "Recruit additional EHC coordinators", "Head of SEND", "Dec 2025", "Green"],
        ["1.2", "Set up a quality assurance panel", "Head of QA", "Mar 2026", "Amber"],
    ]  # fmt: skip
    second: list[list[object]] = [
        ["Norfolk SEND Priority Action Plan – Areas for improvement"], [], head,
        ["Area for improvement 1: Leaders should improve annual reviews at transition."],
        ["A1.1", "Set up a transition review tracker", "Head of SEND", "Dec 2025", "Green"],
        ["A1.2", "Brief mainstream SENCOs on annual reviews", "Inclusion Manager", "Mar 2026",
         "Blue"],
    ]  # fmt: skip
    path = _book(
        tmp_path / "send.xlsx",
        {"Priority actions": first, "Areas for improvement": second},
        merges=["Priority actions!A4:E4", "Areas for improvement!A4:E4"],
    )
    plan = import_table(str(path))
    unders = {(t.title, r.text) for t in plan.themes for r in t.recommendations}
    assert not any("Norfolk SEND Priority Action Plan" in u for pair in unders for u in pair)


def test_rqia_word_form_with_sections_and_labels_merged_down(tmp_path: Path) -> None:
    """RQIA's QIP as one Word table: a band across for each section ('Action required to
    ensure compliance with ... Regulations'), then per area a cell of its number and labels
    merged down two rows, beside the requirement and, under it, the prompt over the
    response. Each response is an action under its section and requirement; a 'Ref: 5.2.3'
    line under the requirement is the report's section, not the requirement's words."""
    from docx import Document

    document = Document()
    document.add_heading("Quality Improvement Plan – Mournecare Homecare Ltd", 1)
    table = document.add_table(rows=7, cols=2)
    bands = {0: "Action required to ensure compliance with the Regulations",
             5: "Action required to ensure compliance with the Minimum Standards"}  # fmt: skip
    for row, text in bands.items():
        cell = table.cell(row, 0).merge(table.cell(row, 1))
        cell.text = text
    areas = [
        (1, "The registered person shall ensure staff files hold a full history.\nRef: 5.2.3",
         "All personnel files have been audited."),
        (3, "The registered person shall evaluate the quality of services monthly.",
         "Monthly quality monitoring has been completed."),
    ]  # fmt: skip
    for n, (row, need, reply) in enumerate(areas, start=1):
        labels = table.cell(row, 0).merge(table.cell(row + 1, 0))
        labels.text = f"Area for improvement {n}\nRef: Regulation 13\nStated: First time"
        table.cell(row, 1).text = need
        table.cell(
            row + 1, 1
        ).text = f"Response by registered person detailing the actions taken:\n{reply}"
    table.cell(6, 0).text = "Area for improvement 3\nRef: Standard 12.3\nStated: First time"
    table.cell(6, 1).text = "The registered person shall ensure dysphagia training."
    path = tmp_path / "qip.docx"
    document.save(str(path))
    with pytest.raises(PlanError):  # (the third area has no response row: not the form)
        import_table(str(path))
    table._tbl.remove(table.rows[6]._tr)
    table._tbl.remove(table.rows[5]._tr)
    document.save(str(path))
    plan = import_table(str(path))
    assert [a.action for a in plan.actions()] == [
        "All personnel files have been audited.",
        "Monthly quality monitoring has been completed.",
    ]
    assert [r.text for t in plan.themes for r in t.recommendations] == [
        "The registered person shall ensure staff files hold a full history.",
        "The registered person shall evaluate the quality of services monthly.",
    ]
    assert plan.themes[0].title == "Action required to ensure compliance with the Regulations"


def test_a_rank_and_its_units_letters_then_another_post_are_two() -> None:
    """'DCI RASSO and CPS RASSO Unit Head' (a force's RASSO plan): the detective chief
    inspector of the RASSO unit, and the CPS unit's head; 'DCI Stalking and Harassment Lead'
    stays one post."""
    from ofsted_plan.importing.people import split_people

    assert split_people("DCI RASSO and CPS RASSO Unit Head").officers == (
        "DCI RASSO",
        "CPS RASSO Unit Head",
    )
    assert split_people("DCI Stalking and Harassment Lead").officers == (
        "DCI Stalking and Harassment Lead",
    )


def test_hmpps_concern_with_its_agreed_and_response_rows_over_the_header(
    tmp_path: Path,
) -> None:
    """HMPPS's action plan, a table per priority concern: 'Priority concern 1' | its words,
    'Agreed / Partly Agreed / Not Agreed' | 'Agreed', 'Response' | the prison's answer,
    then the header and the actions. Each concern names its actions' part (never lost)."""
    from .test_import_six_hundred_fifty_first_set import _word

    def table(n: int, concern: str) -> list[list[str]]:
        return [
            [f"Priority concern {n}", concern, concern, concern],
            ["Agreed / Partly Agreed / Not Agreed", "Agreed", "Agreed", "Agreed"],
            ["Response", "The Director has put a plan in place.", "The Director has put a "
             "plan in place.", "The Director has put a plan in place."],
            ["No.", "Action", "Responsible owner", "Target date"],
            [f"{n}.1", f"Carry out the first action for concern {n}", "Director", "June 2024"],
            [f"{n}.2", f"Carry out the second action for concern {n}", "Head of Safety",
             "July 2024"],
        ]  # fmt: skip

    path = _word(
        tmp_path / "prison.docx",
        [
            ("p", "Action Plan: HMP Five Wells"),
            ("h1", "RESPONSE TO PRIORITY CONCERNS"),
            ("table", table(1, "Governance was weak and leaders did not make good use of data.")),
            ("table", table(2, "Rates of self-harm were extremely high and not enough was done.")),
        ],
    )
    plan = import_table(str(path))
    unders = [[t.title, r.text] for t in plan.themes for r in t.recommendations for _ in r.actions]
    assert any("Governance was weak" in " ".join(u) for u in unders)
    assert any("Rates of self-harm" in " ".join(u) for u in unders[2:])


def test_a_count_of_actions_then_counts_by_colour_is_a_totals_line(tmp_path: Path) -> None:
    """'8 actions reported | Green 3 | Amber 2 | Red 1 | Complete 1 | Not Started 1' under a
    performance system's export: counts, never an action whose RAG is 'Not Started 1'."""
    lines = [
        "Corporate Plan Delivery Plan 2025/26: Action Progress Report (Quarter 2)",
        "",
        "Priority\tAction Ref\tAction\tResponsible Officer\tDue Date\tRAG",
        "Young people\tCP25-01\tDouble the Youth Zone outreach membership\tDirector\t31/03/2026"
        "\tGreen",
        "Young people\tCP25-02\tOpen two family hubs\tDirector\t31/12/2025\tAmber",
        "Organisation\tCP25-08\tDeliver the peer challenge plan\tChief Executive\t31/12/2025"
        "\tComplete",
        "",
        "3 actions reported\tGreen 1\tAmber 1\tComplete 1",
    ]
    path = tmp_path / "report.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    actions = list(import_table(str(path)).actions())
    assert [a.ref for a in actions] == ["CP25-01", "CP25-02", "CP25-08"]


def test_a_requirement_label_over_its_words_and_the_law_in_brackets(tmp_path: Path) -> None:
    """'Requirement 1' as a heading, then its words ending with the regulation in brackets
    ('... shared with the family. (Adoption Support Services Regulations 2005, regulation
    16)'), then its table: the words name the part (a line citing only the law would be
    said of it)."""
    from .test_import_six_hundred_fifty_first_set import _word

    words = ("The registered person must ensure that support needs are assessed without "
             "delay and shared with the family. (Adoption Support Services Regulations 2005, "
             "regulation 16)")  # fmt: skip
    head = ["No.", "Action", "Lead", "Target date"]
    path = _word(
        tmp_path / "agency.docx",
        [
            ("h1", "Part A – Requirements"),
            ("h2", "Requirement 1"),
            ("p", words),
            ("table", [head, ["1.1", "Introduce a triage standard", "Head of Service",
                              "31/10/2025"]]),
            ("h2", "Requirement 2"),
            ("p", words.replace("support needs are", "records are")),
            ("table", [head, ["2.1", "Audit all open cases", "Head of QA", "30/11/2025"]]),
        ],
    )  # fmt: skip
    plan = import_table(str(path))
    parts = [[x for x in (t.title, r.text) if x] for t in plan.themes for r in t.recommendations]
    assert [p[-1] for p in parts] == [words, words.replace("support needs are", "records are")]


def test_an_outcome_merged_down_and_numbered_over_the_refs_is_the_level(tmp_path: Path) -> None:
    """A council plan tracker: theme bands, then 'Outcome' of '1.1 Children are safe ...'
    merged down over its deliverables 1.1.1 and 1.1.2. The outcome is the level under the
    theme (no measure of one action), as its refs' numbering shows."""
    from .test_import_four_hundred_twenty_first_set import _book

    rows: list[list[object]] = [
        ["Corporate Plan Key Deliverables Tracker 2025/26"],
        [],
        ["Ref", "Outcome", "Key deliverable", "Lead Director", "Milestone date", "RAG"],
        ["Theme 1: Supporting our residents to stay safe and well"],
        ["1.1.1", "1.1 Children are safe, healthy and able to achieve", "Open family hubs",
         "Director of Starting Well", "Mar 2026", "Green"],
        ["1.1.2", "", "Deliver the SEND sufficiency plan", "Director of Starting Well",
         "Sep 2026", "Amber"],
        ["1.2.1", "1.2 Adults live independently for longer", "Launch the reablement service",
         "Director of Living Well", "Dec 2025", "Green"],
        ["1.2.2", "", "Complete the extra care review", "Director of Living Well", "Jan 2026",
         "Red"],
        ["Theme 2: A great place to live"],
        ["2.1.1", "2.1 Residents live in good homes", "Build 200 council homes",
         "Director of Place", "Mar 2027", "Amber"],
        ["2.1.2", "", "License all houses in multiple occupation", "Director of Place",
         "Dec 2026", "Green"],
        ["Total deliverables", "", "6"],
    ]  # fmt: skip
    path = _book(
        tmp_path / "tracker.xlsx",
        {"Tracker": rows},
        merges=["Tracker!B5:B6", "Tracker!B7:B8", "Tracker!B10:B11", "Tracker!A4:F4",
                "Tracker!A9:F9"],
    )  # fmt: skip
    plan = import_table(str(path))
    assert [(t.title[:7], r.text) for t in plan.themes for r in t.recommendations] == [
        ("Theme 1", "1.1 Children are safe, healthy and able to achieve"),
        ("Theme 1", "1.2 Adults live independently for longer"),
        ("Theme 2", "2.1 Residents live in good homes"),
    ]


def test_a_risk_numbered_under_its_objective_on_each_sheet(tmp_path: Path) -> None:
    """A board assurance framework, a sheet a risk: 'Strategic Objective 1 – ...' over
    'Risk 1.1 – ...' then the risk's facts and its actions' table. The objective is the
    theme and the risk, numbered under it, the level under that."""
    from .test_import_four_hundred_twenty_first_set import _book

    def sheet(n: int, objective: str, risk: str) -> list[list[object]]:
        return [
            [f"Strategic Objective {n} – {objective}"],
            [f"Risk {n}.1 – {risk}"],
            ["Executive lead", "", "Chief Officer"],
            ["Key controls", "", "E-rostering; values-based recruitment"],
            [],
            ["Actions to address gaps in control and assurance"],
            ["No.", "Action", "Lead", "Due date", "RAG"],
            [f"{n}.1.1", f"Deliver the first {objective.lower()} action", "Chief Officer",
             "Mar 2026", "G"],
            [f"{n}.1.2", f"Deliver the second {objective.lower()} action", "Deputy", "Jun 2026",
             "A"],
        ]  # fmt: skip

    path = _book(
        tmp_path / "baf.xlsx",
        {"SR1.1": sheet(1, "Inspirational People", "Failure to recruit enough staff"),
         "SR2.1": sheet(2, "Safe Care", "Failure to reduce harm from falls")},
    )  # fmt: skip
    plan = import_table(str(path))
    assert [(t.title, r.text) for t in plan.themes for r in t.recommendations] == [
        ("Strategic Objective 1 – Inspirational People",
         "Risk 1.1 – Failure to recruit enough staff"),
        ("Strategic Objective 2 – Safe Care", "Risk 2.1 – Failure to reduce harm from falls"),
    ]  # fmt: skip


def test_rec_rows_in_the_actions_column_are_the_recommendations(tmp_path: Path) -> None:
    """An internal audit tracker with one column for the recommendation and its actions:
    'Rec 1' | the auditor's words | priority (no lead, date or status), then '1.1', '1.2'
    with theirs. The 'Rec' rows are the recommendations, never actions."""
    from .test_import_four_hundred_twenty_first_set import _book

    rows: list[list[object]] = [
        ["Internal Audit Recommendations – Outstanding 2025-26"],
        [],
        ["Ref", "Recommendation / Management Action", "Priority", "Responsible Officer",
         "Original Implementation Date", "Revised Implementation Date", "Status", "RAG",
         "Update"],
        ["1. Security Management Arrangements (2023-24) – Limited assurance"],
        ["Rec 1", "The Commission should complete the access control system.", 2],
        ["1.1", "Obtain costings for the access control system.", "", "Director",
         "Mar 2025", "Sep 2025", "Implemented", "B", "Approved in June."],
        ["1.2", "Complete installation at all entrances.", "", "Head of Facilities",
         "Dec 2025", "", "Partially implemented", "G", "Installer on site."],
        ["Rec 2", "Security incident reporting should be formalised.", 1],
        ["2.1", "Implement a single security incident log.", "", "Security Manager",
         "Oct 2024", "", "Implemented", "B", "In use."],
        ["2.2", "Report a quarterly analysis of incidents.", "", "Security Manager",
         "Mar 2025", "Jun 2025", "Not implemented", "R", "Delayed."],
        ["2. Sponsored Events (2024-25) – Satisfactory assurance"],
        ["Rec 1", "Event sponsorship checks should be recorded before approval.", 2],
        ["1.1", "Add a checklist to the event booking form.", "", "Events Manager",
         "Apr 2025", "", "Implemented", "B", "Live."],
        ["1.2", "Audit a sample of approved events each quarter.", "", "Events Manager",
         "Jun 2025", "", "Partially implemented", "A", "First audit done."],
    ]  # fmt: skip
    grey = {f"Tracker!{c}{n}": "D9D9D9" for c in "ABCDEFGHI" for n in (5, 8, 12)}  # (shaded)
    path = _book(tmp_path / "tracker.xlsx", {"Tracker": rows}, grey,
                 merges=["Tracker!A4:I4", "Tracker!A11:I11"])  # fmt: skip
    plan = import_table(str(path))
    assert len(list(plan.actions())) == 6
    assert [r.text for t in plan.themes for r in t.recommendations] == [
        "The Commission should complete the access control system.",
        "Security incident reporting should be formalised.",
        "Event sponsorship checks should be recorded before approval.",
    ]


def test_a_post_with_its_area_then_another_officer_after_a_slash() -> None:
    """'Team Manager – Child Protection & Court Team / DI Public Protection Unit': a post with
    its area (its '&' inside it), then another officer; 'Head of Service, CIN/CP' stays one
    post (its area's letters), 'CPO/FTSU Guardian' two."""
    from ofsted_plan.importing.people import split_people

    assert split_people(
        "Team Manager – Child Protection & Court Team / DI Public Protection Unit"
    ).officers == ("Team Manager – Child Protection & Court Team", "DI Public Protection Unit")
    assert split_people("Head of Service, CIN/CP").officers == ("Head of Service, CIN/CP",)
    assert split_people("CPO/FTSU Guardian").officers == ("CPO", "FTSU Guardian")


def test_lines_about_the_statuses_and_the_report_comment_are_said_of_it() -> None:
    """'Progress status used in this update: Complete / On track / ...' above a probation
    plan, and Estyn's 'Inspection report comment: ...' under a recommendation: said of the
    plan or its part, never a part of their own."""
    from ofsted_plan.importing.labels import said_of_its_part

    assert said_of_its_part("Progress status used in this update: Complete / On track / At risk")
    assert said_of_its_part("Inspection report comment: Pupils' attendance had declined.")
    assert not said_of_its_part("R2: Improve attendance and reduce persistent absence")


def test_a_sheet_of_several_risks_under_its_objective_reads_each(tmp_path: Path) -> None:
    """A board assurance framework's sheet for one objective holding two risks, 'BAF 1.1 –
    ...' and further down 'BAF 1.2 – ...', each over its facts and its actions: each
    action under its own risk (never all under the first)."""
    from .test_import_four_hundred_twenty_first_set import _book

    head: list[object] = ["Ref", "Action to address gaps", "Lead", "Due date", "RAG"]
    rows: list[list[object]] = [
        ["Strategic Objective 1: To provide outstanding care"], [],
        ["BAF 1.1 – Risk that demand for emergency care leads to long waits"],
        ["Executive lead:", "Chief Operating Officer"],
        head,
        ["1.1a", "Extend same day emergency care opening", "Chief Operating Officer",
         "Oct 2025", "A"],
        ["1.1b", "Open the acute frailty unit", "Clinical Director", "Dec 2025", "G"],
        [],
        ["BAF 1.2 – Risk that learning from incidents is not embedded"],
        ["Executive lead:", "Chief Nurse"],
        head,
        ["1.2a", "Review the patient safety incident response plan", "Head of Patient Safety",
         "Jul 2025", "B"],
        ["1.2b", "Roll out the safety events dashboard", "Head of Patient Safety", "Mar 2026",
         "A"],
    ]  # fmt: skip
    other: list[list[object]] = [
        ["Strategic Objective 2: To deliver our financial plan"], [],
        ["BAF 2.1 – Risk that the Trust does not meet its financial plan"],
        ["Executive lead:", "Director of Finance"],
        head,
        ["2.1a", "Deliver the cost improvement programme", "Director of Finance", "Mar 2026",
         "A"],
        ["2.1b", "Reduce agency spend below the cap", "Chief People Officer", "Jan 2026", "R"],
    ]  # fmt: skip
    path = _book(tmp_path / "baf.xlsx", {"SO1": rows, "SO2": other},
                 merges=["SO1!A3:E3", "SO1!A9:E9", "SO2!A3:E3"])  # fmt: skip
    plan = import_table(str(path))
    under = {a.ref: r.text for t in plan.themes for r in t.recommendations for a in r.actions}
    assert under["1.2a"].startswith("BAF 1.2")
    assert under["1.1b"].startswith("BAF 1.1")
