"""`plan import`: the council's table read into a plan, and the YAML to save."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from typing import NamedTuple

from ..errors import PlanError
from ..importing.importer import import_table as read
from ..model import Plan, plural
from ..planfile.checked import dump_checked


class Imported(NamedTuple):
    """A council's table read into a plan, and the YAML to save."""

    plan: Plan
    text: str
    notes: tuple[str, ...] = ()  # readings a person should see, e.g. status words
    details: tuple[str, ...] = ()  # how each row was read (plan import --explain)

    def report(self) -> str:
        """The counts, then one line for each thing set aside or settled by a default."""
        return "\n".join((self.summary(), *self.notes))

    def summary(self) -> str:
        actions = list(self.plan.actions())
        recs = sum(1 for _ in self.plan.recommendations())
        generated = sum(1 for a in actions if a.ref_generated)
        given = f"{generated} without a ref {'was' if generated == 1 else 'were'} given one"
        text = (
            f"{plural(len(self.plan.themes), 'theme')}, {plural(recs, 'recommendation')}, "
            f"{plural(len(actions), 'action')} ({given})."
        )
        unread = list(dict.fromkeys(key for a in actions for key in a.extra))
        if unread:
            names = ", ".join(f"'{name}'" for name in unread)
            text += f" Kept under 'extra', not read as any field: {names}."
        return text

    def explanation(self) -> str:
        """How the table was read, then the plan found: for `plan import --explain`."""
        lines = list(self.details)
        lines.append(f"Title: {self.plan.title!r}." if self.plan.title else "No title.")
        for number, theme in enumerate(self.plan.themes, 1):
            actions = sum(len(r.actions) for r in theme.recommendations)
            lines.append(
                f"Theme {number}: {theme.title or '(none)'!r}: "
                f"{plural(len(theme.recommendations), 'recommendation')}, "
                f"{plural(actions, 'action')}."
            )
        lines += ["Found: " + self.summary(), "Nothing was written (--explain)."]
        return "\n".join(lines) + "\n"


def import_table(
    path: str, *, sheet: str | None = None, rules: str | None = None, explain: bool = False
) -> Imported:
    """Read the council's table; never return a plan that does not read back as the same.
    With `explain`, the result also says how each row was read."""
    notes: list[str] = []
    details: list[str] | None = [] if explain else None
    with _collector_paused():
        plan = read(path, sheet=sheet, report=notes, details=details, rules=rules)
        text = dump_checked(plan)
    if text is None:
        raise PlanError("the plan did not read back as written; nothing was saved", path=path)
    return Imported(plan, text, tuple(notes), tuple(details or ()))


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector off while a table is read: reading makes millions of objects
    that live to the end and hold no cycles, and the collector walked them again and again
    (a fifth of a 1,000,000-row import: 19.0 s -> 15.0 s for 200,000 rows, issue 25 item 11)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
