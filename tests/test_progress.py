"""Progress over time from git (trend, slippage, stale, chase, updated), the calendar export,
and adding and completing actions: on a repository with three tagged SIB meetings
(tests/gitrepo.make_meetings_repo: 1.1 completed in April; 1.2's end moved Apr -> Jun in
April and Jun -> Aug in May; 2.3's comments updated on 20 May; 1.3, 2.1, 2.2 untouched)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from .helpers import run

MAY = "--as-of=2017-05-25"


def ok(*args: str) -> str:
    result = run(*args)
    assert result.exit_code == 0, result.stderr
    return result.stdout


# plan trend ----------------------------------------------------------------------------


def test_trend_at_each_meeting(meetings: Path) -> None:
    data = json.loads(ok("trend", "--format", "json", MAY))
    points = [(p["label"], p["date"], p["commit"] is not None) for p in data["points"]]
    assert points == [
        ("sib-2017-03", "2017-03-10", True),
        ("sib-2017-04", "2017-04-12", True),
        ("sib-2017-05", "2017-05-10", True),
        ("now", "2017-05-25", False),
    ]
    mix = [(p["by_status"], p["overdue"]) for p in data["points"]]
    assert mix[0] == ({"red": 1, "amber": 1, "green": 4, "blue": 0, "unrated": 0}, 1)
    assert mix[1][0]["blue"] == 1 and mix[1][0]["green"] == 3  # 1.1 completed in April
    assert mix[2][0]["amber"] == 2  # 1.2 rated amber in May
    assert data["every"] == "meeting" and data["by"] is None


def test_trend_every_month_commit_and_by_theme(meetings: Path) -> None:
    months = json.loads(ok("trend", "--every", "month", "-f", "json", MAY))["points"]
    assert [p["label"] for p in months] == ["2017-03", "2017-04", "2017-05", "now"]
    assert months[2]["date"] == "2017-05-20"  # May's last commit
    commits = json.loads(ok("trend", "--every", "commit", "-f", "json", MAY))["points"]
    assert len(commits) == 5
    themes = json.loads(ok("trend", "--by", "theme", "-f", "json", MAY))["points"]
    assert [g["name"] for g in themes[0]["groups"]] == ["Help and protection", "Leadership"]
    # --as-of before a meeting leaves the later meetings out
    early = json.loads(ok("trend", "-f", "json", "--as-of=2017-04-20"))["points"]
    assert [p["label"] for p in early] == ["sib-2017-03", "sib-2017-04", "now"]


def test_trend_table(meetings: Path) -> None:
    result = run("trend", MAY, env={"COLUMNS": "100", "NO_COLOR": "1"})
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert any(
        line.startswith("sib-2017-04  2017-04-12    1      1      3     1") for line in lines
    )
    assert "RAG mix" in result.stdout and "█" in result.stdout
    assert "\x1b" not in result.stdout


def test_trend_without_meetings_says_how_to_tag(meetings: Path) -> None:
    result = run("trend", "--tags", "board-*", MAY)
    assert result.exit_code == 1
    assert "no git tag matches 'board-*'" in result.stderr
    assert "--every month" in result.stderr


def test_trend_reads_git_once(meetings: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """One git log and one batched read, whatever the history's length."""
    from ofsted_plan.store.git import Repository

    calls: list[str] = []
    real = Repository._git

    def counted(args: list[str], stdin: bytes | None = None) -> bytes:
        calls.append(
            next(a for a in args if not a.startswith("-") and "=" not in a and "/" not in a)
        )
        return real(args, stdin)

    monkeypatch.setattr(Repository, "_git", staticmethod(counted))
    for command in (
        ["trend"],
        ["slippage"],
        ["slippage", "--since", "sib-2017-04"],
        ["stale"],
        ["chase"],
    ):
        calls.clear()
        assert run(*command, MAY).exit_code == 0
        assert calls.count("log") == 1, (command, calls)
        assert calls.count("cat-file") == 1, (command, calls)


# plan slippage -------------------------------------------------------------------------


def test_slippage_since_first_version(meetings: Path) -> None:
    data = json.loads(ok("slippage", "-f", "json", MAY))
    assert data["since"] == "each action's first version in git"
    (row,) = data["actions"]
    assert (row["ref"], row["first_end"], row["end"], row["months"]) == (
        "1.2",
        "2017-04",
        "2017-08",
        4,
    )
    moves = [(m["label"], m["from"], m["to"], m["comments"]) for m in row["moves"]]
    assert moves == [
        ("sib-2017-04", "2017-04", "2017-06", "Delayed by staff changes."),
        (
            "sib-2017-05",
            "2017-06",
            "2017-08",
            "Delayed by staff changes.\nAuditor on leave until July.",
        ),
    ]
    assert data["by_theme"] == [{"name": "1. Help and protection", "actions": 1, "months": 4}]
    assert data["by_officer"] == [{"name": "RG", "actions": 1, "months": 4}]


def test_slippage_since_a_meeting(meetings: Path) -> None:
    data = json.loads(ok("slippage", "--since", "sib-2017-04", "-f", "json", MAY))
    assert data["since"] == "sib-2017-04 (12 April 2017)"
    (row,) = data["actions"]
    assert (row["first_end"], row["months"], len(row["moves"])) == ("2017-06", 2, 1)
    assert json.loads(ok("slippage", "--since", "sib-2017-05", "-f", "json", MAY))["actions"] == []
    table = run("slippage", MAY, env={"COLUMNS": "120", "NO_COLOR": "1"}).stdout
    assert "1.2   Audit plans  RG    2017-04  2017-08  4 months      2" in table
    flat = " ".join(table.split())
    assert "2017-05-10 sib-2017-05: 2017-06 → 2017-08: Auditor on leave until July." in flat


# plan stale, updated -------------------------------------------------------------------


def test_stale_actions_by_officer_oldest_first(meetings: Path) -> None:
    data = json.loads(ok("stale", "--days", "30", "-f", "json", MAY))
    rows = [(a["ref"], a["days"], a["last_update"]["label"]) for a in data["actions"]]
    assert rows == [
        ("1.3", 76, "sib-2017-03"),
        ("2.1", 76, "sib-2017-03"),
        ("2.2", 76, "sib-2017-03"),
    ]
    recent = json.loads(ok("stale", "--days", "10", "-f", "json", MAY))["actions"]
    assert [a["ref"] for a in recent] == ["1.3", "2.1", "2.2", "1.2"]  # 1.2: 15 days; 2.3: 5
    table = run("stale", "--days", "30", MAY, env={"COLUMNS": "100", "NO_COLOR": "1"}).stdout
    assert "(no lead officer)" in table and "JF" in table
    assert run("stale", "--days", "-1", MAY).exit_code == 2


def test_updated_in_show_and_list_json(meetings: Path, tmp_path: Path) -> None:
    shown = json.loads(ok("show", "2.3", "-f", "json", MAY))
    assert shown["updated"] == "2017-05-20"
    listed = {a["ref"]: a["updated"] for a in json.loads(ok("list", "-f", "json", MAY))}
    assert listed == {
        "1.1": "2017-04-12",
        "1.2": "2017-05-10",
        "1.3": "2017-03-10",
        "2.1": "2017-03-10",
        "2.2": "2017-03-10",
        "2.3": "2017-05-20",
    }
    table = run("show", "1.2", MAY, env={"COLUMNS": "100"}).stdout
    assert "Updated          2017-05-10 (" in table and " May SIB)" in table
    # Outside git: no history, so no date, and no error.
    alone = tmp_path / "alone.yaml"
    alone.write_bytes((meetings / "plans" / "plan.yaml").read_bytes())
    result = run("list", "-f", "json", "-p", str(alone), MAY, env={"GIT_DIR": "/nonexistent"})
    assert result.exit_code == 0
    assert {a["updated"] for a in json.loads(result.stdout)} == {None}


# plan chase ----------------------------------------------------------------------------


def test_chase_letters(meetings: Path) -> None:
    text = ok("chase", "--days", "30", "--meeting", "SIB, 9 June 2017", MAY)
    letters = text.split("\n\nSubject: ")
    assert len(letters) == 3  # JF, PD, RG: 2.2 has no lead officer
    jf = letters[0]
    assert jf.startswith("Subject: Improvement plan: your updates for SIB, 9 June 2017\n")
    assert "Dear JF," in jf and "You lead 2 open actions" in jf
    assert jf.index("Past their end month (1)") < jf.index("Your other open actions (1)")
    assert "  1.3  Train managers\n        Green · end 2017-02 · 2 months late" in jf
    pd = letters[1]
    assert "Not updated for 30 days or more (1):" in pd and "last updated 76 days ago" in pd
    rg = ok("chase", "--officer", "rg", "-f", "markdown", MAY)
    assert rg.startswith("# Improvement plan: your updates\n")
    assert "- **1.2** Audit plans" in rg and "Last comment: Auditor on leave until July." in rg
    assert "1.1" not in rg  # complete


def test_chase_json(meetings: Path) -> None:
    data = json.loads(ok("chase", "-f", "json", "--days", "30", MAY))
    assert [letter["officer"] for letter in data["letters"]] == ["JF", "PD", "RG"]
    jf = data["letters"][0]
    assert [a["ref"] for a in jf["overdue"]] == ["1.3"] and [a["ref"] for a in jf["other"]] == [
        "2.3"
    ]
    assert data["letters"][1]["stale"][0]["days_since_update"] == 76
    assert run("chase", "-f", "json", "-o", "x", MAY).exit_code == 2


def test_chase_writes_one_file_per_officer(meetings: Path, tmp_path: Path) -> None:
    folder = tmp_path / "chase"
    folder.mkdir()
    result = run("chase", "-o", str(folder), MAY)
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in folder.iterdir()) == ["JF.txt", "PD.txt", "RG.txt"]
    assert "Dear PD," in (folder / "PD.txt").read_text(encoding="utf-8")
    again = run("chase", "-o", str(folder), MAY)
    assert again.exit_code == 1 and "already exists" in again.stderr
    assert run("chase", "-o", str(folder), "--force", MAY).exit_code == 0
    missing = run("chase", "-o", str(tmp_path / "new"), MAY)  # made, as a folder of files is
    assert missing.exit_code == 0 and (tmp_path / "new" / "JF.txt").exists()


# plan export --format ics --------------------------------------------------------------


def test_calendar_export_with_stable_uids(meetings: Path, tmp_path: Path) -> None:
    from icalendar import Calendar

    first = tmp_path / "a.ics"
    assert run("export", "-o", str(first), MAY).exit_code == 0
    events = {
        str(e["summary"]).split(" ")[0]: e
        for e in Calendar.from_ical(first.read_bytes()).walk("VEVENT")
    }
    assert sorted(events) == ["1.2", "1.3", "2.1", "2.2", "2.3"]  # 1.1 is complete
    audit = events["1.2"]
    assert audit["dtstart"].dt.isoformat() == "2017-08-31"  # the last day of its end month
    assert audit["dtend"].dt.isoformat() == "2017-09-01"  # all day
    assert "Theme: 1. Help and protection" in str(audit["description"])
    assert "RAG status: Amber" in str(audit["description"])
    # The same action keeps its UID when its text, status and end change: re-importing
    # updates the event.
    run("set", "1.2", "--status", "red", "--end", "2017-10", "--comment", "Auditor left.")
    second = tmp_path / "b.ics"
    assert run("export", "-o", str(second), MAY).exit_code == 0
    again = {
        str(e["summary"]).split(" ")[0]: e
        for e in Calendar.from_ical(second.read_bytes()).walk("VEVENT")
    }
    assert {r: str(e["uid"]) for r, e in again.items()} == {
        r: str(e["uid"]) for r, e in events.items()
    }
    assert again["1.2"]["dtstart"].dt.isoformat() == "2017-10-31"
    assert len({str(e["uid"]) for e in again.values()}) == 5
    mine = Calendar.from_ical(ok("export", "-f", "ics", "--officer", "JF", MAY).encode())
    assert sorted(str(e["summary"]).split(" ")[0] for e in mine.walk("VEVENT")) == ["1.3", "2.3"]


# plan add, plan done -------------------------------------------------------------------


def test_add_an_action_with_the_next_ref(meetings: Path) -> None:
    plan = meetings / "plans" / "plan.yaml"
    before = plan.read_text(encoding="utf-8")
    result = run(
        "add",
        "Publish the audit results",
        "-r",
        "1",
        "--end",
        "2017-09",
        "--lead",
        "RG",
        "--dlt",
        "CP",
    )
    assert result.exit_code == 0, result.stderr
    assert result.stderr == "Added 1.4 to plans/plan.yaml (theme 1, recommendation 1).\n"
    diff = subprocess.run(
        ["git", "diff", "-U0"], cwd=meetings, capture_output=True, text=True
    ).stdout
    added = [
        line for line in diff.splitlines() if line.startswith("+") and not line.startswith("+++")
    ]
    assert not any(
        line.startswith("-") and not line.startswith("---") for line in diff.splitlines()
    )
    assert added[0] == "+          - ref: '1.4'" and "+            end: 2017-09" in added
    assert len(plan.read_text(encoding="utf-8")) > len(before)
    shown = json.loads(ok("show", "1.4", "-f", "json", MAY))
    assert (shown["action"], shown["end"], shown["lead"], shown["status"]) == (
        "Publish the audit results",
        "2017-09",
        ["RG"],
        None,  # unrated, as JSON gives it
    )
    assert ok("check", MAY).count("warning") == 2  # nothing new is wrong
    by_text = run("add", "Board scorecard review", "-r", "oversight", "--status", "green")
    assert by_text.exit_code == 0 and "Added 2.4" in by_text.stderr


def test_add_refuses_what_it_cannot_place(meetings: Path) -> None:
    both = run("add", "Something")
    assert both.exit_code == 2 and "2 recommendations match" in both.stderr
    none = run("add", "Something", "-r", "9")
    assert none.exit_code == 2 and "no recommendation matches" in none.stderr
    taken = run("add", "Something", "-r", "1", "--ref", "2.1")
    assert taken.exit_code == 2 and "ref 2.1 is already used" in taken.stderr
    empty = run("add", "  ", "-r", "1")
    assert empty.exit_code == 2 and "has no text" in empty.stderr
    bad = run("add", "Something", "-r", "1", "--end", "2017-13")
    assert bad.exit_code == 2


def test_add_to_an_empty_recommendation_and_a_crlf_file(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_bytes(
        b"title: T\r\nthemes:\r\n  - theme: One\r\n    recommendations:\r\n"
        b"      - recommendation: Empty so far\r\n        actions: []\r\n"
    )
    no_ref = run("add", "First action", "-p", str(plan))
    assert no_ref.exit_code == 2 and "--ref" in no_ref.stderr
    result = run("add", "First action", "--ref", "1.1", "-p", str(plan))
    assert result.exit_code == 0, result.stderr
    data = plan.read_bytes()
    assert (
        b"\r\n        actions:\r\n          - ref: '1.1'\r\n            action: First action\r\n"
        in data
    )
    assert data.count(b"\n") == data.count(b"\r\n")  # still CRLF throughout
    assert run("add", "Second", "-p", str(plan)).stderr.startswith("Added 1.2 ")


def test_done_marks_blue_with_a_comment(meetings: Path) -> None:
    result = run(
        "done", "2.1", "--comment", "Scorecard live.", "--on", "2017-05-24", "--by", "pd",
        "--no-evidence", "On the intranet",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert result.stderr == "Completed 2.1 in plans/plan.yaml (RAG blue).\n"
    shown = json.loads(ok("show", "2.1", "-f", "json", MAY))
    assert shown["status"] == "blue" and shown["comments"] == "2017-05-24 PD: Scorecard live."
    again = run("done", "2.1")
    assert again.exit_code == 0 and "already complete" in again.stderr
    run("done", "1.2", "--comment", "Audit published.", "--evidence", "Audit report",
        "--on", "2017-06-01")  # fmt: skip
    comments = json.loads(ok("show", "1.2", "-f", "json", MAY))["comments"]
    # appended as a dated update of its own, the latest (issue 20)
    assert comments.endswith("Auditor on leave until July.\n2017-06-01: Audit published.")


def test_updated_is_cached_on_head_and_the_file(
    meetings: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A second `plan list --format json` runs no git at all; a commit is seen at once."""
    import os

    from ofsted_plan.store import cache
    from ofsted_plan.store.git import Repository

    monkeypatch.setattr(cache, "RACY_SECONDS", 0)  # the file was just written: trust it anyway
    calls: list[list[str]] = []
    real = Repository._git

    def counted(args: list[str], stdin: bytes | None = None) -> bytes:
        calls.append(args)
        return real(args, stdin)

    monkeypatch.setattr(Repository, "_git", staticmethod(counted))
    first = json.loads(ok("list", "-f", "json", MAY))
    assert calls
    calls.clear()
    assert json.loads(ok("list", "-f", "json", MAY)) == first
    assert calls == []
    run("done", "1.3", "--no-evidence", "Signed off at SIB")
    subprocess.run(
        ["git", "commit", "-qam", "1.3 done"],
        cwd=meetings,
        check=True,
        env={
            **os.environ,
            "GIT_AUTHOR_DATE": "2017-05-24T10:00:00",
            "GIT_COMMITTER_DATE": "2017-05-24T10:00:00",
            "GIT_AUTHOR_NAME": "A",
            "GIT_AUTHOR_EMAIL": "a@b",
            "GIT_COMMITTER_NAME": "A",
            "GIT_COMMITTER_EMAIL": "a@b",
        },
    )
    again = {a["ref"]: a["updated"] for a in json.loads(ok("list", "-f", "json", MAY))}
    assert again["1.3"] == "2017-05-24"
