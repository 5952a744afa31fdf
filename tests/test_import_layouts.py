"""Issue 18: the layouts the fourteenth and fifteenth blind sets found, each as a small file
the test writes: a Gantt chart's months, a date completed, a RAG each term, a system's
key = value export, label headings, a logo beside the title, a table copied from a PDF,
ticks, a key that moves the scale, an audit column, comments over a Word table's header."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from ofsted_plan.model import Month, Status

from .test_import_records import read, refusal, rows

# ---------------------------------------------------------------- the fourteenth blind set


def test_a_gantt_timeline_of_months_gives_the_end_month(tmp_path: Path) -> None:
    """No end column, but month columns with the due month marked: the last one marked."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Ref", "Action", "Owner", "Apr-24", "May-24", "Jun-24", "Jul-24", "RAG"])
    sheet.append(["E1", "Review the tool", "RG", None, "X", None, None, "Green"])
    sheet.append(["E2", "Train staff", "JF", "X", "X", "X", None, "Amber"])
    sheet.append(["E3", "Audit visits", "CP", None, None, None, None, "Red"])
    path = tmp_path / "gantt.xlsx"
    book.save(path)
    actions = list(read(path).actions())
    assert [a.end for a in actions] == [Month(2024, 5), Month(2024, 6), None]
    assert actions[0].extra == {"May-24": "X"}  # the mark is kept too


def test_a_date_completed_beside_a_blank_rag_is_complete(tmp_path: Path) -> None:
    path = tmp_path / "plan.csv"
    path.write_text(
        "Ref,Action,Lead,Target date,Date completed,RAG\n"
        "EH1,Introduce a form,RG,31/12/2024,18/12/2024,\n"
        "EH2,Audit assessments,JF,Mar-25,,G\n"
        "EH3,Train leads,CP,Mar-25,,\n",
        encoding="utf-8",
    )
    assert [a.status for a in read(path).actions()] == [
        Status.BLUE,
        Status.GREEN,
        Status.UNRATED,
    ]


def test_a_rag_each_term_is_read_at_the_latest_term_rated(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Virtual School Improvement Plan", level=0)
    table = document.add_table(rows=0, cols=6)
    first = table.add_row().cells
    for n, text in enumerate(["Ref", "Key Actions", "Lead"]):
        first[n].text = text
    first[3].merge(first[5]).text = "RAG"  # over the three terms
    second = table.add_row().cells
    for n, text in enumerate(["", "", "", "Autumn", "Spring", "Summer"]):
        second[n].text = text
    for cells in (
        ["1a", "Refresh the terms", "VSH", "A", "G", ""],
        ["1b", "Agree a plan", "RG", "", "R", ""],
    ):
        row = table.add_row().cells
        for n, text in enumerate(cells):
            row[n].text = text
    path = tmp_path / "sip.docx"
    document.save(str(path))
    assert [a.status for a in read(path).actions()] == [Status.GREEN, Status.RED]


def test_a_system_export_of_key_equals_value_records(tmp_path: Path) -> None:
    path = tmp_path / "export.txt"
    path.write_text(
        "Accelerated Progress Plan\nExported: 03/03/2025\n\n"
        "[APP-01]\naction_id = APP-01\npriority = Priority 1: EHC plans\n"
        "area_for_improvement = Issue plans within 20 weeks.\naction = Recruit coordinators.\n"
        "owner = Head of SEND; Designated Clinical Officer\ndue_date = 31/03/2025\n"
        "rag_status = Amber\n\n"
        "[APP-02]\naction_id = APP-02\npriority = Priority 1: EHC plans\n"
        "area_for_improvement = Issue plans within 20 weeks.\naction = Audit plans.\n"
        "owner = Head of SEND\ndue_date = Q4 2024/25\nrag_status = Green\n\n"
        "[APP-03]\naction_id = APP-03\npriority = Priority 2: Pathway\n"
        "area_for_improvement = Assess sooner.\naction = Commission capacity.\n"
        "owner = ICB Head of Commissioning\ndue_date = 30/06/2025\nrag_status = Red\n",
        encoding="utf-8",
    )
    assert rows(read(path)) == [
        ("Priority 1: EHC plans", "Issue plans within 20 weeks.", "APP-01",
         ("Head of SEND", "Designated Clinical Officer"), Month(2025, 3), Status.AMBER),
        ("Priority 1: EHC plans", "Issue plans within 20 weeks.", "APP-02", ("Head of SEND",),
         Month(2025, 3), Status.GREEN),
        ("Priority 2: Pathway", "Assess sooner.", "APP-03", ("ICB Head of Commissioning",),
         Month(2025, 6), Status.RED),
    ]  # fmt: skip


def test_a_heading_that_only_names_the_kind_of_part_gives_way_to_its_text(
    tmp_path: Path,
) -> None:
    """'1.1 Area for improvement' over the finding's words: the words are the part; a
    rationale paragraph ('Why this is a priority: ...') is prose, not the part."""
    document = Document()
    document.add_heading("PEEL action plan", level=0)
    for n, (theme, finding) in enumerate(
        (("Investigating crime", "The force should supervise."), ("Vulnerability", "Assess risk.")),
        1,
    ):
        document.add_heading(f"{n}. {theme}", level=1)
        document.add_heading(f"{n}.1 Area for improvement", level=2)
        document.add_paragraph(finding)
        _word_table(
            document, ["Ref", "Action", "Owner", "RAG"], [f"{n}.1.1", "Do it", "T/Supt Jones", "G"]
        )
    path = tmp_path / "peel.docx"
    document.save(str(path))
    plan = read(path)
    assert [(r[0], r[1], r[3]) for r in rows(plan)] == [
        ("1. Investigating crime", "The force should supervise.", ("T/Supt Jones",)),
        ("2. Vulnerability", "Assess risk.", ("T/Supt Jones",)),
    ]


def test_a_logo_placeholder_beside_the_title_and_a_shaded_summary_header_are_not_read(
    tmp_path: Path,
) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import PatternFill

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["[Council logo]", "Youth Justice Plan 2024/25: Delivery Plan"])
    sheet.append(["Youth Justice Management Board"])
    sheet.append([])
    sheet.append(["Ref", "Action", "Owner", "Due", "Status"])
    for ref, status in (("YJ1", "Slipping"), ("YJ2", "On track"), ("YJ3", "Achieved")):
        sheet.append([ref, "Do it", "RG", "Mar-25", status])
    summary = book.create_sheet("Summary", 0)  # before the plan: counts and their key
    summary.append(["Theme", "Achieved", "On track", "Slipping"])  # its header, shaded navy
    for cell in summary[1]:
        cell.fill = PatternFill("solid", fgColor="1F3864")
    summary.append(["Youth justice", 1, 1, 1])
    path = tmp_path / "yjs.xlsx"
    book.save(path)
    plan = read(path)
    assert plan.title == "Youth Justice Plan 2024/25: Delivery Plan"
    assert [a.status for a in plan.actions()] == [Status.AMBER, Status.GREEN, Status.BLUE]


# ---------------------------------------------------------------- the fifteenth blind set

PDF_PASTE = """\
Item 4                                                          Appendix B

Children's Services Inspection Action Plan

No.   Action                              Lead officer          Timescale      RAG

Priority for action 1: Screen all referrals within timescales
1.1   Introduce a duty rota               Head of Service       April 2009     Green
1.2   Report referral timeliness          Performance Manager   Monthly        Amber

                              Page 1 of 2
\fItem 4                                                          Appendix B

No.   Action                              Lead officer          Timescale      RAG

Priority for action 2: Improve assessments
2.1   Revise the guidance                 Principal Officer     {end}      Red
"""


def test_a_table_copied_from_a_pdf_is_cut_at_its_header_columns(tmp_path: Path) -> None:
    path = tmp_path / "appendix.txt"
    path.write_text(PDF_PASTE.format(end="June 2009 "), encoding="utf-8")
    plan = read(path)
    assert rows(plan) == [
        ("Priority for action 1: Screen all referrals within timescales", "", "1.1",
         ("Head of Service",), Month(2009, 4), Status.GREEN),
        ("Priority for action 1: Screen all referrals within timescales", "", "1.2",
         ("Performance Manager",), None, Status.AMBER),
        ("Priority for action 2: Improve assessments", "", "2.1", ("Principal Officer",),
         Month(2009, 6), Status.RED),
    ]  # fmt: skip
    assert plan.title == "Children's Services Inspection Action Plan"


def test_a_pdf_row_whose_text_runs_across_a_column_is_refused(tmp_path: Path) -> None:
    header = "No.   Action              Lead officer   Timescale   RAG"
    lead = header.index("Lead officer")
    row = "1.2   " + "Report on timeliness".ljust(lead - 8) + "Performance Manager  Monthly  Green"
    assert row[lead - 1] != " " and row[lead] != " "  # a word runs across the Lead column
    path = tmp_path / "appendix.txt"
    path.write_text(
        f"{header}\n1.1   Introduce a rota    Head of Service  April 2009  Green\n{row}\n",
        encoding="utf-8",
    )
    problem = refusal(path)
    assert problem.line == 3 and "do not line up" in str(problem)


def test_a_pdf_table_with_an_untitled_first_column_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_text(
        "       Milestone            Owner        Status\n"
        "C1.1   Relaunch the policy  Karen Blake  G\n"
        "C1.2   Train staff          Tom Price    A\n",
        encoding="utf-8",
    )
    problem = refusal(path)
    assert problem.line == 2 and "no title" in str(problem)


def test_ticks_in_a_done_column_and_a_month_marked_revised(tmp_path: Path) -> None:
    path = tmp_path / "plan.csv"
    path.write_text(
        "Ref,Action,Lead,By when,Done?\n"
        "1a,Publish the policy,RG,Mar-25 (revised),✓\n"
        "1b,Train staff,JF,Jun-25,\n"
        "1c,Audit files,CP,Sep-25,Yes\n",
        encoding="utf-8",
    )
    actions = list(read(path).actions())
    assert [(a.end, a.status) for a in actions] == [
        (Month(2025, 3), Status.BLUE),
        (Month(2025, 6), Status.UNRATED),
        (Month(2025, 9), Status.BLUE),
    ]
    assert actions[2].extra == {"Done?": "Yes"}  # the cell kept as written


def test_a_key_that_moves_the_scale_down_one(tmp_path: Path) -> None:
    """'Amber = On track' and 'Green = Complete' (beside Blue = complete and checked): amber
    is read as on track, green as complete."""
    path = tmp_path / "plan.csv"
    path.write_text(
        "Key: Red = Off track; Amber = On track; Green = Complete; Blue = Complete and checked\n"
        "Ref,Action,Lead,Due,RAG\n"
        "MD1,Train staff,RG,Mar-25,Amber\nMD2,Audit,JF,Mar-25,Green\nMD3,Recruit,CP,Mar-25,Red\n",
        encoding="utf-8",
    )
    assert [a.status for a in read(path).actions()] == [Status.GREEN, Status.BLUE, Status.RED]


def test_an_audit_column_is_the_theme_and_leads_split_at_slashes(tmp_path: Path) -> None:
    path = tmp_path / "tracker.csv"
    path.write_text(
        "Ref,Audit,Recommendation,Agreed action,Responsible officer,Target date,RAG\n"
        "P1,Payroll,Authorise forms,Introduce a form,Head of HR & OD,Mar-25,Amber\n"
        "D1,Debt Recovery,Review old debts,Review debts,Revenues & Benefits Manager / "
        "Chief Accountant,Apr-25,Red\n",
        encoding="utf-8",
    )
    assert [(r[0], r[1], r[3]) for r in rows(read(path))] == [
        ("Payroll", "Authorise forms", ("Head of HR & OD",)),
        ("Debt Recovery", "Review old debts", ("Revenues & Benefits Manager", "Chief Accountant")),
    ]


def test_word_tables_with_their_recommendation_and_comments_over_the_header(
    tmp_path: Path,
) -> None:
    """Each table: the recommendation merged across, the inspectors' comments, the header; a
    heading '(continued)' carries on the part before it."""
    document = Document()
    document.add_heading("Post Inspection Action Plan", level=0)
    for number in (1, 2):
        table = document.add_table(rows=0, cols=4)
        for cells in (
            [f"R{number} Raise standards in area {number}"] * 4,
            [f"Comments from the inspection report: area {number} is weak."] * 4,
            ["Ref", "Action", "Lead officer", "Target date"],
            [
                f"R{number}a",
                "Agree targets",
                "Mark Owusu (Participation Lead) and Service Manager",
                "Oct-11",
            ],
        ):
            row = table.add_row().cells
            if len(set(cells)) == 1:
                row[0].merge(row[3]).text = cells[0]
            else:
                for i, text in enumerate(cells):
                    row[i].text = text
        if number == 1:
            document.add_heading("Post Inspection Action Plan (continued)", level=1)
    path = tmp_path / "piap.docx"
    document.save(str(path))
    read_as = [([h for h in (r[0], r[1]) if h], r[3]) for r in rows(read(path))]
    lead = ("Mark Owusu (Participation Lead)", "Service Manager")
    assert read_as == [
        (["R1 Raise standards in area 1"], lead),
        (["R2 Raise standards in area 2"], lead),
    ]


# ---------------------------------------------------------------- the sixteenth blind set


def test_a_markdown_page_of_headings_and_pipe_tables_with_coloured_circles(tmp_path: Path) -> None:
    path = tmp_path / "loop.txt"
    path.write_text(
        "# Partnership action tracker\n\nStatus key: 🔴 off track · 🟢 on track · ✅ done\n\n"
        "### Area for improvement 1: Strategic oversight\n\n"
        "| # | Action | Owner | Due | Status |\n|---|---|---|---|---|\n"
        "| 1.1 | Agree a **strategy** | SCP Business Manager | Apr 2025 | 🟢 |\n"
        "| 1.2 | Create a subgroup | DCI Exploitation & Head of Early Help | Jan-25 | ✅ |\n\n"
        "### Area for improvement 2: Information sharing\n\n"
        "| # | Action | Owner | Due | Status |\n|---|---|---|---|---|\n"
        "| 2.1 | Share intelligence \\| daily | DI Public Protection | Ongoing | 🔴 |\n",
        encoding="utf-8",
    )
    plan = read(path)
    assert plan.title == "Partnership action tracker"
    assert rows(plan) == [
        ("Area for improvement 1: Strategic oversight", "", "1.1", ("SCP Business Manager",),
         Month(2025, 4), Status.GREEN),
        ("Area for improvement 1: Strategic oversight", "", "1.2",
         ("DCI Exploitation", "Head of Early Help"), Month(2025, 1), Status.BLUE),
        ("Area for improvement 2: Information sharing", "", "2.1", ("DI Public Protection",),
         None, Status.RED),
    ]  # fmt: skip
    actions = list(plan.actions())
    assert actions[0].action == "Agree a strategy"
    assert actions[2].action == "Share intelligence | daily"


def test_a_rag_each_quarter_beside_a_timescale_over_start_and_end(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Ref", "Action", "Lead officer", "Timescale", None, "RAG by quarter", None])
    sheet.append([None, None, None, "Start", "End", "Q1", "Q2"])
    sheet.merge_cells("D1:E1")
    sheet.merge_cells("F1:G1")
    sheet.append(["1.1", "Recruit staff", "RG", "Apr-24", "Dec-24", "A", "G"])
    sheet.append(["1.2", "Audit plans", "JF", "May-24", "Mar-25", "R", None])
    path = tmp_path / "sip.xlsx"
    book.save(path)
    assert [(a.start, a.end, a.status) for a in read(path).actions()] == [
        (Month(2024, 4), Month(2024, 12), Status.GREEN),
        (Month(2024, 5), Month(2025, 3), Status.RED),
    ]


def test_a_key_calling_amber_partially_achieved_leaves_it_amber(tmp_path: Path) -> None:
    path = tmp_path / "plan.csv"
    path.write_text(
        "Key: Green – achieved; Amber – partially achieved / in progress; Red – not achieved\n"
        "Ref,Action,Lead,Due,RAG\nF1,Recruit carers,RG,Mar-25,Green\n"
        "F2,Train carers,JF,Mar-25,Amber\nF3,Audit files,CP,Mar-25,Red\n",
        encoding="utf-8",
    )
    assert [a.status for a in read(path).actions()] == [Status.BLUE, Status.AMBER, Status.RED]


def test_a_text_plan_with_ruled_section_headings(tmp_path: Path) -> None:
    """A heading between rules is a section, not the title, unless it names a plan."""
    path = tmp_path / "plan.txt"
    path.write_text(
        "Ashgrove Academy – Post-Ofsted Action Plan\n\n"
        + "-" * 40
        + "\nQUALITY OF EDUCATION\n"
        + "-" * 40
        + "\n\nArea for improvement 1\nLeaders should plan the curriculum.\n\n"
        "  1.1  Write progression documents.\n       Lead: DHT\n       By: Autumn term 2024\n"
        "       RAG: B\n\n" + "-" * 40 + "\nLEADERSHIP\n" + "-" * 40 + "\n\n"
        "Area for improvement 2\nGovernors should check the plan.\n\n"
        "  2.1  Train governors.\n       Lead: GM Protection / HR "
        "Business Partner\n       By: November 2024\n       RAG: G\n",
        encoding="utf-8",
    )
    plan = read(path)
    assert plan.title == "Ashgrove Academy – Post-Ofsted Action Plan"
    assert [(r[0], r[1], r[3]) for r in rows(plan)] == [
        ("QUALITY OF EDUCATION", "Leaders should plan the curriculum.", ("DHT",)),
        ("LEADERSHIP", "Governors should check the plan.",
         ("GM Protection", "HR Business Partner")),
    ]  # fmt: skip


def test_bodies_as_leads_and_columns_named_for_who_made_the_finding(tmp_path: Path) -> None:
    path = tmp_path / "plan.csv"
    path.write_text(
        "Pillar,Peer team recommendation,Ref,Action,Lead officer(s),Due,RAG\n"
        "Effectiveness,Investigate well,1a,Allocate by skill,Adult Social Care and Southshire "
        "ICB,Mar-25,G\n"
        "Effectiveness,Investigate well,1b,Supervise,Southshire Police / MARAC Coordinator,"
        "Mar-25,A\n",
        encoding="utf-8",
    )
    assert [(r[0], r[1], r[3]) for r in rows(read(path))] == [
        ("Effectiveness", "Investigate well", ("Adult Social Care", "Southshire ICB")),
        ("Effectiveness", "Investigate well", ("Southshire Police", "MARAC Coordinator")),
    ]


# ---------------------------------------------------------------- the seventeenth blind set


def test_a_row_that_carries_on_the_sentence_above(tmp_path: Path) -> None:
    """A row with only more words of the action (no ref, the sentence above left open) is
    that action's; with its own lead, date and RAG it is refused: one action or two?"""
    path = tmp_path / "plan.csv"
    path.write_text(
        "Ref,Action,Lead,Target date,RAG\n"
        "1.1,Deliver briefings to,RG,Jun-25,A\n"
        ",designated safeguarding leads in schools,,,\n"
        "1.2,Train staff.,JF,Sep-25,G\n",
        encoding="utf-8",
    )
    actions = list(read(path).actions())
    assert [a.action for a in actions] == [
        "Deliver briefings to designated safeguarding leads in schools",
        "Train staff.",
    ]
    path.write_text(
        "Ref,Action,Lead,Target date,RAG\n"
        "1.1,Deliver briefings to,RG,Jun-25,A\n"
        ",designated safeguarding leads in schools,Education Lead,Sep-25,G\n",
        encoding="utf-8",
    )
    problem = refusal(path)
    assert problem.line == 3 and "one action or two" in str(problem)


def test_a_pdf_table_whose_lines_wrap_and_dashes_under_each_title(tmp_path: Path) -> None:
    path = tmp_path / "appendix.txt"
    path.write_text(
        "Ref   Action                         Lead                Due              RAG\n"
        "----  -----------------------------  ------------------  ---------------  ---\n"
        "R1.1  Introduce a supervision audit  Head of Housing &   Dec 2025         G\n"
        "      tool and audit 10% of files    HoS Adolescents\n"
        "R1.2  Train managers.                PSW/WFD Mgr         end of Q2 25/26  A→G\n",
        encoding="utf-8",
    )
    actions = list(read(path).actions())
    assert [(a.ref, a.action, a.lead, a.end, a.status) for a in actions] == [
        ("R1.1", "Introduce a supervision audit tool and audit 10% of files",
         ("Head of Housing", "HoS Adolescents"), Month(2025, 12), Status.GREEN),
        ("R1.2", "Train managers.", ("PSW", "WFD Mgr"), Month(2025, 9), Status.GREEN),
    ]  # fmt: skip


def test_headings_over_a_theme_column_are_the_themes(tmp_path: Path) -> None:
    """A band over the table and a theme and a recommendation column inside it: three
    levels; the band and the recommendation name the action, the theme column is kept."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(
        ["Ref", "Regulation / standard", "Requirement", "Action", "Responsible", "Target", "RAG"]
    )
    sheet.append(["Requirements"])
    sheet.merge_cells("A2:G2")
    sheet.append(
        ["1a", "Regulation 12", "Staff must follow the policy", "Train staff", "RM", "Jun-24", "G"]
    )
    sheet.append(["1b", None, None, "Audit files", "RM", "Jul-24", "A"])
    sheet.append(
        ["2a", "Regulation 13", "Leaders must monitor", "Monthly review", "RM", "Jul-24", "G"]
    )
    sheet.append(["Recommendations"])
    sheet.merge_cells("A6:G6")
    sheet.append(
        ["3a", "Guide 4.1", "Plans should be current", "Update plans", "DM", "Sep-24", "R"]
    )
    path = tmp_path / "home.xlsx"
    book.save(path)
    plan = read(path)
    assert [(r[0], r[1]) for r in rows(plan)] == [
        ("Requirements", "Staff must follow the policy"),
        ("Requirements", "Staff must follow the policy"),
        ("Requirements", "Leaders must monitor"),
        ("Recommendations", "Plans should be current"),
    ]
    assert next(plan.actions()).extra["Regulation / standard"] == "Regulation 12"  # kept


def test_a_bold_label_over_the_finding_gives_way_to_it(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("SEND Priority Action Plan", level=1)
    for n in (1, 2):
        document.add_heading(f"Priority {n}: Area {n}", level=2)
        document.add_paragraph().add_run(f"Area for priority action {n}").bold = True
        document.add_paragraph(f"Leaders should improve area {n}.")
        _word_table(document, ["Ref", "Action", "Lead", "RAG"], [f"{n}.1", "Do it", "RG", "G"])
    path = tmp_path / "pap.docx"
    document.save(str(path))
    assert [(r[0], r[1]) for r in rows(read(path))] == [
        ("Priority 1: Area 1", "Leaders should improve area 1."),
        ("Priority 2: Area 2", "Leaders should improve area 2."),
    ]


# ---------------------------------------------------------------- the eighteenth blind set


def test_rag_columns_named_by_review_date_read_at_the_latest(tmp_path: Path) -> None:
    path = tmp_path / "plan.csv"
    path.write_text(
        "No.,Recommendation,Action,Responsible Officer,RAG Sept 24,RAG Jan 25\n"
        "1.1,Manage risk,Re-train staff,RG,A,C\n"
        "1.2,Manage risk,Audit cases,JF,G,\n"
        "1.3,Manage risk,Set up panels,CP,,R\n"
        "Key: R = off track; A = at risk; G = on track; C = complete\n",
        encoding="utf-8",
    )
    assert [a.status for a in read(path).actions()] == [Status.BLUE, Status.GREEN, Status.RED]


def test_a_second_header_row_of_abbreviations(tmp_path: Path) -> None:
    path = tmp_path / "plan.csv"
    path.write_text(
        "Action No.,HMFSI Recommendation,SFRS Action,Action Owner,Target Completion Date,RAG\n"
        "No.,Rec,Action,AO,TCD,RAG\n"
        "1.1,Review referrals,Agree a pathway,GC A. Duncan,30/09/2024,B\n"
        "1.2,Review referrals,Deliver briefings,SC M. Rennie / WC J. Shaw,31/03/2025,G\n"
        "2.1,Train crews,Run courses,Learning & Development / Complaints Manager,Jun-25,A\n",
        encoding="utf-8",
    )
    assert [(r[1], r[2], r[3], r[4]) for r in rows(read(path))] == [
        ("Review referrals", "1.1", ("GC A. Duncan",), Month(2024, 9)),
        ("Review referrals", "1.2", ("SC M. Rennie", "WC J. Shaw"), Month(2025, 3)),
        ("Train crews", "2.1", ("Learning & Development", "Complaints Manager"), Month(2025, 6)),
    ]


def test_numbered_choices_and_a_key_of_symbols_under_the_table(tmp_path: Path) -> None:
    path = tmp_path / "plan.csv"
    path.write_text(
        "Ref,What we will do,Who,When,Status,Progress\n"
        "1.1,Map needs,RG,Mar-26,5. Complete,Done\n"
        "1.2,Commission places,JF,Jun-26,●,Started\n"
        "1.3,Issue guidance,CP,Jul-26,▲,Late\n"
        "\nStatus key\n●,On track\n▲,Some slippage\n",
        encoding="utf-8",
    )
    assert [a.status for a in read(path).actions()] == [Status.BLUE, Status.GREEN, Status.AMBER]


def test_a_full_year_years_from_every_other_month_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "plan.csv"
    path.write_text(
        "Ref,Action,Owner,Target,Status\n1a,Procure a survey,RG,31/03/2025,Amber\n"
        "1b,Publish indicators,JF,30/06/2025,Green\n2a,Tender the work,CP,31/03/2015,Amber\n"
        "2b,Report to the board,RG,30/09/2025,Green\n",
        encoding="utf-8",
    )
    problem = refusal(path)
    assert problem.line == 4 and "years from the plan's other months" in str(problem)


def test_a_labelled_box_beside_its_words_and_a_sentence_is_not_the_title(tmp_path: Path) -> None:
    document = Document()
    document.add_paragraph("Rosemount Lodge: Quality Improvement Plan")
    document.add_paragraph("Overall rating: requires improvement. Plan owner: the manager.")
    for section, n in (("Action required to comply with the Regulations", 1), ("Standards", 2)):
        document.add_paragraph(section)
        box = document.add_table(rows=1, cols=2)
        box.rows[0].cells[0].text = f"Area for improvement {n}\n\nRef: R{n}"
        box.rows[0].cells[1].text = f"The registered person shall fix thing {n} properly."
        _word_table(
            document,
            ["Action to be taken", "Responsible person", "Timescale", "Status"],
            [f"Do thing {n}", "Deputy Manager", "31/03/2025", "Green"],
        )
    path = tmp_path / "qip.docx"
    document.save(str(path))
    plan = read(path)
    assert plan.title == "Rosemount Lodge: Quality Improvement Plan"
    assert [(r[0], r[1]) for r in rows(plan)] == [
        ("Action required to comply with the Regulations",
         "The registered person shall fix thing 1 properly."),
        ("Standards", "The registered person shall fix thing 2 properly."),
    ]  # fmt: skip


# ---------------------------------------------------------------- the nineteenth blind set


def test_a_kind_of_finding_beside_the_requirement(
    tmp_path: Path,
) -> None:
    """'Must do' / 'Should do' beside the requirement's sentence is its kind, not a second
    recommendation."""
    from openpyxl import Workbook

    book = Workbook()
    cover = book.active
    assert cover is not None
    cover.title = "Cover"
    cover.append(["CQC Inspection Action Plan – Must Do and Should Do actions"])
    sheet = book.create_sheet("Action plan")
    sheet.append(["Trust-wide and core service action plan"])
    sheet.append(["No.", "Core service", "Must do / Should do", "CQC requirement", "Action",
                  "Action owner", "Target completion", "RAG"])  # fmt: skip
    requirement = "The trust must ensure that staff complete their mandatory training."
    for ref, kind in (("MD1", "Must do"), ("MD2", "Must do"), ("SD1", "Should do")):
        sheet.append(
            [ref, "Trust-wide", kind, requirement, "Set a target", "DoN", "Jun-24", "Green"]
        )
    path = tmp_path / "trust.xlsx"
    book.save(path)
    plan = read(path)
    assert {(r[0], r[1]) for r in rows(plan)} == {("Trust-wide", requirement)}
    assert next(plan.actions()).extra["Must do / Should do"] == "Must do"


# ---------------------------------------------------------------- the twentieth blind set


def test_an_ombudsman_tracker_cases_extended_deadlines_and_the_meeting_line(tmp_path: Path) -> None:
    path = tmp_path / "orders.csv"
    path.write_text(
        "Housing Ombudsman determinations – compliance with orders,,,,,,\n"
        '"Report to Audit and Standards Committee, 20 January 2026",,,,,,\n'
        "Case,Order / recommendation,Agreed action,Responsible officer,Deadline,"
        "Extended deadline,Status\n"
        "HOS 1 – damp,Order 1: Apologise.,Letter sent.,Director of Housing,11/09/2025,,Complete\n"
        "HOS 1 – damp,Order 2: Repair.,Works done.,Head of Performance & Business Intelligence,"
        "30/11/2025,31/03/2026,On track\n"
        "HOS 2 – noise,Order 1: Review.,Review held.,HR Business Partner,31/12/2025,,Overdue\n",
        encoding="utf-8",
    )
    plan = read(path)
    assert plan.title == "Housing Ombudsman determinations – compliance with orders"
    assert [(r[0], r[3], r[4]) for r in rows(plan)] == [
        ("HOS 1 – damp", ("Director of Housing",), Month(2025, 9)),
        ("HOS 1 – damp", ("Head of Performance & Business Intelligence",), Month(2026, 3)),
        ("HOS 2 – noise", ("HR Business Partner",), Month(2025, 12)),
    ]


def test_what_the_inspectors_told_us_and_a_key_on_track_to_complete(tmp_path: Path) -> None:
    path = tmp_path / "plan.csv"
    path.write_text(
        "Key: Blue = complete; Green = On track to complete by the date; Amber = at risk\n"
        "Ref,What CQC told us,Action,Lead,Due,RAG\n"
        "1,People waited too long,Clear the list,RG,Mar-25,Green\n"
        "2,People waited too long,Add staff,JF,Jun-25,Blue\n"
        "3,Carers were missed,Offer assessments,CP,Sep-25,Amber\n",
        encoding="utf-8",
    )
    plan = read(path)
    assert [(r[1], r[5]) for r in rows(plan)] == [
        ("People waited too long", Status.GREEN),
        ("People waited too long", Status.BLUE),
        ("Carers were missed", Status.AMBER),
    ]


def _word_table(document: object, *rows: list[str]) -> None:
    """Add a plain Word table, one list of cell texts per row."""
    table = document.add_table(rows=0, cols=len(rows[0]))  # type: ignore[attr-defined]
    for cells in rows:
        row = table.add_row().cells
        for i, text in enumerate(cells):
            row[i].text = text


def _action_table(document: object, ref: str) -> None:
    _word_table(
        document, ["Ref", "Action", "Responsible officer", "RAG"], [ref, "Do it", "RG", "G"]
    )


def test_findings_in_bold_or_plain_are_one_kind_of_part(tmp_path: Path) -> None:
    """'Finding 1: ...' in bold straight under its heading and 'Finding 2: ...' after a
    table: one kind of part, the recommendation under each heading."""
    document = Document()
    document.add_heading("Housing Improvement Plan", level=0)
    for section, findings in (("1. Safety Standard", (1, 2)), ("2. Tenancy Standard", (3,))):
        document.add_heading(section, level=1)
        for n in findings:
            document.add_paragraph().add_run(f"Finding {n}: Thing {n} was not shown.").bold = True
            _action_table(document, f"{n}.1")
    path = tmp_path / "housing.docx"
    document.save(str(path))
    assert [(r[0], r[1]) for r in rows(read(path))] == [
        ("1. Safety Standard", "Finding 1: Thing 1 was not shown."),
        ("1. Safety Standard", "Finding 2: Thing 2 was not shown."),
        ("2. Tenancy Standard", "Finding 3: Thing 3 was not shown."),
    ]


def test_a_heading_naming_only_the_kind_of_part_gives_way_to_its_bold_words(
    tmp_path: Path,
) -> None:
    document = Document()
    document.add_heading("JTAI action plan", level=0)
    for n in (1, 2):
        document.add_heading(f"Area for improvement {n}", level=2)
        document.add_paragraph().add_run(f"Information sharing part {n}.").bold = True
        _action_table(document, f"{n}a")
    path = tmp_path / "jtai.docx"
    document.save(str(path))
    assert [[h for h in (r[0], r[1]) if h] for r in rows(read(path))] == [
        ["Information sharing part 1."],
        ["Information sharing part 2."],
    ]


# ---------------------------------------------------------------- the twenty-first blind set


def test_a_tracker_export_of_several_reports_and_the_extract_line(tmp_path: Path) -> None:
    path = tmp_path / "tracker.csv"
    path.write_text(
        "Northbridge Police - HMICFRS Recommendations and AFI Tracker\n"
        "Extract from the force improvement tracker as at 31/01/2024\n\n"
        "Report,Ref,Recommendation / AFI,Action,Owner,Due date,RAG\n"
        "PEEL 2021/22,1.1,Record crime promptly,Deploy a team,DCI Smith,Mar-24,G\n"
        "PEEL 2021/22,1.2,Record crime promptly,Audit records,DI Jones,Jun-24,A\n"
        "Vulnerability 2023,2.1,Protect children,Train staff,Supt Ali,Sep-24,R\n",
        encoding="utf-8",
    )
    plan = read(path)
    assert plan.title == "Northbridge Police - HMICFRS Recommendations and AFI Tracker"
    assert [r[0] for r in rows(plan)] == ["PEEL 2021/22", "PEEL 2021/22", "Vulnerability 2023"]


def test_a_text_plan_paragraph_wrapped_over_lines_and_a_colour_key_under_a_sheet(
    tmp_path: Path,
) -> None:
    path = tmp_path / "plan.txt"
    path.write_text(
        "Westburn Council - Best Value Action Plan\nProgress update to the Audit Committee\n\n"
        + "-" * 40
        + "\n1. FINANCES\n\nThe council should set out how it will close the budget gap of\n"
        "£38 million by 2027/28.\n\nR1.1  Refresh the strategy.\n      Lead officer: CFO\n"
        "      Due: February 2025\n      Status: Complete\n\n" + "-" * 40 + "\n2. PEOPLE\n\n"
        "The council should plan its workforce.\n\nR2.1  Write a plan.\n      Lead officer: HR\n"
        "      Due: March 2025\n      Status: Green\n",
        encoding="utf-8",
    )
    plan = read(path)
    assert plan.title == "Westburn Council - Best Value Action Plan"
    assert [r[1] for r in rows(plan)] == [
        "The council should set out how it will close the budget gap of\n£38 million by 2027/28.",
        "The council should plan its workforce.",
    ]

    from openpyxl import Workbook
    from openpyxl.styles import PatternFill

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Ref", "Action", "Lead", "Due", "RAG"])
    for ref, fill in (("1.1", "00B050"), ("1.2", "FF0000")):
        sheet.append([ref, "Hold an event with carers", "RG", "Jan-25", None])
        sheet.cell(sheet.max_row, 5).fill = PatternFill("solid", fgColor=fill)
    sheet.append([])
    sheet.append(["RAG key"])
    for fill, meaning in (("00B050", "On track"), ("FF0000", "Significant delay / at risk")):
        sheet.append([None, meaning])
        sheet.cell(sheet.max_row, 1).fill = PatternFill("solid", fgColor=fill)
    book_path = tmp_path / "key.xlsx"
    book.save(book_path)
    actions = list(read(book_path).actions())
    assert [(a.action, a.status) for a in actions] == [
        ("Hold an event with carers", Status.GREEN),
        ("Hold an event with carers", Status.RED),
    ]


# ---------------------------------------------------------------- the twenty-second blind set


def test_columns_named_for_a_body_and_both_dates_in_one_cell(tmp_path: Path) -> None:
    path = tmp_path / "plan.csv"
    path.write_text(
        "Ref,HMICS Report,Accounts Commission recommendation,Improvement action,Owner,"
        "Target date,RAG\n"
        "W1,Wellbeing 2023,Develop a strategy,Survey staff,ACC Roberts / Supt Blair,"
        '"Original: March 2024\nRevised: September 2024",G\n'
        "W2,Wellbeing 2023,Develop a strategy,Publish it,Supt Blair,Dec-24,A\n"
        "C1,Custody 2024,Improve custody,Audit cells,DCC Grant,Mar-25,R\n",
        encoding="utf-8",
    )
    assert [(r[0], r[1], r[3], r[4]) for r in rows(read(path))] == [
        ("Wellbeing 2023", "Develop a strategy", ("ACC Roberts", "Supt Blair"), Month(2024, 9)),
        ("Wellbeing 2023", "Develop a strategy", ("Supt Blair",), Month(2024, 12)),
        ("Custody 2024", "Improve custody", ("DCC Grant",), Month(2025, 3)),
    ]


def test_a_ruled_banner_is_a_section_unless_it_names_the_plan(tmp_path: Path) -> None:
    path = tmp_path / "progress.txt"
    rule = "=" * 40
    path.write_text(
        "Audit Wales Work Programme: Council Progress Update\n\n"
        f"{rule}\nREPORT 1: Asset Management (issued 2022)\n{rule}\n\n"
        "1.1  Write an asset strategy.\n     Responsible officer: Head of Property\n"
        "     Timescale: March 2024\n     RAG: Green\n\n"
        f"{rule}\nREPORT 2: Workforce Planning (issued 2023)\n{rule}\n\n"
        "2.1  Write a workforce plan.\n     Responsible officer: Head of HR\n"
        "     Timescale: June 2024\n     RAG: Amber\n",
        encoding="utf-8",
    )
    plan = read(path)
    assert plan.title == "Audit Wales Work Programme: Council Progress Update"
    assert [r[0] for r in rows(plan)] == [
        "REPORT 1: Asset Management (issued 2022)",
        "REPORT 2: Workforce Planning (issued 2023)",
    ]


# ---------------------------------------------------------------- the twenty-third blind set


def test_a_revised_implementation_date_and_initials_after_a_one_word_post(tmp_path: Path) -> None:
    path = tmp_path / "tracker.csv"
    path.write_text(
        "No.,Recommendation,Agreed action,Responsible Officer,Original Implementation Date,"
        "Revised Implementation Date,RAG\n"
        "1,Reconcile the accounts,Monthly reconciliation,SM/JH,31/01/2022,30/11/2022,Amber\n"
        "2,Check the fees,Monthly check,HoS CIN/CP,30/06/2022,,Complete\n",
        encoding="utf-8",
    )
    assert [(a.lead, a.end) for a in read(path).actions()] == [
        (("SM", "JH"), Month(2022, 11)),
        (("HoS CIN/CP",), Month(2022, 6)),
    ]


def test_a_delivery_date_is_the_end(tmp_path: Path) -> None:
    path = tmp_path / "plan.csv"
    path.write_text(
        "No.,What we will do,Responsible lead,Delivery date,Progress\n"
        "1.1,Offer carers' assessments,Head of Adult Services,Sep-25,On track\n"
        "1.2,Review the carers' offer,Commissioning Manager,Dec-25,Completed\n",
        encoding="utf-8",
    )
    assert [a.end for a in read(path).actions()] == [Month(2025, 9), Month(2025, 12)]


def test_two_posts_joined_by_and_and_one_post_with_and_inside() -> None:
    from ofsted_plan.importing.people import split_people

    assert split_people("Chief Learning and Skills Officer").officers == (
        "Chief Learning and Skills Officer",
    )
    assert split_people("Designated Nurse (CCG) and Head of Leaving Care").officers == (
        "Designated Nurse (CCG)",
        "Head of Leaving Care",
    )
