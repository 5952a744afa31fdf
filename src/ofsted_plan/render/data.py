"""Machine-readable output: JSON (the scripting contract) and CSV (for spreadsheets)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from ..model import FIELDS, STATUS_ORDER, FieldKind, Item, assert_never, format_initials
from ..query import TRAVEL_RULE

if TYPE_CHECKING:
    from datetime import date

    from ..history.changes import Change
    from ..query import Counts, Summary
    from ..results.history import Changes, History
    from ..results.reading import Export, Items, LastUpdate, Shown, SummaryPage

# An action's identity, where it sits, its fields (model.FIELDS), and when it is due.
_IDENTITY = ("ref", "ref_generated")
_CONTEXT = ("theme", "theme_number", "recommendation", "recommendation_number")
_OWN = tuple(f for f in FIELDS if f.kind is not FieldKind.EXTRA)
RECORD_KEYS = (
    "plan",
    *_IDENTITY,
    *_CONTEXT,
    *(f.name for f in _OWN if f.name not in _IDENTITY),
    "due",
    "overdue",
    "days_late",
)
CSV_FIELDS = tuple(k for k in RECORD_KEYS if not k.endswith("_number") and k != "days_late")


def _json(kind: FieldKind) -> Callable[[Any], Any] | None:
    """How a kind of field is given in JSON; None: as it is (a str, a bool, a tuple of
    initials, which JSON writes as an array)."""
    match kind:
        case FieldKind.TEXT | FieldKind.NOTE | FieldKind.FLAG | FieldKind.INITIALS:
            return None
        case FieldKind.MONTH:
            return lambda month: str(month) if month else None
        case FieldKind.STATUS:
            return lambda status: status.json
        case FieldKind.EXTRA:
            return dict
        case FieldKind.EVIDENCE:
            return lambda entries: [e.as_data() for e in entries]
        case _:
            assert_never(kind)


_AFTER_CONTEXT = tuple((f.name, _json(f.kind)) for f in _OWN if f.name not in _IDENTITY)
# OWASP: a spreadsheet treats a cell starting with these as a formula.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def item_record(item: Item, as_of: date) -> dict[str, Any]:
    """One action as the JSON contract documents it, keys in RECORD_KEYS' order. (Built key
    by key: `plan overdue --format json` on 10,000 actions writes 7,800 of these.)"""
    a = item.action
    due = a.due
    overdue = a.is_overdue(as_of)
    record: dict[str, Any] = {
        "plan": item.plan.name,
        "ref": a.ref,
        "ref_generated": a.ref_generated,
        "theme": item.theme.title,
        "theme_number": item.theme_number,
        "recommendation": item.recommendation.text,
        "recommendation_number": item.recommendation_number,
    }
    for name, convert in _AFTER_CONTEXT:
        value = getattr(a, name)
        record[name] = value if convert is None else convert(value)
    record["due"] = due.isoformat() if due else None
    record["overdue"] = overdue
    record["days_late"] = a.days_late(as_of) if overdue else 0
    if a.extra:
        record["extra"] = dict(a.extra)
    return record


def to_json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _counts_record(counts: Counts) -> dict[str, Any]:
    record: dict[str, Any] = {
        "name": counts.name,
        **({"number": counts.number} if counts.number else {}),
        "total": counts.total,
        "overdue": counts.overdue,
        "complete_percent": round(counts.complete_percent, 1),
        "by_status": {(s.value or "unrated"): counts.by_status[s] for s in STATUS_ORDER},
    }
    if counts.travel is not None:
        record["travel"] = counts.travel
        before = counts.before
        record["before"] = (
            None
            if before is None
            else {
                "total": before.total,
                "overdue": before.overdue,
                "complete_percent": round(before.complete_percent, 1),
                "by_status": {(s.value or "unrated"): before.by_status[s] for s in STATUS_ORDER},
            }
        )
    return record


def summary_record(summary: Summary) -> dict[str, Any]:
    """The summary as the JSON contract documents it."""
    total = _counts_record(summary.total)
    del total["name"]
    return {
        "as_of": summary.as_of.isoformat(),
        "by": summary.by,
        **({"since": summary.since, "travel_rule": TRAVEL_RULE} if summary.since else {}),
        **total,
        "groups": [_counts_record(g) for g in summary.groups],
    }


def inert(cell: str) -> str:
    """Make a cell that a spreadsheet would run as a formula into plain text."""
    return "'" + cell if cell.startswith(_FORMULA_STARTS) else cell


def csv_cell(value: Any) -> str:
    """A record's value as a CSV cell: true/false, empty for none, never a live formula."""
    if isinstance(value, bool):
        value = "true" if value else "false"
    return inert("" if value is None else str(value))


# A ref a spreadsheet opening a CSV would read as a number or a date ('1.10' -> 1.1, '1-2').
_LOOKS_NUMERIC = re.compile(r"[0-9][0-9./:-]*")


def spreadsheet_ref(ref: str) -> str:
    """A ref as a CSV cell for a spreadsheet: one that would be read as a number is written
    ="1.10", a formula that gives the text, kept as written by Excel and LibreOffice."""
    return f'="{ref}"' if _LOOKS_NUMERIC.fullmatch(ref) else csv_cell(ref)


def items_to_csv(items: Iterable[Item], as_of: date, *, for_spreadsheet: bool = False) -> str:
    """One row per action; `for_spreadsheet` (plan export) writes refs as text a spreadsheet
    keeps (`spreadsheet_ref`); for scripts (plan list) every cell is as written."""
    import csv  # lazy: only for CSV; JSON start-up is a target
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_FIELDS)
    for item in items:
        record = item_record(item, as_of)
        record["lead"] = format_initials(item.action.lead)
        record["dlt"] = format_initials(item.action.dlt)
        record["evidence"] = "; ".join(e.text() for e in item.action.evidence)
        row = [csv_cell(record[name]) for name in CSV_FIELDS]
        kept = spreadsheet_ref(item.action.ref) if for_spreadsheet else ""
        if not kept.startswith("="):
            writer.writerow(row)
            continue
        row[CSV_FIELDS.index("ref")] = kept
        start = buffer.tell()
        writer.writerow(row)
        # unquoted, as a spreadsheet runs it: the csv module would write "=""1.10"""
        line = buffer.getvalue()[start:].replace('"' + kept.replace('"', '""') + '"', kept, 1)
        buffer.seek(start)
        buffer.truncate()
        buffer.write(line)
    return buffer.getvalue()


def change_record(change: Change) -> dict[str, Any]:
    """One change as `plan diff --format json` gives it."""
    record: dict[str, Any] = {
        "plan": change.plan,
        "ref": change.ref,
        "kind": change.kind,
        "before": change.before,
        "after": change.after,
    }
    if change.direction:
        record["direction"] = change.direction
    if change.months is not None:
        record["months"] = change.months
    if change.field_name:
        record["field"] = change.field_name
    if change.words:
        record["words"] = [[op, text] for op, text in change.words]
    return record


# The registry's renderers (render.registry): one per kind of result this module shows.


def items_json(result: Items | Export) -> str:
    """A JSON array, one action per line: readable, greppable, and fast (C encoder)."""
    encode = json.JSONEncoder(ensure_ascii=False).encode  # one encoder, not one per action
    as_of = result.as_of
    last = getattr(result, "updated", None)
    if last is not None:  # plan list: each action's last change in git
        lines = [
            encode({**item_record(i, as_of), "updated": _day(last.get(i.action))})
            for i in result.items
        ]
    else:
        lines = [encode(item_record(i, as_of)) for i in result.items]
    return "[\n" + ",\n".join(lines) + "\n]\n" if lines else "[]\n"


def items_csv(result: Items | Export) -> str:
    """CSV; an export (a file for Excel) starts with a BOM, as Excel's own "CSV UTF-8" does,
    so that Excel on Windows reads ’ – £ right, and writes a ref such as 1.10 as ="1.10" so
    it stays text. Printed for scripts (plan list), it does neither."""
    excel = bool(getattr(result, "for_excel", False))
    return ("\ufeff" if excel else "") + items_to_csv(
        result.items, result.as_of, for_spreadsheet=excel
    )


def summary_json(result: SummaryPage) -> str:
    record = summary_record(result.summary)
    record["no_end_month"] = len(result.undated)
    record["impact_not_shown"] = [n for n, _ in result.not_shown]
    return to_json(record)


def show_json(result: Shown) -> str:
    return to_json({**item_record(result.item, result.as_of), "updated": _day(result.updated)})


def _day(last: LastUpdate | None) -> str | None:
    """The date of an action's last change in git, or None (not in git, or not committed)."""
    return last.day.isoformat() if last is not None else None


def changes_json(result: Changes) -> str:
    return to_json(
        {
            "from": {"rev": result.rev, "commit": result.commit},
            "to": {"rev": result.rev2, "commit": result.commit2 or None},
            "changes": [change_record(c) for c in result.changes],
        }
    )


def history_json(result: History) -> str:
    return to_json(
        [
            {
                "commit": entry.commit.sha if entry.commit else None,
                "date": entry.commit.date if entry.commit else None,
                "author": entry.commit.author if entry.commit else None,
                "subject": entry.commit.subject if entry.commit else None,
                "error": entry.error,
                "changes": [change_record(c) for c in changes],
            }
            for entry, changes in result.rows
        ]
    )
