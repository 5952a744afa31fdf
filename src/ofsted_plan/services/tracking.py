"""How the plan moved over time, from git: trend, slippage, stale actions and the officers'
update requests. Each returns a record of `results/`. (Each action's last update, which every
JSON list asks for, is `last_update.py`, kept light.)
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from ..errors import PlanError, UsageError
from ..model import Action, Item, Plan, Status
from ..query import Filters, choose
from ..results import plan_title
from ..results.history import Slippage, StaleReport, Trend
from ..results.officers import Chase, Letter

if TYPE_CHECKING:
    from ..history.lineage import Slipped, Stale
    from ..history.timeline import Timeline
    from ..history.trend import Point


def timelines(
    plans: Sequence[Plan], as_of: date, tags: str | None = None
) -> list[tuple[Plan, Timeline]]:
    """Each plan read from a file, with its file's history (one git log and one batched read
    per file)."""
    from ..history.timeline import timeline as read_timeline  # git: only when history is asked

    return [(p, read_timeline(p.path, current=p, as_of=as_of, tags=tags)) for p in plans if p.path]


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
    choose(plans, filters)  # a filter naming what the plans lack is refused here, once
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
    def chosen(at: list[Plan]) -> list[Item]:
        return choose(at, filters, check=False)

    from ..history.trend import points  # git's timeline: only when history is asked

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


def slippage(plans: list[Plan], filters: Filters, as_of: date, since: str | None) -> Slippage:
    """Every chosen action whose end month moved later since `since` (default: its first
    version in git), with each move and the comments then; totals by theme and officer."""
    from ..history.lineage import lineages as follow  # lazy: not on updated()'s warm path
    from ..history.lineage import slippage as slipped
    from ..paper import Since  # lazy: only for slippage
    from ..store.git import Repository  # lazy: subprocess, not on the warm path

    items = choose(plans, filters)
    rows: list[Slipped] = []
    label = "each action's first version in git"
    for plan, timeline in timelines(plans, as_of):
        baseline: list = []
        if since:
            from pathlib import Path  # lazy: not on updated()'s warm path

            repo = Repository(Path(timeline.path))
            commit = repo.resolve(since)
            tags, day = repo.describe(commit, since)
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


def moved_reasons(
    plans: list[Plan], filters: Filters, as_of: date, since: str, since_day: date | None
) -> dict[Action, str]:
    """For each chosen action whose end month moved later since `since`, the reason: the
    last dated update in the version that last moved it, written on or after the meeting
    (`since_day`); '' when no update then says why."""
    from ..model import updates  # lazy: with the rest of slippage

    found: dict[Action, str] = {}
    for row in slippage(plans, filters, as_of, since).rows:
        step = row.moves[-1][0]
        dated = [
            u
            for u in updates(step.action.comments)
            if u.day is not None
            and (since_day is None or u.day >= since_day)
            and u.day <= step.snapshot.day
        ]
        found[row.item.action] = str(dated[-1]) if dated else ""
    return found


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


def stale(plans: list[Plan], filters: Filters, as_of: date, days: int = 42) -> StaleReport:
    """Open actions whose status and comments have not changed in `days` days."""
    from ..history.lineage import lineages as follow  # lazy: not on updated()'s warm path
    from ..history.lineage import stale as find

    if days < 0:
        raise UsageError("--days cannot be negative")
    items = choose(plans, filters)
    rows: list[Stale] = []
    for plan, timeline in timelines(plans, as_of):
        rows += find([i for i in items if i.plan is plan], follow(timeline.versions), as_of, days)
    rows.sort(key=lambda s: (-s.days, s.item.action.ref))
    return StaleReport(plan_title(plans), rows, days, as_of)


def chase(
    plans: list[Plan],
    filters: Filters,
    as_of: date,
    *,
    days: int = 42,
    meeting: str = "",
) -> Chase:
    """For each lead officer, their open actions, overdue and stale first."""
    items = [i for i in choose(plans, filters) if i.action.status is not Status.BLUE]
    late = {i.action for i in choose(plans, filters, overdue_on=as_of, check=False)}
    stale_days: dict[Action, int] = {}
    try:
        for row in stale(plans, filters, as_of, days).rows:
            stale_days[row.item.action] = row.days
    except PlanError:
        pass  # not in git: no update dates, the letters say nothing of them
    people: dict[str, str] = {}
    for item in items:
        for officer in item.action.lead:
            people.setdefault(officer.casefold(), officer)
    wanted = {o.casefold() for o in filters.officer}
    from ..store.people import people_path, read_people  # PyYAML: not on list's warm path

    known = read_people(people_path([p.path for p in plans]))
    letters = []
    for key, officer in sorted(people.items(), key=lambda kv: kv[1].casefold()):
        if wanted and key not in wanted:
            continue
        mine = [i for i in items if any(o.casefold() == key for o in i.action.lead)]
        stale_ones = [
            (i, stale_days[i.action])
            for i in mine
            if i.action in stale_days and i.action not in late
        ]
        letters.append(
            Letter(
                officer,
                [i for i in mine if i.action in late],
                stale_ones,
                [i for i in mine if i.action not in late and i.action not in stale_days],
                known.get(officer.upper()),
            )
        )
    return Chase(plan_title(plans), as_of, letters, days, meeting)
