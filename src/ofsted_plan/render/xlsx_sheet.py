"""One worksheet of the board paper's workbook, written and paginated the same way.

`Sheet` writes rows (one font, wrapped text, row heights set, plan text never a formula) and
sets up the printed page: A4 landscape, the title and classification at the top of each
page, "Page N of M" at the foot, and a header row repeated. The printed scale is computed
from the column widths (every printed column on one page's width) rather than left to
"fit to width", because Excel ignores manual page breaks under "fit to"; with the scale
known, the rows on each page are known, and a row break is put before any heading (a
section's title or a table's header row) that would otherwise print in the last rows of a
page, away from the rows it heads.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.properties import PageSetupProperties

from ..model import Month, Status
from . import sections
from .text import visible

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

FONT_NAME, FONT_SIZE = "Arial", 10
LINE_HEIGHT = 12.75  # points per line of 10pt text, as Excel and LibreOffice set it
OVERDUE_FILL = "FFFDE2E2"
CENTRED = Alignment(horizontal="center", vertical="top")
HEADER_FILL = "FFDDDDDD"


class Sheet:
    """Writes rows to one worksheet the same way: fonts, wrapping, heights, text not formulas."""

    def __init__(self, sheet: Worksheet, widths: Sequence[int]) -> None:
        self.sheet = sheet
        self.widths = list(widths)
        self.font = Font(name=FONT_NAME, size=FONT_SIZE)
        self.bold = Font(name=FONT_NAME, size=FONT_SIZE, bold=True)
        self.wrap = Alignment(wrap_text=True, vertical="top")
        for number, width in enumerate(widths, 1):
            sheet.column_dimensions[get_column_letter(number)].width = width
        self.row = 0
        self.cuts: list[str] = []  # cells cut at Excel's limit, in words
        self.headings: list[int] = []  # rows that must print with the rows after them
        self.title_row = 0  # the header row printed again at the top of each page

    def put(self, values: Sequence[Any], *, bold: bool = False, fill: str = "") -> int:
        """Append a row; returns its number. Row height from the longest wrapped cell."""
        self.row += 1
        lines = 1
        for column, value in enumerate(values, 1):
            cell = self.sheet.cell(row=self.row, column=column)
            if isinstance(value, Month):
                cell.value = datetime(value.year, value.month, 1)
                cell.number_format = "mmm yyyy"
            elif isinstance(value, (int, float, datetime)):
                cell.value = value
            elif value is not None and value != "":
                whole = visible(str(value))
                text, cut = fit_cell(whole)
                if cut:
                    where = f"{self.sheet.title}!{_letter(column)}{self.row}"
                    self.cuts.append(
                        f"cell {where} holds {len(whole):,} "
                        f"characters, more than Excel's {CELL_LIMIT:,}: the last {cut:,} "
                        "were cut (the cell says so); the plan file has them all"
                    )
                cell.value = text
                cell.data_type = "s"  # text, even when it starts with '=': never a formula
                width = self.widths[column - 1] if column <= len(self.widths) else 200
                lines = max(lines, _lines(str(value), width))
            cell.font = self.bold if bold else self.font
            cell.alignment = self.wrap
            if fill:
                cell.fill = PatternFill("solid", fgColor=fill)
        self.sheet.row_dimensions[self.row].height = min(409, LINE_HEIGHT * lines + 2)
        return self.row

    def sentence(self, text: str, *, bold: bool = False, fill: str = "") -> int:
        """A line of prose across the sheet's columns, wrapped, its row as tall as it needs."""
        row = self.put([text], bold=bold, fill=fill)
        span = len(self.widths)
        self.sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=span)
        lines = _lines(text, sum(self.widths))
        self.sheet.row_dimensions[row].height = min(409, LINE_HEIGHT * lines + 2)
        return row

    def heading(self, text: str) -> int:
        """A section's title: bold, and never printed at the foot of a page."""
        row = self.sentence(text, bold=True)
        self.headings.append(row)
        return row

    def header(self, titles: Sequence[str]) -> int:
        row = self.put(titles, bold=True, fill=HEADER_FILL)
        self.sheet.print_title_rows = f"{row}:{row}"
        self.headings.append(row)
        self.title_row = row
        return row

    def heights(self) -> list[float]:
        dims = self.sheet.row_dimensions
        return [dims[n].height or LINE_HEIGHT for n in range(1, self.row + 1)]

    def rag(self, row: int, column: int, status: Status) -> None:
        cell = self.sheet.cell(row=row, column=column)
        background, colour = sections.COLOURS[status]
        cell.fill = PatternFill("solid", fgColor=_argb(background))
        cell.font = Font(name=FONT_NAME, size=FONT_SIZE, bold=True, color=_argb(colour))

    def print_setup(self) -> None:
        """A4 landscape, every column on one page wide, as many pages down as it needs, a
        heading never at the foot of a page. Call it when the sheet's rows are written."""
        ws = self.sheet
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        # a scale, not "fit to width": Excel ignores manual page breaks under "fit to"
        scale = print_scale(self.widths)
        ws.page_setup.scale = scale
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=False)
        ws.page_margins.left = ws.page_margins.right = SIDE_MARGIN
        # the header and footer print in margins of their own, inside the page's
        ws.page_margins.top = ws.page_margins.bottom = END_MARGIN
        heights = self.heights()
        repeated = heights[self.title_row - 1] if self.title_row else 0.0
        for row in row_breaks(heights, self.headings, page_room(scale), repeated):
            if row in self.headings:  # the printer breaks at the others by itself
                ws.row_breaks.append(Break(id=row - 1))  # a break after row `id`
        ws.page_margins.header = ws.page_margins.footer = 0.3
        footer: Any = ws.oddFooter
        footer.right.text = "Page &P of &N"
        footer.left.text = "&A"

    def page_header(self, title: str, classification: str) -> None:
        """The paper's title and classification at the top of every printed page."""
        header: Any = self.sheet.oddHeader
        # '&' starts a code in a header: written '&&'; Excel allows 255 characters in all
        header.left.text = visible(title)[:100].replace("&", "&&")
        header.right.text = visible(classification)[:60].replace("&", "&&")


# Excel holds at most 32,767 characters in a cell (openpyxl cuts longer text there, without
# a word): longer text is cut with a note saying so, in the cell and on stderr.
CELL_LIMIT = 32767


def cut_note(more: int) -> str:
    return f"… [cut: {more:,} more characters, see the plan file]"


def fit_cell(text: str, limit: int = CELL_LIMIT) -> tuple[str, int]:
    """The text as a cell can hold it, and how many characters were cut (0: none). Counted
    as openpyxl and Excel count (a character; cut text ends with `cut_note`)."""
    if len(text) <= limit:
        return text, 0
    keep = limit - len(cut_note(len(text)))  # the note is longest for the most cut
    return text[:keep] + cut_note(len(text) - keep), len(text) - keep


class WorkbookBytes(bytes):
    """A workbook's bytes, with what the user should know about it (`notes`, for stderr)."""

    notes: tuple[str, ...] = ()


def _lines(text: str, width: int) -> int:
    """How many lines a wrapped cell takes at this column width (characters)."""
    per_line = max(width * 1.15 - 2, 4)  # Arial 10 fits about 1.2 characters per unit
    return sum(max(1, math.ceil(len(part) / per_line)) for part in text.split("\n"))


def _argb(colour: str) -> str:
    """'#2e7d32' -> 'FF2E7D32': opaque, as Excel writes colours."""
    return "FF" + colour.lstrip("#").upper()


def _letter(n: int) -> str:
    return get_column_letter(n)


# The printed page: A4 landscape in points, and the margins print_setup sets (inches).
PAGE_WIDTH, PAGE_HEIGHT = 841.89, 595.28
SIDE_MARGIN, END_MARGIN = 0.4, 0.75
KEEP = 3  # a heading prints with at least this many of the rows after it


def column_points(width: float) -> float:
    """A column's printed width in points at 100%: LibreOffice prints a width of w
    characters as 7w points (measured: 8 -> 56pt, 60 -> 420pt); Excel, about 5.25w + 4, so
    a scale that fits LibreOffice's page fits Excel's."""
    return 7 * width + 1


def print_scale(widths: Sequence[float]) -> int:
    """The percentage that prints these columns on one page's width (10-100)."""
    room = PAGE_WIDTH - 2 * SIDE_MARGIN * 72
    wide = sum(column_points(w) for w in widths) or 1.0
    return max(10, min(100, math.floor(100 * room / wide)))


def page_room(scale: int) -> float:
    """The height of sheet rows (points at 100%) that one printed page holds."""
    return (PAGE_HEIGHT - 2 * END_MARGIN * 72) * 100 / scale


def row_breaks(
    heights: Sequence[float], headings: Sequence[int], room: float, repeated: float = 0.0
) -> list[int]:
    """The rows (1-based) a page break goes before: the automatic breaks a printer makes
    when a row does not fit, and one before each heading that would otherwise land on a
    page without the `KEEP` rows after it. `heights[n - 1]` is row n's height; `repeated` is
    the height of the header row printed again at the top of every page after the first."""
    breaks: list[int] = []
    used = 0.0
    marked = set(headings)
    for row, height in enumerate(heights, 1):
        need = height
        if row in marked:
            need = sum(heights[row - 1 : row + KEEP])
        if used > 0 and used + min(need, room - repeated) > room:
            breaks.append(row)
            used = repeated
        used += height
    return breaks
