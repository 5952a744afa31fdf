"""Read and check `plans/measures.yaml` as a plan is read: every problem with its line.

The refs and recommendation numbers a measure names are checked against the plans by
`plan check` (services/checking.py), which has both.
"""

from __future__ import annotations

import difflib
import math
from pathlib import Path
from typing import Any

import yaml

from ..errors import Problem, UsageError
from ..measures import BETTER, MEASURE_KEYS, Measure, MeasureFile
from ..model import Month
from .reader import _Reader, plain_loader
from .scan import conflict_problems, control_problems, syntax_problem

NOT_MEASURES = "a measures file has 'measures:', a list of measures; see docs/measures.md"


def check_measures(path: str | Path) -> tuple[MeasureFile | None, list[Problem]]:
    """The measures in this file and every problem in it."""
    path = Path(path)
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        return None, [Problem(f"cannot read the measures: {exc.strerror}", path=path)]
    except UnicodeDecodeError:
        return None, [Problem("the file is not UTF-8 text", path=path, hint="save it as UTF-8")]
    return check_measures_text(text, str(path))


def load_measures(path: str | Path) -> MeasureFile:
    """The measures in this file, or its first error."""
    found, problems = check_measures(path)
    errors = [p for p in problems if not p.warning]
    if errors:
        raise min(errors, key=Problem.sort_key)
    assert found is not None
    return found


def check_measures_text(text: str, path: str) -> tuple[MeasureFile | None, list[Problem]]:
    before_yaml = conflict_problems(text, path) or control_problems(text, path)
    if before_yaml:
        return None, before_yaml
    try:
        root = yaml.compose(text, Loader=plain_loader())
    except yaml.MarkedYAMLError as exc:
        return None, [syntax_problem(exc, path)]
    except yaml.YAMLError as exc:
        return None, [Problem(f"YAML error: {exc}", path=path)]
    if root is None:
        return MeasureFile(path), []
    reader = _MeasureReader(path, text)
    return reader.file(root), reader.problems


class _MeasureReader(_Reader):
    def typed(self, node: yaml.Node, key: str, value: str) -> None:
        if key in ("id", "name", "unit", "actions"):  # numbers and months are meant here
            super().typed(node, key, value)

    def file(self, root: yaml.Node) -> MeasureFile | None:
        fields = self.mapping(root, "a measures file", ("measures",))
        if fields is None:
            return None
        if "measures" not in fields:
            self.problem(root, "this file has no 'measures:'", NOT_MEASURES)
            return None
        found = MeasureFile(self.path)
        seen: dict[str, int] = {}
        for node in self.sequence(fields["measures"], "measures"):
            measure = self.measure(node)
            if measure is None:
                continue
            if measure.id in seen:
                self.problem(
                    node,
                    f"measure '{measure.id}' appears twice (lines {seen[measure.id]} and "
                    f"{measure.line})",
                    "give each measure its own id",
                )
                continue
            seen[measure.id] = measure.line
            found.measures.append(measure)
        return found

    def measure(self, node: yaml.Node) -> Measure | None:
        fields = self.mapping(node, "a measure", MEASURE_KEYS)
        if fields is None:
            return None
        line = node.start_mark.line + 1
        ident = self.text(fields.get("id"), "id")
        if not ident:
            self.problem(fields.get("id") or node, "this measure has no id", "add 'id: a-name'")
            return None
        better = self.text(fields.get("better"), "better").lower() or "higher"
        if better not in BETTER:
            self.problem(fields["better"], f"'better' must be higher or lower, not {better!r}")
            better = "higher"
        target = self.number(fields.get("target"), "target")
        if "target" not in fields:
            self.problem(node, f"measure '{ident}' has no target", "add 'target: NUMBER'")
        within = self.number(fields.get("amber_within"), "amber_within")
        if within is not None and within < 0:
            self.problem(fields["amber_within"], "'amber_within' must not be negative")
        return Measure(
            id=ident,
            name=self.text(fields.get("name"), "name"),
            unit=self.text(fields.get("unit"), "unit"),
            better=better,
            target=target or 0.0,
            by=self.month(fields.get("by"), "by"),
            amber_within=within or 0.0,
            recommendations=self.numbers(fields.get("recommendations")),
            actions=tuple(
                (self.text(n, "actions"), n.start_mark.line + 1)
                for n in self.sequence(fields.get("actions"), "actions")
            ),
            values=self.values(fields.get("values")),
            line=line,
        )

    def number(self, node: yaml.Node | None, key: str) -> float | None:
        if node is None:
            return None
        text = self.text(node, key)
        try:
            value = float(text.replace(",", ""))
        except ValueError:
            value = math.nan
        if not math.isfinite(value):
            self.problem(node, f"'{key}' must be a number, not {text!r}")
            return None
        return value

    def numbers(self, node: yaml.Node | None) -> tuple[tuple[int, int], ...]:
        found = []
        for item in self.sequence(node, "recommendations"):
            text = self.text(item, "recommendations")
            if not text.isdigit():
                self.problem(
                    item,
                    f"a recommendation is named by its number, not {text!r}",
                    "as plan list --recommendation N names it",
                )
                continue
            found.append((int(text), item.start_mark.line + 1))
        return tuple(found)

    def values(self, node: yaml.Node | None) -> tuple[tuple[Month, float], ...]:
        if node is None or not self.allowed(node):
            return ()
        if isinstance(node, yaml.ScalarNode) and node.value == "":
            return ()
        if not isinstance(node, yaml.MappingNode):
            self.problem(node, "'values' must be 'YYYY-MM: number' lines")
            return ()
        found: dict[Month, float] = {}
        for key_node, value_node in node.value:
            text = self.text(key_node, "values")
            try:
                month = Month.parse(text)
            except ValueError as exc:
                self.problem(key_node, f"'values': {exc}")
                continue
            if month in found:
                self.problem(key_node, f"month {month} appears twice in 'values'")
                continue
            value = self.number(value_node, str(month))
            if value is not None:
                found[month] = value
        return tuple(sorted(found.items()))


def measures_schema() -> dict[str, Any]:
    """The JSON Schema of the measures file, for editors (`measures.schema.json`)."""
    month = {"type": "string", "pattern": r"^\d{4}-(0[1-9]|1[0-2])$"}
    number = {"type": ["number", "string"]}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Measures with targets (plans/measures.yaml)",
        "type": "object",
        "additionalProperties": False,
        "required": ["measures"],
        "properties": {
            "measures": {
                "type": "array",
                "items": {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ["id", "target"],
                    "properties": {
                        "id": {"type": "string", "description": "Unique: plan measure add ID."},
                        "name": {"type": "string", "description": "What is counted."},
                        "unit": {"type": "string", "description": "%, count, days or a word."},
                        "better": {"enum": list(BETTER), "description": "Which way is better."},
                        "target": {**number, "description": "The value to reach."},
                        "by": {**month, "description": "The month the target is due."},
                        "amber_within": {
                            **number,
                            "description": "Within this of the target is amber; further, red.",
                        },
                        "recommendations": {
                            "type": "array",
                            "items": {"type": ["integer", "string"]},
                            "description": "The plan's recommendations it shows, by number.",
                        },
                        "actions": {
                            "type": "array",
                            "items": {"type": "string"},
                            "description": "Actions it shows, by ref.",
                        },
                        "values": {
                            "type": "object",
                            "propertyNames": month,
                            "additionalProperties": number,
                            "description": "YYYY-MM: value, as the data arrives.",
                        },
                    },
                },
            }
        },
    }


def add_value(text: str, path: str, ident: str, month: Month, value: str) -> str:
    """The file's text with `month: value` in measure `ident`'s values (replacing that
    month's value if it has one), and every other byte as it was; checked as `plan check`
    reads it."""
    root = yaml.compose(text, Loader=plain_loader())
    node = _measure_node(root, ident, path)
    lines = text.splitlines(keepends=True)
    keys = {k.value: (k, v) for k, v in node.value if isinstance(k, yaml.ScalarNode)}
    if "values" not in keys or (
        isinstance(keys["values"][1], yaml.ScalarNode) and keys["values"][1].value == ""
    ):
        anchor = next(k for k, _ in node.value)
        indent = " " * anchor.start_mark.column
        if "values" in keys:
            at = keys["values"][0].start_mark.line + 1
            new = [f"{indent}  {month}: {value}\n"]
        else:
            last = node.value[-1][1]  # the measure's last value: the new key goes after it
            at = last.end_mark.line if last.end_mark.column == 0 else last.end_mark.line + 1
            new = [f"{indent}values:\n", f"{indent}  {month}: {value}\n"]
        lines[at:at] = new
    else:
        values = keys["values"][1]
        if not isinstance(values, yaml.MappingNode) or values.flow_style or not values.value:
            raise Problem(
                f"the values of measure '{ident}' are not 'YYYY-MM: number' lines",
                path=path,
                line=values.start_mark.line + 1,
                hint="write each value on its own line under 'values:'",
            )
        indent = " " * values.value[0][0].start_mark.column
        at = None
        for key_node, value_node in values.value:
            if key_node.value == str(month):
                start, end = value_node.start_mark.index, value_node.end_mark.index
                edited = text[:start] + value + text[end:]
                return _checked(edited, path)
            if at is None and key_node.value > str(month):
                at = key_node.start_mark.line
        if at is None:
            last = values.value[-1][1]
            at = last.end_mark.line + (0 if last.end_mark.column == 0 else 1)
        if lines and not lines[-1].endswith("\n") and at >= len(lines):
            lines[-1] += "\n"
        lines[at:at] = [f"{indent}{month}: {value}\n"]
    return _checked("".join(lines), path)


def _measure_node(root: yaml.Node | None, ident: str, path: str) -> yaml.MappingNode:
    found = []
    if isinstance(root, yaml.MappingNode):
        for key, value in root.value:
            if key.value == "measures" and isinstance(value, yaml.SequenceNode):
                found = [n for n in value.value if isinstance(n, yaml.MappingNode)]
    ids = []
    for node in found:
        for key, value in node.value:
            if key.value == "id" and isinstance(value, yaml.ScalarNode):
                ids.append(value.value)
                if value.value == ident:
                    return node
    close = difflib.get_close_matches(ident, ids, n=1)
    raise UsageError(
        f"no measure '{ident}' in {path}",
        hint=f"did you mean '{close[0]}'?" if close else "plan measures lists them",
    )


def _checked(text: str, path: str) -> str:
    _, problems = check_measures_text(text, path)
    errors = [p for p in problems if not p.warning]
    if errors:
        raise min(errors, key=Problem.sort_key)
    return text
