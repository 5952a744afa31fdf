"""`plan measures`: each measure's latest value against its target, as a terminal table,
JSON and CSV. rich only inside the terminal table (JSON and CSV never load it)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..measures import sparkline, value_text
from ..model import Status, plural
from .data import csv_cell, to_json

if TYPE_CHECKING:
    from rich.console import RenderableType

    from ..results.measures import MeasureRow, MeasuresReport

ARROWS = {"better": "↑ better", "worse": "↓ worse", "same": "→ same", "": ""}
CSV_FIELDS = (
    "id",
    "name",
    "unit",
    "better",
    "latest",
    "month",
    "target",
    "by",
    "rag",
    "previous",
    "since_previous",
    "at_meeting",
    "since_meeting",
    "recommendations",
    "days",
    "stale",
)


def num(value: float | None) -> float | int | None:
    """A number for JSON: 72, not 72.0."""
    return int(value) if value is not None and float(value).is_integer() else value


def record(row: MeasureRow) -> dict[str, Any]:
    """One measure for JSON (and CSV)."""
    m = row.measure
    return {
        "id": m.id,
        "name": m.name,
        "unit": m.unit,
        "better": m.better,
        "latest": num(row.latest[1]) if row.latest else None,
        "month": str(row.latest[0]) if row.latest else None,
        "target": num(m.target),
        "by": str(m.by) if m.by else None,
        "amber_within": num(m.amber_within),
        "rag": row.rag or None,
        "previous": num(row.previous),
        "since_previous": row.since_previous or None,
        "at_meeting": num(row.at_meeting),
        "since_meeting": row.since_meeting or None,
        "recommendations": [n for n, _ in row.recommendations],
        "actions": [ref for ref, _ in m.actions],
        "values": {str(month): num(value) for month, value in m.values},
        "days": row.days,
        "stale": row.stale,
    }


def measures_json(result: MeasuresReport) -> str:
    return to_json(
        {
            "as_of": result.as_of.isoformat(),
            "days": result.days,
            "since": result.since,
            "since_date": result.since_day.isoformat() if result.since_day else None,
            "measures": [record(row) for row in result.rows],
        }
    )


def measures_csv(result: MeasuresReport) -> str:
    import csv  # lazy: only for CSV
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_FIELDS)
    for row in result.rows:
        data = record(row)
        data["recommendations"] = " ".join(str(n) for n in data["recommendations"])
        writer.writerow([csv_cell(data[name]) for name in CSV_FIELDS])
    return buffer.getvalue()


def stale_note(result: MeasuresReport) -> str:
    """'Stale (no value for more than 90 days): a, b.', or '' when none is."""
    stale = [row.measure.id for row in result.rows if row.stale]
    if not stale:
        return ""
    return f"Stale (no value for more than {plural(result.days, 'day')}): {', '.join(stale)}."


def measures_table(result: MeasuresReport) -> RenderableType:
    """One row per measure: latest value and month, target and when, RAG, direction, trend."""
    from rich.console import Group  # lazy: rich (~35 ms), only for the terminal
    from rich.text import Text

    from .rows import Column, Rows
    from .terminal import _notes, cell, rag
    from .terminal import console as the_console

    columns = [
        Column("ID", minimum=4, wrap=False),
        Column("Measure", 1, 12, drop=4),
        Column("Latest", minimum=6, wrap=False),
        Column("Target", minimum=6, wrap=False),
        Column("RAG", minimum=7, wrap=False),
        Column("Since last", minimum=8, wrap=False, drop=2),
    ]
    if result.since:
        columns.append(Column(f"Since {result.since}", minimum=8, wrap=False, drop=1))
    columns += [Column("Trend", minimum=5, wrap=False, drop=3), Column("Recs", drop=5)]
    rows = []
    for row in result.rows:
        m = row.measure
        latest = f"{value_text(row.latest[1], m.unit)} {row.latest[0]}" if row.latest else "none"
        target = value_text(m.target, m.unit) + (f" by {m.by}" if m.by else "")
        cells = [
            cell(m.id),
            cell(m.name),
            Text(latest),
            Text(target),
            rag(Status.parse(row.rag)) if row.rag else Text(""),
            Text(ARROWS[row.since_previous]),
        ]
        if result.since:
            cells.append(Text(ARROWS[row.since_meeting]))
        cells += [
            Text(sparkline([v for _, v in m.values])),
            Text(", ".join(str(n) for n, _ in row.recommendations)),
        ]
        rows.append(cells)
    heading = f"Measures as of {result.as_of.isoformat()}: {result.title}"
    title = Text.assemble(cell(heading, "bold"), "\n")
    if not rows:
        return Group(title, Text(f"{result.path} holds no measures."))
    notes = [
        "RAG: met is green; within amber_within of the target amber; further, or past its"
        " month, red."
    ]
    if result.since and result.since_day:
        notes.append(f"Since {result.since}: against the latest value by {result.since_day}.")
    if stale_note(result):
        notes.append(stale_note(result))
    table = Rows(columns, rows, the_console().width, title=title)
    return Group(table, Text(""), _notes(notes))
