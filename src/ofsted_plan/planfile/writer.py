"""Write the plan's YAML file: one key order, long text wrapped, the same bytes every time."""

from __future__ import annotations

import functools
import itertools
import operator
import re
from collections.abc import Iterator
from typing import IO, Any

import yaml

from ..model import FIELDS, Action, FieldKind, Plan, assert_never, format_initials, parse_initials
from .reader import plain_loader

_STR = "tag:yaml.org,2002:str"
# Control characters, Unicode line breaks and BOMs, and text with spaces at either end of a
# line: written double-quoted, where YAML escapes them, so they read back exactly.
_NEEDS_ESCAPES = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff]|^\\s|\\s$|[ \t]\n|\n[ \t]"
)


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
    """The action's keys in the file's order; the flag and other columns only when set.
    (Kinds compared by identity, the values got in one call: a 1,000,000-action import made
    this data in 5.8 s through `match`, in 3.1 s so; issue 25 item 11.)"""
    data: dict[str, Any] = {}
    for (name, kind), value in zip(_KINDS, _VALUES(action), strict=True):
        if kind is FieldKind.TEXT:
            data[name] = value if value.__class__ is str else str(value)
        elif kind is FieldKind.STATUS:
            data[name] = value.value
        elif kind is FieldKind.MONTH:
            data[name] = str(value) if value else ""
        elif kind is FieldKind.INITIALS:
            text = format_initials(value)  # 'RG/JF'; an officer whose post holds '&' or
            # 'and' ('Revenues & Benefits Manager') would read back as two: a list, one each
            data[name] = text if parse_initials(text) == value else list(value)
        elif not value:
            continue  # a flag, a note, other columns or evidence: written only when set
        elif kind is FieldKind.FLAG:
            data[name] = True
        elif kind is FieldKind.NOTE:
            data[name] = value
        elif kind is FieldKind.EXTRA:
            data[name] = dict(value)
        elif kind is FieldKind.EVIDENCE:
            data[name] = [e.as_data() for e in value]
        else:
            assert_never(kind)
    return data


_KINDS = tuple((info.name, info.kind) for info in FIELDS)
_VALUES = operator.attrgetter(*(info.name for info in FIELDS))


WIDTH = 88
# The first line of every plan file: editors that speak the YAML language server protocol
# (VS Code, Neovim, JetBrains...) then complete and check the plan against the schema, which
# `plan schema -o plan.schema.json` writes next to the plans/ folder.
MODELINE = "# yaml-language-server: $schema=../plan.schema.json\n"


@functools.cache
def _dumper() -> type:
    """The pure-Python dumper (the same output with or without libyaml), lists indented."""

    class Dumper(yaml.SafeDumper):
        def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
            super().increase_indent(flow, False)

    def represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
        # Plain and block styles would fold some characters into spaces; quote those.
        style = '"' if _NEEDS_ESCAPES.search(value) else "|" if "\n" in value else None
        return dumper.represent_scalar(_STR, value, style=style)

    Dumper.add_representer(str, represent_str)
    return Dumper


def _dump(data: Any, width: int) -> str:
    return yaml.dump(
        data,
        Dumper=_dumper(),
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=width,
    )


def dump_plan(plan: Plan) -> str:
    """The plan as YAML text: the same plan always gives the same bytes.

    The bytes are PyYAML's (`pyyaml_dump_plan`, which tests compare with), written faster:
    the plan's layout is fixed, so only values are left to decide. A value that PyYAML would
    write plain on its key's line is written so directly; any other (quoted, wrapped, block
    text, lists, other columns) is written by PyYAML's emitter at its column (`dump_value`).
    Importing 100,000 actions took two minutes through the emitter alone.
    """
    return "".join(dump_parts(plan))


def dump_parts(plan: Plan) -> Iterator[str]:
    """dump_plan's text in parts, a recommendation at a time, each action's data made as it
    is written (`plan_to_data` of a whole plan is a second copy of it): `plan import` reads
    a large plan back while the rest is still being written (planfile/checked.py)."""
    out = [MODELINE]
    _put(out, "", "title", plan.title)
    if plan.notes:
        out.append("notes:" + dump_value("notes", list(plan.notes), 0) + "\n")
    if not plan.themes:
        out.append("themes: []\n")
        yield "".join(out)
        return
    out.append("themes:\n")
    for theme in plan.themes:
        _put(out, "  - ", "theme", theme.title)
        if not theme.recommendations:
            out.append("    recommendations: []\n")
            continue
        out.append("    recommendations:\n")
        for rec in theme.recommendations:
            _put(out, "      - ", "recommendation", rec.text)
            if not rec.actions:
                out.append("        actions: []\n")
                continue
            out.append("        actions:\n")
            for action in rec.actions:
                _action_lines(out, _action_data(action), 10)
            yield "".join(out)
            out.clear()
    yield "".join(out)


def action_text(action: Action, column: int) -> str:
    """One action as a list item whose dash stands at `column`, as dump_plan writes it."""
    out: list[str] = []
    _action_lines(out, _action_data(action), column)
    return "".join(out)


def _action_lines(out: list[str], data: dict[str, Any], column: int) -> None:
    first = " " * column + "- "
    rest = " " * (column + 2)
    for key, value in data.items():
        _put(out, first, key, value)
        first = rest


def pyyaml_dump_plan(plan: Plan) -> str:
    """The plan as PyYAML's emitter writes it: what dump_plan must equal, byte for byte."""
    return MODELINE + _dump(plan_to_data(plan), WIDTH)


# Text the fast writer handles: it starts with a letter or digit and holds no character that
# could start an escape, a block or a line break. PyYAML writes it plain, or single-quoted when
# plain would be misread (': ', ' #', a trailing ':', or a number, date or true/false to other
# tools); single spaces only, so folding is the simple kind.
_SIMPLE = re.compile(r"[A-Za-z0-9][A-Za-z0-9 .,;:#()/&+'%£$€_\-–—’‘“”…!?=]*")
_SPACES = re.compile(r"\s\s|\s$")
_STR_TAG = "tag:yaml.org,2002:str"
_PLAIN_OK: dict[str, bool] = {}
# First characters of the values PyYAML's resolver reads as something other than text
# (numbers, dates, true/false/on/off/yes/no, null, '=' and '<<').
_TYPED_STARTS = frozenset("0123456789+-.yYnNtTfFoO~=<")


def _plain_ok(value: str) -> bool:
    """Whether PyYAML writes this simple text plain (else single-quoted)."""
    if ": " in value or " #" in value or value[-1] == ":":
        return False
    if value[0] not in _TYPED_STARTS:
        return True  # no YAML type starts so: text to every reader
    found = _PLAIN_OK.get(value)
    if found is None:
        found = _resolver().resolve(yaml.ScalarNode, value, (True, False)) == _STR_TAG
        if len(_PLAIN_OK) < 100_000:
            _PLAIN_OK[value] = found
    return found


@functools.cache
def _resolver() -> Any:
    return yaml.resolver.Resolver()


def _folded(text: str, column: int, indent: int, quoted: bool = False) -> str:
    """Text folded as PyYAML's emitter folds plain and single-quoted text: at a space once a
    line is past WIDTH, continuation lines at `indent` (single spaces only: _SPACES rules out
    the rest). `column` is where the text starts."""
    if quoted:
        text = text.replace("'", "''")
    if column + len(text) <= WIDTH:
        return text
    words = text.split(" ")
    out = [words[0]]
    column += len(words[0])
    margin = "\n" + " " * indent
    for word in words[1:]:
        if column > WIDTH:
            out.append(margin)
            column = indent
        else:
            out.append(" ")
            column += 1
        out.append(word)
        column += len(word)
    return "".join(out)


def _put(out: list[str], prefix: str, key: str, value: Any) -> None:
    """One `key: value` line (or lines), the key at len(prefix). A short value's lines are
    kept: a plan repeats its months, statuses and officers on every action."""
    if type(value) is str and len(value) <= 40:
        known = _LINES.get((prefix, key, value))
        if known is None:
            lines: list[str] = []
            _put_value(lines, prefix, key, value)
            known = "".join(lines)
            if len(_LINES) < 50_000:
                _LINES[(prefix, key, value)] = known
        out.append(known)
        return
    _put_value(out, prefix, key, value)


_LINES: dict[tuple[str, str, str], str] = {}


def _put_value(out: list[str], prefix: str, key: str, value: Any) -> None:
    if value is True:
        out.append(f"{prefix}{key}: true\n")
    elif value == "":
        out.append(f"{prefix}{key}: ''\n")
    elif type(value) is str and _SIMPLE.fullmatch(value) and not _SPACES.search(value):
        column, indent = len(prefix) + len(key) + 2, len(prefix) + 2
        if _plain_ok(value):
            if column + len(value) <= WIDTH:  # most values: on the key's line as they are
                out.append(f"{prefix}{key}: {value}\n")
            else:
                out.append(f"{prefix}{key}: {_folded(value, column, indent)}\n")
        else:
            out.append(f"{prefix}{key}: '{_folded(value, column + 1, indent, quoted=True)}'\n")
    else:
        out.append(f"{prefix}{key}:{dump_value(key, value, len(prefix))}\n")


def dump_value(key: str, value: Any, column: int) -> str:
    """``key: value`` as dump_plan writes it when the key stands at this column.

    Returns what follows the colon (with its leading space), continuation lines indented for
    that column, and no final line break: the text `plan set` puts in place of the old value.
    """
    text = _dump({key: value}, WIDTH - column)
    body = text[len(key) + 1 :].rstrip("\n")
    first, *rest = body.split("\n")
    return "\n".join([first, *((" " * column + line) if line else line for line in rest)])


def reads_back(text: str | IO[bytes], plan: Plan | dict[str, Any]) -> bool:
    """Whether YAML reads this text as exactly the plan's data (every key and value, in order).

    The check `plan import` makes before it writes anything. It follows libyaml's parse
    events rather than building the whole node tree: on a 100,000-action plan that is 3x
    faster and needs no memory for a second copy of the plan. The events expected are made
    flat, one step each, and the two streams walked side by side (issue 25 item 11: the
    nested generators cost a 1,000,000-row import ~8 s).
    """
    loader = plain_loader()(text)
    try:
        get = loader.get_event  # directly: yaml.parse's generator costs ~5% more
        if type(get()) is not yaml.StreamStartEvent or type(get()) is not yaml.DocumentStartEvent:
            return False
        expected = _flat_plan(plan) if isinstance(plan, Plan) else _flat(plan)
        scalar, end = yaml.ScalarEvent, yaml.DocumentEndEvent
        while True:
            event = get()
            want = next(expected, _DONE)
            kind = type(event)
            if kind is scalar:
                if want.__class__ is not str or want != event.value or event.tag not in (None, "!"):
                    return False
            elif kind is end:  # the one document, and nothing after it
                return want is _DONE and type(get()) is yaml.StreamEndEvent
            elif _MARKS.get(kind) is not want or getattr(event, "tag", None) is not None:
                return False  # another structure, a tag or an alias
    finally:
        loader.dispose()


_MAP, _SEQ, _END, _DONE = object(), object(), object(), object()
_MARKS = {
    yaml.MappingStartEvent: _MAP,
    yaml.SequenceStartEvent: _SEQ,
    yaml.MappingEndEvent: _END,
    yaml.SequenceEndEvent: _END,
}


def _flat(data: Any) -> Iterator[Any]:
    """The parse events this data must give, one step each: _MAP, _SEQ and _END for
    structure, a string for each key and value ('true' for a flag)."""
    stack: list[Iterator[Any]] = [iter((data,))]
    while stack:
        for value in stack[-1]:
            if value.__class__ is str:
                yield value
            elif value.__class__ is dict:
                yield _MAP
                stack.append(itertools.chain.from_iterable(value.items()))
                break
            elif value.__class__ is list:
                yield _SEQ
                stack.append(iter(value))
                break
            else:
                yield "true" if value is True else value
        else:
            stack.pop()
            if stack:
                yield _END


def _flat_plan(plan: Plan) -> Iterator[Any]:
    """_flat(plan_to_data(plan)), each action's data made only as the check reaches it."""
    yield _MAP
    yield "title"
    yield plan.title
    if plan.notes:
        yield "notes"
        yield _SEQ
        yield from plan.notes
        yield _END
    yield "themes"
    yield _SEQ
    for theme in plan.themes:
        yield from (_MAP, "theme", theme.title, "recommendations", _SEQ)
        for rec in theme.recommendations:
            yield from (_MAP, "recommendation", rec.text, "actions", _SEQ)
            for action in rec.actions:
                yield from _flat(_action_data(action))
            yield from (_END, _END)
        yield from (_END, _END)
    yield from (_END, _END)
