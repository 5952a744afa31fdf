"""What changed in a plan between two versions: the question every board asks."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from ..model import (
    FIELDS,
    Action,
    FieldKind,
    Item,
    Month,
    Plan,
    Status,
    assert_never,
    format_initials,
)
from ..query import RANK

if TYPE_CHECKING:
    from ..store.git import Entry

# The kinds of change, in the order a board reads them, and what a board calls them.
KINDS = ("status", "end", "added", "removed", "reref", "start", "comments", "field")
LABELS = {
    "status": "RAG status",
    "end": "End month",
    "start": "Start month",
    "added": "Added",
    "removed": "Removed",
    "reref": "Re-reffed",
    "comments": "Comments",
    "field": "Changed",
}
_WORDS = re.compile(r"\s+|\S+")


@dataclass(slots=True)
class Change:
    """One change to one action."""

    kind: str
    plan: str
    ref: str
    item: Item  # the action as it is now (as it was, for a removed one)
    before: str = ""
    after: str = ""
    direction: str | None = None  # better/worse for status, later/earlier for months
    months: int | None = None  # how far an end (or start) month moved
    field_name: str | None = None  # which field, for kind "field"
    words: list[tuple[str, str]] = field(default_factory=list)  # word diff, for comments


# Below this share of words kept, a word diff interleaves two texts that neither reads: the
# old and new text are shown whole instead.
WHOLE_BELOW = 0.5


def word_diff(before: str, after: str) -> list[tuple[str, str]]:
    """(op, text) runs: '=' kept, '-' removed, '+' added; words, not whole paragraphs.

    When most words changed, the result is the old text removed and the new added, whole.
    """
    a, b = _WORDS.findall(before), _WORDS.findall(after)
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    words = [w for w in a if w.strip()], [w for w in b if w.strip()]
    kept = sum(n for _, _, n in SequenceMatcher(None, *words, autojunk=False).get_matching_blocks())
    if kept < WHOLE_BELOW * max(len(words[0]), len(words[1]), 1):
        return [(op, text) for op, text in (("-", before), ("+", after)) if text]
    runs: list[tuple[str, str]] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            runs.append(("=", "".join(a[i1:i2])))
            continue
        if i2 > i1:
            runs.append(("-", "".join(a[i1:i2])))
        if j2 > j1:
            runs.append(("+", "".join(b[j1:j2])))
    return runs


def months_between(before: Month, after: Month) -> int:
    return (after.year - before.year) * 12 + after.month - before.month


def _month_change(
    kind: str, old: Month | None, new: Month | None, base: dict[str, Any]
) -> Change | None:
    if old == new:
        return None
    change = Change(kind, before=str(old) if old else "", after=str(new) if new else "", **base)
    if old and new:
        change.months = months_between(old, new)
        change.direction = "later" if change.months > 0 else "earlier"
    return change


def _status_direction(old: Status, new: Status) -> str:
    if old in RANK and new in RANK:
        return "better" if RANK[new] > RANK[old] else "worse"
    return "rated" if old is Status.UNRATED else "unrated"


def compare_items(old: Item, new: Item) -> list[Change]:
    """The changes from one version of an action to the next, field by field (model.FIELDS),
    most important kinds first."""
    a, b = old.action, new.action
    base: dict[str, Any] = {"plan": new.plan.name, "ref": b.ref, "item": new}
    changes: list[Change] = []
    texts: list[tuple[str, str, str]] = []  # other fields: (name, before, after)
    for info in FIELDS:
        before, after = getattr(a, info.name), getattr(b, info.name)
        if info.name == "ref" or before == after:
            continue
        kind = info.kind
        match kind:
            case FieldKind.FLAG | FieldKind.EXTRA:
                continue
            case FieldKind.STATUS:
                direction = _status_direction(before, after)
                changes.append(
                    Change(
                        "status",
                        before=before.label,
                        after=after.label,
                        direction=direction,
                        **base,
                    )
                )
            case FieldKind.MONTH:
                moved = _month_change(info.name, before, after, base)
                if moved:
                    changes.append(moved)
            case FieldKind.TEXT if info.name == "comments":
                words = word_diff(before, after)
                changes.append(Change("comments", before=before, after=after, words=words, **base))
            case FieldKind.TEXT | FieldKind.NOTE:
                texts.append((info.name, before, after))
            case FieldKind.EVIDENCE:
                texts.append(
                    (
                        info.name,
                        "; ".join(e.text() for e in before),
                        "; ".join(e.text() for e in after),
                    )
                )
            case FieldKind.INITIALS:
                texts.append((info.name, format_initials(before), format_initials(after)))
            case _:
                assert_never(kind)
    texts += [
        ("recommendation", old.recommendation.text, new.recommendation.text),
        ("theme", old.theme.title, new.theme.title),
    ]
    for name, before_text, after_text in texts:
        if before_text != after_text:
            changes.append(
                Change(
                    "field",
                    before=before_text,
                    after=after_text,
                    field_name=name,
                    words=word_diff(before_text, after_text),
                    **base,
                )
            )
    changes.sort(key=lambda c: KINDS.index(c.kind))
    return changes


def _same_action(a: Action, b: Action) -> bool:
    return bool(a.action) and a.action == b.action


def rerefs(old: Plan | None, new: Plan | None) -> dict[str, str]:
    """Old ref -> new ref for each action whose ref changed but whose text did not."""
    if old is None or new is None:
        return {}
    before = {a.ref: a for a in old.actions()}
    after = {a.ref: a for a in new.actions()}
    if after.keys() <= before.keys():  # no new ref: nothing re-reffed (most versions)
        return {}
    return _rerefs(before, after)


def _rerefs(old_actions: dict[str, Action], new_actions: dict[str, Action]) -> dict[str, str]:
    removed = [a for ref, a in old_actions.items() if ref not in new_actions]
    found: dict[str, str] = {}
    for ref, action in new_actions.items():
        if ref in old_actions:
            continue
        twin = next((r for r in removed if _same_action(r, action)), None)
        if twin is not None:
            removed.remove(twin)
            found[twin.ref] = ref
    return found


def action_history(entries: Sequence[Entry], ref: str) -> list[tuple[Entry, list[Change]]]:
    """Each version that changed the action with this ref, following it across re-refs.

    The action is the one with `ref` in the latest version that has it; in earlier and later
    versions it is found under whatever ref it had there (same text, new ref: a re-ref).
    """
    return action_histories(entries, [ref])[ref]


def action_histories(
    entries: Sequence[Entry], refs: Sequence[str]
) -> dict[str, list[tuple[Entry, list[Change]]]]:
    """`action_history` for each of many refs, reading the versions once: each version's
    actions by ref and the re-refs between versions are found once for all the actions, and
    an action the same in two versions (as most are: a commit changes few) is not compared
    field by field (`plan site`: 1,000 actions by 200 commits)."""
    plans = [e.plan for e in entries]
    by_ref = [{i.action.ref: i for i in p.items()} if p else {} for p in plans]
    steps = [rerefs(a, b) for a, b in pairwise(plans)]  # steps[n]: version n -> n + 1
    backs = [{new: old for old, new in step.items()} for step in steps]
    return {ref: _follow(entries, by_ref, steps, backs, ref) for ref in refs}


def _follow(
    entries: Sequence[Entry],
    by_ref: list[dict[str, Item]],
    steps: list[dict[str, str]],
    backs: list[dict[str, str]],
    ref: str,
) -> list[tuple[Entry, list[Change]]]:
    last = max((n for n, found in enumerate(by_ref) if ref in found), default=None)
    if last is None:
        return []
    refs = [ref] * len(entries)
    for n in range(last - 1, -1, -1):
        refs[n] = backs[n].get(refs[n + 1], refs[n + 1])
    for n in range(last + 1, len(entries)):
        refs[n] = steps[n - 1].get(refs[n - 1], refs[n - 1])
    rows: list[tuple[Entry, list[Change]]] = []
    previous: Item | None = None
    for entry, found, wanted in zip(entries, by_ref, refs, strict=True):
        if entry.plan is None:
            if entry.error:
                rows.append((entry, []))
            continue
        item = found.get(wanted)
        changes: list[Change] = []
        if item is None and previous is None:
            continue
        if previous is None:
            assert item is not None
            changes = [Change("added", item.plan.name, wanted, item, after=item.action.action)]
        elif item is None:
            old_ref = previous.action.ref
            changes = [
                Change(
                    "removed", previous.plan.name, old_ref, previous, before=previous.action.action
                )
            ]
        elif _unchanged(previous, item):
            pass
        else:
            if item.action.ref != previous.action.ref:
                changes.append(
                    Change(
                        "reref",
                        item.plan.name,
                        wanted,
                        item,
                        before=previous.action.ref,
                        after=wanted,
                    )
                )
            changes += compare_items(previous, item)
        if changes:
            rows.append((entry, changes))
        previous = item
    return rows


def _unchanged(old: Item, new: Item) -> bool:
    """The same action in two versions, with nothing `compare_items` would report."""
    return (
        old.action is new.action  # a version read from the one before shares its actions
        and old.recommendation.text == new.recommendation.text
        and old.theme.title == new.theme.title
    )


def compare_plans(old: Plan | None, new: Plan | None) -> list[Change]:
    """Every change from the old version of a plan to the new, in the new plan's order.

    Actions are matched by ref; an action whose ref changed but whose text did not is
    reported as re-reffed, not as removed and added.
    """
    old_items = {i.action.ref: i for i in old.items()} if old else {}
    new_items = {i.action.ref: i for i in new.items()} if new else {}
    moved = _rerefs(
        {r: i.action for r, i in old_items.items()}, {r: i.action for r, i in new_items.items()}
    )  # old ref -> new ref
    came_from = {new_ref: old_ref for old_ref, new_ref in moved.items()}
    changes: list[Change] = []
    for ref, item in new_items.items():
        before = old_items.get(ref)
        if before is not None:
            changes.extend(compare_items(before, item))
        elif ref in came_from:
            twin = old_items[came_from[ref]]
            changes.append(
                Change("reref", item.plan.name, ref, item, before=twin.action.ref, after=ref)
            )
            changes.extend(compare_items(twin, item))
        else:
            changes.append(Change("added", item.plan.name, ref, item, after=item.action.action))
    for ref, item in old_items.items():
        if ref not in new_items and ref not in moved:
            changes.append(Change("removed", item.plan.name, ref, item, before=item.action.action))
    changes.sort(key=lambda c: KINDS.index(c.kind))  # stable: plan order within a kind
    return changes


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def headline(changes: Sequence[Change]) -> str:
    """'3 status changes (2 better, 1 worse), 1 end month moved, 1 added'."""
    kinds = Counter(c.kind for c in changes)
    parts = []
    if kinds["status"]:
        ways = Counter(c.direction for c in changes if c.kind == "status")
        detail = ", ".join(f"{n} {way}" for way, n in ways.items())
        parts.append(f"{_plural(kinds['status'], 'status change')} ({detail})")
    if kinds["end"]:
        parts.append(f"{_plural(kinds['end'], 'end month')} moved")
    for kind, word in (("added", "added"), ("removed", "removed"), ("reref", "re-reffed")):
        if kinds[kind]:
            parts.append(f"{kinds[kind]} {word}")
    other = sum(kinds[k] for k in ("start", "comments", "field"))
    if other:
        parts.append(_plural(other, "other change"))
    return ", ".join(parts) or "no changes"


def month_note(change: Change) -> str:
    if change.months is None:
        return ""
    n = abs(change.months)
    way = "later: slipped" if change.months > 0 else "earlier: brought forward"
    return f" ({way} {_plural(n, 'month')})"


CONTEXT_WORDS = 6


def context(words: str, *, first: bool, last: bool) -> str:
    """Unchanged text around a change, cut to a few words each side so the change shows."""
    tokens = words.split(" ")
    keep = CONTEXT_WORDS
    if len(tokens) <= 2 * keep or (first and last):
        return words
    if first:
        return "… " + " ".join(tokens[-keep:])
    if last:
        return " ".join(tokens[:keep]) + " …"
    return " ".join(tokens[:keep]) + " … " + " ".join(tokens[-keep:])


def is_whole(change: Change) -> bool:
    """True when the text was replaced rather than edited: show old and new whole."""
    return (
        bool(change.words) and all(op != "=" for op, _ in change.words) and len(change.words) <= 2
    )


def plain(change: Change) -> str:
    """One change as plain text: '[-removed-]{+added+}' marks word changes, as git does."""
    if change.kind == "status":
        if change.direction in ("better", "worse"):
            return f"{change.before} → {change.after} ({change.direction})"
        return f"{change.before} → {change.after}"
    if change.kind in ("end", "start"):
        return f"{change.before or '(none)'} → {change.after or '(none)'}{month_note(change)}"
    if change.kind == "reref":
        return f"was {change.before}, now {change.after}"
    if change.kind in ("added", "removed"):
        return (change.after if change.kind == "added" else change.before) or "(no action text)"
    prefix = f"{change.field_name}: " if change.kind == "field" else ""
    if is_whole(change):
        return f"{prefix}was: {change.before or '(empty)'}\nnow: {change.after or '(empty)'}"
    return prefix + "".join(
        text if op == "=" else f"[-{text}-]" if op == "-" else f"{{+{text}+}}"
        for op, text in trimmed_words(change)
    )


def trimmed_words(change: Change) -> list[tuple[str, str]]:
    """The word diff with long unchanged stretches cut to a few words of context."""
    last = len(change.words) - 1
    return [
        (op, context(text, first=n == 0, last=n == last) if op == "=" else text)
        for n, (op, text) in enumerate(change.words)
    ]
