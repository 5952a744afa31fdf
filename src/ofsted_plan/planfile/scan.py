"""What is wrong with a plan file's text before, or instead of, reading it as YAML: git
conflict markers, characters YAML refuses (with line and column), tabs in the indentation,
anchors and aliases, and YAML's own syntax errors made readable."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

import yaml

from ..errors import Problem

if TYPE_CHECKING:
    import yaml

_CONFLICT = re.compile(r"^(<{7}|={7}|>{7})(?: |$)", re.M)
# What YAML does not allow in a file: control characters but tab and line breaks, DEL, C1
# (but NEL), lone surrogates, U+FFFE/U+FFFF. Word pastes some (VT for a manual line break).
_NOT_YAML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")
_CONTROL_NAMES = {0: "NUL", 7: "BEL", 8: "backspace", 0x0B: "VT", 0x0C: "form feed", 0x1B: "ESC"}
# What plan text may not hold even where YAML lets it in (a double-quoted "\e", "\x9b",
# "\u202e", or a raw C1 or bidi character): control characters but tab and newline, DEL,
# C1, and the bidi embeddings, overrides and isolates (U+202A-202E, U+2066-2069), which can
# drive a terminal (ESC, CSI) or make text read in another order than it is stored.
# A carriage return is a line break (Excel writes CRLF inside a cell): shown as one, not refused.
UNSAFE_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_BIDI_NAMES = {
    0x202A: "left-to-right embedding",
    0x202B: "right-to-left embedding",
    0x202C: "pop directional formatting",
    0x202D: "left-to-right override",
    0x202E: "right-to-left override",
    0x2066: "left-to-right isolate",
    0x2067: "right-to-left isolate",
    0x2068: "first strong isolate",
    0x2069: "pop directional isolate",
}


def unsafe_text_problem(value: str, key: str, path: str, line: int) -> Problem | None:
    """Plan text holding a character UNSAFE_TEXT names, as an error at its line."""
    found = UNSAFE_TEXT.search(value)
    if found is None:
        return None
    code = ord(found[0])
    name = _CONTROL_NAMES.get(code) or _BIDI_NAMES.get(code)
    name = name or ("a C1 control" if 0x80 <= code <= 0x9F else "a control character")
    return Problem(
        f"'{key}' holds the character U+{code:04X} ({name}), which plan text cannot hold: "
        "it could drive a terminal or change the order the text is read in",
        path=path,
        line=line,
        hint="remove it; in a double-quoted value the escapes \\e, \\x1b, \\u202e and the "
        "like make such characters",
    )


def conflict_problems(text: str, path: str) -> list[Problem]:
    """Git's conflict markers left in the file: say so, not a puzzling YAML error below them."""
    if "<<<<<<<" not in text and ">>>>>>>" not in text:
        return []
    for match in _CONFLICT.finditer(text):
        line = text.count("\n", 0, match.start()) + 1
        return [
            Problem(
                f"unresolved merge conflict at line {line} ({match[1]} is a git conflict marker)",
                path=path,
                line=line,
                hint="keep the version you want between <<<<<<<, ======= and >>>>>>>, "
                "delete the three marker lines, then run plan check",
            )
        ]
    return []


def control_problems(text: str, path: str) -> list[Problem]:
    """Each character YAML refuses, at its line and column (not a position in the file)."""
    problems = []
    for match in _NOT_YAML.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        code = ord(match[0])
        name = _CONTROL_NAMES.get(code, "control character")
        problems.append(
            Problem(
                f"a {name} character (U+{code:04X}) that a plan cannot hold, "
                "probably pasted from Word or an email",
                path=path,
                line=text.count("\n", 0, match.start()) + 1,
                column=match.start() - line_start + 1,
                hint="delete it (retype the text around it if it looks wrong)",
            )
        )
    return problems


def syntax_problem(exc: yaml.MarkedYAMLError, path: str) -> Problem:
    mark = exc.problem_mark or exc.context_mark
    where = f" (column {mark.column + 1})" if mark else ""
    return Problem(
        f"YAML syntax error: {exc.problem or exc.context}{where}",
        path=path,
        line=mark.line + 1 if mark else None,
        hint="fix the YAML at that line; quote text that holds ': ' or ' #'",
    )


def tab_problems(text: str, path: str) -> list[Problem]:
    problems = []
    for number, line in enumerate(text.splitlines(), 1):
        indent = line[: len(line) - len(line.lstrip(" \t"))]
        if "\t" in indent:
            problems.append(
                Problem(
                    "a tab in the indentation",
                    path=path,
                    line=number,
                    hint="YAML is indented with spaces only; replace the tab with spaces",
                )
            )
    return problems


def anchor_problems(text: str, path: str, loader: Any) -> list[Problem]:
    problems = []
    for event in yaml.parse(text, Loader=loader):
        line = event.start_mark.line + 1 if event.start_mark else None
        if isinstance(event, yaml.AliasEvent):
            problems.append(
                Problem(
                    f"YAML alias *{event.anchor} is not allowed in a plan",
                    path=path,
                    line=line,
                    hint="write the text out in full",
                )
            )
        elif anchor := getattr(event, "anchor", None):
            problems.append(
                Problem(
                    f"YAML anchor &{anchor} is not allowed in a plan",
                    path=path,
                    line=line,
                    hint="remove the anchor",
                )
            )
    return problems
