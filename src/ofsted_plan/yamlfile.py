"""Read and write the plan's YAML file: the file people edit by hand and keep in git.

Loading composes the YAML into nodes (libyaml's C parser when present) and builds the
plan from them ourselves: no implicit typing (``NO`` stays initials, ``1.10`` stays a ref),
no tags, no aliases, and every error carries the line it is on.
"""

from __future__ import annotations

import difflib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import PlanError
from .model import (
    Action,
    Month,
    Plan,
    Recommendation,
    Status,
    Theme,
    format_initials,
    parse_initials,
)

if TYPE_CHECKING:
    import yaml

PLAN_KEYS = ("title", "notes", "themes")
THEME_KEYS = ("theme", "recommendations")
RECOMMENDATION_KEYS = ("recommendation", "actions")
ACTION_KEYS = (
    "ref",
    "ref_generated",
    "action",
    "start",
    "end",
    "measure",
    "lead",
    "dlt",
    "comments",
    "status",
    "extra",
)
_STR = "tag:yaml.org,2002:str"
_DEFAULT_TAGS = {_STR, "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"}


def load_plan(path: str | Path) -> Plan:
    """Read one plan file."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise PlanError(f"cannot read the plan: {exc.strerror}", path=path) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise PlanError(
            f"byte 0x{data[exc.start]:02x} is not UTF-8 text",
            path=path,
            line=data[: exc.start].count(b"\n") + 1,
            hint="plan files are UTF-8; save the file as UTF-8",
        ) from None
    try:
        plan = parse_plan(text, str(path))
    except PlanError as exc:
        if path.suffix.lower() in (".tsv", ".txt", ".csv", ".tab"):
            exc.hint = f"this looks like a table export: run 'plan import {path}' first"
        raise
    plan.name = path.stem
    return plan


def parse_plan(text: str, path: str = "<plan>") -> Plan:
    """Build a Plan from YAML text."""
    import yaml

    loader = getattr(yaml, "CBaseLoader", yaml.BaseLoader)
    try:
        root = yaml.compose(text, Loader=loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f" (column {mark.column + 1})" if mark else ""
        raise PlanError(
            f"YAML syntax error: {exc.problem or exc.context}{where}",
            path=path,
            line=mark.line + 1 if mark else None,
            hint="fix the YAML at that line; indent with spaces, and quote text with ': ' or '#'",
        ) from None
    except yaml.YAMLError as exc:
        raise PlanError(f"YAML error: {exc}", path=path) from None
    if root is None:
        raise PlanError(
            "the file is empty, so it is not a plan",
            path=path,
            hint="a plan has 'title:' and 'themes:'; see the README",
        )
    return _Reader(path).plan(root)


class _Reader:
    """Walks composed YAML nodes into the model, checking the shape as it goes."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.seen: set[int] = set()  # nodes read: an alias is a node seen twice
        self.placed: set[int] = set()  # mapping values, to name the alias's own line
        self.refs: dict[str, int] = {}

    def error(self, node: yaml.Node, message: str, hint: str | None = None) -> PlanError:
        return PlanError(message, path=self.path, line=node.start_mark.line + 1, hint=hint)

    def mapping(self, node: yaml.Node, what: str, keys: tuple[str, ...]) -> dict[str, Any]:
        import yaml

        self.check_node(node)
        if not isinstance(node, yaml.MappingNode):
            raise self.error(node, f"expected {what} here, as 'key: value' lines")
        result: dict[str, Any] = {}
        lines: dict[str, int] = {}
        for key_node, value_node in node.value:
            self.check_node(key_node)
            if not isinstance(key_node, yaml.ScalarNode):
                raise self.error(key_node, f"a key in {what} must be a plain word")
            key = key_node.value
            line = key_node.start_mark.line + 1
            if key in lines:
                raise self.error(
                    key_node,
                    f"key '{key}' appears twice in {what} (also on line {lines[key]})",
                    "keep one of them",
                )
            if key not in keys:
                close = difflib.get_close_matches(key, keys, n=1)
                hint = f"did you mean '{close[0]}'?" if close else "known keys: " + ", ".join(keys)
                raise self.error(key_node, f"unknown key '{key}' in {what}", hint)
            if id(value_node) in self.placed:
                raise self.error(
                    key_node,
                    "YAML aliases (*name) are not allowed in a plan",
                    "write the text out in full",
                )
            self.placed.add(id(value_node))
            lines[key] = line
            result[key] = value_node
        return result

    def check_node(self, node: yaml.Node) -> None:
        if node.tag not in _DEFAULT_TAGS:
            raise self.error(
                node,
                f"YAML tag {node.tag} is not allowed in a plan",
                "remove the tag: plan files hold plain text only",
            )
        if id(node) in self.seen:
            raise self.error(
                node, "YAML aliases (*name) are not allowed in a plan", "write the text out in full"
            )
        self.seen.add(id(node))

    def sequence(self, node: yaml.Node | None, what: str) -> list[yaml.Node]:
        import yaml

        if node is None:
            return []
        self.check_node(node)
        if isinstance(node, yaml.ScalarNode) and node.value == "":
            return []
        if not isinstance(node, yaml.SequenceNode):
            raise self.error(node, f"expected a list of {what} here, each starting with '- '")
        return list(node.value)

    def text(self, node: yaml.Node | None, key: str) -> str:
        import yaml

        if node is None:
            return ""
        self.check_node(node)
        if not isinstance(node, yaml.ScalarNode):
            raise self.error(node, f"'{key}' must be text, not a list or mapping")
        return node.value.strip()

    def plan(self, root: yaml.Node) -> Plan:
        fields = self.mapping(root, "a plan", PLAN_KEYS)
        if "themes" not in fields:
            raise self.error(
                root,
                "this file is not a plan: it has no 'themes:'",
                "a plan has 'title:' and 'themes:'; see the README",
            )
        return Plan(
            title=self.text(fields.get("title"), "title"),
            notes=[self.text(n, "notes") for n in self.sequence(fields.get("notes"), "notes")],
            themes=[self.theme(n) for n in self.sequence(fields["themes"], "themes")],
            path=self.path,
        )

    def theme(self, node: yaml.Node) -> Theme:
        fields = self.mapping(node, "a theme", THEME_KEYS)
        recs = self.sequence(fields.get("recommendations"), "recommendations")
        return Theme(
            title=self.text(fields.get("theme"), "theme"),
            recommendations=[self.recommendation(n) for n in recs],
            line=node.start_mark.line + 1,
        )

    def recommendation(self, node: yaml.Node) -> Recommendation:
        fields = self.mapping(node, "a recommendation", RECOMMENDATION_KEYS)
        actions = self.sequence(fields.get("actions"), "actions")
        return Recommendation(
            text=self.text(fields.get("recommendation"), "recommendation"),
            actions=[self.action(n) for n in actions],
            line=node.start_mark.line + 1,
        )

    def action(self, node: yaml.Node) -> Action:
        fields = self.mapping(node, "an action", ACTION_KEYS)
        line = node.start_mark.line + 1
        ref = self.text(fields.get("ref"), "ref")
        if not ref:
            raise self.error(node, "this action has no ref", "add 'ref:' with a unique ref")
        if ref in self.refs:
            raise self.error(
                fields["ref"],
                f"ref {ref} is used twice (first on line {self.refs[ref]})",
                "give each action its own ref",
            )
        self.refs[ref] = fields["ref"].start_mark.line + 1
        return Action(
            ref=ref,
            ref_generated=self.flag(fields.get("ref_generated"), "ref_generated"),
            action=self.text(fields.get("action"), "action"),
            start=self.month(fields.get("start"), "start"),
            end=self.month(fields.get("end"), "end"),
            measure=self.text(fields.get("measure"), "measure"),
            lead=self.initials(fields.get("lead"), "lead"),
            dlt=self.initials(fields.get("dlt"), "dlt"),
            comments=self.text(fields.get("comments"), "comments"),
            status=self.status(fields.get("status")),
            extra=self.extra(fields.get("extra")),
            line=line,
        )

    def flag(self, node: yaml.Node | None, key: str) -> bool:
        value = self.text(node, key).lower()
        if value not in ("", "true", "false"):
            raise self.error(node, f"'{key}' must be true or false, not {value!r}")  # type: ignore[arg-type]
        return value == "true"

    def month(self, node: yaml.Node | None, key: str) -> Month | None:
        value = self.text(node, key)
        if not value:
            return None
        try:
            return Month.parse(value)
        except ValueError as exc:
            raise self.error(node, f"'{key}': {exc}") from None  # type: ignore[arg-type]

    def status(self, node: yaml.Node | None) -> Status:
        try:
            return Status.parse(self.text(node, "status"))
        except ValueError as exc:
            raise self.error(node, str(exc)) from None  # type: ignore[arg-type]

    def initials(self, node: yaml.Node | None, key: str) -> tuple[str, ...]:
        import yaml

        if isinstance(node, yaml.SequenceNode):
            self.check_node(node)
            return tuple(i for item in node.value for i in parse_initials(self.text(item, key)))
        return parse_initials(self.text(node, key))

    def extra(self, node: yaml.Node | None) -> dict[str, str]:
        import yaml

        if node is None:
            return {}
        self.check_node(node)
        if not isinstance(node, yaml.MappingNode):
            raise self.error(node, "'extra' must be 'column title: text' lines")
        result: dict[str, str] = {}
        for key_node, value_node in node.value:
            key = self.text(key_node, "extra")
            if key in result:
                raise self.error(key_node, f"column '{key}' appears twice in 'extra'")
            result[key] = self.text(value_node, key)
        return result


def plan_to_data(plan: Plan) -> dict[str, Any]:
    """The plan as plain dicts and strings, in the one key order the file uses."""
    data: dict[str, Any] = {"title": plan.title}
    if plan.notes:
        data["notes"] = list(plan.notes)
    data["themes"] = [
        {
            "theme": theme.title,
            "recommendations": [
                {"recommendation": rec.text, "actions": [_action_data(a) for a in rec.actions]}
                for rec in theme.recommendations
            ],
        }
        for theme in plan.themes
    ]
    return data


def _action_data(action: Action) -> dict[str, Any]:
    data: dict[str, Any] = {"ref": action.ref}
    if action.ref_generated:
        data["ref_generated"] = True
    data.update(
        action=action.action,
        start=str(action.start) if action.start else "",
        end=str(action.end) if action.end else "",
        measure=action.measure,
        lead=format_initials(action.lead),
        dlt=format_initials(action.dlt),
        comments=action.comments,
        status=action.status.value,
    )
    if action.extra:
        data["extra"] = dict(action.extra)
    return data


def dump_plan(plan: Plan) -> str:
    """The plan as YAML text: the same plan always gives the same bytes."""
    import yaml

    class Dumper(yaml.SafeDumper):
        """Pure-Python dumper (identical output with or without libyaml), indented lists."""

        def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
            super().increase_indent(flow, False)

    def represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
        style = "|" if "\n" in value else None
        return dumper.represent_scalar(_STR, value, style=style)

    Dumper.add_representer(str, represent_str)
    return yaml.dump(
        plan_to_data(plan),
        Dumper=Dumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=88,
    )
