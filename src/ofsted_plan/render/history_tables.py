"""Terminal tables (rich) for how the plan moved over time: diff, history, trend, slippage,
stale actions.

The same rules as terminal.py: plan text is Text through `visible`, never markup.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.console import Group, RenderableType
from rich.text import Text

from ..board import latest_comment
from ..history.changes import LABELS, Change, headline, is_whole, plain, trimmed_words
from ..model import STATUS_ORDER, Status, format_initials, plural
from .rows import Column, Rows
from .terminal import BAR_ORDER, GROUP_TITLES, _notes, bar, bar_glyphs, cell, rag
from .terminal import console as the_console
from .text import visible

if TYPE_CHECKING:
    from rich.table import Table

    from ..query import Counts
    from ..results.history import Changes, History, Slippage, StaleReport, Trend

DIRECTION_STYLES = {"better": "green", "worse": "red", "later": "red", "earlier": "green"}
EVERY_TITLES = {"meeting": "Meeting", "month": "Month", "commit": "Commit"}


def trend_table(result: Trend) -> RenderableType:
    """A row per point (meeting, month or commit), then now: RAG counts, overdue, and a
    stacked bar; with --by, one block of rows per theme or officer."""
    width = the_console().width
    points = result.points
    statuses = [
        s
        for s in STATUS_ORDER
        if s is not Status.UNRATED or any(p.summary.total.by_status[s] for p in points)
    ]
    # Point 11, date 10, counts, total 5, overdue 7, a group's name 16: the bar takes the
    # rest, and goes first on a narrow terminal; then the date (the point names the meeting
    # or month), Blue and Overdue (Rows leaves them out, and says so).
    fixed = 11 + sum(max(len(s.label), 3) for s in statuses) + 5 + 7 + (16 if result.by else 0)
    gaps = 2 * (len(statuses) + 3 + bool(result.by))
    room = width - fixed - gaps - 12
    bar_width = min(30, room) if room >= 10 else 0
    columns = []
    if result.by:
        columns.append(Column(GROUP_TITLES[result.by], ratio=1, minimum=10))
    columns.append(Column(EVERY_TITLES[result.every], minimum=7))
    columns.append(Column("Date", minimum=10, drop=5))
    optional = {Status.BLUE: 3, Status.UNRATED: 4}
    columns += [Column(s.label, right=True, drop=optional.get(s, 0)) for s in statuses]
    columns += [Column("Total", right=True, drop=1), Column("Overdue", right=True, drop=2)]
    if bar_width:
        columns.append(Column("RAG mix", minimum=bar_width, wrap=False, drop=6))

    def row(first: list[Text], point_label: str, day: str, counts: Counts | None) -> list[Text]:
        cells = [*first, cell(point_label), Text(day)]
        if counts is None:
            return cells + [Text("-")] * (len(statuses) + 2) + [Text("")] * bool(bar_width)
        cells += [Text(str(counts.by_status[s])) for s in statuses]
        cells += [Text(str(counts.total)), Text(str(counts.overdue))]
        if not bar_width:
            return cells
        # The same scale for every row (every group with --by), so length is the count; never
        # so short that a status the row has is left out.
        present = sum(1 for n in counts.by_status.values() if n)
        length = max(bar_width * counts.total // peak, present) if peak else 0
        return [*cells, bar(counts, min(length, bar_width))]

    rows: list[list[Text]] = []
    if result.by:
        names = list(dict.fromkeys(g.name for p in points for g in p.summary.groups))
        peak = max((g.total for p in points for g in p.summary.groups), default=0)
        for name in names:
            groups = [next((g for g in p.summary.groups if g.name == name), None) for p in points]
            number = next((g.number for g in groups if g and g.number), None)
            title = f"{number}. {name}" if number else name
            for n, (point, group) in enumerate(zip(points, groups, strict=True)):
                first = [cell(title if n == 0 else "")]
                rows.append(row(first, point.label, point.day.isoformat(), group))
    else:
        peak = max((p.summary.total.total for p in points), default=0)
        for point in points:
            rows.append(row([], point.label, point.day.isoformat(), point.summary.total))
    heading = Text.assemble(cell(f"RAG over time: {result.title}", "bold"), "\n")
    table = Rows(columns, rows, width, title=heading, rule="━")
    legend = "  ".join(f"{bar_glyphs()[s]} {s.label.lower()}" for s in BAR_ORDER)
    notes = [
        "Each point counts the actions as they were then, overdue as of that day;"
        f" 'now' is the plans as they are, as of {points[-1].day.isoformat()}."
    ]
    if bar_width:
        notes.append(f"RAG mix: {legend}; bar length is the number of actions.")
    return Group(table, Text(""), _notes(notes))


def slippage_table(result: Slippage) -> RenderableType:
    """Each action whose end month moved later: from, to, by how much, how often, and what
    its comments said at each move; then totals by theme and by lead officer."""
    width = the_console().width
    columns = [
        Column("Ref", minimum=4),
        Column("Action", 2, 10),
        Column("Lead", drop=3),
        Column("First", minimum=7, drop=4),
        Column("Now", minimum=7),
        Column("Slipped", right=True),
        Column("Moves", right=True, drop=5),
        Column("When and why", 5, 12, drop=2),
    ]
    rows = []
    for row in result.rows:
        a = row.item.action
        moves = [
            f"{step.snapshot.day.isoformat()} {step.snapshot.label}: {old} → {new}"
            + (f": {latest_comment(step.action.comments)}" if step.action.comments else "")
            for step, old, new in row.moves
        ]
        rows.append(
            [
                cell(a.ref),
                cell(a.action),
                cell(format_initials(a.lead)),
                Text(str(row.first)),
                Text(str(a.end or "")),
                Text(_months(row.months)),
                Text(str(len(row.moves))),
                cell("\n".join(moves)),
            ]
        )
    parts: list[RenderableType] = []
    title = Text.assemble(cell(f"Slippage since {result.since}: {result.title}", "bold"), "\n")
    if not rows:
        parts += [title, Text("No action's end month has moved later.")]
        return Group(*parts)
    parts.append(Rows(columns, rows, width, title=title))
    for heading, totals in (("Theme", result.by_theme), ("Lead officer", result.by_officer)):
        cols = [Column(heading, 1, 12), Column("Actions", right=True), Column("Months", right=True)]
        lines = [[cell(name), Text(str(n)), Text(str(m))] for name, n, m in totals]
        parts += [Text(""), Rows(cols, lines, min(width, 72))]
    parts += [
        Text(""),
        _notes(["Slipped: months from the first end month to the end month now."]),
    ]
    return Group(*parts)


def stale_table(result: StaleReport) -> RenderableType:
    """Open actions not updated (status or comments) for N days, by officer, oldest first."""
    width = the_console().width
    columns = [
        Column("Lead", 1, minimum=4),
        Column("Ref", minimum=4),
        Column("Action", 1, 10),
        Column("RAG", minimum=7, wrap=False, drop=2),
        Column("Last update", minimum=11, drop=4),
        Column("Commit", minimum=7, drop=5),
        Column("Days", right=True),
    ]

    by_officer: dict[str, list] = {}
    for row in result.rows:
        for officer in row.item.action.lead or ("(no lead officer)",):
            by_officer.setdefault(officer, []).append(row)
    rows = []
    for officer in sorted(by_officer, key=lambda o: (o.startswith("("), o.casefold())):
        for n, row in enumerate(by_officer[officer]):
            snap = row.since.snapshot
            rows.append(
                [
                    cell(officer if n == 0 else ""),
                    cell(row.item.action.ref),
                    cell(row.item.action.action),
                    rag(row.item.action.status),
                    Text(snap.day.isoformat()),
                    Text(snap.short),
                    Text(str(row.days)),
                ]
            )
    heading = (
        f"Not updated for {plural(result.days, 'day')} or more, as of {result.as_of.isoformat()}"
    )
    title = Text.assemble(cell(f"{heading}: {result.title}", "bold"), "\n")
    if not rows:
        return Group(title, Text("Every open action has been updated since then."))
    table = Rows(columns, rows, width, title=title)
    note = "Last update: the last commit that changed its RAG status or comments."
    return Group(table, Text(""), _notes([note]))


def _months(n: int) -> str:
    return plural(n, "month")


# plan diff, plan history --------------------------------------------------------------------


def _table(**kwargs: Any) -> Table:
    """A rich Table for the short tables (changes, history): columns two spaces apart and a
    rule under the header, as the long tables (rows.Rows) look. rich.table loads only here."""
    from rich import box  # lazy: rich.table only for these short tables
    from rich.table import Table

    return Table(
        box=box.Box("    \n    \n ── \n    \n    \n    \n    \n    \n"),
        show_edge=False,
        pad_edge=False,
        padding=(0, 1, 0, 0),
        header_style="bold",
        **kwargs,
    )


def describe(change: Change) -> Text:
    """One change as a line of text; colour only repeats what the words say."""
    if change.kind not in ("comments", "field") or is_whole(change):
        return cell(plain(change), DIRECTION_STYLES.get(change.direction or "", ""))
    text = Text()
    if change.kind == "field":
        text.append(f"{change.field_name}: ", style="bold")
    for op, words in trimmed_words(change):
        if op == "=":
            text.append(visible(words))
        elif op == "-":
            text.append(f"[-{visible(words)}-]", style="red strike")
        else:
            text.append(f"{{+{visible(words)}+}}", style="green")
    return text


def changes_table(result: Changes) -> RenderableType:
    """All changes, most important kinds first."""
    changes = result.changes
    title = f"Changes from {result.source} to {result.target}: {headline(changes)}"
    several = len({c.plan for c in changes}) > 1
    table = _table()
    if several:
        table.add_column("Plan", overflow="fold")
    table.add_column("Ref", overflow="fold", min_width=4)
    table.add_column("Change", overflow="fold", min_width=10)
    table.add_column("Details", overflow="fold", ratio=1)
    for change in changes:
        row = [cell(change.plan)] if several else []
        row += [cell(change.ref), cell(LABELS[change.kind]), describe(change)]
        table.add_row(*row)
    parts: list[RenderableType] = [cell(title), Text(""), table]
    if any(c.words and not is_whole(c) for c in changes):
        parts += [Text(""), _notes(["In text changes, [-removed words-] and {+added words+}."])]
    return Group(*parts)


def history_table(result: History) -> RenderableType:
    """Each version that changed an action: when, who, which commit, what changed."""
    table = _table()
    table.add_column("Date", no_wrap=True)
    table.add_column("Author", overflow="fold")
    table.add_column("Commit", overflow="fold", ratio=1)
    table.add_column("What changed", overflow="fold", ratio=2)
    for entry, changes in result.rows:
        commit = entry.commit
        if commit is None:
            when, who, what = "", "", Text("(not committed yet)", style="dim")
        else:
            when, who = commit.date[:10], commit.author
            what = cell(f"{commit.sha[:7]} {commit.subject}")
        details = (
            Text("\n").join(
                Text.assemble(cell(f"{LABELS[c.kind]}: ", "bold"), describe(c)) for c in changes
            )
            if changes
            else cell(entry.error or "", "red")
        )
        table.add_row(cell(when), cell(who), what, details)
    return Group(cell(f"History of {result.ref}"), Text(""), table)
