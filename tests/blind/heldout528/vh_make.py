"""Build the seven vh- blind test files (set heldout528) and their expected readings.

Run with: /work/main/.venv/bin/python vh_make.py
Writes only files whose names start with vh- into this folder.
"""
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("vh-")
    return os.path.join(HERE, name)


def D(y, m, d):
    return dt.datetime(y, m, d)


def write_expected(name, exp):
    path = out(name) + ".expected.yaml"
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(exp, f, sort_keys=False, allow_unicode=True, width=100000,
                       default_flow_style=False)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


# ---------------------------------------------------------------- xlsx helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
FILL = {
    "red": PatternFill("solid", fgColor="FF0000"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "green": PatternFill("solid", fgColor="00B050"),
    "blue": PatternFill("solid", fgColor="00B0F0"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "head": PatternFill("solid", fgColor="1F3864"),
    "teal": PatternFill("solid", fgColor="DDEBF7"),
}


def header_row(ws, row, values, fill="head"):
    for i, v in enumerate(values, 1):
        c = ws.cell(row=row, column=i, value=v)
        c.font = Font(bold=True, color="FFFFFF" if fill == "head" else "000000")
        c.fill = FILL[fill]
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX


def box_row(ws, row, ncol):
    for i in range(1, ncol + 1):
        c = ws.cell(row=row, column=i)
        c.border = BOX
        if c.alignment is None or not c.alignment.wrap_text:
            c.alignment = WRAP


# ============================================================ 1. Battersea xlsx
def battersea():
    name = "vh-battersea-dogs-and-cats-home-internal-audit-recommendations-tracker.xlsx"
    title = "Battersea Dogs & Cats Home – Internal Audit Recommendations Tracker"
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit & Risk Committee, 12 November 2025 – position at 31 October 2025"
    ws["A2"].font = Font(italic=True)
    ws["A4"] = "Summary of recommendations on the tracker"
    ws["A4"].font = Font(bold=True)
    header_row(ws, 5, ["Priority", "Open – on track", "Open – revised date agreed",
                       "Overdue", "Implemented (awaiting verification)", "Total"])
    summary = [("High", 1, 2, 0, 1, 4), ("Medium", 2, 0, 1, 0, 3), ("Low", 0, 0, 0, 1, 1),
               ("Total", 3, 2, 1, 2, 8)]
    for r, vals in enumerate(summary, 6):
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BOX
            if vals[0] == "Total":
                cell.font = Font(bold=True)
    ws["A12"] = "RAG key (column I of the Tracker sheet)"
    ws["A12"].font = Font(bold=True)
    key = [("red", "Overdue – target date passed and no revised date agreed"),
           ("amber", "In progress – revised target date agreed by the Audit & Risk Committee"),
           ("green", "In progress – on track for the original target date"),
           ("blue", "Implemented – awaiting verification by Crowe at the next follow-up review")]
    for r, (colour, text) in enumerate(key, 13):
        ws.cell(row=r, column=1).fill = FILL[colour]
        ws.cell(row=r, column=1).border = BOX
        ws.cell(row=r, column=2, value=text)
    ws.column_dimensions["A"].width = 14
    for col in "BCDEF":
        ws.column_dimensions[col].width = 22

    t = wb.create_sheet("Tracker")
    t["A1"] = "Open and recently implemented internal audit recommendations"
    t["A1"].font = Font(bold=True, size=12)
    cols = ["Ref", "Priority", "Finding and recommendation", "Agreed management action",
            "Action owner", "Original target date", "Revised target date",
            "Progress update (October 2025)", "RAG"]
    header_row(t, 3, cols)
    widths = [8, 9, 48, 48, 24, 13, 13, 48, 7]
    for i, w in enumerate(widths):
        t.column_dimensions[chr(65 + i)].width = w

    SG = "Safeguarding Governance 2024/25 (Limited assurance)"
    LG = "Income Processing – Legacies 2024/25 (Moderate assurance)"
    CY = "Cyber Security – Third-Party Access 2025/26 (Limited assurance)"
    rec_sg1 = ("The Home should ensure that safeguarding concerns raised by staff at Battersea, "
               "Old Windsor and Brands Hatch are logged on the central case system within 24 hours, "
               "and that the Designated Safeguarding Lead reviews all open cases monthly.")
    rec_sg2 = ("Safeguarding training completion for volunteers should be monitored and reported, "
               "with a target of 95% completion within three months of induction.")
    rec_lg1 = ("Legacy notifications should be recorded on the legacy management system within five "
               "working days of receipt, with a monthly reconciliation to the finance ledger.")
    rec_lg2 = ("Access to the legacy management system should be reviewed every six months and "
               "leavers removed promptly.")
    rec_cy1 = ("Third-party suppliers with remote access to the Home's systems should be identified, "
               "with access restricted to named accounts protected by multi-factor authentication.")
    # (ref, priority, rec, action, owner, orig, revised, progress, rag)
    rows = [
        ("H", SG),
        ("SG1.1", "High", rec_sg1,
         "Issue a single safeguarding reporting procedure for all three centres and retire the local paper logs.",
         "Head of Safeguarding", D(2025, 6, 30), None,
         "Procedure approved by Executive Team 17 June 2025; paper logs withdrawn at all centres.", "blue"),
        ("SG1.2", "High", None,
         "Introduce a monthly DSL case review, with a dashboard of open cases by age reported quarterly to the Safeguarding Committee.",
         "Head of Safeguarding / Director of Operations", D(2025, 7, 31), D(2025, 12, 31),
         "First two monthly reviews held. Dashboard build delayed by the CRM upgrade; revised date agreed by ARC on 10 September 2025.",
         "amber"),
        ("SG2.1", "Medium", rec_sg2,
         "Add volunteer safeguarding training to the Learning Hub and report completion rates monthly to Heads of Centre.",
         "Volunteering Manager", D(2025, 9, 30), None,
         "Volunteer module live from August 2025; completion 71% against 95% target. Monthly reporting not yet in place.",
         "red"),
        ("H", LG),
        ("LG1.1", "Medium", rec_lg1,
         "Introduce a monthly reconciliation between the legacy pipeline and the ledger, signed off by the Financial Controller.",
         "Financial Controller", D(2025, 12, 31), None,
         "August and September reconciliations completed and signed off.", "green"),
        ("LG1.2", "Medium", None,
         "Update the legacy administration procedure to include the five-day recording standard and train the Legacy team.",
         "Head of Legacy Administration", D(2025, 11, 30), None,
         "Procedure drafted; team training booked for 18 November 2025.", "green"),
        ("LG2.1", "Low", rec_lg2,
         "Add a six-monthly user access review of the legacy system to the IT controls calendar.",
         "Head of IT; Legacy Team Leader", D(2025, 5, 31), D(2025, 8, 31),
         "First access review completed 22 August 2025; two leaver accounts removed.", "blue"),
        ("H", CY),
        ("CY1.1", "High", rec_cy1,
         "Complete an inventory of supplier remote access and enforce MFA on all supplier accounts.",
         "Chief Information Officer", D(2025, 10, 31), D(2026, 1, 31),
         "Inventory complete (23 suppliers). MFA enforced for 17; the remaining six need contract variations.",
         "amber"),
        ("CY1.2", "High", None,
         "Include security and access clauses in the supplier contract template and apply them to all renewals from 1 December 2025.",
         "Head of Procurement and Contract Management", D(2025, 12, 1), None,
         "New clauses with Legal for review.", "green"),
    ]
    r = 4
    rec_start = None
    for row in rows:
        if row[0] == "H":
            t.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            c = t.cell(row=r, column=1, value=row[1])
            c.font = Font(bold=True)
            c.fill = FILL["grey"]
            rec_start = None
            r += 1
            continue
        ref, pri, rec, action, owner, orig, rev, prog, rag = row
        vals = [ref, pri, rec, action, owner, orig, rev, prog, None]
        for i, v in enumerate(vals, 1):
            if v is not None:
                t.cell(row=r, column=i, value=v)
        for col in (6, 7):
            t.cell(row=r, column=col).number_format = "dd/mm/yyyy"
        t.cell(row=r, column=9).fill = FILL[rag]
        box_row(t, r, 9)
        if rec is None and rec_start is not None:
            t.merge_cells(start_row=rec_start, start_column=3, end_row=r, end_column=3)
        else:
            rec_start = r
        r += 1
    r += 1
    t.cell(row=r, column=1, value=(
        "Notes: dates are dd/mm/yyyy. Revised target dates require Audit & Risk Committee approval. "
        "Implemented actions stay on the tracker until verified by Crowe at the next follow-up review."))
    t.cell(row=r, column=1).font = Font(italic=True)
    t.freeze_panes = "A4"
    wb.save(out(name))

    acts = [
        act("SG1.1", [SG, rec_sg1], rows[1][3], ["Head of Safeguarding"], "2025-06", "blue"),
        act("SG1.2", [SG, rec_sg1], rows[2][3], ["Head of Safeguarding", "Director of Operations"], "2025-12", "amber"),
        act("SG2.1", [SG, rec_sg2], rows[3][3], ["Volunteering Manager"], "2025-09", "red"),
        act("LG1.1", [LG, rec_lg1], rows[5][3], ["Financial Controller"], "2025-12", "green"),
        act("LG1.2", [LG, rec_lg1], rows[6][3], ["Head of Legacy Administration"], "2025-11", "green"),
        act("LG2.1", [LG, rec_lg2], rows[7][3], ["Head of IT", "Legacy Team Leader"], "2025-08", "blue"),
        act("CY1.1", [CY, rec_cy1], rows[9][3], ["Chief Information Officer"], "2026-01", "amber"),
        act("CY1.2", [CY, rec_cy1], rows[10][3], ["Head of Procurement and Contract Management"], "2025-12", "green"),
    ]
    write_expected(name, {
        "source": ("Imitates the internal audit recommendations tracker a large animal-welfare charity "
                   "(Battersea Dogs & Cats Home, 2025) puts to its Audit & Risk Committee, modelled on "
                   "charity and council audit trackers (e.g. North Devon's Audit Recommendation Tracker "
                   "tables A-D). Copied features: a Summary sheet with title block, priority x status "
                   "counts and a fill-colour RAG key; a Tracker sheet with merged grey audit heading rows "
                   "(audit name, year, assurance level), the finding/recommendation merged vertically over "
                   "its management actions, original and revised target dates as real dates, a progress "
                   "column, RAG given only by cell fill, and a notes line under the table."),
        "reads": ("Two sheets: a summary with counts and a colour key, then the tracker with three audits "
                  "as grey heading rows and eight agreed management actions beneath them, each with owner, "
                  "original and sometimes revised target date and a fill-only RAG cell where blue means "
                  "implemented. Where two actions answer one recommendation the recommendation cell is merged."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": acts,
    })


# ====================================================== 2. Utility Warehouse xlsx
def utility_warehouse():
    name = "vh-utility-warehouse-ofgem-payment-difficulty-compliance-action-tracker.xlsx"
    UW_TITLE = "UW – Customers in Payment Difficulty: Remediation Action Tracker"
    wb = Workbook()
    rm = wb.active
    rm.title = "Read me"
    rm["A1"] = UW_TITLE
    rm["A1"].font = Font(bold=True, size=13)
    rm["A2"] = "Ofgem Market Compliance Review: Customers in Payment Difficulty – document control"
    header_row(rm, 4, ["Version", "Date", "Change", "Author"])
    vh = [("v5", D(2023, 2, 6), "Actions re-baselined after Ofgem feedback call of 1 February 2023", "Regulatory Compliance"),
          ("v6", D(2023, 3, 3), "February steering group update; action 1.2 added", "Regulatory Compliance"),
          ("v7", D(2023, 3, 31), "March steering group update for submission to Ofgem", "Regulatory Compliance")]
    for r, vals in enumerate(vh, 5):
        for c, v in enumerate(vals, 1):
            cell = rm.cell(row=r, column=c, value=v)
            cell.border = BOX
            if c == 2:
                cell.number_format = "dd/mm/yyyy"
    rm["A10"] = "Status key"
    rm["A10"].font = Font(bold=True)
    keys = [("Complete", "blue", "Closure evidence accepted by Regulatory Compliance"),
            ("Green", "green", "On track for target date"),
            ("Amber", "amber", "At risk – mitigation in place, revised date agreed at steering group"),
            ("Red", "red", "Off track – escalated to ExCo"),
            ("Not started", None, "Work not yet started")]
    for r, (k, colour, text) in enumerate(keys, 11):
        c = rm.cell(row=r, column=1, value=k)
        if colour:
            c.fill = FILL[colour]
        rm.cell(row=r, column=2, value=text)
    rm.column_dimensions["A"].width = 14
    rm.column_dimensions["B"].width = 16
    rm.column_dimensions["C"].width = 70

    ws = wb.create_sheet("Action Tracker")
    ws["A1"] = UW_TITLE
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Version 7, 31 March 2023. Ofgem findings letter dated 14 November 2022; UW response submitted 12 December 2022. Owners update by the last working day of each month."
    ws["A2"].font = Font(italic=True)
    cols = ["Area", "Ofgem finding", "Action ref", "Remediation action", "Owner",
            "Original target", "Revised target", "Status", "Update / closure evidence"]
    header_row(ws, 4, cols)
    for i, w in enumerate([24, 40, 8, 50, 26, 12, 12, 11, 46]):
        ws.column_dimensions[chr(65 + i)].width = w

    A1 = "1. Identifying customers in payment difficulty"
    A2 = "2. Affordable repayment arrangements"
    A3 = "3. Prepayment and emergency credit"
    F11 = ("Reliance on customers self-reporting financial difficulty; limited use of account data "
           "(missed payments, reduced top-ups) to identify customers proactively.")
    F12 = "Self-disconnection and self-rationing by prepayment customers is not monitored."
    F21 = ("Repayment plans are not consistently set with reference to the customer's ability to pay; "
           "limited use of income and expenditure assessments.")
    F22 = "Third-party debt collection agencies are not monitored against UW's treatment of customers standards."
    F31 = "No documented process for offering Additional Support Credit to customers who have self-disconnected or are at risk of doing so."
    F32 = "Signposting to free debt advice is not consistently offered."
    # (area, finding, ref, action, owner, orig, revised, status, update)
    data = [
        (A1, F11, "1.1a",
         "Build a payment-difficulty trigger report combining missed Direct Debits, broken arrangements and reduced prepayment top-ups, reviewed weekly by the Collections team.",
         "Head of Collections", D(2023, 3, 31), D(2023, 6, 30), "Amber",
         "Data feed from the billing platform delayed; interim manual report in use since 6 March."),
        (None, None, "1.1b",
         "Add prompts to agent scripts to ask about ability to pay on all inbound billing and debt calls.",
         "Customer Experience Manager", D(2023, 2, 28), None, "Complete",
         "Scripts live 20/02/2023; QA sampling shows prompts used on 92% of calls."),
        (None, F12, "1.2",
         "Introduce daily monitoring of smart prepayment customers off supply for more than 24 hours, with outbound contact within one working day.",
         "Prepayment Operations Lead; Vulnerability Lead", D(2023, 4, 30), None, "Green",
         "Live for SMETS2 customers (70% of smart PPM base); SMETS1 customers to follow in April."),
        (A2, F21, "2.1a",
         "Adopt the Standard Financial Statement for all repayment plans over £500 and record the assessment on the customer account.",
         "Head of Collections", D(2023, 3, 31), D(2023, 5, 31), "Amber",
         "SFS tool licensed; CRM field changes in test."),
        (None, None, "2.1b",
         "Retrain all collections agents on the ability-to-pay requirements of SLC 27 and the revised repayment policy.",
         "L&D Business Partner", D(2023, 3, 31), None, "Complete",
         "214 of 218 agents trained; remaining four on long-term leave and booked on return."),
        (None, F22, "2.2",
         "Introduce monthly call sampling of debt collection agency contacts, with findings reported to the Customer Risk Committee.",
         "Supplier Assurance Manager", D(2023, 6, 30), None, "Red",
         "Contract variation with the DCAs not yet signed; sampling cannot start until access to call recordings is agreed."),
        (A3, F31, "3.1",
         "Publish an Additional Support Credit policy and process, including eligibility criteria, limits and repayment terms.",
         "Director of Customer Operations", D(2023, 1, 31), None, "Complete",
         "Policy approved by ExCo 24/01/2023 and shared with Ofgem."),
        (None, F32, "3.2",
         "Add debt advice signposting (StepChange, Citizens Advice) to all arrears letters and to the payment difficulty page of the website.",
         "Customer Communications Manager", D(2023, 4, 30), None, "Not started",
         "Letter redesign scheduled for the April print run."),
    ]
    colour = {"Amber": "amber", "Complete": "blue", "Green": "green", "Red": "red"}
    r0 = 5
    area_start = find_start = None
    for i, (area, finding, ref, action, owner, orig, rev, status, upd) in enumerate(data):
        r = r0 + i
        if area:
            if area_start is not None and r - 1 > area_start:
                ws.merge_cells(start_row=area_start, start_column=1, end_row=r - 1, end_column=1)
            area_start = r
            ws.cell(row=r, column=1, value=area).font = Font(bold=True)
        if finding:
            if find_start is not None and r - 1 > find_start:
                ws.merge_cells(start_row=find_start, start_column=2, end_row=r - 1, end_column=2)
            find_start = r
            ws.cell(row=r, column=2, value=finding)
        for c, v in zip(range(3, 10), [ref, action, owner, orig, rev, status, upd]):
            if v is not None:
                ws.cell(row=r, column=c, value=v)
        ws.cell(row=r, column=6).number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=7).number_format = "dd/mm/yyyy"
        if status in colour:
            ws.cell(row=r, column=8).fill = FILL[colour[status]]
        box_row(ws, r, 9)
    last = r0 + len(data) - 1
    if last > area_start:
        ws.merge_cells(start_row=area_start, start_column=1, end_row=last, end_column=1)
    if last > find_start:
        ws.merge_cells(start_row=find_start, start_column=2, end_row=last, end_column=2)
    ws.cell(row=last + 2, column=1,
            value="Summary: 8 actions – Complete 3, Green 1, Amber 2, Red 1, Not started 1").font = Font(bold=True)
    ws.freeze_panes = "C5"
    wb.save(out(name))

    acts = [
        act("1.1a", [A1, F11], data[0][3], ["Head of Collections"], "2023-06", "amber"),
        act("1.1b", [A1, F11], data[1][3], ["Customer Experience Manager"], "2023-02", "blue"),
        act("1.2", [A1, F12], data[2][3], ["Prepayment Operations Lead", "Vulnerability Lead"], "2023-04", "green"),
        act("2.1a", [A2, F21], data[3][3], ["Head of Collections"], "2023-05", "amber"),
        act("2.1b", [A2, F21], data[4][3], ["L&D Business Partner"], "2023-03", "blue"),
        act("2.2", [A2, F22], data[5][3], ["Supplier Assurance Manager"], "2023-06", "red"),
        act("3.1", [A3, F31], data[6][3], ["Director of Customer Operations"], "2023-01", "blue"),
        act("3.2", [A3, F32], data[7][3], ["Customer Communications Manager"], "2023-04", "unrated"),
    ]
    write_expected(name, {
        "source": ("Imitates an energy supplier's remediation tracker answering Ofgem's 2022 Market "
                   "Compliance Review of how suppliers support customers in payment difficulty "
                   "(https://www.ofgem.gov.uk/decision/ofgem-completes-review-how-suppliers-support-customers-payment-difficulty), "
                   "as Utility Warehouse (rated 'minor issues') would keep it in 2023. Copied features: a "
                   "Read me sheet with version history and a status key (Complete/Green/Amber/Red/Not started); "
                   "an Action Tracker sheet with title and context lines, the numbered Ofgem finding area "
                   "and the finding text merged vertically over their actions, lettered action refs, two "
                   "posts in one owner cell, original and revised targets, status words with matching fill, "
                   "an update column and a summary line under the table."),
        "reads": ("A two-sheet workbook: document control and key, then eight remediation actions under "
                  "three numbered finding areas, each answering a quoted Ofgem finding. Each action has an "
                  "owner, original and sometimes revised target date and a status word; the revised date "
                  "is the due date."),
        "outcome": "read",
        "accept_refusal": False,
        "title": UW_TITLE,
        "actions": acts,
    })


# =================================================== 3. Bannau Brycheiniog xlsx
def bannau():
    name = "vh-bannau-brycheiniog-npa-nature-recovery-programme-highlight-report.xlsx"
    title = "Bannau Brycheiniog National Park Authority – Nature Recovery and Peatland Programme: Highlight Report"
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    info = [("Reporting period", "Quarter 2 2025/26 (1 July – 30 September 2025)"),
            ("Senior Responsible Owner", "Director of Nature Recovery and Climate"),
            ("Programme Manager", "Rhian Pritchard"),
            ("Report to", "Programme Board, 21 October 2025"),
            ("Overall RAG (previous / current)", "A / A")]
    for r, (k, v) in enumerate(info, 3):
        ws.cell(row=r, column=1, value=k).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
        ws.cell(row=r, column=2, value=v)
    ws["A9"] = "Summary of progress this period"
    ws["A9"].font = Font(bold=True)
    ws.merge_cells("A10:H10")
    ws["A10"] = ("Waun Fach restoration completed on time and Himalayan balsam treatment exceeded target. "
                 "Consents for the 2026 peatland sites and the Woodland Opportunity Map are behind plan; "
                 "the Board is asked to approve a revised date for W2.")
    ws["A10"].alignment = WRAP
    ws.row_dimensions[10].height = 45
    cols = ["Ref", "Milestone / action", "Lead", "Baseline date", "Forecast / actual date",
            "Previous RAG", "Current RAG", "Commentary"]
    header_row(ws, 12, cols)
    for i, w in enumerate([7, 52, 30, 11, 12, 9, 9, 52]):
        ws.column_dimensions[chr(65 + i)].width = w
    W1 = "Workstream 1 – Peatland restoration"
    W2 = "Workstream 2 – Woodland and hedgerow"
    W3 = "Workstream 3 – Invasive non-native species"
    rows = [
        ("H", W1),
        ("P1", "Complete gully blocking and reprofiling of 38 ha of eroding blanket bog at Waun Fach.",
         "Peatland Officer", D(2025, 9, 1), D(2025, 9, 1), "G", "C",
         "Works completed 19 September; contractor sign-off received."),
        ("P2", "Secure landowner and commoner consent for the 2026 restoration sites on Mynydd Llangatwg.",
         "Peatland Officer / Commons Liaison Officer", D(2025, 10, 1), D(2026, 1, 1), "G", "A",
         "Two of three commons associations have consented; graziers' meeting set for 4 November."),
        ("P3", "Install four dipwell monitoring transects and record baseline water table levels before winter.",
         "Monitoring and Evidence Officer", D(2025, 11, 1), D(2025, 11, 1), "A", "G",
         "Dipwells delivered; installation booked for w/c 3 November."),
        ("H", W2),
        ("W1", "Plant 12 km of new hedgerow with farm businesses in partnership with Farming Connect.",
         "Farm Liaison Officer", D(2026, 3, 1), D(2026, 3, 1), "G", "G",
         "7.5 km agreed with 14 farms; planting season starts in November."),
        ("W2", "Agree the Woodland Opportunity Map with Natural Resources Wales and publish it on the Authority's website.",
         "Head of Conservation; NRW Woodland Officer", D(2025, 7, 1), D(2025, 12, 1), "A", "R",
         "NRW comments received late and a second review round is needed. Revised date for Board approval."),
        ("H", W3),
        ("I1", "Treat Himalayan balsam along the Usk tributaries with volunteer work parties (target 40 km).",
         "Volunteer Coordinator", D(2025, 9, 1), D(2025, 9, 1), "G", "C",
         "44 km treated in 31 work parties (412 volunteer days)."),
        ("I2", "Maintain rhododendron control on the Authority's estate at Craig-y-nos Country Park.",
         "Estates Manager", "Ongoing", "Ongoing", "G", "G",
         "Follow-up treatment of regrowth complete for 2025."),
    ]
    ragfill = {"G": "green", "A": "amber", "R": "red", "C": "blue"}
    r = 13
    for row in rows:
        if row[0] == "H":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            c = ws.cell(row=r, column=1, value=row[1])
            c.font = Font(bold=True)
            c.fill = FILL["teal"]
            r += 1
            continue
        for i, v in enumerate(row, 1):
            ws.cell(row=r, column=i, value=v)
        for col in (4, 5):
            ws.cell(row=r, column=col).number_format = "mmm-yy"
        for col in (6, 7):
            ws.cell(row=r, column=col).fill = FILL[ragfill[row[col - 1]]]
            ws.cell(row=r, column=col).alignment = Alignment(horizontal="center", vertical="top")
        box_row(ws, r, 8)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value=("RAG key: G – on track; A – at risk but recoverable within programme "
                                     "tolerance; R – outside tolerance, Board decision required; C – complete"))
    ws.cell(row=r + 1, column=1, value="Decisions required from the Board: approve the revised date for W2 (December 2025).")
    ws.cell(row=r + 1, column=1).font = Font(bold=True)

    fin = wb.create_sheet("Finance")
    fin["A1"] = "Programme finance 2025/26 (£)"
    fin["A1"].font = Font(bold=True)
    header_row(fin, 3, ["Budget line", "Budget 2025/26", "Spend to 30/09/2025", "Forecast outturn", "Variance"])
    lines = [("Peatland restoration (NPAP grant)", 412000, 268450, 405000),
             ("Woodland and hedgerow", 96000, 21300, 91500),
             ("Invasive species", 38500, 24120, 38500),
             ("Programme staff", 142000, 70400, 142000)]
    for i, (k, b, s, f) in enumerate(lines, 4):
        for c, v in enumerate([k, b, s, f, b - f], 1):
            cell = fin.cell(row=i, column=c, value=v)
            cell.border = BOX
            if c > 1:
                cell.number_format = "#,##0"
    tr = 4 + len(lines)
    fin.cell(row=tr, column=1, value="Total").font = Font(bold=True)
    for c in range(2, 6):
        col = chr(64 + c)
        fin.cell(row=tr, column=c, value=f"=SUM({col}4:{col}{tr - 1})").number_format = "#,##0"
    fin.column_dimensions["A"].width = 36
    wb.save(out(name))

    L = {row[0]: row for row in rows if row[0] != "H"}
    acts = [
        act("P1", [W1], L["P1"][1], ["Peatland Officer"], "2025-09", "blue"),
        act("P2", [W1], L["P2"][1], ["Peatland Officer", "Commons Liaison Officer"], "2026-01", "amber"),
        act("P3", [W1], L["P3"][1], ["Monitoring and Evidence Officer"], "2025-11", "green"),
        act("W1", [W2], L["W1"][1], ["Farm Liaison Officer"], "2026-03", "green"),
        act("W2", [W2], L["W2"][1], ["Head of Conservation", "NRW Woodland Officer"], "2025-12", "red"),
        act("I1", [W3], L["I1"][1], ["Volunteer Coordinator"], "2025-09", "blue"),
        act("I2", [W3], L["I2"][1], ["Estates Manager"], None, "green", end_text="Ongoing"),
    ]
    write_expected(name, {
        "source": ("Imitates a quarterly programme highlight report a Welsh national park authority "
                   "(Bannau Brycheiniog NPA, 2025/26) would put to its programme board, after the "
                   "programme/board highlight-report pattern (header block of period, SRO, manager, overall "
                   "RAG; summary paragraph; milestone table with baseline and forecast dates and previous and "
                   "current RAG) and national-park outcome tables with dated RAG columns (e.g. Cairngorms NPA "
                   "Park Plan outcome annex). Copied features: key-value header block with merged cells, "
                   "merged summary paragraph, workstream band rows, dates formatted mmm-yy, letter RAGs with "
                   "fill, a key where C means complete, a decisions line, and a second Finance sheet."),
        "reads": ("A one-page highlight report: header details and a summary, then seven milestones under "
                  "three workstream bands, each with a lead, baseline and forecast dates and previous and "
                  "current RAG letters (C = complete per the key). The forecast date is the due date and the "
                  "current RAG is the status; the Finance sheet holds no actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": acts,
    })


# ============================================================== docx helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)


DOCX_RAG = {"Green": "00B050", "Amber": "FFC000", "Red": "FF0000", "Complete": "00B0F0"}


# ================================================================ 4. IWM docx
def iwm():
    name = "vh-imperial-war-museums-duxford-air-show-lessons-learned-action-plan.docx"
    title = "IWM Duxford Battle of Britain Air Show 2024 – Lessons Learned Action Plan"
    doc = Document()
    doc.add_heading(title, level=0)
    p = doc.add_paragraph("Imperial War Museums  |  IWM Duxford Operations")
    p.runs[0].italic = True
    ctl = doc.add_table(rows=0, cols=2)
    ctl.style = "Table Grid"
    for k, v in [("Document owner", "Head of Visitor Operations, IWM Duxford"),
                 ("Version", "1.6 – progress update"),
                 ("Date", "12 May 2025"),
                 ("Approved by", "IWM Executive Board, 11 December 2024 (v1.0)"),
                 ("Monitoring", "Monthly at the Duxford Events Safety Advisory Group until all actions close")]:
        cells = ctl.add_row().cells
        set_cell(cells[0], k, bold=True)
        shade(cells[0], "D9D9D9")
        set_cell(cells[1], v)
    doc.add_heading("Background", level=1)
    doc.add_paragraph(
        "The Battle of Britain Air Show on 7 and 8 September 2024 welcomed 38,600 visitors. A structured "
        "debrief with staff, contractors, Cambridgeshire Constabulary, National Highways and the Safety "
        "Advisory Group identified six lessons across three themes. Each lesson is shown with the actions "
        "agreed in response; where a lesson needs more than one action the actions are numbered separately.")
    doc.add_paragraph(
        "RAG status: Green – on track; Amber – at risk of missing the target date; Red – target date missed; "
        "Complete – action closed and evidence held.")

    T1 = "1. Arrival, traffic and car parking"
    T2 = "2. Crowd management and welfare"
    T3 = "3. Communications"
    L1 = ("Traffic queues on the A505 and at M11 junction 10 reached 90 minutes on the Saturday morning "
          "because the eastern car park gate opened late and the traffic management plan assumed an even "
          "arrival profile.")
    L2 = "Pre-booked parking was oversold on the Sunday because the ticketing system did not cap parking add-ons."
    L3 = ("Queues for water refill points exceeded 30 minutes in the afternoon heat and there were 14 "
          "heat-related first-aid presentations.")
    L4 = "The public address system could not be heard in the flightline enclosure east of Hangar 4."
    L5 = "Lost-child reunification relied on a radio channel that was congested during the flying display."
    L6 = ("Visitors were not told about traffic delays until they were already queuing; social media posts "
          "lagged events on the ground by up to an hour.")
    sections = [
        (T1, [
            ("1.1", L1, "Revise the traffic management plan with National Highways and Cambridgeshire County Council, using the 2024 ANPR arrival data.",
             "Head of Visitor Operations", "28 February 2025", "Revised plan agreed at SAG 19 February 2025.", "Complete"),
            ("1.2", None, "Open all car park gates 90 minutes before site opening and staff them from the Event Control Room.",
             "Events Manager", "May 2025", "Built into the 2025 event management plan; first used at the Spring Air Show.", "Complete"),
            ("1.3", L2, "Configure a hard cap on parking add-ons in the ticketing platform and test it before 2025 sales open.",
             "Digital Product Manager / Ticketing Manager", "31/01/2025", "Cap tested 14 January 2025; sales opened 20 January.", "Complete"),
        ]),
        (T2, [
            ("2.1", L3, "Increase water refill points from six to twelve and add two shaded welfare areas on the airfield.",
             "Site Services Manager", "June 2025", "Six additional points ordered; delivery confirmed for 2 June, close to the first summer show.", "Amber"),
            ("2.2", L4, "Commission an acoustic survey and extend PA coverage to the east flightline.",
             "Head of Estates", "By 30 April 2025", "Survey complete; installation contractor not yet appointed.", "Red"),
            ("2.3", L5, "Set up a dedicated welfare radio channel and a written reunification procedure, exercised at each pre-show briefing.",
             "Head of Security, Safety and Resilience", "May 2025", "Channel licensed; procedure in draft for exercise on 20 May.", "Green"),
        ]),
        (T3, [
            ("3.1", L6, "Agree a live-incident messaging protocol between Event Control and the Digital team, with pre-approved holding messages.",
             "Head of Digital Marketing; Event Control Manager", "31 March 2025", "Protocol signed off 24 March 2025.", "Complete"),
            ("3.2", None, "Send a pre-arrival email to all ticket holders 48 hours before each show with recommended arrival times by car park.",
             "CRM Manager", "June 2025", "Template built; first send before the Summer Air Show.", "Green"),
        ]),
    ]
    hdr = ["Ref", "Lesson identified", "Action", "Owner", "Target date", "Progress (May 2025)", "RAG"]
    for heading, rows in sections:
        doc.add_heading(heading, level=1)
        tbl = doc.add_table(rows=1, cols=len(hdr))
        tbl.style = "Table Grid"
        for i, h in enumerate(hdr):
            set_cell(tbl.rows[0].cells[i], h, bold=True)
            shade(tbl.rows[0].cells[i], "BDD7EE")
        start = None
        for ref, lesson, action, owner, date, prog, rag in rows:
            cells = tbl.add_row().cells
            idx = len(tbl.rows) - 1
            if lesson is not None:
                start = idx
                set_cell(cells[1], lesson)
            else:
                top = tbl.cell(start, 1)
                merged = top.merge(tbl.cell(idx, 1))
                set_cell(merged, top.text if top.text else "")
            set_cell(cells[0], ref)
            set_cell(cells[2], action)
            set_cell(cells[3], owner)
            set_cell(cells[4], date)
            set_cell(cells[5], prog)
            set_cell(cells[6], rag)
            shade(cells[6], DOCX_RAG[rag])
    doc.add_heading("Sign-off", level=1)
    so = doc.add_table(rows=1, cols=3)
    so.style = "Table Grid"
    for i, h in enumerate(["Role", "Name", "Date"]):
        set_cell(so.rows[0].cells[i], h, bold=True)
    for vals in [("Director, IWM Duxford", "Esther Blackwood", "11/12/2024"),
                 ("Director of Operations, IWM", "Marcus Oyelaran", "11/12/2024")]:
        cells = so.add_row().cells
        for i, v in enumerate(vals):
            set_cell(cells[i], v)
    doc.save(out(name))

    acts = []
    ends = {"1.1": "2025-02", "1.2": "2025-05", "1.3": "2025-01", "2.1": "2025-06", "2.2": "2025-04",
            "2.3": "2025-05", "3.1": "2025-03", "3.2": "2025-06"}
    status = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    leads = {"1.1": ["Head of Visitor Operations"], "1.2": ["Events Manager"],
             "1.3": ["Digital Product Manager", "Ticketing Manager"], "2.1": ["Site Services Manager"],
             "2.2": ["Head of Estates"], "2.3": ["Head of Security, Safety and Resilience"],
             "3.1": ["Head of Digital Marketing", "Event Control Manager"], "3.2": ["CRM Manager"]}
    for heading, rows in sections:
        lesson_cur = None
        for ref, lesson, action, owner, date, prog, rag in rows:
            if lesson is not None:
                lesson_cur = lesson
            acts.append(act(ref, [heading, lesson_cur], action, leads[ref], ends[ref], status[rag]))
    write_expected(name, {
        "source": ("Imitates a post-event lessons-learned action plan an arm's-length body (Imperial War "
                   "Museums, a DCMS non-departmental public body) would take to its Executive Board after an "
                   "IWM Duxford air show (2024-25), following the post-event debrief pattern (lessons "
                   "identified per theme: traffic, crowd management, communications). Copied features: Title "
                   "heading, a document-control table, background and RAG-key paragraphs, one Word table per "
                   "numbered theme heading with the lesson identified merged vertically over its actions, job "
                   "titles as owners (two in one cell with '/' or ';'), target dates written several ways "
                   "('28 February 2025', 'May 2025', '31/01/2025', 'By 30 April 2025'), a progress column, "
                   "RAG words with shading, and a sign-off table."),
        "reads": ("A lessons-learned action plan: a control table, background, then three themed tables of "
                  "eight numbered actions, each answering the lesson shown beside it, with owner, target date, "
                  "May 2025 progress and RAG (Complete = done). The sign-off and control tables hold no actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": acts,
    })


# ============================================================ 5. Hospice docx (refuse)
def hospice():
    name = "vh-birmingham-st-marys-hospice-cqc-inspection-action-plan-typo-month-refuse.docx"
    title = "Birmingham St Mary's Hospice – CQC Inspection Action Plan"
    doc = Document()
    h = doc.add_paragraph()
    r = h.add_run(title)
    r.bold = True
    r.font.size = Pt(16)
    r.font.color.rgb = RGBColor(0x5B, 0x2C, 0x6F)
    for line in ["Location inspected: Inpatient Unit, Raddlebarn Road, Selly Park, Birmingham",
                 "Inspection dates: 14 and 15 May 2024. Report published: 2 August 2024. Overall rating: Requires improvement",
                 "Plan owner: Director of Clinical Services. Monitored by: Quality and Safety Committee (bi-monthly)"]:
        doc.add_paragraph(line)
    hdr = ["Ref", "Requirement (CQC report)", "Action", "Lead", "Completion date", "Progress", "RAG"]
    tbl = doc.add_table(rows=1, cols=len(hdr))
    tbl.style = "Table Grid"
    for i, hname in enumerate(hdr):
        set_cell(tbl.rows[0].cells[i], hname, bold=True)
        shade(tbl.rows[0].cells[i], "D9C3E6")
    R12 = ("The provider must ensure that controlled drugs are stored, recorded and destroyed in line with "
           "legislation and national guidance.")
    R17a = "The provider must ensure that audit findings are acted on and that actions are tracked to completion."
    R17b = ("The provider must ensure that the risk register reflects current clinical risks and that "
            "mitigations are reviewed.")
    rows = [
        ("H", "MUST DO – Regulation 12: Safe care and treatment"),
        ("M1", R12, "Replace the ward controlled drugs register with a bound register and introduce witnessed destruction using denaturing kits.",
         "Lead Pharmacist", "June 2024", "Bound registers in use from 3 June 2024.", "Complete"),
        ("M2", None, "Carry out a monthly controlled drugs audit and report the results to the Medicines Management Group.",
         "Ward Manager / Lead Pharmacist", "July 2024", "Audits completed June–September; 100% compliance in September.", "Green"),
        ("H", "MUST DO – Regulation 17: Good governance"),
        ("M3", R17a, "Introduce a quality audit action log reviewed at every Quality and Safety Committee meeting.",
         "Head of Quality and Governance", "August 2024", "Log in place; first review at the August committee.", "Green"),
        ("M4", R17b, "Review all clinical risks with ward and community leads and re-present the clinical risk register to the Board.",
         "Director of Clinical Services", "Septmber 2024", "Review workshops held 2 and 9 September.", "Amber"),
        ("H", "SHOULD DO"),
        ("S1", "The provider should ensure that mandatory training compliance for bank staff meets the hospice target of 90%.",
         "Add bank staff to the monthly training compliance report and restrict shifts for staff more than 60 days out of date.",
         "Education Lead", "October 2024", "Compliance 78% (August), 84% (September).", "Amber"),
        ("S2", "The provider should ensure that pain assessment tools are used consistently for patients who cannot verbalise pain.",
         "Roll out the Abbey Pain Scale on the inpatient unit with bedside teaching for all registered nurses.",
         "Clinical Nurse Specialist", "November 2024", "", "Green"),
        ("S3", "The provider should review the arrangements for out-of-hours access to the Hospice at Home service.",
         "Agree an out-of-hours referral route with the GP out-of-hours provider and publish it to referrers.",
         "Hospice at Home Manager", "December 2024", "", ""),
    ]
    start = None
    for row in rows:
        if row[0] == "H":
            cells = tbl.add_row().cells
            merged = cells[0].merge(cells[-1])
            set_cell(merged, row[1], bold=True)
            shade(merged, "EFE4F5")
            start = None
            continue
        ref, req, action, lead, date, prog, rag = row
        cells = tbl.add_row().cells
        idx = len(tbl.rows) - 1
        if req is not None:
            start = idx
            set_cell(cells[1], req)
        else:
            top = tbl.cell(start, 1)
            text = top.text
            merged = top.merge(tbl.cell(idx, 1))
            set_cell(merged, text)
        set_cell(cells[0], ref)
        set_cell(cells[2], action)
        set_cell(cells[3], lead)
        set_cell(cells[4], date)
        set_cell(cells[5], prog)
        set_cell(cells[6], rag)
        if rag:
            shade(cells[6], DOCX_RAG[rag])
    doc.add_paragraph("")
    doc.add_paragraph("Evidence for each completed action is held in the CQC evidence folder on the Quality SharePoint site.")
    doc.save(out(name))

    write_expected(name, {
        "source": ("Imitates the action plan an independent hospice (Birmingham St Mary's Hospice, 2024) "
                   "returns to CQC after an inspection with breaches of Regulations 12 and 17, in the CQC "
                   "must-do/should-do format (requirement, action, lead, completion date, progress, RAG). "
                   "Copied features: a coloured title line and inspection details, one table with merged "
                   "full-width MUST DO (by regulation) and SHOULD DO band rows, the requirement merged over "
                   "two actions, month-name completion dates, shaded RAG words and a closing evidence note."),
        "reads": ("A CQC action plan with seven must-do and should-do actions in one table. The completion "
                  "date of M4 is written 'Septmber 2024', a mistyped month; counting the table's header row as "
                  "row 1 it is on row 7, and a careful reader would stop and ask rather than guess the month."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": 7,
        "title": title,
    })


# ================================================================ 6. Ringwood csv
def ringwood():
    name = "vh-ringwood-town-council-internal-audit-action-plan-2024-25.csv"
    title = "Ringwood Town Council – Internal Audit Report 2024/25: Action Plan"

    def q(s):
        if any(ch in s for ch in ',"\n'):
            return '"' + s.replace('"', '""') + '"'
        return s

    def line(*cells, width=7):
        cells = list(cells) + [""] * (width - len(cells))
        return ",".join(q(c) for c in cells)

    REC_BANK = ("The Council should ensure that bank reconciliations are signed each month by a member "
                "independent of the RFO, not only at year end.")
    REC_PAY = ("Payroll changes (new starters, pay awards, leavers) should be authorised in writing by the "
               "Town Clerk before they are processed by the payroll bureau.")
    REC_ASSET = ("The asset register should be reconciled with the insurance schedule and updated for the "
                 "Bickerley play equipment and the new Gateway CCTV cameras.")
    REC_RISK = ("The financial risk assessment was last reviewed in 2022 and should be reviewed and formally "
                "adopted by Council each year.")
    REC_RES = ("The Council should adopt a reserves policy setting out the purpose and target level of "
               "general and earmarked reserves.")
    REC_WEB = ("Not all documents required by the Transparency Code are published, and the 2023/24 notice "
               "of public rights was removed before the end of the inspection period.")
    rows = [
        ("1", "Bank reconciliation", REC_BANK,
         "Chair of Policy & Finance to sign the monthly bank reconciliation at each committee meeting; signed copies held with the cash book.",
         "RFO", "Jul-25", "Complete"),
        ("2", "Payroll", REC_PAY,
         "Introduce a payroll change form signed by the Town Clerk and countersigned by the Chair of Staffing Committee.",
         "Deputy Town Clerk", "30/09/2025", "Complete"),
        ("3a", "Asset register", REC_ASSET,
         "Update the fixed asset register for 2024/25 additions and disposals.",
         "RFO", "31/07/2025", "Complete"),
        ("3b", "", "",
         "Reconcile the asset register to the insurance schedule at each renewal (next renewal 1 October 2025) and report to committee.",
         "RFO / Town Clerk", "Oct-25", "On track"),
        ("4", "Risk management", REC_RISK,
         "Full review of the risk register by Policy & Finance Committee, then adoption by Full Council.",
         "Town Clerk", "November 2025", "On track"),
        ("5", "Reserves", REC_RES,
         "Draft reserves policy to be considered alongside the 2026/27 budget.\nEarmarked reserves to be reviewed line by line with committee chairs.",
         "RFO", "January 2026", "Not started"),
        ("6", "Transparency", REC_WEB,
         "Publish a transparency page with the AGAR, statutory notices and payments over £500, checked quarterly by the Deputy Town Clerk.",
         "Deputy Town Clerk", "Ongoing", "On track"),
    ]
    lines = [
        line(title),
        line("Internal auditor: Auditing Solutions Ltd – interim visit 11/12/2024, final visit 06/05/2025"),
        line("Reported to Policy & Finance Committee 16 June 2025; progress update for 15 September 2025"),
        line(),
        line("Ref", "Area", "Auditor's recommendation", "Council response / agreed action",
             "Officer responsible", "Target date", "Status"),
    ]
    for r in rows:
        lines.append(line(*r))
    lines += [
        line(),
        line("Position at 15 September 2025: 3 complete, 3 on track, 1 not started"),
        line("RFO = Responsible Financial Officer"),
    ]
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    acts = [
        act("1", ["Bank reconciliation", REC_BANK], rows[0][3], ["RFO"], "2025-07", "blue"),
        act("2", ["Payroll", REC_PAY], rows[1][3], ["Deputy Town Clerk"], "2025-09", "blue"),
        act("3a", ["Asset register", REC_ASSET], rows[2][3], ["RFO"], "2025-07", "blue"),
        act("3b", ["Asset register", REC_ASSET], rows[3][3], ["RFO", "Town Clerk"], "2025-10", "green"),
        act("4", ["Risk management", REC_RISK], rows[4][3], ["Town Clerk"], "2025-11", "green"),
        act("5", ["Reserves", REC_RES], rows[5][3], ["RFO"], "2026-01", "unrated"),
        act("6", ["Transparency", REC_WEB], rows[6][3], ["Deputy Town Clerk"], None, "green", end_text="Ongoing"),
    ]
    write_expected(name, {
        "source": ("Imitates the internal audit action plan a town council (Ringwood Town Council, 2024/25 "
                   "AGAR year) takes to its Policy & Finance Committee, listing the internal auditor's "
                   "recommendations by area with the council's response, officer and target date, exported "
                   "from a spreadsheet to CSV. Copied features: title and context lines padded with empty "
                   "columns, area and auditor's recommendation beside the agreed action, a recommendation "
                   "answered by two lettered actions with the area and recommendation cells left blank on the "
                   "second, RFO and Town Clerk as officers, mixed date forms (Jul-25, 30/09/2025, November "
                   "2025, Ongoing), a quoted cell with an inner line break, a position line and an "
                   "abbreviation note under the table."),
        "reads": ("A CSV action plan: three title lines, a header, then seven agreed actions answering six "
                  "internal audit recommendations, each with area, officer, target date and status "
                  "(Complete, On track, Not started). Action 3b continues recommendation 3 (its area and "
                  "recommendation cells are blank); the last two lines are a status count and a note."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": acts,
    })


# ======================================================= 7. Hull and East Yorkshire CA txt
def hey_ca():
    name = "vh-hull-and-east-yorkshire-ca-board-action-log.txt"
    title = "Hull and East Yorkshire Combined Authority – Combined Authority Board Action Log"
    OPEN = "Open actions"
    DONE = "Actions completed since the last meeting"
    hdr = ["No.", "Meeting", "Minute", "Action", "Lead officer(s)", "Due", "Revised due", "RAG", "Update"]
    open_rows = [
        ("CAB/25/031", "25/09/2025", "38/25",
         "Bring a report on options for the Hull–Beverley bus priority corridor, including costs and delivery timescales, to a future Board.",
         "Director of Transport", "27/11/2025", "29/01/2026", "A",
         "Feasibility study received late from consultants; report scheduled for the 29 January Board."),
        ("CAB/25/036", "25/09/2025", "41/25",
         "Circulate the draft Adult Skills Fund commissioning plan to Board members for comment before submission to DfE.",
         "Head of Skills and Employment", "31/10/2025", "", "R",
         "Held pending the DfE allocation letter; now overdue."),
        ("CAB/25/040", "27/11/2025", "52/25",
         "Arrange a Board development session on the Local Growth Plan with the Mayor and constituent council leaders.",
         "Chief Executive; Director of Strategy and Policy", "March 2026", "", "G",
         "Date being agreed with the Mayor's office."),
        ("CAB/26/002", "15/01/2026", "04/26",
         "Report progress on the Investment Zone pipeline, including jobs created, to the Audit and Governance Committee.",
         "Director of Finance and Resources (S73 Officer)", "Quarterly", "", "G",
         "First report to Audit and Governance Committee on 12 March 2026."),
        ("CAB/26/005", "15/01/2026", "07/26",
         "Write to the Department for Transport on behalf of the Board seeking confirmation of the 2026/27 Transport for City Regions funding profile.",
         "Head of Mayor's Office / Director of Transport", "Feb-26", "", "G",
         "Draft letter with the Mayor for signature."),
    ]
    done_rows = [
        ("CAB/25/028", "25/09/2025", "35/25",
         "Confirm the membership and terms of reference of the Audit and Governance Committee, including the appointment of the independent chair.",
         "Monitoring Officer", "27/11/2025", "", "B",
         "Approved by the Board on 27 November 2025 (minute 49/25)."),
        ("CAB/25/043", "27/11/2025", "55/25",
         "Publish a summary of the Investment Zone prospectus on the Combined Authority website.",
         "Head of Communications", "31/12/2025", "", "B", "Published 18 December 2025."),
        ("CAB/25/045", "27/11/2025", "57/25",
         "Provide Board members with a breakdown of 2025/26 Mayoral Capacity Fund spend by workstream.",
         "S. Akhtar / P. Hewitt", "15/01/2026", "", "B", "Circulated by email on 9 January 2026."),
    ]
    lines = [title,
             "Updated following the Board meeting of 15 January 2026",
             "RAG: B = complete; G = on track; A = at risk or date moved; R = overdue",
             "",
             "\t".join(hdr),
             OPEN]
    lines += ["\t".join(r) for r in open_rows]
    lines.append(DONE)
    lines += ["\t".join(r) for r in done_rows]
    lines += ["", "Total actions on log: 8 (5 open, 3 completed since the last meeting)"]
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")

    acts = [
        act("CAB/25/031", [OPEN], open_rows[0][3], ["Director of Transport"], "2026-01", "amber"),
        act("CAB/25/036", [OPEN], open_rows[1][3], ["Head of Skills and Employment"], "2025-10", "red"),
        act("CAB/25/040", [OPEN], open_rows[2][3], ["Chief Executive", "Director of Strategy and Policy"], "2026-03", "green"),
        act("CAB/26/002", [OPEN], open_rows[3][3], ["Director of Finance and Resources (S73 Officer)"], None, "green", end_text="Quarterly"),
        act("CAB/26/005", [OPEN], open_rows[4][3], ["Head of Mayor's Office", "Director of Transport"], "2026-02", "green"),
        act("CAB/25/028", [DONE], done_rows[0][3], ["Monitoring Officer"], "2025-11", "blue"),
        act("CAB/25/043", [DONE], done_rows[1][3], ["Head of Communications"], "2025-12", "blue"),
        act("CAB/25/045", [DONE], done_rows[2][3], ["S. Akhtar", "P. Hewitt"], "2026-01", "blue"),
    ]
    write_expected(name, {
        "source": ("Imitates the rolling action log a mayoral combined authority (Hull and East Yorkshire CA, "
                   "2025-26) attaches to its Board agenda, exported as tab-separated text. Copied features: "
                   "title line, 'updated following' line and a one-line RAG key (B/G/A/R) above the table; "
                   "columns for action number, meeting date, minute reference, action, lead officer(s), due "
                   "and revised due dates, RAG letter and update; the log split by section lines into open "
                   "actions and actions completed since the last meeting; a totals line at the foot."),
        "reads": ("A board action log of eight actions in two sections, open and completed since the last "
                  "meeting. Each has a CAB/yy/nnn number, lead officer(s) (job titles or initials-and-surname "
                  "pairs), a due date and sometimes a revised due date, and a RAG letter where B means "
                  "complete."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": acts,
    })


if __name__ == "__main__":
    battersea()
    utility_warehouse()
    bannau()
    iwm()
    hospice()
    ringwood()
    hey_ca()
    print("done")
