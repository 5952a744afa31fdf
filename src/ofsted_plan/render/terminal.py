"""Terminal output, drawn by rich: the one console, lists, the summary and one action.

(diff, history, trend, slippage and stale are in progress.py; the long tables' layout is
rows.py.)

rich's Console decides colour (NO_COLOR, FORCE_COLOR, TERM=dumb), width and how wide each
character is (emoji, CJK, joiners). Plan text is always a Text object, passed through
`visible`: never markup, emoji codes or highlighting, never a control character.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import TYPE_CHECKING

from rich.console import Console, Group, RenderableType
from rich.text import Text

from ..model import STATUS_ORDER, VALUE_FIELDS, Status, format_initials
from .rows import Column, Rows
from .text import how_late, visible

if TYPE_CHECKING:
    from ..query import Counts
    from ..services import Items, Shown, SummaryPage

# RAG cells are coloured and labelled, so colour is never the only signal.
RAG_STYLES = {
    Status.RED: "bold white on red",
    Status.AMBER: "bold black on yellow",
    Status.GREEN: "bold black on green",
    Status.BLUE: "bold white on blue",
    Status.UNRATED: "dim",
}
# The progress bar reads without colour too: one shade per status, complete first.
BAR_ORDER = (Status.BLUE, Status.GREEN, Status.AMBER, Status.RED, Status.UNRATED)
BAR_GLYPHS = {
    Status.BLUE: "█",
    Status.GREEN: "▓",
    Status.AMBER: "▒",
    Status.RED: "░",
    Status.UNRATED: "·",
}
BAR_STYLES = {
    Status.BLUE: "blue",
    Status.GREEN: "green",
    Status.AMBER: "yellow",
    Status.RED: "red",
    Status.UNRATED: "dim",
}
TRAVEL = {
    "better": ("▲ better", "green"),
    "worse": ("▼ worse", "red"),
    "same": ("= same", ""),
    "new": ("new", "dim"),
}
GROUP_TITLES = {
    "theme": "Theme",
    "recommendation": "Recommendation",
    "officer": "Lead officer",
    "dlt": "DLT lead",
    "status": "RAG status",
}


def console(*, stderr: bool = False) -> Console:
    """The one console: never reads markup, emoji codes or highlights in what it prints.

    NO_COLOR means no escape codes at all (not even bold); rich reads FORCE_COLOR, TERM
    and COLUMNS itself.
    """
    no_color = bool(os.environ.get("NO_COLOR"))
    return Console(
        stderr=stderr,
        markup=False,
        emoji=False,
        highlight=False,
        color_system=None if no_color else "auto",
        soft_wrap=False,
    )


def print_trimmed(renderable: RenderableType) -> None:
    """Print on the one console, without the spaces rich pads each line to the table's width
    (they would trail in every line saved to a file). Never cropped: a table wider than a
    very narrow terminal wraps there rather than losing its last columns."""
    out = console()
    with out.capture() as captured:
        out.print(renderable, crop=False)
    text = captured.get()
    out.file.write("\n".join(line.rstrip(" ") for line in text.split("\n")))
    out.file.flush()


def cell(text: str, style: str = "") -> Text:
    return Text(visible(text), style=style)


def rag(status: Status) -> Text:
    return Text(f" {status.label} ", style=RAG_STYLES[status])


def _notes(lines: Iterable[str]) -> Text:
    return Text("\n".join(visible(line) for line in lines), style="dim")


# plan list, plan overdue ------------------------------------------------------------------


def items_table(result: Items) -> RenderableType:
    """One row per action; long text wraps inside its column, nothing is cut."""
    items, as_of, overdue = result.items, result.as_of, result.overdue
    several = result.several or len({id(i.plan) for i in items}) > 1
    columns = [Column("Plan")] if several else []
    columns += [Column("Ref", minimum=4), Column("T", right=True), Column("Action", 3, 10)]
    columns.append(Column("Due" if overdue else "End", minimum=7, wrap=False))
    if overdue:
        columns.append(Column("Late", minimum=8))
    columns += [Column("Lead"), Column("DLT"), Column("RAG", minimum=7, wrap=False)]
    if not overdue:
        columns.append(Column("Comments", 2, 10))
    rows = []
    no_text = Text("(no action text)", style="dim")
    for item in items:
        a = item.action
        row: list[Text] = [cell(item.plan.name)] if several else []
        row += [
            cell(a.ref + ("*" if a.ref_generated else "")),
            Text(str(item.theme_number)),
            cell(a.action) if a.action else no_text,
        ]
        due = a.due
        if overdue:
            row += [Text(due.isoformat() if due else ""), Text(how_late(due, as_of) if due else "")]
        else:
            row.append(Text(str(a.end) if a.end else ""))
        row += [cell(format_initials(a.lead)), cell(format_initials(a.dlt)), rag(a.status)]
        if not overdue:
            row.append(cell(a.comments))
        rows.append(row)
    table = Rows(columns, rows, console().width)
    themes = sorted({(i.plan.name, i.theme_number, i.theme.title) for i in items})
    listed = "; ".join(f"{f'{name} ' if several else ''}{n}. {title}" for name, n, title in themes)
    notes = [f"T = theme: {listed}"]
    if any(i.action.ref_generated for i in items):
        notes.append("* ref made by plan import: the council's table had none")
    return Group(table, _notes(notes))


# plan summary ------------------------------------------------------------------------------


def bar(counts: Counts, width: int) -> Text:
    """A bar exactly `width` wide of the group's statuses, complete first."""
    total = counts.total
    if not total or not width:
        return Text("")
    exact = {s: counts.by_status[s] * width / total for s in BAR_ORDER}
    shares = {s: int(v) for s, v in exact.items()}
    spare = width - sum(shares.values())  # largest remainders get the spare cells
    for s in sorted(BAR_ORDER, key=lambda s: shares[s] - exact[s])[:spare]:
        shares[s] += 1
    return Text.assemble(
        *((BAR_GLYPHS[s] * shares[s], BAR_STYLES[s]) for s in BAR_ORDER if shares[s])
    )


def summary_table(result: SummaryPage) -> RenderableType:
    """RAG counts per group (rows) by status (columns), totals, % complete and a bar."""
    summary = result.summary
    width = console().width
    # An all-zero Unrated column is left out of the table (JSON always has it).
    statuses = [s for s in STATUS_ORDER if s is not Status.UNRATED or summary.total.by_status[s]]
    # The counts take 48 columns, Unrated 9 more, Travel 10; the names want 14 or more.
    reserved = 48 + 9 * (Status.UNRATED in statuses) + 10 * bool(summary.since)
    room = width - reserved
    bar_width = 20 if room >= 36 else 10 if room >= 26 else 0
    columns = [Column(GROUP_TITLES[summary.by], ratio=1, minimum=12)]
    columns += [Column(status.label, right=True) for status in statuses]
    columns += [
        Column("Total", right=True),
        Column("Overdue", right=True),
        Column("Done", right=True),
    ]
    if bar_width:
        columns.append(Column("Progress", minimum=bar_width, wrap=False))
    if summary.since:
        columns.append(Column("Travel", minimum=8, wrap=False))

    def row(group: Counts, name: str) -> list[Text]:
        cells = [cell(name)]
        cells += [Text(str(group.by_status[s])) for s in statuses]
        cells += [Text(str(group.total)), Text(str(group.overdue))]
        cells.append(Text(f"{group.complete_percent:.0f}%"))
        if bar_width:
            cells.append(bar(group, bar_width))
        if summary.since:
            cells.append(_travel(group))
        return cells

    rows = [row(g, f"{g.number}. {g.name}" if g.number else g.name) for g in summary.groups]
    title = Text.assemble(cell(result.title, "bold"), "\n") if result.title else None
    table = Rows(columns, rows, width, footer=row(summary.total, "Total"), title=title, rule="━")
    caption = f"As of {summary.as_of.isoformat()}"
    if summary.since:
        caption += f"; travel compares the RAG mix with {summary.since}"
    notes = [caption]
    if result.undated:
        from ..services import undated_note

        notes.append(undated_note(result.undated))
    if bar_width:
        legend = "  ".join(f"{BAR_GLYPHS[s]} {s.label.lower()}" for s in BAR_ORDER)
        notes.append(f"Progress bar: {legend}. Done = % blue (complete).")
    return Group(table, Text(""), _notes(notes))


def _travel(group: Counts) -> Text:
    label, style = TRAVEL[group.travel or "same"]
    return Text(label, style=style)


# plan show -------------------------------------------------------------------------------


def show_table(result: Shown) -> RenderableType:
    """Everything about one action, field by field (model.FIELDS)."""
    item, as_of = result.item, result.as_of
    a = item.action
    from rich.table import Table

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
            rows.append((info.title, Text(value.label, style=RAG_STYLES[value])))
        elif info.name == "end" and a.end_text:
            as_written = f"as written: {a.end_text}"
            when = (
                f"{value} (due {value.last_day}; {as_written})"
                if value
                else f"no end month ({as_written})"
            )
            rows.append((info.title, cell(when)))
        elif info.kind == "month":
            end = info.name == "end" and value
            rows.append(
                (info.title, cell(f"{value} (due {value.last_day})" if end else str(value or "")))
            )
        elif info.kind == "initials":
            rows.append((info.title, cell(format_initials(value))))
        else:
            rows.append((info.title, cell(value)))
    rows.append(("Overdue", cell(overdue)))
    if result.updated is not None:
        snap = result.updated.snapshot
        what = f"{snap.short} {snap.subject}".rstrip()
        rows.append(("Updated", cell(f"{snap.day.isoformat()} ({what})")))
    rows.extend((name, cell(value)) for name, value in a.extra.items())
    from .longtext import line_text

    for name, value in rows:
        grid.add_row(cell(name), line_text(value))  # a 10 MB comment in linear time
    return grid
