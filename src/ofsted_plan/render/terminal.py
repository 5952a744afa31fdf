"""Terminal output with rich (one action in full, changes). Plan text is Text, never markup."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from ..model import VALUE_FIELDS, Item, Status, format_initials
from .text import how_late, visible

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text

RAG_STYLES = {
    Status.RED: "bold white on red",
    Status.AMBER: "bold black on yellow",
    Status.GREEN: "bold black on green",
    Status.BLUE: "bold white on blue",
    Status.UNRATED: "dim",
}


def console(stderr: bool = False) -> Console:
    """A console that never reads markup, emoji codes or highlights in what it prints."""
    from rich.console import Console

    return Console(stderr=stderr, markup=False, emoji=False, highlight=False)


def cell(text: str, style: str = "") -> Text:
    from rich.text import Text

    return Text(visible(text), style=style)


def show_action(item: Item, as_of: date) -> None:
    """Everything about one action, field by field."""
    from rich.table import Table

    a = item.action
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column(overflow="fold")
    ref = a.ref + (
        " (made by plan import: the council's table had no ref)" if a.ref_generated else ""
    )
    due = a.due
    if due is None:
        overdue = "no end month"
    elif a.is_overdue(as_of):
        overdue = f"yes, {how_late(due, as_of)} late as of {as_of.isoformat()}"
    else:
        overdue = f"no (as of {as_of.isoformat()})"
    rows: list[tuple[str, Text]] = [
        ("Ref", cell(ref)),
        ("Plan", cell(f"{item.plan.name} ({item.plan.path})")),
        ("Theme", cell(f"{item.theme_number}. {item.theme.title}")),
        ("Recommendation", cell(f"{item.recommendation_number}. {item.recommendation.text}")),
    ]
    for info in VALUE_FIELDS:
        value = getattr(a, info.name)
        if info.name == "ref":
            continue
        if info.kind == "status":
            rows.append((info.title, cell(value.label, RAG_STYLES[value])))
        elif info.kind == "month":
            when = (
                f"{value} (due {value.last_day.isoformat()})"
                if value and info.name == "end"
                else value
            )
            rows.append((info.title, cell(str(when or ""))))
        elif info.kind == "initials":
            rows.append((info.title, cell(format_initials(value))))
        else:
            rows.append((info.title, cell(value)))
    rows.append(("Overdue", cell(overdue)))
    rows.extend((visible(name), cell(value)) for name, value in a.extra.items())
    for name, value in rows:
        grid.add_row(cell(name), value)
    console().print(grid)
