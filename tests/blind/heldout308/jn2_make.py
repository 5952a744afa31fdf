"""Build the seven jn2- data files of set heldout308.

Run with /work/main/.venv/bin/python jn2_make.py (writes beside this script).
Partnership / NHS / corporate plans:
  1 jn2-sheffield-childrens-nhsft-trust-board-public-actions-log.csv
  2 jn2-isle-of-wight-nhs-trust-maternity-neonatal-improvement-plan.xlsx
  3 jn2-forest-of-dean-dc-corporate-risk-register-q2-2025-26.xlsx
  4 jn2-harborough-csp-partnership-plan-2025-26-delivery-plan-typo-month-refuse.xlsx
  5 jn2-bcp-sab-sar-harold-action-plan.docx
  6 jn2-north-west-leicestershire-csp-dhr-karen-action-plan.docx
  7 jn2-cheshire-west-chester-council-transformation-programme-highlight-report.txt
"""
import csv
import datetime as dt
import os

import docx
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


D = dt.datetime

# ---------------------------------------------------------------------------
# 1. Sheffield Children's NHS FT - Trust Board (Part 1) actions log, CSV
# ---------------------------------------------------------------------------
CSV_NAME = "jn2-sheffield-childrens-nhsft-trust-board-public-actions-log.csv"
CSV_ROWS = [
    # meeting, minute ref, action, lead, original due, revised due, update, status
    ("25/07/2025", "118/25",
     "Provide the Board with a breakdown of patients waiting over 52 weeks by specialty, including the recovery plan for paediatric ENT and orthopaedics.",
     "Chief Operating Officer", "30/09/2025", "25/11/2025",
     "Breakdown presented at November Board (item 168/25). ENT recovery plan agreed with the ICB; proposed for closure.",
     "Complete"),
    ("25/07/2025", "123/25",
     "Report on progress with the recovery plan for Safeguarding Children Level 3 training compliance.",
     "Chief Nurse", "30/09/2025", "25/11/2025",
     "Compliance 81% against 90% target. Report deferred twice due to capacity in the safeguarding team; now overdue.",
     "Overdue"),
    ("30/09/2025", "141/25",
     "Circulate the Freedom to Speak Up annual report to Board members ahead of the Council of Governors meeting.",
     "Company Secretary", "31/10/2025", "",
     "Circulated 14/10/2025.",
     "Complete"),
    ("30/09/2025", "146/25",
     "Take the revised Learning from Deaths policy to Quality Committee for approval before it returns to Board.",
     "Chief Medical Officer", "30/11/2025", "31/01/2026",
     "Policy redrafted to reflect the national Medical Examiner changes; Board agreed a revised date of January.",
     "Revised date"),
    ("25/11/2025", "171/25",
     "Set out the Emergency Department winter plan for meeting the 4-hour standard, with a weekly trajectory to March 2026.\nInclude mental health breaches within the trajectory.",
     "Chief Operating Officer / Clinical Director for Emergency Medicine", "27/01/2026", "",
     "On the agenda for this meeting (item 12/26).",
     "On track"),
    ("25/11/2025", "176/25",
     "Review the Board Assurance Framework risk on digital resilience (BAF 4.2) in the light of the cyber incident at a partner trust and report back to Board.",
     "Chief Digital Information Officer", "24/03/2026", "",
     "Review under way with the Audit and Risk Committee; external assessment booked for February.",
     "On track"),
    ("25/11/2025", "179/25",
     "Arrange a Board development session on the South Yorkshire children's health strategy.",
     "Director of Strategy and Partnerships; Company Secretary", "February 2026 (Board development day)", "",
     "Session booked for 24 February 2026.",
     "On track"),
    ("25/11/2025", "183/25",
     "Confirm dates for Non-Executive Director visits as part of the ward accreditation programme.",
     "Chief Nurse", "TBC", "",
     "Dates to be set once the accreditation schedule for 2026 is agreed.",
     "On track"),
]

CSV_EXPECT = {
    "title": "Sheffield Children's NHS Foundation Trust – Trust Board (Part 1) Actions Log",
    # lead list, end, end_text, status
    "reading": [
        (["Chief Operating Officer"], "2025-11", None, "blue"),
        (["Chief Nurse"], "2025-11", None, "red"),
        (["Company Secretary"], "2025-10", None, "blue"),
        (["Chief Medical Officer"], "2026-01", None, "amber"),
        (["Chief Operating Officer", "Clinical Director for Emergency Medicine"], "2026-01", None, "green"),
        (["Chief Digital Information Officer"], "2026-03", None, "green"),
        (["Director of Strategy and Partnerships", "Company Secretary"], "2026-02",
         "February 2026 (Board development day)", "green"),
        (["Chief Nurse"], None, "TBC", "green"),
    ],
}


def make_csv():
    ncol = 8
    blank = [""] * ncol

    def line(first):
        return [first] + [""] * (ncol - 1)

    rows = [
        line(CSV_EXPECT["title"]),
        line("Meeting held in public: Tuesday 27 January 2026"),
        line("Status key: Complete = action complete, proposed for closure (Blue); On track = not yet due (Green); "
             "Revised date = due date revised by the Board (Amber); Overdue = past due date (Red)"),
        blank,
        ["Meeting Date", "Minute Ref", "Action", "Lead", "Original Due Date", "Revised Due Date",
         "Progress Update", "Status"],
    ]
    rows += [list(r) for r in CSV_ROWS]
    rows += [blank,
             line("Summary: 8 actions on the log - Complete 2, On track 4, Revised date 1, Overdue 1"),
             line("Actions marked Complete will be removed from the log once closure is agreed by the Board.")]
    with open(out(CSV_NAME), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# helpers for xlsx
# ---------------------------------------------------------------------------
FILL = {
    "B": PatternFill("solid", fgColor="0070C0"),
    "G": PatternFill("solid", fgColor="00B050"),
    "A": PatternFill("solid", fgColor="FFC000"),
    "R": PatternFill("solid", fgColor="FF0000"),
}
HEAD_FILL = PatternFill("solid", fgColor="1F3864")
THEME_FILL = PatternFill("solid", fgColor="D9E1F2")
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def header_row(ws, row, labels):
    for i, lab in enumerate(labels, 1):
        c = ws.cell(row=row, column=i, value=lab)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = HEAD_FILL
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX


# ---------------------------------------------------------------------------
# 2. Isle of Wight NHS Trust - maternity and neonatal improvement plan, xlsx
# ---------------------------------------------------------------------------
MAT_NAME = "jn2-isle-of-wight-nhs-trust-maternity-neonatal-improvement-plan.xlsx"
MAT_TITLE = "Isle of Wight NHS Trust – Maternity and Neonatal Improvement Plan 2025/26"
MAT_THEMES = [
    ("Theme 1: Listening to and working with women and families", [
        ("1.1", "3YDP / CQC",
         "Re-launch the Maternity and Neonatal Voices Partnership (MNVP) with an independent lead and funded hours agreed in the MNVP workplan.",
         "Head of Midwifery", D(2025, 4, 1), D(2025, 6, 30), D(2025, 9, 30), "Evidenced and assured", "G", "B",
         "MNVP lead appointed August 2025; workplan signed off at Safety Champions 16/09/2025.",
         "MNVP workplan; Safety Champions minutes Sept 2025",
         (["Head of Midwifery"], "2025-09", None, "blue")),
        ("1.2", "CQC Should Do 2",
         "Translate the personalised care and support plan (PCSP) into the five most requested languages on the Island and audit uptake at 36 weeks.",
         "Public Health Midwife", D(2025, 6, 1), D(2025, 12, 31), None, "Not yet delivered", "G", "A",
         "Four of five translations received. Audit tool agreed but audit not started; risk of slippage into Q4.",
         "",
         (["Public Health Midwife"], "2025-12", None, "amber")),
        ("1.3", "3YDP",
         "Introduce a Birth Reflections service so that women and birthing people can discuss their birth experience within 12 weeks of birth.",
         "Consultant Midwife", D(2025, 9, 1), D(2026, 3, 1), None, "Not yet delivered", "G", "G",
         "Referral pathway drafted; two midwives released one session per week from January 2026.",
         "",
         (["Consultant Midwife"], "2026-03", None, "green")),
    ]),
    ("Theme 2: Growing, retaining and supporting our workforce", [
        ("2.1", "MIS SA8",
         "Achieve 90% compliance with PROMPT multi-professional emergency training for every staff group.",
         "Practice Development Midwife & Obstetric Training Lead", D(2025, 4, 1), D(2026, 3, 31), None,
         "Not yet delivered", "A", "G",
         "Midwives 94%, obstetricians 88%, anaesthetists 79%. Additional dates added for anaesthetic staff in February.",
         "Training compliance dashboard",
         (["Practice Development Midwife", "Obstetric Training Lead"], "2026-03", None, "green")),
        ("2.2", "MIS SA5",
         "Complete the Birthrate Plus workforce review and present the midwifery establishment paper to Trust Board.",
         "Director of Midwifery", D(2025, 4, 1), D(2025, 9, 30), None, "Evidenced and assured", "B", "B",
         "Establishment paper approved at Trust Board 4/09/2025.",
         "Trust Board paper 4 Sept 2025",
         (["Director of Midwifery"], "2025-09", None, "blue")),
        ("2.3", "CQC Must Do 1",
         "Recruit to the two vacant consultant obstetrician posts to deliver 98 hours of consultant presence on the labour ward.",
         "Care Group Clinical Director", D(2025, 4, 1), D(2025, 10, 31), D(2026, 4, 30), "Not yet delivered", "A", "R",
         "One post unfilled after second advert. Locum cover in place; revised date agreed at Quality and Safety Committee.",
         "",
         (["Care Group Clinical Director"], "2026-04", None, "red")),
    ]),
    ("Theme 3: Developing and sustaining a culture of safety, learning and support", [
        ("3.1", "3YDP / PSIRF",
         "Embed the Patient Safety Incident Response Framework (PSIRF) maternity safety priorities and share learning through the monthly Safety Champions walkabout.",
         "Maternity Governance Lead", D(2025, 4, 1), D(2025, 12, 31), None, "Evidenced and assured", "G", "B",
         "Safety priorities embedded; learning shared at walkabouts since July 2025.",
         "PSIRF plan; walkabout log",
         (["Maternity Governance Lead"], "2025-12", None, "blue")),
        ("3.2", "MIS SA6",
         "Implement element 4 (fetal monitoring) of the Saving Babies' Lives Care Bundle v3 and reach 85% compliance in the quarterly audit.",
         "Fetal Monitoring Lead Midwife / Obstetric Fetal Monitoring Lead", D(2025, 4, 1), "Q4 2025/26", None,
         "Delivered, not yet evidenced", "G", "G",
         "Q2 audit 83%; Q3 audit due January 2026.",
         "SBLCBv3 audit",
         (["Fetal Monitoring Lead Midwife", "Obstetric Fetal Monitoring Lead"], "2026-03", None, "green")),
        ("3.3", "3YDP",
         "Present the perinatal quality surveillance report to public Trust Board in line with the national perinatal quality surveillance model.",
         "Director of Midwifery", D(2025, 4, 1), "Quarterly", None, "Delivered, not yet evidenced", "G", "G",
         "Q2 report presented November 2025.",
         "Trust Board papers",
         (["Director of Midwifery"], None, "Quarterly", "green")),
    ]),
]


def make_maternity():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Isle of Wight NHS Trust"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Maternity and Neonatal Improvement Plan 2025/26"
    cov["A2"].font = Font(bold=True, size=12)
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    ctl = [("Version", "3.2"), ("Date", D(2026, 1, 9)), ("Plan owner", "Director of Midwifery"),
           ("Executive lead", "Chief Nursing Officer"),
           ("Reported to", "Maternity and Neonatal Safety Champions; Quality and Safety Committee; Trust Board (quarterly)"),
           ("Next review", "February 2026")]
    for i, (k, v) in enumerate(ctl, 5):
        cov.cell(row=i, column=1, value=k).font = Font(bold=True)
        c = cov.cell(row=i, column=2, value=v)
        if isinstance(v, dt.datetime):
            c.number_format = "dd/mm/yyyy"
        for col in (1, 2):
            cov.cell(row=i, column=col).border = BOX
    cov["A12"] = "BRAG key"
    cov["A12"].font = Font(bold=True)
    key = [("B", "Evidenced and assured – action complete"),
           ("G", "On track to deliver by the due date"),
           ("A", "At risk – may not deliver by the due date, mitigation in place"),
           ("R", "Off track – not delivered by the due date, escalation required")]
    for i, (k, v) in enumerate(key, 13):
        c = cov.cell(row=i, column=1, value=k)
        c.fill = FILL[k]
        c.font = Font(bold=True, color="FFFFFF")
        cov.cell(row=i, column=2, value=v)
    cov["A18"] = "Source key"
    cov["A18"].font = Font(bold=True)
    cov["A19"] = "CQC = CQC maternity inspection report (September 2024)"
    cov["A20"] = "MIS = Maternity Incentive Scheme Year 7 safety actions (SA)"
    cov["A21"] = "3YDP = NHS England three-year delivery plan for maternity and neonatal services"
    cov.column_dimensions["A"].width = 18
    cov.column_dimensions["B"].width = 70

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = MAT_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:L1")
    ws["A2"] = "Position at 31 December 2025 (reported to Quality and Safety Committee, 22 January 2026)"
    ws["A2"].font = Font(italic=True)
    header_row(ws, 4, ["Ref", "Source", "Action required", "Lead(s)", "Start date", "Original due date",
                       "Revised due date", "Delivery status", "Previous BRAG (Nov-25)", "Current BRAG (Dec-25)",
                       "Progress commentary", "Evidence"])
    r = 5
    for theme, acts in MAT_THEMES:
        c = ws.cell(row=r, column=1, value=theme)
        c.font = Font(bold=True)
        for col in range(1, 13):
            ws.cell(row=r, column=col).fill = THEME_FILL
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=12)
        r += 1
        for a in acts:
            ref, src, text, lead, start, due, rev, dstat, prev, cur, comm, evid, _exp = a
            vals = [ref, src, text, lead, start, due, rev, dstat, prev, cur, comm, evid]
            for col, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=col, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            if isinstance(due, dt.datetime) and due.day == 1:
                ws.cell(row=r, column=6).number_format = "mmm-yy"
            for col, k in ((9, prev), (10, cur)):
                ws.cell(row=r, column=col).fill = FILL[k]
                ws.cell(row=r, column=col).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
    r += 1
    ws.cell(row=r, column=1,
            value="Note: actions rated B stay on the plan for one reporting cycle and are then archived.").font = Font(italic=True)
    widths = [6, 14, 55, 28, 11, 12, 12, 18, 10, 10, 50, 28]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A5"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "BRAG summary – December 2025"
    sm["A1"].font = Font(bold=True, size=12)
    header_row(sm, 3, ["Theme", "B", "G", "A", "R", "Total"])
    rr = 4
    tot = [0, 0, 0, 0]
    for theme, acts in MAT_THEMES:
        counts = [sum(1 for a in acts if a[9] == k) for k in "BGAR"]
        tot = [x + y for x, y in zip(tot, counts)]
        sm.cell(row=rr, column=1, value=theme)
        for i, n in enumerate(counts, 2):
            sm.cell(row=rr, column=i, value=n)
        sm.cell(row=rr, column=6, value=sum(counts))
        rr += 1
    sm.cell(row=rr, column=1, value="Total").font = Font(bold=True)
    for i, n in enumerate(tot, 2):
        sm.cell(row=rr, column=i, value=n).font = Font(bold=True)
    sm.cell(row=rr, column=6, value=sum(tot)).font = Font(bold=True)
    sm.column_dimensions["A"].width = 70
    wb.save(out(MAT_NAME))


# ---------------------------------------------------------------------------
# 3. Forest of Dean DC - corporate risk register Q2 2025/26, xlsx
# ---------------------------------------------------------------------------
CRR_NAME = "jn2-forest-of-dean-dc-corporate-risk-register-q2-2025-26.xlsx"
CRR_TITLE = "Forest of Dean District Council – Corporate Risk Register"
CRR_RISKS = [
    ("CR01 – Financial sustainability",
     "Cause: reduced government funding, inflationary pressures and uncertainty over the Fair Funding Review.\n"
     "Consequence: the Council cannot set a balanced budget for 2026/27 and has to use reserves or reduce services.",
     "Chief Finance Officer", "4 x 4 = 16",
     "Medium Term Financial Strategy; monthly budget monitoring to Cabinet; reserves policy", "4 x 3 = 12", "↔", "R",
     [
         ("Deliver the 2025/26 savings and additional income programme of £1.2m, reporting progress monthly to the Corporate Leadership Team.",
          "Chief Finance Officer", D(2026, 3, 31), "A", (["Chief Finance Officer"], "2026-03", None, "amber")),
         ("Refresh the Medium Term Financial Strategy to reflect the outcome of the Fair Funding Review and the provisional settlement.",
          "Deputy Chief Finance Officer", D(2026, 2, 1), "G", (["Deputy Chief Finance Officer"], "2026-02", None, "green")),
     ]),
    ("CR02 – Local government reorganisation",
     "Cause: Government requirement for two-tier areas to move to unitary local government.\n"
     "Consequence: loss of focus on service delivery, staff turnover and risk to local priorities during transition.",
     "Chief Executive", "4 x 4 = 16",
     "LGR programme board; regular briefings for staff and councillors; joint working with Gloucestershire councils",
     "3 x 4 = 12", "↑", "R",
     [
         ("Agree the Gloucestershire proposal for unitary local government with the County Council and the other district councils for submission to Government.",
          "Chief Executive", D(2025, 11, 28), "G", (["Chief Executive"], "2025-11", None, "green")),
         ("Put in place a staff engagement and retention plan for the reorganisation transition period.",
          "Head of People and OD", D(2025, 12, 31), "G", (["Head of People and OD"], "2025-12", None, "green")),
     ]),
    ("CR03 – Cyber security",
     "Cause: increasing volume and sophistication of cyber attacks on the public sector.\n"
     "Consequence: loss of systems and data, inability to deliver services, fines and reputational damage.",
     "Head of ICT", "4 x 4 = 16",
     "Firewalls and endpoint protection; immutable back-ups; PSN compliance; phishing simulation", "2 x 4 = 8", "↓", "A",
     [
         ("Complete the Cyber Assessment Framework self-assessment and agree an improvement plan.",
          "ICT Security Manager", D(2025, 9, 30), "B", (["ICT Security Manager"], "2025-09", None, "blue")),
         ("Run a cyber incident tabletop exercise with the Corporate Leadership Team.",
          "ICT Security Manager; Emergency Planning Officer", "31/10/2025 revised to 31/01/2026", "A",
          (["ICT Security Manager", "Emergency Planning Officer"], "2026-01", None, "amber")),
         ("Achieve 95% completion of mandatory cyber awareness e-learning by staff and councillors.",
          "Head of ICT", "Ongoing", "G", (["Head of ICT"], None, "Ongoing", "green")),
     ]),
    ("CR04 – Homelessness and temporary accommodation demand",
     "Cause: rising homelessness presentations and a shortage of affordable housing in the district.\n"
     "Consequence: increased use of bed and breakfast, overspend on temporary accommodation and poor outcomes for households.",
     "Head of Housing", "4 x 3 = 12",
     "Homelessness prevention fund; landlord incentive scheme; weekly temporary accommodation review", "3 x 3 = 9", "↔", "A",
     [
         ("Bring the six additional temporary accommodation units purchased through the Local Authority Housing Fund into use.",
          "Housing Strategy Manager", D(2025, 12, 31), "R", (["Housing Strategy Manager"], "2025-12", None, "red")),
         ("Review the Homelessness and Rough Sleeping Strategy action plan and report progress to Cabinet.",
          "Housing Options Manager", D(2026, 3, 1), "G", (["Housing Options Manager"], "2026-03", None, "green")),
     ]),
]


def make_crr():
    wb = Workbook()
    ws = wb.active
    ws.title = "Corporate Risk Register"
    sm = wb.create_sheet("Summary")
    sm["A1"] = "Risk summary – residual scores, Quarter 1 and Quarter 2 2025/26"
    sm["A1"].font = Font(bold=True, size=12)
    header_row(sm, 3, ["Risk", "Risk owner", "Residual score Q1", "Residual score Q2", "Direction of travel"])
    q1 = {"CR01": 12, "CR02": 8, "CR03": 12, "CR04": 9}
    for i, rk in enumerate(CRR_RISKS, 4):
        title, _desc, owner, _inh, _ctl, resid, dot, col, _acts = rk
        sm.cell(row=i, column=1, value=title)
        sm.cell(row=i, column=2, value=owner)
        sm.cell(row=i, column=3, value=q1[title[:4]])
        c = sm.cell(row=i, column=4, value=int(resid.split("=")[1]))
        c.fill = FILL[col]
        sm.cell(row=i, column=5, value=dot)
    sm["A9"] = "Direction of travel: ↑ risk increasing, ↔ no change, ↓ risk reducing"
    sm.column_dimensions["A"].width = 55
    sm.column_dimensions["B"].width = 24

    ws["A1"] = CRR_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Quarter 2 2025/26 (July to September 2025)"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Reported to Audit and Governance Committee – 20 November 2025"
    ws["A5"] = "THE RISK"
    ws.merge_cells("A5:G5")
    ws["H5"] = "MITIGATING ACTIONS"
    ws.merge_cells("H5:K5")
    for c in ("A5", "H5"):
        ws[c].font = Font(bold=True, color="FFFFFF")
        ws[c].fill = HEAD_FILL
        ws[c].alignment = Alignment(horizontal="center")
    header_row(ws, 6, ["Risk", "Risk description (cause and consequence)", "Risk owner",
                       "Inherent risk (L x I)", "Key controls in place", "Residual risk (L x I)", "DoT",
                       "Further action required", "Action owner", "Target date", "Action status"])
    r = 7
    for title, desc, owner, inh, ctl, resid, dot, col, acts in CRR_RISKS:
        first = r
        for vcol, v in enumerate([title, desc, owner, inh, ctl, resid, dot], 1):
            c = ws.cell(row=r, column=vcol, value=v)
            c.alignment = WRAP
        ws.cell(row=r, column=1).font = Font(bold=True)
        ws.cell(row=r, column=6).fill = FILL[col]
        for text, aowner, tdate, st, _exp in acts:
            for vcol, v in ((8, text), (9, aowner), (10, tdate)):
                c = ws.cell(row=r, column=vcol, value=v)
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy" if v.day == 1 else "dd/mm/yyyy"
            ws.cell(row=r, column=11).fill = FILL[st]
            for vcol in range(1, 12):
                ws.cell(row=r, column=vcol).border = BOX
            r += 1
        if r - 1 > first:
            for vcol in range(1, 8):
                ws.merge_cells(start_row=first, start_column=vcol, end_row=r - 1, end_column=vcol)
    r += 1
    ws.cell(row=r, column=1, value="Action status key:").font = Font(bold=True)
    for i, (k, lab) in enumerate((("B", "Complete"), ("G", "On track"), ("A", "Some slippage"),
                                  ("R", "Off track / overdue")), 2):
        c = ws.cell(row=r, column=i, value=lab)
        c.fill = FILL[k]
    ws.cell(row=r + 1, column=1,
            value="Risk scoring: Likelihood (1–4) x Impact (1–4). Residual scores of 12–16 are High (red), "
                  "6–9 Medium (amber), 1–4 Low (green).")
    widths = [28, 45, 18, 12, 40, 12, 6, 50, 26, 16, 10]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w

    mx = wb.create_sheet("Scoring matrix")
    mx["A1"] = "Risk scoring matrix"
    mx["A1"].font = Font(bold=True)
    mx["A3"] = "Likelihood \\ Impact"
    for i in range(1, 5):
        mx.cell(row=3, column=i + 1, value=i)
        mx.cell(row=3 + i, column=1, value=5 - i)
        for j in range(1, 5):
            s = (5 - i) * j
            c = mx.cell(row=3 + i, column=j + 1, value=s)
            c.fill = FILL["R" if s >= 12 else "A" if s >= 6 else "G"]
    wb.save(out(CRR_NAME))


# ---------------------------------------------------------------------------
# 4. Harborough CSP - partnership plan 2025-26 delivery plan (typo month), xlsx
# ---------------------------------------------------------------------------
CSP_NAME = "jn2-harborough-csp-partnership-plan-2025-26-delivery-plan-typo-month-refuse.xlsx"
CSP_TITLE = "Harborough Community Safety Partnership – Partnership Plan 2025-26: Delivery Plan"
CSP_PRIORITIES = [
    ("Priority 1: Anti-social behaviour and rural crime", [
        ("1.1", "Run joint ASB patrols with Leicestershire Police in Market Harborough and Lutterworth town centres during the summer months.",
         "HDC Community Safety Team", "Leicestershire Police", "June – September 2025",
         "Patrol plan agreed; first patrols 20 June.", "14 joint patrols completed; 9 dispersal notices issued.", "G"),
        ("1.2", "Hold a rural crime awareness event with the Farmwatch scheme and the National Farmers' Union.",
         "Leicestershire Police Rural Crime Team", "NFU; HDC", "October 2025",
         "Venue booked.", "Event confirmed for 15 October at Market Harborough livestock market.", "G"),
        ("1.3", "Review the Public Spaces Protection Order for Market Harborough town centre before it expires.",
         "HDC Licensing and Community Safety Manager", "Leicestershire Police", "March 2026",
         "Not started.", "Consultation questions drafted.", "G"),
    ]),
    ("Priority 2: Domestic abuse and violence against women and girls", [
        ("2.1", "Achieve White Ribbon accreditation for Harborough District Council.",
         "HDC Community Safety Team", "", "Novmber 2025",
         "Application submitted.", "Action plan with White Ribbon UK for final review; ambassadors being recruited.", "A"),
        ("2.2", "Promote the Leicestershire domestic abuse helpline during the 16 Days of Action campaign.",
         "Living Without Abuse", "HDC; Leicestershire Police", "December 2025",
         "", "Campaign materials ordered.", "G"),
        ("2.3", "Deliver Ask for ANI training to pharmacies and licensed premises in the district.",
         "HDC Licensing and Community Safety Manager", "Leicestershire County Council", "January 2026",
         "", "Training dates to be set with the County Council.", "A"),
    ]),
    ("Priority 3: Serious violence and exploitation", [
        ("3.1", "Deliver the Serious Violence Duty local action plan for Harborough, including knife crime education in secondary schools.",
         "Leicestershire Police", "Violence Reduction Network; schools", "March 2026",
         "Schools programme scoped.", "Sessions delivered in 3 of 5 secondary schools.", "G"),
        ("3.2", "Map locations of concern for child exploitation with partners and share through the Joint Action Group.",
         "HDC Community Safety Team", "Children's Social Care; Leicestershire Police", "September 2025",
         "Mapping exercise under way.", "Complete – map shared at JAG 11 September.", "B"),
    ]),
]


def make_csp():
    wb = Workbook()
    ws = wb.active
    ws.title = "Delivery Plan"
    ws["A1"] = CSP_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Quarter 2 update (July – September 2025)"
    ws["A3"] = "Lead: HDC Community Safety Team, on behalf of the Harborough CSP Strategy Group"
    header_row(ws, 5, ["Ref", "Action", "Lead agency", "Partners", "Timescale", "Q1 update", "Q2 update", "RAG"])
    r = 6
    typo_row = None
    for prio, acts in CSP_PRIORITIES:
        c = ws.cell(row=r, column=1, value=prio)
        c.font = Font(bold=True)
        for col in range(1, 9):
            ws.cell(row=r, column=col).fill = THEME_FILL
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for a in acts:
            for col, v in enumerate(a, 1):
                cell = ws.cell(row=r, column=col, value=v)
                cell.alignment = WRAP
                cell.border = BOX
            ws.cell(row=r, column=8).fill = FILL[a[7]]
            if a[4].startswith("Novmber"):
                typo_row = r
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key: B = complete; G = on track; A = some delay; R = significant delay or not started")
    widths = [6, 60, 30, 30, 22, 35, 45, 6]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w

    pf = wb.create_sheet("Performance")
    pf["A1"] = "Partnership Plan 2025-26 – performance measures"
    pf["A1"].font = Font(bold=True)
    header_row(pf, 3, ["Measure", "2024-25 baseline", "Q1 2025-26", "Q2 2025-26", "Trend"])
    meas = [("ASB incidents reported to police", 1412, 361, 402, "↑"),
            ("Domestic abuse crimes recorded", 688, 170, 163, "↓"),
            ("Rural crime offences", 214, 49, 57, "↑"),
            ("Knife crime offences", 31, 6, 9, "↑")]
    for i, m in enumerate(meas, 4):
        for j, v in enumerate(m, 1):
            pf.cell(row=i, column=j, value=v)
    pf.column_dimensions["A"].width = 40
    wb.save(out(CSP_NAME))
    return typo_row


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
SHADE = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000",
         "Blue": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for run in p.runs:
                run.font.bold = True
        shade(c, "D9D9D9")


def landscape(d):
    s = d.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


# ---------------------------------------------------------------------------
# 5. BCP Safeguarding Adults Board - SAR 'Harold' action plan, docx
# ---------------------------------------------------------------------------
SAR_NAME = "jn2-bcp-sab-sar-harold-action-plan.docx"
SAR_TITLE = "Safeguarding Adults Review 'Harold' – Multi-agency Action Plan"
SAR_THEMES = [
    ("Theme A: Self-neglect and hoarding", [
        ("Recommendation 1",
         "BCP Safeguarding Adults Board should seek assurance that the multi-agency self-neglect and hoarding procedure is understood and used by frontline practitioners in all partner agencies.",
         [
             ("1.1", "Relaunch the self-neglect and hoarding procedure through a 7-minute briefing and two practitioner webinars.",
              "SAB Business Manager", "March 2025",
              "Briefing published 3 March 2025; webinars held 11 and 25 March (142 attendees).", "B",
              (["SAB Business Manager"], "2025-03", None, "blue")),
             ("1.2", "Audit a sample of 20 self-neglect concerns to test use of the procedure and report the findings to the Quality Assurance Subgroup.",
              "Chair, Quality Assurance Subgroup", "September 2025",
              "Audit completed for 14 of 20 cases; report to go to the December subgroup.", "A",
              (["Chair, Quality Assurance Subgroup"], "2025-09", None, "amber")),
         ]),
        ("Recommendation 2",
         "Partner agencies should ensure that mental capacity assessments are decision-specific and consider executive functioning where a person repeatedly declines support.",
         [
             ("2.1", "Update Mental Capacity Act training to cover executive functioning, using case studies from this review.",
              "Principal Social Worker (BCP Council); Named Nurse Safeguarding Adults (UHD)", "31 July 2025",
              "Training updated and delivered from June 2025.", "B",
              (["Principal Social Worker (BCP Council)", "Named Nurse Safeguarding Adults (UHD)"], "2025-07", None, "blue")),
             ("2.2", "Add a prompt on executive capacity to the adult social care assessment recording template.",
              "Head of Practice Quality (Adult Social Care)", "December 2025",
              "Change request raised with the systems team; testing in November.", "G",
              (["Head of Practice Quality (Adult Social Care)"], "2025-12", None, "green")),
         ]),
    ]),
    ("Theme B: Multi-agency working and escalation", [
        ("Recommendation 3",
         "The SAB should promote the use of multi-agency risk management (MARM) meetings for adults who self-neglect and whose risk is escalating.",
         [
             ("3.1", "Publish MARM guidance and a referral form on the SAB website.",
              "SAB Business Manager", "June 2025",
              "Published 2 June 2025.", "B",
              (["SAB Business Manager"], "2025-06", None, "blue")),
             ("3.2", "Report the number of MARM meetings held each quarter to the Board.",
              "SAB Business Manager", "Quarterly",
              "Q1 and Q2 figures reported (9 and 13 meetings).", "G",
              (["SAB Business Manager"], None, "Quarterly", "green")),
         ]),
        ("Recommendation 4",
         "Dorset HealthCare and primary care should make sure that people who repeatedly miss appointments are followed up and that the risk is shared with other agencies.",
         [
             ("4.1", "Review the Did Not Attend policy for community mental health teams so that a multi-agency risk check is made after two missed appointments.",
              "Head of Safeguarding (Dorset HealthCare)", "Q3 2025/26",
              "No update received for this report.", "R",
              (["Head of Safeguarding (Dorset HealthCare)"], "2025-12", None, "red")),
             ("4.2", "Share the learning from this review with GP practices through the primary care safeguarding forum.",
              "Designated Nurse Safeguarding Adults (NHS Dorset)", "November 2025",
              "On the agenda for the forum on 20 November 2025.", "G",
              (["Designated Nurse Safeguarding Adults (NHS Dorset)"], "2025-11", None, "green")),
         ]),
    ]),
]


def make_sar():
    d = docx.Document()
    landscape(d)
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    d.add_paragraph(SAR_TITLE, style="Title")
    d.add_paragraph("Bournemouth, Christchurch and Poole Safeguarding Adults Board")
    d.add_paragraph("Progress update for the SAR Subgroup – November 2025")

    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in (("Document owner", "SAB Business Manager"), ("Version", "1.4"),
                 ("Approved by", "BCP Safeguarding Adults Board, 12 March 2025"),
                 ("Last updated", "4 November 2025"), ("Next review", "February 2026")):
        row = t.add_row().cells
        row[0].text = k
        row[1].text = v
        shade(row[0], "D9D9D9")
    d.add_paragraph()
    d.add_heading("RAG key", level=2)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in (("B", "Complete – evidence received"), ("G", "On track"),
                 ("A", "Some delay – expected to complete"), ("R", "Not on track / no update received")):
        row = t.add_row().cells
        row[0].text = k
        row[1].text = v
        shade(row[0], SHADE[k])

    for theme, recs in SAR_THEMES:
        d.add_heading(theme, level=1)
        for rec_head, rec_text, acts in recs:
            d.add_heading(rec_head, level=2)
            p = d.add_paragraph(rec_text)
            p.runs[0].italic = True
            t = d.add_table(rows=1, cols=6)
            t.style = "Table Grid"
            for c, lab in zip(t.rows[0].cells, ["No.", "Action", "Lead", "Target date", "Progress update", "RAG"]):
                c.text = lab
            bold_row(t.rows[0])
            for ref, text, lead, date, upd, rag, _exp in acts:
                row = t.add_row().cells
                for c, v in zip(row, [ref, text, lead, date, upd, rag]):
                    c.text = v
                shade(row[5], SHADE[rag])
            d.add_paragraph()
    d.add_paragraph("Next update due to the SAR Subgroup in February 2026.")
    d.save(out(SAR_NAME))


# ---------------------------------------------------------------------------
# 6. North West Leicestershire CSP - DHR 'Karen' action plan, docx
#    (Home Office DHR action plan template columns)
# ---------------------------------------------------------------------------
DHR_NAME = "jn2-north-west-leicestershire-csp-dhr-karen-action-plan.docx"
DHR_TITLE = "Domestic Homicide Review 'Karen' – Action Plan"
DHR_RECS = [
    ("1. The Community Safety Partnership should raise awareness of economic abuse and coercive control among older victims in North West Leicestershire.",
     "Local", [
         ("Deliver a local awareness campaign on economic abuse aimed at residents aged over 60, using libraries, GP surgeries and Coalville market.",
          "NWLDC Community Safety Team", "Campaign materials agreed with the survivor reference group (January 2025)",
          "March 2025", "Completed 28/03/2025 – campaign reached an estimated 4,100 residents", "Blue",
          (["NWLDC Community Safety Team"], "2025-03", None, "blue")),
         ("Include older victims and economic abuse in the refreshed domestic abuse training for district council frontline staff.",
          "NWLDC / Leicestershire County Council", "Training module drafted; first session booked for 9 October 2025",
          "31/10/2025", "", "Green",
          (["NWLDC", "Leicestershire County Council"], "2025-10", None, "green")),
     ]),
    ("2. Leicestershire Police should ensure that officers attending domestic abuse incidents between adult family members complete a DASH risk assessment with each adult victim.",
     "Local", [
         ("Issue a briefing to all response officers on completing DASH in adult family violence incidents.",
          "Leicestershire Police", "Briefing issued through the Force intranet and team briefings",
          "30/06/2025", "Completed – briefing issued 12/06/2025", "Blue",
          (["Leicestershire Police"], "2025-06", None, "blue")),
         ("Dip-sample 50 adult family violence incidents to check DASH completion and report the results to the Domestic Abuse Delivery Group.",
          "Leicestershire Police", "Sample selected; review under way",
          "December 2025", "", "Green",
          (["Leicestershire Police"], "2025-12", None, "green")),
     ]),
    ("3. Leicestershire Partnership NHS Trust and GP practices should improve routine enquiry about domestic abuse with patients living with dementia and their carers.",
     "Local", [
         ("Add routine enquiry prompts on domestic abuse to the memory assessment service template.",
          "LPT", "Template change submitted to the SystmOne change board (July 2025)",
          "31/08/2025", "", "Red",
          (["LPT"], "2025-08", None, "red")),
         ("Deliver domestic abuse awareness training to GP practices in the North West Leicestershire primary care networks.",
          "LLR ICB Safeguarding Team", "Two of four networks trained",
          "March 2026", "", "Green",
          (["LLR ICB Safeguarding Team"], "2026-03", None, "green")),
     ]),
    ("4. Leicestershire County Council Adult Social Care should ensure that carers' assessments consider the risk of domestic abuse between the carer and the person they care for.",
     "Local", [
         ("Amend the carers' assessment guidance to include questions on domestic abuse and coercive control.",
          "Leicestershire County Council Adult Social Care", "Guidance amended and published on the practice hub",
          "30/09/2025", "Completed 22/09/2025", "Blue",
          (["Leicestershire County Council Adult Social Care"], "2025-09", None, "blue")),
         ("Audit 30 carers' assessments completed after the guidance change.",
          "Leicestershire County Council Adult Social Care", "",
          "Q1 2026/27", "", "",
          (["Leicestershire County Council Adult Social Care"], "2026-06", None, "unrated")),
     ]),
]


def make_dhr():
    d = docx.Document()
    landscape(d)
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(9)
    d.add_paragraph(DHR_TITLE, style="Title")
    d.add_paragraph("North West Leicestershire Community Safety Partnership")
    p = d.add_paragraph("Position at 10 November 2025. This action plan monitors the recommendations of the "
                        "Overview Report and is reviewed by the DHR Steering Group every quarter.")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in (("Version", "v5 – November 2025"), ("Plan owner", "Community Safety Manager, NWLDC"),
                 ("Review panel chair", "Independent Chair"),
                 ("Home Office approval", "Overview Report approved for publication, December 2024")):
        row = t.add_row().cells
        row[0].text = k
        row[1].text = v
        shade(row[0], "D9D9D9")
    d.add_paragraph()
    heads = ["Recommendation", "Scope of recommendation i.e. local or regional", "Action to take",
             "Lead Agency", "Key milestones achieved in enacting recommendation", "Target Date",
             "Date of completion and Outcome", "RAG"]
    t = d.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    for c, lab in zip(t.rows[0].cells, heads):
        c.text = lab
    bold_row(t.rows[0])
    for rec, scope, acts in DHR_RECS:
        first = len(t.rows)
        for i, (text, lead, miles, target, done, rag, _exp) in enumerate(acts):
            row = t.add_row().cells
            if i == 0:
                row[0].text = rec
                row[1].text = scope
            for c, v in zip(row[2:], [text, lead, miles, target, done, rag]):
                c.text = v
            if rag:
                shade(row[7], SHADE[rag])
        last = len(t.rows) - 1
        if last > first:
            for col in (0, 1):
                t.cell(first, col).merge(t.cell(last, col))
    d.add_paragraph()
    d.add_paragraph("RAG: Red – not started or overdue; Amber – delayed; Green – on track; Blue – complete. "
                    "Blank – not yet due to start.")
    d.save(out(DHR_NAME))


# ---------------------------------------------------------------------------
# 7. Cheshire West and Chester Council - transformation highlight report, txt
# ---------------------------------------------------------------------------
TXT_NAME = "jn2-cheshire-west-chester-council-transformation-programme-highlight-report.txt"
TXT_TITLE = "Cheshire West and Chester Council – Transformation Programme Highlight Report"
TXT_WS = [
    ("Workstream 1: Customer and Digital", "Head of Customer and Digital Services", "A", "G", [
        ("1.1", ["Go live with the new customer portal – phase 1 (council tax and benefits)"],
         "Digital Programme Manager", "Sep-25", "Nov-25", "C",
         (["Digital Programme Manager"], "2025-11", None, "blue")),
        ("1.2", ["Move 12 high-volume web forms onto the new platform"],
         "Digital Programme Manager", "Dec-25", "Feb-26", "A",
         (["Digital Programme Manager"], "2026-02", None, "amber")),
        ("1.3", ["Pilot AI-assisted call triage in the Contact Centre on the revenues line,",
                 "then extend to adult social care enquiries"],
         "Contact Centre Manager", "Jan-26", "Mar-26", "A",
         (["Contact Centre Manager"], "2026-03", None, "amber")),
    ]),
    ("Workstream 2: Workforce and Accommodation", "Chief People Officer", "G", "G", [
        ("2.1", ["Agree the new hybrid working policy with the recognised trade unions"],
         "Chief People Officer", "Oct-25", "Oct-25", "C",
         (["Chief People Officer"], "2025-10", None, "blue")),
        ("2.2", ["Vacate the Winsford office and relocate staff to the Chester and Ellesmere Port hubs"],
         "Head of Assets and Property", "Mar-26", "Mar-26", "G",
         (["Head of Assets and Property"], "2026-03", None, "green")),
        ("2.3", ["Deliver the Leading Change development programme to 300 managers"],
         "Head of Organisational Development", "Jul-26", "Jul-26", "G",
         (["Head of Organisational Development"], "2026-07", None, "green")),
    ]),
    ("Workstream 3: Managing Demand", "Director of Adult Social Care", "R", "A", [
        ("3.1", ["Launch the Family Help front door with the locality teams"],
         "Head of Early Help / Head of Children's Social Care", "Jan-26", "Apr-26", "R",
         (["Head of Early Help", "Head of Children's Social Care"], "2026-04", None, "red")),
        ("3.2", ["Deliver £2.4m savings from reablement and technology-enabled care"],
         "Director of Adult Social Care", "Mar-26", "Mar-26", "A",
         (["Director of Adult Social Care"], "2026-03", None, "amber")),
        ("3.3", ["Re-tender home to school transport routes for September 2026"],
         "Head of Transport Commissioning", "Jul-26", "Aug-26", "G",
         (["Head of Transport Commissioning"], "2026-08", None, "green")),
    ]),
]


def make_txt():
    L = [
        TXT_TITLE,
        "Reporting period: December 2025 (Period 9)",
        "Transformation Programme Board: 14 January 2026",
        "Senior Responsible Owner: Deputy Chief Executive",
        "",
        "OVERALL PROGRAMME STATUS: AMBER (last period: AMBER)",
        "RAG key: G = on track; A = at risk, recovery plan in place; R = off track, Board decision needed; C = complete",
        "",
        "Programme summary",
        "The programme remains Amber. Customer and Digital milestones have slipped by one to two months because of",
        "supplier capacity, and the Family Help front door is now forecast for April 2026. Savings of £5.1m are",
        "forecast against the £5.6m 2025/26 target.",
        "",
    ]
    for ws, lead, now, last, ms in TXT_WS:
        L += [ws,
              "Workstream lead: " + lead,
              "Status this period: %s    Last period: %s" % (now, last),
              "",
              "Key milestones",
              "\t".join(["Ref", "Milestone", "Owner", "Baseline date", "Forecast date", "RAG"])]
        for ref, lines, owner, base, fc, rag, _exp in ms:
            L.append("\t".join([ref, lines[0], owner, base, fc, rag]))
            for extra in lines[1:]:
                L.append("\t".join(["", extra, "", "", "", ""]))
        L.append("")
    L += [
        "Top risks and issues",
        "- Supplier capacity for web form build (Customer and Digital). Mitigation: second supplier framework call-off.",
        "- Recruitment to locality team manager posts (Managing Demand). Mitigation: interim cover agreed to March.",
        "",
        "Decisions required from Programme Board",
        "- Approve the revised forecast date for the Family Help front door (April 2026).",
        "",
        "Milestone summary: 9 milestones - Complete 2, On track 3, At risk 3, Off track 1",
        "Next report: February 2026",
    ]
    with open(out(TXT_NAME), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")


if __name__ == "__main__":
    make_csv()
    make_maternity()
    make_crr()
    row = make_csp()
    make_sar()
    make_dhr()
    make_txt()
    print("typo month row (Harborough CSP):", row)
