"""The plan as dataclasses and value types. Knows nothing of files, click or rich."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field, fields
from datetime import date
from enum import Enum
from typing import Any, NamedTuple, NoReturn

from .months import KEPT_SPELLINGS as KEPT_SPELLINGS
from .months import Month as Month


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
        """Read a status case-insensitively; an empty cell, or the word 'unrated', is unrated."""
        try:
            return _STATUS_WORDS[text]
        except KeyError:
            pass
        word = text.strip().lower()
        try:
            status = cls("" if word == "unrated" else word)
        except ValueError:
            raise ValueError(
                f"unknown RAG status {text.strip()!r}; use red, amber, green or blue "
                "(blue = complete), or leave it empty"
            ) from None
        if len(_STATUS_WORDS) < KEPT_SPELLINGS:
            _STATUS_WORDS[text] = status
        return status

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


# What may part officers, or hold a '/' inside a name ('Service Manager (CIN/CP)').
_NOT_PLAIN = re.compile(r"[/;&+,\n()\[\]]|\band\b", re.IGNORECASE)


def is_plain_officer(name: str) -> bool:
    """A name no reader could cut in two: no separator, no bracket."""
    return bool(name.strip()) and _NOT_PLAIN.search(name) is None


def officers_cell(officers: tuple[str, ...]) -> str:
    """The officers in one cell of the tool's own table: 'RG/JF' as the seed writes them, but
    one officer a line where a name is not plain ('Revenues & Benefits Manager' and 'RG'), so
    that reading the table back never splits a name the plan holds whole."""
    if len(officers) > 1 and not all(is_plain_officer(o) for o in officers):
        return "\n".join(officers)
    return format_initials(officers)


class FieldKind(Enum):
    """How a field of an action is read, written and shown. Every layer that handles fields
    by kind matches this exhaustively (`assert_never`), so mypy finds a kind left out."""

    TEXT = "text"
    NOTE = "note"  # text, written only when set
    FLAG = "flag"  # true or false, written only when true
    MONTH = "month"
    INITIALS = "initials"  # one or more officers
    STATUS = "status"
    EXTRA = "extra"  # other columns of the council's table, by title
    EVIDENCE = "evidence"  # what shows an action is complete, each entry checked by someone


class Evidence(NamedTuple):
    """One piece of evidence that an action is complete: what it is, where (a link or a file
    name), the day it was recorded, and who checked it. `missing` is an entry that says why
    there is none (`plan done --no-evidence REASON`): the reason is in `what`."""

    what: str
    link: str = ""
    date: str = ""  # YYYY-MM-DD
    checked_by: str = ""  # initials
    missing: bool = False

    def as_data(self) -> dict[str, str]:
        """The entry as the plan file and JSON hold it (empty keys left out)."""
        data = {"no_evidence" if self.missing else "what": self.what}
        for key in ("link", "date", "checked_by"):
            if getattr(self, key):
                data[key] = getattr(self, key)
        return data

    def text(self) -> str:
        """'Audit of 20 plans (audits/may.xlsx, 2017-05-12, checked by JF)'."""
        if self.missing:
            return f"No evidence: {self.what}" + (f" ({self.date})" if self.date else "")
        about = [self.link, self.date, f"checked by {self.checked_by}" if self.checked_by else ""]
        shown = ", ".join(a for a in about if a)
        return f"{self.what} ({shown})" if shown else self.what


EVIDENCE_KEYS = ("what", "no_evidence", "link", "date", "checked_by")


def assert_never(value: NoReturn) -> NoReturn:
    """The end of an exhaustive match: mypy refuses the call while a case is left out."""
    raise AssertionError(f"not handled: {value!r}")


def _meta(
    title: str, kind: FieldKind, column: str | None = None, *, help: str = ""
) -> dict[str, Any]:
    """What every layer needs to know of an action's field (see FIELDS)."""
    return {"title": title, "kind": kind, "column": column or title, "help": help}


@dataclass(slots=True, eq=False)
class Action:
    """One row of the plan: what will be done, by whom, by when, and how it is going.

    The fields are in the plan file's key order. Each carries its metadata (FIELDS), from
    which the YAML reader and writer, the cache, the table export, JSON and CSV, show and
    the change report take their lists: a new field is added here, in its kind's handling
    if the kind is new, and in the docs.
    """

    ref: str = field(
        default="",
        metadata=_meta(
            "Ref",
            FieldKind.TEXT,
            help="Unique in the plan. Quote refs that look like numbers: '1.10'.",
        ),
    )
    ref_generated: bool = field(
        default=False,
        metadata=_meta(
            "Ref made by plan import",
            FieldKind.FLAG,
            help="true when `plan import` made the ref (the council's table had none).",
        ),
    )
    action: str = field(
        default="", metadata=_meta("Action", FieldKind.TEXT, help="What will be done.")
    )
    start: Month | None = field(default=None, metadata=_meta("Start", FieldKind.MONTH))
    end: Month | None = field(default=None, metadata=_meta("End", FieldKind.MONTH))
    # The end as the council wrote it, when that is not simply a month: 'Ongoing', 'TBC',
    # 'Summer term 2019' (no end month), or 'Mar-18 (revised Jun-18)' (end is the revision).
    end_text: str = field(
        default="",
        metadata=_meta(
            "End as written",
            FieldKind.NOTE,
            help="The end as the council wrote it when that is not simply a month: 'Ongoing',"
            " 'TBC' (no end month), 'Mar-18 (revised Jun-18)'.",
        ),
    )
    measure: str = field(
        default="",
        metadata=_meta("Measure/outcome", FieldKind.TEXT, help="The measure of success / outcome."),
    )
    lead: tuple[str, ...] = field(default=(), metadata=_meta("Lead officer", FieldKind.INITIALS))
    dlt: tuple[str, ...] = field(default=(), metadata=_meta("DLT lead", FieldKind.INITIALS))
    comments: str = field(
        default="",
        metadata=_meta(
            "Comments",
            FieldKind.TEXT,
            help="Progress updates, one a line, the latest last; a line may start with its"
            " date and who wrote it, 'YYYY-MM-DD RG: ', as plan set --append-comment writes it."
            " One paragraph with no date is one undated update.",
        ),
    )
    status: Status = field(
        default=Status.UNRATED,
        metadata=_meta(
            "RAG status",
            FieldKind.STATUS,
            help="RAG status: red, amber, green, blue (complete), or '' or unrated (not rated);"
            " any case.",
        ),
    )
    evidence: tuple[Evidence, ...] = field(
        default=(),
        metadata=_meta(
            "Evidence",
            FieldKind.EVIDENCE,
            help="What shows it is complete: entries of what, link, date (YYYY-MM-DD) and"
            " checked_by (initials); or no_evidence: the reason there is none.",
        ),
    )
    extra: dict[str, str] = field(
        default_factory=dict,
        metadata=_meta(
            "Other columns",
            FieldKind.EXTRA,
            help="Cells from table columns the tool does not know, by column title.",
        ),
    )
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

    def days_late(self, as_of: date) -> int:
        """Days past its due date (the last day of its end month); 0 when not overdue."""
        due = self.due
        return (as_of - due).days if due is not None and self.is_overdue(as_of) else 0

    @property
    def open_end(self) -> Month | None:
        """The end month of an action open and dated (not complete, with an end month): the
        month it is still due by; None when it is complete or its end is words."""
        return self.end if self.status is not Status.BLUE else None

    def has_officer(self, wanted: str) -> bool:
        """Whether one of the lead officers is this person (initials or name, any case)."""
        return any(is_officer(officer, wanted) for officer in self.lead)

    def unchecked_evidence(self) -> str:
        """Why this action's evidence does not show it complete, or '' when it does: none at
        all, or only evidence checked by its own lead officer (or by nobody)."""
        found = [e for e in self.evidence if not e.missing]
        if not found:
            return "no evidence"
        if all(not e.checked_by or e.checked_by in self.lead for e in found):
            return "evidence checked only by its own lead officer"
        return ""

    def has_dlt(self, wanted: str) -> bool:
        return any(is_officer(officer, wanted) for officer in self.dlt)


class Update(NamedTuple):
    """One progress update of an action: a line of its comments."""

    day: date | None  # None: undated (a plan's comments before updates were dated)
    by: str  # the initials of who wrote it, '' when not said
    text: str

    def __str__(self) -> str:
        """'Auditor on leave until July. (10 May 2017, JF)': the update, then when and who."""
        when = [f"{self.day.day} {self.day:%B %Y}"] if self.day else []
        said = ", ".join([*when, *([self.by] if self.by else [])])
        return f"{self.text} ({said})" if said else self.text


_UPDATE = re.compile(r"(\d{4}-\d{2}-\d{2})(?: ([A-Za-z][A-Za-z0-9]{0,5}))?: (.*)", re.S)


def updates(comments: str) -> list[Update]:
    """An action's comments as its progress updates, oldest first: each line one update,
    dated where it starts 'YYYY-MM-DD[ INITIALS]: ' (a date that is not a day is text)."""
    found = []
    for line in comments.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = line.strip()
        if not line:
            continue
        match = _UPDATE.fullmatch(line)
        day = None
        if match:
            try:
                day = date.fromisoformat(match[1])
            except ValueError:
                day = None
        if match and day:
            found.append(Update(day, (match[2] or "").upper(), match[3].strip()))
        else:
            found.append(Update(None, "", line))
    return found


def latest_update(comments: str) -> Update | None:
    """The last progress update, None when there is none."""
    found = updates(comments)
    return found[-1] if found else None


def with_update(comments: str, text: str, day: date, by: str = "") -> str:
    """The comments with one more update, dated, on a line of its own."""
    line = f"{day.isoformat()}{' ' + by.upper() if by else ''}: {text.strip()}"
    return f"{comments.rstrip()}\n{line}" if comments.strip() else line


class FieldInfo(NamedTuple):
    """What a layer needs to know of an action's field to read, write or show it."""

    name: str  # the key in the plan file and in JSON
    title: str  # what a manager calls it, e.g. "Lead officer"
    kind: FieldKind  # how it is read, written and shown
    column: str  # its column's title in the council's table
    help: str = ""  # what it holds, for the JSON Schema editors show


FIELDS: tuple[FieldInfo, ...] = tuple(
    FieldInfo(
        f.name, f.metadata["title"], f.metadata["kind"], f.metadata["column"], f.metadata["help"]
    )
    for f in fields(Action)
    if f.metadata
)
FIELD_NAMES: tuple[str, ...] = tuple(f.name for f in FIELDS)
# The fields that are one value a person types (not the flag and the other columns).
VALUE_FIELDS: tuple[FieldInfo, ...] = tuple(
    f
    for f in FIELDS
    if f.kind not in (FieldKind.FLAG, FieldKind.EXTRA, FieldKind.NOTE, FieldKind.EVIDENCE)
)
# The council's table as the tool writes it back (plan export --format tsv) and reads it
# exactly: the recommendation, then each field a person types, by its column title.
TABLE_HEADER: tuple[str, ...] = ("Recommendations:", *(f"{f.column}:" for f in VALUE_FIELDS))

# OWASP: a spreadsheet runs a cell starting with one of these as a formula (=cmd|' /C calc'!A0,
# =HYPERLINK(...), @SUM(...), -2+3+cmd|...). The apostrophe is the spreadsheet's own mark for
# "this is text"; a cell that already starts with one gets another, so `live` is exact.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
TEXT_MARK = "'"


def inert(text: str) -> str:
    """A cell a spreadsheet shows as text, never runs: an apostrophe before text starting
    like a formula (or with an apostrophe). `live(inert(text)) == text` for any text."""
    if text.startswith(FORMULA_STARTS) or text.startswith(TEXT_MARK):
        return TEXT_MARK + text
    return text


def live(cell: str) -> str:
    """The text `inert` was given: one leading apostrophe taken off (for a cell of the tool's
    own export, whose every cell went through `inert`)."""
    return cell[1:] if cell.startswith(TEXT_MARK) else cell


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


class Person(NamedTuple):
    """An officer from the people file (`plans/people.yaml`): initials, name, email, role."""

    initials: str
    name: str = ""
    email: str = ""
    role: str = ""
    line: int | None = None  # where the entry is in the people file
