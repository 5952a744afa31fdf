#!/usr/bin/env python3
"""Build the seven zfd- blind test files (set heldout812).

Run with /work/main/.venv/bin/python zfd_make.py ; writes next to this script.
Only files whose names start with zfd- are written.
"""
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zfd-")
    return os.path.join(HERE, name)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def fill(hex6):
    return PatternFill("solid", start_color=hex6, end_color=hex6)


RAG_FILL = {
    "R": fill("FF0000"),
    "A": fill("FFC000"),
    "G": fill("00B050"),
    "B": fill("0070C0"),
}


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Scottish Prison Service - internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def make_sps():
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = "Scottish Prison Service – Internal Audit Recommendations Tracker"
    cover["A1"].font = Font(bold=True, size=14)
    cover["A2"] = "Report to the Audit and Risk Committee – 20 November 2025"
    cover["A3"] = "Position as at 31 October 2025. Prepared by Corporate Assurance on behalf of the Head of Internal Audit."
    cover["A5"] = "Status key"
    cover["A5"].font = BOLD
    key = [
        ("B", "Implemented – evidence verified by Internal Audit"),
        ("G", "On track to meet the agreed target date"),
        ("A", "At risk, or a revised target date has been agreed"),
        ("R", "Overdue – target date passed and no revised date agreed"),
    ]
    for i, (k, txt) in enumerate(key, start=6):
        cover.cell(row=i, column=1, value=k).fill = RAG_FILL[k]
        cover.cell(row=i, column=1).font = Font(bold=True, color="FFFFFF")
        cover.cell(row=i, column=2, value=txt)
    cover["A11"] = "Priority: High – fundamental control weakness; Medium – significant control weakness; Low – improvement to control."
    cover["A12"] = "Note: implemented actions are removed from the tracker after they have been reported to one Committee meeting."
    cover.column_dimensions["A"].width = 12
    cover.column_dimensions["B"].width = 60

    summ = wb.create_sheet("Summary")
    summ["A1"] = "Summary of agreed actions by audit"
    summ["A1"].font = Font(bold=True, size=12)
    hdr = ["Audit", "Assurance", "Actions", "B", "G", "A", "R"]
    for c, h in enumerate(hdr, start=1):
        cell = summ.cell(row=3, column=c, value=h)
        cell.font = BOLD
        cell.border = BOX
    rows = [
        ("IA 2024/25-03 Estates Maintenance – Contract Management", "Limited", 3, 1, 0, 2, 0),
        ("IA 2024/25-07 Management of Prisoner Property", "Reasonable", 2, 0, 2, 0, 0),
        ("IA 2025/26-01 Cyber Security – Third-party Access", "Limited", 3, 0, 1, 1, 1),
    ]
    for r, row in enumerate(rows, start=4):
        for c, v in enumerate(row, start=1):
            summ.cell(row=r, column=c, value=v).border = BOX
    summ.cell(row=7, column=1, value="Total").font = BOLD
    for c, v in zip(range(3, 8), (8, 1, 3, 3, 1)):
        cell = summ.cell(row=7, column=c, value=v)
        cell.font = BOLD
        cell.border = BOX
    summ.column_dimensions["A"].width = 58
    summ.column_dimensions["B"].width = 12

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "Scottish Prison Service – Internal Audit Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Open and recently implemented actions – position as at 31 October 2025"
    headers = [
        "Ref", "Recommendation", "Priority", "Agreed management action", "Action owner",
        "Original target date", "Revised target date", "Previous status", "Current status",
        "Management update (October 2025)",
    ]
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
        cell.alignment = WRAP
        cell.border = BOX
    widths = [9, 42, 9, 48, 26, 12, 12, 10, 10, 48]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w

    audits = [
        ("IA 2024/25-03 Estates Maintenance – Contract Management (Limited assurance)", [
            ("Contract performance against KPIs is not reported to the Estates Programme Board. "
             "Management should introduce quarterly KPI reporting for the facilities management "
             "contracts, with escalation of under-performance.", "High", [
                ("03.1.1", "Develop a KPI dashboard for the hard FM contracts covering planned preventative "
                 "maintenance completion, reactive response times and statutory compliance.",
                 "Head of Estates", d(2025, 6, 30), d(2025, 12, 31), "A", "A",
                 "Draft dashboard produced; data feed from the CAFM system still being validated."),
                ("03.1.2", "Present the KPI dashboard to the Estates Programme Board each quarter, with "
                 "under-performance escalated to the Executive Management Team.",
                 "Head of Estates / Head of Procurement", d(2025, 9, 30), d(2026, 3, 31), "G", "A",
                 "Dependent on 03.1.1. First report now planned for the March 2026 Board."),
            ]),
            ("Variations to the maintenance contracts were approved without documented authorisation "
             "in 4 of the 15 cases sampled.", "Medium", [
                ("03.2.1", "Issue a revised contract variation procedure requiring documented approval in line "
                 "with the Scheme of Delegation before work is instructed.",
                 "Contracts Manager (Estates)", d(2025, 3, 31), None, "A", "B",
                 "Procedure issued 14 August 2025; Internal Audit verified on sample of 10 variations."),
            ]),
        ]),
        ("IA 2024/25-07 Management of Prisoner Property (Reasonable assurance)", [
            ("Property records are not consistently reconciled when prisoners transfer between "
             "establishments.", "Medium", [
                ("07.1.1", "Introduce a standard transfer reconciliation checklist in PR2, to be completed and "
                 "countersigned at both the sending and receiving establishment.",
                 "Head of Operations Support", d(2025, 12, 31), None, "G", "G",
                 "Checklist piloted at HMP Addiewell and HMP Low Moss; national roll-out from December."),
                ("07.1.2", "Carry out a dip-sample audit of property transfers in three establishments and "
                 "report the results to the Operations Directorate.",
                 "Governor in Charge, HMP Barlinnie", d(2026, 2, 28), None, "G", "G",
                 "Sampling approach agreed with Internal Audit."),
            ]),
        ]),
        ("IA 2025/26-01 Cyber Security – Third-party Access (Limited assurance)", [
            ("There is no complete inventory of third-party supplier accounts with remote access to "
             "SPS systems.", "High", [
                ("01.1.1", "Compile and maintain a register of all third-party accounts with remote access, "
                 "with a named SPS sponsor for each account.",
                 "Chief Information Officer", d(2025, 10, 31), d(2026, 1, 31), "New", "A",
                 "Register 70% complete; two suppliers yet to confirm account holders."),
                ("01.1.2", "Implement quarterly recertification of third-party access, with accounts that are "
                 "not recertified disabled automatically.",
                 "Head of Cyber Security; Head of Digital Operations", d(2026, 3, 31), None, "New", "G",
                 "Recertification workflow being configured in the identity management tool."),
            ]),
            ("Supplier contracts do not consistently include the SPS information security schedule.",
             "Medium", [
                ("01.2.1", "Review all live ICT contracts and vary those without the SPS security schedule "
                 "at the next contract review point.",
                 "Head of Procurement", d(2025, 9, 30), None, "New", "R",
                 "Review not started owing to procurement team vacancies. Revised date to be agreed."),
            ]),
        ]),
    ]

    r = 5
    for audit_title, recs in audits:
        ws.cell(row=r, column=1, value=audit_title).font = BOLD
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        ws.cell(row=r, column=1).fill = fill("D9E1F2")
        r += 1
        for rec_text, prio, acts in recs:
            first = r
            for ref, act, owner, orig, rev, prev, cur, upd in acts:
                vals = [ref, None, None, act, owner, orig, rev, prev, cur, upd]
                for c, v in enumerate(vals, start=1):
                    cell = ws.cell(row=r, column=c, value=v)
                    cell.alignment = WRAP
                    cell.border = BOX
                for c in (6, 7):
                    ws.cell(row=r, column=c).number_format = "dd/mm/yyyy"
                for c, k in ((8, prev), (9, cur)):
                    if k in RAG_FILL:
                        ws.cell(row=r, column=c).fill = RAG_FILL[k]
                r += 1
            ws.cell(row=first, column=2, value=rec_text).alignment = WRAP
            ws.cell(row=first, column=3, value=prio).alignment = WRAP
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
                ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    r += 1
    ws.cell(row=r, column=1, value="Source: SPS internal audit follow-up database, extracted 03/11/2025.")
    ws.cell(row=r, column=1).font = Font(italic=True)
    wb.active = 2
    wb.save(out("zfd-scottish-prison-service-audit-committee-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 2. Disclosure Scotland - corporate risk register (xlsx)
# ---------------------------------------------------------------------------
def make_disclosure():
    wb = Workbook()
    dc = wb.active
    dc.title = "Document control"
    dc["A1"] = "Disclosure Scotland – Corporate Risk Register 2025-26"
    dc["A1"].font = Font(bold=True, size=14)
    dc["A3"] = "Document control"
    dc["A3"].font = BOLD
    for c, h in enumerate(["Version", "Date", "Author", "Summary of changes"], start=1):
        cell = dc.cell(row=4, column=c, value=h)
        cell.font = BOLD
        cell.border = BOX
    hist = [
        ("1.0", d(2025, 4, 29), "Risk and Assurance Manager", "Register refreshed for 2025-26 and approved by the Executive Team."),
        ("1.1", d(2025, 8, 5), "Risk and Assurance Manager", "Quarter 1 review; CR04 score increased."),
        ("1.2", d(2025, 11, 4), "Risk and Assurance Manager", "Quarter 2 review for Audit and Risk Committee 25 November 2025."),
    ]
    for r, row in enumerate(hist, start=5):
        for c, v in enumerate(row, start=1):
            cell = dc.cell(row=r, column=c, value=v)
            cell.border = BOX
            if c == 2:
                cell.number_format = "dd/mm/yyyy"
    dc.column_dimensions["A"].width = 10
    dc.column_dimensions["B"].width = 12
    dc.column_dimensions["C"].width = 28
    dc.column_dimensions["D"].width = 70

    key = wb.create_sheet("Scoring and key")
    key["A1"] = "Risk scoring"
    key["A1"].font = BOLD
    key["A2"] = "Score = Likelihood (1–5) x Impact (1–5). 15–25 High; 8–14 Medium; 1–7 Low."
    key["A4"] = "Further action RAG (colour only in the register)"
    key["A4"].font = BOLD
    keyrows = [
        ("G", "On track"),
        ("A", "Some slippage – target date at risk"),
        ("R", "Significantly off track – escalated to Executive Team"),
        ("B", "Complete"),
    ]
    for i, (k, txt) in enumerate(keyrows, start=5):
        key.cell(row=i, column=1).fill = RAG_FILL[k]
        key.cell(row=i, column=2, value=txt)
    key.column_dimensions["B"].width = 55

    ws = wb.create_sheet("Corporate risk register")
    ws["A1"] = "Disclosure Scotland – Corporate Risk Register 2025-26"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Reviewed by the Executive Team 4 November 2025 – for the Audit and Risk Committee, 25 November 2025"
    headers = [
        "Risk", "Risk description (cause – event – effect)", "Risk owner", "Inherent score",
        "Key controls in place", "Current score", "Target score", "Trend",
        "Action ref", "Further action required", "Action owner", "Target date", "RAG",
    ]
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("4B2E83")
        cell.alignment = WRAP
        cell.border = BOX
    widths = [24, 40, 18, 9, 36, 9, 9, 8, 9, 46, 26, 12, 7]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w

    def score_fill(s):
        return fill("FF7C80") if s >= 15 else (fill("FFE699") if s >= 8 else fill("A9D08E"))

    outcomes = [
        ("Strategic Outcome 1 – Protecting people through trusted disclosure", [
            ("CR01 – Delivery of the Disclosure (Scotland) Act 2020",
             "Complexity of the new legislation and dependencies on partners and IT delivery could result in "
             "late or incomplete implementation, leading to reputational damage and loss of stakeholder confidence.",
             "Chief Executive", 20, "Programme board with Scottish Government sponsor representation; "
             "independent assurance reviews; stakeholder readiness group.", 16, 9, "↔", [
                ("CR01.1", "Complete end-to-end testing of the new PVG membership scheme processes with user organisations",
                 "Director of Protection Services", "Jan 2026", "A"),
                ("CR01.2", "Agree revised implementation timetable and commencement regulations with the Scottish Government sponsor team",
                 "Chief Executive / Director of Corporate Services", "Q4 2025/26", "G"),
             ]),
            ("CR02 – Disclosure decision quality and timeliness",
             "Increased application volumes and caseworker turnover could result in delayed or incorrect "
             "disclosure and barring decisions, causing harm to vulnerable groups or to applicants.",
             "Director of Operations", 16, "Service level monitoring; second-line checking of barring "
             "decisions; caseworker training programme.", 12, 8, "↓", [
                ("CR02.1", "Recruit and train additional caseworkers to reduce the backlog of enhanced disclosure applications",
                 "Director of Operations", "31/12/2025", "G"),
                ("CR02.2", "Introduce quality assurance sampling of 5% of barring decisions with monthly reporting to the Senior Leadership Team",
                 "Head of Quality and Assurance", "Ongoing", "G"),
             ]),
        ]),
        ("Strategic Outcome 2 – An efficient, resilient organisation", [
            ("CR03 – Cyber security and information assurance",
             "A successful cyber attack or data loss could compromise highly sensitive personal data, "
             "interrupting services and resulting in regulatory action by the ICO.",
             "Chief Digital Officer", 20, "Security operations centre; penetration testing; "
             "information asset owner network; mandatory training.", 15, 10, "↔", [
                ("CR03.1", "Achieve Cyber Essentials Plus re-certification",
                 "Chief Digital Officer", "Oct 2025", "B"),
                ("CR03.2", "Deliver phishing simulation and mandatory information security training to all staff",
                 "Head of Information Governance and Security", "Mar 2026", "A"),
             ]),
            ("CR04 – Financial sustainability",
             "Fee income below forecast and pressure on the grant-in-aid settlement could result in a "
             "budget gap, requiring reductions in service or investment.",
             "Director of Corporate Services", 16, "Monthly budget monitoring; fee income forecasting "
             "model; engagement with sponsor division on budget.", 16, 8, "↑", [
                ("CR04.1", "Develop a medium-term financial plan reflecting fee income projections under the new fee structure",
                 "Head of Finance", "28/02/2026", "G"),
                ("CR04.2", "Monitor fee income monthly against forecast and report variances to the Executive Team",
                 "Head of Finance", "Monthly", "R"),
             ]),
        ]),
    ]

    r = 5
    for outcome, risks in outcomes:
        ws.cell(row=r, column=1, value=outcome).font = Font(bold=True, color="4B2E83")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=13)
        ws.cell(row=r, column=1).fill = fill("E4DFEC")
        r += 1
        for title, desc, owner, inh, ctrl, cur, tgt, trend, acts in risks:
            first = r
            for aref, atext, aowner, adate, rag in acts:
                for c, v in zip(range(9, 13), (aref, atext, aowner, adate)):
                    cell = ws.cell(row=r, column=c, value=v)
                    cell.alignment = WRAP
                    cell.border = BOX
                ragcell = ws.cell(row=r, column=13)
                ragcell.fill = RAG_FILL[rag]
                ragcell.border = BOX
                r += 1
            for c, v in zip(range(1, 9), (title, desc, owner, inh, ctrl, cur, tgt, trend)):
                cell = ws.cell(row=first, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                ws.merge_cells(start_row=first, start_column=c, end_row=r - 1, end_column=c)
            ws.cell(row=first, column=1).font = BOLD
            ws.cell(row=first, column=4).fill = score_fill(inh)
            ws.cell(row=first, column=6).fill = score_fill(cur)
            ws.cell(row=first, column=7).fill = score_fill(tgt)
    r += 1
    ws.cell(row=r, column=1, value="Trend: ↑ increased since last review; ↓ reduced; ↔ no change.").font = Font(italic=True)
    wb.active = 2
    wb.save(out("zfd-disclosure-scotland-corporate-risk-register-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 3. Hexagon Housing Association - RSH governance improvement plan, monday.com export
# ---------------------------------------------------------------------------
def make_hexagon():
    wb = Workbook()
    ws = wb.active
    ws.title = "Governance Improvement Plan"
    ws["A1"] = "Hexagon – RSH Governance Improvement Plan (G2)"
    ws["A1"].font = Font(bold=True, size=14)
    cols = ["Name", "Ref", "Owner", "Status", "Timeline", "Revised end date", "Latest update", "Item ID"]
    status_fill = {
        "Complete": fill("0086C0"),
        "On track": fill("00C875"),
        "At risk": fill("FDAB3D"),
        "Off track": fill("E2445C"),
        "Not started": fill("C4C4C4"),
    }
    groups = [
        ("1. Data quality and assurance", "579BE5", [
            ("Commission an independent data quality review of landlord health and safety compliance data (gas, electrical, fire, water, asbestos, lifts)",
             "1.1", "Priya Raman", "Complete", "2023-04-17 - 2023-07-31", "",
             "Review completed by external assurance provider; findings reported to Board July 2023.", 4412093871),
            ("Cleanse asset and component data in the housing management system and reconcile to compliance contractor records",
             "1.2", "Priya Raman, Tom Okafor", "At risk", "2023-06-01 - 2023-12-22", "2024-03-29",
             "Lift and water hygiene records reconciled. Asbestos register reconciliation slipped to Q4.", 4412093902),
            ("Introduce a monthly data assurance statement signed off by each head of service",
             "1.3", "Tom Okafor", "On track", "2023-09-01 - 2024-01-31", "",
             "Template agreed by Executive Team; first statements due for December data.", 4412093955),
        ]),
        ("2. Regulatory returns", "FDAB3D", [
            ("Establish a regulatory returns calendar with a named preparer and reviewer for each return",
             "2.1", "Laura Mensah", "Complete", "2023-05-02 - 2023-06-30", "",
             "Calendar in place and reported to Audit and Risk Committee.", 4412094017),
            ("Reconcile rent data submitted in the SDR to the rent system and resubmit corrected returns to the regulator",
             "2.2", "Laura Mensah, Daniel Price", "Off track", "2023-07-03 - 2023-10-31", "2024-02-29",
             "Differences identified on 212 units; resubmission awaiting sign-off of service charge data.", 4412094066),
        ]),
        ("3. Complaints handling", "A25DDC", [
            ("Complete a self-assessment against the Housing Ombudsman Complaint Handling Code and publish the outcome",
             "3.1", "Grace Adeyemi", "Complete", "2023-04-03 - 2023-06-30", "",
             "Published on website 28 June 2023.", 4412094120),
            ("Recruit two additional complaints officers and introduce stage 1 response tracking",
             "3.2", "Grace Adeyemi", "On track", "2023-08-01 - 2023-11-30", "",
             "One officer in post; second starts 6 November.", 4412094188),
        ]),
        ("4. Board oversight", "00C875", [
            ("Revise the Board compliance report to include data confidence ratings and exception reporting",
             "4.1", "Company Secretary", "Not started", "2024-01-08 - 2024-03-28", "",
             "", 4412094231),
            ("Commission an independent governance effectiveness review against the NHF Code of Governance 2020",
             "4.2", "Chair of the Board", "On track", "2023-10-02 - 2024-04-30", "",
             "Tender issued; three bids received.", 4412094279),
        ]),
    ]
    r = 3
    for gname, gcolour, items in groups:
        ws.cell(row=r, column=1, value=gname).font = Font(bold=True, size=12, color=gcolour)
        r += 1
        for c, h in enumerate(cols, start=1):
            cell = ws.cell(row=r, column=c, value=h)
            cell.font = BOLD
        r += 1
        for it in items:
            for c, v in enumerate(it, start=1):
                cell = ws.cell(row=r, column=c, value=(v if v != "" else None))
                cell.alignment = WRAP
            ws.cell(row=r, column=4).fill = status_fill[it[3]]
            ws.cell(row=r, column=4).font = Font(color="FFFFFF")
            r += 1
        r += 1
    widths = [60, 6, 26, 12, 24, 16, 50, 12]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(out("zfd-hexagon-housing-association-rsh-governance-improvement-plan-monday-export.xlsx"))


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


def set_cell(cell, text, bold=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold


def add_table(doc, headers, rows, head_fill="D9D9D9"):
    t = doc.add_table(rows=1, cols=len(headers))
    t.style = "Table Grid"
    for i, h in enumerate(headers):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], head_fill)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v)
    return t


# ---------------------------------------------------------------------------
# 4. Sue Ryder - Charity Commission regulatory compliance action plan (docx)
# ---------------------------------------------------------------------------
def make_sue_ryder():
    doc = Document()
    doc.add_paragraph("Sue Ryder – Charity Commission Regulatory Compliance Case: Action Plan", style="Title")
    doc.add_paragraph("Progress update for the Audit, Risk and Finance Committee – February 2025")
    add_table(doc, ["Version", "Date", "Owner", "Status"], [
        ["1.0", "18 July 2024", "Director of Governance", "Approved by the Board of Trustees and sent to the Charity Commission"],
        ["1.3", "10 February 2025", "Director of Governance", "Progress update"],
    ])
    doc.add_paragraph("")
    doc.add_paragraph(
        "Following its regulatory compliance case, the Charity Commission provided the trustees with regulatory "
        "advice and guidance under section 15(2) of the Charities Act 2011 and asked the trustees to agree an "
        "action plan. This document sets out the actions agreed with the Commission, the lead for each action "
        "and progress to date. Completed actions are reported to the Commission with supporting evidence.")

    areas = [
        ("1. Serious incident reporting",
         "The trustees did not report two safeguarding incidents to the Commission promptly, and the charity's "
         "serious incident reporting policy did not reflect the Commission's current guidance.",
         [
             ["1.1", "Revise the serious incident reporting policy to reflect the Commission's guidance \u2018How to report a serious incident in your charity\u2019 and have it approved by the Board.",
              "Director of Governance", "31 October 2024", "Complete",
              "Policy approved by the Board on 24 October 2024 and sent to the Commission."],
             ["1.2", "Deliver training on serious incident reporting to all trustees and the Executive Leadership Team.",
              "Director of Governance / Head of Learning and Development", "By 31 December 2024", "Complete",
              "Session delivered 12 December 2024; two trustees completed the e-learning module instead."],
             ["1.3", "Introduce a serious incident log to be reviewed at every meeting of the Audit, Risk and Finance Committee.",
              "Chair of the Audit, Risk and Finance Committee", "Ongoing", "Green",
              "Log reviewed at the November 2024 and February 2025 meetings."],
         ]),
        ("2. Safeguarding governance",
         "The Board did not receive regular safeguarding assurance reports, and there was no designated "
         "lead trustee for safeguarding.",
         [
             ["2.1", "Appoint a lead trustee for safeguarding and agree a role description.",
              "Chair of Trustees", "30 September 2024", "Complete",
              "Lead trustee appointed 26 September 2024."],
             ["2.2", "Introduce a quarterly safeguarding assurance report to the Board, covering hospices, neurological care centres, retail and volunteering.",
              "Director of Quality and Safeguarding", "30/11/2024\nRevised: 31/03/2025", "Amber",
              "First report delayed to the March 2025 Board following the restructure of the quality team."],
             ["2.3", "Commission an independent review of safeguarding practice in retail and volunteering.",
              "Director of Quality and Safeguarding / Director of Retail", "End of June 2025", "Green",
              "Terms of reference agreed; reviewer appointed January 2025."],
         ]),
        ("3. Conflicts of interest",
         "The register of interests had not been updated for three years, and conflicts of interest were not "
         "recorded in Board minutes.",
         [
             ["3.1", "Obtain updated declarations of interest from all trustees and senior staff and publish the register on the charity's website.",
              "Company Secretary", "August 2024", "Complete",
              "Register published 30 August 2024."],
             ["3.2", "Add a standing declarations of interest item to every Board and committee agenda and record in the minutes how conflicts are managed.",
              "Company Secretary", "September 2024", "Complete",
              "In place from the September 2024 Board."],
             ["3.3", "Review the conflicts of interest policy against Commission guidance CC29 and train trustees on its application.",
              "Chair of the Nominations and Governance Committee", "28 February 2025", "Red",
              "Policy review deferred; to be considered at the April 2025 Board."],
         ]),
    ]
    for heading, concern, rows in areas:
        doc.add_heading(heading, level=2)
        p = doc.add_paragraph()
        p.add_run("Regulatory concern").bold = True
        doc.add_paragraph(concern)
        add_table(doc, ["Ref", "Action", "Lead", "Deadline", "RAG", "Progress update (February 2025)"], rows)
        doc.add_paragraph("")
    doc.add_heading("RAG key", level=2)
    add_table(doc, ["Status", "Meaning"], [
        ["Complete", "Action completed and evidence provided to the Commission"],
        ["Green", "On track to meet the deadline"],
        ["Amber", "At risk of missing the deadline, or deadline revised"],
        ["Red", "Deadline missed"],
    ])
    doc.save(out("zfd-sue-ryder-charity-commission-regulatory-compliance-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. GTC Scotland - Council rolling action log (docx, colour-only RAG)
# ---------------------------------------------------------------------------
def make_gtcs():
    doc = Document()
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "The General Teaching Council for Scotland"
    doc.add_paragraph("GTC Scotland Council – Rolling Action Log", style="Title")
    doc.add_paragraph("Updated 12 November 2025 for the meeting of Council on 10 December 2025")
    p = doc.add_paragraph()
    p.add_run("RAG status: ").bold = True
    p.add_run("Red – overdue; Amber – in progress but at risk; Green – in progress and on track; "
              "Blue – complete (to be removed after this meeting).")
    RAG = {"R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0"}
    headers = ["Minute ref", "Action", "Responsible", "Due by", "RAG", "Update"]
    sections = [
        ("Council meeting – 18 June 2025", [
            ("C25/14", "Provide members with an analysis of Fitness to Teach case timescales by stage, with benchmarking against other UK professional regulators",
             "Director of Regulation; Head of Fitness to Teach", "December 2025", "A",
             "Data collated; benchmarking information awaited from two regulators."),
            ("C25/17", "Bring a revised Professional Update sampling methodology to Council for approval",
             "Director of Education and Professional Learning", "March 2026", "G",
             "Consultation with local authority PU coordinators under way."),
            ("C25/22", "Arrange a development session for members on the Register of Teachers digital transformation programme",
             "PT / LM", "31/10/2025", "R",
             "Session postponed; new date to be confirmed."),
        ]),
        ("Council meeting – 17 September 2025", [
            ("C25/35", "Update the Council risk appetite statement to reflect the outcome of the September risk workshop",
             "Head of Governance", "December 2025", "G",
             "Revised statement on the agenda for 10 December."),
            ("C25/38", "Report back on the outcome of the registration fee consultation, including the equality impact assessment",
             "Director of Finance and Corporate Services", "March 2026", "G",
             "Consultation closes 19 December 2025."),
            ("C25/41", "Review the members' expenses policy in line with Scottish Government guidance for public bodies",
             "Convener of the Audit and Risk Committee", "Ongoing", "A",
             "Initial review by Audit and Risk Committee in November; further work needed on travel rates."),
        ]),
        ("Actions completed since the last meeting (to be removed)", [
            ("C25/09", "Publish the Annual Report and Accounts 2024-25 following laying in the Scottish Parliament",
             "Director of Finance and Corporate Services", "September 2025", "B",
             "Published 30 September 2025."),
            ("C25/19", "Circulate the revised Scheme of Delegation to members for comment",
             "Head of Governance", "31/07/2025", "B",
             "Circulated 21 July 2025; no comments received."),
        ]),
    ]
    for heading, rows in sections:
        doc.add_heading(heading, level=2)
        t = add_table(doc, headers, [[a, b, c, dd, "", u] for a, b, c, dd, _, u in rows], head_fill="BDD7EE")
        for i, row in enumerate(rows, start=1):
            shade(t.rows[i].cells[4], RAG[row[4]])
        doc.add_paragraph("")
    doc.add_paragraph("Initials: PT – Head of Digital Services; LM – Council Secretary.")
    doc.save(out("zfd-general-teaching-council-for-scotland-council-rolling-action-log.docx"))


# ---------------------------------------------------------------------------
# 6. Bishop's Waltham Parish Council - internal audit action plan (csv), typo month -> refuse
# ---------------------------------------------------------------------------
def csv_field(v):
    if any(ch in v for ch in ',"\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def make_bishops_waltham():
    rows = [
        ["Bishop's Waltham Parish Council", "", "", "", "", ""],
        ["Internal Audit Report 2024/25 – Action Plan", "", "", "", "", ""],
        ["Internal auditor's report received 14 May 2025. Action plan agreed at Full Council on 9 June 2025 (minute 25/061).", "", "", "", "", ""],
        ["", "", "", "", "", ""],
        ["No.", "Internal Auditor's Recommendation", "Council Response / Action", "Responsible", "Target Date", "Status"],
        ["A. Appropriate accounting records have been properly kept throughout the financial year.", "", "", "", "", ""],
        ["1", "Bank reconciliations were not signed by a councillor for three months of the year.",
         "Bank reconciliations to be reviewed and signed by a nominated councillor each month and noted at Full Council.",
         "Clerk/RFO; Cllr Hughes", "June 2025", "Complete"],
        ["B. This authority complied with its financial regulations, payments were supported by invoices, all expenditure was approved and VAT was appropriately accounted for.", "", "", "", "", ""],
        ["2", "Financial Regulations have not been updated to the current NALC model.",
         "Adopt updated Financial Regulations based on the 2024 NALC model Financial Regulations.",
         "Clerk/RFO", "Septemebr 2025", "In progress"],
        ["3", "Two invoices were paid before approval by Council.",
         "All payments to be approved at Full Council or under delegated authority recorded in the minutes before release.",
         "Clerk/RFO", "July 2025", "Complete"],
        ["C. This authority assessed the significant risks to achieving its objectives and reviewed the adequacy of arrangements to manage these.", "", "", "", "", ""],
        ["4", "The risk assessment was last reviewed in 2022.",
         "Review the financial and operational risk assessment and present to Full Council annually.",
         "Finance & General Purposes Committee", "October 2025", "Not started"],
        ["G. Salaries to employees and allowances to members were paid in accordance with this authority's approvals, and PAYE and NI requirements were properly applied.", "", "", "", "", ""],
        ["5", "The Clerk's contract does not reflect the 2024/25 NJC pay award.",
         "Issue a contract variation to the Clerk reflecting the current pay point.",
         "Chairman of Council", "August 2025", "Complete"],
        ["L. The authority published information on a free to access website/webpage up to date at the time of the internal audit in accordance with the relevant legislation.", "", "", "", "", ""],
        ["6", "The website does not publish the 2023/24 AGAR and notice of the period for the exercise of public rights.",
         "Publish the AGAR documents and notice of public rights on the website within the statutory deadlines.",
         "Clerk/RFO", "30/06/2025", "Complete"],
        ["", "", "", "", "", ""],
        ["Progress to be reported to each meeting of the Finance & General Purposes Committee.", "", "", "", "", ""],
    ]
    with open(out("zfd-bishops-waltham-parish-council-internal-audit-action-plan-2024-25-typo-month-refuse.csv"),
              "w", encoding="utf-8", newline="") as f:
        for row in rows:
            f.write(",".join(csv_field(v) for v in row) + "\r\n")


# ---------------------------------------------------------------------------
# 7. Scottish Government DESC programme highlight report (plain text export)
# ---------------------------------------------------------------------------
def make_desc():
    rule = "-" * 72
    lines = [
        "Scottish Government – Justice Digital",
        "Digital Evidence Sharing Capability (DESC) Programme Highlight Report",
        "Reporting period: 1–31 October 2025 (Period 7)",
        "For: DESC Programme Board, 13 November 2025",
        "Senior Responsible Owner: Deputy Director, Justice Digital",
        "Prepared by: DESC Programme Office",
        "",
        rule,
        "1. OVERALL STATUS",
        rule,
        "                 Last period    This period",
        "Overall          AMBER          AMBER",
        "Schedule         AMBER          RED",
        "Budget           GREEN          GREEN",
        "Resources        AMBER          AMBER",
        "Benefits         GREEN          GREEN",
        "",
        "Summary: Roll-out to the North East and Highlands and Islands divisions has slipped",
        "because of network upgrades at remote police stations. National coverage for summary",
        "cases is now forecast for March 2026 against a baseline of October 2025. The Board is",
        "asked to note the re-baselined roll-out schedule in section 3.",
        "",
        rule,
        "2. KEY ACHIEVEMENTS THIS PERIOD",
        rule,
        "- Lanarkshire division went live on 6 October 2025.",
        "- 41,300 items of evidence shared through DESC since the start of national roll-out.",
        "- Discovery for solemn case evidence and interview recordings completed.",
        "",
        rule,
        "3. MILESTONES AND ACTIONS",
        rule,
        "RAG: G on track; A at risk; R baseline missed or forecast beyond tolerance;",
        "Complete = delivered. Forecast dates replace baseline dates once agreed by the Board.",
        "",
        "3.1 Workstream 1 – Police Scotland roll-out",
        "",
        "  M07  Complete divisional roll-out to North East and Highlands and Islands divisions",
        "       Owner:     DESC Police Scotland Delivery Lead",
        "       Baseline:  30/09/2025     Forecast: 28/11/2025",
        "       RAG:       A   (previous: G)",
        "       Comment:   Network upgrades at 11 remote stations delayed by supplier.",
        "",
        "  M08  Complete roll-out to all remaining divisions (national coverage for summary cases)",
        "       Owner:     DESC Police Scotland Delivery Lead",
        "       Baseline:  31/10/2025     Forecast: 31/03/2026",
        "       RAG:       R   (previous: A)",
        "       Comment:   Re-baselined; dependent on M07 and on training capacity in Greater Glasgow.",
        "",
        "3.2 Workstream 2 – COPFS and SCTS",
        "",
        "  M09  Enable digital disclosure of evidence to defence agents through the Defence Agent Service in all sheriffdoms",
        "       Owner:     COPFS Head of Digital Services / SCTS Head of Criminal Courts Digital",
        "       Baseline:  30/11/2025     Forecast: 30/11/2025",
        "       RAG:       G   (previous: G)",
        "       Comment:   Five of six sheriffdoms live.",
        "",
        "  M10  Make playback of DESC evidence available in all sheriff and JP court rooms",
        "       Owner:     SCTS Head of Criminal Courts Digital",
        "       Baseline:  31/12/2025     Forecast: 31/01/2026",
        "       RAG:       A   (previous: G)",
        "       Comment:   Hardware refresh in 14 court rooms scheduled for January.",
        "",
        "3.3 Workstream 3 – Solemn cases and interview recordings",
        "",
        "  M11  Complete discovery for inclusion of solemn case evidence and police interview recordings",
        "       Owner:     Programme Design Authority",
        "       Baseline:  30/09/2025     Forecast: 30/09/2025",
        "       RAG:       Complete   (previous: G)",
        "       Comment:   Discovery report accepted by the Design Authority on 22 October 2025.",
        "",
        "  M12  Submit the full business case for the solemn and interview recordings phase to the Justice Board",
        "       Owner:     Programme Manager",
        "       Baseline:  Q3 2025/26     Forecast: Q4 2025/26",
        "       RAG:       A   (previous: A)",
        "       Comment:   Costings awaited from the platform supplier.",
        "",
        "3.4 Workstream 4 – Transition and benefits",
        "",
        "  M13  Transfer DESC service management to the business-as-usual support model",
        "       Owner:     Justice Digital Service Owner",
        "       Baseline:  March 2026     Forecast: March 2026",
        "       RAG:       G   (previous: G)",
        "       Comment:   Service transition plan approved.",
        "",
        "  M14  Publish the benefits realisation report for national roll-out",
        "       Owner:     Benefits Manager",
        "       Baseline:  June 2026      Forecast: June 2026",
        "       RAG:       G   (previous: new)",
        "       Comment:   Baseline measures agreed with Police Scotland and COPFS.",
        "",
        rule,
        "4. BUDGET",
        rule,
        "2025-26 budget £6.1m; spend to 31 October £3.4m; forecast outturn £6.0m.",
        "",
        "End of report",
    ]
    with open(out("zfd-scottish-government-desc-programme-highlight-report.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_sps()
    make_disclosure()
    make_hexagon()
    make_sue_ryder()
    make_gtcs()
    make_bishops_waltham()
    make_desc()
    print("written")
