"""The records services return and renderers draw: below `render/` and `services/`, so a
renderer needs nothing from the layer that calls it. Plain NamedTuples (cheap to define: see
ARCHITECTURE.md), no I/O; one module per kind of command, so that `plan list --format json`
defines only the records it returns (issue 21 item 13). Here: what every kind shares.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..model import Item, Plan


def plan_title(plans: Sequence[Plan]) -> str:
    """The plan's title, or '3 plans' when several were read."""
    return plans[0].title if len(plans) == 1 else f"{len(plans)} plans"


def undated(items: Sequence[Item]) -> tuple[str, ...]:
    """The end, as written, of each action that has words instead of an end month."""
    return tuple(i.action.end_text for i in items if i.action.end is None and i.action.end_text)


def rev_label(rev: str, commit: str) -> str:
    """'sib-2017-03 (5b7d3c1)': what the user named and the commit it is."""
    return commit[:7] if commit.startswith(rev) else f"{rev} ({commit[:7]})"
