"""Counts, not actions: a totals block under a plan ('Green | 12', 'Total | 40') or a table
that counts actions by RAG, set aside as a person passes over it."""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence

from .documents import Grid, Row
from .values import COLOUR_WORDS, STATUS_WORDS, status_key

TOTAL_WORDS = {"total", "totals", "grand total", "overall", "count", "number", "no.", "%",
               "summary", "rag summary", "position"}  # fmt: skip
_NUMBER = re.compile(r"^\d+(?:\.\d+)?%?$")


def is_counts(grid: Grid) -> bool:
    """Rows of counts ('Green | 12'), or a row of their labels over rows of numbers ('Total
    actions | Red | Amber | Green | Not rated' over '10 | 1 | 5 | 3 | 1')."""
    rows = [[t for c in r.cells if (t := c.strip())] for r in grid.rows]
    rows = [r for r in rows if r]
    if (
        len(rows) >= 2
        and len(rows[0]) >= 3
        and all(_count_label(status_key(t).rstrip(":"), STATUS_WORDS) for t in rows[0])
        and all(all(_NUMBER.match(t) for t in r) for r in rows[1:])
    ):
        return True
    lines = [r for r in grid.rows if any(c.strip() for c in r.cells)]
    return bool(lines) and sum(1 for r in lines if totals_row(r)) >= max(2, len(lines) // 2)


_PIPES = re.compile(r"\s+\|\s+")
_COUNTED = re.compile(r"(.+?)(?:\s*[:=]\s*|\s+)(\d+)")  # 'Green: 3', 'Green = 3', 'Green 3'


def totals_row(row: Row) -> bool:
    """'Green | 12', 'Total | 40', 'Blue 3 Green 10 Amber 2 Red 1': counts, not an action; also
    where a key stands beside the counts past an empty column ('Green – on track | 2 | | |
    Some risk to delivery'), two small tables side by side."""
    if _counts_of(row.cells, row.problems):
        return True
    cells = [c.strip() for c in row.cells]
    start = next((i for i, c in enumerate(cells) if c), len(cells))
    gap = next((i for i in range(start, len(cells)) if not cells[i]), len(cells))
    return (
        gap - start >= 2
        and any(cells[gap:])
        and _NUMBER.match(cells[gap - 1]) is not None
        and _counts_of(cells[start:gap], ())
    )


def _counts_of(row_cells: Sequence[str], problems: Collection[object]) -> bool:
    texts = [t for c in row_cells if (t := c.strip())]
    if (
        len(texts) >= 2
        and any(
            p.strip().lower().rstrip(":") in TOTAL_WORDS
            or p.strip().lower().startswith(("total ", "totals "))
            or p.strip().lower().rstrip(":").endswith(" summary")  # 'Milestone summary'
            for p in texts[0].split("/")
        )
        and all(any(ch.isdigit() for ch in c) for c in texts[1:])
    ):  # 'Cyfanswm / Total' | '11 actions: 4 complete, 5 in progress'
        return True
    if (
        len(texts) == 1
        and re.match(
            r"(?:grand\s+)?totals?\b[^:]{0,30}:\s*\d|\d{1,3}\s+[a-z][a-z ]{2,30}:\s*\d{1,3}\s+\w",
            texts[0],
            re.IGNORECASE,
        )
        and len(texts[0]) <= 120
    ):  # 'Total actions: 12 (B 3, G 4, A 3, R 1, not rated 1)', '9 milestones: 2 complete,
        return True  # 4 at risk (Amber/Red), 3 on track'
    cells: list[str] = []
    for c in (p for t in texts for p in _PIPES.split(t)):  # 'Complete: 3 | On track: 2'
        if len(c) > 60:  # a sentence: an action's text, not a count's label
            return False
        counted = (  # 'Green: 3'; never 'Closed at the meeting held on 25 September 2025'
            _COUNTED.fullmatch(c) if c[-1].isdigit() and not _A_DATE_AT_END.search(c) else None
        )
        cells += [counted[1], counted[2]] if counted else [c]
    if not cells or len(cells) > 24:
        return False
    labels = [c for c in cells if not _NUMBER.match(c)]
    numbers = [c for c in cells if _NUMBER.match(c)] + list(problems)  # =COUNTIF(...)
    if not numbers or not labels:
        return False
    if len(labels) > 2 and (
        re.search(r"\bsummary\b", labels[0], re.IGNORECASE)
        or re.fullmatch(r"\d{1,4}\s+[A-Za-z][A-Za-z ]{2,40}", labels[0])
    ):  # 'Milestone summary' | 'Complete' | 2 | 'Green' | 2 ..., or '8 actions reported' |
        labels = labels[1:]  # 'Green 3' | 'Amber 2' ...: its caption
    return all(_count_label(status_key(c).rstrip(":"), STATUS_WORDS) for c in labels)


# A date ending a line ('... held on 25 September 2025'): its year is no count.
_A_DATE_AT_END = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:19|20)\d\d$", re.I
)


def more_totals(row: Row) -> bool:
    """A short label and a count ('Revised date agreed | 1'), read as totals where it stands
    in a totals block: its own label is the plan's word, not a status; or a short label and
    counts only ('All resources | 11 | 4 | 4 | 2 | 1') under a caption of counts."""
    texts = [t for c in row.cells if (t := c.strip())]
    if len(texts) >= 3 and len(texts[0]) <= 40 and all(_NUMBER.match(t) for t in texts[1:]):
        return True
    return len(texts) == 2 and label_and_count(texts[0], texts[1])


def counts_caption(row: Row) -> bool:
    """'Summary | Actions | Complete | On track | Minor slippage': the caption of a block of
    counts under the plan, each title a status or a total."""
    texts = [status_key(t).rstrip(":") for c in row.cells if (t := c.strip())]
    return (  # (a key's own words among them, 'Minor slippage': short, no figures)
        len(texts) >= 3
        and texts[0] in TOTAL_WORDS
        and all(len(t) <= 30 and not re.search(r"\d", t) for t in texts[1:])
        and sum(1 for t in texts[1:] if _count_label(t, STATUS_WORDS)) >= 2
    )


def label_and_count(label: str, count: str) -> bool:
    """'Revised date agreed' | '1': a short label and a number."""
    return len(label) <= 40 and _NUMBER.match(count) is not None


def _count_label(label: str, words: Mapping[str, object]) -> bool:
    """A label of a count: a status or its colour ('Green (completed)', 'Not yet rated'), or a
    total."""
    first = label.split(" ")[0].strip("():")
    return (
        label in words
        or label in ("c", "ns")  # a C/G/A/R key's complete, counted under the plan ('C | 2'),
        # and its 'NS' (not started)
        or label in TOTAL_WORDS
        or first in COLOUR_WORDS
        or first in words  # 'Complete (B)', 'Completed – 4'
        or re.sub(r"\s*\([^()]*\)$", "", label) in words  # 'On track (G)'
        or label.startswith(("total ", "totals "))
        or first in ("total", "totals", "rag", "yellow")
        or bool(re.match(r"not (yet )?(rated|started|due)\b", label))
        or bool(re.fullmatch(r"(?:[\w' ]{1,30} )?(?:actions|milestones|deliverables)", label))
        # 'MUST Do actions | 5', 'Milestones: 9': the things counted
        or bool(re.fullmatch(r"[\w' ]{0,30}\bby\s+(?:status|rag|rating|colour)", label))
    )  # 'Actions by status | Complete 2 | Green 3': the caption of the counts beside it


def counts_under_header(rows: Sequence[Sequence[str]]) -> bool:
    """Rows under a header ('Core service | Must do | Should do | Actions | Complete') that
    count the plan ('Acute wards ... | 2 | 1 | 5 | 1'): a summary beside the plan, not the
    plan. Most rows hold three numbers or more, and no cell past the first holds words at
    an action's length: all the rows under the header, or those before its first blank row
    (a key may follow the counts)."""
    below = [[t for c in cells if (t := c.strip())] for cells in rows]
    below = [texts for texts in below if texts]
    block: list[list[str]] = []
    for texts in ([t for c in cells if (t := c.strip())] for cells in rows):
        if texts:
            block.append(texts)
        elif block:
            break
    return _counts(below) or _counts(block)


def _counts(below: list[list[str]]) -> bool:
    totalled = any(  # a 'Total' row under them (its sums perhaps never calculated, as a
        texts[0].lower().startswith("total")  # file written by a program leaves them): two
        for texts in below  # counts a row are enough
    )
    least = 2 if totalled else 3
    counted = [t for t in below if sum(1 for x in t if _NUMBER.match(x)) >= least]
    return (
        len(counted) >= 2
        and len(counted) * 2 > len(below)
        and not any(len(x) > 80 for texts in below for x in texts[1:])
    )
