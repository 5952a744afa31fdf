"""Build the seven `ve-` blind cases (set heldout527).

Run with: /work/main/.venv/bin/python ve_make.py
Writes only files whose names start with `ve-` into this script's folder.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("ve-")
    return os.path.join(HERE, name)


D = dt.datetime
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def fill(hex6):
    return PatternFill("solid", start_color=hex6, end_color=hex6)


RAGFILL = {
    "B": fill("0070C0"),
    "G": fill("00B050"),
    "A": fill("FFC000"),
    "R": fill("FF0000"),
}
HEAD_FILL = fill("1F3864")
SECTION_FILL = fill("D9E1F2")


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def header_row(ws, row, values):
    for c, v in enumerate(values, start=1):
        cell = ws.cell(row=row, column=c, value=v)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = HEAD_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX


def section_row(ws, row, text, ncols):
    ws.cell(row=row, column=1, value=text)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
    c = ws.cell(row=row, column=1)
    c.font = BOLD
    c.fill = SECTION_FILL
    c.alignment = Alignment(wrap_text=True, vertical="center")


# ---------------------------------------------------------------------------
# 1. Lambeth – internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def lambeth():
    wb = Workbook()
    title = "Outstanding Internal Audit Recommendations – Position at 31 December 2025"
    sub = "London Borough of Lambeth – Internal Audit and Counter Fraud | Corporate Committee, 29 January 2026"

    s = wb.active
    s.title = "Summary"
    s["A1"] = title
    s["A1"].font = Font(bold=True, size=14)
    s.merge_cells("A1:F1")
    s["A2"] = sub
    s.merge_cells("A2:F2")
    header_row(s, 4, ["Audit", "Assurance opinion", "Directorate",
                      "Actions open", "Overdue", "Implemented this quarter"])
    rows = [
        ("Temporary Accommodation Income Collection 2024/25", "Limited", "Housing", 2, 1, 1),
        ("Schools Payroll Controls – Maintained Schools 2024/25", "Reasonable", "Children's Services", 1, 0, 1),
        ("Adult Social Care – Direct Payments Monitoring 2025/26", "Limited", "Adults and Health", 3, 0, 0),
    ]
    r = 5
    for row in rows:
        for c, v in enumerate(row, start=1):
            s.cell(row=r, column=c, value=v).border = BOX
        r += 1
    s.cell(row=r, column=1, value="Total").font = BOLD
    s.cell(row=r, column=4, value="=SUM(D5:D7)")
    s.cell(row=r, column=5, value="=SUM(E5:E7)")
    s.cell(row=r, column=6, value="=SUM(F5:F7)")
    r += 2
    s.cell(row=r, column=1, value="RAG key").font = BOLD
    key = [("B", "Implemented – verified by Internal Audit"),
           ("G", "On track to meet target date"),
           ("A", "Revised date agreed / at risk of slipping"),
           ("R", "Overdue – no revised date agreed")]
    for k, txt in key:
        r += 1
        c = s.cell(row=r, column=1, value=k)
        c.fill = RAGFILL[k]
        s.cell(row=r, column=2, value=txt)
    widths(s, [52, 18, 20, 13, 10, 22])

    t = wb.create_sheet("Tracker")
    t["A1"] = title
    t["A1"].font = Font(bold=True, size=14)
    t.merge_cells("A1:H1")
    t["A2"] = ("Priority: 1 = High (fundamental weakness); 2 = Medium; 3 = Low. "
               "Revised target dates require Director approval and are reported to Corporate Committee.")
    t.merge_cells("A2:H2")
    t["A2"].alignment = WRAP
    header_row(t, 4, ["Ref", "Priority", "Agreed Management Action", "Responsible Officer",
                      "Original Target Date", "Revised Target Date", "RAG", "Latest Update (Dec 2025)"])
    data = [
        ("S", "Temporary Accommodation Income Collection 2024/25 (Limited Assurance)"),
        ("A", "TA-01", 1,
         "Reconcile the temporary accommodation rent account in the housing management system to the "
         "general ledger each month, with the reconciliation reviewed and signed off by the Income Manager.",
         "Head of Income & Collection", D(2025, 3, 31), D(2025, 9, 30), "B",
         "Monthly reconciliations completed April – November 2025 and evidenced to IA. Verified 12/12/2025."),
        ("A", "TA-02", 1,
         "Introduce a documented arrears escalation procedure for households in nightly-paid accommodation, "
         "including referral to the Financial Inclusion team at four weeks' arrears.",
         "Director of Housing Needs / Head of Temporary Accommodation", D(2025, 6, 30), D(2026, 3, 31), "A",
         "Procedure drafted; consultation with the Financial Inclusion team delayed by the restructure."),
        ("A", "TA-03", 2,
         "Cleanse the former-tenant arrears records and write off debts assessed as irrecoverable in line "
         "with the Council's Write-Off Policy.",
         "Head of Income & Collection", D(2025, 9, 30), None, "R",
         "No update received from service."),
        ("S", "Schools Payroll Controls – Maintained Schools 2024/25 (Reasonable Assurance)"),
        ("A", "SP-01", 2,
         "Issue a reminder to all maintained school business managers that starters, leavers and changes "
         "to hours must be notified on the approved form, countersigned by the headteacher.",
         "Schools Finance Manager", D(2025, 10, 31), None, "B",
         "Reminder issued via the Schools Bulletin on 6 October 2025."),
        ("A", "SP-02", 2,
         "Produce a monthly exception report of payroll changes processed without an approved form and "
         "follow up each exception with the school concerned.",
         "Payroll Manager (Schools)", D(2025, 12, 31), "Q4 2025/26", "A",
         "Report built; testing in the January 2026 payroll run."),
        ("S", "Adult Social Care – Direct Payments Monitoring 2025/26 (Limited Assurance)"),
        ("A", "DP-01", 1,
         "Complete the backlog of annual direct payment account reviews, prioritising accounts with "
         "balances over £10,000.",
         "Head of Service, Adult Social Care Finance", D(2026, 1, 31), None, "G",
         "412 of 655 reviews complete; on track."),
        ("A", "DP-02", 1,
         "Recover unspent direct payment balances identified through the reviews and report recoveries "
         "monthly to the Adult Social Care Departmental Management Team.",
         "Head of Service, Adult Social Care Finance; Direct Payments Team Manager", D(2026, 3, 31), None, "G",
         "£184k recovered to date."),
        ("A", "DP-03", 2,
         "Update the Direct Payments Agreement to require recipients to retain receipts for six years and "
         "to use a prepaid card where the package exceeds 10 hours per week.",
         "Principal Social Worker (Adults)", D(2026, 3, 31), None, None,
         "Not started – dependent on legal review of the agreement."),
    ]
    r = 5
    for item in data:
        if item[0] == "S":
            section_row(t, r, item[1], 8)
        else:
            _, ref, pri, act, owner, orig, rev, rag, upd = item
            vals = [ref, pri, act, owner, orig, rev, rag, upd]
            for c, v in enumerate(vals, start=1):
                cell = t.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            if rag:
                t.cell(row=r, column=7).fill = RAGFILL[rag]
                t.cell(row=r, column=7).alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    r += 1
    t.cell(row=r, column=1, value="Source: Pentana Risk extract, 05/01/2026. Implemented actions are removed "
                                  "from the tracker once reported to Committee.")
    t.freeze_panes = "C5"
    widths(t, [8, 9, 60, 30, 14, 14, 6, 48])
    wb.active = 1
    wb.save(out("ve-lambeth-council-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 2. Buckinghamshire – corporate risk register (xlsx, typo month -> refuse)
# ---------------------------------------------------------------------------
def bucks():
    wb = Workbook()
    ws = wb.active
    ws.title = "Corporate Risk Register"
    ws["A1"] = "Buckinghamshire Council – Corporate Risk Register 2025/26"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:J1")
    ws["A2"] = "Reported to Audit and Governance Committee, 19 November 2025 (position at 31 October 2025)"
    ws.merge_cells("A2:J2")
    ws["A3"] = ("Scores are Likelihood x Impact (1–5). Red 15–25, Amber 8–14, Green 1–7. "
                "Direction of travel compares with the July 2025 report.")
    ws.merge_cells("A3:J3")
    header_row(ws, 5, ["Ref", "Risk (cause, event, consequence)", "Risk owner", "Previous score",
                       "Current score", "Direction", "Further actions", "Action owner", "Due",
                       "Action status"])
    risks = [
        ("CR01",
         "Financial resilience: rising demand in social care and home to school transport, and uncertainty "
         "over the Fair Funding Review, lead to an unbalanced budget and unplanned use of reserves.",
         "Corporate Director Resources", "20 Red", "16 Red", "↓",
         [("Deliver the 2026/27 Medium Term Financial Plan with a balanced budget for approval by Council.",
           "Corporate Director Resources", D(2026, 2, 28), "On track"),
          ("Monthly monitoring of the £24m savings programme at Corporate Management Team, with "
           "mitigations agreed for any slippage.", "Service Director Finance (S151)", "Ongoing", "On track"),
          ("Review the reserves strategy and minimum balances as part of budget setting.",
           "Service Director Finance (S151)", D(2026, 1, 31), "On track")]),
        ("CR03",
         "SEND and high needs: growth in EHC plans and independent specialist placements increases the "
         "Dedicated Schools Grant deficit and delays statutory assessments.",
         "Corporate Director Education and Children's Services", "20 Red", "20 Red", "↔",
         [("Implement the DSG Management Plan agreed with the DfE, including the expansion of specialist "
           "places in maintained schools.", "Corporate Director Education and Children's Services",
           D(2026, 3, 31), "Delayed"),
          ("Deliver the EHCP timeliness recovery plan to bring 20-week completion above 60%.",
           "Service Director Education", "Febuary 2026", "On track")]),
        ("CR06",
         "Cyber security: a successful cyber attack disrupts council systems, leads to loss of data and "
         "prevents the delivery of critical services.",
         "Service Director Corporate Technology", "15 Red", "12 Amber", "↓",
         [("Complete the PSN re-accreditation and the annual IT health check remediation plan.",
           "Head of ICT Infrastructure", D(2025, 12, 31), "On track"),
          ("Run a cyber incident exercise with the Corporate Management Team.",
           "Head of ICT Infrastructure / Emergency Planning Manager", D(2025, 10, 31), "Complete")]),
        ("CR09",
         "Adult social care market: provider failure or insufficient capacity in home care and nursing "
         "placements means needs cannot be met and hospital discharges are delayed.",
         "Corporate Director Adults and Health", "16 Red", "16 Red", "↔",
         [("Refresh the Market Position Statement and agree the 2026/27 fee uplift with providers.",
           "Service Director Integrated Commissioning", D(2026, 3, 31), "On track"),
          ("Put in place a provider failure protocol with the ICB, including a named lead for each "
           "contingency scenario.", "Head of Quality and Market Management", D(2026, 6, 30), "Not started")]),
    ]
    r = 6
    for ref, desc, owner, prev, cur, dirn, acts in risks:
        start = r
        for act, aowner, due, status in acts:
            ws.cell(row=r, column=7, value=act)
            ws.cell(row=r, column=8, value=aowner)
            c = ws.cell(row=r, column=9, value=due)
            if isinstance(due, dt.datetime):
                c.number_format = "mmm-yy"
            ws.cell(row=r, column=10, value=status)
            for col in range(1, 11):
                ws.cell(row=r, column=col).alignment = WRAP
                ws.cell(row=r, column=col).border = BOX
            r += 1
        end = r - 1
        for col, v in zip(range(1, 7), (ref, desc, owner, prev, cur, dirn)):
            ws.cell(row=start, column=col, value=v)
            if end > start:
                ws.merge_cells(start_row=start, start_column=col, end_row=end, end_column=col)
        for col, v in ((4, prev), (5, cur)):
            ws.cell(row=start, column=col).fill = fill("FF0000") if "Red" in v else fill("FFC000")
    widths(ws, [7, 50, 26, 10, 10, 9, 52, 30, 11, 12])
    ws.freeze_panes = "C6"

    hm = wb.create_sheet("Risk profile")
    hm["A1"] = "Corporate risk profile – number of risks by current score"
    hm["A1"].font = BOLD
    header_row(hm, 3, ["Report", "Total", "Red", "Amber", "Green"])
    for i, row in enumerate([("November 2025", 4, 3, 1, 0), ("July 2025", 4, 4, 0, 0),
                             ("March 2025", 5, 3, 2, 0)], start=4):
        for c, v in enumerate(row, start=1):
            hm.cell(row=i, column=c, value=v)
    widths(hm, [18, 8, 8, 8, 8])
    wb.save(out("ve-buckinghamshire-council-corporate-risk-register-2025-26-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# 3. Wolverhampton – Ofsted focused visit action plan (xlsx, fill-only RAG)
# ---------------------------------------------------------------------------
def wolverhampton():
    wb = Workbook()
    ws = wb.active
    ws.title = "FV Action Plan"
    ws["A1"] = "City of Wolverhampton Council – Ofsted Focused Visit Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Focused visit to children's social care, 2 and 3 October 2024; letter published 31 October 2024"
    ws.merge_cells("A2:G2")
    ws["A3"] = ("Plan owner: Director of Children's Services    Oversight: Children's Social Care Leadership "
                "Team (monthly) and Children and Young People Scrutiny Panel")
    ws.merge_cells("A3:G3")
    ws["A4"] = "Last updated: 17/03/2025"
    ws.merge_cells("A4:G4")
    header_row(ws, 6, ["Ref", "What we will do", "Lead", "By when",
                       "How we will know it has made a difference", "Progress update", "RAG"])
    rows = [
        ("S", "Area for improvement 1: The quality and consistency of supervision."),
        ("A", "1.1",
         "Refresh the Supervision Policy and recording template so that each supervision record sets out "
         "reflection, analysis of risk and clear actions with timescales for the child.",
         "Principal Social Worker", "December 2024",
         "Audit shows at least 80% of supervision records rated good for reflection and direction.",
         "Policy and template launched on 9 December 2024 at the all-staff briefing.", "B"),
        ("A", "1.2",
         "Deliver reflective supervision training for all team managers and advanced practitioners "
         "through the Social Work Academy.",
         "Head of Workforce Development / Principal Social Worker", "Jan 2025 – April 2025",
         "All team managers trained; practitioner survey shows supervision is helpful.",
         "3 of 5 cohorts complete; remaining cohorts booked for April.", "G"),
        ("A", "1.3",
         "Heads of Service to dip sample supervision records each month and report findings to the "
         "Quality Assurance Board.",
         "Heads of Service", "Ongoing – monthly",
         "Dip sample findings show improvement month on month.",
         "Dip sampling started January 2025; 42 records reviewed.", "G"),
        ("A", "1.4",
         "Add supervision frequency and quality measures to the monthly performance scorecard for team "
         "managers.",
         "Head of Performance and Business Intelligence", D(2025, 1, 31),
         "Scorecard in use by all teams.", "Measures live in the February 2025 scorecard.", "B"),
        ("S", "Area for improvement 2: The timeliness of updating children's plans when their "
              "circumstances change."),
        ("A", "2.1",
         "Issue practice guidance on reviewing and updating child in need and child protection plans "
         "within 10 working days of a significant change in circumstances.",
         "Head of Service – Strengthening Families", "February 2025",
         "Case audits show plans updated within timescale.",
         "Guidance drafted; sign-off at Practice Standards Group on 27 March 2025.", "A"),
        ("A", "2.2",
         "Build a report in Eclipse that alerts team managers when a plan has not been updated within "
         "10 working days of a recorded change of circumstances.",
         "Head of Performance and Business Intelligence; Eclipse System Lead", D(2025, 6, 30),
         "Report used in weekly team performance meetings.",
         "Development paused pending the Eclipse upgrade; new date to be agreed.", "R"),
        ("A", "2.3",
         "Include the timeliness of plan updates in the quarterly multi-agency audit programme run by "
         "Wolverhampton Safeguarding Together.",
         "Quality Assurance Service Manager", "Q1 2025/26",
         "Multi-agency audit findings reported to the partnership.",
         "Not yet started – first audit scheduled for June 2025.", None),
    ]
    r = 7
    for item in rows:
        if item[0] == "S":
            section_row(ws, r, item[1], 7)
        else:
            _, ref, act, lead, when, measure, upd, rag = item
            for c, v in enumerate([ref, act, lead, when, measure, upd, None], start=1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            if rag:
                ws.cell(row=r, column=7).fill = RAGFILL[rag]
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = BOLD
    for k, txt in (("B", "Complete"), ("G", "On track"), ("A", "Some slippage"), ("R", "Off track")):
        r += 1
        ws.cell(row=r, column=2, value=txt)
        ws.cell(row=r, column=1).fill = RAGFILL[k]
    widths(ws, [6, 55, 30, 16, 40, 45, 8])

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Progress summary – March 2025"
    sm["A1"].font = BOLD
    header_row(sm, 3, ["Area for improvement", "Actions", "Complete", "On track", "Slippage",
                       "Off track", "Not started"])
    sm.append(["1. Supervision", 4, 2, 2, 0, 0, 0])
    sm.append(["2. Updating children's plans", 3, 0, 0, 1, 1, 1])
    sm.append(["Total", "=SUM(B4:B5)", "=SUM(C4:C5)", "=SUM(D4:D5)", "=SUM(E4:E5)", "=SUM(F4:F5)",
               "=SUM(G4:G5)"])
    widths(sm, [32, 9, 10, 10, 10, 10, 12])
    wb.save(out("ve-wolverhampton-council-ofsted-focused-visit-action-plan.xlsx"))


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


def set_cell(cell, text, bold=False, size=9):
    """Write text into a cell; '\n' starts a new paragraph."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    run.font.size = Pt(size)
    for part in parts[1:]:
        p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.font.size = Pt(size)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)
    return sec


# ---------------------------------------------------------------------------
# 4. Coventry CSP – DHR action plan (docx, a table per recommendation)
# ---------------------------------------------------------------------------
def coventry():
    doc = docx.Document()
    sec = landscape(doc)
    hp = sec.header.paragraphs[0]
    hp.text = "Coventry Community Safety Partnership – OFFICIAL"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    doc.add_heading("Domestic Homicide Review ‘Adult D’ – Multi-Agency Action Plan", level=1)
    doc.add_paragraph(
        "This action plan responds to the recommendations of the Overview Report into the death of Adult D, "
        "accepted by the Coventry Community Safety Partnership Board on 2 October 2024. Progress is "
        "reported quarterly to the DHR Oversight Group; actions are closed only when evidence has been "
        "seen by the Group.")

    doc.add_paragraph().add_run("Document control").bold = True
    dc = doc.add_table(rows=1, cols=4)
    dc.style = "Table Grid"
    for c, h in zip(dc.rows[0].cells, ("Version", "Date", "Author", "Status")):
        set_cell(c, h, bold=True)
    for row in (("0.3", "14/08/2024", "DHR Co-ordinator", "Draft for panel"),
                ("1.0", "02/10/2024", "DHR Co-ordinator", "Approved by CSP Board"),
                ("1.3", "09/09/2025", "Community Safety Manager", "Quarter 2 2025/26 update")):
        cells = dc.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)

    doc.add_paragraph()
    doc.add_paragraph().add_run("Status key").bold = True
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for word, meaning, colour in (("Complete", "Action completed and evidence seen", "BDD7EE"),
                                  ("Green", "On track to meet the target date", "C6EFCE"),
                                  ("Amber", "At risk of delay – revised date agreed", "FFEB9C"),
                                  ("Red", "Off track", "FFC7CE")):
        cells = key.add_row().cells
        set_cell(cells[0], word, bold=True)
        shade(cells[0], colour)
        set_cell(cells[1], meaning)

    doc.add_paragraph()
    doc.add_heading("Recommendations and actions", level=2)

    recs = [
        ("Recommendation 1: Coventry Community Safety Partnership to seek assurance that all agencies "
         "attending MARAC record the outcome of MARAC actions on both the victim's and the perpetrator's "
         "records.",
         [("1.1", "Add a MARAC action outcome field to the MARAC minutes template and circulate it to all "
                  "MARAC representatives.", "MARAC Co-ordinator", "December 2024",
           "Template in use from the January 2025 MARAC.", "Complete"),
          ("1.2", "Audit a sample of 20 MARAC cases across police, health and housing records to test "
                  "whether outcomes have been recorded.", "Community Safety Manager & MARAC Chair",
           "31/03/2025", "Audit completed; report to Oversight Group in October.", "Green")]),
        ("Recommendation 2: Coventry and Warwickshire Integrated Care Board to ensure GP practices "
         "routinely ask about domestic abuse when a patient presents with low mood, anxiety or alcohol "
         "misuse.",
         [("2.1", "Deliver IRIS domestic abuse training to the remaining 14 Coventry GP practices not yet "
                  "trained.", "Named GP for Safeguarding Adults (ICB)", "June 2025",
           "9 of 14 practices trained; remaining practices booked.", "Amber"),
          ("2.2", "Add a routine enquiry prompt to the mental health and alcohol templates in the GP "
                  "clinical system.",
           "Designated Nurse Safeguarding Adults; Named GP for Safeguarding Adults (ICB)", "Q3 2025/26",
           "Template change approved by the ICB clinical systems group.", "Green")]),
        ("Recommendation 3: Coventry City Council Housing Service to embed the Domestic Abuse Housing "
         "Alliance (DAHA) standards in housing options assessments.",
         [("3.1", "Complete the DAHA self-assessment and apply for accreditation, including mandatory "
                  "domestic abuse training for all housing options officers.", "Head of Housing Options",
           "Original: March 2025\nRevised: September 2025",
           "Self-assessment complete; accreditation visit now booked for September.", "Amber")]),
        ("Recommendation 4: West Midlands Police to review how officers record and share information "
         "about non-fatal strangulation.",
         [("4.1", "Issue a briefing to all response and neighbourhood officers on the offence of non-fatal "
                  "strangulation and on recording it as a risk factor in the DASH risk assessment.",
           "DCI Public Protection Unit", "September 2024 – March 2025",
           "Briefing delivered to all Coventry officers.", "Complete"),
          ("4.2", "Include non-fatal strangulation in the refresher domestic abuse training for new "
                  "officers and call handlers.", "WMP Learning and Development Lead", "Ongoing",
           "Included in the training package from April 2025.", "Green")]),
    ]
    headers = ("No.", "Action", "Lead officer", "Target date", "Progress update", "Status")
    colw = (Cm(1.2), Cm(8.5), Cm(4.5), Cm(3.5), Cm(5.5), Cm(2.2))
    colours = {"Complete": "BDD7EE", "Green": "C6EFCE", "Amber": "FFEB9C", "Red": "FFC7CE"}
    for rec, acts in recs:
        t = doc.add_table(rows=2, cols=6)
        t.style = "Table Grid"
        top = t.rows[0].cells[0].merge(t.rows[0].cells[5])
        set_cell(top, rec, bold=True)
        shade(top, "D9E1F2")
        for c, h in zip(t.rows[1].cells, headers):
            set_cell(c, h, bold=True)
        for a in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, a):
                set_cell(c, v)
            shade(cells[5], colours[a[5]])
        for row in t.rows:
            for c, w in zip(row.cells, colw):
                c.width = w
        doc.add_paragraph()

    doc.add_paragraph().add_run("Sign-off").bold = True
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for c, h in zip(so.rows[0].cells, ("Agreed by", "Role", "Date")):
        set_cell(c, h, bold=True)
    for c, v in zip(so.rows[1].cells, ("Chair, Coventry Community Safety Partnership", "CSP Board",
                                       "02/10/2024")):
        set_cell(c, v)
    doc.save(out("ve-coventry-csp-dhr-adult-d-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Liverpool SCP – LCSPR action plan (docx, one table, merged theme/rec)
# ---------------------------------------------------------------------------
def liverpool():
    doc = docx.Document()
    sec = landscape(doc)
    sec.header.paragraphs[0].text = "Liverpool Safeguarding Children Partnership"

    doc.add_heading("Local Child Safeguarding Practice Review – Child B: Multi-Agency Action Plan", level=1)
    doc.add_paragraph("Monitored by: LSCP Quality Assurance Group | Version 2.1 | Updated: 21 November 2025")

    key = doc.add_table(rows=1, cols=2)
    key.style = "Table Grid"
    set_cell(key.rows[0].cells[0], "RAG", bold=True)
    set_cell(key.rows[0].cells[1], "Meaning", bold=True)
    for k, meaning, colour in (("B", "Complete and impact evidenced", "5B9BD5"),
                               ("G", "On track", "70AD47"),
                               ("A", "Some slippage – remedial action in place", "FFC000"),
                               ("R", "Not on track – escalated to LSCP Executive", "FF0000")):
        cells = key.add_row().cells
        set_cell(cells[0], k, bold=True)
        shade(cells[0], colour)
        set_cell(cells[1], meaning)
    doc.add_paragraph()

    headers = ("Learning theme", "Recommendation", "Ref", "Action", "Lead agency / officer", "Timescale",
               "Progress / evidence", "RAG")
    plan = [
        ("1. Recognising and responding to neglect",
         "LSCP partners should ensure practitioners use the Graded Care Profile 2 (GCP2) when neglect is a "
         "feature, and that its findings inform plans for the child.",
         [("1.1", "Relaunch GCP2 training across the partnership with a target of 300 practitioners trained "
                  "by March 2026.", "LSCP Learning and Development Manager", "March 2026",
           "186 practitioners trained (November 2025).", "G"),
          ("1.2", "Audit the use of GCP2 in a sample of 30 child in need and child protection cases where "
                  "neglect is the primary concern.",
           "LCC Children's Services / LSCP Quality Assurance Group", "Q4 2025/26",
           "Audit tool agreed; case selection delayed to January 2026.", "A")]),
        ("2. Hearing the voice of the child",
         "Agencies should record the child's lived experience, in the child's own words where possible, at "
         "every contact.",
         [("2.1", "Add a mandatory ‘voice of the child’ field to health visiting and school nursing contact "
                  "records.", "Head of 0-19 Public Health Nursing", "September 2025",
           "Field live in the clinical system from 1 September 2025.", "B"),
          ("2.2", "Deliver a practice briefing on ‘Seeing and hearing the child’ to all early help, social "
                  "care and education safeguarding leads.\nRecord attendance and follow up with schools "
                  "that did not attend.", "LSCP Business Manager", "December 2025",
           "Four briefings held; 212 attendees.", "G")]),
        ("3. Information sharing between agencies",
         "The partnership should assure itself that information about a parent's mental health is shared "
         "with children's social care when there are concerns for a child.",
         [("3.1", "Review the adult mental health ‘Think Family’ referral pathway and reissue it to all "
                  "Mersey Care community teams.",
           "Mersey Care NHS Foundation Trust – Named Nurse Safeguarding Children", "31/01/2026",
           "Pathway reviewed; reissue planned for January.", "G"),
          ("3.2", "Test the revised pathway through a multi-agency case audit and report the findings to "
                  "the LSCP Executive.", "LSCP Quality Assurance Group Chair", "June 2026",
           "Not started – follows 3.1.", ""),
          ("3.3", "Include parental mental health flags in the Public Protection Notifications shared by "
                  "Merseyside Police with children's social care.",
           "Merseyside Police – Head of Public Protection", "August 2025",
           "Flag added to the notification template; checked in October dip sample.", "B")]),
    ]
    nrows = 1 + sum(len(acts) for _, _, acts in plan)
    t = doc.add_table(rows=nrows, cols=8)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, headers):
        set_cell(c, h, bold=True)
        shade(c, "D9E1F2")
    colours = {"B": "5B9BD5", "G": "70AD47", "A": "FFC000", "R": "FF0000"}
    r = 1
    for theme, rec, acts in plan:
        first, last = r, r + len(acts) - 1
        for a in acts:
            cells = t.rows[r].cells
            for c, v in zip(cells[2:], a):
                set_cell(c, v)
            if a[5]:
                shade(cells[7], colours[a[5]])
            r += 1
        tc = t.cell(first, 0)
        rc = t.cell(first, 1)
        if last > first:
            tc = tc.merge(t.cell(last, 0))
            rc = rc.merge(t.cell(last, 1))
        set_cell(tc, theme, bold=True)
        set_cell(rc, rec)
    widths_cm = (Cm(3.2), Cm(4.5), Cm(1.0), Cm(6.0), Cm(3.8), Cm(2.4), Cm(4.0), Cm(1.2))
    for row in t.rows:
        for c, w in zip(row.cells, widths_cm):
            c.width = w

    doc.add_paragraph()
    doc.add_paragraph().add_run("Glossary").bold = True
    g = doc.add_table(rows=0, cols=2)
    g.style = "Table Grid"
    for a, b in (("GCP2", "Graded Care Profile 2"), ("LCC", "Liverpool City Council"),
                 ("LSCP", "Liverpool Safeguarding Children Partnership")):
        cells = g.add_row().cells
        set_cell(cells[0], a)
        set_cell(cells[1], b)
    doc.save(out("ve-liverpool-safeguarding-children-partnership-lcspr-child-b-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Leeds HWB – action log (csv export)
# ---------------------------------------------------------------------------
def leeds():
    rows = [
        ["Leeds Health and Wellbeing Board – Action Log"] + [""] * 8,
        ["Updated following the Board meeting on 10 December 2025"] + [""] * 8,
        [""] * 9,
        ["No.", "Meeting", "Minute", "Action", "Owner", "Due", "Status", "RAG", "Update"],
        ["HWB-25-07", "17/06/2025", "12",
         "Circulate the refreshed Leeds Joint Strategic Assessment summary to Board members and partner "
         "boards.", "Director of Public Health", "Jul-25", "Closed", "B", "Circulated 3 July 2025."],
        ["HWB-25-09", "17/06/2025", "14(b)",
         "Bring a report on the first-year evaluation of the Marmot City programme, including the housing "
         "and health workstream.", "Director of Public Health", "Dec-25", "Closed", "B",
         "Considered at the December meeting (minute 41)."],
        ["HWB-25-12", "23/09/2025", "27",
         "Provide a breakdown of childhood immunisation uptake by ward and by ethnicity.\n"
         "Include the actions agreed with primary care to close the gaps.",
         "Chief Officer Health Partnerships / Consultant in Public Health", "Mar-26", "Open", "G",
         "Data request with the ICB; report scheduled for March Board."],
        ["HWB-25-13", "23/09/2025", "28",
         "Write to NHS England on behalf of the Board setting out concerns about access to NHS dentistry "
         "for children looked after.", "Chair of the Board", "31/10/2025", "Open", "R",
         "Letter drafted; awaiting agreement from ICB colleagues."],
        ["HWB-25-15", "23/09/2025", "30",
         "Agree how the Board will receive assurance on the Leeds Healthy Ageing Strategy, including a "
         "development session.", "Board Manager", "TBC", "Open", "A",
         "Date for development session not yet fixed."],
        ["HWB-25-18", "10/12/2025", "39",
         "Share the winter pressures dashboard with Board members until the end of March.",
         "Leeds Place Director, NHS West Yorkshire ICB", "Monthly", "Open", "G",
         "First dashboard shared 17 December 2025."],
        ["HWB-25-19", "10/12/2025", "40",
         "Refresh the Board's forward plan so that it follows the priorities of the Healthy Leeds Plan.",
         "Board Manager & Head of Policy (Public Health)", "February 2026", "Open", "", ""],
        [""] * 9,
        ["Key: B = closed; G = open and on track; A = open, at risk; R = open, overdue"] + [""] * 8,
        ["Total actions: 7 | Closed: 2 | Open: 5"] + [""] * 8,
    ]
    with open(out("ve-leeds-health-and-wellbeing-board-action-log.csv"), "w", newline="",
              encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 7. Blackburn with Darwen – corporate peer challenge action plan highlight report (txt, TSV)
# ---------------------------------------------------------------------------
def blackburn():
    lines = [
        ["Blackburn with Darwen Borough Council – Corporate Peer Challenge Action Plan: Highlight Report"],
        ["Reporting period: Quarter 3 2025/26 (October – December 2025)", "",
         "Reported to: Audit and Governance Committee, 28 January 2026"],
        ["Overall status: Amber"],
        [],
        ["RAG key: B = complete; G = on track; A = at risk or revised date; R = off track"],
        [],
        ["Ref", "Action", "Lead", "Original deadline", "Revised deadline", "RAG", "Progress this quarter"],
        ["Recommendation 1: Enhance public consultation and engagement on the budget to build understanding "
         "of the challenges ahead and the savings needed"],
        ["1.1", "Run a budget engagement programme with residents' panels in each area of the borough ahead "
                "of the 2026/27 budget", "Director of Finance", "January 2026", "", "G",
         "Six panel sessions held in November and December; summary to Executive Board in February."],
        ["1.2", "Publish a plain-English budget summary", "Head of Communications; Director of Finance",
         "March 2025", "March 2026", "A", "Summary for 2025/26 not produced; will be published with the "
                                          "2026/27 budget."],
        ["", "and a ‘you said, we did’ report after each consultation", "", "", "", "", ""],
        ["Recommendation 2: Reduce and prioritise the number of strategies in support of the council's core "
         "missions"],
        ["2.1", "Complete an audit of all current council strategies and plans and agree which will be "
                "retired or merged", "Head of Policy and Performance", "September 2025", "", "B",
         "Audit complete; 41 strategies reduced to 17."],
        ["2.2", "Adopt a strategy framework setting out how each strategy links to the Corporate Plan "
                "missions", "Head of Policy and Performance", "December 2025", "February 2026", "A",
         "Framework drafted; Executive Board date moved to February."],
        ["Recommendation 3: Give greater focus to transformation and how it will lead to measurable "
         "improvements"],
        ["3.1", "Establish a Transformation Board chaired by the Chief Executive with a single benefits "
                "register", "Chief Executive", "July 2025", "", "B", "Board meeting monthly since July."],
        ["3.2", "Report transformation benefits quarterly to Executive Board alongside the corporate "
                "performance report", "Head of Transformation", "Quarterly", "", "G",
         "First benefits report presented in December 2025."],
        ["Recommendation 4: Strengthen the culture of overview and scrutiny so that it adds value to policy "
         "development"],
        ["4.1", "Deliver a member development programme on effective scrutiny, including questioning skills, "
                "with the Centre for Governance and Scrutiny", "Democratic Services Manager", "30/11/2025",
         "", "B", "Two sessions delivered (September and November 2025)."],
        ["4.2", "Introduce an annual scrutiny work programme setting event with Executive Members and senior "
                "officers", "Democratic Services Manager / Scrutiny Chairs", "June 2026", "", "",
         "Not yet started – scheduled for May 2026."],
        [],
        ["Summary", "B: 3", "G: 2", "A: 2", "R: 0", "Not started: 1"],
        ["Total actions: 8"],
    ]
    with open(out("ve-blackburn-with-darwen-council-corporate-peer-challenge-highlight-report.txt"), "w",
              encoding="utf-8", newline="") as f:
        for row in lines:
            f.write("\t".join(row) + "\r\n")


if __name__ == "__main__":
    lambeth()
    bucks()
    wolverhampton()
    coventry()
    liverpool()
    leeds()
    blackburn()
    print("built 7 ve- files in", HERE)
