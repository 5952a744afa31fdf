"""One column a field: where two columns of a header name one field, the one a person reads
as it (a current RAG over a previous one, a revised date over the original, a RAG colour beside
progress words, the action's own number beside its recommendation's, a priority's handful of
words beside the findings, lengths of time beside target dates), the other kept and said; two
of equal rank that nothing tells apart are refused, the rules line that settles it named."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..errors import PlanError
from .cells import shortened
from .classify import REF_LIKE
from .column_checks import carried, one_run_each
from .ends import read_end, says_no_end
from .header import BRACKETS, FIELD_WORDS, INITIALS, PERIOD_RAG, Column, header_key
from .labels import INSPECTORATE
from .title_periods import later_of, names_a_period
from .vocabulary import PRIORITY_WORDS


def one_column_each(
    fields: dict[int, Column],
    cells: list[str],
    path: str,
    line: int,
    sample: Sequence[Sequence[str]] = (),
    hidden: frozenset[int] = frozenset(),
) -> tuple[dict[int, str], list[str], dict[str, list[int]]]:
    """Column -> field with one column a field, notes, and for each field read from one of
    several columns, the others in rank order (a revised deadline left empty: the original).
    Where two columns name one field, the one marked current or revised wins over one
    marked previous or original (the loser is kept as another column, and the returned notes
    say so); two of equal rank are refused: one would silently overwrite the other."""
    by_field: dict[str, list[int]] = {}
    header: dict[int, str] = {}
    notes: list[str] = []
    for column, info in sorted(fields.items()):
        if info.field == "theme" and info.rank == 0 and (rating := _ratings(column, sample)):
            notes.append(  # an audit tracker's 'Risk' of High/Medium: a rating, no part
                f"'{cells[column].strip()}' holds ratings ('{rating}'), not "
                "the names of the plan's parts: kept as another column"
            )
            continue
        if info.field != "extra":
            by_field.setdefault(info.field, []).append(column)
    minutes = [c for c in by_field.get("ref", []) if _MINUTE.match(cells[c].strip())]
    if minutes and len(by_field["ref"]) > len(minutes):  # 'Minute Ref' beside 'Action No':
        by_field["ref"] = [c for c in by_field["ref"] if c not in minutes]  # the action's own
        notes.extend(  # number names it; the minute it arose under is kept
            f"'{cells[c].strip()}' names the minute each action arose under: kept as another "
            "column, the action's own ref read"
            for c in minutes
        )
    fallback: dict[str, list[int]] = {}
    for field, columns in by_field.items():
        if (
            field == "ref"
            and len(columns) == 2
            and (refs := _refs_by_cells(columns, cells, sample))
        ):
            header[refs[0]] = field  # whatever their titles' ranks: what the cells hold
            notes.append(refs[1])
            continue
        if len(columns) > 1:
            best = max(fields[c].rank for c in columns)
            winners = [c for c in columns if fields[c].rank == best]
            names = [f"'{cells[c].strip()}'" for c in columns]
            current = [c for c in winners if PERIOD_RAG.get(header_key(cells[c])) == 2]
            if field == "status" and len(winners) > 1 and len(current) == 1:
                winners = current  # 'This period' beside 'Last period' and '% complete'
            if len(winners) > 1 and len(shown := [c for c in winners if c not in hidden]) == 1:
                notes.append(  # the one a reader of the sheet sees
                    f"{' and '.join(names)} both name {FIELD_WORDS[field]}: "
                    f"'{cells[shown[0]].strip()}' is read as it; the others are hidden columns, "
                    "kept as other columns"
                )
                header[shown[0]] = field
                continue
            if len(winners) == 2 and (told := _told_apart(field, winners, cells, sample)):
                keep, other, other_field, why = told
                header[keep] = field
                if other_field != "extra" and other_field not in by_field:
                    header[other] = other_field  # unless another column names that field
                notes.append(why)
                continue
            if len(winners) > 1:
                first, second = (cells[c].strip() for c in winners[:2])
                raise PlanError(
                    f"two columns would both be read as {FIELD_WORDS[field]}: '{first}' and "
                    f"'{second}'",
                    path=path,
                    line=line,
                    hint=f"say which in a rules file: column {first} = {field} and column "
                    f"{second} = extra (see plan import --help), or rename one in the table",
                )
            own = [  # 'Target date' beside 'HMICFRS deadline', both under 'Revised date'
                c
                for c in columns
                if c not in winners and not _ANOTHER_BODY.search(cells[c].strip())
            ]
            fallback[field] = sorted(  # never 'HMICFRS deadline' under the service's own
                (
                    c
                    for c in columns
                    if c not in winners and (c in own or not own or field != "end")
                ),
                key=lambda c: (-_months_held(field, c, sample), -fields[c].rank),
            )  # 'Target date' of dates before a 'Timescale' of 'Short term' (no month)
            columns = winners
            notes.append(
                f"{' and '.join(names)} {'both' if len(names) == 2 else 'all'} name "
                f"{FIELD_WORDS[field]}: '{cells[winners[0]].strip()}' is read as it"
                + (
                    (
                        ", or the other where it is empty"
                        if len(names) == 2
                        else ", or the next of the others where it is empty"
                    )
                    if field in ("start", "end")
                    else ""
                )
                + (
                    "; the other is kept as another column"
                    if len(names) == 2
                    else "; the others are kept as other columns"
                )
            )
        header[columns[0]] = field
    return header, notes, fallback


_MINUTE = re.compile(r"^min(?:ute)?\.?\s+(?:ref|reference|no|number)\b", re.IGNORECASE)
_REF_OWNER = re.compile(
    r"^(actions?|rec(?:ommendation)?s?|finding|priority|objective|area|afi|weakness|audit|"
    r"report|review)\b",
    re.IGNORECASE,
)
_RAG_NAME = re.compile(r"\b(?:b?rag|traffic\s+lights?|colou?r)\b", re.IGNORECASE)


_DURATION = re.compile(
    r"^(?:within\s+)?(?:\d+|one|two|three|four|six|nine|twelve)\s*(?:days?|weeks?|months?|years?)"
    r"|^immediate(?:ly)?$|^urgent$|^(?:short|medium|long)[\s-]*term\b",  # 'Short term (1-3 months)'
    re.IGNORECASE,
)


_MONITORING = re.compile(r"^\s*(?:monitor(?:ing|ed)?|oversight|assurance)\b", re.IGNORECASE)
# 'Issue / risk', 'Issue identified', 'Risk / issue': what an audit found.
_ISSUE = re.compile(
    r"^\s*(?:issues?|risks?)(?:\s*(?:/|and|&)\s*(?:issues?|risks?))?(?:\s+identified)?\s*$", re.I
)
_RECOMMENDATION = re.compile(r"^\s*(?:audit\s+)?recommendations?\s*$", re.IGNORECASE)
# 'Internal Audit Comment', 'Auditor's view': what the auditor says of the owner's update.
_AUDITORS = re.compile(
    r"^\s*(?:internal\s+)?audit(?:or)?(?:'?s|s'?)?\s+(?:comments?|views?)\b", re.IGNORECASE
)


# 'HMICFRS deadline', 'Ofsted due date': a date the title says another body set.
_ANOTHER_BODY = re.compile(rf"^(?:[A-Z]{{2,8}}|(?i:{INSPECTORATE}))'?s?\s+(?=\S)")


def _one_titled(
    pattern: re.Pattern[str], titles: list[str], columns: list[int]
) -> tuple[int, int] | None:
    """(the column whose title the pattern finds, the other) where only one title has it."""
    found = [pattern.search(t) is not None for t in titles]
    if found[0] == found[1]:
        return None
    return (columns[0], columns[1]) if found[0] else (columns[1], columns[0])


def _ratings(column: int, sample: Sequence[Sequence[str]]) -> str:
    """The first of a column's cells where all are ratings (High, Medium, Low), else ''."""
    cells = [r[column].strip() for r in sample if column < len(r) and r[column].strip()]
    if cells and all(c.casefold() in PRIORITY_WORDS for c in cells):
        return cells[0]
    return ""


def _months_held(field: str, column: int, sample: Sequence[Sequence[str]]) -> int:
    """How many of a start or end column's cells read as a month (0 for other fields)."""
    if field not in ("start", "end"):
        return 0
    held = 0
    for row in sample:
        try:
            held += column < len(row) and read_end(row[column]).month is not None
        except ValueError:  # a mistyped month: refused later, at its cell
            continue
    return held


def _refs_by_cells(
    columns: list[int], cells: list[str], sample: Sequence[Sequence[str]]
) -> tuple[int, str] | None:
    """'No.' of 1, 2, 3 beside a 'Reference' of 'Service specification no. 24' (the standard
    a finding cites): the column of refs, one to a row, is the ref; the column of words is
    kept as another. (the ref column, the note) or None."""
    both = [  # the rows that fill both (a band row's name in the first column is no ref)
        (r[columns[0]].strip(), r[columns[1]].strip())
        for r in sample
        if max(columns) < len(r) and r[columns[0]].strip() and r[columns[1]].strip()
    ]
    for n, (kept, other) in enumerate(((columns[0], columns[1]), (columns[1], columns[0]))):
        mine = [pair[n] for pair in both]
        theirs = [pair[1 - n] for pair in both]
        if (
            len(mine) >= 2
            and len(set(mine)) == len(mine)
            and all(REF_LIKE.match(c) for c in mine)
            and theirs
            and not any(REF_LIKE.match(c) for c in theirs)
        ):
            return kept, (
                f"'{cells[kept].strip()}' and '{cells[other].strip()}' both name a ref: "
                f"'{cells[other].strip()}' holds words ('{theirs[0]}'), kept as another column; "
                f"'{cells[kept].strip()}' is read as the ref"
            )
    return None


def _told_apart(
    field: str, columns: list[int], cells: list[str], sample: Sequence[Sequence[str]]
) -> tuple[int, int, str, str] | None:
    """Two columns that name one field, told apart as a person would by what they are: a
    'RAG' column beside a 'Status' one (the colour, and progress words: both read, reported),
    or a recommendation column of High/Medium/Low beside one of findings (a priority, kept as
    another column). (kept column, other column, the other's field, the note) or None."""
    first, second = columns
    titles = [cells[first].strip(), cells[second].strip()]
    if field == "status" and all(header_key(t) in PERIOD_RAG for t in titles):
        now, then = sorted(columns, key=lambda c: -PERIOD_RAG[header_key(cells[c])])
        return (
            now, then, "extra",
            f"'{cells[now].strip()}' and '{cells[then].strip()}' both hold the RAG: "
            f"'{cells[now].strip()}' is read as the status; the other is kept as another column",
        )  # fmt: skip
    if field == "status" and (titled := _one_titled(_RAG_NAME, titles, columns)):
        rag, words = titled
        return (
            rag, words, "progress",
            f"'{cells[rag].strip()}' and '{cells[words].strip()}' both name the status: "
            f"the colour read from '{cells[rag].strip()}', and an action "
            f"'{cells[words].strip()}' calls complete read as complete (blue)",
        )  # fmt: skip
    told = [  # (and 'Risk description (cause, event, consequence)': what it holds in brackets)
        c for c in columns if BRACKETS.sub("", header_key(cells[c])).strip().endswith("description")
    ]
    if field == "theme" and len(told) == 1:  # 'Risk' beside 'Risk description': the risk's
        kept = next(c for c in columns if c not in told)  # name heads its actions, the
        return (  # description tells it
            kept, told[0], "extra",
            f"'{cells[kept].strip()}' and '{cells[told[0]].strip()}' both name the theme: "
            f"'{cells[kept].strip()}' is read as it; the description is kept as another column",
        )  # fmt: skip
    dated = [c for c in columns if names_a_period(header_key(cells[c]))]
    if field == "measure" and len(dated) == 1:  # 'Success criteria' beside 'Evidence /
        kept = next(c for c in columns if c not in dated)  # impact (Oct 2024)': what was
        return (  # seen by then is the progress
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
            return (
                kept, other, "extra",
                f"'{cells[kept].strip()}' and '{cells[other].strip()}' both name a ref: "
                f"'{cells[kept].strip()}' is read as the action's ref; the other is kept as "
                "another column",
            )  # fmt: skip
        for kept, other in ((first, second), (second, first)):  # 'Audit Ref' of one audit
            pairs = [  # over several rows beside 'Rec Ref', one a row: the second is the ref
                (r[kept].strip(), r[other].strip())  # (or 'Rec No' 1, 2 under each audit,
                for r in sample  # starting again: numbered under the audit's heading)
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
                return (
                    kept, other, "extra",
                    f"'{cells[kept].strip()}' and '{cells[other].strip()}' both name a ref: "
                    f"'{cells[other].strip()}' names one for several rows "
                    f"('{group_refs[0]}'), kept as another column; '{cells[kept].strip()}', one "
                    "a row, is read as the ref",
                )  # fmt: skip
    if (
        field in ("comments", "status")
        and (later := later_of(*(header_key(t) for t in titles))) is not None
    ):  # ('Q3 status' beside 'Q2 status': the later, as of progress)
        kept, other = (first, second) if later == 0 else (second, first)
        return (
            kept, other, "extra",
            f"'{cells[kept].strip()}' and '{cells[other].strip()}' both hold "
            f"{'progress' if field == 'comments' else 'the status'}: "
            f"'{cells[kept].strip()}', the later, is read as it; the other is kept as another "
            "column",
        )  # fmt: skip
    if field == "comments" and (titled := _one_titled(_AUDITORS, titles, columns)):
        auditor, kept = titled  # 'Progress Update' beside 'Internal Audit Comment'
        return (
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
                return (
                    kept, other, "extra",
                    f"'{cells[other].strip()}' says one thing over several actions "
                    f"('{shortened(over[0])}'): kept as another column; "
                    f"'{cells[kept].strip()}', one a row, is read as the action",
                )  # fmt: skip
    # 'Lead' beside 'Monitoring (who)': who checks is not who leads
    if field == "lead" and (titled := _one_titled(_MONITORING, titles, columns)):
        other, kept = titled
        return (
            kept, other, "extra",
            f"'{cells[other].strip()}' names who monitors the action: kept as another "
            f"column; '{cells[kept].strip()}' is read as the lead officer",
        )  # fmt: skip
    if field == "theme":  # 'Review' of one value on every row beside 'Learning theme'
        for kept, other in ((first, second), (second, first)):
            mine = {r[kept] for r in sample if kept < len(r) and r[kept]}
            theirs = {r[other] for r in sample if other < len(r) and r[other]}
            if len(mine) >= 2 and len(theirs) == 1:
                return (
                    kept, other, "extra",
                    f"'{cells[other].strip()}' holds one value on every row ('{theirs.pop()}'): "
                    f"kept as another column; '{cells[kept].strip()}' is read as the theme",
                )  # fmt: skip
    if field == "end" and (titled := _one_titled(_ANOTHER_BODY, titles, columns)):
        body, own = titled  # 'HMICFRS deadline' beside 'Target date': the inspectorate's
        return (  # deadline for the recommendation; the plan's own date ends the action
            own, body, "extra",
            f"'{cells[body].strip()}' is the date another body set: kept as another column; "
            f"'{cells[own].strip()}' is read as the end month",
        )  # fmt: skip
    if field == "end":  # a QA report's 'Timescale' of '3 months' beside the 'Target date'
        for kept, other in ((first, second), (second, first)):
            given = [r[other] for r in sample if other < len(r) and r[other].strip()]
            lengths = [c for c in given if _DURATION.match(c.strip())]
            if len(lengths) >= 2 and all(c in lengths or says_no_end(c) for c in given):
                return (
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
                return (
                    kept, other, "ref",
                    f"'{cells[other].strip()}' holds numbers ('{numbers[0]}'), one a row: read "
                    f"as the ref; '{cells[kept].strip()}' is read as the recommendation",
                )  # fmt: skip
    if field == "recommendation" and (titled := _one_titled(_ISSUE, titles, columns)):
        issue, kept = titled  # 'Issue / risk' beside 'Recommendation': what was found, then
        if _RECOMMENDATION.match(cells[kept]):  # what to do about it, which the actions answer
            return (
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
                return (
                    kept, other, "extra",
                    f"'{cells[other].strip()}' holds only {', '.join(sorted(values))}: read as "
                    f"a {'priority' if values <= PRIORITY_WORDS else 'kind of finding'} (kept "
                    f"as another column); '{cells[kept].strip()}' is read as "
                    f"{FIELD_WORDS[field]}",
                )  # fmt: skip
    return None
