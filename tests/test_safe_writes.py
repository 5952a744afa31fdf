"""Nothing lost: parallel edits, links, read-only and shared files, odd outputs, Ctrl-C."""

from __future__ import annotations

import os
import re
import signal
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from ofsted_plan.model import updates
from ofsted_plan.planfile.reader import load_plan
from ofsted_plan.store.files import write_atomic
from ofsted_plan.store.locks import locked

from .helpers import REPO, run

SHIPPED = REPO / "plans" / "ofsted-2016.yaml"


def plan_process(*args: str, **kwargs: Any) -> subprocess.Popen[bytes]:
    """`plan ARGS` as its own process, as a user's shell starts it."""
    env = {**os.environ, "PLAN_NO_CACHE": "1"}
    return subprocess.Popen(
        [sys.executable, "-m", "ofsted_plan", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        **kwargs,
    )


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    target = tmp_path / "plans" / "ofsted.yaml"
    target.parent.mkdir()
    target.write_bytes(SHIPPED.read_bytes())
    return target


def comments(path: Path) -> dict[str, str]:
    return {a.ref: a.comments for a in load_plan(path).actions()}


def test_parallel_plan_set_never_loses_an_update(plan: Path) -> None:
    rounds = 25
    for n in range(rounds):
        procs = [
            plan_process("set", "1.1", "--comment", f"a{n}", "-p", str(plan)),
            plan_process("set", "1.2", "--comment", f"b{n}", "-p", str(plan)),
            plan_process("set", "1.3", "--append-comment", f"c{n}", "-p", str(plan)),
        ]
        for proc in procs:
            _, err = proc.communicate(timeout=60)
            assert proc.returncode == 0, err.decode()
            assert b"Updated" in err
        now = comments(plan)  # the file always parses
        assert (now["1.1"], now["1.2"]) == (f"a{n}", f"b{n}")
        assert now["1.3"].endswith(f"c{n}")
    texts = [u.text for u in updates(comments(plan)["1.3"])]
    assert texts[-rounds:] == [f"c{n}" for n in range(rounds)]
    # no temp file left behind; the lock folder stays, ignored by git
    assert [p.name for p in plan.parent.glob(".*")] == [".plan-locks"]
    assert (plan.parent / ".plan-locks" / ".gitignore").read_text().endswith("\n*\n")


def test_a_second_writer_waits_for_the_first(tmp_path: Path) -> None:
    target = tmp_path / "plan.yaml"
    target.write_text("0\n")
    order: list[str] = []

    def first() -> None:
        with locked(target):
            order.append("first in")
            time.sleep(0.3)
            write_atomic(target, "1\n", original=b"0\n")
            order.append("first out")

    thread = threading.Thread(target=first)
    thread.start()
    time.sleep(0.05)
    with locked(target):
        order.append("second in")
        assert target.read_text() == "1\n"
    thread.join()
    assert order == ["first in", "first out", "second in"]


def test_a_symlinked_plan_is_updated_through_the_link(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    real = shared / "real.yaml"
    real.write_bytes(SHIPPED.read_bytes())
    (tmp_path / "plans").mkdir()
    link = tmp_path / "plans" / "ofsted.yaml"
    link.symlink_to("../shared/real.yaml")
    assert run("set", "1.1", "--status", "red", "-p", str(link)).exit_code == 0
    assert link.is_symlink()
    assert "status: red" in real.read_text()
    out_link = tmp_path / "out.tsv"
    out_link.symlink_to(shared / "out.tsv")
    (shared / "out.tsv").write_text("old\n")
    assert run("export", "-p", str(real), "-o", str(out_link), "--force").exit_code == 0
    assert out_link.is_symlink()
    assert (shared / "out.tsv").read_text(encoding="utf-8").startswith("Improvements")


def test_export_into_a_named_pipe_writes_into_it(tmp_path: Path) -> None:
    if sys.platform == "win32":
        pytest.skip("Windows has no named pipes in its file system")
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    result = run("export", "-p", str(SHIPPED), "-o", str(fifo), "--format", "csv")
    reader.join(timeout=30)
    assert result.exit_code == 0, result.stderr
    assert stat.S_ISFIFO(fifo.lstat().st_mode)  # still a pipe
    assert received[0].startswith("\ufeffplan,ref,".encode())


def test_plan_set_refuses_what_is_not_a_regular_file(tmp_path: Path) -> None:
    if sys.platform == "win32":
        pytest.skip("Windows has no named pipes in its file system")
    with pytest.raises(Exception, match="not a regular file"):
        fifo = tmp_path / "pipe.yaml"
        os.mkfifo(fifo)
        write_atomic(fifo, "x\n", overwrite=True)


def test_a_read_only_plan_is_not_written(plan: Path) -> None:
    before = plan.read_bytes()
    plan.chmod(0o444)
    result = run("set", "1.1", "--status", "red", "-p", str(plan))
    assert result.exit_code == 1
    assert "the file is read-only, so it was not changed" in result.stderr
    assert "chmod u+w" in result.stderr
    assert plan.read_bytes() == before
    assert stat.S_IMODE(plan.stat().st_mode) == 0o444


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs chown")
def test_owner_group_and_mode_are_kept(plan: Path) -> None:
    if sys.platform == "win32":
        pytest.skip("no owners and groups to keep on Windows")
    os.chown(plan, 65534, 65534)
    plan.chmod(0o664)
    assert run("set", "1.1", "--status", "red", "-p", str(plan)).exit_code == 0
    info = plan.stat()
    assert (info.st_uid, info.st_gid, stat.S_IMODE(info.st_mode)) == (65534, 65534, 0o664)


def test_export_output_names(plan: Path, tmp_path: Path) -> None:
    result = run("export", "-p", str(plan), "-o", str(tmp_path / "plan.xls"))
    assert result.exit_code == 2
    assert "cannot tell the format from '.xls'" in result.stderr
    assert not (tmp_path / "plan.xls").exists()
    result = run("export", "-p", str(plan), "-o", str(tmp_path / "plan"))
    assert result.exit_code == 2 and "no extension" in result.stderr
    result = run("export", "-p", str(plan), "-f", "csv", "-o", str(tmp_path / "plan.xlsx"))
    assert result.exit_code == 2 and "does not match the file name" in result.stderr
    dash = run("export", "-p", str(plan), "-o", "-", "-f", "csv")
    assert dash.exit_code == 0 and dash.stdout.startswith("\ufeffplan,ref,")  # Excel BOM
    assert not Path("-").exists()
    stdout = run("export", "-p", str(plan), "-o", "/dev/stdout", "-f", "json")
    assert stdout.exit_code == 0 and stdout.stdout.startswith("[")


def test_import_into_a_missing_folder_says_so(tmp_path: Path) -> None:
    target = tmp_path / "nowhere" / "plan.yaml"
    result = run("import", str(REPO / "tests" / "data" / "seed.tsv"), "-o", str(target))
    assert result.exit_code == 1
    assert f"the folder {target.parent} does not exist" in result.stderr
    assert "mkdir -p" in result.stderr


def test_ctrl_c_while_click_loads_exits_130_quietly() -> None:
    code = (
        "import builtins, os, signal\n"
        "real = builtins.__import__\n"
        "def hook(name, *args, **kwargs):\n"
        "    if name == 'click':\n"
        "        os.kill(os.getpid(), signal.SIGINT)\n"
        "    return real(name, *args, **kwargs)\n"
        "import ofsted_plan.__main__ as entry\n"
        "builtins.__import__ = hook\n"
        "entry.main()\n"
    )
    done = subprocess.run([sys.executable, "-c", code, "--help"], capture_output=True)
    assert done.returncode == 130
    assert done.stderr == b"" and done.stdout == b""


def test_interrupted_exports_leave_no_temp_file_and_no_traceback(tmp_path: Path) -> None:
    startup = time.monotonic()
    subprocess.run([sys.executable, "-c", "pass"], check=True)
    floor = 2 * (time.monotonic() - startup)  # Python's own start-up is beyond our reach
    for n in range(16):
        target = tmp_path / f"x{n}.xlsx"
        proc = plan_process("export", "-p", str(SHIPPED), "-o", str(target))
        time.sleep(floor + 0.02 * n)
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=60)
        if b"Traceback" in err:  # only Python's own start-up, before our code ran, may say so
            ours = rb"site-packages/(click|yaml|rich|openpyxl|docx|dateutil)/|ofsted_plan/(?!__)"
            assert not re.search(ours, err), err.decode()
            continue
        # -2: the signal came as the interpreter was ending, after the work was done
        assert proc.returncode in (0, 130, -signal.SIGINT), err.decode()
        assert proc.returncode == 130 or target.exists()
    assert not list(tmp_path.glob(".*.tmp"))


def test_ctrl_c_wrapped_by_python_in_another_error_still_exits_130() -> None:
    """Python wraps an exception raised while a class is made (a dataclass field's
    __set_name__) in a RuntimeError: Ctrl-C during the model's import, which CI once caught,
    must still be a quiet exit 130, not an internal error."""
    import click

    from ofsted_plan.cli import cli

    @click.command()
    def interrupted() -> None:
        try:
            raise SystemExit(130)
        except SystemExit as exc:
            raise RuntimeError("Error calling __set_name__ on 'Field' instance") from exc

    cli.add_command(interrupted, "interrupted-import")
    try:
        result = run("interrupted-import")
    finally:
        del cli.commands["interrupted-import"]
    assert result.exit_code == 130
    assert result.stderr == ""
