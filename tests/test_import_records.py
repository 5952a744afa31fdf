"""Issue 18: plans written as records, not a table (importing/records.py), and the shapes the
thirteenth blind set found: a Word table of labels and values per action, a text plan of
paragraphs with 'Lead:' / 'By:' / 'RAG:' lines, a comment's second line inside a CSV cell,
an 'Executive lead' column as the only lead, a revised date inside the end cell."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from ofsted_plan.errors import PlanError
from ofsted_plan.importing.importer import import_table
from ofsted_plan.importing.values import read_end
from ofsted_plan.model import Month, Plan, Status


def read(path: Path) -> Plan:
    return import_table(path)


def refusal(path: Path) -> PlanError:
    with pytest.raises(PlanError) as caught:
        import_table(path)
    return caught.value


def rows(plan: Plan) -> list[tuple[str, str, str, tuple[str, ...], Month | None, Status]]:
    return [
        (i.theme.title, i.recommendation.text, i.action.ref, i.action.lead, i.action.end,
         i.action.status)
        for i in plan.items()
    ]  # fmt: skip


def label_table(document: object, pairs: list[tuple[str, str]]) -> None:
    table = document.add_table(rows=0, cols=2)  # type: ignore[attr-defined]
    for label, value in pairs:
        row = table.add_row()
        row.cells[0].text = label
        row.cells[1].text = value


def test_word_table_of_labels_and_values_per_action(tmp_path: Path) -> None:
    """Each action its own two-column table: read as a row of a table whose columns are the
    labels; a version table is still document control, the heading still the theme."""
    document = Document()
    document.add_heading("SEND Written Statement of Action", level=0)
    label_table(document, [("Version", "v3"), ("Date", "14/03/2023"), ("Author", "JF")])
    for ref, lead, end, rag in (("1.1", "RG", "March 2023", "Green"), ("2.1", "JF", "", "Red")):
        document.add_heading(f"Area of weakness {ref[0]}", level=1)
        label_table(
            document,
            [
                ("Action ref", ref),
                ("Action", f"Action {ref} text"),
                ("Lead", lead),
                ("Partners involved", "ICB"),
                ("Timescale", end),
                ("RAG", rag),
            ],
        )
    path = tmp_path / "wsoa.docx"
    document.save(str(path))
    plan = read(path)
    assert rows(plan) == [
        ("Area of weakness 1", "", "1.1", ("RG",), Month(2023, 3), Status.GREEN),
        ("Area of weakness 2", "", "2.1", ("JF",), None, Status.RED),
    ]
    assert plan.title == "SEND Written Statement of Action"
    first = next(plan.actions())
    assert first.action == "Action 1.1 text"
    assert first.extra == {"Partners involved": "ICB"}  # every cell kept


def test_a_two_column_table_without_a_lead_end_or_rag_is_not_an_action(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Plan", level=1)
    label_table(document, [("Meeting", "Board"), ("Date", "9 July 2025"), ("Author", "JF")])
    path = tmp_path / "cover.docx"
    document.save(str(path))
    assert "no header row found" in str(refusal(path))


TEXT_PLAN = """\
Ashcombe Council - Focused Visit Action Plan

Recommendation 1: Pathway plans
Pathway plans must be written to the young person.

1.1 Introduce a co-produced pathway plan template.
    Lead: Leaving Care Service Manager
    By: October 2025
    RAG: G

1.2 Audit 20 pathway plans each month and report to the
    Practice Improvement Board.
    Lead: RG/JF      By: Monthly      RAG: Amber

Recommendation 2: Health histories
Every care leaver is given their health history.

2.1 Agree a health summary with the ICB.
    Lead: Designated Nurse
    By: {month}
    RAG: Complete
"""


def test_text_plan_of_paragraphs_and_labelled_lines(tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_text(TEXT_PLAN.format(month="December 2025"), encoding="utf-8")
    plan = read(path)
    rec1 = ("Recommendation 1: Pathway plans", "Pathway plans must be written to the young person.")
    rec2 = (
        "Recommendation 2: Health histories",
        "Every care leaver is given their health history.",
    )
    assert [(r[0], r[1]) for r in rows(plan)] == [rec1, rec1, rec2]
    assert [r[2:] for r in rows(plan)] == [
        ("1.1", ("Leaving Care Service Manager",), Month(2025, 10), Status.GREEN),
        ("1.2", ("RG", "JF"), None, Status.AMBER),
        ("2.1", ("Designated Nurse",), Month(2025, 12), Status.BLUE),
    ]
    actions = list(plan.actions())
    assert actions[1].action == (
        "Audit 20 pathway plans each month and report to the Practice Improvement Board."
    )
    assert actions[1].end_text == "Monthly"
    assert plan.title == "Ashcombe Council - Focused Visit Action Plan"


def test_text_plan_month_mistyped_is_refused_at_its_own_line(tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_text(TEXT_PLAN.format(month="Decmber 2025"), encoding="utf-8")
    problem = refusal(path)
    assert problem.line == 20  # the 'By:' line, not the action's first line
    assert "Decmber 2025" in str(problem)


def test_an_email_with_one_labelled_line_is_not_a_plan(tmp_path: Path) -> None:
    path = tmp_path / "mail.txt"
    path.write_text(
        "From: Jo\nSubject: RE: plan\n\nHi all,\nLead: see below\n\nThanks\n", encoding="utf-8"
    )
    assert "no header row found" in str(refusal(path))


def test_csv_comment_on_two_lines_with_commas_is_one_cell(tmp_path: Path) -> None:
    path = tmp_path / "plan.csv"
    path.write_text(
        "Ref,Action,Lead officer,Target date,RAG,Progress update\n"
        'DM1,Build a model,RG,Jun 2024,A,"Model built, but gaps for 1,100 homes, and more.\n'
        'Slipped from June."\n'
        "DM2,Survey homes,JF,Mar 2025,G,On track\n",
        encoding="utf-8",
    )
    plan = read(path)
    first = next(plan.actions())
    assert first.comments == "Model built, but gaps for 1,100 homes, and more.\nSlipped from June."
    assert [a.ref for a in plan.actions()] == ["DM1", "DM2"]


def test_csv_stray_quote_swallowing_rows_is_still_refused(tmp_path: Path) -> None:
    path = tmp_path / "plan.csv"
    path.write_text(
        "Ref,Action,Lead officer,Target date,RAG\n"
        'A1,"Build a model,RG,Jun 2024,A\n'
        "A2,Survey homes,JF,Mar 2025,G\n"
        'A3,Train staff",JF,Mar 2025,G\n',
        encoding="utf-8",
    )
    problem = refusal(path)
    assert problem.line == 2 and "quote" in str(problem)


def test_executive_lead_is_the_lead_when_no_other_column_names_one(tmp_path: Path) -> None:
    path = tmp_path / "plan.csv"
    path.write_text(
        "Ref,Must Do,Action,Executive Lead,Due,BRAG\nMD1,Train staff,Move training,"
        "Medical Director,Mar-25,G\n",
        encoding="utf-8",
    )
    assert next(read(path).actions()).lead == ("Medical Director",)
    path.write_text(
        "Ref,Action,Lead officer,Executive Lead,Due,RAG\nA1,Move training,RG,DCS,Mar-25,G\n",
        encoding="utf-8",
    )
    action = next(read(path).actions())
    assert (action.lead, action.dlt) == (("RG",), ("DCS",))


@pytest.mark.parametrize(
    ("cell", "month"),
    [
        ("30/09/2023 Revised: 31/01/2024", Month(2024, 1)),
        ("31/12/2023\nRevised: 30/04/2024", Month(2024, 4)),
        ("31/01/2024 – Revised: 30/06/2024", Month(2024, 6)),
        ("Revised: 31/05/2024 (originally 31/12/2023)", Month(2024, 5)),
    ],
)
def test_a_revised_date_in_the_end_cell_is_the_end(cell: str, month: Month) -> None:
    assert read_end(cell).month == month


def test_a_recommendation_column_named_for_who_made_it(tmp_path: Path) -> None:
    path = tmp_path / "plan.csv"
    path.write_text(
        "Ref,Ombudsman recommendation,Action,Lead officer,Target date,RAG\n"
        "DM1,Zero tolerance of damp,Publish a policy,RG,Mar-24,B\n",
        encoding="utf-8",
    )
    item = next(read(path).items())
    assert item.recommendation.text == "Zero tolerance of damp"


# ---------------------------------------------------------------- the fourteenth blind set


def test_a_gantt_timeline_of_months_gives_the_end_month(tmp_path: Path) -> None:
    """No end column, but month columns with the due month marked: the last one marked."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Ref", "Action", "Owner", "Apr-24", "May-24", "Jun-24", "Jul-24", "RAG"])
    sheet.append(["E1", "Review the tool", "RG", None, "X", None, None, "Green"])
    sheet.append(["E2", "Train staff", "JF", "X", "X", "X", None, "Amber"])
    sheet.append(["E3", "Audit visits", "CP", None, None, None, None, "Red"])
    path = tmp_path / "gantt.xlsx"
    book.save(path)
    actions = list(read(path).actions())
    assert [a.end for a in actions] == [Month(2024, 5), Month(2024, 6), None]
    assert actions[0].extra == {"May-24": "X"}  # the mark is kept too


def test_a_date_completed_beside_a_blank_rag_is_complete(tmp_path: Path) -> None:
    path = tmp_path / "plan.csv"
    path.write_text(
        "Ref,Action,Lead,Target date,Date completed,RAG\n"
        "EH1,Introduce a form,RG,31/12/2024,18/12/2024,\n"
        "EH2,Audit assessments,JF,Mar-25,,G\n"
        "EH3,Train leads,CP,Mar-25,,\n",
        encoding="utf-8",
    )
    assert [a.status for a in read(path).actions()] == [
        Status.BLUE,
        Status.GREEN,
        Status.UNRATED,
    ]


def test_a_rag_each_term_is_read_at_the_latest_term_rated(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Virtual School Improvement Plan", level=0)
    table = document.add_table(rows=0, cols=6)
    first = table.add_row().cells
    for n, text in enumerate(["Ref", "Key Actions", "Lead"]):
        first[n].text = text
    first[3].merge(first[5]).text = "RAG"  # over the three terms
    second = table.add_row().cells
    for n, text in enumerate(["", "", "", "Autumn", "Spring", "Summer"]):
        second[n].text = text
    for cells in (
        ["1a", "Refresh the terms", "VSH", "A", "G", ""],
        ["1b", "Agree a plan", "RG", "", "R", ""],
    ):
        row = table.add_row().cells
        for n, text in enumerate(cells):
            row[n].text = text
    path = tmp_path / "sip.docx"
    document.save(str(path))
    assert [a.status for a in read(path).actions()] == [Status.GREEN, Status.RED]


def test_a_system_export_of_key_equals_value_records(tmp_path: Path) -> None:
    path = tmp_path / "export.txt"
    path.write_text(
        "Accelerated Progress Plan\nExported: 03/03/2025\n\n"
        "[APP-01]\naction_id = APP-01\npriority = Priority 1: EHC plans\n"
        "area_for_improvement = Issue plans within 20 weeks.\naction = Recruit coordinators.\n"
        "owner = Head of SEND; Designated Clinical Officer\ndue_date = 31/03/2025\n"
        "rag_status = Amber\n\n"
        "[APP-02]\naction_id = APP-02\npriority = Priority 1: EHC plans\n"
        "area_for_improvement = Issue plans within 20 weeks.\naction = Audit plans.\n"
        "owner = Head of SEND\ndue_date = Q4 2024/25\nrag_status = Green\n\n"
        "[APP-03]\naction_id = APP-03\npriority = Priority 2: Pathway\n"
        "area_for_improvement = Assess sooner.\naction = Commission capacity.\n"
        "owner = ICB Head of Commissioning\ndue_date = 30/06/2025\nrag_status = Red\n",
        encoding="utf-8",
    )
    assert rows(read(path)) == [
        ("Priority 1: EHC plans", "Issue plans within 20 weeks.", "APP-01",
         ("Head of SEND", "Designated Clinical Officer"), Month(2025, 3), Status.AMBER),
        ("Priority 1: EHC plans", "Issue plans within 20 weeks.", "APP-02", ("Head of SEND",),
         Month(2025, 3), Status.GREEN),
        ("Priority 2: Pathway", "Assess sooner.", "APP-03", ("ICB Head of Commissioning",),
         Month(2025, 6), Status.RED),
    ]  # fmt: skip


def test_a_heading_that_only_names_the_kind_of_part_gives_way_to_its_text(
    tmp_path: Path,
) -> None:
    """'1.1 Area for improvement' over the finding's words: the words are the part; a
    rationale paragraph ('Why this is a priority: ...') is prose, not the part."""
    document = Document()
    document.add_heading("PEEL action plan", level=0)
    for n, (theme, finding) in enumerate(
        (("Investigating crime", "The force should supervise."), ("Vulnerability", "Assess risk.")),
        1,
    ):
        document.add_heading(f"{n}. {theme}", level=1)
        document.add_heading(f"{n}.1 Area for improvement", level=2)
        document.add_paragraph(finding)
        table = document.add_table(rows=0, cols=4)
        for cells in (
            ["Ref", "Action", "Owner", "RAG"],
            [f"{n}.1.1", "Do it", "T/Supt Jones", "G"],
        ):
            row = table.add_row().cells
            for i, text in enumerate(cells):
                row[i].text = text
    path = tmp_path / "peel.docx"
    document.save(str(path))
    plan = read(path)
    assert [(r[0], r[1], r[3]) for r in rows(plan)] == [
        ("1. Investigating crime", "The force should supervise.", ("T/Supt Jones",)),
        ("2. Vulnerability", "Assess risk.", ("T/Supt Jones",)),
    ]


def test_a_logo_placeholder_beside_the_title_and_a_shaded_summary_header_are_not_read(
    tmp_path: Path,
) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import PatternFill

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["[Council logo]", "Youth Justice Plan 2024/25: Delivery Plan"])
    sheet.append(["Youth Justice Management Board"])
    sheet.append([])
    sheet.append(["Ref", "Action", "Owner", "Due", "Status"])
    for ref, status in (("YJ1", "Slipping"), ("YJ2", "On track"), ("YJ3", "Achieved")):
        sheet.append([ref, "Do it", "RG", "Mar-25", status])
    summary = book.create_sheet("Summary", 0)  # before the plan: counts and their key
    summary.append(["Theme", "Achieved", "On track", "Slipping"])  # its header, shaded navy
    for cell in summary[1]:
        cell.fill = PatternFill("solid", fgColor="1F3864")
    summary.append(["Youth justice", 1, 1, 1])
    path = tmp_path / "yjs.xlsx"
    book.save(path)
    plan = read(path)
    assert plan.title == "Youth Justice Plan 2024/25: Delivery Plan"
    assert [a.status for a in plan.actions()] == [Status.AMBER, Status.GREEN, Status.BLUE]
