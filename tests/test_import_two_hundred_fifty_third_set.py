"""Issue 18, what the two-hundred-and-fifty-third blind sets on showed (heldout253 on)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ofsted_plan.importing.importer import import_table
from ofsted_plan.importing.people import split_people


@pytest.mark.parametrize(
    ("cell", "officers"),
    [
        # a post, then a body's service named by the body: two leads
        (
            "MARS Training Coordinator and Humberside Police Learning & Development",
            ("MARS Training Coordinator", "Humberside Police Learning & Development"),
        ),
        # a council by its letters, its service and a second field: one lead
        ("NWBC Leisure and Community Development", ("NWBC Leisure and Community Development",)),
        # a post, then posts of their own after the comma: two leads
        (
            "Designated Safeguarding Lead, Lead Coaches",
            ("Designated Safeguarding Lead", "Lead Coaches"),
        ),
        # still one: a manager and the posts managed; a post and its area
        ("Service Manager, Child Protection Chairs", ("Service Manager, Child Protection Chairs",)),
        ("Head of Service, Children in Care", ("Head of Service, Children in Care",)),
        ("Kent Police Learning & Development", ("Kent Police Learning & Development",)),
    ],
)
def test_lead_cells_split_where_each_part_is_a_lead(cell: str, officers: tuple[str, ...]) -> None:
    assert split_people(cell).officers == officers


def test_a_board_champion_line_under_a_sheets_priority_is_said_of_it(tmp_path: Path) -> None:
    """'Board champion: Councillor Julie Patten' under a priority sheet's heading: who answers
    for the priority, kept in the notes, not a level over its actions."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Priority 1"
    sheet.append(["Priority 1: Being healthy"])
    sheet.append(["Board champion: Councillor Julie Patten"])
    sheet.append([])
    sheet.append(["Action", "Lead", "Due", "RAG"])
    sheet.append(["Offer every child a health assessment.", "Designated Nurse", "Mar-26", "Green"])
    sheet.append(["Run a dental pathway for children in care.", "ICB Lead", "Jun-26", "Amber"])
    book.save(tmp_path / "cpb.xlsx")
    plan = import_table(tmp_path / "cpb.xlsx")
    assert [t.title for t in plan.themes] == ["Priority 1: Being healthy"]
    assert [r.text for r in plan.themes[0].recommendations] == [""]
    assert "Board champion: Councillor Julie Patten" in plan.notes


def test_records_numbered_over_a_description_with_a_revised_date_not_given(
    tmp_path: Path,
) -> None:
    """A performance system's report: 'Action HIP-01' over 'Description: ...', 'Original due'
    and 'Revised due: n/a'. The number is the ref, the description the action, and with no
    revised date the original is the end ('n/a' kept as written)."""
    lines = [
        "Housing Improvement Plan",
        "",
        "Action HIP-01",
        "  Description:    Complete a stock condition survey of every home.",
        "  Lead officer:   Head of Asset Management",
        "  Original due:   31/03/2026",
        "  Revised due:    n/a",
        "  RAG:            Amber",
        "-----------------------------------------",
        "Action HIP-02",
        "  Description:    Clear all overdue fire risk actions.",
        "  Lead officer:   Building Safety Manager",
        "  Original due:   30/09/2025",
        "  Revised due:    31/12/2025",
        "  RAG:            Green",
    ]
    (tmp_path / "report.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    plan = import_table(tmp_path / "report.txt")
    actions = list(plan.actions())
    assert [(a.ref, a.action) for a in actions] == [
        ("HIP-01", "Complete a stock condition survey of every home."),
        ("HIP-02", "Clear all overdue fire risk actions."),
    ]
    assert [str(a.end) for a in actions] == ["2026-03", "2025-12"]
    assert actions[0].extra["Revised due"] == "n/a"


def test_a_sheet_named_by_the_letters_of_its_label(tmp_path: Path) -> None:
    """Sheets 'APA 1' and 'APA 2', each with 'Area for priority action 1 | <the inspectors'
    words>' over its header: the words name the part; the sheet's name is the label's
    letters, no level over them (it was read as the theme)."""
    from openpyxl import Workbook

    book = Workbook()
    first = book.active
    assert first is not None
    for n, sheet in enumerate((first, book.create_sheet()), start=1):
        sheet.title = f"APA {n}"
        sheet.append(["Rotherham SEND Partnership – Priority Action Plan"])
        sheet.append([])
        sheet.append([f"Area for priority action {n}", f"Leaders should improve area {n}."])
        sheet.append([])
        sheet.append(["Ref", "What we will do", "Lead", "By when", "RAG"])
        sheet.append([f"{n}.1", f"First action of area {n}.", "Head of SEND", "Dec-25", "Green"])
        sheet.append([f"{n}.2", f"Second action of area {n}.", "Head of SEND", "Mar-26", "Amber"])
    book.save(tmp_path / "send.xlsx")
    plan = import_table(tmp_path / "send.xlsx")
    unders = {
        a.ref: [t.title, r.text] for t in plan.themes for r in t.recommendations for a in r.actions
    }
    assert unders["1.1"] == ["Leaders should improve area 1.", ""] or unders["1.1"] == [
        "",
        "Leaders should improve area 1.",
    ]
    assert all("APA" not in " ".join(u) for u in unders.values())


def test_an_issue_beside_the_recommendation_is_not_asked_about(tmp_path: Path) -> None:
    """An annual audit report's action plan: 'Issue / risk' beside 'Recommendation'. The
    recommendation is what the actions answer; the issue is kept (it was refused)."""
    lines = [
        "No.\tIssue / risk\tRecommendation\tAgreed action\tOfficer\tAgreed date\tStatus",
        "1\tBank reconciliations were late.\tReconcile the bank monthly.\tSet a monthly timetable."
        "\tHead of Finance\t31/03/2025\tComplete",
        "2\tThe asset register was out of date.\tUpdate the register.\tReview every asset."
        "\tHead of Property\t30/06/2025\tOn track",
        "3\tNo workforce plan.\tAgree a workforce plan.\tDraft the plan.\tHead of HR\t30/09/2025"
        "\tOn track",
    ]
    (tmp_path / "audit.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    report: list[str] = []
    plan = import_table(tmp_path / "audit.txt", report=report)
    recs = [r.text for t in plan.themes for r in t.recommendations]
    assert recs == [
        "Reconcile the bank monthly.",
        "Update the register.",
        "Agree a workforce plan.",
    ]
    first = next(plan.actions())
    assert first.extra["Issue / risk"] == "Bank reconciliations were late."
    assert any("'Issue / risk' says what was found" in line for line in report)


def test_facts_above_the_first_record_and_a_line_under_the_title_are_kept(
    tmp_path: Path,
) -> None:
    """A practice's text plan: the title, the town under it, 'Inspection date: ...' and 'Plan
    owner: ...' lines, then records ('1.1  Action: ...' / 'Lead:' / 'Due:' / 'Status:'). The
    facts are the document's (the import was refused: no header row), the town kept (it was
    dropped)."""
    lines = [
        "PRIORY FIELDS SURGERY - CQC INSPECTION ACTION PLAN",
        "Huntingdon, Cambridgeshire",
        "",
        "Inspection date:    11 June 2024",
        "Plan owner:         Practice Manager",
        "Last reviewed:      9 January 2025",
        "",
        "1. The practice must ensure care is provided in a safe way.",
        "",
        "  1.1  Action:   Run monthly searches for high-risk medicines.",
        "       Lead:     Clinical Pharmacist",
        "       Due:      31/08/2024",
        "       Status:   Green",
        "",
        "  1.2  Action:   Review every safety alert.",
        "       Lead:     Dr R. Malik",
        "       Due:      30/09/2024",
        "       Status:   Amber",
    ]
    (tmp_path / "plan.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    plan = import_table(tmp_path / "plan.txt")
    assert plan.title == "PRIORY FIELDS SURGERY - CQC INSPECTION ACTION PLAN"
    assert [a.ref for a in plan.actions()] == ["1.1", "1.2"]
    assert "Huntingdon, Cambridgeshire" in plan.notes
    assert any(n.startswith("Plan owner:") for n in plan.notes)


def test_a_body_named_over_the_plans_heading_is_kept(tmp_path: Path) -> None:
    """'Broadfield Primary School' as a plain line over the heading naming the plan, then a
    paragraph of prose: both kept in the plan's notes (both were dropped)."""
    from docx import Document

    document = Document()
    document.add_paragraph("Broadfield Primary School")
    document.add_heading("Post-Ofsted Action Plan 2025–26", 1)
    document.add_paragraph("This plan sets out how we will act on the report.")
    table = document.add_table(rows=3, cols=4)
    for i, cells in enumerate(
        [["Action", "Lead", "Timescale", "RAG"],
         ["Map the key knowledge in each subject.", "Curriculum Lead", "Dec-25", "Green"],
         ["Train staff in phonics.", "Reading Lead", "Mar-26", "Amber"]]
    ):  # fmt: skip
        for j, text in enumerate(cells):
            table.cell(i, j).text = text
    document.save(str(tmp_path / "school.docx"))
    plan = import_table(tmp_path / "school.docx")
    assert plan.title == "Post-Ofsted Action Plan 2025–26"
    assert plan.notes[:2] == [
        "Broadfield Primary School",
        "This plan sets out how we will act on the report.",
    ]


def test_a_review_plan_on_two_sheets_one_with_refs_one_without(tmp_path: Path) -> None:
    """A domestic homicide review: 'Overview Report Recs' (no ref column) and 'Single Agency
    Recs' (refs P1, U1 under each agency's band): one plan, both sheets read, the first sheet's
    line its title (it was refused as two plans)."""
    from openpyxl import Workbook

    book = Workbook()
    first = book.active
    assert first is not None
    first.title = "Overview Report Recs"
    first.append(["Safer Leicester Partnership – Domestic Homicide Review ‘Amina’ – Action Plan"])
    first.append([])
    first.append(["Recommendation", "Action to take", "Lead Agency", "Target Date", "RAG"])
    first.append(["1. Brief practitioners.", "Circulate a briefing.", "SLP", "Sep-24", "Complete"])
    first.append(["2. Audit GP records.", "Agree the audit tool.", "LLR ICB", "May-25", "Amber"])
    second = book.create_sheet("Single Agency Recs")
    second.append(["Ref", "Recommendation", "Action", "Lead Officer", "Target Date", "RAG"])
    second.append(["Leicestershire Police"])
    second.merge_cells("A2:F2")
    second.append(["P1", "Officers complete DASH.", "Refresh the guidance.", "DCI", "Dec-24",
                   "Complete"])  # fmt: skip
    second.append(["University Hospitals of Leicester NHS Trust"])
    second.merge_cells("A4:F4")
    second.append(["U1", "ED staff ask routinely.", "Add the question.", "Head of Safeguarding",
                   "Mar-25", "Green"])  # fmt: skip
    book.save(tmp_path / "dhr.xlsx")
    plan = import_table(tmp_path / "dhr.xlsx")
    assert (
        plan.title == "Safer Leicester Partnership – Domestic Homicide Review ‘Amina’ – Action Plan"
    )
    assert len(list(plan.actions())) == 4
