"""The sentences of a board paper, written from its data as a coordinator would write them.

Every count in them is of sets that do not overlap, so a board member can add them up and
find the paper's own totals (issue: every figure recomputable from the plan).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .measures import NOT_SHOWN
from .model import Status
from .months import long_date

if TYPE_CHECKING:
    from .paper import Paper


def impact_words(paper: Paper) -> list[str]:
    """The summary's sentences on impact: how many measures meet their targets, and each
    recommendation complete whose measures do not yet."""
    words = []
    if paper.impact:
        met = sum(1 for i in paper.impact if i.rag is Status.GREEN)
        n = len(paper.impact)
        words.append(f"{met} of {plural(n, 'measure')} of impact {_are(met)} met.")
    for number, _ in paper.not_shown:
        words.append(
            f"Recommendation {number} is {NOT_SHOWN}: its actions are all complete, but its"
            " measures have not met their targets."
        )
    return words


def plural(n: int, one: str, many: str | None = None) -> str:
    """'1 action', '3 actions'."""
    return f"{n} {one if n == 1 else many or one + 's'}"


def _are(n: int) -> str:
    return "is" if n == 1 else "are"


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
        words.append(f"All {plural(total, 'action')} are complete (blue).")
    elif blue == 0:
        words.append(f"None of the {plural(total, 'action')} is complete yet: {rated}.")
    else:
        words.append(
            f"{blue} of {plural(total, 'action')} {_are(blue)} complete (blue); "
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
            f"{plural(n, 'action')} {_are(n)} past {'its' if n == 1 else 'their'} end month: "
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
            f"{plural(n, 'action')} {_are(n)} due by the next meeting "
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
        f"{plural(n['completed'], 'action was', 'actions were')} completed"
        if n["completed"]
        else "no action was completed",
        f"{plural(n['improved'], 'other RAG rating')} improved"
        if n["improved"]
        else "no other RAG rating improved",
        f"{n['worse']} got worse" if n["worse"] else "none got worse",
    ]
    if n["added"]:
        parts.append(f"{plural(n['added'], 'action was', 'actions were')} added")
    if n["removed"]:
        parts.append(f"{plural(n['removed'], 'action was', 'actions were')} removed")
    later = moved_later(paper)
    moved = (
        f"{plural(later, 'end month')} moved later since {paper.since.label}: the board is"
        f" asked to agree {'it' if later == 1 else 'them'} (listed with the reasons)."
        if later
        else f"No end month moved later since {paper.since.label}."
    )
    return [f"Since {paper.since.label}: " + _list(parts) + ".", moved]
