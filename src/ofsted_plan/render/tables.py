"""The plan as the council's own table (tsv), for the format registry."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..errors import UsageError
from ..tables.tsv_writer import plan_tsv as write

if TYPE_CHECKING:
    from ..services import Export


def plan_tsv(result: Export) -> str:
    """Title, then per theme a theme row, the header and the action rows, as the council's
    table has them; with filters, only the chosen actions."""
    if len(result.plans) > 1:
        raise UsageError("a table export holds one plan", hint="choose one with -p PATH")
    return write(result.plans[0], result.kept if result.filtered else None)
