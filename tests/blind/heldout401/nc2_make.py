"""Build the seven nc2- blind test files (set heldout401).

Run with: /work/main/.venv/bin/python nc2_make.py
Writes into the folder this script lives in.
"""
import os
import datetime as dt

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "blue": PatternFill("solid", fgColor="0070C0"),
    "green": PatternFill("solid", fgColor="00B050"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "red": PatternFill("solid", fgColor="FF0000"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "navy": PatternFill("solid", fgColor="1F3864"),
    "pale": PatternFill("solid", fgColor="DEEAF6"),
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)
WHITE_BOLD = Font(bold=True, color="FFFFFF")


def d(y, m, day):
    return dt.datetime(y, m, day)


def path(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. Cornwall Council - Auditor's Annual Report 2023/24 VFM action plan (xlsx)
# ---------------------------------------------------------------------------
CORNWALL_NAME = "nc2-cornwall-council-auditors-annual-report-2023-24-vfm-recommendations-action-plan.xlsx"

# (criterion, [ (rec_ref, rec_type, rec_text, [actions]) ])
# action: (ref, text, lead, original, revised, progress, prev_rag, cur_rag, cur_fill_only)
CORNWALL = [
    ("Financial sustainability", [
        ("KR1", "Key recommendation",
         "The Council should develop a fully costed and deliverable savings plan to close the budget gap of "
         "£52.4m identified for 2025/26 to 2027/28, including clear milestones for the delivery of "
         "transformation savings.",
         [
             ("KR1.1",
              "Develop detailed delivery plans with a named accountable officer for each 2025/26 savings "
              "proposal and report delivery monthly to the Corporate Leadership Team.",
              "Service Director – Finance (S151 Officer)", d(2025, 2, 28), None,
              "Delivery plans in place for 41 of 44 proposals. Monthly tracker reported to CLT since January 2025.",
              "Amber", "Green", False),
             ("KR1.2",
              "Refresh the Medium Term Financial Plan to 2028/29, including an assessment of the risk to "
              "savings delivery and of the adequacy of reserves.",
              "Service Director – Finance (S151 Officer)", d(2025, 3, 31), d(2025, 7, 31),
              "Refresh deferred to align with the Fair Funding Review consultation; revised date agreed with the external auditor.",
              "Green", "Amber", False),
             ("KR1.3",
              "Establish a Transformation Board, chaired by the Chief Executive, to oversee the transformation "
              "programme and its savings trajectory.",
              "Chief Executive; Strategic Director – Resources", d(2024, 12, 31), None,
              "Board established November 2024 and meets monthly. Terms of reference published.",
              "Green", "Complete", False),
         ]),
        ("IR1", "Improvement recommendation",
         "The Council should improve the accuracy of its capital programme forecasting, given slippage of 31% "
         "against the approved 2023/24 capital budget.",
         [
             ("IR1.1",
              "Introduce a quarterly capital challenge session for each directorate, led by Finance, to test the "
              "profiling of schemes before budgets are set.",
              "Head of Strategic Finance", d(2025, 6, 30), None,
              "First challenge sessions held in February 2025 for Place and Resources directorates.",
              "", "Green", False),
         ]),
    ]),
    ("Governance", [
        ("IR2", "Improvement recommendation",
         "The Council should ensure that its Annual Governance Statement action plan is regularly monitored by "
         "the Audit Committee and that actions are closed only on evidence of completion.",
         [
             ("IR2.1",
              "Report progress on the Annual Governance Statement action plan to every Audit Committee meeting "
              "from April 2025.",
              "Monitoring Officer", "April 2025", None,
              "Standing item added to the Audit Committee work programme.",
              "Green", "Green", False),
             ("IR2.2",
              "Agree with Internal Audit the evidence required before an AGS action can be closed, and apply it "
              "to all open actions.",
              "Monitoring Officer / Head of Internal Audit", d(2025, 3, 31), d(2025, 6, 30),
              "Evidence protocol drafted; to be agreed at the June Audit Committee.",
              "Green", "Amber", False),
         ]),
        ("IR3", "Improvement recommendation",
         "The Council should review the effectiveness of its arrangements for overseeing its wholly-owned "
         "companies, including the composition and skills of company boards.",
         [
             ("IR3.1",
              "Commission an independent review of the Council's shareholder arrangements for Corserv and "
              "Cornwall Development Company.",
              "Strategic Director – Resources", d(2024, 9, 30), d(2025, 1, 31),
              "Review reported to the Shareholder Committee on 29 January 2025.",
              "Amber", "", True),
             ("IR3.2",
              "Update the Shareholder Committee terms of reference and deliver a skills programme for "
              "Council-appointed company directors.",
              "Head of Legal & Democratic Services", d(2025, 5, 31), None,
              "Terms of reference approved by Constitution and Governance Committee; training being scheduled.",
              "Green", "", False),
         ]),
    ]),
    ("Improving economy, efficiency and effectiveness", [
        ("IR4", "Improvement recommendation",
         "The Council should ensure that procurement waivers are reported to members and that their use is "
         "reducing.",
         [
             ("IR4.1",
              "Report the number and value of procurement waivers to the Audit Committee twice a year.",
              "Head of Procurement", "September 2025", None,
              "First report due September 2025 covering April to August.",
              "", "Green", False),
             ("IR4.2",
              "Implement the Procurement Act 2023, including revised Contract Procedure Rules and publication "
              "of a contract pipeline notice.",
              "Head of Procurement and Head of Legal & Democratic Services", d(2025, 2, 24), None,
              "Revised Contract Procedure Rules approved by Council 18 February 2025; pipeline notice published.",
              "Green", "Complete", False),
         ]),
        ("IR5", "Improvement recommendation",
         "The Council should develop a performance framework for the Council Plan that links measures to "
         "outcomes and sets a target for each measure.",
         [
             ("IR5.1",
              "Agree a refreshed suite of Council Plan performance measures, with targets, for 2025/26.",
              "Head of Strategy and Performance", "Q1 2025/26", None,
              "Draft measures discussed with Cabinet portfolio holders in March 2025.",
              "Amber", "A", False),
         ]),
    ]),
]
# IR3.2 current RAG: green fill, no text (handled below)
CORNWALL_FILL_ONLY = {"IR3.1": "blue", "IR3.2": "green"}


def rag_fill_for(word):
    w = (word or "").strip().lower()
    return {"green": "green", "g": "green", "amber": "amber", "a": "amber", "red": "red", "r": "red",
            "complete": "blue", "blue": "blue", "b": "blue"}.get(w)


def make_cornwall():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "Cornwall Council"
    ws["A1"].font = Font(bold=True, size=16)
    ws["A3"] = "External Audit – Auditor's Annual Report 2023/24"
    ws["A4"] = "Value for money: management response and action plan"
    ws["A3"].font = Font(bold=True, size=13)
    ws["A6"] = "Document control"
    ws["A6"].font = BOLD
    ctrl = [("Version", "Date", "Author", "Comments"),
            ("0.3", d(2025, 1, 14), "Strategic Finance", "Draft management responses"),
            ("1.0", d(2025, 1, 23), "Strategic Finance", "Agreed by Corporate Leadership Team"),
            ("1.2", d(2025, 3, 10), "Strategic Finance", "Progress update for Audit Committee 20 March 2025")]
    for i, row in enumerate(ctrl):
        for j, v in enumerate(row):
            c = ws.cell(row=7 + i, column=1 + j, value=v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if i == 0:
                c.font = BOLD
                c.fill = FILL["grey"]
    ws["A12"] = "External auditor: Grant Thornton UK LLP"
    ws["A13"] = "Report considered by Audit Committee: 28 November 2024"
    for col, w in zip("ABCD", (14, 14, 22, 50)):
        ws.column_dimensions[col].width = w

    ap = wb.create_sheet("Action Plan")
    ap["A1"] = "Auditor's Annual Report 2023/24 – Value for Money Recommendations Action Plan"
    ap["A1"].font = Font(bold=True, size=14)
    ap.merge_cells("A1:I1")
    ap["A2"] = "Progress update: Audit Committee, 20 March 2025"
    ap["A2"].font = Font(italic=True)
    ap.merge_cells("A2:I2")
    headers = ["Ref", "Type", "Recommendation / agreed action", "Responsible officer",
               "Original target date", "Revised target date", "Progress update (March 2025)",
               "Previous RAG", "Current RAG"]
    r = 4
    for j, h in enumerate(headers, start=1):
        c = ap.cell(row=r, column=j, value=h)
        c.font = WHITE_BOLD
        c.fill = FILL["navy"]
        c.alignment = WRAP
        c.border = BOX
    r += 1
    for criterion, recs in CORNWALL:
        ap.cell(row=r, column=1, value=criterion).font = Font(bold=True, size=12)
        ap.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        for j in range(1, 10):
            ap.cell(row=r, column=j).fill = FILL["grey"]
        r += 1
        for rec_ref, rec_type, rec_text, actions in recs:
            ap.cell(row=r, column=1, value=rec_ref).font = BOLD
            ap.cell(row=r, column=2, value=rec_type).font = BOLD
            c = ap.cell(row=r, column=3, value=rec_text)
            c.font = BOLD
            c.alignment = WRAP
            ap.merge_cells(start_row=r, start_column=3, end_row=r, end_column=9)
            for j in range(1, 10):
                ap.cell(row=r, column=j).fill = FILL["pale"]
                ap.cell(row=r, column=j).border = BOX
            r += 1
            for (ref, text, lead, orig, rev, prog, prev, cur, _fo) in actions:
                vals = [ref, None, text, lead, orig, rev, prog, prev or None, cur or None]
                for j, v in enumerate(vals, start=1):
                    c = ap.cell(row=r, column=j, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                pf = rag_fill_for(prev)
                if pf:
                    ap.cell(row=r, column=8).fill = FILL[pf]
                cf = rag_fill_for(cur) or CORNWALL_FILL_ONLY.get(ref)
                if cf:
                    ap.cell(row=r, column=9).fill = FILL[cf]
                r += 1
    r += 1
    ap.cell(row=r, column=1, value="Summary of current RAG status").font = BOLD
    r += 1
    summary = [("Complete (blue)", 3), ("Green", 5), ("Amber", 3), ("Red", 0), ("Total actions", 11)]
    for label, n in summary:
        ap.cell(row=r, column=2, value=label).border = BOX
        ap.cell(row=r, column=3, value=n).border = BOX
        r += 1
    r += 1
    ap.cell(row=r, column=1,
            value="Note: where the Current RAG cell is shaded without text, the colour follows the RAG key sheet.")
    ap.cell(row=r, column=1).font = Font(italic=True, size=9)
    for col, w in zip("ABCDEFGHI", (8, 16, 60, 28, 13, 13, 48, 10, 10)):
        ap.column_dimensions[col].width = w
    ap.freeze_panes = "A5"

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = BOLD
    rows = [("Blue", "Complete – action delivered and evidence provided", "blue"),
            ("Green", "On track to deliver by the target date", "green"),
            ("Amber", "At risk – revised target date agreed", "amber"),
            ("Red", "Off track – will not be delivered without intervention", "red")]
    for i, (w, meaning, f) in enumerate(rows, start=2):
        key.cell(row=i, column=1, value=w).fill = FILL[f]
        key.cell(row=i, column=2, value=meaning)
    key.column_dimensions["B"].width = 60
    wb.active = 1
    wb.save(path(CORNWALL_NAME))


# ---------------------------------------------------------------------------
# 2. Devon & Somerset FRS - internal audit recommendations tracker (REFUSE)
# ---------------------------------------------------------------------------
DSFRS_NAME = "nc2-devon-somerset-frs-internal-audit-recommendations-tracker-typo-month-refuse.xlsx"

DSFRS = [
    ("Fleet Management 2023-24", "Reasonable", [
        ("FM1", "High",
         "Vehicle defect reports should be logged and tracked to closure in the fleet management system.",
         "All defect reports to be entered in Tranman by the receiving workshop, with a weekly exception report of open defects over 14 days.",
         "Head of Fleet & Equipment", "31 March 2024", "30 September 2024", "Complete",
         "Exception report live from September 2024."),
        ("FM2", "Medium",
         "Fuel card transactions should be reconciled monthly to vehicle mileage.",
         "Introduce a monthly fuel card reconciliation, signed off by the Fleet Manager.",
         "Fleet Manager", "30 June 2024", "31 December 2024", "In progress",
         "Reconciliation template agreed; first three months completed."),
    ]),
    ("Payroll and Pensions 2023-24", "Limited", [
        ("PP1", "High",
         "Changes to standing payroll data should be independently checked before the payroll is run.",
         "Introduce a second-person check of all starters, leavers and changes, evidenced on the payroll control sheet.",
         "Head of People Services", "31 October 2024", "", "Complete",
         "Control sheet in use since the October 2024 payroll."),
        ("PP2", "High",
         "Firefighters' pension remedy (McCloud) cases should be tracked against the statutory deadline.",
         "Set up a remedy case tracker with weekly reporting to the Pensions Board secretary.",
         "Pensions Manager", "28 Febuary 2025", "", "In progress",
         "Tracker built; backlog of 212 cases being loaded."),
    ]),
    ("Safeguarding 2024-25", "Reasonable", [
        ("SG1", "Medium",
         "DBS renewals for on-call staff should be monitored centrally.",
         "Add DBS expiry dates to the learning management system with automatic reminders to line managers.",
         "Safeguarding Lead", "31 January 2025", "", "In progress",
         "Data cleansing of DBS records under way."),
        ("SG2", "Low",
         "The safeguarding policy should reference the revised Working Together 2023 guidance.",
         "Update and republish the safeguarding policy.",
         "Safeguarding Lead", "31 December 2024", "", "Not started",
         ""),
    ]),
    ("Information Governance 2024-25", "Reasonable", [
        ("IG1", "Medium",
         "The Record of Processing Activities should be reviewed and kept up to date.",
         "Review the ROPA with each information asset owner and record the review date.",
         "Information Governance Manager", "31 March 2025", "", "In progress",
         "Reviews complete for 9 of 14 information asset owners."),
        ("IG2", "Medium",
         "Subject access requests should be responded to within one calendar month.",
         "Report SAR performance to the Information Governance Board each quarter.",
         "Information Governance Manager", "30 April 2025", "", "Not started",
         ""),
    ]),
]


def make_dsfrs():
    wb = Workbook()
    ws = wb.active
    ws.title = "Outstanding recommendations"
    ws["A1"] = "Devon & Somerset Fire & Rescue Service – Internal Audit Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit & Governance Committee – 25 November 2024 – position as at 15 November 2024"
    ws["A2"].font = Font(italic=True)
    headers = ["Audit", "Assurance", "Ref", "Priority", "Recommendation", "Agreed action",
               "Action owner", "Target date", "Revised date", "Status", "Latest update"]
    r = 4
    for j, h in enumerate(headers, start=1):
        c = ws.cell(row=r, column=j, value=h)
        c.font = WHITE_BOLD
        c.fill = FILL["navy"]
        c.border = BOX
        c.alignment = WRAP
    r += 1
    for audit, assurance, recs in DSFRS:
        first = r
        for (ref, prio, rec, act, owner, target, revised, status, update) in recs:
            vals = [None, None, ref, prio, rec, act, owner, target, revised or None, status, update or None]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
            r += 1
        ws.cell(row=first, column=1, value=audit).alignment = WRAP
        ws.cell(row=first, column=2, value=assurance).alignment = WRAP
        ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
        ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Priority: High – fundamental control weakness; Medium – significant; Low – good practice.")
    ws.cell(row=r, column=1).font = Font(italic=True, size=9)
    for col, w in zip("ABCDEFGHIJK", (20, 12, 6, 9, 45, 50, 26, 16, 16, 12, 40)):
        ws.column_dimensions[col].width = w
    wb.save(path(DSFRS_NAME))


# ---------------------------------------------------------------------------
# 3. Warwickshire Police - joint custody inspection action plan (xlsx)
# ---------------------------------------------------------------------------
WARKS_POLICE_NAME = "nc2-warwickshire-police-custody-inspection-action-plan.xlsx"

# (section, [ (finding_ref, finding_text, [ (action_no, action, owner, due, update, rag) ]) ])
WARKS_POLICE = [
    ("Cause of concern 1 – Risk management and observation of detainees", [
        ("1",
         "The force should make sure that detainees are observed at the level set out in their care plan, "
         "that rousals are carried out properly, and that observations are accurately recorded.",
         [
             ("1a", "Introduce a monthly dip-sample of 20 custody records per suite by the custody inspector, "
                    "checking observation levels and rousals against the care plan.",
              "Custody Inspector (Leamington)", d(2025, 4, 30),
              "Dip-sampling started March 2025; results to Custody Management Board.", "B"),
             ("1b", "Deliver refresher training on rousal and observation levels to all sergeants and detention "
                    "officers.",
              "Insp Mark Davies / Insp Leanne Ford", "Sept 2025",
              "68% of custody staff trained; remaining sessions booked.", "G"),
             ("1c", "Configure the custody system to prompt overdue checks on the custody officer's screen.",
              "Head of Digital Services", "Q3 2025/26",
              "Change request raised with supplier; awaiting release date.", "A"),
         ]),
        ]),
    ("Cause of concern 2 – Access to healthcare", [
        ("2",
         "The force should make sure that detainees have prompt access to healthcare professionals, and that "
         "health care provision is monitored effectively under the healthcare contract.",
         [
             ("2a", "Agree revised key performance indicators for response times with the healthcare provider.",
              "Head of Criminal Justice and Custody", d(2025, 6, 30),
              "New KPIs included in contract variation signed June 2025.", "B"),
             ("2b", "Hold a quarterly contract review meeting with the healthcare provider and report exceptions "
                    "to the Custody Management Board.",
              "Head of Criminal Justice and Custody; Healthcare Contract Manager", "Ongoing",
              "First quarterly review held 12 May 2025.", "G"),
         ]),
        ]),
    ("Areas for improvement – Leadership, accountability and partnerships", [
        ("AFI 1",
         "The force should collect and analyse data on the use of force in custody to identify trends and "
         "learning.",
         [
             ("AFI1.1", "Add use of force in custody to the quarterly custody performance report, broken down by "
                        "suite, ethnicity and age.",
              "Custody Performance Analyst", d(2025, 7, 31),
              "Draft dashboard built; data quality issues with body-worn video tagging.", "A"),
         ]),
        ("AFI 2",
         "Partnership arrangements should make sure that children are not held overnight in custody when "
         "alternative accommodation should be available.",
         [
             ("AFI2.1", "Agree a joint protocol for PACE transfers with Warwickshire County Council children's "
                        "services and escalate each refusal to a senior manager.",
              "Chief Inspector – Custody", d(2025, 9, 30),
              "Protocol drafted; meeting with the local authority on 8 July 2025.", "R"),
         ]),
        ]),
    ("Areas for improvement – In the custody suite: safe detention", [
        ("AFI 3",
         "The force should remove ligature points identified in cells and holding rooms.",
         [
             ("AFI3.1", "Complete a ligature survey of both custody suites.",
              "Estates Manager", d(2025, 3, 31),
              "Survey completed February 2025; 17 ligature points identified.", "B"),
             ("AFI3.2", "Remove or replace the ligature points identified by the survey.",
              "Estates Manager", d(2025, 12, 31),
              "Works at Nuneaton complete; Leamington works scheduled for October.", "G"),
         ]),
        ("AFI 4",
         "Handovers between custody staff should be recorded and include all detainees' risks.",
         [
             ("AFI4.1", "Introduce a structured handover template and record attendance at each handover.",
              "Custody Inspector (Nuneaton)", "End of August 2025",
              "Template in use at Nuneaton; roll-out to Leamington in August.", "G"),
         ]),
        ]),
    ("Areas for improvement – Release and transfer from custody", [
        ("AFI 5",
         "Pre-release risk assessments should take account of all risks identified during detention.",
         [
             ("AFI5.1", "Include pre-release risk assessment quality in the monthly dip-sample (see 1a).",
              "Custody Inspector (Leamington)", d(2025, 4, 30),
              "Added to dip-sample question set.", "B"),
         ]),
        ]),
]


def make_warks_police():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = "Warwickshire Police"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Custody Inspection Action Plan – Report on an unannounced inspection visit to police custody suites in Warwickshire"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = ("HMICFRS / HM Inspectorate of Prisons joint inspection, 7–18 October 2024 (report published "
                "11 February 2025)   |   Strategic lead: ACC Local Policing   |   Plan owner: Chief Inspector – Custody")
    ws["A4"] = "Position as at 30 June 2025"
    ws["A4"].font = Font(italic=True)
    headers = ["Ref", "Recommendation / area for improvement", "Action No.", "Action", "Action owner",
               "Target date", "Update", "RAG"]
    r = 6
    for j, h in enumerate(headers, start=1):
        c = ws.cell(row=r, column=j, value=h)
        c.font = WHITE_BOLD
        c.fill = FILL["navy"]
        c.border = BOX
        c.alignment = WRAP
    r += 1
    for section, findings in WARKS_POLICE:
        ws.cell(row=r, column=1, value=section).font = BOLD
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        for j in range(1, 9):
            ws.cell(row=r, column=j).fill = FILL["grey"]
        r += 1
        for fref, ftext, actions in findings:
            first = r
            for (no, act, owner, due, upd, rag) in actions:
                vals = [None, None, no, act, owner, due, upd, rag]
                for j, v in enumerate(vals, start=1):
                    c = ws.cell(row=r, column=j, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                f = rag_fill_for(rag)
                if f:
                    ws.cell(row=r, column=8).fill = FILL[f]
                r += 1
            ws.cell(row=first, column=1, value=fref).alignment = WRAP
            ws.cell(row=first, column=2, value=ftext).alignment = WRAP
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="RAG key:  B = Complete   G = On track   A = Some slippage   R = Off track – escalated to Custody Management Board")
    ws.cell(row=r, column=1).font = Font(italic=True, size=9)
    for col, w in zip("ABCDEFGH", (9, 45, 10, 50, 28, 14, 42, 6)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A7"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary by RAG"
    sm["A1"].font = BOLD
    for i, (k, v) in enumerate([("Complete (B)", 4), ("On track (G)", 4), ("Some slippage (A)", 2),
                                ("Off track (R)", 1), ("Total", 11)], start=2):
        sm.cell(row=i, column=1, value=k)
        sm.cell(row=i, column=2, value=v)
    sm["A8"] = "Recommendations: 2 (5 actions)   Areas for improvement: 5 (6 actions)"
    sm.column_dimensions["A"].width = 24
    wb.save(path(WARKS_POLICE_NAME))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    """Write text; '\n' in text becomes separate paragraphs in the cell."""
    parts = text.split("\n") if text else [""]
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i > 0:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


HEX = {"blue": "0070C0", "green": "00B050", "amber": "FFC000", "red": "FF0000", "grey": "D9D9D9",
       "navy": "1F3864", "pale": "DEEAF6"}


# ---------------------------------------------------------------------------
# 4. Denbighshire CC - Audit Wales Financial Sustainability Review org response (docx)
# ---------------------------------------------------------------------------
DENBS_NAME = "nc2-denbighshire-cc-audit-wales-financial-sustainability-review-organisational-response.docx"

DENBS = [
    ("R1 The Council should develop a medium-term plan for the use and replenishment of its usable reserves, "
     "setting out the minimum level of general balances it considers prudent.",
     [
         ("1.1", "Prepare a Reserves Strategy as part of the 2025/26 budget report, including a risk-based "
                 "assessment of the minimum level of general balances.",
          "February 2025", "Head of Finance and Audit (Section 151 Officer)", "Complete"),
         ("1.2", "Review the purpose and level of each earmarked reserve annually and release reserves that are "
                 "no longer required to support the Medium Term Financial Strategy.",
          "October 2025", "Head of Finance and Audit (Section 151 Officer)", "On track"),
     ]),
    ("R2 The Council should strengthen the link between its transformation programme and its Medium Term "
     "Financial Strategy, so that the savings expected from each project are clear and monitored.",
     [
         ("2.1", "Set up a Transformation and Savings Board to track delivery of the savings from each "
                 "transformation project monthly.",
          "31 January 2025", "Chief Executive", "Complete"),
         ("2.2", "Include a savings delivery tracker in the quarterly budget monitoring reports to Cabinet and "
                 "the Performance Scrutiny Committee.",
          "Q1 2025/26", "Head of Finance and Audit (Section 151 Officer) / Corporate Director: Governance and Business",
          "On track"),
         ("2.3", "Prepare business cases with costed benefits for the waste service model, the leisure review "
                 "and office rationalisation before further investment is approved.",
          "September 2025", "Corporate Director: Economy and Environment", "Not started"),
     ]),
    ("R3 The Council should make sure that members receive regular, clear information on the Council's "
     "longer-term financial position, including the cumulative budget gap over the period of the Medium Term "
     "Financial Strategy.",
     [
         ("3.1", "Deliver a member development session on the Medium Term Financial Strategy and the budget gap "
                 "to 2027/28.",
          "December 2024", "Head of Finance and Audit (Section 151 Officer)", "Complete"),
         ("3.2", "Report the cumulative budget gap and a set of financial sustainability indicators to the "
                 "Governance and Audit Committee.",
          "Six-monthly", "Head of Finance and Audit (Section 151 Officer)", "On track"),
     ]),
    ("R4 The Council should assess the financial risk arising from demand pressures in social care and "
     "homelessness services and reflect this in its Medium Term Financial Strategy.",
     [
         ("4.1", "Carry out demand modelling for adult social care and homelessness and build the results into "
                 "the 2026/27 budget-setting process.",
          "Sept 2025 – Jan 2026", "Corporate Director: Social Services and Education; Head of Housing and Communities",
          "On track"),
     ]),
]


def make_denbs():
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph("Denbighshire County Council / Cyngor Sir Ddinbych")
    doc.add_heading("Organisational response – Audit Wales: Financial Sustainability Review", level=1)
    doc.add_paragraph("Report reference: 4512A2024 (published November 2024)")
    doc.add_paragraph("Document control").runs[0].bold = True
    t = doc.add_table(rows=4, cols=3)
    t.style = "Table Grid"
    for i, row in enumerate([("Version", "Date", "Change"),
                             ("1.0", "10/12/2024", "Response agreed by Senior Leadership Team"),
                             ("1.1", "22/01/2025", "Presented to Governance and Audit Committee"),
                             ("1.2", "23/04/2025", "Progress column updated")]):
        for j, v in enumerate(row):
            set_cell(t.cell(i, j), v, bold=(i == 0))
    doc.add_paragraph("")
    doc.add_paragraph(
        "The Auditor General made four recommendations. The table below sets out the Council's response, the "
        "planned actions, the officer responsible and the progress made at April 2025.")
    headers = ["Recommendation", "Ref", "Commentary on planned actions", "Completion date",
               "Responsible officer (title)", "Progress (April 2025)"]
    nrows = 1 + sum(len(a) for _, a in DENBS)
    t = doc.add_table(rows=nrows, cols=len(headers))
    t.style = "Table Grid"
    for j, h in enumerate(headers):
        set_cell(t.cell(0, j), h, bold=True)
        shade(t.cell(0, j), HEX["pale"])
    r = 1
    for rec, actions in DENBS:
        first = r
        for (ref, act, when, who, prog) in actions:
            set_cell(t.cell(r, 1), ref)
            set_cell(t.cell(r, 2), act)
            set_cell(t.cell(r, 3), when)
            set_cell(t.cell(r, 4), who)
            set_cell(t.cell(r, 5), prog)
            r += 1
        set_cell(t.cell(first, 0), rec)
        if r - 1 > first:
            t.cell(first, 0).merge(t.cell(r - 1, 0))
            # merge leaves empty paragraphs from the lower cells; trim them
            cell = t.cell(first, 0)
            for p in cell.paragraphs[1:]:
                if not p.text:
                    p._element.getparent().remove(p._element)
    doc.add_paragraph("")
    doc.add_paragraph("Progress key: Complete – action finished; On track – progressing to the completion date; "
                      "Not started – not yet due to start.")
    doc.add_paragraph("Sign-off").runs[0].bold = True
    t = doc.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    set_cell(t.cell(0, 0), "Approved by", bold=True)
    set_cell(t.cell(0, 1), "Chief Executive")
    set_cell(t.cell(1, 0), "Date", bold=True)
    set_cell(t.cell(1, 1), "10 December 2024")
    doc.save(path(DENBS_NAME))


# ---------------------------------------------------------------------------
# 5. Warwick DC - RSH consumer standards housing improvement plan (docx)
# ---------------------------------------------------------------------------
WARWICK_NAME = "nc2-warwick-dc-rsh-consumer-standards-housing-improvement-plan.docx"

# (section heading, intro paragraph, [ (subtheme or None, [ (ref, action, lead, date, rag, fill_only, progress) ]) ])
WARWICK = [
    ("1. Safety and Quality Standard",
     "Regulator's finding: the Council has more than 1,600 overdue fire safety remedial actions, could not "
     "evidence compliance with carbon monoxide requirements, and had not carried out a full stock condition "
     "survey since 2016.",
     [
         ("Fire safety", [
             ("1.1", "Complete all overdue fire risk assessment remedial actions, in priority order:\n"
                     "- high risk actions by 31 July 2025\n"
                     "- medium and low risk actions by 31 December 2025",
              "Landlord Compliance Manager", "31/12/2025", "A", False,
              "High risk actions: 212 of 240 complete. Medium/low: 640 of 1,380 complete."),
             ("1.2", "Move all fire safety data into a single compliance system with weekly reporting of overdue "
                     "actions.",
              "Landlord Compliance Manager & Housing Systems Lead", "w/c 14/07/25", "G", False,
              "Data migration tested; go-live planned for July."),
         ]),
         ("Carbon monoxide and gas", [
             ("1.3", "Fit carbon monoxide alarms in every home with a fixed combustion appliance and record the "
                     "installation date against each property.",
              "Asset Manager (Compliance)", "31/05/2025", "B", False,
              "Programme completed 23 May 2025; 4,118 alarms fitted or verified."),
         ]),
         ("Stock condition", [
             ("1.4", "Commission a 100% stock condition survey including HHSRS assessment.",
              "Head of Assets", "March 2026", "", True,
              "Contract awarded; 38% of homes surveyed."),
             ("1.5", "Validate the survey data and load it into the asset management system to inform the "
                     "2026/27 capital programme.",
              "Head of Assets", "Q4 2025/26", "G", False,
              "Data validation rules agreed with the surveyor."),
         ]),
     ]),
    ("2. Transparency, Influence and Accountability Standard",
     "Regulator's finding: tenants have limited opportunities to influence and scrutinise the Council's "
     "performance as a landlord.",
     [
         ("Tenant Satisfaction Measures", [
             ("2.1", "Publish the 2024/25 Tenant Satisfaction Measures and submit them to the Regulator.",
              "Head of Housing", "30/06/2025", "B", False,
              "Submitted 19 June 2025 and published on the website."),
         ]),
         ("Tenant engagement", [
             ("2.2", "Set up a Tenant Scrutiny Panel and agree its first review topic with tenants.",
              "Tenant Engagement Officer", "October 2025", "G", False,
              "Recruitment of panel members closed with 11 applicants."),
         ]),
     ]),
    ("3. Governance and oversight",
     "",
     [
         (None, [
             ("3.1", "Establish a Housing Improvement Board, chaired by the Chief Executive, with an independent "
                     "tenant member.",
              "Chief Executive", "31/03/2025", "B", False,
              "Board met for the first time on 20 March 2025."),
             ("3.2", "Report progress on this plan to Cabinet and to the Regulator quarterly.",
              "Head of Housing", "Quarterly", "G", False,
              "Next report to Cabinet 4 June 2025."),
         ]),
     ]),
]


def make_warwick():
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    doc.add_paragraph("Warwick District Council").runs[0].bold = True
    doc.add_heading("Housing Improvement Plan", level=0)
    doc.add_paragraph("Response to the Regulator of Social Housing regulatory judgement (C3 grading)")
    doc.add_paragraph("Version 2.1 – progress update for Cabinet, 4 June 2025")
    doc.add_paragraph("RAG key").runs[0].bold = True
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for i, (colr, meaning) in enumerate([("green", "G – on track"), ("amber", "A – at risk, recovery plan in place"),
                                        ("red", "R – off track"), ("blue", "B – complete")]):
        shade(key.cell(i, 0), HEX[colr])
        set_cell(key.cell(i, 1), meaning)
    doc.add_paragraph("")
    headers = ["Ref", "Action", "Lead officer", "Target date", "RAG", "Progress commentary"]
    for heading, intro, groups in WARWICK:
        doc.add_heading(heading, level=2)
        if intro:
            doc.add_paragraph(intro)
        nrows = 1 + sum((1 if sub else 0) + len(acts) for sub, acts in groups)
        t = doc.add_table(rows=nrows, cols=len(headers))
        t.style = "Table Grid"
        for j, h in enumerate(headers):
            set_cell(t.cell(0, j), h, bold=True)
            shade(t.cell(0, j), HEX["grey"])
        r = 1
        for sub, acts in groups:
            if sub:
                m = t.cell(r, 0).merge(t.cell(r, len(headers) - 1))
                set_cell(m, sub, bold=True)
                shade(m, HEX["pale"])
                r += 1
            for (ref, act, lead, date, rag, fill_only, prog) in acts:
                set_cell(t.cell(r, 0), ref)
                set_cell(t.cell(r, 1), act)
                set_cell(t.cell(r, 2), lead)
                set_cell(t.cell(r, 3), date)
                set_cell(t.cell(r, 4), rag)
                colr = {"G": "green", "A": "amber", "R": "red", "B": "blue"}.get(rag)
                if fill_only:
                    colr = "green"
                if colr:
                    shade(t.cell(r, 4), HEX[colr])
                set_cell(t.cell(r, 5), prog)
                r += 1
        doc.add_paragraph("")
    doc.add_paragraph("Note: figures are as at 30 April 2025 and are reported monthly to the Housing Improvement Board.")
    doc.save(path(WARWICK_NAME))


# ---------------------------------------------------------------------------
# 6. West Northamptonshire Council - corporate risk register Q2 2025/26 (csv)
# ---------------------------------------------------------------------------
WNC_NAME = "nc2-west-northamptonshire-council-corporate-risk-register-q2-2025-26.csv"

WNC_RISKS = [
    ("CR01 - Failure to deliver a balanced budget over the medium term", "Chief Executive",
     "20 (4x5)", "12 (3x4)", "Static", [
         ("CR01.1", "Deliver the 2025/26 savings programme of £18.6m, with monthly tracking through the Budget Delivery Board",
          "Executive Director - Finance (S151)", "31/03/2026", "Amber"),
         ("CR01.2", "Respond to the Government's Fair Funding Review 2.0 consultation setting out the impact on West Northamptonshire",
          "Chief Executive", "15/08/2025", "Complete"),
     ]),
    ("CR04 - Demand for adult social care exceeds the available budget and market capacity",
     "Executive Director - Adults, Health Partnerships and Housing", "16 (4x4)", "9 (3x3)", "Improving", [
         ("CR04.1", "Implement the Adult Social Care demand management programme (front door, reablement and technology enabled care)",
          "Executive Director - Adults, Health Partnerships and Housing", "March 2026", "Green"),
         ("CR04.2", "Agree the 2025/26 fee uplift with care providers and publish the Market Position Statement",
          "Assistant Director - Commissioning & Performance", "Sep-25", "Complete"),
     ]),
    ("CR07 - A cyber attack or major ICT failure disrupts council services", "Chief Information Officer",
     "15 (3x5)", "10 (2x5)", "Static", [
         ("CR07.1", "Complete the migration of remaining legacy predecessor-council servers to the cloud",
          "Chief Information Officer", "Dec-25", "Amber"),
         ("CR07.2", "Run a cyber incident exercise with the Corporate Leadership Team",
          "Chief Information Officer / Emergency Planning Manager", "Annual", "Green"),
     ]),
    ("CR11 - The council does not meet the Regulator of Social Housing consumer standards as a landlord",
     "Assistant Director - Housing & Communities", "16 (4x4)", "8 (2x4)", "Worsening", [
         ("CR11.1", "Complete stock condition surveys of all council homes",
          "Assistant Director - Housing & Communities", "Q4 2025/26", "Red"),
         ("CR11.2", "Report Tenant Satisfaction Measures and compliance performance to Housing Overview & Scrutiny",
          "Head of Landlord Services", "Quarterly", "Green"),
     ]),
]


def csv_field(v):
    v = "" if v is None else str(v)
    if any(ch in v for ch in ',"\n'):
        v = '"' + v.replace('"', '""') + '"'
    return v


def make_wnc():
    lines = []
    lines.append(csv_field("West Northamptonshire Council - Corporate Risk Register") + ",,,,,,,,,,")
    lines.append(csv_field("Quarter 2 2025/26 (position at 30 September 2025) - Audit and Governance Committee, 19 November 2025") + ",,,,,,,,,,")
    lines.append(",,,,,,,,,,")
    header = ["Risk", "Risk Owner", "Current Score (LxI)", "Target Score", "Direction of Travel",
              "Action Ref", "Mitigating Action", "Action Owner", "Due Date", "Action Status", "Last Reviewed"]
    lines.append(",".join(csv_field(h) for h in header))
    for risk, owner, cur, tgt, dot, actions in WNC_RISKS:
        for i, (ref, act, aown, due, status) in enumerate(actions):
            if i == 0:
                row = [risk, owner, cur, tgt, dot]
            else:
                row = ["", "", "", "", ""]
            row += [ref, act, aown, due, status, "30/09/2025"]
            lines.append(",".join(csv_field(v) for v in row))
    lines.append(",,,,,,,,,,")
    lines.append("Summary,,,,,,,,,,")
    lines.append("Risks scored 15-25 (red),4,,,,,,,,,")
    lines.append("Risks scored 8-14 (amber),0,,,,,,,,,")
    lines.append("Mitigating actions complete,2,,,,,,,,,")
    lines.append(csv_field("Scoring: Likelihood x Impact, each on a 1-5 scale. Direction of travel compared with Quarter 1.") + ",,,,,,,,,,")
    with open(path(WNC_NAME), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------------------
# 7. Cannock Chase DC - corporate improvement plan highlight report (txt, tab-separated)
# ---------------------------------------------------------------------------
CANNOCK_NAME = "nc2-cannock-chase-dc-corporate-improvement-plan-highlight-report.txt"

CANNOCK = [
    ("WORKSTREAM 1: FINANCIAL RESILIENCE", "Deputy Chief Executive - Resources (S151)", "A", [
        ("1.1", "Adopt a refreshed Medium Term Financial Strategy for 2026/27 to 2029/30", "Deputy Chief Executive - Resources",
         "Feb-26", "G", "Budget consultation launched 1 October 2025"),
        ("1.2", "Deliver £1.2m of 2025/26 efficiency savings", "RW / KB", "Mar-26", "A",
         "£0.7m delivered; shortfall on car parking income"),
        ("1.3", "Publish the audited 2023/24 statement of accounts", "Chief Accountant", "Dec-25", "R",
         "External audit fieldwork paused pending valuation evidence"),
    ]),
    ("WORKSTREAM 2: GOVERNANCE AND DECISION-MAKING", "Head of Law & Governance (Monitoring Officer)", "G", [
        ("2.1", "Review the Constitution and scheme of delegation", "Head of Law & Governance (Monitoring Officer)",
         "31/10/2025", "C", "Approved by Council 22 October 2025"),
        ("2.2", "Publish a 28-day forward plan of key decisions on the website", "Democratic Services Manager",
         "30/09/2025", "C", "Live from September Cabinet"),
    ]),
    ("WORKSTREAM 3: OUR PEOPLE", "Head of HR & Organisational Development", "G", [
        ("3.1", "Launch the new annual appraisal scheme for all staff", "HR Manager", "Sept 2025", "C",
         "Launched 1 September; 64% of appraisals recorded"),
        ("3.2", "Deliver cohort 1 of the Cannock Chase Leaders management programme", "HR Manager and OD Adviser",
         "January 2026", "G", "12 managers enrolled; first module held 6 October"),
    ]),
    ("WORKSTREAM 4: LOCAL GOVERNMENT REORGANISATION", "Chief Executive", "G", [
        ("4.1", "Submit the final Staffordshire local government reorganisation proposal to Government", "Chief Executive",
         "28/11/2025", "G", "Joint proposal with Staffordshire districts in final drafting"),
    ]),
]


def make_cannock():
    L = []
    L.append("CANNOCK CHASE DISTRICT COUNCIL")
    L.append("Corporate Improvement Plan - Highlight Report")
    L.append("Reporting period:\tJuly - September 2025 (Quarter 2)")
    L.append("Report to:\tCabinet, 13 November 2025")
    L.append("Programme sponsor:\tChief Executive")
    L.append("Overall programme status:\tAMBER")
    L.append("")
    L.append("RAG key")
    L.append("G\tOn track")
    L.append("A\tAt risk - mitigation in place")
    L.append("R\tOff track - intervention needed")
    L.append("C\tComplete")
    L.append("")
    for ws_title, ws_lead, ws_rag, actions in CANNOCK:
        L.append(ws_title)
        L.append("Workstream lead:\t" + ws_lead + "\tWorkstream status:\t" + ws_rag)
        L.append("Ref\tMilestone / action\tLead\tDue\tRAG\tCommentary")
        for (ref, act, lead, due, rag, com) in actions:
            L.append("\t".join([ref, act, lead, due, rag, com]))
        L.append("")
    L.append("KEY RISKS AND ISSUES")
    L.append("- Delay to the 2023/24 audit opinion may affect the Council's ability to publish 2024/25 accounts on time.")
    L.append("- Uncertainty over the LGR timetable is affecting recruitment to senior posts.")
    L.append("")
    L.append("DECISIONS REQUIRED FROM CABINET")
    L.append("- None this period.")
    with open(path(CANNOCK_NAME), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(L) + "\n")


def main():
    make_cornwall()
    make_dsfrs()
    make_warks_police()
    make_denbs()
    make_warwick()
    make_wnc()
    make_cannock()
    print("built 7 files in", HERE)


if __name__ == "__main__":
    main()
