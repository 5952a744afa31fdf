"""Build the seven zvf- blind test files for set heldout644.

Run with /work/main/.venv/bin/python zvf_make.py (writes beside this script).
"""
import csv
import os
from datetime import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE, GREY = "FF0000", "FFC000", "00B050", "0070C0", "D9D9D9"
FILL = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def d(s):
    return datetime.strptime(s, "%d/%m/%Y")


# ---------------------------------------------------------------------------
# 1. Norfolk and Suffolk CCA - internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def make_nscca():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = "Norfolk and Suffolk Combined County Authority – Internal Audit Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit and Governance Committee, 26 January 2026"
    ws["A3"] = "Progress summary – position at 31 December 2025"
    ws["A3"].font = Font(italic=True)
    hdr = ["Priority", "Total agreed", "Implemented (B)", "On track (G)", "At risk (A)",
           "Overdue (R)", "Not started"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
        cell.border = BOX
    rows = [["High", 3, 1, 1, 1, 0, 0], ["Medium", 3, 1, 1, 0, 1, 0],
            ["Low", 2, 1, 0, 0, 0, 1], ["Total", 8, 3, 2, 1, 1, 1]]
    for r, vals in enumerate(rows, 6):
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BOX
            if vals[0] == "Total":
                cell.font = Font(bold=True)
    ws["A11"] = ("Source: internal audit reports issued by Eastern Internal Audit Services, "
                 "2024/25 and 2025/26. Detail of each recommendation is at Appendix A (Tracker tab).")
    ws.column_dimensions["A"].width = 14
    for col in "BCDEFG":
        ws.column_dimensions[col].width = 16

    t = wb.create_sheet("Tracker")
    t["A1"] = "Appendix A – Outstanding and recently implemented recommendations"
    t["A1"].font = Font(bold=True, size=12)
    t.merge_cells("A1:I1")
    t["A2"] = ("Position as at 31 December 2025. Recommendations rated B will be removed from the "
               "next report once verified by Internal Audit.")
    t.merge_cells("A2:I2")
    t["A3"] = ("RAG key:  B = implemented   G = on track for due date   "
               "A = at risk of missing due date   R = overdue")
    t.merge_cells("A3:I3")
    heads = ["Ref", "Priority", "Recommendation", "Agreed management action",
             "Responsible officer", "Original due date", "Revised due date", "RAG",
             "Progress update (December 2025)"]
    for c, h in enumerate(heads, 1):
        cell = t.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
        cell.alignment = WRAP
        cell.border = BOX

    # ("group", text) or (ref, prio, rec, action, lead, orig, revised, rag, update)
    # rec None => merged with the row above
    data = [
        ("group", "2024/25 – Governance and Decision Making (Reasonable assurance)"),
        ("GDM-01", "Medium",
         "The Authority should maintain a single forward plan of key decisions and publish it at "
         "least 28 clear days before each decision is taken.",
         "Forward Plan template agreed with Democratic Services; all key decisions to be logged "
         "through the Modern.Gov forward plan module.",
         "Monitoring Officer", "31/07/2025", "31/10/2025", "B",
         "Forward Plan module went live 1 October 2025; first plan published 3 October."),
        ("GDM-02", "Low",
         "Registers of interests for co-opted and independent members should be refreshed annually.",
         "Annual declaration exercise to be issued to all voting and non-voting members each May, "
         "with nil returns followed up by Democratic Services.",
         "Democratic Services Manager", "31/05/2025", None, "B",
         "Declarations received from all 14 members; register published on website."),
        ("group", "2025/26 – Key Financial Controls: Creditors (Limited assurance)"),
        ("KFC-01a", "High",
         "Supplier bank detail changes should be independently verified before they are processed.",
         "Introduce call-back verification to a known contact number for every bank detail change "
         "request, evidenced on the supplier file.",
         "Head of Finance", "30/09/2025", "31/01/2026", "A",
         "Call-back process in place for new requests; retrospective check of 2025 changes 60% complete."),
        ("KFC-01b", "High", None,
         "Monthly exception report of bank detail changes to be reviewed and signed off by the "
         "S73 Officer.",
         "Director of Finance and Resources (S73 Officer)", "31/03/2026", None, "G",
         "First two monthly exception reports reviewed (November and December 2025)."),
        ("KFC-02", "Medium",
         "Purchase orders should be raised before goods or services are ordered.",
         "Issue a 'No PO, No Pay' instruction to all budget holders and report retrospective "
         "orders to CMT quarterly.",
         "Head of Finance / Procurement Lead", "31/12/2025", None, "R",
         "Instruction drafted but not yet issued; will go to CMT on 13 January 2026."),
        ("group", "2025/26 – Cyber Security and Information Governance (Reasonable assurance)"),
        ("CYB-01", "High",
         "Privileged accounts should be protected by multi-factor authentication.",
         "Enforce MFA on all administrator accounts through conditional access policies in "
         "Microsoft Entra ID.",
         "ICT Service Manager", "30/11/2025", None, "B",
         "Conditional access policy applied 18 November 2025."),
        ("CYB-02", "Medium",
         "The Information Asset Register should be completed for all functions transferred from "
         "the constituent councils.",
         "Complete the Information Asset Register for transport, skills and economic development "
         "functions, naming an Information Asset Owner for each asset.",
         "Information Governance Lead", "31/03/2026", None, "G",
         "Transport and skills complete; economic development assets being confirmed."),
        ("CYB-03", "Low",
         "All staff should complete cyber security awareness training each year.",
         "Add mandatory cyber e-learning to induction and an annual refresher, with completion "
         "rates reported to SLT.",
         "Head of HR and OD", "30/06/2026", None, "Not started", None),
    ]
    r = 6
    for item in data:
        if item[0] == "group":
            t.cell(row=r, column=1, value=item[1]).font = Font(bold=True)
            for c in range(1, 10):
                t.cell(row=r, column=c).fill = fill(GREY)
            t.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            continue
        ref, prio, rec, action, lead, orig, rev, rag, upd = item
        t.cell(row=r, column=1, value=ref)
        t.cell(row=r, column=2, value=prio)
        if rec is not None:
            t.cell(row=r, column=3, value=rec)
        else:
            t.merge_cells(start_row=r - 1, start_column=3, end_row=r, end_column=3)
        t.cell(row=r, column=4, value=action)
        t.cell(row=r, column=5, value=lead)
        c6 = t.cell(row=r, column=6, value=d(orig))
        c6.number_format = "dd/mm/yyyy"
        if rev:
            c7 = t.cell(row=r, column=7, value=d(rev))
            c7.number_format = "dd/mm/yyyy"
        rc = t.cell(row=r, column=8, value=rag)
        if rag in FILL:
            rc.fill = fill(FILL[rag])
            rc.font = Font(bold=True, color="FFFFFF" if rag in "RB" else "000000")
        rc.alignment = Alignment(horizontal="center", vertical="top")
        if upd:
            t.cell(row=r, column=9, value=upd)
        for c in range(1, 10):
            t.cell(row=r, column=c).border = BOX
            if c != 8:
                t.cell(row=r, column=c).alignment = WRAP
        r += 1
    r += 1
    t.cell(row=r, column=1, value="Total recommendations on tracker: 8 (3 implemented, 5 open)").font = Font(italic=True)
    widths = {"A": 10, "B": 10, "C": 42, "D": 48, "E": 26, "F": 13, "G": 13, "H": 12, "I": 44}
    for k, v in widths.items():
        t.column_dimensions[k].width = v
    t.freeze_panes = "A6"
    wb.save(os.path.join(HERE, "zvf-norfolk-and-suffolk-cca-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 2. Gambling Commission - programme highlight report (xlsx)
# ---------------------------------------------------------------------------
def make_gc():
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight report"
    ws["A1"] = "Gambling Act Review Implementation Programme – Highlight Report"
    ws["A1"].font = Font(bold=True, size=14, color="FFFFFF")
    for c in range(1, 9):
        ws.cell(row=1, column=c).fill = fill("3B0A45")
    ws.merge_cells("A1:H1")
    ws["A2"] = "Gambling Commission  |  Reporting period: October 2025  |  Programme Board: 12 November 2025"
    ws.merge_cells("A2:H2")
    meta = [("Senior Responsible Owner", "Executive Director, Policy and Research"),
            ("Programme Manager", "Head of Programme Delivery"),
            ("Overall RAG – previous", None), ("Overall RAG – current", None)]
    for i, (k, v) in enumerate(meta, 4):
        ws.cell(row=i, column=1, value=k).font = Font(bold=True)
        if v:
            ws.cell(row=i, column=2, value=v)
        else:
            ws.cell(row=i, column=2).fill = fill(AMBER)
        ws.cell(row=i, column=1).border = BOX
        ws.cell(row=i, column=2).border = BOX
    ws["A9"] = "Summary"
    ws["A9"].font = Font(bold=True)
    ws["B9"] = ("Three milestones completed to date in 2025. The post-implementation review of game "
                "design changes has moved to red following delays in operator data returns; a recovery "
                "plan will come to the December Board.")
    ws["B9"].alignment = WRAP
    ws.merge_cells("B9:H9")
    ws.row_dimensions[9].height = 45

    heads = ["Ref", "Milestone / deliverable", "Lead", "Baseline date", "Forecast date",
             "Previous RAG", "Current RAG", "Commentary"]
    hr = 11
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=hr, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("3B0A45")
        cell.alignment = WRAP
        cell.border = BOX

    data = [
        ("ws", "WS1 – Financial risk and affordability"),
        ("1.1", "Complete large-scale pilot of frictionless financial risk checks with credit "
                "reference agencies", "Head of Safer Gambling Policy", "31/03/2025", "30/06/2025",
         "G", "B", "Pilot closed 30 June 2025; data sharing arrangements with the three CRAs ended as planned."),
        ("1.2", "Publish pilot evaluation and advice to DCMS on next phase",
         "Head of Safer Gambling Policy; Head of Research", "30/09/2025", "31/12/2025", "G", "A",
         "Evaluation drafted; publication moved to December to align with the DCMS timetable."),
        ("1.3", "Consult on thresholds and data sources for enhanced risk checks", "Director of Policy",
         "31/03/2026", "31/03/2026", "G", "G", "Consultation document in drafting."),
        ("ws", "WS2 – Online games design and stake limits"),
        ("2.1", "Licence condition changes for online slots stake limits in force", "Director of Policy",
         "30/04/2025", "21/05/2025", "B", "B",
         "£5 limit (25 and over) in force 9 April; £2 limit (18 to 24) in force 21 May 2025."),
        ("2.2", "Online games design rule changes (speed of play, autoplay, losses disguised as wins) in force",
         "Head of Online Compliance", "17/01/2025", "17/01/2025", "B", "B",
         "Complete. Compliance assessments carried out at six operators."),
        ("2.3", "Post-implementation review of game design changes – data request to operators",
         "Head of Online Compliance; Head of Data Analytics", "31/10/2025", "28/02/2026", "A", "R",
         "Returns incomplete for 4 of 12 operators; escalation letters issued 20 October."),
        ("ws", "WS3 – Statutory levy"),
        ("3.1", "Levy collection system live and first invoices issued to licensees", "Director of Finance",
         "30/04/2025", "30/06/2025", "G", "B", "First invoices issued June 2025; 97% collected by due date."),
        ("3.2", "First annual levy report to DCMS and HM Treasury", "Director of Finance",
         "31/07/2026", "31/07/2026", "G", "G", "On track."),
        ("ws", "WS4 – Data and technology"),
        ("4.1", "Single customer view pilot – technical specification agreed with industry",
         "Director of Data and Technology", "31/03/2026", "31/03/2026", None, None,
         "Not started – awaiting DCMS decision on scope."),
    ]
    r = hr + 1
    for item in data:
        if item[0] == "ws":
            ws.cell(row=r, column=1, value=item[1]).font = Font(bold=True)
            for c in range(1, 9):
                ws.cell(row=r, column=c).fill = fill("E4DFEC")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
            continue
        ref, ms, lead, base, fc, prev, cur, com = item
        ws.cell(row=r, column=1, value=ref)
        ws.cell(row=r, column=2, value=ms)
        ws.cell(row=r, column=3, value=lead)
        for col, val in ((4, base), (5, fc)):
            cell = ws.cell(row=r, column=col, value=d(val))
            cell.number_format = "dd-mmm-yy"
        for col, rag in ((6, prev), (7, cur)):
            if rag:
                ws.cell(row=r, column=col).fill = fill(FILL[rag])
        ws.cell(row=r, column=8, value=com)
        for c in range(1, 9):
            ws.cell(row=r, column=c).border = BOX
            ws.cell(row=r, column=c).alignment = WRAP
        r += 1
    for k, v in {"A": 24, "B": 48, "C": 30, "D": 13, "E": 13, "F": 10, "G": 10, "H": 50}.items():
        ws.column_dimensions[k].width = v

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG definitions (milestones)"
    key["A1"].font = Font(bold=True)
    for i, (col, name, meaning) in enumerate([
            (RED, "Red", "Milestone will be missed; Board intervention needed"),
            (AMBER, "Amber", "At risk; recovery within programme tolerance"),
            (GREEN, "Green", "On track to forecast date"),
            (BLUE, "Blue", "Complete")], 3):
        key.cell(row=i, column=1).fill = fill(col)
        key.cell(row=i, column=2, value=name)
        key.cell(row=i, column=3, value=meaning)
    key["A8"] = "A blank RAG cell means the milestone has not started."
    key.column_dimensions["C"].width = 55
    wb.save(os.path.join(HERE, "zvf-gambling-commission-gambling-act-review-implementation-programme-highlight-report.xlsx"))


# ---------------------------------------------------------------------------
# 3. Arnold Clark - ICO cyber incident remediation tracker (xlsx, refuse)
# ---------------------------------------------------------------------------
def make_arnold_clark():
    wb = Workbook()
    dc = wb.active
    dc.title = "Document control"
    dc["A1"] = "Arnold Clark Automobiles Limited – ICO Remediation Tracker: Cyber Incident December 2022"
    dc["A1"].font = Font(bold=True, size=13)
    info = [("Document owner", "Data Protection Officer"), ("Version", "1.4"),
            ("Date", "15 January 2024"), ("Classification", "Confidential – shared with the ICO"),
            ("Review", "Monthly, Information Security Steering Group")]
    for i, (k, v) in enumerate(info, 3):
        dc.cell(row=i, column=1, value=k).font = Font(bold=True)
        dc.cell(row=i, column=2, value=v)
    dc["A9"] = "Version history"
    dc["A9"].font = Font(bold=True)
    for c, h in enumerate(["Version", "Date", "Change", "Author"], 1):
        dc.cell(row=10, column=c, value=h).font = Font(bold=True)
    hist = [("1.0", "03/03/2023", "First issue submitted to the ICO", "DPO"),
            ("1.2", "01/08/2023", "Backup workstream added", "CISO"),
            ("1.4", "15/01/2024", "Quarterly update", "DPO")]
    for i, row in enumerate(hist, 11):
        for c, v in enumerate(row, 1):
            dc.cell(row=i, column=c, value=v)
    dc.column_dimensions["A"].width = 18
    dc.column_dimensions["B"].width = 40
    dc.column_dimensions["C"].width = 34

    t = wb.create_sheet("Tracker")
    t["A1"] = "ICO remediation tracker – position at 15 January 2024"
    t["A1"].font = Font(bold=True, size=12)
    t["A2"] = "Status values: Complete / On track / At risk / Overdue"
    heads = ["ID", "Workstream", "Remediation action", "Owner", "Target date", "Status",
             "Evidence / comments"]
    for c, h in enumerate(heads, 1):
        cell = t.cell(row=3, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill("BDD7EE")
        cell.border = BOX
    groups = [
        ("1. Identity and access management", [
            ("IAM-01", "Deploy MFA for all remote access and cloud services", "Head of IT Infrastructure",
             "Jun-2023", "Complete", "Conditional access report held in evidence folder E1."),
            ("IAM-02", "Remove standing domain administrator rights and introduce privileged access workstations",
             "Head of IT Infrastructure", "Sep-2023", "Complete", "Evidence E2."),
            ("IAM-03", "Quarterly joiners, movers and leavers access recertification across dealer systems",
             "IT Service Manager", "Mar-2024", "On track", "Q3 recertification 85% returned."),
        ]),
        ("2. Endpoint detection and patching", [
            ("EDR-01", "Roll out EDR to all servers and endpoints with 24/7 managed SOC monitoring",
             "CISO", "Aug-2023", "Complete", "Coverage 99.6% of estate."),
            ("EDR-02", "Apply critical patches within 14 days and report compliance monthly",
             "Head of IT Infrastructure", "Febuary 2024", "On track", "December compliance 91%."),
        ]),
        ("3. Backup and recovery", [
            ("BCK-01", "Implement immutable offline backups for the core DMS and finance systems",
             "Head of IT Infrastructure", "Nov-2023", "Complete", "Evidence E6."),
            ("BCK-02", "Full restore test of core systems from immutable backup", "CISO",
             "Mar-2024", "At risk", "Test window dependent on year-end freeze."),
        ]),
        ("4. Breach notification and response", [
            ("NOT-01", "Review customer and employee notification process and templates with external counsel",
             "Data Protection Officer", "Oct-2023", "Complete", "Revised templates approved 12 October."),
            ("NOT-02", "Tabletop exercise of the incident response plan with the executive team",
             "CISO / Data Protection Officer", "Feb-2024", "On track", "Exercise booked for 8 February."),
        ]),
    ]
    r = 4
    typo_row = None
    for gname, rows in groups:
        start = r
        for (ident, act, owner, due, status, ev) in rows:
            t.cell(row=r, column=1, value=ident)
            t.cell(row=r, column=3, value=act)
            t.cell(row=r, column=4, value=owner)
            t.cell(row=r, column=5, value=due)
            t.cell(row=r, column=6, value=status)
            t.cell(row=r, column=7, value=ev)
            if due.startswith("Febuary"):
                typo_row = r
            for c in range(1, 8):
                t.cell(row=r, column=c).border = BOX
                t.cell(row=r, column=c).alignment = WRAP
            r += 1
        t.cell(row=start, column=2, value=gname)
        if r - 1 > start:
            t.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    for k, v in {"A": 9, "B": 26, "C": 55, "D": 28, "E": 13, "F": 11, "G": 40}.items():
        t.column_dimensions[k].width = v
    wb.save(os.path.join(HERE, "zvf-arnold-clark-ico-cyber-incident-remediation-tracker-typo-month-refuse.xlsx"))
    return typo_row


# ---------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    """Write text; '\n' starts a new paragraph in the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    for part in parts[1:]:
        q = cell.add_paragraph()
        rr = q.add_run(part)
        rr.bold = bold


# ---------------------------------------------------------------------------
# 4. Saint Francis Hospice - CQC inspection action plan (docx)
# ---------------------------------------------------------------------------
def make_hospice():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("Saint Francis Hospice: CQC Inspection Action Plan", style="Title")
    doc.add_paragraph(
        "Inspection: 4 and 5 March 2025 (announced, hospice services for adults). Report published "
        "22 May 2025. Overall rating: Good (Safe – Requires improvement).")
    tbl = doc.add_table(rows=4, cols=2)
    tbl.style = "Table Grid"
    for i, (k, v) in enumerate([("Plan owner", "Director of Patient Services"),
                                ("Approved by", "Quality and Governance Committee, 17 June 2025"),
                                ("Version", "3.0 (September 2025 update)"),
                                ("Next review", "December 2025")]):
        set_cell(tbl.cell(i, 0), k, bold=True)
        set_cell(tbl.cell(i, 1), v)
    doc.add_paragraph("")
    doc.add_paragraph("RAG status key", style="Heading 3")
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for i, (letter, col, meaning) in enumerate([("B", BLUE, "Completed and evidenced"),
                                                ("G", GREEN, "On track"),
                                                ("A", AMBER, "At risk of delay"),
                                                ("R", RED, "Not on track / overdue")]):
        set_cell(key.cell(i, 0), letter, bold=True)
        shade(key.cell(i, 0), col)
        set_cell(key.cell(i, 1), meaning)

    sections = [
        ("Safe", [
            ("rec", "The service should ensure that controlled drugs stock checks on the inpatient unit "
                    "are completed and recorded in line with the hospice's policy."),
            ("1.1", "Move the weekly CD stock check to a fixed day and time, with two registered nurses "
                    "signing the CD register.", "Ward Manager – Inpatient Unit", "30/06/2025",
             "Implemented from 2 June 2025.", "B"),
            ("1.2", "Monthly CD audit by the hospice pharmacist, with results reported to the Medicines "
                    "Management Group.", "Pharmacist / Medical Director", "30/09/2025",
             "Audits for July and August show 100% compliance.", "G"),
            ("rec", "The service should ensure that risk assessments for falls and pressure ulcers are "
                    "reviewed when a patient's condition changes."),
            ("1.3", "Update the SystmOne template to prompt review of falls and Waterlow risk at every "
                    "change in condition.\nShare the change at the nursing huddle and in the clinical "
                    "bulletin.", "Clinical Systems Lead", "End of September 2025",
             "Template change tested; go-live delayed by supplier release.", "A"),
            ("1.4", "Quarterly documentation audit of 20 inpatient records.",
             "Head of Quality & Governance", "Q3 2025/26", "First audit booked for October.", "G"),
        ]),
        ("Effective", [
            ("rec", "The service should ensure that all staff complete Mental Capacity Act training and "
                    "that capacity assessments are recorded for specific decisions."),
            ("2.1", "Add MCA level 2 to mandatory training for all registered staff, with a trajectory to "
                    "90% compliance.", "Education Lead", "31/12/2025", "Compliance 78% at end of August.", "G"),
            ("2.2", "Introduce a decision-specific capacity assessment form on SystmOne and audit its use.",
             "Consultant in Palliative Medicine\nClinical Systems Lead", "30/11/2025",
             "Form built; audit planned for November.", "G"),
        ]),
        ("Well-led", [
            ("rec", "The provider should ensure that the risk register is reviewed regularly and that "
                    "actions are tracked to completion."),
            ("3.1", "Restructure the corporate risk register with named risk owners and review dates, and "
                    "present it to the Board of Trustees.", "Chief Executive", "31/07/2025",
             "Approved by Trustees 24 July 2025.", "B"),
            ("3.2", "Risk owners to review their risks monthly at the Senior Leadership Team meeting.",
             "Senior Leadership Team", "Ongoing", "Standing SLT agenda item since August.", "G"),
            ("rec", "The provider should continue to improve how it gathers feedback from people using "
                    "the community services."),
            ("3.3", "Launch a short feedback survey for Hospice at Home patients and families, including "
                    "an easy-read version.", "Head of Community Services", "Nov 2025", "", ""),
        ]),
    ]
    heads = ["No.", "Action", "Lead", "Target date", "Progress update", "RAG"]
    for name, rows in sections:
        doc.add_paragraph(name, style="Heading 2")
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for c, h in enumerate(heads):
            set_cell(tb.cell(0, c), h, bold=True)
            shade(tb.cell(0, c), "D9E2F3")
        for row in rows:
            cells = tb.add_row().cells
            if row[0] == "rec":
                m = cells[0].merge(cells[5])
                set_cell(m, row[1], bold=True)
                shade(m, "F2F2F2")
                continue
            no, act, lead, due, prog, rag = row
            set_cell(cells[0], no)
            set_cell(cells[1], act)
            set_cell(cells[2], lead)
            set_cell(cells[3], due)
            set_cell(cells[4], prog)
            set_cell(cells[5], rag, bold=True)
            if rag:
                shade(cells[5], FILL[rag])
        doc.add_paragraph("")
    doc.add_paragraph("Progress against this plan is reported quarterly to the Quality and Governance "
                      "Committee and shared with CQC at engagement meetings.")
    doc.save(os.path.join(HERE, "zvf-saint-francis-hospice-cqc-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Kidsgrove Town Council - governance improvement action plan (docx)
# ---------------------------------------------------------------------------
def make_kidsgrove():
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    doc.add_paragraph("Kidsgrove Town Council – Governance Improvement Action Plan 2025/26", style="Heading 1")
    doc.add_paragraph(
        "This action plan responds to the Internal Auditor's report for 2024/25 (received 12 May 2025) and "
        "to the External Auditor's report and certificate on the Annual Governance and Accountability Return "
        "for 2024/25. It was adopted by Full Council on 15 July 2025 (Minute 45/25). Progress is reported to "
        "each meeting of the Finance and General Purposes Committee.")
    doc.add_paragraph("Status key: Complete (blue) – On track (green) – Behind (amber) – Not met (red)")
    heads = ["Ref", "Action", "Responsible", "By when", "Progress at 30 November 2025", "Status"]
    rows = [
        ("sec", "A. Internal Audit Report 2024/25"),
        ("A1", "Reconcile the fixed asset register to the insurance schedule and update values for the "
               "Market Street play area.", "Deputy Clerk", "Sept 2025",
         "Register updated and reconciled; reported to F&GP on 9 September.", "Complete"),
        ("A2", "Bank reconciliations to be signed each quarter by a councillor who is not a bank signatory.",
         "Cllr J. Bailey, Cllr S. Moss", "By 31 October 2025", "Q1 and Q2 reconciliations signed.", "Complete"),
        ("A3", "Adopt a formal reserves policy setting a general reserve of between three and six months' "
               "net expenditure.", "Finance and General Purposes Committee", "Dec 2025 – Mar 2026",
         "Draft policy to F&GP in January.", "On track"),
        ("sec", "B. External Auditor – AGAR 2024/25 matters"),
        ("B1", "Publish the notice of the period for the exercise of public rights with the correct 30 working "
               "day period, checking dates against the NALC guidance before publication.", "Town Clerk",
         "June 2026", "Checklist prepared for the 2025/26 year-end.", "On track"),
        ("B2", "Record the Section 1 and Section 2 approvals as separate, sequential resolutions in the minutes.",
         "Town Clerk", "June 2026", "", ""),
        ("sec", "C. Standing Orders and Financial Regulations"),
        ("C1", "Review Standing Orders against the 2025 NALC model and present to Full Council.",
         "Chair of Council & Town Clerk", "30/09/2025",
         "Not completed; the September Full Council meeting was inquorate.", "Not met"),
        ("C2", "Adopt the NALC model Financial Regulations, including the updated thresholds for tendering.",
         "Town Clerk", "Nov 2025", "Circulated to members; item deferred to the December meeting.", "Behind"),
        ("C3", "Review Financial Regulations and the risk assessment each year before the AGAR is approved.",
         "Full Council", "Annually", "", "On track"),
    ]
    colours = {"Complete": BLUE, "On track": GREEN, "Behind": AMBER, "Not met": RED}
    tb = doc.add_table(rows=1, cols=6)
    tb.style = "Table Grid"
    for c, h in enumerate(heads):
        set_cell(tb.cell(0, c), h, bold=True)
    for row in rows:
        cells = tb.add_row().cells
        if row[0] == "sec":
            m = cells[0].merge(cells[5])
            set_cell(m, row[1], bold=True)
            shade(m, "DEEAF6")
            continue
        for c, v in enumerate(row):
            set_cell(cells[c], v)
        if row[5]:
            shade(cells[5], colours[row[5]])
    doc.add_paragraph("")
    doc.add_paragraph("Signed: ............................ Town Clerk        Date: ....................")
    doc.add_paragraph("Note: items marked Complete will be removed once noted by the F&GP Committee.")
    doc.save(os.path.join(HERE, "zvf-kidsgrove-town-council-governance-improvement-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Battersea - board of trustees action log (csv)
# ---------------------------------------------------------------------------
def make_battersea():
    W = 8
    rows = [
        ["Battersea Dogs & Cats Home – Board of Trustees: Action Log"] + [""] * (W - 1),
        ["Open actions and actions closed since the last meeting – prepared for the meeting of 11 December 2025"]
        + [""] * (W - 1),
        [""] * W,
        ["No.", "Meeting", "Minute", "Action", "Owner", "Due", "Status", "Update"],
        ["2025/24", "12/06/2025", "4.3",
         "Circulate the revised scheme of delegation to all trustees with a summary of the changes.",
         "Company Secretary", "31/07/2025", "Complete", "Circulated 21 July 2025."],
        ["2025/27", "12/06/2025", "7.1",
         "Commission an independent review of the rehoming pathway for large-breed dogs and report "
         "findings to the Board.",
         "Director of Animal Welfare & Rehoming", "19/03/2026", "On track",
         "Reviewer appointed October 2025; fieldwork under way."],
        ["2025/31", "18/09/2025", "5.4",
         "Report to the March Board on:\n- legacy income forecast for 2026/27\n- headroom against the reserves policy",
         "Director of Finance", "19/03/2026", "On track", ""],
        ["2025/32", "18/09/2025", "6.2",
         "Arrange a trustee visit to the Old Windsor centre before the end of the year.",
         "Chair / Company Secretary", "Dec-25", "At risk",
         "Two dates offered; awaiting confirmation from three trustees."],
        ["2025/33", "18/09/2025", "8.1",
         "Update the safeguarding policy to reflect the Charity Commission's revised guidance and bring it "
         "to the Board for approval.",
         "Head of Safeguarding", "23/10/2025", "Overdue", "Draft with legal; now expected at December Board."],
        ["2025/36", "23/10/2025", "3.2",
         "Share the cyber security penetration test results with the Audit & Risk Committee.",
         "Chief Digital Officer", "27/11/2025", "Complete", "Presented to ARC on 27 November."],
        ["2025/38", "23/10/2025", "9.1",
         "Consider trustee skills gaps when recruiting to the two vacancies and report to the Nominations "
         "Committee.",
         "Chair of Nominations Committee; Company Secretary", "Ongoing", "On track", ""],
        [""] * W,
        ["Status key: Complete = closed (blue); On track = green; At risk = amber; Overdue = red"]
        + [""] * (W - 1),
        ["Completed actions are removed from the log once noted by the Board."] + [""] * (W - 1),
    ]
    with open(os.path.join(HERE, "zvf-battersea-dogs-and-cats-home-board-of-trustees-action-log.csv"),
              "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 7. ISP fostering - Ofsted IFA post-inspection action plan (tab-separated txt)
# ---------------------------------------------------------------------------
def make_isp():
    lines = [
        "Integrated Services Programme (ISP) Fostering – Post-inspection action plan",
        "Ofsted inspection of independent fostering agency, 3 to 7 February 2025",
        "Overall experiences and progress of children and young people:\tRequires improvement to be good",
        "Plan owner:\tRegistered Manager\tLast updated:\t30/09/2025",
        "",
        "Ref\tAction\tResponsible\tCompletion by\tRAG\tProgress",
        "STATUTORY REQUIREMENTS",
        "The registered person must ensure that each foster carer's annual review includes the views of "
        "every child placed with them in the preceding year. (Regulation 28(3))",
        "1.1\tIntroduce a pre-review checklist so that supervising social workers obtain the views of each "
        "child and their social worker before the review.\tSupervising Social Workers\tMay-25\tB\t"
        "Checklist in use since April 2025.",
        "1.2\tIndependent reviewing officer to quality assure every annual review report before it goes to "
        "panel.\tIndependent Reviewing Officer\t31/07/2025\tG\tQA in place; 18 of 22 reviews met the standard.",
        "The registered person must ensure that the fostering panel's recommendations are recorded with "
        "reasons and that the decision maker's decision is made within 7 working days. (Regulations 26 and 27)",
        "2.1\tRevise the panel minute template to record the reasons for each recommendation.\t"
        "Panel Adviser & Agency Decision Maker\tMarch 2025\tB\tNew template used from the March panel.",
        "2.2\tMonthly tracker of decision timescales reported to the Responsible Individual.\tPanel Adviser\t"
        "Ongoing\tG\tAll decisions within timescale since April.",
        "RECOMMENDATIONS",
        "The registered person should ensure that foster carers complete the training, support and "
        "development standards within 12 months of approval. (NMS 20.3)",
        "3.1\tProduce a TSD progress report for each carer at 6 and 10 months after approval.\t"
        "Training and Development Officer\tSept 2025\tA\tReports produced for 9 of 14 carers; new database "
        "field needed.",
        "3.2\tCarers who are not on track to be discussed in supervision with an agreed completion plan.\t"
        "Supervising Social Workers\tSept 2025\tG\t",
        "The registered person should ensure that children's records are written in a way that they can "
        "understand if they read them later. (NMS 26.6)",
        "4.1\tDeliver 'writing to the child' workshops for staff and foster carers.\t"
        "Practice Development Lead / Registered Manager\tDec 2025\tR\tWorkshop postponed twice due to "
        "facilitator absence.",
        "4.2\tAudit a sample of 10 foster carer logs each quarter for child-centred recording.\t"
        "Registered Manager\tQ4 2025/26\t\tNot yet started.",
        "",
        "RAG: B = complete and evidenced; G = on track; A = some slippage; R = off track / not achieved",
    ]
    with open(os.path.join(HERE, "zvf-integrated-services-programme-fostering-ofsted-ifa-inspection-action-plan.txt"),
              "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_nscca()
    make_gc()
    row = make_arnold_clark()
    print("Arnold Clark typo on Tracker sheet row", row)
    make_hospice()
    make_kidsgrove()
    make_battersea()
    make_isp()
    print("done")
