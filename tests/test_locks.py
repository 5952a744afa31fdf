"""The plan's lock (issue 25 items 6 and 14, issue 21 item 14): filelock's, out of git's way,
never through a link, saying who holds it, patient while the queue moves; and a rename that
Windows refuses for a moment."""

from __future__ import annotations

import errno
import os
import socket
import stat
import subprocess
import threading
import time
from pathlib import Path

import filelock
import pytest

from ofsted_plan.errors import PlanError
from ofsted_plan.store import files, locks
from ofsted_plan.store.files import write_atomic
from ofsted_plan.store.locks import lock_file, locked

from .helpers import run


@pytest.fixture
def plan(plan_file: Path) -> Path:
    return plan_file


def test_the_lock_folder_is_ignored_by_git(plan: Path) -> None:
    subprocess.run(["git", "init", "-q", str(plan.parent)], check=True)
    assert run("set", "1.1", "--status", "red", "-p", str(plan)).exit_code == 0
    assert lock_file(plan).parent == plan.parent / ".plan-locks"
    assert lock_file(plan).exists()  # kept: a waiter and a newcomer share the same file
    status = subprocess.run(
        ["git", "-C", str(plan.parent), "status", "--porcelain", "--untracked-files=all"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert status.splitlines() == [f"?? {plan.name}"]


def test_a_planted_lock_link_creates_nothing(plan: Path, tmp_path: Path) -> None:
    """A link where the lock goes (old or new place) must not make plan create its target."""
    anywhere = tmp_path / "anywhere"
    (plan.parent / f".{plan.name}.lock").symlink_to(anywhere)  # where the lock used to be
    assert run("set", "1.1", "--status", "red", "-p", str(plan)).exit_code == 0
    assert not anywhere.exists()
    lock = lock_file(plan)
    lock.unlink()
    lock.symlink_to(anywhere)
    before = plan.read_bytes()
    result = run("set", "1.1", "--status", "green", "-p", str(plan))
    assert result.exit_code == 1
    assert "is a link, so it is not followed" in result.stderr
    assert not anywhere.exists() and plan.read_bytes() == before


def test_a_planted_lock_folder_link_is_refused(plan: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (plan.parent / ".plan-locks").symlink_to(elsewhere)
    result = run("set", "1.1", "--status", "red", "-p", str(plan))
    assert result.exit_code == 1
    assert ".plan-locks is not a folder (a link or a file)" in result.stderr
    assert list(elsewhere.iterdir()) == []


def test_a_held_lock_says_who_holds_it_and_how_to_tell_if_it_is_stale(plan: Path) -> None:
    with (
        locked(plan),
        pytest.raises(PlanError) as caught,
        locked(plan, wait=0.2, waiting=lambda message: None),
    ):
        pass
    text = str(caught.value)
    assert f"pid {os.getpid()} on {socket.gethostname()}, since " in text
    assert f"ps -p {os.getpid()} on {socket.gethostname()}" in text
    assert text.index("ps -p") < text.index("deleting")  # how to tell, before deleting
    assert "\n" + str(os.getpid()) in lock_file(plan).read_text()


def test_writers_wait_as_long_as_the_queue_moves(plan: Path) -> None:
    """12 writers each holding the lock 0.1 s, each willing to wait 0.3 s for one holder:
    all land, and one that waits over a second says whom it waits for."""
    notes: list[str] = []
    done: list[int] = []
    failed: list[BaseException] = []

    def writer(n: int) -> None:
        try:
            with locked(plan, wait=0.3, waiting=notes.append):
                time.sleep(0.1)
                done.append(n)
        except BaseException as exc:
            failed.append(exc)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(12)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not failed and sorted(done) == list(range(12))
    assert notes and notes[0].startswith("waiting for another plan command (pid ")
    assert f"to finish writing {plan}" in notes[0]


def test_a_file_system_without_locks_is_a_clear_error(
    plan: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def unsupported(fd: int, blocking: bool = True) -> bool:
        raise OSError(errno.ENOTSUP, os.strerror(errno.ENOTSUP))

    monkeypatch.setattr(filelock, "lock_descriptor", unsupported)
    before = plan.read_bytes()
    result = run("set", "1.1", "--status", "red", "-p", str(plan))
    assert result.exit_code == 1
    assert "cannot lock files (Operation not supported)" in result.stderr
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    assert plan.read_bytes() == before


def refuse_replace(monkeypatch: pytest.MonkeyPatch, times: int) -> list[int]:
    """os.replace refused `times` times, as Windows does while another program has the file."""
    real = os.replace
    calls: list[int] = []

    def replace(src: str | Path, dst: str | Path) -> None:
        calls.append(1)
        if len(calls) <= times:
            raise PermissionError(errno.EACCES, "Permission denied")
        real(src, dst)

    monkeypatch.setattr(files, "_exchange", lambda a, b: False)  # as on Windows
    monkeypatch.setattr(os, "replace", replace)
    monkeypatch.setattr(files.time, "sleep", lambda seconds: None)
    return calls


def test_a_rename_refused_for_a_moment_is_tried_again(
    plan: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = refuse_replace(monkeypatch, times=2)
    result = run("set", "1.1", "--status", "red", "-p", str(plan))
    assert result.exit_code == 0, result.stderr
    assert len(calls) == 3 and "status: red" in plan.read_text()
    assert not list(plan.parent.glob(".*.tmp"))


def test_a_rename_refused_every_time_names_the_file_and_why(
    plan: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    refuse_replace(monkeypatch, times=100)
    monkeypatch.setattr(files, "_windows", lambda: True)
    before = plan.read_bytes()
    with pytest.raises(PlanError) as caught:
        write_atomic(plan, "x: 1\n", original=before)
    text = str(caught.value)
    assert text.startswith(f"{plan}: cannot replace the file after 5 tries (Permission denied)")
    assert "another program (Excel, an editor" in text and "close the file" in text
    assert plan.read_bytes() == before and not list(plan.parent.glob(".*.tmp"))


def test_writes_work_without_the_unix_only_calls(
    plan: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows has no chown, geteuid, O_NOFOLLOW or O_DIRECTORY (nor fchmod before Python
    3.13): nothing needs them."""
    for name in ("chown", "fchmod", "geteuid", "getuid", "O_NOFOLLOW", "O_DIRECTORY"):
        monkeypatch.delattr(os, name, raising=False)
    monkeypatch.setattr(files, "_exchange", lambda a, b: False)
    assert run("set", "1.1", "--status", "red", "-p", str(plan)).exit_code == 0
    assert "status: red" in plan.read_text()


def test_the_lock_is_shared_as_the_plan_folder_is(
    plan: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A group's shared folder: the lock folder and file made by one member are usable by
    the others (as root every file is, so the modes are checked, and another user's lock
    file, open only for reading, simulated)."""
    plan.parent.chmod(0o2775)
    with locked(plan):
        pass
    assert stat.S_IMODE(lock_file(plan).parent.stat().st_mode) == 0o2775
    assert stat.S_IMODE(lock_file(plan).stat().st_mode) == 0o664
    real = locks._open_in

    def not_writable(locks: Path, name: str, access: int) -> int:
        if access == os.O_RDWR:
            raise PermissionError(errno.EACCES, "Permission denied")
        return real(locks, name, access)

    monkeypatch.setattr(locks, "_open_in", not_writable)
    assert run("set", "1.1", "--status", "red", "-p", str(plan)).exit_code == 0
    assert "status: red" in plan.read_text()
