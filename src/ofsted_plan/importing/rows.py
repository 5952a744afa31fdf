"""Each row of a plan table classified in its place: above the first header (a title, a note,
a key, or the heading of the rows under it), a header, an action, a continuation, a heading
row, page furniture (a page's running title and footer), or another table set aside; and the
tool's own export read exactly as it was written."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from ..errors import PlanError
from ..model import TABLE_HEADER, live
from .classify import BULLETED, LABEL_CELL, LABELLED_LINE, NOTE_LINE, classify_body, own_texts
from .documents import Grid, Row
from .furniture import (
    boxes_after_the_plan,
    captions,
    counts_by_status,
    facts_before_the_header,
    is_own_export,
    notes_under_a_heading,
    page_line,
    report_box,
    summary_rows,
    totals_headings,
)
from .header import describe_header
from .header_rows import find_headers, read_header
from .kinds import Classified, Header, RowKind
from .labels import CLOSED_SHEET, NUMBERED_PART, said_of_its_part
from .other_columns import (
    findings_in_the_action_column,
    findings_on_their_own_rows,
    sections_over_the_theme_column,
)
from .paragraphs import column_caption_row, labels_over_lists, labels_over_words
from .preamble import PreambleReader
from .prefixes import prefix_class
from .risk_rows import first_of_repeated_blocks, index_number, risks_over_their_actions
from .roll_up import roll_up_rows
from .table_kinds import other_header
from .titles import (
    table_width,
)


def _runs_on(rows: list[Classified], header: Header, row: Row, after: list[Row]) -> str | None:
    """A line alone after an action, the line break of one of its cells saved unquoted: the
    field that cell is in, where the line goes on (else None)."""
    texts = own_texts(row)
    last = next((r for r in reversed(rows) if r.kind is not RowKind.BLANK), None)
    if len(texts) != 1 or last is None or last.kind is not RowKind.ACTION:
        return None
    if prefix_class(texts[0][1]) != "plain" or NUMBERED_PART.match(texts[0][1]):
        return None  # ('Lesson 2: The incident response plan ...': the next part, named)
    if _action_goes_on(last, header, row, after):
        return "action"
    cells = own_texts(last.row)
    if not cells or not _MID_SENTENCE.search(cells[-1][1]):
        return None
    field = header.fields.get(cells[-1][0])  # '... with Alder Hey;' then the rest
    return field if field in ("comments", "measure", "action") else None


def _action_goes_on(last: Classified, header: Header, row: Row, after: list[Row]) -> bool:
    """'Family Hub staff to be trained ...' alone in the action column, under a numbered
    action and over the next numbered one (never a caption after the last action), indented
    as the action is (a row indented less than the one after it is that one's parent)."""
    column = own_texts(row)[0][0]
    ref = header.column("ref")
    indent = row.indents.get(column, 0)
    return (
        header.fields.get(column) == "action"
        and ref is not None
        and ref in dict(own_texts(last.row))
        and last.header is header
        and bool(after)
        and ref < len(after[0].cells)
        and bool(after[0].cells[ref].strip())
        and indent == last.row.indents.get(column, 0)
        and after[0].indents.get(column, 0) <= indent
    )


# A cell that stops where its sentence goes on: 'review with Alder Hey and LCH;', '... and'.
_MID_SENTENCE = re.compile(r"(?:[;,&]|\s(?:and|or|to|the|of|with))\s*$", re.IGNORECASE)


_UNDER_NOTES = "under the notes' line"


def _labelled_as(texts: list[tuple[int, str]], part_labels: set[str]) -> bool:
    """A line alone in its row, labelled as a line of this table read as a part was
    ('Outcome: ...' over a run of actions): a part too, not the words of the action above."""
    label = LABELLED_LINE.match(texts[0][1]) if len(texts) == 1 else None
    return label is not None and label[1].casefold() in part_labels


_NOTES = re.compile(r"(?:notes?|nb|n\.b\.)\s*:?", re.IGNORECASE)


class RowReader(PreambleReader):
    """Classifies the rows of the plan's tables into `self.rows` (the state a Reader has, as
    PreambleReader declares it)."""

    def _read_header(
        self, grid: Grid, index: int, fields: dict[int, Any], before: Header | None
    ) -> tuple[Header, bool]:
        """The header at row `index`; where its few rows cannot settle which column is which
        (one action's 'Quarterly' under 'Milestone'), the same titles as the header before
        are read as it was: one table set out again under each heading, as a person reads it."""
        try:
            return read_header(grid, index, fields, self.words)
        except PlanError:
            titles = [" ".join(c.split()).casefold() for c in grid.rows[index].cells]
            earlier = [before] + [r.header for r in reversed(self.rows) if r.kind is RowKind.HEADER]
            same = next(
                (
                    h
                    for h in earlier
                    if h is not None
                    and [" ".join(t.split()).casefold() for t in h.titles] == titles
                ),
                None,
            )
            if same is None:
                raise
            return same, False

    def _as_read_before(self, new: Header, row: Row) -> Header:
        """A later sheet's header titled as an earlier one ('Closed actions' after 'Open
        actions'), whose few rows do not show the grouping the first did ('Outcome' over its
        findings): its columns read as the first's, as a person reads one workbook."""
        if "theme" in new.fields.values():
            return new
        key = [" ".join(t.split()).casefold() for t in new.titles]
        for r in self.rows:
            before = r.header
            if (
                r.kind is RowKind.HEADER
                and before is not None
                and r.row.where != row.where
                and "theme" in before.fields.values()
                and [" ".join(t.split()).casefold() for t in before.titles] == key
            ):
                column = next(i for i, f in before.fields.items() if f == "theme")
                new.settled.append(
                    f"'{new.titles[column].strip()}' is read as the theme, as in the same "
                    f"columns at line {before.line}"
                )
                return replace(new, fields=dict(before.fields), by_field={})
        return new

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
        findings_on_their_own_rows(self.rows[start:])
        sections_over_the_theme_column(self.rows[start:])
        risks = self.rows[start:]  # (a risk's line under it becomes a row of the reading)
        risks_over_their_actions(risks)
        self.rows[start:] = risks
        findings_in_the_action_column(self.rows[start:])
        labels_over_words(self.rows[start:])
        labels_over_lists(self.rows[start:])
        column_caption_row(self.rows[start:])
        summary_rows(self.rows[start:])
        captions(self.rows[start:])
        boxes_after_the_plan(self.rows[start:])
        counts_by_status(self.rows[start:])
        totals_headings(self.rows[start:])
        facts_before_the_header(self.rows[start:])
        notes_under_a_heading(self.rows[start:])

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

    def prompts_set_aside(self, grids: list[Grid]) -> str:
        """The line right above the header of each of three tables or more, the same each
        time and ending in a colon ('Response by registered person detailing the actions
        taken:'): the form's prompt for what follows, no part of the plan. Emptied in each
        table (the part's words above it then stand over the header) and returned, to be
        kept once in the notes; '' where there is none."""
        above: list[Row] = []
        for grid in grids:
            headers = find_headers(grid, self.words)
            if not headers or min(headers) == 0:
                return ""
            above.append(grid.rows[min(headers) - 1])
        lines = {"".join(t for _, t in own_texts(row)[:2]) for row in above}
        prompt = lines.pop() if len(lines) == 1 else ""
        one = all(len(own_texts(row)) == 1 for row in above)
        if len(above) < 3 or not one or not prompt.endswith(":"):
            return ""
        for row in above:
            row.cells, row.own = [""] * len(row.cells), None
        return prompt

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

    def _risk_over_its_actions(self, row: Row, header: Header | None) -> None:
        """A risk's own row under its titles, right above its actions' header: its first
        cell heads the actions, its other cells kept with the plan as said of it."""
        texts = own_texts(row)
        self.builder.plan.notes.append(" | ".join(t for _, t in texts[1:]))
        self.rows.append(
            Classified(
                row, RowKind.STRUCTURE, header, texts[0][1], texts[0][0], why="above a header row"
            )
        )

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
        part_labels: set[str] = set()  # labels of lines read as parts ('outcome')
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
                new, two_rows = self._read_header(grid, index, headers[index], header)
                new = self._as_read_before(new, row)
                if (
                    header is not None
                    and new.fields != header.fields
                    and _titles(new) == _titles(header)
                    and header.line in {r.number for r in rows}
                ):  # a group's copy of the table's header, its few rows showing less than
                    new = replace(new, fields=dict(header.fields), by_field={})  # the first's
                self.said.append(
                    f"Line {row.number}: the header row again, the same columns."
                    if header is not None and new.fields == header.fields
                    else describe_header(row.number, new.fields, new.titles, header is None)
                )
                self.said.extend(f"Line {row.number}: {s}." for s in new.settled)
                new.closed = bool(CLOSED_SHEET.match(grid.name or "")) and not new.column("status")
                header = new
                skip_next = two_rows
                self.rows.append(Classified(row, RowKind.HEADER, header))
                continue
            forced = self.rules.rows.get((row.where, row.number), self.rules.rows.get(row.number))
            if forced is not None:
                self.rows.append(self._forced(row, header, forced))
                continue
            if header is None and own_texts(row) and own_texts(row)[0][1] in self.sheet_headings:
                self.rows.append(Classified(row, RowKind.NOTE, why="page furniture"))
                continue
            if (
                header is None
                and len(own := own_texts(row)) == 1
                and own[0][1] in self.sheet_captions
            ):
                self.rows.append(Classified(row, RowKind.NOTE, text=own[0][1]))
                continue  # 'Must Do Actions' on the sheet 'Must do': said, and kept
            if header is None and first_of_repeated_blocks(grid, index, first_header):
                self._risk_over_its_actions(row, None)  # the first risk, as each after it
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
            texts = self._facts_set_aside(row, texts, header)
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
                and not BULLETED.match(texts[0][1])  # (a list's last line: no part)
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
            if (
                aside == index_number(grid, index - 1)
                and texts
                and len(texts[0][1]) <= 80
                and self._next_is_header(grid, index, headers)
            ):  # 'Risk no, title | Owner | ...' over one risk, 'CR36 Protective Security | ...',
                # then its actions' own header: the risk, over its actions; its facts kept
                self._risk_over_its_actions(row, header)
                aside = None
                continue
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
            if report_box(row, texts, header):
                text = f"{texts[0][1].rstrip(':')}: {texts[1][1]}"
                self.rows.append(Classified(row, RowKind.NOTE, header, text, why="a box"))
                continue  # 'Key risks and issues' | its words: kept in the plan's notes
            lone_rec = (  # asked only of a row alone in its recommendation cell
                len(texts) == 1
                and header.fields.get(texts[0][0]) == "recommendation"
                and self._lone_is_recommendation(grid, index, header, headers)
            )
            found = classify_body(row, header, previous, lone_rec)
            into = (  # a line read as an action or a heading that only goes on the one above
                _runs_on(self.rows, header, row, rows[index + 1 : index + 2])
                if previous is RowKind.ACTION and found.kind in (RowKind.ACTION, RowKind.STRUCTURE)
                else None
            )
            if into and (into != "action" or found.kind is RowKind.ACTION):
                found = Classified(
                    row, RowKind.CONTINUATION, header, texts[0][1], why=f"labelled: {into}"
                )
            if (
                len(texts) == 1
                and found.kind in (RowKind.STRUCTURE, RowKind.ACTION, RowKind.CONTINUATION)
                and self._under_notes(row)
            ):  # '1. Scores are Likelihood x Impact ...' under 'Notes' below the table
                found = Classified(row, RowKind.NOTE, header, texts[0][1], why=_UNDER_NOTES)
            if found.kind is RowKind.CONTINUATION and _labelled_as(texts, part_labels):
                found = Classified(  # 'Outcome: Keeping people out of crisis' under an
                    row,  # action, as 'Outcome: ...' was read over the first: the next part
                    RowKind.STRUCTURE,
                    header,
                    texts[0][1],
                    texts[0][0],
                    why="labelled as a part above",
                )
            self.rows.append(found)
            if found.kind is RowKind.STRUCTURE and (label := LABELLED_LINE.match(found.text)):
                part_labels.add(label[1].casefold())
            if found.kind is not RowKind.BLANK:
                last_kind = found.kind

    def _under_notes(self, row: Row) -> bool:
        """The lines under a 'Notes' line of its own on this sheet, one after another: each
        a note, whatever it starts with ('1. Scores are ...', '3. Action status is ...')."""
        for r in reversed(self.rows):
            if r.row.where != row.where:
                return False
            if r.kind is RowKind.NOTE and r.why == _UNDER_NOTES:
                continue
            return r.kind is RowKind.NOTE and _NOTES.fullmatch(r.text.strip()) is not None
        return False

    def _forced(self, row: Row, header: Header | None, kind: str) -> Classified:
        """A row whose kind a rules file gives (row N = theme ...)."""
        texts = own_texts(row)
        text = " ".join(t for _, t in texts)
        column = texts[0][0] if texts else 0
        named = header.column("action") if header is not None else None
        if (
            header is not None
            and named is not None
            and kind in ("theme", "recommendation", "heading")
        ):
            # a row of a table read as a heading: its action cell ('Title') names it
            own = dict(texts)
            if own.get(named):
                text, column = own[named], named
                self._keep_beside(header, texts, named)
        if kind == "action" and header is not None:
            return Classified(row, RowKind.ACTION, header, why="the rules file")
        if kind == "note" or kind == "action":
            return Classified(row, RowKind.NOTE, header, text, column, why="the rules file")
        return Classified(row, RowKind.STRUCTURE, header, text, column, why=f"rules: {kind}")

    def _keep_beside(self, header: Header, texts: list[tuple[int, str]], named: int) -> None:
        """'Partly Agreed' | 'Oversight agreed; ...' beside a heading row's words: kept in the
        plan's notes, each under its column's title (a heading has no field for them)."""
        ref = header.column("ref")
        beside = [(i, t) for i, t in texts if i not in (named, ref)]
        if not beside:
            return
        own = dict(texts)
        said = " | ".join(
            f"{header.titles[i].strip()}: {t}"
            if i < len(header.titles) and header.titles[i].strip()
            else t
            for i, t in beside
        )
        self.builder.plan.notes.append(
            f"{(own.get(ref) if ref is not None else None) or own[named]} – {said}"
        )

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


def _titles(header: Header) -> list[str]:
    """A header's titles as a reader compares them, spacing and case aside."""
    return [" ".join(t.split()).casefold() for t in header.titles]
