"""`plan measures` (each measure's latest value against its target) and `plan measure add`
(a value added with the byte-preserving edit `plan set` uses, under the file's lock)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import NamedTuple

from ..errors import UsageError
from ..measures import Measure, MeasureFile, number_text
from ..model import Month, Plan
from ..planfile import measures as editing
from ..planfile.measures import load_measures
from ..results import plan_title
from ..results.measures import MeasureRow, MeasuresReport
from ..store.discover import measures_files, plan_files
from ..store.git import Repository
from .updates import Edited
from .updates import write_plan as _write

NO_MEASURES = "no measures file: there is no measures.yaml beside the plans"
HOW = "write plans/measures.yaml (see docs/measures.md)"


def measures_path(paths: Sequence[str]) -> str:
    """The one measures file beside the plans, or a usage error saying how to make one."""
    found = measures_files(paths)
    if not found:
        raise UsageError(NO_MEASURES, hint=HOW)
    if len(found) > 1:
        raise UsageError(
            f"{len(found)} measures files beside the plans: {', '.join(found)}",
            hint="name the plans of one folder with -p",
        )
    return found[0]


def read_measures(paths: Sequence[str]) -> MeasureFile:
    return load_measures(measures_path(paths))


def report(
    plans: list[Plan],
    paths: Sequence[str],
    as_of: date,
    days: int,
    since: str | None = None,
) -> MeasuresReport:
    """Each measure's latest value, its RAG by the rule, its direction since the value before
    and since the meeting `since` names (a tag or commit: the values of months up to its
    date), and whether it is stale (no value for more than `days` days)."""
    found = read_measures(paths)
    since_day = meeting_day(paths, since) if since else None
    rows = [row(m, plans, as_of, days, since_day) for m in found.measures]
    return MeasuresReport(plan_title(plans), as_of, rows, days, since, since_day, found.path)


def meeting_day(paths: Sequence[str], rev: str) -> date:
    """The date of the commit a meeting's tag (or any revision) names."""
    repo = Repository(Path(plan_files(paths)[0]).resolve().parent)
    _, day = repo.describe(repo.resolve(rev), rev)
    return date.fromisoformat(day)


def row(
    measure: Measure, plans: list[Plan], as_of: date, days: int, since_day: date | None
) -> MeasureRow:
    latest = measure.latest
    now = Month.of(as_of.year, as_of.month)
    previous = measure.values[-2][1] if len(measure.values) > 1 else None
    then = None
    if since_day is not None:
        at = measure.value_on(Month.of(since_day.year, since_day.month))
        then = at[1] if at else None
    age = (as_of - latest[0].last_day).days if latest else None
    return MeasureRow(
        measure=measure,
        latest=latest,
        rag=measure.rag(latest[1], now) if latest else "",
        previous=previous,
        since_previous=measure.direction(previous, latest[1]) if latest else "",
        at_meeting=then,
        since_meeting=measure.direction(then, latest[1]) if latest else "",
        recommendations=served(measure, plans),
        days=age,
        stale=age is None or age > days,
    )


def served(measure: Measure, plans: list[Plan]) -> tuple[tuple[int, str], ...]:
    """(number, text) of each recommendation the measure serves: those it names, and those of
    the actions it names."""
    numbers = {n for n, _ in measure.recommendations}
    refs = {ref for ref, _ in measure.actions}
    found: dict[int, str] = {}
    for plan in plans:
        for item in plan.items():
            n = item.recommendation_number
            if n in numbers or item.action.ref in refs:
                found.setdefault(n, item.recommendation.text)
        for n, rec in enumerate(plan.recommendations(), 1):
            if n in numbers:
                found.setdefault(n, rec.text)
    return tuple(sorted(found.items()))


def add_value(
    paths: Sequence[str], ident: str, month: Month, value: str, *, dry_run: bool = False
) -> Edited:
    """Add (or correct) one month's value of a measure, and nothing else in the file, under
    its lock as `plan set` edits a plan. With dry_run nothing is written."""
    try:
        number = float(value.replace(",", ""))
    except ValueError:
        number = math.nan
    if not math.isfinite(number):
        raise UsageError(f"the value must be a number, not {value!r}", hint="e.g. 72 or 4.5")
    path = Path(measures_path(paths))
    text = number_text(number)
    before, after, written = _write(
        path, lambda old: editing.add_value(old, str(path), ident, month, text), dry_run
    )
    return Edited(ident, str(path), before, after, [str(month)], written)


def import_values(paths: Sequence[str], table: str, *, dry_run: bool = False) -> Imported:
    """`plan measure import`: every value of a performance team's monthly table added to
    measures.yaml in one locked write, or nothing when any value cannot be placed."""
    from ..importing.measure_table import measure_values, read_grid  # lazy: the readers

    path = Path(measures_path(paths))
    values = measure_values(read_grid(table), table, load_measures(path).measures)

    def change(old: str) -> str:
        for ident, month, value in values:
            old = editing.add_value(old, str(path), ident, month, number_text(value))
        return old

    before, after, written = _write(path, change, dry_run)
    return Imported(str(path), before, after, len(values), len({v[0] for v in values}), written)


class Imported(NamedTuple):
    """What `plan measure import` did."""

    path: str
    before: str
    after: str
    values: int
    measures: int
    written: bool


def schema_text() -> str:
    """The JSON Schema of measures.yaml, as `measures.schema.json` ships it."""
    import json

    return json.dumps(editing.measures_schema(), indent=2) + "\n"
