"""Issue 18, what the fifty-fifth and fifty-sixth blind sets showed (ordinary plans:
heldout55, 12 of 14 right on first sight, 2 read wrongly; heldout56, 10 of 14 right, 1 refused
at another line, 1 refused, 2 wrongly)."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from ofsted_plan.importing.header import VOCABULARY, column_of
from ofsted_plan.importing.importer import import_table
from ofsted_plan.importing.people import split_people
from ofsted_plan.importing.titles import plan_score


def _csv(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_who_monitors_is_not_who_leads(tmp_path: Path) -> None:
    """'Lead' beside 'Monitoring (who)': two lead columns were refused."""
    path = _csv(
        tmp_path / "piap.csv",
        "Ref,Action,Lead,Monitoring (who),By when,RAG\n"
        "1.1,Audit attendance,Assistant Headteacher (Wellbeing) / EWO,Governors,Mar-25,G\n"
        "1.2,Train staff,DHT,Headteacher,Jul-25,A\n",
    )
    assert [a.lead for a in import_table(path).actions()] == [
        ("Assistant Headteacher (Wellbeing)", "EWO"),
        ("DHT",),
    ]


def test_a_reviews_name_on_every_row_beside_its_learning_themes(tmp_path: Path) -> None:
    """'Review' holding 'LCSPR Kai' on every row, 'Learning theme' the parts: the themes."""
    path = _csv(
        tmp_path / "lcspr.csv",
        "Ref,Review,Learning theme,Recommendation,Action,Action owner,Due date,RAG status\n"
        "1.1,LCSPR Kai,1. Safe sleep,R1: Tailor advice,Update guidance,Head of Health,Mar-25,"
        "Green\n"
        "2.1,LCSPR Kai,2. Drift,R2: Escalate,Revise protocol,Service Manager,Jun-25,Amber\n",
    )
    plan = import_table(path)
    assert [t.title for t in plan.themes] == ["1. Safe sleep", "2. Drift"]
    assert next(plan.actions()).extra["Review"] == "LCSPR Kai"


def test_a_recommendations_number_on_each_of_its_action_lines(tmp_path: Path) -> None:
    """'Rec No' SR1 on both lines of SR1's actions, as a CSV saves merged cells: the actions
    are SR1.1 and SR1.2 (refused before as a ref used twice). An action's own ref used twice
    is still refused."""
    path = _csv(
        tmp_path / "cji.csv",
        "Rec No,Recommendation,Action,Owner,Target Date,Status\n"
        "SR1,Improve timeliness,Develop a strategy,Director,31/03/2025,Green\n"
        "SR1,Improve timeliness,Report monthly,Head of Performance,30/06/2025,Amber\n"
        "SR2,Review the unit,Carry out a review,Director,30/09/2025,Green\n",
    )
    assert [a.ref for a in import_table(path).actions()] == ["SR1.1", "SR1.2", "SR2"]
    twice = _csv(
        tmp_path / "twice.csv",
        "Ref,Recommendation,Action,Owner,Target Date,Status\n"
        "2.2,Improve timeliness,Develop a strategy,Director,31/03/2025,Green\n"
        "2.2,Improve timeliness,Report monthly,Head of Performance,30/06/2025,Amber\n",
    )
    from ofsted_plan.errors import PlanError

    with pytest.raises(PlanError, match="used twice"):
        import_table(twice)


def test_a_key_row_of_a_letter_and_its_word(tmp_path: Path) -> None:
    """'G / On track | On course to deliver' under 'RAG key': the key (it and the rows
    after it were read as actions)."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in (
        ["Ref", "Action", "Action owner", "Target date", "RAG status"],
        ["1.1", "Recruit control staff", "Head of Control", "Mar-23", "Amber"],
        ["1.2", "Review call handling", "Head of Control", "Jun-23", "G"],
        [],
        ["RAG key"],
        [None, "Complete", "Action delivered and evidence provided"],
        [None, "G / On track", "On course to deliver by the target date"],
        [None, "Amber", "At risk of missing the target date"],
    ):
        sheet.append(row)
    path = tmp_path / "lfb.xlsx"
    book.save(path)
    assert [a.ref for a in import_table(path).actions()] == ["1.1", "1.2"]


def test_titles_and_facts() -> None:
    facts = (
        "Review published 12 March 2024. Plan monitored by the Subgroup. Last updated: 04/11/2024"
    )
    name = "Camden Safeguarding Children Partnership – LCSPR Child D: Multi-agency Action Plan"
    assert plan_score(name) > plan_score(facts)
    assert plan_score("St. Helens Improvement Plan") > 0  # an abbreviation, not a sentence
    found = column_of(VOCABULARY, "Governance issue")
    assert found is not None and found.field == "recommendation"
    assert split_people("Head of Service / EWO").officers == ("Head of Service", "EWO")


def test_a_chair_and_vice_chair_are_two() -> None:
    """'Chair & Vice-Chair' was kept whole (a 'Vice-Chair' alone was no post)."""
    assert split_people("Chair & Vice-Chair").officers == ("Chair", "Vice-Chair")
