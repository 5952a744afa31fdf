"""The rows above a plan table's first header, read as a person reads a page's top: the
title, a key, a note, facts said of the part, or the heading of the rows under the header
(settled once the table is read). RowReader (rows.py) classifies the rest."""

from __future__ import annotations

import re

from .builder import Builder
from .classify import BULLETED, LABEL_AND_VALUE, LABEL_CELL, NOTE_LINE, REPORT_LINE, own_texts
from .documents import Document, Grid, Paragraph, Row
from .furniture import COMMENTARY, MARKING, PLACEHOLDER, heading_like
from .header import Vocabulary
from .keys import fill_pairs, is_key_text, key_pairs, meaning_of
from .kinds import Classified, Header, RowKind
from .labels import (
    ANSWERED_IN_PART,
    band_said_under_its_words,
    facts_beside,
    label_with_facts,
    labels_one_part,
    said_of_its_part,
)
from .levels import numbered_like_body
from .prefixes import prefix_class
from .rules import Rules
from .sheet_labels import A_CAPTION
from .titles import (
    CODED_PART,
    TITLE_LABEL,
    best_title,
    body_and_service,
    key_cell,
    only_bodies,
    plan_score,
    table_width,
)

# 'Requirement notice: Regulation 12 ...': a kind's label with no number, then its words.
_UNNUMBERED_LABEL = re.compile(r"^[^\d:]{3,40}:\s+\S")


def _scores_beside(row: Row, texts: list[tuple[int, str]], header: Header) -> list[tuple[int, str]]:
    """'CR01 Financial sustainability' merged across the action's column, its inherent,
    current and target scores in columns no field reads: the scores, else []."""
    if len(texts) < 2:
        return []
    column, _ = texts[0]
    action = header.column("action")
    if (
        action is None
        or not column <= action < column + row.spans.get(column, 1)
        or row.spans.get(column, 1) < 3
    ):
        return []
    end = column + row.spans.get(column, 1)
    rest = [(i, c.strip()) for i, c in enumerate(row.cells) if i >= end and c.strip()]
    if len(rest) < len(texts) - 1 or any(header.fields.get(i, "extra") != "extra" for i, _ in rest):
        return []
    return rest  # (every cell, a score repeated beside its equal too)


def _labelled_words(row: Row, texts: list[tuple[int, str]]) -> bool:
    """'Area for priority action:' | the inspectors' words, or a form's 'How the regulation
    was not being met' | its words merged across: a part's words under their label."""
    return (
        len(texts) == 2
        and len(texts[1][1].split()) >= 5
        and not said_of_its_part(" ".join(t for _, t in texts))
        and not said_of_its_part(f"{texts[0][1].rstrip(' :')}: {texts[1][1]}")  # ('Escalations
        # to Committee' | its words: said of the programme, no part of it)
        and not _DESCRIBES.fullmatch(texts[0][1].strip())  # 'Description' | the risk's
        and (
            labels_one_part(texts[0][1])
            or label_with_facts(texts[0][1])  # RQIA's 'Area for improvement 1' over 'Ref:
            # Regulation 13 (d)' and 'Stated: First time', its words beside it
            or (row.spans.get(texts[1][0], 1) > 1 and len(texts[0][1].split()) <= 8)
        )
    )


# 'Description' | what the risk is, under the risk's band: said of the part, not its name.
_DESCRIBES = re.compile(r"(?:risk\s+|issue\s+)?description\s*:?", re.IGNORECASE)
# 'Area for priority action:' | its words, above the header: the table's part, named.
_LABELLED_ABOVE = "labelled above the first header"
# A part's label and number before its words: 'R1: Improve ...', 'AFI 2 – ...'.
_PART_LABEL = re.compile(r"^[A-Z]{1,4}\s?\d{1,2}[a-z]?\s*[:.–-]\s+\S")
# A part's kind in words, its number, then its words: 'Area for priority action 1: Leaders'.
_NAMED_PART = re.compile(  # (and 'Cause of concern: Promoting the right values ...', one)
    r"^(?:(?:area\s+for\s+(?:priority\s+action|improvement)|priority(?:\s+action)?|"
    r"recommendation|requirement|theme|workstream|objective)\s+\d{1,2}[a-z]?|"
    r"cause\s+(?:of|for)\s+concern(?:\s+\d{1,2})?)\s*[:.–—-]\s+\S",
    re.IGNORECASE,
)


def _label(row: Classified) -> bool:
    """'Requirement 1' or 'Area for improvement 2' alone over the part's words."""
    return row.kind is not RowKind.ACTION and labels_one_part(row.text)


def _section_shape(text: str) -> str:
    """How a section line is set apart: in capitals ('AREAS WHERE ...', its note in brackets
    aside) or numbered ('2. Equalities and human rights'); '' for any other line."""
    if re.match(r"^\d{1,2}\.\s+[A-Z][^.]{2,80}$", text.strip()):
        return "numbered"
    letters = re.sub(r"\([^()]*\)", "", text)
    return "capitals" if letters.isupper() else ""


# When the plan's position was taken: 'Progress as at 16 November 2022', 'Position at 30 June'.
_STAMP = re.compile(
    r"^(?:progress|position|update|status)(?:\s+update)?\s+(?:as\s+)?(?:at|of)\s+\d", re.IGNORECASE
)


def _line(row: Classified) -> str:
    """A row's one text (a page-furniture row keeps none of its own), else ''."""
    texts = own_texts(row.row)
    return texts[0][1] if len(texts) == 1 else ""


# A line naming the plan by its kind, at its end: '... – Action Plan', 'Improvement Plan'.
_NAMES_A_PLAN = re.compile(r"\b(?:action|improvement|delivery)\s+plan\s*$", re.IGNORECASE)


class PreambleReader:
    """Reads the rows above the first header and the facts beside a heading (the state a
    Reader has, as RowReader's)."""

    builder: Builder
    document: Document
    words: Vocabulary
    rules: Rules
    rows: list[Classified]
    said: list[str]
    exact: bool
    repeated: set[str]
    sheet_headings: set[str]
    sheet_captions: set[str]
    sheet_titles: dict[str, str]
    _title_taken: bool

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
        unmarked = [(i, t) for i, t in texts if not MARKING.match(t.strip())]
        if unmarked and len(unmarked) < len(texts):  # 'OFFICIAL' beside the title: kept
            self.builder.plan.notes.extend(t for i, t in texts if (i, t) not in unmarked)
            texts = unmarked
        keyed = [(i, t) for i, t in texts if key_cell(t)]
        if (
            keyed
            and len(texts) - len(keyed) == 1  # 'RAG key:' | 'R' | 'A' ... by a title (not
            and not _a_meaning(texts)  # 'Status key:' | 'G' | 'Recommendation implemented
        ):  # – ...': the letter's meaning, the row the key's)
            self.builder.plan.notes.append(" | ".join(t for _, t in keyed))
            texts = [(i, t) for i, t in texts if not key_cell(t)]
        text = (
            "\t".join(c.strip() for c in row.cells).strip("\t") if len(texts) > 1 else texts[0][1]
        )
        if keyed and len(texts) == 1:
            text = texts[0][1]
        if is_key_text(text) or (len(texts) > 1 and LABEL_CELL.match(texts[0][1])):
            return Classified(row, RowKind.KEY, text=text)
        entries = [  # each text a meaning beside an empty swatch ('RAG key' may lead them)
            (i - 1 in row.fills and not row.cells[i - 1].strip())
            or (n == 0 and LABEL_CELL.match(t) is not None)
            for n, (i, t) in enumerate(texts)
        ]
        if all(entries) and fill_pairs(row):  # a green cell with no words, 'Action complete –
            return Classified(row, RowKind.KEY, text=text)  # ...' beside it, nothing else
        if len(texts) == 2 and TITLE_LABEL.match(texts[0][1]):  # 'Plan name', 'CQC ... Plan'
            return Classified(row, RowKind.TITLE, text=texts[1][1])
        if (
            first_header == index + 1
            and len(texts) >= 2
            and all(row.spans.get(i, 1) >= 2 and len(t.split()) <= 8 for i, t in texts)
        ):  # 'Risk Identification and Assessment' | 'Risk Treatment – Action Plan', each
            # merged over its columns of the header below: the header's groups, no part
            return Classified(row, RowKind.NOTE, text=" | ".join(t for _, t in texts))
        if (
            first_header is not None
            and _labelled_words(row, texts)
            and self._header_after_facts(grid, index, first_header)
        ):  # 'Area for priority action:' | the inspectors' words, over 'Responsible body: ...'
            return Classified(  # and the header: the words name the table's part
                row, RowKind.STRUCTURE, text=texts[1][1], column=texts[1][0],
                merged=row.spans.get(texts[1][0], 1) > 1, why=_LABELLED_ABOVE,
            )  # fmt: skip
        if (
            len(texts) > 1
            or NOTE_LINE.match(text)
            or said_of_its_part(text)
            or band_said_under_its_words(text)  # 'Regulation 4(1)' over the law's name
        ):
            return Classified(row, RowKind.NOTE, text=text)  # 'Workstream lead: ...': of the part
        if BULLETED.match(text):  # '- Some fire risk actions were overdue.' under 'What the
            return Classified(row, RowKind.NOTE, text=text)  # Regulator found:': a line of a
            # list, said of the part above, never a part
        if _a_reason(grid, index):
            return Classified(row, RowKind.NOTE, text=text)
        header_next = first_header is not None and self._next_is_header(
            grid, index, {first_header: {}}
        )
        if header_next and COMMENTARY.match(text):  # 'Comments from the inspection report: ...'
            return Classified(row, RowKind.NOTE, text=text)
        if (
            first_header is not None
            and text not in self.repeated
            and not REPORT_LINE.fullmatch(text)  # ('Key messages this quarter' over its
            and (  # bullets: a box of the highlight report, no part)
                header_next
                or self._commentary_then_header(grid, index, first_header)
                or self._labelled_then_header(grid, index, first_header)
                or self._header_after_facts(grid, index, first_header)  # ('Home Office
                or self._part_over_words(grid, index, first_header)  # response: Accepted'
            )  # between the finding and the header: said of it)
        ):
            return Classified(
                row, RowKind.STRUCTURE, text=text, column=texts[0][0],
                merged=row.spans.get(texts[0][0], 1) > 1, why="above the first header",
            )  # fmt: skip
        return Classified(row, RowKind.TITLE, text=text)

    def _facts_set_aside(
        self, row: Row, texts: list[tuple[int, str]], header: Header | None = None
    ) -> list[tuple[int, str]]:
        """A heading with facts of its part beside it: the facts kept in the notes, the row
        read as its heading alone. Under a header, a band merged across the action's column
        with values only in columns no field reads (a risk's scores) is such a heading."""
        facts = facts_beside(texts, dated=header is None)  # (under a header, classify's)
        if facts:
            self.builder.plan.notes.append(" | ".join(t for _, t in facts))
        elif header is not None and (facts := _scores_beside(row, texts, header)):
            titled = [f"{header.titles[i]}: {t}" if i < len(header.titles) else t for i, t in facts]
            self.builder.plan.notes.append(f"{texts[0][1]}: " + " | ".join(titled))
        if not facts:
            return texts
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
        ...') and blank rows; under a risk's coded heading ('SR01 Financial resilience'),
        past its facts cell by cell too ('Current score: 16 (Red)' | 'Target score: 9')."""
        heading = own_texts(grid.rows[index])
        coded = bool(heading) and CODED_PART.match(heading[0][1]) is not None
        for j in range(index + 1, len(grid.rows)):
            if j == first_header:
                return True
            texts = own_texts(grid.rows[j])
            if len(texts) == 1 and _a_reason(grid, j):
                continue  # 'Accommodation on release depends on ...' under 'Response: Partly
                # Agreed': why the concern is only partly agreed, said of it
            if texts and _labelled_words(grid.rows[j], texts):
                continue  # CQC's form: 'Regulation' | 'Regulation 12 ...' over 'How the
                # regulation was not being met' | its words: the regulation over its breach
            if len(texts) == 1 and (
                BULLETED.match(texts[0][1])
                or _LIST_LABEL.fullmatch(texts[0][1])
                or band_said_under_its_words(texts[0][1])  # ('Timescale – by 31 May 2025')
            ):  # 'What the Regulator found:' and its list, said of the part above
                continue
            if (
                texts
                and not said_of_its_part(": ".join(t.rstrip(":") for _, t in texts))
                and not (
                    coded and len(texts) > 1 and all(LABEL_AND_VALUE.match(t) for _, t in texts)
                )
            ):
                return False  # ('NCA response' | 'Accepted': a label's cell and its value's)
        return False

    def _part_over_words(self, grid: Grid, index: int, first_header: int) -> bool:
        """'Priority 1: Curriculum' merged across, over the inspectors' point merged across
        right above the header (a table for each priority): the part and its finding, two
        levels, as a person reads them."""
        row = grid.rows[index]
        texts = own_texts(row)
        if (
            len(texts) != 1
            or row.spans.get(texts[0][0], 1) < 2
            or not (
                prefix_class(texts[0][1]) == "theme"
                or (prefix_class(texts[0][1]) == "rec" and _UNNUMBERED_LABEL.match(texts[0][1]))
            )  # (or 'Requirement notice: Regulation 12 ...' over the must-do it gives; not
        ):  # 'Recommendation 1 – ...', 'Area for improvement 1': the part's own label)
            return False
        for j in range(index + 1, first_header):
            below = own_texts(grid.rows[j])
            if below:
                return (
                    len(below) == 1
                    and grid.rows[j].spans.get(below[0][0], 1) > 1
                    and prefix_class(below[0][1]) == "plain"
                    and self._next_is_header(grid, j, {first_header: {}})
                )
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
        self._section_over_the_first(rows, above, after)
        _band_over_the_part(rows, above)
        for r in above:
            merged_under_title = (
                r.merged and self._document_title() and not A_CAPTION.match(r.text)
            )  # (not 'Further mitigating actions to bring each risk to its target score')
            keep = (
                not captions
                and not _STAMP.match(r.text)
                and not (  # 'Domestic Homicide Review: ‘Amy’ – Action Plan' over a date
                    not self.builder.plan.title  # line said of it: the plan's name, no part
                    and plan_score(r.text) >= 4
                    and not _PART_LABEL.match(r.text)
                )
                and (  # ('Progress as at ...')
                    sectioned
                    or merged_under_title
                    or (has_structure and not first_is_structure)
                    or (
                        not has_structure
                        and heading_like(r.text)
                        and not only_bodies(r.text)
                        and not body_and_service(r.text)
                        and not A_CAPTION.match(r.text)  # 'Closed actions – signed off by ...'
                    )
                    or _PART_LABEL.match(r.text) is not None
                    or (r.merged and _NAMED_PART.match(r.text) is not None)  # 'Area for priority
                    # action 1: Leaders ...' merged over its table's header: the table's part
                    or r.why == _LABELLED_ABOVE
                )
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
        header_at = next((i for i, r in enumerate(rows) if r.kind is RowKind.HEADER), len(rows))
        named = [  # 'Cumberland CSP – Domestic Homicide Review ‘Moira’ – Action Plan' over
            r  # the sheet's header, taken for its heading, beside 'Overview report published
            for r in rows[:header_at]  # ... – position at 8 October 2025': the plan's name
            if r.why == "page furniture" and _NAMES_A_PLAN.search(_line(r))
        ]
        for r in named:
            r.text = _line(r)
        if titles and named:
            titles = sorted(named + titles, key=rows.index)
        if titles:
            chosen = titles[best_title([r.text for r in titles])]
            if chosen.kind is not RowKind.TITLE:
                chosen.kind, chosen.why = RowKind.TITLE, "names the plan"
            for r in titles:
                if r is not chosen and r.kind is RowKind.TITLE:
                    r.kind = RowKind.NOTE
            self._title_taken = True

    @staticmethod
    def _section_over_the_first(
        rows: list[Classified], above: list[Classified], after: list[Classified]
    ) -> None:
        """'REQUIREMENT NOTICES (breaches of regulation)' in capitals, or '1. Tenant and
        resident safety' numbered, right over the first part's line above the header, as
        'AREAS WHERE THE PRACTICE SHOULD IMPROVE' or '2. Equalities' is over a later part's
        line inside the table: the first section, not a note about the plan."""
        if len(above) != 1:
            return
        index = rows.index(above[0])
        before = next(
            (r for r in reversed(rows[:index]) if r.kind is not RowKind.BLANK and not _label(r)),
            None,
        )  # (a blank line between them or not, and 'Requirement 1' over the part's words)
        if before is None or len(own_texts(before.row)) != 1 or before is rows[0]:
            return
        shape = _section_shape(before.text)
        parts = [r for r in after if not _label(r)]
        later = [
            r
            for i, r in enumerate(parts[:-1])
            if r.kind is RowKind.STRUCTURE
            and parts[i + 1].kind is RowKind.STRUCTURE
            and shape
            and _section_shape(r.text) == shape
        ]
        if (
            later
            and (  # (a line in capitals may have been taken for the title: one before it
                before.kind is RowKind.NOTE  # names the plan)
                or (
                    before.kind is RowKind.TITLE
                    and any(r.kind is RowKind.TITLE for r in rows[: rows.index(before)])
                )
            )
            and _section_shape(above[0].text) != shape
        ):
            before.kind, before.why = RowKind.STRUCTURE, "above the first header"
            above.insert(0, before)

    def _document_title(self) -> bool:
        return (
            any(isinstance(b, Paragraph) and b.level in (0, 1) for b in self.document.blocks)
            or (self.document.kind == "docx" and bool(self.document.title))
            or self._first_line_names_the_plan()
        )

    def _first_line_names_the_plan(self) -> bool:
        """A Word document's first line, before any table, naming the plan in full ('Perranporth
        Surgery – CQC Inspection Action Plan', centred, in no heading style): its title, over
        any band inside the tables ('Requirement notice – Regulation 12 ...': a part)."""
        if self.document.kind != "docx":
            return False
        for block in self.document.blocks:
            if isinstance(block, Grid):
                return False
            if isinstance(block, Paragraph) and block.text.strip():
                return plan_score(block.text) >= 4
        return False

    @staticmethod
    def _next_is_header(grid: Grid, index: int, headers: dict[int, object]) -> bool:
        for j in range(index + 1, len(grid.rows)):
            if any(c.strip() for c in grid.rows[j].cells):
                return j in headers
        return False


def _band_over_the_part(rows: list[Classified], above: list[Classified]) -> None:
    """A band merged across right over the table's part ('Domain 5 – Delivery of safe ...
    care' over 'Requirement 1: The provider must ...', then the header): the outer heading
    of the part, as each table of a Healthcare Improvement Scotland plan has one; a numbered
    area over what a regulator asked of it, as in a charity's plan answering the Commission."""
    for r in above:
        at = next(i for i, x in enumerate(rows) if x is r)
        band = rows[at - 1] if at else None
        if (
            band is not None
            and band.kind in (RowKind.NOTE, RowKind.TITLE)
            and (
                (prefix_class(r.text) in ("rec", "theme") and prefix_class(band.text) == "theme")
                or (
                    r.merged
                    and prefix_class(r.text) == "plain"
                    and (
                        prefix_class(band.text) == "num1"
                        or (prefix_class(band.text) == "rec" and _NAMED_AREA.match(band.text))
                    )
                )
            )  # ('1. Financial oversight' over what the Commission asked of it; 'Area for
            # improvement 1: Strategy discussions' over the inspectors' finding in full)
            and len(own_texts(band.row)) == 1
            and max(band.row.spans.values(), default=1) >= len(band.row.cells) - 1
        ):
            band.kind, band.why, band.column = RowKind.STRUCTURE, r.why, r.column
            band.text = own_texts(band.row)[0][1]


# 'Area for improvement 1: Strategy discussions': a part's label and number, then its name in
# words (never RQIA's 'Area for improvement 1    Ref: ...    Stated: ...', its facts).
_NAMED_AREA = re.compile(
    r"^[A-Z][A-Za-z ]{2,40}?\s\d{1,2}[a-z]?\s*[:–—-]\s+"
    r"(?!.*\b(?:ref|stated|to\s+be\s+completed\s+by)\s*:)"  # (nor 'Recommendation 1 –
    r"(?!(?:[\w-]+\s+){0,2}(?:recommendations?|requirements?|weakness(?:es)?)\s*$)\S",  # Key
    # recommendation': its kind)
    re.IGNORECASE,
)
# The label over a list said of a part: 'What the Regulator found:', 'Key findings:'.
_LIST_LABEL = re.compile(r"[A-Z][\w’' ]{2,40}:")


def _a_meaning(texts: list[tuple[int, str]]) -> bool:
    """Whether a row of a key's letters gives one of them a status in words beside it."""
    pairs = key_pairs(" | ".join(t for _, t in texts))
    return any(meaning_of(meaning) is not None for _, meaning in pairs)


def _a_reason(grid: Grid, index: int) -> bool:
    """The row right under 'Response: Partly Agreed' (HMPPS's plan): the reason the concern
    is agreed only in part, said of the concern, never a part of the plan."""
    for j in range(index - 1, -1, -1):
        texts = own_texts(grid.rows[j])
        if texts:
            said = ": ".join(t.strip().rstrip(":") for _, t in texts)
            return ANSWERED_IN_PART.match(said) is not None
    return False
