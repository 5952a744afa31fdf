"""Tables for the terminal, drawn by hand because they must be fast: lists and the summary.

`plan list` and `plan overdue` can show thousands of rows, and `plan summary` is run before
every meeting; rich needs about half a millisecond a row and a tenth of a second just to
import, more than the whole command may take. This draws the same kind of table (wrapped
text, wide characters counted, nothing cut, RAG labelled and coloured only on a terminal)
in plain Python. Plan text goes through `visible` like everywhere.
"""

from __future__ import annotations

import sys
import unicodedata
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..model import STATUS_ORDER, Item, Status, format_initials
from .text import how_late, terminal_width, use_colour, visible

if TYPE_CHECKING:
    from datetime import date

    from ..query import Counts, Summary

RESET, BOLD, DIM = "\x1b[0m", "\x1b[1m", "\x1b[2m"
RAG_CODES = {
    Status.RED: "\x1b[1;37;41m",
    Status.AMBER: "\x1b[1;30;43m",
    Status.GREEN: "\x1b[1;30;42m",
    Status.BLUE: "\x1b[1;37;44m",
    Status.UNRATED: DIM,
}
# The progress bar must read without colour too: one shade per status, complete first.
BAR_ORDER = (Status.BLUE, Status.GREEN, Status.AMBER, Status.RED, Status.UNRATED)
BAR_GLYPHS = {
    Status.BLUE: "█",
    Status.GREEN: "▓",
    Status.AMBER: "▒",
    Status.RED: "░",
    Status.UNRATED: "·",
}
BAR_CODES = {
    Status.BLUE: "\x1b[34m",
    Status.GREEN: "\x1b[32m",
    Status.AMBER: "\x1b[33m",
    Status.RED: "\x1b[31m",
    Status.UNRATED: DIM,
}
TRAVEL = {
    "better": ("▲ better", "\x1b[32m"),
    "worse": ("▼ worse", "\x1b[31m"),
    "same": ("= same", ""),
    "new": ("new", DIM),
}
GROUP_TITLES = {
    "theme": "Theme",
    "recommendation": "Recommendation",
    "officer": "Lead officer",
    "dlt": "DLT lead",
    "status": "RAG status",
}
GAP = 2  # spaces between columns

# A cell is text (wrapped to its column) or styled pieces that stay on one line (a bar).
Cell = str | tuple[tuple[str, str], ...]


def cell_width(text: str) -> int:
    """Columns a terminal gives the text: wide East Asian characters take two, marks none."""
    if text.isascii():
        return len(text)
    width = 0
    for char in text:
        if unicodedata.combining(char):
            continue
        width += 2 if unicodedata.east_asian_width(char) in "WF" else 1
    return width


def _width(cell: Cell) -> int:
    if isinstance(cell, tuple):
        return sum(cell_width(text) for text, _ in cell)
    return max(cell_width(line) for line in cell.split("\n"))


def wrap(text: str, width: int) -> list[str]:
    """Lines of at most `width` columns: at spaces where possible, words folded if longer."""
    return [line for line, _ in measured_lines(text, width)]


def measured_lines(text: str, width: int) -> list[tuple[str, int]]:
    """wrap(), with each line's width (the table needs it to pad, and knows it already)."""
    if "\n" not in text and (size := cell_width(text)) <= width:
        return [(text, size)]  # most cells: short enough to stand as they are
    lines: list[tuple[str, int]] = []
    for paragraph in text.split("\n"):
        line, used = "", 0
        for word in paragraph.split(" "):
            size = cell_width(word)
            if line and used + 1 + size <= width:
                line, used = f"{line} {word}", used + 1 + size
                continue
            if line or used:
                lines.append((line, used))
            while size > width:  # a word longer than the column is folded, never cut
                head, used_head = "", 0
                for char in word:
                    w = cell_width(char)
                    if used_head + w > width:
                        break
                    head, used_head = head + char, used_head + w
                lines.append((head, used_head))
                word = word[len(head) :]
                size = cell_width(word)
            line, used = word, size
        lines.append((line, used))
    return lines or [("", 0)]


class Column:
    """A column's title and how it takes room."""

    __slots__ = ("minimum", "ratio", "right", "title")

    def __init__(self, title: str, ratio: int = 0, minimum: int = 1, right: bool = False) -> None:
        self.title = title
        self.ratio = ratio  # 0: as wide as its widest cell; else a share of the room left
        self.minimum, self.right = minimum, right


def layout(columns: Sequence[Column], rows: Sequence[Sequence[Cell]], total: int) -> list[int]:
    """Each column's width: natural widths when they fit, else the text columns share."""
    natural = [
        max([cell_width(c.title)] + [_width(r[i]) for r in rows]) for i, c in enumerate(columns)
    ]
    widths = [max(n, c.minimum) for n, c in zip(natural, columns, strict=True)]
    room = total - 1 - GAP * (len(columns) - 1)
    if sum(widths) <= room:
        return widths
    flexible = [i for i, c in enumerate(columns) if c.ratio]
    fixed = sum(w for i, w in enumerate(widths) if i not in flexible)
    left = max(room - fixed, sum(max(columns[i].minimum, 8) for i in flexible))
    shares = sum(columns[i].ratio for i in flexible)
    for i in flexible:
        widths[i] = max(columns[i].minimum, 8, left * columns[i].ratio // shares)
    spare = left - sum(widths[i] for i in flexible)  # give back what a column does not need
    for i in sorted(flexible, key=lambda i: natural[i] - widths[i], reverse=True):
        extra = min(spare, max(natural[i] - widths[i], 0))
        widths[i] += extra
        spare -= extra
    return widths


def draw(
    columns: Sequence[Column],
    rows: Sequence[Sequence[Cell]],
    styles: Sequence[Sequence[str]],
    total: int,
    colour: bool,
    *,
    rule: str = "─",
    footer: Sequence[Cell] | None = None,
) -> list[str]:
    """The table's lines: header, rule, each row's wrapped lines, then a footer row."""
    widths = layout(columns, [*rows, *([footer] if footer else [])], total)
    span = sum(widths) + GAP * (len(widths) - 1)
    rights, gap = [c.right for c in columns], " " * GAP
    blanks = [" " * w for w in widths]

    def render(row: Sequence[Cell], row_styles: Sequence[str]) -> list[str]:
        cells = []  # each cell as its finished lines: styled, padded to the column
        for i, (cell, width) in enumerate(zip(row, widths, strict=True)):
            if isinstance(cell, tuple):
                text = "".join(f"{s}{t}{RESET}" if colour and s else t for t, s in cell)
                lines = [(text, _width(cell))]
            else:
                style = row_styles[i] if colour else ""
                lines = [
                    (f"{style}{piece}{RESET}" if style and piece.strip() else piece, used)
                    for piece, used in measured_lines(cell, width)
                ]
            right = rights[i]
            cells.append(
                [
                    " " * (width - used) + text if right else text + " " * (width - used)
                    for text, used in lines
                ]
            )
        height = max(len(c) for c in cells)
        if height == 1:
            return [(" " + gap.join(c[0] for c in cells)).rstrip()]
        return [
            (
                " " + gap.join(c[d] if d < len(c) else blanks[i] for i, c in enumerate(cells))
            ).rstrip()
            for d in range(height)
        ]

    lines = render([c.title for c in columns], [BOLD] * len(columns))
    lines.append(" " + rule * span)
    for row, row_styles in zip(rows, styles, strict=True):
        lines += render(row, row_styles)
    if footer is not None:
        lines.append(" " + rule * span)
        lines += render(footer, [BOLD] * len(columns))
    return lines


def _notes(notes: list[str], width: int, colour: bool) -> list[str]:
    lines = [line for note in notes for line in wrap(note, max(width - 1, 20))]
    return [f"{DIM}{line}{RESET}" if colour else line for line in lines]


def actions_table(
    items: Sequence[Item], as_of: date, *, overdue: bool = False, several: bool = False
) -> None:
    """One row per action; long text wraps inside its column, nothing is cut.

    `several`: more than one plan was read, so each row says which (even if all the rows
    shown come from one of them).
    """
    several = several or len({id(i.plan) for i in items}) > 1
    columns = [Column("Plan")] if several else []
    columns += [Column("Ref", minimum=4), Column("T", right=True), Column("Action", ratio=3)]
    columns.append(Column("Due" if overdue else "End", minimum=7))
    if overdue:
        columns.append(Column("Late", minimum=8))
    columns += [Column("Lead"), Column("DLT"), Column("RAG", minimum=7)]
    if not overdue:
        columns.append(Column("Comments", ratio=2))
    rag_column = len(columns) - (1 if overdue else 2)
    rows, styles = [], []
    for item in items:
        a = item.action
        row = [visible(item.plan.name)] if several else []
        row += [
            visible(a.ref) + ("*" if a.ref_generated else ""),
            str(item.theme_number),
            visible(a.action) or "(no action text)",
        ]
        due = a.due
        if overdue:
            row += [due.isoformat() if due else "", how_late(due, as_of) if due else ""]
        else:
            row.append(str(a.end) if a.end else "")
        row += [
            visible(format_initials(a.lead)),
            visible(format_initials(a.dlt)),
            f" {a.status.label} ",
        ]
        if not overdue:
            row.append(visible(a.comments))
        rows.append(row)
        style = [""] * len(row)
        style[rag_column] = RAG_CODES[a.status]
        if not a.action:
            style[2 + several] = DIM
        styles.append(style)
    colour, width = use_colour(), terminal_width()
    lines = draw(columns, rows, styles, width, colour)
    themes = sorted({(i.plan.name, i.theme_number, i.theme.title) for i in items})
    notes = [
        "T = theme: "
        + "; ".join(
            f"{f'{name} ' if several else ''}{n}. {visible(title)}" for name, n, title in themes
        )
    ]
    if any(i.action.ref_generated for i in items):
        notes.append("* ref made by plan import: the council's table had none")
    sys.stdout.write("\n".join(lines + _notes(notes, width, colour)) + "\n")


def bar(counts: Counts, width: int) -> Cell:
    """A bar exactly `width` wide of the group's statuses, complete first."""
    total = counts.total
    if not total or not width:
        return ""
    exact = {s: counts.by_status[s] * width / total for s in BAR_ORDER}
    shares = {s: int(v) for s, v in exact.items()}
    spare = width - sum(shares.values())  # largest remainders get the spare cells
    for s in sorted(BAR_ORDER, key=lambda s: shares[s] - exact[s])[:spare]:
        shares[s] += 1
    return tuple((BAR_GLYPHS[s] * shares[s], BAR_CODES[s]) for s in BAR_ORDER if shares[s])


def _bar_width(console_width: int, reserved: int) -> int:
    """20 wide when there is room, else 10, else none: the counts matter more."""
    room = console_width - reserved
    return 20 if room >= 36 else 10 if room >= 26 else 0


def summary_table(summary: Summary, title: str) -> None:
    """RAG counts per group (rows) by status (columns), totals, % complete and a bar."""
    colour, width = use_colour(), terminal_width()
    # An all-zero Unrated column is left out of the table (JSON always has it).
    statuses = [s for s in STATUS_ORDER if s is not Status.UNRATED or summary.total.by_status[s]]
    # The counts take 48 columns, Unrated 9 more, Travel 10; the names want 14 or more.
    reserved = 48 + 9 * (Status.UNRATED in statuses) + 10 * bool(summary.since)
    bar_width = _bar_width(width, reserved)
    columns = [Column(GROUP_TITLES[summary.by], ratio=1)]
    columns += [Column(s.label, right=True) for s in statuses]
    columns += [
        Column("Total", right=True),
        Column("Overdue", right=True),
        Column("Done", right=True),
    ]
    if bar_width:
        columns.append(Column("Progress", minimum=bar_width))
    if summary.since:
        columns.append(Column("Travel", minimum=8))

    def row(group: Counts, name: str) -> list[Cell]:
        cells: list[Cell] = [visible(name)]
        cells += [str(group.by_status[s]) for s in statuses]
        cells += [str(group.total), str(group.overdue), f"{group.complete_percent:.0f}%"]
        if bar_width:
            cells.append(bar(group, bar_width))
        if summary.since:
            label, code = TRAVEL[group.travel or "same"]
            cells.append(((label, code),))
        return cells

    rows = [row(g, f"{g.number}. {g.name}" if g.number else g.name) for g in summary.groups]
    lines = draw(
        columns,
        rows,
        [[""] * len(columns)] * len(rows),
        width,
        colour,
        rule="━",
        footer=row(summary.total, "Total"),
    )
    if title:
        span = max(cell_width(line) for line in lines)
        heading = [line.center(span).rstrip() for line in wrap(visible(title), span)]
        lines = [*(f"{BOLD}{h}{RESET}" if colour else h for h in heading), "", *lines]
    caption = f"As of {summary.as_of.isoformat()}"
    if summary.since:
        caption += f"; travel compares the RAG mix with {visible(summary.since)}"
    notes = [caption]
    if bar_width:
        legend = "  ".join(f"{BAR_GLYPHS[s]} {s.label.lower()}" for s in BAR_ORDER)
        notes.append(f"Progress bar: {legend}. Done = % blue (complete).")
    sys.stdout.write("\n".join([*lines, "", *_notes(notes, width, colour)]) + "\n")
