"""Issue 18, what the two-hundred-and-ninety-third blind sets on showed (heldout293 on), and
the risk system export left over from heldout277."""

from __future__ import annotations

from pathlib import Path

import pytest

from ofsted_plan.importing.importer import import_table
from ofsted_plan.importing.people import split_people
from ofsted_plan.model import Status


def _docx_tables(path: Path, tables: list[list[list[str]]], merged_first: bool) -> Path:
    from docx import Document

    document = Document()
    document.add_paragraph().add_run("Manchester – Area SEND Priority Action Plan").bold = True
    for rows in tables:
        width = max(len(r) for r in rows)
        table = document.add_table(rows=len(rows), cols=width)
        for r, cells in enumerate(rows):
            if merged_first and r == 0:
                table.cell(0, 0).merge(table.cell(0, width - 1))
            for c, text in enumerate(cells):
                table.cell(r, c).text = text
        document.add_paragraph("")
    document.save(str(path))
    return path


def test_each_tables_merged_first_row_names_its_part(tmp_path: Path) -> None:
    """One table per area, its first row 'Area for priority action 1: Leaders ...' merged
    across over the header: each area is the part its actions answer (the first was taken as
    the plan's title and the others set aside)."""
    tables = []
    for n in (1, 2):
        rows = [[f"Area for priority action {n}: Leaders should improve thing {n} quickly."]]
        rows.append(["Ref", "What we will do", "Lead", "By when", "RAG"])
        rows += [[f"PA{n}.{m}", f"Do {n}.{m}.", "Head of SEND", "Dec 2025", "Green"]
                 for m in (1, 2)]  # fmt: skip
        tables.append(rows)
    plan = import_table(_docx_tables(tmp_path / "send.docx", tables, merged_first=True))
    assert plan.title == "Manchester – Area SEND Priority Action Plan"
    headings = [t.title for t in plan.themes] + [
        r.text for t in plan.themes for r in t.recommendations
    ]
    assert "Area for priority action 2: Leaders should improve thing 2 quickly." in headings
    assert "Area for priority action 1: Leaders should improve thing 1 quickly." in headings


def test_a_risk_row_over_its_coded_actions(tmp_path: Path) -> None:
    """A risk system's export: 'SR01 – Financial sustainability' in the code column with the
    risk's owner and scores, the action column empty, over SR01.1 and SR01.2: the risk is the
    heading of its actions, its scores go down to them, its owner is kept in the notes (the
    risk was read as an action without words)."""
    lines = [
        "Strategic Risk Register – Quarter 3 2025/26",
        "",
        "Code\tTitle\tAssigned to\tCurrent score\tDue date\tAction RAG\tLatest note",
        "SR01 – Financial sustainability\t\tHead of Finance\t16 (High)\t\t\tScore unchanged.",
        "SR01.1\tDeliver the savings programme.\tHead of Finance\t\t31/03/2026\tGreen\tOn plan.",
        "SR01.2\tReview fees and charges.\tService Managers\t\tQ4 2025/26\tAmber\tBenchmarked.",
        "SR02 – Cyber attack\t\tHead of Technology\t15 (High)\t\t\tLikelihood up.",
        "SR02.1\tRun a cyber exercise.\tHead of Technology\t\t28/02/2026\tGreen\tBooked.",
    ]
    path = tmp_path / "risks.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    plan = import_table(path)
    actions = list(plan.actions())
    assert [a.ref for a in actions] == ["SR01.1", "SR01.2", "SR02.1"]
    headings = [t.title for t in plan.themes] + [
        r.text for t in plan.themes for r in t.recommendations
    ]
    assert "SR01 – Financial sustainability" in headings
    assert actions[0].extra["Current score"] == "16 (High)"
    assert any("SR01 – Financial sustainability: Assigned to: Head of Finance" in n
               for n in plan.notes)  # fmt: skip


def test_a_ruled_heading_then_its_requirement_under_the_closing_rule(tmp_path: Path) -> None:
    """'1. Regulation 12 - Safe care and treatment' between '=' rules, the requirement on
    the line under the closing rule, then labelled records; the should-dos each in a
    sentence of their own between records: the notice over the requirement, each should-do
    a part of the improvements heading (the requirement replaced the notice)."""
    rule = "=" * 60
    lines = ["ELMWOOD HEALTH CENTRE – CQC INSPECTION ACTION PLAN", ""]
    for n, (heading, words) in enumerate(
        [("Regulation 12 - Safe care and treatment", "The provider must ensure care is safe."),
         ("Areas where the provider should make improvements",
          "The provider should continue to improve the uptake of screening.")], start=1,
    ):  # fmt: skip
        lines += [rule, f"{n}. {heading}", rule, words, ""]
        lines += [f"Ref:      {n}.1", f"Action:   Do thing {n}.1 now.", "Lead:     Manager",
                  "Due:      31/03/2025", "Status:   Complete", ""]  # fmt: skip
    lines += ["The provider should improve access to the practice by telephone.", ""]
    lines += ["Ref:      2.2", "Action:   Install a new phone system.", "Lead:     Manager",
              "Due:      July 2025", "Status:   On track", ""]  # fmt: skip
    path = tmp_path / "gp.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    plan = import_table(path)
    assert [t.title for t in plan.themes] == [
        "1. Regulation 12 - Safe care and treatment",
        "2. Areas where the provider should make improvements",
    ]
    assert [r.text for r in plan.themes[1].recommendations] == [
        "The provider should continue to improve the uptake of screening.",
        "The provider should improve access to the practice by telephone.",
    ]


def test_status_columns_of_months_without_years_run_left_to_right(tmp_path: Path) -> None:
    """'RAG Dec' then 'RAG Mar' in a college's plan for 2024/25: March is the later (the
    December column was read as the status)."""
    lines = [
        "Ref\tAction\tResponsibility\tTarget date\tRAG Dec\tRAG Mar",
        "QE1.1\tIntroduce diagnostics.\tHead of English\tOct-24\tAmber\tComplete",
        "QE1.2\tTimetable workshops.\tHead of Maths\tJun-25\tGreen\tRed",
    ]
    path = tmp_path / "qip.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert [a.status for a in import_table(path).actions()] == [Status.BLUE, Status.RED]


def test_a_sheet_line_naming_whose_plan_beside_the_covers_plan(tmp_path: Path) -> None:
    """A cover's 'Weymouth College' over 'Quality Improvement Plan 2024/25 (from the
    Self-Assessment Report 2023/24)', the sheet's own 'Weymouth College Quality Improvement
    Plan 2024/25': the sheet's line names the plan and whose it is."""
    from openpyxl import Workbook

    book = Workbook()
    cover = book.active
    assert cover is not None
    cover.title = "Cover"
    cover.append(["Weymouth College"])
    cover.append(["Quality Improvement Plan 2024/25 (from the Self-Assessment Report 2023/24)"])
    sheet = book.create_sheet("QIP")
    sheet.append(["Weymouth College Quality Improvement Plan 2024/25"])
    sheet.append(["Ref", "Actions", "Responsibility", "Target date", "RAG"])
    sheet.append(["QE1.1", "Introduce diagnostics.", "Head of English", "Oct-24", "Green"])
    sheet.append(["QE1.2", "Timetable workshops.", "Head of Maths", "Jun-25", "Amber"])
    book.save(tmp_path / "qip.xlsx")
    assert import_table(tmp_path / "qip.xlsx").title == (
        "Weymouth College Quality Improvement Plan 2024/25"
    )


def test_a_year_ones_action_plan_under_its_strategy(tmp_path: Path) -> None:
    """'Merton Early Help ... Strategy 2024–2027' over 'Year One Action Plan – position at
    ...': the strategy names the plan."""
    lines = [
        "Merton Early Help and Family Hubs Partnership Strategy 2024–2027,,,,",
        "Year One Action Plan – position at 31 December 2024 (Q3 2024/25),,,,",
        ",,,,",
        "Ref,Action,Lead(s),Target date,Status",
        "1.1,Open the Family Hub.,Head of Family Wellbeing,Sept 2024,Complete",
        "1.2,Launch the digital front door.,Family Hubs Manager,31/10/2024,Complete",
    ]
    path = tmp_path / "eh.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert import_table(path).title == (
        "Merton Early Help and Family Hubs Partnership Strategy 2024–2027"
    )


def test_no_rag_column_and_progress_opening_with_its_status(tmp_path: Path) -> None:
    """An audit report's follow-up with no RAG column, its progress opening 'Complete – ...'
    or 'Not started. ...': complete (blue) where the words say so; the words stay."""
    lines = [
        "No.\tRecommendation\tAgreed action\tResponsible officer\tAgreed date\tProgress",
        "b/f 1\tReview fees.\tFees review done.\tCFO\tFebruary 2024\tComplete – policy approved",
        "b/f 2\tReview access.\tQuarterly reviews.\tICT Manager\tMarch 2024\tNot started. Delayed.",
        "b/f 3\tReview assets.\tAsset review.\tHead of Property\tMarch 2024\tWork is in hand.",
    ]
    path = tmp_path / "aar.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    actions = list(import_table(path).actions())
    assert [a.status for a in actions] == [Status.BLUE, Status.UNRATED, Status.UNRATED]
    assert actions[0].comments == "Complete – policy approved"


def test_an_ite_plans_phase_column_is_its_theme(tmp_path: Path) -> None:
    """'Phase' (Primary, Secondary) on every row, each over whole areas for improvement: the
    outer level of the plan (it was kept as another column)."""
    lines = [
        "ID\tPhase\tArea for improvement\tAction\tLead\tDue\tStatus",
        "P1.1\tPrimary\tLeaders should improve early reading.\tTrain mentors.\tPhonics Lead\tOct-24"
        "\tComplete",
        "P1.2\tPrimary\tLeaders should improve early reading.\tAdd observations.\tPhonics Lead"
        "\tJan-25\tComplete",
        "S1.1\tSecondary\tLeaders should align mentors.\tPublish a map.\tSecondary Lead\tMar-25"
        "\tOn track",
    ]
    path = tmp_path / "ite.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert [t.title for t in import_table(path).themes] == ["Primary", "Secondary"]


def test_a_summary_blocks_title_row_over_its_counts(tmp_path: Path) -> None:
    """Under a risk register, 'Summary' over 'Residual rating | Number of risks' over 'Red |
    3' and 'Total | 4': a table of counts, not an action (it was refused as a row without
    an action)."""
    lines = [
        "Risk,Risk owner,Action ref,Mitigating action,Action owner,Target date,Action RAG",
        "CR01 Finance,S151 Officer,CR01.1,Deliver savings.,Head of Finance,31/03/2026,Amber",
        ",,CR01.2,Refresh the MTFP.,S151 Officer,Feb-26,Green",
        ",,,,,,",
        "Summary,,,,,,",
        "Residual rating,Number of risks,,,,,",
        "Red,3,,,,,",
        "Amber,1,,,,,",
        "Total,4,,,,,",
    ]
    path = tmp_path / "crr.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert [a.ref for a in import_table(path).actions()] == ["CR01.1", "CR01.2"]


@pytest.mark.parametrize(
    ("cell", "officers"),
    [
        (
            "Change Grow Live (CGL) and Probation Service",
            ("Change Grow Live (CGL)", "Probation Service"),
        ),
        ("Designated Safeguarding Lead (DSL)", ("Designated Safeguarding Lead (DSL)",)),
    ],
)
def test_lead_cells(cell: str, officers: tuple[str, ...]) -> None:
    assert split_people(cell).officers == officers


def test_propose_closure_is_complete(tmp_path: Path) -> None:
    lines = [
        "Action No.,Action,Lead,Due date,Status",
        "ICB/24/089,Circulate the framework.,Chief Operating Officer,January 2025,Propose close",
        "ICB/24/094,Report on Pharmacy First.,Director of Primary Care,May 2025,On track",
    ]
    path = tmp_path / "log.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert [a.status for a in import_table(path).actions()] == [Status.BLUE, Status.GREEN]


def test_one_section_of_inspectors_words_beside_one_of_bold_labelled_parts(
    tmp_path: Path,
) -> None:
    """A heading 'Area for priority action 1: Topic' over the inspectors' words in a
    paragraph, another heading 'Areas for improvement' over 'AFI 1: Leaders should ...' in
    bold: the words and the bold parts are one level, under the headings (the words were
    read a level deeper, kept aside as 'Heading')."""
    from docx import Document

    document = Document()
    document.add_heading("Warrington SEND Priority Action Plan", level=0)

    def table(ref: str) -> None:
        t = document.add_table(rows=2, cols=4)
        for c, text in enumerate(("Ref", "Action", "Lead", "RAG")):
            t.cell(0, c).text = text
        for c, text in enumerate((ref, f"Do {ref}.", "Head of SEND", "Green")):
            t.cell(1, c).text = text

    document.add_heading("Area for priority action 1: Timeliness", level=1)
    document.add_paragraph().add_run("Leaders should urgently improve timeliness.").italic = True
    table("APA1.1")
    document.add_heading("Areas for improvement", level=1)
    for n in (1, 2):
        document.add_paragraph().add_run(f"AFI {n}: Leaders should improve area {n}.").bold = True
        table(f"AFI{n}.1")
    document.save(str(tmp_path / "send.docx"))
    plan = import_table(tmp_path / "send.docx")
    assert [t.title for t in plan.themes] == [
        "Area for priority action 1: Timeliness",
        "Areas for improvement",
    ]
    assert [r.text for r in plan.themes[0].recommendations] == [
        "Leaders should urgently improve timeliness."
    ]


def test_a_summary_line_of_letter_counts_with_not_started(tmp_path: Path) -> None:
    """'Summary at Q3: | B 2 | G 4 | A 2 | R 0 | NS 1' under the plan: counts, not an action
    (it was refused as an action whose RAG is 'R 0')."""
    lines = [
        "Key:\tB = Complete\tG = On track\tA = At risk\tR = Off track\tNS = Not started",
        "",
        "Ref\tAction\tLead\tTimescale\tRAG",
        "1.1\tPublish a guide.\tEarly Help Manager\tJune 2025\tB",
        "1.2\tRun sessions.\tCVS Coordinator\tQuarterly\tG",
        "",
        "Summary at Q3:\tB 1\tG 1\tA 0\tR 0\tNS 0",
    ]
    path = tmp_path / "eh.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert [a.ref for a in import_table(path).actions()] == ["1.1", "1.2"]
