"""How the plan moved between meetings, from its history in git: each action followed from
version to version (across re-refs), its last update, its end months moved later, and the
RAG mix at each point.
"""

from __future__ import annotations

import operator
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise

from ..model import FIELD_NAMES, Item, Month, Plan
from .changes import months_between, rerefs
from .timeline import Snapshot, Step

_VALUES = operator.attrgetter(*FIELD_NAMES)  # every field but the line it is on


@dataclass(slots=True)
class Lineage:
    """One action through the versions that have it, oldest first."""

    steps: list[Step] = field(default_factory=list)

    def last_change(self, *, fields: Sequence[str] | None = None) -> Step:
        """The version that last changed the action (these fields only, if given), or the
        one that added it."""
        get = operator.attrgetter(*fields) if fields else _VALUES
        last = self.steps[0]
        for before, after in pairwise(self.steps):
            if get(before.action) != get(after.action):
                last = after
        return last

    def moves(self) -> list[tuple[Step, Month, Month]]:
        """Each time the end month was moved later: (the version, from, to)."""
        found = []
        for before, after in pairwise(self.steps):
            old, new = before.action.end, after.action.end
            if old is not None and new is not None and new > old:
                found.append((after, old, new))
        return found


def lineages(versions: Sequence[Snapshot]) -> dict[str, Lineage]:
    """Each action in the last version, by its ref there, with its earlier versions: an
    action whose ref changed but whose text did not (a re-ref) is the same action."""
    by_ref: dict[str, Lineage] = {}
    previous: Plan | None = None
    for snapshot in versions:
        plan = snapshot.plan
        if plan is None:
            continue
        moved = rerefs(previous, plan)  # old ref -> new ref
        back = {new: old for old, new in moved.items()}
        current: dict[str, Lineage] = {}
        for action in plan.actions():
            ref = action.ref
            lineage = by_ref.get(back.get(ref, ref)) if previous is not None else None
            if lineage is None or ref in current:
                lineage = Lineage()
            lineage.steps.append(Step(snapshot, action))
            current[ref] = lineage
        by_ref, previous = current, plan
    return by_ref


# Slippage ------------------------------------------------------------------------------


@dataclass(slots=True)
class Slipped:
    """An action whose end month moved later since the baseline."""

    item: Item
    first: Month  # its end month at the baseline (or when it was added)
    moves: list[tuple[Step, Month, Month]]  # each move later: version, from, to

    @property
    def months(self) -> int:
        """How far the end month is now from where it was: the net slippage."""
        end = self.item.action.end
        return months_between(self.first, end) if end else 0


def slippage(
    items: Iterable[Item], lines: dict[str, Lineage], baseline: Sequence[Snapshot] = ()
) -> list[Slipped]:
    """Every chosen action whose end month moved later after the baseline (the versions up
    to the one compared with; none: since each action's first version), most slipped first."""
    earlier = {id(s) for s in baseline}
    found = []
    for item in items:
        lineage = lines.get(item.action.ref)
        if lineage is None:
            continue
        before = [s for s in lineage.steps if id(s.snapshot) in earlier]
        steps = before[-1:] + [s for s in lineage.steps if id(s.snapshot) not in earlier]
        moves = Lineage(steps).moves()
        first = steps[0].action.end
        if moves and first is not None:
            found.append(Slipped(item, first, moves))
    found.sort(key=lambda s: (-s.months, -len(s.moves), s.item.action.ref))
    return found


# Stale ---------------------------------------------------------------------------------


@dataclass(slots=True)
class Stale:
    """An open action whose status and comments have not changed for a while."""

    item: Item
    since: Step  # the version that last changed its status or comments (or added it)
    days: int


def stale(items: Iterable[Item], lines: dict[str, Lineage], as_of: date, days: int) -> list[Stale]:
    """Open actions whose status and comments last changed `days` or more before as_of,
    oldest first."""
    found = []
    for item in items:
        if item.action.status.value == "blue":
            continue
        lineage = lines.get(item.action.ref)
        if lineage is None:
            continue
        step = lineage.last_change(fields=("status", "comments"))
        age = (as_of - step.snapshot.day).days
        if age >= days:
            found.append(Stale(item, step, age))
    found.sort(key=lambda s: (-s.days, s.item.action.ref))
    return found


def updated(lines: dict[str, Lineage]) -> dict[str, Step]:
    """Each action's last change (any field), by its ref now."""
    return {ref: lineage.last_change() for ref, lineage in lines.items()}
