"""Issue 18, what the two-hundred-and-forty-fifth blind sets on showed (heldout245 on)."""

from __future__ import annotations

from pathlib import Path

from ofsted_plan.importing.importer import import_table
from ofsted_plan.importing.sheet_labels import A_CAPTION


def test_a_trackers_cover_names_the_plan_its_sheet_only_what_it_holds(tmp_path: Path) -> None:
    """'Annex B: Internal audit recommendations – implementation tracker' on the summary
    sheet, 'Open and recently implemented internal audit recommendations' over the tracker's
    header: the cover names the plan (the sheet's caption was taken for it)."""
    from openpyxl import Workbook

    book = Workbook()
    summary = book.active
    assert summary is not None
    summary.title = "Summary"
    summary.append(["Intellectual Property Office"])
    summary.append(["Annex B: Internal audit recommendations – implementation tracker"])
    summary.append([])
    summary.append(["Audit", "Year", "Assurance opinion", "Actions open", "Overdue"])
    summary.append(["Cyber Security", "2024-25", "Limited", 2, 0])
    tracker = book.create_sheet("Tracker")
    tracker.append(["Open and recently implemented internal audit recommendations (GIAA)"])
    tracker.append(["Status key:", "Implemented", "On track", "At risk", "Overdue"])
    tracker.append([])
    tracker.append(["Ref", "Recommendation", "Agreed management action", "Action owner",
                    "Target date", "Status"])  # fmt: skip
    tracker.append(["VM1.1", "Define remediation timescales.", "Update the standard.", "CISO",
                    "Mar-25", "Green"])  # fmt: skip
    tracker.append(["VM1.2", "Track exceptions.", "Report exceptions monthly.", "CISO",
                    "Jun-25", "Amber"])  # fmt: skip
    book.save(tmp_path / "arac.xlsx")
    plan = import_table(tmp_path / "arac.xlsx")
    assert plan.title == "Annex B: Internal audit recommendations – implementation tracker"


def test_a_part_of_the_standards_under_a_line_naming_the_plan(tmp_path: Path) -> None:
    """'Chilton Fields School: action plan to meet the independent school standards' as a
    plain line, then 'Part 3. Welfare, health and safety of pupils' as a heading over each
    unmet paragraph and its table of 'Step to be taken': the line is the title, the Part the
    theme and the step the action (the Part was taken for the title, the success criteria
    for the action)."""
    from docx import Document

    document = Document()
    document.add_paragraph("Chilton Fields School: action plan to meet the independent school "
                           "standards")  # fmt: skip
    for part, paragraph in (
        ("Part 3. Welfare, health and safety of pupils", "Paragraph 7: pupils are safeguarded."),
        ("Part 5. Premises of and accommodation at schools", "Paragraph 25: premises are safe."),
    ):
        document.add_heading(part, 1)
        document.add_paragraph(paragraph)
        table = document.add_table(rows=2, cols=5)
        for j, (title, value) in enumerate(
            zip(["No.", "Step to be taken", "Person(s) responsible",
                 "Date by which the step will be taken", "Success criteria"],
                ["1.1", f"Commission a review for {part[:6]}.", "Headteacher", "Jan-25",
                 "Review received."], strict=True)
        ):  # fmt: skip
            table.cell(0, j).text, table.cell(1, j).text = title, value
    document.save(str(tmp_path / "plan.docx"))
    plan = import_table(tmp_path / "plan.docx")
    assert plan.title.startswith("Chilton Fields School: action plan")
    assert [t.title for t in plan.themes] == [
        "Part 3. Welfare, health and safety of pupils",
        "Part 5. Premises of and accommodation at schools",
    ]
    assert [a.action for a in plan.actions()] == [
        "Commission a review for Part 3.",
        "Commission a review for Part 5.",
    ]


def test_a_sheets_caption_as_at_a_date() -> None:
    """'Open internal audit recommendations at 28 February 2025': what the sheet holds and
    when, a caption like '... – position at 14 January 2025'; and 'Recommendations closed
    since the December 2024 ARAC' on a closed sheet, what it holds (heldout258 showed it: the
    line was read as the sheet's part over its audit bands, as heldout246's was)."""
    assert A_CAPTION.match("Open internal audit recommendations at 28 February 2025")
    assert A_CAPTION.match("Open recommendations as at 31 March 2025")
    assert A_CAPTION.match("Recommendations closed since the December 2024 ARAC")
    assert not A_CAPTION.match("Recommendation 3: close the gaps in the asset register")
