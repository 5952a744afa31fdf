"""Build the seven na2- data files of set heldout399.

Run with: /work/main/.venv/bin/python na2_make.py
Writes into the folder this script lives in.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE = "5B9BD5"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"

thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def d(y, m, day):
    return dt.datetime(y, m, day)


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def header_row(ws, row, labels, fill_hex="1F4E78"):
    for c, lab in enumerate(labels, start=1):
        cell = ws.cell(row=row, column=c, value=lab)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(fill_hex)
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX


def band(ws, row, text, ncols, fill_hex=GREY, bold=True, italic=False, color="000000"):
    ws.cell(row=row, column=1, value=text)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
    c = ws.cell(row=row, column=1)
    c.font = Font(bold=bold, italic=italic, color=color)
    c.fill = fill(fill_hex)
    c.alignment = Alignment(wrap_text=True, vertical="center")
    ws.row_dimensions[row].height = 30 if len(text) > 90 else 18


# ---------------------------------------------------------------------------
# 1. Exmoor NPA strategic risk register (xlsx, three sheets + cover)
# ---------------------------------------------------------------------------
def exmoor():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Exmoor National Park Authority – Strategic Risk Register 2025/26"
    cov["A1"].font = Font(bold=True, size=14)
    info = [
        ("Report to:", "Audit and Performance Committee"),
        ("Meeting date:", "18 November 2025"),
        ("Register owner:", "Chief Executive"),
        ("Position at:", "31 October 2025"),
    ]
    for i, (k, v) in enumerate(info, start=3):
        cov.cell(row=i, column=1, value=k).font = Font(bold=True)
        cov.cell(row=i, column=2, value=v)
    cov["A8"] = "Document control"
    cov["A8"].font = Font(bold=True)
    header_row(cov, 9, ["Version", "Date", "Author", "Summary of changes"])
    dc = [
        ("3.0", "15/04/2025", "Corporate Performance Officer", "Annual refresh approved by Leadership Team"),
        ("3.1", "22/07/2025", "Corporate Performance Officer", "Q1 review – SR4 residual score increased"),
        ("3.2", "31/10/2025", "Corporate Performance Officer", "Q2 review – action updates added"),
    ]
    for r, row in enumerate(dc, start=10):
        for c, v in enumerate(row, start=1):
            cell = cov.cell(row=r, column=c, value=v)
            cell.border = BOX
    widths(cov, [18, 34, 30, 48])

    # --- register of risks (no actions here) ---
    reg = wb.create_sheet("Risk Register")
    reg["A1"] = "Strategic Risk Register 2025/26 – Summary of risks"
    reg["A1"].font = Font(bold=True, size=12)
    hdr = ["Risk ID", "Risk title", "Description (cause, event, consequence)", "Risk owner",
           "Inherent L", "Inherent I", "Inherent score", "Key existing controls",
           "Residual L", "Residual I", "Residual score", "Target score", "Direction of travel"]
    header_row(reg, 3, hdr)
    risks = [
        ("SR1", "Financial sustainability",
         "Real-terms reductions in National Park Grant and rising costs mean the Authority cannot fund its "
         "Partnership Plan commitments, leading to service reductions.",
         "Chief Executive", 5, 4, "Medium Term Financial Plan; quarterly budget monitoring to the Authority; reserves policy",
         4, 4, 9, "↔"),
        ("SR2", "Staff capacity and wellbeing",
         "Small specialist teams and recruitment difficulties in a rural area lead to loss of key skills and "
         "increased workload pressure.",
         "Chief Executive", 4, 4, "Hybrid working policy; Employee Assistance Programme; annual staff survey",
         3, 4, 8, "↑"),
        ("SR3", "Climate change and nature recovery targets",
         "The Authority and partners are unable to deliver the scale of nature recovery and carbon reduction "
         "set out in the Protected Landscapes Targets and Outcomes Framework.",
         "Director of Park Services", 4, 4,
         "Partnership Plan governance; Nature Recovery Board; Farming in Protected Landscapes programme",
         3, 4, 8, "↔"),
        ("SR4", "Information governance and cyber security",
         "A cyber attack or data breach disrupts services, causes loss of data and results in reputational "
         "damage or ICO enforcement.",
         "Chief Finance Officer", 4, 5, "Managed firewall and backups; data protection policies; staff e-learning",
         3, 5, 10, "↑"),
    ]
    for r, (rid, title, desc, owner, il, ii, ctrl, rl, ri, tgt, dot) in enumerate(risks, start=4):
        vals = [rid, title, desc, owner, il, ii, il * ii, ctrl, rl, ri, rl * ri, tgt, dot]
        for c, v in enumerate(vals, start=1):
            cell = reg.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
        score = rl * ri
        reg.cell(row=r, column=11).fill = fill(RED if score >= 15 else AMBER if score >= 8 else GREEN)
        reg.cell(row=r, column=7).fill = fill(RED if il * ii >= 15 else AMBER)
    widths(reg, [8, 24, 46, 20, 9, 9, 9, 40, 9, 9, 9, 9, 10])
    reg.freeze_panes = "C4"

    # --- action plan ---
    ap = wb.create_sheet("Action Plan")
    ap["A1"] = "Strategic Risk Register 2025/26 – Risk mitigation action plan"
    ap["A1"].font = Font(bold=True, size=12)
    ap["A2"] = ("Position at 31 October 2025. Actions are monitored quarterly by Leadership Team and "
                "reported to Audit and Performance Committee.")
    ap["A2"].font = Font(italic=True)
    hdr = ["Action ref", "Further action required", "Action owner", "Target date", "Revised target date",
           "Status", "Progress update (October 2025)"]
    header_row(ap, 4, hdr)
    status_fill = {"Complete": BLUE, "On track": GREEN, "Behind schedule": AMBER, "Off track": RED}
    rows = [
        ("band", "SR1 – Financial sustainability"),
        ("SR1.1", "Develop a three-year Medium Term Financial Plan scenario model reflecting a flat-cash "
                  "National Park Grant settlement.",
         "Chief Finance Officer", d(2026, 3, 31), None, "On track",
         "Draft model presented to Leadership Team on 14 October; Member workshop planned for January."),
        ("SR1.2", "Deliver the income generation workstream of the Partnerships for Nature programme, "
                  "including a visitor giving scheme at the National Park Centres.",
         "Head of Engagement / Chief Finance Officer", "Sept 2026", None, "Behind schedule",
         "Visitor giving pilot delayed pending card-reader procurement."),
        ("band", "SR2 – Staff capacity and wellbeing"),
        ("SR2.1", "Complete the pay and grading benchmarking review and report findings to Leadership Team.",
         "HR Manager", d(2025, 9, 30), None, "Complete",
         "Report considered by Leadership Team on 7 October 2025."),
        ("SR2.2", "Prepare a workforce plan that identifies single points of failure in specialist roles "
                  "(for example ecology and planning enforcement) and sets out succession arrangements.",
         "Director of Park Services", "Q4 2025/26", None, "Not started",
         "Scheduled to start once the pay review actions are agreed."),
        ("band", "SR3 – Climate change and nature recovery targets"),
        ("SR3.1", "Agree delivery milestones for the Exmoor Nature Recovery Plan with Natural England and partners.",
         "Head of Conservation and Access", d(2025, 12, 31), None, "On track",
         "Milestones drafted; partnership workshop held 23 October."),
        ("SR3.2", "Report progress against the Protected Landscapes Targets and Outcomes Framework to the Authority.",
         "Director of Park Services", "Annual", None, "On track",
         "First annual report due to the Authority in June 2026."),
        ("band", "SR4 – Information governance and cyber security"),
        ("SR4.1", "Achieve Cyber Essentials Plus certification for the Authority's network.",
         "ICT Manager", d(2025, 10, 31), d(2026, 2, 28), "Behind schedule",
         "Assessment rebooked after the firewall replacement; two remediation items outstanding."),
        ("SR4.2", "Deliver data protection refresher training to all staff and Members, and record completion.",
         "Information Governance Officer; Democratic Services Officer", d(2026, 1, 31), None, "On track",
         "78% of staff have completed the module; Member session booked for 9 December."),
    ]
    r = 5
    for row in rows:
        if row[0] == "band":
            band(ap, r, row[1], 7)
        else:
            for c, v in enumerate(row, start=1):
                cell = ap.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            st = row[5]
            if st in status_fill:
                ap.cell(row=r, column=6).fill = fill(status_fill[st])
        r += 1
    r += 1
    ap.cell(row=r, column=1, value="Summary of action status").font = Font(bold=True)
    for lab, n in [("Complete", 1), ("On track", 4), ("Behind schedule", 2), ("Not started", 1),
                   ("Total actions", 8)]:
        r += 1
        ap.cell(row=r, column=1, value=lab)
        ap.cell(row=r, column=2, value=n)
    r += 2
    ap.cell(row=r, column=1, value="Status key: Complete (blue) – action delivered; On track (green); "
                                  "Behind schedule (amber) – target date at risk or revised; "
                                  "Off track (red); Not started (no colour).").font = Font(italic=True)
    widths(ap, [10, 60, 30, 13, 13, 16, 50])
    ap.freeze_panes = "A5"

    key = wb.create_sheet("Scoring and Key")
    key["A1"] = "Risk scoring matrix (Likelihood x Impact)"
    key["A1"].font = Font(bold=True)
    for i in range(5):
        key.cell(row=3 + i, column=1, value=5 - i)
        for j in range(5):
            s = (5 - i) * (j + 1)
            cell = key.cell(row=3 + i, column=2 + j, value=s)
            cell.fill = fill(RED if s >= 15 else AMBER if s >= 8 else GREEN)
            cell.border = BOX
    for j in range(5):
        key.cell(row=8, column=2 + j, value=j + 1)
    key["A10"] = "Red 15–25: immediate management attention; Amber 8–12: active management; Green 1–6: tolerate and monitor"
    key["A12"] = "Action status key"
    key["A12"].font = Font(bold=True)
    for i, (lab, col) in enumerate([("Complete", BLUE), ("On track", GREEN), ("Behind schedule", AMBER),
                                    ("Off track", RED), ("Not started", None)], start=13):
        cell = key.cell(row=i, column=1, value=lab)
        if col:
            cell.fill = fill(col)
    wb.save(os.path.join(HERE, "na2-exmoor-npa-strategic-risk-register-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 2. Yorkshire Dales NPA internal audit agreed-actions tracker (xlsx)
# ---------------------------------------------------------------------------
def yorkshire_dales():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "Yorkshire Dales National Park Authority – Internal Audit Follow-up of Agreed Actions"
    sm["A1"].font = Font(bold=True, size=13)
    sm["A2"] = "Audit and Review Committee, 9 December 2025"
    header_row(sm, 4, ["Priority", "Total agreed", "Implemented", "In progress", "Revised date agreed",
                       "Overdue", "Not started"])
    summ = [("1 – High", 2, 0, 0, 1, 1, 0), ("2 – Medium", 5, 1, 2, 1, 0, 1), ("3 – Low", 2, 2, 0, 0, 0, 0),
            ("Total", 9, 3, 2, 2, 1, 1)]
    for r, row in enumerate(summ, start=5):
        for c, v in enumerate(row, start=1):
            cell = sm.cell(row=r, column=c, value=v)
            cell.border = BOX
            if row[0] == "Total":
                cell.font = Font(bold=True)
    sm["A11"] = "Status key"
    sm["A11"].font = Font(bold=True)
    keyrows = [("Implemented", BLUE, "Action complete – confirmed by internal audit"),
               ("In progress", GREEN, "Action under way and expected to meet the target date"),
               ("Revised date agreed", AMBER, "Original target date missed; revised date agreed with the Director"),
               ("Overdue", RED, "Target date passed with no revised date agreed"),
               ("Not started", None, "Work has not yet begun")]
    for r, (lab, col, txt) in enumerate(keyrows, start=12):
        c = sm.cell(row=r, column=1, value=lab)
        if col:
            c.fill = fill(col)
        sm.cell(row=r, column=2, value=txt)
    sm["A18"] = ("Priority 1 – fundamental weakness requiring immediate attention; Priority 2 – significant "
                 "weakness; Priority 3 – minor improvement to the control framework.")
    widths(sm, [22, 14, 14, 14, 20, 12, 12])

    ws = wb.create_sheet("Agreed actions")
    ws["A1"] = "Internal audit agreed actions tracker"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Internal audit provider: Veritau. Position as at 21 November 2025."
    hdr = ["Ref", "Agreed action", "Priority", "Responsible officer", "Original target date",
           "Revised target date", "Status", "Progress update"]
    header_row(ws, 4, hdr)
    sfill = {k: v for k, v, _ in keyrows if v}
    rows = [
        ("band", "Grants to third parties 2023/24 – Reasonable assurance"),
        (1, "Record declarations of interest from grant panel members at the start of each panel meeting and "
            "retain them on the grant file.", 3, "Sustainable Development Fund Officer", d(2024, 12, 31), None,
         "Implemented", "Confirmed by sample testing in May 2025."),
        ("band", "Procurement and contract management 2024/25 – Reasonable assurance"),
        (1, "Update the Contract Procedure Rules to reflect the Procurement Act 2023 and issue guidance to "
            "budget holders.", 2, "Finance Manager", d(2025, 2, 28), d(2025, 12, 31), "Revised date agreed",
         "Draft rules to the Authority meeting on 16 December 2025."),
        (2, "Maintain a central contracts register and publish it quarterly in line with the Local Government "
            "Transparency Code.", 2, "Finance Manager / Procurement Officer", d(2025, 3, 31), None, "Implemented",
         "Register published on the website; Q2 update issued October 2025."),
        ("band", "Payroll 2024/25 – Substantial assurance"),
        (1, "Produce a monthly exception report of pay variations above £500 for independent review before the "
            "payroll is approved.", 3, "Payroll and Pensions Officer", d(2025, 6, 30), None, "Implemented",
         "Exception report in place from the June 2025 payroll."),
        ("band", "Information security 2025/26 – Limited assurance"),
        (1, "Complete and document an annual review of user access rights for the finance and planning systems.",
         1, "ICT Manager", d(2025, 9, 30), d(2026, 1, 31), "Revised date agreed",
         "Finance system review complete; planning system review delayed by supplier upgrade."),
        (2, "Test the ICT disaster recovery plan, including restoring data from off-site backups, and report the "
            "outcome to the Senior Leadership Team.", 1, "ICT Manager", d(2025, 10, 31), None, "Overdue",
         "Test postponed twice due to staff absence; new date to be agreed."),
        (3, "Enable multi-factor authentication on all remote access accounts, including Members' devices.",
         2, "ICT Manager; Member Services Officer", d(2025, 11, 30), None, "In progress",
         "All staff accounts enabled; 14 of 25 Members enrolled."),
        ("band", "Planning enforcement 2025/26 – Reasonable assurance"),
        (1, "Set target response times for enforcement complaints by priority category in the Local Enforcement "
            "Plan and report performance to Planning Committee.", 2, "Head of Development Management",
         "Q4 2025/26", None, "In progress", "Revised Local Enforcement Plan in consultation."),
        (2, "Carry out a case review of all open enforcement cases older than 12 months and agree a closure or "
            "escalation route for each.", 2, "Planning Enforcement Officer", d(2026, 3, 31), None, "Not started",
         ""),
    ]
    r = 5
    for row in rows:
        if row[0] == "band":
            band(ws, r, row[1], 8, fill_hex="DDEBF7")
        else:
            for c, v in enumerate(row, start=1):
                cell = ws.cell(row=r, column=c, value=v if v != "" else None)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            if row[6] in sfill:
                ws.cell(row=r, column=7).fill = fill(sfill[row[6]])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Actions closed in previous reports are not shown. Veritau will confirm "
                                   "implementation of priority 1 actions through follow-up testing.").font = Font(italic=True)
    widths(ws, [6, 60, 9, 30, 13, 13, 18, 46])
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, "na2-yorkshire-dales-npa-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 3. Warwickshire FRS – HMICFRS misconduct handling recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def warwickshire():
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = "Warwickshire Fire and Rescue Service – HMICFRS Standards of Behaviour Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("HMICFRS thematic inspection: Standards of behaviour – the handling of misconduct in fire and "
                "rescue services (published August 2024)")
    ws["A3"] = "Position at 30 September 2025 (reported to Service Leadership Team 14 October 2025)"
    ws["A3"].font = Font(italic=True)
    hdr = ["Action ref", "Action", "Action lead", "Target date", "Revised date", "Previous RAG (Jun 25)",
           "Current RAG (Sep 25)", "Progress update"]
    header_row(ws, 5, hdr, fill_hex="C00000")
    RAG = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    rows = [
        ("theme", "Theme 1: Culture and ethics"),
        ("rec", "Recommendation 1 – By 1 February 2025, chief fire officers should make sure all staff know and "
                "follow the Core Code of Ethics, and build the code into relevant policies and practices."),
        ("R1.1", "Review all HR policies against the Core Code of Ethics and add a code statement to each policy "
                 "when it is renewed.", "Head of People and Organisational Development",
         (d(2025, 2, 1), "mmm-yy"), None, "G", "B", "All 31 HR policies reviewed; statement added."),
        ("R1.2", "Include a Core Code of Ethics session in every new entrant and supervisory development course.",
         "Learning and Development Manager", (d(2025, 3, 1), "mmm-yy"), None, "A", "B",
         "Session delivered on all courses since April 2025."),
        ("rec", "Recommendation 2 – By 1 February 2025, chief fire officers should make sure a probationary "
                "policy is in place that allows the dismissal of probationers who do not meet the required "
                "standards of behaviour."),
        ("R2.1", "Amend the Probation Policy so that a breach of the Core Code of Ethics during probation can lead "
                 "to dismissal, following consultation with the representative bodies.", "HR Business Partner",
         (d(2025, 2, 1), "mmm-yy"), (d(2025, 12, 1), "mmm-yy"), "R", "A",
         "Consultation with representative bodies extended; policy to Joint Consultative Committee in November."),
        ("theme", "Theme 2: Raising concerns"),
        ("rec", "Recommendation 4 – By 1 February 2025, chief fire officers should make sure staff can raise "
                "concerns confidentially, including through an independent reporting line, and know how to do so."),
        ("R4.1", "Relaunch the independent confidential reporting line with a communications campaign across all "
                 "stations.", "Area Manager (Organisational Assurance)", (d(2025, 3, 31), "dd/mm/yyyy"), None,
         "G", "B", "Campaign completed; station visits by Area Managers logged."),
        ("R4.2", "Report the number and themes of concerns raised to the Resources and Fire & Rescue Overview and "
                 "Scrutiny Committee.", "Assistant Chief Fire Officer", "Six-monthly", None, "G", "G",
         "First report considered in July 2025; next due January 2026."),
        ("theme", "Theme 3: Misconduct investigations and case management"),
        ("rec", "Recommendation 7 – By 1 May 2025, chief fire officers should make sure misconduct investigations "
                "are carried out by trained investigators and completed within set timescales."),
        ("R7.1", "Train a pool of twelve accredited workplace investigators drawn from all directorates.",
         "Head of People and Organisational Development", (d(2025, 5, 31), "dd/mm/yyyy"),
         (d(2025, 11, 30), "dd/mm/yyyy"), "R", "A", "Eight investigators accredited; second cohort starts November."),
        ("R7.2", "Set and monitor a 60 working day standard for completing misconduct investigations, with monthly "
                 "reporting to the Service Leadership Team.", "HR Business Partner / Head of Service Assurance",
         (d(2025, 6, 1), "mmm-yy"), None, "A", "G", "Standard adopted; monthly dashboard in place since July."),
        ("rec", "Recommendation 9 – By 1 August 2025, chief fire officers should make sure they have a system to "
                "record and analyse misconduct cases so that trends can be identified."),
        ("R9.1", "Procure a case management module for the HR system to record grievance, disciplinary and "
                 "concern cases.", "Head of ICT; HR Systems Manager", (d(2025, 8, 31), "dd/mm/yyyy"),
         (d(2026, 3, 31), "dd/mm/yyyy"), "A", "R",
         "Procurement paused pending the County Council HR system replacement; escalated to SLT."),
    ]
    r = 6
    for row in rows:
        if row[0] == "theme":
            band(ws, r, row[1], 8, fill_hex="404040", color="FFFFFF")
        elif row[0] == "rec":
            band(ws, r, row[1], 8, fill_hex="F2F2F2", bold=False, italic=True)
            ws.row_dimensions[r].height = 32
        else:
            ref, act, lead, tgt, rev, prev, cur, upd = row
            vals = [ref, act, lead, tgt, rev, None, None, upd]
            for c, v in enumerate(vals, start=1):
                if isinstance(v, tuple):
                    cell = ws.cell(row=r, column=c, value=v[0])
                    cell.number_format = v[1]
                else:
                    cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
            ws.cell(row=r, column=6).fill = fill(RAG[prev])
            ws.cell(row=r, column=7).fill = fill(RAG[cur])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value=(
        "Note: recommendations 3, 5, 6 and 8 were closed at the March 2025 update. Recommendations 10 to 15 are "
        "for the Home Office, NFCC, LGA and fire and rescue authorities and are monitored through the Fire and "
        "Rescue Authority work programme.")).font = Font(italic=True)
    widths(ws, [10, 58, 30, 12, 12, 12, 12, 50])
    ws.freeze_panes = "A6"

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (col, txt) in enumerate([(BLUE, "Complete – action delivered and evidence accepted"),
                                    (GREEN, "On track"),
                                    (AMBER, "Some slippage – revised date agreed"),
                                    (RED, "Off track – escalated to Service Leadership Team")], start=3):
        key.cell(row=i, column=1).fill = fill(col)
        key.cell(row=i, column=2, value=txt)
    widths(key, [8, 60])

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of current RAG status (September 2025)"
    sm["A1"].font = Font(bold=True)
    header_row(sm, 3, ["Status", "Number of actions"], fill_hex="C00000")
    for i, (lab, n, col) in enumerate([("Complete", 3, BLUE), ("On track", 2, GREEN), ("Some slippage", 2, AMBER),
                                       ("Off track", 1, RED), ("Total", 8, None)], start=4):
        c = sm.cell(row=i, column=1, value=lab)
        if col:
            c.fill = fill(col)
        sm.cell(row=i, column=2, value=n)
    widths(sm, [20, 20])
    wb.save(os.path.join(HERE, "na2-warwickshire-fire-rescue-service-hmicfrs-misconduct-handling-recommendations-tracker.xlsx"))


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


def bold_cell(cell, text):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True


def table(doc, rows, header=True, style="Table Grid", head_fill="D9E2F3"):
    t = doc.add_table(rows=0, cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        cells = t.add_row().cells
        for j, v in enumerate(row):
            if header and i == 0:
                bold_cell(cells[j], v)
                shade(cells[j], head_fill)
            else:
                cells[j].text = v
    return t


# ---------------------------------------------------------------------------
# 4. Ysgol Aberconwy – Estyn post-inspection action plan (docx)
# ---------------------------------------------------------------------------
def aberconwy():
    doc = docx.Document()
    doc.add_heading("Ysgol Aberconwy – Post-Inspection Action Plan", level=0)
    doc.add_paragraph("Following the Estyn core inspection, March 2024")
    table(doc, [
        ["School", "Ysgol Aberconwy, Conwy"],
        ["Headteacher", "Mr D. Hughes"],
        ["Chair of Governors", "Cllr M. Jones"],
        ["Date of inspection", "11–14 March 2024"],
        ["Plan approved by governing body", "20 May 2024"],
        ["Last reviewed", "3 February 2025"],
    ], header=False)
    doc.add_heading("Recommendations", level=1)
    doc.add_paragraph("The inspection report made four recommendations. Leaders and governors should:")
    recs = [
        "R1: Strengthen the quality of teaching and assessment so that all pupils make strong progress",
        "R2: Improve attendance, particularly for pupils eligible for free school meals",
        "R3: Develop pupils’ Welsh language skills and their use of Welsh beyond Welsh lessons",
        "R4: Sharpen self-evaluation and improvement planning so that they focus precisely on pupils’ progress "
        "and wellbeing",
    ]
    for rtext in recs:
        doc.add_paragraph(rtext, style="List Bullet")
    doc.add_heading("Progress key", level=1)
    kt = table(doc, [
        ["Code", "Meaning"],
        ["B", "Completed"],
        ["G", "On track"],
        ["A", "Some slippage – action required"],
        ["R", "Not on track – significant concern"],
    ])
    for i, col in zip(range(1, 5), [BLUE, GREEN, AMBER, RED]):
        shade(kt.rows[i].cells[0], col)

    plan = [
        (recs[0], [
            ("1.1", "Establish a whole-school teaching and learning framework based on the school’s agreed "
                    "principles of effective pedagogy and share it with all staff.",
             "Deputy Headteacher (Teaching and Learning)", "Autumn term 2024", "Learning walks; SLT line management", "B"),
            ("1.2", "Introduce half-termly learning walks and work scrutiny focused on the quality of feedback, "
                    "with findings reported to the Curriculum and Standards Committee.",
             "SLT / Heads of Faculty", "Sept 2024 – July 2025", "Termly report to governors", "G"),
            ("1.3", "Provide a programme of instructional coaching for identified teachers, supported by the local "
                    "authority’s school improvement team.",
             "Assistant Headteacher (Professional Learning)", "Summer term 2025", "Coaching logs; lesson observations", "A"),
        ], "Success criteria: most lessons observed are good or better; pupils’ books show consistent, helpful "
           "feedback that pupils act upon."),
        (recs[1], [
            ("2.1", "Appoint a family engagement officer to work with families of pupils whose attendance is below 90%.",
             "Headteacher", "September 2024", "Personnel Committee", "B"),
            ("2.2", "Analyse attendance data by group and year group and put targeted support in place for pupils at "
                    "risk of persistent absence.",
             "Assistant Headteacher (Wellbeing) and Attendance Officer", "Fortnightly", "Attendance panel minutes", "G"),
        ], "Success criteria: whole-school attendance rises to at least 91%; the gap between pupils eligible for "
           "free school meals and their peers narrows."),
        (recs[2], [
            ("3.1", "Introduce a whole-school Siarter Iaith action plan with termly targets for the use of Welsh in "
                    "tutor time and assemblies.",
             "Welsh Co-ordinator", "Spring term 2025", "Pupil voice; Siarter Iaith audit", "G"),
            ("3.2", "Provide Welsh language professional learning for non-Welsh-speaking staff through the Work Welsh "
                    "scheme.",
             "Deputy Headteacher (Teaching and Learning)", "July 2025", "Professional learning records", ""),
        ], "Success criteria: more pupils use Welsh confidently in lessons and around the school."),
        (recs[3], [
            ("4.1", "Revise the self-evaluation calendar so that faculty reviews draw on first-hand evidence of "
                    "learning, including pupil voice.",
             "Headteacher and SLT", "Autumn term 2024", "Governing body Standards Committee", "B"),
            ("4.2", "Train governors to challenge leaders on progress against the PIAP, using termly link-governor visits.",
             "Chair of Governors / Headteacher", "Termly", "Link-governor visit notes", "G"),
        ], "Success criteria: self-evaluation reports identify precisely what pupils need to improve, and "
           "improvement priorities follow from them."),
    ]
    for rtext, acts, crit in plan:
        doc.add_heading(rtext, level=2)
        rows = [["Ref", "Action", "Lead", "Timescale", "Monitoring and evaluation", "Progress"]]
        rows += [list(a) for a in acts]
        t = table(doc, rows)
        for i, a in enumerate(acts, start=1):
            if a[5]:
                shade(t.rows[i].cells[5], {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}[a[5]])
        doc.add_paragraph(crit)
    doc.add_heading("Approval", level=1)
    table(doc, [
        ["Role", "Name", "Date"],
        ["Headteacher", "Mr D. Hughes", "20/05/2024"],
        ["Chair of Governors", "Cllr M. Jones", "20/05/2024"],
    ])
    doc.save(os.path.join(HERE, "na2-ysgol-aberconwy-estyn-post-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Plymouth City Council – Auditor's Annual Report VfM recommendations (docx)
# ---------------------------------------------------------------------------
def plymouth():
    doc = docx.Document()
    doc.add_heading("Plymouth City Council – Auditor’s Annual Report 2023/24: Value for Money Recommendations "
                    "Action Plan", level=0)
    doc.add_paragraph("Audit and Governance Committee – 24 November 2025. Appendix A.")
    table(doc, [
        ["Version", "Date", "Author", "Comments"],
        ["1.0", "17/02/2025", "Head of Assurance", "Management responses agreed with Grant Thornton"],
        ["2.0", "10/11/2025", "Head of Assurance", "Progress update for November committee"],
    ])
    doc.add_paragraph("")
    doc.add_paragraph(
        "Grant Thornton’s Auditor’s Annual Report for 2023/24 made one key recommendation and six improvement "
        "recommendations. This appendix sets out the Council’s agreed actions, the responsible officers and "
        "progress to date.")
    doc.add_heading("Summary", level=1)
    table(doc, [
        ["Recommendation type", "Number", "Complete", "In progress", "Not started"],
        ["Key recommendations", "1", "0", "1", "0"],
        ["Improvement recommendations", "6", "2", "3", "1"],
        ["Total", "7", "2", "4", "1"],
    ])
    doc.add_paragraph("Status key: Complete; On track (green); At risk (amber); Off track (red); Not started.")

    sections = [
        ("Financial sustainability", [
            ("KR1", "The Council should develop a deliverable plan to close the budget gap identified in the Medium "
                    "Term Financial Strategy for 2025/26 to 2027/28 without relying on the use of reserves.",
             "Key recommendation",
             "Prepare a savings and transformation programme for 2025/26 to 2027/28, with savings proposals assessed "
             "for deliverability and tracked monthly by the Corporate Management Team.",
             "Service Director for Finance (S151 Officer)", "31 March 2025", "30 September 2025",
             "Programme approved by Cabinet in February 2025; monthly tracker in place. 2026/27 proposals to "
             "Cabinet in December.", "On track"),
            ("IR1", "The Council should strengthen its monitoring of the Dedicated Schools Grant deficit and agree a "
                    "recovery plan with the Department for Education.",
             "Improvement recommendation",
             "Refresh the DSG deficit management plan and report progress quarterly to Cabinet and Schools Forum.",
             "Strategic Director for Children’s Services and Service Director for Finance", "Quarterly", "N/A",
             "Q1 and Q2 reports presented; Safety Valve discussions continuing.", "On track"),
        ]),
        ("Governance", [
            ("IR2", "The Council should define its risk appetite and report the strategic risk register to the Audit "
                    "and Governance Committee at least quarterly.",
             "Improvement recommendation",
             "Adopt a risk appetite statement and introduce quarterly strategic risk reporting to the Audit and "
             "Governance Committee.",
             "Head of Assurance", "30 June 2025", "N/A",
             "Risk appetite statement approved by Cabinet on 10 June 2025; quarterly reporting in place.", "Complete"),
            ("IR3", "The Council should ensure that all Members complete training on the Code of Conduct and the "
                    "declaration of interests.",
             "Improvement recommendation",
             "Deliver Code of Conduct training to all Members and publish attendance records, with a refresher "
             "session for new Members after any by-election.",
             "Monitoring Officer", "31 July 2025", "N/A",
             "55 of 57 Members trained; remaining two booked.", "Complete"),
            ("IR4", "The Council should improve the timeliness of management responses to internal audit "
                    "recommendations.",
             "Improvement recommendation",
             "Introduce a monthly report of overdue internal audit actions to the Corporate Management Team, with "
             "directors attending the Audit and Governance Committee to explain delays.",
             "Head of Assurance / Devon Assurance Partnership", "31 December 2025", "N/A",
             "Monthly report started in September; number of overdue actions has not yet fallen.", "At risk"),
        ]),
        ("Improving economy, efficiency and effectiveness", [
            ("IR5", "The Council should put in place a performance framework for its major contracts, with regular "
                    "reporting of key performance indicators to Members.",
             "Improvement recommendation",
             "Develop a contract management framework and report the performance of the ten highest-value contracts "
             "to Cabinet twice a year.",
             "Head of Procurement", "Q3 2025/26", "N/A",
             "Framework drafted; KPIs agreed for seven of the ten contracts.", "On track"),
            ("IR6", "The Council should use benchmarking data to understand the cost and performance of its adult "
                    "social care placements.",
             "Improvement recommendation",
             "Complete a benchmarking review of adult social care placement costs using CIPFA and regional data and "
             "report the findings to the Adult Social Care Improvement Board.",
             "Service Director for Integrated Commissioning", "March 2026", "N/A",
             "Not yet started – scheduled for Q4.", "Not started"),
        ]),
    ]
    for heading, recs in sections:
        doc.add_heading(heading, level=1)
        for ref, rec, typ, act, resp, orig, rev, upd, status in recs:
            t = doc.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for lab, val in [(f"Recommendation {ref}", rec), ("Type", typ), ("Agreed action", act),
                             ("Responsible officer", resp), ("Original target date", orig),
                             ("Revised target date", rev), ("Progress update (November 2025)", upd),
                             ("Status", status)]:
                cells = t.add_row().cells
                bold_cell(cells[0], lab)
                shade(cells[0], "E2EFDA")
                cells[1].text = val
            sc = t.rows[-1].cells[1]
            col = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED}.get(status)
            if col:
                shade(sc, col)
            doc.add_paragraph("")
    doc.save(os.path.join(HERE, "na2-plymouth-city-council-auditors-annual-report-2023-24-vfm-recommendations-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Torus Group – RSH consumer standards improvement plan (csv; typo month)
# ---------------------------------------------------------------------------
def torus():
    lines = [
        ["Torus Group – Consumer Standards Improvement Plan"],
        ["Response to Regulator of Social Housing regulatory judgement (C2) published June 2025"],
        ["Exported 06/01/2026 for Housing Compliance and Regulation Committee"],
        [],
        ["Standard", "Ref", "Finding / required outcome", "Action", "Action owner", "Due date", "RAG",
         "Progress update"],
        ["Safety and Quality Standard", "SQ1.1", "Stock condition data is incomplete for around 18% of homes",
         "Complete stock condition surveys on all homes without a survey in the last five years",
         "Director of Asset Management", "Mar-2026", "Amber", "4,120 of 6,300 surveys completed"],
        ["Safety and Quality Standard", "SQ1.2", "Stock condition data is incomplete for around 18% of homes",
         "Load survey data into the asset management system and reconcile it with the housing management system",
         "Head of Asset Data / Head of ICT", "Apr-2026", "Green", "Data load tested for first 2,000 records"],
        ["Safety and Quality Standard", "SQ2.1", "Overdue fire risk assessment remedial actions",
         "Clear all overdue high-risk fire risk assessment remedial actions", "Head of Building Safety",
         "Nov-2025", "Complete", "All 212 high-risk actions closed and verified"],
        ["Safety and Quality Standard", "SQ2.2", "Overdue fire risk assessment remedial actions",
         "Introduce weekly reporting of FRA actions by risk rating to the Executive Team", "Head of Building Safety",
         "Oct-2025", "Complete", "Weekly report in place"],
        ["Transparency, Influence and Accountability Standard", "TIA1.1",
         "Tenant Satisfaction Measures are not used to shape services",
         "Publish TSM results with a 'You said, we did' summary for each neighbourhood",
         "Head of Customer Insight", "Dec-2025", "Green", "Neighbourhood summaries drafted"],
        ["Transparency, Influence and Accountability Standard", "TIA1.2",
         "Tenant Satisfaction Measures are not used to shape services",
         "Establish a Tenant Scrutiny Panel with terms of reference agreed by the Board",
         "Director of Customer Experience", "Sep-2025", "Complete", "Panel met for the first time in September"],
        ["Transparency, Influence and Accountability Standard", "TIA2.1",
         "Complaint handling does not consistently meet the Housing Ombudsman Complaint Handling Code",
         "Retrain all complaint handlers on the Complaint Handling Code and stage 2 reviews",
         "Complaints Manager", "0ct-2025", "Amber", "38 of 52 handlers trained"],
        ["Neighbourhood and Community Standard", "NC1.1",
         "Anti-social behaviour cases are not reviewed with tenants",
         "Review the anti-social behaviour policy with the Tenant Scrutiny Panel and publish the revised policy",
         "Head of Neighbourhoods", "Mar-2026", "Green", "Review scheduled for February panel"],
        ["Tenancy Standard", "T1.1", "Tenancy audits are not carried out consistently",
         "Carry out tenancy audits on all new tenancies at the six-month point",
         "Head of Neighbourhoods; Lettings Manager", "Jun-2026", "Amber", "Audit form agreed; backlog of 140 visits"],
        ["Tenancy Standard", "T1.2", "Tenancy audits are not carried out consistently",
         "Report tenancy audit completion rates to the Housing Compliance and Regulation Committee",
         "Director of Housing", "Quarterly", "Red", "Reporting not yet started - awaiting system report"],
    ]
    path = os.path.join(HERE, "na2-torus-group-rsh-consumer-standards-improvement-plan-typo-month-refuse.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        for row in lines:
            w.writerow(row)


# ---------------------------------------------------------------------------
# 7. Gosport BC – corporate peer challenge action plan (tab-separated Pentana export)
# ---------------------------------------------------------------------------
def gosport():
    R1 = "R1 Agree a clear, shared long-term vision for Gosport and reflect it in a refreshed Corporate Strategy"
    R2 = "R2 Develop a sustainable medium-term financial strategy that addresses the projected budget gap"
    R3 = ("R3 Strengthen the Council's capacity to deliver regeneration, including the Gosport Waterfront and "
          "Daedalus sites")
    R4 = "R4 Improve the Council's approach to performance management and reporting to Members"
    R5 = "R5 Invest in the workforce through a workforce strategy and succession planning"
    rows = [
        (R1, "CPC-01a", "Hold cross-party workshops to agree the Council's long-term vision and priorities",
         "Jones, Tracey", "31-Jan-2025", "Completed", "100%", "Three workshops held Nov 2024 - Jan 2025"),
        (R1, "CPC-01b", "Adopt a refreshed Corporate Strategy 2025-2029 at Full Council",
         "Jones, Tracey; Whitfield, Paul", "31-Jul-2025", "Completed", "100%", "Adopted by Council 16 July 2025"),
        (R2, "CPC-02a", "Produce a five-year Medium Term Financial Strategy with savings options for each year",
         "Ahmed, Sadia", "28-Feb-2025", "Completed", "100%", "MTFS approved at Budget Council"),
        (R2, "CPC-02b", "Establish a cross-party Budget Working Group to review savings proposals",
         "Ahmed, Sadia", "31-Mar-2026", "In Progress", "60%", "Group has met four times"),
        (R3, "CPC-03a", "Recruit a Head of Regeneration and a dedicated project team for the Waterfront scheme",
         "Whitfield, Paul", "31-Mar-2025", "Overdue", "50%", "Head of Regeneration appointed; two posts still vacant"),
        (R3, "CPC-03b", "Prepare a delivery plan for the Daedalus site with Hampshire County Council",
         "Whitfield, Paul", "31-Mar-2026", "Check Progress", "25%", "Awaiting outcome of funding bid"),
        (R4, "CPC-04a", "Introduce quarterly performance reports to the Policy and Organisation Board",
         "Moss, Chris", "30-Jun-2025", "Completed", "100%", "Q1 report presented 24 June 2025"),
        (R4, "CPC-04b", "Train all managers in using Pentana to record and update actions",
         "Moss, Chris", "31-Dec-2025", "In Progress", "80%", "32 of 40 managers trained"),
        (R5, "CPC-05a", "Develop a Workforce Strategy 2025-2028 including a succession plan for senior roles",
         "Patel, Anita", "31-Mar-2026", "In Progress", "75%", "Draft strategy with Employment Committee"),
        (R5, "CPC-05b", "Carry out an all-staff survey and publish the results with an action plan",
         "Patel, Anita", "31-May-2026", "Not Started", "0%", ""),
    ]
    out = [
        "Gosport Borough Council – Corporate Peer Challenge Action Plan (progress report)",
        "Report generated from Pentana Performance on 12/01/2026 09:14 by Policy and Performance Team",
        "",
        "\t".join(["Recommendation", "Code", "Action", "Assigned To", "Due Date", "Status", "Progress",
                   "Latest Note"]),
    ]
    for row in rows:
        out.append("\t".join(row))
    out += [
        "",
        "Status key: Completed = blue; In Progress = green (on target); Check Progress = amber (at risk of missing "
        "due date); Overdue = red; Not Started = no rating",
        "10 actions listed",
    ]
    with open(os.path.join(HERE, "na2-gosport-bc-corporate-peer-challenge-action-plan.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    exmoor()
    yorkshire_dales()
    warwickshire()
    aberconwy()
    plymouth()
    torus()
    gosport()
    print("built 7 files in", HERE)
