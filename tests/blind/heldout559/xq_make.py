"""Build the seven xq- blind test files (set heldout559).

Run with: /work/main/.venv/bin/python xq_make.py
Writes only files whose names start with "xq-" into this script's folder.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "00B0F0",
    "grey": "D9D9D9",
    "head": "1F4E79",
    "pale": "DDEBF7",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(name):
    return PatternFill("solid", start_color=FILL[name], end_color=FILL[name])


def d(y, m, day):
    return dt.datetime(y, m, day)


def out(name):
    assert name.startswith("xq-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. Gloucestershire County Council - internal audit recommendations tracker
# ---------------------------------------------------------------------------
def make_gloucestershire():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = "Gloucestershire County Council – Internal Audit Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit, Risk and Assurance (ARA) – position as at 31 October 2025"
    ws["A3"] = "Audit and Governance Committee – 21 November 2025"
    ws["A3"].font = Font(italic=True)
    hdr = ["Priority", "Open at last report", "New this period", "Implemented",
           "Open now", "Of which overdue"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("head")
        cell.border = BOX
        cell.alignment = WRAP
    rows = [("High", 3, 0, 2, 1, 0), ("Medium", 2, 2, 0, 4, 1), ("Total", 5, 2, 2, 5, 1)]
    for r, vals in enumerate(rows, 6):
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BOX
            if vals[0] == "Total":
                cell.font = Font(bold=True)
    ws["A10"] = "Status key"
    ws["A10"].font = Font(bold=True)
    key = [
        ("Implemented", "blue", "Action confirmed as complete by Internal Audit"),
        ("On track", "green", "Action progressing and expected to meet the target date"),
        ("At risk", "amber", "Action may not be completed by the target date"),
        ("Overdue", "red", "Target date (or agreed revised date) has passed"),
        ("Not started", None, "Action not yet due to start"),
    ]
    for r, (word, colour, meaning) in enumerate(key, 11):
        ws.cell(row=r, column=1, value=word).border = BOX
        if colour:
            ws.cell(row=r, column=1).fill = fill(colour)
        ws.cell(row=r, column=2, value=meaning)
    ws.column_dimensions["A"].width = 16
    for col in "BCDEF":
        ws.column_dimensions[col].width = 16

    ws2 = wb.create_sheet("Tracker")
    ws2["A1"] = ("Outstanding and recently implemented management actions – "
                 "internal audit reports 2024/25 and 2025/26")
    ws2["A1"].font = Font(bold=True, size=12)
    ws2.merge_cells("A1:J1")
    ws2["A2"] = "Reporting date: 31/10/2025"
    headers = ["Audit title (year)", "Assurance opinion", "Rec no.", "Priority",
               "Agreed management action", "Responsible officer",
               "Original target date", "Revised target date", "Status",
               "Progress update – October 2025"]
    for c, h in enumerate(headers, 1):
        cell = ws2.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("head")
        cell.alignment = WRAP
        cell.border = BOX
    audits = [
        ("Direct Payments – Adult Social Care (2024/25)", "Limited", [
            (1, "High",
             "Introduce an annual review of every direct payment account, recovering "
             "unspent balances above eight weeks' value and recording each recovery on ContrOCC.",
             "Head of Adult Social Care Finance", d(2025, 3, 31), d(2025, 9, 30),
             "Implemented",
             "Annual review process in place since July 2025; £412k recovered to date. "
             "Verified by ARA in October 2025."),
            (2, "Medium",
             "Update the Direct Payments Policy and practitioner guidance to reflect the "
             "latest Care and Support Statutory Guidance, and publish both on the intranet.",
             "Operations Manager – Direct Payments Support Service", d(2025, 6, 30),
             d(2025, 12, 31), "On track",
             "Draft policy out for consultation with the Gloucestershire Carers Hub; "
             "approval expected at ASC Leadership Team in December."),
            (3, "Medium",
             "Reconcile the payroll provider's monthly report to the direct payments ledger "
             "and evidence each reconciliation with a signed checklist.",
             "Finance Business Partner (ASC) / Payroll Manager", d(2025, 7, 31), None,
             "Overdue",
             "Reconciliations completed for July and August only. Revised date to be "
             "requested at the next Committee."),
        ]),
        ("Highways Term Maintenance Contract – Contract Management (2024/25)", "Limited", [
            (1, "High",
             "Establish a contract performance dashboard covering all contract KPIs, "
             "reported monthly to the Highways Contract Board.",
             "Head of Highways Commissioning", d(2025, 4, 30), d(2026, 1, 31), "At risk",
             "Dashboard built; supplier data feed for two KPIs still outstanding."),
            (2, "High",
             "Complete the reconciliation of compensation events over £50,000 and obtain "
             "Assistant Director sign-off for each.",
             "Highways Contract Manager", d(2025, 5, 31), d(2025, 10, 31), "Implemented",
             "All 37 compensation events reconciled and signed off. Closed."),
        ]),
        ("Cyber Security – Privileged Access Management (2025/26)", "Reasonable", [
            (1, "Medium",
             "Remove standing domain administrator rights from named accounts and move "
             "to time-limited privileged access through the PAM tool.",
             "ICT Security Manager", d(2025, 12, 31), None, "On track",
             "PAM tool procured; pilot with the infrastructure team under way."),
            (2, "Medium",
             "Carry out and record a quarterly review of privileged accounts, with "
             "leavers' accounts disabled within one working day.",
             "ICT Security Manager; Head of ICT Service Delivery", d(2026, 3, 31), None,
             "Not started", "First quarterly review scheduled for January 2026."),
        ]),
    ]
    status_fill = {"Implemented": "blue", "On track": "green", "At risk": "amber",
                   "Overdue": "red"}
    r = 5
    for title, opinion, recs in audits:
        first = r
        for no, prio, action, officer, orig, rev, status, update in recs:
            vals = [title if r == first else None, opinion if r == first else None,
                    no, prio, action, officer, orig, rev, status, update]
            for c, v in enumerate(vals, 1):
                cell = ws2.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if c in (7, 8) and v is not None:
                    cell.number_format = "dd/mm/yyyy"
            if status in status_fill:
                ws2.cell(row=r, column=9).fill = fill(status_fill[status])
            r += 1
        if r - 1 > first:
            ws2.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
            ws2.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        ws2.cell(row=first, column=1).font = Font(bold=True)
    r += 1
    ws2.cell(row=r, column=1,
             value="Note: revised target dates are shown where an extension has been agreed "
                   "with the Head of Audit, Risk and Assurance. Implemented actions are removed "
                   "from the tracker once they have been reported to Committee.")
    ws2.cell(row=r, column=1).font = Font(italic=True)
    widths = [28, 12, 8, 10, 50, 26, 13, 13, 13, 45]
    for i, w in enumerate(widths):
        ws2.column_dimensions[chr(65 + i)].width = w

    ws3 = wb.create_sheet("Definitions")
    ws3["A1"] = "Priority definitions"
    ws3["A1"].font = Font(bold=True)
    ws3["A2"] = "High"
    ws3["B2"] = "Fundamental weakness in control; action required within three months."
    ws3["A3"] = "Medium"
    ws3["B3"] = "Significant weakness in control; action required within six months."
    ws3["A4"] = "Low"
    ws3["B4"] = "Minor weakness or good practice; not tracked by Committee."
    ws3.column_dimensions["B"].width = 80
    wb.save(out("xq-gloucestershire-county-council-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 2. West Sussex County Council - corporate risk register
# ---------------------------------------------------------------------------
def make_west_sussex():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = "West Sussex County Council – Corporate Risk Register"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Quarter 2 2025/26 – reported to the Regulation, Audit and Accounts "
                "Committee, 24 November 2025")
    hdr = ["Risk", "Risk owner", "Previous score", "Current score", "Target score",
           "Direction of travel"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill("pale")
        cell.border = BOX
    summary = [
        ("CR58 – Placement sufficiency for children we care for",
         "Executive Director Children, Young People and Learning", 20, 20, 12, "↔"),
        ("CR39a – Cyber security", "Director of Finance and Support Services", 16, 16, 8, "↔"),
        ("CR73 – Dedicated Schools Grant high needs deficit",
         "Executive Director Children, Young People and Learning", 20, 25, 15, "↑"),
    ]
    for r, vals in enumerate(summary, 5):
        for c, v in enumerate(vals, 1):
            ws.cell(row=r, column=c, value=v).border = BOX
    ws.column_dimensions["A"].width = 55
    ws.column_dimensions["B"].width = 45

    ws2 = wb.create_sheet("Register")
    ws2["A1"] = "Corporate Risk Register – risk detail and further mitigating actions"
    ws2["A1"].font = Font(bold=True, size=12)
    ws2["A2"] = "Scores shown as Likelihood x Impact. Position at 30 September 2025."
    headers = ["Risk / ref", "Description / further mitigating action",
               "Risk owner / action owner", "Current score", "Target score",
               "Target date", "Progress update", "Action RAG"]
    for c, h in enumerate(headers, 1):
        cell = ws2.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("head")
        cell.alignment = WRAP
        cell.border = BOX
    risks = [
        ("CR58 – Placement sufficiency for children we care for",
         "If the Council cannot secure sufficient local, good-quality placements, more "
         "children will live away from their communities and placement costs will "
         "continue to exceed budget.",
         "Executive Director Children, Young People and Learning", "5 x 4 = 20", "3 x 4 = 12", [
             ("CR58.1", "Open two additional in-house children's homes and register both with Ofsted.",
              "Assistant Director (Corporate Parenting)", d(2026, 3, 31),
              "First home registered in August; second home awaiting planning consent for "
              "parking alterations.", "amber"),
             ("CR58.2", "Deliver the fostering recruitment campaign with the regional fostering "
              "recruitment hub, with a target of 40 new mainstream fostering households.",
              "Head of Fostering / Head of Commissioning (Children)", "Q4 2025/26",
              "22 households approved or in assessment at the end of Q2.", "green"),
             ("CR58.3", "Complete the joint review of high-cost residential placements with "
              "NHS Sussex.",
              "Head of Commissioning (Children)", d(2025, 9, 30),
              "Review completed and reported to the Joint Commissioning Board in September.",
              "blue"),
         ]),
        ("CR39a – Cyber security",
         "A successful cyber-attack could result in loss of systems and data, disruption "
         "to critical services and regulatory action.",
         "Director of Finance and Support Services", "4 x 4 = 16", "2 x 4 = 8", [
             ("CR39a.1", "Implement multi-factor authentication on all remaining legacy "
              "applications.", "Chief Digital Officer", d(2025, 12, 31),
              "MFA live on 14 of 17 applications.", "green"),
             ("CR39a.2", "Run a cyber incident exercise with the Executive Leadership Team and "
              "test the ICT disaster recovery plan.", "Head of IT Security and Compliance",
              d(2026, 1, 31), "Exercise date moved to January to align with the new "
              "backup platform.", "amber"),
         ]),
        ("CR73 – Dedicated Schools Grant high needs deficit",
         "The cumulative high needs deficit continues to grow faster than forecast; if the "
         "statutory override ends the deficit would fall on the Council's reserves.",
         "Executive Director Children, Young People and Learning", "5 x 5 = 25", "3 x 5 = 15", [
             ("CR73.1", "Deliver the SEND and Inclusion Strategy actions to increase mainstream "
              "inclusion, including 12 new specialist support centres in mainstream schools.",
              "Director of Education and Skills", "Sept 2025 – Aug 2026",
              "Five centres open from September 2025; four more agreed for January.", "green"),
             ("CR73.2", "Agree a deficit management plan with the Department for Education and "
              "report progress to Schools Forum each term.",
              "Director of Finance and Support Services", "Ongoing",
              "DfE meeting postponed twice; plan not yet agreed.", "red"),
             ("CR73.3", "Review home to school transport eligibility for post-16 SEND learners "
              "and consult on policy changes.", "Head of School Admissions and Transport",
              d(2026, 7, 31), "Not yet started – scoping begins in January 2026.", None),
         ]),
    ]
    r = 5
    for title, desc, owner, cur, tgt, actions in risks:
        vals = [title, desc, owner, cur, tgt, None, None, None]
        for c, v in enumerate(vals, 1):
            cell = ws2.cell(row=r, column=c, value=v)
            cell.fill = fill("grey")
            cell.font = Font(bold=(c == 1))
            cell.alignment = WRAP
            cell.border = BOX
        r += 1
        for ref, action, aowner, target, progress, rag in actions:
            vals = [ref, action, aowner, None, None, target, progress, None]
            for c, v in enumerate(vals, 1):
                cell = ws2.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if c == 6 and isinstance(v, dt.datetime):
                    cell.number_format = "mmm-yy"
            if rag:
                ws2.cell(row=r, column=8).fill = fill(rag)
            r += 1
    r += 1
    ws2.cell(row=r, column=1, value="Action RAG key: Blue – complete; Green – on track; Amber – "
             "at risk of delay; Red – off track or target date missed; no colour – not yet started.")
    ws2.cell(row=r, column=1).font = Font(italic=True)
    widths = [30, 55, 32, 11, 11, 16, 45, 10]
    for i, w in enumerate(widths):
        ws2.column_dimensions[chr(65 + i)].width = w

    ws3 = wb.create_sheet("Scoring matrix")
    ws3["A1"] = "Risk scoring matrix (Likelihood x Impact)"
    ws3["A1"].font = Font(bold=True)
    for i in range(5):
        ws3.cell(row=3 + i, column=1, value=5 - i)
        for j in range(5):
            score = (5 - i) * (j + 1)
            cell = ws3.cell(row=3 + i, column=2 + j, value=score)
            cell.fill = fill("red" if score >= 15 else "amber" if score >= 8 else "green")
    for j in range(5):
        ws3.cell(row=8, column=2 + j, value=j + 1)
    ws3["A9"] = "Likelihood (rows) against Impact (columns). 15-25 high; 8-12 medium; 1-6 low."
    wb.save(out("xq-west-sussex-county-council-corporate-risk-register.xlsx"))


# ---------------------------------------------------------------------------
# 3. Central Bedfordshire Council - transformation highlight report (refuse)
# ---------------------------------------------------------------------------
def make_central_bedfordshire():
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    ws["A1"] = "Customer and Digital Transformation Programme – Highlight Report"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Central Bedfordshire Council"
    ws["A3"] = "Reporting period:"
    ws["B3"] = "October 2025"
    ws["D3"] = "Report date:"
    ws["E3"] = d(2025, 11, 4)
    ws["E3"].number_format = "dd/mm/yyyy"
    ws["A4"] = "Senior Responsible Owner:"
    ws["B4"] = "Chief Operating Officer"
    ws["D4"] = "Programme Manager:"
    ws["E4"] = "Transformation Programme Manager"
    dims = [("Overall", "Amber"), ("Schedule", "Amber"), ("Budget", "Green"),
            ("Resources", "Red"), ("Benefits", "Green")]
    ws["A6"] = "RAG dimension"
    ws["B6"] = "This period"
    ws["C6"] = "Last period"
    for c in ("A6", "B6", "C6"):
        ws[c].font = Font(bold=True)
    prev = {"Overall": "Amber", "Schedule": "Green", "Budget": "Green",
            "Resources": "Amber", "Benefits": "Green"}
    for r, (name, rag) in enumerate(dims, 7):
        ws.cell(row=r, column=1, value=name)
        ws.cell(row=r, column=2, value=rag).fill = fill(rag.lower())
        ws.cell(row=r, column=3, value=prev[name]).fill = fill(prev[name].lower())
    ws["A13"] = "Summary of progress this period"
    ws["A13"].font = Font(bold=True)
    ws["A14"] = ("Face-to-face payment counters closed on schedule. The customer portal go-live "
                 "has moved to November to complete accessibility testing. Two ICT vacancies "
                 "remain unfilled, which is affecting the Microsoft 365 migration.")
    ws.merge_cells("A14:H14")
    ws["A14"].alignment = WRAP
    ws.row_dimensions[14].height = 45
    ws["A16"] = "Key milestones and actions"
    ws["A16"].font = Font(bold=True)
    headers = ["No.", "Workstream", "Milestone / action", "Owner", "Baseline date",
               "Forecast date", "RAG", "Commentary"]
    for c, h in enumerate(headers, 1):
        cell = ws.cell(row=17, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("head")
        cell.border = BOX
        cell.alignment = WRAP
    ms = [
        (1, "Customer Access", "Launch the new customer portal for council tax, waste and "
         "highways reporting", "Head of Customer Services", "Sep 2025", "Nov 2025", "amber",
         "Go-live moved to allow further accessibility testing."),
        (2, "Customer Access", "Close the face-to-face payment counters and move cash "
         "payments to PayPoint outlets", "Head of Customer Services", "Oct 2025", "Oct 2025",
         "blue", "Complete – counters closed 24 October."),
        (3, "Digital Workplace", "Migrate all staff to the new Microsoft 365 tenant",
         "Head of ICT", "Dec 2025", "Jan 2026", "amber",
         "Two engineer vacancies; interim contractor being sourced."),
        (4, "Digital Workplace", "Decommission the legacy document management system",
         "Head of ICT / Information Governance Manager", "Jan 2026", "Febuary 2026", "amber",
         "Dependent on completion of the Microsoft 365 migration."),
        (5, "Adults Digital", "Offer assistive technology through the 'Technology First' "
         "approach for all new home care packages", "Head of Adult Social Care Commissioning",
         "Nov 2025", "Dec 2025", "green", "Pilot in the north locality has gone well."),
        (6, "Adults Digital", "Procure the replacement adult social care case management "
         "system", "Programme Manager (Adults Systems)", "Mar 2026", "Jun 2026", "red",
         "Tender re-issued after no compliant bids were received."),
        (7, "Data and Insight", "Publish the council-wide data strategy and data quality "
         "standards", "Head of Insight", "Dec 2025", "Dec 2025", "green",
         "Draft to Corporate Management Team on 2 December."),
        (8, "Data and Insight", "Deliver Power BI dashboards for the Corporate Management "
         "Team performance pack", "Business Intelligence Manager", "Nov 2025", "Nov 2025",
         "green", "Four of six dashboards live."),
    ]
    r = 18
    typo_row = None
    for row in ms:
        vals = list(row[:6]) + [None, row[7]]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BOX
            cell.alignment = WRAP
        ws.cell(row=r, column=7).fill = fill(row[6])
        if row[5] == "Febuary 2026":
            typo_row = r
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Top risks and issues").font = Font(bold=True)
    r += 1
    for c, h in enumerate(["ID", "Risk / issue", "Score", "Mitigation", "Owner"], 1):
        cell = ws.cell(row=r, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill("pale")
        cell.border = BOX
    r += 1
    risks = [
        ("R07", "ICT resourcing gaps delay the Microsoft 365 migration", 16,
         "Interim contractor; reprioritise business-as-usual ICT work", "Head of ICT"),
        ("I03", "No compliant bids received for the adults case management system", 12,
         "Re-tender with revised specification", "Programme Manager (Adults Systems)"),
    ]
    for row in risks:
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BOX
            cell.alignment = WRAP
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Decisions required from Programme Board").font = Font(bold=True)
    r += 1
    ws.cell(row=r, column=1, value="Approve the drawdown of £45,000 from the transformation "
            "reserve for interim ICT engineering support.")
    widths = [8, 18, 50, 32, 13, 14, 8, 45]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    wb.save(out("xq-central-bedfordshire-council-transformation-programme-highlight-report-"
                "typo-month-refuse.xlsx"))
    return typo_row


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, italic=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.italic = italic
    run.font.size = Pt(size)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.5))


RAG_HEX = {"R": "FF0000", "A": "FFC000", "G": "00B050", "B": "00B0F0"}


# ---------------------------------------------------------------------------
# 4. Nottingham City Safeguarding Children Partnership - JTAI action plan
# ---------------------------------------------------------------------------
def make_nottingham():
    doc = Document()
    landscape(doc)
    doc.add_heading("Joint Targeted Area Inspection (JTAI): Serious Youth Violence – "
                    "Partnership Action Plan", level=0)
    p = doc.add_paragraph("Nottingham City Safeguarding Children Partnership")
    p.runs[0].bold = True

    doc.add_paragraph("Document control")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Version", "1.3"), ("Date", "24 March 2025"),
                 ("Owner", "NCSCP Business Manager"),
                 ("Approved by", "NCSCP Executive (statutory safeguarding partners)"),
                 ("Next review", "June 2025")]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        set_cell(cells[1], v)

    doc.add_paragraph(
        "Inspectors from Ofsted, the Care Quality Commission, HM Inspectorate of "
        "Constabulary and Fire & Rescue Services and HM Inspectorate of Probation carried out "
        "a joint inspection of the multi-agency response to serious youth violence in "
        "Nottingham in October 2024. The letter of findings was published on 10 December 2024 "
        "and identified three areas for improvement. This plan sets out the partnership’s "
        "response and is monitored by the NCSCP Executive every two months.")

    doc.add_paragraph("RAG key")
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for letter, meaning in [("B", "Complete – evidence of impact seen"), ("G", "On track"),
                            ("A", "Some slippage – remedial action agreed"),
                            ("R", "Off track – escalated to the Executive")]:
        cells = k.add_row().cells
        set_cell(cells[0], letter, bold=True)
        shade(cells[0], RAG_HEX[letter])
        set_cell(cells[1], meaning)

    afis = [
        ("Area for improvement 1",
         "The timeliness and quality of information sharing between agencies when a child is "
         "first identified as being at risk of serious youth violence, including the use of "
         "police intelligence at strategy discussions.", [
             ("1.1", "Revise the MASH information-sharing protocol so that police intelligence "
              "about serious youth violence is shared with children’s social care within 24 "
              "hours of a referral.",
              "DCI Public Protection (Nottinghamshire Police) / MASH Service Manager",
              "April 2025", "Protocol signed off by all three statutory partners on 3 March "
              "2025. Audit shows 92% of referrals meet the 24-hour standard.", "B"),
             ("1.2", "Police to attend all strategy discussions where serious youth violence or "
              "criminal exploitation is a factor, with attendance audited monthly for six "
              "months.", "Nottinghamshire Police", "Sept 2025",
              "Attendance 88% in January and 94% in February.", "G"),
             ("1.3", "Deliver multi-agency training on contextual safeguarding and the child "
              "exploitation risk assessment tool to practitioners in the MASH, the Youth "
              "Justice Service and secondary schools.\nTarget: 300 practitioners trained.",
              "NCSCP Learning and Development Lead", "January – June 2025",
              "140 practitioners trained; school sessions delayed by staff sickness in the "
              "training team.", "A"),
         ]),
        ("Area for improvement 2",
         "The consistency of health partners’ contribution to return home interviews and to "
         "multi-agency risk assessment for children who go missing.", [
             ("2.1", "Agree with health providers a named health contact for every return home "
              "interview where a child has gone missing three or more times in 90 days.",
              "Designated Nurse Safeguarding Children (ICB)", "30/06/2025",
              "Named contacts agreed with NUH and Nottinghamshire Healthcare; CityCare to "
              "confirm.", "G"),
             ("2.2", "Add health representation to the Missing and Exploitation Panel and update "
              "its terms of reference.",
              "Head of Safeguarding, Nottingham University Hospitals; Chair of the Missing and "
              "Exploitation Panel", "Q1 2025/26",
              "Terms of reference updated and health representative attending since February.",
              "B"),
         ]),
        ("Area for improvement 3",
         "Strategic oversight by the partnership of the impact of its serious youth violence and "
         "exploitation work, including the use of children’s and families’ views to shape "
         "services.", [
             ("3.1", "Develop a serious youth violence outcomes dashboard, reported quarterly to "
              "the NCSCP Executive.",
              "NCSCP Business Manager / Violence Reduction Partnership Lead", "Q2 2025/26",
              "Data sharing agreement with the Violence Reduction Partnership awaiting "
              "sign-off.", "A"),
             ("3.2", "Gather young people’s and parents’ feedback on the exploitation pathway "
              "through the Youth Council and Parent Forum, and report what has changed as a "
              "result.",
              "Head of Service, Youth Justice and Targeted Youth Support",
              "Ongoing – six-monthly report",
              "First ‘You said, we did’ report to the Executive in May 2025.", "G"),
         ]),
    ]
    for heading, afi_text, actions in afis:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=2, cols=6)
        t.style = "Table Grid"
        top = t.rows[0].cells
        merged = top[0].merge(top[5])
        set_cell(merged, afi_text, bold=True, size=10)
        shade(merged, "DDEBF7")
        for c, h in enumerate(["Ref", "Action", "Lead agency / officer", "Timescale",
                               "Progress update (March 2025)", "RAG"]):
            set_cell(t.rows[1].cells[c], h, bold=True)
            shade(t.rows[1].cells[c], "D9D9D9")
        for ref, action, lead, when, update, rag in actions:
            cells = t.add_row().cells
            for c, v in enumerate([ref, action, lead, when, update, rag]):
                set_cell(cells[c], v)
            shade(cells[5], RAG_HEX[rag])
        doc.add_paragraph("")

    doc.add_paragraph("Sign-off")
    s = doc.add_table(rows=0, cols=2)
    s.style = "Table Grid"
    for who, role in [("Nottingham City Council", "Corporate Director for People"),
                      ("Nottinghamshire Police", "Assistant Chief Constable"),
                      ("NHS Nottingham and Nottinghamshire ICB", "Chief Nurse")]:
        cells = s.add_row().cells
        set_cell(cells[0], who)
        set_cell(cells[1], role)
    doc.save(out("xq-nottingham-city-safeguarding-children-partnership-jtai-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Calderdale Safeguarding Children Partnership - LCSPR Child J action plan
# ---------------------------------------------------------------------------
def make_calderdale():
    doc = Document()
    landscape(doc)
    doc.add_heading("Local Child Safeguarding Practice Review: Child J – Multi-Agency "
                    "Action Plan", level=1)
    p = doc.add_paragraph("Calderdale Safeguarding Children Partnership (CSCP)")
    p.runs[0].bold = True
    doc.add_paragraph("Review published: 17 September 2024. Action plan monitored by the "
                      "Learning and Improvement Sub-Group. Last updated: 12 June 2025.")
    doc.add_paragraph("Status key: Complete | Green – on track | Amber – at risk of delay | "
                      "Red – not progressing")

    recs = [
        ("Recommendation 1: The CSCP should be assured that practitioners recognise and respond "
         "to the cumulative impact of neglect on adolescents, including when children are not "
         "brought to health appointments.", [
             ("1a", "Refresh the Calderdale Neglect Strategy and the Graded Care Profile 2 "
              "training so that both cover adolescent neglect and ‘was not brought’ practice.",
              "CSCP Business Manager", "December 2024",
              "Strategy relaunched at the CSCP conference; GCP2 training updated.", "Complete"),
             ("1b", "Audit 20 cases of adolescents on child protection plans for neglect and "
              "report the findings to the Partnership Board.",
              "Service Manager, Quality Assurance (Calderdale Council)",
              "March 2025 (revised: July 2025)",
              "14 of 20 cases audited; audit extended to include health records.", "Amber"),
         ]),
        ("Recommendation 2: Partners should strengthen information sharing between schools, the "
         "School Nursing Service and Children’s Social Care when a child’s attendance falls "
         "below 80%.", [
             ("2a", "Agree and publish a joint protocol for sharing attendance concerns between "
              "schools, school nursing and Early Help, with an escalation point at 80% "
              "attendance.",
              "Head of Early Intervention and Safeguarding (Education) / Named Nurse (School "
              "Nursing)", "Spring term 2025",
              "Protocol published on the CSCP website and shared with all schools.", "Complete"),
             ("2b", "Include attendance and ‘was not brought’ data in the quarterly multi-agency "
              "performance dataset.", "CSCP Performance and Information Officer", "Q3 2025/26",
              "Health data fields agreed with CHFT; first report due in Q3.", "Green"),
         ]),
        ("Recommendation 3: West Yorkshire Police and Children’s Social Care should ensure that "
         "the voice and lived experience of the child are recorded and considered at every "
         "strategy discussion.", [
             ("3a", "Update the strategy discussion template to include a mandatory section on "
              "the child’s views and daily lived experience.\nShare the revised template "
              "through a 7-minute briefing.",
              "Head of Service, Front Door (Children’s Social Care)", "31/05/2025",
              "Template live in Liquidlogic from 1 May 2025; briefing circulated.", "Complete"),
             ("3b", "Dip sample 10% of strategy discussion records each quarter for evidence of "
              "the child’s voice, and report results to the Learning and Improvement Sub-Group.",
              "West Yorkshire Police (Calderdale District Safeguarding DI)",
              "Ongoing (quarterly)", "Q4 2024/25 sample: child’s voice evident in 71% of "
              "records.", "Green"),
         ]),
    ]
    status_hex = {"Complete": "00B0F0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    headers = ["Recommendation", "No.", "Action", "Lead agency / officer", "Timescale",
               "Evidence of impact / update", "Status"]
    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    for c, h in enumerate(headers):
        set_cell(t.rows[0].cells[c], h, bold=True)
        shade(t.rows[0].cells[c], "D9D9D9")
    for rec_text, actions in recs:
        first_idx = len(t.rows)
        for no, action, lead, when, update, status in actions:
            cells = t.add_row().cells
            for c, v in enumerate([None, no, action, lead, when, update, status]):
                if v is not None:
                    set_cell(cells[c], v)
            shade(cells[6], status_hex[status])
        last_idx = len(t.rows) - 1
        top = t.cell(first_idx, 0)
        merged = top.merge(t.cell(last_idx, 0))
        set_cell(merged, rec_text, bold=True)
    note = t.add_row().cells
    merged = note[0].merge(note[6])
    set_cell(merged, "Single-agency actions arising from the review are held by each agency and "
                     "reported to the Learning and Improvement Sub-Group by exception.",
             italic=True)

    doc.add_paragraph("")
    doc.add_paragraph("Glossary")
    g = doc.add_table(rows=0, cols=2)
    g.style = "Table Grid"
    for a, b in [("CHFT", "Calderdale and Huddersfield NHS Foundation Trust"),
                 ("CSCP", "Calderdale Safeguarding Children Partnership"),
                 ("GCP2", "Graded Care Profile 2 – neglect assessment tool"),
                 ("DI", "Detective Inspector")]:
        cells = g.add_row().cells
        set_cell(cells[0], a, bold=True)
        set_cell(cells[1], b)
    doc.save(out("xq-calderdale-safeguarding-children-partnership-lcspr-child-j-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Wigan Health and Wellbeing Board - action log (CSV)
# ---------------------------------------------------------------------------
def make_wigan():
    n = 8
    rows = [
        ["Wigan Health and Wellbeing Board - Action Log"] + [""] * (n - 1),
        ["Updated following the meeting held on 9 October 2025"] + [""] * (n - 1),
        [""] * n,
        ["Ref", "Date raised", "Agenda item", "Action", "Owner", "Due date", "RAG status",
         "Update"],
        ["HWB-25-03", "08/05/2025", "Item 8 – Suicide prevention",
         "Ask all partner organisations to sign the Wigan suicide prevention pledge and report "
         "the numbers signed back to the Board.", "Board Chair", "Ongoing", "Amber",
         "11 of 19 partners signed; reminder sent in September."],
        ["HWB-25-07", "10/07/2025", "Item 5 – Better Care Fund 2025/26 Plan",
         "Circulate the final Better Care Fund narrative plan and metrics to Board members "
         "following NHS England sign-off.",
         "Director of Adult Social Care / NHS GM Place-Based Lead (Wigan)", "Sep-25",
         "Complete", "Circulated 12 September 2025."],
        ["HWB-25-08", "10/07/2025", "Item 6 – Joint Local Health and Wellbeing Strategy refresh",
         "Hold a development session for Board members on the draft strategy priorities, "
         "including feedback from the community conversations.",
         "Director of Public Health", "October 2025", "Complete",
         "Session held 2 October 2025."],
        ["HWB-25-09", "10/07/2025", "Item 7 – Pharmaceutical Needs Assessment 2025",
         "Publish the final Pharmaceutical Needs Assessment on the council website and "
         "notify NHS GM.", "Consultant in Public Health (Health Protection)", "01/10/2025",
         "Complete", "Published 29 September 2025."],
        ["HWB-25-10", "09/10/2025", "Item 4 – Start Well: school readiness",
         "Bring a report on the take-up of funded childcare places for two-year-olds by ward, "
         "with actions to close the gap, to the January meeting.",
         "Assistant Director (Start Well)", "Jan 2026 meeting", "Green",
         "Data request made to the Early Years team."],
        ["HWB-25-11", "09/10/2025", "Item 4 – Start Well: school readiness",
         "Share the Start Well dashboard with Healthwatch and invite comments from parents' "
         "groups.", "RB & KT", "30/11/2025", "Amber",
         "Dashboard needs redaction of small numbers before sharing."],
        ["HWB-25-12", "09/10/2025", "Item 6 – Winter plan 2025/26",
         "Provide the Board with monthly winter vaccination uptake figures for frontline health "
         "and care staff, by organisation.", "NHS GM Place-Based Lead (Wigan)",
         "Nov 2025 – Mar 2026", "Green", "First figures to be circulated in November."],
        ["HWB-25-13", "09/10/2025", "Item 7 – Healthwatch annual report",
         "Respond in writing to the Healthwatch recommendations on access to NHS dentistry, "
         "copying the response to the Board.", "Director of Primary Care (NHS GM Wigan)",
         "Dec-25", "Red", "Response delayed pending the Greater Manchester dental "
         "commissioning review."],
        [""] * n,
        ["RAG key: Complete = action closed by the Board; Green = on track; Amber = at risk of "
         "missing the due date; Red = overdue"] + [""] * (n - 1),
        ["Completed actions are removed from the log after they have been reported to one "
         "meeting."] + [""] * (n - 1),
    ]
    path = out("xq-wigan-health-and-wellbeing-board-action-log.csv")
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 7. Derby City Council - council delivery plan Q2 2025/26 (tab-separated text)
# ---------------------------------------------------------------------------
def make_derby():
    header = ["Theme", "Priority", "Ref", "Delivery plan action", "Accountable officer",
              "Cabinet Member", "Due date", "Q1 status", "Q2 status", "Q2 commentary"]
    data = [
        ["Green city", "Improve air quality and reduce the city's carbon emissions", "CDP25-01",
         "Install 150 additional on-street electric vehicle charge points in residential areas.",
         "Director of Highways and Transport", "Cabinet Member for Climate Change and Transport",
         "Mar-26", "Green", "Green", "96 charge points live; remaining sites have been surveyed."],
        ["", "Protect and enhance the city's green spaces", "CDP25-02",
         "Adopt the Parks and Open Spaces Strategy 2025-2035 following public consultation.",
         "Head of Parks and Open Spaces", "Cabinet Member for Streetpride and Public Spaces",
         "31/12/2025", "Green", "Amber",
         "Consultation extended by four weeks at the request of Friends groups."],
        ["City of growth", "Regenerate the city centre", "CDP25-03",
         "Appoint a delivery partner for the Castleward phase 3 residential scheme.",
         "Director of Regeneration", "Cabinet Member for Regeneration",
         "Q3 2025/26", "Amber", "Amber",
         "Procurement stage 2 under way; preferred bidder expected in December."],
        ["", "Support local people into good jobs", "CDP25-04",
         "Run the Derby Works employment support programme for economically inactive residents, "
         "supporting 250 people in 2025/26.",
         "Head of Employment and Skills", "Cabinet Member for Regeneration",
         "Apr-25 - Mar-26", "Green", "Green", "143 residents supported to the end of Q2."],
        ["Resilient city", "Children and young people are safe and achieve well", "CDP25-05",
         "Open the new Family Hub in Sinfin and move the 0-19 public health nursing service "
         "into the hub.",
         "Director of Early Help and Children's Social Care",
         "Cabinet Member for Children, Young People and Skills",
         "Sep-25", "Amber", "Complete", "Hub opened to families on 15 September 2025."],
        ["", "", "CDP25-06",
         "Reduce the number of children in unregistered placements to zero by opening two "
         "council-run children's homes.",
         "Head of Residential Care / Head of Commissioning (Children)",
         "Cabinet Member for Children, Young People and Skills",
         "31/03/2026", "Red", "Red",
         "Ofsted registration of the first home delayed; three children remain in unregistered "
         "placements."],
        ["", "Adults live independently for longer", "CDP25-07",
         "Embed the strengths-based Care Act assessment and review process across all adult "
         "social care teams.",
         "Director of Adult Social Care", "Cabinet Member for Adults, Health and Housing",
         "Ongoing", "Green", "Green", "Practice audit shows strengths-based recording in 78% "
         "of assessments."],
        ["Working smarter", "Deliver a balanced budget and modern services", "CDP25-08",
         "Move 80% of council tax and business rates enquiries to online self-service through "
         "the new customer portal.",
         "Head of Customer Services; Head of Digital", "Cabinet Member for Finance",
         "Mar-26", "Not started", "Not started", "Portal contract award expected in November."],
    ]
    lines = [
        "Derby City Council – Council Delivery Plan 2025/26",
        "Quarter 2 Performance Report (1 July to 30 September 2025)",
        "Report generated 16/10/2025 from the corporate performance system",
        "",
        "\t".join(header),
    ]
    lines += ["\t".join(r) for r in data]
    lines += [
        "",
        "Q2 summary\tComplete: 1\tGreen: 3\tAmber: 2\tRed: 1\tNot started: 1\tTotal actions: 8",
    ]
    with open(out("xq-derby-city-council-council-delivery-plan-q2-2025-26.txt"), "w",
              encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


if __name__ == "__main__":
    make_gloucestershire()
    make_west_sussex()
    typo_row = make_central_bedfordshire()
    make_nottingham()
    make_calderdale()
    make_wigan()
    make_derby()
    print("Central Bedfordshire typo on sheet row", typo_row)
