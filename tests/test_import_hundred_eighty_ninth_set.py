"""Issue 18, what the hundred-and-eighty-ninth blind sets on showed (and heldout187's
Flintshire, mended before them)."""

from __future__ import annotations

import pytest

from ofsted_plan.importing.people import split_people


@pytest.mark.parametrize(
    ("cell", "officers"),
    [
        (  # a Welsh council's chief officer over its services, and a health board's post
            "Chief Officer Social Services and BCUHB Director of Operations",
            ("Chief Officer Social Services", "BCUHB Director of Operations"),
        ),
        (
            "Assistant Director Adult Services and Head of Safeguarding",
            ("Assistant Director Adult Services", "Head of Safeguarding"),
        ),
        ("Chief Officers Group", ("Chief Officers Group",)),  # a group, not a post
        (  # the field goes on after 'and'
            "Head of Safeguarding and Quality Assurance",
            ("Head of Safeguarding and Quality Assurance",),
        ),
    ],
)
def test_a_post_over_its_services_then_another_post(cell: str, officers: tuple[str, ...]) -> None:
    """Each lead is chased on their own: a post and the services it heads ('Chief Officer
    Social Services', no 'of') is whole, so the 'and' after it starts a second officer."""
    assert split_people(cell).officers == officers
