"""Issue 18, what the two sets left wrong last session showed, and the sixty-first and
sixty-second blind sets (first-sight figures in tests/test_blind_corpus.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ofsted_plan.importing.ends import read_end
from ofsted_plan.importing.header import VOCABULARY, Column, column_of
from ofsted_plan.importing.importer import import_table
from ofsted_plan.importing.keys import meaning_of
from ofsted_plan.importing.people import split_people
from ofsted_plan.model import Status


def test_the_inspectorates_name_before_its_words(tmp_path: Path) -> None:
    """A school's plan: under 'Priority 1: Curriculum', 'Ofsted: Leaders should ...' (the
    label in bold) before the table: the words are the recommendation, without the
    inspectorate's name (heldout59 kept 'Ofsted:' in it)."""
    from docx import Document

    from .helpers import add_table

    document = Document()
    document.add_heading("Oakfield Primary – Post-Ofsted Action Plan 2023-24", 1)
    for number, area, words in (
        (1, "Curriculum", "Leaders should ensure the curriculum is sequenced."),
        (2, "Early reading", "Leaders should ensure pupils catch up in phonics."),
    ):
        document.add_heading(f"Priority {number}: {area}", 2)
        paragraph = document.add_paragraph()
        paragraph.add_run("Ofsted: ").bold = True
        paragraph.add_run(words)
        row = (f"Act on priority {number}", "SENCo", "Jul-24", "Green")
        add_table(document, [("Action", "Lead", "Timescale", "RAG"), row])
    path = tmp_path / "school.docx"
    document.save(str(path))
    plan = import_table(path)
    assert [[r.text for r in t.recommendations] for t in plan.themes] == [
        ["Leaders should ensure the curriculum is sequenced."],
        ["Leaders should ensure pupils catch up in phonics."],
    ]


def test_a_committees_action_log(tmp_path: Path) -> None:
    """A committee's action log: its title stamped ' - updated 14 January 2025' and an
    'Agenda item' column. The title is the log's name (the stamp kept in the notes: a title
    that changed at each update would make every import a new plan); the items group the
    actions (they were left in extra, every action under no theme)."""
    path = tmp_path / "log.txt"
    path.write_text(
        "Audit Committee Action Log - updated 14 January 2025\n\n"
        "Action ref\tMeeting date\tAgenda item\tAction\tOwner\tDue\tRAG\n"
        "AC/24/11\t18/09/2024\tInternal Audit Progress Report\tCirculate the report\tDB\t"
        "16/10/2024\tB\n"
        "AC/24/12\t18/09/2024\tInternal Audit Progress Report\tList overdue actions\tKL\t"
        "20/11/2024\tG\n"
        "AC/24/13\t18/09/2024\tStrategic Risk Register\tAdd a ticketing risk\tDB\t"
        "22/01/2025\tA\n\n"
        "RAG: B = complete; G = on track; A = at risk; R = overdue.\n",
        encoding="utf-8",
    )
    plan = import_table(path)
    assert plan.title == "Audit Committee Action Log"
    assert "Updated 14 January 2025" in plan.notes
    assert [t.title for t in plan.themes] == [
        "Internal Audit Progress Report",
        "Strategic Risk Register",
    ]


def test_a_title_naming_its_report_keeps_its_date(tmp_path: Path) -> None:
    """'Progress Update May 2022' and 'position at DATE' name the report: kept."""
    path = tmp_path / "plan.csv"
    path.write_text(
        "Scrutiny Recommendation Tracker – position at 2 March 2026\n"
        "Ref,Action,Lead,Due,RAG\n1,Do it,RG,Mar-26,Green\n",
        encoding="utf-8",
    )
    assert import_table(path).title == "Scrutiny Recommendation Tracker – position at 2 March 2026"


@pytest.mark.parametrize(
    ("title", "field"),
    [
        ("Auditor Recommendation", "recommendation"),  # heldout62: WECA's export lost them
        ("External Auditor's recommendation", "recommendation"),
        ("Audit Assignment", "theme"),  # NIHE's tracker lost its audits
        ("Well-led KLOE", "theme"),  # an NHS trust's well-led review lost its KLOEs
        ("KLOE", "theme"),
    ],
)
def test_column_titles(title: str, field: str) -> None:
    found = column_of(VOCABULARY, title)
    assert found is not None and found.field == field


@pytest.mark.parametrize(
    ("cell", "month"),
    [
        ("By October half term 2024", "2024-10"),  # heldout62: a Welsh school's plan
        ("Spring half term 2025", "2025-02"),
        ("before February half-term 2025", "2025-02"),
    ],
)
def test_a_half_term_break(cell: str, month: str) -> None:
    found = read_end(cell).month
    assert found is not None and str(found) == month


def test_a_heading_between_two_tables_names_the_second(tmp_path: Path) -> None:
    """A peer challenge plan: one table of recommendations as full-width rows with their
    actions, then a heading 'Additional actions ...' over a second table: those actions are
    under the heading (they fell under the first table's last recommendation)."""
    from docx import Document

    from .helpers import add_table

    document = Document()
    document.add_heading("Corporate Peer Challenge – Action Plan", 0)
    document.add_paragraph("The following are the peer team's recommendations.")
    add_table(
        document,
        [
            ("No.", "Associated actions", "Timescales", "Status", "Owner"),
            ("Recommendation 1: Build on the vision",) * 5,
            ("1.1", "Hold partner workshops", "June 2022", "Green", "Chief Executive"),
            ("Recommendation 2: Strengthen member development",) * 5,
            ("2.1", "Agree a programme", "May 2022", "Green", "Democratic Services Manager"),
        ],
    )
    document.add_heading("Additional actions arising from the peer team's observations", 2)
    add_table(
        document,
        [
            ("No.", "Associated actions", "Timescales", "Status", "Owner"),
            ("A1", "Keep staff informed", "Quarterly", "Green", "Chief Executive"),
        ],
    )
    path = tmp_path / "cpc.docx"
    document.save(str(path))
    plan = import_table(path)
    under = {a.ref: [t.title, r.text] for t in plan.themes for r in t.recommendations
             for a in r.actions}  # fmt: skip
    assert "Additional actions arising from the peer team's observations" in under["A1"]
    assert not any("Recommendation 2" in text for text in under["A1"])


def test_a_reference_of_words_beside_the_number(tmp_path: Path) -> None:
    """A screening QA plan: 'No.' 1, 2 beside a 'Reference' citing the standard ('Service
    specification no. 24', twice): the numbers are the refs (the plan was refused for a ref
    used twice), the citations kept under extra."""
    path = tmp_path / "qa.csv"
    path.write_text(
        "No.,Recommendation,Reference,Action,Lead,Target date,Status\n"
        "Governance,,,,,,\n"
        "1,Update the terms,Service specification no. 24,Revise them,Programme Manager,"
        "Sep-24,Complete\n"
        "2,Protect the director's time,Service specification no. 24,Review the job plan,"
        "Clinical Director,Dec-24,Amber\n"
        "3,Plan the workforce,NHSBSP workforce guidance,Write a plan,Superintendent,"
        "Jun-25,Green\n",
        encoding="utf-8",
    )
    plan = import_table(path)
    assert [a.ref for a in plan.actions()] == ["1", "2", "3"]
    assert next(plan.actions()).extra["Reference"] == "Service specification no. 24"


@pytest.mark.parametrize(
    ("title", "field"),
    [
        ("ICR Rec No", "ref"),  # heldout64: a review's initials before the title
        ("Concern", "recommendation"),  # HM Inspectorate of Prisons' concerns
        ("Response", "action"),  # HMPPS's response to each: what will be done
        ("Responsible Owner", "lead"),
        ("Mitigating Action", "action"),  # a risk register's actions
        ("Risk Owner", "dlt"),
        ("Response / action taken", "comments"),  # what was done: the progress
        ("KPI target", None),  # initials before a title of another field say nothing
    ],
)
def test_more_column_titles(title: str, field: str | None) -> None:
    found = column_of(VOCABULARY, title)
    assert (found.field if found else None) == field


def test_a_timescale_of_words_gives_way_to_the_target_date(tmp_path: Path) -> None:
    """'Timescale' (Short term), 'Target date' and 'Revised target date': where no revised
    date is given the end is the target date, not the words (every end was lost)."""
    path = tmp_path / "plan.csv"
    path.write_text(
        "Ref,Action,Executive Lead,Timescale,Target date,Revised target date,Status\n"
        "1.1,Publish the accounts,Director of Finance,Short term,31/10/2025,,Complete\n"
        "1.2,Review the controls,Chief Operating Officer,Short term,30/11/2025,31/01/2026,"
        "On track\n",
        encoding="utf-8",
    )
    assert [str(a.end) for a in import_table(path).actions()] == ["2025-10", "2026-01"]


def test_a_share_done_is_not_done() -> None:
    """A key's 'Green: more than 75% complete' keeps green green (it read as complete,
    blue); '100% complete' is done."""
    assert meaning_of("More than 75% complete and within target date") is None
    assert meaning_of("26% – 75% complete") is None
    assert meaning_of("25% or less complete, or target date passed") is Status.RED
    assert meaning_of("100% complete") is Status.BLUE


def _priority_document(path: Path, lines: list[list[tuple[str, bool]]]) -> None:
    from docx import Document

    from .helpers import add_table

    document = Document()
    document.add_heading("Delivery Plan Highlight Report", 0)
    for number in (1, 2):
        document.add_heading(f"Priority {number}: Area {number}", 1)
        for runs in lines:
            paragraph = document.add_paragraph()
            for text, bold in runs:
                paragraph.add_run(text.format(number=number)).bold = bold
        row = (f"{number}.1", f"Act on priority {number}", "Lead", "Mar-25", "G")
        add_table(document, [("Ref", "Action", "Lead", "Due", "RAG"), row])
    document.save(str(path))


def test_an_inspectorate_said(tmp_path: Path) -> None:
    """'Ofsted said: In some subjects ...' under the priority's heading: the words are the
    part's, without who said them."""
    path = tmp_path / "school.docx"
    _priority_document(path, [[("Ofsted said: ", True), ("Finding {number} words.", False)]])
    plan = import_table(path)
    assert [r.text for t in plan.themes for r in t.recommendations] == [
        "Finding 1 words.",
        "Finding 2 words.",
    ]


def test_facts_said_of_a_part_are_not_its_words(tmp_path: Path) -> None:
    """'Sponsor: ...' and 'Key achievement this quarter: ...' under a priority's heading are
    said of it (kept in the notes): its actions are under the priority alone (they were under
    the achievement, and the sponsor line was lost)."""
    path = tmp_path / "report.docx"
    _priority_document(
        path,
        [
            [("Sponsor: Director of Public Health {number}", False)],
            [("Key achievement this quarter: uptake rose in area {number}.", False)],
        ],
    )
    plan = import_table(path)
    assert [t.title for t in plan.themes] == ["Priority 1: Area 1", "Priority 2: Area 2"]
    assert [r.text for t in plan.themes for r in t.recommendations] == ["", ""]
    assert "Sponsor: Director of Public Health 1" in plan.notes
    assert "Key achievement this quarter: uptake rose in area 2." in plan.notes


@pytest.mark.parametrize(
    ("title", "rank"),
    [
        ("Q2 progress update", 1),  # thirty corpus files kept these under extra: no progress
        ("Update Jan 2025", 1),
        ("Progress narrative (December 2024)", 1),
        ("Quarter 2 update", 1),
        ("Progress this quarter", 2),  # the period in force
        ("Progress last quarter", 0),
        ("Progress commentary", 1),
        ("Progress Notes", 1),
    ],
)
def test_a_progress_column_named_by_its_period(title: str, rank: int) -> None:
    assert column_of(VOCABULARY, title) == Column("comments", rank)


@pytest.mark.parametrize("title", ["Q1 RAG", "Last updated", "May 2025", "Previous RAG (Q1)"])
def test_a_period_alone_names_no_progress(title: str) -> None:
    found = column_of(VOCABULARY, title)
    assert found is None or found.field != "comments"


def test_of_two_updates_the_later_is_the_progress(tmp_path: Path) -> None:
    """'Update Jan 2025' and 'Update Mar 2025': the March update is the progress, January's
    kept and said."""
    path = tmp_path / "plan.csv"
    path.write_text(
        "Ref,Action,Owner,Deadline,Update Jan 2025,Update Mar 2025,RAG\n"
        "1,Audit the cases,Head of Service,Jun-25,Audit planned,Audit done,Green\n",
        encoding="utf-8",
    )
    action = next(import_table(path).actions())
    assert action.comments == "Audit done"
    assert action.extra["Update Jan 2025"] == "Audit planned"


@pytest.mark.parametrize(
    "cell",
    ["30 Setpember 2025", "1st Febuary 2024", "31 Ocotber 2015"],  # heldout65: read as words
)
def test_a_day_before_a_mistyped_month_is_refused(cell: str) -> None:
    with pytest.raises(ValueError, match="mistyped"):
        read_end(cell)


@pytest.mark.parametrize(
    ("cell", "month"),
    [
        ("March 2025 Board", "2025-03"),  # heldout66: a board's action log, refused before
        ("Audit Committee – June 2025", "2025-06"),
        ("Board (May 2025)", "2025-05"),
        ("30 September 2025", "2025-09"),
    ],
)
def test_the_month_of_the_meeting(cell: str, month: str) -> None:
    found = read_end(cell).month
    assert found is not None and str(found) == month


@pytest.mark.parametrize(
    ("title", "field"),
    [("Key question", "theme"), ("Subject", "theme")],  # CQC's key questions; a board's items
)
def test_a_group_named_by_its_question_or_subject(title: str, field: str) -> None:
    found = column_of(VOCABULARY, title)
    assert found is not None and found.field == field


@pytest.mark.parametrize(
    ("cell", "officers"),
    [
        ("NSDC CCTV & Public Space Manager", ("NSDC CCTV & Public Space Manager",)),
        ("Juno Women's Aid and NSDC Safeguarding Lead",
         ("Juno Women's Aid", "NSDC Safeguarding Lead")),
        ("Medical Director and Guardian of Safe Working Hours",
         ("Medical Director", "Guardian of Safe Working Hours")),
        ("Nottinghamshire Police – Schools and Early Intervention Officer",
         ("Nottinghamshire Police – Schools and Early Intervention Officer",)),
        ("Freedom to Speak Up Guardian", ("Freedom to Speak Up Guardian",)),
    ],
)  # fmt: skip
def test_leads_of_the_sixty_fifth_set(cell: str, officers: tuple[str, ...]) -> None:
    assert split_people(cell).officers == officers


def _csv(tmp_path: Path, text: str, name: str = "plan.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_list_of_agencies_under_the_table(tmp_path: Path) -> None:
    """'Agencies:' | 'LBH London Borough of Hillingdon; MPS Metropolitan Police Service' under
    the plan: a glossary, kept as a note (it was read as an eleventh action)."""
    path = _csv(
        tmp_path,
        "No.,Area for improvement,Action,Lead officer,End date,RAG\n"
        "1.1,Early help,Revise the template,Head of Early Help,Dec-23,G\n"
        "1.2,Early help,Train staff,Training Co-ordinator,Mar-24,A\n"
        ",,,,,\n"
        "Agencies:,LBH London Borough of Hillingdon; MPS Metropolitan Police Service; "
        "CNWL Central and North West London NHS Foundation Trust,,,,\n",
    )
    plan = import_table(path)
    assert [a.ref for a in plan.actions()] == ["1.1", "1.2"]
    assert any(n.startswith("Agencies:") for n in plan.notes)


def test_an_inspectorates_deadline_beside_the_target_date(tmp_path: Path) -> None:
    """'HMICFRS deadline' beside the service's 'Target date': the target date is the end, the
    inspectorate's deadline kept (the plan was refused as two end columns)."""
    path = _csv(
        tmp_path,
        "Ref,Recommendation,Action,Lead,HMICFRS deadline,Target date,RAG\n"
        "1.1,Review vetting,Audit vetting files,Head of PSD,Jun-24,Mar-24,Green\n"
        "1.2,Review vetting,Train vetting staff,Head of PSD,Jun-24,May-24,Amber\n",
    )
    actions = list(import_table(path).actions())
    assert [str(a.end) for a in actions] == ["2024-03", "2024-05"]
    assert actions[0].extra["HMICFRS deadline"] == "Jun-24"


def test_refs_written_before_the_actions_words(tmp_path: Path) -> None:
    """No ref column, each action starting with its number ('1.1 Maintain ...'): the numbers
    are the refs and the words the action; where one action lacks a number, all are kept as
    written."""
    head = "Type\tActions\tLead organisation\tPlanned completion\tRAG\n"
    path = _csv(
        tmp_path,
        head + "BAU\t1.1 Maintain the surveillance system.\tPublic Health\tMar-25\tG\n"
        "New\t1.2 Publish a bereavement offer.\tPublic Health\tJun-25\tA\n",
        "plan.txt",
    )
    actions = list(import_table(path).actions())
    assert [(a.ref, a.action) for a in actions] == [
        ("1.1", "Maintain the surveillance system."),
        ("1.2", "Publish a bereavement offer."),
    ]
    other = _csv(
        tmp_path,
        head + "BAU\t1.1 Maintain the surveillance system.\tPublic Health\tMar-25\tG\n"
        "New\tPublish a bereavement offer.\tPublic Health\tJun-25\tA\n",
        "other.txt",
    )
    assert next(import_table(other).actions()).action == "1.1 Maintain the surveillance system."


def test_a_column_of_organisations_set_apart_by_commas(tmp_path: Path) -> None:
    """'Lead organisation' 'Public Health, Amparo': two bodies; a post and its area in such a
    column ('Chair, SAB Quality Assurance Subgroup') stays one."""
    path = _csv(
        tmp_path,
        "Ref,Action,Lead organisation,Due,RAG\n"
        '1.1,Offer support after a death,"Public Health, Amparo",Mar-25,G\n'
        '1.2,Audit the cases,"Chair, SAB Quality Assurance Subgroup",Mar-25,G\n',
    )
    assert [a.lead for a in import_table(path).actions()] == [
        ("Public Health", "Amparo"),
        ("Chair, SAB Quality Assurance Subgroup",),
    ]


def test_a_revised_month_with_its_original_in_brackets() -> None:
    found = read_end("July 2025 (revised; originally March 2025)").month
    assert str(found) == "2025-07"  # refused before as a month among words


def test_a_completion_column_with_no_rag(tmp_path: Path) -> None:
    """A domestic homicide review's 'Date of completion and Outcome' and no RAG column: an
    action whose cell says it was completed is complete (blue); the others unrated."""
    path = _csv(
        tmp_path,
        "No.,Recommendation,Action to take,Lead Agency,Target Date,Date of completion and Outcome\n"
        "1,Share risk,Train staff on DASH,Surrey Police,Dec-23,"
        "Completed 5 December 2023. Training delivered.\n"
        "2,Share risk,Audit referrals,Surrey Police,Mar-24,\n"
        "3,Share risk,Publish guidance,Mole Valley DC,Jun-24,\n",
    )
    assert [a.status for a in import_table(path).actions()] == [
        Status.BLUE,
        Status.UNRATED,
        Status.UNRATED,
    ]


@pytest.mark.parametrize(
    ("title", "field"),
    [("Concern raised by the Coroner", "recommendation"), ("Item", "theme"), ("Risk", "theme")],
)
def test_titles_of_the_sixty_seventh_set(title: str, field: str) -> None:
    found = column_of(VOCABULARY, title)
    assert found is not None and found.field == field


def test_a_risk_column_groups_or_rates(tmp_path: Path) -> None:
    """A risk register's 'Risk' ('SR1 – Financial resilience' on each of its actions) is the
    theme; an audit tracker's 'Risk' of High and Medium is a rating, kept as another column."""
    register = _csv(
        tmp_path,
        "Risk\tAction Ref\tMitigating Action\tAction Owner\tDue Date\tRAG\n"
        "SR1 – Financial resilience\tSR1.1\tDeliver savings\tHead of Finance\tMar-24\tG\n"
        "SR1 – Financial resilience\tSR1.2\tRefresh the MTFS\tHead of Finance\tDec-23\tA\n"
        "SR2 – Cyber security\tSR2.1\tAchieve PSN compliance\tHead of ICT\tJun-23\tB\n",
        "register.txt",
    )
    assert [t.title for t in import_table(register).themes] == [
        "SR1 – Financial resilience",
        "SR2 – Cyber security",
    ]
    tracker = _csv(
        tmp_path,
        "Rec No.,Risk,Finding,Agreed action,Responsible officer,Target date,RAG\n"
        "1,High,Accounts unchecked,Check them,Assistant Director,Sep-24,Amber\n"
        "2,Medium,Agreements unsigned,Sign them,Head of Service,Jul-24,Green\n"
        "3,High,No asset register,Write one,Head of IT,Dec-24,Red\n",
        "tracker.csv",
    )
    plan = import_table(tracker)
    assert [t.title for t in plan.themes if t.title] == []
    assert next(plan.actions()).extra["Risk"] == "High"
