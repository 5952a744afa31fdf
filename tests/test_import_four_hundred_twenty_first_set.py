"""Issue 18, what the four-hundred-and-twenty-first blind sets on showed (heldout421 on)."""

from __future__ import annotations

from pathlib import Path

from ofsted_plan.importing.importer import import_table
from ofsted_plan.model import Plan, Status

from .blind_reading import BLIND
from .helpers import run
from .test_import_three_hundred_ninety_third_set import _csv, _text, _word


def _headings(plan: Plan) -> list[list[str]]:
    """The headings each action is read under, outermost first (theme, recommendation)."""
    return [
        [h for h in (t.title, r.text) if h]
        for t in plan.themes
        for r in t.recommendations
        for _ in r.actions
    ]


def test_an_audit_dimension_column_is_the_theme(tmp_path: Path) -> None:
    """Audit Scotland's action plan: 'Audit dimension' beside each recommendation names the
    area it is under (it was kept as another column, every action under the sheet's
    caption)."""
    rows = [["No.", "Audit dimension", "Recommendation", "Agreed management action",
             "Responsible officer", "Agreed date", "RAG"]]  # fmt: skip
    for n, area in enumerate(("Financial sustainability", "Financial sustainability",
                              "Financial management"), 1):  # fmt: skip
        rows.append([str(n), area, f"The council should improve area {n}.",
                     f"Put area {n} right.", "Chief Officer – Resources", "Mar-26",
                     "Green"])  # fmt: skip
    plan = import_table(_csv(tmp_path / "aar.csv", rows))
    assert [(t.title, sum(len(r.actions) for r in t.recommendations)) for t in plan.themes] == [
        ("Financial sustainability", 2),
        ("Financial management", 1),
    ]


def test_a_requirement_row_with_its_due_date_above_the_header_is_the_part(
    tmp_path: Path,
) -> None:
    """A children's home plan, a table a requirement: 'Requirement 1: ...' merged across
    above the header, Ofsted's 'Due date: 30/06/2025' in the last cell: the requirement its
    actions answer, the date kept in the notes (the row was read as a note, the actions
    under no requirement)."""
    words = "Requirement 1: The registered person must review each child's risk assessment."
    rows = [
        [words, words, words, words, "Due date: 30/06/2025"],
        ["Ref", "Action", "Responsible", "Timescale", "RAG"],
        ["1.1", "Review every risk assessment.", "Registered Manager", "July 2025", "Complete"],
        ["1.2", "Train all staff on missing protocols.", "Deputy Manager", "Monthly", "Green"],
    ]
    plan = import_table(_word(tmp_path / "home.docx", "Home Action Plan", rows, [(0, 0, 3)]))
    assert _headings(plan) == [[words], [words]]
    assert [a.ref for a in plan.actions()] == ["1.1", "1.2"]
    assert "Due date: 30/06/2025" in plan.notes


def _key_right_of_words(path: Path) -> Path:
    """A delivery plan: a key whose swatches stand right of their words, and RAG cells
    coloured with no text."""
    from openpyxl import Workbook
    from openpyxl.styles import PatternFill

    book = Workbook()
    sheet = book.create_sheet("Delivery Plan")
    book.remove(book.worksheets[0])

    def fill(colour: str) -> PatternFill:
        return PatternFill("solid", fgColor=colour)

    sheet.append(["Council Plan Delivery Plan – Quarter 2"])
    sheet.append([])
    for n, (words, colour) in enumerate(
        (("On track", "92D050"), ("At risk", "FF0000"), ("Not yet due to start", "BFBFBF"),
         ("Complete", "5B9BD5")), 3):  # fmt: skip
        sheet.cell(n, 1, "RAG key" if n == 3 else None)
        sheet.cell(n, 2, words)
        sheet.cell(n, 3).fill = fill(colour)
    sheet.append([])
    sheet.append(["Ref", "Action", "Lead officer", "Delivery by", "Q2 RAG"])
    for n, colour in enumerate(("92D050", "BFBFBF", "5B9BD5"), 1):
        sheet.append([f"H1.{n}", f"Deliver housing action {n}.", "Head of Housing", "Mar-26"])
        sheet.cell(sheet.max_row, 5).fill = fill(colour)
    book.save(str(path))
    return path


def test_a_grey_swatch_right_of_its_words_defines_grey_cells(tmp_path: Path) -> None:
    """'Not yet due to start' with a grey cell right of it in the key: grey RAG cells are
    not yet started (unrated), as the key says (the plan was refused: grey is no RAG)."""
    plan = import_table(_key_right_of_words(tmp_path / "delivery.xlsx"))
    assert [a.status for a in plan.actions()] == [Status.GREEN, Status.UNRATED, Status.BLUE]


def _audits_under_bodies(path: Path) -> Path:
    """A commissioner's audit tracker: each body a band merged across, each audit merged
    down beside its actions, the refs starting again under each audit."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.create_sheet("Open actions")
    book.remove(book.worksheets[0])
    sheet.append(["Audit", "Ref", "Priority", "Management action", "Responsible officer",
                  "Revised date", "Status"])  # fmt: skip
    rows = [
        ("Police", None),
        ("Fleet Management (3.23/24)", ["1.1", "1.2"]),
        ("Seized Property (5.23/24)", ["1.1"]),
        ("Fire and Rescue Service", None),
        ("Payroll (2.23/24)", ["1.1"]),
        ("Procurement (4.23/24)", ["1.1", "1.2"]),
    ]
    for audit, refs in rows:
        if refs is None:
            sheet.append([audit])
            sheet.merge_cells(start_row=sheet.max_row, start_column=1, end_row=sheet.max_row,
                              end_column=7)  # fmt: skip
            continue
        first = sheet.max_row + 1
        for ref in refs:
            sheet.append([audit if ref == refs[0] else None, ref, "Medium",
                          f"Act on {audit}, {ref}.", "Chief Finance Officer", "Mar-26",
                          "Green"])  # fmt: skip
        if len(refs) > 1:
            sheet.merge_cells(start_row=first, start_column=1, end_row=sheet.max_row,
                              end_column=1)  # fmt: skip
    book.save(str(path))
    return path


def test_refs_that_start_again_under_each_audit_inside_a_body_are_read(tmp_path: Path) -> None:
    """Refs 1.1, 1.2 under each audit, the audits under 'Police' and 'Fire and Rescue
    Service': each ref numbered by its audit, the council's kept as 'Ref as written' (it was
    refused: 1.1 used twice under one body)."""
    path = _audits_under_bodies(tmp_path / "tracker.xlsx")
    result = run("import", str(path), "-o", str(tmp_path / "plan.yaml"))
    assert result.exit_code == 0, result.stderr
    assert "Refs that start again under each recommendation" in result.stderr
    plan = import_table(path)
    assert [t.title for t in plan.themes] == ["Police", "Fire and Rescue Service"]
    assert [(a.ref, a.extra["Ref as written"]) for a in plan.actions()] == [
        ("1.1.1", "1.1"),
        ("1.1.2", "1.2"),
        ("2.1.1", "1.1"),
        ("3.1.1", "1.1"),
        ("4.1.1", "1.1"),
        ("4.1.2", "1.2"),
    ]


def test_refs_by_recommendation_is_a_rule(tmp_path: Path) -> None:
    """The rules file can say it outright: 'refs by recommendation'."""
    table = tmp_path / "audits.csv"
    table.write_text(
        "Audit,Rec No,Agreed action,Officer,Target date,Status\n"
        "Payroll,1,Monthly leavers report,Payroll Manager,Dec-24,Complete\n"
        "Payroll,2,Authorise before payment,HR,Mar-25,Amber\n"
        "Direct Payments,1,Quarterly recovery,Finance Manager,Sep-25,Red\n",
        encoding="utf-8",
    )
    (tmp_path / "audits.rules").write_text("refs by recommendation\n", encoding="utf-8")
    result = run("import", str(table), "-o", str(tmp_path / "plan.yaml"))
    assert result.exit_code == 0, result.stderr
    plan = import_table(table)
    assert [a.ref for a in plan.actions()] == ["1.1", "1.2", "2.1"]


def test_an_rqia_area_label_with_its_facts_heads_its_actions(tmp_path: Path) -> None:
    """RQIA's quality improvement plan: 'Area for improvement 1' over 'Ref: Regulation 13'
    and 'Stated: First time' in one cell merged over the ref and action columns, the
    requirement's words merged across the rest: the area its actions answer, its facts in
    the notes (the label was read as an action's ref, the words as its lead)."""
    header = ["No.", "Action", "Person responsible", "Target date", "Status", "Progress"]
    rows = [header]
    merges = []
    for n, reg in ((1, "Regulation 13 (1)"), (2, "Regulation 27 (4) (d)")):
        label = f"Area for improvement {n}\nRef: {reg}\nStated: First time"
        words = f"The registered person shall ensure that requirement {n} is met in full."
        merges += [(len(rows), 0, 1), (len(rows), 2, 5)]
        rows.append([label, label, words, words, words, words])
        rows += [[f"{n}.{a}", f"Meet requirement {n}, step {a}.", "Deputy Manager",
                  "30/09/2025", "Complete", "Done."] for a in (1, 2)]  # fmt: skip
    plan = import_table(_word(tmp_path / "qip.docx", "Nursing Home QIP", rows, merges))
    assert [h[-1][:60] for h in _headings(plan)] == [
        f"The registered person shall ensure that requirement {n} is met" for n in (1, 1, 2, 2)
    ]
    assert [a.ref for a in plan.actions()] == ["1.1", "1.2", "2.1", "2.2"]
    assert "Area for improvement 1 | Ref: Regulation 13 (1) | Stated: First time" in plan.notes


def _book(path: Path, sheets: dict[str, list[list[object]]], fills: dict[str, str] | None = None,
          merges: list[str] | None = None) -> Path:  # fmt: skip
    """A workbook of the given sheets; `fills` ('Plan!F4': 'FF0000') coloured, `merges`
    ('Plan!A4:F4') merged."""
    from openpyxl import Workbook
    from openpyxl.styles import PatternFill

    book = Workbook()
    for sheet in list(book.worksheets):
        book.remove(sheet)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    for where, colour in (fills or {}).items():
        name, cell = where.split("!")
        book[name][cell].fill = PatternFill("solid", fgColor=colour)
    for where in merges or []:
        name, cells = where.split("!")
        book[name].merge_cells(cells)
    book.save(str(path))
    return path


HEADER: list[object] = ["Ref", "Action", "Lead officer", "Due", "RAG"]


def _actions(n: int, first: int = 1) -> list[list[object]]:
    return [[f"1.{i}", f"Deliver improvement {i} for residents.", "Head of Service", "Mar-26",
             "Green"] for i in range(first, first + n)]  # fmt: skip


def test_a_security_marking_beside_the_title_is_no_part_of_it(tmp_path: Path) -> None:
    """'OFFICIAL' at the far right of the title row, over the table's last column: the
    title is read, the marking kept in the notes (the row was read as a note, the plan
    untitled)."""
    title: list[object] = ["West Mercia Police – Force Strategic Risk Register 2025/26", None, None]
    title.append(None)
    path = _book(tmp_path / "srr.xlsx", {"Register": [[*title, "OFFICIAL"], [], HEADER,
                                                      *_actions(3)]})  # fmt: skip
    plan = import_table(path)
    assert plan.title == "West Mercia Police – Force Strategic Risk Register 2025/26"
    assert "OFFICIAL" in plan.notes


def test_the_cover_names_the_plan_more_fully_than_its_sheet(tmp_path: Path) -> None:
    """A cover sheet: the body, its service, the plan's name, and 'Appendix B to the ...
    Report – Panel, 3 December 2025' (what the paper hangs from): the name is the cover's,
    which holds every word of the sheet's own line and more (the appendix line was taken)."""
    cover: list[list[object]] = [
        ["Royal Borough of Greenwich"],
        ["Internal Audit & Anti-Fraud Service"],
        [],
        ["Outstanding Internal Audit Recommendations – Follow-up Position at 30 September 2025"],
        [
            "Appendix B to the Internal Audit and Anti-Fraud Performance Report – Audit and "
            "Risk Management Panel, 3 December 2025"
        ],
    ]
    sheet: list[list[object]] = [
        ["Outstanding Internal Audit Recommendations – 30 September 2025"],
        [],
        HEADER,
        *_actions(3),
    ]
    plan = import_table(_book(tmp_path / "ia.xlsx", {"Cover": cover, "Recommendations": sheet}))
    assert plan.title == (
        "Outstanding Internal Audit Recommendations – Follow-up Position at 30 September 2025"
    )


def test_a_sheet_caption_saying_which_page_gives_way_to_the_first_sheets(tmp_path: Path) -> None:
    """'Corporate Risk Register – Quarter 3 2025/26' on the summary sheet, '... (detailed)'
    over the register: the register's name is the first (the caption was taken)."""
    summary: list[list[object]] = [["The Royal Borough of Kensington and Chelsea"],
               ["Corporate Risk Register – Quarter 3 2025/26"]]  # fmt: skip
    sheet: list[list[object]] = [
        ["Corporate Risk Register – Quarter 3 2025/26 (detailed)"],
        [],
        HEADER,
        *_actions(3),
    ]
    plan = import_table(_book(tmp_path / "crr.xlsx", {"Summary": summary, "Register": sheet}))
    assert plan.title == "Corporate Risk Register – Quarter 3 2025/26"


def test_a_risk_register_with_grouped_header_columns(tmp_path: Path) -> None:
    """A register: its name over 'Quarter 2 review – position as at 30 September 2025', a
    row grouping the header's columns ('Risk Identification and Assessment' | 'Risk
    Treatment – Action Plan', each merged over its columns), each risk a band, its
    inherent score ('5 x 5 = 25') merged down beside its actions: the name is the title, the
    actions under their risk's band only (the grouping row was a theme, the score the
    recommendation, the review line the title)."""
    rows: list[list[object]] = [
        ["Northern Ireland Fire & Rescue Service – Corporate Risk Register 2025/26"],
        ["Quarter 2 review – position as at 30 September 2025"],
        [],
        ["Risk Identification and Assessment", None, None, "Risk Treatment – Action Plan"],
        ["Risk Ref", "Inherent Risk (L x I)", "Risk Owner", "Action Ref",
         "Further Action Required", "Action Owner", "Target Date", "Status"],
    ]  # fmt: skip
    merges = ["Register!A4:C4", "Register!D4:H4"]
    for n, score in ((1, "5 x 5 = 25"), (2, "4 x 5 = 20"), (3, "4 x 5 = 20")):
        merges += [f"Register!A{len(rows) + 1}:H{len(rows) + 1}"]
        rows.append([f"CR0{n} – Risk number {n}"])
        first = len(rows) + 1
        for a in (1, 2):
            rows.append([f"CR0{n}", score, "Chief Fire Officer", f"CR0{n}.{a}",
                         f"Act on risk {n}, step {a}.", "Head of Finance", "Mar-26",
                         "G"])  # fmt: skip
        merges += [f"Register!{c}{first}:{c}{first + 1}" for c in "ABC"]
    plan = import_table(_book(tmp_path / "crr.xlsx", {"Register": rows}, merges=merges))
    assert plan.title == "Northern Ireland Fire & Rescue Service – Corporate Risk Register 2025/26"
    assert _headings(plan) == [[f"CR0{n} – Risk number {n}"] for n in (1, 1, 2, 2, 3, 3)]


def test_an_outcome_column_left_of_the_finding_is_the_theme_on_every_sheet(
    tmp_path: Path,
) -> None:
    """A Consumer Duty tracker: 'Outcome' left of 'Finding', each outcome over whole
    findings, and a 'Closed actions' sheet with the same columns and two rows: the outcomes
    are the themes on both sheets (they were read as each action's measure)."""
    header: list[object] = ["Ref", "Outcome", "Finding", "Action", "Owner", "Target", "Status"]
    open_rows: list[list[object]] = [header]
    for n, (outcome, finding) in enumerate(
        (("Products and services", "Target market statements miss vulnerability."),
         ("Products and services", "Product reviews are late for closed accounts."),
         ("Price and value", "Fair value relies on internal cost data only."),
         ("Consumer support", "Call-back times exceeded the standard in Q2.")), 1):  # fmt: skip
        open_rows.append([f"CD-0{n}", outcome, finding, f"Put finding {n} right.",
                          "Chief Risk Officer", "Mar-26", "On track"])  # fmt: skip
    closed: list[list[object]] = [header,
        ["CD-09", "Consumer support", "Flags are not recorded.", "Train advisers.",
         "Head of Mortgages", "Jun-25", "Complete"],
        ["CD-10", "Governance", "Board MI lacks outcomes.", "Add outcomes to MI.",
         "Head of Risk", "Jul-25", "Complete"]]  # fmt: skip
    plan = import_table(
        _book(tmp_path / "duty.xlsx", {"Open actions": open_rows, "Closed actions": closed})
    )
    assert [h[0] for h in _headings(plan)] == [
        "Products and services", "Products and services", "Price and value",
        "Consumer support", "Consumer support", "Governance",
    ]  # fmt: skip


def test_ratings_each_quarter_shown_by_colour_the_latest_is_the_status(tmp_path: Path) -> None:
    """'Q1' | 'Q2', each coloured with no words: the status is Q2's, the current quarter's
    (it was Q1's)."""
    header: list[object] = ["Ref", "Milestone", "Lead officer(s)", "Due", "Q1", "Q2"]
    rows: list[list[object]] = [header]
    rows += [[f"1.{n}", f"Deliver milestone {n}.", "Director of Housing", "Mar-26"]
             for n in (1, 2, 3)]  # fmt: skip
    fills = {"Plan!E2": "00B050", "Plan!F2": "FFC000", "Plan!E3": "00B050",
             "Plan!F3": "0070C0", "Plan!E4": "FFC000", "Plan!F4": "FF0000"}  # fmt: skip
    plan = import_table(_book(tmp_path / "q2.xlsx", {"Plan": rows}, fills))
    assert [a.status for a in plan.actions()] == [Status.AMBER, Status.BLUE, Status.RED]


def test_a_summary_counting_sub_actions_is_not_the_plan(tmp_path: Path) -> None:
    """'Summary | Sub actions | Deadline date | Status' over a count a row beside the
    'Action Plan' sheet titled 'Sub-action': the plan is the second sheet (the summary was
    read as the plan, its counts as actions)."""
    summary: list[list[object]] = [
        ["Summary", "Sub actions", "Deadline date", "Status"],
        ["AFI 1 - Prevention", 2, "31/12/2024", "Open - on track"],
        ["AFI 2 - Protection", 2, "31/03/2025", "Open - at risk"],
    ]
    titles: list[object] = ["Ref", "Sub-action", "Action owner", "Revised deadline", "Current RAG"]
    sheet: list[list[object]] = [titles]
    sheet += [[f"{n}.{a}", f"Improve area {n}, step {a}.", "Group Manager", "Dec-24", "G"]
              for n in (1, 2) for a in (1, 2)]  # fmt: skip
    plan = import_table(_book(tmp_path / "afi.xlsx", {"Summary": summary, "Action Plan": sheet}))
    assert [a.ref for a in plan.actions()] == ["1.1", "1.2", "2.1", "2.2"]


def test_a_head_of_a_unit_named_with_and_is_one_post(tmp_path: Path) -> None:
    """'Head of Victim and Witness Care Unit': the head of one unit (it was split into
    'Head of Victim' and 'Witness Care Unit'); a councillor and a team are still two."""
    rows = [["Ref", "Action", "Lead", "Due", "RAG"],
            ["1", "Review victim contact.", "Head of Victim and Witness Care Unit", "Mar-26",
             "G"],
            ["2", "Hold a forum.", "Cllr Anna Wright and Participation Team", "Mar-26",
             "G"]]  # fmt: skip
    plan = import_table(_csv(tmp_path / "plan.csv", rows))
    assert [list(a.lead) for a in plan.actions()] == [
        ["Head of Victim and Witness Care Unit"],
        ["Cllr Anna Wright", "Participation Team"],
    ]


def test_a_risks_key_controls_are_no_part_and_a_review_line_no_title(tmp_path: Path) -> None:
    """A register: 'Strategic risk' merged down beside 'Key controls in place' over its
    actions, the title over 'Quarter 2 review (position at ...) – Committee, date': the
    actions are under their risk only, the title is the register's name (the controls were
    read as the recommendation, the review line as the title)."""
    rows: list[list[object]] = [
        ["Stoke-on-Trent City Council – Strategic Risk Register 2025/26"],
        ["Quarter 2 review (position at 30 September 2025) – Audit and Standards Committee, "
         "24 November 2025"],
        [],
        ["Strategic risk", "Risk owner", "Key controls in place", "Further actions",
         "Action owner", "Due date", "Action status"],
    ]  # fmt: skip
    merges = []
    for n in (1, 2, 3):
        first = len(rows) + 1
        for a in (1, 2):
            rows.append([f"SR0{n} – Risk {n}" if a == 1 else None,
                         "Director of Resources" if a == 1 else None,
                         f"Controls for risk {n}; monthly monitoring to the board." if a == 1
                         else None,
                         f"Act on risk {n}, step {a}.", "Head of Finance", "Mar-26",
                         "On track"])  # fmt: skip
        merges += [f"Register!{c}{first}:{c}{first + 1}" for c in "ABC"]
    plan = import_table(_book(tmp_path / "srr.xlsx", {"Register": rows}, merges=merges))
    assert plan.title == "Stoke-on-Trent City Council – Strategic Risk Register 2025/26"
    assert _headings(plan) == [[f"SR0{n} – Risk {n}"] for n in (1, 1, 2, 2, 3, 3)]


def test_a_lettered_section_over_key_improvement_areas(tmp_path: Path) -> None:
    """A college's plan as text: 'A. Quality of education' over 'KIA 1 – ...' over its
    actions: the section and the key improvement area (it was refused: two headings that
    looked alike)."""
    lines = ["Bath College", "Quality Improvement Plan 2025/26", "",
             "Ref\tAction\tLead\tBy when\tRAG", "",
             "A. Quality of education",
             "KIA 1 – Too few apprentices complete their programme on time",
             "1.1\tIntroduce monthly progress reviews.\tDirector of Apprenticeships\tDec-25\tG",
             "KIA 2 – Attendance in English and maths is too low",
             "2.1\tTrack attendance weekly.\tHead of English\tMar-26\tA",
             "B. Personal development",
             "KIA 3 – Too few learners take up work experience",
             "3.1\tAgree placements with employers.\tHead of Careers\tJun-26\tG"]  # fmt: skip
    plan = import_table(_text(tmp_path / "qip.txt", lines))
    assert [h[0][:2] + h[1][:5] for h in _headings(plan)] == ["A.KIA 1", "A.KIA 2", "B.KIA 3"]


def test_a_table_of_risks_below_the_milestones_is_no_part_of_the_plan(tmp_path: Path) -> None:
    """A highlight report: the milestones, then 'Top programme risks' over 'Risk ID | Risk |
    Residual score | Trend': the risks are not actions (three were read as milestones)."""
    rows: list[list[object]] = [["Programme – Highlight Report"], [],
                                ["Ref", "Milestone", "Owner", "Forecast date", "RAG"]]  # fmt: skip
    rows += [[f"M1.{n}", f"Deliver milestone {n}.", "Programme Director", "Dec-25", "G"]
             for n in (1, 2, 3)]  # fmt: skip
    rows += [[], ["Top programme risks"], ["Risk ID", "Risk", "Residual score", "Trend"],
             ["R04", "Councils cannot release staff", 16, "↑"],
             ["R07", "Legacy data quality is poor", 12, "↔"]]  # fmt: skip
    plan = import_table(_book(tmp_path / "hr.xlsx", {"Highlight report": rows}))
    assert [a.ref for a in plan.actions()] == ["M1.1", "M1.2", "M1.3"]


def test_risk_register_column_names_councils_use(tmp_path: Path) -> None:
    """'Risk ID & title' is the risk each action is under; 'New and developing controls' the
    actions (Blackpool's name for them); 'Risk identified' under bands of categories, the
    risk under its category (each was kept as another column, or no header was found)."""
    titles: list[object] = ["Risk ID & title", "Risk owner", "Ref", "New and developing controls",
                            "Action owner", "Due date", "RAG"]  # fmt: skip
    first: list[list[object]] = [titles]
    first += [["CRR 01 Medical workforce" if n < 3 else "CRR 02 Finance", "Medical Director",
               f"1.{n}", f"Recruit to post {n}.", "Head of HR", "Mar-26", "G"]
              for n in (1, 2, 3)]  # fmt: skip
    plan = import_table(_book(tmp_path / "crr.xlsx", {"Register": first}))
    assert [(h[0], a.action) for h, a in zip(_headings(plan), plan.actions(), strict=True)] == [
        ("CRR 01 Medical workforce", "Recruit to post 1."),
        ("CRR 01 Medical workforce", "Recruit to post 2."),
        ("CRR 02 Finance", "Recruit to post 3."),
    ]
    rows = [["Risk ref", "Risk identified", "Score", "Action ref", "Further action required",
             "Responsibility", "Target date", "Status"],
            ["FINANCE", "", "", "", "", "", "", ""],
            ["F1", "Precept insufficient", "8", "F1a", "Prepare a three-year plan.",
             "Town Clerk", "Mar-26", "On track"],
            ["F2", "Loss of funds through fraud", "10", "F2a", "Move payments online.", "RFO",
             "Sep-25", "Complete"],
            ["ASSETS", "", "", "", "", "", "", ""],
            ["A1", "Injury from play equipment", "12", "A1a", "Replace the play unit.",
             "Deputy Clerk", "Mar-26", "On track"]]  # fmt: skip
    plan = import_table(_csv(tmp_path / "register.csv", rows))
    assert _headings(plan) == [
        ["FINANCE", "Precept insufficient"],
        ["FINANCE", "Loss of funds through fraud"],
        ["ASSETS", "Injury from play equipment"],
    ]


def test_areas_for_improvement_under_a_heading_naming_their_kind(tmp_path: Path) -> None:
    """Word: 'What does the school need to do to improve?' (Heading 1), then each 'Area for
    improvement N' (Heading 2) over the inspectors' paragraph and its table: every area at
    one level (the second and third were read under the first)."""
    from docx import Document

    document = Document()
    document.add_paragraph("Academy – Post-Ofsted Action Plan", style="Title")
    document.add_heading("What does the school need to do to improve?", level=1)
    for n in (1, 2, 3):
        document.add_heading(f"Area for improvement {n}", level=2)
        document.add_paragraph(f"Leaders should make sure that area {n} improves in full.")
        table = document.add_table(rows=2, cols=4)
        for c, text in enumerate(("Action", "Lead", "By when", "RAG")):
            table.cell(0, c).text = text
        for c, text in enumerate((f"Act on area {n}.", "Headteacher", "Jul-25", "G")):
            table.cell(1, c).text = text
    path = tmp_path / "academy.docx"
    document.save(str(path))
    assert _headings(import_table(path)) == [
        [f"Leaders should make sure that area {n} improves in full."] for n in (1, 2, 3)
    ]


def test_a_framework_named_on_the_summary_sheet_titles_the_plan(tmp_path: Path) -> None:
    """A board assurance framework: its name on the summary sheet, a sheet a risk after it:
    the title is the summary sheet's name (the plan was untitled)."""
    summary: list[list[object]] = [["NHS ICB – Board Assurance Framework 2025/26"], [],
                                   ["Risk", "Title", "Current score"], ["BAF 1", "UEC", 16],
                                   ["BAF 2", "Finance", 20]]  # fmt: skip
    sheets: dict[str, list[list[object]]] = {"Summary": summary}
    for n in (1, 2):
        rows: list[list[object]] = [[f"BAF {n} – Risk {n}"], [], HEADER]
        rows += [[f"{n}{a}", f"Close gap {a} in risk {n}.", "Director", "Mar-26", "G"]
                 for a in "ab"]  # fmt: skip
        sheets[f"BAF {n}"] = rows
    plan = import_table(_book(tmp_path / "baf.xlsx", sheets))
    assert plan.title == "NHS ICB – Board Assurance Framework 2025/26"


def test_the_actions_own_rag_over_the_risks_current_rating(tmp_path: Path) -> None:
    """'Current Rating' ('Extreme (20)', the risk's) beside 'Action RAG' (each action's
    colour): the status is the action's (it was the risk's rating)."""
    rows: list[list[object]] = [["Risk Title", "Current Rating", "Action No.", "Actions",
                                 "Action Lead", "Target Date", "Action RAG"]]  # fmt: skip
    rows += [["Patient flow", "Extreme (20)", f"1.{n}", f"Improve flow, step {n}.",
              "Director of Acute Services", "Mar-26"] for n in (1, 2, 3)]  # fmt: skip
    fills = {"Register!B2": "FF0000", "Register!B3": "FF0000", "Register!B4": "FF0000",
             "Register!G2": "00B050", "Register!G3": "FFC000", "Register!G4": "0070C0"}  # fmt: skip
    plan = import_table(_book(tmp_path / "crr.xlsx", {"Register": rows}, fills))
    assert [a.status for a in plan.actions()] == [Status.GREEN, Status.AMBER, Status.BLUE]


def test_a_key_milestones_caption_over_the_header_is_no_theme() -> None:
    """GMCA's highlight report (heldout432): 'Key milestones' over a table of milestones by
    workstream, the workstream merged down: a caption, not a theme over every workstream
    (it was read as one)."""
    path = (
        BLIND
        / "heldout432"
        / "ol2-greater-manchester-ca-bee-network-programme-highlight-report.xlsx"
    )
    heads = _headings(import_table(path))
    assert [h[0] for h in heads][:3] == ["Bus franchising", "Bus franchising", "Metrolink"]
    assert all(len(h) == 1 for h in heads)


def test_a_risk_registers_action_columns_over_the_risks_own(tmp_path: Path) -> None:
    """'Ref' and 'Resp' of the risk merged over its actions, 'Act. no.' and 'Action owner'
    of each action: each action's ref and lead are its own, the risk's owner the DLT lead
    (the two leads were refused, the risk's ref taken)."""
    rows: list[list[object]] = [["Ref", "Risk", "Resp", "Act. no.", "Further action required",
                                 "Action owner", "Target date", "Action status"]]  # fmt: skip
    merges = []
    for n in (1, 2):
        first = len(rows) + 1
        for a in (1, 2):
            rows.append([f"A{n}" if a == 1 else None, f"Risk {n} words." if a == 1 else None,
                         "DC" if a == 1 else None, f"A{n}.{a}", f"Mitigate risk {n}, step {a}.",
                         "Head of Finance", "Mar-26", "Green"])  # fmt: skip
        merges += [f"Register!{c}{first}:{c}{first + 1}" for c in "ABC"]
    plan = import_table(_book(tmp_path / "srr.xlsx", {"Register": rows}, merges=merges))
    assert [(a.ref, list(a.lead), list(a.dlt)) for a in plan.actions()][:2] == [
        ("A1.1", ["Head of Finance"], ["DC"]),
        ("A1.2", ["Head of Finance"], ["DC"]),
    ]


def test_the_requirement_of_an_hse_notice_under_its_label(tmp_path: Path) -> None:
    """A notice's heading, 'Requirement of the notice' in bold, the requirement in italics,
    'Compliance date: ...', then its table: the actions answer the requirement (the label was
    read as the recommendation, the words lost)."""
    from docx import Document

    document = Document()
    document.add_paragraph("Works – HSE Improvement Notices Action Plan", style="Title")
    for n in (1, 2):
        document.add_heading(f"Notice {n} – IN 318/{n}: Hazard {n}", level=1)
        document.add_paragraph().add_run("Requirement of the notice").bold = True
        document.add_paragraph().add_run(f"Assess the risks from hazard {n} in full.").italic = True
        document.add_paragraph("Compliance date: 28 November 2025")
        table = document.add_table(rows=2, cols=4)
        for c, text in enumerate(("Ref", "Action", "Owner", "Status")):
            table.cell(0, c).text = text
        for c, text in enumerate((f"{n}.1", f"Control hazard {n}.", "Site Manager", "On track")):
            table.cell(1, c).text = text
    path = tmp_path / "notices.docx"
    document.save(str(path))
    plan = import_table(path)
    assert _headings(plan) == [
        [f"Notice {n} – IN 318/{n}: Hazard {n}", f"Assess the risks from hazard {n} in full."]
        for n in (1, 2)
    ]
    assert "Compliance date: 28 November 2025" in plan.notes


def test_issue_raised_and_recommended_next_step_name_the_finding(tmp_path: Path) -> None:
    """'Issue raised' (an auditor's) and 'Recommended next step' (ISI's) beside the action:
    each is what the action answers (both were kept as another column)."""
    for title in ("Issue raised", "Recommended next step"):
        rows = [["No.", title, "Action to be taken", "Responsible", "Target date", "Status"],
                ["1", "The AGAR was published late.", "Add the deadline to the calendar.",
                 "Town Clerk", "Jun-26", "Complete"]]  # fmt: skip
        plan = import_table(_csv(tmp_path / "plan.csv", rows))
        assert _headings(plan) == [["The AGAR was published late."]], title


def test_a_numbered_category_over_one_risk_is_the_theme(tmp_path: Path) -> None:
    """'1. Education and Standards' over one risk each, the risk's description merged down
    over its actions: the category, then the risk (the description was kept as another
    column, as if the band named the risk)."""
    rows: list[list[object]] = [["Risk ref", "Risk description", "Risk owner", "Action ref",
                                 "Further action required", "Action owner", "Target date",
                                 "Action status"]]  # fmt: skip
    merges = []
    for n, band in enumerate(("Education and Standards", "Safeguarding", "Finance"), 1):
        rows.append([f"{n}. {band}"])
        merges.append(f"Register!A{len(rows)}:H{len(rows)}")
        first = len(rows) + 1
        for a in "ab":
            rows.append([f"SR0{n}" if a == "a" else None,
                         f"Risk {n} may harm pupils and the trust." if a == "a" else None,
                         "Chief Executive" if a == "a" else None, f"SR0{n}{a}",
                         f"Act on risk {n}, step {a}.", "Director", "Mar-26",
                         "On track"])  # fmt: skip
        merges += [f"Register!{c}{first}:{c}{first + 1}" for c in "ABC"]
    plan = import_table(_book(tmp_path / "srr.xlsx", {"Register": rows}, merges=merges))
    assert _headings(plan)[0] == [
        "1. Education and Standards",
        "Risk 1 may harm pupils and the trust.",
    ]


def test_foundations_over_a_foundation_as_missions_over_outcomes(tmp_path: Path) -> None:
    """'Mission 1: ...' over 'Outcome: ...', then 'Our Foundations' over 'Foundation: ...',
    in a text export: the same two levels (it was refused: two headings alike)."""
    header = "Ref\tAction\tLead\tTarget date\tQ2 status"
    lines = ["Mid Suffolk District Council", "Our Delivery Plan 2025/26", "",
             "Mission 1: Connected and Fairer Society", "Outcome: Residents access services",
             header, "M1.1a\tLaunch web chat.\tCustomer Services Manager\tDec-25\tGreen", "",
             "Outcome: Communities are safe", header,
             "M1.2a\tReview the PSPO.\tCommunities Manager\tMar-26\tAmber", "",
             "Mission 2: Safe and Affordable Housing", "Outcome: The right homes are built",
             header, "M2.1a\tSubmit the Local Plan.\tHead of Planning\tJun-26\tGreen", "",
             "Our Foundations", "Foundation: Ensure financial responsibility", header,
             "F1a\tPublish the accounts.\tChief Finance Officer\tFeb-26\tGreen"]  # fmt: skip
    plan = import_table(_text(tmp_path / "plan.txt", lines))
    assert [h[0][:9] for h in _headings(plan)] == [
        "Mission 1",
        "Mission 1",
        "Mission 2",
        "Our Found",
    ]
    assert _headings(plan)[-1][1] == "Foundation: Ensure financial responsibility"


def test_labelled_lines_after_the_milestones_are_no_actions(tmp_path: Path) -> None:
    """'Budget:' | '£2.35m ...' and 'Decisions required:' | '...' under a text highlight
    report's milestones: lines of the report, kept in the notes (they were read as
    milestones)."""
    lines = ["Transformation Programme Highlight Report", "",
             "Ref\tMilestone\tOwner\tForecast date\tRAG",
             "CD01\tLaunch the contact platform.\tHead of Customer Services\tJun-25\tG",
             "CD02\tMigrate the legacy systems.\tHead of Revenues\tMar-26\tA", "",
             "Budget:\t£2.35m approved for 2025/26; forecast on budget.",
             "Decisions required:\tApproval of the supplier change request (CD02)."]  # fmt: skip
    plan = import_table(_text(tmp_path / "report.txt", lines))
    assert [a.ref for a in plan.actions()] == ["CD01", "CD02"]
    assert any(n.startswith("Budget:") for n in plan.notes)


def test_a_summarys_titles_after_the_key_over_its_totals(tmp_path: Path) -> None:
    """'Summary | Actions | Complete | Green | Amber | Red' after the key, over 'Total | 8 |
    1 | 3 | 2 | 1': the summary's titles, not an action (it was refused as a row after the
    key); a university's 'University Secretary and Director of Governance' is one officer."""
    rows = [["Ref", "Recommendation", "Agreed action", "Responsible officer", "Due", "RAG"],
            ["K-01/1", "Timesheets should support grant charges.", "Roll out timesheets.",
             "University Secretary and Director of Governance", "31/03/2026", "G"],
            ["K-01/2", "Overspends should be cleared.", "Clear the overspends.",
             "Director of Finance", "31/01/2026", "A"], [],
            ["RAG key: B = complete, G = on track, A = at risk, R = overdue"],
            ["Summary", "Actions", "Complete", "Green", "Amber", "Red"],
            ["Total", "2", "0", "1", "1", "0"]]  # fmt: skip
    plan = import_table(_csv(tmp_path / "tracker.csv", rows))
    assert [list(a.lead) for a in plan.actions()] == [
        ["University Secretary and Director of Governance"],
        ["Director of Finance"],
    ]


def test_overdue_management_actions_named_on_the_summary_sheet(tmp_path: Path) -> None:
    """'... – Internal Audit Overdue Management Actions' on the summary sheet over two
    annexes of the actions: the plan's title (it was untitled)."""
    summary: list[list[object]] = [
        ["West Sussex County Council – Internal Audit Overdue Management Actions"],
        ["Position at 12 September 2025"],
    ]
    sheets: dict[str, list[list[object]]] = {"Summary": summary}
    for n, kind in ((1, "High"), (2, "Low and Medium")):
        rows: list[list[object]] = [[f"Annex {n} – Overdue {kind} Priority Management Actions"],
                                    [], HEADER]  # fmt: skip
        rows += [[f"{n}.{a}", f"Put finding {n}.{a} right.", "Head of Service", "Mar-26", "G"]
                 for a in (1, 2)]  # fmt: skip
        sheets[f"Annex {n}"] = rows
    plan = import_table(_book(tmp_path / "ia.xlsx", sheets))
    assert plan.title == "West Sussex County Council – Internal Audit Overdue Management Actions"


def test_fields_letters_before_a_post_are_one_post(tmp_path: Path) -> None:
    """'CIN/CP Team Managers', 'HR/OD Manager': two fields' letters, then the post over
    both (it was split into 'CIN' and 'CP Team Managers'); 'RG/JF' is still two people."""
    rows = [["Ref", "Action", "Lead", "Due", "RAG"],
            ["1", "Audit plans.", "CIN/CP Team Managers", "Mar-26", "G"],
            ["2", "Train staff.", "HR/OD Manager", "Mar-26", "G"],
            ["3", "Review cases.", "RG/JF", "Mar-26", "G"]]  # fmt: skip
    plan = import_table(_csv(tmp_path / "plan.csv", rows))
    assert [list(a.lead) for a in plan.actions()] == [
        ["CIN/CP Team Managers"], ["HR/OD Manager"], ["RG", "JF"],
    ]  # fmt: skip


def test_header_words_councils_and_regulators_use(tmp_path: Path) -> None:
    """'Business plan action' is the action; 'Action agreed by Council' the action beside
    'Internal auditor's recommendation'; 'Who will do it' the lead; 'Action taken', where no
    other column is the action, the action (HIS's template); 'Ref & risk title' the risk,
    'Executive risk owner' the DLT lead. Each was read as no field (or the file refused)."""
    cases: list[tuple[list[str], str]] = [
        (["Ref", "Business plan action", "Lead", "Due", "Q2 status"], "action"),
        (["Rec No.", "Internal auditor's recommendation", "Action agreed by Council",
          "Responsibility", "Target date", "Status"], "agreed"),
        (["Ref", "What CQC found", "Action we will take", "Who will do it", "By when", "RAG"],
         "who"),
        (["Action taken", "Date for completion", "Responsible person", "RAG"], "taken"),
    ]  # fmt: skip
    for header, kind in cases:
        row = {"action": ["1", "Deliver the plan.", "Head of Service", "Mar-26", "Green"],
               "agreed": ["1", "Reconcile the bank.", "Sign each reconciliation.", "Clerk",
                          "Mar-26", "Complete"],
               "who": ["1", "Medicines unsafe.", "Write protocols.", "Clinical Lead", "Mar-26",
                       "G"],
               "taken": ["Reinstate the audit schedule.", "30 June 2025", "Lead Pharmacist",
                         "Green"]}[kind]  # fmt: skip
        plan = import_table(_csv(tmp_path / f"{kind}.csv", [header, row]))
        action = next(plan.actions())
        wanted = {"Deliver the plan.", "Sign each reconciliation.", "Write protocols.",
                  "Reinstate the audit schedule."}  # fmt: skip
        assert action.action in wanted, kind
        assert list(action.lead) in (["Head of Service"], ["Clerk"], ["Clinical Lead"],
                                     ["Lead Pharmacist"]), kind  # fmt: skip
    rows = [["Ref & risk title", "Executive risk owner", "Action ref", "Further action required",
             "Action lead", "Target date", "Status"],
            ["SR01 – Cyber resilience", "Director of Finance", "SR01.1", "Patch the servers.",
             "Head of ICT", "Mar-26", "Green"]]  # fmt: skip
    plan = import_table(_csv(tmp_path / "register.csv", rows))
    action = next(plan.actions())
    assert (_headings(plan)[0], list(action.dlt)) == (
        ["SR01 – Cyber resilience"],
        ["Director of Finance"],
    )


def test_a_semicolon_in_a_comma_files_text_is_no_broken_quote(tmp_path: Path) -> None:
    """A comma file with a quoted line and a ';' in a cell, whose header names no column the
    tool knows: refused for no header, not for the quote a ';' split broke."""
    path = tmp_path / "plan.csv"
    rows = "".join(f"{n},thing {n}; more,other {n}\n" for n in range(1, 6))
    path.write_text('Plan title,,\n"Quarter 2 report, Committee",,\nThing,Other,More\n' + rows,
                    encoding="utf-8")  # fmt: skip
    result = run("import", str(path), "-o", str(tmp_path / "plan.yaml"))
    assert result.exit_code == 1
    assert "no header row found" in result.stderr
    assert "quoted cell" not in result.stderr


def test_a_requirement_with_the_regulators_due_date_under_the_header(tmp_path: Path) -> None:
    """A fostering agency's table: the requirement merged across under the header, 'Ofsted
    due date: 31/03/2025' merged beside it: the part its actions answer (it was read as an
    action, the date as its end)."""
    header = ["Ref", "Action", "Lead", "Target date", "Progress update", "RAG"]
    words = "Requirement: The registered person must refer allegations to the LADO at once."
    rows = [header, [words] * 4 + ["Ofsted due date: 31/03/2025"] * 2,
            ["1a", "Audit every allegation.", "Registered Manager", "31/03/2025", "Done.",
             "Complete"],
            ["1b", "Train all staff.", "Practice Development Manager", "May 2025", "Booked.",
             "A"]]  # fmt: skip
    plan = import_table(_word(tmp_path / "ifa.docx", "Agency Action Plan", rows,
                              [(1, 0, 3), (1, 4, 5)]))  # fmt: skip
    assert [a.ref for a in plan.actions()] == ["1a", "1b"]
    assert _headings(plan)[0][-1] == words


def test_titles_a_person_reads_over_captions_and_names(tmp_path: Path) -> None:
    """'Milestone plan' over the table is a caption, not the title (it outscored the report's
    name); a body's name spelt out under its letters in the plan's name ('HEIW Board Action
    Log' over 'Health Education and Improvement Wales / Addysg ...') is not the title."""
    name = "Urgent & Emergency Care Improvement Programme – Highlight Report"
    rows: list[list[object]] = [["Harrogate and District NHS Foundation Trust"], [name], [],
                                ["Milestone plan"], HEADER, *_actions(2)]  # fmt: skip
    plan = import_table(_book(tmp_path / "hr.xlsx", {"Highlight report": rows}))
    assert plan.title == name
    lines = ["HEIW Board Action Log – Public Board Meetings",
             "Health Education and Improvement Wales / Addysg a Gwella Iechyd Cymru", "",
             "Ref\tAction\tLead\tDue\tStatus",
             "B25/01\tPublish the workforce plan.\tDirector of Workforce\tMar-26"
             "\tGreen"]  # fmt: skip
    assert import_table(_text(tmp_path / "log.txt", lines)).title == (
        "HEIW Board Action Log – Public Board Meetings"
    )


def test_escalations_beside_their_label_above_the_header_are_no_part(tmp_path: Path) -> None:
    """'Escalations to Committee' | its words above a highlight report's milestones: said of
    the programme, kept in the notes (it was read as the theme over every workstream)."""
    rows: list[list[object]] = [
        ["UEC Improvement Programme: Highlight Report"], [],
        ["Escalations to Committee", "Nurse practitioner recruitment remains off track; agency "
         "cover approved to the end of January 2026."], [],
        HEADER, ["Workstream 1: Front door"], *_actions(2),
    ]  # fmt: skip
    merges = ["Report!B3:E3", "Report!A6:E6"]
    plan = import_table(_book(tmp_path / "hr.xlsx", {"Report": rows}, merges=merges))
    assert [h[0] for h in _headings(plan)] == ["Workstream 1: Front door"] * 2


def test_a_trust_boards_columns_and_a_safeguarding_post(tmp_path: Path) -> None:
    """'Responsible Director' is the lead and 'Target Quarter' the end (both were kept as
    other columns: no lead, no end); 'MCA/DoLS Lead' is one post (it was split)."""
    rows = [["Action No.", "Action", "Responsible Director", "Target Quarter", "RAG"],
            ["TB/25/41", "Report sickness absence.", "Director of Operations", "Q3 2025/26",
             "G"],
            ["TB/25/42", "Audit capacity assessments.", "MCA/DoLS Lead", "Q4 2025/26",
             "A"]]  # fmt: skip
    plan = import_table(_csv(tmp_path / "log.csv", rows))
    assert [(list(a.lead), str(a.end)) for a in plan.actions()] == [
        (["Director of Operations"], "2025-12"),
        (["MCA/DoLS Lead"], "2026-03"),
    ]


def test_a_corporate_risk_under_its_objectives_band(tmp_path: Path) -> None:
    """'Corporate Objective 1 – ...' bands over a 'Corporate Risk' column merged down beside
    its actions: the objective, then the risk (the risk was kept as another column)."""
    rows: list[list[object]] = [["Corporate Risk", "Risk Owner", "No.", "Further Actions",
                                 "Action Owner", "Target Date", "Action Status"]]  # fmt: skip
    merges = []
    for n in (1, 2):
        rows.append([f"Corporate Objective {n} – Objective {n}"])
        merges.append(f"Register!A{len(rows)}:G{len(rows)}")
        first = len(rows) + 1
        for a in (1, 2):
            rows.append([f"CRR {n} – Risk {n}" if a == 1 else None,
                         "Director" if a == 1 else None, f"{n}.{a}",
                         f"Reduce risk {n}, step {a}.", "Head of Service", "Mar-26",
                         "Green"])  # fmt: skip
        merges += [f"Register!{c}{first}:{c}{first + 1}" for c in "AB"]
    plan = import_table(_book(tmp_path / "crr.xlsx", {"Register": rows}, merges=merges))
    assert _headings(plan)[0] == ["Corporate Objective 1 – Objective 1", "CRR 1 – Risk 1"]
