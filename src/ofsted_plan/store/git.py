"""Earlier versions of plan files, read with the real `git` command.

No git library: `git` itself resolves every revision a user can name (a tag such as
``sib-2017-03``, ``HEAD~3``, a commit) and we add one thing, a date ``YYYY-MM-DD``,
meaning the last commit on or before the end of that day.
"""

from __future__ import annotations

import contextlib
import os
import re
import subprocess
from dataclasses import dataclass, replace
from datetime import date
from datetime import date as Day  # Commit.date is the commit's ISO text, not this type
from pathlib import Path

from ..errors import PlanError
from ..model import Plan
from ..planfile.reader import load_plan, plan_from_bytes

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True, slots=True)
class Commit:
    sha: str
    date: str  # ISO 8601, the author's
    author: str
    subject: str
    path: str = ""  # the plan file's name in that commit (it may have been renamed since)
    tags: tuple[str, ...] = ()  # tags on this commit

    @property
    def day(self) -> Day:
        return Day.fromisoformat(self.date[:10])


class GitMissing(PlanError):
    """The git program cannot be run: not "not a repository"."""


class Repository:
    """The git repository that holds a plan file."""

    def __init__(self, inside: Path) -> None:
        folder = inside if inside.is_dir() else inside.parent
        try:
            out = self._git(
                ["-C", str(folder), "rev-parse", "--show-toplevel", "--is-shallow-repository"]
            )
        except GitMissing:
            raise
        except PlanError:
            raise PlanError(
                "this plan is not in a git repository, so it has no earlier versions",
                path=inside,
                hint="keep the plans in git ('git init', then commit) to compare versions",
            ) from None
        top, _, shallow = out.decode().strip().partition("\n")
        self.top = Path(top)
        if shallow.strip() == "true":
            # A depth-1 clone (most CI) would make every action look added by its one commit.
            raise PlanError(
                "this repository is a shallow clone (only its latest commits were fetched), so "
                "the plan's history cannot be read from it",
                path=inside,
                hint="run 'git fetch --unshallow' for the whole history, then run this again; in "
                "CI, check out with fetch-depth: 0",
            )
        try:
            self.git("rev-parse", "--verify", "--quiet", "HEAD^{commit}")
        except PlanError:
            raise PlanError(
                "this repository has no commits yet, so the plan has no earlier versions",
                path=inside,
                hint="commit the plans ('git add plans', then 'git commit') to start their history",
            ) from None

    @staticmethod
    def _git(args: list[str], stdin: bytes | None = None) -> bytes:
        env = {**os.environ, "GIT_TERMINAL_PROMPT": "0", "LC_ALL": "C"}
        try:
            done = subprocess.run(
                ["git", *args], input=stdin, capture_output=True, env=env, check=False
            )
        except FileNotFoundError:
            raise GitMissing(
                "git is not installed, or not on PATH, so earlier versions cannot be read",
                hint="install git (https://git-scm.com), or add the folder that holds it to "
                "PATH, to compare versions",
            ) from None
        if done.returncode:
            message = done.stderr.decode(errors="replace").strip().splitlines()
            raise PlanError(f"git: {message[-1] if message else 'failed'}")
        return done.stdout

    def git(self, *args: str, stdin: bytes | None = None) -> bytes:
        return self._git(["-C", str(self.top), "-c", "core.quotePath=false", *args], stdin)

    def relative(self, path: Path) -> str:
        """The path as git names it inside the repository."""
        return Path(os.path.relpath(path.resolve(), self.top.resolve())).as_posix()

    def resolve(self, rev: str) -> str:
        """The commit a revision names; a YYYY-MM-DD date is the last commit by that day."""
        try:
            named = self.git("rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}")
            return named.decode().strip()
        except PlanError:
            pass
        if _DATE.fullmatch(rev):
            found = self.git("rev-list", "-1", f"--before={rev} 23:59:59", "HEAD").decode().strip()
            if found:
                return found
            raise PlanError(
                f"no commit was made on or before {rev}",
                hint="'git log' lists the commits and their dates",
            )
        raise PlanError(
            f"git does not know the revision {rev!r}",
            hint="name a tag, a commit, HEAD~N or a date YYYY-MM-DD ('git tag' lists tags)",
        )

    def read_many(self, versions: list[tuple[str, str]]) -> list[bytes | None]:
        """Each (commit, name in the repository) file, with one `git cat-file --batch`."""
        return [data for _, data in self.read_blobs(versions)]

    def read_blobs(self, versions: list[tuple[str, str]]) -> list[tuple[str, bytes | None]]:
        """Each (revision, name) file's blob id and bytes ('', None when it is not there),
        with one `git cat-file --batch`. A blob id names its content for ever: parses of it
        can be cached."""
        if not versions:
            return []
        request = "".join(f"{c}:{name}\n" for c, name in versions).encode()
        out = self.git("cat-file", "--batch", stdin=request)
        result: list[tuple[str, bytes | None]] = []
        pos = 0
        for _ in versions:
            end = out.index(b"\n", pos)
            header = out[pos:end].split()
            pos = end + 1
            if header[-1] == b"missing" or header[1] != b"blob":
                result.append(("", None))
                if header[-1] != b"missing":
                    pos += int(header[2]) + 1
                continue
            size = int(header[2])
            result.append((header[0].decode(), out[pos : pos + size]))
            pos += size + 1
        return result

    def tags(self, pattern: str, merged: str = "HEAD") -> list[tuple[str, str, date]]:
        """(tag, commit, date) of the tags matching a glob such as 'sib-*' on HEAD's history
        (or `merged`'s), oldest first: a board's meetings. The date is the tag's (an annotated
        tag's own, else its commit's)."""
        out = self.git(
            "for-each-ref",
            "--format=%(refname:short)%1f%(*objectname)%1f%(objectname)%1f%(creatordate:short)",
            f"--merged={merged}",  # a meeting after the commit checked out is not in its history
            f"refs/tags/{pattern}",
        ).decode(errors="replace")
        found = []
        for line in out.splitlines():
            name, peeled, target, day = line.split("\x1f")
            with contextlib.suppress(ValueError):
                found.append((name, peeled or target, date.fromisoformat(day)))
        found.sort(key=lambda t: (t[2], t[0]))
        return found

    def log(self, path: Path) -> list[Commit]:
        """The commits that changed the file, oldest first, following it across renames."""
        name = self.relative(path)
        out = self.git(
            "log",
            "--follow",
            "--name-only",
            "--decorate=full",
            "--format=%x1e%H%x1f%aI%x1f%an%x1f%D%x1f%s",
            "--",
            name,
        )
        commits = []
        for record in out.decode(errors="replace").split("\x1e"):
            header, _, names = record.partition("\n")
            if not header:
                continue
            sha, when, author, refs, subject = header.split("\x1f", 4)
            files = [n for n in names.split("\n") if n]
            tags = tuple(
                sorted(
                    r.strip()[len("tag: refs/tags/") :]
                    for r in refs.split(",")
                    if r.strip().startswith("tag: refs/tags/")
                )
            )
            commits.append(Commit(sha, when, author, subject, files[-1] if files else name, tags))
        commits.reverse()
        return commits

    def names_at(self, commits: list[Commit], revisions: list[str]) -> list[str | None]:
        """The file's name at each commit (a full sha), found by commit, never by date or by
        today's name: the name given by the newest of `commits` (the file's `log`, which
        follows renames) that is the commit itself or one of its ancestors. None when no
        commit of the log is (the file did not exist yet, or the commit is on a branch the
        log does not reach)."""
        found = self.versions_at([c.sha for c in commits], revisions)
        return [commits[at].path if at >= 0 else None for at in found]

    def versions_at(self, shas: list[str], revisions: list[str]) -> list[int]:
        """For each commit (a full sha), the index in `shas` (the file's log, oldest first) of
        the file's version there: the newest log commit that is it or one of its ancestors;
        -1 when none is. One `git rev-list` at most, whatever the number asked."""
        index = {sha: i for i, sha in enumerate(shas)}
        unknown = sorted({r for r in revisions if r not in index})
        parents: dict[str, list[str]] = {}
        if unknown and shas:
            out = self.git("rev-list", "--parents", *unknown).decode()
            for line in out.splitlines():
                sha, *rest = line.split()
                parents[sha] = rest
        found: list[int] = []
        for rev in revisions:
            best, seen, todo = -1, {rev}, [rev]
            while todo:  # walk back, stopping at the first log commit on each line
                sha = todo.pop()
                if sha in index:
                    best = max(best, index[sha])
                    continue
                for parent in parents.get(sha, []):
                    if parent not in seen:
                        seen.add(parent)
                        todo.append(parent)
            found.append(best)
        return found

    def describe(self, commit: str, rev: str = "") -> tuple[tuple[str, ...], str]:
        """The tags on a commit (a board's meetings, in name order) and the meeting's date
        (YYYY-MM-DD): the date of the tag `rev` names (else the first tag): an annotated
        tag's own, else its commit's, as `tags` dates meetings for the trend; a commit with
        no tag is dated by its author's date, as `log` dates commits."""
        out = self.git(
            "for-each-ref",
            f"--points-at={commit}",
            "--format=%(refname:short)%1f%(creatordate:short)",
            "refs/tags",
        ).decode(errors="replace")
        dated = dict(line.split("\x1f", 1) for line in out.splitlines() if line.count("\x1f") == 1)
        tags = tuple(sorted(dated))
        if tags:
            return tags, dated[rev if rev in dated else tags[0]]
        day = self.git("show", "-s", "--format=%as", commit).decode(errors="replace")
        return tags, day.strip()

    def name_at(self, commit: str, path: Path, later: str | None = None) -> str | None:
        """The file's name at `commit` when it was renamed between then and `later` (the
        working tree when None), found by git's rename detection; None when it was not."""
        name = self.relative(path)
        out = self.git(
            "diff",
            "-M",
            "--name-status",
            "--diff-filter=R",
            "-z",
            commit,
            *([later] if later else []),
        )
        fields = out.decode(errors="surrogateescape").split("\0")
        for at in range(0, len(fields) - 2, 3):
            if fields[at].startswith("R") and fields[at + 2] == name:
                return fields[at + 1]
        return None


def plan_at(
    repo: Repository,
    commit: str,
    path: Path,
    label: str,
    later: str | None = None,
    named: str | None = None,
) -> Plan | None:
    """The plan file as it was at a commit (None when it did not exist), fully checked.

    A file renamed since (``git mv``) is read under the name it had then: `named`, found by
    commit from the file's log (`Repository.names_at`). When the log names none (a commit
    before the file, or on a branch the log does not reach), today's name, then git's rename
    detection between the commit and `later`.
    """

    if named is not None:
        return _version(repo, commit, named, path, label)
    name = repo.relative(path)
    found = _version(repo, commit, name, path, label)
    if found is None:
        other = repo.name_at(commit, path, later) or name
        found = _version(repo, commit, other, path, label) if other != name else None
    return found


def _version(repo: Repository, commit: str, name: str, path: Path, label: str) -> Plan | None:
    """The file `name` at a commit, parsed (None when it is not there): taken from the parsed
    versions kept by blob id where the file's history was read before (`plan site` reads
    each meeting's plans after their history), else read and checked."""
    ((blob, data),) = repo.read_blobs([(commit, name)])
    if data is None:
        return None
    where = f"{label}:{name}"
    if not os.environ.get("PLAN_NO_CACHE"):
        from . import cache

        known = cache.load_versions(path).get(blob)
        if known is not None:  # a copy: the kept plan is shared
            return replace(known, name=path.stem, path=where)
    return plan_from_bytes(data, where, path.stem)


@dataclass(slots=True)
class Version:
    """One plan file at two points: `before` at a revision, `after` now or at another."""

    path: Path
    before: Plan | None
    after: Plan | None


def versions(
    files: list[str],
    rev: str,
    rev2: str | None = None,
    *,
    current: dict[str, Plan] | None = None,
) -> tuple[str, str, list[Version]]:
    """Each plan file at `rev` and at `rev2` (default: as it is on disk now).

    `current` holds plans the command has already loaded from disk, by path, so they are
    not read twice. Returns the two commits ('' for the files now) and the versions.
    """
    current = current or {}
    repos: dict[Path, Repository] = {}
    result = []
    old = new = ""
    for name in files:
        path = Path(name)
        repo = Repository(path)
        repo = repos.setdefault(repo.top, repo)
        old = repo.resolve(rev)
        new = repo.resolve(rev2) if rev2 is not None else ""
        log = repo.log(path)  # the file's name at each revision, by commit
        named = repo.names_at(log, [old, new] if new else [old])
        before = plan_at(repo, old, path, rev, new or None, named[0])
        after: Plan | None
        if rev2 is None:
            after = current.get(name) or load_plan(path)
        else:
            after = plan_at(repo, new, path, rev2, None, named[1])
        result.append(Version(path, before, after))
    return old, new, result


def plans_at(files: list[str], rev: str) -> list[Plan]:
    """Each plan file as it stood at `rev` (a tag, a commit, or a date YYYY-MM-DD: the last
    commit on or before it), read from git by commit and blob, nothing checked out; a file
    that did not exist then is left out. Each plan keeps its file's path, so history read
    from it stops at that version."""
    repos: dict[Path, Repository] = {}
    found = []
    for name in files:
        path = Path(name)
        repo = Repository(path)
        repo = repos.setdefault(repo.top, repo)
        commit = repo.resolve(rev)
        named = repo.names_at(repo.log(path), [commit])[0]
        plan = plan_at(repo, commit, path, rev, None, named)
        if plan is not None:
            plan.path = str(path)
            found.append(plan)
    if not found:
        raise PlanError(
            f"no plan file existed at {rev}",
            hint="'git log -- plans/' lists the commits that changed the plans",
        )
    return found


def changed_after(path: str | Path, day: date) -> date | None:
    """The date of the first commit after `day` that changed the plan file, or today when it
    has changes not committed; None when neither (or it is not in git)."""
    path = Path(path)
    try:
        repo = Repository(path)
        later = [c.day for c in repo.log(path) if c.day > day]
        if later:
            return min(later)
        if repo.git("status", "--porcelain", "--", repo.relative(path)).strip():
            return date.today()
    except PlanError:
        return None
    return None


def describe(path: str | Path, commit: str, rev: str = "") -> tuple[tuple[str, ...], str]:
    """The tags on a commit of the repository holding `path`, and the meeting's date
    (`Repository.describe`)."""
    return Repository(Path(path)).describe(commit, rev)


@dataclass(slots=True)
class Entry:
    """One version of a plan file in its history: the commit (None: not yet committed)."""

    commit: Commit | None
    plan: Plan | None
    error: str | None = None


def file_history(path: str | Path) -> list[Entry]:
    """Every committed version of a plan file, oldest first, then the working copy if changed.

    Versions are parsed once, by blob id (`cache.load_versions`, as `plan trend` does), and
    each from the one before where it can (`planfile.incremental`)."""
    path = Path(path)
    from ..planfile.incremental import VersionReader
    from ..planfile.reader import load_plan
    from . import cache

    repo = Repository(path)
    commits = repo.log(path)
    entries = []
    blobs = repo.read_blobs([(c.sha, c.path) for c in commits])
    use_cache = not os.environ.get("PLAN_NO_CACHE")
    known = cache.load_versions(path) if use_cache else {}
    used: set[str] = set()
    fresh = False
    reader = VersionReader()
    for commit, (blob, data) in zip(commits, blobs, strict=True):
        if data is None:  # the commit deleted the file
            entries.append(Entry(commit, None))
            continue
        plan = known.get(blob)
        if plan is None:
            try:
                plan = reader.read(data, f"{commit.sha[:7]}:{commit.path}", path.stem)
            except PlanError as exc:
                entries.append(Entry(commit, None, str(exc)))
                continue
            known[blob], fresh = plan, True
        used.add(blob)
        plan.name, plan.path = path.stem, f"{commit.sha[:7]}:{commit.path}"
        entries.append(Entry(commit, plan))
    if fresh and use_cache:
        cache.store_versions(path, {b: p for b, p in known.items() if b in used})
    last = blobs[-1][1] if commits else None
    if path.exists() and path.read_bytes() != last:
        try:
            entries.append(Entry(None, load_plan(path)))
        except PlanError as exc:
            entries.append(Entry(None, None, str(exc)))
    return entries
