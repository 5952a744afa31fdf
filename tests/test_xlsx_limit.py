"""Issue 25 item 5: a cell longer than Excel's 32,767 characters is cut with a note saying
so, in the cell and on stderr, never in silence."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from ofsted_plan.model import Action, Plan, Recommendation, Theme
from ofsted_plan.planfile.writer import dump_plan
from ofsted_plan.render.xlsx_sheet import CELL_LIMIT, fit_cell

from .helpers import run

LONG = "Evidence of impact reported. " * 4000  # 116,000 characters


def test_a_long_cell_is_cut_with_a_note_in_the_cell_and_on_stderr(tmp_path: Path) -> None:
    action = Action(ref="1.1", action="A", lead=("RG",), comments=LONG)
    plan = Plan(title="T", themes=[Theme("Theme", [Recommendation("R", [action])])])
    path = tmp_path / "plan.yaml"
    path.write_text(dump_plan(plan), encoding="utf-8")
    book = tmp_path / "paper.xlsx"
    result = run("export", "-p", str(path), "-o", str(book), "--as-of", "2017-05-01")
    assert result.exit_code == 0, result.stderr
    text = LONG.strip()
    found = [
        c
        for row in load_workbook(book)["Actions"].iter_rows()
        for c in row
        if isinstance(c.value, str) and c.value.startswith("Evidence")
    ]
    (where,) = found
    cell = str(where.value)
    assert len(cell) <= CELL_LIMIT
    kept = cell.index("… [cut: ")
    assert text.startswith(cell[:kept])
    more = len(text) - kept
    assert cell.endswith(f"… [cut: {more:,} more characters, see the plan file]")
    assert (
        f"Note: cell Actions!{where.coordinate} holds {len(text):,} characters, more than "
        "Excel's 32,767: "
        f"the last {more:,} were cut" in result.stderr
    )


def test_fit_cell_at_the_limit() -> None:
    exact = "x" * CELL_LIMIT
    assert fit_cell(exact) == (exact, 0)
    text, cut = fit_cell(exact + "y")
    assert len(text) <= CELL_LIMIT and cut > 0
    assert text.endswith(f"[cut: {cut:,} more characters, see the plan file]")
    for size in (CELL_LIMIT + 1, 99_999, 100_000, 10**7):
        text, cut = fit_cell("z" * size)
        assert len(text) <= CELL_LIMIT and text.count("z") + cut == size
