"""Generator for the seven jb2- blind cases (set heldout296).

Builds: three .xlsx (openpyxl), two .docx (python-docx), one .csv, one .txt.
Run with /work/main/.venv/bin/python jb2_make.py (writes beside this script).
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.shared import Pt, Cm, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))

def P(name):
    return os.path.join(HERE, name)

D = dt.datetime

# colours
RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "0070C0"
GREY = "D9D9D9"
NAVY = "1F3864"
LILAC = "E4DFEC"
PALE = "DDEBF7"

def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)

thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def box_range(ws, r1, r2, c1, c2):
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(r, c).border = BOX
            ws.cell(r, c).alignment = WRAP


# ---------------------------------------------------------------------------
# 1. UHDB public Trust Board action log (xlsx, read)
# ---------------------------------------------------------------------------
def make_uhdb():
    wb = Workbook()
    ws = wb.active
    ws.title = "Open actions"
    ws["A1"] = "Public Trust Board – Action Log"
    ws["A1"].font = Font(bold=True, size=14, color=NAVY)
    ws["A2"] = "University Hospitals of Derby and Burton NHS Foundation Trust"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Position as at 1 April 2025, following the meeting held in public on 11 March 2025"
    ws["A3"].font = Font(italic=True)

    ws["A5"] = "RAG key:"
    ws["A5"].font = Font(bold=True)
    key = [("B5", BLUE, "Complete – proposed for closure"),
           ("C5", GREEN, "On track – not yet due"),
           ("D5", AMBER, "Date revised / at risk"),
           ("E5", RED, "Overdue")]
    for ref, col, txt in key:
        ws[ref] = txt
        ws[ref].fill = fill(col)
        ws[ref].font = Font(color="FFFFFF" if col in (BLUE, RED, GREEN) else "000000", bold=True)
        ws[ref].alignment = WRAP

    hdr = ["Action ref", "Date of meeting", "Action", "Lead", "Due date",
           "Revised due date", "Progress update", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(7, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
    rows = [
        ("PB/2425/037", D(2024, 11, 12),
         "Present the revised Green Plan delivery milestones, including the Queen's Hospital Burton heat decarbonisation scheme.",
         "Director of Estates and Facilities", D(2025, 1, 31), D(2025, 3, 31),
         "Not received at the March Board. Now overdue; to be taken at May Board.", RED),
        ("PB/2425/041", D(2025, 1, 14),
         "Bring a deep dive on ambulance handover delays at Royal Derby Hospital to a future Board, including the impact of the new fit-to-sit area.",
         "Chief Operating Officer", D(2025, 3, 31), D(2025, 5, 31),
         "Deferred to the May Board so that Q4 data can be included.", AMBER),
        ("PB/2425/043", D(2025, 1, 14),
         "Circulate the Freedom to Speak Up benchmarking data referred to in the Guardian's report to all Board members.",
         "Director of Corporate Affairs", D(2025, 2, 28), None,
         "Circulated by email on 20/02/2025. Propose closure.", BLUE),
        ("PB/2425/047", D(2025, 3, 11),
         "Provide an update on the recovery trajectory for 62-day cancer performance, split by tumour site.",
         "Chief Operating Officer / Medical Director", D(2025, 6, 30), None,
         "Trajectory being refreshed with the East Midlands Cancer Alliance.", GREEN),
        ("PB/2425/048", D(2025, 3, 11),
         "Review the Board Assurance Framework risk scores for BAF 3 (workforce) and BAF 5 (finance) in light of the 2025/26 operating plan.\nOutcome to be reported via the Audit and Governance Committee.",
         "GF/AS", D(2025, 7, 31), None,
         "Scheduled for the June Audit and Governance Committee.", GREEN),
        ("PB/2425/049", D(2025, 3, 11),
         "Include themes from maternity patient safety incident investigations in the quarterly Perinatal Quality Surveillance report to Board.",
         "Executive Chief Nurse", "Standing item", None,
         "First quarterly report due at the May Board.", GREEN),
    ]
    r = 8
    for ref, mdate, act, lead, due, rev, upd, rag in rows:
        ws.cell(r, 1, ref)
        c = ws.cell(r, 2, mdate); c.number_format = "dd/mm/yyyy"
        ws.cell(r, 3, act)
        ws.cell(r, 4, lead)
        c = ws.cell(r, 5, due)
        if isinstance(due, D):
            c.number_format = "mmm-yy"
        if rev is not None:
            c = ws.cell(r, 6, rev); c.number_format = "mmm-yy"
        ws.cell(r, 7, upd)
        ws.cell(r, 8).fill = fill(rag)
        r += 1
    box_range(ws, 7, r - 1, 1, 8)
    ws.cell(r + 1, 1, "Actions are added to the log from the minutes of each meeting held in public. "
                      "Actions rated blue are closed at the next meeting unless the Board requests otherwise.").font = Font(italic=True, size=9)
    for col, w in zip("ABCDEFGH", (13, 12, 60, 26, 10, 11, 40, 7)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A8"

    ws2 = wb.create_sheet("Closed actions")
    ws2["A1"] = "Actions closed at the meeting held in public on 11 March 2025"
    ws2["A1"].font = Font(bold=True, size=12, color=NAVY)
    hdr2 = ["Action ref", "Date of meeting", "Action", "Lead", "Due date", "Date closed", "Status"]
    for i, h in enumerate(hdr2, 1):
        c = ws2.cell(3, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
    closed = [
        ("PB/2425/035", D(2024, 11, 12),
         "Share the patient experience annual survey action plan with the Council of Governors.",
         "Director of Corporate Affairs", D(2024, 12, 31), D(2025, 1, 14), "Complete"),
        ("PB/2425/039", D(2025, 1, 14),
         "Confirm the date of the Board development session on the Joined Up Care Derbyshire provider collaborative.",
         "Chair / Chief Executive", D(2025, 2, 28), D(2025, 3, 11), "Complete"),
    ]
    r = 4
    for row in closed:
        for i, v in enumerate(row, 1):
            c = ws2.cell(r, i, v)
            if i == 2 or i == 6:
                c.number_format = "dd/mm/yyyy"
            if i == 5:
                c.number_format = "mmm-yy"
        ws2.cell(r, 7).fill = fill(BLUE)
        ws2.cell(r, 7).font = Font(color="FFFFFF")
        r += 1
    box_range(ws2, 3, r - 1, 1, 7)
    for col, w in zip("ABCDEFG", (13, 12, 60, 26, 10, 12, 10)):
        ws2.column_dimensions[col].width = w
    wb.save(P("jb2-university-hospitals-of-derby-and-burton-nhsft-board-public-action-log.xlsx"))


# ---------------------------------------------------------------------------
# 2. York and Scarborough maternity and neonatal improvement plan (xlsx, read)
# ---------------------------------------------------------------------------
def make_ysth():
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = "York and Scarborough Teaching Hospitals NHS Foundation Trust"
    cv["A1"].font = Font(bold=True, size=12)
    cv["A2"] = "Maternity and Neonatal Improvement Plan 2024–25"
    cv["A2"].font = Font(bold=True, size=16, color="7030A0")
    cv["A3"] = "Response to the CQC inspection of maternity services at York Hospital and Scarborough Hospital (report published June 2023)"
    cv["A5"] = "Document control"
    cv["A5"].font = Font(bold=True)
    dc = [("Version", "Date", "Author", "Approved by"),
          ("0.4", "12/02/2024", "Maternity Quality Governance Lead", "Family Health Care Group Board"),
          ("1.0", "27/03/2024", "Director of Midwifery", "Quality Committee"),
          ("1.6", "18/03/2025", "Maternity Improvement Programme Manager", "Maternity Assurance Group")]
    for i, row in enumerate(dc):
        for j, v in enumerate(row, 1):
            c = cv.cell(6 + i, j, v)
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill(LILAC)
    box_range(cv, 6, 9, 1, 4)
    cv["A12"] = "RAG rating key"
    cv["A12"].font = Font(bold=True)
    keyrows = [("B", BLUE, "Completed, with evidence of sustained embedding"),
               ("G", GREEN, "On track to deliver by the target date"),
               ("A", AMBER, "Risk to delivery – mitigation in place"),
               ("R", RED, "Off track / target date passed")]
    for i, (k, col, txt) in enumerate(keyrows):
        c = cv.cell(13 + i, 1, k)
        c.fill = fill(col)
        c.font = Font(bold=True)
        cv.cell(13 + i, 2, txt)
    cv.column_dimensions["A"].width = 12
    cv.column_dimensions["B"].width = 14
    cv.column_dimensions["C"].width = 40
    cv.column_dimensions["D"].width = 32

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of progress by theme – March 2025"
    sm["A1"].font = Font(bold=True, size=12)
    srows = [("Theme", "Actions", "B", "G", "A", "R"),
             ("1. Assessment and escalation of risk", 4, 1, 2, 1, 0),
             ("2. Medicines management", 2, 1, 1, 0, 0),
             ("3. Staffing and training", 4, 1, 2, 0, 1),
             ("Total", 10, 3, 5, 1, 1)]
    for i, row in enumerate(srows):
        for j, v in enumerate(row, 1):
            c = sm.cell(3 + i, j, v)
            if i in (0, len(srows) - 1):
                c.font = Font(bold=True)
    for j, col in zip(range(3, 7), (BLUE, GREEN, AMBER, RED)):
        sm.cell(3, j).fill = fill(col)
    box_range(sm, 3, 7, 1, 6)
    sm.column_dimensions["A"].width = 40

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = "Maternity and Neonatal Improvement Plan – progress update March 2025"
    ws["A1"].font = Font(bold=True, size=13, color="7030A0")
    hdr = ["CQC requirement (Must do)", "Ref", "Action", "Executive / operational lead",
           "Original target date", "Revised target date", "Progress update and evidence",
           "Previous RAG (Jan-25)", "Current RAG (Mar-25)"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(3, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.alignment = WRAP
    RAGC = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    plan = [
        ("Theme 1: Assessment and escalation of risk", [
            ("MD1: The trust must ensure that women attending the maternity assessment units are triaged and assessed in a timely manner using a recognised obstetric triage system.", [
                ("1.1", "Implement the Birmingham Symptom Specific Obstetric Triage System (BSOTS) at both maternity assessment units with a dedicated triage midwife on every shift.",
                 "Director of Midwifery", D(2024, 3, 31), D(2024, 6, 30),
                 "BSOTS live at York 02/04/2024 and Scarborough 10/06/2024. Triage midwife on the rota 24/7.", "A", "B"),
                ("1.2", "Audit 30 triage records per site each month against the 15-minute initial assessment standard and report results to the Maternity and Neonatal Safety Champions.",
                 "Quality Governance Lead Midwife", D(2024, 12, 31), None,
                 "Compliance 88% York, 91% Scarborough (February 2025).", "G", "G"),
            ]),
            ("MD2: The trust must ensure that fetal monitoring is carried out and interpreted in line with national guidance and that staff complete fetal monitoring training.", [
                ("1.3", "Introduce hourly 'fresh eyes' reviews of CTGs using the revised intrapartum fetal monitoring proforma.",
                 "Fetal Surveillance Lead Midwife / Obstetric Fetal Monitoring Lead", D(2024, 9, 30), None,
                 "Proforma in use on both sites. Fresh eyes compliance included in the monthly audit.", "G", "G"),
                ("1.4", "Achieve and sustain 90% compliance with annual fetal monitoring training for midwives and obstetric medical staff.",
                 "Practice Development Midwife", D(2024, 3, 31), D(2025, 6, 30),
                 "Midwives 86%, obstetric medical staff 79%. Additional dates booked for April and May 2025.", "R", "A"),
            ]),
        ]),
        ("Theme 2: Medicines management", [
            ("MD3: The trust must ensure that medicines are stored securely and that fridge temperatures are monitored and recorded daily.", [
                ("2.1", "Install remote temperature monitoring on all maternity medicines fridges, with alerts to the pharmacy team.",
                 "Chief Pharmacist", D(2023, 12, 31), None,
                 "Installed on all 9 fridges. Evidence: installation certificate and alert log.", "B", "B"),
                ("2.2", "Include medicines storage in the weekly ward manager assurance walkround and escalate any exceptions via Datix.",
                 "Maternity Ward Managers", "Ongoing – weekly", None,
                 "Walkrounds embedded; two exceptions raised in Q4, both resolved.", "G", "G"),
            ]),
        ]),
        ("Theme 3: Staffing and training", [
            ("MD4: The trust must ensure that there are sufficient numbers of suitably qualified, competent and experienced midwifery staff on each shift.", [
                ("3.1", "Complete a Birthrate Plus review across both sites and present the findings to Trust Board.",
                 "Director of Midwifery", D(2024, 4, 30), None,
                 "Presented to Trust Board 29/05/2024 with the funded establishment uplift.", "B", "B"),
                ("3.2", "Recruit to the funded establishment of band 5 and band 6 midwives, including the international recruitment cohort of 12 midwives.",
                 "Director of Midwifery / Head of Workforce", D(2025, 3, 31), D(2025, 9, 30),
                 "Vacancy 21.4 WTE. International cohort arrival delayed to July 2025.", "A", "R"),
                ("3.3", "Report monthly staffing fill rates and midwifery red flags to the Quality and Patient Safety Group and Trust Board.",
                 "Divisional Director of Nursing and Midwifery", "Monthly", None,
                 "Included in the monthly maternity dashboard.", "G", "G"),
            ]),
            ("MD5: The trust must ensure that staff complete mandatory training, including multi-professional obstetric emergencies training.", [
                ("3.4", "Roll out PROMPT training on both sites with protected time in the rota, aiming for 90% compliance.",
                 "Practice Development Midwife", D(2025, 3, 31), None,
                 "91% midwives, 85% medical staff. Remaining medical staff booked.", "A", "G"),
            ]),
        ]),
    ]
    r = 4
    for theme, mds in plan:
        ws.cell(r, 1, theme).font = Font(bold=True)
        for c in range(1, 10):
            ws.cell(r, c).fill = fill(LILAC)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for mdtext, acts in mds:
            start = r
            ws.cell(r, 1, mdtext)
            for ref, act, lead, orig, rev, upd, prev, cur in acts:
                ws.cell(r, 2, ref)
                ws.cell(r, 3, act)
                ws.cell(r, 4, lead)
                c = ws.cell(r, 5, orig)
                if isinstance(orig, D):
                    c.number_format = "dd/mm/yyyy"
                if rev is not None:
                    c = ws.cell(r, 6, rev); c.number_format = "dd/mm/yyyy"
                ws.cell(r, 7, upd)
                for col, v in ((8, prev), (9, cur)):
                    c = ws.cell(r, col, v)
                    c.fill = fill(RAGC[v])
                    c.alignment = Alignment(horizontal="center", vertical="top")
                r += 1
            box_range(ws, start, r - 1, 1, 9)
            if r - 1 > start:
                ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    for col, w in zip("ABCDEFGHI", (42, 6, 55, 30, 12, 12, 45, 10, 10)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A4"
    wb.save(P("jb2-york-and-scarborough-teaching-hospitals-nhsft-maternity-neonatal-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 3. Barnsley MBC transformation programme highlight report (xlsx, REFUSE)
# ---------------------------------------------------------------------------
def make_barnsley():
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    ws["A1"] = "Barnsley Metropolitan Borough Council"
    ws["A1"].font = Font(bold=True)
    ws["A2"] = "Transformation Programme – Highlight Report"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Reporting period: January 2025"
    ws["E3"] = "Report to: Transformation Board, 12 February 2025"
    ws["A5"] = "Overall programme status"
    ws["A5"].font = Font(bold=True)
    dims = [("Time", AMBER, "A"), ("Cost", GREEN, "G"), ("Scope", GREEN, "G"), ("Benefits", AMBER, "A")]
    for i, (name, col, letter) in enumerate(dims):
        ws.cell(6, 1 + 2 * i, name).font = Font(bold=True)
        c = ws.cell(6, 2 + 2 * i, letter)
        c.fill = fill(col)
        c.alignment = Alignment(horizontal="center")
    ws["A8"] = "Key: G – on track; A – issues being managed within the workstream; R – off track, escalation to Transformation Board needed; B – complete"
    ws["A8"].font = Font(italic=True, size=9)

    hdr = ["Ref", "Milestone / deliverable", "Senior responsible officer", "Baseline date",
           "Forecast date", "Last period", "This period", "Commentary"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(10, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("203764")
        c.alignment = WRAP
    RAGC = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    work = [
        ("Workstream 1: Digital Barnsley", [
            ("DB01", "Launch the new customer portal for council tax and benefits self-service.",
             "Head of Digital", "Oct 2024", "Mar 2025", "A", "A",
             "Integration testing with the revenues system ongoing; go-live moved to March."),
            ("DB02", "Migrate telephony to the cloud contact centre platform.",
             "Head of Digital / Head of Customer Services", "Jan 2025", "Jan 2025", "G", "B",
             "Cut-over completed 20 January 2025."),
            ("DB03", "Decommission the legacy CRM system and archive case records.",
             "Head of Digital", "Dec 2024", "Febuary 2025", "A", "A",
             "Archive solution agreed; data extract under way."),
        ]),
        ("Workstream 2: Adult social care demand management", [
            ("ASC01", "Expand the reablement service to 60 new starts per week.",
             "Service Director Adult Social Care", "Jun 2025", "Jun 2025", "G", "G",
             "Recruitment to 8 reablement support worker posts in progress."),
            ("ASC02", "Implement the digital front door for adult social care contacts.",
             "Head of Adult Social Care Operations", "Apr 2025", "Jul 2025", "G", "R",
             "Supplier delay on the online assessment module. Escalated to Transformation Board."),
        ]),
        ("Workstream 3: Property and assets", [
            ("PA01", "Complete the office accommodation review and vacate Westgate Plaza floors 3 and 4.",
             "Head of Strategic Assets", "Mar 2025", "May 2025", "A", "A",
             "Staff moves scheduled for April; lease surrender negotiation ongoing."),
            ("PA02", "Dispose of surplus assets identified in phase 1 of the asset rationalisation plan.",
             "Head of Strategic Assets", "Sep 2025", "Sep 2025", "G", "G",
             "Three of seven sites marketed."),
        ]),
        ("Workstream 4: Workforce", [
            ("WF01", "Roll out the new performance and development review framework to all staff.",
             "Head of HR and OD", "Apr 2025", "Apr 2025", "G", "G",
             "Manager briefings complete; launch 1 April 2025."),
        ]),
    ]
    r = 11
    for wsname, items in work:
        ws.cell(r, 1, wsname).font = Font(bold=True)
        for c in range(1, 9):
            ws.cell(r, c).fill = fill(PALE)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for ref, ms, sro, base, fc, last, now, comm in items:
            vals = [ref, ms, sro, base, fc, last, now, comm]
            for i, v in enumerate(vals, 1):
                ws.cell(r, i, v)
            ws.cell(r, 6).fill = fill(RAGC[last])
            ws.cell(r, 7).fill = fill(RAGC[now])
            r += 1
    box_range(ws, 10, r - 1, 1, 8)
    for col, w in zip("ABCDEFGH", (8, 55, 32, 12, 14, 10, 10, 50)):
        ws.column_dimensions[col].width = w

    rk = wb.create_sheet("Risks and issues")
    rk["A1"] = "Programme risks and issues"
    rk["A1"].font = Font(bold=True, size=12)
    rrows = [("ID", "Type", "Description", "Owner", "Score", "Mitigation"),
             ("R1", "Risk", "Capacity of the digital team to deliver DB01 and DB03 in parallel.", "Head of Digital", 12,
              "Prioritisation agreed at January Board."),
             ("R2", "Risk", "Savings from the accommodation review are not fully realised in 2025/26.", "Head of Strategic Assets", 9,
              "Phased lease exit plan."),
             ("I1", "Issue", "Supplier delay on the adult social care online assessment module.", "Head of Adult Social Care Operations", 16,
              "Contract escalation meeting held 5 February 2025.")]
    for i, row in enumerate(rrows):
        for j, v in enumerate(row, 1):
            c = rk.cell(3 + i, j, v)
            if i == 0:
                c.font = Font(bold=True)
    box_range(rk, 3, 6, 1, 6)
    rk.column_dimensions["C"].width = 60
    rk.column_dimensions["F"].width = 40
    wb.save(P("jb2-barnsley-mbc-transformation-programme-highlight-report-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    lines = text.split("\n")
    para = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            para = cell.add_paragraph()
        run = para.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


# ---------------------------------------------------------------------------
# 4. North East Lincolnshire SAB – SAR 'Mrs E' action plan (docx, read)
# ---------------------------------------------------------------------------
def make_nel_sar():
    doc = Document()
    landscape(doc)
    doc.add_heading("Safeguarding Adults Review: ‘Mrs E’ – Multi-agency Action Plan", level=1)
    doc.add_paragraph("North East Lincolnshire Safeguarding Adults Board")
    p = doc.add_paragraph("Version 4 – updated for the SAR Subgroup, 14 April 2025")
    p.runs[0].italic = True

    doc.add_paragraph("Document control").runs[0].bold = True
    t = doc.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    dcr = [("Version", "Date", "Change", "Author"),
           ("1", "17/07/2024", "Action plan agreed by the Board", "SAB Business Manager"),
           ("3", "09/10/2024", "Q2 progress updates added", "SAB Business Manager"),
           ("4", "14/04/2025", "Q4 progress updates added; 1.1 and 3.3 rated Complete", "SAB Business Support Officer")]
    for i, row in enumerate(dcr):
        for j, v in enumerate(row):
            set_cell(t.cell(i, j), v, bold=(i == 0))

    doc.add_paragraph()
    doc.add_paragraph("RAG key").runs[0].bold = True
    k = doc.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    keys = [("Complete", "Action completed and evidence received by the SAR Subgroup", "9DC3E6"),
            ("Green", "On track to complete by the target date", "92D050"),
            ("Amber", "Some slippage – revised plan agreed", "FFC000"),
            ("Red", "Not on track – escalated to the Board", "FF0000")]
    for i, (a, b, col) in enumerate(keys):
        set_cell(k.cell(i, 0), a, bold=True)
        shade(k.cell(i, 0), col)
        set_cell(k.cell(i, 1), b)

    hdr = ["No.", "Action", "Lead agency / officer", "Target date", "Progress update (April 2025)", "RAG"]
    themes = [
        ("Learning Theme 1: Self-neglect and hoarding", [
            ("Recommendation 1: All partner agencies should ensure that practitioners use the NEL Self-Neglect and Hoarding Protocol and that its use is discussed in supervision.", [
                ("1.1", "Relaunch the Self-Neglect and Hoarding Protocol through a 7-minute briefing and a practitioner webinar.",
                 "SAB Business Manager", "March 2025", "Webinar held 12/02/2025 with 86 attendees. Briefing on the SAB website.", "Complete"),
                ("1.2", "Each partner agency to audit a sample of 10 self-neglect cases for use of the protocol and report the findings to the SAR Subgroup.",
                 "All partner agencies", "Q1 2025/26", "Four of seven agencies have returned audits.", "Amber"),
            ]),
            ("Recommendation 2: Humberside Fire and Rescue Service and Adult Social Care should agree a joint pathway for referrals where a fire risk is identified in the home.", [
                ("2.1", "Agree and publish a joint fire risk referral pathway, including the criteria for a Home Fire Safety Visit.",
                 "HFRS Prevention Manager / Head of Adult Social Care", "31/01/2025", "Draft pathway agreed; awaiting sign-off at the Executive Group in May.", "Amber"),
                ("2.2", "Deliver fire safety awareness sessions to adult social care front door staff.",
                 "HFRS Prevention Manager", "June 2025", "Two of four sessions delivered.", "Green"),
            ]),
        ]),
        ("Learning Theme 2: Mental capacity and executive functioning", [
            ("Recommendation 3: The SAB should seek assurance that mental capacity assessments consider executive functioning where a person repeatedly declines care and support.", [
                ("3.1", "Develop a practice guide on assessing executive functioning, with case examples from this review.",
                 "Principal Social Worker", "September 2025", "Task and finish group meeting monthly.", "Green"),
                ("3.2", "Add executive functioning to the MCA audit tools used by adult social care and NLaG.",
                 "MCA Lead (NELC) / Named Nurse Safeguarding Adults (NLaG)", "Ongoing", "Included in the Q4 audit; results to Quality and Performance Subgroup.", "Green"),
                ("3.3", "Hold a multi-agency learning event on this review for frontline practitioners and managers.",
                 "SAB Business Manager", "Nov-24", "Held 21/11/2024. Evaluation report to the Board in January.", "Complete"),
            ]),
        ]),
    ]
    for theme, recs in themes:
        doc.add_paragraph()
        doc.add_heading(theme, level=2)
        nrows = 1 + sum(1 + len(a) for _, a in recs)
        t = doc.add_table(rows=nrows, cols=6)
        t.style = "Table Grid"
        for j, h in enumerate(hdr):
            set_cell(t.cell(0, j), h, bold=True)
            shade(t.cell(0, j), "D9E2F3")
        r = 1
        for rec, acts in recs:
            m = t.cell(r, 0).merge(t.cell(r, 5))
            set_cell(m, rec, bold=True)
            shade(m, "F2F2F2")
            r += 1
            for row in acts:
                for j, v in enumerate(row):
                    set_cell(t.cell(r, j), v)
                col = {"Complete": "9DC3E6", "Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}[row[5]]
                shade(t.cell(r, 5), col)
                r += 1
    doc.add_paragraph()
    doc.add_paragraph("Actions rated Complete will be removed from the plan once the Board has accepted the evidence of completion. "
                      "Progress is reported to the SAR Subgroup quarterly.")
    doc.save(P("jb2-north-east-lincolnshire-sab-sar-mrs-e-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. East Riding CSP – DHR 'Elsie' action plan (docx, read; Home Office template)
# ---------------------------------------------------------------------------
def make_er_dhr():
    doc = Document()
    landscape(doc)
    doc.add_heading("Domestic Homicide Review ‘Elsie’ – Action Plan", level=1)
    doc.add_paragraph("East Riding Community Safety Partnership")
    doc.add_paragraph("Monitoring update, June 2025")
    p = doc.add_paragraph("This action plan accompanies the Overview Report. Progress is monitored by the DHR Standing Panel "
                          "and reported to the Community Safety Partnership Board.")
    p.runs[0].italic = True

    hdr = ["Recommendation", "Scope of recommendation (local / regional / national)", "Action to take",
           "Lead agency", "Key milestones achieved in enacting recommendation", "Target date",
           "Date of completion and outcome", "RAG status"]
    parts = [
        ("Overview Report Recommendations", [
            ("1. The East Riding Community Safety Partnership should be assured that domestic abuse training for all agencies covers coercive and controlling behaviour in the relationships of older people.", "Local", [
                ("Review the partnership domestic abuse training offer against the findings of this review and update the older people module.",
                 "East Riding Community Safety Partnership", "Revised module approved by the Domestic Abuse Strategic Group.",
                 "December 2024", "Completed 28/11/2024.", "Complete"),
                ("Each panel agency to confirm in writing the number of staff who have completed the updated module.",
                 "All panel agencies", "Template issued to agencies.", "End of September 2025", "", "Green"),
            ]),
            ("2. East Riding of Yorkshire Council should ensure that carers’ assessments consider the risk of domestic abuse where the carer is a partner or family member.", "Local", [
                ("Amend the carers’ assessment form to include routine enquiry about domestic abuse.",
                 "East Riding of Yorkshire Council (Adult Social Care)", "Form amended on the case management system.",
                 "March 2025", "Completed 17/03/2025.", "Complete"),
                ("Brief carers support service staff on routine enquiry and referral routes to specialist domestic abuse services.",
                 "East Riding of Yorkshire Council (Adult Social Care) / East Riding Carers Support Service", "Briefing drafted.",
                 "Q2 2025/26", "", "Amber"),
            ]),
            ("3. The Home Office should consider including older victims in the case studies of the Domestic Abuse Statutory Guidance.", "National", [
                ("Write to the Home Office setting out this recommendation and the learning from this review.",
                 "East Riding Community Safety Partnership", "", "On publication of the review", "", "Not started"),
            ]),
        ]),
        ("Single Agency Recommendations", [
            ("4. Humberside Police should ensure that a DASH risk assessment is completed at every domestic abuse incident, including where the victim is aged over 60.", "Local", [
                ("Issue a force-wide reminder and update the DASH briefing on the learning platform.",
                 "Humberside Police", "Reminder issued; briefing updated.", "October 2024",
                 "Completed 04/10/2024.", "Complete"),
                ("Dip-sample 50 DASH forms each quarter for incidents where the victim is aged over 60.",
                 "Humberside Police", "Q4 2024/25 dip sample: 46 of 50 compliant.", "Quarterly", "", "Green"),
            ]),
            ("5. Hull University Teaching Hospitals NHS Trust should strengthen routine enquiry about domestic abuse in the Emergency Department.", "Local", [
                ("Include routine enquiry compliance in the Emergency Department safeguarding audit and report the results to the Safeguarding Committee.",
                 "Hull University Teaching Hospitals NHS Trust", "Audit tool revised.", "31/07/2025", "", "Green"),
            ]),
        ]),
    ]
    for part, recs in parts:
        doc.add_paragraph()
        doc.add_heading(part, level=2)
        nrows = 1 + sum(len(a) for _, _, a in recs)
        t = doc.add_table(rows=nrows, cols=8)
        t.style = "Table Grid"
        for j, h in enumerate(hdr):
            set_cell(t.cell(0, j), h, bold=True, size=8)
            shade(t.cell(0, j), "D9D9D9")
        r = 1
        for rec, scope, acts in recs:
            start = r
            for act, lead, ms, tgt, done, rag in acts:
                set_cell(t.cell(r, 2), act, size=8)
                set_cell(t.cell(r, 3), lead, size=8)
                set_cell(t.cell(r, 4), ms, size=8)
                set_cell(t.cell(r, 5), tgt, size=8)
                set_cell(t.cell(r, 6), done, size=8)
                set_cell(t.cell(r, 7), rag, size=8)
                r += 1
            if r - 1 > start:
                a = t.cell(start, 0).merge(t.cell(r - 1, 0))
                b = t.cell(start, 1).merge(t.cell(r - 1, 1))
            else:
                a, b = t.cell(start, 0), t.cell(start, 1)
            set_cell(a, rec, size=8)
            set_cell(b, scope, size=8)
    doc.add_paragraph()
    doc.add_paragraph("RAG status: Complete = action completed and evidence seen by the Standing Panel; Green = on track; "
                      "Amber = some delay; Red = not progressing; Not started = action not yet due to begin.")
    doc.save(P("jb2-east-riding-csp-dhr-elsie-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Bassetlaw DC corporate risk register Q3 2025/26 (csv export, read)
# ---------------------------------------------------------------------------
def make_bassetlaw():
    W = 10
    rows = []
    def line(*vals):
        v = list(vals) + [""] * (W - len(vals))
        rows.append(v)
    line("Bassetlaw District Council – Corporate Risk Register")
    line("Quarter 3 2025/26 – position at 31 December 2025")
    line("Risk scores are residual (likelihood x impact, 1-25): Red 15-25, Amber 8-12, Green 1-6. Action RAG shows progress on each mitigating action.")
    line()
    line("Risk", "Risk owner", "Residual score", "Direction of travel", "Action ref", "Mitigating action",
         "Action owner", "Target date", "Action RAG", "Q3 update")
    line("CR01 – Financial sustainability and the Medium Term Financial Plan", "Section 151 Officer", "16 (Red)", "No change",
         "CR01.1", "Deliver the 2025/26 savings programme of £1.2m and report progress monthly to CMT.",
         "Head of Finance", "31/03/2026", "Amber", "£0.9m delivered; £0.3m at risk from car parking income.")
    line("", "", "", "",
         "CR01.2", "Refresh the MTFP to reflect the outcome of the Fair Funding Review consultation.",
         "Section 151 Officer", "Feb-26", "Green", "Draft MTFP to Cabinet on 13 January.")
    line("CR02 – Local Government Reorganisation", "Chief Executive", "20 (Red)", "Increasing",
         "CR02.1", "Submit the final LGR proposal for Nottinghamshire to government by the November deadline.",
         "Chief Executive", "28/11/2025", "Complete", "Proposal submitted jointly with district partners.")
    line("", "", "", "",
         "CR02.2", "Establish an LGR programme board and workstream leads for transition planning.",
         "Chief Executive / Director of Corporate Resources", "Q4 2025/26", "Green", "Terms of reference drafted.")
    line("CR03 – Cyber security and ICT resilience", "Head of ICT", "12 (Amber)", "No change",
         "CR03.1", "Complete the Cyber Assessment Framework self-assessment and close the high-priority gaps.",
         "Head of ICT", "30/06/2026", "Amber", "Self-assessment complete; 4 of 9 high-priority gaps closed.")
    line("", "", "", "",
         "CR03.2", "Run a cyber incident exercise with CMT and the emergency planning team.",
         "Head of ICT; Emergency Planning Officer", "Jan-26", "Not started", "Exercise scenario being prepared with the LRF.")
    line("CR04 – Housing compliance (landlord health and safety)", "Director of Housing", "15 (Red)", "Improving",
         "CR04.1", "Clear the backlog of overdue fire risk assessment actions in sheltered housing schemes.",
         "Head of Housing Assets", "31/03/2026", "Red", "112 high-risk actions outstanding; contractor capacity increased from January.")
    line("", "", "", "",
         "CR04.2", "Report compliance across the Big 6 safety areas to the Housing Board every quarter.",
         "Head of Housing Assets", "Quarterly", "Green", "Q3 report presented 9 December 2025.")
    line()
    line("Summary")
    line("Residual rating", "Number of risks")
    line("Red", "3")
    line("Amber", "1")
    line("Green", "0")
    line("Total", "4")
    with open(P("jb2-bassetlaw-dc-corporate-risk-register-q3-2025-26.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        for row in rows:
            w.writerow(row)


# ---------------------------------------------------------------------------
# 7. Blackpool CSP partnership plan 2025-26 action plan (tab-separated txt, read)
# ---------------------------------------------------------------------------
def make_blackpool():
    W = 6
    out = []
    def line(*vals):
        v = list(vals) + [""] * (W - len(vals))
        out.append("\t".join(v))
    line("Blackpool Community Safety Partnership")
    line("Community Safety Partnership Plan 2025-26 – Delivery Action Plan")
    line("Reviewed at the CSP Board: 4 September 2025")
    line()
    line("RAG key: G = on track; A = some slippage; R = significant risk to delivery; C = complete")
    line()
    line("Ref", "Action", "Lead(s)", "Timescale", "Q1 update", "RAG")
    line("Priority 1: Reducing serious violence and exploitation")
    line("P1.1", "Deliver year 2 of the Serious Violence Duty strategy, including hotspot patrols in the town centre night-time economy.",
         "Community Safety Manager; Lancashire Constabulary (Blackpool West)", "Sept 2025 – March 2026",
         "Hotspot patrols running Friday and Saturday nights since July.", "G")
    line("P1.2", "Refresh the multi-agency child exploitation problem profile for Blackpool.",
         "Lancashire Violence Reduction Network", "By 31 December 2025",
         "Data request issued to partners.", "G")
    line("P1.3", "Roll out the Knife Crime Awareness programme to all secondary schools and the pupil referral unit.",
         "Youth Justice Service Manager", "July 2025",
         "Delivered in 8 of 10 settings; remaining two moved to the autumn term.", "A")
    line("Priority 2: Tackling domestic abuse and violence against women and girls")
    line("P2.1", "Commission the new domestic abuse safe accommodation support service.",
         "Head of Commissioning", "April 2025",
         "Contract awarded and mobilised 1 April 2025.", "C")
    line("P2.2", "Implement the White Ribbon accreditation action plan across partner organisations.",
         "Community Safety Manager", "Ongoing",
         "Accreditation renewed; ambassadors recruited in 5 organisations.", "G")
    line("P2.3", "Review MARAC referral thresholds and repeat referral rates against SafeLives guidance.",
         "MARAC Chair & IDVA Service Manager", "Nov 2025",
         "Review delayed by MARAC coordinator vacancy.", "R")
    line("Priority 3: Reducing anti-social behaviour and building safer neighbourhoods")
    line("P3.1", "Use Public Spaces Protection Order powers in the town centre and monitor enforcement activity.",
         "Head of Public Protection", "March 2026",
         "PSPO renewed in June; quarterly enforcement data reported.", "G")
    line("P3.2", "Deliver the Safer Streets 5 scheme in Claremont and Bloomfield wards, including CCTV and target-hardening.",
         "Community Safety Manager", "Mar-26",
         "CCTV installation complete; target-hardening visits ongoing.", "G")
    line("P3.3", "Launch the community trigger (ASB case review) awareness campaign.",
         "ASB Team Leader", "Sept 2025",
         "Campaign materials approved; launch planned for ASB Awareness Week.", "A")
    line()
    line("Note: actions rated C will be archived at the next Board review. Updates are provided by the lead officer before each quarterly Board meeting.")
    with open(P("jb2-blackpool-csp-community-safety-partnership-plan-2025-26-action-plan.txt"), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(out) + "\r\n")


if __name__ == "__main__":
    make_uhdb()
    make_ysth()
    make_barnsley()
    make_nel_sar()
    make_er_dhr()
    make_bassetlaw()
    make_blackpool()
    print("done")
