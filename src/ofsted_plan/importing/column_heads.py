"""Person and group columns the vocabulary does not name exactly, read by what their title
is about, where the table has no column for that field.

'PEEL question area' is about an area (the theme), 'Responsibility for taking action' and
'Responsible Executive Lead / Management Lead' about who leads. Only the theme and the lead,
only from the header row (a data cell such as 'Carers Lead' is no title), and only where one
column fits: the head words of other titles ('Task ID', 'Parent Code', 'Item Type') mislead.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from .header import FIELD_WORDS, SPACES, WEAKER, Column, header_key

_AFTER_HEAD = re.compile(r"\s+(?:for|of|to|by|in|on|from|against)\s.*$")
_PARTS = re.compile(r"\s*(?:/|\n|\||–| - )\s*")
_BRACKETS = re.compile(r"\s*[(\[][^)\]]*[)\]]\s*")
_NAMES_A_LEAD = re.compile(r"\b(?:leads?|responsible|officers?|owners?)\b", re.IGNORECASE)


def settle_by_heads(
    header: dict[int, str],
    fields: Mapping[int, Column],
    titles: list[str],
    names: Mapping[str, str],
    notes: list[str],
) -> None:
    """Give the table its lead (and theme) column where its title says so, with a note."""
    _sole_lead(header, titles, notes)
    for field in ("lead", "theme"):
        if field in header.values():
            continue
        found = [
            (i, head)
            for i, title in enumerate(titles)
            if i not in fields and i not in header and (head := _head(title, names, field))
        ]
        if len(found) == 1:
            column, head = found[0]
            header[column] = field
            notes.append(
                f"'{titles[column].strip()}' is about {FIELD_WORDS[field]} (its word "
                f"'{head}'), and no other column is: read as it"
            )


def _head(title: str, names: Mapping[str, str], field: str) -> str | None:
    """The word of the title that names `field`, where every part of it ('X / Y') is about
    that field: before any 'for ...', else the last word."""
    key = _BRACKETS.sub(" ", header_key(title))
    heads = []
    for part in filter(None, (p.strip(" :-") for p in _PARTS.split(key))):
        front = SPACES.sub(" ", _AFTER_HEAD.sub("", part)).strip(" :-–")
        words = front.split(" ")
        if not front or len(words) > 4 or words[0] in ("for", "of", "to", "by", "from"):
            return None
        head = next((h for h in (front, words[-1]) if names.get(h) == field), None)
        if head is None or head in WEAKER:
            return None
        heads.append(head)
    return heads[0] if heads else None


def _sole_lead(header: dict[int, str], cells: list[str], notes: list[str]) -> None:
    """A table whose one person column is 'Executive lead' or 'Senior responsible officer'
    names its actions' leads there: a reader takes it as the lead, not as a DLT lead beside
    a lead column the table does not have."""
    senior = [c for c, f in header.items() if f == "dlt"]
    if "lead" in header.values() or len(senior) != 1:
        return
    title = cells[senior[0]].strip()
    if _NAMES_A_LEAD.search(title):
        header[senior[0]] = "lead"
        notes.append(f"'{title}' is the only column naming a lead: read as the lead officer")
