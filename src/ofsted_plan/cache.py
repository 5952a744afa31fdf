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
from pathlib import Path
from typing import Any

from . import __version__
from .model import Action, Month, Plan, Recommendation, Status, Theme

FORMAT = 1
RACY_SECONDS = 2.0


def folder() -> Path:
    """$PLAN_CACHE_DIR, else $XDG_CACHE_HOME/ofsted-plan, else ~/.cache/ofsted-plan."""
    if os.environ.get("PLAN_CACHE_DIR"):
        return Path(os.environ["PLAN_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "ofsted-plan"


def _entry(path: Path) -> Path:
    # The name only spreads entries out; the key inside says whose entry it really is.
    name = str(path.resolve()).encode("utf-8", "surrogateescape")
    return folder() / f"{path.stem[:40]}-{zlib.crc32(name):08x}-{zlib.adler32(name):08x}.plan"


def _key(path: Path, stat: os.stat_result) -> tuple:
    return (
        FORMAT,
        __version__,
        sys.version,
        str(path.resolve()),
        stat.st_size,
        stat.st_mtime_ns,
        stat.st_ctime_ns,
        stat.st_ino,
    )


def load(path: Path, stat: os.stat_result) -> Plan | None:
    """The cached plan for this file as it is now, or None."""
    try:
        key, data = marshal.loads(_entry(path).read_bytes())
        if key != _key(path, stat):
            return None
        plan = _plan(data)
    except Exception:  # missing, corrupt, from another version: parse the file instead
        return None
    plan.path, plan.name = str(path), path.stem
    return plan


def store(path: Path, stat: os.stat_result, plan: Plan) -> None:
    """Remember the plan, unless the file changed too recently to trust its mtime."""
    if time.time() - max(stat.st_mtime, stat.st_ctime) < RACY_SECONDS:
        return
    entry = _entry(path)
    tmp = entry.with_name(f".{entry.name}.{os.getpid()}.tmp")
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(marshal.dumps((_key(path, stat), _data(plan))))
        os.replace(tmp, entry)
    except (OSError, ValueError):  # a cache that cannot be written is no cache, not an error
        with contextlib.suppress(OSError):
            tmp.unlink()


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
    months: dict[int, Month | None] = {-1: None}
    statuses = {s.value: s for s in Status}

    def month(n: int) -> Month | None:
        if n not in months:
            months[n] = Month.of(n // 12, n % 12 + 1)
        return months[n]

    def action(row: tuple) -> Action:
        ref, generated, text, start, end, measure, lead, dlt, comments, status, extra, line = row
        return Action(
            ref,
            text,
            month(start),
            month(end),
            measure,
            lead,
            dlt,
            comments,
            statuses[status],
            generated,
            extra,
            line,
        )

    return Plan(
        title=title,
        notes=list(notes),
        themes=[
            Theme(
                t_title,
                [
                    Recommendation(text, [action(row) for row in actions], r_line)
                    for text, r_line, actions in recs
                ],
                t_line,
            )
            for t_title, t_line, recs in themes
        ],
    )
