#!/usr/bin/env python3
"""Build the seven pa- blind test files (set heldout447).

Run with /work/main/.venv/bin/python (openpyxl + python-docx).
Only writes files whose names start with "pa-" in this folder.
"""
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE, GREY = "FF0000", "FFC000", "00B050", "0070C0", "D9D9D9"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def d(y, m, day):
    return dt.datetime(y, m, day)


def out(name):
    assert name.startswith("pa-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. RBKC internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
RBKC_TITLE = "RBKC Internal Audit – Outstanding Recommendations Tracker (position at 31 October 2025)"
RBKC_SECTIONS = [
    ("Direct Payments (Adult Social Care) – 2024/25 – Limited Assurance", [
        ("ASC/DP/01", "High",
         "The Council should ensure that annual financial reviews of direct payment accounts are completed and recorded for all recipients, and that surplus balances are recovered promptly.",
         "A schedule of annual financial reviews will be introduced, prioritising accounts with balances above eight weeks' funding. Surplus balances identified will be reclaimed in line with the Direct Payments Policy.",
         "Head of Finance – People Services", d(2025, 3, 31), d(2025, 9, 30), "Amber", "Red",
         "Review schedule in place; 212 of 340 reviews completed. Recovery of £184k surplus balances under way; completion delayed by staff vacancies."),
        ("ASC/DP/02", "Medium",
         "Direct payment agreements should be signed and held on the case record before the first payment is made.",
         "Finance will not release a first payment until a signed agreement is uploaded to Mosaic; a monthly exception report will be sent to team managers.",
         "Direct Payments Team Manager / Systems Lead (Mosaic)", d(2025, 6, 30), None, "Green", "Implemented",
         "Control built into payment workflow from 1 July 2025. Exception reports show no payments without agreements in Aug–Oct 2025. Verified by Internal Audit."),
    ]),
    ("Procurement Cards – 2024/25 – Limited Assurance", [
        ("FIN/PC/01", "High",
         "All purchase card transactions should be reconciled and approved by the cardholder's line manager within the monthly deadline.",
         "Monthly compliance reports will be issued to Directors; cards will be suspended where reconciliations are more than 30 days overdue.",
         "Director of Financial Management", d(2025, 5, 31), d(2025, 12, 31), "Red", "Amber",
         "Suspension process agreed by ELT in September 2025. Overdue reconciliations reduced from 19% to 7%."),
        ("FIN/PC/02", "Medium",
         "The list of active cardholders should be reconciled to the HR leavers report each month.",
         "Leavers report to be matched to the card provider's cardholder list monthly and cards of leavers cancelled within five working days.",
         "Procurement Compliance Officer", d(2025, 11, 30), None, "Amber", "Green",
         "Monthly match now in place; two cards of leavers cancelled in October."),
        ("FIN/PC/03", "Low",
         "Merchant category code blocks should be reviewed annually.",
         "Annual review of blocked merchant categories to be added to the Procurement team's work programme.",
         "Head of Procurement and Supply", d(2026, 3, 31), None, "–", None,
         "Not yet due."),
    ]),
    ("Cyber Security: Patch Management – 2025/26 – Reasonable Assurance", [
        ("ICT/PM/01", "High",
         "Critical security patches should be applied to all servers within 14 days of release, with exceptions formally risk-accepted.",
         "Patch compliance dashboard to be reported fortnightly to the ICT Security Board; exceptions to be logged on the ICT risk register and signed off by the Chief Information Officer.",
         "Head of ICT Infrastructure", d(2025, 10, 31), d(2026, 1, 31), "Green", "Amber",
         "Dashboard live. 11 legacy servers cannot be patched until the planning system migration completes in January 2026."),
        ("ICT/PM/02", "Medium",
         "An up-to-date asset inventory should be maintained for all devices connected to the corporate network.",
         "Discovery tool to be deployed and the CMDB reconciled quarterly.",
         "ICT Service Delivery Manager; Cyber Security Lead", d(2025, 12, 31), None, "Green", "Green",
         "Discovery tool deployed; first reconciliation due in December."),
        ("ICT/PM/03", "Medium",
         "Servers running unsupported operating systems should be decommissioned or isolated.",
         "Decommission plan for the remaining Windows Server 2012 hosts to be agreed with service owners.",
         "Head of ICT Infrastructure", d(2025, 9, 30), None, "Amber", "Implemented",
         "All 2012 hosts decommissioned or isolated on a segregated VLAN by 26/09/2025. Verified."),
    ]),
]
RAG_FILL = {"Red": RED, "Amber": AMBER, "Green": GREEN, "Implemented": BLUE}


def make_rbkc():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = RBKC_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Report to the Audit and Transparency Committee, 26 November 2025"
    ws["A4"] = "Summary by audit priority"
    ws["A4"].font = Font(bold=True)
    hdr = ["Priority", "Reported", "Implemented", "On track / not yet due", "Revised date agreed", "Overdue"]
    rows = [["High", 3, 0, 0, 2, 1], ["Medium", 4, 2, 2, 0, 0], ["Low", 1, 0, 1, 0, 0],
            ["Total", 8, 2, 3, 2, 1]]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill(GREY)
        cell.border = BOX
    for r, row in enumerate(rows, 6):
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BOX
            if row[0] == "Total":
                cell.font = Font(bold=True)
    ws["A11"] = "RAG key"
    ws["A11"].font = Font(bold=True)
    key = [("Blue", BLUE, "Implemented – verified by Internal Audit; removed from the next report"),
           ("Green", GREEN, "On track to meet the agreed target date"),
           ("Amber", AMBER, "Target date revised or at risk"),
           ("Red", RED, "Overdue – revised date passed or not agreed")]
    for i, (word, col, meaning) in enumerate(key, 12):
        ws.cell(row=i, column=1, value=word).fill = fill(col)
        ws.cell(row=i, column=2, value=meaning)
    ws.column_dimensions["A"].width = 14
    for col in "BCDEF":
        ws.column_dimensions[col].width = 20

    ws = wb.create_sheet("Tracker")
    ws["A1"] = RBKC_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Report to the Audit and Transparency Committee, 26 November 2025"
    heads = ["Ref", "Priority", "Recommendation", "Agreed management action", "Responsible officer",
             "Original target date", "Revised target date", "Previous RAG (Jul 2025)", "Current RAG",
             "Progress update (Oct 2025)"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
        cell.alignment = WRAP
        cell.border = BOX
    r = 5
    for section, recs in RBKC_SECTIONS:
        ws.cell(row=r, column=1, value=section).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = fill(GREY)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for (ref, prio, rec, act, off, orig, rev, prev, cur, upd) in recs:
            vals = [ref, prio, rec, act, off, orig, rev, prev, cur, upd]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            for c, v in ((8, prev), (9, cur)):
                if v in RAG_FILL:
                    ws.cell(row=r, column=c).fill = fill(RAG_FILL[v])
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Total recommendations reported: 8 (High 3, Medium 4, Low 1)")
    ws.cell(row=r + 1, column=1,
            value="Implemented recommendations are verified by Internal Audit before being closed.")
    widths = [12, 10, 45, 50, 26, 14, 14, 13, 13, 45]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A5"
    wb.save(out("pa-royal-borough-of-kensington-and-chelsea-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 2. Worcestershire County Council corporate risk register (xlsx)
# ---------------------------------------------------------------------------
WCC_RISKS = [
    ("CRR1 Financial Sustainability",
     "Cause: rising demand in adult social care, children's placements and home to school transport, with limited growth in funding.\nEvent: the council cannot set a balanced budget over the medium term.\nEffect: use of reserves, emergency spending controls and a possible section 114 notice.",
     "Chief Financial Officer", "5 x 5 = 25",
     "Medium Term Financial Plan; monthly budget monitoring to Cabinet; spending control panel", "4 x 5 = 20", "↔",
     [("1.1", "Deliver the 2025/26 savings programme of £21.4m, with monthly tracking of delivery to the Strategic Leadership Team.",
       "Chief Financial Officer", "Mar-26", GREEN),
      ("1.2", "Set a balanced budget for 2026/27 and refresh the Medium Term Financial Plan to 2029/30.",
       "Chief Financial Officer / Head of Strategic Finance", "Feb-26", AMBER),
      ("1.3", "Apply for Exceptional Financial Support if the 2026/27 budget gap cannot be closed.",
       "Chief Executive", "TBC", None)]),
    ("CRR2 Home to School Transport (SEND)",
     "Cause: growth in the number of children with EHC plans eligible for transport and in the cost of routes.\nEvent: transport spend continues to exceed budget and routes cannot be secured.\nEffect: overspend; children without transport at the start of term.",
     "Strategic Director for People", "4 x 4 = 16",
     "Route optimisation software; transport eligibility policy; weekly demand monitoring", "4 x 4 = 16", "↑",
     [("2.1", "Complete the re-procurement of SEND transport routes through the Dynamic Purchasing System.",
       "Head of Transport Operations", d(2025, 12, 31), GREEN),
      ("2.2", "Expand independent travel training so that 60 more young people travel independently by the end of the academic year.",
       "Assistant Director for Education and Skills", "Jul-26", AMBER)]),
    ("CRR3 Cyber Attack",
     "Cause: increasing sophistication of attacks on local government; legacy systems.\nEvent: a successful cyber attack on council systems.\nEffect: loss of services and data, financial and reputational harm.",
     "Chief Digital Officer", "4 x 5 = 20",
     "Firewalls and endpoint protection; Public Services Network compliance; immutable backups", "3 x 5 = 15", "↔",
     [("3.1", "Complete the migration of remaining on-premises services to the cloud and retire the legacy data centre.",
       "Head of IT Infrastructure", "Q4 2025/26", RED),
      ("3.2", "Run a cyber incident exercise with the Strategic Leadership Team and test the backup restoration plan.",
       "Chief Digital Officer; Emergency Planning Manager", "Nov-25", BLUE),
      ("3.3", "Mandatory cyber awareness training for all staff with network access.",
       "Head of HR and OD", "Ongoing", GREEN)]),
    ("CRR4 Adult Social Care Market Sufficiency",
     "Cause: workforce shortages and rising costs for care providers.\nEvent: providers exit the market or cannot meet demand.\nEffect: delayed hospital discharges and people waiting for care.",
     "Strategic Director for People", "4 x 4 = 16",
     "Market position statement; provider quality team; fee uplift 2025/26", "3 x 4 = 12", "↓",
     [("4.1", "Agree the 2026/27 fee uplift with care providers following the cost of care review.",
       "Assistant Director, Commissioning", d(2026, 3, 31), GREEN),
      ("4.2", "Commission additional nursing dementia beds in the Wyre Forest and Redditch areas.",
       "Assistant Director, Commissioning", "Sep-26", AMBER)]),
]


def make_wcc():
    wb = Workbook()
    ws = wb.active
    ws.title = "Corporate Risk Register"
    ws["A1"] = "Worcestershire County Council – Corporate Risk Register 2025/26"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Quarter 2 review (position at 30 September 2025) – Audit and Governance Committee, 21 November 2025"
    heads = ["Risk", "Description (cause / event / effect)", "Risk Owner", "Inherent Score (L x I)",
             "Key Controls in Place", "Residual Score", "Trend", "Ref", "Further Mitigating Actions",
             "Action Owner", "Target Date", "Action RAG"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("203864")
        cell.alignment = WRAP
        cell.border = BOX
    r = 5
    for (risk, desc, owner, inh, ctrl, res, trend, actions) in WCC_RISKS:
        first = r
        for (ref, act, aown, tdate, rag) in actions:
            for c, v in ((8, ref), (9, act), (10, aown), (11, tdate)):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            cell = ws.cell(row=r, column=12)
            cell.border = BOX
            if rag:
                cell.fill = fill(rag)
            r += 1
        last = r - 1
        for c, v in enumerate([risk, desc, owner, inh, ctrl, res, trend], 1):
            cell = ws.cell(row=first, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
            if c == 1:
                cell.font = Font(bold=True)
            if last > first:
                ws.merge_cells(start_row=first, start_column=c, end_row=last, end_column=c)
    r += 1
    ws.cell(row=r, column=1, value="Action RAG key:").font = Font(bold=True)
    key = [(BLUE, "Blue = action complete"), (GREEN, "Green = on track"),
           (AMBER, "Amber = at risk of slippage"), (RED, "Red = off track / overdue"),
           (None, "No colour = not yet started")]
    for i, (col, txt) in enumerate(key):
        c = ws.cell(row=r + 1 + i, column=1)
        if col:
            c.fill = fill(col)
        ws.cell(row=r + 1 + i, column=2, value=txt)
    ws.cell(row=r + 7, column=1, value="Trend: ↑ risk increasing  ↔ no change  ↓ risk reducing")
    widths = [22, 48, 20, 12, 36, 11, 7, 6, 50, 28, 12, 9]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A5"

    m = wb.create_sheet("Scoring Matrix")
    m["A1"] = "Risk scoring matrix (Likelihood x Impact)"
    m["A1"].font = Font(bold=True)
    m["A3"] = "Likelihood \\ Impact"
    for i in range(1, 6):
        m.cell(row=3, column=1 + i, value=i).font = Font(bold=True)
        m.cell(row=3 + i, column=1, value=6 - i).font = Font(bold=True)
        for j in range(1, 6):
            score = (6 - i) * j
            cell = m.cell(row=3 + i, column=1 + j, value=score)
            cell.fill = fill(RED if score >= 15 else AMBER if score >= 8 else GREEN)
    m["A10"] = "Scores of 15 and above are reported to Cabinet; 8–12 are managed by directorates."
    wb.save(out("pa-worcestershire-county-council-corporate-risk-register-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 3. Camden ILACS improvement plan (xlsx)
# ---------------------------------------------------------------------------
CAMDEN_TITLE = "Camden Children and Learning – ILACS Improvement Plan 2025–2027"
CAMDEN = [
    ("Theme 1: Help and protection", [
        ("The timeliness of assessments and support for disabled children and their families.", [
            ("1.1", "Re-design the Children with Disabilities front door so that all new referrals are screened by a social worker within 1 working day and assessments are allocated within 5 working days.",
             "Head of Service – Disabled Children", d(2025, 6, 30), d(2025, 9, 30),
             "New pathway launched 1 September 2025. 92% of referrals screened within 1 working day in September.", "B"),
            ("1.2", "Agree joint short-break eligibility criteria with health and education partners and publish the revised Short Breaks Statement.\nConsult parent carers through Camden Parent Carer Forum before publication.",
             "Head of Service – Disabled Children / SEND Commissioning Manager", d(2025, 12, 31), None,
             "Draft criteria agreed at SEND Partnership Board; consultation opens November.", "G"),
        ]),
        ("The recording of management oversight and supervision, so that the reasons for decisions are clear on children’s records.", [
            ("2.1", "Introduce a single supervision template in Mosaic with a mandatory ‘reason for decision’ field, and train all team managers in its use.",
             "Principal Social Worker", d(2025, 7, 31), d(2025, 11, 30),
             "Template built; training of 38 of 52 managers complete.", "A"),
            ("2.2", "Quarterly dip sample of 10% of supervision records, reported to the Practice Improvement Board.",
             "Head of Quality Assurance", "Quarterly", None,
             "First dip sample (Q2) found reasons recorded in 71% of records.", "G"),
        ]),
    ]),
    ("Theme 2: Children in care and care leavers", [
        ("Sufficiency of local foster homes, so that more children in care can live in Camden or close to it.", [
            ("3.1", "Launch a refreshed foster carer recruitment campaign, with an enhanced allowances and support package for Camden carers.",
             "Head of Fostering and Adoption", d(2025, 9, 30), None,
             "Campaign launched 8 September 2025; 27 enquiries in the first month.", "B"),
            ("3.2", "Increase the number of approved Camden fostering households from 78 to 95.",
             "Head of Fostering and Adoption", d(2026, 3, 31), d(2026, 9, 30),
             "Net gain of 3 households since April; deregistrations exceed approvals. Revised date agreed by Improvement Board.", "R"),
        ]),
        ("Care leavers’ access to their health histories and to suitable, affordable accommodation.", [
            ("4.1", "Provide every care leaver with a written summary of their health history before their 18th birthday, using the new Health Passport.",
             "Designated Nurse for Children in Care (NCL ICB)", d(2025, 12, 31), None,
             "Health Passport agreed; 46% of 17-year-olds have received a summary.", "A"),
            ("4.2", "Agree a joint protocol with Housing Needs so that care leavers are prioritised for social housing and are not placed in bed and breakfast accommodation.",
             "Head of Leaving Care Service; Head of Housing Needs", d(2025, 10, 31), d(2026, 1, 31),
             "Protocol drafted; awaiting sign-off by the Housing Allocations Panel.", "A"),
            ("4.3", "Extend the Staying Close offer to care leavers aged 18–21 leaving residential care.",
             "Head of Leaving Care Service", d(2026, 4, 30), None, "", "NS"),
        ]),
    ]),
    ("Theme 3: Leadership and quality assurance", [
        ("The impact of learning from audits on practice, so that audit findings lead to sustained improvement.", [
            ("5.1", "Introduce a ‘closing the loop’ step in the audit cycle: re-audit a sample of cases three months after each thematic audit and report findings to the Improvement Board.",
             "Head of Quality Assurance", d(2026, 1, 31), None,
             "Re-audit of the June neglect audit scheduled for October.", "G"),
        ]),
    ]),
]
CAMDEN_FILL = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}


def make_camden():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = CAMDEN_TITLE
    ws["A1"].font = Font(bold=True, size=16)
    ws["A2"] = "Response to the Ofsted inspection of local authority children's services (ILACS), January 2025"
    ws["A3"] = "Overall effectiveness: Good. Plan overseen by the Camden Children's Services Improvement Board."
    ws["A5"] = "Document control"
    ws["A5"].font = Font(bold=True)
    dc = [["Version", "Date", "Author", "Summary of changes", "Approved by"],
          ["1.0", "14/04/2025", "Head of Quality Assurance", "First version submitted to Ofsted",
           "Director of Children's Safeguarding and Social Work"],
          ["1.1", "22/07/2025", "Improvement Programme Manager", "Q1 progress added", "Improvement Board"],
          ["1.2", "21/10/2025", "Improvement Programme Manager",
           "Q2 progress; revised dates agreed at Improvement Board", "Improvement Board"]]
    for i, row in enumerate(dc, 6):
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=i, column=c, value=v)
            cell.border = BOX
            if i == 6:
                cell.font = Font(bold=True)
                cell.fill = fill(GREY)
    ws["A11"] = "RAG key"
    ws["A11"].font = Font(bold=True)
    key = [("B", BLUE, "Complete – evidence of impact reviewed by the Improvement Board"),
           ("G", GREEN, "On track"),
           ("A", AMBER, "Some slippage – recovery plan in place"),
           ("R", RED, "Off track – escalated to the Improvement Board"),
           ("NS", None, "Not started")]
    for i, (k, col, meaning) in enumerate(key, 12):
        cell = ws.cell(row=i, column=1, value=k)
        cell.border = BOX
        if col:
            cell.fill = fill(col)
        ws.cell(row=i, column=2, value=meaning)
    for col, w in zip("ABCDE", [12, 14, 30, 50, 45]):
        ws.column_dimensions[col].width = w

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = "ILACS Improvement Plan – progress at Quarter 2 (October 2025)"
    ws["A1"].font = Font(bold=True, size=13)
    heads = ["Ofsted recommendation (what needs to improve)", "Ref", "Action", "Lead",
             "Original completion date", "Revised completion date", "Progress update (Q2)", "RAG"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=3, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("7030A0")
        cell.alignment = WRAP
        cell.border = BOX
    r = 4
    for theme, recs in CAMDEN:
        ws.cell(row=r, column=1, value=theme).font = Font(bold=True, size=12)
        ws.cell(row=r, column=1).fill = fill("E4DFEC")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for rec, actions in recs:
            first = r
            for (ref, act, lead, orig, rev, upd, rag) in actions:
                vals = [None, ref, act, lead, orig, rev, upd, rag]
                for c, v in enumerate(vals, 1):
                    if c == 1:
                        continue
                    cell = ws.cell(row=r, column=c, value=v if v != "" else None)
                    cell.alignment = WRAP
                    cell.border = BOX
                    if isinstance(v, dt.datetime):
                        cell.number_format = "mmm-yy"
                if rag in CAMDEN_FILL:
                    ws.cell(row=r, column=8).fill = fill(CAMDEN_FILL[rag])
                ws.cell(row=r, column=8).alignment = Alignment(horizontal="center", vertical="top")
                r += 1
            cell = ws.cell(row=first, column=1, value=rec)
            cell.alignment = WRAP
            cell.border = BOX
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(row=r, column=1,
            value="Note: revised dates were agreed by the Camden Children's Services Improvement Board on 15 October 2025. Original dates are kept for transparency.")
    for col, w in zip("ABCDEFGH", [40, 6, 55, 30, 12, 12, 45, 6]):
        ws.column_dimensions[col].width = w
    wb.save(out("pa-camden-council-ilacs-improvement-plan.xlsx"))


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


# ---------------------------------------------------------------------------
# 4. Ealing focused visit action plan (docx)
# ---------------------------------------------------------------------------
EALING_TITLE = "Ealing Children’s Services: Ofsted Focused Visit Action Plan"
EALING = [
    ("Area for improvement 1",
     "The timeliness of initial child protection conferences when children are first identified as at risk of significant harm.",
     [("1.1", "Review conference capacity and add two additional conference slots per week from September 2025.",
       "Head of Child Protection and Reviewing", "September 2025",
       "95% of initial conferences held within 15 working days of the strategy discussion", "Complete"),
      ("1.2", "Weekly tracker of children awaiting an initial conference to be reviewed by the Head of Service, with escalation to the Assistant Director where a conference is at risk of being out of timescale.",
       "Head of Child Protection and Reviewing / Assistant Director Safeguarding", "Weekly – ongoing",
       "No conference out of timescale without a recorded reason", "Green")]),
    ("Area for improvement 2",
     "The quality of child in need and child protection plans, so that they are specific, measurable and understood by parents.",
     [("2.1", "Relaunch the SMART plan template co-produced with parents, with practice workshops for all CIN and CP social workers.",
       "Principal Social Worker", "31 October 2025",
       "All CIN and CP social workers attend a workshop", "Amber"),
      ("2.2", "Audit 40 CIN and CP plans each quarter against the plan quality standard and share themes at practice week.",
       "Head of Quality Assurance and Practice Improvement", "Q4 2025/26",
       "75% of audited plans graded good or better", "Green"),
      ("2.3", "Translate plan summaries for parents whose first language is not English, using the Council’s interpreting contract.",
       "Service Manager (CIN/CP)", "End of January 2026",
       "Parents’ feedback shows they understand their plan", "Red")]),
    ("Area for improvement 3",
     "Management oversight of children who have been on child in need plans for more than 12 months.",
     [("3.1", "Service Managers to chair a monthly panel reviewing all children open to child in need for over 12 months, with a decision on step-down, escalation or closure recorded.",
       "Service Manager (CIN/CP)", "December 2025",
       "Every child open over 12 months has a panel decision on file", "Green"),
      ("3.2", "Add a 12-month child in need flag to the Mosaic performance dashboard.",
       "Business Intelligence Manager", "w/c 03/11/2025",
       "Flag visible to team managers", "Not started")]),
]
DOC_FILL = {"Complete": "5B9BD5", "Green": "92D050", "Amber": "FFC000", "Red": "FF0000",
            "On track": "92D050", "At risk": "FFC000", "Overdue": "FF0000"}


def make_ealing():
    doc = Document()
    doc.add_paragraph(EALING_TITLE, style="Title")
    doc.add_paragraph("Focused visit: children in need and children subject to a child protection plan, "
                      "11 and 12 June 2025. Letter published 17 July 2025.")
    doc.add_paragraph("Plan owner: Strategic Director, Children’s Services. Progress is reported monthly to "
                      "the Ealing Children’s Improvement Board and quarterly to the Children’s Scrutiny Panel.")
    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=4, cols=3)
    t.style = "Table Grid"
    for i, row in enumerate([("Version", "Date", "Status"),
                             ("0.3", "28/08/2025", "Draft for Children’s DMT"),
                             ("1.0", "09/09/2025", "Approved by the Improvement Board"),
                             ("1.1", "03/11/2025", "Updated with October progress")]):
        for j, v in enumerate(row):
            set_cell(t.cell(i, j), v, bold=(i == 0))
    doc.add_heading("Areas for improvement", level=1)
    for afi, text, actions in EALING:
        doc.add_heading(afi, level=2)
        p = doc.add_paragraph(text)
        p.runs[0].italic = True
        t = doc.add_table(rows=1 + len(actions), cols=6)
        t.style = "Table Grid"
        for j, h in enumerate(["Ref", "Action", "Lead", "By when", "Measure of success", "RAG"]):
            set_cell(t.cell(0, j), h, bold=True)
            shade(t.cell(0, j), "D9E2F3")
        for i, row in enumerate(actions, 1):
            for j, v in enumerate(row):
                set_cell(t.cell(i, j), v)
            if row[5] in DOC_FILL:
                shade(t.cell(i, 5), DOC_FILL[row[5]])
        doc.add_paragraph("")
    doc.add_paragraph("RAG: Complete – action delivered and evidenced; Green – on track; Amber – some "
                      "slippage; Red – off track; Not started.")
    doc.save(out("pa-ealing-council-ofsted-focused-visit-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. H&F SCP LCSPR Child L action plan (docx)
# ---------------------------------------------------------------------------
HF_TITLE = "Child L: Local Child Safeguarding Practice Review – Multi-agency Action Plan"
HF = [
    ("Recommendation 1: The Partnership should seek assurance that agencies identify and respond to the cumulative impact of neglect when babies and toddlers are repeatedly not brought to health appointments.",
     [("1a", "Re-launch the multi-agency Was Not Brought guidance with a 7-minute briefing and include it in the neglect toolkit.",
       "Designated Nurse Safeguarding Children (NW London ICB)", "September 2025",
       "Guidance relaunched 15/09/2025; briefing delivered to 214 practitioners.", "Complete"),
      ("1b", "GP practices to add a Was Not Brought alert to the records of children under 2 with two or more missed appointments.",
       "Named GP for Safeguarding Children", "Dec-25",
       "Alert template agreed; 19 of 28 practices using it.", "On track"),
      ("1c", "Multi-agency audit of 20 cases of children under 2 with repeated missed appointments, to test whether the guidance has changed practice.",
       "Partnership Quality Assurance Lead", "October 2025",
       "Audit postponed because of auditor capacity; to be rescheduled at November subgroup.", "Overdue")]),
    ("Recommendation 2: Agencies should ensure that information about fathers and other men in the household is sought, recorded and shared.",
     [("2a", "Update the MASH information-sharing checklist to require checks on all adults living in or regularly visiting the household.",
       "Head of MASH and Assessment", "31/10/2025",
       "Checklist updated and in use from 1 October 2025.", "Complete"),
      ("2b", "Deliver ‘seen and heard’ training on engaging fathers to early help, health visiting and social work staff.",
       "Head of Early Help / 0-19 Service Lead (CLCH)", "Oct 2025 – Mar 2026",
       "Two of six sessions delivered; health visiting attendance low.", "At risk")]),
    ("Recommendation 3: The Partnership should test how well the police and children’s social care share information when a parent is arrested for an offence involving violence.",
     [("3a", "Agree a joint notification protocol so that the MASH is told within 24 hours when a parent of a child under 5 is arrested for a violent offence.",
       "Detective Inspector Public Protection (Met Police Central West)", "January 2026",
       "Draft protocol with police legal services.", "On track"),
      ("3b", "Present the findings of the review and the partnership response to the Safeguarding Children Partnership Executive and publish a learning briefing.",
       "Partnership Business Manager", "July 2025",
       "Presented 3 July 2025; briefing published on the partnership website.", "Complete"),
      ("3c", "Include the learning from Child L in the Partnership’s multi-agency domestic abuse training.",
       "Partnership Training Coordinator", "April 2026", "", "Not started")]),
]


def make_hf():
    doc = Document()
    doc.add_paragraph(HF_TITLE, style="Title")
    p = doc.add_paragraph("Hammersmith & Fulham Safeguarding Children Partnership")
    p.runs[0].bold = True
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Review published", "June 2025"),
                                ("Independent reviewer", "Dr A. Morgan"),
                                ("Plan owner", "Case Review and Learning Subgroup"),
                                ("Date of this update", "4 November 2025")]):
        set_cell(t.cell(i, 0), k, bold=True)
        set_cell(t.cell(i, 1), v)
    doc.add_paragraph("")
    doc.add_paragraph("Status key: Complete (blue) – On track (green) – At risk (amber) – Overdue (red) – Not started")
    n = sum(len(a) for _, a in HF)
    t = doc.add_table(rows=1 + n, cols=7)
    t.style = "Table Grid"
    for j, h in enumerate(["Recommendation", "No.", "Action", "Lead", "Timescale",
                           "Progress / evidence of impact", "Status"]):
        set_cell(t.cell(0, j), h, bold=True)
        shade(t.cell(0, j), "DEEAF6")
    r = 1
    for rec, actions in HF:
        first = r
        for row in actions:
            for j, v in enumerate(row, 1):
                set_cell(t.cell(r, j), v)
            if row[5] in DOC_FILL:
                shade(t.cell(r, 6), DOC_FILL[row[5]])
            r += 1
        merged = t.cell(first, 0).merge(t.cell(r - 1, 0)) if r - 1 > first else t.cell(first, 0)
        set_cell(merged, rec)
    doc.add_paragraph("")
    doc.add_paragraph("Signed off by the safeguarding partners (LBHF, NHS North West London ICB and the "
                      "Metropolitan Police) on 12 June 2025. Progress is reviewed at each meeting of the "
                      "Case Review and Learning Subgroup.")
    doc.save(out("pa-hammersmith-and-fulham-safeguarding-children-partnership-lcspr-child-l-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Redbridge HWB action log (csv)
# ---------------------------------------------------------------------------
REDBRIDGE_LINES = [
    'Redbridge Health and Wellbeing Board – Action Log,,,,,,,',
    'Updated following the Board meeting of 23 September 2025,,,,,,,',
    ',,,,,,,',
    'Ref,Meeting date,Minute,Action,Owner,Due,Update,RAG',
    'HWB/25/04,24/03/2025,41,"Bring a report on uptake of childhood immunisations by ward, with actions to close the gap in the lowest-uptake wards.",Director of Public Health,Jun-25,Report presented 24 June 2025 (minute 12). Action closed.,B',
    'HWB/25/07,24/06/2025,12,Circulate the Redbridge immunisations equity plan to Board members.,Consultant in Public Health,Jul-25,Circulated 18 July 2025.,B',
    'HWB/25/08,24/06/2025,14,"Better Care Fund 2025-26: agree the final planning template by delegation, ahead of national submission.",Director of Adult Social Services / Redbridge Place Director (NEL ICB),Sep-25,Agreed and submitted 5 September 2025.,B',
    'HWB/25/09,24/06/2025,15,"Pharmaceutical Needs Assessment: set up a steering group and bring the draft PNA to the Board before consultation.",Public Health Intelligence Manager,Next meeting (Dec 2025),Steering group has met twice; draft on track for December.,G',
    'HWB/25/11,23/09/2025,22,"Joint Local Health and Wellbeing Strategy refresh:\n- hold a development session for Board members;\n- bring a draft outcomes framework to the Board.",Samira Khan and Tom Reeves,January 2026,Development session booked for 12 November.,G',
    'HWB/25/12,23/09/2025,23,"Provide a breakdown of delayed discharges for Redbridge residents from King George and Queen\'s hospitals, by reason for delay.",Director of Adult Social Services,Nov-25,Data requested from BHRUT; awaiting response.,A',
    'HWB/25/13,23/09/2025,24,"Write to the Mayor of London on behalf of the Board about funding for youth services, following the Serious Violence Duty presentation.",Chair of the Board,Oct-25,Letter drafted but not yet sent.,R',
    'HWB/25/14,23/09/2025,25,Healthwatch Redbridge to share its report on access to GP appointments with the ICB primary care team.,Healthwatch Redbridge Manager,Ongoing,,',
    ',,,,,,,',
    '"Key: B = complete (removed after the next meeting), G = on track, A = some delay, R = overdue / not progressing",,,,,,,',
    'Actions marked B are reported once and then removed from the log.,,,,,,,',
]


def make_redbridge():
    with open(out("pa-redbridge-health-and-wellbeing-board-action-log.csv"), "w", encoding="utf-8",
              newline="") as f:
        f.write("\r\n".join(REDBRIDGE_LINES) + "\r\n")


# ---------------------------------------------------------------------------
# 7. Kingston corporate plan delivery tracker, tab-separated (refuse)
# ---------------------------------------------------------------------------
KINGSTON_LINES = [
    "Royal Borough of Kingston upon Thames – Corporate Plan 2023–27: Delivery Tracker",
    "Quarter 2 2025/26 (July–September 2025) – exported from the performance system 14/10/2025",
    "",
    "Ref\tAction / milestone\tLead officer\tDue\tQ1 RAG\tQ2 RAG\tCommentary",
    "Priority 1: A greener, cleaner borough\t\t\t\t\t\t",
    "1.1\tInstall 300 additional on-street electric vehicle charge points.\tHead of Highways and Transport\tMar-26\tG\tG\t187 installed to date.",
    "1.2\tComplete the roll-out of food waste collections to flats above shops.\tHead of Waste and Street Services\tDec-25\tA\tA\tRoll-out paused in Surbiton while collection vehicles are replaced.",
    "1.3\tAdopt the Kingston Tree Strategy and plant 1,000 street trees in the 2025/26 planting season.\tHead of Parks and Open Spaces\tFebuary 2026\tG\tG\tStrategy adopted by Place Committee in July.",
    "Priority 2: Good homes for residents\t\t\t\t\t\t",
    "2.1\tDeliver 64 new council homes at the Cambridge Road Estate (Phase 1).\tDirector of Housing Delivery\tSep-26\tA\tR\tContractor insolvency; re-procurement under way.",
    "2.2\tReduce the number of households in nightly-paid temporary accommodation to below 200.\tHead of Housing Options\tMar-26\tR\tA\t231 households at end of September (down from 268).",
    "Priority 3: Healthy, safe and independent lives\t\t\t\t\t\t",
    "3.1\tLaunch the new Kingston Carers’ Hub with Kingston Carers’ Network.\tAssistant Director, Adult Social Care Commissioning\tNov-25\tG\tB\tHub opened 1 September 2025.",
    "3.2\tExtend Safer Streets partnership patrols to Kingston town centre on weekend nights.\tCommunity Safety Manager; Met Police Inspector\tJun-26\t\tG\tHome Office funding confirmed.",
    "",
    "RAG key: B complete; G on track; A at risk; R off track.",
]


def make_kingston():
    with open(out("pa-royal-borough-of-kingston-upon-thames-corporate-plan-delivery-tracker-typo-month-refuse.txt"),
              "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(KINGSTON_LINES) + "\n")


def main():
    make_rbkc()
    make_wcc()
    make_camden()
    make_ealing()
    make_hf()
    make_redbridge()
    make_kingston()
    print("built 7 files")


if __name__ == "__main__":
    main()
