"""The RAG mix and overdue count at each point of the plan's history: each meeting (tag),
each month's last commit, or each commit, then the plans as they are now."""

from __future__ import annotations

import contextlib
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timezone

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


def _moment(snap: Snapshot) -> datetime:
    """When a commit was made (its ISO time, else its day), comparable across time zones."""
    if snap.when:
        with contextlib.suppress(ValueError):
            moment = datetime.fromisoformat(snap.when)
            return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
    return datetime(snap.day.year, snap.day.month, snap.day.day, tzinfo=timezone.utc)


def _by_commit(timelines: Sequence[Timeline]) -> list[tuple[Snapshot, list[Plan]]]:
    """Each commit that changed a plan file, oldest first, with every file as it was at that
    commit: the file's own version at a commit that changed it (not the day's last), another
    file's last version made before it. A file's versions keep git's order."""
    marks: dict[str, tuple[datetime, int, Snapshot]] = {}
    own: list[dict[str, int]] = []
    times: list[list[datetime]] = []
    versions: list[list[Snapshot]] = []
    for t in timelines:
        committed = [s for s in t.versions if s.commit]
        versions.append(committed)
        own.append({s.commit: i for i, s in enumerate(committed)})
        latest: list[datetime] = []
        for order, snap in enumerate(committed):
            moment = _moment(snap)
            latest.append(max(moment, latest[-1]) if latest else moment)
            marks.setdefault(snap.commit, (latest[-1], order, snap))
        times.append(latest)
    result = []
    for moment, _, snap in sorted(marks.values(), key=lambda m: (m[0], m[1])):
        plans = []
        for committed, index, latest in zip(versions, own, times, strict=True):
            at = index.get(snap.commit)
            if at is None:
                at = bisect_right(latest, moment) - 1
            plan = committed[at].plan if at >= 0 else None
            if plan is not None:
                plans.append(plan)
        result.append((snap, plans))
    return result


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
        at_commits = _by_commit(timelines)
        if every == "month":
            last: dict[tuple[int, int], tuple[Snapshot, list[Plan]]] = {}
            for snap, plans in at_commits:  # each month's last commit
                last[(snap.day.year, snap.day.month)] = (snap, plans)
            stops = [
                (f"{y}-{m:02d}", s.day, s.commit, plans) for (y, m), (s, plans) in last.items()
            ]
        else:
            stops = [(s.commit[:7], s.day, s.commit, plans) for s, plans in at_commits]
    stops = sorted((s for s in stops if s[1] <= as_of), key=lambda s: s[1])
    stops.append(("now", as_of, "", list(current)))
    several = len({p.name for p in current}) > 1
    result = []
    for label, day, commit, plans in stops:
        when = min(day, as_of)
        summary = summarize(select(plans), when, by=by or "theme", several_plans=several)
        result.append(Point(label, when, commit, summary))
    return result
