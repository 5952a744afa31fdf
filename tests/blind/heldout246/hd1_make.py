"""Build the seven hd1- blind test files (set heldout246).

Run with: /work/main/.venv/bin/python hd1_make.py
Writes the data files next to this script. The .expected.yaml files are written by hand.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------- xlsx helpers
FILL = {
    "B": "5B9BD5", "G": "00B050", "A": "FFC000", "R": "FF0000",
    "grey": "D9D9D9", "head": "1F3864", "theme": "BDD7EE", "afi": "DDEBF7",
    "nhs": "005EB8", "pale": "F2F2F2",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def header_row(ws, row, labels, colour="head"):
    for i, lab in enumerate(labels, start=1):
        c = ws.cell(row=row, column=i, value=lab)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL[colour])
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX


def band(ws, row, text, ncols, colour, bold=True):
    ws.cell(row=row, column=1, value=text)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
    c = ws.cell(row=row, column=1)
    c.font = Font(bold=bold)
    c.fill = fill(FILL[colour])
    c.alignment = WRAP


def body_row(ws, row, values, date_fmt="dd/mm/yyyy"):
    for i, v in enumerate(values, start=1):
        c = ws.cell(row=row, column=i, value=v)
        c.alignment = WRAP
        c.border = BOX
        if isinstance(v, dt.datetime):
            c.number_format = date_fmt


def widths(ws, ws_widths):
    for col, w in ws_widths.items():
        ws.column_dimensions[col].width = w


# ============================================================ 1. WUTH CQC (xlsx)
def make_wuth():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "CQC Inspection Action Plan 2024: Must Do and Should Do Actions"
    cov["A1"].font = Font(bold=True, size=14, color=FILL["nhs"])
    cov["A2"] = "Wirral University Teaching Hospital NHS Foundation Trust"
    cov["A2"].font = Font(bold=True, size=12)
    cov["A3"] = ("Inspection of Urgent and Emergency Care and Medical Care (including older "
                 "people's care), Arrowe Park Hospital, 14–16 November 2023. "
                 "Report published 22 February 2024.")
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    header_row(cov, 6, ["Version", "Date", "Author", "Approved by"])
    body_row(cov, 7, ["0.6", "15/01/2025", "Head of Regulatory Compliance", "Patient Safety and Quality Board"])
    body_row(cov, 8, ["0.7", "12/02/2025", "Head of Regulatory Compliance", "Quality Committee"])
    cov["A10"] = "RAG key"
    cov["A10"].font = Font(bold=True)
    key = [("B", "Complete and evidence accepted by the Quality Assurance Group"),
           ("G", "On track to deliver by the completion date"),
           ("A", "At risk of delay – mitigations in place"),
           ("R", "Off track or overdue – escalated to Executive Lead")]
    for i, (k, txt) in enumerate(key):
        r = 11 + i
        cov.cell(row=r, column=1, value=k).fill = fill(FILL[k])
        cov.cell(row=r, column=2, value=txt)
    cov["A16"] = "Summary of position at 31 January 2025"
    cov["A16"].font = Font(bold=True)
    header_row(cov, 17, ["Current RAG", "Must Do", "Should Do", "Total"])
    summ = [("B", 2, 1, 3), ("G", 2, 1, 3), ("A", 1, 1, 2), ("R", 1, 0, 1), ("Total", 6, 3, 9)]
    for i, row in enumerate(summ):
        body_row(cov, 18 + i, list(row))
        if row[0] in FILL:
            cov.cell(row=18 + i, column=1).fill = fill(FILL[row[0]])
    widths(cov, {"A": 18, "B": 62, "C": 34, "D": 34})

    # ---- Must Do sheet
    md = wb.create_sheet("Must Do")
    md["A1"] = "CQC Must Do Actions – Progress at 31 January 2025"
    md["A1"].font = Font(bold=True, size=13)
    md.merge_cells("A1:J1")
    md["A2"] = "Updated monthly for the Quality Committee. Revised dates agreed by the Executive Lead are shown in column G."
    md["A2"].font = Font(italic=True)
    md.merge_cells("A2:J2")
    cols = ["Ref", "Regulation", "CQC Must Do", "Action", "Lead", "Original completion date",
            "Revised completion date", "Progress update (January 2025)", "Previous RAG", "Current RAG"]
    header_row(md, 4, cols)
    band(md, 5, "Urgent and Emergency Care (Arrowe Park Hospital)", 10, "theme")
    rows = [
        (6, ["MD1.1", "Regulation 12 Safe care and treatment",
             "The trust must ensure that patients in the emergency department receive an initial "
             "assessment and triage within 15 minutes of arrival, in line with national guidance.",
             "Implement a streaming and triage nurse at the front door 08:00–02:00 seven days a week, "
             "funded through the UEC recovery plan.",
             "Associate Director of Nursing – Acute Care", d(2024, 3, 31), d(2024, 6, 30),
             "Triage nurse rota in place from June 2024. Median time to triage 11 minutes (December 2024).",
             "A", "B"]),
        (7, ["MD1.2", None, None,
             "Audit time to triage weekly and report compliance to the Emergency Care Board; escalate "
             "any week below 85% to the Divisional Director.",
             "Clinical Director ED; Matron ED", d(2024, 4, 30), None,
             "Weekly audit in place since April 2024. Compliance 88–93% October to December 2024.",
             "G", "G"]),
        (8, ["MD2.1", "Regulation 12 Safe care and treatment",
             "The trust must ensure that risk assessments for falls, pressure ulcers and nutrition are "
             "completed and reviewed for patients who remain in the emergency department for more than "
             "12 hours.",
             "Introduce a 12-hour ED care bundle on the electronic patient record prompting falls, "
             "Waterlow and MUST assessments, with compliance shown on the ED dashboard.",
             "Head of Nursing – Emergency Care", d(2024, 5, 31), d(2024, 10, 31),
             "Care bundle live October 2024. Compliance 78% in January; re-audit March 2025.",
             "A", "G"]),
    ]
    for r, vals in rows:
        body_row(md, r, vals)
    band(md, 9, "Medical Care (including older people's care)", 10, "theme")
    rows = [
        (10, ["MD3.1", "Regulation 18 Staffing",
              "The trust must ensure there are sufficient numbers of suitably qualified registered "
              "nurses on medical wards at night to meet patients' needs.",
              "Complete the biannual establishment review for all medical wards using the Safer Nursing "
              "Care Tool and present the findings to the Board of Directors.",
              "Chief Nurse", d(2024, 7, 31), None,
              "Establishment review presented to Board 3 July 2024; uplift of 12.4 WTE approved.",
              "B", "B"]),
        (11, ["MD3.2", None, None,
              "Recruit to the registered nurse vacancies across medical wards through international "
              "recruitment cohorts and the HCA to nursing associate pathway.",
              "Deputy Chief Nurse / Head of Nursing – Medicine", d(2024, 12, 31), d(2025, 3, 31),
              "26.2 WTE recruited; 8.4 WTE in pipeline with start dates February–March 2025.",
              "G", "A"]),
        (12, ["MD4.1", "Regulation 17 Good governance",
              "The trust must ensure that mandatory training compliance for medical staff, including "
              "safeguarding level 3, meets the trust target of 90%.",
              "Issue monthly named compliance reports to Clinical Directors and include training "
              "compliance in job plan sign-off.",
              "Medical Director", d(2024, 9, 30), None,
              "Compliance 81% at January 2025 (from 68%). Trajectory to 90% agreed with Divisional "
              "Medical Directors.",
              "A", "R"]),
    ]
    for r, vals in rows:
        body_row(md, r, vals)
    for a, b in (("B6", "B7"), ("C6", "C7"), ("B10", "B11"), ("C10", "C11")):
        md.merge_cells(f"{a}:{b}")
    for r in (6, 7, 8, 10, 11, 12):
        for col in (9, 10):
            c = md.cell(row=r, column=col)
            c.fill = fill(FILL[c.value])
            c.alignment = Alignment(horizontal="center", vertical="top")
    widths(md, {"A": 8, "B": 18, "C": 46, "D": 50, "E": 26, "F": 13, "G": 13, "H": 44, "I": 9, "J": 9})

    # ---- Should Do sheet
    sd = wb.create_sheet("Should Do")
    sd["A1"] = "CQC Should Do Actions – Progress at 31 January 2025"
    sd["A1"].font = Font(bold=True, size=13)
    sd.merge_cells("A1:G1")
    header_row(sd, 3, ["Ref", "CQC Should Do", "Action", "Lead", "Target date",
                       "Progress update (January 2025)", "Status"])
    band(sd, 4, "Urgent and Emergency Care (Arrowe Park Hospital)", 7, "theme")
    body_row(sd, 5, ["SD1",
                     "The trust should ensure that patients cared for in emergency department corridor "
                     "areas have a call bell within reach.",
                     "Install wall-mounted call bell points in corridor bays 1–6 and add call bell checks "
                     "to the hourly rounding tool.",
                     "Matron ED", d(2024, 8, 31),
                     "Installation completed August 2024; hourly rounding audit 96% in December 2024.",
                     "Complete"])
    band(sd, 6, "Medical Care (including older people's care)", 7, "theme")
    body_row(sd, 7, ["SD2",
                     "The trust should ensure that mental capacity assessments are recorded where "
                     "patients may lack capacity to consent to care.",
                     "Deliver MCA and DoLS training sessions on each medical ward and audit 10 records "
                     "per ward each quarter.",
                     "Named Nurse Safeguarding Adults", "Q4 2024/25",
                     "Sessions delivered on 9 of 12 wards. Q3 audit 72% compliant.",
                     "On track"])
    body_row(sd, 8, ["SD3",
                     "The trust should continue to improve discharge planning so that patients who are "
                     "medically optimised leave hospital without delay.",
                     "Roll out criteria-led discharge on all medical wards and expand the Discharge to "
                     "Assess pathway 1 with community partners.",
                     "Chief Operating Officer", "Ongoing",
                     "Criteria-led discharge live on 8 wards. Pathway 1 capacity remains the main constraint.",
                     "Amber"])
    sd.cell(row=5, column=7).fill = fill(FILL["B"])
    sd.cell(row=7, column=7).fill = fill(FILL["G"])
    sd.cell(row=8, column=7).fill = fill(FILL["A"])
    widths(sd, {"A": 7, "B": 46, "C": 50, "D": 26, "E": 13, "F": 44, "G": 11})
    wb.save(out("hd1-wirral-university-teaching-hospital-cqc-must-should-do-action-plan.xlsx"))


# ============================================ 2. Middlesex University PIAP (xlsx)
def make_middlesex():
    wb = Workbook()
    ws = wb.active
    ws.title = "PIAP 2024-25"
    ws["A1"] = "Middlesex University – Apprenticeships Post-Inspection Action Plan 2024–25"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = ("Ofsted full inspection of apprenticeship provision, 5–8 March 2024 (report published "
                "17 April 2024). Overall effectiveness: Requires improvement.")
    ws.merge_cells("A2:G2")
    ws["A3"] = ("Owner: Director of Apprenticeships | Reviewed by: Apprenticeship Quality Board | "
                "Last updated: 9 December 2024")
    ws.merge_cells("A3:G3")
    ws["A5"] = "RAG key:"
    ws["A5"].font = Font(bold=True)
    ws["B5"] = "Completed"
    ws["B5"].fill = fill(FILL["G"])
    ws["C5"] = "In progress"
    ws["C5"].fill = fill(FILL["A"])
    ws["D5"] = "Overdue"
    ws["D5"].fill = fill(FILL["R"])
    ws["E5"] = "Not yet started (no colour)"
    header_row(ws, 7, ["Ref", "Action", "Intended impact", "Responsible", "Deadline",
                       "Progress / evidence", "RAG"])
    band(ws, 8, "Leadership and management", 7, "theme")
    band(ws, 9, "AFI 1: Leaders should ensure that governors receive sufficiently detailed information "
                "about the quality of apprenticeship training so that they can challenge leaders to "
                "improve it.", 7, "afi", bold=False)
    rows = {
        10: ["1.1", "Produce a termly apprenticeship quality report for the Board of Governors covering "
                    "progress, achievement, withdrawals and employer feedback by standard.",
             "Governors can scrutinise the quality of each programme and hold leaders to account.",
             "Director of Apprenticeships", d(2024, 7, 31),
             "First report to Board of Governors July 2024; second November 2024.", "G"],
        11: ["1.2", "Appoint a link governor for apprenticeships and add a standing apprenticeships item to "
                    "the Academic Board agenda.",
             "Regular challenge at governance level.",
             "Clerk to the Board of Governors / Director of Apprenticeships", "Termly",
             "Link governor appointed September 2024; standing item from October.", "A"],
    }
    for r, v in rows.items():
        body_row(ws, r, v, date_fmt="mmm-yy")
    band(ws, 12, "AFI 2: Leaders should make sure that employers are fully involved in planning and "
                 "reviewing apprentices' on- and off-the-job training.", 7, "afi", bold=False)
    body_row(ws, 13, ["2.1", "Hold a tripartite planning meeting with every employer at the start of the "
                             "programme and record agreed on-the-job activities in the training plan.",
                      "Training is coherent and employers contribute to reviews.",
                      "Faculty Apprenticeship Leads", "December 2024",
                      "72% of new starts in September 2024 have a signed tripartite plan.", "A"])
    band(ws, 14, "Quality of education", 7, "theme")
    band(ws, 15, "AFI 3: Leaders and managers should ensure that tutors use information about "
                 "apprentices' existing knowledge, skills and behaviours to plan an individualised "
                 "programme.", 7, "afi", bold=False)
    body_row(ws, 16, ["3.1", "Revise the initial skills scan for all standards so that prior learning "
                             "adjusts the content and duration of the programme.",
                      "Apprentices do not repeat learning they have already mastered.",
                      "Head of Apprenticeship Quality and Compliance", d(2024, 9, 30),
                      "Revised skills scan in use for September 2024 cohort.", "G"])
    body_row(ws, 17, ["3.2", "Train programme teams to use skills scan outcomes when setting targets in "
                             "progress reviews.",
                      "Targets are specific to each apprentice.",
                      "Programme Leaders (Nursing, Policing, Chartered Manager)", "Nov 2024",
                      "Two of three programme teams trained; Policing session postponed.", "R"])
    band(ws, 18, "AFI 4: Tutors should provide apprentices with clear and developmental feedback on "
                 "assessed work so that they know how to improve.", 7, "afi", bold=False)
    body_row(ws, 19, ["4.1", "Introduce a feedback standard and sample 10% of marked work each term through "
                             "moderation.",
                      "Apprentices know what they need to do to reach higher grades.",
                      "K. Adeyemi & L. Brennan", "Mar-25", "", None])
    band(ws, 20, "Personal development", 7, "theme")
    band(ws, 21, "AFI 5: Leaders should ensure that apprentices develop a secure understanding of the "
                 "risks of radicalisation and extremism relevant to their workplace.", 7, "afi",
         bold=False)
    body_row(ws, 22, ["5.1", "Add a sector-specific Prevent module to the induction for all standards and "
                             "revisit it at each progress review.",
                      "Apprentices can explain local risks and how to report concerns.",
                      "Designated Safeguarding Lead", "31/10/2024",
                      "Module launched October 2024; 94% completion.", "G"])
    for r in (10, 11, 13, 16, 17, 19, 22):
        c = ws.cell(row=r, column=7)
        if c.value:
            c.fill = fill(FILL[c.value])
            c.value = None  # colour only, no text
    ws["A24"] = "Notes: RAG reviewed at each Apprenticeship Quality Board. Evidence held on the Apprenticeships SharePoint site."
    ws["A24"].font = Font(italic=True)
    ws.merge_cells("A24:G24")
    widths(ws, {"A": 7, "B": 52, "C": 36, "D": 30, "E": 13, "F": 40, "G": 8})

    s2 = wb.create_sheet("Inspection grades")
    header_row(s2, 1, ["Judgement", "Grade"])
    for i, (j, g) in enumerate([("Overall effectiveness", "Requires improvement"),
                                ("Quality of education", "Requires improvement"),
                                ("Behaviour and attitudes", "Good"),
                                ("Personal development", "Good"),
                                ("Leadership and management", "Requires improvement"),
                                ("Apprenticeships", "Requires improvement")]):
        body_row(s2, 2 + i, [j, g])
    widths(s2, {"A": 30, "B": 24})
    wb.save(out("hd1-middlesex-university-ofsted-apprenticeships-piap.xlsx"))


# ==================================== 3. Office of Rail and Road ARAC tracker (xlsx)
def make_orr():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "Office of Rail and Road – Internal Audit Recommendations Tracker"
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Audit and Risk Assurance Committee, 17 March 2025 – Annex A"
    sm["A4"] = "Position at 28 February 2025"
    sm["A4"].font = Font(bold=True)
    header_row(sm, 5, ["Priority", "Open", "of which past original date", "Closed since last ARAC"])
    for i, row in enumerate([("High", 2, 2, 0), ("Medium", 3, 2, 1), ("Low", 1, 0, 1),
                             ("Total", 6, 4, 2)]):
        body_row(sm, 6 + i, list(row))
    sm["A11"] = ("Status is management's assessment. Recommendations are closed only after GIAA has "
                 "verified the evidence.")
    sm["A11"].font = Font(italic=True)
    widths(sm, {"A": 14, "B": 10, "C": 26, "D": 24})

    cols = ["Rec ref", "Priority", "Recommendation", "Agreed management action", "Action owner",
            "Original target date", "Revised target date", "Management update", "Status"]
    op = wb.create_sheet("Open recommendations")
    op["A1"] = "Open internal audit recommendations at 28 February 2025"
    op["A1"].font = Font(bold=True, size=13)
    op.merge_cells("A1:I1")
    op["A2"] = "Source: GIAA final reports. Revised dates approved by the Executive Committee."
    op.merge_cells("A2:I2")
    header_row(op, 4, cols)
    band(op, 5, "Cyber Security Governance – GIAA 2023-24 (Limited assurance)", 9, "grey")
    body_row(op, 6, ["CSG-01", "High",
                     "ORR should set a cyber security risk appetite and report cyber risks to the "
                     "Executive Committee at least quarterly.",
                     "Draft a cyber risk appetite statement for ExCo approval and add cyber risk to the "
                     "quarterly corporate risk report.",
                     "Chief Information Officer", d(2024, 9, 30), d(2025, 3, 31),
                     "Appetite statement drafted; ExCo discussion moved to 25 March 2025.", "Amber"])
    body_row(op, 7, ["CSG-02", "Medium",
                     "ORR should ensure that all privileged accounts use multi-factor authentication and "
                     "are reviewed quarterly.",
                     "Enable MFA on all privileged accounts and introduce quarterly access recertification "
                     "by system owners.",
                     "Head of IT Operations; Information Security Manager", d(2024, 12, 31), None,
                     "MFA enabled on 100% of privileged accounts. First recertification completed January 2025.",
                     "Green"])
    band(op, 8, "Contract Management – GIAA 2024-25 (Moderate assurance)", 9, "grey")
    body_row(op, 9, ["CM-01", "Medium",
                     "Contract managers should be formally appointed for all contracts over £25,000 and "
                     "their responsibilities documented.",
                     "Record the named contract manager for every contract over £25,000 in the contract "
                     "register and issue appointment letters.",
                     "Head of Procurement", d(2025, 1, 31), d(2025, 4, 30),
                     "Register updated for 41 of 53 contracts. Letters issued for those 41.", "Amber"])
    body_row(op, 10, ["CM-02", "Low",
                      "ORR should introduce standard performance measures for its key supplier contracts.",
                      "Develop a KPI template for contracts over £100,000 and include quarterly performance "
                      "reviews in contract management plans.",
                      "Head of Procurement", d(2025, 6, 30), None,
                      "Template drafted for consultation with contract managers.", "Green"])
    band(op, 11, "Business Continuity Planning – GIAA 2023-24 (Limited assurance)", 9, "grey")
    body_row(op, 12, ["BCP-01", "High",
                      "ORR should test the business continuity plans for all critical services at least "
                      "annually.",
                      "Run a desktop exercise for each critical service and a full IT disaster recovery "
                      "test of core systems.",
                      "Director of Corporate Operations", d(2024, 6, 30), d(2024, 12, 31),
                      "Desktop exercises complete for 4 of 6 critical services. DR test postponed twice "
                      "because of supplier availability; now booked for April 2025.", "Red"])
    body_row(op, 13, ["BCP-02", "Medium",
                      "Business impact analyses should be refreshed and recovery time objectives agreed "
                      "with IT.",
                      "Refresh business impact analyses for all directorates and align recovery time "
                      "objectives with IT capability.",
                      "Business Continuity Manager", d(2025, 3, 31), None,
                      "Five of seven directorates returned; remaining two due 14 March.", "Green"])
    for r in (6, 7, 9, 10, 12, 13):
        c = op.cell(row=r, column=9)
        c.fill = fill(FILL[c.value[0]])
    widths(op, {"A": 9, "B": 9, "C": 44, "D": 46, "E": 28, "F": 12, "G": 12, "H": 44, "I": 9})

    cl = wb.create_sheet("Closed since last ARAC")
    cl["A1"] = "Recommendations closed since the December 2024 ARAC"
    cl["A1"].font = Font(bold=True, size=13)
    cl.merge_cells("A1:H1")
    header_row(cl, 3, ["Rec ref", "Priority", "Recommendation", "Agreed management action",
                       "Action owner", "Target date", "Evidence of closure", "Status"])
    band(cl, 4, "Payroll and Expenses – GIAA 2023-24 (Moderate assurance)", 8, "grey")
    body_row(cl, 5, ["PE-01", "Medium",
                     "Expense claims above the policy limit should have documented approval from a "
                     "Director.",
                     "Configure the expenses system to route claims above policy limits to the relevant "
                     "Director for approval.",
                     "Head of Finance", d(2024, 11, 30),
                     "System change live 18 November 2024; GIAA verified 6 February 2025.", "Complete"])
    body_row(cl, 6, ["PE-03", "Low",
                     "Line managers should be reminded of the rules for claiming and approving overtime.",
                     "Issue refreshed guidance on overtime claims to all line managers.",
                     "HR Business Partner", d(2024, 10, 31),
                     "Guidance issued on the intranet 21 October 2024; GIAA verified.", "Complete"])
    for r in (5, 6):
        cl.cell(row=r, column=8).fill = fill(FILL["B"])
    widths(cl, {"A": 9, "B": 9, "C": 44, "D": 46, "E": 24, "F": 12, "G": 40, "H": 10})
    wb.save(out("hd1-office-of-rail-and-road-arac-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)


def table(doc, header, rows, head_fill="D9E2F3"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]
        set_cell(c, h, bold=True)
        shade(c, head_fill)
        for r in c.paragraphs[0].runs:
            r.font.color.rgb = None
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v or "")
    return t


# ========================================= 4. Brooke Weston Academy post-Ofsted (docx)
def make_brooke_weston():
    doc = Document()
    landscape(doc)
    doc.add_heading("Brooke Weston Academy – Post-Ofsted Action Plan 2024–25", level=0)
    doc.add_paragraph("Brooke Weston Trust")
    doc.add_paragraph("Ofsted inspection: 12–13 March 2024. Overall effectiveness: Requires improvement. "
                      "Report published 19 April 2024.")
    doc.add_paragraph("Document control").runs[0].bold = True
    table(doc, ["Version", "Date", "Author", "Reviewed by"],
          [["1.0", "02/05/2024", "Principal", "Local Governing Body"],
           ["1.3", "14/01/2025", "Principal", "Standards Committee"]])
    doc.add_paragraph("")
    doc.add_paragraph("RAG key").runs[0].bold = True
    kt = table(doc, ["Colour", "Meaning"],
               [["", "Blue – action completed and impact seen"],
                ["", "Green – on track"],
                ["", "Amber – some slippage, action being taken"],
                ["", "Red – not on track, escalated to Trust"]])
    for i, col in enumerate(["5B9BD5", "00B050", "FFC000", "FF0000"], start=1):
        shade(kt.rows[i].cells[0], col)

    header = ["Ref", "Action", "Lead", "Timescale", "Success criteria", "Governor monitoring", "RAG"]
    priorities = [
        ("Priority 1: The key stage 3 curriculum",
         "Leaders should ensure that the key stage 3 curriculum in all subjects identifies the important "
         "knowledge pupils need to learn and the order in which they should learn it.",
         [["1a", "Subject leaders to rewrite key stage 3 curriculum maps for humanities, modern foreign "
                 "languages and technology, identifying the core knowledge for each unit.",
           "Vice Principal (Curriculum)", "Autumn term 2024",
           "All KS3 curriculum maps published on the website and quality assured by the Vice Principal.",
           "Standards Committee – November 2024", ("", "5B9BD5")],
          ["1b", "Deliver fortnightly curriculum CPD on sequencing and retrieval practice for all teaching "
                 "staff.",
           "Assistant Principal (Teaching and Learning)", "September 2024 – July 2025",
           "Learning walks show retrieval practice in 90% of KS3 lessons.",
           "Link governor visit – termly", ("", "00B050")],
          ["1c", "Carry out subject deep dives in each KS3 subject and feed back to subject leaders.",
           "JH/KP", "Spring term 2025",
           "Deep dive reports completed for all subjects with agreed next steps.",
           "Standards Committee – March 2025", ("", "FFC000")]]),
        ("Priority 2: Reading",
         "Leaders should ensure that pupils who are behind in reading receive the support they need to "
         "catch up quickly.",
         [["2a", "Screen all Year 7 pupils with a standardised reading test on entry and re-test those "
                 "with a standard age score below 85 each term.",
           "SENDCo / Literacy Lead", "Termly",
           "All weak readers identified within three weeks of entry; progress tracked termly.",
           "SEND governor", ("", "00B050")],
          ["2b", "Introduce a daily phonics-based intervention for the weakest readers in Years 7 and 8, "
                 "delivered by trained teaching assistants.",
           "Literacy Lead", "January 2025",
           "80% of pupils in the intervention improve their standard age score by 5 points or more.",
           "Standards Committee – March 2025", ("Complete", "5B9BD5")]]),
        ("Priority 3: Attendance and behaviour",
         "Leaders should reduce the proportion of pupils who are persistently absent, particularly "
         "disadvantaged pupils, and reduce the number of suspensions.",
         [["3a", "Appoint an Attendance Officer and hold weekly attendance panels for pupils below 90% "
                 "attendance.",
           "Vice Principal (Pastoral)", "October 2024",
           "Persistent absence below 18% by July 2025.",
           "Full Governing Body – each meeting", ("", "5B9BD5")],
          ["3b", "Implement the revised behaviour policy with a reset room and restorative meetings before "
                 "readmission after a suspension.",
           "Vice Principal (Pastoral) and Heads of Year", "Summer term 2025",
           "Suspensions reduced by 30% compared with 2023–24.",
           "Behaviour and attendance governor", ("", "FF0000")]]),
    ]
    for heading, rec, actions in priorities:
        doc.add_heading(heading, level=1)
        doc.add_paragraph("Ofsted recommendation:").runs[0].bold = True
        p = doc.add_paragraph(rec)
        p.runs[0].italic = True
        t = table(doc, header, [a[:6] + [a[6][0]] for a in actions])
        for i, a in enumerate(actions, start=1):
            shade(t.rows[i].cells[6], a[6][1])
        doc.add_paragraph("")
    doc.add_paragraph("Approved by the Local Governing Body on 2 May 2024. Progress is reported to each "
                      "Standards Committee and to the Trust's Education Standards Board.")
    doc.save(out("hd1-brooke-weston-academy-post-ofsted-action-plan.docx"))


# ============================================== 5. Navigo CQC improvement plan (docx)
def make_navigo():
    doc = Document()
    landscape(doc)
    doc.add_heading("Navigo Health and Social Care CIC: CQC Inspection Improvement Plan", level=0)
    doc.add_paragraph("Report to: Quality and Safety Committee    Date: 18 September 2025    "
                      "Author: Head of Quality and Compliance")
    doc.add_paragraph("The CQC inspected two core services in March 2025 (report published 11 June 2025). "
                      "The plan sets out the actions agreed for each Must Do (MD) and Should Do (SD) and "
                      "progress at the end of August 2025.")
    doc.add_paragraph("Status: Completed = evidence accepted by the Compliance Team; On track; Off track; "
                      "Not started.")
    header = ["Ref", "Action", "Lead(s)", "Due", "Progress at 31 August 2025", "Status"]
    services = [
        ("Core service 1: Acute wards for adults of working age and psychiatric intensive care units", [
            ("MD1 – The provider must ensure that ligature risk assessments are reviewed and updated for "
             "every ward and that staff know where the ligature anchor points are. (Regulation 12)", [
                ["MD1.1", "Complete a ligature audit of all ward areas and update the environmental risk "
                          "register.",
                 "Estates Manager & Modern Matron", "30 June 2025",
                 "Audits completed for all five wards; register updated.", "Completed"],
                ["MD1.2", "Include ligature risk locations in the ward induction checklist and brief all "
                          "staff at safety huddles.",
                 "Ward Managers", "31 July 2025",
                 "Induction checklist updated; huddle briefings recorded.", "Completed"]]),
            ("MD2 – The provider must ensure that seclusion records are fully completed, including medical "
             "reviews within the required timescales. (Regulation 17)", [
                ["MD2.1", "Introduce a monthly seclusion record audit on the PICU, with results reported "
                          "to the Mental Health Act Committee.",
                 "Consultant Psychiatrist (PICU) / MHA Manager", "Q2 2025/26",
                 "July audit 85% compliant; August 91%.", "On track"]]),
            ("SD1 – The provider should ensure that patients have access to psychological therapies on the "
             "wards.", [
                ["SD1.1", "Recruit a ward-based clinical psychologist and an assistant psychologist to "
                          "provide group and one-to-one therapies.",
                 "Head of Psychological Therapies", "December 2025",
                 "Post advertised twice with no appointment. Interim sessional cover agreed.",
                 "Off track"]]),
        ]),
        ("Core service 2: Community-based mental health services for adults of working age", [
            ("MD3 – The provider must ensure that patients waiting for treatment are regularly reviewed so "
             "that changes in risk are identified. (Regulation 12)", [
                ["MD3.1", "Implement a waiting list risk review protocol with monthly contact for every "
                          "patient waiting more than four weeks.",
                 "Service Manager – Community Mental Health", "31/08/2025",
                 "Protocol live from 1 August 2025; first month's contacts 96% complete.", "On track"],
                ["MD3.2", "Produce a weekly waiting list report by risk category for the Operational "
                          "Leadership Group.",
                 "Head of Performance and Information", "September 2025", "", "Not started"]]),
            ("SD2 – The provider should ensure that care plans reflect the views of patients and are "
             "personalised.", [
                ["SD2.1", "Deliver personalised care planning training to all care coordinators and audit "
                          "20 care plans each quarter.",
                 "Lead Nurse for Community Services", "Ongoing",
                 "Training delivered to 31 of 44 care coordinators.", "On track"]]),
        ]),
    ]
    for heading, reqs in services:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1, cols=len(header))
        t.style = "Table Grid"
        for i, h in enumerate(header):
            set_cell(t.rows[0].cells[i], h, bold=True)
            shade(t.rows[0].cells[i], "D9E2F3")
        for req, acts in reqs:
            cells = t.add_row().cells
            merged = cells[0].merge(cells[-1])
            set_cell(merged, req, bold=True)
            shade(merged, "F2F2F2")
            for a in acts:
                cells = t.add_row().cells
                for i, v in enumerate(a):
                    set_cell(cells[i], v)
        doc.add_paragraph("Note: evidence for completed actions is held in the CQC evidence library and "
                          "checked by the Compliance Team before closure.")
    doc.save(out("hd1-navigo-cqc-mental-health-must-should-do-action-plan.docx"))


# =========================================== 6. Chelmsford College PIAP (csv, refuse)
def make_chelmsford():
    W = 8
    rows = [
        ["Chelmsford College – Post-Inspection Action Plan 2024/25"] + [""] * (W - 1),
        ["Following Ofsted inspection 23–26 January 2024 (report published 1 March 2024)"] + [""] * (W - 1),
        ["Updated 14 October 2024 for the Quality and Standards Committee"] + [""] * (W - 1),
        [""] * W,
        ["Ref", "Theme", "Area for improvement", "Action", "Responsible", "Target date",
         "Progress update", "RAG"],
        ["1.1", "Quality of education",
         "Leaders should ensure that teachers on study programmes use assessment to check what learners "
         "know and adapt their teaching.",
         "Introduce a termly observation cycle focused on assessment for learning, with developmental "
         "feedback for every teacher.",
         "Deputy Principal – Curriculum and Quality", "Dec 2024",
         "Autumn cycle under way; 48 of 112 teachers observed.", "Green"],
        ["1.2", "Quality of education",
         "Leaders should ensure that teachers on study programmes use assessment to check what learners "
         "know and adapt their teaching.",
         "Train all teachers in questioning and retrieval techniques at the October staff development day.",
         "Teaching and Learning Lead", "Oct 2024", "Delivered 16 October 2024.", "Complete"],
        ["2.1", "Quality of education",
         "Leaders should improve the proportion of adult learners who achieve their English and "
         "mathematics qualifications.",
         "Appoint a maths resit coordinator and timetable additional evening workshops for adult learners.",
         "Head of English and Maths", "Nov 2024",
         "Coordinator starts 4 November; workshops timetabled from w/c 11 November.", "Amber"],
        ["2.2", "Quality of education",
         "Leaders should improve the proportion of adult learners who achieve their English and "
         "mathematics qualifications.",
         "Track attendance at English and maths lessons weekly and contact learners after two missed "
         "sessions.",
         "Curriculum Managers", "Febuary 2025",
         "Weekly report built in ProSolution; contact logs started.", "Green"],
        ["3.1", "Personal development",
         "Leaders should ensure that learners on adult programmes receive effective careers advice and "
         "guidance.",
         "Offer every adult learner a one-to-one careers interview with a qualified adviser.",
         "Careers Lead", "Mar 2025", "Interview slots published for spring term.", "Amber"],
        ["3.2", "Personal development",
         "Leaders should ensure that learners on adult programmes receive effective careers advice and "
         "guidance.",
         "Run employer talks and progression events for each adult curriculum area.",
         "Employability Coordinator / Careers Lead", "Jun 2025", "", "Not started"],
        ["4.1", "Leadership and management",
         "Governors should receive more detailed information about the quality of provision for adults.",
         "Add adult learning KPIs to the Quality and Standards Committee dashboard.",
         "Director of Adult Learning", "Jan 2025", "Draft dashboard shared with Chair of Committee.",
         "Green"],
        [""] * W,
        ["RAG key: Green – on track; Amber – at risk; Red – off track; Complete – action completed "
         "and impact evaluated"] + [""] * (W - 1),
    ]
    with open(out("hd1-chelmsford-college-ofsted-post-inspection-action-plan-typo-month-refuse.csv"),
              "w", newline="", encoding="utf-8") as f:
        csv.writer(f, lineterminator="\r\n").writerows(rows)


# ========================================== 7. Westbourne Green GP practice (txt)
def make_westbourne():
    lines = [
        "Westbourne Green Medical Practice – CQC Inspection Action Plan",
        "Inspection date: 9 April 2025    Report published: 3 June 2025    Overall rating: Requires improvement",
        "Plan owner: Practice Manager    Last reviewed: 12 September 2025",
        "",
        "Ref\tCQC finding\tAction\tLead\tBy when\tStatus\tUpdate",
        "",
        "REQUIREMENT NOTICE – Regulation 12: Safe care and treatment",
        "R1\tThe provider must ensure that patients on high-risk medicines are monitored in line with "
        "national guidance.\tRun a monthly search for patients on methotrexate, lithium and DOACs who are "
        "overdue blood monitoring and recall them.\tDr A Khan (GP Partner)\t30/06/2025\tComplete\t"
        "Searches running monthly since May 2025; none overdue at the August search.",
        "R2\t\tAdd a monitoring alert to each patient's record and audit 20 records every quarter,\t"
        "Clinical Pharmacist\tJuly 2025\tComplete\tQ2 audit: 19 of 20 records compliant.",
        "\t\tand share the audit results at the monthly clinical meeting.\t\t\t\t",
        "R3\tThe provider must ensure that emergency medicines and equipment are checked and that a risk "
        "assessment is in place for any medicines not held.\tIntroduce a weekly emergency drugs and oxygen "
        "checklist with a named deputy for leave cover.\tLead Nurse\tw/c 14/07/25\tComplete\t"
        "Checklist in use and signed weekly.",
        "R4\t\tComplete a risk assessment for emergency medicines not stocked and agree it with the "
        "partners.\tDr Khan / Dr Osei\t30/09/2025\tOn track\tDraft to partners' meeting on 18 September.",
        "",
        "REQUIREMENT NOTICE – Regulation 17: Good governance",
        "R5\tThe provider must ensure that systems to act on patient safety alerts are effective.\t"
        "Set up a shared alerts log with a named clinician to action each MHRA alert and record the "
        "searches completed.\tPractice Manager and Clinical Pharmacist\tMonthly\tOn track\t"
        "Log in place and reviewed at the monthly governance meeting.",
        "",
        "AREAS WHERE THE PRACTICE SHOULD IMPROVE",
        "S1\tThe practice should continue to improve the uptake of cervical screening.\tOffer Saturday "
        "morning screening clinics and send text reminders to non-responders.\tLead Nurse\tDecember 2025\t"
        "On track\tUptake 74.1% in August, up from 71.5%.",
        "S2\tThe practice should improve patient satisfaction with telephone access.\tMove to a cloud-based "
        "telephony system with call-back and queue position messages.\tPractice Manager\tMarch 2026\t"
        "Not started\tAwaiting ICB digital funding decision.",
        "",
        "Status key: Complete = action finished and evidenced; On track = in progress within timescale; "
        "Not started.",
    ]
    with open(out("hd1-westbourne-green-medical-practice-cqc-inspection-action-plan.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_wuth()
    make_middlesex()
    make_orr()
    make_brooke_weston()
    make_navigo()
    make_chelmsford()
    make_westbourne()
    print("built 7 files in", HERE)
