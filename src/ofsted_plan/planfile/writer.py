"""Write the plan's YAML file: one key order, long text wrapped, the same bytes every time."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Any

from ..model import FIELDS, Action, Plan, format_initials

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


# How each kind of field is written in the plan file (see model.FIELDS).
_WRITE: dict[str, Callable[[Any], Any]] = {
    "text": str,
    "month": lambda month: str(month) if month else "",
    "initials": format_initials,
    "status": lambda status: status.value,
}


def _action_data(action: Action) -> dict[str, Any]:
    """The action's keys in the file's order; the flag and other columns only when set."""
    data: dict[str, Any] = {}
    for info in FIELDS:
        value = getattr(action, info.name)
        if info.kind == "flag":
            if value:
                data[info.name] = True
        elif info.kind == "extra":
            if value:
                data[info.name] = dict(value)
        else:
            data[info.name] = _WRITE[info.kind](value)
    return data


WIDTH = 88
# The first line of every plan file: editors that speak the YAML language server protocol
# (VS Code, Neovim, JetBrains...) then complete and check the plan against the schema, which
# `plan schema -o plan.schema.json` writes next to the plans/ folder.
MODELINE = "# yaml-language-server: $schema=../plan.schema.json\n"


@functools.cache
def _dumper() -> type:
    """The pure-Python dumper (the same output with or without libyaml), lists indented."""
    import yaml

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
    import yaml

    return yaml.dump(
        data,
        Dumper=_dumper(),
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=width,
    )


def dump_plan(plan: Plan) -> str:
    """The plan as YAML text: the same plan always gives the same bytes."""
    return MODELINE + _dump(plan_to_data(plan), WIDTH)


def dump_value(key: str, value: Any, column: int) -> str:
    """``key: value`` as dump_plan writes it when the key stands at this column.

    Returns what follows the colon (with its leading space), continuation lines indented for
    that column, and no final line break: the text `plan set` puts in place of the old value.
    """
    text = _dump({key: value}, WIDTH - column)
    body = text[len(key) + 1 :].rstrip("\n")
    first, *rest = body.split("\n")
    return "\n".join([first, *((" " * column + line) if line else line for line in rest)])
