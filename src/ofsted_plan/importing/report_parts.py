"""Headings before the tables that are parts of the report rather than of the plan: an
appendix ('Appendix C – Improvement plan'), a kind of part ('Requirement notices (must do)',
'Causes of concern and recommendations'), or a sheet's caption, over more levels than the
tables' columns leave free ('Regulation 12: ...' headings, 'Cause of concern 1: ...' or
'Financial management' bands). A person reads the levels under them as the plan's and the
heading as the document's; the heading is kept in the plan's notes, nothing lost."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .kinds import Classified, RowKind
from .labels import APPENDIX, BARE_LABEL, parts_of_the_report
from .levels import signature
from .prefixes import prefix_class
from .titles import plan_score

Over = dict[int, set[tuple[int, str]]]  # a row -> the headings over it (level, words)
# 'Registered Manager: Lisa Hirst': a label and a short value, a fact of the part above.
_A_FACT = re.compile(r"^[^:\d]{1,30}:\s+(?:\S+\s+){0,4}\S+$")  # (not 'Cause of concern 1:')


def parts_set_aside(rows: list[Classified], in_force: dict[int, int], over: Over) -> bool:
    """The outermost headings set aside as notes where they are parts of the report, and the
    count of headings over each row (`in_force`, from the levels each row stands under,
    `over`) lowered to match. False when the headings set aside were the only ones."""
    headings = [r for r in rows if r.kind is RowKind.STRUCTURE and r.why == "heading"]
    if not headings:  # (labels given way to their words: the count of them holds)
        return True
    levels = sorted({r.column for r in headings})
    outer = [r for r in headings if r.column == levels[0]]
    under = [_kinds_under(rows, r, over) for r in outer]
    free = [_free_under(rows, r, over) for r in outer]
    texts = [r.text for r in outer]
    over_full = [1 + len(kinds) > n for kinds, n in zip(under, free, strict=True)]
    banded = any(kind[0] == "band" for kinds in under for kind in kinds)
    # Headings naming the report's parts ('Must do' | 'Should do', sheets or headings) are
    # set aside only where their own tables leave no room ('Causes of concern' over causes
    # over recommendations); 'Requirement notices (must do)' over bands, beside 'Should
    # do' over a table with its should-do column, each has its room
    room = _left_free(rows)  # what every table leaves free: all a bare kind has ('Requirements'
    sheets = any(r.row.where.endswith(f"[{r.text}]") for r in outer)  # over bands beside a
    kinds_named = parts_of_the_report(texts) and any(  # table naming the recommendation),
        1 + len(k) > (room if BARE_LABEL.match(t) and not sheets else n)  # unless it names a
        for k, n, t in zip(under, free, texts, strict=True)  # sheet ('Must Do' | 'Should Do')
    )
    captions = (  # a sheet's caption over bands ('Financial management') and a
        all(prefix_class(t) == "plain" for t in texts)  # recommendation column, or over
        and 2 * sum(over_full) >= len(outer)  # tables whose own columns name the theme and
        and (banded or 0 in free)  # the recommendation both (most captions so: not one
    )  # sheet of three with a second part lower on it)
    if not kinds_named and not captions:  # ('Areas where the practice should improve'
        return True  # alone over its table: a part)
    kept = _named_beside_the_plan(outer, over_full) if captions and not kinds_named else set()
    aside = {r.text for r in outer if r.text not in kept}
    for r in outer:
        if r.text in aside:
            r.kind, r.why = RowKind.NOTE, "part of the report"
    for row, shown in over.items():
        if any(level == levels[0] + 100 and text in aside for level, text in shown):
            in_force[row] -= 1
    return len(levels) > 1 or bool(kept)


# An appendix's label before its name: 'Appendix B – '.
_APPENDIX = re.compile(rf"^{APPENDIX}\s*[–—:.-]\s*", re.IGNORECASE)
# The plan itself, by its kind: 'Improvement plan', 'Action plan'.
_THE_PLAN = re.compile(r"(?:\w+\s+)?(?:plan|tracker)", re.IGNORECASE)


def _named_beside_the_plan(outer: list[Classified], over_full: list[bool]) -> set[str]:
    """'Immediate improvement plan' over a table of its own, beside 'Improvement plan' over
    the bands of the rest (HIW's template): the plan itself is the document's, set aside;
    the part named after it, with its own words before, stays the part of the plan over its
    rows. The texts of such parts (none where no heading names the plan itself)."""
    plans = {
        _APPENDIX.sub("", r.text).casefold()
        for r, full in zip(outer, over_full, strict=True)
        if full and _THE_PLAN.fullmatch(_APPENDIX.sub("", r.text).strip())
    }
    return {
        r.text
        for r, full in zip(outer, over_full, strict=True)
        if not full
        and any(_APPENDIX.sub("", r.text).casefold().endswith(f" {plan}") for plan in plans)
    }


def _kinds_under(
    rows: list[Classified], heading: Classified, over: Over
) -> set[tuple[object, ...]]:
    """The kinds of heading under this one, before the next at its level: the deeper
    headings' levels, and the bands of the tables it stands over (not of a later sheet's
    that no heading names)."""
    at = next(i for i, r in enumerate(rows) if r is heading)
    kinds: set[tuple[object, ...]] = set()
    bands: set[tuple[object, ...]] = set()
    run = deepest = 0  # bands one over another with no action between: how deep they go
    for r in rows[at + 1 :]:
        if r.kind is RowKind.STRUCTURE and r.why == "heading":
            if r.column <= heading.column:
                break
            if r.column < 10 - 100:  # a heading, not a paragraph over the table ('The
                kinds.add(("heading", r.column))  # registered person must comply with ...')
        elif r.kind is RowKind.STRUCTURE and _named(heading) in over.get(id(r), ()) and _a_band(r):
            bands.add(("band", *signature(r)))  # ('Cause of concern 1: ...' over
            run += 1  # 'Recommendation 1: ...': two kinds of band, two levels)
            deepest = max(deepest, run)
        elif r.kind is RowKind.ACTION:
            run = 0
    # Two kinds of band each straight over actions ('Breach of Regulation 17: ...' and then
    # 'Should do: ...'): side by side, one level.
    return kinds | set(sorted(bands, key=str)[: max(deepest, 1)])


def _free_under(rows: list[Classified], heading: Classified, over: Over) -> int:
    """How many levels the columns of the tables under this heading leave free: a table
    with a Recommendation column leaves the theme only."""
    return _left_free(
        r for r in rows if r.header is not None and _named(heading) in over.get(id(r), ())
    )


def _left_free(rows: Iterable[Classified]) -> int:
    """How many of the theme and the recommendation no column of these rows' tables names."""
    named = {f for r in rows if r.header is not None for f in r.header.fields.values()}
    return len({"theme", "recommendation"} - named)


def _named(heading: Classified) -> tuple[int, str]:
    """The heading as the tables under it record it: its level and its words."""
    return heading.column + 100, heading.text


def better_named(title: str, sections: list[str]) -> str | None:
    """The first sheet's caption, kept as a note, where it names the plan ('... Joint Board –
    2024/25 Annual Audit Report Action Plan Tracker') and the title read does not ('Audit and
    Risk Committee – 4 December 2025 – progress at ...')."""
    if not sections or not title:
        return None
    score = plan_score(sections[0])
    return sections[0] if score >= 4 and plan_score(title) <= 0 else None


def _a_band(row: Classified) -> bool:
    """A heading row in a table that names a part: not one that only names their kind
    ('MUST DO ACTIONS'), nor a fact ('Registered Manager: Lisa Hirst')."""
    return not parts_of_the_report([row.text]) and not _A_FACT.match(row.text)
