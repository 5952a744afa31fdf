"""Build the seven is2- blind test files (set heldout287).

Run with /work/main/.venv/bin/python is2_make.py from any directory; files are
written next to this script.  Each record in the data lists below carries the
cell text as written; keys starting with x_ are the expected reading (used only
to write the .expected.yaml files, never to build the data files).
"""
import csv
import io
import os
from datetime import datetime as dt

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

F_STOKE = "is2-stoke-on-trent-city-council-asc-cqc-assessment-improvement-plan.xlsx"
F_CFRS = "is2-cambridgeshire-frs-hmicfrs-values-culture-recommendations-tracker.xlsx"
F_WBC = "is2-warrington-borough-council-strategic-risk-register-q3-2025-26-typo-month-refuse.xlsx"
F_DCC = "is2-dundee-city-council-annual-audit-report-2024-25-action-plan.docx"
F_GLAN = "is2-ysgol-gyfun-gymraeg-glantaf-estyn-post-inspection-action-plan.docx"
F_NSDC = "is2-newark-sherwood-dc-rsh-consumer-standards-housing-improvement-plan.csv"
F_LDC = "is2-lichfield-dc-internal-audit-recommendations-tracker.txt"

FILL = {
    "red": PatternFill("solid", fgColor="FF0000"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "green": PatternFill("solid", fgColor="00B050"),
    "blue": PatternFill("solid", fgColor="0070C0"),
    "navy": PatternFill("solid", fgColor="1F3864"),
    "teal": PatternFill("solid", fgColor="DDEBF7"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "hdr": PatternFill("solid", fgColor="BDD7EE"),
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


# ---------------------------------------------------------------------------
# 1. Stoke-on-Trent City Council - ASC CQC assessment improvement plan (xlsx)
# ---------------------------------------------------------------------------
STOKE_TITLE = "Adult Social Care Improvement Plan 2025–2027"
STOKE_BANDS = {
    "QS1": "Theme 1: Working with people – QS1 Assessing needs (score 2)",
    "QS3": "Theme 1: Working with people – QS3 Equity in experience and outcomes (score 2)",
    "QS4": "Theme 2: Providing support – QS4 Care provision, integration and continuity (score 3)",
    "QS9": "Theme 4: Leadership – QS9 Learning, improvement and innovation (score 3)",
}
STOKE_AFI = {
    "QS1": "People experienced delays in receiving Care Act assessments and reviews, and waiting lists were not always reviewed to manage risk.",
    "QS3": "Leaders did not have sufficient oversight of equality, diversity and inclusion data to understand and address inequalities in access and outcomes.",
    "QS4": "People waited too long for equipment and minor adaptations, and for financial assessments.",
    "QS9": "Learning from complaints, safeguarding adults reviews and feedback from people was not consistently shared with front-line staff.",
}
# (band, ref, action, lead cell, start, target, revised, progress, rag text, x_lead, x_end, x_end_text, x_status)
STOKE_ROWS = [
    ("QS1", "1.1",
     "Introduce a risk-rated triage of the assessment waiting list, with every person on the list contacted at least every 6 weeks.",
     "Head of Adult Social Work / Principal Social Worker", dt(2025, 7, 1), dt(2025, 10, 31), dt(2026, 1, 31),
     "Triage tool live in all three locality teams from January 2026; 6-weekly contact compliance 82%.", "Complete",
     ["Head of Adult Social Work", "Principal Social Worker"], "2026-01", None, "blue"),
    ("QS1", "1.2",
     "Reduce the number of people waiting for an annual review to below 600 by recruiting a dedicated reviewing team.",
     "Service Manager – Reviews", dt(2025, 8, 1), dt(2026, 3, 31), None,
     "Reviewing team of 6 practitioners in post from November 2025; waiting list now 774 (was 1,102).", "Amber",
     ["Service Manager – Reviews"], "2026-03", None, "amber"),
    ("QS1", "1.3",
     "Publish waiting times for assessments on the Live Life to the Max webpage and update them monthly.",
     "Head of Business Intelligence", dt(2025, 9, 1), dt(2025, 12, 31), None,
     "Published December 2025.", "Complete",
     ["Head of Business Intelligence"], "2025-12", None, "blue"),
    ("QS3", "1.4",
     "Add protected characteristic data to the ASC performance dashboard and report it quarterly to the ASC Leadership Team.",
     "Head of Business Intelligence and Head of Commissioning (All Age)", dt(2025, 10, 1), "Q4 2025/26", None,
     "Dashboard fields agreed; first quarterly report due March 2026.", "Green",
     ["Head of Business Intelligence", "Head of Commissioning (All Age)"], "2026-03", "Q4 2025/26", "green"),
    ("QS3", "1.5",
     "Co-produce an ASC Equality, Diversity and Inclusion action plan with the Making It Real Board.",
     "Principal Social Worker", dt(2025, 11, 1), dt(2026, 6, 30), None,
     "Two co-production workshops held; draft plan due April 2026.", "Green",
     ["Principal Social Worker"], "2026-06", None, "green"),
    ("QS4", "2.1",
     "Re-procure the community equipment service with a 7-day delivery standard for standard items.",
     "Head of Commissioning (All Age)", dt(2025, 9, 1), dt(2026, 4, 30), dt(2026, 9, 30),
     "Procurement paused pending the ICB joint commissioning decision; revised timeline agreed at ASC Improvement Board.", "Red",
     ["Head of Commissioning (All Age)"], "2026-09", None, "red"),
    ("QS4", "2.2",
     "Clear the backlog of financial assessments older than 28 days.",
     "Financial Assessment & Benefits Manager", dt(2025, 7, 1), dt(2025, 12, 31), None,
     "Backlog cleared 19/12/2025; now monitored weekly.", "Complete",
     ["Financial Assessment & Benefits Manager"], "2025-12", None, "blue"),
    ("QS9", "4.1",
     "Establish a quarterly ASC Learning Forum and a 'You said, we did' bulletin for staff.",
     "Principal Social Worker; Complaints & Customer Feedback Manager", dt(2025, 10, 1), "Ongoing", None,
     "First forum held 27/11/2025 (94 attendees).", "Green",
     ["Principal Social Worker", "Complaints & Customer Feedback Manager"], None, "Ongoing", "green"),
    ("QS9", "4.2",
     "Refresh the ASC quality assurance framework so that case file audits include feedback from the person and their carer.",
     "Head of Quality Assurance & Practice Development", dt(2026, 3, 1), dt(2026, 7, 31), None,
     "Not yet started – scheduled to begin March 2026.", None,
     ["Head of Quality Assurance & Practice Development"], "2026-07", None, "unrated"),
]
RAG_FILL_WORD = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}


def build_stoke(path):
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Stoke-on-Trent City Council"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = STOKE_TITLE
    cov["A2"].font = Font(bold=True, size=16)
    cov["A3"] = "Responding to the CQC Local Authority Assessment of adult social care (report published 13 June 2025)"
    cov["A5"] = "Plan owner"
    cov["B5"] = "Director of Adult Social Care"
    cov["A6"] = "Governance"
    cov["B6"] = "ASC Improvement Board (monthly); Cabinet and Adult Social Care Overview and Scrutiny Committee (six-monthly)"
    cov["A8"] = "Version control"
    cov["A8"].font = Font(bold=True)
    for c, h in enumerate(["Version", "Date", "Author", "Change"], 1):
        cell = cov.cell(row=9, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = FILL["hdr"]
    versions = [
        ("0.3", "14/10/2025", "ASC Quality & Improvement Team", "Draft for Cabinet"),
        ("1.0", "04/11/2025", "ASC Quality & Improvement Team", "Approved by Cabinet"),
        ("1.1", "16/02/2026", "ASC Quality & Improvement Team", "February 2026 progress update"),
    ]
    for r, v in enumerate(versions, 10):
        for c, val in enumerate(v, 1):
            cov.cell(row=r, column=c, value=val)
    cov.column_dimensions["A"].width = 16
    cov.column_dimensions["B"].width = 18
    cov.column_dimensions["C"].width = 34
    cov.column_dimensions["D"].width = 34

    ws = wb.create_sheet("Improvement Plan")
    ncol = 9
    ws["A1"] = STOKE_TITLE + " – progress at February 2026"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A2"] = "CQC Local Authority Assessment – overall rating Good (64%). Areas for improvement are taken from the CQC report; quality statement scores shown in brackets."
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    heads = ["Ref", "What CQC told us (area for improvement)", "Action", "Lead officer", "Start",
             "Target date", "Revised date", "Progress update – February 2026", "RAG"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = FILL["hdr"]
        cell.alignment = WRAP
        cell.border = BOX
    r = 5
    i = 0
    while i < len(STOKE_ROWS):
        band = STOKE_ROWS[i][0]
        group = [x for x in STOKE_ROWS if x[0] == band]
        cell = ws.cell(row=r, column=1, value=STOKE_BANDS[band])
        cell.font = Font(bold=True, color="FFFFFF")
        for c in range(1, ncol + 1):
            ws.cell(row=r, column=c).fill = FILL["navy"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1
        first = r
        for row in group:
            (_, ref, action, lead, start, target, revised, progress, rag) = row[:9]
            vals = [ref, STOKE_AFI[band] if r == first else None, action, lead, start, target, revised, progress, rag]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt):
                    cell.number_format = "mmm-yy"
            if rag:
                ws.cell(row=r, column=9).fill = FILL[RAG_FILL_WORD[rag]]
            r += 1
        if len(group) > 1:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        i += len(group)
    r += 1
    ws.cell(row=r, column=1, value="RAG summary").font = Font(bold=True)
    counts = [("Complete", 3), ("Green", 3), ("Amber", 1), ("Red", 1), ("Not yet rated", 1), ("Total actions", 9)]
    for k, n in counts:
        r += 1
        ws.cell(row=r, column=2, value=k)
        ws.cell(row=r, column=3, value=n)
    widths = [7, 40, 48, 30, 9, 11, 11, 42, 10]
    for c, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(c)].width = w
    ws.freeze_panes = "A5"

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for rr, (word, meaning) in enumerate([
        ("Red", "Off track – significant risk to delivery; escalated to ASC Improvement Board"),
        ("Amber", "Some slippage – recoverable within the plan period"),
        ("Green", "On track"),
        ("Complete", "Action completed and evidence held"),
    ], 2):
        key.cell(row=rr, column=1, value=word).fill = FILL[RAG_FILL_WORD[word]]
        key.cell(row=rr, column=2, value=meaning)
    key.column_dimensions["A"].width = 12
    key.column_dimensions["B"].width = 70
    wb.active = 1
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Cambridgeshire FRS - HMICFRS values and culture recommendations (xlsx)
# ---------------------------------------------------------------------------
CFRS_TITLE = "Values and Culture Action Plan"
CFRS_RECS = {
    "1": ("Raising concerns",
          "By 1 October 2023, chief fire officers should make sure their services provide a confidential way for staff to raise concerns and that staff are aware of whistleblowing processes.",
          "01/10/2023"),
    "3": ("Raising concerns",
          "By 1 June 2023, chief fire officers should review the support available for those who have raised concerns and take any action needed to make sure these provisions are suitable.",
          "01/06/2023"),
    "6": ("Background checks",
          "By 1 June 2023, chief fire officers should immediately review their current background checks arrangements, and make sure that all staff have received the appropriate level of check as determined by their role.",
          "01/06/2023"),
    "12": ("Misconduct handling",
           "By 1 October 2023, chief fire officers should make sure that misconduct investigations are carried out by appropriately trained staff who are independent of those involved.",
           "01/10/2023"),
    "21": ("Diversity data",
           "By 1 October 2023, chief fire officers should develop plans to improve the collection of equality and diversity data, to better understand their workforce demographics and needs.",
           "01/10/2023"),
}
# (rec, ref, action, owner cell, target, prev fill, curr fill, update, x_lead, x_end, x_status)
CFRS_ROWS = [
    ("1", "1a",
     "Launch an independent confidential reporting line (Safecall) for all staff and volunteers, and promote it through station visits and the intranet.",
     "Head of HR & OD", dt(2023, 9, 30), "blue", "blue",
     "Safecall live from 18/09/2023. 14 reports received in 2024.",
     ["Head of HR & OD"], "2023-09", "blue"),
    ("1", "1b",
     "Refresh the whistleblowing (Speak Up) policy and deliver briefings to all watches.",
     "ACFO Service Support", dt(2024, 3, 31), "green", "blue",
     "Policy approved by SLT February 2024; briefings to all watches complete.",
     ["ACFO Service Support"], "2024-03", "blue"),
    ("3", "3a",
     "Introduce trained Speak Up Guardians to support staff who raise concerns, with at least one Guardian in every station group.",
     "Head of HR & OD / Inclusion Manager", dt(2025, 3, 31), "amber", "green",
     "11 Guardians trained; two station groups to be covered by the March 2025 cohort.",
     ["Head of HR & OD", "Inclusion Manager"], "2025-03", "green"),
    ("6", "6a",
     "Complete a review of every role against the DBS eligibility criteria and record the level of check required in the establishment system.",
     "Head of HR & OD", dt(2023, 12, 31), "green", "blue",
     "Review complete; 612 roles assessed.",
     ["Head of HR & OD"], "2023-12", "blue"),
    ("6", "6b",
     "Carry out standard or enhanced DBS checks for all existing staff in eligible roles, with re-checks every three years.",
     "HR Services Manager", dt(2025, 6, 30), "amber", "amber",
     "83% of eligible staff checked. Delays due to volumes at DBS; additional HR resource agreed.",
     ["HR Services Manager"], "2025-06", "amber"),
    ("12", "12a",
     "Train a pool of 20 managers as accredited workplace investigators, and commission external investigators for cases involving senior officers.",
     "Head of HR & OD", dt(2025, 3, 31), "green", "green",
     "16 managers accredited; final cohort booked for March 2025.",
     ["Head of HR & OD"], "2025-03", "green"),
    ("21", "21a",
     "Run a 'Count me in' campaign to raise diversity data declaration rates in the HR system to at least 90%.",
     "Inclusion Manager", dt(2024, 6, 30), "red", "red",
     "Declaration rate 71%. Campaign relaunched with FBU and Unison support; target date under review.",
     ["Inclusion Manager"], "2024-06", "red"),
    ("21", "21b",
     "Publish an annual workforce equality report to the Fire Authority.",
     "Inclusion Manager", dt(2025, 7, 31), None, None,
     "New action added December 2024.",
     ["Inclusion Manager"], "2025-07", "unrated"),
]


def build_cfrs(path):
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "Cambridgeshire Fire and Rescue Service"
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = CFRS_TITLE + " – progress summary at 31 December 2024"
    s["A2"].font = Font(bold=True, size=12)
    s["A3"] = "Reported to the Overview and Scrutiny Committee, 23 January 2025"
    s["A5"] = "Status"
    s["B5"] = "Number of actions"
    for c in ("A5", "B5"):
        s[c].font = Font(bold=True)
        s[c].fill = FILL["hdr"]
    summ = [("Complete (blue)", 3, "blue"), ("On track (green)", 2, "green"),
            ("Some slippage (amber)", 1, "amber"), ("Off track (red)", 1, "red"),
            ("New – not yet rated", 1, None), ("Total", 8, None)]
    for r, (k, n, f) in enumerate(summ, 6):
        s.cell(row=r, column=1, value=k)
        s.cell(row=r, column=2, value=n)
        if f:
            s.cell(row=r, column=1).fill = FILL[f]
    s["A13"] = "Recommendations addressed to national bodies (the Home Office, NFCC, LGA and National Employers) are not included in this plan."
    s.column_dimensions["A"].width = 28
    s.column_dimensions["B"].width = 20

    ws = wb.create_sheet("Action Plan")
    ncol = 10
    ws["A1"] = CFRS_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A2"] = ("Response to the HMICFRS spotlight report 'Values and culture in fire and rescue services' (30 March 2023) "
                "– recommendations for chief fire officers. Position at 31 December 2024.")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    heads = ["Rec", "HMICFRS recommendation", "HMICFRS deadline", "Ref", "CFRS action", "Action owner",
             "Target date", "Previous RAG", "Current RAG", "Update"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = FILL["navy"]
        cell.alignment = WRAP
        cell.border = BOX
    r = 5
    section = None
    i = 0
    while i < len(CFRS_ROWS):
        rec = CFRS_ROWS[i][0]
        sec, rtext, deadline = CFRS_RECS[rec]
        if sec != section:
            cell = ws.cell(row=r, column=1, value=sec)
            cell.font = Font(bold=True)
            for c in range(1, ncol + 1):
                ws.cell(row=r, column=c).fill = FILL["grey"]
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            section = sec
            r += 1
        group = [x for x in CFRS_ROWS if x[0] == rec]
        first = r
        for row in group:
            (_, ref, action, owner, target, prev, curr, update) = row[:8]
            vals = [rec if r == first else None, rtext if r == first else None, deadline if r == first else None,
                    ref, action, owner, target, None, None, update]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt):
                    cell.number_format = "dd/mm/yyyy"
            if prev:
                ws.cell(row=r, column=8).fill = FILL[prev]
            if curr:
                ws.cell(row=r, column=9).fill = FILL[curr]
            r += 1
        if len(group) > 1:
            for c in (1, 2, 3):
                ws.merge_cells(start_row=first, start_column=c, end_row=r - 1, end_column=c)
        i += len(group)
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    for word, f in [("Blue = complete", "blue"), ("Green = on track", "green"),
                    ("Amber = some slippage, recoverable", "amber"), ("Red = off track / at risk", "red")]:
        r += 1
        ws.cell(row=r, column=2, value=word)
        ws.cell(row=r, column=1).fill = FILL[f]
    widths = [6, 46, 12, 6, 50, 24, 12, 10, 10, 44]
    for c, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(c)].width = w
    wb.active = 1
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. Warrington BC - strategic risk register Q3 2025/26 (xlsx, typo -> refuse)
# ---------------------------------------------------------------------------
WBC_RISKS = [
    ("SR01", "Financial sustainability\nThe council is unable to set a balanced budget for 2026/27 and the medium term without further exceptional financial support, leading to a section 114 notice.",
     "Director of Finance and Property (S151)", 25,
     "Medium Term Financial Strategy; monthly budget monitoring to Cabinet; spending controls panel; reserves strategy.",
     20, 20, "↔",
     [("Deliver the 2026/27 savings programme of £18.4m, with monthly tracking at the Transformation Board.",
       "Director of Finance and Property (S151)", "March 2026"),
      ("Agree a repayment profile for the capitalisation direction with MHCLG.",
       "Chief Accountant", "January 2026")]),
    ("SR02", "Adult social care demand\nDemand for adult social care and the cost of care packages exceed the available budget, affecting the council's ability to meet its Care Act duties.",
     "Director of Adult Social Services", 20,
     "Demand management programme; brokerage and commissioning controls; weekly high-cost package panel.",
     16, 16, "↔",
     [("Extend the reablement-first pathway to all hospital discharges through the Transfer of Care Hub.",
       "Assistant Director – Adult Social Care Operations", "Q4 2025/26"),
      ("Review all packages of care over £1,500 a week through the high-cost panel.",
       "Head of Commissioning", "Ongoing")]),
    ("SR03", "Cyber security\nA successful cyber attack results in loss of systems or data and disruption to critical services.",
     "Director of Corporate Services", 20,
     "Firewalls and endpoint protection; PSN compliance; annual penetration test; mandatory staff training.",
     12, 15, "↑",
     [("Complete the Cyber Assessment Framework self-assessment and agree an improvement plan.",
       "Head of ICT and Digital", "March 2026"),
      ("Migrate the remaining on-premise servers to Azure and decommission the Bewsey data centre.",
       "Head of ICT and Digital", "Febuary 2026")]),
    ("SR04", "Homelessness and temporary accommodation\nRising homelessness presentations increase the use and cost of temporary accommodation, including bed and breakfast.",
     "Director of Growth", 16,
     "Homelessness prevention service; temporary accommodation acquisition programme; landlord incentive scheme.",
     16, 16, "↔",
     [("Acquire a further 30 homes for use as temporary accommodation through the Local Authority Housing Fund.",
       "Head of Housing Options", "June 2026"),
      ("Launch the private rented sector landlord offer to increase prevention outcomes.",
       "Head of Housing Options", "April 2026")]),
]


def score_fill(v):
    if v >= 15:
        return FILL["red"]
    if v >= 8:
        return FILL["amber"]
    return FILL["green"]


def build_wbc(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "SRR Q3 2025-26"
    ws["A1"] = "Warrington Borough Council"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Strategic Risk Register – Quarter 3 2025/26 (position at 31 December 2025)"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Reported to the Audit and Corporate Governance Committee, 28 January 2026"
    heads = ["Risk ref", "Risk title and description", "Risk owner", "Inherent score (L x I)", "Existing controls",
             "Residual score Q2", "Residual score Q3", "Direction of travel", "Further actions", "Action owner",
             "Target date"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = FILL["navy"]
        cell.alignment = WRAP
        cell.border = BOX
    r = 6
    for (ref, desc, owner, inh, ctrl, q2, q3, dot, acts) in WBC_RISKS:
        first = r
        for j, (a, ao, td) in enumerate(acts):
            vals = [ref, desc, owner, inh, ctrl, q2, q3, dot] if j == 0 else [None] * 8
            vals += [a, ao, td]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
            r += 1
        for c in range(1, 9):
            ws.merge_cells(start_row=first, start_column=c, end_row=r - 1, end_column=c)
        for c, v in ((4, inh), (6, q2), (7, q3)):
            ws.cell(row=first, column=c).fill = score_fill(v)
    r += 1
    ws.cell(row=r, column=1, value="Scoring: likelihood (1–5) x impact (1–5). 15–25 red, 8–12 amber, 1–6 green. Direction of travel compares Q3 with Q2.")
    widths = [8, 48, 26, 10, 40, 10, 10, 10, 48, 26, 13]
    for c, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(c)].width = w

    m = wb.create_sheet("Risk matrix")
    m["A1"] = "Risk scoring matrix"
    m["A1"].font = Font(bold=True)
    m["A2"] = "Impact →  /  Likelihood ↓"
    for i in range(1, 6):
        m.cell(row=2, column=i + 1, value=i).font = Font(bold=True)
        m.cell(row=i + 2, column=1, value=6 - i).font = Font(bold=True)
        for j in range(1, 6):
            v = (6 - i) * j
            cell = m.cell(row=i + 2, column=j + 1, value=v)
            cell.fill = score_fill(v)
    wb.save(path)


# ---------------------------------------------------------------------------
# 4. Dundee City Council - 2024/25 annual audit report action plan (docx)
# ---------------------------------------------------------------------------
DCC_TITLE = "2024/25 ANNUAL AUDIT REPORT – ACTION PLAN PROGRESS"
# (no, issue title, issue text, recommendation, action, officer line text, date text, progress, status,
#  x_lead, x_end, x_status)
DCC_ROWS = [
    ("1", "Medium-term financial plan",
     "The council's medium-term financial plan identifies a cumulative funding gap of £52 million over 2025/26 to 2027/28. Savings plans to close the gap have not yet been fully identified.",
     "The council should update its medium-term financial plan to set out how the cumulative funding gap will be closed, including the savings expected from its transformation programme.",
     "The medium-term financial plan will be refreshed and presented to the Policy and Resources Committee alongside the 2026/27 revenue budget, with savings proposals for each year of the plan.",
     "Executive Director of Corporate Services", "February 2026",
     "Refreshed plan to be presented to the special budget meeting on 26 February 2026.", "On track",
     ["Executive Director of Corporate Services"], "2026-02", "green"),
    ("2", "Capital programme slippage",
     "Capital expenditure was £38.6 million (27%) below the revised budget, continuing a pattern of slippage in previous years.",
     "The council should review how capital projects are profiled at budget setting to give a more realistic capital plan, and report the reasons for slippage to members.",
     "A capital programme review group will re-profile all projects over £1 million before the 2026–2031 capital plan is approved, and quarterly monitoring reports will explain slippage by project.",
     "Executive Director of City Development and Head of Corporate Finance", "31 March 2026",
     "Review group established October 2025; 14 of 22 projects re-profiled.", "Amber",
     ["Executive Director of City Development", "Head of Corporate Finance"], "2026-03", "amber"),
    ("3", "Payroll – leavers",
     "Our testing identified three employees who continued to be paid after their leaving date, resulting in overpayments of £7,412.",
     "Management should remind managers of their responsibility to notify leavers promptly and introduce a monthly reconciliation of leavers to payroll.",
     "A monthly reconciliation of leavers notified in the HR system to the payroll run will be introduced, and a reminder issued to all managers through the Chief Executive's bulletin.",
     "Head of People", "December 2025",
     "Reconciliation in place from the October 2025 payroll. Overpayments recovered.", "Complete",
     ["Head of People"], "2025-12", "blue"),
    ("4", "Workforce planning",
     "Service workforce plans are not yet in place for all services, and the council's approach does not clearly link workforce plans to the financial plan and digital transformation.",
     "The council should complete workforce plans for all services and align them with the medium-term financial plan.",
     "Workforce plans for all services will be completed using the new corporate template and consolidated into a council-wide Workforce Plan 2026–2029.",
     "Head of People", "June 2026",
     "Template issued; 5 of 9 service plans drafted.", "On track",
     ["Head of People"], "2026-06", "green"),
    ("5", "Public performance reporting",
     "The Annual Performance Report does not yet show progress against all Council Plan targets.",
     "The council should ensure its public performance reporting covers all Council Plan priorities and includes trend and benchmarking data.",
     "The 2025/26 Annual Performance Report will include every Council Plan indicator with three-year trend data and LGBF family group comparisons.",
     "Head of Chief Executive's Services", "September 2026",
     "Not yet due.", "Not started",
     ["Head of Chief Executive's Services"], "2026-09", "unrated"),
    ("6", "Fraud risk assessment",
     "The council's fraud risk assessment was last updated in 2021.",
     "The council should refresh its fraud risk assessment and report it to the Scrutiny Committee.",
     "The corporate fraud team will refresh the fraud risk assessment in line with the CIPFA Code of Practice on Managing the Risk of Fraud and Corruption.",
     "Senior Manager – Internal Audit", "March 2026",
     "Draft assessment complete; to be reported to this Committee in April 2026.", "Amber",
     ["Senior Manager – Internal Audit"], "2026-03", "amber"),
]


def set_cell_shading(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def cell_paras(cell, paras, bold_first=False, size=9):
    """Write paragraphs into a table cell (first paragraph reuses the existing one)."""
    cell.text = ""
    for k, p in enumerate(paras):
        para = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
        run = para.add_run(p)
        run.font.size = Pt(size)
        if bold_first and k == 0:
            run.bold = True


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, m, Cm(1.8))


def build_dcc(path):
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    p.add_run("DUNDEE CITY COUNCIL").bold = True
    for line in ["REPORT TO: SCRUTINY COMMITTEE – 25 FEBRUARY 2026",
                 "REPORT ON: " + DCC_TITLE,
                 "REPORT BY: EXECUTIVE DIRECTOR OF CORPORATE SERVICES",
                 "REPORT NO: 61-2026"]:
        p = doc.add_paragraph()
        p.add_run(line).bold = True
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("1\tPURPOSE OF REPORT").bold = True
    doc.add_paragraph("1.1\tTo advise members of progress against the agreed management actions in the external "
                      "auditor's 2024/25 Annual Audit Report (Report No 272-2025), which was considered by this "
                      "Committee on 24 September 2025.")
    p = doc.add_paragraph()
    p.add_run("2\tRECOMMENDATIONS").bold = True
    doc.add_paragraph("2.1\tIt is recommended that the Committee notes the progress made against each agreed action, "
                      "as set out in Appendix 1.")
    doc.add_paragraph("2.2\tIt is recommended that the Committee instructs the Executive Director of Corporate Services "
                      "to report further progress in September 2026.")
    p = doc.add_paragraph()
    p.add_run("3\tFINANCIAL IMPLICATIONS").bold = True
    doc.add_paragraph("3.1\tThere are no direct financial implications arising from this report.")
    p = doc.add_paragraph()
    p.add_run("4\tMAIN TEXT").bold = True
    doc.add_paragraph("4.1\tAudit Scotland, the council's appointed external auditor, issued an unqualified opinion on "
                      "the 2024/25 annual accounts. The Annual Audit Report included six recommendations, each of "
                      "which was accepted by management with an agreed action, responsible officer and date.")
    doc.add_paragraph("4.2\tOf the six actions, one is complete, two are on track, two are rated amber and one is not "
                      "yet due to start.")
    doc.add_paragraph("ALISON MCKENZIE\nEXECUTIVE DIRECTOR OF CORPORATE SERVICES\t\t\t\t6 FEBRUARY 2026")
    doc.add_page_break()
    p = doc.add_paragraph()
    r = p.add_run("APPENDIX 1")
    r.bold = True
    p = doc.add_paragraph()
    r = p.add_run("2024/25 Annual Audit Report – action plan and progress update (position at 31 January 2026)")
    r.bold = True
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    hdr = ["Issue/risk", "Recommendation", "Agreed management action/timing", "Progress at January 2026", "Status"]
    for c, h in enumerate(hdr):
        cell = t.rows[0].cells[c]
        cell_paras(cell, [h], bold_first=True)
        set_cell_shading(cell, "1F3864")
        cell.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for row in DCC_ROWS:
        (no, ititle, itext, rec, action, officer, date, progress, status) = row[:9]
        cells = t.add_row().cells
        cell_paras(cells[0], [f"{no}. {ititle}", itext], bold_first=True)
        cell_paras(cells[1], [rec])
        cell_paras(cells[2], [action, f"Responsible officer: {officer}", f"Agreed date: {date}"])
        cell_paras(cells[3], [progress])
        cell_paras(cells[4], [status])
        fill = {"On track": "00B050", "Amber": "FFC000", "Complete": "0070C0"}.get(status)
        if fill:
            set_cell_shading(cells[4], fill)
    widths = [Cm(5.2), Cm(5.6), Cm(7.2), Cm(5.0), Cm(2.4)]
    for row in t.rows:
        for c, w in enumerate(widths):
            row.cells[c].width = w
    doc.add_paragraph()
    doc.add_paragraph("Source: Audit Scotland, Dundee City Council 2024/25 Annual Audit Report, Appendix 1. "
                      "Progress and status provided by responsible officers.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. Ysgol Gyfun Gymraeg Glantaf - Estyn post-inspection action plan (docx)
# ---------------------------------------------------------------------------
GLAN_TITLE = "Post-inspection Action Plan / Cynllun Gweithredu Ôl-arolwg"
GLAN_RECS = [
    ("R1: Strengthen the quality and consistency of teaching, particularly the use of questioning and feedback to challenge pupils", [
        ("1.1", "Deliver a programme of professional learning on effective questioning and feedback for all teaching staff, using the school's coaching triads.",
         "DHT (Teaching & Learning)", "Autumn term 2025",
         "All teachers complete the programme; learning walks show effective questioning in at least 80% of lessons.", "Complete",
         ["DHT (Teaching & Learning)"], "2025-12", "Autumn term 2025", "blue"),
        ("1.2", "Revise the marking and feedback policy so that feedback is timely, focused on next steps and acted on by pupils.",
         "AHT (Curriculum) / Heads of Faculty", "October 2025",
         "Policy approved by governors; book scrutiny shows pupils responding to feedback in most books.", "Complete",
         ["AHT (Curriculum)", "Heads of Faculty"], "2025-10", None, "blue"),
        ("1.3", "Carry out joint learning walks and book looks with the local authority school improvement partner to evaluate the impact on pupils' progress.",
         "Headteacher; LA school improvement partner", "Termly",
         "Joint evaluations confirm improvements in the quality of teaching and pupils' progress.", "Green",
         ["Headteacher", "LA school improvement partner"], None, "Termly", "green"),
    ]),
    ("R2: Improve pupils' attendance, particularly for those eligible for free school meals", [
        ("2.1", "Appoint an attendance and wellbeing officer to work with families of pupils whose attendance is below 90%.",
         "Business Manager", "September 2025",
         "Officer in post; persistent absence reduced by 3 percentage points by July 2026.", "Complete",
         ["Business Manager"], "2025-09", None, "blue"),
        ("2.2", "Introduce weekly attendance tracking meetings for each year group, with targeted support plans for pupils eligible for free school meals.",
         "AHT (Wellbeing) / Progress Leaders", "September 2025 – July 2026",
         "Attendance of pupils eligible for free school meals improves to at least 88%.", "Green",
         ["AHT (Wellbeing)", "Progress Leaders"], "2026-07", "September 2025 – July 2026", "green"),
        ("2.3", "Agree a graduated approach to persistent absence with the local authority Education Welfare Service, including joint home visits.",
         "AHT (Wellbeing)", "By 31 December 2025",
         "Protocol agreed and used for all pupils with attendance below 80%.", "Amber",
         ["AHT (Wellbeing)"], "2025-12", None, "amber"),
    ]),
    ("R3: Sharpen self-evaluation and improvement planning so that leaders focus precisely on the impact of provision on pupils' progress", [
        ("3.1", "Revise the self-evaluation calendar so that all evaluation activities focus on pupils' progress and the quality of learning, not just compliance.",
         "Headteacher", "Summer term 2025",
         "Calendar in place; evaluation reports refer to first-hand evidence of pupils' learning.", "Complete",
         ["Headteacher"], "2025-07", "Summer term 2025", "blue"),
        ("3.2", "Train middle leaders to write faculty improvement plans with precise, measurable success criteria.",
         "DHT (Teaching & Learning)", "January 2026",
         "All faculty plans for 2026–2027 meet the agreed quality criteria.", "Green",
         ["DHT (Teaching & Learning)"], "2026-01", None, "green"),
        ("3.3", "Report progress against this plan to each meeting of the governing body's Standards Committee.",
         "Chair of Governors and Headteacher", "Ongoing",
         "Governors are well informed and challenge leaders about progress.", "Green",
         ["Chair of Governors", "Headteacher"], None, "Ongoing", "green"),
    ]),
]


def build_glan(path):
    doc = Document()
    landscape(doc)
    doc.add_heading(GLAN_TITLE, level=0)
    p = doc.add_paragraph()
    p.add_run("Ysgol Gyfun Gymraeg Glantaf").bold = True
    doc.add_paragraph("Estyn core inspection: 10–13 March 2025. Inspection report published: 16 May 2025.")
    info = doc.add_table(rows=4, cols=2)
    info.style = "Table Grid"
    for r, (k, v) in enumerate([
        ("Cymeradwywyd gan y corff llywodraethu / Approved by the governing body", "8 July 2025"),
        ("Adolygu / Review", "Each half term by the Standards Committee"),
        ("Fersiwn / Version", "1.2 – progress updated January 2026"),
        ("Cysylltiad / Contact", "Headteacher"),
    ]):
        info.rows[r].cells[0].text = k
        info.rows[r].cells[1].text = v
    doc.add_paragraph()
    doc.add_paragraph("Allwedd cynnydd / Progress key: Green = on track; Amber = some delay, action being taken; "
                      "Red = not on track; Complete = achieved and evidenced.")
    hdr = ["Cyf. / Ref", "Camau gweithredu / Actions", "Arweinydd / Lead", "Amserlen / Timescale",
           "Meini prawf llwyddiant / Success criteria", "Cynnydd / Progress"]
    shade = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    for heading, rows in GLAN_RECS:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in enumerate(hdr):
            cell_paras(t.rows[0].cells[c], [h], bold_first=True)
            set_cell_shading(t.rows[0].cells[c], "D9E2F3")
        for (ref, action, lead, when, success, prog) in (x[:6] for x in rows):
            cells = t.add_row().cells
            for c, v in enumerate([ref, action, lead, when, success, prog]):
                cell_paras(cells[c], [v])
            set_cell_shading(cells[5], shade[prog])
        widths = [Cm(1.6), Cm(8.0), Cm(4.0), Cm(3.4), Cm(6.5), Cm(2.4)]
        for row in t.rows:
            for c, w in enumerate(widths):
                row.cells[c].width = w
        doc.add_paragraph()
    doc.add_heading("Llofnodion / Signatures", level=2)
    sig = doc.add_table(rows=2, cols=3)
    sig.style = "Table Grid"
    for c, v in enumerate(["Pennaeth / Headteacher", "Cadeirydd y Llywodraethwyr / Chair of Governors", "Dyddiad / Date"]):
        sig.rows[0].cells[c].text = v
    for c, v in enumerate(["", "", "8 July 2025"]):
        sig.rows[1].cells[c].text = v
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. Newark & Sherwood DC - RSH consumer standards housing improvement plan (csv)
# ---------------------------------------------------------------------------
NSDC_HDR = ["Ref", "RSH finding / area for improvement", "Action", "Lead officer", "Target date",
            "Revised date", "RAG", "Progress comments"]
# section rows are ("SECTION", name); action rows: (ref, finding, action, lead, target, revised, rag, comment,
#                                                   x_under_finding, x_lead, x_end, x_end_text, x_status)
NSDC_F1 = "The council does not have up-to-date stock condition data for around 30% of its homes."
NSDC_F2 = "Some fire risk assessment remedial actions and damp and mould cases were not completed within the council's own timescales."
NSDC_F3 = "Tenants did not have enough opportunity to scrutinise the council's performance as a landlord."
NSDC_F4 = "Records of anti-social behaviour cases were not always complete, and victims were not always kept informed."
NSDC_F5 = "Tenancy audits had lapsed since 2020."
NSDC_ROWS = [
    ("SECTION", "Safety and Quality Standard"),
    ("SQ1", NSDC_F1,
     "Complete stock condition surveys of the remaining 1,640 homes not surveyed since 2019.\nPrioritise sheltered schemes and homes of non-traditional construction.",
     "Business Manager – Housing Maintenance & Asset Management", "31/03/2026", "", "G",
     "1,102 surveys completed to date; contractor on schedule.",
     NSDC_F1, ["Business Manager – Housing Maintenance & Asset Management"], "2026-03", None, "green"),
    ("SQ2", "",
     "Load all survey data into the asset management system and produce a validated 30-year investment plan.",
     "Business Manager – Housing Maintenance & Asset Management", "Sep-26", "", "G",
     "Asset system upgrade complete December 2025.",
     NSDC_F1, ["Business Manager – Housing Maintenance & Asset Management"], "2026-09", None, "green"),
    ("SQ3", NSDC_F2,
     "Clear all overdue high-risk fire remedial actions and report compliance monthly to the Housing Compliance Board.",
     "Compliance Manager; Building Safety Manager", "30/09/2025", "31/12/2025", "B",
     "All 214 high-risk actions completed 12/12/2025.",
     NSDC_F2, ["Compliance Manager", "Building Safety Manager"], "2025-12", None, "blue"),
    ("SQ4", "",
     "Introduce a damp and mould policy and case management process that meets Awaab's Law timescales.",
     "Tenancy & Estates Business Manager", "Oct-25", "", "B",
     "Policy approved by Cabinet 14 October 2025.\nProcess live from 27 October 2025.",
     NSDC_F2, ["Tenancy & Estates Business Manager"], "2025-10", None, "blue"),
    ("SECTION", "Transparency, Influence and Accountability Standard"),
    ("TIA1", NSDC_F3,
     "Establish a Tenant Scrutiny Panel with terms of reference agreed with tenants, and support it to complete two scrutiny reviews a year.",
     "Tenant Engagement Manager", "Q3 2025/26", "", "A",
     "Panel recruited (9 members). First review, on repairs communication, started January 2026 – later than planned.",
     NSDC_F3, ["Tenant Engagement Manager"], "2025-12", "Q3 2025/26", "amber"),
    ("TIA2", "",
     "Publish Tenant Satisfaction Measures each year with a commentary on what the council is doing in response.",
     "Tenant Engagement Manager / Performance Officer", "Annually", "", "G",
     "2024/25 results and commentary published September 2025.",
     NSDC_F3, ["Tenant Engagement Manager", "Performance Officer"], None, "Annually", "green"),
    ("SECTION", "Neighbourhood and Community Standard"),
    ("NC1", NSDC_F4,
     "Move all ASB case management onto the council's case management system and introduce a victim contact standard.",
     "Community Protection Business Manager", "31/01/2026", "30/04/2026", "R",
     "Delayed by the system supplier; revised date agreed by Homes & Communities Committee.",
     NSDC_F4, ["Community Protection Business Manager"], "2026-04", None, "red"),
    ("SECTION", "Tenancy Standard"),
    ("TS1", NSDC_F5,
     "Restart tenancy audits, visiting every tenancy at least once every five years, starting with tenancies where there has been no contact for three years.",
     "Tenancy & Estates Business Manager", "30/06/2026", "", "",
     "Not started – audit programme begins April 2026.",
     NSDC_F5, ["Tenancy & Estates Business Manager"], "2026-06", None, "unrated"),
]


def build_nsdc(path):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    blank = [""] * len(NSDC_HDR)
    w.writerow(["Newark & Sherwood District Council"] + [""] * 7)
    w.writerow(["Housing Improvement Plan – Regulator of Social Housing inspection (C2 grading published 18 June 2025)"] + [""] * 7)
    w.writerow(["Progress update for Homes & Communities Committee – 12 January 2026"] + [""] * 7)
    w.writerow(blank)
    w.writerow(NSDC_HDR)
    for row in NSDC_ROWS:
        if row[0] == "SECTION":
            w.writerow([row[1]] + [""] * 7)
        else:
            w.writerow(list(row[:8]))
    w.writerow(blank)
    w.writerow(["Key: B = complete; G = on track; A = some slippage; R = off track / revised date needed"] + [""] * 7)
    w.writerow(["Total actions: 8 (B 2, G 3, A 1, R 1, not started 1)"] + [""] * 7)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. Lichfield DC - internal audit recommendations tracker (tab-separated txt)
# ---------------------------------------------------------------------------
LDC_HDR = ["Audit", "Year", "Assurance", "Rec", "Priority", "Recommendation", "Agreed action",
           "Responsible officer", "Original date", "Revised date", "RAG", "Latest update"]
# (audit, year, assurance, rec, priority, recommendation, agreed action, officer, orig, revised, rag, update,
#  x_lead, x_end, x_end_text, x_status)
LDC_ROWS = [
    ("Creditors (Accounts Payable)", "2024/25", "Reasonable", "1", "Medium",
     "Changes to supplier bank details should be independently verified by a call-back to a known contact before they are processed.",
     "Introduce a documented call-back check for all bank detail changes, evidenced on the supplier amendment form.",
     "Pelling, Anthony", "30/06/2025", "", "B",
     "Call-back procedure in place from May 2025; sample testing confirmed it is operating.",
     ["Pelling, Anthony"], "2025-06", None, "blue"),
    ("Creditors (Accounts Payable)", "2024/25", "Reasonable", "2", "Medium",
     "The duplicate payments report should be run and reviewed before each payment run.",
     "Run the duplicate payments report before each weekly BACS run and retain evidence of review.",
     "Finance Manager (Payments)", "31/07/2025", "", "B",
     "Complete.",
     ["Finance Manager (Payments)"], "2025-07", None, "blue"),
    ("Cyber Security", "2024/25", "Limited", "1", "High",
     "The council should ensure that all devices run supported operating systems and that security patches are applied within 14 days.",
     "Replace the 46 laptops running unsupported Windows builds and introduce monthly patch compliance reporting.",
     "ICT Manager / Cyber Security Officer", "30/09/2025", "31/03/2026", "A",
     "36 of 46 laptops replaced; remaining devices on order.",
     ["ICT Manager", "Cyber Security Officer"], "2026-03", None, "amber"),
    ("Cyber Security", "2024/25", "Limited", "2", "High",
     "Multi-factor authentication should be enforced for all remote access and privileged accounts.",
     "Enforce MFA on all remote access and on privileged administrator accounts.",
     "ICT Manager", "31/08/2025", "", "R",
     "MFA enforced for remote access; privileged accounts outstanding. Revised date to be agreed.",
     ["ICT Manager"], "2025-08", None, "red"),
    ("Cyber Security", "2024/25", "Limited", "3", "Medium",
     "A cyber incident response plan should be documented and tested.",
     "Document a cyber incident response plan and test it through a tabletop exercise with the Leadership Team.",
     "Head of Governance & Performance; ICT Manager", "31/12/2025", "30/04/2026", "A",
     "Plan drafted; LGA-facilitated exercise booked for April 2026.",
     ["Head of Governance & Performance", "ICT Manager"], "2026-04", None, "amber"),
    ("Section 106 Agreements", "2025/26", "Limited", "1", "High",
     "A complete register of Section 106 obligations should be maintained and reconciled to the finance system quarterly.",
     "Migrate the S106 register to the Exacom monitoring system and reconcile it to the ledger each quarter.",
     "Spatial Policy & Delivery Manager and Head of Finance & Procurement (S151)", "31/03/2026", "", "G",
     "Data migration 70% complete.",
     ["Spatial Policy & Delivery Manager", "Head of Finance & Procurement (S151)"], "2026-03", None, "green"),
    ("Section 106 Agreements", "2025/26", "Limited", "2", "Medium",
     "Spend deadlines for S106 contributions should be monitored to avoid repayment to developers.",
     "Report S106 contributions with spend deadlines within 24 months to the Leadership Team every quarter.",
     "Spatial Policy & Delivery Manager", "Quarterly", "", "G",
     "First report due March 2026.",
     ["Spatial Policy & Delivery Manager"], None, "Quarterly", "green"),
    ("Leisure Contract Management", "2025/26", "Reasonable", "1", "Medium",
     "Contract performance meetings with the leisure operator should be minuted and KPIs reported to the Leisure Client Board.",
     "Minute all quarterly performance meetings with the leisure operator and report KPIs to the Leisure Client Board.",
     "Head of Operational Services", "31/01/2026", "", "B",
     "Done – minutes and KPI pack in place from Q3.",
     ["Head of Operational Services"], "2026-01", None, "blue"),
]


def build_ldc(path):
    lines = [
        "Lichfield District Council",
        "Audit and Member Standards Committee – 12 March 2026",
        "Appendix B – Internal audit recommendations: implementation status (high and medium priority)",
        "Extracted from the audit management system 23/02/2026",
        "RAG: B = implemented; G = not yet due / on track; A = revised date agreed; R = overdue, no revised date",
        "",
        "\t".join(LDC_HDR),
    ]
    for row in LDC_ROWS:
        lines.append("\t".join(row[:12]))
    lines.append("")
    lines.append("Total: 8 recommendations (B 3, G 2, A 2, R 1)")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


def main():
    build_stoke(os.path.join(HERE, F_STOKE))
    build_cfrs(os.path.join(HERE, F_CFRS))
    build_wbc(os.path.join(HERE, F_WBC))
    build_dcc(os.path.join(HERE, F_DCC))
    build_glan(os.path.join(HERE, F_GLAN))
    build_nsdc(os.path.join(HERE, F_NSDC))
    build_ldc(os.path.join(HERE, F_LDC))
    print("built 7 files in", HERE)


if __name__ == "__main__":
    main()
