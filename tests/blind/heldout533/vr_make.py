"""Build the seven vr- blind cases (data files + .expected.yaml) for heldout533.

Run with /work/main/.venv/bin/python vr_make.py  (needs openpyxl, python-docx, pyyaml).
Only writes files whose names start with "vr-".
"""
import csv
import datetime as dt
import io
import os

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE, GREY = "FF0000", "FFC000", "00B050", "00B0F0", "D9D9D9"
HEAD = "1F3864"


def out(name):
    assert name.startswith("vr-")
    return os.path.join(HERE, name)


class Lit(str):
    pass


def _lit(dumper, s):
    return dumper.represent_scalar("tag:yaml.org,2002:str", s, style=">")


yaml.SafeDumper.add_representer(Lit, _lit)


class Q(str):
    pass


yaml.SafeDumper.add_representer(Q, lambda d, s: d.represent_scalar("tag:yaml.org,2002:str", s, style='"'))


def write_yaml(name, doc):
    text = yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=100000,
                          default_flow_style=None)
    with open(out(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        f.write(text)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": Q(ref) if ref is not None else None, "under": list(under), "action": action, "lead": list(lead),
         "end": Q(end) if end is not None else None}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9, color=None):
    """Write text; '\n' in text becomes separate paragraphs in the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)


def header_row(table, labels):
    for c, lab in zip(table.rows[0].cells, labels):
        set_cell(c, lab, bold=True, color="FFFFFF")
        shade(c, HEAD)


def merged_row(table, text, fill, bold=True):
    row = table.add_row()
    cell = row.cells[0].merge(row.cells[-1])
    set_cell(cell, text, bold=bold)
    shade(cell, fill)
    return row


# ====================================================================== 1 DOCX
# Isle of Wight NHS Trust - CQC must do / should do action plan
def make_iow():
    name = "vr-isle-of-wight-nhs-trust-cqc-must-should-do-action-plan.docx"
    title = "Isle of Wight NHS Trust – CQC Inspection Action Plan: Must Do and Should Do Actions"
    rag_fill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    rag_word = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    sections = [
        ("1. Urgent and emergency care", [
            ("MD1: The trust must ensure that patients in the emergency department are triaged within 15 minutes of arrival. (Regulation 12(1)(2)(a))", [
                ("MD1.1", "Introduce a dedicated streaming and triage nurse at the front door from 08:00 to 02:00, seven days a week.",
                 "Head of Nursing, Urgent and Emergency Care", ["Head of Nursing, Urgent and Emergency Care"],
                 "31/12/2024", "2024-12", None,
                 "Rota in place since November 2024; compliance with 15-minute triage 91% in August 2025.", "B"),
                ("MD1.2", "Audit time to triage weekly and report compliance to the Urgent Care Care Group Board.\nEscalate any week below 90% to the Deputy Chief Nursing Officer.",
                 "Clinical Director, ED / Matron, ED", ["Clinical Director, ED", "Matron, ED"],
                 "Mar-25", "2025-03", None,
                 "Weekly audit embedded; two weeks below 90% in July 2025 were escalated as agreed.", "G"),
            ]),
            ("SD1: The trust should ensure that mental health risk assessments are completed for all patients presenting with self-harm.", [
                ("SD1.1", "Roll out the revised mental health risk assessment tool on the ED electronic record (Symphony) with mandatory fields.",
                 "Lead Nurse, Mental Health Liaison", ["Lead Nurse, Mental Health Liaison"],
                 "30/11/2024\nRevised: 31/03/2025", "2025-03", "30/11/2024\nRevised: 31/03/2025",
                 "Build delayed by the supplier; went live on 24 March 2025.", "B"),
            ]),
        ]),
        ("2. Medical care (including older people's care)", [
            ("MD2: The trust must ensure that staff complete and record falls risk assessments and lying and standing blood pressure for patients at risk of falls. (Regulation 12)", [
                ("MD2.1", "Launch the falls prevention care bundle on all medical wards, with ward-level training led by the Falls Practitioner.",
                 "Deputy Chief Nursing Officer", ["Deputy Chief Nursing Officer"],
                 "Q4 2024/25", "2025-03", "Q4 2024/25",
                 "Bundle launched on 9 of 10 wards; Colwell ward to follow after refurbishment.", "A"),
                ("MD2.2", "Add lying and standing blood pressure compliance to the monthly Tendable audit and the ward accreditation scheme.",
                 "Head of Nursing, Medicine; Quality Improvement Lead", ["Head of Nursing, Medicine", "Quality Improvement Lead"],
                 "30 June 2025", "2025-06", None,
                 "Included in the audit from May 2025; compliance 78% against a 95% target.", "R"),
            ]),
            ("SD2: The trust should ensure that discharge summaries are sent to GPs within 24 hours of discharge.", [
                ("SD2.1", "Introduce daily discharge summary reports for each ward and escalate outstanding summaries at the 15:00 site meeting.",
                 "Associate Medical Director (Patient Flow)", ["Associate Medical Director (Patient Flow)"],
                 "Ongoing", None, "Ongoing",
                 "Report live; 24-hour compliance improved from 61% to 83%.", "G"),
            ]),
        ]),
        ("3. Maternity", [
            ("MD3: The trust must ensure that all maternity staff complete mandatory training, including PROMPT and fetal monitoring training. (Regulation 18)", [
                ("MD3.1", "Publish a training trajectory to reach 90% compliance for PROMPT and fetal monitoring training and review it monthly at the Maternity and Neonatal Safety Champions meeting.",
                 "Director of Midwifery", ["Director of Midwifery"],
                 "September 2025", "2025-09", None,
                 "PROMPT 93%, fetal monitoring 88% at the end of September 2025.", "A"),
            ]),
            ("SD3: The trust should ensure that emergency equipment in the birthing unit is checked daily in line with policy.", [
                ("SD3.1", "Replace paper checklists with electronic daily checks and add missed checks to the maternity dashboard.",
                 "Maternity Matron / Digital Midwife", ["Maternity Matron", "Digital Midwife"],
                 "31/01/2025", "2025-01", None,
                 "Electronic checks live since January 2025; 100% completion for 12 consecutive weeks.", "B"),
            ]),
        ]),
    ]

    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    d.add_paragraph(title, style="Title")
    d.add_paragraph("Core services inspected at St Mary's Hospital: urgent and emergency care, medical care and maternity. "
                    "Inspection report published 9 October 2024.")
    d.add_paragraph("Monitored monthly by the Quality and Safety Committee. Position as at 30 September 2025.")

    d.add_heading("Document control", level=2)
    dc = d.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for k, v in [("Version", "4.2"), ("Plan owner", "Chief Nursing Officer"),
                 ("Author", "Head of Regulatory Compliance"),
                 ("Approved by", "Executive Committee, 16 September 2025"),
                 ("Next review", "December 2025")]:
        r = dc.add_row().cells
        set_cell(r[0], k, bold=True)
        shade(r[0], GREY)
        set_cell(r[1], v)

    d.add_heading("RAG key", level=2)
    key = d.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for k, v in [("B", "Complete – evidence reviewed and action closed by the Quality and Safety Committee"),
                 ("G", "On track to deliver by the target date"),
                 ("A", "At risk of not meeting the target date"),
                 ("R", "Target date missed / off track")]:
        r = key.add_row().cells
        set_cell(r[0], k, bold=True)
        shade(r[0], rag_fill[k])
        set_cell(r[1], v)

    actions = []
    for sec, recs in sections:
        d.add_heading(sec, level=1)
        t = d.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        header_row(t, ["Ref", "Action", "Lead(s)", "Target date", "Progress update", "RAG"])
        for rec, acts in recs:
            merged_row(t, rec, "DEEAF6")
            for ref, text, lead_cell, leads, date_cell, end, end_text, prog, rag in acts:
                c = t.add_row().cells
                set_cell(c[0], ref, bold=True)
                set_cell(c[1], text)
                set_cell(c[2], lead_cell)
                set_cell(c[3], date_cell)
                set_cell(c[4], prog)
                set_cell(c[5], rag, bold=True)
                shade(c[5], rag_fill[rag])
                actions.append(act(ref, [sec, rec], text, leads, end, rag_word[rag], end_text))
        d.add_paragraph("")
    d.add_paragraph("Note: actions rated Blue stay on the plan until the CQC re-inspects the core service.")
    d.save(out(name))

    write_yaml(name, {
        "source": Lit("Imitates an NHS acute trust's published CQC inspection action plan (Isle of Wight NHS Trust, 2024-25; "
                      "cf. the must do / should do progress reports that trusts such as East of England Ambulance and "
                      "Sheffield Health and Social Care publish to their boards). Copies: title paragraph, document-control "
                      "table, RAG key table, one table per core service under a numbered heading, each must do / should do "
                      "as a shaded full-width row above its numbered actions, several leads and job titles in one cell, "
                      "original and revised date in one cell, quarter and 'Ongoing' target dates, letter-and-fill RAG, notes line."),
        "reads": Lit("A CQC action plan for three core services. Under each service heading a table lists the must do (MD) and "
                     "should do (SD) findings as shaded rows, each followed by its numbered actions with leads, target date, "
                     "progress and a B/G/A/R rating. The document-control and RAG key tables are not part of the plan."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ====================================================================== 2 XLSX
# NHS Blood and Transplant - Board action log (meetings in public)
def make_nhsbt():
    name = "vr-nhs-blood-and-transplant-board-action-log.xlsx"
    title = "NHS Blood and Transplant – Board Action Log (Meetings held in Public)"
    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    fills = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    words = {"B": "blue", "G": "green", "A": "amber", "R": "red"}

    wb = Workbook()
    ws = wb.active
    ws.title = "Open actions"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14, color=HEAD)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Rolling log of actions arising from Board meetings. Updated for the Board meeting on 27 November 2025."
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:I2")
    hdr = ["Action No.", "Meeting date", "Minute ref", "Action", "Owner", "Due date", "Revised due date",
           "Progress update", "Status"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="005EB8")
        c.border = box
        c.alignment = wrap
    D = dt.datetime
    open_rows = [
        ("2025/11", D(2025, 1, 29), "25/07",
         "Provide the Board with a breakdown of the plasma for medicines programme costs by workstream, including contingency.",
         "Chief Financial Officer", ["Chief Financial Officer"], D(2025, 3, 27), D(2025, 11, 27), "2025-11", None,
         "Deferred pending DHSC funding confirmation; paper is item 9 on this agenda.", "G"),
        ("2025/19", D(2025, 3, 27), "25/21",
         "Bring a deep dive on O negative red cell stock resilience, including lessons learned from the amber alert, to a future Board seminar.",
         "Chief Operating Officer / Director of Blood Supply", ["Chief Operating Officer", "Director of Blood Supply"],
         D(2025, 6, 26), D(2026, 1, 29), "2026-01", None,
         "Seminar moved to January 2026 so that winter demand modelling can be included.", "A"),
        ("2025/24", D(2025, 5, 22), "25/38",
         "Circulate the revised Organ Donation and Transplantation strategy delivery plan with milestones and owners.",
         "Director of Organ and Tissue Donation and Transplantation", ["Director of Organ and Tissue Donation and Transplantation"],
         D(2025, 7, 24), None, "2025-07", None,
         "Not yet circulated; draft is with the executive team.", "R"),
        ("2025/27", D(2025, 5, 22), "25/41",
         "Report progress on the Infected Blood Inquiry recommendations relevant to NHSBT at each meeting in public.",
         "Medical Director", ["Medical Director"], "Standing item", None, None, "Standing item",
         "Update provided at item 7 of this agenda.", "G"),
        ("2025/33", D(2025, 7, 24), "25/55",
         "Review the Board Assurance Framework risk appetite for cyber security with the Audit, Risk and Governance Committee.",
         "Chief Digital and Information Officer; Company Secretary", ["Chief Digital and Information Officer", "Company Secretary"],
         D(2025, 11, 27), None, "2025-11", None,
         "On the ARGC agenda for 13 November 2025; outcome to be reported verbally.", "G"),
        ("2025/38", D(2025, 9, 25), "25/67",
         "Share the donor experience survey results by ethnicity and session type with Board members.",
         "HG/JW", ["HG", "JW"], "Jan 2026", None, "2026-01", None,
         "", "G"),
    ]
    actions = []
    r = 5
    for no, md, minute, text, owner, leads, due, rev, end, end_text, upd, st in open_rows:
        vals = [no, md, minute, text, owner, due, rev, upd or None, st]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = box
            c.alignment = wrap
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        sc = ws.cell(row=r, column=9)
        sc.fill = PatternFill("solid", fgColor=fills[st])
        sc.font = Font(bold=True)
        sc.alignment = Alignment(horizontal="center", vertical="top")
        actions.append(act(no, [], text, leads, end, words[st], end_text))
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Status key: B = complete, proposed for closure; G = on track / not yet due; "
                                    "A = due date revised; R = overdue").font = Font(italic=True, size=9)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    for col, w in zip("ABCDEFGHI", [11, 12, 10, 60, 30, 12, 14, 45, 8]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    ws2 = wb.create_sheet("Closed actions")
    ws2["A1"] = "Actions closed since the last meeting in public (for noting)"
    ws2["A1"].font = Font(bold=True, size=12, color=HEAD)
    ws2.merge_cells("A1:I1")
    hdr2 = ["Action No.", "Meeting date", "Minute ref", "Action", "Owner", "Due date", "Date closed",
            "Closure note", "Status"]
    for i, h in enumerate(hdr2, 1):
        c = ws2.cell(row=3, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="005EB8")
        c.border = box
    closed = [
        ("2025/08", D(2025, 1, 29), "25/04",
         "Amend the Integrated Performance Report to show blood stock days by blood group against the six-day target.",
         "Director of Strategy and Transformation", D(2025, 3, 27), D(2025, 3, 20), "2025-03",
         "Included from the March 2025 report."),
        ("2025/30", D(2025, 5, 22), "25/44",
         "Confirm the timetable for the Freedom to Speak Up annual report to the Board.",
         "Chief People Officer", D(2025, 7, 24), D(2025, 7, 24), "2025-07",
         "Reported to the Board on 24 July 2025."),
        ("2025/35", D(2025, 7, 24), "25/58",
         "Circulate the MHRA inspection close-out letter for the Filton manufacturing site to Board members.",
         "Director of Quality", D(2025, 9, 25), D(2025, 9, 2), "2025-09",
         "Circulated by email on 2 September 2025."),
    ]
    r = 4
    for no, md, minute, text, owner, due, closed_on, end, note in closed:
        vals = [no, md, minute, text, owner, due, closed_on, note, "Complete"]
        for i, v in enumerate(vals, 1):
            c = ws2.cell(row=r, column=i, value=v)
            c.border = box
            c.alignment = wrap
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        actions.append(act(no, [], text, [owner], end, "blue"))
        r += 1
    for col, w in zip("ABCDEFGHI", [11, 12, 10, 60, 30, 12, 12, 40, 10]):
        ws2.column_dimensions[col].width = w
    wb.save(out(name))

    write_yaml(name, {
        "source": Lit("Imitates the rolling action log an NHS special health authority (NHS Blood and Transplant, 2025) puts to "
                      "its Board meetings in public. Copies: title and 'updated for' line, action number / meeting date / "
                      "minute ref columns, due and revised due dates, 'Standing item' and month-text due cells, job titles and "
                      "initials as owners, status letters with fill and a status key line below the table, and a second "
                      "sheet of actions closed since the last meeting."),
        "reads": Lit("A board action log: six open actions on the first sheet, each with owner, due date (sometimes revised) "
                     "and a B/G/A/R status explained by the key line; the second sheet lists three actions closed since the "
                     "last meeting, all marked Complete. There are no themes or headings."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ====================================================================== 3 XLSX
# Hertfordshire FRS - HMICFRS values and culture recommendations tracker
def make_herts():
    name = "vr-hertfordshire-fire-rescue-service-hmicfrs-values-culture-recommendations-tracker.xlsx"
    title = "Hertfordshire Fire and Rescue Service – HMICFRS Values and Culture Recommendations Tracker"
    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    ragfill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    ragword = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    D = dt.datetime
    themes = [
        ("Theme 1: Background checks", [
            ("Rec 3", "By 1 October 2023, chief fire officers should make sure all staff have an appropriate background check, based on their role.", D(2023, 10, 1), [
                ("3.1", "Complete basic DBS checks for all operational and control staff not previously checked.",
                 "Head of HR", ["Head of HR"], D(2023, 12, 31), "2023-12", None, "Complete", "Complete",
                 "All checks completed; leavers during the exercise excluded."),
                ("3.2", "Introduce a three-yearly re-check cycle and add DBS status to the HR system dashboard.",
                 "Head of HR; HR Systems Manager", ["Head of HR", "HR Systems Manager"],
                 "31/03/2025 (revised 30/09/2025)", "2025-09", "31/03/2025 (revised 30/09/2025)", "Amber", "Green",
                 "Re-check cycle agreed by SLT; dashboard in user testing."),
            ]),
        ]),
        ("Theme 2: Raising concerns", [
            ("Rec 5", "By 1 October 2023, chief fire officers should make sure their services have a confidential reporting line to an independent organisation so that staff can raise concerns.", D(2023, 10, 1), [
                ("5.1", "Procure an independent confidential reporting line and publicise it on the intranet, station noticeboards and the staff app.",
                 "Area Manager – People and Organisational Development", ["Area Manager – People and Organisational Development"],
                 D(2023, 9, 30), "2023-09", None, "Complete", "Complete",
                 "Independent reporting line live from 18 September 2023."),
                ("5.2", "Report the number and themes of concerns raised to the Audit Committee each quarter.",
                 "DCFO", ["DCFO"], "Quarterly", None, "Quarterly", "Green", "Green",
                 "Q2 2025/26 report presented on 14 October 2025."),
            ]),
        ]),
        ("Theme 3: Equality, diversity and inclusion", [
            ("Rec 11", "By 1 June 2024, chief fire officers should make sure they have effective equality impact assessments in place, and that these are acted on and reviewed.", D(2024, 6, 1), [
                ("11.1", "Refresh the equality impact assessment template and guidance and train policy owners.",
                 "Inclusion Manager", ["Inclusion Manager"], D(2024, 6, 30), "2024-06", None, "Complete", "Complete",
                 "Template refreshed; 46 policy owners trained."),
                ("11.2", "Review all people policies published before 2022 against the new template.",
                 "Head of HR / Inclusion Manager", ["Head of HR", "Inclusion Manager"], D(2025, 12, 31), "2025-12", None,
                 "Green", "Amber", "31 of 58 policies reviewed; capacity constrained by pay negotiations."),
                ("11.3", "Publish completed equality impact assessments on the Service website.",
                 "Inclusion Manager", ["Inclusion Manager"], "Mar-26", "2026-03", None, "Green", "Green",
                 "Publication page built; first 12 assessments uploaded."),
            ]),
        ]),
        ("Theme 4: Leadership and behaviours", [
            ("Rec 19", "By 1 March 2024, chief fire officers should make sure all supervisory and middle managers are trained to identify and deal with inappropriate behaviour.", D(2024, 3, 1), [
                ("19.1", "Deliver the 'Leading with Respect' workshop to all crew, watch and station managers.",
                 "Head of Learning and Development", ["Head of Learning and Development"], D(2025, 3, 31), "2025-03", None,
                 "Amber", "Red",
                 "Completion 71%; attendance by on-call managers remains low. Recovery plan to SLT in November."),
                ("19.2", "Add a module on challenging inappropriate behaviour to the supervisory manager development programme.",
                 "Head of Learning and Development", ["Head of Learning and Development"], D(2025, 11, 30), "2025-11", None,
                 "Green", "Green", "Module written; first cohort starts on 3 November 2025."),
            ]),
        ]),
    ]
    counts = {"Complete": 0, "Green": 0, "Amber": 0, "Red": 0}
    for _, recs in themes:
        for _, _, _, acts in recs:
            for a in acts:
                counts[a[8]] += 1

    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = title
    s["A1"].font = Font(bold=True, size=14, color="C00000")
    s["A2"] = "Summary of sub-actions by current RAG – position at 31 October 2025"
    s["A4"], s["B4"] = "Current RAG", "Sub-actions"
    s["A4"].font = s["B4"].font = Font(bold=True)
    rr = 5
    for lab, key in [("Complete", "Complete"), ("Green – on track", "Green"), ("Amber – at risk", "Amber"),
                     ("Red – off track", "Red")]:
        s.cell(row=rr, column=1, value=lab).fill = PatternFill("solid", fgColor=ragfill[key])
        s.cell(row=rr, column=2, value=counts[key])
        rr += 1
    s.cell(row=rr, column=1, value="Total").font = Font(bold=True)
    s.cell(row=rr, column=2, value=sum(counts.values())).font = Font(bold=True)
    s.column_dimensions["A"].width = 30
    s.column_dimensions["B"].width = 14

    ws = wb.create_sheet("Tracker")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14, color="C00000")
    ws.merge_cells("A1:J1")
    ws["A2"] = ("Spotlight report: Values and culture in fire and rescue services (March 2023). Recommendations for "
                "chief fire officers. Owner: Deputy Chief Fire Officer.")
    ws.merge_cells("A2:J2")
    hdr = ["Rec", "HMICFRS recommendation", "HMICFRS deadline", "Ref", "Action", "Lead", "Target date",
           "Previous RAG", "Current RAG", "Progress commentary"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="C00000")
        c.border = box
        c.alignment = wrap
    r = 5
    actions = []
    for theme, recs in themes:
        c = ws.cell(row=r, column=1, value=theme)
        c.font = Font(bold=True)
        for col in range(1, 11):
            ws.cell(row=r, column=col).fill = PatternFill("solid", fgColor=GREY)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for recno, rectext, deadline, acts in recs:
            first = r
            ws.cell(row=r, column=1, value=recno)
            ws.cell(row=r, column=2, value=rectext)
            dc = ws.cell(row=r, column=3, value=deadline)
            dc.number_format = "dd/mm/yyyy"
            for ref, text, leadcell, leads, target, end, end_text, prev, cur, comm in acts:
                vals = {4: ref, 5: text, 6: leadcell, 7: target, 8: prev, 9: cur, 10: comm}
                for col, v in vals.items():
                    c = ws.cell(row=r, column=col, value=v)
                    if isinstance(v, dt.datetime):
                        c.number_format = "mmm-yy" if (ref == "11.1") else "dd/mm/yyyy"
                ws.cell(row=r, column=8).fill = PatternFill("solid", fgColor=ragfill[prev])
                ws.cell(row=r, column=9).fill = PatternFill("solid", fgColor=ragfill[cur])
                actions.append(act(ref, [theme, rectext], text, leads, end, ragword[cur], end_text))
                r += 1
            last = r - 1
            for col in range(1, 11):
                for rowi in range(first, last + 1):
                    ws.cell(row=rowi, column=col).border = box
                    ws.cell(row=rowi, column=col).alignment = wrap
            if last > first:
                for col in (1, 2, 3):
                    ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
    r += 1
    ws.cell(row=r, column=1, value="Note: the recommendations directed at the NFCC, Home Office, LGA and Fire Standards "
                                   "Board are monitored separately and are not included in this tracker.").font = Font(italic=True, size=9)
    for col, w in zip("ABCDEFGHIJ", [8, 45, 12, 7, 50, 30, 16, 11, 11, 45]):
        ws.column_dimensions[col].width = w
    wb.save(out(name))

    write_yaml(name, {
        "source": Lit("Imitates a fire and rescue service's tracker of the HMICFRS 'Values and culture in fire and rescue "
                      "services' spotlight recommendations (Hertfordshire FRS, 2025; cf. Derbyshire FRS's progress report to "
                      "its Governance and Performance Working Group, 2023). Copies: summary sheet with counts by RAG and a "
                      "total, title and scope lines, grey theme rows, HMICFRS recommendation text and deadline in cells merged "
                      "down over their sub-actions, sub-action refs, job titles and two leads in one cell, 'Quarterly' and "
                      "original/revised target dates, previous and current RAG with fill, notes line."),
        "reads": Lit("The Tracker sheet lists four HMICFRS recommendations under four themes, each recommendation (merged down "
                     "the rows) answered by two or three numbered sub-actions with lead, target date, previous and current "
                     "RAG. The Summary sheet only counts the sub-actions; the current RAG is each action's status."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ====================================================================== 4 XLSX (refuse)
# Staffordshire Police - stalking super-complaint action plan, mistyped month
def make_staffs():
    name = "vr-staffordshire-police-stalking-super-complaint-action-plan-typo-month-refuse.xlsx"
    title = "Staffordshire Police – Police Response to Stalking Super-Complaint: Recommendations Action Plan"
    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13, color="002060")
    ws.merge_cells("A1:G1")
    ws["A2"] = ("Joint HMICFRS, College of Policing and IOPC super-complaint report (September 2024). Force lead: ACC "
                "Local Policing. Version 1.3 – Stalking Working Group, 14/08/2025")
    ws.merge_cells("A2:G2")
    hdr = ["No.", "Recommendation / action", "Action owner", "Start", "Target completion", "Status", "Update"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="002060")
        c.border = box
    rows = [
        ("rec", "Recommendation 1: By September 2025, chief constables should make sure stalking is correctly identified and recorded at first contact."),
        ("1a", "Add stalking prompts to the contact management THRIVE+ script and to call-handler refresher training.",
         "Head of Contact Management", "Jan-25", "Jun-25", "Complete", "Prompts live from 2 June 2025."),
        ("1b", "Force Crime Registrar to dip-sample 50 harassment crimes a month for missed stalking offences.",
         "Force Crime Registrar", "Apr-25", "Sep-25", "In progress", "Four samples completed; 14% reclassified."),
        ("rec", "Recommendation 2: Chief constables should make sure stalking protection orders are considered in every appropriate case."),
        ("2a", "Appoint a stalking protection order lead in each local policing area.",
         "Ch Supt Local Policing", "Mar-25", "May-25", "Complete", "Leads in place in all LPAs."),
        ("2b", "Publish stalking protection order guidance on the intranet and brief all public protection sergeants.",
         "DI Public Protection", "Jun-25", "0ct-25", "In progress", "Guidance drafted; briefings booked."),
        ("rec", "Recommendation 3: Chief constables should make sure victims of stalking are referred to specialist advocacy services."),
        ("3a", "Agree a referral pathway with the commissioned stalking advocacy service.",
         "Victim Services Manager", "Feb-25", "Dec-25", "Not started", ""),
        ("3b", "Report stalking advocacy referral rates to the Public Protection Board each quarter.",
         "Head of Public Protection", "Apr-25", "Quarterly", "In progress", "First report due at the November Board."),
    ]
    r = 5
    refuse_row = None
    for row in rows:
        if row[0] == "rec":
            c = ws.cell(row=r, column=1, value=row[1])
            c.font = Font(bold=True)
            for col in range(1, 8):
                ws.cell(row=r, column=col).fill = PatternFill("solid", fgColor="DDEBF7")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        else:
            for i, v in enumerate(row, 1):
                c = ws.cell(row=r, column=i, value=v or None)
                c.border = box
                c.alignment = wrap
                c.number_format = "@"
            if row[4] == "0ct-25":
                refuse_row = r
        r += 1
    for col, w in zip("ABCDEFG", [6, 70, 28, 10, 16, 14, 40]):
        ws.column_dimensions[col].width = w

    g = wb.create_sheet("Governance")
    g["A1"] = "Governance and reporting"
    g["A1"].font = Font(bold=True)
    for i, (a, b) in enumerate([("Stalking Working Group", "Monthly – chaired by Det Supt Public Protection"),
                                ("Public Protection Board", "Quarterly – chaired by ACC Local Policing"),
                                ("PCC Strategic Governance Board", "Six-monthly update")], start=3):
        g.cell(row=i, column=1, value=a)
        g.cell(row=i, column=2, value=b)
    g.column_dimensions["A"].width = 32
    g.column_dimensions["B"].width = 50
    wb.save(out(name))

    write_yaml(name, {
        "source": Lit("Imitates a police force's action plan against the recommendations of the police response to stalking "
                      "super-complaint report (HMICFRS / College of Policing / IOPC, 2024), as Staffordshire Police would keep "
                      "it for its Stalking Working Group in 2025. Copies: title and version line, recommendation rows merged "
                      "across the table above lettered force actions, start and target months typed as text (Mmm-yy), status "
                      "words, a governance sheet."),
        "reads": Lit("Three recommendations, each followed by two lettered actions with owner, start, target completion, status "
                     "and update. Action 2b's target completion reads '0ct-25' - a zero typed for the letter O - so the month "
                     "is a data error a careful reader would query before importing (sheet row %d)." % refuse_row),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_row,
        "title": title,
    })
    return name, 6


# ====================================================================== 5 DOCX
# Hanham Woods Academy - post-Ofsted action plan (fill-only RAG, key: green = achieved)
def make_hanham():
    name = "vr-hanham-woods-academy-post-ofsted-action-plan.docx"
    title = "Hanham Woods Academy – Post-Ofsted Action Plan 2024–25"
    fills = {"g": GREEN, "a": AMBER, "r": RED, "": None}
    # key: Green = achieved (so green fill reads blue), Amber = in progress, Red = not started / concern
    word = {"g": "blue", "a": "amber", "r": "red", "": "unrated"}
    pris = [
        ("Priority 1: Early reading and reading across the curriculum",
         "Leaders should make sure that pupils who have fallen behind in reading receive precise and timely support so that they quickly catch up and can access the full curriculum.", [
            ("1.1", "Screen all Year 7 and Year 8 pupils using a standardised reading test and identify pupils reading below age-related expectations.",
             "Reading Lead", ["Reading Lead"], "September 2024", "2024-09", None,
             "All pupils screened by 4 October; intervention groups set.", "g"),
            ("1.2", "Deliver a phonics-based catch-up programme to the weakest readers four times a week, taught by trained staff.",
             "Reading Lead & Head of English", ["Reading Lead", "Head of English"], "Sept 2024 – July 2025", "2025-07", "Sept 2024 – July 2025",
             "Reading ages of pupils in intervention improve by at least 12 months by July 2025.", "a"),
            ("1.3", "Introduce disciplinary reading in every subject, with one planned reading task in each unit.",
             "Vice Principal (Curriculum)", ["Vice Principal (Curriculum)"], "Spring term 2025", "2025-04", "Spring term 2025",
             "Reading tasks visible in all unit plans; learning walks show consistent use.", "g"),
        ]),
        ("Priority 2: Adaptive teaching for pupils with SEND",
         "Leaders should ensure that teachers adapt their teaching effectively so that pupils with special educational needs and/or disabilities (SEND) learn the curriculum well.", [
            ("2.1", "Rewrite pupil passports with specific classroom strategies and share them with staff through the MIS.",
             "SENDCo / Assistant Principal (Inclusion)", ["SENDCo", "Assistant Principal (Inclusion)"], "Autumn term 2024", "2024-12", "Autumn term 2024",
             "Every pupil on the SEND register has an updated passport; staff survey shows passports are used in planning.", "g"),
            ("2.2", "Run a CPD cycle on adaptive teaching, followed by coaching for teachers identified through learning walks.",
             "KH, RB", ["KH", "RB"], "By February half-term 2025", "2025-02", "By February half-term 2025",
             "Learning walks show adaptations for pupils with SEND in at least 80% of lessons.", "a"),
            ("2.3", "Quality assure provision for pupils with SEND through termly SEND reviews with the Trust Inclusion Lead.",
             "SENDCo", ["SENDCo"], "Termly", None, "Termly",
             "Review reports to the Academy Council show improving outcomes for pupils with SEND.", ""),
        ]),
        ("Priority 3: Attendance and persistent absence",
         "Leaders should continue to reduce persistent absence, particularly for disadvantaged pupils, so that these pupils benefit fully from the curriculum.", [
            ("3.1", "Appoint an Attendance Officer and introduce first-day calling and weekly attendance panels.",
             "Assistant Principal (Behaviour and Attendance)", ["Assistant Principal (Behaviour and Attendance)"], "October 2024", "2024-10", None,
             "Persistent absence falls below 20% by the end of the autumn term.", "g"),
            ("3.2", "Agree individual attendance plans with the families of disadvantaged pupils whose attendance is below 90%.",
             "Pastoral Leads", ["Pastoral Leads"], "Summer term 2025", "2025-07", "Summer term 2025",
             "Gap between disadvantaged and other pupils' attendance halves by July 2025.", "r"),
        ]),
    ]
    d = Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10.5)
    d.add_paragraph(title, style="Title")
    d.add_paragraph("A Cabot Learning Federation academy. Inspection: 5–6 March 2024. Plan approved by the Academy Council "
                    "on 16 September 2024 and reviewed each half term.")
    info = d.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [("Principal", "Ms R. Bennett"), ("Chair of Academy Council", "Mr D. Okafor"),
                 ("Regional Education Director", "Mrs S. Hale"), ("Last reviewed", "9 July 2025")]:
        c = info.add_row().cells
        set_cell(c[0], k, bold=True, size=10)
        shade(c[0], "E2EFDA")
        set_cell(c[1], v, size=10)
    d.add_paragraph("")
    d.add_paragraph("RAG key (cell colour)").runs[0].bold = True
    key = d.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for f, v in [(GREEN, "Achieved"), (AMBER, "In progress"), (RED, "Not started or significant concern"),
                 (None, "No colour – not yet reviewed")]:
        c = key.add_row().cells
        set_cell(c[0], "")
        if f:
            shade(c[0], f)
        set_cell(c[1], v, size=10)
    d.add_paragraph("")
    d.add_paragraph("What does the school need to do to improve?", style="Heading 1")
    actions = []
    for head, afi, acts in pris:
        d.add_paragraph(head, style="Heading 2")
        t = d.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        header_row(t, ["No.", "Action", "Lead(s)", "Timescale", "Success criteria", "RAG"])
        merged_row(t, afi, "FFF2CC")
        for ref, text, leadcell, leads, when, end, end_text, sc, rag in acts:
            c = t.add_row().cells
            set_cell(c[0], ref)
            set_cell(c[1], text)
            set_cell(c[2], leadcell)
            set_cell(c[3], when)
            set_cell(c[4], sc)
            set_cell(c[5], "")
            if fills[rag]:
                shade(c[5], fills[rag])
            actions.append(act(ref, [head, afi], text, leads, end, word[rag], end_text))
        d.add_paragraph("")
    d.add_paragraph("Next review: Academy Council meeting, 24 September 2025.")
    d.save(out(name))

    write_yaml(name, {
        "source": Lit("Imitates a secondary academy's post-Ofsted action plan published for governors and parents (Hanham Woods "
                      "Academy, a Cabot Learning Federation school, 2024-25; layout after the 'What does the school need to do "
                      "to improve?' plans schools publish). Copies: title, inspection/approval line, school details table, a "
                      "colour-only RAG key table in which Green means achieved, one table per priority with the inspectors' "
                      "area for improvement as a shaded full-width first row, school-term timescales, two leads joined by '&' "
                      "'/' or a comma, and RAG cells that carry fill only (one left blank)."),
        "reads": Lit("Three priorities, each with the Ofsted area for improvement and two or three numbered actions with leads, "
                     "a timescale (months, terms, a period, 'Termly') and a coloured RAG cell. The document's own key makes "
                     "green 'Achieved', so green cells read as complete; amber is in progress, red is a concern and an "
                     "uncoloured cell is not yet reviewed."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ====================================================================== 6 CSV
# University of Northampton - internal audit recommendations follow-up export
def make_uon():
    name = "vr-university-of-northampton-internal-audit-recommendations-tracker.csv"
    title = ("University of Northampton - Audit Committee: Internal Audit Recommendations Follow-up Report "
             "(as at 31 October 2025)")
    hdr = ["Audit", "Report date", "Rec ref", "Priority", "Recommendation", "Agreed management action",
           "Responsible officer", "Original due date", "Revised due date", "RAG", "Latest update"]
    A1 = "Student Recruitment and Admissions - UKVI Compliance"
    A2 = "Cyber Security - Identity and Access Management"
    A3 = "Estates - Planned Preventative Maintenance"
    A4 = "Research Grants Financial Management"
    rows = [
        (A1, "14/03/2025", "R1", "High",
         "Ensure right to study checks are evidenced for all sponsored students before enrolment is confirmed.",
         "Introduce a mandatory right to study checklist in the admissions system that blocks enrolment until the check is uploaded.",
         "Director of Admissions", ["Director of Admissions"], "30/06/2025", "", "2025-06", None, "Complete",
         "Checklist live from the June 2025 intake."),
        (A1, "14/03/2025", "R2", "Medium",
         "Reconcile CAS issued with the sponsor management system each month.",
         "Carry out a monthly reconciliation of CAS records between the sponsor management system and the student record system, signed off by the Head of International Compliance.",
         "Head of International Compliance", ["Head of International Compliance"], "31/05/2025", "31/12/2025", "2025-12", None, "Green",
         "Reconciliations completed June to September 2025; sign-off evidence held."),
        (A2, "02/05/2025", "R1", "High",
         "Disable leaver accounts promptly.",
         "Automate account disablement from the HR leaver feed so that accounts are disabled on the leaving date.\nRun a one-off clean-up of dormant accounts older than 90 days.",
         "Chief Information Officer; Head of IT Security", ["Chief Information Officer", "Head of IT Security"],
         "31/07/2025", "31/01/2026", "2026-01", None, "Amber",
         "Clean-up complete; HR feed integration delayed by the HR system upgrade."),
        (A2, "02/05/2025", "R2", "Medium",
         "Enforce multi-factor authentication for all privileged accounts.",
         "Extend conditional access policies so that MFA is enforced for all administrator and service desk accounts.",
         "Head of IT Security", ["Head of IT Security"], "30/09/2025", "", "2025-09", None, "Complete",
         "Enforced from 15 September 2025."),
        (A2, "02/05/2025", "R3", "Low",
         "Review third-party remote access.",
         "Maintain a register of suppliers with remote access and review it quarterly.",
         "IT Service Manager", ["IT Service Manager"], "31/10/2025", "", "2025-10", None, "Red",
         "Register not yet started."),
        (A3, "20/06/2025", "R1", "Medium",
         "Ensure statutory compliance inspections are recorded in the CAFM system.",
         "Upload all outstanding statutory inspection certificates (gas, electrical, lifts, water hygiene) to the CAFM system and set automatic reminders.",
         "Director of Estates and Campus Services", ["Director of Estates and Campus Services"], "Dec-25", "", "2025-12", None, "Green",
         "85% of certificates uploaded."),
        (A4, "11/07/2025", "R1", "Medium",
         "Review overspent grant accounts promptly.",
         "Produce a monthly exception report of overspent or dormant grant accounts for Principal Investigators and the Research Office.",
         "Head of Research Finance / Research Office Manager", ["Head of Research Finance", "Research Office Manager"],
         "30/11/2025", "", "2025-11", None, "Green", "First report issued in October 2025."),
        (A4, "11/07/2025", "R2", "Low",
         "Close expired grant accounts in the finance system.",
         "Close expired grant accounts within three months of the end date and transfer any residual balances in line with funder terms.",
         "Head of Research Finance", ["Head of Research Finance"], "31/03/2026", "", "2026-03", None, "Green", ""),
    ]
    word = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([title])
    w.writerow([])
    w.writerow(hdr)
    actions = []
    counts = {}
    for (aud, rdate, ref, pri, rec, mact, offcell, offs, orig, rev, end, end_text, rag, upd) in rows:
        w.writerow([aud, rdate, ref, pri, rec, mact, offcell, orig, rev, rag, upd])
        actions.append(act(ref, [aud, rec], mact, offs, end, word[rag], end_text))
        counts[rag] = counts.get(rag, 0) + 1
    w.writerow([])
    w.writerow(["Total recommendations: %d | Complete: %d | Green: %d | Amber: %d | Red: %d" % (
        len(rows), counts["Complete"], counts["Green"], counts["Amber"], counts["Red"])])
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())

    write_yaml(name, {
        "source": Lit("Imitates the internal audit recommendations follow-up report a university Audit Committee receives, "
                      "exported to CSV from the tracking system (University of Northampton, 2025; cf. the Uniac / RSM "
                      "follow-up trackers universities report). Copies: title line, one row per recommendation with audit "
                      "name, report date, rec ref, priority, recommendation and agreed management action, responsible "
                      "officer(s), original and revised due dates, RAG word, latest update, a multi-line management action "
                      "(quoted field with a line break), a Mmm-yy due date and a totals line."),
        "reads": Lit("Eight audit recommendations from four internal audits; each row's agreed management action is the action, "
                     "read under its audit and its recommendation, with the revised due date where one is given and the RAG "
                     "word as status (Complete = done). The title and totals lines are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ====================================================================== 7 TXT
# Futures Housing Group - RSH consumer standards improvement plan (Word saved as text; tables tab-separated)
def make_futures():
    name = "vr-futures-housing-group-rsh-consumer-standards-improvement-plan.txt"
    title = "Futures Housing Group – Consumer Standards Improvement Plan 2025–26"
    word = {"Complete": "blue", "On track": "green", "At risk": "amber", "Off track": "red", "Not started": "unrated"}
    S1 = "1. Safety and Quality Standard"
    S2 = "2. Transparency, Influence and Accountability Standard"
    S3 = "3. Neighbourhood and Community Standard"
    secs = [
        (S1, ["Stock condition information was more than five years old for around a third of homes.",
              "Some high-risk fire risk assessment remedial actions were overdue."], [
            ("1.1", "Complete stock condition surveys for the homes not surveyed since 2020, including an HHSRS assessment.",
             "Director of Property Services", ["Director of Property Services"], "March 2026", "2026-03", None, "On track"),
            ("1.2", "Clear all overdue high-risk fire risk assessment remedial actions.",
             "Head of Compliance & Building Safety", ["Head of Compliance & Building Safety"], "Sep-25", "2025-09", None, "Complete"),
            ("1.3", "Report compliance across the \"big six\" safety areas to every Board meeting.",
             "Head of Compliance & Building Safety", ["Head of Compliance & Building Safety"],
             "Ongoing (every Board meeting)", None, "Ongoing (every Board meeting)", "On track"),
            ("1.4", "Introduce damp and mould triage within 24 hours of a report, in readiness for Awaab's Law.",
             "Head of Repairs / Damp and Mould Lead", ["Head of Repairs", "Damp and Mould Lead"], "31/10/2025", "2025-10", None, "At risk"),
        ]),
        (S2, ["Tenants were not always told what had changed as a result of their feedback."], [
            ("2.1", "Publish a \"You said, we did\" report each quarter on our website and in the tenant newsletter.",
             "Director of Customer Experience / Head of Tenant Engagement",
             ["Director of Customer Experience", "Head of Tenant Engagement"], "Q3 2025/26", "2025-12", "Q3 2025/26", "On track"),
            ("2.2", "Recruit and train a tenant scrutiny panel to review the repairs service.",
             "Head of Tenant Engagement", ["Head of Tenant Engagement"], "January 2026", "2026-01", None, "Not started"),
        ]),
        (S3, ["Anti-social behaviour cases were not always closed with the tenant's agreement."], [
            ("3.1", "Review the anti-social behaviour policy with tenants and publish service standards.",
             "Neighbourhood Services Manager", ["Neighbourhood Services Manager"], "December 2025", "2025-12", None, "Off track"),
        ]),
    ]
    lines = [
        "Futures Housing Group – Consumer Standards Improvement Plan 2025–26",
        "Our response to the Regulator of Social Housing inspection (regulatory judgement published 18 June 2025)",
        "Reported to the Group Board: 23 October 2025",
        "",
        "Status key: Complete = blue | On track = green | At risk = amber | Off track = red | Not started",
        "",
    ]
    actions = []
    for head, found, acts in secs:
        lines.append(head)
        lines.append("")
        lines.append("What the Regulator found:")
        for f_ in found:
            lines.append("- " + f_)
        lines.append("")
        lines.append("Ref\tWhat we will do\tWho\tWhen we will do it by\tStatus")
        for ref, text, whocell, leads, when, end, end_text, st in acts:
            lines.append("\t".join([ref, text, whocell, when, st]))
            actions.append(act(ref, [head], text, leads, end, word[st], end_text))
        lines.append("")
    lines.append("We will publish an update on this plan on our website every six months.")
    with open(out(name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")

    write_yaml(name, {
        "source": Lit("Imitates a housing association's published improvement plan after a Regulator of Social Housing "
                      "consumer standards inspection (Futures Housing Group, 2025; layout after the 'What the Regulator "
                      "found / What we will do / When we will do it by' plans landlords such as Newham published in 2025), "
                      "saved from Word as plain text so table rows are tab-separated. Copies: title block, status key line, "
                      "a numbered section per consumer standard, 'What the Regulator found' bullets, a Ref / What we will do / "
                      "Who / When / Status table under each, job titles as leads (one containing '&'), quarter and 'Ongoing' "
                      "dates, closing notes line."),
        "reads": Lit("Seven actions under three consumer standards, each with a lead post, a target and a status word "
                     "explained by the key line (Not started has no colour). The Regulator's findings are bullet lines, "
                     "not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


if __name__ == "__main__":
    for fn in (make_iow, make_nhsbt, make_herts, make_staffs, make_hanham, make_uon, make_futures):
        n, k = fn()
        print("%-95s %d actions" % (n, k))
