"""Messages that used to mislead (issue 25 item 15): each names the real problem and a fix
that works for this user on this system."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from ofsted_plan.errors import PlanError
from ofsted_plan.store import files, locks
from ofsted_plan.store.files import write_atomic

from .helpers import REPO, run


@pytest.fixture
def plan(plan_file: Path) -> Path:
    return plan_file


def test_git_missing_from_path_is_not_called_not_a_repository(
    repo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    empty = tmp_path / "no-git"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    result = run("history", "1.1")
    assert result.exit_code == 1
    assert "git is not installed, or not on PATH" in result.stderr
    assert "not in a git repository" not in result.stderr
    assert "Traceback" not in result.output


def refuse(monkeypatch: pytest.MonkeyPatch, target: object, name: str, code: int) -> None:
    def refused(*args: object, **kwargs: object) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(target, name, refused)


def test_a_read_only_folder_is_called_that_not_a_lock_failure(
    plan: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As root every folder is writable, so the refusal is simulated where it happens."""
    refuse(monkeypatch, os, "mkdir", errno.EACCES)
    result = run("set", "1.1", "--status", "red", "-p", str(plan))
    assert result.exit_code == 1
    assert f"the folder {plan.parent} is read-only for you" in result.stderr
    assert "cannot lock" not in result.stderr
    assert f"ls -ld '{plan.parent}'" in result.stderr


def test_a_read_only_folder_for_an_export_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    refuse(monkeypatch, files.tempfile, "mkstemp", errno.EROFS)
    target = tmp_path / "out.csv"
    result = run("export", "-p", str(REPO / "plans"), "-o", str(target))
    assert result.exit_code == 1
    assert f"the folder {tmp_path} is read-only for you" in result.stderr
    assert "mounted read-only" in result.stderr


def test_a_file_of_another_user_is_not_given_chmod(
    plan: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    owner = plan.stat().st_uid
    monkeypatch.setattr(os, "geteuid", lambda: owner + 1000)  # someone else
    monkeypatch.setattr(os, "access", lambda path, mode, **kw: False)
    with pytest.raises(PlanError) as caught:
        write_atomic(plan, "x\n", overwrite=True)
    text = str(caught.value)
    assert "the file is read-only" in text and "chmod" not in text
    assert "only they (or an administrator) can change it" in text


def test_hints_on_windows_give_no_unix_commands(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(files, "_windows", lambda: True)
    with pytest.raises(PlanError) as missing:
        write_atomic(tmp_path / "nowhere" / "plan.yaml", "x\n")
    target = tmp_path / "plan.yaml"
    target.write_text("x\n")
    target.chmod(0o444)
    with pytest.raises(PlanError) as read_only:
        write_atomic(target, "y\n", overwrite=True)
    refuse(monkeypatch, os, "mkdir", errno.EACCES)
    with pytest.raises(PlanError) as no_folder, locks.locked(target):
        pass
    for caught in (missing, read_only, no_folder):
        text = str(caught.value)
        assert "mkdir" not in text and "chmod" not in text and "ls -ld" not in text, text
    assert "Read-only property" in str(read_only.value)
    assert stat.S_IMODE(target.stat().st_mode) == 0o444
