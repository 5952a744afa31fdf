"""Services for the commands that write a plan file: `plan set`, `plan add`, `plan done`.

Each works under the file's lock (a change someone makes meanwhile is re-read, never lost),
changes only the bytes it must, checks the result as `plan check` would, and writes
atomically. No click.
"""

from __future__ import annotations

import contextlib
import dataclasses
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import NamedTuple

from ..errors import PlanError, UsageError
from ..model import Action, Evidence, Plan, Status, with_update
from ..planfile import editing
from ..query import find_action, matches
from ..store.files import Changed, write_atomic
from ..store.locks import locked


class Edited(NamedTuple):
    """What `plan set` did: the action, its file, the text before and after, what changed."""

    ref: str
    path: str
    before: str
    after: str
    changed: list[str]
    written: bool


def set_fields(
    plans: list[Plan],
    ref: str,
    values: dict[str, str],
    *,
    append_comment: str | None = None,
    on: date | None = None,
    by: str = "",
    add_evidence: Evidence | None = None,
    dry_run: bool = False,
) -> Edited:
    """Change one action's fields in its file and nothing else, under the file's lock, so a
    change someone makes meanwhile is never lost. With dry_run nothing is written.

    ``append_comment`` is added as a progress update of its own, dated `on` (default today)
    and signed `by` (initials, when given); ``add_evidence`` is added to its evidence."""
    if not values and not append_comment and add_evidence is None:
        raise UsageError("nothing to change", hint="give --status, --comment, --end and so on")
    if append_comment:
        append_comment = with_update("", append_comment, on or date.today(), by)
    item = find_action(plans, ref)
    path = Path(str(item.plan.path))
    ref = item.action.ref
    changed = sorted(
        {
            *values,
            *(["comments"] if append_comment else []),
            *(["evidence"] if add_evidence else []),
        }
    )
    text, new, written = write_plan(
        path,
        lambda text: editing.set_fields(
            text, str(path), ref, values, append_comment=append_comment, add_evidence=add_evidence
        ),
        dry_run,
    )
    return Edited(ref, str(path), text, new, changed, written)


def complete(
    plans: list[Plan],
    ref: str,
    *,
    comment: str | None = None,
    evidence: Evidence | None = None,
    on: date | None = None,
    by: str = "",
    dry_run: bool = False,
) -> Edited:
    """`plan done`: the action blue, with its evidence (or the reason there is none)
    recorded. An action not yet complete is not made so without either."""
    item = find_action(plans, ref)
    if evidence is None and item.action.status is not Status.BLUE:
        raise UsageError(
            f"say what shows {item.action.ref} is complete",
            hint="give --evidence TEXT (with --link URL and --checked-by INITIALS), or"
            " --no-evidence REASON",
        )
    return set_fields(
        plans,
        ref,
        {"status": Status.BLUE.value},
        append_comment=comment,
        on=on,
        by=by,
        add_evidence=evidence,
        dry_run=dry_run,
    )


def write_plan(path: Path, change: Callable[[str], str], dry_run: bool) -> tuple[str, str, bool]:
    """Apply `change` to the file's text under its lock; (before, after, written)."""
    with contextlib.nullcontext() if dry_run else locked(path):
        for attempt in range(3):  # an editor saved meanwhile: start again from its version
            try:
                original = path.read_bytes()
            except OSError as exc:
                raise PlanError(f"cannot read the plan: {exc.strerror}", path=path) from None
            text = original.decode("utf-8-sig")
            bom = "\ufeff" if original.startswith(b"\xef\xbb\xbf") else ""
            new = change(text)
            written = not dry_run and new != text
            if written:
                try:
                    write_atomic(path, bom + new, original=original)
                except Changed:
                    if attempt == 2:
                        raise
                    continue
            break
    return text, new, written


class Added(NamedTuple):
    """What `plan add` did."""

    ref: str
    path: str
    where: str  # 'theme 1, recommendation 2'
    before: str
    after: str
    written: bool


def add_action(
    plans: list[Plan],
    action: Action,
    *,
    theme: str | None,
    recommendation: str | None,
    dry_run: bool = False,
) -> Added:
    """Add an action after the last one of the recommendation chosen by number or text (and
    theme), with the next free ref unless it has one; written as `plan import` writes
    actions, every other byte of the file kept."""
    if not action.action.strip():
        raise UsageError("the new action has no text", hint='say what will be done: plan add "..."')
    plan = _recommendation(plans, theme, recommendation)[0]  # which file; the rest under its lock
    if plan.path is None:
        raise PlanError("this plan was not read from a file")
    path = Path(plan.path)
    placed: list[tuple[str, str]] = []

    def place(now: Plan) -> tuple[int, int, Action]:
        """The recommendation and the ref, decided from the file as it is under the lock."""
        _, t_index, r_index, rec_number = _recommendation([now], theme, recommendation)
        rec = now.themes[t_index].recommendations[r_index]
        used = {a.ref for a in now.actions()}
        new = dataclasses.replace(action)
        if action.ref:
            if action.ref in used:
                raise UsageError(
                    f"ref {action.ref} is already used in {path}",
                    hint="give another --ref, or leave it out",
                )
        else:
            new.ref = next_ref([a.ref for a in rec.actions], used)
        placed[:] = [(new.ref, f"theme {t_index + 1}, recommendation {rec_number}")]
        return t_index, r_index, new

    before, after, written = write_plan(
        path, lambda text: editing.add_action(text, str(path), place), dry_run
    )
    action.ref, where = placed[0]
    return Added(action.ref, str(path), where, before, after, written)


def _recommendation(
    plans: list[Plan], theme: str | None, recommendation: str | None
) -> tuple[Plan, int, int, int]:
    """The one recommendation chosen by number or text (and theme): its plan, theme and
    recommendation index in it, and its number in the plan; else a UsageError listing them."""
    found = []
    for plan in plans:
        rec_number = 0
        for t_index, t in enumerate(plan.themes):
            for r_index, rec in enumerate(t.recommendations):
                rec_number += 1
                if theme is not None and not matches(t.title, theme, t_index + 1):
                    continue
                if recommendation is not None and not matches(rec.text, recommendation, rec_number):
                    continue
                found.append((plan, t_index, r_index, rec_number))
    if not found or len(found) > 1:
        listed = "; ".join(
            f"{f'{p.name}: ' if len(plans) > 1 else ''}theme {t + 1} recommendation {n}"
            for p, t, _, n in found[:8]
        )
        problem = (
            "no recommendation matches" if not found else f"{len(found)} recommendations match"
        )
        raise UsageError(
            f"{problem} (--theme {theme or '(any)'}, --recommendation {recommendation or '(any)'})"
            + (f": {listed}" if found else ""),
            hint="choose one with --recommendation N ('plan summary --by recommendation' "
            "numbers them) and --theme N if needed",
        )
    return found[0]


_NUMBERED = re.compile(r"^(.*?)(\d+)$")


def next_ref(refs: list[str], used: set[str]) -> str:
    """The ref after the recommendation's last one: 1.9 -> 1.10, R3.2 -> R3.3, A5.5 -> A5.6."""
    for ref in reversed(refs):
        numbered = _NUMBERED.match(ref)
        if numbered:
            prefix, number = numbered[1], int(numbered[2])
            while True:
                number += 1
                candidate = f"{prefix}{number}"
                if candidate not in used:
                    return candidate
    raise UsageError(
        "cannot tell the next ref: this recommendation has no numbered ref yet",
        hint="give one with --ref",
    )
