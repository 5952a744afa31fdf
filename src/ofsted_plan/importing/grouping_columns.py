"""A column that groups the recommendations' rows, where the table has no theme column (or
numbers its parts in one): read as the theme over them, as a person reads it.

'Quality statement' beside 'Area for improvement', 'Improvement Priority' written on each
priority's first row only, refs that start again under each value of a column to their left.
Told by the rows under the header (those with an action), never by a title alone, and said in
the report. Split from column_heads.py, which reads a column by its title.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping, Sequence

from .column_checks import carried, numbers_its_refs, one_run_each, ref_order
from .header import BRACKETS, SPACES, Column, header_key
from .person_kinds import kind_of
from .vocabulary import PRIORITY_WORDS


def settle_groupings(
    fields: dict[int, Column],
    titles: list[str],
    sample: Sequence[Sequence[str]],
    names: Mapping[str, str],
    notes: list[str],
) -> None:
    """In a table with no theme column, a column that groups the recommendations' rows, each
    of its values over a run of whole recommendations, is the theme over them, as a person
    reads it: 'Quality statement' beside 'Area for improvement' (both named as the
    recommendation), or 'Improvement Priority', written on each priority's first row only.
    Told by the rows under the header (those with an action), and said in the report."""
    if any(c.field == "theme" for c in fields.values()):
        notes.extend(_numbered_over_theme(fields, titles, sample, names))
        return
    recs = [i for i, c in fields.items() if c.field == "recommendation"]
    action = next((i for i, c in fields.items() if c.field == "action"), None)
    if action is not None and not recs:
        notes.extend(_two_levels_before(fields, titles, sample, action))
        notes.extend(_numbered_runs_before(fields, titles, sample, action))
    if action is None or not 1 <= len(recs) <= 2:
        return
    if len(recs) == 1 and (outline := _numbered_under_it(fields, titles, sample, recs[0], action)):
        notes.extend(outline)
        return
    pairs = [(recs[0], recs[1]), (recs[1], recs[0])] if len(recs) == 2 else []
    rows = [r for r in sample if action < len(r) and r[action]]
    ref = next((i for i, c in fields.items() if c.field == "ref"), None)
    pairs += [
        (i, rec)
        for rec in recs
        for i, title in enumerate(titles)
        if i < rec
        and (i not in fields or fields[i].field == "measure")  # ('Outcome' left of the
        # finding: the Consumer Duty outcome it falls under, no measure of one action)
        and (
            (len(recs) == 1 and (_groups_by_name(title, names) or _worded(rows, i) or i in fields))
            or _refs_start_again(rows, i, ref)
        )
    ]
    acted = [k for k, r in enumerate(sample) if action < len(r) and r[action]]
    banded = (
        bool(acted)
        and any(  # rows of one text among the actions: bands naming parts
            len({c.strip() for c in r if c.strip()}) == 1 and not (action < len(r) and r[action])
            for r in sample[acted[0] : acted[-1]]
        )
    )
    for outer, inner in pairs:
        if outer > inner:  # a column right of the recommendation says more of it ('Priority
            continue  # 1' beside an RQIA recommendation: its rating), heads nothing
        over, under = carried(rows, outer), carried(rows, inner)
        if banded and any(map(_coded_heading, over)):
            continue  # 'Reg. 13 – Information for children' beside each finding under bands
            # ('Well-being', a core service): the regulation each cites; the bands the parts
        if _groups(over, under, outer < inner):
            fields[outer] = Column("theme", 1)
            notes.append(
                f"'{titles[outer].strip()}' groups the rows of '{titles[inner].strip()}' "
                "(each of its values over whole recommendations): read as the theme over them"
            )
            return


def _two_levels_before(
    fields: dict[int, Column], titles: list[str], sample: Sequence[Sequence[str]], action: int
) -> list[str]:
    """No theme or recommendation column, and left of the action two columns each written
    where its run starts ('Outcome' | 'Expectation': 'Happy' over 'E2: Listen to us ...'):
    the outer runs hold whole inner ones and the inner are headings in words. The outer is
    the theme (whatever its title: 'Outcome' is no measure of one action), the inner the
    recommendation. The note that says so, if it is."""
    rows = [r for r in sample if action < len(r) and r[action]]
    for outer in range(action - 1):
        inner = outer + 1
        if fields.get(outer, Column("extra", 1)).field not in ("extra", "measure") or (
            inner in fields and fields[inner].field != "extra"
        ):
            continue
        starts = [r for r in rows if r[outer].strip()]
        if len(rows) < 4 or len(starts) == len(rows) or not rows[0][outer].strip():
            continue  # (written on every row: a value of each action, not a run's heading)
        outside, within = carried(rows, outer), carried(rows, inner)
        if not all(len(v.split()) >= 3 for v in within) or not one_run_each(outside):
            continue
        if not all(re.search(r"[^\W\d_]", v) for v in outside):
            continue  # 'Date of meeting' of '14/01/2025': when, no heading in words
        over: dict[str, str] = {}
        if any(over.setdefault(i, o) != o for o, i in zip(outside, within, strict=True)):
            continue
        if not 2 <= len(set(outside)) < len(set(within)):
            continue
        fields[outer], fields[inner] = Column("theme", 1), Column("recommendation", 1)
        return [
            f"'{titles[outer].strip()}' holds whole runs of '{titles[inner].strip()}', each "
            "written where its run starts: read as the theme, and the other as the "
            "recommendation under it"
        ]
    return []


def _numbered_runs_before(
    fields: dict[int, Column], titles: list[str], sample: Sequence[Sequence[str]], action: int
) -> list[str]:
    """No theme column, and left of the action a column read as the measure ('Outcome')
    written only where its run starts, each value a numbered part ('Outcome 1: Families can
    find help early'): the parts the actions sit under, not one action's measure. The note
    that says so, if it is."""
    if any(c.field == "theme" for c in fields.values()):
        return []
    rows = [r for r in sample if action < len(r) and r[action]]
    for column in range(action):
        if fields.get(column, Column("extra", 1)).field != "measure" or len(rows) < 4:
            continue
        written = [r[column].strip() for r in rows if r[column].strip()]
        numbering = (  # (merged down, written on every row: its number the refs extend)
            len(set(written)) < len(written) and _numbering_refs(rows, column, fields)
        )
        lettered = len(set(written)) < len(written) and _lettered_refs(rows, column, fields)
        if len(written) < 2 or not one_run_each(carried(rows, column)):
            continue
        if not (numbering or lettered) and (
            not rows[0][column].strip() or len(written) == len(rows)
        ):
            continue
        labels = {m[1].casefold() if (m := _NUMBERED_PART.match(v)) else "" for v in written}
        if (len(labels) != 1 or "" in labels) and not (numbering or lettered):
            continue
        fields[column] = Column("theme", 1)
        return [
            f"'{titles[column].strip()}' numbers the parts ('{written[0]}'), "
            + (
                "the refs of its actions numbered under each"
                if numbering
                else "the refs of its actions lettered for each ('CF1', 'SN1')"
                if lettered
                else "each written where its run of actions starts"
            )
            + ": read as the theme, not a measure"
        ]
    return []


def _numbering_refs(rows: Sequence[Sequence[str]], column: int, fields: dict[int, Column]) -> bool:
    """Each value numbered in the plan's outline ('1.1 Children and young people are safe'),
    and the ref of every action under it extends that number ('1.1.1', '1.1.2')."""
    ref = next((i for i, c in fields.items() if c.field == "ref"), None)
    if ref is None:
        return False
    pairs = [
        (_numbered(value), row[ref].strip() if ref < len(row) else "")
        for value, row in zip(carried(rows, column), rows, strict=True)
        if not (ref < len(row) and not row[column].strip() and not re.search(r"\d", row[ref]))
    ]  # (not 'Total deliverables' | ... under the table: no action's row)
    return numbers_its_refs(pairs)


def _lettered_refs(rows: Sequence[Sequence[str]], column: int, fields: dict[int, Column]) -> bool:
    """Each value's run of actions has refs of its own letters ('Child-Friendly Nottingham'
    over CF1, CF2; 'Safer Nottingham' over SN1): the letters name the part, one each."""
    ref = next((i for i, c in fields.items() if c.field == "ref"), None)
    if ref is None:
        return False
    letters: dict[str, set[str]] = {}
    for value, row in zip(carried(rows, column), rows, strict=True):
        found = re.match(r"([A-Za-z]{1,5})[-\s]?\d", row[ref].strip() if ref < len(row) else "")
        if found is None or not value:
            return False
        letters.setdefault(value, set()).add(found[1].upper())
    owned = [next(iter(held)) for held in letters.values() if len(held) == 1]
    return len(letters) >= 2 and len(owned) == len(letters) == len(set(owned))


def _numbered_under_it(
    fields: dict[int, Column], titles: list[str], sample: Sequence[Sequence[str]], rec: int,
    action: int,
) -> list[str]:  # fmt: skip
    """The recommendation column ('Council Priority' of '1. A prosperous economy') and right
    of it a column read as the measure or as none ('Outcome'), written where its run starts,
    each value numbered under the first's ('1.1 A vibrant and well-used city centre'): the
    plan's outline, the first the theme and the other the recommendation under it, not one
    action's measure. The note that says so, if it is."""
    rows = [r for r in sample if action < len(r) and r[action]]
    for column in range(rec + 1, action):
        if fields.get(column, Column("extra", 1)).field not in ("measure", "extra"):
            continue
        written = [r[column].strip() for r in rows if r[column].strip()]
        if len(rows) < 3 or len(written) < 2 or len(written) == len(rows):
            continue
        outer, inner = carried(rows, rec), carried(rows, column)
        if not all(map(_numbered, outer + inner)) or not _groups(outer, inner, True):
            continue
        if all(
            _numbered(i).startswith(_numbered(o) + ".") for o, i in zip(outer, inner, strict=True)
        ):
            fields[rec], fields[column] = Column("theme", 1), Column("recommendation", 1)
            return [
                f"'{titles[column].strip()}' numbers its parts under '{titles[rec].strip()}' "
                f"('{written[0]}'): read as the recommendation, '{titles[rec].strip()}' as the "
                "theme over it"
            ]
    return []


# '1. A prosperous economy', '1.1 A vibrant ... centre': a part numbered in the plan's outline.
_OUTLINE = re.compile(r"^(\d{1,2}(?:\.\d{1,2})*)\.?\s+[^\W\d]")


def _numbered(value: str) -> str:
    """The outline number a part is written with ('1.1'), or ''."""
    found = _OUTLINE.match(value)
    return found[1] if found else ""


Names = Mapping[str, str]  # a title's words -> the field they name
# 'Priority 1: Recognition of ...', 'Priority 2: ...': a part's label and its number.
_NUMBERED_PART = re.compile(r"^([A-Za-z]+)\s+\d{1,2}[a-z]?\s*[:.–-]\s*\S")


def _numbered_over_theme(
    fields: dict[int, Column], titles: list[str], sample: Sequence[Sequence[str]], names: Names
) -> list[str]:
    """A theme column and no recommendation column, and left of the theme a column its
    title names as a part, over runs of whole themes: holding one label numbered in turn
    ('Safety priority' of 'Priority 1: ...', 'Priority 2: ...'), or fewer values than the
    themes ('Well-being Objective' | 'Theme', a council's corporate plan tracker). The outer
    level is the one on the left whatever the titles say: it is the theme, and the column
    under it (a PSIRF export's 'Learning response') the recommendation. The note that says
    so, if it is."""
    if any(c.field == "recommendation" for c in fields.values()):
        return []
    theme = next(i for i, c in fields.items() if c.field == "theme")
    action = next((i for i, c in fields.items() if c.field == "action"), None)
    if action is None:
        return []
    rows = [r for r in sample if action < len(r) and r[action]]
    for column in range(theme):
        if column in fields or not _groups_by_name(titles[column], names):
            continue
        outer, inner = carried(rows, column), carried(rows, theme)
        labels = {m[1].casefold() if (m := _NUMBERED_PART.match(v)) else "" for v in outer}
        over: dict[str, str] = {}
        numbered = (
            len(rows) >= 3
            and len(labels) == 1
            and "" not in labels
            and one_run_each(outer)
            and all(over.setdefault(i, o) == o for o, i in zip(outer, inner, strict=True))
        )
        if numbered or _groups(outer, inner, True):
            fields[column], fields[theme] = Column("theme", 1), Column("recommendation", 1)
            how = f"numbers the parts over '{titles[theme].strip()}' ('{outer[0]}')"
            if not numbered:
                how = f"holds whole runs of '{titles[theme].strip()}'"
            return [
                f"'{titles[column].strip()}' {how}: read as the theme, "
                f"'{titles[theme].strip()}' under it as the recommendation"
            ]
    return []


def _worded(rows: Sequence[Sequence[str]], column: int) -> bool:
    """A column of headings in words ('Preventing fires and other risks', HMICFRS's
    diagnostic) or of places' names ('Hanwell House', a provider's children's homes), whatever
    its title: no codes or labels ('Reg 12', 'AFI 1', 'Must do', 'Single agency')."""
    values = {c.strip() for r in rows if column < len(r) and (c := r[column]).strip()}
    if any(kind_of(v) == "agency" for v in values):
        return False  # a column of bodies ('West Yorkshire Police', 'Primary Care'): who leads
    return bool(values) and all(
        (
            (len(v.split()) >= 3 or (len(v.split()) == 2 and _place(v)))
            and len(v) <= 80
            and not any(ch.isdigit() for ch in v)
        )
        or _coded_heading(v)
        for v in values
    )


def _all_coded(values: list[str]) -> bool:
    return all(map(_coded_heading, values))


def _coded_heading(value: str) -> bool:
    """'PSII 2024/031 – Delayed response to a Category 2 stroke call', 'Regulation 12: Safe
    care and treatment': a code, then its name in words (a heading, not a code alone)."""
    found = re.match(r"^(\S+(?:\s\S+){0,2})(?:\s[–—-]\s|:\s)(.+)$", value) or re.match(
        r"^((?:regulation|reg\.?|standard)\s*\d{1,3}[A-Za-z]?)\s+(\S.*)$", value, re.IGNORECASE
    )  # ('Regulation 12 HSCA RA Regulations 2014 Safe care and treatment': no colon)
    return (
        found is not None
        and len(value) <= 140
        and any(ch.isdigit() for ch in found[1])  # (a code: 'Governance – ...' is a name)
        and (
            len(found[2].split()) >= 4
            or (  # 'Regulation 18: Staffing': a label and its number, then its name
                re.fullmatch(r"[A-Za-z]+\.?\s*\d{1,3}[A-Za-z]?", found[1]) is not None
                and not any(ch.isdigit() for ch in found[2])
            )
        )
    )


def _place(value: str) -> bool:
    """'Hanwell House': a place named in two capitalised words (read as a person's name, it
    may be), not a body or a post ('Calderdale Council', 'Lead Nurse')."""
    return all(w[:1].isupper() for w in value.split()) and kind_of(value) in (None, "name")


def _refs_start_again(rows: Sequence[Sequence[str]], column: int, ref: int | None) -> bool:
    """An untitled-as-a-field column ('Audit Review') whose runs the refs start again under
    (1, 2 under one audit, 1, 2, 3 under the next): it names what they are numbered under.
    Within each of its runs the refs never go back, and one ref at least is in two runs (not
    RQIA's 'Stated', First time over refs 2, 3, 1, 2: the sections number them)."""
    if ref is None:
        return False
    runs: list[list[str]] = []
    value = ""  # (a value written again on each row of its run is one run, not several)
    for cells in rows:
        written = cells[column].strip() if column < len(cells) else ""
        if (written and written != value) or not runs:
            runs.append([])
            value = written or value
        if ref < len(cells) and cells[ref].strip():
            runs[-1].append(cells[ref].strip())
    seen = [v for run in runs for v in set(run)]
    return (
        len(runs) >= 2
        and all(
            ref_order(a)[1] <= ref_order(b)[1] for run in runs for a, b in itertools.pairwise(run)
        )
        and len(seen) > len(set(seen))
    )


def _groups_by_name(title: str, names: Mapping[str, str]) -> bool:
    """A title whose last word names a part of the plan, however weakly ('Improvement
    Priority', 'Key area'), or the committee whose reviews the rows answer ('Scrutiny body'),
    or the 'Inspection' or 'Programme' the rows answer or deliver."""
    words = SPACES.sub(" ", BRACKETS.sub(" ", header_key(title))).split()
    return bool(words) and (
        names.get(words[-1]) in ("recommendation", "theme")
        or words[-1] in _COMMITTEES
        or words[-2:] == ["scrutiny", "body"]
        or words in (["inspection"], ["programme"])  # (the inspection whose recommendations
        # the rows answer, the programme of work whose commitments they deliver)
    )


_COMMITTEES = frozenset(("committee", "commission", "panel"))


_REQUIREMENT_KIND = re.compile(r"(?:must|should)(?:\s+do)?|[MS]D", re.IGNORECASE)


def _groups(outer: list[str], inner: list[str], left: bool) -> bool:
    """Every row has an outer value, each outer value stands in one run of rows, holds whole
    inner values, and there are fewer outer values than inner ones (and not priority words);
    as many only where the outer column is to the left, its values the shorter: headings
    ('1. Assessing needs') over the findings, one each."""
    if len(outer) < 3 or not all(outer) or not all(inner):
        return False
    if all(v.casefold() in PRIORITY_WORDS for v in outer):
        return False
    if all(len(v.split()) == 1 for v in outer):  # 'Local', 'Regional': a kind, no heading
        return False
    if all(_REQUIREMENT_KIND.fullmatch(v.strip()) for v in outer):  # 'Must do', 'Should do':
        return False  # the CQC's kind of requirement, beside the requirement itself
    if not one_run_each(outer):
        return False
    over: dict[str, str] = {}
    for o, i in zip(outer, inner, strict=True):
        if over.setdefault(i, o) != o:
            return False  # an inner value under two outer ones
    if len(set(outer)) == len(set(inner)) >= 2:
        shorter = sum(map(len, outer)) < sum(map(len, inner)) / (1 if _all_coded(outer) else 2)
        return left and shorter  # ('AFI 1 – Transfer of care ...' over 'SR1. The Trust
        # should ...': a coded heading over its recommendation, however long)
    return 2 <= len(set(outer)) < len(set(inner))


# A ref as a school writes one in a column it leaves untitled: 1a, 1.2, R3, 2b.
