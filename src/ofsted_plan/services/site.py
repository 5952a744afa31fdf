"""`plan site`: a read-only static site of the plans as of the last commit, with each
action's history from git; and writing it to a folder the tool owns."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path

from ..errors import PlanError, UsageError
from ..history.changes import action_histories
from ..model import Plan
from ..paper import Cover
from ..query import Filters
from ..results.site import Site
from ..store.discover import plan_files
from ..store.git import Repository, file_history, plan_at
from .paper import paper

# The file that marks a folder as one `plan site` wrote: only such a folder is replaced.
MANIFEST = ".plan-site"


def site(
    plans: list[Plan], paths: Sequence[str], classification: str = "", at: str | None = None
) -> Site:
    """The site's content: the board paper as of the last commit (or as of `at`, a tag, a
    commit or a date, read from git: `plans` are then the plans as they stood there), with the
    changes since the last meeting tag before it, and every action's history up to it."""
    files = plan_files(paths)
    if not files:
        raise UsageError("no plan files to build a site from")
    repo = Repository(Path(files[0]))
    if at is None:
        dirty = repo.git("status", "--porcelain", "--", *files).decode(errors="replace").strip()
        if dirty:
            raise PlanError(
                "the plans have changes not committed, and a site names the commit it shows",
                hint="commit them first ('git commit -am ...'), then run 'plan site' again",
            )
    commit = repo.resolve(at or "HEAD")
    day = date.fromisoformat(repo.git("show", "-s", "--format=%cs", commit).decode().strip())
    found_tags = repo.tags("*", merged=commit)
    earlier = [name for name, sha, _ in found_tags if sha != commit]
    since = earlier[-1] if earlier else None
    cover = Cover(classification=classification)
    result = paper(plans, paths, Filters(), day, since, cover)
    reached = set(repo.git("rev-list", commit).decode().split()) if at else None
    histories: dict[str, list] = {i.action.ref: [] for i in result.items}
    for path in files:  # each file's history read once, for every action
        entries = [
            e
            for e in file_history(path)
            if e.commit is not None and (reached is None or e.commit.sha in reached)
        ]
        for ref, rows in action_histories(entries, list(histories)).items():
            histories[ref] += [(e, c) for e, c in rows if c]
    meetings = []
    before = None
    for name, sha, when in found_tags:
        then = at_commit(repo, sha, files, name)
        cover = Cover(meeting=name, classification=classification)
        meetings.append((name, paper(then, paths, Filters(), when, before, cover)))
        before = name
    tags = [(name, when.isoformat()) for name, _, when in found_tags]
    return Site(result, commit, day, histories, tags, meetings, at or "")


def at_commit(repo: Repository, commit: str, files: Sequence[str], label: str) -> list[Plan]:
    """The plan files as they were at a commit (those that existed then), each with its path,
    so a board paper made from them reads their history as `plan export` does."""
    found = []
    for name in files:
        plan = plan_at(repo, commit, Path(name), label)
        if plan is not None:
            found.append(replace(plan, path=name))  # a copy: parsed versions are cached
    return found


def write_site(folder: str, pages: Mapping[str, str], force: bool = False) -> int:
    """Write the pages into the folder (created), replacing a site `plan site` wrote there
    before; a non-empty folder it did not write is refused unless `force`. The page count."""
    out = Path(folder)
    if out.exists() and not out.is_dir():
        raise UsageError(f"{folder} is a file, not a folder", hint="name a folder with -o")
    foreign = out.is_dir() and any(out.iterdir()) and not (out / MANIFEST).is_file()
    if foreign and not force:
        raise UsageError(
            f"{folder} is not empty and was not written by 'plan site'",
            hint="name a new or empty folder, or add --force to write the site's files there",
        )
    manifest = out / MANIFEST
    if manifest.is_file():  # the pages the last build wrote: gone unless written again
        for name in manifest.read_text(encoding="utf-8").splitlines():
            old = out / name
            if name and name not in pages and ".." not in name and old.is_file():
                old.unlink()
    out.mkdir(parents=True, exist_ok=True)
    for name, text in {**pages, MANIFEST: "\n".join(sorted(pages)) + "\n"}.items():
        target = out / name
        target.parent.mkdir(parents=True, exist_ok=True)
        with open(target, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    return len(pages)
