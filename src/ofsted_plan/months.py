"""Months as plans give start and end dates: read without guessing a year or a day, one
object per month. Part of the model (ARCHITECTURE.md); `model` re-exports `Month`."""

from __future__ import annotations

import calendar
import functools
import re
from dataclasses import dataclass
from datetime import date

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
            month = cls.of(int(match[1]), int(match[2]))
            if len(_PARSED) < KEPT_SPELLINGS:
                _PARSED[text] = month
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
            month = cls._from_cell(text)
            if len(_CELLS) < KEPT_SPELLINGS:
                _CELLS[text] = month
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

    def human(self) -> str:
        """``Mar 2017``: how every paper people read (HTML, PDF, Markdown, xlsx's ``mmm yyyy``)
        writes a month; JSON, CSV and the YAML keep ``2017-03``."""
        return f"{MONTH_ABBREVIATIONS[self.month - 1]} {self.year:04d}"

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


_MONTH_IN_TEXT = re.compile(r"(?<![\w-])(\d{4})-(0[1-9]|1[0-2])(?![\w-])")


def human_month(text: object) -> str:
    """A month (or text holding ISO months, such as '2017-01 → 2017-11') as papers write
    months: 'Jan 2017 → Nov 2017'. Dates ('2017-01-12') and other text are left alone."""
    if isinstance(text, Month):
        return text.human()
    return _MONTH_IN_TEXT.sub(
        lambda m: f"{MONTH_ABBREVIATIONS[int(m[2]) - 1]} {m[1]}", "" if text is None else str(text)
    )


# Each spelling of a month (and of a status) is read once: a plan repeats a few dozen many
# times. At most KEPT_SPELLINGS are kept, so a file of distinct spellings cannot grow memory
# without bound; one Month object per month is kept (at most 12 x 9,999 of them).
KEPT_SPELLINGS = 4096
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


def long_date(day: date) -> str:
    """'10 March 2017', as a board paper writes a date."""
    return f"{day.day} {day:%B %Y}"
