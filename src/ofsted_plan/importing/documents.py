"""A council's file as a person sees it: blocks in order (headings, paragraphs, tables), whatever
the format. A text export is one table; a workbook is its sheets, each one table of rows as Excel
shows them; a Word document is its headings, paragraphs and tables in body order.

Rows are numbered as the user finds them: the line of a text file, the row of a sheet, the row
of a Word table counted from 1 across the document's tables. Merged cells read as a person sees
them: a cell merged across columns is one cell (its span is kept), a cell merged down rows is
repeated on each row it covers but marked, so that a row holding nothing else is not an action.
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass, field
from typing import Any

from ..errors import PlanError

DELIMITERS = ("\t", ",", ";")
DELIMITER_NAMES = {"\t": "tabs", ",": "commas", ";": "semicolons"}
# Excel's error values: a formula that failed. Never read as text.
ERROR_VALUES = frozenset(
    ("#REF!", "#VALUE!", "#DIV/0!", "#N/A", "#NAME?", "#NULL!", "#NUM!", "#SPILL!", "#CALC!")
)
# Bounds on hostile or broken workbooks: a sheet declaring a cell at XFD1048576 is read only as
# far as cells hold values, and one with more cells than this is refused.
MAX_CELLS = 5_000_000
MAX_BYTES = 200 * 1024 * 1024


@dataclass(slots=True)
class Row:
    """One row as a person sees it."""

    number: int
    cells: list[str]
    fills: dict[int, str] = field(default_factory=dict)  # column -> 'RRGGBB' shown
    spans: dict[int, int] = field(default_factory=dict)  # column -> columns merged across
    down: set[int] = field(default_factory=set)  # columns repeated from a merge down
    problems: dict[int, str] = field(default_factory=dict)  # column -> '#REF!', 'formula'
    indents: dict[int, int] = field(default_factory=dict)  # column -> indent level shown
    hidden: bool = False
    where: str = ""  # FILE[Sheet] for a workbook's rows (a plan may span sheets)

    def filled(self) -> list[int]:
        """The columns holding text of this row's own (not repeated from above)."""
        return [i for i, c in enumerate(self.cells) if c and i not in self.down]


@dataclass(slots=True)
class Paragraph:
    """A paragraph of a Word document: `level` 0 for the title, 1-9 for headings, None for
    body text."""

    text: str
    level: int | None


@dataclass(slots=True)
class Grid:
    """A table (a text export, a sheet, a Word table)."""

    rows: list[Row]
    where: str  # for messages: 'sheet 'Plan'', 'table 2'
    path: str  # what errors name: FILE or FILE[Sheet]
    columns_hidden: list[int] = field(default_factory=list)
    name: str = ""  # a sheet's name


Block = Paragraph | Grid


@dataclass(slots=True)
class Document:
    kind: str  # 'text', 'xlsx', 'docx'
    blocks: list[Block]
    title: str = ""  # the document's own title (Word's core properties), if any
    read_as: str = ""  # for --explain: how the file was read
    set_aside: list[str] = field(default_factory=list)  # sheets not read, and why

    def grids(self) -> list[Grid]:
        return [b for b in self.blocks if isinstance(b, Grid)]


def file_kind(data: bytes) -> str:
    """'xlsx', 'docx', or 'text': by what the file holds, not by its name."""
    if data.startswith(b"PK\x03\x04"):
        try:
            names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
        except zipfile.BadZipFile:
            return "zip"
        if "xl/workbook.xml" in names:
            return "xlsx"
        if "word/document.xml" in names:
            return "docx"
        return "zip"
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        return "old-office"
    return "text"


# ---------------------------------------------------------------- text


def decode(data: bytes, path: str) -> str:
    """Decode an export: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252.

    Excel saves "Unicode Text" as UTF-16 with a BOM and "Text (Tab delimited)" as
    Windows-1252. A file that is UTF-8 but for a few bytes (a '£' typed in another program) is
    refused at the first such byte: decoding it all as Windows-1252 would turn every accent
    and typographic quote elsewhere into mojibake in silence.
    """
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise PlanError(
            "this is an old-format Excel or Word file (.xls or .doc)",
            path=path,
            hint="open it in Excel or Word and save it as .xlsx or .docx, then import that",
        )
    if data.startswith(b"PK\x03\x04"):
        raise PlanError(
            "this is a zip file, but not an Excel workbook or Word document that can be opened",
            path=path,
            hint="save the table from Excel as .xlsx or from Word as .docx, then import that",
        )
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            line = data[: exc.start].decode("utf-16", "replace").count("\n") + 1
            raise PlanError(
                f"byte 0x{data[exc.start]:02x} is not valid utf-16 text",
                path=path,
                line=line,
                hint="save the table as UTF-8 or Unicode text and import it again",
            ) from None
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if b"\x00" in data:
        raise PlanError(
            "the file holds NUL bytes, so it is not a text table",
            path=path,
            line=data[: data.index(b"\x00")].count(b"\n") + 1,
            hint="if it is UTF-16 without a byte-order mark, save it from Excel as Unicode Text",
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        first = exc.start
    if _has_utf8_sequences(data):
        line_start = data.rfind(b"\n", 0, first) + 1
        line = data[:first].count(b"\n") + 1
        column = len(data[line_start:first].decode("utf-8", "replace")) + 1
        raise PlanError(
            f"byte 0x{data[first]:02x} at column {column} is not UTF-8, but the rest of the "
            "file is: the file mixes two encodings, and reading it either way would garble "
            "some of its text",
            path=path,
            line=line,
            hint="retype that character, or open the file in Excel and save it as "
            "'CSV UTF-8' or 'Unicode Text', then import that",
        )
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise PlanError(
            f"byte 0x{data[exc.start]:02x} is not valid cp1252 text",
            path=path,
            line=data[: exc.start].count(b"\n") + 1,
            hint="save the table as UTF-8 or Unicode text and import it again",
        ) from None


def _has_utf8_sequences(data: bytes) -> bool:
    """Whether the bytes hold at least one valid multi-byte UTF-8 character."""
    import re

    return re.search(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}", data) is not None


def read_rows(text: str, path: str, delimiter: str = "\t") -> list[tuple[int, list[str]]]:
    """Split the export into (first line number, cells) records, keeping quoted line breaks.

    A quote left open would swallow the rows after it into one cell; such a record is
    refused rather than silently merging rows.
    """
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows: list[tuple[int, list[str]]] = []
    line = 1
    try:
        for cells in reader:
            end = reader.line_num
            if end > line and any("\n" in c and c.count(delimiter) >= 3 for c in cells):
                raise PlanError(
                    f"a quote opened on line {line} closes on line {end}, which would merge "
                    "the rows between into one cell",
                    path=path,
                    line=line,
                    hint="remove the stray quote mark, or re-export the table from Excel",
                )
            rows.append((line, cells))
            line = end + 1
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):
            problem = f"a cell is longer than {csv.field_size_limit():,} characters"
            hint = "a plan's cell is a few paragraphs at most: check the file is a plan table"
        elif "unexpected end of data" in str(exc):
            problem, hint = "a quote opened here is never closed", "remove the stray quote mark"
        else:
            problem = f"a quoted cell is not closed properly ({exc})"
            hint = 'a cell starting with a quote must end with it; write "" for a quote inside'
        raise PlanError(problem, path=path, line=line, hint=hint) from None
    return rows


def text_document(text: str, path: str, width_of: Any) -> Document:
    """A text export as one table; the delimiter (tab, comma, semicolon) is the one whose rows
    hold a header row of the most columns, never a guess between two that both do.
    `width_of(rows)` is how many columns the first header row names (0: none)."""
    if not text.strip():
        raise PlanError("the file is empty", path=path, hint="export the plan table again")
    found: list[tuple[int, str, list[tuple[int, list[str]]]]] = []
    errors: list[PlanError] = []
    for delimiter in DELIMITERS:
        if delimiter not in text:
            continue
        try:
            rows = read_rows(text, path, delimiter)
        except PlanError as exc:
            errors.append(exc)
            continue
        width = width_of(rows)
        if width:
            found.append((width, delimiter, rows))
    if not found:
        if errors:  # no split gave a header, and one broke: that break is the likely cause
            raise errors[0]
        delimiter, rows = "\t", read_rows(text, path, "\t")
    else:
        found.sort(key=lambda f: -f[0])
        if len(found) > 1 and found[0][0] == found[1][0]:
            first, second = DELIMITER_NAMES[found[0][1]], DELIMITER_NAMES[found[1][1]]
            raise PlanError(
                f"the table reads as well split at {first} as at {second}",
                path=path,
                hint="save it from Excel as 'Unicode Text' (tab-separated), then import that",
            )
        _, delimiter, rows = found[0]
    grid = Grid([Row(n, cells) for n, cells in rows], "the table", path)
    return Document(
        "text",
        [grid],
        read_as=f"text separated by {DELIMITER_NAMES[delimiter]}; lines as numbered",
    )


# ---------------------------------------------------------------- Excel


def xlsx_document(data: bytes, path: str, sheet: str | None, width_of: Any) -> Document:
    """The workbook's plan sheet (`sheet`, else the one sheet that looks like a plan) as one
    table of rows as Excel shows them: formulas by their saved value, merged cells, fills
    (theme colours and tints resolved), hidden rows and columns marked."""
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a broken file
        raise PlanError(f"Excel cannot open this workbook: {exc}", path=path) from None
    names = book.sheetnames
    palette = _theme_palette(book)
    if sheet is not None:
        if sheet not in names:
            raise PlanError(
                f"the workbook has no sheet {sheet!r}",
                path=path,
                hint="its sheets are " + ", ".join(repr(n) for n in names),
            )
        chosen, others = sheet, [n for n in names if n != sheet]
    else:
        plans = [n for n in names if width_of(_plain_rows(book[n], f"{path}[{n}]"))]
        if not plans:
            raise PlanError(
                "no sheet has a header row naming an Action column and two more: "
                + ", ".join(repr(n) for n in names),
                path=path,
                hint="name the columns in a rules file (column TITLE = action ...; see the "
                "README), and the sheet with --sheet if there are several",
            )
        if len(plans) > 1 and not _one_plan(book, plans, width_of):
            raise PlanError(
                "more than one sheet looks like a plan: " + ", ".join(repr(n) for n in plans),
                path=path,
                hint=f"choose one with --sheet, e.g. --sheet {plans[0]!r}",
            )
        chosen, others = plans[0], [n for n in names if n not in plans]
    chosen_all = [chosen] if sheet is not None else plans
    grids = []
    for name in chosen_all:
        where = f"{path}[{name}]"
        grid = _sheet_grid(book[name], where, palette, _formula_cells(data, name))
        grid.name = name
        grids.append(grid)
    if len(grids) == 1:
        read_as = f"an Excel workbook, sheet {chosen!r}"
    else:  # one sheet a theme, each with the plan's columns: one plan
        read_as = "an Excel workbook, sheets " + ", ".join(repr(n) for n in chosen_all)
    document = Document("xlsx", list(grids), read_as=read_as)
    for name in chosen_all:
        if book[name].sheet_state != "visible":
            document.set_aside.append(f"the sheet {name!r} is hidden in the workbook")
    document.set_aside.extend(f"sheet {n!r}: not the plan (no header row)" for n in others)
    return document


def _one_plan(book: Any, names: list[str], width_of: Any) -> bool:
    """Whether sheets that each look like a plan are one plan, a theme a sheet: the same
    columns, no action or ref on two of them, and no name that marks a version ('Plan 2023',
    'Old plan', 'Copy of ...'). Two versions of a plan are never read as one."""
    import re

    if any(
        re.search(r"\b(?:19|20)\d\d\b|\b(?:old|copy|archive|previous|draft|v\d)\b", n, re.I)
        for n in names
    ):
        return False
    rows = {n: _plain_rows(book[n], n) for n in names}
    if len({width_of(r, True) for r in rows.values()}) != 1:
        return False
    shared = set.intersection(*({tuple(c) for _, c in r} for r in rows.values()))  # headers
    seen: set[str] = set()
    for sheet_rows in rows.values():
        texts = {
            c.strip()
            for _, cells in sheet_rows
            if tuple(cells) not in shared
            for c in cells
            if len(c.strip()) > 40  # an action or a recommendation, not an officer's name
        }
        if seen & texts:
            return False
        seen |= texts
    return True


def _bounds(sheet: Any, where: str) -> tuple[int, int]:
    """The rows and columns that hold values: a declared dimension (A1:XFD1048576) or a styled
    empty cell far away is not read."""
    cells = getattr(sheet, "_cells", {})
    rows = cols = 0
    for (r, c), cell in cells.items():
        if cell.value is not None:
            rows, cols = max(rows, r), max(cols, c)
    if rows * cols > MAX_CELLS:
        raise PlanError(
            f"{where} holds values as far as row {rows:,} and column {cols:,}, more than a "
            "plan has",
            path=where,
            hint="delete the far-away cells (Ctrl+End in Excel shows the last one), save, "
            "and import again",
        )
    return rows, cols


def _plain_rows(sheet: Any, where: str) -> list[tuple[int, list[str]]]:
    """The sheet's rows as text only: to find which sheet is the plan."""
    rows, cols = _bounds(sheet, where)
    if not rows:
        return []
    return [
        (n, [_text(c.value, c.number_format) for c in row])
        for n, row in enumerate(sheet.iter_rows(min_row=1, max_row=rows, max_col=cols), 1)
    ]


def _formula_cells(data: bytes, sheet: str) -> set[tuple[int, int]]:
    """The (row, column) of every formula cell of the sheet: read without saved values, so
    that a formula Excel never calculated (no saved result) is not taken for an empty cell."""
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), data_only=False)
    except Exception:  # the first load succeeded; a second failure leaves no formulas known
        return set()
    found = set()
    for (r, c), cell in getattr(book[sheet], "_cells", {}).items():
        if cell.data_type == "f" or (isinstance(cell.value, str) and cell.value[:1] == "="):
            found.add((r, c - 1))
    return found


def _sheet_grid(sheet: Any, where: str, palette: list[str], formulas: set[tuple[int, int]]) -> Grid:
    rows_n, cols_n = _bounds(sheet, where)
    merges = []
    for merged in sheet.merged_cells.ranges:
        if merged.min_row > rows_n or merged.min_col > cols_n:
            continue  # a merge beyond every value: nothing a person sees
        merges.append(merged)
    rows: list[Row] = []
    if rows_n:
        for number, cells in enumerate(
            sheet.iter_rows(min_row=1, max_row=rows_n, max_col=cols_n), 1
        ):
            row = Row(number, [], where=where)
            for column, c in enumerate(cells):
                value = c.value
                if c.data_type == "e" or (isinstance(value, str) and value in ERROR_VALUES):
                    row.problems[column] = str(value)
                    row.cells.append("")
                    continue
                if value is None and (number, column) in formulas:
                    row.problems[column] = "formula"
                row.cells.append(_text(value, c.number_format))
                fill = _fill_of(c, palette)
                if fill:
                    row.fills[column] = fill
                indent = c.alignment.indent if c.alignment is not None else 0
                if indent and value is not None:
                    row.indents[column] = int(indent)
            dimension = sheet.row_dimensions.get(number)
            row.hidden = bool(dimension is not None and dimension.hidden)
            rows.append(row)
    for merged in merges:
        top_row, left = merged.min_row, merged.min_col - 1
        if top_row > len(rows):
            continue
        top = rows[top_row - 1]
        text = top.cells[left] if left < len(top.cells) else ""
        span = min(merged.max_col, cols_n) - left
        if span > 1:
            top.spans[left] = span
        for r in range(top_row + 1, min(merged.max_row, len(rows)) + 1):
            below = rows[r - 1]
            if left < len(below.cells) and text:
                below.cells[left] = text
                below.down.add(left)
                if span > 1:
                    below.spans[left] = span
            if left in top.fills:
                below.fills[left] = top.fills[left]
    hidden_columns = [
        i
        for i in range(cols_n)
        if (d := sheet.column_dimensions.get(_column_letter(i + 1))) is not None and d.hidden
    ]
    return Grid(rows, f"sheet {sheet.title!r}", where, hidden_columns)


def _column_letter(n: int) -> str:
    from openpyxl.utils import get_column_letter

    return str(get_column_letter(n))


MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _text(value: Any, number_format: str = "General") -> str:
    """A cell as Excel shows it: a date formatted without a day ('mmm-yy') as its month
    (Jan-2017), one with a day as that day (31/03/2018), numbers plainly."""
    import datetime

    if value is None:
        return ""
    if isinstance(value, datetime.datetime | datetime.date):
        if "d" not in number_format.lower():
            return f"{MONTHS[value.month - 1]}-{value.year:04d}"
        return value.strftime("%d/%m/%Y")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


# The Office theme's colours, in the order Excel numbers them (lt1, dk1, lt2, dk2, accent1-6,
# hlink, folHlink): used when a workbook carries no theme of its own.
OFFICE_THEME = (
    "FFFFFF", "000000", "E7E6E6", "44546A", "4472C4", "ED7D31",
    "A5A5A5", "FFC000", "5B9BD5", "70AD47", "0563C1", "954F72",
)  # fmt: skip
# The theme's colour names in its XML order (dk1 lt1 dk2 lt2 ...): Excel's theme numbers swap
# the first two pairs.
_SCHEME = ("dk1", "lt1", "dk2", "lt2", "accent1", "accent2", "accent3", "accent4", "accent5",
           "accent6", "hlink", "folHlink")  # fmt: skip


def _theme_palette(book: Any) -> list[str]:
    """The workbook theme's colours by Excel's theme number (0 lt1/white, 1 dk1/black ...)."""
    import re

    xml = getattr(book, "loaded_theme", None)
    if not xml:
        return list(OFFICE_THEME)
    text = xml.decode("utf-8", "replace") if isinstance(xml, bytes) else str(xml)
    colours: dict[str, str] = {}
    for name in _SCHEME:
        match = re.search(
            rf"<a:{name}>\s*<a:(?:srgbClr val|sysClr [^>]*lastClr)=\"([0-9A-Fa-f]{{6}})\"", text
        )
        if match:
            colours[name] = match[1].upper()
    if len(colours) < len(_SCHEME):
        return list(OFFICE_THEME)
    order = ("lt1", "dk1", "lt2", "dk2", *_SCHEME[4:])
    return [colours[n] for n in order]


def _fill_of(cell: Any, palette: list[str]) -> str | None:
    """The colour a solid fill shows, as 'RRGGBB': an RGB colour, an indexed one, or a theme
    colour with its tint applied as Excel does."""
    fill = cell.fill
    if fill is None or fill.fill_type != "solid":
        return None
    colour = fill.fgColor
    kind = getattr(colour, "type", None)
    if kind == "rgb":
        rgb = colour.rgb
        if isinstance(rgb, str) and len(rgb) in (6, 8):
            return rgb[-6:].upper()
        return None
    if kind == "theme" and isinstance(colour.theme, int) and 0 <= colour.theme < len(palette):
        return _tinted(palette[colour.theme], float(colour.tint or 0))
    if kind == "indexed" and isinstance(colour.indexed, int):
        from openpyxl.styles.colors import COLOR_INDEX

        if 0 <= colour.indexed < len(COLOR_INDEX) and colour.indexed not in (64, 65):
            return str(COLOR_INDEX[colour.indexed])[-6:].upper()
    return None


def _tinted(rgb: str, tint: float) -> str:
    """A theme colour with Excel's tint (-1 darker ... +1 lighter), in HLS as Excel applies it."""
    import colorsys

    if not tint:
        return rgb
    r, g, b = (int(rgb[i : i + 2], 16) / 255 for i in (0, 2, 4))
    hue, light, sat = colorsys.rgb_to_hls(r, g, b)
    light = light * (1 + tint) if tint < 0 else light * (1 - tint) + tint
    r, g, b = colorsys.hls_to_rgb(hue, min(max(light, 0.0), 1.0), sat)
    return "".join(f"{round(v * 255):02X}" for v in (r, g, b))


# ---------------------------------------------------------------- Word


def docx_document(data: bytes, path: str) -> Document:
    """The document's headings, paragraphs and tables in body order; each table's rows
    numbered 1, 2 ... across the tables, nested tables' text kept in their cell."""
    try:
        from docx import Document as open_document
    except ImportError:
        raise PlanError(
            "reading Word files needs python-docx, which is not installed",
            path=path,
            hint="pip install python-docx (it comes with ofsted-plan), or save the table as text",
        ) from None
    try:
        document = open_document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many kinds for a broken file
        raise PlanError(f"Word cannot open this document: {exc}", path=path) from None
    from docx.table import Table
    from docx.text.paragraph import Paragraph as WordParagraph

    blocks: list[Block] = []
    numbered = 0
    tables = 0
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraph = WordParagraph(child, document)
            text = paragraph.text.strip()
            if text:
                blocks.append(Paragraph(text, _level(paragraph)))
        elif tag == "tbl":
            tables += 1
            rows = _word_rows(Table(child, document), numbered)
            numbered += len(rows)
            blocks.append(Grid(rows, f"table {tables}", path))
    title = (document.core_properties.title or "").strip()
    return Document(
        "docx", blocks, title=title, read_as="a Word document; table rows numbered from the first"
    )


def _level(paragraph: Any) -> int | None:
    """0 for a Title paragraph, N for Heading N, None for body text."""
    style = paragraph.style
    name = (style.name if style is not None else "") or ""
    lowered = name.lower()
    if lowered == "title":
        return 0
    if lowered.startswith("heading"):
        digits = "".join(ch for ch in lowered if ch.isdigit())
        return int(digits) if digits else 1
    return None


def _word_rows(table: Any, before: int) -> list[Row]:
    rows: list[Row] = []
    previous: list[Any] = []
    for index, row in enumerate(table.rows):
        try:
            cells = list(row.cells)
        except Exception:  # a malformed row (gridSpan beyond the grid): read its own cells
            cells = []
        out = Row(before + index + 1, [])
        start = 0  # the first column of the cell being read (merged across: several)
        for n, cell in enumerate(cells):
            tc = cell._tc
            if n and tc is cells[n - 1]._tc:
                out.cells.append("")  # the same cell again: merged across columns
                out.spans[start] = out.spans.get(start, 1) + 1
                continue
            start = n
            text = _cell_text(cell)
            if n < len(previous) and previous[n] is tc:
                out.down.add(n)  # merged down from the row above
            out.cells.append(text)
            fill = _shading(tc)
            if fill:
                out.fills[n] = fill
        previous = [c._tc for c in cells]
        rows.append(out)
    return rows


def _cell_text(cell: Any) -> str:
    """A cell's text with any table nested in it: its rows as lines, cells joined by ' | '."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph as WordParagraph

    parts: list[str] = []
    for child in cell._tc.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            parts.append(WordParagraph(child, cell).text)
        elif tag == "tbl":
            for row in Table(child, cell).rows:
                texts: list[str] = []
                for c in row.cells:
                    t = _cell_text(c).strip()
                    if t and (not texts or texts[-1] != t):
                        texts.append(t)
                if texts:
                    parts.append(" | ".join(texts))
    return "\n".join(parts).strip()


def _shading(tc: Any) -> str | None:
    """A Word cell's shading fill as 'RRGGBB', or None."""
    from docx.oxml.ns import qn

    pr = tc.tcPr
    if pr is None:
        return None
    shd = pr.find(qn("w:shd"))
    if shd is None:
        return None
    fill = shd.get(qn("w:fill"))
    if fill and len(fill) == 6 and fill.lower() != "auto":
        return fill.upper()
    return None
