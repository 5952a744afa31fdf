"""`plan people`: the officers named in the plans, as a plain table or JSON."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from ..model import plural
from .text import visible

if TYPE_CHECKING:
    from ..model import Person
    from ..results.officers import People

NO_ENTRY = "(no entry)"


def people_text(result: People) -> str:
    """One line per officer: initials, name, email, role, open actions and their refs."""
    rows = [("Officer", "Name", "Email", "Role", "Open", "Refs")]
    for one in result.officers:
        p = one.person
        rows.append(
            (
                visible(one.initials),
                visible(p.name) if p else NO_ENTRY,
                visible(p.email) if p else "",
                visible(p.role) if p else "",
                str(len(one.open)),
                visible(" ".join(i.action.ref for i in one.open)),
            )
        )
    widths = [max(len(r[c]) for r in rows) for c in range(len(rows[0]) - 1)]
    lines = [
        "  ".join([*(cell.ljust(w) for cell, w in zip(r, widths, strict=False)), r[-1]]).rstrip()
        for r in rows
    ]
    missing = [o.initials for o in result.officers if o.person is None]
    if missing:
        lines += ["", f"No entry in the people file: {visible(', '.join(missing))}."]
    if result.unnamed:
        names = ", ".join(visible(p.initials) for p in result.unnamed)
        lines += ["", f"In the people file but leading no action: {names}."]
    if result.path is None:
        lines += ["", "No people file (plans/people.yaml): officers are shown by initials."]
    lines += ["", f"{plural(len(result.officers), 'officer')}."]
    return "\n".join(lines) + "\n"


def _person(p: Person | None) -> dict[str, str] | None:
    return {"name": p.name, "email": p.email, "role": p.role} if p else None


def people_json(result: People) -> str:
    data = {
        "people_file": result.path,
        "officers": [
            {
                "initials": one.initials,
                "person": _person(one.person),
                "open": [
                    {"plan": i.plan.name, "ref": i.action.ref, "status": i.action.status.json}
                    for i in one.open
                ],
            }
            for one in result.officers
        ],
        "no_entry": [o.initials for o in result.officers if o.person is None],
        "leading_nothing": [{"initials": p.initials, **(_person(p) or {})} for p in result.unnamed],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
