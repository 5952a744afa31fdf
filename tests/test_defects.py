"""What a month of real use found: git history across renames and re-refs, other encodings,
messages that name the place and the fix, several plans, readable text changes."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .gitrepo import git
from .helpers import REPO, run

SHIPPED = REPO / "plans" / "ofsted-2016.yaml"


def plan_command(
    *args: str | bytes, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    """`plan ARGS` in its own process, with its own environment and encoding."""
    return subprocess.run(
        [sys.executable, "-m", "ofsted_plan", *args],
        capture_output=True,
        env={**os.environ, **(env or {})},
        check=False,
    )


def test_pre_commit_script_in_the_guide_checks_every_staged_plan(tmp_path: Path) -> None:
    text = (REPO / "docs" / "editing.md").read_text(encoding="utf-8")
    script = text.split("save this as `.git/hooks/pre-commit`", 1)[1]
    script = script.split("```sh\n", 1)[1].split("```", 1)[0]
    shim = tmp_path / "bin" / "plan"
    shim.parent.mkdir()
    shim.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m ofsted_plan "$@"\n')
    shim.chmod(0o755)
    hook = tmp_path / "pre-commit"
    hook.write_text(script)
    repo = tmp_path / "council"
    (repo / "plans").mkdir(parents=True)
    git(repo, "init", "-q")
    env = {**os.environ, "PATH": f"{shim.parent}{os.pathsep}{os.environ['PATH']}"}
    broken = SHIPPED.read_text(encoding="utf-8").replace("status: amber", "status: purple", 1)
    for name in ("Ofsted plan ü.yaml", "with space.yaml"):
        (repo / "plans" / name).write_text(broken, encoding="utf-8")
        git(repo, "add", "--", f"plans/{name}")
        done = subprocess.run(["sh", str(hook)], cwd=repo, env=env, capture_output=True, text=True)
        assert done.returncode != 0, done.stderr  # xargs says 123 when plan check fails
        assert f"plans/{name}:" in done.stdout and "unknown RAG status 'purple'" in done.stdout
        (repo / "plans" / name).write_bytes(SHIPPED.read_bytes())
        git(repo, "add", "--", f"plans/{name}")
        done = subprocess.run(["sh", str(hook)], cwd=repo, env=env, capture_output=True, text=True)
        assert done.returncode == 0, done.stdout + done.stderr


def test_a_renamed_plan_keeps_its_history(repo: Path) -> None:
    git(repo, "mv", "plans/ofsted-2016.yaml", "plans/Ofsted plan ü.yaml")
    git(repo, "commit", "-q", "-m", "Rename", when="2017-04-20T10:00:00")
    assert run("diff", "HEAD~1").stderr.startswith("No changes from HEAD~1")
    since = json.loads(run("diff", "sib-2017-03", "--format", "json").stdout)
    assert {c["kind"] for c in since["changes"]} == {"status", "end", "added", "comments"}
    history = json.loads(run("history", "1.1", "--format", "json").stdout)
    assert [h["subject"] for h in history] == ["Plan as at the March SIB", "April updates"]
    summary = json.loads(
        run("summary", "--since", "HEAD~1", "--as-of", "2017-04-20", "--format", "json").stdout
    )
    assert summary["travel"] == "same"
    assert all(g["travel"] == "same" for g in summary["groups"])


def test_history_follows_an_action_across_a_new_ref(repo: Path) -> None:
    plan = repo / "plans" / "ofsted-2016.yaml"
    plan.write_text(plan.read_text().replace("ref: R3.1\n", "ref: '3.0'\n", 1))
    git(repo, "commit", "-q", "-am", "R3.1 is 3.0", when="2017-05-01T10:00:00")
    diff = json.loads(run("diff", "HEAD~1", "HEAD", "--format", "json").stdout)
    assert [(c["kind"], c["before"], c["after"]) for c in diff["changes"]] == [
        ("reref", "R3.1", "3.0")
    ]
    history = json.loads(run("history", "3.0", "--format", "json").stdout)
    assert [h["subject"] for h in history] == ["Plan as at the March SIB", "R3.1 is 3.0"]
    assert history[0]["changes"][0]["kind"] == "added"
    assert [(c["kind"], c["before"], c["after"]) for c in history[1]["changes"]] == [
        ("reref", "R3.1", "3.0")
    ]
    old_name = json.loads(run("history", "R3.1", "--format", "json").stdout)
    assert [h["subject"] for h in old_name] == ["Plan as at the March SIB", "R3.1 is 3.0"]


@pytest.mark.parametrize(
    "args",
    [
        ("list",),
        ("overdue", "--as-of", "2017-04-01"),
        ("summary",),
        ("show", "1.1"),
        ("export", "--format", "csv"),
        ("export", "--format", "markdown"),
    ],
)
def test_output_in_another_encoding_never_crashes(tmp_path: Path, args: tuple[str, ...]) -> None:
    plan = tmp_path / "plan.yaml"
    text = SHIPPED.read_text(encoding="utf-8").replace("Early help plans", "Café 🎉 ✓ plans", 1)
    plan.write_text(text, encoding="utf-8")
    done = plan_command(*args, "-p", str(plan), env={"PYTHONIOENCODING": "cp1252"})
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    assert b"Error" not in done.stderr
    if args[0] not in ("summary", "overdue"):
        assert "Café 🎉".encode() in done.stdout  # redirected: written as UTF-8, every character


def test_diff_and_history_in_another_encoding(repo: Path) -> None:
    for args in (("diff", "sib-2017-03"), ("history", "1.1")):
        done = plan_command(*args, env={"PYTHONIOENCODING": "cp1252"})
        assert done.returncode == 0, done.stderr.decode(errors="replace")


def test_arguments_under_the_c_locale(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(
        SHIPPED.read_text(encoding="utf-8").replace("Early help plans", "Café plans", 1),
        encoding="utf-8",
    )
    c_locale = {"LC_ALL": "C", "PYTHONUTF8": "0", "PYTHONIOENCODING": ""}
    done = plan_command("list", "--text", "Café", "-p", str(plan), "-f", "csv", env=c_locale)
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode().splitlines()[1].split(",")[1] == "1.1"
    done = plan_command("set", "1.1", "--comment", b"caf\xe9", "-p", str(plan))
    assert done.returncode == 2
    assert done.stderr == (
        b"Error: the command-line argument 'caf\\xe9' is not UTF-8 text "
        b"(type it again; set the terminal to UTF-8)\n"
    )


def test_command_line_mistakes_are_answered(plan_file: Path) -> None:
    result = run("lsit")
    assert (
        result.exit_code == 2
        and "No such command 'lsit'. Did you mean list or site?" in result.stderr
    )
    assert run("check", "-p", str(plan_file)).exit_code == 0
    assert run("diff", "--as-of", "2017-01-01").exit_code == 2  # not an option of diff
    top = run("--help").stdout
    for example in ("plan set", "plan diff", "plan history", "plan summary --since"):
        assert example in top


def test_completion_of_dlt_offers_dlt_leads(plan_file: Path) -> None:
    env = {
        "_PLAN_COMPLETE": "bash_complete",
        "COMP_WORDS": f"plan list -p {plan_file} --dlt ",
        "COMP_CWORD": "5",
    }
    offered = {line.split(",")[1] for line in run(env=env).stdout.splitlines()}
    assert offered == {"CP"}


def test_rows_say_which_plan_whenever_several_were_read(tmp_path: Path) -> None:
    other = tmp_path / "send.yaml"
    other.write_text(SHIPPED.read_text().replace("lead: RG", "lead: ZZ"), encoding="utf-8")
    shutil.copy(SHIPPED, tmp_path / "ofsted.yaml")
    result = run("list", "-p", str(tmp_path), "--officer", "ZZ", env={"COLUMNS": "120"})
    header = result.stdout.splitlines()[0].split()
    assert header[:2] == ["Plan", "Ref"]
    # Each action's first line is its plan, then its ref (wrapped lines and notes are not).
    rows = [re.match(r"(\S+) +\d+(\.\d+)+ ", line) for line in result.stdout.splitlines()]
    plans = [row[1] for row in rows if row]
    assert plans and set(plans) == {"send"}


def test_a_rewritten_comment_shows_old_and_new_whole() -> None:
    from ofsted_plan.history.changes import word_diff

    assert word_diff("Moved: training dates", "Audit booked for May") == [
        ("-", "Moved: training dates"),
        ("+", "Audit booked for May"),
    ]
    small = word_diff("Templates agreed at SIB in March", "Templates agreed at SIB in April")
    assert ("=", "Templates agreed at SIB in ") in small and ("+", "April") in small


def test_rewritten_comment_in_diff_and_paper(repo: Path) -> None:
    plan = repo / "plans" / "ofsted-2016.yaml"
    text = plan.read_text()
    old = re.search(r"comments: (Not yet consistently embedded across all\n?\s*workers\.)", text)
    assert old
    plan.write_text(text.replace(old[1], "Café audit booked for 3 May; report to SIB", 1))
    table = run("diff", env={"COLUMNS": "120"}).stdout
    assert "was: Not yet consistently embedded across all workers." in table
    assert "now: Café audit booked for 3 May; report to SIB" in table
    page = run("export", "--since", "HEAD", "--format", "html").stdout
    assert '<span class="now">now: Café audit booked' in page


def test_show_and_status_changes_read_plainly(repo: Path) -> None:
    shown = run("show", "1.1", env={"COLUMNS": "100"}).stdout
    assert re.search(r"^RAG status {7}Green *$", shown, re.M)
    plan = repo / "plans" / "ofsted-2016.yaml"
    plan.write_text(plan.read_text().replace("status: green", "status: ''", 1))
    change = json.loads(run("diff", "--format", "json").stdout)["changes"][0]
    assert (change["before"], change["after"]) == ("Green", "Unrated")
    assert "Green → Unrated\n" in run("diff", env={"COLUMNS": "120"}).stdout.replace(" \n", "\n")
