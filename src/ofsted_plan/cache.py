"""A cache of parsed plans, so that a 100,000-action plan starts in a blink.

Parsing YAML is the slow part of every command; the cache keeps each plan as plain tuples
(`marshal`, which reads far faster than YAML) in the user's cache folder. An entry is used
only when the plan file's path, size, mtime, ctime and inode and the tool's version all match,
and it is only written for a file that has not changed for two seconds, so an edit in the
same clock tick can never go unseen (git's "racily clean" rule). A corrupt or unreadable
entry is ignored. Set PLAN_NO_CACHE=1, or pass --no-cache, to bypass it.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import sys
import time
import zlib
from typing import Any

from . import __version__
from .model import Action, Month, Plan, Recommendation, Status, Theme

FORMAT = 1
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


def _key(path: str, stat: os.stat_result) -> tuple:
    where = os.path.realpath(path)
    return (
        FORMAT,
        __version__,
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


def _month(month: Month | None) -> int:
    return month.year * 12 + month.month - 1 if month else -1


def _data(plan: Plan) -> tuple:
    return (
        plan.title,
        tuple(plan.notes),
        tuple(
            (
                t.title,
                t.line,
                tuple(
                    (
                        r.text,
                        r.line,
                        tuple(
                            (
                                a.ref,
                                a.ref_generated,
                                a.action,
                                _month(a.start),
                                _month(a.end),
                                a.measure,
                                a.lead,
                                a.dlt,
                                a.comments,
                                a.status.value,
                                a.extra,
                                a.line,
                            )
                            for a in r.actions
                        ),
                    )
                    for r in t.recommendations
                ),
            )
            for t in plan.themes
        ),
    )


def _plan(data: Any) -> Plan:
    title, notes, themes = data
    statuses = {s.value: s for s in Status}
    months: dict[int, Month | None] = {-1: None}
    for _, _, recs in themes:
        for _, _, actions in recs:
            for row in actions:
                for n in (row[3], row[4]):
                    if n not in months:
                        months[n] = Month.of(n // 12, n % 12 + 1)
    return Plan(
        title=title,
        notes=list(notes),
        themes=[
            Theme(
                t_title,
                [
                    Recommendation(
                        text,
                        [
                            Action(
                                ref,
                                action,
                                months[start],
                                months[end],
                                measure,
                                lead,
                                dlt,
                                comments,
                                statuses[status],
                                generated,
                                extra,
                                line,
                            )
                            for (
                                ref,
                                generated,
                                action,
                                start,
                                end,
                                measure,
                                lead,
                                dlt,
                                comments,
                                status,
                                extra,
                                line,
                            ) in actions
                        ],
                        r_line,
                    )
                    for text, r_line, actions in recs
                ],
                t_line,
            )
            for t_title, t_line, recs in themes
        ],
    )
