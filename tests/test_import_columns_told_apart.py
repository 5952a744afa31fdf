"""Issue 18: columns a person tells apart by what they hold, each reading named in the report
(found on held-out files: a Pentana export's Status beside its Traffic Light, a YJS plan's
Rec No beside its Action No, a 'Progress update' row under each action, school terms)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ofsted_plan.errors import PlanError
from ofsted_plan.importing.importer import import_table
from ofsted_plan.model import Status


def _read(tmp_path: Path, text: str) -> tuple[list[tuple[str, str, str]], str]:
    path = tmp_path / "plan.csv"
    path.write_text(text, encoding="utf-8")
    report: list[str] = []
    plan = import_table(path, report=report)
    actions = [(a.ref, a.status.value or "unrated", str(a.end or "")) for a in plan.actions()]
    return actions, "\n".join(report)


def test_progress_words_beside_a_traffic_light_are_both_read(tmp_path: Path) -> None:
    actions, report = _read(
        tmp_path,
        "Ref,Action,Owner,Due date,Status,Traffic Light\n"
        "1,Sign agreements,SW,Mar-24,Completed,\n"
        "2,Audit a sample,SW,Jun-24,In Progress,Amber\n"
        "3,Reconcile cards,TO,Jul-24,In Progress,Red\n"
        "4,Keep receipts,TO,Sep-24,Not Started,\n",
    )
    assert [s for _, s, _ in actions] == ["blue", "amber", "red", "unrated"]
    assert "the colour read from 'Traffic Light'" in report


def test_the_action_number_is_the_ref_beside_a_recommendation_number(tmp_path: Path) -> None:
    actions, report = _read(
        tmp_path,
        "Rec No,Recommendation,Action No,Action,Owner,Target date,Status\n"
        "R1,Board members understand need,1.1,Needs briefing,Chair,Mar-25,Green\n"
        "R1,Board members understand need,1.2,Annual report,Chair,Jun-25,Amber\n"
        "R2,Plans are reviewed,2.1,Audit plans,HoS,Sep-25,Red\n",
    )
    assert [r for r, _, _ in actions] == ["1.1", "1.2", "2.1"]
    assert "'Action No' numbers each action under the number 'Rec No' gives" in report


def test_a_school_term_ends_in_its_last_month_and_termly_has_none(tmp_path: Path) -> None:
    actions, report = _read(
        tmp_path,
        "Ref,Action,Lead,Timescale,RAG\n"
        "1,Co-produce the offer,SEND Lead,Summer term 2025,Green\n"
        "2,Agree the protocol,DCO,Autumn term 2024/25,Amber\n"
        "3,Publish the guide,SEND Lead,Spring term 2024,Red\n"
        "4,Hold events,PCF Chair,Termly,Green\n",
    )
    assert [e for _, _, e in actions] == ["2025-07", "2024-12", "2024-03", ""]
    assert "School terms read as the month they end" in report


def test_a_progress_update_row_under_each_action_is_its_comments(tmp_path: Path) -> None:
    path = tmp_path / "plan.csv"
    path.write_text(
        "Ref,Action,Lead,Due date,RAG\n"
        '1.1,Revise the supervision policy,"Whitfield, Anna",Jan-25,A\n'
        "Progress update,Policy drafted and out for consultation,,,\n"
        "1.2,Audit two files a month,HoS,Mar-25,G\n"
        "Progress update,First quarter done,,,\n",
        encoding="utf-8",
    )
    plan = import_table(path)
    actions = list(plan.actions())
    assert [a.ref for a in actions] == ["1.1", "1.2"]
    assert actions[0].action == "Revise the supervision policy"
    assert actions[0].comments == "Policy drafted and out for consultation"
    assert actions[0].lead == ("Whitfield, Anna",)


def test_an_unnamed_column_of_sentences_beside_named_ones_is_the_action(tmp_path: Path) -> None:
    actions, report = _read(
        tmp_path,
        "No.,We will…,Lead,Due,RAG\n"
        "1,Ask children in care what they want from their corporate parents,HoS,Jun-21,G\n"
        "2,Run the annual Bright Spots survey and publish the findings,PL,Sep-21,A\n"
        "3,Give every care leaver a named personal adviser by 17 and a half,LCM,Dec-21,R\n",
    )
    assert [(r, s, e) for r, s, e in actions] == [
        ("1", "green", "2021-06"),
        ("2", "amber", "2021-09"),
        ("3", "red", "2021-12"),
    ]
    assert "the column 'We will…' holds the sentences of a plan" in report


def test_a_percentage_status_is_read_by_the_key_of_percentage_bands(tmp_path: Path) -> None:
    """Read plainly, 80% is not complete and has no colour; the key says 76-99% is green. Where
    the key's bands give each percentage one colour, it is read so and said; where they
    overlap, leave a gap or carry a rule beside them, the import stops at the first row."""
    path = tmp_path / "plan.csv"
    rows = (
        "Ref,Action,Lead,Target date,% complete\n"
        "1,Reconcile accounts monthly,RB,Apr-25,80%\n"
        "2,Authorise write-offs,RB,Mar-25,100%\n"
        "3,Enforce MFA,ICT,Jun-25,50%\n"
        "4,Train the team,ICT,Jul-25,0%\n"
        "\n"
    )
    path.write_text(
        rows + "RAG from % complete: 0-25% = Red; 26-75% = Amber; 76-99% = Green; "
        "100% = Complete\n",
        encoding="utf-8",
    )
    report: list[str] = []
    plan = import_table(path, report=report)
    assert [a.status for a in plan.actions()] == [
        Status.GREEN, Status.BLUE, Status.AMBER, Status.RED,
    ]  # fmt: skip
    assert any(line.startswith("The plan's key rates % complete by bands") for line in report)
    for key in (
        "RAG from % complete: 0-25% = Red; 26-75% = Amber; 76-99% = Green; 100% = Complete\n"
        "Any action under 50% complete past its date is also rated Red.\n",  # a rule beside
        "RAG from % complete: 0-25% = Red; 20-75% = Amber; 76-100% = Green\n",  # overlap
        "RAG from % complete: 0-25% = Red; 76-99% = Green; 100% = Complete\n",  # 50%: a gap
    ):
        path.write_text(rows + key, encoding="utf-8")
        with pytest.raises(PlanError) as refused:
            import_table(path)
        assert refused.value.line == 2, key
        assert "rates percentages by bands" in str(refused.value)


def test_refs_that_start_again_under_each_heading_are_numbered_under_it(tmp_path: Path) -> None:
    """An audit tracker numbers each audit's recommendations from 1: each ref is read as its
    heading's number and the ref (the council's kept as 'Ref as written'), and said; a ref
    repeated further down one heading is a mistake, refused at its line."""
    path = tmp_path / "plan.csv"
    path.write_text(
        "Audit,Rec no.,Recommendation,Agreed action,Responsible officer,Due,RAG\n"
        "Payroll,1,Leavers processed late,Weekly leavers report,Payroll Manager,Mar-25,G\n"
        "Payroll,2,Overpayments not recovered,Monthly recovery report,Payroll Manager,Apr-25,A\n"
        "Creditors,1,Bank details changed unchecked,Call-back checks,AP Manager,May-25,R\n",
        encoding="utf-8",
    )
    report: list[str] = []
    plan = import_table(path, report=report)
    assert [(a.ref, a.extra["Ref as written"]) for a in plan.actions()] == [
        ("1.1", "1"),
        ("1.2", "2"),
        ("2.1", "1"),
    ]
    assert [line for line in report if "start again" in line] == [
        "Refs that start again under each heading read as the heading's number and the ref "
        "(2.1 is the second heading's 1), each kept as 'Ref as written': 3 actions."
    ]
    path.write_text(
        path.read_text(encoding="utf-8")
        + "Creditors,1,Duplicate payments,Matching report,AP Manager,Jun-25,A\n",
        encoding="utf-8",
    )
    with pytest.raises(PlanError) as refused:
        import_table(path)
    assert refused.value.line == 5
    assert "is used twice" in str(refused.value)
