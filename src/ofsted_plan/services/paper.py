"""`plan export` as a board paper: gathers the chosen actions, their summary, the changes
since the last meeting and the RAG over time; `board.build` decides every section."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from .. import board
from ..measures import Measure
from ..model import Action, Plan
from ..paper import Cover, Paper
from ..planfile.measures import load_measures
from ..query import Filters, by_due_date, choose, summarize
from ..results import plan_title
from ..store.discover import measures_files
from .tracking import moved_reasons, paper_trend
from .versions import changes_since, meeting, with_travel


def paper(
    plans: list[Plan],
    paths: Sequence[str],
    filters: Filters,
    as_of: date,
    since: str | None = None,
    cover: Cover | None = None,
) -> Paper:
    """A board paper: summary in words, RAG by theme, exceptions, changes since the last
    meeting (`since`), what is due by the next, data quality, then every action."""
    items = choose(plans, filters)
    result = summarize(items, as_of, several_plans=len(plans) > 1)
    changes = None
    named = None
    reasons: dict[Action, str] = {}
    if since:
        found = changes_since(paths, filters, since, loaded=plans)
        changes = found.changes.changes
        named = meeting(plans, since, found.changes.commit)
        result = with_travel(result, found.earlier, filters, named.label, named.day)
        if any(c.kind == "end" and (c.months or 0) > 0 for c in changes):
            reasons = moved_reasons(plans, filters, as_of, since, named.day)
    return board.build(
        title=plan_title(plans),
        as_of=as_of,
        cover=cover or Cover(),
        items=items,
        overdue=by_due_date(choose(plans, filters, overdue_on=as_of, check=False)),
        summary=result,
        several=len(plans) > 1,
        changes=changes,
        since=named,
        trend=paper_trend(plans, filters, as_of),
        measures=beside(paths),
        reasons=reasons,
    )


def beside(paths: Sequence[str]) -> list[Measure]:
    """The measures in measures.yaml beside the plans (none when there is no such file)."""
    found = measures_files(paths)
    return [m for path in found for m in load_measures(path).measures]
