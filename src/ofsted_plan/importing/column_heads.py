"""Person and group columns the vocabulary does not name exactly, read by what their title
is about, where the table has no column for that field.

'PEEL question area' is about an area (the theme), 'Responsibility for taking action' and
'Responsible Executive Lead / Management Lead' about who leads, 'Timescale to meet action'
about when it ends, 'Task and Finish Group recommendation' about what the actions answer.
Only the theme, the recommendation, the lead and the end,
only from the header row (a data cell such as 'Carers Lead' is no title), and only where one
column fits: the head words of other titles ('Task ID', 'Parent Code', 'Item Type') mislead.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping, Sequence

from .column_checks import carried, numbers_its_refs, one_run_each, ref_order
from .header import (
    BRACKETS,
    FIELD_WORDS,
    QUALIFIERS,
    SPACES,
    VOCABULARY,
    WEAKER,
    Column,
    column_of,
    header_key,
    only_places,
)
from .person_kinds import kind_of, whole_post
from .posts import ROLE_WORDS
from .vocabulary import PRIORITY_WORDS

_AFTER_HEAD = re.compile(r"\s+(?:for|of|to|by|in|on|from|against)\s.*$")
_PARTS = re.compile(r"\s*(?:/|\n|\||–| - )\s*")
_NAMES_A_LEAD = re.compile(
    r"\b(?:leads?|responsible|officers?|owners?|sro|accountable)\b", re.IGNORECASE
)  # (and 'Accountable executive', the one person column of a regulator's tracker)


def settle_by_heads(
    header: dict[int, str],
    fields: Mapping[int, Column],
    titles: list[str],
    names: Mapping[str, str],
    notes: list[str],
) -> None:
    """Give the table its lead, theme, end and recommendation columns where their titles say
    so, with a note."""
    _sole_lead(header, titles, notes)
    for field in ("lead", "theme", "end", "recommendation"):
        if field in header.values():
            continue
        found = [
            (i, head)
            for i, title in enumerate(titles)
            if i not in fields
            and i not in header
            and (head := _head(title, names, field) or _answers_for(title, field))
        ]
        if len(found) == 1:
            column, head = found[0]
            header[column] = field
            notes.append(
                f"'{titles[column].strip()}' is about {FIELD_WORDS[field]} (its word "
                f"'{head}'), and no other column is: read as it"
            )
        elif (
            field == "recommendation"
            and len(found) == 2
            and "theme" not in header.values()
            and found[1][0] == found[0][0] + 1
            and found[1][1].startswith("recommendation")
            and not found[0][1].startswith("recommendation")
        ):  # 'Control objective' | "Internal auditor's recommendation": the objective the
            (outer, head), (inner, _) = found  # recommendation falls under, then it
            header[outer], header[inner] = "theme", field
            notes.append(
                f"'{titles[outer].strip()}' (its word '{head}') and '{titles[inner].strip()}' "
                f"are both about the recommendation: '{titles[outer].strip()}', on the left, "
                "is read as the theme over the other"
            )


def _answers_for(title: str, field: str) -> str | None:
    """'Responsible Head of Service', 'Accountable Director': a word naming who answers for
    the action, then the post that does, where `field` is the lead; its first word, else None."""
    first, _, post = header_key(title).partition(" ")
    if field != "lead" or first not in ("responsible", "accountable") or not post:
        return None
    return first if post.split()[0] in ROLE_WORDS and whole_post(post) else None


def head_field(title: str, names: Mapping[str, str]) -> str | None:
    """The field a title is about by its head word ('Project lead': the lead), if any."""
    return next(
        (f for f in ("lead", "theme", "end", "recommendation") if _head(title, names, f)), None
    )


def _head(title: str, names: Mapping[str, str], field: str) -> str | None:
    """The word of the title that names `field`, where every part of it ('X / Y') that names
    a field is about that one ('Regulatory Framework / Charter area': the area): before any
    'for ...', else the last word."""
    key = BRACKETS.sub(" ", header_key(title))
    heads = []
    parts = [p for p in (p.strip(" :-") for p in _PARTS.split(key)) if p]
    if only_places(parts):
        return None  # 'Ward / area': where the action is done, never a level
    several = len(parts) > 1
    for part in parts:
        front = SPACES.sub(" ", _AFTER_HEAD.sub("", part)).strip(" :-–")
        words = front.split(" ")
        if not front or len(words) > 5 or words[0] in ("for", "of", "to", "by", "from"):
            return None
        if several and not any(names.get(h) for h in (front, words[-1])):
            continue  # one side naming nothing: 'Regulatory Framework'
        head = next((h for h in (front, words[-1]) if names.get(h) == field), None)
        if head is None or head in WEAKER:
            return None
        heads.append(head)
    return heads[0] if heads else None


def _sole_lead(header: dict[int, str], cells: list[str], notes: list[str]) -> None:
    """A table whose one person column is 'Executive lead' or 'Senior responsible officer'
    names its actions' leads there: a reader takes it as the lead, not as a DLT lead beside
    a lead column the table does not have."""
    senior = [c for c, f in header.items() if f == "dlt"]
    if "lead" in header.values() or len(senior) != 1:
        return
    title = cells[senior[0]].strip()
    if _NAMES_A_LEAD.search(title):
        header[senior[0]] = "lead"
        notes.append(f"'{title}' is the only column naming a lead: read as the lead officer")


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
    Priority', 'Key area')."""
    words = SPACES.sub(" ", BRACKETS.sub(" ", header_key(title))).split()
    return bool(words) and names.get(words[-1]) in ("recommendation", "theme")


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
_UNTITLED_REF = re.compile(r"^[A-Za-z]{0,3}\d{1,2}(?:\.\d{1,2})*[a-z]?$")


def untitled_refs(
    fields: dict[int, Column], titles: list[str], sample: Sequence[Sequence[str]], notes: list[str]
) -> None:
    """The first column left untitled, every row of it a different ref ('1a', '1b', '2a'),
    where no column is named as the ref: a person reads it as the ref. Said in the report."""
    if any(c.field == "ref" for c in fields.values()) or 0 in fields or not titles:
        return
    if titles[0].strip():
        return
    rows = [r for r in sample if any(c.strip() for c in r[1:])]
    cells = [r[0].strip() if r else "" for r in rows]
    if (  # (one row alone, '4a', in the last of a school's tables, one an area)
        cells
        and all(cells)
        and len(set(cells)) == len(cells)
        and all(_UNTITLED_REF.match(c) for c in cells)
    ):
        fields[0] = Column("ref", 1)
        notes.append(f"the first column has no title and holds a ref on every row ('{cells[0]}'): "
                     "read as the ref")  # fmt: skip


def dated_action(
    fields: dict[int, Column], titles: list[str], sample: Sequence[Sequence[str]], notes: list[str]
) -> None:
    """The column named as the action holding months ('Milestone' of 'September 2025',
    'Quarterly'), beside one column no field names that holds sentences ('Activity' of
    'Publish the contact details ...'): the sentences are the actions, the months their end
    (where no column names it). Said in the report."""
    from .told_apart import dated_columns

    actions = [i for i, c in fields.items() if c.field == "action"]
    dated = [i for i in actions if dated_columns([i], sample, loosely=True)]
    same = [i for i in actions if _one_value(sample, i)]  # Asana's 'Projects' of the project's
    if len(dated) != 1 and len(same) != 1:  # name on every row, beside 'Name': no action
        return
    action = dated[0] if len(dated) == 1 else same[0]
    worded = [
        i
        for i, t in enumerate(titles)
        if t.strip()
        and (i not in fields or fields[i].field == "extra" or i in actions)
        and i != action
        and _sentences(sample, i)
    ]  # (or 'Key deliverable 2025/26', named the action as 'Milestone' is: the sentences)
    if len(worded) > 1:  # 'Name' beside Asana's 'Notes', each a sentence: the notes say
        worded = [i for i in worded if not remarks(titles[i])] or worded  # more
    if len(worded) > 1 and len(unnamed := [i for i in worded if i not in actions]) == 1:
        worded = unnamed  # 'Activity' beside 'Commitment' (each a sentence): the one no
        # title names the action holds the actions, the other what they deliver
    if len(worded) != 1:
        return
    has_end = any(c.field == "end" for c in fields.values())
    twins = [  # 'Revised milestone' beside 'Original milestone' of months: the other's months
        i
        for i in actions
        if i not in (action, worded[0]) and _unqualified(titles[i]) == _unqualified(titles[action])
    ]
    if twins and not has_end:
        for i in (action, *twins):
            fields[i] = Column("end", _rank_of(titles[i]))
        notes.append(
            f"'{titles[action].strip()}' and '{titles[twins[0]].strip()}' hold months, not "
            f"actions, and '{titles[worded[0]].strip()}' sentences: the sentences are read as "
            "the actions, the months as their end"
        )
        fields[worded[0]] = Column("action", 1)
        return
    others = [i for i in actions if i not in (action, worded[0])]
    if len(others) == 1 and not any(c.field == "recommendation" for c in fields.values()):
        fields[others[0]] = Column("recommendation", 1)  # 'Commitment' left of 'Activity':
        notes.append(  # what the activities deliver, the level over them
            f"'{titles[others[0]].strip()}' is read as what the actions deliver, the recommendation"
        )
    fields[worded[0]] = Column("action", 1)
    if action not in dated:
        fields[action] = Column("extra", 1)
        notes.append(
            f"'{titles[action].strip()}' holds one value on every row, not actions, and "
            f"'{titles[worded[0]].strip()}' sentences: the sentences are read as the actions"
        )
        return
    fields[action] = Column("extra" if has_end else "end", 1)
    notes.append(
        f"'{titles[action].strip()}' holds months, not actions, and '{titles[worded[0]].strip()}' "
        "sentences: the sentences are read as the actions"
        + ("" if has_end else f", '{titles[action].strip()}' as their end")
    )


def remarks(title: str) -> bool:
    """A column of remarks on each action ('Notes', 'Progress update'), never the action."""
    found = column_of(VOCABULARY, title.strip())
    return (found is not None and found.field == "comments") or header_key(title) in _NOTES


_NOTES = frozenset(("notes", "note", "remarks"))  # (kept as they are, no field of their own)


def commitment_over_activities(
    fields: dict[int, Column], titles: list[str], sample: Sequence[Sequence[str]], notes: list[str]
) -> None:
    """'What we will do' (named as the action) written once over two rows or more, beside a
    column of sentences no title names ('Activity 2025/26', one a row): the sentences are the
    actions, and the commitment over them what they deliver, the recommendation (where no
    column is named so). Said in the report."""
    actions = [i for i, c in fields.items() if c.field == "action"]
    if len(actions) != 1 or any(c.field == "recommendation" for c in fields.values()):
        return
    action, rows = actions[0], [r for r in sample if any(c.strip() for c in r)]
    worded = [  # (right of the commitment, as activities stand after what they deliver)
        i
        for i, t in enumerate(titles)
        if t.strip() and i not in fields and i > action and not remarks(t) and _sentences(rows, i)
    ]
    if len(worded) != 1:
        return
    rows = [r for r in rows if worded[0] < len(r) and r[worded[0]].strip()]  # the activities'
    values = carried(rows, action)
    ref = next((i for i, c in fields.items() if c.field == "ref"), None)
    refs = [r[ref].strip() if ref is not None and ref < len(r) else "" for r in rows]
    if (
        not all(refs)  # each activity its own ref ('3.1a', '3.1b'): not a progress note run
        or len(set(refs)) < len(refs)  # on under its action
        or len(rows) < 3
        or not all(values)
        or not one_run_each(values)
        or len(set(values)) == len(values)  # (one over several, merged or left blank)
    ):
        return
    fields[worded[0]], fields[action] = Column("action", 1), Column("recommendation", 1)
    notes.append(
        f"'{titles[action].strip()}' is written once over several rows of "
        f"'{titles[worded[0]].strip()}', a sentence a row: the sentences are read as the "
        f"actions, '{titles[action].strip()}' as what they deliver, the recommendation"
    )


def _one_value(rows: Sequence[Sequence[str]], column: int) -> bool:
    """One value written on every row (three or more): a name the rows share, no action."""
    cells = [r[column].strip() for r in rows if column < len(r) and any(c.strip() for c in r)]
    return len(cells) >= 3 and all(cells) and len(set(cells)) == 1


def _rank_of(title: str) -> int:
    """The rank its qualifier gives a title: 0 'Original ...', 2 'Revised ...', else 1."""
    found = _QUALIFIED.search(header_key(title))
    return QUALIFIERS[found[0]] if found else 1


def _unqualified(title: str) -> str:
    """A title without its qualifier: 'milestone' of 'Revised milestone'."""
    return SPACES.sub(" ", _QUALIFIED.sub(" ", header_key(title))).strip()


_QUALIFIED = re.compile(
    rf"\b(?:{'|'.join(map(re.escape, sorted(QUALIFIERS, key=len, reverse=True)))})\b"
)


def _sentences(rows: Sequence[Sequence[str]], column: int) -> bool:
    """A column of a sentence on each row, each different (not a heading merged down)."""
    cells = [r[column].strip() for r in rows if column < len(r)]
    filled = [c for c in cells if c]
    return (
        len(filled) >= 2
        and len(filled) >= 0.8 * len(cells)
        and len(set(filled)) == len(filled)
        and sum(len(c.split()) for c in filled) >= 5 * len(filled)
        and 2 * sum(map(_a_post, filled)) < len(filled)  # (not 'Head of SEND Services /
    )  # Designated Clinical Officer (ICB)': posts)


def _a_post(cell: str) -> bool:
    """A cell naming a post first ('Head of SEND Services / ...'), never a sentence."""
    first = re.split(r"\s*[/;,]\s*", cell)[0]
    return len(first.split()) <= 8 and not first.endswith(".") and kind_of(first) == "post"
