"""An Excel workbook as a person sees it: the plan's sheet (or the sheets of a plan with a
sheet a theme), rows as Excel shows them (formulas by their saved value, merged cells, fills with
theme colours and tints resolved, hidden rows and columns marked), read only as far as cells
hold values."""

from __future__ import annotations

import io
import re
from typing import Any

from ..errors import PlanError
from .documents import ERROR_VALUES, MAX_BYTES, MAX_CELLS, Document, Grid, Row
from .plan_sheets import plan_sheets


def xlsx_document(data: bytes, path: str, sheet: str | None, width_of: Any) -> Document:
    """The workbook's plan sheet (`sheet`, else the one sheet that looks like a plan) as one
    table of rows as Excel shows them: formulas by their saved value, merged cells, fills
    (theme colours and tints resolved), hidden rows and columns marked."""
    from openpyxl import load_workbook

    _refuse_vast_merges(data, path)
    try:
        book = load_workbook(io.BytesIO(data), data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a broken file
        raise PlanError(f"Excel cannot open this workbook: {exc}", path=path) from None
    names = book.sheetnames
    palette = _theme_palette(book)
    summaries: list[str] = []  # sheets of counts, and sheets listing the plan's parts
    listed: list[str] = []
    if sheet is not None:
        if sheet not in names:
            raise PlanError(
                f"the workbook has no sheet {sheet!r}",
                path=path,
                hint="its sheets are " + ", ".join(repr(n) for n in names),
            )
        chosen, others = sheet, [n for n in names if n != sheet]
    else:
        plain = {n: _plain_rows(book[n], f"{path}[{n}]") for n in names}  # read once a sheet
        plans, summaries, listed = plan_sheets(plain, width_of, path)
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
    before = [n for n in names[: names.index(chosen_all[0])] if n in others]
    document = Document(
        "xlsx",
        list(grids),
        read_as=read_as,
        title=_cover_title(book, others) or _named_title(chosen_all),
        cover=_cover_title(book, before),
    )
    document.keys = _sheet_keys(book, others, path, palette)
    for name in chosen_all:
        if book[name].sheet_state != "visible":
            document.set_aside.append(f"the sheet {name!r} is hidden in the workbook")
    document.set_aside.extend(
        f"sheet {n!r}: not the plan ("
        + (
            "a summary of counts"
            if n in summaries
            else "a list of the plan's parts"
            if n in listed
            else "no header row"
        )
        + ")"
        for n in others
    )
    return document


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
    (Jan-2017), one with a day as that day (31/03/2018), a percentage as one (80%), other
    numbers plainly."""
    import datetime

    if value is None:
        return ""
    if isinstance(value, datetime.datetime | datetime.date):
        if "d" not in number_format.lower():
            return f"{MONTHS[value.month - 1]}-{value.year:04d}"
        return value.strftime("%d/%m/%Y")
    if isinstance(value, int | float) and not isinstance(value, bool) and "%" in number_format:
        return f"{round(value * 100, 2):g}%"  # 0.8 shown as 80%
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


def _cover_title(book: Any, names: list[str]) -> str:
    """The plan's name on a cover or read-me sheet: where the plan's own sheets have no title,
    a person takes it from there."""
    import re

    from .titles import about_the_paper

    for name in names:
        for row in book[name].iter_rows(max_row=12, max_col=6, values_only=True):
            if sum(1 for value in row if value is not None and str(value).strip()) >= 3:
                break  # a table's rows: its cells ('Requires improvement to be good', a
                # home's grade on a summary) name no plan
            for value in row:
                if (
                    isinstance(value, str)
                    and len(value) <= 150
                    and not re.search(
                        r"\b(?:summary|dashboard|guidance|profile|colou?rs?)\b", value, re.I
                    )  # ('Action status (colour only in the register)': a key's caption)
                    and not about_the_paper(value)
                    and re.search(  # the page's own name ('... Risk Register Summary Q3', '...
                        # – risk profile at 30 September 2025'), not the plan's
                        r"\b(plans?|trackers?|reports?|improvement|statement|programme|"
                        r"registers?|logs?|recommendations|framework|actions)\b|"
                        r"(?:^|\s[–—-]\s|:\s)(?:[\w ]{0,30}\s)?"
                        r"(?:implementation|follow[- ]up)\s+of\b.*\b"
                        r"(?:recommendations|actions)\b",  # 'Internal Audit – Follow-up of
                        # Agreed Recommendations', '... – Internal Audit Follow-up of Agreed
                        # Actions', 'Independent Review of UKRI: Implementation of Recommendations'
                        value,
                        re.I,
                    )
                ):
                    return value.strip()
    return ""


def _swatch_key(swatches: list[str]) -> str | None:
    """A key of coloured swatches ('green = Achieved – action complete ...'), each colour one
    meaning: a count block under it in the same colours ('green = Achieved' over its count)
    says it again; a colour meaning two things (a dashboard's workstreams) is no key."""
    meanings: dict[str, str] = {}
    for pair in swatches:
        colour, _, meaning = pair.partition(" = ")
        if not meanings.setdefault(colour, meaning).startswith(meaning):
            return None
    return "; ".join(f"{c} = {m}" for c, m in meanings.items()) if len(meanings) >= 2 else None


def _sheet_keys(book: Any, names: list[str], path: str, palette: Any) -> list[str]:
    """The RAG key on a sheet that is not the plan ('RAG key', 'Read me'): its coloured
    swatches and what each means, and its key lines, for the plan's key to be read from."""
    from .keys import fill_pairs, is_key_text, key_pairs

    keys = []
    for name in names:
        if book[name].max_row > 200:
            continue  # a key is short; a long sheet is data
        grid = _sheet_grid(book[name], f"{path}[{name}]", palette, set())
        swatches = [pair for row in grid.rows for pair in fill_pairs(row)]
        if (key := _swatch_key(swatches)) is not None:
            keys.append(key)
        lines = [" | ".join(c.strip() for c in row.cells if c.strip()) for row in grid.rows]
        keys.extend(line for line in lines if is_key_text(line))
        together = "; ".join(line for line in lines if line)  # 'Green | Action completed' a row
        if len(key_pairs(together)) >= 2:
            keys.append(together)
        letters = [  # 'NS | Not started' under 'RAG key': a letter a row, what it stands for
            f"{cells[0]} = {cells[1]}"
            for row in grid.rows
            if len(cells := [c.strip() for c in row.cells if c.strip()]) == 2
            and len(cells[0]) <= 3
            and not cells[0].isdigit()
        ]
        if len(letters) >= 2:
            keys.append("; ".join(letters))
    return keys


_MERGE = re.compile(rb'<mergeCell\s+ref="([A-Z]{1,3})(\d+):([A-Z]{1,3})(\d+)"')


def _column_number(letters: bytes) -> int:
    number = 0
    for ch in letters:
        number = number * 26 + ch - 64
    return number


def _refuse_vast_merges(data: bytes, path: str) -> None:
    """A merge over a whole sheet (A6:XFD1048576) makes a cell object for every cell it
    covers when the workbook is opened: gigabytes for a 5 KB file. Refused before opening."""
    import zipfile

    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        return  # load_workbook says what is wrong
    with archive:
        for info in archive.infolist():
            if not info.filename.startswith("xl/worksheets/") or info.file_size > MAX_BYTES:
                continue
            for found in _MERGE.finditer(archive.read(info)):
                rows = int(found[4]) - int(found[2]) + 1
                columns = _column_number(found[3]) - _column_number(found[1]) + 1
                if rows * columns > MAX_CELLS:
                    merged = b"".join([found[1], found[2], b":", found[3], found[4]]).decode()
                    raise PlanError(
                        f"the workbook merges {merged} ({rows:,} rows by {columns:,} columns) "
                        f"in {info.filename.rsplit('/', 1)[-1]}, far more than a plan has",
                        path=path,
                        hint="unmerge those cells in Excel (Home > Merge & Center), save, and "
                        "import again",
                    )


def _named_title(names: list[str]) -> str:
    """A lone plan sheet named as the plan ('ASC CQC Action Plan 2025', as Smartsheet names
    the sheet it exports): its name is the title where nothing else gives one."""
    if len(names) == 1 and re.search(r"\b(plan|tracker|programme|improvement)\b", names[0], re.I):
        return names[0].strip()
    return ""
