"""Issue 18, what the two-hundred-and-thirteenth blind sets on showed (heldout213 to
heldout216)."""

from __future__ import annotations

from pathlib import Path

from ofsted_plan.importing.header import header_fields
from ofsted_plan.importing.importer import import_table
from ofsted_plan.importing.people import split_people


def test_an_audits_ref_over_recommendation_numbers_starting_again(tmp_path: Path) -> None:
    """'Audit Ref' repeated over each audit's rows beside 'Rec No' 1, 3 then 2, 1 again: the
    recommendation's number is the ref, numbered under each audit (it was refused as two
    ref columns)."""
    path = tmp_path / "tracker.csv"
    path.write_text(
        "Internal Audit Recommendations Tracker,,,,,\n,,,,,\n"
        "Audit Ref,Audit,Rec No,Agreed Management Action,Responsible Officer,Target Date,"
        "Status\n"
        "IA/24/05,Payroll,1,Reconcile starters and leavers.,Payroll Manager,Sep-24,Implemented\n"
        "IA/24/05,Payroll,3,Remove leavers' access.,ICT Manager,Oct-24,Implemented\n"
        "IA/24/11,Creditors,2,Issue card guidance.,Head of Procurement,Dec-24,In progress\n"
        "IA/24/14,Information Governance,1,Complete the asset register.,IG Manager,Jun-25,"
        "Not started\n",
        encoding="utf-8",
    )
    plan = import_table(path)
    actions = list(plan.actions())
    assert [a.extra["Audit Ref"] for a in actions] == [
        "IA/24/05",
        "IA/24/05",
        "IA/24/11",
        "IA/24/14",
    ]
    assert [a.extra["Ref as written"] for a in actions] == ["1", "3", "2", "1"]
    assert len({a.ref for a in actions}) == 4


def test_further_actions_to_reduce_the_risk_names_the_action_column() -> None:
    """A risk register's 'Further actions to reduce the risk' beside 'Action owner': the
    actions (no header was found)."""
    fields = header_fields(
        ["Risk", "Ref", "Further actions to reduce the risk", "Action owner", "Target date"]
    )
    assert fields[2].field == "action"


def test_a_plans_kind_and_its_version_is_no_title(tmp_path: Path) -> None:
    """'Multi-agency action plan – version 4, updated 14/01/2026' under the inspection's own
    line: the kind and its version, not the plan's name."""
    path = tmp_path / "plan.csv"
    path.write_text(
        "Coventry Safeguarding Children Partnership,,,\n"
        '"Joint Targeted Area Inspection (JTAI) – Multi-agency response to need and risk",,,\n'
        '"Multi-agency action plan – version 4, updated 14/01/2026",,,\n,,,\n'
        "No.,Action,Lead officer,Timescale\n1a,Revise the referral form,Rachel Dunne,Sept 2025\n",
        encoding="utf-8",
    )
    assert import_table(path).title == (
        "Joint Targeted Area Inspection (JTAI) – Multi-agency response to need and risk"
    )


def test_a_finding_on_a_row_of_its_own_heads_the_actions_under_it(tmp_path: Path) -> None:
    """'2 | By 1 October 2023, chief fire officers should ... | 01/10/2023', the action's
    columns empty, over actions that leave the recommendation column empty: the finding they
    answer; its number and deadline go down to them (the row was refused as an action with
    no words)."""
    path = tmp_path / "tracker.csv"
    path.write_text(
        "Values and Culture – Action Tracker,,,,,\n,,,,,\n"
        "Rec no.,HMICFRS recommendation,HMICFRS deadline,Action ref,Action,Action owner,"
        "Target date\n"
        "Background checks,,,,,,\n"
        "2,Chief fire officers should check every member of staff.,01/10/2023,,,,\n"
        ",,,2a,Carry out a gap analysis of DBS checks.,Head of HR,Sep 2023\n"
        ",,,2b,Complete the checks found missing.,HR Business Partner,Dec 2024\n"
        "7,Chief fire officers should provide a confidential reporting line.,01/06/2023,,,,\n"
        ",,,7a,Procure an independent reporting line.,ACFO People,Jun 2023\n",
        encoding="utf-8",
    )
    plan = import_table(path)
    assert [(r.text, [a.ref for a in r.actions]) for r in plan.themes[0].recommendations] == [
        ("Chief fire officers should check every member of staff.", ["2a", "2b"]),
        ("Chief fire officers should provide a confidential reporting line.", ["7a"]),
    ]
    assert [(a.extra["Rec no."], a.extra["HMICFRS deadline"]) for a in plan.actions()] == [
        ("2", "01/10/2023"),
        ("2", "01/10/2023"),
        ("7", "01/06/2023"),
    ]


def test_a_ref_that_restates_the_recommendations_number(tmp_path: Path) -> None:
    """'R1 | Recommendation 1: ...' with no lead, date or RAG, over actions 1.1 and 1.2: a
    heading whose ref is its own number (four such rows were read as actions)."""
    path = tmp_path / "plan.txt"
    path.write_text(
        "LGA Corporate Peer Challenge Action Plan\n\n"
        "Ref\tRecommendation / action\tLead\tTimescale\tRAG\n"
        "R1\tRecommendation 1: Develop a clear Corporate Plan\t\t\t\n"
        "1.1\tHold member workshops\tChief Executive\tNovember 2024\tB\n"
        "1.2\tAdopt the Corporate Plan\tLeader of the Council\tFebruary 2025\tB\n"
        "R2\tRecommendation 2: Close the budget gap\t\t\t\n"
        "2.1\tDeliver the acquisitions programme\tHead of Housing\tMarch 2026\tA\n",
        encoding="utf-8",
    )
    plan = import_table(path)
    assert [a.ref for a in plan.actions()] == ["1.1", "1.2", "2.1"]
    assert [t.title for t in plan.themes] == [  # one level of heading: the themes
        "Recommendation 1: Develop a clear Corporate Plan",
        "Recommendation 2: Close the budget gap",
    ]


def test_a_summary_sheet_of_counts_with_a_key_under_it(tmp_path: Path) -> None:
    """A 'Summary' sheet counting must-dos by core service, then a RAG key under a blank row,
    beside one sheet a core service: the summary is set aside (it was taken for a third
    plan: 'more than one sheet looks like a plan')."""
    from openpyxl import Workbook

    book = Workbook()
    summary = book.active
    assert summary is not None
    summary.title = "Summary"
    for row in (
        ["Trust – CQC Must Do and Should Do Action Plan"],
        [],
        ["Core service", "Must do", "Should do", "Actions", "Complete (B)", "On track (G)"],
        ["Urgent and emergency care", 2, 1, 2, 1, 1],
        ["Medical care", 1, 0, 1, 0, 1],
        ["Total", 3, 1, 3, 1, 2],
        [],
        ["RAG key"],
        ["B", "Complete and evidence of embedding"],
        ["G", "On track to deliver by due date"],
        ["A", "At risk – revised date agreed"],
    ):
        summary.append(row)
    for name, refs in (("UEC", ["1.1", "1.2"]), ("Medical care", ["2.1"])):
        sheet = book.create_sheet(name)
        sheet.append([f"{name} – action plan"])
        sheet.append(["Ref", "Action", "Lead", "Due date", "RAG"])
        sheet.append([f"MD{refs[0][0]} – The trust must ensure staff are trained."])
        for ref in refs:
            sheet.append([ref, f"Action {ref}", "Head of Nursing", "Dec 2024", "G"])
    path = tmp_path / "cqc.xlsx"
    book.save(path)
    plan = import_table(path)
    assert [a.ref for a in plan.actions()] == ["1.1", "1.2", "2.1"]


def test_a_team_or_a_post_by_its_name_then_another_body() -> None:
    """'... Community Safety Team and Southall Black Sisters', 'Safer Schools Officers and
    Redbridge Youth Justice Service': two leads each (kept one); a post heading a field
    that goes on past 'and' stays one."""
    assert split_people(
        "Hounslow Council Community Safety Team and Southall Black Sisters"
    ).officers == ("Hounslow Council Community Safety Team", "Southall Black Sisters")
    assert split_people("Safer Schools Officers and Redbridge Youth Justice Service").officers == (
        "Safer Schools Officers",
        "Redbridge Youth Justice Service",
    )
    assert split_people("Head of Early Help and Youth Justice Service").officers == (
        "Head of Early Help and Youth Justice Service",
    )
