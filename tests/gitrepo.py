"""Throwaway git repositories holding the shipped plan, for the history tests."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from ofsted_plan.model import Action, Month, Status
from ofsted_plan.planfile.reader import load_plan
from ofsted_plan.planfile.writer import dump_plan

from .helpers import REPO


def git(repo: Path, *args: str, when: str = "2017-03-10T10:00:00", who: str = "Rachel G") -> str:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": who,
        "GIT_AUTHOR_EMAIL": "officer@example.org",
        "GIT_COMMITTER_NAME": who,
        "GIT_COMMITTER_EMAIL": "officer@example.org",
        "GIT_AUTHOR_DATE": when,
        "GIT_COMMITTER_DATE": when,
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_CONFIG_NOSYSTEM": "1",
    }
    done = subprocess.run(
        ["git", *args], cwd=repo, env=env, capture_output=True, text=True, check=True
    )
    return done.stdout


def april_changes(plan_path: Path) -> None:
    """1.1 Amber -> Green with a comment added, 3.2's end two months later, 1.10 added."""
    plan = load_plan(plan_path)
    actions = {a.ref: a for a in plan.actions()}
    actions["1.1"].status = Status.GREEN
    actions["1.1"].comments += " Templates signed off at SIB."
    actions["3.2"].end = Month(2017, 11)
    plan.themes[0].recommendations[0].actions.append(
        Action(
            ref="1.10",
            action="Audit the new plan templates",
            start=Month(2017, 4),
            end=Month(2017, 6),
            lead=("RG",),
            dlt=("CP",),
            status=Status.GREEN,
        )
    )
    plan_path.write_text(dump_plan(plan), encoding="utf-8")


def make_repo(folder: Path) -> Path:
    """A repo whose plan was committed and tagged sib-2017-03, then changed in April."""
    (folder / "plans").mkdir(parents=True)
    plan = folder / "plans" / "ofsted-2016.yaml"
    plan.write_bytes((REPO / "plans" / "ofsted-2016.yaml").read_bytes())
    git(folder, "init", "-q", "-b", "main")
    git(folder, "add", ".")
    git(folder, "commit", "-q", "-m", "Plan as at the March SIB")
    git(folder, "tag", "sib-2017-03")
    april_changes(plan)
    git(folder, "commit", "-q", "-am", "April updates", when="2017-04-10T10:00:00", who="Jo F")
    return folder
