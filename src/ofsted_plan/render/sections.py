"""What every board-paper format shares: the RAG colours, the key, section and column names.

HTML, PDF, Markdown and xlsx lay out the same `board.Paper`; the words a board reads are
written once here so the formats never disagree.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ..board_words import long_date
from ..history.changes import Change, is_whole, plain, trimmed_words
from ..measures import NOT_SHOWN, value_text
from ..model import STATUS_ORDER, Item, Status, format_initials
from ..months import human_month
from ..query import TRAVEL_RULE, Counts, Summary

if TYPE_CHECKING:
    from ..paper import Decision, Impact, Paper

COLOURS = {  # background, text: readable in greyscale too (light to dark)
    Status.BLUE: ("#1d4f91", "#ffffff"),
    Status.GREEN: ("#2e7d32", "#ffffff"),
    Status.AMBER: ("#f2a900", "#000000"),
    Status.RED: ("#c62828", "#ffffff"),
    Status.UNRATED: ("#e0e0e0", "#000000"),
}

# Markers that carry the RAG where colour cannot (Markdown, greyscale print).
MARKERS = {
    Status.RED: "🔴",
    Status.AMBER: "🟠",
    Status.GREEN: "🟢",
    Status.BLUE: "🔵",
    Status.UNRATED: "⚪",
}

RAG_KEY = (
    (Status.RED, "Off track: will not be delivered by its end month without the board's help."),
    (Status.AMBER, "At risk: behind or facing obstacles; the lead officer has a plan to recover."),
    (Status.GREEN, "On track to be delivered by its end month."),
    (Status.BLUE, "Complete: delivered, with the evidence recorded."),
    (Status.UNRATED, "Not rated yet."),
)
RULE = (
    "An action past its end month and not complete should not be Green: rate it Amber or Red, "
    "or agree a new end month with the reason in its comments."
)
TERMS = (
    ("Overdue", "past the last day of its end month and not complete (Blue)."),
    ("Late", "how long since that day."),
    ("Done", "the share of actions that are complete (Blue)."),
    ("Last meeting → now", "the counts the travel is judged on, then and now."),
    ("Travel", TRAVEL_RULE[0].upper() + TRAVEL_RULE[1:]),
    ("Slipped", "its end month was moved later since the last meeting."),
)

EXCEPTION_COLUMNS = ("Ref", "Action", "Lead", "End (late)", "RAG (why)", "Latest comment")
CHANGE_COLUMNS = ("Ref", "Action", "Change", "Details")
DUE_COLUMNS = ("Ref", "Action", "Lead", "End", "RAG")
DECISION_TITLE = "For the board to agree: end months moved later"
DECISION_COLUMNS = ("Ref", "Action", "Lead", "End month", "Later by", "Reason (the update)")
# HTML and PDF: the reason under the action, so the row takes the width of the page
DECISION_HTML_COLUMNS = (
    "Ref",
    "Action, and the reason (the update)",
    "Lead",
    "End month",
    "Later by",
)
NO_REASON = "(no update since the meeting says why)"


def later_by(months: int) -> str:
    return f"{months} month{'' if months == 1 else 's'}"


def decision_line(d: Decision) -> str:
    """'3.2 Develop ... (IA): end month Sep 2017 → Nov 2017, 2 months later. Reason: ...'"""
    text = d.item.action.action.strip() or "(no action text)"
    return (
        f"{d.item.action.ref} {text} ({lead(d.item)}): end month {d.was} → {d.now},"
        f" {later_by(d.months)} later. Reason: {d.reason or NO_REASON}"
    )


QUALITY_COLUMNS = ("Problem", "Actions", "Refs (lead officer)")
QUALITY_ROW_COLUMNS = ("Ref", "Action", "Lead", "Problem")  # one row per problem (xlsx)
IMPACT_COLUMNS = ("Measure", "Latest", "Target", "RAG", "Since the last meeting", "Trend")
IMPACT_TITLE = "Impact: measures against their targets"
APPENDIX_COLUMNS = (
    "Ref",
    "Action, and its measure of success",
    "Start–end",
    "Lead / DLT",
    "Comments",
    "RAG",
)


def summary_header(summary: Summary) -> list[str]:
    return [
        summary.by.capitalize(),
        *(s.label for s in STATUS_ORDER),
        "Total",
        "Overdue",
        "Done",
        *(["Last meeting → now", "Travel"] if summary.since else []),
    ]


# The summary table's columns that hold numbers (right-aligned); with --since two words follow.
NUMBER_COLUMNS = len(STATUS_ORDER) + 3


def counts_cells(group: Counts, since: bool) -> list[str]:
    cells = [str(group.by_status[s]) for s in STATUS_ORDER]
    cells += [str(group.total), str(group.overdue), f"{group.complete_percent:.0f}%"]
    return cells + ([then_now(group), group.travel or ""] if since else [])


def then_now(group: Counts) -> str:
    """'Red 1 → 4, Amber 2 → 2, Overdue 3 → 7, Blue 0 → 7': the counts travel is judged on,
    at the last meeting and now, so a chair can check it."""
    then = group.before
    if then is None:
        return "not there then"
    pairs = [(s.label, then.by_status[s], group.by_status[s]) for s in (Status.RED, Status.AMBER)]
    pairs += [("Overdue", then.overdue, group.overdue)]
    pairs += [(Status.BLUE.label, then.by_status[Status.BLUE], group.by_status[Status.BLUE])]
    return ", ".join(f"{name} {a} → {b}" for name, a, b in pairs)


def group_name(group: Counts) -> str:
    return f"{group.number}. {group.name}" if group.number else group.name


def lead(item: Item) -> str:
    return format_initials(item.action.lead) or "(none)"


def ref_and_lead(item: Item) -> str:
    """'1.1 (RG)': an action named by its ref, with who to ask."""
    people = format_initials(item.action.lead)
    return f"{item.action.ref} ({people})" if people else item.action.ref


def theme_heading(number: int, title: str, plan: str, several: bool) -> str:
    text = f"Theme {number}. {title}" if title else f"Theme {number}"
    return f"{plan}: {text}" if several else text


def recommendation_heading(number: int, text: str) -> str:
    return f"Recommendation {number}. {text}" if text else f"Recommendation {number}"


def cover_facts(paper: Paper) -> list[tuple[str, str]]:
    """The cover block's lines, (name, plain text), those that are set."""
    cover = paper.cover
    facts = [
        ("Classification", cover.classification),
        ("Meeting", cover.meeting),
        ("Author", cover.author),
        ("Position as of", long_date(paper.as_of)),
        ("Compared with", paper.since_label),
        ("Next meeting", long_date(cover.next_meeting) if cover.next_meeting else ""),
    ]
    return [(name, value) for name, value in facts if value]


def paper_plain(change: Change) -> str:
    """A change as `plain` writes it, its months as papers write them ('Sep 2017')."""
    text = plain(change)
    return human_month(text) if change.kind in ("start", "end") else text


def change_text(change: Change) -> str:
    """A change as plain text with no diff markup: a text change as what it was and is."""
    if change.kind not in ("comments", "field"):
        return paper_plain(change)
    prefix = f"{change.field_name}: " if change.kind == "field" else ""
    return f"{prefix}was: {change.before or '(empty)'}\nnow: {change.after or '(empty)'}"


def change_details(
    change: Change,
    escape: Callable[[str], str],
    run: Callable[[str, str], str],
    was_now: Callable[[str, str], str],
) -> str:
    """A change's details in a paper format: `escape` makes plan text safe, `run` marks a
    word-diff run ('-' removed, '+' added, '=' kept), `was_now` shows a text replaced whole."""
    if change.kind not in ("comments", "field"):
        return escape(paper_plain(change))
    prefix = escape(f"{change.field_name}: ") if change.kind == "field" else ""
    if is_whole(change):
        return prefix + was_now(change.before or "(empty)", change.after or "(empty)")
    out = ""
    for op, text in trimmed_words(change):
        piece = run(op, text)
        if out and not out[-1].isspace() and piece and not piece[0].isspace():
            out += " "  # a removed word and the added word after it never run together
        out += piece
    return prefix + out


def split_space(text: str) -> tuple[str, str, str]:
    """(leading space, words, trailing space): markup must hug the words."""
    core = text.strip()
    lead = text[: len(text) - len(text.lstrip())]
    return lead, core, text[len(text.rstrip()) :]


def impact_cells(row: Impact) -> list[str]:
    """An impact row's words: measure, latest (month), target (by), RAG, direction."""
    m = row.measure
    latest = (
        f"{value_text(row.latest[1], m.unit)} ({human_month(row.latest[0])})"
        if row.latest
        else "no value yet"
    )
    target = value_text(m.target, m.unit) + (f" by {human_month(m.by)}" if m.by else "")
    since = row.since_meeting or "-"
    if row.at_meeting is not None:
        since += f" (was {value_text(row.at_meeting, m.unit)})"
    return [m.name or m.id, latest, target, row.rag.label if row.latest else "No value", since]


def not_shown_line(number: int) -> str:
    """'Recommendation 1: complete, impact not yet shown.'"""
    return f"Recommendation {number}: {NOT_SHOWN}."
