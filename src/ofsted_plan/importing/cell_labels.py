"""Cells that hold more than one field, as Audit Scotland's action plans write them
('Issue/risk | Recommendation | Agreed management action/timing'), split into columns of their
own before the table is read, so that each is read (or refused) as that field and nothing of
the cell is lost:

- an action cell ending in labelled lines, 'Responsible officer: Head of Finance' and 'Agreed
  date: 27 February 2025', where the table has no column for them: the action's officer and
  date, not its words;
- an issue cell opening with a numbered title line, '1. Medium-term financial planning', over
  what was found, where the table has no ref: the number is the ref and the title line the
  heading over the recommendation (the whole cell is kept as it was)."""

from __future__ import annotations

import re

from .documents import Document, Grid
from .header import Vocabulary, header_fields
from .record_lines import LABEL_LINE

# What a labelled line may give; the action's own words ('Action: ...') and its measures stay.
_MOVED = ("lead", "dlt", "start", "end", "status")


def cell_labels(document: Document, words: Vocabulary) -> Document:
    """The document with each table's fields written inside other cells given columns."""
    grids = [block for block in document.blocks if isinstance(block, Grid)]
    for grid in grids:
        _move_labels(grid, words)
        _labelled_column(grid, words)
    # An unnumbered title line is read only in a document of one such table: where headings
    # part several, the heading over each is the part (the readers of such plans say so).
    plain = sum(1 for grid in grids if _action_header(grid, words) is not None) == 1
    for grid in grids:
        _issue_titles(grid, words, plain)
        _revised_lines(grid, words)
    return document


def _move_labels(grid: Grid, words: Vocabulary) -> None:
    found = _action_header(grid, words)
    if found is None:
        return
    index, column, named = found
    header = grid.rows[index].cells
    rows = [r for r in grid.rows[index + 1 :] if r.cells != header]
    split: dict[int, tuple[str, list[tuple[str, str, str]]]] = {}
    titles: dict[str, str] = {}  # field ('end', or 'end revised') -> the label first seen
    for row in rows:
        if column >= len(row.cells):
            continue
        kept, labelled = _trailing_labels(row.cells[column], named, words)
        if labelled:
            split[id(row)] = (kept, labelled)
            for field, label, _ in labelled:
                titles.setdefault(_key(field, label), label)
    actions = sum(1 for r in rows if column < len(r.cells) and r.cells[column].strip())
    if len(split) < 2 or 2 * len(split) < actions:
        return  # one cell's 'Note: ...' is its words; the table's habit is a column
    order = list(titles)
    values: dict[int, list[str]] = {}
    for row in rows:
        if id(row) in split:
            kept, labelled = split[id(row)]
            given = {_key(field, label): value for field, label, value in labelled}
            row.cells[column] = kept
            values[id(row)] = [given.get(f, "") for f in order]
    _append_columns(grid, index, [titles[f] for f in order], values)


def _labelled_column(grid: Grid, words: Vocabulary) -> None:
    """A column no title names ('Responsible officer and date') whose every cell is labelled
    lines, 'Responsible officer: ...' then 'Agreed date: ...': each label's values in a column
    of their own beside it; the column itself kept as written."""
    found = _action_header(grid, words)
    if found is None:
        return
    index, _, named = found
    header = grid.rows[index].cells
    fields = header_fields(header, words)
    rows = [r for r in grid.rows[index + 1 :] if r.cells != header]
    for column in range(len(header)):
        if column in fields or not header[column].strip():
            continue
        read = {
            id(r): _all_labels(r.cells[column], named, words) for r in rows if column < len(r.cells)
        }
        filled = [r for r in rows if column < len(r.cells) and r.cells[column].strip()]
        split = [r for r in filled if read.get(id(r))]
        if not split or (
            len(split) < len(filled) and (len(split) < 2 or 2 * len(split) < len(filled))
        ):
            continue  # (every cell so, or two and most: a table of one action row counts)
        order = list(dict.fromkeys(label for r in split for _, label, _ in read[id(r)]))
        values = {
            id(r): [{lb: v for _, lb, v in read[id(r)]}.get(lb, "") for lb in order] for r in split
        }  # ('Agreed date' and 'Revised date' both: told apart as any two such columns are)
        _append_columns(grid, index, order, values)
        return


def _all_labels(text: str, named: set[str], words: Vocabulary) -> list[tuple[str, str, str]]:
    """Every line of the cell a label of a field the table has no column for, two or more:
    (field, label, value) each; else none."""
    lines = [line for line in text.strip().split("\n") if line.strip()]
    out: list[tuple[str, str, str]] = []
    for line in lines:
        match = LABEL_LINE.match(line)
        if match is None:
            return []
        fields = header_fields([match[2].strip()], words)
        field = fields[0].field if 0 in fields else ""
        if field not in _MOVED or field in named or any(lb == match[2].strip() for _, lb, _ in out):
            return []
        out.append((field, match[2].strip(), match[3].strip()))
    return out if len(out) >= 2 else []


def _append_columns(
    grid: Grid, index: int, titles: list[str], values: dict[int, list[str]]
) -> None:
    """New columns at the table's right edge: their titles on the header row (and on the
    header repeated below), each row's values by id(row), empty elsewhere."""
    header = list(grid.rows[index].cells)
    width = max(len(r.cells) for r in grid.rows)
    for number, row in enumerate(grid.rows):
        row.cells = row.cells + [""] * (width - len(row.cells))
        for start, across in list(row.spans.items()):
            if start + across >= width:  # merged to the table's edge: to the new edge
                row.spans[start] = across + len(titles)
        if number >= index and row.cells[: len(header)] == header:
            row.cells += titles
        else:
            row.cells += values.get(id(row), [""] * len(titles))
    grid.headers = None  # found again with the new columns


# '1. Medium-term financial planning', 'b/f 2. Common good assets': a numbered title line.
_TITLE_LINE = re.compile(r"^((?:b/f\s+)?\d{1,2}[a-z]?)\.?\s+([A-Z][^\n.:;]{2,70})\n\S")
# 'Capital programme slippage' over its finding: a short title line with no stop, in a
# table that numbers its issues in a column of their own (Audit Scotland's 'No.').
_PLAIN_TITLE = re.compile(r"^([A-Z][^\n.:;!?]{2,60})\n\S")


def _issue_titles(grid: Grid, words: Vocabulary, plain: bool) -> None:
    found = _action_header(grid, words)
    if found is None:
        return
    index, _, named = found
    fields = header_fields(grid.rows[index].cells, words)
    if "theme" in named:
        return
    numbered = "ref" not in named
    if not numbered and not plain:
        return
    pattern = _TITLE_LINE if numbered else _PLAIN_TITLE
    recs = [i for i, c in fields.items() if c.field == "recommendation"]
    header = grid.rows[index].cells
    rows = [r for r in grid.rows[index + 1 :] if r.cells != header]
    for column in recs if len(recs) == 2 else ():
        cells = [r.cells[column].strip() for r in rows if column < len(r.cells)]
        filled = [c for c in cells if c]
        if len(filled) < 2 or not all(pattern.match(c) for c in filled):
            continue
        if not numbered and not all(len(c.split("\n", 1)[0].split()) <= 6 for c in filled):
            continue
        values: dict[int, list[str]] = {}
        for row in rows:
            text = row.cells[column].strip() if column < len(row.cells) else ""
            if match := pattern.match(text):
                title = text.split("\n", 1)[0].strip()
                values[id(row)] = [match[1], title] if numbered else [title]
        _append_columns(grid, index, ["Ref", "Theme"] if numbered else ["Theme"], values)
        return


# 'Revised date: September 2025' in a progress cell, a line or a sentence of its own: the end
# the action now has.
_NOTES = ("comments", "notes", "progress", "extra")
_REVISED = re.compile(
    r"(?:^|\n|(?<=[.;])\s)\s*(Revised (?:target |completion |end )?(?:date|deadline))\s*:\s*"
    r"(\S[^\n]*?)\.?(?=\.\s|\n|$)"
)


def _revised_lines(grid: Grid, words: Vocabulary) -> None:
    """A progress cell ending in 'Revised date: ...' (on the rows that slipped, often one) in
    a table whose end is a column of agreed dates: the revised date in a column of its own,
    read as any 'Revised' end beside the agreed one is; the cell keeps its words."""
    found = _action_header(grid, words)
    if found is None:
        return
    index, action, _ = found
    fields = header_fields(grid.rows[index].cells, words)
    if not any(c.field == "end" for c in fields.values()):
        return
    if any("revised" in cell.casefold() for cell in grid.rows[index].cells):
        return
    header = grid.rows[index].cells
    rows = [r for r in grid.rows[index + 1 :] if r.cells != header]
    values: dict[int, list[str]] = {}
    title = ""
    for column in range(len(header)):
        if column == action or (column in fields and fields[column].field not in _NOTES):
            continue
        for row in rows:
            text = row.cells[column].strip() if column < len(row.cells) else ""
            match = _REVISED.search(text)
            if match is not None and id(row) not in values:
                values[id(row)] = [match[2].strip()]
                title = title or match[1]
    if values:
        _append_columns(grid, index, [title], values)


def _action_header(grid: Grid, words: Vocabulary) -> tuple[int, int, set[str]] | None:
    """The first row naming an action column and one more: its index, the action column and
    the fields the row names."""
    for index, row in enumerate(grid.rows[:40]):
        fields = header_fields(row.cells, words)
        named = {c.field for c in fields.values() if c.field != "extra"}
        actions = sorted((c.rank, i) for i, c in fields.items() if c.field == "action")
        if actions and len(fields) >= 2 and all(len(c.strip()) <= 80 for c in row.cells):
            return index, actions[0][1], named
    return None


def _trailing_labels(
    text: str, named: set[str], words: Vocabulary
) -> tuple[str, list[tuple[str, str, str]]]:
    """The cell's words before its last labelled lines, and those lines as (field, label,
    value), each for a field the table has no column for; the words are never left empty."""
    lines = text.rstrip().split("\n")
    labelled: list[tuple[str, str, str]] = []
    while len(lines) > 1:
        match = LABEL_LINE.match(lines[-1])
        if match is None:
            break
        label = match[2].strip()
        fields = header_fields([label], words)
        field = fields[0].field if 0 in fields else ""
        if (
            field not in _MOVED
            or field in named
            or any(f == field and not _revised_pair(label, lb) for f, lb, _ in labelled)
        ):
            break
        labelled.insert(0, (field, label, match[3].strip()))
        lines.pop()
    kept = "\n".join(lines).rstrip()
    return (kept, labelled) if kept.strip() else (text, [])


def _key(field: str, label: str) -> str:
    return f"{field} revised" if "revised" in label.casefold() else field


def _revised_pair(one: str, other: str) -> bool:
    """'Agreed date' and 'Revised date': two ends, told apart as any two such columns are."""
    return ("revised" in one.casefold()) != ("revised" in other.casefold())
