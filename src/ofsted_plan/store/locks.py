"""The plan's lock: two writers at once both land, one after the other.

Around read-check-write, `locked` holds an exclusive lock on `.plan-locks/NAME.lock` beside
the plan (never the plan itself, which is replaced by a rename as it is written). A writer
that finds the lock held waits, says so after a second, and gives up with who holds it.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from ..errors import PlanError
from . import files

LOCK_WAIT = 15.0  # seconds one holder may keep the lock before the next writer gives up
LOCK_FOLDER = ".plan-locks"  # beside the plan; its own .gitignore keeps it out of git


def lock_file(path: str | Path) -> Path:
    """Where the lock of the plan at `path` lives: `.plan-locks/NAME.lock` in its folder."""
    target = files.target_of(path)
    return target.parent / LOCK_FOLDER / f"{target.name}.lock"


@contextlib.contextmanager
def locked(
    path: str | Path,
    *,
    wait: float = LOCK_WAIT,
    waiting: Callable[[str], None] | None = None,
) -> Iterator[None]:
    """Hold an exclusive lock on `path` (its symlink target) while the block reads and writes it.

    The lock is `filelock`'s (flock on Unix, LockFileEx on Windows) on a file in the plan's
    folder, `.plan-locks/NAME.lock`, which stays (git ignores the folder): removing it would
    let a waiter and a newcomer lock two different files. Neither the folder nor the file is
    followed if it is a link. The holder writes its pid and host in it. A second writer waits
    for as long as the writers before it keep moving, and gives up only when one holder has
    kept the lock for `wait` seconds; after a second of waiting `waiting` is told who it is
    waiting for (by default, on stderr).
    """
    target = files.target_of(path)
    fd = _open_lock(target, path)
    try:
        _acquire(fd, target, path, wait, _note_waiting if waiting is None else waiting)
        _write_holder(fd)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def _open_lock(target: Path, shown: str | Path) -> int:
    folder = target.parent
    locks = folder / LOCK_FOLDER
    try:
        os.mkdir(locks)
    except FileExistsError:
        pass
    except FileNotFoundError:
        raise files._no_folder(target) from None
    except OSError as exc:
        raise files._cannot_write_in(folder, exc, shown) from None
    else:
        _shared_as(locks, folder, 0o7777)
        _ignored_by_git(locks)
    info = os.lstat(locks)
    if not stat.S_ISDIR(info.st_mode):
        raise PlanError(
            f"{locks} is not a folder (a link or a file), so the plan is not locked or changed",
            path=shown,
            hint=f"remove {locks}: plan makes that folder itself",
        )
    name = lock_file(target).name
    try:
        try:
            fd = _open_in(locks, name, os.O_RDWR)
        except PermissionError:  # another user's lock file: locking needs no write access
            fd = _open_in(locks, name, os.O_RDONLY)
    except OSError as exc:
        if exc.errno in (errno.ELOOP, errno.EMLINK, errno.ENOTDIR):
            raise PlanError(
                f"{locks / name} is a link, so it is not followed and the plan is not changed",
                path=shown,
                hint=f"remove {locks / name}: plan makes its lock files itself",
            ) from None
        raise files._cannot_write_in(locks, exc, shown) from None
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise PlanError(
            f"{locks / name} is not a regular file, so the plan is not locked or changed",
            path=shown,
            hint=f"remove {locks / name}: plan makes its lock files itself",
        )
    _shared_as(fd, folder, 0o666)
    return fd


def _open_in(locks: Path, name: str, access: int) -> int:
    """Open (or make) `name` in the lock folder, following no link where the system can."""
    nofollow = getattr(os, "O_NOFOLLOW", 0)
    flags = access | os.O_CREAT | nofollow | getattr(os, "O_BINARY", 0)
    if nofollow and hasattr(os, "O_DIRECTORY") and os.open in os.supports_dir_fd:
        # Open the folder itself without following a link, then the lock inside it.
        folder_fd = os.open(locks, os.O_RDONLY | os.O_DIRECTORY | nofollow)
        try:
            return os.open(name, flags, 0o666, dir_fd=folder_fd)
        finally:
            os.close(folder_fd)
    return os.open(locks / name, flags, 0o666)


def _shared_as(made: Path | int, folder: Path, bits: int) -> None:
    """Let whoever may write in the plan's folder use the lock folder and file made here
    (a plan shared by a group): the folder's permission bits, within `bits`. Unix only."""
    if sys.platform == "win32" or not hasattr(os, "fchmod") or files._windows():
        return  # (sys.platform: so mypy checking on Windows knows the rest is Unix's)
    with contextlib.suppress(OSError):
        mode = stat.S_IMODE(os.stat(folder).st_mode) & bits
        if isinstance(made, int):
            if os.fstat(made).st_uid == os.geteuid():
                os.fchmod(made, mode | 0o644)
        else:
            os.chmod(made, mode | 0o700)


def _ignored_by_git(locks: Path) -> None:
    """A `.gitignore` of `*` in the lock folder: git then ignores the folder, itself included."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    with contextlib.suppress(OSError):
        fd = os.open(locks / ".gitignore", flags, 0o666)
        try:
            os.write(fd, b"# plan's lock files: not part of any plan\n*\n")
        finally:
            os.close(fd)


def _acquire(
    fd: int, target: Path, shown: str | Path, wait: float, waiting: Callable[[str], None]
) -> None:
    from filelock import lock_descriptor

    started = time.monotonic()
    deadline = started + wait
    holder: str | None = None
    told = False
    while True:
        try:
            if lock_descriptor(fd, blocking=False):
                return
        except OSError as exc:
            raise _no_locks(exc, target, shown) from None
        now = time.monotonic()
        current = _holder(fd)
        if current != holder:  # the writers before this one are moving: keep waiting
            holder, deadline = current, now + wait
        if now > deadline:
            raise _held(target, shown, holder, wait)
        if not told and now - started > 1.0:
            told = True
            waiting(f"waiting for another plan command ({_who(holder)}) to finish writing {shown}")
        time.sleep(0.01)


def _note_waiting(message: str) -> None:
    with contextlib.suppress(OSError, ValueError):
        sys.stderr.write(message[:1].upper() + message[1:] + "...\n")
        sys.stderr.flush()


# The holder's record starts at byte 1: Windows' lock covers byte 0, which others cannot read.
def _write_holder(fd: int) -> None:
    import socket

    since = time.strftime("%Y-%m-%d %H:%M:%S")
    record = f"\n{os.getpid()}\t{socket.gethostname()}\t{since}\t{os.urandom(4).hex()}\n"
    with contextlib.suppress(OSError):
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, record.encode())
        os.ftruncate(fd, len(record.encode()))


def _holder(fd: int) -> str | None:
    try:
        os.lseek(fd, 1, os.SEEK_SET)
        text = os.read(fd, 1024).decode("utf-8", "replace")
    except OSError:
        return None
    return text.strip() or None


def _who(holder: str | None) -> str:
    parts = (holder or "").split("\t")
    if len(parts) < 3:
        return "holder not recorded"
    return f"pid {parts[0]} on {parts[1]}, since {parts[2]}"


def _held(target: Path, shown: str | Path, holder: str | None, wait: float) -> PlanError:
    parts = (holder or "").split("\t")
    lock = lock_file(target)
    if len(parts) >= 3:
        pid, host = parts[0], parts[1]
        check = f'tasklist /fi "PID eq {pid}"' if files._windows() else f"ps -p {pid}"
        how = (
            f"the lock ends when that process does: see if it still runs ({check} on {host}); "
            "if it does, wait for it or stop it; only if it does not (a network drive that "
            f"kept a dead process's lock) is the lock stale, and deleting {lock} frees it"
        )
    else:
        how = (
            "the lock ends when its process does; only if no plan command runs anywhere "
            f"(a network drive that kept a dead process's lock) is it stale, and deleting "
            f"{lock} frees it"
        )
    return PlanError(
        f"another plan command ({_who(holder)}) has been writing this file for more than "
        f"{wait:g} seconds",
        path=shown,
        hint=how,
    )


def _no_locks(exc: OSError, target: Path, shown: str | Path) -> PlanError:
    unsupported = {errno.ENOLCK, errno.ENOSYS, errno.EOPNOTSUPP, errno.ENOTSUP, errno.EINVAL}
    if exc.errno in unsupported:
        return PlanError(
            f"the file system this plan is on cannot lock files ({exc.strerror}), so two "
            "writers could overwrite each other; nothing was written",
            path=shown,
            hint="change the plan in a local folder (or a share that supports locks) and "
            "copy it back",
        )
    return PlanError(f"cannot lock the file: {exc.strerror}", path=shown)
