"""Build the seven zex- blind test files (set heldout809).

Run with /work/main/.venv/bin/python zex_make.py  (writes next to this script).
Only files whose names start with "zex-" are written.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zex-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- xlsx helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


BLUE = fill("5B9BD5")
GREEN = fill("00B050")
AMBER = fill("FFC000")
RED = fill("FF0000")
HEAD = fill("D9E1F2")
BAND = fill("1F4E78")
GREY = fill("E7E6E6")


def boxrow(ws, r, ncol):
    for c in range(1, ncol + 1):
        cell = ws.cell(r, c)
        cell.border = BOX
        cell.alignment = WRAP


# ============================================================ 1. BAF (xlsx)
def make_baf():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Sheffield Children's NHS Foundation Trust"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Board Assurance Framework 2025/26"
    cov["A2"].font = Font(bold=True, size=13)
    cov["A3"] = "Quarter 2 update – Board of Directors (Public), 25 November 2025"
    cov["A5"] = "Document control"
    cov["A5"].font = BOLD
    rows = [
        ("Version", "Date", "Author", "Reviewed by"),
        ("3.0", "12/06/2025", "Head of Corporate Governance", "Audit and Risk Committee"),
        ("3.1", "09/09/2025", "Head of Corporate Governance", "Board of Directors"),
        ("3.2", "11/11/2025", "Head of Corporate Governance", "Executive Team"),
    ]
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = cov.cell(6 + i, 1 + j, v)
            c.border = BOX
            if i == 0:
                c.font = BOLD
                c.fill = HEAD
    cov["A11"] = ("The BAF sets out the principal risks to delivery of the Trust's strategic "
                  "objectives, the controls and assurances in place, and the actions being "
                  "taken to close gaps.")
    for col, w in zip("ABCD", (14, 14, 32, 28)):
        cov.column_dimensions[col].width = w

    key = wb.create_sheet("Key")
    key["A1"] = "Risk scoring"
    key["A1"].font = BOLD
    key["A2"] = "Risk score = consequence (1–5) x likelihood (1–5)"
    key["A3"] = "1–6 Low   8–12 Moderate   15–25 High"
    key["A5"] = "Action status key (colour of Status cell on the Actions sheet)"
    key["A5"].font = BOLD
    for i, (f, txt) in enumerate([
        (BLUE, "Complete"),
        (GREEN, "On track"),
        (AMBER, "At risk of slippage"),
        (RED, "Overdue / off track"),
        (None, "Not started"),
    ]):
        c = key.cell(6 + i, 1)
        c.border = BOX
        if f:
            c.fill = f
        key.cell(6 + i, 2, txt)
    key.column_dimensions["A"].width = 12
    key.column_dimensions["B"].width = 30

    summ = wb.create_sheet("Summary")
    hdr = ["BAF ref", "Strategic risk", "Executive owner", "Assuring committee",
           "Inherent score", "Q1 score", "Q2 score", "Target score", "Trend"]
    for j, h in enumerate(hdr):
        c = summ.cell(1, 1 + j, h)
        c.font = BOLD
        c.fill = HEAD
        c.border = BOX
    srows = [
        ("SR1", "Delivering safe, high-quality care", "Chief Nurse", "Quality Committee", 20, 16, 16, 8, "↔"),
        ("SR2", "Timely access to care", "Chief Operating Officer", "Finance and Performance Committee", 20, 16, 12, 8, "↓"),
        ("SR3", "Workforce", "Chief People Officer", "People Committee", 16, 12, 12, 8, "↔"),
        ("SR4", "Financial sustainability", "Director of Finance", "Finance and Performance Committee", 20, 20, 20, 10, "↔"),
    ]
    for i, row in enumerate(srows):
        for j, v in enumerate(row):
            c = summ.cell(2 + i, 1 + j, v)
            c.border = BOX
    for col, w in zip("ABCDEFGHI", (9, 36, 26, 34, 10, 9, 9, 10, 8)):
        summ.column_dimensions[col].width = w

    ws = wb.create_sheet("Actions")
    ws["A1"] = "Board Assurance Framework 2025/26 – Actions to address gaps in control and assurance"
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Position at 31 October 2025. Status is shown by cell colour – see Key sheet."
    ws.merge_cells("A2:H2")
    hdr = ["Ref", "Gap in control (C) / assurance (A)", "Action to address gap", "Action owner",
           "Original target date", "Revised target date", "Progress update (Q2)", "Status"]
    for j, h in enumerate(hdr):
        c = ws.cell(4, 1 + j, h)
        c.font = BOLD
        c.fill = HEAD
    boxrow(ws, 4, 8)

    D = dt.datetime
    r = 5

    def band(text):
        nonlocal r
        ws.cell(r, 1, text)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(r, 1).font = Font(bold=True, color="FFFFFF")
        ws.cell(r, 1).fill = BAND
        r += 1

    def act(ref, gap, action, owner, orig, rev, prog, status):
        nonlocal r
        ws.cell(r, 1, ref)
        if gap is not None:
            ws.cell(r, 2, gap)
        ws.cell(r, 3, action)
        ws.cell(r, 4, owner)
        for col, v in ((5, orig), (6, rev)):
            if v is not None:
                c = ws.cell(r, col, v)
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
        ws.cell(r, 7, prog)
        boxrow(ws, r, 8)
        if status is not None:
            ws.cell(r, 8).fill = status
        r += 1

    band("SR1 – Delivering safe, high-quality care")
    g = r
    act("1.1", "(C) Paediatric early warning score (PEWS) escalation not consistently completed in ED and on community wards",
        "Roll out the national PEWS observation chart and escalation pathway to the Emergency Department and the remaining inpatient wards",
        "Chief Nurse", D(2025, 9, 30), D(2025, 12, 31),
        "Live on 7 of 9 wards; ED go-live moved to December to align with the EPR upgrade.", AMBER)
    act("1.2", None,
        "Monthly PEWS compliance audit reported to Quality Committee, with ward-level exception reports",
        "Deputy Chief Nurse / Head of Patient Safety", D(2025, 10, 31), None,
        "First audit report received at October Quality Committee.", BLUE)
    ws.merge_cells(start_row=g, start_column=2, end_row=g + 1, end_column=2)
    act("1.3", "(A) No independent assurance on transition arrangements for young people moving to adult services",
        "Commission an internal audit review of transition to adult services as part of the 2025/26 internal audit plan",
        "Medical Director", D(2026, 3, 31), None,
        "Terms of reference agreed; fieldwork scheduled for January 2026.", GREEN)
    band("SR2 – Timely access to care")
    g = r
    act("2.1", "(C) Patients waiting over 52 weeks for elective treatment in paediatric orthopaedics and ENT",
        "Deliver additional weekend theatre lists for orthopaedics and ENT through the elective recovery programme",
        "Chief Operating Officer", "Q3 2025/26", None,
        "Ten additional lists delivered in Q2; 52-week waits reduced from 118 to 74.", GREEN)
    act("2.2", None,
        "Validate the whole elective waiting list and contact all families waiting over 40 weeks",
        "Chief Operating Officer; Chief Digital Information Officer", D(2025, 8, 31), D(2025, 11, 30),
        "Clinical validation 85% complete; delayed by PAS data quality issues.", RED)
    ws.merge_cells(start_row=g, start_column=2, end_row=g + 1, end_column=2)
    band("SR3 – Workforce")
    act("3.1", "(C) High vacancy rate for band 5 registered children's nurses",
        "International recruitment campaign for 30 registered children's nurses, with a pastoral support programme",
        "Chief People Officer", D(2026, 3, 31), None,
        "22 offers made; 14 nurses in post.", GREEN)
    act("3.2", "(A) Staff survey results not triangulated with Freedom to Speak Up themes",
        "Produce a quarterly people and culture dashboard combining FTSU, staff survey and exit interview data for People Committee",
        "Chief People Officer & Director of Corporate Governance", D(2025, 11, 30), None,
        "Not yet started – dependent on the new workforce information system.", None)
    band("SR4 – Financial sustainability")
    act("4.1", "(C) Cost improvement programme (CIP) schemes not fully identified for 2025/26",
        "Identify and quality-impact assess the remaining £2.1m of recurrent CIP schemes",
        "Director of Finance", D(2025, 7, 31), D(2025, 10, 31),
        "£1.6m identified and QIA'd; £0.5m gap escalated to Finance and Performance Committee.", RED)
    act("4.2", "(A) Limited assurance on grip and control of temporary staffing spend",
        "Implement agency price-cap controls with executive sign-off for all off-framework shifts",
        "Director of Finance", D(2025, 9, 30), None,
        "Controls in place from 1 September; off-framework use now zero.", BLUE)
    r += 1
    ws.cell(r, 1, "Source: Executive risk owners' Q2 reviews. Next full update: Board of Directors, February 2026.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    for col, w in zip("ABCDEFGH", (7, 34, 46, 26, 13, 13, 40, 9)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.active = wb.index(ws)
    wb.save(out("zex-sheffield-childrens-nhsft-board-assurance-framework-2025-26.xlsx"))


# ============================================================ 2. HIS (xlsx)
def make_his():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Action Plan"
    ws["A1"] = "NHS Tayside – Safe Delivery of Care Inspection Improvement Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:F1")
    ws["A2"] = "Healthcare Improvement Scotland unannounced inspection, Royal Victoria Hospital, Dundee"
    ws.merge_cells("A2:F2")
    info = [
        ("Hospital:", "Royal Victoria Hospital, Dundee"),
        ("Date of inspection:", "10–12 June 2025"),
        ("Date of report publication:", "19 August 2025"),
        ("Action plan submitted:", "16 September 2025"),
        ("Progress update as at:", "28 November 2025"),
    ]
    for i, (a, b) in enumerate(info):
        ws.cell(4 + i, 1, a).font = BOLD
        ws.cell(4 + i, 2, b)
    hr = 10
    hdr = ["Action planned", "Timescale to meet action", "Responsibility for taking action",
           "Progress against action", "Date completed", "RAG"]
    for j, h in enumerate(hdr):
        c = ws.cell(hr, 1 + j, h)
        c.font = BOLD
        c.fill = HEAD
    boxrow(ws, hr, 6)
    r = hr + 1

    def full(text, font=None, fl=None):
        nonlocal r
        ws.cell(r, 1, text)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        if font:
            ws.cell(r, 1).font = font
        if fl:
            ws.cell(r, 1).fill = fl
        ws.cell(r, 1).alignment = WRAP
        r += 1

    def act(action, when, who, prog, done, rag):
        nonlocal r
        for j, v in enumerate((action, when, who, prog, done, rag)):
            if v is None:
                continue
            c = ws.cell(r, 1 + j, v)
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        boxrow(ws, r, 6)
        f = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}.get(rag)
        if f:
            ws.cell(r, 6).fill = f
        r += 1

    D = dt.datetime
    full("Domain 2 – Leadership and culture", Font(bold=True, color="FFFFFF"), BAND)
    full("Requirement 1: NHS Tayside must ensure that staff have access to, and complete, mandatory training in line with the board's training requirements, including adult support and protection.",
         BOLD, GREY)
    full("This will support compliance with: Health and Social Care Standards (2017) criterion 3.14 and the Quality of Care Framework (2018) domain 2.",
         Font(italic=True))
    act("Produce ward-level mandatory training compliance reports each month and share them with Senior Charge Nurses",
        "September 2025", "Senior Charge Nurses / Practice Development Nurse",
        "Reports issued monthly from September.", D(2025, 9, 30), "Complete")
    act("Protect two study hours per month for each registered nurse to complete adult support and protection level 2 training",
        "31/12/2025", "Lead Nurse, Medicine for the Elderly",
        "Compliance increased from 61% to 78%.", None, "Amber")
    full("Domain 4.1 – Pathways, procedures and policies", Font(bold=True, color="FFFFFF"), BAND)
    full("Requirement 2: NHS Tayside must ensure that all patient care documentation, including falls and food, fluid and nutrition assessments, is accurately and consistently completed.",
         BOLD, GREY)
    full("This will support compliance with: Health and Social Care Standards (2017) criterion 1.19 and relevant codes of practice of regulated healthcare professions.",
         Font(italic=True))
    act("Introduce a weekly peer documentation audit using the Excellence in Care assurance tool on all four wards",
        "October 2025", "Senior Charge Nurses",
        "Audits in place on all wards; results reviewed at the ward safety huddle.", D(2025, 10, 31), "Complete")
    act("Deliver refresher training on the MUST nutrition screening tool and fluid balance charts",
        "January 2026", "Dietetic Lead / Practice Development Nurse",
        "Training sessions scheduled for December and January.", None, "Green")
    act("Falls risk assessment to be completed within 24 hours of admission and reviewed weekly, with compliance monitored through the falls steering group",
        "Ongoing – monthly monitoring", "Lead Nurse, Medicine for the Elderly",
        "Compliance 86% in October (target 95%).", None, "Amber")
    full("Requirement 3: NHS Tayside must ensure that medicines are stored securely, including the locking of drug trolleys and treatment rooms when not in use.",
         BOLD, GREY)
    act("Install keypad locks on the treatment room doors on Wards 3 and 4",
        "31/01/2026", "Estates Manager",
        "Order placed; installation booked for January.", None, "Green")
    act("Include medicines storage checks in the daily safety huddle checklist",
        "August 2025", "Senior Charge Nurses",
        "In place from 4 August 2025.", D(2025, 8, 4), "Complete")
    full("Domain 4.3 – Workforce planning", Font(bold=True, color="FFFFFF"), BAND)
    full("Requirement 4: NHS Tayside must ensure there are robust processes in place to record and escalate staffing risk in line with the Health and Care (Staffing) (Scotland) Act 2019.",
         BOLD, GREY)
    act("Use the real-time staffing resource at every shift huddle and record the mitigation taken whenever staffing falls below the planned establishment",
        "30/11/2025", "Senior Nurse Manager / Associate Nurse Director",
        "Tool in use on all wards; recording of mitigation at 70%.", None, "Red")
    act("Report severe and recurrent staffing risks to the Care Governance Committee each quarter",
        "March 2026", "Associate Nurse Director",
        None, None, "Not started")
    r += 1
    ws.cell(r, 1, "RAG key: Complete | Green – on track | Amber – some risk to delivery | Red – off track | Not started")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    r += 2
    ws.cell(r, 1, "Name: Claire Dobson").font = BOLD
    ws.cell(r, 3, "Designation: Director of Nursing and Midwifery")
    ws.cell(r, 5, "Date: 16/09/2025")
    for col, w in zip("ABCDEF", (58, 20, 30, 40, 14, 12)):
        ws.column_dimensions[col].width = w

    gp = wb.create_sheet("Areas of good practice")
    gp["A1"] = "Areas of good practice identified by Healthcare Improvement Scotland"
    gp["A1"].font = BOLD
    for i, t in enumerate([
        "Patients told inspectors that staff were kind, caring and respectful.",
        "The ward-based activity co-ordinator supported meaningful activity for people living with dementia.",
        "Staff described visible and supportive senior leadership, including regular walkrounds.",
    ]):
        gp.cell(3 + i, 1, i + 1)
        gp.cell(3 + i, 2, t)
    gp.column_dimensions["B"].width = 90
    wb.save(out("zex-nhs-tayside-his-royal-victoria-hospital-dundee-safe-delivery-of-care-improvement-action-plan.xlsx"))


# ============================================================ 3. RQIA QIP tracker (xlsx, refuse)
def make_rqia():
    wb = Workbook()
    ws = wb.active
    ws.title = "QIP tracker"
    ws["A1"] = "Belfast Health and Social Care Trust"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "RQIA Unannounced Inspection of Iveagh Centre – Quality Improvement Plan (QIP) Tracker"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Inspection: 4 and 5 March 2025 | Report issued: 22 April 2025 | QIP returned to RQIA: 20 May 2025"
    hdr = ["AFI", "Ref", "Stated", "Area for improvement", "Action(s) taken / planned",
           "Responsible person", "To be completed by", "Progress update (October 2025)", "Status"]
    for j, h in enumerate(hdr):
        c = ws.cell(5, 1 + j, h)
        c.font = BOLD
        c.fill = HEAD
    boxrow(ws, 5, 9)
    r = 6

    def sect(text):
        nonlocal r
        ws.cell(r, 1, text)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(r, 1).font = Font(bold=True, color="FFFFFF")
        ws.cell(r, 1).fill = BAND
        r += 1

    def afi(no, ref, stated, text, actions):
        nonlocal r
        first = r
        ws.cell(r, 1, no)
        ws.cell(r, 2, ref)
        ws.cell(r, 3, stated)
        ws.cell(r, 4, text)
        for a in actions:
            for j, v in enumerate(a):
                if v is not None:
                    ws.cell(r, 5 + j, v)
            boxrow(ws, r, 9)
            f = {"Complete": BLUE, "On track": GREEN, "Partially met": AMBER, "Not met": RED}.get(a[4])
            if f:
                ws.cell(r, 9).fill = f
            r += 1
        if len(actions) > 1:
            for col in (1, 2, 3, 4):
                ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)

    sect("Is care safe?")
    afi(1, "Standard 5.3.1 (f)", "First time",
        "The Trust shall ensure that all restrictive practices are recorded, reviewed and authorised in line with regional guidance.",
        [("Restrictive practice register introduced on the ward and reviewed at the weekly multidisciplinary team meeting",
          "Ward Manager", "30 June 2025", "Register in use since May 2025.", "Complete"),
         ("Quarterly audit of restrictive practice documentation",
          "Senior Nurse Manager", "30 September 2025", "First audit completed September 2025; 94% compliant.", "Complete")])
    afi(2, "Standard 4.3 (i)", "Second time",
        "The Trust shall ensure that all staff are up to date with Management of Actual or Potential Aggression (MAPA) training.",
        [("Additional MAPA refresher dates secured with the Trust training team and allocated on the staff rota",
          "Learning Disability Service Manager", "31 Octobr 2025", "Compliance 82%; four staff booked for November.", "Partially met")])
    sect("Is care effective?")
    afi(3, "Standard 5.3.1 (a)", "First time",
        "The Trust shall ensure that care plans reflect the assessed needs of each young person and are reviewed following any change in presentation.",
        [("Care plan template revised to include positive behaviour support plan and review date",
          "Ward Manager / Clinical Psychologist", "31 July 2025", "New template in use for all young people.", "Complete"),
         ("Monthly care plan audit reported to the Children's Community Services governance meeting",
          "Senior Nurse Manager", "31 December 2025", "Audits commenced August 2025.", "On track")])
    sect("Is the service well led?")
    afi(4, "Standard 4.1", "First time",
        "The Trust shall ensure that there is a clear plan, with timescales, for the discharge of young people whose discharge is delayed.",
        [("Delayed discharge escalation meeting held fortnightly with the Director of Children's Community Services",
          "Co-Director, Children's Community Services", "31 August 2025", "Meetings in place; two discharges completed.", "Complete"),
         ("Agree a regional placement pathway with the Health and Social Care Board commissioning team",
          "Director of Children's Community Services", "31 March 2026", "Discussions ongoing with SPPG.", "On track")])
    r += 1
    ws.cell(r, 1, "Status key: Complete = met and evidenced; On track; Partially met; Not met. QIP progress reported to the Children's Community Services Directorate governance meeting.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    for col, w in zip("ABCDEFGHI", (6, 18, 12, 44, 46, 28, 18, 38, 14)):
        ws.column_dimensions[col].width = w
    wb.save(out("zex-belfast-hsct-rqia-iveagh-centre-unannounced-inspection-qip-tracker-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def bold_cell(cell, text, size=None):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True
    if size:
        run.font.size = Pt(size)


# ============================================================ 4. HIW improvement plan (docx)
def make_hiw():
    doc = Document()
    doc.add_paragraph("Improvement Plan: St David's Hospital – Older Persons' Rehabilitation Wards", style="Title")
    doc.add_paragraph("Cardiff and Vale University Health Board")
    info = doc.add_table(rows=4, cols=2)
    info.style = "Table Grid"
    for i, (a, b) in enumerate([
        ("Service:", "St David's Hospital, Cardiff – Wards 1, 2 and 3"),
        ("Date of inspection:", "13 – 15 May 2025"),
        ("Date of HIW report:", "7 August 2025"),
        ("Progress reported to:", "Quality, Safety and Experience Committee – 14 October 2025"),
    ]):
        bold_cell(info.cell(i, 0), a)
        info.cell(i, 1).text = b
    doc.add_paragraph()
    doc.add_heading("Appendix B – Immediate improvement plan", level=1)
    doc.add_paragraph("No immediate assurance issues were identified during this inspection.")
    doc.add_heading("Appendix C – Improvement plan", level=1)
    doc.add_paragraph("Status key: Complete – action implemented and evidenced; Green – on track; "
                      "Amber – at risk of delay; Red – not on track.")

    cols = ["Improvement needed", "Standard / Regulation", "Service action",
            "Responsible officer", "Timescale", "Status"]

    def section(title, findings):
        doc.add_heading(title, level=2)
        nrows = 1 + sum(len(f[2]) for f in findings)
        t = doc.add_table(rows=nrows, cols=6)
        t.style = "Table Grid"
        for j, h in enumerate(cols):
            bold_cell(t.cell(0, j), h)
            shade(t.cell(0, j), "D9E1F2")
        r = 1
        for need, std, acts in findings:
            first = r
            for a in acts:
                for j, v in enumerate(a):
                    t.cell(r, 2 + j).text = v
                r += 1
            if len(acts) > 1:
                m1 = t.cell(first, 0).merge(t.cell(r - 1, 0))
                m2 = t.cell(first, 1).merge(t.cell(r - 1, 1))
                m1.text = need
                m2.text = std
            else:
                t.cell(first, 0).text = need
                t.cell(first, 1).text = std
        doc.add_paragraph()

    section("Quality of patient experience", [
        ("The health board must ensure that patients' privacy and dignity are maintained when using bathroom facilities on Ward 2.",
         "Person-centred",
         [("Privacy curtains and engaged signs fitted to all bathroom doors on Ward 2",
           "Ward Manager", "July 2025", "Complete")]),
        ("The health board should ensure that information on how to raise a concern (Putting Things Right) is displayed in Welsh and English on all wards.",
         "Person-centred",
         [("Bilingual Putting Things Right posters and leaflets displayed at the entrance to each ward",
           "Senior Nurse", "30 June 2025", "Complete")]),
    ])
    section("Delivery of safe and effective care", [
        ("The health board must ensure that patient risk assessments, including falls and pressure area assessments, are completed on admission and reviewed in line with policy.",
         "Safe; Effective",
         [("Weekly documentation audit by ward sisters using the Welsh Nursing Care Record audit tool, with results shared at the monthly senior nurse meeting",
           "Ward Managers", "31 August 2025", "Complete"),
          ("Targeted training on the All Wales falls and pressure damage risk assessments for all registered nurses and healthcare support workers",
           "Practice Development Nurse", "31 December 2025", "Amber")]),
        ("The health board must ensure that emergency equipment is checked daily and that checks are recorded.",
         "Safe",
         [("Resuscitation trolley checks added to the daily safety huddle and spot-checked weekly",
           "Ward Managers / Senior Nurse", "June 2025", "Complete")]),
        ("The health board should ensure that controlled drugs are checked and signed by two registered nurses in line with the medicines management policy.",
         "Safe",
         [("Controlled drug record books audited monthly by the ward pharmacist, with findings reported to the Medicines Safety Group",
           "Community Hospitals Lead Pharmacist", "30 September 2025", "Green")]),
    ])
    section("Quality of management and leadership", [
        ("The health board must ensure that staff compliance with mandatory training, in particular safeguarding and fire safety, meets the health board target of 85%.",
         "Workforce",
         [("Protected training time allocated on the monthly roster for each member of staff",
           "Ward Managers", "30 November 2025", "Green"),
          ("Compliance reported to the Medicine Clinical Board quality and safety meeting",
           "Head of Nursing", "Monthly", "Green")]),
        ("The health board should ensure that staff receive feedback and learning from incidents they report on Datix.",
         "Culture",
         [("Learning from incidents added as a standing item at ward team meetings and included in the monthly ward newsletter",
           "Ward Managers", "31 October 2025", "Red")]),
    ])
    doc.add_paragraph("The following section must be completed by a representative of the service "
                      "who has overall responsibility and accountability for ensuring the improvement plan is actioned.")
    rep = doc.add_table(rows=3, cols=2)
    rep.style = "Table Grid"
    for i, (a, b) in enumerate([("Name (print):", "Helen Pritchard"),
                                ("Job role:", "Director of Nursing, Medicine Clinical Board"),
                                ("Date:", "28 August 2025")]):
        bold_cell(rep.cell(i, 0), a)
        rep.cell(i, 1).text = b
    doc.save(out("zex-cardiff-and-vale-uhb-hiw-st-davids-hospital-ward-inspection-improvement-plan.docx"))


# ============================================================ 5. CQC must/should (docx)
def make_cqc():
    doc = Document()
    doc.add_paragraph("CQC Must Do and Should Do Action Plan 2025/26", style="Title")
    p = doc.add_paragraph()
    p.add_run("Sheffield Health and Social Care NHS Foundation Trust").bold = True
    doc.add_paragraph("Inspection of mental health core services, 11–13 February 2025 (report published 9 May 2025). "
                      "Progress position at 30 September 2025, for the Quality Assurance Committee.")
    doc.add_heading("Document control", level=2)
    dc = doc.add_table(rows=4, cols=4)
    dc.style = "Table Grid"
    for i, row in enumerate([
        ("Version", "Date", "Author", "Comments"),
        ("0.3", "30/05/2025", "Head of Regulation and Compliance", "Submitted to CQC"),
        ("1.0", "01/07/2025", "Head of Regulation and Compliance", "Approved by Executive Management Team"),
        ("1.2", "30/09/2025", "Head of Regulation and Compliance", "Q2 progress update"),
    ]):
        for j, v in enumerate(row):
            if i == 0:
                bold_cell(dc.cell(i, j), v)
            else:
                dc.cell(i, j).text = v
    doc.add_heading("RAG key", level=2)
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for i, (k, v, col) in enumerate([
        ("B", "Complete – action delivered and evidence of sustained compliance", "5B9BD5"),
        ("G", "On track to deliver by target date", "00B050"),
        ("A", "Risk of slippage – mitigation in place", "FFC000"),
        ("R", "Off track / past target date", "FF0000"),
    ]):
        bold_cell(key.cell(i, 0), k)
        shade(key.cell(i, 0), col)
        key.cell(i, 1).text = v

    cols = ["Ref", "Action", "Lead", "Target date", "Progress update", "RAG"]

    def core_service(title, reqs):
        doc.add_heading(title, level=1)
        nrows = 1 + sum(1 + len(a) for _, a in reqs)
        t = doc.add_table(rows=nrows, cols=6)
        t.style = "Table Grid"
        for j, h in enumerate(cols):
            bold_cell(t.cell(0, j), h)
            shade(t.cell(0, j), "D9E1F2")
        r = 1
        for req, acts in reqs:
            m = t.cell(r, 0).merge(t.cell(r, 5))
            bold_cell(m, req)
            shade(m, "E7E6E6")
            r += 1
            for a in acts:
                for j, v in enumerate(a):
                    t.cell(r, j).text = v
                r += 1

    core_service("Acute wards for adults of working age and psychiatric intensive care units", [
        ("MD1 – The trust must ensure that patients' risk assessments and risk management plans are reviewed and updated after every incident. (Regulation 12)",
         [("MD1.1", "Risk assessment review added as a mandatory step in the post-incident huddle template on all acute wards and PICU",
           "Head of Nursing (Acute)", "31/07/2025", "Template live from 1 July; audit shows 92% compliance.", "B"),
          ("MD1.2", "Monthly audit of risk documentation after incidents, reported to the Acute Care Quality Group",
           "Matrons", "31/03/2026 (revised from 31/12/2025)", "Audit tool redesigned following pilot; first full audit in October.", "A")]),
        ("MD2 – The trust must ensure that seclusion is recorded and reviewed in line with the Mental Health Act Code of Practice. (Regulation 13)",
         [("MD2.1", "Seclusion records moved onto the electronic patient record with mandatory review prompts",
           "Head of Mental Health Legislation / Chief Nursing Information Officer", "30/11/2025", "Build complete; user testing under way.", "G")]),
        ("SD1 – The trust should ensure that ward environments are clean and well maintained.",
         [("SD1.1", "Monthly estates walkaround on each ward, with actions tracked on the estates log",
           "Head of Estates and Facilities", "Sep-25", "Walkarounds in place since August.", "B")]),
    ])
    core_service("Community-based mental health services for adults of working age", [
        ("MD3 – The trust must ensure that people waiting for assessment are regularly monitored so that changes in risk are identified. (Regulation 12)",
         [("MD3.1", "Introduce a waiting list contact protocol with fortnightly welfare calls for everyone waiting more than four weeks",
           "Head of Community Mental Health Services", "31/12/2025", "Protocol in place; 87% of contacts made in September.", "G"),
          ("MD3.2", "Weekly review of the waiting list by the duty senior practitioner",
           "Team Managers", "Ongoing", "Embedded in all four community mental health teams.", "G")]),
        ("SD2 – The trust should ensure that staff receive regular clinical supervision.",
         [("SD2.1", "Supervision compliance reported on the team performance dashboard",
           "Associate Director of Nursing and Quality", "Dec-25", "Dashboard field added; data quality being validated.", "A"),
          ("SD2.2", "Supervision tree refreshed for each team, with a named supervisor for all clinical staff",
           "Team Managers & Professional Leads", "31/10/2025", "Overdue – two teams outstanding.", "R")]),
    ])
    doc.add_paragraph()
    doc.add_paragraph("Actions rated B will be proposed for closure at the next Quality Assurance Committee, subject to evidence review.")
    doc.save(out("zex-sheffield-health-and-social-care-nhsft-cqc-must-should-do-action-plan.docx"))


# ============================================================ 6. Quality account tracker (csv)
def make_qa_csv():
    W = 8
    rows = []

    def line(*vals):
        vals = list(vals) + [""] * (W - len(vals))
        rows.append(vals)

    line("King's College Hospital NHS Foundation Trust")
    line("Quality Account 2025/26: Quality Priorities – Quarterly Progress Tracker")
    line("Reporting period: Quarter 2 (July – September 2025)")
    line()
    line("Ref", "Quality priority / milestone", "Lead(s)", "Due", "Q1 RAG", "Q2 RAG", "Q2 progress update", "Measure")
    line("PATIENT SAFETY")
    line("", "Priority 1: Improve the recognition and escalation of deteriorating patients")
    line("1.1", "Roll out NEWS2 e-observations and the Call for Concern (Martha's Rule) service to all adult inpatient wards at Denmark Hill and the PRUH",
         "Chief Nurse and Executive Director of Midwifery", "Q3 2025/26", "Amber", "Green",
         "Live on all Denmark Hill wards; PRUH wards go live in November.", "% adult wards live")
    line("1.2", "Achieve 90% compliance with antibiotics within one hour for patients with suspected sepsis in the Emergency Department",
         "Chief Medical Officer", "Mar-26", "Amber", "Amber",
         "Compliance 81% in September, up from 74% in Q1.", "Monthly sepsis audit")
    line("", "Priority 2: Reduce harm from inpatient falls")
    line("2.1", "Deliver falls prevention training to all ward-based healthcare assistants",
         "Deputy Chief Nurse", "30/09/2025", "Green", "Complete",
         "Training completed by 93% of HCAs.", "Training compliance")
    line("2.2", "Introduce lying and standing blood pressure measurement for all patients aged 65 and over",
         "Deputy Chief Nurse / Consultant Geriatrician", "Dec-25", "Red", "Amber",
         "Added to EPR admission bundle; compliance 58%.", "Quarterly falls audit")
    line("CLINICAL EFFECTIVENESS")
    line("", "Priority 3: Improve timely discharge and reduce delays for patients with no criteria to reside")
    line("3.1", "Embed criteria-led discharge on all medical and surgical wards",
         "Chief Operating Officer", "Q4 2025/26", "Green", "Green",
         "Live on 28 of 40 wards.", "% wards using CLD")
    line("3.2", "Open a discharge lounge at the PRUH seven days a week",
         "Site Director, PRUH and South Sites", "Jan-26", "", "Red",
         "Estates works delayed; staffing model not yet agreed.", "Lounge opening hours")
    line("3.3", "Publish a weekly long-length-of-stay review for patients in hospital over 21 days",
         "Chief Operating Officer; Director of Integrated Care", "Sep-25", "Amber", "Complete",
         "Weekly reviews in place from August.", "LLOS numbers")
    line("PATIENT EXPERIENCE")
    line("", "Priority 4: Improve communication with patients, families and carers")
    line("4.1", "Launch the patient portal (MyChart) letters function for outpatient clinic letters",
         "Chief Digital Information Officer", "31/12/2025", "Green", "Green",
         "62% of outpatient letters now sent via MyChart.", "% letters via portal")
    line("4.2", "Train ward staff in the 'What matters to you?' conversation and record it in the care plan",
         "Head of Patient Experience / Deputy Chief Nurse", "Q4 2025/26", "", "Not started",
         "Scheduled to start January 2026.", "Inpatient survey question")
    line()
    line("RAG key: Green = on track; Amber = at risk but recoverable; Red = off track; Complete = milestone delivered")
    line("Reported to the Quality Committee on 14 October 2025 and to the Council of Governors on 30 October 2025")
    with open(out("zex-kings-college-hospital-nhsft-quality-account-priorities-tracker-2025-26.csv"),
              "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ============================================================ 7. PSII safety action plan (txt)
def make_psii_txt():
    T = "\t"
    L = [
        "Patient Safety Incident Investigation (PSII) – Safety Action Plan",
        "Epsom and St Helier University Hospitals NHS Trust",
        "Misplaced nasogastric tube not identified before feeding – St Helier Hospital",
        "",
        "Incident reference:" + T + "ESTH-PSII-2025-014",
        "Date of incident:" + T + "17/03/2025",
        "PSII report approved:" + T + "Patient Safety Incident Response Group, 02/07/2025",
        "Executive sponsor:" + T + "Chief Nursing Officer",
        "Plan version:" + T + "1.3 (updated 30/10/2025)",
        "",
        "Status key: Not started | On track | At risk | Overdue | Complete",
        "",
        "Area for improvement 1: Confirming nasogastric tube position before first use",
        T.join(["Ref", "Safety action", "Action owner", "Target date", "Measurement / monitoring", "Status"]),
        T.join(["SA1", "Replace local ward guidance with a single trust-wide NG tube policy aligned to the national patient safety alert, including the pH and X-ray decision flowchart",
                "Nutrition Nurse Specialist", "31/05/2025", "Policy ratified at Clinical Policy Group", "Complete"]),
        T.join(["SA2", "Stock only CE-marked pH test strips on all adult wards and remove all other strips from ward stock",
                "Procurement Lead / Ward Managers", "30/06/2025", "Quarterly stock check", "Complete"]),
        "",
        "Area for improvement 2: Interpreting and documenting chest X-rays for NG tube position",
        T.join(["Ref", "Safety action", "Action owner", "Target date", "Measurement / monitoring", "Status"]),
        T.join(["SA3", "Add a mandatory NG tube position field to the radiology request and report template",
                "Radiology Services Manager / Chief Clinical Information Officer", "30/11/2025", "Template change live on EPR", "On track"]),
        T.join(["SA4", "Deliver training for resident doctors on the four criteria for confirming NG tube position on X-ray,",
                "Medical Education Lead", "31/10/2025", "Attendance records; induction checklist audit", "At risk"]),
        T.join(["", "and include sign-off in the resident doctor induction checklist", "", "", "", ""]),
        "",
        "Area for improvement 3: Escalation when tube position cannot be confirmed",
        T.join(["Ref", "Safety action", "Action owner", "Target date", "Measurement / monitoring", "Status"]),
        T.join(["SA5", "Introduce a 'do not use – position not confirmed' bedside label and handover prompt for any NG tube awaiting confirmation",
                "Head of Nursing, Surgery", "31/08/2025", "Monthly spot check of 10 patients", "Overdue"]),
        T.join(["SA6", "Agree out-of-hours access to a nutrition support nurse or registrar for advice on tube position",
                "Associate Medical Director for Patient Safety", "Q3 2025/26", "Rota published", "On track"]),
        "",
        "Area for improvement 4: Sharing learning",
        T.join(["Ref", "Safety action", "Action owner", "Target date", "Measurement / monitoring", "Status"]),
        T.join(["SA7", "Share the PSII findings through the Learning from Patient Safety Events bulletin and a Safety Spotlight briefing at the Trust-wide safety huddle",
                "Head of Patient Safety", "August 2025", "Bulletin issued", "Complete"]),
        T.join(["SA8", "Re-audit NG tube position checks against the new policy six months after launch",
                "Nutrition Nurse Specialist", "Q4 2025/26", "Audit report to Patient Safety Committee", "Not started"]),
        "",
        "Plan monitored monthly at the Patient Safety Incident Response Group. Next review: 27/11/2025.",
    ]
    with open(out("zex-epsom-st-helier-uh-psii-misplaced-nasogastric-tube-safety-action-plan.txt"),
              "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")


if __name__ == "__main__":
    make_baf()
    make_his()
    make_rqia()
    make_hiw()
    make_cqc()
    make_qa_csv()
    make_psii_txt()
    print("built 7 files")
