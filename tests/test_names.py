"""File names from plan text, safe on every system (issue 21 item 15), and `plan chase -o`
making its folder (issue 21 item 6). The Windows rules are plain functions, tested here."""

from __future__ import annotations

from pathlib import Path

import pytest

from ofsted_plan.store.names import safe_name, safe_names

from .helpers import run
from .test_progress import MAY


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("RG", "RG"),
        ("CON", "CON_"),
        ("nul", "nul_"),
        ("Com1", "Com1_"),
        ("LPT9", "LPT9_"),
        ("con.txt", "con.txt_"),
        ("COM10", "COM10"),  # not a device
        ('a<b>c:d"e|f?g*h/i\\j', "a_b_c_d_e_f_g_h_i_j"),
        ("tab\there", "tab_here"),
        ("trailing. . ", "trailing"),
        ("..hidden", "hidden"),
        ("", "file"),
        ("???", "file"),
        ("Zoë Ångström", "Zoë Ångström"),
        ("Zoe\u0308", "Zoë"),  # one form of é, as macOS would store it
    ],
)
def test_safe_name(text: str, name: str) -> None:
    assert safe_name(text) == name


def test_names_that_differ_only_in_case_do_not_clash() -> None:
    assert safe_names(["RG", "rg", "Rg", "JF"], suffix=".txt") == [
        "RG.txt",
        "rg-2.txt",
        "Rg-3.txt",
        "JF.txt",
    ]
    assert safe_names(["a?", "a*"]) == ["a_", "a_-2"]
    assert len(safe_name("x" * 500)) == 100


def test_chase_makes_a_missing_folder_and_names_a_missing_parent(
    meetings: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "letters"
    result = run("chase", "-o", str(folder), MAY)
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in folder.iterdir()) == ["JF.txt", "PD.txt", "RG.txt"]
    deeper = tmp_path / "missing" / "letters"
    result = run("chase", "-o", str(deeper), MAY)
    assert result.exit_code == 1
    assert f"Error: {deeper}: the folder {deeper.parent} does not exist" in result.stderr
    assert "/x" not in result.stderr and not deeper.parent.exists()
    (tmp_path / "a-file").write_text("")
    result = run("chase", "-o", str(tmp_path / "a-file"), MAY)
    assert result.exit_code != 0 and "Traceback" not in result.output


def test_chase_file_names_are_safe(meetings: Path, tmp_path: Path) -> None:
    assert run("set", "1.3", "--lead", "CON", "-p", "plans").exit_code == 0
    folder = tmp_path / "letters"
    assert run("chase", "-o", str(folder), MAY).exit_code == 0
    assert "CON_.txt" in {p.name for p in folder.iterdir()}
