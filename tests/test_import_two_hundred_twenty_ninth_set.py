"""Issue 18, what the two-hundred-and-twenty-ninth blind sets on showed (heldout229 on), and
the review's findings mended with them."""

from __future__ import annotations

from pathlib import Path

import pytest

from ofsted_plan.errors import PlanError
from ofsted_plan.importing.importer import import_table
from ofsted_plan.model import Status


def _risk_register(path: Path) -> Path:
    """A risk register with no RAG column: each risk's residual score shaded by its rating."""
    from openpyxl import Workbook
    from openpyxl.styles import PatternFill

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in (
        ["Ref", "Risk", "Mitigating action", "Risk owner", "Target date", "Residual risk score"],
        ["R1", "Recruitment gaps", "Run a recruitment campaign", "HR Lead", "Mar 2025", "16"],
        ["R2", "Data quality", "Clean the case records", "Data Manager", "Jun 2025", "9"],
        ["R3", "Budget pressure", "Review placements", "Finance Lead", "Dec 2025", "4"],
        ["R4", "Supervision", "Audit supervision", "PSW", "Sep 2025", "4 x 3 = 12"],
    ):
        sheet.append(row)
    for line, colour in ((2, "FFFF0000"), (3, "FFFFC000"), (4, "FF00B050"), (5, "FFFF0000")):
        sheet.cell(line, 6).fill = PatternFill("solid", fgColor=colour)
    book.save(path / "risks.xlsx")
    return path / "risks.xlsx"


def test_a_risk_score_shaded_by_its_rating_is_not_the_rag(tmp_path: Path) -> None:
    """'16' shaded red, '9' amber: the risk's score coloured by its rating, not how the action
    stands. Refused at the first action's line (it was read as each action's RAG), the hint
    giving both ways to settle it."""
    with pytest.raises(PlanError) as caught:
        import_table(str(_risk_register(tmp_path)))
    assert caught.value.line == 2
    assert "column Residual risk score = status" in str(caught.value.hint)
    assert "column Residual risk score = extra" in str(caught.value.hint)


def test_a_column_the_rules_keep_out_is_not_asked_about_again(tmp_path: Path) -> None:
    """'column Residual risk score = extra' in a rules file settles it: every action unrated,
    the scores kept as written."""
    table = _risk_register(tmp_path)
    rules = tmp_path / "scores.rules"
    rules.write_text("column Residual risk score = extra\n", encoding="utf-8")
    plan = import_table(str(table), rules=str(rules))
    actions = list(plan.actions())
    assert [a.status for a in actions] == [Status.UNRATED] * 4
    assert [a.extra["Residual risk score"] for a in actions] == ["16", "9", "4", "4 x 3 = 12"]


def test_a_summary_tables_cells_name_no_plan(tmp_path: Path) -> None:
    """A summary sheet before a sheet for each home: its first line names the plans ('...
    Action Plans 2024/25', in the plural) and its table grades each home ('Requires
    improvement to be good'): the line is the title (the grade was taken for it)."""
    from openpyxl import Workbook

    book = Workbook()
    summary = book.active
    assert summary is not None
    summary.title = "Summary"
    for row in (
        ["Cornwall Council – Children's Homes Post-Inspection Action Plans 2024/25"],
        ["Home", "URN", "Overall experiences and progress", "Requirements"],
        ["Tregarth House", "SC486213", "Requires improvement to be good", 2],
    ):
        summary.append(row)
    for home in ("Tregarth House", "Penrose Lodge"):
        sheet = book.create_sheet(home)
        for row in (
            [home],
            ["Ref", "Action", "Responsible person", "Due by", "RAG"],
            ["1a", f"Deliver refresher training at {home}.", "Registered Manager", "Jul-24",
             "Green"],
            ["1b", f"Check {home}'s records weekly.", "Deputy Manager", "Jun-24", "Amber"],
        ):  # fmt: skip
            sheet.append(row)
    book.save(tmp_path / "homes.xlsx")
    plan = import_table(tmp_path / "homes.xlsx")
    assert plan.title == "Cornwall Council – Children's Homes Post-Inspection Action Plans 2024/25"
    assert [t.title for t in plan.themes] == ["Tregarth House", "Penrose Lodge"]


def test_a_section_whose_actions_answer_it_directly(tmp_path: Path) -> None:
    """Sections over numbered recommendations' rows, then 'Other areas for improvement' with
    its action right under it: the action answers the section (it was refused as under no
    recommendation)."""
    table = tmp_path / "yjs.csv"
    table.write_text(
        "Area for improvement,Ref,Action,Lead,Target date,RAG\n"
        "HMIP recommendations,,,,,\n"
        "1. Improve the quality of assessment and planning,,,,,\n"
        ",1.1,Deliver training on the new tool.,YJS Operations Manager,Dec-24,Green\n"
        ",1.2,Audit plans quarterly.,YJS Team Manager,Mar-25,Amber\n"
        "2. Ensure management oversight is effective,,,,,\n"
        ",2.1,Introduce an oversight template.,YJS Team Manager,Jan-25,Green\n"
        "Other areas for improvement,,,,,\n"
        ",3.1,Strengthen out-of-court disposal planning.,YJS Operations Manager,Jun-25,\n",
        encoding="utf-8",
    )
    plan = import_table(table)
    assert [t.title for t in plan.themes] == ["HMIP recommendations", "Other areas for improvement"]
    other = plan.themes[1].recommendations
    assert [(r.text, [a.ref for a in r.actions]) for r in other] == [("", ["3.1"])]


def test_requirements_on_rows_of_their_own_in_the_recommendation_column(tmp_path: Path) -> None:
    """'Requirement 1 | The registered person must ...' in the ref and recommendation
    columns, the actions under it leaving the recommendation empty: the requirement is what
    they answer (the column was set aside as empty on every action's row, and the row
    refused as an action with no words)."""
    table = tmp_path / "home.txt"
    rows = [
        ["Ref", "Requirement / recommendation", "Action", "Lead", "Target date", "RAG"],
        ["The protection of children standard (Regulation 12)"],
        ["Requirement 1", "The registered person must ensure that staff follow the missing "
         "from care procedures.", "", "", "", ""],
        ["1.1", "", "Train all staff on the missing from care procedure.", "RM", "Dec-24",
         "Green"],
        ["1.2", "", "Introduce a return home interview log.", "Deputy Manager", "Jan-25",
         "Green"],
        ["Requirement 2", "The registered person must review each child's risk assessment "
         "after every significant incident.", "", "", "", ""],
        ["2.1", "", "Revise the risk assessment template.", "RI", "Dec-24", "Amber"],
    ]  # fmt: skip
    table.write_text("\n".join("\t".join(r) for r in rows) + "\n", encoding="utf-8")
    plan = import_table(table)
    recs = [r for t in plan.themes for r in t.recommendations]
    assert [(r.text[:40], [a.ref for a in r.actions]) for r in recs] == [
        ("The registered person must ensure that s", ["1.1", "1.2"]),
        ("The registered person must review each c", ["2.1"]),
    ]
    assert plan.themes[0].title == "The protection of children standard (Regulation 12)"


def test_a_concern_under_its_regulation_on_lines_of_their_own(tmp_path: Path) -> None:
    """'Regulation 12: Safe care and treatment' over 'Concern 1: ...', then 'Concern 2: ...'
    alone over the next table: two kinds of heading, told apart by their words (refused as
    two that look the same)."""
    table = tmp_path / "notice.txt"
    header = "No.\tAction\tLead\tTarget date\tStatus"
    table.write_text(
        "\n".join(
            [
                "Regulation 12: Safe care and treatment",
                "Concern 1: High-risk medicines were not monitored.",
                header,
                "1.1\tRecall patients overdue monitoring.\tClinical Pharmacist\tNov-24\tGreen",
                "",
                "Concern 2: Safety alerts were not always acted on.",
                header,
                "2.1\tSet up a safety alert log.\tPractice Manager\tDec-24\tAmber",
                "",
                "Regulation 17: Good governance",
                "Concern 3: Training was not monitored.",
                header,
                "3.1\tCreate a training matrix.\tPractice Manager\tJan-25\tGreen",
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    plan = import_table(table)
    assert [
        (t.title, [(r.text, [a.ref for a in r.actions]) for r in t.recommendations])
        for t in plan.themes
    ] == [
        (
            "Regulation 12: Safe care and treatment",
            [
                ("Concern 1: High-risk medicines were not monitored.", ["1.1"]),
                ("Concern 2: Safety alerts were not always acted on.", ["2.1"]),
            ],
        ),
        (
            "Regulation 17: Good governance",
            [("Concern 3: Training was not monitored.", ["3.1"])],
        ),
    ]


def test_a_response_row_between_a_tables_recommendation_and_its_header(tmp_path: Path) -> None:
    """A table for each recommendation: its words merged across the first row, 'NCA
    response' | 'Accepted' under them, then the header and the actions: the first row names
    what the actions answer (both rows were kept as notes)."""
    from docx import Document

    document = Document()
    document.add_heading("Agency Action Plan in Response to the Inspection", 0)
    document.add_heading("Section 1: Recommendations", 1)
    for n in (1, 2):
        table = document.add_table(rows=4, cols=4)
        first = table.cell(0, 0).merge(table.cell(0, 3))
        first.text = f"Recommendation {n}: The agency should improve vetting in area {n}."
        table.cell(1, 0).text, table.cell(1, 1).text = "NCA response", "Accepted"
        for j, (title, value) in enumerate(
            zip(["Ref", "Action", "Owner", "RAG"], [f"R{n}.1", "Review the posts.", "Head of "
                "Vetting", "Green"], strict=True)
        ):  # fmt: skip
            table.cell(2, j).text, table.cell(3, j).text = title, value
        document.add_paragraph("")
    path = tmp_path / "plan.docx"
    document.save(str(path))
    plan = import_table(path)
    recs = [r.text for t in plan.themes for r in t.recommendations]
    assert recs == [
        "Recommendation 1: The agency should improve vetting in area 1.",
        "Recommendation 2: The agency should improve vetting in area 2.",
    ]


def test_a_risks_own_cells_merged_down_under_its_heading(tmp_path: Path) -> None:
    """'CR01 – Financial sustainability' merged across, then the risk's description, owner,
    scores and controls merged down beside its further actions: the risk is the theme, its
    cells what it has (the description and then the controls were read as what the actions
    answer)."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Risk description", "Risk owner", "Inherent score", "Key controls in place",
                  "Residual score", "Action ref", "Further actions", "Action owner",
                  "Target date", "Action status"])  # fmt: skip
    line = 2
    for n, (risk, actions) in enumerate(
        (("Financial sustainability", 2), ("Cyber security", 2), ("Workforce", 2)), start=1
    ):
        sheet.append([f"CR0{n} – {risk}"])
        sheet.merge_cells(start_row=line, start_column=1, end_row=line, end_column=10)
        for k in range(actions):
            cells = [
                f"Cause: pressure on {risk.lower()} from many quarters.",
                "Director",
                "16",
                f"Strategy for {risk.lower()} refreshed every year.",
                "12",
            ]
            sheet.append([*(cells if k == 0 else [None] * 5), f"CR0{n}.{k + 1}",
                          f"Further action {k + 1} on {risk}.", "Head of Service",
                          "Mar-25", "Green"])  # fmt: skip
        for column in range(1, 6):
            sheet.merge_cells(
                start_row=line + 1, start_column=column, end_row=line + 2, end_column=column
            )
        line += 3
    book.save(tmp_path / "risks.xlsx")
    plan = import_table(tmp_path / "risks.xlsx")
    assert [t.title for t in plan.themes] == [
        "CR01 – Financial sustainability",
        "CR02 – Cyber security",
        "CR03 – Workforce",
    ]
    assert all(r.text == "" for t in plan.themes for r in t.recommendations)
    first = next(plan.actions())
    assert first.extra["Key controls in place"].startswith("Strategy for financial")
