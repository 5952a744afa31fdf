"""Open actions' due dates as an iCalendar file (the icalendar library) that Outlook and
Google Calendar import: one all-day event per action on the last day of its end month.

Each event's UID comes from the plan and the ref, so importing a later export updates the
events already there instead of adding copies; DTSTAMP is the as-of date, so the same plan
gives the same file.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING

from icalendar import Calendar, Event

from ..model import format_initials
from .text import visible

if TYPE_CHECKING:
    from ..model import Item
    from ..results.reading import Export


def uid(item: Item) -> str:
    """Stable across exports: the plan's name and the action's ref, hashed."""
    key = f"{item.plan.name}\0{item.action.ref}".encode()
    return f"{hashlib.sha256(key).hexdigest()[:24]}@ofsted-plan"


def calendar_ics(result: Export) -> str:
    calendar = Calendar()
    calendar.add("prodid", "-//ofsted-plan//Improvement plan actions//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", visible(_title(result)))
    stamp = datetime(result.as_of.year, result.as_of.month, result.as_of.day, tzinfo=timezone.utc)
    for item in result.items:
        a = item.action
        due = a.due
        if due is None or a.open_end is None:
            continue  # nothing to put in a diary: no end month, or complete
        event = Event()
        event.add("uid", uid(item))
        event.add("dtstamp", stamp)
        event.add("dtstart", due)
        event.add("dtend", due + timedelta(days=1))
        event.add("summary", visible(f"{a.ref} due: {a.action or '(no action text)'}"))
        lines = [
            f"Ref: {a.ref}",
            f"Action: {a.action}",
            f"Theme: {item.theme_number}. {item.theme.title}",
            f"Recommendation: {item.recommendation_number}. {item.recommendation.text}",
            f"RAG status: {a.status.label}",
            f"Lead officer: {format_initials(a.lead) or '(none)'}",
            f"DLT lead: {format_initials(a.dlt) or '(none)'}",
            f"Plan: {item.plan.title or item.plan.name}",
        ]
        event.add("description", visible("\n".join(lines)))
        event.add("categories", [a.status.label])
        event.add("transp", "TRANSPARENT")  # a due date, not a meeting: the day stays free
        calendar.add_component(event)
    return calendar.to_ical().decode("utf-8")


def _title(result: Export) -> str:
    titles = {p.title for p in result.plans if p.title}
    return next(iter(titles)) if len(titles) == 1 else "Improvement plan actions"
