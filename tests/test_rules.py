"""A rules file settles what plan import cannot guess, and is checked like a plan."""

from __future__ import annotations

from pathlib import Path

from ofsted_plan.planfile.reader import load_plan

from .helpers import run

TRACKER = (
    "Directorate tracker 2019\n"
    "Updated weekly\n"
    "Directorate\tRecommendation\tRef\tWhat we will do\tDeadline (revised)\tOwner\tPriority"
    "\tState\n"
    "Early help\tImprove plans\t1\tAudit plans\tMar-19\tRG\tHigh\tClosed\n"
    "Early help\tImprove plans\t2\tTrain staff\tJun-19\tJF\tLow\tProgressing\n"
    "Care leavers\tPathway plans\t3\tSign off plans\tSep-19\tCP\tHigh\tStuck\n"
)
RULES = """\
# Our tracker: what plan import cannot guess
skip 2                                # 'Updated weekly'
column Directorate = theme
column What we will do = action
column Deadline (revised) = end       # the end month
column Priority = extra               # not the recommendation
column State = status
status Closed = blue
status Progressing = green
status Stuck = red
"""


def write(folder: Path, rules: str = RULES) -> Path:
    table = folder / "tracker.txt"
    table.write_text(TRACKER, encoding="utf-8")
    (folder / "tracker.rules").write_text(rules, encoding="utf-8")
    return table


def test_a_rules_file_beside_the_table_is_used(tmp_path: Path) -> None:
    table = write(tmp_path)
    target = tmp_path / "plan.yaml"
    result = run("import", str(table), "-o", str(target))
    assert result.exit_code == 0, result.stderr
    plan = load_plan(target)
    assert plan.title == "Directorate tracker 2019" and plan.notes == []
    assert [t.title for t in plan.themes] == ["Early help", "Care leavers"]
    actions = {a.ref: a for a in plan.actions()}
    assert [actions[r].status.value for r in "123"] == ["blue", "green", "red"]
    assert actions["1"].action == "Audit plans" and str(actions["3"].end) == "2019-09"
    assert actions["1"].extra == {"Priority": "High"}
    explained = run("import", str(table), "--explain").stdout
    assert f"Rules: {tmp_path / 'tracker.rules'}." in explained


def test_rules_named_on_the_command_line(tmp_path: Path) -> None:
    table = write(tmp_path)
    other = tmp_path / "other.rules"
    other.write_text(RULES.replace("Stuck = red", "Stuck = amber"), encoding="utf-8")
    target = tmp_path / "plan.yaml"
    assert run("import", str(table), "--rules", str(other), "-o", str(target)).exit_code == 0
    assert [a.status.value for a in load_plan(target).actions()][2] == "amber"


def test_mistakes_in_rules_are_refused_at_their_line(tmp_path: Path) -> None:
    for rules, line, message in (
        ("colum State = status\n", 1, "unknown rule 'colum' (did you mean 'column'?"),
        ("\n\ncolumn State = stats\n", 3, "unknown field 'stats' (did you mean 'status'?"),
        ("status Closed = bleu\n", 1, "unknown RAG status 'bleu' (did you mean 'blue'?"),
        ("column State status\n", 1, "'column' needs NAME = VALUE (e.g. column Deadline = end)"),
        ("skip two\n", 1, "'skip two' names no rows (write them like: skip 1-3, 7)"),
    ):
        table = write(tmp_path, rules)
        result = run("import", str(table), "-o", str(tmp_path / "x.yaml"))
        assert result.exit_code == 1
        assert result.stderr.startswith(f"Error: {tmp_path / 'tracker.rules'}:{line}: {message}")


def test_rules_say_dates_are_month_first(tmp_path: Path) -> None:
    table = tmp_path / "us.txt"
    table.write_text(
        "Plan\nRecommendation\tRef\tAction\tEnd\tLead\tRAG\n"
        "Improve plans\t1\tAudit plans\t03/31/2019\tRG\tGreen\n",
        encoding="utf-8",
    )
    refused = run("import", str(table), "-o", str(tmp_path / "a.yaml"))
    assert refused.exit_code == 1 and "'03/31/2019' is not a month" in refused.stderr
    (tmp_path / "us.rules").write_text("dates month-first\nskip 1\n", encoding="utf-8")
    target = tmp_path / "b.yaml"
    assert run("import", str(table), "-o", str(target)).exit_code == 0
    (action,) = load_plan(target).actions()
    assert str(action.end) == "2019-03"
    assert load_plan(target).title == ""  # line 1 skipped
    explained = run("import", str(table), "--explain").stdout
    assert "Rows skipped by the rules: 1." in explained
    (tmp_path / "us.rules").write_text("dates american\n", encoding="utf-8")
    result = run("import", str(table), "-o", str(tmp_path / "c.yaml"))
    assert f"{tmp_path / 'us.rules'}:1: unknown date style 'american'" in result.stderr


def test_refs_that_start_again_under_each_heading_are_read_by_a_rule(tmp_path: Path) -> None:
    """Refs that start again part-way down a heading (not where it starts) are refused,
    naming the rules line; with it each ref is its heading's number and the ref."""
    table = tmp_path / "audits.csv"
    table.write_text(
        "Audit,Rec No,Recommendation,Agreed action,Officer,Target date,Status\n"
        "Payroll,1,Leavers removed late,Monthly leavers report,Payroll Manager,Dec-24,Complete\n"
        "Payroll,2,Overtime unapproved,Authorise before payment,HR,Mar-25,Amber\n"
        "Direct Payments,,Accounts unaudited,Recruit an officer,Finance Manager,Jun-25,Red\n"
        "Direct Payments,1,Balances not recovered,Quarterly recovery,Finance Manager,Sep-25,Red\n",
        encoding="utf-8",
    )
    refused = run("import", str(table), "-o", str(tmp_path / "a.yaml"))
    assert refused.exit_code == 1
    assert f"{table}:5: ref 1 is used twice" in refused.stderr
    assert "rules file line: refs by heading" in refused.stderr
    (tmp_path / "audits.rules").write_text("refs by heading\n", encoding="utf-8")
    target = tmp_path / "b.yaml"
    result = run("import", str(table), "-o", str(target))
    assert result.exit_code == 0, result.stderr
    plan = load_plan(target)
    assert [(a.ref, a.extra.get("Ref as written")) for a in plan.actions()] == [
        ("1.1", "1"),
        ("1.2", "2"),
        ("R3.1", None),
        ("2.1", "1"),
    ]
    assert "Refs that start again under each heading read as" in result.stderr
    (tmp_path / "audits.rules").write_text("refs by audit\n", encoding="utf-8")
    wrong = run("import", str(table), "-o", str(tmp_path / "c.yaml"))
    assert f"{tmp_path / 'audits.rules'}:1: unknown refs rule 'by audit'" in wrong.stderr
