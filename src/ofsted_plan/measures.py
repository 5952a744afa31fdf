"""Measures with targets (`plans/measures.yaml`): the numbers that show a plan's impact, and
the one rule that rates them. Value types only: no I/O."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from .model import Item, Status
from .months import Month

BETTER = ("higher", "lower")
# A measure's keys, in the order the file writes them.
MEASURE_KEYS = (
    "id",
    "name",
    "unit",
    "better",
    "target",
    "by",
    "amber_within",
    "recommendations",
    "actions",
    "values",
)
GREEN, AMBER, RED = "green", "amber", "red"


@dataclass(frozen=True, slots=True)
class Measure:
    """One measure: what is counted, which way is better, its target and the values so far
    (oldest month first). `recommendations` are the plan's numbers, `actions` refs; with
    the lines they are on, so `plan check` can point at one the plans lack."""

    id: str
    name: str = ""
    unit: str = ""
    better: str = "higher"
    target: float = 0.0
    by: Month | None = None
    amber_within: float = 0.0
    recommendations: tuple[tuple[int, int], ...] = ()  # (number, line)
    actions: tuple[tuple[str, int], ...] = ()  # (ref, line)
    values: tuple[tuple[Month, float], ...] = ()
    line: int = 0

    @property
    def latest(self) -> tuple[Month, float] | None:
        return self.values[-1] if self.values else None

    def value_on(self, month: Month) -> tuple[Month, float] | None:
        """The latest value of this month or before."""
        found = [v for v in self.values if v[0] <= month]
        return found[-1] if found else None

    def met(self, value: float) -> bool:
        return value >= self.target if self.better == "higher" else value <= self.target

    def gap(self, value: float) -> float:
        """How far the value is from its target (0 when met)."""
        return 0.0 if self.met(value) else abs(self.target - value)

    def rag(self, value: float, month: Month) -> str:
        """Met: green; within amber_within of the target: amber; further: red. Past the
        month the target is due without meeting it: red."""
        if self.met(value):
            return GREEN
        if self.by is not None and month > self.by:
            return RED
        return AMBER if self.gap(value) <= self.amber_within else RED

    def direction(self, then: float | None, now: float) -> str:
        """'better', 'worse' or 'same' from then to now (empty when there is no then)."""
        if then is None:
            return ""
        if now == then:
            return "same"
        return "better" if (now > then) == (self.better == "higher") else "worse"


@dataclass(slots=True)
class MeasureFile:
    """The measures of one file, in its order."""

    path: str
    measures: list[Measure] = field(default_factory=list)


def number_text(value: float) -> str:
    """A value as people write it: 62, not 62.0; 2.5 stays 2.5."""
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


SPARKS = "▁▂▃▄▅▆▇█"


def sparkline(values: list[float]) -> str:
    """A small trend line, one block per value, lowest to highest of these values."""
    if not values:
        return ""
    low, high = min(values), max(values)
    if high == low:
        return SPARKS[len(SPARKS) // 2] * len(values)
    scale = (len(SPARKS) - 1) / (high - low)
    return "".join(SPARKS[round((v - low) * scale)] for v in values)


NOT_SHOWN = "complete, impact not yet shown"


def serves(measure: Measure, item: Item) -> bool:
    """Whether the measure shows the impact of this action's recommendation (named by its
    number, or through one of its actions)."""
    return any(n == item.recommendation_number for n, _ in measure.recommendations) or any(
        ref == item.action.ref for ref, _ in measure.actions
    )


def impact_not_shown(items: Iterable[Item], measures: Sequence[Measure]) -> list[tuple[int, str]]:
    """(number, text) of each recommendation whose actions are all complete (blue) but whose
    measures are not all met by their latest values (a measure with no value is not met)."""
    by_rec: dict[int, list[Item]] = {}
    for item in items:
        by_rec.setdefault(item.recommendation_number, []).append(item)
    found = []
    for number, recs in sorted(by_rec.items()):
        if any(i.action.status is not Status.BLUE for i in recs):
            continue
        serving = [m for m in measures if any(serves(m, i) for i in recs)]
        if any(m.latest is None or not m.met(m.latest[1]) for m in serving):
            found.append((number, recs[0].recommendation.text))
    return found


def value_text(value: float | None, unit: str) -> str:
    """'72%', '4' (a count), '12 days': a value with its unit; '' with no value."""
    if value is None:
        return ""
    text = number_text(value)
    if unit == "%":
        return f"{text}%"
    return text if unit in ("", "count") else f"{text} {unit}"
