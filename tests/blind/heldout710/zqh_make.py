"""Build the seven zqh- blind test files (set heldout710).

Run with /work/main/.venv/bin/python zqh_make.py ; writes into this script's folder.
Only files starting with zqh- are written.
"""
import csv
import io
import os
from datetime import datetime as dt

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
    assert name.startswith("zqh-")
    return os.path.join(HERE, name)


def fill(hex6):
    return PatternFill("solid", start_color=hex6, end_color=hex6)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
RED, AMBER, GREEN, BLUE, GREY = "FF0000", "FFC000", "00B050", "5B9BD5", "D9D9D9"


# ---------------------------------------------------------------------------
# 1. Coastal Housing Group - strategic risk register (xlsx, 3 sheets,
#    two-row header, merged risk cells, aims as section rows, revised dates)
# ---------------------------------------------------------------------------
def coastal():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Coastal Housing Group"
    cov["A1"].font = Font(bold=True, size=16, color="1F4E79")
    cov["A2"] = "Strategic Risk Register 2025/26"
    cov["A2"].font = Font(bold=True, size=14)
    rows = [
        ("Reported to:", "Audit & Risk Committee – 25 November 2025"),
        ("Review point:", "Quarter 2 (July – September 2025)"),
        ("Register owner:", "Director of Governance & Assurance"),
        ("Version:", "2.3 (Executive Team review 4 November 2025)"),
    ]
    for i, (a, b) in enumerate(rows, start=4):
        cov.cell(i, 1, a).font = Font(bold=True)
        cov.cell(i, 2, b)
    cov["A9"] = "Risk scoring"
    cov["A9"].font = Font(bold=True)
    cov["A10"] = ("Likelihood (1–5) × Impact (1–5). Score 15–25 = High; "
                  "8–12 = Medium; 1–6 = Low. Residual score is after key controls.")
    cov["A12"] = "Action status key"
    cov["A12"].font = Font(bold=True)
    key = [
        ("Complete", BLUE),
        ("On track", GREEN),
        ("At risk – may miss target date", AMBER),
        ("Off track / overdue", RED),
        ("Not started", None),
    ]
    for i, (t, c) in enumerate(key, start=13):
        cell = cov.cell(i, 1, t)
        cell.border = BOX
        if c:
            cell.fill = fill(c)
    cov["A19"] = "Trend since last review:  ▲ increased   ► no change   ▼ reduced"
    cov.column_dimensions["A"].width = 34
    cov.column_dimensions["B"].width = 60

    hm = wb.create_sheet("Heat map")
    hm["A1"] = "Residual risk heat map – Q2 2025/26"
    hm["A1"].font = Font(bold=True, size=12)
    hm["A3"] = "Likelihood ↓ / Impact →"
    for j in range(1, 6):
        hm.cell(3, 1 + j, j).font = Font(bold=True)
    placed = {(3, 5): "SR01", (3, 4): "SR04", (3, 3): "SR05", (4, 4): "SR08",
              (2, 4): "SR09"}
    for r, lik in enumerate(range(5, 0, -1), start=4):
        hm.cell(r, 1, lik).font = Font(bold=True)
        for imp in range(1, 6):
            c = hm.cell(r, 1 + imp, placed.get((lik, imp)))
            s = lik * imp
            c.fill = fill("F8696B" if s >= 15 else "FFEB84" if s >= 8 else "63BE7B")
            c.border = BOX
    hm["A11"] = "High (15–25): 2 risks    Medium (8–12): 3 risks    Low (1–6): 0 risks"

    ws = wb.create_sheet("Register")
    ncol = 18
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A1"] = "Coastal Housing Group – Strategic Risk Register 2025/26 (Q2 review)"
    ws["A1"].font = Font(bold=True, size=13, color="FFFFFF")
    ws["A1"].fill = fill("1F4E79")
    top = {1: "Ref", 2: "Risk", 3: "Risk owner", 4: "Inherent risk", 7: "Key controls in place",
           8: "Residual risk", 11: "Trend", 12: "No.", 13: "Further actions required",
           14: "Action owner", 15: "Target date", 16: "Revised date",
           17: "Progress update (Q2)", 18: "Status"}
    for c, t in top.items():
        ws.cell(3, c, t)
    for c in (1, 2, 3, 7, 11, 12, 13, 14, 15, 16, 17, 18):
        ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
    ws.merge_cells("D3:F3")
    ws.merge_cells("H3:J3")
    for c, t in zip((4, 5, 6, 8, 9, 10), ("L", "I", "Score") * 2):
        ws.cell(4, c, t)
    for r in (3, 4):
        for c in range(1, ncol + 1):
            cell = ws.cell(r, c)
            cell.font = Font(bold=True)
            cell.fill = fill("BDD7EE")
            cell.border = BOX
            cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")

    status_fill = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED,
                   "Not started": None}
    D = lambda d, m, y: dt(y, m, d)
    register = [
        ("Strategic aim 1: Safe, warm and sustainable homes", [
            ("SR01", "Landlord health and safety compliance", "Director of Property Services",
             (4, 5), "Compliance dashboard reported monthly to Executive Team and quarterly to Board; "
             "annual fire risk assessment programme; gas and electrical contractor KPIs",
             (3, 5), "►", [
                 ("1.1", "Complete the transfer of all compliance data (gas, electrical, fire, water, "
                  "asbestos, lifts) into the new Assets & Compliance system and reconcile it against "
                  "the stock list", "Head of Compliance", D(30, 9, 2025), D(31, 12, 2025),
                  "Gas, electrical and lifts data migrated. Fire and asbestos records reconciliation "
                  "outstanding (c. 140 blocks).", "At risk"),
                 ("1.2", "Commission an independent assurance review of the fire safety remedial "
                  "actions process", "Director of Governance & Assurance", D(31, 10, 2025), None,
                  "Review carried out in October; final report to be taken to ARC in November.",
                  "Complete"),
                 ("1.3", "Roll out the damp, mould and condensation triage process to all repairs "
                  "operatives, with every case tracked to closure", "Head of Repairs / Head of "
                  "Customer Experience", D(31, 1, 2026), None,
                  "Triage app live with two of five patches; remaining patches trained by January.",
                  "On track"),
             ]),
        ]),
        ("Strategic aim 2: Financial strength and value for money", [
            ("SR04", "Breach of loan covenants (interest cover)", "Director of Finance",
             (4, 5), "Quarterly covenant forecasting; Treasury Management Policy; golden rules "
             "agreed by Board; funders' compliance certificates", (3, 4), "▲", [
                 ("4.1", "Refresh the 30-year business plan with stress testing of the combined "
                  "WHQS 2023 and rent settlement scenarios, and present it to Board",
                  "Director of Finance", D(30, 11, 2025), "Dec 2025",
                  "Scenarios agreed with Treasury Committee; Board session booked for 9 December.",
                  "At risk"),
                 ("4.2", "Agree a golden rules recovery plan with lenders if interest cover falls "
                  "below 115% in the quarterly forecast", "Director of Finance / Head of Treasury",
                  "Quarterly", None, "Q2 forecast 128%; no trigger reached.", "On track"),
             ]),
            ("SR05", "Cost of the WHQS 2023 investment programme exceeds business plan assumptions",
             "Director of Property Services", (4, 4), "Asset management strategy; approved "
             "investment programme with quarterly cost reporting; contingency held in business plan",
             (3, 3), "►", [
                 ("5.1", "Complete stock condition surveys to 100% of homes to inform the WHQS 2023 "
                  "baseline return to Welsh Government", "Head of Asset Management",
                  D(31, 3, 2026), None,
                  "62% of homes surveyed at end of Q2; a second surveying contractor is being "
                  "procured.", "Off track"),
                 ("5.2", "Procure a new framework for planned investment works (kitchens, bathrooms, "
                  "roofing)", "Head of Procurement & Head of Asset Management", D(30, 6, 2026), None,
                  "Due to start once the stock condition data is complete.", "Not started"),
             ]),
        ]),
        ("Strategic aim 3: A well-governed organisation that tenants trust", [
            ("SR08", "Cyber attack causing loss of systems or data", "Director of Resources",
             (4, 5), "Managed detection and response service; MFA on all accounts; immutable "
             "back-ups tested quarterly; annual penetration test", (4, 4), "►", [
                 ("8.1", "Achieve Cyber Essentials Plus re-certification", "Head of IT",
                  D(31, 8, 2025), None, "Certificate issued 21 August 2025.", "Complete"),
                 ("8.2", "Run a cyber incident exercise with the Executive Team and test the "
                  "business continuity plan for a housing management system outage",
                  "Head of IT / Business Continuity Lead", D(31, 10, 2025), D(28, 2, 2026),
                  "Exercise postponed because of the housing system upgrade; provider rebooked "
                  "for February.", "Off track"),
             ]),
            ("SR09", "Failure to meet the Regulatory Standards for housing associations in Wales "
             "(governance and tenant voice)", "Chief Executive", (3, 5), "Board and committee "
             "structure; annual self-evaluation; co-regulatory engagement with Welsh Government",
             (2, 4), "▼", [
                 ("9.1", "Implement the recommendations of the 2025 external Board effectiveness "
                  "review", "Chair / Company Secretary", D(31, 3, 2026), None,
                  "6 of 11 recommendations implemented; skills matrix refreshed.", "On track"),
                 ("9.2", "Publish the self-evaluation against the Regulatory Standards and share "
                  "it with the Tenant Scrutiny Panel", "Company Secretary", D(31, 10, 2025), None,
                  "Published on website 24 October 2025; Panel session held 29 October.",
                  "Complete"),
             ]),
        ]),
    ]
    r = 5
    for aim, risks in register:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        c = ws.cell(r, 1, aim)
        c.font = Font(bold=True, color="1F4E79")
        c.fill = fill("DDEBF7")
        r += 1
        for ref, title, owner, inh, controls, res, trend, actions in risks:
            first = r
            for no, text, lead, tgt, rev, upd, st in actions:
                ws.cell(r, 12, no)
                ws.cell(r, 13, text)
                ws.cell(r, 14, lead)
                c = ws.cell(r, 15, tgt)
                if isinstance(tgt, dt):
                    c.number_format = "dd/mm/yyyy"
                c = ws.cell(r, 16, rev)
                if isinstance(rev, dt):
                    c.number_format = "dd/mm/yyyy"
                ws.cell(r, 17, upd)
                c = ws.cell(r, 18, st)
                if status_fill[st]:
                    c.fill = fill(status_fill[st])
                r += 1
            last = r - 1
            vals = {1: ref, 2: title, 3: owner, 4: inh[0], 5: inh[1], 6: inh[0] * inh[1],
                    7: controls, 8: res[0], 9: res[1], 10: res[0] * res[1], 11: trend}
            for col, v in vals.items():
                ws.cell(first, col, v)
                if last > first:
                    ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
            for rr in range(first, last + 1):
                for col in range(1, ncol + 1):
                    ws.cell(rr, col).border = BOX
                    ws.cell(rr, col).alignment = WRAP
    r += 1
    ws.cell(r, 1, "Risks SR02, SR03, SR06 and SR07 are below the Board's reporting threshold this "
            "quarter and are held on the operational risk register.").font = Font(italic=True)
    widths = [7, 28, 18, 4, 4, 6, 40, 4, 4, 6, 6, 5, 48, 24, 12, 12, 40, 11]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A5"
    wb.active = 2
    wb.save(out("zqh-coastal-housing-group-strategic-risk-register-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 2. Tearfund - ARC internal audit recommendations tracker (xlsx, refuse:
#    "Febuary 2026" in a revised due date on Tracker row 14)
# ---------------------------------------------------------------------------
def tearfund():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "Tearfund – internal audit recommendations: position at 31 October 2025"
    sm["A1"].font = Font(bold=True, size=12)
    hdr = ["Priority", "Open at 30 June 2025", "New recommendations", "Implemented in period",
           "Open at 31 October 2025", "Of which past original due date"]
    for j, h in enumerate(hdr, start=1):
        c = sm.cell(3, j, h)
        c.font = Font(bold=True)
        c.fill = fill("D9E1F2")
        c.border = BOX
        c.alignment = WRAP
    data = [("High", 2, 2, 1, 3, 1), ("Medium", 4, 3, 3, 4, 2), ("Low", 1, 1, 0, 2, 0)]
    for i, row in enumerate(data, start=4):
        for j, v in enumerate(row, start=1):
            sm.cell(i, j, v).border = BOX
    sm.cell(7, 1, "Total").font = Font(bold=True)
    for j in range(2, 7):
        col = get_column_letter(j)
        c = sm.cell(7, j, f"=SUM({col}4:{col}6)")
        c.font = Font(bold=True)
        c.border = BOX
    sm["A9"] = "Detail of each recommendation is on the Tracker sheet."
    sm.column_dimensions["A"].width = 14
    for j in range(2, 7):
        sm.column_dimensions[get_column_letter(j)].width = 18

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "Tearfund"
    ws["A1"].font = Font(bold=True, size=14, color="00857C")
    ws["A2"] = "Audit & Risk Committee – 20 November 2025 (Agenda item 7)"
    ws["A3"] = "Internal audit recommendations tracker – open and recently implemented actions"
    ws["A3"].font = Font(bold=True, size=12)
    ws["A4"] = ("Priority: High – implement within 3 months; Medium – within 6 months; "
                "Low – within 12 months.  Status: Implemented / In progress / Overdue / Not started")
    ws["A4"].font = Font(italic=True, size=9)
    hdr = ["Rec", "Finding and recommendation", "Priority", "Agreed management action",
           "Action owner", "Original due date", "Revised due date",
           "Management update (October 2025)", "Status"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(6, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("00857C")
        c.border = BOX
        c.alignment = WRAP
    st_fill = {"Implemented": BLUE, "In progress": GREEN, "Overdue": RED, "Not started": None}
    D = lambda d, m, y: dt(y, m, d)
    groups = [
        ("IA 24/25-02  Safeguarding case management (Moderate assurance) – report issued "
         "February 2025", [
             ("1", "Case records did not always show who reviewed the risk assessment. "
              "Recommendation: record the reviewer and date on every case file.", "Medium",
              "Add mandatory reviewer and review-date fields to the case management system and "
              "brief all Safeguarding Focal Points.", "Head of Safeguarding", D(31, 5, 2025), None,
              "Fields live since April; checked by Internal Audit in September.", "Implemented"),
             ("2", "Three country offices had not reported allegations to the UK team within "
              "48 hours. Recommendation: monitor reporting timeliness.", "High",
              "Produce a monthly timeliness report for the Safeguarding Committee and follow up "
              "every late report with the Country Director.", "Head of Safeguarding",
              D(31, 5, 2025), "31/12/2025",
              "Report designed; first two months produced manually while the dashboard is built.",
              "In progress"),
             ("3", "Safeguarding training records were held locally. Recommendation: hold one "
              "central record of mandatory training.", "Low",
              "Move safeguarding training completion records into the global HR system.",
              "Global People Director", D(30, 9, 2025), "Mar 2026",
              "HR system module procured; data load planned for Q4.", "In progress"),
         ]),
        ("IA 24/25-05  Partner due diligence and monitoring (Limited assurance) – report issued "
         "May 2025", [
             ("1", "Due diligence was not refreshed for 9 of 25 partners sampled. Recommendation: "
              "refresh due diligence at least every three years.", "High",
              "Set up a due diligence refresh schedule for all active partners and report "
              "compliance quarterly to the Executive Leadership Team.",
              "Director of International Programmes", D(31, 8, 2025), None,
              "Schedule in place; 71% of partners now within the three-year cycle.", "Overdue"),
             ("2", "Partner financial monitoring visits were not documented consistently. "
              "Recommendation: use a standard visit template.", "Medium",
              "Issue a standard monitoring visit template and checklist, and train programme "
              "finance staff in its use.", "Head of Programme Finance", D(30, 9, 2025), None,
              "Template issued in August; training completed in all regions.", "Implemented"),
             ("3", "Anti-terrorism screening results were not retained for two partners. "
              "Recommendation: keep screening evidence on the partner file.", "High",
              "Screen all partner staff and board members through the screening tool and save "
              "the results to the partner record in the grants system.",
              "Head of Risk and Compliance", D(31, 10, 2025), "Febuary 2026",
              "Screening tool contract renewed; back-screening of existing partners under way.",
              "In progress"),
             ("4", "The partner risk rating methodology is not documented. Recommendation: "
              "document and approve the methodology.", "Low",
              "Document the partner risk rating methodology and take it to the Executive "
              "Leadership Team for approval.", "Director of International Programmes",
              D(31, 3, 2026), None, "Drafting has not yet started.", "Not started"),
         ]),
        ("IA 25/26-01  Cyber security and IT resilience (Moderate assurance) – report issued "
         "August 2025", [
             ("1", "Twelve leavers' accounts were still active after 30 days. Recommendation: "
              "automate account disablement from the HR leaver process.", "High",
              "Automate disablement of user accounts on the leaving date through the HR to "
              "Entra ID integration.", "Head of IT Operations", D(30, 11, 2025), None,
              "Integration built and in user acceptance testing.", "In progress"),
             ("2", "The IT disaster recovery plan has not been tested since 2022. "
              "Recommendation: test the plan annually.", "Medium",
              "Carry out a disaster recovery test of the finance and grants systems and report "
              "the results to ARC.", "Head of IT Operations / Chief Financial Officer",
              D(31, 1, 2026), None, "Test scheduled for January 2026.", "Not started"),
         ]),
    ]
    r = 7
    for head, recs in groups:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        c = ws.cell(r, 1, head)
        c.font = Font(bold=True)
        c.fill = fill("E2EFDA")
        r += 1
        for rec in recs:
            for j, v in enumerate(rec, start=1):
                c = ws.cell(r, j, v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt):
                    c.number_format = "dd/mm/yyyy"
            f = st_fill[rec[8]]
            if f:
                ws.cell(r, 9).fill = fill(f)
            r += 1
    ws.cell(r + 1, 1, "Implemented actions are removed from the tracker once reported to ARC."
            ).font = Font(italic=True, size=9)
    widths = [6, 46, 9, 46, 24, 12, 12, 40, 12]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(out("zqh-tearfund-arc-internal-audit-recommendations-tracker-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# 3. University of Glasgow - HSE improvement notices tracker, Smartsheet export
#    (header in row 1, parent rows per notice with roll-ups, child rows indented
#    and grouped, RYGB symbols exported as words)
# ---------------------------------------------------------------------------
def glasgow():
    wb = Workbook()
    ws = wb.active
    ws.title = "HSE Notices 2025 Action Tracker"
    hdr = ["Task Name", "Ref", "Assigned To", "Start Date", "Due Date", "% Complete", "RAG",
           "Evidence / Comments", "Modified"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(1, j, h)
        c.font = Font(bold=True)
        c.fill = fill("E7E6E6")
    D = lambda d, m, y: dt(y, m, d)
    notices = [
        (("Improvement Notice 1 – COSHH: thorough examination and testing of local exhaust "
          "ventilation (Joseph Black Building)", "IN/1", D(21, 7, 2025), D(30, 11, 2025), 0.67,
          "Yellow", "Notice served 14/07/2025. Original compliance date 30/09/2025; HSE agreed "
          "extension to 30/11/2025 for item 1.2 only."), [
            ("Complete thorough examination and test of all 212 fume cupboards and LEV systems by a "
             "competent contractor", "IN/1.1", "Gordon Laing", D(21, 7, 2025), D(29, 8, 2025), 1.0,
             "Blue", "All test reports received. 9 cupboards failed and were taken out of use."),
            ("Repair or replace the fume cupboards that failed testing and re-test them before "
             "they return to use", "IN/1.2", "Gordon Laing, Priya Raman", D(1, 9, 2025),
             D(30, 11, 2025), 0.55, "Yellow",
             "5 of 9 repaired and passed re-test. 4 replacements on order (lead time 8 weeks)."),
            ("Set up an LEV asset register in Planon with automatic reminders for the 14-month "
             "examination cycle", "IN/1.3", "Fiona Kerr", D(1, 8, 2025), D(31, 10, 2025), 1.0,
             "Blue", "Register live 27/10/2025. Screenshot of reminder schedule sent to HSE."),
        ]),
        (("Improvement Notice 2 – Control of Asbestos Regulations 2012: asbestos information for "
          "contractors", "IN/2", D(4, 8, 2025), D(31, 12, 2025), 0.73, "Red",
          "Notice served 28/07/2025. Compliance date 31/12/2025."), [
            ("Update the asbestos register with the results of the 2024/25 refurbishment and "
             "demolition surveys", "IN/2.1", "Craig Munro", D(4, 8, 2025), D(30, 9, 2025), 1.0,
             "Blue", "Register updated 22/09/2025."),
            ("Make asbestos information available to contractors through the permit-to-work "
             "process before any intrusive work starts", "IN/2.2", "Craig Munro",
             D(1, 9, 2025), D(31, 10, 2025), 0.8, "Green",
             "Permit form amended; contractor portal change goes live 10/11/2025."),
            ("Deliver asbestos awareness training to all Estates trades staff and record "
             "completion", "IN/2.3", "Alison Greig", D(1, 9, 2025), D(31, 12, 2025), 0.4, "Red",
             "31 of 78 staff trained. Further sessions booked but behind schedule."),
        ]),
        (("Improvement Notice 3 – Work at Height Regulations 2005: plant roof access (Boyd Orr "
          "Building)", "IN/3", D(1, 9, 2025), D(15, 12, 2025), 0.8, "Green",
          "Notice served 26/08/2025. Compliance date 15/12/2025."), [
            ("Install permanent edge protection on the Boyd Orr Building plant roof", "IN/3.1",
             "Gordon Laing", D(6, 10, 2025), D(15, 12, 2025), 0.6, "Green",
             "Contractor on site from 3 November; temporary barriers in place meanwhile."),
            ("Revise the roof access procedure so that permits are issued only to trained and "
             "authorised staff", "IN/3.2", "Alison Greig", D(1, 9, 2025), D(31, 10, 2025), 1.0,
             "Blue", "Procedure SOP-EST-017 v3 issued 20/10/2025."),
        ]),
    ]
    r = 2
    mod = dt(2025, 11, 6, 16, 42)
    for parent, kids in notices:
        name, ref, sd, dd, pc, rag, com = parent
        vals = [name, ref, None, sd, dd, pc, rag, com, mod]
        for j, v in enumerate(vals, start=1):
            c = ws.cell(r, j, v)
            c.font = Font(bold=True)
        r += 1
        for k in kids:
            vals = list(k) + [mod]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(r, j, v)
            ws.cell(r, 1).alignment = Alignment(indent=1, wrap_text=True)
            ws.row_dimensions[r].outline_level = 1
            r += 1
    for rr in range(2, r):
        for j in (4, 5):
            ws.cell(rr, j).number_format = "dd/mm/yy"
        ws.cell(rr, 6).number_format = "0%"
        ws.cell(rr, 9).number_format = "dd/mm/yy hh:mm"
    widths = [70, 8, 26, 10, 10, 11, 8, 60, 15]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A2"
    wb.save(out("zqh-university-of-glasgow-hse-improvement-notices-action-tracker.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def set_text(cell, text, bold=False, size=None, italic=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.italic = italic
        if size:
            run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(1.8))


def table(doc, header, rows, widths=None, head_fill="D9D9D9", size=9):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for j, h in enumerate(header):
        set_text(t.rows[0].cells[j], h, bold=True, size=size)
        shade(t.rows[0].cells[j], head_fill)
    for row in rows:
        cells = t.add_row().cells
        for j, v in enumerate(row):
            set_text(cells[j], v or "", size=size)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


# ---------------------------------------------------------------------------
# 4. The Donkey Sanctuary - Charity Commission regulatory compliance case
#    action plan (docx: document control table, RAG key, one section + advice
#    paragraph + table per area, RAG letters with shading, C = complete)
# ---------------------------------------------------------------------------
def donkey():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("The Donkey Sanctuary")
    r.bold = True
    r.font.size = Pt(18)
    r.font.color.rgb = RGBColor(0x4A, 0x2C, 0x6D)
    doc.add_heading("Charity Commission Regulatory Compliance Case – Trustees’ Action Plan", level=1)
    doc.add_paragraph("Progress report to the Board of Trustees, 4 December 2025")

    doc.add_paragraph().add_run("Document control").bold = True
    table(doc, ["Version", "Date", "Author", "Approved by", "Change"], [
        ["1.0", "17/07/2025", "Company Secretary", "Board of Trustees", "Action plan agreed"],
        ["1.1", "18/09/2025", "Company Secretary", "Audit & Risk Committee", "September progress"],
        ["1.2", "20/11/2025", "Company Secretary", "Chair of Trustees", "November progress"],
    ], widths=[2, 3, 5, 5, 8])
    doc.add_paragraph()
    doc.add_paragraph(
        "In June 2025 the Charity Commission closed its regulatory compliance case into the "
        "charity. The Commission issued regulatory advice and guidance to the trustees under "
        "section 15(2) of the Charities Act 2011 in four areas, set out below with the "
        "Commission’s advice and the actions the trustees agreed in response. The Commission "
        "asked to be kept informed of progress; this plan is shared with the case officer each "
        "quarter.")
    k = doc.add_paragraph()
    k.add_run("RAG key: ").bold = True
    k.add_run("G – on track;  A – at risk of missing the deadline;  R – deadline missed or "
              "action stalled;  C – complete")

    rag_fill = {"G": "00B050", "A": "FFC000", "R": "FF0000", "C": "5B9BD5"}
    areas = [
        ("1. Oversight of the trading subsidiary",
         "The trustees should ensure that the relationship between the charity and its trading "
         "subsidiary is governed by a written agreement, that any support given to the "
         "subsidiary is in the charity’s interests, and that they receive regular information "
         "about its performance.", [
             ("1.1", "Put in place a written management services and cost-sharing agreement between "
              "the charity and Donkey Sanctuary Trading Ltd", "Director of Finance",
              "30 September 2025", "Agreement signed by both boards on 23 September 2025.", "C"),
             ("1.2", "Add a standing report on the subsidiary’s performance, including any amounts "
              "owed to the charity, to every Finance Committee agenda",
              "Company Secretary", "October 2025",
              "First report received at the October Finance Committee.", "C"),
             ("1.3", "Appoint two independent directors to the board of the trading subsidiary",
              "Chair of Trustees and Chief Executive", "31 March 2026",
              "Role profile agreed; recruitment to start in January.", "G"),
         ]),
        ("2. Management of conflicts of interest",
         "The trustees must identify, declare and manage conflicts of interest, and record in "
         "the minutes how each conflict was handled.", [
             ("2.1", "Adopt a revised conflicts of interest policy based on the Commission’s "
              "guidance (CC29) and the Charity Governance Code", "Company Secretary",
              "By end of October 2025", "Policy approved by the Board on 16 October 2025.", "C"),
             ("2.2", "Require every trustee and senior manager to complete an annual declaration "
              "of interests, and publish the register of interests on the website",
              "Company Secretary", "Annually (from April 2026)",
              "2026 declaration form drafted.", "G"),
             ("2.3", "Review the minutes of the last three years for undeclared or unrecorded "
              "conflicts and report the findings to the Audit & Risk Committee",
              "Chair of Audit & Risk Committee", "Q4 2025/26",
              "Review started; about half of the minutes checked so far. Workload of the "
              "Company Secretary’s team has slowed progress.", "A"),
         ]),
        ("3. Serious incident reporting",
         "The trustees should make sure that serious incidents are identified and reported to "
         "the Commission promptly, and that staff understand what must be reported.", [
             ("3.1", "Update the serious incident reporting procedure and set out who decides "
              "whether an incident is reported", "Director of People and Governance",
              "31/10/2025", "Procedure updated and approved by the Executive Team.", "C"),
             ("3.2", "Train all managers in recognising and escalating serious incidents",
              "Head of Learning and Development", "28 February 2026",
              "E-learning module delayed by the LMS migration; now expected in March.", "R"),
         ]),
        ("4. Trustee recruitment and induction",
         "The trustees should ensure the board has the skills it needs and that new trustees "
         "understand their legal duties (CC3).", [
             ("4.1", "Carry out a skills audit of the Board and recruit trustees to fill the gaps "
              "identified (finance and veterinary science)", "Chair of Nominations Committee",
              "June 2026", "Skills audit complete; search agency appointed.", "G"),
             ("4.2", "Refresh the trustee induction pack and include a session on trustee duties "
              "led by the Company Secretary", "Company Secretary", "January 2026",
              "Draft pack reviewed by the Chair.", "G"),
         ]),
    ]
    for head, advice, acts in areas:
        doc.add_heading(head, level=2)
        ap = doc.add_paragraph()
        ar = ap.add_run(advice)
        ar.italic = True
        t = table(doc, ["Ref", "Action agreed by trustees", "Lead", "Deadline",
                        "Progress at November 2025", "RAG"],
                  [list(a) for a in acts], widths=[1.3, 8.5, 4, 3.2, 7, 1.3],
                  head_fill="D9D2E9")
        for i, a in enumerate(acts, start=1):
            c = t.rows[i].cells[5]
            shade(c, rag_fill[a[5]])
            c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            c.paragraphs[0].runs[0].bold = True
        doc.add_paragraph()
    doc.add_paragraph("Next update: Board of Trustees, March 2026.")
    doc.save(out("zqh-donkey-sanctuary-charity-commission-regulatory-compliance-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Scottish Public Pensions Agency - Audit and Risk Committee action log
#    (docx: one table per meeting, owner abbreviations, key where Green means
#    complete)
# ---------------------------------------------------------------------------
def sppa():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run("ARC(25)04 Paper 3").bold = True
    p = doc.add_paragraph()
    r = p.add_run("Scottish Public Pensions Agency")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_heading("Audit and Risk Committee – Action Log", level=1)
    doc.add_paragraph("Open actions and actions completed since the last meeting. "
                      "Prepared for the meeting on 2 December 2025.")
    p = doc.add_paragraph()
    p.add_run("Owners: ").bold = True
    p.add_run("CE – Chief Executive; DCS – Director of Corporate Services; DSD – Director of "
              "Service Delivery; HoF – Head of Finance; HoRG – Head of Risk and Governance; "
              "HIA – Head of Internal Audit (SG Directorate for Internal Audit and Assurance)")
    p = doc.add_paragraph()
    p.add_run("RAG status: ").bold = True
    p.add_run("Green – action complete, proposed for closure;  Amber – in progress and within "
              "timescale;  Red – overdue, or due date revised")
    fills = {"Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    meetings = [
        ("Actions arising: meeting of 4 March 2025", [
            ("ARC/25/03", "5.2", "Bring a paper on the approach to assurance over the pension "
             "administration system supplier, including the ISAE 3402 report", "DSD",
             "June 2025", "Paper taken at the June meeting. Supplier assurance map to be "
             "refreshed annually.", "Green"),
            ("ARC/25/05", "7.1", "Review the risk appetite statement for information governance "
             "and cyber risk and bring the revised statement to the Committee", "HoRG",
             "September 2025\nRevised: March 2026", "Deferred so that the review can reflect "
             "the new Scottish Government cyber resilience framework.", "Red"),
            ("ARC/25/06", "8", "Circulate the internal audit charter and the 2025-26 internal "
             "audit plan to members for comment", "HIA", "31/03/2025",
             "Circulated 26 March; comments reflected in the plan approved in June.", "Green"),
        ]),
        ("Actions arising: meeting of 10 June 2025", [
            ("ARC/25/11", "4.3", "Provide a breakdown of the McCloud remedy casework backlog by "
             "scheme, with the forecast clearance date for each", "DSD", "September 2025",
             "Breakdown provided at the September meeting.", "Green"),
            ("ARC/25/12", "6", "Include the outcome of the annual fraud risk assessment and the "
             "National Fraud Initiative matches in the December fraud report", "HoF / HoRG",
             "December 2025", "NFI matches being worked; report on the December agenda.",
             "Amber"),
            ("ARC/25/14", "9.2", "Arrange a deep-dive session for members on the digital "
             "member services programme", "DCS", "TBC", "Date to be agreed with the Chair "
             "once the programme business case is approved.", "Amber"),
            ("ARC/25/15", "10", "Update the Committee’s terms of reference to reflect the "
             "revised Scottish Public Finance Manual guidance on audit committees", "HoRG",
             "30/09/2025", "Revised terms of reference approved at the September meeting.",
             "Green"),
        ]),
        ("Actions arising: meeting of 9 September 2025", [
            ("ARC/25/19", "3.1", "Confirm to members the timetable for laying the 2024-25 "
             "annual report and accounts", "HoF", "October 2025",
             "Confirmed by email 2 October; accounts laid 23 October 2025.", "Green"),
            ("ARC/25/21", "5", "Report progress on implementing the outstanding internal audit "
             "recommendations on payroll controls, with revised dates", "DCS / HoF",
             "December 2025", "Two of three recommendations implemented; update on the "
             "December agenda.", "Amber"),
            ("ARC/25/22", "7.4", "Share the lessons learned review of the August system outage "
             "with the Committee", "CE", "Next meeting", "Review being finalised.", "Amber"),
        ]),
    ]
    for head, acts in meetings:
        doc.add_heading(head, level=2)
        t = table(doc, ["Action No.", "Minute ref", "Action", "Owner", "Due", "Update", "RAG"],
                  [list(a) for a in acts], widths=[2.2, 1.6, 8.5, 2, 3, 7.5, 1.6],
                  head_fill="C6D9F1")
        for i, a in enumerate(acts, start=1):
            shade(t.rows[i].cells[6], fills[a[6]])
        doc.add_paragraph()
    doc.add_paragraph("Green actions will be removed from the log once the Committee agrees "
                      "closure.")
    doc.save(out("zqh-scottish-public-pensions-agency-audit-and-risk-committee-action-log.docx"))


# ---------------------------------------------------------------------------
# 6. Midsomer Norton Town Council - governance improvement plan, Microsoft
#    Planner export saved as CSV UTF-8 (plan details block above the header)
# ---------------------------------------------------------------------------
def midsomer():
    header = ["Task ID", "Task Name", "Bucket Name", "Progress", "Priority", "Assigned To",
              "Created By", "Created Date", "Start date", "Due date", "Is Recurring", "Late",
              "Completed Date", "Completed By", "Completed Checklist Items", "Checklist Items",
              "Labels", "Description"]
    C = "Helen Carver"  # Town Clerk, plan owner
    tasks = [
        ("kq7TQm2d0UW3xYb1fL9sZJgAHc4E", "1.1 Review and readopt Standing Orders based on the "
         "NALC 2025 model", "1. Governance documents", "Completed", "Important", "Helen Carver",
         C, "03/06/2025", "09/06/2025", "30/09/2025", "false", "false", "16/09/2025",
         "Helen Carver", "3", "3", "", "Adopted at Full Council 15 September 2025 (minute "
         "FC/25/112)."),
        ("Xv0aE5rLm0Cq8hNw2PpoY9gAD1ws", "1.2 Review Financial Regulations and the scheme of "
         "delegation", "1. Governance documents", "In progress", "Important",
         "Helen Carver;Mark Penrose", C, "03/06/2025", "01/09/2025", "30/11/2025", "false",
         "false", "", "", "1", "4", "Green", "Draft circulated to Finance & General Purposes "
         "Committee.\nFor adoption at Full Council on 24 November."),
        ("b3NfWl8yQ0aVtE6cR1mDx2gAJ7Ki", "1.3 Adopt a councillor training and development "
         "policy, including mandatory code of conduct training", "1. Governance documents",
         "Not started", "Medium", "Helen Carver", C, "03/06/2025", "", "31/01/2026", "false",
         "false", "", "", "0", "0", "", ""),
        ("Rt5mZ0pJ3UaB8dLq6XwYc4gAFn2T", "2.1 Publish all information required by the "
         "Transparency Code on the council website, including spending over £500",
         "2. Transparency & website", "In progress", "Urgent", "Amy Doyle", C, "03/06/2025",
         "16/06/2025", "31/10/2025", "false", "true", "", "", "2", "5", "Amber",
         "Spend data for Q1 and Q2 published. Asset register and \"councillor responsibilities\" "
         "page still to do."),
        ("Hd9cW2uN7Ey0fQ3kT5jVa8gAB6Lm", "2.2 Make the website meet the public sector "
         "accessibility regulations and publish an accessibility statement",
         "2. Transparency & website", "In progress", "Medium", "Amy Doyle", C, "03/06/2025",
         "01/09/2025", "31/03/2026", "false", "false", "", "", "0", "3", "Green",
         "Quote accepted for accessibility audit of the site."),
        ("Pz4yK8gS1Ww6oM0aD3rCe5gAX9Uj", "3.1 Introduce monthly bank reconciliations signed by "
         "a councillor who is not a bank signatory", "3. Finance & internal control",
         "Completed", "Urgent", "Mark Penrose", C, "03/06/2025", "03/06/2025", "31/07/2025",
         "false", "false", "29/07/2025", "Mark Penrose", "2", "2", "", "In place from the June "
         "reconciliation. Cllr Rees appointed as reviewer."),
        ("Fs6uA0tH9Mb2iR7qV4lXo1gAN3Ze", "3.2 Review earmarked reserves and set a reserves "
         "policy before the 2026/27 budget is set", "3. Finance & internal control",
         "In progress", "Important", "Mark Penrose;Cllr Sue Rees", C, "03/06/2025",
         "01/10/2025", "15/12/2025", "false", "false", "", "", "1", "3", "Red",
         "Finance working group has met once; second meeting cancelled.\nAt risk for the "
         "December budget meeting."),
        ("Lg1oT6bD4Kx9wP2sY8hQz3gAM5Rc", "3.3 Carry out the annual review of the effectiveness "
         "of the system of internal control and report it to Full Council",
         "3. Finance & internal control", "Not started", "Medium", "Mark Penrose", C,
         "03/06/2025", "", "30/04/2026", "false", "false", "", "", "0", "0", "", ""),
        ("Nc8eJ3wQ5Gv1zB6uK0tFm7gAS2Ho", "4.1 Put written contracts and job descriptions in "
         "place for all staff", "4. Staffing & HR", "Completed", "Important",
         "Helen Carver;Cllr David Ames", C, "03/06/2025", "16/06/2025", "31/08/2025", "false",
         "false", "22/08/2025", "Helen Carver", "4", "4", "", "All six contracts issued and "
         "signed."),
        ("Ym2rV7cL0Ht4sN9eW1pBk6gAQ8Dx", "4.2 Complete annual appraisals for all staff, "
         "including the Town Clerk by the Staffing Committee", "4. Staffing & HR",
         "In progress", "Medium", "Cllr David Ames", C, "03/06/2025", "01/10/2025",
         "30/11/2025", "false", "false", "", "", "2", "6", "Green",
         "Clerk's appraisal booked for 19 November."),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["Plan name", "MNTC Governance Improvement Plan 2025-26"] + [""] * 16)
    w.writerow(["Plan ID", "tW3n0rTcG0eQv8yYb2kLm5gABx7F"] + [""] * 16)
    w.writerow(["Date of export", "07/11/2025"] + [""] * 16)
    w.writerow([""] * 18)
    w.writerow(header)
    for t in tasks:
        assert len(t) == 18
        w.writerow(t)
    with open(out("zqh-midsomer-norton-town-council-governance-improvement-plan-planner-export"
                  ".csv"), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. Disclosure Scotland - Disclosure Act implementation programme highlight
#    report, Word report saved as plain text (tables come out tab-separated)
# ---------------------------------------------------------------------------
def disclosure():
    L = []
    a = L.append
    a("Disclosure Scotland")
    a("Disclosure (Scotland) Act 2020 Implementation Programme")
    a("PROGRAMME HIGHLIGHT REPORT")
    a("")
    a("Reporting period:\t1 – 31 October 2025")
    a("Report date:\t7 November 2025")
    a("Prepared for:\tProgramme Board, 13 November 2025")
    a("Senior Responsible Owner:\tChief Executive")
    a("Programme Manager:\tLorna Hendry")
    a("")
    a("1. Overall status")
    a("")
    a("Dimension\tLast period\tThis period\tComment")
    a("Overall\tA\tA\tPVG membership renewals service remains on course for go-live in April "
      "2026; one digital release has slipped.")
    a("Schedule\tA\tR\tRelease 4.2 (renewal reminders) moved by four weeks after supplier "
      "testing defects.")
    a("Budget\tG\tG\tForecast outturn £6.84m against budget of £7.10m.")
    a("Resources\tA\tA\tTwo business analyst vacancies; one filled from 1 December.")
    a("Benefits\tG\tG\tNo change.")
    a("")
    a("RAG key: R = missed or forecast to miss, Board action needed; A = at risk but "
      "recoverable within the programme; G = on track; B = complete")
    a("")
    a("2. Summary of progress this period")
    a("")
    a("The renewal reminders design was signed off by the Design Authority on 9 October. "
      "Employer guidance on the renewals process has been published in draft for consultation. "
      "Supplier testing of release 4.2 found 14 defects, 3 of them high severity, so the "
      "release has been re-planned.")
    a("")
    a("3. Actions and milestones by workstream")
    a("")
    a("Workstream 1 – Policy, legislation and guidance")
    a("Ref\tAction / milestone\tOwner\tBaseline\tForecast\tRAG\tCommentary")
    a("1.1\tLay the regulations setting the PVG membership renewal period and fees\t"
      "Head of Policy\tSep-25\tSep-25\tB\tLaid 4 September; in force 1 April 2026.")
    a("1.2\tPublish final employer and organisation guidance on membership renewals\t"
      "Head of Policy / Head of Customer Engagement\tDec-25\tJan-26\tA\tConsultation closes "
      "28 November; extra time needed to reflect responses.")
    a("1.3\tAgree data sharing arrangements with Social Security Scotland for address "
      "verification\tData Protection Officer\tOct-25\tNov-25\tA\tDPIA complete; agreement "
      "with SSS legal team.")
    a("")
    a("Workstream 2 – Digital services")
    a("Ref\tAction / milestone\tOwner\tBaseline\tForecast\tRAG\tCommentary")
    a("2.1\tDeliver release 4.2 (renewal reminders and online renewal application) into "
      "production\tDigital Delivery Manager\tNov-25\tDec-25\tR\tFour-week slip; Board asked "
      "to approve revised date (see section 5).")
    a("2.2\tComplete the independent IT health check and fix all critical findings before "
      "go-live\tHead of Cyber Security\t31/01/2026\t31/01/2026\tG\tHealth check booked for "
      "5 January.")
    a("2.3\tDecommission the legacy renewals spreadsheet tool\tDigital Delivery Manager\t"
      "Apr-26\tApr-26\tG\tPlanned for after go-live.")
    a("")
    a("Workstream 3 – Operations and customer readiness")
    a("Ref\tAction / milestone\tOwner\tBaseline\tForecast\tRAG\tCommentary")
    a("3.1\tRecruit and train 18 caseworkers for the renewals team\tHead of Operations\t"
      "Feb-26\tFeb-26\tG\t12 appointed; training plan agreed.")
    a("3.2\tRun employer readiness webinars for the 50 largest registered bodies\t"
      "Head of Customer Engagement\tOct-25\tOct-25\tB\tSix webinars held; 46 of 50 bodies "
      "attended.")
    a("3.3\tComplete operational readiness assessment and go/no-go for renewals go-live\t"
      "Head of Operations / Programme Manager\tMar-26\tMar-26\tG\tAssessment criteria agreed "
      "at the October Board.")
    a("")
    a("4. Key risks and issues")
    a("")
    a("- Risk PR03 (supplier capacity to fix defects before go-live) has increased to 16 "
      "(high). Mitigation: weekly defect review with the supplier.")
    a("- Issue PI07 (business analyst vacancies) remains open.")
    a("")
    a("5. Decisions required from the Programme Board")
    a("")
    a("- Approve the revised production date for release 4.2 (action 2.1).")
    a("")
    a("Next report: Programme Board, 11 December 2025")
    text = "\r\n".join(L) + "\r\n"
    with open(out("zqh-disclosure-scotland-disclosure-act-implementation-programme-highlight-"
                  "report.txt"), "w", encoding="utf-8", newline="") as f:
        f.write(text)


if __name__ == "__main__":
    coastal()
    tearfund()
    glasgow()
    donkey()
    sppa()
    midsomer()
    disclosure()
    print("built 7 files in", HERE)
