"""Issue 18, what the fifty-first and fifty-second blind sets showed (ordinary plans: heldout51,
12 of 14 right on first sight, 2 read wrongly; heldout52, 11 of 14 right, 1 refused at another
line, 2 wrongly): the audit offices' 'Proposal for Improvement' and a 'Council Action', a
system's 'Rec ID', posts by their letters (SIRO, QIO), and an inspectorate's grade under a
ruled heading."""

from __future__ import annotations

from pathlib import Path

import pytest

from ofsted_plan.importing.header import VOCABULARY, column_of
from ofsted_plan.importing.importer import import_table
from ofsted_plan.importing.people import split_people


@pytest.mark.parametrize(
    ("title", "field"),
    [
        ("Proposal for Improvement", "recommendation"),
        ("Council Action", "action"),
        ("Rec ID", "ref"),
    ],
)
def test_column_titles(title: str, field: str) -> None:
    found = column_of(VOCABULARY, title)
    assert found is not None and found.field == field


def test_an_audit_offices_tracker_is_read(tmp_path: Path) -> None:
    """It was refused: no header row found."""
    path = tmp_path / "pfi.csv"
    path.write_text(
        "Council – NIAO Proposals for Improvement: Action Tracker,,,,,\n"
        ",,,,,\n"
        "Audit Year,Ref,Proposal for Improvement,Council Action,Responsible Officer,Target Date\n"
        "2022-23,PFI 1,Measure outcomes,Revise the objectives,Performance Officer,30/06/2024\n"
        "2022-23,PFI 2,Compare with others,Add comparisons,Performance Officer,30/09/2024\n",
        encoding="utf-8",
    )
    plan = import_table(path)
    assert [(i.recommendation.text, i.action.action) for i in plan.items()] == [
        ("Measure outcomes", "Revise the objectives"),
        ("Compare with others", "Add comparisons"),
    ]


@pytest.mark.parametrize(
    ("cell", "officers"),
    [
        ("Head of Information Governance / SIRO", ("Head of Information Governance", "SIRO")),
        ("DHT (Curriculum) and QIO", ("DHT (Curriculum)", "QIO")),
        ("HoS CIN/CP", ("HoS CIN/CP",)),
    ],
)
def test_posts_by_their_letters(cell: str, officers: tuple[str, ...]) -> None:
    assert split_people(cell).officers == officers


def test_a_grade_under_a_ruled_heading_is_said_of_it(tmp_path: Path) -> None:
    """'Grade: Requires improvement' between the rules with 'Responding to the public': a
    note; the heading was lost (the grade took its place, then was dropped as shared)."""
    rule = "-" * 60
    block = (
        "{rule}\n{area}\nGrade: Requires improvement\n{rule}\n\n"
        "Area for improvement {n}\nThe force should improve {area}.\n\n"
        "  {n}.1   Action:  Do the first thing for {area}.\n"
        "        Lead:    Supt OCC\n        Due:     31 August 2025\n        Status:  Complete\n\n"
        "  {n}.2   Action:  Do the second thing for {area}.\n"
        "        Lead:    Head of Digital\n        Due:     December 2025\n"
        "        Status:  On track\n\n"
    )
    text = "West Mercia Police – PEEL Areas for Improvement: Force Action Plan\n\n" + "".join(
        block.format(rule=rule, area=area, n=n)
        for n, area in enumerate(("Responding to the public", "Protecting vulnerable people"), 1)
    )
    path = tmp_path / "peel.txt"
    path.write_text(text, encoding="utf-8")
    plan = import_table(path)
    assert [t.title for t in plan.themes] == [
        "Responding to the public",
        "Protecting vulnerable people",
    ]
