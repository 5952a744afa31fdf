"""Update requests for lead officers (`plan chase`): plain text to paste into an email, or
Markdown. Plan text is shown as it is written, control characters escaped."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from ..board import latest_comment
from ..board_words import long_date
from ..model import plural
from .markdown import md
from .text import how_late, visible

if TYPE_CHECKING:
    from ..model import Item
    from ..results.officers import Chase, Letter

ASK = (
    "For each action, please send: its RAG status (red, amber, green, or blue when it is "
    "complete), a short progress comment with the evidence, and, if it will not be done by its "
    "end month, a new end month and the reason."
)


def letter(result: Chase, one: Letter, fmt: str) -> str:
    """One officer's update request."""
    escape = md if fmt == "markdown" else visible
    total = len(one.overdue) + len(one.stale) + len(one.other)
    plan = escape(result.title or "the improvement plan")
    when = f" for {escape(result.meeting)}" if result.meeting else ""
    heading = f"Improvement plan: your updates{when}"
    lines = [f"# {heading}" if fmt == "markdown" else f"Subject: {heading}", ""]
    person = one.person
    name = person.name if person and person.name else one.officer
    to = f"{name} <{person.email}>" if person and person.email else name
    lines += [f"To: {escape(to)}", ""] if fmt != "markdown" else []
    lines += [
        f"Dear {escape(name)},",
        "",
        f"You lead {plural(total, 'open action')} in {plan}{when}. {ASK}",
        "",
    ]
    sections = [
        ("Past their end month", [(i, _overdue(i, result)) for i in one.overdue]),
        (
            f"Not updated for {plural(result.days, 'day')} or more",
            [(i, f"last updated {plural(days, 'day')} ago") for i, days in one.stale],
        ),
        ("Your other open actions", [(i, "") for i in one.other]),
    ]
    for title, rows in sections:
        if not rows:
            continue
        lines += [f"## {title} ({len(rows)})" if fmt == "markdown" else f"{title} ({len(rows)}):"]
        lines += [""] if fmt == "markdown" else []
        for item, note in rows:
            lines += _entry(item, note, fmt, escape)
        lines.append("")
    lines += [f"Position as of {long_date(result.as_of)}. Thank you."]
    return "\n".join(lines) + "\n"


def _overdue(item: Item, result: Chase) -> str:
    late = how_late(item.action, result.as_of)
    return f"{late} late" if late else ""


def _entry(item: Item, note: str, fmt: str, escape: object) -> list[str]:
    assert callable(escape)
    a = item.action
    facts = [a.status.label, f"end {a.end or escape(a.end_text) or '(none)'}"]
    if note:
        facts.append(note)
    latest = latest_comment(a.comments)
    if fmt == "markdown":
        out = [f"- **{escape(a.ref)}** {escape(a.action) or '(no action text)'}  "]
        out.append(f"  {' · '.join(facts)}" + ("  " if latest else ""))
        if latest:
            out.append(f"  Last comment: {escape(latest)}")
        return out
    out = [f"  {escape(a.ref)}  {escape(a.action) or '(no action text)'}"]
    out.append(f"        {' · '.join(facts)}")
    if latest:
        out.append(f"        Last comment: {escape(latest)}")
    return out


def chase_json(result: Chase) -> str:
    """The letters as data: each officer's open actions, by why they are listed."""

    def entry(item: Item, days: int | None = None) -> dict[str, object]:
        a = item.action
        record: dict[str, object] = {
            "plan": item.plan.name,
            "ref": a.ref,
            "action": a.action,
            "status": a.status.json,
            "end": str(a.end) if a.end else None,
            "latest_comment": latest_comment(a.comments),
        }
        if days is not None:
            record["days_since_update"] = days
        return record

    letters = [
        {
            "officer": one.officer,
            "name": one.person.name if one.person else None,
            "email": one.person.email if one.person else None,
            "overdue": [entry(i) for i in one.overdue],
            "stale": [entry(i, days) for i, days in one.stale],
            "other": [entry(i) for i in one.other],
        }
        for one in result.letters
    ]
    data = {"as_of": result.as_of.isoformat(), "days": result.days, "meeting": result.meeting}
    return json.dumps({**data, "letters": letters}, ensure_ascii=False, indent=2) + "\n"
