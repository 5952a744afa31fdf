"""Issue 18, what the two-hundred-and-thirty-seventh blind sets on showed (heldout237 on)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ofsted_plan.importing.importer import import_table
from ofsted_plan.importing.people import split_people
from ofsted_plan.importing.values import STATUS_WORDS, read_status
from ofsted_plan.model import Status


def test_a_sheet_per_theme_over_its_areas_for_improvement(tmp_path: Path) -> None:
    """A sheet 'Well-being' whose line is its name, over bands 'Area for improvement 1 –
    ...': the sheet names the theme, the bands what the actions answer (the sheet's line was
    taken for a caption and the bands for the themes)."""
    from openpyxl import Workbook

    book = Workbook()
    del book["Sheet"]
    for n, theme in enumerate(("Well-being", "Care and Development"), start=1):
        sheet = book.create_sheet(theme)
        sheet.append([theme])
        sheet.append(["Ref", "Action", "Responsible officer", "Timescale", "Status"])
        sheet.append([f"Area for improvement {n} – Regulation {n}: The provider must act."])
        sheet.merge_cells(start_row=3, start_column=1, end_row=3, end_column=5)
        sheet.append(
            [f"{n}a", f"First action on {theme}.", "Service Manager", "Dec-24", "Complete"]
        )
        sheet.append([f"{n}b", f"Second action on {theme}.", "Team Manager", "Mar-25", "On track"])
    book.save(tmp_path / "ciw.xlsx")
    plan = import_table(tmp_path / "ciw.xlsx")
    assert [(t.title, [r.text[:22] for r in t.recommendations]) for t in plan.themes] == [
        ("Well-being", ["Area for improvement 1"]),
        ("Care and Development", ["Area for improvement 2"]),
    ]


def test_a_sheets_workstream_over_its_area_for_priority_action(tmp_path: Path) -> None:
    """'Workstream 1 – EHC plans' over 'Area for priority action 1: Leaders must ...' on each
    sheet, then 'Senior responsible officers: ...': the workstream the theme, the area what
    its actions answer (the area was kept as a note)."""
    from openpyxl import Workbook

    book = Workbook()
    del book["Sheet"]
    for n, name in ((1, "EHC needs assessments"), (2, "Neurodevelopmental pathways")):
        sheet = book.create_sheet(f"AFPA {n}")
        sheet.append([f"Workstream {n} – {name}"])
        sheet.append([f"Area for priority action {n}: Leaders must urgently improve {name}."])
        sheet.append(["Senior responsible officers: Director of Children's Services"])
        sheet.append([])
        sheet.append(["Ref", "What we will do", "Lead", "By when", "RAG"])
        sheet.append([f"{n}a", f"Recruit staff for {name}.", "Head of SEND", "Dec-25", "Green"])
        sheet.append([f"{n}b", f"Audit {name}.", "Principal EP", "Mar-26", "Amber"])
    book.save(tmp_path / "send.xlsx")
    plan = import_table(tmp_path / "send.xlsx")
    assert [(t.title, [r.text[:27] for r in t.recommendations]) for t in plan.themes] == [
        ("Workstream 1 – EHC needs assessments", ["Area for priority action 1:"]),
        ("Workstream 2 – Neurodevelopmental pathways", ["Area for priority action 2:"]),
    ]


def test_a_strategic_risk_column_names_each_risk(tmp_path: Path) -> None:
    """'Strategic risk' filled on each risk's first line only: the risk over its further
    actions (it was kept as another column, the actions under nothing)."""
    table = tmp_path / "risks.txt"
    rows = [
        ["Strategic risk", "Risk owner", "Action ref", "Further action", "Action owner",
         "Due", "Status"],
        ["SR1 Financial resilience", "CFO", "SR1.1", "Close the budget gap.", "CFO", "Feb-26",
         "A"],
        ["", "", "SR1.2", "Refresh the financial plan.", "Finance Manager", "Mar-26", "G"],
        ["SR2 Cyber security", "Director", "SR2.1", "Complete the CAF assessment.",
         "ICT Manager", "Dec-25", "G"],
    ]  # fmt: skip
    table.write_text("\n".join("\t".join(r) for r in rows) + "\n", encoding="utf-8")
    plan = import_table(table)
    assert [t.title for t in plan.themes] == ["SR1 Financial resilience", "SR2 Cyber security"]


def test_a_key_whose_blue_is_complete_leaves_green_green(tmp_path: Path) -> None:
    """A key of Blue 'Evidenced and assured', Green 'Delivered – awaiting evidence', Amber
    'Not yet delivered – on track': each colour its own status (green was read as complete
    and amber as green)."""
    from openpyxl import Workbook
    from openpyxl.styles import PatternFill

    def fill(colour: str) -> PatternFill:
        return PatternFill("solid", fgColor=colour)

    book = Workbook()
    cover = book.active
    assert cover is not None
    cover.title = "Cover"
    cover.append(["Maternity Improvement Plan"])
    cover.append(["BRAG key"])
    for colour, word, meaning in (
        ("FF00B0F0", "Blue", "Evidenced and assured – action closed"),
        ("FF00B050", "Green", "Delivered – awaiting evidence"),
        ("FFFFC000", "Amber", "Not yet delivered – on track"),
        ("FFFF0000", "Red", "Not yet delivered – off track"),
    ):
        cover.append([None, word, meaning])
        cover.cell(cover.max_row, 1).fill = fill(colour)
    plan_sheet = book.create_sheet("Improvement Plan")
    plan_sheet.append(["Ref", "Action", "Lead", "Revised due date", "BRAG"])
    for n, colour in enumerate(("FF00B0F0", "FF00B050", "FFFFC000", "FFFF0000"), start=1):
        plan_sheet.append([f"1.{n}", f"Action {n} of the plan.", "Director of Midwifery",
                           "Mar-26", None])  # fmt: skip
        plan_sheet.cell(plan_sheet.max_row, 5).fill = fill(colour)
    book.save(tmp_path / "maternity.xlsx")
    statuses = [a.status for a in import_table(tmp_path / "maternity.xlsx").actions()]
    assert statuses == [Status.BLUE, Status.GREEN, Status.AMBER, Status.RED]


@pytest.mark.parametrize(
    ("cell", "officers"),
    [
        ("Corporate Director, People and HR", ("Corporate Director, People and HR",)),
        ("HT, Attendance Officer", ("HT", "Attendance Officer")),
        ("DSL, Head of Year", ("DSL", "Head of Year")),
        ("AD, Early Help", ("AD, Early Help",)),
    ],
)
def test_leads_of_the_two_hundred_thirty_seventh_sets(cell: str, officers: tuple[str, ...]) -> None:
    """A post and its area after a comma ('People and HR') is one officer; a post's letters
    then a post ending in its word ('HT, Attendance Officer') are two."""
    assert split_people(cell).officers == officers


def test_proposed_for_closure_is_complete() -> None:
    """A board log's 'Proposed for closure': done, the board asked to close it, as every key
    in the blind corpus's logs says (refused as an unknown status)."""
    assert read_status("Proposed for closure", STATUS_WORDS)[0] is Status.BLUE
