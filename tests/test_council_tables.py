"""A corpus of council plan tables in the shapes councils publish (ILACS and SIF plans, a
SEND Written Statement of Action, a JTAI plan, trackers), in every file type plan import reads,
each with what a correct reading gives (tests/tables/NAME.expected), or the refusal it gets.

The content is invented; the shapes are those of published plans. The binary tables are made
by tests/tables/make_tables.py; `python -m tests.test_council_tables` rewrites the .expected
files after a deliberate change (read every one before committing it).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ofsted_plan.errors import PlanError
from ofsted_plan.importing.importer import import_table
from ofsted_plan.model import Plan

TABLES = Path(__file__).parent / "tables"
CASES = sorted(
    p for p in TABLES.iterdir() if p.suffix not in (".expected", ".py", ".rules") and p.is_file()
)


def reading(plan: Plan) -> str:
    """What a person checks: title, notes, themes, recommendations, and each action's ref,
    text, lead officers, end month (or end as written) and status."""
    lines = [f"title: {plan.title}", *(f"note: {n}" for n in plan.notes)]
    for theme in plan.themes:
        lines.append(f"theme: {theme.title}")
        for rec in theme.recommendations:
            lines.append(f"  recommendation: {rec.text}")
            for a in rec.actions:
                end = str(a.end) if a.end else "-"
                if a.end_text:
                    end += f" ({a.end_text})"
                leads = " | ".join(a.lead)
                status = a.status.value or "unrated"
                lines.append(f"    {a.ref}: {a.action} / {leads} / {end} / {status}")
                lines.extend(f"      {k}: {v}" for k, v in a.extra.items())
    return "\n".join(lines) + "\n"


def read(path: Path) -> str:
    try:
        return reading(import_table(path))
    except PlanError as exc:
        return f"refused: {str(exc).replace(str(TABLES) + '/', '')}\n"


@pytest.mark.parametrize("path", CASES, ids=[p.name for p in CASES])
def test_council_table(path: Path) -> None:
    expected = (TABLES / (path.name + ".expected")).read_text(encoding="utf-8")
    assert read(path) == expected


def test_the_corpus_is_wide() -> None:
    kinds = {p.suffix for p in CASES}
    assert {".txt", ".csv", ".xlsx", ".docx", ".xls"} <= kinds
    assert len(CASES) >= 13


if __name__ == "__main__":  # write the .expected files after a deliberate change
    for case in CASES:
        (TABLES / (case.name + ".expected")).write_text(read(case), encoding="utf-8")
