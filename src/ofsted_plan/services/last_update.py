"""Each action's last update, from git: the `updated` date of `plan list --format json` and
the "Updated" row of `plan show`.

Kept apart from `tracking.py` because it runs on every JSON list: its warm path (cached on
HEAD, which `store.githead` reads without running git) imports no git, pathlib or history
module and defines no records beyond `results.reading` (issue 21 item 13; ARCHITECTURE.md,
"Measured decisions").
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import date

from ..errors import PlanError
from ..model import Action, Plan
from ..results.reading import LastUpdate
from ..store import cache
from ..store.githead import head_commit, outside_git


def updated(plans: Sequence[Plan], as_of: date) -> dict[Action, LastUpdate]:
    """Each action's last change, for plans kept in git; nothing for a plan that is not.
    Cached on the repository's HEAD and the file."""
    result: dict[Action, LastUpdate] = {}
    for plan in plans:
        if not plan.path:
            continue
        try:
            last = _last_changes(plan, as_of)
        except PlanError:
            continue  # not in git: no history, no dates
        for action in plan.actions():
            if action.ref in last:
                result[action] = last[action.ref]
    return result


def _last_changes(plan: Plan, as_of: date) -> dict[str, LastUpdate]:
    assert plan.path is not None
    path = plan.path
    if outside_git(path):
        return {}  # no repository: no history, and no git process to learn that
    head = head_commit(path) if not os.environ.get("PLAN_NO_CACHE") else None
    stat = os.stat(path)
    if head is not None:
        kept = cache.load_updated(path, stat, head, as_of.isoformat())
        if kept is not None:
            refs = {a.ref for a in plan.actions()}
            return {
                ref: LastUpdate(date.fromisoformat(day), commit, label, subject)
                for ref, (day, commit, label, subject) in kept.items()
                if ref in refs
            }
    # lazy: git and the history modules, only when the cache cannot answer
    from ..history.lineage import lineages as follow
    from ..history.lineage import updated as last_changes
    from ..history.timeline import timeline as read_timeline

    steps = last_changes(follow(read_timeline(path, current=plan, as_of=as_of).versions))
    found = {
        ref: LastUpdate(s.snapshot.day, s.snapshot.commit, s.snapshot.label, s.snapshot.subject)
        for ref, s in steps.items()
    }
    if head is not None:
        data = {ref: (u.day.isoformat(), u.commit, u.label, u.subject) for ref, u in found.items()}
        cache.store_updated(path, stat, head, as_of.isoformat(), data)
    return found
