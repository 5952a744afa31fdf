"""Issue 18, what the two-hundred-and-eighty-first blind sets on showed (heldout281 on), and
the Audit Scotland action plan left over from heldout277."""

from __future__ import annotations

from pathlib import Path

import pytest

from ofsted_plan.errors import PlanError
from ofsted_plan.importing.importer import import_table


def _docx(path: Path, tables: list[list[list[str]]], merged: bool = False) -> Path:
    """A Word file of these tables, each under a heading; with `merged`, a row of two texts
    has its second merged across the rest of the row."""
    from docx import Document

    document = Document()
    document.add_heading("Action plan", level=1)
    for rows in tables:
        width = max(len(r) for r in rows)
        table = document.add_table(rows=len(rows), cols=width)
        for r, cells in enumerate(rows):
            if merged and len(cells) == 2:
                table.cell(r, 1).merge(table.cell(r, width - 1))
            for c, text in enumerate(cells):
                table.cell(r, c).text = text
        document.add_paragraph("")
    document.save(str(path))
    return path


def test_an_agreed_actions_officer_and_date_written_as_labelled_lines(tmp_path: Path) -> None:
    """Audit Scotland's 'Issue/risk | Recommendation | Agreed management action/timing': the
    action cell ends in 'Responsible officer:' and 'Agreed date:' lines. They are the action's
    lead and end, not its words (the table was set aside as naming too few columns)."""
    rows = [["Issue/risk", "Recommendation", "Agreed management action/timing"]]
    for n, (officer, date) in enumerate(
        [("Head of Finance", "27 February 2025"), ("Head of People", "31 March 2026"),
         ("Head of ICT", "30 September 2025")], start=1,
    ):  # fmt: skip
        rows.append(
            [
                f"{n}. Issue {n}\nWhat was found.\nRisk – something may go wrong.",
                f"The Council should do thing {n} in full.",
                f"The thing {n} will be done.\nIt will be reported to Cabinet."
                f"\nResponsible officer: {officer}\nAgreed date: {date}",
            ]
        )
    plan = import_table(_docx(tmp_path / "audit.docx", [rows]))
    actions = list(plan.actions())
    assert [a.action for a in actions] == [
        f"The thing {n} will be done.\nIt will be reported to Cabinet." for n in (1, 2, 3)
    ]
    assert [a.lead for a in actions] == [
        ("Head of Finance",),
        ("Head of People",),
        ("Head of ICT",),
    ]
    assert [str(a.end) for a in actions] == ["2025-02", "2026-03", "2025-09"]
    assert actions[0].extra["Issue/risk"].startswith("1. Issue 1")  # kept, every cell


def test_one_cells_labelled_line_stays_its_words(tmp_path: Path) -> None:
    """A label on one action's last line alone is how that action is written, not the
    table's habit: the words stay as written."""
    rows = [["Ref", "Action", "Lead", "RAG"]]
    rows += [["1", "Write the plan.\nTarget date: March 2025", "HR", "Green"]]
    rows += [[str(n), f"Do thing {n}.", "HR", "Green"] for n in (2, 3, 4)]
    plan = import_table(_docx(tmp_path / "plan.docx", [rows]))
    assert next(plan.actions()).action == "Write the plan.\nTarget date: March 2025"
    assert next(plan.actions()).end is None


def test_this_years_unrated_table_then_last_years_followed_up(tmp_path: Path) -> None:
    """An annual audit report's new recommendations (no status yet) and then the prior
    year's followed up with a status: one plan, both read. The other way round, a rated table
    and then an unrated one, is still asked about (the plan twice, one a draft)."""
    new = [["No.", "Recommendation", "Agreed action", "Responsible officer", "Date"]]
    new += [[str(n), f"Rec {n} says so.", f"Action {n}.", "CFO", "March 2025"] for n in (1, 2)]
    old = [["No.", "Recommendation", "Agreed action", "Responsible officer", "Date", "Status"]]
    old += [[f"b/f {n}", f"Old rec {n}.", f"Old action {n}.", "CFO", "March 2024", "Complete"]
            for n in (1, 2)]  # fmt: skip
    plan = import_table(_docx(tmp_path / "aar.docx", [new, old]))
    assert [a.ref for a in plan.actions()] == ["1", "2", "b/f 1", "b/f 2"]
    assert [a.status.value for a in plan.actions()][2:] == ["blue", "blue"]
    with pytest.raises(PlanError, match="two tables look like the plan with different columns"):
        import_table(_docx(tmp_path / "twice.docx", [old, new]))


def test_a_concerns_response_row_is_said_of_the_concern(tmp_path: Path) -> None:
    """HMPPS's action plan: 'Priority concern' | the inspectors' words merged across, then
    'Response' | 'Agreed' merged across, then the numbered actions. The concern is what the
    actions answer; the response is said of it, not an action (it was refused as a ref
    'Response' used twice)."""
    rows = [["Ref", "Action", "Responsible owner", "Target date"]]
    for n, label in ((1, "Priority concern"), (2, "Key concern")):
        rows.append([label, f"Too many prisoners felt unsafe on wing {n}."])
        rows.append(["Response", "Agreed"])
        rows += [[f"{n}.{m}", f"Do thing {n}.{m}.", "Governor", "April 2025"] for m in (1, 2)]
    plan = import_table(_docx(tmp_path / "hmp.docx", [rows], merged=True))
    assert [a.ref for a in plan.actions()] == ["1.1", "1.2", "2.1", "2.2"]
    assert [t.title for t in plan.themes] == [  # the one level: the plan's themes
        "Too many prisoners felt unsafe on wing 1.",
        "Too many prisoners felt unsafe on wing 2.",
    ]
    assert "Response: Agreed" in plan.notes


def test_a_keys_colour_then_its_own_words(tmp_path: Path) -> None:
    """'Status key: Blue = Complete; Green = On track; Amber = Some delay; Red = Significant
    delay': the key gives 'Some delay' its colour (it was refused as an unknown RAG)."""
    lines = [
        "Fylde Council – Peer Challenge Action Plan",
        "Status key: Blue = Complete; Green = On track; Amber = Some delay; "
        "Red = Significant delay",
        "",
        "Ref\tAction\tLead\tTimescale\tStatus",
        "1.1\tHold workshops.\tChief Executive\tDec-24\tComplete",
        "1.2\tWrite the savings plan.\tDirector of Resources\tQ4 2025/26\tSome delay",
        "1.3\tWrite the workforce plan.\tHead of HR\tMar-26\tSignificant delay",
    ]
    path = tmp_path / "peer.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    plan = import_table(path)
    assert [a.status.value for a in plan.actions()] == ["blue", "amber", "red"]


def test_the_inspectorates_due_date_is_neither_the_end_nor_its_fallback(tmp_path: Path) -> None:
    """'Ofsted due date' beside the home's 'Target date', and 'HMICFRS deadline' beside
    'Target date' and 'Revised target date': the service's own dates end the action; the
    inspectorate's is never read in their place when they are empty or say 'Quarterly'."""
    lines = [
        "Ref\tAction\tLead\tOfsted due date\tTarget date\tRAG",
        "1\tTrain staff.\tManager\t01/06/2025\t30/09/2025\tGreen",
        "2\tAudit files.\tManager\t01/06/2025\t31/10/2025\tGreen",
    ]
    path = tmp_path / "home.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert [str(a.end) for a in import_table(path).actions()] == ["2025-09", "2025-10"]
    lines = [
        "Rec no.\tHMICFRS deadline\tAction ref\tAction\tOwner\tTarget date\tRevised target date"
        "\tStatus",
        "1\t01/06/2023\t1.1\tCheck staff.\tHead of HR\t30/09/2023\t\tComplete",
        "\t\t1.2\tRe-check staff.\tHead of HR\t31/03/2024\t30/09/2024\tComplete",
        "2\t01/10/2023\t2.1\tPublicise the line.\tHead of Comms\tQuarterly\t\tOn track",
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    actions = list(import_table(path).actions())
    assert [str(a.end) if a.end else None for a in actions] == ["2023-09", "2024-09", None]
    assert actions[2].end_text == "Quarterly"


def test_a_pac_trackers_sro_and_target_implementation_date(tmp_path: Path) -> None:
    """A department's PAC tracker: 'SRO' is the one person column (the lead), and 'Target
    implementation date (Treasury Minute)' the end."""
    lines = [
        "Rec.\tPAC recommendation\tDepartment action\tSRO\tTarget implementation date (Treasury"
        " Minute)\tStatus",
        "1\tThe Department should publish a method.\tPublish a revised methodology for school"
        " condition funding.\tDirector, Capital\tDecember 2024\tImplemented",
        "2\tThe Department should report each year.\tPublish an annual update on RAAC cases and"
        " remediation.\tChief Analyst\tMarch 2026\tOn track",
    ]
    path = tmp_path / "pac.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    actions = list(import_table(path).actions())
    assert [a.lead for a in actions] == [("Director, Capital",), ("Chief Analyst",)]
    assert [str(a.end) for a in actions] == ["2024-12", "2026-03"]


def test_each_sheets_finding_column_is_read_as_its_recommendation(tmp_path: Path) -> None:
    """A hospital's 'Must do' and 'Should do' sheets, each with its own column of the CQC's
    words merged over runs of actions ('What the trust must do', 'What the trust should
    do'): both read as the recommendation (the second sheet's was kept aside)."""
    from openpyxl import Workbook

    book = Workbook()
    first = book.active
    assert first is not None
    for sheet, verb in ((first, "must"), (book.create_sheet(), "should")):
        sheet.title = f"{verb.title()} do"
        sheet.append(["Ref", "Core service", f"What the trust {verb} do", "Action",
                      "Action owner", "Due date", "BRAG"])  # fmt: skip
        for n, service in enumerate(("Urgent care", "Maternity"), start=1):
            for m in (1, 2):
                sheet.append([f"{verb[0].upper()}D{n}.{m}", service if m == 1 else "",
                              f"The trust {verb} ensure standard {n} is met." if m == 1 else "",
                              f"Do thing {n}.{m}.", "Matron", "31/03/2025", "G"])  # fmt: skip
            sheet.merge_cells(f"C{sheet.max_row - 1}:C{sheet.max_row}")
    book.save(tmp_path / "cqc.xlsx")
    plan = import_table(tmp_path / "cqc.xlsx")
    recs = [r.text for t in plan.themes for r in t.recommendations]
    assert "The trust should ensure standard 2 is met." in recs
    assert "The trust must ensure standard 1 is met." in recs


def test_a_sheet_caption_naming_the_kind_of_parts_that_name_themselves(tmp_path: Path) -> None:
    """A sheet captioned 'Areas for priority action' whose parts each say 'APA1 – Leaders
    should ...', another 'Areas for improvement' over 'AFI 1 – ...': each caption says what
    kind the parts are, no level above them (kept in the notes)."""
    from openpyxl import Workbook

    book = Workbook()
    first = book.active
    assert first is not None
    second = book.create_sheet()
    for sheet, caption, label in ((first, "Areas for priority action", "APA"),
                                  (second, "Areas for improvement", "AFI ")):  # fmt: skip
        sheet.title = caption[10:].title()
        sheet.append([caption])
        sheet.append(["Ref", "Action", "Lead", "Target date", "RAG"])
        for n in (1, 2):
            sheet.append([f"{label}{n} – Leaders should improve thing number {n} for families."])
            sheet.merge_cells(f"A{sheet.max_row}:E{sheet.max_row}")
            for m in (1, 2):
                sheet.append([f"{label[0]}{n}.{m}", f"Do {n}.{m}.", "Head of SEND", "Mar-26", "G"])
    book.save(tmp_path / "send.xlsx")
    plan = import_table(tmp_path / "send.xlsx")
    headings = [t.title for t in plan.themes] + [
        r.text for t in plan.themes for r in t.recommendations
    ]
    assert "Areas for improvement" not in headings
    assert "Areas for priority action" not in headings
    assert "AFI 1 – Leaders should improve thing number 1 for families." in headings
    assert "APA1 – Leaders should improve thing number 1 for families." in headings
    assert "Areas for improvement" in plan.notes


def test_a_committee_papers_report_on_line_names_the_plan(tmp_path: Path) -> None:
    """A committee paper's header lines ('REPORT TO:', 'REPORT ON:', 'REPORT BY:') and its
    numbered sections ('1 PURPOSE OF REPORT'): the title is what the paper reports on."""
    from docx import Document

    document = Document()
    for line in ("DUNDEE CITY COUNCIL", "REPORT TO: SCRUTINY COMMITTEE – 25 FEBRUARY 2026",
                 "REPORT ON: 2024/25 ANNUAL AUDIT REPORT – ACTION PLAN PROGRESS",
                 "REPORT BY: EXECUTIVE DIRECTOR OF CORPORATE SERVICES", "REPORT NO: 61-2026",
                 "1\tPURPOSE OF REPORT", "1.1\tTo advise members of progress."):  # fmt: skip
        document.add_paragraph().add_run(line).bold = not line.startswith("1.1")
    rows = [["No.", "Recommendation", "Agreed action", "Responsible officer", "Date", "Status"]]
    rows += [[str(n), f"Rec {n}.", f"Action {n}.", "CFO", "March 2026", "On track"] for n in (1, 2)]
    table = document.add_table(rows=len(rows), cols=6)
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    document.save(str(tmp_path / "paper.docx"))
    plan = import_table(tmp_path / "paper.docx")
    assert plan.title == "2024/25 ANNUAL AUDIT REPORT – ACTION PLAN PROGRESS"


def test_a_part_heading_never_takes_the_documents_title(tmp_path: Path) -> None:
    """A Title-styled line, then 'Part 1: Local report recommendations' as a heading over
    the first table: the title stays; the part is the plan's first part."""
    from docx import Document

    document = Document()
    document.add_heading("Financial Sustainability Review – Organisational Response", level=0)
    for part in ("Part 1: Local report recommendations", "Part 2: National recommendations"):
        document.add_heading(part, level=1)
        rows = [["Ref", "Action", "Lead", "Date", "Status"]]
        rows += [[f"R{n}", f"Action {n} of {part[:6]}.", "CFO", "March 2026", "On track"]
                 for n in (1, 2)]  # fmt: skip
        table = document.add_table(rows=3, cols=5)
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                table.cell(r, c).text = text
    document.save(str(tmp_path / "response.docx"))
    plan = import_table(tmp_path / "response.docx")
    assert plan.title == "Financial Sustainability Review – Organisational Response"
    assert [t.title for t in plan.themes] == [
        "Part 1: Local report recommendations",
        "Part 2: National recommendations",
    ]


def test_an_issue_cells_numbered_title_is_its_ref_and_heading(tmp_path: Path) -> None:
    """'1. Medium-term financial plan' over what was found, in the 'Issue/risk' cell of a
    table with no ref column: the number is the ref, the title line the heading over the
    recommendation; the whole cell is kept."""
    rows = [["Issue/risk", "Recommendation", "Agreed management action/timing", "Status"]]
    for n, name in ((1, "Medium-term financial plan"), (2, "Capital programme slippage")):
        rows.append([f"{n}. {name}\nWhat was found about it.", f"The council should fix {n}.",
                     f"Fix {n} will be done.\nResponsible officer: CFO\nAgreed date: 31 March"
                     " 2026", "On track"])  # fmt: skip
    plan = import_table(_docx(tmp_path / "aar.docx", [rows]))
    actions = list(plan.actions())
    assert [a.ref for a in actions] == ["1", "2"]
    assert [t.title for t in plan.themes] == [
        "1. Medium-term financial plan",
        "2. Capital programme slippage",
    ]
    assert (
        actions[0].extra["Issue/risk"] == "1. Medium-term financial plan\nWhat was found about it."
    )


def test_a_next_review_line_under_the_table_is_no_action(tmp_path: Path) -> None:
    """'Next review: Corporate Parenting Panel, January 2026' under the table, in the
    column of the priorities: said of the plan (it was read as an action and refused)."""
    lines = [
        "Corporate Parenting Panel Action Plan 2024-2026",
        "",
        "Priority\tNo.\tWhat we will do\tWho\tWhen\tRAG",
        "Priority 1: A stable and loving home",
        "\t1.1\tRecruit 20 foster carers.\tHead of Corporate Parenting\tMarch 2026\tA",
        "\t1.2\tReview placements.\tService Manager\tDec 2025\tG",
        "Priority 2: Good health",
        "\t2.1\tComplete health assessments on time.\tDesignated Nurse\tMarch 2026\tG",
        "",
        "Next review: Corporate Parenting Panel, January 2026",
    ]
    path = tmp_path / "cpp.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    plan = import_table(path)
    assert [a.ref for a in plan.actions()] == ["1.1", "1.2", "2.1"]
    assert "Next review: Corporate Parenting Panel, January 2026" in plan.notes


def test_action_taken_or_to_be_taken_is_the_action(tmp_path: Path) -> None:
    """A GP practice's 'What CQC told us | Action taken / to be taken | Who | By when |
    Status': the second column is the action (it was read as progress, the finding as the
    action)."""
    lines = [
        "What CQC told us\tAction taken / to be taken\tWho\tBy when\tStatus",
        "Ensure monitoring is done.\tRun monthly searches.\tPharmacist\t30/06/2024\tCompleted",
        "Ensure monitoring is done.\tRetrain prescribers.\tPractice Manager\t31/07/2024\tOn track",
    ]
    path = tmp_path / "gp.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert [a.action for a in import_table(path).actions()] == [
        "Run monthly searches.",
        "Retrain prescribers.",
    ]


def test_a_titles_underline_rules_no_priority(tmp_path: Path) -> None:
    """A text plan whose title is underlined with '=' and whose notices sit between '-'
    rules, each notice's line over its sentence: the notices are the outer level (the
    title's underline made them read as the inner one, and they were set aside)."""
    rule = "-" * 60
    lines = ["Bridport Medical Centre - CQC Inspection Action Plan", "=" * 52, ""]
    for n in (1, 2):
        lines += [rule, f"REQUIREMENT NOTICE {n} - Regulation 1{n}: Safe care", f"The provider"
                  f" must do thing {n}.", rule, ""]  # fmt: skip
        for m in (1, 2):
            lines += [f"{n}.{m}  Action:  Do thing {n}.{m}.", "     Lead:    Practice Manager",
                      "     Due:     31/01/2025", "     Status:  Complete", ""]  # fmt: skip
    path = tmp_path / "gp.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    plan = import_table(path)
    assert [t.title for t in plan.themes] == [
        "REQUIREMENT NOTICE 1 - Regulation 11: Safe care",
        "REQUIREMENT NOTICE 2 - Regulation 12: Safe care",
    ]
    assert [r.text for t in plan.themes for r in t.recommendations] == [
        "The provider must do thing 1.",
        "The provider must do thing 2.",
    ]


def test_a_board_logs_caption_of_open_and_closing_actions(tmp_path: Path) -> None:
    """A board action log under 'Open actions and actions proposed for closure': the line
    says what the table holds, no part of the plan (it was read as the one theme)."""
    lines = [
        "Board of Directors (Public) Action Log,,,,,",
        "Open actions and actions proposed for closure,,,,,",
        ",,,,,",
        "Action No.,Agenda Item,Action,Lead,Due Date,RAG",
        "BoD/25/014,Integrated Performance Report,Provide a deep-dive.,COO,May-25,B",
        "BoD/25/017,Freedom to Speak Up Report,Benchmark concerns.,Chief People Officer,Jul-25,G",
        "BoD/25/022,Maternity Report,Report on continuity of carer.,Chief Nurse,Sep-25,A",
        "BoD/25/035,Green Plan Report,Publish the green plan.,Director of Estates,Nov-25,G",
    ]
    path = tmp_path / "log.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    plan = import_table(path)
    assert [t.title for t in plan.themes] == [""]
    assert "Open actions and actions proposed for closure" in plan.notes


def test_the_covers_title_over_a_sheets_caption_of_its_actions(tmp_path: Path) -> None:
    """A cover's 'Corporate Risk Register – Quarter 3 2025/26' and the register sheet's
    'Corporate Risk Register – Q3 2025/26: further mitigating actions': the cover's names the
    document ('Q3' is 'Quarter 3'), the sheet's says what it holds."""
    from openpyxl import Workbook

    book = Workbook()
    cover = book.active
    assert cover is not None
    cover.title = "Cover"
    cover.append(["Great Yarmouth Borough Council"])
    cover.append(["Corporate Risk Register – Quarter 3 2025/26"])
    sheet = book.create_sheet("CRR Q3")
    sheet.append(["Corporate Risk Register – Q3 2025/26: further mitigating actions"])
    sheet.append(["Risk", "Action ref", "Further mitigating action", "Action owner",
                  "Due date", "Status"])  # fmt: skip
    for n in (1, 2):
        for m in (1, 2):
            sheet.append([f"CR0{n} Risk {n}" if m == 1 else "", f"CR0{n}.{m}",
                          f"Mitigate {n}.{m}.", "Head of Finance", "31/03/2026", "G"])  # fmt: skip
    book.save(tmp_path / "crr.xlsx")
    plan = import_table(tmp_path / "crr.xlsx")
    assert plan.title == "Corporate Risk Register – Quarter 3 2025/26"


@pytest.mark.parametrize(
    ("cell", "officers"),
    [
        # two fields before one manager: one post
        ("Financial Assessment & Benefits Manager", ("Financial Assessment & Benefits Manager",)),
        ("ESOL and Access Curriculum Manager", ("ESOL and Access Curriculum Manager",)),
        ("ESOL Lead and Head of Maths", ("ESOL Lead", "Head of Maths")),
    ],
)
def test_lead_cells(cell: str, officers: tuple[str, ...]) -> None:
    from ofsted_plan.importing.people import split_people

    assert split_people(cell).officers == officers


def test_bare_previous_and_current_rag_columns(tmp_path: Path) -> None:
    """A highlight report's 'Previous' | 'Current' columns of RAG words and no column named
    as the status: the current one is the status (it was refused as asking which)."""
    lines = [
        "Ref\tMilestone\tLead\tForecast date\tPrevious\tCurrent",
        "ASC-01\tLaunch reablement.\tReablement Manager\tApr-25\tGreen\tBlue",
        "ASC-02\tRe-procure home care.\tCommissioning Manager\tJan-26\tAmber\tAmber",
        "ASC-03\tOpen the hub.\tHead of Service\tMar-26\tGreen\tRed",
    ]
    path = tmp_path / "highlight.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert [a.status.value for a in import_table(path).actions()] == ["blue", "amber", "red"]


@pytest.mark.parametrize(
    ("cell", "month"),
    [("End of Michaelmas term 2024", "2024-12"), ("Trinity term 2025", "2025-07")],
)
def test_an_independent_schools_terms(cell: str, month: str) -> None:
    from ofsted_plan.importing.ends import read_end

    found = read_end(cell)
    assert found is not None and str(found.month) == month


def test_an_open_sheet_and_a_closed_sheet_named_by_its_month(tmp_path: Path) -> None:
    """A board log's 'Open actions' sheet and its 'Closed Sep-25' sheet: one log kept on two
    sheets by where its actions stand, no parts; the open sheet's first line is the title."""
    from openpyxl import Workbook

    book = Workbook()
    open_sheet = book.active
    assert open_sheet is not None
    open_sheet.title = "Open actions"
    open_sheet.append(["Moorfields Eye Hospital – Board of Directors (Public) Action Log"])
    open_sheet.append(["Action no.", "Action", "Lead", "Due date", "RAG"])
    open_sheet.append(["2025/014", "Report on waiting lists.", "COO", "Dec-25", "Green"])
    open_sheet.append(["2025/017", "Review the estates plan.", "CFO", "Jan-26", "Amber"])
    closed = book.create_sheet("Closed Sep-25")
    closed.append(["Action no.", "Action", "Lead", "Due date", "Status"])
    closed.append(["2025/009", "Circulate the green plan.", "Director of Estates", "Mar-25",
                   "Completed"])  # fmt: skip
    book.save(tmp_path / "log.xlsx")
    plan = import_table(tmp_path / "log.xlsx")
    assert plan.title == "Moorfields Eye Hospital – Board of Directors (Public) Action Log"
    assert [t.title for t in plan.themes] == [""]
    assert [a.ref for a in plan.actions()] == ["2025/014", "2025/017", "2025/009"]


def test_a_numbered_priority_heading_under_a_bold_line_naming_the_plan(tmp_path: Path) -> None:
    """A bold first line naming the plan, then 'Priority 1: ...' as Heading 1 over each
    table: the bold line is the title, the headings the plan's parts (the first heading
    was taken as the title)."""
    from docx import Document

    document = Document()
    document.add_paragraph().add_run("Families First – Early Help Strategy Action Plan").bold = True
    for n in (1, 2):
        document.add_heading(f"Priority {n}: Early help theme {n}", level=1)
        table = document.add_table(rows=2, cols=4)
        for c, text in enumerate(("Action", "Lead", "When", "RAG")):
            table.cell(0, c).text = text
        for c, text in enumerate((f"Do thing {n}.", "Head of Early Help", "Mar-26", "Green")):
            table.cell(1, c).text = text
    document.save(str(tmp_path / "eh.docx"))
    plan = import_table(tmp_path / "eh.docx")
    assert plan.title == "Families First – Early Help Strategy Action Plan"
    assert [t.title for t in plan.themes] == [
        "Priority 1: Early help theme 1",
        "Priority 2: Early help theme 2",
    ]


def test_each_sheets_heading_over_the_inspectors_words(tmp_path: Path) -> None:
    """A sheet per priority: 'Priority action 1 – Timeliness ...' over the inspectors'
    'Leaders across the partnership should ...', then the table: both name the part, the
    heading over the words (the words were dropped)."""
    from openpyxl import Workbook

    book = Workbook()
    first = book.active
    assert first is not None
    for n, sheet in ((1, first), (2, book.create_sheet())):
        sheet.title = f"PA{n}"
        sheet.append(["Nottingham City – SEND Priority Action Plan"])
        sheet.append([f"Priority action {n} – Topic {n}"])
        sheet.append([f"Leaders across the partnership should urgently improve thing {n} so"
                      " that needs are met."])  # fmt: skip
        sheet.append(["Ref", "What we will do", "Lead(s)", "By when", "RAG"])
        sheet.append([f"PA{n}.1", f"Do thing {n}.", "Head of SEND", "31/03/2025", "Green"])
    book.save(tmp_path / "send.xlsx")
    plan = import_table(tmp_path / "send.xlsx")
    assert [t.title for t in plan.themes] == ["Priority action 1 – Topic 1",
                                              "Priority action 2 – Topic 2"]  # fmt: skip
    assert plan.themes[0].recommendations[0].text.startswith("Leaders across the partnership")


def test_one_sheets_empty_finding_column_beside_anothers_filled_one(tmp_path: Path) -> None:
    """A custody plan's 'Causes of concern' sheet, its 'Cause of concern / recommendation'
    column empty under bands naming each, beside an 'Areas for improvement' sheet whose
    column is filled on every row: the first sheet's bands name its parts (its actions were
    refused as under no recommendation)."""
    from openpyxl import Workbook

    book = Workbook()
    first = book.active
    assert first is not None
    first.title = "Causes of concern"
    first.append(["Ref", "Cause of concern / recommendation", "Action", "Action owner",
                  "Target date", "Status"])  # fmt: skip
    for n in (1, 2):
        first.append([f"Cause of concern {n}: Governance of thing {n}"])
        first.merge_cells(f"A{first.max_row}:F{first.max_row}")
        first.append([f"Recommendation {n}: The force should strengthen thing {n}."])
        first.merge_cells(f"A{first.max_row}:F{first.max_row}")
        first.append([f"R{n}.1", "", f"Do {n}.", "Chief Inspector", "Jan-25", "Green"])
    second = book.create_sheet("Areas for improvement")
    second.append(["Ref", "Area for improvement", "Action", "Action owner", "Target date",
                   "Status"])  # fmt: skip
    for n in (1, 2):
        second.append([f"AFI {n}", f"The force should improve area {n}.", f"Act {n}.",
                       "Custody Lead", "Mar-25", "Green"])  # fmt: skip
    book.save(tmp_path / "custody.xlsx")
    plan = import_table(tmp_path / "custody.xlsx")
    assert [a.ref for a in plan.actions()] == ["R1.1", "R2.1", "AFI 1", "AFI 2"]


def test_a_papers_cover_table_is_no_action(tmp_path: Path) -> None:
    """A committee paper's cover as a table of labels ('Meeting', 'Date', 'Agenda item',
    'Title', 'Author', 'Purpose'): not an action written as labelled rows (it made the plan
    look like two tables with different columns, and was refused)."""
    cover = [["Meeting", "Quality Committee"], ["Date", "9 December 2025"],
             ["Agenda item", "7.2"], ["Title", "CQC Must Do Action Plan: progress report"],
             ["Executive lead", "Chief Nursing Officer"], ["Author", "Head of Compliance"],
             ["Purpose", "Assurance"]]  # fmt: skip
    plan_rows = [["No.", "Action", "Lead", "Due date", "Status"]]
    plan_rows += [[f"MD1.{n}", f"Do {n}.", "Chief Pharmacist", "31 August 2025", "Completed"]
                  for n in (1, 2)]  # fmt: skip
    plan = import_table(_docx(tmp_path / "paper.docx", [cover, plan_rows]))
    assert [a.ref for a in plan.actions()] == ["MD1.1", "MD1.2"]


def test_the_meeting_a_paper_goes_to_is_not_its_title(tmp_path: Path) -> None:
    """'Audit and Member Standards Committee – 12 March 2026' over 'Appendix B – Internal
    audit recommendations: implementation status': the first is the meeting, the second
    names what the table is."""
    lines = [
        "Lichfield District Council",
        "Audit and Member Standards Committee – 12 March 2026",
        "Appendix B – Internal audit recommendations: implementation status",
        "Extracted from the audit management system 23/02/2026",
        "",
        "Audit\tRecommendation\tAgreed action\tOfficer\tDue date\tRAG",
        "Payroll\tReconcile leavers.\tMonthly reconciliation.\tPayroll Manager\tMar-26\tG",
        "Debtors\tChase debts.\tWeekly chasing.\tIncome Manager\tApr-26\tA",
    ]
    path = tmp_path / "audit.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert import_table(path).title == (
        "Appendix B – Internal audit recommendations: implementation status"
    )


def test_cqc_headings_of_requirements_and_should_dos(tmp_path: Path) -> None:
    """'Requirement Notice 1 – ...' over 'The provider must ...', then 'Areas where the
    practice should make improvements' over 'The practice should ...' lines: the notices and
    the areas heading are one level, what each says the next (it was refused as two headings
    that look the same)."""
    lines = ["Castlefields Health Centre – CQC Action Plan", "Key: C = completed\tG = on track", ""]
    for n in (1, 2):
        lines += [f"Requirement Notice {n} – Regulation 1{n}: Safe care",
                  f"The provider must ensure thing {n} is done safely for all service users.",
                  "Ref\tAction\tLead\tTarget date\tStatus",
                  f"{n}.1\tDo {n}.1.\tPractice Manager\t30/04/2025\tComplete", ""]  # fmt: skip
    lines += ["Areas where the practice should make improvements",
              "The practice should continue to improve the uptake of screening.",
              "Ref\tAction\tLead\tTarget date\tStatus",
              "3.1\tSend reminders.\tLead Nurse\tSep-25\tG",
              "The practice should improve telephone access.",
              "Ref\tAction\tLead\tTarget date\tStatus",
              "3.2\tInstall a new phone system.\tPractice Manager\tOct-25\tG"]  # fmt: skip
    path = tmp_path / "gp.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    plan = import_table(path)
    assert [t.title for t in plan.themes] == [
        "Requirement Notice 1 – Regulation 11: Safe care",
        "Requirement Notice 2 – Regulation 12: Safe care",
        "Areas where the practice should make improvements",
    ]
    assert [r.text for r in plan.themes[2].recommendations] == [
        "The practice should continue to improve the uptake of screening.",
        "The practice should improve telephone access.",
    ]
