"""Session 35: the held-out sets from heldout707 on, and the second read of session 34's
change (one prompt across a Word form's parts, as across the text form's)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ofsted_plan.errors import PlanError
from ofsted_plan.importing.importer import import_table


def _rqia_form(path: Path, prompts: tuple[str, str]) -> Path:
    """RQIA's quality improvement plan in Word: per part a row of its number and labels
    beside the requirement, then a row across of the prompt over the response."""
    from docx import Document

    document = Document()
    document.add_heading("Abingdon Manor Care Home – Quality Improvement Plan", 0)
    document.add_paragraph(
        "Action required to ensure compliance with The Nursing Homes Regulations 2005"
    )
    table = document.add_table(rows=4, cols=2)
    for n, (need, reply) in enumerate(
        (
            ("The registered person shall ensure IPC issues are managed.",
             "Equipment has been removed from bathrooms."),
            ("The registered person shall ensure repositioning records are kept.",
             "Charts are checked at the end of each shift."),
        )
    ):  # fmt: skip
        table.cell(2 * n, 0).text = (
            f"Area for improvement {n + 1}\n\nRef: Regulation 13 (7)\n\nStated: First time"
            "\n\nTo be completed by:\n30 September 2025"
        )
        table.cell(2 * n, 1).text = need
        row = table.cell(2 * n + 1, 0).merge(table.cell(2 * n + 1, 1))
        row.text = f"{prompts[n]}\n{reply}"
    document.save(str(path))
    return path


def test_a_word_form_with_two_prompts_is_not_read_as_one_form(tmp_path: Path) -> None:
    """A person reads RQIA's form by its one prompt over every response; where one part's
    row across says something else ('Comments from the inspector ...:'), what it holds is
    no response of the provider's, and the form is not read as responses (refused), as the
    text form with two prompts is."""
    same = "Response by registered person detailing the actions taken:"
    plan = import_table(str(_rqia_form(tmp_path / "qip.docx", (same, same))))
    assert [a.action for a in plan.actions()][1] == "Charts are checked at the end of each shift."
    other = "Comments from the inspector on the evidence seen:"
    with pytest.raises(PlanError):
        import_table(str(_rqia_form(tmp_path / "two.docx", (same, other))))
