"""A plan table copied out of a PDF or a report as text: columns lined up with spaces, no tab,
comma or semicolon between them. A person reads the columns from the header line's titles;
so does the importer: each line is cut where the header's titles start.

Taken only where one line is a header (its titles, apart by two spaces or more, name the
plan's columns). A line whose words run across a cut is read whole where it is a line of
its own (a heading, a note) and refused where it holds several cells: the columns would be
guessed.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from ..errors import PlanError
from .classify import NOTE_LINE
from .documents import Document, Grid, Row
from .text import RULE_LINE

# A run of text between gaps of two spaces or more: a cell as the eye sees it.
_CHUNK = re.compile(r"\S+(?: \S+)*")


def fixed_width_document(text: str, path: str, width_of: Any) -> Document | None:
    """The text as one table cut at its header's columns, or None when no line of it is a
    header of three or more named columns. `width_of(rows)` is how many columns the first
    header row names (0: none)."""
    lines = _without_running_heads(text)
    starts: list[int] = []
    header = 0
    for number, line in enumerate(lines, 1):
        chunks = list(_CHUNK.finditer(line.expandtabs()))
        if len(chunks) >= 3 and width_of([(number, [c.group() for c in chunks])]) >= 3:
            starts, header = [c.start() for c in chunks], number
            break
    if not starts:
        return None
    lines = ["" if _ruled(line) else line for line in lines]  # '------' under the header
    below = lines[header:]
    untitled = next((n for n, ln in enumerate(below, header + 1) if _left_of(ln, starts[0])), 0)
    if starts[0] > 0 and untitled:  # 'CYP1.1   Strengthening ...' under '   Milestone'
        raise PlanError(
            "the table's first column has no title (its text starts left of the header's "
            "first title), so what it holds would be guessed",
            path=path,
            line=untitled,
            hint="give the column a title in the header line (e.g. Ref), or save the table "
            "from its document as Excel or tab-separated text",
        )
    rows = [Row(n, _cut(line.expandtabs(), starts, path, n)) for n, line in enumerate(lines, 1)]
    return Document(
        "text",
        [Grid(rows, "the table", path)],
        read_as="text in columns lined up with spaces, cut where the header's titles start; "
        "lines as numbered",
    )


def _ruled(line: str) -> bool:
    """A rule, whole or a run of dashes under each title ('-----   --------   ---')."""
    return RULE_LINE.match(line) is not None or (
        bool(line.strip()) and all(re.fullmatch(r"[-=_~*]{3,}", c) for c in line.split())
    )


def _left_of(line: str, start: int) -> bool:
    """Whether the line has a run of text wholly left of the first title's column."""
    first = _CHUNK.search(line)
    return first is not None and first.end() < start - 1


def _without_running_heads(text: str) -> list[str]:
    """The lines, a page's running head blanked (the first line of two pages or more, as a
    PDF prints 'Item 4 ... Appendix B' over each), line numbers kept. A form feed is the
    PDF's page break, no text."""
    pages = text.split("\f")
    heads = [next((ln.strip() for ln in page.splitlines() if ln.strip()), "") for page in pages]
    running = {" ".join(h.split()) for h, n in Counter(heads).items() if h and n >= 2}
    return [
        "" if running and " ".join(line.split()) in running else line
        for line in text.replace("\f", "").splitlines()
    ]


def _cut(line: str, starts: list[int], path: str, number: int) -> list[str]:
    """The line's cells: the text from each column's start to the next one's. Where a word
    runs across a column's start, a line of one or two runs of text (a heading, a page's
    header) has each run in the column it starts in; a row of more is refused."""
    torn = [b for b in starts[1:] if 0 < b < len(line) and line[b - 1] != " " and line[b] != " "]
    if not torn:
        ends: list[int | None] = [*starts[1:], None]
        return [line[a:b].strip() for a, b in zip([0, *starts[1:]], ends, strict=True)]
    chunks = list(_CHUNK.finditer(line))
    if NOTE_LINE.match(line.strip()):  # 'Status key: G = on track   A = at risk ...'
        return [line.strip()] + [""] * (len(starts) - 1)
    if len(chunks) > 2:
        word = next(c.group() for c in chunks if c.start() < torn[0] < c.end())
        raise PlanError(
            "the columns of this line do not line up with the header's: its text runs across "
            f"the start of a column ('{word[:40]}')",
            path=path,
            line=number,
            hint="save the table from its document as Excel or tab-separated text, or line the "
            "columns up with the header",
        )
    cells = [""] * len(starts)
    for chunk in chunks:
        column = _column(chunk.start(), starts)
        cells[column] = f"{cells[column]} {chunk.group()}".strip()
    return cells


def _column(position: int, starts: list[int]) -> int:
    """The column a text starting here is in: the last one starting at or before it."""
    found = 0
    for index, start in enumerate(starts):
        if start <= position:
            found = index
    return found
