"""What a table is, by its look, where it has no plan header (a RAG key, document control, a
glossary, contents, a summary of counts, another table); and a row under the plan that heads
another table set below it (risks, decisions, version history)."""

from __future__ import annotations

import re

from .classify import LABEL_AND_VALUE, REF_LIKE
from .documents import Grid, Row
from .header import Vocabulary, header_fields
from .keys import RAG_NAMES, fill_pairs, key_pairs
from .kinds import Header, TableKind
from .totals import is_counts
from .values import COLOUR_WORDS


def table_kind(grid: Grid) -> tuple[TableKind, str]:
    """What a table without a plan header is, and why: a person sets it aside by its look."""
    texts = [c.strip() for row in grid.rows for c in row.cells if c.strip()]
    if not texts:
        return TableKind.OTHER, "it is empty"
    joined = " ".join(texts).lower()
    first = " ".join(c for c in grid.rows[0].cells if c).lower() if grid.rows else ""
    coloured = sum(
        1
        for r in grid.rows
        if (cells := [c.strip() for c in r.cells if c.strip()])
        and len(cells) == 2
        and cells[0].lower() in COLOUR_WORDS
    )
    swatches = [fill_pairs(r) for r in grid.rows]
    if (
        coloured >= 2
        or (
            # two RAG colours or more, each a swatch with its meaning (not a coloured header)
            len({p.split(" = ")[0] for row in swatches for p in row} & RAG_NAMES) >= 2
            and all(len(p) >= len(r.fills) for p, r in zip(swatches, grid.rows, strict=True))
        )
        or sum(len(key_pairs(" | ".join(r.cells))) for r in grid.rows) >= 2
        or ("key" in first and any(w in joined for w in ("red", "green", "amber", "blue")))
    ):
        return TableKind.KEY, "it defines the RAG colours"
    if re.search(
        r"\b(version|author|document (owner|control|history)|approved by|review date)\b", joined
    ):
        return TableKind.DOCUMENT_CONTROL, "it names versions, authors or approval"
    if "glossary" in first or "abbreviation" in first or "acronym" in first:
        return TableKind.GLOSSARY, "it explains abbreviations"
    widths = [len([c for c in r.cells if c.strip()]) for r in grid.rows]
    if widths and max(widths) <= 2 and _abbreviations(grid) >= 0.6:
        return TableKind.GLOSSARY, "it pairs abbreviations with their meaning"
    if "contents" in first or ("page" in first and len(grid.rows) < 30):
        return TableKind.CONTENTS, "it lists contents"
    if is_counts(grid):
        return TableKind.SUMMARY, "it counts actions by RAG"
    return TableKind.OTHER, "it has no header row naming an Action column and two more"


def _abbreviations(grid: Grid) -> float:
    pairs = [[c for c in r.cells if c.strip()] for r in grid.rows]
    pairs = [p for p in pairs if len(p) == 2]
    if not pairs:
        return 0.0
    short = sum(1 for a, _ in pairs if len(a.strip()) <= 8 and a.strip().upper() == a.strip())
    return short / len(pairs)


def other_header(row: Row, words: Vocabulary, plan: Header) -> bool:
    """A row that heads another table below the plan in the same sheet (risks, decisions):
    short titles naming two known columns or more, no action column, none of them a value."""
    from .values import STATUS_WORDS, status_key

    if any(len(c) > 40 and len(c.strip()) > 40 for c in row.cells):
        return False  # a sentence: most rows of a plan, told at once
    cells = [c.strip() for c in row.cells]
    texts = [c for c in cells if c]
    if len(texts) == 2 and all(_other_title(c) for c in texts):
        return True  # 'Risk / issue' | 'Mitigation' under a highlight report's milestones
    if len(texts) < 3:
        return False
    if any(
        status_key(c) in STATUS_WORDS or (REF_LIKE.match(c) and any(ch.isdigit() for ch in c))
        for c in texts
    ):
        return False
    if sum(1 for c in texts if LABEL_AND_VALUE.match(c)) >= 2:
        return False  # 'Risk owner: Head of Planning | Inherent: 12 | Current: 9': facts
    fields = header_fields(cells, words)
    named = {c.field for c in fields.values() if c.field != "extra"}
    if "action" in named or cells == plan.titles[: len(cells)]:
        return False
    # 'Version | Date | Author | Summary of changes', 'Term | Meaning': the titles of a
    # document-control table, a glossary or a risk log, set below the plan.
    kinds = sum(1 for c in texts if _other_title(c))
    return len(named) >= 2 or kinds >= min(3, len(texts))


_OTHER_TITLES = frozenset(
    ("version", "version no", "date", "author", "summary of changes", "changes", "change",
     "approved by", "approval", "owner", "reviewer", "review date", "status of document",
     "term", "definition", "meaning", "abbreviation", "acronym", "risk", "likelihood",
     "impact", "mitigation", "decision", "decision required", "signature", "role", "name",
     "description", "comments", "score", "risk score", "rating", "trend", "controls",
     "risk id", "risk ref", "residual score", "current score", "inherent score",
     "target score", "direction of travel", "budget", "budget summary", "finance summary",
     "allocation", "committed", "spent", "spent to date", "remaining", "forecast", "variance",
     "actual", "actual spend", "target", "delivered", "delivered to date", "actual to date",
     "spend to date", "outturn", "forecast outturn",  # a budget's table under a highlight
     # report's milestones
     "key performance indicator", "performance indicator", "indicator", "kpi")  # a plan's
    # indicators under its actions: 'Key performance indicator | Target 2025-26 | Q2 actual'
)  # fmt: skip
_PERIOD_AFTER = re.compile(  # 'Allocation 2025/26', '2025/26 budget'
    r"\s+(?:(?:19|20)\d\d(?:[/-]\d{2,4})?|q[1-4])$|^(?:(?:19|20)\d\d(?:[/-]\d{2,4})?|q[1-4])\s+"
)


def _other_title(cell: str) -> bool:
    """A title of another table's column: 'Mitigation', 'Allocation 2025/26', 'Risk / issue'."""
    key = _PERIOD_AFTER.sub("", cell.lower().rstrip(":").strip())
    return key in _OTHER_TITLES or all(
        part.strip() in _OTHER_TITLES | {"issue", "issues"} for part in key.split("/")
    )
