"""The plan as dataclasses and value types. Knows nothing of files, click or rich."""

from __future__ import annotations

import calendar
import functools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field, fields
from datetime import date
from enum import Enum
from typing import Any, NamedTuple

# English names, fixed here: calendar.month_abbr follows the locale.
MONTH_ABBREVIATIONS = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)
_FULL_NAMES = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_MONTH_NAMES = {name: n for n, name in enumerate(_FULL_NAMES, 1)}
_MONTH_NAMES.update({abbr.lower(): n for n, abbr in enumerate(MONTH_ABBREVIATIONS, 1)})
_MONTH_NAMES["sept"] = 9

_ISO_MONTH = r"(\d{4})-(\d{2})"
# Council spreadsheets write months as "Jan-17", "Jun-2017", "Sept 2016", "March-17".
_NAMED_MONTH = r"([A-Za-z]+)\.?[\s\-/']*(\d{4}|\d{2})"
_NUMERIC_MONTH = r"(\d{1,2})[/.\-](\d{4})"
# UK dates, day first: 31/03/2018, 30.06.18, 31-03-2018; 2018-03-31; 31st March 2018.
_DAY_FIRST = r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4}|\d{2})"
_ISO_DATE = r"(\d{4})-(\d{2})-(\d{2})"
_NAMED_DATE = r"(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4}|\d{2})"
# UK financial quarters: Q4 2017/18 is January to March 2018.
_QUARTER = r"Q([1-4])\s*(\d{4})\s*[/\-]\s*(\d{2}|\d{4})"


@dataclass(frozen=True, order=True, slots=True)
class Month:
    """A calendar month, as plans give start and end dates."""

    year: int
    month: int

    def __post_init__(self) -> None:
        if not 1 <= self.month <= 12 or not 1 <= self.year <= 9999:
            raise ValueError(f"{self.year:04d}-{self.month:02d} is not a month")

    @classmethod
    def parse(cls, text: str) -> Month:
        """Read the YAML form ``YYYY-MM`` and nothing else."""
        month = _PARSED.get(text)
        if month is None:
            match = re.fullmatch(_ISO_MONTH, text.strip())
            if not match or not 1 <= int(match[2]) <= 12:
                raise ValueError(f"{text!r} is not a month; write it as YYYY-MM, e.g. 2017-02")
            month = _PARSED[text] = cls.of(int(match[1]), int(match[2]))
        return month

    @classmethod
    def of(cls, year: int, month: int) -> Month:
        """The one Month object for this month: a plan has few distinct months, many uses."""
        key = year * 12 + month
        found = _INTERNED.get(key)
        if found is None:
            found = _INTERNED[key] = cls(year, month)
        return found

    @classmethod
    def from_cell(cls, text: str) -> Month:
        """Read a month as councils write it in a table, without guessing a year.

        ``Jan-17`` is January 2017 (two-digit years are 20YY), ``Jun-2017`` is June 2017;
        ``2017-06`` and ``06/2017`` are accepted too, and so are dates, day first as in the UK
        (``31/03/2018``, ``2018-03-31``, ``31st March 2018``: the month they fall in) and UK
        financial quarters (``Q4 2017/18``: its last month, March 2018; see `how_read`).
        Anything else is an error.
        """
        month = _CELLS.get(text)  # a table repeats its months: read each spelling once
        if month is None:
            month = _CELLS[text] = cls._from_cell(text)
        return month

    @classmethod
    def _from_cell(cls, text: str) -> Month:
        text = text.strip()
        year = number = 0
        if found := _dated(text):
            year, number = found
        elif match := re.fullmatch(_ISO_MONTH, text):
            year, number = int(match[1]), int(match[2])
        elif match := re.fullmatch(_NAMED_MONTH, text):
            number = _MONTH_NAMES.get(match[1].lower(), 0)
            year = int(match[2]) + (2000 if len(match[2]) == 2 else 0)
        elif match := re.fullmatch(_NUMERIC_MONTH, text):
            year, number = int(match[2]), int(match[1])
        if 1 <= number <= 12:
            return cls.of(year, number)
        raise ValueError(f"{text!r} is not a month; write it like Jan-17, Jun-2017 or 2017-06")

    @staticmethod
    @functools.lru_cache(maxsize=1024)
    def how_read(text: str) -> str:
        """'date' or 'quarter' when from_cell read a day or a quarter as a month (an import
        says so), else ''."""
        text = text.strip()
        if re.fullmatch(_QUARTER, text, re.IGNORECASE):
            return "quarter"
        if any(re.fullmatch(p, text) for p in (_DAY_FIRST, _ISO_DATE, _NAMED_DATE)):
            return "date"
        return ""

    @property
    def last_day(self) -> date:
        """The day an action ending in this month is due."""
        return _last_day(self.year, self.month)

    @property
    def number(self) -> int:
        """Months since year 0: for arithmetic and compact storage."""
        return self.year * 12 + self.month - 1

    def __str__(self) -> str:
        return _iso_month(self.year, self.month)

    def table_form(self) -> str:
        """``Jun-2017``: how the council's table writes a month, with an unmistakable year."""
        return f"{MONTH_ABBREVIATIONS[self.month - 1]}-{self.year:04d}"


# A plan has few distinct months and uses each many times (10,000 actions' JSON: 15,600 uses).
@functools.lru_cache(maxsize=4096)
def _last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


@functools.lru_cache(maxsize=4096)
def _iso_month(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


_PARSED: dict[str, Month] = {}
_CELLS: dict[str, Month] = {}
_INTERNED: dict[int, Month] = {}


def _dated(text: str) -> tuple[int, int] | None:
    """(year, month) of a date or a financial quarter, or None when the text is neither."""
    if match := re.fullmatch(_QUARTER, text, re.IGNORECASE):
        quarter, first = int(match[1]), int(match[2])
        second = int(match[3]) + (first // 100 * 100 if len(match[3]) == 2 else 0)
        if second != first + 1:
            return None
        return (first, 3 * quarter + 3) if quarter < 4 else (second, 3)
    day = month = year = 0
    if match := re.fullmatch(_DAY_FIRST, text):
        day, month, year = int(match[1]), int(match[2]), int(match[3])
    elif match := re.fullmatch(_ISO_DATE, text):
        year, month, day = int(match[1]), int(match[2]), int(match[3])
    elif match := re.fullmatch(_NAMED_DATE, text):
        day, month, year = int(match[1]), _MONTH_NAMES.get(match[2].lower(), 0), int(match[3])
    else:
        return None
    year += 2000 if year < 100 else 0
    try:
        date(year, month, day)  # a real day, or it is not a date
    except ValueError:
        return None
    return year, month


class Status(Enum):
    """RAG status. Blue means complete; unrated is an empty cell."""

    RED = "red"
    AMBER = "amber"
    GREEN = "green"
    BLUE = "blue"
    UNRATED = ""

    # Members are singletons: hash them by identity, in C. Enum's own __hash__ is Python
    # code, and summaries count 100,000 actions into dicts keyed by status.
    __hash__ = object.__hash__

    @classmethod
    def parse(cls, text: str) -> Status:
        """Read a status case-insensitively; an empty cell is unrated."""
        try:
            return _STATUS_WORDS[text]
        except KeyError:
            pass
        try:
            return _STATUS_WORDS.setdefault(text, cls(text.strip().lower()))
        except ValueError:
            raise ValueError(
                f"unknown RAG status {text.strip()!r}; use red, amber, green or blue "
                "(blue = complete), or leave it empty"
            ) from None

    @property
    def label(self) -> str:
        """How people say it: 'Amber', 'Blue', 'Unrated'."""
        return self.value.capitalize() if self.value else "Unrated"

    @property
    def json(self) -> str | None:
        return self.value or None


_STATUS_WORDS: dict[str, Status] = {}
STATUS_ORDER = (Status.RED, Status.AMBER, Status.GREEN, Status.BLUE, Status.UNRATED)

# Several officers are written 'RG/JF', 'RG; JF', 'RG & JF', 'Helen Marsh and Tom Ellery';
# never split at a space ('DCI Helen Marsh' is one person) nor, but between initials, at a
# comma ('Assistant Director, Education' is one post).
_OFFICERS_SPLIT = re.compile(r"\s*[/;&+]\s*|\s+and\s+", re.IGNORECASE)
_INITIALS = re.compile(r"[A-Za-z]{1,4}\.?")
# Words before a name that are not part of it, for the initials a name is known by.
_TITLES = frozenset(
    ("mr", "mrs", "ms", "miss", "dr", "prof", "cllr", "dci", "di", "ds", "supt", "insp", "rev")
)


@functools.lru_cache(maxsize=4096)
def parse_initials(text: str) -> tuple[str, ...]:
    """The officers in a cell: ``RG/JF`` -> ('RG', 'JF'); ``Helen Marsh`` is one officer.

    Case is kept: ``RdP`` is someone's initials. Commas separate only initials (``RG, JF``).
    """
    people = []
    for part in _OFFICERS_SPLIT.split(text.strip()):
        pieces = [p.strip() for p in part.split(",")]
        if len(pieces) > 1 and all(_INITIALS.fullmatch(p) for p in pieces):
            people.extend(pieces)
        elif part.strip():
            people.append(part.strip())
    return tuple(people)


@functools.lru_cache(maxsize=4096)
def _name_words(name: str) -> tuple[str, ...]:
    """A name's words without a title or a role in brackets: 'DCI Helen Marsh (CSE lead)'
    -> ('Helen', 'Marsh')."""
    name = re.sub(r"\([^)]*\)", " ", name)
    words = [w for w in re.split(r"[\s,]+", name) if w]
    return tuple(w for w in words if w.rstrip(".").casefold() not in _TITLES) or tuple(words)


def initials_of(name: str) -> str:
    """The initials a person named in full is known by: 'DCI Helen Marsh' -> 'HM', 'Tom
    Ellery (LSCB Business Manager)' -> 'TE'; '' for a name without spaces (already initials)."""
    if len(re.split(r"[\s,]+", name.strip())) < 2:
        return ""
    return "".join(w[0] for w in _name_words(name) if w[0].isalpha()).upper()


def plural(n: int, one: str, many: str | None = None) -> str:
    """A count and its noun in agreement: '1 action', '2 actions', '1 action has', '3 actions
    have' (give `many` where adding an s is wrong)."""
    return f"{n} {one if n == 1 else many or one + 's'}"


@functools.lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Text as a search compares it: any case, with or without accents ('Zoë Ångström' and
    'zoe angstrom' fold alike: NFKD, combining marks dropped, casefolded)."""
    if text.isascii():
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def is_officer(person: str, wanted: str) -> bool:
    """Whether `wanted` (as typed after --officer) names this person: their initials or name
    as the plan writes them, in any case, with or without accents, the name without a title,
    or its initials."""
    if not wanted.strip():
        return False
    if fold(person) == fold(wanted.strip()):
        return True
    bare = fold(" ".join(_name_words(wanted)))
    return bare in (fold(" ".join(_name_words(person))), fold(initials_of(person)))


def format_initials(initials: tuple[str, ...]) -> str:
    return "/".join(initials)


def _meta(title: str, kind: str, column: str | None = None) -> dict[str, Any]:
    """What every layer needs to know of an action's field (see FIELDS)."""
    return {"title": title, "kind": kind, "column": column or title}


@dataclass(slots=True, eq=False)
class Action:
    """One row of the plan: what will be done, by whom, by when, and how it is going.

    The fields are in the plan file's key order. Each carries its metadata (FIELDS), from
    which the YAML reader and writer, the cache, the table export, JSON and CSV, show and
    the change report take their lists: a new field is added here, in its kind's handling
    if the kind is new, and in the docs.
    """

    ref: str = field(default="", metadata=_meta("Ref", "text"))
    ref_generated: bool = field(default=False, metadata=_meta("Ref made by plan import", "flag"))
    action: str = field(default="", metadata=_meta("Action", "text"))
    start: Month | None = field(default=None, metadata=_meta("Start", "month"))
    end: Month | None = field(default=None, metadata=_meta("End", "month"))
    # The end as the council wrote it, when that is not simply a month: 'Ongoing', 'TBC',
    # 'Summer term 2019' (no end month), or 'Mar-18 (revised Jun-18)' (end is the revision).
    end_text: str = field(default="", metadata=_meta("End as written", "note"))
    measure: str = field(default="", metadata=_meta("Measure/outcome", "text"))
    lead: tuple[str, ...] = field(default=(), metadata=_meta("Lead officer", "initials"))
    dlt: tuple[str, ...] = field(default=(), metadata=_meta("DLT lead", "initials"))
    comments: str = field(default="", metadata=_meta("Comments", "text"))
    status: Status = field(default=Status.UNRATED, metadata=_meta("RAG status", "status"))
    extra: dict[str, str] = field(default_factory=dict, metadata=_meta("Other columns", "extra"))
    line: int | None = field(default=None, repr=False)  # where it is in its file

    @property
    def due(self) -> date | None:
        """The last day of the end month, or None when there is no end month."""
        return self.end.last_day if self.end else None

    def is_overdue(self, as_of: date) -> bool:
        """Past its end month (as_of is after its last day) and not complete (blue)."""
        end = self.end
        return (
            end is not None
            and (as_of.year, as_of.month) > (end.year, end.month)
            and self.status is not Status.BLUE
        )

    def has_officer(self, wanted: str) -> bool:
        """Whether one of the lead officers is this person (initials or name, any case)."""
        return any(is_officer(officer, wanted) for officer in self.lead)

    def has_dlt(self, wanted: str) -> bool:
        return any(is_officer(officer, wanted) for officer in self.dlt)


class FieldInfo(NamedTuple):
    """What a layer needs to know of an action's field to read, write or show it."""

    name: str  # the key in the plan file and in JSON
    title: str  # what a manager calls it, e.g. "Lead officer"
    kind: str  # text, note (text written only when set), flag, month, initials, status or
    # extra: how it is read and written
    column: str  # its column's title in the council's table


FIELDS: tuple[FieldInfo, ...] = tuple(
    FieldInfo(f.name, f.metadata["title"], f.metadata["kind"], f.metadata["column"])
    for f in fields(Action)
    if f.metadata
)
FIELD_NAMES: tuple[str, ...] = tuple(f.name for f in FIELDS)
# The fields that are one value a person types (not the flag and the other columns).
VALUE_FIELDS: tuple[FieldInfo, ...] = tuple(
    f for f in FIELDS if f.kind not in ("flag", "extra", "note")
)


@dataclass(slots=True, eq=False)
class Recommendation:
    """An inspectors' recommendation (or the council's own), with the actions that answer it."""

    text: str
    actions: list[Action] = field(default_factory=list)
    line: int | None = field(default=None, repr=False)


@dataclass(slots=True, eq=False)
class Theme:
    """A section of the plan, e.g. 'Leadership, Management and Governance'."""

    title: str
    recommendations: list[Recommendation] = field(default_factory=list)
    line: int | None = field(default=None, repr=False)


@dataclass(slots=True, eq=False)
class Item:
    """An action with where it sits in its plan: what queries return and renderers show."""

    plan: Plan
    theme_number: int
    theme: Theme
    recommendation_number: int
    recommendation: Recommendation
    action: Action


@dataclass(slots=True, eq=False)
class Plan:
    """A whole improvement plan: its title and its themes in document order."""

    title: str = ""
    themes: list[Theme] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    name: str = ""
    path: str | None = None

    def items(self) -> Iterator[Item]:
        """Every action in document order, numbered by theme and recommendation."""
        rec_number = 0
        for theme_number, theme in enumerate(self.themes, 1):
            for rec in theme.recommendations:
                rec_number += 1
                for action in rec.actions:
                    yield Item(self, theme_number, theme, rec_number, rec, action)

    def actions(self) -> Iterator[Action]:
        for theme in self.themes:
            for rec in theme.recommendations:
                yield from rec.actions

    def recommendations(self) -> Iterator[Recommendation]:
        for theme in self.themes:
            yield from theme.recommendations
