"""Issue 18, what the four-hundred-and-forty-fifth blind sets on showed (heldout445 on)."""

from __future__ import annotations

from pathlib import Path

from ofsted_plan.importing.importer import import_table
from ofsted_plan.model import Plan, Status

from .blind_reading import BLIND
from .test_import_three_hundred_ninety_third_set import _csv, _text

HIW = ["Improvement needed", "Standard / Regulation", "Service action", "Responsible officer",
       "Timescale"]  # fmt: skip


def _headings(plan: Plan) -> list[list[str]]:
    """The headings each action is read under, outermost first (theme, recommendation)."""
    return [
        [h for h in (t.title, r.text) if h]
        for t in plan.themes
        for r in t.recommendations
        for _ in r.actions
    ]


def _parts(path: Path, parts: list[tuple[str, list[list[str]], list[int]]]) -> Path:
    """A Word report: each part a heading paragraph over its table ('1:' before a heading
    makes it a Heading 1, else a Heading 2; a heading with no table after it is given as
    rows []); the listed rows of each table merged across (a band naming the rows under it)."""
    from docx import Document

    document = Document()
    document.add_paragraph("Priory Hospital – HIW Improvement Plan", style="Title")
    for heading, rows, bands in parts:
        words = heading.removeprefix("1:")
        if words:  # ('' : a table under no heading)
            document.add_paragraph(words, style="Heading 2" if words == heading else "Heading 1")
        if not rows:
            continue
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                table.cell(r, c).text = text
        for row in bands:
            text = table.cell(row, 0).text
            table.cell(row, 0).merge(table.cell(row, len(rows[0]) - 1)).text = text
    document.save(str(path))
    return path


def _finding(n: int, regulation: str) -> list[str]:
    return [f"The provider must put finding {n} right.", regulation, f"Action {n} taken.",
            "Ward Manager", "31/12/2024"]  # fmt: skip


def test_a_column_of_regulations_cited_is_no_rag_column(tmp_path: Path) -> None:
    """HIW's 'Standard / Regulation' beside each improvement needed: 'Regulation 26(2)(a)',
    'Regulation 15(1)(b)' cite sub-clauses (a) and (b), not amber and blue (the plan was
    refused: 'Regulation 24(1)' no RAG status); the actions are unrated, the clause kept."""
    rows = [HIW, _finding(1, "Regulation 26(2)(a)"), _finding(2, "Regulation 15(1)(b)"),
            _finding(3, "Regulation 15(1)(a)"), _finding(4, "Regulation 20(2)(a)"),
            _finding(5, "Regulation 24(1)")]  # fmt: skip
    plan = import_table(_csv(tmp_path / "hiw.csv", rows))
    assert [a.status for a in plan.actions()] == [Status.UNRATED] * 5
    assert [a.extra["Standard / Regulation"] for a in plan.actions()][:2] == [
        "Regulation 26(2)(a)",
        "Regulation 15(1)(b)",
    ]


def test_appendix_headings_over_tables_with_their_own_bands_are_parts_of_the_report(
    tmp_path: Path,
) -> None:
    """'Appendix B – Immediate improvement plan' and 'Appendix C – Improvement plan' over
    HIW's tables, the second banded by its domains: the domains are the themes, the
    appendices notes (the appendices were read as themes and the domains lost)."""
    immediate = [HIW, _finding(1, "Regulation 26(2)(a)"), _finding(2, "Regulation 15(1)(b)")]
    later = [HIW, ["Quality of the patient experience"] * 5, _finding(3, "Regulation 24(1)"),
             ["Delivery of safe and effective care"] * 5, _finding(4, "Regulation 20(2)"),
             _finding(5, "Regulation 21")]  # fmt: skip
    parts = [("Appendix B – Immediate improvement plan", immediate, []),
             ("Appendix C – Improvement plan", later, [1, 3])]  # fmt: skip
    path = _parts(tmp_path / "hiw.docx", parts)
    plan = import_table(path)
    assert [h[:-1] for h in _headings(plan)] == [
        [],
        [],
        ["Quality of the patient experience"],
        ["Delivery of safe and effective care"],
        ["Delivery of safe and effective care"],
    ]
    assert "Appendix C – Improvement plan" in plan.notes


def test_a_period_of_terms_named_once_ends_with_the_last_term(tmp_path: Path) -> None:
    """'Spring – Summer term 2025': the spring and summer terms of 2025, ending in July (it
    was kept as written, with no end month)."""
    rows = [["Ref", "Action", "Lead", "Timescale", "RAG"],
            ["1.1", "Train staff.", "Headteacher", "Spring – Summer term 2025", "Green"],
            ["1.2", "Review marking.", "Deputy Head", "Autumn term 2025", "Amber"]]  # fmt: skip
    plan = import_table(_csv(tmp_path / "school.csv", rows))
    assert [str(a.end) for a in plan.actions()] == ["2025-07", "2025-12"]


def test_a_closing_signed_line_naming_posts_is_no_action(tmp_path: Path) -> None:
    """'Signed: Principal' | 'Chair, Board of Governors' under a school's last table: who
    signs the plan, by post (it was read as a ninth action)."""
    head = "Ref\tAction\tPerson(s) responsible\tTimescale\tStatus"
    lines = ["Grammar School – ETI Inspection Action Plan", "",
             "Area for Improvement 1: To embed the use of assessment information.", head,
             "1.1\tTrain all staff.\tVice Principal\tSeptember 2025\tOn track",
             "1.2\tPlan differentiated work.\tHeads of Department\tOctober 2025\tComplete", "",
             "Area for Improvement 2: To improve marking.", head,
             "2.1\tRelaunch the feedback policy.\tVice Principal\tJune 2025\tComplete", "",
             "Signed: Principal\tChair, Board of Governors"]  # fmt: skip
    plan = import_table(_text(tmp_path / "eti.txt", lines))
    assert [a.ref for a in plan.actions()] == ["1.1", "1.2", "2.1"]


CQC = ["Ref", "What CQC told us", "Action", "Lead", "Target date", "RAG"]


def test_a_heading_naming_the_kind_of_part_over_two_more_levels_is_a_part_of_the_report(
    tmp_path: Path,
) -> None:
    """A surgery's plan: 'Requirement notices (must do)' over 'Regulation 12 ...: Safe care
    and treatment' over a table whose column gives what CQC told us, then 'Areas where the
    practice should improve (should do)' over its table: the regulations are the themes,
    the should-dos under none (the regulations were lost, the kinds read as themes)."""
    must = [CQC, ["M1.1", "The provider must ensure safe care.", "Search the records.",
                  "Dr A Khan", "31/08/2025", "Complete"],
            ["M1.2", "The provider must ensure safe care.", "Audit monthly.", "Pharmacist",
             "30/09/2025", "Green"]]  # fmt: skip
    governance = [CQC, ["M2.1", "The provider must govern well.", "Review policies.",
                        "Practice Manager", "30/09/2025", "Amber"]]  # fmt: skip
    should = [CQC, ["S1", "Improve cervical screening uptake.", "Send reminders.",
                    "Lead Nurse", "March 2026", "Green"]]  # fmt: skip
    parts: list[tuple[str, list[list[str]], list[int]]] = [
             ("1:Requirement notices (must do)", [], []),
             ("Regulation 12 HSCA (RA) Regulations 2014: Safe care and treatment", must, []),
             ("Regulation 17 HSCA (RA) Regulations 2014: Good governance", governance, []),
             ("1:Areas where the practice should improve (should do)", should, [])]  # fmt: skip
    plan = import_table(_parts(tmp_path / "gp.docx", parts))
    assert _headings(plan) == [
        ["Regulation 12 HSCA (RA) Regulations 2014: Safe care and treatment",
         "The provider must ensure safe care."],
        ["Regulation 12 HSCA (RA) Regulations 2014: Safe care and treatment",
         "The provider must ensure safe care."],
        ["Regulation 17 HSCA (RA) Regulations 2014: Good governance",
         "The provider must govern well."],
        ["Improve cervical screening uptake."],
    ]  # fmt: skip
    assert "Requirement notices (must do)" in plan.notes


def test_a_heading_naming_the_kind_of_part_over_a_banded_table_gives_way_to_the_bands(
    tmp_path: Path,
) -> None:
    """A custody inspection plan: 'Causes of concern and recommendations' over a table banded
    'Cause of concern 1: ...' with a Recommendation column: the causes are the themes (they
    were lost, every action under the heading)."""
    head = ["Ref", "Recommendation", "Action", "Lead", "Target date", "RAG"]
    cause = "Cause of concern 1: Governance of the use of force was weak."
    other = "Cause of concern 2: Risk assessments were not thorough."
    rows = [head, [cause] * 6,
            ["1.1", "The force should record all use of force.", "Brief custody staff.",
             "Custody Inspector", "June 2025", "Green"],
            [other] * 6,
            ["2.1", "The force should improve risk assessments.", "Refresh training.",
             "Custody Sergeant", "July 2025", "Amber"],
            ["2.2", "The force should improve risk assessments.", "Replace cell fittings.",
             "Estates Manager", "March 2026", "Red"]]  # fmt: skip
    parts = [("Causes of concern and recommendations", rows, [1, 3])]
    plan = import_table(_parts(tmp_path / "custody.docx", parts))
    assert [h[0] for h in _headings(plan)] == [cause, other, other]


def test_an_appendix_heading_over_a_single_area_table_stays_its_theme(tmp_path: Path) -> None:
    """'Areas where the practice should improve' alone over the should-dos' table, the
    must-dos before it in a table banded by their regulation under no heading: the heading is
    the should-dos' theme, at the level of the regulations (a kind-naming heading gives way
    only where more levels stand under it)."""
    must = [CQC, ["Regulation 12: Safe care and treatment"] * 6,
            ["1", "The provider must ensure safe care.", "Search the records.", "Dr A Khan",
             "31/08/2025", "Complete"]]  # fmt: skip
    should = [CQC, ["2", "Improve cervical screening uptake.", "Send reminders.", "Lead Nurse",
                    "March 2026", "Green"]]  # fmt: skip
    parts = [("", must, [1]), ("1:Areas where the practice should improve", should, [])]
    plan = import_table(_parts(tmp_path / "gp.docx", parts))
    assert [h[0] for h in _headings(plan)] == [
        "Regulation 12: Safe care and treatment",
        "Areas where the practice should improve",
    ]


def test_a_service_and_its_inspection_date_over_a_table_are_facts(tmp_path: Path) -> None:
    """HIW's 'Service: ...' over 'Date of inspection: 10 June 2025' between the appendix's
    heading and its table: the facts of the template (the date was read as the part over
    every action, and the domains banding the table lost)."""
    from docx import Document

    document = Document()
    document.add_paragraph("Brynmawr Practice – HIW Improvement Plan", style="Title")
    document.add_paragraph("Appendix B – Immediate improvement plan", style="Heading 1")
    document.add_paragraph("Service: Brynmawr Medical Practice")
    document.add_paragraph("Date of inspection: 10 June 2025")
    document.add_paragraph("Immediate concerns identified during the inspection.")
    first = document.add_table(rows=2, cols=5)
    for r, cells in enumerate([HIW, _finding(9, "Standard 2")]):
        for c, text in enumerate(cells):
            first.cell(r, c).text = text
    document.add_paragraph("Appendix C – Improvement plan", style="Heading 1")
    document.add_paragraph("Service: Brynmawr Medical Practice")
    document.add_paragraph("Date of inspection: 10 June 2025")
    rows = [HIW, ["Quality of the patient experience"] * 5, _finding(1, "Standard 3"),
            _finding(2, "Standard 4"), ["Delivery of safe and effective care"] * 5,
            _finding(3, "Standard 5")]  # fmt: skip
    table = document.add_table(rows=len(rows), cols=5)
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    for band in (1, 4):
        table.cell(band, 0).merge(table.cell(band, 4)).text = rows[band][0]
    document.save(str(tmp_path / "gp.docx"))
    plan = import_table(tmp_path / "gp.docx")
    assert [h[0] for h in _headings(plan)][1:] == ["Quality of the patient experience"] * 2 + [
        "Delivery of safe and effective care"
    ]
    assert "Date of inspection: 10 June 2025" in plan.notes


def test_a_paragraph_over_a_table_banded_by_its_requirements_is_said_of_them(
    tmp_path: Path,
) -> None:
    """'Section A: Requirements', then 'Ofsted set a compliance date for each requirement.
    ...', then a table banded 'Requirement 1: ...': the paragraph is said of them all (it was
    read as the part every requirement stood under)."""
    from docx import Document

    document = Document()
    document.add_paragraph("Fostering Agency – Post-Inspection Action Plan", style="Title")
    document.add_paragraph("Section A: Requirements", style="Heading 1")
    note = "Ofsted set a compliance date for each requirement. Progress is reviewed monthly."
    document.add_paragraph(note)
    first = "Requirement 1: The registered person must review each foster carer's approval."
    second = "Requirement 2: The registered person must ensure panel papers are complete."
    rows = [["No.", "Action", "Responsible person", "Timescale", "RAG"], [first] * 5,
            ["1.1", "Audit all households.", "Registered Manager", "March 2025", "Complete"],
            [second] * 5,
            ["2.1", "Revise the checklist.", "Panel Adviser", "May 2025", "Green"]]  # fmt: skip
    table = document.add_table(rows=len(rows), cols=5)
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    for band in (1, 3):
        table.cell(band, 0).merge(table.cell(band, 4)).text = rows[band][0]
    document.save(str(tmp_path / "ifa.docx"))
    plan = import_table(tmp_path / "ifa.docx")
    assert _headings(plan) == [
        ["Section A: Requirements", first],
        ["Section A: Requirements", second],
    ]
    assert note in plan.notes


def test_a_parish_councils_chairman_and_rfo_are_two_officers(tmp_path: Path) -> None:
    """'Chairman & RFO': the council's chairman and its responsible financial officer (it was
    kept as one officer)."""
    rows = [["No.", "Recommendation", "Agreed action", "Responsible", "Target date", "Status"],
            ["1", "Review the risk register.", "Adopt a new register.", "Clerk", "May 2025",
             "Complete"],
            ["2", "Reconcile the bank.", "Sign the reconciliation.", "Chairman & RFO",
             "June 2025", "Green"]]  # fmt: skip
    plan = import_table(_csv(tmp_path / "parish.csv", rows))
    assert [a.lead for a in plan.actions()][1] == ("Chairman", "RFO")


def test_a_risks_labelled_facts_under_its_row_are_no_heading(tmp_path: Path) -> None:
    """'Risk description: ... | Executive lead: ... | Current rating: 20 (Extreme)' merged
    under the risk's own row: said of the risk (it was read as a recommendation over its
    actions)."""
    from .test_import_four_hundred_twenty_first_set import _book

    risk = "CRR 01 – Unscheduled care: ED crowding"
    facts = ("Risk description: Demand exceeds capacity. | Executive lead: Director of Acute "
             "Care | Current rating: 20 (Extreme)")  # fmt: skip
    rows: list[list[object]] = [["Ref", "Further action required", "Action owner",
                                 "Target date", "RAG"], [risk], [facts],
                                ["01.1", "Apply the handover protocol.", "Co-Director",
                                 "Dec-25", "G"],
                                ["01.2", "Open SDEC spaces.", "Estates Manager", "Feb-26",
                                 "A"]]  # fmt: skip
    path = _book(tmp_path / "crr.xlsx", {"CRR": rows}, merges=["CRR!A2:E2", "CRR!A3:E3"])
    plan = import_table(path)
    assert _headings(plan) == [[risk], [risk]]
    assert facts in plan.notes


def test_a_sign_off_with_name_print_under_the_plan_is_no_action(tmp_path: Path) -> None:
    """'Name (print):' | 'Rhian Morgan', 'Job role:' | 'Hospital Director' under HIW's plan
    on its sheet: the sign-off (it was refused: a row read as an action with no action)."""
    from .test_import_four_hundred_twenty_first_set import _book

    hiw: list[list[object]] = [list(HIW)]
    for n, regulation in ((1, 9), (2, 15), (3, 20)):
        hiw.append(list(_finding(n, f"Regulation {regulation}")))
    rows: list[list[object]] = [*hiw,
                                [], ["Service representative"],
                                ["Name (print):", "Rhian Morgan"],
                                ["Job role:", "Hospital Director"],
                                ["Date:", "14/11/2025"]]  # fmt: skip
    plan = import_table(_book(tmp_path / "hiw.xlsx", {"Improvement plan": rows}))
    assert len(list(plan.actions())) == 3


def test_a_ref_column_of_regulations_beside_the_actions_numbers(tmp_path: Path) -> None:
    """RQIA's 'Ref' of 'Regulation 12 (1) (a) and (b)' beside 'Action No.' of 1a, 1b: the
    clause cited, kept as another column, and the action's own ref (it was refused: two ref
    columns)."""
    head = ["AFI", "Ref", "Stated", "Area for improvement", "Action No.", "Action taken",
            "Responsible person", "To be completed by", "Status"]  # fmt: skip
    rows = [head,
            ["AFI 1", "Regulation 12 (1) (a) and (b)", "First time", "Wound care is delivered.",
             "1a", "Train all nurses.", "Registered Manager", "February 2025", "Achieved"],
            ["", "", "", "", "1b", "Audit wound records weekly.", "Deputy Manager",
             "March 2025", "On track"],
            ["AFI 2", "Regulation 13 (7)", "Second time", "Infection control is managed.",
             "2a", "Clear the bathrooms.", "Registered Manager", "March 2025", "Achieved"],
            ["Action required to ensure compliance with the Care Standards"], head,
            ["AFI 3", "Standard 4.1", "First time", "Care plans are reviewed.", "3a",
             "Review every care plan.", "Deputy Manager", "April 2025", "On track"],
            ["", "", "", "", "3b", "Audit the reviews.", "Deputy Manager", "May 2025",
             "On track"],
            ["AFI 4", "Standard 12", "First time", "Menus are displayed.", "4a",
             "Display the menu daily.", "Chef", "May 2025", "Achieved"]]  # fmt: skip
    plan = import_table(_csv(tmp_path / "qip.csv", rows))
    assert [a.ref for a in plan.actions()] == ["1a", "1b", "2a", "3a", "3b", "4a"]
    assert next(iter(plan.actions())).extra["Ref"] == "Regulation 12 (1) (a) and (b)"


def test_a_budget_table_under_the_milestones_is_no_action(tmp_path: Path) -> None:
    """'Budget summary' | 'Allocation 2025/26' | 'Committed' | 'Spent to date' | 'Remaining'
    under a highlight report's milestones, over 'Grant' | '£612,000' ...: another table (its
    rows were read as three more actions)."""
    rows = [["Ref", "Workstream", "Milestone / action", "Lead", "Due date", "Current RAG"],
            ["M1", "Grant delivery", "Open the application round.", "Programme Manager",
             "Apr-25", "Complete"],
            ["M2", "", "Assess all applications.", "Farm Adviser", "30/11/2025", "Green"],
            ["M3", "Engagement", "Hold two farmer events.", "JM/KT", "Jan-26", "Amber"],
            ["", "", "", "", "", ""],
            ["Budget summary", "Allocation 2025/26", "Committed", "Spent to date", "Remaining",
             ""],
            ["Grant", "£612,000", "£477,360", "£198,500", "£134,640", ""],
            ["Management and administration", "£98,000", "£98,000", "£47,200", "£0",
             ""]]  # fmt: skip
    plan = import_table(_csv(tmp_path / "fipl.csv", rows))
    assert [a.ref for a in plan.actions()] == ["M1", "M2", "M3"]


def test_numbered_headings_over_labelled_records_are_each_records_part(tmp_path: Path) -> None:
    """A board paper's appendix: '1. Medium-term financial planning' over 'Issue/risk: ...',
    'Recommendation: ...', 'Agreed management action: ...' lines, after the paper's own '1.
    Purpose' and '2. Recommendation': each record's heading is its part and its number the
    ref (the headings were all kept as notes, the last named over every record)."""
    lines = ["Joint Board: Annual Audit Report Action Plan – Progress Update", "",
             "1. Purpose", "1.1 This report updates members on the auditor's recommendations.", "",
             "2. Recommendation", "2.1 Members are asked to note progress.", "",
             "Appendix 1 – Action Plan", ""]  # fmt: skip
    for n, title in enumerate(("Medium-term financial planning", "Workforce planning",
                               "2026 Revaluation"), 1):  # fmt: skip
        lines += [f"{n}. {title}", f"Issue/risk: Risk {n} was found.",
                  f"Recommendation: The Board should address risk {n}.",
                  f"Agreed management action: Action {n} will be taken.",
                  "Responsible officer: Treasurer", "Agreed date: 31 March 2026",
                  "Status: Green", ""]  # fmt: skip
    plan = import_table(_text(tmp_path / "paper.txt", lines))
    assert [a.ref for a in plan.actions()] == ["1", "2", "3"]
    assert [h[0] for h in _headings(plan)] == [
        "1. Medium-term financial planning",
        "2. Workforce planning",
        "3. 2026 Revaluation",
    ]


def test_each_risk_under_its_own_titles_over_its_actions_header(tmp_path: Path) -> None:
    """A risk system's detailed report: 'Risk no, title | Creation date | Owner | ...' over
    one risk's row, then 'Action no | Action description | ...' over its actions, again for
    each risk: each risk heads its actions (every risk was set aside as another table)."""
    from .test_import_four_hundred_twenty_first_set import _book

    risk_titles: list[object] = [
        "Risk no, title",
        "Creation date",
        "Owner",
        "Risk description",
        "Score",
    ]
    action_titles: list[object] = ["Action no", "Action description", "Latest note",
                                   "Action owner", "Due date"]  # fmt: skip
    rows: list[list[object]] = [["Corporate Risk Register – detailed report"], []]
    for code, name in (("CR36", "Protective Security"), ("CR39", "Recruitment and Retention")):
        rows += [risk_titles, [f"{code} {name}", "10/04/2019", "Chief Operating Officer",
                               "Cause: a hostile actor. Event: harm.", "16"], action_titles,
                 [f"{code} 001", "Deliver the programme.", "Works under way.", "Paul Wright",
                  "30/06/2026"],
                 [f"{code} 002", "Assess every venue.", "Six of eleven done.", "Ann Lee",
                  "31/03/2026"], []]  # fmt: skip
    plan = import_table(_book(tmp_path / "crr.xlsx", {"Detailed report": rows}))
    assert [h[0] for h in _headings(plan)] == ["CR36 Protective Security"] * 2 + [
        "CR39 Recruitment and Retention"
    ] * 2


def test_a_band_over_two_recommendations_is_kept_on_both(tmp_path: Path) -> None:
    """'Priority 1: Safer streets' over a table with a Recommendation column, banded
    'Outcome A' over two recommendations: the plan has no level left for the band, so each
    action under it keeps it as its 'Heading' (the second recommendation's lost it)."""
    head = ["Ref", "Recommendation", "Action", "Lead", "Due", "RAG"]
    rows = [head, ["Outcome A: Fewer repeat victims"] * 6,
            ["1.1", "Improve the response to repeat calls.", "Flag repeat callers.",
             "Inspector", "June 2025", "Green"],
            ["1.2", "Improve victim updates.", "Send updates weekly.", "Sergeant",
             "July 2025", "Amber"]]  # fmt: skip
    plan = import_table(_parts(tmp_path / "pcc.docx", [("Priority 1: Safer streets", rows, [1])]))
    assert [a.extra.get("Heading") for a in plan.actions()] == [
        "Outcome A: Fewer repeat victims"
    ] * 2


def test_columns_named_as_delivery_plans_and_lessons_name_them(tmp_path: Path) -> None:
    """'Activity' beside 'Milestone' of months, 'Strategic Outcome' written on each group's
    first row, 'Regulation / breach' and 'Lesson identified' in the breach's or the lesson's
    words: the action, the end, the theme and the recommendation (the milestone was read as
    the action; the outcome, breach and lesson were kept as other columns)."""
    delivery = [["Strategic Outcome", "No.", "Activity", "Owner", "Milestone", "RAG"],
                ["Outcome 1: Communities are safer", "1.1", "Publish team contacts in every "
                 "ward.", "Chief Inspector", "September 2025", "Green"],
                ["", "1.2", "Report PCSO numbers to the panel.", "Superintendent",
                 "December 2025", "Amber"]]  # fmt: skip
    plan = import_table(_csv(tmp_path / "delivery.csv", delivery))
    assert [(a.action, str(a.end)) for a in plan.actions()] == [
        ("Publish team contacts in every ward.", "2025-09"),
        ("Report PCSO numbers to the panel.", "2025-12"),
    ]
    assert [h[0] for h in _headings(plan)] == ["Outcome 1: Communities are safer"] * 2
    for title in ("Regulation / breach", "Lesson identified"):
        rows = [["Ref", title, "Action", "Responsible", "Target date", "RAG"],
                ["1", "Regulation 12 – risks were not assessed.", "Rewrite the assessments.",
                 "Registered Manager", "May 2025", "Green"],
                ["2", "", "Introduce a handover checklist.", "Clinical Lead", "June 2025",
                 "Amber"]]  # fmt: skip
        plan = import_table(_csv(tmp_path / "breach.csv", rows))
        assert [h[-1] for h in _headings(plan)] == ["Regulation 12 – risks were not assessed."] * 2


def test_this_years_actions_under_the_plans_deliverable(tmp_path: Path) -> None:
    """'Key deliverable (Council Plan)' left of 'Action 2025/26': the year's actions under the
    deliverable they serve (the year's actions were kept as another column and the
    deliverable read as the action)."""
    rows = [["Ref", "Key deliverable (Council Plan)", "Action 2025/26", "Lead officer",
             "Target date", "RAG"],
            ["E1.1", "Deliver the Towns Fund programme", "Complete the Skills Hub.",
             "Assistant Director", "March 2026", "Green"],
            ["E1.2", "Grow the visitor economy", "Open the heritage quarter.",
             "Head of Culture", "June 2026", "Amber"]]  # fmt: skip
    plan = import_table(_csv(tmp_path / "council-plan.csv", rows))
    assert [a.action for a in plan.actions()] == [
        "Complete the Skills Hub.",
        "Open the heritage quarter.",
    ]
    assert [h[-1] for h in _headings(plan)] == [
        "Deliver the Towns Fund programme",
        "Grow the visitor economy",
    ]


def test_a_sheet_caption_gives_way_to_the_bands_under_it(tmp_path: Path) -> None:
    """'Annual Audit Report 2024/25: Appendix 1 – Action Plan' captioning a sheet banded by
    audit area ('Financial management') with a Recommendation column, beside a follow-up
    sheet: the areas are the themes (they were lost under the captions)."""
    from .test_import_four_hundred_twenty_first_set import _book

    head: list[object] = ["No.", "Recommendation", "Agreed management action",
                          "Responsible officer", "Agreed date", "RAG"]  # fmt: skip
    plan_sheet: list[list[object]] = [
        ["Annual Audit Report 2024/25: Appendix 1 – Action Plan"], [], head,
        ["Financial management"],
        ["1", "Strengthen the accruals process.", "Review all accruals.", "Head of Finance",
         "March 2026", "G"],
        ["2", "Recover payroll overpayments.", "Chase every overpayment.", "Payroll Manager",
         "April 2026", "A"],
        ["Financial sustainability"],
        ["3", "Agree a savings plan.", "Present the plan.", "Director of Finance", "June 2026",
         "G"]]  # fmt: skip
    follow_up: list[list[object]] = [
        ["Follow-up of prior year recommendations"], [], head,
        ["PY1", "Reconcile the asset register.", "Reconcile monthly.", "Head of Finance",
         "May 2026", "B"]]  # fmt: skip
    path = _book(tmp_path / "aar.xlsx", {"2024-25 Action Plan": plan_sheet,
                                         "Prior Year Follow-up": follow_up},
                 merges=["2024-25 Action Plan!A4:F4", "2024-25 Action Plan!A7:F7"])  # fmt: skip
    plan = import_table(path)
    assert [h[0] for h in _headings(plan)][:3] == ["Financial management"] * 2 + [
        "Financial sustainability"
    ]


def _covered(path: Path, cover: str, caption: str) -> Path:
    """A workbook: a summary sheet whose first line names the plan, then the plan's sheet
    under its own caption."""
    from .test_import_four_hundred_twenty_first_set import HEADER, _actions, _book

    summary: list[list[object]] = [[cover], ["Position at 31 December 2025"], [],
                                   ["Priority", "Open", "Closed"], ["High", 3, 1],
                                   ["Medium", 2, 4]]  # fmt: skip
    return _book(path, {"Summary": summary, "Register": [[caption], [], HEADER, *_actions(3)]})


def test_the_cover_names_the_plan_over_its_sheets_caption(tmp_path: Path) -> None:
    """'Natural Resources Wales – Corporate Risk Register 2025-26' on the summary sheet over
    the register's 'Corporate Risk Register 2025-26 – risks, controls and further actions',
    and a council's '... – Internal Audit Follow-up: Outstanding Agreed Actions' over its
    'Appendix B – Outstanding ... actions at 31 December 2025': the cover's line is the
    title (the sheet's caption was)."""
    for cover, caption in (
        ("Natural Resources Wales – Corporate Risk Register 2025-26",
         "Corporate Risk Register 2025-26 – risks, controls and further actions"),
        ("Westmorland and Furness Council – Internal Audit Follow-up: Outstanding Agreed Actions",
         "Appendix B – Outstanding and recently completed agreed actions at 31 December 2025"),
    ):  # fmt: skip
        plan = import_table(_covered(tmp_path / "plan.xlsx", cover, caption))
        assert plan.title == cover


def _word_tables(path: Path, title: str, parts: list[tuple[list[str], list[list[str]]]]) -> Path:
    """A Word plan: a title, then for each part its paragraphs ('#' before a heading's
    words makes it a Heading 2, '*' an italic line) over its table."""
    from docx import Document

    document = Document()
    document.add_paragraph(title, style="Title")
    for paragraphs, rows in parts:
        for text in paragraphs:
            if text.startswith("#"):
                document.add_paragraph(text[1:], style="Heading 2")
            else:
                document.add_paragraph().add_run(text.lstrip("*")).italic = text.startswith("*")
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                table.cell(r, c).text = text
    document.save(str(path))
    return path


def test_an_untitled_first_column_of_refs_is_the_ref(tmp_path: Path) -> None:
    """A school's tables, the first column untitled and holding 1a, 1b (one table only '2a'):
    the refs (they were kept as 'Column 1' and refs made up)."""
    head = ["", "Action", "Who", "When", "Progress (RAG)"]
    parts = [(["#Area for improvement 1", "*Leaders should sharpen the curriculum."],
              [head, ["1a", "Rewrite the maps.", "DHT", "Summer term 2024", "Green"],
               ["1b", "Sequence the art curriculum.", "Subject leaders", "Autumn term 2024",
                "Amber"]]),
             (["#Area for improvement 2", "*Leaders should reduce absence."],
              [head, ["2a", "Call every absent pupil.", "Attendance Lead", "Termly",
                      "Green"]])]  # fmt: skip
    plan = import_table(_word_tables(tmp_path / "school.docx", "School Action Plan", parts))
    assert [a.ref for a in plan.actions()] == ["1a", "1b", "2a"]


def test_a_recommended_next_step_label_gives_way_to_its_words(tmp_path: Path) -> None:
    """ISI's 'Recommended next step 1' heading over the recommendation in italics: the
    recommendation is the part (the label was)."""
    head = ["Ref", "Action", "Lead", "Timescale", "RAG"]
    words = "Leaders should ensure that the monitoring of teaching is consistently rigorous."
    parts = [(["#Recommended next step 1", f"*{words}"],
              [head, ["1a", "Introduce a common framework.", "Deputy Head", "Autumn term 2025",
                      "Green"]]),
             (["#Recommended next step 2", "*Governors should strengthen their oversight."],
              [head, ["2a", "Appoint a link governor.", "Chair of Governors", "June 2025",
                      "Blue"]])]  # fmt: skip
    plan = import_table(_word_tables(tmp_path / "isi.docx", "School – ISI Action Plan", parts))
    assert _headings(plan)[0][-1] == words
    stowe = import_table(BLIND / "heldout458" / "px-stowe-school-isi-inspection-action-plan.docx")
    assert not any(h.startswith("Recommended next step") for hs in _headings(stowe) for h in hs)


def test_a_band_over_the_tables_part_above_its_header_is_the_outer_heading(
    tmp_path: Path,
) -> None:
    """Healthcare Improvement Scotland's tables: 'Domain 5 – ...' merged across over
    'Requirement 1: The provider must ...' merged across, then the header: the domain over
    the requirement (the domain was a note)."""
    from docx import Document

    document = Document()
    document.add_paragraph("Hospice – Improvement Action Plan", style="Title")
    for domain, part in (("Domain 5 – Delivery of safe care", "Requirement 1: The provider "
                          "must ensure controlled drug records are accurate."),
                         ("Domain 2 – Impact on people", "Recommendation a: The service "
                          "should gather carers' feedback.")):  # fmt: skip
        rows = [[domain] * 4, [part] * 4,
                ["Action taken", "Responsible person", "Timescale for completion", "RAG status"],
                ["Review the register.", "Lead Pharmacist", "March 2025", "Blue"],
                ["Check stock weekly.", "Senior Charge Nurse", "April 2025", "Green"]]  # fmt: skip
        table = document.add_table(rows=len(rows), cols=4)
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                table.cell(r, c).text = text
        for band in (0, 1):
            table.cell(band, 0).merge(table.cell(band, 3)).text = rows[band][0]
    document.save(str(tmp_path / "his.docx"))
    plan = import_table(tmp_path / "his.docx")
    assert [h[0] for h in _headings(plan)] == ["Domain 5 – Delivery of safe care"] * 2 + [
        "Domain 2 – Impact on people"
    ] * 2


def test_a_key_of_coloured_status_words_gives_green_its_meaning(tmp_path: Path) -> None:
    """'RAG status:' | 'Complete' in green | 'In progress' in amber | 'Overdue' in red over a
    log rated by colour alone: green means complete (it was read as on track); and 'T/ACC
    Local Policing' is one temporary assistant chief constable (it was split at '/')."""
    from .test_import_four_hundred_twenty_first_set import _book

    rows: list[list[object]] = [["Board: Action Log"],
                                ["RAG status:", "Complete", "In progress", "Overdue"], [],
                                ["Action ref", "Action", "Owner", "Due date", "RAG"],
                                ["PAB/24/11", "Circulate the plan.", "T/ACC Local Policing",
                                 "31/07/2024", ""],
                                ["PAB/24/14", "Present the findings.", "Chief Superintendent",
                                 "30/11/2024", ""],
                                ["PAB/24/18", "Confirm the numbers.", "Head of Performance",
                                 "31/10/2024", ""]]  # fmt: skip
    fills = {"Log!B2": "00B050", "Log!C2": "FFC000", "Log!D2": "FF0000", "Log!E5": "00B050",
             "Log!E6": "FFC000", "Log!E7": "00B050"}  # fmt: skip
    plan = import_table(_book(tmp_path / "log.xlsx", {"Log": rows}, fills=fills))
    assert [a.status for a in plan.actions()] == [Status.BLUE, Status.AMBER, Status.BLUE]
    assert next(iter(plan.actions())).lead == ("T/ACC Local Policing",)


def test_blocks_under_a_plan_that_count_or_sign_it_are_no_actions(tmp_path: Path) -> None:
    """'Summary | Actions | Complete | On track | Minor slippage' over 'All resources | 5 | 2
    | 2 | 1', 'Finance summary | Target 2025/26 | Delivered to date | Forecast' over its
    figures, and 'Prepared by' | 'Programme Management Office': counts, another table and
    who wrote it (each was read as actions, or refused as an action with none)."""
    head = ["Workstream", "Ref", "Milestone", "Owner", "Due", "RAG"]
    body = [["Grants", "M1", "Open the round.", "Programme Manager", "Apr-25", "Green"],
            ["", "M2", "Assess applications.", "Farm Adviser", "Nov-25", "Amber"],
            ["Closure", "M3", "Commit the grant.", "Manager", "Dec-25", "Red"]]  # fmt: skip
    for tail in ([["Summary", "Actions", "Complete", "On track", "Minor slippage"],
                  ["All resources", "5", "2", "2", "1"]],
                 [["Finance summary", "Target 2025/26", "Delivered to date", "Forecast"],
                  ["Savings (£000)", "4,200", "2,150", "3,640"]],
                 [["Prepared by", "Programme Management Office, 7 November 2025"]]):  # fmt: skip
        plan = import_table(_csv(tmp_path / "report.csv", [head, *body, [], *tail]))
        assert [a.ref for a in plan.actions()] == ["M1", "M2", "M3"]


def test_a_finding_column_beside_each_improvement_under_bands_is_no_theme(
    tmp_path: Path,
) -> None:
    """HIW's 'Risk / finding / issue' beside 'Improvement needed', one each, under domain
    bands merged across: the bands are the themes, the finding kept as another column (the
    findings were read as themes and the bands lost)."""
    from .test_import_four_hundred_twenty_first_set import _book

    head: list[object] = ["Ref", "Risk / finding / issue", "Improvement needed",
                          "Service action", "Responsible officer", "Timescale"]  # fmt: skip
    rows: list[list[object]] = [head, ["Quality of patient experience"],
                                ["1", "Leaflets were in English only.",
                                 "The service must offer Welsh leaflets.", "Translate them.",
                                 "Ward Manager", "May 2025"],
                                ["2", "Discharge times were not given.",
                                 "The service should give discharge times.", "Brief staff.",
                                 "Ward Manager", "June 2025"],
                                ["Delivery of safe and effective care"],
                                ["3", "Trolley checks were missed.",
                                 "The manager must check trolleys daily.", "Add a checklist.",
                                 "Theatre Manager", "March 2025"]]  # fmt: skip
    path = _book(tmp_path / "hiw.xlsx", {"Appendix C": rows},
                 merges=["Appendix C!A2:F2", "Appendix C!A5:F5"])  # fmt: skip
    plan = import_table(path)
    assert [h[0] for h in _headings(plan)] == ["Quality of patient experience"] * 2 + [
        "Delivery of safe and effective care"
    ]
    werndale = import_table(
        BLIND / "heldout456" / "ps-werndale-hospital-hiw-inspection-improvement-plan.xlsx"
    )
    assert "Delivery of safe and effective care" in {h[0] for h in _headings(werndale)}


def test_an_audit_refs_number_again_beside_an_empty_recommendation(tmp_path: Path) -> None:
    """'PAY.1' on a second action whose Recommendation cell is left empty: the same
    recommendation's second action (it was refused: a ref used twice); and a line naming
    'Healthcare Improvement Scotland' over the tracker's own name: the body, not the title."""
    rows = [["Healthcare Improvement Scotland"],
            ["Internal Audit Recommendations Follow-up Tracker"], [],
            ["Audit report", "Ref", "Recommendation", "Agreed management action",
             "Action owner", "Due date", "Status"],
            ["Payroll", "PAY.1", "Leavers should be notified promptly.", "Introduce a form.",
             "Head of HR", "30/06/2025", "Blue"],
            ["", "PAY.1", "", "Report overpayments monthly.", "Director of Finance",
             "Q4 2025/26", "Green"],
            ["", "PAY.2", "Exceptions should be reviewed.", "Sign each report.",
             "Payroll Manager", "31/01/2025", "Blue"]]  # fmt: skip
    plan = import_table(_csv(tmp_path / "tracker.csv", rows))
    assert [a.extra.get("Ref as written", a.ref) for a in plan.actions()] == [
        "PAY.1", "PAY.1", "PAY.2"]  # fmt: skip
    assert plan.title == "Internal Audit Recommendations Follow-up Tracker"


def test_a_documents_name_over_a_fact_is_its_title(tmp_path: Path) -> None:
    """'Bryanston School: Action Plan following the ISI Inspection' over 'Owner: Head': the
    plan's name and a fact of it, not two facts."""
    from docx import Document

    document = Document()
    document.add_paragraph().add_run(
        "Bryanston School: Action Plan following the ISI Inspection, 5–7 December 2023"
    ).bold = True
    document.add_paragraph("Owner: Head")
    table = document.add_table(rows=3, cols=4)
    rows = [["Action", "Lead", "Timescale", "Status"],
            ["Train all staff.", "Deputy Head", "Autumn term 2024", "Complete"],
            ["Audit the logs.", "DSL", "Spring term 2025", "On track"]]  # fmt: skip
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    document.save(str(tmp_path / "isi.docx"))
    plan = import_table(tmp_path / "isi.docx")
    assert plan.title.startswith("Bryanston School: Action Plan")


def test_a_status_completed_on_a_day_is_complete(tmp_path: Path) -> None:
    """'Completed 09/12/25' in a status column: complete, and when (it was refused as no
    status)."""
    audit = [["Ref", "Agreed action", "Responsible", "Target", "Status"],
             ["A1", "Adopt the risk register.", "Town Clerk", "Dec-25", "Completed 09/12/25"],
             ["A2", "Review the insurance.", "RFO", "31/01/2026", "On track"],
             ["A3", "Publish the accounts.", "Town Clerk", "Mar-26", "Not started"]]  # fmt: skip
    plan = import_table(_csv(tmp_path / "audit.csv", audit))
    assert next(iter(plan.actions())).status is Status.BLUE


def test_months_under_milestone_beside_activities_are_their_end(tmp_path: Path) -> None:
    """'Commitment' merged down, 'Activity' of sentences, 'Milestone' of months: the
    activities are the actions and the milestones their end (the months were read as the
    actions, the activities kept as another column)."""
    rows = [["No.", "Commitment", "Activity", "Owner", "Milestone", "RAG"],
            ["1.1", "Increase the visibility of neighbourhood teams",
             "Publish team contact details for every community.", "Chief Inspector",
             "September 2025", "G"],
            ["1.2", "Increase the visibility of neighbourhood teams",
             "Report PCSO numbers to the Police and Crime Panel.", "Superintendent",
             "Quarterly", "A"],
            ["1.3", "Tackle rural and wildlife crime", "Fund a second marked 4x4 vehicle.",
             "Chief Finance Officer", "31/01/2026", "A"]]  # fmt: skip
    plan = import_table(_csv(tmp_path / "delivery.csv", rows))
    first = next(iter(plan.actions()))
    assert first.action == "Publish team contact details for every community."
    assert [str(a.end) if a.end else None for a in plan.actions()] == ["2025-09", None, "2026-01"]


def test_a_director_of_two_fields_joined_by_an_ampersand_is_one_officer(tmp_path: Path) -> None:
    """'Director of Nursing & AHPs', 'Director of Finance & HR': one director over two fields,
    as with 'and' (each was split in two)."""
    rows = [["Ref", "Action", "Lead", "Due", "RAG"],
            ["1", "Train the ward staff.", "Director of Nursing & AHPs", "Mar-26", "Green"],
            ["2", "Close the accounts.", "Director of Finance & HR", "Apr-26", "Amber"],
            ["3", "Review the rota.", "Head of Service & DSL", "May-26", "Green"]]  # fmt: skip
    plan = import_table(_csv(tmp_path / "leads.csv", rows))
    assert [a.lead for a in plan.actions()] == [
        ("Director of Nursing & AHPs",),
        ("Director of Finance & HR",),
        ("Head of Service", "DSL"),
    ]


def test_lines_naming_the_plan_over_a_review_line_or_its_letters(tmp_path: Path) -> None:
    """'London Borough of Sutton – Corporate Risk Register 2025/26' over 'Quarter 2 review –
    considered by the Strategic Leadership Team on ...': the register names the plan (the
    review line was the title); and a cover's '... – Board Assurance Framework 2025/26' over
    the sheet's 'BAF 2025/26 – actions to address gaps ...': the cover names it in full."""
    from .test_import_four_hundred_twenty_first_set import HEADER, _actions, _book

    first = "London Borough of Sutton – Corporate Risk Register 2025/26"
    rows: list[list[object]] = [[first], ["Quarter 2 review – considered by the Strategic "
                                          "Leadership Team on 14 October 2025"], [], HEADER,
                                *_actions(3)]  # fmt: skip
    assert import_table(_book(tmp_path / "crr.xlsx", {"CRR": rows})).title == first
    cover = "NHS Hampshire and Isle of Wight – Board Assurance Framework 2025/26"
    plan = import_table(
        _covered(tmp_path / "baf.xlsx", cover, "BAF 2025/26 – actions to address gaps in control")
    )
    assert plan.title == cover


def test_a_sheets_service_and_updated_lines_are_its_facts(tmp_path: Path) -> None:
    """'Service: University Hospital of Wales – Emergency Unit' over 'Date of inspection:
    ...' on each appendix's sheet, and 'Diweddarwyd / Updated: 14/10/2025' on a log's first
    sheet: facts of the sheet, not the part its actions stand under."""
    from .test_import_four_hundred_twenty_first_set import HEADER, _actions, _book

    hiw = (
        BLIND
        / "heldout460"
        / "qa-cardiff-and-vale-uhb-hiw-university-hospital-of-wales-ed-improvement-plan.xlsx"
    )
    plan = import_table(hiw)
    assert not any("Service:" in h for hs in _headings(plan) for h in hs)
    log: list[list[object]] = [["Log Gweithredu Treigl / Rolling Action Log"],
                               ["Diweddarwyd / Updated: 14/10/2025"], [], HEADER,
                               *_actions(3)]  # fmt: skip
    closed: list[list[object]] = [["Camau caeedig / Closed actions"], [], HEADER,
                                  *_actions(1, 4)]  # fmt: skip
    plan = import_table(_book(tmp_path / "log.xlsx", {"Open": log, "Closed": closed}))
    assert not any("Updated" in h for hs in _headings(plan) for h in hs)


def _blind(name: str) -> Plan:
    """A file of the blind corpus, read (the set's folder found by the file's name)."""
    return import_table(next(BLIND.glob(f"heldout*/{name}")))


def test_labels_in_one_column_and_their_words_in_the_next(tmp_path: Path) -> None:
    """'Requirement / Area for improvement' of 'Requirement 1', 'Area for improvement 1'
    beside 'Care Inspectorate wording' of each one's words: the words are the recommendation
    (the labels were)."""
    rows = [["Requirement / Area for improvement", "Care Inspectorate wording", "Action ref",
             "Action to be taken", "Responsible person", "Target date", "RAG"],
            ["Requirement 1", "By 28 February 2025, the provider must ensure that young people "
             "are protected from harm.", "R1.1", "Retrain all staff.", "DSL", "31/12/2024",
             "Complete"],
            ["", "", "R1.2", "Review concerns weekly.", "DSL", "31/01/2025", "On track"],
            ["Area for improvement 1", "The provider should improve the quality of young "
             "people's care plans.", "AFI1.1", "Rewrite the plans.", "Head of Boarding",
             "March 2025", "On track"]]  # fmt: skip
    plan = import_table(_csv(tmp_path / "ci.csv", rows))
    assert [h[-1][:20] for h in _headings(plan)] == ["By 28 February 2025,"] * 2 + [
        "The provider should "
    ]


def test_a_table_saying_nothing_was_found_is_no_part(tmp_path: Path) -> None:
    """HIW's immediate plan holding only 'No immediate assurance issues were identified on
    this inspection.' merged across, before the improvement plan banded by domains: a note;
    the domains are the themes (they were lost under it)."""
    plan = _blind("qi-spire-yale-hospital-hiw-inspection-improvement-plan.docx")
    assert _headings(plan)[0][0] == "Quality of patient experience"
    assert any(n.startswith("No immediate assurance issues") for n in plan.notes)


def test_a_monitoring_table_and_a_caption_of_the_schools_own_actions(tmp_path: Path) -> None:
    """'Monitoring and evaluation' over 'Who | What | When' after a school's plan tables: how
    the plan is watched, no second plan (it was refused: two tables with different columns);
    and 'Actions arising from the school's own review ...' under a heading over its table:
    what the table holds, no part (it was read as one)."""
    plan = _blind("qi-lumen-christi-college-eti-inspection-action-plan.docx")
    assert len(list(plan.actions())) == 7
    school = _blind("qj-giggleswick-school-isi-inspection-action-plan.docx")
    assert ["Other actions identified by the school"] in _headings(school)


def test_a_risks_scores_spaced_on_a_line_under_its_band_are_its_facts(tmp_path: Path) -> None:
    """'Residual score 20 (impact 5 x likelihood 4)   Target 12   Trend ↔   Risk owner: Chief
    Executive' merged under the risk's band: said of the risk (it was read as the
    recommendation over its actions)."""
    plan = _blind("qn-canal-and-river-trust-strategic-risk-register-2025-26.xlsx")
    assert not any("Residual score" in h for hs in _headings(plan) for h in hs)


def test_an_area_for_improvement_with_its_facts_above_each_table(tmp_path: Path) -> None:
    """RQIA's 'Area for improvement 1' over 'Ref: Regulation 13 (d)' and 'Stated: First
    time', its words beside it, above each table's header: the words are the part, the facts
    kept in the notes (the row was a note and every action under the regulations' heading
    alone)."""
    plan = _blind("qm-triangle-housing-association-rqia-supported-living-qip-action-plan.docx")
    assert _headings(plan)[0][-1].startswith("The registered person shall ensure")
    assert "Area for improvement 1 | Ref: Regulation 13 (d) | Stated: First time" in plan.notes


def test_cqcs_form_of_a_regulation_over_how_it_was_not_met(tmp_path: Path) -> None:
    """CQC's requirement-notice form above each table: 'Regulation' | 'Regulation 12 ...'
    over 'How the regulation was not being met' | its words: the regulation over its breach
    (the regulation was kept as a note, every action under the breach alone)."""
    plan = _blind("pz-ashcombe-house-care-home-cqc-inspection-action-plan.docx")
    assert _headings(plan)[0][0] == (
        "Regulation 12 HSCA RA Regulations 2014: Safe care and treatment"
    )


def test_an_occasion_with_its_date_is_that_month(tmp_path: Path) -> None:
    """'Next PAF – 16 September 2025', 'Before next winter (Oct 2024)': the month given (each
    was refused as words holding a month); 'By end of Spring (was Oct 2024)' still refused."""
    from ofsted_plan.importing.ends import read_end

    assert str(read_end("Next PAF – 16 September 2025").month) == "2025-09"
    assert str(read_end("Before next winter (Oct 2024)").month) == "2024-10"
    try:
        read_end("By end of Spring (was Oct 2024)")
    except ValueError:
        pass
    else:
        raise AssertionError("a month that was, among words, read as the end")


def test_a_ref_column_of_coded_risks_over_their_actions_is_the_theme(tmp_path: Path) -> None:
    """'Ref / Risk' of 'CR01 Financial sustainability' merged down over its further actions:
    the risk they answer (each action took it as its ref)."""
    from .test_import_four_hundred_twenty_first_set import _book

    rows: list[list[object]] = [["Ref / Risk", "Risk owner", "Further mitigating actions",
                                 "Action owner", "Target date", "Status"],
                                ["CR01 Financial sustainability", "S151 Officer",
                                 "Deliver the savings programme.", "Director of Finance",
                                 "Mar-26", "Green"],
                                ["", "", "Refresh the financial plan.", "Director of Finance",
                                 "Feb-26", "Amber"],
                                ["CR02 Cyber attack", "Chief Digital Officer",
                                 "Test the recovery plan.", "Head of ICT", "Dec-25", "Green"],
                                ["", "", "Train all staff.", "Head of ICT", "Jan-26",
                                 "Red"]]  # fmt: skip
    path = _book(tmp_path / "crr.xlsx", {"CRR": rows}, merges=["CRR!A2:A3", "CRR!A4:A5"])
    plan = import_table(path)
    assert [h[0] for h in _headings(plan)] == ["CR01 Financial sustainability"] * 2 + [
        "CR02 Cyber attack"
    ] * 2


def test_lines_over_the_milestones_that_are_no_title_and_a_two_column_risks_table(
    tmp_path: Path,
) -> None:
    """'Report by Head of Governance' and '28 November 2025 – Agenda item number 7' name no
    plan; 'Risk / issue' | 'Mitigation' under a report's milestones heads another table (its
    rows were read as four more actions); and 'Area for improvement identified by HM
    Inspectors' only names the kind of part (it was read as one)."""
    from ofsted_plan.importing.titles import plan_score

    assert plan_score("Report by Head of Governance") < 0
    assert plan_score("28 November 2025 – Agenda item number 7") < 0
    clarion = _blind("qp-clarion-housing-group-awaabs-law-programme-highlight-report.txt")
    assert len(list(clarion.actions())) == 10
    school = _blind("qq-lochgelly-high-school-education-scotland-inspection-action-plan.docx")
    assert not any("HM Inspectors" in h for hs in _headings(school) for h in hs)
