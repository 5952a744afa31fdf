"""Issue 25 item 4: history follows the plan file by commit (its name in each commit, from
`git log --follow`), never by today's name or by date."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from ofsted_plan.model import Status
from ofsted_plan.planfile.reader import load_plan
from ofsted_plan.planfile.writer import dump_plan

from .gitrepo import git
from .helpers import run

MAY = "--as-of=2017-05-25"


def ok(*args: str) -> dict:
    result = run(*args, "--format", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_diff_between_two_revisions_before_a_rename(repo: Path) -> None:
    """Renamed after REV2: both versions are read under the name they had then, so the
    diff is April's four changes, not every action 'Added'."""
    expected = ok("diff", "sib-2017-03", "HEAD")["changes"]
    git(repo, "mv", "plans/ofsted-2016.yaml", "plans/ofsted.yaml")
    git(repo, "commit", "-q", "-m", "Rename the plan", when="2017-05-01T10:00:00")
    changes = ok("diff", "sib-2017-03", "HEAD~1")["changes"]
    assert [{**c, "plan": ""} for c in changes] == [{**c, "plan": ""} for c in expected]
    assert [c["kind"] for c in changes] == ["status", "end", "added", "comments"]
    # and a revision before the rename against the file now
    assert [c["kind"] for c in ok("diff", "sib-2017-03")["changes"]] == [
        "status",
        "end",
        "added",
        "comments",
    ]


def test_trend_every_commit_shows_each_commit_as_it_was(meetings: Path) -> None:
    """Two commits on one day: the first point is the first commit's plan, not the day's
    last version."""
    path = meetings / "plans" / "plan.yaml"
    plan = load_plan(path)
    actions = {a.ref: a for a in plan.actions()}
    actions["2.2"].status = Status.RED
    path.write_text(dump_plan(plan), encoding="utf-8")
    git(meetings, "commit", "-q", "-am", "2.2 red", when="2017-05-21T09:00:00")
    actions["2.2"].status = Status.GREEN
    path.write_text(dump_plan(plan), encoding="utf-8")
    git(meetings, "commit", "-q", "-am", "2.2 green", when="2017-05-21T17:00:00")
    points = ok("trend", "--every", "commit", MAY)["points"]
    red, green = points[-3], points[-2]
    assert red["date"] == green["date"] == "2017-05-21"
    assert red["by_status"]["red"] == 2 and red["by_status"]["amber"] == 1
    assert green["by_status"]["red"] == 1 and green["by_status"]["amber"] == 1
    assert red["commit"] != green["commit"]


def test_a_tag_reads_the_file_at_its_commit_not_its_date(meetings: Path) -> None:
    """The plan renamed later on the day of a meeting: the meeting's tag still reads the
    file under the name it had at the tag's commit."""
    git(meetings, "mv", "plans/plan.yaml", "plans/council.yaml")
    git(meetings, "commit", "-q", "-m", "Rename", when="2017-05-10T18:00:00")
    git(meetings, "tag", "-f", "sib-2017-03", "HEAD~4")  # unchanged: still the first commit
    points = ok("trend", MAY)["points"]
    labels = [p["label"] for p in points]
    assert labels == ["sib-2017-03", "sib-2017-04", "sib-2017-05", "now"]
    may = points[2]
    assert sum(may["by_status"].values()) == 6, may  # the six actions, not an empty plan
    assert may["by_status"]["amber"] == 2


def test_history_parses_each_version_once(
    meetings: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Issue 25 item 13: `plan history` keeps parsed versions by blob id, as trend does; a
    second run parses none of them."""
    from ofsted_plan.planfile import incremental, reader

    monkeypatch.setenv("PLAN_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("PLAN_NO_CACHE", raising=False)
    first = run("history", "1.2", "--format", "json")
    assert first.exit_code == 0, first.stderr
    parsed: list[str] = []
    real_check, real_read = reader.check_text, incremental.VersionReader.read

    def check_text(text: str, path: str) -> object:
        if re.match(r"[0-9a-f]{7}:", path):
            parsed.append(path)
        return real_check(text, path)

    def read(self: incremental.VersionReader, data: bytes, label: str, name: str) -> object:
        parsed.append(label)
        return real_read(self, data, label, name)

    monkeypatch.setattr(reader, "check_text", check_text)
    monkeypatch.setattr(incremental.VersionReader, "read", read)
    again = run("history", "1.2", "--format", "json")
    assert again.stdout == first.stdout
    assert parsed == []
    # and trend shares the versions history kept
    assert run("trend", "--every", "commit", MAY).exit_code == 0
    assert parsed == []


def test_slippage_since_a_commit_that_did_not_touch_the_plan(meetings: Path) -> None:
    """--since a commit that changed another file: the baseline is the plan as it was at
    that commit, not the last version of that day."""
    from ofsted_plan.model import Month

    (meetings / "notes.txt").write_text("minutes\n", encoding="utf-8")
    git(meetings, "add", "notes.txt")
    git(meetings, "commit", "-q", "-m", "Minutes", when="2017-05-21T09:00:00")
    since = git(meetings, "rev-parse", "HEAD").strip()
    path = meetings / "plans" / "plan.yaml"
    plan = load_plan(path)
    {a.ref: a for a in plan.actions()}["2.1"].end = Month(2017, 9)
    path.write_text(dump_plan(plan), encoding="utf-8")
    git(meetings, "commit", "-q", "-am", "2.1 later", when="2017-05-21T17:00:00")
    rows = ok("slippage", "--since", since, MAY)["actions"]
    assert [(r["ref"], r["months"]) for r in rows] == [("2.1", 4)]
