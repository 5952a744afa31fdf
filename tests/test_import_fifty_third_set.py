"""Issue 18, what the fifty-third and fifty-fourth blind sets showed (ordinary plans:
heldout53, 12 of 14 right on first sight, 2 refused; heldout54, 10 of 14 right, 1 refused at
another line, 3 read wrongly): column titles in a school's, a peer challenge's and a
combined authority's words, a group named after a post's word, 'Partially complete', and a
SharePoint list's own ID beside the plan's codes."""

from __future__ import annotations

from pathlib import Path

import pytest

from ofsted_plan.importing.header import VOCABULARY, column_of
from ofsted_plan.importing.importer import import_table
from ofsted_plan.importing.people import kind_of, split_people
from ofsted_plan.importing.values import STATUS_WORDS, read_status
from ofsted_plan.model import Status


@pytest.mark.parametrize(
    ("title", "field"),
    [
        ("Led by", "lead"),
        ("Associated actions", "action"),
        ("Summary update", "comments"),
        ("Action taken / proposed", "action"),
        ("Milestone / success measure", "measure"),
        ("Action / outcome", "action"),
    ],
)
def test_column_titles(title: str, field: str) -> None:
    found = column_of(VOCABULARY, title)
    assert found is not None and found.field == field


def test_a_group_named_after_a_posts_word_is_a_group() -> None:
    assert kind_of("Chief Officers Group") == "team"
    cell = "Chair, Cheltenham Strategic Leadership Group"
    assert split_people(cell).officers == (cell,)


def test_partially_complete_is_amber() -> None:
    assert read_status("Partially complete", STATUS_WORDS)[0] is Status.AMBER


def test_a_lists_own_id_beside_the_plans_codes(tmp_path: Path) -> None:
    """SharePoint's 'ID' (4, 5, 6) beside 'Title' holding 'CHC-1.1' ...: the codes are the
    refs (the IDs were read as them), and the report says so."""
    path = tmp_path / "list.csv"
    path.write_text(
        "ID,Title,Finding,Action description,Action owner,Due date,RAG status\n"
        "4,CHC-1.1,Decisions late,Introduce triage,Priya Shah,31/10/2024,Complete\n"
        '5,CHC-1.2,Decisions late,Recruit assessors,"Okafor, Daniel",30/09/2024,Amber\n'
        "6,CHC-2.1,Reviews late,Clear the backlog,Head of CHC,31/12/2024,Green\n",
        encoding="utf-8",
    )
    report: list[str] = []
    plan = import_table(path, report=report)
    assert [(a.ref, a.lead) for a in plan.actions()] == [
        ("CHC-1.1", ("Priya Shah",)),
        ("CHC-1.2", ("Okafor, Daniel",)),
        ("CHC-2.1", ("Head of CHC",)),
    ]
    assert any("'Title' holds a code on every row" in line for line in report)
