"""`plan check`: every problem in the plan files, and overdue actions still rated green."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from ..errors import Problem
from ..model import Plan, Status
from ..planfile.reader import check_file
from ..query import select
from ..store.discover import plan_files


def check(paths: Sequence[str], as_of: date | None = None) -> list[Problem]:
    """Every problem in the plan files, sorted by file and line; with `as_of`, a warning for
    each action past its end month and still rated Green."""
    problems: list[Problem] = []
    for path in plan_files(paths):
        plan, found = check_file(path)
        problems.extend(found)
        if plan is not None and as_of is not None:
            problems.extend(overdue_green(plan, path, as_of))
    problems.sort(key=Problem.sort_key)
    return problems


def overdue_green(plan: Plan, path: str, as_of: date) -> list[Problem]:
    """'Overdue but green': a rating the board should not be shown unexplained."""
    late = select([plan], status=(Status.GREEN,), overdue_on=as_of)
    return [
        Problem(
            f"action {i.action.ref} is past its end month ({i.action.end}) and still rated Green"
            f" (as of {as_of.isoformat()})",
            warning=True,
            path=path,
            line=i.action.line,
            hint="rate it amber or red, or move its end month and say why in its comments",
        )
        for i in late
    ]
