"""Small text helpers every output shares: plan text made safe to show, how late, colour."""

from __future__ import annotations

import os
import re
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from datetime import date

# Control characters (C0 but newline, DEL, C1) and bidi overrides never reach the terminal.
_UNSAFE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def visible(text: str) -> str:
    """Show control characters as escapes (``\\x1b``) so a cell cannot drive the terminal."""
    return _UNSAFE.sub(lambda m: m[0].encode("unicode_escape").decode("ascii"), text)


def how_late(due: date, as_of: date) -> str:
    """How late, as a manager says it: '1 year 2 months', '3 months', '12 days'."""
    from dateutil.relativedelta import relativedelta

    delta = relativedelta(as_of, due)
    units = ((delta.years, "year"), (delta.months, "month"))
    if not delta.years and not delta.months:
        units = ((delta.days, "day"),)
    parts = [f"{n} {unit}{'s' if n != 1 else ''}" for n, unit in units if n]
    return " ".join(parts) or "0 days"


def use_colour(stream: object = None) -> bool:
    """Colour only for a terminal, never with NO_COLOR, always with FORCE_COLOR (as rich)."""
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    stream = stream or sys.stdout
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty()) and os.environ.get("TERM") != "dumb"


def terminal_width() -> int:
    """$COLUMNS, else the terminal's width, else 80 (as rich and shutil decide it)."""
    try:
        return int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        pass
    try:
        return os.get_terminal_size(sys.__stdout__.fileno()).columns or 80
    except (AttributeError, ValueError, OSError):
        return 80
