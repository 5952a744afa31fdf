"""The commit a repository's HEAD names, read from its files without running git.

Kept apart from git.py (which runs git through subprocess) so that a command whose answer is
cached on HEAD imports nothing heavy.
"""

from __future__ import annotations

import os
import re

_SHA = re.compile(r"[0-9a-f]{40}")


def head_commit(path: str) -> tuple[str, str] | None:
    """(git directory, HEAD's commit) of the repository holding `path`, read from its files
    without running git: a cache key for what depends only on the history. None whenever
    that is not certain (GIT_DIR set, an unusual layout): the caller then asks git.
    (os.path, not pathlib: this runs on every `plan list --format json`.)"""
    if _git_environment():
        return None
    try:
        where = _dotgit_folder(path)
        if where is None:
            return None
        dotgit = os.path.join(where, ".git")
        if os.path.isdir(dotgit):
            gitdir = dotgit
        else:
            text = _read(dotgit)
            if not text.startswith("gitdir:"):
                return None
            gitdir = os.path.realpath(os.path.join(where, text[len("gitdir:") :].strip()))
        common = gitdir
        if os.path.isfile(os.path.join(gitdir, "commondir")):
            common = os.path.realpath(
                os.path.join(gitdir, _read(os.path.join(gitdir, "commondir")))
            )
        head = _read(os.path.join(gitdir, "HEAD"))
        if not head.startswith("ref: "):
            return (gitdir, head) if _SHA.fullmatch(head) else None
        ref = head[len("ref: ") :]
        for base in (gitdir, common):
            loose = os.path.join(base, ref)
            if os.path.isfile(loose):
                sha = _read(loose)
                return (gitdir, sha) if _SHA.fullmatch(sha) else None
        packed = os.path.join(common, "packed-refs")
        if os.path.isfile(packed):
            for line in _read(packed).splitlines():
                sha, _, name = line.partition(" ")
                if name == ref and _SHA.fullmatch(sha):
                    return (gitdir, sha)
    except (OSError, UnicodeDecodeError):
        return None
    return None


def outside_git(path: str) -> bool:
    """Whether no git repository can hold `path`: no GIT_DIR (or GIT_WORK_TREE) set and no
    `.git` in its folder or any above, as git itself looks. Then there is no history to read,
    and nothing needs to run git to learn it. False when unsure."""
    if _git_environment():
        return False
    try:
        return _dotgit_folder(path) is None
    except OSError:
        return False


def _git_environment() -> bool:
    return any(os.environ.get(v) for v in ("GIT_DIR", "GIT_WORK_TREE", "GIT_COMMON_DIR"))


def _dotgit_folder(path: str) -> str | None:
    """The nearest folder at or above `path`'s folder that holds a `.git` (a folder, or a
    file naming one, as a worktree or submodule has), or None."""
    where = os.path.dirname(os.path.realpath(path))
    while True:
        if os.path.lexists(os.path.join(where, ".git")):
            return where
        parent = os.path.dirname(where)
        if parent == where:
            return None
        where = parent


def _read(name: str) -> str:
    with open(name, encoding="utf-8") as handle:
        return handle.read().strip()
