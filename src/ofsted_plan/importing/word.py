"""A Word document as a person reads it: headings, paragraphs and tables in body order, merged
cells, shading, and the text of tables nested in a cell."""

from __future__ import annotations

import io
import re
from typing import Any

from ..errors import PlanError
from .documents import SUBTITLE, Block, Document, Grid, Paragraph, Row
from .labels import BARE_LABEL
from .values import rag_of


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
                level = _level(paragraph)
                if level is None and _emphasised(paragraph, text, blocks):
                    level = BOX  # a pledge in bold under its heading: it names the part
                runs = [r for r in paragraph.runs if r.text.strip()]
                blocks.append(Paragraph(text, level, bool(runs) and all(r.bold for r in runs)))
        elif tag == "tbl":
            tables += 1
            rows = _word_rows(Table(child, document), numbered)
            numbered += len(rows)
            lines = list(dict.fromkeys(c.strip() for r in rows for c in r.cells if c.strip()))
            if (
                lines
                and len(rows) <= 3
                and all(len(set(r.cells) - {""}) <= 1 for r in rows)
                and not any(_swatch(f) for r in rows for f in r.fills.values())  # not a key
            ):
                # a box ('Area for improvement' over its text): read as its paragraph
                blocks.append(Paragraph(_unlabelled("\n".join(lines)), BOX))
                continue
            if len(rows) == 1 and _labelled_box(rows[0].cells):
                # 'Area for improvement 1 / Ref: ...' beside its text: the text names the part
                blocks.append(Paragraph(rows[0].cells[-1].strip(), BOX + 1))  # under a paragraph
                continue
            blocks.append(Grid(rows, f"table {tables}", path))
    title = (document.core_properties.title or "").strip() or _header_title(document)
    return Document(
        "docx", blocks, title=title, read_as="a Word document; table rows numbered from the first"
    )


def _level(paragraph: Any) -> int | None:
    """0 for a Title paragraph, N for Heading N, SUBTITLE for a Subtitle, None for body
    text."""
    style = paragraph.style
    name = (style.name if style is not None else "") or ""
    lowered = name.lower()
    if lowered == "title":
        return 0
    if lowered == "subtitle":
        return SUBTITLE
    if lowered.startswith("heading"):
        digits = "".join(ch for ch in lowered if ch.isdigit())
        return int(digits) if digits else 1
    return None


def _labelled_box(cells: list[str]) -> bool:
    """A one-row table of a label ('Area for improvement 1', with its ref and dates under it)
    beside the part's own words."""
    filled = [c.strip() for c in cells if c.strip()]
    return (
        len(filled) == 2
        and BARE_LABEL.match(filled[0].splitlines()[0].strip()) is not None
        and len(filled[1]) > len(filled[0].splitlines()[0])
    )


def _emphasised(paragraph: Any, text: str, before: list[Block]) -> bool:
    """A short paragraph all in bold, straight after a heading: what the heading's part is
    ('Pledge 1' over 'We promise to ...'), set out as a reader is meant to see it; or after
    a table, labelled as one such paragraph before it was ('Issue 1.2: ...' after the table
    under 'Issue 1.1: ...'): the next part of the same kind."""
    runs = [r for r in paragraph.runs if r.text.strip()]
    last = before[-1] if before else None
    if not (
        bool(runs)
        and len(text) <= 250
        and not text.endswith(":")  # 'What Ofsted said:' in bold: a label, its text follows
        and not BARE_LABEL.match(text)  # 'Area for priority action 1': a label too
        and all(r.bold for r in runs)
    ):
        return False
    if isinstance(last, Paragraph):
        return last.level is not None and 1 <= last.level <= 9
    label = _PART_LABEL.match(text)
    return label is not None and any(
        isinstance(b, Paragraph)
        and b.level == 10
        and (seen := _PART_LABEL.match(b.text)) is not None
        and seen[1].casefold() == label[1].casefold()
        for b in before
    )


_PART_LABEL = re.compile(r"^([A-Za-z]+)\s+[\dA-Z][\w.]*\s*[:.–-]")  # 'Issue 1.2:', 'Finding 3.'


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


BOX = 10  # the level of a box's text: below every heading, and naming what follows it


def _unlabelled(text: str) -> str:
    """A box's text without a first line that only labels it ('Ofsted recommendation',
    'What CQC told us:'): the part it names is the rest."""
    from .header import VOCABULARY, column_of
    from .prefixes import prefix_class

    first, _, rest = text.partition("\n")
    bare = re.sub(r"\s*\d+[a-z]?\s*$", "", first.strip().rstrip(":"))  # 'Area for improvement 1'
    label = column_of(VOCABULARY, bare) or (
        prefix_class(first) in ("rec", "theme") and len(first.split()) <= 6
    )
    if rest.strip() and len(first) <= 60 and (first.rstrip().endswith(":") or label):
        return rest.strip()
    return text


def _header_title(document: Any) -> str:
    """The plan's name printed in the page header, where the body does not give it."""
    for section in document.sections:
        for paragraph in section.header.paragraphs:
            text = paragraph.text.strip()
            if text and len(text) <= 150 and re.search(r"\bplan\b", text, re.I):
                return text
    return ""


def _swatch(rgb: str) -> bool:
    """A key's colour (a strong red, amber, green or blue), not a box's pale shading."""
    import colorsys

    r, g, b = (int(rgb[i : i + 2], 16) / 255 for i in (0, 2, 4))
    return rag_of(rgb) is not None and colorsys.rgb_to_hls(r, g, b)[1] < 0.8
