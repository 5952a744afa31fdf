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

import re
from collections.abc import Mapping, Sequence

from .column_checks import carried, one_run_each
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
from .labels import an_answer
from .person_kinds import kind_of, whole_post
from .posts import ROLE_WORDS

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
            if field == "recommendation" and (
                said := _objective_over(header, set(fields), titles, names)
            ):
                notes.append(said)
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


def _objective_over(
    header: dict[int, str], taken: set[int], titles: list[str], names: Mapping[str, str]
) -> str | None:
    """'Internal control objective' | "Internal auditor's recommendation": the objective the
    recommendation falls under, right before it, read as the theme over it where the table
    has none (as where neither column's name is in the vocabulary). What the report says."""
    rec = next(i for i, f in header.items() if f == "recommendation")
    title = titles[rec - 1] if rec > 0 else ""
    free = rec - 1 not in header and rec - 1 not in taken
    head = _head(title, names, "recommendation") if free else None
    if head is None or head.startswith("recommendation") or "theme" in header.values():
        return None
    header[rec - 1] = "theme"
    return (
        f"'{title.strip()}' (its word '{head}') and '{titles[rec].strip()}' are both about the "
        f"recommendation: '{title.strip()}', on the left, is read as the theme over the other"
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


_NOTES = frozenset(("notes", "note", "remarks", "updates"))  # (kept as they are, no field of
# their own; Monday.com's 'Updates', the thread of remarks on an item)


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
    """A column of a sentence on each row, each different (not a heading merged down); rows
    of one text ('Mission 2: ...' across the table) head the rows, no row of the table."""
    cells = [
        r[column].strip() for r in rows if column < len(r) and sum(1 for c in r if c.strip()) > 1
    ]
    filled = [c for c in cells if c]
    return (
        len(filled) >= 2
        and len(filled) >= 0.8 * len(cells)
        and len(set(filled)) == len(filled)
        and sum(len(c.split()) for c in filled) >= 5 * len(filled)
        and 2 * sum(map(a_post, filled)) < len(filled)  # (not 'Head of SEND Services /
    )  # Designated Clinical Officer (ICB)': posts)


def a_post(cell: str) -> bool:
    """A cell naming a post first ('Head of SEND Services / ...'), never a sentence."""
    first = re.split(r"\s*[/;,]\s*", cell)[0]
    return len(first.split()) <= 8 and not first.endswith(".") and kind_of(first) == "post"


def answers_beside_recommendations(
    fields: dict[int, Column], titles: list[str], sample: Sequence[Sequence[str]]
) -> list[str]:
    """A scrutiny tracker's 'Recommendation' (its own on every row) beside an 'Executive
    response' read as the action whose every cell opens with the answer ('Accepted.',
    'Accepted in part – ...'), some the answer alone: the recommendations are what is
    tracked, the actions; the responses kept beside them. The note that says so, if it is."""
    action = next((i for i, c in fields.items() if c.field == "action"), None)
    recs = [i for i, c in fields.items() if c.field == "recommendation"]
    if (
        action is None
        or len(recs) != 1
        or "respons" not in titles[action].casefold()
        or sum(c.field == "action" for c in fields.values()) > 1  # ('Planned action' beside)
    ):
        return []
    rows = [r for r in sample if max(action, recs[0]) < len(r) and r[action].strip()]
    answers = [r[action].strip() for r in rows]
    asked = [r[recs[0]].strip() for r in rows]
    alone = [a for a in answers if len(a.rstrip(".").split()) <= 3]
    if (
        len(rows) < 2
        or not all(map(an_answer, answers))
        or not alone
        or not all(asked)
        or len(set(asked)) != len(asked)
    ):
        return []
    fields[recs[0]], fields[action] = Column("action", 1), Column("extra", 1)
    return [
        f"'{titles[action].strip()}' answers each row's '{titles[recs[0]].strip()}' "
        f"('{answers[0]}'): the recommendations are read as the actions, the answers kept "
        "as another column"
    ]
