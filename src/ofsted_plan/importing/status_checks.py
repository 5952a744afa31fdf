"""Checks on the status a reading found: none read in a plan that shows one (a column coloured
or worded as RAG), or only progress words (Completed, In progress) beside a column of RAG
colours. Each is settled by a rule the report names (a re-reading, `Settle`) or refused."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence
from typing import NamedTuple

from ..errors import PlanError
from ..model import Plan, Status
from .classify import column_cells, plan_rows
from .ends import period_of
from .header import PERIOD_RAG, header_key
from .keys import meaning_of
from .kinds import Classified, RowKind
from .rules import RowKey
from .title_periods import later_of
from .values import COLOUR_WORDS, STATUS_WORDS, rag_of, read_status, status_key
from .vocabulary import PRIORITY_WORDS


class Settle(Exception):
    """A check that settles the reading by a rule (a column read as another field): the
    importer reads the file again with it, and the report names it."""

    def __init__(
        self,
        column: str = "",  # none where the rule reads no column (refs, statuses)
        field: str = "",
        note: str = "",
        also: dict[str, str] | None = None,
        rows: dict[RowKey, str] | None = None,
        refs_by_heading: bool = False,
        refs_by_recommendation: bool = False,
        statuses: dict[str, Status] | None = None,
    ) -> None:
        super().__init__(note)
        self.column, self.field, self.note = column, field, note
        self.refs_by_heading = refs_by_heading  # refs start again under each heading
        self.refs_by_recommendation = refs_by_recommendation  # ... each recommendation
        self.statuses = statuses or {}  # cells read as the key says: '80%' -> green
        self.also = also or {}  # further columns the same rule reads: title -> field
        self.rows = rows or {}  # rows the rule reads as a level: line (or a sheet's line, on
        # a plan of several sheets: one sheet's line is another's too) -> theme, ...


def _periods_in_order(titles: list[str], columns: list[int]) -> list[int]:
    """Columns titled by periods alone, of one kind, each once ('Q1', 'Q2'; 'Autumn',
    'Spring'), oldest first; [] where any title is not such a period."""
    when = {c: period_of(" ".join(titles[c].split())) for c in columns}
    found = {w for w in when.values() if w is not None}
    if len(found) != len(columns) or len({w[0] for w in found}) != 1:
        return []
    return sorted(columns, key=lambda c: when[c] or ())


def no_status_read(
    plan: Plan,
    rows: list[Classified],
    path: str,
    statuses: dict[str, Status],
    completed_on: Sequence[int] = (),
    ruled: frozenset[str] = frozenset(),
) -> None:
    """Every action unrated while a column is coloured or worded as RAG: the status was missed
    (an action complete by its completion date alone is no RAG read). A column a rules file
    named ('column Risk score = extra') holds what the rules say, whatever its colours."""
    actions = list(plan.actions())
    rated = sum(1 for a in actions if a.status is not Status.UNRATED)
    if len(actions) < 3 or rated > len(completed_on):  # (counted, not matched by line: each
        return  # sheet of a workbook numbers its lines from 1)
    action_rows = [r for r in rows if r.kind is RowKind.ACTION and r.header is not None]
    columns: Counter[int] = Counter()
    worded: Counter[int] = Counter()
    for r in action_rows:
        for column, fill in r.row.fills.items():
            if rag_of(fill) is not None:
                columns[column] += 1
        for column, cell in enumerate(r.row.cells):
            if (
                cell.strip()
                and status_key(cell) in STATUS_WORDS
                and status_key(cell) not in ("a", "b")
            ):
                worded[column] += 1
    header = action_rows[0].header if action_rows else None
    if header is not None:
        for counter in (columns, worded):
            for column in [c for c in counter if c < len(header.titles)]:
                if header_key(header.titles[column]) in ruled:
                    del counter[column]
    if header is not None and header.column("status") is None:
        progress = [c for c, read in _readings(action_rows, statuses).items() if not read.rag]
        if len(progress) == 1:
            _settle_beside(action_rows, statuses, progress[0])
        readable = _status_column(action_rows, statuses)
        if readable is not None:
            title = header.titles[readable]
            raise Settle(
                title, "status", f"The column '{title}' holds RAG words: read as the RAG status"
            )
    if header is not None and header.column("status") is None and columns:
        column, count = columns.most_common(1)[0]
        alike = [c for c, n in columns.items() if n == count and c < len(header.titles)]
        if len(alike) > 1 and all(
            re.search(r"\b(?:rag|status)\b", header.titles[c], re.IGNORECASE) for c in alike
        ):
            column = max(alike)  # 'RAG T1' | 'RAG T2', colour only: the latest, to the right
        elif len(alike) > 1 and len(periods := _periods_in_order(header.titles, alike)) > 1:
            column = periods[-1]  # 'Q1' | 'Q2', colour only: a rating each quarter, the latest
        elif (
            len(alike) == 2
            and (later := later_of(*(header_key(header.titles[c]) for c in alike))) is not None
        ):
            column = alike[later]  # 'Q2 progress' | 'Q3 progress', shaded only: the later
        elif (
            len(alike) > 1 and len(bare := [c for c in alike if _colour_only(action_rows, c)]) == 1
        ):
            column = bare[0]  # 'Score' (16, red, a risk's, merged over its actions) beside
            # 'Progress' (colour only, each action its own): the action's RAG is the latter
        elif (
            not _colour_only(action_rows, column)
            and len(
                bare := [
                    c
                    for c, n in columns.items()
                    if c < len(header.titles)
                    and n >= max(2, len(action_rows) // 2)
                    and _colour_only(action_rows, c)
                ]
            )
            == 1
        ):  # so too where the score is coloured more often ('Action progress' beside it, one
            column, count = bare[0], columns[bare[0]]  # action not yet started, uncoloured)
        if column < len(header.titles) and (
            now := period_of(" ".join(header.titles[column].split()))
        ):
            after_it = [  # 'Aut' rated on every action, 'Spr' on fewer (those achieved in the
                (when, c)  # autumn not rated again): the latest period rated is the status
                for c, n in columns.items()
                if c < len(header.titles)
                and n >= 2
                and (when := period_of(" ".join(header.titles[c].split()))) is not None
                and when[0] == now[0]
                and when > now
            ]
            column = max(after_it)[1] if after_it else column
        coloured = [r for r in action_rows if column in r.row.fills]
        empty = sum(  # (or its colour's letter: 'B' on blue, 'A' on amber)
            1
            for r in coloured
            if column >= len(r.row.cells)
            or not r.row.cells[column]
            or _letter_of_its_colour(r.row.cells[column], r.row.fills[column])
        )
        if count >= max(2, len(action_rows) // 2) and empty >= 0.8 * len(coloured):
            title = header.titles[column] if column < len(header.titles) else ""
            if title:  # a column of coloured cells and no words: the RAG, shown by colour
                raise Settle(
                    title,
                    "status",
                    f"The column '{title}' is coloured red, amber, green or blue with no words: "
                    "read as the RAG status",
                )
    tied = len(columns) > 1 and columns.most_common(2)[1][1] == columns.most_common(1)[0][1]
    if header is not None and header.column("status") is None and columns and not tied:
        _shaded_words(action_rows, columns.most_common(1)[0])  # (two columns shaded as
        # often, 'Q1 status' beside 'Q2 status': which is the RAG is asked, below)
    for counter, how in ((columns, "coloured red, amber, green or blue"), (worded, "RAG words")):
        if counter and header is not None:
            column, count = counter.most_common(1)[0]
            if count >= max(2, len(action_rows) // 2):
                title = (
                    header.titles[column] if column < len(header.titles) else f"column {column + 1}"
                )
                raise PlanError(
                    f"no action has a RAG status, but the column '{title}' holds {how} on "
                    f"{count} rows",
                    path=path,
                    line=action_rows[0].row.number,
                    hint=f"read it as the status with a rules file: column {title} = status; "
                    f"or, if its colours are not the actions' RAG: column {title} = extra",
                )


def _letter_of_its_colour(cell: str, fill: str) -> bool:
    """'B' on a blue cell, 'A' on amber: the colour's letter, the colour saying it."""
    colour = rag_of(fill)
    return colour is not None and cell.strip().upper() == colour.value[0].upper()


def _colour_only(rows: list[Classified], column: int) -> bool:
    """Coloured cells with no words, each action's own (none merged down over others)."""
    coloured = [r for r in rows if column in r.row.fills]
    return bool(coloured) and all(
        column not in r.row.down and (column >= len(r.row.cells) or not r.row.cells[column].strip())
        for r in coloured
    )


_SHADED_FIELDS = frozenset(("progress", "comments", "extra"))  # never priority, lead, end
# A score, not words: '16', '4 x 3 = 12', '3x4', '12 (High)'.
_A_SCORE = re.compile(r"\d{1,3}(?:\s*[x×*]\s*\d{1,3})?(?:\s*=\s*\d{1,3})?(?:\s*\(\w+\))?")


def _shaded_words(rows: list[Classified], most: tuple[int, int]) -> None:
    """A column of words ('Workshops held in February') whose cells are shaded red, amber,
    green or blue on most action rows, in a table with no RAG column: the shading is the
    RAG, as a person reads it (an Eden peer challenge plan: 'Progress cells are shaded: blue
    – complete ...'). Only where every shade in the column is one of those colours, at least
    two of them, and the column is progress or comments (a priority column coloured red for
    High is a priority); its words are kept."""
    column, count = most
    header = rows[0].header
    assert header is not None
    title = header.titles[column].strip() if column < len(header.titles) else ""
    if not title or count < max(2, len(rows) // 2):
        return
    if header.fields.get(column, "extra") not in _SHADED_FIELDS:
        return  # a shaded action cell is refused: reading its colour would take its words
    shades = [r.row.fills[column] for r in rows if column in r.row.fills]
    read = [rag_of(fill) for fill in shades]
    if any(colour is None for colour in read) or len(set(read)) < 2:
        return
    words = column_cells(rows, column)
    if sum(1 for w in words if status_key(w) in PRIORITY_WORDS) * 2 >= len(words):
        return  # 'High' shaded red: a priority
    if sum(1 for w in words if status_key(w) in STATUS_WORDS) * 2 >= len(words):
        return  # 'G', 'Amber' shaded: a RAG column this reading missed, refused below
    if sum(1 for w in words if _A_SCORE.fullmatch(w.strip())) * 2 >= len(words):
        return  # '16' shaded red: a risk's score coloured by its rating, not the action's
        # progress (refused below: the colours are there, whose they are is not said)
    raise Settle(
        title,
        "status",
        f"The column '{title}' is shaded red, amber, green or blue on {count} of "
        f"{len(rows)} action rows and no column holds the RAG: its shading read as the RAG "
        "status, its words kept",
    )


def _status_column(rows: list[Classified], statuses: dict[str, Status]) -> int | None:
    """The one column whose filled cells nearly all read as a RAG status ('✔ Complete', 'On
    track (revised date agreed)'), in a table with no RAG column: a person reads it so."""

    found = []
    header = rows[0].header
    assert header is not None
    for column in range(len(header.titles)):
        if header.fields.get(column) in ("action", "ref", "lead", "dlt", "start", "end"):
            continue
        cells = column_cells(rows, column, strip=False)
        if len(cells) < max(2, len(rows) // 2):
            continue
        read = 0
        for cell in cells:
            try:
                _status, _ = read_status(cell, statuses)
            except ValueError:
                continue
            read += 1
        if read >= 0.8 * len(cells) and len(cells) >= 2:
            found.append(column)
    if len(found) == 2:  # 'Previous' | 'Current', 'Last period' | 'This period': the latest
        when = [_WHEN.get(header_key(header.titles[c])) for c in found]
        if sorted(w for w in when if w is not None) == [0, 2]:
            return found[when.index(2)]
    return found[0] if len(found) == 1 else None


# Titles of two RAG columns, bare: which is the latest rating.
_WHEN = {
    **dict.fromkeys(("previous", "prev", "prev.", "last", "previous rag", "last rag"), 0),
    **dict.fromkeys(("current", "this", "latest", "now"), 2),
    **PERIOD_RAG,
}


_COLOURS = frozenset((Status.RED, Status.AMBER, Status.GREEN))
# Fields whose columns never hold the status ('Progress' read as comments may: Planner's).
_NOT_STATUS = frozenset(("action", "ref", "lead", "dlt", "start", "end", "status", "theme"))


def progress_beside_rag(plan: Plan, rows: list[Classified], statuses: dict[str, Status]) -> None:
    """A status column of progress words only (Completed, In progress, Not started: nothing
    red, amber or green) beside another column of RAG colours ('Traffic light', 'Labels'): a
    person reads the colour from the one and 'complete' from the other. Settled so, and
    reported; both columns are kept."""
    action_rows, header = plan_rows(rows)
    if header is None or len(action_rows) < 3 or any(a.status in _COLOURS for a in plan.actions()):
        return
    status_column = header.column("status")
    if status_column is not None and header.column("progress") is None:
        _settle_beside(action_rows, statuses, status_column)


class _Reading(NamedTuple):
    """What one column's cells read as: how many filled, how many red/amber/green, how many
    blue, and a label column's labels naming no colour (read as no rating)."""

    filled: int
    rag: int
    blue: int
    other_labels: frozenset[str] = frozenset()


def _readings(
    rows: list[Classified],
    statuses: dict[str, Status],
    *,
    named: int | None = None,
    labels: bool = False,
) -> dict[int, _Reading]:
    """Each column (not named as another field) whose filled cells all read as a status.
    With `labels`, a column of labels ('Amber;Policy', 'Finance': Planner's) too."""

    header = rows[0].header
    assert header is not None
    out = {}
    for column in range(len(header.titles)):
        if column != named and header.fields.get(column) in _NOT_STATUS:
            continue
        cells = column_cells(rows, column, strip=False)
        if len(cells) < 2:
            continue
        other: set[str] = set()
        try:
            read = [read_status(cell, statuses)[0] for cell in cells]
        except ValueError:
            found = _other_labels(cells, statuses) if labels else None
            if found is None:
                continue
            other = found
            read = [read_status(cell, {**statuses, **dict.fromkeys(other, Status.UNRATED)})[0]
                    for cell in cells]  # fmt: skip
        out[column] = _Reading(
            len(cells),
            sum(1 for s in read if s in _COLOURS),
            sum(1 for s in read if s is Status.BLUE),
            frozenset(other),
        )
    return out


def _settle_beside(rows: list[Classified], statuses: dict[str, Status], progress: int) -> None:
    """`progress` holds progress words only; the one other column of RAG colours is the
    status, and 'complete' in `progress` makes an action complete."""
    header = rows[0].header
    assert header is not None
    readings = _readings(rows, statuses, named=progress, labels=True)
    words_read = readings.get(progress, _Reading(0, 1, 0))
    if words_read.rag or words_read.filled < max(2, len(rows) // 2):
        return
    found = [c for c, read in readings.items() if read.rag and c != progress]
    if len(found) != 1:
        return
    title, words = header.titles[found[0]].strip(), header.titles[progress].strip()
    if not title or not words:
        return
    raise Settle(
        title,
        "status",
        f"The column '{words}' holds progress words (Completed, In progress) and the column "
        f"'{title}' the RAG colours: the colour read from '{title}', and an action "
        f"'{words}' calls complete read as complete (blue)"
        + (
            f"; its labels naming no colour ({', '.join(sorted(other))}) read as no rating"
            if (other := readings[found[0]].other_labels)
            else ""
        ),
        also={words: "progress"},
        statuses=dict.fromkeys(other or (), Status.UNRATED),
    )


def _other_labels(cells: list[str], statuses: dict[str, Status]) -> set[str] | None:
    """A column of labels, several to a cell after ';' ('Amber;Policy'), a colour among them
    on some: the labels naming no status ('policy', 'Complaint Handling Code'), where each
    is four words at most; None for a column of anything else."""
    if not any(";" in c for c in cells):
        return None
    other: set[str] = set()
    for cell in cells:
        for label in (p.strip() for p in cell.split(";")):
            try:
                read_status(label, statuses)
            except ValueError:
                if len(label.split()) > 4:
                    return None
                other.add(label.casefold())
    return other


_PERCENT = re.compile(r"^\d{1,3}(?:\.\d+)?\s*%$")
_BANDS = re.compile(
    r"\d\s*%[^.;\n]{0,40}\b(?:red|amber|green)\b|\b(?:red|amber|green)\b[^.;\n]{0,40}\d\s*%",
    re.IGNORECASE,
)


def percent_bands(
    notes: list[str], rows: list[Classified], path: str, statuses: dict[str, Status]
) -> None:
    """A status read from % complete (100% complete, else unrated) where the plan's own key
    rates percentages by bands ('0–25% Red', 'over 75% complete = Green'): read by the key
    where its bands cover every percentage once (a re-reading, said), else refused: the
    bands, and any rule beside them, are the council's to state."""
    action_rows, header = plan_rows(rows)
    column = header.column("status") if header is not None else None
    if column is None:
        return
    keys = [n for n in notes if _BANDS.search(n)]
    keys += [
        " | ".join(c for c in r.row.cells if c.strip()) for r in rows
        if r.kind in (RowKind.KEY, RowKind.NOTE, RowKind.TOTALS)
        and _BANDS.search(" ".join(r.row.cells))
    ]  # fmt: skip
    if not keys:
        return
    keys += [n for n in notes if _RULE.search(n)]  # 'less than 50% ... is also rated Red'
    keys = list(dict.fromkeys(keys))
    cells = [
        (r, r.row.cells[column].strip())
        for r in action_rows
        if column < len(r.row.cells) and _PERCENT.match(r.row.cells[column].strip())
    ]
    if not cells or all(status_key(cell) in statuses for _, cell in cells):
        return  # none, or each read as the key (or a rules file) says
    bands = _bands(keys)
    read = {cell: _band_of(bands, cell) for _, cell in cells} if bands else {}
    rated = {cell: status for cell, status in read.items() if status is not None}
    if bands and len(rated) == len(read):
        shown = ", ".join(
            f"{cell} -> {s.value or 'unrated'}" for cell, s in list(rated.items())[:6]
        )
        raise Settle(
            note=f"The plan's key rates % complete by bands ('{keys[0][:80]}'): read by it, "
            f"{shown}",
            statuses={status_key(c): s for c, s in rated.items()},
        )
    r, cell = cells[0]
    raise PlanError(
        f"the status is a percentage ({cell}) and the plan's key rates percentages by "
        f"bands ('{keys[0][:80]}'): read plainly, 100% is complete and the rest unrated, "
        "which the key contradicts, and its bands do not give each percentage one colour"
        + (" (a rule beside them, or bands that overlap or leave gaps)" if len(keys) > 1 else ""),
        path=r.row.where or path,
        line=r.row.number,
        hint=f"add a RAG column, or give each percentage its colour in a rules file "
        f"(status {cell} = green ...; see plan import --help)",
    )


_RULE = re.compile(r"\d\s*%.*\b(?:red|amber|green|blue)\b", re.IGNORECASE)
_RANGE = re.compile(
    r"(?P<lo>\d{1,3})\s*%?\s*(?:-|–|—|to)\s*(?P<hi>\d{1,3})\s*%"
    r"|(?P<upto>up\s+to|under|below|less\s+than|<)\s*(?P<n1>\d{1,3})\s*%"
    r"|(?P<over>over|above|more\s+than|>)\s*(?P<n2>\d{1,3})\s*%"
    r"|(?P<one>\d{1,3})\s*%",
    re.IGNORECASE,
)


def _bands(keys: list[str]) -> list[tuple[int, int, Status]] | None:
    """Each band a key gives, lowest first: (from, to, status); None where a part that names
    a percentage names no colour or status, or two bands overlap."""
    bands: set[tuple[int, int, Status]] = set()
    parts = []
    for key in keys:  # entries end at ';' or a line, else at '|', ',' or a wide gap
        for part in re.split(r"[;\n]", key):
            many = len(_RANGE.findall(part)) > 1
            parts += re.split(r"\||,(?!\d)|\s{3,}", part) if many else [part]
    for part in parts:
        found = list(_RANGE.finditer(part))
        if not found:
            continue
        if len(found) > 1:
            return None  # 'less than 50% ... and past its date': a rule, not a band
        m = found[0]
        if m["lo"]:
            lo, hi = int(m["lo"]), int(m["hi"])
        elif m["upto"]:
            lo, hi = 0, int(m["n1"]) - (0 if m["upto"].lower() == "up to" else 1)
        elif m["over"]:
            lo, hi = int(m["n2"]) + 1, 100
        else:
            lo = hi = int(m["one"])
        words = re.findall(r"[a-z]+", part.lower())
        colours = {COLOUR_WORDS[w] for w in words if w in COLOUR_WORDS}
        status = colours.pop() if len(colours) == 1 else _meaning(part)
        if status is None or lo > hi:
            return None
        bands.add((lo, hi, status))  # a key on a sheet and in a note: the same bands
    ordered = sorted(bands, key=lambda b: b[0])
    if any(a[1] >= b[0] for a, b in itertools.pairwise(ordered)):
        return None
    return ordered or None


def _meaning(part: str) -> Status | None:
    words = re.sub(r"\d{1,3}\s*%|[=()]", " ", part)
    return meaning_of(words)


def _band_of(bands: list[tuple[int, int, Status]], cell: str) -> Status | None:
    value = float(cell.rstrip("% ").strip())
    found = [s for lo, hi, s in bands if lo <= value < hi + 1]  # 99.5% is in 76–99%
    return found[0] if len(found) == 1 else None
