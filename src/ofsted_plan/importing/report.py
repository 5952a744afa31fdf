"""For --explain: every row class with its count and first lines, each heading row and the
level it was given, and every column with the field it was read as and how its cells were read."""

from __future__ import annotations

from .builder import Builder
from .cells import shortened
from .checks import lines_of
from .kinds import Classified, RowKind


def describe_reading(
    rows: list[Classified], builder: Builder, levels: dict[int, str] | None = None
) -> list[str]:
    """For --explain: every row class with its count and first lines, each heading row and the
    level it was given, and every column with the field it was read as and how many of its
    cells were read."""
    out = []
    by_kind: dict[RowKind, list[int]] = {}
    for r in rows:
        if r.row.number:
            by_kind.setdefault(r.kind, []).append(r.row.number)
    for kind in RowKind:
        lines = by_kind.get(kind)
        if lines:
            out.append(f"Rows read as {kind.value}: {len(lines)} (lines {lines_of(lines)}).")
    for r in rows:
        if r.kind is RowKind.STRUCTURE:
            level = (levels or {}).get(id(r), "heading")
            where = f"Line {r.row.number}" if r.column >= 0 else "The heading before the table"
            why = r.why or "alone in its row"
            out.append(f"{where}: '{shortened(r.text)}' ({why}) -> {level}.")
    actions = [r for r in rows if r.kind is RowKind.ACTION and r.header is not None]
    seen: set[tuple[int, str]] = set()
    for r in actions:
        header = r.header
        assert header is not None
        for column, field in sorted(header.fields.items()):
            title = header.titles[column] if column < len(header.titles) else ""
            if (column, title) in seen:
                continue
            seen.add((column, title))
            cells = [
                a.row.cells[column].strip()
                for a in actions
                if a.header is not None
                and a.header.titles[column : column + 1] == [title]
                and column < len(a.row.cells)
                and a.row.cells[column].strip()
            ]
            out.append(
                f"Column '{title}' -> {field}: {len(cells)} of {len(actions)} rows filled"
                + _column_reading(field, cells, builder)
                + "."
            )
    return out


def _column_reading(field: str, cells: list[str], builder: Builder) -> str:
    """How a column's cells were read: months, statuses, officers."""
    reading = builder.reading
    if field in ("start", "end"):
        words = sum(1 for c in cells if c in reading.undated)
        kept = f", {words} kept as words" if words else ""
        return f", {len(cells) - words} read as months{kept}"
    if field == "status":
        worded = sum(n for _, n in reading.status_words.values())
        return f" ({worded} of them words read as a colour)" if worded else ""
    return ""
