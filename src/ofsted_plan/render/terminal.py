"""Terminal output, drawn by rich: the one console, lists, the summary and one action.

(diff, history, trend, slippage and stale are in history_tables.py; the long tables' layout is
rows.py.)

rich's Console decides colour (NO_COLOR, FORCE_COLOR, TERM=dumb), width and how wide each
character is (emoji, CJK, joiners). Plan text is always a Text object, passed through
`visible`: never markup, emoji codes or highlighting, never a control character.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from rich.console import Console, Group, RenderableType
from rich.text import Text

from ..measures import NOT_SHOWN
from ..model import STATUS_ORDER, VALUE_FIELDS, FieldKind, Status, assert_never, format_initials
from .rows import Column, Rows
from .text import how_late, undated_note, visible

if TYPE_CHECKING:
    from ..query import Counts
    from ..results.reading import Items, Shown, SummaryPage

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
# Where the output's encoding lacks those (an old Windows console in cp1252), plain ASCII.
ASCII_GLYPHS = {
    Status.BLUE: "#",
    Status.GREEN: "=",
    Status.AMBER: "+",
    Status.RED: "-",
    Status.UNRATED: ".",
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


def encodable(text: str) -> bool:
    """Whether standard output's encoding can write this text (a console in cp1252 or cp850
    cannot write every box-drawing or block character; UTF-8 can write anything)."""
    encoding = getattr(sys.stdout, "encoding", None) or "utf-8"
    try:
        text.encode(encoding)
    except (UnicodeEncodeError, LookupError):
        return False
    return True


def bar_glyphs() -> dict[Status, str]:
    """The progress bar's glyphs: shaded blocks, or ASCII where they cannot be written."""
    return BAR_GLYPHS if encodable("".join(BAR_GLYPHS.values())) else ASCII_GLYPHS


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
    legacy = out.legacy_windows  # an old Windows console: rich drives it through the win32 API
    for table in _tables(renderable):
        if table.dropped:
            console(stderr=True).print(
                f"Note: the terminal is {out.width} columns wide: left out "
                f"{', '.join(table.dropped)} to fit (widen it, or use --format csv).",
                soft_wrap=True,
            )
    for part in _parts(renderable):
        if legacy:
            out.print(part, crop=False)
            continue
        with out.capture() as captured:
            out.print(part, crop=False)
        text = captured.get()
        out.file.write("\n".join(line.rstrip(" ") for line in text.split("\n")))
        out.file.flush()


def _tables(renderable: RenderableType) -> Iterator[Rows]:
    if isinstance(renderable, Group):
        for inner in renderable.renderables:
            yield from _tables(inner)
    elif isinstance(renderable, Rows):
        yield renderable


def _parts(renderable: RenderableType) -> Iterator[RenderableType]:
    """What to print in turn: a long table a few rows at a time, so its first lines show
    at once (`plan list | head -5` on 100,000 actions) and a closed pipe stops the work."""
    if isinstance(renderable, Group):
        for inner in renderable.renderables:
            yield from _parts(inner)
    elif isinstance(renderable, Rows):
        yield from renderable.parts()
    else:
        yield renderable


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
    several = result.several or len({i.plan for i in items}) > 1
    # On a narrow terminal the columns go in this order: T (the notes name the themes), DLT,
    # Comments, then the end month or due date, then the lead; never ref, action, RAG, lateness.
    columns = [Column("Plan")] if several else []
    columns += [Column("Ref", minimum=4), Column("T", right=True, drop=6), Column("Action", 3, 10)]
    columns.append(Column("Due" if overdue else "End", minimum=7, wrap=False, drop=3))
    if overdue:
        columns.append(Column("Late", minimum=8))
    columns += [Column("Lead", drop=2), Column("DLT", drop=5), Column("RAG", minimum=7, wrap=False)]
    if not overdue:
        columns.append(Column("Comments", 2, 10, drop=4))
    # Each row's cells as plain text first (cheap: the widths come from them); the styled
    # rows are made as they are printed, so a long list starts printing at once.
    no_text = "(no action text)"
    titles = [c.title for c in columns]
    action_at, rag_at = titles.index("Action"), titles.index("RAG")
    texts: list[list[str]] = []
    for item in items:
        a = item.action
        row: list[str] = [visible(item.plan.name)] if several else []
        row += [
            visible(a.ref + ("*" if a.ref_generated else "")),
            str(item.theme_number),
            visible(a.action) if a.action else no_text,
        ]
        due = a.due
        if overdue:
            row += [due.isoformat() if due else "", how_late(a, as_of)]
        else:
            row.append(str(a.end) if a.end else "")
        row += [visible(format_initials(a.lead)), visible(format_initials(a.dlt))]
        row.append(f" {a.status.label} ")
        if not overdue:
            row.append(visible(a.comments))
        texts.append(row)

    def styled() -> Iterator[list[Text]]:
        for item, row in zip(items, texts, strict=True):
            cells = [Text(text) for text in row]
            if not item.action.action:
                cells[action_at].style = "dim"
            cells[rag_at].style = RAG_STYLES[item.action.status]
            yield cells

    table = Rows(columns, styled(), console().width, measure=texts)
    themes = sorted({(i.plan.name, i.theme_number, i.theme.title) for i in items})
    listed = "; ".join(f"{f'{name} ' if several else ''}{n}. {title}" for name, n, title in themes)
    notes = [f"T = theme: {listed}"]
    if any(i.action.ref_generated for i in items):
        notes.append("* ref made by plan import: the council's table had none")
    return Group(table, _notes(notes))


# plan summary ------------------------------------------------------------------------------


def bar(counts: Counts, width: int) -> Text:
    """A bar exactly `width` wide of the group's statuses, complete first. Every status the
    group has gets at least one cell where the bar has room for one each: a single unrated
    action shows as a single red one does."""
    total = counts.total
    if not total or not width:
        return Text("")
    glyphs = bar_glyphs()
    exact = {s: counts.by_status[s] * width / total for s in BAR_ORDER}
    shares = {s: int(v) for s, v in exact.items()}
    spare = width - sum(shares.values())  # largest remainders get the spare cells
    for s in sorted(BAR_ORDER, key=lambda s: shares[s] - exact[s])[:spare]:
        shares[s] += 1
    present = [s for s in BAR_ORDER if counts.by_status[s]]
    if width >= len(present):
        for s in present:
            if not shares[s]:
                shares[max(present, key=lambda d: shares[d])] -= 1
                shares[s] = 1
    return Text.assemble(*((glyphs[s] * shares[s], BAR_STYLES[s]) for s in BAR_ORDER if shares[s]))


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
    # Left out first on a narrow terminal: Done (the bar and Blue show it), Unrated, Blue,
    # then Overdue; the name, Red, Amber, Green and Total stay.
    optional = {Status.BLUE: 3, Status.UNRATED: 4}
    columns += [
        Column(status.label, right=True, drop=optional.get(status, 0)) for status in statuses
    ]
    columns += [
        Column("Total", right=True),
        Column("Overdue", right=True, drop=2),
        Column("Done", right=True, drop=5),
    ]
    if bar_width:
        columns.append(Column("Progress", minimum=bar_width, wrap=False, drop=6))
    if summary.since:
        columns.append(Column("Travel", minimum=8, wrap=False, drop=1))

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

    marked = {n for n, _ in result.not_shown} if summary.by == "recommendation" else set()
    rows = [
        row(g, f"{g.number}. {g.name}" + (f" ({NOT_SHOWN})" if g.number in marked else ""))
        if g.number
        else row(g, g.name)
        for g in summary.groups
    ]
    title = Text.assemble(cell(result.title, "bold"), "\n") if result.title else None
    table = Rows(columns, rows, width, footer=row(summary.total, "Total"), title=title, rule="━")
    caption = f"As of {summary.as_of.isoformat()}"
    if summary.since:
        caption += (
            f"; travel against {summary.since}: worse if red, red and amber, or overdue rose;"
            " better if none rose and one fell or more are blue"
        )
    notes = [caption]
    if result.undated:
        notes.append(undated_note(result.undated))
    notes += [f"Recommendation {n}: {NOT_SHOWN} (plan measures)." for n, _ in result.not_shown]
    if bar_width:
        legend = "  ".join(f"{bar_glyphs()[s]} {s.label.lower()}" for s in BAR_ORDER)
        notes.append(f"Progress bar: {legend}. Done = % blue (complete).")
    return Group(table, Text(""), _notes(notes))


def _travel(group: Counts) -> Text:
    label, style = TRAVEL[group.travel or "same"]
    return Text(label, style=style)


# plan show -------------------------------------------------------------------------------


def _shown(kind: FieldKind, name: str, value: Any, end_text: str) -> Text:
    """One field's value in `plan show`: the end month with its due day (and the end as the
    council wrote it, when that was words)."""
    match kind:
        case FieldKind.STATUS:
            return Text(value.label, style=RAG_STYLES[value])
        case FieldKind.MONTH if name == "end" and end_text:
            as_written = f"as written: {end_text}"
            if value:
                return cell(f"{value} (due {value.last_day}; {as_written})")
            return cell(f"no end month ({as_written})")
        case FieldKind.MONTH:
            due = name == "end" and value
            return cell(f"{value} (due {value.last_day})" if due else str(value or ""))
        case FieldKind.INITIALS:
            return cell(format_initials(value))
        case FieldKind.TEXT | FieldKind.NOTE:
            return cell(value)
        case FieldKind.EVIDENCE:
            return cell("\n".join(e.text() for e in value))
        case FieldKind.FLAG | FieldKind.EXTRA:
            return cell(str(value))
        case _:
            assert_never(kind)


def show_table(result: Shown) -> RenderableType:
    """Everything about one action, field by field (model.FIELDS)."""
    item, as_of = result.item, result.as_of
    a = item.action
    from rich.table import Table  # lazy: only plan show's short table

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
        overdue = f"yes, {how_late(a, as_of)} late as of {as_of.isoformat()}"
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
        rows.append((info.title, _shown(info.kind, info.name, value, a.end_text)))
    rows.append(("Overdue", cell(overdue)))
    if result.updated is not None:
        last = result.updated
        what = f"{last.short} {last.subject}".rstrip()
        rows.append(("Updated", cell(f"{last.day.isoformat()} ({what})")))
    if result.changed_after is not None:
        rows.append(
            (
                "Note",
                cell(f"shown as the plan file is now: it changed after {as_of.isoformat()}"),
            )
        )
    if a.evidence:
        rows.append(("Evidence", _shown(FieldKind.EVIDENCE, "evidence", a.evidence, "")))
    rows.extend((name, cell(value)) for name, value in a.extra.items())
    from .longtext import line_text

    for name, value in rows:
        grid.add_row(cell(name), line_text(value))  # a 10 MB comment in linear time
    return grid
