"""Issue 18, what the forty-seventh and forty-eighth blind sets showed (heldout47: 10 of 14
right on first sight, 4 read wrongly; heldout48: 12 of 14, 2 wrongly)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from ofsted_plan.importing.importer import import_table
from ofsted_plan.importing.keys import meaning_of
from ofsted_plan.model import Status


def test_a_status_key_beside_a_summary_of_counts(tmp_path: Path) -> None:
    """'Status key' over 'Delayed | Due date will be missed; escalated to SRO', and beside it
    'Summary' over 'Delayed | 1': a key and its counts, not four actions; and 'Delayed' is read
    as the key says (red), not as the word's usual amber."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in (
        ["Ref", "Deliverable / action", "Place", "Lead", "Due", "Status"],
        ["1a", "Open records access", "All", "Head of Digital", "Mar-24", "On track"],
        ["1b", "Launch the fellowship scheme", "Sheffield", "Hub Director", "Nov-23", "Delayed"],
        [],
        ["Status key", None, None, "Summary"],
        ["Complete", "Deliverable met", None, "Complete", 0],
        ["On track", "Expected to be met by the due date", None, "On track", 1],
        ["Delayed", "Due date will be missed; escalated to SRO", None, "Delayed", 1],
        [None, None, None, "Total", 2],
    ):
        sheet.append(row)
    path = tmp_path / "highlight.xlsx"
    book.save(path)
    assert [(a.ref, a.status) for a in import_table(path).actions()] == [
        ("1a", Status.GREEN),
        ("1b", Status.RED),
    ]


def test_what_a_keys_words_mean() -> None:
    assert meaning_of("Deliverable met") is Status.BLUE
    assert meaning_of("Due date will be missed") is Status.RED
    assert meaning_of("Expected to be met by the due date") is None  # a future, not done
    assert meaning_of("Partially met") is Status.AMBER


def test_a_post_and_its_fields_after_a_dash() -> None:
    from ofsted_plan.importing.people import split_people

    cell = "Team Managers – Family Support & Child Protection"
    assert split_people(cell).officers == (cell,)


def _sheet(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


AFI1 = "AFI 1: The service should make sure it quality assures its prevention activity"
AFI2 = "AFI 2: The service should make sure its site-specific risk information is current"


def test_a_column_of_worded_headings_left_of_the_finding_is_the_theme(tmp_path: Path) -> None:
    """HMICFRS's 'Diagnostic' ('Preventing fires and other risks') beside each area for
    improvement: the heading over it, whatever its title (codes such as 'Reg 12' are not)."""
    path = _sheet(
        tmp_path / "afi.xlsx",
        [
            ["Ref", "Diagnostic", "Area for improvement", "Action", "Action owner", "Status"],
            ["1.1", "Preventing fires and other risks", AFI1,
             "Introduce a QA framework", "AM Prevention", "Complete"],
            ["1.2", None, None, "Evaluate home visits", "Head of Prevention", "On track"],
            ["2.1", "Responding to fires and other emergencies", AFI2,
             "Clear the backlog", "AM Response", "On track"],
        ],
    )  # fmt: skip
    assert [t.title for t in import_table(path).themes] == [
        "Preventing fires and other risks",
        "Responding to fires and other emergencies",
    ]


def test_a_key_label_in_the_action_column_is_no_action(tmp_path: Path) -> None:
    path = _sheet(
        tmp_path / "plan.xlsx",
        [
            ["Ref", "Action", "Lead", "Timescale", "RAG"],
            ["1.1", "Adopt the chronology", "CPC Lead Officer", "Mar-25", "Complete"],
            ["1.2", "Audit 40 chronologies", "Service Manager", "Sep-25", "On track"],
            [],
            [None, "RAG status key"],
            [None, None, "Complete"],
            [None, None, "On track"],
        ],
    )
    assert [a.ref for a in import_table(path).actions()] == ["1.1", "1.2"]


def test_titles_that_name_a_finding_and_an_action_in_their_own_words(tmp_path: Path) -> None:
    """'Action taken / planned' beside 'Service improvement recommendation' is the action
    (it was progress, and the recommendation read as the action); 'Issue identified by the
    Regulator' is the finding (it was kept as another column)."""
    path = _sheet(
        tmp_path / "tracker.xlsx",
        [
            ["Ombudsman ref", "Service improvement recommendation", "Action taken / planned",
             "Responsible officer", "Deadline", "RAG"],
            ["24 012 488", "Review charging letters", "Letters rewritten", "Finance Manager",
             "Jun-25", "Green"],
            ["24 015 903", "Remind staff of vulnerability", "Checklist added", "Revenues Manager",
             "Aug-25", "Amber"],
        ],
    )  # fmt: skip
    items = [(i.recommendation.text, i.action.action) for i in import_table(path).items()]
    assert items == [
        ("Review charging letters", "Letters rewritten"),
        ("Remind staff of vulnerability", "Checklist added"),
    ]
    from ofsted_plan.importing.header import VOCABULARY, column_of

    found = column_of(VOCABULARY, "Issue identified by the Regulator")
    assert found is not None and found.field == "recommendation"


def _one_table(path: Path, heading: str) -> Path:
    from docx import Document

    from .helpers import add_table

    document = Document()
    document.add_heading("Community Safety Action Plan 2025", 0)
    document.add_heading(heading, 1)
    add_table(document, [("Ref", "Action", "Lead", "RAG"), ("1.1", "Extend CCTV", "HoS", "Green")])
    document.save(str(path))
    return path


def test_one_heading_over_the_one_table_names_its_part_or_is_said(tmp_path: Path) -> None:
    """'Priority 1: Safer streets' over the plan's only table was dropped without a word: it
    is the theme; a heading that names no part ('Safer streets') is kept in the plan's notes
    and the report says so."""
    plan = import_table(_one_table(tmp_path / "a.docx", "Priority 1: Safer streets"))
    assert [t.title for t in plan.themes] == ["Priority 1: Safer streets"]
    report: list[str] = []
    plan = import_table(_one_table(tmp_path / "b.docx", "Safer streets"), report=report)
    assert [t.title for t in plan.themes] == [""]
    assert plan.notes == ["Safer streets"]
    assert any("'Safer streets'" in line and "section" in line for line in report)
