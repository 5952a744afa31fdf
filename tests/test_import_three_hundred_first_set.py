"""Issue 18, what the three-hundred-and-first blind sets on showed (heldout301 on)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ofsted_plan.importing.ends import read_end
from ofsted_plan.importing.importer import import_table
from ofsted_plan.importing.people import split_people


@pytest.mark.parametrize(
    ("cell", "officers"),
    [
        ("Chief Executive and Section 151 Officer", ("Chief Executive", "Section 151 Officer")),
        ("Head of Finance and Section 151 Officer", ("Head of Finance and Section 151 Officer",)),
        # a police commissioner's chief executive is its monitoring officer: one officer
        ("Chief Executive and Monitoring Officer", ("Chief Executive and Monitoring Officer",)),
        (
            "Registered Manager and Responsible Individual",
            ("Registered Manager", "Responsible Individual"),
        ),
        ("Careers Lead & Tutors", ("Careers Lead", "Tutors")),
        ("Financial Assessment & Income Manager", ("Financial Assessment & Income Manager",)),
        (
            "Service Manager – Homelessness & Housing Access",
            ("Service Manager – Homelessness & Housing Access",),
        ),
    ],
)
def test_lead_cells(cell: str, officers: tuple[str, ...]) -> None:
    assert split_people(cell).officers == officers


def test_a_month_with_a_note_of_what_falls_in_it() -> None:
    """'February 2026 (Board development day)': the month, the words kept (it was refused as
    a month among other words); a mistyped month with a note is still refused."""
    found = read_end("February 2026 (Board development day)")
    assert str(found.month) == "2026-02" and found.text
    with pytest.raises(ValueError):
        read_end("Febuary 2026 (Board day)")


def _docx(path: Path, rows: list[list[str]]) -> Path:
    from docx import Document

    document = Document()
    document.add_heading("Angus Council – Annual Audit Report: Action Plan", level=0)
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    document.save(str(path))
    return path


def test_an_officer_and_date_column_of_labelled_lines(tmp_path: Path) -> None:
    """A column titled 'Responsible officer and date' whose every cell is 'Responsible
    officer: ...' then 'Agreed date: ...': the officer and the end (the plan was refused as an
    end column holding words)."""
    rows = [["No.", "Recommendation", "Agreed management action", "Responsible officer and date",
             "Status"]]  # fmt: skip
    rows += [[str(n), f"The council should do thing {n}.", f"Thing {n} will be done.",
              f"Responsible officer: Head of Finance\nAgreed date: 3{n} March 2025", "On track"]
             for n in (0, 1)]  # fmt: skip
    actions = list(import_table(_docx(tmp_path / "aar.docx", rows)).actions())
    assert [a.lead for a in actions] == [("Head of Finance",), ("Head of Finance",)]
    assert [str(a.end) for a in actions] == ["2025-03", "2025-03"]


def test_a_label_alone_over_the_parts_words(tmp_path: Path) -> None:
    """A text plan's 'AREA 1: ...' between rules, then 'Improvement required:' alone over the
    words of each improvement, then labelled records: each improvement is the part its
    records answer (the label was read as the part)."""
    rule = "-" * 60
    lines = ["Orkney Islands Council – Housing Improvement Plan", ""]
    parts = {1: ("EICRs were overdue for 42 homes.", "There is no damp policy."),
             2: ("Tenants were not consulted.",)}  # fmt: skip
    for area, found in parts.items():
        lines += [rule, f"AREA {area}: TOPIC {area}", rule]
        for n, words in enumerate(found, start=1):
            lines += ["Improvement required:", words, ""]
            lines += [f"{area}.{n}  Action:  Do thing {n}.", "     Lead:    Housing Manager",
                      "     Target:  30 September 2024", "     Status:  COMPLETE", ""]  # fmt: skip
    path = tmp_path / "housing.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    plan = import_table(path)
    assert [t.title for t in plan.themes] == ["AREA 1: TOPIC 1", "AREA 2: TOPIC 2"]
    assert [r.text for t in plan.themes for r in t.recommendations] == [
        "EICRs were overdue for 42 homes.",
        "There is no damp policy.",
        "Tenants were not consulted.",
    ]


def test_a_list_introduction_between_a_heading_and_its_tables(tmp_path: Path) -> None:
    """'2. Recommendations' over 'Ofsted made the following recommendations for
    improvement.', then a table per recommendation whose first row names it: the sentence
    introduces the list, the heading is the section (it was dropped for the sentence)."""
    from docx import Document

    document = Document()
    document.add_heading("Wymondham College – Boarding Action Plan", level=0)
    for section, intro, label in (
        ("1. National minimum standards not met", "", "NMS 11.1 The school keeps boarders safe."),
        ("2. Recommendations", "Ofsted made the following recommendations for improvement.",
         "Recommendation 1: The school should share health plans."),
    ):  # fmt: skip
        document.add_heading(section, level=1)
        if intro:
            document.add_paragraph(intro)
        table = document.add_table(rows=3, cols=4)
        table.cell(0, 0).merge(table.cell(0, 3))
        table.cell(0, 0).text = label
        for c, text in enumerate(("Ref", "Action", "Lead", "RAG")):
            table.cell(1, c).text = text
        for c, text in enumerate((f"{section[0]}.1", "Do it.", "Head of Boarding", "G")):
            table.cell(2, c).text = text
    document.save(str(tmp_path / "boarding.docx"))
    plan = import_table(tmp_path / "boarding.docx")
    assert [t.title for t in plan.themes] == [
        "1. National minimum standards not met",
        "2. Recommendations",
    ]


def test_a_sheet_named_by_its_labels_letters_over_the_label_under_its_header(
    tmp_path: Path,
) -> None:
    """Sheets 'APA1' and 'APA2' whose first row under the header is 'Area for priority action
    1: Leaders ...', and a sheet 'AFIs' of 'AFI 1: ...' rows: the names are the labels'
    letters, no part of their own (each was read as a level above the area)."""
    from openpyxl import Workbook

    book = Workbook()
    first = book.active
    assert first is not None
    sheets = [(first, "APA1", ["Area for priority action 1: Leaders should improve EHC plans."]),
              (book.create_sheet(), "APA2", ["Area for priority action 2: Leaders should act."]),
              (book.create_sheet(), "AFIs", ["AFI 1: Leaders should hear children.",
                                             "AFI 2: Leaders should update offers."])]  # fmt: skip
    for sheet, name, parts in sheets:
        sheet.title = name
        sheet.append(["Sheffield Local Area Partnership – Priority Action Plan"])
        sheet.append(["No.", "What we will do", "Who is responsible", "By when", "RAG"])
        for n, part in enumerate(parts, start=1):
            sheet.append([part])
            sheet.merge_cells(f"A{sheet.max_row}:E{sheet.max_row}")
            sheet.append([f"{name[:3]}{n}.1", "Do it.", "Head of SEND", "31/03/2026", "Green"])
    book.save(tmp_path / "send.xlsx")
    plan = import_table(tmp_path / "send.xlsx")
    headings = [t.title for t in plan.themes] + [
        r.text for t in plan.themes for r in t.recommendations
    ]
    assert "APA1" not in headings and "AFIs" not in headings
    assert "AFI 1: Leaders should hear children." in headings


def test_titles_of_a_body_and_its_service_and_an_inspection_report_line(tmp_path: Path) -> None:
    """'London Borough of Hackney – Internal Audit' over 'Outstanding Internal Audit
    Recommendations – Audit Committee 22 October 2025': the second names what the table is.
    'Inspection report: An inspection of ...' under the tracker's own line: a label and its
    fact, never the title."""
    lines = [
        "London Borough of Hackney – Internal Audit,,,,",
        "Outstanding Internal Audit Recommendations – Audit Committee 22 October 2025,,,,",
        ",,,,",
        "Ref,Recommendation,Agreed action,Officer,Due date",
        "1,Reconcile leavers.,Monthly reconciliation.,Payroll Manager,Mar-26",
        "2,Chase debts.,Weekly chasing.,Income Manager,Apr-26",
    ]
    path = tmp_path / "audit.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert import_table(path).title == (
        "Outstanding Internal Audit Recommendations – Audit Committee 22 October 2025"
    )
    lines = [
        "Derbyshire Constabulary – HMICFRS Vetting Recommendations Tracker",
        "Inspection report: An inspection of vetting in the police service (published 2 November"
        " 2022)",
        "",
        "Ref\tHMICFRS recommendation\tForce action\tLead\tTarget date\tStatus",
        "1.1\tBy 2023, chief constables should vet.\tVet all staff.\tHead of PSD\tMar-23\tComplete",
        "1.2\tBy 2023, chief constables should vet.\tRe-vet.\tHead of PSD\tJun-23\tComplete",
    ]
    path = tmp_path / "tracker.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert import_table(path).title == (
        "Derbyshire Constabulary – HMICFRS Vetting Recommendations Tracker"
    )


def test_a_baseline_line_under_an_area_is_said_of_it(tmp_path: Path) -> None:
    """'Baseline (GP Patient Survey 2023): 46% ... Target: 50%.' under '1. Patient
    experience': a measure of the area, kept in the notes, not a part under it."""
    lines = [
        "Keynsham PCN – Capacity and Access Improvement Plan 2023/24",
        "",
        "Ref\tAction\tLead\tTarget date\tRAG",
        "1. Patient experience of contact",
        "Baseline (GP Patient Survey 2023): 46% describe contact as good. Target: 50%.",
        "1.1\tMove to cloud telephony.\tPCN Manager\tJul-23\tComplete",
        "1.2\tRun a survey each quarter.\tPCN Manager\tQ3 23/24\tG",
    ]
    path = tmp_path / "pcn.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    plan = import_table(path)
    assert [t.title for t in plan.themes] == ["1. Patient experience of contact"]
    assert [r.text for r in plan.themes[0].recommendations] == [""]
    assert any(n.startswith("Baseline (GP Patient Survey 2023)") for n in plan.notes)


def test_a_concordats_plan_and_its_obligations(tmp_path: Path) -> None:
    """'University of York – Concordat to Support ...' over 'Action Plan 2023–2026: Year 2
    progress (...)': the concordat names the plan; its 'Obligation' column, the same on each
    of an obligation's actions, is what they answer."""
    lines = [
        "University of York – Concordat to Support the Career Development of Researchers,,,,",
        "Action Plan 2023–2026: Year 2 progress (position at 30 June 2025),,,,",
        ",,,,",
        "Ref,Obligation,Action,Owner,Timescale",
        "EC1,Ensure staff know the Concordat.,Run briefings.,Head of Research,Dec-24",
        "EC2,Ensure staff know the Concordat.,Publish a page.,Head of Research,Mar-25",
        "EC3,Promote wellbeing.,Train managers.,HR Director,Jun-25",
    ]
    path = tmp_path / "concordat.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    plan = import_table(path)
    assert plan.title.startswith("University of York – Concordat")
    assert [r.text for t in plan.themes for r in t.recommendations] == [
        "Ensure staff know the Concordat.",
        "Promote wellbeing.",
    ]


def test_a_risk_code_then_its_title_with_no_dash(tmp_path: Path) -> None:
    """'SR01 Financial sustainability – failure to ...' in the ref column over SR01.1 and
    SR01.2: the risk over its actions, as with a dash after the code."""
    lines = [
        "Ref\tRisk / further action required\tOwner\tResidual score\tTarget date\tAction status",
        "SR01 Financial sustainability – failure to set a budget\t\tCFO\t3 x 4 = 12\t\t",
        "SR01.1\tRefresh the MTFS.\tCFO\t\tFebruary 2026\tOn track",
        "SR01.2\tReview fees.\tHead of Finance\t\t31/12/2025\tOn track",
        "SR02 Workforce – failure to recruit\t\tHead of HR\t3 x 3 = 9\t\t",
        "SR02.1\tLaunch a campaign.\tHead of HR\t\tMarch 2026\tOn track",
    ]
    path = tmp_path / "risks.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert [a.ref for a in import_table(path).actions()] == ["SR01.1", "SR01.2", "SR02.1"]


def test_a_table_counting_the_plan_by_status_under_it(tmp_path: Path) -> None:
    """'Summary | Green | Amber | Red | Complete | Total' over 'Projects | 4 | 3 | 1 | 1 | 9':
    counts, not an action (it was refused as an action whose RAG is 'Total')."""
    lines = [
        "Ref\tProject / milestone\tLead\tOriginal date\tRAG\tCommentary",
        "FFF-01\tRestructure.\tChief Executive\tJul-25\tGreen\tOn plan.",
        "FFF-02\tMove offices.\tChief Officer\tQ4 2025/26\tAmber\tDelayed.",
        "",
        "Summary\tGreen\tAmber\tRed\tComplete\tTotal",
        "Projects\t1\t1\t0\t0\t2",
    ]
    path = tmp_path / "highlight.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert [a.ref for a in import_table(path).actions()] == ["FFF-01", "FFF-02"]


def test_two_colour_only_rag_columns_by_term(tmp_path: Path) -> None:
    """'RAG T1' and 'RAG T2', each coloured with no words on every action: the second, the
    latest, is the status (the first was read)."""
    from openpyxl import Workbook
    from openpyxl.styles import PatternFill

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Ref", "Action", "Responsible", "Target date", "RAG T1", "RAG T2"])
    colours = [("FFC000", "00B050"), ("00B050", "0070C0"), ("FF0000", "FFC000")]
    for n, (first, second) in enumerate(colours, start=1):
        sheet.append([f"1.{n}", f"Do {n}.", "Head of Quality", "Jun-25", None, None])
        sheet.cell(sheet.max_row, 5).fill = PatternFill("solid", fgColor=first)
        sheet.cell(sheet.max_row, 6).fill = PatternFill("solid", fgColor=second)
    book.save(tmp_path / "qip.xlsx")
    statuses = [a.status.value for a in import_table(tmp_path / "qip.xlsx").actions()]
    assert statuses == ["green", "blue", "amber"]


def test_an_afi_sheets_caption_over_refs_naming_their_kind(tmp_path: Path) -> None:
    """A sheet 'Recommendations' with a 'Chapter' column, and a sheet captioned 'Areas for
    improvement' whose refs are 'AFI 1', 'AFI 2': the chapters are the themes; the caption
    names the kind its refs already say, no level above them."""
    from openpyxl import Workbook

    book = Workbook()
    recs = book.active
    assert recs is not None
    recs.title = "Recommendations"
    recs.append(["Action ref", "Chapter", "HMICFRS recommendation", "Force action", "Owner",
                 "Target date", "Status"])  # fmt: skip
    recs.append(["R4.1", "Vetting", "Recommendation 4: Vet well.", "Review demand.",
                 "Head of Vetting", "Jun-23", "Complete"])  # fmt: skip
    recs.append(["R13.1", "Counter-corruption", "Recommendation 13: Monitor IT.", "Buy tools.",
                 "Head of ACU", "Oct-23", "On track"])  # fmt: skip
    afis = book.create_sheet("AFIs")
    afis.append(["Areas for improvement"])
    afis.append(["AFI", "Area for improvement", "Force action", "Owner", "Target date",
                 "Status"])  # fmt: skip
    afis.append(["AFI 1", "The force should explain standards.", "Run briefings.", "Head of PSD",
                 "Jul-23", "Complete"])  # fmt: skip
    afis.append(["AFI 2", "The force should monitor outcomes.", "Publish data.", "Head of PSD",
                 "Mar-24", "On track"])  # fmt: skip
    book.save(tmp_path / "tracker.xlsx")
    plan = import_table(tmp_path / "tracker.xlsx")
    assert "Vetting" in [t.title for t in plan.themes]
    assert "Areas for improvement" not in [t.title for t in plan.themes] + [
        r.text for t in plan.themes for r in t.recommendations
    ]


def test_an_original_and_a_revised_month_set_apart_by_a_slash() -> None:
    """'Original: Sept 2025 / Revised: Jan 2026' in one cell: the revised month (it was
    refused as a month among other words)."""
    found = read_end("Original: Sept 2025 / Revised: Jan 2026")
    assert str(found.month) == "2026-01"


def test_a_funding_audits_stream_over_its_findings(tmp_path: Path) -> None:
    """An ESFA funding audit's 'Funding stream' written on each finding's first row: the
    outer level over the findings (it was kept as another column)."""
    lines = [
        "Strode College – ESFA Funding Assurance Review 2022/23: Management Action Plan,,,,,",
        ",,,,,",
        "Ref,Funding stream,ESFA recommendation,Agreed action,Responsible,Target date",
        "1a,16–19 study programmes,Support planned hours.,Check timetables.,Head of MIS,Mar-24",
        "1b,,,Sign off planned hours.,Heads of Faculty,Jun-24",
        "2a,Adult skills fund,Evidence eligibility.,Make fields mandatory.,Head of Funding,Sep-24",
    ]
    path = tmp_path / "esfa.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    plan = import_table(path)
    assert [t.title for t in plan.themes] == ["16–19 study programmes", "Adult skills fund"]
