#!/usr/bin/env python
"""Build the seven ep2- data files of set heldout180.

Run with /work/main/.venv/bin/python (openpyxl, python-docx).
Partnership, NHS and corporate plans:
  1 ep2-lancashire-south-cumbria-icb-board-action-log.xlsx
  2 ep2-royal-wolverhampton-nhs-trust-maternity-neonatal-improvement-plan.xlsx
  3 ep2-tewkesbury-bc-corporate-risk-register-q2-2025-26.xlsx
  4 ep2-rotherham-sab-sar-mark-action-plan.docx
  5 ep2-darlington-csp-community-safety-plan-2024-25-action-plan.docx
  6 ep2-middlesbrough-csp-dhr-adult-c-action-tracker-typo-month-refuse.csv
  7 ep2-stoke-on-trent-cc-transformation-programme-highlight-report.txt
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT

HERE = os.path.dirname(os.path.abspath(__file__))


def D(y, m, d):
    return dt.datetime(y, m, d)


# ---------------------------------------------------------------- xlsx helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


RAGFILL = {
    "red": fill("FF0000"),
    "amber": fill("FFC000"),
    "green": fill("00B050"),
    "blue": fill("0070C0"),
}
HEAD_FILL = fill("1F3864")
BAND_FILL = fill("D9E1F2")


def header_row(ws, row, labels, fill_=HEAD_FILL, colour="FFFFFF"):
    for i, lab in enumerate(labels, start=1):
        c = ws.cell(row=row, column=i, value=lab)
        c.font = Font(bold=True, color=colour)
        c.fill = fill_
        c.alignment = CENTRE
        c.border = BOX


# ====================================================== 1  ICB board action log
def make_icb():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Log"
    ws["A1"] = ("NHS Lancashire and South Cumbria Integrated Care Board – "
                "Public Board Action Log")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position as at 3 September 2025 (for the Board meeting on 10 September 2025)"
    ws["A2"].font = Font(italic=True)
    ws["A4"] = "RAG key:"
    ws["A4"].font = Font(bold=True)
    key = [("B4", "Complete – propose closure", "blue"),
           ("C4", "On track to meet due date", "green"),
           ("D4", "Risk to due date / date under review", "amber"),
           ("E4", "Overdue", "red")]
    for ref, text, col in key:
        ws[ref] = text
        ws[ref].fill = RAGFILL[col]
        ws[ref].alignment = CENTRE
        ws[ref].font = Font(color="FFFFFF" if col in ("blue", "red") else "000000")

    hdr = ["Action No.", "Date of Meeting", "Minute No.", "Action",
           "Action Owner", "Due Date", "Progress Update", "RAG"]
    header_row(ws, 6, hdr)
    rows = [
        ("BD/25/001", D(2025, 1, 15), "7/25",
         "Provide a breakdown of the 2025/26 financial plan efficiency requirement by place "
         "and by provider, showing the proportion of schemes that are recurrent.",
         "Chief Finance Officer", D(2025, 3, 12),
         "Included in the finance report to the March Board (item 9). Propose closure.", "blue"),
        ("BD/25/004", D(2025, 1, 15), "11/25",
         "Circulate the outcome of the CQC review of children’s community health services "
         "in Blackpool to Board members once the report is published.",
         "Chief Nursing Officer", "TBC – dependent on CQC publication",
         "CQC has not yet confirmed a publication date. Members will be notified when it is released.",
         "amber"),
        ("BD/25/009", D(2025, 3, 12), "42/25",
         "Arrange a Board development session on population health management and the use of "
         "the linked system dataset, to include a demonstration of the intelligence dashboards.",
         "Director of Population Health / Chief Digital Officer", D(2025, 9, 10),
         "Session scheduled as part of the September Board development day.", "green"),
        ("BD/25/011", D(2025, 3, 12), "45/25",
         "Bring a maternity and neonatal system quality and safety report to the Board twice yearly.\n"
         "The first report to include progress on the recommendations of the Morecambe Bay "
         "Investigation that remain open.",
         "CNO / CMO", "Jul-25",
         "Report received at the July Board. Second report scheduled for January 2026.", "blue"),
        ("BD/25/012", D(2025, 3, 12), "47/25",
         "Confirm the timetable for the re-procurement of the integrated urgent care (NHS 111) "
         "service and the point at which the Board will be asked to approve the contract award.",
         "Director of Strategy and Commissioning", D(2025, 5, 14),
         "Timetable set out in the Chief Executive’s report to the May Board. Propose closure.", "blue"),
        ("BD/25/015", D(2025, 5, 14), "68/25",
         "Share with members the list of schemes in the recovery support programme, with the "
         "named executive sponsor for each scheme.",
         "KH", D(2025, 7, 9),
         "Overdue. List being validated with providers; to be circulated before the September meeting.",
         "red"),
        ("BD/25/018", D(2025, 5, 14), "71/25",
         "Review how the ICB oversees the Patient Safety Incident Response Framework in "
         "independent sector providers and report back through the Quality Committee.",
         "Associate Director of Patient Safety", "Oct-25",
         "Review under way; findings to the October Quality Committee.", "green"),
        ("BD/25/021", D(2025, 7, 9), "96/25",
         "Include workforce metrics (vacancy rate, sickness absence and agency spend by provider) "
         "in the integrated performance report from the September meeting onwards.",
         "Chief People Officer; Director of Performance", D(2025, 9, 10),
         "Agency spend data available; sickness absence by provider not yet validated.", "amber"),
        ("BD/25/023", D(2025, 7, 9), "99/25",
         "Prepare the ICB response to the NHS England engagement on ICB clustering and "
         "running cost arrangements, for approval by the Chair and Chief Executive.",
         "Director of Corporate Governance", D(2025, 10, 31),
         "Draft response in preparation.", "green"),
    ]
    r = 7
    for (no, mdate, minute, action, owner, due, update, rag) in rows:
        vals = [no, mdate, minute, action, owner, due, update, None]
        for ci, v in enumerate(vals, start=1):
            c = ws.cell(row=r, column=ci, value=v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=8).fill = RAGFILL[rag]
        r += 1
    r += 1
    ws.cell(row=r, column=1, value=(
        "Note: actions rated blue are removed from the log once the Board has agreed closure. "
        "Closed actions are held in the archive log maintained by the Corporate Governance team."))
    ws.cell(row=r, column=1).font = Font(italic=True)
    r += 2
    ws.cell(row=r, column=1, value="Summary").font = Font(bold=True)
    summary = [("Total actions on log", 9), ("Complete – propose closure", 3),
               ("On track", 3), ("Risk to due date", 2), ("Overdue", 1)]
    for lab, n in summary:
        r += 1
        ws.cell(row=r, column=1, value=lab)
        ws.cell(row=r, column=2, value=n)
    widths = [12, 13, 10, 60, 28, 16, 48, 8]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A7"
    wb.save(os.path.join(HERE, "ep2-lancashire-south-cumbria-icb-board-action-log.xlsx"))


# ============================================ 2  maternity improvement plan
def make_maternity():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "The Royal Wolverhampton NHS Trust – Maternity and Neonatal Improvement Plan 2024–2026"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A3"] = "Division: Women and Children’s"
    cov["A4"] = "Executive Lead: Chief Nursing Officer"
    cov["A5"] = "Reporting to: Quality Governance Assurance Committee (bi-monthly) and Trust Board (quarterly)"
    cov["A7"] = "Document control"
    cov["A7"].font = Font(bold=True)
    header_row(cov, 8, ["Version", "Date", "Author", "Changes", "Approved by"])
    dc = [
        ("0.1", D(2024, 7, 22), "Maternity Governance Manager", "First draft following self-assessment", ""),
        ("1.0", D(2024, 9, 4), "Maternity Governance Manager", "Approved version",
         "Quality Governance Assurance Committee"),
        ("1.4", D(2025, 8, 29), "Maternity Governance Manager",
         "Q1 2025/26 updates; revised dates agreed for 1.1.2, 1.2.1, 2.1.1, 2.2.1, 3.2.1",
         "Maternity and Neonatal Board"),
    ]
    for i, row in enumerate(dc, start=9):
        for j, v in enumerate(row, start=1):
            c = cov.cell(row=i, column=j, value=v)
            c.border = BOX
            c.alignment = WRAP
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    for col, w in zip("ABCDE", [10, 12, 30, 55, 38]):
        cov.column_dimensions[col].width = w

    key = wb.create_sheet("RAG Key")
    key["A1"] = "RAG rating definitions"
    key["A1"].font = Font(bold=True)
    for i, (code, text, col) in enumerate([
            ("B", "Complete – action delivered and evidence verified", "blue"),
            ("G", "On track to deliver by the completion date", "green"),
            ("A", "At risk – some slippage, recovery actions in place", "amber"),
            ("R", "Off track – completion date missed or will be missed", "red")], start=3):
        key.cell(row=i, column=1, value=code).fill = RAGFILL[col]
        key.cell(row=i, column=1).alignment = CENTRE
        key.cell(row=i, column=2, value=text)
    key.column_dimensions["B"].width = 60

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = "Maternity and Neonatal Improvement Plan 2024–2026"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Progress as at: 29 August 2025"
    hdr = ["Ref", "Objective", "Action", "Action Owner(s)", "Original Completion Date",
           "Revised Completion Date", "Previous RAG", "Current RAG", "Progress Update"]
    header_row(ws, 4, hdr)
    plan = [
        ("Theme 1: Listening to and working with women and families", [
            ("Women and families are involved in co-producing services through an effective "
             "Maternity and Neonatal Voices Partnership (MNVP).", [
                ("1.1.1", "Agree a funded work plan with the MNVP Lead, including 15 Steps "
                 "walkarounds of the Midwife Led Unit and antenatal clinic.",
                 "Head of Midwifery", D(2025, 3, 31), None, "G", "B",
                 "Work plan signed off March 2025; 15 Steps completed in both areas."),
                ("1.1.2", "Publish a ‘You said, we did’ summary on the Trust website every quarter.",
                 "Patient Experience Midwife / Communications Manager", D(2025, 6, 30),
                 D(2025, 9, 30), "A", "G",
                 "First summary drafted; web page build agreed with Communications."),
            ]),
            ("Every woman is offered a personalised care and support plan at booking.", [
                ("1.2.1", "Roll out the digital personalised care and support plan (PCSP) in "
                 "BadgerNet to all community midwifery teams.",
                 "Digital Midwife", "Q3 2024/25", D(2025, 5, 31), "R", "A",
                 "Live in 5 of 7 teams. Remaining teams delayed by device replacement."),
                ("1.2.2", "Audit PCSP completion at 36 weeks and report results to the Maternity "
                 "and Neonatal Safety Champions meeting.",
                 "Quality and Safety Lead Midwife", "Quarterly", None, "G", "G",
                 "Q1 audit: 81% compliance (target 90%)."),
            ]),
        ]),
        ("Theme 2: Growing, retaining and supporting our workforce", [
            ("Midwifery staffing meets the establishment set by the Birthrate Plus assessment.", [
                ("2.1.1", "Complete the Birthrate Plus reassessment and present the funded "
                 "establishment to Trust Board.",
                 "Director of Midwifery", D(2025, 1, 31), D(2025, 4, 30), "A", "B",
                 "Presented to Trust Board April 2025; uplift of 11.4 WTE funded."),
                ("2.1.2", "Implement the preceptorship and ‘Stay Conversations’ retention programme "
                 "for midwives in their first two years.",
                 "Practice Development Midwife; Retention Midwife", D(2025, 9, 30), None, "G", "G",
                 "Programme launched; 34 stay conversations held to date."),
            ]),
            ("Obstetric consultant presence on the delivery suite meets RCOG workforce standards.", [
                ("2.2.1", "Recruit two additional consultant obstetricians to provide 98 hours of "
                 "consultant presence on the delivery suite each week.",
                 "Clinical Director for Obstetrics", D(2025, 7, 31), D(2025, 12, 31), "A", "R",
                 "One post appointed (start November); second post re-advertised."),
            ]),
        ]),
        ("Theme 3: Developing and sustaining a culture of safety, learning and support", [
            ("Learning from incidents and PMRT reviews is shared with all staff.", [
                ("3.1.1", "Introduce a monthly ‘Safety Snapshot’ newsletter and a learning wall "
                 "in each maternity area.",
                 "Governance Lead Midwife", D(2025, 3, 31), None, "B", "B",
                 "Newsletter issued monthly since February 2025."),
                ("3.1.2", "Complete the SCORE culture survey and agree a local culture improvement "
                 "plan with the perinatal quadrumvirate.",
                 "Perinatal Quadrumvirate", D(2025, 10, 31), None, "G", "A",
                 "Survey response rate 38%; survey window extended to improve response."),
            ]),
            ("Fetal monitoring practice is safe and standardised.", [
                ("3.2.1", "Achieve 90% compliance with annual fetal monitoring training for "
                 "midwives and obstetricians.",
                 "Fetal Monitoring Lead Midwife / Fetal Monitoring Lead Obstetrician",
                 D(2025, 3, 31), D(2025, 8, 31), "R", "G",
                 "Midwives 94%, obstetricians 91% at end of August."),
            ]),
        ]),
    ]
    colour = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    r = 5
    for theme, objectives in plan:
        ws.cell(row=r, column=1, value=theme).font = Font(bold=True)
        for ci in range(1, 10):
            ws.cell(row=r, column=ci).fill = BAND_FILL
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for obj, actions in objectives:
            first = r
            for (ref, act, owner, orig, rev, prev, cur, upd) in actions:
                vals = [ref, obj if r == first else None, act, owner, orig, rev, prev, cur, upd]
                for ci, v in enumerate(vals, start=1):
                    c = ws.cell(row=r, column=ci, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                for ci, code in ((7, prev), (8, cur)):
                    ws.cell(row=r, column=ci).fill = RAGFILL[colour[code]]
                    ws.cell(row=r, column=ci).alignment = CENTRE
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    for col, w in zip("ABCDEFGHI", [8, 38, 55, 30, 14, 14, 10, 10, 45]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of current RAG by theme"
    sm["A1"].font = Font(bold=True)
    header_row(sm, 3, ["Theme", "B", "G", "A", "R", "Total"])
    srows = [("Theme 1", 1, 2, 1, 0, 4), ("Theme 2", 1, 1, 0, 1, 3),
             ("Theme 3", 1, 1, 1, 0, 3), ("Total", 3, 4, 2, 1, 10)]
    for i, row in enumerate(srows, start=4):
        for j, v in enumerate(row, start=1):
            sm.cell(row=i, column=j, value=v).border = BOX
    sm.column_dimensions["A"].width = 14
    wb.save(os.path.join(HERE, "ep2-royal-wolverhampton-nhs-trust-maternity-neonatal-improvement-plan.xlsx"))


# ============================================ 3  corporate risk register
def make_risk():
    wb = Workbook()
    ws = wb.active
    ws.title = "Corporate Risk Register"
    ws["A1"] = "Tewkesbury Borough Council – Corporate Risk Register"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Quarter 2 2025/26 (July – September 2025)"
    ws["A3"] = "Reported to Audit and Governance Committee"
    ws["A3"].font = Font(italic=True)
    hdr = ["Risk Ref", "Risk", "Risk Owner", "Current Score (L x I)", "Target Score",
           "Direction of Travel", "Action Ref", "Mitigating Action", "Lead Officer",
           "Target Date", "Progress at Q2", "Action RAG"]
    header_row(ws, 5, hdr)
    risks = [
        ("CR01", "Financial sustainability of the council over the medium term",
         "Director: Corporate Resources", "4 x 4 = 16", "3 x 3 = 9", "↔", [
             ("CR01.1", "Deliver the 2025/26 savings and income plan of £1.2m, with monthly "
              "monitoring reported to the Executive Committee.",
              "Head of Finance", D(2026, 3, 31),
              "£0.74m delivered or on track; car parking income below budget.", "Amber"),
             ("CR01.2", "Refresh the Medium Term Financial Strategy to reflect the outcome of "
              "the Fair Funding Review consultation.",
              "Head of Finance", "Feb 2026",
              "Modelling of consultation proposals complete.", "Green"),
             ("CR01.3", "Review the commercial property portfolio and report options for "
              "under-performing assets to the Executive Committee.",
              "Head of Finance; Asset Manager", D(2025, 11, 30),
              "Valuations received for all assets.", "Green"),
         ]),
        ("CR02", "Local government reorganisation in Gloucestershire",
         "Chief Executive", "4 x 3 = 12", "3 x 3 = 9", "↑", [
             ("CR02.1", "Submit the final proposal for local government reorganisation in "
              "Gloucestershire to government, working with partner councils.",
              "Chief Executive", "28 November 2025",
              "Options appraisal under way with the other district councils.", "Green"),
             ("CR02.2", "Put in place a staff engagement and communications plan for "
              "reorganisation, including regular briefings and FAQs.",
              "Head of Corporate Services", D(2025, 9, 30),
              "Plan in place; monthly staff briefings running since July.", "Complete"),
         ]),
        ("CR03", "Cyber attack leading to loss of systems or data",
         "Director: Corporate Resources", "3 x 5 = 15", "2 x 5 = 10", "↔", [
             ("CR03.1", "Complete the Cyber Assessment Framework self-assessment and close the "
              "actions from the 2024 penetration test.",
              "ICT Manager", D(2025, 12, 31),
              "14 of 19 penetration test actions closed.", "Amber"),
             ("CR03.2", "Deliver mandatory cyber awareness training to all staff and members, "
              "with a phishing simulation every quarter.",
              "ICT Manager", "Ongoing",
              "Staff completion 92%; member completion 71%.", "Green"),
             ("CR03.3", "Test the ICT disaster recovery plan, including restoring the finance "
              "system from immutable backup.",
              "Head of Corporate Services", D(2025, 9, 30),
              "Test postponed because of the hosting supplier migration; new date to be agreed.",
              "Red"),
         ]),
        ("CR04", "Delay to the Strategic and Local Plan",
         "Director: Place", "3 x 4 = 12", "2 x 4 = 8", "↓", [
             ("CR04.1", "Publish the Strategic and Local Plan Regulation 18 preferred options "
              "for consultation.",
              "Head of Development Services", "Q4 2025/26",
              "Evidence base studies being finalised.", "Amber"),
             ("CR04.2", "Agree a revised Local Development Scheme with the partner authorities "
              "under the new plan-making system.",
              "Strategic Planning Manager", D(2026, 1, 31),
              "Draft timetable shared with partners.", "Green"),
         ]),
    ]
    ragfill = {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue"}
    r = 6
    for (ref, title, owner, cur, tgt, dot, actions) in risks:
        first = r
        for (aref, act, lead, due, prog, rag) in actions:
            vals = [ref, title, owner, cur, tgt, dot, aref, act, lead, due, prog, rag]
            for ci, v in enumerate(vals, start=1):
                if r != first and ci <= 6:
                    v = None
                c = ws.cell(row=r, column=ci, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=12).fill = RAGFILL[ragfill[rag]]
            r += 1
        for ci in range(1, 7):
            ws.merge_cells(start_row=first, start_column=ci, end_row=r - 1, end_column=ci)
            ws.cell(row=first, column=ci).alignment = Alignment(vertical="center", wrap_text=True)
    r += 1
    ws.cell(row=r, column=1, value=(
        "Scores: Likelihood (L) x Impact (I), each 1–5. 15–25 High (red); 8–12 Medium (amber); "
        "1–6 Low (green). Direction of travel compared with Quarter 1."))
    ws.cell(row=r, column=1).font = Font(italic=True)
    for col, w in zip("ABCDEFGHIJKL", [8, 30, 22, 12, 12, 10, 9, 55, 26, 14, 40, 10]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"

    mx = wb.create_sheet("Risk Matrix")
    mx["A1"] = "Risk scoring matrix"
    mx["A1"].font = Font(bold=True)
    mx["A3"] = "Impact →  / Likelihood ↓"
    for i in range(1, 6):
        mx.cell(row=3, column=1 + i, value=i).font = Font(bold=True)
        mx.cell(row=3 + i, column=1, value=6 - i).font = Font(bold=True)
    for li in range(1, 6):
        for im in range(1, 6):
            lik = 6 - li
            s = lik * im
            c = mx.cell(row=3 + li, column=1 + im, value=s)
            c.fill = RAGFILL["red" if s >= 15 else "amber" if s >= 8 else "green"]
            c.alignment = CENTRE

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Corporate risks – summary Q2 2025/26"
    sm["A1"].font = Font(bold=True)
    header_row(sm, 3, ["Risk Ref", "Risk", "Q1 Score", "Q2 Score", "Target"])
    for i, row in enumerate([("CR01", "Financial sustainability", 16, 16, 9),
                             ("CR02", "Local government reorganisation", 9, 12, 9),
                             ("CR03", "Cyber attack", 15, 15, 10),
                             ("CR04", "Strategic and Local Plan", 16, 12, 8)], start=4):
        for j, v in enumerate(row, start=1):
            sm.cell(row=i, column=j, value=v).border = BOX
    sm.column_dimensions["B"].width = 34
    wb.save(os.path.join(HERE, "ep2-tewkesbury-bc-corporate-risk-register-q2-2025-26.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.8)


HEX = {"red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "0070C0"}


# ============================================ 4  SAR action plan (docx)
def make_sar():
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Rotherham Safeguarding Adults Board – Safeguarding Adults Review ‘Mark’: "
                      "Multi-Agency Action Plan", style="Title")
    doc.add_paragraph("Version 3 – progress update for the RSAB Performance and Quality "
                      "Sub-Group, September 2025")
    t = doc.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    dc = [("Version", "Date", "Author", "Status"),
          ("1", "14/11/2024", "RSAB Business Manager", "Agreed by the Board"),
          ("2", "20/03/2025", "RSAB Business Manager", "Q4 update"),
          ("3", "05/09/2025", "RSAB Business Manager", "Q2 update")]
    for i, row in enumerate(dc):
        for j, v in enumerate(row):
            set_cell(t.cell(i, j), v, bold=(i == 0))
    doc.add_paragraph("")
    doc.add_paragraph(
        "Mark was a 58-year-old man who lived alone and died in his home in January 2024. "
        "The review was commissioned under section 44 of the Care Act 2014. The overview report "
        "made three recommendations, grouped below under the two learning themes. Each agency "
        "has agreed the actions it will take; progress is reported to each Sub-Group meeting.")
    doc.add_paragraph("RAG key", style="Heading 3")
    k = doc.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for i, (code, text, col) in enumerate([
            ("B", "Complete – evidence received", "blue"),
            ("G", "On track", "green"),
            ("A", "Some slippage – action in progress", "amber"),
            ("R", "Overdue / not progressing", "red")]):
        set_cell(k.cell(i, 0), code, bold=True)
        shade(k.cell(i, 0), HEX[col])
        set_cell(k.cell(i, 1), text)

    recs = [
        ("Learning Theme 1: Self-neglect and engagement", [
            ("Recommendation 1: RSAB should seek assurance that partner agencies apply the "
             "multi-agency Self-Neglect and Hoarding Procedure, including the use of multi-agency "
             "risk management meetings where an adult declines support.", [
                ("1.1", "Refresh the Self-Neglect and Hoarding Procedure and relaunch it through a "
                 "practitioner learning event.", "RSAB Business Unit", "March 2025",
                 "Procedure refreshed and relaunched at the learning event on 11 March 2025 "
                 "(86 attendees).", "B"),
                ("1.2", "Undertake a multi-agency audit of 20 self-neglect cases to test the use of "
                 "risk management meetings, and report the findings to the Performance and "
                 "Quality Sub-Group.", "RMBC Adult Care / South Yorkshire Police", "30/09/2025",
                 "Audit tool agreed; 12 of 20 cases audited.", "A"),
                ("1.3", "Include self-neglect escalation routes in the induction for all new adult "
                 "social care staff.", "Principal Social Worker, RMBC", "Ongoing",
                 "Added to the induction programme from April 2025.", "G"),
            ]),
            ("Recommendation 2: Health partners should ensure that repeated missed appointments "
             "by adults with care and support needs lead to a review of risk rather than "
             "discharge from the service.", [
                ("2.1", "Amend the Was Not Brought / Did Not Attend policy so that adults with care "
                 "and support needs are not discharged without a documented risk review.",
                 "The Rotherham NHS Foundation Trust", "31/03/2025",
                 "Revised policy ratified February 2025.", "B"),
                ("2.2", "Write to all GP practices setting out the expectations of the revised "
                 "policy and share the 7-minute briefing.",
                 "South Yorkshire ICB (Rotherham Place)", "April 2025",
                 "Letter and briefing sent 16 April 2025.", "B"),
                ("2.3", "Audit compliance with the revised policy at 6 and 12 months.",
                 "TRFT Safeguarding Team", "October 2025 – April 2026",
                 "First audit scheduled for October.", "G"),
            ]),
        ]),
        ("Learning Theme 2: Mental capacity and executive functioning", [
            ("Recommendation 3: RSAB should seek assurance that mental capacity assessments are "
             "decision-specific and time-specific, and consider executive functioning where "
             "there are concerns that a person cannot put a decision into practice.", [
                ("3.1", "Deliver Mental Capacity Act training on executive functioning to "
                 "practitioners across partner agencies.",
                 "MCA Lead, RMBC; RDaSH Safeguarding Lead", "December 2025",
                 "Two of four sessions delivered; remaining sessions being booked.", "A"),
                ("3.2", "Add executive functioning prompts to the mental capacity assessment "
                 "template in the adult social care case recording system.",
                 "RMBC Adult Care – Systems Team", "30/06/2025",
                 "Change request delayed behind the system upgrade; not yet live.", "R"),
            ]),
        ]),
    ]
    colour = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    hdr = ["Ref", "Action", "Lead agency / officer", "Target date", "Progress update", "RAG"]
    for theme, rec_list in recs:
        doc.add_paragraph(theme, style="Heading 2")
        for rec, actions in rec_list:
            tb = doc.add_table(rows=2 + len(actions), cols=6)
            tb.style = "Table Grid"
            top = tb.cell(0, 0).merge(tb.cell(0, 5))
            set_cell(top, rec, bold=True)
            shade(top, "D9E1F2")
            for j, h in enumerate(hdr):
                set_cell(tb.cell(1, j), h, bold=True)
            for i, (ref, act, lead, due, prog, rag) in enumerate(actions, start=2):
                for j, v in enumerate([ref, act, lead, due, prog, rag]):
                    set_cell(tb.cell(i, j), v)
                shade(tb.cell(i, 5), HEX[colour[rag]])
            doc.add_paragraph("")
    doc.add_paragraph("Sign-off", style="Heading 3")
    s = doc.add_table(rows=2, cols=3)
    s.style = "Table Grid"
    for j, v in enumerate(["Name", "Role", "Date"]):
        set_cell(s.cell(0, j), v, bold=True)
    for j, v in enumerate(["Independent Chair", "Rotherham Safeguarding Adults Board", "14/11/2024"]):
        set_cell(s.cell(1, j), v)
    doc.save(os.path.join(HERE, "ep2-rotherham-sab-sar-mark-action-plan.docx"))


# ============================================ 5  CSP plan (docx, one table)
def make_csp():
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Darlington Community Safety Partnership – Community Safety Plan 2024–25 "
                      "Action Plan", style="Title")
    doc.add_paragraph("Quarter 3 progress (October – December 2024)", style="Subtitle")
    doc.add_paragraph(
        "This action plan sets out what the Partnership will do in 2024–25 against the four "
        "priorities agreed in the Community Safety Plan 2024–2027. Updates are provided by the "
        "lead partner for each action and reviewed by the Community Safety Partnership Board.")
    doc.add_paragraph("Status key: Complete (blue) – action delivered; On track (green); "
                      "Delayed (amber) – behind schedule but expected to be delivered; "
                      "Off track (red) – will not be delivered without intervention; "
                      "Not started.")
    rows = [
        ("P", "Priority 1: Anti-social behaviour and community confidence"),
        ("A", "1.1", "Deliver joint Police and Civic Enforcement patrols in the town centre during "
         "the evening and night-time economy, tasked monthly through the ASB Problem Solving Group.",
         "Durham Constabulary (Darlington NPT) / DBC Civic Enforcement", "Monthly",
         "Patrols running every Friday and Saturday; ASB in the town centre down 14% on last year.",
         "On track"),
        ("A", "1.2", "Review the use of Community Protection Notices and renew the town centre "
         "Public Spaces Protection Order before it expires.",
         "Community Safety Manager", "October 2024",
         "PSPO renewed by Cabinet on 8 October 2024 for three years.", "Complete"),
        ("A", "1.3", "Promote the ASB Case Review (Community Trigger) on the Council and partner "
         "websites.", "Community Safety Manager", "Sept 2024",
         "Web pages updated and leaflet produced.", "Complete"),
        ("P", "Priority 2: Serious violence and violence against women and girls"),
        ("A", "2.1", "Contribute to the refresh of the County Durham and Darlington serious "
         "violence strategic needs assessment.",
         "OPCC / Community Safety Manager", "January 2025",
         "Darlington data submitted; draft due in January.", "On track"),
        ("A", "2.2", "Launch the Safe Places scheme in town centre venues, with a walk and talk "
         "offer for women and girls.",
         "DBC Community Safety Team", "31/03/2025",
         "12 venues signed up against a target of 25; recruitment of venues continuing.", "Delayed"),
        ("A", "2.3", "Deliver healthy relationships and consent sessions in all secondary schools "
         "and the sixth form college.",
         "Harbour Support Services; Public Health", "Summer term 2025",
         "Sessions delivered in 5 of 8 secondary schools.", "On track"),
        ("P", "Priority 3: Drugs and alcohol"),
        ("A", "3.1", "Increase referrals from police custody into drug and alcohol treatment.",
         "We Are With You (CJIT)", "March 2025",
         "Q3 referrals 41 (Q3 last year 29).", "On track"),
        ("A", "3.2", "Carry out test purchasing of alcohol at licensed premises where intelligence "
         "shows underage sales.",
         "Trading Standards / Licensing", "Q3 2024/25", "", "Not started"),
        ("P", "Priority 4: Reducing reoffending"),
        ("A", "4.1", "Review the Integrated Offender Management cohort and the selection criteria "
         "for neighbourhood crime offenders.",
         "Probation Service – Darlington PDU", "Dec 2024",
         "Review not started due to Probation staffing; to be escalated to the Board.", "Off track"),
        ("A", "4.2", "Agree a housing pathway for prison leavers at risk of homelessness.",
         "Housing Options Manager", "31 March 2025",
         "Draft pathway agreed with HMP Durham and HMP Holme House.", "On track"),
    ]
    status_hex = {"On track": HEX["green"], "Complete": HEX["blue"], "Delayed": HEX["amber"],
                  "Off track": HEX["red"]}
    t = doc.add_table(rows=1 + len(rows), cols=6)
    t.style = "Table Grid"
    for j, h in enumerate(["No.", "What we will do", "Who will lead", "By when",
                           "Update (Quarter 3)", "Status"]):
        set_cell(t.cell(0, j), h, bold=True)
        shade(t.cell(0, j), "BDD7EE")
    for i, row in enumerate(rows, start=1):
        if row[0] == "P":
            c = t.cell(i, 0).merge(t.cell(i, 5))
            set_cell(c, row[1], bold=True)
            shade(c, "E2EFDA")
        else:
            for j, v in enumerate(row[1:]):
                set_cell(t.cell(i, j), v)
            if row[6] in status_hex:
                shade(t.cell(i, 5), status_hex[row[6]])
    doc.add_paragraph("")
    doc.add_paragraph("Summary of progress", style="Heading 3")
    s = doc.add_table(rows=6, cols=2)
    s.style = "Table Grid"
    for i, (a, b) in enumerate([("Complete", "2"), ("On track", "5"), ("Delayed", "1"),
                                ("Off track", "1"), ("Not started", "1"), ("Total", "10")]):
        set_cell(s.cell(i, 0), a)
        set_cell(s.cell(i, 1), b)
    doc.add_paragraph("Contact: Community Safety Team, Darlington Borough Council.")
    doc.save(os.path.join(HERE, "ep2-darlington-csp-community-safety-plan-2024-25-action-plan.docx"))


# ============================================ 6  DHR tracker export (csv, refuse)
def make_dhr():
    hdr = ["Review", "Rec No", "Recommendation", "Action No", "Action", "Agency",
           "Lead Officer", "Target Date", "RAG", "Progress Update", "Date Updated"]
    R = "DHR MBR/2023/01 (Adult C)"
    rec1 = ("Middlesbrough CSP to seek assurance that agencies routinely ask about domestic abuse "
            "when a person discloses alcohol or drug use.")
    rec2 = ("Tees Valley agencies to ensure MARAC referrals are made where a victim’s risk "
            "increases after an initial standard-risk assessment.")
    rec3 = ("South Tees Hospitals NHS Foundation Trust to strengthen the identification of "
            "domestic abuse in the emergency department.")
    rec4 = ("Middlesbrough CSP to raise awareness of coercive and controlling behaviour among "
            "older victims and their families.")
    rows = [
        (R, "1", rec1, "1.1", "Add routine enquiry about domestic abuse to the substance misuse "
         "service assessment and care plan review.", "Change Grow Live", "Service Manager",
         "Nov 2024", "Complete", "Routine enquiry question added to assessment on 4 November.",
         "09/01/2025"),
        (R, "1", rec1, "1.2", "Audit 30 substance misuse case files for evidence of routine "
         "enquiry and onward referral.", "Change Grow Live", "Quality Lead",
         "March 2025", "Amber", "Audit planned for February.", "09/01/2025"),
        (R, "2", rec2, "2.1", "Refresh the MARAC referral guidance to include escalation on "
         "repeat incidents and increased risk.", "Cleveland Police", "DI – Vulnerability Unit",
         "Dec 2024", "Complete", "Guidance refreshed and circulated.", "09/01/2025"),
        (R, "2", rec2, "2.2", "Deliver DASH risk assessment refresher training to frontline "
         "housing and adult social care staff.", "Middlesbrough Council",
         "Domestic Abuse Strategic Lead", "Febuary 2025", "Green",
         "Two sessions booked for January and February.", "09/01/2025"),
        (R, "3", rec3, "3.1", "Introduce a domestic abuse routine enquiry prompt in the emergency "
         "department triage record.", "South Tees Hospitals NHS FT",
         "Named Nurse Safeguarding Adults", "April 2025", "Amber",
         "Digital change request submitted.", "09/01/2025"),
        (R, "3", rec3, "3.2", "Place a hospital-based Independent Domestic Violence Advisor "
         "in the James Cook University Hospital emergency department.",
         "South Tees Hospitals NHS FT", "Head of Safeguarding", "June 2025", "Green",
         "Funding agreed with the OPCC; recruitment under way.", "09/01/2025"),
        (R, "4", rec4, "4.1", "Run a public campaign on coercive control in later life during "
         "the 16 Days of Action.", "Middlesbrough Council", "Community Safety Officer",
         "December 2024", "Complete", "Campaign ran 25 November – 10 December 2024.",
         "09/01/2025"),
        (R, "4", rec4, "4.2", "Include older people’s experience of domestic abuse in the "
         "Middlesbrough Safeguarding Adults training programme.", "Middlesbrough Council",
         "Safeguarding Adults Training Coordinator", "May 2025", "Green",
         "Content drafted with Age UK Teesside.", "09/01/2025"),
    ]
    path = os.path.join(HERE, "ep2-middlesbrough-csp-dhr-adult-c-action-tracker-typo-month-refuse.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(hdr)
        for row in rows:
            w.writerow(row)


# ============================================ 7  highlight report (txt, tab-separated)
def make_highlight():
    L = []
    L.append("Stoke-on-Trent City Council – Transformation Programme Highlight Report")
    L.append("Reporting period:\tOctober 2025")
    L.append("Report date:\t05/11/2025")
    L.append("Programme SRO:\tChief Executive")
    L.append("Overall programme RAG:\tAmber")
    L.append("")
    L.append("RAG key: G = on track; A = at risk, recovery plan in place; R = off track, "
             "escalation required; Complete = delivered; Not started = not yet due to start")
    L.append("")
    hdr = "Ref\tMilestone / action\tOwner\tBaseline date\tForecast date\tRAG\tCommentary"
    ws = [
        ("Workstream 1: Customer and Digital", "Workstream lead: Assistant Director Digital and ICT",
         "Workstream RAG: Amber", [
             ("1.1", "Launch the new customer portal (My Stoke account) for council tax and benefits",
              "Head of Customer Services", "Sep-25", "Nov-25", "A",
              "User testing found accessibility issues; fixes in build"),
             ("1.2", "Move 60% of missed bin reports to online self-service",
              "Head of Customer Services / Head of Waste Services", "Dec-25", "Dec-25", "G",
              "Currently 52%"),
             ("1.3", "Decommission the legacy CRM system", "Head of ICT", "Mar-26", "Jun-26", "R",
              "Data migration dependent on portal go-live; change request to Programme Board"),
         ]),
        ("Workstream 2: Adult Social Care Demand Management",
         "Workstream lead: Director of Adult Social Care", "Workstream RAG: Green", [
             ("2.1", "Implement the strengths-based front door and three conversations model in "
              "all locality teams", "Assistant Director Adult Social Care", "Jul-25", "Jul-25",
              "Complete", "All four localities live"),
             ("2.2", "Expand reablement capacity by 20% to reduce the number of long-term care "
              "packages", "Head of Provider Services", "Oct-25", "Jan-26", "A",
              "Recruitment of 14 reablement workers; 9 in post"),
             ("2.3", "Review all home care packages over £1,500 per week",
              "Principal Social Worker; Finance Business Partner", "Ongoing", "Ongoing", "G",
              "46 reviews completed this period"),
         ]),
        ("Workstream 3: Workforce and Accommodation", "Workstream lead: Director of Strategy and Resources",
         "Workstream RAG: Amber", [
             ("3.1", "Consolidate office accommodation into the Civic Centre and Smithfield buildings",
              "Head of Property", "Mar-26", "Mar-26", "G", "Floor plans agreed"),
             ("3.2", "Agree the hybrid working policy with trade unions", "Assistant Director HR",
              "Aug-25", "Sep-25", "Complete", "Policy agreed at JCC on 18 September"),
             ("3.3", "Launch the leadership development programme for senior managers",
              "Head of Organisational Development", "Jan-26", "Jan-26", "Not started",
              "Provider procurement planned for November"),
         ]),
    ]
    for name, lead, rag, items in ws:
        L.append(f"{name}\t{lead}\t{rag}")
        L.append(hdr)
        for it in items:
            L.append("\t".join(it))
        L.append("")
    L.append("Key risks and issues")
    L.append("Type\tDescription\tMitigation\tOwner\tScore")
    L.append("Risk\tCapacity in ICT to deliver portal and CRM work in parallel\t"
             "Interim developer contract approved\tHead of ICT\t16")
    L.append("Issue\tReablement recruitment slower than planned\t"
             "Rolling advert and partnership with Stoke-on-Trent College\tHead of Provider Services\t12")
    L.append("")
    L.append("Decisions required from Programme Board: approve the revised forecast date for 1.3 "
             "(Decommission the legacy CRM system).")
    path = os.path.join(HERE, "ep2-stoke-on-trent-cc-transformation-programme-highlight-report.txt")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")


if __name__ == "__main__":
    make_icb()
    make_maternity()
    make_risk()
    make_sar()
    make_csp()
    make_dhr()
    make_highlight()
    print("built 7 files in", HERE)
