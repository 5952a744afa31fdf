"""Issue 18, what the two-hundred-and-sixty-fifth blind sets on showed (heldout265 on)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ofsted_plan.importing.importer import import_table
from ofsted_plan.importing.people import split_people
from ofsted_plan.importing.titles import names_more_fully
from ofsted_plan.importing.values import read_status
from ofsted_plan.model import Status


def _write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("cell", "officers"),
    [
        # a post, then a statutory role: two officers unless the post heads a service
        ("Procurement Lead and Monitoring Officer", ("Procurement Lead", "Monitoring Officer")),
        (
            "Head of Legal Services and Monitoring Officer",
            ("Head of Legal Services and Monitoring Officer",),
        ),
    ],
)
def test_lead_cells(cell: str, officers: tuple[str, ...]) -> None:
    assert split_people(cell).officers == officers


def test_done_but_not_yet_is_no_completion() -> None:
    """'Delivered, not yet evidenced': a step short of complete; never read as blue (it
    overrode the plan's green BRAG)."""
    with pytest.raises(ValueError):
        read_status("Delivered, not yet evidenced", {"delivered": Status.BLUE})
    assert read_status("Complete – evidence on file", {"complete": Status.BLUE})[0] is Status.BLUE


def test_a_delivery_status_short_of_complete_leaves_the_rag(tmp_path: Path) -> None:
    lines = [
        "Ref\tAction\tLead\tDue\tDelivery Status\tBRAG",
        "1.1\tComplete a Birthrate Plus review.\tDoM\tSep-24\tEvidenced and assured\tB",
        "1.2\tImplement the escalation policy.\tMatron\tDec-24\tDelivered, not yet evidenced\tG",
        "2.1\tRecover training compliance.\tPDM\tMar-25\tNot delivered\tA",
    ]
    plan = import_table(_write(tmp_path / "maternity.txt", lines))
    assert [a.status.value for a in plan.actions()][1] == "green"


def test_a_cover_spelling_out_the_sheets_initials_names_the_plan() -> None:
    """'Safeguarding Adult Review – Adult L: Multi-Agency Action Plan' on the cover over the
    sheet's 'SAR Adult L – Multi-Agency Action Plan': the cover names it in full."""
    assert names_more_fully(
        "Safeguarding Adult Review – Adult L: Multi-Agency Action Plan",
        "SAR Adult L – Multi-Agency Action Plan",
    )


def test_a_practices_records_under_ruled_notices_and_numbered_should_dos(tmp_path: Path) -> None:
    """The title over 'Inspection date: ...' facts, then 'REQUIREMENT NOTICE 1 - ...' and its
    sentence between one pair of rules, then 'Should 1: ...' lines over records: the notice
    over what it requires, each should-do under its section (the facts were read as a record,
    the plan refused as two tables)."""
    lines = [
        "Bramblys Grange Health Centre - CQC Inspection Action Plan",
        "Inspection date: 17 April 2024    Report published: 12 June 2024",
        "",
        "=" * 60,
        "REQUIREMENT NOTICE 1 - Regulation 12 HSCA (RA) Regulations 2014: Safe care and treatment",
        "The provider must ensure care and treatment is provided in a safe way.",
        "=" * 60,
        "",
        "Action 1.1",
        "  What we will do:  Review all patients on high-risk medicines.",
        "  Lead:             Clinical Pharmacist",
        "  Due by:           31/07/2024",
        "  Status:           Complete",
        "",
        "=" * 60,
        "AREAS WHERE THE PRACTICE SHOULD MAKE IMPROVEMENTS",
        "=" * 60,
        "",
        "Should 1: Continue to improve the uptake of cervical screening.",
        "",
        "Action 2.1",
        "  What we will do:  Offer Saturday screening clinics.",
        "  Lead:             Nurse Manager",
        "  Due by:           December 2024",
        "  Status:           On track",
    ]
    plan = import_table(_write(tmp_path / "gp.txt", lines))
    assert plan.title == "Bramblys Grange Health Centre - CQC Inspection Action Plan"
    unders = [(t.title, r.text) for t in plan.themes for r in t.recommendations if r.actions]
    assert unders == [
        (
            "REQUIREMENT NOTICE 1 - Regulation 12 HSCA (RA) Regulations 2014: Safe care and"
            " treatment",
            "The provider must ensure care and treatment is provided in a safe way.",
        ),
        (
            "AREAS WHERE THE PRACTICE SHOULD MAKE IMPROVEMENTS",
            "Should 1: Continue to improve the uptake of cervical screening.",
        ),
    ]


def test_a_line_of_its_own_under_a_numbered_action(tmp_path: Path) -> None:
    """'To include an evening group in each locality.' alone in the action column under 2.3,
    whose sentence ended: its second line (it was read as a ninth action with no ref)."""
    lines = [
        "Priority\tNo.\tAction\tLead officer(s)\tDeadline\tStatus",
        "Priority 2: Whole-family working\t\t\t\t\t",
        "\t2.2\tCo-locate the teams.\tHead of Early Help\tQ4 2024/25\tComplete",
        "\t2.3\tDevelop a parenting offer.\tParenting Team Manager\tDec-25\tOn track",
        "\t\tTo include an evening group in each locality.\t\t\t",
        "Priority 3: Workforce and quality\t\t\t\t\t",
        "\t3.1\tRefresh the workforce offer.\tWorkforce Lead\tMar-26\tOn track",
    ]
    plan = import_table(_write(tmp_path / "plan.txt", lines))
    actions = list(plan.actions())
    assert [a.ref for a in actions] == ["2.2", "2.3", "3.1"]
    assert actions[1].action == (
        "Develop a parenting offer.\nTo include an evening group in each locality."
    )
