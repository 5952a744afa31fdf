"""The `site` case of benchmarks/bench.py: `plan site` on a plan with a history (issue 24).

Targets: the seed plan with 20 commits builds in under 2 s, and a 1,000-action plan with 200
commits in under 20 s. Each repository is made in one `git fast-import`: every commit adds a
dated update to one action's comments, every 5th also changes a status and every 7th moves an
end month later (as officers' updates do), and every 20th commit (every 5th for the seed) is
tagged as a meeting, so the site has a page per meeting too. Timed: the first run (no cache
of parsed plans or versions) and the median of warm runs.
"""

from __future__ import annotations

import random
import shutil
import statistics
import subprocess
import time
from pathlib import Path

from ofsted_plan.model import Status
from ofsted_plan.months import Month
from ofsted_plan.planfile.reader import load_plan
from ofsted_plan.planfile.writer import dump_plan

TARGETS = {"seed": 2.0, "1,000": 20.0}  # seconds, for the first run
STATUSES = (Status.GREEN, Status.AMBER, Status.RED, Status.BLUE)


def site_repo(folder: Path, source: Path, commits: int, every: int) -> Path:
    """A repository whose plan (read from `source`) has `commits` versions, a meeting tag
    every `every` commits; the same every time (fixed seed, fixed dates)."""
    if (folder / "plans" / "plan.yaml").exists():
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    subprocess.run(["git", "init", "-q", "-b", "main", str(folder)], check=True)
    plan = load_plan(source)
    actions = list(plan.actions())
    rng = random.Random(24)
    stream: list[bytes] = []
    start = 1483264800  # 1 January 2017, 10:00
    for n in range(commits):
        when = start + n * 3 * 86400  # every third day
        day = time.strftime("%Y-%m-%d", time.gmtime(when))
        action = rng.choice(actions)
        if n:
            update = f"{day} RG: progress update {n} on {action.ref}."
            action.comments = f"{action.comments}\n{update}" if action.comments else update
            if n % 5 == 0:
                action.status = rng.choice(STATUSES)
            if n % 7 == 0 and action.end is not None:
                later = action.end.number + 2  # months since year 0, as Month.number counts
                action.end = Month.of(later // 12, later % 12 + 1)
        body = dump_plan(plan).encode()
        message = f"Update {n}: {action.ref}".encode()
        stream += [
            b"commit refs/heads/main\n",
            f"committer A <a@example.org> {when} +0000\n".encode(),
            b"data %d\n%s\n" % (len(message), message),
            b"M 100644 inline plans/plan.yaml\n",
            b"data %d\n%s\n" % (len(body), body),
        ]
        if n % every == every - 1:
            stream += [f"reset refs/tags/sib-{n + 1:04d}\nfrom refs/heads/main\n\n".encode()]
    subprocess.run(["git", "-C", str(folder), "fast-import", "--quiet"], input=b"".join(stream))
    subprocess.run(["git", "-C", str(folder), "checkout", "-q", "main"], check=True)
    return folder


def site_timings(
    work: Path, plans: dict[str, Path], plan_cmd: str, env: dict[str, str], runs: int
) -> list[tuple[str, str, float, float]]:
    """(plan, case, first run s, warm median s) of `plan site` on each repository."""
    cases = [("seed", plans["seed"], 20, 5)]
    if "1,000" in plans:
        cases.append(("1,000", plans["1,000"], 200, 20))
    rows = []
    for label, source, commits, every in cases:
        name = label.replace(",", "")
        repo = site_repo(work / f"site-{name}-{commits}", source, commits, every)
        out = work / f"site-{name}-out"
        cache = work / f"site-{name}-cache"
        argv = [plan_cmd, "site", "-o", str(out), "-p", str(repo / "plans")]
        run_env = {**env, "PLAN_CACHE_DIR": str(cache)}
        shutil.rmtree(cache, ignore_errors=True)
        first = _timed(argv, run_env)
        warm = statistics.median(_timed(argv, run_env) for _ in range(max(1, runs)))
        rows.append((label, f"plan site ({commits} commits)", first, warm))
        pages = sum(1 for _ in out.glob("*.html"))
        print(f"timed plan site on {label}: {first:.2f} s first, {warm:.2f} s warm, {pages} pages")
    return rows


def _timed(argv: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    if done.returncode:
        raise SystemExit(f"failed: {' '.join(argv)}: {done.stderr.decode()}")
    return time.perf_counter() - started


def site_section(rows: list[tuple[str, str, float, float]]) -> str:
    """RESULTS.md's section for the site case, with its targets."""
    lines = [
        "## plan site",
        "",
        "`plan site -o DIR` on a repository made by `benchmarks/site_case.py` (every commit a "
        "dated update; every 20th, or 5th for the seed, tagged as a meeting). First run: no "
        "cache of parsed plans or versions; warm: the median of the runs after it.",
        "",
        "| plan | command | first run | warm | target (first run) |",
        "|---|---|---:|---:|---|",
    ]
    for label, name, first, warm in rows:
        limit = TARGETS[label]
        mark = "met" if first < limit else "MISSED"
        lines.append(
            f"| {label} | `{name}` | {first:.2f} s | {warm:.2f} s | under {limit:.0f} s ({mark}) |"
        )
    return "\n".join(lines) + "\n"


def write_section(results: Path, section: str) -> None:
    """Put the site section in RESULTS.md in place of the one there (or at its end)."""
    text = results.read_text(encoding="utf-8") if results.exists() else "# Benchmark results\n"
    head, found, rest = text.partition("## plan site\n")
    tail = rest.partition("\n## ")
    after = f"\n## {tail[2]}" if found and tail[1] else ""
    results.write_text(head.rstrip("\n") + "\n\n" + section + after, encoding="utf-8")
