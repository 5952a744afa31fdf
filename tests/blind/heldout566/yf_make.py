"""Build the seven yf- blind test files (set heldout566).

Run with: /work/main/.venv/bin/python yf_make.py
Writes only files whose names start with "yf-" into this folder.
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

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("yf-")
    return os.path.join(HERE, name)


D = dt.datetime
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
FILL = {
    "G": PatternFill("solid", fgColor="00B050"),
    "A": PatternFill("solid", fgColor="FFC000"),
    "R": PatternFill("solid", fgColor="FF0000"),
    "B": PatternFill("solid", fgColor="0070C0"),
    "C": PatternFill("solid", fgColor="0070C0"),
    "hdr": PatternFill("solid", fgColor="1F3864"),
    "theme": PatternFill("solid", fgColor="D9E1F2"),
    "grey": PatternFill("solid", fgColor="EDEDED"),
}


# ---------------------------------------------------------------------------
# 1. ScottishPower – Ofgem Provisional Order remediation tracker (xlsx, read)
# ---------------------------------------------------------------------------
def scottishpower():
    title = ("ScottishPower Retail – Ofgem Provisional Order: Customers in Payment "
             "Difficulty – Remediation Tracker")
    wb = Workbook()
    dc = wb.active
    dc.title = "Document control"
    dc["A1"] = title
    dc["A1"].font = Font(bold=True, size=13)
    dc["A3"] = "Accountable Executive"
    dc["B3"] = "Retail Customer Operations Director"
    dc["A4"] = "Document owner"
    dc["B4"] = "Regulatory Compliance Manager"
    dc["A5"] = "Classification"
    dc["B5"] = "OFFICIAL – COMMERCIALLY SENSITIVE"
    dc["A7"] = "Version"
    dc["B7"] = "Date"
    dc["C7"] = "Author"
    dc["D7"] = "Change"
    for c in "ABCD":
        dc[c + "7"].font = Font(bold=True, color="FFFFFF")
        dc[c + "7"].fill = FILL["hdr"]
    hist = [
        ("0.3", D(2023, 1, 16), "Regulatory Compliance", "Draft shared with Ofgem Enforcement"),
        ("1.0", D(2023, 1, 31), "Regulatory Compliance", "Baseline agreed with Ofgem; January RAG"),
        ("1.1", D(2023, 2, 14), "Regulatory Compliance", "Revised due dates for 1.1, 2.1, 2.2 and 4.2 agreed"),
        ("1.2", D(2023, 2, 28), "Regulatory Compliance", "February position statement"),
    ]
    for i, (v, d, a, ch) in enumerate(hist, start=8):
        dc.cell(i, 1, v)
        dc.cell(i, 2, d).number_format = "dd/mm/yyyy"
        dc.cell(i, 3, a)
        dc.cell(i, 4, ch)
    dc.column_dimensions["A"].width = 24
    dc.column_dimensions["B"].width = 36
    dc.column_dimensions["C"].width = 24
    dc.column_dimensions["D"].width = 52

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of current RAG – February 2023"
    sm["A1"].font = Font(bold=True, size=12)
    sm["A3"] = "Current RAG"
    sm["B3"] = "No. of actions"
    for key, n in (("G", 3), ("A", 3), ("R", 1), ("C", 3)):
        r = sm.max_row + 1
        sm.cell(r, 1, key).fill = FILL[key]
        sm.cell(r, 2, n)
    sm.cell(sm.max_row + 1, 1, "Total")
    sm.cell(sm.max_row, 2, 10)
    sm.cell(sm.max_row, 1).font = Font(bold=True)

    ws = wb.create_sheet("Tracker")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = ("Monthly position statement to Ofgem – position as at 28 February 2023   |   "
                "OFFICIAL – COMMERCIALLY SENSITIVE")
    ws.merge_cells("A2:I2")
    ws["A4"] = "RAG key:"
    ws["A4"].font = Font(bold=True)
    keys = [("B4", "G", "C4", "On track to deliver by due date"),
            ("D4", "A", "E4", "At risk – mitigation in place"),
            ("F4", "R", "G4", "Will miss due date – Ofgem to be notified"),
            ("H4", "C", "I4", "Complete – evidence submitted to Ofgem")]
    for kc, k, tc, t in keys:
        ws[kc] = k
        ws[kc].fill = FILL[k]
        ws[kc].alignment = Alignment(horizontal="center")
        ws[tc] = t
    hdr = ["Ref", "PO requirement", "Remediation action", "Action owner",
           "Original due date", "Revised due date", "Previous RAG (Jan)",
           "Current RAG (Feb)", "Progress update"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(6, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["hdr"]
        c.alignment = WRAP
        c.border = BOX

    themes = [
        ("Theme 1 – Identifying customers in payment difficulty", [
            ("Para 4(a): Put in place processes to proactively identify customers who are in, "
             "or at risk of, payment difficulty, including prepayment customers who "
             "self-disconnect or self-ration.", [
                ("1.1", "Deploy a smart-meter self-disconnection alert to identify PPM customers who "
                        "have been off supply for more than 3 hours and trigger an outbound welfare contact.",
                 "Head of Vulnerable Customers", D(2023, 1, 31), D(2023, 3, 31), "A", "G",
                 "Alert live in test; production release scheduled for 13 March."),
                ("1.2", "Add payment-difficulty triggers (missed payment, broken arrangement, benefit "
                        "change disclosed) to the collections workflow so that advisers are prompted to offer support.",
                 "Head of Collections / Head of Vulnerable Customers", D(2023, 2, 28), None, "A", "C",
                 "Live from 20 Feb 2023. QA sample of 200 calls shows 94% prompt usage."),
                ("1.3", "Retrain all 1,150 frontline and collections advisers on identifying vulnerability "
                        "and payment difficulty, with an assessed module.",
                 "Customer Operations Learning Manager", D(2023, 3, 31), None, "G", "A",
                 "812 advisers trained (71%). Absence levels are affecting completion."),
            ]),
        ]),
        ("Theme 2 – Affordable repayment arrangements", [
            ("Para 4(b): Ensure repayment rates take account of the customer’s ability to pay and "
             "are reviewed when circumstances change.", [
                ("2.1", "Review all active debt repayment plans set above £30 per month against the "
                        "customer’s income and expenditure, and reset any that are unaffordable.",
                 "Head of Collections", D(2023, 3, 31), D(2023, 5, 31), "A", "R",
                 "Volume larger than forecast (48,200 plans). Additional 40 FTE agreed; Ofgem notified 14/02/23."),
                ("2.2", "Introduce a Standard Financial Statement (SFS) income and expenditure tool in "
                        "the adviser desktop.",
                 "Digital Product Owner – Collections", D(2023, 2, 28), D(2023, 4, 30), "R", "A",
                 "Build complete; user testing w/c 6 March."),
            ]),
            ("Para 4(c): Stop referring customers identified as vulnerable to debt collection "
             "agencies until the review at 2.1 is complete.", [
                ("2.3", "Place an immediate hold on referrals of PSR and vulnerable-flagged accounts to "
                        "debt collection agencies and recall open referrals.",
                 "Head of Collections", D(2023, 1, 13), None, "C", "C",
                 "Hold applied 9 January; 3,412 referrals recalled."),
            ]),
        ]),
        ("Theme 3 – Prepayment customers and emergency credit", [
            ("Para 4(d): Provide emergency credit, friendly-hours credit and Additional Support "
             "Credit to prepayment customers in line with SLC 28B.", [
                ("3.1", "Apply friendly-hours credit automatically to all smart PPM customers and raise "
                        "the emergency credit limit to £15.",
                 "Head of Prepayment", D(2023, 2, 28), None, "G", "C",
                 "Implemented 27 February for smart PPM estate."),
                ("3.2", "Launch an Additional Support Credit application route by phone and webchat, "
                        "with a same-day decision for customers on the PSR.",
                 "Head of Prepayment; Head of Customer Contact", D(2023, 3, 31), None, "G", "G",
                 "Webchat script signed off; telephony routing in build."),
            ]),
        ]),
        ("Theme 4 – Governance and management information", [
            ("Para 4(e): Provide Ofgem with monthly management information and a Board-approved "
             "assurance statement.", [
                ("4.1", "Submit the monthly payment-difficulty MI pack to Ofgem by the 10th working day "
                        "of each month.",
                 "Regulatory Compliance Manager", "Monthly", None, "G", "G",
                 "January pack submitted 14 February."),
                ("4.2", "Obtain Board Audit Committee approval of an assurance statement confirming "
                        "compliance with the Provisional Order, supported by second-line testing.",
                 "Director of Regulation; Head of Compliance Assurance", D(2023, 4, 30), D(2023, 6, 30),
                 "A", "A", "Second-line testing plan approved; fieldwork starts April."),
            ]),
        ]),
    ]
    r = 7
    for theme, reqs in themes:
        ws.cell(r, 1, theme).font = Font(bold=True)
        for j in range(1, 10):
            ws.cell(r, j).fill = FILL["theme"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for req, acts in reqs:
            first = r
            ws.cell(r, 2, req)
            for ref, text, owner, orig, rev, prev, cur, upd in acts:
                ws.cell(r, 1, ref)
                ws.cell(r, 3, text)
                ws.cell(r, 4, owner)
                c = ws.cell(r, 5, orig)
                if isinstance(orig, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
                if rev is not None:
                    ws.cell(r, 6, rev).number_format = "dd/mm/yyyy"
                p = ws.cell(r, 7, prev)
                p.fill = FILL[prev]
                q = ws.cell(r, 8, cur)
                q.fill = FILL[cur]
                ws.cell(r, 9, upd)
                for j in range(1, 10):
                    ws.cell(r, j).alignment = WRAP
                    ws.cell(r, j).border = BOX
                r += 1
            if r - first > 1:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "Notes: Revised due dates were agreed with Ofgem Enforcement on 14 February 2023. "
                  "Actions rated C will be removed once Ofgem confirms closure.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    widths = [7, 38, 52, 28, 13, 13, 11, 11, 44]
    for j, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHI"[j]].width = w
    ws.freeze_panes = "A7"
    wb.save(out("yf-scottishpower-ofgem-payment-difficulty-provisional-order-remediation-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 2. NDA – ARAC internal audit tracker (xlsx, REFUSE: "Febuary 2026" on row 11)
# ---------------------------------------------------------------------------
def nda():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "Nuclear Decommissioning Authority – Internal Audit Recommendations Tracker"
    sm["A1"].font = Font(bold=True, size=13)
    sm["A2"] = "Summary for Audit and Risk Assurance Committee, 20 November 2025"
    heads = ["Audit", "Assurance", "Actions agreed", "Complete", "Outstanding", "Overdue"]
    for j, h in enumerate(heads, start=1):
        c = sm.cell(4, j, h)
        c.font = Font(bold=True)
        c.fill = FILL["grey"]
    rows = [
        ("NDA IA 24-25/06 Supply Chain Payment Controls", "Limited", 3, 2, 1, 1),
        ("NDA IA 24-25/11 Cyber Security – Third-Party Access", "Moderate", 2, 0, 2, 2),
        ("NDA IA 25-26/02 Records Management", "Limited", 3, 0, 3, 1),
        ("NDA IA 25-26/04 Estates Strategy Governance", "Moderate", 1, 0, 1, 0),
    ]
    for i, row in enumerate(rows, start=5):
        for j, v in enumerate(row, start=1):
            sm.cell(i, j, v)
    sm.cell(9, 1, "Total").font = Font(bold=True)
    for j, v in zip(range(3, 7), (9, 2, 7, 4)):
        sm.cell(9, j, v).font = Font(bold=True)
    sm.column_dimensions["A"].width = 52

    ws = wb.create_sheet("Outstanding actions")
    ws["A1"] = "Nuclear Decommissioning Authority – Internal Audit Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Audit and Risk Assurance Committee, 20 November 2025 – outstanding management "
                "actions as at 31 October 2025")
    ws["A3"] = ("Priority: 1 = High, 2 = Medium, 3 = Low.   Status: Complete / On track / "
                "Overdue (revised date agreed) / Overdue (no revised date)")
    hdr = ["Audit ref", "Audit title / assurance", "Rec", "Priority", "Agreed management action",
           "Action owner", "Agreed date", "Revised date", "No. of revisions", "Status",
           "Update from action owner"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["hdr"]
        c.alignment = WRAP
    audits = [
        ("NDA IA 24-25/06", "Supply Chain Payment Controls – Limited", [
            (1, 1, "Introduce an independent check of supplier bank detail changes, with a call-back "
                   "to a verified contact, before any change is processed.",
             "Head of Finance Operations", D(2025, 3, 31), "30/06/2025", 1, "Complete",
             "Call-back procedure live from 16 June 2025; sample tested by GIAA."),
            (2, 2, "Produce monthly exception reports of payments made without a purchase order and "
                   "report them to the Group Finance Director.",
             "Financial Controller", D(2025, 3, 31), "Sept 2025", 1, "Complete",
             "Reports issued monthly since July 2025."),
            (3, 2, "Refresh the delegated authority framework for payment approvals across NDA group "
                   "subsidiaries.",
             "Group Finance Director / Company Secretary", D(2025, 6, 30), "31/12/2025", 2,
             "Overdue (revised date agreed)",
             "Framework drafted; awaiting subsidiary board approvals (NWS, NRS)."),
        ]),
        ("NDA IA 24-25/11", "Cyber Security – Third-Party Access – Moderate", [
            (1, 1, "Remove standing remote access accounts for third-party suppliers and move all "
                   "supplier access to the privileged access management (PAM) tool.",
             "Chief Information Security Officer", D(2025, 6, 30), "Jan 2026", 1,
             "Overdue (revised date agreed)", "62 of 85 supplier accounts migrated to PAM."),
            (2, 2, "Complete the annual access recertification for all third-party accounts.",
             "IT Service Manager", D(2025, 9, 30), None, 0, "Overdue (no revised date)",
             "Recertification campaign delayed by PAM migration."),
        ]),
        ("NDA IA 25-26/02", "Records Management – Limited", [
            (1, 1, "Approve and publish a group-wide retention schedule aligned to the Public Records "
                   "Act and the NDA Information Governance Framework.",
             "Head of Information Governance", D(2025, 9, 30), "Febuary 2026", 1,
             "Overdue (revised date agreed)",
             "Draft schedule with The National Archives for comment."),
            (2, 2, "Identify records held on legacy shared drives and migrate them to the corporate "
                   "EDRMS.",
             "Head of Information Governance; Head of Digital", D(2026, 3, 31), None, 0, "On track",
             "Discovery complete for 4 of 11 drives."),
            (3, 3, "Deliver refreshed records management e-learning to all NDA staff.",
             "Learning & Development Manager", D(2025, 12, 31), None, 0, "On track",
             "Module in final review."),
        ]),
        ("NDA IA 25-26/04", "Estates Strategy Governance – Moderate", [
            (1, 2, "Set up an Estates Programme Board with terms of reference and a benefits register.",
             "Director of Corporate Services", D(2025, 11, 30), None, 0, "On track",
             "Terms of reference to Executive Team 18 November."),
        ]),
    ]
    r = 6
    for aref, atitle, recs in audits:
        first = r
        ws.cell(r, 1, aref)
        ws.cell(r, 2, atitle)
        for rec, pri, text, owner, agreed, revised, nrev, status, upd in recs:
            ws.cell(r, 3, rec)
            ws.cell(r, 4, pri)
            ws.cell(r, 5, text)
            ws.cell(r, 6, owner)
            ws.cell(r, 7, agreed).number_format = "dd/mm/yyyy"
            if revised is not None:
                ws.cell(r, 8, revised)
            ws.cell(r, 9, nrev)
            st = ws.cell(r, 10, status)
            st.fill = {"Complete": FILL["B"], "On track": FILL["G"]}.get(
                status, FILL["R"] if "no revised" in status else FILL["A"])
            ws.cell(r, 11, upd)
            for j in range(1, 12):
                ws.cell(r, j).alignment = WRAP
                ws.cell(r, j).border = BOX
            r += 1
        if r - first > 1:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    assert ws.cell(11, 8).value == "Febuary 2026"
    r += 1
    ws.cell(r, 1, "Total outstanding: 7 (excluding 2 complete, awaiting GIAA verification)")
    widths = [14, 26, 5, 8, 50, 28, 12, 13, 9, 18, 40]
    for j, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHIJK"[j]].width = w
    ws.freeze_panes = "A6"

    cl = wb.create_sheet("Closed since last ARAC")
    cl["A1"] = "Actions verified as closed by GIAA since the ARAC meeting of 18 September 2025"
    cl["A1"].font = Font(bold=True)
    for j, h in enumerate(["Audit ref", "Rec", "Management action", "Action owner",
                           "Closed date", "GIAA verification"], start=1):
        cl.cell(3, j, h).font = Font(bold=True)
    closed = [
        ("NDA IA 24-25/03", 2, "Update the gifts and hospitality register to capture declined offers.",
         "Company Secretary", D(2025, 8, 29), "Verified"),
        ("NDA IA 24-25/08", 1, "Document the business continuity test schedule for the Moor Row office.",
         "Head of Resilience", D(2025, 9, 12), "Verified"),
    ]
    for i, row in enumerate(closed, start=4):
        for j, v in enumerate(row, start=1):
            c = cl.cell(i, j, v)
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    cl.column_dimensions["C"].width = 60
    wb.save(out("yf-nuclear-decommissioning-authority-arac-internal-audit-tracker-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# 3. Lancashire CCA – programme highlight report (xlsx, read, fill-only RAG)
# ---------------------------------------------------------------------------
def lancashire():
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    ws["A1"] = "Lancashire Combined County Authority"
    ws["A1"].font = Font(bold=True, size=12, color="1F3864")
    ws["A2"] = "Establishment and Transition Programme – Highlight Report"
    ws["A2"].font = Font(bold=True, size=15)
    ws["A3"] = "Reporting period: 1–30 November 2025   |   Programme Board: 4 December 2025"
    for r_ in (1, 2, 3):
        ws.merge_cells(start_row=r_, start_column=1, end_row=r_, end_column=8)
    info = [("Senior Responsible Owner", "Interim Chief Executive, LCCA"),
            ("Programme Manager", "LCCA Programme Management Office"),
            ("Overall programme status", None)]
    for i, (k, v) in enumerate(info, start=5):
        ws.cell(i, 1, k).font = Font(bold=True)
        ws.cell(i, 1).fill = FILL["grey"]
        ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=2)
        if v:
            ws.cell(i, 3, v)
        else:
            ws.cell(i, 3).fill = FILL["A"]
        ws.merge_cells(start_row=i, start_column=3, end_row=i, end_column=5)
    ws["A9"] = "Summary of progress this period"
    ws["A9"].font = Font(bold=True)
    ws["A10"] = ("The Consolidated Transport Settlement delivery plan was submitted to DfT on time. "
                 "The transfer of transport functions remains off track because the legal orders have "
                 "not yet been laid and TUPE consultation cannot start until they are. Recruitment of "
                 "a permanent Chief Executive has been re-run after the first campaign did not appoint.")
    ws["A10"].alignment = WRAP
    ws.merge_cells("A10:H10")
    ws.row_dimensions[10].height = 48
    ws["A12"] = "Status key:"
    ws["A12"].font = Font(bold=True)
    for col, k, t in (("B", "G", "On track"), ("C", "A", "At risk – recoverable"),
                      ("D", "R", "Off track – escalation needed"), ("E", "B", "Complete")):
        ws[col + "12"] = t
        ws[col + "12"].fill = FILL[k]
        if k in ("R", "B"):
            ws[col + "12"].font = Font(color="FFFFFF")
    hdr = ["Workstream", "Ref", "Milestone / key action", "Lead", "Baseline date",
           "Forecast date", "Status", "Commentary / next steps"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(14, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["hdr"]
        c.alignment = WRAP
        c.border = BOX
    ws_rows = [
        ("1. Governance and Democratic Services", [
            ("1.1", "Adopt LCCA Constitution v2, including the revised scheme of delegation",
             "Monitoring Officer", D(2025, 9, 30), D(2025, 12, 11), "A",
             "Slipped to the December LCCA meeting pending legal review of the scheme of delegation."),
            ("1.2", "Agree 2026 work programmes for the Overview and Scrutiny Committee and the Audit "
                    "and Governance Committee",
             "Head of Democratic Services", D(2026, 1, 31), D(2026, 1, 31), "G",
             "Chairs’ briefing held 19 November."),
        ]),
        ("2. Transport functions", [
            ("2.1", "Transfer Local Transport Plan responsibilities from the constituent councils – "
                    "legal orders and staff TUPE consultation",
             "Director of Transport; Head of HR (LCC)", D(2025, 10, 31), D(2026, 3, 31), "R",
             "Orders not yet laid by MHCLG. Re-baselining to March 2026 requested from Programme Board."),
            ("2.2", "Submit the Consolidated Transport Settlement delivery plan to DfT",
             "Director of Transport", D(2025, 11, 28), D(2025, 11, 28), "B",
             "Submitted 27 November."),
            ("2.3", "Run public consultation on the refreshed Bus Service Improvement Plan",
             "Head of Passenger Transport", D(2026, 2, 27), D(2026, 2, 27), "G",
             "Consultation materials with operators for comment."),
        ]),
        ("3. Skills and Adult Skills Fund", [
            ("3.1", "LCCA Board approval of Adult Skills Fund commissioning intentions 2026/27",
             "Head of Skills", D(2026, 1, 31), D(2026, 2, 28), "A",
             "Awaiting DfE funding allocation letter."),
            ("3.2", "Issue provider grant agreements for academic year 2025/26",
             "Head of Skills", D(2025, 8, 1), D(2025, 8, 1), "B",
             "All 38 agreements signed."),
        ]),
        ("4. Corporate services and finance", [
            ("4.1", "Procure an LCCA finance system so that the interim SLA with Lancashire County "
                    "Council can end",
             "Section 73 Officer", D(2026, 3, 31), D(2026, 6, 30), "A",
             "Framework call-off under way; SLA extension to June 2026 agreed in principle."),
            ("4.2", "Publish the LCCA Medium Term Financial Strategy 2026/27–2028/29",
             "Section 73 Officer", D(2026, 2, 27), D(2026, 2, 27), "G",
             "Draft to LCCA Board in January."),
            ("4.3", "Appoint a permanent Chief Executive",
             "Chair, LCCA Appointments Panel", D(2025, 12, 31), D(2026, 4, 30), "R",
             "First campaign did not appoint; executive search agency engaged."),
        ]),
    ]
    r = 15
    for wsname, acts in ws_rows:
        first = r
        ws.cell(r, 1, wsname).font = Font(bold=True)
        for ref, text, lead, base, fc, st, com in acts:
            ws.cell(r, 2, ref)
            ws.cell(r, 3, text)
            ws.cell(r, 4, lead)
            ws.cell(r, 5, base).number_format = "mmm-yy"
            ws.cell(r, 6, fc).number_format = "mmm-yy"
            ws.cell(r, 7).fill = FILL[st]
            ws.cell(r, 8, com)
            for j in range(1, 9):
                ws.cell(r, j).alignment = WRAP
                ws.cell(r, j).border = BOX
            r += 1
        ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(first, 1).fill = FILL["theme"]
    r += 1
    ws.cell(r, 1, "Key risks and issues").font = Font(bold=True)
    r += 1
    ws.cell(r, 1, "Delay to the transport legal orders puts the April 2026 transfer date at risk and "
                  "may require the constituent councils to continue delivering transport services "
                  "under the interim agreement. Capacity in the PMO is limited until the permanent "
                  "Chief Executive is in post.").alignment = WRAP
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    ws.row_dimensions[r].height = 45
    r += 2
    ws.cell(r, 1, "Decisions required from Programme Board").font = Font(bold=True)
    r += 1
    ws.cell(r, 1, "Approve re-baselining of milestone 2.1 to 31 March 2026, and note the revised "
                  "timetable for Chief Executive recruitment.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    widths = [24, 6, 50, 30, 11, 11, 9, 46]
    for j, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGH"[j]].width = w

    ms = wb.create_sheet("Milestone summary")
    ms["A1"] = "Milestone status by workstream – November 2025"
    ms["A1"].font = Font(bold=True)
    for j, h in enumerate(["Workstream", "Green", "Amber", "Red", "Complete", "Total"], start=1):
        ms.cell(3, j, h).font = Font(bold=True)
    data = [("1. Governance and Democratic Services", 1, 1, 0, 0, 2),
            ("2. Transport functions", 1, 0, 1, 1, 3),
            ("3. Skills and Adult Skills Fund", 0, 1, 0, 1, 2),
            ("4. Corporate services and finance", 1, 1, 1, 0, 3),
            ("Total", 3, 3, 2, 2, 10)]
    for i, row in enumerate(data, start=4):
        for j, v in enumerate(row, start=1):
            ms.cell(i, j, v)
    ms.column_dimensions["A"].width = 40
    wb.save(out("yf-lancashire-cca-establishment-transition-programme-highlight-report.xlsx"))


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


def bold_cell(cell, text):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True


DOCX_FILL = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000",
             "G": "00B050", "A": "FFC000", "R": "FF0000"}


# ---------------------------------------------------------------------------
# 4. Clifton College – ISI action plan (docx, read; one table per section)
# ---------------------------------------------------------------------------
def clifton():
    doc = Document()
    doc.add_paragraph("Clifton College – Action Plan following ISI Inspection (8–10 October 2024)",
                      style="Title")
    doc.add_paragraph(
        "Submitted to the Department for Education in response to the action plan notice dated "
        "20 November 2024. This plan sets out the steps the proprietor will take to meet the "
        "Independent School Standards recorded as not met, and the date by which each step will "
        "be taken.")
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Version", "1.2 (progress update for Education & Safeguarding Committee)"),
                                ("Approved by", "Council (Board of Governors), 9 December 2024"),
                                ("Plan owner", "Head"),
                                ("Next review", "Education & Safeguarding Committee, 3 March 2025")]):
        bold_cell(t.cell(i, 0), k)
        t.cell(i, 1).text = v
    doc.add_paragraph()
    doc.add_paragraph("Status key: Green – on track; Amber – some slippage, action in hand; "
                      "Red – not on track, escalated to Council; Complete – action finished and "
                      "evidence available.")

    sections = [
        ("Section 1: Safeguarding",
         "Paragraph 7(a) and (b): arrangements to safeguard and promote the welfare of pupils at the school",
         [("1.1", "Update the Safeguarding and Child Protection Policy so that it reflects KCSIE 2024 "
                  "in full, including the section on child-on-child abuse, and publish it on the "
                  "College website.",
           "Deputy Head (Pastoral) / DSL", "31/10/2024",
           "Policy approved by Council; website version checked by the Chair of the Education & "
           "Safeguarding Committee.", "Complete"),
          ("1.2", "Ensure that all low-level concerns about staff are recorded on the central log and "
                  "reviewed fortnightly by the DSL and the Head.",
           "DSL", "End of Michaelmas term 2024",
           "Log complete for all houses; fortnightly review minutes on file.", "Green"),
          ("1.3", "Deliver whole-staff training on the revised procedures, including for visiting "
                  "music teachers and sports coaches, and record attendance on the single training matrix.",
           "Director of Staff Development", "31/01/2025",
           "100% of staff and visiting staff trained; matrix reviewed by the safeguarding governor.",
           "Amber")]),
        ("Section 2: Suitability of staff, supply staff and proprietors",
         "Paragraph 18(2)(c) and (d): checks on staff before appointment, including overseas and "
         "prohibition checks",
         [("2.1", "Audit every personnel file against the single central register (SCR) and obtain any "
                  "missing overseas criminal record checks or letters of professional standing.",
           "HR Director", "30/11/2024",
           "External SCR audit finds no gaps.", "Complete"),
          ("2.2", "Introduce a monthly SCR compliance check by the nominated safeguarding governor, "
                  "with findings reported to Council.",
           "Nominated Safeguarding Governor; Bursar", "Monthly from December 2024",
           "Signed monthly check sheets; standing item on Council agenda.", "Green")]),
        ("Section 3: Boarding welfare",
         "Paragraph 8 and NMS 8: supervision of boarders and the recording of night-time staffing in "
         "boarding houses",
         [("3.1", "Revise the boarding house night-duty rota so that a member of staff is on duty and "
                  "contactable in every house from 10.00pm to 7.00am, and publish the rota to boarders.",
           "Director of Boarding", "30/11/2024",
           "Rota published in every house; spot checks by the Deputy Head (Pastoral).", "Complete"),
          ("3.2", "Install a replacement staff-call system in the two girls’ boarding houses identified "
                  "in the report.",
           "Estates Bursar", "February half-term 2025",
           "System installed and tested; boarders know how to use it.", "Red"),
          ("3.3", "Carry out termly boarder voice surveys and act on the findings through house councils.",
           "Director of Boarding / Heads of House", "Termly",
           "Survey results and ‘you said, we did’ notices in each house.", "Green")]),
    ]
    for heading, standard, acts in sections:
        doc.add_heading(heading, level=1)
        tbl = doc.add_table(rows=2 + len(acts), cols=6)
        tbl.style = "Table Grid"
        top = tbl.cell(0, 0).merge(tbl.cell(0, 5))
        bold_cell(top, standard)
        shade(top, "D9E1F2")
        for j, h in enumerate(["No.", "Action to be taken", "Responsibility", "By when",
                               "Success criteria / evidence", "Status (Jan 2025)"]):
            bold_cell(tbl.cell(1, j), h)
            shade(tbl.cell(1, j), "BFBFBF")
        for i, (no, act, resp, when, succ, status) in enumerate(acts, start=2):
            vals = [no, act, resp, when, succ, status]
            for j, v in enumerate(vals):
                tbl.cell(i, j).text = v
            shade(tbl.cell(i, 5), DOCX_FILL[status])
        doc.add_paragraph()

    doc.add_heading("Sign-off", level=2)
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for j, h in enumerate(["Signed on behalf of the proprietor", "Position", "Date"]):
        bold_cell(so.cell(0, j), h)
    so.cell(1, 0).text = "(signed)"
    so.cell(1, 1).text = "Chair of Council"
    so.cell(1, 2).text = "10 December 2024"
    doc.save(out("yf-clifton-college-isi-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Carers Trust – Board of Trustees rolling action log (docx, read)
# ---------------------------------------------------------------------------
def carers_trust():
    doc = Document()
    for s in doc.sections:
        s.orientation = 1
        s.page_width, s.page_height = s.page_height, s.page_width
    p = doc.add_paragraph()
    run = p.add_run("Carers Trust – Board of Trustees Rolling Action Log")
    run.bold = True
    run.font.size = Pt(16)
    run.font.color.rgb = RGBColor(0x5B, 0x2C, 0x6F)
    doc.add_paragraph("Paper B2   |   Board meeting 27 November 2025   |   Position at 14 November 2025   |   "
                      "Prepared by: Governance Manager")
    doc.add_paragraph("Actions agreed at Board meetings are listed below in the order they were agreed. "
                      "Completed actions are reported once and then removed.")
    key = doc.add_table(rows=1, cols=4)
    key.style = "Table Grid"
    for j, (k, t) in enumerate([("G", "G – on track"), ("A", "A – at risk of missing due date"),
                                ("R", "R – overdue"), ("Complete", "Complete")]):
        key.cell(0, j).text = t
        shade(key.cell(0, j), DOCX_FILL[k])
    doc.add_paragraph()

    rows = [
        ("1", "27 Mar 2025", "BT25/14",
         ["Bring a revised reserves policy to the Board, reflecting the Finance, Audit and Risk "
          "Committee’s recommendation to hold 4–6 months of unrestricted expenditure."],
         "Director of Finance and Resources", ["Jun 2025"], "Complete",
         "Approved at the June Board (minute BT25/31)."),
        ("2", "27 Mar 2025", "BT25/17",
         ["Circulate the Network Partner funding formula options paper to all trustees ahead of "
          "the strategy away day."],
         "CEO", ["Jul 2025"], "Complete", "Circulated 8 July."),
        ("3", "26 Jun 2025", "BT25/29",
         ["Commission an external review of safeguarding arrangements across Carers Trust-run "
          "services and report the findings to the Board.",
          "Terms of reference to be agreed with the Safeguarding Lead Trustee before procurement."],
         "Director of Services; Safeguarding Lead Trustee", ["Dec 2025"], "G",
         "Reviewer appointed; fieldwork October–November."),
        ("4", "26 Jun 2025", "BT25/33",
         ["Present the Digital and Data Strategy implementation roadmap with costed phases."],
         "Chief Operating Officer", ["Sep 2025", "Revised: Nov 2025"], "A",
         "Supplier costings received late; roadmap on the agenda for this meeting."),
        ("5", "26 Jun 2025", "BT25/36",
         ["Agree trustee link roles for each of the four nations and record them in the Board Handbook."],
         "Chair / Company Secretary", ["Sep 2025"], "Complete", "Handbook updated 22 September."),
        ("6", "25 Sep 2025", "BT25/44",
         ["Provide the Board with quarterly data on carers’ breaks grants awarded, broken down by "
          "nation and by Network Partner."],
         "Director of Grants and Programmes", ["Quarterly"], "G", "First report in this pack (item 7)."),
        ("7", "25 Sep 2025", "BT25/46",
         ["Update the strategic risk register to reflect the end of the Welsh Government grant and "
          "take the revised register to the Finance, Audit and Risk Committee."],
         "KM / PL", ["Jan 2026"], "", ""),
        ("8", "25 Sep 2025", "BT25/48",
         ["Write to the Minister for Care on behalf of the Board about Carer’s Allowance "
          "overpayments, copying the Scottish and Welsh Governments."],
         "Chair", ["31/10/2025"], "R", "Draft letter with the Chair; to be sent w/c 17 November."),
        ("9", "25 Sep 2025", "BT25/51",
         ["Arrange a trustee development session on the revised Code of Fundraising Practice."],
         "Director of Fundraising and Communications", ["Jan 2026"], "G",
         "Session booked for the January away day."),
    ]
    hdr = ["Meeting", "Minute", "Action", "Owner", "Due", "Status", "Update"]
    tbl = doc.add_table(rows=1 + len(rows), cols=len(hdr))
    tbl.style = "Table Grid"
    for j, h in enumerate(hdr):
        bold_cell(tbl.cell(0, j), h)
        shade(tbl.cell(0, j), "D9D2E9")
    for i, (_no, mtg, minute, act, owner, due, status, upd) in enumerate(rows, start=1):
        tbl.cell(i, 0).text = mtg
        tbl.cell(i, 1).text = minute
        c = tbl.cell(i, 2)
        c.text = act[0]
        for extra in act[1:]:
            c.add_paragraph(extra)
        tbl.cell(i, 3).text = owner
        d = tbl.cell(i, 4)
        d.text = due[0]
        for extra in due[1:]:
            d.add_paragraph(extra)
        tbl.cell(i, 5).text = status
        if status:
            shade(tbl.cell(i, 5), DOCX_FILL[status])
        tbl.cell(i, 6).text = upd
    doc.add_paragraph()
    doc.add_paragraph("Actions closed at the September meeting and now removed: BT25/08, BT25/11, BT25/22.")
    doc.add_paragraph("Owners: KM – Director of Strategy and Impact; PL – Head of Risk and Assurance.")
    doc.save(out("yf-carers-trust-board-of-trustees-action-log.docx"))


# ---------------------------------------------------------------------------
# 6. Broads Authority – lessons learned action plan (csv, read)
# ---------------------------------------------------------------------------
def broads():
    W = 7
    rows = [
        ["Broads Authority – Winter 2023/24 Flood Events (Storms Babet, Ciarán and Henk): "
         "Lessons Learned Action Plan"],
        ["Appendix 1 to report to Navigation Committee, 20 June 2024 – progress at 31 May 2024"],
        [],
        ["Ref", "Lesson identified", "Action", "Responsible officer", "Target date", "Status", "Comments"],
        ["Theme 1: Warning and informing river users"],
        ["1.1", "Flood and high-water warnings did not reach hire-boat customers already on the water in time.",
         "Agree a protocol with the Broads Hire Boat Federation and individual yards for cascading "
         "Environment Agency flood alerts to customers by SMS.",
         "Head of Safety Management", "Sep-24", "G", "Draft protocol shared with BHBF 14 May."],
        ["1.2", "", "Add live river level and tide data to the Authority website and the Broads navigation app.",
         "Head of Communications; Head of Information Technology", "Dec-24", "A",
         "App supplier quote higher than budget."],
        ["1.3", "Moorings signage did not tell users what to do in high water.",
         "Install high-water guidance signs at the 12 most-used 24-hour moorings, showing safe mooring "
         "practice and emergency contact numbers.",
         "Head of Ranger Services", "31/03/2025", "G", "Sign design approved."],
        ["Theme 2: Infrastructure and moorings"],
        ["2.1", "Several Authority moorings were unusable for up to three weeks after water levels fell, "
                "because of debris and erosion.",
         "Complete a post-event condition survey of all Authority moorings and quay headings, "
         "prioritising repairs by safety risk.",
         "Rivers Engineer", "Jul-24", "C", "Survey complete; 23 sites prioritised."],
        ["2.2", "", "Add a flood-resilient quay-heading specification to the Asset Management Strategy.",
         "Rivers Engineer / Asset Officer", "Mar-25", "G", ""],
        ["2.3", "", "Review the mooring debris-clearance contract to allow call-off within 48 hours of an event.",
         "Director of Operations", "Ongoing", "G", "Linked to contract renewal in 2025."],
        ["Theme 3: Working with partners"],
        ["3.1", "Roles of the Authority, the Environment Agency and the district councils in closing "
                "navigation were unclear to the public.",
         "Publish a joint partner statement on navigation closures and responsibilities during flood events.",
         "Chief Executive", "Oct-24", "A", "Awaiting EA comments, chased 28 May."],
        ["3.2", "", "Take part in the Norfolk Resilience Forum multi-agency flood exercise and feed the "
                    "learning into the Authority's emergency plan.",
         "Head of Safety Management, Director of Operations", "Nov-24", "", "Exercise date to be set by NRF."],
        ["3.3", "Volunteers were not clear whether they could attend sites during flood warnings.",
         "Issue flood-event guidance to volunteer rangers and add it to volunteer induction.",
         "Volunteer Coordinator", "Jun-24", "C", "Guidance issued 2 May 2024."],
        [],
        ["Status key: G = on track; A = some delay; R = significant delay / at risk; C = complete"],
        ["Total actions: 9 | Complete: 2 | On track: 4 | Some delay: 2 | Not yet started: 1"],
    ]
    with open(out("yf-broads-authority-winter-2023-24-flood-events-lessons-learned-action-plan.csv"),
              "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        for row in rows:
            w.writerow(row + [""] * (W - len(row)))


# ---------------------------------------------------------------------------
# 7. Kendal Town Council – risk register (tab-separated txt, read)
# ---------------------------------------------------------------------------
def kendal():
    lines = [
        "Kendal Town Council – Risk Register and Risk Management Action Plan 2025/26",
        "Reviewed by Finance and Governance Committee 9 June 2025. Adopted by Full Council 23 June 2025. "
        "Progress as at 12 January 2026.",
        "",
        "Scoring: Likelihood (L) x Impact (I), each 1-5. Score 1-6 Low, 8-12 Medium, 15-25 High.",
        "Action progress: G = on track, A = at risk of slipping, R = overdue, B = complete",
        "",
        "\t".join(["Ref", "Risk", "L", "I", "Score", "Existing controls", "Further action required",
                   "Responsibility", "Target date", "Progress"]),
        "1. FINANCIAL",
        "\t".join(["F1", "Precept set at a level that does not meet the Council's budget requirement",
                   "2", "4", "8", "Budget prepared by RFO from October; reserves policy",
                   "Prepare a three-year Medium Term Financial Plan and present it with the 2026/27 budget",
                   "RFO", "Jan 2026", "G"]),
        "\t".join(["F2", "Fraud or error in payments", "2", "4", "8",
                   "Dual authorisation on online banking; monthly bank reconciliation signed by a councillor",
                   "Introduce a purchase order system with a separate approver for all orders over £500",
                   "Town Clerk / RFO", "30/09/2025", "A"]),
        "\t".join(["F3", "Loss of income from Town Hall room hire and market stall fees", "3", "3", "9",
                   "Fees reviewed annually; online bookings system",
                   "Review market pitch fees and benchmark them against other Cumbrian markets",
                   "Markets Officer", "Nov 25", "G"]),
        "2. ASSETS AND PROPERTY",
        "\t".join(["A1", "Damage to or deterioration of the Town Hall clock and bells", "2", "3", "6",
                   "Annual maintenance contract",
                   "Commission a condition survey of the clock mechanism and bell frame and obtain "
                   "quotations for repair",
                   "Facilities Manager", "31 Oct 2025", "B"]),
        "\t".join(["A2", "Injury to the public at play areas and open spaces", "3", "4", "12",
                   "Weekly visual inspections; annual RoSPA inspection",
                   "Replace the timber play equipment condemned in the 2025 RoSPA report at Fellside play area",
                   "Facilities Manager", "March 2026", "G"]),
        "\t".join(["A3", "Asset register incomplete or out of date", "3", "2", "6",
                   "Asset register held by RFO",
                   "Carry out a full asset check and reconcile the asset register to the insurance schedule",
                   "RFO", "Apr 2026", "G"]),
        "3. GOVERNANCE AND STAFFING",
        "\t".join(["G1", "Failure to comply with the Transparency Code and publication requirements",
                   "2", "3", "6", "Website updated by Administration Officer",
                   "Carry out a website accessibility and Transparency Code audit and correct any gaps",
                   "Administration Officer", "Dec 2025", "R"]),
        "\t".join(["G2", "Loss of key staff or single points of failure", "3", "4", "12",
                   "Job descriptions; procedures manual",
                   "Cross-train the Deputy Town Clerk in payroll and RFO functions and document desk procedures",
                   "Town Clerk", "Sept 2025", "B"]),
        "\t".join(["G3", "Cyber attack or loss of data", "3", "4", "12", "Cloud back-up; antivirus",
                   "Achieve Cyber Essentials certification and deliver councillor training on phishing",
                   "Town Clerk and IT contractor", "February 2026", "A"]),
        "\t".join(["G4", "Members' interests not declared or register out of date", "2", "3", "6",
                   "Code of Conduct; registers published on website",
                   "Remind all councillors to update their register of interests within 28 days of any change",
                   "Town Clerk", "Annually", "G"]),
        "",
        "Risks scoring 15 or above are reported to every Finance and Governance Committee meeting.",
        "Next full review: May 2026",
    ]
    with open(out("yf-kendal-town-council-risk-register-2025-26.txt"), "w", encoding="utf-8",
              newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    scottishpower()
    nda()
    lancashire()
    clifton()
    carers_trust()
    broads()
    kendal()
    print("done")
