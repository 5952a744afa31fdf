"""Build the seven zxd- blind test files (set heldout617).

Run with: /work/main/.venv/bin/python zxd_make.py
Writes only files whose names start with "zxd-" into this folder.
"""
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "blue": PatternFill("solid", fgColor="0070C0"),
    "green": PatternFill("solid", fgColor="00B050"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "red": PatternFill("solid", fgColor="FF0000"),
    "band": PatternFill("solid", fgColor="DDEBF7"),
    "head": PatternFill("solid", fgColor="1F3864"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
WHITE_BOLD = Font(bold=True, color="FFFFFF")


def out(name):
    assert name.startswith("zxd-")
    return os.path.join(HERE, name)


def d(y, m, day):
    return dt.datetime(y, m, day)


def header_row(ws, row, headers, fill=FILL["head"], font=WHITE_BOLD):
    for i, h in enumerate(headers, start=1):
        c = ws.cell(row=row, column=i, value=h)
        c.fill = fill
        c.font = font
        c.alignment = WRAP
        c.border = BOX


def box_row(ws, row, ncols):
    for i in range(1, ncols + 1):
        c = ws.cell(row=row, column=i)
        c.border = BOX
        if c.alignment is None or not c.alignment.wrap_text:
            c.alignment = WRAP


# ---------------------------------------------------------------------------
# 1. The Walton Centre NHS FT - IPC BAF gap analysis action plan (xlsx)
# ---------------------------------------------------------------------------
def walton():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "The Walton Centre NHS Foundation Trust"
    cov["A1"].font = Font(bold=True, size=14, color="005EB8")
    cov["A3"] = ("Infection Prevention and Control Board Assurance Framework – "
                 "Gap Analysis and Action Plan 2024/25")
    cov["A3"].font = Font(bold=True, size=12)
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    rows = [
        ("Version", "3.2"),
        ("Date", "09/01/2025"),
        ("Executive lead", "Chief Nurse (Director of Infection Prevention and Control)"),
        ("Author", "Lead Nurse Infection Prevention and Control"),
        ("Reporting to", "IPC Committee; Quality Committee"),
        ("Framework", "NHS England National IPC Board Assurance Framework v1.0 (March 2023)"),
    ]
    for i, (k, v) in enumerate(rows, start=6):
        cov.cell(row=i, column=1, value=k).font = Font(bold=True)
        cov.cell(row=i, column=1).fill = FILL["grey"]
        cov.cell(row=i, column=2, value=v)
        for col in (1, 2):
            cov.cell(row=i, column=col).border = BOX
    cov["A13"] = "Version history"
    cov["A13"].font = Font(bold=True)
    header_row(cov, 14, ["Version", "Date", "Summary of changes"])
    for i, r in enumerate([
        ("3.0", "12/07/2024", "Gap analysis against v1.0 framework approved by IPC Committee"),
        ("3.1", "10/10/2024", "Q2 progress update"),
        ("3.2", "09/01/2025", "Q3 progress update; revised dates agreed for 1.1, 2.2 and 9.1"),
    ], start=15):
        for j, v in enumerate(r, start=1):
            cov.cell(row=i, column=j, value=v).border = BOX
    cov.column_dimensions["A"].width = 18
    cov.column_dimensions["B"].width = 70
    cov.column_dimensions["C"].width = 60

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "IPC BAF Gap Analysis Action Plan 2024/25 – position at 09/01/2025"
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("RAG rating is shown by cell colour – see RAG Key tab. Criteria 4, 5, 7, 8 and 10: "
                "full compliance – no gaps identified (see full BAF self-assessment).")
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:H2")
    header_row(ws, 4, ["Ref", "Gap in compliance / assurance identified", "Action to address gap",
                       "Lead", "Original target date", "Revised target date",
                       "Progress update (January 2025)", "RAG"])

    def band(row, text):
        ws.cell(row=row, column=1, value=text).font = Font(bold=True)
        for col in range(1, 9):
            ws.cell(row=row, column=col).fill = FILL["band"]
            ws.cell(row=row, column=col).border = BOX
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)

    def act(row, ref, gap, action, lead, orig, rev, prog, rag):
        vals = [ref, gap, action, lead, orig, rev, prog, None]
        for col, v in enumerate(vals, start=1):
            c = ws.cell(row=row, column=col)
            if v is not None:
                c.value = v
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        ws.cell(row=row, column=8).fill = FILL[rag]

    band(5, "Criterion 1: Systems to manage and monitor the prevention and control of infection")
    gap1 = "Respiratory outbreak risk assessments are not consistently documented at ward level"
    act(6, "1.1", gap1,
        "Develop a ward-level respiratory outbreak risk assessment template and embed it through IPC link practitioners",
        "Lead Nurse IPC", d(2024, 10, 31), d(2025, 1, 31),
        "Template drafted and piloted on two wards. Roll-out delayed by norovirus outbreak on Lipton Ward in November.",
        "amber")
    act(7, "1.2", None,
        "Audit use of the template quarterly and report findings to the IPC Committee",
        "IPC Nurse Specialist / Ward Matrons", d(2025, 3, 31), None,
        "First audit scheduled for March 2025 once roll-out complete.", "green")
    ws.merge_cells("B6:B7")

    band(8, ("Criterion 2: Provide and maintain a clean and appropriate environment in managed premises "
             "that facilitates the prevention and control of infections"))
    act(9, "2.1",
        "National Standards of Healthcare Cleanliness 2021 star ratings are not displayed in all functional risk areas",
        "Display cleanliness star ratings at the entrance to all FR1 and FR2 areas",
        "Head of Facilities", d(2024, 9, 30), None,
        "Completed – star ratings displayed in all FR1/FR2 areas; spot-checked by IPC team 02/10/2024.", "blue")
    act(10, "2.2",
        "Annual ventilation verification for Neuro Critical Care Unit (NCCU) isolation rooms is overdue",
        "Complete ventilation verification (HTM 03-01) for NCCU isolation rooms and present the report to the Ventilation Safety Group",
        "Head of Estates; Authorised Engineer (Ventilation)", d(2024, 12, 31), d(2025, 2, 28),
        "Verification visit cancelled twice owing to bed pressures. Escalated to Chief Operating Officer.",
        "red")

    band(11, ("Criterion 3: Ensure appropriate antimicrobial use to optimise patient outcomes and to reduce "
              "the risk of adverse events and antimicrobial resistance"))
    act(12, "3.1",
        "72-hour antimicrobial review is not consistently documented (audit compliance 68%, Q1 2024/25)",
        "Introduce a 72-hour antimicrobial review prompt in EPMA.\nRe-audit compliance in Q4 and report to the Antimicrobial Stewardship Group.",
        "Consultant Microbiologist / Antimicrobial Pharmacist", d(2025, 1, 31), None,
        "EPMA change request submitted; awaiting release date from supplier.\nQ3 spot audit 74%.",
        "amber")

    band(13, ("Criterion 6: Systems are in place to ensure that all care workers (including contractors and "
              "volunteers) are aware of and discharge their responsibilities in the process of preventing "
              "and controlling infection"))
    gap6 = "Level 2 IPC mandatory training compliance is 81% against the Trust target of 90%"
    act(14, "6.1", gap6,
        "Send targeted reminders to non-compliant staff via ESR",
        "Divisional Directors of Nursing", d(2025, 3, 31), None,
        "Compliance 86% at end of December.", "green")
    act(15, "6.2", None,
        "Add Level 2 IPC training compliance to divisional performance review dashboards",
        "Head of Learning and Development", d(2025, 2, 28), None,
        "Dashboard build in progress with Business Intelligence.", "green")
    ws.merge_cells("B14:B15")

    band(16, ("Criterion 9: Have and adhere to policies designed for the individual's care and provider "
              "organisations that will help to prevent and control infections"))
    act(17, "9.1",
        "Isolation Policy is past its review date and not yet aligned with NIPCM Chapter 2",
        "Review and ratify the Isolation Policy in line with NIPCM Chapter 2",
        "Lead Nurse IPC", d(2024, 11, 30), d(2025, 3, 31),
        "Draft out for consultation; to Policy Approval Group in March 2025.", "amber")

    ws["A19"] = "Summary of actions by RAG"
    ws["A19"].font = Font(bold=True)
    for i, (k, n, f) in enumerate([("Blue (complete)", 1, "blue"), ("Green", 3, "green"),
                                   ("Amber", 3, "amber"), ("Red", 1, "red"),
                                   ("Total", 8, None)], start=20):
        ws.cell(row=i, column=2, value=k).border = BOX
        ws.cell(row=i, column=3, value=n).border = BOX
        if f:
            ws.cell(row=i, column=1).fill = FILL[f]
        else:
            ws.cell(row=i, column=2).font = Font(bold=True)
    for col, w in zip("ABCDEFGH", (7, 38, 48, 26, 14, 14, 44, 8)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    key = wb.create_sheet("RAG Key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    header_row(key, 2, ["Colour", "Meaning"])
    for i, (f, m) in enumerate([
        ("blue", "Action complete – evidence of assurance received"),
        ("green", "On track to deliver by target date"),
        ("amber", "At risk of missing target date"),
        ("red", "Target date missed / off track – escalated"),
    ], start=3):
        key.cell(row=i, column=1).fill = FILL[f]
        key.cell(row=i, column=1).border = BOX
        key.cell(row=i, column=2, value=m).border = BOX
    key.column_dimensions["B"].width = 55
    wb.save(out("zxd-walton-centre-nhsft-ipc-baf-gap-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Leicester, Leicestershire and Rutland OPCC - Police and Crime Plan
#    delivery highlight report (xlsx)
# ---------------------------------------------------------------------------
def leics_opcc():
    wb = Workbook()
    title = ("Police and Crime Plan 2025–2029: Delivery Highlight Report – Quarter 2 2025/26 "
             "(July to September 2025)")
    body = "Office of the Police and Crime Commissioner for Leicester, Leicestershire and Rutland"
    s = wb.active
    s.title = "Summary"
    s["A1"] = title
    s["A1"].font = Font(bold=True, size=13)
    s["A2"] = body
    s["A4"] = "Overall position by priority"
    s["A4"].font = Font(bold=True)
    header_row(s, 5, ["Priority", "Activities", "Complete", "Green", "Amber", "Red", "Overall RAG"])
    summ = [
        ("1. Effective and efficient policing", 3, 0, 2, 1, 0, "G"),
        ("2. Supporting victims", 3, 1, 2, 0, 0, "G"),
        ("3. Safer communities", 3, 1, 1, 0, 1, "A"),
        ("Total", 9, 2, 5, 1, 1, ""),
    ]
    for i, r in enumerate(summ, start=6):
        for j, v in enumerate(r, start=1):
            s.cell(row=i, column=j, value=v).border = BOX
    s["G6"].fill = FILL["green"]
    s["G7"].fill = FILL["green"]
    s["G8"].fill = FILL["amber"]
    s["A9"].font = Font(bold=True)
    s["A11"] = ("Exception: 3.3 Community Speedwatch data-sharing protocol remains red – see Delivery "
                "Plan tab.")
    s.column_dimensions["A"].width = 40

    ws = wb.create_sheet("Delivery Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = body
    ws["A3"] = ("RAG key: B = complete; G = on track; A = some slippage, recoverable; "
                "R = off track, Commissioner's attention required")
    ws["A3"].font = Font(italic=True)
    header_row(ws, 5, ["Priority", "Commitment", "Ref", "Activity / milestone", "Lead", "Target date",
                       "Q1 RAG", "Q2 RAG", "Q2 commentary"])
    rows = [
        ("1.1",
         "Publish neighbourhood policing performance for each Neighbourhood Policing Area on the OPCC website",
         "T/ACC Local Policing", "Dec-25", "A", "G",
         "Data set agreed with the force; first publication planned for the December Panel."),
        ("1.2", "Recruit and deploy 20 additional PCSOs to rural beats",
         "T/ACC Local Policing; Director of People", "Q4 2025/26", "G", "A",
         "12 of 20 in post. Second intake moved from November to January."),
        ("1.3", "Complete the estates review of police station front counters",
         "OPCC Chief Executive / Chief Finance Officer", d(2026, 3, 31), "G", "G",
         "Options appraisal to Strategic Assurance Board in December."),
        ("2.1", "Re-commission the Victim First service, with the new contract live from 1 April 2026",
         "Head of Commissioning and Partnerships", "Apr-26", "G", "G",
         "Tender evaluation complete; award decision to be published in November."),
        ("2.2", "Report victim satisfaction survey results to the Corporate Governance Board",
         "Head of Performance and Assurance", "Quarterly", "G", "G",
         "Q1 results reported 9 September."),
        ("2.3", "Extend the domestic abuse perpetrator programme to Rutland",
         "Head of Commissioning and Partnerships", "Sep-25", "A", "B",
         "Programme live in Oakham from 1 September 2025."),
        ("3.1",
         "Launch the Rural Crime Strategy 2025–2028 with the NFU and Country Land and Business Association",
         "Inspector, Rural Crime Team", "Jul-25", "G", "B",
         "Launched at the Rutland Show, 6 July 2025."),
        ("3.2", "Expand mobile speed enforcement with a second camera van",
         "Road Safety Partnership Manager", "Ongoing", None, "G",
         "Van operational from August; deployment plan reviewed monthly."),
        ("3.3", "Agree a Community Speedwatch data-sharing protocol with the force",
         "Head of Performance and Assurance", "Q3 2025/26", "R", "R",
         "Data protection impact assessment not yet signed off by the force. Escalated to the DCC."),
    ]
    rag_fill = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    r0 = 6
    for i, (ref, act, lead, tgt, q1, q2, com) in enumerate(rows):
        r = r0 + i
        vals = [None, None, ref, act, lead, tgt, q1, q2, com]
        for col, v in enumerate(vals, start=1):
            c = ws.cell(row=r, column=col)
            if v is not None:
                c.value = v
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        for col, v in ((7, q1), (8, q2)):
            if v:
                ws.cell(row=r, column=col).fill = FILL[rag_fill[v]]
                ws.cell(row=r, column=col).alignment = Alignment(horizontal="center", vertical="top")
    # Priority column merged vertically
    for text, a, b in [("1. Effective and efficient policing", 6, 8),
                       ("2. Supporting victims", 9, 11),
                       ("3. Safer communities", 12, 14)]:
        ws.cell(row=a, column=1, value=text).font = Font(bold=True)
        ws.merge_cells(start_row=a, start_column=1, end_row=b, end_column=1)
    for text, a, b in [("1a Visible neighbourhood policing", 6, 7),
                       ("1b Value for money", 8, 8),
                       ("2a Victim services", 9, 10),
                       ("2b Violence against women and girls", 11, 11),
                       ("3a Rural and business crime", 12, 12),
                       ("3b Road safety", 13, 14)]:
        ws.cell(row=a, column=2, value=text)
        if b > a:
            ws.merge_cells(start_row=a, start_column=2, end_row=b, end_column=2)
    ws["A16"] = "Notes: Q1 RAG as reported to the Police and Crime Panel on 28 July 2025."
    ws["A16"].font = Font(italic=True)
    for col, w in zip("ABCDEFGHI", (22, 24, 6, 46, 28, 12, 8, 8, 46)):
        ws.column_dimensions[col].width = w
    wb.save(out("zxd-leicestershire-opcc-police-and-crime-plan-delivery-highlight-report.xlsx"))


# ---------------------------------------------------------------------------
# 3. University of Lincoln - strategic risk register 2025/26 (xlsx)
# ---------------------------------------------------------------------------
def lincoln():
    wb = Workbook()
    title = "University of Lincoln – Strategic Risk Register 2025/26"
    s = wb.active
    s.title = "Summary"
    s["A1"] = title
    s["A1"].font = Font(bold=True, size=13)
    s["A2"] = "Presented to Audit Committee, 27 November 2025"
    header_row(s, 4, ["Risk", "Risk owner", "Inherent score", "Residual score", "Target score",
                      "Trend since July 2025"])
    summ = [
        ("SR1 International student recruitment", "Pro Vice-Chancellor (Global Engagement)", 20, 16, 9, "↑"),
        ("SR2 Financial sustainability", "Chief Financial Officer", 25, 16, 10, "↔"),
        ("SR3 Cyber security", "Chief Information Officer", 20, 12, 8, "↓"),
        ("SR4 Student outcomes (OfS condition B3)", "Pro Vice-Chancellor (Education)", 16, 9, 6, "↔"),
        ("SR5 Regulatory compliance", "University Secretary", 15, 8, 6, "↔"),
    ]
    for i, r in enumerate(summ, start=5):
        for j, v in enumerate(r, start=1):
            s.cell(row=i, column=j, value=v).border = BOX
    s.column_dimensions["A"].width = 42
    s.column_dimensions["B"].width = 40

    ws = wb.create_sheet("Register")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Further mitigating actions – position at 14 November 2025"
    header_row(ws, 4, ["Risk", "Risk description", "Risk owner", "Residual score (L×I)",
                       "Further mitigating action", "Action owner", "Due date", "Status"])
    risks = [
        ("SR1 International student recruitment",
         "Changes to UK visa and immigration policy and increased competition lead to a shortfall "
         "against international recruitment targets, reducing income.",
         "Pro Vice-Chancellor (Global Engagement)", "4×4 = 16",
         [("Diversify recruitment markets through new agent partnerships in Nigeria, Vietnam and Pakistan",
           "Director of International Recruitment", d(2026, 1, 31), "On track"),
          ("Strengthen CAS issuance checks ahead of the UKVI Basic Compliance Assessment",
           "Academic Registrar; Head of Immigration Compliance", d(2025, 11, 30), "At risk")]),
        ("SR2 Financial sustainability",
         "Income does not keep pace with inflationary cost pressures, so the University cannot generate "
         "the surplus needed to invest in its estate and strategy.",
         "Chief Financial Officer", "4×4 = 16",
         [("Deliver £8m recurrent savings through the Sustainable Futures programme",
           "Chief Financial Officer", d(2026, 7, 31), "At risk"),
          ("Refresh the five-year financial forecast for the OfS annual financial return",
           "Director of Finance", d(2025, 12, 31), "Complete")]),
        ("SR3 Cyber security",
         "A successful cyber attack causes loss of systems or data, disrupting teaching, research and "
         "business operations.",
         "Chief Information Officer", "3×4 = 12",
         [("Roll out phishing-resistant MFA to all staff and postgraduate research student accounts",
           "Chief Information Officer", d(2025, 11, 30), "On track"),
          ("Test the ransomware response plan through a tabletop exercise with the Vice-Chancellor's Executive",
           "Chief Information Officer / Head of Business Continuity", d(2025, 10, 31), "Complete"),
          ("Achieve Cyber Essentials Plus recertification",
           "Chief Information Officer", d(2026, 3, 31), "Not started")]),
        ("SR4 Student outcomes (OfS condition B3)",
         "Continuation, completion or progression rates on some courses fall below OfS B3 thresholds.",
         "Pro Vice-Chancellor (Education)", "3×3 = 9",
         [("Release the module-level continuation dashboard to all Heads of School",
           "Pro Vice-Chancellor (Education)", d(2025, 10, 31), "Complete"),
          ("Agree targeted improvement plans for courses below B3 thresholds",
           "Heads of School", d(2026, 4, 30), "On track")]),
        ("SR5 Regulatory compliance",
         "The University fails to meet its conditions of registration or other statutory duties, "
         "including the new free speech duties.",
         "University Secretary", "2×4 = 8",
         [("Report the annual freedom of speech and academic freedom compliance review to the Board of Governors",
           "University Secretary", "Annually", "On track")]),
    ]
    status_fill = {"Complete": "blue", "On track": "green", "At risk": "amber"}
    r = 5
    for name, desc, owner, score, acts in risks:
        first = r
        for act, aowner, due, status in acts:
            vals = [None, None, None, None, act, aowner, due, status]
            for col, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=col)
                if v is not None:
                    c.value = v
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if status in status_fill:
                ws.cell(row=r, column=8).fill = FILL[status_fill[status]]
            r += 1
        for col, v in enumerate([name, desc, owner, score], start=1):
            c = ws.cell(row=first, column=col, value=v)
            c.alignment = WRAP
            if col == 1:
                c.font = Font(bold=True)
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
    ws.cell(row=r + 1, column=1,
            value=("Status key: Complete (blue), On track (green), At risk (amber), Not started (no colour). "
                   "Residual score = likelihood × impact, maximum 25.")).font = Font(italic=True)
    for col, w in zip("ABCDEFGH", (26, 40, 24, 12, 48, 30, 12, 12)):
        ws.column_dimensions[col].width = w

    sc = wb.create_sheet("Scoring")
    sc["A1"] = "Risk scoring matrix (likelihood × impact)"
    sc["A1"].font = Font(bold=True)
    sc["A2"] = "Impact →"
    for j in range(1, 6):
        sc.cell(row=3, column=j + 1, value=j).font = Font(bold=True)
    for i in range(5, 0, -1):
        row = 4 + (5 - i)
        sc.cell(row=row, column=1, value=f"Likelihood {i}").font = Font(bold=True)
        for j in range(1, 6):
            v = i * j
            c = sc.cell(row=row, column=j + 1, value=v)
            c.fill = FILL["red"] if v >= 15 else FILL["amber"] if v >= 8 else FILL["green"]
            c.border = BOX
    wb.save(out("zxd-university-of-lincoln-strategic-risk-register-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# helpers for Word
# ---------------------------------------------------------------------------
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_text(cell, text, bold=False, italic=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.italic = italic
        if size:
            run.font.size = Pt(size)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)


# ---------------------------------------------------------------------------
# 4. Hanson Academy - post-Ofsted inspection action plan (docx)
# ---------------------------------------------------------------------------
def hanson():
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Hanson Academy – Post-Ofsted Inspection Action Plan 2024–25", style="Title")
    doc.add_paragraph("Inspection dates: 14 and 15 May 2024. Overall effectiveness: Requires improvement.")
    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Approved by"]):
        set_text(c, h, bold=True)
    for r in [("1.0", "01/07/2024", "Headteacher", "Local Governing Body"),
              ("1.1", "20/01/2025", "Headteacher", "Local Governing Body (progress update)")]:
        cells = t.add_row().cells
        for c, v in zip(cells, r):
            set_text(c, v)
    doc.add_paragraph("RAG key", style="Heading 2")
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for letter, meaning, col in [("B", "Completed", "0070C0"), ("G", "On track", "00B050"),
                                 ("A", "Some concern – further action needed", "FFC000"),
                                 ("R", "Significant concern – not on track", "FF0000")]:
        cells = k.add_row().cells
        set_text(cells[0], letter, bold=True)
        shade(cells[0], col)
        set_text(cells[1], meaning)

    areas = [
        ("Area for improvement 1: Curriculum in foundation subjects",
         "In some foundation subjects, the school has not identified the important knowledge that pupils "
         "should learn and when they should learn it. The school should ensure that curriculum plans in "
         "all subjects set out precisely what pupils should know and remember.",
         [("1.1", "Subject leaders in history, geography, RE and computing to rewrite Key Stage 3 curriculum "
                  "maps, identifying the end points for each unit",
           "JH / Subject Leaders", "Autumn term 2024",
           "Revised maps in place for all four subjects", "Trust Director of Education", "G"),
          ("1.2", "Trust subject network to review the revised curriculum maps",
           "JH", "January 2025", "Written feedback received and acted on", "LGB Curriculum Committee", "B"),
          ("1.3", "Deep dives in each foundation subject to check implementation (pupil voice, book looks, "
                  "lesson visits)",
           "JH, AK", "Summer term 2025", "Pupils can recall key knowledge from previous units",
           "Headteacher", "A")]),
        ("Area for improvement 2: Checking pupils' understanding",
         "Teachers do not consistently check pupils' understanding during lessons, so misconceptions are "
         "not always addressed. The school should ensure that teachers use assessment well to identify and "
         "address gaps in pupils' knowledge.",
         [("2.1", "CPD programme on responsive teaching and checking for understanding (weekly Tuesday "
                  "briefings)",
           "AK (Assistant Headteacher – Teaching & Learning)", "Ongoing",
           "Learning walks show checking for understanding in 85% of lessons", "Headteacher", "G"),
          ("2.2", "Introduce mini-whiteboards and hinge questions in all Key Stage 3 lessons",
           "AK", "October 2024", "Resources in every classroom; routines seen on learning walks",
           "SLT", "B"),
          ("2.3", "Fortnightly learning walks with feedback to Heads of Department",
           "SLT", "Termly", "QA calendar followed; feedback logged", "LGB Standards Link Governor", "G")]),
        ("Area for improvement 3: Attendance",
         "Too many pupils, including disadvantaged pupils and pupils with SEND, are persistently absent "
         "from school. The school should continue to work with families to improve these pupils' "
         "attendance.",
         [("3.1", "Appoint an Attendance Officer and introduce first-day calling and home visits",
           "NB (Deputy Headteacher – Pastoral)", "September 2024",
           "Attendance Officer in post; first-day calling log in use", "Headteacher", "B"),
          ("3.2", "Fortnightly attendance panels with the local authority Education Safeguarding Team for "
                  "pupils below 90% attendance",
           "NB / SENDCo", "By July 2025",
           "Persistent absence below 20% (2023–24: 27.4%)", "LGB Attendance Link Governor", "A")]),
    ]
    rag_col = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}
    for heading, rec, acts in areas:
        doc.add_paragraph(heading, style="Heading 1")
        p = doc.add_paragraph()
        run = p.add_run(rec)
        run.italic = True
        t = doc.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead", "Timescale", "Success criteria",
                                          "Monitoring by", "RAG (Jan 2025)"]):
            set_text(c, h, bold=True)
            shade(c, "D9E2F3")
        for a in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, a):
                set_text(c, v)
            shade(cells[6], rag_col[a[6]])
        doc.add_paragraph()
    doc.add_paragraph("Signed: Headteacher ………………………   Chair of the Local Governing Body ………………………")
    doc.save(out("zxd-hanson-academy-post-ofsted-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Cedar Lodge Care Home - CQC inspection action plan (docx)
# ---------------------------------------------------------------------------
def cedar_lodge():
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Cedar Lodge Care Home – CQC Inspection Action Plan", style="Title")
    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [("Registered provider", "Cedar Lodge (Ripon) Ltd"),
                 ("Registered manager", "Mrs K. Holloway"),
                 ("Inspection dates", "1 and 2 July 2025"),
                 ("Report published", "12 August 2025"),
                 ("Overall rating", "Requires improvement"),
                 ("Action plan submitted to CQC", "26 August 2025"),
                 ("Last updated", "03/10/2025")]:
        cells = info.add_row().cells
        set_text(cells[0], k, bold=True)
        shade(cells[0], "E7E6E6")
        set_text(cells[1], v)
    doc.add_paragraph()
    doc.add_paragraph("Breaches of regulation identified in the inspection report and the actions we are taking:")

    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["No.", "What CQC found", "Action we will take", "Person responsible",
                                      "Completion date", "Progress", "Status"]):
        set_text(c, h, bold=True)
        shade(c, "BDD7EE")

    def band(text):
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[6])
        set_text(merged, text, bold=True)
        shade(merged, "F2F2F2")

    def actions(found, acts):
        rows = []
        for a in acts:
            row = t.add_row()
            cells = row.cells
            for i, v in enumerate([a[0], None, a[1], a[2], a[3], a[4], a[5]]):
                if v is not None:
                    set_text(cells[i], v)
            rows.append(row)
        top = rows[0].cells[1]
        if len(rows) > 1:
            top = top.merge(rows[-1].cells[1])
        set_text(top, found)

    band("Regulation 12 HSCA RA Regulations 2014: Safe care and treatment")
    actions("Risks associated with people's nutrition and hydration were not always managed safely. "
            "Fluid charts were incomplete and daily intake was not totalled against targets.",
            [("1", "Introduce daily fluid intake totals on the electronic care record, with an alert to the "
                   "nurse in charge when a person's target is not met",
              "Deputy Manager / Clinical Lead", "31/08/2025",
              "Alerts live from 22/08/2025. Staff briefed at handovers.", "Complete"),
             ("2", "Audit fluid charts weekly for four weeks, then monthly; discuss results at the clinical "
                   "governance meeting",
              "Registered Manager", "Monthly",
              "Weekly audits completed; now monthly. September audit 96% compliant.", "On track")])
    actions("Medicines were not always managed safely. Time-critical medicines for people with Parkinson's "
            "disease were not always given at the prescribed time.",
            [("3", "All nurses and senior carers to complete a medicines competency reassessment, including "
                   "time-critical medicines",
              "Clinical Lead", "End of September 2025",
              "24 of 24 staff reassessed.", "Complete"),
             ("4", "Community pharmacy to complete an external medicines audit",
              "Registered Manager", "w/c 06/10/2025",
              "Visit booked for 08/10/2025.", "On track")])
    band("Regulation 17 HSCA RA Regulations 2014: Good governance")
    actions("Systems to assess, monitor and improve the quality and safety of the service were not effective. "
            "The provider's audits had not identified the issues we found at this inspection.",
            [("5", "Review the audit schedule and introduce a monthly provider quality visit by the Operations "
                   "Director",
              "Operations Director", "30/09/2025",
              "Revised schedule in place. Quality visits held 28/08 and 25/09.", "Complete"),
             ("6", "Develop a home improvement plan and share it with the local authority quality team",
              "RM & DM", "31/10/2025",
              "Draft plan shared with the quality improvement officer for comment.", "On track")])
    band("Regulation 18 HSCA RA Regulations 2014: Staffing")
    actions("The provider had not ensured staff received the training they needed to carry out their roles. "
            "Moving and handling training compliance was 64%.",
            [("7", "Book additional practical moving and handling sessions; staff not compliant after 30 days "
                   "to be removed from the rota until trained",
              "Registered Manager", "30/11/2025",
              "Trainer availability awaited.", "Not started")])
    doc.add_paragraph()
    doc.add_paragraph("Status: Complete / On track / Not started. This plan is reviewed at the monthly clinical "
                      "governance meeting and shared with the Operations Director.")
    s = doc.add_table(rows=1, cols=4)
    s.style = "Table Grid"
    for c, v in zip(s.rows[0].cells, ["Completed by:", "Registered Manager", "Date:", "26/08/2025"]):
        set_text(c, v)
    doc.save(out("zxd-cedar-lodge-care-home-cqc-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Stonewater - Board action log, CSV export (refuse: mistyped month)
# ---------------------------------------------------------------------------
def stonewater():
    import csv
    import io
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    n = 9
    w.writerow(["Stonewater Board – Action Log"] + [""] * (n - 1))
    w.writerow(["Open and recently closed actions – for the Board meeting on 27 November 2025"] + [""] * (n - 1))
    w.writerow([""] * n)
    w.writerow(["Action No.", "Meeting date", "Minute ref", "Item", "Action", "Owner", "Due date", "Status",
                "Update"])
    rows = [
        ("B25/14", "22/05/2025", "25/061", "Tenant Satisfaction Measures 2024/25",
         "Bring a benchmarking comparison of TSM results against comparable providers to the Board",
         "Chief Customer Officer", "Sep-25", "Complete", "Presented at September Board (item 7)."),
        ("B25/17", "24/07/2025", "25/088", "Damp and mould",
         "Provide an update on Awaab's Law readiness, including the 24-hour emergency hazard response",
         "Director of Property Services", "Oct-25", "Complete", "Update circulated 15/10/2025."),
        ("B25/18", "24/07/2025", "25/090", "Development programme",
         "Circulate the revised Strategic Partnership delivery profile agreed with Homes England",
         "Chief Development Officer", "Nov-25", "On track", "Awaiting Homes England sign-off."),
        ("B25/19", "24/07/2025", "25/092", "Risk appetite",
         "Review the risk appetite statement for building safety and bring it to the Audit and Risk Committee",
         "Director of Governance / Head of Risk", "Dec-25", "On track", "On ARC agenda for 9 December."),
        ("B25/23", "25/09/2025", "25/104", "Consumer Standards",
         "Present the updated Consumer Standards self-assessment and evidence library",
         "Director of Governance", "0ct-25", "Complete", "Presented to Customer Committee 21/10/2025."),
        ("B25/24", "25/09/2025", "25/107", "Stock condition",
         "Commission independent validation of stock condition data (10% sample)",
         "Director of Property Services", "Mar-26", "On track", "Surveyor appointed; fieldwork from January."),
        ("B25/26", "25/09/2025", "25/110", "Board effectiveness",
         "Arrange a Board strategy away day on the 2026–2031 corporate plan",
         "Company Secretary", "Feb-26", "Not started", "Date to be agreed with the Chair."),
        ("B25/27", "25/09/2025", "25/112", "Treasury",
         "Confirm covenant headroom under the revised business plan stress tests",
         "Chief Financial Officer", "Dec-25", "On track", "To Treasury Committee 2 December."),
    ]
    for r in rows:
        w.writerow(r)
    w.writerow([""] * n)
    w.writerow(["Note: completed actions will be removed from the log after this meeting."] + [""] * (n - 1))
    with open(out("zxd-stonewater-board-action-log-typo-month-refuse.csv"), "w", encoding="utf-8",
              newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. NICE - public Board action log, tab-separated export (txt)
# ---------------------------------------------------------------------------
def nice():
    lines = [
        "NICE Public Board – Action Log",
        "Position at 12 November 2025 (for the Board meeting on 19 November 2025)",
        "",
        "Ref\tMinute\tAction\tLead\tDue\tRAG\tProgress",
        "Actions from Board meeting 17 September 2025",
        "BM-25/41\t6\tCirculate an analysis of topic selection decisions for digital health technologies to Board members"
        "\tDirector, HealthTech Programme\tNov 2025\tB\tCirculated 30 October 2025.",
        "BM-25/42\t8\tInclude a workforce equality, diversity and inclusion update in the next People and Culture report"
        "\tChief People Officer\tJanuary 2026\tG\tScheduled for the January Board.",
        "BM-25/43\t9\tArrange a Board development session on AI in evidence generation"
        "\tChief Medical Officer; Director of Science, Evidence and Analytics\tTBC\tA"
        "\tSpeakers being confirmed; date depends on the Board calendar for 2026.",
        "Actions from Board meeting 16 July 2025",
        "BM-25/33\t5\tReport back on the outcome of the consultation on the prioritisation board process"
        "\tDirector of Strategy\tSeptember 2025\tR\tConsultation closed late; report now expected in January 2026.",
        "BM-25/35\t11\tPublish the 2024/25 annual report and accounts once laid before Parliament"
        "\tChief Financial Officer\tJul-25\tB\tPublished 17 July 2025.",
        "Actions from Board meeting 21 May 2025",
        "BM-25/21\t7\tBring a revised risk appetite statement to the Board for approval"
        "\tAudit and Risk Committee Chair / Director of Corporate Affairs\t31/03/2026\tG"
        "\tDraft discussed at the Audit and Risk Committee on 15 October.",
        "BM-25/24\t10\tProvide an update on the NICE Listens programme"
        "\tDirector of Communications\tQ3 2025/26\tG\tUpdate to be included in the December Chief Executive's report.",
        "",
        "RAG: B = complete; G = on track; A = at risk of delay; R = overdue",
        "Note: actions marked B will be removed from the log after this meeting.",
    ]
    with open(out("zxd-nice-public-board-action-log.txt"), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


if __name__ == "__main__":
    walton()
    leics_opcc()
    lincoln()
    hanson()
    cedar_lodge()
    stonewater()
    nice()
    print("built 7 files")
