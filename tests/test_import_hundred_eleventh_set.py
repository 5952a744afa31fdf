"""Issue 18, what the hundred-and-eleventh blind sets on showed, and the strict xfails of
earlier sets read right since (heldout102's Grange Park)."""

from __future__ import annotations

from pathlib import Path

from ofsted_plan.importing.importer import import_table


def test_a_numbered_heading_over_the_first_table_is_its_theme(tmp_path: Path) -> None:
    """A text plan heading each table 'Priority N: ...': the first, above the first header,
    is the first priority as the others are, not a note under the title."""
    path = tmp_path / "plan.txt"
    header = "Ref\tAction\tLead\tWhen\tRAG\n"
    path.write_text(
        "Grange Park Primary School – Post-Ofsted Action Plan 2023-24\n"
        "Plan agreed by the Full Governing Body: 12 July 2023.\n\n"
        "Priority 1: Curriculum\nArea for improvement\n"
        "Leaders should ensure that the curriculum identifies the key knowledge.\n\n"
        + header
        + "1a\tMap the key knowledge\tHT\tAutumn term 2023\tGreen\n\n"
        "Priority 2: Early reading\nArea for improvement\n"
        "Leaders should ensure that phonics is taught consistently.\n\n"
        + header
        + "2a\tPhonics refresher training\tEnglish lead\tSept 2023\tAmber\n",
        encoding="utf-8",
    )
    plan = import_table(path)
    assert plan.title == "Grange Park Primary School – Post-Ofsted Action Plan 2023-24"
    assert [t.title for t in plan.themes] == ["Priority 1: Curriculum", "Priority 2: Early reading"]
    assert [r.text for t in plan.themes for r in t.recommendations] == [
        "Leaders should ensure that the curriculum identifies the key knowledge.",
        "Leaders should ensure that phonics is taught consistently.",
    ]
