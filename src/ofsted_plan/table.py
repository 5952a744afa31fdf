"""The action list as a terminal table, drawn by hand because it must be fast.

`plan list` and `plan overdue` can show thousands of rows; rich needs about half a
millisecond a row and a tenth of a second just to import, which is more than the whole
command may take. This draws the same kind of table (wrapped text, labelled and coloured
RAG cells, nothing cut) in plain Python. Plan text goes through `visible` like everywhere.
"""

from __future__ import annotations

import os
import shutil
import sys
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from .model import Item, Status, format_initials
from .render import how_late, visible

RESET = "\x1b[0m"
RAG_CODES = {
    Status.RED: "\x1b[1;37;41m",
    Status.AMBER: "\x1b[1;30;43m",
    Status.GREEN: "\x1b[1;30;42m",
    Status.BLUE: "\x1b[1;37;44m",
    Status.UNRATED: "\x1b[2m",
}
BOLD, DIM = "\x1b[1m", "\x1b[2m"
GAP = 2  # spaces between columns


def use_colour(stream: object = None) -> bool:
    """Colour only for a terminal, never with NO_COLOR, always with FORCE_COLOR (as rich)."""
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    stream = stream or sys.stdout
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty()) and os.environ.get("TERM") != "dumb"


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


def wrap(text: str, width: int) -> list[str]:
    """Lines of at most `width` columns: at spaces where possible, words folded if longer."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line, used = "", 0
        for word in paragraph.split(" "):
            size = cell_width(word)
            if line and used + 1 + size <= width:
                line, used = f"{line} {word}", used + 1 + size
                continue
            if line or used:
                lines.append(line)
            while size > width:  # a word longer than the column is folded, never cut
                head, used_head = "", 0
                for char in word:
                    w = cell_width(char)
                    if used_head + w > width:
                        break
                    head, used_head = head + char, used_head + w
                lines.append(head)
                word = word[len(head) :]
                size = cell_width(word)
            line, used = word, size
        lines.append(line)
    return lines or [""]


@dataclass(slots=True)
class Column:
    title: str
    ratio: int = 0  # 0: as wide as its widest cell; else a share of the room left
    minimum: int = 1
    right: bool = False


def layout(columns: Sequence[Column], rows: Sequence[Sequence[str]], total: int) -> list[int]:
    """Each column's width: natural widths when they fit, else the text columns share."""
    natural = [
        max([cell_width(c.title)] + [cell_width(r[i]) for r in rows]) for i, c in enumerate(columns)
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
    # Give back what a column does not need to the others, widest first.
    spare = left - sum(widths[i] for i in flexible)
    for i in sorted(flexible, key=lambda i: natural[i] - widths[i], reverse=True):
        extra = min(spare, max(natural[i] - widths[i], 0))
        widths[i] += extra
        spare -= extra
    return widths


def draw(
    columns: Sequence[Column],
    rows: Sequence[Sequence[str]],
    styles: Sequence[Sequence[str]],
    total: int,
    colour: bool,
) -> list[str]:
    """The table's lines: header, rule, then each row's wrapped lines."""
    widths = layout(columns, rows, total)
    out = []

    def line(cells: Sequence[list[str]], row_styles: Sequence[str], depth: int) -> str:
        parts = []
        for i, (lines, width) in enumerate(zip(cells, widths, strict=True)):
            text = lines[depth] if depth < len(lines) else ""
            pad = " " * (width - cell_width(text))
            text = pad + text if columns[i].right else text + pad
            style = row_styles[i] if colour and depth < len(lines) else ""
            parts.append(f"{style}{text}{RESET}" if style and text.strip() else text)
        return (" " + (" " * GAP).join(parts)).rstrip()

    header = [[c.title] for c in columns]
    out.append(line(header, [BOLD] * len(columns), 0))
    out.append(" " + "─" * min(total - 2, sum(widths) + GAP * (len(widths) - 1)))
    for row, row_styles in zip(rows, styles, strict=True):
        cells = [wrap(text, width) for text, width in zip(row, widths, strict=True)]
        for depth in range(max(len(c) for c in cells)):
            out.append(line(cells, row_styles, depth))
    return out


def actions_table(items: Sequence[Item], as_of: date, *, overdue: bool = False) -> None:
    """One row per action; long text wraps inside its column, nothing is cut."""
    several = len({id(i.plan) for i in items}) > 1
    columns = [Column("Plan")] if several else []
    columns += [Column("Ref", minimum=4), Column("T", right=True), Column("Action", ratio=3)]
    columns.append(Column("Due" if overdue else "End", minimum=7))
    if overdue:
        columns.append(Column("Late", minimum=8))
    columns += [Column("Lead"), Column("DLT"), Column("RAG", minimum=7)]
    if not overdue:
        columns.append(Column("Comments", ratio=2))
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
        style[len(row) - (1 if overdue else 2)] = RAG_CODES[a.status]
        if not a.action:
            style[2 + several] = DIM
        styles.append(style)
    colour = use_colour()
    width = shutil.get_terminal_size((80, 24)).columns
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
    notes = [line for note in notes for line in wrap(note, max(width - 1, 20))]
    lines += [f"{DIM}{n}{RESET}" if colour else n for n in notes]
    sys.stdout.write("\n".join(lines) + "\n")
