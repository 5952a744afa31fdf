"""What the history commands return: diff, history, trend, slippage, stale."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, NamedTuple

from . import rev_label

if TYPE_CHECKING:
    from ..history.changes import Change
    from ..history.lineage import Slipped, Stale
    from ..history.trend import Point
    from ..store.git import Entry


class Changes(NamedTuple):
    """What changed between two versions (`plan diff`)."""

    rev: str
    rev2: str | None
    commit: str  # what rev names
    commit2: str  # what rev2 names ('' for the files as they are now)
    changes: list[Change]

    @property
    def source(self) -> str:
        return rev_label(self.rev, self.commit)

    @property
    def target(self) -> str:
        return rev_label(self.rev2, self.commit2) if self.rev2 else "the files as they are now"


class History(NamedTuple):
    """Each version that changed one action (`plan history`)."""

    ref: str
    rows: list[tuple[Entry, list[Change]]]


class Trend(NamedTuple):
    """The RAG mix and overdue count at each point (`plan trend`)."""

    title: str
    points: list[Point]
    by: str | None
    every: str


class Slippage(NamedTuple):
    """Actions whose end month moved later (`plan slippage`)."""

    title: str
    rows: list[Slipped]
    since: str  # what the baseline is, in words
    by_theme: list[tuple[str, int, int]]  # name, actions, months slipped
    by_officer: list[tuple[str, int, int]]


class StaleReport(NamedTuple):
    """Open actions not updated for `days` days (`plan stale`)."""

    title: str
    rows: list[Stale]
    days: int
    as_of: date
