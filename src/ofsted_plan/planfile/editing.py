"""Change fields of one action in a plan file, touching nothing else in the file.

PyYAML cannot write a file back as it was read (comments, quoting and wrapping would
change), and a round-trip library would still re-emit every scalar. Instead we compose the
file to find where the action's values are, and replace just those spans of the text with
the values as `plan import` would write them. Comments, blank lines, key order, quoting and
wrapping elsewhere stay byte for byte.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import yaml

from ..errors import PlanError, Problem
from .reader import ACTION_KEYS, check_text, plain_loader
from .writer import action_text, dump_value

if TYPE_CHECKING:
    import yaml

    from ..model import Action, Evidence, Plan


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace text[start:end] with `text`."""

    start: int
    end: int
    text: str
    key: str = ""  # the key a new line adds, so that several are put in key order


def set_fields(
    text: str,
    path: str,
    ref: str,
    values: dict[str, str],
    *,
    append_comment: str | None = None,
    add_evidence: Evidence | None = None,
) -> str:
    """The file's text with the action's fields set to these values (already validated).

    ``append_comment`` (an update's line, `model.with_update`) is added on a line of its own
    to the comments as they are in this text (read under the
    writer's lock, so an update made meanwhile is kept). A CRLF file stays CRLF. Raises
    PlanError when the file is broken, the ref is not in it, a value to change is followed
    by a YAML comment, or the result would not pass `plan check`; nothing is changed then.
    ``add_evidence`` is added after the action's evidence as this text holds it.
    """

    def change(text: str, plan: Plan | None) -> str:
        fields: dict[str, Any] = dict(values)
        if add_evidence is not None:
            found = [a.evidence for a in (plan.actions() if plan else ()) if a.ref == ref]
            had = found[0] if found else ()
            fields["evidence"] = [e.as_data() for e in (*had, add_evidence)]
        if append_comment:
            actions = plan.actions() if plan else iter(())
            current = next((a.comments for a in actions if a.ref == ref), "")
            # an update on a line of its own, the latest last (model.updates reads them)
            fields["comments"] = (
                f"{current.rstrip()}\n{append_comment}" if current.strip() else append_comment
            )
        action = _find_action(_compose(text), ref)
        if action is None:
            raise PlanError(f"no action has ref {ref!r}", path=path)
        edits = _merged([_edit(text, path, action, key, value) for key, value in fields.items()])
        for edit in sorted(edits, key=lambda e: e.start, reverse=True):
            text = text[: edit.start] + edit.text + text[edit.end :]
        return text

    return _edited(text, path, change)


def add_action(text: str, path: str, place: Callable[[Plan], tuple[int, int, Action]]) -> str:
    """The file's text with a new action after the last one of a recommendation, written as
    `plan import` writes actions; every other byte stays as it was. A CRLF file stays CRLF.

    `place` is given the plan as this text holds it and returns the theme and recommendation
    (counting from 0 within the file) and the action, so that where it goes and its ref are
    decided from the same text the edit is made to (under the writer's lock)."""

    def change(text: str, plan: Plan | None) -> str:
        if plan is None:
            raise PlanError("the plan cannot be read", path=path)
        theme, recommendation, action = place(plan)
        root = _compose(text)
        themes = getattr(_value(root, "themes"), "value", [])
        rec_node = getattr(_value(themes[theme], "recommendations"), "value", [])[recommendation]
        actions: Any = _value(rec_node, "actions")
        if actions is None or (actions.value and actions.flow_style):
            raise PlanError(
                "this recommendation's actions are not written as a list of 'key: value' "
                "blocks, so an action cannot be added in place",
                path=path,
                line=rec_node.start_mark.line + 1,
                hint="add it by hand, or write the actions as plan import does",
            )
        if actions.value:
            last = actions.value[-1]
            column = last.start_mark.column - 2  # where its dash stands
            line_end = text.find("\n", _end(text, last))
            at = len(text) if line_end < 0 else line_end + 1
            new = action_text(action, column)
            if at == len(text) and not text.endswith("\n"):
                new = "\n" + new
            return text[:at] + new + text[at:]
        key = next(k for k, v in rec_node.value if v is actions)  # `actions: []`
        start, end = actions.start_mark.index, _end(text, actions)
        _refuse_comment(text, path, "actions", end)
        line_end = text.find("\n", end)
        after = len(text) if line_end < 0 else line_end + 1
        new = action_text(action, key.start_mark.column + 2)
        return text[: start - 1] + "\n" + new + text[after:]

    return _edited(text, path, change)


def _compose(text: str) -> Any:
    return yaml.compose(text, Loader=plain_loader())


def _edited(text: str, path: str, change: Callable[[str, Plan | None], str]) -> str:
    """Apply a change to a sound plan's text, then check the result as `plan check` would:
    the first error before or after is raised (after: 'not saved'), so nothing broken is
    ever written. Line ends are LF while changing; a CRLF file comes back CRLF."""
    crlf = "\r\n" in text and text.count("\n") == text.count("\r\n")
    if crlf:
        text = text.replace("\r\n", "\n")
    plan, problems = check_text(text, path)
    errors = [p for p in problems if not p.warning]
    if errors:
        raise min(errors, key=Problem.sort_key)
    text = change(text, plan)
    errors = [p for p in check_text(text, path)[1] if not p.warning]
    if errors:
        first = min(errors, key=Problem.sort_key)
        first.message = f"not saved, the change would leave this: {first.message}"
        raise first
    return text.replace("\n", "\r\n") if crlf else text


def _merged(edits: list[Edit]) -> list[Edit]:
    """New keys inserted at the same place, joined in the plan's key order."""
    inserts: dict[int, list[Edit]] = {}
    result = []
    for edit in edits:
        if edit.start == edit.end and edit.key:
            inserts.setdefault(edit.start, []).append(edit)
        else:
            result.append(edit)
    for at, group in inserts.items():
        group.sort(key=lambda e: ACTION_KEYS.index(e.key))
        result.append(Edit(at, at, "".join(e.text for e in group)))
    return result


def _value(node: yaml.Node, key: str) -> yaml.Node | None:
    for key_node, value_node in getattr(node, "value", []):
        if getattr(key_node, "value", None) == key:
            return value_node
    return None


def _end(text: str, node: yaml.Node) -> int:
    """Where the value's own text ends: a block list or block text's end mark is on a later
    line (after its last line break, or at the next key), and that is not the value's to lose.
    """
    end = node.end_mark.index
    while end > node.start_mark.index and text[end - 1] in " \t\r\n":
        end -= 1
    return end


def _find_action(root: yaml.Node, ref: str) -> yaml.MappingNode | None:
    themes = _value(root, "themes")
    for theme in getattr(themes, "value", []):
        for rec in getattr(_value(theme, "recommendations"), "value", []):
            for action in getattr(_value(rec, "actions"), "value", []):
                ref_node = _value(action, "ref")
                if ref_node is not None and ref_node.value.strip() == ref:
                    return action
    return None


def _edit(text: str, path: str, action: yaml.MappingNode, key: str, value: Any) -> Edit:
    if action.flow_style:
        raise PlanError(
            "this action is written on one line ({...}), so it cannot be edited in place",
            path=path,
            line=action.start_mark.line + 1,
            hint="write it as 'key: value' lines, or edit it by hand",
        )
    pairs = {k.value: (k, v) for k, v in action.value}
    if key in pairs:
        key_node, value_node = pairs[key]
        colon = text.index(":", key_node.end_mark.index)
        column = key_node.start_mark.column
        end = _end(text, value_node)
        new = dump_value(key, value, column)
        if key in TEXT_KEYS or "\n" in new:
            _refuse_comment(text, path, key, max(end, colon + 1))
        return Edit(colon + 1, end, new)
    # A key the action does not have yet: a new line after the key that comes before it.
    order = ACTION_KEYS.index(key)
    before = [pairs[k] for k in ACTION_KEYS[:order] if k in pairs]
    anchor_key, anchor_value = before[-1] if before else next(iter(pairs.values()))
    column = anchor_key.start_mark.column
    if before:
        line_end = text.find("\n", _end(text, anchor_value))
        at = len(text) if line_end < 0 else line_end + 1
        line = " " * column + key + ":" + dump_value(key, value, column) + "\n"
        if at == len(text) and not text.endswith("\n"):
            line = "\n" + line
        return Edit(at, at, line, key)
    at = anchor_key.start_mark.index  # before the first key, on its line
    return Edit(at, at, key + ":" + dump_value(key, value, column) + "\n" + " " * column, key)


# Free text, where ' #' was most likely meant as part of the words, not as a YAML comment.
TEXT_KEYS = ("action", "measure", "comments")


def _refuse_comment(text: str, path: str, key: str, end: int) -> None:
    """A YAML comment after a text value ('comments: See item #4') is most likely words cut
    off by YAML, and after a value written over several lines it would land inside the new
    text: refuse, and say how to keep the words. (`status: green  # was red` is kept.)"""
    line_end = text.find("\n", end)
    rest = text[end : len(text) if line_end < 0 else line_end]
    if rest.lstrip().startswith("#"):
        raise PlanError(
            f"the {key} value is followed by a YAML comment ('{rest.strip()}'), so it "
            "cannot be changed without moving or losing those words",
            path=path,
            line=text.count("\n", 0, end) + 1,
            hint="if the words after '#' belong to the text, quote the whole text; "
            "otherwise move the comment to a line of its own",
        )
