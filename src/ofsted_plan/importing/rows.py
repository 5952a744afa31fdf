"""Each row of a plan table classified in its place: above the first header (a title, a note,
a key, or the heading of the rows under it), a header, an action, a continuation, a heading
row, page furniture (a page's running title and footer), or another table set aside; and the
tool's own export read exactly as it was written."""

from __future__ import annotations

import re
from typing import Any

from ..model import TABLE_HEADER, live
from .builder import Builder
from .classify import LABEL_CELL, NOTE_LINE, classify_body, other_header, own_texts
from .documents import Document, Grid, Paragraph, Row
from .furniture import (
    COMMENTARY,
    PLACEHOLDER,
    captions,
    heading_like,
    is_own_export,
    page_line,
    totals_headings,
)
from .header import Vocabulary, describe_header
from .header_rows import find_headers, read_header
from .keys import is_key_text
from .kinds import Classified, Header, RowKind
from .labels import facts_beside, labels_one_part, said_of_its_part
from .levels import numbered_like_body, roll_up_rows
from .paragraphs import column_caption_row, labels_over_lists, labels_over_words
from .rules import Rules
from .titles import (
    TITLE_LABEL,
    best_title,
    body_and_service,
    key_cell,
    only_bodies,
    table_width,
)


def _labelled_words(row: Row, texts: list[tuple[int, str]]) -> bool:
    """'Area for priority action:' | the inspectors' words, or a form's 'How the regulation
    was not being met' | its words merged across: a part's words under their label."""
    return (
        len(texts) == 2
        and len(texts[1][1].split()) >= 5
        and not said_of_its_part(" ".join(t for _, t in texts))
        and (
            labels_one_part(texts[0][1])
            or (row.spans.get(texts[1][0], 1) > 1 and len(texts[0][1].split()) <= 8)
        )
    )


# 'Area for priority action:' | its words, above the header: the table's part, named.
_LABELLED_ABOVE = "labelled above the first header"
# A part's label and number before its words: 'R1: Improve ...', 'AFI 2 – ...'.
_PART_LABEL = re.compile(r"^[A-Z]{1,4}\s?\d{1,2}[a-z]?\s*[:.–-]\s+\S")


class RowReader:
    """Classifies the rows of the plan's tables into `self.rows` (the state a Reader has)."""

    builder: Builder
    document: Document
    words: Vocabulary
    rules: Rules
    rows: list[Classified]
    said: list[str]
    exact: bool
    repeated: set[str]
    sheet_headings: set[str]
    sheet_titles: dict[str, str]
    _title_taken: bool

    def _classify(self, grid: Grid, carried: Header | None) -> None:
        """Each row of one plan table classified, in order, into self.rows."""
        headers = find_headers(grid, self.words)
        header = carried if not headers else None  # a table with its own header starts anew
        first_header = min(headers) if headers else None
        start = len(self.rows)
        if first_header is not None and is_own_export(grid.rows[first_header].cells):
            self.exact = self.builder.exact = True
            for row in grid.rows:  # every cell was made inert by the export: take it back
                row.cells, row.own = [live(c) for c in row.cells], None
            self._classify_export(grid, headers)
            return
        self.repeated = self._repeated_above(grid, headers)
        try:
            self._classify_rows(grid, headers, header, first_header, start)
        finally:
            self._settle_preamble(start)
        roll_up_rows(self.rows[start:])
        labels_over_words(self.rows[start:])
        labels_over_lists(self.rows[start:])
        column_caption_row(self.rows[start:])
        captions(self.rows[start:])
        totals_headings(self.rows[start:])

    @staticmethod
    def _repeated_above(grid: Grid, headers: dict[int, Any]) -> set[str]:
        """Lines that stand above every header of the table, the same each time: a page's
        running title printed again on each page, not a theme (a theme row differs, or
        comes back only sometimes)."""
        if len(headers) < 2:
            return set()
        above: list[set[str]] = []
        for index in sorted(headers):
            lines = set()
            for j in range(index - 1, max(index - 6, -1), -1):
                texts = own_texts(grid.rows[j])
                if j in headers or len(texts) > 1:
                    break
                if texts:
                    lines.add(texts[0][1])
            above.append(lines)
        return set.intersection(*above)

    def _classify_export(self, grid: Grid, headers: dict[int, Any]) -> None:
        """The tool's own export (plan export --format tsv): read exactly as it was written,
        with no guessing: the first line the title, other lines above the first header notes,
        a line of one cell right above a header its theme, every other row an action or a
        recommendation (a plan's text may be anything, and must come back as it was)."""
        header: Header | None = None
        for index, row in enumerate(grid.rows):
            cells = [c.strip() for c in row.cells]
            if index in headers:
                own = {i: c for i, c in headers[index].items() if i < len(TABLE_HEADER)}
                header, _ = read_header(grid, index, own, self.words, exact=True)  # the rest:
                # other columns by their titles, as written ('AA THEME' too)
                self.rows.append(Classified(row, RowKind.HEADER, header))
                continue
            if not any(cells):
                self.rows.append(Classified(row, RowKind.BLANK, header))
                continue
            lone = bool(cells[0]) and not any(cells[1:])
            titled = any(c.kind is RowKind.TITLE for c in self.rows)
            if lone and self._next_is_header(grid, index, headers) and (header or titled):
                self.rows.append(Classified(row, RowKind.STRUCTURE, header, cells[0], 0))
            elif header is None and lone and not titled:
                self.rows.append(Classified(row, RowKind.TITLE, text=cells[0]))
            elif header is None:
                self.rows.append(Classified(row, RowKind.NOTE, text="\t".join(cells).strip("\t")))
            else:
                self.rows.append(Classified(row, RowKind.ACTION, header))

    def _classify_rows(
        self,
        grid: Grid,
        headers: dict[int, Any],
        header: Header | None,
        first_header: int | None,
        start: int,
    ) -> None:
        rows = grid.rows
        skip_next = False
        aside: int | None = None  # the row heading another table set aside, if in one
        last_kind: RowKind | None = None  # the last row's class, blank rows passed over
        furniture: set[str] = set()  # lines above the first header, repeated on each page
        measured: Header | None = None  # the header whose width and titles beside are these
        width, beside = 0, []
        for index, row in enumerate(rows):
            if skip_next:
                skip_next = False
                self.rows.append(Classified(row, RowKind.HEADER, header, why="second header row"))
                continue
            if index in headers:
                aside = None
                new, two_rows = read_header(grid, index, headers[index], self.words)
                self.said.append(
                    f"Line {row.number}: the header row again, the same columns."
                    if header is not None and new.fields == header.fields
                    else describe_header(row.number, new.fields, new.titles, header is None)
                )
                self.said.extend(f"Line {row.number}: {s}." for s in new.settled)
                header = new
                skip_next = two_rows
                self.rows.append(Classified(row, RowKind.HEADER, header))
                continue
            forced = self.rules.rows.get(row.number)
            if forced is not None:
                self.rows.append(self._forced(row, header, forced))
                continue
            if header is None and own_texts(row) and own_texts(row)[0][1] in self.sheet_headings:
                self.rows.append(Classified(row, RowKind.NOTE, why="page furniture"))
                continue
            if header is None:
                found = self._preamble(grid, index, first_header)
                found.text = self.sheet_titles.get(found.text, found.text)
                self.rows.append(found)
                if found.kind in (RowKind.TITLE, RowKind.NOTE, RowKind.KEY):
                    furniture.add(found.text)  # a theme row repeated is a theme again, not this
                continue
            previous = last_kind
            texts = own_texts(row)
            if header is not measured:  # once a header, not once a row
                measured, width = header, table_width(header.titles)
                beside = [t for t in header.titles[width + 1 :] if t.strip()]
            if beside and LABEL_CELL.match(beside[0]) and any(i > width for i, _ in texts):
                # a key set beside the table, under its own 'RAG key' title: a note
                self.builder.plan.notes.append(" | ".join(t for i, t in texts if i > width))
                row.cells[width + 1 :] = [""] * (len(row.cells) - width - 1)
                row.own = None
                texts = own_texts(row)
            texts = self._facts_set_aside(row, texts)
            if texts and (
                page_line(texts) or (len(texts) == 1 and texts[0][1] in furniture | self.repeated)
            ):
                # the page's own header and footer, printed again on each page
                self.rows.append(Classified(row, RowKind.NOTE, header, why="page furniture"))
                continue
            if (
                len(texts) == 1
                and self._next_is_header(grid, index, headers)
                and not NOTE_LINE.match(texts[0][1])
                and not said_of_its_part(texts[0][1])
            ):
                self.rows.append(
                    Classified(
                        row,
                        RowKind.STRUCTURE,
                        header,
                        texts[0][1],
                        texts[0][0],
                        row.spans.get(texts[0][0], 1) > 1,
                        "above a header row",
                    )
                )
                continue
            if aside is None and other_header(row, self.words, header):
                aside = row.number  # another table under the plan: set aside to the next header
                caption = next(
                    (c for c in reversed(self.rows) if c.kind is not RowKind.BLANK), None
                )
                if caption is not None and (
                    caption.kind is RowKind.STRUCTURE
                    or (caption.kind is RowKind.ACTION and len(own_texts(caption.row)) == 1)
                ):
                    caption.kind, caption.why = RowKind.NOTE, "another table"
                    caption.text = own_texts(caption.row)[0][1] if own_texts(caption.row) else ""
            if aside is not None:
                self.rows.append(
                    Classified(
                        row,
                        RowKind.NOTE if texts else RowKind.BLANK,
                        header,
                        " | ".join(t for _, t in texts),
                        why="another table",
                    )
                )
                continue
            lone_rec = (  # asked only of a row alone in its recommendation cell
                len(texts) == 1
                and header.fields.get(texts[0][0]) == "recommendation"
                and self._lone_is_recommendation(grid, index, header, headers)
            )
            found = classify_body(row, header, previous, lone_rec)
            self.rows.append(found)
            if found.kind is not RowKind.BLANK:
                last_kind = found.kind

    def _forced(self, row: Row, header: Header | None, kind: str) -> Classified:
        """A row whose kind a rules file gives (row N = theme ...)."""
        texts = own_texts(row)
        text = " ".join(t for _, t in texts)
        column = texts[0][0] if texts else 0
        named = header.column("action") if header is not None else None
        if named is not None and kind in ("theme", "recommendation", "heading"):
            # a row of a table read as a heading: its action cell ('Title') names it
            own = dict(texts)
            if own.get(named):
                text, column = own[named], named
        if kind == "action" and header is not None:
            return Classified(row, RowKind.ACTION, header, why="the rules file")
        if kind == "note" or kind == "action":
            return Classified(row, RowKind.NOTE, header, text, column, why="the rules file")
        return Classified(row, RowKind.STRUCTURE, header, text, column, why=f"rules: {kind}")

    def _preamble(self, grid: Grid, index: int, first_header: int | None) -> Classified:
        """A row above the first header: a title, a key, a note, or the heading of the rows
        under the header (decided once the table is read: _settle_preamble)."""
        row = grid.rows[index]
        texts = own_texts(row)
        if first_header is not None:  # a key block beside the title, right of the table
            width = table_width(grid.rows[first_header].cells)
            side = [t for i, t in texts if i > width]
            if side:
                self.builder.plan.notes.append(" | ".join(side))
                texts = [(i, t) for i, t in texts if i <= width]
                if not texts:
                    return Classified(row, RowKind.NOTE, text=" | ".join(side))
        if not texts:
            return Classified(row, RowKind.BLANK)
        texts = self._facts_set_aside(row, texts)
        if len(texts) > 1 and any(PLACEHOLDER.match(t) for _, t in texts):
            texts = [(i, t) for i, t in texts if not PLACEHOLDER.match(t)] or texts
        keyed = [(i, t) for i, t in texts if key_cell(t)]
        if keyed and len(texts) - len(keyed) == 1:  # 'RAG key:' | 'R' | 'A' ... by a title
            self.builder.plan.notes.append(" | ".join(t for _, t in keyed))
            texts = [(i, t) for i, t in texts if not key_cell(t)]
        text = (
            "\t".join(c.strip() for c in row.cells).strip("\t") if len(texts) > 1 else texts[0][1]
        )
        if keyed and len(texts) == 1:
            text = texts[0][1]
        if is_key_text(text) or (len(texts) > 1 and LABEL_CELL.match(texts[0][1])):
            return Classified(row, RowKind.KEY, text=text)
        if len(texts) == 2 and TITLE_LABEL.match(texts[0][1]):  # 'Plan name', 'CQC ... Plan'
            return Classified(row, RowKind.TITLE, text=texts[1][1])
        if (
            first_header is not None
            and _labelled_words(row, texts)
            and self._header_after_facts(grid, index, first_header)
        ):  # 'Area for priority action:' | the inspectors' words, over 'Responsible body: ...'
            return Classified(  # and the header: the words name the table's part
                row, RowKind.STRUCTURE, text=texts[1][1], column=texts[1][0],
                merged=row.spans.get(texts[1][0], 1) > 1, why=_LABELLED_ABOVE,
            )  # fmt: skip
        if len(texts) > 1 or NOTE_LINE.match(text) or said_of_its_part(text):
            return Classified(row, RowKind.NOTE, text=text)  # 'Workstream lead: ...': of the part
        header_next = first_header is not None and self._next_is_header(
            grid, index, {first_header: {}}
        )
        if header_next and COMMENTARY.match(text):  # 'Comments from the inspection report: ...'
            return Classified(row, RowKind.NOTE, text=text)
        if (
            first_header is not None
            and text not in self.repeated
            and (
                header_next
                or self._commentary_then_header(grid, index, first_header)
                or self._labelled_then_header(grid, index, first_header)
            )
        ):
            return Classified(
                row, RowKind.STRUCTURE, text=text, column=texts[0][0],
                merged=row.spans.get(texts[0][0], 1) > 1, why="above the first header",
            )  # fmt: skip
        return Classified(row, RowKind.TITLE, text=text)

    def _facts_set_aside(self, row: Row, texts: list[tuple[int, str]]) -> list[tuple[int, str]]:
        """A heading with facts of its part beside it: the facts kept in the notes, the row
        read as its heading alone."""
        facts = facts_beside(texts)
        if not facts:
            return texts
        self.builder.plan.notes.append(" | ".join(t for _, t in facts))
        for i, _ in facts:
            row.cells[i] = ""
        row.own = None
        return own_texts(row)

    def _labelled_then_header(self, grid: Grid, index: int, first_header: int) -> bool:
        """The next row is a part's words under its label, and the header follows it
        ('Regulation 12 ...' over 'How the regulation was not being met' | its words)."""
        for j in range(index + 1, first_header):
            texts = own_texts(grid.rows[j])
            if texts:
                return _labelled_words(grid.rows[j], texts) and self._header_after_facts(
                    grid, j, first_header
                )
        return False

    @staticmethod
    def _header_after_facts(grid: Grid, index: int, first_header: int) -> bool:
        """The header follows this row, past lines said of the part ('Responsible body:
        ...') and blank rows."""
        for j in range(index + 1, len(grid.rows)):
            if j == first_header:
                return True
            texts = own_texts(grid.rows[j])
            if texts and not said_of_its_part(" ".join(t for _, t in texts)):
                return False
        return False

    def _commentary_then_header(self, grid: Grid, index: int, first_header: int) -> bool:
        """The next row is commentary on this one, and the header follows it."""
        if index + 1 >= len(grid.rows):
            return False
        texts = own_texts(grid.rows[index + 1])
        return (
            len(texts) == 1
            and COMMENTARY.match(texts[0][1]) is not None
            and self._next_is_header(grid, index + 1, {first_header: {}})
        )

    def _settle_preamble(self, start: int) -> None:
        """The rows above the first header, once the table is read. The title is the first
        line that names a plan (else the first line); a line right above the header is the
        heading of the rows under it only where the table has such headings and its first
        actions come before any other (else it is a note)."""
        rows = self.rows[start:]
        above = [
            r
            for r in rows
            if r.kind is RowKind.STRUCTURE and r.why in ("above the first header", _LABELLED_ABOVE)
        ]
        body = [
            r
            for r in rows
            if r.kind is not RowKind.BLANK
            and r.why not in ("above the first header", _LABELLED_ABOVE)
        ]
        first_header = next((i for i, r in enumerate(body) if r.kind is RowKind.HEADER), None)
        after = (
            [r for r in body[first_header:] if r.kind is not RowKind.HEADER]
            if first_header is not None
            else []
        )
        last_action = max((i for i, r in enumerate(after) if r.kind is RowKind.ACTION), default=-1)
        has_structure = any(r.kind is RowKind.STRUCTURE for r in after[:last_action])
        first_is_structure = bool(after) and after[0].kind is RowKind.STRUCTURE
        sectioned = any(r.why == "above a header row" for r in after)
        captions = any(r.why == "another table" for r in after)  # sibling tables' captions
        for r in above:
            merged_under_title = r.merged and self._document_title()
            keep = not captions and (
                sectioned
                or merged_under_title
                or (has_structure and not first_is_structure)
                or (
                    not has_structure
                    and heading_like(r.text)
                    and not only_bodies(r.text)
                    and not body_and_service(r.text)
                )
                or _PART_LABEL.match(r.text) is not None
                or r.why == _LABELLED_ABOVE
            )  # 'Safer Havant Partnership' under the title names the body, no part; 'R1:
            # Improve ...' merged over a table's header names the table's part
            if not keep:
                r.kind = RowKind.TITLE if not self._document_title() else RowKind.NOTE
        numbered_like_body(rows, body)
        titles = [r for r in rows if r.kind is RowKind.TITLE]
        if self._document_title() or self.builder.plan.title or self._title_taken:
            for r in titles:
                r.kind = RowKind.NOTE
            return
        if titles:
            chosen = titles[best_title([r.text for r in titles])]
            for r in titles:
                if r is not chosen:
                    r.kind = RowKind.NOTE
            self._title_taken = True

    def _document_title(self) -> bool:
        return any(
            isinstance(b, Paragraph) and b.level in (0, 1) for b in self.document.blocks
        ) or (self.document.kind == "docx" and bool(self.document.title))

    @staticmethod
    def _next_is_header(grid: Grid, index: int, headers: dict[int, object]) -> bool:
        for j in range(index + 1, len(grid.rows)):
            if any(c.strip() for c in grid.rows[j].cells):
                return j in headers
        return False

    @staticmethod
    def _lone_is_recommendation(
        grid: Grid, index: int, header: Header, headers: dict[int, object]
    ) -> bool:
        """A row with text only in the recommendation column: the recommendation of the rows
        under it when they leave that cell empty, or a divider (a theme) when they fill it."""
        column = header.column("recommendation")
        if column is None:
            return False
        for j in range(index + 1, len(grid.rows)):
            below = grid.rows[j]
            if j in headers:
                return False
            if not any(c.strip() for c in below.cells):
                continue
            own = dict(own_texts(below))
            if len(own) == 1 and column in own:
                return False
            return column not in own
        return True
