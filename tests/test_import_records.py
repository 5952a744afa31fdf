"""Issue 18: plans written as records, not a table (importing/records.py), and the shapes the
thirteenth blind set found: a Word table of labels and values per action, a text plan of
paragraphs with 'Lead:' / 'By:' / 'RAG:' lines, a comment's second line inside a CSV cell,
an 'Executive lead' column as the only lead, a revised date inside the end cell."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from ofsted_plan.errors import PlanError
from ofsted_plan.importing.ends import read_end
from ofsted_plan.importing.importer import import_table
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


def test_labelled_lines_with_no_action_to_them_are_not_a_plan(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text(
        "Lead: RG\nBy: Mar-25\nRAG: G\n\nLead: JF\nBy: Jun-25\nRAG: A\n", encoding="utf-8"
    )
    assert "no header row found" in str(refusal(path))


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
        ("Originally Dec 2024, now June 2025", Month(2025, 6)),
        ("Initially 31/03/2024; revised to 30/06/2024", Month(2024, 6)),
        ("Original: March 2013 Revised: September 2013", Month(2013, 9)),
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
