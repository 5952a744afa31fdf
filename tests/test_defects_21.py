"""Issue 21 items 5, 7-13, 16, 17: what a new user, a narrow terminal and Windows found."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from .gitrepo import git
from .helpers import run

ACCENTED = """\
title: Small plan
themes:
  - theme: Écoute des enfants
    recommendations:
      - recommendation: Improve plans
        actions:
          - ref: '1.1'
            action: Do it
            lead: Zoë Ångström
            status: green
          - ref: '1.2'
            action: "First line\\r\\nsecond line\\rthird line"
            lead: RG
            status: amber
"""


def small_plan(tmp_path: Path, text: str = ACCENTED) -> Path:
    target = tmp_path / "plan.yaml"
    target.write_bytes(text.encode("utf-8"))
    return target


# item 5: filters ----------------------------------------------------------------------------


@pytest.mark.parametrize("wanted", ["ZA", "za", "ZÅ", "Zoe Angstrom", "zoë ångström"])
def test_officer_matches_names_and_initials_with_or_without_accents(
    tmp_path: Path, wanted: str
) -> None:
    result = run("list", "-p", str(small_plan(tmp_path)), "--officer", wanted, "--format", "csv")
    assert result.exit_code == 0, result.stderr
    assert "Zoë Ångström" in result.stdout and "RG" not in result.stdout


def test_theme_matches_without_accents(tmp_path: Path) -> None:
    plan = str(small_plan(tmp_path))
    result = run("list", "-p", plan, "--theme", "ecoute", "-f", "json")
    assert result.exit_code == 0, result.stderr
    assert len(json.loads(result.stdout)) == 2


@pytest.mark.parametrize(
    "option", ["--theme", "--recommendation", "--officer", "--dlt", "--text", "--status"]
)
@pytest.mark.parametrize("value", ["", "  "])
def test_an_empty_filter_is_refused(tmp_path: Path, option: str, value: str) -> None:
    result = run("list", "-p", str(small_plan(tmp_path)), option, value)
    assert result.exit_code == 2
    assert option in result.stderr and "empty" in result.stderr
    assert result.stdout == ""


def test_a_carriage_return_in_a_cell_is_a_line_break(tmp_path: Path) -> None:
    result = run("list", "-p", str(small_plan(tmp_path)), env={"COLUMNS": "120"})
    assert result.exit_code == 0, result.stderr
    assert "\\r" not in result.stdout and "\r" not in result.stdout
    lines = result.stdout.splitlines()
    for words in ("First line", "second line", "third line"):
        assert sum(words in line for line in lines) == 1


# item 9: counts and their nouns agree ------------------------------------------------------

NOUNS = (
    "action|theme|recommendation|day|month|plan|letter|open action|end month|status change"
    "|other change|RAG rating"
)
ONE_WITH_MANY = re.compile(rf"(?<![\d.,])\b1 ({NOUNS})s\b|\b1 action (have|are|were)\b")
MANY_WITH_ONE = re.compile(rf"(?<![\d.,])\b([02-9]|[1-9]\d+) ({NOUNS})\b(?!s)(?! of )")
ONE_THEY = re.compile(r"\b1 action has [^.]*: they\b")


def disagreements(text: str) -> list[str]:
    found = [m[0] for m in ONE_WITH_MANY.finditer(text)]
    found += [m[0] for m in MANY_WITH_ONE.finditer(text)]
    return found + [m[0] for m in ONE_THEY.finditer(text)]


def test_the_checker_finds_what_the_issue_found() -> None:
    assert disagreements("1 action has no end month (Feb-71x): they cannot be overdue.")
    assert disagreements("1 themes, 2 recommendation, 3 actions")
    assert disagreements("Not updated for 1 days or more")
    assert not disagreements("1 action has no end month (x): it cannot be overdue.")
    assert not disagreements("2 actions have no end month; 1 recommendation, 1.1 action")


def counting_table(n: int) -> str:
    """n themes, each with one recommendation, one undated action and one overdue action."""
    header = "Recommendations:\tRef:\tAction:\tStart:\tEnd date\tMeasure:\tLead officer:\t"
    header += "DLT lead:\tComments:\tRAG status:\n"
    rows = []
    for t in range(1, n + 1):
        rows.append(f"Theme {t}\t\t\t\t\t\t\t\t\t\n{header}")
        rows.append(f"Rec {t}\t\tOngoing work {t}\tJan-17\tOngoing\t\tRG\tCP\tnote\tAmber\n")
        rows.append(f"\t\tLate work {t}\tJan-17\tFeb-17\t\tRG\tCP\tnote\tRed\n")
    return "".join(rows)


def counting_repo(tmp_path: Path, n: int) -> tuple[Path, Path]:
    folder = tmp_path / f"repo{n}"
    folder.mkdir()
    (folder / "table.tsv").write_text(counting_table(n), encoding="utf-8")
    plan = folder / "plan.yaml"
    result = run("import", str(folder / "table.tsv"), "-o", str(plan))
    assert result.exit_code == 0, result.stderr
    git(folder, "init", "-q")
    git(folder, "add", "plan.yaml")
    git(folder, "commit", "-qm", "March", when="2017-03-01T10:00:00")
    git(folder, "tag", "sib-march")
    text = plan.read_text(encoding="utf-8").replace("end: 2017-02", "end: 2017-04")
    plan.write_text(text.replace("status: red", "status: amber"), encoding="utf-8")
    git(folder, "commit", "-qam", "April", when="2017-04-01T10:00:00")
    return folder, plan


@pytest.mark.parametrize("n", [1, 2])
def test_every_message_that_counts_agrees_with_its_number(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, n: int
) -> None:
    folder, plan = counting_repo(tmp_path, n)
    monkeypatch.chdir(folder)
    p = ["-p", str(plan)]
    day = ["--as-of", "2017-05-02"]
    commands = [
        ["import", "table.tsv", "--explain"],
        ["import", "table.tsv", "-o", str(tmp_path / f"again{n}.yaml")],
        ["list", *p],
        ["overdue", *p, *day],
        ["summary", *p, *day],
        ["summary", *p, *day, "--since", "sib-march"],
        ["check", *p],
        ["diff", "sib-march", *p],
        ["trend", *p],
        ["slippage", *p],
        ["stale", *p, "--days", "1", "--as-of", "2017-04-02"],
        ["stale", *p, "--days", "2", "--as-of", "2017-04-03"],
        ["chase", *p, "--days", "1", "--as-of", "2017-04-02"],
        ["chase", *p, "--days", "2", "--as-of", "2017-04-03", "-f", "markdown"],
        ["export", *p, *day, "-o", str(tmp_path / f"x{n}.csv")],
        ["export", *p, *day, "-o", str(tmp_path / f"x{n}.ics")],
        ["export", *p, *day, "--since", "sib-march", "-o", str(tmp_path / f"x{n}.md")],
    ]
    for command in commands:
        result = run(*command, env={"COLUMNS": "200"})
        assert result.exit_code in (0, 1), (command, result.stderr)
        out = result.stdout + result.stderr
        assert not disagreements(out), (command, disagreements(out), out)
    paper = (tmp_path / f"x{n}.md").read_text(encoding="utf-8")
    assert not disagreements(paper), disagreements(paper)


@pytest.mark.parametrize("n", [1, 2, 3])
def test_the_undated_note_agrees(n: int) -> None:
    from ofsted_plan.render.text import undated_note

    note = undated_note(["Ongoing"] * n)
    assert not disagreements(note), note
    assert note.endswith("it cannot be overdue." if n == 1 else "they cannot be overdue.")


# item 8: trend bars ------------------------------------------------------------------------

GLYPHS = set("█▓▒░·")


def test_a_single_unrated_action_is_drawn_as_a_single_red_one_is() -> None:
    from ofsted_plan.model import Status
    from ofsted_plan.query import Counts
    from ofsted_plan.render.terminal import BAR_GLYPHS, bar

    counts = Counts("x")
    counts.by_status[Status.GREEN] = 53
    counts.by_status[Status.RED] = 1
    counts.by_status[Status.UNRATED] = 1
    for width in (3, 10, 20, 30):
        drawn = bar(counts, width).plain
        assert len(drawn) == width
        assert drawn.count(BAR_GLYPHS[Status.RED]) == drawn.count(BAR_GLYPHS[Status.UNRATED]) == 1


def bar_rows(out: str) -> list[tuple[int, int]]:
    """(total, bar length) of each row of a trend table."""
    rows = []
    for line in out.splitlines():
        words = line.split()
        if len(words) > 3 and set(words[-1]) <= GLYPHS and words[-3].isdigit():
            rows.append((int(words[-3]), len(words[-1])))
    return rows


def test_trend_by_officer_bars_are_as_long_as_the_number_of_actions(meetings: Path) -> None:
    result = run("trend", "--by", "officer", "--as-of", "2017-05-25", env={"COLUMNS": "120"})
    assert result.exit_code == 0, result.stderr
    rows = bar_rows(result.stdout)
    assert len(rows) == 16 and {total for total, _ in rows} == {1, 2}
    per_action = {length / total for total, length in rows}
    assert len(per_action) == 1, rows  # one scale for every officer
    assert "bar length is the number of actions" in result.stdout


# item 11: the xlsx Actions sheet sorts safely ----------------------------------------------


def test_xlsx_actions_filter_holds_only_action_rows_that_carry_their_theme(
    repo: Path, tmp_path: Path
) -> None:
    from openpyxl import load_workbook
    from openpyxl.utils.cell import range_boundaries

    target = tmp_path / "plan.xlsx"
    result = run("export", "-o", str(target), "--as-of", "2017-04-15")
    assert result.exit_code == 0, result.stderr
    actions = load_workbook(target)["Actions"]
    header = [c.value for c in actions[1]]
    first_column, first_row, last_column, last_row = range_boundaries(actions.auto_filter.ref)
    assert (first_column, first_row, last_column) == (1, 1, len(header))
    rows = list(actions.iter_rows(min_row=2, max_row=last_row, values_only=True))
    assert len(rows) == 56 and last_row == actions.max_row
    theme, rec = header.index("Theme title"), header.index("Recommendation text")
    for row in rows:  # sorted any way in Excel, each row still says where it belongs
        assert row[0] and isinstance(row[1], int) and isinstance(row[2], int), row
        assert str(row[theme]).startswith(f"Theme {row[1]}. "), row
        assert str(row[rec]).startswith(f"Recommendation {row[2]}. "), row
    # what is printed is the table as before, without the two long text columns
    assert actions.print_area == f"'Actions'!$A$1:${chr(ord('A') + theme - 1)}${last_row}"


# item 13: outside git, JSON asks no git ------------------------------------------------------

SPY = """
import json, subprocess, sys
calls = []
real = subprocess.Popen.__init__
def spy(self, args, *rest, **kwargs):
    calls.append(list(map(str, args)))
    return real(self, args, *rest, **kwargs)
subprocess.Popen.__init__ = spy
sys.argv = ["plan", *sys.argv[1:]]
from ofsted_plan.store import cache  # imported by every read anyway
cache.RACY_SECONDS = -1.0  # the test's files were just written: cache them anyway
from ofsted_plan.__main__ import main
try:
    main()
except SystemExit:
    pass
names = ("ofsted_plan.store.git", "ofsted_plan.history.timeline")
git = sorted(m for m in sys.modules if m in names)
# what a JSON list needs none of: history records, officers' records, measures
heavy = ("ofsted_plan.history", "ofsted_plan.results.history", "ofsted_plan.results.officers",
         "ofsted_plan.measures", "ofsted_plan.services.tracking")
other = sorted(m for m in sys.modules if m in heavy)
print(json.dumps({"calls": calls, "git_modules": git, "other": other}), file=sys.stderr)
"""


def spied(*args: str, cwd: Path) -> tuple[list[dict[str, str]], dict[str, list]]:
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-c", SPY, *args], capture_output=True, text=True, cwd=cwd, check=False
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout), json.loads(done.stderr.splitlines()[-1])


def test_json_outside_git_runs_no_git_and_imports_no_git_module(
    plan_file: Path, tmp_path: Path
) -> None:
    assert not any((folder / ".git").exists() for folder in [plan_file, *plan_file.parents])
    for _ in range(2):  # cold, then from the cache
        records, seen = spied("list", "--format", "json", "-p", str(plan_file), cwd=tmp_path)
        assert len(records) == 55 and all(r.get("updated") is None for r in records)
        assert seen == {"calls": [], "git_modules": [], "other": []}


def test_json_inside_git_still_has_updated(repo: Path) -> None:
    records, _ = spied("list", "--format", "json", cwd=repo)
    assert any(r.get("updated") for r in records)  # a repository is still found and read


def test_json_inside_git_from_the_cache_defines_only_the_records_it_returns(repo: Path) -> None:
    """The warm JSON list in git (issue 21 item 13's last ~3 ms): each action's last update
    comes from the cache on HEAD without the history modules, the history and officers'
    records or measures (they cost a JSON list 5.4x `python -c pass`; 4.8x without)."""
    cold, _ = spied("list", "--format", "json", cwd=repo)
    warm, seen = spied("list", "--format", "json", cwd=repo)
    assert warm == cold and any(r.get("updated") for r in warm)
    assert seen == {"calls": [], "git_modules": [], "other": []}


# item 12: a long list streams ----------------------------------------------------------------


def test_a_long_table_prints_its_first_lines_before_making_the_rest(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from rich.text import Text

    from ofsted_plan.render import terminal
    from ofsted_plan.render.rows import Column, Rows

    made: list[int] = []
    seen_at_first_write: list[int] = []

    def rows():  # type: ignore[no-untyped-def]
        for n in range(1000):
            made.append(n)
            yield [Text(str(n)), Text(f"action number {n}")]

    measure = [[str(n), f"action number {n}"] for n in range(1000)]
    table = Rows([Column("N", right=True), Column("Action", 1, 10)], rows(), 80, measure=measure)

    class Screen:
        encoding = "utf-8"
        text = ""

        def write(self, text: str) -> int:
            if not seen_at_first_write:
                seen_at_first_write.append(len(made))
            self.text += text
            return len(text)

        def flush(self) -> None:
            pass

        def isatty(self) -> bool:
            return False

    screen = Screen()
    real = terminal.console
    monkeypatch.setattr(terminal, "console", lambda **k: real(**k) if k else _on(real(), screen))
    terminal.print_trimmed(table)
    assert len(made) == 1000 and screen.text.count("\n") == 1002
    assert seen_at_first_write == [0]  # the header went out before any row was made
    lines = screen.text.splitlines()
    assert lines[0].split() == ["N", "Action"] and lines[-1].split() == [
        "999",
        "action",
        "number",
        "999",
    ]


def _on(console: object, screen: object) -> object:
    console.file = screen  # type: ignore[attr-defined]
    return console


# item 10: the README's tour works as written ------------------------------------------------

README = Path(__file__).parent.parent / "README.md"


def test_the_tour_makes_the_plans_folder_before_importing_into_it(
    seed_tsv: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = (README.parent / "docs" / "import.md").read_text(encoding="utf-8")
    first_import = text.index('$ plan import "Improvement plan.txt" -o plans/')
    assert "mkdir -p plans" in text[:first_import]
    fresh = tmp_path / "fresh"
    fresh.mkdir()
    monkeypatch.chdir(fresh)
    assert run("import", str(seed_tsv), "-o", "plans/ofsted-2016.yaml").exit_code != 0
    (fresh / "plans").mkdir()  # mkdir -p plans
    assert run("import", str(seed_tsv), "-o", "plans/ofsted-2016.yaml").exit_code == 0


def test_after_a_meeting_shows_what_plan_check_prints() -> None:
    """The guide's 'After a meeting' shows plan check's warnings (the transcript itself is run
    by tests/test_readme.py)."""
    text = (README.parent / "docs" / "weekly.md").read_text(encoding="utf-8")
    after = text.split("### After a meeting", 1)[1]
    assert "$ plan check --as-of 2017-03-20\nplans/ofsted-2016.yaml:12: warning:" in after


def test_the_pdf_extra_is_installed_from_this_repository() -> None:
    pages = [README, *(README.parent / "docs").glob("*.md")]
    text = "".join(p.read_text(encoding="utf-8") for p in pages)
    assert "pip install -e '.[pdf]'" in text and "'ofsted-plan[pdf]'" not in text


# item 17: hosted CI on three systems ---------------------------------------------------------


def test_the_ci_workflow_runs_the_suite_on_three_systems_and_four_pythons() -> None:
    import yaml

    root = Path(__file__).parent.parent
    workflow = yaml.safe_load((root / ".github" / "workflows" / "ci.yml").read_text("utf-8"))
    job = workflow["jobs"]["test"]
    matrix = job["strategy"]["matrix"]
    assert set(matrix["os"]) == {"ubuntu-latest", "macos-latest", "windows-latest"}
    assert matrix["python"] == ["3.10", "3.11", "3.12", "3.13"]
    assert job["strategy"]["fail-fast"] is False
    commands = [step.get("run", "") for step in job["steps"]]
    assert 'python -m pip install -e ".[test]"' in commands
    assert "python -m pytest -q" in commands
    assert commands[0] == "git config --global core.autocrlf false"  # before the checkout
    assert (root / ".ci" / "run").read_text("utf-8").rstrip().endswith(".venv/bin/python -m pytest")


# item 7: narrow terminals ------------------------------------------------------------------

SEED_PLAN = Path(__file__).parent.parent / "plans" / "ofsted-2016.yaml"
NARROW_COMMANDS = [
    ["list", "-p", str(SEED_PLAN), "--officer", "RG", "--status", "amber"],
    ["overdue", "-p", str(SEED_PLAN), "--as-of", "2017-01-15"],
    ["summary", "-p", str(SEED_PLAN), "--as-of", "2017-04-01"],
    ["trend", "--as-of", "2017-05-25"],
    ["slippage", "--as-of", "2017-05-25"],
    ["stale", "--days", "30", "--as-of", "2017-05-25"],
]


@pytest.mark.parametrize("width", [40, 80, 120])
@pytest.mark.parametrize("command", NARROW_COMMANDS, ids=lambda c: c[0])
def test_tables_fit_the_terminal_and_say_what_they_left_out(
    meetings: Path, command: list[str], width: int
) -> None:
    result = run(*command, env={"COLUMNS": str(width), "NO_COLOR": "1"})
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert max(map(len, lines)) <= width, "\n".join(lines)
    if width == 120:
        assert result.stderr == ""
    if result.stderr:
        assert "left out " in result.stderr and "--format csv" in result.stderr
        left_out = " ".join(result.stderr.split()).split("left out ", 1)[1].split(" to fit")[0]
        header = next(
            line for line in lines if line.startswith(("Ref", "Theme", "Meeting", "Lead"))
        )
        for title in left_out.split(", "):
            assert title not in header.split("  ")


@pytest.mark.parametrize("width", [40, 80, 120])
def test_words_are_not_broken_inside(meetings: Path, width: int) -> None:
    env = {"COLUMNS": str(width), "NO_COLOR": "1"}
    summary = run("summary", "-p", str(SEED_PLAN), "--as-of", "2017-04-01", env=env).stdout
    assert "experiences" in summary and "experience\n" not in summary
    listed = run("list", "-p", str(SEED_PLAN), "--officer", "RG", env=env).stdout
    for word in ("Multi-Agency", "Practitioner", "partnership"):
        assert word in listed, listed


@pytest.mark.parametrize("width", [80, 120])
def test_slippage_keeps_single_agency_whole(meetings: Path, width: int) -> None:
    plan = next((meetings / "plans").glob("*.yaml"))
    text = plan.read_text(encoding="utf-8")
    plan.write_text(
        text.replace("action: Audit plans", "action: Agree the single-agency audit of plans"),
        encoding="utf-8",
    )
    out = run("slippage", "--as-of", "2017-05-25", env={"COLUMNS": str(width)}).stdout
    assert "single-agency" in out, out


@pytest.mark.parametrize("by", [[], ["--by", "theme"], ["--by", "officer"]])
def test_trend_keeps_its_date_column_at_80(meetings: Path, by: list[str]) -> None:
    result = run("trend", "--as-of", "2017-05-25", *by, env={"COLUMNS": "80", "NO_COLOR": "1"})
    header = next(line for line in result.stdout.splitlines() if "Meeting" in line)
    assert "Date" in header.split() and result.stderr == ""
    assert max(map(len, result.stdout.splitlines())) <= 80


# item 16: the console, Windows' included ----------------------------------------------------


def in_a_terminal(encoding: str, *args: str, cwd: Path) -> tuple[int, bytes]:
    """`plan ARGS` with a pseudo-terminal as stdout in this encoding, as an old Windows
    console in that code page is (Python then writes the code page, not UTF-8)."""
    import subprocess
    import sys

    pty = pytest.importorskip("pty")
    main, child = pty.openpty()
    env = {**os.environ, "PYTHONIOENCODING": encoding, "COLUMNS": "100", "NO_COLOR": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "ofsted_plan", *args], stdout=child, stderr=child, env=env, cwd=cwd
    )
    os.close(child)
    out = b""
    while True:
        try:
            chunk = os.read(main, 65536)
        except OSError:
            break
        if not chunk:
            break
        out += chunk
    os.close(main)
    return proc.wait(), out


@pytest.mark.parametrize("encoding", ["cp1252", "cp850"])
@pytest.mark.parametrize(
    "command",
    [
        ["summary", "--as-of", "2017-05-25"],
        ["trend", "--as-of", "2017-05-25"],
        ["slippage", "--as-of", "2017-05-25"],
        ["list", "--text", "Ångström"],
        ["show", "1.2", "--as-of", "2017-05-25"],
    ],
    ids=lambda c: c[0] if isinstance(c, list) else c,
)
def test_an_old_windows_console_code_page_gets_readable_text_never_an_error(
    meetings: Path, encoding: str, command: list[str]
) -> None:
    code, out = in_a_terminal(encoding, *command, cwd=meetings)
    text = out.decode(encoding)
    assert "Traceback" not in text and "UnicodeEncodeError" not in text
    assert code in (0, 1), text
    if command[0] in ("summary", "trend", "slippage"):
        rules = [line for line in text.splitlines() if line and set(line) <= set("-─━=?")]
        assert rules and all("?" not in line for line in rules), text  # a line, not ????
        assert "???" not in text, text  # no bar or rule of question marks


def test_bars_and_their_legend_fall_back_to_ascii(monkeypatch: pytest.MonkeyPatch) -> None:
    import io
    import sys

    from ofsted_plan.model import Status
    from ofsted_plan.query import Counts
    from ofsted_plan.render.terminal import ASCII_GLYPHS, BAR_GLYPHS, bar, bar_glyphs

    counts = Counts("x")
    counts.by_status[Status.GREEN] = 3
    counts.by_status[Status.RED] = 1
    assert bar_glyphs() == BAR_GLYPHS  # UTF-8 here
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(io.BytesIO(), encoding="cp1252"))
    assert bar_glyphs() == ASCII_GLYPHS
    assert bar(counts, 8).plain == "======--"


def test_no_color_means_no_escape_codes(meetings: Path) -> None:
    for command in (["list"], ["summary"], ["trend"], ["stale", "--days", "1"]):
        result = run(*command, env={"NO_COLOR": "1", "FORCE_COLOR": "1", "COLUMNS": "100"})
        assert result.exit_code == 0, result.stderr
        assert "\x1b" not in result.stdout + result.stderr, command


def test_streams_on_windows_never_fail_to_encode(monkeypatch: pytest.MonkeyPatch) -> None:
    """__main__._text_streams by simulation: a console in cp850 gets 'replace', a pipe or file
    (which Windows would write in its ANSI code page) gets UTF-8."""
    import io
    import sys

    from ofsted_plan.__main__ import _text_streams

    class Stream(io.TextIOWrapper):
        tty = True

        def isatty(self) -> bool:
            return self.tty

    monkeypatch.setattr(sys, "platform", "win32")
    console = Stream(io.BytesIO(), encoding="cp850", errors="strict")
    piped = Stream(io.BytesIO(), encoding="cp1252", errors="strict")
    piped.tty = False
    monkeypatch.setattr(sys, "stdout", console)
    monkeypatch.setattr(sys, "stderr", piped)
    _text_streams()
    console.write("━ 🔴 Zoë\n")  # no UnicodeEncodeError
    piped.write("━ 🔴 Zoë\n")
    console.flush()
    piped.flush()
    assert console.buffer.getvalue() == "? ? Zoë\n".encode("cp850")  # type: ignore[attr-defined]
    assert piped.buffer.getvalue() == "━ 🔴 Zoë\n".encode()  # type: ignore[attr-defined]


def test_an_old_windows_console_is_drawn_by_rich_not_by_escape_codes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """On a legacy Windows console (no VT), rich colours through the win32 API: the table is
    handed to rich's print, never captured as ANSI text and written raw (by simulation)."""
    from rich.console import Console
    from rich.text import Text

    from ofsted_plan.render import terminal
    from ofsted_plan.render.rows import Column, Rows

    printed: list[object] = []

    class Legacy(Console):
        def print(self, *objects: object, **kwargs: object) -> None:
            printed.extend(objects)

        def capture(self):  # type: ignore[no-untyped-def]
            raise AssertionError("captured as ANSI text")

    monkeypatch.setattr(terminal, "console", lambda **k: Legacy(legacy_windows=True))
    table = Rows([Column("Ref"), Column("Action", 1)], [[Text("1"), Text("Do it")]], 80)
    terminal.print_trimmed(table)
    assert printed  # head and rows, through rich


def test_the_readme_has_a_windows_quick_start_under_the_quick_start() -> None:
    from .test_readme import quick_start

    text = README.read_text(encoding="utf-8")
    section = text.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    windows = "py -m venv .venv; .venv\\Scripts\\pip install .; .venv\\Scripts\\plan summary"
    assert f"```powershell\n{windows}\n```" in section
    assert len(quick_start()) == 2
