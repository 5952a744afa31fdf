#!/usr/bin/env python3
"""Build the seven zdl- blind test files (set heldout790).

Run with /work/main/.venv/bin/python zdl_make.py  (needs openpyxl, python-docx).
Writes only files whose names start with "zdl-" in this script's folder.
"""
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zdl-")
    return os.path.join(HERE, name)


D = dt.datetime
BLUE, GREEN, AMBER, RED = "FF0070C0", "FF00B050", "FFFFC000", "FFFF0000"
GREY, TEAL, LIGHT = "FFD9D9D9", "FF1F4E5A", "FFDDEBF7"
thin = Side(style="thin", color="FF808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(c):
    return PatternFill(fill_type="solid", start_color=c, end_color=c)


def put(ws, row, col, value, bold=False, bg=None, fmt=None, color=None, border=True):
    c = ws.cell(row=row, column=col, value=value)
    c.alignment = WRAP
    if bold or color:
        c.font = Font(bold=bold, color=color)
    if bg:
        c.fill = fill(bg)
    if fmt:
        c.number_format = fmt
    if border:
        c.border = BOX
    return c


# ---------------------------------------------------------------------------
# 1. Scottish Human Rights Commission - ARC internal audit recommendations tracker
# ---------------------------------------------------------------------------
SHRC_TITLE = "Scottish Human Rights Commission: Internal Audit Recommendations Tracker"
SHRC_SECTIONS = [
    ("2023/24 Financial Controls and Procurement (Report 2023/24-02) – Reasonable assurance", [
        ("The Commission should require procurement decisions between £10,000 and £50,000 to be supported by a documented quick quote exercise retained on the procurement file.", "Medium", [
            ("23-02/R1", "Update the Procurement Procedures to require three written quotes for contracts between £10,000 and £50,000 and introduce a quick quote record template held on SharePoint.",
             "Head of Corporate Services", D(2024, 3, 31), D(2024, 9, 30),
             "Procedures revised and approved by SMT in September 2024; template in use. Evidence provided to internal audit in January 2025.", "Complete"),
        ]),
        ("Corporate credit card statements should be reconciled to receipts monthly and the reconciliation independently reviewed.", "Low", [
            ("23-02/R2", "Finance Officer to reconcile card statements monthly, with sign-off by the Head of Corporate Services; retain evidence of review.",
             "Finance Officer / Head of Corporate Services", D(2024, 6, 30), None,
             "Monthly reconciliations in place since May 2024. Internal audit sample testing confirmed.", "Complete"),
        ]),
    ]),
    ("2024/25 Governance and Board Effectiveness (Report 2024/25-01) – Limited assurance", [
        ("The Commission should refresh its scheme of delegation and ensure decisions reserved to Members are clearly distinguished from those delegated to the Executive Director.", "High", [
            ("24-01/R1a", "Draft a revised Scheme of Delegation and Matters Reserved to the Commission for consideration by Members.",
             "Executive Director", D(2024, 12, 31), D(2025, 3, 31),
             "Draft considered at Members' development session on 22 January 2025; final version to Commission meeting on 27 March 2025.", "Amber"),
            ("24-01/R1b", "Publish the approved Scheme of Delegation on the Commission website and brief all staff with delegated authority.",
             "Executive Director; Business Manager", D(2025, 1, 31), D(2025, 4, 30),
             "Dependent on approval of 24-01/R1a.", "Amber"),
        ]),
        ("A skills and effectiveness self-assessment of Members and of the Audit and Risk Committee should be completed annually and reported to the Commission.", "Medium", [
            ("24-01/R2", "Complete an annual Members' skills matrix and ARC effectiveness self-assessment using the On Board guidance, with results reported to the Commission.",
             "Chair of the Audit and Risk Committee", D(2025, 3, 31), None,
             "Questionnaire issued to Members on 10 February 2025; responses due 7 March 2025.", "Green"),
        ]),
        ("Registers of interests for Members and senior staff should be updated at least annually and whenever circumstances change, with declarations recorded at the start of every meeting.", "Medium", [
            ("24-01/R3", "Issue annual register of interests returns and add a standing item on declarations of interest to all Commission and ARC agendas.",
             "Business Manager", D(2024, 11, 30), None,
             "Standing agenda item added from October 2024. Two annual returns still outstanding at 28 February 2025.", "Red"),
        ]),
    ]),
    ("2024/25 Cyber Security and Business Continuity (Report 2024/25-03) – Reasonable assurance", [
        ("The business continuity plan should be tested at least annually through a desk-top exercise, including a scenario involving loss of access to IT systems.", "High", [
            ("24-03/R1", "Run a desk-top business continuity exercise with SMT, including a scenario involving loss of access to IT systems, and update the plan for lessons learned.",
             "Head of Corporate Services", D(2025, 5, 31), None,
             "Exercise scheduled for 14 May 2025 with an external facilitator.", "Green"),
        ]),
        ("Mandatory cyber security awareness training should be completed by all staff and Members, with completion monitored by SMT.", "Medium", [
            ("24-03/R2", "Roll out the cyber awareness e-learning module to all staff and Members and report completion rates to SMT quarterly.",
             "Business Manager", D(2025, 1, 31), D(2025, 4, 30),
             "Completion 78% at 28 February 2025; reminders issued. Revised date agreed by ARC in December 2024.", "Amber"),
        ]),
        ("Multi-factor authentication should be enforced on all remote access accounts.", "High", [
            ("24-03/R3", "Enforce multi-factor authentication for all user accounts and remove legacy exemptions.",
             "IT Service Provider / Head of Corporate Services", D(2024, 10, 31), None,
             "MFA enforced for all accounts from 21 October 2024; exemption list closed.", "Complete"),
        ]),
    ]),
]


def build_shrc():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = SHRC_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Audit and Risk Committee – 18 March 2025 – Paper ARC 25/07"
    ws["A3"] = "Position at 28 February 2025, as confirmed with the internal auditors."
    hdr = ["Audit report", "Year", "Assurance", "Recommendations", "Complete", "Green", "Amber", "Red"]
    for i, h in enumerate(hdr, 1):
        put(ws, 5, i, h, bold=True, bg=LIGHT)
    rows = [
        ("Financial Controls and Procurement", "2023/24", "Reasonable", 2, 2, 0, 0, 0),
        ("Governance and Board Effectiveness", "2024/25", "Limited", 3, 0, 1, 1, 1),
        ("Cyber Security and Business Continuity", "2024/25", "Reasonable", 3, 1, 1, 1, 0),
    ]
    r = 6
    for row in rows:
        for i, v in enumerate(row, 1):
            put(ws, r, i, v)
        r += 1
    put(ws, r, 1, "Total", bold=True)
    put(ws, r, 2, None)
    put(ws, r, 3, None)
    for i, col in enumerate("DEFGH", 4):
        put(ws, r, i, f"=SUM({col}6:{col}8)", bold=True)
    ws["A11"] = "Note: the count is by recommendation; recommendation 24-01/R1 has two agreed actions."
    ws["A13"] = "Status key"
    ws["A13"].font = Font(bold=True)
    key = [
        ("Complete", "Action implemented and evidence accepted by internal audit", BLUE),
        ("Green", "On track for the agreed target date", GREEN),
        ("Amber", "Revised target date agreed by the Audit and Risk Committee", AMBER),
        ("Red", "Overdue – no revised date agreed", RED),
    ]
    for i, (k, v, c) in enumerate(key):
        put(ws, 14 + i, 1, k, bg=c)
        put(ws, 14 + i, 2, v)
        ws.merge_cells(start_row=14 + i, start_column=2, end_row=14 + i, end_column=6)
    ws["A19"] = "Priority: High – fundamental weakness requiring prompt action; Medium – significant weakness; Low – improvement to good practice."
    ws.column_dimensions["A"].width = 40
    ws.column_dimensions["B"].width = 12
    ws.column_dimensions["C"].width = 14
    for col in "DEFGH":
        ws.column_dimensions[col].width = 16

    ws = wb.create_sheet("Recommendations")
    ws["A1"] = SHRC_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Open and recently closed recommendations – position at 28 February 2025"
    hdr = ["Ref", "Recommendation", "Priority", "Agreed management action", "Responsible officer",
           "Original target date", "Revised target date", "Progress update (February 2025)", "Status"]
    for i, h in enumerate(hdr, 1):
        put(ws, 4, i, h, bold=True, bg=LIGHT)
    r = 5
    status_bg = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    for sec, recs in SHRC_SECTIONS:
        put(ws, r, 1, sec, bold=True, bg=GREY)
        for c in range(2, 10):
            put(ws, r, c, None, bg=GREY)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for rec, prio, acts in recs:
            first = r
            for (ref, act, lead, orig, rev, prog, st) in acts:
                put(ws, r, 1, ref)
                put(ws, r, 4, act)
                put(ws, r, 5, lead)
                put(ws, r, 6, orig, fmt="DD/MM/YYYY")
                put(ws, r, 7, rev, fmt="DD/MM/YYYY")
                put(ws, r, 8, prog)
                put(ws, r, 9, st, bg=status_bg[st])
                r += 1
            put(ws, first, 2, rec)
            put(ws, first, 3, prio)
            if r - first > 1:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
                ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    r += 1
    ws.cell(row=r, column=1, value="Note: recommendations marked Complete are removed from the tracker once they have been reported to the Committee.")
    widths = [11, 45, 10, 50, 24, 13, 13, 45, 11]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHI"[i]].width = w
    ws.freeze_panes = "A5"
    wb.save(out("zdl-scottish-human-rights-commission-arc-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 2. Shepherds Bush Housing Group - RSH regulatory judgement improvement plan
# ---------------------------------------------------------------------------
SBHG_TITLE = "Shepherds Bush Housing Group – Regulatory Improvement Plan"
SBHG_THEMES = [
    ("1. Governance and Board oversight", [
        ("The board did not receive sufficiently timely or accurate information to identify and respond to the deterioration in the group's financial position.", [
            ("1.1", "Commission an independent governance review (covering board skills, committee structure and the quality of board reporting) and agree an action plan with the Board.",
             "Chief Executive", "Group Board", D(2023, 9, 30), D(2023, 11, 30), AMBER, BLUE,
             "External review completed October 2023; report and action plan approved by the Board on 30 November 2023."),
            ("1.2", "Redesign the board reporting pack to include a monthly integrated performance report with cash flow, covenant headroom and compliance dashboards.",
             "Director of Finance & Resources", "Audit & Risk Committee", D(2023, 10, 31), D(2024, 1, 31), RED, GREEN,
             "New template piloted at the December Board; full version to the January Board."),
        ]),
        ("Board recruitment had not kept pace with the skills the organisation needs.", [
            ("1.3", "Recruit two board members with treasury and asset management experience.",
             "Chair / Company Secretary", "Nominations & Remuneration Committee", D(2023, 12, 31), D(2024, 3, 31), AMBER, AMBER,
             "Treasury appointment made January 2024; asset management recruitment re-run with a new search agency."),
        ]),
    ]),
    ("2. Financial viability and business planning", [
        ("The group's business plan did not demonstrate adequate headroom against loan covenants under reasonable stress scenarios.", [
            ("2.1", "Re-base the 30-year business plan on the 2023/24 budget and updated stock investment assumptions, and submit it to the Board for approval.",
             "Director of Finance & Resources", "Group Board", D(2023, 10, 31), "December 2023", AMBER, BLUE,
             "Re-based plan approved by the Board on 14 December 2023 and shared with the regulator."),
            ("2.2", "Carry out stress testing and multi-variate scenario testing, with mitigation plans for each scenario that breaches a covenant.",
             "Head of Treasury & Financial Planning", "Audit & Risk Committee", D(2023, 11, 30), D(2024, 2, 29), RED, AMBER,
             "Single-variable tests complete. Multi-variate scenarios delayed by late stock condition data."),
            ("2.3", "Agree covenant waivers or amendments with lenders where forecast headroom falls below the Golden Rules in the treasury policy.",
             "Director of Finance & Resources", "Treasury Committee", D(2023, 12, 31), None, GREEN, GREEN,
             "Discussions with both lenders under way; term sheets expected mid-January."),
        ]),
    ]),
    ("3. Risk management and internal controls", [
        ("The risk management framework was not effective in identifying and escalating strategic risks to the board.", [
            ("3.1", "Refresh the risk management framework and risk appetite statement, and hold a Board risk workshop.",
             "Head of Governance & Risk", "Audit & Risk Committee", D(2024, 1, 31), None, GREEN, GREEN,
             "Workshop held 9 January 2024; draft appetite statement to ARC in February."),
        ]),
        ("Internal audit coverage had not given the board assurance over key financial controls.", [
            ("3.2", "Re-procure internal audit and agree a risk-based three-year internal audit plan focused on financial controls, compliance and data quality.",
             "Head of Governance & Risk", "Audit & Risk Committee", D(2023, 12, 31), D(2024, 3, 31), AMBER, RED,
             "Tender returns non-compliant; re-tender issued January 2024. Board decision needed on an interim co-source arrangement."),
            ("3.3", "Report a tracker of outstanding internal audit recommendations to every Audit & Risk Committee.",
             "Company Secretary", "Audit & Risk Committee", "Monthly", None, GREEN, GREEN,
             "Tracker reported to ARC since October 2023."),
        ]),
    ]),
    ("4. Health and safety compliance (Home Standard)", [
        ("The group could not demonstrate that fire risk assessment remedial actions were completed within target timescales.", [
            ("4.1", "Clear all overdue high-risk fire risk assessment actions and report the compliance position to every Board meeting.",
             "Director of Property Services", "Group Board", D(2023, 12, 31), D(2024, 3, 31), RED, AMBER,
             "Overdue high-risk actions reduced from 212 to 47; contractor capacity increased from January."),
        ]),
    ]),
]


def build_sbhg():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = SBHG_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:J1")
    ws["A2"] = "Response to the Regulator of Social Housing regulatory judgement (G3 / V3) – Group Board, 25 January 2024 – Version 4"
    ws.merge_cells("A2:J2")
    ws["A3"] = "Plan owner: Chief Executive. Oversight: Group Board, with monthly review by the Audit & Risk Committee."
    ws.merge_cells("A3:J3")
    ws["A5"] = "RAG key:"
    ws["A5"].font = Font(bold=True)
    for i, (t, c) in enumerate([("Complete – evidence verified", BLUE), ("On track", GREEN),
                                ("At risk – mitigation in place", AMBER), ("Off track – Board decision needed", RED)]):
        put(ws, 5, 2 + i, t, bg=c, color="FFFFFFFF" if c in (BLUE, RED) else None)
    hdr = ["Ref", "RSH finding", "Action", "Executive lead", "Oversight", "Original deadline",
           "Revised deadline", "Previous RAG (Oct 2023)", "Current RAG (Jan 2024)", "Progress and evidence"]
    for i, h in enumerate(hdr, 1):
        put(ws, 7, i, h, bold=True, bg=LIGHT)
    r = 8
    for theme, findings in SBHG_THEMES:
        put(ws, r, 1, theme, bold=True, bg=TEAL, color="FFFFFFFF")
        for c in range(2, 11):
            put(ws, r, c, None, bg=TEAL)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for finding, acts in findings:
            first = r
            for (ref, act, lead, over, orig, rev, prev, cur, prog) in acts:
                put(ws, r, 1, ref)
                put(ws, r, 3, act)
                put(ws, r, 4, lead)
                put(ws, r, 5, over)
                put(ws, r, 6, orig, fmt="DD/MM/YYYY")
                put(ws, r, 7, rev, fmt="DD/MM/YYYY")
                put(ws, r, 8, None, bg=prev)
                put(ws, r, 9, None, bg=cur)
                put(ws, r, 10, prog)
                r += 1
            put(ws, first, 2, finding)
            if r - first > 1:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Notes: revised deadlines were agreed by the Board on 30 November 2023. RAG ratings are proposed by the executive lead and challenged by the Head of Governance & Risk before each Board.")
    widths = [7, 40, 50, 24, 22, 12, 12, 11, 11, 45]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHIJ"[i]].width = w
    ws.freeze_panes = "A8"

    vc = wb.create_sheet("Version control")
    for i, h in enumerate(["Version", "Date", "Change", "Author"], 1):
        put(vc, 1, i, h, bold=True, bg=LIGHT)
    for j, row in enumerate([
        ("1", D(2023, 7, 20), "First draft following regulatory judgement", "Head of Governance & Risk"),
        ("2", D(2023, 9, 28), "Actions agreed with the regulator added", "Head of Governance & Risk"),
        ("3", D(2023, 11, 30), "Revised deadlines agreed by the Board", "Company Secretary"),
        ("4", D(2024, 1, 18), "January 2024 progress update", "Company Secretary"),
    ], 2):
        for i, v in enumerate(row, 1):
            put(vc, j, i, v, fmt="DD/MM/YYYY" if i == 2 else None)
    vc.column_dimensions["C"].width = 45
    vc.column_dimensions["D"].width = 26
    wb.save(out("zdl-shepherds-bush-housing-group-rsh-regulatory-judgement-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 3. Children's Court Guardian Agency for NI - corporate risk register (refuse: typo month)
# ---------------------------------------------------------------------------
CCGA_RISKS = [
    ("CRR1", "There is a risk that the Agency does not have sufficient Guardian capacity to allocate a Children's Court Guardian promptly to every child, resulting in delay in proceedings and poorer outcomes for children.",
     "Chief Executive", "4 x 5 = 20",
     "Daily allocation meeting; weekly unallocated case report to SLT; case weighting tool; overtime and sessional Guardian bank.",
     "4 x 4 = 16", "Cautious", [
         ("Complete recruitment to six vacant Guardian posts, including a rolling recruitment campaign with BSO Recruitment Shared Services.", "Corporate Services Manager", D(2025, 12, 31), "Four posts filled; two at pre-employment checks.", "Amber"),
         ("Implement the revised case weighting tool across all four Guardian teams.", "Assistant Director", "Mar-26", "Pilot in Belfast team complete.", "Green"),
     ]),
    ("CRR2", "There is a risk that the Agency is not ready for the commencement of further provisions of the Adoption and Children Act (NI) 2022, resulting in Guardians working to outdated practice guidance.",
     "Assistant Director", "3 x 4 = 12",
     "Implementation working group with DoH; Practice Standards Forum; legal update training.",
     "3 x 3 = 9", "Minimal", [
         ("Update practice guidance and deliver training for Guardians on the newly commenced provisions.", "Guardian Services Managers", D(2025, 11, 30), "Guidance drafted; training dates set for November.", "Green"),
         ("Agree an information-sharing protocol with the five HSC Trusts for the new provisions.", "Assistant Director", "Janaury 2026", "Draft protocol with Trust legal advisers.", "Amber"),
     ]),
    ("CRR3", "There is a risk of a cyber attack or information governance breach resulting in loss of sensitive case information about children and families.",
     "Corporate Services Manager", "4 x 5 = 20",
     "BSO ITS managed network and security monitoring; mandatory IG training; encrypted devices; Data Protection Officer.",
     "3 x 5 = 15", "Averse", [
         ("Achieve Cyber Essentials Plus certification with BSO ITS support.", "Corporate Services Manager", D(2026, 3, 31), "Gap analysis complete.", "Green"),
         ("Achieve 95% completion of mandatory information governance training by all staff.", "Information Governance Lead", D(2025, 10, 31), "88% at 30 September 2025.", "Amber"),
     ]),
    ("CRR4", "There is a risk that the Agency cannot deliver its statutory functions within the 2025/26 budget allocation.",
     "Chief Executive", "4 x 4 = 16",
     "Monthly financial reporting to SLT and Board; vacancy control; DoH sponsor branch liaison.",
     "3 x 4 = 12", "Cautious", [
         ("Submit a savings and pressures plan to the Department of Health sponsor branch.", "Chief Executive / Corporate Services Manager", D(2025, 10, 31), "Draft plan considered by SLT on 30 September 2025.", "Amber"),
     ]),
]


def build_ccga():
    wb = Workbook()
    ws = wb.active
    ws.title = "Corporate Risk Register"
    ws["A1"] = "Children's Court Guardian Agency for Northern Ireland – Corporate Risk Register 2025/26"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Quarter 2 review (position at 30 September 2025)"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Reviewed by SLT on 7 October 2025; presented to the Audit & Risk Committee on 21 October 2025."
    hdr = ["Risk ref", "Risk description", "Risk owner", "Inherent risk (L x I)", "Key controls",
           "Residual risk (L x I)", "Risk appetite", "Actions to address gaps in control",
           "Action owner", "Target date", "Progress at Q2", "Action status"]
    for i, h in enumerate(hdr, 1):
        put(ws, 5, i, h, bold=True, bg=LIGHT)
    r = 6
    typo_row = None
    sbg = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Complete": BLUE}
    for (ref, desc, owner, inh, ctrl, res, app, acts) in CCGA_RISKS:
        first = r
        for (act, aown, tgt, prog, st) in acts:
            put(ws, r, 8, act)
            put(ws, r, 9, aown)
            put(ws, r, 10, tgt, fmt="DD/MM/YYYY")
            put(ws, r, 11, prog)
            put(ws, r, 12, st, bg=sbg[st])
            if tgt == "Janaury 2026":
                typo_row = r
            r += 1
        for col, v in zip((1, 2, 3, 4, 5, 6, 7), (ref, desc, owner, inh, ctrl, res, app)):
            put(ws, first, col, v)
            if r - first > 1:
                ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
    r += 1
    ws.cell(row=r, column=1, value="Scoring: Likelihood (1–5) x Impact (1–5). 15–25 High; 8–12 Medium; 1–6 Low. Risk appetite levels as set out in the Agency's Risk Management Strategy.")
    widths = [8, 45, 18, 12, 40, 12, 11, 45, 22, 13, 30, 11]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHIJKL"[i]].width = w
    wb.save(out("zdl-childrens-court-guardian-agency-ni-corporate-risk-register-2025-26-typo-month-refuse.xlsx"))
    return typo_row


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def cell_text(cell, text, bold=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        run = p.add_run(line)
        run.bold = bold
        if i < len(lines) - 1:
            run.add_break()


def header_row(table, headers, hex6="D9E2F3"):
    for i, h in enumerate(headers):
        c = table.rows[0].cells[i]
        cell_text(c, h, bold=True)
        shade(c, hex6)


def merged_row(table, text, hex6="F2F2F2"):
    row = table.add_row()
    c = row.cells[0].merge(row.cells[-1])
    cell_text(c, text, bold=True)
    shade(c, hex6)


def data_row(table, values):
    row = table.add_row()
    for i, v in enumerate(values):
        cell_text(row.cells[i], v)
    return row


# ---------------------------------------------------------------------------
# 4. Terrence Higgins Trust - Board of Trustees action log
# ---------------------------------------------------------------------------
THT_TITLE = "Terrence Higgins Trust – Board of Trustees Action Log"
THT_MEETINGS = [
    ("Actions from the Board meeting of 26 September 2024", [
        ("Item 4: Chief Executive's report", [
            ("B24/58", "Circulate the Strategy 2025–2030 delivery roadmap to trustees ahead of the strategy away day.", "CEO", "Jan-25", "G",
             "Draft roadmap in preparation with the Executive Leadership Team."),
        ]),
        ("Item 6: Finance report and management accounts to 31 August 2024", [
            ("B24/61", "Provide a reforecast of unrestricted reserves, including the impact of the sexual health contract retenders.", "Director of Finance & Resources", "Dec-24", "B",
             "Included in the finance report at item 7 of this meeting."),
            ("B24/62", "Finance & Audit Committee to review the treatment of legacy income in the reserves policy.", "Chair of FAC / Director of Finance & Resources", "Mar-25", "G",
             "On the FAC agenda for 4 February 2025."),
        ]),
        ("Item 8: Safeguarding annual report", [
            ("B24/66", "Arrange safeguarding refresher training for all trustees, including the new lead trustee for safeguarding.", "Company Secretary", "Nov-24", "A",
             "Session booked for 3 December; two trustees unable to attend – recording to be circulated."),
            ("B24/67", "Report serious incident numbers and Charity Commission reporting decisions to each Board meeting as part of the safeguarding dashboard.", "Director of Services", "Each Board meeting", "G",
             "First dashboard at this meeting."),
        ]),
    ]),
    ("Actions from the Board meeting of 27 June 2024", [
        ("Item 5: Health and safety and information governance", [
            ("B24/41", "Commission an independent review of data protection compliance across clinical and support services, reporting to the Finance & Audit Committee.", "Director of Finance & Resources", "Oct-24\nRevised: Jan-25", "R",
             "Scope agreed; supplier appointment delayed. Revised date agreed by FAC."),
        ]),
        ("Item 7: People and culture", [
            ("B24/45", "Present the outcome of the staff survey and the action plan agreed with the staff forum.", "Director of People", "Sep-24", "B",
             "Presented September 2024; action plan monitored by the People Committee."),
            ("B24/46", "Nominations Committee to set out how the Board will maintain the representation of people living with HIV in the 2025 trustee recruitment.", "Chair / Company Secretary", "Feb-25", "G",
             "Recruitment pack being drafted with the lived-experience advisory panel."),
        ]),
    ]),
]


def build_tht():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(THT_TITLE, style="Title")
    doc.add_paragraph("For the Board meeting on 11 December 2024 | Paper 3 | Author: Company Secretary")
    doc.add_paragraph("This log records actions agreed by the Board and their current status. Completed actions are reported once and then removed.")
    p = doc.add_paragraph()
    p.add_run("RAG: ").bold = True
    p.add_run("B = complete; G = on track; A = at risk of slipping; R = overdue")
    headers = ["Minute", "Action", "Owner", "Due", "RAG", "Update"]
    rag_fill = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}
    for meeting, items in THT_MEETINGS:
        doc.add_heading(meeting, level=2)
        t = doc.add_table(rows=1, cols=len(headers))
        t.style = "Table Grid"
        header_row(t, headers)
        for item, acts in items:
            merged_row(t, item)
            for (ref, act, owner, due, rag, upd) in acts:
                row = data_row(t, [ref, act, owner, due, rag, upd])
                shade(row.cells[4], rag_fill[rag])
        doc.add_paragraph()
    doc.add_paragraph("Actions closed at the September meeting have been removed. Next update: Board meeting on 20 March 2025.")
    doc.save(out("zdl-terrence-higgins-trust-board-of-trustees-action-log.docx"))


# ---------------------------------------------------------------------------
# 5. Children and Young People's Commissioner Scotland - UNCRC programme highlight report
# ---------------------------------------------------------------------------
CYPCS_TITLE = "UNCRC Act Implementation Programme – Highlight Report"
CYPCS_WS = [
    ("Workstream 1: Legal powers and strategic litigation", [
        ("1.1", "Approve and publish the Commissioner's policy on raising and intervening in proceedings under the UNCRC (Incorporation) (Scotland) Act 2024.", "Head of Legal", "30/09/2024", "30/09/2024", "Complete",
         "Approved by the Commissioner and published in October 2024."),
        ("1.2", "Establish a case selection panel and criteria for strategic litigation, including a framework for instructing external counsel.", "Head of Legal", "31/12/2024", "31/03/2025", "A",
         "Panel terms of reference agreed. Counsel framework re-advertised."),
        ("1.3", "Recruit two Legal Officers to support the new powers.", "Head of Legal / Head of Corporate Services", "31/10/2024", "30/04/2025", "R",
         "One post filled. Second post re-advertised after an unsuccessful campaign; decision needed on an interim secondment."),
    ]),
    ("Workstream 2: Investigations and advice", [
        ("2.1", "Update the advice and investigations casework procedures to reflect the compatibility duty on public authorities.", "Head of Advice and Investigations", "31/01/2025", "31/01/2025", "Complete",
         "Procedures issued to staff on 27 January 2025."),
        ("2.2", "Configure the case management system to record the UNCRC articles engaged in each enquiry.", "Head of Advice and Investigations", "28/02/2025", "28/02/2025", "G",
         "User testing under way with the supplier."),
    ]),
    ("Workstream 3: Participation and communications", [
        ("3.1", "Co-design child-friendly guidance on the new rights with the Young Advisers' Group.", "Head of Participation and Engagement", "31/03/2025", "30/06/2025", "A",
         "Young Advisers asked for a video version; additional design time agreed."),
        ("3.2", "Publish a 'Rights in Action' explainer for public authorities on the Commissioner's new powers.", "Head of Policy", "31/03/2025", "31/03/2025", "G",
         "Draft with the Commissioner for sign-off."),
    ]),
    ("Workstream 4: Corporate readiness", [
        ("4.1", "Assess litigation cost exposure and update the corporate risk register.", "Head of Corporate Services", "30/11/2024", "30/11/2024", "Complete",
         "New corporate risk CR09 approved by the Audit and Risk Committee in December 2024."),
        ("4.2", "Agree a litigation contingency budget for 2025/26 with the Scottish Parliamentary Corporate Body.", "Head of Corporate Services", "31/01/2025", "31/03/2025", "A",
         "Budget bid submitted; SPCB decision expected in March 2025."),
    ]),
]


def build_cypcs():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(CYPCS_TITLE, style="Title")
    doc.add_paragraph("Children and Young People's Commissioner Scotland")
    doc.add_paragraph("Report No. 7 | Reporting period: 1–31 January 2025 | For: Programme Board, 12 February 2025")

    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Version", "Date", "Author", "Status"])
    data_row(t, ["0.1", "3 February 2025", "Programme Manager", "Draft"])
    data_row(t, ["1.0", "6 February 2025", "Programme Manager", "Issued to Programme Board"])

    doc.add_heading("1. Overall status", level=1)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Dimension", "Last period", "This period", "Comment"])
    for row in [("Overall", "A", "A", "Core policy and procedures in place; recruitment and budget remain the main constraints."),
                ("Time", "A", "A", "Three milestones forecast later than baseline."),
                ("Cost", "G", "G", "Within 2024/25 programme budget."),
                ("Scope", "G", "G", "No change requests this period."),
                ("Resources", "A", "R", "Legal Officer vacancy now affecting case preparation.")]:
        data_row(t, list(row))

    doc.add_heading("2. Progress against milestones", level=1)
    doc.add_paragraph("RAG: Complete = delivered; G = on track for forecast date; A = forecast later than baseline but within tolerance; "
                      "R = outside tolerance, Programme Board decision required.")
    headers = ["No.", "Milestone / deliverable", "Lead", "Baseline date", "Forecast date", "RAG", "Commentary"]
    t = doc.add_table(rows=1, cols=len(headers))
    t.style = "Table Grid"
    header_row(t, headers)
    rag_fill = {"Complete": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}
    for ws, ms in CYPCS_WS:
        merged_row(t, ws, "DEEAF6")
        for (no, m, lead, base, fc, rag, com) in ms:
            row = data_row(t, [no, m, lead, base, fc, rag, com])
            shade(row.cells[5], rag_fill[rag])

    doc.add_heading("3. Key risks and issues", level=1)
    doc.add_paragraph("Recruitment: the market for solicitors with public law experience remains tight; a second unsuccessful campaign would delay readiness to raise proceedings.", style="List Bullet")
    doc.add_paragraph("Budget: without a contingency budget the Commissioner could not fund more than one set of proceedings in 2025/26.", style="List Bullet")
    doc.add_heading("4. Decision required", level=1)
    doc.add_paragraph("The Programme Board is asked to approve an interim six-month secondment to cover the vacant Legal Officer post.")
    doc.add_heading("5. Next report", level=1)
    doc.add_paragraph("Report No. 8 will cover February 2025 and go to the Programme Board on 12 March 2025.")
    doc.save(out("zdl-children-and-young-peoples-commissioner-scotland-uncrc-act-programme-highlight-report.docx"))


# ---------------------------------------------------------------------------
# 6. Ashburton Town Council - governance action plan, Smartsheet CSV export
# ---------------------------------------------------------------------------
ATC_HEADER = ["Task Name", "Ref", "Source", "Assigned To", "Start Date", "Due Date", "Status", "RAG", "Comments"]
ATC_ROWS = [
    ["Internal audit 2024/25 – interim and year-end reports"],
    ["Adopt the updated NALC model Financial Regulations (2024) and reconfirm Standing Orders", "IA1", "Internal auditor – year-end report", "Town Clerk", "14/04/25", "21/05/25", "Complete", "Blue", "Adopted at the Annual Meeting of the Council on 21/05/25, minute 25/031"],
    ["Bank reconciliations to be checked and signed each quarter by a councillor who is not a bank signatory, and the check minuted", "IA2", "Internal auditor – interim report", "RFO, Finance Committee Chair", "14/04/25", "Quarterly", "In Progress", "Green", "Q1 check minuted at Finance Committee 15/07/25"],
    ["Update the fixed asset register for the Town Hall works and new play equipment, reconciled to the AGAR Box 9 figure", "IA3", "Internal auditor – year-end report", "RFO", "16/06/25", "30/09/25", "In Progress", "Yellow", "Insurance revaluation awaited"],
    ["Publish the 2024/25 AGAR and the Notice of Public Rights on the council website in line with the Transparency Code", "IA4", "External auditor – AGAR 2024/25", "Town Clerk", "14/04/25", "16/06/25", "Complete", "Blue", "Published 13/06/25"],
    ["Governance and policy reviews"],
    ["Review and re-adopt the risk management scheme and risk register", "GP1", "Annual governance statement – assertion 5", "Town Clerk, Deputy Town Clerk", "", "30/11/25", "Not Started", "", ""],
    ["Adopt a Reserves Policy setting out the levels of general and earmarked reserves", "GP2", "Internal auditor – interim report", "RFO", "", "31/01/26", "Not Started", "", "To Finance Committee with the 2026/27 budget"],
    ["Complete Code of Conduct and declarations of interest training for the three councillors co-opted in 2025", "GP3", "Monitoring Officer advice", "Town Clerk", "16/06/25", "31/10/25", "In Progress", "Yellow", "Two of three complete via DALC"],
    ["Move all councillors to council-issued email addresses", "GP4", "Internal auditor – interim report", "Deputy Town Clerk", "14/07/25", "19/12/25", "In Progress", "Red", "IT supplier quote exceeds budget; to Policy & Resources Committee 14/10/25"],
    ["Data protection and records"],
    ["Review the document retention schedule and destroy time-expired personnel records", "DP1", "Internal auditor – year-end report", "Deputy Town Clerk", "", "31/03/26", "Not Started", "", ""],
]


def csv_field(v):
    if v == "":
        return ""
    if any(ch in v for ch in ',"\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def build_atc():
    lines = [",".join(csv_field(h) for h in ATC_HEADER)]
    for row in ATC_ROWS:
        row = row + [""] * (len(ATC_HEADER) - len(row))
        lines.append(",".join(csv_field(v) for v in row))
    with open(out("zdl-ashburton-town-council-governance-action-plan-2025-26-smartsheet-export.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------------------
# 7. University of Edinburgh - HSE improvement notices action plan (tab-separated text)
# ---------------------------------------------------------------------------
UOE_TITLE = "University of Edinburgh – HSE Improvement Notices: Corrective Action Plan"
UOE_SECTIONS = [
    ("Improvement Notice 1 – COSHH Regulation 9: thorough examination and testing of local exhaust ventilation (School of Chemistry)", [
        ("1.1", "Compile a complete inventory of LEV systems (fume cupboards, extracted enclosures and extraction arms) in the Joseph Black Building, each with a unique asset number.", "Head of School of Chemistry / Estates Compliance Manager", "04/04/2025", "Complete", "Inventory of 312 systems completed on 2 April 2025."),
        ("1.2", "Complete thorough examination and testing of every LEV system more than 14 months since its last test, using a UKAS-accredited contractor.", "Estates Compliance Manager", "13/06/2025", "Green", "241 of 312 systems tested; the remainder are scheduled."),
        ("1.3", "Take out of use and label any fume cupboard that fails its face velocity test until it has been repaired and re-tested.", "School Safety Adviser", "Immediate and ongoing", "Green", "Nine cupboards taken out of use; six repaired and returned."),
        ("1.4", "Set up planned preventive maintenance for LEV in the Estates CAFM system with an automatic 14-month recall.", "Estates Compliance Manager", "30/06/2025", "Amber", "CAFM configuration delayed by the system upgrade."),
    ]),
    ("Improvement Notice 2 – Management of Health and Safety at Work Regulations 1999, Regulation 3: risk assessment for work with hydrofluoric acid", [
        ("2.1", "Review and re-issue all risk assessments and standard operating procedures for work with hydrofluoric acid.", "Head of School of Chemistry", "30/04/2025", "Complete", "Seventeen assessments re-issued."),
        ("2.2", "Ensure calcium gluconate gel is available at every point of use and that first aiders in the building are trained in HF first aid.", "School Safety Adviser; Occupational Health Manager", "16/05/2025", "Complete", "Checked by the Health and Safety Department on 19 May 2025."),
        ("2.3", "Train all staff and postgraduate researchers authorised to use HF, and keep a register of authorised users.", "School Safety Adviser", "27/06/2025", "Amber", "82% trained; remaining researchers are on fieldwork until June."),
    ]),
    ("Wider assurance actions agreed with the HSE inspector", [
        ("3.1", "Internal audit of LEV and hazardous substance management in all science schools.", "Director of Health and Safety", "31/10/2025", "", ""),
        ("3.2", "Report progress on compliance with the notices to the University Executive and to the Court's Audit and Risk Committee.", "Director of Health and Safety", "June – October 2025", "Green", "First report to the University Executive on 10 June 2025."),
    ]),
]


def build_uoe():
    L = [
        UOE_TITLE,
        "University Health and Safety Committee, 3 June 2025 – Paper D. Status at 23 May 2025.",
        "Notices served by HSE on 10 March 2025. Compliance date for both notices: 30 June 2025.",
        "",
        "\t".join(["Ref", "Action", "Owner", "Target date", "Status", "Progress / evidence"]),
    ]
    for sec, acts in UOE_SECTIONS:
        L.append(sec + "\t\t\t\t\t")
        for a in acts:
            L.append("\t".join(a))
    L.append("")
    L.append("Status key: Complete; Green – on track; Amber – at risk of missing the compliance date; Red – will miss the compliance date (extension to be sought from HSE).")
    with open(out("zdl-university-of-edinburgh-hse-improvement-notices-action-plan.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


if __name__ == "__main__":
    build_shrc()
    build_sbhg()
    row = build_ccga()
    print("CCGA typo month on sheet row", row)
    build_tht()
    build_cypcs()
    build_atc()
    build_uoe()
    print("done")
