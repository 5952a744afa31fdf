"""The reading commands: `plan list`, `plan overdue`, `plan summary`, `plan show`, and
`plan export` in a data or table format."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from ..model import Item, Plan
from ..query import Filters, by_due_date, choose, find_action, summarize
from ..results import plan_title, undated
from ..results.reading import Export, Items, Shown, SummaryPage
from ..store.discover import measures_files


def list_actions(
    plans: list[Plan], filters: Filters, as_of: date, *, updated: bool = False
) -> Items:
    """The chosen actions; with `updated`, each one's last change in git (for JSON)."""
    last = None
    if updated:
        from .last_update import updated as last_changes  # lazy: only JSON asks for it

        last = last_changes(plans, as_of)
    return Items(choose(plans, filters), as_of, several=len(plans) > 1, updated=last)


def overdue_actions(plans: list[Plan], filters: Filters, as_of: date) -> Items:
    """The chosen actions past their end month and not complete, oldest first; with the
    chosen actions whose end is words (they cannot be overdue)."""
    chosen = choose(plans, filters)
    items = by_due_date(choose(plans, filters, overdue_on=as_of, check=False))
    return Items(items, as_of, overdue=True, several=len(plans) > 1, undated=undated(chosen))


def summary(
    plans: list[Plan],
    paths: Sequence[str],
    filters: Filters,
    as_of: date,
    *,
    by: str = "theme",
    since: str | None = None,
) -> SummaryPage:
    """RAG counts per group; with `since`, each group's direction of travel against that
    version in git."""
    chosen = choose(plans, filters)
    result = summarize(chosen, as_of, by=by, several_plans=len(plans) > 1)
    if since:
        # lazy: git and the change report load only with --since (plan summary's start-up)
        from .versions import changes_since, meeting, with_travel  # lazy: git

        found = changes_since(paths, filters, since, loaded=plans)
        named = meeting(plans, since, found.changes.commit)
        result = with_travel(result, found.earlier, filters, named.label, named.day)
    return SummaryPage(result, plan_title(plans), undated(chosen), not_shown(chosen, paths))


def not_shown(chosen: list[Item], paths: Sequence[str]) -> tuple[tuple[int, str], ...]:
    """The recommendations complete without impact, when there are measures beside the plans
    (read only then: most plans have none, and `plan summary` stays quick)."""
    found = measures_files(paths)
    if not found:
        return ()
    from ..measures import impact_not_shown  # lazy: only with measures
    from ..planfile.measures import load_measures  # lazy: YAML, only with measures

    measures = [m for path in found for m in load_measures(path).measures]
    return tuple(impact_not_shown(chosen, measures))


def show(plans: list[Plan], ref: str, as_of: date, *, history: bool = True) -> Shown:
    """One action; with `history` (not for plans read `--at` a version), its last update
    from git and whether the plan changed after a past `as_of`."""
    from .last_update import updated  # lazy: git's history, read only for the action shown

    item = find_action(plans, ref)
    if not history:
        return Shown(item, as_of, None, None)
    later = None
    if item.plan.path and as_of < date.today():
        from ..store.git import changed_after  # lazy: git, only for a past --as-of

        later = changed_after(item.plan.path, as_of)
    return Shown(item, as_of, updated([item.plan], as_of).get(item.action), later)


def export(plans: list[Plan], filters: Filters, as_of: date) -> Export:
    items = choose(plans, filters)
    return Export(plans, items, as_of, filters.any(), frozenset(i.action for i in items))
