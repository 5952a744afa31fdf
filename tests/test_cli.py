"""The commands as a user runs them: output, the JSON contract, discovery and errors."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

import pytest

from ofsted_plan.errors import Exit

from .helpers import REPO, run, run_on

AS_OF = "--as-of=2017-04-01"


def test_list_officer_and_status_table(plan_file: Path) -> None:
    result = run_on(plan_file, "list", "--officer", "RG", "--status", "amber", AS_OF)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert [
        line.split()[0] for line in lines if line.split() and line.split()[0] in ("1.1", "R3.1*")
    ] == ["1.1", "R3.1*"]
    assert "Amber" in result.stdout  # the RAG cell is labelled, not only coloured
    assert "\x1b[" not in result.stdout  # not a terminal: no colour codes
    assert "* ref made by plan import" in result.stdout


def test_list_json_contract(plan_file: Path) -> None:
    result = run_on(plan_file, "list", "--officer", "RG", "-s", "amber", "--format", "json", AS_OF)
    records = json.loads(result.stdout)
    assert [r["ref"] for r in records] == ["1.1", "R3.1"]
    first, second = records
    assert list(first) == [  # the README's order: scripts and diffs of the output rely on it
        "plan",
        "ref",
        "ref_generated",
        "theme",
        "theme_number",
        "recommendation",
        "recommendation_number",
        "action",
        "start",
        "end",
        "end_text",
        "measure",
        "lead",
        "dlt",
        "comments",
        "status",
        "evidence",
        "due",
        "overdue",
        "days_late",
        "updated",
    ]
    assert first["plan"] == "ofsted-2016"
    assert first["ref_generated"] is False and second["ref_generated"] is True
    assert first["start"] == "2017-01" and first["end"] == "2017-02"
    assert first["due"] == "2017-02-28"
    assert first["status"] == "amber"
    assert first["lead"] == ["RG"] and first["dlt"] == ["CP"]
    assert first["overdue"] is True
    assert first["theme"] == "The experiences and progress of children who need help and protection"
    assert second["recommendation"].startswith("All Children in Need cases")


def test_list_json_lists_several_officers(plan_file: Path) -> None:
    result = run_on(plan_file, "list", "--text", "Consult families/CYP", "-f", "json", AS_OF)
    assert json.loads(result.stdout)[0]["lead"] == ["RG", "JF"]


def test_list_csv(plan_file: Path) -> None:
    result = run_on(plan_file, "list", "--theme", "4", "--format", "csv", AS_OF)
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["ref"] for r in rows] == ["7.1", "7.2", "7.3", "R15.1"]
    assert rows[0]["lead"] == "RG" and rows[0]["status"] == "green"


def test_list_nothing_matches(plan_file: Path) -> None:
    result = run_on(plan_file, "list", "--officer", "RG", "--status", "red")
    assert result.exit_code == 0
    assert result.stdout == ""
    assert result.stderr == "No actions match.\n"
    found = run_on(plan_file, "list", "--officer", "RG", "-s", "red", "-f", "json").stdout
    assert json.loads(found) == []


def test_a_filter_naming_what_the_plan_lacks_says_so(plan_file: Path) -> None:
    result = run_on(plan_file, "list", "--officer", "ZZ")
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr == (
        "Error: no action has lead officer ZZ "
        "(lead officers are CP, IA, JF, JH, MP, PD, RdP, RG, SK)\n"
    )
    result = run_on(plan_file, "list", "--theme", "9")
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: there is no theme 9 (the themes are 1. The experiences")
    assert "4. The experience and progress of Care Leavers)" in result.stderr
    result = run_on(plan_file, "overdue", "--recommendation", "99")
    assert "there is no recommendation 99 (recommendations are numbered 1 to 15" in result.stderr
    result = run_on(plan_file, "summary", "--dlt", "RG")
    assert "no action has DLT lead RG (DLT leads are" in result.stderr


def test_officer_filter_reads_several_officers_as_the_plan_writes_them(plan_file: Path) -> None:
    both = run_on(plan_file, "list", "--officer", "RG/JF", "-f", "csv").stdout
    each = {
        r["ref"]
        for who in ("RG", "JF")
        for r in csv.DictReader(
            io.StringIO(run_on(plan_file, "list", "--officer", who, "-f", "csv").stdout)
        )
    }
    assert {r["ref"] for r in csv.DictReader(io.StringIO(both))} == each
    assert len(each) == 38


def test_bad_status_filter_is_a_usage_error(plan_file: Path) -> None:
    result = run_on(plan_file, "list", "--status", "purple")
    assert result.exit_code == 2
    assert "unknown RAG status 'purple'" in result.stderr


def test_bad_as_of(plan_file: Path) -> None:
    result = run_on(plan_file, "overdue", "--as-of", "Jan-17")
    assert result.exit_code == 2
    assert "'Jan-17' is not a date; write it as YYYY-MM-DD" in result.stderr


@pytest.mark.parametrize(
    ("as_of", "first", "count"),
    [
        ("2016-12-01", "R9.3", 1),
        ("2017-03-01", "R9.3", 16),
        ("2017-07-01", "R9.3", 47),
    ],
)
def test_overdue_at_several_dates(plan_file: Path, as_of: str, first: str, count: int) -> None:
    result = run_on(plan_file, "overdue", "--as-of", as_of, "--format", "json")
    records = json.loads(result.stdout)
    assert len(records) == count
    assert records[0]["ref"] == first
    assert all(r["overdue"] for r in records)
    dues = [r["due"] for r in records]
    assert dues == sorted(dues)


def test_overdue_table_says_how_late(plan_file: Path) -> None:
    result = run_on(plan_file, "overdue", "--as-of", "2017-03-01")
    assert "2016-11-30" in result.stdout
    assert "3 months" in result.stdout
    result = run_on(plan_file, "overdue", "--as-of", "2016-11-01")
    assert result.stdout == "" and result.stderr == "No overdue actions.\n"


def test_summary_json_contract(plan_file: Path) -> None:
    result = run_on(plan_file, "summary", AS_OF, "--format", "json")
    data = json.loads(result.stdout)
    assert data["as_of"] == "2017-04-01"
    assert data["total"] == 55 and data["overdue"] == 31
    assert data["by_status"] == {"red": 0, "amber": 3, "green": 52, "blue": 0, "unrated": 0}
    assert [g["name"] for g in data["groups"]] == [
        "The experiences and progress of children who need help and protection",
        "The experiences and progress of children looked after and achieving permanence",
        "Leadership , Management and Governance",
        "The experience and progress of Care Leavers",
    ]
    assert [g["total"] for g in data["groups"]] == [31, 6, 14, 4]
    assert data["groups"][1]["by_status"]["amber"] == 1


def test_summary_table(plan_file: Path) -> None:
    result = run("summary", "-p", str(plan_file), AS_OF, env={"COLUMNS": "120"})
    assert result.exit_code == 0
    out = result.stdout
    assert "Improvements following from the OFSTED Report - July 2016" in out
    total_line = next(line for line in out.splitlines() if line.strip().startswith("Total "))
    assert total_line.split()[1:7] == ["0", "3", "52", "0", "55", "31"]
    assert "▓" in total_line  # the bar
    assert "As of 2017-04-01" in out


def test_summary_with_filter(plan_file: Path) -> None:
    data = json.loads(run_on(plan_file, "summary", "--officer", "SK", "-f", "json").stdout)
    assert data["total"] == 3
    assert [g["name"][:30] for g in data["groups"]] == ["The experiences and progress o"]


def test_show(plan_file: Path) -> None:
    result = run("show", "r3.1", "-p", str(plan_file), AS_OF, env={"COLUMNS": "200"})
    assert result.exit_code == 0
    out = result.stdout
    assert "R3.1 (made by plan import: the council's table had no ref)" in out
    assert "3. All Children in Need cases" in out
    assert "1. The experiences and progress of children who need help and protection" in out
    assert "2017-03 (due 2017-03-31)" in out
    assert "Not yet consistently embedded across all workers." in out
    assert "yes, 1 day late as of 2017-04-01" in out


def test_show_json(plan_file: Path) -> None:
    data = json.loads(run_on(plan_file, "show", "A6.2", "-f", "json", AS_OF).stdout)
    assert data["action"] == "" and data["ref"] == "A6.2"


def test_show_unknown_ref_suggests(plan_file: Path) -> None:
    result = run_on(plan_file, "show", "1.11")
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: no action has ref '1.11' (did you mean 1.1")


def test_plans_found_in_nearest_plans_folder(plan_file: Path, tmp_path: Path) -> None:
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    old = Path.cwd()
    os.chdir(deep)
    try:
        result = run("list", "-f", "json", env={"PLAN_PATH": ""})
    finally:
        os.chdir(old)
    assert len(json.loads(result.stdout)) == 55


def test_plan_path_environment(plan_file: Path, tmp_path: Path) -> None:
    result = run("summary", "-f", "json", env={"PLAN_PATH": str(plan_file)})
    assert json.loads(result.stdout)["total"] == 55


def test_several_plans(plan_file: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.yaml"
    other.write_text(plan_file.read_text().replace("ofsted", "other"), encoding="utf-8")
    result = run("summary", "-p", str(plan_file), "-p", str(other), "-f", "json")
    data = json.loads(result.stdout)
    assert data["total"] == 110
    assert data["groups"][0]["name"].startswith("ofsted-2016: ")
    assert data["groups"][4]["name"].startswith("other: ")
    result = run("show", "1.1", "-p", str(plan_file), "-p", str(other))
    assert result.exit_code == 2 and "is in several plans" in result.stderr
    result = run("list", "-p", str(plan_file.parent), "-p", str(plan_file), "-f", "json")
    assert len(json.loads(result.stdout)) == 55  # the same file named twice is read once


def test_no_plan_found(tmp_path: Path) -> None:
    old = Path.cwd()
    os.chdir(tmp_path)
    try:
        result = run("summary", env={"PLAN_PATH": ""})
    finally:
        os.chdir(old)
    assert result.exit_code == Exit.USAGE
    assert result.stderr.startswith("Error: no plan found")


def test_missing_plan_path(tmp_path: Path) -> None:
    result = run("list", "-p", str(tmp_path / "nope.yaml"))
    assert result.exit_code == Exit.USAGE
    assert "nope.yaml: no such plan file or folder" in result.stderr


def test_no_color_and_terminal_colour(plan_file: Path) -> None:
    coloured = run(
        "list", "-p", str(plan_file), "-s", "amber", env={"FORCE_COLOR": "1", "NO_COLOR": ""}
    )
    assert "\x1b[" in coloured.stdout
    plain = run(
        "list", "-p", str(plan_file), "-s", "amber", env={"FORCE_COLOR": "1", "NO_COLOR": "1"}
    )
    assert "\x1b" not in plain.stdout  # NO_COLOR: no escape codes at all, not even bold
    assert "Amber" in plain.stdout
    for command in ("summary", "overdue"):
        out = run(command, "-p", str(plan_file), env={"FORCE_COLOR": "1", "NO_COLOR": "1"}).stdout
        assert "\x1b" not in out and out
    dumb = run("list", "-p", str(plan_file), "-s", "amber", env={"TERM": "dumb", "NO_COLOR": ""})
    assert "\x1b" not in dumb.stdout


def test_version_and_short_help() -> None:
    assert run("--version").stdout.startswith("plan, version ")
    assert "Examples:" in run("-h").stdout
    for command in ("import", "list", "overdue", "summary", "show"):
        assert "Example" in run(command, "-h").stdout


def test_shipped_plan_is_found_from_the_repository(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)
    result = run("summary", "-f", "json", AS_OF, env={"PLAN_PATH": ""})
    assert json.loads(result.stdout)["total"] == 55


def test_table_export_given_as_a_plan_says_to_import_it() -> None:
    from .helpers import SEED

    result = run("list", "-p", str(SEED))
    assert result.exit_code == 1
    assert "seed.tsv:6: YAML syntax error" in result.stderr
    assert f"(this looks like a table export: run 'plan import {SEED}' first)" in result.stderr


def test_summary_with_nothing_matching(plan_file: Path) -> None:
    result = run_on(plan_file, "summary", "--officer", "SK", "--status", "blue")
    assert result.exit_code == 0
    assert result.stdout == "" and result.stderr == "No actions match.\n"
    data = json.loads(run_on(plan_file, "summary", "-s", "blue", "-f", "json").stdout)
    assert data["total"] == 0 and data["groups"] == []


@pytest.mark.parametrize(
    "args",
    [
        ("list", "--format", "json"),
        ("list", "--format", "csv"),
        ("overdue", "--format", "json"),
        ("summary", "--format", "json"),
        ("export", "--format", "csv"),
    ],
)
def test_json_and_csv_never_load_rich(args: tuple[str, ...]) -> None:
    """Scripts pay only for what they use: data formats do not import the table library."""
    import subprocess
    import sys

    code = (
        "import atexit, sys\n"
        "atexit.register(lambda: sys.stderr.write("
        "' '.join(sorted({m.split('.')[0] for m in sys.modules} & {'rich', 'openpyxl'}))))\n"
        "from ofsted_plan.__main__ import main\n"
        f"sys.argv = ['plan', *{list(args)!r}, '-p', {str(REPO / 'plans')!r}]\n"
        "main()\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""


def _broken(*args: object, **kwargs: object) -> None:
    raise RuntimeError("a bug")


def test_an_internal_error_says_how_to_see_why(monkeypatch: pytest.MonkeyPatch) -> None:
    from ofsted_plan.services import reading

    monkeypatch.setattr(reading, "list_actions", _broken)
    monkeypatch.delenv("PLAN_DEBUG", raising=False)
    quiet = run("list", "-p", str(REPO / "plans"))
    assert quiet.exit_code == Exit.INTERNAL
    assert "Traceback" not in quiet.stderr
    assert "internal error: RuntimeError: a bug" in quiet.stderr
    assert "--debug (or PLAN_DEBUG=1)" in quiet.stderr
    for shown in (
        run("--debug", "list", "-p", str(REPO / "plans")),
        run("list", "-p", str(REPO / "plans"), env={"PLAN_DEBUG": "1"}),
    ):
        assert shown.exit_code == Exit.INTERNAL
        assert shown.stderr.startswith("Traceback (most recent call last):")
        assert 'raise RuntimeError("a bug")' in shown.stderr


def test_exit_codes_are_the_documented_ones() -> None:
    assert [int(code) for code in Exit] == [0, 1, 2, 70, 130]


def test_the_entry_point_exits_130_as_errors_says() -> None:
    import ofsted_plan.__main__ as entry

    assert entry.INTERRUPTED == Exit.INTERRUPTED
