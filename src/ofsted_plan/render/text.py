"""Small text helpers every output shares: plan text made safe to show, and how late."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from datetime import date

# Control characters (C0 but newline, DEL, C1) and bidi overrides never reach the terminal.
_UNSAFE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def visible(text: str) -> str:
    """Show control characters as escapes (``\\x1b``) so a cell cannot drive the terminal."""
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


def how_late(due: date, as_of: date) -> str:
    """How late, as a manager says it: '1 year 2 months', '3 months', '12 days'."""
    from dateutil.relativedelta import relativedelta

    delta = relativedelta(as_of, due)
    units: tuple[tuple[int, str], ...] = ((delta.years, "year"), (delta.months, "month"))
    if not delta.years and not delta.months:
        units = ((delta.days, "day"),)
    parts = [f"{n} {unit}{'s' if n != 1 else ''}" for n, unit in units if n]
    return " ".join(parts) or "0 days"
