"""Build the seven sl- blind test files (set heldout491).

Run:  python sl_make.py             -> writes the seven data files
      python sl_make.py --expected  -> also writes the NAME.expected.yaml readings

The expected readings are kept beside the data that builds each file, so the
action texts in the .expected.yaml are character-for-character the file's text.
"""
import csv
import datetime as dt
import os
import sys

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
GREY, PALE = "D9D9D9", "DDEBF7"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def d(y, m, day):
    return dt.datetime(y, m, day)


EXPECTED = {}


def A(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": list(under), "action": action, "lead": list(lead),
         "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


# ---------------------------------------------------------------------------
# 1. NHS Cornwall and Isles of Scilly ICB - corporate risk register (xlsx)
# ---------------------------------------------------------------------------
def make_cios_icb():
    name = "sl-nhs-cornwall-and-isles-of-scilly-icb-corporate-risk-register.xlsx"
    SO1 = "Strategic objective 1 – Improve outcomes in population health and healthcare"
    SO2 = "Strategic objective 2 – Tackle inequalities in outcomes, experience and access"
    SO3 = "Strategic objective 3 – Enhance productivity and value for money"
    status_fill = {"On track": GREEN, "At risk": AMBER, "Overdue": RED, "Complete": BLUE,
                   "Not started": None}
    status_read = {"On track": "green", "At risk": "amber", "Overdue": "red",
                   "Complete": "blue", "Not started": "unrated"}
    risks = [
        (SO1, "CRR 01", "Urgent and emergency care flow",
         "There is a risk that patients experience long waits in the emergency department and "
         "delayed ambulance handovers at Royal Cornwall Hospital because of insufficient "
         "discharge capacity in the community, resulting in avoidable harm and poor experience.",
         "Chief Operating Officer", "5 × 5 = 25",
         "System Flow Group meets weekly; OPEL escalation framework; Care Coordination Hub "
         "(pilot); discharge to assess pathways 1–3 commissioned.",
         "4 × 5 = 20", "3 × 4 = 12",
         [("01.1", "Deliver the winter discharge plan, including 40 additional step-down beds "
                   "commissioned from independent sector care homes.",
           "Director of Urgent and Emergency Care", d(2025, 12, 31), "Complete",
           "All 40 beds open from 1 December 2025; occupancy 92%.",
           "2025-12", None, ["Director of Urgent and Emergency Care"]),
          ("01.2", "Implement the Care Coordination Hub for all ambulance ‘hear and treat’ and "
                   "‘see and treat’ referrals, seven days a week.",
           "Director of Urgent and Emergency Care / Head of System Flow",
           "31/03/2026 (revised from 31/12/2025)", "At risk",
           "Weekend clinical rota not yet filled; go-live for seven-day service moved to Q4.",
           "2026-03", None,
           ["Director of Urgent and Emergency Care", "Head of System Flow"]),
          ("01.3", "Agree a system-wide trajectory to reduce the number of patients with no "
                   "criteria to reside to below 120 and monitor delivery against it.",
           "Chief Operating Officer", "Ongoing – reviewed weekly at System Flow Group",
           "On track", "Trajectory agreed by system partners on 14 November 2025; 138 on 31 December.",
           None, "Ongoing – reviewed weekly at System Flow Group", ["Chief Operating Officer"])]),
        (SO1, "CRR 02", "Elective recovery and long waits",
         "There is a risk that the ICB does not eliminate waits of over 65 weeks for elective "
         "treatment by March 2026, due to theatre and workforce constraints, resulting in "
         "clinical harm to patients and failure to meet the NHS planning guidance standard.",
         "Chief Operating Officer", "4 × 4 = 16",
         "Elective Care Board; weekly patient tracking list review; mutual aid agreements with "
         "Devon providers.",
         "4 × 4 = 16", "2 × 4 = 8",
         [("02.1", "Commission additional orthopaedic capacity from independent sector providers "
                   "for patients waiting over 52 weeks.",
           "Head of Elective Care", d(2026, 2, 28), "On track",
           "Contract variation signed; first lists started 8 December 2025.",
           "2026-02", None, ["Head of Elective Care"]),
          ("02.2", "Complete clinical and administrative validation of the ophthalmology waiting "
                   "list with Royal Cornwall Hospitals NHS Trust.",
           "Head of Elective Care; Deputy Chief Operating Officer", d(2025, 11, 30), "Overdue",
           "Administrative validation complete; clinical validation 60% complete – new date to "
           "be agreed at Elective Care Board in January.",
           "2025-11", None, ["Head of Elective Care", "Deputy Chief Operating Officer"])]),
        (SO2, "CRR 05", "Access to NHS dentistry",
         "There is a risk that residents, particularly in West Cornwall and on the Isles of "
         "Scilly, cannot access urgent or routine NHS dental care because of contract hand-backs "
         "and workforce shortages, widening oral health inequalities.",
         "Director of Primary Care", "5 × 4 = 20",
         "Dental Recovery Plan; urgent dental care helpline; flexible commissioning framework.",
         "4 × 4 = 16", "3 × 3 = 9",
         [("05.1", "Procure the Isles of Scilly dental service under a flexible commissioning "
                   "contract, including visiting clinician sessions on the off-islands.",
           "Head of Primary Care Commissioning (Dental)", "Q4 2025/26", "On track",
           "Procurement launched 3 November 2025; evaluation January 2026.",
           "2026-03", "Q4 2025/26", ["Head of Primary Care Commissioning (Dental)"]),
          ("05.2", "Launch the urgent dental care access scheme with 12 participating practices.",
           "Head of Primary Care Commissioning (Dental)", d(2025, 9, 30), "Complete",
           "Scheme live with 13 practices from 1 September 2025.",
           "2025-09", None, ["Head of Primary Care Commissioning (Dental)"])]),
        (SO3, "CRR 08", "Financial sustainability 2025/26",
         "There is a risk that the Cornwall and Isles of Scilly system does not deliver its "
         "2025/26 financial plan because efficiency schemes slip and demand for continuing "
         "healthcare exceeds plan, leading to a deficit and loss of financial autonomy.",
         "Chief Finance Officer", "5 × 5 = 25",
         "Monthly Finance and Performance Committee; system Financial Recovery Board; "
         "vacancy control panel.",
         "4 × 5 = 20", "3 × 4 = 12",
         [("08.1", "Deliver the ICB’s recurrent efficiency programme of £18.4m, with monthly "
                   "reporting to the Finance and Performance Committee.",
           "Chief Finance Officer", d(2026, 3, 31), "At risk",
           "£12.1m delivered or fully identified at month 9; £2.3m rated high risk.",
           "2026-03", None, ["Chief Finance Officer"]),
          ("08.2", "Review all continuing healthcare packages costing more than £2,500 a week to "
                   "confirm eligibility and value for money.",
           "Chief Nursing Officer / Chief Finance Officer", d(2026, 1, 31), "Not started",
           "Review team being recruited; start date 12 January 2026.",
           "2026-01", None, ["Chief Nursing Officer", "Chief Finance Officer"])]),
    ]

    wb = Workbook()
    # --- Cover sheet -------------------------------------------------------
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "NHS Cornwall and Isles of Scilly ICB – Corporate Risk Register"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Quarter 3 2025/26 – position as at 31 December 2025"
    ws["A2"].font = Font(bold=True, size=12)
    info = [("Report to:", "Audit and Risk Committee, 20 January 2026"),
            ("Executive lead:", "Director of Corporate Affairs"),
            ("Prepared by:", "Head of Governance and Risk"),
            ("Position as at:", "31 December 2025")]
    for i, (k, v) in enumerate(info, start=4):
        ws.cell(i, 1, k).font = Font(bold=True)
        ws.cell(i, 2, v)
    ws["A9"] = "Document control"
    ws["A9"].font = Font(bold=True)
    dc = [("Version", "Date", "Author", "Summary of changes"),
          ("1.0", "07/10/2025", "Head of Governance and Risk", "Q2 position approved by the Board"),
          ("1.1", "09/01/2026", "Head of Governance and Risk",
           "Q3 updates from risk owners; CRR 05 score reduced from 20 to 16")]
    for r, row in enumerate(dc, start=10):
        for c, v in enumerate(row, start=1):
            cell = ws.cell(r, c, v)
            cell.border = BOX
            if r == 10:
                cell.font = Font(bold=True)
                cell.fill = fill(GREY)
    ws["A14"] = "Risk scoring (likelihood × consequence)"
    ws["A14"].font = Font(bold=True)
    for r, (band, col) in enumerate([("1–3  Low", "92D050"), ("4–6  Moderate", "FFFF00"),
                                     ("8–12  High", AMBER), ("15–25  Extreme", RED)], start=15):
        ws.cell(r, 1, band).fill = fill(col)
    ws["A20"] = "Action status key"
    ws["A20"].font = Font(bold=True)
    for r, (k, col, meaning) in enumerate([
            ("On track", GREEN, "Action expected to be delivered by the due date"),
            ("At risk", AMBER, "Delivery by the due date at risk; mitigation in place"),
            ("Overdue", RED, "Due date passed and action not complete"),
            ("Complete", BLUE, "Action delivered and evidence held"),
            ("Not started", None, "Action not yet due to start")], start=21):
        c = ws.cell(r, 1, k)
        if col:
            c.fill = fill(col)
        ws.cell(r, 2, meaning)
    ws.column_dimensions["A"].width = 28
    ws.column_dimensions["B"].width = 48
    ws.column_dimensions["C"].width = 30
    ws.column_dimensions["D"].width = 60

    # --- Register sheet ----------------------------------------------------
    ws = wb.create_sheet("Corporate Risk Register")
    heads = ["Risk ID", "Risk title", "Risk description", "Executive risk owner",
             "Inherent score (L × C)", "Key controls", "Current score", "Target score",
             "Action no.", "Mitigating action", "Action lead", "Due date", "Action status",
             "Progress update (December 2025)"]
    ncol = len(heads)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A1"] = "Corporate Risk Register – Quarter 3 2025/26"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A2"] = ("Risks with a current score of 15 or above, and risks escalated by the "
                "Executive Management Team")
    ws["A2"].font = Font(italic=True)
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("005EB8")
        cell.alignment = WRAP
        cell.border = BOX
    r = 5
    actions = []
    last_so = None
    for so, rid, title, desc, owner, inh, ctrl, cur, tgt, acts in risks:
        if so != last_so:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            ws.cell(r, 1, so).font = Font(bold=True)
            ws.cell(r, 1).fill = fill(PALE)
            r += 1
            last_so = so
        first = r
        for ref, text, lead, due, st, upd, end, et, leads in acts:
            vals = {9: ref, 10: text, 11: lead, 12: due, 13: st, 14: upd}
            for c, v in vals.items():
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
            if isinstance(due, dt.datetime):
                ws.cell(r, 12).number_format = "dd/mm/yyyy"
            if status_fill[st]:
                ws.cell(r, 13).fill = fill(status_fill[st])
            actions.append(A(ref, [so, title], text, leads, end, status_read[st], et))
            r += 1
        for c, v in enumerate([rid, title, desc, owner, inh, ctrl, cur, tgt], start=1):
            cell = ws.cell(first, c, v)
            cell.alignment = WRAP
            cell.border = BOX
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=c, end_row=r - 1, end_column=c)
    r += 1
    ws.cell(r, 1, "Summary of mitigating actions").font = Font(bold=True)
    counts = {}
    for a in actions:
        counts[a["status"]] = counts.get(a["status"], 0) + 1
    r += 1
    for label, key in [("On track", "green"), ("At risk", "amber"), ("Overdue", "red"),
                       ("Complete", "blue"), ("Not started", "unrated")]:
        ws.cell(r, 1, label)
        ws.cell(r, 2, counts.get(key, 0))
        r += 1
    ws.cell(r, 1, "Total").font = Font(bold=True)
    ws.cell(r, 2, len(actions)).font = Font(bold=True)
    widths = [9, 22, 45, 20, 12, 40, 11, 11, 9, 50, 28, 16, 12, 45]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A5"

    # --- Heat map sheet ----------------------------------------------------
    ws = wb.create_sheet("Heat map")
    ws["A1"] = "Current risk profile – number of corporate risks by current score"
    ws["A1"].font = Font(bold=True)
    ws["A3"] = "Likelihood ↓ / Consequence →"
    for c in range(1, 6):
        ws.cell(3, c + 1, c).font = Font(bold=True)
    grid = {(4, 4): 2, (4, 5): 2}
    for li in range(5, 0, -1):
        row = 4 + (5 - li)
        ws.cell(row, 1, li).font = Font(bold=True)
        for co in range(1, 6):
            sc = li * co
            col = "92D050" if sc <= 3 else "FFFF00" if sc <= 6 else AMBER if sc <= 12 else RED
            cell = ws.cell(row, co + 1, grid.get((li, co), 0) or None)
            cell.fill = fill(col)
            cell.border = BOX
    ws["A10"] = "CRR 01 and CRR 08 score 20; CRR 02 and CRR 05 score 16."

    wb.save(os.path.join(HERE, name))
    EXPECTED[name] = {
        "source": (
            "Imitates the corporate risk registers that NHS integrated care boards publish in "
            "their Audit and Risk Committee and Board papers (e.g. NHS Cornwall and Isles of "
            "Scilly ICB, 2025/26). Copied features: a cover sheet with report block, document "
            "control table, scoring bands and an action status key; a register sheet grouped "
            "by strategic objective band rows, with each risk's ID, title, description, "
            "owner, inherent/current/target scores and controls merged vertically over its "
            "mitigating actions (one row per action with its own number, lead, due date, "
            "fill-coloured status word and progress update); a summary count below the "
            "register; a heat-map sheet."),
        "reads": (
            "A Q3 2025/26 corporate risk register: four risks grouped under three strategic "
            "objectives, each with two or three numbered mitigating actions. The actions are "
            "the rows of the register, read under the objective band and the risk title (the "
            "risk columns are merged over them); the cover, summary counts and heat map are "
            "not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "NHS Cornwall and Isles of Scilly ICB – Corporate Risk Register",
        "actions": actions,
    }


# ---------------------------------------------------------------------------
# 2. Gloucestershire OPCC and Constabulary - internal audit tracker (xlsx)
# ---------------------------------------------------------------------------
def make_glos_police():
    name = ("sl-gloucestershire-opcc-and-constabulary-internal-audit-"
            "recommendations-tracker.xlsx")
    st_fill = {"Red": RED, "Amber": AMBER, "Green": GREEN, "Complete": BLUE,
               "Not started": None, "New": None}
    st_read = {"Red": "red", "Amber": "amber", "Green": "green", "Complete": "blue",
               "Not started": "unrated"}
    B1 = "Fleet Management 2024/25 – Limited assurance (Constabulary)"
    B2 = "Cyber Security: Patch Management 2024/25 – Reasonable assurance (Constabulary)"
    B3 = "Commissioning and Grants 2025/26 – Reasonable assurance (OPCC)"
    B4 = "Vetting 2025/26 – Limited assurance (Constabulary)"
    R1 = ("The Force should ensure that all pool vehicle journeys are recorded on the fleet "
          "management system, including mileage and driver details.")
    R2 = ("Vehicle disposal decisions should be approved and documented in line with Contract "
          "Standing Orders.")
    R3 = ("Critical security patches should be applied within the 14-day timescale set in the "
          "Patch Management Policy, with exceptions risk-assessed.")
    R4 = ("Unsupported server operating systems should be recorded on the ICT risk register "
          "with an agreed decommissioning date.")
    R5 = ("Grant recipients’ monitoring returns should be reviewed, and the review evidenced, "
          "before quarterly payments are released.")
    R6 = ("The OPCC grants register should be published on the website in line with the "
          "Elected Local Policing Bodies (Specified Information) Order.")
    R7 = ("Vetting renewals should be completed before clearance expires, and overdue renewals "
          "should be escalated to the Organisational Assurance Board.")
    # band, [ (rec ref-prio, rec text, [actions...]) ]
    # action: ref, text, lead, orig, revised, prev, cur, update, end, end_text, leads
    plan = [
        (B1, [
            ("1", R1, [
                ("FM.1a", "Introduce mandatory electronic journey logs through the Tranman "
                          "driver app for all pool vehicles.",
                 "Head of Fleet Services", d(2025, 6, 30), d(2025, 11, 30), "Amber", "Complete",
                 "App live across all pool vehicles from 17 November 2025. Evidence sent to "
                 "Internal Audit.", "2025-11", None, ["Head of Fleet Services"]),
                ("FM.1b", "Issue a Force Order reminding drivers of their obligations and "
                          "publish monthly compliance data to Local Policing Area commanders.",
                 "Head of Fleet Services / Corporate Communications Manager", d(2025, 7, 31),
                 d(2026, 3, 31), "Amber", "Amber",
                 "Force Order drafted; awaiting Chief Officer Group approval. Compliance data "
                 "available from the app from December.", "2026-03", None,
                 ["Head of Fleet Services", "Corporate Communications Manager"])]),
            ("2", R2, [
                ("FM.2", "Update the vehicle disposal procedure so that all disposals above "
                         "£5,000 are signed off by the Head of Procurement.",
                 "Harper, Jo", d(2025, 9, 30), None, "Green", "Complete",
                 "Procedure updated and published on the intranet on 26 September 2025.",
                 "2025-09", None, ["Harper, Jo"])])]),
        (B2, [
            ("2", R3, [
                ("CS.1", "Implement automated patch deployment and weekly exception reporting "
                         "to the Information Assurance Board.",
                 "Head of ICT / Information Security Officer", d(2025, 10, 31), d(2026, 2, 28),
                 "Amber", "Red",
                 "Supplier delay on the deployment tool licence; revised date now at risk. "
                 "Escalated to the Deputy Chief Constable.", "2026-02", None,
                 ["Head of ICT", "Information Security Officer"])]),
            ("3", R4, [
                ("CS.2", "Record the 11 remaining Windows Server 2012 instances on the ICT risk "
                         "register and agree a decommissioning date for each.",
                 "ICT Infrastructure Manager", d(2025, 12, 31), None, "Green", "Green",
                 "Seven instances recorded; four to be added after the December change board.",
                 "2025-12", None, ["ICT Infrastructure Manager"])])]),
        (B3, [
            ("2", R5, [
                ("CG.1", "Introduce a grant monitoring checklist, signed by the Commissioning "
                         "Manager, before each quarterly payment is authorised.",
                 "Commissioning Manager (OPCC)", "Q4 2025/26", None, "New", "Green",
                 "Checklist drafted and being piloted on Q3 payments.", "2026-03", "Q4 2025/26",
                 ["Commissioning Manager (OPCC)"])]),
            ("3", R6, [
                ("CG.2", "Publish the 2025/26 grants register and set a quarterly reminder to "
                         "keep it up to date.",
                 "Chief Executive (OPCC); Chief Finance Officer (OPCC)", d(2026, 1, 31), None,
                 "New", "Not started", "", "2026-01", None,
                 ["Chief Executive (OPCC)", "Chief Finance Officer (OPCC)"])])]),
        (B4, [
            ("1", R7, [
                ("V.1a", "Clear the backlog of 214 overdue vetting renewals, prioritising "
                         "officers and staff in posts designated for management vetting.",
                 "Head of Professional Standards; Force Vetting Manager", d(2026, 3, 31), None,
                 "New", "Amber",
                 "Backlog reduced to 131; two temporary vetting officers in post from November.",
                 "2026-03", None, ["Head of Professional Standards", "Force Vetting Manager"]),
                ("V.1b", "Report vetting renewal performance monthly to the Organisational "
                         "Assurance Board.",
                 "Force Vetting Manager", "Monthly", None, "New", "Green",
                 "Reported in November and December 2025.", None, "Monthly",
                 ["Force Vetting Manager"])])]),
    ]
    heads = ["Ref", "Priority", "Recommendation", "Agreed management action",
             "Responsible officer", "Original target date", "Revised target date",
             "Previous status (Oct 2025)", "Current status (Jan 2026)", "Progress update"]
    n = len(heads)
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = "Internal Audit Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Office of the Police and Crime Commissioner for Gloucestershire and "
                "Gloucestershire Constabulary")
    ws["A3"] = "Position reported to the Joint Audit Committee – 22 January 2026"
    ws["A3"].font = Font(italic=True)
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(5, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
        cell.alignment = WRAP
        cell.border = BOX
    r = 6
    actions = []
    for band, recs in plan:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=n)
        ws.cell(r, 1, band).font = Font(bold=True)
        ws.cell(r, 1).fill = fill(GREY)
        r += 1
        for prio, rec, acts in recs:
            first = r
            for (ref, text, lead, orig, rev, prev, cur, upd, end, et, leads) in acts:
                vals = {1: ref, 4: text, 5: lead, 6: orig, 7: rev, 8: prev, 9: cur, 10: upd}
                for c, v in vals.items():
                    cell = ws.cell(r, c, v)
                    cell.alignment = WRAP
                    cell.border = BOX
                    if isinstance(v, dt.datetime):
                        cell.number_format = "dd/mm/yyyy"
                for c, s in ((8, prev), (9, cur)):
                    if st_fill.get(s):
                        ws.cell(r, c).fill = fill(st_fill[s])
                actions.append(A(ref, [band, rec], text, leads, end, st_read[cur], et))
                r += 1
            for c, v in ((2, int(prio)), (3, rec)):
                cell = ws.cell(first, c, v)
                cell.alignment = WRAP
                cell.border = BOX
                if r - 1 > first:
                    ws.merge_cells(start_row=first, start_column=c, end_row=r - 1, end_column=c)
    r += 1
    ws.cell(r, 1, "Priority key: 1 = fundamental control weakness; 2 = significant; "
                  "3 = housekeeping / good practice")
    r += 1
    ws.cell(r, 1, "Status key: Red – overdue or not progressing; Amber – in progress, revised "
                  "date agreed; Green – on track for original date; Complete – implemented and "
                  "evidence provided to Internal Audit")
    for i, w in enumerate([8, 9, 45, 50, 28, 13, 13, 13, 13, 45], start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A6"

    ws = wb.create_sheet("Summary")
    ws["A1"] = "Summary of agreed actions by priority and current status"
    ws["A1"].font = Font(bold=True)
    cols = ["Priority", "Red", "Amber", "Green", "Complete", "Not started", "Total"]
    for c, h in enumerate(cols, start=1):
        cell = ws.cell(3, c, h)
        cell.font = Font(bold=True)
        cell.border = BOX
    table = {1: [0, 2, 1, 1, 0], 2: [1, 0, 1, 1, 0], 3: [0, 0, 1, 0, 1]}
    for i, (p, vals) in enumerate(table.items(), start=4):
        ws.cell(i, 1, p).border = BOX
        for c, v in enumerate(vals, start=2):
            ws.cell(i, c, v).border = BOX
        ws.cell(i, 7, sum(vals)).border = BOX
    ws.cell(7, 1, "Total").font = Font(bold=True)
    for c in range(2, 8):
        tot = sum(ws.cell(i, c).value for i in range(4, 7))
        ws.cell(7, c, tot).font = Font(bold=True)
    ws["A9"] = "Actions closed since the last Committee: 2 (FM.1a, FM.2)"
    ws["A10"] = "Actions added since the last Committee: 4 (Commissioning and Grants; Vetting)"

    wb.save(os.path.join(HERE, name))
    EXPECTED[name] = {
        "source": (
            "Imitates the internal audit recommendation tracking reports that police and crime "
            "commissioners and chief constables take to their joint audit committees (e.g. the "
            "Leicestershire JARAP 'Internal audit recommendations and tracking' appendix; "
            "Gloucestershire OPCC/Constabulary, 2025/26). Copied features: a title block with "
            "the two corporations sole and the committee date; band rows per audit report "
            "with year, assurance opinion and organisation; priority and recommendation "
            "merged over their agreed management actions; original and revised target "
            "dates; previous and current status columns with fill colours; priority and "
            "status keys as notes below; a summary sheet with counts by priority and status."),
        "reads": (
            "A tracker of nine agreed management actions from four internal audits, grouped "
            "under audit band rows, each answering a recommendation shown beside it (merged "
            "where one recommendation has two actions). The current status is the January "
            "2026 column and the revised target date, where given, is the end."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Internal Audit Recommendations Tracker",
        "actions": actions,
    }


# ---------------------------------------------------------------------------
# 3. Rooftop Housing Group - compliance programme highlight report (xlsx)
# ---------------------------------------------------------------------------
def make_rooftop():
    name = "sl-rooftop-housing-group-building-safety-compliance-highlight-report.xlsx"
    col = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE, None: None}
    read = {"R": "red", "A": "amber", "G": "green", "B": "blue", None: "unrated"}
    W1, W2, W3 = "1. Gas and heating", "2. Electrical safety", "3. Fire safety"
    W4, W5, W6 = "4. Water hygiene (legionella)", "5. Asbestos", "6. Data, assurance and reporting"
    ms = [
        (W1, [
            ("1.1", "Complete the outstanding landlord gas safety checks at 37 properties where "
                    "access has not been gained, using the no-access procedure.",
             "Gas Compliance Manager", d(2025, 11, 1), d(2026, 1, 1), "R", "A",
             "28 of 37 now complete. 9 cases with Legal for injunction; hearings listed for "
             "December.", "2026-01", ["Gas Compliance Manager"]),
            ("1.2", "Commission an independent 10% quality audit of completed gas services.",
             "Gas Compliance Manager", d(2025, 10, 1), None, "G", "B",
             "Audit completed by external assessor; no category A failures found.",
             "2025-10", ["Gas Compliance Manager"])]),
        (W2, [
            ("2.1", "Complete EICRs at the 214 homes that do not have a certificate less than "
                    "five years old.",
             "Head of Compliance / Electrical Safety Lead", d(2026, 3, 1), None, "A", "A",
             "Second contractor mobilised 3 November 2025; 61 completed in November.",
             "2026-03", ["Head of Compliance", "Electrical Safety Lead"]),
            ("2.2", "Upload all EICR certificates and evidence of C1/C2 remedial work to the "
                    "compliance system.",
             "Compliance Data Officer", d(2026, 1, 1), None, "G", "G",
             "Backlog of 340 certificates uploaded; remedial evidence 80% complete.",
             "2026-01", ["Compliance Data Officer"])]),
        (W3, [
            ("3.1", "Complete all overdue high-priority fire risk assessment actions in the 19 "
                    "sheltered schemes.",
             "Fire Safety Manager", d(2025, 9, 1), d(2025, 12, 1), "R", "R",
             "14 of 57 actions still open, mainly compartmentation works. Contractor "
             "resourcing escalated to Director.", "2025-12", ["Fire Safety Manager"]),
            ("3.2", "Replace 42 non-compliant flat entrance fire doors at Abbey Court and "
                    "Brookside.",
             "Fire Safety Manager; Planned Works Manager", d(2026, 3, 1), None, "G", "G",
             "Doors ordered; installation programme starts 12 January 2026.",
             "2026-03", ["Fire Safety Manager", "Planned Works Manager"])]),
        (W4, [
            ("4.1", "Renew the legionella risk assessments for all 23 communal water systems.",
             "Head of Compliance", d(2026, 2, 1), None, "G", "G",
             "21 of 23 renewed; remaining two booked for January.", "2026-02",
             ["Head of Compliance"])]),
        (W5, [
            ("5.1", "Procure a new asbestos surveying contract and complete the re-inspection "
                    "of all communal areas.",
             "Head of Compliance", d(2026, 4, 1), None, None, None,
             "Tender to be issued in January 2026.", "2026-04", ["Head of Compliance"])]),
        (W6, [
            ("6.1", "Commission an independent assurance review of compliance data across the "
                    "Big 6 areas.",
             "Director of Property Services", d(2025, 12, 1), None, "G", "B",
             "Review reported to the Audit and Risk Committee on 27 November 2025 – "
             "substantial assurance.", "2025-12", ["Director of Property Services"]),
            ("6.2", "Report compliance performance monthly to the Executive Team and to each "
                    "Customer Services Committee.",
             "Director of Property Services", "Monthly", None, "G", "G",
             "Reported for October and November.", None, ["Director of Property Services"])]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight report"
    ws["A1"] = ("Rooftop Housing Group: Building Safety and Compliance Improvement Programme "
                "– Highlight Report")
    ws["A1"].font = Font(bold=True, size=14, color="7030A0")
    hdr = [("Reporting period", "November 2025"),
           ("Report to", "Customer Services Committee, 11 December 2025"),
           ("Programme sponsor", "Director of Property Services"),
           ("Programme manager", "Head of Compliance"),
           ("Overall RAG – last period", "Red"),
           ("Overall RAG – this period", "Amber")]
    for i, (k, v) in enumerate(hdr, start=4):
        ws.cell(i, 1, k).font = Font(bold=True)
        c = ws.cell(i, 2, v)
        if v == "Red":
            c.fill = fill(RED)
        elif v == "Amber":
            c.fill = fill(AMBER)
    ws["A11"] = "Compliance position at 30 November 2025"
    ws["A11"].font = Font(bold=True)
    comp = [("Area", "Properties / assets requiring a check", "Compliant", "Non-compliant",
             "% compliant", "Target"),
            ("Gas (landlord gas safety record)", 6412, 6375, 37, 0.994, 1),
            ("Electrical (EICR within 5 years)", 6950, 6736, 214, 0.969, 1),
            ("Fire risk assessments", 148, 148, 0, 1.0, 1),
            ("Water hygiene (legionella risk assessment)", 23, 21, 2, 0.913, 1),
            ("Asbestos (communal re-inspections)", 162, 151, 11, 0.932, 1),
            ("Lifts (LOLER thorough examination)", 31, 31, 0, 1.0, 1),
            ("Total", 13726, 13462, 264, 0.981, None)]
    for r, row in enumerate(comp, start=12):
        for c, v in enumerate(row, start=1):
            cell = ws.cell(r, c, v)
            cell.border = BOX
            if c in (5, 6) and isinstance(v, (int, float)) and r > 12:
                cell.number_format = "0.0%"
            if r == 12 or r == 19:
                cell.font = Font(bold=True)
            if r == 12:
                cell.fill = fill(GREY)
                cell.alignment = WRAP
    ws["A21"] = "Key issues and risks"
    ws["A21"].font = Font(bold=True)
    ws["A22"] = ("• Access refusals continue to delay gas and electrical checks; 9 cases are "
                 "with the Legal team for injunction.")
    ws["A23"] = ("• Contractor capacity for EICRs remains the main constraint; a second "
                 "contractor started on 3 November 2025.")
    ws["A25"] = "Decisions or support required from the Committee"
    ws["A25"].font = Font(bold=True)
    ws["A26"] = "None this period."
    ws["A28"] = "RAG key"
    ws["A28"].font = Font(bold=True)
    for r, (k, hexc) in enumerate([("Complete", BLUE), ("On track", GREEN),
                                   ("At risk – recovery plan in place", AMBER),
                                   ("Off track – escalation required", RED)], start=29):
        ws.cell(r, 1).fill = fill(hexc)
        ws.cell(r, 2, k)
    ws.column_dimensions["A"].width = 40
    for ltr in "BCDEF":
        ws.column_dimensions[ltr].width = 18

    ws = wb.create_sheet("Milestones")
    ws["A1"] = "Milestone tracker – Building Safety and Compliance Improvement Programme"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "RAG shown by cell colour – see the key on the Highlight report sheet"
    ws["A2"].font = Font(italic=True)
    heads = ["Ref", "Milestone / action", "Owner", "Original date", "Revised / forecast date",
             "RAG last period", "RAG this period", "Commentary"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("7030A0")
        cell.alignment = WRAP
        cell.border = BOX
    r = 5
    actions = []
    for ws_name, rows in ms:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(heads))
        ws.cell(r, 1, ws_name).font = Font(bold=True)
        ws.cell(r, 1).fill = fill("E4DFEC")
        r += 1
        for ref, text, owner, orig, rev, last, now, comm, end, leads in rows:
            vals = {1: ref, 2: text, 3: owner, 4: orig, 5: rev, 8: comm}
            for c in range(1, 9):
                cell = ws.cell(r, c, vals.get(c))
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(vals.get(c), dt.datetime):
                    cell.number_format = "mmm-yy"
            if col[last]:
                ws.cell(r, 6).fill = fill(col[last])
            if col[now]:
                ws.cell(r, 7).fill = fill(col[now])
            et = orig if isinstance(orig, str) else None
            actions.append(A(ref, [ws_name], text, leads, end, read[now], et))
            r += 1
    for i, w in enumerate([6, 55, 30, 12, 14, 10, 10, 50], start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(os.path.join(HERE, name))
    EXPECTED[name] = {
        "source": (
            "Imitates the building safety / 'Big 6' compliance programme highlight reports "
            "that housing associations take to board committees after regulatory attention "
            "from the Regulator of Social Housing (Rooftop Housing Group, 2025). Copied "
            "features: a highlight-report sheet with a header block (period, committee, "
            "sponsor, manager, last and current overall RAG), a compliance table with a total "
            "row, key issues and decisions boxes and a colour RAG key; a milestones sheet with "
            "numbered workstream band rows, original and revised/forecast dates as mmm-yy "
            "dates, and last-period and this-period RAG shown only by cell fill colour."),
        "reads": (
            "A programme highlight report whose plan is the Milestones sheet: ten numbered "
            "milestones under six workstreams, each with an owner, dates and a colour-only RAG "
            "for this period (one left uncoloured, not started). The first sheet's compliance "
            "table, issues and key are context, not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": ("Rooftop Housing Group: Building Safety and Compliance Improvement Programme "
                  "– Highlight Report"),
        "actions": actions,
    }


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


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 4. University of Sunderland - Ofsted ITE improvement plan (docx)
# ---------------------------------------------------------------------------
def make_sunderland_ite():
    name = "sl-university-of-sunderland-ofsted-ite-improvement-plan.docx"
    rag = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED, "": None}
    rag_read = {"B": "blue", "G": "green", "A": "amber", "R": "red", "": "unrated"}
    afi1 = ("Leaders should ensure that the centre-based curriculum for early reading and "
            "systematic synthetic phonics is consistently reflected in the training that "
            "trainees receive in their placement schools.")
    afi2 = ("Leaders should make sure that mentors know precisely how trainees’ centre-based "
            "learning about adaptive teaching should be applied in the classroom, so that "
            "mentoring builds on it consistently.")
    afi3 = ("Leaders should make sure that trainees in some subjects, including computing and "
            "design and technology, have enough opportunities to practise subject-specific "
            "teaching approaches during their placements.")
    phases = [
        ("Primary phase", [
            ("Area for improvement 1", afi1, [
                ("P1.1", "Map the centre-based phonics curriculum against each placement "
                         "school’s validated SSP programme and share the map with all primary "
                         "mentors.",
                 "Primary Programme Leader", "September 2025",
                 "Map published on the partnership portal; 100% of primary mentors briefed.",
                 "B", "2025-09", None, ["Primary Programme Leader"]),
                ("P1.2", "Deliver two joint training sessions for mentors and trainees on "
                         "teaching early reading to pupils at risk of falling behind.",
                 "Primary Programme Leader; English Subject Lead", "Autumn term 2025",
                 "Attendance of at least 85% of mentors; trainee survey shows increased "
                 "confidence.",
                 "G", "2025-12", "Autumn term 2025",
                 ["Primary Programme Leader", "English Subject Lead"]),
                ("P1.3", "Quality assure mentor meetings through joint observations by link "
                         "tutors in 25% of primary placement schools.",
                 "Partnership Manager", "Summer term 2026",
                 "Joint observation records show mentors refer to the phonics map.",
                 "A", "2026-07", "Summer term 2026", ["Partnership Manager"])]),
            ("Area for improvement 2", afi2, [
                ("P2.1", "Revise the mentor handbook to include a weekly focus linked to the "
                         "adaptive teaching strand of the ITE curriculum.",
                 "Partnership Manager", "By 31 October 2025",
                 "Revised handbook issued; weekly mentor meeting records use the focus.",
                 "B", "2025-10", None, ["Partnership Manager"]),
                ("P2.2", "Introduce an online mentor module on adaptive teaching, with "
                         "completion monitored each term.",
                 "Head of ITE / Digital Learning Lead", "January 2026",
                 "Module live on Canvas; completion reported to the Partnership Committee.",
                 "G", "2026-01", None, ["Head of ITE", "Digital Learning Lead"])])]),
        ("Secondary phase", [
            ("Area for improvement 3", afi3, [
                ("S1.1", "Agree a subject-specific practice entitlement with each placement "
                         "school for computing and design and technology trainees.",
                 "Secondary Programme Leader", "Autumn term 2025",
                 "Entitlement signed by all 14 placement schools.",
                 "A", "2025-12", "Autumn term 2025", ["Secondary Programme Leader"]),
                ("S1.2", "Recruit and train four additional expert subject mentors for "
                         "computing.",
                 "Secondary Programme Leader; Partnership Manager", "March 2026",
                 "Four mentors trained and allocated trainees for placement B.",
                 "R", "2026-03", None,
                 ["Secondary Programme Leader", "Partnership Manager"]),
                ("S1.3", "Review the impact of the entitlement through trainee voice surveys "
                         "and report the findings to the ITE Strategic Partnership Committee.",
                 "Head of ITE", "Ongoing – each Partnership Committee",
                 "Survey results show improvement in subject-specific practice.",
                 "", None, "Ongoing – each Partnership Committee", ["Head of ITE"])])]),
    ]
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    title = doc.add_paragraph()
    run = title.add_run("University of Sunderland ITE Partnership – Post-Inspection "
                        "Improvement Plan 2025–26")
    run.bold = True
    run.font.size = Pt(16)
    run.font.color.rgb = RGBColor(0xC8, 0x10, 0x2E)
    doc.add_paragraph("Ofsted initial teacher education inspection: 12–15 May 2025 "
                      "(primary and secondary phases)")
    doc.add_paragraph("Version 1.2 – updated for the ITE Strategic Partnership Committee, "
                      "13 November 2025")
    doc.add_paragraph("Document control").runs[0].bold = True
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Changes"]):
        set_cell(t.rows[0].cells[i], h, bold=True)
    for row in [("1.0", "07/07/2025", "Head of ITE", "First version following inspection report"),
                ("1.1", "22/09/2025", "Head of ITE", "Leads and timescales confirmed with partnership schools"),
                ("1.2", "13/11/2025", "Partnership Manager", "RAG ratings updated")]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v)
    doc.add_paragraph()
    doc.add_paragraph("RAG key").runs[0].bold = True
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, meaning in [("B", "Complete"), ("G", "On track"),
                       ("A", "Some slippage – action in hand"),
                       ("R", "Off track – escalated to the Head of School")]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        shade(cells[0], rag[k])
        set_cell(cells[1], meaning)
    actions = []
    for phase, afis in phases:
        doc.add_heading(phase, level=1)
        for afi_head, afi_text, acts in afis:
            doc.add_heading(afi_head, level=2)
            p = doc.add_paragraph(afi_text)
            p.runs[0].italic = True
            t = doc.add_table(rows=1, cols=6)
            t.style = "Table Grid"
            for i, h in enumerate(["No.", "Action", "Lead(s)", "Timescale",
                                   "Success criteria / evidence", "RAG"]):
                set_cell(t.rows[0].cells[i], h, bold=True)
                shade(t.rows[0].cells[i], "F2F2F2")
            for ref, text, lead, when, sc, r, end, et, leads in acts:
                cells = t.add_row().cells
                for i, v in enumerate([ref, text, lead, when, sc, r]):
                    set_cell(cells[i], v)
                if rag[r]:
                    shade(cells[5], rag[r])
                actions.append(A(ref, [phase, afi_text], text, leads, end, rag_read[r], et))
            doc.add_paragraph()
    doc.add_heading("Monitoring and sign-off", level=1)
    doc.add_paragraph("Progress against this plan is reviewed by the ITE Leadership Team each "
                      "half term and reported to each meeting of the ITE Strategic Partnership "
                      "Committee.")
    t = doc.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Approved by", "Role", "Date"]):
        set_cell(t.rows[0].cells[i], h, bold=True)
    for i, v in enumerate(["Professor L. Wardle", "Dean, Faculty of Education and Society",
                           "14/11/2025"]):
        set_cell(t.rows[1].cells[i], v)
    doc.save(os.path.join(HERE, name))
    EXPECTED[name] = {
        "source": (
            "Imitates the post-inspection improvement plans that university initial teacher "
            "education partnerships write after an Ofsted ITE inspection (University of "
            "Sunderland, 2025–26). Copied features: a title line with inspection dates and "
            "version note; a document control table and a B/G/A/R key table; a Heading 1 per "
            "phase and a Heading 2 'Area for improvement n' with the inspectors' wording in an "
            "italic paragraph above a separate action table (No., Action, Lead(s), Timescale, "
            "Success criteria, RAG letter with shading); school-term timescales; a sign-off "
            "table at the end."),
        "reads": (
            "Eight numbered actions in three tables, each table answering one Ofsted area for "
            "improvement under its phase (primary or secondary). The 'Area for improvement n' "
            "headings give way to the quoted text beneath them; the document control, key and "
            "sign-off tables hold no actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": ("University of Sunderland ITE Partnership – Post-Inspection Improvement Plan "
                  "2025–26"),
        "actions": actions,
    }


# ---------------------------------------------------------------------------
# 5. Brackenwood House Care Home - CQC inspection action plan (docx)
# ---------------------------------------------------------------------------
def make_brackenwood():
    name = "sl-brackenwood-house-care-home-cqc-inspection-action-plan.docx"
    sfill = {"Completed": BLUE, "On track": GREEN, "Behind plan": AMBER, "Not met": RED,
             "Not started": None}
    sread = {"Completed": "blue", "On track": "green", "Behind plan": "amber",
             "Not met": "red", "Not started": "unrated"}
    KQ1 = "Is the service safe? – Requires improvement"
    KQ2 = "Is the service well-led? – Requires improvement"
    KQ3 = "Is the service effective? – Good"
    REQ1 = ("Regulation 12 (Safe care and treatment): Risks to people’s health and safety were "
            "not always assessed or managed, including for people at risk of choking.")
    REQ2 = ("Regulation 17 (Good governance): Systems to assess, monitor and improve the quality "
            "and safety of the service were not always effective.")
    REQ3 = ("Should do: The provider should ensure mental capacity assessments are "
            "decision-specific and that best interest decisions are recorded.")
    plan = [
        (KQ1, REQ1, [
            ("1.1", "Review and update all choking risk assessments and eating and drinking care "
                    "plans in line with SALT recommendations.",
             "Karen Doyle (Registered Manager)", "31/07/2025", "Completed",
             "All 11 residents with SALT input reviewed; care plans audited 30/07/25.",
             "2025-07", None, ["Karen Doyle (Registered Manager)"]),
            ("1.2", "Deliver IDDSI dysphagia training to all care and kitchen staff, with "
                    "competency checks signed off by the Clinical Lead.",
             "Deputy Manager / Clinical Lead", "End of September 2025", "Completed",
             "41 of 43 staff trained; 2 on long-term leave will complete on return.",
             "2025-09", None, ["Deputy Manager", "Clinical Lead"]),
            ("1.3", "Introduce a daily ‘resident at risk’ huddle at shift handover covering "
                    "choking, falls and pressure care.",
             "Registered Manager", "w/c 04/08/25", "On track",
             "Huddle in place on both floors; records checked weekly.",
             "2025-08", None, ["Registered Manager"]),
            ("1.4", "Carry out monthly medication audits, including PRN protocols and topical "
                    "MAR charts, and log any actions on the home improvement tracker.",
             "Clinical Lead", "Monthly", "On track",
             "Audits completed August–October; PRN protocols now 100% in place.",
             None, "Monthly", ["Clinical Lead"])]),
        (KQ2, REQ2, [
            ("2.1", "Implement the provider’s new quality assurance framework, including a "
                    "monthly provider visit report by the Operations Director.",
             "Operations Director", "31/10/2025", "Behind plan",
             "Framework launched; September visit report not completed due to vacancy.",
             "2025-10", None, ["Operations Director"]),
            ("2.2", "Ensure every audit finding has an owner and a timescale, and that overdue "
                    "actions are escalated to the Nominated Individual.",
             "Registered Manager & Nominated Individual", "30/11/2025", "On track",
             "Improvement tracker reviewed at monthly governance meeting.",
             "2025-11", None, ["Registered Manager", "Nominated Individual"]),
            ("2.3", "Hold a residents’ and relatives’ meeting each quarter and display a ‘You "
                    "said, we did’ summary in reception.",
             "Activities Coordinator", "December 2025", "Not started",
             "First meeting planned for 10 December 2025.",
             "2025-12", None, ["Activities Coordinator"])]),
        (KQ3, REQ3, [
            ("3.1", "Complete decision-specific mental capacity assessments for all residents "
                    "with bedrails or sensor mats, and record best interest decisions.",
             "Deputy Manager", "15/01/2026", "Behind plan",
             "18 of 26 assessments completed; GP and family input awaited for the rest.",
             "2026-01", None, ["Deputy Manager"])]),
    ]
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Brackenwood House Care Home – CQC Inspection Action Plan")
    r.bold = True
    r.font.size = Pt(16)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for line in ["Provider: Brackenwood Care Ltd",
                 "Inspection dates: 9 and 10 July 2025  |  Report published: 3 September 2025  "
                 "|  Overall rating: Requires improvement",
                 "Plan owner: Karen Doyle, Registered Manager",
                 "Last updated: 14 November 2025"]:
        doc.add_paragraph(line)
    doc.add_paragraph("This action plan sets out what we are doing in response to the breaches "
                      "of regulation and the ‘should do’ improvement identified by the Care "
                      "Quality Commission. It is reviewed at the monthly home governance "
                      "meeting and shared with the local authority quality team.")
    doc.add_paragraph("Status key: Completed = blue | On track = green | Behind plan = amber | "
                      "Not met = red | Not started = no colour")
    heads = ["Ref", "Action", "Responsible person", "Target date", "Status", "Evidence / progress"]
    t = doc.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    for i, h in enumerate(heads):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "BDD7EE")
    actions = []
    for kq, req, acts in plan:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[-1])
        set_cell(m, kq, bold=True, size=11)
        shade(m, "D9D9D9")
        row = t.add_row()
        m = row.cells[0].merge(row.cells[-1])
        set_cell(m, req, bold=True)
        shade(m, "F2F2F2")
        for ref, text, who, when, status, prog, end, et, leads in acts:
            cells = t.add_row().cells
            for i, v in enumerate([ref, text, who, when, status, prog]):
                set_cell(cells[i], v)
            if sfill[status]:
                shade(cells[4], sfill[status])
            actions.append(A(ref, [kq, req], text, leads, end, sread[status], et))
    doc.add_paragraph()
    doc.add_paragraph("Signed: Karen Doyle, Registered Manager        Date: 14/11/2025")
    doc.add_paragraph("Reviewed by: Nominated Individual, Brackenwood Care Ltd")
    doc.save(os.path.join(HERE, name))
    EXPECTED[name] = {
        "source": (
            "Imitates the action plans that care home providers publish or send to CQC and "
            "commissioners after a 'requires improvement' inspection (Brackenwood House Care "
            "Home, 2025). Copied features: a centred title, provider/inspection/rating lines "
            "and plan owner; an introductory paragraph and a status key as a line of text; a "
            "single table in which merged grey rows give each key question with its rating and "
            "merged paler rows give the regulation breach or 'should do' the actions answer; "
            "named manager with role in brackets, slash and ampersand leads, mixed date "
            "styles (dd/mm/yyyy, End of September 2025, w/c date, Monthly) and a shaded status "
            "column; a signature line."),
        "reads": (
            "Eight numbered actions in one table, grouped under three key questions and, "
            "within each, the regulation breach or 'should do' they respond to. Status is the "
            "status word, read through the document's key (Behind plan = amber)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Brackenwood House Care Home – CQC Inspection Action Plan",
        "actions": actions,
    }


# ---------------------------------------------------------------------------
# 6. Northamptonshire FRS - HMICFRS AFI plan, CSV export, typo month -> refuse
# ---------------------------------------------------------------------------
def make_northants_fire():
    name = ("sl-northamptonshire-fire-rescue-service-hmicfrs-afi-improvement-plan-"
            "typo-month-refuse.csv")
    heads = ["AFI ref", "Inspection area", "Area for improvement", "Action ref", "Action",
             "Action owner", "Target date", "Revised target date", "RAG", "Progress"]
    n = len(heads)
    AF1 = ("The service should make sure it targets its prevention activity at the people most "
           "at risk from fire, using data and intelligence from partner agencies.")
    AF2 = ("The service should make sure staff understand and demonstrate its values at all "
           "levels, and that inappropriate behaviour is challenged.")
    AF3 = ("The service should improve the diversity of its workforce and make sure it has "
           "effective positive action to attract applicants from under-represented groups.")
    AF4 = ("The service should make sure it has effective measures in place to assess the "
           "productivity of its on-call workforce.")
    rows = [
        ("AFI 1", "Preventing fire and other risks", AF1, "1.1",
         "Agree data-sharing agreements with adult social care and both acute NHS trusts to "
         "identify people at highest risk of fire.",
         "Area Manager – Prevention and Protection", "31/03/2025", "30/09/2025", "Complete",
         "Agreements signed with NNC, WNC and NGH; KGH signed September 2025."),
        ("AFI 1", "Preventing fire and other risks", AF1, "1.2",
         "Review the targeting model for Safe and Well visits using partner data and the "
         "Exeter data set.",
         "Prevention Manager", "30/06/2025", "", "Complete",
         "New model live from July 2025; 64% of visits now to high-risk households."),
        ("AFI 2", "Promoting the right values and culture", AF2, "2.1",
         "Deliver the Serving with Pride leadership programme to all supervisory and middle "
         "managers.",
         "Head of People; Group Manager – Organisational Development", "31/12/2025", "",
         "Green", "Cohorts 1–4 complete (112 managers); final cohort December."),
        ("AFI 2", "Promoting the right values and culture", AF2, "2.2",
         "Introduce an independent confidential reporting line and publish quarterly "
         "anonymised misconduct outcomes.",
         "Head of Professional Standards", "31/01/2025", "31/07/2025", "Complete",
         "Line live since April 2025; outcomes published for Q1 and Q2."),
        ("AFI 3", "Ensuring fairness and promoting diversity", AF3, "3.1",
         "Run two positive action ‘have a go’ days before the 2025 wholetime recruitment "
         "campaign.",
         "Positive Action Officer", "30/04/2025", "", "Complete",
         "Two events held in March and April 2025; 38% of attendees from under-represented "
         "groups."),
        ("AFI 3", "Ensuring fairness and promoting diversity", AF3, "3.2",
         "Carry out an equality impact assessment of the promotion process and publish the "
         "findings.",
         "Head of People", "30/09/2025", "Febuary 2026", "Amber",
         "Data analysis complete; report delayed by the pay and grading review."),
        ("AFI 3", "Ensuring fairness and promoting diversity", AF3, "3.3",
         "Establish staff networks for women, LGBTQ+ and ethnic minority colleagues, each with "
         "an executive sponsor.",
         "Deputy Chief Fire Officer", "31/12/2025", "", "Green",
         "Women’s and LGBTQ+ networks launched; ethnic minority network launch December."),
        ("AFI 4", "Making best use of resources", AF4, "4.1",
         "Introduce on-call availability and productivity dashboards for each station, "
         "reviewed at the monthly Performance Board.",
         "Area Manager – Response", "31/03/2026", "", "Green",
         "Dashboard built in Power BI; testing with six stations."),
    ]
    lines = [
        ["Northamptonshire Fire and Rescue Service – HMICFRS effectiveness, efficiency and "
         "people 2023–25: areas for improvement action plan"],
        ["Report published 18 September 2024"],
        ["Position at 30 November 2025 – Police, Fire and Crime Commissioner’s Accountability Board"],
        [],
        heads,
    ] + [list(r) for r in rows] + [
        [],
        ["Summary: 8 actions – Complete 4, Green 3, Amber 1, Red 0"],
    ]
    path = os.path.join(HERE, name)
    with open(path, "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for ln in lines:
            w.writerow(ln + [""] * (n - len(ln)))
    # line of the typo (1-based): header is line 5, actions from line 6
    typo_line = 6 + [r[3] for r in rows].index("3.2")
    EXPECTED[name] = {
        "source": (
            "Imitates the HMICFRS areas-for-improvement action plans that fire and rescue "
            "services report to their fire authority or police, fire and crime commissioner, "
            "here exported to CSV from a tracker (Northamptonshire Fire and Rescue Service, "
            "2023–25 inspection report published 18 September 2024). Copied features: a "
            "three-line title block padded with commas as Excel exports it; an export layout "
            "where the AFI ref, inspection area and AFI wording are repeated on every action "
            "row; original and revised target dates; RAG words; a summary line at the end."),
        "reads": (
            "Eight actions answering four HMICFRS areas for improvement. The revised target "
            "date of action 3.2 reads 'Febuary 2026', a mistyped month in the cell that "
            "gives that action's end, so a careful reader stops there and asks."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_line,
        "title": ("Northamptonshire Fire and Rescue Service – HMICFRS effectiveness, efficiency "
                  "and people 2023–25: areas for improvement action plan"),
    }


# ---------------------------------------------------------------------------
# 7. St Aldhelm's CE Primary School - post-Ofsted action plan (tab-separated txt)
# ---------------------------------------------------------------------------
def make_st_aldhelms():
    name = "sl-st-aldhelms-ce-primary-school-post-ofsted-action-plan.txt"
    rag = {"B": "blue", "G": "green", "A": "amber", "R": "red", "": "unrated"}
    P1 = "Priority 1: Curriculum in the foundation subjects"
    P2 = "Priority 2: Assessment in the foundation subjects"
    P3 = "Priority 3: Early reading"
    F1 = ("Leaders should ensure that the curriculum in the foundation subjects sets out the "
          "important knowledge pupils should learn, and the order in which they should learn "
          "it, from the early years to Year 6.")
    F2 = ("Leaders should ensure that teachers check what pupils know and remember in the "
          "foundation subjects, so that gaps in pupils' knowledge are identified and addressed.")
    F3 = ("Leaders should ensure that pupils who fall behind in phonics receive effective and "
          "timely support to help them catch up quickly.")
    hdr = "Ref\tAction\tLead\tBy when\tHow we will check\tRAG"
    plan = [
        (P1, F1, [
            ("1.1", "Subject leaders to rewrite the knowledge progression maps for history, "
                    "geography and design and technology.",
             "Curriculum Lead (Deputy Headteacher)", "Oct 2025",
             "Maps reviewed by Curriculum Committee", "B", "2025-10", None,
             ["Curriculum Lead (Deputy Headteacher)"]),
            ("1.2", "Release each subject leader for half a day every half term to monitor "
                    "delivery through pupil voice and book looks.",
             "Headteacher", "Termly", "Monitoring timetable; link governor visits", "G",
             None, "Termly", ["Headteacher"]),
            ("1.3", "Train all teachers in retrieval practice so that pupils revisit key "
                    "knowledge at the start of each lesson.",
             "Curriculum Lead (Deputy Headteacher)/Trust Teaching and Learning Adviser",
             "Autumn term 2025", "Lesson visits; pupil voice", "A", "2025-12",
             "Autumn term 2025",
             ["Curriculum Lead (Deputy Headteacher)", "Trust Teaching and Learning Adviser"])]),
        (P2, F2, [
            ("2.1", "Introduce end-of-unit low-stakes quizzes in all foundation subjects and "
                    "record outcomes on the school tracking system.",
             "Assessment Lead", "Jan 2026", "Tracking data reviewed at pupil progress meetings",
             "G", "2026-01", None, ["Assessment Lead"]),
            ("2.2", "Moderate pupils' work in history and geography with two other schools in "
                    "the trust.",
             "Subject leaders; Assessment Lead", "Summer term 2026", "Moderation notes", "",
             "2026-07", "Summer term 2026", ["Subject leaders", "Assessment Lead"])]),
        (P3, F3, [
            ("3.1", "Deliver daily keep-up sessions for pupils in Reception and Year 1 who are "
                    "not secure with the sounds taught that week.",
             "Phonics Lead", "Ongoing", "Phonics assessment every six weeks", "G", None,
             "Ongoing", ["Phonics Lead"]),
            ("3.2", "Complete refresher training in the school's validated phonics programme "
                    "for all teaching assistants.",
             "Phonics Lead & SENCo", "Nov 2025", "Training log; drop-ins to keep-up sessions",
             "R", "2025-11", None, ["Phonics Lead", "SENCo"])]),
    ]
    out = [
        "St Aldhelm's Church of England Primary School: Post-Ofsted Action Plan 2025–26",
        "Inspection 17–18 June 2025: Requires improvement (quality of education; leadership "
        "and management)",
        "Updated for the Full Governing Board, 9 December 2025",
        "",
        "RAG key:\tB = complete\tG = on track\tA = some slippage\tR = not on track",
        "",
    ]
    actions = []
    for i, (pri, afi, acts) in enumerate(plan):
        out.append(pri)
        out.append("Area for improvement:\t" + afi)
        out.append(hdr)
        for ref, text, lead, when, check, r, end, et, leads in acts:
            out.append("\t".join([ref, text, lead, when, check, r]))
            actions.append(A(ref, [pri, afi], text, leads, end, rag[r], et))
        out.append("")
    out += [
        "Notes: 3.2 – training postponed due to staff absence; escalated to the trust "
        "school improvement partner.",
        "Next review: Full Governing Board, 17 March 2026.",
    ]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")
    EXPECTED[name] = {
        "source": (
            "Imitates the post-Ofsted action plans that primary schools keep for their "
            "governing boards after a 'requires improvement' inspection, saved as a "
            "tab-separated text export (St Aldhelm's CE Primary School, 2025–26). Copied "
            "features: three title lines (school and plan, inspection outcome, update date); a RAG "
            "key line; 'Priority n:' heading lines each followed by an 'Area for improvement:' "
            "line with Ofsted's wording and a repeated header row; Ref/Action/Lead/By when/How "
            "we will check/RAG rows with school-term and 'Termly'/'Ongoing' timings, a blank "
            "RAG for a not-yet-started action; notes lines at the end."),
        "reads": (
            "Seven numbered actions in three priorities, each priority restating the Ofsted "
            "area for improvement it answers. Terms are read as periods (Autumn term 2025 -> "
            "December 2025, Summer term 2026 -> July 2026); the notes lines are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "St Aldhelm's Church of England Primary School: Post-Ofsted Action Plan 2025–26",
        "actions": actions,
    }


def write_expected():
    import yaml

    class Dumper(yaml.SafeDumper):
        pass

    def str_rep(dumper, data):
        if "\n" in data:
            return dumper.represent_scalar("tag:yaml.org,2002:str", data, style="|")
        return dumper.represent_scalar("tag:yaml.org,2002:str", data)

    Dumper.add_representer(str, str_rep)

    class Q(str):
        pass

    Dumper.add_representer(
        Q, lambda dumper, data: dumper.represent_scalar("tag:yaml.org,2002:str", str(data),
                                                        style='"'))
    for exp in EXPECTED.values():
        for act in exp.get("actions", []):
            for k in ("ref", "end"):
                if isinstance(act[k], str):
                    act[k] = Q(act[k])
    for name, exp in EXPECTED.items():
        with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
            yaml.dump(exp, f, Dumper=Dumper, sort_keys=False, allow_unicode=True, width=100)


if __name__ == "__main__":
    make_cios_icb()
    make_glos_police()
    make_rooftop()
    make_sunderland_ite()
    make_brackenwood()
    make_northants_fire()
    make_st_aldhelms()
    if "--expected" in sys.argv:
        write_expected()
    print("built", len(EXPECTED), "files")
