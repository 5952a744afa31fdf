"""Plan text is data: never markup, never terminal control, never a spreadsheet formula."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from ofsted_plan.model import Action, Plan, Recommendation, Theme
from ofsted_plan.planfile.writer import dump_plan
from ofsted_plan.render.data import inert

from .helpers import run

MARKUP = "[bold red]Shout[/] [link=https://evil.example]click[/link] :warning: :thumbs_up:"
CONTROL = "A\x1b[31mred\x1b[0m B\x9b31m C\u202eevil D\rE\x07"
FORMULA = '=HYPERLINK("https://evil.example","x")'


@pytest.fixture
def hostile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A plan of hostile text. Control characters are refused when a plan is read (issue 25
    item 8, tests/test_control_text.py): let them through here, to test that every renderer
    still escapes what got past."""
    from ofsted_plan.planfile import reader

    monkeypatch.setattr(reader, "unsafe_text_problem", lambda *args: None)
    plan = Plan(
        title=MARKUP,
        themes=[
            Theme(
                MARKUP,
                [
                    Recommendation(
                        CONTROL,
                        [
                            Action(ref="1.1", action=MARKUP, comments=CONTROL, lead=("RG",)),
                            Action(
                                ref="1.2",
                                action=FORMULA,
                                comments="+1 then -1",
                                measure="@SUM(A1)",
                                lead=("JF",),
                            ),
                        ],
                    )
                ],
            )
        ],
    )
    path = tmp_path / "hostile.yaml"
    path.write_text(dump_plan(plan), encoding="utf-8")
    return path


def run_terminal(*args: str) -> str:
    """Output as a colour terminal would get it, 200 columns wide so nothing wraps."""
    result = run(*args, env={"FORCE_COLOR": "1", "COLUMNS": "200", "NO_COLOR": ""})
    assert result.exit_code == 0, result.stderr
    return result.stdout


@pytest.mark.parametrize("command", [["list"], ["show", "1.1"], ["summary"]])
def test_markup_and_emoji_codes_print_literally(hostile: Path, command: list[str]) -> None:
    out = run_terminal(*command, "-p", str(hostile))
    assert "[bold red]Shout[/]" in out
    assert "[link=https://evil.example]click[/link]" in out
    assert ":warning: :thumbs_up:" in out
    assert "⚠" not in out and "👍" not in out
    assert "\x1b]8;" not in out  # no terminal hyperlink was made


@pytest.mark.parametrize(
    "command", [["list"], ["show", "1.1"], ["overdue", "--as-of", "2030-01-01"]]
)
def test_control_characters_are_shown_not_sent(hostile: Path, command: list[str]) -> None:
    out = run_terminal(*command, "-p", str(hostile))
    for raw in ("\x1b[31mred", "\x9b", "\u202e", "\r", "\x07"):
        assert raw not in out
    if command[0] != "overdue":
        assert "A\\x1b[31mred\\x1b[0m B\\x9b31m C\\u202eevil D\n" in out
        assert "E\\x07" in out  # a carriage return is a line break (issue 21 item 5)


def test_control_characters_in_error_messages_are_shown(tmp_path: Path) -> None:
    bad = tmp_path / "plan.yaml"
    bad.write_text(
        dump_plan(
            Plan(themes=[Theme("t", [Recommendation("r", [Action(ref="1", lead=("RG",))])])])
        ).replace("status: ''", 'status: "\\e[2J"')
    )
    result = run("list", "-p", str(bad))
    assert result.exit_code == 1
    assert "\x1b" not in result.stderr
    assert "'status' holds the character U+001B (ESC)" in result.stderr


def test_csv_cells_that_start_a_formula_are_made_inert(hostile: Path) -> None:
    result = run("list", "-p", str(hostile), "--format", "csv")
    rows = {r["ref"]: r for r in csv.DictReader(io.StringIO(result.stdout))}
    assert rows["1.2"]["action"] == "'" + FORMULA
    assert rows["1.2"]["comments"] == "'+1 then -1"
    assert rows["1.2"]["measure"] == "'@SUM(A1)"
    assert rows["1.1"]["action"] == MARKUP  # harmless text is left alone


def test_inert_covers_tab_and_cr() -> None:
    # Plan text is trimmed when read, so only a direct call can start a cell with these.
    assert inert("\tx") == "'\tx"
    assert inert("\rx") == "'\rx"
    assert inert("x=1") == "x=1"


def test_json_stays_valid_and_exact(hostile: Path) -> None:
    result = run("list", "-p", str(hostile), "--format", "json")
    records = json.loads(result.stdout)
    assert records[0]["comments"] == CONTROL
    assert records[1]["action"] == FORMULA
    assert "\x1b" not in result.stdout  # escaped as \u001b inside the JSON string


@pytest.mark.parametrize("char", ["\x1b]0;pwned\x07", "\u202e", "\x9b"])
def test_import_refuses_a_cell_holding_a_control_character(tmp_path: Path, char: str) -> None:
    """Issue 25 item 8, found by the trials: `plan import` wrote such a cell into the plan,
    which `plan check` then refused. It is refused at the import, at its line."""
    table = tmp_path / "plan.tsv"
    table.write_text(
        "Ref\tAction\tLead\tEnd\tRAG\n"
        "1.1\tCheck plans\tRG\tMar-25\tGreen\n"
        f"1.2\tAudit {char}files\tJF\tApr-25\tAmber\n",
        encoding="utf-8",
    )
    result = run("import", str(table), "-o", str(tmp_path / "plan.yaml"))
    assert result.exit_code == 1
    assert f"{table}:3: a cell holds the character U+" in result.stderr
    assert not (tmp_path / "plan.yaml").exists()
