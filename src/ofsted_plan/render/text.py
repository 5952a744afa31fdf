"""Small text helpers every output shares: plan text made safe to show, how late, undated ends."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from datetime import date

    from ..model import Action

# Control characters (C0 but newline, DEL, C1) and bidi overrides never reach the terminal.
_UNSAFE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def visible(text: str) -> str:
    """Show control characters as escapes (``\\x1b``) so a cell cannot drive the terminal.
    A carriage return is a line break as the cell's author saw it (CRLF, or a lone CR from an
    old Mac or a spreadsheet cell): it becomes one newline, never a literal ``\\r``."""
    if text.isascii() and text.isprintable():
        return text  # most text: nothing to escape, and no regular expression to run
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _UNSAFE.sub(lambda m: m[0].encode("unicode_escape").decode("ascii"), text)


# What a terminal must not be sent in a whole output (CSV, JSON, Markdown ... printed to it):
# the same, but for tab, newline and a CR that ends a line (CSV writes CRLF).
_UNSAFE_OUTPUT = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]|\r(?!\n)"
)


def for_terminal(text: str) -> str:
    """A whole output as a terminal may be sent it: control and bidi characters escaped as
    `visible` escapes them, tabs and line ends (LF, CRLF) kept."""
    return _UNSAFE_OUTPUT.sub(lambda m: m[0].encode("unicode_escape").decode("ascii"), text)


def how_late(action: Action, as_of: date) -> str:
    """How late an overdue action is, as a manager says it: '1 year 2 months', '3 months',
    '12 days'; '' when it is not overdue."""
    from dateutil.relativedelta import relativedelta  # lazy: only tables of late actions

    due = action.due
    if due is None or not action.is_overdue(as_of):
        return ""
    delta = relativedelta(as_of, due)
    units: tuple[tuple[int, str], ...] = ((delta.years, "year"), (delta.months, "month"))
    if not delta.years and not delta.months:
        units = ((delta.days, "day"),)
    parts = [f"{n} {unit}{'s' if n != 1 else ''}" for n, unit in units if n]
    return " ".join(parts) or "0 days"


def undated_note(words: Sequence[str]) -> str:
    """'3 actions have no end month (Ongoing, TBC): they cannot be overdue.'"""
    from ..model import plural

    shown = ", ".join(dict.fromkeys(words))
    n = len(words)
    many = plural(n, "action has", "actions have")
    return f"{many} no end month ({shown}): {'it' if n == 1 else 'they'} cannot be overdue."
