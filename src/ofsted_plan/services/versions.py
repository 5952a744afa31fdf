"""What changed between versions of the plans in git: `plan diff`, `plan history`, and the
changes and direction of travel since a meeting (`--since`) for summaries and board papers."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import NamedTuple

from ..errors import UsageError
from ..history.changes import Change, action_history, compare_plans
from ..model import Plan
from ..paper import Since as BoardSince
from ..query import Filters, Summary, choose, compare_summaries, summarize
from ..results.history import Changes, History
from ..store.discover import plan_files
from ..store.git import describe, file_history, versions


class Since(NamedTuple):
    changes: Changes
    earlier: list[Plan]  # the plans as at the earlier revision


def changes_since(
    paths: Sequence[str],
    filters: Filters,
    rev: str,
    rev2: str | None = None,
    loaded: list[Plan] | None = None,
) -> Since:
    """The changes (to the actions the filters choose) from `rev` to `rev2` or the files now.

    `loaded` are the plans the command already read from disk, so they are not read again.
    """
    current = {p.path: p for p in loaded or [] if p.path}
    old, new, pairs = versions(plan_files(paths), rev, rev2, current=current)
    found: list[Change] = []
    for version in pairs:
        both = [p for p in (version.before, version.after) if p is not None]
        chosen = {i.action for i in choose(both, filters, check=False)}
        found += [
            c for c in compare_plans(version.before, version.after) if c.item.action in chosen
        ]
    earlier = [v.before for v in pairs if v.before is not None]
    return Since(Changes(rev, rev2, old, new, found), earlier)


def meeting(plans: Sequence[Plan], rev: str, commit: str) -> BoardSince:
    """The version `rev` names, as the board knows it: its tags and the meeting's one date
    (the tag's if annotated, else its commit's), the same in every format."""
    path = next((p.path for p in plans if p.path), None)
    if path is None:
        return BoardSince(rev, commit, (), None)
    tags, day = describe(path, commit, rev)
    return BoardSince(rev, commit, tags, date.fromisoformat(day) if day else None)


def diff(paths: Sequence[str], filters: Filters, rev: str | None, rev2: str | None) -> Changes:
    return changes_since(paths, filters, rev or "HEAD", rev2).changes


def with_travel(
    result: Summary, earlier: list[Plan], filters: Filters, label: str, then: date | None = None
) -> Summary:
    """The summary with each group's direction of travel against the earlier plans.

    Their overdue actions are counted as of `then` (the earlier version's date, when known and
    before the summary's own date), so an action is not counted overdue at the last meeting
    for having ended since."""
    several = len({p.name for p in earlier}) > 1
    day = min(then, result.as_of) if then else result.as_of
    before = summarize(
        choose(earlier, filters, check=False), day, by=result.by, several_plans=several
    )
    return compare_summaries(result, before, label)


def history(paths: Sequence[str], ref: str) -> History:
    """Each commit that changed the action with this ref, following renames and re-refs."""
    rows = []
    for path in plan_files(paths):
        rows += action_history(file_history(path), ref)
    if not any(changes for _, changes in rows):
        raise UsageError(
            f"no version of the plans in git has an action with ref {ref!r}",
            hint="'plan list' shows the refs; refs match exactly here",
        )
    return History(ref, rows)
