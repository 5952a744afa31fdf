"""Issue 18, what the two-hundred-and-fifty-seventh blind sets on showed (heldout257 on)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ofsted_plan.importing.importer import import_table
from ofsted_plan.importing.people import split_people


@pytest.mark.parametrize(
    ("cell", "officers"),
    [
        # a lead and posts of their own after the comma; a manager's posts are its area
        ("Assessment Lead, Phase Leaders", ("Assessment Lead", "Phase Leaders")),
        ("Service Manager, Child Protection Chairs", ("Service Manager, Child Protection Chairs",)),
        # a council's letters, a field and a team of two fields: one team
        ("SCC Domestic and Sexual Abuse Team", ("SCC Domestic and Sexual Abuse Team",)),
    ],
)
def test_lead_cells(cell: str, officers: tuple[str, ...]) -> None:
    assert split_people(cell).officers == officers


def _write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_status_with_its_update_in_one_cell(tmp_path: Path) -> None:
    """'Status / update' holding 'Complete – first search run 07/01/2025': the status read from
    its first words, the cell kept as written (the column was kept as another and every
    action left unrated)."""
    path = _write(
        tmp_path / "plan.txt",
        [
            "Action\tLead\tBy when\tStatus / update",
            "Run monthly searches.\tDr A Khan\t31/01/2025\tComplete – first search run 07/01/2025",
            "Review safety alerts.\tPractice Manager\t31/01/2025\tComplete",
            "Finish the fire actions.\tPractice Manager\t28/02/2025\tDelayed – contractor booked",
            "Hold significant event reviews.\tLead GP\tMarch 2025\tOn track",
        ],
    )
    plan = import_table(path)
    actions = list(plan.actions())
    assert [a.status.value for a in actions] == ["blue", "blue", "amber", "green"]
    assert actions[0].extra["Status / update"] == "Complete – first search run 07/01/2025"
    assert "Status / update" not in actions[1].extra


def test_a_requirement_notice_column_is_what_the_actions_answer(tmp_path: Path) -> None:
    """'Regulation | Requirement notice | Ref | Action ...' with the notice on the first of its
    actions: the requirement is their recommendation (it was kept as another column)."""
    notice = "The provider must ensure care is provided in a safe way."
    path = _write(
        tmp_path / "plan.txt",
        [
            "Regulation\tRequirement notice\tRef\tAction\tResponsible\tCompletion date\tStatus",
            "Regulation 12 Safe care and treatment",
            f"\t{notice}\t12.1\tRun a monthly search.\tDr A Khan\t31/10/2024\tCompleted",
            "\t\t12.2\tAdd a prescribing alert.\tDr A Khan\t30/11/2024\tCompleted",
        ],
    )
    plan = import_table(path)
    assert [(t.title, r.text) for t in plan.themes for r in t.recommendations] == [
        ("Regulation 12 Safe care and treatment", notice)
    ]


def test_what_the_inspectors_found_under_a_numbered_recommendation(tmp_path: Path) -> None:
    """A heading 'R1 Strengthen the use of self-evaluation ...' (the recommendation in its own
    words), then 'What Estyn found: ...' over its table: what was found is said of it, kept in
    the notes, not a second level."""
    from docx import Document

    document = Document()
    document.add_heading("Post Inspection Action Plan – Estyn Inspection", 0)
    for n in (1, 2):
        document.add_heading(f"R{n} Strengthen the use of self-evaluation in area {n}", 1)
        document.add_paragraph(f"What Estyn found: Officers do not evaluate area {n} well.")
        table = document.add_table(rows=2, cols=4)
        for j, text in enumerate(["Ref", "Action", "Lead officer(s)", "Timescale"]):
            table.cell(0, j).text = text
        for j, text in enumerate(
            [f"{n}.1", f"Train officers in area {n}.", "Head of QA", "Jul-25"]
        ):
            table.cell(1, j).text = text
    document.save(str(tmp_path / "estyn.docx"))
    plan = import_table(tmp_path / "estyn.docx")
    unders = [[t.title, r.text] for t in plan.themes for r in t.recommendations]
    assert [u for u in unders] == [
        [f"R{n} Strengthen the use of self-evaluation in area {n}", ""] for n in (1, 2)
    ] or [u for u in unders] == [
        ["", f"R{n} Strengthen the use of self-evaluation in area {n}"] for n in (1, 2)
    ]
    assert "What Estyn found: Officers do not evaluate area 1 well." in plan.notes


def test_a_closed_sheets_caption_names_no_part_over_its_audit_bands(tmp_path: Path) -> None:
    """'Recommendations closed since the April 2025 Audit and Risk Committee' over bands naming
    each audit: the caption says what the sheet holds; the bands are the parts (the caption
    was read as the theme, and the bands as headings under it)."""
    from openpyxl import Workbook

    book = Workbook()
    sheets = [book.active, book.create_sheet()]
    captions = [
        "Open audit recommendations at 30 June 2025",
        "Recommendations closed since the April 2025 Audit and Risk Committee",
    ]
    for n, (sheet, caption) in enumerate(zip(sheets, captions, strict=True)):
        assert sheet is not None
        sheet.title = ["Open recommendations", "Closed since last ARC"][n]
        sheet.append([caption])
        sheet.append([])
        sheet.append(["Ref", "Recommendation", "Agreed management action", "Action owner",
                      "Due date", "Status"])  # fmt: skip
        sheet.append([f"GIAA: Audit {n + 1} (Moderate) – January 2025"])
        sheet.merge_cells("A4:F4")
        for k in (1, 2):
            sheet.append([f"A{n}-0{k}", f"Recommendation {n}.{k}.", f"Action {n}.{k}.", "CIO",
                          "Mar-25", "Green" if n == 0 else "Complete"])  # fmt: skip
    book.save(tmp_path / "tracker.xlsx")
    plan = import_table(tmp_path / "tracker.xlsx")
    assert [t.title for t in plan.themes] == [
        "GIAA: Audit 1 (Moderate) – January 2025",
        "GIAA: Audit 2 (Moderate) – January 2025",
    ]


def test_a_standard_over_each_sheets_workstream_column(tmp_path: Path) -> None:
    """A sheet for each consumer standard, 'Standard 1: Safety and Quality' over a table with a
    'Workstream' column: the standard, then the workstream (the standard was dropped)."""
    from openpyxl import Workbook

    book = Workbook()
    sheets = [book.active, book.create_sheet()]
    streams = {1: ("Fire safety", "Damp and mould"), 2: ("Complaints", "Tenant voice")}
    for n, sheet in enumerate(sheets, start=1):
        assert sheet is not None
        sheet.title = f"{n} Standard"
        sheet.append([f"Standard {n}: Name of standard {n}"])
        sheet.append([])
        sheet.append(["Action No.", "Workstream", "Improvement action", "Action owner", "Due",
                      "RAG"])  # fmt: skip
        sheet.append([f"{n}.1", streams[n][0], f"Action {n}.1.", "Manager", "Dec-25", "Green"])
        sheet.append([f"{n}.2", "", f"Action {n}.2.", "Manager", "Mar-26", "Amber"])
        sheet.merge_cells("B4:B5")  # a workstream merged down over its actions
        sheet.append([f"{n}.3", streams[n][1], f"Action {n}.3.", "Manager", "Jun-26", "Red"])
    book.save(tmp_path / "housing.xlsx")
    plan = import_table(tmp_path / "housing.xlsx")
    assert [(t.title, [r.text for r in t.recommendations]) for t in plan.themes] == [
        (f"Standard {n}: Name of standard {n}", list(streams[n])) for n in (1, 2)
    ]


def test_a_sheet_title_dated_after_the_covers(tmp_path: Path) -> None:
    """The cover's 'Significant Business Risk Register – Quarter 3 2025/26' and the register
    sheet's '... (as at 31 December 2025)': the cover names it; the date is when."""
    from openpyxl import Workbook

    book = Workbook()
    cover = book.active
    assert cover is not None
    cover.title = "Summary"
    cover.append(["Significant Business Risk Register – Quarter 3 2025/26"])
    cover.append(["Risk", "Q3 score"])
    cover.append(["Finance", 16])
    register = book.create_sheet("Register")
    register.append(
        ["Significant Business Risk Register – Quarter 3 2025/26 (as at 31 December 2025)"]
    )
    register.append([])
    register.append(["Ref", "Further action", "Action owner", "Target date", "Status"])
    register.append(["1a", "Agree the savings plan.", "Head of Finance", "Jan-26", "On track"])
    register.append(["1b", "Review the reserves.", "Head of Finance", "Mar-26", "On track"])
    book.save(tmp_path / "risks.xlsx")
    plan = import_table(tmp_path / "risks.xlsx")
    assert plan.title == "Significant Business Risk Register – Quarter 3 2025/26"
