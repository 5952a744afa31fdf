"""Versions of one plan file read one after another, each from the one before where it can.

A plan's history is thousands of versions that differ by an action or two. Reading each in
full is most of `plan history` and `plan trend` on a long history (5,000 versions: ~20 s).
When a version differs from the last one read only inside one action's lines, only those
lines are read (as the whole file would read them: same lines, same checks) and the rest is
taken from the last version, moved by the lines added or removed. Anything else (an edit
across actions, a changed ref, a recommendation or theme changed, any error) reads the
whole file, so the result is always what `reader.plan_from_bytes` gives.
"""

from __future__ import annotations

import dataclasses
from bisect import bisect_right

from ..model import Action, Plan, Recommendation, Theme
from .reader import plain_loader, plan_from_bytes
from .scan import conflict_problems, control_problems


class VersionReader:
    """Reads versions of one file in turn; `read` is `plan_from_bytes`, faster."""

    def __init__(self) -> None:
        self._lines: list[str] = []
        self._plan: Plan | None = None
        self._starts: list[int] = []  # each theme's, recommendation's and action's first line
        self._actions: dict[int, Action] = {}  # by first line (0-based)

    def read(self, data: bytes, label: str, name: str) -> Plan:
        """The plan in these bytes, or raise their first error, as `plan_from_bytes`."""
        try:
            lines = _lines(data.decode("utf-8-sig"))
        except UnicodeDecodeError:
            lines = None
        plan = self._near(lines, label, name) if lines is not None else None
        if plan is None:
            self._plan = None  # a failed read leaves nothing to build on
            plan = plan_from_bytes(data, label, name)
        self._keep(lines, plan)
        return plan

    def _keep(self, lines: list[str] | None, plan: Plan) -> None:
        self._plan = None
        starts = [x.line for x in plan.themes]
        starts += [r.line for r in plan.recommendations()]
        actions = {a.line: a for a in plan.actions()}
        if lines is None or None in starts or None in actions:
            return
        first = {n - 1: a for n, a in actions.items() if n is not None}
        self._starts = sorted({n - 1 for n in starts if n is not None} | set(first))
        self._actions = first
        self._lines, self._plan = lines, plan

    def _near(self, new: list[str], label: str, name: str) -> Plan | None:
        """The new version from the last one when one action's lines changed, else None."""
        old, plan, starts = self._lines, self._plan, self._starts
        if plan is None or not self._actions:
            return None
        top = 0
        limit = min(len(old), len(new))
        while top < limit and old[top] == new[top]:
            top += 1
        if top == len(old) == len(new):
            return _moved(plan, 0, 0, None, label, name)  # the same text
        tail = 0
        while tail < limit - top and old[-1 - tail] == new[-1 - tail]:
            tail += 1
        # The action whose lines hold every changed line: from its first line to the next
        # theme's, recommendation's or action's (the last one's run to the end of the file).
        at = bisect_right(starts, top) - 1
        if at < 0 or starts[at] not in self._actions:
            return None
        first = starts[at]
        end_old = starts[at + 1] if at + 1 < len(starts) else len(old)
        if len(old) - tail > end_old:
            return None
        end_new = end_old + len(new) - len(old)
        block = new[first:end_new]
        if not block or not _one_item(block, old[first]):
            return None
        text = "\n" * first + "".join(block)  # so every line number is the file's
        if conflict_problems(text, label) or control_problems(text, label):
            return None
        action = _read_action(text, label)
        previous = self._actions[first]
        if action is None or action.ref != previous.ref:
            return None
        # whole reading's warnings are not kept either: plan_from_bytes returns none
        return _moved(plan, first, len(new) - len(old), (previous, action), label, name)


def _lines(text: str) -> list[str] | None:
    """The text's lines as YAML counts them (None when it has a line break other than LF
    or CRLF: YAML counts those, str.split does not)."""
    if "\x85" in text or "\u2028" in text or "\u2029" in text:
        return None
    if text.count("\r") != text.count("\r\n"):
        return None
    lines = text.split("\n")
    result = [line + "\n" for line in lines[:-1]]
    if lines[-1]:
        result.append(lines[-1])
    return result


def _one_item(block: list[str], old_first: str) -> bool:
    """True when these lines can only be one list item where they are: the first starts
    `- ` at the column the last version's did, every other line that holds YAML is indented
    further, and nothing can refer to anything outside (anchors, aliases, directives)."""
    column = len(old_first) - len(old_first.lstrip(" "))
    head = block[0]
    if not head.startswith(" " * column + "- ") and head.rstrip("\r\n") != " " * column + "-":
        return False
    for line in block:
        if "&" in line or "*" in line or "\t" in line or "%" in line[:1]:
            return False
    for line in block[1:]:
        content = line.lstrip(" ")
        indent = len(line) - len(content)
        if content.strip() and not content.startswith("#") and indent <= column:
            return False
    return True


def _read_action(text: str, label: str) -> Action | None:
    """The one action these lines hold, or None when they hold anything else or an error."""
    import yaml

    from .reader import _Reader

    try:
        root = yaml.compose(text, Loader=plain_loader())
    except yaml.YAMLError:
        return None
    if not isinstance(root, yaml.SequenceNode) or len(root.value) != 1:
        return None
    reader = _Reader(label, text)
    action = reader.action(root.value[0])
    if action is None or any(not p.warning for p in reader.problems):
        return None
    return action


def _moved(
    plan: Plan,
    first: int,
    delta: int,
    swap: tuple[Action, Action] | None,
    label: str,
    name: str,
) -> Plan:
    """A new Plan from `plan`: one action swapped, and everything after line `first` moved
    by `delta` lines. Unchanged actions are shared (nothing edits a version read from git)."""

    def line(at: int | None) -> int | None:
        return at + delta if delta and at is not None and at - 1 > first else at

    def action(a: Action) -> Action:
        if swap is not None and a is swap[0]:
            return swap[1]
        return dataclasses.replace(a, line=line(a.line)) if line(a.line) != a.line else a

    themes = [
        Theme(
            t.title,
            [
                Recommendation(r.text, [action(a) for a in r.actions], line(r.line))
                for r in t.recommendations
            ],
            line(t.line),
        )
        for t in plan.themes
    ]
    result = Plan(title=plan.title, notes=list(plan.notes), themes=themes, path=label)
    result.name = name
    return result
