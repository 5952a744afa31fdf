"""Issue 25 item 8: control and bidi characters are refused in plan text (with FILE:LINE),
and no output printed to a terminal carries one (CSV, JSON ... as well as the tables)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ofsted_plan.model import Action, Plan, Recommendation, Theme
from ofsted_plan.planfile.writer import dump_plan

from .helpers import run

ESCAPES = (
    "\x1b]8;;https://evil.example\x1b\\link\x1b]8;;\x1b\\"  # OSC 8 hyperlink
    " \x1b]0;owned\x07"  # OSC 0 window title
    " \x9b31m C1 CSI"
    " \u202eevil"
)
RAW = ("\x1b", "\x9b", "\u202e", "\x07")


def test_check_refuses_escapes_yaml_lets_in(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(
        'title: "Plan \\e]0;owned\\a"\n'
        "themes:\n"
        "  - theme: T\n"
        "    recommendations:\n"
        "      - recommendation: R\n"
        "        actions:\n"
        "          - ref: '1.1'\n"
        '            action: "Do \\u202e it"\n'
        "            lead: RG\n"
        '            comments: "x\\x9b31m y"\n'
        "            measure: Tabs\tand\n"
        "              lines are fine\n",
        encoding="utf-8",
    )
    result = run("check", "-p", str(plan))
    assert result.exit_code == 1
    err = result.stdout + result.stderr
    assert f"{plan}:1: 'title' holds the character U+001B (ESC)" in err
    assert f"{plan}:8: 'action' holds the character U+202E (right-to-left override)" in err
    assert f"{plan}:10: 'comments' holds the character U+009B (a C1 control)" in err
    assert "measure" not in err
    assert not any(raw in err for raw in RAW)
    listed = run("list", "-p", str(plan))  # and every command that reads it
    assert listed.exit_code == 1 and f"{plan}:1:" in listed.stderr


@pytest.fixture
def escaped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A plan holding escapes, let past the reader, to test what reaches a terminal."""
    from ofsted_plan.planfile import reader

    monkeypatch.setattr(reader, "unsafe_text_problem", lambda *args: None)
    plan = Plan(
        title="Title " + ESCAPES,
        themes=[
            Theme(
                "Theme",
                [Recommendation("R", [Action(ref="1.1", action=ESCAPES, lead=("RG",))])],
            )
        ],
    )
    path = tmp_path / "plan.yaml"
    path.write_text(dump_plan(plan), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "command",
    [
        ["list", "--format", "csv"],
        ["list", "--format", "json"],
        ["export", "--format", "markdown"],
        ["export", "--format", "tsv"],
    ],
)
def test_outputs_printed_to_a_terminal_carry_no_escape(
    escaped: Path, command: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from ofsted_plan.cli import options

    monkeypatch.setattr(options, "to_terminal", lambda: True)
    result = run(*command, "-p", str(escaped))
    assert result.exit_code == 0, result.stderr
    assert not any(raw in result.stdout for raw in RAW)
    assert "u202eevil" in result.stdout  # shown as an escape


def test_csv_to_a_file_or_pipe_stays_exact(escaped: Path) -> None:
    result = run("list", "-p", str(escaped), "--format", "csv")
    assert ESCAPES in result.stdout


def test_html_title_carries_no_raw_escape(escaped: Path) -> None:
    result = run("export", "-p", str(escaped), "--format", "html")
    assert result.exit_code == 0, result.stderr
    head = result.stdout.split("</head>")[0]
    assert "<title>" in head and not any(raw in head for raw in RAW)
