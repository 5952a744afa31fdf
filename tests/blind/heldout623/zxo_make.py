"""Build the seven zxo- blind test files (set heldout623).

Run with: /work/main/.venv/bin/python zxo_make.py
Writes only files whose names start with "zxo-" in this script's folder.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zxo-")
    return os.path.join(HERE, name)


D = dt.datetime
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)
FILL = {
    "red": PatternFill("solid", fgColor="FF0000"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "green": PatternFill("solid", fgColor="00B050"),
    "blue": PatternFill("solid", fgColor="00B0F0"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "navy": PatternFill("solid", fgColor="1F3864"),
    "pale": PatternFill("solid", fgColor="DDEBF7"),
}
RAGWORD_FILL = {"Red": "red", "Amber": "amber", "Green": "green", "Complete": "blue",
                "R": "red", "A": "amber", "G": "green", "B": "blue"}


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


# ---------------------------------------------------------------------------
# 1. Cornwall Council - strategic risk register (xlsx)
# ---------------------------------------------------------------------------
CORNWALL_TITLE = "Cornwall Council – Strategic Risk Register 2025/26"
CORNWALL_RISKS = [
    {
        "risk": "SR01 – Financial resilience",
        "desc": "Increasing demand for adult social care, children's placements and home to school "
                "transport, combined with uncertainty over the Fair Funding Review, leads to the Council "
                "being unable to set or deliver a balanced budget across the MTFP period, requiring "
                "unplanned reductions to services.",
        "owner": "Service Director – Finance (S151 Officer)",
        "current": "20 (4 x 5)", "target": "12 (3 x 4)",
        "actions": [
            ("1a", "Deliver the 2025/26 savings programme of £31.6m, with monthly tracking of delivery at "
                   "Leadership Team and escalation of any savings rated red.",
             "Service Director – Finance (S151 Officer)", D(2026, 3, 31), "Amber", "Amber",
             "£24.9m (79%) of savings forecast as delivered at month 5; mitigations identified for the "
             "£4.2m rated red."),
            ("1b", "Refresh the Medium Term Financial Plan to 2029/30 following the Provisional Local "
                   "Government Finance Settlement.",
             "Head of Strategic Finance", "February 2026", "Green", "Green",
             "Scenario modelling under way; MTFP report scheduled for Cabinet in February 2026."),
            ("1c", "Complete the review of reserves and the Dedicated Schools Grant deficit recovery plan, "
                   "and agree the statutory override exit position with DfE.",
             "Head of Strategic Finance / Service Director – Education", "Q4 2025/26", "Red", "Amber",
             "Safety Valve discussions with DfE resumed in September; reserves review to Audit "
             "Committee in January."),
        ],
    },
    {
        "risk": "SR04 – Adult social care market sufficiency",
        "desc": "Shortage of domiciliary care and nursing capacity, particularly in West Cornwall, results "
                "in people waiting for care, delayed hospital discharges and increased use of high-cost "
                "placements.",
        "owner": "Strategic Director – Care and Wellbeing",
        "current": "16 (4 x 4)", "target": "9 (3 x 3)",
        "actions": [
            ("4a", "Re-commission the domiciliary care framework on a zoned model, with new contracts "
                   "mobilised in the first three zones.",
             "Head of Commissioning – Adult Social Care", D(2026, 6, 30), "Green", "Green",
             "Tender evaluation complete; contract award report to Cabinet in December 2025."),
            ("4b", "Open the 20 additional reablement beds at the former care home site and recruit the "
                   "reablement team.",
             "Service Director – Adult Social Care Operations", "Sept 2025", "Amber", "Complete",
             "Beds opened 1 September 2025; 17 of 20 occupied at 30 September."),
        ],
    },
    {
        "risk": "SR07 – Cyber security and resilience",
        "desc": "A successful cyber attack or major ICT failure leads to loss of systems and data, "
                "disruption to critical services and reputational and financial damage.",
        "owner": "Chief Information Officer",
        "current": "15 (3 x 5)", "target": "10 (2 x 5)",
        "actions": [
            ("7a", "Achieve compliance with the Cyber Assessment Framework (CAF) for local government "
                   "baseline profile.",
             "Chief Information Officer", D(2026, 3, 31), "Amber", "Amber",
             "Gap analysis complete; 11 of 38 contributing outcomes still partially achieved."),
            ("7b", "Run a whole-council cyber incident exercise with Leadership Team and Gold commanders, "
                   "and update the ICT disaster recovery plan.",
             "Head of ICT Infrastructure; Emergency Management Team Manager", "Nov-25", "Green", "Green",
             "Exercise booked for 18 November 2025 with the Local Resilience Forum."),
        ],
    },
    {
        "risk": "SR09 – SEND sufficiency and outcomes",
        "desc": "Rising numbers of EHC needs assessments and insufficient local specialist places lead to "
                "statutory timescales being missed, increased independent placement costs and poorer "
                "outcomes for children and young people with SEND.",
        "owner": "Strategic Director – Children, Families and Schools",
        "current": "20 (5 x 4)", "target": "12 (4 x 3)",
        "actions": [
            ("9a", "Improve the timeliness of EHC needs assessments so that 60% of new plans are issued "
                   "within 20 weeks.",
             "Head of SEND", "Ongoing – monitored monthly", "Red", "Red",
             "38% within 20 weeks (Aug 2025); additional educational psychology capacity commissioned."),
            ("9b", "Open the new specialist resource bases at two secondary schools in Camborne and Bodmin "
                   "(48 places).",
             "Head of School Organisation and Capital", D(2026, 9, 1), "Green", None,  # Q2: fill only
             "Planning consent granted for both sites; build contracts let."),
        ],
    },
]


def make_cornwall():
    wb = Workbook()
    # --- Summary sheet
    s = wb.active
    s.title = "Summary"
    s["A1"] = CORNWALL_TITLE
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Risk profile – Quarter 2 2025/26"
    s["A2"].font = BOLD
    hdr = ["Risk ref", "Risk", "Risk owner", "Q1 score", "Q2 score", "Direction of travel"]
    for c, h in enumerate(hdr, 1):
        cell = s.cell(row=4, column=c, value=h)
        cell.font = BOLD
        cell.fill = FILL["grey"]
        cell.border = BOX
    summ = [
        ("SR01", "Financial resilience", "Service Director – Finance (S151 Officer)", 20, 20, "No change"),
        ("SR04", "Adult social care market sufficiency", "Strategic Director – Care and Wellbeing", 16, 16,
         "No change"),
        ("SR07", "Cyber security and resilience", "Chief Information Officer", 15, 15, "No change"),
        ("SR09", "SEND sufficiency and outcomes", "Strategic Director – Children, Families and Schools", 16, 20,
         "Increasing"),
    ]
    for r, row in enumerate(summ, 5):
        for c, v in enumerate(row, 1):
            cell = s.cell(row=r, column=c, value=v)
            cell.border = BOX
    s["A10"] = "Red risks (score 15+): 4    Amber risks (8–14): 0    Green risks (1–7): 0"
    s["A11"] = ("Risks SR02, SR03, SR05, SR06, SR08 and SR10 contain exempt information and are reported "
                "in the Part 2 appendix.")
    widths(s, [10, 40, 45, 10, 10, 20])

    # --- Register sheet
    ws = wb.create_sheet("Strategic Risk Register")
    ws.merge_cells("A1:L1")
    ws["A1"] = CORNWALL_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:L2")
    ws["A2"] = ("Quarter 2 update – position at 30 September 2025. Reviewed by Leadership Team 14 October "
                "2025; reported to Audit Committee 27 November 2025.")
    headers = ["Risk", "Risk description (cause / event / effect)", "Risk owner", "Current score (L x I)",
               "Target score", "Ref", "Further mitigating actions", "Action owner", "Target date",
               "Q1 status", "Q2 status", "Q2 progress commentary"]
    for c, h in enumerate(headers, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = FILL["navy"]
        cell.alignment = WRAP
        cell.border = BOX
    r = 5
    for risk in CORNWALL_RISKS:
        n = len(risk["actions"])
        first = r
        for (ref, text, owner, date, q1, q2, comm) in risk["actions"]:
            vals = [None, None, None, None, None, ref, text, owner, date, q1, q2, comm]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
            dcell = ws.cell(row=r, column=9)
            if isinstance(date, dt.datetime):
                dcell.number_format = "dd/mm/yyyy"
            for col, word in ((10, q1), (11, q2)):
                if word:
                    ws.cell(row=r, column=col).fill = FILL[RAGWORD_FILL[word]]
            if q2 is None:  # fill-only current status
                ws.cell(row=r, column=11).fill = FILL["green"]
            r += 1
        for col, key in ((1, "risk"), (2, "desc"), (3, "owner"), (4, "current"), (5, "target")):
            ws.cell(row=first, column=col, value=risk[key])
            if n > 1:
                ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
            ws.cell(row=first, column=col).alignment = WRAP
        ws.cell(row=first, column=1).font = BOLD
    ws.cell(row=r + 1, column=1,
            value="Action status: Green – on track; Amber – at risk of delay; Red – off track; "
                  "Complete – action delivered. See 'Scoring matrix' for the risk scoring key.")
    widths(ws, [24, 45, 26, 11, 10, 6, 50, 30, 14, 10, 10, 45])
    ws.freeze_panes = "A5"

    # --- Scoring matrix
    m = wb.create_sheet("Scoring matrix")
    m["A1"] = "Risk scoring matrix (Likelihood x Impact)"
    m["A1"].font = BOLD
    rows = [("Score", "Likelihood", "Impact"), (1, "Rare", "Negligible"), (2, "Unlikely", "Minor"),
            (3, "Possible", "Moderate"), (4, "Likely", "Major"), (5, "Almost certain", "Critical")]
    for i, row in enumerate(rows, 3):
        for c, v in enumerate(row, 1):
            m.cell(row=i, column=c, value=v).border = BOX
    m["A10"] = "Overall score: 15–25 Red (high); 8–14 Amber (medium); 1–7 Green (low)"
    widths(m, [10, 18, 18])
    wb.save(out("zxo-cornwall-council-strategic-risk-register-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 2. Isle of Wight Council - internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
IOW_TITLE = "Isle of Wight Council – Internal Audit Recommendations Tracker"
IOW_AUDITS = [
    ("Accounts Payable 2024/25 – Reasonable assurance", [
        ("AP1", "High",
         "Supplier bank detail changes were not always independently verified by telephone call-back to a "
         "known contact. All bank detail amendments should be verified using contact details held "
         "independently of the change request before being processed.",
         "Call-back verification to be made mandatory in the supplier amendment procedure, with evidence of "
         "the call-back retained on the vendor record and a monthly exception report reviewed by the "
         "Accounts Payable Team Leader.",
         "Accounts Payable Team Leader", D(2025, 6, 30), None, "B",
         "Procedure updated June 2025; IA sample testing in October 2025 confirmed compliance."),
        ("AP2", "Medium",
         "The vendor master file contains 1,146 suppliers with no transactions in the last 24 months. "
         "Dormant suppliers should be reviewed and deactivated on a regular cycle.",
         "Undertake an initial cleanse of dormant suppliers and introduce an annual review of the vendor "
         "master file.",
         "Accounts Payable Team Leader / Systems Accountant", D(2025, 9, 30), D(2026, 3, 31), "A",
         "Initial cleanse delayed by the finance system upgrade; now scheduled for Q4."),
        ("AP3", "Medium",
         "Purchase orders were raised retrospectively for 14% of invoices sampled. Compliance with "
         "'No PO, No Pay' should be reinforced.",
         "Issue a reminder to all budget holders and report retrospective purchase orders by directorate "
         "to the Corporate Management Team quarterly.",
         "Strategic Manager – Procurement and Contract Management", D(2025, 12, 31), None, "G",
         "Reminder issued November 2025; first quarterly report due to CMT in January."),
    ]),
    ("Housing Needs – Temporary Accommodation 2024/25 – Limited assurance", [
        ("TA1", "High",
         "Placements in nightly-paid accommodation were not always supported by a signed booking form or "
         "checked against the approved rate card. All placements should be authorised in line with the "
         "approved rate card and evidenced on the case management system.",
         "Introduce a placement authorisation form with Team Manager sign-off above the rate card, and "
         "reconcile provider invoices to placements on the case management system before payment.",
         "Head of Housing Needs and Homelessness", D(2025, 7, 31), D(2025, 11, 30), "R",
         "Revised date missed. Authorisation form in use; invoice reconciliation not yet started. "
         "Escalated to Director of Community Services."),
        ("TA2", "Medium",
         "Property inspections of temporary accommodation were not recorded for 9 of 20 units sampled.",
         "Implement a schedule of inspections for all temporary accommodation units before first use and "
         "annually thereafter, recorded on the case management system.",
         "Housing Standards Manager", D(2025, 9, 30), D(2026, 1, 31), "A",
         "Inspection schedule agreed; 31 of 58 units inspected."),
        ("TA3", "Low",
         "The temporary accommodation procedure was last reviewed in 2021.",
         "Review and republish the temporary accommodation procedure.",
         "Housing Needs Team Manager", D(2025, 11, 30), None, "B",
         "Revised procedure published November 2025."),
    ]),
    ("Cyber Security – Third Party Access 2023/24 – Limited assurance", [
        ("CS2", "High",
         "Third-party suppliers retained standing remote access to council systems. Remote access for "
         "suppliers should be granted on request, time-limited and logged.",
         "Move all supplier remote access onto the privileged access management solution with session "
         "recording and time-limited approval.",
         "Head of ICT and Digital Services", D(2025, 3, 31), D(2026, 6, 30), "A",
         "PAM solution procured; 6 of 15 suppliers migrated."),
        ("CS4", "Medium",
         "There was no consolidated register of suppliers with access to council data. A register should be "
         "maintained and reviewed annually by information asset owners.",
         "Create a register of third parties with access to council systems or data, linked to the "
         "information asset register, and complete the first annual review.",
         "Information Governance Manager; Head of ICT and Digital Services", D(2024, 9, 30), D(2026, 3, 31),
         "A", "Register created; annual review by information asset owners under way."),
    ]),
]


def make_iow():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = IOW_TITLE
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Report to Audit and Governance Committee – 26 January 2026"
    hdr = ["Priority", "Total agreed actions", "Implemented (B)", "On track (G)",
           "Revised date agreed (A)", "Overdue (R)"]
    for c, h in enumerate(hdr, 1):
        cell = s.cell(row=4, column=c, value=h)
        cell.font = BOLD
        cell.fill = FILL["grey"]
        cell.border = BOX
    counts = [("High", 3, 1, 0, 1, 1), ("Medium", 4, 0, 1, 3, 0), ("Low", 1, 1, 0, 0, 0),
              ("Total", 8, 2, 1, 4, 1)]
    for r, row in enumerate(counts, 5):
        for c, v in enumerate(row, 1):
            cell = s.cell(row=r, column=c, value=v)
            cell.border = BOX
            if row[0] == "Total":
                cell.font = BOLD
    widths(s, [12, 20, 16, 14, 22, 12])

    ws = wb.create_sheet("Recommendations")
    ws.merge_cells("A1:J1")
    ws["A1"] = IOW_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:J2")
    ws["A2"] = ("Position as at 31 December 2025 – agreed management actions from 2023/24 and 2024/25 "
                "audits")
    ws.merge_cells("A3:J3")
    ws["A3"] = ("RAG: B = implemented and verified by Internal Audit; G = on track for target date; "
                "A = revised date agreed; R = overdue against revised date / no revised date agreed")
    ws["A3"].font = Font(italic=True)
    headers = ["Audit (year) / assurance", "Rec no.", "Priority", "Finding and recommendation",
               "Agreed management action", "Responsible officer", "Original target date",
               "Revised target date", "RAG", "Management update (December 2025)"]
    for c, h in enumerate(headers, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = FILL["navy"]
        cell.alignment = WRAP
        cell.border = BOX
    r = 6
    for audit, recs in IOW_AUDITS:
        first = r
        for (no, prio, finding, action, officer, orig, rev, rag, upd) in recs:
            vals = [None, no, prio, finding, action, officer, orig, rev, rag, upd]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
            for col in (7, 8):
                ws.cell(row=r, column=col).number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=9).fill = FILL[RAGWORD_FILL[rag]]
            ws.cell(row=r, column=9).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
        ws.cell(row=first, column=1, value=audit).font = BOLD
        ws.cell(row=first, column=1).alignment = WRAP
        if r - first > 1:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    ws.cell(row=r + 1, column=1,
            value="Note: Recommendations CS1 and CS3 were reported as implemented to the Committee in July "
                  "2025 and have been removed from this tracker.")
    widths(ws, [26, 8, 9, 48, 48, 28, 13, 13, 6, 40])
    ws.freeze_panes = "B6"
    wb.save(out("zxo-isle-of-wight-council-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 3. Lincolnshire County Council - transformation programme highlight report (xlsx)
# ---------------------------------------------------------------------------
LINCS_TITLE = "Lincolnshire County Council – Transformation Programme"
LINCS_WS = [
    ("Workstream 1: Customer Experience", [
        ("CX-01", "Launch the Digital Front Door for highways fault reporting and blue badge applications",
         "Head of Customer Services", D(2025, 9, 1), D(2025, 11, 1), "amber",
         "Integration testing with the highways works system delayed; go-live re-planned."),
        ("CX-02", "Complete the migration of the Customer Service Centre telephony to the cloud contact "
                  "platform",
         "Head of Customer Services; ICT Service Delivery Manager", D(2025, 10, 1), D(2025, 10, 1), "blue",
         "Completed 14 October 2025."),
        ("CX-03", "Publish the Customer Experience Strategy 2026–2030 following consultation",
         "Assistant Director – Communities", D(2026, 1, 1), D(2026, 1, 1), "green",
         "Consultation closed 24 October; 1,212 responses being analysed."),
    ]),
    ("Workstream 2: Digital and Data", [
        ("DD-01", "Decommission the legacy social care case management system following data migration to "
                  "the new platform",
         "Chief Digital Officer", D(2025, 12, 1), D(2026, 3, 1), "red",
         "Data migration reconciliation errors; extension to be decided by Board (CR-12)."),
        ("DD-02", "Roll out Microsoft 365 Copilot pilot to 300 users and evaluate productivity benefits",
         "Head of Digital Transformation", D(2025, 11, 1), D(2025, 11, 1), "green",
         "212 licences assigned; evaluation survey issued."),
        ("DD-03", "Implement the corporate data platform and first three directorate performance dashboards",
         "Head of Business Intelligence and Performance", D(2026, 2, 1), D(2026, 2, 1), "green",
         "Platform build complete; Adult Care dashboard in user testing."),
    ]),
    ("Workstream 3: Workforce and Ways of Working", [
        ("WF-01", "Implement the revised management spans and layers structure in Place directorate",
         "Assistant Director – Human Resources", D(2025, 10, 1), D(2025, 12, 1), "amber",
         "Consultation extended by three weeks at the request of trade unions."),
        ("WF-02", "Deliver the Leading Change programme to all Tier 4 and Tier 5 managers (cohorts 1–6)",
         "Head of Organisational Development", D(2025, 7, 1), D(2025, 7, 1), "blue",
         "All six cohorts completed; 184 managers attended."),
    ]),
    ("Workstream 4: Commercial and Procurement", [
        ("CP-01", "Re-procure the corporate fleet contract through a framework call-off, delivering £0.4m "
                  "annual saving",
         "Head of Commercial; Fleet Manager", D(2026, 3, 1), D(2026, 3, 1), "green",
         "Specification agreed with services; call-off issued 20 October."),
        ("CP-02", "Complete the fees and charges review and take revised charges to Executive as part of "
                  "budget setting",
         "Head of Commercial", D(2026, 1, 1), D(2026, 2, 1), "amber",
         "Benchmarking complete; Executive date moved to February to align with budget report."),
    ]),
]


def make_lincs():
    wb = Workbook()
    h = wb.active
    h.title = "Highlight Report"
    h["A1"] = LINCS_TITLE
    h["A1"].font = Font(bold=True, size=14)
    h["A2"] = "Programme Highlight Report – Period 7 (October 2025)"
    h["A2"].font = Font(bold=True, size=12)
    kv = [("Senior Responsible Owner", "Executive Director – Resources"),
          ("Programme Manager", "Transformation Programme Manager"),
          ("Reporting period", "1 – 31 October 2025"),
          ("Report to", "Transformation Board, 12 November 2025")]
    for i, (k, v) in enumerate(kv, 4):
        h.cell(row=i, column=1, value=k).font = BOLD
        h.cell(row=i, column=2, value=v)
    h["A9"] = "Programme status"
    h["A9"].font = BOLD
    for c, (k, col) in enumerate([("Overall", "amber"), ("Time", "amber"), ("Cost", "green"),
                                  ("Scope", "green"), ("Benefits", "amber")], 1):
        h.cell(row=10, column=c, value=k).font = BOLD
        h.cell(row=10, column=c).border = BOX
        h.cell(row=11, column=c).fill = FILL[col]
        h.cell(row=11, column=c).border = BOX
    h["A13"] = "Key achievements this period"
    h["A13"].font = BOLD
    h["A14"] = "• Customer Service Centre telephony migrated to the cloud contact platform on 14 October."
    h["A15"] = "• Customer Experience Strategy consultation closed with 1,212 responses."
    h["A16"] = "• Fleet contract call-off issued to framework suppliers."
    h["A18"] = "Decisions required from Transformation Board"
    h["A18"].font = BOLD
    h["A19"] = ("• Approve change request CR-12 to extend parallel running of the legacy social care "
                "system to March 2026.")
    h["A21"] = "Milestone detail is on the 'Milestones' tab; benefits tracking on the 'Benefits' tab."
    widths(h, [28, 40, 12, 12, 12])

    ws = wb.create_sheet("Milestones")
    ws.merge_cells("A1:G1")
    ws["A1"] = "Transformation Programme – Milestone Tracker (Period 7, October 2025)"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A2:G2")
    ws["A2"] = ("Status key: Green – on track; Amber – at risk, mitigation in place; Red – off track, "
                "Board decision needed; Blue – complete")
    ws["A2"].font = Font(italic=True)
    headers = ["ID", "Milestone / deliverable", "Owner", "Baseline date", "Forecast date", "Status",
               "Commentary / mitigation"]
    for c, t in enumerate(headers, 1):
        cell = ws.cell(row=4, column=c, value=t)
        cell.font = BOLD
        cell.fill = FILL["grey"]
        cell.border = BOX
        cell.alignment = WRAP
    r = 5
    for wsname, items in LINCS_WS:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        cell = ws.cell(row=r, column=1, value=wsname)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = FILL["navy"]
        r += 1
        for (mid, text, owner, base, fc, rag, comm) in items:
            vals = [mid, text, owner, base, fc, None, comm]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
            ws.cell(row=r, column=4).number_format = "mmm-yy"
            ws.cell(row=r, column=5).number_format = "mmm-yy"
            ws.cell(row=r, column=6).fill = FILL[rag]
            r += 1
    widths(ws, [8, 55, 32, 11, 11, 8, 48])
    ws.freeze_panes = "A5"

    b = wb.create_sheet("Benefits")
    b["A1"] = "Benefits tracker – 2025/26 (£000)"
    b["A1"].font = BOLD
    rows = [("Workstream", "Target 2025/26", "Forecast 2025/26", "Variance"),
            ("Customer Experience", 650, 520, -130), ("Digital and Data", 900, 900, 0),
            ("Workforce and Ways of Working", 1200, 1050, -150), ("Commercial and Procurement", 750, 700, -50),
            ("Total", 3500, 3170, -330)]
    for i, row in enumerate(rows, 3):
        for c, v in enumerate(row, 1):
            cell = b.cell(row=i, column=c, value=v)
            cell.border = BOX
            if i in (3, 8):
                cell.font = BOLD
    widths(b, [32, 16, 16, 12])
    wb.save(out("zxo-lincolnshire-county-council-transformation-programme-highlight-report.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


HEX = {"red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "00B0F0", "grey": "D9D9D9",
       "navy": "1F3864", "pale": "DDEBF7"}


# ---------------------------------------------------------------------------
# 4. Derbyshire Safeguarding Adults Board - SAR Adult J action plan (docx)
# ---------------------------------------------------------------------------
DSAB_TITLE = "Safeguarding Adults Review: Adult J – Multi-agency Action Plan"
DSAB_RECS = [
    ("Recommendation 1 – Self-neglect and hoarding",
     "DSAB should seek assurance that partner agencies apply the Derbyshire and Derby self-neglect and "
     "hoarding guidance, including the use of multi-agency risk management meetings where an adult "
     "declines support.",
     [("1.1", "Refresh the self-neglect and hoarding practice guidance to strengthen the escalation route to "
              "multi-agency risk management meetings.",
       "DSAB Policy and Procedures Sub Group Chair", "March 2026",
       "Draft guidance out to consultation until 31 January 2026.", "Green"),
      ("1.2", "Deliver briefings on self-neglect and executive capacity to adult social care, housing and "
              "primary care practitioners.",
       "DSAB Learning and Development Sub Group / Designated Nurse – Safeguarding Adults", "Q1 2026/27",
       "Two of six briefings delivered (86 attendees).", "Green"),
      ("1.3", "Undertake a multi-agency audit of self-neglect cases closed in the last 12 months to test "
              "whether risk management meetings were considered.",
       "DSAB Quality Assurance Sub Group Chair", "30/06/2026",
       "Audit tool agreed; case sample delayed pending data from two agencies.", "Amber")]),
    ("Recommendation 2 – Mental capacity and executive functioning",
     "Partner agencies should ensure that mental capacity assessments for adults who repeatedly decline care "
     "consider executive functioning, and that this is recorded.",
     [("2.1", "Update the adult social care mental capacity assessment template to include prompts on "
              "executive functioning.",
       "Principal Social Worker (Adults)", "31/10/2025",
       "New template live on the case recording system from 27 October 2025.", "Blue"),
      ("2.2", "Include executive functioning in the annual mental capacity audit across health providers and "
              "report findings to the SAR Sub Group.",
       "Derby and Derbyshire ICB – Named GP for Safeguarding Adults", "Ongoing (annual audit)",
       "Added to 2025/26 audit programme; first report due to SAR Sub Group in May 2026.", "Green")]),
    ("Recommendation 3 – Information sharing with housing providers",
     "DSAB should work with district and borough councils and registered housing providers to agree how "
     "concerns about self-neglect and fire risk are shared and escalated.",
     [("3.1", "Agree a joint protocol with Derbyshire Fire and Rescue Service for referrals for Safe and Well "
              "visits where hoarding is identified.",
       "Derbyshire Fire and Rescue Service – Head of Prevention", "Dec 2025",
       "Protocol drafted; awaiting sign-off by district housing leads.", "Amber"),
      ("3.2", "Add housing and registered provider representatives to the membership of the DSAB Self-Neglect "
              "Task and Finish Group.",
       "DSAB Business Manager", "Nov 2025",
       "Three housing providers attended from November 2025.", "Blue"),
      ("3.3", "Carry out a survey of housing officers' confidence in raising safeguarding concerns, and repeat "
              "after 12 months to measure impact.",
       "District Council Safeguarding Leads Group", "January 2027",
       "Baseline survey issued December 2025.", "Green")]),
]


def make_dsab():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph(DSAB_TITLE, style="Title")
    doc.add_paragraph("Derbyshire Safeguarding Adults Board (DSAB)")

    doc.add_paragraph("Document control", style="Heading 2")
    dc = doc.add_table(rows=1, cols=4)
    dc.style = "Table Grid"
    for c, t in enumerate(["Version", "Date", "Author", "Comments"]):
        set_cell(dc.rows[0].cells[c], t, bold=True)
    for row in [("1.0", "18/09/2025", "DSAB Business Manager", "Agreed by SAR Sub Group"),
                ("2.0", "27/11/2025", "DSAB Business Manager", "Agency updates added"),
                ("3.0", "15/01/2026", "DSAB Business Manager", "RAG ratings updated for Board, February 2026")]:
        cells = dc.add_row().cells
        for c, t in enumerate(row):
            set_cell(cells[c], t)

    doc.add_paragraph("Background", style="Heading 2")
    doc.add_paragraph(
        "Adult J was a 68-year-old man who lived alone in North East Derbyshire. He died in March 2024 "
        "following a house fire. Agencies had been aware for several years that he was living in "
        "increasingly cluttered conditions and that he declined offers of care. The review was completed "
        "by an independent reviewer in July 2025 and the Board accepted all three recommendations. This "
        "plan is monitored by the DSAB SAR Sub Group.")

    doc.add_paragraph("RAG key", style="Heading 2")
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for word, meaning, col in [("Blue", "Complete – evidence of impact received by the SAR Sub Group", "blue"),
                               ("Green", "On track", "green"),
                               ("Amber", "Progressing but behind target date", "amber"),
                               ("Red", "Not progressing / significant concern", "red")]:
        cells = key.add_row().cells
        set_cell(cells[0], word, bold=True)
        shade(cells[0], HEX[col])
        set_cell(cells[1], meaning)

    for heading, rectext, actions in DSAB_RECS:
        doc.add_paragraph(heading, style="Heading 2")
        p = doc.add_paragraph()
        run = p.add_run(rectext)
        run.italic = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in enumerate(["Ref", "Action", "Lead agency / officer", "Target date",
                               "Evidence / progress", "RAG"]):
            set_cell(t.rows[0].cells[c], h, bold=True)
            shade(t.rows[0].cells[c], HEX["pale"])
        for (ref, text, lead, date, ev, rag) in actions:
            cells = t.add_row().cells
            for c, v in enumerate([ref, text, lead, date, ev, rag]):
                set_cell(cells[c], v)
            shade(cells[5], HEX[rag.lower()])
        doc.add_paragraph()

    doc.add_paragraph("Sign-off", style="Heading 2")
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for c, t in enumerate(["Role", "Name", "Date"]):
        set_cell(so.rows[0].cells[c], t, bold=True)
    for c, t in enumerate(["Chair, DSAB SAR Sub Group", "—", "15/01/2026"]):
        set_cell(so.rows[1].cells[c], t)
    doc.add_paragraph("Next review of this plan: SAR Sub Group, April 2026.")
    doc.save(out("zxo-derbyshire-safeguarding-adults-board-sar-adult-j-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Essex Safeguarding Children Board - LCSPR Baby E action plan (docx)
# ---------------------------------------------------------------------------
ESCB_TITLE = "Baby E – Local Child Safeguarding Practice Review: Action Plan"
ESCB_RECS = [
    ("Recommendation 1: Partners should strengthen the identification of fathers and male carers in pre-birth "
     "assessments, including checks on their history.",
     [("1a", "Amend the pre-birth assessment multi-agency protocol to require checks on all adults in the "
             "household, including partners who are not the biological father.",
       "ESCB Policy and Procedures Group", "March 2026",
       "Protocol amendments drafted; to go to ESCB Executive in March.", "amber"),
      ("1b", "Midwifery booking records to include a mandatory field for the name and details of the father "
             "or male carer.",
       "Director of Midwifery, Mid and South Essex NHS FT; Director of Midwifery, East Suffolk and North "
       "Essex NHS FT", "31/12/2025",
       "Mandatory field live in both trusts' maternity systems from December 2025.", "green")]),
    ("Recommendation 2: The ESCB should seek assurance that practitioners understand the increased risk to "
     "babies when parents are under stress, including the use of the ICON programme.",
     [("2a", "Re-launch ICON (Babies cry, you can cope) messages through midwifery, health visiting and GP "
             "practices, with a focus on fathers.",
       "Designated Nurse Safeguarding Children (Essex ICBs)", "Sept 2025",
       "Re-launched during ICON Week, September 2025.", "green"),
      ("2b", "Audit a sample of health visiting records to confirm that ICON messages were given at the new "
             "birth visit and 6–8 week review.",
       "Essex Child and Family Wellbeing Service – Head of Quality", "Q4 2025/26",
       "Audit tool agreed; 40 records to be sampled in February.", "amber")]),
    ("Recommendation 3: Children's social care and Essex Police should review how information about domestic "
     "abuse incidents is shared when a pregnancy is known.",
     [("3a", "Add a pregnancy/new baby flag to the domestic abuse risk assessment (DARA) so that midwifery and "
             "health visiting are notified via the MASH.",
       "Essex Police – Head of Public Protection", "June 2026",
       "Awaiting changes to the police recording system; date under review.", "red"),
      ("3b", "Deliver joint training for MASH staff on the threshold for sharing domestic abuse information "
             "with health partners.",
       "MASH Service Manager / Detective Inspector, MASH", "Apr 2026",
       "Training content agreed; sessions booked for March and April.", "amber")]),
]


def make_escb():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)

    doc.add_paragraph(ESCB_TITLE, style="Title")
    p = doc.add_paragraph("Essex Safeguarding Children Board (ESCB)")
    p.runs[0].bold = True

    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [("Review", "Local Child Safeguarding Practice Review – Baby E"),
                 ("Published", "8 July 2025"),
                 ("Plan owner", "ESCB Case Review Group"),
                 ("Monitoring", "Quarterly updates to the ESCB Case Review Group; exception reports to "
                                "ESCB Executive"),
                 ("Last updated", "20 January 2026")]:
        cells = info.add_row().cells
        set_cell(cells[0], k, bold=True)
        shade(cells[0], HEX["grey"])
        set_cell(cells[1], v)

    doc.add_paragraph()
    doc.add_paragraph("RAG rating: Green – completed; Amber – in progress and on track; Red – overdue or "
                      "not started.")

    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in enumerate(["No.", "Action", "Lead", "Timescale", "Progress update (January 2026)", "RAG"]):
        set_cell(t.rows[0].cells[c], h, bold=True)
        shade(t.rows[0].cells[c], HEX["pale"])
    for rec, actions in ESCB_RECS:
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[5])
        set_cell(merged, rec, bold=True)
        shade(merged, HEX["grey"])
        for (no, text, lead, when, upd, rag) in actions:
            cells = t.add_row().cells
            for c, v in enumerate([no, text, lead, when, upd, ""]):
                set_cell(cells[c], v)
            shade(cells[5], HEX[rag])
    widths_cm = [1.2, 8.0, 5.0, 2.6, 7.0, 1.4]
    for row in t.rows:
        for i, w in enumerate(widths_cm):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)
    doc.add_paragraph()
    doc.add_paragraph("Actions rated Green (completed) will be removed from the plan once the Case Review "
                      "Group has seen evidence of impact.")
    doc.save(out("zxo-essex-safeguarding-children-board-lcspr-baby-e-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Plymouth Health and Wellbeing Board - action log (csv)
# ---------------------------------------------------------------------------
PLY_ROWS = [
    ["Plymouth Health and Wellbeing Board", "", "", "", "", "", ""],
    ["Action Log – updated following the meeting held on 11 September 2025", "", "", "", "", "", ""],
    ["", "", "", "", "", "", ""],
    ["Action No.", "Minute", "Action", "Responsible officer", "Target date", "RAG", "Update"],
    ["Meeting held on 12 June 2025", "", "", "", "", "", ""],
    ["HWB/25/01", "Min 5", "Circulate the Better Care Fund 2025/26 plan, as submitted to NHS England, to all "
     "Board members.", "Hopkins, Claire", "30/06/2025", "Complete", "Circulated 24 June 2025."],
    ["HWB/25/02", "Min 7", "Bring the draft Pharmaceutical Needs Assessment 2025 to the September meeting for "
     "sign-off before consultation.", "Director of Public Health", "Sep-25", "Complete",
     "Considered at the September meeting (item 8)."],
    ["HWB/25/03", "Min 8", "Develop a shared dashboard of child healthy weight indicators.\nDashboard to include "
     "NCMP, school survey and Healthy Start uptake data.",
     "Public Health Intelligence Manager; Head of Business Intelligence, NHS Devon", "December 2025", "Green",
     "First draft shared with Public Health DMT in August."],
    ["Meeting held on 11 September 2025", "", "", "", "", "", ""],
    ["HWB/25/04", "Min 14", "Arrange a Board development session on the refresh of the Joint Local Health and "
     "Wellbeing Strategy, with partners from the Plymouth Alliance and the voluntary sector.",
     "Strategy and Policy Lead (Public Health)", "Next meeting (Dec 2025)", "Green",
     "Venue booked; facilitator confirmed."],
    ["HWB/25/05", "Min 16", "Write to the Secretary of State, on behalf of the Board, about the impact of the "
     "proposed changes to public health grant allocations on Plymouth.", "Chair of the Board", "31/10/2025",
     "Amber", "Draft letter with the Chair for approval; awaiting updated grant figures."],
    ["HWB/25/06", "Min 17", "Provide an update on the Sexual Health Needs Assessment recommendations, including "
     "waiting times for long-acting reversible contraception (LARC).", "Sexual Health Commissioning Manager",
     "Mar-26", "Not started", ""],
    ["HWB/25/07", "Min 18", "Confirm the Board's representative on the Devon Integrated Care Partnership and "
     "update the Board's terms of reference.", "Democratic Advisor", "Ongoing", "Green",
     "Terms of reference draft to go to the December meeting."],
    ["", "", "", "", "", "", ""],
    ["RAG key: Complete – action closed (removed at the next update); Green – on track; Amber – at risk or "
     "delayed; Red – overdue; Not started – not yet due to start.", "", "", "", "", "", ""],
]


def make_plymouth():
    with open(out("zxo-plymouth-health-and-wellbeing-board-action-log.csv"), "w", encoding="utf-8",
              newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in PLY_ROWS:
            w.writerow(row)


# ---------------------------------------------------------------------------
# 7. Devon County Council - strategic plan annual delivery plan (txt, tab-separated) - REFUSE
# ---------------------------------------------------------------------------
DEVON_LINES = [
    ["Devon County Council – Strategic Plan 2025–2029"],
    ["Annual Delivery Plan 2025/26 – Quarter 2 progress (exported from the performance management system, "
     "03/11/2025)"],
    [],
    ["Ref", "Activity", "Lead", "Target date", "Status", "Q2 commentary"],
    ["Priority 1: Children and young people"],
    ["1.1", "Increase the number of Devon foster carers by 40 through the Fostering Recruitment and Retention "
            "Plan", "Head of Fostering", "March 2026", "Amber", "Net increase of 14 carers at the end of Q2."],
    ["1.2", "Reduce the number of children waiting more than 20 weeks for an EHC needs assessment through the "
            "SEND Improvement Programme", "Director of Education and Learning", "December 2025", "Red",
     "Backlog reduced from 612 to 447; additional assessment capacity starts in November."],
    ["1.3", "Open the 16-place special school satellite in Okehampton", "Head of Education Infrastructure",
     "September 2025", "Complete", "Opened 3 September 2025."],
    ["Priority 2: Care and health"],
    ["2.1", "Reduce the number of people waiting for a Care Act assessment to below 500",
     "Director of Integrated Adult Social Care", "March 2026", "Amber", "689 people waiting at 30 September."],
    ["2.2", "Extend the Technology Enabled Care offer to 1,000 additional people", "Head of Commissioning (Adults)",
     "Febuary 2026", "Green", "318 new installations in the first half of the year."],
    ["2.3", "Publish the Devon Carers Strategy refresh with the Devon Carers partnership",
     "Head of Commissioning (Adults); Director of Public Health", "January 2026", "Green",
     "Co-production workshops completed in September."],
    ["Priority 3: Environment, transport and communities"],
    ["3.1", "Deliver the 2025/26 pothole and patching programme on the A and B road network",
     "Head of Highways", "March 2026", "Green", "71% of the programme delivered."],
    ["3.2", "Install 150 new public electric vehicle charge points through the LEVI programme",
     "Head of Climate Change, Environment and Transport", "June 2026", "Amber",
     "Supplier appointed; first installations delayed by grid connection dates."],
    ["3.3", "Launch the Devon Community Resilience Fund second round", "Head of Communities", "October 2025",
     "Complete", "Fund launched 6 October 2025; 84 applications received."],
    [],
    ["Status key: Complete; Green – on track; Amber – some slippage, recovery in place; Red – off track"],
]


def make_devon():
    with open(out("zxo-devon-county-council-strategic-plan-annual-delivery-plan-2025-26-typo-month-refuse.txt"),
              "w", encoding="utf-8", newline="") as f:
        for cells in DEVON_LINES:
            f.write("\t".join(cells) + "\r\n")


if __name__ == "__main__":
    make_cornwall()
    make_iow()
    make_lincs()
    make_dsab()
    make_escb()
    make_plymouth()
    make_devon()
    print("built 7 files in", HERE)
