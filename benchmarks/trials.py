"""Issue 25's trials, re-run against the installed `plan`: races, kills, hostile input, time.

Not a test: run by hand (`.venv/bin/python benchmarks/trials.py [--quick] [--only 1,4,kill]`).
Every trial works on a temporary copy of the seed plan (plans/ofsted-2016.yaml), in a
temporary git repository where it needs one, with its own cache of parsed plans; it runs
`plan` as a user's shell does (its own process), and where a trial needs a moment widened
or a system call refused, `plan` is started through `python -c` with that one change made
first (as the tests do with `files.hook` and monkeypatch). It prints a Markdown table (item,
trial, runs, failures now, figure) and writes it, with the counts used, to
benchmarks/TRIALS.md.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import io
import json
import os
import platform
import pty
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SEED = REPO / "plans" / "ofsted-2016.yaml"
PYTHON = sys.executable
PLAN = str(Path(PYTHON).parent / "plan")
sys.path.insert(0, str(HERE))

from generate import plan_table  # noqa: E402

# `plan` with one change made first: PRELUDE + that change + MAIN, run with `python -c`.
MAIN = "\nimport sys\nfrom ofsted_plan.__main__ import main\nsys.argv[0] = 'plan'\nmain()\n"
SEED_ACTIONS = 55


@dataclass
class Ran:
    code: int
    out: str
    err: str
    seconds: float
    peak_mib: float
    timed_out: bool = False

    @property
    def message(self) -> str:
        """The first line of stderr that says something, shortened for a table cell."""
        lines = [line.strip() for line in self.err.splitlines() if line.strip()]
        text = next((line for line in lines if line.startswith("Error")), lines[0] if lines else "")
        return text if len(text) <= 150 else text[:147] + "..."


@dataclass
class Row:
    item: str
    trial: str
    runs: str
    failures: str
    figure: str


ROWS: list[Row] = []
WORK = Path()
ENV: dict[str, str] = {}


def row(item: str, trial: str, runs: object, failures: object, figure: str) -> None:
    found = Row(item, trial, str(runs), str(failures), figure)
    ROWS.append(found)
    print(f"| {found.item} | {found.trial} | {found.runs} | {found.failures} | {found.figure} |")
    sys.stdout.flush()


# The process is started by a small Python that forks it and reports its exit status and
# peak memory: a child forked straight from this (larger) process would count this one's
# pages in its peak.
MEASURE = (
    "import os, resource, sys\n"
    "pid = os.fork()\n"
    "if pid == 0:\n"
    "    limit = int(sys.argv[2]) * 2**20 or resource.RLIM_INFINITY\n"
    "    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))\n"
    "    os.execvp(sys.argv[3], sys.argv[3:])\n"
    "_, status, usage = os.wait4(pid, 0)\n"
    "with open(sys.argv[1], 'w') as out:\n"
    "    out.write(f'{os.waitstatus_to_exitcode(status)} {usage.ru_maxrss}')\n"
)


def run(
    argv: Sequence[str | Path],
    *,
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
    timeout: float = 600,
    user: tuple[int, int] | None = None,
    memory_mib: int = 0,
) -> Ran:
    """Run a process to its end (or kill it after `timeout`): its exit code, output, wall
    time and peak resident memory (its own, from wait4); with `memory_mib`, its address
    space is limited to that (so a runaway cannot take the machine's memory)."""
    args = [str(a) for a in argv]
    if user is not None:
        args = ["setpriv", f"--reuid={user[0]}", f"--regid={user[1]}", "--clear-groups", *args]
    with (
        tempfile.TemporaryFile() as out,
        tempfile.TemporaryFile() as err,
        tempfile.NamedTemporaryFile("r") as report,
    ):
        os.chmod(report.name, 0o666)
        started = time.perf_counter()
        proc = subprocess.Popen(
            [PYTHON, "-c", MEASURE, report.name, str(memory_mib), *args],
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=err,
            env=ENV if env is None else env,
            cwd=cwd,
            start_new_session=True,
        )
        timed_out = False
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            timed_out = True
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        seconds = time.perf_counter() - started
        code, peak = [*report.read().split(), "-9", "0"][:2]
        out.seek(0)
        err.seek(0)
        return Ran(
            int(code),
            out.read().decode("utf-8", "replace"),
            err.read().decode("utf-8", "replace"),
            seconds,
            int(peak) / 1024,
            timed_out,
        )


def plan(*args: str | Path, **kwargs: object) -> Ran:
    return run([PLAN, *args], **kwargs)  # type: ignore[arg-type]


def patched(change: str, *args: str | Path, **kwargs: object) -> Ran:
    """`plan ARGS` with `change` (Python) made before the command runs."""
    return run([PYTHON, "-c", change + MAIN, *args], **kwargs)  # type: ignore[arg-type]


def git(folder: Path, *args: str, when: str = "2017-03-01T10:00:00") -> str:
    env = {
        **ENV,
        "GIT_AUTHOR_NAME": "Trials",
        "GIT_AUTHOR_EMAIL": "trials@example.org",
        "GIT_COMMITTER_NAME": "Trials",
        "GIT_COMMITTER_EMAIL": "trials@example.org",
        "GIT_AUTHOR_DATE": when,
        "GIT_COMMITTER_DATE": when,
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_CONFIG_NOSYSTEM": "1",
    }
    done = subprocess.run(
        ["git", "-C", str(folder), *args], env=env, capture_output=True, text=True, check=True
    )
    return done.stdout


def seed(name: str, *, repo: bool = True) -> Path:
    """A fresh copy of the seed plan at NAME/plans/ofsted-2016.yaml, committed in a new git
    repository (tagged sib-2017-03) unless `repo` is false."""
    folder = WORK / name
    (folder / "plans").mkdir(parents=True)
    target = folder / "plans" / "ofsted-2016.yaml"
    target.write_bytes(SEED.read_bytes())
    if repo:
        git(folder, "init", "-q", "-b", "main")
        git(folder, "add", ".")
        git(folder, "commit", "-q", "-m", "The plan")
        git(folder, "tag", "sib-2017-03")
    return target


def edit_plan(path: Path, change: Callable[[dict], None]) -> None:
    """Change a plan through the package's own reader and writer (for text no command line
    can carry: megabytes, control characters)."""
    from ofsted_plan.planfile.reader import load_plan
    from ofsted_plan.planfile.writer import dump_plan

    loaded = load_plan(path)
    change({a.ref: a for a in loaded.actions()})
    path.write_text(dump_plan(loaded), encoding="utf-8")


def comments_of(path: Path) -> dict[str, str]:
    from ofsted_plan.planfile.reader import load_plan

    return {a.ref: a.comments for a in load_plan(path).actions()}


def secs(value: float) -> str:
    return f"{value:.2f} s" if value < 10 else f"{value:.1f} s"


# ---------------------------------------------------------------- 1-2: races


def editor_race(name: str, runs: int, delay: float) -> tuple[int, int, int, int]:
    """`plan set` `runs` times while an editor saves the plan (whole text to a temp file,
    renamed over it) every 0-30 ms; with `delay`, plan's last moment before its rename is
    widened by that much. (editor saves, saves lost, plan set refused, other failures)."""
    path = seed(name, repo=False)
    stop = threading.Event()
    saves: list[int] = []

    def editor() -> None:
        n = 0
        while not stop.is_set():
            time.sleep(random.uniform(0, 0.03))
            text = path.read_bytes() + f"# save {n}\n".encode()
            temp = path.with_name(f".{path.name}.editor~")
            temp.write_bytes(text)
            os.replace(temp, path)
            saves.append(n)
            n += 1

    widen = (
        "import time\nfrom ofsted_plan.store import files\n"
        f"files.hook = lambda stage, path: time.sleep({delay}) if stage == 'rename' else None\n"
    )
    thread = threading.Thread(target=editor)
    thread.start()
    refused = other = 0
    try:
        for k in range(runs):
            args = ("set", "1.1", "--comment", f"round {k}", "-p", path)
            done = patched(widen, *args) if delay else plan(*args)
            if done.code:
                if "changed on disk" in done.err:
                    refused += 1
                else:
                    other += 1
                    print(done.err, file=sys.stderr)
    finally:
        stop.set()
        thread.join()
    text = path.read_text(encoding="utf-8")
    lost = sum(f"# save {n}\n" not in text for n in saves)
    return len(saves), lost, refused, other


def trial_1(quick: bool) -> None:
    for runs, delay in ((100 if quick else 300, 0.0), (30 if quick else 60, 0.05)):
        started = time.perf_counter()
        saves, lost, refused, other = editor_race(f"race-{delay}", runs, delay)
        widened = f", gap widened {delay * 1000:.0f} ms" if delay else ""
        row(
            "1",
            f"editor saves (temp+rename every 0-30 ms) during `plan set`{widened}",
            f"{runs} sets, {saves} saves",
            f"{lost} saves lost; {other} other errors",
            f"{refused} sets refused ('changed on disk', nothing written); "
            f"{secs(time.perf_counter() - started)}",
        )


HAND_MADE = """\
      - recommendation: A recommendation added by hand {n}
        actions:
          - ref: '0.{n}'
            action: Made by hand
            status: green
"""


def hand_edit_at_lock(n: int) -> str:
    """The change `patched` makes for a forced race: the hand edit made the moment `plan add`
    (which has read the plan) asks for the lock, the widest the old gap could be."""
    return (
        "import contextlib, os\n"
        "from pathlib import Path\n"
        "from ofsted_plan.store import files\n"
        "real = files.locked\n"
        "@contextlib.contextmanager\n"
        "def locked(path, **kwargs):\n"
        "    path = Path(path)\n"
        "    text = path.read_text(encoding='utf-8')\n"
        "    first = text.index('      - recommendation:')\n"
        "    temp = path.with_name('.' + path.name + '.editor~')\n"
        f"    temp.write_text(text[:first] + {HAND_MADE.format(n=n)!r} + text[first:], "
        "encoding='utf-8')\n"
        "    os.replace(temp, path)\n"
        "    with real(path, **kwargs):\n"
        "        yield\n"
        "files.locked = locked\n"
    )


def trial_2(quick: bool) -> None:
    """`plan add -r TEXT` of the second recommendation while a hand edit inserts a new first
    recommendation: at a random moment of plan's run, then forced into the moment between
    plan's read and its lock."""
    from ofsted_plan.planfile.reader import load_plan

    path = seed("add-race", repo=False)
    original = SEED.read_text(encoding="utf-8")
    second = load_plan(path).themes[0].recommendations[1].text
    runs = 40 if quick else 100
    span = plan("add", "probe", "-r", second[:50], "--dry-run", "-p", path).seconds
    for forced in (False, True):
        misplaced = refused = absent = edited = 0
        for n in range(runs):
            path.write_text(original, encoding="utf-8")

            def hand_edit(n: int = n) -> None:
                time.sleep(random.uniform(0, span))
                text = path.read_text(encoding="utf-8")
                first = text.index("      - recommendation:")
                temp = path.with_name(f".{path.name}.editor~")
                temp.write_text(
                    text[:first] + HAND_MADE.format(n=n) + text[first:], encoding="utf-8"
                )
                os.replace(temp, path)

            args = ("add", f"Goes under the second {n}", "-r", second[:50], "-p", path)
            if forced:
                done = patched(hand_edit_at_lock(n), *args)
            else:
                thread = threading.Thread(target=hand_edit)
                thread.start()
                done = plan(*args)
                thread.join()
            recs = load_plan(path).themes[0].recommendations
            edited += recs[0].text.startswith("A recommendation added by hand")
            if done.code:
                refused += "changed on disk" in done.err
                continue
            holders = [r.text for r in recs for a in r.actions if a.action.startswith("Goes under")]
            if not holders:
                absent += 1  # the hand edit's rename came after plan's: the editor's save won
            else:
                hand = recs[0].text.startswith("A recommendation added by hand")
                misplaced += holders != [second] or (hand and len(recs[0].actions) != 1)
        when = (
            "forced between plan's read and its lock"
            if forced
            else "at a random moment of plan's run"
        )
        row(
            "2",
            f"`plan add -r TEXT` while a hand edit inserts a recommendation above it, {when}",
            runs,
            f"{misplaced} misplaced",
            f"hand edit landed in {edited}; {refused} adds refused ('changed on disk'); "
            f"{absent} adds overwritten by the hand edit's later save (the editor's own race)",
        )


# ---------------------------------------------------------------- 3: merged cells


def workbook(
    name: str, rows: Sequence[Sequence[object]], change: Callable, merges: Sequence[str] = ()
) -> Path:
    """A one-sheet workbook of `rows`, changed by `change`, with `merges` written into the
    sheet's XML (openpyxl's merge_cells would make an object for every cell of a range a
    million rows long)."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Plan"
    for cells in rows:
        sheet.append(list(cells))
    change(sheet)
    path = WORK / name
    book.save(path)
    if merges:
        plain = path.with_suffix(".plain.xlsx")
        path.rename(plain)
        cells = "".join(f'<mergeCell ref="{ref}"/>' for ref in merges)
        block = f'</sheetData><mergeCells count="{len(merges)}">{cells}</mergeCells>'
        with (
            zipfile.ZipFile(plain) as source,
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out,
        ):
            for info in source.infolist():
                data = source.read(info)
                if info.filename == "xl/worksheets/sheet1.xml":
                    data = data.decode().replace("</sheetData>", block, 1).encode()
                out.writestr(info, data)
        plain.unlink()
    return path


XLSX_HEADER: list[object] = [
    "Theme",
    "Recommendation",
    "Ref",
    "Action",
    "End date",
    "RAG",
    "Lead officer",
]


def trial_3(quick: bool) -> None:
    rows: list[list[object]] = [
        XLSX_HEADER,
        ["Help", "Improve plans", "1", "Audit plans", "Mar-19", "Green", "RG"],
        ["", "", "2", "Train staff", "Jun-19", "Amber", "JF"],
        ["", "", "3", "Report to SIB", "Jul-19", "Red", "PD"],
        ["", "", "4", "Review the audit", "Sep-19", "Green", "RG"],
        [],
        [],
        [],
        [],
    ]

    for trial, name, merges in (
        ("lead merged down G5:G9 into 4 empty rows", "lead", ["G5:G9"]),
        ("G5:G9 and a whole-column merge H1:H1048576", "column", ["G5:G9", "H1:H1048576"]),
    ):
        book = workbook(f"merged-{name}.xlsx", rows, lambda sheet: None, merges)
        out = WORK / f"merged-{name}.yaml"
        done = plan("import", book, "-o", out, memory_mib=LIMIT)
        if done.code:
            row("3", trial, 1, f"import failed: {done.message}", f"{secs(done.seconds)}")
            continue
        from ofsted_plan.planfile.reader import load_plan

        actions = list(load_plan(out).actions())
        row(
            "3",
            trial,
            1,
            f"{len(actions) - 4} phantom actions",
            f"{len(actions)} actions (4 in the sheet); YAML {out.stat().st_size:,} bytes; "
            f"{secs(done.seconds)}, {done.peak_mib:.0f} MiB",
        )


# ---------------------------------------------------------------- 4: history by commit


def changes(folder: Path, *revs: str) -> list[str]:
    done = plan("diff", *revs, "--format", "json", cwd=folder)
    assert done.code == 0, done.err
    return [c["kind"] for c in json.loads(done.out)["changes"]]


def trial_4(quick: bool) -> None:
    path = seed("history-rename")
    folder = path.parent.parent
    for args in (("1.1", "--status", "red"), ("1.2", "--end", "2017-09")):
        assert plan("set", *args, cwd=folder).code == 0
    git(folder, "commit", "-q", "-am", "April", when="2017-04-01T10:00:00")
    expected = changes(folder, "sib-2017-03", "HEAD")
    git(folder, "mv", "plans/ofsted-2016.yaml", "plans/ofsted.yaml")
    git(folder, "commit", "-q", "-m", "Rename", when="2017-05-01T10:00:00")
    got = changes(folder, "sib-2017-03", "HEAD~1")
    row(
        "4",
        "`plan diff sib-2017-03 HEAD~1` with the plan renamed after HEAD~1",
        1,
        "0" if got == expected else "1 (wrong)",
        f"changes {got} (before the rename: {expected})",
    )

    path = seed("history-same-day")
    folder = path.parent.parent
    commits = []
    for status, when in (("red", "2017-05-21T09:00:00"), ("green", "2017-05-21T17:00:00")):
        assert plan("set", "1.3", "--status", status, cwd=folder).code == 0
        git(folder, "commit", "-q", "-am", f"1.3 {status}", when=when)
        commits.append(git(folder, "rev-parse", "HEAD").strip())
    done = plan(
        "trend", "--every", "commit", "--as-of", "2017-05-25", "--format", "json", cwd=folder
    )
    points = {p.get("commit"): p for p in json.loads(done.out)["points"]}
    reds = [points[c]["by_status"].get("red", 0) if c in points else None for c in commits]
    found = [p for p in points if p and any(c.startswith(p) or p.startswith(c) for c in commits)]
    if not found:  # the points may name commits by a short id
        by_short = {k[:7]: v for k, v in points.items() if k}
        reds = [
            by_short[c[:7]]["by_status"].get("red", 0) if c[:7] in by_short else None
            for c in commits
        ]
    right = reds == [1, 0]
    row(
        "4",
        "`plan trend --every commit`, two commits on one day (1.3 red at 09:00, green at 17:00)",
        1,
        "0" if right else "1 (wrong)",
        f"red count at each commit: {reds} (right: [1, 0])",
    )

    path = seed("history-tag")
    folder = path.parent.parent
    assert plan("set", "1.1", "--status", "red", cwd=folder).code == 0
    git(folder, "commit", "-q", "-am", "1.1 red", when="2017-05-10T12:00:00")
    git(folder, "tag", "sib-2017-05")
    git(folder, "mv", "plans/ofsted-2016.yaml", "plans/council.yaml")
    git(folder, "commit", "-q", "-m", "Rename", when="2017-05-10T18:00:00")
    done = plan("trend", "--as-of", "2017-05-25", "--format", "json", cwd=folder)
    points = {p["label"]: p for p in json.loads(done.out)["points"]}
    may = points.get("sib-2017-05", {}).get("by_status", {})
    right = sum(may.values()) == SEED_ACTIONS and may.get("red", 0) == 1
    row(
        "4",
        "tag sib-2017-05 read by its commit (plan renamed later that day)",
        1,
        "0" if right else "1 (wrong)",
        f"sib-2017-05: {sum(may.values())} actions, {may.get('red', 0)} red "
        f"(right: {SEED_ACTIONS}, 1)",
    )


# ---------------------------------------------------------------- 5: xlsx cell limit


def trial_5(quick: bool) -> None:
    from openpyxl import load_workbook

    path = seed("xlsx-limit", repo=False)
    long = "Evidence of impact reported. " * 4000  # 116,000 characters

    def change(actions: dict) -> None:
        actions["1.1"].comments = long

    edit_plan(path, change)
    book = WORK / "xlsx-limit.xlsx"
    done = plan("export", "-p", path, "-o", book, "--as-of", "2017-05-01")
    cells = [
        str(c.value)
        for sheet in load_workbook(book).worksheets
        for line in sheet.iter_rows()
        for c in line
        if isinstance(c.value, str) and c.value.startswith("Evidence of impact")
    ]
    said = [c for c in cells if "[cut: " in c]
    over = [c for c in cells if len(c) > 32767]
    on_stderr = "more than Excel's 32,767" in done.err
    bad = (len(cells) - len(said)) + len(over) + (not on_stderr) + (done.code != 0)
    row(
        "5",
        "xlsx paper, a 116,000-character comment",
        1,
        bad,
        f"{len(said)} of {len(cells)} cells say '… [cut: N more characters]'; "
        f"report on stderr: {'yes' if on_stderr else 'no'}; longest cell "
        f"{max((len(c) for c in cells), default=0):,}",
    )


# ---------------------------------------------------------------- 6: lock symlinks


def trial_6(quick: bool) -> None:
    path = seed("lock-links", repo=False)
    folder = path.parent
    old_target, new_target, elsewhere = (
        (WORK / "anywhere-1"),
        (WORK / "anywhere-2"),
        (WORK / "elsewhere"),
    )
    (folder / f".{path.name}.lock").symlink_to(old_target)
    first = plan("set", "1.1", "--status", "red", "-p", path)
    lock = folder / ".plan-locks" / f"{path.name}.lock"
    lock.unlink()
    lock.symlink_to(new_target)
    before = path.read_bytes()
    second = plan("set", "1.1", "--status", "green", "-p", path)
    created = old_target.exists() + new_target.exists()
    row(
        "6",
        "lock file a planted symlink (old .NAME.lock place, then .plan-locks/NAME.lock)",
        2,
        f"{created} targets created",
        f"old place: exit {first.code} (ignored, not followed); new place: exit {second.code}, "
        f"plan unchanged: {path.read_bytes() == before}; '{second.message}'",
    )
    shutil.rmtree(folder / ".plan-locks")
    elsewhere.mkdir()
    (folder / ".plan-locks").symlink_to(elsewhere)
    third = plan("set", "1.1", "--status", "green", "-p", path)
    row(
        "6",
        "lock folder .plan-locks a planted symlink to another folder",
        1,
        f"{len(list(elsewhere.iterdir()))} files created there",
        f"exit {third.code}; '{third.message}'",
    )


# ---------------------------------------------------------------- 7: formula injection

FORMULAS = {
    "1.1": "=cmd|' /C calc'!A0",
    "1.2": '=HYPERLINK("https://evil.example","x")',
    "1.3": "@SUM(A1:A9)",
    "1.4": "-2+3+cmd|' /C calc'!A0",
    "1.5": "+1 then -1",
}


def trial_7(quick: bool) -> None:
    from openpyxl import load_workbook

    path = seed("formulas", repo=False)

    def change(actions: dict) -> None:
        for ref, text in FORMULAS.items():
            actions[ref].comments = text

    edit_plan(path, change)
    raw = {}
    for fmt in ("tsv", "csv"):
        out = WORK / f"formulas.{fmt}"
        done = plan("export", "-p", path, "-o", out)
        assert done.code == 0, done.err
        text = out.read_text(encoding="utf-8-sig")
        cells = [
            c
            for line in csv.reader(
                io.StringIO(text), dialect="excel-tab" if fmt == "tsv" else "excel"
            )
            for c in line
        ]
        raw[fmt] = sum(c in FORMULAS.values() for c in cells)
    book = WORK / "formulas.xlsx"
    done = plan("export", "-p", path, "-o", book, "--as-of", "2017-05-01")
    formula_cells = sum(
        c.data_type == "f"
        for sheet in load_workbook(book).worksheets
        for line in sheet.iter_rows()
        for c in line
    )
    back = WORK / "formulas-back.yaml"
    imported = plan("import", WORK / "formulas.tsv", "-o", back)
    kept = imported.code == 0 and all(comments_of(back)[r] == t for r, t in FORMULAS.items())
    row(
        "7",
        "5 formula payloads (=cmd|, =HYPERLINK, @SUM, -2+3+cmd|, +1) in TSV, CSV and xlsx exports",
        3,
        f"{raw['tsv']} raw in TSV, {raw['csv']} in CSV, {formula_cells} formula cells in xlsx",
        f"`plan import` of its own TSV gives the text back exactly: {'yes' if kept else 'no'}",
    )


# ---------------------------------------------------------------- 8: terminal escapes

CONTROL = (
    "A\x1b]0;pwned\x07 B\x1b[31mred\x1b[0m C\x1b]8;;https://evil.example\x1b\\link "
    "D\x9b31m E\u202eevil"
)
PAYLOADS = ("\x1b]0;", "\x1b[31m", "\x1b]8;", "\x9b", "\u202e", "\x07")


def to_terminal(argv: Sequence[str | Path], env: dict[str, str]) -> str:
    """What a program writes to a terminal (a pty)."""
    leader, follower = pty.openpty()
    proc = subprocess.Popen(
        [str(a) for a in argv], stdout=follower, stderr=follower, stdin=follower, env=env
    )
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    proc.wait()
    os.close(leader)
    return b"".join(chunks).decode("utf-8", "replace")


def trial_8(quick: bool) -> None:
    path = seed("escapes", repo=False)
    assert plan("set", "1.1", "--comment", "MARKER", "-p", path).code == 0
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace(
            "comments: MARKER", 'comments: "\\e]0;pwned\\a \\e[31mred \\x9b31m \\u202eevil"', 1
        ),
        encoding="utf-8",
    )
    env = {**ENV, "COLUMNS": "200", "TERM": "xterm-256color"}
    env.pop("NO_COLOR", None)
    checked = plan("check", "-p", path)
    outputs = {
        fmt: to_terminal([PLAN, "list", "-p", path, "--format", fmt], env)
        for fmt in ("csv", "json", "table")
    }
    leaked = sum(any(p in out for p in PAYLOADS) for out in outputs.values())
    row(
        "8",
        'YAML "\\e" escapes in a plan: `plan check`, then list as csv/json/table to a pty',
        4,
        f"{leaked + (checked.code == 0)} (check accepted: {checked.code == 0}; raw escapes "
        f"in {leaked} of 3 outputs)",
        f"check exit {checked.code}: '{Ran(0, '', checked.out, 0, 0).message}'",
    )
    tsv = WORK / "escapes.tsv"
    assert plan("export", "-p", SEED, "-o", tsv).code == 0
    tsv.write_text(
        tsv.read_text(encoding="utf-8").replace("Early help plans", "\x1b]0;pwned\x07 plans", 1),
        encoding="utf-8",
    )
    generic = WORK / "escapes-generic.tsv"
    generic.write_text(
        "\t".join(HEADER5) + "\n1\tAudit \x1b]0;pwned\x07 plans\tRG\tMar-19\tGreen\n",
        encoding="utf-8",
    )
    for trial, table in (("the tool's own TSV export", tsv), ("a council's TSV", generic)):
        written = WORK / f"escapes-{table.stem}.yaml"
        imported = plan("import", table, "-o", written)
        held = written.exists() and "\\e]0;" in written.read_text(encoding="utf-8")
        then = plan("check", "-p", written) if written.exists() else None
        row(
            "8",
            f"`plan import` of {trial} with ESC ]0;pwned BEL in a cell",
            1,
            "0" if imported.code and not written.exists() else "1 (accepted)",
            f"import exit {imported.code}; plan written holding \\e]0;...\\a: "
            f"{'yes' if held else 'no'}"
            + (f"; `plan check` on it then exits {then.code}" if then else ""),
        )
    # Past the read-time refusal (as tests/test_hostile_text.py does): every output still
    # escapes what got through.
    hostile = seed("escapes-rendered", repo=False)

    def change(actions: dict) -> None:
        actions["1.1"].comments = CONTROL
        actions["1.1"].action = CONTROL

    let_through = (
        "from ofsted_plan.planfile import reader\nreader.unsafe_text_problem = lambda *args: None\n"
    )
    from ofsted_plan.planfile import reader

    real = reader.unsafe_text_problem
    reader.unsafe_text_problem = lambda *args: None
    try:
        edit_plan(hostile, change)
    finally:
        reader.unsafe_text_problem = real
    leaks = {}
    commands = {
        "list csv": ["list", "--format", "csv"],
        "list json": ["list", "--format", "json"],
        "list": ["list"],
        "show": ["show", "1.1"],
        "export csv -o -": ["export", "-o", "-", "-f", "csv"],
    }
    for name, args in commands.items():
        out = to_terminal(
            [PYTHON, "-c", let_through + MAIN, *args, "-p", hostile, "--no-cache"], env
        )
        leaks[name] = [p.encode("unicode_escape").decode() for p in PAYLOADS if p in out]
    html = WORK / "escapes.html"
    patched(let_through, "export", "-p", hostile, "-o", html, "--no-cache", "--as-of", "2017-05-01")
    in_html = "\x1b" in html.read_text(encoding="utf-8") if html.exists() else None
    bad = sum(bool(v) for v in leaks.values()) + bool(in_html)
    row(
        "8",
        "control text let past the reader: list csv/json/table, show, export csv to a pty; "
        "HTML paper",
        len(commands) + 1,
        bad,
        "raw sequences: "
        + "; ".join(f"{k}: {v or 'none'}" for k, v in leaks.items())
        + f"; raw ESC in the HTML paper: {'yes' if in_html else 'no'}",
    )


# ---------------------------------------------------------------- 9-10: hostile input

LIMIT = 4096  # MiB of address space for an import of a hostile workbook (the issue saw 5.8 GB)

HEADER5 = ["Ref", "Action", "Lead officer", "End date", "RAG"]
ONE_ROW = [HEADER5, ["1", "Audit", "RG", "Mar-19", "Green"]]


def trial_9(quick: bool) -> None:
    from openpyxl.styles import PatternFill

    def styled(sheet: object) -> None:
        sheet["XFD1048576"].fill = PatternFill("solid", fgColor="FFFF0000")  # type: ignore[index]

    def valued(sheet: object) -> None:
        sheet["XFD1048576"] = "x"  # type: ignore[index]

    def merged(sheet: object) -> None:
        pass

    for trial, change, merges in (
        ("XFD1048576 styled, empty", styled, []),
        ("XFD1048576 holding a value", valued, []),
        ("A6:XFD1048576 merged", merged, ["A6:XFD1048576"]),
    ):
        book = workbook(f"far-{change.__name__}.xlsx", ONE_ROW, change, merges)
        done = plan(
            "import",
            book,
            "-o",
            WORK / f"far-{change.__name__}.yaml",
            timeout=300,
            memory_mib=LIMIT,
        )
        internal = done.code == 70 or "Traceback" in done.err or done.timed_out
        # Refused with the sheet and range, within a bounded memory: anything else fails.
        internal = internal or (done.code != 0 and "Error:" not in done.err)
        internal = internal or done.peak_mib > 1024 or done.message.endswith("workbook:")
        row(
            "9",
            f"{book.stat().st_size / 1024:.0f} KB workbook, {trial}",
            1,
            f"{int(internal)} (internal error, timeout or out of memory)",
            f"exit {done.code}, {secs(done.seconds)}, peak {done.peak_mib:.0f} MiB "
            f"(address space limited to {LIMIT:,} MiB); '{done.message}'",
        )


def trial_10(quick: bool) -> None:
    fifo = WORK / "pipe.txt"
    os.mkfifo(fifo)
    big = WORK / "big-cell.tsv"
    cell = "x" * (128 * 1024 + 1)
    big.write_text(
        "\t".join(HEADER5) + f'\n1\t"{cell}"\tRG\tMar-19\tGreen\n2\tTrain\tJF\tJun-19\tAmber\n',
        encoding="utf-8",
    )
    for trial, source in (("/dev/zero", Path("/dev/zero")), ("a named pipe", fifo),
                          ("a TSV with a 128 KiB quoted cell", big)):  # fmt: skip
        done = plan("import", source, "-o", WORK / "hostile.yaml", timeout=60)
        bad = done.timed_out or done.code == 70 or "not closed" in done.err
        row(
            "10",
            f"`plan import` {trial}",
            1,
            int(bad),
            f"exit {done.code}{' (killed at 60 s)' if done.timed_out else ''}, "
            f"{secs(done.seconds)}, peak {done.peak_mib:.0f} MiB; '{done.message}'",
        )
        with contextlib.suppress(FileNotFoundError):
            (WORK / "hostile.yaml").unlink()


# ---------------------------------------------------------------- 11-13: bounded time


def trial_11(quick: bool) -> None:
    sizes = (50_000, 200_000) if quick else (50_000, 200_000, 1_000_000)
    targets = {
        50_000: "issue: 15 s",
        200_000: "issue: 75 s",
        1_000_000: "issue: >10 min; target < 60 s",
    }
    for size in sizes:
        table = WORK / f"plan-{size}.tsv"
        table.write_text(plan_table(size), encoding="utf-8")
        env = {**ENV, "PLAN_IMPORT_MAX_MB": "1000"}
        out = WORK / f"plan-{size}.yaml"
        done = plan("import", table, "-o", out, env=env, timeout=900)
        over = done.code != 0 or (size == 1_000_000 and done.seconds >= 60)
        row(
            "11",
            f"`plan import` of {size:,} rows ({table.stat().st_size / 2**20:.0f} MiB TSV)",
            1,
            int(over),
            f"{secs(done.seconds)}, peak {done.peak_mib:,.0f} MiB ({targets[size]})"
            + (f"; exit {done.code}: '{done.message}'" if done.code else ""),
        )
        table.unlink()
        out.unlink(missing_ok=True)


def trial_12(quick: bool) -> None:
    sizes = (1, 10)
    for megabytes in sizes:
        path = seed(f"long-{megabytes}", repo=False)
        unit = "Progress was reported to the board.\n" + "Evidence of impact. " * 8
        long = unit * (megabytes * 2**20 // len(unit))

        def change(actions: dict, long: str = long) -> None:
            actions["1.1"].comments = long

        edit_plan(path, change)
        shown = plan("show", "1.1", "-p", path, timeout=300)
        pdf = WORK / f"long-{megabytes}.pdf"
        limit = 300 if megabytes == 10 and not quick else 200
        paper = plan("export", "-p", path, "-o", pdf, "--as-of", "2017-05-01", timeout=limit)
        bad = (shown.code != 0) + (paper.code != 0)
        row(
            "12",
            f"a {len(long) / 2**20:.0f} MB comment: `plan show 1.1`, the PDF paper",
            2,
            bad,
            f"show {secs(shown.seconds)} ({shown.peak_mib:.0f} MiB); PDF "
            + (f"killed after {limit} s" if paper.timed_out else
               f"{secs(paper.seconds)} ({paper.peak_mib:.0f} MiB, "
               f"{pdf.stat().st_size / 2**20:.1f} MiB file)" if paper.code == 0 else
               f"exit {paper.code}: '{paper.message}'")
            + (f"; show exit {shown.code}: '{shown.message}'" if shown.code else ""),
        )  # fmt: skip


def history_repo(commits: int) -> Path:
    """The seed plan with `commits` versions, each changing one action's comments (as
    benchmarks/bench.py makes it), in one `git fast-import`."""
    folder = WORK / f"history-{commits}"
    subprocess.run(["git", "init", "-q", "-b", "main", str(folder)], check=True)
    text = SEED.read_text(encoding="utf-8")
    stream = []
    for n in range(commits):
        data = text.replace("comments: Early help plans", f"comments: ({n}) Early help plans")
        body, message = data.encode(), f"update {n}".encode()
        stream += [
            b"commit refs/heads/main\n",
            f"committer A <a@example.org> {1490000000 + n * 3600} +0000\n".encode(),
            b"data %d\n%s\n" % (len(message), message),
            b"M 100644 inline plans/plan.yaml\n",
            b"data %d\n%s\n" % (len(body), body),
        ]
    subprocess.run(
        ["git", "-C", str(folder), "fast-import", "--quiet"], input=b"".join(stream), check=True
    )
    subprocess.run(["git", "-C", str(folder), "checkout", "-q", "main"], check=True)
    every = git(folder, "rev-list", "--reverse", "main").split()
    for n, commit in enumerate(every[::250]):  # a meeting every 250 commits, for `plan trend`
        git(folder, "tag", f"sib-{n:02d}", commit)
    return folder / "plans" / "plan.yaml"


def trial_13(quick: bool) -> None:
    commits = 5000
    path = history_repo(commits)
    cache = WORK / "history-cache"
    env = {**ENV, "PLAN_CACHE_DIR": str(cache)}
    for name, args in (
        ("plan history 1.1", ["history", "1.1"]),
        ("plan trend --every commit", ["trend", "--every", "commit"]),
        ("plan trend", ["trend"]),
    ):
        shutil.rmtree(cache, ignore_errors=True)
        first = plan(*args, "-p", path, env=env, timeout=300)
        second = plan(*args, "-p", path, env=env, timeout=300)
        bad = (first.code != 0) + (second.code != 0)
        row(
            "13",
            f"`{name}` on a {commits:,}-commit plan",
            2,
            bad,
            f"first {secs(first.seconds)} ({first.peak_mib:.0f} MiB), second "
            f"{secs(second.seconds)}"
            + (
                f"; exit {first.code}/{second.code}: '{first.message or second.message}'"
                if bad
                else ""
            ),
        )


# ---------------------------------------------------------------- 14: many writers


def trial_14(quick: bool) -> None:
    for writers in (60, 100):
        path = seed(f"writers-{writers}", repo=False)
        started = time.perf_counter()
        procs = [
            subprocess.Popen(
                [PLAN, "set", "1.1", "--append-comment", f"writer {n}", "-p", str(path)],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                env=ENV,
            )
            for n in range(writers)
        ]
        results = [
            (p.wait(timeout=600), p.stderr.read().decode() if p.stderr else "") for p in procs
        ]
        took = time.perf_counter() - started
        failed = [err for code, err in results if code]
        gave_up = sum("held" in err or "gave up" in err or "seconds" in err for err in failed)
        waited = sum("Waiting for another plan command" in err for _, err in results)
        landed = sum(f"writer {n}" in comments_of(path)["1.1"] for n in range(writers))
        row(
            "14",
            f"{writers} `plan set --append-comment` at once on one action",
            writers,
            f"{len(failed)} failed ({gave_up} gave up waiting); {writers - landed} updates missing",
            f"{landed} of {writers} landed in {secs(took)}; {waited} said whom they waited for"
            + (f"; '{failed[0].strip().splitlines()[-1][:120]}'" if failed else ""),
        )
    path = seed("enotsup", repo=False)
    before = path.read_bytes()
    unsupported = (
        "import errno, os, filelock\n"
        "def unsupported(fd, blocking=True):\n"
        "    raise OSError(errno.ENOTSUP, os.strerror(errno.ENOTSUP))\n"
        "filelock.lock_descriptor = unsupported\n"
    )
    done = patched(unsupported, "set", "1.1", "--status", "red", "-p", path)
    internal = done.code == 70 or "Traceback" in done.err
    row(
        "14",
        "flock refused with ENOTSUP (simulated: filelock.lock_descriptor raises)",
        1,
        int(internal or done.code == 0 or path.read_bytes() != before),
        f"exit {done.code}, plan unchanged: {path.read_bytes() == before}; '{done.message}'",
    )


# ---------------------------------------------------------------- 15: messages


def trial_15(quick: bool) -> None:
    path = seed("no-git")
    empty = WORK / "empty-path"
    empty.mkdir()
    done = run([PYTHON, "-m", "ofsted_plan", "history", "1.1"], env={**ENV, "PATH": str(empty)},
               cwd=path.parent.parent)  # fmt: skip
    wrong = "not in a git repository" in done.err or "git is not installed" not in done.err
    row(
        "15",
        "git missing from PATH: `plan history 1.1`",
        1,
        int(wrong),
        f"exit {done.code}: '{done.message}'",
    )

    nobody = (65534, 65534)
    cache = WORK / "nobody-cache"
    cache.mkdir()
    cache.chmod(0o777)
    env = {**ENV, "PLAN_CACHE_DIR": str(cache), "HOME": str(cache)}
    WORK.chmod(0o755)
    # A folder nobody may write in, holding a plan anyone may write.
    path = seed("ro-folder", repo=False)
    for part in (WORK / "ro-folder", path.parent):
        part.chmod(0o755)
    path.chmod(0o666)
    done = run([PLAN, "set", "1.1", "--status", "red", "-p", path], env=env, user=nobody)
    wrong = "read-only for you" not in done.err or "cannot lock" in done.err
    row(
        "15",
        "read-only folder (a real user, uid 65534, in root's 755 folder)",
        1,
        int(wrong),
        f"exit {done.code}: '{done.message}'",
    )
    # A writable folder, a file root owns.
    path = seed("root-file", repo=False)
    for part in (WORK / "root-file", path.parent):
        part.chmod(0o777)
    path.chmod(0o644)
    done = run([PLAN, "set", "1.1", "--status", "red", "-p", path], env=env, user=nobody)
    wrong = "chmod u+w" in done.err or done.code == 0
    row(
        "15",
        "a file root owns, 644, in a folder the user (uid 65534) may write",
        1,
        int(wrong),
        f"exit {done.code}: '{done.message}'",
    )
    # A group member edits the owner's file in their shared folder.
    path = seed("group", repo=False)
    for part in (WORK / "group", path.parent):
        os.chown(part, 1000, 1000)
        part.chmod(0o2775)
    os.chown(path, 1000, 1000)
    path.chmod(0o664)
    done = run([PLAN, "set", "1.1", "--status", "red", "-p", path], env=env, user=(1001, 1000))
    info = path.stat()
    row(
        "15",
        "a group member (uid 1001, gid 1000) sets an action in the owner's (uid 1000) 664 file",
        1,
        # POSIX lets only root give a file away: the group and mode are kept, and the
        # member becomes the owner, as docs/weekly.md says (the failure was the docs)
        int(done.code != 0 or info.st_gid != 1000 or info.st_mode & 0o7777 != 0o664),
        f"exit {done.code}; owner:group after {info.st_uid}:{info.st_gid}, mode "
        f"{info.st_mode & 0o7777:o} (before 1000:1000, 664; the docs say the editor becomes "
        "the owner)" + (f"; '{done.message}'" if done.code else ""),
    )
    path = seed("root-keeps", repo=False)
    os.chown(path, 65534, 65534)
    path.chmod(0o664)
    done = plan("set", "1.1", "--status", "red", "-p", path)
    info = path.stat()
    row(
        "15",
        "root sets an action in uid 65534's 664 file",
        1,
        int(done.code != 0 or (info.st_uid, info.st_gid) != nobody),
        f"exit {done.code}; owner:group after {info.st_uid}:{info.st_gid} (before 65534:65534)",
    )


# ---------------------------------------------------------------- kill -9


def trial_kill(quick: bool) -> None:
    """SIGKILL `plan set` at a random moment of its run, again and again: afterwards the plan
    must parse and be the old version or the new one, never part of one."""
    from ofsted_plan.planfile.reader import load_plan

    path = seed("kill", repo=False)
    budget, most = (60, 300) if quick else (180, 800)
    span = plan("set", "1.1", "--comment", "warm", "-p", path).seconds
    started = time.perf_counter()
    kills = partial = mixed = temps = finished = 0
    previous = "warm"
    while kills < most and time.perf_counter() - started < budget:
        text = f"kill {kills} " + "x" * random.randint(0, 4000)
        proc = subprocess.Popen(
            [PLAN, "set", "1.1", "--comment", text, "-p", str(path)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=ENV,
        )
        time.sleep(random.uniform(0, span * 1.1))
        proc.send_signal(signal.SIGKILL)
        code = proc.wait()
        finished += code == 0
        kills += 1
        try:
            now = {a.ref: a.comments for a in load_plan(path).actions()}
        except Exception:
            partial += 1
            path.write_bytes(SEED.read_bytes())
            previous = next(a.comments for a in load_plan(SEED).actions() if a.ref == "1.1")
            continue
        if len(now) != SEED_ACTIONS or now["1.1"] not in (previous, text):
            mixed += 1
        previous = now["1.1"]
        for leftover in path.parent.glob(f".{path.name}.*.tmp"):
            temps += 1
            leftover.unlink()
    row(
        "kill",
        "SIGKILL at a random moment of `plan set` (0 to 1.1× its run time)",
        kills,
        f"{partial} unparseable, {mixed} neither old nor new",
        f"{finished} had finished before the kill; {temps} temp files left (the plan intact); "
        f"{secs(time.perf_counter() - started)}",
    )


# ---------------------------------------------------------------- main

TRIALS: dict[str, Callable[[bool], None]] = {
    "1": trial_1,
    "2": trial_2,
    "3": trial_3,
    "4": trial_4,
    "5": trial_5,
    "6": trial_6,
    "7": trial_7,
    "8": trial_8,
    "9": trial_9,
    "10": trial_10,
    "11": trial_11,
    "12": trial_12,
    "13": trial_13,
    "14": trial_14,
    "15": trial_15,
    "kill": trial_kill,
}

COUNTS = """\
Counts: item 1, 300 `plan set` runs with no delay and 60 with the gap widened 50 ms
(quick: 100 and 30); item 2, 100 `plan add` runs each way (quick: 40); item 11, 50,000,
200,000 and 1,000,000 rows (quick: no 1,000,000); item 12, 1 MB and 10 MB comments, the
PDF killed after 300 s (quick: 200 s); item 13, 5,000 commits; item 14, 60 and 100
writers; kill, up to 800 kills within 180 s (quick: 300 within 60 s).
"""


def machine() -> str:
    from importlib.metadata import version

    cpu = ""
    with contextlib.suppress(OSError), open("/proc/cpuinfo") as info:
        cpu = next((line.split(":", 1)[1].strip() for line in info if "model name" in line), "")
    return (
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, {cpu}; Python "
        f"{platform.python_version()}; ofsted-plan {version('ofsted-plan')}"
    )


def main() -> None:
    global WORK, ENV
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller counts (see the report)")
    parser.add_argument("--only", help="comma-separated trials: 1-15, kill")
    parser.add_argument("--output", type=Path, default=HERE / "TRIALS.md")
    args = parser.parse_args()
    chosen = args.only.split(",") if args.only else list(TRIALS)
    work = Path(tempfile.mkdtemp(prefix="plan-trials-"))
    WORK = work
    ENV = {k: v for k, v in os.environ.items() if k not in ("PLAN_PATH", "PLAN_NO_CACHE")}
    ENV["PLAN_CACHE_DIR"] = str(work / "cache")
    ENV["NO_COLOR"] = "1"
    random.seed(25)
    started = time.perf_counter()
    print("| item | trial | runs | failures now | figure (time/memory) |\n|---|---|---:|---|---|")
    try:
        for name in chosen:
            try:
                TRIALS[name](args.quick)
            except Exception as exc:  # a trial that cannot run is a row too, not the end
                row(name, "(trial could not run)", "-", "?", f"{type(exc).__name__}: {exc}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    total = time.perf_counter() - started
    table = [
        "| item | trial | runs | failures now | figure (time/memory) |",
        "|---|---|---:|---|---|",
    ]
    table += [
        "| "
        + " | ".join(
            cell.replace("|", "\\|").replace("\n", " ")
            for cell in (r.item, r.trial, r.runs, r.failures, r.figure)
        )
        + " |"
        for r in ROWS
    ]
    report = [
        "# Issue 25's trials, re-run",
        "",
        f"Run {date.today().isoformat()} by `benchmarks/trials.py"
        f"{' --quick' if args.quick else ''}{' --only ' + args.only if args.only else ''}` "
        f"in {total / 60:.1f} min on: {machine()}.",
        "",
        "Each trial runs the installed `plan` as its own process on a temporary copy of the seed "
        "plan (in a temporary git repository where it needs one). 'Failures now' counts what the "
        "issue called a failure; times are wall clock, memory the process's peak resident set "
        "(wait4).",
        "",
        *table,
        "",
        COUNTS,
    ]
    args.output.write_text("\n".join(report), encoding="utf-8")
    print(f"\nwritten to {args.output} ({total / 60:.1f} min)")


if __name__ == "__main__":
    main()
