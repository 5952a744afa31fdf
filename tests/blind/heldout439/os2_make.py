#!/usr/bin/env python3
"""Build the seven os2- test files of set heldout439.

Run with /work/main/.venv/bin/python (openpyxl and python-docx).
Writes only files whose names start with os2-.
"""
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("os2-")
    return os.path.join(HERE, name)


D = dt.datetime
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
FILL = {
    "red": PatternFill("solid", fgColor="FF0000"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "green": PatternFill("solid", fgColor="00B050"),
    "blue": PatternFill("solid", fgColor="0070C0"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "navy": PatternFill("solid", fgColor="1F3864"),
    "lilac": PatternFill("solid", fgColor="E4DFEC"),
    "pale": PatternFill("solid", fgColor="DDEBF7"),
}
BOLD = Font(bold=True)
WHITE_BOLD = Font(bold=True, color="FFFFFF")


def boxed(ws, r1, r2, c1, c2):
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            cell = ws.cell(r, c)
            cell.border = BOX
            cell.alignment = WRAP


# ---------------------------------------------------------------------------
# 1. East Lancashire Hospitals NHS Trust - UEC improvement programme highlight report (xlsx)
# ---------------------------------------------------------------------------
def elht():
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    widths = {"A": 7, "B": 52, "C": 30, "D": 13, "E": 13, "F": 10, "G": 10, "H": 55}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws["A1"] = "Urgent and Emergency Care Improvement Programme: Highlight Report"
    ws["A1"].font = Font(bold=True, size=14, color="005EB8")
    ws["A2"] = "East Lancashire Hospitals NHS Trust | Reporting period: September 2025"
    ws["A2"].font = Font(italic=True)
    ws["A3"] = "Senior Responsible Officer: Chief Operating Officer"
    ws["A4"] = "Programme Lead: Deputy Director of Operations (Urgent Care)"
    ws["A5"] = "Report to: Finance and Performance Committee, 27 October 2025"
    ws["A7"] = "Overall programme RAG"
    ws["A7"].font = BOLD
    ws["C7"] = "Previous: A"
    ws["C7"].fill = FILL["amber"]
    ws["D7"] = "Current: A"
    ws["D7"].fill = FILL["amber"]
    ws.merge_cells("D7:E7")
    ws["A8"] = "Key achievements this period"
    ws["A8"].font = BOLD
    ws["B8"] = ("GP streaming live at Royal Blackburn Teaching Hospital since 21 July 2025; "
                "daily system discharge call embedded; winter surge plan signed off by the ICB.")
    ws.merge_cells("B8:H8")
    ws["A9"] = "Escalations to Committee"
    ws["A9"].font = BOLD
    ws["B9"] = ("Emergency Nurse Practitioner recruitment remains off track; agency cover "
                "approved to the end of January 2026.")
    ws.merge_cells("B9:H9")
    for r in (8, 9):
        ws.row_dimensions[r].height = 32
        for c in range(1, 9):
            ws.cell(r, c).alignment = WRAP

    hdr = ["Ref", "Workstream / milestone", "Lead", "Original date", "Revised date",
           "Previous RAG", "Current RAG", "Progress this period"]
    r = 11
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h)
        cell.font = WHITE_BOLD
        cell.fill = FILL["navy"]
    ws.freeze_panes = "A12"
    rows = [
        ("ws", "Workstream 1: Front door and ED flow"),
        ("1.1", "Implement GP streaming at the front door of the Royal Blackburn Teaching Hospital ED, 08:00–22:00 seven days a week",
         "Divisional Director of Operations (Urgent Care)", D(2025, 7, 31), None, "G", "blue",
         "Live from 21 July 2025; 18% of walk-in attendances streamed in August."),
        ("1.2", "Launch the Same Day Emergency Care (SDEC) direct referral pathway for NWAS crews",
         "Clinical Director, Acute Medicine", D(2025, 8, 31), D(2025, 11, 30), "A", "amber",
         "Pathway agreed with NWAS; go-live delayed by SDEC estates works."),
        ("1.3", "Recruit to 6.0 WTE Emergency Nurse Practitioner posts",
         "Head of Nursing ED / Workforce Business Partner", D(2025, 9, 30), D(2026, 1, 31), "A", "red",
         "2.0 WTE appointed; second advert closed with no appointable candidates."),
        ("ws", "Workstream 2: Inpatient flow and discharge"),
        ("2.1", "Roll out Criteria Led Discharge to all adult medical wards",
         "Deputy Chief Nurse", D(2025, 9, 30), None, "G", "green",
         "Live on 9 of 12 wards; remaining three wards scheduled for October."),
        ("2.2", "Establish a daily system discharge call with local authority partners\n(Blackburn with Darwen and Lancashire County Council)",
         "Associate Director of Integrated Discharge", D(2025, 7, 31), None, "B", "blue",
         "Call in place at 10:00 each weekday since 7 July 2025."),
        ("2.3", "Increase discharge lounge capacity from 12 to 20 chairs",
         "Estates Project Manager", "Q3 2025/26", None, "A", "amber",
         "Capital approved; contractor on site from 3 November 2025."),
        ("ws", "Workstream 3: Virtual wards and admission avoidance"),
        ("3.1", "Expand Acute Frailty virtual ward capacity to 40 beds",
         "Clinical Lead for Frailty; Community Matron Team Leader", D(2025, 10, 31), None, "G", "green",
         "34 beds open; occupancy 81% in September."),
        ("3.2", "Deliver the Urgent Community Response 2-hour standard for 70% of referrals",
         "Director of Community Services", D(2025, 12, 31), None, "R", "amber",
         "September performance 66%, up from 58% in July."),
        ("3.3", "Agree the winter surge plan with the ICB and Pennine Lancashire partners",
         "Chief Operating Officer", D(2025, 9, 30), D(2025, 10, 31), "A", "blue",
         "Signed off at the Pennine Lancashire A&E Delivery Board on 14 October 2025."),
    ]
    r = 12
    for row in rows:
        if row[0] == "ws":
            ws.cell(r, 1, row[1]).font = BOLD
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            for c in range(1, 9):
                ws.cell(r, c).fill = FILL["pale"]
                ws.cell(r, c).border = BOX
            r += 1
            continue
        ref, text, lead, orig, rev, prev, cur, prog = row
        ws.cell(r, 1, ref)
        ws.cell(r, 2, text)
        ws.cell(r, 3, lead)
        c = ws.cell(r, 4, orig)
        if isinstance(orig, dt.datetime):
            c.number_format = "dd/mm/yyyy"
        if rev is not None:
            ws.cell(r, 5, rev).number_format = "dd/mm/yyyy"
        p = ws.cell(r, 6, prev)
        p.fill = FILL[{"G": "green", "A": "amber", "R": "red", "B": "blue"}[prev]]
        p.alignment = Alignment(horizontal="center")
        ws.cell(r, 7).fill = FILL[cur]          # current RAG shown by colour only
        ws.cell(r, 8, prog)
        boxed(ws, r, r, 1, 8)
        ws.cell(r, 6).alignment = Alignment(horizontal="center", vertical="top")
        ws.row_dimensions[r].height = 45 if "\n" in text else 32
        r += 1
    r += 1
    ws.cell(r, 1, "RAG key: Blue = complete; Green = on track; Amber = at risk, mitigation in place; "
                  "Red = off track, escalation required. See the Key tab.").font = Font(italic=True, size=9)

    km = wb.create_sheet("Key metrics")
    km["A1"] = "UEC key metrics – September 2025"
    km["A1"].font = BOLD
    data = [["Metric", "Target", "Jul-25", "Aug-25", "Sep-25"],
            ["4-hour ED performance (all types)", "78%", "74.2%", "75.9%", "76.4%"],
            ["12-hour waits from arrival", "<2%", "3.1%", "2.7%", "2.4%"],
            ["Ambulance handovers within 45 minutes", "100%", "92%", "94%", "96%"],
            ["Patients with no criteria to reside (daily average)", "<80", "112", "104", "97"]]
    for i, row in enumerate(data, 3):
        for j, v in enumerate(row, 1):
            km.cell(i, j, v).border = BOX
    for j in range(1, 6):
        km.cell(3, j).font = BOLD
    km.column_dimensions["A"].width = 48

    key = wb.create_sheet("Key")
    key["A1"] = "RAG key"
    key["A1"].font = BOLD
    for i, (col, txt) in enumerate([("blue", "Complete"), ("green", "On track"),
                                    ("amber", "At risk – mitigation in place"),
                                    ("red", "Off track – escalation required")], 2):
        key.cell(i, 1).fill = FILL[col]
        key.cell(i, 2, txt)
    key.column_dimensions["B"].width = 40
    wb.save(out("os2-east-lancashire-hospitals-nhs-trust-uec-improvement-programme-highlight-report.xlsx"))


# ---------------------------------------------------------------------------
# 2. Darlington College - Quality Improvement Plan 2025-26 (xlsx)
# ---------------------------------------------------------------------------
def darlington():
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = "Darlington College"
    cv["A1"].font = Font(bold=True, size=16)
    cv["A2"] = "Quality Improvement Plan 2025-26"
    cv["A2"].font = Font(bold=True, size=14)
    cv["A3"] = "Arising from the Self-Assessment Report 2024-25"
    cv["A5"] = "Version control"
    cv["A5"].font = BOLD
    vc = [["Version", "Date", "Author", "Approved by"],
          ["1.0", "18/12/2025", "Vice Principal – Quality and Learner Experience", "Quality and Standards Committee"],
          ["1.1", "20/02/2026", "Quality Manager", "Senior Leadership Team (progress update)"]]
    for i, row in enumerate(vc, 6):
        for j, v in enumerate(row, 1):
            cv.cell(i, j, v).border = BOX
    for j in range(1, 5):
        cv.cell(6, j).font = BOLD
    for col, w in zip("ABCD", (10, 14, 48, 42)):
        cv.column_dimensions[col].width = w

    ws = wb.create_sheet("QIP 2025-26")
    for col, w in zip("ABCDEFGH", (6, 40, 55, 40, 30, 13, 45, 14)):
        ws.column_dimensions[col].width = w
    ws["A1"] = "Darlington College – Quality Improvement Plan 2025-26"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Progress update: February 2026"
    ws["A2"].font = Font(italic=True)
    hdr = ["Ref", "Area for improvement (from SAR)", "Action", "Success measure / impact",
           "Lead", "Target date", "Progress update (Feb 2026)", "RAG"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(4, c, h)
        cell.font = WHITE_BOLD
        cell.fill = FILL["navy"]
        cell.alignment = WRAP
    status_fill = {"Completed": "blue", "On track": "green", "Some slippage": "amber",
                   "Off track": "red", "Not started": None}
    plan = [
        ("1. Achievement", [
            ("Achievement rates for adult learners on Level 2 and Level 3 courses are below national rates.", [
                ("1.1", "Introduce six-weekly progress reviews for all adult learners, with at-risk learners flagged on ProMonitor and referred to the Learner Success Coach.",
                 "Adult in-year retention at or above 92%; achievement at or above national rate.", "Head of Adult Learning",
                 D(2026, 1, 31), "Reviews in place for all adult groups; retention 93.1% at February census.", "On track"),
                ("1.2", "Review the adult Level 3 Access to HE curriculum offer and withdraw courses where achievement has been below 75% for two consecutive years.",
                 "2026-27 adult offer approved with no courses below threshold.", "Assistant Principal – Adults and Community",
                 "March 2026", "Course data analysed; recommendations to go to SLT in March.", "On track"),
            ]),
        ]),
        ("2. Curriculum and teaching", [
            ("Teachers in engineering and construction do not consistently check learners’ understanding before moving on to new topics.", [
                ("2.1", "Deliver a programme of CPD on assessment for learning and questioning techniques for all engineering and construction teaching staff.",
                 "All staff attend; learning walk evidence shows effective checking of understanding.", "Head of Teaching, Learning and Assessment",
                 D(2025, 12, 31), "Three CPD sessions delivered; 100% attendance.", "Completed"),
                ("2.2", "Carry out themed learning walks focused on checking understanding, with individual coaching for staff identified as requiring development.",
                 "At least 85% of learning walks judge checking of understanding effective.", "Curriculum Manager Engineering / Curriculum Manager Construction",
                 D(2026, 4, 30), "Construction walks complete; engineering walks delayed by staff absence.", "Some slippage"),
            ]),
            ("Too few apprentices receive timely and well-planned off-the-job training in the workplace.", [
                ("2.3", "Agree training plans with every employer at the start of the programme and review them at each 10-weekly tripartite review.",
                 "100% of new starts have a signed training plan.", "Apprenticeship Operations Manager",
                 "Ongoing", "Signed plans for all 212 new starts since August.", "On track"),
                ("2.4", "Implement the new off-the-job hours tracker in Smart Assessor and report compliance monthly to the Quality Improvement Board.",
                 "Apprentices on track with planned off-the-job hours rises to 90%.", "Head of Apprenticeships; MIS Manager",
                 D(2026, 2, 28), "Tracker build delayed by supplier; manual reporting in the meantime.", "Off track"),
            ]),
        ]),
        ("3. Inclusion", [
            ("The proportion of learners with high needs who progress to paid employment, supported internships or further study is too low.", [
                ("3.1", "Launch the supported internship programme with two new host employers.",
                 "Ten interns start in September 2026; positive destinations rise to 70%.", "SEND Manager",
                 "Summer term 2026", "One host employer signed; second in discussion.", "On track"),
            ]),
        ]),
        ("4. Leadership and governance", [
            ("Governors do not receive sufficiently detailed information about the quality of subcontracted provision.", [
                ("4.1", "Add a termly subcontracting quality report to the Quality and Standards Committee cycle of business.",
                 "Committee minutes show governors challenging subcontractor performance.", "Vice Principal – Quality and Learner Experience",
                 D(2025, 10, 31), "First report received by the committee on 14 October 2025.", "Completed"),
                ("4.2", "Commission an external quality review of each subcontractor and share the findings with governors.",
                 "Reviews completed and reported for all four subcontractors.", "J. Pike / T. Elliott",
                 D(2026, 5, 31), "Reviewer to be appointed in March.", "Not started"),
            ]),
        ]),
    ]
    r = 5
    counts = {}
    for area, afis in plan:
        ws.cell(r, 1, area).font = BOLD
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        for c in range(1, 9):
            ws.cell(r, c).fill = FILL["lilac"]
        r += 1
        for afi, actions in afis:
            first = r
            for ref, act, meas, lead, due, prog, st in actions:
                ws.cell(r, 1, ref)
                ws.cell(r, 3, act)
                ws.cell(r, 4, meas)
                ws.cell(r, 5, lead)
                c = ws.cell(r, 6, due)
                if isinstance(due, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
                ws.cell(r, 7, prog)
                s = ws.cell(r, 8, st)
                if status_fill[st]:
                    s.fill = FILL[status_fill[st]]
                if st in ("Completed", "Off track"):
                    s.font = Font(color="FFFFFF", bold=True)
                counts[st] = counts.get(st, 0) + 1
                ws.row_dimensions[r].height = 48
                r += 1
            ws.cell(first, 2, afi)
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
            boxed(ws, first, r - 1, 1, 8)
    r += 1
    ws.cell(r, 1, "Summary of progress").font = BOLD
    r += 1
    for st in ("Completed", "On track", "Some slippage", "Off track", "Not started"):
        ws.cell(r, 2, st)
        ws.cell(r, 3, counts.get(st, 0))
        if status_fill[st]:
            ws.cell(r, 2).fill = FILL[status_fill[st]]
        r += 1
    ws.cell(r, 2, "Total actions").font = BOLD
    ws.cell(r, 3, sum(counts.values())).font = BOLD

    key = wb.create_sheet("Key")
    key["A1"] = "RAG definitions"
    key["A1"].font = BOLD
    for i, (st, txt) in enumerate([
            ("Completed", "Action complete and impact evidenced (blue)"),
            ("On track", "Action progressing to plan (green)"),
            ("Some slippage", "Action behind plan but expected to be completed by the target date (amber)"),
            ("Off track", "Action will not meet the target date; escalate to SLT (red)"),
            ("Not started", "Action not yet due to start (no colour)")], 2):
        key.cell(i, 1, st)
        if status_fill[st]:
            key.cell(i, 1).fill = FILL[status_fill[st]]
        key.cell(i, 2, txt)
    key.column_dimensions["A"].width = 16
    key.column_dimensions["B"].width = 80
    wb.save(out("os2-darlington-college-quality-improvement-plan-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 3. Futures Housing Group - Strategic Risk Register 2025/26 (xlsx)
# ---------------------------------------------------------------------------
def futures():
    risks = [
        ("SR1: Tenant and building safety",
         "Failure to meet statutory health and safety obligations (fire, gas, electrical, water, asbestos, lifts, damp and mould) leads to harm to customers, regulatory intervention and reputational damage.",
         "Executive Director of Property", "5 x 5 = 25",
         "Compliance dashboard reported monthly to ELT and Board; Building Safety Manager in post; external assurance audits.",
         "3 x 4 = 12", "Stable", "8", [
             ("SR1.1", "Complete Type 4 fire risk assessments for the 14 blocks identified in the 2024 fire risk assessment review",
              "Head of Compliance", D(2025, 12, 1), "Complete"),
             ("SR1.2", "Implement Awaab’s Law procedures for damp and mould hazards, including a 24-hour emergency response",
              "Director of Property Services", D(2025, 10, 1), "Complete"),
             ("SR1.3", "Upload all asset compliance certificates to the new compliance system (phase 2 go-live)",
              "Head of Asset Management / Head of Compliance", D(2026, 3, 1), "Delayed"),
         ]),
        ("SR2: Stock condition and decarbonisation",
         "Incomplete stock condition data and rising costs mean homes do not meet the Decent Homes Standard or EPC C by 2030.",
         "Executive Director of Property", "4 x 4 = 16",
         "Asset management strategy; 30-year investment programme; stock condition surveys.",
         "3 x 4 = 12", "Stable", "9", [
             ("SR2.1", "Complete stock condition surveys for 20% of homes in the year, keeping the five-year rolling programme on track",
              "Asset Manager", D(2026, 3, 1), "On track"),
             ("SR2.2", "Submit the Warm Homes: Social Housing Fund Wave 3 bid",
              "Sustainability Manager", D(2025, 11, 1), "Complete"),
         ]),
        ("SR3: Financial capacity",
         "Cost inflation, rent policy and interest rates reduce headroom on loan covenants and the Group's capacity to invest.",
         "Chief Financial Officer", "4 x 5 = 20",
         "Treasury management policy; monthly management accounts; covenant monitoring; Golden Rules set by Board.",
         "3 x 4 = 12", "Increasing", "8", [
             ("SR3.1", "Refresh business plan stress testing, including a combined downside scenario, for Board approval",
              "Director of Finance", D(2026, 2, 1), "On track"),
             ("SR3.2", "Deliver £1.2m of efficiency savings in the 2025/26 budget",
              "Executive Leadership Team", D(2026, 3, 1), "Delayed"),
         ]),
        ("SR4: Consumer standards and customer voice",
         "Failure to meet the Regulator of Social Housing consumer standards or the Housing Ombudsman Complaint Handling Code leads to a regulatory judgement below C2.",
         "Executive Director of Customer Services", "4 x 4 = 16",
         "Customer Voice Panel; tenant satisfaction measures reported quarterly; complaints performance to Board.",
         "2 x 4 = 8", "Decreasing", "6", [
             ("SR4.1", "Complete a self-assessment against the Transparency, Influence and Accountability Standard and report it to Board",
              "Head of Customer Experience", D(2025, 12, 1), "Overdue"),
             ("SR4.2", "Review complaint handling against the Housing Ombudsman Complaint Handling Code",
              "Complaints Manager", "Ongoing", "On track"),
         ]),
        ("SR5: Cyber security and data",
         "A cyber attack or data breach disrupts services and exposes customer data.",
         "Chief Financial Officer", "4 x 5 = 20",
         "Managed firewall and endpoint protection; staff training; business continuity plan.",
         "2 x 5 = 10", "Stable", "8", [
             ("SR5.1", "Achieve Cyber Essentials Plus recertification",
              "Head of ICT", D(2026, 6, 1), "Not started"),
         ]),
    ]
    status_fill = {"Complete": "blue", "On track": "green", "Delayed": "amber", "Overdue": "red", "Not started": None}

    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "Futures Housing Group – Strategic Risk Register 2025/26"
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Report to Board, 26 February 2026 – position at 31 January 2026"
    sm["A2"].font = Font(italic=True)
    hdr = ["Risk", "Risk owner", "Inherent score", "Residual score", "Trend", "Target score"]
    for c, h in enumerate(hdr, 1):
        sm.cell(4, c, h).font = WHITE_BOLD
        sm.cell(4, c).fill = FILL["navy"]
    for i, rk in enumerate(risks, 5):
        for c, v in enumerate((rk[0], rk[2], rk[3], rk[5], rk[6], rk[7]), 1):
            sm.cell(i, c, v).border = BOX
    for col, w in zip("ABCDEF", (46, 38, 15, 15, 12, 12)):
        sm.column_dimensions[col].width = w

    ws = wb.create_sheet("Register")
    ws["A1"] = "Futures Housing Group – Strategic Risk Register 2025/26"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Owner: Chief Executive. Reviewed by ELT 10 February 2026; Audit and Risk Committee 17 February 2026."
    hdr = ["Risk", "Cause, event and consequence", "Risk owner", "Inherent score (L x I)",
           "Key controls in place", "Residual score (L x I)", "Trend", "Target score",
           "Ref", "Further actions to reduce the risk", "Action owner", "Due", "Status"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(4, c, h)
        cell.font = WHITE_BOLD
        cell.fill = FILL["navy"]
        cell.alignment = WRAP
    for col, w in zip("ABCDEFGHIJKLM", (26, 45, 24, 11, 40, 11, 10, 8, 8, 50, 28, 10, 12)):
        ws.column_dimensions[col].width = w
    r = 5
    for rk in risks:
        first = r
        for ref, act, owner, due, st in rk[8]:
            ws.cell(r, 9, ref)
            ws.cell(r, 10, act)
            ws.cell(r, 11, owner)
            c = ws.cell(r, 12, due)
            if isinstance(due, dt.datetime):
                c.number_format = "mmm-yy"
            s = ws.cell(r, 13, st)
            if status_fill[st]:
                s.fill = FILL[status_fill[st]]
            ws.row_dimensions[r].height = 40
            r += 1
        for c, v in enumerate(rk[:8], 1):
            ws.cell(first, c, v)
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=c, end_row=r - 1, end_column=c)
        ws.cell(first, 1).font = BOLD
        boxed(ws, first, r - 1, 1, 13)

    key = wb.create_sheet("Scoring and key")
    key["A1"] = "Risk scoring"
    key["A1"].font = BOLD
    key["A2"] = "Score = Likelihood (1–5) x Impact (1–5). 15–25 High; 8–12 Medium; 1–6 Low."
    key["A4"] = "Action status"
    key["A4"].font = BOLD
    for i, (st, txt) in enumerate([("Complete", "Action completed"),
                                   ("On track", "Will be delivered by the due date"),
                                   ("Delayed", "Behind plan; revised timescale being agreed"),
                                   ("Overdue", "Past due date and not complete"),
                                   ("Not started", "Not yet started")], 5):
        key.cell(i, 1, st)
        if status_fill[st]:
            key.cell(i, 1).fill = FILL[status_fill[st]]
        key.cell(i, 2, txt)
    key.column_dimensions["A"].width = 14
    key.column_dimensions["B"].width = 50
    wb.save(out("os2-futures-housing-group-strategic-risk-register-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_text(cell, text, bold=False, size=9, strike_first=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)
    return cell


def doc_base():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    return doc


HEX = {"red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "0070C0"}


# ---------------------------------------------------------------------------
# 4. Durham Constabulary - custody inspection action plan (docx)
# ---------------------------------------------------------------------------
def durham():
    doc = doc_base()
    p = doc.add_paragraph()
    r = p.add_run("Durham Constabulary")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_heading("Joint HMICFRS and HMI Prisons inspection of police custody suites – Action Plan", level=1)
    doc.add_paragraph("Report on an unannounced inspection visit to police custody suites in Durham, "
                      "published February 2025. This plan sets out the force’s response to the two causes of "
                      "concern, their recommendations and the areas for improvement.")
    doc.add_paragraph("Document control").runs[0].bold = True
    t = doc.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate([("Owner", "Chief Superintendent, Criminal Justice and Custody"),
                                ("Governance", "Custody Oversight Board (monthly); Joint Audit Committee (quarterly)"),
                                ("Version", "1.4"),
                                ("Last updated", "6 October 2025"),
                                ("Protective marking", "OFFICIAL")]):
        set_text(t.cell(i, 0), a, bold=True)
        set_text(t.cell(i, 1), b)

    doc.add_heading("Causes of concern and recommendations", level=2)
    hdr = ["Ref", "Recommendation", "Action", "Lead", "Target date", "Progress", "RAG"]
    coc = [
        ("Cause of concern 1: Governance of the use of force in custody was weak. Not all incidents were recorded, "
         "and the force could not be assured that force used on detainees was proportionate and necessary.",
         "The force should ensure that all use of force in custody is recorded accurately, and that its use is reviewed to make sure it is proportionate and justified.",
         [("1.1", "Issue a custody-specific use of force recording briefing to all custody sergeants and detention officers.",
           "Custody Inspector (Quality Assurance)", "31/03/2025",
           "Briefing issued 12 March 2025; recording compliance rose from 61% to 88%.", "Complete"),
          ("1.2", "Introduce a monthly dip sample of 20 use of force incidents in custody, including CCTV review, reported to the Custody Oversight Board.",
           "T/Superintendent Criminal Justice", "30/06/2025",
           "Dip sampling in place since May 2025; findings reported monthly.", "Green")]),
        ("Cause of concern 2: Arrangements for detainees at risk of self-harm were not always sufficient. "
         "Observation levels did not always reflect the identified risk and rousing checks were not always meaningful.",
         "The force should ensure that risk assessments are thorough, that observation levels are appropriate to the identified risk and that rousing checks are carried out properly.",
         [("2.1", "Refresh risk assessment and rousing training for all custody staff through the 2025 custody CPD days.",
           "Custody Training Lead", "30/09/2025 – revised to 30/11/2025",
           "Four of six CPD days delivered; remaining two rescheduled to November 2025.", "Amber"),
          ("2.2", "Replace the cell call and ligature point fittings identified in the ligature audit at Peterlee and Darlington.",
           "Head of Estates and Facilities", "31/12/2025",
           "Peterlee complete; Darlington works awaiting contractor date.", "Amber")]),
    ]
    nrows = 1 + sum(1 + len(c[2]) for c in coc)
    t = doc.add_table(rows=nrows, cols=7)
    t.style = "Table Grid"
    for j, h in enumerate(hdr):
        set_text(t.cell(0, j), h, bold=True)
        shade(t.cell(0, j), "BDD7EE")
    i = 1
    for concern, rec, acts in coc:
        m = t.cell(i, 0).merge(t.cell(i, 6))
        set_text(m, concern, bold=True)
        shade(m, "F2F2F2")
        i += 1
        first = i
        for ref, act, lead, due, prog, rag in acts:
            set_text(t.cell(i, 0), ref)
            set_text(t.cell(i, 2), act)
            set_text(t.cell(i, 3), lead)
            set_text(t.cell(i, 4), due)
            set_text(t.cell(i, 5), prog)
            set_text(t.cell(i, 6), rag, bold=True)
            shade(t.cell(i, 6), HEX["blue" if rag == "Complete" else rag.lower()])
            i += 1
        m = t.cell(first, 1).merge(t.cell(i - 1, 1))
        set_text(m, rec)

    doc.add_heading("Areas for improvement", level=2)
    hdr = ["AFI", "Area for improvement", "Action", "Lead", "Target date", "Progress", "RAG"]
    afis = [
        ("Leadership, accountability and partnerships", [
            ("AFI 1", "The force should ensure that there are enough custody staff to meet demand at peak times.",
             "Complete a custody demand and staffing review, including detention officer shift patterns, and present options to the Chief Officer Group.",
             "Chief Inspector, Custody", "30/09/2025",
             "Review delayed by the force operating model changes; options paper now expected January 2026.", "Red"),
        ]),
        ("Pre-custody: first point of contact", [
            ("AFI 2", "The force should improve the recording of the reasons for, and the necessity of, arrest.",
             "Add a mandatory necessity field to the Niche arrest record and monitor completion through the monthly custody performance report.",
             "Head of Criminal Justice / Niche Business Lead", "31/05/2025",
             "Field live from 19 May 2025; 97% completion in September.", "Complete"),
        ]),
        ("In the custody suite: booking in, individual needs and legal rights", [
            ("AFI 3", "The force should ensure that detainees’ privacy is protected at the booking-in desks.",
             "Install privacy screens and acoustic panels at the booking-in desks at Peterlee and Darlington.",
             "Head of Estates and Facilities", "Q4 2025/26",
             "Design agreed; installation planned for February 2026.", "Amber"),
            ("AFI 4", "The force should make sure that appropriate adults are available promptly to support vulnerable adults, including out of hours.",
             "Work with the Office of the Police, Crime and Victims’ Commissioner to recommission the appropriate adult service with out-of-hours cover.",
             "Criminal Justice Partnership Manager", "April 2026",
             "Specification agreed; tender published September 2025.", "Green"),
        ]),
        ("In the custody cell: safeguarding and health care", [
            ("AFI 5", "The force and its health care provider should ensure that medicines are administered and recorded safely.",
             "Agree a joint medicines management audit with the health care provider, reported to the Custody Oversight Board.",
             "Custody Health Care Contract Manager", "Quarterly",
             "First joint audit completed in July 2025; no significant issues found.", "Green"),
        ]),
        ("Release and transfer from custody", [
            ("AFI 6", "The force should ensure that pre-release risk assessments are thorough and that detainees are given details of support services on release.",
             "Update the pre-release risk assessment template and produce a release leaflet listing local support services, including an easy read version.",
             "Custody Inspector (Quality Assurance)", "31/08/2025",
             "New template and leaflet in use in all suites since 4 August 2025.", "Complete"),
        ]),
    ]
    nrows = 1 + sum(1 + len(a[1]) for a in afis)
    t = doc.add_table(rows=nrows, cols=7)
    t.style = "Table Grid"
    for j, h in enumerate(hdr):
        set_text(t.cell(0, j), h, bold=True)
        shade(t.cell(0, j), "BDD7EE")
    i = 1
    for section, rows in afis:
        m = t.cell(i, 0).merge(t.cell(i, 6))
        set_text(m, section, bold=True)
        shade(m, "F2F2F2")
        i += 1
        for ref, afi, act, lead, due, prog, rag in rows:
            for j, v in enumerate((ref, afi, act, lead, due, prog)):
                set_text(t.cell(i, j), v)
            set_text(t.cell(i, 6), rag, bold=True)
            shade(t.cell(i, 6), HEX["blue" if rag == "Complete" else rag.lower()])
            i += 1

    doc.add_paragraph()
    doc.add_paragraph("RAG status key").runs[0].bold = True
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for k, (w, d) in enumerate([("Complete", "Action completed and evidence of impact provided"),
                                ("Green", "On track to be completed by the target date"),
                                ("Amber", "Some delay; action expected to be completed with revised timescale"),
                                ("Red", "Significant delay or barrier; escalated to the Custody Oversight Board")]):
        set_text(t.cell(k, 0), w, bold=True)
        shade(t.cell(k, 0), HEX["blue" if w == "Complete" else w.lower()])
        set_text(t.cell(k, 1), d)
    doc.save(out("os2-durham-constabulary-custody-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Teesside University - Board of Governors action log (docx)
# ---------------------------------------------------------------------------
def teesside():
    doc = doc_base()
    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate([("Paper", "BG/25/72"),
                                ("Report of", "University Secretary"),
                                ("Purpose", "For information and noting")]):
        set_text(t.cell(i, 0), a, bold=True, size=10)
        set_text(t.cell(i, 1), b, size=10)
    doc.add_paragraph()
    doc.add_heading("Teesside University Board of Governors – Action Log", level=1)
    doc.add_paragraph("Status of actions as at 24 November 2025, for the meeting on 4 December 2025")
    hdr = ["Minute ref", "Action", "Owner", "Deadline", "Update", "Status"]
    meetings = [
        ("Meeting held on 26 March 2025", [
            ("25/14", "Bring a paper on the sector financial sustainability outlook and the University’s response to the OfS report to a future meeting.",
             "Chief Financial Officer", ("July 2025", "October 2025"),
             "Paper considered at the October meeting alongside the 2024/25 outturn.", "Complete"),
            ("25/17", "Provide governors with a briefing on the Teesside Freeport and Net Zero Teesside skills partnership.",
             "PVC (Enterprise and Business Engagement)", "June 2025",
             "Briefing postponed; to be delivered at the Board Development Day on 22 January 2026.", "Overdue"),
        ]),
        ("Meeting held on 15 July 2025", [
            ("25/38", "Circulate the final Access and Participation Plan monitoring return to governors before submission to the OfS.",
             "PVC (Education) / Director of Student Success", "31/08/2025",
             "Circulated by email on 22 August 2025.", "Complete"),
            ("25/41", "Arrange cyber security training for all governors, delivered by Jisc.",
             "University Secretary", "December 2025",
             "Session booked for 4 December 2025, before the Board meeting.", "On track"),
            ("25/44", "Report the outcome of the Estates Masterplan phase 2 procurement to the Finance and General Purposes Committee.",
             "Director of Estates and Facilities", "November 2025",
             "Procurement extended by four weeks; report may slip to the February 2026 committee.", "At risk"),
        ]),
        ("Meeting held on 8 October 2025", [
            ("25/57", "Include benchmarking of international student recruitment against the University’s comparator group in the next KPI report.",
             "Deputy Vice-Chancellor; Director of Strategic Planning", "4 December 2025",
             "Included in the KPI report at item 9.", "On track"),
            ("25/59", "Review the Board skills matrix and recommend recruitment priorities for the 2026 governor vacancies to the Nominations Committee.",
             "Clerk to the Board", "January 2026",
             "Skills survey issued to governors on 3 November 2025.", "On track"),
            ("25/62", "Update the Prevent risk assessment following the OfS monitoring feedback and bring it to the Audit and Risk Committee.",
             "University Secretary", "Next ARC meeting",
             "Draft prepared; scheduled for the Audit and Risk Committee in February 2026.", "On track"),
            ("25/63", "Provide a written update on the student mental health partnership with Tees, Esk and Wear Valleys NHS Foundation Trust.",
             "PVC (Education)", "TBC",
             "", ""),
        ]),
    ]
    colour = {"Complete": "blue", "On track": "green", "At risk": "amber", "Overdue": "red"}
    nrows = 1 + sum(1 + len(m[1]) for m in meetings)
    t = doc.add_table(rows=nrows, cols=6)
    t.style = "Table Grid"
    for j, h in enumerate(hdr):
        set_text(t.cell(0, j), h, bold=True)
        shade(t.cell(0, j), "4F2D7F")
        t.cell(0, j).paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    i = 1
    for meeting, acts in meetings:
        m = t.cell(i, 0).merge(t.cell(i, 5))
        set_text(m, meeting, bold=True)
        shade(m, "E7E6E6")
        i += 1
        for ref, act, owner, due, upd, st in acts:
            set_text(t.cell(i, 0), ref)
            set_text(t.cell(i, 1), act)
            set_text(t.cell(i, 2), owner)
            if isinstance(due, tuple):
                c = t.cell(i, 3)
                c.text = ""
                para = c.paragraphs[0]
                old = para.add_run(due[0])
                old.font.strike = True
                old.font.size = Pt(9)
                new = c.add_paragraph().add_run(due[1])
                new.font.size = Pt(9)
            else:
                set_text(t.cell(i, 3), due)
            set_text(t.cell(i, 4), upd)
            set_text(t.cell(i, 5), st, bold=True)
            if st:
                shade(t.cell(i, 5), HEX[colour[st]])
            i += 1
    doc.add_paragraph()
    doc.add_paragraph("Status key: Complete (blue) – action completed, proposed for closure; On track (green) – "
                      "deadline not yet reached; At risk (amber) – deadline may be missed; Overdue (red) – deadline passed.")
    doc.add_paragraph("Actions marked Complete will be removed from the log once noted by the Board.")
    doc.save(out("os2-teesside-university-board-of-governors-action-log.docx"))


# ---------------------------------------------------------------------------
# 6. Cleveland Fire Brigade - Corporate Risk Register 2025/26 (csv, typo month -> refuse)
# ---------------------------------------------------------------------------
def cleveland():
    import csv
    import io
    rows = [
        ["Cleveland Fire Brigade - Corporate Risk Register 2025/26"] + [""] * 10,
        ["Quarter 2 position - reported to the Audit and Governance Committee, November 2025"] + [""] * 10,
        [""] * 11,
        ["Risk Ref", "Risk Area", "Risk Description", "Risk Owner", "Residual Score", "Direction",
         "Action Ref", "Further Mitigating Action", "Action Owner", "Target Date", "Progress"],
        ["CR1", "Financial sustainability",
         "Insufficient funding from government grant and council tax, combined with pay and pension pressures, results in the Authority being unable to set a balanced budget over the medium term",
         "Director of Corporate Services", "16", "Stable",
         "CR1.1", "Refresh the Medium Term Financial Strategy with revised pay award and pension assumptions",
         "Treasurer", "Dec-2025", "On target"],
        ["", "", "", "", "", "",
         "CR1.2", "Respond to the fire funding formula consultation, jointly with the North East fire authorities",
         "Chief Fire Officer", "Feb-2026", "On target"],
        ["CR2", "Workforce",
         "Inability to recruit and retain on-call firefighters reduces appliance availability at on-call stations",
         "Director of People and Organisational Development", "12", "Increasing",
         "CR2.1", "Launch the autumn on-call recruitment campaign with targeted engagement in Guisborough and Loftus",
         "Head of HR", "Oct-2025", "Complete"],
        ["", "", "", "", "", "",
         "CR2.2", "Implement the remaining HMICFRS values and culture recommendations, including a confidential reporting line",
         "Director of People and Organisational Development / Head of Organisational Development", "Mar-2026", "On target"],
        ["CR3", "Operational response",
         "Failure or extended outage of the mobilising system delays the mobilisation of resources to emergencies",
         "Director of Operations", "15", "Stable",
         "CR3.1", "Complete the mobilising system software upgrade and failover testing",
         "Head of Control", "Jan-2026", "Behind target"],
        ["", "", "", "", "", "",
         "CR3.2", "Test the secondary control arrangements with a live exercise at the fallback site",
         "Station Manager, Control", "Nov-2O25", "On target"],
        ["CR4", "Information security",
         "A cyber attack compromises Brigade systems and data, disrupting service delivery",
         "Director of Corporate Services", "12", "Decreasing",
         "CR4.1", "Run quarterly phishing simulation exercises and targeted follow-up training for all staff",
         "ICT Manager", "Quarterly", "On target"],
        ["CR5", "Estates",
         "Deterioration of the station estate, including the presence of RAAC, leads to loss of facilities",
         "Director of Corporate Services", "9", "Decreasing",
         "CR5.1", "Complete structural surveys for RAAC at all pre-1990 stations and act on the findings",
         "Estates Manager", "Sep-2025", "Complete"],
        [""] * 11,
        ["Scoring: Likelihood (1-5) x Impact (1-5). High 15-25; Medium 8-12; Low 1-6."] + [""] * 10,
        ["Direction of travel shows the change in residual score since the last quarterly review."] + [""] * 10,
    ]
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    with open(out("os2-cleveland-fire-brigade-corporate-risk-register-2025-26-typo-month-refuse.csv"),
              "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. Elmhurst Lodge Care Home - CQC inspection action plan (tab-separated text)
# ---------------------------------------------------------------------------
def elmhurst():
    T = "\t"
    lines = [
        "Elmhurst Lodge Care Home - CQC Inspection Action Plan",
        "Provider: Westfield Care Homes Ltd" + T + "Registered Manager: Karen Wilson",
        "Inspection: 3 and 10 June 2025 (report published 22 July 2025). Overall rating: Requires improvement",
        "Action plan sent to CQC: 12 August 2025. Last updated: 30 October 2025",
        "",
        T.join(["Ref", "What CQC found", "Action we will take", "Who will do it", "By when", "Progress update", "RAG"]),
        "Regulation 12: Safe care and treatment" + T * 6,
        T.join(["1", "Medicines were not always managed safely. Some people's 'as required' medicines did not have protocols in place.",
                "Write PRN protocols for every person prescribed 'as required' medicines and check them at each monthly medicines audit.",
                "Clinical Lead", "31/07/2025", "All 14 PRN protocols in place; checked in the August and September audits.", "Complete"]),
        T.join(["2", "",
                "Arrange refresher medicines competency assessments for all senior carers with the pharmacy provider.",
                "Deputy Manager", "End of August 2025", "9 of 11 completed; 2 staff on long-term leave.", "A"]),
        T.join(["3", "Risks to people's skin integrity and from falls were not always assessed or reviewed.",
                "Review all falls and skin integrity risk assessments and add monthly review dates to the care planning system.",
                "Karen Wilson & Lisa Brown", "w/c 14/07/2025", "All 32 residents reviewed by 18 July 2025.", "Complete"]),
        "Regulation 17: Good governance" + T * 6,
        T.join(["4", "The provider's quality assurance systems did not identify the issues we found during the inspection.",
                "Introduce a monthly provider quality visit by the Operations Director, with a written report and action tracker.",
                "Operations Director", "Ongoing - monthly", "Visits held in August, September and October.", "G"]),
        T.join(["5", "",
                "Replace paper audits with the electronic audit module in the care planning system.",
                "Registered Manager / Administrator", "30/11/2025", "Module installed; staff training booked for November.", "A"]),
        T.join(["6", "Care records were not always accurate or complete.",
                "Carry out a full audit of care plans and daily notes and correct any gaps found.",
                "Registered Manager", "September 2025", "Audit 60% complete; delayed by manager annual leave.", "R"]),
        "Regulation 18: Staffing" + T * 6,
        T.join(["7", "Not all staff had completed mandatory training, including moving and handling and dementia awareness.",
                "Book all outstanding mandatory training and monitor compliance weekly until 95% is reached.",
                "Deputy Manager", "By 31 October 2025", "Compliance 93% at 27 October 2025.", "G"]),
        T.join(["8", "",
                "Introduce a supervision planner so that every member of staff receives supervision at least every 8 weeks.",
                "Karen Wilson", "December 2025", "Not started - planner template being agreed with the provider.", ""]),
        "",
        "RAG key: Complete = action completed and checked; G = on track; A = in progress with some delay; R = overdue",
        "Signed: Karen Wilson, Registered Manager" + T + "Date: 30/10/2025",
    ]
    with open(out("os2-elmhurst-lodge-care-home-cqc-inspection-action-plan.txt"), "w",
              encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    elht()
    darlington()
    futures()
    durham()
    teesside()
    cleveland()
    elmhurst()
    print("built 7 files in", HERE)
