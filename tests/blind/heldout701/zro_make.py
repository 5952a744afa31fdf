#!/usr/bin/env python3
"""Build the seven zro- blind test files (set heldout701).

Run with /work/main/.venv/bin/python zro_make.py  (openpyxl + python-docx needed).
Each action record holds the text as it appears in the file plus the reading
a person makes of it (used to write the NAME.expected.yaml files).
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
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE, GREY = "FF0000", "FFC000", "00B050", "0070C0", "D9D9D9"
FILL = {"red": RED, "amber": AMBER, "green": GREEN, "blue": BLUE}


def D(y, m, d):
    return dt.datetime(y, m, d)


# ---------------------------------------------------------------------------
# 1. Nottingham City Council - Ofsted monitoring visit action plan (xlsx)
# ---------------------------------------------------------------------------
NOTT_FILE = "zro-nottingham-city-council-ofsted-monitoring-visit-action-plan.xlsx"
NOTT_TITLE = "Ofsted Monitoring Visit Action Plan – Front Door"
# (ref, action, lead cell, original, revised, update, prev fill, current cell,
#  expected lead, expected end, end_text, status)
NOTT = [
    ("1. Management oversight of contacts in the MASH is not always timely, and the rationale for threshold decisions is not consistently recorded", [
        ("1.1", "Introduce a daily MASH 'RAG' huddle so that every contact is reviewed by a manager within 24 hours of receipt",
         "Service Manager, MASH", D(2024, 9, 30), None,
         "Huddle in place since 2 September 2024. 96% of contacts reviewed by a manager within 24 hours in October.",
         GREEN, "B", ["Service Manager, MASH"], "2024-09", None, "blue"),
        ("1.2", "Refresh the threshold decision recording template in Liquidlogic so that managers must record the rationale and the threshold applied",
         "Head of Service – MASH and Children's Duty / Systems Development Lead", D(2024, 10, 31), D(2024, 12, 31),
         "Template designed and tested. Go-live delayed by the Liquidlogic upgrade; revised date agreed at Improvement Board.",
         GREEN, "A", ["Head of Service – MASH and Children's Duty", "Systems Development Lead"], "2024-12", None, "amber"),
        ("1.3", "Complete a monthly dip sample of 20 contacts and report findings to the Practice Improvement Board",
         "Principal Social Worker", "Monthly", None,
         "August, September and October dip samples completed.\nThemes: recording of parental consent, timeliness of checks with health.",
         GREEN, "G", ["Principal Social Worker"], None, "Monthly", "green"),
    ]),
    ("2. Strategy discussions do not always include all relevant partner agencies, particularly health and education", [
        ("2.1", "Agree a multi-agency standard for strategy discussions with Nottinghamshire Police and the ICB safeguarding team, including who must be invited and how quickly",
         "Head of Service – MASH and Children's Duty; Detective Inspector, Public Protection", D(2024, 11, 30), None,
         "Draft standard agreed at the NCSCP Business Group on 9 October; for sign-off in November.",
         AMBER, "G", ["Head of Service – MASH and Children's Duty", "Detective Inspector, Public Protection"], "2024-11", None, "green"),
        ("2.2", "Provide a duty education safeguarding officer in the MASH for strategy discussions during term time",
         "Head of Education Safeguarding", D(2024, 9, 30), D(2025, 1, 31),
         "Funding not yet agreed. Escalated to the Corporate Director for People.",
         AMBER, "R", ["Head of Education Safeguarding"], "2025-01", None, "red"),
        ("2.3", "Audit 30 strategy discussions jointly with health and police partners and share the learning through the Nottingham City Safeguarding Children Partnership",
         "K. Walsh / I. Ali", D(2025, 1, 31), None,
         "Audit scheduled for December 2024.",
         None, "Not started", ["K. Walsh", "I. Ali"], "2025-01", None, "unrated"),
    ]),
    ("3. Families are not consistently told the outcome of contacts, and consent is not always clearly sought or recorded", [
        ("3.1", "Issue a practice standard on consent and on telling families the outcome of a contact.\nDeliver briefings to all MASH and Children's Duty staff.",
         "Principal Social Worker", D(2024, 10, 31), None,
         "Practice standard issued 20 September. 11 briefings delivered to 142 staff.",
         GREEN, "B", ["Principal Social Worker"], "2024-10", None, "blue"),
        ("3.2", "Add a mandatory 'family informed of outcome' field to the contact record and report compliance weekly",
         "Systems Development Lead", D(2024, 12, 31), None,
         "Field built in test environment; will go live with the template change at 1.2.",
         GREEN, "G", ["Systems Development Lead"], "2024-12", None, "green"),
    ]),
    ("4. Information received out of hours is not always passed promptly to daytime teams", [
        ("4.1", "Review the Emergency Duty Team handover process so that all overnight referrals are on the MASH worklist by 9am",
         "EDT Team Manager", D(2024, 10, 31), D(2024, 11, 30),
         "New handover process in place from 4 November; compliance being monitored.",
         AMBER, "G", ["EDT Team Manager"], "2024-11", None, "green"),
        ("4.2", "Add EDT handover timeliness to the weekly front door performance report",
         "Head of Children's Strategy and Improvement", "Ongoing", None,
         "Included in the weekly report from w/c 7 October.",
         GREEN, "G", ["Head of Children's Strategy and Improvement"], None, "Ongoing", "green"),
    ]),
]


def thin_border():
    s = Side(style="thin", color="808080")
    return Border(left=s, right=s, top=s, bottom=s)


def build_nottingham(path):
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Nottingham City Council"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Children's Integrated Services Improvement Programme"
    cov["A3"] = NOTT_TITLE
    cov["A3"].font = Font(bold=True, size=16)
    cov["A4"] = "Response to the Ofsted monitoring visit of 16 and 17 July 2024 (letter published 22 August 2024)"
    cov["A6"] = "Document control"
    cov["A6"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Approved by"),
            ("0.1", "29/08/2024", "Head of Children's Strategy and Improvement", "Draft"),
            ("1.0", "12/09/2024", "Head of Children's Strategy and Improvement", "Children's Improvement Board"),
            ("1.1", "31/10/2024", "Head of Children's Strategy and Improvement", "Children's Improvement Board (progress update)")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cov.cell(row=7 + i, column=1 + j, value=v)
            c.border = thin_border()
            if i == 0:
                c.font = Font(bold=True)
                c.fill = PatternFill("solid", fgColor=GREY)
    cov["A13"] = "RAG key"
    cov["A13"].font = Font(bold=True)
    key = [("B", "Complete – action delivered and evidence of impact seen", BLUE),
           ("G", "On track to be delivered by the target date", GREEN),
           ("A", "Some slippage – recoverable, revised date agreed", AMBER),
           ("R", "Off track – escalated to the Children's Improvement Board", RED)]
    for i, (k, t, col) in enumerate(key):
        c = cov.cell(row=14 + i, column=1, value=k)
        c.fill = PatternFill("solid", fgColor=col)
        c.font = Font(bold=True, color="FFFFFF" if col in (BLUE, RED, GREEN) else "000000")
        c.alignment = Alignment(horizontal="center")
        cov.cell(row=14 + i, column=2, value=t)
    cov.column_dimensions["A"].width = 14
    cov.column_dimensions["B"].width = 16
    cov.column_dimensions["C"].width = 44
    cov.column_dimensions["D"].width = 44

    ws = wb.create_sheet("Action plan")
    ws["A1"] = NOTT_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Monitoring visit: 16 and 17 July 2024   |   Progress as at: 31 October 2024   |   Owner: Director for Children's Integrated Services"
    ws.merge_cells("A2:I2")
    heads = ["Ref", "Action", "Lead officer(s)", "Original target date", "Revised target date",
             "Progress update", "Previous RAG", "Current RAG", "Evidence of impact"]
    for j, h in enumerate(heads):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F3864")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = thin_border()
    r = 5
    evid = {"1.1": "Weekly MASH performance report", "1.2": "", "1.3": "Dip sample reports",
            "2.1": "", "2.2": "", "2.3": "", "3.1": "Briefing attendance list; audit of 40 contacts",
            "3.2": "", "4.1": "EDT handover log", "4.2": "Weekly front door report"}
    cur_fill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    for area, acts in NOTT:
        c = ws.cell(row=r, column=1, value=area)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="DEEAF6")
        c.alignment = Alignment(wrap_text=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.row_dimensions[r].height = 30
        r += 1
        for (ref, action, lead, orig, rev, upd, prev, cur, *_rest) in acts:
            vals = [ref, action, lead, orig, rev, upd, None, cur, evid[ref]]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = Alignment(wrap_text=True, vertical="top")
                c.border = thin_border()
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            if prev:
                ws.cell(row=r, column=7).fill = PatternFill("solid", fgColor=prev)
            if cur in cur_fill:
                cc = ws.cell(row=r, column=8)
                cc.fill = PatternFill("solid", fgColor=cur_fill[cur])
                cc.alignment = Alignment(horizontal="center", vertical="top")
                cc.font = Font(bold=True)
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Note: revised target dates were agreed at the Children's Improvement Board on 17 October 2024. "
            "RAG ratings are set by the action lead and moderated by the Head of Children's Strategy and Improvement.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    widths = [7, 48, 30, 12, 12, 46, 10, 10, 28]
    for j, w in enumerate(widths):
        ws.column_dimensions[get_column_letter(1 + j)].width = w
    ws.freeze_panes = "A5"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "RAG summary – 31 October 2024"
    sm["A1"].font = Font(bold=True)
    summ = [("Current RAG", "Number of actions"), ("Blue – complete", 2), ("Green – on track", 5),
            ("Amber – some slippage", 1), ("Red – off track", 1), ("Not started", 1), ("Total", 10)]
    for i, (a, b) in enumerate(summ):
        sm.cell(row=3 + i, column=1, value=a)
        sm.cell(row=3 + i, column=2, value=b)
    sm.column_dimensions["A"].width = 26
    sm.column_dimensions["B"].width = 18
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Adopt London North - RAA service improvement plan 2025/26 (xlsx)
# ---------------------------------------------------------------------------
ALN_FILE = "zro-adopt-london-north-raa-service-improvement-plan-2025-26.xlsx"
ALN_TITLE = "Adopt London North – Service Improvement Plan 2025/26"
ALN_STATUS_FILL = {"Complete": BLUE, "On track": GREEN, "Some delay": AMBER, "Off track": RED, "Not started": "FFFFFF"}
# priority, objective, [(ref, action, lead, by-when cell, status, update, exp lead, end, end_text, exp status)]
ALN = [
    ("1. Early permanence",
     "More children with a plan for adoption are placed early through early permanence (Foster for Adoption) placements",
     [("EP1", "Deliver early permanence briefings for children in care and court teams in each of the six partner boroughs",
       "Early Permanence Practice Lead", "Q3 2025/26", "On track",
       "Briefings held in Camden, Enfield and Islington; Barnet, Hackney and Haringey booked for November.",
       ["Early Permanence Practice Lead"], "2025-12", "Q3 2025/26", "green"),
      ("EP2", "Recruit and approve at least eight dual-approved early permanence carer households",
       "Team Manager, Recruitment & Assessment", D(2026, 3, 31), "Some delay",
       "Three households approved; two in assessment. Target at risk because of assessing social worker vacancies.",
       ["Team Manager, Recruitment & Assessment"], "2026-03", None, "amber"),
      ("EP3", "Agree a shared process with partner boroughs for identifying children who may need early permanence at the pre-proceedings (PLO) stage",
       "Head of Service, ALN / Borough Heads of Children in Care", "Sept 2025 – Jan 2026", "On track",
       "Draft process discussed at the Heads of Service meeting in September.",
       ["Head of Service, ALN", "Borough Heads of Children in Care"], "2026-01", "Sept 2025 – Jan 2026", "green")]),
    ("2. Recruiting adopters",
     "We recruit enough adopters, from all communities, to meet the needs of the children who are waiting",
     [("R1", "Run at least two Black Adoption Project community events each quarter with faith and community partners",
       "Marketing and Recruitment Lead", "Quarterly", "On track",
       "Q1: 3 events; Q2: 2 events (Tottenham and Dalston).",
       ["Marketing and Recruitment Lead"], None, "Quarterly", "green"),
      ("R2", "Reduce the time from registration of interest to approval so that 80% of adopters are approved within six months",
       "Team Manager, Recruitment & Assessment", "31/03/2026", "Off track",
       "54% approved within six months in Q2 (Q1: 58%). Recovery plan to Partnership Board in December.",
       ["Team Manager, Recruitment & Assessment"], "2026-03", None, "red")]),
    ("3. Adoption support",
     "Families get the right support at the right time, without having to tell their story more than once",
     [("AS1", "Launch a single front door for adoption support requests from families in all six boroughs",
       "Adoption Support Team Manager", D(2025, 7, 31), "Complete",
       "Front door live from 1 July 2025; 212 contacts in Q2.",
       ["Adoption Support Team Manager"], "2025-07", None, "blue"),
      ("AS2", "Commission a therapeutic parenting group for adopters of children aged 8 to 12, funded through the Adoption and Special Guardianship Support Fund",
       "Adoption Support Team Manager / Clinical Psychologist", "Dec 2025", "Some delay",
       "Provider identified; fund application resubmitted after query.",
       ["Adoption Support Team Manager", "Clinical Psychologist"], "2025-12", None, "amber")]),
    ("4. Lifelong links",
     "Adopted children and adults understand their history, and birth relatives are supported to stay in touch where that is right for the child",
     [("LL1", "Move the letterbox contact service to a secure digital platform",
       "Birth Relatives and Contact Coordinator", "Q4 2025/26", "Not started",
       "Waiting for Islington ICT capacity; scoping to start January.",
       ["Birth Relatives and Contact Coordinator"], "2026-03", "Q4 2025/26", "unrated"),
      ("LL2", "Make sure every adopted child's life story book and later life letter are given to adopters by the second adoption review",
       "Team Manager, Family Finding", "Ongoing", "Some delay",
       "71% on time in Q2. Additional life story worker starts in November.",
       ["Team Manager, Family Finding"], None, "Ongoing", "amber")]),
]


def build_aln(path):
    wb = Workbook()
    ab = wb.active
    ab.title = "About this plan"
    ab["A1"] = ALN_TITLE
    ab["A1"].font = Font(bold=True, size=14)
    lines = [
        "Adopt London North is the regional adoption agency for Barnet, Camden, Enfield, Hackney, Haringey and Islington, hosted by the London Borough of Islington.",
        "This plan sets out what we will improve in 2025/26. It is monitored quarterly by the Adopt London North Partnership Board.",
        "Plan owner: Head of Service, Adopt London North",
        "",
        "Status key",
    ]
    for i, t in enumerate(lines):
        ab.cell(row=3 + i, column=1, value=t)
    ab["A7"].font = Font(bold=True)
    keyrows = [("Complete", "The action has been delivered"), ("On track", "Progressing as planned"),
               ("Some delay", "Behind plan but expected to be delivered this year"),
               ("Off track", "Will not be delivered without further action – reported to the Partnership Board"),
               ("Not started", "Not yet due to start")]
    for i, (k, t) in enumerate(keyrows):
        c = ab.cell(row=8 + i, column=1, value=k)
        c.fill = PatternFill("solid", fgColor=ALN_STATUS_FILL[k])
        c.border = thin_border()
        ab.cell(row=8 + i, column=2, value=t).border = thin_border()
    ab.column_dimensions["A"].width = 16
    ab.column_dimensions["B"].width = 80

    ws = wb.create_sheet("SIP 2025-26")
    ws["A1"] = ALN_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Quarter 2 update (to 30 September 2025)"
    ws["A2"].font = Font(italic=True)
    heads = ["Priority", "What we want to achieve", "Ref", "Action", "Lead", "By when", "Status", "Q2 update"]
    for j, h in enumerate(heads):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="7030A0")
        c.border = thin_border()
        c.alignment = Alignment(wrap_text=True, vertical="center")
    r = 5
    for prio, obj, acts in ALN:
        start = r
        for (ref, action, lead, when, status, upd, *_x) in acts:
            vals = [prio if r == start else None, obj if r == start else None, ref, action, lead, when, status, upd]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = Alignment(wrap_text=True, vertical="top")
                c.border = thin_border()
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            ws.cell(row=r, column=7).fill = PatternFill("solid", fgColor=ALN_STATUS_FILL[status])
            r += 1
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
        ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
        ws.cell(row=start, column=1).font = Font(bold=True)
    r += 1
    ws.cell(row=r, column=1, value="Summary at Q2")
    ws.cell(row=r, column=1).font = Font(bold=True)
    summ = [("Complete", 1), ("On track", 3), ("Some delay", 3), ("Off track", 1), ("Not started", 1), ("Total actions", 9)]
    for i, (a, b) in enumerate(summ):
        ws.cell(row=r + 1 + i, column=1, value=a)
        ws.cell(row=r + 1 + i, column=2, value=b)
    widths = [18, 34, 6, 50, 30, 16, 12, 44]
    for j, w in enumerate(widths):
        ws.column_dimensions[get_column_letter(1 + j)].width = w

    gl = wb.create_sheet("Glossary")
    gloss = [("Term", "Meaning"), ("ALN", "Adopt London North"), ("ASGSF", "Adoption and Special Guardianship Support Fund"),
             ("EP", "Early permanence"), ("PLO", "Public Law Outline (pre-proceedings)"), ("RAA", "Regional adoption agency")]
    for i, (a, b) in enumerate(gloss):
        gl.cell(row=1 + i, column=1, value=a)
        gl.cell(row=1 + i, column=2, value=b)
    gl.column_dimensions["B"].width = 50
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. Southend-on-Sea City Council - corporate plan delivery tracker (xlsx) - REFUSE
# ---------------------------------------------------------------------------
SOS_FILE = "zro-southend-on-sea-city-council-corporate-plan-delivery-tracker-2024-25-typo-month-refuse.xlsx"
SOS_TITLE = "Southend-on-Sea City Council – Corporate Plan 2023-2027: Annual Delivery Plan 2024/25"
SOS_TYPO_SHEET = "1 Growing city"
SOS_TYPO_ROW = 8
# sheet, priority, lead executive director, [(outcome, ref, action, lead officer, milestone, rag, update)]
SOS = [
    ("1 Growing city", "A growing city with a strong and prosperous community", "Executive Director (Growth and Housing)", [
        ("Economic regeneration and business development", "G1",
         "Agree the development partner arrangements for the Better Queensway regeneration scheme",
         "Director of Regeneration and Growth", D(2024, 12, 31), "A",
         "Revised business plan considered by Cabinet in November; partner agreement now expected Q4."),
        ("Spending power used wisely", "G2",
         "Increase council spend with Southend-on-Sea based suppliers to 30% of third-party spend",
         "Head of Procurement", "Mar-25", "G",
         "27.4% at end of Q3 (Q2: 26.1%)."),
        ("Enhanced tourism, culture and leisure", "G3",
         "Complete phase 1 of the Pier structural repair programme before the main visitor season",
         "Director of Culture and Tourism", "Janaury 2025", "G",
         "Works on schedule; pier head reopened to visitors on 9 December."),
    ]),
    ("2 Safe city", "A safe city with a good quality of life for all", "Executive Director (Adults and Communities)", [
        ("Safe, inclusive communities and neighbourhoods", "S1",
         "Extend the public space CCTV network along the seafront and in Westcliff",
         "Director of Community Safety", "Sept 2024", "B",
         "14 new cameras live from 30 September 2024."),
        ("People live well, age well and care well", "S2",
         "Open a second extra care housing scheme with 60 apartments",
         "Director of Adult Social Care; Head of Housing Delivery", "31/03/2025", "A",
         "Handover delayed by contractor; first residents now expected April 2025."),
        ("Children and young people, including those in care, feel and are safe at home, school and in their communities", "S3",
         "Recruit 15 additional in-house foster carer households",
         "Director of Children's Social Care", "Ongoing", "R",
         "6 households approved to date against a year-end target of 15."),
    ]),
    ("3 Clean city", "A clean city with a resilient environment", "Executive Director (Environment and Place)", [
        ("Prevent waste, promoting re-use and increase recycling", "C1",
         "Introduce weekly food waste collections to all flats and houses of multiple occupation",
         "Head of Waste and Street Scene", D(2025, 3, 31), "G",
         "Roll-out to 4,200 flats completed in Q3; remaining 1,100 in Q4."),
        ("Improved transport system", "C2",
         "Complete the A127 Bell junction improvement works",
         "Head of Highways and Transport", "Nov 2024", "B",
         "Works completed 22 November 2024."),
    ]),
    ("4 Transforming council", "A transforming council delivering efficient, cost-effective services", "Executive Director (Strategy and Change)", [
        ("Change our election cycle", "T1",
         "Consult residents and report to Council on moving to whole-council elections every four years",
         "Director of Legal and Democratic Services", "Oct 2024", "B",
         "Council agreed the change on 17 October 2024."),
        ("Transformation", "T2",
         "Launch the new online customer account for council tax, benefits and waste services",
         "Head of Customer Services / Head of Digital", "Q4 2024/25", "G",
         "Testing with 200 residents; launch planned for February."),
    ]),
]


def build_southend(path):
    wb = Workbook()
    first = True
    rag_fill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    for sheet, prio, exec_lead, rows in SOS:
        ws = wb.active if first else wb.create_sheet(sheet)
        ws.title = sheet
        first = False
        ws["A1"] = SOS_TITLE
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = "Priority: " + prio
        ws["A2"].font = Font(bold=True, size=12, color="00677F")
        ws["A3"] = "Lead Executive Director: " + exec_lead + "     Reporting period: Quarter 3 (October – December 2024)"
        heads = ["Outcome", "Ref", "Action", "Lead officer", "Milestone date", "Q3 RAG", "Q3 update"]
        for j, h in enumerate(heads):
            c = ws.cell(row=5, column=1 + j, value=h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = PatternFill("solid", fgColor="00677F")
            c.border = thin_border()
            c.alignment = Alignment(wrap_text=True, vertical="center")
        r = 6
        for (outcome, ref, action, lead, when, rag, upd) in rows:
            for j, v in enumerate([outcome, ref, action, lead, when, rag, upd]):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = Alignment(wrap_text=True, vertical="top")
                c.border = thin_border()
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=6).fill = PatternFill("solid", fgColor=rag_fill[rag])
            ws.cell(row=r, column=6).alignment = Alignment(horizontal="center", vertical="top")
            if when == "Janaury 2025":
                assert sheet == SOS_TYPO_SHEET and r == SOS_TYPO_ROW, (sheet, r)
            r += 1
        widths = [34, 6, 52, 32, 14, 8, 46]
        for j, w in enumerate(widths):
            ws.column_dimensions[get_column_letter(1 + j)].width = w
        ws.freeze_panes = "A6"
    sm = wb.create_sheet("Summary")
    sm["A1"] = "Q3 2024/25 summary of actions by RAG"
    sm["A1"].font = Font(bold=True)
    heads = ["Priority", "Blue", "Green", "Amber", "Red", "Total"]
    for j, h in enumerate(heads):
        sm.cell(row=3, column=1 + j, value=h).font = Font(bold=True)
    for i, (sheet, prio, _e, rows) in enumerate(SOS):
        counts = [sum(1 for x in rows if x[5] == k) for k in "BGAR"]
        for j, v in enumerate([prio] + counts + [len(rows)]):
            sm.cell(row=4 + i, column=1 + j, value=v)
    sm.cell(row=8, column=1, value="All priorities")
    allrows = [x for s in SOS for x in s[3]]
    for j, k in enumerate("BGAR"):
        sm.cell(row=8, column=2 + j, value=sum(1 for x in allrows if x[5] == k))
    sm.cell(row=8, column=6, value=len(allrows))
    sm["A10"] = "RAG key: B = complete; G = on track; A = at risk, action in hand; R = off track, escalated to CLT"
    sm.column_dimensions["A"].width = 70
    wb.save(path)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    cell.text = ""
    parts = text.split("\n")
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    for extra in parts[1:]:
        q = cell.add_paragraph()
        rr = q.add_run(extra)
        rr.bold = bold


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


# ---------------------------------------------------------------------------
# 4. Wrexham CBC - scrutiny recommendations tracker (docx)
# ---------------------------------------------------------------------------
WRX_FILE = "zro-wrexham-county-borough-council-scrutiny-recommendations-tracker-2024-25.docx"
WRX_TITLE = "Scrutiny Recommendations Tracker 2024/25"
WRX = [
    ("Lifelong Learning Scrutiny Committee", [
        ("School attendance and exclusions – meeting of 12 September 2024", [
            ("LL1", "That the Executive Board asks officers to produce a termly report to this Committee on persistent absence, broken down by school cluster",
             "Chief Officer Education & Early Intervention",
             "Accepted by Executive Board on 8 October 2024. First termly report presented in January 2025.",
             "Jan 2025", "Complete", ["Chief Officer Education & Early Intervention"], "2025-01", None, "blue"),
            ("LL2", "That a cross-party task and finish group is set up to look at the use of part-time timetables for pupils with additional learning needs (ALN)",
             "Head of Inclusion Service / Scrutiny Officer",
             "Terms of reference agreed; first meeting held on 4 February 2025.",
             "Summer term 2025", "Green", ["Head of Inclusion Service", "Scrutiny Officer"], "2025-07", "Summer term 2025", "green"),
        ]),
        ("Welsh in Education Strategic Plan (WESP) – meeting of 14 November 2024", [
            ("LL3", "That the Lead Member writes to Welsh Government asking for clarity on capital funding for the proposed new Welsh-medium primary school",
             "Lead Member for Education",
             "Letter sent on 2 December 2024. No reply yet; reminder sent 10 February 2025.",
             "Dec 2024", "Amber", ["Lead Member for Education"], "2024-12", None, "amber"),
        ]),
    ]),
    ("Homes & Environment Scrutiny Committee", [
        ("Damp and mould in council homes – meeting of 25 September 2024", [
            ("HE1", "That the Committee receives a six-monthly update on the number of open damp and mould cases and the average time taken to complete remedial works",
             "Chief Officer Housing & Economy",
             "Agreed. Added to the forward work programme for March and September each year.",
             "Ongoing", "Green", ["Chief Officer Housing & Economy"], None, "Ongoing", "green"),
            ("HE2", "That the Executive Board considers increasing the budget for the stock condition survey in 2025/26",
             "Chief Officer Housing & Economy; Chief Officer Finance & ICT",
             "Not accepted by Executive Board on 12 November 2024 because of budget pressures. To be looked at again when the 2026/27 budget is set.",
             "Nov 2024", "Red", ["Chief Officer Housing & Economy", "Chief Officer Finance & ICT"], "2024-11", None, "red"),
        ]),
        ("Recycling performance – meeting of 23 January 2025", [
            ("HE3", "That officers bring forward proposals for a campaign to reduce contamination in kerbside recycling, working with town and community councils",
             "Head of Environment & Technical",
             "Draft campaign plan being prepared with the Communications team.",
             "31/05/2025", "Green", ["Head of Environment & Technical"], "2025-05", None, "green"),
        ]),
    ]),
    ("Safeguarding, Communities & Wellbeing Scrutiny Committee", [
        ("Care Inspectorate Wales inspection of adult services – meeting of 16 October 2024", [
            ("SCW1", "That the Committee receives the CIW improvement plan and a progress update within six months",
             "Chief Officer Social Care",
             "Improvement plan presented on 15 January 2025. Progress update scheduled for July 2025.",
             "July 2025", "Green", ["Chief Officer Social Care"], "2025-07", None, "green"),
            ("SCW2", "That all members are offered a briefing on their corporate safeguarding responsibilities",
             "Corporate Safeguarding Lead",
             "Date to be arranged with Democratic Services.",
             "TBC", "", ["Corporate Safeguarding Lead"], None, "TBC", "unrated"),
        ]),
    ]),
]


def build_wrexham(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Wrexham County Borough Council")
    r.bold = True
    r.font.size = Pt(12)
    p = doc.add_paragraph()
    r = p.add_run("Cyngor Bwrdeistref Sirol Wrecsam")
    r.italic = True
    doc.add_heading(WRX_TITLE, level=1)
    doc.add_paragraph("Report to: Scrutiny Chairs and Vice Chairs Co-ordinating Group – 6 March 2025")
    doc.add_paragraph("This tracker records the recommendations made by each scrutiny committee to the Executive Board "
                      "and to officers, the response received and the current position. Recommendations marked Complete "
                      "will be removed from the next update once the Co-ordinating Group has agreed they can be closed.")
    doc.add_paragraph("Status key")
    kt = doc.add_table(rows=4, cols=2)
    kt.style = "Table Grid"
    keys = [("Complete", "Recommendation implemented", "5B9BD5"), ("Green", "Accepted – on track", GREEN),
            ("Amber", "Accepted – behind timescale", AMBER), ("Red", "Not accepted, or not progressed", RED)]
    for i, (a, b, col) in enumerate(keys):
        set_cell(kt.rows[i].cells[0], a, bold=True)
        shade(kt.rows[i].cells[0], col)
        set_cell(kt.rows[i].cells[1], b)
    heads = ["Ref", "Recommendation", "Responsible officer", "Response / update", "Due", "Status"]
    status_fill = {"Complete": "5B9BD5", "Green": GREEN, "Amber": AMBER, "Red": RED}
    for committee, items in WRX:
        doc.add_heading(committee, level=2)
        n = 1 + sum(1 + len(acts) for _, acts in items)
        t = doc.add_table(rows=n, cols=6)
        t.style = "Table Grid"
        for j, h in enumerate(heads):
            set_cell(t.rows[0].cells[j], h, bold=True)
            shade(t.rows[0].cells[j], "D9D9D9")
        repeat_header(t.rows[0])
        ri = 1
        for item, acts in items:
            row = t.rows[ri]
            m = row.cells[0].merge(row.cells[5])
            set_cell(m, item, bold=True)
            shade(m, "F2F2F2")
            ri += 1
            for (ref, rec, lead, upd, due, status, *_x) in acts:
                cells = t.rows[ri].cells
                for j, v in enumerate([ref, rec, lead, upd, due, status]):
                    set_cell(cells[j], v)
                if status in status_fill:
                    shade(cells[5], status_fill[status])
                ri += 1
        doc.add_paragraph("")
    doc.add_paragraph("Contact: Scrutiny Officer, Democratic Services, Guildhall, Wrexham LL11 1AY")
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. Sheffield City Council - fostering service development plan (docx)
# ---------------------------------------------------------------------------
SHF_FILE = "zro-sheffield-city-council-fostering-service-development-plan-2025-26.docx"
SHF_TITLE = "Fostering Service Development Plan 2025/26"
SHF = [
    ("Objective 1: Increase the number of mainstream fostering households", [
        ("1a", "Launch a Foster Sheffield recruitment campaign aimed at households able to care for teenagers and brothers and sisters together",
         "Fostering Recruitment Manager", "September 2025",
         "Campaign launched 1 September 2025; 64 enquiries in the first month.", "blue",
         ["Fostering Recruitment Manager"], "2025-09", None),
        ("1b", "Introduce a standard that every fostering enquiry is contacted within 24 hours",
         "Fostering Recruitment Manager", "July 2025",
         "Standard in place. 91% of enquiries contacted within 24 hours in Q2.", "blue",
         ["Fostering Recruitment Manager"], "2025-07", None),
        ("1c", "Review the Form F assessment process to bring the average time from application to panel down to six months.\nPilot split assessments with two assessing social workers.",
         "Team Manager, Assessment and Panel", "March 2026",
         "Review completed. Pilot delayed until two vacant posts are filled.", "amber",
         ["Team Manager, Assessment and Panel"], "2026-03", None),
    ]),
    ("Objective 2: Support and keep our foster carers", [
        ("2a", "Hold a foster carer forum each quarter with the Assistant Director and publish a 'you said, we did' update after each one",
         "Dana Ellis and Marcus Reid", "Quarterly",
         "Forums held in May and September; updates published in the carers' newsletter.", "green",
         ["Dana Ellis", "Marcus Reid"], None, "Quarterly"),
        ("2b", "Put in place the revised foster carer fees and allowances scheme agreed by the Education, Children and Families Policy Committee",
         "Fostering Service Manager", "April 2025",
         "New rates paid from 1 April 2025.", "blue",
         ["Fostering Service Manager"], "2025-04", None),
        ("2c", "Open a foster carer support hub offering peer mentoring, out-of-hours advice and specialist training",
         "Fostering Service Manager / Placement Support Team Manager", "Q3 2025/26",
         "Hub venue agreed; two peer mentors recruited.", "green",
         ["Fostering Service Manager", "Placement Support Team Manager"], "2025-12", "Q3 2025/26"),
    ]),
    ("Objective 3: Improve stability for children living in foster care", [
        ("3a", "Hold a stability meeting within 10 working days for every child whose foster home is at risk of ending",
         "Head of Service, Children in Care", "Ongoing",
         "Held within timescale for 68% of children in Q2.", "amber",
         ["Head of Service, Children in Care"], None, "Ongoing"),
        ("3b", "Develop a specialist therapeutic fostering scheme for children moving on from residential care",
         "Assistant Director, Children's Social Care", "Oct 2025 – Mar 2026",
         "Business case not yet approved; scheme will not start this year without it.", "red",
         ["Assistant Director, Children's Social Care"], "2026-03", "Oct 2025 – Mar 2026"),
    ]),
    ("Objective 4: Strengthen kinship (connected) care", [
        ("4a", "Complete all connected person (Regulation 24) assessments within 16 weeks",
         "Kinship Care Team Manager", "March 2026",
         "74% completed within 16 weeks in Q2 (Q1: 69%).", "amber",
         ["Kinship Care Team Manager"], "2026-03", None),
        ("4b", "Publish an updated kinship local offer written with kinship carers",
         "Kinship Care Team Manager", "December 2025",
         "Work starts in October with the kinship carers' group.", None,
         ["Kinship Care Team Manager"], "2025-12", None),
    ]),
]


def build_sheffield(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    p = doc.add_paragraph()
    r = p.add_run("Sheffield City Council")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_paragraph("Children's Services – Fostering Service")
    doc.add_heading(SHF_TITLE, level=0)
    doc.add_paragraph("Appendix B to the Fostering Service Annual Report 2024/25 (Regulation 35 report) – "
                      "Education, Children and Families Policy Committee")
    doc.add_heading("Document control", level=2)
    dc = doc.add_table(rows=4, cols=4)
    dc.style = "Table Grid"
    dcrows = [("Version", "Date", "Author", "Comments"),
              ("0.3", "02/06/2025", "Fostering Service Manager", "Draft for consultation with foster carers"),
              ("1.0", "18/06/2025", "Fostering Service Manager", "Approved by the Assistant Director, Children's Social Care"),
              ("1.1", "07/10/2025", "Fostering Service Manager", "Quarter 2 progress added")]
    for i, rr in enumerate(dcrows):
        for j, v in enumerate(rr):
            set_cell(dc.rows[i].cells[j], v, bold=(i == 0))
    doc.add_heading("How to read this plan", level=2)
    doc.add_paragraph("The RAG column shows progress at the end of Quarter 2 (30 September 2025), using the shading below.")
    kt = doc.add_table(rows=5, cols=2)
    kt.style = "Table Grid"
    keys = [(BLUE, "Complete"), (GREEN, "On track"), (AMBER, "Some delay – expected to be delivered"),
            (RED, "Not on track – needs a decision or extra resource"), ("FFFFFF", "Not yet started")]
    for i, (col, txt) in enumerate(keys):
        shade(kt.rows[i].cells[0], col)
        set_cell(kt.rows[i].cells[1], txt)
    doc.add_heading("Development plan", level=2)
    n = 1 + sum(1 + len(a) for _, a in SHF)
    t = doc.add_table(rows=n, cols=6)
    t.style = "Table Grid"
    heads = ["No.", "What we will do", "Lead", "By when", "Progress at Q2", "RAG"]
    for j, h in enumerate(heads):
        set_cell(t.rows[0].cells[j], h, bold=True)
        shade(t.rows[0].cells[j], "1F4E79")
        for par in t.rows[0].cells[j].paragraphs:
            for run in par.runs:
                run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    repeat_header(t.rows[0])
    ri = 1
    for obj, acts in SHF:
        m = t.rows[ri].cells[0].merge(t.rows[ri].cells[5])
        set_cell(m, obj, bold=True)
        shade(m, "DDEBF7")
        ri += 1
        for (ref, action, lead, when, upd, rag, *_x) in acts:
            cells = t.rows[ri].cells
            for j, v in enumerate([ref, action, lead, when, upd]):
                set_cell(cells[j], v)
            cells[5].text = ""
            if rag:
                shade(cells[5], FILL[rag])
            ri += 1
    doc.add_paragraph("")
    doc.add_paragraph("Note: progress on actions 2c and 3b is also reported to the Corporate Parenting Board.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. Portsmouth City Council - council plan delivery tracker (csv)
# ---------------------------------------------------------------------------
PCC_FILE = "zro-portsmouth-city-council-council-plan-delivery-tracker-2025-26.csv"
PCC_TITLE = "Portsmouth City Council - Council Plan 2025/26 delivery tracker"
PCC_HEAD = ["Priority", "Outcome", "Action ID", "Action", "Responsible officer", "Directorate", "Due date", "Status", "Q2 commentary"]
PCC = [
    ("A happy and healthy city", "Fewer residents live in poverty", "CP-01",
     "Deliver the Household Support Fund 2025/26 scheme, including holiday food vouchers for children eligible for free school meals",
     "Head of Financial Inclusion", "Finance & Resources", "31/03/2026", "Green - On track",
     "Summer holiday vouchers issued to 9,870 children.", ["Head of Financial Inclusion"], "2026-03", None, "green"),
    ("A happy and healthy city", "Residents live healthier lives", "CP-02",
     "Open the new community health and wellbeing hub in Paulsgrove with NHS partners",
     "Director of Public Health", "Public Health", "30/11/2025", "Amber - At risk",
     "Building works running six weeks late; opening now expected January 2026.", ["Director of Public Health"], "2025-11", None, "amber"),
    ("A green city", "The council is net zero by 2030", "CP-03",
     "Complete the LED replacement of the remaining 2,400 street lights",
     "Head of Transport; Energy Services Manager", "Regeneration", "30/09/2025", "Blue - Complete",
     "All columns converted by 26 September 2025.", ["Head of Transport", "Energy Services Manager"], "2025-09", None, "blue"),
    ("A green city", "The council is net zero by 2030", "CP-04",
     "Install solar panels on six more council buildings",
     "Energy Services Manager", "Regeneration", "31/03/2026", "Green - On track",
     "Two installations complete; four scheduled for Q3 and Q4.", ["Energy Services Manager"], "2026-03", None, "green"),
    ("A city with a thriving economy", "The city centre is regenerated", "CP-05",
     "Submit the outline planning application for City Centre North phase 1",
     "Director of Regeneration", "Regeneration", "30/09/2025", "Red - Off track",
     "Application delayed by further highways modelling; new submission date to be agreed by Cabinet.", ["Director of Regeneration"], "2025-09", None, "red"),
    ("A city with a thriving economy", "Local people share in the benefits of growth", "CP-06",
     "Deliver the UK Shared Prosperity Fund business support programme",
     "Economic Development Manager", "Regeneration", "Quarterly reporting", "Green - On track",
     "48 businesses supported in Q2.", ["Economic Development Manager"], None, "Quarterly reporting", "green"),
    ("A city of lifelong learning", "Children have the best start in life", "CP-07",
     "Open two new family hubs in Fratton and Somers Town",
     "Director of Children, Families and Education", "Children, Families and Education", "Mar-26", "Not started",
     "Sites confirmed; works start in January 2026.", ["Director of Children, Families and Education"], "2026-03", None, "unrated"),
    ("An easy city to get around", "Public transport is reliable and affordable", "CP-08",
     "Complete the South East Hampshire Rapid Transit bus priority works on the Eastern Road corridor",
     "Head of Transport", "Regeneration", "31/03/2026", "Amber - At risk",
     "Utility diversions have added cost; value engineering under way.", ["Head of Transport"], "2026-03", None, "amber"),
    ("Providing the services residents rely on", "Residents can get help easily", "CP-09",
     "Launch the online customer account for council tax and housing repairs",
     "Head of Customer, Digital and Partnership", "Corporate Services", "30/06/2025", "Blue - Complete",
     "Live since 16 June 2025; 11,200 accounts opened.", ["Head of Customer, Digital and Partnership"], "2025-06", None, "blue"),
    ("Providing the services residents rely on", "Council homes are safe and well maintained", "CP-10",
     "Complete the fire safety works at the city's high-rise blocks",
     "Director of Housing, Neighbourhood and Building Services", "Housing, Neighbourhood and Building Services", "Sept 2025 - Mar 2026", "Green - On track",
     "Works complete at 4 of 9 blocks.", ["Director of Housing, Neighbourhood and Building Services"], "2026-03", "Sept 2025 - Mar 2026", "green"),
]


def build_portsmouth(path):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow([PCC_TITLE])
        w.writerow(["Quarter 2 (July - September 2025) - exported 14/10/2025"])
        w.writerow([])
        w.writerow(PCC_HEAD)
        for row in PCC:
            w.writerow(list(row[:9]))
        w.writerow([])
        w.writerow(["Actions reported: 10"])


# ---------------------------------------------------------------------------
# 7. Oldham local area SEND partnership - priority action plan (txt)
# ---------------------------------------------------------------------------
OLD_FILE = "zro-oldham-local-area-send-priority-action-plan.txt"
OLD_TITLE = "Oldham Local Area SEND Partnership - Priority Action Plan"
OLD = [
    ("PRIORITY ACTION 1 - Health waiting times",
     "Leaders across the partnership should urgently reduce the waiting times for speech and language therapy, community paediatrics and the neurodevelopmental pathway, and make sure that children and their families are supported while they wait.",
     [("1.1", ["Fund extra speech and language therapy capacity to clear the backlog of children waiting more than 18 weeks"],
       "Director of Commissioning, NHS GM (Oldham)", "31/03/2024",
       "Two extra therapists recruited; the waiting list has fallen from 1,800 to 1,350 children.", "Amber",
       ["Director of Commissioning, NHS GM (Oldham)"], "2024-03", None, "amber"),
      ("1.2", ["Introduce a 'waiting well' offer for families on the neurodevelopmental pathway, including parent workshops and a named contact"],
       "Designated Clinical Officer (DCO) / Oldham Parent Carer Forum", "Spring term 2024",
       "First four workshops held; 96 families attended.", "Green",
       ["Designated Clinical Officer (DCO)", "Oldham Parent Carer Forum"], "2024-03", "Spring term 2024", "green"),
      ("1.3", ["Publish waiting times for each health service on the Local Offer every month"],
       "Head of SEND Performance and Intelligence", "Ongoing - monthly",
       "Published monthly since November 2023.", "Green",
       ["Head of SEND Performance and Intelligence"], None, "Ongoing - monthly", "green"),
      ("1.4", ["Agree a joint commissioning plan for community paediatrics with the Northern Care Alliance.",
               "- to include a trajectory for bringing waits down to 18 weeks by March 2025"],
       "Associate Director, Children's Commissioning", "December 2023",
       "Plan agreed at the Joint Commissioning Group on 14 December 2023.", "Blue",
       ["Associate Director, Children's Commissioning"], "2023-12", None, "blue"),
      ]),
    ("PRIORITY ACTION 2 - Quality of EHC plans and preparing for adulthood",
     "Leaders should improve the quality and timeliness of education, health and care (EHC) plans, and make sure that transitions, including preparation for adulthood, are planned early and well coordinated.",
     [("2.1", ["Introduce a multi-agency quality assurance framework for EHC plans, with monthly audits of at least 20 plans"],
       "Head of SEND Statutory Services", "January 2024",
       "Framework in place; 62 plans audited between November and February.", "Blue",
       ["Head of SEND Statutory Services"], "2024-01", None, "blue"),
      ("2.2", ["Train all SEND caseworkers and health and social care advice writers to write outcomes that are specific to the child"],
       "SEND Quality Assurance Lead; Designated Clinical Officer (DCO)", "Feb 2024",
       "118 staff trained. Health advice training to be repeated for new starters.", "Green",
       ["SEND Quality Assurance Lead", "Designated Clinical Officer (DCO)"], "2024-02", None, "green"),
      ("2.3", ["Set up a Preparing for Adulthood panel so that every young person with an EHC plan has a transition plan from Year 9"],
       "Head of Service, Preparing for Adulthood", "Summer term 2024",
       "Panel terms of reference agreed; first panel in April 2024.", "Amber",
       ["Head of Service, Preparing for Adulthood"], "2024-07", "Summer term 2024", "amber"),
      ("2.4", ["Agree a health transition protocol with Pennine Care and the Northern Care Alliance so that young people do not lose health support at 18"],
       "Designated Clinical Officer (DCO)", "Q1 2024/25",
       "Due to start in April 2024.", "Not started",
       ["Designated Clinical Officer (DCO)"], "2024-06", "Q1 2024/25", "unrated"),
      ]),
]


def build_oldham(path):
    L = []
    L.append(OLD_TITLE)
    L.append("Response to the joint Ofsted and CQC area SEND inspection, 26 to 30 June 2023 (report published 29 August 2023)")
    L.append("Version 4 - progress update for the Local Inclusion Partnership Executive Board, 11 March 2024")
    L.append("")
    L.append("Accountable officers: Managing Director, Children and Young People (Oldham Council); Place Lead for Oldham, NHS Greater Manchester")
    L.append("")
    L.append("RAG key: Blue = complete; Green = on track; Amber = some risk to delivery; Red = off track")
    L.append("")
    for heading, text, acts in OLD:
        L.append("=" * 72)
        L.append(heading)
        L.append("=" * 72)
        L.append("")
        L.append(text)
        L.append("")
        for (ref, what, lead, when, prog, rag, *_x) in acts:
            L.append("Action " + ref)
            L.append("What we will do: " + what[0])
            for extra in what[1:]:
                L.append("                 " + extra)
            L.append("Lead: " + lead)
            L.append("By when: " + when)
            L.append("Progress (March 2024): " + prog)
            L.append("RAG: " + rag)
            L.append("")
    L.append("-" * 72)
    L.append("Summary: 8 actions - Blue 2, Green 3, Amber 2, Red 0, Not started 1")
    L.append("Next update: Local Inclusion Partnership Executive Board, June 2024")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")


BUILDERS = [
    (NOTT_FILE, build_nottingham),
    (ALN_FILE, build_aln),
    (SOS_FILE, build_southend),
    (WRX_FILE, build_wrexham),
    (SHF_FILE, build_sheffield),
    (PCC_FILE, build_portsmouth),
    (OLD_FILE, build_oldham),
]


def main():
    for name, fn in BUILDERS:
        assert name.startswith("zro-")
        fn(os.path.join(HERE, name))
        print("built", name)


if __name__ == "__main__":
    main()
