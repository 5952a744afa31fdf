"""Issue 18, what the two sets left wrong last session showed, and the sixty-first and
sixty-second blind sets (first-sight figures in tests/test_blind_corpus.py)."""

from __future__ import annotations

from pathlib import Path

from ofsted_plan.importing.importer import import_table


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
