"""`plan check`: every problem in the plan files, and overdue actions still rated green."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from ..errors import Problem
from ..model import Plan, Status
from ..planfile.measures import check_measures
from ..planfile.reader import check_file
from ..query import select
from ..store.discover import MEASURES_FILE, measures_files, plan_files


def check(
    paths: Sequence[str], as_of: date | None = None, *, strict: bool = False
) -> list[Problem]:
    """Every problem in the plan files, sorted by file and line; with `as_of`, a warning for
    each action past its end month and still rated Green; with `strict`, one for each complete
    (blue) action with no evidence, or evidence checked only by its own lead officer."""
    problems: list[Problem] = []
    plans: list[Plan] = []
    named_measures = [p for p in paths if p.endswith(MEASURES_FILE)]
    files = plan_files(paths) if len(named_measures) < len(paths) or not paths else []
    for path in files:
        plan, found = check_file(path)
        problems.extend(found)
        if plan is not None:
            plans.append(plan)
            if as_of is not None:
                problems.extend(overdue_green(plan, path, as_of))
            if strict:
                problems.extend(unevidenced(plan, path))
    for path in measures_files(paths):
        problems.extend(measure_problems(path, plans if files else None))
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


def unevidenced(plan: Plan, path: str) -> list[Problem]:
    """Complete (blue) actions whose evidence does not show it: none, or checked only by the
    action's own lead officer (or by nobody)."""
    return [
        Problem(
            f"action {a.ref} is complete (blue) with {a.unchecked_evidence()}",
            warning=True,
            path=path,
            line=a.line,
            hint="record evidence checked by someone else: plan done REF --evidence TEXT"
            " --checked-by INITIALS",
        )
        for a in plan.actions()
        if a.status is Status.BLUE and a.unchecked_evidence()
    ]


def measure_problems(path: str, plans: list[Plan] | None) -> list[Problem]:
    """Every problem in a measures file; with the plans, each ref or recommendation number
    a measure names that they lack."""
    found, problems = check_measures(path)
    if found is None or plans is None:
        return problems
    refs = {a.ref for p in plans for a in p.actions()}
    count = max((len(list(p.recommendations())) for p in plans), default=0)
    for measure in found.measures:
        for ref, line in measure.actions:
            if ref not in refs:
                problems.append(
                    Problem(
                        f"measure '{measure.id}' names action {ref}, which the plans lack",
                        path=path,
                        line=line,
                        hint="plan list shows each action's ref",
                    )
                )
        for number, line in measure.recommendations:
            if not 1 <= number <= count:
                problems.append(
                    Problem(
                        f"measure '{measure.id}' names recommendation {number}; the plans "
                        f"have {count}",
                        path=path,
                        line=line,
                        hint="plan list --recommendation N lists its actions",
                    )
                )
    return problems
