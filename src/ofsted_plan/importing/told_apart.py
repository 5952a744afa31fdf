"""Two columns of a header that name one field, told apart as a person tells them by what
they are: a RAG colour beside progress words, a current rating beside a previous one, a date
another body set beside the plan's own, an outer grouping beside an inner one, notes titled
with a second name. one_column.py decides what to do when nothing tells them apart: refuse,
with the rules line that settles it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from ..errors import PlanError
from .cells import shortened
from .classify import REF_LIKE
from .column_checks import carried, one_run_each
from .ends import read_end, says_no_end
from .header import (
    BRACKETS,
    FIELD_WORDS,
    INITIALS,
    PERIOD_RAG,
    VOCABULARY,
    column_of,
    header_key,
)
from .labels import INSPECTORATE
from .title_periods import later_of, names_a_period
from .vocabulary import PRIORITY_WORDS


class Told(NamedTuple):
    """Which of two columns keeps the field, what the other is read as, and the report's note."""

    keep: int
    other: int
    other_field: str
    note: str


_REF_OWNER = re.compile(
    r"^(actions?|rec(?:ommendation)?s?|finding|priority|objective|area|afi|weakness|audit|"
    r"report|review)\b",
    re.IGNORECASE,
)
_RAG_NAME = re.compile(r"\b(?:b?rag|ryg|traffic\s+lights?|colou?r)\b", re.IGNORECASE)
# 'Action RAG', 'Action status', 'Action owner': a column of each action's own.
_OF_THE_ACTION = re.compile(r"\b(?:actions?\b|act\.)", re.IGNORECASE)


_DURATION = re.compile(
    r"^(?:within\s+)?(?:\d+|one|two|three|four|six|nine|twelve)\s*(?:days?|weeks?|months?|years?)"
    r"|^immediate(?:ly)?$|^urgent$|^(?:short|medium|long)[\s-]*term\b",  # 'Short term (1-3 months)'
    re.IGNORECASE,
)


_MONITORING = re.compile(r"^\s*(?:monitor(?:ing|ed)?|oversight|assurance)\b", re.IGNORECASE)
# 'Lead directorate', 'Service area': where the action sits, beside whom it is owned by.
_DIRECTORATE = re.compile(  # and 'Lead service', 'Lead agency' beside 'Accountable officer'
    r"\b(?:directorates?|departments?|service\s+areas?)\b|"
    r"^\s*lead\s+(?:services?|teams?|agenc(?:y|ies)|organisations?)\s*$",
    re.IGNORECASE,
)
# Titles of a column beside the lead officer's that name someone or somewhere else.
_BESIDE_THE_LEAD = (
    (_MONITORING, "who monitors the action"),
    (_DIRECTORATE, "the directorate or service the action sits in"),
)
# 'Issue / risk', 'Issue identified', 'Risk / issue': what an audit found.
_ISSUE = re.compile(
    r"^\s*(?:issues?|risks?)(?:\s*(?:/|and|&)\s*(?:issues?|risks?))?(?:\s+identified)?\s*$|"
    r"^\s*[A-Za-z]{2,6}\s+findings?\s*$",  # 'NIAO finding' beside 'NIAO recommendation'
    re.I,
)
_RECOMMENDATION = re.compile(
    r"^\s*(?:audit\s+|[A-Za-z]{2,6}\s+)?recommendations?\s*$", re.IGNORECASE
)
# 'Internal Audit Comment', 'Auditor's view': what the auditor says of the owner's update.
_AUDITORS = re.compile(
    r"^\s*(?:internal\s+)?audit(?:or)?(?:'?s|s'?)?\s+(?:comments?|views?)\b", re.IGNORECASE
)


# 'Response by registered person detailing the actions taken' beside RQIA's 'Action required'.
_RESPONSE = re.compile(r"^\s*response\s+by\b", re.IGNORECASE)
_REQUIRED = re.compile(r"^\s*action\s+required\b", re.IGNORECASE)
# CQC's 'Quality statement' beside what was found under it.
_STATEMENT = re.compile(r"^\s*(?:cqc\s+)?quality\s+statements?\s*$", re.IGNORECASE)
_FOUND = re.compile(r"\bfound\b|\bfindings?\b|\bconcerns?\b|\bbreach", re.IGNORECASE)


# 'WADA deadline' beside 'UKAD target': the deadline set for the body, the target its own.
_DEADLINE = re.compile(r"\bdeadline\b", re.IGNORECASE)
# 'Completion date', 'Date completed', 'Actual completion': when an action was done.
_DONE = re.compile(r"\bcomplet(?:ed|ion)\b|\bactual\b|\bdate\s+closed\b", re.IGNORECASE)
# 'Target date', 'Due date', 'Deadline', 'By when': when an action is due.
_DUE = re.compile(r"\btarget\b|\bdue\b|\bdeadline\b|\bby\s+when\b|\btimescale", re.I)
_TARGET = re.compile(r"\btarget\b", re.IGNORECASE)
# 'HMICFRS deadline', 'Ofsted due date': a date the title says another body set.
ANOTHER_BODY = re.compile(rf"^(?:[A-Z]{{2,8}}|(?i:{INSPECTORATE}))'?s?\s+(?=\S)")
_INSPECTORATE_FIRST = re.compile(rf"^(?i:{INSPECTORATE})'?s?\s+(?=\S)")


# A plan's own words for what its actions deliver, over them: 'Commitment', 'Deliverable'.
_DELIVERS = frozenset(  # (and a well-being plan's 'Step' merged over the actions taking it)
    {"commitment", "commitments", "deliverable", "deliverables", "key deliverable", "milestone"}
    | {"step", "steps"}
)


_DELIVERS_TITLE = re.compile(r"^\s*(?:our\s+)?commitments?\s*$", re.IGNORECASE)
_MILESTONE_TITLE = re.compile(  # ('Milestones / Key Deliverables': what shows it done)
    r"^\s*(?:key\s+)?milestones?(?:\s*(?:/|&|and)\s*(?:key\s+)?deliverables?)?\s*$", re.I
)


def _one_titled(
    pattern: re.Pattern[str], titles: list[str], columns: list[int]
) -> tuple[int, int] | None:
    """(the column whose title the pattern finds, the other) where only one title has it."""
    found = [pattern.search(t) is not None for t in titles]
    if found[0] == found[1]:
        return None
    return (columns[0], columns[1]) if found[0] else (columns[1], columns[0])


def _to_first_blank(sample: Sequence[Sequence[str]]) -> list[Sequence[str]]:
    """The table's rows, to its first blank one (a summary may follow: 'Summary' | ...)."""
    rows: list[Sequence[str]] = []
    for r in sample:
        if not any(c.strip() for c in r):
            if rows:
                break
            continue
        rows.append(r)
    return rows


_KIND_OF_FINDING = re.compile(r"^\s*(?:must|should)[\s-]*dos?\b", re.IGNORECASE)


def _name_beside_words(
    columns: list[int], sample: Sequence[Sequence[str]]
) -> tuple[int, int] | None:
    """(the column of short names, the column of sentences) where one holds only names of
    ten words or fewer and the other only sentences of ten words or more, each name beside
    one sentence of its own; None otherwise."""
    held = {c: filled(sample, c) for c in columns}
    if not all(len(v) >= 2 for v in held.values()):
        return None
    names = [
        c
        for c in columns
        if all(len(v.split()) <= 10 and not v.endswith(".") for v in held[c])
        and not all(_KIND_OF_FINDING.match(v) for v in held[c])  # ('Must do', 'Should do')
    ]
    sentences = [c for c in columns if all(len(v.split()) >= 10 for v in held[c])]
    if len(names) != 1 or len(sentences) != 1 or names == sentences:
        return None
    pairs = {
        (r[names[0]].strip(), r[sentences[0]].strip())
        for r in sample
        if max(names[0], sentences[0]) < len(r) and r[names[0]].strip() and r[sentences[0]].strip()
    }
    if len({n for n, _ in pairs}) != len(pairs) or len({w for _, w in pairs}) != len(pairs):
        return None  # ('Must do' beside each of its findings: the kind, no name of one)
    return names[0], sentences[0]


def holds_whole(sample: Sequence[Sequence[str]], outer: int, inner: int) -> bool:
    """The left column's values (carried down) each stand in one run of rows and hold whole
    values of the right one, fewer of them: the outer of two levels."""
    rows = _to_first_blank(sample)
    outside, within = carried(rows, outer), carried(rows, inner)
    if len(rows) < 3 or not all(outside) or not all(within) or not one_run_each(outside):
        return False
    over: dict[str, str] = {}
    if any(over.setdefault(i, o) != o for o, i in zip(outside, within, strict=True)):
        return False
    return 2 <= len(set(outside)) < len(set(within))


def _second_part(field: str, columns: list[int], titles: list[str]) -> Told | None:
    """'Recommendation' beside 'Observations / progress': the title naming the field alone
    holds it; the two-part title is read by its other part (progress), as a person reads a
    column of notes beside the status."""
    parts = [[p.strip() for p in re.split(r"\s+/\s+|\s*/\s*(?=[A-Z])", t)] for t in titles]
    if sorted(len(p) for p in parts) != [1, 2]:
        return None
    whole, split = (0, 1) if len(parts[0]) == 1 else (1, 0)
    named = {f for p in parts[split] if (c := column_of(VOCABULARY, p)) and (f := c.field)}
    others = named - {field, "extra"}
    if field not in named or len(others) != 1:
        return None
    other = others.pop()
    if other not in ("comments", "progress"):
        return None
    return Told(
        columns[whole], columns[split], other,
        f"'{titles[whole]}' and '{titles[split]}' both name {FIELD_WORDS[field]}: "
        f"'{titles[whole]}' is read as it, '{titles[split]}' by its other part, as "
        f"{FIELD_WORDS[other]}",
    )  # fmt: skip


def _refs_beside_words(
    columns: list[int], sample: Sequence[Sequence[str]]
) -> tuple[int, int] | None:
    """(the column of words, the column of refs) where one holds refs only ('1.1', '2.3') on
    the rows that fill it, and the other words on the same rows; else None."""
    both = [r for r in sample if max(columns) < len(r) and all(r[c].strip() for c in columns)]
    for refs, words in (columns, columns[::-1]):
        said = [r for r in both if len(r[words].split()) >= 3]  # (not a 'Summary' line's)
        if (
            len(said) >= 2
            and all(REF_LIKE.match(r[refs].strip()) for r in said)
            and not any(REF_LIKE.match(r[words].strip()) for r in said)
            and len({r[refs].strip() for r in said}) == len(said)  # (a 'Priority' of 1, 2,
            and not dated_columns([refs], said)  # 2, 3 numbers no actions: ratings; 'Sep-25',
        ):  # 'Mar-26': months, no refs)
            return words, refs
    return None


def own_numbers(columns: list[int], shared: int, sample: Sequence[Sequence[str]]) -> int | None:
    """The other of two ref columns where it numbers each row once ('No.' of 1, 2, 3) and
    `shared` gives one number to several rows ('SIR ref' of 3.2, 3.2, 4.1: the report's
    paragraph the actions answer); else None."""
    if len(columns) != 2:
        return None
    own = next(c for c in columns if c != shared)
    pairs = [
        (r[own].strip(), r[shared].strip())
        for r in sample
        if max(columns) < len(r) and r[own].strip() and r[shared].strip()
    ]
    mine, theirs = [p[0] for p in pairs], [p[1] for p in pairs]
    if (
        len(pairs) >= 3
        and len(set(mine)) == len(mine)
        and len(set(theirs)) < len(theirs)
        and all(REF_LIKE.match(n) for n in mine + theirs)
    ):
        return own
    return None


_SCORE = re.compile(r"\d{1,2}\s*[x×*]\s*\d{1,2}(?:\s*=\s*\d{1,3})?|\d{1,2}")


def _scores_beside_months(
    columns: list[int], sample: Sequence[Sequence[str]]
) -> tuple[int, int] | None:
    """(the column of months, the column of scores) where one holds only scores ('4x3=12',
    '12') and the other mostly months; else None."""
    cells = {c: filled(sample, c) for c in columns}
    scored = [c for c in columns if cells[c] and all(_SCORE.fullmatch(v) for v in cells[c])]
    if len(scored) != 1:
        return None
    other = next(c for c in columns if c != scored[0])
    months = 0
    for value in cells[other]:
        try:
            months += read_end(value).month is not None
        except ValueError:
            months += 1  # a month mistyped is still a month's cell: refused at it later
    return (other, scored[0]) if cells[other] and 2 * months >= len(cells[other]) else None


def dated_columns(
    columns: list[int], sample: Sequence[Sequence[str]], loosely: bool = False
) -> list[int]:
    """The columns whose every filled cell reads as a month ('14/02/2024', 'Mar-24'); or,
    `loosely`, two in three a month and the rest an end's words ('Quarterly', 'Ongoing')."""
    out = []
    for column in columns:
        cells = filled(sample, column)
        try:
            months = sum(read_end(c).month is not None for c in cells)
        except (PlanError, ValueError):  # a sentence holding a month among its words
            continue
        if len(cells) >= 2 and (months == len(cells) or (loosely and 3 * months >= 2 * len(cells))):
            out.append(column)
    return out


def _deadline_beside_target(titles: list[str], columns: list[int]) -> tuple[int, int] | None:
    """'WADA deadline' beside 'UKAD target', both bodies by their letters: (the deadline set
    for the body, its own target), else None."""
    if all(ANOTHER_BODY.match(t) for t in titles) and any(_TARGET.search(t) for t in titles):
        return _one_titled(_DEADLINE, titles, columns)
    return None


def ratings(column: int, sample: Sequence[Sequence[str]]) -> str:
    """The first of a column's cells where all are ratings (High, Medium, Low), else ''."""
    cells = filled(sample, column)
    if cells and all(c.casefold() in PRIORITY_WORDS for c in cells):
        return cells[0]
    return ""


def the_actions_own(field: str, columns: list[int], cells: list[str]) -> Told | None:
    """'Action RAG' beside 'Current Rating' ('Extreme (20)', a risk's, merged over its
    actions), 'Action owner' beside 'Resp': the column titled as the action's is read,
    whatever the other's rank ('Current' over none); the other kept as another column (a
    second lead, as the DLT lead). (Two refs are told apart by their cells: one_column.)"""
    if field not in ("status", "lead") or len(columns) != 2:
        return None
    own = _one_titled(_OF_THE_ACTION, [cells[c].strip() for c in columns], columns)
    if own is None:
        return None
    action, other = own
    if field == "lead":  # 'Action owner' beside 'Resp' (the risk's, merged over its
        return Told(  # actions): the action's lead, and the risk's owner the DLT lead
            action, other, "dlt",
            f"'{cells[action].strip()}' and '{cells[other].strip()}' both name the lead "
            f"officer: '{cells[action].strip()}' names each action's and is read as it; "
            f"'{cells[other].strip()}' is read as the DLT lead (unless another column is)",
        )  # fmt: skip
    return Told(
        action, other, "extra",
        f"'{cells[action].strip()}' and '{cells[other].strip()}' both name "
        f"{FIELD_WORDS[field]}: '{cells[action].strip()}' is each action's own and is read as "
        "it; the other is kept as another column",
    )  # fmt: skip


def told_apart(
    field: str, columns: list[int], cells: list[str], sample: Sequence[Sequence[str]]
) -> Told | None:
    """Two columns that name one field, told apart as a person would by what they are: a
    'RAG' column beside a 'Status' one (the colour, and progress words: both read, reported),
    or a recommendation column of High/Medium/Low beside one of findings (a priority, kept as
    another column). (kept column, other column, the other's field, the note) or None."""
    first, second = columns
    titles = [cells[first].strip(), cells[second].strip()]
    if field not in ("ref", "start", "end", "status") and (
        numbered := _refs_beside_words(columns, sample)
    ):
        words, refs = numbered  # 'Rec / action' of 1.1, 1.2 beside 'HMICFRS recommendation
        return Told(  # / service action' of sentences: the numbers are the refs
            words, refs, "ref",
            f"'{cells[words].strip()}' and '{cells[refs].strip()}' both name "
            f"{FIELD_WORDS[field]}: '{cells[refs].strip()}' holds numbers ('1.1'), read as "
            f"the ref; '{cells[words].strip()}' is read as {FIELD_WORDS[field]}",
        )  # fmt: skip
    if (
        field == "end"
        and (done := _one_titled(_DONE, titles, columns)) is not None
        and _DUE.search(titles[columns.index(done[1])])
    ):
        completed, due = done  # 'Target date' beside 'Completion date': when it is due, and
        return Told(  # when it was done (left empty until then)
            due, completed, "extra",
            f"'{cells[due].strip()}' and '{cells[completed].strip()}' both name the end month: "
            f"'{cells[due].strip()}' is when each action is due and is read as it; "
            f"'{cells[completed].strip()}' says when it was done, kept as another column",
        )  # fmt: skip
    if field in ("start", "end") and (scored := _scores_beside_months(columns, sample)):
        months, scores = scored  # 'Target (LxI)' of '4x3=12' beside 'Due' of months: a
        return Told(  # risk's target score, no date
            months, scores, "extra",
            f"'{cells[scores].strip()}' holds scores ('4x3=12'), not dates: kept as another "
            f"column; '{cells[months].strip()}' is read as the {field} month",
        )  # fmt: skip
    if field == "status" and all(header_key(t) in PERIOD_RAG for t in titles):
        now, then = sorted(columns, key=lambda c: -PERIOD_RAG[header_key(cells[c])])
        return Told(
            now, then, "extra",
            f"'{cells[now].strip()}' and '{cells[then].strip()}' both hold the RAG: "
            f"'{cells[now].strip()}' is read as the status; the other is kept as another column",
        )  # fmt: skip
    if field in ("theme", "recommendation") and len(dated := dated_columns(columns, sample)) == 1:
        kept = next(c for c in columns if c != dated[0])  # 'Final report' of 14/02/2024 beside
        return Told(  # 'Audit': when the report came, no part
            kept, dated[0], "extra",
            f"'{cells[dated[0]].strip()}' holds dates, not the names of parts: kept as another "
            f"column; '{cells[kept].strip()}' is read as {FIELD_WORDS[field]}",
        )  # fmt: skip
    if field == "action" and len(dated := dated_columns(columns, sample, loosely=True)) == 1:
        kept = next(c for c in columns if c != dated[0])  # 'Milestone' of 'May 2025' beside
        return Told(  # 'Action': when the action is due, no second action
            kept, dated[0], "end",
            f"'{cells[dated[0]].strip()}' holds months, not actions: read as the end (unless "
            f"another column names it); '{cells[kept].strip()}' is read as the action",
        )  # fmt: skip
    if field == "status" and len(rated := [c for c in columns if ratings(c, sample)]) == 1:
        held = sorted({r[rated[0]].strip().casefold() for r in sample if rated[0] < len(r)} - {""})
        kept = next(c for c in columns if c != rated[0])  # 'Rating' of Significant / Requires
        return Told(  # Attention beside 'RAG': the finding's rating, not where it stands
            kept, rated[0], "extra",
            f"'{cells[rated[0]].strip()}' holds only {', '.join(held)}: read as a priority "
            f"(kept as another column); '{cells[kept].strip()}' is read as the status",
        )  # fmt: skip
    if field == "status" and (titled := _one_titled(_RAG_NAME, titles, columns)):
        rag, words = titled
        return Told(
            rag, words, "progress",
            f"'{cells[rag].strip()}' and '{cells[words].strip()}' both name the status: "
            f"the colour read from '{cells[rag].strip()}', and an action "
            f"'{cells[words].strip()}' calls complete read as complete (blue)",
        )  # fmt: skip
    if (two_part := _second_part(field, columns, titles)) is not None:
        return two_part
    if (
        field == "action"
        and (answered := _one_titled(_RESPONSE, titles, columns))
        and _REQUIRED.match(titles[columns.index(answered[1])])
    ):
        response, required = answered  # RQIA's 'Action required' beside 'Response by
        return Told(  # registered person detailing the actions taken': what the inspector
            response, required, "recommendation",  # requires, and what the home does
            f"'{cells[required].strip()}' and '{cells[response].strip()}' both name the "
            f"action: '{cells[response].strip()}' is read as it; '{cells[required].strip()}', "
            "what the inspector requires, as the recommendation it answers",
        )  # fmt: skip
    if field == "recommendation" and (beside := _name_beside_words(columns, sample)):
        name, words = beside  # 'Area for improvement' of 'Triage of urgent referrals ...'
        return Told(  # beside 'Safety recommendation' of 'The Trust should ensure ...': the
            words, name, "theme",  # area named, then what is recommended in it
            f"'{cells[name].strip()}' and '{cells[words].strip()}' both name "
            f"{FIELD_WORDS[field]}: '{cells[name].strip()}' holds short names, read as the "
            f"theme; '{cells[words].strip()}', the sentences under it, as {FIELD_WORDS[field]}",
        )  # fmt: skip
    if field == "recommendation" and (stated := _one_titled(_STATEMENT, titles, columns)):
        statement, finding = stated  # CQC's 'Quality statement' ('Safe environments')
        if _FOUND.search(titles[columns.index(finding)]):  # beside 'What CQC found': the
            return Told(  # finding is what the actions answer, the statement its heading
                finding, statement, "extra",
                f"'{cells[statement].strip()}' and '{cells[finding].strip()}' both name "
                f"{FIELD_WORDS[field]}: '{cells[finding].strip()}' is read as it; the quality "
                "statement it falls under is kept as another column",
            )  # fmt: skip
    if field == "theme" and holds_whole(sample, first, second):
        return Told(  # 'Domain' | 'Theme' (a charter's), each domain over whole themes: the
            first, second, "recommendation",  # outer the theme, the inner what the actions
            f"'{titles[0]}' and '{titles[1]}' both name the theme; each '{titles[0]}' holds "
            f"whole runs of '{titles[1]}': '{titles[0]}' is read as the theme, "
            f"'{titles[1]}' under it as the recommendation",  # answer
        )  # fmt: skip
    told = [  # (and 'Risk description (cause, event, consequence)': what it holds in brackets)
        c for c in columns if BRACKETS.sub("", header_key(cells[c])).strip().endswith("description")
    ]
    if field == "theme" and len(told) == 1:  # 'Risk' beside 'Risk description': the risk's
        kept = next(c for c in columns if c not in told)  # name heads its actions, the
        return Told(  # description tells it
            kept, told[0], "extra",
            f"'{cells[kept].strip()}' and '{cells[told[0]].strip()}' both name the theme: "
            f"'{cells[kept].strip()}' is read as it; the description is kept as another column",
        )  # fmt: skip
    dated = [c for c in columns if names_a_period(header_key(cells[c]))]
    if field == "measure" and len(dated) == 1:  # 'Success criteria' beside 'Evidence /
        kept = next(c for c in columns if c not in dated)  # impact (Oct 2024)': what was
        return Told(  # seen by then is the progress
            kept, dated[0], "comments",
            f"'{cells[kept].strip()}' and '{cells[dated[0]].strip()}' both name the measure of "
            f"success: '{cells[kept].strip()}' is read as it, and '{cells[dated[0]].strip()}', "
            "named by when it was written, as the progress",
        )  # fmt: skip
    if field == "ref":  # 'Rec No' beside 'Action No': the action's own number is its ref
        owners = [  # 'AFI Ref'; 'HMFSI Rec No.': the body's initials, then whose
            _REF_OWNER.search(t) or _REF_OWNER.search(INITIALS.sub("", t)) for t in titles
        ]
        kinds = [m[1].lower() if m else "" for m in owners]
        if sorted(k.startswith("action") for k in kinds) == [False, True] and all(kinds):
            kept, other = (first, second) if kinds[0].startswith("action") else (second, first)
            return Told(
                kept, other, "extra",
                f"'{cells[kept].strip()}' and '{cells[other].strip()}' both name a ref: "
                f"'{cells[kept].strip()}' is read as the action's ref; the other is kept as "
                "another column",
            )  # fmt: skip
        for kept, other in ((first, second), (second, first)):  # 'Audit Ref' of one audit
            pairs = [  # over several rows beside 'Rec Ref', one a row: the second is the ref
                (r[kept].strip(), r[other].strip())  # (or 'Rec No' 1, 2 under each audit,
                for r in _to_first_blank(sample)  # starting again: numbered under the audit)
                if max(kept, other) < len(r) and r[kept].strip() and r[other].strip()
            ]
            own_refs, group_refs = [m for m, _ in pairs], [t for _, t in pairs]
            if (
                len(own_refs) >= 3
                and len(set(pairs)) == len(pairs)
                and all(REF_LIKE.match(c) for c in own_refs)
                and len(set(group_refs)) < len(group_refs)
                and one_run_each(group_refs)  # each audit's ref in one run of rows
            ):
                return Told(
                    kept, other, "extra",
                    f"'{cells[kept].strip()}' and '{cells[other].strip()}' both name a ref: "
                    f"'{cells[other].strip()}' names one for several rows "
                    f"('{group_refs[0]}'), kept as another column; '{cells[kept].strip()}', one "
                    "a row, is read as the ref",
                )  # fmt: skip
        for kept, other in ((first, second), (second, first)):  # RQIA's 'Ref' of 'Regulation
            own_numbers, cited = (  # 12 (1) (a)' beside 'Action No.' of 1a, 1b: the clause cited,
                [c for c in filled(sample, n) if c not in titles] for n in (kept, other)
            )  # and the action's own number (the header again over the next part: neither)
            if (
                len(own_numbers) >= 3
                and cited
                and all(REF_LIKE.match(c) for c in own_numbers)
                and not any(REF_LIKE.match(c) for c in cited)
            ):
                return Told(
                    kept, other, "extra",
                    f"'{cells[kept].strip()}' and '{cells[other].strip()}' both name a ref: "
                    f"'{cells[other].strip()}' holds no refs ('{cited[0]}'), kept as another "
                    f"column; '{cells[kept].strip()}' is read as the ref",
                )  # fmt: skip
    if (
        field in ("comments", "status")
        and (later := later_of(*(header_key(t) for t in titles))) is not None
    ):  # ('Q3 status' beside 'Q2 status': the later, as of progress)
        kept, other = (first, second) if later == 0 else (second, first)
        return Told(
            kept, other, "extra",
            f"'{cells[kept].strip()}' and '{cells[other].strip()}' both hold "
            f"{'progress' if field == 'comments' else 'the status'}: "
            f"'{cells[kept].strip()}', the later, is read as it; the other is kept as another "
            "column",
        )  # fmt: skip
    if field == "comments" and (titled := _one_titled(_AUDITORS, titles, columns)):
        auditor, kept = titled  # 'Progress Update' beside 'Internal Audit Comment'
        return Told(
            kept, auditor, "extra",
            f"'{cells[auditor].strip()}' is the auditor's word on the update: kept as another "
            f"column; '{cells[kept].strip()}' is read as the progress comments",
        )  # fmt: skip
    if field == "action":  # 'Response' merged over each concern's 'Action Taken / Planned'
        for kept, other in ((first, second), (second, first)):
            rows_of = [i for i, r in enumerate(sample) if kept < len(r) and r[kept].strip()]
            one_each = [sample[i][kept].strip() for i in rows_of]
            down = carried(sample, other)
            over = [down[i] for i in rows_of]
            if (
                len(one_each) >= 3
                and len(set(one_each)) == len(one_each)
                and all(over)
                and len(set(over)) < len(over)
                and one_run_each(over)
            ):
                if header_key(cells[other]) in _DELIVERS:  # 'Commitment' over its actions:
                    return Told(  # what they deliver, the level above them
                        kept, other, "recommendation",
                        f"'{cells[other].strip()}' says one thing over several actions "
                        f"('{shortened(over[0])}'): read as what they deliver, the "
                        f"recommendation; '{cells[kept].strip()}', one a row, is read as the "
                        "action",
                    )  # fmt: skip
                return Told(
                    kept, other, "extra",
                    f"'{cells[other].strip()}' says one thing over several actions "
                    f"('{shortened(over[0])}'): kept as another column; "
                    f"'{cells[kept].strip()}', one a row, is read as the action",
                )  # fmt: skip
    if field == "action" and (titled := _one_titled(_DELIVERS_TITLE, titles, columns)):
        delivers, kept = titled  # 'Commitment' beside 'Key activity': what the activities
        return Told(  # deliver, the level over them, however many each has
            kept, delivers, "recommendation",
            f"'{cells[delivers].strip()}' and '{cells[kept].strip()}' both name the action: "
            f"'{cells[kept].strip()}' is read as the action, '{cells[delivers].strip()}' as what "
            "it delivers, the recommendation",
        )  # fmt: skip
    if field == "action" and (titled := _one_titled(_MILESTONE_TITLE, titles, columns)):
        milestone, kept = titled  # 'Action' left of 'Milestone' ('Guidance approved by
        if re.search(r"\bactions?\b", header_key(cells[kept])):  # Council'), what shows
            # it done; 'Improvement Action' left of 'Milestones / Key Deliverables' too
            return Told(
                kept, milestone, "extra",
                f"'{cells[milestone].strip()}' beside '{cells[kept].strip()}': "
                f"'{cells[kept].strip()}' is read as the action, '{cells[milestone].strip()}' "
                "(what shows it done) kept as another column",
            )  # fmt: skip
    if field == "action":  # 'Key deliverable (Council Plan)' left of 'Action 2025/26': the
        named = [c for c in columns if header_key(cells[c]).startswith("action")]  # plan's
        if len(named) == 1 and min(columns) != named[0]:  # deliverable, its actions under it
            other = min(columns)
            return Told(
                named[0], other, "recommendation",
                f"'{cells[other].strip()}' and '{cells[named[0]].strip()}' both name the "
                f"action: '{cells[named[0]].strip()}' is read as it, and "
                f"'{cells[other].strip()}' left of it as what its actions deliver (the "
                "recommendation, unless a column names it)",
            )  # fmt: skip
    # 'Lead' beside 'Monitoring (who)': who checks is not who leads
    for pattern, names in _BESIDE_THE_LEAD:  # 'Monitored by' or 'Lead directorate' beside
        if field == "lead" and (titled := _one_titled(pattern, titles, columns)):  # the officer
            other, kept = titled
            return Told(
                kept, other, "extra",
                f"'{cells[other].strip()}' names {names}: kept as another column; "
                f"'{cells[kept].strip()}' is read as the lead officer",
            )  # fmt: skip
    if field == "theme":  # 'Review' of one value on every row beside 'Learning theme'
        for kept, other in ((first, second), (second, first)):
            mine = {r[kept] for r in sample if kept < len(r) and r[kept]}
            theirs = {r[other] for r in sample if other < len(r) and r[other]}
            if len(mine) >= 2 and len(theirs) == 1:
                return Told(
                    kept, other, "extra",
                    f"'{cells[other].strip()}' holds one value on every row ('{theirs.pop()}'): "
                    f"kept as another column; '{cells[kept].strip()}' is read as the theme",
                )  # fmt: skip
    if field == "end" and (
        titled := _one_titled(_INSPECTORATE_FIRST, titles, columns)
        or _one_titled(ANOTHER_BODY, titles, columns)
        or _deadline_beside_target(titles, columns)
    ):  # ('KFRS target date' beside 'HMICFRS deadline': the service's own, by its letters)
        body, own = titled  # 'HMICFRS deadline' beside 'Target date': the inspectorate's
        return Told(  # deadline for the recommendation; the plan's own date ends the action
            own, body, "extra",
            f"'{cells[body].strip()}' is the date another body set: kept as another column; "
            f"'{cells[own].strip()}' is read as the end month",
        )  # fmt: skip
    if field == "end":  # a QA report's 'Timescale' of '3 months' beside the 'Target date'
        for kept, other in ((first, second), (second, first)):
            given = [r[other] for r in sample if other < len(r) and r[other].strip()]
            lengths = [c for c in given if _DURATION.match(c.strip())]
            if len(lengths) >= 2 and all(c in lengths or says_no_end(c) for c in given):
                return Told(
                    kept, other, "extra",
                    f"'{cells[other].strip()}' holds lengths of time ('{lengths[0].strip()}'), not "
                    f"months: kept as another column; '{cells[kept].strip()}' is read as the end",
                )  # fmt: skip
    if field == "recommendation":  # 'Code provision' of 3.2, 5.14 beside 'Code requirement'
        for kept, other in ((first, second), (second, first)):
            both = [r for r in sample if max(kept, other) < len(r) and r[kept] and r[other]]
            numbers = [r[other].strip() for r in both]
            if (
                len(both) >= 2
                and all(REF_LIKE.match(n) for n in numbers)
                and len(set(numbers)) == len(numbers)
                and min(len(r[kept].split()) for r in both) >= 6
            ):
                return Told(
                    kept, other, "ref",
                    f"'{cells[other].strip()}' holds numbers ('{numbers[0]}'), one a row: read "
                    f"as the ref; '{cells[kept].strip()}' is read as the recommendation",
                )  # fmt: skip
    if field == "recommendation" and (titled := _one_titled(_ISSUE, titles, columns)):
        issue, kept = titled  # 'Issue / risk' beside 'Recommendation': what was found, then
        if _RECOMMENDATION.match(cells[kept]):  # what to do about it, which the actions answer
            return Told(
                kept, issue, "extra",
                f"'{cells[issue].strip()}' says what was found and '{cells[kept].strip()}' what "
                f"to do about it: '{cells[kept].strip()}' is read as the recommendation; the "
                "other is kept as another column",
            )  # fmt: skip
    if field in ("recommendation", "status"):  # 'Rating' of High/Medium/Low beside 'Status'
        for kept, other in ((first, second), (second, first)):
            both = [r for r in sample if max(kept, other) < len(r) and r[kept] and r[other]]
            values = {" ".join(r[other].split()).casefold() for r in both}
            kept_words = [len(r[kept].split()) for r in both]
            category = (  # 'Must do' / 'Should do' beside the requirement's sentence
                field == "recommendation"
                and len(values) <= 4
                and all(len(v.split()) <= 3 for v in values)
                and len(both) > len(values)
                and min(kept_words, default=0) >= 6
            )
            if len(both) >= 2 and (values <= PRIORITY_WORDS or category):
                return Told(
                    kept, other, "extra",
                    f"'{cells[other].strip()}' holds only {', '.join(sorted(values))}: read as "
                    f"a {'priority' if values <= PRIORITY_WORDS else 'kind of finding'} (kept "
                    f"as another column); '{cells[kept].strip()}' is read as "
                    f"{FIELD_WORDS[field]}",
                )  # fmt: skip
    return None


def filled(sample: Sequence[Sequence[str]], column: int) -> list[str]:
    """The column's filled cells, stripped."""
    return [r[column].strip() for r in sample if column < len(r) and r[column].strip()]
