"""What `plan measures` returns."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from ..measures import Measure
    from ..model import Month


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
