"""Which sheets of a workbook are the plan: the sheet that looks like one, or sheets that are
one plan a part a sheet (a standard, an audit year), never two versions of a plan read as one;
beside them, pages of counts and lists of the plan's parts, set aside and said so."""

from __future__ import annotations

import re
from typing import Any

from ..errors import PlanError
from .header import header_fields
from .labels import CLOSED_SHEET, FILED_BY_YEAR, STATUS_GROUP
from .totals import counts_under_header

Rows = list[tuple[int, list[str]]]
# Each sheet's header as the reader finds it: the row it is on and its columns' fields.
Headers = dict[str, "tuple[int, dict[int, str]] | None"]


def plan_sheets(
    plain: dict[str, Rows], width_of: Any, path: str
) -> tuple[list[str], list[str], list[str]]:
    """The plan's sheets, the summaries of counts and the lists of the plan's parts among
    the workbook's sheets (`plain`: each sheet's rows as text, in order); refused where no
    sheet or more than one plan is found."""
    names = list(plain)
    plans = [n for n in names if width_of(plain[n])]
    if not plans:  # a header naming ref, lead, dates, RAG but no action: read on, and
        plans = [n for n in names if _names_all_but_action(plain[n])][:1]
    if not plans:  # the reader asks which column holds the actions (action_by_its_cells)
        raise PlanError(
            "no sheet has a header row naming an Action column and two more: "
            + ", ".join(repr(n) for n in names),
            path=path,
            hint="name the columns in a rules file (column TITLE = action ...; see the "
            "README), and the sheet with --sheet if there are several",
        )
    if len(plans) > 1 and (filled := [n for n in plans if _rows_under_header(plain[n])]):
        plans = filled  # HIW's 'Appendix B' whose one line under its header says no
        # immediate issues were found: no plan, beside the sheet that is one
    counts = [n for n in plans if _counts_sheet(plain[n], width_of)]
    summaries = counts if len(counts) < len(plans) else []  # a highlight report's
    plans = [n for n in plans if n not in summaries]  # summary page beside its tracker
    listed: list[str] = []
    headers = {n: width_of(plain[n], True) for n in plans} if len(plans) > 1 else {}
    if len(plans) > 1 and not _one_plan(plans, plain, headers):
        listed = _lists_of_parts(plans, plain, headers)
        plans = [n for n in plans if n not in listed]
        if len(plans) > 1 and (not listed or not _one_plan(plans, plain, headers)):
            raise PlanError(
                "more than one sheet looks like a plan: " + ", ".join(repr(n) for n in plans),
                path=path,
                hint=f"choose one with --sheet, e.g. --sheet {plans[0]!r}",
            )
    return plans, summaries, listed


def _rows_under_header(rows: Rows) -> bool:
    """More than one row of three cells or more: a header and a row under it at least."""
    return sum(1 for _, cells in rows if sum(1 for c in cells if c.strip()) >= 3) > 1


def _counts_sheet(rows: Rows, width_of: Any) -> bool:
    """A sheet whose header ('Workstream | Actions | Complete | On track ...') is over rows of
    counts: a highlight report's summary page, not the plan."""
    at = next((i for i, (n, c) in enumerate(rows) if width_of([(n, c)])), None)
    if at is None:
        return False
    return counts_under_header([c for _, c in rows[at + 1 :]]) or _actions_counted(rows, at)


def _lists_of_parts(names: list[str], plain: dict[str, Rows], headers: Headers) -> list[str]:
    """The sheets that only list the plan's parts ('CR1 | Financial resilience | Director of
    Finance | 20'; 'SA4 | Clinical workforce planning | At risk') beside the one sheet whose
    actions are sentences: a summary page, not a second plan. None unless exactly one sheet
    has sentences (eight words or more on average) and the others two-to-five-word names."""
    words = {}
    for name in names:
        rows = plain[name]
        at, header = headers[name] or (0, {})
        action = next((i for i, f in header.items() if f in ("action", "tracked")), None)
        cells = [
            c[action]
            for n, c in rows
            if n > at
            and action is not None
            and action < len(c)
            and sum(1 for cell in c if cell.strip()) >= 2  # (not 'Projects reported: 6 of
        ]  # 16', a line under the table)
        texts = [t.split() for t in cells if t.strip()]
        words[name] = sum(map(len, texts)) / len(texts) if texts else 0.0
    plans = [n for n, w in words.items() if w >= 8]
    lists = [n for n, w in words.items() if 0 < w <= 5]
    return lists if len(plans) == 1 and len(plans) + len(lists) == len(names) else []


def _actions_counted(rows: Rows, at: int) -> bool:
    """'Summary | Sub actions | Deadline date | Status' over 'AFI 1 - ... | 2 | ...': the
    column titled as the actions holds how many there are, a number a row (an action is
    words): a summary of the plan, not the plan."""
    fields = header_fields(rows[at][1])
    column = next((i for i, c in fields.items() if c.field == "action"), None)
    if column is None:
        return False
    cells = []
    for _, row in rows[at + 1 :]:
        if not any(c.strip() for c in row):
            break
        cells.append(row[column].strip() if column < len(row) else "")
    return len(cells) >= 2 and all(re.fullmatch(r"\d{1,3}", c) for c in cells)


_YEAR = re.compile(r"\b(?:19|20)\d\d(?:\s*[/-]\s*\d{2,4})?\b")
# Fields one part of a plan may have and another not.
_OPTIONAL = frozenset(
    ("theme", "recommendation", "comments", "measure", "start", "dlt", "ref", "extra")
)


def _one_plan(names: list[str], plain: dict[str, Rows], headers: Headers) -> bool:
    """Whether sheets that each look like a plan are one plan, a theme a sheet: the same
    fields, no action on two of them, and no name that marks a version ('Plan 2023',
    'Old plan', 'Copy of ...'). Two versions of a plan are never read as one."""
    if any(
        re.search(r"\b(?:old|copy|archive|previous|draft|v\d)\b", n, re.I)
        and not STATUS_GROUP.match(n)  # 'Closed actions 2024-25': a log's closed actions
        for n in names
    ):
        return False
    undated = [_YEAR.sub("", n).strip(" -–") for n in names if _YEAR.search(n)]
    if len(undated) != len(set(undated)) and not all(
        FILED_BY_YEAR.match(n) or not _YEAR.sub("", n).strip(" -–") for n in names
    ):
        return False  # 'Plan 2023' beside 'Plan 2024': two versions ('Structured Assessment
        # 2024' beside 'Local reports': two parts; '2023-24 Audits' beside '2024-25 Audits',
        # or '2023-24' beside '2024-25': each year's, one tracker, unless an action is on both)
    found = [headers[n] for n in names]
    # A sheet of closed actions ('Closed since last ARAC') gives the date closed, no target.
    loose = {"end", "status"} if any(CLOSED_SHEET.match(n) for n in names) else set()
    if None in found or (  # the same fields but those a part may leave out:
        len({frozenset(h[1].values()) - _OPTIONAL - loose for h in found if h}) != 1
    ):  # the theme or the finding a column on one sheet and rows across the table on another
        return False  # ('Must Do' beside 'Should Do'), progress kept on one only
    seen: set[str] = set()
    for name in names:
        at, header = headers[name] or (0, {})
        action = next(i for i, f in header.items() if f in ("action", "tracked"))
        texts = {  # the actions under the header: a version repeats them, a part does not
            text  # (a part may share a service, a heading or a lead line with another)
            for n, cells in plain[name]
            if n > at
            and action < len(cells)
            and len(text := cells[action].strip()) > 15
            and sum(1 for c in cells if c.strip()) > 1  # (not a band: 'Recommendation 2: ...'
        }  # over the closed action on 'Completed actions', as over the open on the plan)
        if seen & texts:
            return False
        seen |= texts
    return True


def _names_all_but_action(rows: Rows) -> bool:
    """A sheet with a row that names three of the plan's columns or more, but no action."""
    for _, cells in rows[:40]:
        named = {c.field for c in header_fields(cells).values() if c.field != "extra"}
        if len(named) >= 3 and "action" not in named:
            return True
    return False
