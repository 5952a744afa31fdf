"""Writing files without ever leaving a half-written or clobbered one behind."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from .errors import PlanError


def write_atomic(
    path: str | Path, data: str | bytes, *, overwrite: bool = False, original: bytes | None = None
) -> None:
    """Write data (text as UTF-8) to path via a temp file in the same folder and os.replace.

    An existing file is refused unless ``overwrite``; its permissions are kept. With
    ``original`` (the bytes the caller read), the write is refused if the file has changed
    since, so nobody's edit made meanwhile is lost.
    """
    path = Path(path)
    if original is not None:
        overwrite = True
        if _current(path) != original:
            raise PlanError(
                "the file changed on disk since it was read; nothing was written",
                path=path,
                hint="run the command again on the new version",
            )
    if path.exists() and not overwrite:
        raise PlanError(
            "the file already exists",
            path=path,
            hint="use --force to replace it, or choose another name",
        )
    if path.is_dir():
        raise PlanError(
            "this is a folder, not a file",
            path=path,
            hint="give a file name such as plans/NAME.yaml",
        )
    folder = path.parent if str(path.parent) else Path(".")
    try:
        mode = path.stat().st_mode & 0o7777 if path.exists() else None
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise PlanError(f"cannot write here: {exc.strerror}", path=path) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data.encode("utf-8") if isinstance(data, str) else data)
            handle.flush()
            os.fsync(handle.fileno())
        if mode is None:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(tmp, mode)
        if original is not None and _current(path) != original:
            raise PlanError(
                "the file changed on disk while it was being written; nothing was written",
                path=path,
                hint="run the command again",
            )
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise PlanError(f"cannot write the file: {exc.strerror}", path=path) from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _current(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise PlanError(f"cannot read the file: {exc.strerror}", path=path) from None
