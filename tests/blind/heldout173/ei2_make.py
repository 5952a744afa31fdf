"""Build the seven ei2- blind test files (set heldout173).

Run with: /work/main/.venv/bin/python ei2_make.py
Writes into the directory this script lives in.
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

RAG_HEX = {
    "red": "FFFF0000",
    "amber": "FFFFC000",
    "green": "FF00B050",
    "blue": "FF0070C0",
    "grey": "FFD9D9D9",
}
THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill(fill_type="solid", start_color=hex_, end_color=hex_)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Southampton City Council - ASC CQC assessment improvement plan (xlsx)
# ---------------------------------------------------------------------------
SOTON_TITLE = ("Southampton City Council \u2013 Adult Social Care: CQC Local Authority "
               "Assessment Improvement Plan 2025\u201326")
# (theme, [(afi, [(ref, action, lead, target, target_fmt, prev, cur_fill, update)])])
SOTON = [
    ("Theme 1: Working with people", [
        ("People waited too long for Care Act assessments, reviews and occupational therapy "
         "assessments, and were not always kept informed while they waited.", [
            ("1.1", "Implement a single waiting list management process across the Adult Social "
                    "Care front door, Long Term and OT teams, with risk-rated contact at least every "
                    "6 weeks for everyone waiting.",
             "Head of Adult Social Care Operations", d(2025, 12, 1), "mmm-yy", "A", "green",
             "Waiting list policy agreed at DMT 3 September. Contact calls now logged in the case "
             "management system; 94% of people waiting contacted within 6 weeks in August."),
            ("1.2", "Commission additional assessment capacity (time-limited) to clear reviews "
                    "overdue by more than 12 months.",
             "Service Manager \u2013 Long Term Care / Commissioning Manager (Adults)",
             d(2026, 3, 31), "dd/mm/yyyy", "R", "amber",
             "Agency review team in place from July. 412 overdue reviews at baseline, 268 "
             "remaining. Trajectory slipped by one quarter due to recruitment."),
        ]),
        ("Unpaid carers told us they did not always receive a carer\u2019s assessment or know what "
         "support was available.", [
            ("1.3", "Refresh the Carers\u2019 Strategy with carers and the Carers in Southampton "
                    "service, including a new offer of carers\u2019 assessments at first contact.",
             "Principal Social Worker; Carers Lead Officer", d(2026, 1, 1), "mmm-yy", "G", "blue",
             "Strategy co-produced with carers and signed off by Cabinet in September 2025. "
             "Complete."),
            ("1.4", "Report carers\u2019 assessment completion monthly in the ASC performance "
                    "dashboard.",
             "Head of Performance and Intelligence", "Ongoing", None, "G", "green",
             "Measure added to dashboard from August 2025."),
        ]),
    ]),
    ("Theme 2: Providing support", [
        ("There was limited choice of home care and specialist residential care in the city, and "
         "too many people were placed out of area.", [
            ("2.1", "Re-procure the home care framework on a locality (patch-based) model.",
             "Director of Integrated Commissioning", d(2026, 4, 1), "mmm-yy", "A", "amber",
             "Market engagement events held June\u2013July. Tender documents delayed pending "
             "legal advice on TUPE; contract start now likely May 2026."),
            ("2.2", "Develop a Market Sustainability Plan for specialist dementia and complex-needs "
                    "residential care, with a target to reduce out-of-area placements by 15%.",
             "Director of Integrated Commissioning", "Q4 2025/26", None, "G", "amber",
             "Draft plan in development with ICB colleagues."),
        ]),
    ]),
    ("Theme 3: Ensuring safety within the system", [
        ("Safeguarding enquiries were not always completed in a timely way and the Safeguarding "
         "Adults Board could not be assured of outcomes for people.", [
            ("3.1", "Introduce a safeguarding triage standard (concerns screened within 2 working "
                    "days) and audit compliance monthly.",
             "Head of Safeguarding Adults", d(2025, 11, 1), "mmm-yy", "A", "blue",
             "Triage standard live from 1 July 2025. Compliance 91% in September."),
            ("3.2", "Deliver Making Safeguarding Personal training to all Section 42 enquiry "
                    "officers.",
             "Principal Social Worker", d(2026, 2, 1), "mmm-yy", "G", "green",
             "Four of six cohorts trained (78 staff)."),
        ]),
        ("Transitions from children\u2019s services were inconsistent and young people with care "
         "needs did not always have a plan by their 18th birthday.", [
            ("3.3", "Establish a joint Preparing for Adulthood panel with Children\u2019s Services, "
                    "tracking all young people with likely Care Act needs from age 14.",
             "Head of Adult Social Care Operations / Head of SEND", d(2025, 9, 1), "mmm-yy", "A",
             "red",
             "Panel terms of reference not yet agreed; escalated to the Improvement Board. Data "
             "sharing agreement outstanding."),
        ]),
    ]),
    ("Theme 4: Leadership", [
        ("Performance data and quality assurance were not used consistently to drive "
         "improvement.", [
            ("4.1", "Launch a quarterly practice quality assurance framework (case file audits, "
                    "peer review and feedback from people who use services).",
             "Principal Social Worker", d(2026, 6, 1), "mmm-yy", None, None,
             "Not yet started \u2013 scheduled to begin January 2026."),
            ("4.2", "Report progress on this plan to the ASC Improvement Board and the Health "
                    "Overview and Scrutiny Panel.",
             "Executive Director Wellbeing (Health & Adults)", "Quarterly", None, "G", "green",
             "Reported to Health Overview and Scrutiny Panel 28 August 2025."),
        ]),
    ]),
]
PREV_FILL = {"R": "red", "A": "amber", "G": "green", "B": "blue"}


def make_southampton(path):
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = SOTON_TITLE
    cov["A1"].font = Font(bold=True, size=14)
    cov["A3"] = "Overall CQC rating: Requires improvement (assessment report published 14 March 2025)"
    cov["A4"] = "Plan owner: Executive Director Wellbeing (Health & Adults)"
    cov["A5"] = "Governance: ASC Improvement Board (monthly); Health Overview and Scrutiny Panel (quarterly)"
    cov["A7"] = "Document control"
    cov["A7"].font = Font(bold=True)
    hdr = ["Version", "Date", "Author", "Changes"]
    rows = [
        ("0.1", "11/04/2025", "ASC Improvement Lead", "First draft following CQC report"),
        ("1.0", "06/05/2025", "ASC Improvement Lead", "Approved by ASC Improvement Board"),
        ("1.3", "30/09/2025", "ASC Improvement Lead", "September progress update"),
    ]
    for c, h in enumerate(hdr, 1):
        cell = cov.cell(row=8, column=c, value=h)
        cell.font = Font(bold=True)
        cell.border = BOX
        cell.fill = fill("FFD9E1F2")
    for r, row in enumerate(rows, 9):
        for c, v in enumerate(row, 1):
            cell = cov.cell(row=r, column=c, value=v)
            cell.border = BOX
    cov.column_dimensions["A"].width = 14
    cov.column_dimensions["B"].width = 14
    cov.column_dimensions["C"].width = 24
    cov.column_dimensions["D"].width = 40

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = SOTON_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Progress position: 30 September 2025"
    ws["A3"] = ("RAG key: Blue = complete | Green = on track | Amber = at risk of slippage | "
                "Red = off track | No colour = not yet started")
    ws["A3"].font = Font(italic=True)
    headers = ["Ref", "Area for improvement (CQC finding)", "Action", "Lead(s)", "Target date",
               "Previous RAG (June 2025)", "Current RAG", "Progress update (September 2025)"]
    widths = [7, 42, 55, 30, 12, 11, 10, 55]
    for c, (h, w) in enumerate(zip(headers, widths), 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = fill("FF1F3864")
        cell.alignment = WRAP
        cell.border = BOX
        ws.column_dimensions[cell.column_letter].width = w
    r = 6
    for theme, afis in SOTON:
        ws.cell(row=r, column=1, value=theme).font = Font(bold=True)
        for c in range(1, 9):
            ws.cell(row=r, column=c).fill = fill("FFD9E1F2")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for afi, actions in afis:
            first = r
            ws.cell(row=r, column=2, value=afi)
            for (ref, action, lead, target, fmt, prev, cur, upd) in actions:
                ws.cell(row=r, column=1, value=ref)
                ws.cell(row=r, column=3, value=action)
                ws.cell(row=r, column=4, value=lead)
                tc = ws.cell(row=r, column=5, value=target)
                if fmt:
                    tc.number_format = fmt
                pc = ws.cell(row=r, column=6, value=prev)
                if prev:
                    pc.fill = fill(RAG_HEX[PREV_FILL[prev]])
                    pc.alignment = Alignment(horizontal="center", vertical="top")
                cc = ws.cell(row=r, column=7)
                if cur:
                    cc.fill = fill(RAG_HEX[cur])
                ws.cell(row=r, column=8, value=upd)
                for c in range(1, 9):
                    ws.cell(row=r, column=c).border = BOX
                    if c not in (6,):
                        ws.cell(row=r, column=c).alignment = WRAP
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    ws.freeze_panes = "A6"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of current RAG by CQC theme (30 September 2025)"
    sm["A1"].font = Font(bold=True)
    sh = ["Theme", "Actions", "Complete", "On track", "At risk", "Off track", "Not started"]
    for c, h in enumerate(sh, 1):
        sm.cell(row=3, column=c, value=h).font = Font(bold=True)
    counts = {}
    for theme, afis in SOTON:
        tally = {"blue": 0, "green": 0, "amber": 0, "red": 0, None: 0}
        for _afi, actions in afis:
            for a in actions:
                tally[a[6]] += 1
        counts[theme] = tally
    r = 4
    tot = [0] * 6
    for theme, t in counts.items():
        vals = [sum(t.values()), t["blue"], t["green"], t["amber"], t["red"], t[None]]
        sm.cell(row=r, column=1, value=theme)
        for c, v in enumerate(vals, 2):
            sm.cell(row=r, column=c, value=v)
            tot[c - 2] += v
        r += 1
    sm.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for c, v in enumerate(tot, 2):
        sm.cell(row=r, column=c, value=v).font = Font(bold=True)
    sm.column_dimensions["A"].width = 44
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Wandsworth Council - internal audit recommendations tracker (csv)
# ---------------------------------------------------------------------------
WAND_HEADER = ["Ref", "Audit", "Year", "Assurance", "Priority", "Recommendation",
               "Agreed Management Action", "Responsible Officer", "Original Target Date",
               "Revised Target Date", "RAG Status", "Latest Update"]
WAND_ROWS = [
    ["A07-R1", "Housing Repairs - Contractor Payments", "2024/25", "Limited", "1",
     "Variations to repair orders above \u00a31,000 should be approved by a budget holder before the "
     "contractor is paid.",
     "Introduce a mandatory approval workflow in the repairs system for variations over \u00a31,000; "
     "exception report to be reviewed monthly by the Head of Repairs.",
     "Head of Repairs and Maintenance", "31/07/2025", "31/12/2025", "Amber",
     "Workflow built and in user testing. Go-live moved to December to align with the system "
     "upgrade."],
    ["A07-R2", "Housing Repairs - Contractor Payments", "2024/25", "Limited", "2",
     "Contractor invoices should be matched to completed job records before payment.",
     "Automate three-way match between works orders, completion records and invoices.\n"
     "Interim: monthly sample check of 25 invoices by Finance Business Partner.",
     "Head of Repairs and Maintenance / Finance Business Partner (Housing)", "30/09/2025", "",
     "Complete", "Three-way match live from 1 September 2025. Verified by Internal Audit."],
    ["A11-R1", "Direct Payments", "2024/25", "Limited", "1",
     "Direct payment accounts should be audited at least annually in line with the Direct Payments "
     "Policy.",
     "Recruit two Direct Payment Monitoring Officers and introduce a risk-based annual audit "
     "schedule.",
     "Direct Payments Team Manager", "31/03/2025", "30/06/2026", "Red",
     "One officer recruited; second post re-advertised. 38% of accounts audited in the last 12 "
     "months."],
    ["A11-R2", "Direct Payments", "2024/25", "Limited", "2",
     "Unspent balances above the threshold should be recovered promptly.",
     "Issue recovery letters for balances over 8 weeks' spend and report recoveries quarterly to "
     "DMT.",
     "Direct Payments Team Manager", "30/09/2025", "31/03/2026", "Green",
     "\u00a3186k recovered to date. Quarterly report to DMT in place."],
    ["A03-R1", "Cyber Security - Privileged Access", "2025/26", "Reasonable", "2",
     "Privileged accounts should be reviewed quarterly and leavers' accounts disabled on the day "
     "of leaving.",
     "Quarterly privileged access review to be evidenced and reported to the Information "
     "Governance Board.",
     "Head of Cyber Security (Shared Digital Service)", "30/04/2026", "", "Green",
     "First quarterly review completed January 2026."],
    ["A03-R2", "Cyber Security - Privileged Access", "2025/26", "Reasonable", "3",
     "Service accounts should have named owners.",
     "Assign named owners to all 140 service accounts and record them in the CMDB.",
     "Infrastructure Manager", "31/01/2026", "", "Complete", "All service accounts now have an owner."],
    ["A09-R1", "Temporary Accommodation Income", "2025/26", "Limited", "1",
     "Rent accounts for households in nightly-paid temporary accommodation should be set up within "
     "5 working days of placement.",
     "Daily placement report from the Housing Options system to the Income team, with weekly "
     "reconciliation signed off by the Income Manager.",
     "Income Manager; Head of Housing Options", "28/02/2026", "", "Amber",
     "Daily report live. Backlog of 74 accounts being cleared."],
    ["A09-R2", "Temporary Accommodation Income", "2025/26", "Limited", "2",
     "Arrears on former temporary accommodation accounts should be pursued or written off in line "
     "with the Council's write-off policy.",
     "Review all former TA arrears over 12 months old and present a write-off schedule to the "
     "Executive Director of Finance.",
     "Income Manager", "TBC - subject to system upgrade", "", "Not started", ""],
    ["A14-R1", "Payroll - Starters and Leavers", "2025/26", "Reasonable", "2",
     "Leaver forms should be submitted to Payroll before the employee's last working day.",
     "Issue reminder guidance to managers and add a leaver checklist to the HR self-service portal.",
     "Head of HR Operations", "31/10/2025", "", "Complete",
     "Checklist live from October 2025; overpayments down from 19 to 4 in the quarter."],
]


def make_wandsworth(path):
    ncol = len(WAND_HEADER)
    pad = [""] * (ncol - 1)
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerow(["Wandsworth Council - Internal Audit: Outstanding Recommendations Follow-up"] + pad)
        w.writerow(["Audit Committee 11 March 2026 - Appendix B (position at 13 February 2026)"] + pad)
        w.writerow(["Priority 1 = high; Priority 2 = medium; Priority 3 = low. RAG Status: Complete = "
                    "implemented and verified; Green = on track; Amber = at risk; Red = overdue."] + pad)
        w.writerow([""] * ncol)
        w.writerow(WAND_HEADER)
        for row in WAND_ROWS:
            w.writerow(row)
        w.writerow([""] * ncol)
        w.writerow(["Total recommendations: 9 (Complete 3; Green 2; Amber 2; Red 1; Not started 1)"] + pad)


# ---------------------------------------------------------------------------
# 3. Aberdeenshire Council - Best Value (Controller of Audit) improvement plan (docx)
# ---------------------------------------------------------------------------
ABDN_TITLE = "Aberdeenshire Council \u2013 Best Value Improvement Action Plan"
# (section, [(rec_text, [(ref, action, officer, target, progress, status)])])
ABDN = [
    ("1. Vision, leadership and priorities", [
        ("Recommendation 1: The council should refresh its Council Plan so that each priority has "
         "clear, measurable outcomes and milestones, and should report progress against them to "
         "elected members at least annually.", [
            ("1.1", "Develop an outcomes framework for the Council Plan 2022\u201327 priorities, with a "
                    "baseline, target and milestones for each measure.",
             "Director of Business Services", "March 2026",
             "Draft framework discussed at Strategic Leadership Team in September 2025.", "On track"),
            ("1.2", "Present an annual Council Plan performance report to Full Council, with the "
                    "first report covering 2025/26.",
             "Head of Policy, Performance and Improvement", "June 2026", "", "Not started"),
        ]),
        ("Recommendation 2: Elected members and senior officers should agree a shared understanding "
         "of the scale of change needed to deliver services sustainably, supported by a member "
         "development programme.", [
            ("2.1", "Deliver a cross-party member development programme on financial sustainability "
                    "and service redesign.",
             "Director of Business Services; Democratic Services Manager", "December 2025",
             "Six sessions delivered between May and September 2025; attendance 58 of 70 members.",
             "Complete"),
        ]),
    ]),
    ("2. Use of resources", [
        ("Recommendation 3: The council should develop its medium-term financial strategy to set out "
         "how it will close the estimated funding gap of \u00a379 million over the next five years, "
         "including through its transformation programme.", [
            ("3.1", "Approve a five-year Medium Term Financial Strategy with identified savings "
                    "proposals for each year.",
             "Head of Finance", "February 2026",
             "MTFS approved by Full Council on 9 October 2025 ahead of the budget.", "Complete"),
            ("3.2", "Establish a Transformation Board with a benefits-realisation tracker reported "
                    "quarterly to the Business Services Committee.",
             "Director of Business Services", "31 March 2026",
             "Board established; tracker delayed while programme resources are agreed.",
             "Some slippage"),
        ]),
        ("Recommendation 4: The council should complete its strategic workforce plan and address "
         "recruitment and retention difficulties in teaching, social care and roads maintenance.", [
            ("4.1", "Publish the Strategic Workforce Plan 2026\u20132031, with service-level workforce "
                    "plans for Education and Children\u2019s Services, Health and Social Care and "
                    "Infrastructure Services.",
             "Head of People and Organisational Development", "By September 2026",
             "Workforce data analysis complete; service plans in preparation.", "On track"),
            ("4.2", "Expand grow-your-own routes into social work and teaching, including a newly "
                    "qualified social worker academy.",
             "Chief Social Work Officer / Head of Education (Schools)", "Ongoing",
             "First academy cohort of 12 started August 2025.", "On track"),
        ]),
    ]),
    ("3. Partnership working and community engagement", [
        ("Recommendation 5: The council should work with community planning partners to agree a "
         "small number of shared priorities, and show how it is involving communities in decisions "
         "about local services.", [
            ("5.1", "Review Community Planning Partnership priorities and agree a refreshed Local "
                    "Outcomes Improvement Plan with partners.",
             "Community Planning Manager", "October 2026", "", "Not started"),
            ("5.2", "Carry out a participatory budgeting pilot in two area committees and report "
                    "outcomes to the Communities Committee.",
             "Director of Environment and Infrastructure Services", "31/03/2026",
             "Pilot paused while the area committee review is completed.", "Significant delay"),
        ]),
    ]),
]


def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def bold_cell(cell, text, size=None, color=None):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True
    if size:
        run.font.size = Pt(size)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def make_aberdeenshire(path):
    doc = Document()
    doc.add_heading(ABDN_TITLE, level=1)
    doc.add_paragraph("Response to the Controller of Audit\u2019s report on Best Value in Aberdeenshire "
                      "Council (Accounts Commission, February 2025)")
    doc.add_paragraph("Progress update to Audit Committee \u2013 20 November 2025")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in enumerate(["Version", "Date", "Author", "Comments"]):
        bold_cell(t.rows[0].cells[c], h)
    for row in [("1.0", "27/03/2025", "Policy and Performance Team", "Approved by Full Council"),
                ("1.1", "21/08/2025", "Policy and Performance Team", "Progress update"),
                ("1.2", "07/11/2025", "Policy and Performance Team", "Progress update")]:
        cells = t.add_row().cells
        for c, v in enumerate(row):
            cells[c].text = v

    doc.add_heading("Status key", level=2)
    k = doc.add_table(rows=1, cols=3)
    k.style = "Table Grid"
    for c, h in enumerate(["Status", "RAG", "Meaning"]):
        bold_cell(k.rows[0].cells[c], h)
    for row, hx in [(("Complete", "Blue", "Action delivered and evidenced"), "9DC3E6"),
                    (("On track", "Green", "Progressing to target date"), "A9D08E"),
                    (("Some slippage", "Amber", "Likely to miss target date; recoverable"), "FFD966"),
                    (("Significant delay", "Red", "Target date will be missed; escalated"), "FF7C80"),
                    (("Not started", "\u2013", "Not yet due to start"), None)]:
        cells = k.add_row().cells
        for c, v in enumerate(row):
            cells[c].text = v
        if hx:
            shade(cells[1], hx)

    doc.add_paragraph("The Controller of Audit made five recommendations. Each is set out below with "
                      "the council\u2019s improvement actions.")

    status_fill = {"Complete": "9DC3E6", "On track": "A9D08E", "Some slippage": "FFD966",
                   "Significant delay": "FF7C80"}
    for section, recs in ABDN:
        doc.add_heading(section, level=2)
        for rec, actions in recs:
            tb = doc.add_table(rows=2, cols=6)
            tb.style = "Table Grid"
            top = tb.rows[0].cells
            merged = top[0].merge(top[5])
            bold_cell(merged, rec)
            shade(merged, "D9E2F3")
            for c, h in enumerate(["Ref", "Improvement action", "Responsible officer",
                                   "Target date", "Progress at October 2025", "Status"]):
                bold_cell(tb.rows[1].cells[c], h)
            for (ref, action, officer, target, progress, status) in actions:
                cells = tb.add_row().cells
                for c, v in enumerate([ref, action, officer, target, progress, status]):
                    cells[c].text = v
                if status in status_fill:
                    shade(cells[5], status_fill[status])
            doc.add_paragraph("")
    doc.add_paragraph("Next update: Audit Committee, March 2026.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 4. Greater Manchester Police - PEEL AFI tracker (xlsx, typo month -> refuse)
# ---------------------------------------------------------------------------
GMP_TITLE = "Greater Manchester Police \u2013 HMICFRS PEEL 2023\u201325: Areas for Improvement Tracker"
# (ref, area, afi, action, chief, owner, original(date), revised(text), rag, update)
GMP = [
    ("AFI 1", "Providing a service to victims of crime",
     "The force should make sure it records victims\u2019 decisions to withdraw support for an "
     "investigation, and considers evidence-led prosecutions.",
     "Update the crime recording standard and deliver a victim withdrawal briefing to all "
     "investigators; add a mandatory field to PoliceWorks.",
     "ACC Crime", "Det Supt, Force Crime Standards", d(2025, 3, 31), "Jun-25", "B",
     "Mandatory field live; audit in July showed 92% compliance. Proposed for closure."),
    ("AFI 2", "Providing a service to victims of crime",
     "The force should make sure that victim needs assessments are completed and that the "
     "Victims\u2019 Code is complied with.",
     "Introduce a Victims\u2019 Code compliance dashboard for district commanders and dip-sample "
     "20 cases per district each month.",
     "ACC Crime", "Head of Victim Services", d(2025, 6, 30), "Dec-25", "A",
     "Dashboard built. Dip-sampling started in five of ten districts."),
    ("AFI 3", "Responding to the public",
     "The force should make sure it answers non-emergency (101) calls promptly and that the "
     "abandonment rate reduces.",
     "Implement call-back functionality and a revised shift pattern in the Force Contact Centre.",
     "ACC Operations", "Chief Supt, Force Contact, Crime & Operations", d(2025, 9, 30), "Mar-26",
     "A", "Call-back go-live delayed by supplier; revised shift pattern implemented October 2025."),
    ("AFI 4", "Responding to the public",
     "The force should make sure that THRIVE risk assessments are properly recorded for "
     "incidents where attendance is delayed.",
     "Refresh THRIVE training for all call handlers and introduce supervisor review of graded "
     "incidents exceeding attendance times.",
     "ACC Operations", "Supt, Force Contact Centre", d(2025, 12, 31), "", "G",
     "Training 80% complete."),
    ("AFI 5", "Investigating crime",
     "The force should make sure investigations are allocated to officers with the right skills "
     "and are supervised effectively.",
     "Roll out the investigative allocation policy and supervisory review template across all "
     "districts.",
     "ACC Crime", "Det Chief Supt, Crime & Public Protection", d(2025, 10, 31), "Febuary 2026",
     "A", "Policy agreed. Supervisory template live in six districts."),
    ("AFI 6", "Protecting vulnerable people",
     "The force should improve how it manages the risk posed by registered sex offenders, "
     "including timely home visits.",
     "Recruit additional Offender Managers and clear the backlog of overdue ARMS assessments.",
     "ACC Specialist Operations", "Det Supt, Public Protection", d(2026, 3, 31), "", "R",
     "Backlog of 214 overdue visits; recruitment ongoing."),
    ("AFI 7", "Building, supporting and protecting the workforce",
     "The force should make sure it understands the wellbeing needs of its workforce and that "
     "occupational health referrals are dealt with promptly.",
     "Commission additional occupational health capacity and publish a wellbeing plan for "
     "2025\u201327.",
     "Deputy Chief Constable; Director of People & Development", "People Services Manager",
     d(2025, 11, 30), "", "G", "Wellbeing plan approved at Force Leadership Board."),
    ("AFI 8", "Leadership and force management",
     "The force should make sure it has an accurate understanding of current and future demand "
     "to inform its workforce planning.",
     "Complete the force demand model and integrate it with the 2026/27 Force Management Statement.",
     "Deputy Chief Constable", "Head of Strategy & Planning", d(2026, 5, 31), "", "G",
     "Demand modelling commissioned."),
]


def make_gmp(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "AFI Tracker"
    ws["A1"] = GMP_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "OFFICIAL"
    ws["A2"].font = Font(bold=True, color="FFC00000")
    ws["A3"] = ("Owner: Force Inspection & Audit Lead | Reviewed at Strategic Inspection Board "
                "18/11/2025 | RAG: B = closed/complete, G = on track, A = at risk, R = off track")
    headers = ["AFI Ref", "PEEL question", "Area for improvement (HMICFRS)", "Force action",
               "Chief Officer lead", "Action owner", "Original target", "Revised target", "RAG",
               "Latest update"]
    widths = [8, 26, 48, 48, 26, 30, 12, 14, 6, 48]
    for c, (h, w) in enumerate(zip(headers, widths), 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = fill("FF002060")
        cell.alignment = WRAP
        cell.border = BOX
        ws.column_dimensions[cell.column_letter].width = w
    rag_fill = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    for r, row in enumerate(GMP, 6):
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=r, column=c, value=(v if v != "" else None))
            cell.border = BOX
            cell.alignment = WRAP
        ws.cell(row=r, column=7).number_format = "mmm-yy"
        ws.cell(row=r, column=9).fill = fill(RAG_HEX[rag_fill[row[8]]])
    ws.freeze_panes = "A6"

    notes = wb.create_sheet("Notes")
    notes["A1"] = "Notes"
    notes["A1"].font = Font(bold=True)
    notes["A2"] = "Areas for improvement are quoted from the PEEL 2023\u201325 report on Greater Manchester Police."
    notes["A3"] = "Closure of an AFI requires evidence to be submitted to the HMICFRS Force Liaison Lead."
    notes["A4"] = "Revised targets must be agreed by the Chief Officer lead and recorded at Strategic Inspection Board."
    wb.save(path)


# ---------------------------------------------------------------------------
# 5. Lewisham Council - RSH regulatory notice housing improvement plan (docx)
# ---------------------------------------------------------------------------
LEW_TITLE = "London Borough of Lewisham \u2013 Housing Improvement Plan"
# (section, [(no, action, lead, original, revised, rag, update)])
LEW = [
    ("1. Building safety \u2013 fire risk assessment remedial actions", [
        ("1.1", "Clear all overdue high-risk fire risk assessment (FRA) remedial actions.",
         "Head of Building Safety", "May 2024", "Sep 2024", "C",
         "All 214 high-risk actions closed by 27 September 2024."),
        ("1.2", "Procure a second fire safety works contractor to clear the backlog of medium and low "
                "risk actions.",
         "Head of Building Safety; Head of Procurement", "Sep 2024", "Jan 2025", "A",
         "Contract award approved by Mayor and Cabinet 11 December; mobilisation January."),
        ("1.3", "Implement a single compliance system (fire, gas, electrical, water, asbestos and "
                "lifts) with live dashboards for the Housing Compliance Board.",
         "Director of Housing Services", "Mar 2025", "", "G",
         "Data migration 70% complete."),
    ]),
    ("2. Repairs", [
        ("2.1", "Reduce the backlog of overdue responsive repairs to under 1,500 jobs.",
         "Head of Repairs", "Dec 2024", "Mar 2025", "R",
         "Backlog 3,120 at end of December (from 6,480 in April). Additional contractor capacity "
         "from February."),
        ("2.2", "Introduce appointment booking for all non-emergency repairs, with text message "
                "reminders.",
         "Head of Repairs / Head of Digital (Housing)", "Nov 2024", "", "C",
         "Live from 4 November 2024."),
        ("2.3", "Re-let the responsive repairs and voids contract for the south of the borough.",
         "Head of Repairs", "Q1 2025/26", "", "G",
         "Procurement timetable agreed; tender issued 6 January 2025."),
    ]),
    ("3. Damp and mould", [
        ("3.1", "Assess all open damp and mould cases using HHSRS and complete works to Category 1 "
                "hazards within 28 days.",
         "Damp and Mould Task Force Lead", "Jul 2024", "", "C",
         "All 1,046 open cases triaged; 63 Category 1 hazards resolved."),
        ("3.2", "Train all repairs surveyors and housing officers on identifying and reporting damp "
                "and mould.",
         "Head of Tenancy Management; Head of Repairs", "Oct 2024", "Dec 2024", "C",
         "312 staff trained."),
    ]),
    ("4. Decent Homes and stock condition data", [
        ("4.1", "Complete a 100% stock condition survey of council homes.",
         "Head of Asset Management", "Mar 2025", "Sep 2025", "A",
         "41% of homes surveyed. Access issues in high-rise blocks."),
        ("4.2", "Develop a five-year investment programme to bring non-decent homes up to the Decent "
                "Homes Standard.",
         "Head of Asset Management", "Jun 2025", "Dec 2025", "A",
         "Dependent on stock condition survey (4.1)."),
    ]),
    ("5. Tenant voice and performance information", [
        ("5.1", "Publish Tenant Satisfaction Measures and a quarterly performance report for "
                "residents on the council website.",
         "Head of Resident Engagement", "Ongoing - quarterly", "", "G",
         "Q2 report published November 2024."),
    ]),
]


def make_lewisham(path):
    doc = Document()
    doc.add_heading(LEW_TITLE, level=0)
    doc.add_paragraph("Response to the Regulator of Social Housing regulatory notice (26 March 2024)")
    doc.add_paragraph("Progress update for Housing Select Committee \u2013 22 January 2025")
    p = doc.add_paragraph()
    run = p.add_run("RAG status: C \u2013 complete; G \u2013 on track; A \u2013 at risk; R \u2013 off track")
    run.italic = True

    cols = ["No.", "Action", "Lead", "Original target", "Revised target", "RAG", "Update"]
    tb = doc.add_table(rows=1, cols=len(cols))
    tb.style = "Table Grid"
    for c, h in enumerate(cols):
        bold_cell(tb.rows[0].cells[c], h, color="FFFFFF")
        shade(tb.rows[0].cells[c], "1F3864")
    rag_fill = {"C": "9DC3E6", "G": "A9D08E", "A": "FFD966", "R": "FF7C80"}
    for section, actions in LEW:
        cells = tb.add_row().cells
        m = cells[0].merge(cells[len(cols) - 1])
        bold_cell(m, section)
        shade(m, "D9E2F3")
        for (no, action, lead, orig, rev, rag, upd) in actions:
            cells = tb.add_row().cells
            for c, v in enumerate([no, action, lead, orig, rev, rag, upd]):
                cells[c].text = v
            shade(cells[5], rag_fill[rag])
            cells[5].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("Note: revised targets were agreed with the Regulator at the quarterly "
                      "engagement meeting on 4 December 2024.")

    doc.add_heading("Compliance performance", level=2)
    kp = doc.add_table(rows=1, cols=4)
    kp.style = "Table Grid"
    for c, h in enumerate(["Measure", "Target", "September 2024", "December 2024"]):
        bold_cell(kp.rows[0].cells[c], h)
    for row in [("Gas safety checks in date", "100%", "99.9%", "99.9%"),
                ("Electrical safety (EICR) in date", "100%", "88.4%", "92.1%"),
                ("Overdue FRA actions (all risk levels)", "0", "4,212", "3,365"),
                ("Repairs completed within target", "90%", "61%", "68%")]:
        cells = kp.add_row().cells
        for c, v in enumerate(row):
            cells[c].text = v
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. Bridgend CBC - CIW adult services performance evaluation inspection (txt)
# ---------------------------------------------------------------------------
BRID_TITLE = ("Bridgend County Borough Council \u2013 Care Inspectorate Wales Performance "
              "Evaluation Inspection of Adult Services: Action Plan")
# (principle, [(afi, [(ref, action, officer, timescale, progress, rag, continuation)])])
BRID = [
    ("Principle 1: People \u2013 voice and control", [
        ("Practitioners do not consistently record people\u2019s own outcomes, and the \u2018what "
         "matters\u2019 conversation is not always evident in assessments.", [
            ("1.1", "Revise the assessment and care and support plan templates in WCCIS so that "
                    "personal outcomes are recorded in the person\u2019s own words.",
             "Group Manager \u2013 Practice Development", "December 2024",
             "Templates live from 2 December 2024.", "Complete", None),
            ("1.2", "Carry out a quarterly case file audit of the quality of \u2018what matters\u2019 "
                    "conversations and report findings to the Quality Assurance Board.",
             "Principal Social Worker", "Quarterly",
             "Q1 2025/26 audit: 64% of files good or better (baseline 48%).", "G", None),
        ]),
        ("Carers are not always offered a carer\u2019s needs assessment and some carers were unaware "
         "of their rights.", [
            ("1.3", "Deliver a carers\u2019 rights awareness campaign with Bridgend Carers Centre and "
                    "make the offer of a carer\u2019s assessment a mandatory field in WCCIS.",
             "Group Manager Commissioning / Carers Lead", "March 2025 \u2013 September 2025",
             "Campaign delivered. Mandatory field delayed by national WCCIS release;", "A",
             "now expected in the October 2025 release."),
        ]),
    ]),
    ("Principle 2: Prevention", [
        ("Waiting times for occupational therapy assessment are too long.", [
            ("2.1", "Introduce a trusted assessor model for minor adaptations and equipment.",
             "Head of Adult Social Care", "Q3 2025/26",
             "12 trusted assessors trained in the Community Resource Team.", "G", None),
            ("2.2", "Recruit two additional occupational therapists funded through the Regional "
                    "Integration Fund.",
             "Group Manager \u2013 Integrated Community Services", "April 2025",
             "Both posts filled from March 2025.", "Complete", None),
        ]),
    ]),
    ("Principle 3: Partnerships and integration", [
        ("Discharge from hospital is delayed for some people who are waiting for domiciliary care.", [
            ("3.1", "Work with Cwm Taf Morgannwg University Health Board to implement discharge to "
                    "recover then assess (D2RA) pathways at the Princess of Wales Hospital.",
             "Head of Adult Social Care; CTMUHB Locality Director", "End of March 2026",
             "Pathway 1 in place; pathway 2 bed-based model under review.", "A", None),
        ]),
    ]),
    ("Principle 4: Well-being", [
        ("Adult safeguarding enquiries are not always concluded within the statutory timescale of "
         "seven working days.", [
            ("4.1", "Strengthen the Information, Advice and Assistance (IAA) safeguarding hub with a "
                    "dedicated duty manager rota.",
             "Group Manager Safeguarding and Quality Assurance", "31/10/2025",
             "Rota not yet in place due to vacancies; timeliness 71% in August 2025.", "R", None),
            ("4.2", "Report the timeliness of adult protection enquiries monthly to the Cwm Taf "
                    "Morgannwg Safeguarding Board.",
             "Adult Safeguarding Team Manager", "Monthly",
             "Reported monthly since January 2025.", "G", None),
        ]),
    ]),
]


def make_bridgend(path):
    header = ["Ref", "Area for improvement", "Action", "Responsible officer", "Timescale",
              "Progress (September 2025)", "RAG"]
    n = len(header)
    lines = [
        BRID_TITLE,
        "Social Services and Wellbeing Directorate | Inspection week 10\u201314 June 2024",
        "Version 3 \u2013 updated 12/09/2025 for Social Services, Health and Wellbeing Overview and "
        "Scrutiny Committee",
        "",
        "\t".join(header),
    ]
    for principle, afis in BRID:
        lines.append(principle + "\t" * (n - 1))
        for afi, actions in afis:
            first = True
            for (ref, action, officer, timescale, progress, rag, cont) in actions:
                lines.append("\t".join([ref, afi if first else "", action, officer, timescale,
                                        progress, rag]))
                if cont:
                    lines.append("\t" * 5 + cont + "\t")
                first = False
    lines.append("")
    lines.append("Notes: RAG \u2013 Complete = action delivered; G = on track; A = some delay; "
                 "R = off track.")
    lines.append("Source: CIW report published 20 August 2024. Actions agreed by Cabinet 15 October "
                 "2024.")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------
# 7. Nottingham City Council - corporate improvement plan highlight report (xlsx)
# ---------------------------------------------------------------------------
NOTT_TITLE = "Nottingham City Council Improvement Plan \u2013 Highlight Report, October 2025"
# (theme, [(workstream, [(ref, action, lead, baseline, forecast, prev, cur, comment)])])
NOTT = [
    ("1. Strategic Direction", [
        ("SD1 Council Plan and Performance Framework", [
            ("SD1.1", "Adopt a refreshed Strategic Council Plan 2025\u201329 aligned to the Medium "
                      "Term Financial Plan.",
             "Director of Strategy and Improvement", d(2025, 3, 31), d(2025, 3, 31), "Complete",
             "Complete", "Adopted by Full Council March 2025."),
            ("SD1.2", "Implement a corporate performance management framework with quarterly "
                      "reporting to Executive Board and Overview and Scrutiny.",
             "Director of Strategy and Improvement", d(2025, 6, 30), d(2025, 9, 30), "At risk",
             "On track", "Q1 report taken to Executive Board 16 September; framework being embedded."),
        ]),
        ("SD2 Governance and Decision-Making", [
            ("SD2.1", "Review the Constitution and scheme of delegation, including the "
                      "officer\u2013member protocol.",
             "Director of Legal and Governance (Monitoring Officer)", d(2025, 7, 31),
             d(2025, 10, 31), "On track", "At risk",
             "Member working group requested further changes; report to Council deferred."),
        ]),
    ]),
    ("2. Financial Sustainability", [
        ("FS1 Medium Term Financial Plan", [
            ("FS1.1", "Deliver the 2025/26 savings programme and report delivery monthly to the "
                      "Commissioners.",
             "Corporate Director of Finance and Resources (S151 Officer)", d(2026, 3, 31),
             d(2026, 3, 31), "On track", "On track", "\u00a322.4m of \u00a331.6m delivered or on track."),
            ("FS1.2", "Set a balanced budget for 2026/27 without reliance on Exceptional Financial "
                      "Support.",
             "Corporate Director of Finance and Resources (S151 Officer)", d(2026, 2, 28),
             d(2026, 2, 28), "On track", "At risk",
             "Budget gap of \u00a38.1m remains after first round of proposals."),
        ]),
        ("FS2 Companies and Commercial", [
            ("FS2.1", "Complete the review of Council-owned companies and implement the Shareholder "
                      "Unit recommendations.",
             "Director of Commercial and Operations; Head of Shareholder Unit", d(2025, 9, 30),
             d(2026, 1, 31), "At risk", "Off track",
             "Two company reviews outstanding; external advice commissioned."),
        ]),
    ]),
    ("3. Operational Effectiveness", [
        ("OE1 Workforce and Culture", [
            ("OE1.1", "Launch the People Strategy and the new values and behaviours framework.",
             "Director of HR and Engagement", d(2025, 4, 30), d(2025, 4, 30), "Complete",
             "Complete", "Launched at staff conference April 2025."),
            ("OE1.2", "Reduce agency spend by 25% against the 2024/25 baseline.",
             "Director of HR and Engagement", d(2026, 3, 31), d(2026, 3, 31), "On track",
             "On track", "Agency spend down 17% year to date."),
        ]),
        ("OE2 Transformation and Customer Access", [
            ("OE2.1", "Deliver the Customer Access Programme, moving 60% of high-volume transactions "
                      "online.",
             "Director of IT and Digital; Head of Customer Services", d(2025, 12, 31),
             d(2026, 6, 30), "At risk", "Off track",
             "CRM replacement delayed; forecast re-baselined to June 2026 (change request CR-014)."),
            ("OE2.2", "Establish a Transformation Programme Management Office with benefits "
                      "tracking.",
             "Director of Strategy and Improvement", None, "TBC", "Not started", "Not started",
             "Awaiting outcome of restructure consultation."),
        ]),
    ]),
]
NOTT_STATUS_FILL = {"Complete": "blue", "On track": "green", "At risk": "amber",
                    "Off track": "red", "Not started": "grey"}


def make_nottingham(path):
    wb = Workbook()
    hs = wb.active
    hs.title = "Highlight Summary"
    hs["A1"] = NOTT_TITLE
    hs["A1"].font = Font(bold=True, size=14)
    hs["A2"] = ("Reporting period: 1\u201331 October 2025 | Presented to the Improvement Board "
                "12 November 2025 | SRO: Chief Executive")
    hs["A4"] = "Workstream summary"
    hs["A4"].font = Font(bold=True)
    sh = ["Workstream", "Actions", "Complete", "On track", "At risk", "Off track", "Not started",
          "Overall status"]
    for c, h in enumerate(sh, 1):
        cell = hs.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True)
        cell.border = BOX
    r = 6
    overall = {"SD1": "On track", "SD2": "At risk", "FS1": "At risk", "FS2": "Off track",
               "OE1": "On track", "OE2": "Off track"}
    for _theme, wss in NOTT:
        for wsname, actions in wss:
            t = {k: 0 for k in NOTT_STATUS_FILL}
            for a in actions:
                t[a[6]] += 1
            vals = [wsname, len(actions), t["Complete"], t["On track"], t["At risk"],
                    t["Off track"], t["Not started"], overall[wsname[:3]]]
            for c, v in enumerate(vals, 1):
                cell = hs.cell(row=r, column=c, value=v)
                cell.border = BOX
            hs.cell(row=r, column=8).fill = fill(RAG_HEX[NOTT_STATUS_FILL[vals[7]]])
            r += 1
    hs.cell(row=r, column=1, value="Total").font = Font(bold=True)
    hs.cell(row=r, column=2, value=f"=SUM(B6:B{r-1})")
    r += 2
    hs.cell(row=r, column=1, value="Key messages").font = Font(bold=True)
    for msg in ["Constitution review (SD2.1) deferred to December Council.",
                "Customer Access Programme re-baselined \u2013 change request CR-014 approved by "
                "Programme Board.",
                "2026/27 budget gap of \u00a38.1m remains; further proposals to Executive Board in "
                "December."]:
        r += 1
        hs.cell(row=r, column=1, value="\u2022 " + msg)
    hs.column_dimensions["A"].width = 44

    ws = wb.create_sheet("Action Tracker")
    ws["A1"] = "Improvement Plan \u2013 Action Tracker"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Position as at 31 October 2025"
    headers = ["Workstream", "Ref", "Action / Milestone", "Lead Officer", "Baseline Date",
               "Forecast Date", "Previous Status", "Current Status", "Commentary"]
    widths = [28, 8, 55, 34, 12, 12, 12, 12, 50]
    for c, (h, w) in enumerate(zip(headers, widths), 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = fill("FF7030A0")
        cell.alignment = WRAP
        cell.border = BOX
        ws.column_dimensions[cell.column_letter].width = w
    r = 5
    for theme, wss in NOTT:
        ws.cell(row=r, column=1, value=theme).font = Font(bold=True, size=12)
        for c in range(1, 10):
            ws.cell(row=r, column=c).fill = fill("FFE4DFEC")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for wsname, actions in wss:
            first = r
            ws.cell(row=r, column=1, value=wsname).font = Font(bold=True)
            for (ref, action, lead, base, fc, prev, cur, com) in actions:
                vals = [None, ref, action, lead, base, fc, prev, cur, com]
                for c, v in enumerate(vals, 1):
                    if c == 1:
                        continue
                    ws.cell(row=r, column=c, value=v)
                for c in range(1, 10):
                    ws.cell(row=r, column=c).border = BOX
                    ws.cell(row=r, column=c).alignment = WRAP
                for c in (5, 6):
                    ws.cell(row=r, column=c).number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=7).fill = fill(RAG_HEX[NOTT_STATUS_FILL[prev]])
                ws.cell(row=r, column=8).fill = fill(RAG_HEX[NOTT_STATUS_FILL[cur]])
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    ws.freeze_panes = "C5"

    key = wb.create_sheet("RAG Key")
    key["A1"] = "Status key"
    key["A1"].font = Font(bold=True)
    for i, (word, colour, meaning) in enumerate([
            ("Complete", "blue", "Milestone delivered and evidence accepted by the PMO"),
            ("On track", "green", "Will be delivered by the forecast date"),
            ("At risk", "amber", "Risk to the forecast date; mitigation in place"),
            ("Off track", "red", "Will not be delivered by the baseline date; change request needed"),
            ("Not started", "grey", "Not yet due to start")], 2):
        key.cell(row=i, column=1, value=word).fill = fill(RAG_HEX[colour])
        key.cell(row=i, column=2, value=meaning)
    key.column_dimensions["A"].width = 14
    key.column_dimensions["B"].width = 70
    wb.save(path)


FILES = {
    "ei2-southampton-city-council-asc-cqc-assessment-improvement-plan.xlsx": make_southampton,
    "ei2-wandsworth-council-internal-audit-recommendations-tracker.csv": make_wandsworth,
    "ei2-aberdeenshire-council-best-value-controller-of-audit-improvement-plan.docx": make_aberdeenshire,
    "ei2-greater-manchester-police-peel-afi-tracker-typo-month-refuse.xlsx": make_gmp,
    "ei2-lewisham-council-rsh-regulatory-notice-housing-improvement-plan.docx": make_lewisham,
    "ei2-bridgend-cbc-ciw-adult-services-performance-evaluation-action-plan.txt": make_bridgend,
    "ei2-nottingham-city-council-improvement-plan-highlight-report.xlsx": make_nottingham,
}

if __name__ == "__main__":
    for name, fn in FILES.items():
        fn(os.path.join(HERE, name))
        print("wrote", name)
