"""Issue 18, what the fifty-seventh and fifty-eighth blind sets showed (ordinary plans:
heldout57, 10 of 14 right on first sight, 1 refused at another line, 1 refused, 2 read
wrongly; heldout58, 12 of 14 right, 1 refused, 1 wrongly)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ofsted_plan.importing.header import VOCABULARY, column_of
from ofsted_plan.importing.importer import import_table
from ofsted_plan.importing.people import split_people


@pytest.mark.parametrize(
    ("title", "field"),
    [
        ("Code Provision", "recommendation"),
        ("Code Section", "theme"),
        ("Position on the Recommendation", "action"),
        ("PEEL Question", "theme"),  # heldout59/60: two forces' trackers lost their questions
    ],
)
def test_column_titles(title: str, field: str) -> None:
    found = column_of(VOCABULARY, title)
    assert found is not None and found.field == field


@pytest.mark.parametrize(
    ("cell", "officers"),
    [
        ("Gateshead Housing & TWFRS", ("Gateshead Housing", "TWFRS")),
        ("RMBC Adult Care, Housing and Public Health",
         ("RMBC Adult Care, Housing and Public Health",)),
        ("Director of Housing & Communities", ("Director of Housing & Communities",)),
    ],
)  # fmt: skip
def test_a_landlord_is_a_body(cell: str, officers: tuple[str, ...]) -> None:
    assert split_people(cell).officers == officers


def test_a_requirements_number_on_each_of_its_action_lines(tmp_path: Path) -> None:
    """'No.' 1 on both action lines of requirement 1, its words repeated (a CSV of merged
    cells): the actions are 1.1 and 1.2 (refused before as a ref used twice)."""
    path = tmp_path / "ci.csv"
    path.write_text(
        "No.,Requirement,Action,Responsible officer,Timescale,Status\n"
        "1,Complete annual reviews on time,Clear the backlog,Team Manager,Mar-25,Green\n"
        "1,Complete annual reviews on time,Track reviews monthly,Team Manager,Jun-25,Amber\n"
        "2,Complete safer recruitment checks,Audit checks,Service Manager,Sep-25,Green\n",
        encoding="utf-8",
    )
    assert [a.ref for a in import_table(path).actions()] == ["1.1", "1.2", "2"]


def test_a_standard_column_under_the_documents_headings(tmp_path: Path) -> None:
    """A 'Standard' column (named as a theme) of the standards' words, under a heading per
    chapter: the headings are the themes, the column the recommendation (the headings were
    lost)."""
    from docx import Document

    from .helpers import add_table

    document = Document()
    document.add_heading("Taxi and Private Hire Vehicle Standards – Action Plan", 0)
    for number, chapter in ((3, "3. Administering the Licensing Regime"), (4, "4. Decisions")):
        document.add_heading(chapter, 2)
        add_table(
            document,
            [
                ("Ref", "Standard", "Action", "Responsible Officer", "Target Date", "RAG"),
                (f"{number}.1", f"Para {number}.3: Authorities should act {number}.",
                 "Draft a policy", "Licensing Manager", "March 2021", "G"),
            ],
        )  # fmt: skip
    path = tmp_path / "taxi.docx"
    document.save(str(path))
    items = [(i.theme.title, i.recommendation.text) for i in import_table(path).items()]
    assert items == [
        ("3. Administering the Licensing Regime", "Para 3.3: Authorities should act 3."),
        ("4. Decisions", "Para 4.3: Authorities should act 4."),
    ]


def _risk_actions(path: Path, key: bool) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import PatternFill

    def fill(rgb: str) -> PatternFill:
        return PatternFill("solid", fgColor=rgb)

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Ref", "Further action", "Action owner", "Target date", "Status"])
    sheet.append(["SR1.1", "Deliver the savings", "Section 151 Officer", "Mar-25", "On track"])
    sheet.append(
        ["SR2.1", "Adopt the Local Plan", "Director of Place", "Jun-25", "Behind schedule"]
    )
    sheet.append(
        ["SR4.1", "Agree the funding", "Director of Place", "Nov-24", "Significantly delayed"]
    )
    sheet["E2"].fill, sheet["E3"].fill, sheet["E4"].fill = (
        fill("00B050"), fill("FFC000"), fill("FF0000"),
    )  # fmt: skip
    if key:
        sheet.append([])
        sheet.append(["Status key"])
        for word, rgb in (("On track", "00B050"), ("Behind schedule", "FFC000"),
                          ("Significantly delayed", "FF0000")):  # fmt: skip
            sheet.append([word])
            sheet.cell(sheet.max_row, 1).fill = fill(rgb)
    book.save(path)
    return path


def test_a_key_of_words_typed_in_their_colours(tmp_path: Path) -> None:
    """'Behind schedule' typed in an amber cell under 'Status key': amber, as the key shows
    (red, the word's usual reading, before); 'Significantly delayed' (red) was refused; a
    risk register's 'Further action' is the action (no header was found)."""
    from ofsted_plan.model import Status

    plan = import_table(_risk_actions(tmp_path / "risks.xlsx", key=True))
    assert [a.status for a in plan.actions()] == [Status.GREEN, Status.AMBER, Status.RED]


def test_a_word_no_key_defines_read_by_its_cells_colour(tmp_path: Path) -> None:
    from ofsted_plan.model import Status

    report: list[str] = []
    plan = import_table(_risk_actions(tmp_path / "risks.xlsx", key=False), report=report)
    assert [a.status for a in plan.actions()][2] is Status.RED
    assert any("'Significantly delayed' -> red" in line for line in report)


def test_an_issues_story_under_its_heading(tmp_path: Path) -> None:
    """An annual governance statement: 'Issue 1: Delays in closing the accounts', a paragraph
    telling its story, then its table: the heading is the part (the story was read as its
    words), the story kept in the plan's notes."""
    from docx import Document

    from .helpers import add_table

    document = Document()
    document.add_heading("Annual Governance Statement – Significant Issues Action Plan", 0)
    for number, issue in ((1, "Delays in closing the accounts"), (2, "Procurement breaches")):
        document.add_heading(f"Issue {number}: {issue}", 2)
        document.add_paragraph(f"The story of issue {number} took several years to unfold.")
        row = (f"Fix issue {number}", "Section 151 Officer", "Mar-25", "Green")
        add_table(document, [("Action", "Lead", "Target date", "Status"), row])
    path = tmp_path / "ags.docx"
    document.save(str(path))
    plan = import_table(path)
    assert [t.title for t in plan.themes] == [
        "Issue 1: Delays in closing the accounts",
        "Issue 2: Procurement breaches",
    ]
    assert "The story of issue 1 took several years to unfold." in plan.notes


def test_two_posts_each_with_its_body() -> None:
    """They were kept as one officer; a post whose words hold 'and' stays one."""
    cell = "Named Nurse Safeguarding Adults (CHS) and Head of Adult Safeguarding (LBC)"
    assert split_people(cell).officers == (
        "Named Nurse Safeguarding Adults (CHS)",
        "Head of Adult Safeguarding (LBC)",
    )
    one = "Head of Commissioning and Market Shaping (ASC)"
    assert split_people(one).officers == (one,)
