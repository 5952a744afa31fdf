"""A plan kept as Markdown (a Loop, Teams, Confluence or GitHub page saved as text): '#'
headings, paragraphs, and pipe tables ('| Ref | Action |' over '|---|---|'). Read as a Word
document is: the headings and paragraphs in order, each table a table, lines as numbered.
"""

from __future__ import annotations

import re

from .documents import Block, Document, Grid, Paragraph, Row

_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_DIVIDER = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")  # '|---|:--:|'
_CELL_SPLIT = re.compile(r"(?<!\\)\|")  # a pipe, not an escaped one ('\|')


def markdown_document(text: str, path: str) -> Document | None:
    """The text as a document of headings, paragraphs and tables, where it holds a Markdown
    table (a row of pipes over a divider row); None otherwise."""
    lines = text.splitlines()
    if not any(
        _DIVIDER.match(line) and "|" in line and index and "|" in lines[index - 1]
        for index, line in enumerate(lines)
    ):
        return None
    blocks: list[Block] = []
    table: list[Row] = []
    tables = 0
    for number, line in enumerate(lines, 1):
        stripped = line.strip()
        if stripped.startswith("|") or (table and "|" in stripped):
            if not _DIVIDER.match(stripped):
                table.append(Row(number, _cells(stripped)))
            continue
        if table:
            tables += 1
            blocks.append(Grid(table, f"table {tables}", path))
            table = []
        if not stripped or _DIVIDER.match(stripped):  # '---': a rule between sections
            continue
        heading = _HEADING.match(line)
        if heading:
            blocks.append(Paragraph(_plain(heading[2]), len(heading[1])))
        else:
            blocks.append(Paragraph(_plain(stripped), None))
    if table:
        blocks.append(Grid(table, f"table {tables + 1}", path))
    return Document("text", blocks, read_as="Markdown: headings, paragraphs and pipe tables")


def _cells(line: str) -> list[str]:
    inner = line.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") and not inner.endswith("\\|") else inner
    return [_plain(c.strip().replace("\\|", "|")) for c in _CELL_SPLIT.split(inner)]


def _plain(text: str) -> str:
    """Text without Markdown's emphasis: '**Lead:**' is 'Lead:'; '<br>' a line break."""
    text = re.sub(r"<br\s*/?>", "\n", text, flags=re.IGNORECASE)
    return re.sub(r"(\*\*|__)(.+?)\1", r"\2", text)
