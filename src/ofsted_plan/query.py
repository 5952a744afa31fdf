"""Which actions a manager asked for, and how they add up. No click, no rich."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from .model import STATUS_ORDER, Item, Plan, Status


def _matches(value: str, wanted: str, number: int) -> bool:
    """Theme/recommendation filter: its number in the plan, or part of its text."""
    wanted = wanted.strip()
    if wanted.isdigit():
        return int(wanted) == number
    return wanted.casefold() in value.casefold()


def select(
    plans: Iterable[Plan],
    *,
    officer: Sequence[str] = (),
    dlt: Sequence[str] = (),
    status: Sequence[Status] = (),
    theme: str | None = None,
    recommendation: str | None = None,
    text: str | None = None,
    overdue_on: date | None = None,
) -> list[Item]:
    """The actions that pass every filter given, in plan order.

    Several officers (or DLT leads, or statuses) match any of them; different filters
    must all match. ``overdue_on`` keeps actions whose end month is over by that date
    and that are not blue (complete).
    """
    needle = text.casefold() if text else None
    result: list[Item] = []
    for plan in plans:
        for item in plan.items():
            action = item.action
            if officer and not any(action.has_officer(o) for o in officer):
                continue
            if dlt and not any(action.has_dlt(o) for o in dlt):
                continue
            if status and action.status not in status:
                continue
            if theme and not _matches(item.theme.title, theme, item.theme_number):
                continue
            if recommendation and not _matches(
                item.recommendation.text, recommendation, item.recommendation_number
            ):
                continue
            if needle and not any(
                needle in field.casefold()
                for field in (action.ref, action.action, action.measure, action.comments)
            ):
                continue
            if overdue_on is not None and not action.is_overdue(overdue_on):
                continue
            result.append(item)
    return result


def by_due_date(items: Iterable[Item]) -> list[Item]:
    """Oldest due first; actions due the same day keep plan order."""
    return sorted(items, key=lambda item: item.action.due or date.max)


@dataclass(slots=True)
class Counts:
    """RAG counts for one group of actions (a theme, or the whole plan)."""

    name: str
    number: int | None = None  # the theme's number in its plan, for --theme N
    by_status: dict[Status, int] = field(default_factory=lambda: dict.fromkeys(STATUS_ORDER, 0))
    overdue: int = 0

    @property
    def total(self) -> int:
        return sum(self.by_status.values())

    def add(self, item: Item, as_of: date) -> None:
        self.by_status[item.action.status] += 1
        if item.action.is_overdue(as_of):
            self.overdue += 1


@dataclass(slots=True)
class Summary:
    """RAG counts per theme and for the whole selection, as of a date."""

    as_of: date
    total: Counts
    groups: list[Counts]


def summarize(items: Iterable[Item], as_of: date, *, several_plans: bool = False) -> Summary:
    """Count actions by theme (rows) and RAG status (columns)."""
    groups: dict[tuple[str, int], Counts] = {}
    total = Counts("Total")
    for item in items:
        key = (item.plan.name, item.theme_number)
        group = groups.get(key)
        if group is None:
            name = item.theme.title or "(no theme)"
            if several_plans:
                name = f"{item.plan.name}: {name}"
            group = groups[key] = Counts(name, item.theme_number)
        group.add(item, as_of)
        total.add(item, as_of)
    return Summary(as_of, total, list(groups.values()))
