"""The header rows of a table: which rows name the plan's columns, read with the row under
one where it continues the titles ('Timescale' over 'Start' and 'End', 'Area for' over
'improvement'), and the one unnamed column a person reads as the action."""

from __future__ import annotations

import re

from ..model import Month
from .column_checks import finding_of_each_row, tags_across_sections
from .column_heads import (
    a_post,
    answers_beside_recommendations,
    commitment_over_activities,
    dated_action,
    head_field,
    remarks,
    settle_by_heads,
    untitled_refs,
)
from .documents import Grid, Row
from .ends import period_of, read_month
from .grouping_columns import settle_groupings
from .header import (
    Column,
    Vocabulary,
    header_fields,
    header_key,
    is_header,
    sub_header,
    tracks_recommendations,
)
from .kinds import Header
from .one_column import one_column_each
from .values import STATUS_WORDS, status_key


def find_headers(grid: Grid, words: Vocabulary) -> dict[int, dict[int, Column]]:
    """Row index -> the columns it names, for every header row of the table (found once a
    table: the reader asks for them at each step)."""
    if grid.headers is not None:
        return grid.headers
    found = {}
    for index, row in enumerate(grid.rows):
        fields = header_fields(row.cells, words)  # stripped there, only where looked up
        if fields and (is_header(fields) or _header_by_heads(row.cells, fields, words)):
            found[index] = fields
    grid.headers = found
    return found


def _header_by_heads(cells: list[str], fields: dict[int, Column], words: Vocabulary) -> bool:
    """'Action planned | Timescale to meet action | Responsibility for taking action |
    Progress (RAG)' (Healthcare Improvement Scotland's template): the action and one more
    column named, and others about the end or the lead by their head words: a header."""
    named = {c.field for c in fields.values() if c.field != "extra"}
    if "action" not in named or len(named) != 2 or any(len(c.strip()) > 40 for c in cells):
        return False  # a row of sentences is the data under a header, never one
    header = {i: c.field for i, c in fields.items()}
    settle_by_heads(header, fields, [c.strip() for c in cells], words.names, [])
    return len(set(header.values()) - {"extra"}) >= 3


def unnamed_action(grid: Grid, words: Vocabulary) -> str | None:
    """The title of the one column a person reads as the action in a table whose header names
    a ref, lead, dates or RAG but no action ('No. | We will… | Lead | Due | RAG'): the only
    unnamed column whose cells below are sentences. None where there is no such header, or
    more than one such column."""
    for index, row in enumerate(grid.rows[:40]):
        cells = [c.strip() for c in row.cells]
        fields = header_fields(cells, words)
        named = {c.field for c in fields.values() if c.field != "extra"}
        if "action" in named or len(named) < 3:
            continue
        below = grid.rows[index + 1 : index + 31]
        filled = sum(1 for r in below if any(c.strip() for c in r.cells))
        long = []
        for column, title in enumerate(cells):
            if not title or column in fields or head_field(title, words.names):
                continue  # ('Project lead' of posts: about the lead, by its head word)
            texts = [
                r.cells[column].strip()
                for r in below
                if column < len(r.cells) and r.cells[column].strip()
            ]
            if (  # on most rows (a 'Regulation' cited on a requirement's row only is not)
                len(texts) >= max(2, len(below) // 3, filled // 2)
                and sum(map(len, texts)) / len(texts) >= 25
                and len(set(texts)) * 2 > len(texts)  # (a 'Scrutiny body' written again on
                # each of its rows groups them: an action is its row's own)
                and 2 * sum(map(a_post, texts)) < len(texts)  # ('Cabinet member' of posts)
                and 2 * sum(map(_a_name, texts)) < len(texts)  # ('Committee' of committees)
            ):
                long.append(title)
        if len(long) > 1:  # Monday.com's 'Name' beside its 'Notes': the notes say more of it
            long = [t for t in long if not remarks(t)] or long
        return long[0] if len(long) == 1 else None
    return None


def _a_name(text: str) -> bool:
    """'Children's Services Overview and Scrutiny Committee': a name, its words capitalised
    but for the small ones, never a sentence of what will be done."""
    words = re.findall(r"[A-Za-z][\w’'-]*", text)
    return len(words) >= 2 and all(w[0].isupper() or w in _SMALL_WORDS for w in words)


_SMALL_WORDS = frozenset(("and", "of", "the", "for", "in", "on", "to"))


_CODE = re.compile(  # (and the HTA's 'GQ1(a)', 'PFE2(c)': a standard's letters and number)
    r"^(?:reg(?:ulation)?\.?\s*|[A-Z]{1,3})?\d{1,3}(?:\.\d{1,3}){0,3}\s*(?:\(\w{1,3}\))*$", re.I
)


def _codes_are_no_theme(
    fields: dict[int, Column],
    titles: list[str],
    sample: list[list[str]],
    words: Vocabulary,
    notes: list[str],
) -> None:
    """A column named as the theme ('Standard') whose every cell is a code ('5.3.1 (f)',
    'Reg 12'): the standard each row answers, a reference kept beside it, not a heading over
    the plan's parts. Said in the report."""
    for column, info in list(fields.items()):
        if info.field != "theme" or titles[column].strip() in words.ruled:
            continue
        cells = [r[column] for r in sample if column < len(r) and r[column]]
        if len(cells) >= 2 and all(_CODE.match(c) for c in cells):
            fields[column] = Column("extra", 1)
            notes.append(
                f"'{titles[column].strip()}' holds codes ('{cells[0]}'), not the names of the "
                "plan's parts: kept as another column"
            )


_SYSTEM_ID = re.compile(r"^(?:id|item\s+id|no\.?)$", re.IGNORECASE)
_A_CODE = re.compile(r"^[A-Za-z]{1,8}[-/ ]?\d{1,4}(?:[.\-/]\d{1,4}){0,3}[a-z]?$")


def _refs_beside_a_system_id(
    fields: dict[int, Column], titles: list[str], sample: list[list[str]], notes: list[str]
) -> None:
    """A list's own 'ID' (1, 2, 3 ... as SharePoint numbers its items) beside a column no title
    names whose every cell is a code ('CHC-1.1', 'IA-04'), each once: the codes are the plan's
    refs, the ID kept as another column. Said in the report."""
    ref = next((i for i, c in fields.items() if c.field == "ref"), None)
    if ref is None or not _SYSTEM_ID.match(titles[ref].strip()):
        return
    ids = [r[ref] for r in sample if ref < len(r) and r[ref]]
    if len(ids) < 2 or not all(v.isdigit() for v in ids):
        return
    for column, title in enumerate(titles):
        named = fields[column].field if column in fields else "extra"
        if named in ("start", "end"):
            continue  # 'Agreed date' of 'December 2024', 'March 2025': months, never codes
        if named != "extra" and sum(c.field == named for c in fields.values()) < 2:
            continue  # a column read as a field no other column names ('Title' beside
            # 'Action description' names the action twice: free to be the ref)
        cells = [r[column] for r in sample if column < len(r) and r[column]]
        if (
            len(cells) == len(ids)
            and len(set(cells)) == len(cells)
            and all(_A_CODE.match(c) for c in cells)
        ):
            fields[ref], fields[column] = Column("extra", 1), Column("ref", 1)
            notes.append(
                f"'{title.strip()}' holds a code on every row ('{cells[0]}'): read as the "
                f"ref; '{titles[ref].strip()}' (the list's own numbers) kept as another column"
            )
            return


def action_by_its_cells(grids: list[Grid], words: Vocabulary) -> tuple[str, str] | None:
    """Where no table names an action column: the column a person reads as the action, and
    why (for the report): the one unnamed column of sentences beside named ones, else the
    recommendation of a tracker of recommendations (header.py's tracks_recommendations)."""
    for grid in grids:
        if (unnamed := unnamed_action(grid, words)) is not None:
            return unnamed, (
                f"No column is named as the action; the column '{' '.join(unnamed.split())}' "
                "holds the sentences "
                "of a plan beside named ones (ref, lead, dates, RAG): read as the action"
            )
    for grid in grids:
        for row in grid.rows[:40]:
            cells = [c.strip() for c in row.cells]
            fields = header_fields(cells, words)
            fields.update(  # ('Project lead': the lead, by its head word)
                (i, Column("lead", 1))
                for i, title in enumerate(cells)
                if title and i not in fields and head_field(title, words.names) == "lead"
            )
            column = tracks_recommendations(fields)
            if column is not None and cells[column] not in words.ruled:
                return cells[column], (
                    f"No column is named as the action; each row's '{cells[column]}' has its "
                    f"own lead, date and RAG: the {fields[column].field} is what is tracked, "
                    "read as the action"
                )
    return None


def _under_each_copy(grid: Grid, cells: list[str]) -> list[list[str]]:
    """The rows under a header and under each copy of it down the table (a Monday.com group's
    header over each group's items), the copies left out: the whole of what it heads."""
    rows = [[c.strip() for c in r.cells] for r in grid.rows]
    first = next((i for i, r in enumerate(rows) if r == cells), len(rows))
    return [r for r in rows[first + 1 :] if r != cells]


def _header_run_on(
    cells: list[str], below: list[str], words: Vocabulary
) -> tuple[dict[int, Column], list[str]] | None:
    """A header whose titles run on to the row under it ('Area for' / 'improvement'): each
    text below sits under a title and only continues it (short, lower case or a bracket),
    and the joined titles name more fields."""
    texts = [(i, b.strip()) for i, b in enumerate(below) if b.strip()]
    if not texts or any(i >= len(cells) or not cells[i].strip() for i, _ in texts):
        return None
    named = header_fields(cells, words)
    if len(texts) == 1:  # 'Current' over 'Status': only under a title that names nothing
        i, text = texts[0]
        if len(text) > 20 or " " in text or i in named:
            return None
    elif not all(len(t) <= 20 and (t[0].islower() or t[0] in "(") for _, t in texts):
        return None
    joined = [
        f"{c} {below[i].strip()}".strip() if i < len(below) else c for i, c in enumerate(cells)
    ]
    before = {c.field for c in named.values() if c.field != "extra"}
    fields = header_fields(joined, words)
    after = {c.field for c in fields.values() if c.field != "extra"}
    return (fields, joined) if len(after) > len(before) else None


def read_header(
    grid: Grid, index: int, fields: dict[int, Column], words: Vocabulary, exact: bool = False
) -> tuple[Header, bool]:
    """The header at row `index`, merged with a second header row under it when there is one
    (returned True). `exact`: the tool's own export, whose other columns are never read as a
    field by their titles' words or values."""
    row = grid.rows[index]
    cells = [c.strip() for c in row.cells]
    below = []
    if index + 1 < len(grid.rows):  # its own cells: not the header's, merged down into it
        under = grid.rows[index + 1]
        below = ["" if i in under.down else c.strip() for i, c in enumerate(under.cells)]
    # 'RAG' over 'Autumn | Spring | Summer': a rating each term, the last is now
    periods = _periods(row.cells, row.spans, below, fields) if below else []
    rest = ["" if i in periods else b for i, b in enumerate(below)]  # 'Start', 'End' beside
    sub = sub_header(cells, rest, words) if any(rest) else None
    joined = _header_run_on(cells, below, words) if below and sub is None and not periods else None
    titles = cells
    if joined is not None:  # 'Area for' over 'improvement', 'Lead' over 'officer(s)'
        fields, titles = joined
    elif sub is not None:
        fields = {**fields, **sub}
        titles = [b or c for c, b in _pairs(cells, below)]
        for i, column in sub.items():
            if column.rank != 1 and i < len(cells) and cells[i]:
                titles[i] = f"{cells[i]} {below[i]}".strip()
            elif column.rank != 1:
                parent = next(
                    (cells[j] for j in range(min(i, len(cells) - 1), -1, -1) if cells[j]), ""
                )
                titles[i] = f"{parent} {below[i]}".strip()
    if periods:  # the periods named in the row below: the header is two rows
        titles = list(titles)
        for i in periods:
            titles[i] = f"{cells[periods[0]]} {below[i]}".strip()
        sub = sub or {}
    elif dated := _dated_ratings(titles) or _positions_rated(titles, grid.rows[index + 1 :]):
        periods = dated  # 'RAG Sept 24', 'RAG Jan 25' (or 'Q1 position' of 'Green'): one row
    if periods:
        fields = {i: c for i, c in fields.items() if i not in periods}
        fields.update({i: Column("extra", 1) for i in periods[:-1]})  # kept, named by none
        fields[periods[-1]] = Column("status", 1)  # ('Autumn review' is no review's name)
    shorthand = not sub and not joined and _abbreviations(cells, below)
    two_rows = sub is not None or joined is not None or shorthand
    start = index + (2 if two_rows else 1)
    sample = [[c.strip() for c in r.cells] for r in grid.rows[start : start + 40]]
    grouped: list[str] = []
    if not exact:
        _codes_are_no_theme(fields, titles, sample, words, grouped)
        _refs_beside_a_system_id(fields, titles, sample, grouped)
        untitled_refs(fields, titles, sample, grouped)
        dated_action(fields, titles, sample, grouped)
        commitment_over_activities(fields, titles, sample, grouped)
        grouped.extend(finding_of_each_row(fields, titles, sample))
        grouped.extend(answers_beside_recommendations(fields, titles, sample))
        grouped.extend(tags_across_sections(fields, titles, _under_each_copy(grid, cells)))
        settle_groupings(fields, titles, sample, words.names, grouped)
    header, settled, fallback = one_column_each(
        fields, titles, grid.path, row.number, sample, frozenset(grid.columns_hidden)
    )
    settled[:0] = grouped
    if not exact:
        settle_by_heads(header, fields, titles, words.names, settled)
    timeline = _timeline(titles, header) if "end" not in header.values() else []
    if timeline:
        settled.append(
            f"the columns '{titles[timeline[0]]}' to '{titles[timeline[-1]]}' are a timeline "
            "of months: an action's end month is the last one marked in it (kept as written too)"
        )
    completed = next(
        (
            i
            for i, t in enumerate(titles)
            if i not in header and _COMPLETED.match(" ".join(t.split()))
        ),
        None,
    )
    if periods:
        settled.append(
            f"'{titles[periods[0]]}' to '{titles[periods[-1]]}' rate each action at each "
            "period: its status is the latest one rated"
        )
    built = Header(row.number, header, titles, settled, fallback, timeline, completed)
    built.periods = periods
    built.ruled = frozenset(i for i, t in enumerate(titles) if header_key(t) in words.ruled)
    return built, two_rows


def _abbreviations(cells: list[str], below: list[str]) -> bool:
    """A second header row of the titles' short forms ('Target Completion Date' over 'TCD',
    'Action Owner' over 'AO', 'Recommendation' over 'Rec'): part of the header, not a row."""
    pairs = [(c, b) for c, b in _pairs(cells, below) if b]
    short = [c for c, b in pairs if c and _shortens(b, c)]
    return len(short) >= 3 and len(short) >= 0.6 * len(pairs)


def _shortens(short: str, title: str) -> bool:
    words = re.findall(r"[A-Za-z%]+", title)
    bare = short.strip().rstrip(".").lower()
    return bool(bare) and (
        bare == title.strip().lower()
        or bare == "".join(w[0] for w in words).lower()
        or any(w.lower().startswith(bare) for w in words)
        or bare in title.lower().split()
    )


# Periods a plan is rated at, left to right: terms, quarters, months.
_PERIOD = re.compile(
    r"^(?:(?:autumn|spring|summer|winter)(?:\s+term)?(?:\s+\d{1,2})?|term\s+[1-6]|"
    r"q[1-4]|quarter\s+[1-4])(?:\s+\(?\d{4}(?:\s*[/-]\s*\d{2,4})?\)?)?$",
    re.IGNORECASE,
)


def _periods(
    cells: list[str], spans: dict[int, int], below: list[str], fields: dict[int, Column]
) -> list[int]:
    """The columns under one status title ('RAG', merged across them or repeated) that the
    row below names as periods ('Autumn', 'Spring', 'Summer'; 'Q1'...; months)."""
    rated = [c for c, info in fields.items() if info.field == "status"]
    rated += [c for c, title in enumerate(cells) if c not in fields and _RAG_TITLE.search(title)]
    for column in rated:
        width = spans.get(column, 1)
        if width == 1:  # a merge Word repeats: the same title on each column
            while column + width < len(cells) and cells[column + width].strip() in (
                "",
                cells[column].strip(),
            ):
                width += 1
        under = below[column : column + width]
        if width >= 2 and len(under) == width and all(_is_period(u) for u in under):
            return list(range(column, column + width))
    return []


# 'RAG by quarter 2024/25', 'Status each term': a title over ratings at several periods.
_RAG_TITLE = re.compile(r"\b(?:b?rag|status|rating)\b", re.IGNORECASE)


def _dated_ratings(titles: list[str]) -> list[int]:
    """Two or more RAG columns titled by the review they were given at ('RAG Sept 24', 'RAG
    Jan 25', 'Status at 31/03/25', 'Q1 RAG', 'Q2 RAG'), oldest first: the latest rated is
    the status now. Periods of one kind only (months, quarters or terms), each once."""
    dated: list[tuple[tuple[int, ...], int]] = []
    for column, title in enumerate(titles):
        title = " ".join(title.split())
        found = _DATED_RAG.match(title) or _RAG_AFTER_PERIOD.match(title)
        if found is None:
            continue
        when = period_of(found[1])
        if when is not None:
            dated.append((when, column))
    kinds = {when[0] for when, _ in dated}
    if len(dated) < 2 or len(kinds) > 1 or len({w for w, _ in dated}) < len(dated):
        return []
    return [column for _, column in sorted(dated)]


def _positions_rated(titles: list[str], rows: list[Row]) -> list[int]:
    """'Q1 position' | 'Q2 position' | 'Q3 position' (not yet written) whose cells are
    each a status word ('Green', 'Complete'): a rating each period, as 'Q1 RAG' | 'Q2 RAG'
    are, never the progress in words."""
    dated: list[tuple[tuple[int, ...], int]] = []
    for column, title in enumerate(titles):
        found = _PERIOD_POSITION.match(" ".join(title.split()))
        if found is not None and (when := period_of(found[1])) is not None:
            dated.append((when, column))
    if len(dated) < 2 or len({when[0] for when, _ in dated}) > 1:
        return []
    held = [
        r.cells[c].strip()
        for r in rows[:40]
        for _, c in dated
        if c < len(r.cells) and r.cells[c].strip()
    ]
    if len(held) < 3 or not all(status_key(t) in STATUS_WORDS for t in held):
        return []
    return [column for _, column in sorted(dated)]


_PERIOD_POSITION = re.compile(r"^(.+?)\s*[-:]?\s*(?:position|progress|update)$", re.I)
_DATED_RAG = re.compile(
    r"^(?:b?rag|status|rating|review(?:\s+\d{1,2})?)(?:\s+(?:at|as\s+at|on))?\s*[:(-]?\s*(.+?)\)?$",
    re.I,  # (and a college's 'Review 1 (Dec 25)' | 'Review 2 (Mar 26)': a rating each review)
)
_RAG_AFTER_PERIOD = re.compile(
    r"^(.+?)\s*[-:]?\s*(?:b?rag|rag\s+status|rating|(?<=term)\s*review|(?<=autumn|spring|summer)"
    r"\s*review)$",  # ('Autumn review' | 'Spring review': a school's rating each term)
    re.I,
)


def _is_period(text: str) -> bool:
    text = " ".join(text.split())
    if _PERIOD.match(text):
        return True
    try:
        read_month(text)
    except ValueError:
        return False
    return True


# A column giving the day an action was done (not when it is due): 'Date completed',
# 'Completed on', 'Actual completion date', 'Date closed'.
_COMPLETED = re.compile(
    r"^(?:actual\s+)?(?:date\s+(?:of\s+)?(?:completion|completed|closure|closed|implemented)"
    r"(?:\s*(?:and|&|/)\s*outcome)?|"  # and the Home Office DHR template's '... and Outcome'
    r"(?:completed|closed|implemented|achieved)\s+(?:on|date|at)|"  # (Asana's 'Completed At')
    r"(?:completion|closure)\s+date\s*\(actual\)|actual\s+(?:completion|end)(?:\s+date)?)$",
    re.IGNORECASE,
)


def _timeline(titles: list[str], fields: dict[int, str]) -> list[int]:
    """The columns of a Gantt chart beside the plan's: three or more side by side, titled by
    months one after another ('Apr-24', 'May-24' ...), named as no field."""
    best: list[int] = []
    run: list[tuple[int, Month]] = []
    for i, title in enumerate(titles):
        month = None
        if i not in fields and title.strip():
            try:
                month, _ = read_month(title.strip())
            except ValueError:
                month = None
        if month is not None and (not run or (run[-1][0] == i - 1 and run[-1][1] < month)):
            run.append((i, month))
        else:
            run = [(i, month)] if month is not None else []
        if len(run) > len(best):
            best = [i for i, _ in run]
    return best if len(best) >= 3 else []


def _pairs(a: list[str], b: list[str]) -> list[tuple[str, str]]:
    n = max(len(a), len(b))
    return [(a[i] if i < len(a) else "", b[i] if i < len(b) else "") for i in range(n)]
