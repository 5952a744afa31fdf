"""Build the seven ln1- blind test files (set heldout360).

Run with /work/main/.venv/bin/python ln1_make.py  (writes beside this script).
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE = "5B9BD5"
GREEN = "70AD47"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"
NAVY = "1F3864"


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9, fill=None, italic=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        r.font.size = Pt(size)
    if fill:
        shade(cell, fill)


def header_row(table, labels, fill=NAVY):
    row = table.rows[0]
    for c, lab in zip(row.cells, labels):
        set_cell(c, lab, bold=True, fill=fill)
        for r in c.paragraphs[0].runs:
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


# ================================================================ 1. school docx
def make_penair():
    rag_fill = {"Complete": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    doc = Document()
    doc.add_paragraph("Penair School – Post-Ofsted Action Plan 2023–25", style="Title")
    doc.add_paragraph(
        "Inspection dates: 21 and 22 November 2023. Overall effectiveness: Requires improvement.")
    doc.add_paragraph(
        "This plan sets out how leaders and the local governing body will address the areas for "
        "improvement identified in the inspection report published on 9 January 2024. It is "
        "reviewed by the Standards Committee every half term.")

    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Version", "Date", "Author", "Change"])
    for v in [("1.0", "15/01/2024", "Headteacher", "First version approved by the LGB"),
              ("1.2", "18/03/2024", "Deputy Headteacher", "Spring term update"),
              ("1.3", "10/06/2024", "Deputy Headteacher", "Summer term update; RAG ratings revised")]:
        cells = t.add_row().cells
        for c, x in zip(cells, v):
            set_cell(c, x)

    doc.add_paragraph("RAG key", style="Heading 2")
    k = doc.add_table(rows=1, cols=4)
    k.style = "Table Grid"
    for c, (txt, f) in zip(k.rows[0].cells, [("Complete", BLUE), ("G – on track", GREEN),
                                               ("A – some slippage, action in hand", AMBER),
                                               ("R – off track", RED)]):
        set_cell(c, txt, bold=True, fill=f)

    priorities = [
        ("Priority 1: Checking pupils' understanding",
         "In some subjects, teachers do not check carefully enough that pupils have understood new "
         "content before moving on. As a result, some pupils have gaps in their knowledge. Leaders "
         "should ensure that teachers use assessment consistently well to identify and address "
         "misconceptions.",
         [("1.1", "Whole-staff CPD on responsive teaching and mini-whiteboard routines, delivered at "
                  "January INSET and followed up in departmental time.",
           "Deputy Headteacher (Teaching and Learning)", "Spring term 2024",
           "Learning walks show routines in 90% of lessons", "Complete"),
          ("1.2", "Heads of department to revise curriculum plans to include planned checkpoints at "
                  "the end of each unit.",
           "Heads of Department", "Summer term 2024",
           "Curriculum plans on SharePoint; SLT line management notes", "G"),
          ("1.3", "Introduce termly subject deep dives led by SLT with the trust's subject leads.",
           "SLT / Trust Director of Education", "Autumn term 2024",
           "Deep dive reports to Standards Committee", "A")]),
        ("Priority 2: Reading",
         "Leaders have not ensured that pupils who are behind in their reading receive the support "
         "they need to catch up quickly. Leaders should make sure that these pupils are identified "
         "precisely and taught by staff with the expertise to help them read fluently.",
         [("2.1", "Screen all Year 7 and Year 8 pupils using the NGRT reading test and share reading "
                  "ages with all staff through the SIMS markbook.",
           "Reading Lead", "By February half-term 2024",
           "Reading ages visible to all staff", "Complete"),
          ("2.2", "Train six teaching assistants to deliver the Fresh Start phonics programme to the "
                  "weakest readers.\nTimetable three sessions a week in tutor time.",
           "Reading Lead / SENDCo", "Summer term 2024",
           "NGRT retest data; pupil voice", "G"),
          ("2.3", "Disciplinary literacy: every department to teach tier 3 vocabulary explicitly and "
                  "use reading-aloud strategies in Key Stage 3.",
           "CM, JT", "Ongoing – reviewed half-termly",
           "Book looks; lesson visits", "G")]),
        ("Priority 3: Attendance",
         "Too many pupils, including disadvantaged pupils, are persistently absent from school. "
         "Leaders should continue to take effective action to improve attendance so that these "
         "pupils do not miss out on their education.",
         [("3.1", "Appoint an attendance officer and introduce first-day calling and home visits for "
                  "pupils whose attendance is below 90%.",
           "Assistant Headteacher – Behaviour and Attendance", "Spring term 2024",
           "Weekly attendance data", "Complete"),
          ("3.2", "Work with the Education Welfare Service on attendance contracts and, where "
                  "appropriate, penalty notices; report persistent absence to governors every half "
                  "term.",
           "Assistant Headteacher – Behaviour and Attendance", "Summer term 2025",
           "Persistent absence rate below the national figure", "A")]),
    ]
    for heading, afi, rows in priorities:
        doc.add_paragraph(heading, style="Heading 2")
        p = doc.add_paragraph()
        r = p.add_run(afi)
        r.italic = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        header_row(t, ["Ref", "Action", "Lead", "Timescale", "Monitoring / evidence of impact", "RAG"])
        for ref, act, lead, when, mon, rag in rows:
            cells = t.add_row().cells
            for c, x in zip(cells[:5], (ref, act, lead, when, mon)):
                set_cell(c, x)
            set_cell(cells[5], rag, bold=True, fill=rag_fill[rag])
        doc.add_paragraph("")

    doc.add_paragraph("Approved by the Local Governing Body on 18 January 2024. "
                      "Chair of Governors: Mrs K Rowe.")
    doc.save(os.path.join(HERE, "ln1-penair-school-post-ofsted-action-plan.docx"))


# ================================================================ 2. GP docx
def make_trevithick():
    fill = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Overdue": RED, "": None}
    doc = Document()
    doc.add_paragraph("Trevithick Surgery – CQC Inspection Action Plan", style="Title")

    cover = [("Provider", "Trevithick Surgery, Camborne"),
             ("CQC location ID", "1-554110987"),
             ("Date of inspection", "14 and 15 May 2024"),
             ("Report published", "2 July 2024"),
             ("Overall rating", "Requires improvement"),
             ("Action plan owner", "Practice Manager"),
             ("Last reviewed", "30 September 2024 (partners' meeting)")]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in cover:
        cells = t.add_row().cells
        set_cell(cells[0], a, bold=True, fill=GREY, size=10)
        set_cell(cells[1], b, size=10)

    doc.add_paragraph("")
    doc.add_paragraph("Status key", style="Heading 3")
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for a, b, f in [("Complete", "Blue – action finished and evidence filed", BLUE),
                    ("On track", "Green – progressing to the target date", GREEN),
                    ("At risk", "Amber – target date may be missed", AMBER),
                    ("Overdue", "Red – target date passed", RED)]:
        cells = k.add_row().cells
        set_cell(cells[0], a, bold=True, fill=f)
        set_cell(cells[1], b)

    doc.add_paragraph("")
    doc.add_paragraph("Action plan", style="Heading 2")
    plan = doc.add_table(rows=1, cols=6)
    plan.style = "Table Grid"
    header_row(plan, ["Ref", "What CQC told us", "Our action", "Lead", "Target date", "Status"])

    def section(text):
        cells = plan.add_row().cells
        m = cells[0].merge(cells[5])
        set_cell(m, text, bold=True, fill=GREY, size=10)

    def finding(text, actions):
        first = None
        for i, (ref, act, lead, when, status) in enumerate(actions):
            cells = plan.add_row().cells
            set_cell(cells[0], ref)
            if i == 0:
                set_cell(cells[1], text)
                first = cells[1]
            else:
                first = first.merge(cells[1])
            set_cell(cells[2], act)
            set_cell(cells[3], lead)
            set_cell(cells[4], when)
            set_cell(cells[5], status, bold=True, fill=fill[status])
        # merge() keeps the text of the top cell only; make sure no stray empty paragraphs
        while len(first.paragraphs) > 1 and not first.paragraphs[-1].text:
            first.paragraphs[-1]._p.getparent().remove(first.paragraphs[-1]._p)

    section("Requirement notice – Regulation 12: Safe care and treatment")
    finding("The provider must ensure that patients prescribed high-risk medicines receive the "
            "required monitoring before prescriptions are issued.",
            [("12.1", "Run searches for all patients prescribed DMARDs, lithium and warfarin and "
                      "recall any patient whose monitoring is overdue.",
              "Dr R Hocking / Lead Pharmacist", "31/07/2024", "Complete"),
             ("12.2", "Add monthly high-risk drug monitoring searches to the practice audit "
                      "calendar, with results reviewed at the clinical governance meeting.",
              "Lead Pharmacist", "August 2024", "Complete")])
    finding("The provider must ensure that medicines and safety alerts are acted on and that "
            "patients affected by historic alerts are reviewed.",
            [("12.3", "Set up a safety alerts log recording the clinician responsible for each alert "
                      "and the action taken.",
              "Practice Manager", "30/06/2024", "Complete"),
             ("12.4", "Re-run searches for historic MHRA alerts (valproate, SGLT2 inhibitors) and "
                      "review every patient identified.",
              "Dr R Hocking", "Sept 2024", "At risk")])
    section("Requirement notice – Regulation 17: Good governance")
    finding("The provider must establish effective systems to monitor staff training, including "
            "safeguarding and infection prevention and control.",
            [("17.1", "Introduce an online training matrix for all staff groups, with mandatory "
                      "modules assigned by role.",
              "Practice Manager", "31 July 2024", "Complete"),
             ("17.2", "Review training compliance at each partners' meeting; staff below 90% "
                      "compliance to be given protected learning time.",
              "Practice Manager", "Monthly", "On track")])
    finding("The provider must ensure that premises risk assessments, including fire and "
            "legionella, are completed and that the actions arising are followed up.",
            [("17.3", "Commission an external fire risk assessment and legionella risk assessment "
                      "and complete the actions arising.",
              "Operations Manager", "October 2024", "On track")])
    section("Areas where the practice should improve")
    finding("Continue to improve patient satisfaction with telephone access.",
            [("S1", "Move to a cloud-based telephone system with call-back and queue position, and "
                    "review the results of the next GP Patient Survey with the PPG.",
              "Practice Manager & PPG Chair", "Dec-24", "On track")])
    finding("Take action to improve the uptake of cervical screening.",
            [("S2", "Offer Saturday cervical screening clinics and send text reminders to patients "
                    "who have not responded to their invitation.",
              "Nurse Team Lead", "31/03/2025", "")])

    doc.add_paragraph("")
    s = doc.add_table(rows=1, cols=2)
    s.style = "Table Grid"
    set_cell(s.rows[0].cells[0], "Signed: Dr R Hocking, Senior Partner", size=10)
    set_cell(s.rows[0].cells[1], "Date: 30/09/2024", size=10)
    doc.save(os.path.join(HERE, "ln1-trevithick-surgery-cqc-inspection-action-plan.docx"))


# ---------------------------------------------------------------- xlsx helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def put(ws, row, col, value, bold=False, bg=None, fmt=None, border=True, color=None):
    c = ws.cell(row=row, column=col, value=value)
    c.alignment = WRAP
    if bold or color:
        c.font = Font(bold=bold, color=color)
    if bg:
        c.fill = fill(bg)
    if fmt:
        c.number_format = fmt
    if border:
        c.border = BOX
    return c


def d(y, m, day):
    return dt.datetime(y, m, day)


# ================================================================ 3. college xlsx
def make_activate():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Activate Learning – Post-Inspection Action Plan 2024–25"
    cov["A1"].font = Font(bold=True, size=14)
    for i, (a, b) in enumerate([("Ofsted inspection:", "5–8 March 2024"),
                                ("Report published:", "17 April 2024"),
                                ("Plan owner:", "Deputy Principal – Quality"),
                                ("Reported to:", "Quality & Standards Committee"),
                                ("Version:", "v4 – January 2025 update")], start=3):
        cov.cell(row=i, column=1, value=a).font = Font(bold=True)
        cov.cell(row=i, column=2, value=b)
    cov["A10"] = "RAG key"
    cov["A10"].font = Font(bold=True)
    for i, (a, b, f) in enumerate([("B", "Complete – action finished and impact evidenced", BLUE),
                                   ("G", "On track", GREEN),
                                   ("A", "Some slippage – revised date agreed", AMBER),
                                   ("R", "Off track – escalated to SLT", RED)], start=11):
        put(cov, i, 1, a, bold=True, bg=f)
        put(cov, i, 2, b)
    cov.column_dimensions["A"].width = 20
    cov.column_dimensions["B"].width = 55

    ws = wb.create_sheet("PIAP")
    ws["A1"] = "Activate Learning – Post-Inspection Action Plan 2024–25"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Progress update for Quality & Standards Committee, 11 February 2025"
    ws["A2"].font = Font(italic=True)
    heads = ["Ref", "Area for improvement (Ofsted report)", "Action", "Lead(s)",
             "Original target date", "Revised target date", "Progress update – January 2025",
             "Previous RAG (Oct 24)", "Current RAG (Jan 25)"]
    for c, h in enumerate(heads, start=1):
        put(ws, 4, c, h, bold=True, bg=NAVY, color="FFFFFF")
    widths = [7, 42, 55, 30, 13, 13, 45, 11, 11]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHI"[i]].width = w
    rag = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}

    themes = [
        ("Theme 1: Education programmes for young people", [
            ("Leaders and managers should ensure that young people attend their lessons, "
             "particularly English and mathematics, and arrive on time.", [
                ("1.1", "Introduce daily attendance huddles in each curriculum area, with tutors "
                        "contacting absent students before 10am.",
                 "Assistant Principal – Student Experience", d(2024, 10, 31), None,
                 "Huddles in place in all areas since October; attendance up 4 percentage points.",
                 "G", "B"),
                ("1.2", "Align English and maths lessons with vocational study days so that no "
                        "student has a day with only English or maths.",
                 "Head of English & Maths; Timetabling Manager", d(2024, 9, 6), None,
                 "New timetable live from September.", "A", "G"),
                ("1.3", "Set attendance targets for every course and review them at termly "
                        "curriculum performance reviews.",
                 "Curriculum Directors", d(2024, 12, 20), d(2025, 3, 31),
                 "Targets set; first reviews held for two of five faculties.", "A", "A")]),
            ("Leaders should ensure that teachers check and consolidate learning so that students "
             "remember key concepts over time.", [
                ("1.4", "Deliver a CPD programme on retrieval practice and questioning to all "
                        "teaching staff, supported by the teaching and learning coaches.",
                 "Head of Teaching, Learning & Assessment", d(2025, 1, 31), None,
                 "Four of six sessions delivered.", "G", "G"),
                ("1.5", "Focus learning walks on how well teachers check learning, and report the "
                        "findings to the Quality Improvement Board.",
                 "Deputy Principal – Quality", "Termly", None,
                 "Autumn term report received in December.", "G", "G")])]),
        ("Theme 2: Apprenticeships", [
            ("Leaders should make sure that apprentices receive their full entitlement to "
             "off-the-job training and that employers are involved in reviews of apprentices' "
             "progress.", [
                ("2.1", "Monitor off-the-job training hours monthly in the e-portfolio and escalate "
                        "shortfalls to employers within two weeks.",
                 "Head of Apprenticeships", d(2024, 11, 30), None,
                 "Monthly reports running; 11% of apprentices still below planned hours.", "R", "A"),
                ("2.2", "Redesign the progress review so that the employer contributes to and signs "
                        "every 12-weekly review.",
                 "Head of Apprenticeships / Employer Engagement Manager", d(2024, 12, 20),
                 d(2025, 4, 30),
                 "Delayed by e-portfolio supplier change; new form in testing.", "A", "R")])]),
        ("Theme 3: Leadership and governance", [
            ("Governors should receive more detailed information about the quality of "
             "apprenticeships so that they can challenge leaders effectively.", [
                ("3.1", "Add an apprenticeship quality dashboard to every Quality & Standards "
                        "Committee report.",
                 "Deputy Principal – Quality", d(2025, 2, 28), None,
                 "Draft dashboard presented in November.", "G", "G")])]),
    ]
    r = 5
    for theme, afis in themes:
        put(ws, r, 1, theme, bold=True, bg=GREY)
        for c in range(2, 10):
            put(ws, r, c, None, bg=GREY)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for afi, acts in afis:
            top = r
            for i, (ref, act, lead, orig, rev, prog, prev, cur) in enumerate(acts):
                put(ws, r, 1, ref)
                put(ws, r, 2, afi if i == 0 else None)
                put(ws, r, 3, act)
                put(ws, r, 4, lead)
                put(ws, r, 5, orig, fmt="mmm-yy")
                put(ws, r, 6, rev, fmt="mmm-yy")
                put(ws, r, 7, prog)
                put(ws, r, 8, prev, bold=True, bg=rag[prev])
                put(ws, r, 9, cur, bold=True, bg=rag[cur])
                r += 1
            if r - 1 > top:
                ws.merge_cells(start_row=top, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1,
            value="Note: revised target dates were agreed by the Quality Improvement Board on "
                  "14 January 2025.").font = Font(italic=True)
    ws.freeze_panes = "A5"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "PIAP summary – current RAG (January 2025)"
    sm["A1"].font = Font(bold=True)
    put(sm, 3, 1, "Current RAG", bold=True)
    put(sm, 3, 2, "Number of actions", bold=True)
    for i, (k_, n) in enumerate([("B", 1), ("G", 4), ("A", 2), ("R", 1), ("Total", 8)], start=4):
        put(sm, i, 1, k_, bold=True, bg=rag.get(k_))
        put(sm, i, 2, n)
    sm.column_dimensions["B"].width = 18
    wb.save(os.path.join(HERE, "ln1-activate-learning-ofsted-post-inspection-action-plan.xlsx"))


# ================================================================ 4. hospital xlsx
def make_sash():
    brag = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED, None: None}
    wb = Workbook()
    ov = wb.active
    ov.title = "Overview"
    ov["A1"] = "Surrey and Sussex Healthcare NHS Trust – CQC Must Do and Should Do Action Plan"
    ov["A1"].font = Font(bold=True, size=14)
    ov["A2"] = ("Core services inspected: Urgent and emergency care; Medical care (including older "
                "people's care)")
    ov["A3"] = "Inspection: 7–9 November 2023 (report published 14 February 2024)"
    ov["A4"] = "Prepared for: Quality and Safety Committee, 23 October 2024"
    ov["A6"] = "BRAG key"
    ov["A6"].font = Font(bold=True)
    for i, (f, txt) in enumerate([(BLUE, "Complete – evidence accepted by the CQC Compliance Group"),
                                  (GREEN, "On track to deliver by the due date"),
                                  (AMBER, "At risk – revised due date agreed"),
                                  (RED, "Off track / overdue"),
                                  (None, "Not yet started")], start=7):
        put(ov, i, 1, None, bg=f)
        put(ov, i, 2, txt)
    ov["A13"] = "Summary"
    ov["A13"].font = Font(bold=True)
    for c, h in enumerate(["", "Blue", "Green", "Amber", "Red", "Not started", "Total"], start=1):
        put(ov, 14, c, h, bold=True)
    for r_, row in enumerate([("Must Do", 2, 1, 1, 1, 0, 5), ("Should Do", 1, 1, 0, 0, 1, 3),
                              ("Total", 3, 2, 1, 1, 1, 8)], start=15):
        for c, v in enumerate(row, start=1):
            put(ov, r_, c, v, bold=(c == 1 or r_ == 17))
    ov.column_dimensions["A"].width = 12
    ov.column_dimensions["B"].width = 55

    heads = ["Ref", "Requirement (CQC report)", "Regulation", "Action", "Lead", "Due date",
             "Revised due date", "Evidence / progress", "BRAG"]
    widths = [8, 45, 12, 55, 32, 12, 12, 45, 8]

    def sheet(name, title, sections):
        ws = wb.create_sheet(name)
        ws["A1"] = title
        ws["A1"].font = Font(bold=True, size=12)
        for c, h in enumerate(heads, start=1):
            put(ws, 3, c, h, bold=True, bg=NAVY, color="FFFFFF")
        for i, w in enumerate(widths):
            ws.column_dimensions["ABCDEFGHI"[i]].width = w
        r = 4
        for sec, reqs in sections:
            put(ws, r, 1, sec, bold=True, bg=GREY)
            for c in range(2, 10):
                put(ws, r, c, None, bg=GREY)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            for req, reg, acts in reqs:
                top = r
                for i, (ref, act, lead, due, rev, ev, b) in enumerate(acts):
                    put(ws, r, 1, ref)
                    put(ws, r, 2, req if i == 0 else None)
                    put(ws, r, 3, reg if i == 0 else None)
                    put(ws, r, 4, act)
                    put(ws, r, 5, lead)
                    put(ws, r, 6, due, fmt="dd/mm/yyyy")
                    put(ws, r, 7, rev, fmt="dd/mm/yyyy")
                    put(ws, r, 8, ev)
                    put(ws, r, 9, None, bg=brag[b])
                    r += 1
                if r - 1 > top:
                    ws.merge_cells(start_row=top, start_column=2, end_row=r - 1, end_column=2)
                    ws.merge_cells(start_row=top, start_column=3, end_row=r - 1, end_column=3)
        ws.freeze_panes = "A4"

    sheet("Must Do", "Must Do actions", [
        ("Urgent and emergency care", [
            ("The trust must ensure that patients in the emergency department have risk assessments "
             "for falls and pressure ulcers completed and recorded in a timely way.",
             "Regulation 12", [
                ("MD1.1", "Add mandatory falls and Waterlow risk assessment fields to the ED nursing "
                          "assessment in Nerve Centre, to be completed within 4 hours of arrival.",
                 "Head of Nursing – Emergency Care", d(2024, 3, 31), None,
                 "Fields live 18/03/2024.", "B"),
                ("MD1.2", "Audit 20 ED nursing records each week and share the results at the ED "
                          "governance meeting until compliance is sustained above 95% for three "
                          "months.",
                 "ED Matron", d(2024, 12, 31), None,
                 "Compliance 91% (Aug), 94% (Sep).", "G")]),
            ("The trust must ensure that there are enough suitably qualified and skilled paediatric "
             "nurses on duty in the emergency department at all times.",
             "Regulation 18", [
                ("MD2.1", "Recruit to the 4.0 WTE paediatric nurse vacancies and train adult-trained "
                          "nurses working in the paediatric area to Paediatric Immediate Life "
                          "Support level.",
                 "Chief Nursing Officer / Head of Nursing – Emergency Care", d(2024, 6, 30),
                 d(2024, 11, 30),
                 "2.6 WTE appointed; PILS compliance 78%.", "A")])]),
        ("Medical care (including older people's care)", [
            ("The trust must ensure that staff on medical wards assess and record patients' mental "
             "capacity where there is reason to doubt it, including before DoLS applications are "
             "made.",
             "Regulation 11", [
                ("MD3.1", "Deliver Mental Capacity Act level 2 training to all registered nurses on "
                          "medical wards and audit the quality of capacity assessments monthly.",
                 "Named Nurse for Safeguarding Adults", d(2024, 5, 31), d(2024, 9, 30),
                 "Training compliance 68%; audit shows 55% of assessments meet the standard.", "R"),
                ("MD3.2", "Add a mandatory capacity assessment prompt to the electronic DoLS "
                          "application form.",
                 "Chief Clinical Information Officer", "Q1 2024/25", None,
                 "Live from 03/06/2024.", "B")])]),
    ])
    sheet("Should Do", "Should Do actions", [
        ("Urgent and emergency care", [
            ("The trust should ensure that patients' privacy and dignity are maintained when they are "
             "cared for in the ED corridor.", "Regulation 10", [
                ("SD1.1", "Install privacy screens in the ED corridor area and introduce a corridor "
                          "care standard operating procedure.",
                 "ED Matron", d(2024, 3, 31), None, "Screens installed; SOP ratified.", "B")]),
            ("The trust should ensure that all staff in the emergency department receive an annual "
             "appraisal.", "Regulation 18", [
                ("SD2.1", "Agree an appraisal trajectory with the ED leadership team and report "
                          "compliance at divisional performance reviews.",
                 "General Manager – Emergency Care", d(2025, 1, 31), None,
                 "Appraisal rate 81% against 90% target.", "G")])]),
        ("Medical care (including older people's care)", [
            ("The trust should ensure that discharge summaries are sent to GPs within 24 hours of "
             "discharge.", "Regulation 17", [
                ("SD3.1", "Introduce a ward-level electronic discharge summary dashboard, reviewed "
                          "at the daily board round.",
                 "Divisional Director – Medicine", "TBC – linked to EPR go-live", None,
                 "Dependent on EPR programme.", None)])]),
    ])
    wb.save(os.path.join(
        HERE, "ln1-surrey-and-sussex-healthcare-nhs-trust-cqc-must-should-do-action-plan.xlsx"))


# ================================================================ 5. national body xlsx
def make_apha():
    st_fill = {"Implemented": BLUE, "On track": GREEN, "Delayed": AMBER, "Overdue": RED,
               "Not started": None}
    title = "Animal and Plant Health Agency – Internal Audit Recommendations Tracker"
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Audit and Risk Committee, 28 January 2025 – position at 10 January 2025"
    for c, h in enumerate(["Audit", "Assurance", "High", "Medium", "Low", "Implemented",
                           "Open"], start=1):
        put(sm, 4, c, h, bold=True, bg=NAVY, color="FFFFFF")
    rows = [("Biosecurity Contingency Planning", "Moderate", 1, 1, 0, 1, 1),
            ("LIMS User Access Controls", "Limited", 1, 1, 0, 0, 2),
            ("Contract Management: Veterinary Services", "Moderate", 0, 1, 1, 1, 1),
            ("Cyber Security Incident Response", "Limited", 1, 1, 0, 0, 2),
            ("Total", "", 3, 4, 1, 2, 6)]
    for r_, row in enumerate(rows, start=5):
        for c, v in enumerate(row, start=1):
            put(sm, r_, c, v, bold=(r_ == 9))
    sm.column_dimensions["A"].width = 42

    ws = wb.create_sheet("Open recommendations")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit and Risk Committee (ARC) – position at 10 January 2025"
    ws["A3"] = "Government Internal Audit Agency (GIAA) reports 2023-24 and 2024-25"
    heads = ["Rec ref", "Priority", "Recommendation", "Agreed management action", "Action owner",
             "Original due date", "Revised due date", "Extensions", "Status", "Management update"]
    for c, h in enumerate(heads, start=1):
        put(ws, 5, c, h, bold=True, bg=NAVY, color="FFFFFF")
    for i, w in enumerate([9, 9, 45, 50, 30, 13, 13, 10, 12, 45]):
        ws.column_dimensions["ABCDEFGHIJ"[i]].width = w
    groups = [
        ("Biosecurity Contingency Planning – GIAA report issued November 2023 – Moderate assurance", [
            ("BCP-01", "High",
             "Disease contingency plans should be reviewed against the current Defra contingency "
             "plan for exotic notifiable diseases and exercised at least annually.",
             "Review each disease-specific contingency plan against the 2023 Defra plan and hold a "
             "national tabletop exercise.",
             "Head of Contingency Planning", d(2024, 3, 31), d(2024, 9, 30), 1, "Implemented",
             "Exercise held 12 September 2024; GIAA verified closure in December 2024."),
            ("BCP-02", "Medium",
             "Lessons identified from the avian influenza response should be tracked to closure.",
             "Set up a single lessons log with owners and target dates and report progress to the "
             "Executive Committee each quarter.",
             "Head of Contingency Planning; Director of Field Delivery", d(2025, 3, 31), None, 0,
             "On track", "Log created; first quarterly report to ExCo in February.")]),
        ("LIMS User Access Controls – GIAA report issued February 2024 – Limited assurance", [
            ("LIMS-01", "High",
             "User access to LIMS should be reviewed regularly and leavers' accounts removed "
             "promptly.",
             "Introduce a quarterly user access recertification signed off by each laboratory "
             "manager, supported by an automated leavers feed from HR.",
             "Chief Information Officer", "Q2 2024-25", "Q4 2024-25", 1, "Delayed",
             "Recertification done for Weybridge; HR feed delayed by the payroll system change."),
            ("LIMS-02", "Medium",
             "The number of privileged accounts should be restricted and their activity logged.",
             "Reduce administrator accounts to named individuals and switch on audit logging of all "
             "privileged activity.",
             "Okafor, Daniel", d(2024, 5, 31), d(2024, 10, 31), 2, "Overdue",
             "Accounts reduced from 41 to 12; logging not yet enabled. Escalated to the SIRO.")]),
        ("Contract Management: Veterinary Services – GIAA report issued May 2024 – Moderate "
         "assurance", [
            ("CM-01", "Medium",
             "A contract management framework should be applied to all contracts valued over "
             "£500,000.",
             "Adopt the Government Commercial Function contract management framework and train all "
             "contract managers to foundation level.",
             "Commercial Director", d(2025, 3, 31), None, 0, "On track",
             "Framework adopted; 14 of 19 contract managers trained."),
            ("CM-02", "Low",
             "Contract files should hold evidence of regular performance meetings with suppliers.",
             "Issue a contract file checklist and spot-check 10% of contract files each quarter.",
             "Head of Commercial Assurance", d(2024, 11, 30), None, 0, "Implemented",
             "Checklist issued; Q3 spot-check complete.")]),
        ("Cyber Security Incident Response – GIAA report issued July 2024 – Limited assurance", [
            ("CYB-01", "High",
             "The cyber incident response plan should be updated and tested.",
             "Update the Cyber Incident Response Plan to reflect the Defra group Security "
             "Operations Centre arrangements and run a live-play exercise with the SOC.",
             "Chief Information Officer / Senior Information Risk Owner", d(2025, 2, 28), None, 0,
             "On track", "Plan updated; exercise booked for 19 February 2025."),
            ("CYB-02", "Medium",
             "Restores from backups of critical systems should be tested regularly.",
             "Introduce six-monthly restore testing for LIMS and SAM, with results reported to the "
             "Digital Board.",
             "Head of IT Operations", d(2025, 6, 30), None, 0, "Not started", "")]),
    ]
    r = 6
    for g, recs in groups:
        put(ws, r, 1, g, bold=True, bg=GREY)
        for c in range(2, 11):
            put(ws, r, c, None, bg=GREY)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for ref, pri, rec, act, own, orig, rev, ext, status, upd in recs:
            vals = [ref, pri, rec, act, own, orig, rev, ext, status, upd or None]
            for c, v in enumerate(vals, start=1):
                fmt = "dd/mm/yyyy" if c in (6, 7) and isinstance(v, dt.datetime) else None
                bg = st_fill[status] if c == 9 else None
                put(ws, r, c, v, fmt=fmt, bg=bg, bold=(c == 9))
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Recommendations on tracker: 8 (2 implemented since the last "
                                   "ARC and to be removed from the next report)").font = Font(italic=True)
    ws.freeze_panes = "A6"

    df = wb.create_sheet("Definitions")
    df["A1"] = "Priority and status definitions"
    df["A1"].font = Font(bold=True)
    defs = [("High", "Fundamental weakness in control; action required urgently"),
            ("Medium", "Significant weakness in control; action required"),
            ("Low", "Opportunity to strengthen control"),
            ("Implemented", "Action complete and closure evidence accepted by GIAA (blue)"),
            ("On track", "Action progressing to the agreed date (green)"),
            ("Delayed", "Revised date agreed by ARC (amber)"),
            ("Overdue", "Past the due date with no agreed revision (red)"),
            ("Not started", "Action not yet due to start")]
    for i, (a, b) in enumerate(defs, start=3):
        put(df, i, 1, a, bold=True, bg=st_fill.get(a))
        put(df, i, 2, b)
    df.column_dimensions["A"].width = 14
    df.column_dimensions["B"].width = 70
    wb.save(os.path.join(
        HERE, "ln1-animal-and-plant-health-agency-arc-internal-audit-recommendations-tracker.xlsx"))


# ================================================================ 6. university csv
def make_aston():
    n = 8
    afi1 = ("Leaders should ensure that apprentices' off-the-job training is planned and recorded "
            "accurately, so that it reflects the new knowledge, skills and behaviours that "
            "apprentices develop.")
    afi2 = ("Leaders should make sure that academic tutors and workplace mentors coordinate the "
            "taught modules and on-the-job training more closely.")
    afi3 = ("Leaders should ensure that apprentices develop a secure understanding of the risks of "
            "radicalisation and extremism in their workplaces.")
    afi4 = ("Leaders and governors should receive timely information about apprentices who have "
            "passed their planned end date.")
    rows = [
        ["Aston University – Apprenticeships Post-Inspection Action Plan"] + [""] * (n - 1),
        ["Ofsted inspection 23–26 April 2024; report published 5 June 2024; last updated "
         "14/01/2025"] + [""] * (n - 1),
        [""] * n,
        ["Ref", "Theme", "Area for improvement", "Action", "Owner", "Target date",
         "Progress to date", "RAG"],
        ["QE1", "Quality of education", afi1,
         "Revise the off-the-job training planner in each apprentice's commitment statement.\n"
         "Train all skills coaches to record workplace learning against the knowledge, skills and "
         "behaviours in the standard.",
         "Head of Apprenticeships", "31/10/2024",
         "Planner revised and launched September 2024.\n94% of coaches trained; remaining two "
         "booked for February.", "Complete"],
        ["QE2", "", "",
         "Programme directors to audit a sample of off-the-job records each term and feed back to "
         "coaches.",
         "Programme Directors", "Termly", "First audit completed December 2024.", "Green"],
        ["QE3", "", afi2,
         "Hold tripartite planning meetings at the start of each module with the apprentice, "
         "workplace mentor and academic tutor.",
         "Associate Dean (Apprenticeships); Employer Partnerships Manager", "Jan 2025",
         "Meetings held for 70% of January module starts; employer availability is a barrier.",
         "Amber"],
        ["PD1", "Personal development", afi3,
         "Embed Prevent and British values topics in progress reviews, using case studies relevant "
         "to each sector.",
         "Safeguarding & Prevent Lead", "December 2024",
         "Case studies written for digital, engineering and health programmes.", "Green"],
        ["PD2", "", "",
         "Add a Prevent knowledge check to the gateway readiness checklist.",
         "Safeguarding & Prevent Lead", "28/02/2025", "", "Green"],
        ["LM1", "Leadership and management", afi4,
         "Produce a monthly report of apprentices beyond their planned end date for the "
         "Apprenticeship Quality Board, with a recovery plan for each apprentice.",
         "Director of Planning & Performance", "30/11/2024", "Report live from November 2024.",
         "Complete"],
        ["LM2", "", "",
         "Report apprenticeship achievement and retention to the University's Education Committee "
         "each term.",
         "Pro-Vice-Chancellor (Education)", "Ongoing", "", "Green"],
        [""] * n,
        ["RAG key: Complete = action finished; Green = on track; Amber = some slippage; "
         "Red = off track"] + [""] * (n - 1),
    ]
    with open(os.path.join(HERE, "ln1-aston-university-ofsted-apprenticeships-piap.csv"), "w",
              newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ================================================================ 7. mental health txt (refuse)
def make_alpha():
    lines = [
        "Alpha Hospital Bury – CQC Inspection Action Plan",
        "Provider: Priory Healthcare Limited\tInspection: 12–14 March 2024\tReport published: 22 May 2024",
        "Exported from the quality system on 03/09/2024",
        "",
        "Ref\tMust/Should\tWard(s)\tWhat CQC said\tAction\tLead\tTarget date\tStatus",
        "Forensic inpatient / secure wards",
        "M1\tMust\tIrwell, Roch\tThe service must ensure that staff complete and record physical "
        "health observations after rapid tranquillisation.\tRe-launch the post-rapid "
        "tranquillisation monitoring form on the electronic record and audit every episode weekly."
        "\tWard Managers / Physical Health Nurse\t30/04/2024\tComplete",
        "M2\tMust\tAll wards\tThe service must ensure that there are enough suitably trained staff "
        "on every shift to carry out observations safely.\tRecruit to registered nurse vacancies and "
        "stop using agency staff who are unfamiliar with the ward for enhanced observations."
        "\tHospital Director\tSeptember 2024\tOn track",
        "M3\tMust\tTame\tThe service must ensure that the seclusion room is safe and that seclusion "
        "is recorded in line with the Mental Health Act Code of Practice.\tRefurbish the seclusion "
        "room (anti-ligature fittings, two-way intercom, clock visible to the patient) and re-train "
        "staff in seclusion recording.\tHead of Estates; Ward Manager (Tame)\tJanaury 2025\tOn track",
        "S1\tShould\tIrwell, Roch, Tame\tThe service should ensure that blanket restrictions are "
        "reviewed regularly.\tReview the blanket restrictions register at the monthly Reducing "
        "Restrictive Practice group.\tClinical Director\tMonthly\tOn track",
        "Wards for people with a learning disability or autism",
        "M4\tMust\tCalder\tThe service must ensure that each patient has an up-to-date positive "
        "behaviour support plan.\tReview every patient's PBS plan with the MDT and add a PBS review "
        "date to the ward round template.\tPsychology Lead\t31/07/2024\tComplete",
        "S2\tShould\tCalder\tThe service should ensure that carers are invited to care programme "
        "approach meetings.\tAdd a carer invitation step to the CPA checklist and record carers' "
        "views in the CPA notes.\tSocial Work Lead\t31/08/2024\tComplete",
        "S3\tShould\tAll wards\tThe service should ensure that patients can take part in activities "
        "at weekends.\tEmploy two weekend activity coordinators and publish a weekend timetable on "
        "each ward.\tOccupational Therapy Lead\tOct-24\tOn track",
        "",
        "Status summary at 03/09/2024: Complete 3, On track 4, At risk 0",
    ]
    with open(os.path.join(
            HERE, "ln1-alpha-hospital-bury-cqc-mental-health-must-should-do-action-plan-typo-month-refuse.txt"),
            "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_penair()
    make_trevithick()
    make_activate()
    make_sash()
    make_apha()
    make_aston()
    make_alpha()
    print("built 7 files in", HERE)
