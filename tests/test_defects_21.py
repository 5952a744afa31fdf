"""Issue 21 items 5, 7-13, 16, 17: what a new user, a narrow terminal and Windows found."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .helpers import run

ACCENTED = """\
title: Small plan
themes:
  - theme: Écoute des enfants
    recommendations:
      - recommendation: Improve plans
        actions:
          - ref: '1.1'
            action: Do it
            lead: Zoë Ångström
            status: green
          - ref: '1.2'
            action: "First line\\r\\nsecond line\\rthird line"
            lead: RG
            status: amber
"""


def small_plan(tmp_path: Path, text: str = ACCENTED) -> Path:
    target = tmp_path / "plan.yaml"
    target.write_bytes(text.encode("utf-8"))
    return target


# item 5: filters ----------------------------------------------------------------------------


@pytest.mark.parametrize("wanted", ["ZA", "za", "ZÅ", "Zoe Angstrom", "zoë ångström"])
def test_officer_matches_names_and_initials_with_or_without_accents(
    tmp_path: Path, wanted: str
) -> None:
    result = run("list", "-p", str(small_plan(tmp_path)), "--officer", wanted, "--format", "csv")
    assert result.exit_code == 0, result.stderr
    assert "Zoë Ångström" in result.stdout and "RG" not in result.stdout


def test_theme_matches_without_accents(tmp_path: Path) -> None:
    plan = str(small_plan(tmp_path))
    result = run("list", "-p", plan, "--theme", "ecoute", "-f", "json")
    assert result.exit_code == 0, result.stderr
    assert len(json.loads(result.stdout)) == 2


@pytest.mark.parametrize("option", ["--theme", "--recommendation", "--officer", "--dlt", "--text"])
@pytest.mark.parametrize("value", ["", "  "])
def test_an_empty_filter_is_refused(tmp_path: Path, option: str, value: str) -> None:
    result = run("list", "-p", str(small_plan(tmp_path)), option, value)
    assert result.exit_code == 2
    assert option in result.stderr and "empty" in result.stderr
    assert result.stdout == ""


def test_a_carriage_return_in_a_cell_is_a_line_break(tmp_path: Path) -> None:
    result = run("list", "-p", str(small_plan(tmp_path)), env={"COLUMNS": "120"})
    assert result.exit_code == 0, result.stderr
    assert "\\r" not in result.stdout and "\r" not in result.stdout
    lines = result.stdout.splitlines()
    for words in ("First line", "second line", "third line"):
        assert sum(words in line for line in lines) == 1
