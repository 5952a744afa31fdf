"""Throwaway git repositories holding the shipped plan, for the history tests."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from ofsted_plan.model import Action, Month, Plan, Recommendation, Status, Theme
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


def meetings_plan() -> Plan:
    """A small plan as agreed at the March 2017 SIB: two themes, six actions."""

    def act(ref: str, text: str, end: Month, lead: tuple[str, ...], status: Status) -> Action:
        return Action(
            ref=ref,
            action=text,
            start=Month(2017, 1),
            end=end,
            lead=lead,
            dlt=("CP",),
            status=status,
        )

    return Plan(
        title="Test council improvement plan",
        themes=[
            Theme(
                "Help and protection",
                [
                    Recommendation(
                        "Improve the quality of plans",
                        [
                            act(
                                "1.1",
                                "Revise plan templates",
                                Month(2017, 3),
                                ("RG",),
                                Status.GREEN,
                            ),
                            act("1.2", "Audit plans", Month(2017, 4), ("RG",), Status.GREEN),
                            act("1.3", "Train managers", Month(2017, 2), ("JF",), Status.GREEN),
                        ],
                    )
                ],
            ),
            Theme(
                "Leadership",
                [
                    Recommendation(
                        "Strengthen the board's oversight",
                        [
                            act("2.1", "Set up a scorecard", Month(2017, 5), ("PD",), Status.RED),
                            act("2.2", "Recruit an IRO", Month(2017, 6), (), Status.AMBER),
                            act(
                                "2.3",
                                "Quarterly audit report",
                                Month(2017, 12),
                                ("JF",),
                                Status.GREEN,
                            ),
                        ],
                    )
                ],
            ),
        ],
    )


def make_meetings_repo(folder: Path) -> Path:
    """Three tagged SIB meetings and one later commit:

    - sib-2017-03 (10 March): the plan as agreed.
    - sib-2017-04 (12 April): 1.1 completed (blue); 1.2's end moved Apr -> Jun 2017.
    - sib-2017-05 (10 May): 1.2's end moved again, Jun -> Aug 2017, and rated amber.
    - 20 May, untagged: 2.3's comments updated.
    1.3, 2.1 and 2.2 are never touched after March.
    """
    (folder / "plans").mkdir(parents=True)
    path = folder / "plans" / "plan.yaml"
    plan = meetings_plan()
    path.write_text(dump_plan(plan), encoding="utf-8")
    git(folder, "init", "-q", "-b", "main")
    git(folder, "add", ".")
    git(folder, "commit", "-q", "-m", "Plan as agreed at the March SIB")
    git(folder, "tag", "sib-2017-03")
    actions = {a.ref: a for a in plan.actions()}
    actions["1.1"].status = Status.BLUE
    actions["1.1"].comments = "Templates signed off."
    actions["1.2"].end = Month(2017, 6)
    actions["1.2"].comments = "Delayed by staff changes."
    path.write_text(dump_plan(plan), encoding="utf-8")
    git(folder, "commit", "-q", "-am", "April SIB", when="2017-04-12T10:00:00")
    git(folder, "tag", "sib-2017-04")
    actions["1.2"].end = Month(2017, 8)
    actions["1.2"].status = Status.AMBER
    actions["1.2"].comments += "\nAuditor on leave until July."
    path.write_text(dump_plan(plan), encoding="utf-8")
    git(folder, "commit", "-q", "-am", "May SIB", when="2017-05-10T10:00:00", who="Jo F")
    git(folder, "tag", "sib-2017-05")
    actions["2.3"].comments = "First report drafted."
    path.write_text(dump_plan(plan), encoding="utf-8")
    git(folder, "commit", "-q", "-am", "2.3 update", when="2017-05-20T10:00:00", who="Jo F")
    return folder
