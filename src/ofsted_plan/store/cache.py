"""A cache of parsed plans, so that a 100,000-action plan starts in a blink.

Parsing YAML is the slow part of every command; the cache keeps each plan as plain tuples
(`marshal`, which reads far faster than YAML) in the user's cache folder. An entry is used
only when the plan file's path, size, mtime, ctime and inode, the tool's version and its own
source files all match,
and it is only written for a file that has not changed for two seconds, so an edit in the
same clock tick can never go unseen (git's "racily clean" rule). A corrupt or unreadable
entry is ignored. Set PLAN_NO_CACHE=1, or pass --no-cache, to bypass it.
"""

from __future__ import annotations

import contextlib
import marshal
import operator
import os
import sys
import time
import zlib
from collections.abc import Iterable
from itertools import islice
from typing import Any

from .. import __version__
from ..model import (
    FIELD_NAMES,
    FIELDS,
    Action,
    Evidence,
    FieldKind,
    Month,
    Plan,
    Recommendation,
    Status,
    Theme,
    assert_never,
)

FORMAT = 5
RACY_SECONDS = 2.0


def folder() -> str:
    """$PLAN_CACHE_DIR, else $XDG_CACHE_HOME/ofsted-plan, else ~/.cache/ofsted-plan."""
    if os.environ.get("PLAN_CACHE_DIR"):
        return os.environ["PLAN_CACHE_DIR"]
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "ofsted-plan")


def _stem(path: str) -> str:
    return os.path.splitext(os.path.basename(path))[0]


def _entry(path: str) -> str:
    # The name only spreads entries out; the key inside says whose entry it really is.
    name = os.path.realpath(path).encode("utf-8", "surrogateescape")
    tag = f"{zlib.crc32(name):08x}-{zlib.adler32(name):08x}"
    return os.path.join(folder(), f"{_stem(path)[:40]}-{tag}.plan")


def _code_stamp() -> int:
    """The package's own source files (names, sizes, mtimes): a parse made by other code,
    such as a checkout being edited, is never served."""
    package = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    stamp = []
    for folder, _, names in os.walk(package):
        for name in names:
            if name.endswith(".py"):
                info = os.stat(os.path.join(folder, name))
                stamp.append(f"{folder[len(package) :]}/{name}:{info.st_size}:{info.st_mtime_ns}")
    return zlib.crc32("\n".join(sorted(stamp)).encode("utf-8", "surrogateescape"))


def _key(path: str, stat: os.stat_result) -> tuple:
    where = os.path.realpath(path)
    return (
        FORMAT,
        __version__,
        _code_stamp(),
        sys.version,
        where,
        stat.st_size,
        stat.st_mtime_ns,
        stat.st_ctime_ns,
        stat.st_ino,
    )


def load(path: str | os.PathLike[str], stat: os.stat_result) -> Plan | None:
    """The cached plan for this file as it is now, or None."""
    path = os.fspath(path)
    try:
        with open(_entry(path), "rb") as handle:
            key, data = marshal.loads(handle.read())
        if key != _key(path, stat):
            return None
        plan = _plan(data)
    except Exception:  # missing, corrupt, from another version: parse the file instead
        return None
    plan.path, plan.name = path, _stem(path)
    return plan


def store(path: str | os.PathLike[str], stat: os.stat_result, plan: Plan) -> None:
    """Remember the plan, unless the file changed too recently to trust its mtime."""
    if time.time() - max(stat.st_mtime, stat.st_ctime) < RACY_SECONDS:
        return
    path = os.fspath(path)
    entry = _entry(path)
    tmp = os.path.join(os.path.dirname(entry), f".{os.path.basename(entry)}.{os.getpid()}.tmp")
    try:
        os.makedirs(os.path.dirname(entry), exist_ok=True)
        with open(tmp, "wb") as handle:
            handle.write(marshal.dumps((_key(path, stat), _data(plan))))
        os.replace(tmp, entry)
    except (OSError, ValueError):  # a cache that cannot be written is no cache, not an error
        with contextlib.suppress(OSError):
            os.unlink(tmp)


# The actions are stored by column: one tuple per FIELD in order, then their lines; months
# as numbers and statuses as their values, as marshal holds only plain types. Columns read
# back faster than one tuple per action (fewer objects for marshal to make) and become
# actions through map() (10,000 actions: 13 ms -> 7 ms to read, 10 ms -> 7 ms to build).
# The plan's shape (themes, recommendations and how many actions each has) is kept apart.
_KINDS: tuple[FieldKind | None, ...] = (*(f.kind for f in FIELDS), None)  # None: the line
_GETTER = operator.attrgetter(*FIELD_NAMES, "line")
_MONTHS = tuple(n for n, kind in enumerate(_KINDS) if kind is FieldKind.MONTH)
_STATUSES = tuple(n for n, kind in enumerate(_KINDS) if kind is FieldKind.STATUS)
_EVIDENCE = tuple(n for n, kind in enumerate(_KINDS) if kind is FieldKind.EVIDENCE)
_STATUS_OF = {s.value: s for s in Status}


class _Months(dict[int, "Month | None"]):
    """Month objects by number (-1: none), each made once."""

    def __missing__(self, number: int) -> Month:
        month = self[number] = Month.of(number // 12, number % 12 + 1)
        return month


def _action_row(action: Action) -> tuple:
    row = list(_GETTER(action))
    for n in _MONTHS:
        row[n] = row[n].number if row[n] else -1
    for n in _STATUSES:
        row[n] = row[n].value
    for n in _EVIDENCE:
        row[n] = tuple(tuple(e) for e in row[n])  # marshal holds tuples, not NamedTuples
    return tuple(row)


def _data(plan: Plan) -> tuple:
    rows = [_action_row(a) for a in plan.actions()]
    columns = tuple(zip(*rows, strict=True)) if rows else ((),) * len(_KINDS)
    shape = tuple(
        (t.title, t.line, tuple((r.text, r.line, len(r.actions)) for r in t.recommendations))
        for t in plan.themes
    )
    return plan.title, tuple(plan.notes), shape, columns


def _column(kind: FieldKind | None, column: tuple, months: _Months) -> Iterable[Any]:
    """One stored column as the field's values: months and statuses made from their numbers
    and values (marshal holds only plain types); the others as they are."""
    match kind:
        case FieldKind.MONTH:
            return map(months.__getitem__, column)
        case FieldKind.STATUS:
            return map(_STATUS_OF.__getitem__, column)
        case FieldKind.TEXT | FieldKind.NOTE | FieldKind.FLAG | FieldKind.INITIALS:
            return column
        case FieldKind.EXTRA | None:
            return column
        case FieldKind.EVIDENCE:
            return (tuple(Evidence(*e) for e in found) if found else () for found in column)
        case _:
            assert_never(kind)


def _plan(data: Any) -> Plan:
    title, notes, shape, columns = data
    months = _Months({-1: None})
    values = [_column(kind, column, months) for kind, column in zip(_KINDS, columns, strict=True)]
    actions = iter(list(map(Action, *values)))
    return Plan(
        title=title,
        notes=list(notes),
        themes=[
            Theme(
                t_title,
                [
                    Recommendation(text, list(islice(actions, count)), r_line)
                    for text, r_line, count in recs
                ],
                t_line,
            )
            for t_title, t_line, recs in shape
        ],
    )


# Earlier versions from git, by blob id: a blob id names its bytes for ever, so a version is
# parsed once, whatever the history's length. One file per plan file holds them all.


def _history_entry(path: str) -> str:
    return _entry(path)[: -len(".plan")] + ".history"


def _history_key() -> tuple:
    return (FORMAT, __version__, _code_stamp(), sys.version)


# What this process has loaded or stored, by history entry: a command that reads a file's
# history more than once (`plan site`: a board paper per meeting, each with its trend and its
# slippage) unmarshals it once (measured: 22 loads of 200 versions of 1,000 actions were 12 s
# of a 26 s site build). A blob id names its bytes for ever, so what is kept never goes stale.
_LOADED: dict[str, dict[str, Plan]] = {}
_USED: dict[str, set[str]] = {}


def load_versions(path: str | os.PathLike[str]) -> dict[str, Plan]:
    """The parsed versions of this plan file kept so far, by blob id (the dict is the
    caller's; the plans are shared with later calls in this process, never to be changed
    but for their name and path)."""
    entry = _history_entry(os.fspath(path))
    if entry not in _LOADED:
        _LOADED[entry] = _read_versions(entry)
    return dict(_LOADED[entry])


def _read_versions(entry: str) -> dict[str, Plan]:
    try:
        with open(entry, "rb") as handle:
            key, blobs = marshal.loads(handle.read())
        if key != _history_key():
            return {}
        return {blob: _plan(data) for blob, data in blobs.items()}
    except Exception:  # missing, corrupt, from another version: parse them again
        return {}


def store_versions(path: str | os.PathLike[str], plans: dict[str, Plan]) -> None:
    """Keep these parsed versions (blob id -> plan) for the next command, with those this
    process stored before (a history read as of several dates uses a different part of it
    each time: each part is kept)."""
    entry = _history_entry(os.fspath(path))
    _LOADED.setdefault(entry, {}).update(plans)
    used = _USED.setdefault(entry, set())
    used.update(plans)
    plans = {blob: _LOADED[entry][blob] for blob in used}
    tmp = os.path.join(os.path.dirname(entry), f".{os.path.basename(entry)}.{os.getpid()}.tmp")
    try:
        os.makedirs(os.path.dirname(entry), exist_ok=True)
        data = {blob: _data(plan) for blob, plan in plans.items()}
        with open(tmp, "wb") as handle:
            handle.write(marshal.dumps((_history_key(), data)))
        os.replace(tmp, entry)
    except (OSError, ValueError):
        with contextlib.suppress(OSError):
            os.unlink(tmp)


# Each action's last change (plan show, plan list --format json): keyed on the repository's
# HEAD commit (read from .git, no process) and the plan file as it is, it is the same until
# either moves, so a warm `plan list --format json` runs no git at all.


def _updated_entry(path: str) -> str:
    return _entry(path)[: -len(".plan")] + ".updated"


def _updated_key(path: str, stat: os.stat_result, head: tuple[str, str], as_of: str) -> tuple:
    return (*_key(path, stat), head, as_of)


def load_updated(
    path: str, stat: os.stat_result, head: tuple[str, str], as_of: str
) -> dict[str, tuple] | None:
    """ref -> (date, commit, label, subject) as last stored for this HEAD and file, or None."""
    try:
        with open(_updated_entry(path), "rb") as handle:
            key, data = marshal.loads(handle.read())
        return data if key == _updated_key(path, stat, head, as_of) else None
    except Exception:
        return None


def store_updated(
    path: str, stat: os.stat_result, head: tuple[str, str], as_of: str, data: dict[str, tuple]
) -> None:
    if time.time() - max(stat.st_mtime, stat.st_ctime) < RACY_SECONDS:
        return
    entry = _updated_entry(path)
    tmp = os.path.join(os.path.dirname(entry), f".{os.path.basename(entry)}.{os.getpid()}.tmp")
    try:
        os.makedirs(os.path.dirname(entry), exist_ok=True)
        with open(tmp, "wb") as handle:
            handle.write(marshal.dumps((_updated_key(path, stat, head, as_of), data)))
        os.replace(tmp, entry)
    except (OSError, ValueError):
        with contextlib.suppress(OSError):
            os.unlink(tmp)
