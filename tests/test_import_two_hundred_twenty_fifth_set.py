"""Issue 18, what the two-hundred-and-twenty-fifth blind sets on showed (heldout225 to
heldout228)."""

from __future__ import annotations

from pathlib import Path

from ofsted_plan.importing.header import header_fields
from ofsted_plan.importing.importer import import_table
from ofsted_plan.importing.titles import names_more_fully


def test_an_sro_or_lead_column_is_the_lead() -> None:
    """'SRO / Lead' names who answers for each milestone: the lead (kept as another column,
    as the SRO is the DLT lead's word)."""
    fields = header_fields(["Ref", "Milestone", "SRO / Lead", "Forecast date", "Current RAG"])
    assert fields[2].field == "lead"


def test_a_sheets_line_naming_what_it_holds_and_when() -> None:
    """'Transformation Programme – key milestones, Period 9 (December 2025)' on the sheet
    beside the cover's 'Derby City Council Transformation Programme – Highlight Report': the
    cover names the plan (the sheet's line was taken)."""
    assert names_more_fully(
        "Derby City Council Transformation Programme – Highlight Report",
        "Transformation Programme – key milestones, Period 9 (December 2025)",
    )


def test_sheets_captioned_by_their_kind_over_bands_naming_each_audit(tmp_path: Path) -> None:
    """A 'GIAA' sheet captioned 'GIAA internal audit recommendations – open ...' and an
    'NAO' sheet 'National Audit Office – management letter recommendations', each with a
    band for each audit over its recommendations: the bands are the themes (the captions
    were, the audits kept only as each action's 'Heading')."""
    from openpyxl import Workbook

    book = Workbook()
    giaa = book.active
    assert giaa is not None
    giaa.title = "GIAA"
    for row in (
        ["GIAA internal audit recommendations – open and recently implemented"],
        [],
        ["Ref", "Recommendation", "Agreed management action", "Action owner", "RAG"],
        ["Appeals Casework Allocation (GIAA 2023-24, Moderate assurance)"],
        ["R1", "Document the allocation rules.", "Publish the rules.", "Head of Ops", "Green"],
        ["Cyber Security – Supplier Assurance (GIAA 2024-25, Limited assurance)"],
        ["R2", "Review supplier access.", "Run quarterly reviews.", "CISO", "Amber"],
    ):
        giaa.append(row)
    giaa.merge_cells("A4:E4")
    giaa.merge_cells("A6:E6")
    nao = book.create_sheet("NAO")
    for row in (
        ["National Audit Office – management letter recommendations"],
        [],
        ["Ref", "Recommendation", "Agreed management action", "Action owner", "RAG"],
        ["Audit of the 2023-24 Annual Report and Accounts"],
        ["N1", "Review the asset register.", "Reconcile it.", "Head of Finance", "Blue"],
    ):  # fmt: skip
        nao.append(row)
    nao.merge_cells("A4:E4")
    path = tmp_path / "tracker.xlsx"
    book.save(path)
    plan = import_table(path)
    assert [t.title for t in plan.themes] == [
        "Appeals Casework Allocation (GIAA 2023-24, Moderate assurance)",
        "Cyber Security – Supplier Assurance (GIAA 2024-25, Limited assurance)",
        "Audit of the 2023-24 Annual Report and Accounts",
    ]


def test_a_numbered_heading_row_with_its_regulation(tmp_path: Path) -> None:
    """'MD1 | The trust must ... | Reg 12(1)(2)(a)' over MD1.1 and MD1.2: a heading, its
    regulation said of each action under it (refused as neither an action nor a heading)."""
    path = tmp_path / "plan.txt"
    path.write_text(
        "CQC Must Do Action Plan\n\n"
        "Ref\tCQC requirement / action\tRegulation\tAccountable lead\tRevised completion date"
        "\tCurrent RAG\n"
        "MD1\tThe trust must ensure timely triage.\tReg 12(1)(2)(a)\t\t\t\n"
        "MD1.1\tIntroduce a streaming nurse.\t\tHead of Nursing\tSep 2024\tB\n"
        "MD1.2\tImplement the escalation policy.\t\tClinical Director ED\tJan 2025\tA\n",
        encoding="utf-8",
    )
    actions = list(import_table(path).actions())
    assert [a.ref for a in actions] == ["MD1.1", "MD1.2"]
    assert [a.extra.get("Regulation") for a in actions] == ["Reg 12(1)(2)(a)"] * 2
    assert actions[0].extra["Heading"] == "MD1 The trust must ensure timely triage."


def test_success_criteria_listed_under_the_recommendation(tmp_path: Path) -> None:
    """'Recommendation 1' heading, the recommendation in bold, 'Success criteria:' and its
    bullets, then the table: the recommendation is the part, the criteria kept in the notes
    (the last bullet was taken for the part)."""
    from docx import Document

    document = Document()
    document.add_heading("Council Post-Inspection Action Plan", 0)
    for n, words in ((1, "Strengthen self-evaluation."), (2, "Improve attendance.")):
        document.add_heading(f"Recommendation {n}", 1)
        document.add_paragraph().add_run(words).bold = True
        document.add_paragraph("Success criteria:")
        document.add_paragraph(f"Criterion {n}a is met", style="List Bullet")
        document.add_paragraph(f"Criterion {n}b is met", style="List Bullet")
        table = document.add_table(rows=2, cols=4)
        for j, (title, value) in enumerate(
            zip(["Ref", "Action", "Lead", "Timescale"], [f"{n}.1", "Act.", "Head", "March 2025"],
                strict=True)
        ):  # fmt: skip
            table.cell(0, j).text, table.cell(1, j).text = title, value
    path = tmp_path / "plan.docx"
    document.save(str(path))
    plan = import_table(path)
    assert [t.title for t in plan.themes] == [  # one level of heading: the themes
        "Strengthen self-evaluation.",
        "Improve attendance.",
    ]
    assert "Criterion 1b is met" in plan.notes
