#!/usr/bin/env python3
"""Build the seven fq2- blind test files (set heldout207).

Run with /work/main/.venv/bin/python fq2_make.py ; writes beside this script.
The data tables below are shared with the expected readings (each action
carries the hand-written expected lead / end / status next to what is printed).
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE, GREEN, AMBER, RED, GREY = "00B0F0", "00B050", "FFC000", "FF0000", "BFBFBF"
FILL = {"blue": BLUE, "green": GREEN, "amber": AMBER, "red": RED}
D = dt.datetime


def fill(hexcol):
    return PatternFill(fill_type="solid", start_color="FF" + hexcol, end_color="FF" + hexcol)


THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. Southend-on-Sea City Council - ASC CQC assessment improvement plan (xlsx)
# ---------------------------------------------------------------------------
SOUTHEND_FILE = "fq2-southend-city-council-asc-cqc-assessment-improvement-plan.xlsx"
SOUTHEND_TITLE = "Adult Social Care Improvement Plan – CQC Local Authority Assessment"
# themes -> areas for improvement -> actions
# action: ref, text, lead(cell), orig, revised, prev, current(status), update, exp_lead, exp_end, exp_end_text
SOUTHEND = [
    ("Theme 1: Working with people", [
        ("Waiting times for Care Act assessments and reviews were too long, and people were not always kept informed while they waited.", [
            ("1.1", "Implement a risk-prioritisation tool for the assessment waiting list, with weekly 'waiting well' contact for people rated medium or high risk.",
             "Head of Adult Social Care Operations", D(2025, 9, 30), None, "A", "green",
             "Tool live in the Access Team from 1 September; waiting well calls being logged on Liquidlogic.",
             ["Head of Adult Social Care Operations"], "2025-09", None),
            ("1.2", "Reduce the number of people waiting more than 28 days for an assessment to below 150 through a targeted backlog project using locum and agency capacity.",
             "Principal Social Worker / Service Manager, Access Team", D(2025, 12, 31), D(2026, 3, 31), "A", "amber",
             "212 people waiting over 28 days at end of October (down from 347). Revised date agreed by the Improvement Board.",
             ["Principal Social Worker", "Service Manager, Access Team"], "2026-03", None),
            ("1.3", "Review the annual review schedule so that everyone with a long-term service has a review at least once every 12 months.",
             "Head of Adult Social Care Operations", D(2026, 3, 31), None, "R", "amber",
             "Reviewing team established; 68% of people with a long-term service reviewed in the last 12 months.",
             ["Head of Adult Social Care Operations"], "2026-03", None),
        ]),
        ("Carers did not consistently receive a carer's assessment or information about the support available to them.", [
            ("1.4", "Recommission the carers' support offer with Southend Carers and agree joint performance measures for carers' assessments.",
             "Strategic Commissioning Manager (Adults)", D(2025, 11, 30), None, "G", "blue",
             "New contract started 1 October 2025.",
             ["Strategic Commissioning Manager (Adults)"], "2025-11", None),
            ("1.5", "Launch a carers' self-assessment form on the council website.",
             "Digital Lead (ASC) & Carers Lead", "Jan-26", None, "", "green",
             "New action added September 2025. Form in user testing with the Carers Forum.",
             ["Digital Lead (ASC)", "Carers Lead"], "2026-01", None),
        ]),
    ]),
    ("Theme 2: Providing support", [
        ("There was a shortage of home care and nursing provision for people with complex needs, leading to delays in hospital discharge.", [
            ("2.1", "Complete the Market Position Statement refresh and share it with providers at the Care Market Forum.\nPublish the Market Sustainability Plan update alongside it.",
             "Head of Commissioning", D(2025, 10, 31), None, "G", "blue",
             "Published 20 October 2025 and presented to the Care Market Forum.",
             ["Head of Commissioning"], "2025-10", None),
            ("2.2", "Develop a specialist nursing and dementia bed-based offer with ICB partners.",
             "Head of Commissioning / ICB Associate Director of Place", "Q4 2025/26", None, "A", "amber",
             "Options appraisal with Mid and South Essex ICB; business case due to Cabinet in February.",
             ["Head of Commissioning", "ICB Associate Director of Place"], "2026-03", None),
        ]),
    ]),
    ("Theme 3: Ensuring safety within the system", [
        ("Safeguarding enquiries were not always completed in a timely way and the outcome was not always recorded.", [
            ("3.1", "Introduce a Section 42 enquiry quality audit programme, reporting to the Southend, Essex and Thurrock Safeguarding Adults Board.",
             "Safeguarding Adults Service Manager", "Quarterly", None, "G", "green",
             "Q1 and Q2 audits complete; themes reported to the SET SAB Quality and Performance subgroup.",
             ["Safeguarding Adults Service Manager"], None, "Quarterly"),
            ("3.2", "Clear the backlog of safeguarding concerns awaiting triage in the Access Team.",
             "Safeguarding Adults Service Manager", D(2025, 9, 30), D(2025, 11, 30), "A", "red",
             "Backlog of 96 concerns at 31 October. Escalated to the Director of Adult Social Care; additional triage capacity from November.",
             ["Safeguarding Adults Service Manager"], "2025-11", None),
        ]),
    ]),
    ("Theme 4: Leadership", [
        ("Performance data and quality assurance were not used consistently to understand people's outcomes.", [
            ("4.1", "Establish a monthly ASC Performance and Quality Board chaired by the Executive Director (Adults and Communities).",
             "Executive Director (Adults and Communities)", D(2025, 7, 31), None, "G", "blue",
             "Board meeting monthly since July 2025.",
             ["Executive Director (Adults and Communities)"], "2025-07", None),
            ("4.2", "Implement the Power BI performance dashboard for team managers.",
             "Head of Performance & Business Intelligence", "Dec-25", None, "G", "amber",
             "Data model built; testing delayed by the Liquidlogic upgrade.",
             ["Head of Performance & Business Intelligence"], "2025-12", None),
        ]),
    ]),
]


def make_southend():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Southend-on-Sea City Council"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A3"] = SOUTHEND_TITLE
    cov["A3"].font = Font(bold=True, size=16)
    cov["A4"] = "Our response to the Care Quality Commission assessment of how we meet our duties under Part 1 of the Care Act 2014"
    cov["A6"] = "Document control"
    cov["A6"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Status"),
            ("0.3", "14/07/2025", "ASC Improvement Programme Manager", "Draft for DMT"),
            ("1.0", "22/07/2025", "ASC Improvement Programme Manager", "Approved by Cabinet"),
            ("1.2", "31/10/2025", "ASC Improvement Programme Manager", "Quarter 2 progress update")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cov.cell(row=7 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill("D9E1F2")
    cov["A12"] = "Owner: Director of Adult Social Care"
    cov["A13"] = "Monitored by: Adult Social Care Improvement Board (monthly) and People Scrutiny Committee (quarterly)"
    cov.column_dimensions["A"].width = 14
    cov.column_dimensions["B"].width = 14
    cov.column_dimensions["C"].width = 36
    cov.column_dimensions["D"].width = 28

    summ = wb.create_sheet("Summary")
    summ["A1"] = "Summary of progress – position at 31 October 2025"
    summ["A1"].font = Font(bold=True, size=12)
    hdr = ["Theme", "Actions", "Complete", "On track", "At risk", "Off track"]
    for j, h in enumerate(hdr):
        c = summ.cell(row=3, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    tot = [0] * 5
    r = 4
    for theme, afis in SOUTHEND:
        acts = [a for _, al in afis for a in al]
        counts = [len(acts)] + [sum(1 for a in acts if a[6] == s) for s in ("blue", "green", "amber", "red")]
        summ.cell(row=r, column=1, value=theme).border = BOX
        for j, v in enumerate(counts):
            summ.cell(row=r, column=2 + j, value=v).border = BOX
            tot[j] += v
        r += 1
    summ.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for j, v in enumerate(tot):
        c = summ.cell(row=r, column=2 + j, value=v)
        c.font = Font(bold=True)
        c.border = BOX
    summ.column_dimensions["A"].width = 44

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = "Southend-on-Sea City Council"
    ws["A1"].font = Font(bold=True)
    ws["A2"] = SOUTHEND_TITLE
    ws["A2"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:I2")
    ws["A3"] = "Position as at 31 October 2025 – reported to the Adult Social Care Improvement Board"
    ws["A4"] = "RAG key:"
    ws["A4"].font = Font(bold=True)
    for col, (txt, colr) in zip("BCDE", [("Complete", BLUE), ("On track", GREEN), ("At risk", AMBER), ("Off track", RED)]):
        ws[f"{col}4"] = txt
        ws[f"{col}4"].fill = fill(colr)
    heads = ["Ref", "Area for improvement (CQC)", "Action", "Lead officer", "Original target date",
             "Revised target date", "Previous RAG", "Current RAG", "Progress update"]
    for j, h in enumerate(heads):
        c = ws.cell(row=6, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BOX
    r = 7
    for theme, afis in SOUTHEND:
        ws.cell(row=r, column=1, value=theme).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(row=r, column=1).fill = fill("D9E1F2")
        r += 1
        for afi, acts in afis:
            first = r
            for a in acts:
                ref, text, lead, orig, rev, prev, cur, upd = a[:8]
                vals = [ref, afi if r == first else None, text, lead, orig, rev, prev or None, None, upd]
                for j, v in enumerate(vals):
                    c = ws.cell(row=r, column=1 + j, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=8).fill = fill(FILL[cur])
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Notes: Previous RAG is the position reported to the Improvement Board in July 2025. "
            "Actions with no previous RAG were added at the September 2025 review.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    for col, w in zip("ABCDEFGHI", [6, 40, 55, 30, 13, 13, 10, 10, 45]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A7"
    wb.save(out(SOUTHEND_FILE))


# ---------------------------------------------------------------------------
# 2. Bedfordshire FRS - HMICFRS values and culture recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
BEDS_FILE = "fq2-bedfordshire-frs-hmicfrs-values-culture-recommendations-tracker.xlsx"
BEDS_TITLE = "HMICFRS Values and Culture in Fire and Rescue Services – Recommendations Tracker"
BEDS_STATUS = {"blue": "Complete", "green": "On track", "amber": "At risk", "red": "Off track"}
# theme -> (rec label, rec text) -> actions
# action: ref, text, owner, orig, revised, pct, status, update, exp_lead, exp_end, exp_end_text
BEDS = [
    ("Raising concerns", [
        ("Rec 1", "By 1 October 2023, chief fire officers should make sure their services provide a confidential way for staff to raise concerns and that staff are aware of whistleblowing processes.", [
            ("1.1", "Procure an independent confidential reporting line for all staff and publicise it through the intranet, station visits and payslip inserts.",
             "Head of People", D(2023, 10, 1), None, 1.0, "blue",
             "Reporting line live from 18 September 2023; 11 reports received to date.",
             ["Head of People"], "2023-10", None),
            ("1.2", "Refresh the Whistleblowing Policy and deliver briefings to all watch and team managers.",
             "Head of People; Area Manager Response", D(2023, 12, 31), D(2024, 3, 31), 0.7, "green",
             "Policy approved by the Corporate Management Team in December. Briefings 70% complete.",
             ["Head of People", "Area Manager Response"], "2024-03", None),
        ]),
        ("Rec 3", "By 1 June 2023, chief fire officers should review the support available for those who have raised concerns and take any action needed to make sure these provisions are suitable.", [
            ("3.1", "Review welfare support for staff who raise concerns, including access to a named welfare officer and the Employee Assistance Programme.",
             "Occupational Health & Wellbeing Manager", D(2023, 6, 1), None, 1.0, "blue",
             "Review completed May 2023. Welfare officer role added to the Grievance and Dignity at Work procedures.",
             ["Occupational Health & Wellbeing Manager"], "2023-06", None),
        ]),
    ]),
    ("Misconduct and professional standards", [
        ("Rec 12", "By 1 October 2023, chief fire officers should put in place an effective professional standards function to oversee investigations into misconduct, so that cases are handled fairly and consistently.", [
            ("12.1", "Establish a Professional Standards Unit with a dedicated investigations officer.",
             "Assistant Chief Fire Officer", D(2023, 10, 1), D(2024, 4, 30), 0.5, "amber",
             "Interim arrangement with a neighbouring service in place. Investigations officer post advertised twice without appointment.",
             ["Assistant Chief Fire Officer"], "2024-04", None),
            ("12.2", "Introduce a case management system to record and track all conduct cases from referral to outcome.",
             "Head of People / Head of ICT", D(2024, 3, 31), None, 0.1, "red",
             "Procurement paused pending the ICT strategy review.",
             ["Head of People", "Head of ICT"], "2024-03", None),
        ]),
    ]),
    ("Background checks", [
        ("Rec 14", "By 1 January 2024, chief fire officers should make sure all staff, existing and new, have an appropriate background check by the Disclosure and Barring Service.", [
            ("14.1", "Complete a role-by-role risk assessment to set the level of DBS check required for every post.",
             "HR Business Partner", D(2023, 10, 31), None, 1.0, "blue",
             "All 214 role profiles assessed.",
             ["HR Business Partner"], "2023-10", None),
            ("14.2", "Carry out standard or enhanced DBS checks for all existing staff identified by the role assessment, with three-yearly rechecks thereafter.",
             "HR Business Partner", D(2024, 1, 1), "Sep-24", 0.45, "green",
             "45% of checks returned. Revised date reflects phased roll-out agreed with the representative bodies.",
             ["HR Business Partner"], "2024-09", None),
        ]),
    ]),
    ("Leadership and diversity", [
        ("Rec 20", "By 1 June 2024, chief fire officers should make sure they have plans to improve the diversity of their workforce, and that the data needed to monitor progress is collected.", [
            ("20.1", "Improve the completion rate of equality monitoring data on the HR system to at least 90% through a staff data refresh campaign.",
             "Equality, Diversity & Inclusion Lead", D(2024, 6, 1), None, 0.3, "green",
             "Campaign launched January 2024; completion currently 71%.",
             ["Equality, Diversity & Inclusion Lead"], "2024-06", None),
            ("20.2", "Introduce positive action open days for on-call and wholetime recruitment.",
             "Recruitment Manager", "Ongoing", None, None, "green",
             "Two open days held for the 2024 wholetime campaign.",
             ["Recruitment Manager"], None, "Ongoing"),
        ]),
    ]),
]


def make_beds():
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = "Bedfordshire Fire and Rescue Service"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = BEDS_TITLE
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Position at 31 January 2024 – Audit and Standards Committee, 12 March 2024"
    ws["A4"] = "Status key:"
    ws["A4"].font = Font(bold=True)
    for col, k in zip("BCDE", ["blue", "green", "amber", "red"]):
        ws[f"{col}4"] = BEDS_STATUS[k]
        ws[f"{col}4"].fill = fill(FILL[k])
    heads = ["Ref", "Recommendation / BFRS action", "Action owner", "Original target",
             "Revised target", "% complete", "Status", "Progress update"]
    for j, h in enumerate(heads):
        c = ws.cell(row=6, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("C00000")
        c.border = BOX
        c.alignment = WRAP
    r = 7
    for theme, recs in BEDS:
        c = ws.cell(row=r, column=1, value=theme)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("404040")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for label, rtext, acts in recs:
            ws.cell(row=r, column=1, value=label).font = Font(bold=True)
            c = ws.cell(row=r, column=2, value=rtext)
            c.font = Font(italic=True)
            c.alignment = WRAP
            for j in range(1, 9):
                ws.cell(row=r, column=j).fill = fill("E7E6E6")
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=8)
            ws.row_dimensions[r].height = 32
            r += 1
            for a in acts:
                ref, text, owner, orig, rev, pct, st, upd = a[:8]
                vals = [ref, text, owner, orig, rev, pct, BEDS_STATUS[st], upd]
                for j, v in enumerate(vals):
                    c = ws.cell(row=r, column=1 + j, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "d mmm yyyy"
                if pct is not None:
                    ws.cell(row=r, column=6).number_format = "0%"
                ws.cell(row=r, column=7).fill = fill(FILL[st])
                r += 1
    r += 1
    ws.cell(row=r, column=1, value="Note: recommendations addressed to national bodies (the Home Office, NFCC, LGA, "
            "Fire Standards Board and College of Policing) are not included. Recommendations closed by the "
            "Committee in 2023 are not shown.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    for col, w in zip("ABCDEFGH", [8, 60, 26, 13, 13, 10, 12, 50]):
        ws.column_dimensions[col].width = w

    s = wb.create_sheet("Summary")
    s["A1"] = "Summary by status"
    s["A1"].font = Font(bold=True)
    acts = [a for _, recs in BEDS for _, _, al in recs for a in al]
    rows = [("Status", "Number of actions")] + [
        (BEDS_STATUS[k], sum(1 for a in acts if a[6] == k)) for k in ("blue", "green", "amber", "red")
    ] + [("Total", len(acts))]
    for i, (a, b) in enumerate(rows):
        s.cell(row=3 + i, column=1, value=a).border = BOX
        s.cell(row=3 + i, column=2, value=b).border = BOX
    s.column_dimensions["A"].width = 20
    wb.save(out(BEDS_FILE))


# ---------------------------------------------------------------------------
# 3. Havant Borough Council - strategic risk register Q3 2025/26 (xlsx)
# ---------------------------------------------------------------------------
HAVANT_FILE = "fq2-havant-bc-strategic-risk-register-q3-2025-26.xlsx"
HAVANT_TITLE = "Strategic Risk Register – Quarter 3 2025/26"
HAV_LETTER = {"blue": "B", "green": "G", "amber": "A", "red": "R"}
# risk: title, description, owner, inherent, current, direction, actions
# action: text, owner, due, status, exp_lead, exp_end, exp_end_text
HAVANT = [
    ("SR1 Financial sustainability",
     "Cause: rising demand for temporary accommodation, pay and contract inflation and uncertain funding reform.\n"
     "Event: the Council cannot set a balanced budget over the medium term.\n"
     "Effect: unplanned use of reserves, service reductions and possible section 114 notice.",
     "Section 151 Officer", "5 x 4 = 20", "4 x 4 = 16", "↔", [
         ("Deliver the 2026/27 savings programme of £1.2m agreed by Cabinet in November 2025.",
          "Section 151 Officer", D(2026, 3, 31), "amber", ["Section 151 Officer"], "2026-03", None),
         ("Refresh the Medium Term Financial Strategy to include a four-year reserves plan.",
          "Section 151 Officer", "Feb-26", "green", ["Section 151 Officer"], "2026-02", None),
     ]),
    ("SR2 Housing and homelessness demand",
     "Cause: shortage of affordable private rented homes in the borough.\n"
     "Event: numbers in temporary accommodation continue to rise.\n"
     "Effect: budget overspend and families placed out of area in bed and breakfast.",
     "Director of Communities", "5 x 5 = 25", "5 x 4 = 20", "↑", [
         ("Open the 24-unit temporary accommodation scheme at Park Road South to reduce reliance on bed and breakfast.",
          "Head of Housing", "30/09/2025 (revised 31/01/2026)", "red", ["Head of Housing"], "2026-01", None),
         ("Review the Homelessness Prevention Grant spending plan with partners.",
          "Head of Housing & Housing Options Manager", "Quarterly", "green",
          ["Head of Housing", "Housing Options Manager"], None, "Quarterly"),
     ]),
    ("SR3 Cyber security",
     "Cause: increasing volume and sophistication of cyber attacks on local government.\n"
     "Event: a successful ransomware or phishing attack.\n"
     "Effect: loss of systems and data, inability to deliver services, ICO fine.",
     "Chief Executive", "5 x 5 = 25", "3 x 5 = 15", "↓", [
         ("Complete the annual IT health check and remediate all critical and high findings.",
          "Head of ICT", D(2025, 12, 31), "blue", ["Head of ICT"], "2025-12", None),
         ("Run a cyber incident exercise with the Corporate Management Team.",
          "Head of ICT / Emergency Planning Officer", D(2026, 2, 28), "green",
          ["Head of ICT", "Emergency Planning Officer"], "2026-02", None),
         ("Deliver mandatory cyber awareness e-learning to all staff and councillors, with a target completion rate of 95%.",
          "Head of ICT", D(2026, 3, 31), "amber", ["Head of ICT"], "2026-03", None),
     ]),
    ("SR4 Local government reorganisation",
     "Cause: Government programme of local government reorganisation in Hampshire and the Solent.\n"
     "Event: loss of key staff and capacity during the transition.\n"
     "Effect: service disruption and delays to corporate priorities.",
     "Chief Executive", "4 x 4 = 16", "4 x 3 = 12", "↔", [
         ("Contribute to the Hampshire and Solent proposal for local government reorganisation and respond to the Government's consultation.",
          "Chief Executive", "TBC", "green", ["Chief Executive"], None, "TBC"),
         ("Agree a staff engagement and retention plan for the transition period.",
          "Head of Organisational Development", D(2026, 1, 31), "amber",
          ["Head of Organisational Development"], "2026-01", None),
     ]),
]


def score_fill(s):
    n = int(s.split("=")[1])
    return RED if n >= 15 else AMBER if n >= 8 else GREEN


def make_havant():
    wb = Workbook()
    ws = wb.active
    ws.title = "SRR Q3"
    ws["A1"] = "Havant Borough Council"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = HAVANT_TITLE
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Governance, Audit and Finance Committee – 29 January 2026"
    ws["A4"] = ("Scores are likelihood x impact (each 1–5). Action status: B = complete, G = on track, "
                "A = some slippage, R = overdue.")
    heads = ["Risk", "Description (cause / event / effect)", "Risk owner", "Inherent score", "Current score",
             "Direction of travel", "Mitigating action", "Action owner", "Due date", "Status"]
    for j, h in enumerate(heads):
        c = ws.cell(row=6, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("DDEBF7")
        c.border = BOX
        c.alignment = WRAP
    r = 7
    for title, desc, owner, inh, curr, dirn, acts in HAVANT:
        first = r
        for i, (text, aown, due, st, *_rest) in enumerate(acts):
            vals = [title, desc, owner, inh, curr, dirn] if i == 0 else [None] * 6
            vals += [text, aown, due, HAV_LETTER[st]]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=10).fill = fill(FILL[st])
            ws.cell(row=r, column=10).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
        ws.cell(row=first, column=1).font = Font(bold=True)
        ws.cell(row=first, column=4).fill = fill(score_fill(inh))
        ws.cell(row=first, column=5).fill = fill(score_fill(curr))
        for col in range(1, 7):
            ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
    for col, w in zip("ABCDEFGHIJ", [22, 48, 20, 11, 11, 10, 55, 26, 16, 8]):
        ws.column_dimensions[col].width = w

    m = wb.create_sheet("Risk matrix")
    m["A1"] = "Risk scoring matrix"
    m["A1"].font = Font(bold=True)
    m["A3"] = "Likelihood ↓ / Impact →"
    for i in range(5):
        m.cell(row=3, column=2 + i, value=i + 1).font = Font(bold=True)
        m.cell(row=4 + i, column=1, value=5 - i).font = Font(bold=True)
        for k in range(5):
            sc = (5 - i) * (k + 1)
            c = m.cell(row=4 + i, column=2 + k, value=sc)
            c.fill = fill(RED if sc >= 15 else AMBER if sc >= 8 else GREEN)
            c.border = BOX
    m["A10"] = "15–25 Red: report to Cabinet; 8–12 Amber: managed by CMT; 1–6 Green: managed in service."
    wb.save(out(HAVANT_FILE))


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


def set_cell(cell, text, bold=False):
    """Write text; inner newlines become separate paragraphs in the cell."""
    parts = text.split("\n") if text else [""]
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    for extra in parts[1:]:
        q = cell.add_paragraph()
        rr = q.add_run(extra)
        rr.bold = bold


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.8))


# ---------------------------------------------------------------------------
# 4. Cyngor Gwynedd - Audit Wales recommendations progress report (docx)
# ---------------------------------------------------------------------------
GWYNEDD_FILE = "fq2-gwynedd-council-audit-wales-recommendations-tracker.docx"
GWYNEDD_TITLE = "Audit Wales Recommendations and Proposals for Improvement – Progress Report"
GW_STATUS = {"blue": "Complete", "green": "On track", "amber": "Behind schedule", "unrated": "Not started"}
GW_SHADE = {"blue": BLUE, "green": GREEN, "amber": AMBER, "unrated": GREY}
# report heading -> recs -> actions
# action: ref, text, officer, date, status, progress, exp_lead, exp_end, exp_end_text
GWYNEDD = [
    ("1. Digital Strategy Review (issued January 2024)", "bands", [
        ("R1 The Council should set out clearly how it will resource the delivery of its Digital Strategy, including the skills and funding it needs over the medium term.", [
            ("1a", "Produce a costed Digital Strategy delivery plan for 2024-2027 and present it to the Cabinet.",
             "Head of Corporate Services", "September 2024", "blue",
             "Delivery plan approved by the Cabinet on 17 September 2024.",
             ["Head of Corporate Services"], "2024-09", None),
            ("1b", "Carry out a digital skills assessment of the workforce and include the findings in the Workforce Plan.",
             "Digital Transformation Manager and HR Manager", "March 2025", "green",
             "Survey closed in December with 1,140 responses; analysis under way.",
             ["Digital Transformation Manager", "HR Manager"], "2025-03", None),
        ]),
        ("R2 The Council should strengthen how it measures the impact of its digital projects on residents, including those who are digitally excluded.", [
            ("2a", "Agree a set of outcome measures for each digital project and report them to the Digital Programme Board.",
             "Digital Transformation Manager", "December 2024 (revised June 2025)", "amber",
             "Measures agreed for 4 of 9 projects. Revised date agreed with Audit Wales.",
             ["Digital Transformation Manager"], "2025-06", None),
        ]),
    ]),
    ("2. Use of Performance Information: Service User Perspective and Outcomes (issued April 2024)", "vmerge", [
        ("R1 The Council should improve the information it provides to senior leaders on the perspective of service users, so that they understand the impact of services.", [
            ("P1.1", "Include a 'voice of the customer' section, drawing on complaints, compliments and survey results, in each department's quarterly performance challenge report.",
             "Head of Corporate Services", "Q2 2024/25", "blue",
             "Included in all performance challenge reports from October 2024.",
             ["Head of Corporate Services"], "2024-09", None),
            ("P1.2", "Run the Gwynedd Residents' Survey every two years and publish the results.",
             "Research and Information Manager", "Ongoing", "green",
             "2024 survey results published on the Council website in November.",
             ["Research and Information Manager"], None, "Ongoing"),
        ]),
        ("R2 The Council should strengthen the outcome information it reports so that members can judge whether its well-being objectives are being achieved.", [
            ("P2.1", "Review the performance measures in the Council Plan 2023-28 with each Cabinet Member, replacing output measures with outcome measures where possible.",
             "Cabinet Member for Corporate Support; Head of Corporate Services", "31/03/2025", "unrated",
             "To start after the 2025/26 budget is set.",
             ["Cabinet Member for Corporate Support", "Head of Corporate Services"], "2025-03", None),
        ]),
    ]),
    ("3. Financial Sustainability Review (issued October 2024)", "rows", [
        ("The Council should develop a longer-term financial strategy which covers at least five years.", [
            (None, "Extend the Medium Term Financial Plan to a five-year period from the 2025/26 budget, with scenario modelling for pay and inflation.",
             "Head of Finance Department", "February 2025", "blue",
             "Five-year plan presented with the 2025/26 budget.",
             ["Head of Finance Department"], "2025-02", None),
        ]),
        ("The Council should set out how its savings plans will be delivered and monitored.", [
            (None, "Report progress on delivery of savings schemes to the Cabinet every quarter, identifying schemes at risk.",
             "Head of Finance Department", "Quarterly", "green",
             "Quarter 3 report to the Cabinet on 11 February 2025.",
             ["Head of Finance Department"], None, "Quarterly"),
        ]),
    ]),
]


def make_gwynedd():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph()
    p.add_run("Cyngor Gwynedd").bold = True
    doc.add_heading(GWYNEDD_TITLE, level=1)
    doc.add_paragraph("Governance and Audit Committee – 13 February 2025")
    doc.add_paragraph("Document control")
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    for i, row in enumerate([("Version", "Date", "Author", "Comment"),
                             ("1.0", "02/09/2024", "Corporate Performance Officer", "Report to Committee, September 2024"),
                             ("2.0", "28/01/2025", "Corporate Performance Officer", "Updated for February 2025 Committee")]):
        for j, v in enumerate(row):
            set_cell(t.cell(i, j), v, bold=(i == 0))
    doc.add_paragraph(
        "This report shows progress against the recommendations and proposals for improvement made to the Council "
        "in local Audit Wales reports. Recommendations closed in previous reports are not shown.")
    doc.add_paragraph("Status key: Complete (Blue) – action finished; On track (Green); "
                      "Behind schedule (Amber); Not started (Grey).")

    for heading, style, recs in GWYNEDD:
        doc.add_heading(heading, level=2)
        if style == "bands":
            hdr = ["Ref", "Recommendation / action", "Responsible officer", "Completion date", "Status", "Progress"]
            t = doc.add_table(rows=1, cols=6)
            t.style = "Table Grid"
            for j, h in enumerate(hdr):
                set_cell(t.rows[0].cells[j], h, bold=True)
                shade(t.rows[0].cells[j], "D9D9D9")
            for rec, acts in recs:
                row = t.add_row()
                merged = row.cells[0].merge(row.cells[5])
                set_cell(merged, rec, bold=True)
                shade(merged, "DEEAF6")
                for ref, text, off, date, st, prog, *_ in acts:
                    cells = t.add_row().cells
                    for j, v in enumerate([ref, text, off, date, GW_STATUS[st], prog]):
                        set_cell(cells[j], v)
                    shade(cells[4], GW_SHADE[st])
        elif style == "vmerge":
            hdr = ["Recommendation", "Ref", "Action", "Responsible officer", "Completion date", "Status"]
            t = doc.add_table(rows=1, cols=6)
            t.style = "Table Grid"
            for j, h in enumerate(hdr):
                set_cell(t.rows[0].cells[j], h, bold=True)
                shade(t.rows[0].cells[j], "D9D9D9")
            for rec, acts in recs:
                start = len(t.rows)
                for ref, text, off, date, st, prog, *_ in acts:
                    cells = t.add_row().cells
                    for j, v in enumerate(["", ref, text, off, date, GW_STATUS[st]]):
                        set_cell(cells[j], v)
                    shade(cells[5], GW_SHADE[st])
                end = len(t.rows) - 1
                top = t.cell(start, 0)
                if end > start:
                    top = top.merge(t.cell(end, 0))
                set_cell(top, rec)
        else:
            hdr = ["Proposal for improvement", "Action", "Lead", "By when", "Status", "Progress"]
            t = doc.add_table(rows=1, cols=6)
            t.style = "Table Grid"
            for j, h in enumerate(hdr):
                set_cell(t.rows[0].cells[j], h, bold=True)
                shade(t.rows[0].cells[j], "D9D9D9")
            for rec, acts in recs:
                for ref, text, off, date, st, prog, *_ in acts:
                    cells = t.add_row().cells
                    for j, v in enumerate([rec, text, off, date, GW_STATUS[st], prog]):
                        set_cell(cells[j], v)
                    shade(cells[4], GW_SHADE[st])
        doc.add_paragraph("")
    doc.add_paragraph("Contact: Corporate Performance Officer, Corporate Services Department, Cyngor Gwynedd.")
    doc.save(out(GWYNEDD_FILE))


# ---------------------------------------------------------------------------
# 5. Vale of Glamorgan - CIW adult services performance evaluation action plan (docx)
# ---------------------------------------------------------------------------
VALE_FILE = "fq2-vale-of-glamorgan-ciw-adult-services-performance-evaluation-action-plan.docx"
VALE_TITLE = "CIW Performance Evaluation Inspection of Adult Services – Improvement Action Plan"
# principle -> AFI -> actions
# action: ref, text, lead, timescale, status, update, exp_lead, exp_end, exp_end_text
VALE = [
    ("Principle 1: People – voice and control", [
        ("The local authority should ensure that people's views, wishes and personal outcomes are clearly recorded in assessments and care and support plans.", [
            ("1.1", "Relaunch 'What Matters' conversation training for all adult social care practitioners.\nInclude refresher sessions for senior practitioners who quality assure assessments.",
             "Head of Adult Services and Vale Community Resource Service", "April 2025", "green",
             "Six cohorts trained (84 staff). Refresher sessions booked for October.",
             ["Head of Adult Services and Vale Community Resource Service"], "2025-04", None),
            ("1.2", "Audit 20 care and support plans each quarter against the personal outcomes standard and report themes to the Adult Services Quality Assurance Group.",
             "Quality Assurance Principal Officer", "Quarterly", "green",
             "Quarter 1 audit complete; 65% of plans met the standard.",
             ["Quality Assurance Principal Officer"], None, "Quarterly"),
        ]),
        ("The local authority should improve the availability of advocacy, and make sure people are offered it when they are entitled to it.", [
            ("1.3", "Recommission the independent professional advocacy service jointly with Cardiff Council and Cardiff and Vale University Health Board.",
             "Operational Manager – Commissioning", "31/03/2026", "amber",
             "Regional tender delayed by two months; interim contract extension agreed.",
             ["Operational Manager – Commissioning"], "2026-03", None),
        ]),
    ]),
    ("Principle 2: Prevention", [
        ("The local authority should reduce waiting times for occupational therapy assessments.", [
            ("2.1", "Introduce trusted assessor training for reablement staff so that straightforward equipment needs can be met without an occupational therapy assessment.",
             "VCRS Operational Manager", "Sept 2025", "blue",
             "14 reablement staff accredited as trusted assessors.",
             ["VCRS Operational Manager"], "2025-09", None),
            ("2.2", "Pilot weekend occupational therapy clinics at Barry Hospital to reduce the waiting list.",
             "VCRS Operational Manager / Lead Occupational Therapist", "Dec 2025", "red",
             "Pilot not started – recruitment to two OT posts unsuccessful.",
             ["VCRS Operational Manager", "Lead Occupational Therapist"], "2025-12", None),
        ]),
    ]),
    ("Principle 3: Well-being", [
        ("The local authority should ensure that unpaid carers are offered a carer's needs assessment and that the outcome is recorded.", [
            ("3.1", "Update the WCCIS assessment template so that the offer of a carer's needs assessment is a mandatory field.",
             "Systems and Performance Manager", "June 2025", "blue",
             "Template change went live on 2 June 2025.",
             ["Systems and Performance Manager"], "2025-06", None),
            ("3.2", "Work with Vale carers' organisations to co-produce a carers' information pack in Welsh and English.",
             "Carers Development Officer", "March 2026", "green",
             "Two co-production workshops held with carers.",
             ["Carers Development Officer"], "2026-03", None),
        ]),
    ]),
    ("Principle 4: Partnerships and integration", [
        ("The local authority and health board should improve hospital discharge arrangements so that people do not experience delays waiting for care and support.", [
            ("4.1", "Expand the 'discharge to recover then assess' pathway with Cardiff and Vale UHB, including additional step-down beds.",
             "Director of Social Services & UHB Director of Operations", "Q4 2025/26", "amber",
             "10 additional step-down beds open; further 8 beds subject to RPB funding decision.",
             ["Director of Social Services", "UHB Director of Operations"], "2026-03", None),
            ("4.2", "Report joint discharge delay data to the Cardiff and Vale Regional Partnership Board.",
             "Head of Adult Services", "Ongoing", "green",
             "Standing item on the RPB agenda from July 2025.",
             ["Head of Adult Services"], None, "Ongoing"),
        ]),
    ]),
]


def make_vale():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph()
    p.add_run("Vale of Glamorgan Council").bold = True
    doc.add_heading(VALE_TITLE, level=1)
    doc.add_paragraph("Social Services Directorate | Version 2 | Updated September 2025")
    doc.add_paragraph(
        "Care Inspectorate Wales (CIW) carried out a performance evaluation inspection of adult services in "
        "October 2024 and published its report in January 2025. The report set out strengths and areas for "
        "improvement under the four principles of the Social Services and Well-being (Wales) Act 2014. "
        "This plan sets out what we will do in response. Progress is reported to the Healthy Living and "
        "Social Care Scrutiny Committee every six months.")
    doc.add_paragraph("RAG key")
    k = doc.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for i, (colr, txt) in enumerate([(BLUE, "Complete"), (GREEN, "On track"),
                                     (AMBER, "Some delay – action being taken"), (RED, "Significant delay")]):
        shade(k.cell(i, 0), colr)
        set_cell(k.cell(i, 1), txt)
    doc.add_paragraph("")
    hdr = ["No.", "Area for improvement", "What we will do", "Lead", "Timescale", "RAG", "Update"]
    for principle, afis in VALE:
        h = doc.add_paragraph()
        r = h.add_run(principle)
        r.bold = True
        r.font.size = Pt(12)
        t = doc.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        for j, x in enumerate(hdr):
            set_cell(t.rows[0].cells[j], x, bold=True)
            shade(t.rows[0].cells[j], "C6E0B4")
        for afi, acts in afis:
            for i, (ref, text, lead, ts, st, upd, *_) in enumerate(acts):
                cells = t.add_row().cells
                for j, v in enumerate([ref, afi if i == 0 else "", text, lead, ts, "", upd]):
                    set_cell(cells[j], v)
                shade(cells[5], FILL[st])
        doc.add_paragraph("")
    doc.add_paragraph("Approved by: Director of Social Services. Next review: March 2026.")
    doc.save(out(VALE_FILE))


# ---------------------------------------------------------------------------
# 6. Leicestershire OPCC / Chief Constable - JARAP internal audit tracker (csv)
# ---------------------------------------------------------------------------
LEICS_FILE = "fq2-leicestershire-opcc-jarap-internal-audit-recommendations-tracker.csv"
LEICS_TITLE = "Joint Audit, Risk and Assurance Panel – Internal Audit Recommendations Tracker"
LEICS_HDR = ["Audit", "Assurance", "Rec No", "Priority", "Recommendation", "Agreed Action",
             "Responsible Officer", "Original Due Date", "Revised Due Date", "RAG", "Update"]
# row: audit, assurance, recno, priority, rec, action, officer, orig, revised, rag, update,
#      exp_lead, exp_end, exp_end_text, exp_status
LEICS = [
    ("Core Financial Systems 2024/25", "Reasonable", "1", "Medium",
     "The Force should ensure that supplier bank detail changes are independently verified before being processed.",
     "A call-back check to a known contact will be made for all bank detail change requests, evidenced on the supplier file, and a monthly exception report reviewed by the Finance Manager.",
     "Head of Finance", "30/11/2024", "", "B", "Implemented December 2024; verified by Forvis Mazars at follow-up.",
     ["Head of Finance"], "2024-11", None, "blue"),
    ("Core Financial Systems 2024/25", "Reasonable", "2", "Low",
     "Journals above £50,000 should be authorised by a second officer.",
     "The finance system workflow will be amended to require secondary approval for journals over £50,000.",
     "Chief Accountant", "31/03/2025", "30/09/2025", "A", "Workflow change scheduled with the system supplier for the September release.",
     ["Chief Accountant"], "2025-09", None, "amber"),
    ("Fleet Management 2024/25", "Limited", "1", "High",
     "Vehicle defect reports should be recorded on the fleet system and tracked to resolution.",
     "Drivers will report defects through the Tranman app; the Fleet Manager will review outstanding defects weekly.\nA compliance report will go to the Estates, Fleet and Facilities Board.",
     "Fleet Manager", "31/01/2025", "31/10/2025", "G", "App rolled out to response vehicles; roll-out to pool cars in October.",
     ["Fleet Manager"], "2025-10", None, "green"),
    ("Fleet Management 2024/25", "Limited", "2", "Medium",
     "Fuel card transactions should be reconciled to vehicle mileage each month.",
     "Introduce a monthly fuel card reconciliation with exceptions investigated by the Transport Manager and Force Procurement.",
     "Transport Manager / Head of Procurement", "30/04/2025", "", "R", "Overdue. Reconciliation template drafted but not yet in use.",
     ["Transport Manager", "Head of Procurement"], "2025-04", None, "red"),
    ("Business Continuity 2024/25", "Reasonable", "1", "Medium",
     "Business continuity plans should be reviewed at least annually and tested.",
     "All departmental business continuity plans will be reviewed and signed off by the plan owner.",
     "Business Continuity Manager", "Jul-25", "", "G", "27 of 31 plans reviewed.",
     ["Business Continuity Manager"], "2025-07", None, "green"),
    ("Business Continuity 2024/25", "Reasonable", "2", "Low",
     "Lessons from exercises should be captured and tracked.",
     "A lessons-learned log will be maintained and reported to the Strategic Resilience Group.",
     "Ch Insp Contingency Planning & Business Continuity Manager", "31/12/2025", "", "G", "Log set up in June 2025.",
     ["Ch Insp Contingency Planning", "Business Continuity Manager"], "2025-12", None, "green"),
    ("OPCC Commissioning and Grants 2024/25", "Substantial", "1", "Low",
     "Grant agreements should specify the monitoring information to be provided and the frequency.",
     "The grant agreement template will be updated to include a schedule of monitoring returns.",
     "OPCC Head of Commissioning", "30/06/2025", "", "B", "New template in use for 2025/26 grants.",
     ["OPCC Head of Commissioning"], "2025-06", None, "blue"),
    ("Data Quality - Crime Recording 2025/26", "Limited", "1", "High",
     "The Force should ensure that crimes are recorded within 24 hours of a report, in line with the Home Office Counting Rules.",
     "Crime Data Integrity team to carry out weekly dip-sampling of incidents and feed results back to Area Commanders.",
     "Force Crime and Incident Registrar", "Ongoing", "", "G", "Weekly audits in place since May 2025; compliance 91%.",
     ["Force Crime and Incident Registrar"], None, "Ongoing", "green"),
]


def make_leics():
    n = len(LEICS_HDR)
    pad = lambda *xs: list(xs) + [""] * (n - len(xs))
    rows = [
        pad("Police and Crime Commissioner for Leicestershire and Chief Constable of Leicestershire Police"),
        pad(LEICS_TITLE),
        pad("Internal auditor: Forvis Mazars. Position as at 31 August 2025."),
        pad(),
        LEICS_HDR,
    ]
    for rec in LEICS:
        rows.append(list(rec[:11]))
    rows.append(pad())
    rows.append(pad("Summary"))
    counts = {k: sum(1 for r in LEICS if r[9] == k) for k in "BGAR"}
    rows.append(pad("Complete (B)", str(counts["B"])))
    rows.append(pad("On track (G)", str(counts["G"])))
    rows.append(pad("Revised date agreed (A)", str(counts["A"])))
    rows.append(pad("Overdue (R)", str(counts["R"])))
    rows.append(pad("Total", str(len(LEICS))))
    rows.append(pad("Priority: High = fundamental weakness in control; Medium = significant; Low = housekeeping."))
    with open(out(LEICS_FILE), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 7. Cambridge City Council - RSH consumer standards improvement plan (txt, refuse)
# ---------------------------------------------------------------------------
CAMB_FILE = "fq2-cambridge-city-council-rsh-consumer-standards-improvement-plan-typo-month-refuse.txt"
CAMB_TITLE = "Housing Improvement Plan – Consumer Standards"
CAMB_TYPO = "0ct 2025"
CAMB = [
    ("SAFETY AND QUALITY STANDARD", [
        ("SQ1", "Complete a 100% stock condition survey of council homes and load the results to the asset management system.", "Assistant Director, Housing Assets", "March 2026", "Amber", "68% of homes surveyed; contractor capacity increased from September."),
        ("SQ2", "Clear all overdue fire risk assessment actions classed as high priority.", "Compliance Manager", "Dec-25", "Green", "41 high-priority actions outstanding (down from 210)."),
        ("SQ3", "Introduce a damp and mould policy and case tracker that meets the Awaab's Law timescales.", "Head of Housing Maintenance", "Oct-25", "Blue", "Policy approved by the Executive Councillor; tracker live."),
        ("SQ4", "Complete electrical installation condition reports for all homes without a certificate less than five years old.", "Compliance Manager", CAMB_TYPO, "Amber", "312 EICRs outstanding."),
    ]),
    ("TRANSPARENCY, INFLUENCE AND ACCOUNTABILITY STANDARD", [
        ("TIA1", "Publish the 2024/25 Tenant Satisfaction Measures with a summary of how the results will be used.", "Housing Performance Manager", "Sep-25", "Blue", "Published on the council website and in the tenants' newsletter."),
        ("TIA2", "Refresh the complaints procedure and self-assessment against the Housing Ombudsman Complaint Handling Code.", "Head of Housing Services / Complaints Manager", "Jan-26", "Green", "Draft self-assessment to Housing Scrutiny Committee in January."),
        ("TIA3", "Set up a tenant scrutiny panel to review a service area each year.", "Resident Involvement Manager", "Ongoing", "Green", "Panel recruited (9 members); first review on repairs communications."),
    ]),
    ("NEIGHBOURHOOD AND COMMUNITY STANDARD", [
        ("NC1", "Complete communal area fire safety inspections in all blocks of flats every quarter.", "Estates Manager", "Quarterly", "Green", "Q2 inspections complete."),
    ]),
]


def camb_lines():
    L = ["Cambridge City Council",
         CAMB_TITLE,
         "Response to the Regulator of Social Housing inspection – progress update for Housing Scrutiny Committee, September 2025",
         "",
         "RAG: Blue = complete; Green = on track; Amber = at risk; Red = off track",
         "",
         "\t".join(["Ref", "Action", "Lead officer", "Target date", "RAG", "Progress"])]
    for sec, acts in CAMB:
        L.append(sec)
        for a in acts:
            L.append("\t".join(a))
        L.append("")
    L.append("Notes")
    L.append("Actions are monitored monthly by the Housing Improvement Board chaired by the Chief Executive.")
    L.append("Completed actions will be removed after they have been reported to Committee twice.")
    return L


def make_camb():
    with open(out(CAMB_FILE), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(camb_lines()) + "\n")


def camb_refuse_line():
    for i, line in enumerate(camb_lines(), start=1):
        if CAMB_TYPO in line:
            return i


if __name__ == "__main__":
    make_southend()
    make_beds()
    make_havant()
    make_gwynedd()
    make_vale()
    make_leics()
    make_camb()
    print("written; Cambridge typo on line", camb_refuse_line())
