"""The plan as the council's own table (`--format tsv`, `plan export x.tsv`): tab-separated,
in the seed export's columns.

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
from typing import TYPE_CHECKING, Any

from ..errors import UsageError
from ..model import (
    TABLE_HEADER,
    VALUE_FIELDS,
    Action,
    FieldKind,
    Month,
    Plan,
    Status,
    assert_never,
    inert,
    officers_cell,
)

if TYPE_CHECKING:
    from ..results.reading import Export

# The council's columns: the recommendation, then each field a person types (model.FIELDS).
HEADER = TABLE_HEADER


UNTITLED = "Improvement plan"


def month_cell(month: Month | None) -> str:
    return month.table_form() if month else ""


def status_cell(status: Status) -> str:
    return status.label if status is not Status.UNRATED else ""


def _cell(kind: FieldKind) -> Callable[[Any], str]:
    """How a kind of field is written in a cell of the council's table."""
    match kind:
        case FieldKind.TEXT | FieldKind.NOTE:
            return str
        case FieldKind.MONTH:
            return month_cell
        case FieldKind.INITIALS:
            return officers_cell
        case FieldKind.STATUS:
            return status_cell
        case FieldKind.FLAG | FieldKind.EXTRA | FieldKind.EVIDENCE:
            raise ValueError(f"a {kind.value} field has no column in the council's table")
        case _:
            assert_never(kind)


_CELLS = tuple(_cell(info.kind) for info in VALUE_FIELDS)


def action_cells(action: Action) -> list[str]:
    """The action's cells under HEADER (after the recommendation), as the table had them: a
    ref plan import made is left empty, and the end is written as the council wrote it."""
    cells = []
    for info, cell in zip(VALUE_FIELDS, _CELLS, strict=True):
        if info.name == "ref" and action.ref_generated:
            cells.append("")
        elif info.name == "end" and action.end_text:
            cells.append(action.end_text)  # the end as the council wrote it
        else:
            cells.append(cell(getattr(action, info.name)))
    return cells


def table_text(plan: Plan, keep: Collection[Action] | None = None) -> str:
    """The plan as the council's table: title, then per theme a theme row, header, rows.

    With ``keep`` (ids of the actions chosen by filters) only those actions are written;
    without it everything is, including recommendations that have no actions yet.
    """
    chosen = [a for a in plan.actions() if keep is None or a in keep]
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
            (rec, [a for a in rec.actions if keep is None or a in keep])
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


def plan_tsv(result: Export) -> str:
    """Title, then per theme a theme row, the header and the action rows, as the council's
    table has them; with filters, only the chosen actions."""
    if len(result.plans) > 1:
        raise UsageError("a table export holds one plan", hint="choose one with -p PATH")
    return table_text(result.plans[0], result.kept if result.filtered else None)
