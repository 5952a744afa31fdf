"""Issue 18, what the two-hundred-and-ninth blind sets on showed (heldout209 to heldout212)."""

from __future__ import annotations

from pathlib import Path

from ofsted_plan.importing.importer import import_table
from ofsted_plan.importing.people import split_people
from ofsted_plan.importing.titles import names_more_fully
from ofsted_plan.model import Status


def test_must_do_and_should_do_sheets_with_the_finding_placed_differently(
    tmp_path: Path,
) -> None:
    """'Must Do' with each requirement a row across its actions, 'Should Do' with the finding
    in a column beside each action: one plan in two parts (it was refused as two plans)."""
    from openpyxl import Workbook

    book = Workbook()
    must = book.active
    assert must is not None
    must.title = "Must Do"
    for row in (
        ["Trust – CQC Surgery Action Plan"],
        [],
        ["Ref", "Action", "Lead", "Due date", "RAG"],
        ["Must do 1: The trust must ensure staff complete mandatory training."],
        ["MD1.1", "Publish weekly compliance data by ward", "Head of Nursing", "Jun 2024", "G"],
        ["MD1.2", "Add face-to-face sessions each month", "Named Nurse", "Dec 2024", "A"],
    ):
        must.append(row)
    should = book.create_sheet("Should Do")
    for row in (
        ["Trust – CQC Surgery Action Plan"],
        [],
        ["Ref", "Should do", "Action", "Lead", "Due date", "RAG"],
        ["SD1", "The trust should reassess pain scores.", "Add prompts to e-obs", "Lead Nurse",
         "Sep 2024", "B"],
    ):  # fmt: skip
        should.append(row)
    path = tmp_path / "cqc.xlsx"
    book.save(path)
    plan = import_table(path)
    assert [a.ref for a in plan.actions()] == ["MD1.1", "MD1.2", "SD1"]
    assert [r.text for t in plan.themes for r in t.recommendations] == [
        "Must do 1: The trust must ensure staff complete mandatory training.",
        "The trust should reassess pain scores.",
    ]


def test_posts_of_a_university_and_a_post_with_its_area_after_a_comma() -> None:
    """'Pro-Vice-Chancellor (Education) and Head of ...' is two posts; 'Head of Quality and
    Safety, Family Care Group' one post and its area (it was split at 'and')."""
    assert split_people(
        "Pro-Vice-Chancellor (Education) and Head of Apprenticeship Quality"
    ).officers == ("Pro-Vice-Chancellor (Education)", "Head of Apprenticeship Quality")
    assert split_people("Head of Quality and Safety, Family Care Group").officers == (
        "Head of Quality and Safety, Family Care Group",
    )
    assert split_people(
        "Head of Children's Community Services (CHS) and Croydon Parent Carer Forum"
    ).officers == ("Head of Children's Community Services (CHS)", "Croydon Parent Carer Forum")


def test_counts_by_status_after_the_key_are_totals(tmp_path: Path) -> None:
    """'Actions by status | Complete 2 | Green 3 | ...' under the key line: counts, not an
    action (it was refused as an action after the key)."""
    path = tmp_path / "plan.txt"
    path.write_text(
        "Early Help Strategy: Delivery Plan\n\n"
        "Ref\tAction\tLead\tDeadline\tRAG\n"
        "EH01\tLaunch the family hub offer.\tHead of Early Help\tDec-24\tComplete\n"
        "EH02\tIntroduce one request form.\tFront Door Manager\tMar-25\tGreen\n\n"
        "Key: Complete = action delivered; Green = on track; Amber = at risk\n"
        "Actions by status\tComplete 1\tGreen 1\tAmber 0\n",
        encoding="utf-8",
    )
    plan = import_table(path)
    assert [a.ref for a in plan.actions()] == ["EH01", "EH02"]
    assert "Actions by status | Complete 1 | Green 1 | Amber 0" in plan.notes


def test_counts_in_one_cell_under_the_last_action_are_no_part_of_it(tmp_path: Path) -> None:
    """'Blue 2 | Green 5 | Amber 3 | Red 2' alone in the action column under a totals row:
    counts, not the last action's next line."""
    path = tmp_path / "plan.txt"
    path.write_text(
        "Transformation Programme – Highlight Report\n\n"
        "Ref\tMilestone\tLead\tForecast\tRAG\n"
        "T1\tOpen the hub\tSRO\tSep 2025\tG\n"
        "T2\tClose the old office\tSRO\tDec 2025\tB\n\n"
        "Totals\tMilestones reported: 2\n"
        "\tBlue 1 | Green 1 | Amber 0 | Red 0\n",
        encoding="utf-8",
    )
    last = list(import_table(path).actions())[-1]
    assert last.action == "Close the old office"


def test_a_colour_keyed_to_status_words_the_words_alone_read_otherwise(tmp_path: Path) -> None:
    """A key table 'Amber | Behind schedule – expected to complete with a short delay': the
    plan's 'Behind schedule' is amber (read as red, as the words alone are)."""
    from docx import Document

    document = Document()
    document.add_heading("Best Value Improvement Action Plan", 0)
    key = document.add_table(rows=4, cols=2)
    for i, (colour, words) in enumerate(
        [
            ("Colour", "Status used in this plan"),
            ("Green", "On track"),
            ("Amber", "Behind schedule – expected to complete with a short delay"),
            ("Red", "Off track – revised date needed"),
        ]
    ):
        key.cell(i, 0).text, key.cell(i, 1).text = colour, words
    document.add_heading("1. Workforce planning", 1)
    table = document.add_table(rows=3, cols=4)
    for i, cells in enumerate(
        [
            ["Ref", "Improvement action", "Lead officer", "Status"],
            ["1.1", "Publish a workforce plan.", "Director People", "Behind schedule"],
            ["1.2", "Agree a recruitment campaign.", "Head of HR", "Off track"],
        ]
    ):
        for j, text in enumerate(cells):
            table.cell(i, j).text = text
    path = tmp_path / "plan.docx"
    document.save(str(path))
    plan = import_table(path)
    assert [a.status for a in plan.actions()] == [Status.AMBER, Status.RED]


def test_a_bold_label_under_a_heading_then_the_finding_in_its_words(tmp_path: Path) -> None:
    """'Recommended next step' in bold under each section's heading, then the step itself:
    the step is what the table under it answers (it was dropped, the label kept)."""
    from docx import Document

    document = Document()
    document.add_heading("School: Action Plan following ISI Inspection", 0)
    for n, step in (
        (1, "Governors should strengthen their oversight of the quality of education."),
        (2, "Leaders should ensure that teachers adapt their teaching."),
    ):
        document.add_heading(f"{n}. Section {n}", 2)
        document.add_paragraph().add_run("Recommended next step").bold = True
        document.add_paragraph().add_run(step).italic = True
        table = document.add_table(rows=2, cols=4)
        for j, (title, value) in enumerate(
            zip(
                ["No.", "Action", "Lead", "Timescale"],
                [f"{n}.1", "Act.", "Head", "March 2025"],
                strict=True,
            )
        ):
            table.cell(0, j).text, table.cell(1, j).text = title, value
    path = tmp_path / "plan.docx"
    document.save(str(path))
    plan = import_table(path)
    assert [(t.title, r.text) for t in plan.themes for r in t.recommendations] == [
        (
            "1. Section 1",
            "Governors should strengthen their oversight of the quality of education.",
        ),
        ("2. Section 2", "Leaders should ensure that teachers adapt their teaching."),
    ]


def test_priority_rows_over_outcome_rows_are_two_levels(tmp_path: Path) -> None:
    """'PRIORITY 1: ...' alone in a row, then 'Outcome 1.1: ...', each over numbered actions:
    two kinds of heading by their words (refused as two rows that look the same)."""
    path = tmp_path / "plan.txt"
    path.write_text(
        "Safer Partnership – Delivery Plan\n\n"
        "Ref\tAction\tLead\tTimescale\tRAG\n"
        "PRIORITY 1: REDUCING ANTI-SOCIAL BEHAVIOUR\t\t\t\t\n"
        "Outcome 1.1: Fewer people experience repeat ASB\t\t\t\t\n"
        "1.1.1\tEmbed the case review process\tASB Lead\tJul-24\tB\n"
        "Outcome 1.2: Young people are diverted\t\t\t\t\n"
        "1.2.1\tDeliver the summer programme\tYouth Manager\tSep-24\tG\n"
        "PRIORITY 2: TACKLING DOMESTIC ABUSE\t\t\t\t\n"
        "Outcome 2.1: Victims get the right support\t\t\t\t\n"
        "2.1.1\tRe-procure support services\tDA Manager\tMar-25\tA\n",
        encoding="utf-8",
    )
    plan = import_table(path)
    assert [(t.title, [r.text for r in t.recommendations]) for t in plan.themes] == [
        (
            "PRIORITY 1: REDUCING ANTI-SOCIAL BEHAVIOUR",
            ["Outcome 1.1: Fewer people experience repeat ASB",
             "Outcome 1.2: Young people are diverted"],
        ),
        ("PRIORITY 2: TACKLING DOMESTIC ABUSE", ["Outcome 2.1: Victims get the right support"]),
    ]  # fmt: skip


def test_a_line_saying_when_the_plan_was_reported_is_not_its_title(tmp_path: Path) -> None:
    """'Quarter 2 review – reported to Audit and Standards Committee, ...' under 'Fylde
    Council Corporate Risk Register 2025/26'; 'Thematic inspection: ... (HMICFRS, published
    August 2024)' under the tracker's name: the first line is the title (the second was
    taken, scoring 'review' and 'inspection' as a plan's words)."""
    for first, second in (
        (
            "Fylde Council Corporate Risk Register 2025/26",
            "Quarter 2 review – reported to Audit and Standards Committee, 20 November 2025",
        ),
        (
            "Lincolnshire Fire and Rescue – HMICFRS Standards of Behaviour: Recommendations "
            "Tracker",
            "Thematic inspection: the handling of misconduct in fire and rescue services "
            "(HMICFRS, published August 2024)",
        ),
        (
            "Cheshire East Early Help Strategy 2024–2027",
            "Delivery Action Plan – Year 1 progress update (reported to Children and Families "
            "Committee, March 2025)",
        ),
    ):
        path = tmp_path / "plan.csv"
        path.write_text(
            f'"{first}",,,\n"{second}",,,\n,,,\nRef,Action,Lead,RAG\n'
            "1,Update the strategy,Chief Financial Officer,G\n",
            encoding="utf-8",
        )
        assert import_table(path).title == first


def test_a_sheet_line_naming_whose_plan_the_cover_names() -> None:
    """The sheet's 'Herefordshire SEND Priority Action Plan 2025–2026' beside the cover's
    'Priority Action Plan – Area SEND Inspection (Ofsted and CQC)': the sheet's line names
    the same plan and whose it is (the cover's longer line was taken)."""
    assert not names_more_fully(
        "Priority Action Plan – Area SEND Inspection (Ofsted and CQC)",
        "Herefordshire SEND Priority Action Plan 2025–2026",
    )
    assert names_more_fully(  # the cover's line holds the sheet's own and more: the cover's
        "Herefordshire SEND Priority Action Plan 2025–2026 (Ofsted and CQC)",
        "SEND Priority Action Plan",
    )
