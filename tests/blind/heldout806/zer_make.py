"""Build the seven zer- blind test files (set heldout806).

Run with /work/main/.venv/bin/python zer_make.py ; files are written beside this script.
Only files whose names start with 'zer-' are written.
"""
import os
from datetime import datetime

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
    assert name.startswith("zer-")
    return os.path.join(HERE, name)


RED, AMBER, GREEN, BLUE, GREY = "FF0000", "FFC000", "00B050", "0070C0", "D9D9D9"
FILL = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def d(s):
    return datetime.strptime(s, "%d/%m/%Y")


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


# ---------------------------------------------------------------------------
# 1. Environmental Standards Scotland - Board running list of matters arising
# ---------------------------------------------------------------------------
def build_ess():
    wb = Workbook()
    ws = wb.active
    ws.title = "Open actions"
    widths(ws, [10, 26, 60, 16, 14, 7, 50])
    top = [
        ("Environmental Standards Scotland", Font(bold=True, size=14)),
        ("Board – Running list of matters arising and actions", Font(bold=True, size=12)),
        ("Position at 28 November 2025 – for the Board meeting on 5 December 2025", Font(italic=True)),
    ]
    for r, (txt, f) in enumerate(top, start=1):
        ws.cell(r, 1, txt).font = f
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    hdr = ["No.", "Minute item", "Action", "Owner", "Due", "RAG", "Update"]
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(5, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F4E79")
        cell.border = BOX
        cell.alignment = WRAP
    rows = [
        ("S", "Board meeting – 25 April 2025"),
        ("2025/09", "4. Strategy and Analysis",
         "Provide the Board with a short paper on options for commissioning independent work on keeping pace with EU environmental law, including indicative costs.",
         "NL", "Jun-25\nRevised: Dec-25", "A",
         "Scoping discussed with SG officials in August. Paper deferred to December to reflect the Natural Environment (Scotland) Bill timetable."),
        ("2025/11", "7. Corporate Services update",
         "Circulate the revised Board members’ biographies for the website, including the two members whose entries are missing.",
         "CL", d("01/05/2025"), "B", "Biographies published on the website on 30 May 2025."),
        ("S", "Board meeting – 13 June 2025"),
        ("2025/17", "3. Chief Executive’s update",
         "Arrange a Board development session with the Office for Environmental Protection and the Interim Environmental Protection Assessor for Wales on cross-border monitoring.",
         "MR / Chair", d("01/01/2026"), "G", "Session pencilled in for 23 January 2026; agenda being agreed with OEP."),
        ("2025/19", "5. Investigations, Standards and Compliance",
         "Set out for the Board how case closure decisions are recorded and quality assured, and how learning is fed back to the investigations team.",
         "JMcG", d("01/09/2025"), "R",
         "Overdue – note drafted but held pending the internal audit of case management (see 2025/24)."),
        ("S", "Board meeting – 19 September 2025"),
        ("2025/22", "4. Audit and Risk Committee update",
         "Bring the refreshed cyber risk register and the results of the Scottish Government phishing exercise to the Audit and Risk Committee.",
         "RP / MS", d("01/11/2025"), "G", "On the ARC agenda for 20 November 2025."),
        ("2025/24", "4. Audit and Risk Committee update",
         "Agree management responses to the internal audit report on case management and report progress against them to each Board meeting.",
         "JMcG and RP", "Ongoing", "G",
         "Responses agreed 14 October 2025; first progress report at item 6 of this meeting."),
        ("2025/26", "6. Communication and Engagement Plan",
         "Revise the draft Communication and Engagement Plan to reflect Board comments on stakeholder mapping and bring it back for approval.",
         "Head of Corporate Services and Communications", d("01/12/2025"), "G", "On the agenda for this meeting (item 8)."),
        ("2025/27", "10. Any other business",
         "Confirm dates for 2026/27 Board and committee meetings and circulate calendar invitations.",
         "Governance Lead", d("31/10/2025"), "B", "Invitations issued 22 October 2025."),
    ]
    r = 6
    for row in rows:
        if row[0] == "S":
            cell = ws.cell(r, 1, row[1])
            cell.font = Font(bold=True)
            for c in range(1, 8):
                ws.cell(r, c).fill = fill(GREY)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        else:
            for c, v in enumerate(row, start=1):
                cell = ws.cell(r, c, v)
                cell.border = BOX
                cell.alignment = WRAP
            due = ws.cell(r, 5)
            if isinstance(row[4], datetime):
                due.number_format = "dd/mm/yyyy" if row[4].day != 1 else "mmm-yy"
            rag = ws.cell(r, 6)
            rag.fill = fill(FILL[row[5]])
            rag.alignment = Alignment(horizontal="center", vertical="top")
            rag.font = Font(bold=True, color="FFFFFF" if row[5] in "RB" else "000000")
        r += 1
    r += 1
    ws.cell(r, 1, "RAG key: G – on track; A – at risk of missing due date; R – overdue; "
                  "B – complete (to be removed once noted by the Board)").font = Font(italic=True, size=9)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)

    ws2 = wb.create_sheet("Closed actions")
    widths(ws2, [10, 18, 60, 16, 10, 12, 7])
    hdr2 = ["No.", "Meeting", "Action", "Owner", "Due", "Closed", "RAG"]
    for c, h in enumerate(hdr2, start=1):
        cell = ws2.cell(1, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F4E79")
        cell.border = BOX
    closed = [
        ("2025/03", "7 February 2025",
         "Share the draft internal audit plan for 2025/26 with all Board members before Audit and Risk Committee approval.",
         "RP", d("01/03/2025"), d("25/04/2025"), "B"),
        ("2025/06", "7 February 2025",
         "Consider options for signposting public enquiries that fall outside ESS’ remit, including an automated web response.",
         "JMcG", d("01/06/2025"), d("13/06/2025"), "B"),
        ("2025/12", "25 April 2025",
         "Record action points in the body of the minute from the next meeting onward.",
         "Governance Lead", d("01/06/2025"), d("13/06/2025"), "B"),
    ]
    for i, row in enumerate(closed, start=2):
        for c, v in enumerate(row, start=1):
            cell = ws2.cell(i, c, v)
            cell.border = BOX
            cell.alignment = WRAP
        ws2.cell(i, 5).number_format = "mmm-yy"
        ws2.cell(i, 6).number_format = "dd/mm/yyyy"
        ws2.cell(i, 7).fill = fill(BLUE)
        ws2.cell(i, 7).font = Font(bold=True, color="FFFFFF")
    wb.save(out("zer-environmental-standards-scotland-board-matters-arising-action-log.xlsx"))


# ---------------------------------------------------------------------------
# 2. ILF Scotland - Re-opening programme highlight report
# ---------------------------------------------------------------------------
def build_ilf():
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight report"
    widths(ws, [30, 14, 14, 70])
    ws["A1"] = "ILF Scotland"
    ws["A1"].font = Font(bold=True, size=14, color="5B2C6F")
    ws["A2"] = "Re-Opening the Independent Living Fund – Programme Highlight Report"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Report no. 9 | Reporting period: 1 – 29 February 2024 | For Programme Board, 7 March 2024"
    ws["A3"].font = Font(italic=True)
    for r in (1, 2, 3):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
    info = [("Senior Responsible Owner", "Chief Executive"),
            ("Programme Manager", "Head of Change and Improvement"),
            ("Target go-live", "Fund open to new applications – April 2024")]
    r = 5
    for k, v in info:
        ws.cell(r, 1, k).font = Font(bold=True)
        ws.cell(r, 2, v)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
        r += 1
    r += 1
    ws.cell(r, 1, "Status summary").font = Font(bold=True, size=12)
    r += 1
    for c, h in enumerate(["Dimension", "Last period", "This period", "Comments"], start=1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True)
        cell.fill = fill(GREY)
        cell.border = BOX
    status = [
        ("Overall", "A", "A", "Go-live re-planned from 1 April to 29 April 2024 to allow user acceptance testing to complete."),
        ("Schedule", "A", "A", "Three milestones forecast later than baseline; go-live date held."),
        ("Budget", "G", "G", "2024/25 allocation of £9m confirmed."),
        ("Resources", "A", "A", "Assessor recruitment 4 of 6 complete."),
        ("Risks and issues", "G", "A", "UAT participation from local authorities below plan (see 2.2)."),
    ]
    r += 1
    for dim, last, this, com in status:
        ws.cell(r, 1, dim).border = BOX
        for c, v in ((2, last), (3, this)):
            cell = ws.cell(r, c, v)
            cell.fill = fill(FILL[v])
            cell.alignment = Alignment(horizontal="center")
            cell.border = BOX
        cell = ws.cell(r, 4, com)
        cell.alignment = WRAP
        cell.border = BOX
        r += 1
    r += 1
    ws.cell(r, 1, "Key achievements this period").font = Font(bold=True, size=12)
    r += 1
    for t in ["• Final co-production events held in Inverness, Dundee, Glasgow and online (over 140 attendees).",
              "• Operational procedures and QA framework for new awards approved by SMT.",
              "• 2024/25 grant-in-aid confirmed by the Scottish Government sponsor team."]:
        ws.cell(r, 1, t)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
        r += 1
    r += 1
    ws.cell(r, 1, "Decisions required from Programme Board").font = Font(bold=True, size=12)
    r += 1
    ws.cell(r, 1, "• Note the re-planned go-live date of 29 April 2024 and the escalation on UAT participation.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
    r += 2
    ws.cell(r, 1, "Top risks").font = Font(bold=True, size=12)
    r += 1
    for c, h in enumerate(["Risk", "Score", "Trend"], start=1):
        ws.cell(r, c, h).font = Font(bold=True)
    for risk, score, trend in [("Demand exceeds the 1,000 places available in year one", "16", "↑"),
                               ("Local authority capacity to support applications", "12", "↑"),
                               ("Digital release slips beyond April", "9", "→")]:
        r += 1
        ws.cell(r, 1, risk).alignment = WRAP
        ws.cell(r, 2, score)
        ws.cell(r, 3, trend)

    ws2 = wb.create_sheet("Milestones & actions")
    widths(ws2, [6, 62, 34, 13, 13, 9, 9, 55])
    ws2["A1"] = "Milestone and action tracker – position at 29 February 2024"
    ws2["A1"].font = Font(bold=True, size=12)
    ws2.merge_cells("A1:H1")
    hdr = ["ID", "Milestone / action", "Owner", "Baseline date", "Forecast / actual date",
           "Last period", "This period", "Commentary"]
    for c, h in enumerate(hdr, start=1):
        cell = ws2.cell(3, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("5B2C6F")
        cell.border = BOX
        cell.alignment = WRAP
    rows = [
        ("W", "Workstream 1 – Policy and eligibility"),
        ("1.1", "Ministerial approval of the Co-Production Working Group recommendations on eligibility, access and award policy",
         "Head of Policy and Engagement", "29/02/2024", "15/03/2024", "A", "A",
         "Submission with the Minister for Social Care, Mental Wellbeing and Sport; decision expected w/c 11 March."),
        ("1.2", "Publish eligibility criteria, application guidance and FAQs for social work teams and applicants",
         "Head of Policy and Engagement", "22/03/2024", "05/04/2024", "G", "A",
         "Dependent on 1.1; drafts ready for sign-off."),
        ("W", "Workstream 2 – Application process and digital"),
        ("2.1", "Build and test online referral form and case management changes (Release 2)",
         "Head of Digital / Delivery Manager", "15/03/2024", "29/03/2024", "A", "A",
         "Supplier sprint extended by two weeks; no impact on go-live."),
        ("2.2", "User acceptance testing with local authority social work partners",
         "Delivery Manager", "29/03/2024", "12/04/2024", "G", "R",
         "Only 3 of 6 pilot local authorities confirmed for UAT. Escalated to Programme Board."),
        ("2.3", "Go-live: Fund re-opens to new applications",
         "Chief Executive", "01/04/2024", "29/04/2024", "A", "A",
         "Re-planned go-live agreed by SRO on 20 February; Minister’s office informed."),
        ("W", "Workstream 3 – Operations and workforce"),
        ("3.1", "Recruit and induct additional assessors for new applications (6 FTE)",
         "Head of HR and Organisational Development", "31/03/2024", "19/04/2024", "A", "A",
         "4 appointed; 2 posts re-advertised."),
        ("3.2", "Update operational procedures and quality assurance framework for new awards",
         "Head of Operations", "29/02/2024", "23/02/2024", "G", "B",
         "Approved by SMT 23 February 2024."),
        ("W", "Workstream 4 – Communications and engagement"),
        ("4.1", "Deliver final round of co-production events (Inverness, Dundee, Glasgow and online)",
         "Communications and Engagement Manager", "16/02/2024", "16/02/2024", "G", "B",
         "All four events held; feedback report to Co-Production Working Group."),
        ("4.2", "Launch communications: press release, website content and partner briefing pack",
         "Communications and Engagement Manager / SG Communications", "26/04/2024", "29/04/2024", "G", "G",
         "Aligned to new go-live date."),
        ("W", "Workstream 5 – Finance and governance"),
        ("5.1", "Confirm 2024/25 grant-in-aid for the re-opened fund (£9m) with the Scottish Government sponsor team",
         "Director of Finance and Corporate Services", "29/02/2024", "27/02/2024", "G", "B",
         "Allocation letter received 27 February 2024."),
        ("5.2", "Update the Framework Document and Board scheme of delegation for new awards",
         "Head of Governance", "31/03/2024", "30/06/2024", "A", "R",
         "Sponsor team review delayed; interim delegation agreed with Board Chair."),
    ]
    r = 4
    for row in rows:
        if row[0] == "W":
            cell = ws2.cell(r, 1, row[1])
            cell.font = Font(bold=True)
            for c in range(1, 9):
                ws2.cell(r, c).fill = fill("E8DAEF")
            ws2.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        else:
            ident, text, owner, base, fc, last, this, com = row
            vals = [ident, text, owner, d(base), d(fc), None, None, com]
            for c, v in enumerate(vals, start=1):
                cell = ws2.cell(r, c, v)
                cell.border = BOX
                cell.alignment = WRAP
            ws2.cell(r, 4).number_format = "dd/mm/yyyy"
            ws2.cell(r, 5).number_format = "dd/mm/yyyy"
            ws2.cell(r, 6).fill = fill(FILL[last])
            ws2.cell(r, 7).fill = fill(FILL[this])
        r += 1
    r += 1
    ws2.cell(r, 1, "Key").font = Font(bold=True)
    for colour, label in ((BLUE, "Complete"), (GREEN, "On track"),
                          (AMBER, "At risk – recoverable within tolerance"),
                          (RED, "Off track – Programme Board decision needed")):
        r += 1
        ws2.cell(r, 1).fill = fill(colour)
        ws2.cell(r, 2, label)
    wb.save(out("zer-ilf-scotland-reopening-programme-highlight-report.xlsx"))


# ---------------------------------------------------------------------------
# 3. Gateway Housing Association - internal audit tracker (refuse: typo month)
# ---------------------------------------------------------------------------
def build_gateway():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    widths(ws, [22, 10, 12, 14, 12])
    ws["A1"] = "Gateway Housing Association"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit & Risk Committee – 18 November 2025 – Item 7"
    ws["A3"] = "Internal audit recommendations: implementation status at 31 October 2025"
    ws["A3"].font = Font(bold=True)
    hdr = ["Priority", "Total", "Complete", "Not yet due", "Overdue"]
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(5, c, h)
        cell.font = Font(bold=True)
        cell.fill = fill(GREY)
        cell.border = BOX
    summ = [("High", 4, 1, 2, 1), ("Medium", 4, 1, 3, 0), ("Low", 1, 0, 1, 0)]
    for i, row in enumerate(summ, start=6):
        for c, v in enumerate(row, start=1):
            ws.cell(i, c, v).border = BOX
    for c, f in enumerate(["Total", "=SUM(B6:B8)", "=SUM(C6:C8)", "=SUM(D6:D8)", "=SUM(E6:E8)"], start=1):
        cell = ws.cell(9, c, f)
        cell.font = Font(bold=True)
        cell.border = BOX
    ws["A11"] = "Detail of each recommendation is on the ‘Tracker’ sheet."
    ws["A11"].font = Font(italic=True)

    ws2 = wb.create_sheet("Tracker")
    widths(ws2, [9, 9, 48, 48, 26, 13, 14, 12, 45])
    ws2["A1"] = "Gateway Housing Association"
    ws2["A1"].font = Font(bold=True, size=12)
    ws2["A2"] = "Internal audit recommendations tracker – position at 31 October 2025"
    ws2["A2"].font = Font(bold=True)
    hdr = ["Ref", "Priority", "Recommendation", "Agreed management action", "Action owner",
           "Original due date", "Revised due date", "Status", "Management update (October 2025)"]
    for c, h in enumerate(hdr, start=1):
        cell = ws2.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("00594F")
        cell.border = BOX
        cell.alignment = WRAP
    status_fill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED, "Not started": "FFFFFF"}
    rows = [
        ("H", "Repairs – contract management (2024/25) – Limited assurance"),
        ("REP-01", "High",
         "Strengthen monitoring of the responsive repairs contractor against contract KPIs, with monthly performance reporting to the Executive Team.",
         "Introduce a monthly KPI scorecard for the repairs contract and report it to the Executive Team.",
         "Director of Property Services", "31/03/2025", "30/09/2025", "Complete",
         "Scorecard reported to ET monthly since July 2025."),
        ("REP-02", "High",
         "Ensure variations to works orders are approved in line with the scheme of delegation before payment is made.",
         "Configure an approval workflow in the repairs system so that variations over £1,000 require manager sign-off.",
         "Head of Repairs / Head of ICT", "30/06/2025", "Febuary 2026", "Amber",
         "System change scheduled in the January 2026 release; manual sign-off check in place meanwhile."),
        ("REP-03", "Medium",
         "Reconcile contractor invoices to completed jobs each month.",
         "Finance to reconcile contractor invoices to completed job data monthly and report exceptions to the Head of Repairs.",
         "Financial Controller", "30/06/2025", None, "Complete",
         "Monthly reconciliation in place from June 2025."),
        ("H", "Damp, mould and condensation (2024/25) – Reasonable assurance"),
        ("DMC-01", "Medium",
         "Record all damp and mould reports as a distinct case type so that response times can be measured.",
         "Create a damp and mould case type in the housing management system and retrain contact centre staff.",
         "Head of Customer Services", "31/07/2025", "30/11/2025", "Green",
         "Case type live from 1 September; training 80% complete."),
        ("DMC-02", "Medium",
         "Carry out follow-up inspections within six weeks of remedial works being completed.",
         "Introduce a six-week post-works inspection and track completion on the compliance dashboard.",
         "Damp and Mould Lead Surveyor", "30/09/2025", "31/12/2025", "Amber",
         "Inspections started October; dashboard field to be added."),
        ("DMC-03", "Low",
         "Update the damp and mould policy to reflect the Awaab’s Law requirements.",
         "Revise the damp and mould policy and take it to the Board for approval.",
         "Head of Policy and Compliance", "31/10/2025", "Dec-25", "Green",
         "Draft policy on the Board agenda for 4 December 2025."),
        ("H", "Tenancy fraud (2025/26) – Limited assurance"),
        ("TF-01", "High",
         "Complete a tenancy audit programme covering all general needs homes over a rolling three-year cycle.",
         "Agree a risk-based tenancy audit programme and resourcing plan.",
         "Director of Housing", "31/12/2025", None, "Green",
         "Draft programme at ET on 11 November."),
        ("TF-02", "Medium",
         "Provide tenancy fraud awareness training to frontline housing staff.",
         "Deliver tenancy fraud awareness training, with the borough fraud team, to all housing officers.",
         "Head of Neighbourhoods", "31/01/2026", None, "Not started", ""),
        ("TF-03", "High",
         "Carry out identity checks at every new letting and hold copies on the tenancy file.",
         "Update the lettings procedure to require photo ID and proof of address at sign-up, with monthly file sampling.",
         "Head of Lettings", "30/09/2025", None, "Red",
         "Procedure drafted but not yet issued; sampling not started."),
    ]
    r = 5
    for row in rows:
        if row[0] == "H":
            cell = ws2.cell(r, 1, row[1])
            cell.font = Font(bold=True)
            for c in range(1, 10):
                ws2.cell(r, c).fill = fill("D9EAD3")
            ws2.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        else:
            ref, pri, rec, act, own, orig, rev, st, upd = row
            vals = [ref, pri, rec, act, own, d(orig), rev, st, upd]
            for c, v in enumerate(vals, start=1):
                cell = ws2.cell(r, c, v)
                cell.border = BOX
                cell.alignment = WRAP
            ws2.cell(r, 6).number_format = "dd/mm/yyyy"
            ws2.cell(r, 8).fill = fill(status_fill[st])
        r += 1
    r += 1
    ws2.cell(r, 1, "Status key: Complete = implemented and evidenced; Green = on track for due date; "
                   "Amber = revised date agreed by ARC; Red = overdue with no agreed revised date.").font = Font(italic=True, size=9)
    ws2.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    wb.save(out("zer-gateway-housing-association-internal-audit-recommendations-tracker-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_text(cell, text, bold=False, size=None):
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


# ---------------------------------------------------------------------------
# 4. Victims and Survivors Service - corporate risk register (docx)
# ---------------------------------------------------------------------------
def build_vss():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Victims and Survivors Service")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_heading("Corporate Risk Register 2025/26", level=0)
    doc.add_paragraph("Quarter 2 review – position at 30 September 2025")
    doc.add_paragraph("For the Audit and Risk Assurance Committee, 22 October 2025")

    doc.add_paragraph().add_run("Document control").bold = True
    t = doc.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    for i, row in enumerate([("Version", "Date", "Reviewed by", "Comment"),
                             ("1.0", "02/04/2025", "SMT", "Register agreed for 2025/26"),
                             ("1.1", "09/07/2025", "SMT / ARAC", "Quarter 1 review"),
                             ("1.2", "01/10/2025", "SMT", "Quarter 2 review – CR4 added")]):
        for j, v in enumerate(row):
            set_text(t.cell(i, j), v, bold=(i == 0))
    doc.add_paragraph()
    doc.add_paragraph(
        "Risk scores are Impact (1–5) x Likelihood (1–5). Action status: G – on track; "
        "A – some slippage, recoverable; R – significant slippage, escalated to SMT; "
        "Complete – action delivered and evidenced.")

    risks = [
        ("Corporate Objective 1: Deliver high quality, person-centred services to victims and survivors", [
            ("CR1: Funding – the 2025/26 budget allocation from The Executive Office is insufficient or confirmed too late for funded organisations to plan services",
             "Chief Executive", "20 (I5 x L4)", "12 (I4 x L3)",
             "Monthly budget monitoring with TEO sponsor branch; Board finance reports; letters of offer issued in stages.",
             "No agreed contingency plan for an in-year reduction.",
             [("1.1", "Submit monthly financial forecasts and in-year pressures to the TEO sponsor branch",
               "Head of Finance", "Monthly", "G", "Forecasts submitted April to September."),
              ("1.2", "Develop contingency scenarios (flat cash and 5% reduction) for the Victims Support Programme and agree them with the Board",
               "Chief Executive / Head of Finance", "31/12/2025", "A",
               "Scenarios drafted; Board workshop moved to December.")]),
            ("CR2: Information security – loss or unauthorised disclosure of sensitive personal data about victims and survivors",
             "Head of Corporate Services", "20 (I5 x L4)", "10 (I5 x L2)",
             "Data protection policies; IT Assist managed service; mandatory training; access controls on case records.",
             "Legacy case files still held on shared drives; refresher training overdue for some funded caseworkers.",
             [("2.1", "Complete migration of Individual Needs Programme case files to the new case management system and close the legacy shared drives",
               "Head of Corporate Services", "March 2026", "A",
               "60% of files migrated; data cleansing taking longer than planned."),
              ("2.2", "Roll out data protection refresher training to all staff and funded caseworkers",
               "Information Governance Manager", "Q3 2025/26", "G", "78% of staff complete."),
              ("2.3", "Commission a cyber security penetration test and implement the high-priority findings",
               "Head of Corporate Services", "30/09/2025", "Complete",
               "Test completed July 2025; two high findings closed in September.")]),
        ]),
        ("Corporate Objective 2: Support and develop a resilient, skilled workforce", [
            ("CR3: Staff wellbeing – vicarious trauma and burnout among staff working with victims and survivors affect service quality and absence levels",
             "Head of Services", "16 (I4 x L4)", "9 (I3 x L3)",
             "Clinical supervision for health and wellbeing caseworkers; Employee Assistance Programme; absence management policy.",
             "Supervision not yet available to all frontline teams.",
             [("3.1", "Extend the clinical supervision model to all frontline teams",
               "Head of Services", "January 2026", "G", "Provider contract varied; rollout from November."),
              ("3.2", "Review absence data at SMT and report trends to ARAC",
               "Head of HR", "Quarterly", "G", "Q1 and Q2 reports presented.")]),
        ]),
        ("Corporate Objective 3: Ensure effective governance, accountability and value for money", [
            ("CR4: Governance – Board vacancies and the ending of members’ terms in 2026 reduce the Board’s quorum and skills mix",
             "Chief Executive", "12 (I4 x L3)", "12 (I4 x L3)",
             "Standing orders; Board effectiveness review; sponsor branch engagement on appointments.",
             "Public appointments timetable not yet agreed with TEO.",
             [("4.1", "Agree with TEO the public appointments timetable for the three Board vacancies",
               "Board Secretary", "Nov-25", "A", "Awaiting TEO public appointments unit."),
              ("4.2", "Complete the Board skills audit and update the Board induction pack",
               "Chair and Board Secretary", "31/01/2026", "G", "Skills questionnaire issued.")]),
        ]),
    ]
    status_fill = {"G": GREEN, "A": AMBER, "R": RED, "Complete": BLUE}
    for objective, rlist in risks:
        doc.add_heading(objective, level=2)
        for title, owner, inh, res, controls, gaps, actions in rlist:
            n = 5 + len(actions)
            t = doc.add_table(rows=n, cols=6)
            t.style = "Table Grid"
            c = t.cell(0, 0).merge(t.cell(0, 5))
            set_text(c, title, bold=True)
            shade(c, "DEEAF6")
            for j, v in enumerate(["Risk owner", owner, "Inherent risk", inh, "Residual risk", res]):
                set_text(t.cell(1, j), v, bold=(j % 2 == 0))
            set_text(t.cell(2, 0), "Existing controls", bold=True)
            set_text(t.cell(2, 1).merge(t.cell(2, 5)), controls)
            set_text(t.cell(3, 0), "Gaps in control", bold=True)
            set_text(t.cell(3, 1).merge(t.cell(3, 5)), gaps)
            for j, v in enumerate(["Ref", "Action to address gaps", "Action owner", "Target date",
                                   "Status", "Progress at Q2"]):
                set_text(t.cell(4, j), v, bold=True)
                shade(t.cell(4, j), "F2F2F2")
            for i, (ref, act, lead, date, stat, prog) in enumerate(actions, start=5):
                for j, v in enumerate([ref, act, lead, date, stat, prog]):
                    set_text(t.cell(i, j), v)
                shade(t.cell(i, 4), status_fill[stat])
            doc.add_paragraph()
    doc.add_paragraph("Next review: Quarter 3 (position at 31 December 2025), SMT January 2026.")
    doc.save(out("zer-victims-and-survivors-service-corporate-risk-register-2025-26.docx"))


# ---------------------------------------------------------------------------
# 5. Marine Conservation Society - governance review action plan (docx)
# ---------------------------------------------------------------------------
def build_mcs():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    run = p.add_run("Marine Conservation Society")
    run.bold = True
    run.font.size = Pt(13)
    run.font.color.rgb = RGBColor(0x00, 0x4B, 0x87)
    doc.add_heading("Governance Review 2025 – Action Plan", level=1)
    doc.add_paragraph(
        "This plan responds to the independent review of the charity’s governance against the Charity "
        "Governance Code (reviewer’s report received March 2025). It was approved by the Board of Trustees "
        "on 10 June 2025. Progress is shown as at 30 September 2025 for the Nominations and Governance Committee.")
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    for i, row in enumerate([("Version", "Date", "Owner", "Status"),
                             ("1.0", "10 June 2025", "Company Secretary", "Approved by Board"),
                             ("1.1", "30 September 2025", "Company Secretary", "Progress update")]):
        for j, v in enumerate(row):
            set_text(t.cell(i, j), v, bold=(i == 0))
    doc.add_paragraph()
    doc.add_paragraph("Status key: Complete | Green – on track | Amber – at risk of slipping | "
                      "Red – behind schedule | Not started")
    status_fill = {"Complete": "9DC3E6", "Green": "A9D08E", "Amber": "FFD966", "Red": "FF7C80",
                   "Not started": "FFFFFF"}
    sections = [
        ("Principle 2: Leadership", [
            ("R1. The Board should set out in writing the respective roles of the Chair, Vice Chair and Chief Executive, and the matters reserved to the Board.", [
                ("1.1", "Draft role descriptions for the Chair and Vice Chair and a Chair/Chief Executive protocol for Board approval",
                 "Company Secretary", "September 2025", "Complete"),
                ("1.2", "Refresh the scheme of delegation and schedule of matters reserved to the Board",
                 "Chief Executive / Director of Finance and Resources", "December 2025", "Green"),
            ]),
        ]),
        ("Principle 4: Decision making, risk and control", [
            ("R2. Strengthen the Board’s oversight of strategic risk by linking the risk register to the strategy and agreeing a risk appetite statement.", [
                ("2.1", "Hold a facilitated Board workshop to agree risk appetite for each strategic goal",
                 "Chair of Audit and Risk Committee", "Q3 2025/26", "Amber"),
                ("2.2", "Restructure the strategic risk register around the 2030 strategy goals, with a named trustee link for each risk",
                 "Director of Finance and Resources", "March 2026", "Not started"),
            ]),
            ("R3. Review the committee structure and terms of reference to reduce duplication between committees and the Board.", [
                ("3.1", "Review the terms of reference of all committees and present a revised structure to the Board",
                 "Company Secretary / Chair of Nominations and Governance Committee", "November 2025", "Green"),
            ]),
        ]),
        ("Principle 5: Board effectiveness", [
            ("R4. Introduce a structured annual appraisal for trustees and the Chair, and a skills audit to inform recruitment.", [
                ("4.1", "Complete a trustee skills audit and agree recruitment priorities for the 2026 round",
                 "Chair of Nominations and Governance Committee", "By AGM, September 2025", "Complete"),
                ("4.2", "Introduce annual one-to-one reviews between the Chair and each trustee, with the Vice Chair leading the Chair’s appraisal",
                 "Chair / Vice Chair", "January 2026", "Green"),
            ]),
        ]),
        ("Principle 6: Equality, diversity and inclusion", [
            ("R5. Set measurable targets for the diversity of the Board and report progress each year.", [
                ("5.1", "Agree Board EDI targets and include them in the trustee recruitment pack",
                 "Chair", "October 2025", "Red"),
                ("5.2", "Report Board diversity data in the Trustees’ Annual Report 2025/26",
                 "Company Secretary", "July 2026", "Green"),
            ]),
        ]),
        ("Principle 7: Openness and accountability", [
            ("R6. Publish Board minutes (redacted where necessary) and a summary of trustee attendance on the website.", [
                ("6.1", "Agree a publication protocol and publish approved minutes from June 2025 onward",
                 "Company Secretary", "Ongoing", "Green"),
            ]),
        ]),
    ]
    for heading, recs in sections:
        doc.add_heading(heading, level=2)
        nrows = 1 + sum(len(a) for _, a in recs)
        t = doc.add_table(rows=nrows, cols=6)
        t.style = "Table Grid"
        for j, h in enumerate(["Review recommendation", "No.", "Action", "Lead", "By when", "Status"]):
            set_text(t.cell(0, j), h, bold=True)
            shade(t.cell(0, j), "D9E2F3")
        r = 1
        for rec, actions in recs:
            first = r
            for no, act, lead, when, stat in actions:
                for j, v in enumerate([no, act, lead, when, stat], start=1):
                    set_text(t.cell(r, j), v)
                shade(t.cell(r, 5), status_fill[stat])
                r += 1
            merged = t.cell(first, 0)
            if r - 1 > first:
                merged = t.cell(first, 0).merge(t.cell(r - 1, 0))
            set_text(merged, rec)
        doc.add_paragraph()
    doc.add_paragraph("Next update: Nominations and Governance Committee, January 2026.")
    doc.save(out("zer-marine-conservation-society-charity-governance-code-review-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Royal Wootton Bassett Town Council - H&S audit action plan (csv)
# ---------------------------------------------------------------------------
def csv_line(cells, n=7):
    cells = list(cells) + [""] * (n - len(cells))
    outc = []
    for c in cells:
        if any(ch in c for ch in ',"\n'):
            c = '"' + c.replace('"', '""') + '"'
        outc.append(c)
    return ",".join(outc)


def build_rwb():
    lines = [
        ["Royal Wootton Bassett Town Council"],
        ["Health and Safety Audit 2025 – Action Plan"],
        ["Audit by external health and safety adviser, 14–15 May 2025. Updated for Policy, Resources & Governance Committee, 9 October 2025"],
        [],
        ["Ref", "Priority", "Action required", "Responsible", "Target date", "RAG", "Progress / comments"],
        ["1. Health and safety management"],
        ["1.1", "High", "Review and re-adopt the Health and Safety Policy, signed by the Mayor and Town Clerk.",
         "Town Clerk", "31/07/2025", "Complete", "Adopted by Full Council 17 July 2025."],
        ["1.2", "Medium", "Appoint a competent person for health and safety advice (retained advisory service).",
         "Town Clerk", "30/09/2025", "Complete", "Three-year contract signed August 2025."],
        ["1.3", "High", "Review all task risk assessments and hold them centrally with review dates.",
         "Deputy Town Clerk / Operations Manager", "31/10/2025", "A",
         "Grounds and events done; cemetery and play areas outstanding."],
        ["2. Premises and fire safety"],
        ["2.1", "High", "Commission a new fire risk assessment for the council offices and implement its findings.",
         "Operations Manager", "Aug-25", "Complete", "FRA received 6 August; all actions closed."],
        ["2.2", "Medium", "Introduce a monthly emergency lighting test log and train two staff to carry out the tests.",
         "Facilities Officer", "Dec-25", "G", "Log in use; second member of staff to be trained in November."],
        ["2.3", "High", "Obtain a legionella risk assessment for the cemetery chapel and set up monthly water temperature checks.",
         "Operations Manager", "Sept 2025 – Nov 2025", "A", "Assessment done; monthly checks start November."],
        ["3. Outdoor spaces and play areas"],
        ["3.1", "Medium", "Record weekly play area inspections on the inspection app and book the annual independent inspection.",
         "Grounds Team Leader", "30/11/2025", "G", "App in use since September."],
        ["3.2", "High", "Introduce a lone working procedure and personal alarms for grounds staff working at the cemetery.",
         "Operations Manager & Grounds Team Leader", "Oct-25", "R",
         "Alarms ordered; procedure awaiting staff consultation."],
        ["3.3", "Low", "Commission a tree survey of council-owned land and add the results to the asset register.",
         "Town Clerk", "Mar-26", "", "Quotes to be sought in the new year."],
        [],
        ["Summary: 3 complete, 2 green, 2 amber, 1 red, 1 not started (9 actions)"],
        ["Priority: High – within 3 months; Medium – within 6 months; Low – within 12 months"],
    ]
    text = "\r\n".join(csv_line(l) for l in lines) + "\r\n"
    with open(out("zer-royal-wootton-bassett-town-council-health-and-safety-audit-action-plan.csv"),
              "w", encoding="utf-8", newline="") as f:
        f.write(text)


# ---------------------------------------------------------------------------
# 7. Avanti West Coast - ORR timetable production recovery plan tracker (txt)
# ---------------------------------------------------------------------------
def tsv_line(cells):
    outc = []
    for c in cells:
        if any(ch in c for ch in '\t"\n'):
            c = '"' + c.replace('"', '""') + '"'
        outc.append(c)
    return "\t".join(outc)


def build_avanti():
    n = 7
    lines = [
        ["Avanti West Coast"],
        ["Timetable Production Recovery Plan – progress tracker"],
        ["Submitted to the Office of Rail and Road under the passenger information condition of the operating licence. Version 3 – weekly update, week ending 17 March 2023"],
        [],
        ["Objective: timetables finalised and tickets on sale in line with industry norms for all days of the week by mid-May 2023"],
        [],
        ["Ref", "Workstream / action", "Owner", "Original date", "Forecast date", "RAG", "Progress this week"],
        ["A. Train planning capacity"],
        ["A1", "Recruit 8 additional permanent train planners into the Avanti timetable planning team",
         "Head of Timetable Planning", "31/03/2023", "30/04/2023", "A",
         "5 of 8 appointed.\nRemaining 3 at offer stage."],
        ["A2", "Extend consultancy support for bespoke weekend timetables until recovery is sustained",
         "Head of Timetable Planning", "28/02/2023", "28/02/2023", "Complete", "Contract extended to 30 June 2023."],
        ["A3", "Set up a joint planning cell with Network Rail for West Coast engineering access during the March–April blockades",
         "Planning and Performance Director / NR Route Planning Manager", "17/02/2023", "17/02/2023", "Complete",
         "Cell meeting daily since 13 February."],
        ["B. Timetable and ticket release"],
        ["B1", "Publish ticket release dates on the Avanti website and update them weekly",
         "Customer Experience Director", "10/02/2023", "10/02/2023", "Complete", "Published 9 February; updated every Friday."],
        ["B2", "Weekday timetables loaded and tickets on sale at T-8 weeks",
         "Head of Timetable Planning", "31/03/2023", "31/03/2023", "G", "Currently at T-7 weeks."],
        ["B3", "Weekend timetables loaded and tickets on sale at T-6 weeks",
         "Head of Timetable Planning", "17/03/2023", "14/04/2023", "A",
         "Delayed by late changes to Easter engineering possessions."],
        ["B4", "Return to T-12 for all days of the week",
         "Managing Director", "Mid-May 2023", "Mid-May 2023", "G", "On plan subject to B3."],
        ["C. Crew and operational resources"],
        ["C1", "Train drivers on the diversionary routes needed during the March–April engineering works",
         "Operations Director", "31/03/2023", "31/03/2023", "G", "86% of required drivers trained."],
        ["C2", "Build additional crew diagrams into weekend plans to cover bespoke timetables",
         "Head of Resource Planning", "Apr-23", "Apr-23", "G", ""],
        ["D. Reporting and assurance"],
        ["D1", "Weekly progress report to ORR and Transport Focus",
         "Head of Regulatory Affairs", "Weekly", "Weekly", "G", "Report 6 submitted 17 March."],
        ["D2", "Independent assurance review of timetable planning processes, with findings to the Avanti Board",
         "Head of Assurance", "30/06/2023", "30/06/2023", "", "Terms of reference in draft."],
        [],
        ["RAG: G = on track to forecast date; A = forecast later than original date; R = forecast date at risk; Complete = delivered"],
        ["T-12 / T-8 / T-6 = timetable confirmed and on sale 12 / 8 / 6 weeks before the day of travel."],
    ]
    text = "\r\n".join(tsv_line(l + [""] * (n - len(l))) if l else "\t" * (n - 1) for l in lines) + "\r\n"
    with open(out("zer-avanti-west-coast-orr-timetable-recovery-plan-progress-tracker.txt"),
              "w", encoding="utf-8", newline="") as f:
        f.write(text)


if __name__ == "__main__":
    build_ess()
    build_ilf()
    build_gateway()
    build_vss()
    build_mcs()
    build_rwb()
    build_avanti()
    print("built 7 zer- files in", HERE)
