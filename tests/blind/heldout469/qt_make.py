"""Build the seven qt- blind test files (set heldout469).

Run with:  /work/main/.venv/bin/python qt_make.py
The data below is also imported by qt_expected.py, which writes the
.expected.yaml readings from the same strings.
"""
import csv
import os
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "0070C0",
    "grey": "D9D9D9",
    "head": "1F3864",
    "band": "DDEBF7",
}
thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(name):
    return PatternFill("solid", start_color=FILL[name], end_color=FILL[name])


def d(y, m, day):
    return datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Royal Berkshire FRS corporate risk register (xlsx)
# ---------------------------------------------------------------------------
RBFRS_FILE = "qt-royal-berkshire-fire-rescue-service-corporate-risk-register-2025-26.xlsx"
RBFRS_TITLE = "Royal Berkshire Fire and Rescue Service – Corporate Risk Register 2025-26"

# risk: (risk cell, description, risk owner, residual score, [actions])
# action: (ref, text, owner, target, target_fmt, revised, prev, current, update)
RBFRS_RISKS = [
    (
        "CRR01 – Financial sustainability",
        "Uncertainty over the 2026/27 funding settlement, pay awards and pension costs means the "
        "Authority may be unable to set a balanced budget over the Medium Term Financial Plan period.",
        "Director of Finance and Corporate Services",
        "16 (4 x 4)",
        [
            ("CRR01.1",
             "Refresh the Medium Term Financial Plan with three funding scenarios and present it to the Management Committee",
             "Director of Finance and Corporate Services",
             d(2025, 12, 31), "dd/mm/yyyy", None, "Amber", "Green",
             "Scenarios modelled; draft MTFP scheduled for the December Management Committee."),
            ("CRR01.2",
             "Deliver the £1.2m efficiency programme agreed in the 2025/26 budget, with monthly tracking at Strategic Leadership Team",
             "Head of Finance / Head of Procurement",
             d(2026, 3, 31), "mmm-yy", None, "Amber", "Amber",
             "£0.74m delivered to date. Fleet and estates savings slipping into Q4."),
        ],
    ),
    (
        "CRR02 – On-call availability",
        "Insufficient on-call (RDS) crew availability leads to appliances being unavailable and longer "
        "attendance times in rural parts of West Berkshire and Wokingham.",
        "Assistant Chief Fire Officer",
        "20 (4 x 5)",
        [
            ("CRR02.1",
             "Implement the revised on-call pay and availability model at the six pilot stations",
             "Area Manager – Response",
             d(2025, 9, 30), "dd/mm/yyyy", d(2026, 1, 31), "Red", "Amber",
             "Representative body consultation extended; revised date agreed by SLT on 14/10/2025."),
            ("CRR02.2",
             "Launch a targeted on-call recruitment campaign with local employers, including primary employer engagement packs",
             "Head of HR; Area Manager – Response",
             d(2025, 11, 30), "dd/mm/yyyy", None, "Amber", "Green",
             "Campaign launched 6 October; 23 applications received."),
            ("CRR02.3",
             "Review crewing flexibility and day-crewing cover arrangements through the Resourcing Board each month",
             "Group Manager – Operational Resourcing",
             "Ongoing", None, None, "Green", "Green",
             "Standing item on Resourcing Board agenda."),
        ],
    ),
    (
        "CRR03 – Cyber security",
        "A successful cyber attack disrupts mobilising, ICT and corporate systems, affecting the "
        "Service's ability to respond to emergencies and exposing personal data.",
        "Head of ICT",
        "15 (3 x 5)",
        [
            ("CRR03.1",
             "Complete the Cyber Assessment Framework self-assessment and close the gaps rated as 'not achieved'",
             "Head of ICT",
             "Q4 2025/26", None, None, "Amber", "Amber",
             "Self-assessment complete; 5 of 9 gaps closed."),
            ("CRR03.2",
             "Run a tabletop exercise of the mobilising business continuity plan with Thames Valley Fire Control Service partners",
             "Business Continuity Manager",
             d(2025, 9, 30), "mmm-yy", None, "Green", "Complete",
             "Exercise held 17 September 2025; lessons report to SLT in October."),
        ],
    ),
    (
        "CRR04 – Building safety and protection capacity",
        "A shortage of competent fire safety inspectors means the Service cannot meet its duties under "
        "the Building Safety Act 2022 and its risk-based inspection programme.",
        "Head of Protection",
        "12 (3 x 4)",
        [
            ("CRR04.1",
             "Progress eight trainee inspectors through the Level 4 Diploma in Fire Safety and third-party accreditation",
             "Head of Protection",
             "July 2026", None, None, "Amber", "Amber",
             "Six of eight on programme; two vacancies re-advertised."),
            ("CRR04.2",
             "Agree a memorandum of understanding with the Building Safety Regulator for multi-disciplinary team resourcing",
             "Head of Protection",
             d(2026, 3, 31), "dd/mm/yyyy", None, "Red", "Red",
             "Awaiting national template from NFCC; no local progress possible this quarter."),
        ],
    ),
]

RAG_WORD_FILL = {"Red": "red", "Amber": "amber", "Green": "green", "Complete": "blue"}


def build_rbfrs():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = RBFRS_TITLE
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Royal Berkshire Fire Authority – Audit and Governance Committee, 20 November 2025"
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    rows = [
        ("Version", "Date", "Author", "Summary of changes"),
        ("1.0", "03/04/2025", "Risk and Assurance Manager", "Register agreed for 2025-26"),
        ("1.1", "10/07/2025", "Risk and Assurance Manager", "Q1 review – CRR04 added"),
        ("1.2", "14/10/2025", "Risk and Assurance Manager", "Q2 review – CRR02.1 date revised"),
    ]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cov.cell(row=5 + i, column=1 + j, value=v)
            c.border = BORDER
            if i == 0:
                c.font = Font(bold=True)
    cov["A10"] = "Approved by: Strategic Leadership Team, 14 October 2025"
    cov["A11"] = "Classification: OFFICIAL"
    for col, w in zip("ABCD", (10, 12, 28, 40)):
        cov.column_dimensions[col].width = w

    ws = wb.create_sheet("Corporate Risk Register")
    ws["A1"] = RBFRS_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Quarter 2 review – position at 30 September 2025"
    ws["A2"].font = Font(italic=True)
    headers = ["Risk", "Risk description (cause / event / consequence)", "Risk owner",
               "Residual score (L x I)", "Action ref", "Further mitigating action",
               "Action owner", "Target date", "Revised date", "Previous RAG",
               "Current RAG", "Progress update (Q2)"]
    for j, h in enumerate(headers):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("head")
        c.alignment = WRAP
        c.border = BORDER
    r = 5
    for risk, desc, owner, score, actions in RBFRS_RISKS:
        first = r
        for (ref, text, aown, target, tfmt, revised, prev, cur, upd) in actions:
            vals = [risk, desc, owner, score, ref, text, aown, target, revised, prev, cur, upd]
            for j, v in enumerate(vals):
                if j in (0, 1, 2, 3) and r != first:
                    continue
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BORDER
            if tfmt:
                ws.cell(row=r, column=8).number_format = tfmt
            if revised is not None:
                ws.cell(row=r, column=9).number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=10).fill = fill(RAG_WORD_FILL[prev])
            ws.cell(row=r, column=11).fill = fill(RAG_WORD_FILL[cur])
            r += 1
        last = r - 1
        for col in (1, 2, 3, 4):
            if last > first:
                ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
            ws.cell(row=first, column=col).alignment = WRAP
        ws.cell(row=first, column=1).font = Font(bold=True)
    r += 1
    ws.cell(row=r, column=1, value="Notes: RAG shows progress of each mitigating action against its target date. "
                                   "Residual scores are reviewed quarterly by the Strategic Leadership Team. "
                                   "Actions rated Complete are removed at the next review.")
    widths = [24, 40, 24, 12, 10, 48, 26, 12, 12, 10, 10, 40]
    for j, w in enumerate(widths):
        ws.column_dimensions[get_column_letter(1 + j)].width = w
    ws.freeze_panes = "A5"

    key = wb.create_sheet("Scoring Matrix & Key")
    key["A1"] = "Risk scoring matrix (Likelihood x Impact)"
    key["A1"].font = Font(bold=True)
    key["A2"] = "Impact →"
    for i in range(1, 6):
        key.cell(row=2, column=1 + i, value=i)
    for li in range(5, 0, -1):
        rr = 3 + (5 - li)
        key.cell(row=rr, column=1, value=f"Likelihood {li}")
        for im in range(1, 6):
            s = li * im
            c = key.cell(row=rr, column=1 + im, value=s)
            c.fill = fill("red" if s >= 15 else "amber" if s >= 8 else "green")
    key["A10"] = "Action progress RAG"
    key["A10"].font = Font(bold=True)
    for i, (word, meaning) in enumerate([
        ("Green", "On track to deliver by the target date"),
        ("Amber", "Some slippage – recoverable within the quarter"),
        ("Red", "Off track – escalate to SLT"),
        ("Complete", "Action delivered"),
    ]):
        c = key.cell(row=11 + i, column=1, value=word)
        c.fill = fill(RAG_WORD_FILL[word])
        key.cell(row=11 + i, column=2, value=meaning)
    key.column_dimensions["A"].width = 14
    key.column_dimensions["B"].width = 50
    wb.save(os.path.join(HERE, RBFRS_FILE))


# ---------------------------------------------------------------------------
# 2. University of Sunderland internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
UOS_FILE = "qt-university-of-sunderland-internal-audit-recommendations-tracker.xlsx"
UOS_TITLE = "University of Sunderland – Internal Audit Recommendations Tracker"

# section: (heading, [recs]); rec: (priority, recommendation, [actions])
# action: (ref, text, officer, original, revised, rag, update)
UOS_SECTIONS = [
    ("2024/25 – Student Recruitment and Admissions (Reasonable assurance) – final report March 2025", [
        ("Medium",
         "Admissions decisions for applicants with non-standard qualifications should be recorded on the student "
         "record system with the rationale and the approving officer.",
         [("SRA 1",
           "Admissions tutors' guidance will be updated to require the rationale and approver to be entered in SITS "
           "for every non-standard offer; compliance will be sample-checked each term.",
           "Head of Admissions", d(2025, 7, 31), d(2025, 12, 31), "A",
           "Guidance drafted. SITS field change delayed by the summer Clearing freeze.")]),
        ("Low",
         "UCAS and direct application data should be reconciled to the student record system each month.",
         [("SRA 2",
           "A monthly reconciliation between the UCAS weekly extract and SITS applicant data will be introduced and "
           "signed off by the Admissions Operations Manager.",
           "Admissions Operations Manager", d(2025, 4, 30), None, "B",
           "Implemented from April 2025. Evidence seen by internal audit.")]),
    ]),
    ("2024/25 – Research Grant Costing and Post-Award Management (Limited assurance) – final report June 2025", [
        ("High",
         "The University should ensure that all externally funded research projects have a signed award agreement "
         "before any expenditure is committed.",
         [("RGC 1(a)",
           "Introduce a system control in Agresso preventing project codes from going live until the signed award "
           "letter has been uploaded.",
           "Director of Research and Innovation / Head of Finance Systems", d(2025, 9, 30), d(2026, 1, 31), "A",
           "Specification agreed with the supplier; testing scheduled for December."),
          ("RGC 1(b)",
           "Issue guidance to faculty research managers on pre-award spend and the exceptions approval route.",
           "Research Contracts Manager", d(2025, 8, 31), None, "B",
           "Guidance issued 28 August 2025.")]),
        ("Medium",
         "Overspent and closed projects should be reviewed quarterly and write-offs approved in line with the "
         "Financial Regulations.",
         [("RGC 2",
           "A quarterly post-award review meeting will be established between Research Finance and the faculties, "
           "with write-offs over £5,000 reported to the Finance Committee.",
           "Research Finance Manager", d(2025, 10, 31), None, "G",
           "First meeting held 15 October; terms of reference being finalised.")]),
        ("Low",
         "Time allocation for staff charged to research grants should be recorded monthly.",
         [("RGC 3",
           "Roll out the time allocation module to all grant-funded academic staff.",
           "Head of Finance Systems", d(2026, 3, 31), None, "G",
           "Pilot running in the Faculty of Health, Sciences and Wellbeing.")]),
    ]),
    ("2025/26 – Cyber Security: Third-Party Access (Limited assurance) – final report July 2025", [
        ("High",
         "Dormant third-party supplier accounts should be removed and access reviewed quarterly.",
         [("CYB 1",
           "Dormant supplier accounts (47 identified) will be disabled and a quarterly access recertification "
           "introduced for all third-party accounts.",
           "Chief Information Officer", d(2025, 9, 30), None, "R",
           "31 accounts disabled. Recertification tool not yet procured.")]),
        ("Medium",
         "Contracts with ICT suppliers should include the University's information security requirements.",
         [("CYB 2",
           "Procurement will include the University's standard information security schedule in all new ICT "
           "supplier contracts from 1 December 2025.",
           "Head of Procurement", d(2025, 12, 1), None, "G",
           "Schedule approved by the Information Governance Group.")]),
    ]),
]
UOS_RAG_FILL = {"R": "red", "A": "amber", "G": "green", "B": "blue"}


def build_uos():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = UOS_TITLE
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Audit and Risk Committee – 25 November 2025"
    s["A4"] = "Open and recently closed recommendations by priority"
    s["A4"].font = Font(bold=True)
    counts = {}
    for _, recs in UOS_SECTIONS:
        for pri, _, acts in recs:
            for a in acts:
                counts[(pri, a[5])] = counts.get((pri, a[5]), 0) + 1
    cols = ["Priority", "B – Complete", "G – On track", "A – Revised date agreed", "R – Overdue", "Total"]
    for j, h in enumerate(cols):
        c = s.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.border = BORDER
    tot = [0] * 5
    for i, pri in enumerate(["High", "Medium", "Low"]):
        row = [counts.get((pri, k), 0) for k in "BGAR"]
        row.append(sum(row))
        s.cell(row=6 + i, column=1, value=pri).border = BORDER
        for j, v in enumerate(row):
            s.cell(row=6 + i, column=2 + j, value=v).border = BORDER
            tot[j] += v
    s.cell(row=9, column=1, value="Total").font = Font(bold=True)
    for j, v in enumerate(tot):
        c = s.cell(row=9, column=2 + j, value=v)
        c.font = Font(bold=True)
        c.border = BORDER
    s["A11"] = "RAG key"
    s["A11"].font = Font(bold=True)
    for i, (k, meaning) in enumerate([
        ("B", "Complete – implemented and evidence provided"),
        ("G", "On track – within original target date"),
        ("A", "Revised target date agreed by the Audit and Risk Committee"),
        ("R", "Overdue – past target date with no agreed revision"),
    ]):
        c = s.cell(row=12 + i, column=1, value=k)
        c.fill = fill(UOS_RAG_FILL[k])
        s.cell(row=12 + i, column=2, value=meaning)
    s.column_dimensions["A"].width = 12
    for col in "BCDEF":
        s.column_dimensions[col].width = 22

    t = wb.create_sheet("Tracker")
    t["A1"] = UOS_TITLE
    t["A1"].font = Font(bold=True, size=14)
    t["A2"] = "Position as at 31 October 2025 – updates provided by responsible officers"
    headers = ["Ref", "Priority", "Recommendation", "Agreed management action", "Responsible officer",
               "Original target date", "Revised target date", "RAG", "Progress update"]
    for j, h in enumerate(headers):
        c = t.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("head")
        c.alignment = WRAP
        c.border = BORDER
    r = 5
    for heading, recs in UOS_SECTIONS:
        t.cell(row=r, column=1, value=heading).font = Font(bold=True)
        for j in range(1, 10):
            t.cell(row=r, column=j).fill = fill("band")
        t.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for pri, rec, acts in recs:
            first = r
            for (ref, text, officer, orig, rev, rag, upd) in acts:
                vals = [ref, pri, rec, text, officer, orig, rev, rag, upd]
                for j, v in enumerate(vals):
                    if j in (1, 2) and r != first:
                        continue
                    c = t.cell(row=r, column=1 + j, value=v)
                    c.alignment = WRAP
                    c.border = BORDER
                t.cell(row=r, column=6).number_format = "dd/mm/yyyy"
                if rev is not None:
                    t.cell(row=r, column=7).number_format = "dd/mm/yyyy"
                c = t.cell(row=r, column=8)
                c.fill = fill(UOS_RAG_FILL[rag])
                c.alignment = Alignment(horizontal="center", vertical="top")
                r += 1
            if r - 1 > first:
                for col in (2, 3):
                    t.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
    r += 1
    t.cell(row=r, column=1, value="Recommendations rated B are reported once as complete and then removed from the tracker.")
    widths = [10, 10, 42, 48, 28, 13, 13, 6, 40]
    for j, w in enumerate(widths):
        t.column_dimensions[get_column_letter(1 + j)].width = w
    t.freeze_panes = "A5"

    a = wb.create_sheet("Assurance levels")
    a["A1"] = "Internal audit assurance levels"
    a["A1"].font = Font(bold=True)
    for i, (lvl, txt) in enumerate([
        ("Substantial", "A sound system of governance, risk management and control exists."),
        ("Reasonable", "Some improvement is required to enhance the adequacy and effectiveness of the framework."),
        ("Limited", "Significant improvement is required to the framework of governance, risk management and control."),
        ("No assurance", "Immediate action is required to address fundamental gaps."),
    ]):
        a.cell(row=2 + i, column=1, value=lvl)
        a.cell(row=2 + i, column=2, value=txt)
    a.column_dimensions["A"].width = 16
    a.column_dimensions["B"].width = 90
    wb.save(os.path.join(HERE, UOS_FILE))


# ---------------------------------------------------------------------------
# 3. NHS Staffordshire and Stoke-on-Trent ICB UEC highlight report (xlsx)
# ---------------------------------------------------------------------------
ICB_FILE = "qt-nhs-staffordshire-and-stoke-on-trent-icb-uec-improvement-programme-highlight-report.xlsx"
ICB_TITLE = ("NHS Staffordshire and Stoke-on-Trent ICB – Urgent and Emergency Care Improvement Programme "
             "Highlight Report")

# workstream: (name, [milestones]); milestone: (ref, text, lead, baseline, forecast, rag, commentary)
ICB_WORKSTREAMS = [
    ("1. Admission avoidance", [
        ("1.1", "Extend the Urgent Community Response service to 8am–10pm, seven days a week, across North Staffordshire",
         "Deputy Director of Community Services (MPFT)", d(2025, 9, 30), d(2025, 11, 30), "amber",
         "Recruitment of 6 WTE band 6 practitioners behind plan; 4 in post."),
        ("1.2", "Go live with the Care Co-ordination Hub single point of access for West Midlands Ambulance Service crews",
         "UEC Programme Manager / WMAS Head of Operations", d(2025, 10, 31), d(2025, 10, 31), "blue",
         "Live from 27 October 2025."),
    ]),
    ("2. Emergency department flow", [
        ("2.1", "Implement Same Day Emergency Care (SDEC) direct access from NHS 111 at Royal Stoke University Hospital",
         "UHNM Clinical Director for Emergency Medicine", d(2025, 12, 31), d(2025, 12, 31), "green",
         "Pathway agreed with the 111 provider; directory of services updated."),
        ("2.2", "Reduce ambulance handover delays over 45 minutes to zero through the 'release to respond' protocol",
         "Chief Operating Officer (UHNM)", d(2025, 9, 30), d(2026, 1, 31), "red",
         "Average 31 handovers a week over 45 minutes in October. Recovery trajectory to January."),
    ]),
    ("3. Discharge and intermediate care", [
        ("3.1", "Open 24 additional discharge-to-assess beds commissioned with Stoke-on-Trent City Council",
         "Director of Commissioning (ICB); Assistant Director Adult Social Care (SOTCC)", d(2025, 11, 30),
         d(2025, 11, 30), "green", "Provider contracts signed; 12 beds open, remainder mid-November."),
        ("3.2", "Reduce the number of patients with no criteria to reside to below 150 across the acute sites",
         "System Discharge Lead", "Q4 2025/26", "Q4 2025/26", "amber",
         "178 at last census (3 November)."),
        ("3.3", "Agree the winter 2025/26 OPEL escalation framework with all system partners",
         "UEC Programme Manager", d(2025, 10, 31), d(2025, 10, 31), "blue",
         "Signed off by system chief executives on 21 October."),
    ]),
    ("4. Mental health crisis", [
        ("4.1", "Open the mental health crisis assessment centre at the Harplands Hospital",
         "MPFT Director of Operations", d(2026, 3, 31), d(2026, 3, 31), "green",
         "Estates works started 3 November."),
    ]),
]


def build_icb():
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight report"
    ws["A1"] = ICB_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Reporting period: October 2025 | Senior Responsible Owner: Chief Delivery Officer | "
                "Report to: UEC Board, 18 November 2025")
    ws.merge_cells("A2:H2")
    ws["A3"] = "Overall programme RAG"
    ws["A3"].font = Font(bold=True)
    ws["B3"] = "Amber"
    ws["B3"].fill = fill("amber")
    ws["A5"] = "Key achievements this period"
    ws["A5"].font = Font(bold=True)
    ws["A6"] = "• Care Co-ordination Hub went live on 27 October 2025, taking 41 WMAS calls in its first week."
    ws["A7"] = "• Winter OPEL escalation framework signed off by all system partners."
    ws["A9"] = "RAG key:"
    ws["A9"].font = Font(bold=True)
    for j, (word, col) in enumerate([("Complete", "blue"), ("On track", "green"),
                                     ("At risk", "amber"), ("Off track", "red")]):
        c = ws.cell(row=9, column=2 + j, value=word)
        c.fill = fill(col)
        c.border = BORDER
    ws["A11"] = "Milestone tracker"
    ws["A11"].font = Font(bold=True, size=12)
    headers = ["Workstream", "Ref", "Milestone / key deliverable", "Lead", "Baseline date",
               "Forecast date", "RAG", "Commentary"]
    for j, h in enumerate(headers):
        c = ws.cell(row=12, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("head")
        c.alignment = WRAP
        c.border = BORDER
    r = 13
    for name, ms in ICB_WORKSTREAMS:
        first = r
        for (ref, text, lead, base, fc, rag, com) in ms:
            vals = [name if r == first else None, ref, text, lead, base, fc, None, com]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j)
                if v is not None:
                    c.value = v
                c.alignment = WRAP
                c.border = BORDER
            for col, v in ((5, base), (6, fc)):
                if isinstance(v, datetime):
                    ws.cell(row=r, column=col).number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=7).fill = fill(rag)
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(row=first, column=1).font = Font(bold=True)
    r += 1
    ws.cell(row=r, column=1, value="Decisions / escalations required from the UEC Board").font = Font(bold=True)
    ws.cell(row=r + 1, column=1, value="• Note the revised forecast for handover delays (2.2) and the UHNM recovery trajectory.")
    ws.cell(row=r + 2, column=1, value="• Approve £420k non-recurrent funding to sustain extended UCR hours to 31 March 2026.")
    ws.cell(row=r + 4, column=1, value="Next report due: December 2025 UEC Board")
    widths = [22, 6, 50, 32, 12, 12, 8, 44]
    for j, w in enumerate(widths):
        ws.column_dimensions[get_column_letter(1 + j)].width = w
    wb.save(os.path.join(HERE, ICB_FILE))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
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
# 4. Millbeck Medical Practice CQC inspection action plan (docx)
# ---------------------------------------------------------------------------
GP_FILE = "qt-millbeck-medical-practice-cqc-inspection-action-plan.docx"
GP_TITLE = "Millbeck Medical Practice – CQC Inspection Action Plan"

GP_NOTICES = [
    ("Requirement Notice 1: Regulation 12 – Safe care and treatment",
     "The provider must ensure care and treatment is provided in a safe way for patients, including the proper and "
     "safe management of medicines and the monitoring of patients prescribed high-risk medicines.",
     [("1.1", "Complete a search of all patients prescribed methotrexate, lithium, azathioprine and DOACs and recall "
              "those overdue monitoring bloods.",
       "Clinical Pharmacist", "31/07/2025", "All 64 patients recalled; 61 now up to date, 3 declined and coded.",
       "Complete"),
      ("1.2", "Introduce a monthly high-risk drug monitoring search run by the PCN pharmacy team, with results "
              "reviewed at the clinical meeting.",
       "Lead GP / Clinical Pharmacist", "August 2025", "Search scheduled on the first Monday of each month.",
       "Complete"),
      ("1.3", "Review the patients with a possible missed diagnosis of diabetes identified by the CQC clinical "
              "searches and book overdue reviews.",
       "Dr H Okafor", "30/09/2025 (revised 31/10/2025)",
       "78 of 96 patients reviewed. Remaining reviews booked for October.", "Amber"),
      ]),
    ("Requirement Notice 2: Regulation 17 – Good governance",
     "The provider must establish effective systems and processes to ensure good governance, including oversight of "
     "staff training, management of safety alerts and acting on patient feedback.",
     [("2.1", "Set up a training matrix for all clinical and non-clinical staff showing mandatory training "
              "(safeguarding, infection prevention and control, basic life support) with renewal dates.",
       "Practice Manager", "Jul-25", "Matrix in place on the shared drive; reviewed monthly.", "Complete"),
      ("2.2", "Create a safety alerts log recording each MHRA alert received, the searches run, the action taken and "
              "the clinician who signed it off.",
       "Practice Manager & Clinical Pharmacist", "31/08/2025", "Log in use since 1 August 2025.", "Complete"),
      ("2.3", "Hold quarterly governance meetings with minutes covering significant events, complaints, QOF and "
              "patient survey results.",
       "Managing Partner", "Ongoing – quarterly", "First meeting held 9 September 2025; next due December.",
       "On track"),
      ]),
]
GP_SHOULD = ("Areas where the practice should improve",
             [("S1", "Continue to improve the uptake of cervical screening.",
               "Offer Saturday morning cervical screening clinics at the Huntington branch surgery and send text "
               "reminders to non-responders.",
               "Nurse Manager", "December 2025", "On track"),
              ("S2", "Improve patient satisfaction with telephone access.",
               "Move to a cloud-based telephony system with call-back and queue position messages.",
               "Practice Manager", "Jan 2026", "Not started"),
              ])


def build_gp():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading(GP_TITLE, level=0)
    doc.add_paragraph("Following the CQC assessment on 14 May 2025 (report published 2 July 2025). "
                      "Overall rating: Requires improvement.")
    doc.add_paragraph("Document control").runs[0].bold = True
    dc = doc.add_table(rows=4, cols=4)
    dc.style = "Table Grid"
    for i, row in enumerate([("Version", "Date", "Author", "Comments"),
                             ("1.0", "30/07/2025", "Practice Manager", "Submitted to CQC"),
                             ("1.1", "10/09/2025", "Practice Manager", "Progress update for partners' meeting"),
                             ("1.2", "15/10/2025", "Practice Manager", "Progress update for ICB primary care team")]):
        for j, v in enumerate(row):
            set_text(dc.cell(i, j), v, bold=(i == 0))
    doc.add_paragraph("Status key: Complete – action finished and evidence held; On track; Amber – delayed; "
                      "Not started.")
    cols = ["No.", "Action to be taken", "Responsible person", "Completion by", "Progress update (15/10/2025)",
            "Status"]
    for heading, finding, actions in GP_NOTICES:
        doc.add_heading(heading, level=1)
        doc.add_paragraph(finding)
        t = doc.add_table(rows=1 + len(actions), cols=len(cols))
        t.style = "Table Grid"
        for j, h in enumerate(cols):
            set_text(t.cell(0, j), h, bold=True)
            shade(t.cell(0, j), "D9E2F3")
        for i, (ref, act, lead, when, prog, status) in enumerate(actions, start=1):
            for j, v in enumerate((ref, act, lead, when, prog, status)):
                set_text(t.cell(i, j), v)
    heading, rows = GP_SHOULD
    doc.add_heading(heading, level=1)
    doc.add_paragraph("CQC also told us the practice should make the following improvements.")
    cols2 = ["Ref", "Should do", "Action", "Lead", "Target date", "Status"]
    t = doc.add_table(rows=1 + len(rows), cols=len(cols2))
    t.style = "Table Grid"
    for j, h in enumerate(cols2):
        set_text(t.cell(0, j), h, bold=True)
        shade(t.cell(0, j), "D9E2F3")
    for i, row in enumerate(rows, start=1):
        for j, v in enumerate(row):
            set_text(t.cell(i, j), v)
    doc.add_paragraph("")
    doc.add_paragraph("Signed on behalf of the partners: Dr R Ellison, Managing Partner. Date: 15/10/2025")
    doc.save(os.path.join(HERE, GP_FILE))


# ---------------------------------------------------------------------------
# 5. St Wilfrid's Catholic Primary School post-Ofsted action plan (docx)
# ---------------------------------------------------------------------------
SCH_FILE = "qt-st-wilfrids-catholic-primary-school-post-ofsted-action-plan.docx"
SCH_TITLE = "St Wilfrid’s Catholic Primary School – Post-Ofsted Action Plan 2024–25"

# priority: (heading, afi, [actions]); action: (ref, text, lead, timescale, success, monitoring, rag)
SCH_PRIORITIES = [
    ("Priority 1 – Early reading and phonics",
     "Leaders should ensure that the phonics programme is taught consistently well and that the books pupils read "
     "closely match the sounds they know, so that weaker readers catch up quickly.",
     [("1a", "All staff who teach phonics, including teaching assistants, to complete Little Wandle refresher "
             "training and be observed by the English lead.",
       "English Lead", "Autumn term 2024", "100% of phonics sessions observed are good or better.",
       "Learning walks; governor visit", "green"),
      ("1b", "Daily ‘keep-up’ sessions for the lowest 20% of readers in Reception and Year 1, with assessments every "
             "six weeks.",
       "English Lead / Year 1 Teacher", "Spring term 2025", "Phonics screening check pass rate at least 85%.",
       "Six-weekly assessment data", "amber"),
      ("1c", "Audit home reading books and replace any that are not matched to the phonics programme.",
       "English Lead; School Business Manager", "October 2024",
       "Every reading book sent home is fully decodable.", "Book audit", "green"),
      ]),
    ("Priority 2 – Curriculum in the foundation subjects",
     "In some foundation subjects, the curriculum does not set out the important knowledge pupils should learn and "
     "when. Leaders should ensure that subject plans identify this precisely so that pupils build their knowledge "
     "securely over time.",
     [("2a", "Subject leaders for history, geography and science to rewrite medium-term plans identifying the key "
             "knowledge and vocabulary for each unit.",
       "Deputy Headteacher (Curriculum)", "Spring term 2025", "Revised plans in place for all units.",
       "Plan scrutiny by SLT", "amber"),
      ("2b", "Introduce end-of-unit knowledge quizzes and use the results in pupil progress meetings.",
       "Subject leaders", "Summer term 2025", "Pupils recall key knowledge from previous units.",
       "Pupil voice; quiz outcomes", "red"),
      ("2c", "Governors’ curriculum link visits each term to test pupils’ recall with subject leaders.",
       "Chair of Standards and Curriculum Committee", "Termly", "Visit notes show secure recall.",
       "Governor visit reports", "amber"),
      ]),
    ("Priority 3 – Attendance",
     "Too many disadvantaged pupils are persistently absent. Leaders should make sure that their work with families "
     "improves these pupils’ attendance.",
     [("3a", "Appoint a part-time Attendance and Family Support Officer and hold a weekly attendance review with the "
             "Headteacher.",
       "Headteacher", "January 2025", "Officer in post; weekly reviews minuted.", "HR records; review notes",
       "green"),
      ("3b", "Work with the local authority Attendance Support Team on early help plans for families of pupils below "
             "90% attendance.",
       "Attendance and Family Support Officer", "Summer term 2025",
       "Persistent absence of disadvantaged pupils below 15%.", "Termly attendance report to governors", "amber"),
      ]),
]


def build_school():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    run = p.add_run(SCH_TITLE)
    run.bold = True
    run.font.size = Pt(16)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = doc.add_paragraph("Ofsted inspection: 8 and 9 October 2024 – Overall effectiveness: Requires improvement")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("This plan responds to the ‘What does the school need to do to improve?’ section of the "
                      "inspection report. It is reviewed each half term by the Standards and Curriculum Committee "
                      "of the governing body.")
    doc.add_paragraph("RAG key")
    key = doc.add_table(rows=1, cols=3)
    key.style = "Table Grid"
    for j, (txt, col) in enumerate([("Green – completed", "00B050"), ("Amber – in progress", "FFC000"),
                                    ("Red – not on track", "FF0000")]):
        set_text(key.cell(0, j), txt)
        shade(key.cell(0, j), col)
    cols = ["Ref", "Action", "Lead", "Timescale", "Success criteria", "Monitoring", "RAG"]
    for heading, afi, actions in SCH_PRIORITIES:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=2 + len(actions), cols=len(cols))
        t.style = "Table Grid"
        top = t.cell(0, 0).merge(t.cell(0, len(cols) - 1))
        set_text(top, afi)
        shade(top, "DDEBF7")
        for j, h in enumerate(cols):
            set_text(t.cell(1, j), h, bold=True)
        for i, (ref, act, lead, when, succ, mon, rag) in enumerate(actions, start=2):
            for j, v in enumerate((ref, act, lead, when, succ, mon)):
                set_text(t.cell(i, j), v)
            shade(t.cell(i, 6), FILL[rag])
        doc.add_paragraph("")
    doc.add_paragraph("Approval")
    s = doc.add_table(rows=2, cols=3)
    s.style = "Table Grid"
    for j, v in enumerate(["Approved by the governing body", "Chair of Governors", "Headteacher"]):
        set_text(s.cell(0, j), v, bold=True)
    for j, v in enumerate(["12 November 2024", "M. Callaghan", "J. Devlin"]):
        set_text(s.cell(1, j), v)
    doc.save(os.path.join(HERE, SCH_FILE))


# ---------------------------------------------------------------------------
# 6. Humberside Police CDI action plan (csv) – refuse: mistyped month
# ---------------------------------------------------------------------------
HUM_FILE = "qt-humberside-police-hmicfrs-crime-data-integrity-action-plan-typo-month-refuse.csv"
HUM_TITLE = "Humberside Police – HMICFRS Crime Data Integrity Inspection 2025 – Action Plan"
HUM_ROWS = [
    [HUM_TITLE, "", "", "", "", "", "", ""],
    ["Owner: ACC Crime and Public Protection. Exported from the Force Improvement Tracker on 03/11/2025",
     "", "", "", "", "", "", ""],
    ["", "", "", "", "", "", "", ""],
    ["Ref", "Finding type", "HMICFRS finding", "Action", "Action owner", "Due date", "RAG", "Latest update"],
    ["CoC1", "Cause of concern",
     "The force doesn't make sure it records all reports of violent crime, including domestic abuse, at the first "
     "point of contact.",
     "Introduce a daily audit of closed incidents with violence qualifiers to identify crimes not recorded within "
     "24 hours",
     "Force Crime Registrar", "30/11/2025", "Green", "Audit live since 1 October; compliance 93.4%"],
    ["CoC1 R1", "Recommendation",
     "By 31 March 2026, the force should make sure Force Control Room staff record crimes at the first point of "
     "contact.",
     "Deliver crime recording training to all Force Control Room call handlers and dispatchers",
     "Head of Contact Management", "Dec-25", "Amber", "212 of 260 staff trained; remaining sessions booked"],
    ["CoC1 R2", "Recommendation",
     "By 31 March 2026, the force should improve supervision of crime recording decisions in the Resolution Centre.",
     "Add a supervisory crime recording check to the Resolution Centre end-of-shift process",
     "Resolution Centre Inspector / Force Crime Registrar", "31/01/2026", "Green",
     "Process drafted and out for consultation"],
    ["AFI1", "Area for improvement",
     "The force should improve how it records crimes of stalking and harassment.",
     "Issue a stalking and harassment recording aide-memoire and refresh the Niche crime classification prompts",
     "Detective Superintendent Public Protection", "31/10/2025", "Green", "Aide-memoire published 20 October"],
    ["AFI2", "Area for improvement",
     "The force should make sure it records crimes of modern slavery when they are reported.",
     "Update the NRM referral process so that a modern slavery crime is created at the same time as the referral",
     "Head of Vulnerability and Safeguarding", "Novmber 2025", "Amber",
     "Process change agreed; awaiting Niche configuration"],
    ["AFI3", "Area for improvement",
     "The force should make sure that decisions to cancel recorded crimes comply with the Home Office Counting "
     "Rules.",
     "Route all crime cancellation requests through the Crime Registrar's team before approval",
     "Force Crime Registrar", "31/08/2025", "Blue", "Complete – in place since August"],
    ["AFI4", "Area for improvement",
     "The force should improve how it records reports of rape made by third parties.",
     "Add third-party rape reports to the weekly Operation Soteria crime recording audit",
     "DCI Operation Soteria Lead", "Q4 2025/26", "Green", "Audit template amended"],
    ["", "", "", "", "", "", "", ""],
    ["RAG key: Blue = complete; Green = on track; Amber = at risk; Red = off track", "", "", "", "", "", "", ""],
]
HUM_TYPO_LINE = 9


def build_humberside():
    with open(os.path.join(HERE, HUM_FILE), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        for row in HUM_ROWS:
            w.writerow(row)


# ---------------------------------------------------------------------------
# 7. Grand Union Housing Group consumer standards improvement plan (txt, TSV)
# ---------------------------------------------------------------------------
GU_FILE = "qt-grand-union-housing-group-rsh-consumer-standards-improvement-plan.txt"
GU_TITLE = "Grand Union Housing Group – Consumer Standards Improvement Plan"

# standard: (heading, [actions]); action: (ref, text, lead, original, revised, rag, progress)
GU_STANDARDS = [
    ("1. Safety and Quality Standard", [
        ("SQ1", "Complete stock condition surveys for the remaining 2,140 homes not surveyed in the last five years",
         "Director of Property Services", "31/03/2026", "", "Green", "1,310 surveys completed to end of September"),
        ("SQ2", "Clear the backlog of 312 overdue high-risk fire risk assessment remedial actions",
         "Head of Building Safety", "30/09/2025", "31/12/2025", "Amber",
         "204 actions closed; contractor capacity increased from October"),
        ("SQ3", "Introduce a damp and mould case management process meeting Awaab's Law timescales, with a weekly "
                "exception report to the Executive Team",
         "Head of Repairs / Damp and Mould Lead", "Oct-25", "", "Complete", "Live from 27 October 2025"),
    ]),
    ("2. Transparency, Influence and Accountability Standard", [
        ("TIA1", "Publish quarterly Tenant Satisfaction Measures performance on the website with a plain-English "
                 "commentary",
         "Head of Customer Insight", "31/07/2025", "", "Complete", "Q1 published July; Q2 published October"),
        ("TIA2", "Recruit and train 12 involved customers to form a Customer Scrutiny Panel reporting to the Customer "
                 "Experience Committee",
         "Customer Engagement Manager", "30/11/2025", "", "Green", "9 customers recruited; induction on 12 November"),
        ("TIA3", "Review complaint handling against the Housing Ombudsman Complaint Handling Code and report the "
                 "self-assessment to Board",
         "Head of Customer Resolution", "Q3 2025/26", "", "Green", "Self-assessment drafted"),
    ]),
    ("3. Neighbourhood and Community Standard", [
        ("NC1", "Agree an anti-social behaviour case review process with Central Bedfordshire Council and "
                "Bedfordshire Police",
         "Neighbourhood Services Manager", "31/01/2026", "", "Amber", "Draft protocol with partners for comment"),
    ]),
    ("4. Tenancy Standard", [
        ("TEN1", "Carry out a tenancy audit visit to every home where there has been no contact for three years",
         "Director of Housing", "March 2026", "June 2026", "Red",
         "1,900 homes identified; visits paused during the repairs backlog recovery"),
    ]),
]


def gu_lines():
    L = [GU_TITLE,
         "Response to the Regulator of Social Housing regulatory judgement (C2) published 18 June 2025",
         "Customer Experience Committee – 23 October 2025 – Progress at 30 September 2025",
         "",
         "Ref\tAction\tAccountable lead\tOriginal date\tRevised date\tRAG\tProgress"]
    counts = {}
    for heading, acts in GU_STANDARDS:
        L.append(heading)
        for a in acts:
            L.append("\t".join(a))
            counts[a[5]] = counts.get(a[5], 0) + 1
        L.append("")
    L.append("Summary: Complete %d | Green %d | Amber %d | Red %d | Total %d" % (
        counts.get("Complete", 0), counts.get("Green", 0), counts.get("Amber", 0), counts.get("Red", 0),
        sum(counts.values())))
    L.append("Note: revised dates were agreed by the Customer Experience Committee on 17 July 2025.")
    return L


def build_gu():
    with open(os.path.join(HERE, GU_FILE), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(gu_lines()) + "\n")


def main():
    build_rbfrs()
    build_uos()
    build_icb()
    build_gp()
    build_school()
    build_humberside()
    build_gu()
    print("built 7 files in", HERE)


if __name__ == "__main__":
    main()
