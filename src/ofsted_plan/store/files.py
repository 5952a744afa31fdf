"""Writing files without ever leaving a half-written, clobbered or lost one behind.

A plan is written through a temp file in the same folder and ``os.replace``, so a reader
sees the old file or the new one, never half of one. Around read-check-write, `locked` holds
an exclusive lock, so two `plan set` at once both land. A symlinked plan is written through
to its target; a read-only file, or one that is not a regular file, is refused; owner,
group and mode are kept.
"""

from __future__ import annotations

import contextlib
import os
import signal
import stat
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from ..errors import PlanError

LOCK_WAIT = 15.0  # seconds a second writer waits for the first before giving up


def target_of(path: str | Path) -> Path:
    """The file a write to `path` must change: a symlink's target, not the link."""
    path = Path(path)
    return Path(os.path.realpath(path)) if path.is_symlink() else path


@contextlib.contextmanager
def locked(path: str | Path, *, wait: float = LOCK_WAIT) -> Iterator[None]:
    """Hold an exclusive lock on `path` (its symlink target) while the block reads and writes it.

    The lock is a file beside the plan (``.NAME.lock``), removed when done; a second writer
    waits for the first rather than failing, for up to `wait` seconds.
    """
    target = target_of(path)
    lock_path = target.with_name(f".{target.name}.lock")
    deadline = time.monotonic() + wait
    while True:
        try:
            fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o666)
        except FileNotFoundError:
            raise _no_folder(target) from None
        except OSError as exc:
            raise PlanError(f"cannot lock the file: {exc.strerror}", path=path) from None
        try:
            if _try_lock(fd):
                try:
                    same = os.fstat(fd).st_ino == os.stat(lock_path).st_ino
                except FileNotFoundError:
                    same = False  # the last holder removed it: lock a fresh one
                if same:
                    break
            elif time.monotonic() > deadline:
                raise PlanError(
                    "another plan command has been writing this file for too long",
                    path=path,
                    hint=f"try again; if nothing else is running, delete {lock_path}",
                )
            else:
                time.sleep(0.01)
        except BaseException:
            os.close(fd)
            raise
        os.close(fd)
    try:
        yield
    finally:
        with contextlib.suppress(OSError):
            os.unlink(lock_path)
        os.close(fd)  # closing releases the lock


def _try_lock(fd: int) -> bool:
    try:
        import fcntl  # by platform
    except ImportError:  # Windows
        import msvcrt  # by platform

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
            return True
        except OSError:
            return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except BlockingIOError:
        return False


def _no_folder(path: Path) -> PlanError:
    folder = path.parent
    return PlanError(
        f"the folder {folder} does not exist",
        path=path,
        hint=f"create it first with mkdir -p '{folder}', or choose another folder",
    )


def check_target(path: str | Path, *, overwrite: bool) -> None:
    """Refuse, before any work is done, an output that write_atomic would refuse after it:
    a folder that does not exist, or a file that exists without --force."""
    target = target_of(path)
    if not is_regular_or_missing(target):
        return  # a pipe or device is written into (cli.options.emit)
    if not target.parent.is_dir() and str(target.parent):
        raise _no_folder(target)
    if target.exists() and not overwrite:
        raise PlanError(
            "the file already exists",
            path=path,
            hint="use --force to replace it, or choose another name",
        )


def is_regular_or_missing(path: str | Path) -> bool:
    """False for a folder, pipe, device or socket: things a write must not replace."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return True
    return stat.S_ISREG(mode)


def write_atomic(
    path: str | Path, data: str | bytes, *, overwrite: bool = False, original: bytes | None = None
) -> None:
    """Write data (text as UTF-8) to path via a temp file in the same folder and os.replace.

    An existing file is refused unless ``overwrite``; so is a read-only one, and anything
    that is not a regular file. Its mode, owner and group are kept; a symlink is written
    through to its target. With ``original`` (the bytes the caller read, under `locked`),
    the write is refused if the file has changed since, so nobody's edit is lost.
    """
    shown = path
    path = target_of(path)
    if original is not None:
        overwrite = True
        if _current(path) != original:
            raise PlanError(
                "the file changed on disk since it was read; nothing was written",
                path=shown,
                hint="run the command again on the new version",
            )
    try:
        before = os.stat(path)
    except FileNotFoundError:
        before = None
    except OSError as exc:
        raise PlanError(f"cannot write here: {exc.strerror}", path=shown) from None
    if before is not None:
        if stat.S_ISDIR(before.st_mode):
            raise PlanError(
                "this is a folder, not a file",
                path=shown,
                hint="give a file name such as plans/NAME.yaml",
            )
        if not stat.S_ISREG(before.st_mode):
            raise PlanError(
                "this is not a regular file (a pipe, device or socket), so it is not replaced",
                path=shown,
                hint="write to a regular file",
            )
        if not overwrite:
            raise PlanError(
                "the file already exists",
                path=shown,
                hint="use --force to replace it, or choose another name",
            )
        if not (before.st_mode & 0o222) or not os.access(path, os.W_OK):
            raise PlanError(
                "the file is read-only, so it was not changed",
                path=shown,
                hint=f"if it should change, make it writable first (chmod u+w '{shown}')",
            )
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise _no_folder(path)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    with _interrupts_deferred():
        try:
            fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        except OSError as exc:
            raise PlanError(f"cannot write here: {exc.strerror}", path=shown) from None
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(raw)
                handle.flush()
                os.fsync(handle.fileno())
            if before is not None:
                _keep_owner(tmp, before)
                mode = before.st_mode & 0o7777
            else:
                umask = os.umask(0)
                os.umask(umask)
                mode = 0o666 & ~umask
            os.chmod(tmp, mode)
            if original is not None and _current(path) != original:
                raise PlanError(
                    "the file changed on disk while it was being written; nothing was written",
                    path=shown,
                    hint="run the command again",
                )
            os.replace(tmp, path)
        except OSError as exc:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise PlanError(f"cannot write the file: {exc.strerror}", path=shown) from None
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise


def _keep_owner(tmp: str, before: os.stat_result) -> None:
    """Give the new file the old one's owner and group (as far as this user may)."""
    if not hasattr(os, "chown"):
        return
    owner = before.st_uid if os.geteuid() == 0 else -1
    with contextlib.suppress(OSError):
        os.chown(tmp, owner, before.st_gid)


@contextlib.contextmanager
def _interrupts_deferred() -> Iterator[None]:
    """Hold Ctrl-C until the write is done or undone, so no temp file is left behind."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda signum, frame: caught.append(signum))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous if previous is not None else signal.SIG_DFL)
        if caught:
            if callable(previous):
                previous(signal.SIGINT, None)  # what Ctrl-C would have done: exit, quietly
            raise KeyboardInterrupt


def _current(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise PlanError(f"cannot read the file: {exc.strerror}", path=path) from None
