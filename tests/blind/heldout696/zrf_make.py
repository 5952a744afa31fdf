#!/usr/bin/env python3
"""Build the seven zrf- blind test files (set heldout696).

    python zrf_make.py             -> writes the seven data files
    python zrf_make.py --expected  -> also writes NAME.expected.yaml beside each

Every action below carries, next to the text that goes into the file, the reading a person
makes of it (lead list, end month, status), so the expected readings are written from the
same strings that are put into the documents.
"""
import csv
import datetime as dt
import os
import sys

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
import docx
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
HDR_FILL = PatternFill("solid", fgColor="1F3864")
HDR_FONT = Font(bold=True, color="FFFFFF")


def d(s):
    """'31/03/2025' -> datetime"""
    day, mon, yr = (int(x) for x in s.split("/"))
    return dt.datetime(yr, mon, day)


def fill(hex_):
    return PatternFill("solid", fgColor=hex_)


def header_row(ws, row, values, widths=None):
    for i, v in enumerate(values, start=1):
        c = ws.cell(row=row, column=i, value=v)
        c.font = HDR_FONT
        c.fill = HDR_FILL
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    if widths:
        for i, w in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(i)].width = w


def box_row(ws, row, ncols):
    for i in range(1, ncols + 1):
        c = ws.cell(row=row, column=i)
        c.border = BOX
        c.alignment = WRAP


# ---------------------------------------------------------------------------------------------
# 1. AFBI - ARAC internal audit recommendations tracker (xlsx, read)
# ---------------------------------------------------------------------------------------------
AFBI_FILE = "zrf-afbi-arac-internal-audit-recommendations-tracker.xlsx"
AFBI_TITLE = "AFBI Internal Audit Recommendations Tracker"

AFBI_AUDITS = {
    "PCM": "IA 2023-24/04 Procurement and Contract Management – Limited assurance (final report issued 14 March 2024)",
    "RGI": "IA 2023-24/07 Research Grant Income and Cost Recovery – Limited assurance (final report issued 22 May 2024)",
    "LIMS": "IA 2024-25/02 Laboratory Information Management System (LIMS) – Satisfactory assurance (final report issued 9 October 2024)",
    "FHS": "IA 2024-25/05 Health and Safety – Farm Operations – Limited assurance (final report issued 20 December 2024)",
}

AFBI_RECS = {
    "PCM-01": "AFBI should ensure that all contracts above £30,000 are recorded on the central contracts register and that contract extensions are approved in line with delegated limits before the existing contract expires.",
    "PCM-02": "Single Tender Actions (STAs), including retrospective STAs, should be reported to the Audit and Risk Assurance Committee on a quarterly basis.",
    "RGI-01": "Full economic costing (FEC) should be applied consistently to all externally funded research bids, and each costing should be approved by Finance before the bid is submitted.",
    "RGI-02": "Grant claims should be reconciled to the general ledger before they are submitted to the funder.",
    "LIMS-01": "User access to LIMS should be reviewed at least every six months and accounts of leavers removed promptly.",
    "LIMS-02": "The LIMS disaster recovery arrangements should be tested at least annually and the results reported to the Information Governance Group.",
    "FHS-01": "Risk assessments for farm machinery operations should be reviewed annually and signed off by the responsible Farm Manager.",
    "FHS-02": "Training records for staff operating chainsaws, quad bikes and telehandlers should be complete and refresher training scheduled before certificates expire.",
}

# (ref, rec key, priority, action, owner cell, original, revised, progress, status text, fill,
#  reading: lead list, end, status)
AFBI_OPEN = [
    ("PCM", [
        ("PCM-01", "PCM-01", 1,
         "Finance to reconcile the contracts register to the 2023-24 payments ledger and add all missing contracts. Procurement Branch to issue a reminder of the extension approval process to all budget holders and add an approval step to the e-procurement workflow.",
         "Head of Procurement", "31/03/2024", "31/03/2025",
         "Reconciliation completed in May 2024 and 14 contracts added to the register. Reminder issued to budget holders June 2024. Approval step in e-procurement workflow being configured by the system supplier; go-live planned March 2025.",
         "Partially Implemented", AMBER,
         ["Head of Procurement"], "2025-03", "amber"),
    ]),
    ("RGI", [
        ("RGI-01a", "RGI-01", 1,
         "Develop a standard FEC costing template and guidance note for Science Branch heads and principal investigators.",
         "Head of Finance / Head of Science Strategy", "30/09/2024", "28/02/2025",
         "Template drafted and piloted on three bids in Q3. Guidance note with Science Strategy for comment; revised date agreed to allow consultation with Branch heads.",
         "Partially Implemented", AMBER,
         ["Head of Finance", "Head of Science Strategy"], "2025-02", "amber"),
        ("RGI-01b", "RGI-01", 1,
         "Introduce a mandatory pre-submission sign-off by a Finance Business Partner in the grants management system.",
         "Finance Business Partnering Manager", "30/04/2025", None,
         "System change request raised (CR-2024-118). On track for April 2025.",
         "Not yet due", GREEN,
         ["Finance Business Partnering Manager"], "2025-04", "green"),
        ("RGI-02", "RGI-02", 2,
         "Introduce a monthly reconciliation of grant claims to the general ledger, signed by the Financial Accountant and retained with the claim file.",
         "Financial Accountant", "31/10/2024", None,
         "Not implemented. Reconciliations have been completed for the two largest funders only; resourcing pressures in the Financial Accounting team during year-end planning.",
         "Not Implemented", RED,
         ["Financial Accountant"], "2024-10", "red"),
    ]),
    ("LIMS", [
        ("LIMS-02", "LIMS-02", 3,
         "Schedule and carry out a disaster recovery test of LIMS with the hosting provider and report the outcome to the Information Governance Group.",
         "Head of IT", "30/06/2025", None,
         "Test window provisionally booked with the hosting provider for May 2025.",
         "Not yet due", GREEN,
         ["Head of IT"], "2025-06", "green"),
    ]),
    ("FHS", [
        ("FHS-01", "FHS-01", 1,
         "Review all farm machinery risk assessments at Hillsborough and Loughgall and record review dates on the health and safety compliance log.",
         "Health and Safety Manager", "31/03/2025", None,
         "Hillsborough risk assessments reviewed (32 of 32). Loughgall reviews scheduled for February 2025.",
         "Not yet due", GREEN,
         ["Health and Safety Manager"], "2025-03", "green"),
        ("FHS-02", "FHS-02", 2,
         "Update the farm training matrix for all machinery operators and book refresher training for staff whose certificates expire in 2025.",
         "Farm Manager (Hillsborough) and Farm Manager (Loughgall)", "30/06/2025", None,
         "Training matrix updated for Hillsborough. Loughgall matrix in progress.",
         "Not yet due", GREEN,
         ["Farm Manager (Hillsborough)", "Farm Manager (Loughgall)"], "2025-06", "green"),
    ]),
]

AFBI_CLOSED = [
    ("PCM", [
        ("PCM-02", "PCM-02", 2,
         "Provide a quarterly report of all Single Tender Actions to ARAC, starting with the June 2024 meeting.",
         "Finance Director", "30/06/2024", None,
         "STA reports presented to ARAC in June, September and December 2024. Internal Audit has verified the reports. Proposed for closure.",
         "Implemented", BLUE,
         ["Finance Director"], "2024-06", "blue"),
    ]),
    ("LIMS", [
        ("LIMS-01", "LIMS-01", 2,
         "Schedule six-monthly LIMS user access reviews with Branch Heads and send the monthly HR leavers report to the LIMS administrators.",
         "IT Security Manager; LIMS System Owner", "31/12/2024", None,
         "First access review completed November 2024 (41 accounts removed). Monthly leavers report in place since October 2024. Proposed for closure.",
         "Implemented", BLUE,
         ["IT Security Manager", "LIMS System Owner"], "2024-12", "blue"),
    ]),
]

AFBI_HEAD = ["Ref", "Recommendation", "Priority", "Management Action", "Action Owner",
             "Original Target Date", "Revised Target Date", "Progress Update (January 2025)",
             "Status", "RAG"]
AFBI_WIDTHS = [10, 48, 9, 48, 24, 13, 13, 48, 16, 7]


def afbi_sheet(ws, heading, groups):
    ws["A1"] = heading
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position at 31 January 2025"
    ws["A2"].font = Font(italic=True)
    header_row(ws, 4, AFBI_HEAD, AFBI_WIDTHS)
    ws.freeze_panes = "A5"
    r = 5
    for audit, rows in groups:
        ws.cell(row=r, column=1, value=AFBI_AUDITS[audit])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(AFBI_HEAD))
        ws.cell(row=r, column=1).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = fill("D9E1F2")
        r += 1
        # merge the recommendation and priority cells over actions of the same recommendation
        i = 0
        while i < len(rows):
            j = i
            while j + 1 < len(rows) and rows[j + 1][1] == rows[i][1]:
                j += 1
            for k in range(i, j + 1):
                ref, rk, pri, act, own, orig, rev, prog, st, colour = rows[k][:10]
                rr = r + (k - i)
                ws.cell(row=rr, column=1, value=ref)
                if k == i:
                    ws.cell(row=rr, column=2, value=AFBI_RECS[rk])
                    ws.cell(row=rr, column=3, value=pri)
                ws.cell(row=rr, column=4, value=act)
                ws.cell(row=rr, column=5, value=own)
                c = ws.cell(row=rr, column=6, value=d(orig))
                c.number_format = "dd/mm/yyyy"
                if rev:
                    c = ws.cell(row=rr, column=7, value=d(rev))
                    c.number_format = "dd/mm/yyyy"
                ws.cell(row=rr, column=8, value=prog)
                ws.cell(row=rr, column=9, value=st)
                box_row(ws, rr, len(AFBI_HEAD))
                ws.cell(row=rr, column=10).fill = fill(colour)
            if j > i:
                ws.merge_cells(start_row=r, start_column=2, end_row=r + (j - i), end_column=2)
                ws.merge_cells(start_row=r, start_column=3, end_row=r + (j - i), end_column=3)
            r += j - i + 1
            i = j + 1
    return r


def build_afbi():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = AFBI_TITLE
    ws["A1"].font = Font(bold=True, size=16)
    ws["A2"] = "Agri-Food and Biosciences Institute – Audit and Risk Assurance Committee, 11 February 2025"
    ws["A3"] = "Position at 31 January 2025"
    ws["A3"].font = Font(italic=True)
    ws["A5"] = "Summary of agreed management actions"
    ws["A5"].font = Font(bold=True)
    header_row(ws, 6, ["Priority", "Brought forward", "New this period", "Implemented", "Outstanding", "of which overdue"],
               [34, 16, 16, 14, 14, 16])
    summ = [("Priority 1", 3, 1, 0, 4, 0), ("Priority 2", 3, 1, 2, 2, 1), ("Priority 3", 1, 0, 0, 1, 0),
            ("Total", 7, 2, 2, 7, 1)]
    for i, row in enumerate(summ):
        for j, v in enumerate(row, start=1):
            c = ws.cell(row=7 + i, column=j, value=v)
            c.border = BOX
            if row[0] == "Total":
                c.font = Font(bold=True)
    ws["A12"] = "RAG key"
    ws["A12"].font = Font(bold=True)
    key = [(BLUE, "Implemented – verified by Internal Audit, proposed for closure"),
           (GREEN, "Not yet due – on track to be implemented by the target date"),
           (AMBER, "Partially implemented – revised target date agreed by ARAC"),
           (RED, "Overdue – not implemented by the target date")]
    for i, (colour, text) in enumerate(key):
        ws.cell(row=13 + i, column=1).fill = fill(colour)
        ws.cell(row=13 + i, column=1).border = BOX
        ws.cell(row=13 + i, column=2, value=text)
    ws["A18"] = "Priority definitions"
    ws["A18"].font = Font(bold=True)
    pdefs = ["Priority 1 – Failure to implement the recommendation is likely to result in a major failure of a key organisational objective, significant damage to the reputation of the organisation or the misuse of public funds.",
             "Priority 2 – Failure to implement the recommendation could result in the failure of an important organisational objective or could have some impact on a key organisational objective.",
             "Priority 3 – Failure to implement the recommendation could lead to an increased risk exposure."]
    for i, t in enumerate(pdefs):
        ws.cell(row=19 + i, column=1, value=t)

    ws2 = wb.create_sheet("Outstanding")
    r = afbi_sheet(ws2, "Outstanding Internal Audit Recommendations", [(a, rows) for a, rows in AFBI_OPEN])
    ws2.cell(row=r + 1, column=1,
             value="Note: Dates shown in the Revised Target Date column have been agreed by the Audit and Risk Assurance Committee. See the Summary sheet for the RAG key and priority definitions.")
    ws3 = wb.create_sheet("Implemented")
    afbi_sheet(ws3, "Recommendations Implemented since the last ARAC (for closure)", [(a, rows) for a, rows in AFBI_CLOSED])
    wb.save(os.path.join(HERE, AFBI_FILE))


def afbi_expected():
    acts = []
    for groups in (AFBI_OPEN, AFBI_CLOSED):
        for audit, rows in groups:
            for row in rows:
                ref, rk, pri, act, own, orig, rev, prog, st, colour, lead, end, status = row
                acts.append(dict(ref=ref, under=[AFBI_AUDITS[audit], AFBI_RECS[rk]], action=act,
                                 lead=lead, end=end, status=status))
    return dict(
        source=("Imitates a Northern Ireland NDPB's Audit and Risk Assurance Committee paper tracking internal audit "
                "recommendations (the Agri-Food and Biosciences Institute, 2024-25; cf. NI public bodies' ARAC "
                "trackers and AFBI's published corporate risk register). Copied features: Summary sheet with title block, "
                "totals by priority, fill-colour RAG key and the NI 'Priority 1/2/3' definitions; an Outstanding sheet "
                "and a separate Implemented-for-closure sheet; assignment heading rows merged across the table; "
                "recommendation text with its agreed management actions beside it (one recommendation merged over two "
                "action rows a/b); original and revised target dates as real dates; RAG shown only as cell fill; "
                "job titles as owners, two posts in one cell; a notes line under the table. "
                "Sources looked at: https://niauditoffice.gov.uk/node/449 (C&AG report on AFBI accounts); "
                "https://expydoc.com/doc/4527931/afbi-crr---agri-food-and-biosciences-institute (AFBI corporate risk register)."),
        reads=("A three-sheet tracker: a summary with counts and keys, then seven outstanding and two implemented "
               "management actions, each under its internal audit assignment and the recommendation it answers. "
               "The RAG column has no text, so the reader takes the colour from the fill and the key; where a revised "
               "target date is given it replaces the original."),
        outcome="read", accept_refusal=False, title=AFBI_TITLE, actions=acts)


# ---------------------------------------------------------------------------------------------
# 2. Network Homes - strategic risk register Q3 2024/25 (xlsx, refuse: 0ct-2025)
# ---------------------------------------------------------------------------------------------
NH_FILE = "zrf-network-homes-strategic-risk-register-q3-2024-25-typo-month-refuse.xlsx"
NH_TITLE = "Network Homes – Strategic Risk Register Q3 2024/25"

# id, theme, description, risk owner, inherent L,I, controls, residual L,I, target, further action,
# action owner, target date (text), prev RAG, curr RAG, trend
NH_RISKS = [
    ("SR01", "Safe homes", "Failure to meet landlord health and safety obligations (fire, gas, electrical, water, asbestos, lifts), leading to harm to residents and breach of the Safety and Quality Standard.",
     "Executive Director of Property", 4, 5,
     "Compliance dashboard reported monthly to Executive and quarterly to Board; specialist contractors on framework; independent assurance on fire risk assessments.",
     3, 5, 10, "Clear the backlog of overdue fire risk assessment actions (high and medium priority) and move compliance data onto the new asset management system.",
     "Head of Building Safety", "Mar-2025", "Red", "Red", "↔"),
    ("SR02", "Safe homes", "Damp and mould cases are not identified and resolved promptly, leading to harm to residents, Ombudsman findings and non-compliance with Awaab's Law when it applies to social landlords.",
     "Executive Director of Property", 4, 4,
     "Damp and mould policy (2023); triage within 24 hours; surveyor inspections; monthly case review panel.",
     3, 4, 8, "Implement the Awaab's Law response timescales in the repairs system and train call-handling and surveying staff.",
     "Head of Repairs and Maintenance", "Sep-2025", "Amber", "Amber", "↔"),
    ("SR03", "Strong finances", "Higher interest rates and cost inflation reduce headroom against loan covenants and the capacity of the business plan.",
     "Chief Financial Officer", 3, 5,
     "Treasury management policy; hedging at 80% fixed; monthly covenant forecasting; stress testing and mitigation plan approved by Board.",
     2, 5, 10, "Complete the 2025/26 business plan stress tests, including combined interest rate and sales-delay scenarios, and present the mitigation plan to Board.",
     "Director of Finance", "Jun-2025", "Amber", "Amber", "↓"),
    ("SR04", "Strong finances", "Shared ownership and market sales slow down, leaving unsold homes and increasing debt.",
     "Executive Director of Development", 4, 4,
     "Sales pipeline reviewed weekly; unsold stock limits in the development appraisal; option to switch tenure to rent.",
     3, 4, 9, "Agree tenure-switch criteria for unsold shared ownership homes over six months old and report unsold stock monthly to the Executive.",
     "Head of Sales and Marketing", "0ct-2025", "Amber", "Red", "↑"),
    ("SR05", "Compliance and governance", "Rents are not set in line with the Rent Standard and legislation, leading to overcharging residents and regulatory action (cf. the 2021 regulatory notice).",
     "Director of Governance", 3, 4,
     "Annual rent setting reviewed by Internal Audit; fair rent and rent cap checks built into the rent setting model; sign-off by CFO.",
     2, 4, 6, "Complete the independent review of service charge and rent setting for 2025/26 before rent increase notices are issued.",
     "Head of Income", "Feb-2025", "Green", "Green", "↔"),
    ("SR06", "Residents at the heart", "Tenant satisfaction and complaint handling fall below target, leading to a poor consumer grading and reputational damage.",
     "Executive Director of Customer Services", 4, 3,
     "Complaints policy aligned to the Housing Ombudsman Code; TSM reporting to Board; resident scrutiny panel.",
     3, 3, 6, "Deliver the complaints improvement plan, including stage 1 response times within 10 working days.",
     "Head of Customer Experience", "Jun-2025", "Amber", "Amber", "↓"),
    ("SR07", "Data and technology", "A cyber attack or major system failure disrupts services and leads to loss of residents' personal data.",
     "Chief Operating Officer", 4, 5,
     "Cyber Essentials Plus; 24/7 managed security operations centre; backups tested quarterly; phishing simulations.",
     3, 5, 10, "Complete the cyber incident response exercise with the Executive team and close actions from the penetration test.",
     "Head of IT", "Apr-2025", "Amber", "Amber", "↔"),
    ("SR08", "Our people", "Inability to recruit and retain skilled staff in building safety, surveying and housing management roles.",
     "Director of People", 3, 3,
     "Pay benchmarking; apprenticeship programme; exit interview analysis reported quarterly.",
     2, 3, 6, "Launch the surveyor apprenticeship cohort and introduce market supplements for hard-to-fill building safety roles.",
     "Head of HR", "Sep-2025", "Green", "Green", "↔"),
]
NH_REFUSE_ROW = None  # set by build


def build_nh():
    global NH_REFUSE_ROW
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = NH_TITLE
    ws["A1"].font = Font(bold=True, size=16)
    ws["A2"] = "Network Homes Limited – report to the Audit and Risk Committee, 29 January 2025"
    ws["A4"] = "Document control"
    ws["A4"].font = Font(bold=True)
    ctrl = [("Version", "3.2"), ("Register owner", "Director of Governance"), ("Reviewed by", "Executive Team, 14 January 2025"),
            ("Presented to", "Audit and Risk Committee, 29 January 2025"), ("Next review", "Q4 2024/25 – April 2025")]
    for i, (k, v) in enumerate(ctrl):
        ws.cell(row=5 + i, column=1, value=k).border = BOX
        ws.cell(row=5 + i, column=2, value=v).border = BOX
    ws["A11"] = "Risk scoring"
    ws["A11"].font = Font(bold=True)
    ws["A12"] = "Score = Likelihood (1–5) x Impact (1–5)"
    bands = [(GREEN, "1–6 Low"), (AMBER, "8–12 Medium"), (RED, "15–25 High")]
    for i, (colour, t) in enumerate(bands):
        ws.cell(row=13 + i, column=1, value=t).fill = fill(colour)
    ws["A17"] = "Trend: ↑ risk increasing  ↓ risk decreasing  ↔ no change"
    ws.column_dimensions["A"].width = 28
    ws.column_dimensions["B"].width = 48

    ws2 = wb.create_sheet("SRR Q3 2024-25")
    ws2["A1"] = "Strategic Risk Register – Q3 2024/25 (position at 31 December 2024)"
    ws2["A1"].font = Font(bold=True, size=14)
    # two-level header
    top = {5: "Inherent risk", 9: "Residual risk"}
    heads = ["Risk ID", "Strategic theme", "Risk description", "Risk owner", "L", "I", "Score",
             "Key controls in place", "L", "I", "Score", "Target score", "Further actions required",
             "Action owner", "Target date", "Previous RAG (Q2)", "Current RAG (Q3)", "Trend"]
    widths = [8, 16, 46, 22, 5, 5, 7, 44, 5, 5, 7, 8, 46, 24, 11, 11, 11, 7]
    header_row(ws2, 4, heads, widths)
    for col, t in top.items():
        c = ws2.cell(row=3, column=col, value=t)
        c.font = HDR_FONT
        c.fill = HDR_FILL
        ws2.merge_cells(start_row=3, start_column=col, end_row=3, end_column=col + 2)
    rag = {"Red": RED, "Amber": AMBER, "Green": GREEN}
    r = 5
    for risk in NH_RISKS:
        (rid, theme, desc, rowner, il, ii, ctrls, rl, ri, tgt, fa, aowner, tdate, prev, curr, trend) = risk
        vals = [rid, theme, desc, rowner, il, ii, il * ii, ctrls, rl, ri, rl * ri, tgt, fa, aowner, tdate, prev, curr, trend]
        for j, v in enumerate(vals, start=1):
            ws2.cell(row=r, column=j, value=v)
        box_row(ws2, r, len(heads))
        ws2.cell(row=r, column=16).fill = fill(rag[prev])
        ws2.cell(row=r, column=17).fill = fill(rag[curr])
        if tdate.startswith("0ct"):
            NH_REFUSE_ROW = r
        r += 1
    ws2.cell(row=r + 1, column=1, value="Risks are reviewed monthly by the Executive Team and quarterly by the Audit and Risk Committee. Target dates are for the further actions.")
    ws2.freeze_panes = "C5"
    wb.save(os.path.join(HERE, NH_FILE))


def nh_expected():
    return dict(
        source=("Imitates a housing association's quarterly strategic risk register reported to its Audit and Risk "
                "Committee (Network Homes, Q3 2024/25; risk themes follow the Regulator of Social Housing standards and "
                "the 2021 RSH regulatory notice on rents). Copied features: cover sheet with document control and scoring "
                "key, two-level header (Inherent / Residual risk L, I, Score), key controls, further actions with an action "
                "owner and a target date typed as text (Mar-2025), previous and current RAG as fills and words, trend arrows. "
                "Source looked at: https://www.gov.uk/government/publications/regulatory-judgement-sovereign-housing-association-limited/regulatory-notice-network-homes-limited-24-november-2021"),
        reads=("One sheet of eight strategic risks, each with one further action, an action owner and a target date. "
               "The target date for SR04 is typed '0ct-2025' with a zero for the O, so the month is a data error a careful "
               "reader would query before reading the register in."),
        outcome="refuse", accept_refusal=False, refuse_at=NH_REFUSE_ROW, title=NH_TITLE)


# ---------------------------------------------------------------------------------------------
# 3. Shell Energy Retail - Ofgem price cap remediation action tracker (xlsx, read)
# ---------------------------------------------------------------------------------------------
SE_FILE = "zrf-shell-energy-retail-ofgem-price-cap-remediation-action-tracker.xlsx"
SE_TITLE = "Shell Energy Retail Limited – Price Cap Compliance Remediation Action Tracker"
SE_STATUS = {"Complete": BLUE, "On Track": GREEN, "At Risk": AMBER, "Off Track": RED}

SE_WS = [
    ("Workstream 1 – Customer redress and refunds", [
        ("1.1", "Identify all prepayment accounts charged above the default tariff cap between January 2019 and September 2022 and quantify the overcharge for each account.",
         "Head of Pricing; Billing Operations Manager", "01/04/2022", "30/06/2022", "31/07/2022", 1.0, "Complete",
         "Reconciled list of affected accounts signed off by Head of Pricing", "11,275 accounts identified; total detriment £106k. List shared with Ofgem 02/08/2022.",
         ["Head of Pricing", "Billing Operations Manager"], "2022-07", "blue"),
        ("1.2", "Apply refunds and goodwill payments to affected accounts: meter credit for open PPM accounts, account credit or cheque for credit-meter and closed accounts.",
         "Billing Operations Manager", "01/08/2022", "30/09/2022", "31/10/2022", 1.0, "Complete",
         "Payment file and exception report", "All open accounts credited by 21/10/2022. Closed-account cheques issued.",
         ["Billing Operations Manager"], "2022-10", "blue"),
        ("1.3", "Trace former customers with unclaimed refunds and pay any balance unclaimed after 12 months to the Ofgem voluntary redress fund.",
         "Closed Accounts Team Leader", "01/11/2022", "30/11/2023", None, 0.6, "On Track",
         "Tracing agency report; payment to redress fund", "Tracing agency appointed. 62% of closed-account refunds claimed to date.",
         ["Closed Accounts Team Leader"], "2023-11", "green"),
    ]),
    ("Workstream 2 – Prepayment tariff update controls", [
        ("2.1", "Implement an automated reconciliation of the tariff rates held in the billing system against the rates applied on smart and legacy PPM meters after every price cap change.",
         "Head of Metering Operations", "01/09/2022", "30/11/2022", "31/03/2023", 0.7, "At Risk",
         "Reconciliation report run for the January 2023 cap change", "Build complete for smart PPM. Legacy keypad meters depend on the supplier's interface release, now due February 2023.",
         ["Head of Metering Operations"], "2023-03", "amber"),
        ("2.2", "Introduce daily exception reporting of failed tariff messages to legacy keypad and token meters, with follow-up by the Metering Operations team.",
         "Metering Operations Manager", "01/08/2022", "31/10/2022", None, 1.0, "Complete",
         "Exception report and desk procedure", "Live from 03/10/2022. Procedure MO-PR-031 issued.",
         ["Metering Operations Manager"], "2022-10", "blue"),
        ("2.3", "Complete a root-cause analysis of the 2019–2022 tariff update failures and report findings to the Executive Risk Committee.",
         "Head of Regulatory Compliance", "01/04/2022", "31/08/2022", None, 1.0, "Complete",
         "RCA report and ERC minute", "RCA presented to ERC 24/08/2022.",
         ["Head of Regulatory Compliance"], "2022-08", "blue"),
    ]),
    ("Workstream 3 – Governance and assurance", [
        ("3.1", "Add price cap compliance to the second-line compliance monitoring plan, with sample testing of PPM accounts after each cap period.",
         "Compliance Assurance Manager", "01/10/2022", "31/12/2022", "28/02/2023", 0.5, "On Track",
         "Monitoring plan 2023 and first test report", "Test script agreed. First sample test to follow the January 2023 cap change.",
         ["Compliance Assurance Manager"], "2023-02", "green"),
        ("3.2", "Commission an internal audit review of price cap implementation controls across Pricing, Billing and Metering.",
         "Head of Internal Audit", "01/01/2023", "30/04/2023", None, 0.1, "On Track",
         "Internal audit report", "Terms of reference drafted.",
         ["Head of Internal Audit"], "2023-04", "green"),
        ("3.3", "Deliver price cap compliance training to Pricing, Billing and Metering teams and record completion.",
         "Learning & Development Lead / Head of Pricing", "01/11/2022", "31/12/2022", None, 0.2, "Off Track",
         "Training completion report", "Training materials delayed by the volume of work for the January 2023 cap change. New date to be proposed to the steering group.",
         ["Learning & Development Lead", "Head of Pricing"], "2022-12", "red"),
    ]),
    ("Workstream 4 – Reporting to Ofgem", [
        ("4.1", "Provide monthly progress reports to Ofgem until all refunds are complete and the new controls are confirmed as embedded.",
         "Regulatory Affairs Manager", "01/09/2022", "Monthly until closure", None, None, "On Track",
         "Monthly report to Ofgem", "Reports sent September–December 2022.",
         ["Regulatory Affairs Manager"], None, "green"),
    ]),
]


def build_se():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = SE_TITLE
    ws["A1"].font = Font(bold=True, size=16)
    ws["A3"] = ("Background: In March 2022 the company identified that tariff updates sent to some prepayment meters after "
                "changes in the level of the default tariff cap had not been applied, so that some prepayment customers "
                "paid more than the cap allowed between January 2019 and September 2022. The company self-reported the "
                "issue to Ofgem and agreed to refund affected customers, make goodwill payments and a payment to the "
                "Ofgem voluntary redress fund. This tracker records the remediation actions agreed with Ofgem.")
    ws["A3"].alignment = WRAP
    ws.merge_cells("A3:D3")
    ws.row_dimensions[3].height = 90
    ws["A5"] = "Document control"
    ws["A5"].font = Font(bold=True)
    ctrl = [("Version", "1.6"), ("Status as at", "13/01/2023"), ("Owner", "Head of Regulatory Compliance"),
            ("Steering group", "Price Cap Remediation Steering Group (fortnightly)"), ("Distribution", "Ofgem Retail Compliance; Executive Risk Committee")]
    for i, (k, v) in enumerate(ctrl):
        ws.cell(row=6 + i, column=1, value=k).border = BOX
        ws.cell(row=6 + i, column=2, value=v).border = BOX
    ws["A12"] = "Status key"
    ws["A12"].font = Font(bold=True)
    key = [("Complete", "Action complete and evidence of completion held"),
           ("On Track", "Expected to complete by the due date"),
           ("At Risk", "Due date likely to slip; mitigation in place"),
           ("Off Track", "Due date missed or will be missed; escalated to the steering group")]
    for i, (k, v) in enumerate(key):
        c = ws.cell(row=13 + i, column=1, value=k)
        c.fill = fill(SE_STATUS[k])
        c.border = BOX
        ws.cell(row=13 + i, column=2, value=v).border = BOX
    for col, w in zip("ABCD", [22, 50, 20, 20]):
        ws.column_dimensions[col].width = w

    t = wb.create_sheet("Action Tracker")
    t["A1"] = "Price Cap Compliance Remediation – Action Tracker"
    t["A1"].font = Font(bold=True, size=14)
    t["A2"] = "Status as at 13/01/2023 – v1.6"
    heads = ["ID", "Action", "Action Owner", "Start Date", "Original Due Date", "Revised Due Date", "% Complete",
             "Status", "Evidence / Closure Criteria", "Update"]
    header_row(t, 4, heads, [6, 52, 26, 12, 14, 14, 10, 11, 30, 48])
    r = 5
    for ws_name, acts in SE_WS:
        t.cell(row=r, column=1, value=ws_name).font = Font(bold=True)
        t.cell(row=r, column=1).fill = fill("FFF2CC")
        t.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(heads))
        r += 1
        for a in acts:
            aid, text, owner, start, orig, rev, pct, status, evid, upd = a[:10]
            t.cell(row=r, column=1, value=aid)
            t.cell(row=r, column=2, value=text)
            t.cell(row=r, column=3, value=owner)
            c = t.cell(row=r, column=4, value=d(start)); c.number_format = "dd/mm/yyyy"
            if "/" in orig:
                c = t.cell(row=r, column=5, value=d(orig)); c.number_format = "dd/mm/yyyy"
            else:
                t.cell(row=r, column=5, value=orig)
            if rev:
                c = t.cell(row=r, column=6, value=d(rev)); c.number_format = "dd/mm/yyyy"
            if pct is not None:
                c = t.cell(row=r, column=7, value=pct); c.number_format = "0%"
            else:
                t.cell(row=r, column=7, value="n/a")
            c = t.cell(row=r, column=8, value=status)
            t.cell(row=r, column=9, value=evid)
            t.cell(row=r, column=10, value=upd)
            box_row(t, r, len(heads))
            c.fill = fill(SE_STATUS[status])
            r += 1
    r += 1
    t.cell(row=r, column=1, value="Totals")
    t.cell(row=r, column=1).font = Font(bold=True)
    counts = {}
    for _, acts in SE_WS:
        for a in acts:
            counts[a[7]] = counts.get(a[7], 0) + 1
    for i, k in enumerate(["Complete", "On Track", "At Risk", "Off Track"]):
        t.cell(row=r + 1 + i, column=1, value=k)
        t.cell(row=r + 1 + i, column=2, value=counts.get(k, 0))
    t.cell(row=r + 5, column=1, value="Total")
    t.cell(row=r + 5, column=2, value=sum(counts.values()))
    t.freeze_panes = "C5"

    h = wb.create_sheet("Change Log")
    header_row(h, 1, ["Version", "Date", "Author", "Change"], [10, 12, 30, 60])
    log = [("1.0", "05/09/2022", "Regulatory Compliance", "First version shared with Ofgem"),
           ("1.3", "04/11/2022", "Regulatory Compliance", "Refund actions 1.1 and 1.2 closed; action 3.2 added"),
           ("1.6", "13/01/2023", "Regulatory Compliance", "Revised date for 2.1 agreed at steering group 10/01/2023; 3.3 escalated")]
    for i, row in enumerate(log, start=2):
        for j, v in enumerate(row, start=1):
            h.cell(row=i, column=j, value=v).border = BOX
    wb.save(os.path.join(HERE, SE_FILE))


def se_expected():
    acts = []
    for ws_name, rows in SE_WS:
        for a in rows:
            aid, text, owner, start, orig, rev, pct, status, evid, upd, lead, end, st = a
            e = dict(ref=aid, under=[ws_name], action=text, lead=lead, end=end)
            if end is None:
                e["end_text"] = orig
            e["status"] = st
            acts.append(e)
    return dict(
        source=("Imitates an energy supplier's remediation action tracker kept for Ofgem after a self-reported price cap "
                "breach (Shell Energy Retail Limited, 2022-23: Ofgem announced in August 2022 that it would refund 11,275 "
                "prepayment accounts overcharged January 2019 – September 2022 and pay £400,000 to the voluntary redress "
                "fund). Copied features: cover sheet with background, document control and a coloured status key; "
                "workstream banner rows merged across the tracker; start, original and revised due dates; % complete; "
                "status words with matching fills; evidence/closure criteria; totals block; change log sheet. "
                "Source looked at: https://www.parliamenttoday.com/free/viewnews.html?id=139423 (Ofgem announcement)."),
        reads=("Ten remediation actions in four workstreams. Status words follow the cover-sheet key (Complete, On Track, "
               "At Risk, Off Track); where a revised due date is given it is the end. The Ofgem reporting action is due "
               "'Monthly until closure', which has no end month."),
        outcome="read", accept_refusal=False, title=SE_TITLE, actions=acts)


# ---------------------------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


def table_with_header(doc, heads, widths=None, style="Table Grid"):
    t = doc.add_table(rows=1, cols=len(heads))
    t.style = style
    for i, h in enumerate(heads):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "D9D9D9")
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    return t


# ---------------------------------------------------------------------------------------------
# 4. Scottish Fiscal Commission - Audit and Risk Committee rolling action log (docx, read)
# ---------------------------------------------------------------------------------------------
SFC_FILE = "zrf-scottish-fiscal-commission-audit-and-risk-committee-rolling-action-log.docx"
SFC_TITLE = "Scottish Fiscal Commission Audit and Risk Committee – Rolling Action Log"

SFC_SECTIONS = [
    ("Actions arising from the meeting of 3 December 2024", [
        ("24/18", "Update the corporate risk register to include a separate risk on the resilience of the Scottish Government IT service (SCOTS) and bring it to the next meeting.",
         "Head of Corporate Services", "March 2025", "Risk CR09 added and considered by the Committee on 11 March 2025. Proposed for closure.", "B",
         ["Head of Corporate Services"], "2025-03", "blue"),
        ("24/19", "Circulate the internal auditors' benchmarking of audit committee self-assessment questionnaires to members ahead of the annual effectiveness review.",
         "Governance Officer", "January 2025", "Circulated 20 January 2025. Proposed for closure.", "B",
         ["Governance Officer"], "2025-01", "blue"),
        ("24/20", "Bring a revised business continuity plan reflecting hybrid working, including a desktop test of the forecast publication process.",
         "Head of Corporate Services / Head of Economy and Fiscal Analysis", "June 2025 (revised: September 2025)",
         "Desktop exercise postponed to follow the May 2025 forecast publication. Revised plan and test report to the September meeting.", "A",
         ["Head of Corporate Services", "Head of Economy and Fiscal Analysis"], "2025-09", "amber"),
    ]),
    ("Actions arising from the meeting of 11 March 2025", [
        ("25/04", "Provide the Committee with a summary of the lessons learned review following the publication of the December 2024 forecasts.",
         "Chief Executive", "June 2025", "Lessons learned session held with staff on 28 April 2025. Summary paper is item 6 on today's agenda. Proposed for closure.", "B",
         ["Chief Executive"], "2025-06", "blue"),
        ("25/05", "Agree with the appointed external auditor a timetable for the 2024-25 annual report and accounts, including the date of the audit clearance meeting.",
         "Head of Finance", "By 30 April 2025", "Timetable agreed in principle. The clearance meeting date has not yet been confirmed; chased on 2 June.", "R",
         ["Head of Finance"], "2025-04", "red"),
        ("25/06", "Implement the two medium-rated recommendations from the internal audit of payroll and expenses (overtime approval and expense claim checks).",
         "Head of Corporate Services", "31 August 2025", "Overtime approval form updated. Expense claim spot checks start in July.", "G",
         ["Head of Corporate Services"], "2025-08", "green"),
        ("25/07", "Review the information asset register and confirm that retention periods have been applied to forecast working files.",
         "Data Protection Officer", "October 2025", "Review started; asset owners contacted.", "G",
         ["Data Protection Officer"], "2025-10", "green"),
    ]),
    ("Standing actions", [
        ("S1", "Report any personal data breaches and near misses to each meeting of the Committee.",
         "Data Protection Officer", "Standing item", "No breaches or near misses since the last meeting.", "G",
         ["Data Protection Officer"], None, "green"),
    ]),
]


def build_sfc():
    doc = docx.Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading(SFC_TITLE, level=0)
    cover = doc.add_table(rows=0, cols=2)
    cover.style = "Table Grid"
    for k, v in [("Paper", "ARC(25)17"), ("Meeting date", "17 June 2025"), ("Agenda item", "3 – Matters arising"),
                 ("Author", "Governance Officer"), ("Purpose", "For noting and decision"),
                 ("Recommendation", "The Committee is asked to note progress and agree that the actions marked B are closed.")]:
        row = cover.add_row()
        set_cell(row.cells[0], k, bold=True, size=10)
        set_cell(row.cells[1], v, size=10)
    doc.add_paragraph()
    doc.add_paragraph("Status key: B – complete, proposed for closure; G – on track; A – some risk to the due date or revised date; R – overdue.")
    heads = ["No.", "Action", "Owner", "Due", "Update", "Status"]
    widths = [1.5, 8.5, 4.0, 3.0, 7.5, 1.5]
    for sec, rows in SFC_SECTIONS:
        doc.add_heading(sec, level=2)
        t = table_with_header(doc, heads, widths)
        for a in rows:
            no, text, owner, due, upd, status = a[:6]
            cells = t.add_row().cells
            for i, v in enumerate([no, text, owner, due, upd, status]):
                set_cell(cells[i], v)
                cells[i].width = Cm(widths[i])
            shade(cells[5], {"B": "9DC3E6", "G": "A9D08E", "A": "FFD966", "R": "FF7C80"}[status])
        doc.add_paragraph()
    doc.add_paragraph("Closed actions are removed from the log once the Committee has agreed their closure. A full record is held by the Governance Officer.")
    doc.save(os.path.join(HERE, SFC_FILE))


def sfc_expected():
    acts = []
    for sec, rows in SFC_SECTIONS:
        for a in rows:
            no, text, owner, due, upd, status, lead, end, st = a
            e = dict(ref=no, under=[sec], action=text, lead=lead, end=end)
            if end is None:
                e["end_text"] = due
            e["status"] = st
            acts.append(e)
    return dict(
        source=("Imitates a Scottish public body's audit and risk committee 'matters arising' rolling action log "
                "(Scottish Fiscal Commission, June 2025; layout after committee papers that list actions per meeting with "
                "Action / Responsibility / Due date / Progress to date). Copied features: committee paper cover table "
                "(paper number, meeting date, purpose, recommendation), a status key line, one table per originating "
                "meeting under its own heading, a 'Standing actions' table, status letters B/G/A/R with shaded cells, "
                "an original and revised due in one cell, two posts in one owner cell, a closing note. "
                "Layout after e.g. the 'Matters arising from Audit and Governance Committee' paper at "
                "https://fdocuments.us/document/audit-and-governance-committee-paper-microsoft-page-1-of-3-audit-and-governance.html"),
        reads=("Eight actions in three tables: three from the December 2024 meeting, four from March 2025 and one standing "
               "action. Status letters follow the key (B = complete); 24/20's due date was revised to September 2025, "
               "and the standing item has no end month."),
        outcome="read", accept_refusal=False, title=SFC_TITLE, actions=acts)


# ---------------------------------------------------------------------------------------------
# 5. NILGOSC - McCloud remedy programme highlight report (docx, read)
# ---------------------------------------------------------------------------------------------
NIL_FILE = "zrf-nilgosc-mccloud-remedy-programme-highlight-report.docx"
NIL_TITLE = "NILGOSC McCloud Remedy Implementation Programme – Highlight Report"
NIL_FILL = {"blue": "0070C0", "green": "00B050", "amber": "FFC000", "red": "FF0000", "unrated": None}

NIL_WS = [
    ("Workstream A – Data collection and validation", [
        ("A1", "Issue final data requests to scheme employers for part-time hours and service break data covering 1 April 2015 to 31 March 2022.",
         "Employer Liaison Manager", "31/05/2024", "31/05/2024", "Complete. Requests issued to all scheme employers.",
         ["Employer Liaison Manager"], "2024-05", "blue"),
        ("A2", "Chase outstanding employer returns and escalate persistent non-responders to the Head of Pensions Administration.",
         "Employer Liaison Manager", "30/09/2024", "31/12/2024", "14 employers still to respond (about 3% of in-scope records). Escalation letters issued 21/10/2024.",
         ["Employer Liaison Manager"], "2024-12", "amber"),
        ("A3", "Load validated employer data to member records and clear data queries raised by the validation routines.",
         "Systems and Data Manager", "31/10/2024", "31/01/2025", "62% of records loaded. Query volumes higher than planned; two temporary staff started 14/10/2024.",
         ["Systems and Data Manager"], "2025-01", "amber"),
    ]),
    ("Workstream B – Underpin calculations and payments", [
        ("B1", "Install the software supplier's McCloud release on the pensions administration system and complete user acceptance testing.",
         "Systems and Data Manager", "30/06/2024", "28/06/2024", "Complete. UAT signed off 28/06/2024.",
         ["Systems and Data Manager"], "2024-06", "blue"),
        ("B2", "Run bulk underpin calculations for active and deferred protected members and check a sample of results.",
         "Benefits Manager", "31/12/2024", "31/03/2025", "Cannot start until A3 is substantially complete. Will miss baseline; revised forecast for Programme Board approval.",
         ["Benefits Manager"], "2025-03", "red"),
        ("B3", "Review pensions in payment for protected members who retired since 1 April 2015 and pay arrears and interest where the underpin increases the pension.",
         "Benefits Manager / Finance Manager", "31/03/2025", "30/06/2025", "Review of 1,950 pensioner cases under way; 410 completed, 23 increases identified.",
         ["Benefits Manager", "Finance Manager"], "2025-06", "amber"),
    ]),
    ("Workstream C – Member communications and annual benefit statements", [
        ("C1", "Publish updated McCloud remedy FAQs on the member website and brief the member helpline team.",
         "Communications Officer", "31/10/2024", "08/11/2024", "FAQs with Legal for final check. Helpline briefing booked for 06/11/2024.",
         ["Communications Officer"], "2024-11", "green"),
        ("C2", "Include remediable service information in the 2024/25 annual benefit statements issued to protected members.",
         "Head of Pensions Administration", "31/08/2025", "31/08/2025", "ABS specification agreed with the software supplier.",
         ["Head of Pensions Administration"], "2025-08", "green"),
        ("C3", "Confirm with the Department for Communities whether any discretion to delay remediable service information will be exercised, and record the decision.",
         "Head of Governance and Compliance", "TBC", "TBC", "Not started. Dependent on the outcome of B2.",
         ["Head of Governance and Compliance"], None, "unrated"),
    ]),
]


def build_nil():
    doc = docx.Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    doc.add_heading(NIL_TITLE, level=0)
    doc.add_paragraph("Highlight Report No. 14 – reporting period 1 to 31 October 2024")
    doc.add_paragraph("Prepared for: McCloud Programme Board, 12 November 2024")
    ctl = doc.add_table(rows=0, cols=4)
    ctl.style = "Table Grid"
    for a, b, c, d_ in [("Programme Sponsor", "Chief Executive", "Programme Manager", "McCloud Programme Manager"),
                        ("Version", "1.0 – final", "Date", "05/11/2024")]:
        cells = ctl.add_row().cells
        for i, v in enumerate([a, b, c, d_]):
            set_cell(cells[i], v, bold=(i % 2 == 0), size=10)

    doc.add_heading("1. Status summary", level=1)
    t = table_with_header(doc, ["", "Last period", "This period", "Comment"], [4, 2.5, 2.5, 16])
    for dim, last, this, com in [("Overall", "A", "A", "Data collection behind plan; statutory ABS deadline still achievable."),
                                 ("Time", "A", "R", "Bulk calculations (B2) will miss baseline."),
                                 ("Cost", "G", "G", "Within budget; temporary staff funded from programme contingency."),
                                 ("Scope", "G", "G", "No change."),
                                 ("Resources", "A", "A", "Two temporary data officers in post from 14/10/2024.")]:
        cells = t.add_row().cells
        for i, v in enumerate([dim, last, this, com]):
            set_cell(cells[i], v, size=10)

    doc.add_heading("2. Key achievements this period", level=1)
    for b in ["Escalation letters issued to 14 outstanding employers.",
              "Temporary data officers recruited and trained.",
              "ABS 2024/25 specification agreed with the software supplier."]:
        doc.add_paragraph(b, style="List Bullet")

    doc.add_heading("3. RAG key", level=1)
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for colour, text in [("0070C0", "Complete"), ("00B050", "On track to forecast date"),
                         ("FFC000", "Forecast later than baseline; recovery in hand"),
                         ("FF0000", "Will miss baseline; Programme Board decision needed"),
                         ("FFFFFF", "Not started / not yet rated")]:
        cells = k.add_row().cells
        shade(cells[0], colour)
        set_cell(cells[0], "")
        set_cell(cells[1], text, size=10)
        cells[0].width = Cm(2)
        cells[1].width = Cm(12)

    doc.add_heading("4. Workstream progress", level=1)
    heads = ["Ref", "Activity / deliverable", "Lead", "Baseline date", "Forecast date", "RAG", "Commentary"]
    widths = [1.2, 8.5, 4.2, 2.4, 2.4, 1.2, 7.0]
    for wsname, rows in NIL_WS:
        doc.add_heading(wsname, level=2)
        t = table_with_header(doc, heads, widths)
        for a in rows:
            ref, text, lead, base, fc, com, leads, end, status = a
            cells = t.add_row().cells
            for i, v in enumerate([ref, text, lead, base, fc, "", com]):
                set_cell(cells[i], v)
                cells[i].width = Cm(widths[i])
            if NIL_FILL[status]:
                shade(cells[5], NIL_FILL[status])
        doc.add_paragraph()

    doc.add_heading("5. Key risks and issues", level=1)
    for b in ["Late employer data (issue) – managed through actions A2 and A3.",
              "Capacity of the Benefits team to run calculations alongside business-as-usual retirements (risk).",
              "Changes to statutory guidance before August 2025 (risk) – monitored through the LGPS (NI) technical group."]:
        doc.add_paragraph(b, style="List Bullet")
    doc.add_heading("6. Decisions required from the Programme Board", level=1)
    doc.add_paragraph("The Board is asked to approve the revised forecast date of 31/03/2025 for B2 and the associated change to B3.")
    doc.save(os.path.join(HERE, NIL_FILE))


def nil_expected():
    acts = []
    for wsname, rows in NIL_WS:
        for a in rows:
            ref, text, lead, base, fc, com, leads, end, status = a
            e = dict(ref=ref, under=[wsname], action=text, lead=leads, end=end)
            if end is None:
                e["end_text"] = fc
            e["status"] = status
            acts.append(e)
    return dict(
        source=("Imitates a PRINCE2-style programme highlight report for a pension scheme's McCloud remedy programme "
                "(NILGOSC, administering authority for the LGPS (NI), October 2024; the remedy took effect 1 October 2023 "
                "with remediable service information due in 2024/25 annual benefit statements by 31 August 2025). Copied "
                "features: title block, sponsor/version control table, status summary with Last period / This period "
                "RAG letters, achievements bullets, a RAG key table of colour swatches, one table per workstream under "
                "its own heading with baseline and forecast dates, RAG shown only as cell shading (one cell left white), "
                "risks and decisions as prose. "
                "Sources looked at: https://nilgosc.org.uk/employers/administering-the-scheme/the-mccloud-remedy ; "
                "https://docest.com/doc/630539/highlight-report-template (PRINCE2 highlight report: Last Period / This Period)."),
        reads=("Nine workstream activities in three tables (A, B, C). The RAG cells carry no text, so the status is read "
               "from the shading using the key; the forecast date is the end where it differs from the baseline. C3 has "
               "no date (TBC) and an unshaded RAG cell: not started."),
        outcome="read", accept_refusal=False, title=NIL_TITLE, actions=acts)


# ---------------------------------------------------------------------------------------------
# 6. Teenage Cancer Trust - governance code review action plan, SharePoint list export (csv, read)
# ---------------------------------------------------------------------------------------------
TCT_FILE = "zrf-teenage-cancer-trust-charity-governance-code-action-plan-sharepoint-export.csv"
TCT_HEAD = ["Ref", "Principle", "Review recommendation", "Action", "Assigned To", "Due Date", "Status", "RAG",
            "Progress notes", "Modified", "Modified By"]
TCT_ROWS = [
    ("GOV-01", "Foundation", "Trustees should refresh their understanding of their legal duties and the charity's governing document in the light of the 2025 Code.",
     "Hold a trustee duties refresher session with the charity's solicitors at the March 2026 board away day.",
     "Hannah Okafor", "31/03/2026", "In progress", "Green", "Session booked for 19 March. Pre-reading being prepared.", "12/02/2026 16:42", "Hannah Okafor",
     ["Hannah Okafor"], "2026-03", "green"),
    ("GOV-02", "Foundation", "Safeguarding training for trustees should be refreshed at least every three years.",
     "Book safeguarding refresher training for all trustees and record completion in the trustee training log.",
     "Marcus Bell;Hannah Okafor", "30/06/2026", "Not started", "", "", "03/12/2025 10:05", "Hannah Okafor",
     ["Marcus Bell", "Hannah Okafor"], "2026-06", "unrated"),
    ("GOV-03", "Organisational purpose", "The board should agree how it will assess impact against the strategy.",
     "Develop a board-level impact dashboard aligned to the strategy's three goals and trial it at the July 2026 board meeting.",
     "Priya Nair", "31/07/2026", "In progress", "Green", "First draft of measures shared with the Strategy Committee on 4 February.", "05/02/2026 09:31", "Priya Nair",
     ["Priya Nair"], "2026-07", "green"),
    ("GOV-04", "Leadership", "Role descriptions for the Chair, Vice-Chair, Treasurer and committee chairs should be reviewed.",
     "Update role descriptions for the Chair, Vice-Chair, Treasurer and committee chairs and approve them at the board.",
     "Chair of Nominations Committee", "31/01/2026", "Completed", "Blue", "Approved by the board on 28 January 2026.", "29/01/2026 11:17", "Hannah Okafor",
     ["Chair of Nominations Committee"], "2026-01", "blue"),
    ("GOV-05", "Ethics and culture", "The board should be able to show how it considers the ethical, social and environmental consequences of its decisions.",
     "Add an environmental and social impact section to the board paper template.\nPilot the new template at the May 2026 board meeting and review it after two meetings.",
     "Hannah Okafor", "31/05/2026", "In progress", "Green", "Template drafted.\nTo go to Executive Leadership Team on 24 February.", "12/02/2026 16:44", "Hannah Okafor",
     ["Hannah Okafor"], "2026-05", "green"),
    ("GOV-06", "Decision making", "The scheme of delegation should be reviewed to reflect the new directorate structure.",
     "Review and re-approve the scheme of delegation and financial authority limits.",
     "Tom Ellison;Hannah Okafor", "31/12/2025", "In progress", "Red", "Overdue. Draft delayed by the directorate restructure; now expected at the April 2026 Finance and Audit Committee.", "10/02/2026 14:02", "Tom Ellison",
     ["Tom Ellison", "Hannah Okafor"], "2025-12", "red"),
    ("GOV-07", "Managing resources and risks", "The risk appetite statement should be refreshed and linked to the risk register.",
     "Facilitate a risk appetite workshop for trustees and update the risk management policy and register.",
     "Gareth Llewellyn", "30/04/2026", "In progress", "Amber", "Workshop moved from February to March because of trustee availability.", "09/02/2026 12:50", "Gareth Llewellyn",
     ["Gareth Llewellyn"], "2026-04", "amber"),
    ("GOV-08", "Managing resources and risks", "The board should receive regular assurance on cyber security and data governance.",
     "Add a twice-yearly cyber security and data protection assurance report to the Finance and Audit Committee cycle.",
     "Director of Digital", "", "Not started", "", "", "03/12/2025 10:09", "Hannah Okafor",
     ["Director of Digital"], None, "unrated"),
    ("GOV-09", "Equity, diversity and inclusion", "The board should set and publish targets for the diversity of its membership.",
     "Agree trustee diversity targets and use them in the 2026 trustee recruitment campaign.",
     "Chair of Nominations Committee", "30/09/2026", "In progress", "Green", "Targets to be discussed at the March away day.", "05/02/2026 09:40", "Priya Nair",
     ["Chair of Nominations Committee"], "2026-09", "green"),
    ("GOV-10", "Board effectiveness", "An externally facilitated board effectiveness review should take place at least every three years.",
     "Procure an external facilitator, complete the board effectiveness review and report the findings to the board.",
     "Chair;Company Secretary", "31/10/2026", "Not started", "", "", "03/12/2025 10:12", "Hannah Okafor",
     ["Chair", "Company Secretary"], "2026-10", "unrated"),
]


def build_tct():
    with open(os.path.join(HERE, TCT_FILE), "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f)
        w.writerow(TCT_HEAD)
        for r in TCT_ROWS:
            w.writerow(r[:11])


def tct_expected():
    acts = []
    for r in TCT_ROWS:
        ref, principle, rec, action = r[:4]
        lead, end, status = r[11:]
        acts.append(dict(ref=ref, under=[principle, rec], action=action, lead=lead, end=end, status=status))
    return dict(
        source=("Imitates a charity's board governance review action plan kept as a SharePoint list and exported to CSV "
                "(Teenage Cancer Trust, 2025-26, reviewing itself against the Charity Governance Code published 3 November "
                "2025 with its principles Foundation, Organisational purpose, Leadership, Ethics and culture, Decision "
                "making, Managing resources and risks, Equity, diversity and inclusion, Board effectiveness). Copied "
                "features: list-export header row and no title, UTF-8 BOM, day-first dates, person column with several "
                "people separated by ';', choice columns for Status and RAG left blank when not started, multi-line text "
                "fields (quoted line breaks), Modified / Modified By audit columns. "
                "Source looked at: https://www.trowers.com/insights/2025/november/charity-governance-code-2025--whats-new"),
        reads=("A flat export of ten actions, each tagged with a Code principle and the review recommendation it answers. "
               "Status comes from the RAG choice column (blank where not started); GOV-08 has no due date, and one action "
               "text runs over two lines."),
        outcome="read", accept_refusal=False, actions=acts)


# ---------------------------------------------------------------------------------------------
# 7. Seaford Town Council - AGAR audit action plan (tab-separated txt, read)
# ---------------------------------------------------------------------------------------------
SEA_FILE = "zrf-seaford-town-council-agar-audit-action-plan-2024-25.txt"
SEA_TITLE = "Seaford Town Council – Audit Action Plan 2024-25"
SEA_SECTIONS = [
    ("INTERNAL AUDIT REPORT 2023-24 – Mark Mulberry & Co (final visit, April 2024)", [
        ("IA1", "Bank reconciliations were not consistently reviewed and signed by a councillor who is not a bank signatory.",
         "Two councillors who are not bank signatories to verify each month's bank reconciliation against the statements and sign it; evidence kept with the reconciliation.",
         "RFO / Chair of Policy & Resources", "31 May 2024", "", "Monthly verification in place since May 2024.", "G",
         ["RFO", "Chair of Policy & Resources"], "2024-05", "blue"),
        ("IA2", "The fixed asset register had not been updated for the beach hut refurbishment and the new CCTV cameras.",
         "Update the fixed asset register and reconcile it to the insurance schedule.",
         "Finance Officer", "30/09/2024", "", "Register updated and reconciled; insurers notified of additions.", "G",
         ["Finance Officer"], "2024-09", "blue"),
        ("IA3", "Financial Regulations have not been updated to the 2024 NALC model.",
         "Adopt revised Financial Regulations based on the NALC 2024 model.",
         "Town Clerk", "November 2024", "March 2025", "Draft considered by P&R in November; referred back for changes to the procurement thresholds.", "A",
         ["Town Clerk"], "2025-03", "amber"),
        ("IA4", "The risk assessment for the Salts Recreation Ground play area was more than 12 months old.",
         "Carry out a full risk review of all play areas and present the updated corporate risk register to Full Council.",
         "Facilities Manager", "31 January 2025", "", "Play area inspections completed October 2024.", "A",
         ["Facilities Manager"], "2025-01", "amber"),
    ]),
    ("EXTERNAL AUDITOR REPORT AND CERTIFICATE 2023-24 – PKF Littlejohn LLP", [
        ("EA1", "Explanations of significant variances between years were incomplete (boxes 7 and 9).",
         "Prepare variance explanations with the draft AGAR each year, checked by the Finance Officer before submission.",
         "RFO", "Ongoing", "", "Variance template prepared for the 2024-25 year end.", "A",
         ["RFO"], None, "amber"),
        ("EA2", "The bank reconciliation supplied did not include petty cash balances.",
         "Include all petty cash balances in the year-end bank reconciliation (Box 8).",
         "Finance Officer", "30 April 2025", "", "", "",
         ["Finance Officer"], "2025-04", "unrated"),
        ("EA3", "Assertion 3 was answered 'Yes' although Standing Orders had not been reviewed since 2019.",
         "Review and readopt Standing Orders based on the current NALC model and add an annual review date to the council calendar.",
         "Town Clerk", "May 2025", "", "Working group of three councillors set up in December 2024.", "A",
         ["Town Clerk"], "2025-05", "amber"),
    ]),
]


def build_sea():
    lines = [SEA_TITLE,
             "Matters raised on the 2023-24 Annual Governance and Accountability Return (AGAR) – progress at 16 January 2025",
             "Presented to Policy & Resources Committee, 23 January 2025",
             "RAG: R = overdue or not progressing   A = in progress   G = completed",
             "",
             "\t".join(["Ref", "Issue identified", "Action agreed", "Responsible", "Target date", "Revised date",
                        "Progress / comments", "RAG"])]
    for sec, rows in SEA_SECTIONS:
        lines.append(sec)
        for r in rows:
            ref, issue, act, resp, tgt, rev, prog, rag = r[:8]
            lines.append("\t".join([ref, issue, act, resp, tgt, rev, prog, rag]))
            if ref == "IA4":
                # progress carried on to a second line, as typed in the spreadsheet it was saved from
                lines.append("\t".join(["", "", "", "", "", "", "Updated register to Full Council 27 February 2025.", ""]))
        lines.append("")
    lines.append("Notes: This plan is reviewed at every Policy & Resources Committee meeting. Completed items are removed once they have been reported twice.")
    with open(os.path.join(HERE, SEA_FILE), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def sea_expected():
    acts = []
    for sec, rows in SEA_SECTIONS:
        for r in rows:
            ref, issue, act, resp, tgt, rev, prog, rag, lead, end, status = r
            e = dict(ref=ref, under=[sec, issue], action=act, lead=lead, end=end)
            if end is None:
                e["end_text"] = tgt
            e["status"] = status
            acts.append(e)
    return dict(
        source=("Imitates a town council's audit action plan responding to its internal auditor's report and the external "
                "auditor's report on the AGAR (Seaford Town Council, East Sussex, 2024-25; its internal auditor for 2023-24 "
                "was Mark Mulberry and Co and its external auditor PKF Littlejohn LLP, per the council's AGAR page). "
                "Copied features: title and sub-title lines, a RAG key line in which G means completed (no blue), a "
                "tab-separated header, upper-case section lines for each audit report, issue text beside the agreed action, "
                "target and revised dates written as councils write them, a progress comment continued on a second line, "
                "a notes line at the foot. "
                "Source looked at: https://seafordtowncouncil.gov.uk/annual-returns"),
        reads=("Seven actions under two audit reports, each answering the issue in the row. By the key, G means completed, "
               "so G rows are complete; A rows are in progress. IA3's revised date (March 2025) is its end; EA1 is "
               "'Ongoing'; EA2 has no rating yet."),
        outcome="read", accept_refusal=False, title=SEA_TITLE, actions=acts)


# ---------------------------------------------------------------------------------------------
BUILDERS = [
    (AFBI_FILE, build_afbi, afbi_expected),
    (NH_FILE, build_nh, nh_expected),
    (SE_FILE, build_se, se_expected),
    (SFC_FILE, build_sfc, sfc_expected),
    (NIL_FILE, build_nil, nil_expected),
    (TCT_FILE, build_tct, tct_expected),
    (SEA_FILE, build_sea, sea_expected),
]


def main():
    write_expected = "--expected" in sys.argv
    for name, build, exp in BUILDERS:
        build()
        print("built", name)
        if write_expected:
            import yaml
            data = exp()
            ordered = {}
            for k in ["source", "reads", "outcome", "accept_refusal", "refuse_at", "title", "actions"]:
                if k in data:
                    ordered[k] = data[k]
            with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
                yaml.safe_dump(ordered, f, allow_unicode=True, sort_keys=False, width=100000)
            print("   expected", name + ".expected.yaml")


if __name__ == "__main__":
    main()
