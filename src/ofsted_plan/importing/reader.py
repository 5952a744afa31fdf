"""The document read into a plan: which tables are the plan and what names each part of it
(parts.py: headings and paragraphs before a table; here: a sheet's heading), the rows
classified (rows.py), the heading rows given their levels (levels.py), and the plan built
from them (builder.py)."""

from __future__ import annotations

import re

from ..errors import PlanError
from ..model import Plan
from .builder import Builder
from .cells import assign_generated_refs, refs_from_action_text
from .classify import own_texts
from .column_checks import refs_of_the_parts
from .documents import Document, Grid, Paragraph, Row
from .header import Vocabulary
from .header_rows import find_headers
from .key_words import key_statuses
from .keys import KEY_ENTRY, fill_pairs, words_then_swatch
from .kinds import Classified, Header, RowKind, TableKind
from .labels import (
    BARE_LABEL,
    CLOSED_SHEET,
    PART_OF,
    kind_of_its_rows,
    label_line_facts,
    labels_one_part,
    parts_name_their_kind,
    parts_of_the_report,
    without_label_line,
)
from .levels import Levels, assign_levels
from .other_columns import unfilled_recommendation
from .paragraphs import (
    shared_labels_dropped,
)
from .parts import DocumentParts, Tables
from .prefixes import prefix_class
from .report_parts import Over, better_named, parts_set_aside
from .rows import RowReader
from .rules import Rules
from .sheet_labels import first_fields, named_like_the_bands, sheet_labels
from .titles import PLAN_WORDS, names_more_fully, without_stamp
from .values import COLOUR_WORDS, STATUS_WORDS, status_key

# 'Workstream progress', 'Priority updates': a report's section over its one table (whose own
# rows name the workstreams), not one workstream.
_REPORT_SECTION = re.compile(
    r"^\w+\s+(?:progress|updates?|summary|overview|position|status|highlights?|report)\s*$",
    re.IGNORECASE,
)

# A key's row as classify.py writes it: 'Behind schedule = Will miss the original date'.
# Colours a key may give a meaning that are no RAG colour: 'grey' = 'Not yet started'.
_SWATCH_COLOURS = frozenset(("grey", "purple"))
_SPACED_ENTRY = re.compile(r"^\s*([A-Z]{1,2}|\d)\s{2,}(\S.{0,80})$")
_KEY_ROW = re.compile(r"^[^=|;]{1,30} = [^=|]+$")


class Reader(RowReader, DocumentParts):
    """Reads one document into a plan; the report's parts are kept for the importer."""

    def __init__(
        self, path: str, document: Document, words: Vocabulary, rules: Rules, said: list[str]
    ) -> None:
        self.path = path
        self.document = document
        self.words = words
        self.rules = rules
        self.said = said
        self.builder = Builder(
            path,
            {**STATUS_WORDS, **rules.statuses},
            rules.month_first,
            rules.refs_by_heading,
            rules.refs_by_recommendation,
        )
        self.rows: list[Classified] = []
        self.tables = Tables()
        self.levels: Levels | None = None
        self._title_taken = False
        self.exact = False  # the tool's own export: read with no guessing
        self.kept_errors: list[str] = []  # error values kept in columns read as no field
        self.key_read: list[str] = []  # words the plan's key defined, for the report
        self.sections: list[str] = []  # a heading over the one table that names no part
        self.prose: list[str] = []  # kept in the notes once the plan is checked
        self.sheet_headings: set[str] = set()  # each sheet's own heading, read as its theme
        self.sheet_captions: set[str] = set()  # a sheet's line naming only it and its kind
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
        parts = self._parts(plan)
        title, first_paragraph, plan_grids = parts.title, parts.first_paragraph, parts.grids
        last_header: Header | None = None
        plan.title = title
        self._one_plan_table(plan_grids)
        kept = shared_labels_dropped(plan_grids)
        plan.notes.extend(  # the headings over every table, naming no part: kept with it
            dict.fromkeys(
                t
                for (_, labels), (_, left) in zip(plan_grids, kept, strict=True)
                for lb in labels
                if lb not in left and (t := lb[1]) not in plan.notes
            )
        )
        plan_grids = kept
        seconds = {labels[1][0] for _, labels in plan_grids if len(labels) == 2}
        if seconds == {9, 10}:  # 'AFI 1: Leaders should ...' in bold under one heading, the
            plan_grids = [  # inspectors' words in a paragraph under another: one level
                (grid, [(9 if lv == 10 and i == 1 else lv, t) for i, (lv, t) in enumerate(lb)])
                for grid, lb in plan_grids
            ]
        named_by_kind: set[str] = set()  # a sheet's part under its kind ('Cause of concern')
        if len(plan_grids) > 1 and self.document.kind == "xlsx":
            plan_grids = sheet_labels(
                plan_grids,
                self.words,
                self.sheet_headings,
                self.sheet_titles,
                self.sheet_captions,
                named_by_kind,
            )
        labelled = {tuple(labels) for _, labels in plan_grids if labels}
        use_labels = (
            len(labelled) >= 2
            or any(  # one heading over the one table: a part where it names one
                prefix_class(text) in ("theme", "rec") and not _REPORT_SECTION.match(text)
                for lb in labelled
                for _, text in lb
            )  # ('Priority 1: Safer streets'), else the document's section
            or (  # a heading between two tables, the first under none, names the part
                not plan_grids[0][1]
                and any(lv < 10 for _, labels in plan_grids[1:] for lv, _ in labels)
            )  # after it ('Additional actions arising from ...'; a page's running line
            # over a table continued is no heading)
            or any(t in named_by_kind for lb in labelled for _, t in lb)  # (its kind over it)
            or (  # a sheet named by its report ('Structured Assessment 2024') beside a
                self.document.kind == "xlsx"  # sheet of bands naming the others: parts alike
                and len(plan_grids) > 1
                and named_like_the_bands(plan_grids, self.words)
            )
        )
        if not use_labels:
            for text in dict.fromkeys(t for lb in labelled for _, t in lb):
                plan.notes.append(text)  # nothing lost: kept with the plan, and said
                self.sections.append(text)
        self.builder.where = plan_grids[0][0].path
        shown: list[tuple[int, str]] = []
        in_force: dict[int, int] = {}  # a table's row -> how many headings stand over it
        over: Over = {}  # ... and which they are
        if prompt := self.prompts_set_aside([grid for grid, _ in plan_grids]):
            plan.notes.append(prompt)  # the form's words over every table, kept once
        for grid, labels in plan_grids:
            first = grid.rows[0] if grid.rows else Row(0, [])
            if labels == shown:
                labels = []  # the same part of the plan, continued in another table
            else:
                shown = labels
            if len(labels) >= 3 and BARE_LABEL.match(PART_OF.sub("", labels[0][1])):
                labels = labels[1:]  # 'Section A: Areas for priority action' over 'Priority 1:
                # ...' and its words: the kind of the parts under it, not a third level
            parted = bool(labels) and _parts_by_whose(labels[-1], plan_grids)
            if (
                labels
                and not parted
                and labels_one_part(labels[-1][1])
                and _names_its_part(grid, self.words)
            ):
                plan.notes.append(labels[-1][1])  # 'Area for improvement 1' over a table
                labels = labels[:-1]  # whose first row, merged over its header, gives the
                # area's words: they name the part (the label kept, never lost)
            if (
                labels
                and (
                    _MUST_OR_SHOULD.match(labels[-1][1])
                    or (
                        _MUST_OR_SHOULD.match(grid.name or "")
                        and _KIND_SAID_TWICE.match(labels[-1][1])
                    )
                )
                and "recommendation" in first_fields(grid, self.words)
            ):
                self.rows.append(  # 'Should do' over a table whose 'What CQC said we should
                    Classified(first, RowKind.NOTE, None, labels[-1][1], why="part of the report")
                )  # do' column gives each row's finding: the kind, kept as a note, ends
                labels = labels[:-1]  # the part before (the table goes on under no heading)
            if (
                labels
                and not parted
                and kind_of_its_rows(labels[-1][1], [r.cells for r in grid.rows])
                and (  # (beside 'Cause of concern 2' over the table before, at its level,
                    parts_name_their_kind(labels[-1][1], [r.cells for r in grid.rows])
                    or not any(  # its rows' 'AFI 1' only their refs: a part of its own)
                        lv == labels[-1][0]
                        and not kind_of_its_rows(text, [r.cells for r in other.rows])
                        for other, others in plan_grids
                        if other is not grid
                        for lv, text in others
                    )
                )
            ):  # 'Areas for improvement' over 'AFI 1 – ...': each part names its kind
                plan.notes.append(labels[-1][1])
                labels = labels[:-1]
            for level, text in labels if use_labels else ():
                self.rows.append(
                    Classified(first, RowKind.STRUCTURE, None, text, level - 100, why="heading")
                )
            start = len(self.rows)
            self._classify(grid, last_header)
            in_force.update((id(r), len(shown)) for r in self.rows[start:])
            over.update((id(r), set(shown)) for r in self.rows[start:])
            last_header = next(
                (c.header for c in reversed(self.rows) if c.header is not None), last_header
            )
        if use_labels and not self.exact:
            use_labels = parts_set_aside(self.rows, in_force, over)
        if not self.exact:
            unfilled_recommendation(self.rows)  # a column only titling the bands above
        self.levels = assign_levels(
            self.rows, self.path, use_labels, self.exact, in_force if use_labels else None
        )
        if not self.exact:
            self._key_words()
            refs_of_the_parts(self.rows)  # before a ref used twice is refused
        self._build()
        if not plan.title:  # no heading or line of the table names it: a paragraph, a cover
            says_plan = PLAN_WORDS.search(first_paragraph) if first_paragraph else None
            plan.title = (
                first_paragraph if says_plan or not self.document.title else self.document.title
            )
            named = [t for t in self.sections if PLAN_WORDS.search(t)]
            if not plan.title and len(plan_grids) > 1 and len(named) == 1:
                plan.title = named[0]  # '... Domestic Homicide Review – Action Plan' over the
                plan.notes.remove(named[0])  # first of its sheets: no other line names it
                self.sections.remove(named[0])
        elif self.document.cover and (
            len(plan_grids) > 1  # a cover before a sheet a theme
            or names_more_fully(self.document.cover, plan.title)
            or (plan.title.endswith(".") and len(plan.title.split()) >= 8)  # a sheet's note
            or (PLAN_WORDS.search(self.document.cover) and not PLAN_WORDS.search(plan.title))
        ):  # 'Suffolk County Council – ILACS Plan 2024–2026' over 'ILACS Plan 2024–2026'
            if plan.title not in plan.notes and plan.title != self.document.cover:
                plan.notes.append(plan.title)  # the sheet's own line, kept
            plan.title = self.document.cover
        elif (caption := better_named(plan.title, self._captions())) is not None:
            plan.notes.remove(caption)  # the first sheet's caption naming the plan, over a
            plan.notes.append(plan.title)  # meeting's line read as the title: the title
            plan.title = caption
        if (
            first_paragraph
            and first_paragraph.casefold() not in plan.title.casefold()
            and first_paragraph not in plan.notes
        ):  # 'Broadfield Primary School' over the heading naming the plan: kept with it
            self.prose.insert(0, first_paragraph)  # (the title says 'Improvement plan')
        plan.title, stamp = without_stamp(plan.title)
        if stamp:
            plan.notes.append(stamp)  # 'Updated 14 January 2025': kept with the plan
        reading = self.builder.reading
        reading.refs_in_text = refs_from_action_text(plan)
        if reading.refs_in_text and reading.merged_refs:  # the merged numbers were the
            reading.merged_refs.clear()  # recommendations': each action's own is in its text
            reading.refs_beside_numbers = True
        assign_generated_refs(plan)
        return plan

    def _captions(self) -> list[str]:
        """The headings over the tables kept as notes, in order: no part of the plan."""
        parts = [r.text for r in self.rows if r.why == "part of the report"]
        return [t for t in dict.fromkeys(parts + self.sections) if t in self.builder.plan.notes]

    def _one_plan_table(self, grids: list[tuple[Grid, list[tuple[int, str]]]]) -> None:
        """Tables that each look like the plan but name different columns for its core (the
        action, end, status, lead) are two plans, or two versions of one: a person asks
        which before reading either."""
        core = {"action", "end", "status", "lead", "ref"}
        seen: list[tuple[frozenset[str], Grid, int]] = []
        for grid, _ in grids:
            headers = find_headers(grid, self.words)
            if not headers:
                continue  # the plan continued
            index = min(headers)
            fields = frozenset(c.field for c in headers[index].values()) & core
            closed = seen and any(CLOSED_SHEET.match(g.name or "") for g in (grid, seen[0][1]))
            loose = {"ref", "end", "status"} if closed else {"ref"}  # closed: the date closed
            if seen and "status" in fields and "status" not in seen[0][0]:
                loose |= {"status"}  # this year's recommendations, not yet rated, before
                # last year's followed up with their status: one plan (a rated table before
                # an unrated one is the plan twice, the second a draft)
            if seen and fields - loose != seen[0][0] - loose:  # (a part's actions with
                # no numbers, 'Areas where the practice should improve', are the same plan)
                _, first, first_index = seen[0]
                raise PlanError(
                    f"two tables look like the plan with different columns: {first.where} "
                    f"(line {first.rows[first_index].number}) and {grid.where}; a person cannot "
                    "tell which is the plan",
                    path=self.path,
                    line=grid.rows[index].number,
                    hint="save the plan's table on its own (or delete the other) and import that",
                )
            seen.append((fields, grid, index))

    def _key_words(self) -> None:
        """Words the plan's own key defines for its RAG column ('1 = Complete'), read as the
        key says unless a rules file says otherwise; each is named in the report."""
        texts = [r.text for r in self.rows if r.kind in (RowKind.KEY, RowKind.NOTE, RowKind.TITLE)]
        texts += [  # 'Status key:' | 'Implemented (Blue) – complete' | ...: a cell an entry
            " | ".join(t for _, t in own_texts(r.row)) for r in self.rows if r.kind is RowKind.KEY
        ]
        texts += [b.text for b in self.document.blocks if isinstance(b, Paragraph)]
        texts += self.builder.plan.notes
        texts += [  # a key line printed again on each sheet, as page furniture is
            " ".join(t for _, t in own_texts(r.row)) for r in self.rows if r.why == "page furniture"
        ]
        # A key laid out as a table, a row a word: '1 | Not started', 'Blue | Complete'.
        pairs = [
            f"{t[0][1]} = {t[1][1]}"
            for r in self.rows
            if r.kind in (RowKind.KEY, RowKind.NOTE)
            and len(t := own_texts(r.row)) == 2
            and (len(t[0][1]) <= 3 or KEY_ENTRY.match(t[1][1]))  # '1', 'B', '✔', or a word
        ]  # its colour defines ('Revised date | Amber – target revised'): not a label and value
        for r in self.rows:  # 'Behind schedule' typed in an amber cell under 'Status key'
            if r.kind is RowKind.KEY and len(own_texts(r.row)) == 1:
                swatches = fill_pairs(r.row)
            elif r.kind in (RowKind.KEY, RowKind.NOTE):  # 'Not yet due to start' | a grey
                swatches = words_then_swatch(r.row)  # cell: the meaning left of its swatch
            else:
                continue
            for colour, _, word in (p.partition(" = ") for p in swatches):
                if word and colour in COLOUR_WORDS:
                    pairs.append(f"{word} = {colour}")
                elif word and colour in _SWATCH_COLOURS:  # a grey swatch beside 'Not yet
                    pairs.append(f"{colour} = {word}")  # started': what grey cells mean
        pairs += [  # 'Delayed | Due date will be missed' beside its count (classify.py)
            r.text for r in self.rows if r.kind is RowKind.KEY and _KEY_ROW.match(r.text)
        ]
        pairs += [
            n.replace(" | ", " = ", 1) for n in self.builder.plan.notes if n.count(" | ") == 1
        ]
        pairs += [  # a key sheet kept as one note: '...; Behind schedule | Amber – some
            entry.replace(" | ", " = ", 1)  # slippage, target date at risk; ...': a word and
            for n in self.builder.plan.notes  # its colour, entry by entry
            for entry in n.split("; ")
            if entry.count(" | ") == 1 and KEY_ENTRY.match(entry.partition(" | ")[2])
        ]
        pairs += [  # 'RAG key' over '  C  Complete' lines: a letter, spaces, its meaning
            f"{m[1]} = {m[2]}" for t in texts if (m := _SPACED_ENTRY.match(t))
        ]
        texts.append("; ".join(pairs))
        found = key_statuses(texts)
        for n in self.builder.plan.notes:  # 'Blue | Evidenced and assured | Action delivered
            parts = n.split(" | ")  # and ...': a key's colour, the status words it stands
            colour = parts[0].strip().lower()  # for (commas and all), then what it means
            if len(parts) >= 3 and colour in COLOUR_WORDS and len(parts[1]) <= 60:
                found[status_key(parts[1])] = (COLOUR_WORDS[colour], parts[0].strip())
        for word, (status, meaning) in found.items():
            if word in self.rules.statuses or self.builder.statuses.get(word) is status:
                continue
            self.builder.statuses[word] = status
            self.builder.status_memo.clear()
            self.key_read.append(f"'{word}' = {meaning} ({status.value or 'unrated'})")

    def _build(self) -> None:
        builder = self.builder
        plan = builder.plan
        assert self.levels is not None
        sheet, named, moved = "", False, False  # the sheet read, a heading opened on it, and
        for item in self.rows:  # whether it follows another
            kind = item.kind
            row = item.row
            if row.where != sheet:
                sheet, named, moved = row.where, False, bool(sheet)
            if kind is RowKind.HEADER and moved and not named and builder.theme is not None:
                builder.close_parts()  # a sheet with no heading of its own ('Closed actions'
                moved = False  # after a log's meetings): under none of the last sheet's
            if kind is RowKind.STRUCTURE:
                named = True
            if kind is RowKind.TITLE:
                if not plan.title:
                    plan.title = item.text
                else:
                    plan.notes.append(item.text)
            elif kind in (RowKind.NOTE, RowKind.KEY) or kind is RowKind.TOTALS:
                if item.why != "page furniture":
                    plan.notes.append(item.text)
                if item.why == "part of the report":  # the parts under the last end with it
                    builder.close_parts()
            elif kind is RowKind.STRUCTURE:
                level = self.levels.level(item)
                text = without_label_line(item.text)  # 'Requirement 1' over its words
                if labelled := label_line_facts(item.text):
                    plan.notes.append(labelled)  # ('Ref: Regulation 13 (d)' beside the label)
                label = (
                    row.cells[item.column]
                    if item.why == "labelled"
                    else own_texts(row)[0][1]
                    if item.why == "labelled above the first header"
                    else ""
                )
                if "\n" in label.strip():  # 'Area for improvement 1' over 'Ref: Regulation
                    plan.notes.append(" | ".join(filter(None, map(str.strip, label.splitlines()))))
                facts = [  # 'AFI 1' | its words | 'Ref: ...' and 'Stated: ...' in a cell of
                    line.strip()  # their own, or a cell each: the facts kept, as one note
                    for i, t in own_texts(row)
                    if item.why == "labelled"
                    and i != item.column
                    and t != item.text
                    and not labels_one_part(t.strip())  # (not the label itself: 'AFI 1')
                    for line in t.splitlines()
                    if line.strip()
                ]
                if facts:
                    plan.notes.append(" | ".join(facts))
                if level == "theme":
                    builder.start_theme(text, row.number)
                elif level == "recommendation":
                    theme = _own_theme(item)  # 'Preventing fire ...' merged down beside 'AFI
                    if theme and (builder.theme is None or builder.theme.title != theme):
                        builder.start_theme(theme, row.number)  # 1': the theme opens here
                    builder.start_recommendation(text, row.number)
                elif level == "note":
                    plan.notes.append(item.text)
                else:
                    builder.open_section(item.text)
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
                into = item.why[len("labelled: ") :] if item.why.startswith("labelled: ") else None
                builder.continuation(row, item.header, into, item.text)

    def _refuse_problems(self, item: Classified) -> None:
        """A formula with no saved value, or an Excel error value, in a cell of the plan's
        fields is refused: its value is unknown. In another column the cell is kept as Excel
        shows it ('#REF!') and the report names it."""
        row = item.row
        for column, problem in sorted(row.problems.items()):
            title = ""
            if item.header is not None and column < len(item.header.titles):
                title = item.header.titles[column]
            if item.header is not None and column not in item.header.fields:
                if problem != "formula":
                    row.cells[column] = problem
                self.kept_errors.append(f"'{title or column + 1}' line {row.number} ({problem})")
                continue
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


# 'Should do', 'Must do improvements': the kind of finding alone (not 'Areas where the
# practice should improve', the report's own section, which its authors read as a part).
_MUST_OR_SHOULD = re.compile(
    r"^(?:must|should)[\s-]+dos?(?:\s+(?:actions|improvements))?\s*:?$", re.IGNORECASE
)
# 'Should do – areas for improvement' on the sheet 'Should do': the kind, said twice (a
# heading so worded beside 'Must do 1 – Regulation 12: ...' in a document is a part).
_KIND_SAID_TWICE = re.compile(
    r"^(?:must|should)[\s-]+dos?\s+[–-]\s+(?:areas?\s+for\s+improvement|recommendations)$",
    re.IGNORECASE,
)


def _names_its_part(grid: Grid, words: Vocabulary) -> bool:
    """The table's first row is one text merged across it, right over its header."""
    headers = find_headers(grid, words)
    return (
        bool(headers)
        and min(headers) == 1
        and len(texts := own_texts(grid.rows[0])) == 1
        and grid.rows[0].spans.get(texts[0][0], 1) > 1
    )


def _first_text(grid: Grid) -> str:
    for row in grid.rows:
        for cell in row.cells:
            if cell.strip():
                text = " ".join(cell.split())
                return f"'{text[:40]}…'" if len(text) > 40 else f"'{text}'"
    return "empty"


def _own_theme(item: Classified) -> str:
    """The theme column's cell in a heading row read as a recommendation: where the theme
    starts (a tracker's 'AFI 1' row beside the inspection area merged down)."""
    column = item.header.column("theme") if item.header is not None else None
    if column is None or column >= len(item.row.cells) or column == item.column:
        return ""
    return item.row.cells[column].strip()


def _parts_by_whose(
    label: tuple[int, str], plan_grids: list[tuple[Grid, list[tuple[int, str]]]]
) -> bool:
    """'Regional areas for improvement' over some tables, 'ROCU areas for improvement' over
    the rest: the kind of parts, said of whom, and two or more such: they part the plan (not
    'Areas for improvement' alone, the kind the parts under it name again)."""
    level, text = label
    at_level = {t for _, labels in plan_grids for lv, t in labels if lv == level}
    return (
        len(at_level) >= 2
        and not parts_of_the_report([text])
        and all(_KIND_OF_WHOM.match(t) for t in at_level)
    )


# A kind of parts said of whom: 'Regional areas for improvement', 'ROCU recommendations'.
_KIND_OF_WHOM = re.compile(
    r"^[\w&'’-]+(?:\s+[\w&'’-]+)?\s+(?:areas?\s+for\s+improvement|recommendations|"
    r"causes?\s+of\s+concern|requirements)$",
    re.IGNORECASE,
)
