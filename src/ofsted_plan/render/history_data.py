"""JSON for trend, slippage and stale (never imports rich): part of the scripting contract."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .data import summary_record, to_json

if TYPE_CHECKING:
    from ..history.timeline import Step
    from ..model import Item
    from ..results.history import Slippage, StaleReport, Trend


def _action(item: Item) -> dict[str, Any]:
    a = item.action
    return {
        "plan": item.plan.name,
        "ref": a.ref,
        "action": a.action,
        "theme": item.theme.title,
        "theme_number": item.theme_number,
        "lead": list(a.lead),
        "status": a.status.json,
        "end": str(a.end) if a.end else None,
    }


def _version(step: Step) -> dict[str, Any]:
    snap = step.snapshot
    return {"date": snap.day.isoformat(), "commit": snap.commit or None, "label": snap.label}


def trend_json(result: Trend) -> str:
    return to_json(
        {
            "every": result.every,
            "by": result.by,
            "points": [
                {
                    "label": p.label,
                    "date": p.day.isoformat(),
                    "commit": p.commit or None,
                    **summary_record(p.summary),
                }
                for p in result.points
            ],
        }
    )


def slippage_json(result: Slippage) -> str:
    return to_json(
        {
            "since": result.since,
            "actions": [
                {
                    **_action(row.item),
                    "first_end": str(row.first),
                    "months": row.months,
                    "moves": [
                        {
                            **_version(step),
                            "from": str(old),
                            "to": str(new),
                            "comments": step.action.comments,
                        }
                        for step, old, new in row.moves
                    ],
                }
                for row in result.rows
            ],
            "by_theme": [{"name": n, "actions": a, "months": m} for n, a, m in result.by_theme],
            "by_officer": [{"name": n, "actions": a, "months": m} for n, a, m in result.by_officer],
        }
    )


def stale_json(result: StaleReport) -> str:
    return to_json(
        {
            "as_of": result.as_of.isoformat(),
            "days": result.days,
            "actions": [
                {**_action(row.item), "last_update": _version(row.since), "days": row.days}
                for row in result.rows
            ],
        }
    )
