"""Issue 18, what the seventy-seventh to eighty-fourth blind sets showed (heldout77, 14 of 14
right on first sight; heldout78, 11 of 14 right, 1 refused, 2 wrongly; heldout79, 12 of 14
right, 2 wrongly; heldout80, 12 of 14 right, 1 refused, 1 wrongly; heldout81, 9 of 14 right,
5 wrongly; heldout82, 11 of 14 right, 1 refused, 2 wrongly; heldout83, 12 of 14 right, 2
wrongly; heldout84, 14 of 14 right; heldout85, 13 of 14 right, 1 wrongly; heldout86, 12 of 14
right, 1 refused, 1 wrongly; heldout87, 13 of 14 right, 1 wrongly; heldout88, 10 of 14
right, 4 wrongly; heldout89, 13 of 14 right, 1 wrongly; heldout90, 14 of 14 right;
heldout91, 11 of 14 right, 3 wrongly; heldout92, 14 of 14 right; heldout93, 13 of 14 right, 1
wrongly; heldout94, 12 of 14 right, 2 wrongly; heldout95, 14 of 14 right; heldout96, 13 of 14
right, 1 wrongly; heldout97, 13 of 14 right, 1 wrongly; heldout98, 13 of 14 right, 1
wrongly; heldout99, 12 of 14 right, 1 refused, 1 wrongly; heldout100, 11 of 14 right, 1 refused
at another line, 1 refused, 1 wrongly; heldout101, 13 of 14 right, 1 wrongly; heldout102, 9 of
14 right, 5 wrongly; heldout103 and heldout104, 12 of 14 right each, 1 refused, 1 wrongly;
heldout105 and heldout106, 12 of 14 right each, 2 wrongly; heldout107, 11 of 14 right, 3
wrongly; heldout108, 12 of 14 right, 2 wrongly; heldout109, 11 of 14 right, 1 refused, 2
wrongly; heldout110, 12 of 14 right, 2 wrongly)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ofsted_plan.errors import PlanError
from ofsted_plan.importing.header import VOCABULARY, column_of
from ofsted_plan.importing.importer import import_table
from ofsted_plan.importing.people import split_people
from ofsted_plan.importing.values import STATUS_WORDS, read_status
from ofsted_plan.model import Status


def _docx_table(
    path: Path, paragraphs: list[str], rows: list[list[str]], fills: dict[tuple[int, int], str]
) -> None:
    """A Word document: paragraphs, then one table whose cells (row, column) in `fills` are
    shaded with that colour."""
    from docx import Document
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = Document()
    document.add_heading(paragraphs[0], level=1)
    for text in paragraphs[1:]:
        document.add_paragraph(text)
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            cell = table.cell(i, j)
            cell.text = text
            if (i, j) in fills:
                shading = OxmlElement("w:shd")
                shading.set(qn("w:val"), "clear")
                shading.set(qn("w:fill"), fills[(i, j)])
                cell._tc.get_or_add_tcPr().append(shading)
    document.save(str(path))


_PEER_ROWS = [
    ["No.", "Action", "Lead officer", "Timescale", "Progress (June 2020)"],
    ["1.1", "Hold member workshops", "Chief Executive", "March 2020", "Workshops held"],
    ["1.2", "Consult residents", "Chief Executive", "Sept 2020", "Consultation paused"],
    ["2.1", "Review the structure", "Head of HR", "April 2020", "Review completed"],
    ["3.1", "Agree a protocol", "Monitoring Officer", "May 2020", "Not yet started – awaiting"],
]
_PEER_FILLS = {(1, 4): "00B050", (2, 4): "FFC000", (3, 4): "0070C0", (4, 4): "FF0000"}


def test_progress_cells_shaded_as_the_rag(tmp_path: Path) -> None:
    """A peer challenge plan with no RAG column whose progress cells are shaded red, amber,
    green and blue (Eden's): the shading is the RAG, the words kept; 'Not yet started' in a
    red cell is red. It was refused, naming the rules line."""
    path = tmp_path / "peer.docx"
    _docx_table(
        path, ["Eden District Council – Peer Challenge Action Plan"], _PEER_ROWS, _PEER_FILLS
    )
    actions = list(import_table(path).actions())
    assert [a.status for a in actions] == [Status.GREEN, Status.AMBER, Status.BLUE, Status.RED]
    assert actions[0].extra["Progress (June 2020)"] == "Workshops held"
    assert actions[3].extra["Progress (June 2020)"] == "Not yet started – awaiting"


def test_a_priority_column_shaded_is_not_the_rag(tmp_path: Path) -> None:
    """'Priority' cells of High/Medium/Low shaded red and amber are a priority: still refused
    (no status read), never read as the RAG."""
    rows = [["No.", "Action", "Lead officer", "Timescale", "Priority"]] + [
        [r[0], r[1], r[2], r[3], word]
        for r, word in zip(_PEER_ROWS[1:], ("High", "Medium", "High", "Low"), strict=True)
    ]
    path = tmp_path / "priority.docx"
    _docx_table(path, ["A Council – Action Plan"], rows, _PEER_FILLS)
    with pytest.raises(PlanError, match="Priority"):
        import_table(path)


def test_words_in_a_rag_cell_read_by_its_colour_are_kept(tmp_path: Path) -> None:
    """'Significantly delayed' in a red RAG cell is read red by its colour; the words stay
    with the action (they were dropped)."""
    rows = [
        ["No.", "Action", "Lead", "Due", "RAG"],
        ["1", "Draft the policy", "RG", "Mar-24", "Significantly delayed"],
        ["2", "Train staff", "JF", "Jun-24", "Green"],
        ["3", "Audit files", "RG", "Sep-24", "Amber"],
    ]
    path = tmp_path / "plan.docx"
    _docx_table(path, ["Plan"], rows, {(1, 4): "FF0000"})
    first = next(import_table(path).actions())
    assert first.status is Status.RED
    assert first.extra["RAG"] == "Significantly delayed"


@pytest.mark.parametrize(
    ("cell", "status"),
    [
        ("Complete\nDelivery plan agreed by Hub Committee on 19 March 2024.", Status.BLUE),
        ("On track\nFirst report scheduled for 25 June 2024.", Status.GREEN),
        ("Amber\nSavings of £410k identified against a £620k gap.", Status.AMBER),
        ("Not started\nAwaiting a decision on scope.", Status.UNRATED),
    ],
)
def test_a_status_over_its_comment(cell: str, status: Status) -> None:
    """A 'Progress / Status' cell whose first line is the status and the rest what was done
    (West Devon's): the first line is the status (refused before)."""
    assert read_status(cell, STATUS_WORDS)[0] is status


@pytest.mark.parametrize("cell", ["Q1: Green\nQ2: Amber was red", "Workshops held\nmore"])
def test_two_statuses_or_none_over_lines_are_not_guessed(cell: str) -> None:
    """A later line naming a colour, or a first line that is no status: refused."""
    with pytest.raises(ValueError, match="RAG"):
        read_status(cell, STATUS_WORDS)


@pytest.mark.parametrize(
    ("cell", "officers"),
    [
        ("SENDCo and class teachers", ("SENDCo", "class teachers")),
        ("Group Manager, Operational Assurance", ("Group Manager, Operational Assurance",)),
        ("Group Manager, Strategic Planning", ("Group Manager, Strategic Planning",)),
        ("PSW, HoS Assessment", ("PSW", "HoS Assessment")),
        (
            "Arun District Council (Housing) and Safe in Sussex",
            ("Arun District Council (Housing)", "Safe in Sussex"),
        ),
        ("NHS Norfolk and Waveney ICB", ("NHS Norfolk and Waveney ICB",)),
        (
            "Adult Social Care and NHS Derby and Derbyshire ICB",
            ("Adult Social Care", "NHS Derby and Derbyshire ICB"),
        ),
        ("NHS Grampian and Aberdeen City Council", ("NHS Grampian", "Aberdeen City Council")),
        (
            "Head of ICT and Digital / HR and OD Manager",
            ("Head of ICT and Digital", "HR and OD Manager"),
        ),
        (  # a force and an officer's rank
            "MASH Manager & Thames Valley Police DI",
            ("MASH Manager", "Thames Valley Police DI"),
        ),
        ("Director of Finance / SMT", ("Director of Finance", "SMT")),  # a team's letters
        ("Head of Safeguarding / QA", ("Head of Safeguarding / QA",)),  # a field's
        ("Head of SEND/AP", ("Head of SEND/AP",)),
        (  # two fields of one manager, each one word
            "HR & Payroll Manager / Finance Business Partner",
            ("HR & Payroll Manager", "Finance Business Partner"),
        ),
        ("ICT Manager / HR and Payroll Manager", ("ICT Manager", "HR and Payroll Manager")),
        ("Hart DC Communications & Hart CSP", ("Hart DC Communications", "Hart CSP")),
        (  # a force (its unit in brackets), then another body's post
            "Police Scotland (DCI, Public Protection Unit) and NHS Grampian Nurse Consultant",
            ("Police Scotland (DCI, Public Protection Unit)", "NHS Grampian Nurse Consultant"),
        ),
        ("Housing Quality & Compliance Manager", ("Housing Quality & Compliance Manager",)),
        (  # what the post heads runs on past 'and'
            "Head of Children and Young People Commissioning",
            ("Head of Children and Young People Commissioning",),
        ),
        ("Director of Finance and Head of HR", ("Director of Finance", "Head of HR")),
        ("Principal and Literacy Co-ordinator", ("Principal", "Literacy Co-ordinator")),
        ("Principal and CEO", ("Principal and CEO",)),  # one person, two titles
        ("SAB Learning & Development Subgroup", ("SAB Learning & Development Subgroup",)),
        (
            "WMFS Station Commander (Prevention) and Sandwell MBC Head of Housing Management",
            ("WMFS Station Commander (Prevention)", "Sandwell MBC Head of Housing Management"),
        ),
        (
            "Assistant Chief Fire & Rescue Officer (Operations)",
            ("Assistant Chief Fire & Rescue Officer (Operations)",),
        ),
    ],
)
def test_leads_of_the_seventy_seventh_sets(cell: str, officers: tuple[str, ...]) -> None:
    assert split_people(cell).officers == officers


def test_a_citation_for_each_recommendation_is_no_theme(tmp_path: Path) -> None:
    """An RQIA tracker's 'Regulation / Standard' ('Standard 17.3'), one to each area for
    improvement and changing where it does: kept with the actions, not a theme over each."""
    path = tmp_path / "qip.txt"
    path.write_text(
        "Area for improvement\tNo.\tRegulation / Standard\tAction\tResponsible person\t"
        "Timescale\tStatus\n"
        "1. Staff receive supervision every four weeks.\t1.1\tStandard 17.3\tAgree a schedule"
        "\tRegistered Manager\tDecember 2023\tComplete\n"
        "\t1.2\tStandard 17.3\tAudit records monthly\tPSW\tMonthly\tGreen\n"
        "2. Fire risk actions completed in time.\t2.1\tRegulation 27(4)(a)\tReplace closers"
        "\tEstates Officer\tMarch 2024\tAmber\n",
        encoding="utf-8",
    )
    plan = import_table(path)
    assert [t.title for t in plan.themes] == [""]
    actions = list(plan.actions())
    assert actions[2].extra["Regulation / Standard"] == "Regulation 27(4)(a)"


def test_key_rows_under_the_table_are_not_actions(tmp_path: Path) -> None:
    """A status key under a CQC plan, one drop-down word a row beside its meaning: 'Amber -
    at risk' and 'Red - off track' are the key's (they were two actions numbered so); a red
    cell of words under the key too."""
    from openpyxl import Workbook
    from openpyxl.styles import PatternFill

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["No.", "CQC requirement", "Action", "Lead", "Due Date", "Status"])
    sheet.append(
        ["M1", "The trust must triage", "Introduce streaming", "CNO", "Jul-24", "On track"]
    )
    sheet.append(["M2", "The trust must train", "Set trajectories", "DCPO", "Aug-24", "Completed"])
    sheet.append(["S1", "The trust should audit", "Relaunch charts", "HoN", "Oct-24", "On track"])
    sheet.append([])
    sheet.append(["Status key"])
    sheet.append(["Completed", None, "Action delivered and evidence verified"])
    sheet.append(["On track", None, "Action progressing"])
    sheet.append(["Amber - at risk", None, "At risk of not meeting the due date"])
    sheet.append(["Red - off track", None, "Off track or due date passed"])
    sheet.append(["Significant delay / not on track"])
    sheet["A11"].fill = PatternFill("solid", fgColor="FF0000")
    path = tmp_path / "cqc.xlsx"
    book.save(path)
    assert [a.ref for a in import_table(path).actions()] == ["M1", "M2", "S1"]


def test_a_row_read_as_an_action_after_the_key_is_refused(tmp_path: Path) -> None:
    """Under the key, a row that still reads as an action of the table: a person would ask
    whether it is the key's; refused at its line."""
    path = tmp_path / "plan.csv"
    path.write_text(
        "Ref,Action,Lead,Due,RAG\n"
        "1,Draft the policy,RG,Mar-24,Green\n"
        "2,Train staff,JF,Jun-24,Amber\n"
        "3,Audit files,RG,Sep-24,Red\n"
        ",,,,\n"
        "Key: Green = on track; Amber = some slippage; Red = off track,,,,\n"
        "4,Review the plan,RG,Dec-24,Green\n",
        encoding="utf-8",
    )
    with pytest.raises(PlanError, match="after the plan's key") as caught:
        import_table(path)
    assert caught.value.line == 7


def test_a_priority_key_line_goes_on_under_the_key(tmp_path: Path) -> None:
    """'Priority 1 – significant weakness ...;  Priority 2 – ...' under 'Key': the key's line
    (it made an empty theme)."""
    path = tmp_path / "audit.csv"
    path.write_text(
        "Audit Assignment,Rec Ref,Recommendation,Responsible Officer,Implementation Date,Status\n"
        "Tenancy Fraud,TF1,Visits should be risk-based,Head of Tenancy,Sep-23,On target\n"
        ",TF2,Update the procedure,Policy Officer,Dec-23,On target\n"
        "Procurement,STA1,Report tenders,Head of Procurement,Mar-23,Implemented\n"
        ",,,,,\n"
        "Key,,,,,\n"
        "Status:  Implemented = blue;  On target = green,,,,,\n"
        "Priority 1 – significant weakness;  Priority 2 – important issue,,,,,\n",
        encoding="utf-8",
    )
    plan = import_table(path)
    assert [t.title for t in plan.themes] == ["Tenancy Fraud", "Procurement"]


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        (  # a bracketed '(updated ...)' is written into the name: kept
            ["Riverside Primary Academy – Post-Ofsted Action Plan (updated November 2024)"],
            "Riverside Primary Academy – Post-Ofsted Action Plan (updated November 2024)",
        ),
        (  # the plan named by its kind alone under the body's named plan
            ["Oldham Council - Public Health LGA Peer Challenge 2024",
             "Action Plan - progress at 31 January 2025"],
            "Oldham Council - Public Health LGA Peer Challenge 2024",
        ),
        (  # a body's name with its own initials names no plan
            ["Health Education and Improvement Wales (HEIW)",
             "Audit and Assurance Committee – Audit Wales Recommendations Tracker"],
            "Audit and Assurance Committee – Audit Wales Recommendations Tracker",
        ),
        (  # a plan's own initials
            ["Special Educational Needs Improvement Plan (SENIP)", "Position at March 2025"],
            "Special Educational Needs Improvement Plan (SENIP)",
        ),
        (  # a partnership's name, the review, then the plan's kind with its stamp
            ["Oldham Safeguarding Children Partnership",
             "Local Child Safeguarding Practice Review – Child A",
             "Partnership Action Plan (updated 21 October 2024)"],
            "Local Child Safeguarding Practice Review – Child A",
        ),
        (  # a report's name ending in a service is no body
            ["Internal Audit Recommendations Follow-Up – Children's Services",
             "Generated on: 02 May 2024 10:14 by Pentana Risk"],
            "Internal Audit Recommendations Follow-Up – Children's Services",
        ),
        (  # a line of bodies names no plan
            ["Broadland District Council and South Norfolk Council",
             "Strategic Risk Register – mitigating actions update, Quarter 2 2024/25"],
            "Strategic Risk Register – mitigating actions update, Quarter 2 2024/25",
        ),
    ],
)  # fmt: skip
def test_titles_of_the_eighty_first_sets(tmp_path: Path, lines: list[str], title: str) -> None:
    path = tmp_path / "plan.txt"
    path.write_text(
        "\n".join(lines) + "\n\nRef\tAction\tLead\tDue\tRAG\n"
        "1.1\tDraft the policy\tRG\tMar-24\tGreen\n"
        "1.2\tTrain staff\tJF\tJun-24\tAmber\n",
        encoding="utf-8",
    )
    assert import_table(path).title == title


def test_a_heading_naming_the_only_tables_column_is_its_caption(tmp_path: Path) -> None:
    """'Areas for improvement' over the one table, whose column is 'Area for improvement': the
    table's caption, not a theme over all its actions."""
    path = tmp_path / "piap.docx"
    from docx import Document

    document = Document()
    document.add_heading("Bradford College – Post-Inspection Action Plan", level=1)
    document.add_heading("Areas for improvement", level=2)
    table = document.add_table(rows=3, cols=5)
    for i, row in enumerate(
        [
            ["Ref", "Area for improvement", "Action(s)", "Lead", "Timescale"],
            ["1.1", "Improve attendance", "Introduce a dashboard", "AP Learners", "April 2024"],
            ["1.2", "Improve attendance", "Timetable GCSE English", "Director", "Sept 2024"],
        ]
    ):
        for j, text in enumerate(row):
            table.cell(i, j).text = text
    document.save(str(path))
    plan = import_table(path)
    assert [t.title for t in plan.themes] == [""]
    assert [r.text for r in plan.recommendations()] == ["Improve attendance"]


def test_a_statement_merged_down_over_actions_is_their_recommendation(tmp_path: Path) -> None:
    """A school's 'What the school needs to do to improve', merged down beside its actions, no
    column named as the recommendation: what they answer (it was kept aside, unread)."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["What the school needs to do to improve", "Action", "Lead", "By when", "RAG"])
    sheet.append(["Leaders should ensure the curriculum is sequenced", "Rewrite maps", "SMc",
                  "Autumn term 2023", "Green"])  # fmt: skip
    sheet.append([None, "Subject networks review maps", "KA", "Spring term 2024", "Amber"])
    sheet.append(["Leaders should make sure teachers check understanding", "CPD programme",
                  "JOD", "Spring term 2024", "Green"])  # fmt: skip
    sheet.append([None, "Instructional coaching", "JOD", "Summer term 2024", "Green"])
    sheet.merge_cells("A2:A3")
    sheet.merge_cells("A4:A5")
    path = tmp_path / "school.xlsx"
    book.save(path)
    recs = [r.text for r in import_table(path).recommendations()]
    assert recs == [
        "Leaders should ensure the curriculum is sequenced",
        "Leaders should make sure teachers check understanding",
    ]


def test_lines_after_the_last_action_heading_nothing_are_notes(tmp_path: Path) -> None:
    """'Next review: Improvement Board, 27 March 2025' alone in the Priority column under the
    table heads no action: a note, not a priority with nothing under it (seven corpus plans
    had one); 'Recommendation 4: ...' alone there, with no action yet, stays a part."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Priority", "Action", "Lead", "Deadline", "Status"])
    sheet.append(
        ["Priority A: Consistent thresholds", "Refresh the document", "RG", "Dec-24", "Red"]
    )
    sheet.append([None, "Weekly consultations", "JF", "Feb-25", "Amber"])
    sheet.append(["Next review: Improvement Board, 27 March 2025"])
    path = tmp_path / "plan.xlsx"
    book.save(path)
    plan = import_table(path)
    assert [r.text for r in plan.recommendations()] == ["Priority A: Consistent thresholds"]
    assert plan.notes[-1] == "Next review: Improvement Board, 27 March 2025"
    sheet.append(["Recommendation 4: Review the front door"])
    book.save(path)
    assert [r.text for r in import_table(path).recommendations()][-1] == (
        "Recommendation 4: Review the front door"
    )


def test_a_header_named_by_its_head_words(tmp_path: Path) -> None:
    """Healthcare Improvement Scotland's template: 'Action planned | Timescale to meet action |
    Responsibility for taking action | Progress (RAG)'. Two titles the vocabulary names, two
    more about the end and the lead by their first words: the header (no header was found)."""
    path = tmp_path / "his.txt"
    path.write_text(
        "Action planned\tTimescale to meet action\tResponsibility for taking action\t"
        "Progress (RAG)\n"
        "Weekly documentation audits\tOngoing\tSenior Charge Nurses\tGreen\n"
        "Introduce a revised chart\t31 December 2023\tLead Nurse\tComplete\n",
        encoding="utf-8",
    )
    actions = list(import_table(path).actions())
    assert [(a.lead, str(a.end), a.end_text, a.status) for a in actions] == [
        (("Senior Charge Nurses",), "None", "Ongoing", Status.GREEN),
        (("Lead Nurse",), "2023-12", "", Status.BLUE),
    ]


def test_a_recommendation_column_named_at_length(tmp_path: Path) -> None:
    """A scrutiny tracker's 'Task and Finish Group recommendation' is about the
    recommendation (its last word), beside 'Executive response' (it was kept aside: every
    action under none)."""
    path = tmp_path / "scrutiny.csv"
    path.write_text(
        "Task and Finish Group recommendation,Executive response,Ref,Action,Lead officer,"
        "Target date,RAG\n"
        "1. Respond to the water plan,Accepted,1a,Submit a response,Climate Manager,Sep-24,G\n"
        ",,1b,Hold liaison meetings,Climate Manager,Six-monthly,G\n"
        "2. Use planning powers,Partially accepted,2a,Prepare guidance,Policy Manager,Mar-25,A\n",
        encoding="utf-8",
    )
    recs = [r.text for r in import_table(path).recommendations()]
    assert recs == ["1. Respond to the water plan", "2. Use planning powers"]


def test_a_must_do_column_beside_the_finding_is_no_theme(tmp_path: Path) -> None:
    """'Must do / Should do' beside 'CQC finding', each kind over whole findings: the kind of
    requirement, not a theme over them (it was read as two themes, 'Must do' and 'Should
    do')."""
    path = tmp_path / "cqc.csv"
    path.write_text(
        "Ref,Must do / Should do,CQC finding,Action,Action owner,Completion date,Status\n"
        "MD1.1,Must do,The service must update each risk assessment after every incident,"
        "Audit assessments,Ward Manager,Sep-24,Complete\n"
        "MD1.2,,,Add a mandatory prompt,Head of Nursing,Oct-24,On track\n"
        "MD2.1,Must do,The service must make sure staff complete mandatory training,"
        "Book training,Training Lead,Nov-24,Amber\n"
        "SD1.1,Should do,The service should involve families in planning care,Send a pack,"
        "Family Worker,Oct-24,Complete\n",
        encoding="utf-8",
    )
    plan = import_table(path)
    assert [t.title for t in plan.themes] == [""]
    assert next(plan.actions()).extra["Must do / Should do"] == "Must do"


def test_a_bold_part_label_after_a_table_names_the_next_part(tmp_path: Path) -> None:
    """'Issue 1.1: ...' in bold under its heading, a table, then 'Issue 1.2: ...' in bold and
    its own table: the second names the next part as the first did (its actions were read
    under 'Issue 1.1')."""
    from docx import Document

    document = Document()
    document.add_heading("Housing Consumer Standards Improvement Plan", level=0)
    document.add_heading("1. Safety and Quality Standard", level=1)
    for issue, action in (
        ("Issue 1.1: We do not have accurate data on our homes.", "Survey every home"),
        ("Issue 1.2: Damp and mould cases are not resolved in time.", "Triage every case"),
    ):
        document.add_paragraph().add_run(issue).bold = True
        table = document.add_table(rows=2, cols=4)
        for j, text in enumerate(["Ref", "Action", "Lead", "Target date"]):
            table.cell(0, j).text = text
        for j, text in enumerate([issue[6:9], action, "Head of Assets", "March 2026"]):
            table.cell(1, j).text = text
    path = tmp_path / "plan.docx"
    document.save(str(path))
    plan = import_table(path)
    parts = [t.title for t in plan.themes] + [r.text for r in plan.recommendations()]
    assert "Issue 1.2: Damp and mould cases are not resolved in time." in parts
    assert [len(t.recommendations) for t in plan.themes] == [1, 1]  # one part each


def test_a_part_label_with_its_rule_in_brackets_gives_way_to_its_words(tmp_path: Path) -> None:
    """'Area for improvement 1  (Ref: Standard 5.3.1(f), stated first time)' over the RQIA's
    words: a label (its rule in brackets, with brackets inside), the words the part (the
    label was kept as a level over them)."""
    path = tmp_path / "qip.txt"
    path.write_text(
        "Beechcroft - Quality Improvement Plan\n\n"
        "Area for improvement 1  (Ref: Standard 5.3.1(f), stated first time)\n"
        "The Trust shall ensure that care plans are reviewed following each incident.\n\n"
        "  1.1  Audit ten care plans each month against the incident log.\n"
        "       Lead: Ward Manager   Target: 31/05/2024   Status: Complete\n"
        "  1.2  Add a prompt to the incident reporting form.\n"
        "       Lead: Governance Lead   Target: 30/06/2024   Status: Complete\n\n"
        "Area for improvement 2  (Ref: Standard 6.3.2(b), stated first time)\n"
        "The Trust shall ensure that young people have activity at weekends.\n\n"
        "  2.1  Agree a weekend activity timetable.\n"
        "       Lead: Head of OT   Target: August 2024   Status: Amber\n",
        encoding="utf-8",
    )
    plan = import_table(path)
    parts = [t.title for t in plan.themes if t.title] + [
        r.text for r in plan.recommendations() if r.text
    ]
    assert parts == [
        "The Trust shall ensure that care plans are reviewed following each incident.",
        "The Trust shall ensure that young people have activity at weekends.",
    ]


@pytest.mark.parametrize(
    "title",
    [
        "What does the ITE partnership need to do to improve? (Ofsted)",
        "What the school needs to do to improve",
        "What does the provider need to do to improve?",
    ],
)
def test_ofsteds_heading_for_its_recommendations(title: str) -> None:
    """Ofsted's 'What does the ... need to do to improve?': the recommendations (a column so
    titled was kept aside beside a 'Priority' column, its statements under none)."""
    found = column_of(VOCABULARY, title)
    assert found is not None and found.field == "recommendation"


def test_numbered_improvements_before_their_tables_name_the_parts(tmp_path: Path) -> None:
    """'Improvement 1: Leaders and managers should ensure ...' as a plain paragraph before
    each table (an apprenticeships plan): the part each table answers (read as prose, every
    action under none)."""
    from docx import Document

    document = Document()
    document.add_heading("Leeds Beckett University – Apprenticeships Action Plan", level=1)
    for n, (words, action) in enumerate(
        (
            ("Leaders should ensure that employers plan on-the-job training.", "Hold reviews"),
            ("Leaders should ensure that apprentices receive timely feedback.", "Set a standard"),
        ),
        start=1,
    ):
        document.add_paragraph(f"Improvement {n}: {words}")
        table = document.add_table(rows=2, cols=4)
        for j, text in enumerate(["Ref", "Action", "Lead", "By when"]):
            table.cell(0, j).text = text
        for j, text in enumerate([f"{n}.1", action, "Head of Apprenticeships", "Dec-24"]):
            table.cell(1, j).text = text
    path = tmp_path / "piap.docx"
    document.save(str(path))
    plan = import_table(path)
    parts = [t.title for t in plan.themes if t.title] + [
        r.text for r in plan.recommendations() if r.text
    ]
    assert parts == [
        "Improvement 1: Leaders should ensure that employers plan on-the-job training.",
        "Improvement 2: Leaders should ensure that apprentices receive timely feedback.",
    ]


@pytest.mark.parametrize(
    ("title", "field"),
    [
        ("Further Mitigating Actions", "action"),
        ("Risk Description", "theme"),
        ("Risk Title", "theme"),
    ],
)
def test_a_risk_registers_columns(title: str, field: str) -> None:
    """A combined authority's register: 'Further Mitigating Actions' under each 'Risk
    Description' (no header was found, so its mistyped 'Jnue 2025' was refused at no line)."""
    found = column_of(VOCABULARY, title)
    assert found is not None and found.field == field


def test_one_review_on_every_row_is_no_theme(tmp_path: Path) -> None:
    """A SAB's tracker export: 'Review' = 'SAR Mr T' on every row beside the recommendations:
    what the whole plan answers, kept with each action, not one theme over all of them."""
    path = tmp_path / "sar.csv"
    path.write_text(
        "Action ID,Review,Recommendation,Action,Lead Officer,Target Date,RAG\n"
        "MRT-01,SAR Mr T,1. Apply the self-neglect policy,Deliver briefings,Board Manager,"
        "Mar-25,Green\n"
        "MRT-02,SAR Mr T,1. Apply the self-neglect policy,Audit closed cases,Head of QA,"
        "Jun-25,Amber\n"
        "MRT-03,SAR Mr T,2. Improve hoarding responses,Train fire officers,Station Manager,"
        "Sep-25,Green\n",
        encoding="utf-8",
    )
    plan = import_table(path)
    assert [t.title for t in plan.themes] == [""]
    assert next(plan.actions()).extra["Review"] == "SAR Mr T"


def test_homes_named_over_their_requirements_are_the_themes(tmp_path: Path) -> None:
    """A provider's tracker of two children's homes: 'Home' (Hanwell House, Ashdown Lodge)
    over each home's requirements: the theme (kept aside: a name of two words was no heading);
    a column of bodies ('Primary Care', 'West Yorkshire Police') still is none."""
    path = tmp_path / "homes.csv"
    path.write_text(
        "Home,Ref,Requirement / Recommendation,Action,Owner,Due Date,Status\n"
        "Hanwell House,HH-R1,The registered person must assess missing risks,Update plans,"
        "Registered Manager,Nov-24,Complete\n"
        "Hanwell House,HH-R2,The registered person must keep the home in repair,Replace doors,"
        "Property Manager,Jan-25,Amber\n"
        "Ashdown Lodge,AL-R1,The registered person must train staff,Book training,"
        "Registered Manager,Dec-24,Green\n",
        encoding="utf-8",
    )
    assert [t.title for t in import_table(path).themes] == ["Hanwell House", "Ashdown Lodge"]


def test_a_late_word_in_a_cell_the_plan_colours_otherwise(tmp_path: Path) -> None:
    """'Behind schedule' (red to the tool's words) in a cell the plan shades amber, its key
    saying amber too: amber, as the council coloured it; its words kept."""
    from openpyxl import Workbook
    from openpyxl.styles import PatternFill

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Ref", "Action", "Lead", "Due date", "Status"])
    sheet.append(["TB/1", "Circulate the estates paper", "DoE", "Oct-24", "Behind schedule"])
    sheet.append(["TB/2", "Arrange a development session", "CEO", "Dec-24", "On track"])
    sheet.append(["TB/3", "Report on waiting times", "COO", "Nov-24", "Overdue"])
    sheet["E2"].fill = PatternFill("solid", fgColor="FFC000")
    sheet["E4"].fill = PatternFill("solid", fgColor="FF0000")
    path = tmp_path / "log.xlsx"
    book.save(path)
    actions = list(import_table(path).actions())
    assert [a.status for a in actions] == [Status.AMBER, Status.GREEN, Status.RED]
    assert actions[0].extra["Status"] == "Behind schedule"


def test_a_bold_bodys_recommendation_label_gives_way_to_its_words(tmp_path: Path) -> None:
    """'BVAR recommendation' in bold under each numbered heading, its words on the next line,
    then the table: the words are the recommendation (they were dropped)."""
    from docx import Document

    document = Document()
    document.add_heading("The Highland Council – BVAR Improvement Plan", level=0)
    for n, (heading, words) in enumerate(
        (
            ("1. Financial sustainability", "The council should set a medium-term plan."),
            ("2. Performance management", "The council should report performance clearly."),
        ),
        start=1,
    ):
        document.add_heading(heading, level=1)
        document.add_paragraph().add_run("BVAR recommendation").bold = True
        document.add_paragraph(words)
        table = document.add_table(rows=2, cols=4)
        for j, text in enumerate(["Ref", "Improvement action", "Lead officer", "Timescale"]):
            table.cell(0, j).text = text
        for j, text in enumerate([f"{n}.1", "Draft the plan", "Head of Finance", "March 2021"]):
            table.cell(1, j).text = text
    path = tmp_path / "bvar.docx"
    document.save(str(path))
    recs = [r.text for r in import_table(path).recommendations()]
    assert recs == [
        "The council should set a medium-term plan.",
        "The council should report performance clearly.",
    ]


def test_a_key_colour_for_two_states_is_not_completion(tmp_path: Path) -> None:
    """A key's 'Green – complete or on track': one colour for two states, so green stays
    green (every green action was read as complete)."""
    from ofsted_plan.importing.keys import meaning_of

    assert meaning_of("complete or on track") is None
    assert meaning_of("completed") is Status.BLUE


def test_an_actions_own_ref_in_its_text_beside_the_recommendations_number(
    tmp_path: Path,
) -> None:
    """'No.' holds the recommendation's number (1, 1, 2) and each action starts with its own
    ('1a. Introduce ...'): the action's ref is '1a', taken off its words; the column's number
    kept as 'Recommendation no.'."""
    path = tmp_path / "pact.csv"
    path.write_text(
        "No.,Ofsted recommendation,Action,Responsible,Timescale,RAG\n"
        "1,Ensure assessments are timely,1a. Introduce a tracker,Team Manager,Apr-24,Complete\n"
        "1,Ensure assessments are timely,1b. Commission sessional workers,Head,Jun-24,Amber\n"
        "2,Improve life story books,2a. Create a worker post,Head,Sep-24,Green\n",
        encoding="utf-8",
    )
    actions = list(import_table(path).actions())
    assert [(a.ref, a.action) for a in actions] == [
        ("1a", "Introduce a tracker"),
        ("1b", "Commission sessional workers"),
        ("2a", "Create a worker post"),
    ]
    assert actions[0].extra["Recommendation no."] == "1"


def test_a_long_plan_heading_under_the_bodys_heading_is_the_title(tmp_path: Path) -> None:
    """Heading 1 the trust's name, Heading 2 the plan's full name: the title is the plan's
    name (four of six authors of this shape), the body's name kept in the notes; a short
    second heading still reads on after the body's name."""
    from docx import Document

    def plan(path: Path, body: str, name: str) -> None:
        document = Document()
        document.add_heading(body, level=1)
        document.add_heading(name, level=2)
        table = document.add_table(rows=2, cols=4)
        for j, text in enumerate(["Ref", "Action", "Lead", "Due"]):
            table.cell(0, j).text = text
        for j, text in enumerate(["1.1", "Audit the wards", "Matron", "Mar-24"]):
            table.cell(1, j).text = text
        document.save(str(path))

    long_name = "CQC Inspection 2023 – Must Do and Should Do Action Plan"
    plan(tmp_path / "a.docx", "Lincolnshire Partnership NHS Foundation Trust", long_name)
    read = import_table(tmp_path / "a.docx")
    assert read.title == long_name
    assert "Lincolnshire Partnership NHS Foundation Trust" in read.notes
    plan(tmp_path / "b.docx", "Buckinghamshire Safeguarding Adults Board", "Business Plan 2018")
    assert import_table(tmp_path / "b.docx").title == (
        "Buckinghamshire Safeguarding Adults Board Business Plan 2018"
    )


def test_an_outcome_under_each_standard_is_the_recommendation(tmp_path: Path) -> None:
    """'Standard' (the theme), then 'Required outcome', each over a run of actions inside one
    standard, no column named the recommendation: the outcome is what the actions answer
    (kept aside before); a 'Self-assessment finding' is the finding too."""
    path = tmp_path / "karbon.txt"
    path.write_text(
        "Standard\tRequired outcome\tRef\tAction\tLead\tTarget\tRAG\n"
        "Safety and Quality\tAccurate data on the condition of every home\tSQ1\tSurvey homes"
        "\tHead of Assets\tMar-25\tGreen\n"
        "Safety and Quality\tAccurate data on the condition of every home\tSQ2\tLoad data"
        "\tData Manager\tJun-25\tAmber\n"
        "Neighbourhood\tAnti-social behaviour cases managed consistently\tNC1\tRefresh policy"
        "\tASB Manager\tSep-25\tGreen\n"
        "Neighbourhood\tAnti-social behaviour cases managed consistently\tNC2\tReport outcomes"
        "\tPerformance Manager\tDec-25\tGreen\n",
        encoding="utf-8",
    )
    recs = [r.text for r in import_table(path).recommendations()]
    assert recs == [
        "Accurate data on the condition of every home",
        "Anti-social behaviour cases managed consistently",
    ]
    found = column_of(VOCABULARY, "Self-assessment finding")
    assert found is not None and found.field == "recommendation"


def test_a_row_read_as_an_action_with_no_action_is_refused(tmp_path: Path) -> None:
    """A fire plan's shaded 'AFI 1' rows over their actions, read as actions numbered 'AFI
    1' with no words (13 actions for 8): refused at the row, with the rules line, not read."""
    path = tmp_path / "afi.csv"
    path.write_text(
        "Ref,Area for improvement,Action,Lead,Due,RAG\n"
        "1,The service should target prevention,Refresh the model,Group Commander,Dec-24,Blue\n"
        "AFI 2,,,,,\n"
        "2a,The service should train crews,Train crews,Station Manager,Mar-25,Green\n",
        encoding="utf-8",
    )
    with pytest.raises(PlanError, match="no action in it") as caught:
        import_table(path)
    assert caught.value.line == 3


def test_an_area_on_a_row_of_its_own_heads_the_actions_under_it(tmp_path: Path) -> None:
    """'AFI 1 | The service should target prevention' in the ref and area columns, the actions
    under it leaving the area empty: the area is what they answer (heldout231's 'Requirement
    1 | The registered person must ...'; it was refused as an action with no words)."""
    path = tmp_path / "afi.csv"
    path.write_text(
        "Ref,Area for improvement,Action,Lead,Due,RAG\n"
        "AFI 1,The service should target prevention,,,,\n"
        "1a,,Refresh the targeting model,Group Commander,Dec-24,Blue\n"
        "1b,,Train crews,Station Manager,Mar-25,Green\n",
        encoding="utf-8",
    )
    recs = [r for t in import_table(path).themes for r in t.recommendations]
    assert [(r.text, [a.ref for a in r.actions]) for r in recs] == [
        ("The service should target prevention", ["1a", "1b"])
    ]


def test_an_agenda_item_for_each_action_is_no_theme(tmp_path: Path) -> None:
    """A board's action log naming a different agenda item on every action: where each
    arose, kept with it, not a theme over one action each (four authors of six)."""
    path = tmp_path / "log.csv"
    path.write_text(
        "Ref,Meeting date,Agenda item,Action,Lead,Due date,RAG\n"
        "TB/1,12/09/2024,Integrated performance report,Add a trend chart,COO,Nov-24,Green\n"
        "TB/2,12/09/2024,Freedom to speak up report,Break concerns down,CPO,Jan-25,Amber\n"
        "TB/3,14/11/2024,Estates strategy,Confirm the timeline,CFO,Jan-25,Green\n"
        "TB/4,14/11/2024,Workforce report,Report vacancy rates,CPO,Mar-25,Green\n",
        encoding="utf-8",
    )
    plan = import_table(path)
    assert [t.title for t in plan.themes] == [""]
    assert next(plan.actions()).extra["Agenda item"] == "Integrated performance report"
