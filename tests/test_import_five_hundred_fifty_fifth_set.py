"""Issue 18, session 29: workbooks with a sheet for each part of the plan (a standard, an
audit year) beside summary pages, seen in heldout551, heldout552, heldout512, heldout242,
heldout418 and heldout420, each refused until now; and what heldout555-558 showed at first
sight."""

from __future__ import annotations

from pathlib import Path

import pytest

from ofsted_plan.errors import PlanError
from ofsted_plan.importing.ends import read_end
from ofsted_plan.importing.importer import import_table
from ofsted_plan.importing.key_words import key_statuses
from ofsted_plan.importing.people import split_people
from ofsted_plan.model import Month, Status

from .test_import_five_hundred_fifteenth_set import _word
from .test_import_four_hundred_forty_seventh_set import _headings
from .test_import_four_hundred_twenty_first_set import _book
from .test_import_three_hundred_ninety_third_set import _text

STANDARD_HEADER: list[object] = ["Requirement", "Self-assessment", "Ref",
                                 "Further strengthening action", "Owner", "Target date",
                                 "Progress (Nov 2025)", "RAG"]  # fmt: skip


def _standard(title: str, code: str, requirement: str) -> list[list[object]]:
    return [
        [title],
        [],
        STANDARD_HEADER,
        [requirement, "Partially compliant", f"{code}1",
         f"Complete the {code} review of every home and report it to the Board.",
         "Director of Asset Management", "31/03/2026", "Surveys under way.", "A"],
        [None, None, f"{code}2", f"Publish the {code} findings to tenants with the actions agreed.",
         "Head of Compliance", "30/06/2026", "Drafted.", "G"],
    ]  # fmt: skip


def test_a_sheet_for_each_standard_is_one_plan_a_theme_a_sheet(tmp_path: Path) -> None:
    """A consumer standards action plan: a summary of counts, then one sheet per standard,
    each with the same header naming no Action column ('Further strengthening action' is read
    as the action by its cells): one plan, each sheet's title its theme (refused: 'more than
    one sheet looks like a plan')."""
    path = _book(
        tmp_path / "standards.xlsx",
        {
            "Summary": [["emh group – Consumer Standards Action Plan 2025/26"], [],
                        ["Standard", "Actions", "B", "G", "A", "R"],
                        ["Safety and Quality Standard", 2, 0, 1, 1, 0],
                        ["Tenancy Standard", 2, 0, 1, 1, 0], ["Total", 4, 0, 2, 2, 0]],
            "Safety & Quality": _standard("Safety and Quality Standard", "SQ",
                                          "2.1.1 Stock quality – an accurate record"),
            "Tenancy": _standard("Tenancy Standard", "T", "2.1 Allocations and lettings"),
        },
    )  # fmt: skip
    plan = import_table(str(path))
    assert [a.ref for a in plan.actions()] == ["SQ1", "SQ2", "T1", "T2"]
    assert _headings(plan) == [
        ["Safety and Quality Standard", "2.1.1 Stock quality – an accurate record"],
        ["Safety and Quality Standard", "2.1.1 Stock quality – an accurate record"],
        ["Tenancy Standard", "2.1 Allocations and lettings"],
        ["Tenancy Standard", "2.1 Allocations and lettings"],
    ]
    assert next(plan.actions()).action.startswith("Complete the SQ review")


AUDIT_HEADER: list[object] = ["Rec No.", "Priority", "Recommendation", "Agreed Management Action",
                              "Responsible Officer", "Target Date", "Status"]  # fmt: skip


def _year(audit: str, actions: list[str]) -> list[list[object]]:
    rows: list[list[object]] = [[f"Internal audit reports – {audit}"], [], AUDIT_HEADER,
                                [f"{audit} – Limited Assurance"]]  # fmt: skip
    for i, action in enumerate(actions, 1):
        rows.append([f"R{i}", "High", f"The service should put right weakness {i} in {audit}.",
                     action, "Head of Finance", "31/03/2026", "On track"])  # fmt: skip
    return rows


def test_sheets_named_by_audit_year_are_one_tracker(tmp_path: Path) -> None:
    """An audit tracker with a sheet for each year's audits, named only by the year
    ('2023-24', '2024-25'): the audits of each year, read as one tracker under their audit
    bands (refused, as if two versions of one plan)."""
    path = _book(
        tmp_path / "tracker.xlsx",
        {
            "2023-24": _year("Fleet Management", ["Approve a fleet replacement programme.",
                                                  "Record every defect on the fleet system."]),
            "2024-25": _year("Payroll", ["Authorise overtime claims before payment.",
                                         "Reconcile the leavers report every month."]),
        },
        merges=["2023-24!A4:G4", "2024-25!A4:G4"],
    )  # fmt: skip
    plan = import_table(str(path))
    assert [a.action for a in plan.actions()] == [
        "Approve a fleet replacement programme.",
        "Record every defect on the fleet system.",
        "Authorise overtime claims before payment.",
        "Reconcile the leavers report every month.",
    ]
    assert [h[0] for h in _headings(plan)] == ["Fleet Management – Limited Assurance"] * 2 + [
        "Payroll – Limited Assurance"
    ] * 2


def test_year_sheets_that_repeat_the_actions_are_two_versions_and_refused(
    tmp_path: Path,
) -> None:
    """The same actions on '2024' and '2025': two versions of one plan, which one to read is
    the user's to say, with --sheet."""
    actions = ["Approve a fleet replacement programme.", "Record every defect on the system."]
    path = _book(
        tmp_path / "versions.xlsx",
        {"2024": _year("Fleet Management", actions), "2025": _year("Fleet Management", actions)},
    )
    with pytest.raises(PlanError, match="more than one sheet looks like a plan") as raised:
        import_table(str(path))
    assert "--sheet" in str(raised.value.hint)


def test_an_area_for_improvement_slash_action_column_is_the_action(tmp_path: Path) -> None:
    """'Action' on one sheet, 'Area for improvement / action' on the other: the second names
    the area's rows and the actions' both, its actions the action, as the first's; one plan,
    a sheet a part, no sheet's rows dropped (it was refused as two readings of two tables, the
    title read as the area for improvement alone, 'area for action')."""
    path = _book(
        tmp_path / "hmicfrs.xlsx",
        {
            "Cause of concern": [["Ref", "Action", "Action owner", "Due date", "Status"],
                                 ["CoC 1.1", "Refresh the risk-based inspection programme.",
                                  "Head of Protection", "Sep-25", "Green"]],
            "Areas for improvement": [["Ref", "Area for improvement / action", "Action owner",
                                       "Due date", "Status"],
                                      ["1.1", "Introduce a quality assurance framework.",
                                       "Prevention Manager", "Dec-25", "Amber"]],
        },
    )  # fmt: skip
    plan = import_table(str(path))
    assert [(t.title, a.action[:9]) for t in plan.themes for r in t.recommendations
            for a in r.actions] == [("Cause of concern", "Refresh t"),
                                    ("Areas for improvement", "Introduce")]  # fmt: skip


def test_a_summary_listing_the_risks_beside_the_risk_cards_is_set_aside(tmp_path: Path) -> None:
    """A risk register's summary sheet ('Risk | Title | Risk owner | Current score', a short
    title a row) beside the sheet of further actions (sentences): the summary lists the plan's
    parts and is not a second plan (refused: 'more than one sheet looks like a plan')."""
    path = _book(
        tmp_path / "risks.xlsx",
        {
            "Summary": [["Oldham Council Corporate Risk Register"], [],
                        ["Risk", "Title", "Risk owner", "Current score"],
                        ["CR1", "Financial resilience", "Director of Finance", 20],
                        ["CR2", "Cyber security", "Director of Digital", 16]],
            "Risk Register": [["Risk CR1: Financial resilience"],
                              ["Ref", "Further actions to reduce the risk", "Action owner",
                               "Target date", "Status"],
                              ["CR1.1", "Deliver the savings programme and report monthly "
                               "variances to Cabinet.", "Director of Finance", "Mar-26", "Green"],
                              ["Risk CR2: Cyber security"],
                              ["CR2.1", "Complete the cyber security awareness training for "
                               "all staff with access to the network.", "Director of Digital",
                               "Jun-26", "Amber"]],
        },
    )  # fmt: skip
    details: list[str] = []
    plan = import_table(str(path), details=details)
    assert [a.ref for a in plan.actions()] == ["CR1.1", "CR2.1"]
    assert [h[0] for h in _headings(plan)] == [
        "Risk CR1: Financial resilience",
        "Risk CR2: Cyber security",
    ]
    assert any("'Summary': not the plan (a list of the plan's parts)" in d for d in details)


def test_a_regulation_cited_on_each_requirement_row_is_not_the_action(tmp_path: Path) -> None:
    """'Ref | Regulation | Must do / should do and actions | Lead ...': the regulation is
    given only on each must-do's row, and the actions are the rows under it (the Regulation
    column, the one unnamed column of long text, was read as the action and the actions lost
    their words)."""
    header: list[object] = ["Ref", "Regulation", "Must do / should do and actions", "Lead",
                            "Completion date", "RAG"]  # fmt: skip
    rows: list[list[object]] = [header, ["Urgent and Emergency Care – Royal Derby Hospital"]]
    for n, reg in ((1, "Regulation 12 Safe care and treatment"), (2, "Regulation 18 Staffing")):
        rows.append([f"MD{n}", reg, f"The trust must ensure requirement {n} is met in ED."])
        rows += [
            [f"MD{n}.{i}", None, f"Put in place improvement {n}.{i} in the emergency department.",
             "ED Matron", "30/09/2024", "G"]
            for i in (1, 2)
        ]  # fmt: skip
    path = _book(tmp_path / "must-do.xlsx", {"Must Do": rows}, merges=["Must Do!A2:F2"])
    plan = import_table(str(path))
    assert [a.ref for a in plan.actions()] == ["MD1.1", "MD1.2", "MD2.1", "MD2.2"]
    first = next(plan.actions())
    assert first.action == "Put in place improvement 1.1 in the emergency department."
    assert _headings(plan)[2] == [
        "Urgent and Emergency Care – Royal Derby Hospital",
        "The trust must ensure requirement 2 is met in ED.",
    ]


def test_a_key_word_that_opens_another_entry_keeps_its_own_colour() -> None:
    """'green = In progress' beside 'amber = In progress – revised date': two statuses, the
    second its whole words (its dash cut it to 'In progress', defined amber over green)."""
    found = key_statuses(
        ["blue = Implemented; green = In progress; amber = In progress – revised date; "
         "red = Overdue"]
    )  # fmt: skip
    assert found["in progress"][0] is Status.GREEN
    assert found["in progress – revised date"][0] is Status.AMBER
    assert (
        key_statuses(["Amber = Behind schedule – a short delay; Green = On track"])[
            "behind schedule"
        ][0]
        is Status.AMBER
    )


def test_an_audit_tracker_reads_its_status_words_by_the_key_sheet(tmp_path: Path) -> None:
    """The Key sheet's 'In progress' (green) and 'In progress – revised date' (amber): each
    status cell read by its own entry (every 'In progress' was read amber)."""
    rows: list[list[object]] = [
        ["Rec No.", "Recommendation", "Agreed Management Action", "Responsible Officer",
         "Target Date", "Status"],
        ["AP1", "Verify bank detail changes.", "Introduce a call-back check.", "Head of Finance",
         "31/03/2026", "In progress"],
        ["AP2", "Report duplicate payments.", "Configure a monthly report.", "Head of Finance",
         "31/12/2025", "In progress – revised date"],
    ]  # fmt: skip
    key: list[list[object]] = [["Status key"], ["Implemented", "Complete"],
                               ["In progress", "Within target date"],
                               ["In progress – revised date", "Revised date agreed"],
                               ["Overdue", "Past the target date"]]  # fmt: skip
    path = _book(
        tmp_path / "tracker.xlsx",
        {"Tracker": rows, "Key": key},
        fills={"Key!A2": "0070C0", "Key!A3": "00B050", "Key!A4": "FFC000", "Key!A5": "FF0000"},
    )
    assert [a.status for a in import_table(str(path)).actions()] == [Status.GREEN, Status.AMBER]


def test_the_rule_cited_under_a_requirements_words_leaves_them_its_name(tmp_path: Path) -> None:
    """'Requirement 1', its words, then 'Legislation / standard: Regulation 4(1)(a) ...'
    over the labelled actions: the words name the part and the regulation is said of it (the
    cited line took the words' place and the part was named 'Requirement 1')."""
    lines = ["Tigh-Na-Muirn Care Home – Improvement Action Plan", ""]
    for n in (1, 2):
        lines += [
            "=" * 60,
            f"Key question {n}: How well do we support people's wellbeing?",
            "=" * 60,
            "",
            f"Requirement {n}",
            f"By 30 November 2025, the provider must ensure that need {n} is assessed and met.",
            "Legislation / standard: Regulation 4(1)(a) (welfare of users) of the Regulations",
            "",
        ]
        for i in (1, 2):
            lines += [
                f"  {n}.{i}    Action:  Review every resident's plan for need {n}, part {i}.",
                "         Lead:    Depute Manager",
                "         Due:     31/10/2025",
                "         Status:  G",
                "",
            ]
    plan = import_table(_text(tmp_path / "care-home.txt", lines))
    assert [h[1] for h in _headings(plan)] == [
        f"By 30 November 2025, the provider must ensure that need {n} is assessed and met."
        for n in (1, 1, 2, 2)
    ]
    assert any(n.startswith("Legislation / standard:") for n in plan.notes)


def test_a_line_saying_what_actions_follow_names_no_part(tmp_path: Path) -> None:
    """'The Standards relating to safeguarding were met. The school has identified the
    following further action ...' between the section's heading and its table: what the
    table holds, not a recommendation it answers; 'The school should take the following
    actions' is still one."""
    header = ["Ref", "Action", "Lead(s)", "Timescale", "RAG"]
    path = _word(tmp_path / "isi.docx", [
        ("h1", "4. Safeguarding"),
        ("p", "The Standards relating to safeguarding were met. The school has identified the "
              "following further action following its own review after the inspection."),
        ("t", [header, ["S1", "Move safeguarding records to CPOMS.", "DSL", "31/08/2025",
                        "Green"]]),
        ("h1", "5. Boarding"),
        ("p", "The school should take the following actions so that boarders are heard."),
        ("t", [header, ["B1", "Introduce a boarders' council.", "Head of Boarding",
                        "31/08/2025", "Green"]]),
    ])  # fmt: skip
    assert _headings(import_table(path)) == [
        ["4. Safeguarding"],
        ["5. Boarding", "The school should take the following actions so that boarders are heard."],
    ]


def test_a_committee_log_names_its_action_the_summary_of_action_agreed(tmp_path: Path) -> None:
    """'Minute Ref | Officer / Director Lead | Summary of Action Agreed | Original Timescale
    | Latest Update Position | RAG': a committee's summary action log (refused: no header)."""
    path = _book(
        tmp_path / "log.xlsx",
        {"Action Log": [["Quality, Safety and Experience Committee – Summary Action Log"], [],
                        ["Minute Ref", "Officer / Director Lead", "Summary of Action Agreed",
                         "Original Timescale", "Latest Update Position", "RAG"],
                        ["QSE24/97", "Director of Nursing", "Bring back a paper on pressure "
                         "ulcers.", "Jan-25", "Paper on the agenda.", "Green"]]},
    )  # fmt: skip
    action = next(import_table(str(path)).actions())
    assert (action.ref, action.action, action.comments) == (
        "QSE24/97",
        "Bring back a paper on pressure ulcers.",
        "Paper on the agenda.",
    )


def test_the_one_key_question_over_a_plan_is_its_theme(tmp_path: Path) -> None:
    """A care home's plan under one ruled 'Key question 1: ...', two requirements under it:
    the key question is the actions' theme (as the only heading over every table it was
    dropped as the document's section, and lost); a section's heading over every table
    ('Inspection findings') is still no part, and kept with the plan's notes."""
    question = "Key question 1: How well do we support people's wellbeing?"

    def plan_under(heading: str) -> list[str]:
        lines = ["Tigh-Na-Muirn Care Home – Improvement Action Plan", "", "=" * 60, heading,
                 "=" * 60, ""]  # fmt: skip
        for n in (1, 2):
            lines += [f"Requirement {n}", f"The provider must ensure that need {n} is met.", ""]
            for i in (1, 2):
                lines += [f"  {n}.{i}    Action:  Review the plan for need {n}, part {i}.",
                          "         Lead:    Depute Manager", "         Due:     31/10/2025",
                          "         Status:  G", ""]  # fmt: skip
        return lines

    plan = import_table(_text(tmp_path / "one-question.txt", plan_under(question)))
    assert [h[0] for h in _headings(plan)] == [question] * 4
    plan = import_table(_text(tmp_path / "section.txt", plan_under("Inspection findings")))
    assert [h[0] for h in _headings(plan)] == [
        f"The provider must ensure that need {n} is met." for n in (1, 1, 2, 2)
    ]
    assert "Inspection findings" in plan.notes


def test_a_risk_row_with_its_description_heads_its_coded_actions(tmp_path: Path) -> None:
    """'CR58 – Placement sufficiency ...' in the ref column, its description in the column
    that holds the actions' words ('Description / further mitigating action'), then CR58.1,
    CR58.2: the risk is their heading and its description said of it (it was read as an
    action, its ref the risk's name)."""
    header: list[object] = ["Risk / ref", "Description / further mitigating action",
                            "Risk owner / action owner", "Current score", "Target date",
                            "Progress"]  # fmt: skip
    rows: list[list[object]] = [header]
    for code, name in (("CR58", "Placement sufficiency"), ("CR39a", "Cyber security")):
        rows.append([f"{code} – {name}", f"If the risk {code} happens, services suffer.",
                     "Director of Finance", 16])  # fmt: skip
        rows += [[f"{code}.{i}", f"Deliver mitigation {i} for {name.lower()}.", "Head of Service",
                  None, "31/03/2026", "Under way."] for i in (1, 2)]  # fmt: skip
    plan = import_table(str(_book(tmp_path / "register.xlsx", {"Register": rows})))
    assert [a.ref for a in plan.actions()] == ["CR58.1", "CR58.2", "CR39a.1", "CR39a.2"]
    assert [h[0] for h in _headings(plan)] == ["CR58 – Placement sufficiency"] * 2 + [
        "CR39a – Cyber security"
    ] * 2
    assert any("If the risk CR58 happens, services suffer." in n for n in plan.notes)


def test_a_should_do_tables_area_to_improve_is_under_its_heading(tmp_path: Path) -> None:
    """'Area to improve' (CQC's should-do, in a practice's words) merged down beside its
    actions under the heading 'Should do', after a requirement notice's table whose must-do
    is its first row: each the part under its heading (the area was read as a theme, and
    the headings and must-do as parts beside each other under none)."""
    header = ["Area to improve", "No.", "Action to be taken", "Lead", "Completion date", "Status"]
    path = _word(tmp_path / "gp.docx", [
        ("h1", "Requirement notice – Regulation 12: Safe care and treatment"),
        ("t", [["No.", "Action to be taken", "Lead", "Completion date", "Status"],
               ["Ensure care and treatment is provided in a safe way to patients."],
               ["1.1", "Search for patients on high-risk drugs.", "Dr S Okafor", "30 June 2025",
                "Complete"]]),
        ("h1", "Should do – Effective and Responsive key questions"),
        ("t", [header,
               ["Continue to improve the uptake of cervical screening.", "S1",
                "Offer Saturday clinics.", "Lead Practice Nurse", "December 2025", "On track"],
               ["Take action to improve telephone access.", "S2", "Install a call-back system.",
                "Practice Manager", "October 2025", "Complete"]]),
    ])  # fmt: skip
    assert _headings(import_table(path)) == [
        ["Requirement notice – Regulation 12: Safe care and treatment",
         "Ensure care and treatment is provided in a safe way to patients."],
        ["Should do – Effective and Responsive key questions",
         "Continue to improve the uptake of cervical screening."],
        ["Should do – Effective and Responsive key questions",
         "Take action to improve telephone access."],
    ]  # fmt: skip


def test_an_audit_action_plan_of_labels_alone_over_their_words(tmp_path: Path) -> None:
    """'Recommendation 1 – ...', then 'Issue/risk', 'Recommendation' and 'Agreed management
    action' each alone over its words, then '1a. ...' with its labelled lines: the action is
    the line after its label, under the heading and the recommendation's words (the whole
    block was read as one action with no part); the issue is said of the part."""
    lines = ["Stirling Council – Annual Audit Report: Action Plan Progress Update", ""]
    for n in (1, 2):
        lines += [f"Recommendation {n} – Topic {n}", "Issue/risk",
                  f"The council found gap {n} in its plans.", "Recommendation",
                  f"The council should close gap {n}.", "Agreed management action"]  # fmt: skip
        for letter in "ab":
            lines += [f"{n}{letter}. Present proposal {n}{letter} to Council for approval.",
                      "Responsible officer: Chief Finance Officer", "Agreed date: February 2026",
                      "RAG: Green", ""]  # fmt: skip
    plan = import_table(_text(tmp_path / "audit.txt", lines))
    assert [a.ref for a in plan.actions()] == ["1a", "1b", "2a", "2b"]
    assert next(plan.actions()).action == "Present proposal 1a to Council for approval."
    assert _headings(plan)[3] == ["Recommendation 2 – Topic 2", "The council should close gap 2."]
    assert "Issue/risk: The council found gap 1 in its plans." in plan.notes


def test_action_taken_or_planned_by_the_home_is_the_action(tmp_path: Path) -> None:
    """RQIA's area for improvement beside 'Action taken / planned by the home': the home's
    actions under the area (the area was tracked as the action, the actions kept aside)."""
    path = _book(
        tmp_path / "qip.xlsx",
        {"QIP": [["Area for improvement (RQIA)", "No.", "Action taken / planned by the home",
                  "Responsible person", "To be completed by", "Evidence / comments"],
                 ["The registered person shall ensure SALT advice is followed.", "1.1",
                  "Care plans updated with SALT advice.", "Registered Manager", "30 June 2025",
                  "Audited."]]},
    )  # fmt: skip
    plan = import_table(str(path))
    action = next(plan.actions())
    assert action.action == "Care plans updated with SALT advice."
    assert _headings(plan) == [["The registered person shall ensure SALT advice is followed."]]


def test_a_header_in_welsh_over_english_is_read_by_its_english_line(tmp_path: Path) -> None:
    """'Camau Lliniaru' over 'Mitigating Actions' in one cell, a line each: the column the
    English names (no header was found)."""
    path = _book(
        tmp_path / "cofrestr.xlsx",
        {"Cofrestr": [["Cyf. Cam\nAction Ref.", "Camau Lliniaru\nMitigating Actions",
                       "Swyddog Arweiniol\nLead Officer", "Dyddiad Targed\nTarget Date"],
                      ["1a", "Agree a medium-term financial plan.", "Head of Finance",
                       "March 2026"]]},
    )  # fmt: skip
    action = next(import_table(str(path)).actions())
    assert (action.ref, action.action, action.end) == (
        "1a", "Agree a medium-term financial plan.", Month(2026, 3)
    )  # fmt: skip


def test_a_term_revised_to_another_ends_in_the_revised_one() -> None:
    """'Michaelmas Term 2025 (revised: Lent Term 2026)': two ends, the revised one in force
    (none was read); a mistyped month in either half is still refused."""
    assert read_end("Michaelmas Term 2025 (revised: Lent Term 2026)").month == Month(2026, 3)
    assert read_end("Q3 2025/26 (revised to Q1 2026/27)").month == Month(2026, 6)
    with pytest.raises(ValueError):
        read_end("Febuary 2026 (revised: March 2026)")


def test_a_town_clerk_and_a_contractor_are_two_leads() -> None:
    """'Town Clerk and IT contractor', 'Administrator and Registered Manager': two posts
    (each was read as one); a post with 'and' inside it stays one."""
    assert split_people("Town Clerk and IT contractor").officers == ("Town Clerk", "IT contractor")
    assert split_people("Administrator and Registered Manager").officers == (
        "Administrator", "Registered Manager"
    )  # fmt: skip
    assert split_people("Head of Contractor Management and Procurement").officers == (
        "Head of Contractor Management and Procurement",
    )


def test_objectives_underlined_under_priorities_underlined_twice(tmp_path: Path) -> None:
    """A performance system's export: 'Priority 1: ...' over '=====', 'Objective 1a: ...'
    over '-----', then labelled actions; 'Due: December 2025 (revised: June 2026)' one value.
    Each objective under its priority (the second objective was read beside the first
    priority, and the revised date's 'December 2025 (revised' taken for a label)."""
    lines = ["Corporate Plan – Quarter 2 Progress Report", ""]
    for p in (1, 2):
        lines += [f"Priority {p}: Priority number {p}", "=" * 30, ""]
        for o in "ab":
            lines += [f"Objective {p}{o}: Objective {p}{o}", "-" * 30,
                      f"Ref:        P{p}{o}.1", f"Action:     Deliver objective {p}{o}.",
                      "Lead:       Head of Service",
                      "Due:        December 2025 (revised: June 2026)", "Status:     Green",
                      ""]  # fmt: skip
    plan = import_table(_text(tmp_path / "delivery.txt", lines))
    assert _headings(plan) == [
        [f"Priority {p}: Priority number {p}", f"Objective {p}{o}: Objective {p}{o}"]
        for p in (1, 2)
        for o in "ab"
    ]
    assert {a.end for a in plan.actions()} == {Month(2026, 6)}


def test_a_numbered_key_question_over_the_requirement_it_states(tmp_path: Path) -> None:
    """'1. SAFE (Regulation 12 ...)' then 'CQC requirement: ...' over a rule, then the
    actions: the requirement's words under the key question (the key question was lost and
    the label kept with the words)."""
    lines = ["HOLLYFIELD HOUSE CARE HOME – CQC INSPECTION ACTION PLAN", ""]
    for n, (question, found) in enumerate(
        (("SAFE (Regulation 12)", "Risks were not always assessed."),
         ("WELL-LED (Regulation 17)", "Audits did not find the problems.")), 1
    ):  # fmt: skip
        lines += ["=" * 60, "", f"{n}. {question}", f"CQC requirement: {found}", "-" * 60, ""]
        for i in (1, 2):
            lines += [f"Action {n}.{i}: Put right problem {n}.{i} in every unit.",
                      "    Lead: Deputy Manager", "    Target date: 31/05/2025",
                      "    RAG: Green", ""]  # fmt: skip
    plan = import_table(_text(tmp_path / "care-home.txt", lines))
    assert _headings(plan)[0] == ["1. SAFE (Regulation 12)", "Risks were not always assessed."]
    assert _headings(plan)[3] == [
        "2. WELL-LED (Regulation 17)",
        "Audits did not find the problems.",
    ]


def test_rqias_action_required_beside_the_trusts_actions(tmp_path: Path) -> None:
    """'Action required to ensure compliance' (RQIA's requirement) beside 'Actions taken /
    planned by the Trust': the requirement and the actions answering it (refused: two
    columns named as the action)."""
    path = _book(
        tmp_path / "qip.xlsx",
        {"QIP": [["Area for improvement", "Action required to ensure compliance",
                  "Actions taken / planned by the Trust", "Responsible person", "Date"],
                 ["1", "The registered person shall ensure care plans are reviewed monthly.",
                  "Monthly care plan audit introduced.", "Ward Manager", "31/10/2025"],
                 ["2", "The registered person shall ensure falls are managed safely.",
                  "Post-falls protocol re-issued to all staff.", "Deputy Manager",
                  "30/11/2025"]]},
    )  # fmt: skip
    plan = import_table(str(path))
    assert next(plan.actions()).action == "Monthly care plan audit introduced."
    assert _headings(plan)[0][-1] == (
        "The registered person shall ensure care plans are reviewed monthly."
    )


def test_a_risk_numbered_by_its_kind_merged_over_the_action_cell(tmp_path: Path) -> None:
    """'Risk 1 – Unscheduled care: There is a risk ...' merged over the Ref, Action and
    Owner cells, its scores beside it, then actions 1.1 and 1.2: the risk heads them (it
    was read as an action of its own, the risk's words its ref)."""
    header: list[object] = ["Ref", "Action to address gaps in control", "Action owner",
                            "Target date", "Status"]  # fmt: skip
    rows: list[list[object]] = [header]
    for n in (1, 2):
        rows.append([f"Risk {n} – Topic {n}: There is a risk that demand exceeds capacity.",
                     None, None, "Current: 16 (4x4)", None])  # fmt: skip
        rows += [[f"{n}.{i}", f"Open unit {n}.{i} seven days a week.", "Co-Director",
                  "Mar-26", "G"] for i in (1, 2)]  # fmt: skip
    path = _book(tmp_path / "crr.xlsx", {"CRR": rows}, merges=["CRR!A2:C2", "CRR!A5:C5"])
    plan = import_table(str(path))
    assert [a.ref for a in plan.actions()] == ["1.1", "1.2", "2.1", "2.2"]
    assert _headings(plan)[2] == ["Risk 2 – Topic 2: There is a risk that demand exceeds capacity."]


def test_a_lesson_on_a_line_of_its_own_is_the_next_part(tmp_path: Path) -> None:
    """'Lesson 2: ...' alone in the action column after action 1.2 (as 'Lesson 1: ...' was
    after its theme): the next part, not more of 1.2's words; a line that only carries an
    action on is still joined to it."""
    lines = ["YMCA – Lessons Learned Action Plan", "",
             "Ref\tLesson / action\tOwner\tDue\tRAG",
             "\tTHEME 1: DETECTION AND RESPONSE",
             "\tLesson 1: The alert was not acted on until the next working day.",
             "1.1\tAgree a 24/7 escalation route.\tHead of IT\t31/03/2025\tB",
             "1.2\tTest the escalation route twice a year.\tHead of IT\tSix-monthly\tG",
             "\tLesson 2: The incident response plan had never been tested.",
             "2.1\tRewrite the Incident Response Plan.\tDirector of Finance\t30/06/2025\tB",
             "\tand test it with the Executive Team.",
             "2.2\tRun a tabletop exercise.\tDirector of Finance\tOct-25\tG"]  # fmt: skip
    plan = import_table(_text(tmp_path / "lessons.txt", lines))
    actions = list(plan.actions())
    assert [a.ref for a in actions] == ["1.1", "1.2", "2.1", "2.2"]
    assert actions[1].action == "Test the escalation route twice a year."
    assert _headings(plan)[2][-1] == "Lesson 2: The incident response plan had never been tested."
    assert actions[2].action.endswith("and test it with the Executive Team.")


def test_a_named_manager_with_her_roles_letters_and_a_post_are_two_leads() -> None:
    """'Lucy Hartley (RM) and HR Advisor': a person, her role's letters in brackets, and a
    post (read as one); a post with its field in brackets stays one."""
    assert split_people("Lucy Hartley (RM) and HR Advisor").officers == (
        "Lucy Hartley (RM)", "HR Advisor"
    )  # fmt: skip
    assert split_people("Head of Service (CIN/CP)").officers == ("Head of Service (CIN/CP)",)


def test_what_cqc_found_beside_its_words_merged_across_is_the_part(tmp_path: Path) -> None:
    """'What CQC found' | the finding merged over the rest of the row, under the
    regulation's band: the finding the actions below answer (it was read as an action whose
    ref was 'What CQC found')."""
    from docx import Document

    header = ["No.", "What we will do", "Person responsible", "Completion date", "Status"]
    document = Document()
    document.add_paragraph("Woodside Lodge Care Home – CQC Action Plan", style="Title")
    table = document.add_table(rows=1, cols=5)
    for c, title in enumerate(header):
        table.cell(0, c).text = title
    for n, (band, found) in enumerate(
        (("Regulation 12: Safe care and treatment", "Medicines were not managed safely."),
         ("Regulation 17: Good governance", "Audits had not found the shortfalls.")), 1
    ):  # fmt: skip
        row = table.add_row()
        row.cells[0].merge(row.cells[4]).text = band
        row = table.add_row()
        row.cells[0].text = "What CQC found"
        row.cells[1].merge(row.cells[4]).text = found
        for i in (1, 2):
            cells = table.add_row().cells
            for c, text in enumerate((f"{n}.{i}", f"Put right shortfall {n}.{i}.",
                                      "Registered Manager", "31/07/2025", "Green")):  # fmt: skip
                cells[c].text = text
    path = tmp_path / "cqc.docx"
    document.save(str(path))
    plan = import_table(str(path))
    assert [a.ref for a in plan.actions()] == ["1.1", "1.2", "2.1", "2.2"]
    assert _headings(plan)[3] == [
        "Regulation 17: Good governance", "Audits had not found the shortfalls."
    ]  # fmt: skip
