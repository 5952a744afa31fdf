"""Issue 18, what the two-hundred-and-seventy-seventh blind sets on showed (heldout277 on)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ofsted_plan.importing.importer import import_table
from ofsted_plan.importing.people import split_people


@pytest.mark.parametrize(
    ("cell", "officers"),
    [
        # a post over two fields, then 'and' and a second post
        (
            "Director of Economy & Skills and Head of Legal Services",
            ("Director of Economy & Skills", "Head of Legal Services"),
        ),
        # posts listed with commas, the last two joined by 'and'
        (
            "MIS Manager, Head of English and Head of Maths",
            ("MIS Manager", "Head of English", "Head of Maths"),
        ),
        # a post, then after a dash the area it covers, 'and' inside it, its body in brackets
        (
            "Associate Director – Children and Young People's Commissioning (SEL ICB)",
            ("Associate Director – Children and Young People's Commissioning (SEL ICB)",),
        ),
        (
            "Head of Safeguarding and Quality Assurance",
            ("Head of Safeguarding and Quality Assurance",),
        ),
        ("Sam Lee and Jo Patel", ("Sam Lee", "Jo Patel")),
    ],
)
def test_lead_cells(cell: str, officers: tuple[str, ...]) -> None:
    assert split_people(cell).officers == officers


def test_a_closed_sheets_complete_under_a_key_whose_green_is_complete(tmp_path: Path) -> None:
    """A board log's key: green swatch 'Complete – proposed for closure', no blue. Its closed
    sheet says 'Complete' in words: complete (blue), as its green cells are (the word was read
    as green)."""
    from openpyxl import Workbook
    from openpyxl.styles import PatternFill

    book = Workbook()
    log = book.active
    assert log is not None
    log.title = "Open actions"
    log.append(["ICB Board – Action Log"])
    log.append([])
    log.append(["RAG key"])
    for colour, meaning in (("FF0000", "Overdue"), ("FFC000", "In progress – on track"),
                            ("00B050", "Complete – proposed for closure")):  # fmt: skip
        log.append(["", meaning])
        log.cell(log.max_row, 1).fill = PatternFill("solid", fgColor=colour)
    log.append([])
    log.append(["Action No.", "Action", "Lead", "Due date", "RAG"])
    for ref, colour in (("A1", "FFC000"), ("A2", "FF0000"), ("A3", "00B050")):
        log.append([ref, f"Action {ref}.", "Director", "Dec-25", ""])
        log.cell(log.max_row, 5).fill = PatternFill("solid", fgColor=colour)
    closed = book.create_sheet("Closed actions")
    closed.append(["Action No.", "Action", "Lead", "Due date", "RAG"])
    closed.append(["C1", "Publish the response.", "Director", "Apr-25", "Complete"])
    book.save(tmp_path / "log.xlsx")
    plan = import_table(tmp_path / "log.xlsx")
    assert {a.ref: a.status.value for a in plan.actions()} == {
        "A1": "amber", "A2": "red", "A3": "blue", "C1": "blue",
    }  # fmt: skip


def test_the_services_target_date_beside_the_inspectorates_deadline(tmp_path: Path) -> None:
    """'HMICFRS deadline' (on the recommendation's row), 'Service target date' and 'Revised
    date': the revised date, else the service's own (it was kept as another column, and the
    actions with no revised date had no end)."""
    lines = [
        "Ref\tAction\tAction owner\tHMICFRS deadline\tService target date\tRevised date\tStatus",
        "Recommendation 1 – By 1 October 2023",
        "1.1\tProcure a reporting line.\tHead of People\t\t30/09/2023\t\tComplete",
        "1.2\tReview the policy.\tHead of People\t\t31/12/2023\t31/03/2024\tComplete",
        "1.3\tReport the themes.\tMonitoring Officer\t\tMar-25\t\tOn track",
    ]
    path = tmp_path / "tracker.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    plan = import_table(path)
    assert [str(a.end) for a in plan.actions()] == ["2023-09", "2024-03", "2025-03"]
