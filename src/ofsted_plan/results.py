"""The records services return and renderers draw: below `render/` and `services/`, so a
renderer needs nothing from the layer that calls it. Plain NamedTuples (cheap to define: see
ARCHITECTURE.md), no I/O.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, NamedTuple

from .measures import Measure
from .model import Action, Item, Month, Person, Plan

if TYPE_CHECKING:
    from .board import Paper
    from .history.changes import Change
    from .history.lineage import Slipped, Stale
    from .history.timeline import Step
    from .history.trend import Point
    from .query import Summary
    from .store.git import Entry


def plan_title(plans: Sequence[Plan]) -> str:
    """The plan's title, or '3 plans' when several were read."""
    return plans[0].title if len(plans) == 1 else f"{len(plans)} plans"


def undated(items: Sequence[Item]) -> tuple[str, ...]:
    """The end, as written, of each action that has words instead of an end month."""
    return tuple(i.action.end_text for i in items if i.action.end is None and i.action.end_text)


def rev_label(rev: str, commit: str) -> str:
    """'sib-2017-03 (5b7d3c1)': what the user named and the commit it is."""
    return commit[:7] if commit.startswith(rev) else f"{rev} ({commit[:7]})"


class Items(NamedTuple):
    """Actions to show, one row each (`plan list`, `plan overdue`)."""

    items: list[Item]
    as_of: date
    overdue: bool = False
    several: bool = False  # more than one plan was read: rows say which
    undated: tuple[str, ...] = ()  # the chosen actions' ends that are words, not months
    updated: dict[Action, Step] | None = None  # each action's last change in git, if asked


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
    updated: Step | None = None  # its last change in git (None: not in git)
    changed_after: date | None = None  # the file's first change after a past as_of, if any


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


class Letter(NamedTuple):
    """One officer's update request."""

    officer: str
    overdue: list[Item]
    stale: list[tuple[Item, int]]  # with days since the last update
    other: list[Item]
    person: Person | None = None  # their entry in the people file, if any


class Chase(NamedTuple):
    """An update request for each lead officer (`plan chase`)."""

    title: str
    as_of: date
    letters: list[Letter]
    days: int
    meeting: str


class Officer(NamedTuple):
    """One officer named in the plans (`plan people`): their entry in the people file, if
    any, and their open actions."""

    initials: str
    person: Person | None
    open: list[Item]


class People(NamedTuple):
    """Every officer named as a lead in the plans, and who in the people file leads nothing."""

    title: str
    path: str | None  # the people file read, if there is one
    officers: list[Officer]
    unnamed: list[Person]  # in the people file, leading no action


class Form(NamedTuple):
    """One officer's update form (`plan chase --forms`): their open actions in one plan, and
    the version of the plan it was made from (the commit and the plan file's blob id), which
    `plan collect` merges the replies against."""

    officer: str
    person: Person | None
    items: list[Item]
    plan: str  # the plan's name
    path: str  # the plan file, as git names it in its repository
    commit: str
    blob: str
    as_of: date
    meeting: str = ""


# The update form's layout, shared by the one that writes it (render/forms.py) and the one
# that reads it back (services/forms.py).
FORM_SHEET = "Updates"
FORM_ABOUT = "About"  # the hidden sheet: key in column A, value in column B
FORM_KIND = "ofsted-plan update form"
FORM_COLUMNS = (
    ("Ref", 7),
    ("Action", 38),
    ("Start", 8),
    ("End", 8),
    ("RAG now", 8),
    ("Latest update", 36),
    ("New RAG", 9),
    ("Update", 36),
    ("New end month", 9),
    ("Evidence", 20),
)
FORM_EDITABLE = ("New RAG", "Update", "New end month", "Evidence")


class Collected(NamedTuple):
    """What `plan collect` did with one returned form."""

    file: str  # as the user named it (an attachment: 'mail.eml/RG.xlsx')
    officer: str
    person: Person | None
    changed: list[tuple[str, list[str]]]  # ref and what changed ('status Amber -> Green')
    conflicts: list[str]
    notes: list[str]  # actions no longer in the plan, and the like: not applied
    refused: list[str]  # the form's problems, each at FILE[Sheet]:ROW: nothing applied
    written: bool = False
    commit: str = ""


class MeasureRow(NamedTuple):
    """One measure as `plan measures` shows it: its latest value rated by the rule."""

    measure: Measure
    latest: tuple[Month, float] | None
    rag: str  # green, amber, red; '' with no value yet
    previous: float | None
    since_previous: str  # better, worse, same; '' with no previous value
    at_meeting: float | None  # the latest value as at --since
    since_meeting: str
    recommendations: tuple[tuple[int, str], ...]  # (number, text) of those it serves
    days: int | None  # since its latest value's month ended (None: no value at all)
    stale: bool


class MeasuresReport(NamedTuple):
    """Every measure (`plan measures`)."""

    title: str
    as_of: date
    rows: list[MeasureRow]
    days: int  # a measure with no value for longer is stale
    since: str | None  # the meeting named by --since, as the user named it
    since_day: date | None
    path: str  # the measures file


class Site(NamedTuple):
    """A read-only site of the plans (`plan site`): the board paper as of the last commit (or
    `--at` a revision), and each action's history from git, keyed by its ref."""

    paper: Paper
    commit: str  # the commit the site is built from ('' outside git)
    day: date  # that commit's date: the position shown
    histories: dict[str, list[tuple[Entry, list[Change]]]]
    tags: list[tuple[str, str]]  # (tag, date) of each meeting tag, oldest first
    meetings: list[tuple[str, Paper]] = []  # noqa: RUF012 (a NamedTuple's default, never mutated)
    at: str = ""  # the revision given with --at ('' for the last commit)
