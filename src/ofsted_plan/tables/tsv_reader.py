"""Read the council's own plan table, exported from Word or Excel as tab-separated text.

The export is a report, not a database table: a title line, a theme row before each
section, the header row repeated (and spelled differently) in each section, blank lines,
and rows whose empty first cell continues the recommendation above. Every cell is kept.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping
from itertools import zip_longest
from pathlib import Path

from ..errors import PlanError
from ..model import Action, Month, Plan, Recommendation, Status, Theme, parse_initials
from .header import (
    HEADER_NAMES,
    KEY_LINE,
    SPACES,
    VOCABULARY,
    Vocabulary,
    describe_header,
    header_map,
    header_width,
    one_column_each,
    sub_header,
)
from .values import STATUS_WORDS


def read_rows(text: str, path: str, delimiter: str = "\t") -> list[tuple[int, list[str]]]:
    """Split the export into (first line number, cells) records, keeping quoted line breaks.

    A quote left open would swallow the rows after it into one cell; such a record is
    refused rather than silently merging rows.
    """
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows: list[tuple[int, list[str]]] = []
    line = 1
    try:
        for cells in reader:
            end = reader.line_num
            if end > line and any("\n" in c and c.count(delimiter) >= 3 for c in cells):
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
        if "unexpected end of data" in str(exc):
            problem, hint = "a quote opened here is never closed", "remove the stray quote mark"
        else:
            problem = f"a quoted cell is not closed properly ({exc})"
            hint = 'a cell starting with a quote must end with it; write "" for a quote inside'
        raise PlanError(problem, path=path, line=line, hint=hint) from None
    return rows


def decode(data: bytes, path: str) -> str:
    """Decode an export: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252.

    Excel saves "Unicode Text" as UTF-16 with a BOM and "Text (Tab delimited)" as
    Windows-1252; anything that is valid UTF-8 is taken as UTF-8.
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
        encoding = "utf-16"
    elif data.startswith(b"\xef\xbb\xbf"):
        encoding = "utf-8-sig"
    elif b"\x00" in data:
        raise PlanError(
            "the file holds NUL bytes, so it is not a text table",
            path=path,
            line=data[: data.index(b"\x00")].count(b"\n") + 1,
            hint="if it is UTF-16 without a byte-order mark, save it from Excel as Unicode Text",
        )
    else:
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            encoding = "cp1252"
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        if encoding == "utf-16":
            line = data[: exc.start].decode(encoding, "replace").count("\n") + 1
        else:
            line = data[: exc.start].count(b"\n") + 1
        raise PlanError(
            f"byte 0x{data[exc.start]:02x} is not valid {encoding} text",
            path=path,
            line=line,
            hint="save the table as UTF-8 or Unicode text and import it again",
        ) from None


def import_table(
    path: str | Path,
    *,
    sheet: str | None = None,
    report: list[str] | None = None,
    details: list[str] | None = None,
    rules: str | None = None,
) -> Plan:
    """Read a council's plan table into a Plan: text (tab, comma or semicolon separated), an
    Excel workbook (`sheet`, else the one sheet that looks like a plan) or a Word document.
    `report` receives a line for each reading a person should see (status words, dates);
    `details`, how the table was read, row by row (`plan import --explain`). `rules` is a
    rules file (tables/rules.py); else one found next to the table is used."""
    from .rules import NO_RULES, beside, read_rules
    from .sources import docx_rows, file_kind, xlsx_rows

    path = str(path)
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise PlanError(f"cannot read the file: {exc.strerror}", path=path) from None
    kind = file_kind(data)
    rules_path = rules or beside(path)
    found = read_rules(rules_path) if rules_path else NO_RULES
    if details is not None and rules_path:
        details.append(f"Rules: {rules_path}.")
    sheet = sheet or found.sheet
    words = Vocabulary.of({**HEADER_NAMES, **found.columns})

    def read(rows: list[tuple[int, list[str]]], where: str) -> Plan:
        kept = [(n, cells) for n, cells in rows if n not in found.skip]
        if details is not None and found.skip:
            skipped = ", ".join(str(n) for n in sorted(found.skip))
            details.append(f"Rows skipped by the rules: {skipped}.")
        statuses = {**STATUS_WORDS, **found.statuses}
        return parse_rows(kept, where, report, details, words, statuses, found.month_first, colours)

    colours: dict[tuple[int, int], str] = {}

    if sheet is not None and kind != "xlsx":
        raise PlanError("--sheet is for Excel workbooks (.xlsx)", path=path)
    if kind == "xlsx":
        rows, name = xlsx_rows(data, path, sheet, lambda rows: header_width(rows, words), colours)
        if details is not None:
            details.append(f"Read as: an Excel workbook, sheet {name!r}; rows as numbered there.")
        return read(rows, f"{path}[{name}]" if name else path)
    if kind == "docx":
        if details is not None:
            details.append("Read as: a Word document's tables; rows numbered from the first.")
        return read(docx_rows(data, path), path)
    return read(text_table_rows(decode(data, path), path, details, words), path)


def text_table_rows(
    text: str, path: str, details: list[str] | None, words: Vocabulary = VOCABULARY
) -> list[tuple[int, list[str]]]:
    """The numbered rows of a text table; the delimiter (tab, comma or semicolon) is the one
    that gives a header row."""
    from .sources import DELIMITER_NAMES, text_rows

    if not text.strip():
        raise PlanError("the file is empty", path=path, hint="export the plan table again")
    rows, delimiter = text_rows(text, path, read_rows, lambda rows: header_width(rows, words))
    if details is not None:
        details.append(
            f"Read as: text separated by {DELIMITER_NAMES[delimiter]}; lines as numbered."
        )
    return rows


def parse_table(text: str, path: str = "<table>") -> Plan:
    """Turn the text of an export into a Plan (see the module docstring for the layout)."""
    return parse_rows(text_table_rows(text, path, None), path)


def parse_rows(
    raw: list[tuple[int, list[str]]],
    path: str,
    report: list[str] | None = None,
    details: list[str] | None = None,
    words: Vocabulary = VOCABULARY,
    statuses: Mapping[str, Status] = STATUS_WORDS,
    month_first: bool = False,
    colours: Mapping[tuple[int, int], str] | None = None,
) -> Plan:
    """Turn numbered rows of cells (from any kind of file) into a Plan. `colours`: the fills
    of empty cells in a workbook, for a RAG column shown by colour alone."""
    said: list[str] = details if details is not None else []
    if not any(any(c.strip() for c in cells) for _, cells in raw):
        raise PlanError("the file is empty", path=path, hint="export the plan table again")
    rows = [(line, [c.strip() for c in cells]) for line, cells in raw]
    rows = [(line, cells) for line, cells in rows if any(cells)]
    builder = _Builder(path, statuses, month_first)
    builder.colours = colours or {}
    header: dict[int, str] | None = None
    header_cells: list[str] = []
    sectioned = False  # themes come as rows above (repeated) headers, as in the seed
    sub_headers: set[int] = set()  # second rows of two-row headers
    dividers: list[int] = []  # lines of lone rows read as theme dividers
    maps = [header_map(cells, words) for _, cells in rows]  # each row's header reading, once
    for index, (line, cells) in enumerate(rows):
        if index in sub_headers:
            continue
        new_header = maps[index]
        if new_header is not None:
            below = rows[index + 1][1] if index + 1 < len(rows) else []
            merged = sub_header(new_header, cells, below, words)
            if merged is not None:  # a two-row header: 'Timescale' over 'Start' and 'End'
                new_header, cells = (
                    merged,
                    [b or c for c, b in zip_longest(cells, below, fillvalue="")],
                )
                sub_headers.add(index + 1)
            one_column_each(new_header, cells, path, line)
            if details is not None:
                said.append(
                    f"Line {line}: the header row again, the same columns."
                    if new_header == header
                    else describe_header(line, new_header, cells, header is None)
                )
            header, header_cells = new_header, cells
            continue
        next_is_header = index + 1 < len(rows) and maps[index + 1] is not None
        only_first = bool(cells[0]) and not any(cells[1:])
        # Above the first header, the first line is the title and a key ("BRAG key: ...") a
        # note, even right above the header: never taken for a theme.
        title_or_key = header is None and (
            (not builder.plan.title and not builder.plan.notes) or bool(KEY_LINE.match(cells[0]))
        )
        if next_is_header and only_first and not title_or_key:
            builder.start_theme(cells[0], line)
            sectioned = True
            if details is not None:
                said.append(f"Line {line}: a theme row, '{cells[0]}'.")
        elif only_first and header is not None and not sectioned and "theme" not in header.values():
            # No theme rows above the header: a lone row in the body divides the themes.
            builder.start_theme(cells[0], line)
            dividers.append(line)
            if details is not None:
                said.append(f"Line {line}: a theme row dividing the table, '{cells[0]}'.")
        elif header is None:
            builder.preamble(cells, line)
            if details is not None:
                said.append(f"Line {line}: above the first header, kept as the title or a note.")
        else:
            builder.row(line, cells, header, header_cells)
    if header is None:
        hint = (
            "this is already a plan (YAML): read it with -p, e.g. plan list -p FILE"
            if path.lower().endswith((".yaml", ".yml"))
            else "the table needs a row with column titles such as Recommendations, Ref, "
            "Action, Start, End, Lead officer, RAG status; a rules file can name others "
            "(column TITLE = action ...; see the README)"
        )
        raise PlanError("no header row found", path=path, hint=hint)
    plan = builder.plan
    assign_generated_refs(plan)
    if report is not None and builder.undated:
        kept = ", ".join(f"'{w}' ({n})" for w, n in builder.undated.items())
        report.append(f"End cells that are not months, kept as written with no end month: {kept}.")
    if report is not None and builder.coloured:
        read = ", ".join(f"{colour} ({n})" for colour, n in builder.coloured.items())
        report.append(f"RAG read from the colour of cells with no text: {read}.")
    if report is not None and builder.headings:
        lines = ", ".join(str(n) for n in builder.headings[:8])
        report.append(
            f"Rows read as headings over the actions numbered under them (kept with each as "
            f"'Heading'): lines {lines}."
        )
    if report is not None and dividers:
        shown = ", ".join(str(n) for n in dividers[:8]) + (" ..." if len(dividers) > 8 else "")
        report.append(f"Rows read as themes dividing the table: lines {shown}.")
    if report is not None and builder.status_words:
        read = ", ".join(
            f"'{word}' -> {status.value or 'unrated'} ({count})"
            for word, (status, count) in builder.status_words.items()
        )
        report.append(f"Status words read: {read}.")
    if report is not None:
        for kind, how in (
            ("date", "Dates read as their month"),
            ("quarter", "Financial quarters read as their last month"),
        ):
            read_as = builder.dates.get(kind, {})
            if read_as:
                shown = ", ".join(
                    f"'{cell}' -> {month}" for cell, month in list(read_as.items())[:5]
                )
                more = f" and {len(read_as) - 5} more" if len(read_as) > 5 else ""
                report.append(f"{how}: {shown}{more}.")
    return plan


# 03/31/2019 when a rules file says dates are month first: read as 31/03/2019.
_MONTH_FIRST = re.compile(r"^\s*(\d{1,2})([/.\-])(\d{1,2})\2(\d{2}|\d{4})\s*$")


def _under(ref: str, head: str) -> bool:
    """Whether a ref is numbered under another: 1.1.1 and 1.1a under 1.1, not 1.10."""
    return ref.startswith(head) and len(ref) > len(head) and not ref[len(head)].isdigit()


# 'Mar-18 (revised Jun-18)': the revised month is the end; the words are kept.
_REVISED = re.compile(r"(.*?)\s*\(\s*(?:revised|rev\.|now|moved to)\s*:?\s*(.+?)\s*\)", re.I)
# What looks like a month or a date mistyped, and is refused rather than kept as words.
_MONTH_LIKE = re.compile(r"[A-Za-z]{3,9}\.?[\s\-/']*\d{2,4}")
_DATE_LIKE = re.compile(r"\d{1,4}\s*[/.\-]\s*\d{1,2}")


class _Builder:
    """Accumulates themes, recommendations and actions as rows arrive."""

    def __init__(
        self, path: str, statuses: Mapping[str, Status] = STATUS_WORDS, month_first: bool = False
    ) -> None:
        self.path = path
        self.statuses = statuses
        self.month_first = month_first  # a rules file said dates are 03/31/2019
        self.colours: Mapping[tuple[int, int], str] = {}  # empty coloured cells of a workbook
        self.coloured: dict[str, int] = {}  # RAG read from a colour: times
        self.plan = Plan(path=path)
        self.themes: dict[str, Theme] = {}
        self.theme: Theme | None = None
        self.recommendation: Recommendation | None = None
        self.refs: dict[str, int] = {}
        self.status_words: dict[str, tuple[Status, int]] = {}  # council word -> RAG, times
        self.dates: dict[str, dict[str, Month]] = {}  # 'date'/'quarter' -> cell -> month
        self.pending_heading: tuple[int, str, bool] | None = None  # line, ref, nothing else
        self.heading: tuple[str, str] | None = None  # the heading's ref, and its ref and text
        self.headings: list[int] = []  # lines of rows read as headings
        self.undated: dict[str, int] = {}  # end cells that are words, not months: times

    def preamble(self, cells: list[str], line: int) -> None:
        text = "\t".join(cells).strip("\t")
        if not self.plan.title and len([c for c in cells if c]) == 1:
            self.plan.title = text
        else:
            self.plan.notes.append(text)

    def start_theme(self, title: str, line: int) -> None:
        theme = self.themes.get(title)
        if theme is None:
            theme = self.themes[title] = Theme(title, line=line)
            self.plan.themes.append(theme)
        self.theme = theme
        self.recommendation = None

    def row(self, line: int, cells: list[str], header: dict[int, str], titles: list[str]) -> None:
        values: dict[str, str] = {}
        extra: dict[str, str] = {}
        for i, cell in enumerate(cells):
            name = header.get(i)
            if name is not None:
                values[name] = cell
            elif cell:
                title = titles[i].rstrip(":").strip() if i < len(titles) else ""
                extra[title or f"Column {i + 1}"] = cell
        status_column = next((i for i, f in header.items() if f == "status"), None)
        fill = self.colours.get((line, status_column)) if status_column is not None else None
        if fill and not values.get("status"):
            from .sources import rag_of

            colour = rag_of(fill)
            if colour is None:
                raise PlanError(
                    f"the RAG cell is empty but coloured (#{fill}), a colour that is not red, "
                    "amber, green or blue",
                    path=self.path,
                    line=line,
                    hint="type the status in the cell (Red, Amber, Green, Blue) or clear it",
                )
            values["status"] = colour
            self.coloured[colour] = self.coloured.get(colour, 0) + 1
        theme = values.pop("theme", None)
        if theme:  # a flat table: each row names its theme
            if self.theme is None or self.theme.title != theme:
                self.start_theme(theme, line)
        elif theme is not None and self.theme is None:
            raise PlanError(
                "this row's Theme cell is empty and no theme came before it",
                path=self.path,
                line=line,
                hint="fill in the Theme cell of this row",
            )
        if self.theme is None:
            self.start_theme("", line)
        assert self.theme is not None
        rec_text = values.get("recommendation", "")
        if "recommendation" not in header.values():  # no such column: the theme groups
            if self.recommendation is None:
                self.recommendation = self._recommendation("", line)
        elif rec_text:
            self.recommendation = self._recommendation(rec_text, line)
        elif self.recommendation is None:
            column = next((i for i, f in header.items() if f == "recommendation"), None)
            title = titles[column].rstrip(":").strip() if column is not None else ""
            raise PlanError(
                "this action has no recommendation above it in its theme",
                path=self.path,
                line=line,
                hint=f"fill in the {title or 'Recommendations'} cell of this row",
            )
        self._heading_check(line, values, extra)
        has_action = extra or any(v for k, v in values.items() if k != "recommendation")
        if rec_text and not has_action:
            return  # a recommendation with no actions yet
        self.recommendation.actions.append(self._action(line, values, extra))

    def _heading_check(self, line: int, values: dict[str, str], extra: dict[str, str]) -> None:
        """Rows numbered under a heading row (1.1 over 1.1.1, 1.1.2a): the heading, a row with
        a ref and text but nothing else, is not an action. It is taken back out of the
        actions, and its ref and text go with each action under it as extra 'Heading'. A
        row like it with other cells filled is refused: its cells would have nowhere to go."""
        ref = values.get("ref", "")
        if self.heading is not None and not _under(ref, self.heading[0]):
            self.heading = None
        if self.pending_heading is not None:
            head_line, head_ref, bare = self.pending_heading
            self.pending_heading = None
            if _under(ref, head_ref):
                if not bare:
                    raise PlanError(
                        f"the row with ref {head_ref} has no lead, dates or status and the rows "
                        f"after it ({ref} ...) are numbered under it, but it has other cells: "
                        "it is neither an action nor a heading",
                        path=self.path,
                        line=head_line,
                        hint="move its other cells onto the actions under it, or give it a "
                        "lead and an end month if it is an action",
                    )
                assert self.recommendation is not None
                heading = self.recommendation.actions.pop()
                self.refs.pop(head_ref, None)
                self.heading = (head_ref, f"{head_ref} {heading.action}".strip())
                self.headings.append(head_line)
        if self.heading is not None:
            extra["Heading"] = self.heading[1]
        empty = not any(values.get(k) for k in ("lead", "start", "end", "status", "dlt"))
        if ref and empty:
            bare = not extra and not any(
                values.get(k) for k in ("measure", "comments") if k in values
            )
            self.pending_heading = (line, ref, bare)

    def _recommendation(self, text: str, line: int) -> Recommendation:
        assert self.theme is not None
        for rec in self.theme.recommendations:
            if rec.text == text:
                return rec
        rec = Recommendation(text, line=line)
        self.theme.recommendations.append(rec)
        return rec

    def _action(self, line: int, values: dict[str, str], extra: dict[str, str]) -> Action:
        ref = values.get("ref", "")
        if ref:
            if ref in self.refs:
                raise PlanError(
                    f"ref {ref} is used twice (first on line {self.refs[ref]})",
                    path=self.path,
                    line=line,
                    hint="give each action its own ref",
                )
            self.refs[ref] = line
        start = self._month(values.get("start", ""), "Start", line)
        end, end_text = self._end(values.get("end", ""), line)
        if start and end and end < start:
            raise PlanError(
                f"the End month ({values['end']}) is before the Start month ({values['start']})",
                path=self.path,
                line=line,
                hint="swap them, or correct the month in the table",
            )
        return Action(
            ref=ref,
            action=values.get("action", ""),
            start=start,
            end=end,
            end_text=end_text,
            measure=values.get("measure", ""),
            lead=parse_initials(values.get("lead", "")),
            dlt=parse_initials(values.get("dlt", "")),
            comments=values.get("comments", ""),
            status=self._status(values.get("status", ""), line),
            extra=extra,
            line=line,
        )

    def _end(self, text: str, line: int) -> tuple[Month | None, str]:
        """The end month and, when the cell is more than a month, its words: 'Ongoing' or
        'TBC' give no end month (never a guess); 'Mar-18 (revised Jun-18)' the revised one."""
        revised = _REVISED.fullmatch(text)
        if revised:
            return self._month(revised[2], "End", line), text
        try:
            return self._month(text, "End", line), ""
        except PlanError:
            if _MONTH_LIKE.fullmatch(text) or _DATE_LIKE.search(text):
                raise  # a month or date mistyped (Febuary-17, 31/02/2018): say so
        self.undated[text] = self.undated.get(text, 0) + 1
        return None, text

    def _month(self, text: str, column: str, line: int) -> Month | None:
        if not text:
            return None
        if self.month_first:
            text = _MONTH_FIRST.sub(r"\3\2\1\2\4", text)
        try:
            month = Month.from_cell(text)
        except ValueError as exc:
            raise PlanError(
                f"{column} month: {exc}",
                path=self.path,
                line=line,
                hint="a date (31/03/2018) or a quarter (Q4 2017/18) is read as its month; "
                "words such as Ongoing or TBC are not months",
            ) from None
        kind = Month.how_read(text)
        if kind:
            self.dates.setdefault(kind, {}).setdefault(text, month)
        return month

    def _status(self, text: str, line: int) -> Status:
        """The RAG status of a cell: the colour, its letter, or a word councils use for one
        (each such word is named in the import's report)."""
        key = SPACES.sub(" ", text.strip().rstrip(".").strip()).casefold()
        if key in self.statuses:
            status = self.statuses[key]
            if key != status.value:
                _, count = self.status_words.get(text.strip(), (status, 0))
                self.status_words[text.strip()] = (status, count + 1)
            return status
        try:
            return Status.parse(text)
        except ValueError:
            raise PlanError(
                f"unknown RAG status {text.strip()!r}",
                path=self.path,
                line=line,
                hint="use red, amber, green or blue (blue = complete), R/A/G/B, a word such as "
                "Complete, On track, At risk, Off track, Not started, or leave it empty",
            ) from None


def assign_generated_refs(plan: Plan) -> None:
    """Give each action without a ref one that is the same on every import of the same table.

    ``R3.1`` is the first action of the plan's third recommendation (in document order);
    the action is marked ``ref_generated`` so nobody takes it for the council's own ref.
    """
    taken = {a.ref for a in plan.actions() if a.ref}
    for rec_number, rec in enumerate(plan.recommendations(), 1):
        for position, action in enumerate(rec.actions, 1):
            if action.ref:
                continue
            ref = f"R{rec_number}.{position}"
            suffix = 1
            while ref in taken:
                suffix += 1
                ref = f"R{rec_number}.{position}-{suffix}"
            taken.add(ref)
            action.ref, action.ref_generated = ref, True
