"""Issue 18, what the two-hundred-and-sixty-ninth blind sets on showed (heldout269 on)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ofsted_plan.importing.importer import import_table
from ofsted_plan.importing.people import split_people


def _write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("cell", "officers"),
    [
        # a director and the deputy chief executive: one officer holding both
        (
            "Director of Central Services and Deputy Chief Executive",
            ("Director of Central Services and Deputy Chief Executive",),
        ),
        # an executive director and the areas the post covers, after a comma
        (
            "Executive Director Adults, Health and Commissioning",
            ("Executive Director Adults, Health and Commissioning",),
        ),
        ("Head of Service, Head of Education", ("Head of Service", "Head of Education")),
    ],
)
def test_lead_cells(cell: str, officers: tuple[str, ...]) -> None:
    assert split_people(cell).officers == officers


def test_an_action_plan_sheet_and_its_closed_actions_name_no_parts(tmp_path: Path) -> None:
    """'Action plan' (its line naming the plan) and 'Closed actions' (its line saying they were
    signed off): one plan on two sheets, the lines no parts (both were read as themes)."""
    from openpyxl import Workbook

    book = Workbook()
    first = book.active
    assert first is not None
    first.title = "Action plan"
    first.append(["Harrow Safeguarding Children Board – JTAI Partnership Action Plan"])
    first.append([])
    titles = ["No.", "Area for improvement", "Action", "Lead(s)", "Due", "RAG"]
    first.append(titles)
    first.append(
        ["1", "Capture the voice of the child.", "Deliver training.", "DCI", "Mar-25", "G"]
    )
    first.append(["2", "Share information sooner.", "Audit notifications.", "DCI", "Sep-25", "A"])
    closed = book.create_sheet("Closed actions")
    closed.append(["Closed actions – signed off by the HSCB Executive"])
    closed.append([])
    closed.append(titles)
    closed.append(
        ["3", "Support children sooner.", "Publish a directory.", "Manager", "Jan-25", "B"]
    )
    book.save(tmp_path / "jtai.xlsx")
    plan = import_table(tmp_path / "jtai.xlsx")
    assert plan.title == "Harrow Safeguarding Children Board – JTAI Partnership Action Plan"
    assert {t.title for t in plan.themes} == {""}
    assert len(list(plan.actions())) == 3


def test_no_further_actions_for_a_risk_is_no_action(tmp_path: Path) -> None:
    """A risk register's 'No further actions – risk managed within appetite' in the action
    column, no ref, owner, date or RAG: kept in the notes, not read as an action."""
    lines = [
        "Risk\tAction ref\tFurther action\tAction owner\tDue date\tAction RAG",
        "CR01 – Financial resilience\tCR01.1\tDeliver the budget.\tDirector of Finance\tDec-25\tA",
        "\tCR01.2\tReview the reserves.\tHead of Finance\tNov-25\tG",
        "CR02 – Cyber security\tCR02.1\tMigrate the servers.\tHead of Technology\tMar-26\tA",
        "CR05 – Safeguarding\t\tNo further actions – risk managed within appetite\t\t\t",
    ]
    plan = import_table(_write(tmp_path / "risks.txt", lines))
    assert [a.ref for a in plan.actions()] == ["CR01.1", "CR01.2", "CR02.1"]
    assert any("No further actions" in n for n in plan.notes)


def test_sections_over_a_column_of_areas(tmp_path: Path) -> None:
    """'Tenant and resident safety' alone in its row over rows whose 'Area' column names
    each area (written once over its actions): the section, then the area (the sections
    were lost, each area read as a theme)."""
    lines = [
        "Ref\tArea\tAction\tLead officer\tTarget date\tRAG",
        "Tenant and resident safety",
        "1.1\tElectrical safety\tComplete the EICR programme.\tAsset Manager\tMar-25\tGreen",
        "1.2\t\tAgree a forced-access procedure.\tAsset Manager\tJun-25\tAmber",
        "1.3\tFire detection\tInstall interlinked alarms.\tAsset Manager\tDec-25\tGreen",
        "Homelessness",
        "2.1\tTemporary accommodation\tIncrease furnished flats.\tHomeless Manager\tMar-26\tRed",
        "2.2\t\tReport breaches monthly.\tHomeless Manager\tMonthly\tGreen",
    ]
    plan = import_table(_write(tmp_path / "housing.txt", lines))
    assert [(t.title, [r.text for r in t.recommendations]) for t in plan.themes] == [
        ("Tenant and resident safety", ["Electrical safety", "Fire detection"]),
        ("Homelessness", ["Temporary accommodation"]),
    ]


def test_what_ofsted_said_merged_across_over_a_priorities_actions(tmp_path: Path) -> None:
    """'Ofsted said:' in the ref column, the inspectors' words merged across the rest, under a
    priority row: the words the actions answer (the row was read as an action whose ref was
    'Ofsted said:')."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Ref", "Action", "Lead", "Timescale", "RAG"])
    for n, words in ((1, "Teachers do not check pupils' understanding."), (2, "Reading is weak.")):
        sheet.append([f"Priority {n}: Area {n}"])
        sheet.merge_cells(f"A{sheet.max_row}:E{sheet.max_row}")
        sheet.append(["Ofsted said:", words])
        sheet.merge_cells(f"B{sheet.max_row}:E{sheet.max_row}")
        sheet.append([f"{n}.1", f"Train staff in area {n}.", "AHT", "Autumn term 2024", "Green"])
        sheet.append([f"{n}.2", f"Audit area {n}.", "DHT", "Spring term 2025", "Amber"])
    book.save(tmp_path / "school.xlsx")
    plan = import_table(tmp_path / "school.xlsx")
    assert [a.ref for a in plan.actions()] == ["1.1", "1.2", "2.1", "2.2"]
    assert [(t.title, [r.text for r in t.recommendations]) for t in plan.themes] == [
        ("Priority 1: Area 1", ["Teachers do not check pupils' understanding."]),
        ("Priority 2: Area 2", ["Reading is weak."]),
    ]


def test_a_milestone_summary_line_of_counts_is_no_action(tmp_path: Path) -> None:
    """'Milestone summary,Complete,2,Green,2,...,Total,8' under a highlight report: counts
    under their caption, not a ninth milestone."""
    path = tmp_path / "report.csv"
    path.write_text(
        "Ref,Milestone,Owner,Forecast date,Status\n"
        "T1.1,Launch the portal.,Head of Digital,15/09/2025,Complete\n"
        "T1.2,Move the telephony.,Head of Digital,31/10/2025,Green\n"
        "T2.1,Restructure Tier 3.,Head of People,30/11/2025,Amber\n"
        "\n"
        "Milestone summary,Complete,1,Green,1,Amber,1,Total,3\n",
        encoding="utf-8",
    )
    plan = import_table(path)
    assert [a.ref for a in plan.actions()] == ["T1.1", "T1.2", "T2.1"]


def test_posts_listed_with_commas_one_with_its_area_after_a_dash() -> None:
    """'Director of Midwifery, Clinical Director – Obstetrics and Gynaecology, Neonatal
    Clinical Lead': three posts, the 'and' inside the second's area."""
    assert split_people(
        "Director of Midwifery, Clinical Director – Obstetrics and Gynaecology, Neonatal"
        " Clinical Lead"
    ).officers == (
        "Director of Midwifery",
        "Clinical Director – Obstetrics and Gynaecology",
        "Neonatal Clinical Lead",
    )
