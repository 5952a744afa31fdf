"""Build the seven zbd- blind test files (set heldout760).

Run with:  /work/main/.venv/bin/python zbd_make.py
Writes into the folder this script lives in; touches only files named zbd-*.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

# ---------------------------------------------------------------- colours
BLUE = "9BC2E6"
GREEN = "92D050"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"
HEAD = "1F4E78"

thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def out(name):
    assert name.startswith("zbd-")
    return os.path.join(HERE, name)


# ======================================================================
# 1. Cadwyn Housing Association – strategic risk register (xlsx, read)
# ======================================================================
CADWYN_FILE = "zbd-cadwyn-housing-association-strategic-risk-register-2025-26.xlsx"
CADWYN_TITLE = "Cadwyn Housing Association – Strategic Risk Register 2025/26"

CADWYN = [
    ("objective", "Strategic Objective 1 – Safe, warm and sustainable homes"),
    ("risk", {
        "id": "SR1",
        "desc": "Failure to maintain landlord health and safety compliance (gas, electrical, fire, water, asbestos and lift safety), leading to harm to tenants and regulatory intervention by Welsh Government.",
        "owner": "Director of Property Services",
        "inherent": "4 x 5 = 20", "inh_fill": RED,
        "controls": "Compliance dashboard reported monthly to Executive Team and quarterly to Board; accredited contractors in all six compliance areas; annual internal audit of compliance data.",
        "residual": "2 x 5 = 10", "res_fill": AMBER, "trend": "►",
        "actions": [
            ("SR1.1", "Complete all 'high' priority remedial actions from the 2025 fire risk assessments across the 14 general needs blocks.",
             "Compliance Manager", D(2025, 12, 31),
             "41 of 52 high priority actions closed; remaining fire door replacements ordered and installation booked for early December.", GREEN),
            ("SR1.2", "Procure and implement a compliance management system to replace the spreadsheet trackers, with a live dashboard for Board.",
             "Head of Assets / Head of ICT", D(2026, 3, 31),
             "Tender returns over budget; revised specification agreed by Executive Team on 4 November.", AMBER),
            ("SR1.3", "Commission an internal audit review of electrical safety (EICR) data and certificates.",
             "Head of Governance & Compliance", D(2025, 9, 30),
             "Complete – substantial assurance reported to ARC in September 2025.", BLUE),
        ]}),
    ("risk", {
        "id": "SR2",
        "desc": "Inability to meet the Welsh Housing Quality Standard 2023, including the decarbonisation and affordable warmth requirements, within the resources of the business plan.",
        "owner": "Director of Property Services",
        "inherent": "4 x 4 = 16", "inh_fill": RED,
        "controls": "30-year asset investment plan; stock condition data for 70% of homes; WHQS 2023 compliance policy approved by Board (June 2025).",
        "residual": "4 x 4 = 16", "res_fill": RED, "trend": "▲",
        "actions": [
            ("SR2.1", "Complete stock condition surveys for the remaining 30% of homes to establish the WHQS 2023 baseline.",
             "Head of Assets", D(2026, 1, 31),
             "Surveys commissioned; 212 of 390 homes surveyed at the end of October.", GREEN),
            ("SR2.2", "Develop Target Energy Pathways for each property archetype and reflect the costs in the 30-year business plan.",
             "Director of Property Services; Director of Finance & Corporate Services", "Q4 2025/26",
             "Archetype modelling under way with Optimised Retrofit Programme partners; costs not yet validated.", AMBER),
        ]}),
    ("objective", "Strategic Objective 2 – Tenants supported to sustain their homes"),
    ("risk", {
        "id": "SR3",
        "desc": "Rising rent arrears and tenancy failure as a result of cost-of-living pressures and the continued roll-out of Universal Credit.",
        "owner": "Director of Housing & Communities",
        "inherent": "4 x 4 = 16", "inh_fill": RED,
        "controls": "Income recovery policy; pre-tenancy affordability checks; Financial Inclusion Officer; Discretionary Hardship Fund.",
        "residual": "3 x 4 = 12", "res_fill": AMBER, "trend": "►",
        "actions": [
            ("SR3.1", "Refresh the rent and service charge affordability assessment ahead of 2026/27 rent setting, using the Welsh Government rent policy and the JRF Living Rent model.",
             "Director of Finance & Corporate Services", D(2025, 12, 31),
             "Draft assessment to Tenant Panel on 2 December before Board in January.", GREEN),
            ("SR3.2", "Recruit two additional Tenancy Sustainment Officers funded through the Housing Support Grant.",
             "Head of Housing", D(2025, 11, 30),
             "First recruitment round unsuccessful; posts re-advertised with closing date 21 November. Unlikely to be filled before January.", RED),
        ]}),
    ("objective", "Strategic Objective 3 – A well-governed, financially resilient organisation"),
    ("risk", {
        "id": "SR4",
        "desc": "A cyber-attack or major data breach disrupts services and results in the loss of tenants' personal data.",
        "owner": "Director of Finance & Corporate Services",
        "inherent": "4 x 5 = 20", "inh_fill": RED,
        "controls": "Managed firewall and endpoint protection; off-site immutable backups; mandatory data protection training; cyber insurance.",
        "residual": "3 x 4 = 12", "res_fill": AMBER, "trend": "▼",
        "actions": [
            ("SR4.1", "Achieve Cyber Essentials Plus certification.",
             "Head of ICT", D(2025, 10, 31),
             "Certification awarded 16 October 2025.", BLUE),
            ("SR4.2", "Run quarterly phishing simulations and require refresher training for any member of staff who fails a simulation.",
             "Head of ICT", "Ongoing (quarterly)",
             "Q2 simulation click rate 6% (Q1: 11%).", GREEN),
        ]}),
]


def make_cadwyn():
    wb = Workbook()
    ws = wb.active
    ws.title = "Strategic Risk Register"
    headers = ["Risk ID", "Risk description", "Risk owner", "Inherent risk (L x I)",
               "Key controls in place", "Residual risk (L x I)", "Trend", "Ref",
               "Further action required", "Action owner", "Target date",
               "Progress update (November 2025)", "Action status"]
    ncol = len(headers)
    widths = [8, 38, 18, 11, 38, 11, 7, 7, 42, 22, 12, 40, 10]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w

    ws["A1"] = CADWYN_TITLE
    ws["A1"].font = Font(bold=True, size=14, color=HEAD)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A2"] = "Audit & Risk Committee – 18 November 2025 | Register owner: Director of Finance & Corporate Services | Version 3.2"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)

    r = 4
    for c, h in enumerate(headers, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(HEAD)
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        cell.border = BOX
    ws.freeze_panes = "A5"
    r = 5
    for kind, item in CADWYN:
        if kind == "objective":
            ws.cell(r, 1, item).font = Font(bold=True)
            ws.cell(r, 1).fill = fill(GREY)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            r += 1
            continue
        first = r
        for ref, action, owner, target, progress, rag in item["actions"]:
            ws.cell(r, 8, ref)
            ws.cell(r, 9, action)
            ws.cell(r, 10, owner)
            c = ws.cell(r, 11, target)
            if isinstance(target, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            ws.cell(r, 12, progress)
            ws.cell(r, 13).fill = fill(rag)          # fill colour only, no text
            r += 1
        last = r - 1
        ws.cell(first, 1, item["id"]).font = Font(bold=True)
        ws.cell(first, 2, item["desc"])
        ws.cell(first, 3, item["owner"])
        ws.cell(first, 4, item["inherent"]).fill = fill(item["inh_fill"])
        ws.cell(first, 5, item["controls"])
        ws.cell(first, 6, item["residual"]).fill = fill(item["res_fill"])
        ws.cell(first, 7, item["trend"])
        if last > first:
            for col in range(1, 8):
                ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
        for rr in range(first, last + 1):
            for col in range(1, ncol + 1):
                ws.cell(rr, col).alignment = WRAP
                ws.cell(rr, col).border = BOX
    r += 1
    ws.cell(r, 1, "Action status key").font = Font(bold=True)
    r += 1
    for colour, label in [(BLUE, "Complete"), (GREEN, "On track"),
                          (AMBER, "Some slippage – revised date agreed"),
                          (RED, "Off track – escalated to Executive Team")]:
        ws.cell(r, 1).fill = fill(colour)
        ws.cell(r, 1).border = BOX
        ws.cell(r, 2, label)
        r += 1
    r += 1
    ws.cell(r, 1, "Notes: Likelihood and impact are each scored 1–5. Residual scores of 15 or above are reported to Board. "
                  "Trend: ▲ increased, ► unchanged, ▼ reduced since the last review.")
    ws.cell(r, 1).font = Font(italic=True, size=9)

    # scoring matrix sheet
    m = wb.create_sheet("Scoring matrix")
    m["A1"] = "Risk scoring matrix (Likelihood x Impact)"
    m["A1"].font = Font(bold=True)
    m["A3"] = "Likelihood \\ Impact"
    for i in range(1, 6):
        m.cell(3, i + 1, i).font = Font(bold=True)
        m.cell(3 + i, 1, 6 - i).font = Font(bold=True)
    for li in range(1, 6):
        for im in range(1, 6):
            lik = 6 - li
            score = lik * im
            col = GREEN if score <= 6 else AMBER if score <= 12 else RED
            c = m.cell(3 + li, 1 + im, score)
            c.fill = fill(col)
            c.border = BOX
    m["A10"] = "1–6 Low (green); 8–12 Medium (amber); 15–25 High (red)"

    v = wb.create_sheet("Version control")
    rows = [("Version", "Date", "Author", "Change"),
            ("3.0", "15/04/2025", "Head of Governance & Compliance", "Annual refresh approved by Board"),
            ("3.1", "22/07/2025", "Head of Governance & Compliance", "SR2 re-scored after WHQS 2023 policy approval"),
            ("3.2", "07/11/2025", "Head of Governance & Compliance", "Quarterly update for ARC")]
    for i, row in enumerate(rows, 1):
        for j, val in enumerate(row, 1):
            c = v.cell(i, j, val)
            c.border = BOX
            if i == 1:
                c.font = Font(bold=True)
    for col, w in zip("ABCD", [9, 12, 32, 48]):
        v.column_dimensions[col].width = w
    wb.save(out(CADWYN_FILE))


# ======================================================================
# 2. Scottish Land Commission – ARC internal audit tracker (xlsx, read)
# ======================================================================
SLC_FILE = "zbd-scottish-land-commission-arc-internal-audit-recommendations-tracker.xlsx"
SLC_TITLE = "Scottish Land Commission – Internal Audit Recommendations Tracker"

SLC = [
    ("Corporate Governance (2024/25) – Reasonable assurance – report issued May 2025", [
        ("The Scheme of Delegation should be updated to reflect the revised senior leadership structure and the Commission's new functions under the Land Reform (Scotland) Bill.",
         "Medium", [
             ("CG.1", "Revised Scheme of Delegation to be drafted and presented to the Board for approval.",
              "Head of Corporate Services", D(2025, 6, 30), D(2025, 12, 31), "Delayed", "On track",
              "Draft prepared; scheduled for the Board meeting on 16 December 2025."),
         ]),
        ("Board and committee terms of reference should be reviewed annually and the review recorded in the minutes.",
         "Low", [
             ("CG.2", "Terms of reference review added to the annual business cycle for each committee.",
              "Board Secretary", D(2025, 9, 30), None, "On track", "Complete",
              "ARC terms of reference reviewed 11 September 2025; Board terms of reference reviewed 25 September 2025."),
         ]),
    ]),
    ("Cyber Security (2024/25) – Limited assurance – report issued June 2025", [
        ("Multi-factor authentication should be enforced for all remote access, including administrator accounts on third-party hosted systems.",
         "High", [
             ("CS.1a", "Enforce MFA on all Microsoft 365 and remote access accounts through conditional access policies.",
              "IT Manager", D(2025, 8, 31), None, "On track", "Complete",
              "Conditional access policies applied 22 August 2025; exceptions report reviewed monthly."),
             ("CS.1b", "Obtain written assurance from the HR and payroll system supplier that MFA is enforced for administrator access.",
              "IT Manager / Head of Corporate Services", D(2025, 9, 30), D(2026, 1, 31), "On track", "Delayed",
              "Supplier has confirmed its MFA roadmap; written assurance still awaited."),
         ]),
        ("A cyber incident response plan should be documented and tested at least annually.",
         "Medium", [
             ("CS.2", "Develop a cyber incident response playbook based on the Scottish Government Cyber Resilience Unit template and test it through a tabletop exercise with the Senior Leadership Team.",
              "IT Manager", "March 2026", None, "Not started", "Not started",
              "Work to begin once CS.1b is closed."),
         ]),
    ]),
    ("Procurement and Contract Management (2025/26) – Reasonable assurance – report issued September 2025", [
        ("A contracts register should be maintained and published in line with the Procurement Reform (Scotland) Act 2014.",
         "High", [
             ("PC.1", "Create a contracts register in SharePoint, publish it on the Commission's website and update it quarterly.",
              "Finance and Procurement Manager", D(2025, 10, 31), None, "New", "Overdue",
              "Register drafted; publication delayed by the website migration. Revised date to be agreed at this meeting."),
         ]),
        ("Staff with procurement responsibilities should complete refresher training, and completion should be recorded.",
         "Medium", [
             ("PC.2", "Deliver procurement refresher training to all budget holders and record attendance in the HR system.",
              "Finance and Procurement Manager; HR Business Partner", D(2026, 3, 31), None, "New", "On track",
              "Two sessions booked for January 2026."),
         ]),
        ("Single tender actions and contract extensions should be reported to the Audit and Risk Committee at each meeting.",
         "Low", [
             ("PC.3", "Add a standing item on single tender actions and contract extensions to the ARC agenda from the February 2026 meeting.",
              "Head of Corporate Services", D(2026, 2, 28), None, "New", "Not started", ""),
         ]),
    ]),
]
SLC_STATUS_FILL = {"Complete": BLUE, "On track": GREEN, "Delayed": AMBER, "Overdue": RED}


def make_slc():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = SLC_TITLE
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Audit and Risk Committee, 4 December 2025 – Paper ARC/25/28 (Annex A)"
    s["A4"] = "Summary of agreed actions by current status"
    s["A4"].font = Font(bold=True)
    cols = ["Report", "Complete", "On track", "Delayed", "Overdue", "Not started", "Total"]
    for j, h in enumerate(cols, 1):
        c = s.cell(5, j, h)
        c.font = Font(bold=True)
        c.border = BOX
    r = 6
    tot = [0] * 6
    for heading, recs in SLC:
        name = heading.split(" – ")[0]
        counts = [0] * 5
        for _rec, _p, acts in recs:
            for a in acts:
                counts[["Complete", "On track", "Delayed", "Overdue", "Not started"].index(a[6])] += 1
        vals = counts + [sum(counts)]
        s.cell(r, 1, name).border = BOX
        for j, v in enumerate(vals, 2):
            s.cell(r, j, v).border = BOX
            tot[j - 2] += v
        r += 1
    s.cell(r, 1, "Total").font = Font(bold=True)
    for j, v in enumerate(tot, 2):
        s.cell(r, j, v).font = Font(bold=True)
    r += 2
    s.cell(r, 1, "Note: actions reported as complete are removed from the tracker once they have been reported to the Committee.")
    s.column_dimensions["A"].width = 48
    for col in "BCDEFG":
        s.column_dimensions[col].width = 11

    t = wb.create_sheet("Tracker")
    t["A1"] = "Internal audit recommendations – position at 21 November 2025"
    t["A1"].font = Font(bold=True, size=12)
    headers = ["Ref", "Recommendation", "Priority", "Agreed management action",
               "Responsible officer", "Original target date", "Revised target date",
               "Previous status (Sept 2025)", "Current status", "Update"]
    for j, h in enumerate(headers, 1):
        c = t.cell(3, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(HEAD)
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    for col, w in zip("ABCDEFGHIJ", [7, 44, 9, 46, 24, 12, 12, 12, 12, 40]):
        t.column_dimensions[col].width = w
    r = 4
    for heading, recs in SLC:
        t.cell(r, 1, heading).font = Font(bold=True)
        t.cell(r, 1).fill = fill("DDEBF7")
        t.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(headers))
        r += 1
        for rec, prio, acts in recs:
            first = r
            for ref, action, officer, orig, rev, prev, cur, upd in acts:
                t.cell(r, 1, ref)
                t.cell(r, 4, action)
                t.cell(r, 5, officer)
                for col, val in ((6, orig), (7, rev)):
                    c = t.cell(r, col, val)
                    if isinstance(val, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                t.cell(r, 8, prev)
                c = t.cell(r, 9, cur)
                if cur in SLC_STATUS_FILL:
                    c.fill = fill(SLC_STATUS_FILL[cur])
                t.cell(r, 10, upd or None)
                r += 1
            t.cell(first, 2, rec)
            t.cell(first, 3, prio)
            if r - 1 > first:
                t.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
                t.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
            for rr in range(first, r):
                for col in range(1, len(headers) + 1):
                    t.cell(rr, col).alignment = WRAP
                    t.cell(rr, col).border = BOX
    t.freeze_panes = "A4"

    k = wb.create_sheet("Key")
    k["A1"] = "Priority"
    k["A1"].font = Font(bold=True)
    for i, (p, d) in enumerate([
            ("High", "Significant weakness in control; action required within three months."),
            ("Medium", "Weakness that should be addressed within six months."),
            ("Low", "Improvement to good practice; action within twelve months.")], 2):
        k.cell(i, 1, p)
        k.cell(i, 2, d)
    k["A6"] = "Status"
    k["A6"].font = Font(bold=True)
    for i, (st, d, colr) in enumerate([
            ("Complete", "Action implemented and evidence seen by Internal Audit", BLUE),
            ("On track", "Expected to be implemented by the target date", GREEN),
            ("Delayed", "Revised target date agreed with Internal Audit", AMBER),
            ("Overdue", "Past target date and no revised date agreed", RED),
            ("Not started", "Work not yet due to start", None)], 7):
        c = k.cell(i, 1, st)
        if colr:
            c.fill = fill(colr)
        k.cell(i, 2, d)
    k.column_dimensions["A"].width = 14
    k.column_dimensions["B"].width = 70
    wb.save(out(SLC_FILE))


# ======================================================================
# 3. Robert Gordon University – HSE improvement notices tracker
#    (xlsx, REFUSE: mistyped month "0ct-2025" in a target date cell)
# ======================================================================
RGU_FILE = "zbd-robert-gordon-university-hse-improvement-notices-action-tracker-typo-month-refuse.xlsx"
RGU_TITLE = "Robert Gordon University – HSE Improvement Notices: Corrective Action Tracker"

RGU = [
    ("Improvement Notice 1 (IN 313072845) – COSHH Regulations 2002, reg. 9: local exhaust ventilation not thoroughly examined and tested within 14 months – compliance date 28 November 2025", [
        ("1.1", "Commission a thorough examination and test of all 46 LEV systems (fume cupboards, downdraught benches and dust extraction) by a P601-qualified engineer.",
         "Estates Compliance Manager", D(2025, 10, 17), "All 46 systems examined; certificates on file.", "B"),
        ("1.2", "Repair, or take out of use and label, any LEV system that fails its examination.",
         "Estates Compliance Manager; School Technical Managers", D(2025, 11, 14), "3 fume cupboards failed; 2 repaired, 1 decommissioned.", "G"),
        ("1.3", "Set up planned maintenance in the CAFM system so that every LEV system is re-examined within 14 months.",
         "Head of Estates Operations", "0ct-2025", "PPM schedule loaded; first automated work orders issued.", "B"),
    ]),
    ("Improvement Notice 2 (IN 313072846) – Control of Vibration at Work Regulations 2005, regs. 5 and 6: no suitable assessment or control of hand-arm vibration in engineering workshops – compliance date 19 December 2025", [
        ("2.1", "Complete hand-arm vibration risk assessments for all powered hand tools in the School of Engineering workshops.",
         "School Health and Safety Coordinator", D(2025, 10, 31), "Assessments complete for 58 of 61 tools.", "G"),
        ("2.2", "Introduce a tool register showing vibration magnitudes and trigger times, and label each tool.",
         "Workshop Manager", D(2025, 11, 28), "Register drafted; labels on order.", "A"),
        ("2.3", "Refer all workshop technicians with regular exposure to the occupational health provider for HAVS health surveillance.",
         "Occupational Health Adviser / HR Business Partner", D(2025, 12, 19), "Provider capacity limited; 9 of 14 appointments booked.", "A"),
        ("2.4", "Deliver HAVS awareness training to technicians and to students who use workshop tools.",
         "Health and Safety Training Officer", D(2025, 12, 12), "Staff session held 5 November; student briefing in induction materials.", "G"),
    ]),
]
RGU_RAG_FILL = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}


def make_rgu():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Tracker"
    ws["A1"] = RGU_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:F1")
    ws["A2"] = "Owner: Head of Health, Safety and Wellbeing | Reported to: University Health and Safety Committee | Last updated: 14 November 2025"
    ws.merge_cells("A2:F2")
    headers = ["Ref", "Action", "Lead", "Target date", "Evidence / progress", "RAG"]
    for j, h in enumerate(headers, 1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        c.border = BOX
    for col, w in zip("ABCDEF", [6, 60, 30, 12, 42, 6]):
        ws.column_dimensions[col].width = w
    r = 5
    for heading, acts in RGU:
        ws.cell(r, 1, heading).font = Font(bold=True)
        ws.cell(r, 1).alignment = Alignment(wrap_text=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        ws.row_dimensions[r].height = 32
        r += 1
        for ref, action, lead, target, prog, rag in acts:
            vals = [ref, action, lead, target, prog, rag]
            for j, v in enumerate(vals, 1):
                c = ws.cell(r, j, v)
                c.alignment = WRAP
                c.border = BOX
            if isinstance(target, dt.datetime):
                ws.cell(r, 4).number_format = "dd/mm/yyyy"
            ws.cell(r, 6).fill = fill(RGU_RAG_FILL[rag])
            r += 1
    r += 1
    ws.cell(r, 1, "RAG key: B = complete and evidence provided to HSE; G = on track for compliance date; "
                  "A = at risk; R = will not meet compliance date – extension to be requested")
    r += 1
    ws.cell(r, 1, "Notes: the HSE inspector is to be told in writing when each notice has been complied with. "
                  "The appeal period has passed and both notices are accepted.")
    dc = wb.create_sheet("Document control")
    for i, row in enumerate([("Version", "Date", "Prepared by", "Comment"),
                             ("0.1", "05/09/2025", "Health and Safety Adviser", "First draft after notices served"),
                             ("0.4", "14/11/2025", "Health and Safety Adviser", "Update for Health and Safety Committee")], 1):
        for j, v in enumerate(row, 1):
            dc.cell(i, j, v)
    wb.save(out(RGU_FILE))


# ======================================================================
# 4. RNID – board effectiveness review action plan (docx, read)
# ======================================================================
RNID_FILE = "zbd-rnid-board-effectiveness-review-action-plan.docx"
RNID_TITLE = "RNID Board Effectiveness Review 2024 – Action Plan"

RNID = [
    ("Theme 1: Board composition and succession", [
        ("Recommendation 1: Develop a three-year board succession plan based on a refreshed skills matrix, giving priority to trustees with lived experience of deafness, hearing loss or tinnitus.", [
            ("1.1", "Refresh the trustee skills and diversity matrix and complete a skills self-assessment with every trustee.",
             "Chair of Nominations & Governance Committee", "March 2025",
             "Completed; results reported to Nominations & Governance Committee in April 2025.", "B"),
            ("1.2", "Agree a three-year succession plan identifying trustee and committee chair vacancies to 2027.",
             "Chair and Company Secretary", "June 2025 (revised: December 2025)",
             "Draft plan discussed at the September Board away day; final plan to December Board.", "A"),
        ]),
        ("Recommendation 2: Strengthen the induction and ongoing development offer for trustees.", [
            ("2.1", "Redesign the trustee induction programme, including BSL and deaf awareness training and visits to RNID services.",
             "Company Secretary", "September 2025",
             "New programme used for the two trustees appointed in July 2025.", "B"),
            ("2.2", "Introduce annual one-to-one appraisal conversations between the Chair and each trustee.",
             "Chair", "Annual",
             "First round completed in March 2025; next round February–March 2026.", "G"),
        ]),
    ]),
    ("Theme 2: Board meetings and information", [
        ("Recommendation 3: Reduce the length of Board papers and focus agendas on strategic discussion.", [
            ("3.1", "Introduce a standard cover sheet and a 10-page limit for Board papers, with detailed material moved to a reading room.",
             "Company Secretary", "January 2025",
             "In place from the February 2025 Board.", "B"),
            ("3.2", "Hold two strategy sessions a year separate from formal Board business.",
             "Chair / Chief Executive", "Ongoing",
             "First session held in May 2025; second scheduled for February 2026.", "G"),
        ]),
        ("Recommendation 4: Improve the quality of performance and risk reporting to the Board.", [
            ("4.1", "Develop an integrated performance dashboard linking strategic KPIs, the strategic risk register and financial performance.",
             "Director of Finance and Resources", "Q3 2025/26",
             "Prototype considered by the Finance, Audit and Risk Committee in November 2025; on track for first use at the December Board.", "G"),
        ]),
    ]),
    ("Theme 3: Board and executive relationship", [
        ("Recommendation 5: Clarify the respective roles of the Board, its committees and the Executive Leadership Team.", [
            ("5.1", "Review and reissue the scheme of delegation and committee terms of reference.",
             "Company Secretary", "30 April 2025",
             "Approved by the Board in April 2025.", "B"),
            ("5.2", "Hold a joint Board and Executive Leadership Team away day on culture, behaviours and ways of working.",
             "Chair and Chief Executive", "November 2025",
             "Postponed because of diary clashes with the strategy refresh; a new date has not yet been agreed.", "R"),
        ]),
    ]),
]
DOCX_RAG_FILL = {"B": "5B9BD5", "G": "70AD47", "A": "FFC000", "R": "FF0000",
                 "Complete": "5B9BD5", "Green": "70AD47", "Amber": "FFC000", "Red": "FF0000"}


def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def bold_cell(cell, text):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True


def make_rnid():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph(RNID_TITLE, style="Title")
    doc.add_paragraph("Board of Trustees – 11 December 2025 | Agenda item 9 | Paper owner: Company Secretary | For assurance")

    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Change"]):
        bold_cell(c, h)
    for row in [("1.0", "10/12/2024", "Company Secretary", "Action plan approved by the Board"),
                ("1.3", "20/11/2025", "Governance Manager", "Progress update for December 2025 Board")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v

    doc.add_heading("1. Background", level=1)
    doc.add_paragraph(
        "In 2024 the Board commissioned an externally facilitated review of its effectiveness, in line with the "
        "Charity Governance Code recommendation that larger charities do so every three years. The reviewer's "
        "report made five recommendations under three themes. This plan sets out the actions the Board agreed "
        "and the progress made to November 2025.")

    doc.add_heading("2. Progress key", level=1)
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for code, label in [("B", "Complete"), ("G", "On track"),
                        ("A", "Some delay – revised timescale agreed"),
                        ("R", "Off track – Board decision needed")]:
        cells = k.add_row().cells
        cells[0].text = code
        shade(cells[0], DOCX_RAG_FILL[code])
        cells[1].text = label

    doc.add_heading("3. Action plan", level=1)
    for theme, recs in RNID:
        doc.add_heading(theme, level=2)
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells, ["No.", "Action", "Lead", "Timescale", "Progress at November 2025", "RAG"]):
            bold_cell(c, h)
            shade(c, "D9E2F3")
        for rec, acts in recs:
            row = tb.add_row()
            merged = row.cells[0].merge(row.cells[5])
            merged.text = ""
            run = merged.paragraphs[0].add_run(rec)
            run.bold = True
            run.italic = True
            shade(merged, "F2F2F2")
            for no, action, lead, when, prog, rag in acts:
                cells = tb.add_row().cells
                for c, v in zip(cells, [no, action, lead, when, prog, rag]):
                    c.text = v
                shade(cells[5], DOCX_RAG_FILL[rag])
                cells[5].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        doc.add_paragraph()

    doc.add_heading("4. Recommendation", level=1)
    doc.add_paragraph("The Board is asked to note progress against the action plan and to agree a new date for action 5.2.")
    doc.save(out(RNID_FILE))


# ======================================================================
# 5. Arts Council of Northern Ireland – project highlight report (docx)
# ======================================================================
ACNI_FILE = "zbd-arts-council-of-northern-ireland-funding-portal-replacement-highlight-report.docx"
ACNI_TITLE = "Online Funding Portal Replacement Project – Highlight Report"

ACNI = [
    ("Stage 2 – Procurement and mobilisation", [
        ("M2.1", "Contract awarded for the replacement funding portal", "Head of ICT", "30/04/2025", "16/05/2025", "Complete"),
        ("M2.2", "Supplier mobilised and detailed design signed off", "Project Manager", "30/06/2025", "11/07/2025", "Complete"),
    ]),
    ("Stage 3 – Build, configure and migrate", [
        ("M3.1", "Configuration of application, assessment and payment workflows", "Project Manager / Funding Programmes Manager", "31/10/2025", "14/11/2025", "Amber"),
        ("M3.2", "Legacy applicant data cleansed and migrated to the test environment", "Head of ICT", "31/10/2025", "05/12/2025", "Red"),
        ("M3.3", "Integration with the finance system for grant payments", "Finance Manager", "30/11/2025", "30/11/2025", "Green"),
    ]),
    ("Stage 4 – Test, train and go live", [
        ("M4.1", "User acceptance testing complete", "Funding Programmes Manager", "16/01/2026", "06/02/2026", "Amber"),
        ("M4.2", "Staff and applicant training delivered", "Learning and Development Officer", "27/02/2026", "27/02/2026", "Green"),
        ("M4.3", "Go-live for the 2026/27 Annual Funding Programme", "Director of Operations", "02/03/2026", "02/03/2026", "Green"),
    ]),
]


def make_acni():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    hp = sec.header.paragraphs[0]
    hp.text = "Arts Council of Northern Ireland\tOFFICIAL"

    doc.add_paragraph(ACNI_TITLE, style="Title")
    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k_, v_ in [("Report number", "9"),
                   ("Reporting period", "1 October 2025 – 31 October 2025"),
                   ("Senior Responsible Owner", "Director of Operations"),
                   ("Project Manager", "Niamh Doherty"),
                   ("Prepared for", "Project Board, 12 November 2025"),
                   ("Overall status", "AMBER")]:
        cells = info.add_row().cells
        bold_cell(cells[0], k_)
        shade(cells[0], "E7E6E6")
        cells[1].text = v_
    shade(info.rows[5].cells[1], "FFC000")

    doc.add_heading("1. Status summary", level=1)
    ss = doc.add_table(rows=1, cols=4)
    ss.style = "Table Grid"
    for c, h in zip(ss.rows[0].cells, ["Area", "Last period", "This period", "Commentary"]):
        bold_cell(c, h)
    for row in [("Overall", "Amber", "Amber", "Build on track; data migration remains the main risk to go-live."),
                ("Schedule", "Green", "Amber", "Start of user acceptance testing moved by three weeks (see section 5)."),
                ("Budget", "Green", "Green", "£412,300 committed against an approved budget of £465,000."),
                ("Resources", "Amber", "Amber", "Business analyst vacancy covered by a contractor until January 2026."),
                ("Risks and issues", "Amber", "Amber", "See section 4.")]:
        cells = ss.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
        shade(cells[1], DOCX_RAG_FILL[row[1]])
        shade(cells[2], DOCX_RAG_FILL[row[2]])

    doc.add_heading("2. Progress this period", level=1)
    for b in ["Supplier completed configuration sprint 4 (assessment and decision workflows).",
              "Cleansing of legacy applicant records is 78% complete.",
              "Independent accessibility audit of the applicant screens commissioned."]:
        doc.add_paragraph(b, style="List Bullet")
    doc.add_paragraph("Planned for next period: configuration sprint 5 (payments); first trial data migration; "
                      "UAT scripts drafted with the Funding Programmes team.")

    doc.add_heading("3. Milestones", level=1)
    ms = doc.add_table(rows=1, cols=6)
    ms.style = "Table Grid"
    for c, h in zip(ms.rows[0].cells, ["Ref", "Milestone", "Owner", "Baseline date", "Forecast / actual date", "Status"]):
        bold_cell(c, h)
        shade(c, "BDD7EE")
    for stage, items in ACNI:
        row = ms.add_row()
        m = row.cells[0].merge(row.cells[5])
        bold_cell(m, stage)
        shade(m, "F2F2F2")
        for ref, text, owner, base, fc, status in items:
            cells = ms.add_row().cells
            for c, v in zip(cells, [ref, text, owner, base, fc, status]):
                c.text = v
            shade(cells[5], DOCX_RAG_FILL[status])

    doc.add_heading("4. Key risks and issues", level=1)
    doc.add_paragraph("Issue: legacy records for around 1,140 organisations contain duplicate contacts and missing "
                      "company numbers. The supplier has agreed to run an additional de-duplication script; any records "
                      "still unresolved at the trial migration will be cleansed manually by the Funding Programmes team.")
    doc.add_paragraph("Risk: if the trial migration slips beyond mid-December there is no contingency left before UAT. "
                      "The risk is recorded on the project risk log (R-14) and scored 16.")

    doc.add_heading("5. Decisions required from the Project Board", level=1)
    doc.add_paragraph("The Project Board is asked to approve change request CR-07, moving the start of user acceptance "
                      "testing from 16 January to 6 February 2026 with no change to the go-live date.")

    doc.add_heading("6. Budget", level=1)
    bt = doc.add_table(rows=2, cols=4)
    bt.style = "Table Grid"
    for c, h in zip(bt.rows[0].cells, ["Approved budget", "Committed", "Spent to date", "Forecast outturn"]):
        bold_cell(c, h)
    for c, v in zip(bt.rows[1].cells, ["£465,000", "£412,300", "£298,750", "£458,900"]):
        c.text = v
    doc.save(out(ACNI_FILE))


# ======================================================================
# 6. Ripley Town Council – F&GP committee action log, SharePoint CSV
# ======================================================================
RIPLEY_FILE = "zbd-ripley-town-council-finance-and-general-purposes-action-log-sharepoint-export.csv"
RIPLEY_HEADER = ["Action No.", "Meeting Date", "Minute Ref", "Action", "Assigned To", "Due Date",
                 "RAG", "Progress Update", "Modified", "Modified By", "Item Type", "Path"]
RIPLEY = [
    ("FGP-25-01", "10/06/2025", "FGP/25/014",
     "Obtain three quotations for replacement of the Town Hall boiler and report to the next meeting.",
     "Claire Bonsall", "09/09/2025", "Complete",
     "Quotations reported 9 September (minute FGP/25/031); contract awarded to the lowest tender.", "10/09/2025 11:20"),
    ("FGP-25-02", "10/06/2025", "FGP/25/016",
     "Implement the internal auditor's recommendation to record the annual review of the asset register in the minutes.",
     "Claire Bonsall", "30/09/2025", "Complete",
     "Asset register reviewed and minuted at the 9 September meeting.", "10/09/2025 11:24"),
    ("FGP-25-03", "10/06/2025", "FGP/25/017",
     "Move the council's current account to dual online authorisation and update the bank mandate.",
     "Claire Bonsall;Cllr Dave Wilson", "31/10/2025", "Amber",
     "New mandate signed. Bank has asked for further ID for one signatory, \"expect completion in November\".", "04/11/2025 15:02"),
    ("FGP-25-04", "09/09/2025", "FGP/25/033",
     "Draft the 2026/27 budget and precept proposal for the December meeting, including an earmarked reserve for the Market Place improvements.",
     "Mark Hollis", "09/12/2025", "Green",
     "First draft with the Chair.\nBudget working group meets 18 November.", "12/11/2025 16:05"),
    ("FGP-25-05", "09/09/2025", "FGP/25/035",
     "Review the council's insurance cover ahead of renewal, including cyber cover.",
     "Mark Hollis", "30/11/2025", "Green", "", "09/09/2025 20:41"),
    ("FGP-25-06", "09/09/2025", "FGP/25/036",
     "Update the Financial Regulations to the 2024 NALC model and present them to Full Council for adoption.",
     "Claire Bonsall", "31/10/2025", "Red",
     "Not started owing to staff absence; to be rescheduled.", "04/11/2025 15:06"),
    ("FGP-25-07", "14/10/2025", "FGP/25/048",
     "Arrange for the quarterly bank reconciliation to be signed off by a councillor other than the Chair, in line with the internal audit recommendation.",
     "Cllr Sarah Pidcock", "31/12/2025", "Green",
     "Q2 reconciliation signed on 20 October.", "21/10/2025 09:13"),
    ("FGP-25-08", "14/10/2025", "FGP/25/050",
     "Seek three quotations for CCTV maintenance and report back with a recommendation.",
     "Mark Hollis;Claire Bonsall", "13/01/2026", "", "", "15/10/2025 10:37"),
]


def make_ripley():
    path = out(RIPLEY_FILE)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(RIPLEY_HEADER)
        for no, meet, minute, action, who, due, rag, prog, modified in RIPLEY:
            w.writerow([no, meet, minute, action, who, due, rag, prog, modified, "Claire Bonsall",
                        "Item", "sites/RipleyTownCouncil/Lists/FGP Action Log"])


# ======================================================================
# 7. Scottish Qualifications Authority – ICO audit action plan (txt)
# ======================================================================
SQA_FILE = "zbd-scottish-qualifications-authority-ico-data-protection-audit-action-plan.txt"
SQA_TITLE = "Scottish Qualifications Authority – ICO Data Protection Audit: Management Action Plan"

SQA = [
    ("Scope area A – Governance and accountability", [
        ("A1", "High", "Ensure the Information Governance Group receives regular reporting on data protection compliance, including breach and subject access performance.", [
            ("A1.1", "Introduce a quarterly data protection KPI report to the Information Governance Group covering SARs, personal data breaches and training completion.",
             "Data Protection Officer", [("Due", "December 2024")], "Complete"),
            ("A1.2", "Add data protection compliance to the corporate risk register with a named risk owner.",
             "Head of Governance and Risk", [("Due", "March 2025")], "Complete"),
        ]),
        ("A2", "Medium", "Complete and maintain the Record of Processing Activities (ROPA) for all directorates.", [
            ("A2.1", "Complete ROPA entries for the Qualifications Development and Operations directorates and assign an information asset owner to each entry.",
             "Information Governance Manager", [("Original due", "June 2025"), ("Revised due", "January 2026")], "Behind schedule"),
        ]),
    ]),
    ("Scope area B – Records management", [
        ("B1", "High", "Apply the retention schedule to candidate records held on legacy shared drives and document all destruction.", [
            ("B1.1", "Review the legacy shared drives and delete candidate records held beyond the retention period, keeping a destruction log.",
             "Records Manager and Head of IT Operations", [("Due", "31/03/2026")], "On track"),
            ("B1.2", "Configure Microsoft 365 retention labels for candidate and centre records.",
             "Head of IT Operations", [("Due", "Q4 2025/26")], "On track"),
        ]),
    ]),
    ("Scope area C – Information rights", [
        ("C1", "Urgent", "Clear the backlog of overdue subject access requests and put monitoring in place to meet the one-month statutory deadline.", [
            ("C1.1", "Assign additional temporary staff to clear all subject access requests older than one month.",
             "Data Protection Officer", [("Due", "30 September 2024")], "Complete"),
            ("C1.2", "Send weekly SAR tracking reports to the Director of Corporate Services, escalating any request still open at day 20.",
             "Information Governance Manager", [("Due", "Ongoing – weekly")], "On track"),
        ]),
    ]),
    ("Scope area D – Information security", [
        ("D1", "Medium", "Ensure that all staff complete data protection and information security training each year and that non-completion is followed up.", [
            ("D1.1", "Make annual data protection e-learning mandatory in the learning management system, with automated reminders to line managers.",
             "Head of People / Information Governance Manager", [("Due", "April 2025")], "Complete"),
            ("D1.2", "Deliver role-based data protection training for appointees and markers who handle candidate scripts.",
             "Appointee Services Manager", [("Due", "February 2026")], "Not started"),
        ]),
    ]),
]


def make_sqa():
    lines = [
        SQA_TITLE,
        "Audit fieldwork: 4–6 June 2024 | Final report issued: 19 August 2024 | Overall assurance: Reasonable",
        "Progress position at 31 October 2025 – for the Audit and Risk Committee, 25 November 2025",
        "Plan owner: Data Protection Officer",
        "",
        "Priority (ICO rating): Urgent, High, Medium or Low.",
        "Status key: Complete; On track; Behind schedule (amber – revised date agreed); Not started.",
        "",
    ]
    for area, recs in SQA:
        lines.append(area)
        lines.append("-" * len(area))
        lines.append("")
        for rid, prio, rtext, acts in recs:
            lines.append(f"Recommendation {rid} ({prio} priority)")
            lines.append(rtext)
            lines.append("")
            for aref, atext, owner, dues, status in acts:
                lines.append(f"  Action {aref}: {atext}")
                lines.append(f"  Owner: {owner}")
                for label, val in dues:
                    lines.append(f"  {label}: {val}")
                lines.append(f"  Status: {status}")
                lines.append("")
    lines.append("Completed actions will be removed from this plan once verified by Internal Audit.")
    lines.append("END OF REPORT")
    with open(out(SQA_FILE), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_cadwyn()
    make_slc()
    make_rgu()
    make_rnid()
    make_acni()
    make_ripley()
    make_sqa()
    for n in sorted(os.listdir(HERE)):
        if n.startswith("zbd-") and not n.endswith(".yaml"):
            print(n)
