"""`plan set`: change exactly the fields asked for; every other byte stays as it was."""

from __future__ import annotations

import difflib
import shutil
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from ofsted_plan.model import Action, Month, Status, with_update
from ofsted_plan.planfile import editing
from ofsted_plan.planfile.reader import load_plan
from ofsted_plan.planfile.writer import dump_plan

from .helpers import REPO, run

# The day an update is dated: given, never the real date (a run across midnight would differ).
ON = date(2017, 6, 1)
SHIPPED = REPO / "plans" / "ofsted-2016.yaml"


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    target = tmp_path / "plans" / "ofsted-2016.yaml"
    target.parent.mkdir()
    shutil.copy(SHIPPED, target)
    return target


def changed_lines(before: str, after: str) -> list[str]:
    return [
        line
        for line in difflib.unified_diff(before.splitlines(), after.splitlines(), n=0, lineterm="")
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]


K = " " * 12  # the column of an action's keys in the shipped plan
C = " " * 14  # and of their continuation lines
OLD_COMMENT = [
    f"-{K}comments: Early help plans are being reviewed by MAPF and parents. It is in the",
    f"-{C}work plan this term, as the MAPF was completing other work in February.",
]

# option, value, how the model changes, the lines that must change (removed, then added)
CASES = [
    (
        "--status",
        "green",
        lambda a: setattr(a, "status", Status.GREEN),
        [f"-{K}status: amber", f"+{K}status: green"],
    ),
    (
        "--end",
        "2017-06",
        lambda a: setattr(a, "end", Month(2017, 6)),
        [f"-{K}end: 2017-02", f"+{K}end: 2017-06"],
    ),
    (
        "--start",
        "Dec-16",
        lambda a: setattr(a, "start", Month(2016, 12)),
        [f"-{K}start: 2017-01", f"+{K}start: 2016-12"],
    ),
    (
        "--lead",
        "RG / JF",
        lambda a: setattr(a, "lead", ("RG", "JF")),
        [f"-{K}lead: RG", f"+{K}lead: RG/JF"],
    ),
    (
        "--dlt",
        "CP/RdP",
        lambda a: setattr(a, "dlt", ("CP", "RdP")),
        [f"-{K}dlt: CP", f"+{K}dlt: CP/RdP"],
    ),
    (
        "--comment",
        "Templates signed off at SIB",
        lambda a: setattr(a, "comments", "Templates signed off at SIB"),
        [*OLD_COMMENT, f"+{K}comments: Templates signed off at SIB"],
    ),
    (  # a dated update on a line of its own (issue 20): the comments become a block
        "--append-comment",
        "Signed off.",
        lambda a: setattr(a, "comments", with_update(a.comments, "Signed off.", ON)),
        [
            *OLD_COMMENT,
            f"+{K}comments: |-",
            f"+{C}Early help plans are being reviewed by MAPF and parents. It is in the work"
            " plan this term, as the MAPF was completing other work in February.",
            f"+{C}{ON.isoformat()}: Signed off.",
        ],
    ),
]


@pytest.mark.parametrize(("option", "value", "change", "lines"), CASES, ids=[c[0] for c in CASES])
def test_each_field_changes_only_its_lines(
    plan: Path,
    option: str,
    value: str,
    change: Callable[[Action], None],
    lines: list[str],
) -> None:
    before = plan.read_text(encoding="utf-8")
    dated = ["--on", ON.isoformat()] if option == "--append-comment" else []  # a frozen day
    result = run("set", "1.1", option, value, *dated, "-p", str(plan))
    assert result.exit_code == 0, result.stderr
    assert result.stderr.startswith(f"Updated 1.1 in {plan}: ")
    after = plan.read_text(encoding="utf-8")
    assert changed_lines(before, after) == lines
    # and the file is exactly what a full write of the changed plan would be
    model = load_plan(SHIPPED)
    change(next(a for a in model.actions() if a.ref == "1.1"))
    assert after == dump_plan(model)


def test_several_fields_at_once_on_every_kind_of_action(plan: Path) -> None:
    for ref in ("1.1", "R3.1", "A6.2", "3.3", "9.3"):
        result = run(
            "set",
            ref,
            "--status",
            "blue",
            "--end",
            "2017-12",
            "--lead",
            "PD",
            "--comment",
            "Done",
            "-p",
            str(plan),
        )
        assert result.exit_code == 0, result.stderr
    model = load_plan(SHIPPED)
    for action in model.actions():
        if action.ref in ("1.1", "R3.1", "A6.2", "3.3", "9.3"):
            action.status, action.end = Status.BLUE, Month(2017, 12)
            action.lead, action.comments = ("PD",), "Done"
    assert plan.read_text(encoding="utf-8") == dump_plan(model)


HAND_WRITTEN = """\
# Our plan. Edited by hand: keep these comments!
title: "Hand-written plan"   # quoted on purpose

themes:
- theme: Help
  recommendations:
  - recommendation: >-
      Folded text
      over two lines
    actions:
    - {ref: F1, action: In flow style, lead: RG}
    - ref: "1.1"     # the first one
      action: |
        Literal
        block
      lead:
        - RG
        - JF
      status: Amber  # was red

    - ref: '1.2'
      action: No status yet
      lead: [SK]
"""


def test_hand_written_file_keeps_everything_else(tmp_path: Path) -> None:
    target = tmp_path / "plan.yaml"
    target.write_text(HAND_WRITTEN)
    run_ok = run(
        "set",
        "1.1",
        "--status",
        "green",
        "--lead",
        "RG",
        "--comment",
        "New note",
        "--end",
        "2017-05",
        "-p",
        str(target),
    )
    assert run_ok.exit_code == 0, run_ok.stderr
    expected = HAND_WRITTEN.replace(
        "        block\n      lead:\n        - RG\n        - JF\n      status: Amber  # was red\n",
        "        block\n      end: 2017-05\n      lead: RG\n      comments: New note\n"
        "      status: green  # was red\n",
    )
    assert expected != HAND_WRITTEN
    assert target.read_text() == expected
    action = next(a for a in load_plan(target).actions() if a.ref == "1.1")
    assert (action.status, action.lead, action.comments) == (Status.GREEN, ("RG",), "New note")
    assert action.end == Month(2017, 5) and action.action == "Literal\nblock"
    assert "# Our plan. Edited by hand: keep these comments!" in target.read_text()
    assert "# the first one" in target.read_text()


def test_missing_keys_are_added_in_their_place(tmp_path: Path) -> None:
    target = tmp_path / "plan.yaml"
    target.write_text(HAND_WRITTEN)
    assert (
        run("set", "1.2", "--status", "red", "--start", "2017-01", "-p", str(target)).exit_code == 0
    )
    text = target.read_text()
    assert (
        "    - ref: '1.2'\n      action: No status yet\n      start: 2017-01\n"
        "      lead: [SK]\n      status: red\n" in text
    )
    action = next(a for a in load_plan(target).actions() if a.ref == "1.2")
    assert action.status is Status.RED and action.start == Month(2017, 1)


def test_flow_style_action_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "plan.yaml"
    target.write_text(HAND_WRITTEN)
    result = run("set", "F1", "--status", "red", "-p", str(target))
    assert result.exit_code == 1
    assert "plan.yaml:11: this action is written on one line" in result.stderr
    assert target.read_text() == HAND_WRITTEN


def test_dry_run_prints_the_diff_and_writes_nothing(plan: Path) -> None:
    before = plan.read_bytes()
    result = run("set", "1.1", "--status", "green", "--dry-run", "-p", str(plan))
    assert result.exit_code == 0
    assert "-            status: amber\n+            status: green\n" in result.stdout
    assert result.stdout.startswith(f"--- {plan.as_posix()}\n+++ {plan.as_posix()}\n")
    assert plan.read_bytes() == before


def test_invalid_values_are_refused_before_writing(plan: Path) -> None:
    before = plan.read_bytes()
    for args, message in [
        (["--status", "purple"], "unknown RAG status 'purple'"),
        (["--end", "2017-13"], "'2017-13' is not a month"),
        (
            ["--end", "2016-01"],
            "not saved, the change would leave this: end 2016-01 is before start 2017-01",
        ),
        (["--comment", "a", "--append-comment", "b"], "give --comment or --append-comment"),
        ([], "nothing to change"),
    ]:
        result = run("set", "1.1", *args, "-p", str(plan))
        assert result.exit_code in (1, 2)
        assert message in result.stderr, result.stderr
        assert "Traceback" not in result.output
    assert plan.read_bytes() == before


def test_unknown_ref_suggests_close_ones(plan: Path) -> None:
    result = run("set", "A5.9", "--status", "red", "-p", str(plan))
    assert result.exit_code == 2
    assert "no action has ref 'A5.9' (did you mean A5." in result.stderr


def test_a_file_changed_meanwhile_is_not_overwritten(
    plan: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = editing.set_fields

    def someone_saves_meanwhile(text: str, path: str, ref: str, values: dict, **kw: Any) -> str:
        plan.write_text(text.replace("status: amber", "status: red", 1))
        return real(text, path, ref, values, **kw)

    monkeypatch.setattr(editing, "set_fields", someone_saves_meanwhile)
    result = run("set", "1.1", "--status", "green", "-p", str(plan))
    assert result.exit_code == 1
    assert "the file changed on disk since it was read; nothing was written" in result.stderr
    assert next(a for a in load_plan(plan).actions() if a.ref == "1.1").status is Status.RED


def test_nothing_to_change(plan: Path) -> None:
    before = plan.read_bytes()
    result = run("set", "1.1", "--status", "AMBER", "-p", str(plan))
    assert result.exit_code == 0
    assert result.stderr == "Nothing to change: 1.1 already has those values.\n"
    assert plan.read_bytes() == before
