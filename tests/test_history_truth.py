"""Issue 20, part 4: history that is true or says it cannot be: shallow clones, a past
--as-of, a detached HEAD, a repository with no commits."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from .gitrepo import git, make_meetings_repo, make_repo
from .helpers import REPO, run


@pytest.fixture
def shallow(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A depth-1 clone of the test repository, as most CI checks a repository out."""
    origin = make_repo(tmp_path / "origin")
    clone = tmp_path / "clone"
    subprocess.run(
        ["git", "clone", "-q", "--depth", "1", f"file://{origin}", str(clone)],
        check=True,
        capture_output=True,
    )
    monkeypatch.chdir(clone)
    monkeypatch.delenv("PLAN_PATH", raising=False)
    return clone


@pytest.mark.parametrize(
    "args",
    [
        ("history", "1.1"),
        ("slippage", "--as-of", "2017-04-15"),
        ("stale", "--as-of", "2017-04-15"),
        ("trend", "--as-of", "2017-04-15"),
        ("diff", "HEAD"),
        ("summary", "--since", "HEAD"),
    ],
)
def test_a_shallow_clone_is_refused_with_how_to_deepen(shallow: Path, args: tuple) -> None:
    result = run(*args)
    assert result.exit_code == 1, result.stdout
    assert "shallow clone" in result.stderr and "git fetch --unshallow" in result.stderr
    assert "Traceback" not in result.stderr and "fatal" not in result.stderr
    assert result.stdout == ""


def test_plan_show_in_a_shallow_clone_claims_no_update_date(shallow: Path) -> None:
    result = run("show", "1.1", "--as-of", "2017-04-15")
    assert result.exit_code == 0, result.stderr
    assert "Updated" not in result.stdout  # not 'updated yesterday' from a one-commit clone


def test_a_past_as_of_never_reports_a_later_commit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = make_repo(tmp_path / "council")  # commits on 10 March and 10 April 2017
    monkeypatch.chdir(folder)
    monkeypatch.delenv("PLAN_PATH", raising=False)
    shown = run("show", "1.1", "--as-of", "2017-04-05")
    assert shown.exit_code == 0, shown.stderr
    assert "2017-04-10" not in shown.stdout
    assert "Updated          2017-03-10" in shown.stdout
    # the action is shown as the file is now, and the output says the file changed since
    assert "Note             shown as the plan file is now: it changed after 2017-04-05" in (
        shown.stdout
    )
    assert "changed after" not in run("show", "1.1", "--as-of", "2017-04-15").stdout
    for args in (("trend",), ("slippage",), ("stale", "--days", "1")):
        out = run(*args, "--as-of", "2017-04-05", "--format", "json").stdout
        assert "2017-04-10" not in out, args


def test_a_detached_head_reads_no_later_meeting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = make_meetings_repo(tmp_path / "council")
    git(folder, "checkout", "-q", "sib-2017-04")  # detached, before the May meeting
    monkeypatch.chdir(folder)
    monkeypatch.delenv("PLAN_PATH", raising=False)
    result = run("trend", "--as-of", "2017-05-25")
    assert result.exit_code == 0, result.stderr
    assert "sib-2017-04" in result.stdout and "sib-2017-05" not in result.stdout


def test_a_repository_with_no_commits_says_so_in_one_sentence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "plan.yaml").write_bytes(
        (REPO / "plans" / "ofsted-2016.yaml").read_bytes()
    )
    git(tmp_path, "init", "-q", "-b", "main")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("PLAN_PATH", raising=False)
    for args in (("history", "1.1"), ("slippage",), ("diff",)):
        result = run(*args)
        assert result.exit_code == 1, args
        lines = result.stderr.strip().splitlines()
        assert "has no commits yet" in lines[0] and "fatal" not in result.stderr, lines
