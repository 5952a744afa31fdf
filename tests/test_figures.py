"""Issue 20: figures a chair can quote. Travel by a stated rule with the counts beside it,
and a summary in words whose counts partition what they describe."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from ofsted_plan import board_words
from ofsted_plan.model import (
    Action,
    Month,
    Plan,
    Recommendation,
    Status,
    Theme,
    Update,
    updates,
    with_update,
)
from ofsted_plan.paper import Paper
from ofsted_plan.planfile.writer import dump_plan
from ofsted_plan.query import BETTER, TRAVEL_RULE, WORSE, Counts, Filters, travel
from ofsted_plan.render import sections
from ofsted_plan.render.markdown import paper_markdown
from ofsted_plan.services.paper import paper as make_paper

from .gitrepo import git

AS_OF = date(2017, 4, 15)


def _act(ref: str, end: Month, status: Status = Status.GREEN) -> Action:
    return Action(
        ref=ref, action=f"Action {ref}", start=Month(2017, 1), end=end, lead=("RG",), status=status
    )


def march_plan() -> Plan:
    """Theme 1: 1.1 red, 1.2-1.4 ended January (overdue at the March meeting), 1.8-1.10 end
    in March (not yet overdue on 10 March). Theme 2: ten green actions, 2.8 ends in March."""
    late, march, dec = Month(2017, 1), Month(2017, 3), Month(2017, 12)
    one = [_act("1.1", dec, Status.RED)]
    one += [_act(f"1.{n}", late) for n in (2, 3, 4)]
    one += [_act(f"1.{n}", dec) for n in (5, 6, 7)]
    one += [_act(f"1.{n}", march) for n in (8, 9, 10)]
    two = [_act(f"2.{n}", march if n == 8 else dec) for n in range(1, 11)]
    return Plan(
        title="Movements",
        themes=[
            Theme("Help", [Recommendation("Plans", one)]),
            Theme("Leadership", [Recommendation("Oversight", two)]),
        ],
    )


def movements_repo(folder: Path) -> Path:
    """Between meetings: reds 1 -> 4 (1.5-1.7 go red), overdue 3 -> 7 (1.8-1.10 and 2.8 end
    in March), seven actions completed (2.1-2.7)."""
    (folder / "plans").mkdir(parents=True)
    path = folder / "plans" / "plan.yaml"
    plan = march_plan()
    path.write_text(dump_plan(plan), encoding="utf-8")
    git(folder, "init", "-q", "-b", "main")
    git(folder, "add", ".")
    git(folder, "commit", "-q", "-m", "March SIB")
    git(folder, "tag", "sib-2017-03")
    actions = {a.ref: a for a in plan.actions()}
    for ref in ("1.5", "1.6", "1.7"):
        actions[ref].status = Status.RED
    for n in range(1, 8):
        actions[f"2.{n}"].status = Status.BLUE
    path.write_text(dump_plan(plan), encoding="utf-8")
    git(folder, "commit", "-q", "-am", "April", when="2017-04-12T10:00:00")
    return path


def _paper(tmp_path: Path) -> Paper:
    from ofsted_plan.planfile.reader import load_plan

    path = movements_repo(tmp_path)
    plan = load_plan(path)
    return make_paper([plan], [str(path)], Filters(), AS_OF, since="sib-2017-03")


def test_travel_is_worse_when_reds_and_overdue_rise_despite_completions(tmp_path: Path) -> None:
    paper = _paper(tmp_path)
    s = paper.summary
    assert [g.travel for g in s.groups] == ["worse", "worse"]  # 2: seven done, one overdue
    assert s.total.travel == "worse"
    assert s.total.before is not None
    assert s.total.before.by_status[Status.RED] == 1 and s.total.by_status[Status.RED] == 4
    # Overdue at the last meeting is judged on that meeting's date, not today's.
    assert s.total.before.overdue == 3 and s.total.overdue == 7
    assert sections.then_now(s.total) == "Red 1 → 4, Amber 0 → 0, Overdue 3 → 7, Blue 0 → 7"
    text = paper_markdown(paper)
    assert (
        "| **Total** |" in text
        and "Red 1 → 4, Amber 0 → 0, Overdue 3 → 7, Blue 0 → 7 | worse |" in text
    )
    assert TRAVEL_RULE[1:] in text  # the rule is in the paper's key


def test_summary_sentences_partition(tmp_path: Path) -> None:
    """The counts in each sentence are of sets that do not overlap, and add up."""
    paper = _paper(tmp_path)
    words = paper.words
    counts = paper.summary.total.by_status
    open_ = paper.summary.total.total - counts[Status.BLUE]
    first = words[0]
    assert first.startswith(
        f"{counts[Status.BLUE]} of 20 actions are complete (blue); of the {open_}"
    )
    parts = first.split("still open, ")[1]
    said = {
        name: int(n)
        for n, name in re.findall(
            r"(\d+) (?:is|are) (on track|overdue but rated green|amber|red|not rated)", parts
        )
    }
    assert sum(said.values()) == open_ == 13
    assert said == {"on track": 2, "overdue but rated green": 7, "red": 4}
    assert board_words.open_mix(paper) == {
        "on track": 2,
        "overdue but green": 7,
        "amber": 0,
        "red": 4,
        "not rated": 0,
    }
    since = next(w for w in words if w.startswith("Since "))
    assert "7 actions were completed" in since
    assert "no other RAG rating improved" in since  # the seven are not counted again
    assert "3 got worse" in since
    n = board_words.since_counts(paper)
    changed = {c.item.action.ref for c in paper.changes or [] if c.kind == "status"}
    assert n["completed"] + n["improved"] + n["worse"] == len(changed) == 10
    late = next(w for w in words if "past their end month" in w)
    numbers = [int(x) for x in re.findall(r"(\d+) rated", late)]
    assert late.startswith("7 actions are past their end month: ") and sum(numbers) == 7


@given(
    st.lists(st.integers(0, 20), min_size=5, max_size=5),
    st.lists(st.integers(0, 20), min_size=5, max_size=5),
)
def test_more_reds_or_overdue_is_never_better(a: list[int], b: list[int]) -> None:
    def counts(n: list[int]) -> Counts:
        c = Counts("x")
        c.by_status.update(
            {Status.RED: n[0], Status.AMBER: n[1], Status.GREEN: n[2], Status.BLUE: n[3]}
        )
        c.overdue = n[4]
        return c

    then, now = counts(a), counts(b)
    result = travel(now, then)
    if b[0] > a[0] or b[4] > a[4]:
        assert result == WORSE
    if result == BETTER:
        assert b[0] <= a[0] and b[0] + b[1] <= a[0] + a[1] and b[4] <= a[4]


def test_comments_are_dated_updates_and_one_paragraph_is_one_undated_update() -> None:
    paragraph = "Early help plans are being reviewed. It is in the work plan this term."
    assert updates(paragraph) == [Update(None, "", paragraph)]
    both = with_update(paragraph, "Templates signed off.", date(2017, 4, 10), "jf")
    assert both.endswith("\n2017-04-10 JF: Templates signed off.")
    assert updates(both)[-1] == Update(date(2017, 4, 10), "JF", "Templates signed off.")
    assert str(updates(both)[-1]) == "Templates signed off. (10 April 2017, JF)"
    assert updates("2017-13-45: not a day")[0].day is None  # a date that is no day is text


def test_the_paper_reads_the_last_update_only(tmp_path: Path, monkeypatch: Any) -> None:
    from ofsted_plan.planfile.reader import load_plan

    from .helpers import run

    path = movements_repo(tmp_path)
    monkeypatch.chdir(tmp_path)
    for day, text in (("2017-01-12", "Delayed by staff changes."), ("2017-04-10", "Back on.")):
        result = run("set", "1.1", "--append-comment", text, "--on", day, "--by", "RG")
        assert result.exit_code == 0, result.stderr
    result = run(
        "done", "2.9", "--comment", "Report to SIB.", "--on", "2017-04-11",
        "--no-evidence", "Report in the SIB papers",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    plan = load_plan(path)
    texts = {a.ref: [u.text for u in updates(a.comments)] for a in plan.actions()}
    assert texts["1.1"] == ["Delayed by staff changes.", "Back on."]
    assert texts["2.9"] == ["Report to SIB."]
    paper = make_paper([plan], [str(path)], Filters(), AS_OF)
    reason = next(f.reason for f in paper.exceptions if f.item.action.ref == "1.1")
    assert reason == "Back on. (10 April 2017, RG)"  # not January's reason
    bad = run("set", "1.1", "--append-comment", "x", "--on", "April")
    assert bad.exit_code == 2 and "not a date" in bad.stderr


def test_xlsx_prints_title_classification_and_pages_with_headers_that_match(
    tmp_path: Path, monkeypatch: Any
) -> None:
    import openpyxl

    from .gitrepo import make_repo
    from .helpers import run

    folder = make_repo(tmp_path / "council")
    monkeypatch.chdir(folder)
    target = tmp_path / "paper.xlsx"
    args = ["--since", "sib-2017-03", "--as-of", "2017-04-15", "--classification", "OFFICIAL"]
    result = run("export", "-o", str(target), *args)
    assert result.exit_code == 0, result.stderr
    book = openpyxl.load_workbook(target)
    for sheet in book.worksheets:
        header: Any = sheet.oddHeader
        footer: Any = sheet.oddFooter
        assert header.left.text.startswith("Improvements following"), sheet.title
        assert header.right.text == "OFFICIAL"
        assert footer.right.text == "Page &P of &N"
        assert sheet.page_margins.footer < sheet.page_margins.bottom  # the footer is seen
    quality = book["Data quality"]
    header = [c.value for c in quality[1] if c.value]
    assert header == list(sections.QUALITY_ROW_COLUMNS)
    assert all(len([c for c in row if c.value is not None]) <= len(header) for row in quality)
    changes = [str(c.value) for row in book["Changes"].iter_rows() for c in row if c.value]
    assert not any("{+" in v or "[-" in v for v in changes)
    assert any(v.startswith("was: ") and "\nnow: " in v for v in changes)


def test_a_meeting_is_dated_by_its_annotated_tag_in_every_format(
    tmp_path: Path, monkeypatch: Any
) -> None:
    import json

    from .helpers import run

    path = movements_repo(tmp_path)
    # the March commit was made on 10 March; the meeting's annotated tag on 13 March
    git(tmp_path, "tag", "-d", "sib-2017-03")
    march = git(tmp_path, "rev-list", "-1", "HEAD~1").strip()
    git(tmp_path, "tag", "-a", "sib-2017-03", "-m", "SIB", march, when="2017-03-13T10:00:00")
    monkeypatch.chdir(tmp_path)
    args = ["--since", "sib-2017-03", "--as-of", "2017-04-15"]
    text = run("export", "--format", "markdown", *args).stdout
    assert "| sib-2017-03 | 13 March 2017 |" in text  # the trend
    assert "## Changes since sib-2017-03 (13 March 2017)" in text
    assert "10 March" not in text and "2017-03-10" not in text
    html = run("export", "--format", "html", *args).stdout
    assert "13 March 2017" in html and "10 March 2017" not in html
    found = json.loads(run("summary", "--format", "json", *args).stdout)
    assert "13 March 2017" in json.dumps(found) and "10 March 2017" not in json.dumps(found)
    assert found["since"] == "sib-2017-03 (13 March 2017)"
    assert path.exists()


def test_the_board_is_asked_to_agree_each_end_month_moved_later_with_its_reason(
    tmp_path: Path, monkeypatch: Any
) -> None:
    import openpyxl

    from ofsted_plan.planfile.reader import load_plan

    from .helpers import run

    path = movements_repo(tmp_path)
    plan = load_plan(path)
    actions = {a.ref: a for a in plan.actions()}
    actions["1.5"].end = Month(2018, 2)  # two months later, with the update that says why
    actions["1.5"].comments = with_update("", "Waiting for the new team.", date(2017, 4, 13), "RG")
    actions["1.6"].comments = with_update("", "Old news.", date(2017, 3, 1))
    actions["1.6"].end = Month(2018, 1)  # moved with no update since the meeting
    path.write_text(dump_plan(plan), encoding="utf-8")
    git(tmp_path, "commit", "-q", "-am", "Moves", when="2017-04-13T10:00:00")
    actions["1.5"].comments = with_update(
        actions["1.5"].comments, "Team started.", date(2017, 4, 14)
    )  # a later update that moved nothing
    path.write_text(dump_plan(plan), encoding="utf-8")
    git(tmp_path, "commit", "-q", "-am", "Later", when="2017-04-14T10:00:00")

    paper = make_paper([load_plan(path)], [str(path)], Filters(), AS_OF, since="sib-2017-03")
    found = [(d.item.action.ref, d.was, d.now, d.months, d.reason) for d in paper.decisions]
    assert found == [
        ("1.5", "Dec 2017", "Feb 2018", 2, "Waiting for the new team. (13 April 2017, RG)"),
        ("1.6", "Dec 2017", "Jan 2018", 1, ""),
    ]
    assert any("2 end months moved later" in w and "agree them" in w for w in paper.words)

    monkeypatch.chdir(tmp_path)
    args = ["--since", "sib-2017-03", "--as-of", "2017-04-15"]
    text = run("export", "--format", "markdown", *args).stdout
    assert f"### {sections.DECISION_TITLE} (2)" in text
    assert "| **1.5** | Action 1.5 | RG | Dec 2017 → Feb 2018 | 2 months |" in text
    assert "Waiting for the new team. (13 April 2017, RG) |" in text
    agree = text.split(f"### {sections.DECISION_TITLE}", 1)[1].split("| Change |", 1)[0]
    assert sections.NO_REASON in agree and "Team started." not in agree
    html = run("export", "--format", "html", *args).stdout
    assert sections.DECISION_TITLE in html and "Waiting for the new team." in html
    target = tmp_path / "paper.xlsx"
    assert run("export", "-o", str(target), *args).exit_code == 0
    sheet = openpyxl.load_workbook(target)["To agree"]
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
    assert [r[0] for r in rows] == ["1.5", "1.6"] and rows[0][4] == 2
    assert rows[0][5] == "Waiting for the new team. (13 April 2017, RG)"


def test_the_changes_section_lists_each_completed_action_once(
    tmp_path: Path, monkeypatch: Any
) -> None:
    import openpyxl

    from .helpers import run

    movements_repo(tmp_path)
    monkeypatch.chdir(tmp_path)
    args = ["--since", "sib-2017-03", "--as-of", "2017-04-15"]
    text = run("export", "--format", "markdown", *args).stdout
    changes = text.split("## Changes since", 1)[1].split("\n## ", 1)[0]
    for n in range(1, 8):
        assert changes.count(f"**2.{n}**") + changes.count(f"| 2.{n} |") == 1, n
    html = run("export", "--format", "html", *args).stdout
    section = html.split("<h2>Changes since", 1)[1].split("</section>", 1)[0]
    for n in range(1, 8):
        assert section.count(f">2.{n}<") == 1, n
    target = tmp_path / "paper.xlsx"
    assert run("export", "-o", str(target), *args).exit_code == 0
    refs = [r[0].value for r in openpyxl.load_workbook(target)["Changes"].iter_rows(min_row=2)]
    done = sorted(str(r) for r in refs if str(r).startswith("2."))
    assert done == [f"2.{n}" for n in range(1, 8)]


def test_at_a_tag_reads_the_plans_as_they_stood_without_checking_out(
    tmp_path: Path, monkeypatch: Any
) -> None:
    import json

    from .gitrepo import make_repo
    from .helpers import run

    folder = make_repo(tmp_path / "council")  # sib-2017-03, then April: 1.10 added
    monkeypatch.chdir(folder)
    head = git(folder, "rev-parse", "HEAD")
    paper = ["export", "-f", "markdown", "--as-of", "2017-03-15", "--meeting", "SIB"]
    at = run(*paper, "--at", "sib-2017-03")
    assert at.exit_code == 0, at.stderr
    listed = json.loads(run("list", "--format", "json", "--at", "sib-2017-03").stdout)
    by_date = json.loads(run("list", "--format", "json", "--at", "2017-03-31").stdout)
    summary = run("summary", "--format", "json", "--at", "sib-2017-03", "--as-of", "2017-03-15")
    overdue = run("overdue", "--format", "csv", "--at", "sib-2017-03", "--as-of", "2017-03-15")
    gone = run("show", "1.10", "--at", "sib-2017-03")
    assert git(folder, "rev-parse", "HEAD") == head  # nothing checked out
    assert "1.10" not in [r["ref"] for r in listed] and listed == by_date
    assert gone.exit_code != 0 and "Traceback" not in gone.stderr
    git(folder, "checkout", "-q", "sib-2017-03")
    assert at.stdout == run(*paper).stdout  # the paper made at the tag
    checked_out = json.loads(run("list", "--format", "json").stdout)
    assert [{k: v for k, v in r.items() if k != "updated"} for r in checked_out] == [
        {k: v for k, v in r.items() if k != "updated"} for r in listed
    ]  # the last update from git is given for the files on disk only
    assert summary.stdout == run("summary", "--format", "json", "--as-of", "2017-03-15").stdout
    assert overdue.stdout == run("overdue", "--format", "csv", "--as-of", "2017-03-15").stdout
    bad = run("list", "--at", "no-such-tag")
    assert bad.exit_code != 0 and "no-such-tag" in bad.stderr and "Traceback" not in bad.stderr


def test_export_csv_keeps_refs_such_as_1_10_text_and_list_csv_is_unchanged(
    tmp_path: Path, monkeypatch: Any
) -> None:
    import csv
    import io

    from .gitrepo import make_repo
    from .helpers import run

    folder = make_repo(tmp_path / "council")  # the April version has 1.10
    monkeypatch.chdir(folder)
    exported = run("export", "--format", "csv", "--as-of", "2017-04-15").stdout
    assert exported.startswith("\ufeff")
    assert ',="1.10",' in exported  # unquoted: a quoted cell is text, not run, in LibreOffice
    rows = list(csv.DictReader(io.StringIO(exported.lstrip("\ufeff"))))
    refs = [r["ref"] for r in rows]
    assert '="1.10"' in refs and '="1.1"' in refs  # a spreadsheet keeps them as text
    assert all(r.startswith('="') or not r[:1].isdigit() for r in refs)
    assert any(r == "R3.1" or r.startswith("R") for r in refs if not r.startswith("="))
    listed = run("list", "--format", "csv", "--as-of", "2017-04-15").stdout
    plain = [r["ref"] for r in csv.DictReader(io.StringIO(listed))]
    assert "1.10" in plain and not any(r.startswith("=") for r in plain)
    assert len(plain) == len(refs)
