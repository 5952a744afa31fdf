"""Build the seven qh- data files of set heldout463.

Run with /work/main/.venv/bin/python qh_make.py (from any directory).
Writes only files whose names start with qh- into this script's folder.
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
    assert name.startswith("qh-")
    return os.path.join(HERE, name)


D = dt.datetime
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
FILL = {
    "B": "4F81BD", "G": "00B050", "A": "FFC000", "R": "FF0000",
    "blue": "4F81BD", "green": "00B050", "amber": "FFC000", "red": "FF0000",
    "head": "1F3864", "sect": "D9E1F2", "grey": "E7E6E6",
}


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def put(ws, row, col, value, bold=False, fillhex=None, fmt=None, white=False, border=True):
    c = ws.cell(row=row, column=col, value=value)
    c.alignment = WRAP
    if bold or white:
        c.font = Font(bold=bold, color="FFFFFF" if white else None)
    if fillhex:
        c.fill = fill(fillhex)
    if fmt:
        c.number_format = fmt
    if border:
        c.border = BOX
    return c


# ---------------------------------------------------------------------------
# 1. TEWV board assurance framework (xlsx)
# ---------------------------------------------------------------------------
def tewv():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Board Assurance Framework 2025/26"
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "Tees, Esk and Wear Valleys NHS Foundation Trust"
    cov["A2"].font = Font(bold=True, size=12)
    cov["A3"] = "Quarter 2 position (July – September 2025) – Board of Directors (Public), 27 November 2025"
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    for i, h in enumerate(["Version", "Date", "Author", "Summary of changes"], 1):
        put(cov, 6, i, h, bold=True, fillhex=FILL["grey"])
    dc = [
        ("2.0", D(2025, 5, 22), "Head of Risk Management", "BAF 2025/26 approved by the Board"),
        ("3.0", D(2025, 10, 16), "Associate Director of Corporate Governance",
         "Q2 refresh following Executive Directors Group review"),
        ("3.1", D(2025, 11, 6), "Associate Director of Corporate Governance",
         "Amendments requested by the Audit and Risk Committee"),
    ]
    for r, row in enumerate(dc, 7):
        for c, v in enumerate(row, 1):
            put(cov, r, c, v, fmt="dd/mm/yyyy" if isinstance(v, D) else None)
    cov["A11"] = "Action status key"
    cov["A11"].font = Font(bold=True)
    key = [("B", "Complete"), ("G", "On track to deliver by the due date"),
           ("A", "Some slippage – revised date agreed"),
           ("R", "Off track – overdue, revised date not yet agreed")]
    for r, (k, t) in enumerate(key, 12):
        put(cov, r, 1, k, bold=True, fillhex=FILL[k])
        put(cov, r, 2, t)
    cov["A17"] = ("Risk scores are consequence x likelihood on the Trust's 5x5 matrix. "
                  "Target scores are to be reached by 31 March 2026.")
    cov.column_dimensions["A"].width = 14
    cov.column_dimensions["B"].width = 40
    cov.column_dimensions["C"].width = 42
    cov.column_dimensions["D"].width = 55

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Strategic risks – summary of scores"
    sm["A1"].font = Font(bold=True, size=13)
    hdr = ["Risk", "Title", "Executive owner", "Assuring committee", "Q1 score", "Q2 score",
           "Target score", "Trend"]
    for i, h in enumerate(hdr, 1):
        put(sm, 3, i, h, bold=True, fillhex=FILL["grey"])
    srows = [
        ("SR1", "Safe and high-quality care", "Chief Nurse", "Quality Assurance Committee", 16, 16, 8, "↔"),
        ("SR2", "Workforce supply and retention", "Chief People Officer",
         "People, Culture and Diversity Committee", 20, 16, 9, "↓"),
        ("SR3", "Digital and data resilience", "Chief Finance Officer (SIRO)",
         "Resources and Planning Committee", 15, 15, 10, "↔"),
    ]
    for r, row in enumerate(srows, 4):
        for c, v in enumerate(row, 1):
            put(sm, r, c, v)
    for col, w in zip("ABCDEFGH", [8, 34, 30, 38, 10, 10, 12, 8]):
        sm.column_dimensions[col].width = w

    ws = wb.create_sheet("BAF Q2")
    ws["A1"] = "Board Assurance Framework 2025/26 – Quarter 2 detail"
    ws["A1"].font = Font(bold=True, size=13)
    cols = ["Ref", "Gap in control / assurance", "Action to address gap", "Action owner",
            "Original due date", "Revised due date", "Status", "Q2 progress update"]
    for col, w in zip("ABCDEFGH", [7, 34, 48, 30, 14, 14, 9, 46]):
        ws.column_dimensions[col].width = w

    risks = [
        {
            "head": "Strategic Risk 1: Safe and high-quality care",
            "desc": ("There is a risk that we do not consistently deliver safe, therapeutic inpatient care "
                     "because of workforce pressures and variation in practice, leading to avoidable harm "
                     "to patients."),
            "meta": ["Executive owner:", "Chief Nurse", "Assuring committee:", "Quality Assurance Committee",
                     "Current score:", "16 (4x4)", "Target score:", "8 (4x2)"],
            "gaps": [
                ("Inconsistent completion of physical health observations (NEWS2) on adult mental health wards", [
                    ("1.1", "Roll out electronic NEWS2 recording on the CITO record to all adult and older "
                            "people’s inpatient wards",
                     "Chief Nurse / Chief Clinical Information Officer", D(2025, 9, 30), D(2026, 1, 31), "A",
                     "Live on 14 of 19 wards. Remaining wards delayed by device procurement; revised date "
                     "agreed at QAC on 9 October 2025."),
                    ("1.2", "Monthly NEWS2 compliance audit reported through the Patient Safety Group, with "
                            "ward-level exception reports",
                     "Head of Nursing – Physical Health", "Q1 2025/26", None, "B",
                     "Audit established June 2025 and reported monthly. Compliance 91% in September."),
                ]),
                ("No Trust-wide assurance that learning from patient safety investigations (PSIRF) is "
                 "embedded in practice", [
                    ("1.3", "Introduce a quarterly ‘learning into action’ review of PSII safety actions, "
                            "tested through ward peer reviews",
                     "Director of Quality Governance", D(2025, 12, 31), None, "G",
                     "Terms of reference agreed; first review scheduled for December 2025."),
                ]),
            ],
        },
        {
            "head": "Strategic Risk 2: Workforce supply and retention",
            "desc": ("There is a risk that we cannot recruit and retain enough registered staff in key "
                     "professions, leading to reliance on temporary staffing and reduced continuity of care."),
            "meta": ["Executive owner:", "Chief People Officer", "Assuring committee:",
                     "People, Culture and Diversity Committee", "Current score:", "16 (4x4)",
                     "Target score:", "9 (3x3)"],
            "gaps": [
                ("Registered nurse vacancy rate above 10% in inpatient services in the Durham, Tees Valley "
                 "and Forensic care group", [
                    ("2.1", "Deliver the international recruitment pipeline of 40 registered nurses for "
                            "inpatient wards",
                     "Deputy Chief People Officer", "Q3 2025/26", "Q4 2025/26", "A",
                     "27 nurses in post; final cohort moved to February 2026 because of OSCE test "
                     "centre capacity."),
                    ("2.2", "Implement the preceptorship and legacy mentor scheme for newly qualified and "
                            "late-career nurses",
                     "Director of Nursing Education & Workforce Development", D(2025, 10, 31), None, "B",
                     "Scheme launched October 2025; 62 preceptees enrolled."),
                ]),
                ("Reliance on agency medical staff in community mental health teams", [
                    ("2.3", "Agree a collaborative medical bank with North East and North Cumbria mental "
                            "health providers to reduce agency locum use",
                     "Medical Director; Chief Finance Officer", D(2025, 9, 30), None, "R",
                     "Business case not yet approved by the provider collaborative; revised date to be "
                     "agreed."),
                ]),
            ],
        },
        {
            "head": "Strategic Risk 3: Digital and data resilience",
            "desc": ("There is a risk that a cyber attack or critical system failure disrupts access to "
                     "clinical records, affecting patient care and the Trust’s ability to meet its "
                     "statutory duties."),
            "meta": ["Executive owner:", "Chief Finance Officer (SIRO)", "Assuring committee:",
                     "Resources and Planning Committee", "Current score:", "15 (5x3)",
                     "Target score:", "10 (5x2)"],
            "gaps": [
                ("Business continuity plans for loss of CITO not tested across all services", [
                    ("3.1", "Run a Trust-wide CITO downtime exercise, including the paper-based contingency, "
                            "and report lessons to the Executive Management Team",
                     "Head of Emergency Preparedness, Resilience and Response", D(2025, 11, 30), None, "G",
                     "Exercise booked for 19 November 2025 with all care groups."),
                    ("3.2", "Update local business continuity plans for every ward and community team "
                            "following the exercise",
                     "Care Group Directors", "Q4 2025/26", None, None,
                     "Dependent on 3.1."),
                ]),
                ("DSPT 2024/25 standard on unsupported software not met", [
                    ("3.3", "Decommission or isolate the remaining 38 devices running unsupported operating "
                            "systems",
                     "Chief Digital Information Officer", D(2025, 6, 30), D(2025, 12, 31), "G",
                     "12 devices remaining; on track for the revised date."),
                    ("3.4", "Continuous monitoring of national Cyber Security Operations Centre alerts, "
                            "with high-severity alerts actioned within 48 hours",
                     "Head of Cyber Security", "Ongoing", None, "G",
                     "All 9 high-severity alerts in Q2 actioned within 48 hours."),
                ]),
            ],
        },
    ]
    r = 3
    for risk in risks:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        put(ws, r, 1, risk["head"], bold=True, white=True, fillhex=FILL["head"])
        r += 1
        put(ws, r, 1, "Risk description:", bold=True)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=8)
        put(ws, r, 2, risk["desc"])
        r += 1
        for c, v in enumerate(risk["meta"], 1):
            put(ws, r, c, v, bold=v.endswith(":"), fillhex=FILL["sect"])
        r += 1
        for c, h in enumerate(cols, 1):
            put(ws, r, c, h, bold=True, fillhex=FILL["grey"])
        r += 1
        for gap, acts in risk["gaps"]:
            first = r
            for ref, text, owner, orig, rev, st, upd in acts:
                put(ws, r, 1, ref)
                put(ws, r, 3, text)
                put(ws, r, 4, owner)
                put(ws, r, 5, orig, fmt="dd/mm/yyyy" if isinstance(orig, D) else None)
                put(ws, r, 6, rev, fmt="dd/mm/yyyy" if isinstance(rev, D) else None)
                c = put(ws, r, 7, st, bold=True, fillhex=FILL[st] if st else None)
                c.alignment = Alignment(horizontal="center", vertical="top")
                put(ws, r, 8, upd)
                r += 1
            put(ws, first, 2, gap)
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        r += 1
    ws.cell(row=r, column=1,
            value="Note: actions rated B are removed from the BAF at the next quarterly refresh.")
    ws.freeze_panes = "A3"
    wb.save(out("qh-tees-esk-and-wear-valleys-nhsft-board-assurance-framework-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 2. Humberside FRS internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def humberside():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "Internal Audit Recommendations – Follow-up Tracker"
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Humberside Fire and Rescue Service"
    sm["A2"].font = Font(bold=True)
    sm["A3"] = "Governance, Audit and Scrutiny Committee – 8 December 2025 (position at 21 November 2025)"
    hdr = ["Audit", "Year", "Assurance opinion", "Recommendations made", "Implemented",
           "Outstanding", "Of which overdue"]
    for i, h in enumerate(hdr, 1):
        put(sm, 5, i, h, bold=True, fillhex=FILL["grey"])
    rows = [
        ("Cyber Security", "2023/24", "Limited", 6, 5, 1, 0),
        ("Fleet Management", "2024/25", "Reasonable", 2, 1, 1, 0),
        ("Payroll and Pensions", "2024/25", "Limited", 2, 0, 2, 1),
        ("Protection – Risk Based Inspection Programme", "2025/26", "Reasonable", 2, 1, 1, 0),
    ]
    for r, row in enumerate(rows, 6):
        for c, v in enumerate(row, 1):
            put(sm, r, c, v)
    put(sm, 10, 1, "Total", bold=True)
    for c, col in zip(range(4, 8), "DEFG"):
        put(sm, 10, c, f"=SUM({col}6:{col}9)", bold=True)
    sm["A12"] = ("Recommendations reported as complete at a previous meeting of the Committee are removed "
                 "from the tracker.")
    for col, w in zip("ABCDEFG", [44, 10, 18, 14, 13, 13, 13]):
        sm.column_dimensions[col].width = w

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "Internal Audit Recommendations Tracker – position at 21 November 2025"
    ws["A1"].font = Font(bold=True, size=13)
    put(ws, 2, 1, "Status key:", bold=True, border=False)
    put(ws, 2, 2, "Complete", fillhex=FILL["blue"])
    put(ws, 2, 3, "On track", fillhex=FILL["green"])
    put(ws, 2, 4, "Revised date agreed", fillhex=FILL["amber"])
    put(ws, 2, 5, "Overdue", fillhex=FILL["red"])
    cols = ["Rec No.", "Priority", "Recommendation", "Agreed management action", "Responsible officer",
            "Original date", "Revised date", "Status", "Progress update"]
    for i, h in enumerate(cols, 1):
        put(ws, 4, i, h, bold=True, white=True, fillhex=FILL["head"])
    for col, w in zip("ABCDEFGHI", [8, 9, 40, 48, 28, 13, 13, 18, 44]):
        ws.column_dimensions[col].width = w
    stfill = {"Complete": "blue", "On track": "green", "Revised date agreed": "amber", "Overdue": "red"}

    audits = [
        ("Cyber Security (2023/24) – Limited assurance", [
            ("4", "High",
             "Multi-factor authentication should be enforced for all remote access accounts, including "
             "third-party suppliers.", [
                 ("MFA enforcement extended to supplier accounts through the Conditional Access policy. "
                  "Remaining legacy mobile data terminal accounts to be migrated when the MDT replacement "
                  "goes live.", "Head of ICT", D(2024, 3, 31), D(2026, 2, 28), "Revised date agreed",
                  "Supplier accounts complete. MDT go-live moved to February 2026 (previously revised to "
                  "30/06/2025)."),
             ]),
        ]),
        ("Fleet Management (2024/25) – Reasonable assurance", [
            ("1", "Medium",
             "The Service should ensure that vehicle defect reports are reviewed and closed within the "
             "timescales set in the Fleet Maintenance Procedure.", [
                 ("Defect reporting moved onto the Tranman fleet system with automated escalation of defects "
                  "open for more than 10 working days. Monthly report to the Fleet Working Group.",
                  "Head of Fleet & Engineering", D(2025, 3, 31), None, "Complete",
                  "Verified by internal audit in September 2025."),
             ]),
            ("2", "High",
             "Pool car and lease vehicle mileage records should be reconciled to fuel card transactions "
             "each month.", [
                 ("Introduce a monthly reconciliation of fuel card transactions to vehicle mileage, with "
                  "exceptions reported to the Head of Finance.",
                  "Fleet Manager; Finance Business Partner", D(2025, 6, 30), D(2026, 1, 31),
                  "Revised date agreed",
                  "Reconciliation template agreed; first full month to be run for December 2025."),
                 ("Remind all fuel card holders of the Fuel Card Policy and obtain signed declarations.",
                  "Fleet Manager", D(2025, 6, 30), None, "Complete",
                  "Declarations received from all 212 card holders."),
             ]),
        ]),
        ("Payroll and Pensions (2024/25) – Limited assurance", [
            ("1", "High",
             "Starter and leaver forms should be authorised before changes are processed in the payroll "
             "system.", [
                 ("Introduce a mandatory authorisation workflow in iTrent so that starter, leaver and "
                  "change forms cannot be processed without line manager and HR approval.",
                  "Head of HR / Payroll Manager", D(2025, 9, 30), None, "Overdue",
                  "Workflow built but testing paused during the pay award implementation. New date to be "
                  "proposed to the Committee."),
             ]),
            ("2", "Medium",
             "Pension contribution rates should be checked against the Firefighters’ Pension Scheme tables "
             "at each April uplift.", [
                 ("Annual check of contribution bandings added to the payroll year-end checklist, with "
                  "independent review by the Pensions Officer.",
                  "Payroll Manager", D(2026, 3, 31), None, "On track",
                  "Checklist updated; first check due April 2026."),
             ]),
        ]),
        ("Protection – Risk Based Inspection Programme (2025/26) – Reasonable assurance", [
            ("1", "Medium",
             "The Risk Based Inspection Programme should be reconciled quarterly to the premises data held "
             "in CFRMIS.", [
                 ("Quarterly reconciliation of the RBIP premises list against CFRMIS, signed off by the "
                  "Group Manager – Protection.",
                  "Area Manager – Prevention and Protection", "Q3 2025/26", None, "On track",
                  "First reconciliation completed for Q2; Q3 due end of December."),
             ]),
            ("2", "Low",
             "Inspection outcome letters should be issued within 10 working days of the audit, as set out "
             "in the Enforcement Policy.", [
                 ("Add a letter-issue KPI to the monthly Protection performance dashboard and review it at "
                  "the Service Delivery Board.",
                  "Group Manager – Protection", D(2025, 12, 31), None, "Complete",
                  "KPI live from October 2025; 94% of letters issued within 10 working days."),
             ]),
        ]),
    ]
    r = 5
    for head, recs in audits:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        put(ws, r, 1, head, bold=True, fillhex=FILL["sect"])
        r += 1
        for no, prio, rec, acts in recs:
            first = r
            for text, owner, orig, rev, st, upd in acts:
                put(ws, r, 4, text)
                put(ws, r, 5, owner)
                put(ws, r, 6, orig, fmt="dd/mm/yyyy" if isinstance(orig, D) else None)
                put(ws, r, 7, rev, fmt="dd/mm/yyyy" if isinstance(rev, D) else None)
                put(ws, r, 8, st, fillhex=FILL[stfill[st]])
                put(ws, r, 9, upd)
                r += 1
            put(ws, first, 1, no)
            put(ws, first, 2, prio)
            put(ws, first, 3, rec)
            if r - 1 > first:
                for c in (1, 2, 3):
                    ws.merge_cells(start_row=first, start_column=c, end_row=r - 1, end_column=c)
    ws.freeze_panes = "A5"
    wb.save(out("qh-humberside-fire-rescue-service-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 3. L&Q consumer standards improvement plan – refuse (typo month) (xlsx)
# ---------------------------------------------------------------------------
def lq():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = "Consumer Standards Improvement Plan – response to the Regulator of Social Housing regulatory judgement"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "L&Q (London & Quadrant Housing Trust) – update for Group Board, 24 September 2025"
    ws["A3"] = "RAG: G = on track | A = at risk | R = off track | C = complete"
    cols = ["No.", "Action", "Accountable executive", "Delivery lead", "Target date", "RAG",
            "Progress / evidence"]
    for i, h in enumerate(cols, 1):
        put(ws, 5, i, h, bold=True, white=True, fillhex="7030A0")
    for col, w in zip("ABCDEFG", [6, 52, 26, 28, 16, 7, 46]):
        ws.column_dimensions[col].width = w
    rag_fill = {"G": "green", "A": "amber", "R": "red", "C": "blue"}
    sections = [
        ("Safety and Quality Standard",
         "RSH finding: L&Q could not demonstrate that it had accurate, up-to-date information on the "
         "condition of its homes, including around 25,000 homes without a stock condition survey in the "
         "last five years.", [
             ("1.1", "Complete stock condition surveys for all homes not surveyed since April 2020",
              "Chief Property Officer", "Head of Asset Intelligence", "March 2026", "A",
              "16,400 surveys completed (66%). Additional surveyor contract mobilised in August."),
             ("1.2", "Clear the backlog of overdue fire risk assessment remedial actions rated high",
              "Chief Property Officer", "Director of Building Safety", "December 2025", "G",
              "High-risk backlog reduced from 1,180 to 312 actions."),
             ("1.3", "Introduce a damp and mould triage so that all reports are inspected within 10 "
                     "working days",
              "Chief Customer Officer", "Head of Damp & Mould", "July 2025", "C",
              "Live since 7 July 2025; 92% inspected within 10 working days in August."),
         ]),
        ("Transparency, Influence and Accountability Standard",
         "RSH finding: complaints were not handled in line with the Housing Ombudsman’s Complaint Handling "
         "Code, and residents were not given clear information about service performance.", [
             ("2.1", "Publish quarterly performance information for each region, including TSM results",
              "Chief Customer Officer", "Head of Customer Insight", "October 2025", "G",
              "Q1 regional scorecards published on the website."),
             ("2.2", "Recruit and train 40 additional complaint handlers and reduce open stage 1 "
                     "complaints below 1,000",
              "Chief Customer Officer", "Director of Complaints and Resolution", "Novmeber 2025", "A",
              "31 handlers in post; open stage 1 complaints at 1,460."),
             ("2.3", "Launch the Resident Services Panel to scrutinise the improvement plan",
              "Chief Executive", "Head of Resident Engagement", "September 2025", "C",
              "First panel meeting held 11 September 2025."),
         ]),
        ("Tenancy Standard",
         "RSH finding: L&Q did not have reliable data on tenancy management activity, including "
         "tenancy audits.", [
             ("3.1", "Carry out tenancy audits for all general needs homes not visited in the last three "
                     "years",
              "Chief Operating Officer", "Head of Neighbourhood Services", "June 2026", "G",
              "Programme started September 2025."),
         ]),
        ("Neighbourhood and Community Standard",
         "RSH finding: communal areas were not inspected at the frequency set out in L&Q’s own "
         "policy.", [
             ("4.1", "Move estate inspections onto the mobile inspection app with monthly reporting "
                     "of completion by region",
              "Chief Operating Officer", "Head of Estate Services", "January 2026", "G",
              "App piloted in two regions."),
             ("4.2", "Review the anti-social behaviour policy with residents",
              "Chief Operating Officer", "ASB & Community Safety Manager", "March 2026", "R",
              "Review not yet started; resource being identified."),
         ]),
    ]
    r = 6
    for head, finding, acts in sections:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        put(ws, r, 1, head, bold=True, fillhex="E4DFEC")
        r += 1
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        put(ws, r, 1, finding)
        ws.cell(row=r, column=1).font = Font(italic=True)
        r += 1
        for no, text, exe, lead, date, rag, prog in acts:
            for c, v in enumerate([no, text, exe, lead, date], 1):
                put(ws, r, c, v)
            put(ws, r, 6, rag, bold=True, fillhex=FILL[rag_fill[rag]])
            put(ws, r, 7, prog)
            r += 1
    ws.cell(row=r + 1, column=1, value="Progress against this plan is reported to the RSH monthly.")
    wb.save(out("qh-lq-rsh-consumer-standards-improvement-plan-typo-month-refuse.xlsx"))


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


def bold_cell(cell, text, hexcol=None):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True
    if hexcol:
        shade(cell, hexcol)


def merged_row(table, row, text, hexcol=None, bold=True):
    cells = table.rows[row].cells
    m = cells[0].merge(cells[-1])
    m.text = ""
    run = m.paragraphs[0].add_run(text)
    run.bold = bold
    if hexcol:
        shade(m, hexcol)
    return m


# ---------------------------------------------------------------------------
# 4. Hathersage Medical Centre CQC action plan (docx)
# ---------------------------------------------------------------------------
def hathersage():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Hathersage Medical Centre – CQC Inspection Action Plan", level=1)
    doc.add_paragraph("Inspection dates: 13 and 14 May 2025    Report published: 3 July 2025    "
                      "Overall rating: Requires improvement")
    doc.add_paragraph("This plan sets out how the partners will meet the two requirement notices and the "
                      "improvements CQC said the practice should make. It is reviewed at the monthly "
                      "practice meeting and shared with NHS Derby and Derbyshire ICB.")
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Changes"]):
        bold_cell(t.rows[0].cells[i], h, "D9D9D9")
    for r, row in enumerate([("1.0", "25/07/2025", "Practice Manager", "First version submitted to CQC"),
                             ("1.1", "29/09/2025", "Practice Manager", "Progress update for Q2 review")], 1):
        for i, v in enumerate(row):
            t.rows[r].cells[i].text = v
    doc.add_paragraph("RAG key: Blue – complete; Green – on track; Amber – at risk of delay; Red – overdue.")

    ragfill = {"Complete": "4F81BD", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    musts = [
        ("Must do 1 – Regulation 12: Safe care and treatment",
         "Ensure care and treatment is provided in a safe way to patients.", [
             ("1.1", "Carry out a full search of patients prescribed high-risk medicines (DMARDs, lithium, "
                     "warfarin) and recall any patient overdue for monitoring.",
              "Dr Hallam", "31/07/2025", "Searches run 4 June 2025; 23 patients recalled and all now "
                                         "monitored.", "Complete"),
             ("1.2", "Set up a monthly high-risk drug monitoring search run by the clinical pharmacist, with "
                     "results reviewed at the clinical meeting.",
              "Clinical Pharmacist / Dr Hallam", "31/08/2025",
              "Monthly search in place since August; standing agenda item.", "Complete"),
             ("1.3", "Review all patients on the asthma register prescribed two or more rescue steroid "
                     "courses in 12 months and invite them for an asthma review.",
              "Lead Nurse", "End of October 2025", "148 of 171 reviews completed.", "Amber"),
             ("1.4", "Complete the outstanding actions from the March 2025 infection prevention and control "
                     "audit, including replacing the fabric chairs in the nurses’ treatment room.",
              "Practice Manager", "30/09/2025", "Chairs replaced; sharps bin labelling re-audited.",
              "Complete"),
         ]),
        ("Must do 2 – Regulation 17: Good governance",
         "Establish effective systems and processes to ensure good governance in accordance with the "
         "fundamental standards of care.", [
             ("2.1", "Introduce a governance log for MHRA safety alerts, recording the searches done and the "
                     "action taken for each alert.",
              "Practice Manager; Clinical Pharmacist", "By 31 August 2025",
              "Log in use; all alerts since January 2025 back-filled.", "Complete"),
             ("2.2", "Bring staff training records up to date and set a 95% compliance target for "
                     "safeguarding, basic life support and information governance training.",
              "Deputy Practice Manager", "December 2025", "Compliance 88% at end of September.", "Green"),
             ("2.3", "Hold a quarterly significant event review meeting, with minutes, themes and actions "
                     "shared with all staff.",
              "Dr Mahmood", "Ongoing – quarterly", "First meeting held 17 September 2025.", "Green"),
         ]),
    ]
    for head, must, acts in musts:
        doc.add_paragraph()
        t = doc.add_table(rows=3 + len(acts), cols=6)
        t.style = "Table Grid"
        merged_row(t, 0, head, "BDD7EE")
        merged_row(t, 1, must, "DEEAF6", bold=False)
        for i, h in enumerate(["No.", "Action", "Lead", "Completion date", "Progress / evidence", "RAG"]):
            bold_cell(t.rows[2].cells[i], h, "D9D9D9")
        for r, (no, text, lead, date, prog, rag) in enumerate(acts, 3):
            cells = t.rows[r].cells
            for i, v in enumerate([no, text, lead, date, prog, rag]):
                cells[i].text = v
            shade(cells[5], ragfill[rag])

    doc.add_paragraph()
    shoulds = [
        ("S1", "Continue to improve the uptake of cervical screening.",
         "Opportunistic screening prompts added to the reception template; Saturday smear clinics from "
         "October 2025.", "Lead Nurse", "31/03/2026", "Green"),
        ("S2", "Take action to improve patient satisfaction with telephone access.",
         "Move to cloud-based telephony with call-back and queue position messages.",
         "Practice Manager", "November 2025", ""),
        ("S3", "Ensure that the complaints leaflet includes details of the Parliamentary and Health Service "
               "Ombudsman.",
         "Complaints leaflet and practice website updated.", "Deputy Practice Manager", "31/07/2025",
         "Complete"),
    ]
    t = doc.add_table(rows=2 + len(shoulds), cols=6)
    t.style = "Table Grid"
    merged_row(t, 0, "Areas where the practice should make improvements", "DEEAF6")
    for i, h in enumerate(["No.", "CQC finding", "Action", "Lead", "Completion date", "RAG"]):
        bold_cell(t.rows[1].cells[i], h, "D9D9D9")
    for r, (no, find, act, lead, date, rag) in enumerate(shoulds, 2):
        cells = t.rows[r].cells
        for i, v in enumerate([no, find, act, lead, date, rag]):
            cells[i].text = v
        shade(cells[5], ragfill[rag] if rag else "FFC000")
    doc.add_paragraph()
    doc.add_paragraph("Signed on behalf of the partners: Dr S. Mahmood, Senior Partner. "
                      "Next review: practice meeting, 12 November 2025.")
    doc.save(out("qh-hathersage-medical-centre-cqc-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Thirsk School post-Ofsted action plan (docx)
# ---------------------------------------------------------------------------
def thirsk():
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_heading("Thirsk School & Sixth Form College – Post-Ofsted Action Plan 2024–25", level=0)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("Ofsted inspection: 8–9 October 2024. This plan addresses the points in ‘What does "
                      "the school need to do to improve?’ and is monitored by the Local Governing "
                      "Committee each half term.")
    staff = [("HT", "Headteacher"), ("DHT", "Deputy Headteacher (Curriculum)"),
             ("AHT B", "Assistant Headteacher (Behaviour and Attendance)"),
             ("SENCo", "Special Educational Needs Coordinator"), ("HoDs", "Heads of Department"),
             ("LGC", "Local Governing Committee")]
    t = doc.add_table(rows=1 + len(staff), cols=2)
    t.style = "Table Grid"
    bold_cell(t.rows[0].cells[0], "Key to staff", "D9D9D9")
    bold_cell(t.rows[0].cells[1], "Role", "D9D9D9")
    for r, (k, v) in enumerate(staff, 1):
        t.rows[r].cells[0].text = k
        t.rows[r].cells[1].text = v
    doc.add_paragraph("Progress colours: green – on track; amber – some concern; red – not on track; "
                      "blue – complete.")

    colour = {"blue": "5B9BD5", "green": "70AD47", "amber": "FFC000", "red": "FF0000", None: None}
    areas = [
        ("Quality of education", "Area for improvement 1",
         "In some subjects, the curriculum does not identify precisely the important knowledge that pupils "
         "should learn and when. Leaders should ensure that curriculum thinking in these subjects is as well "
         "developed as in the strongest subjects.", [
             ("Heads of department for geography, computing and design technology rewrite their key stage 3 "
              "curriculum maps to set out the core knowledge for each unit.", "DHT / HoDs", "December 2024",
              "Curriculum maps published on the shared area and the school website.", "blue"),
             ("CPD session on retrieval practice for all teaching staff.", "DHT", "INSET 6 January 2025",
              "Retrieval starters seen in most lessons during learning walks.", "blue"),
             ("Subject reviews (deep dives) of the three subjects by SLT with the trust’s subject leads.",
              "DHT", "Summer term 2025", "Reviews show pupils can recall the core knowledge.", "green"),
         ]),
        ("Behaviour and attitudes", "Area for improvement 2",
         "Leaders have not ensured that the behaviour policy is applied consistently by all staff. As a "
         "result, low-level disruption sometimes interrupts learning in key stage 3. Leaders should ensure "
         "that all staff apply the behaviour policy consistently.", [
             ("Relaunch the behaviour policy with all staff, with a simplified ‘ready, respectful, safe’ "
              "consequence ladder.", "AHT B", "Autumn term 2024",
              "All staff briefed; policy on website.", "blue"),
             ("Weekly analysis of behaviour points by year group, shared with heads of year and reported to "
              "the LGC each half term.", "AHT B / Heads of Year", "Half-termly",
              "Fall in removals from lessons in Years 7–9.", "green"),
             ("Learning walks focused on the start of lessons and the use of the consequence ladder.",
              "SLT", "Ongoing", "Consistent use seen in at least 90% of lessons visited.", "amber"),
         ]),
        ("Leadership and management", "Area for improvement 3",
         "Pupils with special educational needs and/or disabilities (SEND) do not always receive the support "
         "set out in their plans. Leaders should make sure that teachers have the information and training "
         "they need to adapt learning for pupils with SEND.", [
             ("Replace pupil profiles with one-page ‘learning passports’ available to all teachers through "
              "Edukey.", "SENCo", "February 2025", "Passports in place for all pupils on the SEND register.",
              "blue"),
             ("Training for all staff on adaptive teaching for pupils with SEND.", "SENCo",
              "Summer term 2025", "Adaptations seen in lesson visits and pupil voice.", "green"),
             ("Governor visit to review provision for pupils with SEND and report to the LGC.",
              "SEND governor", "July 2025", "Visit note shared with the LGC.", None),
         ]),
    ]
    for theme, label, afi, acts in areas:
        doc.add_heading(theme, level=2)
        t = doc.add_table(rows=3 + len(acts), cols=5)
        t.style = "Table Grid"
        merged_row(t, 0, label, "D9E2F3")
        merged_row(t, 1, afi, None, bold=False)
        for i, h in enumerate(["Action", "Who", "When", "Success criteria", "Progress"]):
            bold_cell(t.rows[2].cells[i], h, "D9D9D9")
        for r, (text, who, when, sc, col) in enumerate(acts, 3):
            cells = t.rows[r].cells
            for i, v in enumerate([text, who, when, sc]):
                cells[i].text = v
            if colour[col]:
                shade(cells[4], colour[col])
        doc.add_paragraph()
    doc.add_paragraph("Reviewed by the LGC: 4 February 2025 and 1 July 2025.")
    doc.save(out("qh-thirsk-school-post-ofsted-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Derbyshire JARAC action log (csv)
# ---------------------------------------------------------------------------
def derbyshire():
    rows = [
        ["Joint Audit, Risk and Assurance Committee (JARAC) – Action Log", "", "", "", "", "", ""],
        ["Office of the Police and Crime Commissioner for Derbyshire and Derbyshire Constabulary",
         "", "", "", "", "", ""],
        ["Position as at 18 November 2025", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Ref", "Meeting date", "Action", "Owner", "Due date", "RAG", "Update"],
        ["Open actions", "", "", "", "", "", ""],
        ["JARAC/25/07", "18/03/2025",
         "Provide the Committee with a timetable for the replacement of the Niche records management "
         "system hosting contract.",
         "Director of Finance and Business Services", "Jun-25", "R",
         "Deferred pending the national procurement framework. Verbal update at December meeting."],
        ["JARAC/25/12", "24/06/2025",
         "Internal audit to include a follow-up of the Seized Property audit (limited assurance) in the "
         "2025/26 plan.",
         "Internal Audit Manager", "Dec-25", "G", "Fieldwork scheduled for November 2025."],
        ["JARAC/25/15", "24/06/2025",
         "Share the revised strategic risk register with members, showing movement in scores since Q4 "
         "2024/25.\nInclude the new risk on vehicle fleet replacement.",
         "Chief Executive (OPCC); Head of Corporate Governance", "Next meeting (9 December 2025)", "G",
         "Register being updated after the Force Risk Board on 2 December."],
        ["JARAC/25/19", "23/09/2025",
         "Arrange a training session for members on the Police and Crime Commissioner's statement of "
         "accounts before the 2024/25 accounts are presented.",
         "Chief Finance Officer (OPCC)", "09/12/2025", "A", "Date being confirmed with the external auditor."],
        ["JARAC/25/20", "23/09/2025",
         "Provide an update on the implementation of the HMICFRS PEEL areas for improvement, including the "
         "two on crime recording.",
         "Deputy Chief Constable", "TBC", "A", "To be scheduled once the PEEL 2025 fieldwork has finished."],
        ["Actions completed since last meeting", "", "", "", "", "", ""],
        ["JARAC/25/03", "18/03/2025",
         "Circulate the Annual Governance Statement action plan to members.",
         "Head of Corporate Governance", "Apr-25", "B", "Circulated 11 April 2025."],
        ["JARAC/25/13", "24/06/2025",
         "Confirm the number of overdue internal audit recommendations held by the Force and the OPCC.",
         "Force Head of Finance", "Sep-25", "B",
         "Reported at September meeting: 4 overdue (Force), 0 (OPCC)."],
        ["", "", "", "", "", "", ""],
        ["RAG key: R - overdue; A - at risk; G - on track; B - complete", "", "", "", "", "", ""],
        ["Completed actions are removed from the log once they have been reported to the Committee.",
         "", "", "", "", "", ""],
    ]
    with open(out("qh-derbyshire-pcc-joint-audit-risk-and-assurance-committee-action-log.csv"), "w",
              newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 7. Met Office programme highlight report (txt, tab-separated tables)
# ---------------------------------------------------------------------------
def metoffice():
    T = "\t"
    lines = [
        "Observations Transformation Programme (OTP) – Highlight Report",
        "Met Office – Science and Services Directorate",
        "",
        "Reporting period:" + T + "1 October 2025 to 31 October 2025",
        "Senior Responsible Owner:" + T + "Director of Science",
        "Programme Manager:" + T + "J. Penrose",
        "Date of report:" + T + "07/11/2025",
        "",
        "1. STATUS SUMMARY",
        T.join(["Dimension", "Last period", "This period", "Comment"]),
        T.join(["Overall", "A", "A", "Radar replacement tranche 2 remains behind baseline; recovery plan "
                                      "going to Programme Board."]),
        T.join(["Time", "A", "A", ""]),
        T.join(["Cost", "G", "G", "Spend £4.1m against £4.3m profile."]),
        T.join(["Scope", "G", "G", ""]),
        T.join(["Benefits", "G", "A", "Automation savings now expected from Q1 2026/27."]),
        "",
        "2. MILESTONES AND ACTIONS BY WORKSTREAM",
        "RAG: B = complete, G = on track, A = at risk, R = late/off track. Forecast dates replace baseline "
        "dates where a milestone has been re-planned.",
        "",
    ]
    hdr = T.join(["Ref", "Milestone / action", "Owner", "Baseline date", "Forecast date", "Previous RAG",
                  "Current RAG", "Commentary"])
    ws = [
        ("Workstream 1 – Surface observing network", [
            ("1.1", "Install next-generation automatic weather stations at the remaining 24 synoptic sites",
             "Head of Surface Networks", "Mar-26", "Mar-26", "G", "G", "18 of 24 sites complete."),
            ("1.2", "Complete site surveys for the 11 marine and coastal stations", "Marine Networks Manager",
             "Sep-25", "Nov-25", "G", "A", "Access to two lighthouse sites delayed by maintenance works."),
            ("1.3", "Decommission legacy data loggers at upgraded sites",
             "Head of Surface Networks / Data Services Lead", "Dec-25", "", "G", "G", ""),
        ]),
        ("Workstream 2 – Weather radar renewal", [
            ("2.1", "Tranche 2 radar replacement at Chenies and Thurnham", "Radar Programme Lead",
             "Jul-25", "Feb-26", "A", "R",
             "Pedestal delivery slipped; recovery plan to Programme Board on 18 November."),
            ("2.2", "Factory acceptance testing of dual-polarisation receivers", "Radar Programme Lead",
             "Aug-25", "Aug-25", "G", "B", "Completed 28 August 2025."),
            ("2.3", "Agree radar data-sharing arrangements with the Environment Agency and SEPA",
             "Head of Partnerships", "Dec-25", "Jan-26", "G", "A", "Draft MoU with EA legal team."),
        ]),
        ("Workstream 3 – Data ingest and quality control", [
            ("3.1", "Migrate observations ingest to the new cloud platform",
             "Observations Data Manager; Head of Cloud Engineering", "Jan-26", "Jan-26", "G", "G",
             "Parallel running started 20 October."),
            ("3.2", "Automated quality control rules live for temperature and pressure",
             "Observations Data Manager", "Oct-25", "Oct-25", "A", "B", "Went live 22 October 2025."),
            ("3.3", "User acceptance testing with operational forecasters", "Chief Operational Meteorologist",
             "Feb-26", "Mar-26", "G", "A", "Dependent on 3.1; re-planned after parallel running extended."),
            ("3.4", "Publish the updated observations data policy on the Met Office website",
             "Head of Data Governance", "Nov-25", "", "", "G", "New milestone this period."),
        ]),
    ]
    for head, acts in ws:
        lines.append(head)
        lines.append(hdr)
        for a in acts:
            lines.append(T.join(a))
        lines.append("")
    lines += [
        "3. KEY RISKS AND ISSUES",
        "R07 Supplier capacity for radar pedestals (score 16, increasing) – escalated to Programme Board.",
        "I03 Two lighthouse sites unavailable until November – managed within workstream 1.",
        "",
        "4. DECISIONS REQUIRED FROM PROGRAMME BOARD",
        "Approval of the tranche 2 radar recovery plan (paper to follow).",
        "",
        "Next report due: 7 December 2025",
    ]
    with open(out("qh-met-office-observations-transformation-programme-highlight-report.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    tewv()
    humberside()
    lq()
    hathersage()
    thirsk()
    derbyshire()
    metoffice()
    print("built 7 files in", HERE)
