"""File names made from plan text (an officer's initials, a theme) that every system accepts.

Windows refuses `<>:"/\\|?*` and control characters, names ending in a dot or a space, and
the device names CON, PRN, AUX, NUL, COM1-9 and LPT1-9 with any extension (`CON.txt`); it
and macOS treat `RG.txt` and `rg.txt` as one file. Plain functions, tested on any system.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]+')
_RESERVED = re.compile(
    r"(CON|PRN|AUX|NUL|CONIN\$|CONOUT\$|(COM|LPT)[0-9\u00b9\u00b2\u00b3])(\..*)?", re.IGNORECASE
)
MAX_LENGTH = 100  # characters of the name before its suffix: well within every system's 255


def safe_name(text: str, *, fallback: str = "file") -> str:
    """`text` as a file name (without suffix) that Windows, macOS and Linux all accept."""
    name = unicodedata.normalize("NFC", text)
    name = _UNSAFE.sub("_", name).strip()
    name = name.lstrip(".")  # no hidden files on Unix
    name = name[:MAX_LENGTH].rstrip(". ")  # Windows drops trailing dots and spaces
    if not name or set(name) <= {"_"}:
        name = fallback
    if _RESERVED.fullmatch(name):
        name += "_"
    return name


def safe_names(texts: Iterable[str], *, suffix: str = "", fallback: str = "file") -> list[str]:
    """A safe name with `suffix` for each text, none equal to another when case is ignored
    (as Windows and macOS compare names): the second `RG` or `rg` becomes `rg-2`."""
    names: list[str] = []
    taken: set[str] = set()
    for text in texts:
        base = safe_name(text, fallback=fallback)
        name, number = base, 1
        while (name + suffix).casefold() in taken:
            number += 1
            name = f"{base}-{number}"
        taken.add((name + suffix).casefold())
        names.append(name + suffix)
    return names
