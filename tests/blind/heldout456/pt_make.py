"""Build the seven pt- blind test files (set heldout456).

Run:  /work/main/.venv/bin/python pt_make.py
Writes the data files beside this script. The .expected.yaml files are written separately by hand.
"""
import csv
import os
from datetime import datetime as D

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
FILL = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def path(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. Greater Lincolnshire CCA - strategic risk register (xlsx, fill-only RAG)
# ---------------------------------------------------------------------------
GLCCA_FILE = "pt-greater-lincolnshire-cca-strategic-risk-register-2025-26.xlsx"
GLCCA_RISKS = [
    {
        "risk": "SR01 – Capacity and funding",
        "desc": "Cause: reliance on interim staff and time-limited capacity funding.\nEvent: the CCA cannot recruit and retain the permanent capacity it needs.\nEffect: statutory functions and devolution deal commitments are not delivered.",
        "owner": "Interim Chief Executive",
        "scores": ("4 x 4 = 16", "4 x 3 = 12", "2 x 3 = 6"),
        "actions": [
            ("SR01.1", "Complete permanent recruitment to the senior structure (Chief Executive, Chief Finance Officer and Monitoring Officer)", "Head of Paid Service (interim)", D(2025, 9, 30), D(2025, 12, 31), "A", "A",
             "Chief Finance Officer appointed; Chief Executive interviews 11 November."),
            ("SR01.2", "Agree the 2026/27 budget and Medium-Term Financial Plan with the constituent councils", "Chief Finance Officer", D(2026, 2, 28), None, "G", "G",
             "Budget timetable agreed by Leaders' Group."),
        ],
    },
    {
        "risk": "SR02 – Adult Skills Fund devolution",
        "desc": "The devolved Adult Skills Fund (from August 2025) is not commissioned and managed in time, leaving gaps in provision for residents.",
        "owner": "Director of Economy and Skills",
        "scores": ("4 x 4 = 16", "3 x 3 = 9", "2 x 3 = 6"),
        "actions": [
            ("SR02.1", "Issue grant agreements to all grant-funded providers for the 2025/26 academic year", "Head of Skills", D(2025, 7, 31), None, "G", "B",
             "All 14 grant agreements signed."),
            ("SR02.2", "Put in place a performance management and funding assurance framework for ASF providers", "Head of Skills; Head of Finance", D(2025, 10, 31), D(2026, 1, 31), "G", "A",
             "Framework drafted; waiting on DfE funding rules for 2026/27."),
        ],
    },
    {
        "risk": "SR03 – Transport powers",
        "desc": "The CCA is not ready to exercise its new local transport authority powers, putting bus funding and the Local Transport Plan at risk.",
        "owner": "Director of Transport",
        "scores": ("3 x 4 = 12", "3 x 4 = 12", "2 x 2 = 4"),
        "actions": [
            ("SR03.1", "Draft the Greater Lincolnshire Local Transport Plan and launch public consultation", "Director of Transport", "Q4 2025/26", None, "G", "G",
             "Evidence base complete."),
            ("SR03.2", "Agree the allocation of bus grant funding with Lincolnshire County Council, North Lincolnshire Council and North East Lincolnshire Council", "Director of Transport", D(2025, 11, 30), None, "A", "R",
             "Allocation not yet agreed; escalated to Leaders' Group."),
        ],
    },
    {
        "risk": "SR04 – Governance and assurance",
        "desc": "Governance, assurance and audit arrangements for a new body are not fully in place, so decisions may be challenged.",
        "owner": "Monitoring Officer",
        "scores": ("3 x 4 = 12", "2 x 4 = 8", "2 x 3 = 6"),
        "actions": [
            ("SR04.1", "Adopt the Local Assurance Framework and submit it to MHCLG", "Monitoring Officer", D(2025, 6, 30), D(2025, 8, 31), "A", "B",
             "Adopted by the CCA Board 23 July 2025."),
            ("SR04.2", "Procure internal and external audit arrangements for 2025/26", "Chief Finance Officer", D(2025, 7, 31), None, "G", "B",
             "Internal audit contract awarded."),
            ("SR04.3", "Establish the Audit and Governance Committee and the Overview and Scrutiny Committee\n(including recruitment of independent members)", "Monitoring Officer / Democratic Services Manager", "Sept 2025 – Dec 2025", None, "G", "G",
             "Committees met for the first time in October; independent member recruitment closes 5 December."),
        ],
    },
]


def make_glcca():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "Greater Lincolnshire Combined County Authority – Strategic Risk Register 2025/26"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit and Governance Committee – Q2 update (position at 30 September 2025)"
    ws["A4"] = "Version control"
    ws["A4"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Change"),
            ("0.3", "12/09/2025", "Governance and Risk Officer", "Q2 refresh with risk owners"),
            ("1.0", "02/10/2025", "Monitoring Officer", "Reviewed by Senior Leadership Team")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = ws.cell(row=5 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
    ws["A10"] = "Risk scoring (likelihood x impact)"
    ws["A10"].font = Font(bold=True)
    scoring = [("1 – 4", "Low", "92D050"), ("5 – 10", "Medium", "FFFF00"), ("12 – 16", "High", "FFC000"), ("20 – 25", "Very high", "FF0000")]
    for i, (band, name, col) in enumerate(scoring):
        ws.cell(row=11 + i, column=1, value=band).fill = fill(col)
        ws.cell(row=11 + i, column=2, value=name)
    ws["A16"] = "Action status key (Previous / Current columns on the Register sheet are coloured only)"
    ws["A16"].font = Font(bold=True)
    key = [(BLUE, "Complete"), (GREEN, "On track to meet target date"), (AMBER, "At risk – target date may be missed"), (RED, "Off track – target date missed or will be missed")]
    for i, (col, text) in enumerate(key):
        ws.cell(row=17 + i, column=1).fill = fill(col)
        ws.cell(row=17 + i, column=2, value=text)
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 40
    ws.column_dimensions["C"].width = 30
    ws.column_dimensions["D"].width = 40

    ws = wb.create_sheet("Register")
    ws["A1"] = "Strategic Risk Register – Q2 2025/26"
    ws["A1"].font = Font(bold=True, size=13)
    hdr = ["Risk", "Risk description", "Risk owner", "Inherent score", "Current score", "Target score",
           "Action ref", "Further action required", "Action owner", "Target date", "Revised date",
           "Previous status (Q1)", "Current status (Q2)", "Progress"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=3, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BOX
    r = 4
    for risk in GLCCA_RISKS:
        n = len(risk["actions"])
        first = r
        for a in risk["actions"]:
            ref, text, owner, tgt, rev, prev, cur, prog = a
            vals = [None] * 14
            vals[6], vals[7], vals[8] = ref, text, owner
            vals[9], vals[10], vals[13] = tgt, rev, prog
            for j, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, D):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=12).fill = fill(FILL[prev])
            ws.cell(row=r, column=13).fill = fill(FILL[cur])
            r += 1
        ws.cell(row=first, column=1, value=risk["risk"]).font = Font(bold=True)
        ws.cell(row=first, column=2, value=risk["desc"])
        ws.cell(row=first, column=3, value=risk["owner"])
        for k, s in enumerate(risk["scores"]):
            ws.cell(row=first, column=4 + k, value=s)
        for col in range(1, 7):
            ws.merge_cells(start_row=first, start_column=col, end_row=first + n - 1, end_column=col)
            ws.cell(row=first, column=col).alignment = WRAP
    r += 1
    ws.cell(row=r, column=1, value="Notes: scores are likelihood x impact on a 5 x 5 matrix (see Cover). Closed actions are removed after the Committee has noted them.")
    widths = [22, 45, 20, 11, 11, 11, 9, 55, 26, 12, 12, 11, 11, 45]
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(j)].width = w
    ws.freeze_panes = "G4"
    wb.save(path(GLCCA_FILE))


# ---------------------------------------------------------------------------
# 2. FCDO - Sudan crisis response lessons learned action plan (xlsx)
# ---------------------------------------------------------------------------
FCDO_FILE = "pt-fcdo-sudan-crisis-response-lessons-learned-action-plan.xlsx"
FCDO_STATUS_FILL = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED}
FCDO_PLAN = [
    ("Theme A: Preparedness and planning", [
        ("Lesson 1: Crisis plans for high-threat posts assumed a small British national community and did not include a tested option for a large-scale evacuation.", [
            ("1.1", "Require all posts on the high-threat list to refresh their crisis plans using the revised template, including an estimate of the British national population and assisted departure options", "Head, Crisis Management Department", "Regional Directors", "Q3 2023/24", "Complete", "All 38 high-threat posts have returned refreshed plans."),
            ("1.2", "Run a cross-Whitehall evacuation exercise with MOD and the Home Office at least annually, starting with an East Africa scenario", "Head, Crisis Management Department", "MOD (PJHQ); Home Office", "March 2024", "On track", "Exercise scheduled for 19–20 March 2024."),
        ]),
        ("Lesson 2: The FCDO did not have reliable data on the number and location of British nationals in the country.", [
            ("2.1", "Launch a single online registration form for British nationals in a crisis, replacing post-level spreadsheets", "Director, Consular Directorate", "Digital, Data and Technology", "Q4 2023/24", "At risk", "Beta tested in January; accessibility fixes needed before launch."),
            ("2.2", "Agree a data-sharing arrangement with HM Passport Office to estimate British national populations in high-risk countries", "Director, Consular Directorate", "HM Passport Office; Legal Directorate", D(2024, 6, 30), "Off track", "Legal gateway not yet confirmed; new date to be proposed to the Board."),
        ]),
    ]),
    ("Theme B: Communication with British nationals", [
        ("Lesson 3: Messages to registered British nationals were infrequent and generic during the first week of the crisis.", [
            ("3.1", "Introduce a minimum standard of one update every 24 hours to registered British nationals during an active crisis, with message templates agreed in advance", "Head of Consular Communications", "News Department", "July 2023", "Complete", "Standard in the Crisis Communications Handbook (v3)."),
            ("3.2", "Set up a surge pool of 200 trained staff for the Crisis Contact Centre, with refresher training every six months", "Head, Crisis Contact Centre", "HR Directorate", "Six-monthly", "On track", "164 staff trained so far."),
        ]),
    ]),
    ("Theme C: Eligibility and processing at the evacuation point", [
        ("Lesson 4: Guidance on the eligibility of non-British dependants and NHS workers with leave to remain was unclear at the airhead.", [
            ("4.1", "Publish eligibility guidance for assisted departures covering dependants and people with settled status, agreed with the Home Office", "Director, Consular Directorate / Border Force Head of Operations", "Legal Directorate", "31 October 2023", "Complete", "Guidance published internally on 27 October 2023."),
            ("4.2", "Deploy Border Force and consular staff together in Rapid Deployment Teams so that eligibility checks are done at the point of departure", "Head, Rapid Deployment Team", "Border Force", "Q1 2024/25", "On track", "Joint training course designed."),
        ]),
    ]),
]


def make_fcdo():
    wb = Workbook()
    ws = wb.active
    ws.title = "Read me"
    ws["A1"] = "OFFICIAL"
    ws["A1"].font = Font(bold=True, color="C00000")
    ws["A2"] = "Foreign, Commonwealth & Development Office"
    ws["A3"] = "Sudan Crisis Response (April–May 2023): Lessons Learned Action Plan"
    ws["A3"].font = Font(bold=True, size=14)
    ws["A5"] = "Purpose"
    ws["B5"] = ("This tracker records the actions agreed by the Crisis Management Board in response to the internal "
                "lessons learned review of the FCDO response to the conflict in Sudan and the assisted departure of British nationals.")
    ws["A6"] = "Senior Responsible Owner"
    ws["B6"] = "Director General, Consular and Security"
    ws["A7"] = "Last updated"
    ws["B7"] = "12 February 2024"
    ws["A9"] = "Status key"
    ws["A9"].font = Font(bold=True)
    key = [("Complete", "Blue – action delivered and evidence seen by the Crisis Management Board"),
           ("On track", "Green – expected to complete by the deadline"),
           ("At risk", "Amber – deadline may be missed; mitigation agreed"),
           ("Off track", "Red – deadline will be missed; decision needed from the Board")]
    for i, (k, v) in enumerate(key):
        c = ws.cell(row=10 + i, column=1, value=k)
        c.fill = fill(FCDO_STATUS_FILL[k])
        ws.cell(row=10 + i, column=2, value=v)
    ws.column_dimensions["A"].width = 26
    ws.column_dimensions["B"].width = 110
    for rr in range(5, 8):
        ws.cell(row=rr, column=1).font = Font(bold=True)
        ws.cell(row=rr, column=2).alignment = WRAP

    ws = wb.create_sheet("Action plan")
    ws["A1"] = "Sudan Crisis Response: Lessons Learned Action Plan – position at 12 February 2024"
    ws["A1"].font = Font(bold=True, size=12)
    hdr = ["Ref", "Action", "Lead owner", "Contributors", "Deadline", "Status", "Update"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=3, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("D9D9D9")
        c.border = BOX
    r = 4
    for theme, lessons in FCDO_PLAN:
        ws.cell(row=r, column=1, value=theme).font = Font(bold=True, color="FFFFFF")
        ws.cell(row=r, column=1).fill = fill("002060")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for lesson, actions in lessons:
            c = ws.cell(row=r, column=1, value=lesson)
            c.font = Font(italic=True, bold=True)
            c.fill = fill("DDEBF7")
            c.alignment = WRAP
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.row_dimensions[r].height = 30
            r += 1
            for ref, text, lead, contrib, deadline, status, upd in actions:
                for j, v in enumerate([ref, text, lead, contrib, deadline, status, upd], 1):
                    c = ws.cell(row=r, column=j, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, D):
                        c.number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=6).fill = fill(FCDO_STATUS_FILL[status])
                r += 1
    for j, w in enumerate([7, 60, 30, 28, 14, 11, 45], 1):
        ws.column_dimensions[get_column_letter(j)].width = w
    wb.save(path(FCDO_FILE))


# ---------------------------------------------------------------------------
# 3. Utilita Energy - Ofgem provisional order remediation tracker (xlsx, REFUSE)
# ---------------------------------------------------------------------------
UTILITA_FILE = "pt-utilita-energy-ofgem-provisional-order-remediation-tracker-typo-month-refuse.xlsx"
UTILITA_PLAN = [
    ("WS1 Call scripts and training", "Cease using call scripts which tell customers that Additional Support Credit (ASC) is not a licence requirement", [
        ("1.1", "Withdraw the current ASC call script and issue an interim script to all frontline advisers", "Head of Customer Operations", D(2022, 9, 16), None, "Complete", "Interim script live 14/09/2022."),
        ("1.2", "Deliver refresher training on ASC and ability to pay to all frontline advisers, with completion tracked in the LMS", "Learning and Development Manager", D(2022, 10, 31), "Nov-2022", "Amber", "86% complete; remaining advisers on leave or new starters."),
    ]),
    ("WS2 Policy", "Develop an ASC policy that takes account of each customer's individual circumstances and ability to pay", [
        ("2.1", "Rewrite the ASC policy and repayment guidelines and submit them to Ofgem for review", "Director of Regulation", D(2022, 9, 30), "14/10/2022", "Complete", "Submitted 13/10/2022."),
        ("2.2", "Build the ability-to-pay assessment into the CRM so advisers record income and expenditure before setting a repayment rate", "Head of IT Delivery; Head of Customer Operations", D(2022, 11, 30), "Jan-2023", "Amber", "Development complete; user testing w/c 5 December."),
    ]),
    ("WS3 Customer remediation", "Identify and contact customers who may have been refused ASC or set unaffordable repayments", [
        ("3.1", "Extract all ASC requests since 1 October 2021 and identify potentially affected customers", "Head of Data and Analytics", D(2022, 10, 31), None, "Complete", "25,413 customers identified."),
        ("3.2", "Contact identified customers, review their repayment rates and make a redress payment where due", "Vulnerability Manager", D(2022, 12, 31), "Febuary 2023", "Amber", "Letters issued in three waves; phone follow-up for PSR customers."),
    ]),
    ("WS4 Assurance and governance", "Provide evidence of compliance to Ofgem and monitor it on an ongoing basis", [
        ("4.1", "Introduce monthly quality sampling of ASC calls, reported to the Vulnerability Steering Group", "Quality Assurance Manager", "Monthly", None, "Green", "First sample (October) reported 8 November."),
        ("4.2", "Commission an independent assurance review of the remediation programme", "Chief Risk Officer", D(2023, 3, 31), None, "Green", "Terms of reference agreed."),
        ("4.3", "Submit the final compliance report to Ofgem", "Director of Regulation", D(2023, 1, 31), None, "Green", None),
    ]),
]
UTILITA_RAG_FILL = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
UTILITA_REFUSE_ROW = None  # set by make_utilita


def make_utilita():
    global UTILITA_REFUSE_ROW
    wb = Workbook()
    ws = wb.active
    ws.title = "Dashboard"
    ws["A1"] = "Utilita Energy Ltd – Provisional Order Remediation Programme"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Ofgem Provisional Order of 9 September 2022 (Additional Support Credit) – Executive Committee dashboard, 18 November 2022"
    ws["A4"] = "Workstream"
    ws["B4"] = "Actions"
    ws["C4"] = "Complete"
    ws["D4"] = "Green"
    ws["E4"] = "Amber"
    ws["F4"] = "Red"
    for c in ws[4]:
        c.font = Font(bold=True)
    r = 5
    tot = [0, 0, 0, 0, 0]
    for ws_name, _, acts in UTILITA_PLAN:
        counts = [len(acts)] + [sum(1 for a in acts if a[5] == k) for k in ("Complete", "Green", "Amber", "Red")]
        ws.cell(row=r, column=1, value=ws_name)
        for j, v in enumerate(counts, 2):
            ws.cell(row=r, column=j, value=v)
        tot = [a + b for a, b in zip(tot, counts)]
        r += 1
    ws.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for j, v in enumerate(tot, 2):
        ws.cell(row=r, column=j, value=v).font = Font(bold=True)
    ws.column_dimensions["A"].width = 32

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "Utilita Energy Ltd – Provisional Order Remediation Tracker (Additional Support Credit)"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Status as at 18 November 2022 – CONFIDENTIAL: shared with Ofgem Enforcement"
    hdr = ["ID", "Workstream", "Ofgem requirement", "Remediation action", "Owner", "Due date", "Revised due", "RAG", "Commentary"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.border = BOX
    r = 5
    for ws_name, req, acts in UTILITA_PLAN:
        first = r
        for ref, text, owner, due, rev, rag, comm in acts:
            vals = [ref, None, None, text, owner, due, rev, rag, comm]
            for j, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, D):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=8).fill = fill(UTILITA_RAG_FILL[rag])
            if rev == "Febuary 2023":
                UTILITA_REFUSE_ROW = r
            r += 1
        ws.cell(row=first, column=2, value=ws_name).alignment = WRAP
        ws.cell(row=first, column=3, value=req).alignment = WRAP
        ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    for j, w in enumerate([6, 20, 40, 55, 28, 12, 13, 10, 45], 1):
        ws.column_dimensions[get_column_letter(j)].width = w
    wb.save(path(UTILITA_FILE))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, italic=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.italic = italic
        if size:
            run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 4. Rowcroft Hospice - CQC inspection action plan (docx, table per key question)
# ---------------------------------------------------------------------------
ROWCROFT_FILE = "pt-rowcroft-hospice-cqc-inspection-action-plan.docx"
ROWCROFT_PLAN = [
    ("1. Safe", [
        ("Must do 1: The provider must ensure that medicines requiring refrigeration are stored at the correct temperature and that fridge temperatures are recorded daily. (Regulation 12)", [
            ("MD1.1", "Replace the clinical room medicines fridge and install continuous temperature monitoring with remote alerts", "Pharmacy Lead", "31/05/2024", "B", "New fridge and monitoring installed 20/05/2024."),
            ("MD1.2", "Add the daily fridge temperature check to the In-patient Unit nurse-in-charge checklist and audit compliance weekly for three months", "In-patient Unit Manager", "31/08/2024", "G", "Weekly audits 100% compliant since June."),
        ]),
        ("Must do 2: The provider must ensure that falls and pressure area risk assessments are completed within 24 hours of admission and reviewed weekly. (Regulation 12)", [
            ("MD2.1", "Relaunch the admission risk assessment bundle on SystmOne with mandatory fields", "Clinical Systems Lead / In-patient Unit Manager", "June 2024", "B", "Live from 3 June 2024."),
            ("MD2.2", "Audit 10 sets of patient records each month and report results to the Clinical Governance Committee", "Quality and Governance Lead", "Monthly", "G", "June 90%, July 100%."),
        ]),
    ]),
    ("2. Effective", [
        ("Should do 1: The provider should ensure that all clinical staff complete Mental Capacity Act training.", [
            ("SD1.1", "Make MCA and DoLS e-learning mandatory and annual for all clinical and bank staff", "Practice Educator", "30/09/2024", "A", "Compliance 78%; bank staff access to e-learning being resolved."),
            ("SD1.2", "Deliver face-to-face MCA workshops for registered nurses and doctors", "Practice Educator; Medical Director", "Nov-24", "G", "Two of four workshops delivered."),
        ]),
    ]),
    ("3. Well-led", [
        ("Should do 2: The provider should strengthen oversight of audit actions through its governance structure.", [
            ("SD2.1", "Introduce a single audit action log reviewed at every Clinical Governance Committee", "Director of Patient Care", "July 2024", "B", "Log in use from July meeting."),
            ("SD2.2", "Report audit action completion as a KPI in the quarterly quality report to the Board of Trustees", "Director of Patient Care", "Q3 2024/25", "G", "First report due to the December Board."),
        ]),
    ]),
]


def make_rowcroft():
    d = docx.Document()
    d.add_heading("Rowcroft Hospice – CQC Inspection Action Plan", level=0)
    d.add_paragraph("Inspection: 7–8 February 2024   |   Report published: 23 April 2024   |   Overall rating: Good (Safe: Requires improvement)")
    d.add_paragraph("Document control").runs[0].bold = True
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Document owner", "Director of Patient Care"), ("Version", "1.3"),
                 ("Approved by", "Clinical Governance Committee, 21 May 2024"), ("Review", "Monthly until all actions closed")]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)
    d.add_paragraph("")
    d.add_paragraph("RAG key: B = Complete; G = On track; A = At risk of delay; R = Overdue")
    rag_fill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    for kq, findings in ROWCROFT_PLAN:
        d.add_heading(kq, level=2)
        t = d.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead", "Target date", "RAG", "Progress / evidence"]):
            set_cell(c, h, bold=True)
            shade(c, "D9D9D9")
        for finding, actions in findings:
            cells = t.add_row().cells
            m = cells[0].merge(cells[5])
            set_cell(m, finding, bold=True)
            shade(m, "EDE7F6")
            for ref, text, lead, date, rag, prog in actions:
                cells = t.add_row().cells
                for c, v in zip(cells, [ref, text, lead, date, rag, prog]):
                    set_cell(c, v)
                shade(cells[4], rag_fill[rag])
    d.add_paragraph("")
    d.add_paragraph("Sign-off").runs[0].bold = True
    t = d.add_table(rows=2, cols=4)
    t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, ["Name", "Role", "Signature", "Date"]):
        set_cell(c, v, bold=True)
    for c, v in zip(t.rows[1].cells, ["Mark Hawkins", "Chief Executive", "", "21/05/2024"]):
        set_cell(c, v)
    d.save(path(ROWCROFT_FILE))


# ---------------------------------------------------------------------------
# 5. Bryanston School - ISI inspection action plan (docx, single table, merged next-step column)
# ---------------------------------------------------------------------------
BRYANSTON_FILE = "pt-bryanston-school-isi-inspection-action-plan.docx"
BRYANSTON_PLAN = [
    ("Leadership and management, and governance", [
        ("Governors should make their monitoring of how the school’s policies are put into practice, particularly those relating to pupils’ wellbeing, more systematic and better recorded.", [
            ("Create a link governor role for wellbeing, with termly visits and a written report to the full Board", "Chair of Governors", "Spring term 2024", "Complete", "Link governor appointed January 2024; first report to March Board."),
            ("Add a policy compliance dashboard to the Head’s report to each Board meeting", "Head; Clerk to the Governors", "Summer term 2024", "Complete", "Dashboard used at June 2024 Board."),
        ]),
    ]),
    ("Quality of education, training and recreation", [
        ("Leaders should ensure that teaching consistently adapts to the needs of pupils who speak English as an additional language, so that they make the progress of which they are capable.", [
            ("Train all teaching staff in EAL strategies through the INSET programme", "Deputy Head (Academic)", "Autumn term 2024", "On track", "September INSET day delivered; follow-up sessions in department meetings."),
            ("Introduce EAL learner profiles on the MIS, shared with all teachers of each pupil", "Head of EAL", "September 2024", "On track", "Profiles written for 41 of 58 pupils."),
            ("Track the attainment of EAL pupils against their baseline each half term and report to the Academic Committee", "Head of EAL / Data Manager", "Half-termly", "Not started", "Starts after first assessment point."),
        ]),
    ]),
    ("Pupils’ physical and mental health and emotional wellbeing", [
        ("Leaders should improve the consistency with which boarding houses record and follow up minor incidents and low-level concerns.", [
            ("Move all boarding house logs onto a single electronic recording system (CPOMS)", "Deputy Head (Pastoral)", "Summer term 2024", "Complete", "All 13 houses using CPOMS since April."),
            ("Audit house logs each half term, with feedback from the Designated Safeguarding Lead to housemasters and housemistresses", "Designated Safeguarding Lead", "Ongoing", "On track", "Autumn audit shows consistent recording in 12 of 13 houses."),
        ]),
    ]),
]


def make_bryanston():
    d = docx.Document()
    p = d.add_paragraph()
    r = p.add_run("Bryanston School: Action Plan following the ISI Inspection, 5–7 December 2023")
    r.bold = True
    r.font.size = Pt(15)
    d.add_paragraph("Owner: Head   |   Reviewed by: Governors’ Education Committee   |   Version 3, November 2024")
    d.add_paragraph("The inspection report (published February 2024) found that the school meets the Independent School "
                    "Standards and the National Minimum Standards for Boarding Schools. This plan sets out how we will "
                    "respond to the recommended next steps. It is monitored by the Governors’ Education Committee; "
                    "progress below is as reported to the Committee on 14 November 2024.")
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c, h in zip(t.rows[0].cells, ["ISI recommended next step", "Action", "Lead", "Timescale", "Status", "Evidence of impact"]):
        set_cell(c, h, bold=True)
        shade(c, "1F4E79")
        for run in c.paragraphs[0].runs:
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for section, steps in BRYANSTON_PLAN:
        cells = t.add_row().cells
        m = cells[0].merge(cells[5])
        set_cell(m, section, bold=True)
        shade(m, "DEEAF6")
        for step, actions in steps:
            rows = []
            for text, lead, when, status, ev in actions:
                cells = t.add_row().cells
                for c, v in zip(cells[1:], [text, lead, when, status, ev]):
                    set_cell(c, v)
                rows.append(cells)
            top = rows[0][0]
            if len(rows) > 1:
                top = top.merge(rows[-1][0])
            set_cell(top, step, italic=True)
    d.add_paragraph("")
    d.add_paragraph("Key to status: Complete; On track; Not started.")
    d.save(path(BRYANSTON_FILE))


# ---------------------------------------------------------------------------
# 6. Sidmouth Town Council - Full Council action log (csv)
# ---------------------------------------------------------------------------
SIDMOUTH_FILE = "pt-sidmouth-town-council-full-council-action-log.csv"
SIDMOUTH_ROWS = [
    ("FC/24/061", "13 May 2024", "Obtain three quotes for replacing the Connaught Gardens shelter roof and report to the Amenities Committee", "Deputy Town Clerk", "31/07/2024", "B", "Quotes reported 22 July; contract awarded."),
    ("FC/24/074", "03 June 2024", "Write to Devon County Council (Highways) about the condition of the Esplanade railings", "Town Clerk", "Jun-24", "B", "Letter sent 10 June."),
    ("FC/24/088", "01 July 2024", "Review the Council's Standing Orders and Financial Regulations against the 2024 NALC model documents\nand bring revised versions to Full Council", "Town Clerk; Cllr P. Hartnell", "November 2024", "G", "Working group met 17 September."),
    ("FC/24/090", "01 July 2024", "Arrange the annual inspection of play areas by a RoSPA-accredited inspector", "Amenities Officer", "Aug-24", "B", "Inspected 6 August; two low-risk items."),
    ("FC/24/102", "02 September 2024", "Publish the 2023/24 AGAR, notice of conclusion of audit and external auditor report on the website", "RFO", "30/09/2024", "B", "Published 24 September."),
    ("FC/24/105", "02 September 2024", "Prepare the draft 2025/26 budget and precept options for the Finance Committee", "RFO", "December 2024", "G", ""),
    ("FC/24/109", "02 September 2024", "Liaise with Sidmouth in Bloom and East Devon District Council on the Christmas lights switch-on event plan", "Events Co-ordinator & Cllr J. Kerridge", "Next meeting", "A", "Road closure application outstanding."),
    ("FC/24/118", "07 October 2024", "Seek legal advice on the lease renewal for the Manor Pavilion café", "Town Clerk", "TBC", "", "Awaiting instruction from lessee's agent."),
    ("FC/24/120", "07 October 2024", "Report on options for a Community Speedwatch scheme in Sidford", "Deputy Town Clerk", "Jan-25", "G", ""),
]


def make_sidmouth():
    with open(path(SIDMOUTH_FILE), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        n = 7
        w.writerow(["Sidmouth Town Council – Full Council Action Log"] + [""] * (n - 1))
        w.writerow(["Updated by the Town Clerk, 14 October 2024"] + [""] * (n - 1))
        w.writerow([""] * n)
        w.writerow(["Minute Ref", "Meeting", "Action", "Responsible", "Deadline", "RAG", "Update"])
        for row in SIDMOUTH_ROWS:
            w.writerow(row)
        w.writerow([""] * n)
        w.writerow(["RAG: G = on track; A = at risk of slipping; R = overdue; B = completed"] + [""] * (n - 1))
        w.writerow(["Completed actions are removed once reported to the next meeting of Full Council."] + [""] * (n - 1))


# ---------------------------------------------------------------------------
# 7. Dartmoor NPA - internal audit recommendations follow-up (tab-separated txt)
# ---------------------------------------------------------------------------
DARTMOOR_FILE = "pt-dartmoor-npa-internal-audit-recommendations-follow-up.txt"
DARTMOOR_PLAN = [
    ("Procurement and Contract Management 2024/25 – Limited Assurance", [
        ("PCM1", "The Authority should maintain a complete contracts register and publish it in line with the Local Government Transparency Code.", "High",
         "Compile a single contracts register from finance system data and departmental records, and publish it quarterly on the website.", "Head of Business Support", "31/03/2025", "30/09/2025", "Amber", "Register compiled; first publication delayed by the website migration."),
        ("PCM2", "Waivers of Contract Standing Orders should be approved and recorded in accordance with the Authority's procedures.", "Medium",
         "Introduce a waiver form requiring Chief Finance Officer sign-off, and a waiver log reported annually to this Committee.", "Chief Finance Officer", "31/12/2024", "", "Complete", "Waiver log reported to the June 2025 meeting."),
        ("PCM3", "Officers managing contracts should receive training in contract monitoring.", "Low",
         "Deliver contract management training to all budget holders.", "Head of Business Support / HR Manager", "30/06/2025", "31/12/2025", "Green", "Training booked for November."),
    ]),
    ("Payroll and HR 2024/25 – Reasonable Assurance", [
        ("PAY1", "Starter and leaver forms should be fully completed and authorised before changes are processed.", "Medium",
         "Move starter and leaver processes onto the HR system workflow so that incomplete forms cannot be submitted.", "HR Manager", "30/04/2025", "31/10/2025", "Green", "Workflow in test."),
        ("PAY2", "Overtime and additional hours claims for ranger staff should be checked against rotas.", "Low",
         "Head of Ranger Service to approve monthly overtime claims against rota records.", "Head of Ranger Service", "Monthly", "", "Complete", "In place from May 2025 payroll."),
    ]),
    ("IT Security and Cyber Resilience 2025/26 – Reasonable Assurance", [
        ("CYB1", "Multi-factor authentication should be enabled for all remote access and cloud services.", "High",
         "Enable MFA for all Microsoft 365 accounts and the VPN, including Members' accounts.", "ICT Manager", "31/08/2025", "", "Red", "Staff accounts done; Members' accounts outstanding. Revised date to be agreed."),
        ("CYB2", "The Authority should test its IT disaster recovery plan at least annually.", "Medium",
         "Carry out a desktop exercise of the IT disaster recovery plan with the Leadership Team and record the lessons.", "ICT Manager; Head of Business Support", "Q4 2025/26", "", "Green", ""),
    ]),
    ("Planning Enforcement 2025/26 – Reasonable Assurance", [
        ("PE1", "Enforcement cases should be prioritised and reviewed in line with the Local Enforcement Plan.", "Medium",
         "Update the Local Enforcement Plan and add case priority and review dates to the case management system.", "Head of Development Management", "Dec-25", "", "Green", "Draft plan to Authority in November."),
    ]),
]


def make_dartmoor():
    cols = ["Ref", "Recommendation", "Priority", "Agreed action", "Responsible officer", "Original target", "Revised target", "Status", "Comments"]
    lines = [
        "Dartmoor National Park Authority – Internal Audit Recommendations Follow-up Tracker",
        "Audit and Governance Committee, 19 September 2025 – Appendix 2",
        "Internal audit provided by Devon Assurance Partnership (DAP). Position at 31 August 2025.",
        "",
        "\t".join(cols),
    ]
    for audit, recs in DARTMOOR_PLAN:
        lines.append(audit + "\t" * (len(cols) - 1))
        for rec in recs:
            lines.append("\t".join(rec))
    lines += [
        "",
        "Status key: Complete = implemented and verified; Green = on track; Amber = behind original target but expected by the revised date; Red = overdue with no agreed revised date.",
        "Recommendations reported as Complete at the last meeting have been removed.",
    ]
    with open(path(DARTMOOR_FILE), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def main():
    make_glcca()
    make_fcdo()
    make_utilita()
    make_rowcroft()
    make_bryanston()
    make_sidmouth()
    make_dartmoor()
    print("Utilita refuse row:", UTILITA_REFUSE_ROW)


if __name__ == "__main__":
    main()
