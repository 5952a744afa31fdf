"""The column layout of the long terminal tables (list, overdue, summary, trend, slippage).

A rich renderable, not a second table engine: rich wraps each cell (`Text.wrap`), measures
every character (`cell_len`: emoji, CJK, joiners), applies the styles and decides colour
(NO_COLOR, FORCE_COLOR, TERM=dumb). What this module does itself is what `rich.table.Table`
would redo for every cell of every row: the column widths are worked out once from the text,
only a cell wider than its column is wrapped, and each output line is one run of segments.
On a list of 1,000 actions that draws the table in 0.3-0.4 s instead of Table's 1.6 s
(ARCHITECTURE.md, "Long tables"); the look is the same, line for line.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, NamedTuple

from rich.cells import cell_len
from rich.segment import Segment
from rich.text import Text

if TYPE_CHECKING:
    from rich.console import Console, ConsoleOptions

GAP = "  "  # between columns


class Column(NamedTuple):
    title: str
    ratio: int = 0  # 0: as wide as its widest cell; else it shares what room is left
    minimum: int = 1
    right: bool = False
    wrap: bool = True
    drop: int = 0  # 0: always shown; else left out on a narrow terminal, highest first


WORD_CAP = 20  # a text column is made as wide as its longest word, up to this


def widths(
    columns: Sequence[Column], rows: Iterable[Sequence[Text | str]], total: int
) -> tuple[list[int], list[int], list[int]]:
    """Each column's width, worked out once from the text: natural widths when they fit,
    else the text columns (those with a ratio) share the room, each at least as wide as its
    longest word (up to WORD_CAP), so a line breaks at a space, not inside a word. When even
    that is wider than the screen, the columns a reader needs least (highest `drop`) are left
    out until it fits. Returns the widths and natural widths of the columns kept, and which
    those are; a column is never narrower than 10 or its minimum, so on a very narrow
    terminal with nothing left to leave out a line may be longer than the screen."""
    rows = rows if isinstance(rows, list) else list(rows)
    natural = [max(cell_len(c.title), c.minimum) for c in columns]
    for row in rows:
        for i, text in enumerate(row):
            plain = text if isinstance(text, str) else text.plain
            if plain.isascii() and plain.isprintable():  # most cells: one cell a character
                size = len(plain)
            elif "\n" not in plain:
                size = cell_len(plain)
            else:
                size = max(map(cell_len, plain.split("\n")))
            if size > natural[i]:
                natural[i] = size
    keep = list(range(len(columns)))

    def room() -> int:
        return total - len(GAP) * (len(keep) - 1)

    if sum(natural) <= room():
        return natural, natural, keep
    flexible = [i for i, c in enumerate(columns) if c.ratio]
    words = dict.fromkeys(flexible, 0)
    for row in rows:
        for i in flexible:
            text = row[i]
            plain = text if isinstance(text, str) else text.plain
            measure = len if plain.isascii() else cell_len
            longest = max(map(measure, plain.split()), default=0)
            if longest > words[i]:
                words[i] = min(longest, WORD_CAP)
    least = {i: min(natural[i], max(columns[i].minimum, 10)) for i in flexible}

    def needed() -> int:
        return sum(least[i] if i in least else natural[i] for i in keep)

    for i in sorted((i for i, c in enumerate(columns) if c.drop), key=lambda i: -columns[i].drop):
        if needed() <= room():
            break
        keep.remove(i)
    flexible = [i for i in flexible if i in keep]
    sizes = {i: natural[i] for i in keep}
    left = room() - sum(natural[i] for i in keep if i not in flexible)
    # Each text column as wide as its longest word where the room allows; where it does not,
    # the widest give way first (a word wider than its column is then folded).
    floors = {i: max(least[i], min(natural[i], words[i])) for i in flexible}
    excess = sum(floors.values()) - left
    for i in sorted(flexible, key=lambda i: floors[i], reverse=True):
        cut = min(max(excess, 0), floors[i] - least[i])
        floors[i] -= cut
        excess -= cut
    shares = sum(columns[i].ratio for i in flexible)
    for i in flexible:
        sizes[i] = min(natural[i], max(floors[i], left * columns[i].ratio // shares))
    over = sum(sizes[i] for i in flexible) - left  # a floor took more than its share
    for i in sorted(flexible, key=lambda i: sizes[i] - floors[i], reverse=True):
        cut = min(max(over, 0), sizes[i] - floors[i])
        sizes[i] -= cut
        over -= cut
    spare = left - sum(sizes[i] for i in flexible)  # give back what a column does not need
    for i in sorted(flexible, key=lambda i: natural[i] - sizes[i], reverse=True):
        extra = min(max(spare, 0), max(natural[i] - sizes[i], 0))
        sizes[i] += extra
        spare -= extra
    return [sizes[i] for i in keep], [natural[i] for i in keep], keep


# One line of one cell: its segments and how many cells wide they are.
Piece = tuple[list[Segment], int]


class Rows:
    """A header, a rule, the rows, and optionally a rule and a footer row (totals).

    Columns are two spaces apart; a cell's own style (a RAG colour) fills its column's
    width, as in a rich Table, so every RAG block is the same size.

    With `measure` (each row's cells as the plain text they will show), the widths come from
    it and `rows` may be a lazy iterable, made as it is printed: `parts` then gives the table
    a few rows at a time, so a long list shows its first screen at once (`plan list | head`).
    """

    def __init__(
        self,
        columns: Sequence[Column],
        rows: Iterable[Sequence[Text]],
        total: int,
        *,
        footer: Sequence[Text] | None = None,
        title: Text | None = None,
        rule: str = "─",
        measure: Iterable[Sequence[str]] | None = None,
    ) -> None:
        self.columns = columns
        sized: list[Sequence[Text | str]] = []
        if measure is None:
            rows = list(rows)
            sized += rows
        else:
            sized += measure
        if footer:
            sized.append(footer)
        self.rows = rows
        self.footer = footer
        self.title = title
        self.rule = rule
        self.widths, self.natural, keep = widths(columns, sized, total)
        self.dropped = [c.title for i, c in enumerate(columns) if i not in keep]
        self.keep = keep if self.dropped else None
        self.columns = [columns[i] for i in keep]

    @property
    def width(self) -> int:
        return sum(self.widths) + len(GAP) * (len(self.columns) - 1)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> Iterator[Segment]:
        for part in self.parts():
            yield from part.__rich_console__(console, options)

    def parts(self, size: int = 50) -> Iterator[_Part]:
        """The table as renderables of a few rows each, in order: the title and header
        first, then `size` rows at a time, then the footer."""
        yield _Part(self, "head", ())
        chunk: list[Sequence[Text]] = []
        for row in self.rows:
            chunk.append(row)
            if len(chunk) == size:
                yield _Part(self, "rows", chunk)
                chunk = []
        if chunk:
            yield _Part(self, "rows", chunk)
        if self.footer:
            yield _Part(self, "foot", ())

    def _head(self, console: Console) -> Iterator[Segment]:
        width = self.width
        if self.title is not None:
            for line in self.title.wrap(console, width, justify="center", overflow="fold"):
                yield from self._line([self._piece(console, line, width, False)], [width], [False])
        header = [Text(c.title, style="bold") for c in self.columns]
        yield from self._row(console, header)
        yield Segment(self._rule(console) * width + "\n")

    def _foot(self, console: Console) -> Iterator[Segment]:
        assert self.footer is not None
        yield Segment(self._rule(console) * self.width + "\n")
        yield from self._row(console, [t.copy() for t in self.footer], bold=True)

    def _row(self, console: Console, row: Sequence[Text], bold: bool = False) -> Iterator[Segment]:
        if self.keep is not None and len(row) != len(self.columns):
            row = [row[i] for i in self.keep]
        cells: list[list[Piece]] = []
        rights = [c.right for c in self.columns]
        for text, size, natural, right in zip(row, self.widths, self.natural, rights, strict=True):
            if bold:
                text.stylize_before("bold")
            if size >= natural and "\n" not in text.plain:
                cells.append([self._piece(console, text, size, right)])
            else:
                lines = text.wrap(console, size, overflow="fold")
                cells.append([self._piece(console, line, size, right) for line in lines])
        height = max(map(len, cells))
        for k in range(height):
            yield from self._line([c[k] if k < len(c) else ([], 0) for c in cells], None, rights)

    def _rule(self, console: Console) -> str:
        """The rule's character, or the nearest one the output's encoding can write (an old
        Windows console in cp850 has no heavy line, in cp1252 no line at all)."""
        for rule in (self.rule, "─", "-"):
            try:
                rule.encode(console.encoding)
            except (UnicodeEncodeError, LookupError):
                continue
            return rule
        return "-"

    @staticmethod
    def _piece(console: Console, text: Text, size: int, right: bool) -> Piece:
        """A cell's line as segments; a cell with a style of its own is padded in it."""
        used = text.cell_len
        if not text.style:
            return list(text.render(console)), used
        if used < size:
            text = text.copy()
            (text.pad_left if right else text.pad_right)(size - used)
        style = console.get_style(text.style)
        return list(Segment.apply_style(text.render(console), style)), max(used, size)

    def _line(
        self, pieces: Sequence[Piece], sizes: Sequence[int] | None, rights: Sequence[bool]
    ) -> Iterator[Segment]:
        """One output line: unstyled runs joined into one segment, trailing spaces dropped."""
        sizes = sizes or self.widths
        last = len(pieces) - 1
        plain = ""
        for i, (segments, used) in enumerate(pieces):
            pad = " " * (sizes[i] - used)
            if rights[i]:
                plain += pad
            for segment in segments:
                if segment.style:
                    if plain:
                        yield Segment(plain)
                        plain = ""
                    yield segment
                else:
                    plain += segment.text
            if i != last:
                plain += ("" if rights[i] else pad) + GAP
        yield Segment(plain.rstrip(" ") + "\n")


class _Part(NamedTuple):
    """Some of a Rows table: its head, a few rows, or its foot."""

    table: Rows
    kind: str
    rows: Sequence[Sequence[Text]]

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> Iterator[Segment]:
        if self.kind == "head":
            yield from self.table._head(console)
        elif self.kind == "foot":
            yield from self.table._foot(console)
        for row in self.rows:
            yield from self.table._row(console, row)
