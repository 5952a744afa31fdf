"""The YAML plan file: byte-stable, no implicit typing, errors with file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from ofsted_plan.importing.importer import import_table
from ofsted_plan.model import Month
from ofsted_plan.planfile.reader import load_plan, parse_plan
from ofsted_plan.planfile.writer import dump_plan

from .helpers import REPO, SEED, run_on

ACTION = """\
title: Test plan
themes:
  - theme: Help and protection
    recommendations:
      - recommendation: Improve plans
        actions:
          - ref: {ref}
            action: Do the thing
            start: {start}
            end: 2017-02
            measure: ''
            lead: {lead}
            dlt: CP
            comments: ''
            status: {status}
"""


def plan_text(
    ref: str = "'1.1'", start: str = "2017-01", lead: str = "RG", status: str = "green"
) -> str:
    return ACTION.format(ref=ref, start=start, lead=lead, status=status)


def test_dump_load_dump_is_byte_identical() -> None:
    text = dump_plan(import_table(SEED))
    assert dump_plan(parse_plan(text)) == text


def test_key_order_and_month_form() -> None:
    text = dump_plan(import_table(SEED))
    first = text.index("- ref: '1.1'")
    keys = [
        line.strip().split(":")[0].lstrip("- ")
        for line in text[first:].splitlines()[:20]
        if ":" in line and not line.startswith("   " * 5)
    ]
    assert keys[:10] == [
        "ref",
        "action",
        "start",
        "end",
        "measure",
        "lead",
        "dlt",
        "comments",
        "status",
        "ref",
    ]
    assert "start: 2017-01\n" in text
    assert "ref_generated: true" in text


def test_changing_status_moves_no_other_line() -> None:
    plan = import_table(SEED)
    before = dump_plan(plan).splitlines()
    next(a for a in plan.actions() if a.ref == "1.1").status = (
        plan.themes[0].recommendations[0].actions[1].status
    )
    after = dump_plan(plan).splitlines()
    changed = [(b, a) for b, a in zip(before, after, strict=True) if b != a]
    assert changed == [("            status: amber", "            status: green")]


@pytest.mark.parametrize("initials", ["NO", "ON", "Y", "yes", "off"])
def test_initials_are_never_booleans(initials: str) -> None:
    plan = parse_plan(plan_text(lead=initials))
    assert next(plan.actions()).lead == (initials,)


def test_refs_and_months_are_not_numbers_or_dates() -> None:
    plan = parse_plan(plan_text(ref="1.10", start="2017-02"))
    action = next(plan.actions())
    assert action.ref == "1.10"
    assert action.start == Month(2017, 2)


def test_lists_of_initials_are_accepted() -> None:
    plan = parse_plan(plan_text(lead="[RG, JF]"))
    assert next(plan.actions()).lead == ("RG", "JF")


def test_dump_quotes_what_other_yaml_tools_would_retype() -> None:
    plan = parse_plan(plan_text(ref="1.10", lead="NO"))
    text = dump_plan(plan)
    assert "ref: '1.10'" in text
    assert "lead: 'NO'" in text


def test_multiline_and_unicode_text_round_trips() -> None:
    plan = parse_plan(plan_text())
    action = next(plan.actions())
    action.comments = "Line one\nLine two – “quoted” 😀\n  indented"
    action.action = "key: value # not a comment"
    text = dump_plan(plan)
    again = next(parse_plan(text).actions())
    assert again.comments == action.comments
    assert again.action == action.action


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (plan_text(status="purple"), "plan.yaml:15: unknown RAG status 'purple'"),
        (plan_text(start="Jan-17"), "plan.yaml:9: 'start': 'Jan-17' is not a month"),
        (plan_text(start="2017-13"), "plan.yaml:9: 'start': '2017-13' is not a month"),
        (plan_text(ref="''"), "plan.yaml:7: this action has no ref"),
        (
            plan_text().replace("status:", "stauts:"),
            "plan.yaml:15: unknown key 'stauts' in an action (did you mean 'status'?)",
        ),
        (
            plan_text().replace("  dlt: CP", "  lead: CP"),
            "plan.yaml:13: key 'lead' appears twice in an action (lines 12 and 13)",
        ),
        (
            plan_text().replace("action: Do the thing", "action: [unclosed"),
            "plan.yaml:9: YAML syntax error",
        ),
        (
            plan_text().replace("action: Do the thing", "action: !!python/object:os.system x"),
            "plan.yaml:8: YAML tag !!python/object:os.system is not allowed",
        ),
        (
            plan_text()
            .replace("measure: ''", "measure: &m text")
            .replace("comments: ''", "comments: *m"),
            "plan.yaml:11: YAML anchor &m is not allowed in a plan",
        ),
        ("- just\n- a list\n", "plan.yaml:1: expected a plan here"),
        ("title: x\n", "plan.yaml:1: this file is not a plan: it has no 'themes:'"),
        ("", "plan.yaml: the file is empty"),
        ("title: x\nthemes:\n\t- theme: y\n", "plan.yaml:3: a tab in the indentation"),
    ],
)
def test_bad_plan_files(tmp_path: Path, text: str, message: str) -> None:
    bad = tmp_path / "plan.yaml"
    bad.write_text(text, encoding="utf-8")
    result = run_on(bad, "list")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.startswith("Error: "), result.stderr
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert bad.read_text(encoding="utf-8") == text  # reading never changes a file


def test_file_that_is_not_utf8(tmp_path: Path) -> None:
    bad = tmp_path / "plan.yaml"
    bad.write_bytes(plan_text().encode() + b"# caf\xe9\n")
    result = run_on(bad, "list")
    assert result.exit_code == 1
    assert "plan.yaml:16: byte 0xe9 is not UTF-8 text" in result.stderr


def test_load_plan_names_the_plan_after_its_file(plan_file: Path) -> None:
    assert load_plan(plan_file).name == "ofsted-2016"


def test_the_import_check_reads_the_text_back_exactly() -> None:
    """`plan import` writes nothing unless YAML reads the text as the plan, value for value."""
    from ofsted_plan.planfile.writer import reads_back

    plan = load_plan(REPO / "plans" / "ofsted-2016.yaml")
    text = dump_plan(plan)
    assert reads_back(text, plan)
    for broken in (
        text.replace("status: amber", "status: red", 1),  # a value
        text.replace("  - theme: ", "  - themes: ", 1),  # a key
        text.replace("ref: '1.1'", "ref: '1.1'\n            extra: {}", 1),  # a key more
        text[: text.rindex("          - ref:")],  # an action less
        text.replace("ref: '1.1'", "ref: !!str '1.1'", 1),  # a tag
        text + "---\ntitle: another\n",  # a second document after it
        text.replace("status: amber", "status: &s amber", 1).replace(
            "status: amber", "status: *s", 1
        ),  # an alias
    ):
        assert not reads_back(broken, plan)
