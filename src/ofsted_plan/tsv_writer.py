"""Write a plan back as the council's table: tab-separated, in the seed export's columns.

Months are written ``Jun-2017`` (the export mixes ``Jun-17`` and ``Jun-2017``; four-digit
years cannot be misread). Cells with tabs, line breaks or quotes are quoted as Excel does.
Generated refs are left empty, as they were in the table they came from.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from .model import Item, Month, Status, format_initials

HEADER = (
    "Recommendations:",
    "Ref:",
    "Action:",
    "Start:",
    "End:",
    "Measure/outcome:",
    "Lead officer:",
    "DLT lead:",
    "Comments:",
    "RAG status:",
)


def month_cell(month: Month | None) -> str:
    return month.table_form() if month else ""


def status_cell(status: Status) -> str:
    return status.label if status is not Status.UNRATED else ""


def items_tsv(items: Iterable[Item], title: str = "") -> str:
    """The actions as the council's table: title, then per theme a theme row, header, rows."""
    items = list(items)
    extra_titles: list[str] = []
    for item in items:
        for key in item.action.extra:
            if key not in extra_titles:
                extra_titles.append(key)
    width = len(HEADER) + len(extra_titles)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter="\t", lineterminator="\n")
    if title:
        writer.writerow([title])
        buffer.write("\n")
    theme = recommendation = None
    for item in items:
        if item.theme is not theme:
            if theme is not None:
                buffer.write("\n")
            theme, recommendation = item.theme, None
            writer.writerow([item.theme.title] + [""] * (width - 1))
            writer.writerow([*HEADER, *extra_titles])
        a = item.action
        writer.writerow(
            [
                item.recommendation.text if item.recommendation is not recommendation else "",
                "" if a.ref_generated else a.ref,
                a.action,
                month_cell(a.start),
                month_cell(a.end),
                a.measure,
                format_initials(a.lead),
                format_initials(a.dlt),
                a.comments,
                status_cell(a.status),
                *(a.extra.get(key, "") for key in extra_titles),
            ]
        )
        recommendation = item.recommendation
    return buffer.getvalue()
