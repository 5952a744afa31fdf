"""Writing files without ever leaving a half-written or clobbered one behind."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from .errors import PlanError


def write_atomic(path: str | Path, text: str, *, overwrite: bool = False) -> None:
    """Write text to path via a temp file in the same folder and os.replace.

    An existing file is refused unless ``overwrite``; its permissions are kept.
    """
    path = Path(path)
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
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        if mode is None:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise PlanError(f"cannot write the file: {exc.strerror}", path=path) from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
