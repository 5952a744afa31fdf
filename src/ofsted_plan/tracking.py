"""Services for how the plan moved over time, from git: trend, slippage, stale actions, the
officers' update requests, and each action's last update. Like services.py, without click:
each returns a record that one renderer shows.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, NamedTuple

from .errors import PlanError, UsageError
from .model import Item, Plan, Status
from .services import Filters, plan_title, select

if TYPE_CHECKING:
    from .history.progress import Slipped, Stale
    from .history.timeline import Step, Timeline
    from .history.trend import Point


def timelines(
    plans: Sequence[Plan], as_of: date, tags: str | None = None
) -> list[tuple[Plan, Timeline]]:
    """Each plan read from a file, with its file's history (one git log and one batched read
    per file)."""
    from .history.timeline import timeline

    return [(p, timeline(p.path, current=p, as_of=as_of, tags=tags)) for p in plans if p.path]


class Trend(NamedTuple):
    title: str
    points: list[Point]
    by: str | None
    every: str


def trend(
    plans: list[Plan],
    filters: Filters,
    as_of: date,
    *,
    by: str | None = None,
    every: str = "meeting",
    tags: str = "sib-*",
) -> Trend:
    """The RAG mix and overdue count at each meeting (tags matching `tags`), month or commit."""
    select(plans, filters)  # a filter naming what the plans lack is refused here, once
    found = [t for _, t in timelines(plans, as_of, tags if every == "meeting" else None)]
    if every == "meeting" and not any(t.tags for t in found):
        raise PlanError(
            f"no git tag matches {tags!r}, so there are no meetings to compare",
            hint="tag each meeting's commit (git tag sib-2017-03), give --tags PATTERN,"
            " or use --every month",
        )
    return Trend(plan_title(plans), _points(found, plans, filters, as_of, every, by), by, every)


def _points(
    found: list[Timeline],
    plans: list[Plan],
    filters: Filters,
    as_of: date,
    every: str,
    by: str | None = None,
) -> list[Point]:
    from .history.trend import points

    def chosen(at: list[Plan]) -> list[Item]:
        return select(at, filters, check=False)

    return points(found, plans, every, as_of, chosen, by)


def paper_trend(plans: list[Plan], filters: Filters, as_of: date) -> list[Point]:
    """RAG over time for a board paper: at each meeting (tags sib-*), else each month, from
    one read of the history; empty when the plans are not in git or it has one point."""
    try:
        found = [t for _, t in timelines(plans, as_of, "sib-*")]
    except PlanError:
        return []
    every = "meeting" if any(t.tags for t in found) else "month"
    result = _points(found, plans, filters, as_of, every)
    return result if len(result) > 1 else []


class Slippage(NamedTuple):
    title: str
    rows: list[Slipped]
    since: str  # what the baseline is, in words
    by_theme: list[tuple[str, int, int]]  # name, actions, months slipped
    by_officer: list[tuple[str, int, int]]


def slippage(plans: list[Plan], filters: Filters, as_of: date, since: str | None) -> Slippage:
    """Every chosen action whose end month moved later since `since` (default: its first
    version in git), with each move and the comments then; totals by theme and officer."""
    from .board import Since
    from .history.progress import lineages as follow
    from .history.progress import slippage as slipped
    from .store.git import Repository

    items = select(plans, filters)
    rows: list[Slipped] = []
    label = "each action's first version in git"
    for plan, timeline in timelines(plans, as_of):
        baseline: list = []
        if since:
            from pathlib import Path

            repo = Repository(Path(timeline.path))
            commit = repo.resolve(since)
            tags, day = repo.describe(commit)
            named = Since(since, commit, tags, date.fromisoformat(day) if day else None)
            label = named.label
            # the versions up to the file's version at that commit: by commit, not by date
            committed = [s for s in timeline.versions if s.commit]
            (at,) = repo.versions_at([s.commit for s in committed], [commit])
            baseline = committed[: at + 1]
        mine = [i for i in items if i.plan is plan]
        rows += slipped(mine, follow(timeline.versions), baseline)
    rows.sort(key=lambda s: (-s.months, -len(s.moves), s.item.action.ref))
    return Slippage(
        plan_title(plans), rows, label, _totals(rows, "theme"), _totals(rows, "officer")
    )


def _totals(rows: Sequence[Slipped], by: str) -> list[tuple[str, int, int]]:
    totals: dict[str, list[int]] = {}
    for row in rows:
        if by == "theme":
            keys = [f"{row.item.theme_number}. {row.item.theme.title}"]
        else:
            keys = list(row.item.action.lead) or ["(no lead officer)"]
        for key in keys:
            entry = totals.setdefault(key, [0, 0])
            entry[0] += 1
            entry[1] += row.months
    ordered = sorted(totals.items(), key=lambda kv: (-kv[1][1], kv[0]))
    return [(name, n, months) for name, (n, months) in ordered]


class StaleReport(NamedTuple):
    title: str
    rows: list[Stale]
    days: int
    as_of: date


def stale(plans: list[Plan], filters: Filters, as_of: date, days: int = 42) -> StaleReport:
    """Open actions whose status and comments have not changed in `days` days."""
    from .history.progress import lineages as follow
    from .history.progress import stale as find

    if days < 0:
        raise UsageError("--days cannot be negative")
    items = select(plans, filters)
    rows: list[Stale] = []
    for plan, timeline in timelines(plans, as_of):
        rows += find([i for i in items if i.plan is plan], follow(timeline.versions), as_of, days)
    rows.sort(key=lambda s: (-s.days, s.item.action.ref))
    return StaleReport(plan_title(plans), rows, days, as_of)


def updated(plans: Sequence[Plan], as_of: date) -> dict[int, Step]:
    """Each action's last change (id of the action now -> the version), for plans kept in
    git; nothing for a plan that is not. Cached on the repository's HEAD and the file."""
    result: dict[int, Step] = {}
    for plan in plans:
        if not plan.path:
            continue
        try:
            last = _last_changes(plan, as_of)
        except PlanError:
            continue  # not in git: no history, no dates
        for action in plan.actions():
            if action.ref in last:
                result[id(action)] = last[action.ref]
    return result


def _last_changes(plan: Plan, as_of: date) -> dict[str, Step]:
    import os

    from .history.timeline import Snapshot, Step
    from .store import cache
    from .store.githead import head_commit

    assert plan.path is not None
    path = plan.path
    head = head_commit(path) if not os.environ.get("PLAN_NO_CACHE") else None
    stat = os.stat(path)
    actions = {a.ref: a for a in plan.actions()}
    if head is not None:
        kept = cache.load_updated(plan.path, stat, head, as_of.isoformat())
        if kept is not None:
            return {
                ref: Step(
                    Snapshot(label, date.fromisoformat(day), commit, None, subject), actions[ref]
                )
                for ref, (day, commit, label, subject) in kept.items()
                if ref in actions
            }
    from .history.progress import lineages as follow
    from .history.progress import updated as last_changes
    from .history.timeline import timeline

    steps = last_changes(follow(timeline(path, current=plan, as_of=as_of).versions))
    if head is not None:
        data = {
            ref: (
                s.snapshot.day.isoformat(),
                s.snapshot.commit,
                s.snapshot.label,
                s.snapshot.subject,
            )
            for ref, s in steps.items()
        }
        cache.store_updated(plan.path, stat, head, as_of.isoformat(), data)
    return steps


class Letter(NamedTuple):
    """One officer's update request."""

    officer: str
    overdue: list[Item]
    stale: list[tuple[Item, int]]  # with days since the last update
    other: list[Item]


class Chase(NamedTuple):
    title: str
    as_of: date
    letters: list[Letter]
    days: int
    meeting: str


def chase(
    plans: list[Plan],
    filters: Filters,
    as_of: date,
    *,
    days: int = 42,
    meeting: str = "",
) -> Chase:
    """For each lead officer, their open actions, overdue and stale first."""
    items = [i for i in select(plans, filters) if i.action.status is not Status.BLUE]
    stale_days: dict[int, int] = {}
    try:
        for row in stale(plans, filters, as_of, days).rows:
            stale_days[id(row.item.action)] = row.days
    except PlanError:
        pass  # not in git: no update dates, the letters say nothing of them
    people: dict[str, str] = {}
    for item in items:
        for officer in item.action.lead:
            people.setdefault(officer.casefold(), officer)
    wanted = {o.casefold() for o in filters.officer}
    letters = []
    for key, officer in sorted(people.items(), key=lambda kv: kv[1].casefold()):
        if wanted and key not in wanted:
            continue
        mine = [i for i in items if any(o.casefold() == key for o in i.action.lead)]
        overdue = [i for i in mine if i.action.is_overdue(as_of)]
        stale_ones = [
            (i, stale_days[id(i.action)])
            for i in mine
            if id(i.action) in stale_days and not i.action.is_overdue(as_of)
        ]
        stale_ids = {id(i.action) for i, _ in stale_ones}
        other = [
            i for i in mine if not i.action.is_overdue(as_of) and id(i.action) not in stale_ids
        ]
        letters.append(Letter(officer, overdue, stale_ones, other))
    return Chase(plan_title(plans), as_of, letters, days, meeting)
