"""Build the seven sb- data files of set heldout486.

Run with /work/main/.venv/bin/python sb_make.py (from any directory).
Only writes files whose names start with "sb-".
"""
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("sb-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers
RED = "FF0000"
AMBER = "FFC000"
GREEN = "92D050"
BLUE = "5B9BD5"
GREY = "D9D9D9"
HEAD = "1F3864"

thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(c):
    return PatternFill("solid", start_color=c, end_color=c)


def put(ws, row, col, value, bold=False, bg=None, fg=None, border=True, fmt=None, size=None):
    c = ws.cell(row=row, column=col, value=value)
    c.alignment = WRAP
    if bold or fg or size:
        c.font = Font(bold=bold, color=fg, size=size)
    if bg:
        c.fill = fill(bg)
    if border:
        c.border = BOX
    if fmt:
        c.number_format = fmt
    return c


def shade_cell(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, size=9, colour=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)
        if colour:
            r.font.color.rgb = RGBColor.from_string(colour)


# ================================================================ 1
# North East Combined Authority – Strategic Risk Register 2025/26 (xlsx)
def neca():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 16
    cov.column_dimensions["C"].width = 30
    cov.column_dimensions["D"].width = 50
    put(cov, 1, 1, "North East Combined Authority", bold=True, size=14, border=False)
    put(cov, 2, 1, "Strategic Risk Register 2025/26", bold=True, size=12, border=False)
    put(cov, 3, 1, "Quarter 2 update – position at 30 September 2025", border=False)
    put(cov, 5, 1, "Report to:", bold=True, border=False)
    put(cov, 5, 2, "Audit and Standards Committee, 21 October 2025", border=False)
    put(cov, 6, 1, "Register owner:", bold=True, border=False)
    put(cov, 6, 2, "Chief Executive", border=False)
    put(cov, 8, 1, "Document control", bold=True, border=False)
    for j, h in enumerate(["Version", "Date", "Author", "Changes"], 1):
        put(cov, 9, j, h, bold=True, bg=GREY)
    rows = [
        ("1.0", "09/04/2025", "Risk and Assurance Manager", "Register agreed by Cabinet for 2025/26"),
        ("1.1", "04/07/2025", "Risk and Assurance Manager", "Q1 refresh – scores reviewed by Senior Leadership Team"),
        ("2.0", "03/10/2025", "Risk and Assurance Manager", "Q2 refresh – SR04 Adult Skills Fund added"),
    ]
    for i, r in enumerate(rows):
        for j, v in enumerate(r, 1):
            put(cov, 10 + i, j, v)

    key = wb.create_sheet("Scoring key")
    key.column_dimensions["A"].width = 20
    key.column_dimensions["B"].width = 60
    put(key, 1, 1, "Risk scoring (Likelihood x Impact, each 1–5)", bold=True, border=False)
    put(key, 2, 1, "15 – 25", bg=RED)
    put(key, 2, 2, "High – escalate to Cabinet; action plan required")
    put(key, 3, 1, "5 – 12", bg=AMBER)
    put(key, 3, 2, "Medium – manage within directorate; monitor quarterly")
    put(key, 4, 1, "1 – 4", bg=GREEN)
    put(key, 4, 2, "Low – tolerate and review annually")
    put(key, 6, 1, "Action status", bold=True, border=False)
    for i, (w, c, d) in enumerate([
        ("Complete", BLUE, "Action delivered"),
        ("On track", GREEN, "Progressing to the target date"),
        ("Some slippage", AMBER, "Behind plan but expected to be delivered"),
        ("Off track", RED, "Will not be delivered by the target date without intervention"),
        ("Not started", None, "Not yet due to start"),
    ]):
        put(key, 7 + i, 1, w, bg=c)
        put(key, 7 + i, 2, d)

    ws = wb.create_sheet("Strategic Risk Register")
    widths = [26, 44, 22, 10, 10, 9, 10, 8, 46, 24, 14, 13, 44]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    put(ws, 1, 1, "NECA Strategic Risk Register – Q2 2025/26", bold=True, size=13, border=False)
    put(ws, 2, 1, "Scores shown as Likelihood x Impact. Direction: ↑ increasing, ↓ reducing, ↔ no change.", border=False)
    hdr = ["Risk", "Description (cause – event – consequence)", "Risk owner", "Inherent score",
           "Current score", "Direction", "Target score", "Ref", "Further mitigating action",
           "Action owner", "Target date", "Action status", "Q2 update"]
    for j, h in enumerate(hdr, 1):
        put(ws, 4, j, h, bold=True, bg=HEAD, fg="FFFFFF")
    STAT = {"Complete": BLUE, "On track": GREEN, "Some slippage": AMBER, "Off track": RED, "Not started": None}
    risks = [
        ("SR01 – Financial sustainability",
         "Reliance on time-limited grant and uncertainty over the Integrated Settlement mean the Authority may not "
         "set a balanced medium-term financial plan, reducing capacity to deliver the Investment Plan.",
         "Director of Finance and Investment", "4 x 5 = 20", ("4 x 4 = 16", RED), "↔", "3 x 3 = 9",
         [
             ("SR01.1", "Refresh the Medium Term Financial Plan to 2028/29 and report it to Cabinet with the 2026/27 budget.",
              "Director of Finance and Investment", dt.datetime(2026, 1, 31), "dd/mm/yyyy", "On track",
              "Draft assumptions agreed with constituent authority s151 officers on 18 September."),
             ("SR01.2", "Submit the Integrated Settlement outcomes framework return to MHCLG.",
              "Head of Finance", dt.datetime(2025, 11, 1), "mmm-yy", "Some slippage",
              "Final guidance from MHCLG received late; submission now planned for the end of November."),
         ]),
        ("SR02 – Bus network stability",
         "Rising operating costs and driver shortages lead operators to withdraw commercial services, leaving "
         "communities without a bus service and putting pressure on the supported services budget.",
         "Managing Director, Transport North East", "4 x 4 = 16", ("3 x 4 = 12", AMBER), "↓", "2 x 4 = 8",
         [
             ("SR02.1", "Deliver the 2025/26 Bus Service Improvement Plan programme, including the £1 single fare for under-22s.",
              "Head of Bus Strategy", "March 2026", None, "On track",
              "£1 fare extended to March 2026; patronage up 9% on the same period last year."),
             ("SR02.2", "Complete the bus franchising assessment and independent audit ahead of public consultation.",
              "Head of Bus Strategy / Monitoring Officer", "Q4 2025/26", None, "On track",
              "Assessment drafted; auditor appointed in August."),
         ]),
        ("SR03 – Cyber security",
         "A successful cyber attack or data breach disrupts services, causes loss of data and damages the "
         "Authority's reputation.",
         "Director of Corporate Services", "4 x 5 = 20", ("3 x 5 = 15", RED), "↔", "2 x 5 = 10",
         [
             ("SR03.1", "Achieve Cyber Essentials Plus certification for the corporate network.",
              "Head of Digital and ICT", dt.datetime(2025, 9, 30), "dd/mm/yyyy", "Complete",
              "Certificate issued 22 September 2025."),
             ("SR03.2", "Run a cyber incident exercise with the Senior Leadership Team and update the incident response plan.",
              "Head of Digital and ICT", "Dec 2025", None, "Not started",
              "Exercise booked with the National Cyber Security Centre's Exercise in a Box for December."),
         ]),
        ("SR04 – Adult Skills Fund delivery",
         "Under-delivery by grant-funded providers means the devolved Adult Skills Fund is not fully spent and "
         "residents miss out on training; funds may be clawed back.",
         "Director of Education, Skills and Inclusion", "3 x 4 = 12", ("4 x 4 = 16", RED), "↑", "2 x 4 = 8",
         [
             ("SR04.1", "Hold quarterly performance reviews with every grant-funded provider and issue improvement notices where profiles are missed.",
              "Head of Skills Delivery", "Ongoing", None, "On track",
              "Q2 reviews completed with all 27 providers; 4 notices issued."),
             ("SR04.2", "Agree an in-year reallocation policy with the Skills Advisory Board.",
              "Head of Skills Delivery", "Jul-25 (revised Dec-25)", None, "Off track",
              "Advisory Board meeting in July was inquorate; policy to go to the December meeting."),
         ]),
    ]
    r = 5
    for title, desc, owner, inh, (cur, curc), dirn, tgt, acts in risks:
        top = r
        for ref, action, aowner, due, fmt, status, upd in acts:
            put(ws, r, 8, ref)
            put(ws, r, 9, action)
            put(ws, r, 10, aowner)
            put(ws, r, 11, due, fmt=fmt)
            put(ws, r, 12, status, bg=STAT[status])
            put(ws, r, 13, upd)
            r += 1
        bottom = r - 1
        for col, val, bg in [(1, title, None), (2, desc, None), (3, owner, None), (4, inh, None),
                             (5, cur, curc), (6, dirn, None), (7, tgt, None)]:
            put(ws, top, col, val, bold=(col == 1), bg=bg)
            for rr in range(top + 1, bottom + 1):
                put(ws, rr, col, None, bg=bg)
            if bottom > top:
                ws.merge_cells(start_row=top, start_column=col, end_row=bottom, end_column=col)
    ws.freeze_panes = "A5"

    dash = wb.create_sheet("Dashboard")
    dash.column_dimensions["A"].width = 24
    put(dash, 1, 1, "Q2 2025/26 summary", bold=True, border=False)
    put(dash, 3, 1, "Current risk rating", bold=True, bg=GREY)
    put(dash, 3, 2, "Number of risks", bold=True, bg=GREY)
    for i, (w, n, c) in enumerate([("High (15–25)", 3, RED), ("Medium (5–12)", 1, AMBER), ("Low (1–4)", 0, GREEN)]):
        put(dash, 4 + i, 1, w, bg=c)
        put(dash, 4 + i, 2, n)
    put(dash, 8, 1, "Action status", bold=True, bg=GREY)
    put(dash, 8, 2, "Number of actions", bold=True, bg=GREY)
    for i, (w, n) in enumerate([("Complete", 1), ("On track", 4), ("Some slippage", 1), ("Off track", 1),
                                ("Not started", 1), ("Total", 8)]):
        put(dash, 9 + i, 1, w, bg=STAT.get(w), bold=(w == "Total"))
        put(dash, 9 + i, 2, n, bold=(w == "Total"))
    wb.active = 2
    wb.save(out("sb-north-east-ca-strategic-risk-register-2025-26.xlsx"))


# ================================================================ 2
# DESNZ – Warm Homes: Local Grant programme highlight report (xlsx)
def desnz():
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight report"
    for col, w in zip("ABCDEFGH", [7, 52, 26, 12, 12, 10, 10, 48]):
        ws.column_dimensions[col].width = w
    put(ws, 1, 1, "Department for Energy Security and Net Zero", bold=True, border=False, size=12)
    ws.merge_cells("A1:H1")
    put(ws, 2, 1, "Warm Homes: Local Grant – Programme Highlight Report", bold=True, border=False, size=14)
    ws.merge_cells("A2:H2")
    put(ws, 3, 1, "OFFICIAL-SENSITIVE when complete", border=False, fg="C00000")
    ws.merge_cells("A3:H3")
    put(ws, 5, 1, "Reporting period", bold=True, bg=GREY)
    ws.merge_cells("A5:B5")
    put(ws, 5, 3, "1–31 October 2025")
    put(ws, 5, 4, "SRO", bold=True, bg=GREY)
    put(ws, 5, 5, "Deputy Director, Home Decarbonisation")
    ws.merge_cells("E5:H5")
    put(ws, 6, 1, "Programme Board", bold=True, bg=GREY)
    ws.merge_cells("A6:B6")
    put(ws, 6, 3, "12 November 2025")
    put(ws, 6, 4, "Overall RAG", bold=True, bg=GREY)
    put(ws, 6, 5, "Last period: A", bg=AMBER)
    put(ws, 6, 6, "This period: A", bg=AMBER)
    ws.merge_cells("F6:H6")

    put(ws, 8, 1, "1. Summary of progress", bold=True, bg=HEAD, fg="FFFFFF")
    ws.merge_cells("A8:H8")
    put(ws, 9, 1,
        "All lead local authorities have now signed grant funding agreements and installations are under way in "
        "every region. The main delivery risk remains the data-sharing agreement with DWP for automatic "
        "low-income eligibility checks, which has slipped again; local authorities are using income evidence "
        "routes in the meantime.")
    ws.merge_cells("A9:H9")
    ws.row_dimensions[9].height = 48

    put(ws, 11, 1, "2. Milestones and key actions", bold=True, bg=HEAD, fg="FFFFFF")
    ws.merge_cells("A11:H11")
    hdr = ["Ref", "Milestone / action", "Owner", "Baseline date", "Forecast date", "Last period", "This period", "Commentary"]
    for j, h in enumerate(hdr, 1):
        put(ws, 12, j, h, bold=True, bg=GREY)
    RAG = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE, None: None}
    M = "mmm-yy"
    d = dt.datetime
    blocks = [
        ("Workstream 1 – Local authority delivery", [
            ("1.1", "Grant funding agreements countersigned with all lead local authorities", "Head of Local Delivery",
             d(2025, 6, 1), d(2025, 7, 1), "A", "B", "Final agreement countersigned 24 July."),
            ("1.2", "Publish Warm Homes: Local Grant delivery guidance v2.0, including the revised heat pump eligibility rules",
             "Policy Lead, Warm Homes", d(2025, 9, 1), d(2025, 12, 1), "G", "A",
             "Clearance of the heat pump changes with HMT taking longer than planned."),
            ("1.3", "Quarterly delivery assurance meetings held with each local authority consortium",
             "Head of Local Delivery / Regional Delivery Managers", "Quarterly", "Quarterly", "G", "G",
             "Q2 round completed; two consortia asked for recovery plans."),
        ]),
        ("Workstream 2 – Supply chain and consumer protection", [
            ("2.1", "Confirm the TrustMark data warehouse lodgement route for all local authority schemes",
             "Head of Consumer Protection", d(2025, 8, 1), d(2025, 11, 1), "A", "R",
             "Contract variation with TrustMark not yet agreed; escalated to SRO."),
            ("2.2", "Launch the installer capacity survey (MCS and PAS 2035 certified installers)",
             "Supply Chain Lead", d(2025, 10, 1), d(2025, 10, 1), "G", "B", "Survey live 6 October; 1,140 responses."),
            ("2.3", "Agree the technical monitoring sample (5% of installations) with the monitoring contractor",
             "Head of Consumer Protection", d(2026, 1, 1), d(2026, 1, 1), None, "G", "New milestone this period."),
        ]),
        ("Workstream 3 – Data, monitoring and evaluation", [
            ("3.1", "First quarterly official statistics release on Warm Homes: Local Grant installations",
             "Head of Analysis", d(2025, 12, 1), d(2025, 12, 1), "G", "G", "Pre-announced for 18 December."),
            ("3.2", "Appoint the process and impact evaluation contractor", "Evaluation Lead",
             d(2025, 9, 1), d(2026, 2, 1), "A", "A", "Re-procurement after the first competition attracted one bid."),
            ("3.3", "Data sharing agreement with DWP for automatic low-income eligibility checks signed",
             "Head of Analysis; DWP Partnership Manager", d(2025, 7, 1), d(2026, 3, 1), "R", "R",
             "DPIA returned by DWP for further changes; legal gateway confirmed."),
        ]),
    ]
    r = 13
    for ws_title, acts in blocks:
        put(ws, r, 1, ws_title, bold=True, bg="DDEBF7")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for ref, act, owner, base, fc, last, this, comm in acts:
            put(ws, r, 1, ref)
            put(ws, r, 2, act)
            put(ws, r, 3, owner)
            put(ws, r, 4, base, fmt=M)
            put(ws, r, 5, fc, fmt=M)
            put(ws, r, 6, last, bg=RAG[last])
            put(ws, r, 7, this, bg=RAG[this])
            put(ws, r, 8, comm)
            r += 1
    r += 1
    put(ws, r, 1, "3. Top risks", bold=True, bg=HEAD, fg="FFFFFF")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    r += 1
    for j, h in enumerate(["ID", "Risk", "Score", "Trend"], 1):
        put(ws, r, j, h, bold=True, bg=GREY)
    r += 1
    for rid, risk, score, trend in [
        ("R07", "Low take-up in rural off-gas areas because of installer availability", "16", "↔"),
        ("R12", "Delay to DWP data sharing leaves eligibility checks manual and slows approvals", "20", "↑"),
    ]:
        put(ws, r, 1, rid)
        put(ws, r, 2, risk)
        put(ws, r, 3, score)
        put(ws, r, 4, trend)
        r += 1
    r += 1
    put(ws, r, 1, "4. Decisions required from Programme Board", bold=True, bg=HEAD, fg="FFFFFF")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    r += 1
    put(ws, r, 1, "None this period.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)

    key = wb.create_sheet("RAG definitions")
    key.column_dimensions["A"].width = 8
    key.column_dimensions["B"].width = 80
    put(key, 1, 1, "RAG definitions", bold=True, border=False)
    for i, (k, c, t) in enumerate([
        ("R", RED, "Milestone will be missed or forecast is beyond tolerance; SRO intervention needed"),
        ("A", AMBER, "Milestone at risk or forecast moved; recoverable within the programme"),
        ("G", GREEN, "On track to the baseline date"),
        ("B", BLUE, "Complete"),
    ]):
        put(key, 2 + i, 1, k, bg=c)
        put(key, 2 + i, 2, t)
    wb.save(out("sb-desnz-warm-homes-local-grant-programme-highlight-report.xlsx"))


# ================================================================ 3
# Serco Leisure – ICO enforcement notice compliance action plan (tab-separated text export)
def serco():
    T = "\t"
    lines = [
        "Serco Leisure Operating Limited",
        "ICO Enforcement Notice dated 19 February 2024 – Compliance Action Plan",
        "Owner: Data Protection Officer" + T + "Version 1.4" + T + "Position at 10/05/2024",
        "Deadline set by the Notice for Steps 1 and 2: 19 May 2024",
        "",
        T.join(["Ref", "Action", "Owner", "Due", "RAG", "Progress update"]),
        "Step 1 (Annex 1): Cease all processing of biometric data for the purpose of monitoring employee attendance at work",
        T.join(["1.1", "Disable facial recognition and fingerprint clocking on the terminals at all 38 sites and switch them to card/fob mode",
                "Head of IT Operations", "08/03/2024", "Complete", "All terminals reconfigured; confirmed by site visit checklist."]),
        T.join(["1.2", "Issue ID cards or fobs to all employees at in-scope sites and remove the biometric option from the rota system",
                "HR Director / General Managers", "22/03/2024", "Complete", "2,146 cards issued."]),
        T.join(["1.3", "Confirm in writing to the seven partner leisure trusts that biometric attendance processing has stopped under the joint controller arrangements",
                "Data Protection Officer", "29/03/2024", "Complete", "Letters sent 27/03/2024; all trusts acknowledged."]),
        "Step 2 (Annex 1): Destroy all biometric data that Serco is not legally obliged to retain",
        T.join(["2.1", "Instruct the time and attendance system supplier to delete all stored facial templates and fingerprint data, including backups",
                "Head of IT Operations", "19/04/2024", "G", "Deleted from the live system 12/04; backup rotation completes 17/05."]),
        T.join(["2.2", "Obtain a certificate of destruction from the supplier and keep it on the compliance file",
                "Data Protection Officer", "17/05/2024", "A", "Supplier will issue the certificate once the backup purge is complete - tight to the deadline."]),
        T.join(["2.3", "Send written confirmation of compliance with the Notice to the ICO",
                "General Counsel and Company Secretary", "By 19 May 2024", "G", "Draft letter prepared."]),
        "Wider learning (agreed by the Executive Committee, not required by the Notice)",
        T.join(["3.1", "Review the DPIAs for all HR systems that process special category data and require DPO sign-off before any new system goes live",
                "Data Protection Officer", "Sep 2024", "G", "12 of 19 DPIAs reviewed."]),
        T.join(["3.2", "Update the employee privacy notice and publish a staff FAQ on attendance monitoring",
                "HR Director", "31/05/2024", "G", "Draft with Legal."]),
        T.join(["3.3", "Deliver refresher training on lawful basis and special category data to HR business partners and General Managers",
                "Head of Learning & Development", "July 2024", "G", "E-learning module commissioned."]),
        "",
        "RAG: Complete = action finished; G = on track; A = at risk but deadline still achievable; R = deadline will be missed",
        "Reported to: Executive Committee (weekly until 19 May 2024), then Audit and Risk Committee",
    ]
    with open(out("sb-serco-leisure-ico-enforcement-notice-compliance-action-plan.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ================================================================ 4
# Melksham Town Council – internal and external audit action plan 2024/25 (csv)
def melksham():
    import csv
    rows = [
        ["Melksham Town Council", "", "", "", "", "", ""],
        ["Internal and External Audit Recommendations – Action Plan 2024/25", "", "", "", "", "", ""],
        ["Reported to Finance and Governance Committee, 14 July 2025", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["No.", "Auditor's recommendation", "Action agreed", "Responsible officer", "Target date", "Status", "Comments"],
        ["A. Internal audit 2024/25 – year-end visit (April 2025)", "", "", "", "", "", ""],
        ["A1", "The Council's Financial Regulations were last reviewed in 2021 and should be updated to reflect the 2024 NALC model regulations.",
         "Revised Financial Regulations (2024 NALC model) to be presented to Full Council for adoption.",
         "Town Clerk", "Jul-25", "Complete", "Adopted 9 June 2025 (min. 45/25)"],
        ["A2", "Monthly bank reconciliations should be independently verified and signed by a member.",
         "Chair of Finance and Governance Committee to review and sign each month's bank reconciliation against the bank statements.",
         "RFO/Chair of Finance & Governance", "Monthly", "On track", "April–June reconciliations signed"],
        ["A3", "The fixed asset register does not reconcile to the insurance schedule; the play equipment at King George V Park is missing from the register.",
         "Physically verify all assets, update the asset register and reconcile it to the insurance schedule.",
         "Assets and Amenities Manager", "30/09/2025", "On track", ""],
        ["A4", "All items of expenditure over £500 should be published in line with the Transparency Code.",
         "Set up a monthly upload of payments over £500 to the Council website.",
         "Finance Officer", "Jun-25", "Red – overdue", "Website template being rebuilt; first upload now planned for August"],
        ["B. External auditor (PKF Littlejohn LLP) – AGAR 2023/24, other matters", "", "", "", "", "", ""],
        ["B1", "Section 2, Box 7 did not agree to the bank reconciliation. The Council should check the AGAR figures before approval.",
         "Introduce a pre-approval check of the AGAR figures by the RFO and the internal auditor before Full Council.",
         "RFO", "By 30 June 2025", "Complete", "Checked 20 June 2025 before AGAR approval"],
        ["B2", "The notice of the period for the exercise of public rights did not provide for 30 working days.",
         "Publish the notice of the public rights period on the website and noticeboards with the correct 30 working days, using the AGAR template dates.",
         "Town Clerk; Democratic Services Officer", "Jun-25", "Complete", "Notice published 27 June 2025"],
        ["C. Additional actions raised by the Council", "", "", "", "", "", ""],
        ["C1", "",
         "Procure an accounting package for cemetery and allotment income to replace the separate spreadsheets.",
         "RFO", "TBC", "Not started", "Quotes to be sought after budget setting"],
        ["", "", "", "", "", "", ""],
        ["Total actions: 7 (Complete 3, On track 2, Red – overdue 1, Not started 1)", "", "", "", "", "", ""],
        ["Completed actions will be removed from the plan after they have been reported to Committee.", "", "", "", "", "", ""],
    ]
    with open(out("sb-melksham-town-council-internal-audit-action-plan-2024-25.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ================================================================ 5
# Dartmoor National Park Authority – Authority action log (docx, one table per meeting)
def dartmoor():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Dartmoor National Park Authority")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_heading("Authority Action Log", level=1)
    doc.add_paragraph("Actions arising from meetings of the Authority – position at 31 October 2025")
    doc.add_paragraph("Report NPA/25/044 – Appendix 1. Prepared by the Democratic Services Manager.")

    doc.add_paragraph().add_run("Status key").bold = True
    key = doc.add_table(rows=5, cols=2)
    key.style = "Table Grid"
    for i, (w, c, dsc) in enumerate([
        ("Complete", BLUE, "Action finished – will be removed after this meeting"),
        ("On track", GREEN, "Under way and expected by the due date"),
        ("Behind schedule", AMBER, "Under way but later than the due date given"),
        ("Overdue", RED, "Past the due date with no firm new date"),
        ("Not started", "FFFFFF", "Not yet begun"),
    ]):
        cell_text(key.rows[i].cells[0], w, bold=True)
        shade_cell(key.rows[i].cells[0], c)
        cell_text(key.rows[i].cells[1], dsc)

    COL = {"Complete": BLUE, "On track": GREEN, "Behind schedule": AMBER, "Overdue": RED, "Not started": None}
    meetings = [
        ("Authority meeting – 6 June 2025", [
            ("25/38", "Write to Defra setting out the Authority's concerns about the 2025/26 National Park Grant settlement and its impact on delivery of the Partnership Plan.",
             "Chief Executive (National Park Officer)", "July 2025", "Complete",
             "Letter sent 18 June 2025; reply received from the Minister on 2 September."),
            ("25/41", "Bring a report on options for the future of the Postbridge Visitor Centre to the September meeting.",
             "Head of Visitor Services", "05/09/2025", "Complete", "Report NPA/25/031 considered on 5 September."),
        ]),
        ("Authority meeting – 4 July 2025", [
            ("25/52", "Arrange a members' site visit to Wistman's Wood to see the temperate rainforest restoration work.",
             "Head of Nature Recovery", "Oct 2025", "Behind schedule", "Visit rearranged for 14 November because of the weather."),
            ("25/55", "Review the Authority's approach to wild camping management following the Supreme Court judgment in Darwall v Dartmoor National Park Authority and report back to members.",
             "Head of Legal and Democratic Services / Head of Ranger Services", "December 2025", "On track",
             "Byelaw review started; Access Forum consulted on 9 October."),
        ]),
        ("Authority meeting – 5 September 2025", [
            ("25/67", "Circulate the revised Local Development Scheme (Local Plan review timetable) to all members.",
             "Head of Planning", "19/09/2025", "Overdue", "Awaiting the outcome of national planning reforms."),
            ("25/70", "Include climate and nature recovery indicators in the quarterly performance report.",
             "Head of Business Support", "Ongoing", "On track", "First indicators included in the Q2 report."),
            ("25/72", "Meet Devon County Council Highways to discuss verge parking at Haytor and report the outcome.",
             "Head of Ranger Services", "Nov 2025", "Not started", ""),
        ]),
    ]
    for title, acts in meetings:
        doc.add_heading(title, level=2)
        t = doc.add_table(rows=1 + len(acts), cols=6)
        t.style = "Table Grid"
        for j, h in enumerate(["Minute", "Action", "Lead officer", "Due", "Status", "Update"]):
            cell_text(t.rows[0].cells[j], h, bold=True, colour="FFFFFF")
            shade_cell(t.rows[0].cells[j], "385623")
        for i, (ref, act, lead, due, status, upd) in enumerate(acts, 1):
            cells = t.rows[i].cells
            for j, v in enumerate([ref, act, lead, due, status, upd]):
                cell_text(cells[j], v)
            if COL[status]:
                shade_cell(cells[4], COL[status])
    doc.add_paragraph()
    doc.add_paragraph("Actions completed and reported at the 5 September 2025 meeting have been removed from this log (4 actions).")
    doc.save(out("sb-dartmoor-npa-authority-action-log.docx"))


# ================================================================ 6
# Monkton Combe School – ISI inspection action plan (docx, table per section, next step above actions)
def monkton():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("Monkton Combe School")
    r.bold = True
    r.font.size = Pt(16)
    h = doc.add_paragraph()
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = h.add_run("ISI Inspection Action Plan")
    r.bold = True
    r.font.size = Pt(14)
    s = doc.add_paragraph()
    s.alignment = WD_ALIGN_PARAGRAPH.CENTER
    s.add_run("Following the ISI routine inspection of 4–6 March 2025")

    dc = doc.add_table(rows=4, cols=4)
    dc.style = "Table Grid"
    for j, v in enumerate(["Version", "Date", "Approved by", "Notes"]):
        cell_text(dc.rows[0].cells[j], v, bold=True)
        shade_cell(dc.rows[0].cells[j], "D9D9D9")
    for i, row in enumerate([
        ("1.0", "29 April 2025", "Board of Governors", "Plan agreed"),
        ("1.1", "1 July 2025", "Education Committee", "End of summer term update"),
        ("1.2", "22 September 2025", "Education Committee", "Start of year update"),
    ], 1):
        for j, v in enumerate(row):
            cell_text(dc.rows[i].cells[j], v)

    doc.add_paragraph()
    doc.add_paragraph(
        "The inspection found that the Independent School Standards and the National Minimum Standards for "
        "Boarding Schools are met. The report sets out the following next steps for the school. Each next step "
        "is shown above the actions we are taking in response.")
    doc.add_paragraph("RAG: R – not started or significantly behind; A – under way, some delay; G – on track; B – complete.")

    RAG = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}
    sections = [
        ("Section 1: Leadership and management, and governance",
         "Leaders should ensure that governors' oversight of health and safety includes a systematic review of the risk assessments for off-site activities.",
         [
             ("1.1", "Add a standing health and safety item, including off-site activity risk assessments, to the termly Estates and Compliance Committee agenda.",
              "Bursar", "Minutes of each Estates and Compliance Committee show the review", "Summer term 2025", "B"),
             ("1.2", "Commission an external audit of educational visits procedures and report the findings to the Board.",
              "Deputy Head (Co-curricular); Educational Visits Coordinator", "Audit report received and actions agreed by the Board",
              "Autumn term 2025", "G"),
         ]),
        ("Section 2: Quality of education, training and recreation",
         "Leaders should ensure that teaching in the Prep School consistently adapts tasks so that the most able pupils are sufficiently challenged.",
         [
             ("2.1", "Deliver a whole-staff INSET programme on adaptive teaching and stretch for the most able pupils.",
              "Head of Prep School", "All Prep staff complete the programme; lesson observations show planned challenge",
              "Autumn term 2025", "G"),
             ("2.2", "Introduce learning walks focused on challenge, with findings reported to the Education Committee.",
              "Director of Teaching and Learning", "Learning walk summaries on each Education Committee agenda", "Termly", "G"),
         ]),
        ("Section 3: Pupils' physical and mental health and emotional wellbeing",
         "Leaders should ensure that records of pastoral concerns in boarding houses are completed consistently, so that patterns can be identified promptly.",
         [
             ("3.1", "Move all boarding house pastoral logs onto CPOMS and withdraw the paper logs.",
              "Deputy Head (Pastoral)", "No paper logs in use; all houses recording on CPOMS", "30/06/2025", "B"),
             ("3.2", "Audit CPOMS entries each quarter and send a summary to the Safeguarding Governor.",
              "DSL", "Quarterly audit summaries received by the Safeguarding Governor", "Dec 2025", "A"),
         ]),
        ("Section 5: Safeguarding",
         "Leaders should ensure that all required pre-appointment checks are recorded on the single central record before staff start work.",
         [
             ("5.1", "Commission a full audit of the single central record by an external safeguarding consultant.",
              "HR Manager", "Audit completed with no outstanding findings", "May 2025", "B"),
             ("5.2", "Introduce a start-date sign-off so that no new member of staff begins work until the single central record entry has been checked.",
              "Bursar/HR Manager", "Sign-off form used for every new starter", "Sep-25", "G"),
         ]),
    ]
    for title, step, acts in sections:
        doc.add_heading(title, level=2)
        tb = doc.add_table(rows=2 + len(acts), cols=6)
        tb.style = "Table Grid"
        for j, hh in enumerate(["Ref", "Action", "Lead", "Success criteria", "By when", "RAG"]):
            cell_text(tb.rows[0].cells[j], hh, bold=True, colour="FFFFFF")
            shade_cell(tb.rows[0].cells[j], "7B2C3F")
        m = tb.rows[1].cells[0].merge(tb.rows[1].cells[5])
        cell_text(m, step, bold=True)
        shade_cell(m, "F2DCDB")
        for i, (ref, act, lead, sc, when, rag) in enumerate(acts, 2):
            cells = tb.rows[i].cells
            for j, v in enumerate([ref, act, lead, sc, when, rag]):
                cell_text(cells[j], v)
            shade_cell(cells[5], RAG[rag])
        doc.add_paragraph()
    doc.add_paragraph("Section 4 (Pupils' social and economic education and contribution to society): no next steps were identified.")
    doc.add_paragraph("Progress is reported to each Education Committee and to the full Board termly.")
    doc.save(out("sb-monkton-combe-school-isi-inspection-action-plan.docx"))


# ================================================================ 7
# Hafren Dyfrdwy – Ofwat performance improvement plan 2025/26 (xlsx, refuse: mistyped month)
def hafren():
    wb = Workbook()
    summ = wb.active
    summ.title = "Summary"
    summ.column_dimensions["A"].width = 44
    summ.column_dimensions["B"].width = 12
    put(summ, 1, 1, "Hafren Dyfrdwy", bold=True, size=14, border=False)
    put(summ, 2, 1, "Performance Improvement Plan 2025/26 – summary", bold=True, border=False)
    put(summ, 3, 1, "Position at 30 September 2025 (for Board, 16 October 2025)", border=False)
    put(summ, 5, 1, "Performance commitment", bold=True, bg=GREY)
    put(summ, 5, 2, "Actions", bold=True, bg=GREY)
    for i, (pc, n) in enumerate([("Water supply interruptions", 3), ("Leakage", 2),
                                 ("Compliance risk index (CRI)", 2), ("Customer measure of experience (C-MeX)", 2)]):
        put(summ, 6 + i, 1, pc)
        put(summ, 6 + i, 2, n)
    put(summ, 10, 1, "Total", bold=True)
    put(summ, 10, 2, 9, bold=True)

    ws = wb.create_sheet("Action plan")
    for col, w in zip("ABCDEFGHI", [26, 8, 50, 26, 12, 12, 10, 10, 44]):
        ws.column_dimensions[col].width = w
    put(ws, 1, 1, "Hafren Dyfrdwy – Performance Improvement Plan 2025/26", bold=True, size=13, border=False)
    put(ws, 2, 1, "Actions agreed following Ofwat's 2024-25 assessment of performance against performance commitments", border=False)
    hdr = ["Performance commitment", "ID", "Action", "Accountable manager", "Original date", "Revised date",
           "Previous RAG", "Current RAG", "Progress commentary"]
    for j, h in enumerate(hdr, 1):
        put(ws, 4, j, h, bold=True, bg="00587C", fg="FFFFFF")
    RAG = {"R": RED, "A": AMBER, "G": GREEN, "C": BLUE, None: None}
    d = dt.datetime
    blocks = [
        ("Water supply interruptions", [
            ("WSI-1", "Install pressure and flow loggers on the strategic mains in the Wrexham and Chester Road zones",
             "Network Manager (North)", d(2025, 6, 30), None, "G", "C", "142 loggers live; alarms routed to the control room."),
            ("WSI-2", "Extend the alternative supply fleet with two additional tankers and a bottled water contract for Powys",
             "Head of Incident Management", d(2025, 9, 30), d(2025, 12, 31), "A", "A", "Second tanker delivery delayed by the supplier."),
            ("WSI-3", "Review the bursts response standard so that customers are back in supply before the permanent repair",
             "Operations Director / Head of Customer Experience", d(2025, 11, 30), None, "G", "G", "Trial running in the Llanidloes area."),
        ]),
        ("Leakage", [
            ("LK-1", "Complete the trunk main survey between Llwyn Onn and Legacy using satellite and acoustic detection",
             "Leakage Manager", d(2025, 8, 31), "Febuary 2026", "A", "R", "Survey contractor demobilised over the summer; remobilising in January."),
            ("LK-2", "Roll out smart meters to 4,000 homes in district metered areas with the highest night flow",
             "Metering Programme Lead", d(2026, 3, 31), None, None, "G", "1,350 installed to date."),
        ]),
        ("Compliance risk index (CRI)", [
            ("CRI-1", "Replace the hatch seals and fit backflow protection at all service reservoirs inspected as at risk of ingress (following the Penrhos coliform failure)",
             "Water Quality Manager", d(2025, 10, 31), None, "A", "G", "11 of 14 reservoirs complete."),
            ("CRI-2", "Commission an independent root cause investigation into taste and odour failures in the Bontgoch zone",
             "Head of Water Quality and Regulation", d(2025, 7, 31), None, "G", "C", "Report received; actions added to the 2026/27 plan."),
        ]),
        ("Customer measure of experience (C-MeX)", [
            ("CX-1", "Introduce proactive SMS updates for customers affected by planned and unplanned interruptions",
             "Head of Customer Experience", d(2025, 10, 31), d(2026, 1, 31), "G", "A", "Welsh-language templates being translated."),
            ("CX-2", "Answer calls in Welsh or English within 60 seconds for 90% of calls",
             "Contact Centre Manager", "Ongoing", None, "A", "A", "83% in September."),
        ]),
    ]
    r = 5
    for pc, acts in blocks:
        top = r
        for aid, act, mgr, orig, rev, prev, cur, comm in acts:
            put(ws, r, 2, aid)
            put(ws, r, 3, act)
            put(ws, r, 4, mgr)
            put(ws, r, 5, orig, fmt="dd/mm/yyyy" if isinstance(orig, dt.datetime) else None)
            put(ws, r, 6, rev, fmt="dd/mm/yyyy" if isinstance(rev, dt.datetime) else None)
            put(ws, r, 7, prev, bg=RAG[prev])
            put(ws, r, 8, cur, bg=RAG[cur])
            put(ws, r, 9, comm)
            r += 1
        put(ws, top, 1, pc, bold=True, bg="DDEBF7")
        for rr in range(top + 1, r):
            put(ws, rr, 1, None, bg="DDEBF7")
        ws.merge_cells(start_row=top, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    put(ws, r, 1, "RAG key: G – on track; A – at risk; R – off track; C – complete", border=False)
    ws.freeze_panes = "C5"
    wb.active = 1
    wb.save(out("sb-hafren-dyfrdwy-ofwat-performance-improvement-plan-typo-month-refuse.xlsx"))


if __name__ == "__main__":
    neca()
    desnz()
    serco()
    melksham()
    dartmoor()
    monkton()
    hafren()
    print("built 7 files in", HERE)
