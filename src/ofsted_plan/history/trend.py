"""The RAG mix and overdue count at each point of the plan's history: each meeting (tag),
each month's last commit, or each commit, then the plans as they are now."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from ..model import Item, Plan
from ..query import Summary, summarize
from .timeline import Snapshot, Timeline


@dataclass(slots=True)
class Point:
    """The plans at one point, and their RAG counts as of that day."""

    label: str  # 'sib-2017-03', '2017-04', '4f9060c', 'now'
    day: date
    commit: str  # '' for the files as they are now
    summary: Summary


def _at(timeline: Timeline, day: date) -> Plan | None:
    """The file's last committed version on or before this day."""
    found = [s for s in timeline.versions if s.commit and s.day <= day]
    return found[-1].plan if found else None


def points(
    timelines: Sequence[Timeline],
    current: Sequence[Plan],
    every: str,
    as_of: date,
    select: Callable[[list[Plan]], list[Item]],
    by: str | None = None,
) -> list[Point]:
    """Each point's summary (grouped `by` theme or officer, or only the total), oldest first,
    ending with the plans as they are now. Points after `as_of` are left out; `select`
    applies the command's filters to a point's plans."""
    stops: list[tuple[str, date, str, list[Plan]]] = []
    if every == "meeting":
        tags: dict[str, tuple[date, str, list[Plan]]] = {}
        for timeline in timelines:
            for snap in timeline.tags:
                entry = tags.setdefault(snap.label, (snap.day, snap.commit, []))
                if snap.plan is not None:
                    entry[2].append(snap.plan)
        stops = [(label, day, commit, plans) for label, (day, commit, plans) in tags.items()]
    else:
        committed: list[Snapshot] = [s for t in timelines for s in t.versions if s.commit]
        if every == "month":
            last: dict[tuple[int, int], Snapshot] = {}
            for snap in sorted(committed, key=lambda s: s.day):
                last[(snap.day.year, snap.day.month)] = snap
            marks = [(f"{y}-{m:02d}", s.day, s.commit) for (y, m), s in last.items()]
        else:
            seen = sorted({(s.day, s.commit): s for s in committed}.values(), key=lambda s: s.day)
            marks = [(s.commit[:7], s.day, s.commit) for s in seen]
        for label, day, commit in marks:
            plans = [p for p in (_at(t, day) for t in timelines) if p is not None]
            stops.append((label, day, commit, plans))
    stops = sorted((s for s in stops if s[1] <= as_of), key=lambda s: s[1])
    stops.append(("now", as_of, "", list(current)))
    several = len({p.name for p in current}) > 1
    result = []
    for label, day, commit, plans in stops:
        when = min(day, as_of)
        summary = summarize(select(plans), when, by=by or "theme", several_plans=several)
        result.append(Point(label, when, commit, summary))
    return result
