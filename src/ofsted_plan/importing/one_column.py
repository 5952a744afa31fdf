"""One column a field: where two columns of a header name one field, the one a person reads
as it (a current RAG over a previous one, a revised date over the original, a RAG colour beside
progress words, the action's own number beside its recommendation's, a priority's handful of
words beside the findings, lengths of time beside target dates), the other kept and said; two
of equal rank that nothing tells apart are refused, the rules line that settles it named."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..errors import PlanError
from .classify import REF_LIKE
from .ends import read_end
from .header import (
    FIELD_WORDS,
    PERIOD_RAG,
    Column,
    header_key,
)
from .labels import MINUTE_REF
from .title_periods import latest_of
from .told_apart import (
    ANOTHER_BODY,
    filled,
    holds_whole,
    own_numbers,
    ratings,
    the_actions_own,
    told_apart,
)


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
        if (
            info.field in ("theme", "recommendation")
            and info.rank == 0
            and (rating := ratings(column, sample))
        ):  # (and its 'Priority' of High/Medium beside refs starting again under each audit)
            notes.append(  # an audit tracker's 'Risk' of High/Medium: a rating, no part
                f"'{cells[column].strip()}' holds ratings ('{rating}'): read as a priority "
                "(kept as another column), not the names of the plan's parts"
            )
            continue
        if (
            info.field == "status"
            and sum(f.field == "status" for f in fields.values()) > 1
            and (scores := filled(sample, column))
            and all(re.fullmatch(r"\d{1,2}", c) for c in scores)
        ):  # Pentana's 'Current Rating' of 20 on each risk's row beside the actions' 'Status'
            notes.append(
                f"'{cells[column].strip()}' holds scores ('{scores[0]}'), not a status: kept as "
                "another column"
            )
            continue
        if info.field != "extra":
            by_field.setdefault(info.field, []).append(column)
    minutes = [c for c in by_field.get("ref", []) if MINUTE_REF.match(cells[c].strip())]
    if minutes and len(by_field["ref"]) > len(minutes):  # 'Minute Ref' beside 'Action No':
        by_field["ref"] = [c for c in by_field["ref"] if c not in minutes]  # the action's own
        notes.extend(  # number names it; the minute it arose under is kept
            f"'{cells[c].strip()}' names the minute each action arose under: kept as another "
            "column, the action's own ref read"
            for c in minutes
        )
    recs = by_field.get("recommendation", [])
    if (
        len(recs) == 1
        and "ref" not in by_field
        and len(by_field.get("action", [])) == 2
        and len(held := [r[recs[0]].strip() for r in sample if _rowlike(r, recs[0])]) >= 3
        and all(re.fullmatch(r"\d{1,3}", c) for c in held)  # (its bands aside)
    ):  # RQIA's 'Area for improvement' of 1, 2, 3 beside its 'Action required' and the
        by_field["ref"] = by_field.pop("recommendation")  # home's response: the areas'
        notes.append(  # numbers, the refs (the requirement's words the recommendation)
            f"'{cells[recs[0]].strip()}' holds only numbers ('{held[0]}'): read as the ref"
        )
    recs = by_field.get("recommendation", [])
    if (
        len(recs) == 1
        and "ref" in by_field
        and len(held := _held_below(sample, recs[0], cells[recs[0]])) >= 3
        and all(re.fullmatch(r"\d{1,3}(?:\.\d{1,3}){1,2}[a-z]?", c) for c in held)
    ):  # 'Code provision' of '3.1', '5.6' beside the actions' own 'Ref': the provision each
        del by_field["recommendation"]  # answers, cited by its number, kept (no words of it)
        notes.append(
            f"'{cells[recs[0]].strip()}' holds only the numbers of what each action answers "
            f"('{held[0]}'), beside the actions' own refs: kept as another column"
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
        if (rated := the_actions_own(field, columns, cells)) is not None:
            header[rated.keep] = field
            if rated.other_field != "extra" and rated.other_field not in by_field:
                header[rated.other] = rated.other_field
            notes.append(rated.note)
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
            in_use = [c for c in winners if any(c < len(r) and r[c].strip() for r in sample)]
            if field == "comments" and len(in_use) == 1 < len(winners):
                header[in_use[0]] = field  # 'Q3 commentary' beside 'Q2 progress' and 'Q3
                continue  # progress' shaded with no words: the words are the progress (the
                # shading is asked about as the RAG, below)
            if (
                len(winners) > 2
                and field in ("comments", "status")
                and in_use
                and (latest := latest_of([header_key(cells[c]) for c in in_use])) is not None
                and latest_of([header_key(cells[c]) for c in winners]) is not None
            ):  # 'Q1 update' | 'Q2 update' | 'Q3 update' (not yet written): the latest written
                kept = in_use[latest]
                header[kept] = field
                notes.append(
                    f"{' and '.join(names)} each hold "
                    f"{'progress' if field == 'comments' else 'the status'} for a period: "
                    f"'{cells[kept].strip()}', the latest with any written, is read as it; the "
                    "others are kept as other columns"
                )
                continue
            if len(winners) == 2 and (told := told_apart(field, winners, cells, sample)):
                keep, other, other_field, why = told
                header[keep] = field
                if other_field != "extra" and other_field not in by_field:
                    header[other] = other_field  # unless another column names that field
                elif (
                    other_field == "ref"
                    and (outer := _numbers_under(other, by_field.get("ref", []), sample))
                    is not None
                ):  # 'Sub-action' of 1a, 1b beside 'Rec no.' of 1: the action's
                    del header[outer]  # own number, under its recommendation's (kept)
                    header[other] = "ref"
                    why += f"; '{cells[outer].strip()}' numbers the recommendations, kept"
                elif (outer := _weaker_over(other_field, other, by_field, fields, sample)) >= 0:
                    header[outer], header[other] = "theme", other_field  # 'Priority' over
                    why += f"; '{cells[outer].strip()}', over it, is read as the theme"
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
                c for c in columns if c not in winners and not ANOTHER_BODY.search(cells[c].strip())
            ]
            if (
                field == "ref"
                and len(winners) == 1
                and (numbered := own_numbers(columns, winners[0], sample)) is not None
            ):  # 'No.' of 1, 2, 3 beside 'SIR ref' of the report's paragraph, merged over
                header[numbered], header[winners[0]] = field, "extra"  # the actions answering it
                notes.append(
                    f"{' and '.join(names)} both name {FIELD_WORDS[field]}: "
                    f"'{cells[numbered].strip()}' numbers each action, read as it; "
                    f"'{cells[winners[0]].strip()}' gives one number to several (what they "
                    "answer), kept as another column"
                )
                continue
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
    if (named := _named_over_described(header, fields, sample)) is not None:
        described, short = named  # 'Issue' of 'Fixed asset register' beside 'Risk' of 'Our
        header[short] = "theme"  # testing identified ...': the finding's name, then its story
        del header[described]
        notes.append(
            f"'{cells[short].strip()}' names each finding in a few words and "
            f"'{cells[described].strip()}' describes it in sentences: '{cells[short].strip()}' "
            f"is read as the theme after all; '{cells[described].strip()}' is kept as another "
            "column"
        )
    return header, notes, fallback


def _named_over_described(
    header: dict[int, str], fields: dict[int, Column], sample: Sequence[Sequence[str]]
) -> tuple[int, int] | None:
    """(the theme column of descriptions, the column set aside of short names) where the
    column read as the theme only gave way by its title ('Risk') and holds sentences, one to
    each action, while a column that gave way to the recommendation ('Issue') names each in a
    few words: a part is named, never described. None otherwise."""
    themes = [c for c, f in header.items() if f == "theme"]
    if len(themes) != 1 or fields[themes[0]].rank != 0:
        return None
    described = filled(sample, themes[0])
    if len(described) < 3 or not all(len(v.split()) >= 12 for v in described):
        return None
    for column, info in sorted(fields.items()):
        names = filled(sample, column)
        if (
            column not in header
            and info.field == "recommendation"
            and info.rank == 0
            and len(names) == len(described)
            and all(len(v.split()) <= 8 and not v.endswith(".") for v in names)
        ):
            return themes[0], column
    return None


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
    both = [  # the rows that fill both (a band row's name in the first column is no ref,
        (r[columns[0]].strip(), r[columns[1]].strip())  # nor a band's 'Rec 2' beside the
        for r in sample  # recommendation's words merged across)
        if max(columns) < len(r)
        and r[columns[0]].strip()
        and r[columns[1]].strip()
        and not any(len(r[c].split()) > 8 for c in columns)
        and r[columns[0]].strip() != cells[columns[0]].strip()  # (not a copy of the header
    ]  # over each Monday.com group)
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
        if (
            len(mine) >= 2
            and len(set(mine)) == len(mine)
            and all(_nests(m, t) for m, t in zip(mine, theirs, strict=True))
        ):  # 'No.' of 1.1, 1.2, 2.1 beside 'Rec' of 1, 1, 2 or R1, R2: the action's number, under
            return kept, (  # its recommendation's
                f"'{cells[kept].strip()}' and '{cells[other].strip()}' both name a ref: "
                f"'{cells[kept].strip()}' numbers each action under the number "
                f"'{cells[other].strip()}' gives its recommendation, and is read as the ref; "
                "the other is kept as another column"
            )
    named = [c for c in columns if _NAMES_A_REC.search(header_key(cells[c]))]
    if len(named) == 1 and both:  # 'Ref' of 2.1, 2.2 beside 'Review rec' of R1, R2: the action's
        kept = next(c for c in columns if c != named[0])  # own number, one to a row, and the
        own = [pair[columns.index(kept)] for pair in both]  # recommendation's it answers
        if len(set(own)) == len(own) and all(REF_LIKE.match(c) for c in own):
            return kept, (
                f"'{cells[kept].strip()}' and '{cells[named[0]].strip()}' both name a ref: "
                f"'{cells[named[0]].strip()}' names the recommendation each action answers, "
                f"kept as another column; '{cells[kept].strip()}' is read as the ref"
            )
    return None


# A ref column's title naming the recommendation's number: 'Review rec', 'Rec no.'.
_NAMES_A_REC = re.compile(r"\brec(?:ommendation)?s?\b")


def _rowlike(row: Sequence[str], column: int) -> bool:
    """A row of the table with a cell in `column`, not a band across it (three cells or more)."""
    return (
        column < len(row) and bool(row[column].strip()) and sum(bool(c.strip()) for c in row) >= 3
    )


def _numbers_under(column: int, refs: list[int], sample: Sequence[Sequence[str]]) -> int | None:
    """The one ref column whose numbers each of `column`'s numbers extends ('1a', '1b' under
    '1', merged down or written once): the recommendations', `column` the actions' own."""
    if len(refs) != 1:
        return None
    pairs = [(r[column].strip(), r[refs[0]].strip()) for r in sample if max(column, *refs) < len(r)]
    own = [(mine, theirs) for mine, theirs in pairs if mine]
    above = ""
    nested = []
    for mine, theirs in own:
        above = theirs or above  # (a merged number, written on its first row only)
        nested.append(bool(above) and _nests(mine, above))
    return refs[0] if len(own) >= 2 and all(nested) else None


def _nests(number: str, under: str) -> bool:
    """'1.2' under '1' or 'R1', '1a' under '1', 'A1.2' under 'A1', 'B5.1' under 'Rec 5', '1.1'
    under a risk's 'SR01': the recommendation's number, then the action's own (each after any
    letters naming its part, and any zeros written before the number)."""
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz ."
    bare, own = (n.lstrip(letters).lstrip("0") for n in (under, number))
    after = own[len(bare) : len(bare) + 1]
    lettered = len(own) == len(bare) + 1 and after.isalpha() and after.islower()  # '1a'
    return bool(bare) and own.startswith(bare) and after != "" and (after in ".-/" or lettered)


def _weaker_over(
    field: str,
    column: int,
    by_field: dict[str, list[int]],
    fields: dict[int, Column],
    sample: Sequence[Sequence[str]],
) -> int:
    """The one column weakly read as the recommendation ('Priority') holding whole runs of
    this one ('Commitment', told to be the recommendation), with no theme column: the outer
    level, the theme; -1 where there is none."""
    named = by_field.get("recommendation", [])
    if field != "recommendation" or "theme" in by_field or len(named) != 1:
        return -1
    outer = named[0]
    return outer if fields[outer].rank == 0 and holds_whole(sample, outer, column) else -1


def _held_below(sample: Sequence[Sequence[str]], column: int, title: str) -> list[str]:
    """The column's cells on the rows like actions' under the header, its title repeated
    over each group (a Monday.com board's) left out."""
    return [
        r[column].strip()
        for r in sample
        if _rowlike(r, column) and r[column].strip() != title.strip()
    ]
