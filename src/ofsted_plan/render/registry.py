"""One registry of output formats, chosen once per command (as todoman picks its formatter).

Each format names its file extensions, whether it is text or binary, the module that renders
it (imported only when used, so JSON and CSV never load rich) and what it can render:

- ``items``: actions, one row each (list, overdue); ``summary``; ``show`` (one action);
  ``changes`` (diff); ``history``
- ``plan``: the plan as the council's table; ``paper``: a board paper; ``calendar``: due
  dates as events

A renderer is the function ``KIND_FORMAT`` in that module (``items_json``, ``paper_html``),
taking the service's result and returning text, bytes or (terminal) a rich renderable.
Adding a format is one entry here and its functions there.
"""

from __future__ import annotations

import importlib
from typing import Any, NamedTuple


class Format(NamedTuple):
    name: str
    extensions: tuple[str, ...]
    binary: bool
    modules: tuple[str, ...]  # under ofsted_plan.render, searched in order
    kinds: tuple[str, ...]
    export: str | None = None  # what `plan export` writes in this format, if anything
    description: str = ""
    since: bool = False  # a board paper that shows the changes since a version (--since)


# What the terminal and JSON both render: every reading command's result.
READING_KINDS = (
    "items",
    "summary",
    "show",
    "changes",
    "history",
    "trend",
    "slippage",
    "stale",
    "measures",
)
FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format(
            "table",
            (),
            False,
            ("terminal", "history_tables", "measures"),
            READING_KINDS,
        ),
        Format(
            "tsv",
            ("tsv", "txt"),
            False,
            ("council_table",),
            ("plan",),
            "plan",
            "the council's own table, which plan import reads back",
        ),
        Format(
            "csv",
            ("csv",),
            False,
            ("data", "measures"),
            ("items", "measures"),
            "items",
            "one row per action, for spreadsheets",
        ),
        Format(
            "json",
            ("json",),
            False,
            ("data", "history_data", "measures"),
            READING_KINDS,
            "items",
            "the scripting contract",
        ),
        Format(
            "markdown",
            ("md", "markdown"),
            False,
            ("markdown",),
            ("paper",),
            "paper",
            "board paper for GitHub or GitLab",
            True,
        ),
        Format("html", ("html", "htm"), False, ("html",), ("paper",), "paper", "board paper", True),
        Format(
            "pdf", ("pdf",), True, ("pdf",), ("paper",), "paper", "board paper (needs [pdf])", True
        ),
        Format(
            "xlsx", ("xlsx",), True, ("xlsx",), ("paper",), "paper", "board paper workbook", True
        ),
        Format(
            "ics",
            ("ics",),
            False,
            ("calendar",),
            ("calendar",),
            "calendar",
            "open actions' due dates, for Outlook and Google Calendar",
        ),
    )
}


def choices(kind: str) -> tuple[str, ...]:
    """The formats that can render this kind, the terminal's first."""
    return tuple(name for name, f in FORMATS.items() if kind in f.kinds)


def export_choices() -> tuple[str, ...]:
    return tuple(name for name, f in FORMATS.items() if f.export)


def by_extension(suffix: str) -> Format | None:
    suffix = suffix.lower()
    return next((f for f in FORMATS.values() if f.export and suffix in f.extensions), None)


def extensions() -> tuple[str, ...]:
    return tuple(e for f in FORMATS.values() if f.export for e in f.extensions)


def render(fmt: str, kind: str, result: Any) -> Any:
    """Render the result of a service in this format."""
    chosen = FORMATS[fmt]
    if kind not in chosen.kinds:
        raise ValueError(f"{fmt} cannot show {kind}")
    name = f"{kind}_{fmt}"
    for module_name in chosen.modules:
        module = importlib.import_module(f"{__package__}.{module_name}")
        if hasattr(module, name):
            return getattr(module, name)(result)
    raise ValueError(f"no renderer {name} in {chosen.modules}")
