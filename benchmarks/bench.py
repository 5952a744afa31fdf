"""Time `plan` as people run it, on the seed plan and on synthetic plans, against taskwarrior.

Run from the repository:  .venv/bin/python benchmarks/bench.py
(after the Quick start's set-up). It generates plans of 1,000, 10,000 and 100,000 actions
(benchmarks/generate.py, fixed seed), imports them with `plan import`, then times whole
processes: the median of --runs runs after a warm-up, each command run by the same
interpreter, with its peak memory. Where taskwarrior (`task`, Debian package taskwarrior) is
installed, the same actions are loaded into a throwaway TASKDATA and its reports are timed
paired with ours (A B A B ...). Prints one table and writes benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import date
from math import nan
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

from generate import plan_table  # noqa: E402
from site_case import site_section, site_timings, write_section  # noqa: E402

PYTHON = sys.executable
PLAN = str(Path(PYTHON).parent / "plan")
TODAY = date.today().isoformat()


@dataclass
class Timing:
    seconds: float
    peak_mib: float


def run_once(argv: list[str], env: dict[str, str]) -> float:
    """One whole process, in seconds of wall time."""
    start = time.perf_counter()
    done = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    elapsed = time.perf_counter() - start
    if done.returncode:
        raise SystemExit(f"failed ({done.returncode}): {' '.join(argv)}: {done.stderr.decode()}")
    return elapsed


def first_screen(argv: list[str], env: dict[str, str], lines: int = 5) -> float:
    """As `ARGV | head -5`: seconds until the first `lines` lines arrive; then the pipe is
    closed, as head closes it, and the command must end."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    assert proc.stdout is not None
    for _ in range(lines):
        proc.stdout.readline()
    elapsed = time.perf_counter() - start
    proc.stdout.close()
    proc.wait()
    return elapsed


def peak_memory(argv: list[str], env: dict[str, str]) -> float:
    """Peak resident memory in MiB, measured by GNU time (a small parent, so the figure is
    the command's own: a child of this Python process would inherit its size), else nan."""
    gnu_time = shutil.which("time", path="/usr/bin:/bin")
    if gnu_time is None:
        return float("nan")
    done = subprocess.run(
        [gnu_time, "-f", "%M", *argv],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=env,
        text=True,
        check=True,
    )
    return int(done.stderr.strip().splitlines()[-1]) / 1024


def median_of(argvs: list[list[str]], env: dict[str, str], runs: int) -> list[Timing]:
    """Median time of each command, run in turns A B A B, and its peak memory."""
    for argv in argvs:  # warm-up: page cache, plan cache, taskwarrior's own files
        run_once(argv, env)
    samples: list[list[float]] = [[] for _ in argvs]
    for _ in range(runs):
        for i, argv in enumerate(argvs):
            samples[i].append(run_once(argv, env))
    return [
        Timing(statistics.median(s), peak_memory(argv, env))
        for s, argv in zip(samples, argvs, strict=True)
    ]


def prepare_plans(
    work: Path, sizes: list[int], env: dict[str, str]
) -> tuple[dict[str, Path], dict[str, Timing]]:
    """The seed plan and a synthetic plan of each size, imported by `plan import` (timed
    once each, with its peak memory: importing is a one-off, not worth seven runs)."""
    plans = {"seed": work / "seed" / "ofsted-2016.yaml"}
    plans["seed"].parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(REPO / "plans" / "ofsted-2016.yaml", plans["seed"])
    imports: dict[str, Timing] = {}
    for size in sizes:
        target = work / f"plan-{size}" / f"plan-{size}.yaml"
        table = work / f"plan-{size}.tsv"
        table.write_text(plan_table(size), encoding="utf-8")
        target.parent.mkdir(parents=True, exist_ok=True)
        argv = [PLAN, "import", str(table), "-o", str(target), "--force"]
        started = time.perf_counter()
        peak = peak_memory(argv, env)
        elapsed = time.perf_counter() - started
        imports[f"{size:,}"] = Timing(elapsed, peak)
        print(f"imported {size} actions in {elapsed:.1f} s, {peak:.0f} MiB", file=sys.stderr)
        plans[f"{size:,}"] = target
    old = time.time() - 86400
    for path in plans.values():
        os.utime(path, (old, old))
    time.sleep(2.2)  # the plan cache trusts only files unchanged for 2 s
    return plans, imports


def taskwarrior_data(work: Path, plan_file: Path, env: dict[str, str]) -> dict[str, str] | None:
    """A throwaway TASKDATA holding the plan's actions (officer, rag, ref as UDAs)."""
    if shutil.which("task") is None:
        return None
    folder = work / f"task-{plan_file.stem}"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    rc = folder / "taskrc"
    rc.write_text(
        f"data.location={folder}\nconfirmation=off\nhooks=off\nnews.version=2.6.2\n"
        "uda.officer.type=string\nuda.officer.label=Officer\n"
        "uda.ref.type=string\nuda.ref.label=Ref\nuda.rag.type=string\nuda.rag.label=RAG\n",
        encoding="utf-8",
    )
    records = json.loads(
        subprocess.run(
            [PLAN, "list", "-p", str(plan_file), "--format", "json", "--no-cache"],
            env=env,
            check=True,
            capture_output=True,
        ).stdout
    )
    tasks = []
    for r in records:
        task = {
            "description": r["action"] or "(no text)",
            "project": f"Theme{r['theme_number']}",
            "officer": "/".join(r["lead"]),
            "ref": r["ref"],
            "rag": r["status"] or "",
            "entry": "20160701T000000Z",
            "status": "pending",
        }
        if r["due"]:
            task["due"] = r["due"].replace("-", "") + "T000000Z"
        if r["status"] == "blue":
            task["status"], task["end"] = "completed", "20170101T000000Z"
        tasks.append(task)
    source = folder / "tasks.json"
    source.write_text(json.dumps(tasks), encoding="utf-8")
    task_env = {**env, "TASKRC": str(rc), "TASKDATA": str(folder)}
    subprocess.run(["task", "import", str(source)], env=task_env, check=True, capture_output=True)
    return task_env


def history_repo(work: Path, commits: int) -> Path:
    """A git repository whose seed plan has `commits` versions, each changing one action's
    comments (issue 25 item 13), made in one `git fast-import`."""
    folder = work / f"history-{commits}"
    plan = folder / "plans" / "plan.yaml"
    if plan.exists():
        return plan
    shutil.rmtree(folder, ignore_errors=True)
    subprocess.run(["git", "init", "-q", "-b", "main", str(folder)], check=True)
    seed = (REPO / "plans" / "ofsted-2016.yaml").read_text(encoding="utf-8")
    stream = []
    for n in range(commits):
        data = seed.replace("comments: Early help plans", f"comments: ({n}) Early help plans")
        body, message = data.encode(), f"update {n}".encode()
        stream += [
            b"commit refs/heads/main\n",
            f"committer A <a@example.org> {1490000000 + n * 3600} +0000\n".encode(),
            b"data %d\n%s\n" % (len(message), message),
            b"M 100644 inline plans/plan.yaml\n",
            b"data %d\n%s\n" % (len(body), body),
        ]
    subprocess.run(["git", "-C", str(folder), "fast-import", "--quiet"], input=b"".join(stream))
    subprocess.run(["git", "-C", str(folder), "checkout", "-q", "main"], check=True)
    return plan


def history_timings(work: Path, commits: int, env: dict[str, str], runs: int) -> list:
    """`plan history` and `plan trend --every commit` on a long history: the first run (no
    cache of parsed versions) and warm runs."""
    plan = history_repo(work, commits)
    env = {**env, "PLAN_CACHE_DIR": str(work / "history-cache")}
    label = f"{commits:,} commits"
    rows = []
    for name, argv in (
        ("plan history 1.1", [PLAN, "history", "1.1", "-p", str(plan)]),
        ("plan trend --every commit", [PLAN, "trend", "--every", "commit", "-p", str(plan)]),
    ):
        shutil.rmtree(work / "history-cache", ignore_errors=True)
        started = time.perf_counter()
        peak = peak_memory(argv, env)  # the first run, timed whole with its peak memory
        first = Timing(time.perf_counter() - started, peak)
        rows.append((label, f"{name} (first run)", first, None))
        (warm,) = median_of([argv], env, max(1, runs // 2))
        rows.append((label, name, warm, None))
    print(f"timed {label}", file=sys.stderr)
    return rows


def machine() -> str:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    versions = subprocess.run(
        [
            PYTHON,
            "-c",
            (
                "import click, rich, yaml; from importlib.metadata import version as v; "
                'print(f\'ofsted-plan {v("ofsted-plan")}, click {click.__version__}, '
                'rich {v("rich")}, PyYAML {yaml.__version__} (libyaml: {yaml.__with_libyaml__})\')'
            ),
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    task = ""
    if shutil.which("task"):
        task = (
            ", taskwarrior "
            + subprocess.run(["task", "--version"], capture_output=True, text=True).stdout.strip()
        )
    return (
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, {cpu}; "
        f"Python {platform.python_version()}; {versions}{task}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sizes",
        default="1000,10000,100000",
        help="comma-separated plan sizes (default: %(default)s)",
    )
    parser.add_argument("--runs", type=int, default=7, help="runs per figure (default: 7)")
    parser.add_argument(
        "--commits",
        type=int,
        default=5000,
        help="versions of the plan for `plan history` and `trend` (default: %(default)s; 0: none)",
    )
    parser.add_argument(
        "--work",
        type=Path,
        default=HERE / "work",
        help="folder for generated plans (default: benchmarks/work)",
    )
    parser.add_argument(
        "--only",
        choices=["site"],
        help="run one case only (site: `plan site` on a seed and a 1,000-action history),"
        " updating its section of RESULTS.md",
    )
    args = parser.parse_args()
    if args.only == "site":
        args.sizes = "1000"
    sizes = [int(s) for s in args.sizes.split(",") if s]
    work = args.work.resolve()
    work.mkdir(parents=True, exist_ok=True)
    env = {k: v for k, v in os.environ.items() if k not in ("PLAN_PATH", "PLAN_NO_CACHE")}
    env["PLAN_CACHE_DIR"] = str(work / "cache")
    env.pop("COLUMNS", None)
    plans, imports = prepare_plans(work, sizes, env)
    if args.only == "site":
        write_section(HERE / "RESULTS.md", site_section(site_timings(work, plans, PLAN, env, 3)))
        print("wrote benchmarks/RESULTS.md (plan site)", file=sys.stderr)
        return

    # The package as pip installs it: byte-compiled (PYTHONDONTWRITEBYTECODE may be set).
    package = subprocess.run(
        [PYTHON, "-c", "import ofsted_plan, os; print(os.path.dirname(ofsted_plan.__file__))"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    subprocess.run([PYTHON, "-m", "compileall", "-q", package], check=True)

    rows: list[tuple[str, str, Timing, Timing | None]] = []
    seed = str(plans.pop("seed"))
    # The seed outside any git repository (benchmarks/work is inside this one): JSON must not
    # ask git for a repository that is not there (issue 21 item 13).
    outside = Path(tempfile.mkdtemp(prefix="plan-bench-")) / "ofsted-2016.yaml"
    shutil.copy2(seed, outside)
    # The floor for any click program: one command, no options, its --help.
    minimal = work / "minimal_click.py"
    minimal.write_text(
        'import click\n\n\n@click.command()\ndef main():\n    """Hi."""\n\n\nmain()\n',
        encoding="utf-8",
    )
    fast = [  # run in turns with `python -c pass`, so the ratios are fair
        ("python -c pass", [PYTHON, "-c", "pass"]),
        ("plan --help", [PLAN, "--help"]),
        ("a one-command click program's --help", [PYTHON, str(minimal), "--help"]),
        (
            "plan list --officer RG --status amber",
            [PLAN, "list", "-p", seed, "--officer", "RG", "--status", "amber", "--as-of", TODAY],
        ),
        ("plan summary", [PLAN, "summary", "-p", seed, "--as-of", TODAY]),
        ("plan list --officer RG", [PLAN, "list", "-p", seed, "--officer", "RG", "--as-of", TODAY]),
        ("plan list --format json", [PLAN, "list", "-p", seed, "--format", "json"]),
        (
            "plan list --format json (outside git)",
            [PLAN, "list", "-p", str(outside), "--format", "json"],
        ),
        (
            "plan overdue --format json",
            [PLAN, "overdue", "-p", seed, "--format", "json", "--as-of", TODAY],
        ),
    ]
    timings = median_of([argv for _, argv in fast], env, args.runs * 3)
    base, help_ = timings[0], timings[1]
    rows += [("-", name, t, None) for (name, _), t in zip(fast[:3], timings[:3], strict=True)]
    rows += [("seed", name, t, None) for (name, _), t in zip(fast[3:], timings[3:], strict=True)]
    print("timed seed", file=sys.stderr)
    for label, path in plans.items():
        rows.append((label, "plan import", imports[label], None))
        commands = [
            ("plan summary", [PLAN, "summary", "-p", str(path), "--as-of", TODAY], ["summary"]),
            (
                "plan list --officer RG",
                [PLAN, "list", "-p", str(path), "--officer", "RG", "--as-of", TODAY],
                ["officer.has:RG", "list"],
            ),
            (
                "plan overdue --format json",
                [PLAN, "overdue", "-p", str(path), "--format", "json", "--as-of", TODAY],
                ["+OVERDUE", "export"],  # JSON against JSON, as issue 10 asks
            ),
        ]
        task_env = taskwarrior_data(work, path, env) if label in ("1,000", "10,000") else None
        for name, argv, task_args in commands:
            if task_env:
                ours, theirs = median_of([argv, ["task", *task_args]], task_env, args.runs)
                rows.append((label, name, ours, theirs))
            else:
                (ours,) = median_of([argv], env, args.runs)
                rows.append((label, name, ours, None))
        head = [PLAN, "list", "-p", str(path), "--as-of", TODAY]
        first_screen(head, env)  # warm-up
        screens = [first_screen(head, env) for _ in range(args.runs)]
        rows.append((label, "plan list | head -5", Timing(statistics.median(screens), nan), None))
        print(f"timed {label}", file=sys.stderr)
    if args.commits:
        rows += history_timings(work, args.commits, env, args.runs)
    report(rows, base, help_)
    every = {"seed": Path(seed), **plans}
    write_section(HERE / "RESULTS.md", site_section(site_timings(work, every, PLAN, env, 3)))


def report(rows: list, base: Timing, help_: Timing) -> None:
    def ms(t: Timing) -> str:
        return f"{t.seconds * 1000:.0f} ms"

    lines = [
        "| plan | command | plan | × python -c pass | peak memory | taskwarrior | ratio |",
        "|---|---|---:|---:|---:|---:|---:|",
    ]
    figures: dict[tuple[str, str], tuple[Timing, Timing | None]] = {}
    for label, name, ours, theirs in rows:
        figures[(label, name)] = (ours, theirs)
        ratio = f"{ours.seconds / theirs.seconds:.2f}" if theirs else ""
        lines.append(
            f"| {label} | `{name}` | {ms(ours)} | {ours.seconds / base.seconds:.1f} | "
            f"{ours.peak_mib:.0f} MiB | {ms(theirs) if theirs else ''} | {ratio} |"
        )
    checks = []

    def target(text: str, ok: bool | None, measured: str) -> None:
        mark = "n/a" if ok is None else "met" if ok else "MISSED"
        checks.append(f"- {text}: {measured} ({mark})")

    for name, limit in (
        ("plan list --officer RG --status amber", 12),
        ("plan summary", 12),
        ("plan list --format json", 5),
        ("plan list --format json (outside git)", 5),
    ):
        seed = figures.get(("seed", name))
        if seed:
            target(
                f"seed: `{name}` within {limit}× `python -c pass`",
                seed[0].seconds <= limit * base.seconds,
                f"{seed[0].seconds / base.seconds:.1f}×",
            )
    target(
        "`plan --help` within 5× `python -c pass`",
        help_.seconds <= 5 * base.seconds,
        f"{help_.seconds / base.seconds:.1f}×",
    )
    for name, limit in (
        ("plan summary", 1.0),
        ("plan overdue --format json", 1.0),
        ("plan list --officer RG", 4.0),
    ):
        ours, theirs = figures.get(("10,000", name), (None, None))
        if ours is None:
            continue
        target(
            f"10,000 actions: `{name}` ≤ {limit}× taskwarrior",
            None if theirs is None else ours.seconds <= limit * theirs.seconds,
            f"{ours.seconds / theirs.seconds:.2f}×" if theirs else "taskwarrior not installed",
        )
    big = figures.get(("100,000", "plan summary"))
    if big:
        target(
            "100,000 actions: `plan summary` under 1 s and 300 MiB",
            big[0].seconds < 1 and big[0].peak_mib < 300,
            f"{ms(big[0])}, {big[0].peak_mib:.0f} MiB",
        )
    screen = figures.get(("100,000", "plan list | head -5"))
    if screen:
        target(
            "100,000 actions: `plan list | head -5` shows its first lines within 2 s",
            screen[0].seconds < 2,
            ms(screen[0]),
        )
    made = figures.get(("100,000", "plan import"))
    if made:
        target(
            "100,000 actions: `plan import` under 20 s and 600 MiB",
            made[0].seconds < 20 and made[0].peak_mib < 600,
            f"{made[0].seconds:.1f} s, {made[0].peak_mib:.0f} MiB",
        )
    text = "\n".join(lines)
    print(text)
    print("\n".join(checks))
    results = HERE / "RESULTS.md"
    results.write_text(
        "# Benchmark results\n\n"
        f"Measured {time.strftime('%Y-%m-%d')} by `benchmarks/bench.py` on: {machine()}.\n\n"
        "Medians of whole processes after a warm-up (so the plan cache is warm); peak memory, "
        "from one more run under GNU time; `plan import` is one run. Taskwarrior figures are "
        "`task summary`, `task officer.has:RG list` and `task +OVERDUE export` on the same "
        "actions, timed in turns with ours.\n\n"
        + text
        + "\n\n## Targets\n\n"
        + "\n".join(checks)
        + "\n",
        encoding="utf-8",
    )
    print(f"wrote {results.relative_to(REPO)}", file=sys.stderr)


if __name__ == "__main__":
    main()
