"""Writing files without ever leaving a half-written, clobbered or lost one behind.

A plan is written through a temp file in the same folder and ``os.replace``, so a reader
sees the old file or the new one, never half of one (around read-check-write the caller
holds `locks.locked`, so two `plan set` at once both land). A symlinked plan is written
through to its target; a read-only file, or one that is not a regular file, is refused;
owner, group and mode are kept.
"""

from __future__ import annotations

import contextlib
import errno
import os
import signal
import stat
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from ..errors import PlanError

REPLACE_TRIES = 5  # os.replace refused (Windows: another program has the file open)

# Tests set this to act at a stage of a write: 'prepared' (temp file written and synced),
# 'rename' (immediately before the rename that puts it in place).
hook: Callable[[str, Path], None] | None = None


def _windows() -> bool:
    """Whether hints speak of Windows (no mkdir -p, chmod or ps there); tests simulate it."""
    return os.name == "nt"


class Changed(PlanError):
    """The file changed on disk since it was read: nothing was written."""


def target_of(path: str | Path) -> Path:
    """The file a write to `path` must change: a symlink's target, not the link."""
    path = Path(path)
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def _cannot_write_in(folder: Path, exc: OSError, shown: str | Path) -> PlanError:
    """A folder where no file can be made: read-only, or not this user's."""
    if isinstance(exc, PermissionError) or exc.errno == errno.EROFS:
        if _windows():
            hint = "copy the plan to a folder you can write in, or ask for write access"
        elif exc.errno == errno.EROFS:
            hint = "the disk is mounted read-only: copy the plan to a folder you can write in"
        else:
            hint = f"ask the folder's owner for write access (ls -ld '{folder}' shows who)"
        return PlanError(
            f"the folder {folder} is read-only for you, so nothing can be written in it",
            path=shown,
            hint=hint,
        )
    return PlanError(f"cannot write in the folder {folder}: {exc.strerror}", path=shown)


def _no_folder(path: Path) -> PlanError:
    folder = path.parent
    how = "create it first" if _windows() else f"create it first with mkdir -p '{folder}'"
    return PlanError(
        f"the folder {folder} does not exist",
        path=path,
        hint=f"{how}, or choose another folder",
    )


def make_folder(folder: str | Path) -> None:
    """Make `folder` for a command that writes a folder of files, if it is missing; its
    parent must exist (a mistyped path does not become a tree of new folders)."""
    folder = Path(folder)
    if folder.is_dir():
        return
    if folder.exists():
        raise PlanError(
            "this is a file, not a folder", path=folder, hint="give a folder for the files"
        )
    if not folder.parent.is_dir():
        raise _no_folder(folder)
    try:
        os.mkdir(folder)
    except OSError as exc:
        raise _cannot_write_in(folder.parent, exc, folder) from None


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
    that is not a regular file. Its mode and group are kept, and its owner where this user may
    give the file away (root); a symlink is written
    through to its target. With ``original`` (the bytes the caller read, under `locked`),
    the write is refused if the file has changed since, so nobody's edit is lost.
    """
    shown = path
    path = target_of(path)
    expected = None
    if original is not None:
        overwrite = True
        expected = _read_as(path, original, shown)
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
                hint=_writable_hint(shown, before),
            )
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise _no_folder(path)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    with _interrupts_deferred():
        try:
            fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        except OSError as exc:
            raise _cannot_write_in(folder, exc, shown) from None
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
            if hook:
                hook("prepared", path)
            _put(Path(tmp), path, expected, shown)
        except OSError as exc:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise PlanError(f"cannot write the file: {exc.strerror}", path=shown) from None
        except _Kept:
            raise
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise


def _changed(shown: str | Path, when: str = "while it was being written") -> Changed:
    return Changed(
        f"the file changed on disk {when}; nothing was written",
        path=shown,
        hint="run the command again on the new version",
    )


class _Kept(Changed):
    """Another program's save is left at the temp file's name (see _swap_in)."""


def _put(tmp: Path, path: Path, expected: os.stat_result | None, shown: str | Path) -> None:
    """Rename the temp file over `path`; with `expected` (the file as it was read), only if
    `path` is still that file. A rename refused for a moment (Windows: a program holds the
    file open) is tried again, then reported."""
    for attempt in range(REPLACE_TRIES):
        try:
            if expected is None:
                if hook:
                    hook("rename", path)
                os.replace(tmp, path)
            elif not _swap_in(tmp, path, expected, shown):
                if _identity(os.stat(path)) != _identity(expected):
                    raise _changed(shown)
                if hook:
                    hook("rename", path)
                os.replace(tmp, path)  # the gap since the line above is the residual window
            return
        except PermissionError as exc:
            if attempt + 1 < REPLACE_TRIES:
                time.sleep(0.1 * (attempt + 1))
                continue
            why = (
                "another program (Excel, an editor, a sync or backup client, a virus scanner) "
                "has it open"
                if _windows()
                else "the folder does not let you replace files in it"
            )
            raise PlanError(
                f"cannot replace the file after {REPLACE_TRIES} tries ({exc.strerror}): {why}; "
                "nothing was written",
                path=shown,
                hint="close the file in the other program and run the command again"
                if _windows()
                else f"ask the folder's owner for write access (ls -ld '{path.parent}')",
            ) from None


def _identity(info: os.stat_result) -> tuple[int, ...]:
    return (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns)


def _swap_in(tmp: Path, path: Path, expected: os.stat_result, shown: str | Path) -> bool:
    """Put `tmp` in place of `path` in one step that keeps what was there (Linux: renameat2
    with RENAME_EXCHANGE), then look at what was: if it is not the file that was read, an
    editor saved in between, and its file goes back. False where the system cannot swap."""
    ours = os.lstat(tmp)
    if hook:
        hook("rename", path)
    if not _exchange(tmp, path):
        return False
    was = os.lstat(tmp)
    # A rename changes the file's ctime, and its inode, size and mtime say which file it is.
    if _identity(was)[:4] == _identity(expected)[:4]:
        with contextlib.suppress(OSError):  # the write is done; a leftover is only untidy
            os.unlink(tmp)
        return True
    try:
        _exchange(tmp, path)  # the editor's file back in place, ours at tmp
        if (os.lstat(tmp).st_dev, os.lstat(tmp).st_ino) != (ours.st_dev, ours.st_ino):
            _exchange(tmp, path)  # a second save came in meanwhile: the newer stays
    except OSError as exc:
        raise _Kept(
            f"another program saved the file at the same moment, and its version could not "
            f"be put back ({exc.strerror}): it is in {tmp}",
            path=shown,
            hint=f"compare {tmp} with the file and keep the right one",
        ) from None
    raise _changed(shown)


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100
_renameat2: Callable[..., int] | bool | None = False  # False: not looked up yet


def _exchange(a: Path, b: Path) -> bool:
    """Swap the files at two names atomically; False where the system or file system cannot."""
    global _renameat2
    if not sys.platform.startswith("linux"):
        return False
    if _renameat2 is False:
        try:
            import ctypes

            function = ctypes.CDLL(None, use_errno=True).renameat2
            function.argtypes = [
                ctypes.c_int,
                ctypes.c_char_p,
                ctypes.c_int,
                ctypes.c_char_p,
                ctypes.c_uint,
            ]
            _renameat2 = function
        except (OSError, AttributeError):
            _renameat2 = None
    if not callable(_renameat2):
        return False
    if _renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    import ctypes

    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP, errno.ENOTSUP):
        return False  # a file system that cannot swap: check and replace instead
    raise OSError(code, os.strerror(code), str(b))


def _writable_hint(shown: str | Path, info: os.stat_result) -> str:
    if _windows():
        return "if it should change, clear its Read-only property (Properties) first"
    if hasattr(os, "geteuid") and os.geteuid() not in (0, info.st_uid):
        owner = _user_name(info.st_uid)
        return (
            f"it belongs to {owner}, so only they (or an administrator) can change it or "
            "give you write access"
        )
    return f"if it should change, make it writable first (chmod u+w '{shown}')"


def _user_name(uid: int) -> str:
    if sys.platform == "win32":
        return f"user {uid}"
    try:
        import pwd

        return pwd.getpwuid(uid).pw_name
    except (ImportError, KeyError):
        return f"user {uid}"


def _keep_owner(tmp: str, before: os.stat_result) -> None:
    """Give the new file the old one's owner and group (as far as this user may)."""
    if sys.platform == "win32" or not hasattr(os, "chown"):
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


def _read_as(path: Path, original: bytes, shown: str | Path) -> os.stat_result:
    """The file's identity, if it still holds `original` (read through the same descriptor,
    so the identity is that of the bytes compared); else Changed."""
    try:
        with open(path, "rb") as handle:
            info = os.fstat(handle.fileno())
            current = handle.read()
    except FileNotFoundError:
        raise _changed(shown, "since it was read") from None
    except OSError as exc:
        raise PlanError(f"cannot read the file: {exc.strerror}", path=shown) from None
    if current != original:
        raise _changed(shown, "since it was read")
    return info
