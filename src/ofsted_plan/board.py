"""What a board paper holds, gathered once for every paper format (HTML, PDF, Markdown, xlsx).

A Safeguarding Improvement Board reads exceptions first: the paper leads with a summary in
words written from the data, then the RAG counts, then every action that needs the board's
attention (red, amber, overdue, slipped) with its reason, the changes since the last meeting,
what is due before the next one, the data-quality problems, and only then every action.
This module decides what goes in each section; the renderers only lay it out.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, NamedTuple

from .measures import NOT_SHOWN, Measure, impact_not_shown
from .model import Action, Item, Month, Status, latest_update
from .months import human_month

if TYPE_CHECKING:
    from .history.changes import Change
    from .history.trend import Point
    from .query import Summary


class Cover(NamedTuple):
    """The paper's cover block, from the command line."""

    meeting: str = ""  # 'SIB, 10 March 2017'
    author: str = ""
    classification: str = ""  # 'OFFICIAL-SENSITIVE'
    next_meeting: date | None = None


class Since(NamedTuple):
    """The version the paper compares with, named as the board knows it."""

    rev: str  # what the user typed
    commit: str
    tags: tuple[str, ...]  # tags on that commit (the meetings)
    day: date | None  # the meeting's date: its tag's (annotated), else its commit's

    @property
    def label(self) -> str:
        """'sib-2017-03 (10 March 2017)': the meeting and its date, never a hash."""
        name = self.rev if self.rev in self.tags else (self.tags[0] if self.tags else "")
        when = long_date(self.day) if self.day else self.commit[:7]
        return f"{name} ({when})" if name else f"the version of {when}"


class Decision(NamedTuple):
    """An end month moved later since the last meeting: the board is asked to agree it."""

    item: Item
    was: str  # its end month at the last meeting, as the changes write it
    now: str
    months: int  # how many months later
    reason: str  # the last dated update at the version that moved it; '' when none says


@dataclass(slots=True)
class Flagged:
    """An action the board should look at, and why."""

    item: Item
    reasons: list[str]  # 'Red', 'Amber', 'Overdue', 'Slipped 2 months'
    late_days: int  # days past its due date (0 when not overdue)
    slipped: int = 0  # months its end moved later since the last meeting
    reason: str = ""  # its latest comment: what the officer says

    @property
    def rank(self) -> tuple[int, int, str]:
        """Red first, then amber, then the latest; within each, the most overdue first."""
        order = {Status.RED: 0, Status.AMBER: 1}.get(self.item.action.status, 2)
        return (order, -self.late_days, self.item.action.ref)


@dataclass(slots=True)
class Quality:
    """A data-quality problem the paper says out loud."""

    item: Item
    kind: str  # overdue-green, no-text, no-lead, end-before-start, unrated, no-evidence
    problem: str


@dataclass(slots=True)
class RecommendationGroup:
    number: int
    text: str
    items: list[Item]


@dataclass(slots=True)
class ThemeGroup:
    number: int
    title: str
    plan: str
    recommendations: list[RecommendationGroup] = field(default_factory=list)


@dataclass(slots=True)
class Impact:
    """One measure in the paper's impact section: its latest value against its target."""

    measure: Measure
    latest: tuple[Month, float] | None
    rag: Status  # green, amber, red by the rule; unrated with no value yet
    at_meeting: float | None  # its latest value as at the last meeting (--since)
    since_meeting: str  # better, worse, same; '' without --since or a value then

    @property
    def trend(self) -> list[float]:
        return [v for _, v in self.measure.values]


@dataclass(slots=True)
class Paper:
    """Every section of a board paper, in the order it is read."""

    title: str
    as_of: date
    cover: Cover
    summary: Summary
    words: list[str]  # the executive summary, sentence by sentence
    exceptions: list[Flagged]
    items: list[Item]  # every chosen action, in plan order
    appendix: list[ThemeGroup]
    quality: list[Quality]
    due: list[Item]  # open actions whose end month comes by the next meeting
    overdue: list[Item]
    changes: list[Change] | None = None  # None: no --since
    since: Since | None = None
    completed: list[Item] = field(default_factory=list)  # blue now, not at `since`
    moved: list[Change] = field(default_factory=list)  # end months moved since
    decisions: list[Decision] = field(default_factory=list)  # moved later: for the board
    several: bool = False  # more than one plan: rows say which
    trend: list[Point] = field(default_factory=list)  # RAG over time, when in git
    impact: list[Impact] = field(default_factory=list)  # the measures, after the exceptions
    # (number, text) of recommendations complete (every action blue) whose measures are not met
    not_shown: list[tuple[int, str]] = field(default_factory=list)

    @property
    def since_label(self) -> str:
        return self.since.label if self.since else ""

    @property
    def change_rows(self) -> list[Change]:
        """The changes the Changes table lists: each row once, so a completed action is
        listed under Completed, not again as its status change to Blue, and an end month
        moved later under what the board must agree, not again as a change."""
        done = {id(i.action) for i in self.completed}
        agree = {id(d.item.action) for d in self.decisions}
        return [
            c
            for c in self.changes or ()
            if not (c.kind == "status" and id(c.item.action) in done)
            and not (c.kind == "end" and id(c.item.action) in agree)
        ]


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


def impact_words(paper: Paper) -> list[str]:
    """The summary's sentences on impact: how many measures meet their targets, and each
    recommendation complete whose measures do not yet."""
    words = []
    if paper.impact:
        met = sum(1 for i in paper.impact if i.rag is Status.GREEN)
        n = len(paper.impact)
        words.append(f"{met} of {_plural(n, 'measure')} of impact {_are(met)} met.")
    for number, _ in paper.not_shown:
        words.append(
            f"Recommendation {number} is {NOT_SHOWN}: its actions are all complete, but its"
            " measures have not met their targets."
        )
    return words


def long_date(day: date) -> str:
    """'10 March 2017', as a board paper writes a date."""
    return f"{day.day} {day:%B %Y}"


def latest_comment(text: str) -> str:
    """The latest progress update (the last line of the comments), with its date and who
    wrote it when known: the reason as the officer gave it last."""
    update = latest_update(text)
    return str(update) if update else ""


def _plural(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else many or one + 's'}"


def _are(n: int) -> str:
    return "is" if n == 1 else "are"


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
            reasons.append(f"Slipped {_plural(months, 'month')}")
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


def _list(parts: Sequence[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def open_mix(paper: Paper) -> dict[str, int]:
    """The open actions split into sets that do not overlap: on track (green, not overdue),
    overdue but green, amber, red, not rated. They add up to the open actions."""
    counts = paper.summary.total.by_status
    green_late = sum(1 for i in paper.overdue if i.action.status is Status.GREEN)
    return {
        "on track": counts[Status.GREEN] - green_late,
        "overdue but green": green_late,
        "amber": counts[Status.AMBER],
        "red": counts[Status.RED],
        "not rated": counts[Status.UNRATED],
    }


def summary_words(paper: Paper) -> list[str]:
    """The executive summary, written from the data as a coordinator would write it. In each
    sentence the counts are of sets that do not overlap, so a reader can add them up."""
    counts = paper.summary.total.by_status
    total = paper.summary.total.total
    blue = counts[Status.BLUE]
    open_ = total - blue
    mix = open_mix(paper)
    words = []
    said = [
        f"{mix['on track']} {_are(mix['on track'])} on track (green)",
        *(
            [f"{mix['overdue but green']} {_are(mix['overdue but green'])} overdue but rated green"]
            if mix["overdue but green"]
            else []
        ),
        f"{mix['amber']} {_are(mix['amber'])} amber" if mix["amber"] else "none is amber",
        f"{mix['red']} {_are(mix['red'])} red" if mix["red"] else "none is red",
        *([f"{mix['not rated']} {_are(mix['not rated'])} not rated"] if mix["not rated"] else []),
    ]
    rated = _list(said)
    if open_ == 0:
        words.append(f"All {_plural(total, 'action')} are complete (blue).")
    elif blue == 0:
        words.append(f"None of the {_plural(total, 'action')} is complete yet: {rated}.")
    else:
        words.append(
            f"{blue} of {_plural(total, 'action')} {_are(blue)} complete (blue); "
            f"of the {open_} still open, {rated}."
        )
    if paper.since is not None and paper.changes is not None:
        words += _since_sentences(paper)
    overdue = paper.overdue
    if overdue:
        n = len(overdue)
        late = Counter(i.action.status for i in overdue)
        by_status = [
            f"{late[s]} {'not rated' if s is Status.UNRATED else 'rated ' + s.label}"
            for s in (Status.GREEN, Status.AMBER, Status.RED, Status.UNRATED)
            if late[s]
        ]
        text = (
            f"{_plural(n, 'action')} {_are(n)} past {'its' if n == 1 else 'their'} end month: "
            + _list(by_status)
        )
        if late[Status.GREEN]:
            text += (
                " (an overdue action should be rated Amber or Red,"
                " or its end month moved with a reason)"
            )
        words.append(text + ".")
    else:
        words.append("No action is past its end month.")
    if paper.cover.next_meeting:
        n = len(paper.due)
        words.append(
            f"{_plural(n, 'action')} {_are(n)} due by the next meeting "
            f"({long_date(paper.cover.next_meeting)})."
        )
    kinds = Counter(q.kind for q in paper.quality)
    for kind, (one, many) in QUALITY_WORDS.items():
        if kinds[kind]:
            words.append(f"{kinds[kind]} {one if kinds[kind] == 1 else many}.")
    return words


# How the summary says each data-quality problem (overdue but green has its own sentence).
QUALITY_WORDS = {
    "no-text": ("action has no action text", "actions have no action text"),
    "no-lead": ("action has no lead officer", "actions have no lead officer"),
    "end-before-start": ("action ends before it starts", "actions end before they start"),
    "unrated": ("action has no RAG status", "actions have no RAG status"),
}


def since_counts(paper: Paper) -> dict[str, int]:
    """What happened to actions since the last meeting, in sets that do not overlap: each
    action changed between the two versions counts in at most one (completed is not also
    improved). End months moved later are counted apart (`moved_later`)."""
    changes = paper.changes or []
    done = {id(i.action) for i in paper.completed}
    status = [c for c in changes if c.kind == "status"]
    return {
        "completed": len(done),
        "improved": sum(
            1 for c in status if c.direction == "better" and id(c.item.action) not in done
        ),
        "worse": sum(1 for c in status if c.direction == "worse"),
        "added": sum(1 for c in changes if c.kind == "added"),
        "removed": sum(1 for c in changes if c.kind == "removed"),
    }


def moved_later(paper: Paper) -> int:
    return sum(1 for c in paper.moved if (c.months or 0) > 0)


def _since_sentences(paper: Paper) -> list[str]:
    assert paper.changes is not None and paper.since is not None
    n = since_counts(paper)
    parts = [
        f"{_plural(n['completed'], 'action was', 'actions were')} completed"
        if n["completed"]
        else "no action was completed",
        f"{_plural(n['improved'], 'other RAG rating')} improved"
        if n["improved"]
        else "no other RAG rating improved",
        f"{n['worse']} got worse" if n["worse"] else "none got worse",
    ]
    if n["added"]:
        parts.append(f"{_plural(n['added'], 'action was', 'actions were')} added")
    if n["removed"]:
        parts.append(f"{_plural(n['removed'], 'action was', 'actions were')} removed")
    later = moved_later(paper)
    moved = (
        f"{_plural(later, 'end month')} moved later since {paper.since.label}: the board is"
        f" asked to agree {'it' if later == 1 else 'them'} (listed with the reasons)."
        if later
        else f"No end month moved later since {paper.since.label}."
    )
    return [f"Since {paper.since.label}: " + _list(parts) + ".", moved]
