"""Build the seven oe1- blind test files (set heldout425).

Run with /work/main/.venv/bin/python oe1_make.py from any directory; files are written
beside this script. Only files whose names start with "oe1-" are written.
"""
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE, GREEN, AMBER, RED = "5B9BD5", "00B050", "FFC000", "FF0000"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def D(y, m, d):
    return dt.datetime(y, m, d)


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def out(name):
    assert name.startswith("oe1-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. Royal Borough of Greenwich - internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
GREENWICH = [
    ("Children's Services", [
        ("Direct Payments (Children with Disabilities) 2024/25 – Limited Assurance – Final report issued 12/02/2025", [
            ("CS-DP-01", "High",
             "Introduce a quarterly reconciliation of direct payment accounts for children with disabilities, with unspent balances above £1,000 recovered or reviewed with the family within 30 days.",
             "Head of Service, Children with Disabilities", D(2025, 5, 31), D(2025, 12, 31), AMBER,
             "First two quarterly reconciliations completed. Recovery process for balances over £1,000 awaiting sign-off by Finance.", ""),
            ("CS-DP-02", "Medium",
             "Update the Direct Payments Agreement so that it sets out the records families must keep and the consequences of misuse, and reissue it to all current recipients.",
             "Direct Payments Lead Officer", D(2025, 6, 30), None, BLUE,
             "Revised agreement issued to all 143 families in July 2025.", "Verified 04/09/2025"),
        ]),
        ("Home to School Travel Assistance 2024/25 – Moderate Assurance – Final report issued 27/03/2025", [
            ("CS-HST-03", "Medium",
             "Carry out and record an annual eligibility review for every child receiving travel assistance, prioritising those whose circumstances have changed.",
             "Transport Eligibility Manager; SEND Transport Lead", D(2025, 8, 31), None, RED,
             "Reviews started in September for the new school year; 38% complete at 30 September.", "Escalated to DMT"),
        ]),
    ]),
    ("Housing and Safer Communities", [
        ("Temporary Accommodation – Nightly Paid Placements 2024/25 – Limited Assurance – Final report issued 06/01/2025", [
            ("HSC-TA-01", "High",
             "Ensure every nightly paid placement is supported by a signed placement agreement and a purchase order raised before the booking starts; exceptions to be approved by the Head of Housing Needs.",
             "Head of Housing Needs", D(2025, 3, 31), D(2025, 11, 30), AMBER,
             "Purchase order control now live in the booking system. Placement agreements for legacy bookings being obtained.", ""),
            ("HSC-TA-02", "High",
             "Reconcile the temporary accommodation booking system to supplier invoices each month and report unmatched invoices to the Temporary Accommodation Board.",
             "Temporary Accommodation Manager / Finance Business Partner (Housing)", D(2026, 1, 31), None, GREEN,
             "Reconciliation template agreed; first run planned for October 2025 invoices.", ""),
        ]),
        ("Right to Buy Fraud Controls 2025/26 – Moderate Assurance – Final report issued 18/07/2025", [
            ("HSC-RTB-03", "Medium",
             "Complete identity and residency checks using National Fraud Initiative and credit reference agency data for every Right to Buy application before the offer notice is issued.",
             "Right to Buy Manager", D(2025, 10, 31), None, GREEN,
             "Checks built into the application workflow; training for caseworkers booked for October.", ""),
        ]),
    ]),
    ("Resources", [
        ("Payroll 2024/25 – Moderate Assurance – Final report issued 20/12/2024", [
            ("RES-PAY-01", "Medium",
             "Put in place a monthly exception report of leavers paid after their termination date, reviewed and signed off by the Payroll Manager.",
             "Payroll Manager", D(2025, 3, 31), None, BLUE,
             "Exception report in place since April 2025 and signed off each month.", "Verified 11/06/2025"),
        ]),
        ("IT Asset Management 2024/25 – Limited Assurance – Final report issued 14/04/2025", [
            ("RES-ITAM-02", "High",
             "Complete a full reconciliation of the IT asset register to devices connected to the network, and retire or recover any device not assigned to a named user.",
             "Marcus Adeyemi", D(2025, 6, 30), D(2026, 3, 31), AMBER,
             "Discovery tool deployed; 2,310 of 3,050 devices reconciled. Revised date agreed with the Director of Finance.", ""),
            ("RES-ITAM-03", "Medium",
             "Require a signed asset return form for every leaver, linked to the HR leavers process.",
             "Marcus Adeyemi, Kelly Shaw", D(2025, 7, 31), None, RED,
             "Form drafted but not yet linked to the leavers process in the HR system.", "Overdue – chased 22/09/2025"),
        ]),
    ]),
]


def make_greenwich():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "Royal Borough of Greenwich"
    ws["A1"].font = Font(bold=True, size=16)
    ws["A2"] = "Internal Audit & Anti-Fraud Service"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A4"] = "Outstanding Internal Audit Recommendations – Follow-up Position at 30 September 2025"
    ws["A4"].font = Font(bold=True, size=14)
    ws["A5"] = "Appendix B to the Internal Audit and Anti-Fraud Performance Report – Audit and Risk Management Panel, 3 December 2025"
    r = 7
    ws.cell(r, 1, "Document control").font = Font(bold=True)
    for k, v in [("Prepared by", "Head of Internal Audit & Anti-Fraud"),
                 ("Version", "1.2"),
                 ("Date", "14/11/2025"),
                 ("Distribution", "Greenwich Management Team; Audit and Risk Management Panel")]:
        r += 1
        ws.cell(r, 1, k).border = BOX
        ws.cell(r, 2, v).border = BOX
    r += 2
    ws.cell(r, 1, "Recommendation priority").font = Font(bold=True)
    for k, v in [("High", "Fundamental weakness in control that exposes the Council to significant risk; requires prompt action."),
                 ("Medium", "Weakness in control that should be addressed to reduce the risk of error, loss or fraud.")]:
        r += 1
        ws.cell(r, 1, k).border = BOX
        ws.cell(r, 2, v).border = BOX
    r += 2
    ws.cell(r, 1, "RAG key (column G of the Recommendations sheet)").font = Font(bold=True)
    for col, v in [(BLUE, "Implemented – verified by Internal Audit"),
                   (GREEN, "Not yet due / on track to meet the target date"),
                   (AMBER, "Not implemented – revised target date agreed"),
                   (RED, "Overdue – target date passed and not implemented")]:
        r += 1
        ws.cell(r, 1).fill = fill(col)
        ws.cell(r, 1).border = BOX
        ws.cell(r, 2, v).border = BOX
    ws.column_dimensions["A"].width = 26
    ws.column_dimensions["B"].width = 90

    # Summary sheet
    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of outstanding recommendations by directorate – 30 September 2025"
    sm["A1"].font = Font(bold=True, size=12)
    hdr = ["Directorate", "High", "Medium", "Total open", "of which overdue", "Implemented since last report"]
    for c, h in enumerate(hdr, 1):
        x = sm.cell(3, c, h)
        x.font = Font(bold=True)
        x.fill = fill("D9D9D9")
        x.border = BOX
    rows = [("Children's Services", 1, 1, 2, 1, 1),
            ("Housing and Safer Communities", 2, 1, 3, 0, 0),
            ("Resources", 1, 1, 2, 1, 1)]
    for i, row in enumerate(rows, 4):
        for c, v in enumerate(row, 1):
            sm.cell(i, c, v).border = BOX
    tr = 4 + len(rows)
    for c, v in enumerate(("Total", "=SUM(B4:B6)", "=SUM(C4:C6)", "=SUM(D4:D6)", "=SUM(E4:E6)", "=SUM(F4:F6)"), 1):
        x = sm.cell(tr, c, v)
        x.font = Font(bold=True)
        x.border = BOX
    sm.column_dimensions["A"].width = 34
    for col in "BCDEF":
        sm.column_dimensions[col].width = 16

    # Recommendations sheet
    rs = wb.create_sheet("Recommendations")
    ncol = 9
    rs["A1"] = "Outstanding Internal Audit Recommendations – 30 September 2025"
    rs["A1"].font = Font(bold=True, size=13)
    rs.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    hdr = ["Rec ref", "Priority", "Agreed management action", "Responsible officer",
           "Original target date", "Revised target date", "RAG",
           "Management update (September 2025)", "IA comment"]
    for c, h in enumerate(hdr, 1):
        x = rs.cell(3, c, h)
        x.font = Font(bold=True, color="FFFFFF")
        x.fill = fill("1F3864")
        x.alignment = WRAP
        x.border = BOX
    r = 3
    for directorate, audits in GREENWICH:
        r += 1
        rs.cell(r, 1, directorate).font = Font(bold=True, color="FFFFFF")
        for c in range(1, ncol + 1):
            rs.cell(r, c).fill = fill("44546A")
        rs.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        for audit, recs in audits:
            r += 1
            rs.cell(r, 1, audit).font = Font(bold=True)
            for c in range(1, ncol + 1):
                rs.cell(r, c).fill = fill("D6DCE4")
            rs.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            for ref, pri, action, lead, orig, rev, rag, upd, ia in recs:
                r += 1
                vals = [ref, pri, action, lead, orig, rev, None, upd, ia or None]
                for c, v in enumerate(vals, 1):
                    x = rs.cell(r, c, v)
                    x.alignment = WRAP
                    x.border = BOX
                    if isinstance(v, dt.datetime):
                        x.number_format = "dd/mm/yyyy"
                rs.cell(r, 7).fill = fill(rag)
    r += 2
    rs.cell(r, 1, "Note: implemented recommendations are shown once, in the report after verification, and then removed.").font = Font(italic=True)
    widths = [12, 9, 60, 30, 13, 13, 7, 50, 22]
    for i, w in enumerate(widths, 1):
        rs.column_dimensions[get_column_letter(i)].width = w
    rs.freeze_panes = "A4"
    wb.active = 2
    wb.save(out("oe1-royal-greenwich-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 2. Royal Borough of Kensington and Chelsea - corporate risk register (xlsx)
# ---------------------------------------------------------------------------
RBKC = [
    ("CR1 – Financial sustainability and the Medium Term Financial Strategy",
     "Cause: reduced government funding, inflation and rising demand for temporary accommodation and social care.\nEvent: the Council is unable to set a balanced budget over the medium term.\nConsequence: unplanned service reductions, use of reserves, intervention.",
     "Executive Director of Resources",
     "Monthly budget monitoring to CLT and Leadership Team; savings tracker; reserves policy; MTFS updated twice a year.",
     4, 5, 12,
     [("CR1.1", "Deliver the 2026/27 savings programme (£9.8m) with monthly tracking of each saving through the Transformation Board.",
       "Director of Finance", D(2026, 3, 31), "A"),
      ("CR1.2", "Refresh the Medium Term Financial Strategy to 2029/30, including scenario modelling of the Fair Funding Review outcome.",
       "Director of Finance / Head of Strategic Finance", "Feb-26", "G"),
      ("CR1.3", "Review earmarked reserves and set a minimum level of general balances for approval by Full Council.",
       "Executive Director of Resources", "Oct-25", "Complete")]),
    ("CR2 – Housing compliance with the Regulator of Social Housing consumer standards",
     "Cause: incomplete stock condition data and a backlog of building safety actions.\nEvent: the Council fails to meet the Safety and Quality Standard.\nConsequence: harm to residents, regulatory judgement, loss of trust.",
     "Executive Director of Housing and Social Investment",
     "Compliance dashboard reviewed monthly; independent assurance of fire, gas, electrical, water and lift safety; Housing Management Board oversight.",
     3, 5, 10,
     [("CR2.1", "Complete stock condition surveys on the remaining 30% of council homes and load the results to the asset management system.",
       "Director of Housing Assets", "Q4 2025/26", "G"),
      ("CR2.2", "Clear the backlog of overdue high-priority fire risk assessment actions.",
       "Head of Building Safety", D(2025, 12, 31), "R")]),
    ("CR3 – Cyber security and data breach",
     "Cause: increasing sophistication of cyber attacks on local government; legacy systems.\nEvent: a successful attack or a serious data breach.\nConsequence: loss of critical services, fines from the ICO, reputational damage.",
     "Chief Information Officer",
     "Firewalls and endpoint protection; 24/7 security monitoring; mandatory annual training; PSN compliance.",
     4, 4, 8,
     [("CR3.1", "Roll out phishing-resistant multi-factor authentication to all remaining staff and member accounts.",
       "Chief Information Officer", "Jan-26", "A"),
      ("CR3.2", "Run a cyber incident exercise with the Corporate Leadership Team and test recovery of critical systems from offline backups.",
       "Head of Cyber Security; Head of Resilience", "March 2026", "G")]),
    ("CR4 – Safeguarding children and adults at risk",
     "Cause: increasing complexity of need, workforce pressures and changes to partnership arrangements.\nEvent: a child or adult at risk suffers serious harm that could have been prevented.\nConsequence: harm to the individual, statutory review, reputational damage.",
     "Executive Director of People",
     "Quality assurance frameworks; principal social worker oversight; safeguarding partnership and Safeguarding Adults Executive Board scrutiny.",
     3, 5, 10,
     [("CR4.1", "Embed the refreshed quality assurance framework across children's and adults' social care, with quarterly reporting of audit findings to the Safeguarding Assurance Board.",
       "Director of Children's Social Care and Director of Adult Social Care", "Ongoing", "G")]),
]


def score_fill(score):
    if score >= 15:
        return fill("FF0000")
    if score >= 8:
        return fill("FFC000")
    return fill("92D050")


def make_rbkc():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "The Royal Borough of Kensington and Chelsea"
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Corporate Risk Register – Quarter 3 2025/26"
    sm["A2"].font = Font(bold=True, size=12)
    sm["A3"] = "Reported to the Audit and Transparency Committee, 11 February 2026"
    hdr = ["Risk", "Risk owner", "Current score", "Target score", "Direction of travel since Q2"]
    for c, h in enumerate(hdr, 1):
        x = sm.cell(5, c, h)
        x.font = Font(bold=True)
        x.fill = fill("D9D9D9")
        x.border = BOX
    dots = ["↔", "↑", "↔", "↓"]
    for i, risk in enumerate(RBKC):
        title, _desc, owner, _ctl, lk, im, target, _acts = risk
        rr = 6 + i
        vals = [title, owner, lk * im, target, dots[i]]
        for c, v in enumerate(vals, 1):
            x = sm.cell(rr, c, v)
            x.border = BOX
        sm.cell(rr, 3).fill = score_fill(lk * im)
        sm.cell(rr, 4).fill = score_fill(target)
    sm.column_dimensions["A"].width = 70
    sm.column_dimensions["B"].width = 40
    for col in "CDE":
        sm.column_dimensions[col].width = 16

    ws = wb.create_sheet("Corporate Risk Register")
    ws["A1"] = "Corporate Risk Register – Quarter 3 2025/26 (detailed)"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Risks are scored Likelihood (L) x Impact (I) on a 5 x 5 matrix. See the Scoring key sheet."
    ws["A2"].font = Font(italic=True)
    hdr = ["Risk", "Risk description (cause, event, consequence)", "Risk owner", "Current controls",
           "L", "I", "Current score", "Action ref", "Further actions", "Action owner", "Target date",
           "Action status", "Target score"]
    for c, h in enumerate(hdr, 1):
        x = ws.cell(4, c, h)
        x.font = Font(bold=True, color="FFFFFF")
        x.fill = fill("00205B")
        x.alignment = WRAP
        x.border = BOX
    r = 5
    status_fill = {"R": RED, "A": AMBER, "G": GREEN, "Complete": BLUE}
    for title, desc, owner, ctl, lk, im, target, acts in RBKC:
        first = r
        for ref, act, aowner, tdate, st in acts:
            vals = {8: ref, 9: act, 10: aowner, 11: tdate, 12: st}
            for c, v in vals.items():
                x = ws.cell(r, c, v)
                x.alignment = WRAP
                x.border = BOX
                if isinstance(v, dt.datetime):
                    x.number_format = "dd/mm/yyyy"
            ws.cell(r, 12).fill = fill(status_fill[st])
            r += 1
        last = r - 1
        for c, v in {1: title, 2: desc, 3: owner, 4: ctl, 5: lk, 6: im, 7: lk * im, 13: target}.items():
            x = ws.cell(first, c, v)
            x.alignment = WRAP
            x.border = BOX
            if last > first:
                ws.merge_cells(start_row=first, start_column=c, end_row=last, end_column=c)
        ws.cell(first, 1).font = Font(bold=True)
        ws.cell(first, 7).fill = score_fill(lk * im)
        ws.cell(first, 13).fill = score_fill(target)
    widths = [30, 45, 22, 40, 4, 4, 9, 8, 55, 30, 12, 10, 9]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "B5"

    ky = wb.create_sheet("Scoring key")
    ky["A1"] = "Risk scoring"
    ky["A1"].font = Font(bold=True)
    for i, (lab, col) in enumerate([("15–25 High", "FF0000"), ("8–12 Medium", "FFC000"), ("1–6 Low", "92D050")], 2):
        ky.cell(i, 1).fill = fill(col)
        ky.cell(i, 2, lab)
    ky["A6"] = "Action status"
    ky["A6"].font = Font(bold=True)
    for i, (lab, txt, col) in enumerate([("R", "Action off track – target date will be missed", RED),
                                          ("A", "Some delay – action expected to complete with revised plan", AMBER),
                                          ("G", "On track", GREEN),
                                          ("Complete", "Action delivered", BLUE)], 7):
        ky.cell(i, 1, lab).fill = fill(col)
        ky.cell(i, 2, txt)
    ky.column_dimensions["A"].width = 14
    ky.column_dimensions["B"].width = 60
    wb.active = 1
    wb.save(out("oe1-rbkc-corporate-risk-register-q3-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 3. Islington - ILACS action plan (xlsx)
# ---------------------------------------------------------------------------
ISLINGTON = [
    ("The experiences and progress of children who need help and protection", [
        ("Recommendation 1: The consistency of child in need and child protection plans, so that they are specific, measurable and understood by families.", [
            ("1.1", "Relaunch the SMART planning guidance and template for child in need and child protection plans, co-produced with parents from the Family Voice group.",
             "Head of Safeguarding and Family Support", D(2025, 2, 1), D(2025, 5, 1),
             "Parents tell us they understand what needs to change (family feedback survey).",
             "Guidance and template launched at the all-staff practice week in May 2025.", "B", "B"),
            ("1.2", "Quarterly thematic audit of 40 child in need and child protection plans, with findings reported to the Practice Improvement Board.\nAudits to include a conversation with the family.",
             "Head of Quality Assurance / Principal Social Worker", D(2025, 4, 1), "Quarterly",
             "80% of audited plans graded good or better by March 2026.",
             "Q3 audit: 74% of plans good or better (Q1: 61%).", "G", "G"),
        ]),
        ("Recommendation 2: The timeliness of strategy discussions for children at risk of extra-familial harm.", [
            ("2.1", "Agree a joint protocol with the Metropolitan Police (Central North BCU) setting a 24-hour standard for convening strategy discussions where exploitation is suspected.",
             "Service Manager (Exploitation & Missing)", D(2025, 3, 1), D(2025, 9, 30),
             "95% of strategy discussions held within 24 hours.",
             "Protocol signed by the BCU Commander in September 2025; compliance 91% in Q3.", "A", "G"),
            ("2.2", "Add strategy discussion timeliness to the weekly performance dashboard and escalate any discussion not held within 24 hours to the Head of Service.",
             "Head of Performance and Business Intelligence", D(2025, 3, 1), D(2025, 7, 1),
             "Dashboard in use by all team managers.",
             "Live since July 2025.", "G", "B"),
        ]),
    ]),
    ("The experiences and progress of children in care", [
        ("Recommendation 3: The timeliness of initial health assessments for children who come into care.", [
            ("3.1", "Establish a fortnightly tracking meeting between the Children in Care service and the Looked After Children health team to review every outstanding initial health assessment.",
             "Designated Doctor for Looked After Children; Head of Children in Care", D(2025, 2, 1), D(2025, 4, 1),
             "No initial health assessment outstanding without a booked date.",
             "Meeting in place since March 2025.", "B", "B"),
            ("3.2", "Agree with NHS North Central London ICB additional paediatric clinic capacity so that 90% of initial health assessments are completed within 20 working days.",
             "Designated Nurse for Looked After Children", D(2025, 4, 1), D(2026, 3, 31),
             "90% of initial health assessments within 20 working days.",
             "Additional clinic from January 2026; timeliness 68% in Q3 (Q1: 52%).", "A", "A"),
        ]),
    ]),
    ("The experiences and progress of care leavers", [
        ("Recommendation 4: The range of suitable accommodation for care leavers aged 18 to 21, including those leaving custody.", [
            ("4.1", "Commission 12 additional supported accommodation units for care leavers through the North London housing partnership framework.",
             "Head of Commissioning (Children and Young People)", D(2025, 6, 1), "Sept 2025 – March 2026",
             "No care leaver aged 18 to 21 placed in bed and breakfast.",
             "8 units mobilised; provider for the remaining 4 units withdrew in December and is being replaced.", "G", "A"),
            ("4.2", "Agree a joint protocol with Housing Needs and the Youth Justice Service for care leavers released from custody, so that accommodation is identified at least 28 days before release.",
             "Head of Independent Futures and Head of Housing Needs", D(2025, 6, 1), D(2025, 12, 1),
             "All care leavers released from custody have an address on release.",
             "Draft protocol with Housing legal team; not yet signed off. Escalated to Corporate Director.", "G", "R"),
        ]),
    ]),
]

RAGFILL = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}


def make_islington():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ncol = 9
    ws["A1"] = "Islington Children's Services"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Ofsted Inspection of Local Authority Children's Services (ILACS), 2–13 December 2024 – Action plan in response to the recommendations"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Version 4 – progress at 28 February 2026 – for the Practice Improvement Board"
    ws["A3"].font = Font(italic=True)
    ws["A4"] = "RAG key:"
    ws["A4"].font = Font(bold=True)
    for c, (k, txt) in enumerate([("B", "B – Complete"), ("G", "G – On track"), ("A", "A – Some delay, mitigation in place"), ("R", "R – Off track / escalated")], 2):
        x = ws.cell(4, c, txt)
        x.fill = fill(RAGFILL[k])
        x.border = BOX
    hdr = ["Ref", "Action", "Lead", "Start", "Completion date", "Measure of success",
           "Progress update (February 2026)", "RAG Oct 2025", "RAG Feb 2026"]
    for c, h in enumerate(hdr, 1):
        x = ws.cell(6, c, h)
        x.font = Font(bold=True, color="FFFFFF")
        x.fill = fill("7030A0")
        x.alignment = WRAP
        x.border = BOX
    r = 6
    for area, recs in ISLINGTON:
        r += 1
        ws.cell(r, 1, area).font = Font(bold=True, size=12, color="FFFFFF")
        for c in range(1, ncol + 1):
            ws.cell(r, c).fill = fill("404040")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        for rec, acts in recs:
            r += 1
            x = ws.cell(r, 1, rec)
            x.font = Font(bold=True)
            x.alignment = WRAP
            for c in range(1, ncol + 1):
                ws.cell(r, c).fill = fill("E4DFEC")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            ws.row_dimensions[r].height = 30
            for ref, act, lead, start, comp, meas, upd, prev, cur in acts:
                r += 1
                vals = [ref, act, lead, start, comp, meas, upd, prev, cur]
                for c, v in enumerate(vals, 1):
                    x = ws.cell(r, c, v)
                    x.alignment = WRAP
                    x.border = BOX
                    if isinstance(v, dt.datetime):
                        x.number_format = "dd/mm/yyyy" if v.day not in (1,) else "mmm-yy"
                ws.cell(r, 8).fill = fill(RAGFILL[prev])
                ws.cell(r, 9).fill = fill(RAGFILL[cur])
                ws.cell(r, 8).alignment = Alignment(horizontal="center", vertical="top")
                ws.cell(r, 9).alignment = Alignment(horizontal="center", vertical="top")
    widths = [6, 60, 30, 10, 14, 36, 46, 9, 9]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A7"

    ms = wb.create_sheet("Measures")
    ms["A1"] = "Key performance measures linked to the action plan"
    ms["A1"].font = Font(bold=True)
    hdr = ["Measure", "Baseline (Dec 2024)", "Target", "Q2 2025/26", "Q3 2025/26"]
    for c, h in enumerate(hdr, 1):
        x = ms.cell(3, c, h)
        x.font = Font(bold=True)
        x.border = BOX
    for i, row in enumerate([
            ("CIN/CP plans audited good or better", "58%", "80%", "66%", "74%"),
            ("Strategy discussions within 24 hours (EFH)", "72%", "95%", "88%", "91%"),
            ("Initial health assessments within 20 working days", "49%", "90%", "60%", "68%"),
            ("Care leavers 18–21 in suitable accommodation", "89%", "95%", "91%", "92%")], 4):
        for c, v in enumerate(row, 1):
            ms.cell(i, c, v).border = BOX
    ms.column_dimensions["A"].width = 50
    wb.save(out("oe1-islington-council-ilacs-improvement-plan.xlsx"))


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


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


def add_table(doc, header, rows, widths=None, header_fill="D9D9D9"):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    for c, h in enumerate(header):
        set_cell(t.rows[0].cells[c], h, bold=True, size=9)
        shade(t.rows[0].cells[c], header_fill)
    for r, row in enumerate(rows, 1):
        for c, v in enumerate(row):
            set_cell(t.rows[r].cells[c], v, size=9)
    return t


# ---------------------------------------------------------------------------
# 4. Merton Health and Wellbeing Board - action log (docx)
# ---------------------------------------------------------------------------
MERTON_STATUS = {"Complete": BLUE, "On track": GREEN, "Delayed": AMBER, "Overdue": RED}
MERTON = [
    ("Meeting of 24 June 2025", [
        ("HWB25-01", "Pharmaceutical Needs Assessment 2025",
         "Circulate the final Pharmaceutical Needs Assessment to Board members and publish it on the Merton website by the statutory deadline.",
         "Consultant in Public Health", "01/10/2025", "", "Complete", "Published 29 September 2025."),
        ("HWB25-02", "Terms of Reference",
         "Take the revised Terms of Reference to the Governance, Standards and Audit Committee and then to Cabinet for approval.",
         "Head of Democracy Services", "September 2025", "", "Complete", "Approved by Cabinet on 15 September 2025."),
        ("HWB25-03", "Better Care Fund 2025-26",
         "Bring a mid-year report on the Better Care Fund discharge metrics, including length of stay for Merton residents at St Helier and St George's.",
         "Director of Adult Social Care / Place Director, SWL ICB (Merton)", "November 2025", "March 2026", "Delayed",
         "Deferred to the March 2026 meeting so that Q3 data can be included."),
    ]),
    ("Meeting of 23 September 2025", [
        ("HWB25-04", "Health and Wellbeing Strategy 2025-2030: outcomes dashboard",
         "Agree a small set of Year 2 indicators for the ‘Healthy Places’ ambition and bring them to the Board.",
         "Director of Public Health", "13/01/2026", "", "On track", "Draft indicators shared with the Healthy Places group on 9 December."),
        ("HWB25-05", "Joint Local Health and Care Plan",
         "Map the Plan’s priorities against the Health and Wellbeing Strategy and report any gaps to the Merton Health and Care Together Board.",
         "Place Director, SWL ICB (Merton); Director of Public Health", "December 2025", "", "Overdue",
         "Mapping not started – capacity in the place team affected by ICB restructure."),
        ("HWB25-06", "Healthwatch Merton report: access to GP services",
         "Provide a written response to Healthwatch Merton’s recommendations on GP access, setting out what each partner will do.",
         "Primary Care Lead, SWL ICB (Merton)", "31/10/2025", "", "Complete", "Response sent 28 October 2025 and published with the report."),
    ]),
    ("Meeting of 18 November 2025 (development session)", [
        ("HWB25-07", "Annual Public Health Report 2026-27: ‘Merton on the Move’",
         "Share the draft recommendations of the Annual Public Health Report with Board members for comment before publication.",
         "Director of Public Health", "December 2025", "", "Complete", "Circulated 3 December 2025."),
        ("HWB25-08", "Physical activity",
         "Each partner organisation to nominate a physical activity champion and confirm the name to the Board support officer.",
         "All Board members", "31/01/2026", "", "On track", "Five of nine partners have confirmed a champion."),
        ("HWB25-09", "Winter pressures",
         "Give a verbal update on winter vaccination uptake among health and care staff.",
         "Dr Anita Rao and Tom Keeling", "Mar 2026", "", "On track", "On the forward plan for 10 March 2026."),
    ]),
]


def make_merton():
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    h = doc.add_paragraph()
    run = h.add_run("Merton Health and Wellbeing Board – Action Log")
    run.bold = True
    run.font.size = Pt(16)
    doc.add_paragraph("Updated 5 January 2026 for the meeting on 13 January 2026")
    info = doc.add_table(rows=3, cols=2)
    info.style = "Table Grid"
    for i, (k, v) in enumerate([
            ("Board chair", "Cabinet Member for Adult Social Care and Health"),
            ("Action log owner", "Health and Wellbeing Board Support Officer, Public Health"),
            ("Last updated", "05/01/2026")]):
        set_cell(info.rows[i].cells[0], k, bold=True, size=9)
        shade(info.rows[i].cells[0], "F2F2F2")
        set_cell(info.rows[i].cells[1], v, size=9)
    doc.add_paragraph()
    doc.add_paragraph("Status key")
    kt = doc.add_table(rows=1, cols=4)
    kt.style = "Table Grid"
    for c, (lab, col) in enumerate([("Complete", BLUE), ("On track", GREEN),
                                     ("Delayed – revised date agreed", AMBER),
                                     ("Overdue", RED)]):
        set_cell(kt.rows[0].cells[c], lab, size=9)
        shade(kt.rows[0].cells[c], col)
    doc.add_paragraph("Completed actions are removed from the log after they have been reported to one meeting.")
    header = ["Ref", "Item", "Action", "Owner", "Due date", "Revised date", "Status", "Update"]
    for meeting, acts in MERTON:
        doc.add_heading(meeting, level=2)
        rows = [[a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7]] for a in acts]
        t = add_table(doc, header, rows, header_fill="BDD7EE")
        for i, a in enumerate(acts, 1):
            shade(t.rows[i].cells[6], MERTON_STATUS[a[6]])
    doc.save(out("oe1-merton-health-and-wellbeing-board-action-log.docx"))


# ---------------------------------------------------------------------------
# 5. Hillingdon Safeguarding Children Partnership - LCSPR Child H action plan (docx)
# ---------------------------------------------------------------------------
HILL_RAG = {"Red": RED, "Amber": AMBER, "Green": GREEN, "Blue": BLUE}
HILLINGDON = [
    ("Finding 1: Cumulative neglect was not recognised because each agency saw a single episode",
     "Recommendation 1: Partners should embed the use of the Graded Care Profile 2 (GCP2) where there are concerns about neglect, including by health visitors and GPs.",
     [("1.1", "Deliver GCP2 training to all health visitors and family nurses, with refresher sessions every two years.",
       "Health Visiting Service Lead", "31/10/2025",
       "112 of 118 practitioners trained by October 2025; refresher cycle scheduled.", "Blue"),
      ("1.2", "Audit a sample of 20 neglect cases to test whether the GCP2 was used and whether it changed the plan for the child.",
       "Chair of the Neglect Subgroup", "March 2026",
       "Audit tool agreed; case selection delayed by the MASH system migration.", "Amber")]),
    ("Finding 2: Information about the father’s history was held by police and probation but was not shared at the pre-birth assessment",
     "Recommendation 2: The Metropolitan Police and the Probation Service should assure the Partnership that the relevant history of adults joining a household is shared at MASH and at pre-birth strategy discussions.",
     [("2.1", "Add a mandatory check of police and probation records for every adult in the household to the MASH pre-birth screening checklist.",
       "MASH Service Manager / Detective Inspector, West Area BCU Safeguarding", "Sept 2025",
       "Checklist amended 1 September 2025; dip sample of 15 pre-birth referrals found checks recorded in all.", "Blue"),
      ("2.2", "Provide a short briefing for MASH and midwifery staff on requesting probation information under the information sharing agreement.",
       "Head of Hillingdon Probation Delivery Unit", "Dec-25",
       "Briefing written; sessions booked for 9 and 16 December.", "Green")]),
    ("Finding 3: Professionals focused on the mother’s engagement and did not ask about the father’s role in daily care",
     "Recommendation 3: All agencies should include fathers and male carers in assessments, plans and home visits.",
     [("3.1", "Launch the partnership ‘Think Dad’ practice guidance and 7-minute briefing across all agencies.",
       "Safeguarding Partnership Business Manager", "Nov 2025",
       "Guidance published; launch webinar attended by 140 practitioners.", "Green"),
      ("3.2", "Include a question on fathers and male carers in every multi-agency case audit undertaken by the Partnership in 2026.",
       "Quality Assurance Subgroup Chair", "Ongoing",
       "Question added to the audit template from January 2026.", "Green"),
      ("3.3", "Schools’ designated safeguarding leads to record details of both parents, including fathers not living with the child, on the school information management system.",
       "Lead Child Protection Schools Advisor", "Autumn term 2025",
       "Reminder issued through the DSL network; return from schools awaited.", "Amber")]),
]


def make_hillingdon():
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    p = doc.add_paragraph()
    r = p.add_run("Hillingdon Safeguarding Children Partnership")
    r.bold = True
    r.font.size = Pt(18)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = doc.add_paragraph()
    r = p.add_run("Local Child Safeguarding Practice Review – Child H: Multi-agency Action Plan")
    r.bold = True
    r.font.size = Pt(14)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("Document control")
    add_table(doc, ["Version", "Date", "Author", "Status"], [
        ["0.3", "14/07/2025", "Safeguarding Partnership Business Manager", "Draft for LCSPR Subgroup"],
        ["1.0", "22/09/2025", "Safeguarding Partnership Business Manager", "Approved by the Executive Leadership Group"],
        ["1.2", "12/01/2026", "Safeguarding Partnership Business Manager", "Progress update for the Safeguarding Quality and Impact Board"],
    ])
    doc.add_paragraph()
    doc.add_paragraph(
        "This plan sets out the Partnership’s response to the recommendations of the local child safeguarding "
        "practice review into the circumstances of Child H, published in September 2025. Progress is reported to "
        "the Safeguarding Quality and Impact Board each quarter. Actions are closed only when evidence of impact "
        "has been seen by the LCSPR Subgroup.")
    doc.add_paragraph("RAG rating key")
    kt = add_table(doc, ["RAG", "Meaning"], [
        ["Red", "Not started or significantly off track"],
        ["Amber", "In progress with some delay"],
        ["Green", "In progress and on track"],
        ["Blue", "Completed and evidence of impact received"],
    ])
    for i, col in enumerate([RED, AMBER, GREEN, BLUE], 1):
        shade(kt.rows[i].cells[0], col)
    header = ["No.", "Action", "Lead agency / officer", "Target date", "Evidence of impact / update", "RAG"]
    for finding, rec, acts in HILLINGDON:
        doc.add_heading(finding, level=2)
        p = doc.add_paragraph()
        p.add_run(rec).bold = True
        t = add_table(doc, header, [list(a) for a in acts], header_fill="C5E0B3")
        for i, a in enumerate(acts, 1):
            shade(t.rows[i].cells[5], HILL_RAG[a[5]])
        doc.add_paragraph()
    doc.add_paragraph("Sign-off")
    add_table(doc, ["Role", "Name", "Date"], [
        ["Independent Scrutineer", "", "22/09/2025"],
        ["Chair, Executive Leadership Group", "", "22/09/2025"],
    ])
    doc.save(out("oe1-hillingdon-safeguarding-partnership-lcspr-child-h-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Gedling Borough Council - Gedling Plan delivery plan Q2 export (tab-separated txt)
# ---------------------------------------------------------------------------
GEDLING = [
    ("Priority: Community – Safe, healthy and cohesive communities", [
        ("Objective C1: Reduce crime and anti-social behaviour and help people feel safe", [
            ("GP2526-01", "Deliver the Safer Streets project in Netherfield, including new CCTV cameras and alley-gating.",
             "Community Safety Manager", "31/12/2025", "G", "Alley-gates installed on 6 of 9 alleys; CCTV cameras on order."),
            ("GP2526-02", "Run the Gedling domestic abuse awareness campaign with the South Nottinghamshire Community Safety Partnership.",
             "Community Safety Manager; Communications Manager", "Q3 2025/26", "B", "Campaign ran 1-31 July 2025; 41,000 social media impressions."),
        ]),
        ("Objective C2: Improve health and wellbeing", [
            ("GP2526-03", "Open the refurbished changing village at Arnold Leisure Centre.",
             "Head of Communities and Leisure", "Nov-25", "A", "Contractor delay; opening now expected mid-December."),
            ("GP2526-04", "Deliver the Household Support Fund 2025/26 scheme\nand target support at pensioners not claiming Pension Credit.",
             "Revenues and Benefits Manager", "31/03/2026", "G", "£412k of £780k allocated by 30 September."),
        ]),
    ]),
    ("Priority: Economy – A thriving local economy", [
        ("Objective E1: Regenerate our town and local centres", [
            ("GP2526-05", "Complete phase 2 of the Arnold Market Place redevelopment (units 5-12) and let at least 6 units.",
             "Head of Regeneration and Welfare", "March 2026", "A", "Practical completion slipped to January 2026; 3 units under offer."),
            ("GP2526-06", "Deliver the UK Shared Prosperity Fund 2025/26 programme of business support grants.",
             "Economic Growth and Regeneration Manager", "31/03/2026", "G", "27 grants awarded to date."),
        ]),
    ]),
    ("Priority: Environment – A greener and cleaner borough", [
        ("Objective EN1: Reduce the Council's carbon emissions", [
            ("GP2526-07", "Replace 12 refuse collection vehicles with HVO-fuelled or electric vehicles.",
             "Head of Environment / Fleet Manager", "Q4 2025/26", "R", "Procurement paused pending the County Council's waste collection review."),
            ("GP2526-08", "Install solar PV on the roof of the Civic Centre.",
             "Property Services Manager", "30/06/2025", "B", "Installed and commissioned June 2025."),
        ]),
    ]),
    ("Priority: Our Council – An efficient and effective council", [
        ("Objective OC1: Deliver value for money", [
            ("GP2526-09", "Review all fees and charges as part of setting the 2026/27 budget.",
             "Chief Finance Officer", "Feb-26", "G", "Service reviews under way; report to Cabinet in February."),
            ("GP2526-10", "Keep the corporate and operational risk registers under quarterly review.",
             "Senior Leadership Team", "Ongoing", "G", "Q2 review completed 9 October 2025."),
        ]),
    ]),
]


def tsv_cell(v):
    if "\n" in v or "\t" in v or '"' in v:
        return '"' + v.replace('"', '""') + '"'
    return v


def make_gedling():
    ncol = 6
    lines = [
        "Gedling Borough Council" + "\t" * (ncol - 1),
        "Gedling Plan 2023-27: Delivery Plan 2025/26" + "\t" * (ncol - 1),
        "Quarter 2 Performance Report – Improvement Actions (position at 30 September 2025)" + "\t" * (ncol - 1),
        "Generated: 17/10/2025 09:42" + "\t" * (ncol - 1),
        "\t" * (ncol - 1),
        "Status key: B = Completed; G = On track; A = Minor slippage, still expected to complete in year; R = Significant slippage or at risk" + "\t" * (ncol - 1),
        "\t" * (ncol - 1),
        "\t".join(["Code", "Action", "Lead officer", "Due date", "Status", "Progress note"]),
    ]
    counts = {"B": 0, "G": 0, "A": 0, "R": 0}
    for prio, objs in GEDLING:
        lines.append(prio + "\t" * (ncol - 1))
        for obj, acts in objs:
            lines.append(obj + "\t" * (ncol - 1))
            for a in acts:
                lines.append("\t".join(tsv_cell(x) for x in a))
                counts[a[4]] += 1
    lines.append("\t" * (ncol - 1))
    lines.append("Summary of action status" + "\t" * (ncol - 1))
    for k, lab in [("B", "Completed"), ("G", "On track"), ("A", "Minor slippage"), ("R", "Significant slippage")]:
        lines.append(f"{lab}\t{counts[k]}" + "\t" * (ncol - 2))
    lines.append(f"Total\t{sum(counts.values())}" + "\t" * (ncol - 2))
    with open(out("oe1-gedling-bc-gedling-plan-delivery-plan-2025-26-q2.txt"), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------------------
# 7. Bracknell Forest Safeguarding Board - JTAI action plan, typo month (csv, refuse)
# ---------------------------------------------------------------------------
BRACKNELL = [
    ("1. The quality and consistency of early help assessments and plans, so that they address all of the family's needs.", [
        ("1a", "Introduce a single early help assessment and plan template for use by all partner agencies.", "Bracknell Forest Council", "Head of Early Help", "Sep-25", "Template live from 1 September 2025.", "Complete"),
        ("1b", "Deliver early help assessment training to school pastoral leads and health visitors.", "Bracknell Forest Council", "Early Help Practice Lead", "Dec-25", "6 of 8 sessions delivered.", "Green"),
        ("1c", "Multi-agency audit of 25 early help plans, with the findings reported to the Board.", "Bracknell Forest Safeguarding Board", "Quality Assurance Lead", "Mar-26", "Audit scheduled for February 2026.", "Green"),
    ]),
    ("2. Partners' understanding and use of the threshold document when making referrals.", [
        ("2a", "Relaunch the threshold document with a one-page summary and practice examples.", "Bracknell Forest Safeguarding Board", "Board Business Manager", "Oct-25", "Relaunched at the partnership conference.", "Complete"),
        ("2b", "Review a sample of contacts to the MASH that did not meet threshold and give feedback to the referring agency.", "Bracknell Forest Council / Thames Valley Police", "MASH Team Manager", "Janaury 2026", "Monthly feedback in place since November.", "Green"),
    ]),
    ("3. The involvement of health partners, including GPs, in strategy discussions.", [
        ("3a", "Agree a process for the named GP to be invited to, or provide information for, every strategy discussion.", "NHS Frimley ICB", "Named GP for Safeguarding Children", "Nov-25", "Process agreed; attendance tracked weekly.", "Amber"),
        ("3b", "Record health attendance at strategy discussions in the MASH performance report.", "Bracknell Forest Council", "MASH Team Manager", "Dec-25", "Measure added from December report.", "Green"),
    ]),
    ("4. The Board's oversight of the impact of multi-agency training.", [
        ("4a", "Introduce a three-month follow-up survey for all multi-agency training courses.", "Bracknell Forest Safeguarding Board", "Training Coordinator", "Feb-26", "Survey designed.", "Green"),
        ("4b", "Report training impact to the Board twice a year.", "Bracknell Forest Safeguarding Board", "Independent Chair", "Mar-26", "First report due March 2026.", "Not started"),
    ]),
]


def csv_cell(v):
    if any(ch in v for ch in ',"\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def make_bracknell():
    ncol = 8
    lines = [
        "Bracknell Forest Safeguarding Board" + "," * (ncol - 1),
        csv_cell("Joint Targeted Area Inspection (JTAI) – the multi-agency response to children and families who need help – Action Plan") + "," * (ncol - 1),
        csv_cell("Inspection 3–7 March 2025; letter published 29 April 2025. Plan version 3, updated 10/11/2025") + "," * (ncol - 1),
        "," * (ncol - 1),
        ",".join(["Area for improvement", "Ref", "Action", "Lead agency", "Lead officer", "Target date", "Progress update", "RAG"]),
    ]
    typo_line = None
    for area, acts in BRACKNELL:
        for i, a in enumerate(acts):
            first = area if i == 0 else ""
            lines.append(",".join(csv_cell(x) for x in (first,) + a))
            if a[4] == "Janaury 2026":
                typo_line = len(lines)
    lines.append("," * (ncol - 1))
    lines.append("RAG key: Complete = action completed; Green = on track; Amber = some delay; Red = off track; Not started" + "," * (ncol - 1))
    with open(out("oe1-bracknell-forest-safeguarding-board-jtai-action-plan-typo-month-refuse.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")
    return typo_line


if __name__ == "__main__":
    make_greenwich()
    make_rbkc()
    make_islington()
    make_merton()
    make_hillingdon()
    make_gedling()
    tl = make_bracknell()
    print("built 7 files; Bracknell typo on line", tl)
