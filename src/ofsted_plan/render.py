"""Terminal output with rich. Plan text is always passed as Text, never as markup."""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from .model import STATUS_ORDER, Item, Status, format_initials
from .query import Counts, Summary

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
# The bar must read without colour too: one shade per status.
BAR_GLYPHS = {
    Status.BLUE: "█",
    Status.GREEN: "▓",
    Status.AMBER: "▒",
    Status.RED: "░",
    Status.UNRATED: "·",
}
BAR_COLOURS = {
    Status.RED: "red",
    Status.AMBER: "yellow",
    Status.GREEN: "green",
    Status.BLUE: "blue",
    Status.UNRATED: "dim",
}
BAR_WIDTH = 20


def _bar_width(console_width: int, reserved: int) -> int:
    """20 wide when there is room, else 10, else none: the counts matter more."""
    room = console_width - reserved
    return BAR_WIDTH if room >= 46 else BAR_WIDTH // 2 if room >= 30 else 0


# Control characters (C0 but newline, DEL, C1) and bidi overrides never reach the terminal.
_UNSAFE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def visible(text: str) -> str:
    """Show control characters as escapes (``\\x1b``) so a cell cannot drive the terminal."""
    return _UNSAFE.sub(lambda m: m[0].encode("unicode_escape").decode("ascii"), text)


def console(stderr: bool = False) -> Console:
    """A console that never reads markup, emoji codes or highlights in what it prints."""
    from rich.console import Console

    return Console(stderr=stderr, markup=False, emoji=False, highlight=False)


def cell(text: str, style: str = "") -> Text:
    from rich.text import Text

    return Text(visible(text), style=style)


def rag(status: Status) -> Text:
    """The RAG cell: coloured and labelled, so colour is never the only signal."""
    return cell(f" {status.label} ", RAG_STYLES[status])


def how_late(due: date, as_of: date) -> str:
    """How late, as a manager says it: '1 year 2 months', '3 months', '12 days'."""
    from dateutil.relativedelta import relativedelta

    delta = relativedelta(as_of, due)
    units = ((delta.years, "year"), (delta.months, "month"))
    if not delta.years and not delta.months:
        units = ((delta.days, "day"),)
    parts = [f"{n} {unit}{'s' if n != 1 else ''}" for n, unit in units if n]
    return " ".join(parts) or "0 days"


def bar(counts: Counts, width: int = BAR_WIDTH) -> Text:
    """A fixed-width bar of the group's statuses, complete first."""
    from rich.text import Text

    text = Text()
    total = counts.total
    if not total:
        return text
    order = (Status.BLUE, Status.GREEN, Status.AMBER, Status.RED, Status.UNRATED)
    # Largest-remainder rounding so the bar is always exactly `width` wide.
    exact = {s: counts.by_status[s] * width / total for s in order}
    widths = {s: int(v) for s, v in exact.items()}
    spare = width - sum(widths.values())
    for s in sorted(order, key=lambda s: widths[s] - exact[s])[:spare]:
        widths[s] += 1
    for s in order:
        text.append(BAR_GLYPHS[s] * widths[s], style=BAR_COLOURS[s])
    return text


GROUP_TITLES = {
    "theme": "Theme",
    "recommendation": "Recommendation",
    "officer": "Lead officer",
    "dlt": "DLT lead",
    "status": "RAG status",
}
TRAVEL = {"better": "▲ better", "worse": "▼ worse", "same": "= same", "new": "new"}
TRAVEL_STYLES = {"better": "green", "worse": "red", "same": "", "new": "dim"}


def _travel(counts: Counts) -> Text:
    travel = counts.travel or "same"
    return cell(TRAVEL[travel], TRAVEL_STYLES[travel])


def summary_table(summary: Summary, title: str) -> None:
    """RAG counts per group (rows) by status (columns), totals, % complete and a bar."""
    from rich import box
    from rich.table import Table

    out = console()
    # An all-zero Unrated column is dropped in the table (JSON always has it).
    statuses = [s for s in STATUS_ORDER if s is not Status.UNRATED or summary.total.by_status[s]]
    # The counts' columns take about 46 characters, Unrated 10 more, Travel 11.
    reserved = 46 + 10 * (Status.UNRATED in statuses) + 11 * bool(summary.since)
    width = _bar_width(out.width, reserved)
    caption = f"As of {summary.as_of.isoformat()}"
    if summary.since:
        caption += f"; travel compares the RAG mix with {summary.since}"
    table = Table(
        title=cell(title) if title else None,
        caption=cell(caption),
        box=box.SIMPLE_HEAVY,
        show_footer=True,
        pad_edge=False,
    )
    table.add_column(GROUP_TITLES[summary.by], footer="Total", overflow="fold", ratio=1)
    for status in statuses:
        table.add_column(
            status.label,
            justify="right",
            min_width=len(status.label),
            footer=str(summary.total.by_status[status]),
        )
    table.add_column("Total", justify="right", min_width=5, footer=str(summary.total.total))
    table.add_column("Overdue", justify="right", min_width=7, footer=str(summary.total.overdue))
    total = summary.total
    table.add_column("Done", justify="right", min_width=4, footer=f"{total.complete_percent:.0f}%")
    if width:
        table.add_column("Progress", min_width=width, footer=bar(total, width))
    if summary.since:
        table.add_column("Travel", min_width=8, footer=_travel(total))
    for group in summary.groups:
        table.add_row(
            cell(f"{group.number}. {group.name}" if group.number else group.name),
            *(str(group.by_status[s]) for s in statuses),
            str(group.total),
            str(group.overdue),
            f"{group.complete_percent:.0f}%",
            *([bar(group, width)] if width else []),
            *([_travel(group)] if summary.since else []),
        )
    out.print(table)
    if not width:
        return
    legend = "  ".join(
        f"{BAR_GLYPHS[s]} {s.label.lower()}"
        for s in (Status.BLUE, Status.GREEN, Status.AMBER, Status.RED, Status.UNRATED)
    )
    out.print(cell(f"Progress bar: {legend}. Done = % blue (complete).", "dim"))


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
        ("Action", cell(a.action)),
        ("Start", cell(str(a.start) if a.start else "")),
        ("End", cell(f"{a.end} (due {due.isoformat()})" if a.end and due else "")),
        ("Measure/outcome", cell(a.measure)),
        ("Lead officer", cell(format_initials(a.lead))),
        ("DLT lead", cell(format_initials(a.dlt))),
        ("Comments", cell(a.comments)),
        ("RAG status", rag(a.status)),
        ("Overdue", cell(overdue)),
    ]
    rows.extend((visible(name), cell(value)) for name, value in a.extra.items())
    for name, value in rows:
        grid.add_row(cell(name), value)
    console().print(grid)
