"""Issue 18, what the hundred-and-ninety-third blind sets on showed (heldout193 to heldout200)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from ofsted_plan.importing.ends import read_end
from ofsted_plan.importing.header import VOCABULARY, Column, column_of
from ofsted_plan.importing.importer import import_table
from ofsted_plan.importing.people import split_people
from ofsted_plan.importing.prefixes import prefix_class
from ofsted_plan.importing.titles import names_more_fully, plan_score
from ofsted_plan.model import Month, Status


def _cqc_sheet(book: Any, name: str, line: str) -> None:
    sheet = book.create_sheet(name)
    sheet.append([line])
    sheet.append(["Ref", "Must do", "Action", "Lead", "Due", "RAG"])
    for band, n in (("Urgent and emergency care", 1), ("Medical care", 2)):
        sheet.append([band])
        sheet.merge_cells(
            start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=6
        )
        sheet.append(
            [f"{name[0]}{n}", f"The trust must fix {name} {n}.", "Do it.", "Matron", "Mar-25", "G"]
        )


def test_a_sheets_line_naming_whose_actions_before_the_sheets_name(tmp_path: Path) -> None:
    """'CQC Must Do Actions' on the sheet 'Must do', over bands of core services: the line
    says which kind of action the sheet holds; the bands are the parts (the line was read as
    the theme over every band)."""
    from openpyxl import Workbook

    book: Any = Workbook()
    book.remove(book.active)
    _cqc_sheet(book, "Must do", "CQC Must Do Actions")
    _cqc_sheet(book, "Should do", "CQC Should Do Actions")
    path = tmp_path / "cqc.xlsx"
    book.save(path)
    plan = import_table(path)
    assert [t.title for t in plan.themes] == ["Urgent and emergency care", "Medical care"]


def test_a_caption_over_each_risk_sheets_table_is_no_part(tmp_path: Path) -> None:
    """A sheet a risk: 'CR01: Financial sustainability', its facts, then 'Further actions
    required' over the table, on every sheet: the caption names no part (it was read as a
    second level under every risk)."""
    from openpyxl import Workbook

    book: Any = Workbook()
    book.remove(book.active)
    for n, risk in ((1, "Financial sustainability"), (2, "Cyber security")):
        sheet = book.create_sheet(f"CR0{n}")
        sheet.append([f"CR0{n}: {risk}"])
        sheet.append(["Risk owner", "Director of Resources"])
        sheet.append([])
        sheet.append(["Further actions required"])
        sheet.append(["Ref", "Action", "Action owner", "Due date", "Status"])
        sheet.append(
            [f"CR0{n}.1", f"Act on {risk.lower()}.", "Chief Executive", "December 2025", "On track"]
        )
        sheet.append(
            [f"CR0{n}.2", f"Review {risk.lower()}.", "Head of Finance", "March 2026", "Complete"]
        )
    path = tmp_path / "risks.xlsx"
    book.save(path)
    plan = import_table(path)
    assert [(t.title, [r.text for r in t.recommendations]) for t in plan.themes] == [
        ("CR01: Financial sustainability", [""]),
        ("CR02: Cyber security", [""]),
    ]


def test_a_workstreams_lead_and_status_line_under_its_heading(tmp_path: Path) -> None:
    """'Workstream lead: Service Director. Status this period: Green.' between the heading
    'Workstream 1: ...' and its milestones: who answers for it and how it stands, kept in the
    notes (the line starts like a workstream's name, and was read as a part under it)."""
    from docx import Document

    document = Document()
    document.add_heading("Council Transformation Programme – Highlight Report", 0)
    for n, name in ((1, "Customer Access"), (2, "Adults Demand")):
        document.add_heading(f"Workstream {n}: {name}", 2)
        document.add_paragraph(f"Workstream lead: Service Director {n}. Status this period: Green.")
        table = document.add_table(rows=2, cols=4)
        for j, title in enumerate(["Ref", "Milestone", "Owner", "Forecast date"]):
            table.cell(0, j).text = title
        for j, value in enumerate([f"W{n}", f"Deliver {name}.", "Head of Service", "Oct-25"]):
            table.cell(1, j).text = value
    path = tmp_path / "report.docx"
    document.save(str(path))
    plan = import_table(path)
    assert [(t.title, [r.text for r in t.recommendations]) for t in plan.themes] == [
        ("Workstream 1: Customer Access", [""]),
        ("Workstream 2: Adults Demand", [""]),
    ]
    assert "Workstream lead: Service Director 1. Status this period: Green." in plan.notes


def test_a_key_line_named_rag_defines_its_letters(tmp_path: Path) -> None:
    """'RAG: C = complete, G = on track, ...' at the foot: C is complete (the line's name was
    read as the first letter's, and every 'C' refused as an unknown status)."""
    path = tmp_path / "plan.txt"
    path.write_text(
        "Community Safety Board – Delivery Plan 2025/26\n\n"
        "Ref\tWhat we will do\tLead\tBy when\tRAG\n"
        "P1.1\tRun a summer programme\tCommunity Safety Manager\tSeptember 2025\tC\n"
        "P1.2\tReview the notices\tCommunity Safety Manager\tDecember 2025\tG\n\n"
        "RAG: C = complete, G = on track, A = some slippage, R = significant concern\n",
        encoding="utf-8",
    )
    assert [a.status for a in import_table(path).actions()] == [Status.BLUE, Status.GREEN]


def test_ofsteds_key_judgement_and_the_weakness_it_identified() -> None:
    """An apprenticeship provider's columns: 'Key judgement' (quality of education, ...) is
    the theme, 'Weakness identified by Ofsted' the recommendation (both were kept aside)."""
    assert column_of(VOCABULARY, "Key judgement") == Column("theme", 1)
    assert column_of(VOCABULARY, "Weakness identified by Ofsted") == Column("recommendation", 1)


def test_a_comment_running_on_an_unquoted_line(tmp_path: Path) -> None:
    """'... review with Alder Hey and LCH;' then a line of its own, 'DPIA to be signed off':
    the comment's sentence goes on (the line was read as a heading over the next priority)."""
    path = tmp_path / "plan.txt"
    path.write_text(
        "Early Help Partnership – Delivery Plan\n\n"
        "No\tAction\tOwner\tEnd\tRAG\tComments\n"
        "Priority 1 – Family Hubs\n"
        "1.1\tOpen the hubs\tSD\tMar-25\tB\tBoth hubs open\n"
        "1.2\tAgree data sharing\tLM\tDec-25\tA\tReview with Alder Hey and LCH;\n"
        "DPIA to be signed off by both Caldicott Guardians\n"
        "Priority 2 – Early help assessment\n"
        "2.1\tRoll out the assessment\tKT\tSep-25\tG\t78 of 112 schools live\n",
        encoding="utf-8",
    )
    plan = import_table(path)
    assert [t.title for t in plan.themes] == [
        "Priority 1 – Family Hubs",
        "Priority 2 – Early help assessment",
    ]
    second = plan.themes[0].recommendations[0].actions[1]
    assert (
        second.comments
        == "Review with Alder Hey and LCH;\nDPIA to be signed off by both Caldicott Guardians"
    )


def test_a_bold_line_naming_the_plan_over_part_a_requirements(tmp_path: Path) -> None:
    """A children's home's plan: its name in a bold line, then 'Part A – Requirements' and
    'Part B – Recommendations' as Heading 1 over their tables: the parts, not the title (Part
    A was taken for the title, and the requirements lost their part)."""
    from docx import Document

    document = Document()
    document.add_paragraph().add_run(
        "Council – Thorpe Lane Children's Home: Post-Inspection Action Plan"
    ).bold = True
    for part, words in (
        ("Part A – Requirements", "The registered person must record restraint."),
        ("Part B – Recommendations", "The registered person should review plans."),
    ):
        document.add_heading(part, 1)
        table = document.add_table(rows=2, cols=4)
        for j, title in enumerate(
            ["Requirement / recommendation", "Action", "Person responsible", "Target date"]
        ):
            table.cell(0, j).text = title
        for j, value in enumerate([words, "Train staff.", "Registered Manager", "28/02/2025"]):
            table.cell(1, j).text = value
    path = tmp_path / "home.docx"
    document.save(str(path))
    plan = import_table(path)
    assert plan.title == "Council – Thorpe Lane Children's Home: Post-Inspection Action Plan"
    assert [t.title for t in plan.themes] == ["Part A – Requirements", "Part B – Recommendations"]


def test_a_first_sheet_naming_the_inspection_report_is_no_cover() -> None:
    """A first sheet of the inspection's grades, its line naming the report: the plan's sheet
    names the plan (the grades sheet's line was taken for the title); a cover that names the
    plan more fully is still taken."""
    own = "Northamptonshire Police – PEEL 2023–25 Areas for Improvement: Force Improvement Plan"
    grades = (
        "HMICFRS PEEL 2023–25 inspection of Northamptonshire Police – graded judgements "
        "(report published 5 February 2025)"
    )
    assert not names_more_fully(grades, own)
    assert names_more_fully(
        "Darlington Local Area SEND Written Statement of Action – Progress Tracker",
        "Written Statement of Action – action plan and progress",
    )


def test_a_sheets_line_of_its_quarters_update_gives_way_to_the_cover() -> None:
    """'Swale CSP Action Plan 2025–26 – Q2 update (July–September 2025)' on the sheet says
    when; the cover's 'Community Safety Plan 2025–26 – Partnership Action Plan' names it."""
    assert names_more_fully(
        "Community Safety Plan 2025–26 – Partnership Action Plan",
        "Swale CSP Action Plan 2025–26 – Q2 update (July–September 2025)",
    )


def test_facts_set_apart_by_semicolons_are_no_title() -> None:
    """'Inspection 3-7 February 2025; letter published ...; plan updated 30/06/2025' under the
    plan's name: facts side by side, never the name (it outscored the name by its words)."""
    facts = "Inspection 3-7 February 2025; letter published 25 March 2025; plan updated 30/06/2025"
    name = "Safeguarding Children Partnership - JTAI Action Plan: response to domestic abuse"
    assert plan_score(facts) < plan_score(name)


def test_a_regulators_finding_numbered_under_a_standard_in_capitals(tmp_path: Path) -> None:
    """'SAFETY AND QUALITY STANDARD' over 'RSH finding 1: ...' lines and their actions: the
    standard is the theme, each finding its recommendation (the two were refused as headings
    that look the same)."""
    assert prefix_class("RSH finding 1: Fire safety risks are not managed") == "rec"
    path = tmp_path / "housing.txt"
    path.write_text(
        "Council – Housing Improvement Plan: Response to Regulatory Judgement\n\n"
        "Ref\tAction\tLead officer\tTarget date\tStatus\n"
        "SAFETY AND QUALITY STANDARD\n"
        "RSH finding 1: Fire safety risks are not managed\n"
        "SQ1.1\tCommission fire risk assessments\tCompliance Manager\t31/03/2025\tComplete\n"
        "RSH finding 2: Little information on stock condition\n"
        "SQ2.1\tProcure a stock condition survey\tHead of Housing\tDec-25\tOn track\n"
        "TENANCY STANDARD\n"
        "RSH finding 3: Allocations are not reviewed\n"
        "TS3.1\tReview the allocations policy\tHead of Housing\tMar-26\tOn track\n",
        encoding="utf-8",
    )
    plan = import_table(path)
    assert [t.title for t in plan.themes] == ["SAFETY AND QUALITY STANDARD", "TENANCY STANDARD"]
    assert len(plan.themes[0].recommendations) == 2


def test_a_committee_papers_own_sections_are_not_its_title(tmp_path: Path) -> None:
    """A paper titled '... – Progress Against Recommendations', then '1. Purpose of report':
    the paper's section, never its title (the word 'report' won it the title)."""
    from docx import Document

    document = Document()
    document.add_heading("HMICFRS Values and Culture – Progress Against Recommendations", 0)
    document.add_heading("1. Purpose of report", 1)
    document.add_paragraph("To update the Panel on progress.")
    document.add_heading("Raising concerns", 2)
    table = document.add_table(rows=3, cols=4)
    for i, row in enumerate(
        [
            ("Ref", "Action", "Owner", "Target date"),
            ("1a", "Procure a reporting line.", "Head of People", "31/08/2023"),
            ("1b", "Brief all staff.", "Head of People", "30/09/2023"),
        ]
    ):
        for j, value in enumerate(row):
            table.cell(i, j).text = value
    path = tmp_path / "paper.docx"
    document.save(str(path))
    assert (
        import_table(path).title == "HMICFRS Values and Culture – Progress Against Recommendations"
    )


def test_a_risk_description_with_what_it_holds_in_brackets_gives_way(tmp_path: Path) -> None:
    """'Risk' beside 'Risk description (cause, event, consequence)': the risk's name heads
    its actions (the bracket made the description the stronger title, and each action read
    under its risk's description)."""
    assert column_of(VOCABULARY, "Risk description (cause, event, consequence)") == Column(
        "theme", 0
    )
    path = tmp_path / "register.csv"
    path.write_text(
        'Risk,"Risk description (cause, event, consequence)",Further actions,Owner,Due,RAG\n'
        "CR1 – Financial sustainability,Funding falls short,Update the MTFS,S151,Nov-25,Green\n"
        ",,Deliver the savings,Chief Executive,Mar-26,Amber\n",
        encoding="utf-8",
    )
    assert [t.title for t in import_table(path).themes] == ["CR1 – Financial sustainability"]


def test_agenda_items_in_the_recommendation_column_under_meetings(tmp_path: Path) -> None:
    """A board's log with rows naming its meetings merged across, and an 'Agenda item' column
    read as the recommendation: a different item on every action, where each arose, no level
    (each item was read as a part over one action)."""
    from openpyxl import Workbook

    book: Any = Workbook()
    sheet = book.active
    sheet.append(["ICB Board – Action Log"])
    sheet.append([])
    sheet.append(
        ["Action No.", "Minute ref", "Agenda item", "Action", "Lead", "Due date", "Status"]
    )
    for meeting, items in (
        ("Board Meeting in Public – 30 January 2025", ("Quality and Safety Report", "Finance")),
        ("Board Meeting in Public – 27 March 2025", ("Mental Health", "Estates")),
    ):
        sheet.append([meeting])
        sheet.merge_cells(
            start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=7
        )
        for item in items:
            n = sheet.max_row
            sheet.append(
                [f"B/{n}", f"ICB {n}", item, f"Report on {item}.", "CNO", "Mar-25", "Complete"]
            )
    path = tmp_path / "log.xlsx"
    book.save(path)
    plan = import_table(path)
    assert [(t.title, [r.text for r in t.recommendations]) for t in plan.themes] == [
        ("Board Meeting in Public – 30 January 2025", [""]),
        ("Board Meeting in Public – 27 March 2025", [""]),
    ]
    assert next(plan.actions()).extra["Agenda item"] == "Quality and Safety Report"


def test_a_dhrs_single_agency_table_names_the_agency_as_lead(tmp_path: Path) -> None:
    """A DHR's overview table ('Lead Agency') and single-agency table ('Agency'): the agency
    leads each action, one plan (the tables were refused as two plans, one with no lead)."""
    assert column_of(VOCABULARY, "Agency") == Column("lead", 0)
    from docx import Document

    document = Document()
    document.add_heading("Domestic Homicide Review ‘Jean’ – Action Plan", 0)
    for heading, titles, row in (
        (
            "Overview Report Recommendations",
            ("No.", "Action to take", "Lead Agency", "Target date"),
            ("1.1", "Commission an audit.", "Gateshead Council", "January 2025"),
        ),
        (
            "Single Agency Recommendations",
            ("No.", "Agency", "Action to take", "Target date"),
            ("NP1", "Northumbria Police", "Dip-sample cases.", "March 2025"),
        ),
    ):
        document.add_heading(heading, 2)
        table = document.add_table(rows=2, cols=4)
        for i, cells in enumerate((titles, row)):
            for j, value in enumerate(cells):
                table.cell(i, j).text = value
    path = tmp_path / "dhr.docx"
    document.save(str(path))
    assert [a.lead for a in import_table(path).actions()] == [
        ("Gateshead Council",),
        ("Northumbria Police",),
    ]


def test_a_dashboard_sheets_workstreams_in_colour_are_no_key(tmp_path: Path) -> None:
    """A dashboard sheet beside the milestones, each workstream's summary in a cell filled
    with its RAG: how each stands, not the plan's key (two amber summaries were refused as a
    key giving amber two meanings)."""
    from openpyxl import Workbook
    from openpyxl.styles import PatternFill

    amber = PatternFill("solid", fgColor="FFC000")
    book: Any = Workbook()
    dashboard = book.active
    dashboard.title = "Dashboard"
    dashboard.append(["Council Improvement Programme – Highlight Report"])
    dashboard.append(["Workstream", "Summary this period"])
    for name, summary in (
        ("Workforce", "VR round 2 complete."),
        ("Digital", "Front door on track."),
    ):
        dashboard.append([name, summary])
        dashboard.cell(dashboard.max_row, 2).fill = amber
    sheet = book.create_sheet("Milestones")
    sheet.append(["Ref", "Milestone", "Lead", "Forecast date", "Current RAG"])
    sheet.append(["1.1", "Recruit to layer 2.", "Director of HR", "Nov-24", "Amber"])
    sheet.append(["1.2", "Approve layer 4.", "Director of HR", "Jan-25", "Green"])
    path = tmp_path / "report.xlsx"
    book.save(path)
    assert [a.status for a in import_table(path).actions()] == [Status.AMBER, Status.GREEN]


@pytest.mark.parametrize(
    ("cell", "month"),
    [
        ("Mar 2025 (rebaselined from Dec 2024)", Month(2025, 3)),  # the new month first
        ("29/01/2025 (deferred from 27/11/2024)", Month(2025, 1)),
        ("Phase 1 March 2025; Phase 2 March 2026", Month(2026, 3)),  # the last phase's
        ("Phased: Dec 2024 – Sept 2025", Month(2025, 9)),  # a period, labelled
    ],
)
def test_an_end_moved_phased_or_labelled_reads_its_month(cell: str, month: Month) -> None:
    """Each was refused as a month among other words; a person reads the month it ends."""
    assert read_end(cell).month == month


@pytest.mark.parametrize(
    ("cell", "officers"),
    [
        ("Cllr Anna Wright and Participation Team", ("Cllr Anna Wright", "Participation Team")),
        (
            "Head of Children's Community Services (CHS) and Croydon Parent Carer Forum",
            ("Head of Children's Community Services (CHS)", "Croydon Parent Carer Forum"),
        ),
        ("Head of SEND and Inclusion Team", ("Head of SEND and Inclusion Team",)),  # one team
    ],
)
def test_a_person_or_a_post_and_then_a_group(cell: str, officers: tuple[str, ...]) -> None:
    assert split_people(cell).officers == officers


def test_a_risks_scores_named_current_inherent_or_target_risk() -> None:
    """'Current Risk (L x I)' and 'Target Risk' beside 'Risk': scores, never the risk (the
    current score was read as the theme, and risks with equal scores merged)."""
    for title in ("Current Risk (L x I)", "Target Risk", "Inherent risk", "Residual Risk"):
        found = column_of(VOCABULARY, title)
        assert found is not None and found.field == "extra", title


@pytest.mark.parametrize(
    ("title", "field"),
    [
        ("Observation", "recommendation"),  # an internal audit's finding
        ("Required outcome", "recommendation"),  # a consumer standard's
        ("Project", "recommendation"),  # a programme's project under its workstream
    ],
)
def test_columns_naming_what_the_actions_answer(title: str, field: str) -> None:
    found = column_of(VOCABULARY, title)
    assert found is not None and found.field == field


def test_a_key_line_labelled_action_status(tmp_path: Path) -> None:
    """'Action status: C = complete; G = on track ...' under a register: C is complete (every
    'C' was refused as an unknown status)."""
    path = tmp_path / "register.csv"
    path.write_text(
        "Risk,Further mitigating actions,Action owner,Target date,Action status\n"
        "CR01 Finance,Refresh the MTFS,S151,Feb-25,C\n"
        ",Deliver the savings,S151,Mar-25,G\n\n"
        "Action status: C = complete; G = on track; A = some slippage; R = off track\n",
        encoding="utf-8",
    )
    assert [a.status for a in import_table(path).actions()] == [Status.BLUE, Status.GREEN]


def test_a_dashboard_of_two_counts_a_workstream_over_a_total_row(tmp_path: Path) -> None:
    """A dashboard sheet ('Workstream | SRO | Overall RAG | Milestones | Complete | Next
    period focus', then 'Total') beside the milestones: a summary, not a second plan (the
    workbook was refused as two plan-like sheets)."""
    from openpyxl import Workbook

    book: Any = Workbook()
    dashboard = book.active
    dashboard.title = "Dashboard"
    dashboard.append(["Council – Improvement and Recovery Plan"])
    dashboard.append(["Workstream", "Senior Responsible Officer", "Overall RAG", "Milestones",
                      "Complete", "Next period focus"])  # fmt: skip
    dashboard.append(["Workstream 1 – Finance", "Director of Finance", "A", 2, 0, "Accounts"])
    dashboard.append(["Workstream 2 – Governance", "Chief Executive", "G", 1, 1, "Culture"])
    dashboard.append(["Total", None, None, "=SUM(D3:D4)", "=SUM(E3:E4)"])
    sheet = book.create_sheet("Milestones")
    sheet.append(["Ref", "Milestone / key action", "Lead", "Forecast date", "This period RAG"])
    sheet.append(
        ["1.01", "Deliver the savings programme.", "Director of Finance", "March 2026", "A"]
    )
    sheet.append(
        ["1.02", "Complete the audit of accounts.", "Director of Finance", "Dec 2025", "R"]
    )
    sheet.append(["2.01", "Approve a new Constitution.", "Monitoring Officer", "July 2025", "G"])
    path = tmp_path / "report.xlsx"
    book.save(path)
    assert [a.ref for a in import_table(path).actions()] == ["1.01", "1.02", "2.01"]


def test_a_key_set_out_in_the_cells_of_a_text_exports_line(tmp_path: Path) -> None:
    """'RAG key: B = complete', 'G = on track', 'R = off track' in the cells of a line at the
    foot of a tab-separated export: the key, not an action numbered 'R = off track'."""
    path = tmp_path / "piap.txt"
    path.write_text(
        "University – Ofsted apprenticeships PIAP\n\n"
        "Theme\tRef\tAction\tLead\tDue\tRAG\n"
        "Quality of education\t1.1\tRedesign the reviews\tHead of Apprenticeships\tMar-25\tB\n"
        "Quality of education\t1.2\tTrain the coaches\tHead of Apprenticeships\tJun-25\tR\n\n"
        "RAG key: B = complete (evidence verified)\tG = on track\tA = some slippage\t"
        "R = off track\n",
        encoding="utf-8",
    )
    assert [a.status for a in import_table(path).actions()] == [Status.BLUE, Status.RED]


def test_a_period_rag_column_rated_by_colour_alone_is_the_latest(tmp_path: Path) -> None:
    """'Q1 RAG' in letters, 'Q2 RAG' in colour only: the Q2 colour is the status (the Q1
    letter was read, and actions complete by Q2 stayed green)."""
    from openpyxl import Workbook
    from openpyxl.styles import PatternFill

    blue = PatternFill("solid", fgColor="00B0F0")
    book: Any = Workbook()
    sheet = book.active
    sheet.append(["Swale CSP Action Plan 2025–26 – Q2 update (July–September 2025)"])
    sheet.append(["Ref", "Action", "Lead partner", "Target date", "Q1 RAG", "Q2 RAG"])
    sheet.append(["1.1", "Renew White Ribbon accreditation.", "SBC", "Sep-25", "G", None])
    sheet.cell(3, 6).fill = blue
    sheet.append(["1.2", "Run the campaign.", "Kent Police", "Dec-25", "A", None])
    sheet.cell(4, 6).fill = PatternFill("solid", fgColor="FFC000")
    key = book.create_sheet("Key")
    key.append(["RAG key"])
    for colour, meaning in (("00B050", "On track"), ("FFC000", "At risk"), ("00B0F0", "Complete")):
        key.append([None, meaning])
        key.cell(key.max_row, 1).fill = PatternFill("solid", fgColor=colour)
    path = tmp_path / "plan.xlsx"
    book.save(path)
    assert [a.status for a in import_table(path).actions()] == [Status.BLUE, Status.AMBER]
