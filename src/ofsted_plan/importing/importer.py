"""One entry point: a council's file (and a rules file) -> a Plan, and a report of how it was
read. The file is read as a person reads it (documents.py), every table and row is classified
(classify.py), the structure rows are given their level, the plan is built (builder.py), and
what a person would notice is checked before anything is written (checks.py)."""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import PlanError
from ..model import Plan
from .builder import Builder, assign_generated_refs
from .checks import Settle, check_plan, describe_reading, key_statuses
from .classify import (
    NOTE_LINE,
    Classified,
    Header,
    RowKind,
    TableKind,
    classify_body,
    find_headers,
    is_key_text,
    other_header,
    own_texts,
    read_header,
    roll_up_rows,
    table_kind,
)
from .documents import (
    MAX_BYTES,
    Document,
    Grid,
    Paragraph,
    Row,
    decode,
    docx_document,
    file_kind,
    text_document,
    xlsx_document,
)
from .header import HEADER_NAMES, Vocabulary, describe_header, header_map, header_width
from .levels import Levels, assign_levels, prefix_class
from .rules import NO_RULES, Rules, beside, read_rules
from .values import STATUS_WORDS

# A page's footer as printed: 'Page 2 of 5', 'Printed 14/10/2019   Page 1 of 3'.
PAGE_LINE = re.compile(r"\bpage\s+\d+\s+of\s+\d+\b", re.IGNORECASE)
# A line that names the plan: the title, rather than the council's name above it.
PLAN_WORDS = re.compile(
    r"\b(plan|tracker|report|action|improvement|statement|programme|strategy|inspection)\b",
    re.IGNORECASE,
)


@dataclass
class Tables:
    """How each table of the document was taken, for the report."""

    taken: list[tuple[Grid, TableKind, str]] = field(default_factory=list)
    labels: dict[int, str] = field(default_factory=dict)  # id(grid) -> heading before it


def read_file(path: str) -> bytes:
    """The file's bytes: a regular file of a plan's size, or a refusal that says why."""
    try:
        info = os.stat(path)
    except OSError as exc:
        raise PlanError(f"cannot read the file: {exc.strerror}", path=path) from None
    if stat.S_ISDIR(info.st_mode):
        raise PlanError("this is a folder, not a file", path=path, hint="name the plan table")
    if not stat.S_ISREG(info.st_mode):
        raise PlanError(
            "this is not a regular file (a device, pipe or socket)",
            path=path,
            hint="save the table to a file and import that",
        )
    if info.st_size > MAX_BYTES:
        raise PlanError(
            f"the file is {info.st_size / 2**20:,.0f} MiB, more than the "
            f"{MAX_BYTES // 2**20} MiB a plan table can be",
            path=path,
            hint="check it is the plan table; a plan of 100,000 actions is about 30 MiB",
        )
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise PlanError(f"cannot read the file: {exc.strerror}", path=path) from None


def import_table(
    path: str | Path,
    *,
    sheet: str | None = None,
    report: list[str] | None = None,
    details: list[str] | None = None,
    rules: str | None = None,
) -> Plan:
    """Read a council's plan into a Plan: text (tab, comma or semicolon separated), an Excel
    workbook (`sheet`, else the one sheet that looks like a plan) or a Word document.
    `report` receives a line for each reading a person should see (what was set aside or
    settled by a default); `details`, how the file was read, table by table and row by row
    (`plan import --explain`). `rules` is a rules file (importing/rules.py); else one found
    next to the table is used, and every message of the import names it."""
    path = str(path)
    rules_path = rules or beside(path)
    found = read_rules(rules_path) if rules_path else NO_RULES
    settled: list[str] = []
    try:
        for _ in range(4):
            try:
                plan = _import(path, sheet, report, details, found)
            except Settle as settle:
                from .header import header_key

                columns = {**found.columns, header_key(settle.column): settle.field}
                found = found._replace(columns=columns)
                settled.append(settle.note + ".")
                if details is not None:
                    details.clear()
                if report is not None:
                    report.clear()
                continue
            if report is not None:
                report[:0] = settled
            return plan
        raise PlanError("the table could not be settled in four readings", path=path)
    except PlanError as exc:
        if rules_path and rules_path not in str(exc):
            exc.hint = (exc.hint + "; " if exc.hint else "") + (
                f"the import used the rules file {rules_path}: check its rules too"
            )
        raise


def _import(
    path: str,
    sheet: str | None,
    report: list[str] | None,
    details: list[str] | None,
    found: Rules,
    text: str | None = None,
) -> Plan:
    data = read_file(path) if text is None else b""
    kind = file_kind(data) if text is None else "text"
    said: list[str] = details if details is not None else []
    if found.path:
        said.append(f"Rules: {found.path}.")
    sheet = sheet or found.sheet
    words = Vocabulary.of(HEADER_NAMES, found.columns)

    def width_of(rows: list[tuple[int, list[str]]], fields: bool = False) -> Any:
        """How many columns the first header row names (0: none); with `fields`, which."""
        kept = [(n, cells) for n, cells in rows if n not in found.skip]
        if fields:
            return next(
                (frozenset(h.values()) for _, c in kept if (h := header_map(c, words))), None
            )
        return header_width(kept, words)

    if sheet is not None and kind != "xlsx":
        raise PlanError("--sheet is for Excel workbooks (.xlsx)", path=path)
    if kind == "xlsx":
        document = xlsx_document(data, path, sheet, width_of)
    elif kind == "docx":
        document = docx_document(data, path)
    else:
        document = text_document(decode(data, path) if text is None else text, path, width_of)
    said.append(f"Read as: {document.read_as}.")
    said.extend(f"Set aside: {n}." for n in document.set_aside)
    if found.skip:
        for grid in document.grids():
            grid.rows = [r for r in grid.rows if r.number not in found.skip]
        said.append(f"Rows skipped by the rules: {', '.join(map(str, sorted(found.skip)))}.")
    reader = _Reader(path, document, words, found, said)
    plan = reader.read()
    notes = check_plan(plan, reader.builder, reader.rows, reader.tables_report(), reader.exact)
    if reader.key_read:
        notes.insert(0, "Read by the plan's own key: " + ", ".join(reader.key_read) + ".")
    if report is not None:
        report.extend(notes)
    if details is not None:
        levels = reader.levels
        by_row = {
            id(r): levels.level(r)
            for r in reader.rows
            if levels is not None and r.kind is RowKind.STRUCTURE
        }
        details.extend(reader.tables_explained())
        details.extend(describe_reading(reader.rows, reader.builder, by_row))
        details.extend(notes)
    return plan


class _Reader:
    def __init__(
        self, path: str, document: Document, words: Vocabulary, rules: Rules, said: list[str]
    ) -> None:
        self.path = path
        self.document = document
        self.words = words
        self.rules = rules
        self.said = said
        self.builder = Builder(path, {**STATUS_WORDS, **rules.statuses}, rules.month_first)
        self.rows: list[Classified] = []
        self.tables = Tables()
        self.levels: Levels | None = None
        self._title_taken = False
        self.exact = False  # the tool's own export: read with no guessing
        self.key_read: list[str] = []  # words the plan's key defined, for the report
        self.sheet_headings: set[str] = set()  # each sheet's own heading, read as its theme
        self.sheet_titles: dict[str, str] = {}  # a title line with its sheet's name -> without
        self.repeated: set[str] = set()  # lines above every header of the table being read

    def tables_report(self) -> list[str]:
        out = []
        for grid, kind, why in self.tables.taken:
            if kind not in (TableKind.PLAN, TableKind.CONTINUED):
                out.append(f"{grid.where} ({_first_text(grid)}), {kind.value} ({why})")
        return out

    def tables_explained(self) -> list[str]:
        if len(self.tables.taken) < 2:
            return []
        return [
            f"{grid.where[0].upper()}{grid.where[1:]} ({_first_text(grid)}): {kind.value}"
            + (f", set aside: {why}" if kind not in (TableKind.PLAN, TableKind.CONTINUED) else "")
            + "."
            for grid, kind, why in self.tables.taken
        ]

    def read(self) -> Plan:
        plan = self.builder.plan
        title = ""
        # Headings and short paragraphs since the last table, by level (1-9 a heading, 10 a
        # paragraph): each names the part of the plan in the table after it.
        stack: list[tuple[int, str]] = []
        plan_grids: list[tuple[Grid, list[tuple[int, str]]]] = []
        last_header: Header | None = None
        first_paragraph = ""  # the title where no heading or line of the table gives one
        for block in self.document.blocks:
            if isinstance(block, Paragraph):
                text = block.text
                if (
                    block.level in (0, 1)
                    and not plan_grids
                    and (not title or (not PLAN_WORDS.search(title) and PLAN_WORDS.search(text)))
                ):
                    title = text  # the first heading that names the plan, else the first
                elif (
                    block.level is None
                    and not plan_grids
                    and not title
                    and prefix_class(text) not in ("theme", "rec")
                    and len(text) <= 150
                    and (not first_paragraph or not PLAN_WORDS.search(first_paragraph))
                    and (not first_paragraph or PLAN_WORDS.search(text))
                ):
                    first_paragraph = text  # the first line that names the plan, else the first
                elif _names_a_part(block):
                    level = block.level or 10
                    stack = [(lv, t) for lv, t in stack if lv < level] + [(level, text)]
                elif is_key_text(text):
                    plan.notes.append(text)
                continue
            grid = block
            headers = find_headers(grid, self.words)
            if headers:
                self.tables.taken.append((grid, TableKind.PLAN, "it has a header row"))
                plan_grids.append((grid, list(stack)))
                continue
            kind, why = table_kind(grid)
            if plan_grids and kind is TableKind.OTHER and self._continues(grid, plan_grids[-1][0]):
                self.tables.taken.append(
                    (grid, TableKind.CONTINUED, "the plan's columns, no header")
                )
                plan_grids.append((grid, list(stack)))
                continue
            self.tables.taken.append((grid, kind, why))
            if kind is TableKind.KEY:
                plan.notes.extend(
                    " | ".join(c for c in r.cells if c.strip()) for r in grid.rows if any(r.cells)
                )
        if not plan_grids:
            hint = (
                "this is already a plan (YAML): read it with -p, e.g. plan list -p FILE"
                if self.path.lower().endswith((".yaml", ".yml"))
                else "the table needs a row with column titles such as Recommendations, Ref, "
                "Action, Start, End, Lead officer, RAG status; a rules file can name others "
                "(column TITLE = action ...; see plan import --help)"
            )
            others = [f"{g.where}: {k.value}" for g, k, _ in self.tables.taken]
            where = f" ({'; '.join(others)})" if len(others) > 1 else ""
            raise PlanError(f"no header row found{where}", path=self.path, hint=hint)
        plan.title = title or self.document.title
        if len(plan_grids) > 1 and self.document.kind == "xlsx":
            plan_grids = self._sheet_labels(plan_grids)
        labelled = {tuple(labels) for _, labels in plan_grids if labels}
        use_labels = len(labelled) >= 2
        self.builder.where = plan_grids[0][0].path
        for grid, labels in plan_grids:
            first = grid.rows[0] if grid.rows else Row(0, [])
            for level, text in labels if use_labels else ():
                self.rows.append(
                    Classified(first, RowKind.STRUCTURE, None, text, level - 100, why="heading")
                )
            self._classify(grid, last_header)
            last_header = next(
                (c.header for c in reversed(self.rows) if c.header is not None), last_header
            )
        self.levels = assign_levels(self.rows, self.path, use_labels, self.exact)
        if not self.exact:
            self._key_words()
        self._build()
        if not plan.title and first_paragraph:
            plan.title = first_paragraph
        assign_generated_refs(plan)
        return plan

    def _sheet_labels(
        self, grids: list[tuple[Grid, list[tuple[int, str]]]]
    ) -> list[tuple[Grid, list[tuple[int, str]]]]:
        """A workbook with a sheet a theme: each sheet's heading (the line above its header
        that the other sheets do not share), else the sheet's name, names its theme; lines
        every sheet repeats (the plan's title) are read once."""
        tops: list[list[str]] = []
        for grid, _ in grids:
            lines = []
            for row in grid.rows:
                if find_headers(Grid([row], grid.where, grid.path), self.words):
                    break
                texts = own_texts(row)
                if len(texts) == 1:
                    text = texts[0][1]
                    for separator in (" – ", " - ", ": ", " — "):  # 'Plan 2019-21 – T1 Front Door'
                        if grid.name and text.endswith(separator + grid.name):
                            text = text[: -len(separator + grid.name)]
                            self.sheet_titles[texts[0][1]] = text
                    lines.append(text)
            tops.append(lines)
        shared = set.intersection(*(set(t) for t in tops)) if tops else set()
        out = []
        for (grid, _), lines in zip(grids, tops, strict=True):
            own = [t for t in lines if t not in shared]
            label = own[0] if own else grid.name
            self.sheet_headings.update(own[:1])
            out.append((grid, [(1, label)]))
        return out

    def _continues(self, grid: Grid, previous: Grid) -> bool:
        """A table with the plan's number of columns, no header of its own, right after the
        plan: the plan continued (over a page break, in Word)."""
        widths = {len(r.cells) for r in previous.rows if any(r.cells)}
        mine = {len(r.cells) for r in grid.rows if any(r.cells)}
        return bool(mine) and mine <= widths | {max(widths, default=0)}

    def _classify(self, grid: Grid, carried: Header | None) -> None:
        """Each row of one plan table classified, in order, into self.rows."""
        headers = find_headers(grid, self.words)
        header = carried
        first_header = min(headers) if headers else None
        start = len(self.rows)
        if first_header is not None and _is_own_export(grid.rows[first_header].cells):
            self.exact = self.builder.exact = True
            self._classify_export(grid, headers)
            return
        self.repeated = self._repeated_above(grid, headers)
        try:
            self._classify_rows(grid, headers, header, first_header, start)
        finally:
            self._settle_preamble(start)
        roll_up_rows(self.rows[start:])

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
                header, _ = read_header(grid, index, headers[index], self.words)
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
            if texts and (
                PAGE_LINE.search(" ".join(t for _, t in texts))
                or (len(texts) == 1 and texts[0][1] in furniture | self.repeated)
            ):
                # the page's own header and footer, printed again on each page
                self.rows.append(Classified(row, RowKind.NOTE, header, why="page furniture"))
                continue
            if (
                len(texts) == 1
                and self._next_is_header(grid, index, headers)
                and not NOTE_LINE.match(texts[0][1])
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
                if caption is not None and caption.kind is RowKind.STRUCTURE:
                    caption.kind, caption.why = RowKind.NOTE, "another table"
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
            lone_rec = self._lone_is_recommendation(grid, index, header, headers)
            found = classify_body(row, header, previous, lone_rec)
            self.rows.append(found)
            if found.kind is not RowKind.BLANK:
                last_kind = found.kind

    def _forced(self, row: Row, header: Header | None, kind: str) -> Classified:
        """A row whose kind a rules file gives (row N = theme ...)."""
        texts = own_texts(row)
        text = " ".join(t for _, t in texts)
        column = texts[0][0] if texts else 0
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
            width = max(
                (i for i, c in enumerate(grid.rows[first_header].cells) if c.strip()), default=0
            )
            side = [t for i, t in texts if i > width]
            if side and any(i <= width for i, _ in texts):
                self.builder.plan.notes.append(" | ".join(side))
                texts = [(i, t) for i, t in texts if i <= width]
        if not texts:
            return Classified(row, RowKind.BLANK)
        text = (
            "\t".join(c.strip() for c in row.cells).strip("\t") if len(texts) > 1 else texts[0][1]
        )
        if is_key_text(text):
            return Classified(row, RowKind.KEY, text=text)
        if len(texts) > 1 or NOTE_LINE.match(text):
            return Classified(row, RowKind.NOTE, text=text)
        if (
            first_header is not None
            and text not in self.repeated
            and self._next_is_header(grid, index, {first_header: {}})
        ):
            return Classified(
                row, RowKind.STRUCTURE, text=text, column=texts[0][0],
                merged=row.spans.get(texts[0][0], 1) > 1, why="above the first header",
            )  # fmt: skip
        return Classified(row, RowKind.TITLE, text=text)

    def _settle_preamble(self, start: int) -> None:
        """The rows above the first header, once the table is read. The title is the first
        line that names a plan (else the first line); a line right above the header is the
        heading of the rows under it only where the table has such headings and its first
        actions come before any other (else it is a note)."""
        rows = self.rows[start:]
        above = [
            r for r in rows if r.kind is RowKind.STRUCTURE and r.why == "above the first header"
        ]
        body = [
            r for r in rows if r.kind is not RowKind.BLANK and r.why != "above the first header"
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
                or (not has_structure and _heading_like(r.text))
            )
            if not keep:
                r.kind = RowKind.TITLE if not self._document_title() else RowKind.NOTE
        titles = [r for r in rows if r.kind is RowKind.TITLE]
        if self._document_title() or self.builder.plan.title or self._title_taken:
            for r in titles:
                r.kind = RowKind.NOTE
            return
        if titles:
            chosen = next((r for r in titles if PLAN_WORDS.search(r.text)), titles[0])
            for r in titles:
                if r is not chosen:
                    r.kind = RowKind.NOTE
            self._title_taken = True

    def _document_title(self) -> bool:
        return any(
            isinstance(b, Paragraph) and b.level in (0, 1) for b in self.document.blocks
        ) or bool(self.document.title)

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

    def _key_words(self) -> None:
        """Words the plan's own key defines for its RAG column ('1 = Complete'), read as the
        key says unless a rules file says otherwise; each is named in the report."""
        texts = [r.text for r in self.rows if r.kind in (RowKind.KEY, RowKind.NOTE, RowKind.TITLE)]
        texts += [b.text for b in self.document.blocks if isinstance(b, Paragraph)]
        texts += self.builder.plan.notes
        for word, (status, meaning) in key_statuses(texts).items():
            if word in self.rules.statuses or self.builder.statuses.get(word) is status:
                continue
            self.builder.statuses[word] = status
            self.key_read.append(f"'{word}' = {meaning} ({status.value or 'unrated'})")

    def _build(self) -> None:
        builder = self.builder
        plan = builder.plan
        assert self.levels is not None
        for item in self.rows:
            kind = item.kind
            row = item.row
            if kind is RowKind.TITLE:
                if not plan.title:
                    plan.title = item.text
                else:
                    plan.notes.append(item.text)
            elif kind in (RowKind.NOTE, RowKind.KEY) or kind is RowKind.TOTALS:
                if item.why != "page furniture":
                    plan.notes.append(item.text)
            elif kind is RowKind.STRUCTURE:
                level = self.levels.level(item)
                if level == "theme":
                    builder.start_theme(item.text, row.number)
                elif level == "recommendation":
                    builder.start_recommendation(item.text, row.number)
                elif level == "note":
                    plan.notes.append(item.text)
                else:
                    builder.section = item.text
            elif kind is RowKind.ACTION:
                assert item.header is not None
                if row.hidden:
                    continue
                self._refuse_problems(item)
                builder.row(row, item.header)
            elif kind is RowKind.CONTINUATION:
                assert item.header is not None
                if row.hidden:
                    continue
                self._refuse_problems(item)
                builder.continuation(row, item.header)

    def _refuse_problems(self, item: Classified) -> None:
        row = item.row
        for column, problem in sorted(row.problems.items()):
            title = ""
            if item.header is not None and column < len(item.header.titles):
                title = item.header.titles[column]
            name = f"the {title} cell" if title else f"cell {column + 1}"
            if problem == "formula":
                raise PlanError(
                    f"{name} holds a formula with no saved result, so its value is unknown",
                    path=self.builder.where,
                    line=row.number,
                    hint="open the workbook in Excel, let it calculate, save it, and import "
                    "it again",
                )
            raise PlanError(
                f"{name} holds Excel's error value {problem}",
                path=self.builder.where,
                line=row.number,
                hint="correct the formula (or type the value) in Excel, then import again",
            )


def _first_text(grid: Grid) -> str:
    for row in grid.rows:
        for cell in row.cells:
            if cell.strip():
                text = " ".join(cell.split())
                return f"'{text[:40]}…'" if len(text) > 40 else f"'{text}'"
    return "empty"


def parse_table(text: str, path: str = "<table>") -> Plan:
    """Turn the text of an export into a Plan (for tests and scripts)."""
    return _import(path, None, None, None, NO_RULES, text=text)


def _is_own_export(cells: list[str]) -> bool:
    from ..tables.tsv_writer import HEADER

    return [c.strip() for c in cells[: len(HEADER)]] == list(HEADER)


def _heading_like(text: str) -> bool:
    """A line that could head the rows under it: short, not a sentence, not a date or a note,
    not the plan's name ('Help and protection', not 'Updated monthly by the PMO.')."""
    from .values import looks_like_a_month

    return (
        len(text) <= 80
        and not text.rstrip().endswith((".", ":"))
        and not NOTE_LINE.match(text)
        and not PLAN_WORDS.search(text)
        and not any(looks_like_a_month(w) for w in [text])
        and not re.search(r"\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\b(19|20)\d\d\b", text)
    )


def _names_a_part(block: Paragraph) -> bool:
    """A heading, or a short paragraph that starts like one ('Recommendation 1: ...'), names
    the part of the plan in the table after it; other paragraphs are the document's prose."""
    text = block.text
    if block.level is not None:
        return len(text) <= 200
    if NOTE_LINE.match(text) or len(text) > 250:
        return False
    return prefix_class(text) in ("theme", "rec", "num1") or (
        len(text) <= 120 and not text.endswith((".", ":"))
    )
