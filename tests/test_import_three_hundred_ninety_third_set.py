"""Issue 18, what the three-hundred-and-ninety-third blind sets on showed (heldout393 on)."""

from __future__ import annotations

import csv
from pathlib import Path

from ofsted_plan.importing.importer import import_table


def _text(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    return path


def _xlsx(
    path: Path, sheets: dict[str, list[list[object]]], merges: list[str] | None = None
) -> Path:
    """A workbook of the given sheets, in order; `merges` ('Plan!A3:F3') merged as bands."""
    from openpyxl import Workbook

    book = Workbook()
    for sheet in list(book.worksheets):
        book.remove(sheet)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    for where in merges or []:
        name, cells = where.split("!")
        book[name].merge_cells(cells)
    book.save(str(path))
    return path


def _word(
    path: Path, title: str, rows: list[list[str]], merges: list[tuple[int, int, int]]
) -> Path:
    """A title paragraph over one table; `merges` (row, first column, last column) merged
    across, the first cell's text kept."""
    from docx import Document

    document = Document()
    document.add_paragraph(title, style="Title")
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    for row, first, last in merges:
        text = table.cell(row, first).text
        merged = table.cell(row, first).merge(table.cell(row, last))
        merged.text = text
    document.save(str(path))
    return path


def test_two_posts_joined_by_and_are_two_officers(tmp_path: Path) -> None:
    """'Independent Scrutineer and Warwickshire Safeguarding Business Manager', 'DHT
    (Personal Development) and Chaplain', 'Designated Safeguarding Person and Chair of
    Trustees': two posts each (they were read as one); 'Head of Fostering and Adoption' is
    still one post over two fields."""
    leads = [
        "Independent Scrutineer and Warwickshire Safeguarding Business Manager",
        "DHT (Personal Development) and Chaplain",
        "Designated Safeguarding Person and Chair of Trustees",
        "Property Services Surveyor and Registered Manager",
        "Head of Fostering and Adoption",
    ]
    rows = [["Ref", "Action", "Lead", "Due", "RAG"]]
    rows += [[f"1.{n}", f"Deliver action {n} for children.", lead, "Mar-26", "G"]
             for n, lead in enumerate(leads, 1)]  # fmt: skip
    plan = import_table(_csv(tmp_path / "plan.csv", rows))
    assert [list(a.lead) for a in plan.actions()] == [
        ["Independent Scrutineer", "Warwickshire Safeguarding Business Manager"],
        ["DHT (Personal Development)", "Chaplain"],
        ["Designated Safeguarding Person", "Chair of Trustees"],
        ["Property Services Surveyor", "Registered Manager"],
        ["Head of Fostering and Adoption"],
    ]


def test_a_labelled_due_date_is_read_as_its_month(tmp_path: Path) -> None:
    """'Due date: 30/04/2025' in the end column: April 2025 (it was refused as a month among
    other words)."""
    rows = [["Ref", "Action", "Lead", "By when", "RAG"],
            ["1", "Review every child's risk assessment.", "Registered Manager",
             "Due date: 30/04/2025", "G"]]  # fmt: skip
    plan = import_table(_csv(tmp_path / "plan.csv", rows))
    assert [str(a.end) for a in plan.actions()] == ["2025-04"]


def test_a_requirement_merged_across_with_its_due_date_is_the_part(tmp_path: Path) -> None:
    """A children's home plan: each requirement merged across the ref, action and lead
    columns, 'Due date: 30/04/2025' merged across the rest: the requirement the actions
    under it answer, each action with its own date (it was refused at the requirement's
    date)."""
    header = ["No.", "Action to be taken", "By whom", "By when", "Status"]
    rows = [header]
    merges = []
    for n, month in ((1, "30/04/2025"), (2, "31/05/2025")):
        text = f"{n}. The registered person must ensure requirement {n} is met. (Regulation 1{n})"
        merges += [(len(rows), 0, 2), (len(rows), 3, 4)]
        rows.append([text, text, text, f"Due date: {month}", f"Due date: {month}"])
        rows += [[f"{n}.{a}", f"Put requirement {n} right, step {a}.", "Registered Manager",
                  month, "On track"] for a in (1, 2)]  # fmt: skip
    plan = import_table(_word(tmp_path / "home.docx", "Home Action Plan", rows, merges))
    assert [t.title[:43] for t in plan.themes] == [
        "1. The registered person must ensure requir",
        "2. The registered person must ensure requir",
    ]
    assert [(a.ref, str(a.end)) for a in plan.actions()] == [
        ("1.1", "2025-04"),
        ("1.2", "2025-04"),
        ("2.1", "2025-05"),
        ("2.2", "2025-05"),
    ]


def test_a_recommendation_band_over_actions_with_no_finding_of_their_own(tmp_path: Path) -> None:
    """A custody plan: 'Recommendation 1 (cause of concern): ...' merged across over
    actions whose Finding cells are empty, among areas for improvement written with their
    finding on the action's row: the band is the recommendation its actions answer (the
    first action was refused as having no recommendation above it)."""
    header: list[object] = ["Ref", "Finding", "Action", "Action owner", "Target date", "RAG"]
    rows: list[list[object]] = [["Custody Inspection – Action Plan"], [], header]
    rows += [
        ["1. Leadership and partnerships"],
        ["Recommendation 1 (cause of concern): The force should record all use of force."],
        ["1.1", None, "Introduce a use of force form.", "Custody Inspector", "Jun-25", "G"],
        ["1.2", None, "Report use of force each quarter.", "Performance Analyst", "Sep-25", "A"],
        ["AFI 1", "The force should make transfers of children effective.",
         "Agree a protocol with the councils.", "Superintendent", "Dec-25", "A"],
        ["2. In the custody suite"],
        ["Recommendation 2 (cause of concern): The force should explain detainees' rights."],
        ["2.1", None, "Refresh sergeants' training on rights.", "Training Manager", "Sep-25", "G"],
    ]  # fmt: skip
    merges = [f"Plan!A{n}:F{n}" for n in (1, 4, 5, 9, 10)]
    plan = import_table(_xlsx(tmp_path / "custody.xlsx", {"Plan": rows}, merges))
    found = [
        (a.ref, r.text[:30]) for t in plan.themes for r in t.recommendations for a in r.actions
    ]
    assert found == [
        ("1.1", "Recommendation 1 (cause of con"),
        ("1.2", "Recommendation 1 (cause of con"),
        ("AFI 1", "The force should make transfer"),
        ("2.1", "Recommendation 2 (cause of con"),
    ]
    assert [t.title for t in plan.themes] == [
        "1. Leadership and partnerships",
        "2. In the custody suite",
    ]


def test_of_two_rag_columns_by_term_the_later_term_is_the_status(tmp_path: Path) -> None:
    """'RAG Autumn 2024' | 'RAG Spring 2025': the spring term's is the status now (the plan
    was refused as having no status read)."""
    rows = [["Ref", "Action", "Lead", "Timescale", "RAG Autumn 2024", "RAG Spring 2025"],
            ["1.1", "Monitor attendance daily.", "VS Attendance Officer", "July 2025",
             "Amber", "Green"],
            ["1.2", "Attend every suspension review.", "Deputy Head", "Termly", "",
             "Red"]]  # fmt: skip
    plan = import_table(_csv(tmp_path / "vs.csv", rows))
    assert [a.status.value for a in plan.actions()] == ["green", "red"]


def test_a_revised_date_in_the_progress_is_the_end(tmp_path: Path) -> None:
    """'Amber – revised date June 2025. Review deferred ...' in the progress, beside an
    agreed date of March 2025: the end is June 2025, the agreed date kept as 'End as first
    set' (the revised date was left in the words)."""
    rows = [["No.", "Agreed action", "Responsible officer", "Agreed date", "Progress"],
            ["1", "Review the reserves strategy.", "Chief Finance Officer", "March 2025",
             "Amber – revised date June 2025. Review deferred until the outturn is known."],
            ["2", "Refresh the financial outlook.", "Chief Finance Officer", "March 2025",
             "Complete – approved by the board in January 2025."]]  # fmt: skip
    plan = import_table(_csv(tmp_path / "audit.csv", rows))
    actions = list(plan.actions())
    assert [str(a.end) for a in actions] == ["2025-06", "2025-03"]
    assert actions[0].extra.get("End as first set") == "March 2025"
    assert [a.status.value for a in actions] == ["amber", "blue"]


def test_a_should_do_band_in_a_text_plan_closes_the_requirement_notice(tmp_path: Path) -> None:
    """'SHOULD DO (areas for improvement)' after the requirement notices, over two should-do
    sentences each over its action: the should-dos are under the band, not under the last
    requirement notice (the band was set aside as a label of one part)."""
    header = "Ref\tAction\tLead\tTimescale\tStatus"
    lines = ["Surgery – CQC Inspection Action Plan", ""]
    for n in (1, 2):
        lines += [f"REQUIREMENT NOTICE {n}: Regulation 1{n} - Good governance",
                  f"The provider must put requirement {n} right.", header,
                  f"{n}a\tDo the first thing for requirement {n}.\tPractice Manager\t"
                  "31/07/2024\tComplete", ""]  # fmt: skip
    lines += ["SHOULD DO (areas for improvement)",
              "The provider should improve cervical screening uptake.", header,
              "S1\tRun a Saturday screening clinic.\tPractice Nurse\tMonthly\tOn track",
              "The provider should improve telephone access.",
              "S2\tMove to a cloud telephone system.\tPractice Manager\tQ3 2024/25\t"
              "Not started"]  # fmt: skip
    plan = import_table(_text(tmp_path / "gp.txt", lines))
    found = {a.ref: t.title for t in plan.themes for r in t.recommendations for a in r.actions}
    assert found["S1"] == found["S2"] == "SHOULD DO (areas for improvement)"
    assert found["2a"] == "REQUIREMENT NOTICE 2: Regulation 12 - Good governance"


def test_a_target_with_its_revision_in_brackets_ends_in_the_revised_month(tmp_path: Path) -> None:
    """'By 31 March 2025 (revised to 30 June 2025)': June 2025 (it was refused as a month
    among other words)."""
    rows = [["Ref", "Action", "Lead", "Timescale", "RAG"],
            ["1", "Recruit two more fostering social workers.", "Team Manager",
             "By 31 March 2025 (revised to 30 June 2025)", "Amber"]]  # fmt: skip
    plan = import_table(_csv(tmp_path / "plan.csv", rows))
    assert [str(a.end) for a in plan.actions()] == ["2025-06"]


def test_a_key_of_letters_set_apart_by_spaces_in_a_text_report(tmp_path: Path) -> None:
    """A highlight report's 'RAG key' over '  C  Complete' lines, and milestones rated 'C
    (last report G)': complete, by the report's own key (it was refused as an unknown
    status)."""
    lines = ["Borough Council – Transformation Programme Highlight Report", "", "RAG key",
             "  G  On track – no issues", "  A  At risk – issues being managed",
             "  R  Off track – needs a decision", "  C  Complete", "",
             "Workstream 1 – Customer Access", ""]  # fmt: skip
    for n, rag in ((1, "C (last report G)"), (2, "A (last report G)")):
        lines += [f"1.{n}  Deliver milestone {n} for residents.",
                  "     Owner:    Customer Service Manager", "     Due:      Dec 2025",
                  f"     RAG:      {rag}", ""]  # fmt: skip
    plan = import_table(_text(tmp_path / "report.txt", lines))
    assert [a.status.value for a in plan.actions()] == ["blue", "amber"]


def test_the_sheets_line_naming_the_plan_is_its_title(tmp_path: Path) -> None:
    """Two sheets, the first headed 'Cumberland CSP – Domestic Homicide Review ‘Moira’ –
    Action Plan' over 'Overview report published ... – position at 8 October 2025.': the
    first names the plan (the second was taken for the title)."""
    header: list[object] = [
        "Recommendation", "Action no.", "Action to take", "Lead agency", "Target date", "RAG"
    ]  # fmt: skip
    first: list[list[object]] = [
        ["Cumberland CSP – Domestic Homicide Review ‘Moira’ – Action Plan"],
        ["Overview report published 14 April 2025. Action plan monitored by the CSP DHR "
         "Oversight Group – position at 8 October 2025."],
        [], header,
        ["1. The CSP should seek assurance on routine enquiry.", "1a",
         "Include older people in the training programme.", "Cumberland CSP", "Sep-25", "B"],
    ]  # fmt: skip
    second: list[list[object]] = [
        ["Single agency recommendations (from Individual Management Reviews)"], [], header,
        ["P1. Ensure DASH risk assessments ask about carers.", "P1.1",
         "Refresh the DASH aide-memoire.", "Cumbria Constabulary", "Aug-25", "B"],
    ]  # fmt: skip
    path = _xlsx(tmp_path / "dhr.xlsx", {"Overview recs": first, "Single agency recs": second})
    plan = import_table(path)
    assert plan.title == "Cumberland CSP – Domestic Homicide Review ‘Moira’ – Action Plan"


def test_a_summary_sheet_naming_whose_follow_up_it_is_gives_the_title(tmp_path: Path) -> None:
    """A summary sheet headed 'Yorkshire Dales National Park Authority – Internal Audit
    Follow-up of Agreed Actions' before the tracker headed 'Internal audit agreed actions
    tracker': the first names whose it is (the tracker's own line was taken)."""
    summary: list[list[object]] = [
        ["Yorkshire Dales National Park Authority – Internal Audit Follow-up of Agreed Actions"],
        ["Audit and Review Committee, 9 December 2025"], [],
        ["Priority", "Total agreed", "Implemented", "In progress", "Overdue"],
        ["1 – High", 2, 0, 1, 1],
    ]  # fmt: skip
    tracker: list[list[object]] = [
        ["Internal audit agreed actions tracker"], [],
        ["Ref", "Agreed action", "Responsible officer", "Target date", "Status"],
        ["1", "Record declarations of interest at each grant panel.", "Fund Officer",
         "Dec-24", "Complete"],
    ]  # fmt: skip
    plan = import_table(_xlsx(tmp_path / "audit.xlsx", {"Summary": summary, "Actions": tracker}))
    assert plan.title == (
        "Yorkshire Dales National Park Authority – Internal Audit Follow-up of Agreed Actions"
    )


def test_initials_then_a_post_and_a_councils_service_of_two_fields(tmp_path: Path) -> None:
    """'JM, Attendance Officer' is two leads (a person's own post goes in brackets); 'Conwy
    CBC Environment, Roads and Facilities; Denbighshire CC Highways and Environmental
    Services' is two services, the second not split at its 'and'."""
    rows = [["Ref", "Action", "Lead", "Due", "RAG"],
            ["1", "Run attendance clinics each week.", "JM, Attendance Officer", "Mar-26", "G"],
            ["2", "Clear fly-tipping hotspots within two days.",
             "Conwy CBC Environment, Roads and Facilities; Denbighshire CC Highways and "
             "Environmental Services", "Mar-26", "G"]]  # fmt: skip
    plan = import_table(_csv(tmp_path / "plan.csv", rows))
    assert [list(a.lead) for a in plan.actions()] == [
        ["JM", "Attendance Officer"],
        ["Conwy CBC Environment, Roads and Facilities",
         "Denbighshire CC Highways and Environmental Services"],
    ]  # fmt: skip


def test_a_table_of_labels_per_recommendation_is_one_action(tmp_path: Path) -> None:
    """An auditor's recommendations, each a two-column table: 'Recommendation KR1 | The
    Council should ...', 'Agreed action | ...', 'Original target date | ...', 'Revised target
    date | ...': one action each, its ref KR1 and the recommendation its part (the revised
    date was taken for the start of another action, each table read as two)."""
    from docx import Document

    document = Document()
    document.add_paragraph("Auditor's Annual Report – Recommendations Action Plan", style="Title")
    document.add_paragraph("Financial sustainability", style="Heading 1")
    for ref, revised in (("KR1", "30 September 2025"), ("IR1", "N/A")):
        rows = [
            (f"Recommendation {ref}", f"The Council should act on finding {ref}."),
            ("Agreed action", f"Deliver the agreed action for {ref}."),
            ("Responsible officer", "Service Director for Finance"),
            ("Original target date", "31 March 2025"),
            ("Revised target date", revised),
            ("Status", "On track"),
        ]
        table = document.add_table(rows=len(rows), cols=2)
        for r, (label, value) in enumerate(rows):
            table.cell(r, 0).text = label
            table.cell(r, 1).text = value
    document.save(str(tmp_path / "vfm.docx"))
    plan = import_table(tmp_path / "vfm.docx")
    found = [(a.ref, r.text, str(a.end), a.status.value)
             for t in plan.themes for r in t.recommendations for a in r.actions]  # fmt: skip
    assert found == [
        ("KR1", "The Council should act on finding KR1.", "2025-09", "green"),
        ("IR1", "The Council should act on finding IR1.", "2025-03", "green"),
    ]


def test_posts_and_bodies_with_and_in_their_names(tmp_path: Path) -> None:
    """'Director of Midwifery and Clinical Director for Women's Health' two posts (the second
    a post 'for' its field); 'Leicestershire Police and Hinckley and Bosworth Borough Council'
    two bodies, the second with 'and' in its name; 'ALNCo & Family Engagement Officer' two;
    'CE and Missing Team Manager' one manager (all were read the other way)."""
    leads = [
        "Director of Midwifery and Clinical Director for Women’s Health",
        "Leicestershire Police and Hinckley and Bosworth Borough Council",
        "ALNCo & Family Engagement Officer",
        "Registered Manager / CE and Missing Team Manager",
    ]
    rows = [["Ref", "Action", "Lead", "Due", "RAG"]]
    rows += [[f"1.{n}", f"Deliver action {n} for families.", lead, "Mar-26", "G"]
             for n, lead in enumerate(leads, 1)]  # fmt: skip
    plan = import_table(_csv(tmp_path / "plan.csv", rows))
    assert [list(a.lead) for a in plan.actions()] == [
        ["Director of Midwifery", "Clinical Director for Women’s Health"],
        ["Leicestershire Police", "Hinckley and Bosworth Borough Council"],
        ["ALNCo", "Family Engagement Officer"],
        ["Registered Manager", "CE and Missing Team Manager"],
    ]


def test_an_empty_label_inside_a_record_does_not_cut_it(tmp_path: Path) -> None:
    """A text export of labelled blocks where '  Revised due:' is left empty: the record goes
    on to its 'RAG:' and 'Update:' lines (each block was read as two actions)."""
    lines = ["Trust – CQC Inspection Action Plan", "", "MUST DO 1  (Regulation 12)",
             "The trust must ensure staff monitor physical health.", ""]  # fmt: skip
    for n, revised in ((1, "31/07/2024"), (2, "")):
        lines += [f"  Ref:           A-MD1.{n}", f"  Action:        Carry out step {n}.",
                  "  Lead:          Chief Nurse", "  Original due:  31/03/2024",
                  f"  Revised due:   {revised}".rstrip(), "  RAG:           Green",
                  "  Update:        Under way.", ""]  # fmt: skip
    plan = import_table(_text(tmp_path / "cqc.txt", lines))
    found = [(a.ref, str(a.end), a.status.value) for a in plan.actions()]
    assert found == [("A-MD1.1", "2024-07", "green"), ("A-MD1.2", "2024-03", "green")]


def test_an_orange_the_key_calls_overdue_beside_its_amber_is_red(tmp_path: Path) -> None:
    """A tracker's key: 'At risk' in amber (FFD966), 'Overdue' in orange (F4B084); a status
    cell 'Overdue' in that orange is red (it was read by its fill as amber)."""
    from openpyxl import Workbook
    from openpyxl.styles import PatternFill

    book = Workbook()
    sheet = book.create_sheet("Tracker", 0)
    sheet.append(["Rec ref", "Agreed management action", "Action owner", "Target date", "Status"])
    sheet.append(["R1", "Complete the inventory of files.", "Records Manager", "Feb-25", "Overdue"])
    sheet.append(["R2", "Review the asset register.", "Records Manager", "May-25", "At risk"])
    sheet.append([])
    sheet.append(["Status key:"])
    sheet.append(["At risk", "Target date may be missed; mitigation in place"])
    sheet.append(["Overdue", "Target date passed and action not implemented"])
    book.remove(book.worksheets[1])
    for cell, rgb in (("E2", "F4B084"), ("E3", "FFD966"), ("A6", "FFD966"), ("A7", "F4B084")):
        sheet[cell].fill = PatternFill("solid", fgColor=rgb)
    book.save(str(tmp_path / "tracker.xlsx"))
    plan = import_table(tmp_path / "tracker.xlsx")
    assert [a.status.value for a in plan.actions()] == ["red", "amber"]


def test_a_title_under_a_banner_keeps_its_report_line_apart(tmp_path: Path) -> None:
    """'ANGUS COUNCIL – HOUSING SERVICE' over '... Engagement Plan 2025/26: Housing
    Improvement Actions' over 'Progress report to Communities Committee – 2 December 2025':
    the plan's line alone is the title (the report line was joined to it)."""
    lines = ["ANGUS COUNCIL – HOUSING SERVICE",
             "Scottish Housing Regulator Engagement Plan 2025/26: Housing Improvement Actions",
             "Progress report to Communities Committee – 2 December 2025", "",
             "1. Tenant and resident safety", ""]  # fmt: skip
    for n in (1, 2):
        lines += [f"Ref:          1.{n}", f"Action:       Complete safety check {n}.",
                  "Lead:         Service Leader – Housing", "Target date:  31/12/2025",
                  "Status:       G", ""]  # fmt: skip
    plan = import_table(_text(tmp_path / "shr.txt", lines))
    assert plan.title == (
        "Scottish Housing Regulator Engagement Plan 2025/26: Housing Improvement Actions"
    )


def test_a_caption_over_a_risk_registers_header_is_no_part(tmp_path: Path) -> None:
    """'Further mitigating actions to bring each risk to its target score' merged across over
    the header, under the register's title: a caption; each risk merged down its actions is
    the part (the caption was the one theme over all)."""
    rows: list[list[object]] = [
        ["Fire and Rescue Service – Corporate Risk Register 2025-26"],
        ["Further mitigating actions to bring each risk to its target score"],
        ["Risk", "Risk owner", "Ref", "Further mitigating action", "Action owner",
         "Target date", "Action RAG"],
        ["CR1 – Financial sustainability", "Treasurer", "1.1", "Develop a savings plan.",
         "Treasurer", "Feb-26", "G"],
        [None, None, "1.2", "Reprofile the capital programme.", "Head of Estates", "Dec-25", "A"],
        ["CR2 – On-call crewing", "Area Manager", "2.1", "Run the recruitment campaign.",
         "Area Manager", "Oct-25", "B"],
        [None, None, "2.2", "Introduce the flexible contract.", "Head of People", "Mar-26", "A"],
    ]  # fmt: skip
    merges = ["Register!A1:G1", "Register!A2:G2", "Register!A4:A5", "Register!B4:B5",
              "Register!A6:A7", "Register!B6:B7"]  # fmt: skip
    plan = import_table(_xlsx(tmp_path / "risks.xlsx", {"Register": rows}, merges))
    assert [t.title for t in plan.themes] == [
        "CR1 – Financial sustainability",
        "CR2 – On-call crewing",
    ]


def test_the_inspections_facts_under_a_homes_heading_are_not_its_part(tmp_path: Path) -> None:
    """'Section A – Maple Lodge' over 'Full inspection 5 and 6 March 2024. Overall ...:
    requires improvement to be good.' over a table whose requirement rows are merged across:
    the requirements are the parts (the facts line was taken for the table's part)."""
    from docx import Document

    document = Document()
    document.add_paragraph("Council – Children's Homes: Ofsted Inspection Action Plan 2024")
    document.add_paragraph("Section A – Maple Lodge", style="Heading 1")
    document.add_paragraph(
        "Full inspection 5 and 6 March 2024. Overall experiences and progress of children "
        "and young people: requires improvement to be good."
    )
    rows = [["No.", "Action to be taken", "Responsible person", "Due date", "Status"],
            ["Requirement 1 – Regulation 12: The registered person must keep children safe."] * 5,
            ["A1", "Update every child's risk assessment.", "Registered Manager", "31/05/2024",
             "Complete"],
            ["Recommendation 1 – The registered person should improve supervision."] * 5,
            ["A2", "Introduce a reflective supervision template.", "Deputy Manager",
             "30/06/2024", "On track"]]  # fmt: skip
    table = document.add_table(rows=len(rows), cols=5)
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    for r in (1, 3):
        text = table.cell(r, 0).text
        table.cell(r, 0).merge(table.cell(r, 4)).text = text
    document.save(str(tmp_path / "homes.docx"))
    plan = import_table(tmp_path / "homes.docx")
    found = [r.text[:26] for t in plan.themes for r in t.recommendations for _ in r.actions]
    assert found == ["Requirement 1 – Regulation", "Recommendation 1 – The reg"]


def test_a_cover_naming_the_report_gives_way_to_the_sheet_naming_the_plan(
    tmp_path: Path,
) -> None:
    """A cover 'External Audit – Auditor's Annual Report 2023/24' and the sheet's "Auditor's
    Annual Report 2023/24 – Value for Money Recommendations Action Plan": the sheet's line
    names the plan (the cover's, naming the report, was taken)."""
    cover: list[list[object]] = [["Cornwall Council"], [],
                                 ["External Audit – Auditor's Annual Report 2023/24"]]  # fmt: skip
    sheet: list[list[object]] = [
        ["Auditor's Annual Report 2023/24 – Value for Money Recommendations Action Plan"], [],
        ["Ref", "Recommendation / agreed action", "Responsible officer", "Target date", "RAG"],
        ["KR1", "Develop a costed savings plan.", "Section 151 Officer", "Mar-25", "G"],
    ]  # fmt: skip
    plan = import_table(_xlsx(tmp_path / "vfm.xlsx", {"Cover": cover, "Action Plan": sheet}))
    assert plan.title == (
        "Auditor's Annual Report 2023/24 – Value for Money Recommendations Action Plan"
    )


def test_a_phased_period_written_with_a_dash_ends_in_its_last_month(tmp_path: Path) -> None:
    """'Phased – Sept 2025 to March 2026': March 2026 (it was refused; 'Phased: ...' read)."""
    rows = [["Ref", "Action", "Lead", "End date", "RAG"],
            ["1.1", "Roll out family hubs.", "Head of Early Help",
             "Phased – Sept 2025 to March 2026", "G"]]  # fmt: skip
    plan = import_table(_csv(tmp_path / "plan.csv", rows))
    assert [str(a.end) for a in plan.actions()] == ["2026-03"]


def test_a_deans_school_with_an_ampersand_then_a_second_post(tmp_path: Path) -> None:
    """'Dean of School of Health & Life Sciences, Athena Swan SAT Chair': the dean of the
    school, then the chair (it was split at the school's '&')."""
    rows = [["Ref", "Action", "Lead", "End", "RAG"],
            ["1.3", "Run the staff culture survey.",
             "Dean of School of Health & Life Sciences, Athena Swan SAT Chair", "Mar-26",
             "G"]]  # fmt: skip
    plan = import_table(_csv(tmp_path / "plan.csv", rows))
    assert [list(a.lead) for a in plan.actions()] == [
        ["Dean of School of Health & Life Sciences", "Athena Swan SAT Chair"]
    ]


def test_a_cover_naming_the_review_whose_recommendations_are_tracked(tmp_path: Path) -> None:
    """A cover 'Independent Review of UKRI: Implementation of Recommendations' over a line
    'Tracker of UKRI actions ...', and the sheet's 'Implementation tracker – update for
    September 2024': the cover's first line is the title (the sheet's was taken)."""
    cover: list[list[object]] = [
        ["Independent Review of UKRI: Implementation of Recommendations"],
        ["Tracker of UKRI actions in response to the Independent Review of UKRI (July 2022)"],
    ]
    sheet: list[list[object]] = [
        ["Implementation tracker – update for September 2024"], [],
        ["Rec", "Recommendation", "Ref", "Action", "Owner", "Target date", "RAG"],
        ["1", "UKRI should measure its impact.", "1.1", "Publish an evaluation framework.",
         "Director of Strategy", "Dec-24", "G"],
    ]  # fmt: skip
    plan = import_table(_xlsx(tmp_path / "ukri.xlsx", {"Cover": cover, "Tracker": sheet}))
    assert plan.title == "Independent Review of UKRI: Implementation of Recommendations"


def test_a_sentence_introducing_the_closed_actions_is_not_their_part(tmp_path: Path) -> None:
    """'Actions closed since the last meeting' over 'The following actions were closed at
    the meeting held on 25 September 2025 ...' over the table: the sentence is prose, the
    heading the actions' part (the sentence was taken for it)."""
    from docx import Document

    document = Document()
    document.add_paragraph("Board of Directors (Public) – Action Log", style="Title")
    document.add_paragraph("Updated following the Board meeting held on 25 September 2025.")
    document.add_paragraph("Status key:")
    key = document.add_table(rows=2, cols=2)
    for r, (colour, meaning) in enumerate(
        (("Green", "Action complete – proposed for closure"), ("Amber", "Action in progress"))
    ):
        key.cell(r, 0).text, key.cell(r, 1).text = colour, meaning
    header = ["No.", "Meeting date", "Agenda item", "Action", "Lead", "Due date", "Status"]
    for heading, sentence, ref in (
        ("Open actions", None, "BoD/25/018"),
        ("Actions closed since the last meeting",
         "The following actions were closed at the meeting held on 25 September 2025 and "
         "will be removed from the next log.", "BoD/25/029"),
    ):  # fmt: skip
        document.add_paragraph(heading, style="Heading 1")
        if sentence:
            document.add_paragraph(sentence)
        rows = [header] + [
            [f"{ref}{n}", "27/03/2025", item, f"Report back on {item}.", "Chief Nurse",
             "July 2025", "Green"]
            for n, item in enumerate(("Quality Report", "Finance Report", "People Report"))
        ]  # fmt: skip
        table = document.add_table(rows=len(rows), cols=len(header))
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                table.cell(r, c).text = text
    document.save(str(tmp_path / "log.docx"))
    plan = import_table(tmp_path / "log.docx")
    assert [t.title for t in plan.themes] == [
        "Open actions",
        "Actions closed since the last meeting",
    ]
    parts = [r.text for t in plan.themes for r in t.recommendations]
    assert not any(text.startswith("The following") for text in parts), parts


def test_of_two_review_rag_columns_the_later_term_is_the_status(tmp_path: Path) -> None:
    """'Autumn review RAG' | 'Spring review RAG', letters on their colours: the spring
    review's is the status (the plan was refused as having no status read)."""
    from openpyxl import Workbook
    from openpyxl.styles import PatternFill

    book = Workbook()
    sheet = book.create_sheet("Action Plan", 0)
    book.remove(book.worksheets[1])
    sheet.append(["Ref", "Action", "Lead", "Timescale", "Autumn review RAG", "Spring review RAG"])
    letters = (("A", "G"), ("R", "A"), ("G", "B"))
    for n, (autumn, spring) in enumerate(letters, 1):
        sheet.append(
            [f"1.{n}", f"Deliver step {n} of the reading plan.", "AHT", "July 2025", autumn, spring]
        )
    for row, (autumn, spring) in enumerate(
        (("FFC000", "00B050"), ("FF0000", "FFC000"), ("00B050", "0070C0")), 2
    ):
        sheet.cell(row, 5).fill = PatternFill("solid", fgColor=autumn)
        sheet.cell(row, 6).fill = PatternFill("solid", fgColor=spring)
    book.save(str(tmp_path / "school.xlsx"))
    plan = import_table(tmp_path / "school.xlsx")
    assert [a.status.value for a in plan.actions()] == ["green", "amber", "blue"]


def test_a_label_identified_by_ofsted_over_its_words(tmp_path: Path) -> None:
    """'Priority 1: Curriculum' over a bold 'Area for improvement identified by Ofsted' over
    the inspectors' words: the words are the part (the label was taken for it)."""
    from docx import Document

    document = Document()
    document.add_paragraph("Academy – Post-Ofsted Action Plan 2024–25", style="Title")
    for n, words in (
        (1, "Leaders should ensure the curriculum identifies what pupils learn."),
        (2, "Leaders should make sure pupils behind with reading catch up."),
    ):
        document.add_paragraph(f"Priority {n}: Area {n}", style="Heading 2")
        document.add_paragraph().add_run("Area for improvement identified by Ofsted").bold = True
        document.add_paragraph(words)
        rows = [
            ["Ref", "Action", "Lead", "Timescale", "RAG"],
            [f"{n}.1", f"Carry out step {n}.", "Deputy Head", "July 2025", "Green"],
        ]
        table = document.add_table(rows=2, cols=5)
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                table.cell(r, c).text = text
    document.save(str(tmp_path / "academy.docx"))
    plan = import_table(tmp_path / "academy.docx")
    assert [r.text for t in plan.themes for r in t.recommendations] == [
        "Leaders should ensure the curriculum identifies what pupils learn.",
        "Leaders should make sure pupils behind with reading catch up.",
    ]


def test_a_sheets_label_shared_by_every_sheet_over_its_finding(tmp_path: Path) -> None:
    """A sheet a priority: 'Priority 1 – ...' over 'Area for improvement (JTAI letter, 2 July
    2024):', the same on every sheet, over the finding in words with no 'should': the
    priority, then the finding (the finding was lost)."""
    sheets: dict[str, list[list[object]]] = {}
    for n, finding in (
        (1, "The quality of early help assessments and plans across the area."),
        (2, "The understanding of thresholds by partners at the front door."),
    ):
        sheets[f"Priority {n}"] = [
            [f"Priority {n} – Area {n}"],
            ["Area for improvement (JTAI letter, 2 July 2024):"],
            [finding],
            [],
            ["Ref", "What we will do", "Lead agency / officer", "By when", "RAG"],
            [f"{n}a", f"Deliver step {n}.", "Head of Early Help", "October 2024", "G"],
        ]
    plan = import_table(_xlsx(tmp_path / "jtai.xlsx", sheets))
    assert [(t.title, r.text[:40]) for t in plan.themes for r in t.recommendations] == [
        ("Priority 1 – Area 1", "The quality of early help assessments an"),
        ("Priority 2 – Area 2", "The understanding of thresholds by partn"),
    ]


def test_a_milestone_column_of_months_beside_the_action_is_the_end(tmp_path: Path) -> None:
    """'Action' | 'Milestone' where the milestones are 'May 2025', 'Quarterly': the milestone
    is when the action is due (the plan was refused as having two action columns)."""
    rows = [["No.", "Action", "Lead", "Milestone", "Status"],
            ["1.1", "Commission an audit of compliance data.", "Director of Assets", "May 2025",
             "Complete"],
            ["1.2", "Report compliance to every Board.", "Director of Assets", "July 2025",
             "On track"],
            ["1.3", "Publish feedback to tenants.", "Tenant Engagement Lead", "Quarterly",
             "On track"]]  # fmt: skip
    plan = import_table(_csv(tmp_path / "plan.csv", rows))
    assert [(a.action[:18], str(a.end) if a.end else a.end_text) for a in plan.actions()] == [
        ("Commission an audi", "2025-05"), ("Report compliance ", "2025-07"),
        ("Publish feedback t", "Quarterly")]  # fmt: skip


def test_what_cqc_found_beside_the_action_we_will_take(tmp_path: Path) -> None:
    """'What CQC found' | 'Action we will take', the finding written on its first action's
    row only: the finding is the part, the practice's answer the action (the finding was read
    as the action, the answer kept as another column)."""
    header = ["Key question", "Regulation", "What CQC found", "Action we will take",
              "Responsible", "Target date", "Completed", "Status"]  # fmt: skip
    reg = "Reg 12 Safe care and treatment"
    rows = [["Surgery – Action Plan following CQC inspection"], [], header,
            ["Safe", reg, "High-risk medicines were not always monitored in line with guidance.",
             "Run a weekly search for patients overdue blood monitoring, and recall them.",
             "Clinical Pharmacist", "30/04/2024", "18/04/2024", "Complete"],
            ["", "", "", "Audit 20 records each quarter to check monitoring was reviewed.",
             "GP Partner", "Quarterly", "", "On track"],
            ["", reg, "Emergency medicines were not checked consistently.",
             "Introduce a signed weekly checklist for emergency medicines.", "Lead Nurse",
             "31/03/2024", "25/03/2024", "Complete"]]  # fmt: skip
    plan = import_table(_csv(tmp_path / "gp.csv", rows))
    found = [(r.text[:20], a.action[:20]) for t in plan.themes for r in t.recommendations
             for a in r.actions]  # fmt: skip
    assert found == [("High-risk medicines ", "Run a weekly search "),
                     ("High-risk medicines ", "Audit 20 records eac"),
                     ("Emergency medicines ", "Introduce a signed w")]  # fmt: skip


def test_a_risk_merged_across_with_its_facts_and_its_statement(tmp_path: Path) -> None:
    """A risk register: 'CRR 01 – ...' merged across beside 'Exec lead: ...' and 'Current 20
    (L4 x C5) | Target 8', an 'If ..., then ...' statement merged under it, then its actions:
    the risk is the part, the statement a note (the risk row was read as an action)."""
    rows: list[list[object]] = [
        ["Trust"],
        ["Corporate Risk Register – Quarter 2 2025/26"],
        [],
        ["Ref", "Further action required", "Action owner", "Due date", "Progress", "Status"],
    ]
    merges = []
    for n, name in ((1, "Timely access to emergency care"), (2, "Nurse staffing")):
        merges += [f"Register!A{len(rows) + 1}:C{len(rows) + 1}",
                   f"Register!B{len(rows) + 2}:F{len(rows) + 2}"]  # fmt: skip
        rows += [
            [f"CRR 0{n} – {name}", None, None, "Exec lead: Chief Operating Officer",
             "Current 20 (L4 x C5) | Target 8 | Trend ↔"],
            [None, "If demand continues to exceed capacity, then patients will wait longer, "
             "resulting in potential harm."],
            [f"0{n}.1", f"Carry out action {n}.", "Deputy Chief Operating Officer", "Sep-25",
             "Done", "B"],
            [f"0{n}.2", f"Carry out action {n} again.", "Clinical Director", "Nov-25", "Late",
             "A"],
        ]  # fmt: skip
    plan = import_table(_xlsx(tmp_path / "crr.xlsx", {"Register": rows}, merges))
    found = [(t.title, r.text, a.ref) for t in plan.themes for r in t.recommendations
             for a in r.actions]  # fmt: skip
    assert found == [
        ("CRR 01 – Timely access to emergency care", "", "01.1"),
        ("CRR 01 – Timely access to emergency care", "", "01.2"),
        ("CRR 02 – Nurse staffing", "", "02.1"),
        ("CRR 02 – Nurse staffing", "", "02.2"),
    ]


def test_a_board_logs_resp_column_holds_the_leads(tmp_path: Path) -> None:
    """'Resp.' of initials beside the action: the leads (they were kept as another column)."""
    rows = [["Meeting date", "Ref", "Action", "Resp.", "By when", "Status"],
            ["29/05/2025", "24/25/121", "Bring the estates strategy to the Board.", "AB",
             "Sep-25", "Green"],
            ["29/05/2025", "24/25/163", "Report on the digital programme.", "NA / MS", "Nov-25",
             "Amber"]]  # fmt: skip
    plan = import_table(_csv(tmp_path / "log.csv", rows))
    assert [list(a.lead) for a in plan.actions()] == [["AB"], ["NA", "MS"]]


def test_a_key_whose_green_awaits_evidence_of_impact_stays_green(tmp_path: Path) -> None:
    """'B | Completed and evidence of embedding in practice' beside 'G | Completed – evidence
    of impact awaited, or on track': green stays green (it was read as complete)."""
    rows = [["Ref", "Action", "Lead", "Timescale", "RAG"],
            ["1a", "Train all staff on self-neglect.", "Named Nurse", "Dec-25", "G"],
            ["1b", "Audit twenty records.", "Named Nurse", "Sep-25", "B"],
            ["1c", "Refresh the policy.", "Head of Safeguarding", "Oct-25", "A"],
            [], ["Key"],
            ["B", "Completed and evidence of embedding in practice"],
            ["G", "Completed – evidence of impact awaited, or on track"],
            ["A", "Started – some risk to the timescale"],
            ["R", "Not started or overdue"]]  # fmt: skip
    plan = import_table(_csv(tmp_path / "sar.csv", rows))
    assert [a.status.value for a in plan.actions()] == ["green", "blue", "amber"]


def test_a_ruled_finding_that_says_plan_is_no_title(tmp_path: Path) -> None:
    """'AFI 3 - Careers guidance' over 'Leaders should make sure ... so that they can plan
    their next steps.' between rules: the area and its finding, like the areas before it (the
    finding was taken for a title over its own actions, the others' levels shifted)."""
    rule = "-" * 60
    lines = ["College – Post-Inspection Action Plan (Ofsted, February 2024)", "",
             "RAG KEY:  C = Complete   G = On track   A = Some slippage", ""]  # fmt: skip
    for n, (area, finding) in enumerate(
        (("Attendance", "Leaders should improve the attendance of learners on study programmes."),
         ("Careers guidance", "Leaders should make sure that adult learners receive timely "
          "careers guidance so that they can plan their next steps.")), 1
    ):  # fmt: skip
        lines += [rule, f"AFI {n} - {area}", finding, rule, ""]
        for a in (1, 2):
            lines += [f"{n}.{a}  Action:        Carry out step {a} for {area.lower()}.",
                      "     Lead:          Head of Faculty", "     Target date:   30/09/2024",
                      "     RAG:           G", ""]  # fmt: skip
    plan = import_table(_text(tmp_path / "college.txt", lines))
    found = [(t.title, r.text[:30]) for t in plan.themes for r in t.recommendations]
    assert found == [
        ("AFI 1 - Attendance", "Leaders should improve the att"),
        ("AFI 2 - Careers guidance", "Leaders should make sure that "),
    ]


def test_a_ward_or_service_column_is_the_theme(tmp_path: Path) -> None:
    """'Ward / Service' on every row of a CQC tracker: the service each requirement is under
    (it was kept as another column)."""
    rows = [["Action ID", "Ward / Service", "Type", "CQC Requirement", "Action", "Action Owner",
             "Due Date", "RAG Status"],
            ["CBH-01", "Acute wards", "Must do", "The provider must record observations.",
             "Update the policy.", "Ward Manager", "Mar-24", "Blue"],
            ["CBH-02", "Acute wards", "Must do", "The provider must record observations.",
             "Audit weekly.", "Ward Manager", "Apr-24", "Green"],
            ["CBH-03", "Community services", "Should do", "The provider should review waits.",
             "Review the waiting list.", "Service Manager", "May-24", "Amber"]]  # fmt: skip
    plan = import_table(_csv(tmp_path / "cqc.csv", rows))
    assert [t.title for t in plan.themes] == ["Acute wards", "Community services"]


def test_a_requirement_label_on_its_own_line_in_the_cell_gives_way(tmp_path: Path) -> None:
    """'Requirement 1' on a line of its own over the requirement's words, merged down beside
    its actions: the words are the part (the label was kept in it)."""
    words = "By 31 January 2026, the provider must complete foster carers' reviews on time."
    rows: list[list[object]] = [
        ["Requirement or area for improvement", "Action", "Lead", "Timescale", "Status"],
        [f"Requirement 1\n{words}", "Book every overdue review.", "Team Manager", "Dec-25",
         "Green"],
        [None, "Report reviews to the fostering panel.", "Panel Adviser", "Jan-26", "Amber"],
    ]  # fmt: skip
    plan = import_table(_xlsx(tmp_path / "fostering.xlsx", {"Plan": rows}, ["Plan!A2:A3"]))
    parts = [(t.title, r.text) for t in plan.themes for r in t.recommendations]
    assert parts in ([(words, "")], [("", words)]), parts


def test_a_risks_controls_above_its_actions_header_are_a_fact(tmp_path: Path) -> None:
    """A block per risk: its band, 'Description | ...', 'Risk owner | ...', 'Controls | ...',
    then the header over its actions: the controls are a fact of the risk (they were taken
    for a level under it)."""
    header: list[object] = [
        "Ref", "Action to address gaps in control", "Action owner", "Due date", "RAG"
    ]  # fmt: skip
    rows: list[list[object]] = [["Trust – Corporate Risk Register – Quarter 3 2025/26"], []]
    merges = []
    for n, name in ((7689, "Nursing workforce"), (7702, "Estates backlog")):
        merges += [f"Risk detail!A{len(rows) + 1}:E{len(rows) + 1}",
                   f"Risk detail!B{len(rows) + 4}:E{len(rows) + 4}"]  # fmt: skip
        rows += [
            [f"Risk {n} – {name}"],
            ["Description", f"If {name.lower()} gaps remain, then patient care will suffer."],
            ["Risk owner", "Chief Nurse", "Current score", "4 x 4 = 16"],
            ["Controls", "Daily staffing huddles; bank and agency escalation process."],
            header,
            [f"{n}.1", f"Review the {name.lower()} plan.", "Deputy Chief Nurse", "Dec-25", "G"],
            [f"{n}.2", f"Report the {name.lower()} position.", "Director", "Mar-26", "A"],
            [],
        ]
    plan = import_table(_xlsx(tmp_path / "crr.xlsx", {"Risk detail": rows}, merges))
    assert [(t.title, r.text) for t in plan.themes for r in t.recommendations] == [
        ("Risk 7689 – Nursing workforce", ""),
        ("Risk 7702 – Estates backlog", ""),
    ]


def test_a_band_ending_in_a_meetings_date_is_no_count(tmp_path: Path) -> None:
    """'Closed at the meeting held on 25 September 2025' merged across a closed-actions
    sheet: the band the actions under it were closed at (its year was taken for a count, the
    band for a totals row)."""
    header: list[object] = [
        "Action ref", "Action", "Lead", "Due date", "Date closed", "Closure note"
    ]  # fmt: skip
    rows: list[list[object]] = [
        ["Board of Directors – Closed actions"], [], header,
        ["Closed at the meeting held on 25 September 2025"],
        ["BoD/25/029", "Include benchmarking in the report.", "Medical Director", "Sep-25",
         "25/09/2025", "Included."],
        ["Closed at the meeting held on 30 October 2025"],
        ["BoD/25/047", "Add the staffing measure.", "Chief Nurse", "Oct-25", "30/10/2025",
         "Added."],
    ]  # fmt: skip
    plan = import_table(
        _xlsx(
            tmp_path / "log.xlsx",
            {"Closed actions": rows},
            ["Closed actions!A4:F4", "Closed actions!A6:F6"],
        )
    )
    assert [t.title for t in plan.themes] == [
        "Closed at the meeting held on 25 September 2025",
        "Closed at the meeting held on 30 October 2025",
    ]
