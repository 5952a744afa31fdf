"""What a board paper holds: its cover, the sections and their rows, as plain values.

`board.build` fills a Paper once for every format; the renderers (HTML, PDF, Markdown, xlsx)
and `board_words` (the summary's sentences) only read it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, NamedTuple

from .measures import Measure
from .model import Item, Month, Status
from .months import long_date

if TYPE_CHECKING:
    from .history.changes import Change
    from .history.trend import Point
    from .query import Summary


class Cover(NamedTuple):
    """The paper's cover block, from the command line."""

    meeting: str = ""  # 'SIB, 10 March 2017'
    author: str = ""
    classification: str = ""  # 'OFFICIAL-SENSITIVE'
    next_meeting: date | None = None


class Since(NamedTuple):
    """The version the paper compares with, named as the board knows it."""

    rev: str  # what the user typed
    commit: str
    tags: tuple[str, ...]  # tags on that commit (the meetings)
    day: date | None  # the meeting's date: its tag's (annotated), else its commit's

    @property
    def label(self) -> str:
        """'sib-2017-03 (10 March 2017)': the meeting and its date, never a hash."""
        name = self.rev if self.rev in self.tags else (self.tags[0] if self.tags else "")
        when = long_date(self.day) if self.day else self.commit[:7]
        return f"{name} ({when})" if name else f"the version of {when}"


class Decision(NamedTuple):
    """An end month moved later since the last meeting: the board is asked to agree it."""

    item: Item
    was: str  # its end month at the last meeting, as the changes write it
    now: str
    months: int  # how many months later
    reason: str  # the last dated update at the version that moved it; '' when none says


@dataclass(slots=True)
class Flagged:
    """An action the board should look at, and why."""

    item: Item
    reasons: list[str]  # 'Red', 'Amber', 'Overdue', 'Slipped 2 months'
    late_days: int  # days past its due date (0 when not overdue)
    slipped: int = 0  # months its end moved later since the last meeting
    reason: str = ""  # its latest comment: what the officer says

    @property
    def rank(self) -> tuple[int, int, str]:
        """Red first, then amber, then the latest; within each, the most overdue first."""
        order = {Status.RED: 0, Status.AMBER: 1}.get(self.item.action.status, 2)
        return (order, -self.late_days, self.item.action.ref)


@dataclass(slots=True)
class Quality:
    """A data-quality problem the paper says out loud."""

    item: Item
    kind: str  # overdue-green, no-text, no-lead, end-before-start, unrated, no-evidence
    problem: str


@dataclass(slots=True)
class RecommendationGroup:
    number: int
    text: str
    items: list[Item]


@dataclass(slots=True)
class ThemeGroup:
    number: int
    title: str
    plan: str
    recommendations: list[RecommendationGroup] = field(default_factory=list)


@dataclass(slots=True)
class Impact:
    """One measure in the paper's impact section: its latest value against its target."""

    measure: Measure
    latest: tuple[Month, float] | None
    rag: Status  # green, amber, red by the rule; unrated with no value yet
    at_meeting: float | None  # its latest value as at the last meeting (--since)
    since_meeting: str  # better, worse, same; '' without --since or a value then

    @property
    def trend(self) -> list[float]:
        return [v for _, v in self.measure.values]


@dataclass(slots=True)
class Paper:
    """Every section of a board paper, in the order it is read."""

    title: str
    as_of: date
    cover: Cover
    summary: Summary
    words: list[str]  # the executive summary, sentence by sentence
    exceptions: list[Flagged]
    items: list[Item]  # every chosen action, in plan order
    appendix: list[ThemeGroup]
    quality: list[Quality]
    due: list[Item]  # open actions whose end month comes by the next meeting
    overdue: list[Item]
    changes: list[Change] | None = None  # None: no --since
    since: Since | None = None
    completed: list[Item] = field(default_factory=list)  # blue now, not at `since`
    moved: list[Change] = field(default_factory=list)  # end months moved since
    decisions: list[Decision] = field(default_factory=list)  # moved later: for the board
    several: bool = False  # more than one plan: rows say which
    trend: list[Point] = field(default_factory=list)  # RAG over time, when in git
    impact: list[Impact] = field(default_factory=list)  # the measures, after the exceptions
    # (number, text) of recommendations complete (every action blue) whose measures are not met
    not_shown: list[tuple[int, str]] = field(default_factory=list)

    @property
    def since_label(self) -> str:
        return self.since.label if self.since else ""

    @property
    def change_rows(self) -> list[Change]:
        """The changes the Changes table lists: each row once, so a completed action is
        listed under Completed, not again as its status change to Blue, and an end month
        moved later under what the board must agree, not again as a change."""
        done = {id(i.action) for i in self.completed}
        agree = {id(d.item.action) for d in self.decisions}
        return [
            c
            for c in self.changes or ()
            if not (c.kind == "status" and id(c.item.action) in done)
            and not (c.kind == "end" and id(c.item.action) in agree)
        ]
