"""Issue 18, what the two-hundred-and-thirty-third blind sets on showed (heldout233 on)."""

from __future__ import annotations

from pathlib import Path

from ofsted_plan.importing.importer import import_table
from ofsted_plan.importing.people import split_people
from ofsted_plan.importing.values import STATUS_WORDS, read_status
from ofsted_plan.model import Status


def _tab_file(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_who_holds_each_post_above_the_header_is_no_heading(tmp_path: Path) -> None:
    """'Registered Manager: Claire Dunmore' | 'Responsible Individual: Service Manager' above
    a home's header: facts about the home, kept in the notes (the first was taken for the
    theme over every action)."""
    table = _tab_file(
        tmp_path / "home.txt",
        [
            "Cherry Tree House – Ofsted Post-Inspection Action Plan",
            "Registered Manager: Claire Dunmore\tResponsible Individual: Service Manager",
            "",
            "Ref\tRequirement / recommendation\tAction\tResponsible\tTarget date\tRAG",
            "R1\tThe registered person must assess each child's risk.\t\t\t\t",
            "1.1\t\tUpdate each risk assessment.\tRegistered Manager\tAug-25\tGreen",
            "1.2\t\tRecord keeping-safe sessions.\tKeyworkers\tAug-25\tAmber",
            "R2\tThe registered person must train staff.\t\t\t\t",
            "2.1\t\tEnrol three staff on the diploma.\tRegistered Manager\tSep-25\tGreen",
        ],
    )
    plan = import_table(table)
    assert [t.title for t in plan.themes] == [""]
    assert [r.text for r in plan.themes[0].recommendations] == [
        "The registered person must assess each child's risk.",
        "The registered person must train staff.",
    ]
    assert any("Claire Dunmore" in note for note in plan.notes)


def test_an_auditors_key_and_improvement_recommendations_under_its_criteria(
    tmp_path: Path,
) -> None:
    """'Financial sustainability' over 'Key recommendation 1: ...', and 'Improvement
    recommendation 1: ...' after another's actions: the criteria are the themes, the
    auditor's recommendations what the actions answer (refused as two headings alike)."""
    table = _tab_file(
        tmp_path / "vfm.txt",
        [
            "Ref\tAction\tResponsible officer\tTarget date\tRAG",
            "Financial sustainability",
            "Key recommendation 1: The Council should reduce its borrowing.",
            "KR1.1\tApprove a Debt Reduction Strategy.\tChief Financial Officer\tFeb-26\tAmber",
            "Governance",
            "Key recommendation 2: The Council should oversee its companies.",
            "KR2.1\tEstablish a Shareholder Committee.\tMonitoring Officer\tNov-25\tGreen",
            "Improvement recommendation 1: The Council should update its risk strategy.",
            "IR1.1\tRefresh the Risk Management Strategy.\tCorporate Risk Manager\tJan-26\tGreen",
        ],
    )
    plan = import_table(table)
    assert [(t.title, [r.text[:26] for r in t.recommendations]) for t in plan.themes] == [
        ("Financial sustainability", ["Key recommendation 1: The "]),
        ("Governance", ["Key recommendation 2: The ", "Improvement recommendation"]),
    ]


def test_a_sheets_line_restating_its_name_over_a_core_service_column(tmp_path: Path) -> None:
    """Sheets 'Must do' and 'Should do', each with the line 'Must Do Actions' over a 'Core
    service' column merged down: the services are the themes, the line only says what the
    sheet holds (it was taken for the theme and the services set aside)."""
    from openpyxl import Workbook

    book = Workbook()
    first = book.active
    assert first is not None
    first.title = "Must do"
    second = book.create_sheet("Should do")
    for sheet, kind, prefix in ((first, "Must Do", "MD"), (second, "Should Do", "SD")):
        sheet.append([f"{kind} Actions"])
        sheet.append(["Core service", "Ref", f"{kind} (CQC report)", "Action", "Lead", "Status"])
        for n, service in enumerate(("Urgent and emergency care", "Medical care"), start=1):
            sheet.append([service, f"{prefix}{n}.1", f"The trust {kind.lower()} {n}.",
                          f"{kind} action {n}.", "Chief Nurse", "Complete"])  # fmt: skip
    book.save(tmp_path / "cqc.xlsx")
    plan = import_table(tmp_path / "cqc.xlsx")
    assert [t.title for t in plan.themes] == ["Urgent and emergency care", "Medical care"]
    assert "Must Do Actions" in plan.notes


def test_a_risks_ref_and_title_column_names_the_risk(tmp_path: Path) -> None:
    """'Risk ref and title' ('CR01 – Emergency Department crowding') beside 'Risk
    description (cause, event, effect)': the title names each risk, the theme (the
    description was taken for it, the title set aside)."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Risk ref and title", "Risk description (cause, event, effect)",
                  "Executive owner", "Further actions required", "Action owner", "Due date",
                  "Action RAG"])  # fmt: skip
    for ref, title in (("CR01", "ED crowding"), ("CR04", "Nurse vacancies")):
        sheet.append([f"{ref} – {title}", f"There is a risk that {title.lower()} harms care.",
                      "Chief Operating Officer", f"First action on {title}.", "Head of Flow",
                      "Oct-25", "G"])  # fmt: skip
        sheet.append([None, None, None, f"Second action on {title}.", "Deputy COO", "Jan-26", "A"])
    book.save(tmp_path / "risks.xlsx")
    plan = import_table(tmp_path / "risks.xlsx")
    assert [t.title for t in plan.themes] == ["CR01 – ED crowding", "CR04 – Nurse vacancies"]


def test_a_highlight_reports_box_under_its_milestones_is_no_action(tmp_path: Path) -> None:
    """'Key risks and issues' | its words merged across the milestone, owner, date and RAG
    columns under each workstream's milestones: a box of the report, kept in the notes (read
    as an action with that ref, and refused as used twice)."""
    from openpyxl import Workbook

    book = Workbook()
    for n, name in ((1, "WS1 Adults"), (2, "WS2 Children")):
        sheet = book.create_sheet(name)
        sheet.append([f"Workstream {n}: {name[4:]}"])
        sheet.append(["Ref", "Milestone", "Owner", "Forecast date", "RAG", "Commentary"])
        sheet.append([f"A{n}.1", f"Launch service {n}.", "Head of Service", "Jun-25",
                      "Complete", "Live."])  # fmt: skip
        sheet.append([f"A{n}.2", f"Procure contract {n}.", "Commissioning Manager", "Jan-26",
                      "Amber", "Delayed."])  # fmt: skip
        sheet.append([])
        sheet.append(["Key risks and issues", f"Recruitment risk in workstream {n}."])
        sheet.merge_cells(start_row=6, start_column=2, end_row=6, end_column=6)
    del book["Sheet"]
    book.save(tmp_path / "highlight.xlsx")
    plan = import_table(tmp_path / "highlight.xlsx")
    assert [a.ref for a in plan.actions()] == ["A1.1", "A1.2", "A2.1", "A2.2"]
    assert "Key risks and issues: Recruitment risk in workstream 2." in plan.notes


def test_a_status_in_one_part_of_its_cell() -> None:
    """'Revised date – in progress': the one part that is a status word is the status (it
    was refused as an unknown status)."""
    assert read_status("Revised date – in progress", STATUS_WORDS)[0] is Status.UNRATED
    assert read_status("Revised date agreed – Amber", STATUS_WORDS)[0] is Status.AMBER


def test_fields_before_a_post_and_a_trust_over_two_fields() -> None:
    """'Information, Advice and Assistance Manager' is one post, not 'Information, Advice' a
    person by surname and forename; 'Dudley Integrated Health and Care NHS Trust' one trust."""
    assert split_people("Information, Advice and Assistance Manager").officers == (
        "Information, Advice and Assistance Manager",
    )
    assert split_people("Dudley Integrated Health and Care NHS Trust").officers == (
        "Dudley Integrated Health and Care NHS Trust",
    )
    assert split_people("Ellis, Mark and Head of Service").officers == (
        "Ellis, Mark",
        "Head of Service",
    )
