"""What the reading commands return: list, overdue, summary, show, export."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from ..model import Action, Item, Plan
    from ..query import Summary


class LastUpdate(NamedTuple):
    """An action's last change in git: the commit's day, the commit ('' for the file as it
    is on disk), its tag or short id, and its subject line."""

    day: date
    commit: str
    label: str
    subject: str

    @property
    def short(self) -> str:
        return self.commit[:7] if self.commit else "(not committed)"


class Items(NamedTuple):
    """Actions to show, one row each (`plan list`, `plan overdue`)."""

    items: list[Item]
    as_of: date
    overdue: bool = False
    several: bool = False  # more than one plan was read: rows say which
    undated: tuple[str, ...] = ()  # the chosen actions' ends that are words, not months
    updated: dict[Action, LastUpdate] | None = None  # each action's last change in git, if asked


class SummaryPage(NamedTuple):
    """RAG counts per group, with the plan's title."""

    summary: Summary
    title: str
    undated: tuple[str, ...] = ()  # the counted actions' ends that are words, not months
    # (number, text) of recommendations complete whose measures are not met (measures.yaml)
    not_shown: tuple[tuple[int, str], ...] = ()


class Shown(NamedTuple):
    """One action in full (`plan show`)."""

    item: Item
    as_of: date
    updated: LastUpdate | None = None  # its last change in git (None: not in git)
    changed_after: date | None = None  # the file's first change after a past as_of, if any


class Export(NamedTuple):
    """The plans and chosen actions for `plan export` in a data or table format."""

    plans: list[Plan]
    items: list[Item]
    as_of: date
    filtered: bool = False
    kept: frozenset[Action] = frozenset()  # the chosen actions

    @property
    def for_excel(self) -> bool:
        """An export is a file for a spreadsheet: CSV gets Excel's BOM."""
        return True
