"""One entry point: a council's file (and a rules file) -> a Plan, and a report of how it was
read. The file is read as a person reads it (documents.py), every table and row is classified
(classify.py), the structure rows are given their level, the plan is built (builder.py), and
what a person would notice is checked before anything is written (checks.py)."""

from __future__ import annotations

import os
import stat
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..errors import PlanError
from ..model import Plan
from .cell_labels import cell_labels
from .checks import check_plan
from .documents import MAX_BYTES, Document, Paragraph, file_kind
from .excel import xlsx_document
from .fixed import fixed_width_document
from .header import HEADER_NAMES, Vocabulary, first_header, header_width
from .header_rows import find_headers
from .kinds import RowKind
from .markdown import markdown_document
from .numbered_records import form_tables, numbered_records
from .reader import Reader
from .records import label_tables, text_records
from .report import describe_reading
from .rules import NO_RULES, Rules, beside, read_rules
from .status_checks import Settle
from .text import decode, text_document
from .word import docx_document

# A page's footer as printed: 'Page 2 of 5', 'Printed 14/10/2019   Page 1 of 3'.


def _limit() -> int:
    """The largest table read, in bytes: MAX_BYTES, or PLAN_IMPORT_MAX_MB where it is set."""
    wanted = os.environ.get("PLAN_IMPORT_MAX_MB", "").strip()
    return int(wanted) * 2**20 if wanted.isdigit() and int(wanted) > 0 else MAX_BYTES


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
    limit = _limit()
    if info.st_size > limit:
        raise PlanError(
            f"the file is {info.st_size / 2**20:,.0f} MiB, more than the "
            f"{limit // 2**20:,} MiB a plan table can be",
            path=path,
            hint="check it is the plan table (a plan of 100,000 actions is about 40 MiB); to "
            "read a larger one, set PLAN_IMPORT_MAX_MB, e.g. PLAN_IMPORT_MAX_MB=1000",
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
        for _ in range(6):
            try:
                plan = _import(path, sheet, report, details, found)
            except Settle as settle:
                from .header import header_key

                columns = {
                    **found.columns,
                    **({header_key(settle.column): settle.field} if settle.column else {}),
                    **{header_key(c): f for c, f in settle.also.items()},
                }
                if (
                    settle.column
                    and columns == found.columns
                    and not settle.rows
                    and not settle.statuses
                    and (found.refs_by_heading or not settle.refs_by_heading)
                    and (found.refs_by_recommendation or not settle.refs_by_recommendation)
                ):
                    raise PlanError(  # the same reading asked for again: no progress
                        f"the column '{settle.column}' is read as {settle.field}, and the table "
                        "still asks for it: its columns cannot be settled from its titles",
                        path=path,
                        hint=f"say what each column is in a rules file (column {settle.column} "
                        "= ..., see plan import --help)",
                    ) from None
                found = found._replace(
                    columns=columns,
                    settled=found.settled | (set(columns) - set(found.columns)),
                    rows={**found.rows, **settle.rows},
                    refs_by_heading=found.refs_by_heading or settle.refs_by_heading,
                    refs_by_recommendation=found.refs_by_recommendation
                    or settle.refs_by_recommendation,
                    statuses={**settle.statuses, **found.statuses},
                )
                if settle.note:  # refs numbered under headings: the report says it
                    settled.append(settle.note + ".")
                if details is not None:
                    details.clear()
                if report is not None:
                    report.clear()
                continue
            if report is not None:
                report[:0] = settled
            return plan
        raise PlanError(
            "the table could not be settled in six readings",
            path=path,
            hint="say what its columns are in a rules file (column TITLE = field, see plan "
            "import --help)",
        )
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
    words = Vocabulary.of(HEADER_NAMES, found.columns, found.settled)

    def width_of(rows: list[tuple[int, list[str]]], fields: bool = False) -> Any:
        """How many columns the first header row names (0: none); with `fields`, that row's
        number and its columns' fields."""
        kept = [(n, cells) for n, cells in rows if n not in found.skip]
        if fields:
            return first_header(kept, words)
        return header_width(kept, words)

    if sheet is not None and kind != "xlsx":
        raise PlanError("--sheet is for Excel workbooks (.xlsx)", path=path)
    if kind == "xlsx":
        document = xlsx_document(data, path, sheet, width_of)
    elif kind == "docx":
        document = form_tables(docx_document(data, path), words)
    else:
        text = decode(data, path) if text is None else text
        document = _text(text, path, width_of, words)
    document = cell_labels(label_tables(document, words), words)
    _refuse_control_text(document, path, text)
    said.append(f"Read as: {document.read_as}.")
    said.extend(f"Set aside: {n}." for n in document.set_aside)
    if found.skip:
        for grid in document.grids():
            grid.rows = [r for r in grid.rows if r.number not in found.skip]
            grid.headers = None  # found again without the skipped rows
        said.append(f"Rows skipped by the rules: {', '.join(map(str, sorted(found.skip)))}.")
    reader = Reader(path, document, words, found, said)
    plan = reader.read()
    notes = check_plan(
        plan,
        reader.builder,
        reader.rows,
        reader.tables_report(),
        reader.exact,
        reader.words.by_user,
    )
    plan.notes.extend(p for p in reader.prose if p not in plan.notes)  # read for nothing
    if reader.kept_errors:
        notes.append(
            "Excel error values kept as shown, in columns read as no field: "
            + ", ".join(reader.kept_errors[:6])
            + "."
        )
    if reader.sections:
        shown = ", ".join(f"'{t[:60]}'" for t in reader.sections[:3])
        notes.append(
            f"The heading over the table ({shown}) names a section of the document, not a "
            "part of the plan: kept in the plan's notes."
        )
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


def _text(text: str, path: str, width_of: Any, words: Vocabulary) -> Document:
    """A text export as its table; where no row of it is a header, its records (a paragraph
    and labelled lines per action), if it is written so."""
    try:
        document = text_document(text, path, width_of)
    except PlanError:
        if (other := _other_text(text, path, width_of, words)) is not None:
            return other
        raise
    if any(find_headers(grid, words) for grid in document.grids()):
        return document
    return _other_text(text, path, width_of, words) or document


def _other_text(text: str, path: str, width_of: Any, words: Vocabulary) -> Document | None:
    """A text plan with no tab, comma or semicolon between its cells: Markdown's pipe tables,
    columns lined up with spaces (a PDF's table), else records (a paragraph and labelled
    lines per action)."""
    if (marked := markdown_document(text, path)) is not None:
        return marked
    if "\t" not in text and (lined := fixed_width_document(text, path, width_of)) is not None:
        return lined
    return numbered_records(text, path, words) or text_records(text, path, words)


def parse_table(text: str, path: str = "<table>") -> Plan:
    """Turn the text of an export into a Plan (for tests and scripts)."""
    return _import(path, None, None, None, NO_RULES, text=text)


def _refuse_control_text(document: Document, path: str, source: str | None = None) -> None:
    """A cell or paragraph holding a control or bidi character (ESC, U+202E) is refused at its
    row: plan text cannot hold one (`plan check` refuses it), so no plan is written with it.
    (A text export's cells are all in its `source`: one search of that, where it is clean.)"""
    from ..planfile.scan import UNSAFE_TEXT, unsafe_text_problem

    if source is not None and not UNSAFE_TEXT.search(source):
        return
    for block in document.blocks:
        found: Sequence[tuple[str, str, int | None]]
        if isinstance(block, Paragraph):
            found = [(block.text, path, None)] if UNSAFE_TEXT.search(block.text) else []
        elif not UNSAFE_TEXT.search("\n".join(c for row in block.rows for c in row.cells)):
            continue  # one search a table ('\n' is not unsafe): a million rows in ~0.2 s
        else:
            found = [
                (cell, row.where or block.path, row.number)
                for row in block.rows
                for cell in row.cells
                if UNSAFE_TEXT.search(cell)
            ][:1]
        for text, where, line in found:
            problem = unsafe_text_problem(text, "X", where, 0)
            assert problem is not None
            what = "a cell" if line else "a paragraph"
            raise PlanError(
                problem.message.replace("'X'", what, 1),
                path=where,
                line=line,
                hint="delete the character from the table (it does not show in Excel or Word: "
                "retype the text, or paste it through Notepad), then import again",
            )
