"""Build the seven oc2- test files of set heldout423.

Run:  /work/main/.venv/bin/python oc2_make.py
Writes the data files (xlsx, docx, csv, txt) beside this script.  The
expected readings (*.expected.yaml) are written separately by hand from
the same content; the tuples below carry the reading notes (end month and
status) only as comments for the person checking them.
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
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))

RED = "FFFF0000"
AMBER = "FFFFC000"
GREEN = "FF00B050"
BLUE = "FF0070C0"
GREY = "FFD9D9D9"
NAVY = "FF1F3864"
FILL = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}

THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def d(y, m, day):
    return dt.datetime(y, m, day)


def solid(argb):
    return PatternFill(fill_type="solid", start_color=argb, end_color=argb)


def header_row(ws, row, names, widths=None, fill=NAVY):
    for i, name in enumerate(names, start=1):
        c = ws.cell(row=row, column=i, value=name)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = solid(fill)
        c.alignment = WRAP
        c.border = BOX
    if widths:
        for i, w in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(i)].width = w


# ---------------------------------------------------------------------------
# 1. North Yorkshire PFCC – internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
NY_FILE = "oc2-north-yorkshire-pfcc-internal-audit-recommendations-tracker.xlsx"
NY_TITLE = "Internal Audit Recommendations Tracker"
# (section, audit, [ (ref, priority, action, lead, original, revised, update, rag) ])
NY_DATA = [
    ("North Yorkshire Police", [
        ("Fleet Management (3.23/24)", [
            ("1.1", "Medium",
             "The Force will refresh the Fleet Management Strategy and present it to the Chief Officer Team for approval, setting out vehicle replacement criteria and whole-life costings.",
             "Head of Fleet", d(2023, 12, 31), d(2024, 6, 30),
             "Draft strategy prepared; whole-life costing model awaiting finance validation. Revised date agreed at COT 16/01/2024.",
             "A"),  # end 2024-06 (revised)
            ("1.2", "Low",
             "Vehicle defect reports will be reconciled monthly against the Tranman system and any discrepancies escalated to the Fleet Manager.",
             "Fleet Manager", d(2024, 3, 31), None,
             "Monthly reconciliation in place from January 2024.",
             "G"),  # end 2024-03
        ]),
        ("Seized Property and Cash (5.23/24)", [
            ("2.1", "High",
             "A full stock-take of cash held in the Harrogate and Scarborough property stores will be undertaken and reconciled to the Niche property records.",
             "Head of Criminal Justice / Property Manager", d(2023, 11, 30), None,
             "Stock-take completed 24/11/2023; variances cleared and reported to the Deputy Chief Constable.",
             "B"),  # end 2023-11
            ("2.2", "Medium",
             "Cash over £1,000 will be banked within five working days of seizure unless retained as evidence, with exceptions authorised by a Detective Inspector.",
             "Head of Criminal Justice", d(2024, 1, 31), None,
             "Revised procedure not yet issued; no revised date agreed.",
             "R"),  # end 2024-01
            ("2.3", "Low",
             "Property store access logs will be reviewed quarterly by the Property Manager.",
             "Property Manager", d(2024, 3, 31), None,
             "First quarterly review scheduled for March 2024.",
             "G"),  # end 2024-03
        ]),
    ]),
    ("North Yorkshire Fire and Rescue Service", [
        ("Payroll (NYFRS 2.23/24)", [
            ("1.1", "Medium",
             "On-call payment claims will be authorised by the Station Manager before submission to Payroll, and the authorisation will be evidenced in the claims system.",
             "Head of People and Development", d(2023, 12, 31), d(2024, 4, 30),
             "Approval workflow built into the claims module; go-live delayed by the system upgrade.",
             "A"),  # end 2024-04
        ]),
        ("Procurement and Contract Management (NYFRS 4.23/24)", [
            ("1.1", "High",
             "The contracts register will be completed for all contracts over £25,000 and published in line with the Local Government Transparency Code.",
             "Head of Finance / Procurement Manager", d(2024, 2, 29), None,
             "Register complete; publication on the website confirmed 21/02/2024.",
             "B"),  # end 2024-02
            ("1.2", "Medium",
             "Waivers of Contract Standing Orders will be reported to the Joint Independent Audit Committee every six months.",
             "Chief Finance Officer (Fire)", d(2024, 3, 31), None,
             "First waiver report is on this agenda.",
             "G"),  # end 2024-03
        ]),
    ]),
    ("Office of the Police, Fire and Crime Commissioner", [
        ("Commissioned Services (OPFCC 1.23/24)", [
            ("1.1", "Medium",
             "Grant agreements with commissioned victim services providers will include quarterly performance returns, and the returns will be reviewed by the Commissioning and Partnerships Manager.",
             "Commissioning and Partnerships Manager", d(2024, 3, 31), d(2024, 7, 31),
             "Revised template agreed with providers; applies from the 2024/25 grant round.",
             "A"),  # end 2024-07
        ]),
    ]),
]


def make_ny():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = NY_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:F1")
    ws["A2"] = "Police, Fire and Crime Commissioner for North Yorkshire and Chief Constable of North Yorkshire Police"
    ws.merge_cells("A2:F2")
    ws["A3"] = "Joint Independent Audit Committee – 19 March 2024"
    ws.merge_cells("A3:F3")
    header_row(ws, 5, ["Organisation", "High", "Medium", "Low", "Actions reported", "Implemented"],
               [44, 9, 10, 9, 16, 14])
    counts = []
    for section, audits in NY_DATA:
        pr = {"High": 0, "Medium": 0, "Low": 0}
        impl = 0
        for _, rows in audits:
            for r in rows:
                pr[r[1]] += 1
                impl += r[7] == "B"
        counts.append((section, pr["High"], pr["Medium"], pr["Low"], sum(pr.values()), impl))
    row = 6
    for c in counts:
        for i, v in enumerate(c, start=1):
            ws.cell(row=row, column=i, value=v).border = BOX
        row += 1
    tot = ["Total"] + [sum(c[i] for c in counts) for i in range(1, 6)]
    for i, v in enumerate(tot, start=1):
        cell = ws.cell(row=row, column=i, value=v)
        cell.font = Font(bold=True)
        cell.border = BOX
    row += 2
    ws.cell(row=row, column=1, value="RAG key").font = Font(bold=True)
    row += 1
    for col, text in [(BLUE, "Implemented – evidence seen by Internal Audit"),
                      (GREEN, "In progress – on track for the agreed date"),
                      (AMBER, "Revised date agreed by the responsible Chief Officer"),
                      (RED, "Overdue – no revised date agreed")]:
        ws.cell(row=row, column=1).fill = solid(col)
        ws.cell(row=row, column=2, value=text)
        row += 1

    ws = wb.create_sheet("Open actions")
    ws["A1"] = "Internal audit management actions – position at 29 February 2024"
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Prepared by the Chief Finance Officer (OPFCC) with the Chief Finance Officers of the Force and the Service. Dates agreed in the final internal audit reports."
    ws.merge_cells("A2:I2")
    header_row(ws, 4, ["Audit", "Ref", "Priority", "Management action", "Responsible officer",
                       "Original date", "Revised date", "Progress update", "RAG"],
               [30, 6, 10, 60, 30, 13, 13, 50, 7])
    row = 5
    for section, audits in NY_DATA:
        ws.cell(row=row, column=1, value=section).font = Font(bold=True)
        for col in range(1, 10):
            ws.cell(row=row, column=col).fill = solid(GREY)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)
        row += 1
        for audit, rows in audits:
            first = row
            for ref, pri, action, lead, orig, rev, upd, rag in rows:
                ws.cell(row=row, column=2, value=ref)
                ws.cell(row=row, column=3, value=pri)
                ws.cell(row=row, column=4, value=action)
                ws.cell(row=row, column=5, value=lead)
                c = ws.cell(row=row, column=6, value=orig)
                c.number_format = "dd/mm/yyyy"
                c = ws.cell(row=row, column=7, value=rev)
                c.number_format = "dd/mm/yyyy"
                ws.cell(row=row, column=8, value=upd)
                ws.cell(row=row, column=9).fill = solid(FILL[rag])
                for col in range(1, 10):
                    ws.cell(row=row, column=col).alignment = WRAP
                    ws.cell(row=row, column=col).border = BOX
                row += 1
            ws.cell(row=first, column=1, value=audit).font = Font(bold=True)
            if row - 1 > first:
                ws.merge_cells(start_row=first, start_column=1, end_row=row - 1, end_column=1)
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, NY_FILE))


# ---------------------------------------------------------------------------
# 2. Natural England – strategic risk register (xlsx)
# ---------------------------------------------------------------------------
NE_FILE = "oc2-natural-england-strategic-risk-register.xlsx"
NE_TITLE = "Natural England Strategic Risk Register 2024/25"
# (risk, description, owner, inherent, q2, q3, target, [ (ref, action, owner, date, fmt, status) ])
NE_DATA = [
    ("SR1: Financial sustainability",
     "If grant-in-aid and charging income do not keep pace with statutory demand (cause), we may be unable to fund our statutory functions (event), leading to casework backlogs and reputational damage (consequence).",
     "Chief Operating Officer", 20, 16, 12, 8, [
         ("SR1.1", "Complete the 2025/26 business planning round, with budgets aligned to the Action Plan and agreed by the Executive Committee.",
          "Director of Finance", d(2025, 3, 31), "mmm-yy", "Green"),  # 2025-03 green
         ("SR1.2", "Implement full cost recovery for Discretionary Advice Service and protected species licensing charges, subject to Defra approval.",
          "Director of Finance / Chief Officer for Regulation", "Q4 2024/25", None, "Amber"),  # 2025-03 amber
     ]),
    ("SR2: Delivery of statutory planning and licensing advice",
     "If demand for planning consultations and wildlife licences continues to exceed capacity (cause), statutory deadlines may be missed (event), delaying development and weakening environmental protection (consequence).",
     "Chief Officer for Regulation", 20, 15, 15, 9, [
         ("SR2.1", "Recruit and induct 40 additional planning advisers funded through the nutrient mitigation and Environment Act programmes.",
          "Director of People", d(2024, 12, 31), "dd/mm/yyyy", "Complete"),  # 2024-12 blue
         ("SR2.2", "Roll out the digital consultation triage tool to all Area Teams so that low-risk planning consultations receive a standard response within 5 working days.",
          "Chief Digital and Information Officer", "June 2025", None, "Amber"),  # 2025-06 amber
         ("SR2.3", "Report performance against the 21-day statutory consultation target to the Board monthly.",
          "Chief Officer for Regulation", "Monthly", None, "Green"),  # null Monthly green
     ]),
    ("SR3: Cyber security and information assurance",
     "If legacy systems remain on unsupported infrastructure (cause), a cyber attack could compromise casework and personal data (event), causing loss of service and regulatory action by the ICO (consequence).",
     "Senior Information Risk Owner", 25, 16, 16, 10, [
         ("SR3.1", "Complete migration of legacy casework systems off unsupported servers.",
          "Chief Digital and Information Officer", d(2025, 1, 31), "dd/mm/yyyy", "Red"),  # 2025-01 red
         ("SR3.2", "Deliver mandatory phishing awareness training to all staff, with completion above 95%.",
          "Senior Information Risk Owner", d(2025, 3, 31), "mmm-yy", "Green"),  # 2025-03 green
     ]),
    ("SR4: Health, safety and wellbeing of field staff",
     "If lone-working and remote site risks are not controlled (cause), a member of staff could be seriously injured (event), resulting in harm, HSE enforcement and loss of confidence (consequence).",
     "Chief Operating Officer", 16, 8, 8, 6, [
         ("SR4.1", "Issue lone-working devices to all field-based staff and monitor check-in compliance through the Health and Safety Committee.",
          "Head of Health, Safety and Wellbeing", "Ongoing", None, "Green"),  # null Ongoing green
     ]),
]


def score_fill(n):
    return RED if n >= 15 else AMBER if n >= 8 else GREEN


def make_ne():
    wb = Workbook()
    ws = wb.active
    ws.title = "Document control"
    ws["A1"] = NE_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:D1")
    ws["A2"] = "OFFICIAL"
    header_row(ws, 4, ["Version", "Date", "Author", "Change"], [10, 12, 28, 60])
    for r, vals in enumerate([
        ("v2.0", d(2024, 7, 8), "Risk and Assurance Team", "Q1 review by Executive Committee"),
        ("v2.1", d(2024, 10, 14), "Risk and Assurance Team", "Q2 review; SR3 residual score raised"),
        ("v2.2", d(2025, 1, 13), "Risk and Assurance Team", "Q3 review for Audit and Risk Assurance Committee"),
    ], start=5):
        for i, v in enumerate(vals, start=1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = BOX
            if i == 2:
                c.number_format = "dd/mm/yyyy"
    ws["A10"] = "Risk scoring (likelihood x impact)"
    ws["A10"].font = Font(bold=True)
    for r, (col, text) in enumerate([(RED, "15–25 High"), (AMBER, "8–12 Medium"), (GREEN, "1–6 Low")], start=11):
        ws.cell(row=r, column=1).fill = solid(col)
        ws.cell(row=r, column=2, value=text)
    ws["A15"] = "Action status"
    ws["A15"].font = Font(bold=True)
    for r, text in enumerate(["Green – on track",
                              "Amber – minor slippage, recoverable",
                              "Red – significant slippage, escalated to Executive Committee",
                              "Complete – action delivered"], start=16):
        ws.cell(row=r, column=1, value=text)

    ws = wb.create_sheet("Strategic risks Q3")
    ws["A1"] = "Natural England – Strategic Risk Register"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:L1")
    ws["A2"] = "Quarter 3 2024/25 (position at 31 December 2024) – for the Audit and Risk Assurance Committee, 28 January 2025"
    ws.merge_cells("A2:L2")
    header_row(ws, 4, ["Risk", "Risk description (cause – event – consequence)", "Risk owner",
                       "Inherent score", "Residual score Q2", "Residual score Q3", "Target score",
                       "Ref", "Further action to reach target score", "Action owner", "Target date",
                       "Action status"],
               [28, 50, 22, 9, 9, 9, 9, 7, 55, 28, 12, 12])
    row = 5
    for risk, desc, owner, inh, q2, q3, tgt, actions in NE_DATA:
        first = row
        for ref, action, aowner, date, fmt, status in actions:
            ws.cell(row=row, column=8, value=ref)
            ws.cell(row=row, column=9, value=action)
            ws.cell(row=row, column=10, value=aowner)
            c = ws.cell(row=row, column=11, value=date)
            if fmt:
                c.number_format = fmt
            ws.cell(row=row, column=12, value=status)
            for col in range(1, 13):
                ws.cell(row=row, column=col).alignment = WRAP
                ws.cell(row=row, column=col).border = BOX
            row += 1
        last = row - 1
        for col, v in zip(range(1, 8), [risk, desc, owner, inh, q2, q3, tgt]):
            c = ws.cell(row=first, column=col, value=v)
            if col >= 4:
                c.fill = solid(score_fill(v))
                c.alignment = Alignment(horizontal="center", vertical="top")
            if col == 1:
                c.font = Font(bold=True)
            if last > first:
                ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
    row += 1
    ws.cell(row=row, column=1, value="Scores are likelihood x impact on a 5 x 5 matrix. Residual scores are after current controls. Risks reviewed monthly by the Executive Committee.")
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, NE_FILE))


# ---------------------------------------------------------------------------
# 3. NHS Cornwall and Isles of Scilly ICB – UEC programme highlight report (xlsx)
# ---------------------------------------------------------------------------
CI_FILE = "oc2-nhs-cornwall-ios-icb-uec-improvement-programme-highlight-report.xlsx"
CI_TITLE = "Urgent and Emergency Care Improvement Programme – Highlight Report"
# (workstream, [ (ref, action, leads, baseline, forecast, prev, curr, commentary) ])
CI_DATA = [
    ("1. Admission avoidance", [
        ("1.1", "Expand the Urgent Community Response service to 7am–10pm, seven days a week, across all three localities.",
         "JT / MH", d(2024, 12, 1), d(2025, 3, 1), "G", "A",
         "West locality live; East and North delayed by recruitment of band 6 practitioners."),  # 2025-03 amber
        ("1.2", "Launch the care home falls pick-up pathway with South Western Ambulance Service, including lifting equipment for 30 homes.",
         "Kate Hollis and Dan Tremayne", d(2025, 1, 1), d(2025, 1, 1), "A", "B",
         "Pathway launched 13 January; 30 homes trained and equipped."),  # 2025-01 blue
    ]),
    ("2. Acute flow", [
        ("2.1", "Reduce ambulance handover delays at Royal Cornwall Hospital to a maximum of 45 minutes through the Release to Respond protocol.",
         "RCHT Chief Operating Officer", d(2024, 11, 1), d(2025, 4, 1), "R", "R",
         "Average handover 97 minutes in January; protocol relaunched with SWASFT on 20 January."),  # 2025-04 red
        ("2.2", "Open the 12-bed frailty assessment unit at Royal Cornwall Hospital.",
         "RCHT Director of Nursing / RCHT Clinical Director for Medicine", d(2025, 2, 1), d(2025, 2, 1), "G", "G",
         "Estates works complete; nursing rota filled from 17 February."),  # 2025-02 green
        ("2.3", "Embed daily Criteria to Reside reviews on all medical wards, with board rounds completed by 11:00.",
         "RCHT Deputy Chief Operating Officer", d(2024, 10, 1), d(2025, 3, 1), "A", "A",
         "Compliance 71% against 90% goal."),  # 2025-03 amber
    ]),
    ("3. Discharge and community capacity", [
        ("3.1", "Commission 25 additional discharge-to-assess beds through the Cornwall Council brokerage team.",
         "Cornwall Council Head of Commissioning (Adults)", d(2024, 12, 1), d(2025, 4, 1), "A", "R",
         "11 beds secured; market capacity limited in the west."),  # 2025-04 red
        ("3.2", "Implement the Transfer of Care Hub single referral form across acute and community hospitals.",
         "Transfer of Care Hub Manager", d(2025, 1, 1), d(2025, 1, 1), "G", "B",
         "Live at all sites from 6 January."),  # 2025-01 blue
    ]),
    ("4. Mental health crisis", [
        ("4.1", "Open the mental health crisis café in Truro, run by a voluntary sector partner, four evenings per week.",
         "CFT Mental Health Crisis Lead", d(2025, 3, 1), d(2025, 3, 1), "G", "G",
         "Provider appointed; premises lease signed."),  # 2025-03 green
        ("4.2", "Agree the section 136 suite staffing model with Devon and Cornwall Police.",
         "CFT Director of Mental Health Services / Devon and Cornwall Police Partnerships Superintendent", d(2024, 12, 1), d(2025, 5, 1), "A", "A",
         "Options paper to the Crisis Care Concordat group in March."),  # 2025-05 amber
    ]),
]


def make_ci():
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight report"
    ws["A1"] = "NHS Cornwall and Isles of Scilly Integrated Care Board"
    ws["A2"] = CI_TITLE
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Reporting period: January 2025 | Report to: UEC Delivery Board, 11 February 2025"
    for r in (1, 2, 3):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    ws["A5"] = "Senior Responsible Owner:"
    ws["C5"] = "Chief Operating Officer, NHS Cornwall and Isles of Scilly ICB"
    ws["A6"] = "Programme lead:"
    ws["C6"] = "Associate Director of Urgent Care"
    ws["A7"] = "Overall programme RAG:"
    ws["C7"] = "A"
    ws["C7"].fill = solid(AMBER)
    ws["D7"] = "Previous:"
    ws["E7"] = "A"
    ws["E7"].fill = solid(AMBER)
    for r in (5, 6, 7):
        ws.cell(row=r, column=1).font = Font(bold=True)
    ws["A9"] = "Key achievements this period"
    ws["A9"].font = Font(bold=True)
    ws["A10"] = "• Same Day Emergency Care at Royal Cornwall Hospital extended to 22:00 on weekdays from 6 January."
    ws["A11"] = "• NHS 111 clinical validation of category 3 and 4 ambulance calls increased to 58% (December: 44%)."
    ws["A12"] = "• No 12-hour trolley waits reported at West Cornwall Hospital in January."
    ws["A14"] = "Milestones and actions"
    ws["A14"].font = Font(bold=True)
    header_row(ws, 15, ["Workstream", "Ref", "Milestone / action", "Lead(s)", "Baseline date",
                        "Forecast date", "Previous RAG", "Current RAG", "Commentary"],
               [26, 6, 60, 34, 12, 12, 10, 10, 50])
    row = 16
    for ws_name, rows in CI_DATA:
        first = row
        for ref, action, leads, base, fc, prev, curr, comm in rows:
            vals = [None, ref, action, leads, base, fc, prev, curr, comm]
            for col, v in enumerate(vals, start=1):
                c = ws.cell(row=row, column=col, value=v)
                c.alignment = WRAP
                c.border = BOX
                if col in (5, 6):
                    c.number_format = "mmm-yy"
            ws.cell(row=row, column=7).fill = solid(FILL[prev])
            ws.cell(row=row, column=8).fill = solid(FILL[curr])
            row += 1
        c = ws.cell(row=first, column=1, value=ws_name)
        c.font = Font(bold=True)
        if row - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=row - 1, end_column=1)
    row += 1
    ws.cell(row=row, column=1, value="Key: R = off track, recovery plan required; A = at risk; G = on track; B = complete")
    row += 2
    ws.cell(row=row, column=1, value="Decisions and support required from the UEC Delivery Board").font = Font(bold=True)
    row += 1
    ws.cell(row=row, column=1, value="• Approve the use of £310k winter funding to extend the discharge-to-assess block contract to 30 April.")
    row += 1
    ws.cell(row=row, column=1, value="• Note the risk to the 78% four-hour standard in March and the mitigations in workstream 2.")

    ws = wb.create_sheet("Metrics")
    ws["A1"] = "UEC key metrics – January 2025"
    ws["A1"].font = Font(bold=True, size=12)
    header_row(ws, 3, ["Metric", "Target", "Nov-24", "Dec-24", "Jan-25", "Trend"], [52, 10, 10, 10, 10, 10])
    for r, vals in enumerate([
        ("4-hour performance (all types)", "78%", "69.8%", "67.2%", "68.9%", "↑"),
        ("Average ambulance handover (minutes)", "45", "88", "104", "97", "↑"),
        ("Category 2 mean response (minutes)", "30:00", "41:12", "52:40", "46:05", "↑"),
        ("Patients with no criteria to reside (daily average)", "120", "214", "236", "221", "↑"),
        ("12-hour waits from arrival", "<2%", "9.1%", "11.4%", "10.2%", "↑"),
    ], start=4):
        for i, v in enumerate(vals, start=1):
            ws.cell(row=r, column=i, value=v).border = BOX
    wb.save(os.path.join(HERE, CI_FILE))


# ---------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------
def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def bold_row(row):
    for cell in row.cells:
        for p in cell.paragraphs:
            for r in p.runs:
                r.bold = True


def add_table(doc, header, rows, style="Table Grid"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = style
    for i, h in enumerate(header):
        t.rows[0].cells[i].text = h
    bold_row(t.rows[0])
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = "" if v is None else v
    return t


WORD_RAG = {"Red": "FF0000", "Amber": "FFC000", "Green": "00B050",
            "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0"}

# ---------------------------------------------------------------------------
# 4. Ashdene House Care Home – CQC inspection action plan (docx)
# ---------------------------------------------------------------------------
AH_FILE = "oc2-ashdene-house-care-home-cqc-inspection-action-plan.docx"
AH_TITLE = "Ashdene House Care Home – CQC Inspection Action Plan"
# (key question, [ (regulation heading, finding, [ (no, action, lead, by when, progress, rag) ]) ])
AH_DATA = [
    ("Is the service safe?", [
        ("Regulation 12 – Safe care and treatment",
         "What CQC found: Risks to people's health were not always assessed or mitigated. Topical medicines and 'as required' (PRN) medicines were not always recorded accurately.",
         [
             ("S1", "Review every resident's falls, choking and skin integrity risk assessment and update care plans where risks have changed.",
              "Deputy Manager / Clinical Lead", "31/03/2024",
              "All 38 care plans reviewed; changes signed off by the Registered Manager.", "Green"),  # 2024-03 blue (key)
             ("S2", "Introduce body maps and topical medicines administration records (TMARs) for all prescribed creams.",
              "Clinical Lead", "End of April 2024",
              "TMARs in place on both floors; weekly spot checks show 92% completion.", "Amber"),  # 2024-04 amber
             ("S3", "Write PRN protocols for each 'as required' medicine, including the signs that show a person needs it.",
              "Clinical Lead / Community Pharmacist", "30/06/2024",
              "Protocols drafted for 21 of 26 residents.", "Amber"),  # 2024-06 amber
             ("S4", "Complete competency assessments for all staff who administer medicines, and repeat them annually.",
              "Registered Manager", "Ongoing – annually",
              "14 of 19 staff assessed.", "Amber"),  # null amber
         ]),
        ("Regulation 18 – Staffing",
         "What CQC found: Staff deployment at night did not always meet people's needs on the first floor.",
         [
             ("S5", "Carry out a dependency assessment using the provider's staffing tool and set night staffing levels from it.",
              "Registered Manager", "15/04/2024",
              "Completed; a third night carer added from 22/04/2024.", "Green"),  # 2024-04 blue
             ("S6", "Review call bell response times weekly and report any response over 5 minutes to the Operations Director.",
              "Night Senior Carer", "Weekly – ongoing",
              "Call bell system report not yet available from the supplier.", "Red"),  # null red
         ]),
    ]),
    ("Is the service well-led?", [
        ("Regulation 17 – Good governance",
         "What CQC found: Audits had not identified the shortfalls found at this inspection, and actions from audits were not always followed up.",
         [
             ("W1", "Replace the monthly audit schedule with the provider's new quality assurance framework, covering medicines, care plans, infection control and the environment.",
              "Registered Manager / Quality Manager", "31 May 2024",
              "Framework launched 01/05/2024; first cycle due end of May.", "Amber"),  # 2024-05 amber
             ("W2", "Hold a monthly governance meeting where audit actions are tracked to completion and signed off.",
              "Operations Director", "June 2024",
              "Not started – first meeting booked for 12/06/2024.", "Red"),  # 2024-06 red
             ("W3", "Ask residents and relatives for feedback through a quarterly survey and publish 'You said, we did' on the noticeboard.",
              "Activities Coordinator", "Quarterly",
              "First survey done in March 2024; results displayed in reception.", "Green"),  # null blue
         ]),
    ]),
]


def make_ah():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(AH_TITLE, 0)
    doc.add_paragraph("Provider: Ashdene Care Ltd    Registered Manager: Sarah Pengelly")
    add_table(doc, ["Item", "Detail"], [
        ("CQC location ID", "1-1234567890"),
        ("Inspection dates", "6 and 7 February 2024"),
        ("Report published", "3 April 2024"),
        ("Overall rating", "Requires improvement"),
        ("Action plan version", "1.2 – updated 20 May 2024"),
    ])
    doc.add_paragraph()
    doc.add_paragraph("Ratings from the inspection")
    add_table(doc, ["Key question", "Rating"], [
        ("Safe", "Requires improvement"), ("Effective", "Good"), ("Caring", "Good"),
        ("Responsive", "Good"), ("Well-led", "Requires improvement")])
    doc.add_paragraph()
    doc.add_paragraph("RAG key: Red – not started or overdue; Amber – in progress; Green – completed and embedded.")
    for kq, regs in AH_DATA:
        doc.add_heading(kq, 1)
        for reg, finding, rows in regs:
            doc.add_heading(reg, 2)
            doc.add_paragraph(finding)
            t = add_table(doc, ["No.", "Action", "Lead", "By when", "Progress", "RAG"], rows)
            for i, r in enumerate(rows, start=1):
                shade(t.rows[i].cells[5], WORD_RAG[r[5]])
            doc.add_paragraph()
    doc.add_paragraph("Sign-off")
    add_table(doc, ["Role", "Name", "Date"], [
        ("Registered Manager", "Sarah Pengelly", "20/05/2024"),
        ("Nominated Individual", "Mark Ellery", "20/05/2024")])
    doc.save(os.path.join(HERE, AH_FILE))


# ---------------------------------------------------------------------------
# 5. University of Essex – Council rolling action log (docx)
# ---------------------------------------------------------------------------
UE_FILE = "oc2-university-of-essex-council-action-log.docx"
UE_TITLE = "University of Essex Council – Rolling Action Log"
# (meeting, [ (minute, action, owner, due, revised, update, rag) ])
UE_DATA = [
    ("Meeting of 7 October 2024", [
        ("C.24/31", "Update the Scheme of Delegation to reflect the new Faculty structure and present it to Council for approval.",
         "Registrar and Secretary", "25/11/2024", "24/03/2025",
         "Deferred to allow consultation with Senate; on the agenda for this meeting.", "G"),  # 2025-03 green
        ("C.24/33", "Arrange a cyber security briefing for Council members from the Chief Information Officer.",
         "Chief Information Officer", "November 2024", "",
         "Briefing delivered at the Council away-day, 25 November 2024.", "B"),  # 2024-11 blue
    ]),
    ("Meeting of 25 November 2024", [
        ("C.24/45", "Provide Council with a benchmarked analysis of the University's international student recruitment against comparator institutions.",
         "Pro-Vice-Chancellor (International)", "March 2025", "",
         "Analysis on the agenda for this meeting (paper C.25/12).", "B"),  # 2025-03 blue
        ("C.24/47", "Circulate the revised Financial Regulations to members for comment before approval.",
         "Chief Financial Officer", "31/01/2025", "",
         "Circulated 17 January 2025; two comments received and incorporated.", "B"),  # 2025-01 blue
        ("C.24/49(a)", "Commission an independent effectiveness review of Council and its committees, reporting in summer 2025.",
         "Registrar and Secretary", "July 2025", "",
         "Tender issued; three bids received.", "G"),  # 2025-07 green
        ("C.24/49(b)", "Agree terms of reference for the effectiveness review with the Chair of Council and the Chair of the Nominations Committee.",
         "Registrar and Secretary / Chair of Council", "December 2024", "",
         "Draft terms of reference shared; awaiting comments from the Chair of the Nominations Committee.", "R"),  # 2024-12 red
    ]),
    ("Meeting of 3 February 2025", [
        ("C.25/04", "Bring the re-profiled capital programme, including the Colchester Campus student residences scheme, to the Finance and Resources Committee.",
         "Director of Estates and Campus Services", "12 May 2025", "",
         "Cost plan being updated following the stage 2 design review.", "G"),  # 2025-05 green
        ("C.25/06", "Report the outcome of the Office for Students condition B3 data review, with an action plan for any courses below the thresholds.",
         "Pro-Vice-Chancellor (Education) / Director of Planning and Insight", "June 2025", "",
         "OfS data release delayed to April; analysis will follow.", "A"),  # 2025-06 amber
        ("C.25/08", "Include a Prevent duty compliance statement in the annual report to Council on student welfare.",
         "Dean of Students", "Annually (November)", "",
         "Will be included from the November 2025 report.", "G"),  # null green
    ]),
]


def make_ue():
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(UE_TITLE, 0)
    add_table(doc, ["Paper", "C.25/10"], [
        ("Meeting", "Council, 24 March 2025"),
        ("Author", "Governance Office"),
        ("Purpose", "To note progress on actions arising from previous meetings"),
    ])
    doc.add_paragraph()
    doc.add_paragraph("Completed actions will be removed from the log once Council has noted them. "
                      "Where an owner has agreed a new date with the Chair, it is shown as the revised due date.")
    doc.add_paragraph("Status key: B = complete; G = on track; A = at risk of delay; R = overdue.")
    for meeting, rows in UE_DATA:
        doc.add_heading(meeting, 2)
        t = add_table(doc, ["Minute", "Action", "Owner", "Due", "Revised due", "Update", "RAG"], rows)
        for i, r in enumerate(rows, start=1):
            shade(t.rows[i].cells[6], WORD_RAG[r[6]])
            t.rows[i].cells[6].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        doc.add_paragraph()
    doc.add_paragraph("Governance Office, 10 March 2025")
    doc.save(os.path.join(HERE, UE_FILE))


# ---------------------------------------------------------------------------
# 6. Delta Academies Trust – internal scrutiny tracker (csv) – REFUSE case
# ---------------------------------------------------------------------------
DA_FILE = "oc2-delta-academies-trust-internal-scrutiny-tracker-typo-month-refuse.csv"
DA_TITLE = "Audit and Risk Committee: Internal Scrutiny Recommendations Tracker 2024/25"
DA_HEADER = ["Review", "Rec", "Priority", "Recommendation", "Agreed management action",
             "Owner", "Target date", "Progress", "RAG"]
DA_ROWS = [
    ("Payroll and HR (Autumn 2024)", "1", "2",
     "Starter forms should be authorised by the Principal before the new employee is added to payroll.",
     "All starter forms will be routed through the HR system for Principal approval before payroll set-up.",
     "Trust HR Director", "31/12/2024", "Workflow live from 2 December 2024.", "Complete"),
    ("Payroll and HR (Autumn 2024)", "2", "3",
     "Overtime claims should be checked against timesheets.",
     "Academy business managers will check a sample of overtime claims against timesheets each month.",
     "Academy Business Managers", "Mar-25", "Sampling started in November.", "Green"),
    ("Safeguarding – Single Central Record (Autumn 2024)", "1", "1",
     "The single central record should show the date of the barred list check for all staff in regulated activity.",
     "Single central records at all academies will be updated and checked by the Director of Safeguarding.",
     "Director of Safeguarding", "30/11/2024", "Complete at 46 of 49 academies; remaining three checked in December.", "Amber"),
    ("Safeguarding – Single Central Record (Autumn 2024)", "2", "2",
     "Evidence of identity and right to work checks should be held for agency supply staff.",
     "Written confirmation of checks will be obtained from all supply agencies on the Trust framework.",
     "Director of Safeguarding / Head of Procurement", "Febuary 2025", "Letters sent to all seven agencies.", "Amber"),
    ("Cyber Security (Spring 2025)", "1", "2",
     "Multi-factor authentication should be enabled for all staff accounts.",
     "MFA will be rolled out to all staff Microsoft 365 accounts in phases by region.",
     "Director of IT", "Apr-25", "Phase 1 (South Yorkshire) complete.", "Green"),
    ("Cyber Security (Spring 2025)", "2", "3",
     "The IT asset register should be reconciled to the device management console.",
     "The asset register will be reconciled to Intune each term and differences investigated.",
     "IT Service Manager", "Summer term 2025", "", "Green"),
    ("Procurement (Spring 2025)", "1", "2",
     "Three written quotes should be retained for purchases between £5,000 and £50,000.",
     "Quotes will be attached to the purchase order in the finance system before approval.",
     "Chief Financial Officer", "31/03/2025", "System change requested.", "Green"),
    ("Procurement (Spring 2025)", "2", "2",
     "Related party transactions should be declared to the ESFA before the contract starts.",
     "The Register of Interests will be checked against new suppliers and declarations made through the ESFA portal.",
     "Governance and Compliance Manager", "30/04/2025", "", "Green"),
]


def make_da():
    n = len(DA_HEADER)
    lines = [
        ["Delta Academies Trust"] + [""] * (n - 1),
        [DA_TITLE] + [""] * (n - 1),
        ["Position at 10 January 2025"] + [""] * (n - 1),
        ["Priority: 1 = fundamental; 2 = significant; 3 = housekeeping"] + [""] * (n - 1),
        [""] * n,
        DA_HEADER,
    ] + [list(r) for r in DA_ROWS] + [
        [""] * n,
        ["Source: internal scrutiny reports presented to the Audit and Risk Committee, October 2024 – March 2025"] + [""] * (n - 1),
    ]
    with open(os.path.join(HERE, DA_FILE), "w", newline="", encoding="utf-8") as f:
        csv.writer(f, lineterminator="\r\n").writerows(lines)


# ---------------------------------------------------------------------------
# 7. L&Q – Building Safety Programme highlight report (tab-separated txt)
# ---------------------------------------------------------------------------
LQ_FILE = "oc2-lq-building-safety-programme-highlight-report.txt"
LQ_TITLE = "L&Q Building Safety Programme – Highlight Report"
# (workstream line, [ (ref, action, owner, baseline, forecast, rag, update, [continuation lines]) ])
LQ_DATA = [
    ("Workstream 1: Fire risk assessments", [
        ("1.1", "Complete Type 3 FRAs for all 11 metre plus buildings due for reassessment in 2025/26",
         "Head of Fire Safety", "Mar-26", "Mar-26", "Green",
         "214 of 388 complete; contractor capacity increased from September.",
         ["Remaining 174 scheduled in order of building height."]),  # 2026-03 green
        ("1.2", "Close all high-priority FRA actions that are more than 90 days overdue",
         "Head of Fire Safety / Regional Repairs Directors", "Dec-25", "Feb-26", "Amber",
         "61 overdue actions at 31/10 (September: 88). Fire door replacements awaiting materials.", []),  # 2026-02 amber
    ]),
    ("Workstream 2: External wall remediation", [
        ("2.1", "Start remediation works at the five buildings with life-critical external wall defects funded through the Cladding Safety Scheme",
         "Director of Building Safety", "Sep-25", "Jan-26", "Red",
         "Grant funding agreements signed for three buildings; two awaiting Homes England approval.", []),  # 2026-01 red
        ("2.2", "Install common fire alarm systems to replace waking watch at the two buildings awaiting remediation",
         "Building Safety Programme Manager", "Oct-25", "Oct-25", "Complete",
         "Both systems commissioned 17/10; waking watch stood down 24/10.",
         ["Residents informed by letter and at block meetings."]),  # 2025-10 blue
    ]),
    ("Workstream 3: Building Safety Act compliance", [
        ("3.1", "Submit Safety Case Reports for all higher-risk buildings requested by the Building Safety Regulator",
         "Head of Building Safety Compliance", "Dec-25", "Dec-25", "Green",
         "9 of 14 requested reports submitted.", []),  # 2025-12 green
        ("3.2", "Launch the resident engagement strategy for higher-risk buildings, with a named Accountable Person contact for each building",
         "Director of Resident Services / Head of Building Safety Compliance", "Nov-25", "Jan-26", "Amber",
         "Strategy drafted; consultation with the Residents' Building Safety Panel extended.", []),  # 2026-01 amber
    ]),
    ("Workstream 4: Data and assurance", [
        ("4.1", "Reconcile the building safety asset register with the housing management system and correct missing height and storey data",
         "Head of Asset Data", "Jul-25", "Nov-25", "Amber",
         "1,206 records corrected; 148 need site surveys.", []),  # 2025-11 amber
        ("4.2", "Commission an independent assurance review of the FRA programme by the internal auditors",
         "Director of Governance", "Mar-26", "Mar-26", "Not started",
         "Scoping meeting with internal audit on 18/11.", []),  # 2026-03 unrated
    ]),
]


def make_lq():
    cols = ["Ref", "Action", "Owner", "Baseline", "Forecast", "RAG", "Update"]
    out = [
        LQ_TITLE,
        "Report to the Building Safety Committee – period ending 31 October 2025",
        "Exported from the programme tracker on 04/11/2025",
        "",
        "Overall programme status: AMBER (previous period: AMBER)",
        "",
        "\t".join(cols),
    ]
    for wsline, rows in LQ_DATA:
        out.append(wsline)
        for ref, action, owner, base, fc, rag, upd, cont in rows:
            out.append("\t".join([ref, action, owner, base, fc, rag, upd]))
            for c in cont:
                out.append("\t" * 6 + c)
        out.append("")
    out += [
        "Notes",
        "Forecast dates are those agreed at the Programme Board on 21/10/2025.",
        "RAG: Green = on track; Amber = at risk; Red = off track, escalated to the Executive Team; Complete = delivered and evidence verified.",
    ]
    with open(os.path.join(HERE, LQ_FILE), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    make_ny()
    make_ne()
    make_ci()
    make_ah()
    make_ue()
    make_da()
    make_lq()
    for name in sorted(os.listdir(HERE)):
        if name.startswith("oc2-") and not name.endswith(".yaml"):
            print(name)
