"""When a column title says its cells were written: 'Q2 update', 'Update Jan 2025',
'Progress this quarter', 'Progress narrative (December 2024)', 'Progress in 2024'. A report's
progress column is named by its period; the period is read off the title so that the column
is read as the progress comments, and of two ('Update Jan 2025', 'Update Mar 2025') the later
one."""

from __future__ import annotations

import re
from typing import NamedTuple

from ..months import MONTH_ABBREVIATIONS

_MONTHS = tuple(m.lower() for m in MONTH_ABBREVIATIONS)  # 'jan' ... 'dec'
_PERIOD = re.compile(
    r"\b(?:(?:as\s+(?:at|of)|at|for|in|(?:up\s+)?to)\s+)?(?:"
    r"(?P<now>this|current|latest)\s+(?:quarter|period|month|reporting\s+period)"
    r"|(?P<then>last|previous|prior)\s+(?:quarter|period|month|reporting\s+period)"
    r"|(?:q|quarter\s*)(?P<q>[1-4])(?:\s+(?P<qy>\d{4}|\d{2})(?:\s*[/-]\s*\d{2,4})?)?"
    r"|(?:p|period\s*)(?P<p>1[0-3]|[1-9])"  # 'RAG P5': a council's reporting period 5
    r"|(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?P<mon>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"[a-z]*\.?(?:[\s\-']*(?P<my>\d{4}|\d{2}))?"
    r"|(?P<term>autumn|spring|summer)(?:\s+(?:term|[12](?!\d)))?"  # ('Spring 1': a half term)
    r"(?:\s+(?P<ty>\d{4}|\d{2}))?"  # 'RAG Spring 2025'
    r"|\d{1,2}[/.](?P<dm>\d{1,2})[/.](?P<dy>(?:19|20)?\d{2})"  # 'Progress to 31/12/2025'
    r"|(?P<year>(?:19|20)\d{2})(?:\s*[/-]\s*(?:\d{4}|\d{2}))?"  # 'Progress in 2024', '2024/25'
    r")\b",
    re.IGNORECASE,
)
# A progress column's names, once its period is taken off ('Q2 progress update').
_PROGRESS = frozenset(
    ("update", "updates", "progress", "progress update", "progress updates", "commentary",
     "comments", "narrative", "progress narrative", "progress commentary", "progress notes",
     "progress comments", "position", "update / exceptions", "progress / update", "notes",
     "progress review")  # ('Progress at Spring 1 review': a half term's)
)  # fmt: skip


# The meeting a period's column was reported to, after the period: 'ARC', 'committee'.
_AT_A_MEETING = re.compile(r"\s+(?:arc|arac|audit\s+committee|committee|board|meeting|sib)$")


class Dated(NamedTuple):
    """A progress title's period: how current it is (2 this period, 1 a named one, 0 the
    last), and an order for two named ones ((year, month); year 0 where none is given)."""

    rank: int
    order: tuple[int, int] | None


# A status column's names, once its period is taken off ('Q3 status', 'RAG (Q2)').
_STATUS = frozenset(
    ("status", "rag", "rag status", "rag rating", "rating", "action status", "review rag",
     "review status", "review")  # 'Spring review RAG': the rating given at the spring
    # term's review; 'Spring 2026 review' over cells coloured with no words, the same
)  # fmt: skip


# '(current)', '(previous)' after a period's column: which it is, as its period says.
_WHICH_PERIOD = re.compile(r"\s*\((?:current|previous|latest|last|prior)\)\s*$", re.IGNORECASE)


def progress_period(key: str) -> Dated | None:
    """The period of a progress column's title ('q2 update', 'update jan 2025'), or None
    where the title is not a progress column named by its period."""
    return _period_titled(key, _PROGRESS)


def status_period(key: str) -> Dated | None:
    """The period of a status column's title ('q3 status', 'rag (q2)'): a risk register's
    status each quarter, the latest the action's status now."""
    return _period_titled(key, _STATUS)


def _period_titled(key: str, names: frozenset[str]) -> Dated | None:
    key = _WHICH_PERIOD.sub("", key)  # 'Q2 RAG (current)': the period already says which
    if " / " in key:  # 'statws ch2 / q2 status': a title in two languages, one side named
        sides = [d for side in key.split(" / ") if (d := _period_titled(side, names))]
        if len(sides) == 1:  # (one side read: the other in words no list holds)
            return sides[0]
    found = _PERIOD.search(key)
    if found is None:
        return None
    rest = _PERIOD.sub(" ", key).replace("(", " ").replace(")", " ")  # ('Q2 progress update
    # (September 2025)': one period named twice)
    rest = re.sub(r"\s+", " ", rest).strip(" :-–,")
    rest = _AT_A_MEETING.sub("", rest)  # 'Status (June 2025 ARC)': the committee it went to
    if rest not in names:
        return None
    if found["now"]:
        return Dated(2, None)
    if found["then"]:
        return Dated(0, None)
    if found["q"]:
        year = _full_year(found["qy"])
        return Dated(1, (year, int(found["q"]) * 3))
    if found["p"]:  # periods of the year, in order
        return Dated(1, (0, int(found["p"])))
    if found["term"]:  # a school term by the month it ends in
        return Dated(1, (_full_year(found["ty"]), _TERM_ENDS[found["term"].lower()]))
    if found["dm"]:
        return Dated(1, (_full_year(found["dy"]), int(found["dm"])))
    if found["year"]:
        return Dated(1, (int(found["year"]), 0))
    year = _full_year(found["my"])
    return Dated(1, (year, _MONTHS.index(found["mon"][:3].lower()) + 1))


_TERM_ENDS = {"autumn": 12, "spring": 4, "summer": 7}


def _full_year(text: str | None) -> int:
    if not text:
        return 0
    return int(text) if len(text) == 4 else 2000 + int(text)


def later_of(first: str, second: str) -> int | None:
    """0 or 1: which of two progress titles (in the order of their columns) names the later
    period; None where they cannot be told apart (one names none, or both the same, or one
    has a year and the other not)."""
    one = progress_period(first) or status_period(first)
    two = progress_period(second) or status_period(second)
    if one is None or two is None or one.order is None or two.order is None:
        return None
    if (one.order[0] == 0) != (two.order[0] == 0) or one.order == two.order:
        return None
    if one.order[0] == 0:  # 'RAG Dec' | 'RAG Mar', no years: a plan's columns run on in
        return 1  # time left to right (March of the next year), the right one the later
    return 0 if one.order > two.order else 1


def latest_of(titles: list[str]) -> int | None:
    """Which of three or more progress titles ('q1 update' | 'q2 update' | 'q3 update') names
    the latest period, by their index; None where any cannot be told apart from the rest."""
    dated = [progress_period(t) or status_period(t) for t in titles]
    orders = [d.order for d in dated if d is not None and d.order is not None]
    if len(orders) != len(titles) or len(set(orders)) != len(orders):
        return None
    if len({order[0] == 0 for order in orders}) != 1:
        return None  # one with a year, another without
    if orders[0][0] == 0:  # no years: the columns run on in time left to right
        return len(titles) - 1
    return orders.index(max(orders))


def names_a_period(title: str) -> bool:
    """'Evidence / impact (Oct 2024)', 'Impact at Q2': a title saying when its cells were
    written, as a progress column's does."""
    return _PERIOD.search(title) is not None
