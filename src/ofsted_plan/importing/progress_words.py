"""A plan with no RAG column whose progress says how each action stands in its opening words:
'Complete – new charging policy approved by Council', 'Complete. Cyber Essentials Plus was
achieved in May 2024' (an audit report's follow-up of last year's recommendations). A person
reads the action as complete from those words; the words stay in the progress as written.
So does a timescale that says it was done: 'Completed 28/03/2024'."""

from __future__ import annotations

import re

from ..model import Plan, Status
from .values import STATUS_WORDS, status_key

# The opening words, then a dash, a full stop or a colon before the rest.
_OPENING = re.compile(r"^([A-Za-z][A-Za-z ]{1,24}?)\s*(?:[–—-]\s|[.:]\s|\.?$)")
# An end cell saying the action was done, and when: 'Completed 28/03/2024' in HIW's Timescale.
_DONE_ON = re.compile(r"^(completed?|done|achieved|implemented)\b(?:\s+(?:on\s+)?\d.*)?$", re.I)


def status_from_progress(plan: Plan) -> list[str]:
    """Each unrated action's status from its progress's opening words, where no action of
    the plan has a status of its own; the report's lines."""
    actions = list(plan.actions())
    if not actions or any(a.status is not Status.UNRATED for a in actions):
        return []
    read: dict[str, list[str]] = {}
    for a in actions:
        found = _OPENING.match(a.comments.strip()) or _DONE_ON.match(a.end_text.strip())
        words = found[1] if found else ""
        status = STATUS_WORDS.get(status_key(words)) if words else None
        if status is None or status is Status.UNRATED:
            continue
        a.status = status
        read.setdefault(f"'{words}' -> {status.value}", []).append(a.ref)
    if not read:
        return []
    said = ", ".join(f"{k} ({len(v)})" for k, v in read.items())
    return [
        f"No RAG column; the status read from the opening words of the progress (or of a "
        f"timescale saying when it was done): {said}."
    ]
