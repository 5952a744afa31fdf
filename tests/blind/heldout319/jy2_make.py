#!/usr/bin/env python
"""Build the seven jy2- blind test files (set heldout319).

Run with /work/main/.venv/bin/python jy2_make.py  (openpyxl, python-docx).
Writes into the folder this script sits in.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "0070C0",
    "grey": "D9D9D9",
    "navy": "1F3864",
    "pale": "DEEAF6",
}


def D(y, m, d):
    return dt.datetime(y, m, d)


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


# ---------------------------------------------------------------------------
# 1. Liverpool City Region Combined Authority - internal audit tracker (xlsx)
# ---------------------------------------------------------------------------
LCR_NAME = "jy2-liverpool-city-region-combined-authority-internal-audit-recommendations-tracker.xlsx"
LCR_TITLE = "Internal Audit Recommendations Tracker 2024/25"
# audit, assurance, [ (recommendation, [actions]) ]
# action: ref, priority, text, lead, original, revised, rag, update
LCR_AUDITS = [
    ("Adult Skills Fund – Subcontractor Assurance", "Limited", [
        ("Subcontractor funding claims should be reconciled to ILR data each month and any variances investigated before payment is released.", [
            ("ASF.1", "High",
             "Introduce a monthly reconciliation of subcontractor claims to ILR data, with variances over £1,000 escalated to the Skills Funding Manager before payment is authorised.",
             "Skills Funding Manager", D(2024, 10, 31), D(2025, 1, 31), "A",
             "Reconciliation template agreed and used for the October and November claims. August and September claims still being reconciled."),
            ("ASF.2", "Medium",
             "Update the Subcontracting Procedures Manual to set out the reconciliation and escalation steps.",
             "Skills Funding Manager", D(2025, 3, 31), None, "G",
             "Draft manual with the Head of Skills and Apprenticeships for review."),
        ]),
        ("Due diligence on new subcontractors should be completed, evidenced and signed off before a contract is issued.", [
            ("ASF.3", "High",
             "Introduce a due diligence checklist, signed off by the Head of Skills and Apprenticeships, to be held on file for each new subcontractor before contract award.",
             "Head of Skills and Apprenticeships / Procurement Manager", D(2024, 9, 30), None, "B",
             "Checklist in use from September 2024. Internal Audit tested five new subcontractor files in December – all compliant."),
        ]),
    ]),
    ("Cyber Security – User Access Management", "Moderate", [
        ("Network accounts of leavers should be disabled no later than the employee's last working day.", [
            ("CYB.1", "High",
             "Automate the leaver process so that a leaver notification from the HR system disables network and Microsoft 365 accounts on the last working day.",
             "Head of ICT", D(2024, 12, 31), D(2025, 3, 31), "A",
             "Integration between iTrent and Active Directory built and in testing. Go-live delayed by the HR system upgrade."),
        ]),
        ("Privileged (administrator) accounts should be reviewed at least quarterly and the review evidenced.", [
            ("CYB.2", "Medium",
             "Carry out and record a quarterly review of all privileged and administrator accounts.",
             "ICT Security & Infrastructure Manager", D(2024, 11, 30), None, "B",
             "Q3 review completed 18/11/2024; four dormant admin accounts removed. Reviews now scheduled quarterly."),
        ]),
    ]),
    ("Bus Reform Programme – Governance", "Substantial", [
        ("Key programme decisions should be recorded in a decision log showing the options considered, the rationale and the approver.", [
            ("BRP.1", "Medium",
             "Introduce a decision log template and back-fill key decisions taken by the Programme Board since April 2024.",
             "Programme Director – Bus Reform; PMO Lead", D(2025, 1, 31), None, "G",
             "Template approved at the December Programme Board. Back-filling under way."),
        ]),
    ]),
    ("Accounts Payable", "Limited", [
        ("Requests to change supplier bank details should be verified by telephone call-back to a known contact and independently checked before the change is made.", [
            ("AP.1", "High",
             "Reissue the supplier bank detail change procedure, requiring call-back verification and a second officer check before any change is made in Unit4.",
             "Finance Manager – Transactional Services", D(2024, 8, 31), D(2024, 12, 31), "R",
             "Procedure redrafted but not yet issued. Two changes in November processed without evidence of call-back – reported to the Section 73 Officer."),
        ]),
        ("A monthly report of supplier bank detail changes should be produced and reviewed by a senior officer independent of the transactional team.", [
            ("AP.2", "Medium",
             "Produce a monthly exception report of bank detail changes for review and sign-off by the Head of Finance.",
             "Head of Finance", D(2024, 11, 30), None, "R",
             "Report specification agreed with Unit4 support. Not yet produced."),
        ]),
    ]),
]
LCR_RAGFILL = {"B": FILL["blue"], "G": FILL["green"], "A": FILL["amber"], "R": FILL["red"]}


def make_lcr(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = LCR_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Liverpool City Region Combined Authority"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Audit and Governance Committee – 29 January 2025 – Appendix 2"
    ws["A4"] = "Position as at 31 December 2024"
    ws["A6"] = "Summary of agreed actions in this tracker"
    ws["A6"].font = Font(bold=True)
    hdr = ["Audit", "Assurance opinion", "Actions in tracker", "Implemented (B)",
           "On track (G)", "Revised date (A)", "Overdue (R)"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=7, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(FILL["navy"])
        cell.border = BOX
        cell.alignment = WRAP
    r = 8
    totals = [0, 0, 0, 0, 0]
    for audit, assurance, recs in LCR_AUDITS:
        acts = [a for _, al in recs for a in al]
        counts = [len(acts)] + [sum(1 for a in acts if a[6] == k) for k in "BGAR"]
        totals = [t + n for t, n in zip(totals, counts)]
        for c, v in enumerate([audit, assurance] + counts, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BOX
        r += 1
    for c, v in enumerate(["Total", None] + totals, 1):
        cell = ws.cell(row=r, column=c, value=v)
        cell.font = Font(bold=True)
        cell.border = BOX
    r += 2
    ws.cell(row=r, column=1, value="Note: 11 actions reported as implemented to the September 2024 Committee have been removed from this tracker.")
    ws.cell(row=r + 1, column=1, value="Full detail of each outstanding action is on the 'Outstanding actions' sheet; definitions are on the 'Key' sheet.")
    ws.column_dimensions["A"].width = 44
    for col in "BCDEFG":
        ws.column_dimensions[col].width = 15

    ws2 = wb.create_sheet("Outstanding actions")
    ws2["A1"] = "Internal Audit Recommendations Tracker – outstanding agreed management actions"
    ws2["A1"].font = Font(bold=True, size=12)
    ws2.merge_cells("A1:K1")
    ws2["A2"] = "Management updates as at 31 December 2024. RAG 'B' = implemented and verified by Internal Audit."
    ws2.merge_cells("A2:K2")
    head = ["Audit", "Assurance", "Ref", "Priority", "Recommendation", "Agreed management action",
            "Responsible officer", "Original target date", "Revised target date", "RAG", "Management update"]
    for c, h in enumerate(head, 1):
        cell = ws2.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(FILL["navy"])
        cell.alignment = WRAP
        cell.border = BOX
    r = 5
    for audit, assurance, recs in LCR_AUDITS:
        a_start = r
        for rec, acts in recs:
            r_start = r
            for ref, prio, text, lead, orig, rev, rag, upd in acts:
                vals = [None, None, ref, prio, None, text, lead, orig, rev, rag, upd]
                for c, v in enumerate(vals, 1):
                    cell = ws2.cell(row=r, column=c, value=v)
                    cell.alignment = WRAP
                    cell.border = BOX
                    if isinstance(v, dt.datetime):
                        cell.number_format = "dd/mm/yyyy"
                ws2.cell(row=r, column=10).fill = fill(LCR_RAGFILL[rag])
                ws2.cell(row=r, column=10).alignment = Alignment(horizontal="center", vertical="top")
                r += 1
            ws2.cell(row=r_start, column=5, value=rec).alignment = WRAP
            if r - 1 > r_start:
                ws2.merge_cells(start_row=r_start, start_column=5, end_row=r - 1, end_column=5)
        ws2.cell(row=a_start, column=1, value=audit).alignment = WRAP
        ws2.cell(row=a_start, column=1).font = Font(bold=True)
        ws2.cell(row=a_start, column=2, value=assurance).alignment = WRAP
        if r - 1 > a_start:
            ws2.merge_cells(start_row=a_start, start_column=1, end_row=r - 1, end_column=1)
            ws2.merge_cells(start_row=a_start, start_column=2, end_row=r - 1, end_column=2)
    widths = [28, 12, 8, 9, 40, 48, 26, 12, 12, 6, 44]
    for i, w in enumerate(widths, 1):
        ws2.column_dimensions[get_column_letter(i)].width = w
    ws2.freeze_panes = "A5"

    ws3 = wb.create_sheet("Key")
    ws3["A1"] = "Priority"
    ws3["B1"] = "Definition"
    for c in ("A1", "B1", "A8", "B8"):
        ws3[c].font = Font(bold=True)
    pr = [("High", "Fundamental weakness in control requiring immediate attention by management."),
          ("Medium", "Significant weakness that should be addressed within an agreed timescale."),
          ("Low", "Improvement that would enhance control or efficiency.")]
    for i, (a, b) in enumerate(pr, 2):
        ws3.cell(row=i, column=1, value=a)
        ws3.cell(row=i, column=2, value=b)
    ws3["A8"] = "RAG"
    ws3["B8"] = "Meaning"
    rk = [("B", "Implemented – verified by Internal Audit"),
          ("G", "On track to be implemented by the original target date"),
          ("A", "Revised target date agreed with Internal Audit"),
          ("R", "Overdue – target date passed and no revised date agreed")]
    for i, (a, b) in enumerate(rk, 9):
        ws3.cell(row=i, column=1, value=a).fill = fill(LCR_RAGFILL[a])
        ws3.cell(row=i, column=2, value=b)
    ws3.column_dimensions["A"].width = 10
    ws3.column_dimensions["B"].width = 70
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. States of Jersey Police - HMICFRS AFI tracker (xlsx), fill-only RAG
# ---------------------------------------------------------------------------
JSY_NAME = "jy2-states-of-jersey-police-hmicfrs-inspection-afi-action-tracker.xlsx"
JSY_TITLE = "HMICFRS Inspection of the States of Jersey Police (2023) – Areas for Improvement Action Tracker"
# theme, [ (afi, [ (ref, action, owner, target, prev, curr, update) ]) ]
JSY_THEMES = [
    ("1. Governance and performance management", [
        ("AFI 1: The force should improve how it uses performance data to understand current and future demand, so that it can direct resources to where they are most needed.", [
            ("1.1", "Develop a force performance dashboard (Power BI) covering calls for service, crime, investigations and public protection, reviewed at the monthly Performance and Accountability Board.",
             "Head of Business Services", "Sept 2024", "green", "blue",
             "Dashboard live from September 2024 and used at each monthly Performance and Accountability Board."),
            ("1.2", "Complete a demand and capacity review of Response and Neighbourhood Policing, including shift pattern options.",
             "Supt Operations / Head of Business Services", "June 2025", "green", "amber",
             "Data collection complete. Analyst vacancy has delayed the modelling; revised plan to the JPA in May."),
        ]),
        ("AFI 2: The force should make sure it has a medium-term financial plan that is linked to its workforce plan.", [
            ("2.1", "Produce a medium-term financial plan aligned to the Government Plan 2025–2028 and the force workforce plan.",
             "Finance Business Partner (JHA)", D(2024, 12, 31), "amber", "blue",
             "MTFP approved by the Jersey Police Authority in December 2024."),
        ]),
    ]),
    ("2. Treatment of staff and wellbeing", [
        ("AFI 3: The force should improve how it understands and supports the wellbeing of its workforce, including its occupational health provision.", [
            ("3.1", "Commission an independent occupational health service, with psychological screening for high-risk roles (PPU, digital forensics, firearms).",
             "Head of People Services", "Mar-25", "amber", "red",
             "Tender returned no compliant bids. Re-tender with Commercial Services under way; new date to be agreed with the JPA."),
            ("3.2", "Introduce wellbeing conversations as part of the annual PDR and record uptake.",
             "Head of People Services; Jersey Police Association Chair", "Dec-25", "green", "green",
             "Wellbeing section added to the PDR form. Uptake reporting from Q2."),
        ]),
        ("AFI 4: The force should do more to attract and recruit people from under-represented groups, including Jersey's Portuguese and Polish communities.", [
            ("4.1", "Hold targeted recruitment events with the Portuguese and Polish communities and publish recruitment material in Portuguese and Polish.",
             "Recruitment & Positive Action Lead", "Ongoing", "green", "green",
             "Two events held (October 2024, February 2025); 17 expressions of interest."),
        ]),
    ]),
    ("3. Protecting vulnerable people", [
        ("AFI 5: The force should make sure that domestic abuse risk assessments are completed and reviewed by a supervisor, and that safety planning is recorded.", [
            ("5.1", "Audit 50 domestic abuse cases each quarter for completion and supervision of DASH risk assessments, and report results to the Public Protection Governance Group.",
             "DI Public Protection Unit", "End of March 2025", "green", "blue",
             "Q1 2025 audit completed: 94% compliance (Q4 2024: 81%). Audit now business as usual."),
            ("5.2", "Deliver refresher training on DASH and safety planning to all Response and PPU officers.",
             "Training Manager / DI Public Protection Unit", D(2025, 6, 30), "green", "green",
             "142 of 210 officers trained."),
        ]),
        ("AFI 6: The force should improve how it identifies and records hidden crimes, including modern slavery and human trafficking.", [
            ("6.1", "Introduce a modern slavery and human trafficking flag on the crime recording system and train control room staff in its use.",
             "DCI Crime Services", "Sept 2025", "amber", "amber",
             "System change request raised with the supplier; awaiting a release date."),
        ]),
    ]),
]


def make_jersey(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "AFI tracker"
    ws["A1"] = "States of Jersey Police"
    ws["A1"].font = Font(bold=True, size=12, color=FILL["navy"])
    ws["A2"] = JSY_TITLE
    ws["A2"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:G2")
    ws["A3"] = "Jersey Police Authority – 27 March 2025 | Owner: Deputy Chief Officer"
    ws.merge_cells("A3:G3")
    ws["A4"] = "Key:"
    ws["A4"].font = Font(bold=True)
    key = [("Complete", "blue"), ("On track", "green"), ("Some slippage – recoverable", "amber"), ("Off track / at risk", "red")]
    for i, (t, c) in enumerate(key, 2):
        cell = ws.cell(row=4, column=i, value=t)
        cell.fill = fill(FILL[c])
        cell.font = Font(bold=True, color="FFFFFF" if c in ("blue", "red") else "000000")
    head = ["Ref", "Action", "Action owner", "Target date", "Previous RAG (Dec 24)", "Current RAG (Mar 25)", "Update / evidence"]
    for c, h in enumerate(head, 1):
        cell = ws.cell(row=6, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(FILL["navy"])
        cell.alignment = WRAP
        cell.border = BOX
    r = 7
    for theme, afis in JSY_THEMES:
        ws.cell(row=r, column=1, value=theme).font = Font(bold=True, size=12)
        for c in range(1, 8):
            ws.cell(row=r, column=c).fill = fill(FILL["grey"])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for afi, acts in afis:
            cell = ws.cell(row=r, column=1, value=afi)
            cell.font = Font(bold=True, italic=True)
            cell.alignment = WRAP
            for c in range(1, 8):
                ws.cell(row=r, column=c).fill = fill(FILL["pale"])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.row_dimensions[r].height = 32
            r += 1
            for ref, text, owner, target, prev, curr, upd in acts:
                vals = [ref, text, owner, target, None, None, upd]
                for c, v in enumerate(vals, 1):
                    cell = ws.cell(row=r, column=c, value=v)
                    cell.alignment = WRAP
                    cell.border = BOX
                    if isinstance(v, dt.datetime):
                        cell.number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=5).fill = fill(FILL[prev])
                ws.cell(row=r, column=6).fill = fill(FILL[curr])
                r += 1
    r += 1
    ws.cell(row=r, column=1, value="Previous RAG is the status reported to the JPA on 12 December 2024. Actions rated blue at two consecutive meetings will be removed.")
    widths = [7, 55, 26, 14, 11, 11, 50]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A7"

    g = wb.create_sheet("Glossary")
    g["A1"] = "Abbreviation"
    g["B1"] = "Meaning"
    g["A1"].font = g["B1"].font = Font(bold=True)
    gl = [("AFI", "Area for improvement (HMICFRS)"), ("DASH", "Domestic Abuse, Stalking and Harassment risk assessment"),
          ("JHA", "Justice and Home Affairs"), ("JPA", "Jersey Police Authority"),
          ("MTFP", "Medium-term financial plan"), ("PDR", "Performance and development review"),
          ("PPU", "Public Protection Unit")]
    for i, (a, b) in enumerate(gl, 2):
        g.cell(row=i, column=1, value=a)
        g.cell(row=i, column=2, value=b)
    g.column_dimensions["A"].width = 14
    g.column_dimensions["B"].width = 60
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. Westmorland and Furness Council - strategic risk register (xlsx) REFUSE
# ---------------------------------------------------------------------------
WF_NAME = "jy2-westmorland-and-furness-council-strategic-risk-register-q3-2024-25-typo-month-refuse.xlsx"
WF_TITLE = "Strategic Risk Register – Quarter 3 2024/25"
# ref, risk, owner, inherent, controls, current, trend, [ (action, owner, target, status) ]
WF_RISKS = [
    ("SR01", "Financial sustainability\nRisk that the Council cannot set a balanced budget over the medium term because of rising demand in adult social care, children's placements and temporary accommodation, leading to unplanned use of reserves.",
     "Director of Resources (Section 151 Officer)", "5 x 5 = 25",
     "Medium Term Financial Plan 2025–2029; monthly budget monitoring to SLT; savings delivery tracker; Cabinet quarterly finance report.",
     "4 x 5 = 20", "↔", [
         ("Deliver 2024/25 savings of £9.8m and report progress monthly to the Senior Leadership Team.", "Assistant Director – Finance", "March 2025", "On track"),
         ("Complete the review of the capital programme to reduce prudential borrowing.", "Assistant Director – Finance", "June 2025", "On track"),
     ]),
    ("SR02", "Disaggregation from Cumberland Council\nRisk that services still hosted by Cumberland Council (ICT, fleet, waste disposal) are not separated safely and on time, causing service disruption and extra cost.",
     "Chief Executive", "4 x 4 = 16",
     "Joint Disaggregation Board; inter-authority agreements in place for hosted services; programme risk log.",
     "4 x 4 = 16", "↑", [
         ("Complete the ICT data centre separation and migrate Westmorland and Furness systems to the new Microsoft tenancy.", "Head of ICT", "May 2025", "Behind schedule"),
         ("Agree exit plans and timetables for the remaining hosted services with Cumberland Council.", "Director of Resources / Director of Thriving Places", "Febuary 2025", "On track"),
         ("Report disaggregation progress and costs to Cabinet each quarter.", "Programme Director – Disaggregation", "March 2025", "On track"),
     ]),
    ("SR03", "Adult social care – CQC assessment\nRisk that the Council is not able to evidence how it meets its Care Act duties when assessed by CQC, leading to a poor rating and loss of confidence.",
     "Director of Adults and Health", "4 x 4 = 16",
     "ASC Assurance Board; self-assessment drafted; practice quality audit programme.",
     "3 x 4 = 12", "↓", [
         ("Complete the self-assessment and evidence library, and hold a mock assessment with peer reviewers.", "Assistant Director – Adult Social Care", "April 2025", "On track"),
         ("Reduce the number of people waiting for a Care Act assessment to fewer than 300.", "Assistant Director – Adult Social Care", "September 2025", "Behind schedule"),
     ]),
    ("SR04", "Cyber security\nRisk of a successful cyber attack leading to loss of systems or data, disruption to services and regulatory action.",
     "Director of Resources (Section 151 Officer)", "5 x 5 = 25",
     "Firewalls and endpoint protection; mandatory cyber training; backups held off-site; Public Services Network compliance.",
     "3 x 5 = 15", "↔", [
         ("Achieve Cyber Essentials Plus certification.", "Head of ICT", "December 2025", "On track"),
         ("Run a cyber incident exercise with the Senior Leadership Team.", "Head of ICT / Emergency Planning Manager", "March 2025", "Complete"),
     ]),
    ("SR05", "Temporary accommodation\nRisk that demand for temporary accommodation continues to exceed supply, increasing use of bed and breakfast and the cost to the Council.",
     "Director of Thriving Places", "4 x 4 = 16",
     "Homelessness prevention team; Temporary Accommodation Strategy; weekly placement review.",
     "4 x 3 = 12", "↔", [
         ("Open 24 units of council-owned temporary accommodation in Barrow-in-Furness and Kendal.", "Assistant Director – Housing", "October 2025", "On track"),
     ]),
]


def make_wf(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Strategic Risk Register"
    ws["A1"] = "Westmorland and Furness Council"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = WF_TITLE
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Audit Committee – 13 March 2025 | Risk Management Lead: Assistant Director – Governance"
    head = ["Ref", "Risk (cause, event, consequence)", "Risk owner", "Inherent score (L x I)", "Key controls in place",
            "Current score (L x I)", "Direction of travel", "Further actions", "Action owner", "Target date", "Action status"]
    for c, h in enumerate(head, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(FILL["navy"])
        cell.alignment = WRAP
        cell.border = BOX
    r = 6
    typo_row = None
    for ref, risk, owner, inh, ctrls, cur, trend, acts in WF_RISKS:
        start = r
        for text, aowner, target, status in acts:
            for c, v in zip(range(8, 12), (text, aowner, target, status)):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
            if "Febuary" in target:
                typo_row = r
            r += 1
        score = int(cur.split("=")[1])
        sfill = FILL["red"] if score >= 15 else FILL["amber"] if score >= 8 else FILL["green"]
        for c, v in zip(range(1, 8), (ref, risk, owner, inh, ctrls, cur, trend)):
            cell = ws.cell(row=start, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
            if r - 1 > start:
                ws.merge_cells(start_row=start, start_column=c, end_row=r - 1, end_column=c)
        ws.cell(row=start, column=6).fill = fill(sfill)
        ws.cell(row=start, column=1).font = Font(bold=True)
    r += 1
    ws.cell(row=r, column=1, value="Scoring: Likelihood (1–5) x Impact (1–5). 15–25 High (red); 8–12 Medium (amber); 1–6 Low (green).")
    ws.cell(row=r + 1, column=1, value="Direction of travel since Quarter 2: ↑ increased, ↔ unchanged, ↓ reduced.")
    widths = [7, 50, 24, 11, 40, 11, 10, 50, 26, 14, 14]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A6"
    wb.save(path)
    return typo_row


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


def set_cell(cell, text, bold=False, italic=False, size=None, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.italic = italic
    if size:
        run.font.size = Pt(size)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    return cell


# ---------------------------------------------------------------------------
# 4. Essex County Council - ASC CQC assessment improvement plan (docx)
# ---------------------------------------------------------------------------
ESX_NAME = "jy2-essex-county-council-asc-cqc-assessment-improvement-plan.docx"
ESX_TITLE = "Adult Social Care Improvement Plan 2025–26"
# theme, [ (area for improvement, [ (ref, action, lead, due, rag, update) ]) ]
ESX_THEMES = [
    ("Theme 1: Working with people", [
        ("Waiting times: some people waited a long time for a Care Act assessment or an occupational therapy assessment, particularly in North and West Essex.", [
            ("1.1", "Deliver the waiting list recovery plan for Care Act assessments, using a dedicated assessment team and weekly oversight of the longest waits.",
             "Director, Local Delivery (North and West)", "Dec 2025", "G",
             "Longest wait reduced from 21 to 14 weeks (June 2025)."),
            ("1.2", "Introduce trusted assessor arrangements for minor adaptations and equipment with the district, city and borough councils.",
             "Head of Occupational Therapy / Head of Equipment Services", "Sept 2025", "A",
             "Two councils signed up; agreements with the remaining ten delayed by data-sharing sign-off."),
        ]),
        ("Unpaid carers: not all carers were offered a carer’s assessment, and some carers told CQC they did not know what support was available.", [
            ("1.3", "Refresh the carers’ support offer with the commissioned carers’ service and make the offer of a carer’s assessment a mandatory step in the adult assessment workflow in Mosaic.",
             "Head of Commissioning – Carers and Prevention", "31/10/2025", "G",
             "Mosaic change specified; testing in September."),
            ("1.4", "Publish a carers’ information pack in accessible and easy read formats.",
             "SM, KB", "June 2025", "B",
             "Published on Essex Carers Hub on 23 June 2025."),
        ]),
    ]),
    ("Theme 2: Providing support", [
        ("Transitions: young people moving from children’s to adult services did not always have timely planning for adulthood.", [
            ("2.1", "Establish a Preparing for Adulthood panel from age 14, with joint attendance from Children and Families and Adult Social Care.",
             "Director, Adult Social Care Operations; Director, Children and Families", "Q3 2025/26", "G",
             "Terms of reference agreed; first panel September 2025."),
        ]),
        ("Direct payments: uptake of direct payments was below the national average and some people found the process difficult.", [
            ("2.2", "Simplify the direct payments agreement and launch a prepaid card option.",
             "Head of Direct Payments and Personal Assistants", "March 2026", "A",
             "Prepaid card provider procurement extended by six weeks."),
            ("2.3", "Commission a personal assistant market development programme in Tendring and Harlow.",
             "Head of Commissioning (Care at Home)", "March 2026", "",
             "Not started – due to begin October 2025."),
        ]),
    ]),
    ("Theme 3: How the local authority ensures safety within the system", [
        ("Deprivation of Liberty Safeguards: there was a backlog of DoLS applications awaiting assessment.", [
            ("3.1", "Reduce the DoLS backlog using a prioritisation tool and additional Best Interests Assessor capacity.",
             "Head of Safeguarding Adults and DoLS", "Q4 2025/26", "A",
             "Backlog 1,940 (March 2025) down to 1,610 (June 2025). Recruitment of BIAs slower than planned."),
        ]),
    ]),
    ("Theme 4: Leadership", [
        ("Learning from feedback: the council could not always show how feedback and complaints had led to changes in practice.", [
            ("4.1", "Introduce a quarterly ‘You said, we did’ report to the Adult Social Care Improvement Board, drawing on complaints, compliments and the Adult Social Care Survey.",
             "Head of Quality and Practice Improvement", "Quarterly", "G",
             "First report presented to the Improvement Board in July 2025."),
        ]),
    ]),
]


def make_essex(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph(ESX_TITLE, style="Title")
    p = doc.add_paragraph("Response to the Care Quality Commission local authority assessment of Essex County Council")
    p.runs[0].bold = True
    doc.add_paragraph("Essex County Council – Adult Social Care")

    doc.add_heading("Document control", level=1)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in [("Version", "1.3"), ("Date", "14 July 2025"), ("Owner", "Executive Director, Adult Social Care"),
                 ("Approved by", "Adult Social Care Improvement Board"), ("Next review", "October 2025")]:
        row = t.add_row().cells
        set_cell(row[0], a, bold=True)
        set_cell(row[1], b)

    doc.add_heading("Introduction", level=1)
    doc.add_paragraph(
        "CQC assessed Essex County Council’s adult social care functions under Part 1 of the Care Act 2014 and rated the council "
        "‘Good’. The report identified a number of areas where people’s experience could be better. This plan sets out the actions "
        "we are taking against each of them, grouped under the four CQC assessment themes.")

    doc.add_heading("RAG key", level=1)
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for a, b, c in [("B", "Complete", FILL["blue"]), ("G", "On track", FILL["green"]),
                    ("A", "Some delay – mitigation in place", FILL["amber"]),
                    ("R", "Off track – escalated to the Improvement Board", FILL["red"])]:
        row = k.add_row().cells
        set_cell(row[0], a, bold=True)
        shade(row[0], c)
        set_cell(row[1], b)

    ragfill = {"B": FILL["blue"], "G": FILL["green"], "A": FILL["amber"], "R": FILL["red"]}
    for theme, afis in ESX_THEMES:
        doc.add_heading(theme, level=1)
        tbl = doc.add_table(rows=1, cols=6)
        tbl.style = "Table Grid"
        for c, h in enumerate(["Ref", "Action", "Lead", "Due", "RAG", "Progress update"]):
            set_cell(tbl.rows[0].cells[c], h, bold=True, color="FFFFFF")
            shade(tbl.rows[0].cells[c], FILL["navy"])
        for afi, acts in afis:
            row = tbl.add_row().cells
            m = row[0].merge(row[5])
            set_cell(m, afi, bold=True)
            shade(m, FILL["pale"])
            for ref, text, lead, due, rag, upd in acts:
                row = tbl.add_row().cells
                for c, v in enumerate([ref, text, lead, due, rag, upd]):
                    set_cell(row[c], v)
                if rag:
                    shade(row[4], ragfill[rag])
        doc.add_paragraph("")
    doc.add_paragraph(
        "Progress against this plan is reported monthly to the Adult Social Care Improvement Board and every six months to the "
        "People and Families Policy and Scrutiny Committee.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. Bridgend Adult Learning in the Community Partnership - Estyn PIAP (docx)
#    RAG by cell shading only; key redefines green as completed.
# ---------------------------------------------------------------------------
BRI_NAME = "jy2-bridgend-adult-learning-partnership-estyn-post-inspection-action-plan.docx"
BRI_TITLE = "Bridgend Adult Learning in the Community Partnership: Post-inspection Action Plan"
# rec, [ (no, action, success criteria, lead, timescale, rag) ], progress note
BRI_RECS = [
    ("R1: Strengthen self-evaluation and quality improvement processes across the partnership so that they focus clearly on the progress learners make", [
        ("1.1", "Agree a single partnership self-evaluation calendar and quality framework, with all partners contributing data to one self-assessment report.",
         "Partnership self-assessment report approved by the Board; all partners contributing data.",
         "ALC Partnership Quality Lead", "July 2024", "green"),
        ("1.2", "Introduce joint observation of teaching and learning across partners, with moderation of judgements each term.",
         "Joint observations completed in every curriculum area; moderation report to the Board.",
         "ALC Partnership Quality Lead / Bridgend College Head of Adult and Community Learning", "Autumn term 2024", "amber"),
    ], "Progress update (October 2024): first partnership self-assessment report approved on 10 July 2024. Joint observation schedule agreed; 9 of 16 observations completed."),
    ("R2: Improve the collection and use of data on learners’ progression to further learning, volunteering and employment", [
        ("2.1", "Introduce a common destinations survey for all learners completing a course, carried out at three and six months.",
         "Destinations known for at least 60% of completers.",
         "Data and MIS Officer", "September 2024", "red"),
        ("2.2", "Report progression data to the Partnership Board twice a year, by curriculum area and by community (WIMD).",
         "Board minutes show progression data considered and acted on.",
         "Group Manager – Employability and Adult Learning", "March 2025", "red"),
    ], "Progress update (October 2024): survey questions agreed, but the survey could not be launched until the new MIS contract starts in November 2024."),
    ("R3: Ensure that learners across the county can access Essential Skills and digital skills provision, including through the medium of Welsh", [
        ("3.1", "Map current Essential Skills and digital skills provision against the areas of highest need and agree a shared curriculum offer for 2024–25.",
         "Shared curriculum offer published for September 2024.",
         "Curriculum Planning Group", "June 2024", "green"),
        ("3.2", "Pilot Welsh-medium and bilingual digital skills courses in Maesteg and Pencoed libraries with Learn Welsh Bridgend.",
         "Two pilot courses run; learner feedback evaluated.",
         "Welsh Language Co-ordinator; Awen Libraries Manager", "Summer term 2025", "amber"),
    ], "Progress update (October 2024): 2024–25 curriculum offer published in August. Welsh-medium pilot tutors recruited."),
    ("R4: Strengthen safeguarding arrangements across the partnership, including the recording and follow-up of concerns", [
        ("4.1", "Adopt a single safeguarding referral and recording procedure across all partners, with the Designated Safeguarding Person reporting to each Board meeting.",
         "Single procedure in use by all partners; safeguarding report a standing Board item.",
         "Designated Safeguarding Person (BCBC)", "April 2024", "green"),
        ("4.2", "Deliver Prevent and safeguarding refresher training to all tutors, including sessional and volunteer tutors.",
         "100% of tutors trained within the last 12 months.",
         "Designated Safeguarding Person (BCBC)", "Ongoing – termly", "amber"),
    ], "Progress update (October 2024): procedure adopted in April 2024. 84% of tutors have completed refresher training."),
]


def make_bridgend(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    doc.add_heading(BRI_TITLE, level=0)
    doc.add_paragraph("Cynllun Gweithredu Ôl-arolygiad – Partneriaeth Dysgu Oedolion yn y Gymuned Pen-y-bont ar Ogwr").runs[0].italic = True
    doc.add_paragraph("Estyn inspection: 13–16 November 2023 | Report published: 26 January 2024")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in [("Partnership lead body", "Bridgend County Borough Council"),
                 ("Partners", "Bridgend College; Adult Learning Wales; Awen Cultural Trust (libraries); Learn Welsh Bridgend"),
                 ("Plan owner", "Group Manager – Employability and Adult Learning"),
                 ("Approved by Partnership Board", "6 March 2024"),
                 ("This update", "October 2024")]:
        row = t.add_row().cells
        set_cell(row[0], a, bold=True)
        set_cell(row[1], b)
    doc.add_paragraph("")
    doc.add_paragraph("Progress key").runs[0].bold = True
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for col, meaning in [("green", "Action completed"), ("amber", "Action in progress and on track"),
                         ("red", "Action not started or behind schedule")]:
        row = k.add_row().cells
        set_cell(row[0], "")
        shade(row[0], FILL[col])
        set_cell(row[1], meaning)
    doc.add_paragraph("")

    for rec, acts, note in BRI_RECS:
        doc.add_heading(rec, level=2)
        tbl = doc.add_table(rows=1, cols=6)
        tbl.style = "Table Grid"
        for c, h in enumerate(["No.", "Action", "Success criteria", "Lead", "Timescale", "Progress"]):
            set_cell(tbl.rows[0].cells[c], h, bold=True)
            shade(tbl.rows[0].cells[c], FILL["grey"])
        for no, action, sc, lead, when, rag in acts:
            row = tbl.add_row().cells
            for c, v in enumerate([no, action, sc, lead, when, ""]):
                set_cell(row[c], v)
            shade(row[5], FILL[rag])
        row = tbl.add_row().cells
        m = row[0].merge(row[5])
        set_cell(m, note, italic=True)
        doc.add_paragraph("")
    doc.add_paragraph("The Partnership Board monitors this plan at each meeting. Estyn will review progress at the annual link visit.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. Royal Borough of Kingston upon Thames - RSH consumer standards plan (csv)
# ---------------------------------------------------------------------------
KIN_NAME = "jy2-royal-borough-of-kingston-upon-thames-rsh-consumer-standards-housing-improvement-plan.csv"
KIN_TITLE = "Housing Regulatory Improvement Plan – Consumer Standards"
KIN_HEAD = ["Standard", "Required outcome", "Ref", "Action", "Lead officer", "Due date", "Revised due date", "Status", "Comments"]
KIN_ROWS = [
    ["Safety and Quality Standard", "Stock quality", "SQ1",
     "Complete stock condition surveys for the 1,140 homes without a survey in the last five years.\nPrioritise blocks with no survey since 2019.",
     "Head of Asset Management & Compliance", "31/03/2025", "30/09/2025", "Amber", "Contractor mobilised January 2025; 412 surveys completed."],
    ["Safety and Quality Standard", "Health and safety", "SQ2",
     "Complete all overdue high-risk fire risk assessment remedial actions.",
     "Building Safety Manager", "31/01/2025", "", "Complete", "All 63 high-risk actions closed and verified by the fire risk assessor."],
    ["Safety and Quality Standard", "Health and safety", "SQ3",
     "Fit smoke and carbon monoxide alarms in the 290 homes with no record of an alarm.",
     "Building Safety Manager; Repairs Contract Manager", "30/04/2025", "", "Green", "176 homes done; 38 no-access cases being followed up."],
    ["Safety and Quality Standard", "Repairs, maintenance and planned improvements", "SQ4",
     "Reduce the backlog of overdue responsive repairs to fewer than 300 jobs.",
     "Head of Repairs and Maintenance", "31/03/2025", "", "Red", "Backlog 611 at end of February. Additional contractor from April."],
    ["Safety and Quality Standard", "Decency", "SQ5",
     "Agree a five-year investment programme to bring non-decent homes up to the Decent Homes Standard, based on the new stock condition data.",
     "Head of Asset Management & Compliance", "31/07/2025", "", "Not started", "Depends on SQ1."],
    ["Transparency, Influence and Accountability Standard", "Performance information", "TIA1",
     "Publish the Tenant Satisfaction Measures and a quarterly housing performance report on the council website.",
     "Housing Performance Manager", "30/09/2024", "", "Complete", ""],
    ["Transparency, Influence and Accountability Standard", "Complaints", "TIA2",
     "Align the housing complaints process with the Housing Ombudsman’s Complaint Handling Code and report compliance to the Housing Improvement Board.",
     "Complaints and Member Enquiries Manager", "31/12/2024", "", "Complete", "Self-assessment published December 2024."],
    ["Transparency, Influence and Accountability Standard", "Engagement with tenants", "TIA3",
     "Set up a Tenant Scrutiny Panel and agree its terms of reference with tenants.",
     "Tenant Engagement Manager", "31/05/2025", "", "Green", "12 tenants recruited; first meeting April 2025."],
    ["Neighbourhood and Community Standard", "Safety of shared spaces", "NC1",
     "Carry out estate inspections with tenants and publish the results for each estate.",
     "Neighbourhood Services Manager", "Quarterly", "", "Green", "Q3 inspections completed on all 14 estates."],
    ["Neighbourhood and Community Standard", "Domestic abuse", "NC2",
     "Achieve Domestic Abuse Housing Alliance (DAHA) accreditation.",
     "Tenancy Services Manager", "31/03/2026", "", "Green", ""],
    ["Tenancy Standard", "Tenancy management", "TEN1",
     "Complete a tenancy audit home visit for every household on the Cambridge Road, Cumberland House and Cocks Crescent estates.",
     "O. Mensah and P. Reilly", "31/10/2025", "", "Amber", "Visits started February 2025; 22% complete."],
]


def make_kingston(path):
    n = len(KIN_HEAD)
    blank = [""] * (n - 1)
    rows = [
        ["Royal Borough of Kingston upon Thames"] + blank,
        [KIN_TITLE] + blank,
        ["Housing Improvement Board – 18 March 2025 – position at 28/02/2025"] + blank,
        [""] * n,
        KIN_HEAD,
    ] + KIN_ROWS
    st = {}
    for r in KIN_ROWS:
        st[r[7]] = st.get(r[7], 0) + 1
    rows += [
        [""] * n,
        ["Summary", "", "", f"{len(KIN_ROWS)} actions", "", "", "", "", ""],
        ["", "", "", f"Complete: {st['Complete']}", f"Green: {st['Green']}", f"Amber: {st['Amber']}",
         f"Red: {st['Red']}", f"Not started: {st['Not started']}", ""],
    ]
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 7. North Lanarkshire Council - annual audit report action plan (txt export)
# ---------------------------------------------------------------------------
NLC_NAME = "jy2-north-lanarkshire-council-annual-audit-report-2023-24-action-plan.txt"
NLC_TITLE = "Appendix 1: 2023/24 Annual Audit Report – Action Plan Progress Update"
# section, [ (header, ref, issue, rec, [action lines], officer, agreed, revised, status, update) ]
NLC_SECTIONS = [
    ("FINANCIAL MANAGEMENT", [
        ("Action 1", "1",
         "Capital programme slippage: 28% of the 2023/24 general services capital budget was unspent at the year end, continuing a pattern seen in previous years.",
         "The Council should set more realistic capital budgets, based on deliverable project profiles, and report slippage to members quarterly.",
         ["Capital budgets for 2025/26 will be re-profiled with project managers, and quarterly slippage reports will be presented to the Finance and Resources Committee."],
         "Head of Financial Solutions", "31 March 2025", None, "Green",
         "Re-profiled capital budget approved by Council on 27 February 2025. First quarterly report scheduled for June 2025."),
        ("Action 2", "2",
         "Payroll controls: we identified 14 leavers who were paid after their leaving date, with overpayments totalling £23,400.",
         "Management should strengthen controls so that leaver forms are processed before the payroll cut-off and overpayments are recovered promptly.",
         ["a) Introduce an automated leaver workflow in the HR/payroll system, triggered by line manager notification.",
          "b) Report overpayments and recovery rates to the Corporate Management Team monthly."],
         "Head of People and Organisational Development / Payroll Manager", "30 November 2024", "30 June 2025", "Amber",
         "Workflow built; go-live moved to align with the iTrent upgrade. Monthly overpayment reporting in place since December 2024."),
    ]),
    ("FINANCIAL SUSTAINABILITY", [
        ("Action 3", "3",
         "Medium-term funding gap: the Council forecasts a cumulative budget gap of £71.6 million over 2025/26 to 2027/28 and has not yet identified how £38 million of this will be met.",
         "The Council should develop and approve a savings and transformation programme that addresses the full medium-term funding gap, with savings plans that are clearly costed and monitored.",
         ["A refreshed Medium-Term Financial Plan and a three-year savings programme, with a costed business case for each proposal, will be presented to Council with the 2025/26 budget."],
         "Director of Financial Services", "February 2025", None, "Blue",
         "Approved at the Council budget meeting on 27 February 2025."),
        ("Action 4", "4",
         "Use of reserves: uncommitted general fund reserves have fallen to 1.8% of net expenditure, below the Council's policy minimum of 2%.",
         "The Council should set out in its reserves strategy how it will restore uncommitted reserves to the minimum level.",
         ["Update the reserves strategy to include a plan to return uncommitted reserves to at least 2% of net expenditure by 31 March 2027."],
         "Director of Financial Services", "31 March 2025", None, "Green",
         "Draft strategy considered by the Corporate Management Team on 4 March 2025."),
    ]),
    ("VISION, LEADERSHIP AND GOVERNANCE", [
        ("Action 5", "5",
         "Transformation governance: Programme of Work boards did not consistently record decisions or track benefits.",
         "The Council should strengthen the governance of its transformation programme, including benefits tracking and reporting to elected members.",
         ["Introduce a benefits realisation framework for the Programme of Work, with six-monthly benefits reports to the Policy and Strategy Committee."],
         "Chief Officer (Strategy and Transformation)", "September 2025", None, "Green",
         "Framework drafted; first report planned for September 2025."),
        ("Action 6", "6",
         "Risk management: the corporate risk register was not reported to the Audit and Scrutiny Panel during 2023/24.",
         "The corporate risk register should be reported to the Audit and Scrutiny Panel at least twice a year.",
         ["Report the corporate risk register to the Audit and Scrutiny Panel every six months, starting September 2024."],
         "Audit and Risk Manager", "Ongoing (six-monthly)", None, "Green",
         "Reported September 2024 and March 2025."),
    ]),
    ("BEST VALUE", [
        ("Action 7", "7",
         "Workforce planning: workforce plans are not in place for all services, and the Council has significant recruitment difficulties in social work and ICT.",
         "The Council should complete workforce plans for all services and link them to its medium-term financial plan.",
         ["Complete service-level workforce plans for all services, aligned to the Workforce Strategy 2023–2028, and report a consolidated plan to the Human Resources Committee."],
         "Head of People and Organisational Development", "31 December 2024", None, "Red",
         "Plans received for 9 of 14 services. Outstanding plans escalated to the Corporate Management Team."),
    ]),
    ("PRIOR YEAR RECOMMENDATIONS (2022/23) – FOLLOW-UP", [
        ("Action PY1 (2022/23 Action 4)", "PY1",
         "Fixed asset register: the fixed asset register was not reconciled to the general ledger during the year.",
         "Reconciliations between the fixed asset register and the general ledger should be carried out quarterly.",
         ["Carry out quarterly reconciliations of the fixed asset register to the general ledger, reviewed by the Financial Accounting Manager."],
         "Financial Accounting Manager", "31 March 2024", "31 March 2025", "Amber",
         "Q2 and Q3 reconciliations completed. Q1 reconciliation outstanding because of the asset system migration."),
        ("Action PY2 (2022/23 Action 7)", "PY2",
         "Common good: the Council has not completed its register of common good assets as required by the Community Empowerment (Scotland) Act 2015.",
         "The Council should complete and publish its common good asset register.",
         ["Complete the review of title deeds for the remaining common good properties and publish the final register on the Council website."],
         "Head of Legal and Democratic Solutions / Head of Estates", "30 June 2024", "31 October 2025", "Amber",
         "Title review complete for Motherwell and Wishaw; Airdrie and Coatbridge outstanding."),
    ]),
]


def nlc_text():
    L = []
    L += ["NORTH LANARKSHIRE COUNCIL", "", "Audit and Scrutiny Panel", "24 March 2025", "",
          NLC_TITLE, "",
          "External auditor: Audit Scotland",
          "Report owner: Director of Financial Services (Section 95 Officer)",
          "Source: Pentana action status report, run 10/03/2025", "",
          "Status key: Blue = complete; Green = on track; Amber = revised date agreed; Red = overdue / not progressing", ""]
    pad = 23
    for section, blocks in NLC_SECTIONS:
        L += ["=" * 72, section, "=" * 72, ""]
        for header, ref, issue, rec, action, officer, agreed, revised, status, update in blocks:
            L.append(header)
            L.append("Issue/risk:".ljust(pad) + issue)
            L.append("Recommendation:".ljust(pad) + rec)
            L.append("Agreed action:".ljust(pad) + action[0])
            for cont in action[1:]:
                L.append(" " * pad + cont)
            L.append("Responsible officer:".ljust(pad) + officer)
            L.append("Agreed date:".ljust(pad) + agreed)
            if revised:
                L.append("Revised date:".ljust(pad) + revised)
            L.append("Status:".ljust(pad) + status)
            L.append("Update:".ljust(pad) + update)
            L.append("")
    n_cur = sum(len(b) for s, b in NLC_SECTIONS if not s.startswith("PRIOR"))
    L += ["-" * 72,
          f"Actions 1 to {n_cur} were agreed in the 2023/24 Annual Audit Report (October 2024). Prior year actions are",
          "included where they remained open at the date of that report.",
          "-" * 72, ""]
    return "\n".join(L)


def make_nlc(path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(nlc_text())


def main():
    make_lcr(os.path.join(HERE, LCR_NAME))
    make_jersey(os.path.join(HERE, JSY_NAME))
    row = make_wf(os.path.join(HERE, WF_NAME))
    make_essex(os.path.join(HERE, ESX_NAME))
    make_bridgend(os.path.join(HERE, BRI_NAME))
    make_kingston(os.path.join(HERE, KIN_NAME))
    make_nlc(os.path.join(HERE, NLC_NAME))
    print("typo row (W&F):", row)
    return row


if __name__ == "__main__":
    main()
