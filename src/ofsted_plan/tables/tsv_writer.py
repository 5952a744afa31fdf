"""Write a plan back as the council's table: tab-separated, in the seed export's columns.

Months are written ``Jun-2017`` (the export mixes ``Jun-17`` and ``Jun-2017``; four-digit
years cannot be misread). Cells with tabs, line breaks or quotes are quoted as Excel does.
A cell that a spreadsheet would run as a formula is made inert (`inert`), and `live` undoes
it when the tool reads its own export back.
Generated refs are left empty, as they were in the table they came from.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Collection
from typing import Any

from ..model import VALUE_FIELDS, Action, Month, Plan, Status, format_initials

# The council's columns: the recommendation, then each field a person types (model.FIELDS).
HEADER = ("Recommendations:", *(f"{info.column}:" for info in VALUE_FIELDS))


UNTITLED = "Improvement plan"

# OWASP: a spreadsheet runs a cell starting with one of these as a formula (=cmd|' /C calc'!A0,
# =HYPERLINK(...), @SUM(...), -2+3+cmd|...). The apostrophe is the spreadsheet's own mark for
# "this is text"; a cell that already starts with one gets another, so `live` is exact.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
TEXT_MARK = "'"


def inert(text: str) -> str:
    """A cell a spreadsheet shows as text, never runs: an apostrophe before text starting
    like a formula (or with an apostrophe). `live(inert(text)) == text` for any text."""
    if text.startswith(FORMULA_STARTS) or text.startswith(TEXT_MARK):
        return TEXT_MARK + text
    return text


def live(cell: str) -> str:
    """The text `inert` was given: one leading apostrophe taken off (for a cell of the tool's
    own export, whose every cell went through `inert`)."""
    return cell[1:] if cell.startswith(TEXT_MARK) else cell


def month_cell(month: Month | None) -> str:
    return month.table_form() if month else ""


def status_cell(status: Status) -> str:
    return status.label if status is not Status.UNRATED else ""


_CELL: dict[str, Callable[[Any], str]] = {
    "text": str,
    "month": month_cell,
    "initials": format_initials,
    "status": status_cell,
}


def action_cells(action: Action) -> list[str]:
    """The action's cells under HEADER (after the recommendation), as the table had them: a
    ref plan import made is left empty, and the end is written as the council wrote it."""
    cells = []
    for info in VALUE_FIELDS:
        if info.name == "ref" and action.ref_generated:
            cells.append("")
        elif info.name == "end" and action.end_text:
            cells.append(action.end_text)  # the end as the council wrote it
        else:
            cells.append(_CELL[info.kind](getattr(action, info.name)))
    return cells


def plan_tsv(plan: Plan, keep: Collection[int] | None = None) -> str:
    """The plan as the council's table: title, then per theme a theme row, header, rows.

    With ``keep`` (ids of the actions chosen by filters) only those actions are written;
    without it everything is, including recommendations that have no actions yet.
    """
    chosen = [a for a in plan.actions() if keep is None or id(a) in keep]
    extra_titles = list(dict.fromkeys(key for a in chosen for key in a.extra))
    width = len(HEADER) + len(extra_titles)
    buffer = io.StringIO()
    # CRLF as Excel writes it; it also makes the csv module quote a cell holding a lone CR.
    writer = csv.writer(buffer, delimiter="\t", lineterminator="\r\n")

    def write(cells: list[str]) -> None:  # every cell: title, themes, header, actions
        writer.writerow([inert(c) for c in cells])

    # The first line is the title (plan import never takes it for a theme): a plan without
    # one is given "Improvement plan", so its first theme is not read as the title.
    for line in (plan.title or UNTITLED, *plan.notes):
        if line:
            write([line])
    for theme in plan.themes:
        recs = [
            (rec, [a for a in rec.actions if keep is None or id(a) in keep])
            for rec in theme.recommendations
        ]
        if keep is not None:
            recs = [(rec, actions) for rec, actions in recs if actions]
            if not recs:
                continue
        buffer.write("\r\n")
        write([theme.title] + [""] * (width - 1))
        write([*HEADER, *extra_titles])
        for rec, actions in recs:
            if not actions:
                write([rec.text] + [""] * (width - 1))
            for number, a in enumerate(actions):
                write(
                    [
                        "" if number else rec.text,
                        *action_cells(a),
                        *(a.extra.get(key, "") for key in extra_titles),
                    ]
                )
    return buffer.getvalue()
