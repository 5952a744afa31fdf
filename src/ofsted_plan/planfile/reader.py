"""Read and check the plan's YAML file: the file people edit by hand and keep in git.

The YAML is composed into nodes (libyaml's C parser when present) and the plan built from
them by our own code: no implicit typing (``NO`` stays initials, ``1.10`` a ref, ``2017-02``
a month), no tags, anchors or aliases, and every problem carries its line. ``plan check``
lists every problem; the other commands stop at the first error, with the same message.
"""

from __future__ import annotations

import difflib
import functools
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from ..errors import Problem
from ..model import (
    EVIDENCE_KEYS,
    FIELD_NAMES,
    FIELDS,
    Action,
    Evidence,
    FieldKind,
    Month,
    Plan,
    Recommendation,
    Status,
    Theme,
    assert_never,
    format_initials,
    parse_initials,
)
from .scan import (
    UNSAFE_TEXT,
    anchor_problems,
    conflict_problems,
    control_problems,
    syntax_problem,
    tab_problems,
    unsafe_text_problem,
)

if TYPE_CHECKING:
    import yaml

PLAN_KEYS = ("title", "notes", "themes")
THEME_KEYS = ("theme", "recommendations")
RECOMMENDATION_KEYS = ("recommendation", "actions")
ACTION_KEYS = FIELD_NAMES  # an action's keys, in the order the file writes them
_DEFAULT_TAGS = {"tag:yaml.org,2002:str", "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"}
NOT_A_PLAN = "a plan has 'title:' and 'themes:'; see the README"
# Words people use for our keys, from the table's column titles and elsewhere.
KEY_SYNONYMS = {
    "rag": "status",
    "rag status": "status",
    "officer": "lead",
    "lead officer": "lead",
    "owner": "lead",
    "dlt lead": "dlt",
    "comment": "comments",
    "progress": "comments",
    "measure/outcome": "measure",
    "outcome": "measure",
    "description": "action",
    "title": "theme",
    "text": "recommendation",
    "end date": "end",
    "start date": "start",
    "due": "end",
}


def load_plan(path: str | Path) -> Plan:
    """Read one plan file, or raise its first error (warnings are left to `plan check`)."""
    return _sound(*check_file(path))


def check_file(path: str | Path) -> tuple[Plan | None, list[Problem]]:
    """Read a plan file and every problem in it."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        return None, [Problem(f"cannot read the plan: {exc.strerror}", path=path)]
    plan, problems = check_bytes(data, str(path), path.stem)
    if problems and path.suffix.lower() in (".tsv", ".txt", ".csv", ".tab"):
        for problem in problems:
            problem.hint = f"this looks like a table export: run 'plan import {path}' first"
    return plan, problems


def check_bytes(data: bytes, label: str, name: str) -> tuple[Plan | None, list[Problem]]:
    """The plan in these bytes (a file, or a file as git kept it) and every problem in it."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return None, [
            Problem(
                f"byte 0x{data[exc.start]:02x} is not UTF-8 text",
                path=label,
                line=data[: exc.start].count(b"\n") + 1,
                hint="plan files are UTF-8; save the file as UTF-8",
            )
        ]
    plan, problems = check_text(text, label)
    if plan is not None:
        plan.name = name
    return plan, problems


def plan_from_bytes(data: bytes, label: str, name: str) -> Plan:
    """The plan in these bytes, or their first error."""
    return _sound(*check_bytes(data, label, name))


def parse_plan(text: str, path: str = "<plan>") -> Plan:
    """Build a Plan from YAML text, or raise its first error."""
    return _sound(*check_text(text, path))


def _sound(plan: Plan | None, problems: list[Problem]) -> Plan:
    """The plan when it has no errors (warnings are fine), else raise the first error."""
    errors = [p for p in problems if not p.warning]
    if errors:
        raise min(errors, key=Problem.sort_key)
    assert plan is not None
    return plan


def check_text(text: str, path: str) -> tuple[Plan | None, list[Problem]]:
    """The plan in this YAML text (None when it cannot be built) and every problem found."""
    before_yaml = conflict_problems(text, path) or control_problems(text, path)
    if before_yaml:
        return None, before_yaml
    loader = plain_loader()
    try:
        root = yaml.compose(text, Loader=loader)
    except yaml.MarkedYAMLError as exc:
        syntax = syntax_problem(exc, path)
        # A tab in the indentation up to the error is its cause: say that instead.
        tabs = [t for t in tab_problems(text, path) if (t.line or 0) <= (syntax.line or 0)]
        return None, tabs or [syntax]
    except yaml.YAMLError as exc:
        return None, [Problem(f"YAML error: {exc}", path=path)]
    if "&" in text:  # an alias needs an anchor, and an anchor needs '&'
        refused = anchor_problems(text, path, loader)
        if refused:
            return None, refused
    if root is None:
        return None, [Problem("the file is empty, so it is not a plan", path=path, hint=NOT_A_PLAN)]
    reader = _Reader(path, text)
    plan = reader.plan(root)
    return plan, reader.problems


# Plain text that other YAML tools (and editors checking the schema) would read as a number
# or true/false: `ref: 1.10` is 1.1 to them. Resolved only for text starting like one.
_TYPED_STARTS = frozenset("0123456789+-.yYnNtTfFoO")
_TYPED_TAGS = {
    "tag:yaml.org,2002:int": "a number",
    "tag:yaml.org,2002:float": "a number",
    "tag:yaml.org,2002:bool": "true or false",
}
_FREE_TEXT = frozenset(
    ("title", "notes", "theme", "recommendation", "action", "measure", "comments")
)


@functools.cache
def _resolver() -> Any:
    return yaml.resolver.Resolver()


@functools.cache
def plain_loader() -> Any:
    """libyaml's parser (when present) with no implicit typing at all: every scalar is text.

    BaseLoader already types nothing, but asks its resolver about every node, in Python; on
    a 100,000-action plan that was a third of the reading.
    """
    base = getattr(yaml, "CBaseLoader", yaml.BaseLoader)
    tags = {
        yaml.ScalarNode: base.DEFAULT_SCALAR_TAG,
        yaml.SequenceNode: base.DEFAULT_SEQUENCE_TAG,
        yaml.MappingNode: base.DEFAULT_MAPPING_TAG,
    }

    class PlainLoader(base):  # type: ignore[misc, valid-type]
        def resolve(self, kind: Any, value: Any, implicit: Any) -> str:
            return tags[kind]

        def descend_resolver(self, current_node: Any, current_index: Any) -> None:
            return None

        def ascend_resolver(self) -> None:
            return None

    return PlainLoader


class _Reader:
    """Walks composed YAML nodes into the model, noting every problem and reading on."""

    def __init__(self, path: str, source: str = "") -> None:
        self.path = path
        self.source = source
        self.problems: list[Problem] = []
        self.refs: dict[str, int] = {}
        # Text can hold a control or bidi character only by an escape (a backslash) or as
        # itself: without either in the source, no value is searched for one.
        self.screen = not source or "\\" in source or bool(UNSAFE_TEXT.search(source))

    def problem(
        self, node: yaml.Node, message: str, hint: str | None = None, *, warning: bool = False
    ) -> None:
        self.problems.append(
            Problem(
                message, path=self.path, line=node.start_mark.line + 1, hint=hint, warning=warning
            )
        )

    def allowed(self, node: yaml.Node) -> bool:
        if node.tag in _DEFAULT_TAGS:
            return True
        tag = node.tag.replace("tag:yaml.org,2002:", "!!", 1)
        self.problem(
            node,
            f"YAML tag {tag} is not allowed in a plan",
            "remove the tag: plan files hold plain text only",
        )
        return False

    def mapping(self, node: yaml.Node, what: str, keys: tuple[str, ...]) -> dict[str, Any] | None:
        """The node's keys and value nodes, or None (with a problem) when it is not a mapping."""
        if not self.allowed(node):
            return None
        if not isinstance(node, yaml.MappingNode):
            self.problem(node, f"expected {what} here, as 'key: value' lines")
            return None
        result: dict[str, Any] = {}
        lines: dict[str, int] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode) or not self.allowed(key_node):
                self.problem(key_node, f"a key in {what} must be a plain word")
                continue
            key = key_node.value
            line = key_node.start_mark.line + 1
            if key in lines:
                self.problem(
                    key_node,
                    f"key '{key}' appears twice in {what} (lines {lines[key]} and {line})",
                    "keep one of them",
                )
                continue
            lines[key] = line
            if key not in keys:
                synonym = KEY_SYNONYMS.get(key.lower().rstrip(":"))
                close = [synonym] if synonym in keys else difflib.get_close_matches(key, keys, n=1)
                hint = f"did you mean '{close[0]}'?" if close else "known keys: " + ", ".join(keys)
                self.problem(key_node, f"unknown key '{key}' in {what}", hint)
                continue
            result[key] = value_node
        return result

    def sequence(self, node: yaml.Node | None, what: str) -> list[yaml.Node]:
        if node is None or not self.allowed(node):
            return []
        if isinstance(node, yaml.ScalarNode) and node.value == "":
            return []
        if not isinstance(node, yaml.SequenceNode):
            self.problem(node, f"expected a list of {what} here, each starting with '- '")
            return []
        return list(node.value)

    def value(self, kind: FieldKind, node: yaml.Node | None, key: str) -> Any:
        """A field's value, read as its kind is read."""
        match kind:
            case FieldKind.TEXT:
                return self.text(node, key)
            case FieldKind.NOTE:
                return self.note(node, key)
            case FieldKind.FLAG:
                return self.flag(node, key)
            case FieldKind.MONTH:
                return self.month(node, key)
            case FieldKind.INITIALS:
                return self.initials(node, key)
            case FieldKind.STATUS:
                return self.status(node, key)
            case FieldKind.EXTRA:
                return self.extra(node, key)
            case FieldKind.EVIDENCE:
                return self.evidence(node, key)
            case _:
                assert_never(kind)

    def text(self, node: yaml.Node | None, key: str) -> str:
        if node is None or not self.allowed(node):
            return ""
        if not isinstance(node, yaml.ScalarNode):
            self.problem(node, f"'{key}' must be text, not a list or mapping")
            return ""
        value: str = node.value
        if self.screen and value:
            refused = unsafe_text_problem(value, key, self.path, node.start_mark.line + 1)
            if refused:
                self.problems.append(refused)
                return ""
        if not node.style and value:  # plain (libyaml says "", PyYAML None)
            if value[0] in _TYPED_STARTS and key != "ref_generated":
                self.typed(node, key, value)
            if key in _FREE_TEXT and self.source:
                self.cut_by_comment(node, key, value)
        return value.strip()

    def typed(self, node: yaml.Node, key: str, value: str) -> None:
        tag = _resolver().resolve(yaml.ScalarNode, value, (True, False))
        if tag in _TYPED_TAGS:
            self.problem(
                node,
                f"'{key}: {value}' is read as {_TYPED_TAGS[tag]} by other YAML tools and "
                "editors (plan reads it as the text written)",
                f"quote it: {key}: '{value}'",
                warning=True,
            )

    def cut_by_comment(self, node: yaml.Node, key: str, value: str) -> None:
        """Warn when ' #' ended the text: YAML read the rest of the line as a comment."""
        end = node.end_mark.index
        line_end = self.source.find("\n", end)
        rest = self.source[end : len(self.source) if line_end < 0 else line_end]
        if not rest.lstrip().startswith("#"):
            return
        whole = f"{value.strip()} {rest.strip()}".replace("'", "''")
        self.problems.append(
            Problem(
                f"the text of '{key}' stops at '#': YAML reads '{rest.strip()}' as a comment, "
                "not as part of the text",
                path=self.path,
                line=node.end_mark.line + 1,
                hint=f"if it belongs to the text, quote it all: {key}: '{whole}'",
                warning=True,
            )
        )

    def plan(self, root: yaml.Node) -> Plan | None:
        fields = self.mapping(root, "a plan", PLAN_KEYS)
        if fields is None:
            return None
        if "themes" not in fields:
            self.problem(root, "this file is not a plan: it has no 'themes:'", NOT_A_PLAN)
            return None
        themes = (self.theme(n) for n in self.sequence(fields["themes"], "themes"))
        return Plan(
            title=self.text(fields.get("title"), "title"),
            notes=[self.text(n, "notes") for n in self.sequence(fields.get("notes"), "notes")],
            themes=[t for t in themes if t is not None],
            path=self.path,
        )

    def theme(self, node: yaml.Node) -> Theme | None:
        fields = self.mapping(node, "a theme", THEME_KEYS)
        if fields is None:
            return None
        recs = (
            self.recommendation(n)
            for n in self.sequence(fields.get("recommendations"), "recommendations")
        )
        return Theme(
            title=self.text(fields.get("theme"), "theme"),
            recommendations=[r for r in recs if r is not None],
            line=node.start_mark.line + 1,
        )

    def recommendation(self, node: yaml.Node) -> Recommendation | None:
        fields = self.mapping(node, "a recommendation", RECOMMENDATION_KEYS)
        if fields is None:
            return None
        actions = (self.action(n) for n in self.sequence(fields.get("actions"), "actions"))
        return Recommendation(
            text=self.text(fields.get("recommendation"), "recommendation"),
            actions=[a for a in actions if a is not None],
            line=node.start_mark.line + 1,
        )

    def action(self, node: yaml.Node) -> Action | None:
        fields = self.mapping(node, "an action", ACTION_KEYS)
        if fields is None:
            return None
        values: dict[str, Any] = {}
        read_ok: dict[str, bool] = {}
        for info in FIELDS:
            before = len(self.problems)
            value_node = fields.get(info.name)
            if info.name == "ref":
                values["ref"] = self.ref(node, value_node)
            else:
                values[info.name] = self.value(info.kind, value_node, info.name)
            read_ok[info.name] = len(self.problems) == before  # a refused value is reported
        action = Action(**values, line=node.start_mark.line + 1)
        text_ok, lead_ok = read_ok["action"], read_ok["lead"]
        if action.start and action.end and action.end < action.start:
            self.problem(
                fields["end"],
                f"end {action.end} is before start {action.start}",
                "swap them, or correct the month",
            )
        name = action.ref or "(no ref)"
        if not action.action and text_ok:
            self.problem(
                node,
                f"action {name} has no text",
                "say what will be done under 'action:'",
                warning=True,
            )
        if not action.lead and lead_ok:
            self.problem(
                node,
                f"action {name} has no lead officer",
                "add the officer's initials under 'lead:'",
                warning=True,
            )
        return action

    def ref(self, node: yaml.Node, ref_node: yaml.Node | None) -> str:
        ref = self.text(ref_node, "ref")
        if not ref:
            self.problem(
                ref_node or node,
                "this action has no ref",
                "add 'ref:' with a ref no other action has",
            )
            return ""
        line = (ref_node or node).start_mark.line + 1
        if ref in self.refs:
            self.problem(
                ref_node or node,
                f"ref {ref} is used twice (lines {self.refs[ref]} and {line})",
                "give each action its own ref",
            )
        else:
            self.refs[ref] = line
        return ref

    def note(self, node: yaml.Node | None, key: str) -> str:
        """Text that is written only when there is some (e.g. end_text)."""
        return self.text(node, key)

    def flag(self, node: yaml.Node | None, key: str) -> bool:
        value = self.text(node, key).lower()
        if node is not None and value not in ("", "true", "false"):
            self.problem(node, f"'{key}' must be true or false, not {value!r}")
        return value == "true"

    def month(self, node: yaml.Node | None, key: str) -> Month | None:
        value = self.text(node, key)
        if not value or node is None:
            return None
        try:
            return Month.parse(value)
        except ValueError as exc:
            self.problem(node, f"'{key}': {exc}")
            return None

    def status(self, node: yaml.Node | None, key: str = "status") -> Status:
        try:
            return Status.parse(self.text(node, key))
        except ValueError as exc:
            assert node is not None
            self.problem(node, str(exc))
            return Status.UNRATED

    def initials(self, node: yaml.Node | None, key: str) -> tuple[str, ...]:
        if isinstance(node, yaml.SequenceNode) and self.allowed(node):
            # a list is officer by officer: 'Revenues & Benefits Manager' is one
            return tuple(t for item in node.value if (t := self.text(item, key).strip()))
        return parse_initials(self.text(node, key))

    def evidence(self, node: yaml.Node | None, key: str = "evidence") -> tuple[Evidence, ...]:
        found = []
        for entry in self.sequence(node, "evidence entries"):
            fields = self.mapping(entry, "an evidence entry", EVIDENCE_KEYS)
            if fields is None:
                continue
            values = {k: self.text(v, k) for k, v in fields.items()}
            day = values.get("date", "")
            if day and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", day):
                self.problem(fields["date"], f"evidence date {day!r} is not YYYY-MM-DD")
            missing = "no_evidence" in values
            what = values.get("no_evidence" if missing else "what", "")
            if not what:
                self.problem(
                    entry,
                    "an evidence entry says what it is under 'what:' (or why there is none"
                    " under 'no_evidence:')",
                )
                continue
            found.append(
                Evidence(
                    what,
                    values.get("link", ""),
                    day,
                    format_initials(parse_initials(values.get("checked_by", ""))),
                    missing,
                )
            )
        return tuple(found)

    def extra(self, node: yaml.Node | None, key: str = "extra") -> dict[str, str]:
        if node is None or not self.allowed(node):
            return {}
        if not isinstance(node, yaml.MappingNode):
            self.problem(node, "'extra' must be 'column title: text' lines")
            return {}
        result: dict[str, str] = {}
        for key_node, value_node in node.value:
            key = self.text(key_node, "extra")
            if key in result:
                self.problem(key_node, f"column '{key}' appears twice in 'extra'")
                continue
            result[key] = self.text(value_node, key)
        return result
