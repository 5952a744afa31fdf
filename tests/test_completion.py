"""Shell completion (bash, zsh, fish) offers refs, initials, theme numbers and statuses."""

from __future__ import annotations

from pathlib import Path

import pytest

from .helpers import REPO, run


def complete(shell: str, words: str, incomplete: str = "") -> list[str]:
    """What the shell would be offered after `words` (the last word being typed)."""
    if shell == "fish":
        env = {"COMP_WORDS": words, "COMP_CWORD": incomplete}
    else:
        parts = [*words.split(), incomplete]
        env = {"COMP_WORDS": " ".join(parts), "COMP_CWORD": str(len(parts) - 1)}
    result = run(env={"_PLAN_COMPLETE": f"{shell}_complete", **env})
    assert result.exit_code == 0, result.output
    if shell == "zsh":
        lines = result.stdout.splitlines()
        return [lines[i + 1] for i in range(0, len(lines), 3)]
    return [line.split(",", 1)[1].split("\t")[0] for line in result.stdout.splitlines() if line]


@pytest.fixture(autouse=True)
def in_repo(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)
    monkeypatch.delenv("PLAN_PATH", raising=False)


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_refs(shell: str) -> None:
    words = "plan show" if shell != "fish" else "plan show A6"
    offered = complete(shell, words, "A6")
    assert offered == ["A6.1", "A6.2", "A6.3", "A6.4"]


def test_officer_initials_any_case() -> None:
    assert complete("bash", "plan list --officer", "r") == ["RG", "RdP"]
    assert complete("bash", "plan set 1.1 --lead", "S") == ["SK"]


def test_theme_numbers_and_statuses() -> None:
    assert complete("bash", "plan summary --theme", "") == ["1", "2", "3", "4"]
    assert complete("bash", "plan list --status", "") == [
        "red",
        "amber",
        "green",
        "blue",
        "unrated",
    ]
    assert complete("bash", "plan set 1.1 --status", "g") == ["green"]


def test_plan_option_is_used_for_completion(tmp_path: Path) -> None:
    other = tmp_path / "other.yaml"
    other.write_text(
        "title: x\nthemes:\n  - theme: t\n    recommendations:\n"
        "      - recommendation: r\n        actions:\n          - ref: Z1\n"
    )
    assert complete("bash", f"plan show -p {other}", "") == ["Z1"]


def test_a_broken_plan_completes_nothing_quietly(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("themes: [\n")
    assert complete("bash", f"plan show -p {broken}", "") == []


def test_completion_scripts_for_each_shell() -> None:
    for shell, marker in (("bash", "complete -o"), ("zsh", "compdef"), ("fish", "complete ")):
        result = run(env={"_PLAN_COMPLETE": f"{shell}_source"})
        assert marker in result.stdout
