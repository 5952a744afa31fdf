"""What `plan site` returns."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from ..history.changes import Change
    from ..paper import Paper
    from ..store.git import Entry


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
