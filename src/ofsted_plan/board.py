"""What a board paper holds, gathered once for every paper format (HTML, PDF, Markdown, xlsx).

A Safeguarding Improvement Board reads exceptions first: the paper leads with a summary in
words written from the data, then the RAG counts, then every action that needs the board's
attention (red, amber, overdue, slipped) with its reason, the changes since the last meeting,
what is due before the next one, the data-quality problems, and only then every action.
This module decides what goes in each section; the renderers only lay it out.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import TYPE_CHECKING

from .board_words import impact_words, plural, summary_words
from .measures import Measure, impact_not_shown
from .model import Action, Item, Month, Status, latest_update
from .months import human_month
from .paper import (
    Cover,
    Decision,
    Flagged,
    Impact,
    Paper,
    Quality,
    RecommendationGroup,
    Since,
    ThemeGroup,
)

if TYPE_CHECKING:
    from .history.changes import Change
    from .history.trend import Point
    from .query import Summary


def build(
    *,
    title: str,
    as_of: date,
    cover: Cover,
    items: list[Item],
    overdue: list[Item],
    summary: Summary,
    several: bool = False,
    changes: list[Change] | None = None,
    since: Since | None = None,
    trend: Sequence[Point] = (),
    measures: Sequence[Measure] = (),
    reasons: dict[Action, str] | None = None,
) -> Paper:
    """The whole paper from what the service gathered: the chosen actions (and those of them
    overdue, oldest first, as `query.select(overdue_on=)` chose them), their summary
    (with travel when `since`), the changes since that version and the RAG over time;
    `reasons`: for each action whose end month moved later, the update that moved it.
    Every section is decided here, once, for every paper format."""
    moved = [c for c in changes or () if c.kind == "end" and c.months]
    completed = [
        c.item for c in changes or () if c.kind == "status" and c.item.action.status is Status.BLUE
    ]
    paper = Paper(
        title=title,
        as_of=as_of,
        cover=cover,
        summary=summary,
        words=[],
        exceptions=flag(items, as_of, {c.item.action: c.months or 0 for c in moved}),
        items=items,
        appendix=appendix(items),
        quality=quality(items, as_of),
        due=due_by(items, as_of, cover.next_meeting) if cover.next_meeting else [],
        overdue=overdue,
        changes=changes,
        since=since,
        completed=completed,
        moved=moved,
        decisions=decisions(moved, reasons or {}),
        several=several,
        trend=list(trend),
    )
    paper.impact = impact(measures, as_of, since.day if since else None)
    paper.not_shown = impact_not_shown(items, measures)
    paper.words = summary_words(paper) + impact_words(paper)
    return paper


def decisions(moved: Sequence[Change], reasons: dict[Action, str]) -> list[Decision]:
    """Each end month moved later since the last meeting, most months first: what the board
    must agree, with the reason the officer gave."""
    found = [
        Decision(
            c.item,
            human_month(c.before),
            human_month(c.after),
            c.months or 0,
            reasons.get(c.item.action, ""),
        )
        for c in moved
        if (c.months or 0) > 0
    ]
    found.sort(key=lambda d: (-d.months, d.item.action.ref))
    return found


def impact(measures: Sequence[Measure], as_of: date, since_day: date | None) -> list[Impact]:
    """Each measure's latest value rated by the rule, and its direction since the meeting."""
    now = Month(as_of.year, as_of.month)
    found = []
    for m in measures:
        latest = m.latest
        then = m.value_on(Month(since_day.year, since_day.month)) if since_day else None
        rag = Status.parse(m.rag(latest[1], now)) if latest else Status.UNRATED
        direction = m.direction(then[1], latest[1]) if then and latest else ""
        found.append(Impact(m, latest, rag, then[1] if then else None, direction))
    return found


def latest_comment(text: str) -> str:
    """The latest progress update (the last line of the comments), with its date and who
    wrote it when known: the reason as the officer gave it last."""
    update = latest_update(text)
    return str(update) if update else ""


def flag(
    items: Iterable[Item], as_of: date, slipped: dict[Action, int] | None = None
) -> list[Flagged]:
    """The exceptions: every red, amber, overdue or slipped action, red first."""
    slipped = slipped or {}
    found = []
    for item in items:
        a = item.action
        reasons = []
        if a.status in (Status.RED, Status.AMBER):
            reasons.append(a.status.label)
        late = a.days_late(as_of)
        if late:
            reasons.append("Overdue")
        months = slipped.get(a, 0)
        if months > 0:
            reasons.append(f"Slipped {plural(months, 'month')}")
        if reasons:
            found.append(Flagged(item, reasons, late, months, latest_comment(a.comments)))
    found.sort(key=lambda f: f.rank)
    return found


def quality(items: Iterable[Item], as_of: date) -> list[Quality]:
    """What a board should not have to find for itself: overdue but green, no action text,
    no lead officer, an end before the start, no RAG status; and, once the plans record
    evidence (`plan done --evidence`), a complete action without evidence checked by someone
    other than its lead officer (`plan check --strict` finds them in any plan)."""
    items = list(items)
    recording = any(i.action.evidence for i in items)
    found = []
    for item in items:
        a = item.action
        if a.is_overdue(as_of) and a.status is Status.GREEN:
            found.append(
                Quality(
                    item,
                    "overdue-green",
                    f"past its end month ({human_month(a.end)}) but rated Green",
                )
            )
        if not a.action.strip():
            found.append(Quality(item, "no-text", "no action text"))
        if not a.lead:
            found.append(Quality(item, "no-lead", "no lead officer"))
        if a.start and a.end and a.end < a.start:
            found.append(
                Quality(
                    item,
                    "end-before-start",
                    f"ends ({a.end.human()}) before it starts ({a.start.human()})",
                )
            )
        if a.status is Status.UNRATED:
            found.append(Quality(item, "unrated", "no RAG status"))
        if recording and a.status is Status.BLUE and a.unchecked_evidence():
            found.append(Quality(item, "no-evidence", f"complete with {a.unchecked_evidence()}"))
    return found


QUALITY_TITLES = {
    "overdue-green": "Past its end month but rated Green",
    "no-text": "No action text",
    "no-lead": "No lead officer",
    "end-before-start": "Ends before it starts",
    "unrated": "No RAG status",
    "no-evidence": "Complete without evidence checked by someone other than its lead",
}


def quality_groups(found: Sequence[Quality]) -> list[tuple[str, list[Item]]]:
    """The data-quality problems by kind, each with its actions: one line per kind."""
    groups: dict[str, list[Item]] = {}
    for q in found:
        groups.setdefault(q.kind, []).append(q.item)
    return [(QUALITY_TITLES[kind], groups[kind]) for kind in QUALITY_TITLES if kind in groups]


def due_by(items: Iterable[Item], as_of: date, next_meeting: date) -> list[Item]:
    """Open actions not yet overdue whose end month comes by the next meeting's month."""
    last = Month(next_meeting.year, next_meeting.month)
    due = [
        i
        for i in items
        if (end := i.action.open_end) is not None and end <= last and not i.action.is_overdue(as_of)
    ]
    return sorted(due, key=lambda i: (i.action.end or last, i.action.ref))


def appendix(items: Sequence[Item]) -> list[ThemeGroup]:
    """Every action by theme and recommendation: each recommendation's text once."""
    themes: dict[tuple[str, int], ThemeGroup] = {}
    recs: dict[tuple[str, int, int], RecommendationGroup] = {}
    for item in items:
        key = (item.plan.name, item.theme_number)
        theme = themes.get(key)
        if theme is None:
            theme = themes[key] = ThemeGroup(item.theme_number, item.theme.title, item.plan.name)
        rkey = (*key, item.recommendation_number)
        rec = recs.get(rkey)
        if rec is None:
            rec = recs[rkey] = RecommendationGroup(
                item.recommendation_number, item.recommendation.text, []
            )
            theme.recommendations.append(rec)
        rec.items.append(item)
    return list(themes.values())
