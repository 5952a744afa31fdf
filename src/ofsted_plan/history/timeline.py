"""A plan file's whole history from git, read once: what trend, slippage, stale and the
`updated` date are computed from.

One `git log` (the commits that changed the file, with their tags) and one
`git cat-file --batch` (every version, and the file at each meeting's tag) per plan file,
whatever the history's length. Versions are parsed once and kept by blob id.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date

from ..errors import PlanError
from ..model import Action, Plan


@dataclass(slots=True)
class Snapshot:
    """The plan file at one point in its history."""

    label: str  # 'sib-2017-03', '2017-04', '4f9060c', 'now'
    day: date
    commit: str  # '' for the file as it is on disk
    plan: Plan | None  # None when the file was deleted, or broken, in that version
    subject: str = ""
    author: str = ""
    when: str = ""  # the commit's ISO 8601 time, the author's

    @property
    def short(self) -> str:
        return self.commit[:7] if self.commit else "(not committed)"


@dataclass(slots=True)
class Step:
    """One version of one action: where it is in the history, and what it was then."""

    snapshot: Snapshot
    action: Action


@dataclass(slots=True)
class Timeline:
    """Every committed version of one plan file, oldest first, then the file on disk when it
    differs from the last commit; and, when asked, the file at each tag."""

    path: str
    versions: list[Snapshot]
    tags: list[Snapshot] = field(default_factory=list)


def timeline(
    path: str | os.PathLike[str],
    *,
    current: Plan | None = None,
    as_of: date | None = None,
    tags: str | None = None,
) -> Timeline:
    """The history of one plan file. `current` is the plan as already loaded from disk;
    `as_of` dates uncommitted changes; `tags` (a glob, 'sib-*') also reads the file at each
    matching tag."""
    # lazy: Step and Snapshot are on `plan list --format json`'s warm path, which imports no
    # pathlib, YAML or subprocess (ARCHITECTURE.md, "Measured decisions")
    from pathlib import Path

    from ..planfile.incremental import VersionReader
    from ..planfile.reader import load_plan
    from ..store import cache
    from ..store.git import Repository

    path = Path(path)
    repo = Repository(path)
    commits = repo.log(path)
    found_tags = repo.tags(tags) if tags else []
    past = as_of is not None and as_of < date.today()
    if as_of is not None:  # history as of a date never reports what came after it
        commits = [c for c in commits if c.day <= as_of]
        found_tags = [t for t in found_tags if t[2] <= as_of]
    requests = [(c.sha, c.path) for c in commits]
    # the file's name at each tag: by the tag's commit and its ancestors, not by date
    names = repo.names_at(commits, [sha for _, sha, _ in found_tags])
    for (_, sha, _), name in zip(found_tags, names, strict=True):
        requests.append((sha, name or repo.relative(path)))
    blobs = repo.read_blobs(requests)
    use_cache = not os.environ.get("PLAN_NO_CACHE")
    known = cache.load_versions(path) if use_cache else {}
    parsed: dict[str, Plan | None] = {}
    fresh = False
    reader = VersionReader()  # each version from the one before where it can

    def plan_of(blob: str, data: bytes | None, label: str) -> Plan | None:
        nonlocal fresh
        if data is None:
            return None
        if blob in parsed:
            return parsed[blob]
        plan = known.get(blob)
        if plan is None:
            try:
                plan = reader.read(data, label, path.stem)
                known[blob], fresh = plan, True
            except PlanError:
                plan = None  # a broken version is skipped, as `plan history` shows it
        if plan is not None:
            plan.name, plan.path = path.stem, str(path)
        parsed[blob] = plan
        return plan

    versions = []
    for commit, (blob, data) in zip(commits, blobs, strict=False):
        plan = plan_of(blob, data, f"{commit.sha[:7]}:{commit.path}")
        label = commit.tags[0] if commit.tags else commit.sha[:7]
        versions.append(
            Snapshot(
                label, commit.day, commit.sha, plan, commit.subject, commit.author, commit.date
            )
        )
    # a file git has never seen has no history at all; changes not committed are today's
    if commits and path.exists() and not past:
        last = blobs[len(commits) - 1][1]
        if path.read_bytes() != last:
            plan = current or load_plan(path)
            versions.append(Snapshot("now", as_of or date.today(), "", plan, "not committed"))
    at_tags = []
    for (name, sha, day), (blob, data) in zip(found_tags, blobs[len(commits) :], strict=True):
        at_tags.append(Snapshot(name, day, sha, plan_of(blob, data, f"{name}:{path.name}")))
    if fresh and use_cache:
        cache.store_versions(path, {b: p for b, p in known.items() if b in parsed})
    return Timeline(str(path), versions, at_tags)
