"""A text export (tab, comma or semicolon separated) as one table: decoded as Excel or Word
saved it, split with quoted line breaks kept, the delimiter the one that gives a header."""

from __future__ import annotations

import csv
import io
import re
from typing import Any

from ..errors import PlanError
from .cells import runs_on
from .documents import DELIMITER_NAMES, DELIMITERS, Document, Grid, Row

# A line of dashes or equals signs: a rule under or around a heading, no text.
RULE_LINE = re.compile(r"^\s*([-=_~*])\1{4,}\s*$")


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
    return re.search(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}", data) is not None


def read_rows(text: str, path: str, delimiter: str = "\t") -> list[tuple[int, list[str]]]:
    """Split the export into (first line number, cells) records, keeping quoted line breaks.

    A quote left open would swallow the rows after it into one cell; such a record is
    refused rather than silently merging rows.
    """
    unix = text.replace("\r\n", "\n") if '"' not in text else ""
    if unix and "\r" not in unix:  # nothing quoted: each line a row, cut at the delimiter, as
        lines = unix.split("\n")  # csv does (~4x faster on 1,000,000 rows; a lone '\r', an
        if not lines[-1]:  # old Mac's line end, and quotes go to csv)
            lines.pop()
        if max(map(len, lines), default=0) <= csv.field_size_limit():
            return [(n, line.split(delimiter) if line else []) for n, line in enumerate(lines, 1)]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows: list[tuple[int, list[str]]] = []
    line = 1
    try:
        for cells in reader:
            end = reader.line_num
            if end > line and any(_swallows_rows(c, delimiter) for c in cells):
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


def _swallows_rows(cell: str, delimiter: str) -> bool:
    """Whether a quoted cell of several lines holds rows of the table (a stray quote swallowed
    them), not a comment's second paragraph: a line of it with three delimiters as a table
    writes them, not as prose does ('and, as', '1,100')."""
    if "\n" not in cell:
        return False
    bare = _BARE_DELIMITER.get(delimiter) or re.compile(re.escape(delimiter))
    return any(len(bare.findall(line)) >= 3 for line in cell.split("\n"))


# A comma or semicolon between cells, not one of a sentence's: no space after it, and not a
# thousands separator ('1,100').
_BARE_DELIMITER = {
    ",": re.compile(r",(?=[^ \d]|$)|(?<!\d),(?=\d)"),
    ";": re.compile(r";(?! )"),
}


def _splits_into_a_table(rows: list[tuple[int, list[str]]]) -> bool:
    """Most rows with text hold three cells or more (asked only where no header was found)."""
    filled = [sum(1 for c in cells if c.strip()) for _, cells in rows]
    return sum(1 for n in filled if n >= 3) >= 0.6 * sum(1 for n in filled if n)


def text_document(text: str, path: str, width_of: Any) -> Document:
    """A text export as one table; the delimiter (tab, comma, semicolon) is the one whose rows
    hold a header row of the most columns, never a guess between two that both do.
    `width_of(rows)` is how many columns the first header row names (0: none)."""
    if not text.strip():
        raise PlanError("the file is empty", path=path, hint="export the plan table again")
    found: list[tuple[int, str, list[tuple[int, list[str]]]]] = []
    errors: list[PlanError] = []
    tabular: list[tuple[str, list[tuple[int, list[str]]]]] = []  # each split, for no header
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
        tabular.append((delimiter, rows))
    if not found:
        tabular = [(d, rows) for d, rows in tabular if _splits_into_a_table(rows)]
        if errors and not tabular:  # no split gave a header or a table, and one broke: that
            raise errors[0]  # break is the likely cause (not a ';' inside a comma file's text)
        # No header named enough columns: the one split that makes a table (its columns may
        # be named by what they hold: header_rows.action_by_its_cells), else tabs.
        delimiter, rows = tabular[0] if len(tabular) == 1 else ("\t", read_rows(text, path, "\t"))
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
    grid = Grid(
        [Row(n, cells) for n, cells in _mend_broken_rows(rows, width_of)], "the table", path
    )
    return Document(
        "text",
        [grid],
        read_as=f"text separated by {DELIMITER_NAMES[delimiter]}; lines as numbered",
    )


def _mend_broken_rows(
    rows: list[tuple[int, list[str]]], width_of: Any
) -> list[tuple[int, list[str]]]:
    """A row an unquoted line break cut in two: 'MD1b | Introduce weekly checks ...' then
    'Ward managers to escalate ... | Ward Managers | 31/01/2025 | Green | ...', each line
    short of the header's cells and together exactly as many (the cell broken counted once),
    the second starting mid-text: one row, the cell's two paragraphs joined (the row at its
    first line). Rows padded to the header's width, as Excel exports them, are never joined."""
    at = next((i for i, (_, cells) in enumerate(rows) if width_of([(0, cells)])), None)
    if at is None:
        return rows
    width = len(rows[at][1])
    out = rows[: at + 1]
    index = at + 1
    while index < len(rows):
        line, cells = rows[index]
        after = rows[index + 1][1] if index + 1 < len(rows) else []
        if (
            2 <= len(cells) < width
            and 2 <= len(after) < width
            and len(cells) + len(after) - 1 == width
            and cells[0].strip()
            and cells[-1].strip()
            and len(after[0].split()) >= 3  # the broken cell's words go on
        ):
            out.append((line, [*cells[:-1], f"{cells[-1]}\n{after[0]}", *after[1:]]))
            index += 2
            continue
        if (
            out
            and len(out[-1][1]) == width
            and out[-1][1][-1].strip()
            and len(cells) == 1
            and len(out) > at + 1  # (never the header's last title)
            and runs_on(out[-1][1][-1], cells[0].strip())
        ):  # '... session to be held' then 'alongside a scheduled Board meeting.': the
            # sentence left open runs on, whatever follows (a whole sentence on a line of its
            # own between two actions may as well be a finding over the next: never joined)
            last, previous = out[-1]
            out[-1] = (last, [*previous[:-1], f"{previous[-1]}\n{cells[0].strip()}"])
            index += 1
            continue
        out.append((line, cells))
        index += 1
    return out
