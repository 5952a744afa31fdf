"""Find the plan files a command should read: -p paths, else $PLAN_PATH, else ./plans upward."""

from __future__ import annotations

import gc
import os
from collections.abc import Mapping, Sequence

from ..errors import UsageError
from ..model import Plan
from . import cache

MEASURES_FILE = "measures.yaml"  # beside the plans: each measure, its target and values

SUFFIXES = (".yaml", ".yml")
PEOPLE_FILE = "people.yaml"  # the people file beside the plans: not a plan (store/people.py)
# Paths are plain strings here, not pathlib: this runs at every start, and pathlib's import
# alone costs more than finding the files.


def plan_files(
    paths: Sequence[str], *, env: Mapping[str, str] | None = None, cwd: str | None = None
) -> list[str]:
    """The plan files to read, in a stable order, or an error saying how to name one."""
    environ: Mapping[str, str] = os.environ if env is None else env
    if not paths and environ.get("PLAN_PATH"):
        paths = [p for p in environ["PLAN_PATH"].split(os.pathsep) if p]
    if not paths:
        found = nearest_plans_dir(cwd or os.getcwd())
        if found is None:
            raise UsageError(
                "no plan found: there is no plans/ folder here or in any folder above",
                hint="pass -p PATH (a plan file or a folder of them), or set PLAN_PATH",
            )
        paths = [found]
    files: list[str] = []
    for name in paths:
        path = os.fspath(name)
        if os.path.isdir(path):
            inside = sorted(
                os.path.join(path, entry)
                for entry in os.listdir(path)
                if entry.endswith(SUFFIXES)
                and entry != PEOPLE_FILE
                and entry != MEASURES_FILE
                and os.path.isfile(os.path.join(path, entry))
            )
            if not inside:
                raise UsageError(
                    "this folder holds no plan (.yaml) files",
                    path=path,
                    hint="run 'plan import TABLE.tsv -o plans/NAME.yaml' first",
                )
            files.extend(inside)
        elif os.path.basename(path) == MEASURES_FILE and os.path.isfile(path):
            continue  # the measures beside the plans: measures_files() finds them
        elif os.path.exists(path):
            files.append(path)
        else:
            raise UsageError("no such plan file or folder", path=path)
    seen: set[str] = set()
    unique = []
    for f in files:
        key = os.path.realpath(f)
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique


def measures_files(
    paths: Sequence[str], *, env: Mapping[str, str] | None = None, cwd: str | None = None
) -> list[str]:
    """The measures files beside the plans a command reads (`measures.yaml` in each folder
    named, or beside each plan file named, or named itself)."""
    environ: Mapping[str, str] = os.environ if env is None else env
    if not paths and environ.get("PLAN_PATH"):
        paths = [p for p in environ["PLAN_PATH"].split(os.pathsep) if p]
    if not paths:
        found = nearest_plans_dir(cwd or os.getcwd())
        paths = [found] if found else []
    files: list[str] = []
    for name in paths:
        path = os.fspath(name)
        if os.path.isdir(path):
            candidate = os.path.join(path, MEASURES_FILE)
        elif os.path.basename(path) == MEASURES_FILE:
            candidate = path
        else:
            candidate = os.path.join(os.path.dirname(path), MEASURES_FILE)
        if os.path.isfile(candidate) and all(
            os.path.realpath(candidate) != os.path.realpath(f) for f in files
        ):
            files.append(candidate)
    return files


def nearest_plans_dir(start: str) -> str | None:
    """The nearest plans/ folder from start upward, as git finds .git."""
    folder = os.path.abspath(start)
    while True:
        candidate = os.path.join(folder, "plans")
        if os.path.isdir(candidate):
            # Shown in messages: keep it short, as the user would type it.
            return "plans" if folder == os.path.abspath(start) else candidate
        parent = os.path.dirname(folder)
        if parent == folder:
            return None
        folder = parent


def load_plans(paths: Sequence[str], *, use_cache: bool = True) -> list[Plan]:
    """Load every plan the command should read, from the cache when it is current."""
    use_cache = use_cache and not os.environ.get("PLAN_NO_CACHE")
    plans = []
    # Building a big plan makes millions of objects that are never garbage; collecting them
    # again and again while they are made cost most of the load time.
    collecting = gc.isenabled()
    gc.disable()
    try:
        for path in plan_files(paths):
            stat = os.stat(path) if use_cache else None
            plan = cache.load(path, stat) if stat else None
            if plan is None:
                from ..planfile.reader import load_plan  # lazy: YAML only when the cache misses

                plan = load_plan(path)
                if stat:
                    cache.store(path, stat, plan)
            plans.append(plan)
    finally:
        if collecting:
            # The plans live until the command ends: keep the collector from walking them.
            gc.freeze()
            gc.enable()
    return plans
