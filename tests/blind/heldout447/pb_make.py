"""Build the seven pb- blind test files (set heldout447).

Run with: /work/main/.venv/bin/python pb_make.py
Writes three .xlsx (openpyxl), two .docx (python-docx), one .csv and one .txt
into the folder this script lives in. Only files starting with "pb-" are written.
"""
import csv
import os
from datetime import datetime as dt

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE, GREY = "FF0000", "FFC000", "00B050", "0070C0", "BFBFBF"
RAGFILL = {"Red": RED, "Amber": AMBER, "Green": GREEN, "Blue": BLUE,
           "Complete": BLUE, "Not started": GREY, "On track": GREEN}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def out(name):
    assert name.startswith("pb-")
    return os.path.join(HERE, name)


def fill(hexcol):
    return PatternFill("solid", fgColor="FF" + hexcol)


# ---------------------------------------------------------------------------
# 1. Derbyshire Fire & Rescue Service - internal audit recommendations tracker
# ---------------------------------------------------------------------------
DFRS_TITLE = ("Derbyshire Fire & Rescue Service – Internal Audit Recommendations "
              "Tracker 2025/26")
# audit heading, then recommendations each with actions:
# (ref, action, priority, officer, original, revised, previous RAG, current RAG, update)
DFRS = [
    ("Payroll and Pensions 2024/25 – Limited Assurance", [
        ("Recommendation 1 – Changes to payroll standing data should be independently "
         "verified before each pay run and evidence of the check retained.", [
            ("PAY 1.1", "Introduce a monthly independent check of all standing data changes "
             "by the Payroll Team Leader, evidenced by a signed exception report.",
             "High", "Payroll and Pensions Manager", dt(2025, 5, 31), dt(2025, 9, 30),
             "Red", "Amber",
             "Check introduced from the June 2025 pay run. Retention of evidence to be "
             "sample tested by Internal Audit in September."),
            ("PAY 1.2", "Update the Payroll Procedure Manual to include the verification "
             "step and circulate to all payroll staff.",
             "Medium", "Payroll and Pensions Manager", dt(2025, 6, 30), None,
             "Amber", "Blue", "Manual v4.2 issued 27 June 2025. Evidence verified."),
        ]),
        ("Recommendation 2 – Employee pension contribution rates should be reconciled to "
         "the Firefighters' Pension Scheme tables at each April uplift.", [
            ("PAY 2.1", "Reconcile 2025/26 employee contribution bandings to FPS tables "
             "and correct any variances identified.",
             "High", "Payroll and Pensions Manager / Head of Finance", dt(2025, 4, 30),
             dt(2025, 7, 31), "Red", "Blue",
             "Reconciliation completed 18 July 2025; two variances corrected in the July "
             "pay run and members notified."),
        ]),
    ]),
    ("Fleet Management 2024/25 – Reasonable Assurance", [
        ("Recommendation 1 – Vehicle defects reported by crews should be recorded on the "
         "fleet management system and tracked through to closure.", [
            ("FLT 1.1", "Configure the defect reporting module in Tranman and train "
             "station-based drivers in its use.",
             "Medium", "Fleet and Equipment Manager", dt(2025, 3, 31), dt(2025, 10, 31),
             "Amber", "Amber",
             "Module configured. Training roll-out delayed by supplier version upgrade; "
             "revised date agreed by SLT."),
        ]),
        ("Recommendation 2 – Fuel card transactions should be reviewed monthly for "
         "anomalies.", [
            ("FLT 2.1", "Produce a monthly fuel card exception report, reviewed by the "
             "Fleet and Equipment Manager, with queries raised with station managers "
             "within ten working days.",
             "Low", "Fleet and Equipment Manager", dt(2025, 4, 30), None,
             "Green", "Blue", "In place from April 2025. Three months of reports seen."),
        ]),
    ]),
    ("Cyber Security – Patch Management 2025/26 – Limited Assurance", [
        ("Recommendation 1 – Critical security patches should be applied within 14 days "
         "of release, in line with the Service's Information Security Policy.", [
            ("CYB 1.1", "Implement automated patch deployment for all Windows endpoints "
             "using Microsoft Intune.",
             "High", "Head of ICT", dt(2025, 8, 31), dt(2025, 12, 31),
             "Green", "Amber",
             "Pilot complete on 120 devices. Station and appliance MDTs require a "
             "separate deployment ring."),
            ("CYB 1.2", "Report monthly patch compliance figures to the Digital Services "
             "Board.",
             "Medium", "Head of ICT; Information Security Officer", dt(2025, 7, 31), None,
             None, "Green", "First report presented 29 July 2025."),
        ]),
        ("Recommendation 2 – Devices running unsupported operating systems should be "
         "identified and either upgraded or isolated from the network.", [
            ("CYB 2.1", "Complete asset discovery and produce a remediation plan for the "
             "12 unsupported devices identified by the audit.",
             "High", "Head of ICT", dt(2025, 9, 30), None,
             None, "Not started", "Scheduled to start once Intune roll-out complete."),
        ]),
    ]),
]


def make_dfrs():
    wb = Workbook()
    # Summary sheet
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = DFRS_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Summary of agreed actions – position as at 31 August 2025"
    ws["A3"] = "Audit and Governance Committee – 18 September 2025"
    hdr = ["Audit", "Assurance opinion", "Agreed actions", "Implemented",
           "In progress", "Not started", "Past original target date"]
    ws.append([])
    ws.append(hdr)
    for c in ws[5]:
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("C00000")
        c.border = BOX
    rows = [("Payroll and Pensions 2024/25", "Limited", 3, 2, 1, 0, 1),
            ("Fleet Management 2024/25", "Reasonable", 2, 1, 1, 0, 1),
            ("Cyber Security – Patch Management 2025/26", "Limited", 3, 0, 2, 1, 0)]
    for r in rows:
        ws.append(list(r))
    ws.append(["Total", None, "=SUM(C6:C8)", "=SUM(D6:D8)", "=SUM(E6:E8)",
               "=SUM(F6:F8)", "=SUM(G6:G8)"])
    for c in ws[9]:
        c.font = Font(bold=True)
    ws.append([])
    ws.append(["Note: the detailed position for each agreed action is on the "
               "'Tracker' sheet. RAG definitions are on the 'Key' sheet."])
    ws.column_dimensions["A"].width = 44
    for col in "BCDEFG":
        ws.column_dimensions[col].width = 16

    # Tracker sheet
    ws = wb.create_sheet("Tracker")
    ncol = 9
    ws["A1"] = DFRS_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A2"] = "Detailed tracker – position as at 31 August 2025"
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A3"] = "Audit and Governance Committee – 18 September 2025"
    ws.merge_cells(start_row=3, start_column=1, end_row=3, end_column=ncol)
    headers = ["Ref", "Agreed Management Action", "Priority", "Responsible Officer",
               "Original Target Date", "Revised Target Date", "Previous RAG",
               "Current RAG", "Progress Update"]
    r = 5
    for i, h in enumerate(headers, 1):
        c = ws.cell(r, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("C00000")
        c.alignment = WRAP
        c.border = BOX
    for audit, recs in DFRS:
        r += 1
        ws.cell(r, 1, audit).font = Font(bold=True, color="FFFFFF")
        for i in range(1, ncol + 1):
            ws.cell(r, i).fill = fill("404040")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        for rec, acts in recs:
            r += 1
            c = ws.cell(r, 1, rec)
            c.font = Font(italic=True, bold=True)
            c.alignment = WRAP
            for i in range(1, ncol + 1):
                ws.cell(r, i).fill = fill("F2DCDB")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            ws.row_dimensions[r].height = 32
            for (ref, act, pri, off, orig, rev, prev, cur, upd) in acts:
                r += 1
                vals = [ref, act, pri, off, orig, rev, prev, cur, upd]
                for i, v in enumerate(vals, 1):
                    c = ws.cell(r, i, v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt):
                        c.number_format = "dd/mm/yyyy"
                for col, val in ((7, prev), (8, cur)):
                    if val:
                        ws.cell(r, col).fill = fill(RAGFILL[val])
                        if val in ("Red", "Blue"):
                            ws.cell(r, col).font = Font(color="FFFFFF")
    r += 2
    ws.cell(r, 1, "Revised target dates were agreed by the Strategic Leadership Team on "
            "12 August 2025 and are shown for noting by the Committee.").font = Font(italic=True)
    widths = [10, 52, 10, 26, 13, 13, 11, 11, 46]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHI"[i]].width = w
    ws.freeze_panes = "A6"

    # Key sheet
    ws = wb.create_sheet("Key")
    ws["A1"] = "RAG status key"
    ws["A1"].font = Font(bold=True)
    key = [("Blue", "Implemented – evidence verified by Internal Audit"),
           ("Green", "On track to be implemented by the target date"),
           ("Amber", "At risk of missing the target date / revised date agreed"),
           ("Red", "Overdue – target date passed and not implemented"),
           ("Not started", "Action not yet due to start")]
    for i, (k, d) in enumerate(key, 3):
        ws.cell(i, 1, k).fill = fill(RAGFILL[k])
        ws.cell(i, 2, d)
    ws.column_dimensions["A"].width = 14
    ws.column_dimensions["B"].width = 60
    wb.save(out("pb-derbyshire-fire-rescue-service-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 2. Royal Devon University Healthcare NHSFT - elective recovery highlight report
# ---------------------------------------------------------------------------
RD_TITLE = "Elective Recovery Programme – Highlight Report"
# workstream, milestones: (ref, milestone, owner, baseline, forecast, last, this, comment)
RD = [
    ("Workstream 1: Outpatient Transformation", [
        ("1a", "Roll out patient-initiated follow-up (PIFU) to a further six specialties",
         "Outpatient Transformation Lead", dt(2025, 6, 30), dt(2025, 9, 30), AMBER, GREEN,
         "Live in cardiology, gastroenterology and rheumatology. Dermatology, urology and "
         "ENT go live in September."),
        ("1b", "Move 5% of outpatient attendances to PIFU pathways",
         "Outpatient Transformation Lead", dt(2026, 3, 31), dt(2026, 3, 31), GREEN, GREEN,
         "3.1% in July (national ambition 5%)."),
        ("1c", "Launch advice and guidance service for dermatology and ENT referrals",
         "Clinical Director – Surgery / Clinical Director – Medicine", dt(2025, 7, 31),
         dt(2025, 7, 31), GREEN, BLUE, "Launched 14 July across Eastern and Northern services."),
    ]),
    ("Workstream 2: Theatres Productivity", [
        ("2a", "Increase capped theatre utilisation to 85% across main theatres",
         "Theatres General Manager", dt(2025, 12, 31), dt(2026, 2, 28), AMBER, AMBER,
         "78% in August. Late starts remain the main driver; start-time audit under way."),
        ("2b", "Open the second day-case theatre in the Exeter elective surgical hub",
         "Associate Director of Operations (Surgery)", dt(2025, 10, 31), dt(2026, 1, 31),
         AMBER, RED,
         "Anaesthetic staffing gap of 2.4 WTE. Forecast moved to January; escalated to "
         "Executive Delivery Group."),
    ]),
    ("Workstream 3: Diagnostics", [
        ("3a", "Extend CT scanning to seven-day working at the Exeter Community "
         "Diagnostic Centre", "Head of Radiology", dt(2025, 9, 30), dt(2025, 9, 30),
         GREEN, GREEN, "Weekend pilot running since 4 August."),
        ("3b", "Recover DM01 performance to 95% of patients waiting under six weeks",
         "Head of Radiology; Endoscopy Service Manager", dt(2026, 3, 31), dt(2026, 3, 31),
         None, AMBER, "New milestone this month. Endoscopy remains the main pressure."),
    ]),
    ("Workstream 4: Waiting List Validation", [
        ("4a", "Validate all patients waiting over 12 weeks on the admitted and "
         "non-admitted waiting lists", "Head of Access and Performance", dt(2025, 8, 31),
         dt(2025, 10, 31), AMBER, AMBER,
         "Admitted list complete; non-admitted 64% validated using Epic work queues."),
        ("4b", "Eliminate waits of over 65 weeks", "Chief Operating Officer",
         dt(2025, 9, 30), dt(2025, 9, 30), AMBER, GREEN,
         "9 patients at 65+ weeks at month end (41 in July), all dated before 30 September."),
    ]),
]


def make_rd():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "Royal Devon University Healthcare NHS Foundation Trust"
    ws["A1"].font = Font(bold=True, size=14, color="005EB8")
    ws["A3"] = RD_TITLE
    ws["A3"].font = Font(bold=True, size=16)
    control = [("Document control", ""),
               ("Report to", "Finance and Operational Performance Committee"),
               ("Meeting date", "25 September 2025"),
               ("Reporting period", "August 2025 (Month 5)"),
               ("Senior Responsible Owner", "Chief Operating Officer"),
               ("Prepared by", "Elective Programme Management Office"),
               ("Version", "v1.0 – final")]
    for i, (a, b) in enumerate(control, 5):
        ws.cell(i, 1, a).border = BOX
        ws.cell(i, 2, b).border = BOX
        if i == 5:
            ws.cell(i, 1).font = Font(bold=True)
    ws.column_dimensions["A"].width = 28
    ws.column_dimensions["B"].width = 52

    ws = wb.create_sheet("Highlight Report")
    n = 8
    ws["A1"] = "Royal Devon University Healthcare NHS Foundation Trust"
    ws["A1"].font = Font(bold=True, color="005EB8")
    ws["A2"] = RD_TITLE
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Reporting period: August 2025 (Month 5)"
    ws["A4"] = ("Senior Responsible Owner: Chief Operating Officer     "
                "Programme Lead: Head of Elective Programmes")
    for rr in (1, 2, 3, 4):
        ws.merge_cells(start_row=rr, start_column=1, end_row=rr, end_column=n)
    ws["A6"] = "Overall programme RAG"
    ws["A6"].font = Font(bold=True)
    ws["C6"] = "Last month"
    ws["D6"].fill = fill(AMBER)
    ws["E6"] = "This month"
    ws["F6"].fill = fill(AMBER)
    ws["A8"] = "Achievements this period"
    ws["E8"] = "Priorities for next period"
    ws["A8"].font = ws["E8"].font = Font(bold=True, color="FFFFFF")
    for col in range(1, n + 1):
        ws.cell(8, col).fill = fill("005EB8")
    ws.merge_cells("A8:D8")
    ws.merge_cells("E8:H8")
    ws["A9"] = ("• PIFU live in cardiology, gastroenterology and rheumatology\n"
                "• CDC CT weekend pilot started 4 August\n"
                "• 65+ week waits reduced from 41 to 9")
    ws["E9"] = ("• Agree staffing model for second day-case theatre\n"
                "• Complete validation of the non-admitted waiting list\n"
                "• Submit Month 6 activity recovery plan to the ICB")
    ws["A9"].alignment = ws["E9"].alignment = WRAP
    ws.merge_cells("A9:D9")
    ws.merge_cells("E9:H9")
    ws.row_dimensions[9].height = 48
    headers = ["Ref", "Workstream / Milestone", "Milestone Owner", "Baseline Date",
               "Forecast Date", "Last Month", "This Month", "Commentary"]
    r = 11
    for i, h in enumerate(headers, 1):
        c = ws.cell(r, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.alignment = WRAP
        c.border = BOX
    for ws_name, ms in RD:
        r += 1
        ws.cell(r, 1, ws_name).font = Font(bold=True)
        for i in range(1, n + 1):
            ws.cell(r, i).fill = fill("DDEBF7")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=n)
        for (ref, m, own, base, fc, last, this, com) in ms:
            r += 1
            for i, v in enumerate([ref, m, own, base, fc, None, None, com], 1):
                c = ws.cell(r, i, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt):
                    c.number_format = "mmm-yy"
            if last:
                ws.cell(r, 6).fill = fill(last)
            ws.cell(r, 7).fill = fill(this)
    r += 3
    ws.cell(r, 1, "RAG key").font = Font(bold=True)
    for colour, text in ((BLUE, "Milestone complete"),
                         (GREEN, "On track to deliver by forecast date"),
                         (AMBER, "At risk – mitigating actions in place"),
                         (RED, "Off track – will not deliver by forecast date without "
                          "escalation")):
        r += 1
        ws.cell(r, 1).fill = fill(colour)
        ws.cell(r, 2, text)
    widths = [8, 48, 30, 12, 12, 10, 10, 50]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGH"[i]].width = w
    wb.save(out("pb-royal-devon-university-healthcare-nhsft-elective-recovery-programme-"
                "highlight-report.xlsx"))


# ---------------------------------------------------------------------------
# 3. Bromford Flagship - strategic risk register 2025/26
# ---------------------------------------------------------------------------
BF_TITLE = "Bromford Flagship – Strategic Risk Register 2025/26"
# risk: (risk title, description, owner, inherent, controls, residual, trend,
#        [ (action, owner, target, status, update) ])
BF = [
    ("SR01 – Health, safety and building compliance",
     "Failure to meet statutory landlord compliance obligations (fire, gas, electrical, "
     "water, asbestos, lifts) or to respond to damp and mould leads to harm to customers "
     "and regulatory intervention.",
     "Chief Operating Officer", "4 x 5 = 20",
     "Compliance dashboards reported monthly to Executive and quarterly to Board; "
     "external fire risk assessors; independent gas audit.",
     "3 x 5 = 15", "↔", [
        ("Complete the remaining 214 high-priority fire risk assessment remedial actions",
         "Head of Building Safety", dt(2025, 12, 31), "Amber",
         "61% complete. Contractor capacity increased from October."),
        ("Implement the new damp and mould case management workflow to meet Awaab's Law "
         "timescales", "Director of Property Services", "October 2025", "Complete",
         "Live from 27 October 2025."),
        ("Commission an independent assurance review of asbestos management arrangements",
         "Head of Building Safety", "Q4 2025/26", "Not started",
         "Scope to be agreed with Internal Audit."),
     ]),
    ("SR02 – Financial viability and covenant compliance",
     "Cost pressures, rent policy and interest rate changes reduce headroom against "
     "lender covenants and the ability to invest in existing homes.",
     "Chief Financial Officer", "4 x 5 = 20",
     "Treasury management policy; monthly covenant forecasting; Golden Rules agreed by "
     "Board.", "2 x 5 = 10", "↓", [
        ("Refresh the 30-year business plan stress testing, including:\n"
         "- multi-variate scenarios for rent policy and interest rates\n"
         "- merger integration costs", "Director of Finance", dt(2025, 11, 30), "Green",
         "Scenarios agreed with Finance Committee; modelling under way."),
        ("Deliver £6.5m merger efficiency savings in 2025/26", "Chief Financial Officer",
         dt(2026, 3, 31), "Amber", "£3.9m secured to date; procurement savings behind plan."),
     ]),
    ("SR03 – Consumer standards and customer satisfaction",
     "Failure to meet the Regulator of Social Housing's consumer standards or to act on "
     "customer feedback leads to a downgrade and loss of customer trust.",
     "Chief Customer Officer", "4 x 4 = 16",
     "Consumer standards self-assessment; TSM reporting; Customer Scrutiny Panel.",
     "3 x 4 = 12", "↔", [
        ("Complete stock condition surveys for 100% of homes (currently 78%)",
         "Director of Asset Management", dt(2026, 3, 31), "Green",
         "Survey programme on profile."),
        ("Customer Voice panel to review complaint handling against the Housing Ombudsman "
         "Complaint Handling Code", "Head of Customer Experience", "Jan-26", "Green",
         "Panel terms of reference agreed."),
     ]),
    ("SR04 – Cyber security and data",
     "A cyber attack or data breach, or failure to integrate legacy systems after the "
     "merger, disrupts services and causes loss of personal data.",
     "Chief Information Officer", "5 x 5 = 25",
     "Managed security operations centre; MFA for all users; annual penetration test.",
     "3 x 5 = 15", "↑", [
        ("Achieve Cyber Essentials Plus certification across the merged IT estate",
         "Head of IT Security", "Dec 2025", "Amber",
         "Remediation of 40 legacy devices outstanding."),
        ("Migrate the legacy Flagship housing management system to the Group platform",
         "Chief Information Officer; Director of Transformation", "June 2026", "Red",
         "Data migration testing failed in September; replan to Board in December."),
        ("Run an annual cyber incident tabletop exercise with the Board",
         "Company Secretary", "Ongoing – annual", "Green", "2025 exercise held 9 October."),
     ]),
]


def make_bf():
    wb = Workbook()
    ws = wb.active
    ws.title = "Strategic Risk Register"
    n = 12
    ws["A1"] = BF_TITLE
    ws["A1"].font = Font(bold=True, size=14, color="4B1C63")
    ws["A2"] = "Report to the Group Audit and Risk Committee – 4 November 2025"
    ws["A3"] = "Risk owner updates as at 17 October 2025"
    for rr in (1, 2, 3):
        ws.merge_cells(start_row=rr, start_column=1, end_row=rr, end_column=n)
    headers = ["Strategic Risk", "Risk Description", "Risk Owner",
               "Inherent Score (L x I)", "Key Controls", "Residual Score (L x I)", "Trend",
               "Further Actions Required", "Action Owner", "Target Date", "Status",
               "Update"]
    r = 5
    for i, h in enumerate(headers, 1):
        c = ws.cell(r, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("4B1C63")
        c.alignment = WRAP
        c.border = BOX
    for (title, desc, owner, inh, ctl, res, trend, acts) in BF:
        first = r + 1
        for j, (act, aown, tgt, st, upd) in enumerate(acts):
            r += 1
            if j == 0:
                for i, v in enumerate([title, desc, owner, inh, ctl, res, trend], 1):
                    c = ws.cell(r, i, v)
                    c.alignment = WRAP
                ws.cell(r, 1).font = Font(bold=True)
            for i, v in enumerate([act, aown, tgt, st, upd], 8):
                c = ws.cell(r, i, v)
                c.alignment = WRAP
                if isinstance(v, dt):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(r, 11).fill = fill(RAGFILL[st])
            for i in range(1, n + 1):
                ws.cell(r, i).border = BOX
            if "\n" in act:
                ws.row_dimensions[r].height = 60
        if len(acts) > 1:
            for col in range(1, 8):
                ws.merge_cells(start_row=first, start_column=col, end_row=r, end_column=col)
        # residual score fill
        ws.cell(first, 6).fill = fill(AMBER if res.endswith(("10", "12")) else RED)
    r += 2
    ws.cell(r, 1, "Scores are likelihood x impact (1–5). Target risk scores and the risk "
            "appetite for each risk are set out in the Board's Risk Appetite Statement.")
    ws.cell(r, 1).font = Font(italic=True)
    widths = [26, 40, 18, 11, 36, 11, 7, 46, 24, 13, 12, 36]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHIJKL"[i]].width = w
    ws.freeze_panes = "A6"

    ws = wb.create_sheet("Scoring Matrix")
    ws["A1"] = "Risk scoring matrix (likelihood x impact)"
    ws["A1"].font = Font(bold=True)
    ws.cell(3, 1, "Likelihood \\ Impact")
    for i in range(1, 6):
        ws.cell(3, i + 1, i)
    for L in range(5, 0, -1):
        row = 3 + (6 - L)
        ws.cell(row, 1, L)
        for I in range(1, 6):
            s = L * I
            c = ws.cell(row, I + 1, s)
            c.fill = fill(RED if s >= 15 else AMBER if s >= 8 else GREEN)
    ws["A10"] = "Action status key"
    ws["A10"].font = Font(bold=True)
    for i, (k, d) in enumerate([("Complete", "Action completed"),
                                ("Green", "On track"),
                                ("Amber", "Some slippage – expected to recover"),
                                ("Red", "Off track – revised plan required"),
                                ("Not started", "Not yet started")], 11):
        ws.cell(i, 1, k).fill = fill(RAGFILL[k])
        ws.cell(i, 2, d)
    wb.save(out("pb-bromford-flagship-strategic-risk-register-2025-26.xlsx"))


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


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(1.5))


# ---------------------------------------------------------------------------
# 4. Westlands Medical Centre - CQC inspection action plan
# ---------------------------------------------------------------------------
WL_TITLE = "Westlands Medical Centre – CQC Inspection Action Plan"
WL = [
    ("Regulation 12 – Safe care and treatment", [
        ("Must do: Ensure care and treatment is provided in a safe way to patients.", [
            ("1.1", "Complete a clinical search of all patients prescribed DMARDs and lithium "
             "and recall any patient overdue for monitoring bloods.",
             "Dr A Khan (Clinical Lead)", "31/07/2025", "Complete"),
            ("1.2", "Introduce a monthly high-risk drug monitoring audit, reviewed at the "
             "clinical governance meeting.", "Dr A Khan / Clinical Pharmacist", "Monthly",
             "On track"),
            ("1.3", "Ensure all MHRA and patient safety alerts are logged, actioned and "
             "searched retrospectively, with a record kept on the alerts log.",
             "Practice Manager", "31 August 2025", "Complete"),
        ]),
    ]),
    ("Regulation 17 – Good governance", [
        ("Must do: Establish effective systems and processes to ensure good governance in "
         "accordance with the fundamental standards of care.", [
            ("2.1", "Implement a staff training matrix on TeamNet and close all gaps in "
             "safeguarding, infection prevention and control and fire safety training.",
             "Practice Manager", "30/09/2025", "Amber"),
            ("2.2", "Review and update all practice policies so that they are "
             "practice-specific, version controlled and dated.",
             "Practice Manager; Deputy Practice Manager", "Oct-25", "Amber"),
            ("2.3", "Establish a formal process for reviewing and learning from significant "
             "events and complaints, with a quarterly trend analysis.", "Dr R Mensah",
             "Q3 2025/26", "Green"),
        ]),
    ]),
    ("Areas where the provider should make improvements", [
        ("Should do: Continue to improve the uptake of cervical screening and childhood "
         "immunisations.", [
            ("3.1", "Recruit a second practice nurse with cytology training and offer "
             "Saturday screening clinics through the PCN enhanced access service.",
             "Lead Practice Nurse", "December 2025", "Green"),
            ("3.2", "Send text reminders and make follow-up telephone calls to parents of "
             "children who have missed immunisations.",
             "Reception Team Leader & Lead Practice Nurse", "Ongoing", "Green"),
        ]),
        ("Should do: Take action to improve patient satisfaction with telephone access.", [
            ("3.3", "Install cloud-based telephony with call-back and queue position "
             "messaging.", "Practice Manager", "31/10/2025", "Amber"),
            ("3.4", "Repeat the in-house patient survey on access and share the results with "
             "the Patient Participation Group.", "Practice Manager and PPG Chair",
             "Jan 2026", "Not started"),
        ]),
    ]),
]
WL_STATUS_FILL = {"Complete": "8EAADB", "On track": "A9D08E", "Green": "A9D08E",
                  "Amber": "FFD966", "Red": "FF7C80", "Not started": "FFFFFF"}


def make_wl():
    doc = Document()
    landscape(doc)
    doc.add_paragraph(WL_TITLE, style="Title")
    doc.add_paragraph("Response to the Care Quality Commission inspection carried out on "
                      "14 May 2025 (report published 2 July 2025). Updated for the "
                      "partners' meeting on 1 October 2025.")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in [("Provider", "Westlands Medical Centre (partnership)"),
                 ("Overall rating", "Requires improvement"),
                 ("Key question ratings", "Safe: Requires improvement; Effective: Good; "
                  "Caring: Good; Responsive: Requires improvement; Well-led: Requires "
                  "improvement"),
                 ("Plan owner", "Practice Manager"),
                 ("Approved", "Partners' meeting, 15 July 2025"),
                 ("Version", "1.2 – progress update October 2025")]:
        row = t.add_row().cells
        set_cell(row[0], a, bold=True)
        set_cell(row[1], b)
        shade(row[0], "D9E2F3")
    doc.add_paragraph()
    doc.add_paragraph("Status key: Complete – action finished and evidence held; On track / "
                      "Green – progressing to date; Amber – some delay; Red – not achieved; "
                      "Not started.")
    for heading, groups in WL:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead", "Target date", "Status"]):
            set_cell(c, h, bold=True)
            shade(c, "1F3864")
            c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        for must, acts in groups:
            row = t.add_row().cells
            m = row[0].merge(row[4])
            set_cell(m, must, bold=True)
            shade(m, "D9E2F3")
            for (ref, act, lead, date, st) in acts:
                row = t.add_row().cells
                for c, v in zip(row, [ref, act, lead, date, st]):
                    set_cell(c, v)
                shade(row[4], WL_STATUS_FILL[st])
        widths = [Cm(1.5), Cm(11), Cm(5), Cm(3.5), Cm(3)]
        for rw in t.rows:
            for c, w in zip(rw.cells, widths):
                c.width = w
        doc.add_paragraph()
    doc.add_paragraph("Signed on behalf of the partners: Dr R Mensah, Senior Partner. "
                      "Next review: partners' meeting, 7 January 2026.")
    doc.save(out("pb-westlands-medical-centre-cqc-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Wolsingham School - post-Ofsted action plan (one landscape table)
# ---------------------------------------------------------------------------
WS_TITLE = "Wolsingham School – Post-Ofsted Action Plan 2025–26"
# judgement area -> AFIs -> actions (ref, action, lead, timescale, success, monitor, RAG)
WS = [
    ("Quality of education", [
        ("AFI 1: The school should ensure that the key stage 3 curriculum in all subjects "
         "identifies the most important knowledge pupils need to learn and the order in "
         "which they should learn it.", [
            ("1a", "Subject leaders to complete curriculum maps for Years 7 to 9 setting out "
             "core knowledge and its sequencing, quality assured by the Deputy Headteacher.",
             "Subject leaders / Deputy Headteacher (Curriculum)", "Autumn term 2025",
             "All KS3 curriculum maps published on the school website.",
             "Standards and Curriculum Committee", "Green"),
            ("1b", "Provide fortnightly department time for curriculum planning, with "
             "external subject network support for humanities and MFL.",
             "Deputy Headteacher (Curriculum)", "Termly",
             "Department minutes show planning time used; curriculum reviews completed.",
             "Headteacher", "Green"),
        ]),
        ("AFI 2: The school should make sure that teachers check pupils’ understanding "
         "systematically and address misconceptions before moving on to new content.", [
            ("2a", "Deliver whole-staff training on retrieval practice and responsive "
             "teaching through INSET and twilight sessions.",
             "Assistant Headteacher (Teaching and Learning)", "Dec 2025",
             "100% of teaching staff trained; follow-up coaching in place.",
             "Headteacher", "Complete"),
            ("2b", "Embed a ‘do now’ retrieval task in every lesson and monitor through "
             "learning walks and book looks.", "AHT (T&L) and Heads of Department",
             "Summer term 2026",
             "Learning walks show retrieval tasks in at least 90% of lessons.",
             "Governors’ link for teaching and learning", "Amber"),
        ]),
    ]),
    ("Behaviour and attitudes", [
        ("AFI 3: The school should reduce the rates of persistent absence, particularly for "
         "disadvantaged pupils and pupils with special educational needs and/or "
         "disabilities (SEND).", [
            ("3a", "Appoint an attendance officer and introduce first-day calling and weekly "
             "attendance panel meetings.", "Business Manager; Head of Pastoral",
             "September 2025", "Attendance officer in post; panel minutes held.",
             "Headteacher", "Complete"),
            ("3b", "Work with the local authority Education Welfare Service to put an "
             "individual attendance plan in place for every pupil below 90% attendance.",
             "Head of Pastoral", "Ongoing",
             "Persistent absence falls below the national average by July 2026.",
             "Full Governing Body", "Amber"),
            ("3c", "Report attendance of disadvantaged pupils and pupils with SEND to "
             "governors each half term.", "Headteacher", "Half-termly",
             "Governors' minutes show challenge on attendance.", "Chair of Governors",
             "Green"),
        ]),
    ]),
    ("Leadership and management", [
        ("AFI 4: Governors should hold leaders to account more rigorously for the quality "
         "of education and the impact of pupil premium funding.", [
            ("4a", "Commission an external review of governance and act on its "
             "recommendations.", "Chair of Governors", "31 January 2026",
             "Review completed and governance action plan agreed.",
             "Local authority school improvement adviser", ""),
            ("4b", "Establish a Standards and Curriculum Committee receiving termly reports "
             "from subject leaders.", "Chair of Governors & Headteacher",
             "Autumn term 2025", "Committee meets termly; minutes show challenge.",
             "Full Governing Body", "Green"),
        ]),
    ]),
]
WS_FILL = {"Green": "92D050", "Amber": "FFC000", "Red": "FF0000", "Complete": "00B0F0",
           "": "FFFFFF"}


def make_ws():
    doc = Document()
    landscape(doc)
    doc.add_paragraph(WS_TITLE, style="Title")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in [("Inspection dates", "11 and 12 March 2025"),
                 ("Overall effectiveness", "Requires improvement"),
                 ("Plan written by", "Headteacher and senior leadership team"),
                 ("Agreed by governors", "Full Governing Body, 8 July 2025"),
                 ("RAG review", "Autumn term 2025 review – 10 December 2025")]:
        row = t.add_row().cells
        set_cell(row[0], a, bold=True)
        set_cell(row[1], b)
    doc.add_paragraph()
    doc.add_paragraph("This plan sets out how we will address the areas for improvement in "
                      "the section of the inspection report ‘What does the school need to "
                      "do to improve?’. It is reviewed by governors each term.")
    cols = ["Ref", "Action", "Lead", "Timescale", "Success criteria", "Monitored by",
            "RAG"]
    t = doc.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, cols):
        set_cell(c, h, bold=True)
        shade(c, "BDD7EE")
    for area, afis in WS:
        row = t.add_row().cells
        m = row[0].merge(row[-1])
        set_cell(m, area, bold=True, size=12)
        shade(m, "2F5597")
        m.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        for afi, acts in afis:
            row = t.add_row().cells
            m = row[0].merge(row[-1])
            set_cell(m, afi, bold=True)
            shade(m, "DEEAF6")
            for vals in acts:
                row = t.add_row().cells
                for c, v in zip(row, vals):
                    set_cell(c, v)
                shade(row[-1], WS_FILL[vals[-1]])
    widths = [Cm(1.2), Cm(8), Cm(4), Cm(3), Cm(5.5), Cm(3.5), Cm(2)]
    for rw in t.rows:
        for c, w in zip(rw.cells, widths):
            c.width = w
    doc.add_paragraph()
    doc.add_paragraph("RAG key: Green – on track; Amber – some slippage, action being taken; "
                      "Red – significant concern; Complete – action completed and impact "
                      "evaluated.")
    doc.save(out("pb-wolsingham-school-post-ofsted-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Cleveland Police - HMICFRS vetting, misconduct and misogyny tracker (CSV, refuse)
# ---------------------------------------------------------------------------
CP_NAME = ("pb-cleveland-police-hmicfrs-vetting-misconduct-misogyny-recommendations-"
           "tracker-typo-month-refuse.csv")
CP_ROWS = [
    ["Cleveland Police – HMICFRS Inspection of Vetting, Misconduct and Misogyny in the "
     "Police Service (November 2022) – Recommendations Tracker", "", "", "", "", "", ""],
    ["Position as at 6 January 2025 – for the PCC Scrutiny, Performance and Delivery "
     "meeting", "", "", "", "", "", ""],
    ["", "", "", "", "", "", ""],
    ["Ref", "Recommendation / force action", "Owner", "HMICFRS deadline", "Target date",
     "RAG", "Progress update"],
    ["Vetting", "", "", "", "", "", ""],
    ["Rec 2", "Chief constables should make sure that vetting decisions which depart from "
     "the vetting guidance are properly recorded, with a rationale, and reviewed.", "",
     "31/10/2023", "", "", ""],
    ["2.1", "Introduce a decision-rationale template in the vetting system for all "
     "approvals with adverse information.", "Force Vetting Manager", "", "Mar-2025",
     "Green", "Template designed; system change booked with Digital Services."],
    ["2.2", "Dip-sample 10% of adverse-information approvals each quarter through the "
     "Vetting Assurance Board.", "Head of Professional Standards", "", "Jun-2025", "Green",
     "First dip sample completed December 2024."],
    ["Rec 5", "Chief constables should make sure that all officers and staff have been "
     "checked against the Police National Database.", "", "31/03/2023", "", "", ""],
    ["5.1", "Complete PND re-checks of all officers, staff and volunteers and record "
     "results on the vetting system.", "Force Vetting Manager", "", "Dec-2024", "Blue",
     "All 2,486 checks complete; 3 referrals made to PSD."],
    ["Counter-corruption", "", "", "", "", "", ""],
    ["Rec 12", "Chief constables should make sure that their counter-corruption units "
     "have enough trained staff and can monitor all force IT systems.", "", "30/04/2023",
     "", "", ""],
    ["12.1", "Recruit two additional investigators to the Counter Corruption Unit.",
     "Head of Professional Standards", "", "Apr-2025", "Amber",
     "One post filled; second at interview stage."],
    ["12.2", "Procure and implement IT monitoring software covering all force systems.",
     "Head of Professional Standards / Chief Digital Officer", "", "0ct-2025", "Amber",
     "Business case approved by Chief Officer Group; procurement via regional framework."],
    ["Misconduct", "", "", "", "", "", ""],
    ["Rec 19", "Chief constables should make sure that all allegations of misconduct "
     "involving sexual misconduct or misogyny are assessed by the appropriate authority.",
     "", "31/03/2023", "", "", ""],
    ["19.1", "Amend the PSD assessment process so that all such allegations are reviewed "
     "by the appropriate authority within five working days.",
     "Head of Professional Standards", "", "Feb-2025", "Green",
     "Process amended; compliance report to Professional Standards Board."],
    ["Misogyny and predatory behaviour", "", "", "", "", "", ""],
    ["Rec 27", "Chief constables should make sure that their workforce is aware of the "
     "standards expected and how to report concerns.", "", "30/04/2023", "", "", ""],
    ["27.1", "Deliver 'Speak Up, Stand Up' training to all supervisors.",
     "Head of Learning and Development", "", "Jul-2025", "Amber",
     "62% of supervisors trained."],
    ["27.2", "Relaunch the confidential reporting line and publicise it on the intranet "
     "and in briefings.", "Head of Professional Standards; Head of Corporate "
     "Communications", "", "Jan-2025", "Green", "Relaunch planned for 20 January."],
    ["", "", "", "", "", "", ""],
    ["RAG: Blue = complete and signed off by the Vetting and Integrity Gold Group; Green = "
     "on track; Amber = at risk; Red = off track", "", "", "", "", "", ""],
]


def make_cp():
    with open(out(CP_NAME), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in CP_ROWS:
            w.writerow(row)


# ---------------------------------------------------------------------------
# 7. Health and Safety Executive - Board action log (tab-separated text)
# ---------------------------------------------------------------------------
HSE_TITLE = "HSE Board – Action Log"
HSE_HEAD = ["Action no.", "Meeting", "Action", "Owner", "Due", "Revised due", "Status",
            "Update"]
HSE = [
    ("Open actions", [
        ["HSEB/25/31", "23/07/2025", "Bring a paper to the Board on the resourcing "
         "implications of the transfer of the Building Safety Regulator to MHCLG.",
         "Chief Executive", "Dec 2025", "", "On track",
         "Paper scheduled for the December Board."],
        ["HSEB/25/34", "23/07/2025", "Provide the Board with a breakdown of fee for "
         "intervention (FFI) income and disputes by sector.", "Director of Finance",
         "Oct 2025", "Jan 2026", "Amber",
         "Data being reconciled with the finance system; revised date agreed by the Chair."],
        ["HSEB/25/40", "24/09/2025", "Circulate the draft summary of responses to the "
         "strategy consultation to Board members for comment.",
         "Director of Strategy; Head of Board Secretariat", "Nov 2025", "", "Amber",
         "Analysis of responses taking longer than planned."],
        ["HSEB/25/41", "24/09/2025", "Arrange a Board visit to the Science and Research "
         "Centre at Buxton.", "Head of Board Secretariat", "TBC", "", "Not started",
         "Dates being sought."],
        ["HSEB/25/45", "22/10/2025", "Include a trend analysis of asbestos-related "
         "enforcement in the next quarterly performance report.", "Director of Regulation",
         "Jan 2026", "", "Green", ""],
        ["HSEB/25/46", "22/10/2025", "Review the approach to reporting work-related ill "
         "health statistics in light of the Board's discussion.",
         "Chief Scientific Adviser", "Mar 2026", "", "Green", ""],
    ]),
    ("Actions completed since the last meeting", [
        ["HSEB/25/22", "21/05/2025", "Share the revised risk appetite statement with the "
         "Audit and Risk Assurance Committee.", "Head of Risk", "Sep 2025", "", "Complete",
         "Considered by ARAC on 10 September 2025."],
        ["HSEB/25/37", "23/07/2025", "Provide a note on progress with recruitment of "
         "regulatory inspectors against the 2025/26 workforce plan.", "Director of People",
         "Sep 2025", "", "Complete", "Note circulated 15 September 2025."],
    ]),
]


def make_hse():
    lines = ["Health and Safety Executive", HSE_TITLE,
             "Updated following the Board meeting on 22 October 2025 (paper HSE/25/62)", "",
             "\t".join(HSE_HEAD)]
    for sec, rows in HSE:
        lines.append(sec)
        for r in rows:
            lines.append("\t".join(r))
    lines += ["", "Completed actions are reported to the Board once and then removed "
              "from the log."]
    with open(out("pb-health-and-safety-executive-board-action-log.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_dfrs()
    make_rd()
    make_bf()
    make_wl()
    make_ws()
    make_cp()
    make_hse()
    print("built 7 files in", HERE)
