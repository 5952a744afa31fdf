"""What a person would notice before the plan is written, checked on the reading: no status
read in a plan that has one, no end month read at all, a month far from all the others, a
'recommendation' column of a few repeated words, the plan's own RAG key. Each is refused with
the way to settle it, or settled by an explicit rule that the report names. Then the short
report of what was set aside or settled, and the long one for --explain."""

from __future__ import annotations

import re
import statistics

from ..errors import PlanError
from ..model import Plan, Status
from .builder import Builder
from .cells import shortened
from .classify import own_texts
from .column_checks import months_as_actions, months_unnamed, priority_column, refs_unnamed
from .keys import KEY_CAPTION, SHADES, fill_pairs, key_pairs, meaning_of
from .kinds import Classified, RowKind
from .level_checks import (
    banded_theme_column,
    grouped_measure,
    grouping_column,
    headings_over_theme_column,
    headings_under_theme_column,
    merged_over_actions,
    outcome_between,
    parent_column,
    theme_column_over_headings,
)
from .other_columns import (
    citation_theme,
    cited_refs,
    cited_standards,
    coded_risks,
    codes_as_actions,
    item_for_each_action,
    listed_item_codes,
    one_value_theme,
    recommendation_numbers,
    recommendations_among_actions,
    topic_of_each_action,
)
from .progress_words import status_from_progress
from .row_checks import actions_after_key, actions_without_words, trailing_lines
from .status_checks import no_status_read, percent_bands, progress_beside_rag
from .values import STATUS_WORDS


def check_plan(
    plan: Plan,
    builder: Builder,
    rows: list[Classified],
    tables: list[str],
    exact: bool,
    ruled: frozenset[str] = frozenset(),
) -> list[str]:
    """Refuse what a person would stop at; return the short report: what was set aside or
    settled by a default, then how values were read. The tool's own export (`exact`) was
    written by the tool: nothing in it is a person's layout to check; the columns a rules file
    named (`ruled`) hold what it says."""
    notes: list[str] = []
    path = builder.where
    if not exact and not any(True for _ in plan.actions()):  # the tool's own export may be
        header_row = next((r for r in rows if r.kind is RowKind.HEADER), None)
        raise PlanError(
            "no row of the table was read as an action"
            + (" under its header row" if header_row is not None else ""),
            path=path,
            line=header_row.row.number if header_row is not None else None,
            hint="see how each row was read with plan import --explain; a rules file can say "
            "what a row is (row N = action) or a column (column TITLE = action)",
        )
    if not exact:
        _far_months(builder, path)
        actions_after_key(rows, path)
        notes.extend(trailing_lines(plan))
        actions_without_words(plan, path)
        _no_end_read(plan, rows, path)
        priority_column(plan, rows, path)
        grouping_column(rows)
        merged_over_actions(rows)
        headings_over_theme_column(plan, rows)
        headings_under_theme_column(plan, rows)
        theme_column_over_headings(rows)
        banded_theme_column(rows)
        citation_theme(rows)
        cited_refs(rows)
        cited_standards(rows)
        coded_risks(rows)
        recommendation_numbers(rows)
        recommendations_among_actions(rows)
        codes_as_actions(rows)
        listed_item_codes(rows)
        one_value_theme(rows)
        item_for_each_action(rows)
        topic_of_each_action(rows)
        outcome_between(rows)
        parent_column(rows)
        grouped_measure(rows)
        refs_unnamed(rows)
        months_unnamed(rows, builder.month_first, path)
        months_as_actions(rows, builder.month_first, path)
        notes.extend(_apply_key(plan, rows, builder, path))
        no_status_read(plan, rows, path, builder.statuses, builder.reading.completed_on, ruled)
        progress_beside_rag(plan, rows, builder.statuses)
        notes.extend(status_from_progress(plan))
        percent_bands(plan.notes, rows, path, builder.statuses)
    themes = [t for t in plan.themes if t.title]
    if themes:
        shown = "; ".join(f"'{shortened(t.title)}' (line {t.line})" for t in themes[:8])
        more = f" and {len(themes) - 8} more" if len(themes) > 8 else ""
        notes.append(f"Themes: {shown}{more}.")
    for line in tables:
        notes.append(f"Set aside: {line}.")
    hidden = [
        r.row.number
        for r in rows
        if r.row.hidden and r.kind in (RowKind.ACTION, RowKind.CONTINUATION)
    ]
    if hidden:
        notes.append(
            f"Hidden rows set aside (a reader of the sheet does not see them): "
            f"{lines_of(hidden)}; unhide them in Excel to import them."
        )
    furniture = [r.row.number for r in rows if r.why == "page furniture"]
    if furniture:
        notes.append(
            f"Page headers and footers printed again on each page, not read: {lines_of(furniture)}."
        )
    totals = [r.row.number for r in rows if r.kind is RowKind.TOTALS]
    if totals:
        notes.append(f"Totals rows kept as notes, not actions: {lines_of(totals)}.")
    down = [
        r.row.number for r in rows if r.kind is RowKind.BLANK and r.row.down and not r.row.filled()
    ]
    if down:
        notes.append(
            f"Rows holding only a cell merged down from above, not actions: {lines_of(down)}."
        )
    reading = builder.reading
    if reading.continued:
        notes.append(
            f"Rows with text but no action, ref, lead, dates or status, added to the action "
            f"above: {lines_of(reading.continued)}."
        )
    for header in dict.fromkeys(
        s for r in rows if r.kind is RowKind.HEADER and r.header for s in r.header.settled
    ):
        notes.append(header[0].upper() + header[1:] + ".")
    if reading.kept_whole:
        shown = ", ".join(f"'{w}'" for w in list(reading.kept_whole)[:4])
        notes.append(
            f"Lead cells read as one officer each (their parts are not all people): {shown}."
        )
    if reading.undated:
        kept = ", ".join(f"'{w}' ({n})" for w, n in reading.undated.items())
        count = sum(reading.undated.values())
        notes.append(
            f"End cells that are not months, kept as written with no end month: {kept}."
            if count
            else ""
        )
    if reading.regathered:
        again = ", ".join(
            f"'{t[:40]}' at line {n} (first at {f})" for t, n, f in reading.regathered[:4]
        )
        notes.append(
            f"Themes that come again after others, their actions gathered under the first: "
            f"{again}; the plan lists each theme's actions together, not in the table's order."
        )
    if reading.merged_refs:
        shown = ", ".join(reading.merged_refs[:6])
        notes.append(
            f"Refs merged down beside several actions, numbering what they answer: each "
            f"action is the ref and its place (R1.1, R1.2), the ref kept as 'Ref as written': "
            f"{shown}."
        )
    if reading.qualified_by_recommendation:
        notes.append(
            "Refs that start again under each recommendation, inside its theme, read as the "
            "recommendation's number (in document order) and the ref (4.1 is the fourth "
            f"recommendation's 1), each kept as 'Ref as written': {reading.qualified_refs} "
            "actions."
        )
    elif reading.qualified_refs:
        notes.append(
            "Refs that start again under each heading read as the heading's number and the "
            "ref (2.1 is the second heading's 1), each kept as 'Ref as written': "
            f"{reading.qualified_refs} actions."
        )
    if reading.refs_in_text:
        notes.append(
            (
                "The ref column numbers the recommendations (kept as 'Recommendation no.'): "
                if reading.refs_beside_numbers
                else "No ref column: "
            )
            + "each action's ref read from the number its text starts with ('1.1 Maintain "
            f"...', '1a. Introduce ...'): {reading.refs_in_text} actions."
        )
    if reading.revised_elsewhere:
        shown = "; ".join(f"line {n}: '{d}' in '{c}'" for n, d, c in reading.revised_elsewhere[:4])
        notes.append(
            "A revised end written at the start of another column, read as the end (the first "
            f"kept as 'End as first set'): {shown}."
        )
    if reading.completed_on:
        notes.append(
            "No RAG given, but a completion date: read as complete (blue): lines "
            f"{lines_of(reading.completed_on)}."
        )
    if reading.closed_sheet:
        notes.append(
            "No RAG given, on a sheet of closed actions: read as complete (blue): lines "
            f"{lines_of(reading.closed_sheet)}."
        )
    if reading.lead_lines:
        notes.append(
            "No lead column: leads read from the 'Lead: ...' line at the foot of the action "
            f"cell: lines {lines_of(reading.lead_lines)}."
        )
    if reading.worded_fills:
        read = ", ".join(f"'{w}' -> {c}" for w, c in list(reading.worded_fills.items())[:6])
        notes.append(f"Status words no key defines, read by their cell's colour: {read}.")
    if reading.coloured:
        read = ", ".join(f"{colour} ({n})" for colour, n in reading.coloured.items())
        notes.append(f"RAG read from the colour of cells with no text: {read}.")
    if reading.headings:
        notes.append(
            "Rows read as headings over the actions numbered under them (kept with each as "
            f"'Heading'): lines {lines_of(reading.headings)}."
        )
    if reading.status_words:
        read = ", ".join(
            f"'{word}' -> {status.value or 'unrated'} ({count})"
            for word, (status, count) in reading.status_words.items()
        )
        notes.append(f"Status words read: {read}.")
    for how, title in (
        ("date", "Dates read as their month"),
        ("quarter", "Financial quarters read as their last month"),
        ("period", "Periods read as their last month"),
        ("phrase", "Phrases read as the month they name"),
        ("term", "School terms read as the month they end (spring: its Easter holiday)"),
        ("revised", "Revised ends read as the revised month"),
    ):
        read_as = reading.dates.get(how, {})
        if read_as:
            shown = ", ".join(f"'{cell}' -> {month}" for cell, month in list(read_as.items())[:5])
            more = f" and {len(read_as) - 5} more" if len(read_as) > 5 else ""
            notes.append(f"{title}: {shown}{more}.")
    return [n for n in notes if n]


_FULL_YEAR = re.compile(r"\d{4}")


def _far_months(builder: Builder, path: str) -> None:
    """A month years away from all the others ('Jan-71' in a 2019 plan: read as 2071) is a
    typing mistake a person would see."""
    months = builder.reading.months
    if not months:
        return
    years = [m.year for m, *_ in months]
    middle = statistics.median(years)
    for month, line, cell, column in months:
        off = abs(month.year - middle)
        if off <= 6:
            continue  # near the others, however written
        if _FULL_YEAR.search(cell):  # written in full: meant, unless decades away (2052)
            alone = not any(  # or years from every other month: 2015 in a 2025 plan
                abs(m.year - month.year) <= 3 for m, at, *_ in months if at != line
            )
            if off > 15 or alone:
                raise PlanError(
                    f"{column} month {cell!r} is {month}, years from the plan's other months "
                    f"(around {int(middle)}): the year mistyped?",
                    path=path,
                    line=line,
                    hint="correct the year in the table",
                )
            continue
        if off > 10:
            raise PlanError(
                f"{column} month {cell!r} reads as {month}, years away from the plan's other "
                f"months (around {int(middle)}): a two-digit year mistyped?",
                path=path,
                line=line,
                hint="correct the year in the table (write it in full, e.g. Jan-2019)",
            )


def _no_end_read(plan: Plan, rows: list[Classified], path: str) -> None:
    actions = list(plan.actions())
    written = [a for a in actions if a.end or a.end_text]
    if len(written) >= 3 and not any(a.end for a in written):
        header = next(
            (r.header for r in rows if r.header and r.header.column("end") is not None), None
        )
        title = header.titles[header.column("end") or 0] if header else "End"
        sample = ", ".join(f"'{a.end_text}'" for a in written[:3])
        raise PlanError(
            f"none of the {len(written)} cells under '{title}' reads as a month ({sample} ...), "
            "so no action could ever be overdue",
            path=path,
            line=written[0].line,
            hint=f"if another column holds the end month, name it in a rules file: column "
            f"TITLE = end, and column {title} = extra",
        )


# A label over a row of coloured cells, each a status in its colour: the row is the key.
_RAG_CAPTION = re.compile(r"^(?:rag|status|rag\s+(?:status|rating)|progress)\s*:?$", re.I)


def _apply_key(plan: Plan, rows: list[Classified], builder: Builder, path: str) -> list[str]:
    """The plan's own key, where it gives a colour another meaning ('Green = completed' with no
    blue): applied to the actions rated by that colour, and reported. A key that gives one
    colour two meanings is refused."""
    meanings: dict[str, tuple[Status, str]] = {}
    texts = [n for n in plan.notes] + [  # ('RAG key:' | 'G' | 'Implemented' | 'A' | ...: a
        r.text.replace("\t", " | ")
        for r in rows
        if r.kind is RowKind.KEY  # key row, cell by
    ]  # cell)
    # a key of coloured cells, each with its meaning written in it
    texts += [  # (or after the key's caption on a note line: 'Action progress key:' | ...)
        "; ".join(fill_pairs(r.row))
        for r in rows
        if r.kind is RowKind.KEY
        or (
            r.kind is RowKind.NOTE
            and (own := own_texts(r.row))
            and own[0][0] not in r.row.fills
            and (
                KEY_CAPTION.search(own[0][1])
                or (  # 'RAG status:' | 'Complete' in green | 'In progress' in amber | ...
                    _RAG_CAPTION.match(own[0][1])
                    and len(own) >= 3
                    and all(c in r.row.fills for c, _ in own[1:])
                )
            )
        )
    ]
    shades: dict[str, tuple[Status, str]] = {}
    for text in texts:
        for colour, meaning in key_pairs(text):
            status = meaning_of(meaning)
            if status is None:
                continue
            if colour in SHADES:
                shades[colour] = (status, meaning)
                continue
            known = meanings.get(colour)
            if known and known[0] is not status and not _matters(colour, known[0], status):
                continue  # 'not yet due' and 'On track' for green: it stays green either way
            if known and known[0] is not status:
                first = next((a for a in plan.actions() if a.status.value == colour), None)
                raise PlanError(
                    f"the plan's key gives {colour} two meanings: '{known[1]}' and '{meaning}'",
                    path=path,
                    line=first.line if first is not None else None,
                    hint=f"say what {colour} means in a rules file: status {colour} = blue",
                )
            meanings[colour] = (status, meaning)
    for shade in SHADES:  # as the key's words were read for the RAG column ('yellow' beside
        said = builder.statuses.get(shade)  # 'In progress – on track' in a key table of
        if said is not None and said is not STATUS_WORDS.get(shade):  # swatches: on track;
            # the meaning kept as the key wrote it), where the key, not the default, says it
            shades[shade] = (said, shades[shade][1] if shade in shades else "as its key says")
    # Completion is re-read: 'Green = completed' means complete; a key that calls amber
    # 'in progress and on track' describes amber, and amber it stays ...
    remap: dict[Status, Status] = {
        Status(colour): status
        for colour, (status, _) in meanings.items()
        if Status(colour) is not status and status is Status.BLUE
    }
    if meanings.get("blue", (None, ""))[0] is Status.BLUE:  # 'Blue = Evidenced and assured'
        remap = {  # beside 'Green = Delivered – awaiting evidence': green is the stage
            given: meant  # before complete, green still (but 'Green = Complete' beside
            for given, meant in remap.items()  # 'Blue = Complete and checked' is complete)
            if not _AWAITING.search(meanings[given.value][1])
        }
    # ... unless the whole scale moves down one: 'Green = Complete' and 'Amber = On track'
    # (and red still off track): then amber is what green is elsewhere.
    amber = meanings.get("amber")
    if Status.GREEN in remap and amber is not None and amber[0] is Status.GREEN:
        remap[Status.AMBER] = Status.GREEN
    notes: list[str] = []
    by_colour = builder.reading.by_colour  # 'Complete' means complete whatever the key says
    changed = [
        (a, remap[a.status]) for a in plan.actions() if a.status in remap and id(a) in by_colour
    ]
    for action, meant in changed:
        action.status = meant
    for given, meant in remap.items():
        count = sum(1 for _, s in changed if s is meant)
        plural = "s" if count != 1 else ""
        notes.append(
            f"The plan's key says {given.label} = {meanings[given.value][1]}: {given.label} "
            f"read as {meant.label.lower()} ({meant.value}) for {count} action{plural}."
        )
    amber_taken = amber is not None and amber[0] is Status.AMBER
    return notes + _apply_shades(plan, builder, shades, amber_taken)


# What a key's completion still waits for: 'awaiting evidence', 'evidence awaited', 'pending
# sign-off'.
_AWAITING = re.compile(
    r"\bawait(?:ing|s)?\b|\b(?:evidence|sign-off|assurance|verification)(?:\s+of\s+\w+)?\s+"
    r"(?:awaited|pending)\b|"  # ('Completed – evidence of impact awaited': green, not blue)
    r"\bpending\b",
    re.IGNORECASE,
)


def _matters(colour: str, first: Status, second: Status) -> bool:
    """Whether two meanings a key gives one colour read its actions differently: one says
    complete (the only meaning that moves a colour), or amber is called on track in one."""
    both = {first, second}
    return Status.BLUE in both or (colour == "amber" and Status.GREEN in both)


def _apply_shades(
    plan: Plan, builder: Builder, shades: dict[str, tuple[Status, str]], amber_taken: bool
) -> list[str]:
    """A key that sets amber's shades apart ('Yellow – on target', 'Orange – not on target'):
    a yellow or orange cell the key calls on track or complete is read so, and reported; one
    it calls off track stays amber, the colour the cell shows, unless the key gives amber
    itself another meaning ('At risk' in amber, 'Overdue' in orange): then it is the key's red."""
    notes = []
    for shade, (status, meaning) in shades.items():
        if status not in (Status.GREEN, Status.BLUE) and not (status is Status.RED and amber_taken):
            continue
        shaded = [a for a in plan.actions() if builder.reading.shades.get(id(a)) == shade]
        for action in shaded:
            action.status = status
        if shaded:
            notes.append(
                f"The plan's key says {shade.title()} = {meaning}: {shade} cells read as "
                f"{status.label.lower()} ({status.value}) for {len(shaded)} "
                f"action{'s' if len(shaded) != 1 else ''}."
            )
    return notes


def lines_of(numbers: list[int]) -> str:
    shown = ", ".join(str(n) for n in numbers[:8])
    return shown + (" ..." if len(numbers) > 8 else "")
