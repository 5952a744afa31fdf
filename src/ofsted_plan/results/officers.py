"""What the commands about officers return: chase letters, people, update forms and what
`plan collect` did with them; and the update form's layout, shared by its writer and reader.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from ..model import Item, Person


class Letter(NamedTuple):
    """One officer's update request."""

    officer: str
    overdue: list[Item]
    stale: list[tuple[Item, int]]  # with days since the last update
    other: list[Item]
    person: Person | None = None  # their entry in the people file, if any


class Chase(NamedTuple):
    """An update request for each lead officer (`plan chase`)."""

    title: str
    as_of: date
    letters: list[Letter]
    days: int
    meeting: str


class Officer(NamedTuple):
    """One officer named in the plans (`plan people`): their entry in the people file, if
    any, and their open actions."""

    initials: str
    person: Person | None
    open: list[Item]


class People(NamedTuple):
    """Every officer named as a lead in the plans, and who in the people file leads nothing."""

    title: str
    path: str | None  # the people file read, if there is one
    officers: list[Officer]
    unnamed: list[Person]  # in the people file, leading no action


class Form(NamedTuple):
    """One officer's update form (`plan chase --forms`): their open actions in one plan, and
    the version of the plan it was made from (the commit and the plan file's blob id), which
    `plan collect` merges the replies against."""

    officer: str
    person: Person | None
    items: list[Item]
    plan: str  # the plan's name
    path: str  # the plan file, as git names it in its repository
    commit: str
    blob: str
    as_of: date
    meeting: str = ""


# The update form's layout, shared by the one that writes it (render/forms.py) and the one
# that reads it back (services/forms.py).
FORM_SHEET = "Updates"
FORM_ABOUT = "About"  # the hidden sheet: key in column A, value in column B
FORM_KIND = "ofsted-plan update form"
FORM_COLUMNS = (
    ("Ref", 7),
    ("Action", 38),
    ("Start", 8),
    ("End", 8),
    ("RAG now", 8),
    ("Latest update", 36),
    ("New RAG", 9),
    ("Update", 36),
    ("New end month", 9),
    ("Evidence", 20),
)
FORM_EDITABLE = ("New RAG", "Update", "New end month", "Evidence")


class Collected(NamedTuple):
    """What `plan collect` did with one returned form."""

    file: str  # as the user named it (an attachment: 'mail.eml/RG.xlsx')
    officer: str
    person: Person | None
    changed: list[tuple[str, list[str]]]  # ref and what changed ('status Amber -> Green')
    conflicts: list[str]
    notes: list[str]  # actions no longer in the plan, and the like: not applied
    refused: list[str]  # the form's problems, each at FILE[Sheet]:ROW: nothing applied
    written: bool = False
    commit: str = ""
