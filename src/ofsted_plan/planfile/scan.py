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
