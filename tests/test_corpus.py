"""A corpus of bad and awkward inputs, each with the exact output a user must see.

Each ``tests/corpus/NAME.expected`` holds the command (``$ plan ...``), its exit code and
its exact output (stdout for `plan check`, stderr for `plan import`). Regenerate one by
running that command in tests/corpus and reading the output before you commit it.
"""

from __future__ import annotations

import shlex
import shutil
from pathlib import Path

import pytest

from .helpers import run

CORPUS = Path(__file__).parent / "corpus"
CASES = sorted(p for p in CORPUS.iterdir() if p.suffix in (".tsv", ".yaml"))


def expected(case: Path) -> tuple[list[str], int, str]:
    lines = (CORPUS / (case.name + ".expected")).read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("$ plan ") and lines[1].startswith("exit ")
    return (
        shlex.split(lines[0][len("$ plan ") :]),
        int(lines[1][5:]),
        "".join(line + "\n" for line in lines[2:]),
    )


def test_every_input_has_an_expected_output() -> None:
    names = {p.name for p in CORPUS.iterdir()}
    assert {c.name + ".expected" for c in CASES} <= names
    assert len(CASES) >= 30


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_corpus(case: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    args, code, output = expected(case)
    shutil.copy(case, tmp_path / case.name)
    before = case.read_bytes()
    monkeypatch.chdir(tmp_path)
    result = run(*args)
    assert result.exit_code == code
    shown = result.stdout if args[0] == "check" else result.stderr
    assert shown == output
    assert "Traceback" not in result.output
    assert (tmp_path / case.name).read_bytes() == before  # reading never changes a file
    if args[0] == "import" and code:
        assert not (tmp_path / "out.yaml").exists()  # no partial output
        assert result.stdout == ""


@pytest.mark.parametrize("case", [c for c in CASES if c.suffix == ".yaml"], ids=lambda c: c.name)
def test_every_command_gives_the_same_first_error(
    case: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    output = expected(case)[2]
    errors = [line for line in output.splitlines() if ": warning: " not in line]
    shutil.copy(case, tmp_path / case.name)
    monkeypatch.chdir(tmp_path)
    for command in (["list"], ["summary"], ["overdue", "--as-of", "2017-06-01"], ["export"]):
        result = run(*command, "-p", case.name)
        if errors:
            assert result.exit_code == 1
            assert result.stderr == f"Error: {errors[0]}\n"
        else:
            assert result.exit_code == 0, result.stderr
