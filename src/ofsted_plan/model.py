"""The plan as dataclasses and value types. Knows nothing of files, click or rich."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from datetime import date
from enum import Enum

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


class Month:
    """A calendar month, as plans give start and end dates. Treat it as immutable.

    The model's classes are written out, not made with @dataclass: building dataclasses
    costs milliseconds at every start of the tool, which is run many times a day.
    """

    __slots__ = ("month", "year")

    def __init__(self, year: int, month: int) -> None:
        if not 1 <= month <= 12 or not 1 <= year <= 9999:
            raise ValueError(f"{year:04d}-{month:02d} is not a month")
        self.year, self.month = year, month

    def _key(self) -> int:
        return self.year * 12 + self.month

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Month) and self._key() == other._key()

    def __hash__(self) -> int:
        return self._key()

    def __lt__(self, other: Month) -> bool:
        return self._key() < other._key()

    def __le__(self, other: Month) -> bool:
        return self._key() <= other._key()

    def __gt__(self, other: Month) -> bool:
        return self._key() > other._key()

    def __ge__(self, other: Month) -> bool:
        return self._key() >= other._key()

    def __repr__(self) -> str:
        return f"Month({self.year}, {self.month})"

    @classmethod
    def parse(cls, text: str) -> Month:
        """Read the YAML form ``YYYY-MM`` and nothing else (slicing, not dateutil: fast)."""
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
        """Read a month as councils write it in a table, without guessing a day or a year.

        ``Jan-17`` is January 2017 (two-digit years are 20YY), ``Jun-2017`` is June 2017;
        ``2017-06`` and ``06/2017`` are accepted too. Anything else is an error.
        """
        text = text.strip()
        year = number = 0
        if match := re.fullmatch(_ISO_MONTH, text):
            year, number = int(match[1]), int(match[2])
        elif match := re.fullmatch(_NAMED_MONTH, text):
            number = _MONTH_NAMES.get(match[1].lower(), 0)
            year = int(match[2]) + (2000 if len(match[2]) == 2 else 0)
        elif match := re.fullmatch(_NUMERIC_MONTH, text):
            year, number = int(match[2]), int(match[1])
        if 1 <= number <= 12:
            return cls.of(year, number)
        raise ValueError(f"{text!r} is not a month; write it like Jan-17, Jun-2017 or 2017-06")

    @property
    def last_day(self) -> date:
        """The day an action ending in this month is due."""
        return _last_day(self.year, self.month)

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    def table_form(self) -> str:
        """``Jun-2017``: how the council's table writes a month, with an unmistakable year."""
        return f"{MONTH_ABBREVIATIONS[self.month - 1]}-{self.year:04d}"


_PARSED: dict[str, Month] = {}
_INTERNED: dict[int, Month] = {}


@functools.cache
def _last_day(year: int, month: int) -> date:
    if month == 12:
        return date(year, 12, 31)
    return date.fromordinal(date(year, month + 1, 1).toordinal() - 1)


class Status(Enum):
    """RAG status. Blue means complete; unrated is an empty cell."""

    RED = "red"
    AMBER = "amber"
    GREEN = "green"
    BLUE = "blue"
    UNRATED = ""

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

_INITIALS_SPLIT = r"\s*[/,&+;]\s*|\s+"  # compiled on first use (re caches it)


@functools.lru_cache(maxsize=4096)
def parse_initials(text: str) -> tuple[str, ...]:
    """``RG/JF`` -> ('RG', 'JF'). Case is kept: ``RdP`` is someone's initials."""
    return tuple(part for part in re.split(_INITIALS_SPLIT, text.strip()) if part)


def format_initials(initials: tuple[str, ...]) -> str:
    return "/".join(initials)


class Action:
    """One row of the plan: what will be done, by whom, by when, and how it is going."""

    __slots__ = (
        "action",
        "comments",
        "dlt",
        "end",
        "extra",
        "lead",
        "line",
        "measure",
        "ref",
        "ref_generated",
        "start",
        "status",
    )

    def __init__(
        self,
        ref: str,
        action: str = "",
        start: Month | None = None,
        end: Month | None = None,
        measure: str = "",
        lead: tuple[str, ...] = (),
        dlt: tuple[str, ...] = (),
        comments: str = "",
        status: Status = Status.UNRATED,
        ref_generated: bool = False,
        extra: dict[str, str] | None = None,
        line: int | None = None,
    ) -> None:
        self.ref, self.action, self.start, self.end = ref, action, start, end
        self.measure, self.lead, self.dlt, self.comments = measure, lead, dlt, comments
        self.status, self.ref_generated = status, ref_generated
        self.extra = {} if extra is None else extra
        self.line = line

    def __repr__(self) -> str:
        return f"Action(ref={self.ref!r}, action={self.action[:40]!r}, status={self.status})"

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

    def has_officer(self, initials: str) -> bool:
        wanted = initials.casefold()
        return any(officer.casefold() == wanted for officer in self.lead)

    def has_dlt(self, initials: str) -> bool:
        wanted = initials.casefold()
        return any(officer.casefold() == wanted for officer in self.dlt)


class Recommendation:
    """An inspectors' recommendation (or the council's own), with the actions that answer it."""

    __slots__ = ("actions", "line", "text")

    def __init__(
        self, text: str, actions: list[Action] | None = None, line: int | None = None
    ) -> None:
        self.text, self.line = text, line
        self.actions = [] if actions is None else actions

    def __repr__(self) -> str:
        return f"Recommendation({self.text[:40]!r}, {len(self.actions)} actions)"


class Theme:
    """A section of the plan, e.g. 'Leadership, Management and Governance'."""

    __slots__ = ("line", "recommendations", "title")

    def __init__(
        self,
        title: str,
        recommendations: list[Recommendation] | None = None,
        line: int | None = None,
    ) -> None:
        self.title, self.line = title, line
        self.recommendations = [] if recommendations is None else recommendations

    def __repr__(self) -> str:
        return f"Theme({self.title[:40]!r}, {len(self.recommendations)} recommendations)"


class Item:
    """An action with where it sits in its plan: what queries return and renderers show."""

    __slots__ = (
        "action",
        "plan",
        "recommendation",
        "recommendation_number",
        "theme",
        "theme_number",
    )

    def __init__(
        self,
        plan: Plan,
        theme_number: int,
        theme: Theme,
        recommendation_number: int,
        recommendation: Recommendation,
        action: Action,
    ) -> None:
        self.plan, self.theme_number, self.theme = plan, theme_number, theme
        self.recommendation_number, self.recommendation = recommendation_number, recommendation
        self.action = action

    def __repr__(self) -> str:
        return f"Item({self.plan.name!r}, {self.action.ref!r})"


class Plan:
    """A whole improvement plan: its title and its themes in document order."""

    __slots__ = ("name", "notes", "path", "themes", "title")

    def __init__(
        self,
        title: str = "",
        themes: list[Theme] | None = None,
        notes: list[str] | None = None,
        name: str = "",
        path: str | None = None,
    ) -> None:
        self.title, self.name, self.path = title, name, path
        self.themes = [] if themes is None else themes
        self.notes = [] if notes is None else notes

    def __repr__(self) -> str:
        return f"Plan({self.name or self.title[:40]!r}, {len(self.themes)} themes)"

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
