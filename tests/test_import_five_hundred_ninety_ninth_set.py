"""Issue 18, session 31: readings left from session 30 (a status key whose words run past
25 letters, a requirement notice merged over the must-do it gives, 'CQC said we should'
beside the answer) and what heldout599 on showed at first sight."""

from __future__ import annotations

from pathlib import Path

import pytest

from ofsted_plan.errors import PlanError
from ofsted_plan.importing.importer import import_table
from ofsted_plan.importing.key_words import key_statuses
from ofsted_plan.model import Month, Status

from .test_import_four_hundred_twenty_first_set import _book
from .test_import_three_hundred_ninety_third_set import _csv

RED, AMBER, GREEN = "FF0000", "FFC000", "00B050"


def _word(path: Path, blocks: list[tuple[str, object]]) -> Path:
    """A Word document: ('p', text) a paragraph, ('t', rows) a table whose rows of one text
    are merged across it."""
    from docx import Document

    document = Document()
    document.add_paragraph("Fairfield Surgery – CQC Inspection Action Plan", style="Title")
    for kind, value in blocks:
        if kind == "p":
            document.add_paragraph(str(value))
            continue
        assert isinstance(value, list)
        width = max(len(cells) for cells in value)
        table = document.add_table(rows=len(value), cols=width)
        for r, cells in enumerate(value):
            if len(cells) == 1:
                table.cell(r, 0).merge(table.cell(r, width - 1)).text = cells[0]
                continue
            for c, text in enumerate(cells):
                table.cell(r, c).text = text
    document.save(str(path))
    return path


def test_a_key_at_the_foot_defines_in_progress_behind_schedule_as_amber(tmp_path: Path) -> None:
    """'In progress - behind schedule = Amber' in the key line under the table (PSNI's NIAO
    tracker): amber as the key says, not red for 'behind'."""
    key = (
        "Status key: Implemented = Blue; In progress - on track = Green; "
        "In progress - behind schedule = Amber; Overdue = Red"
    )
    assert key_statuses([key])["in progress - behind schedule"][0] is Status.AMBER
    rows = [["Ref", "Recommendation", "Agreed action", "Responsible officer", "Target date",
             "Status"],
            ["24/25-1", "Enforce overtime authorisation.", "Remind line managers.",
             "Head of Payroll", "March 2026", "In progress - behind schedule"],
            ["24/25-2", "Reconcile the asset register.", "Quarterly reconciliation.",
             "Head of Finance", "June 2026", "In progress - on track"],
            ["24/25-3", "Refresh the fraud risk assessment.", "Present it to ARAC.",
             "Head of Audit", "May 2025", "Implemented"],
            ["", "", "", "", "", ""],
            [key, "", "", "", "", ""]]  # fmt: skip
    plan = import_table(str(_csv(tmp_path / "tracker.csv", rows)))
    assert [a.status for a in plan.actions()] == [Status.AMBER, Status.GREEN, Status.BLUE]


def _notice_table(notice: str, must: str, refs: list[str]) -> list[list[str]]:
    return [[notice], [must], ["Ref", "What we will do", "Who", "When", "Progress", "RAG"]] + [
        [ref, f"Action {ref} for the practice.", "Practice Manager", "March 2025", "Begun.", "G"]
        for ref in refs
    ]


def test_a_requirement_notice_merged_over_its_must_do_is_the_part_over_it(
    tmp_path: Path,
) -> None:
    """'Requirement notice: Regulation 12 ...' merged across each table, over the must-do
    merged across under it (Fairfield Surgery): the notice over its must-do, two levels (the
    notice was kept as a note and the must-do read alone as the part)."""
    blocks: list[tuple[str, object]] = [
        ("p", "This plan sets out our actions in response to the requirement notices."),
        ("t", _notice_table(
            "Requirement notice: Regulation 12 HSCA (RA) Regulations 2014 Safe care and treatment",
            "The provider must ensure care and treatment is provided in a safe way.",
            ["1.1", "1.2"])),
        ("t", _notice_table(
            "Requirement notice: Regulation 17 HSCA (RA) Regulations 2014 Good governance",
            "The provider must establish effective systems to ensure good governance.",
            ["2.1"])),
    ]  # fmt: skip
    plan = import_table(str(_word(tmp_path / "qip.docx", blocks)))
    assert [t.title[:33] for t in plan.themes] == [
        "Requirement notice: Regulation 12",
        "Requirement notice: Regulation 17",
    ]
    assert [r.text[:30] for t in plan.themes for r in t.recommendations] == [
        "The provider must ensure care ",
        "The provider must establish ef",
    ]
    assert [a.ref for a in plan.actions()] == ["1.1", "1.2", "2.1"]


def test_what_cqc_said_we_should_do_beside_the_answer_is_the_finding() -> None:
    """'CQC said we should' beside 'What we will do': the should-do each action answers
    (kept aside as no field); a bare 'We should' may be the answer, so it is not read so."""
    from ofsted_plan.importing.header import header_fields

    assert header_fields(["CQC said we should"])[0].field == "recommendation"
    assert header_fields(["Ofsted told us we must"])[0].field == "recommendation"
    assert 0 not in header_fields(["We should"])


def test_two_posts_each_with_its_area_and_an_ampersand_split_at_the_slash() -> None:
    """'Assistant Director – Inclusion & Additional Needs (NE) / ... (SW)' (Surrey's EHCP
    recovery tracker): two posts, each with the area it covers ('&' inside each was split,
    four leads read)."""
    from ofsted_plan.importing.people import split_people

    text = (
        "Assistant Director – Inclusion & Additional Needs (NE) / "
        "Assistant Director – Inclusion & Additional Needs (SW)"
    )
    assert split_people(text).officers == (
        "Assistant Director – Inclusion & Additional Needs (NE)",
        "Assistant Director – Inclusion & Additional Needs (SW)",
    )


def test_a_should_do_heading_over_a_table_of_should_dos_names_only_their_kind(
    tmp_path: Path,
) -> None:
    """'Should do improvements' over a table whose 'Should do' column gives each row's
    finding (Tollerton and Stowhealth surgeries): the heading only names their kind, each
    action stands under its should-do, not under the requirement notice before."""
    header = ["Ref", "Should do", "Action", "Lead", "Target", "RAG"]
    blocks: list[tuple[str, object]] = [
        ("p", "Requirement notice 1 – Regulation 12: Safe care and treatment"),
        ("t", [["No.", "Action", "Lead", "Completion date", "Progress update", "RAG"],
               ["A1", "Search for patients on high-risk medicines.", "Dr R Hale", "31/03/2025",
                "Done.", "Complete"]]),
        ("p", "Should do improvements"),
        ("t", [header,
               ["B1", "Continue to improve the uptake of cervical screening.",
                "Offer Saturday clinics.", "Lead Nurse", "March 2026", "Green"],
               ["B2", "Improve patient satisfaction with telephone access.",
                "Move to cloud telephony.", "Practice Manager", "Dec 2025", "Amber"]]),
    ]  # fmt: skip
    plan = import_table(str(_word(tmp_path / "surgery.docx", blocks)))
    actions = {a.ref: a for a in plan.actions()}
    assert set(actions) == {"A1", "B1", "B2"}
    by_ref = {
        a.ref: (t.title, r.text) for t in plan.themes for r in t.recommendations for a in r.actions
    }
    assert by_ref["A1"][0] == "Requirement notice 1 – Regulation 12: Safe care and treatment"
    assert by_ref["B1"] == ("", "Continue to improve the uptake of cervical screening.")
    assert by_ref["B2"] == ("", "Improve patient satisfaction with telephone access.")
    assert "Should do improvements" in plan.notes


def test_a_post_and_the_information_asset_owners_joined_by_and_are_two_leads() -> None:
    """'Records Manager and Information Asset Owners' (an ICO audit plan): two leads, an
    owner of an asset or a risk being a post ('Risk Owner / Head of Finance' too)."""
    from ofsted_plan.importing.people import split_people

    assert split_people("Records Manager and Information Asset Owners").officers == (
        "Records Manager",
        "Information Asset Owners",
    )
    owners = split_people("Risk Owner / Head of Finance").officers
    assert owners == ("Risk Owner", "Head of Finance")


def test_a_prior_year_sheet_headed_recommendation_and_agreed_action_is_read(
    tmp_path: Path,
) -> None:
    """A follow-up sheet whose one text column is 'Recommendation and agreed action' beside
    the owner, dates and status (sportscotland's annual audit tracker): its actions read, not
    the sheet set aside as having no header."""
    from ofsted_plan.importing.header import header_fields

    assert header_fields(["Recommendation and agreed action"])[0].field == "action"
    assert 0 not in header_fields(["Monitoring and evaluation"])
    plan_sheet: list[list[object]] = [
        ["Rec no.", "Recommendation", "Action no.", "Agreed management action",
         "Responsible officer", "Agreed date", "Status"],
        ["1", "Reconcile the asset register quarterly.", "1.1", "Reconcile monthly.",
         "Head of Finance", "March 2026", "On track"],
    ]  # fmt: skip
    prior: list[list[object]] = [
        ["Appendix 2 – Follow-up of prior year recommendations"],
        [],
        ["Ref", "Recommendation and agreed action", "Owner", "Original date", "Revised date",
         "Update", "Status"],
        ["PY1", "ICT disaster recovery: test the plan annually.", "Head of Digital and IT",
         "March 2025", "December 2025", "Tested.", "Complete"],
        ["PY2", "Payroll: check changes to standing data.", "HR Manager", "September 2024",
         "", "Checked monthly.", "Complete"],
    ]  # fmt: skip
    sheets = {"2024-25 Action Plan": plan_sheet, "Prior year": prior}
    plan = import_table(str(_book(tmp_path / "tracker.xlsx", sheets)))
    assert [a.ref for a in plan.actions()] == ["1.1", "PY1", "PY2"]
    assert [a.end for a in plan.actions()][1:] == [Month(2025, 12), Month(2024, 9)]


def test_a_key_question_in_capitals_alone_in_the_ref_column_is_a_heading(tmp_path: Path) -> None:
    """'SAFE' alone in the Ref column right under the header, over '1a' and '1b' (Farleigh
    Hospice's text export): the key question the rows stand under, as 'EFFECTIVE' is (it was
    read as an action's ref and the file refused)."""
    lines = [
        "CQC Inspection Action Plan",
        "Ref\tFinding (should do)\tAction\tLead\tTarget date\tRAG",
        "SAFE",
        "1a\tThe provider should check controlled drugs.\tIntroduce a CD record.\tWard Manager"
        "\tSep-24\tB",
        "1b\t\tAudit the CD registers monthly.\tWard Manager\tDec-24\tG",
        "EFFECTIVE",
        "2a\tThe provider should train staff in the MCA.\tRelaunch MCA training.\tHead of"
        " Education\tJan-25\tA",
    ]
    path = tmp_path / "plan.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    plan = import_table(str(path))
    assert [t.title for t in plan.themes] == ["SAFE", "EFFECTIVE"]
    assert [a.ref for a in plan.actions()] == ["1a", "1b", "2a"]


def test_the_auditors_finding_beside_its_recommendation_is_kept_aside(tmp_path: Path) -> None:
    """'NIAO finding' beside 'NIAO recommendation' (an NI agency's tracker): what was found,
    then what to do about it, which the actions answer (the file was refused as two columns
    both naming the recommendation)."""
    lines = [
        "Ref\tNIAO finding\tNIAO recommendation\tManagement response / agreed action\tOwner"
        "\tTarget date\tStatus",
        "1\tFee claims are paid without verification.\tThe Agency should verify fee claims."
        "\tIntroduce sample checks.\tHead of Finance\tMar-26\tOn track",
        "2\tUser access was not reviewed.\tUser access should be reviewed six-monthly."
        "\tSix-monthly access reviews.\tHead of IT\tDec-25\tComplete",
    ]
    path = tmp_path / "tracker.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report: list[str] = []
    plan = import_table(str(path), report=report)
    assert [r.text for t in plan.themes for r in t.recommendations] == [
        "The Agency should verify fee claims.",
        "User access should be reviewed six-monthly.",
    ]
    assert any("'NIAO finding' says what was found" in line for line in report)


def test_a_numbered_improvement_under_its_area_line_is_the_level_under_it(tmp_path: Path) -> None:
    """'Curriculum and teaching' over 'QIP1: In a minority of ...' (Barnsley College's QIP,
    tab-separated): the area, then the numbered improvement under it (refused as two
    headings alike, which is the theme not told)."""
    lines = [
        "Ref\tAction\tLead(s)\tTarget\tRAG",
        "Curriculum and teaching",
        "QIP1: Teachers do not check learners' understanding well enough.",
        "1.1\tDeliver a CPD programme on checking for understanding.\tVP Curriculum\tFeb-26\tG",
        "Achievement",
        "QIP2: Too few learners on resit courses achieve grade 4.",
        "2.1\tTimetable an extra hour of maths for resit learners.\tHead of Maths\tAug-26\tA",
    ]
    path = tmp_path / "qip.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    plan = import_table(str(path))
    assert [t.title for t in plan.themes] == ["Curriculum and teaching", "Achievement"]
    assert [r.text[:5] for t in plan.themes for r in t.recommendations] == ["QIP1:", "QIP2:"]


def test_a_committees_lettered_recommendation_is_one_as_the_auditors_are(tmp_path: Path) -> None:
    """'PAC Recommendation 1: ...' under the committee's report line, beside 'Recommendation
    4: ...' under the audit office's (DfI's planning tracker): the report, then its
    recommendation (refused as two headings alike)."""
    lines = [
        "Ref\tRecommendation / action\tLead\tTarget date\tRAG",
        "NIAO report 'Planning in Northern Ireland' (February 2022)",
        "Recommendation 1: The Department should review the performance indicators.",
        "1.1\tReview the statutory planning indicators.\tHead of Planning\tMar-26\tG",
        "Public Accounts Committee 'Report on Planning in Northern Ireland' (March 2022)",
        "PAC Recommendation 1: The Department should commission an independent review.",
        "P1.1\tPublish the Planning Improvement Programme.\tPermanent Secretary\tJun-25\tB",
    ]
    path = tmp_path / "tracker.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    plan = import_table(str(path))
    assert [t.title[:16] for t in plan.themes] == ["NIAO report 'Pla", "Public Accounts "]
    assert [r.text[:18] for t in plan.themes for r in t.recommendations] == [
        "Recommendation 1: ",
        "PAC Recommendation",
    ]


def test_a_risks_description_line_under_its_heading_is_said_of_it(tmp_path: Path) -> None:
    """'Description: A successful cyber attack ...' under 'SR2 Cyber attack' (South
    Gloucestershire's register export), after the first risk's table: a fact of the risk,
    as its 'Risk owner:' line is (refused as two headings alike)."""
    lines = [
        "SR1 Medium Term Financial Strategy",
        "Description: The Council cannot balance its budget over the MTFS period.",
        "Risk owner: Director of Resources",
        "Ref\tAction\tAction owner\tTarget date\tStatus",
        "SR1.1\tDeliver the savings programme.\tHead of Finance\t31/03/2025\tAmber",
        "",
        "SR2 Cyber attack and data loss",
        "Description: A successful cyber attack disrupts critical services.",
        "Risk owner: Head of ICT",
        "Ref\tAction\tAction owner\tTarget date\tStatus",
        "SR2.1\tMigrate the remaining servers to the cloud.\tHead of ICT\tSep-25\tGreen",
    ]
    path = tmp_path / "register.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    plan = import_table(str(path))
    assert [t.title for t in plan.themes] == [
        "SR1 Medium Term Financial Strategy",
        "SR2 Cyber attack and data loss",
    ]
    assert "Description: A successful cyber attack disrupts critical services." in plan.notes


def test_a_numbered_issue_under_its_standard_is_the_finding(tmp_path: Path) -> None:
    """'Issue 1: The council does not have ...' under 'Safety and Quality Standard'
    (Newcastle's housing improvement plan): the standard, then the issue found (refused as
    two headings alike)."""
    lines = [
        "Ref\tAction\tLead officer\tTarget date\tRAG",
        "Safety and Quality Standard",
        "Issue 1: The council does not know the condition of tenants' homes.",
        "SQ1\tComplete stock condition surveys.\tHead of Asset Management\tMar-26\tA",
        "Issue 2: Fire safety remedial actions are overdue.",
        "SQ2\tClear all overdue fire safety actions.\tBuilding Safety Manager\tJun-25\tB",
    ]
    path = tmp_path / "plan.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    plan = import_table(str(path))
    assert [t.title for t in plan.themes] == ["Safety and Quality Standard"]
    assert [r.text[:8] for t in plan.themes for r in t.recommendations] == ["Issue 1:", "Issue 2:"]


def test_a_police_rank_over_serious_and_organised_crime_is_one_officer() -> None:
    """'D/Supt Serious and Organised Crime' (Hampshire and Isle of Wight Constabulary's
    tracker): a detective superintendent and the command's field, one officer (read as 'D/Supt
    Serious' and 'Organised Crime', two people by name)."""
    from ofsted_plan.importing.people import split_people

    assert split_people("D/Supt Serious and Organised Crime").officers == (
        "D/Supt Serious and Organised Crime",
    )
    assert split_people("Head of Crime and DCI Smith").officers == ("Head of Crime", "DCI Smith")


def test_a_strategys_commitment_column_is_the_action(tmp_path: Path) -> None:
    """'Ref | Commitment | Lead | Due | Status | Highlight / exception' under 'Theme 1: ...'
    bands (Brent's health and wellbeing highlight report): the commitments are the actions
    (the table was taken for a RAG key and the file refused as having no header row)."""
    header = ["Ref", "Commitment", "Lead", "Due", "Status", "Highlight / exception"]
    blocks: list[tuple[str, object]] = [
        ("t", [["Theme", "C", "G", "A", "R", "Total"],
               ["Healthy Lives", "0", "1", "0", "0", "1"],
               ["Healthy Places", "0", "0", "1", "0", "1"]]),
        ("p", "Status key: C = Complete; G = On track; A = Some delay; R = Significant delay."),
        ("t", [header,
               ["Theme 1: Healthy Lives"],
               ["HL1", "Increase uptake of the NHS Health Check.", "Consultant in Public Health",
                "Mar 2026", "G", "Uptake 54% at Q3, up from 47% last year."],
               ["Theme 2: Healthy Places"],
               ["HP1", "Deliver 12 more School Streets schemes.", "Head of Highways",
                "Q4 2025/26", "A", "7 schemes live; 3 delayed by consultation."]]),
    ]  # fmt: skip
    plan = import_table(str(_word(tmp_path / "report.docx", blocks)))
    assert [a.ref for a in plan.actions()] == ["HL1", "HP1"]
    assert [a.action[:20] for a in plan.actions()] == [
        "Increase uptake of t",
        "Deliver 12 more Scho",
    ]


def test_a_milestone_or_measure_by_a_date_is_the_measure() -> None:
    """'Milestone / measure by 31 March 2026' beside 'Deliverable' (the Scottish Ambulance
    Service's delivery plan): how the deliverable is judged, by when (refused as two
    columns both naming the action)."""
    from ofsted_plan.importing.header import header_fields

    fields = header_fields(["Deliverable", "Milestone / measure by 31 March 2026"])
    assert [fields[0].field, fields[1].field] == ["action", "measure"]


def test_the_chair_and_the_clerk_to_the_board_are_two_leads() -> None:
    """'Chair and Clerk to the Board' (a museum's trustees' log): two officers, the board's
    chair never its clerk; 'University Secretary and Clerk to the Board' stays one."""
    from ofsted_plan.importing.people import split_people

    assert split_people("Chair and Clerk to the Board").officers == ("Chair", "Clerk to the Board")
    assert split_people("University Secretary and Clerk to the Board").officers == (
        "University Secretary and Clerk to the Board",
    )


def test_sheets_captioned_by_the_plans_name_and_their_kind_are_no_parts(tmp_path: Path) -> None:
    """'NCPI Action Plan – Recommendations' and 'NCPI Action Plan – Areas for improvement'
    over sheets whose rows each give their finding (Leicestershire Police): the plan's name
    and the kind of rows, no theme over them."""
    recs: list[list[object]] = [
        ["NCPI Action Plan – Recommendations"],
        [],
        ["Rec", "HMICFRS recommendation", "Ref", "Action", "Action owner", "Target date", "RAG"],
        ["R1", "The force should assess risk for incidents involving children.", "1.1",
         "Retrain call handlers.", "Head of Contact Management", "Mar-25", "Green"],
    ]  # fmt: skip
    afis: list[list[object]] = [
        ["NCPI Action Plan – Areas for improvement"],
        [],
        ["AFI", "Area for improvement", "Action", "Lead", "Target date", "RAG"],
        ["AFI 1", "The force should record the voice of the child.", "Add a prompt.",
         "Head of Investigations", "Jun-25", "Amber"],
    ]  # fmt: skip
    sheets = {"Recommendations": recs, "AFIs": afis}
    plan = import_table(str(_book(tmp_path / "ncpi.xlsx", sheets)))
    assert [t.title for t in plan.themes] == [""]
    assert [r.text[:22] for r in plan.themes[0].recommendations] == [
        "The force should asses",
        "The force should recor",
    ]


def test_a_keys_entries_set_apart_by_spaces_each_end_before_the_next() -> None:
    """'R – off track   A – at risk   G – on track   Complete – action closed' (Education
    Scotland's register): green means on track, not 'on track Complete – action closed'
    (complete, which turned every G blue)."""
    from ofsted_plan.importing.keys import key_pairs

    line = "Action status: R – off track   A – at risk   G – on track   Complete – action closed"
    assert key_pairs(line) == [("red", "off track"), ("amber", "at risk"), ("green", "on track")]


def test_a_red_letter_in_a_pale_orange_cell_is_red(tmp_path: Path) -> None:
    """'R' in a cell shaded pale orange (Belper Town Council's lessons-learned plan): the
    letter names its colour; the shade is no reason to read it amber."""
    rows: list[list[object]] = [["Ref", "Action", "Lead", "Target", "Status"],
            ["3.1", "Buy more sandbags.", "Facilities Manager", "Sep-24", "A"],
            ["3.2", "Agree a distribution protocol.", "Town Clerk", "Nov-24", "R"]]  # fmt: skip
    fills = {"Plan!E2": "FFD966", "Plan!E3": "F4B084"}
    plan = import_table(str(_book(tmp_path / "lessons.xlsx", {"Plan": rows}, fills)))
    assert [a.status for a in plan.actions()] == [Status.AMBER, Status.RED]


def _notice_sheet(title: str, refs: list[str]) -> list[list[object]]:
    rows: list[list[object]] = [
        [title],
        [],
        ["Legislation", "Work Equipment Regulations 1998, regulation 11(1)"],
        [],
        ["No.", "Action", "Owner", "Target date", "Date completed", "Status"],
    ]
    rows += [[ref, f"Action {ref} on the line.", "Engineering Manager", "Mar-25", "", ""]
             for ref in refs]  # fmt: skip
    return rows


def test_a_workbook_of_notices_each_sheet_coloured_by_status_is_read(tmp_path: Path) -> None:
    """A sheet per HSE improvement notice, each from line 6, statuses by colour alone, some
    actions done by their completion date (Greencore's tracker): the colours read (refused as
    no status read: lines of one sheet were taken for another's), and the notice's
    'Legislation' line is said of it, no level under it."""
    sheets = {
        "IN1": _notice_sheet("Improvement Notice 1 – Conveyor guarding", ["1.1", "1.2"]),
        "IN2": _notice_sheet("Improvement Notice 2 – Despatch traffic", ["2.1", "2.2"]),
    }
    sheets["IN1"][5][4] = "05/09/2024"  # both done by their completion dates, on the lines
    sheets["IN1"][6][4] = "24/10/2024"  # the next sheet's coloured actions stand on
    fills = {"IN2!F6": "FFC000", "IN2!F7": "FF0000"}
    plan = import_table(str(_book(tmp_path / "notices.xlsx", sheets, fills)))
    assert [a.status for a in plan.actions()] == [
        Status.BLUE,
        Status.BLUE,
        Status.AMBER,
        Status.RED,
    ]
    assert [t.title[:20] for t in plan.themes] == ["Improvement Notice 1", "Improvement Notice 2"]
    assert all(r.text == "" for t in plan.themes for r in t.recommendations)


def test_a_quarters_rag_marked_current_beside_the_previous_is_the_status(tmp_path: Path) -> None:
    """'Q1 RAG (previous)' | 'Q2 RAG (current)', letters on their colours (Hywel Dda's
    delivery tracker): the current quarter's is the status (refused: neither was read)."""
    rows = [["Ref", "Key deliverable", "Executive Lead", "Target", "Q1 RAG (previous)",
             "Q2 RAG (current)"],
            ["2a.1", "Eliminate off-framework agency use.", "Director of Nursing", "Q2 2025/26",
             "A", "G"],
            ["2a.2", "Recruit 40 nurses.", "Director of Nursing", "Q4 2025/26", "G", "A"],
            ["5a.1", "Open a same day emergency care unit.", "Director of Operations",
             "Q3 2025/26", "G", "R"]]  # fmt: skip
    plan = import_table(str(_csv(tmp_path / "tracker.csv", rows)))
    assert [a.status for a in plan.actions()] == [Status.GREEN, Status.AMBER, Status.RED]


def test_a_projects_facts_table_between_its_heading_and_milestones_is_no_plan_row(
    tmp_path: Path,
) -> None:
    """'2. River Park Cricket Pavilion' over a table of 'Senior Responsible Owner' | ... and
    'Overall status – Q2' | 'Red', then 'Key milestones' over its milestone table (Winchester's
    highlight report): each project's milestones under it (the facts table was read as the
    plan continued and the second and third projects' milestones put under the first)."""

    def facts(owner: str) -> list[list[str]]:
        return [["Senior Responsible Owner", owner], ["Project Manager", "Project Lead"],
                ["Budget", "£1.4m"], ["Overall status – Q1", "Green"],
                ["Overall status – Q2", "Red"]]  # fmt: skip

    def milestones(name: str) -> list[list[str]]:
        return [["Milestone", "Owner", "Baseline date", "Forecast date", "Status"],
                [f"{name} milestone one", "Project Lead", "Oct-25", "Jan-26", "R"],
                [f"{name} milestone two", "Project Lead", "Nov-25", "Feb-26", "A"]]  # fmt: skip

    blocks: list[tuple[str, object]] = [
        ("p", "1. Housing Compliance Programme"), ("t", facts("Strategic Director")),
        ("p", "Key milestones"), ("t", milestones("Housing")),
        ("p", "2. River Park Cricket Pavilion"), ("t", facts("Head of Assets")),
        ("p", "Key milestones"), ("t", milestones("Pavilion")),
    ]  # fmt: skip
    path = tmp_path / "highlight.docx"
    from docx import Document

    document = Document()
    document.add_paragraph("Tier 1 Projects – Highlight Report", style="Title")
    for kind, value in blocks:
        if kind == "p":
            document.add_heading(str(value), level=2 if str(value)[0].isdigit() else 3)
            continue
        assert isinstance(value, list)
        table = document.add_table(rows=len(value), cols=len(value[0]))
        for r, cells in enumerate(value):
            for c, text in enumerate(cells):
                table.cell(r, c).text = text
    document.save(str(path))
    plan = import_table(str(path))
    by_theme = {t.title: [a.action[:8] for r in t.recommendations for a in r.actions]
                for t in plan.themes}  # fmt: skip
    assert by_theme == {
        "1. Housing Compliance Programme": ["Housing ", "Housing "],
        "2. River Park Cricket Pavilion": ["Pavilion", "Pavilion"],
    }


def test_posts_the_law_or_a_home_names_joined_by_and_are_two_leads() -> None:
    """'Treasurer & Committee Services Manager', 'Nurse in charge and Registered Manager',
    'Registered Manager and Maintenance Person': two officers each (each read as one)."""
    from ofsted_plan.importing.people import split_people

    assert split_people("Treasurer & Committee Services Manager").officers == (
        "Treasurer",
        "Committee Services Manager",
    )
    assert split_people("Nurse in charge and Registered Manager").officers == (
        "Nurse in charge",
        "Registered Manager",
    )
    assert split_people("Registered Manager and Maintenance Person").officers == (
        "Registered Manager",
        "Maintenance Person",
    )


def test_prev_beside_current_letters_the_current_is_the_status(tmp_path: Path) -> None:
    """'Prev' | 'Current' of RAG letters (Newcastle's transformation highlight report): the
    current is the status (refused: neither column was named as it)."""
    rows = [["Ref", "Milestone", "Owner", "Forecast date", "Prev", "Current", "Commentary"],
            ["1.1", "Launch the carers' self-assessment.", "Head of Access", "Nov-25", "A", "G",
             "Fixes made."],
            ["1.2", "Open Talking Points in all localities.", "Head of Access", "Sep-25", "G", "A",
             "Fourth opened."],
            ["2.1", "Redesign the reablement rota.", "Service Manager", "Jan-26", "A", "R",
             "Consultation extended."]]  # fmt: skip
    plan = import_table(str(_csv(tmp_path / "highlight.csv", rows)))
    assert [a.status for a in plan.actions()] == [Status.GREEN, Status.AMBER, Status.RED]


def test_a_commitment_beside_the_action_is_what_it_delivers(tmp_path: Path) -> None:
    """'Priority' | 'Commitment' | 'Ref' | 'Action' (Wiltshire's police and crime plan
    tracker), the commitment repeated over its actions: the priority is the theme and the
    commitment the recommendation (the commitment was set aside); 'Commitment' beside 'Key
    activity' (Swindon), one activity each, is read so too (refused as two actions)."""
    rows = [["Priority", "Commitment", "Ref", "Action", "Lead", "Due", "RAG"],
            ["1. Reduce violence", "Tackle violence against women", "1.1", "Deliver Safer Streets.",
             "Head of Commissioning", "Mar-26", "G"],
            ["1. Reduce violence", "Tackle violence against women", "1.2", "Evaluate Drive.",
             "Commissioning Manager", "Dec-25", "A"],
            ["1. Reduce violence", "Reduce serious violence", "1.3", "Publish the assessment.",
             "VRN Manager", "Sep-25", "G"],
            ["2. Prevent crime", "Tackle rural crime", "2.1", "Recruit rural officers.",
             "Superintendent", "Jan-26", "G"]]  # fmt: skip
    plan = import_table(str(_csv(tmp_path / "tracker.csv", rows)))
    assert [t.title for t in plan.themes] == ["1. Reduce violence", "2. Prevent crime"]
    assert [r.text for r in plan.themes[0].recommendations] == [
        "Tackle violence against women",
        "Reduce serious violence",
    ]
    swindon = [["Ref", "Commitment", "Key activity", "Lead officer", "Timescale", "RAG"],
               ["2.1", "Deliver more council homes.", "Start on site at two schemes.",
                "Head of Housing", "Q3 2025/26", "Green"],
               ["2.2", "Make the town centre safer.", "Co-design a neighbourhood plan.",
                "Head of Communities", "31/01/2026", "Amber"]]  # fmt: skip
    plan = import_table(str(_csv(tmp_path / "swindon.csv", swindon)))
    assert [a.action for a in plan.actions()] == [
        "Start on site at two schemes.",
        "Co-design a neighbourhood plan.",
    ]


def test_key_questions_in_capitals_over_regulations_are_the_themes(tmp_path: Path) -> None:
    """'SAFE' over 'Regulation 12 (...): The provider must ...' over numbered actions, then
    'AREAS WHERE THE PROVIDER SHOULD MAKE IMPROVEMENTS' over should-do lines (Cricklade
    Surgery): one word in capitals is a heading as the longer one is, the regulation under
    it (refused, 'SAFE' read as an action's ref)."""
    lines = [
        "No.\tAction\tLead\tDeadline\tStatus",
        "SAFE",
        "Regulation 12 (Safe care and treatment): The provider must ensure safe care.",
        "1\tSearch for patients on DMARDs.\tDr A. Hussain\t31/08/2024\tComplete",
        "WELL-LED",
        "Regulation 17 (Good governance): The provider must establish good governance.",
        "2\tIntroduce a governance calendar.\tPractice Manager\t30/09/2024\tComplete",
        "AREAS WHERE THE PROVIDER SHOULD MAKE IMPROVEMENTS",
        "Continue to improve the uptake of cervical screening.",
        "3\tOffer Saturday clinics.\tLead Nurse\tMar-25\tGreen",
    ]
    path = tmp_path / "plan.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    plan = import_table(str(path))
    assert [t.title for t in plan.themes] == [
        "SAFE",
        "WELL-LED",
        "AREAS WHERE THE PROVIDER SHOULD MAKE IMPROVEMENTS",
    ]
    assert [r.text[:13] for t in plan.themes for r in t.recommendations] == [
        "Regulation 12",
        "Regulation 17",
        "Continue to i",
    ]


def test_the_director_of_finance_and_treasurer_is_one_officer() -> None:
    """'Director of Finance and Treasurer' (a fire authority's register): one officer's two
    posts, as with the s151 officer; 'Treasurer & Committee Services Manager' stays two."""
    from ofsted_plan.importing.people import split_people

    assert split_people("Director of Finance and Treasurer").officers == (
        "Director of Finance and Treasurer",
    )


def test_a_commitment_beside_an_activity_and_a_milestone_of_months(tmp_path: Path) -> None:
    """'Commitment' | 'Activity' | 'Milestone' of months, each commitment with one activity
    (North Wales PCC's delivery plan): the activity is the action, the commitment what it
    delivers, the milestone its end (the commitment was read as the action)."""
    rows = [["No.", "Commitment", "Activity", "Owner", "Milestone", "RAG"],
            ["3.1", "Develop the Victims' Panel",
             "Recruit panel members and hold the first review.", "Criminal Justice Manager",
             "30 November 2025", "Not started"],
            ["3.2", "Hold perpetrators to account",
             "Evaluate the Drive programme and report to the Board.", "Head of Commissioning",
             "June 2026", "G"]]  # fmt: skip
    plan = import_table(str(_csv(tmp_path / "plan.csv", rows)))
    assert [a.action for a in plan.actions()] == [
        "Recruit panel members and hold the first review.",
        "Evaluate the Drive programme and report to the Board.",
    ]
    assert [r.text for t in plan.themes for r in t.recommendations] == [
        "Develop the Victims' Panel",
        "Hold perpetrators to account",
    ]
    assert [a.end for a in plan.actions()] == [Month(2025, 11), Month(2026, 6)]


def test_a_date_with_a_zero_for_the_o_in_its_month_is_refused(tmp_path: Path) -> None:
    """'31 0ctober 2025' (an RQIA improvement plan's tracker): a month mistyped, refused at its
    line (it was kept as words with no end month, and the action never overdue)."""
    rows = [["Ref", "Area for improvement", "Responsible person", "To be completed by", "Status"],
            ["1", "Complete all recruitment checks.", "Registered Manager", "31 August 2025",
             "Complete"],
            ["2", "Review all support plans annually.", "Registered Manager", "31 0ctober 2025",
             "On track"]]  # fmt: skip
    with pytest.raises(PlanError) as raised:
        import_table(str(_csv(tmp_path / "qip.csv", rows)))
    assert raised.value.line == 3
    assert "'31 0ctober 2025' is not a month, though it looks like one mistyped" in str(
        raised.value
    )


def test_quarters_progress_shaded_only_beside_the_commentary(tmp_path: Path) -> None:
    """'Q2 progress' | 'Q3 progress' shaded with no words, then 'Q3 commentary' (Redbridge's
    risk action plan): the words are the progress, the later shading the RAG (refused as two
    columns of progress)."""
    rows: list[list[object]] = [["Action ref", "Further action", "Action owner", "Due date",
             "Q2 progress",
             "Q3 progress", "Q3 commentary"],
            ["1.1", "Deliver the savings programme.", "Director of Resources", "Mar-26", "", "",
             "On plan."],
            ["1.2", "Refresh the MTFS.", "Head of Finance", "Feb-26", "", "", "Drafted."],
            ["2.1", "Test the cyber response plan.", "Head of ICT", "Dec-25", "", "",
             "Exercise booked."]]  # fmt: skip
    fills = {"Plan!E2": AMBER, "Plan!F2": GREEN, "Plan!E3": GREEN, "Plan!F3": RED,
             "Plan!E4": RED, "Plan!F4": AMBER}  # fmt: skip
    plan = import_table(str(_book(tmp_path / "register.xlsx", {"Plan": rows}, fills)))
    assert [a.status for a in plan.actions()] == [Status.GREEN, Status.RED, Status.AMBER]
    assert [a.comments for a in plan.actions()] == ["On plan.", "Drafted.", "Exercise booked."]


def test_a_notices_compliance_date_ends_its_actions_unless_extended(tmp_path: Path) -> None:
    """'Compliance date on notice' beside 'Extended date' (Galliford Try's HSE tracker): the
    extended date where given, else the notice's (the compliance date was set aside)."""
    rows = [["Ref", "Action", "Owner", "Compliance date on notice", "Extended date", "Status"],
            ["1.1", "Close gaps in edge protection.", "Site Manager", "11/09/2025", "",
             "Complete"],
            ["2.1", "Replace the extraction unit.", "Plant Manager", "11/09/2025",
             "10/10/2025", "Complete"]]  # fmt: skip
    plan = import_table(str(_csv(tmp_path / "notices.csv", rows)))
    assert [a.end for a in plan.actions()] == [Month(2025, 9), Month(2025, 10)]


def test_sheets_named_by_scope_area_over_a_priority_of_ratings_are_themes(
    tmp_path: Path,
) -> None:
    """A sheet per ICO scope area, each titled with its area, the recommendation beside a
    'Priority' of Urgent, High, Medium (GMCA's audit plan): each sheet's area is the theme;
    the priority is a rating, no second level (the areas were set aside as captions)."""

    def sheet(area: str, ref: str) -> list[list[object]]:
        return [["ICO audit action plan"], [area], [],
                ["Ref", "ICO recommendation", "Priority", "Agreed action", "Responsible officer",
                 "Target date", "Status"],
                [ref, f"GMCA should improve {area.lower()}.", "High", f"Act on {ref}.",
                 "SIRO", "Mar-26", "On track"],
                [ref + "b", f"GMCA must review {area.lower()}.", "Urgent", f"Review {ref}.",
                 "SIRO", "Dec-25", "Complete"]]  # fmt: skip

    sheets = {"Records Management": sheet("Records Management", "RM-01"),
              "Data Sharing": sheet("Data Sharing", "DS-01")}  # fmt: skip
    plan = import_table(str(_book(tmp_path / "ico.xlsx", sheets)))
    assert [t.title for t in plan.themes] == ["Records Management", "Data Sharing"]


def test_sheets_named_for_the_kind_of_their_rows_are_no_parts(tmp_path: Path) -> None:
    """The sheets 'Requirements' and 'Recommendations', each row giving its own requirement
    or recommendation under a line shared by both (Key Assets' fostering plan): each action
    under its own finding, the sheets' names no theme over them."""

    def sheet(kind: str, ref: str) -> list[list[object]]:
        return [[f"Ofsted inspection 3–7 February 2025 – {kind}s"], [],
                ["No.", kind, "Action", "Responsible", "Target date"],
                [ref, f"The registered person must meet {kind.lower()} {ref}.",
                 f"Act on {ref}.", "Registered Manager", "Mar-25"]]  # fmt: skip

    sheets = {"Requirements": sheet("Requirement", "R1.1"),
              "Recommendations": sheet("Recommendation", "Rec1.1")}  # fmt: skip
    plan = import_table(str(_book(tmp_path / "ifa.xlsx", sheets)))
    assert [t.title for t in plan.themes] == [""]
    assert [r.text[:38] for r in plan.themes[0].recommendations] == [
        "The registered person must meet requir",
        "The registered person must meet recomm",
    ]
