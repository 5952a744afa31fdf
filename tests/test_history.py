"""What changed since the last board: `plan diff`, `summary --since`, `plan history`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ofsted_plan.errors import Exit

from .gitrepo import git
from .helpers import run

AS_OF = "--as-of=2017-04-15"


def diff_json(*args: str) -> dict:
    result = run("diff", *args, "--format", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_diff_since_a_tag(repo: Path) -> None:
    data = diff_json("sib-2017-03")
    assert data["from"]["rev"] == "sib-2017-03" and len(data["from"]["commit"]) == 40
    assert data["to"] == {"rev": None, "commit": None}
    changes = [(c["kind"], c["ref"]) for c in data["changes"]]
    assert changes == [("status", "1.1"), ("end", "3.2"), ("added", "1.10"), ("comments", "1.1")]
    status, end, added, comments = data["changes"]
    assert (status["before"], status["after"], status["direction"]) == ("Amber", "Green", "better")
    assert (end["before"], end["after"], end["months"], end["direction"]) == (
        "2017-09",
        "2017-11",
        2,
        "later",
    )
    assert added["after"] == "Audit the new plan templates"
    assert ["+", " Templates signed off at SIB."] in comments["words"]
    assert all(op in "=+" for op, _ in comments["words"])  # nothing was removed


def test_diff_table(repo: Path) -> None:
    result = run("diff", "sib-2017-03", env={"COLUMNS": "160"})
    out = result.stdout
    assert "Changes from sib-2017-03 (" in out
    assert "2 status changes" not in out and "1 status change (1 better)" in out
    assert "Amber → Green (better)" in out
    assert "2017-09 → 2017-11 (later: slipped 2 months)" in out
    assert "{+ Templates signed off at SIB.+}" in out
    assert "Early help plans are being reviewed" not in out  # context is cut, not the blob


def test_diff_two_revisions_and_a_date(repo: Path) -> None:
    assert diff_json("sib-2017-03", "HEAD")["changes"] == diff_json("sib-2017-03")["changes"]
    by_date = diff_json("2017-03-31", "HEAD~0")
    assert by_date["changes"] == diff_json("sib-2017-03")["changes"]
    assert diff_json("2017-04-10", "HEAD")["changes"] == []


def test_diff_default_is_last_commit_against_the_files(repo: Path) -> None:
    result = run("diff")
    assert result.exit_code == 0
    assert result.stdout == ""
    assert "No changes from HEAD (" in result.stderr
    plan = repo / "plans" / "ofsted-2016.yaml"
    plan.write_text(plan.read_text().replace("status: amber", "status: red", 1))
    changes = diff_json()["changes"]
    assert [(c["ref"], c["before"], c["after"], c["direction"]) for c in changes] == [
        ("R3.1", "Amber", "Red", "worse")
    ]


def test_diff_spots_a_changed_ref(repo: Path) -> None:
    plan = repo / "plans" / "ofsted-2016.yaml"
    plan.write_text(plan.read_text().replace("ref: '1.9'", "ref: '1.9a'"))
    changes = diff_json()["changes"]
    assert [(c["kind"], c["before"], c["after"]) for c in changes] == [("reref", "1.9", "1.9a")]


def test_diff_with_filters(repo: Path) -> None:
    changes = diff_json("sib-2017-03", "--officer", "IA")["changes"]
    assert [c["ref"] for c in changes] == ["3.2"]


def test_errors_outside_git_and_for_unknown_revisions(repo: Path, tmp_path: Path) -> None:
    result = run("diff", "no-such-tag")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: git does not know the revision 'no-such-tag'")
    result = run("diff", "2016-01-01")
    assert "no commit was made on or before 2016-01-01" in result.stderr
    loose = tmp_path / "loose"
    loose.mkdir()
    (loose / "plan.yaml").write_bytes((repo / "plans" / "ofsted-2016.yaml").read_bytes())
    for args in (["diff"], ["history", "1.1"], ["summary", "--since", "HEAD"]):
        result = run(*args, "-p", str(loose / "plan.yaml"))
        assert result.exit_code == 1
        assert "is not in a git repository" in result.stderr
        assert "Traceback" not in result.output


def test_a_broken_old_version_is_named(repo: Path) -> None:
    plan = repo / "plans" / "ofsted-2016.yaml"
    good = plan.read_text()
    plan.write_text(good.replace("status: amber", "status: purple", 1))
    git(repo, "commit", "-q", "-am", "Oops", when="2017-05-01T10:00:00")
    plan.write_text(good)
    result = run("diff", "HEAD")
    assert result.exit_code == 1
    assert "Error: HEAD:plans/ofsted-2016.yaml:" in result.stderr
    assert "unknown RAG status 'purple'" in result.stderr


def summary_json(*args: str) -> dict:
    result = run("summary", *args, AS_OF, "--format", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_summary_since_gives_direction_of_travel(repo: Path) -> None:
    data = summary_json("--since", "sib-2017-03")
    assert data["since"].startswith("sib-2017-03 (")
    # 1.1 went Amber -> Green, but more of theme 1's actions are overdue on 15 April than on
    # 10 March (the tag's date, when overdue then is judged): more overdue is never better.
    assert [g["travel"] for g in data["groups"]] == ["worse", "worse", "worse", "same"]
    assert data["travel"] == "worse"
    assert data["travel_rule"].startswith("worse when")
    theme1 = data["groups"][0]
    assert theme1["before"]["overdue"] < theme1["overdue"]
    assert theme1["before"]["by_status"]["amber"] == 2
    assert theme1["by_status"]["amber"] == 1
    assert theme1["before"]["total"] == 31 and theme1["total"] == 32


def test_summary_since_table(repo: Path) -> None:
    out = run("summary", "--since", "sib-2017-03", AS_OF, env={"COLUMNS": "140"}).stdout
    assert "▼ worse" in out and "= same" in out
    assert "travel against sib-2017-03" in out and "worse if red" in out


def test_summary_by_officer_counts_shared_actions_for_each(repo: Path) -> None:
    data = summary_json("--by", "officer")
    groups = {g["name"]: g for g in data["groups"]}
    assert groups["JF"]["total"] == 10 and groups["RG"]["total"] == 39
    assert groups["(no lead officer)"]["total"] == 1
    assert data["total"] == 56
    assert sum(g["total"] for g in data["groups"]) > data["total"]  # RG/JF counted twice
    assert [g["name"] for g in data["groups"]][:3] == ["CP", "IA", "JF"]


@pytest.mark.parametrize(
    ("by", "first", "groups"),
    [
        ("status", "Amber", 2),
        ("dlt", "CP", 2),
        ("recommendation", "Ofsted recommendation 1:", 15),
        ("theme", "The experiences", 4),
    ],
)
def test_summary_by_other_groupings(repo: Path, by: str, first: str, groups: int) -> None:
    data = summary_json("--by", by)
    assert data["by"] == by
    assert data["groups"][0]["name"].startswith(first)
    assert len(data["groups"]) == groups
    assert sum(g["total"] for g in data["groups"]) == 56 or by == "officer"


def test_summary_complete_percent(repo: Path) -> None:
    plan = repo / "plans" / "ofsted-2016.yaml"
    plan.write_text(plan.read_text().replace("status: green", "status: blue", 4))
    data = summary_json()
    assert data["by_status"]["blue"] == 4
    assert data["groups"][0]["complete_percent"] == round(100 * 4 / 32, 1)
    assert data["complete_percent"] == round(100 * 4 / 56, 1)


def test_history_of_an_action(repo: Path) -> None:
    result = run("history", "1.1", "--format", "json")
    entries = json.loads(result.stdout)
    assert [(e["date"][:10], e["author"], e["subject"]) for e in entries] == [
        ("2017-03-10", "Rachel G", "Plan as at the March SIB"),
        ("2017-04-10", "Jo F", "April updates"),
    ]
    assert [c["kind"] for c in entries[0]["changes"]] == ["added"]
    assert [c["kind"] for c in entries[1]["changes"]] == ["status", "comments"]


def test_history_table_includes_uncommitted_change(repo: Path) -> None:
    plan = repo / "plans" / "ofsted-2016.yaml"
    plan.write_text(plan.read_text().replace("end: 2017-11", "end: 2017-12"))
    out = run("history", "3.2", env={"COLUMNS": "160"}).stdout
    assert "History of 3.2" in out
    assert "2017-09 → 2017-11 (later: slipped 2 months)" in out
    assert "2017-11 → 2017-12 (later: slipped 1 month)" in out
    assert "(not committed yet)" in out
    assert "Jo F" in out


def test_history_of_an_unknown_ref(repo: Path) -> None:
    result = run("history", "9.99")
    assert result.exit_code == Exit.USAGE == run("show", "9.99").exit_code
    assert "no version of the plans in git has an action with ref '9.99'" in result.stderr
