"""The one exception the tool raises for anything a user can fix, and the exit codes.

The cli turns it into ``Error: FILE:LINE: message`` on stderr and exits with
``exit_code``; nothing else in the package prints errors.
"""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path
    from typing import Any


class Exit(IntEnum):
    """What `plan` exits with, the same for every command (the README lists them)."""

    OK = 0
    # What was read has problems: `plan check`'s findings, a plan or a table that cannot be
    # read as one (FILE:LINE says where).
    PROBLEMS = 1
    # The command line is wrong: an option or its value, a file or folder named that is
    # missing or of the wrong kind, a ref or a filter that names nothing (click's code too).
    USAGE = 2
    # A bug in plan (EX_SOFTWARE of sysexits.h): `--debug` or PLAN_DEBUG=1 shows where.
    INTERNAL = 70
    INTERRUPTED = 130  # Ctrl-C (128 + SIGINT), as shells report it


class PlanError(Exception):
    """A problem with the user's input, reported with where it is and how to fix it."""

    exit_code = Exit.PROBLEMS

    def __init__(
        self,
        message: str,
        *,
        path: str | Path | None = None,
        line: int | None = None,
        column: int | None = None,
        hint: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line
        self.column = column
        self.hint = hint

    def location(self) -> str:
        """``FILE:LINE[:COLUMN]`` (or just ``FILE``), or an empty string when not from a file."""
        if self.path is None:
            return ""
        if not self.line:
            return self.path
        return (
            f"{self.path}:{self.line}:{self.column}" if self.column else f"{self.path}:{self.line}"
        )

    def __str__(self) -> str:
        where = self.location()
        text = f"{where}: {self.message}" if where else self.message
        return f"{text} ({self.hint})" if self.hint else text


class UsageError(PlanError):
    """The command line itself is wrong (same exit code as click's usage errors)."""

    exit_code = Exit.USAGE


class Problem(PlanError):
    """One thing wrong in a plan file; `plan check` lists them all, other commands stop at one.

    A warning (an action with no text or no lead officer) only fails ``plan check --strict``.
    """

    def __init__(self, message: str, *, warning: bool = False, **where: Any) -> None:
        super().__init__(message, **where)
        self.warning = warning

    def sort_key(self) -> tuple[str, int]:
        return (self.path or "", self.line or 0)

    def __str__(self) -> str:
        text = super().__str__()
        if not self.warning:
            return text
        where = self.location()
        return text.replace(f"{where}: ", f"{where}: warning: ", 1) if where else "warning: " + text
