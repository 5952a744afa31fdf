"""Measures with targets (issue 23): the file's checks, the RAG rule, `plan measures`."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest

from ofsted_plan.measures import Measure, sparkline
from ofsted_plan.months import Month
from ofsted_plan.planfile.measures import check_measures, measures_schema

from .helpers import DATA, REPO, run

BAD = """\
measures:
  - id: a
    target: 80
    colour: red
    better: up
    recommendations: [1, 99, x]
    actions: ["9.9"]
    values:
      2017-13: 5
      2017-02: lots
"""


def plans_with(tmp_path: Path, measures: str | None = None) -> Path:
    folder = tmp_path / "plans"
    folder.mkdir()
    shutil.copy(REPO / "plans" / "ofsted-2016.yaml", folder)
    if measures is None:
        shutil.copy(DATA / "measures.yaml", folder / "measures.yaml")
    else:
        (folder / "measures.yaml").write_text(measures, encoding="utf-8")
    return folder


def test_the_example_measures_are_sound(tmp_path: Path) -> None:
    folder = plans_with(tmp_path)
    result = run("check", "--as-of", "2016-12-15", "-p", str(folder))
    assert "measures.yaml" not in result.stdout
    found, problems = check_measures(folder / "measures.yaml")
    assert problems == [] and found is not None
    assert [m.id for m in found.measures] == ["plans-smart", "cp-visits-late"]
    assert found.measures[0].values[-1] == (Month(2017, 4), 72.0)


def test_check_gives_file_and_line_for_each_problem(tmp_path: Path) -> None:
    folder = plans_with(tmp_path, BAD)
    result = run("check", "--as-of", "2016-12-15", "-p", str(folder))
    assert result.exit_code == 1
    lines = [line for line in result.stdout.splitlines() if "measures.yaml" in line]
    where = f"{folder / 'measures.yaml'}"
    assert lines == [
        f"{where}:4: unknown key 'colour' in a measure (known keys: id, name, unit, better,"
        " target, by, amber_within, recommendations, actions, values)",
        f"{where}:5: 'better' must be higher or lower, not 'up'",
        f"{where}:6: a recommendation is named by its number, not 'x'"
        " (as plan list --recommendation N names it)",
        f"{where}:6: measure 'a' names recommendation 99; the plans have 15"
        " (plan list --recommendation N lists its actions)",
        f"{where}:7: measure 'a' names action 9.9, which the plans lack"
        " (plan list shows each action's ref)",
        f"{where}:9: 'values': '2017-13' is not a month; write it as YYYY-MM, e.g. 2017-02",
        f"{where}:10: '2017-02' must be a number, not 'lots'",
    ]


def test_the_measures_file_is_not_read_as_a_plan(tmp_path: Path) -> None:
    folder = plans_with(tmp_path)
    result = run("summary", "--as-of", "2017-04-01", "-p", str(folder))
    assert result.exit_code == 0, result.stderr


def test_the_shipped_schema_is_made_from_the_reader() -> None:
    shipped = json.loads((REPO / "measures.schema.json").read_text(encoding="utf-8"))
    assert shipped == measures_schema()


def test_the_example_is_valid_under_the_schema() -> None:
    import jsonschema
    import yaml

    data = yaml.safe_load((DATA / "measures.yaml").read_text(encoding="utf-8"))
    data = json.loads(json.dumps(data, default=str))
    for measure in data["measures"]:
        measure["values"] = {str(k): v for k, v in measure["values"].items()}
        measure["by"] = str(measure["by"])
    jsonschema.validate(data, measures_schema())


def measure(better: str = "higher", target: float = 80, by: Month | None = None) -> Measure:
    return Measure("m", better=better, target=target, by=by, amber_within=10)


@pytest.mark.parametrize(
    ("better", "value", "rag"),
    [
        ("higher", 80, "green"),
        ("higher", 95, "green"),
        ("higher", 70, "amber"),
        ("higher", 69.5, "red"),
        ("lower", 80, "green"),
        ("lower", 60, "green"),
        ("lower", 90, "amber"),
        ("lower", 90.5, "red"),
    ],
)
def test_the_rag_rule(better: str, value: float, rag: str) -> None:
    assert measure(better).rag(value, Month(2017, 1)) == rag


def test_past_its_month_without_meeting_it_is_red() -> None:
    due = measure(by=Month(2017, 6))
    assert due.rag(75, Month(2017, 6)) == "amber"
    assert due.rag(75, Month(2017, 7)) == "red"
    assert due.rag(85, Month(2017, 7)) == "green"


def test_direction_follows_which_way_is_better() -> None:
    assert measure("higher").direction(50, 60) == "better"
    assert measure("lower").direction(50, 60) == "worse"
    assert measure("lower").direction(60, 60) == "same"
    assert measure().direction(None, 60) == ""


def test_sparkline() -> None:
    assert sparkline([1, 2, 3, 8]) == "▁▂▃█"
    assert sparkline([5, 5]) == "▅▅"
    assert sparkline([]) == ""


def test_plan_measures_rates_each_measure(tmp_path: Path) -> None:
    folder = plans_with(tmp_path)
    result = run("measures", "--as-of", "2017-05-10", "-f", "json", "-p", str(folder))
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    smart, visits = data["measures"]
    assert (smart["latest"], smart["month"], smart["target"], smart["by"]) == (
        72,
        "2017-04",
        80,
        "2017-09",
    )
    assert (smart["rag"], smart["since_previous"], smart["recommendations"]) == (
        "amber",
        "better",
        [1],
    )
    assert (visits["rag"], visits["since_previous"], visits["stale"]) == ("green", "better", False)
    assert result.stderr == ""


def test_past_due_and_stale_measures(tmp_path: Path) -> None:
    folder = plans_with(tmp_path)
    result = run("measures", "--as-of", "2017-10-10", "-f", "csv", "-p", str(folder))
    lines = result.stdout.splitlines()
    assert lines[0].startswith("id,name,unit,better,latest,month,target,by,rag")
    assert lines[1].startswith("plans-smart,Children's plans audited as SMART,%,higher,72,")
    assert ",red," in lines[1] and lines[1].endswith(",163,true")
    assert result.stderr == (
        "Stale (no value for more than 90 days): plans-smart, cp-visits-late.\n"
    )
    fresh = run("measures", "--as-of", "2017-10-10", "--days", "200", "-p", str(folder))
    assert "Stale" not in fresh.stdout + fresh.stderr


def test_plan_measures_in_the_terminal_has_a_trend_line(tmp_path: Path) -> None:
    folder = plans_with(tmp_path)
    result = run("measures", "--as-of", "2017-05-10", "-p", str(folder), env={"COLUMNS": "100"})
    assert "▁▃▆█" in result.stdout and "█▅▃▁" in result.stdout
    assert "72% 2017-04" in result.stdout and "80% by 2017-09" in result.stdout


def test_plan_measures_without_a_file_says_how_to_write_one(tmp_path: Path) -> None:
    folder = plans_with(tmp_path)
    (folder / "measures.yaml").unlink()
    result = run("measures", "-p", str(folder))
    assert result.exit_code == 2
    assert "no measures file" in result.stderr and "docs/measures.md" in result.stderr


def tagged_in_march(folder: Path) -> None:
    """The folder a git repository, its files committed on 20 March 2017 as sib-2017-03."""
    from .gitrepo import git

    git(folder, "init", "-q", "-b", "main")
    git(folder, "add", ".")
    git(folder, "commit", "-q", "-m", "March", when="2017-03-20T10:00:00")
    git(folder, "tag", "sib-2017-03")


def test_direction_since_a_meeting(tmp_path: Path) -> None:
    folder = plans_with(tmp_path)
    tagged_in_march(tmp_path)
    result = run(
        "measures",
        "--since",
        "sib-2017-03",
        "--as-of",
        "2017-05-10",
        "-f",
        "json",
        "-p",
        str(folder),
    )
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["since_date"] == "2017-03-20"
    smart = data["measures"][0]
    assert (smart["at_meeting"], smart["since_meeting"]) == (66, "better")


def test_measure_add_changes_only_its_line(tmp_path: Path) -> None:
    folder = plans_with(tmp_path)
    path = folder / "measures.yaml"
    before = path.read_text(encoding="utf-8")
    result = run("measure", "add", "plans-smart", "2017-05", "78", "-p", str(folder))
    assert result.exit_code == 0, result.stderr
    after = path.read_text(encoding="utf-8")
    assert after == before.replace("      2017-04: 72\n", "      2017-04: 72\n      2017-05: 78\n")
    run("measure", "add", "plans-smart", "Feb-17", "62", "-p", str(folder))
    assert path.read_text(encoding="utf-8") == after.replace("2017-02: 61", "2017-02: 62")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("nope", "2017-05", "1"), "no measure 'nope'"),
        (("plans-smart", "2017-05", "lots"), "must be a number, not 'lots'"),
        (("plans-smart", "2017-13", "1"), "'2017-13' is not a month"),
    ],
)
def test_measure_add_refuses(tmp_path: Path, args: tuple[str, ...], message: str) -> None:
    folder = plans_with(tmp_path)
    before = (folder / "measures.yaml").read_bytes()
    result = run("measure", "add", *args, "-p", str(folder))
    assert result.exit_code == 2 and message in result.stderr
    assert (folder / "measures.yaml").read_bytes() == before


def test_measure_add_to_a_measure_with_no_values(tmp_path: Path) -> None:
    folder = plans_with(tmp_path, "measures:\n  - id: new\n    target: 5\n")
    run("measure", "add", "new", "2017-05", "4", "-p", str(folder))
    assert (folder / "measures.yaml").read_text(encoding="utf-8") == (
        "measures:\n  - id: new\n    target: 5\n    values:\n      2017-05: 4\n"
    )


# Evidence before Blue ------------------------------------------------------------------------


def shipped(tmp_path: Path) -> Path:
    folder = tmp_path / "plans"
    folder.mkdir()
    shutil.copy(REPO / "plans" / "ofsted-2016.yaml", folder)
    return folder / "ofsted-2016.yaml"


def test_done_needs_evidence_or_a_reason(tmp_path: Path) -> None:
    plan = shipped(tmp_path)
    before = plan.read_bytes()
    result = run("done", "1.1", "-p", str(plan))
    assert result.exit_code == 2 and "--no-evidence REASON" in result.stderr
    assert plan.read_bytes() == before
    both = run("done", "1.1", "--evidence", "x", "--no-evidence", "y", "-p", str(plan))
    assert both.exit_code == 2 and "not both" in both.stderr


def test_done_records_evidence_and_changes_only_the_action(tmp_path: Path) -> None:

    plan = shipped(tmp_path)
    before = plan.read_text(encoding="utf-8")
    days = [date.today().isoformat()]  # evidence is dated the day it is recorded: the day
    result = run(  # before the run or after it (a run across midnight has both)
        "done", "1.1", "--evidence", "Audit: 18 of 20 plans SMART", "--link", "audits/may.xlsx",
        "--checked-by", "JF", "-p", str(plan),
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    days.append(date.today().isoformat())
    text = plan.read_text(encoding="utf-8")
    today = next((d for d in days if f"date: '{d}'" in text), days[0])
    added = (
        "            status: blue\n"
        "            evidence:\n"
        "              - what: 'Audit: 18 of 20 plans SMART'\n"
        "                link: audits/may.xlsx\n"
        f"                date: '{today}'\n"
        "                checked_by: JF\n"
    )
    assert plan.read_text(encoding="utf-8") == before.replace(
        "            status: amber\n", added, 1
    )
    shown = json.loads(run("show", "1.1", "-f", "json", "-p", str(plan)).stdout)
    assert shown["evidence"] == [
        {
            "what": "Audit: 18 of 20 plans SMART",
            "link": "audits/may.xlsx",
            "date": today,
            "checked_by": "JF",
        }
    ]
    run("done", "1.1", "--no-evidence", "Second audit lost", "-p", str(plan))
    shown = json.loads(run("show", "1.1", "-f", "json", "-p", str(plan)).stdout)
    assert shown["evidence"][1] == {"no_evidence": "Second audit lost", "date": today}


def test_strict_check_fails_on_blue_without_checked_evidence(tmp_path: Path) -> None:
    plan = shipped(tmp_path)
    run("done", "1.1", "--evidence", "Audit", "--checked-by", "RG", "-p", str(plan))  # its lead
    run("done", "1.2", "--no-evidence", "Report due in June", "-p", str(plan))
    run("done", "1.3", "--evidence", "Audit", "--checked-by", "JF", "-p", str(plan))
    loose = run("check", "--as-of", "2016-12-15", "-p", str(plan))
    assert "evidence" not in loose.stdout
    strict = run("check", "--strict", "--as-of", "2016-12-15", "-p", str(plan))
    assert strict.exit_code == 1
    found = [line.split(" (record")[0] for line in strict.stdout.splitlines() if "evidence" in line]
    assert found == [
        f"{plan}:12: warning: action 1.1 is complete (blue) with evidence checked only by its"
        " own lead officer",
        f"{plan}:31: warning: action 1.2 is complete (blue) with no evidence",
    ]


def test_evidence_in_the_file_is_checked(tmp_path: Path) -> None:
    plan = shipped(tmp_path)
    text = plan.read_text(encoding="utf-8").replace(
        "            status: amber\n",
        "            status: blue\n            evidence:\n              - link: x\n"
        "                date: May\n                colour: red\n",
        1,
    )
    plan.write_text(text, encoding="utf-8")
    result = run("check", "-p", str(plan), "--as-of", "2016-12-15")
    lines = [line for line in result.stdout.splitlines() if "evidence" in line[len(str(plan)) :]]
    assert [line.split(" (")[0] for line in lines] == [
        f"{plan}:28: an evidence entry says what it is under 'what:'",
        f"{plan}:29: evidence date 'May' is not YYYY-MM-DD",
        f"{plan}:30: unknown key 'colour' in an evidence entry",
    ]


def test_the_paper_lists_blue_actions_without_checked_evidence(tmp_path: Path) -> None:
    plan = shipped(tmp_path)
    run("done", "1.1", "--evidence", "Audit", "--checked-by", "JF", "-p", str(plan))
    run("done", "1.2", "--no-evidence", "Report due in June", "-p", str(plan))
    paper = run("export", "-f", "markdown", "--as-of", "2017-04-01", "-p", str(plan)).stdout
    quality = paper.split("## Data quality")[1].split("\n## ")[0]
    assert "Complete without evidence checked by someone other than its lead" in quality
    assert "1.2" in quality and "1.1" not in quality.split("its lead")[1].split("\n")[0]


# Impact in the board paper --------------------------------------------------------------------


def rec_one_complete(tmp_path: Path) -> Path:
    """The shipped plan with every action of recommendation 1 complete, and the measures."""
    import re

    folder = plans_with(tmp_path)
    plan = folder / "ofsted-2016.yaml"
    text = plan.read_text(encoding="utf-8")
    start = text.index("- recommendation: 'Ofsted recommendation 1")
    end = text.index("- recommendation:", start + 10)
    part = re.sub(r"status: \w+", "status: blue", text[start:end])
    plan.write_text(text[:start] + part + text[end:], encoding="utf-8")
    return folder


PAPER = ("--as-of", "2017-05-10")


def test_markdown_paper_shows_impact_after_the_exceptions(tmp_path: Path) -> None:
    folder = rec_one_complete(tmp_path)
    paper = run("export", "-f", "markdown", *PAPER, "-p", str(folder)).stdout
    assert paper.index("## Exceptions") < paper.index("## Impact") < paper.index("## Data quality")
    impact = paper.split("## Impact: measures against their targets (2)")[1].split("\n## ")[0]
    assert "| Children's plans audited as SMART | 72% (Apr 2017) | 80% by Sep 2017 |" in impact
    assert "▁▃▆█" in impact
    summary = paper.split("## Executive summary")[1].split("\n## ")[0]
    assert "Recommendation 1 is complete, impact not yet shown" in summary
    assert "1 of 2 measures of impact is met." in summary
    rag_table = paper.split("## RAG status by")[1].split("\n## ")[0]
    assert "**Recommendation 1: complete, impact not yet shown.**" in rag_table


def test_html_paper_shows_impact_and_the_mark(tmp_path: Path) -> None:
    folder = rec_one_complete(tmp_path)
    page = run("export", "-f", "html", *PAPER, "-p", str(folder)).stdout
    assert page.index("Exceptions:") < page.index("Impact: measures") < page.index("Data quality")
    assert page.count("Recommendation 1: complete, impact not yet shown.") == 2
    assert "Recommendation 1 is complete, impact not yet shown" in page
    assert '<svg class="spark"' in page


def test_xlsx_paper_has_an_impact_sheet(tmp_path: Path) -> None:
    import io

    from openpyxl import load_workbook

    folder = rec_one_complete(tmp_path)
    out = tmp_path / "paper.xlsx"
    result = run("export", *PAPER, "-o", str(out), "-p", str(folder))
    assert result.exit_code == 0, result.stderr
    book = load_workbook(io.BytesIO(out.read_bytes()))
    sheet = book["Impact"]
    rows = [[c.value for c in r] for r in sheet.iter_rows()]
    assert rows[0][:4] == ["Measure", "Latest", "Target", "RAG"]
    assert rows[1][:4] == [
        "Children's plans audited as SMART",
        "72% (Apr 2017)",
        "80% by Sep 2017",
        "Amber",
    ]
    assert rows[1][5] == "55% → 61% → 66% → 72%"
    text = " ".join(str(c.value) for r in book["Summary"].iter_rows() for c in r if c.value)
    assert "Recommendation 1: complete, impact not yet shown." in text
    assert "Recommendation 1 is complete, impact not yet shown" in text
    assert book.sheetnames.index("Impact") > book.sheetnames.index("Exceptions")


def test_pdf_paper_shows_the_mark(tmp_path: Path) -> None:
    pytest.importorskip("weasyprint")
    from pypdf import PdfReader

    folder = rec_one_complete(tmp_path)
    out = tmp_path / "paper.pdf"
    result = run("export", *PAPER, "-o", str(out), "-p", str(folder))
    assert result.exit_code == 0, result.stderr
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert "complete, impact not yet shown" in " ".join(text.split())
    assert "Impact: measures against their targets" in " ".join(text.split())


def test_plan_summary_shows_the_mark(tmp_path: Path) -> None:
    folder = rec_one_complete(tmp_path)
    env = {"COLUMNS": "200"}
    by_theme = run("summary", *PAPER, "-p", str(folder), env=env).stdout
    assert "Recommendation 1: complete, impact not yet shown (plan measures)." in by_theme
    by_rec = run("summary", "--by", "recommendation", *PAPER, "-p", str(folder), env=env).stdout
    assert "(complete, impact not yet shown)" in by_rec
    data = json.loads(run("summary", "-f", "json", *PAPER, "-p", str(folder)).stdout)
    assert data["impact_not_shown"] == [1]


def test_met_measures_clear_the_mark(tmp_path: Path) -> None:
    folder = rec_one_complete(tmp_path)
    run("measure", "add", "plans-smart", "2017-05", "81", "-p", str(folder))
    paper = run("export", "-f", "markdown", *PAPER, "-p", str(folder)).stdout
    assert "impact not yet shown" not in paper
    assert "2 of 2 measures of impact are met." in paper


def test_paper_direction_since_the_last_meeting(tmp_path: Path) -> None:
    folder = rec_one_complete(tmp_path)
    tagged_in_march(tmp_path)
    paper = run(
        "export", "-f", "markdown", *PAPER, "--since", "sib-2017-03", "-p", str(folder)
    ).stdout
    assert "| 72% (Apr 2017) | 80% by Sep 2017 | 🟠 Amber | better (was 66%) | ▁▃▆█ |" in paper


# plan measure import -------------------------------------------------------------------------


EMPTY = """\
measures:
  - id: plans-smart
    name: Children's plans audited as SMART
    target: 80
  - id: cp-visits-late
    name: Child protection visits out of timescale
    better: lower
    target: 5
"""


def test_import_a_table_of_one_row_a_measure(tmp_path: Path) -> None:
    folder = plans_with(tmp_path, EMPTY)
    table = tmp_path / "scorecard.csv"
    table.write_text(
        "Measure,Jan-17,Feb-17,Mar-17\nplans-smart,55,61%,\n"
        "Child protection visits out of timescale,21,-,9\n",
        encoding="utf-8",
    )
    result = run("measure", "import", str(table), "-p", str(folder))
    assert result.exit_code == 0, result.stderr
    assert "Imported 4 values of 2 measures" in result.stderr
    found, problems = check_measures(folder / "measures.yaml")
    assert problems == [] and found is not None
    smart, visits = found.measures
    assert smart.values == ((Month(2017, 1), 55.0), (Month(2017, 2), 61.0))
    assert visits.values == ((Month(2017, 1), 21.0), (Month(2017, 3), 9.0))


def test_import_a_workbook_of_one_column_a_measure(tmp_path: Path) -> None:
    from openpyxl import Workbook

    folder = plans_with(tmp_path, EMPTY)
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in (
        ["Month", "plans-smart", "cp-visits-late"],
        ["2017-01", 55, 21],
        ["2017-02", 61, 14],
    ):
        sheet.append(row)
    book.save(tmp_path / "scorecard.xlsx")
    result = run("measure", "import", str(tmp_path / "scorecard.xlsx"), "-p", str(folder))
    assert result.exit_code == 0, result.stderr
    found, _ = check_measures(folder / "measures.yaml")
    assert found is not None
    assert [len(m.values) for m in found.measures] == [2, 2]


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ("Measure,Jan-17\nunknown,5\n", ":2: no measure is called 'unknown'"),
        ("Measure,Jan-17\nplans-smart,lots\n", ":2:2: 'lots' is not a number"),
        ("Measure,Jan-17,Total\nplans-smart,5,5\n", ":1:3: 'Total' is not a month"),
        ("a,b\nc,d\n", ":1: cannot tell where the months are"),
    ],
)
def test_import_refuses_what_it_cannot_place(tmp_path: Path, table: str, message: str) -> None:
    folder = plans_with(tmp_path, EMPTY)
    path = tmp_path / "scorecard.csv"
    path.write_text(table, encoding="utf-8")
    result = run("measure", "import", str(path), "-p", str(folder))
    assert result.exit_code == 1
    assert message in result.stderr
    assert (folder / "measures.yaml").read_text(encoding="utf-8") == EMPTY


def test_plan_schema_measures_prints_the_shipped_schema() -> None:
    result = run("schema", "--measures")
    assert result.exit_code == 0
    assert result.stdout == (REPO / "measures.schema.json").read_text(encoding="utf-8")
