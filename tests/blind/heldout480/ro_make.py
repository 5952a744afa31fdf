"""Build the seven `ro-` blind test files of set heldout480.

Run with: /work/main/.venv/bin/python ro_make.py
Writes the data files beside this script (xlsx with openpyxl, docx with python-docx,
csv/txt written directly). The plan content is kept in the PLANS structures below so
that each file's text is stated once.
"""
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "blue": "FF0070C0",
    "green": "FF00B050",
    "amber": "FFFFC000",
    "red": "FFFF0000",
    "grey": "FFD9D9D9",
    "head": "FF1F3864",
    "band": "FFDDEBF7",
}
THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(c):
    return PatternFill("solid", fgColor=FILL[c])


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Libraries NI - NIAO Report to Those Charged with Governance tracker (xlsx)
# ---------------------------------------------------------------------------
LNI_TITLE = "Libraries NI – NIAO Report to Those Charged with Governance: Recommendations Tracker"
LNI_BAND1 = "2022-23 Report to Those Charged with Governance (issued October 2023)"
LNI_BAND2 = "2023-24 Report to Those Charged with Governance (issued November 2024)"
LNI_REC = {
    "a": "Libraries NI should reconcile the fixed asset register to the general ledger at least quarterly and investigate differences promptly.",
    "b": "Libraries NI should ensure that all staff with procurement responsibilities complete mandatory procurement training and that all single tender actions are reported to the Audit and Risk Assurance Committee.",
    "c": "Libraries NI should extend its annual declaration of interests exercise to senior staff below Board level and publish the register.",
    "d": "Libraries NI should review its payroll controls so that all changes to employee standing data are independently checked before payment is made.",
    "e": "Libraries NI should put in place an ICT disaster recovery plan and test it at least annually.",
    "f": "Libraries NI should ensure that the contract for library management system support is re-tendered before the current extension expires.",
    "g": "Management should ensure that the draft Annual Report and Accounts are subject to a documented quality review before they are submitted for audit.",
}
# (ref, priority, rec key, action, lead cell, lead list, original date, revised cell, update, fill, end)
LNI_ROWS = [
    ("band", LNI_BAND1),
    ("1", "Priority 2", "a",
     "Fixed asset register to be reconciled to the general ledger each quarter, with the reconciliation reviewed and signed off by the Head of Finance.",
     "Head of Finance", ["Head of Finance"], d(2024, 3, 31), "N/A",
     "Reconciliation completed at 31 March 2024 and each quarter since. Recommendation implemented.",
     "blue", "2024-03"),
    ("2", "Priority 2", "b",
     "Procurement training module to be made mandatory for all budget holders; a quarterly report of single tender actions to be presented to ARAC.",
     "Director of Business Support / Procurement Manager", ["Director of Business Support", "Procurement Manager"],
     d(2024, 3, 31), d(2025, 6, 30),
     "STA reporting to ARAC in place from June 2024. Training completion at 78%; remaining budget holders to complete by June 2025.",
     "amber", "2025-06"),
    ("3", "Priority 3", "c",
     "Annual declarations of interest to be completed by all staff at Head of Service level and above, and the register published on the Libraries NI website.",
     "Head of Corporate Governance", ["Head of Corporate Governance"], d(2024, 9, 30), None,
     "Declarations returned by all 14 senior staff; register published September 2024.",
     "blue", "2024-09"),
    ("band", LNI_BAND2),
    ("1", "Priority 1", "d",
     "Independent check of all payroll standing data changes by a second officer in HR, evidenced by signature, before each monthly payroll run.",
     "Head of Human Resources", ["Head of Human Resources"], d(2024, 12, 31), None,
     "Interim second-officer checks introduced from the December 2024 payroll. Written procedure in draft.",
     "green", "2024-12"),
    ("2a", "Priority 2", "e",
     "Develop and approve an ICT Disaster Recovery Plan aligned to the corporate Business Continuity Plan.",
     "Head of ICT", ["Head of ICT"], d(2025, 3, 31), None,
     "Draft plan prepared with the Business Continuity Officer; for SMT approval March 2025.",
     "green", "2025-03"),
    ("2b", "Priority 2", "e",
     "Carry out a full test of the ICT Disaster Recovery Plan and report the outcome to ARAC.",
     "Head of ICT; Business Continuity Officer", ["Head of ICT", "Business Continuity Officer"], d(2025, 9, 30), None,
     "Not yet due – test to follow approval of the plan.",
     None, "2025-09"),
    ("3", "Priority 2", "f",
     "Re-tender the library management system support contract through CPD, with the new contract in place before the extension expires.",
     "Director of Library Services", ["Director of Library Services"], d(2024, 10, 31), "31 May 2025",
     "Tender documents finalised with CPD, but publication is held pending DfC approval of the business case. Revised date at risk.",
     "red", "2025-05"),
    ("4", "Priority 3", "g",
     "Introduce a quality review checklist and a senior review by the Director of Business Support before the draft accounts are submitted to NIAO.",
     "Head of Finance", ["Head of Finance"], d(2025, 5, 31), None,
     "Checklist drafted; will be used for the 2024-25 accounts.",
     "green", "2025-05"),
]


def make_libraries_ni(path):
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = LNI_TITLE
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Audit and Risk Assurance Committee – 11 February 2025"
    cov["A3"] = "Position as at 31 January 2025"
    cov["A5"] = "Priority ratings (as used by NIAO)"
    cov["A5"].font = Font(bold=True)
    pri = [
        ("Priority 1", "Issues of significant importance; failure to address them may result in a material weakness in internal control."),
        ("Priority 2", "Important issues which should be addressed by management in their areas of responsibility."),
        ("Priority 3", "Issues which would, if corrected, improve internal control in general but are not vital to the overall system."),
    ]
    for i, (a, b) in enumerate(pri, start=6):
        cov.cell(i, 1, a)
        cov.cell(i, 2, b).alignment = WRAP
    cov["A10"] = "RAG status key"
    cov["A10"].font = Font(bold=True)
    key = [("blue", "Recommendation implemented"),
           ("green", "Action on track to be implemented by the target date"),
           ("amber", "Progress made but target date revised / implementation delayed"),
           ("red", "Not implemented – target date passed or at risk"),
           (None, "No colour – action not yet due / not started")]
    for i, (c, t) in enumerate(key, start=11):
        cell = cov.cell(i, 1)
        if c:
            cell.fill = fill(c)
        cell.border = BOX
        cov.cell(i, 2, t)
    cov["A17"] = "Prepared by: Head of Finance, Libraries NI"
    cov.column_dimensions["A"].width = 16
    cov.column_dimensions["B"].width = 95

    ws = wb.create_sheet("Tracker")
    ws.merge_cells("A1:I1")
    ws["A1"] = LNI_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Position as at 31 January 2025"
    heads = ["Ref", "Priority", "NIAO Recommendation", "Management Response / Agreed Action",
             "Responsible Officer", "Original Target Date", "Revised Target Date",
             "Progress Update (January 2025)", "RAG"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("head")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    prev_rec = None
    rec_start = None
    spans = {}
    for row in LNI_ROWS:
        if row[0] == "band":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            c = ws.cell(r, 1, row[1])
            c.font = Font(bold=True)
            c.fill = fill("band")
            r += 1
            prev_rec = None
            continue
        ref, prio, rk, action, lead, _leads, orig, rev, upd, rag, _end = row
        if rk == prev_rec:
            # same recommendation continues: Priority and Recommendation cells merged below
            spans[rec_start] = r
        else:
            ws.cell(r, 2, prio)
            ws.cell(r, 3, LNI_REC[rk])
            rec_start = r
        prev_rec = rk
        ws.cell(r, 1, ref)
        ws.cell(r, 4, action)
        ws.cell(r, 5, lead)
        c = ws.cell(r, 6, orig)
        c.number_format = "dd/mm/yyyy"
        if rev is not None:
            c = ws.cell(r, 7, rev)
            if isinstance(rev, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        ws.cell(r, 8, upd)
        if rag:
            ws.cell(r, 9).fill = fill(rag)
        for j in range(1, 10):
            ws.cell(r, j).alignment = WRAP
            ws.cell(r, j).border = BOX
        r += 1
    for a, b in spans.items():
        ws.merge_cells(start_row=a, start_column=2, end_row=b, end_column=2)
        ws.merge_cells(start_row=a, start_column=3, end_row=b, end_column=3)
    r += 1
    ws.cell(r, 1, "Note: Priority 1 recommendations are also reported quarterly to the DfC Sponsor Branch.")
    widths = [6, 11, 48, 52, 26, 13, 13, 46, 8]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(j)].width = w
    ws.freeze_panes = "A5"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of recommendations by RAG status"
    sm["A1"].font = Font(bold=True)
    rows = [("RAG status", "2022-23", "2023-24", "Total"),
            ("Blue – implemented", 2, 0, 2),
            ("Green – on track", 0, 3, 3),
            ("Amber – delayed", 1, 0, 1),
            ("Red – overdue / at risk", 0, 1, 1),
            ("Not yet due", 0, 1, 1),
            ("Total", 3, 5, 8)]
    for i, rr in enumerate(rows, start=3):
        for j, v in enumerate(rr, start=1):
            c = sm.cell(i, j, v)
            c.border = BOX
            if i in (3, 9):
                c.font = Font(bold=True)
    sm.column_dimensions["A"].width = 26
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Orkney Islands Council - St Rognvald House care home, Care Inspectorate (xlsx)
# ---------------------------------------------------------------------------
SRH_TITLE = "St Rognvald House Care Home – Care Inspectorate Improvement Plan"
SRH_KQ1 = "Key Question 1: How well do we support people's wellbeing?"
SRH_KQ2 = "Key Question 2: How good is our leadership?"
SRH_KQ3 = "Key Question 3: How good is our staff team?"
SRH_REQ = {
    "R1": "Requirement 1: By 31 January 2025, the provider must ensure that medication is managed safely and in a way that meets people's needs. To do this, the provider must, at a minimum: a) ensure 'as required' medication protocols are in place and reviewed; b) ensure medication administration records are accurately completed; and c) carry out regular audits of medication practice.",
    "R2": "Requirement 2: By 28 February 2025, the provider must ensure that quality assurance processes are effective in identifying and addressing areas for improvement, including a service improvement plan that is informed by the views of people and their families.",
    "AFI1": "Area for improvement 1: To support good outcomes for people, the manager should ensure that accidents and incidents are analysed to identify trends and that learning is shared with staff.",
    "R3": "Requirement 3: By 31 March 2025, the provider must ensure that staff are supported to develop their skills through regular supervision and training, including dementia training at the 'Skilled' level of Promoting Excellence.",
    "AFI2": "Area for improvement 2: The provider should ensure that staffing levels and skill mix are assessed regularly using a recognised tool, taking account of people's changing needs.",
}
# (ref, req key, action, lead cell, leads, timescale cell, end, end_text, prev, cur, update)
SRH_ROWS = [
    ("band", SRH_KQ1),
    ("R1.1", "R1",
     "Review all 'as required' (PRN) protocols with the GP practice and community pharmacist, and record the outcome in each person's care plan.",
     "Depute Manager", ["Depute Manager"], d(2025, 1, 31), "2025-01", None, "A", "B",
     "All 31 PRN protocols reviewed with Skerryvore Practice; care plans updated."),
    ("R1.2", "R1",
     "Introduce weekly MAR chart checks by the senior on shift, with any errors escalated to the manager the same day.",
     "Senior Social Care Workers", ["Senior Social Care Workers"], "Ongoing", None, "Ongoing", "A", "G",
     "Weekly checks in place since December; two recording errors found and addressed."),
    ("R1.3", "R1",
     "Complete a monthly medication audit using the partnership audit tool and share the findings at the team meeting.",
     "Registered Manager", ["Registered Manager"], d(2025, 2, 28), "2025-02", None, "G", "G",
     "December and January audits completed; February audit due."),
    ("band", SRH_KQ2),
    ("R2.1", "R2",
     "Develop a quality assurance calendar covering care plans, falls, nutrition, infection prevention and control and the environment.",
     "Registered Manager", ["Registered Manager"], d(2024, 12, 31), "2024-12", None, "B", "B",
     "Calendar in use from December 2024."),
    ("R2.2", "R2",
     "Hold quarterly relatives' meetings and use their feedback, together with residents' views, to update the service improvement plan.",
     "Registered Manager & Activities Co-ordinator", ["Registered Manager", "Activities Co-ordinator"],
     "January – June 2025", "2025-06", "January – June 2025", "A", "A",
     "First relatives' meeting held 22 January 2025 (9 attended). Residents' meeting planned for March."),
    ("AFI1.1", "AFI1",
     "Introduce a monthly falls and incidents analysis, reviewed at the Clinical and Care Governance Group, with a 'learning from incidents' item on every team meeting agenda.",
     "Depute Manager", ["Depute Manager"], d(2025, 3, 31), "2025-03", None, None, "G",
     "Analysis template agreed; first report to CCGG in March."),
    ("band", SRH_KQ3),
    ("R3.1", "R3",
     "Produce a supervision schedule so that every member of staff has supervision at least every eight weeks, recorded on the supervision tracker.",
     "Registered Manager / Depute Manager", ["Registered Manager", "Depute Manager"], d(2025, 1, 31), "2025-01", None, "A", "R",
     "Only 46% of staff supervised within eight weeks owing to vacancies and sickness absence. Escalated to Service Manager."),
    ("R3.2", "R3",
     "Arrange Promoting Excellence 'Skilled' level dementia training for all care staff through the NES modules and the Learning and Development Team.",
     "Learning and Development Officer", ["Learning and Development Officer"], d(2025, 3, 31), "2025-03", None, "R", "A",
     "Two cohorts booked; 19 of 42 staff completed."),
    ("AFI2.1", "AFI2",
     "Carry out a monthly dependency assessment using the IoRN2 tool and review the rota against the results, recording the decisions taken.",
     "Service Manager (Residential Care)", ["Service Manager (Residential Care)"], d(2025, 4, 30), "2025-04", None, None, "G",
     "IoRN2 training for seniors completed February 2025."),
]
RAGCOL = {"R": "red", "A": "amber", "G": "green", "B": "blue"}


def make_st_rognvald(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws.merge_cells("A1:H1")
    ws["A1"] = SRH_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Orkney Health and Care – Orkney Islands Council"
    ws["A3"] = "Unannounced inspection 14–16 October 2024 · Report published 18 November 2024 · Plan last updated 24 February 2025"
    heads = ["Ref", "Requirement / Area for improvement", "Action", "Lead", "Timescale",
             "Previous RAG", "Current RAG", "Progress update"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True)
        c.fill = fill("grey")
        c.border = BOX
        c.alignment = WRAP
    r = 6
    prev = None
    start = None
    spans = {}
    for row in SRH_ROWS:
        if row[0] == "band":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            c = ws.cell(r, 1, row[1])
            c.font = Font(bold=True, color="FFFFFFFF")
            c.fill = fill("head")
            r += 1
            prev = None
            continue
        ref, rk, action, lead, _l, ts, _e, _et, pv, cu, upd = row
        if rk == prev:
            spans[start] = r
        else:
            ws.cell(r, 2, SRH_REQ[rk])
            start = r
        prev = rk
        ws.cell(r, 1, ref)
        ws.cell(r, 3, action)
        ws.cell(r, 4, lead)
        c = ws.cell(r, 5, ts)
        if isinstance(ts, dt.datetime):
            c.number_format = "dd/mm/yyyy"
        if pv:
            c = ws.cell(r, 6, pv)
            c.fill = fill(RAGCOL[pv])
        c = ws.cell(r, 7, cu)
        c.fill = fill(RAGCOL[cu])
        c.font = Font(bold=True)
        ws.cell(r, 8, upd)
        for j in range(1, 9):
            ws.cell(r, j).alignment = WRAP
            ws.cell(r, j).border = BOX
        for j in (6, 7):
            ws.cell(r, j).alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    for a, b in spans.items():
        ws.merge_cells(start_row=a, start_column=2, end_row=b, end_column=2)
    r += 1
    ws.cell(r, 1, "Progress against this plan is reported monthly to the Clinical and Care Governance Group and shared with the Care Inspectorate link inspector.")
    for j, w in enumerate([8, 50, 50, 24, 14, 10, 10, 42], start=1):
        ws.column_dimensions[get_column_letter(j)].width = w

    g = wb.create_sheet("Inspection grades")
    g["A1"] = "Care Inspectorate evaluations – October 2024"
    g["A1"].font = Font(bold=True)
    grades = [("Key question", "Grade"),
              ("How well do we support people's wellbeing?", "3 - Adequate"),
              ("How good is our leadership?", "2 - Weak"),
              ("How good is our staff team?", "3 - Adequate"),
              ("How good is our setting?", "4 - Good"),
              ("How well is our care and support planned?", "3 - Adequate")]
    for i, (a, b) in enumerate(grades, start=3):
        g.cell(i, 1, a).border = BOX
        g.cell(i, 2, b).border = BOX
    g["A10"] = "Requirements made: 3    Areas for improvement: 2"
    g.column_dimensions["A"].width = 48
    g.column_dimensions["B"].width = 16

    k = wb.create_sheet("RAG key")
    k["A1"] = "RAG key"
    k["A1"].font = Font(bold=True)
    for i, (l, t) in enumerate([("R", "Not on track – action required"),
                                ("A", "Progressing – some delay"),
                                ("G", "On track"),
                                ("B", "Complete")], start=2):
        c = k.cell(i, 1, l)
        c.fill = fill(RAGCOL[l])
        k.cell(i, 2, t)
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. Scottish Fire and Rescue Service - corporate risk register (xlsx, REFUSE)
# ---------------------------------------------------------------------------
SFRS_TITLE = "Scottish Fire and Rescue Service – Corporate Risk Register 2025-26"
SFRS_RISKS = [
    ("CRR1", "Financial sustainability\nThere is a risk that SFRS cannot deliver its statutory duties and strategic plan within the resources available, due to pay and non-pay inflation and a flat cash settlement.",
     "Director of Finance and Contractual Services", "4 x 4 = 16",
     "Medium-term financial strategy; monthly budget monitoring to SLT; Strategic Service Review Programme.",
     [("Deliver the 2026-27 budget savings plan and report progress monthly to the Strategic Leadership Team.", "Head of Finance and Procurement", "Mar-26"),
      ("Refresh the medium-term financial strategy to align with the outcomes of the Strategic Service Review Programme.", "Director of Finance and Contractual Services", "Jun-26")],
     "4 x 3 = 12", "↔", "Red"),
    ("CRR2", "On-Call availability\nThere is a risk that appliance availability falls below agreed levels, due to difficulties recruiting and retaining On-Call firefighters.",
     "Deputy Chief Officer", "4 x 4 = 16",
     "On-Call Improvement Programme; availability dashboard; crewing flexibility procedures.",
     [("Run the spring On-Call recruitment campaign targeted at the 40 stations with the lowest availability.", "Area Commander, On-Call Improvement", "Apr-26"),
      ("Roll out the revised On-Call availability system to all North Service Delivery Area stations.", "Head of Service Delivery (North)", "Sep-26")],
     "3 x 4 = 12", "↓", "Red"),
    ("CRR3", "Estate and fleet condition\nThere is a risk that the condition of the estate (including RAAC) and an ageing fleet affects service delivery and staff safety.",
     "Director of Asset Management", "4 x 3 = 12",
     "Property condition surveys; RAAC management plan; fleet maintenance programme.",
     [("Complete RAAC remediation works at the remaining affected stations.", "Head of Property", "Dec-26"),
      ("Approve the 2026-29 fleet replacement programme at the Board.", "Head of Fleet", "Feb-26")],
     "3 x 3 = 9", "↔", "Amber"),
    ("CRR4", "Cyber security\nThere is a risk of a successful cyber-attack leading to loss of systems, including mobilising and data.",
     "Director of Strategic Planning, Performance and Communications", "3 x 5 = 15",
     "Cyber Essentials accreditation; firewalls and endpoint protection; staff e-learning.",
     [("Achieve Cyber Essentials Plus re-accreditation.", "Head of ICT", "0ct-26"),
      ("Deliver a phishing simulation exercise for all staff and report results to the Audit and Risk Assurance Committee.", "Information Security Manager", "May-26")],
     "2 x 5 = 10", "↔", "Red"),
    ("CRR5", "Firefighter contaminants\nThere is a risk to the health of operational staff from exposure to fire contaminants.",
     "Deputy Chief Officer", "3 x 4 = 12",
     "Contaminants policy; clean cab procedures; health surveillance.",
     [("Complete the installation of clean and dirty zones at all wholetime stations.", "Head of Safety and Assurance", "Mar-27")],
     "2 x 4 = 8", "↓", "Amber"),
]


def make_sfrs(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Corporate Risk Register"
    ws["A1"] = SFRS_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Reported to: Audit and Risk Assurance Committee – 4 December 2025"
    ws["A3"] = "Version 3.0 | OFFICIAL"
    heads = ["Risk ID", "Risk Title & Description", "Risk Owner", "Current Score (L x I)",
             "Key Controls", "Further Actions", "Action Owner", "Target Date",
             "Target Score", "Direction of Travel", "RAG"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = PatternFill("solid", fgColor="FFC00000")
        c.alignment = WRAP
        c.border = BOX
    r = 6
    for rid, desc, owner, score, ctrls, acts, tscore, dot, rag in SFRS_RISKS:
        first = r
        for a, ao, td in acts:
            ws.cell(r, 6, a)
            ws.cell(r, 7, ao)
            ws.cell(r, 8, td)
            r += 1
        last = r - 1
        for col, val in ((1, rid), (2, desc), (3, owner), (4, score), (5, ctrls),
                         (9, tscore), (10, dot), (11, rag)):
            ws.cell(first, col, val)
            if last > first:
                ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
        ws.cell(first, 11).fill = fill(rag.lower())
        for rr in range(first, last + 1):
            for j in range(1, 12):
                ws.cell(rr, j).alignment = WRAP
                ws.cell(rr, j).border = BOX
    for j, w in enumerate([8, 46, 24, 12, 36, 46, 26, 11, 10, 10, 8], start=1):
        ws.column_dimensions[get_column_letter(j)].width = w

    m = wb.create_sheet("Scoring Matrix")
    m["A1"] = "Risk scoring: Likelihood (1-5) x Impact (1-5)"
    m["A3"] = "1-4 Low (Green)"
    m["A4"] = "5-12 Medium (Amber)"
    m["A5"] = "15-25 High (Red)"
    m["A7"] = "Direction of travel: ↑ increasing  ↔ no change  ↓ decreasing"
    wb.save(path)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def set_text(cell, text, bold=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold


# ---------------------------------------------------------------------------
# 4. Ysgol Bro Idris - Estyn post-inspection action plan (docx)
# ---------------------------------------------------------------------------
YBI_TITLE = "Ysgol Bro Idris – Post-Inspection Action Plan"
YBI_RECS = [
    ("R1: Strengthen the quality of teaching and assessment so that all pupils make consistent progress, particularly in key stage 3",
     [("1.1", "Agree a whole-school teaching and learning framework with all staff, focusing on questioning, challenge and feedback.",
       "Deputy Headteacher (Teaching & Learning)", ["Deputy Headteacher (Teaching & Learning)"], "Autumn term 2024", "2024-12", "Autumn term 2024",
       "Framework agreed and used in all lesson planning.", "Learning walks; governors' standards sub-committee", "B"),
      ("1.2", "Introduce termly learning walks and book scrutiny by middle leaders, with findings fed back to departments within two weeks.",
       "Heads of Faculty", ["Heads of Faculty"], "Termly", None, "Termly",
       "Feedback records show consistent strengths and next steps.", "SLT line management meetings", "G"),
      ("1.3", "Provide targeted professional learning for key stage 3 teachers on planning for progression, with support from the local authority school improvement team.",
       "DHT (T&L) / Professional Learning Co-ordinator", ["DHT (T&L)", "Professional Learning Co-ordinator"], "Spring term 2025", "2025-04", "Spring term 2025",
       "Key stage 3 schemes of work show clear progression; pupils' books show progress over time.", "Link adviser visits", "A")]),
    ("R2: Improve attendance, particularly for pupils eligible for free school meals",
     [("2.1", "Appoint an attendance lead and hold weekly attendance review meetings with the Education Welfare Officer.",
       "Assistant Headteacher (Wellbeing)", ["Assistant Headteacher (Wellbeing)"], "September 2024", "2024-09", None,
       "Weekly meetings minuted; actions followed up.", "Headteacher", "B"),
      ("2.2", "Launch a ‘Bob Dydd yn Cyfrif’ (Every Day Counts) campaign with parents and carers, including rewards for improved attendance.",
       "AHT (Wellbeing) and Heads of Year", ["AHT (Wellbeing)", "Heads of Year"], "October 2024 – July 2025", "2025-07", "October 2024 – July 2025",
       "Whole-school attendance rises to at least 92%.", "Termly report to governors", "G"),
      ("2.3", "Put in place individual attendance support plans for pupils eligible for free school meals whose attendance is below 90%.",
       "Attendance Lead", ["Attendance Lead"], "Summer term 2025", "2025-07", "Summer term 2025",
       "Gap between eFSM and non-eFSM attendance narrows.", "Attendance Lead / EWO review", "A")]),
    ("R3: Sharpen self-evaluation and improvement planning so that leaders focus on the impact of provision on pupils’ learning",
     [("3.1", "Revise the self-evaluation calendar so that every faculty review draws on first-hand evidence of pupils’ learning.",
       "Headteacher", ["Headteacher"], "Autumn term 2024", "2024-12", "Autumn term 2024",
       "Faculty self-evaluation reports refer to the quality of pupils’ work.", "SLT", "B"),
      ("3.2", "Train governors on the school’s self-evaluation processes and set up a standards sub-committee that meets each half term.",
       "Headteacher / Chair of Governors", ["Headteacher", "Chair of Governors"], "31/03/2025", "2025-03", None,
       "Governors challenge leaders on standards, as shown in minutes.", "Full governing body", "G"),
      ("3.3", "Report progress against this plan to the full governing body and to the local authority.",
       "Headteacher", ["Headteacher"], "Termly", None, "Termly",
       "Governors and the local authority have an accurate view of progress.", "Chair of Governors", "G")]),
]
YBI_RAGFILL = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}


def make_bro_idris(path):
    doc = docx.Document()
    doc.add_paragraph(YBI_TITLE, style="Title")
    doc.add_paragraph("Estyn core inspection: 10–13 June 2024")
    doc.add_paragraph("Plan approved by the governing body: 8 October 2024. Progress update: 20 January 2025.")
    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Changes"]):
        set_text(c, h, bold=True)
    for row in [("1.0", "08/10/2024", "Headteacher", "Approved by governing body"),
                ("1.1", "20/01/2025", "Headteacher", "Spring term progress update (RAG added)")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_text(c, v)
    doc.add_paragraph("")
    doc.add_paragraph("RAG key: B – action complete; G – on track; A – progress slower than planned; R – significant concern.")
    for heading, actions in YBI_RECS:
        doc.add_heading(heading, level=1)
        t = doc.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead", "Timescale", "Success criteria",
                                           "Monitoring (who / how)", "RAG"]):
            set_text(c, h, bold=True)
            shade(c, "D9E2F3")
        for ref, act, lead, _l, ts, _e, _et, sc, mon, rag in actions:
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, act, lead, ts, sc, mon, rag]):
                set_text(c, v)
            shade(cells[6], YBI_RAGFILL[rag])
        doc.add_paragraph("")
    doc.add_heading("Sign-off", level=2)
    t = doc.add_table(rows=3, cols=3)
    t.style = "Table Grid"
    for i, row in enumerate([("", "Headteacher", "Chair of Governors"),
                             ("Name", "Mrs Catrin Ellis", "Mr Huw Pritchard"),
                             ("Date", "08/10/2024", "08/10/2024")]):
        for c, v in zip(t.rows[i].cells, row):
            set_text(c, v, bold=(i == 0))
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. St Kentigern Hospice - HIW inspection improvement plan (docx)
# ---------------------------------------------------------------------------
SKH_TITLE = "St Kentigern Hospice – HIW Inspection Improvement Plan"
SKH_SECTIONS = [
    ("Quality of the patient experience", [
        ("The registered manager must ensure that patient information leaflets are available in Welsh and in easy read format.",
         "Regulation 9",
         [("All patient information leaflets to be reviewed, translated into Welsh and produced in an easy read version, with stock checked monthly on the ward.",
           "Patient and Family Support Manager", ["Patient and Family Support Manager"], "31 January 2025", "2025-01", None)]),
        ("The service must ensure that the Active Offer of Welsh is made to patients on admission.",
         "Regulation 18",
         [("Add a prompt to the admission checklist to record each patient’s language preference, and provide ‘Iaith Gwaith’ badges for Welsh-speaking staff.",
           "Ward Manager", ["Ward Manager"], "December 2024", "2024-12", None)]),
    ]),
    ("Delivery of safe and effective care", [
        ("The registered manager must ensure that the resuscitation trolley is checked daily and that the checks are fully recorded.",
         "Regulation 15(1)(a)",
         [("Daily trolley check added to the night staff checklist; weekly audit of the check record by the Ward Manager, reported to the Clinical Governance Committee.",
           "Ward Manager / Lead Nurse", ["Ward Manager", "Lead Nurse"], "Immediate and ongoing", None, "Immediate and ongoing")]),
        ("The service must ensure that all clinical staff complete mandatory training in infection prevention and control and in safeguarding, and that compliance is monitored.",
         "Regulation 20(2)(a)",
         [("Compliance report for IPC and safeguarding training to be produced monthly from the learning management system and discussed at the senior team meeting.",
           "Practice Educator", ["Practice Educator"], "28/02/2025", "2025-02", None),
          ("Staff with overdue training to be contacted individually and protected time booked for them to complete it.",
           "Head of Clinical Services", ["Head of Clinical Services"], "31/03/2025", "2025-03", None)]),
        ("The service must ensure that controlled drug records are reconciled at every shift change.",
         "Regulation 15(5)",
         [("1. Controlled drug register to be checked and signed by two registered nurses at each handover.\n2. Monthly controlled drugs audit to be completed and reported to the Controlled Drugs Accountable Officer.",
           "Lead Nurse; Controlled Drugs Accountable Officer", ["Lead Nurse", "Controlled Drugs Accountable Officer"], "January 2025", "2025-01", None)]),
    ]),
    ("Quality of management and leadership", [
        ("The registered provider must ensure that the six-monthly quality visits required under Regulation 28 are carried out and reported to the Board of Trustees.",
         "Regulation 28",
         [("Schedule of six-monthly Regulation 28 visits by the clinical governance trustee agreed, with each written report presented to the Board of Trustees.",
           "Chief Executive", ["Chief Executive"], "April 2025", "2025-04", None)]),
        ("The registered manager should ensure that staff appraisals are up to date.",
         "Regulation 20(2)(a)",
         [("Appraisal schedule agreed for all clinical teams so that every member of staff has an appraisal by the end of the financial year.",
           "Head of Clinical Services & HR Manager", ["Head of Clinical Services", "HR Manager"], "31 March 2025", "2025-03", None)]),
    ]),
]


def make_st_kentigern(path):
    doc = docx.Document()
    doc.add_paragraph(SKH_TITLE, style="Title")
    doc.add_paragraph("Service: St Kentigern Hospice, St Asaph")
    doc.add_paragraph("Date of inspection: 15 and 16 October 2024 (announced independent healthcare inspection)")
    doc.add_paragraph("Immediate improvement plan: no immediate non-compliance issues were identified during this inspection.")
    doc.add_paragraph("The table below sets out the improvements identified by Healthcare Inspectorate Wales, "
                      "the action the service will take, who is responsible and by when.")
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Improvement needed", "Standard / Regulation", "Service action",
                                       "Responsible officer", "Timescale"]):
        set_text(c, h, bold=True)
        shade(c, "BDD6EE")
    for section, items in SKH_SECTIONS:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[4])
        set_text(m, section, bold=True)
        shade(m, "E7E6E6")
        for need, reg, acts in items:
            rows = [t.add_row() for _ in acts]
            for rr, (act, lead, _l, ts, _e, _et) in zip(rows, acts):
                set_text(rr.cells[2], act)
                set_text(rr.cells[3], lead)
                set_text(rr.cells[4], ts)
            if len(rows) > 1:
                a = rows[0].cells[0].merge(rows[-1].cells[0])
                b = rows[0].cells[1].merge(rows[-1].cells[1])
            else:
                a, b = rows[0].cells[0], rows[0].cells[1]
            set_text(a, need)
            set_text(b, reg)
    doc.add_paragraph("")
    doc.add_paragraph("Service representative")
    t2 = doc.add_table(rows=3, cols=2)
    t2.style = "Table Grid"
    for i, (a, b) in enumerate([("Name (print):", "Gwenllian Hughes"),
                                ("Job role:", "Head of Clinical Services / Registered Manager"),
                                ("Date:", "18 November 2024")]):
        set_text(t2.rows[i].cells[0], a, bold=True)
        set_text(t2.rows[i].cells[1], b)
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. NHS Borders - annual audit report 2024/25 action plan tracker (csv)
# ---------------------------------------------------------------------------
NHSB_TITLE = "NHS Borders – Annual Audit Report 2024/25: External Audit Action Plan Tracker"
# (no, issue, recommendation, action, lead cell, leads, agreed, revised, rag, update, end, end_text, status)
NHSB_ROWS = [
    ("1", "Financial sustainability",
     "NHS Borders should develop a recurring savings programme that addresses the underlying deficit and sets out how financial balance will be achieved over the medium term.",
     "The Board will approve a three-year Financial Recovery Plan with recurring savings schemes identified for 2025/26 and 2026/27, monitored through the Financial Recovery Board.",
     "Director of Finance", ["Director of Finance"], "31 March 2026", "", "Amber",
     "Draft plan considered by the Resources and Performance Committee in November 2025; recurring schemes identified cover 61% of the gap.",
     "2026-03", None, "amber"),
    ("2", "Workforce – supplementary staffing",
     "The Board should strengthen controls over the use of agency and bank staff, including the approval of off-framework agency shifts.",
     "a) Off-framework agency use to require Executive Director approval in all cases.\nb) Monthly supplementary staffing report to the Staff Governance Committee.",
     "Director of Workforce / Director of Nursing, Midwifery and AHPs", ["Director of Workforce", "Director of Nursing, Midwifery and AHPs"],
     "Q3 2025/26", "", "Green",
     "Approval process in place since August 2025. First monthly report to Staff Governance Committee in November.",
     "2025-12", "Q3 2025/26", "green"),
    ("3", "Governance – Code of Corporate Governance",
     "The Code of Corporate Governance should be reviewed and updated to reflect current committee structures and the scheme of delegation.",
     "Code of Corporate Governance to be refreshed and presented to the Board for approval.",
     "Board Secretary", ["Board Secretary"], "30/09/2025", "", "Blue",
     "Approved by the Board on 25 September 2025. Complete.",
     "2025-09", None, "blue"),
    ("4", "Capital planning",
     "NHS Borders should prepare a prioritised capital investment plan that reflects the backlog maintenance position and the pause in national capital funding.",
     "Develop a prioritised five-year capital plan, including risk-based backlog maintenance, for approval by the Board.",
     "Director of Planning and Performance", ["Director of Planning and Performance"], "31/12/2025", "31/03/2026", "Amber",
     "Delayed pending confirmation of national capital allocations; revised date agreed by the Audit Committee in September 2025.",
     "2026-03", None, "amber"),
    ("5", "Performance reporting (2023/24)",
     "The Board should ensure that performance reports include trend information and a clear explanation of the actions being taken where targets are not met.",
     "Integrated Performance Report to be redesigned to include trend charts and exception narrative for each standard not met.",
     "Head of Planning & Performance", ["Head of Planning & Performance"], "June 2025", "", "Blue",
     "New IPR format in use from the June 2025 Board meeting.",
     "2025-06", None, "blue"),
    ("6", "National Fraud Initiative (2023/24)",
     "The Board should investigate National Fraud Initiative matches in a timely manner and record the outcomes.",
     "NFI matches to be reviewed and outcomes recorded on the NFI system, with a summary report to the Audit Committee.",
     "Fraud Liaison Officer", ["Fraud Liaison Officer"], "Q4 2025/26", "", "Green",
     "412 of 690 recommended matches reviewed to date.",
     "2026-03", "Q4 2025/26", "green"),
    ("7", "IT – ledger access controls",
     "User access to the financial ledger should be reviewed regularly and leavers removed promptly.",
     "Quarterly review of ledger user access by the Financial Systems Manager, reconciled to the HR leavers report.",
     "Financial Systems Manager", ["Financial Systems Manager"], "31/10/2025", "", "Red",
     "First review not yet completed because of the ledger upgrade; now planned for January 2026.",
     "2025-10", None, "red"),
]


def csv_field(v):
    v = "" if v is None else str(v)
    if any(ch in v for ch in ',"\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def make_nhs_borders(path):
    ncol = 9
    lines = []

    def line(*vals):
        vals = list(vals) + [""] * (ncol - len(vals))
        lines.append(",".join(csv_field(v) for v in vals))

    line(NHSB_TITLE)
    line("Audit Committee – 15 December 2025")
    line("Position at 30 November 2025")
    line()
    line("No.", "Issue/risk", "Recommendation", "Agreed management action", "Responsible officer",
         "Agreed date", "Revised date", "RAG", "Progress update")
    for r in NHSB_ROWS:
        line(*r[:5], r[6], r[7], r[8], r[9])
    line()
    line("RAG key: Blue = complete; Green = on track; Amber = at risk of delay / revised date; Red = overdue")
    line("Summary", "Total 7", "Blue 2", "Green 2", "Amber 2", "Red 1")
    line("Recommendations 5 and 6 are brought forward from the 2023/24 Annual Audit Report.")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------------------
# 7. Newbattle High School - Education Scotland post-inspection plan (txt, tabs)
# ---------------------------------------------------------------------------
NHS_TITLE = "Newbattle High School – Post-Inspection Improvement Plan 2025-26"
NB_AFIS = [
    ("Senior leaders and staff should continue to raise attainment in literacy and numeracy in the broad general education, making better use of assessment information to plan learning.",
     [("1.1", ["Introduce tracking of reading ages for all S1 and S2 learners, with interventions for those reading below their chronological age."],
       "PT Literacy", ["PT Literacy"], "Oct 2025", "2025-10", None, "C", "blue"),
      ("1.2", ["Develop a numeracy across learning calendar so that every faculty plans at least one numeracy-rich unit each term."],
       "PT Numeracy / Faculty Heads", ["PT Numeracy", "Faculty Heads"], "June 2026", "2026-06", None, "G", "green"),
      ("1.3", ["Use BGE tracking data at termly attainment meetings to agree supports for learners who are not on track."],
       "DHT (BGE)", ["DHT (BGE)"], "Ongoing", None, "Ongoing", "G", "green")]),
    ("Improve the consistency of learning and teaching across the school so that all learners experience appropriately challenging, well-paced lessons.",
     [("2.1", ["Refresh the Newbattle Learning and Teaching Charter with staff, learners and parents."],
       "DHT (Learning & Teaching)", ["DHT (Learning & Teaching)"], "Dec 2025", "2025-12", None, "G", "green"),
      ("2.2", ["Run a programme of peer observation ('Learning Trios') for all teaching staff, with a focus on differentiation and pace",
               "(including follow-up professional dialogue sessions)."],
       "Mrs L Renton & Mr D Aitken", ["Mrs L Renton", "Mr D Aitken"], "Oct 2025 – Mar 2026", "2026-03", "Oct 2025 – Mar 2026", "A", "amber"),
      ("2.3", ["Gather learners' views on their lessons through a pupil survey each term."],
       "Pupil Voice Co-ordinator", ["Pupil Voice Co-ordinator"], "Termly", None, "Termly", "G", "green")]),
    ("Develop further approaches to supporting learners' attendance and wellbeing, particularly for those affected by poverty.",
     [("3.1", ["Establish a weekly attendance panel with Pupil Support staff and the Midlothian Council attendance officer."],
       "DHT (Pupil Support)", ["DHT (Pupil Support)"], "Sept 2025", "2025-09", None, "C", "blue"),
      ("3.2", ["Use Pupil Equity Funding to provide a breakfast club and free after-school study support for identified learners."],
       "PT Guidance & PEF Lead", ["PT Guidance", "PEF Lead"], "Aug 2025 – June 2026", "2026-06", "Aug 2025 – June 2026", "G", "green"),
      ("3.3", ["Review the school's Cost of the School Day policy with the Parent Council and publish it on the school website."],
       "Headteacher", ["Headteacher"], "31/03/2026", "2026-03", None, "R", "red")]),
]


def make_newbattle(path):
    L = [NHS_TITLE,
         "Education Scotland full model inspection, February 2025 – report published 22 April 2025",
         "Updated for the Parent Council: 3 November 2025",
         "",
         "RAG key: R = significant concerns, A = some slippage, G = on track, C = complete",
         ""]
    for i, (afi, acts) in enumerate(NB_AFIS, start=1):
        L.append(f"AREA FOR IMPROVEMENT {i}")
        L.append(afi)
        L.append("Ref\tAction\tLead\tBy when\tRAG")
        for ref, parts, lead, _l, ts, _e, _et, rag, _s in acts:
            L.append("\t".join([ref, parts[0], lead, ts, rag]))
            for cont in parts[1:]:
                L.append("\t".join(["", cont, "", "", ""]))
        L.append("")
    L.append("Prepared by: Headteacher. Next review: January 2026.")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(L) + "\n")


FILES = {
    "ro-libraries-ni-niao-rttcwg-recommendations-tracker.xlsx": make_libraries_ni,
    "ro-orkney-islands-council-st-rognvald-house-care-inspectorate-improvement-plan.xlsx": make_st_rognvald,
    "ro-scottish-fire-and-rescue-service-corporate-risk-register-2025-26-typo-month-refuse.xlsx": make_sfrs,
    "ro-ysgol-bro-idris-estyn-post-inspection-action-plan.docx": make_bro_idris,
    "ro-st-kentigern-hospice-hiw-inspection-improvement-plan.docx": make_st_kentigern,
    "ro-nhs-borders-annual-audit-report-2024-25-action-plan-tracker.csv": make_nhs_borders,
    "ro-newbattle-high-school-education-scotland-inspection-action-plan.txt": make_newbattle,
}

if __name__ == "__main__":
    for name, fn in FILES.items():
        fn(os.path.join(HERE, name))
        print("wrote", name)
