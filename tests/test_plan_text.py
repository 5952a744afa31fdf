"""Hand-typed plan text read as it was meant, or a line that says what YAML did with it."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import yaml

from ofsted_plan.planfile.reader import load_plan

from .helpers import REPO, run

SHIPPED = REPO / "plans" / "ofsted-2016.yaml"
SMALL = """\
title: Small plan
themes:
  - theme: Help
    recommendations:
      - recommendation: Improve plans
        actions:
          - ref: '1.1'
            action: Do it
            lead: RG
            comments: See item #4 of the minutes
            status: green
          - ref: '1.2'
            action: Do the next thing
            lead: RG
            status: amber  # was red
"""


def write(tmp_path: Path, text: str, name: str = "plan.yaml") -> Path:
    target = tmp_path / name
    target.write_bytes(text.encode("utf-8"))
    return target


def test_check_warns_when_a_hash_cut_the_text(tmp_path: Path) -> None:
    plan = write(tmp_path, SMALL)
    result = run("check", str(plan))
    assert result.exit_code == 0  # a warning
    assert result.stdout == (
        f"{plan}:10: warning: the text of 'comments' stops at '#': YAML reads '#4 of the "
        "minutes' as a comment, not as part of the text (if it belongs to the text, quote it "
        "all: comments: 'See item #4 of the minutes')\n"
    )
    assert run("check", "--strict", str(plan)).exit_code == 1


def test_plan_set_never_splices_text_around_a_comment(tmp_path: Path) -> None:
    plan = write(tmp_path, SMALL)
    result = run("set", "1.1", "--append-comment", "Done.", "-p", str(plan))
    assert result.exit_code == 1
    assert f"{plan}:10: the comments value is followed by a YAML comment" in result.stderr
    assert plan.read_text() == SMALL
    # a comment after a one-line value such as a status stays where it was
    assert run("set", "1.2", "--status", "green", "-p", str(plan)).exit_code == 0
    assert "status: green  # was red" in plan.read_text()
    quoted = SMALL.replace(
        "comments: See item #4 of the minutes", "comments: 'See item #4 of the minutes'"
    )
    plan.write_text(quoted)
    args = ("set", "1.1", "--append-comment", "Done.", "--on", "2017-06-01", "-p", str(plan))
    assert run(*args).exit_code == 0
    action = next(a for a in load_plan(plan).actions() if a.ref == "1.1")
    assert action.comments == "See item #4 of the minutes\n2017-06-01: Done."


def test_merge_conflict_markers_are_named(tmp_path: Path) -> None:
    conflicted = SMALL.replace(
        "            status: green\n",
        "<<<<<<< HEAD\n            status: green\n=======\n            status: red\n"
        ">>>>>>> theirs\n",
    )
    plan = write(tmp_path, conflicted)
    result = run("list", "-p", str(plan))
    assert result.exit_code == 1
    assert result.stderr.startswith(
        f"Error: {plan}:11: unresolved merge conflict at line 11 (<<<<<<< is a git conflict "
        "marker) (keep the version you want"
    )


def test_a_control_character_is_shown_at_its_line_and_column(tmp_path: Path) -> None:
    plan = write(tmp_path, SMALL.replace("Do the next thing", "Do the\x0bnext thing"))
    result = run("check", str(plan))
    assert result.exit_code == 1
    assert result.stdout == (
        f"{plan}:13:27: a VT character (U+000B) that a plan cannot hold, probably pasted from "
        "Word or an email (delete it (retype the text around it if it looks wrong))\n"
    )
    bell = write(tmp_path, SMALL.replace("Improve", "Impr\x07ove"), "bell.yaml")
    assert f"{bell}:5:29: a BEL character (U+0007)" in run("list", "-p", str(bell)).stderr


def test_check_and_the_schema_agree_on_values_other_tools_type(tmp_path: Path) -> None:
    """Empty status, a number as comments, 1.10 as a ref: plan reads them as the text
    written; the schema allows them too, and check warns where other tools would differ."""
    schema = json.loads((REPO / "src" / "ofsted_plan" / "plan.schema.json").read_text())
    text = (
        SMALL.replace("comments: See item #4 of the minutes", "comments: 42")
        .replace("status: green", "status:")
        .replace("ref: '1.2'", "ref: 1.10")
    )
    plan = write(tmp_path, text)
    errors = list(jsonschema.Draft7Validator(schema).iter_errors(yaml.safe_load(text)))
    assert errors == []
    result = run("check", str(plan))
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        f"{plan}:10: warning: 'comments: 42' is read as a number by other YAML tools and editors "
        "(plan reads it as the text written) (quote it: comments: '42')",
        f"{plan}:12: warning: 'ref: 1.10' is read as a number by other YAML tools and editors "
        "(plan reads it as the text written) (quote it: ref: '1.10')",
    ]
    refs = [a.ref for a in load_plan(plan).actions()]
    assert refs == ["1.1", "1.10"]
    assert run("check", str(SHIPPED)).stdout.count("read as") == 0  # plan import quotes them


def test_plan_set_keeps_crlf_line_endings(tmp_path: Path) -> None:
    plan = write(tmp_path, SMALL.replace("#4", "4").replace("\n", "\r\n"))
    result = run("set", "1.1", "--comment", "two\nlines", "--end", "2017-05", "-p", str(plan))
    assert result.exit_code == 0, result.stderr
    data = plan.read_bytes()
    assert data.count(b"\n") == data.count(b"\r\n") > 16
    action = next(a for a in load_plan(plan).actions() if a.ref == "1.1")
    assert action.comments == "two\nlines"


def test_plan_set_adds_missing_keys_in_the_usual_order(tmp_path: Path) -> None:
    plan = write(
        tmp_path,
        "title: T\nthemes:\n  - theme: A\n    recommendations:\n      - recommendation: R\n"
        "        actions:\n          - ref: '1.1'\n            action: Do it\n",
    )
    result = run(
        "set", "1.1", "--status", "red", "--comment", "Late", "--lead", "RG", "--end",
        "2017-05", "--dlt", "CP", "--start", "2017-01", "-p", str(plan),
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    keys = [line.split(":")[0].strip() for line in plan.read_text().splitlines()[6:]]
    assert keys == ["- ref", "action", "start", "end", "lead", "dlt", "comments", "status"]
