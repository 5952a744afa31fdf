"""A council's file as a person sees it: blocks in order (headings, paragraphs, tables), whatever
the format. A text export is one table; a workbook is its sheets, each one table of rows as Excel
shows them; a Word document is its headings, paragraphs and tables in body order.

Rows are numbered as the user finds them: the line of a text file, the row of a sheet, the row
of a Word table counted from 1 across the document's tables. Merged cells read as a person sees
them: a cell merged across columns is one cell (its span is kept), a cell merged down rows is
repeated on each row it covers but marked, so that a row holding nothing else is not an action.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field
from typing import Any

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
    own: list[tuple[int, str]] | None = None  # its own texts, once (classify.own_texts)
    lines: dict[int, int] = field(default_factory=dict)  # column -> its own line (a record's)

    def band(self) -> str | None:
        """The one colour the whole row is shaded with (a heading band), if it is."""
        colours = set(self.fills.values())
        if len(colours) == 1 and len(self.fills) >= max(2, len(self.cells) - 1):
            return colours.pop()
        return None

    def filled(self) -> list[int]:
        """The columns holding text of this row's own (not repeated from above)."""
        return [i for i, c in enumerate(self.cells) if c and i not in self.down]


@dataclass(slots=True)
class Paragraph:
    """A paragraph of a Word document: `level` 0 for the title, 1-9 for headings, 10 for the
    text of a box (a table of one cell), SUBTITLE for the title's subtitle, None for body
    text."""

    text: str
    level: int | None
    bold: bool = False  # all in bold: set out as a heading is, though not styled one


SUBTITLE = 12  # Word's 'Subtitle' style: said of the title, never a part (11: a box's words)


@dataclass(slots=True)
class Grid:
    """A table (a text export, a sheet, a Word table)."""

    rows: list[Row]
    where: str  # for messages: 'sheet 'Plan'', 'table 2'
    path: str  # what errors name: FILE or FILE[Sheet]
    columns_hidden: list[int] = field(default_factory=list)
    name: str = ""  # a sheet's name
    headers: Any = None  # its header rows, once found (classify.find_headers)


Block = Paragraph | Grid


@dataclass(slots=True)
class Document:
    kind: str  # 'text', 'xlsx', 'docx'
    blocks: list[Block]
    title: str = ""  # the document's own title (Word's core properties), if any
    read_as: str = ""  # for --explain: how the file was read
    set_aside: list[str] = field(default_factory=list)  # sheets not read, and why
    cover: str = ""  # the title on a cover sheet before the plan's sheets: a reader sees it first
    keys: list[str] = field(default_factory=list)  # a key on a sheet of its own ('RAG key')

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
