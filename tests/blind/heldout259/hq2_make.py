"""Build the seven hq2- blind test files (set heldout259).

Run with: /work/main/.venv/bin/python hq2_make.py
Writes into the folder this script lives in.
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
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
GREY, NAVY, PALE = "D9D9D9", "1F3864", "DDEBF7"

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill(fill_type="solid", start_color=hex_, end_color=hex_)


def d(y, m, day):
    return dt.datetime(y, m, day)


def put(ws, row, col, value, *, bold=False, bg=None, fmt=None, white=False):
    c = ws.cell(row=row, column=col, value=value)
    c.alignment = WRAP
    c.border = BOX
    if bold or white:
        c.font = Font(bold=bold, color="FFFFFF" if white else "000000")
    if bg:
        c.fill = fill(bg)
    if fmt:
        c.number_format = fmt
    return c


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


# ---------------------------------------------------------------------------
# 1. Birmingham City Council - ASC CQC assessment improvement plan (xlsx)
# ---------------------------------------------------------------------------
def birmingham():
    title = "Birmingham City Council – Adult Social Care Improvement Plan 2025–26"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = ("Response to the Care Quality Commission (CQC) local authority assessment of "
                 "adult social care – overall rating: Requires improvement")
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    dc = [("Version", "3.2"), ("Date", "14 October 2025"),
          ("Plan owner", "Director of Adult Social Care"),
          ("Approved by", "Adult Social Care Improvement Board"),
          ("Reporting", "Monthly to Improvement Board; quarterly to Health and Adult Social Care O&S Committee"),
          ("Next review", "January 2026")]
    for i, (k, v) in enumerate(dc, start=5):
        put(cov, i, 1, k, bold=True, bg=GREY)
        put(cov, i, 2, v)
    cov["A12"] = "RAG key"
    cov["A12"].font = Font(bold=True)
    key = [(BLUE, "Blue", "Complete – action delivered and evidence of impact held"),
           (GREEN, "Green", "On track to deliver by the target date"),
           (AMBER, "Amber", "At risk of slippage – mitigation in place"),
           (RED, "Red", "Off track or overdue – escalated to Improvement Board")]
    for i, (col, word, meaning) in enumerate(key, start=13):
        put(cov, i, 1, word, bg=col)
        put(cov, i, 2, meaning)
    widths(cov, [22, 90])

    summ = wb.create_sheet("Summary")
    summ["A1"] = "Summary of progress – position at 30 September 2025"
    summ["A1"].font = Font(bold=True, size=13)
    hdr = ["Theme", "Actions", "Blue", "Green", "Amber", "Red"]
    for j, h in enumerate(hdr, start=1):
        put(summ, 3, j, h, bold=True, bg=GREY)
    rows = [("Theme 1: Working with people", 4, 1, 2, 1, 0),
            ("Theme 2: Providing support", 2, 1, 0, 0, 1),
            ("Theme 3: How Birmingham ensures safety within the system", 1, 0, 0, 1, 0),
            ("Theme 4: Leadership", 2, 1, 1, 0, 0)]
    for i, r in enumerate(rows, start=4):
        for j, v in enumerate(r, start=1):
            put(summ, i, j, v)
    for j, v in enumerate(("Total", 9, 3, 3, 2, 1), start=1):
        put(summ, 8, j, v, bold=True)
    widths(summ, [55, 10, 8, 8, 8, 8])

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = ("Position at 30 September 2025. Actions are grouped by the four CQC assessment "
                "themes; the CQC quality statement and area for improvement are shown against "
                "each group of actions.")
    ws.merge_cells("A2:I2")
    heads = ["Ref", "CQC quality statement / area for improvement", "Action", "Lead officer(s)",
             "Original target date", "Revised target date", "Previous RAG (June 2025)",
             "Current RAG (Sept 2025)", "Progress update"]
    for j, h in enumerate(heads, start=1):
        put(ws, 4, j, h, bold=True, bg=GREY)
    ws.freeze_panes = "A5"

    def theme(row, text):
        put(ws, row, 1, text, bold=True, bg=NAVY, white=True)
        for j in range(2, 10):
            put(ws, row, j, None, bg=NAVY)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)

    def afi(r1, r2, text):
        put(ws, r1, 2, text, bg=PALE)
        for r in range(r1 + 1, r2 + 1):
            put(ws, r, 2, None, bg=PALE)
        if r2 > r1:
            ws.merge_cells(start_row=r1, start_column=2, end_row=r2, end_column=2)

    def action(row, ref, text, lead, orig, rev, prev, cur, update):
        put(ws, row, 1, ref)
        put(ws, row, 3, text)
        put(ws, row, 4, lead)
        put(ws, row, 5, orig, fmt="dd/mm/yyyy" if isinstance(orig, dt.datetime) else None)
        put(ws, row, 6, rev, fmt="dd/mm/yyyy" if isinstance(rev, dt.datetime) else None)
        put(ws, row, 7, None, bg=prev)
        put(ws, row, 8, None, bg=cur)
        put(ws, row, 9, update)

    theme(5, "Theme 1: Working with people")
    afi(6, 7, "Assessing needs: People waited too long for Care Act assessments and reviews, "
              "and waiting lists were not consistently risk-rated.")
    action(6, "1.1", "Introduce a single risk-rated waiting list for Care Act assessments across all "
                     "locality teams, with weekly oversight by Heads of Service.",
           "Assistant Director – Community Operations", d(2025, 3, 31), d(2025, 6, 30), AMBER, BLUE,
           "Single waiting list live in all five localities since June 2025; weekly huddle in place.")
    action(7, "1.2", "Reduce the number of people waiting more than 28 days for an assessment to "
                     "below 250 through the assessment recovery trajectory.",
           "Head of Service (Localities) / Principal Social Worker", d(2025, 12, 31), None, AMBER, AMBER,
           "1,410 people waiting in April 2025; 612 at end of September 2025. Trajectory "
           "behind plan by c.150.")
    afi(8, 9, "Supporting people to live healthier lives: Information and advice about "
              "preventative services, including for unpaid carers, was not easy to find.")
    action(8, "1.3", "Refresh the Birmingham Connect to Support online directory and publish an "
                     "accessible carers' offer in the five most spoken community languages.",
           "Head of Prevention and Communities", d(2025, 6, 30), d(2025, 10, 31), GREEN, GREEN,
           "Directory refreshed; translations with supplier, due back mid-October.")
    action(9, "1.4", "Pilot independent carers' assessments through the commissioned carers' hub "
                     "and evaluate uptake among carers from Black and South Asian communities.",
           "Commissioning Manager – Carers", "Q4 2025/26", None, GREEN, GREEN,
           "Pilot started 1 September 2025 in two constituencies; evaluation framework agreed.")

    theme(10, "Theme 2: Providing support")
    afi(11, 12, "Care provision, integration and continuity: The care market was fragile, "
                "particularly home care in the east of the city and nursing care for people "
                "living with dementia.")
    action(11, "2.1", "Agree and publish a Market Position Statement 2025–28 setting out expected "
                      "demand for dementia nursing care and home care by constituency.",
           "Assistant Director – Commissioning", d(2025, 5, 31), None, GREEN, BLUE,
           "Published on the council website 22 May 2025.")
    action(12, "2.2", "Retender the home care framework on a zoned model, with an hourly rate that "
                      "reflects the Fair Cost of Care exercise.",
           "Assistant Director – Commissioning / Head of Procurement (Adults)", d(2025, 9, 30),
           d(2026, 1, 31), AMBER, RED,
           "Procurement paused pending Cabinet decision on rates (now scheduled for November 2025).")

    theme(13, "Theme 3: How Birmingham ensures safety within the system")
    afi(14, 14, "Safeguarding: Section 42 enquiries were not always completed in a timely way "
                "and outcomes were not consistently recorded.")
    action(14, "3.1", "Implement the revised safeguarding practice standards, including a 28-day "
                      "completion standard for section 42 enquiries, with a monthly audit of 20 cases.",
           "Head of Safeguarding (Adults)", d(2025, 3, 31), d(2025, 12, 31), RED, AMBER,
           "Standards launched July 2025. Completion within 28 days 58% (target 80%).")

    theme(15, "Theme 4: Leadership")
    afi(16, 17, "Learning, improvement and innovation: Quality assurance and co-production were "
                "not yet embedded, and feedback from people who draw on care was not used "
                "systematically.")
    action(16, "4.1", "Establish a co-production board with people who draw on care and unpaid "
                      "carers, and publish a 'You said, we did' report each quarter.",
           "Director of Adult Social Care", "Jul-25", None, GREEN, BLUE,
           "Board met for the first time 9 July 2025; first report published September 2025.")
    action(17, "4.2", "Launch the adult social care quality assurance framework, including practice "
                      "observations and a quarterly QA report to the Improvement Board.",
           "Principal Social Worker", d(2025, 12, 31), None, GREEN, GREEN,
           "Framework drafted and consulted on with practitioners; launch planned December 2025.")
    ws.cell(row=19, column=1, value="Note: RAG ratings are shown by cell colour – see RAG key on the Cover sheet.")
    widths(ws, [7, 40, 55, 30, 13, 13, 11, 11, 45])
    wb.save(os.path.join(HERE, "hq2-birmingham-city-council-asc-cqc-assessment-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Barnsley MBC - internal audit recommendations tracker (csv)
# ---------------------------------------------------------------------------
def barnsley():
    n = 12
    hdr = ["Action Ref", "Audit Title", "Audit Year", "Assurance Opinion", "Priority",
           "Recommendation", "Agreed Management Action", "Responsible Officer",
           "Original Target Date", "Revised Target Date", "RAG", "Latest Update"]
    rows = [
        ["BMBC2425-08.1", "Creditor Payments", "2024/25", "Limited", "High",
         "Duplicate payment checks should be run before each BACS payment run and exceptions "
         "reviewed by a second officer.",
         "Configure the duplicate payment report in the finance system to run automatically before "
         "each payment run; exceptions to be signed off by the AP Team Leader.",
         "Head of Financial Services", "31/03/2025", "30/09/2025", "B",
         "Report live from September 2025 payment run. Evidence provided to Internal Audit 14/10/2025."],
        ["BMBC2425-08.2", "Creditor Payments", "2024/25", "Limited", "Medium",
         "Changes to supplier bank details should be independently verified before they are processed.",
         "a) Update the supplier amendment procedure to require call-back verification using contact "
         "details already held on file.\nb) Provide a quarterly report of bank detail changes to the "
         "Service Director – Finance.",
         "AP Team Leader / Head of Financial Services", "30/06/2025", "31/01/2026", "A",
         "Procedure updated and in use (a). First quarterly report due January 2026 (b)."],
        ["BMBC2425-14.1", "Disabled Facilities Grants", "2024/25", "Reasonable", "Medium",
         "Grant files should evidence that works were inspected before the final payment was made.",
         "Introduce a completion inspection checklist to be uploaded to the case record before "
         "final payment is authorised.",
         "Housing Adaptations Manager", "31/05/2025", "", "B",
         "Checklist in use; sample of 10 cases checked by Internal Audit – all compliant."],
        ["BMBC2526-03.1", "Cyber Security – Patch Management", "2025/26", "Limited", "High",
         "Critical security patches should be applied within 14 days of release and compliance "
         "reported monthly.",
         "Implement automated patch compliance reporting and report the monthly position to the "
         "Information Governance Board.",
         "Head of IT Service Delivery", "30/11/2025", "", "R",
         "Reporting tool procured but not yet configured. Revised date to be agreed at IGB in February 2026."],
        ["BMBC2526-03.2", "Cyber Security – Patch Management", "2025/26", "Limited", "Medium",
         "Unsupported server operating systems should be removed from the network.",
         "Decommission the four remaining Windows Server 2012 R2 servers or isolate them on a "
         "segregated network.",
         "Head of IT Service Delivery; Infrastructure Manager", "31/03/2026", "", "G",
         "Two of four servers decommissioned; remaining two scheduled for February 2026."],
        ["BMBC2526-06.1", "Council Tax Reductions", "2025/26", "Reasonable", "Low",
         "The review of single person discounts should be completed each year.",
         "Carry out an annual single person discount review using the National Fraud Initiative "
         "data match.",
         "Revenues Manager", "31/03/2026", "", "G",
         "Data match received November 2025; review under way."],
        ["BMBC2526-09.1", "Contract Management – Highways", "2025/26", "Limited", "High",
         "A contract management plan should be in place for each contract valued over £500,000.",
         "Produce contract management plans for the 11 highways contracts above the threshold and "
         "record them in the contracts register.",
         "Head of Highways & Engineering", "31/12/2025", "31/03/2026", "A",
         "7 of 11 plans completed. Extension agreed by Executive Director Growth & Sustainability."],
    ]

    def pad(r):
        return r + [""] * (n - len(r))

    out = [pad(["Barnsley Metropolitan Borough Council – Internal Audit Services: "
                "Follow-up of Agreed Management Actions"]),
           pad(["Position as at 31 December 2025 – Audit and Governance Committee, 28 January 2026"]),
           pad([]), hdr] + rows + [
           pad([]),
           pad(["Summary"]),
           pad(["Total agreed actions", "7"]),
           pad(["Implemented (B)", "2"]),
           pad(["On track (G)", "2"]),
           pad(["Revised date agreed (A)", "2"]),
           pad(["Overdue (R)", "1"]),
           pad([]),
           pad(["RAG key: B = implemented and verified; G = not yet due, on track; "
                "A = revised target date agreed; R = overdue, no revised date agreed"])]
    with open(os.path.join(HERE, "hq2-barnsley-mbc-internal-audit-recommendations-tracker.csv"),
              "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(out)


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


def set_text(cell, text, bold=False, size=9):
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
# 3. Runnymede BC - Auditor's Annual Report VfM recommendations action plan (docx)
# ---------------------------------------------------------------------------
def runnymede():
    doc = Document()
    doc.add_heading("Runnymede Borough Council – Auditor's Annual Report 2023/24: Management Action Plan", 0)
    doc.add_paragraph("Audit Committee – 5 February 2026. Appendix A: progress at January 2026.")

    doc.add_heading("Document control", 2)
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Version", "2.0 (progress update)"),
                                ("Author", "Corporate Head of Finance (S151 Officer)"),
                                ("Date", "20 January 2026"),
                                ("Status", "Final for committee")]):
        set_text(t.cell(i, 0), k, bold=True)
        shade(t.cell(i, 0), GREY)
        set_text(t.cell(i, 1), v)

    doc.add_paragraph(
        "The external auditor's Annual Report for 2023/24 found significant weaknesses in the "
        "Council's arrangements for financial sustainability and governance. It made two key "
        "recommendations (KR) and three improvement recommendations (IR). This plan sets out the "
        "actions agreed by the Corporate Leadership Team in response to each recommendation, "
        "grouped under the three areas of the auditor's value for money assessment.")

    doc.add_heading("Status key", 2)
    k = doc.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for i, (word, col, meaning) in enumerate([
            ("Complete", BLUE, "Action delivered; evidence provided to the external auditor"),
            ("On track", GREEN, "Progressing to plan for the target date"),
            ("At risk", AMBER, "Some slippage; target date may be missed"),
            ("Off track", RED, "Target date missed or will be missed; escalated to CLT")]):
        set_text(k.cell(i, 0), word, bold=True)
        shade(k.cell(i, 0), col)
        set_text(k.cell(i, 1), meaning)

    heads = ["Ref", "Recommendation / agreed action", "Responsible officer", "Target date",
             "Status", "Progress at January 2026"]
    status_col = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED}

    def area_table(heading, blocks):
        doc.add_heading(heading, 1)
        nrows = 1 + sum(1 + len(acts) for _, _, acts in blocks)
        tb = doc.add_table(rows=nrows, cols=6)
        tb.style = "Table Grid"
        for j, h in enumerate(heads):
            set_text(tb.cell(0, j), h, bold=True)
            shade(tb.cell(0, j), GREY)
        r = 1
        for ref, rec, acts in blocks:
            set_text(tb.cell(r, 0), ref, bold=True)
            m = tb.cell(r, 1).merge(tb.cell(r, 5))
            set_text(m, rec, bold=True)
            shade(tb.cell(r, 0), PALE)
            shade(m, PALE)
            r += 1
            for aref, text, lead, due, status, prog in acts:
                set_text(tb.cell(r, 0), aref)
                set_text(tb.cell(r, 1), text)
                set_text(tb.cell(r, 2), lead)
                set_text(tb.cell(r, 3), due)
                set_text(tb.cell(r, 4), status)
                shade(tb.cell(r, 4), status_col[status])
                set_text(tb.cell(r, 5), prog)
                r += 1
        doc.add_paragraph()

    area_table("1. Financial sustainability", [
        ("KR1", "The Council should reduce its reliance on commercial property income and borrowing "
                "by agreeing a debt reduction strategy with clear annual targets that are reported to "
                "Members.",
         [("KR1.1", "Approve a Debt Reduction Strategy setting a target to reduce external borrowing "
                    "by £100m by March 2029.",
           "Corporate Head of Finance (S151 Officer)", "July 2025", "Complete",
           "Strategy approved by Full Council on 17 July 2025."),
          ("KR1.2", "Report progress against the annual debt reduction target to Corporate Management "
                    "Committee in each quarterly finance report.",
           "Corporate Head of Finance (S151 Officer)", "Quarterly", "On track",
           "Q1 and Q2 reports presented; £18.4m of borrowing repaid to date.")]),
        ("IR1", "The Council should ensure that the savings in its Medium Term Financial Strategy "
                "are fully identified, risk-rated and monitored.",
         [("IR1.1", "Develop a savings delivery tracker with RAG-rated savings by service, reviewed "
                    "monthly by the Corporate Leadership Team.",
           "Assistant Chief Executive / Corporate Head of Finance (S151 Officer)", "30 September 2025",
           "At risk", "Tracker built; service returns incomplete for two directorates.")]),
    ])
    area_table("2. Governance", [
        ("KR2", "The Council should strengthen its governance of its wholly owned companies, ensuring "
                "that shareholder and client-side roles are clearly separated and that company "
                "business plans are scrutinised by Members.",
         [("KR2.1", "Adopt a revised Shareholder Agreement and company governance protocol for each of "
                    "the Council's wholly owned companies.",
           "Corporate Head of Law and Governance (Monitoring Officer)", "October 2025", "Complete",
           "Protocol adopted by Corporate Management Committee, 9 October 2025."),
          ("KR2.2", "Establish a Shareholder Sub-Committee with terms of reference that separate the "
                    "shareholder and client-side functions.",
           "Chief Executive", "31 December 2025", "Off track",
           "Terms of reference drafted; now to be approved at Full Council on 19 February 2026.")]),
        ("IR2", "The Council should review its risk management framework so that the corporate risk "
                "register is reported to Members at least quarterly.",
         [("IR2.1", "Refresh the Risk Management Strategy and present the corporate risk register to "
                    "the Audit Committee each quarter.",
           "Risk and Insurance Manager", "June 2025", "Complete",
           "Strategy refreshed June 2025; register reported in July, September and November.")]),
    ])
    area_table("3. Improving economy, efficiency and effectiveness", [
        ("IR3", "The Council should develop a corporate performance framework with a small set of "
                "outcome measures linked to the Corporate Business Plan.",
         [("IR3.1", "Agree a set of 20 key performance indicators aligned to the Corporate Business "
                    "Plan and publish a quarterly performance dashboard.",
           "Business Planning and Performance Manager", "Q1 2026/27", "On track",
           "Draft indicator set discussed with Member working group in December 2025.")]),
    ])

    doc.add_heading("Sign-off", 2)
    s = doc.add_table(rows=2, cols=3)
    s.style = "Table Grid"
    for j, h in enumerate(["Approved by", "Role", "Date"]):
        set_text(s.cell(0, j), h, bold=True)
    for j, v in enumerate(["Corporate Leadership Team", "Plan owner group", "13 January 2026"]):
        set_text(s.cell(1, j), v)
    doc.save(os.path.join(HERE, "hq2-runnymede-bc-auditors-annual-report-vfm-recommendations-action-plan.docx"))


# ---------------------------------------------------------------------------
# 4. Lewes DC - RSH consumer standards housing improvement plan (xlsx)
# ---------------------------------------------------------------------------
def lewes():
    wb = Workbook()
    ov = wb.active
    ov.title = "Overview"
    ov["A1"] = "Lewes District Council – Housing Improvement Plan"
    ov["A1"].font = Font(bold=True, size=16)
    ov["A2"] = "Response to the Regulator of Social Housing regulatory judgement (consumer grade C3)"
    ov["A3"] = "Version 4 – reported to Cabinet, 20 November 2025. Progress position at 31 October 2025."
    for j, h in enumerate(["Consumer standard", "Actions", "Complete", "Green", "Amber", "Red"], start=1):
        put(ov, 5, j, h, bold=True, bg=GREY)
    summary = [("Standard 1: Safety and Quality", 4, 1, 2, 1, 0),
               ("Standard 2: Transparency, Influence and Accountability", 3, 1, 2, 0, 0),
               ("Standard 3: Tenancy", 1, 0, 0, 1, 0),
               ("Standard 4: Neighbourhood and Community", 1, 0, 0, 0, 1),
               ("Total", 9, 2, 4, 2, 1)]
    for i, r in enumerate(summary, start=6):
        for j, v in enumerate(r, start=1):
            put(ov, i, j, v, bold=(r[0] == "Total"))
    ov["A12"] = "RAG key"
    ov["A12"].font = Font(bold=True)
    for i, (w, col, m) in enumerate([
            ("Complete", BLUE, "Action delivered and evidence held for the Regulator"),
            ("Green", GREEN, "On track"),
            ("Amber", AMBER, "At risk – mitigation in place"),
            ("Red", RED, "Off track – escalated to the Housing Improvement Board")], start=13):
        put(ov, i, 1, w, bg=col)
        put(ov, i, 2, m)
    ov["A18"] = "Each consumer standard has its own sheet. Actions are grouped by workstream."
    widths(ov, [52, 40, 10, 8, 8, 8])

    heads = ["Action No.", "Workstream", "Improvement action", "Action owner", "Due",
             "% complete", "RAG", "Update October 2025"]
    rag_col = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}

    def sheet(name, heading, finding, groups):
        ws = wb.create_sheet(name)
        ws["A1"] = heading
        ws["A1"].font = Font(bold=True, size=14)
        ws["A2"] = finding
        ws["A2"].alignment = Alignment(wrap_text=False)
        for j, h in enumerate(heads, start=1):
            put(ws, 4, j, h, bold=True, bg=GREY)
        r = 5
        for stream, acts in groups:
            first = r
            for no, text, owner, due, pct, rag, upd in acts:
                put(ws, r, 1, no)
                put(ws, r, 2, stream if r == first else None, bg=PALE)
                put(ws, r, 3, text)
                put(ws, r, 4, owner)
                put(ws, r, 5, due, fmt="dd/mm/yyyy" if isinstance(due, dt.datetime) else None)
                put(ws, r, 6, pct, fmt="0%")
                put(ws, r, 7, rag, bg=rag_col[rag])
                put(ws, r, 8, upd)
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        widths(ws, [9, 22, 60, 32, 12, 10, 10, 50])

    sheet("1 Safety & Quality", "Standard 1: Safety and Quality",
          "Regulator's finding: the council could not evidence that fire safety, electrical safety and "
          "damp and mould remedial actions were completed within required timescales.",
          [("Fire safety", [
              ("1.1", "Complete all overdue high-risk fire risk assessment remedial actions (312 "
                      "outstanding at July 2025).",
               "Building Safety Manager", "Dec-25", 0.68, "Amber",
               "212 of 312 completed. Contractor capacity increased from November."),
              ("1.2", "Configure the fire safety compliance module in the asset management system so "
                      "that every remedial action is tracked to completion.",
               "Building Safety Manager / Housing Systems Lead", d(2026, 3, 31), 0.4, "Green",
               "Module installed in test; data migration planned for January 2026.")]),
           ("Electrical safety", [
              ("1.3", "Bring electrical installation condition report (EICR) coverage to 100% of homes "
                      "with a certificate less than five years old.",
               "Head of Property and Technical Services", "March 2026", 0.91, "Green",
               "91% coverage (2,973 of 3,267 homes). No-access cases referred to tenancy team.")]),
           ("Damp and mould", [
              ("1.4", "Adopt a damp and mould policy that meets Awaab’s Law timescales and train all "
                      "repairs operatives.",
               "Repairs Manager", d(2025, 10, 31), 1.0, "Complete",
               "Policy adopted 30 September 2025; 46 of 46 operatives trained.")])])
    sheet("2 TIA", "Standard 2: Transparency, Influence and Accountability",
          "Regulator's finding: tenants were not given timely information about the council's "
          "performance, and complaints data was not used to improve services.",
          [("Tenant satisfaction measures", [
              ("2.1", "Publish the 2024/25 Tenant Satisfaction Measures with a tenant-friendly summary "
                      "and improvement actions.",
               "Performance and Improvement Manager", "Sep-25", 1.0, "Complete",
               "Published on website and in autumn tenants’ newsletter.")]),
           ("Complaints", [
              ("2.2", "Self-assess against the Housing Ombudsman Complaint Handling Code and report the "
                      "outcome to the Tenants’ Scrutiny Panel.",
               "Customer Services Manager", d(2025, 11, 30), 0.75, "Green",
               "Self-assessment drafted; Panel meeting 26 November."),
              ("2.3", "Introduce a monthly learning-from-complaints report to the Housing Leadership Team.",
               "Customer Services Manager", "Ongoing", 0.5, "Green",
               "First two reports presented (September and October).")])])
    sheet("3 Tenancy", "Standard 3: Tenancy",
          "Regulator's finding: empty homes took too long to re-let and allocations decisions were not "
          "always recorded.",
          [("Lettings and voids", [
              ("3.1", "Reduce average void re-let time for standard voids to 35 days through a revised "
                      "void standard and weekly voids panel.",
               "Head of Housing Needs", "Jan-26", 0.45, "Amber",
               "Average re-let time 52 days in October (68 days in April).")])])
    sheet("4 Neighbourhood & Community", "Standard 4: Neighbourhood and Community",
          "Regulator's finding: the council's approach to anti-social behaviour was not set out in an "
          "up-to-date policy.",
          [("Anti-social behaviour", [
              ("4.1", "Adopt a revised anti-social behaviour policy with published service standards "
                      "and case review timescales.",
               "Neighbourhood Services Manager", d(2026, 1, 31), 0.2, "Red",
               "Tenant consultation delayed; Cabinet date moved to March 2026.")])])
    wb.save(os.path.join(HERE, "hq2-lewes-dc-rsh-consumer-standards-housing-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 5. Dorset Police - HMICFRS / HMIP custody inspection action plan (tab-separated txt)
# ---------------------------------------------------------------------------
def dorset():
    hdr = ["ID", "Type", "Inspection area", "Recommendation / area for improvement", "Action",
           "Action owner", "Target date", "Revised target", "RAG", "Latest update"]
    r1 = ("The force should ensure that its governance arrangements give senior leaders a clear "
          "understanding of outcomes for detainees, including through accurate and complete custody data.")
    rows = [
        ["R1.1", "Recommendation", "Leadership, accountability and partnerships", r1,
         "Develop a custody performance dashboard covering detention times, use of force, strip "
         "searches and outcomes for children, reviewed at the monthly Custody Governance Board.",
         "Ch Insp Custody", "31/10/2025", "31/01/2026", "A",
         "Dashboard built; data quality issues with the use of force field being resolved."],
        ["R1.2", "Recommendation", "Leadership, accountability and partnerships", r1,
         "Commission a quarterly dip sample of 30 custody records by the Professional Standards "
         "Department and report findings to the Custody Governance Board.",
         "Custody Inspector (Governance) / Head of PSD", "Quarterly", "", "G",
         "First dip sample completed September 2025; 4 learning points circulated."],
        ["R2.1", "Recommendation", "Pre-custody: first point of contact",
         "The force should ensure that children are not held in custody overnight unless it is "
         "absolutely necessary, and that local authority accommodation is requested in every case.",
         "Agree a joint protocol with BCP Council and Dorset Council for the provision of PACE beds, "
         "with escalation to heads of service when accommodation is refused.",
         "Supt Criminal Justice", "30/09/2025", "", "B",
         "Protocol signed by both councils 24/09/2025."],
        ["AFI3.1", "Area for improvement",
         "In the custody suite: booking in, individual needs and legal rights",
         "The force should make sure that detainees' property is stored securely and recorded accurately.",
         "Install lockable property lockers at Weymouth and Bournemouth custody suites and audit "
         "property records monthly.",
         "Estates Manager; Custody Inspector (Bournemouth)", "31/12/2025", "", "G",
         "Lockers fitted at Bournemouth; Weymouth install booked for December."],
        ["AFI4.1", "Area for improvement", "In the custody suite: safety",
         "The force should remove the ligature points in cells identified during the inspection.",
         "Complete the ligature reduction works in the 14 cells identified at Weymouth custody suite.",
         "Head of Estates", "31/08/2025", "31/03/2026", "R",
         "Contractor withdrew in August; works being retendered."],
        ["AFI5.1", "Area for improvement", "Release and transfer from custody",
         "The force should ensure that pre-release risk assessments are completed for all detainees "
         "and that vulnerable detainees receive appropriate support on release.",
         "Make the pre-release risk assessment a mandatory field in the custody record before release "
         "can be recorded.",
         "Force Systems Lead", "Jan-26", "", "G",
         "Change request approved by the Systems Change Board; in development."],
        ["AFI6.1", "Area for improvement", "Health care",
         "The force and the health care provider should ensure that all detainees who need it can "
         "continue opiate substitution therapy while in custody.",
         "Agree a pathway with the custody healthcare provider for continuation of opiate substitution "
         "therapy, including out of hours.",
         "Custody Healthcare Contract Manager", "31/03/2026", "", "G",
         "Draft pathway with the provider's clinical lead for sign-off."],
    ]
    lines = [
        "Dorset Police – Action Plan: Joint Inspection of Police Custody",
        "HM Inspectorate of Prisons and HM Inspectorate of Constabulary and Fire & Rescue Services – "
        "unannounced inspection of police custody suites in Dorset, March 2025 (report published July 2025)",
        "Exported 02/12/2025 09:14 from Custody Improvement Tracker – plan owner: Supt Criminal Justice",
        "",
        "\t".join(hdr),
    ] + ["\t".join(r) for r in rows] + [
        "",
        "7 records exported",
        "RAG: B = complete (evidence accepted by Custody Governance Board); G = on track; A = at risk; R = off track",
    ]
    with open(os.path.join(HERE, "hq2-dorset-police-hmicfrs-custody-inspection-action-plan.txt"),
              "w", newline="", encoding="utf-8") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------------------
# 6. Aberdeen City Council - Education Scotland CLD inspection action plan (docx)
# ---------------------------------------------------------------------------
def aberdeen():
    doc = Document()
    doc.add_heading("Aberdeen City Council – Community Learning and Development Improvement Action Plan", 0)
    doc.add_paragraph("Following the Education Scotland inspection of Community Learning and Development "
                      "in Aberdeen City (January 2024)")
    doc.add_paragraph("Progress update for the Education and Children’s Services Committee, February 2025")

    doc.add_heading("Key strengths identified by HM Inspectors", 2)
    for s in ["Strong partnership working between council CLD teams and third sector partners.",
              "Well-targeted adult learning and ESOL provision that is improving learners’ confidence.",
              "Young people are developing leadership skills through youth work programmes."]:
        doc.add_paragraph(s, style="List Bullet")

    doc.add_heading("Progress key", 2)
    k = doc.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for i, (w, col, m) in enumerate([("Blue", BLUE, "Complete"), ("Green", GREEN, "On track"),
                                     ("Amber", AMBER, "Some slippage"),
                                     ("Red", RED, "Not progressing – needs intervention")]):
        set_text(k.cell(i, 0), w, bold=True)
        shade(k.cell(i, 0), col)
        set_text(k.cell(i, 1), m)

    doc.add_heading("Action plan", 2)
    heads = ["Area for development", "No.", "Action", "Lead", "Timescale", "Measure of success", "RAG"]
    rag_col = {"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    plan = [
        ("1. Leadership and direction", [
            ("Strengthen the governance of the CLD Partnership so that partners are jointly accountable "
             "for delivery of the CLD Plan 2024–27.", [
                ("1.1", "Revise the terms of reference of the CLD Partnership Group and agree a reporting "
                        "schedule to the Community Planning Aberdeen Management Group.",
                 "CLD Manager", "June 2024", "Revised terms of reference approved", "Blue"),
                ("1.2", "Agree a joint CLD performance framework with five shared outcome measures and a "
                        "baseline for each.",
                 "CLD Manager / Aberdeen Council of Voluntary Organisations", "December 2024",
                 "Framework agreed by all partners", "Amber")])]),
        ("2. Impact on learners and communities", [
            ("Improve the use of data to show the difference CLD makes for adult learners and "
             "young people.", [
                ("2.1", "Introduce a common learner progression record across adult learning, ESOL and "
                        "youth work.",
                 "Adult Learning Team Leader; Youth Work Team Leader", "By March 2025",
                 "Progression recorded for 80% of learners", "Green"),
                ("2.2", "Publish a CLD impact report using learner stories and progression data.",
                 "CLD Manager", "August 2025", "Report published and shared with partners", "Green")]),
            ("Increase opportunities for young people and adult learners to influence decisions about "
             "CLD provision.", [
                ("2.3", "Establish a learner voice forum that meets termly and reports to the CLD "
                        "Partnership Group.",
                 "Youth Work Team Leader", "Termly", "Forum minutes show changes made", "Green")])]),
        ("3. Workforce development", [
            ("Ensure that CLD practitioners and volunteers have access to professional learning and are "
             "registered with the CLD Standards Council where appropriate.", [
                ("3.1", "Carry out a workforce skills audit and deliver a CLD professional learning "
                        "programme for staff and volunteers.",
                 "Learning and Development Lead (People and Organisational Development)", "October 2024",
                 "Audit completed; programme in place", "Red")])]),
    ]
    nrows = 1 + sum(1 + sum(len(a) for _, a in afds) for _, afds in plan)
    tb = doc.add_table(rows=nrows, cols=7)
    tb.style = "Table Grid"
    for j, h in enumerate(heads):
        set_text(tb.cell(0, j), h, bold=True)
        shade(tb.cell(0, j), GREY)
    r = 1
    for theme, afds in plan:
        m = tb.cell(r, 0).merge(tb.cell(r, 6))
        set_text(m, theme, bold=True, size=10)
        shade(m, PALE)
        r += 1
        for afd, acts in afds:
            top = r
            for no, text, lead, when, measure, rag in acts:
                set_text(tb.cell(r, 1), no)
                set_text(tb.cell(r, 2), text)
                set_text(tb.cell(r, 3), lead)
                set_text(tb.cell(r, 4), when)
                set_text(tb.cell(r, 5), measure)
                set_text(tb.cell(r, 6), rag)
                shade(tb.cell(r, 6), rag_col[rag])
                r += 1
            cell = tb.cell(top, 0)
            if r - 1 > top:
                cell = cell.merge(tb.cell(r - 1, 0))
            set_text(cell, afd)
    doc.add_paragraph()
    doc.add_paragraph("Next update: Education and Children’s Services Committee, September 2025.")
    doc.save(os.path.join(HERE, "hq2-aberdeen-city-council-education-scotland-cld-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 7. North East Derbyshire DC - strategic risk register Q3 2025/26, typo month (xlsx, refuse)
# ---------------------------------------------------------------------------
def nedDC():
    wb = Workbook()
    ws = wb.active
    ws.title = "Strategic Risk Register"
    ws["A1"] = "North East Derbyshire District Council – Strategic Risk Register"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Quarter 3 2025/26 (position at 31 December 2025) – Audit and Corporate Governance "
                "Scrutiny Committee, 29 January 2026")
    top = ["Risk ref", "Risk title and description", "Risk owner", "Inherent risk", None, None,
           "Key controls in place", "Residual risk", None, None, "Further actions required",
           "Action owner", "Target date", "Action status", "Direction of travel"]
    sub = [None, None, None, "L", "I", "Score", None, "L", "I", "Score", None, None, None, None, None]
    for j, (a, b) in enumerate(zip(top, sub), start=1):
        put(ws, 4, j, a, bold=True, bg=GREY)
        put(ws, 5, j, b, bold=True, bg=GREY)
    ws.merge_cells("D4:F4")
    ws.merge_cells("H4:J4")
    for col in ("A", "B", "C", "G", "K", "L", "M", "N", "O"):
        ws.merge_cells(f"{col}4:{col}5")

    def score_bg(s):
        return RED if s >= 15 else AMBER if s >= 8 else GREEN

    status_bg = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Complete": BLUE}

    risks = [
        ("SR01", "Medium Term Financial Plan – failure to set a balanced budget and deliver the "
                 "savings required over the MTFP period 2026/27 to 2029/30.",
         "Director of Finance and Resources (S151 Officer)", (4, 5), "Budget monitoring reported "
         "quarterly to Cabinet; reserves strategy; savings programme board.", (3, 4), "↔", [
             ("Deliver the 2026/27 savings programme agreed by Cabinet in January 2026.",
              "Strategic Director – Resources", d(2026, 3, 31), "Amber"),
             ("Complete the review of fees and charges and include the outcome in the 2026/27 budget.",
              "Head of Finance", "Feb-26", "Green")]),
        ("SR02", "Cyber security – a successful cyber attack leads to loss of systems and data and "
                 "disruption to services.",
         "Head of Digital and ICT", (4, 5), "Firewalls and multi-factor authentication; annual "
         "penetration test; staff e-learning.", (3, 5), "↑", [
             ("Achieve Cyber Essentials Plus re-certification.",
              "Head of Digital and ICT", "Sept 2025", "Complete"),
             ("Run a cyber incident exercise with the Joint ICT Service and the Local Resilience Forum.",
              "ICT Security Officer", "Febuary 2026", "Amber")]),
        ("SR03", "Workforce – inability to recruit and retain staff in key professional roles "
                 "(planning, environmental health, legal).",
         "Head of HR and OD", (4, 4), "Market supplements; apprenticeship and graduate schemes; "
         "workforce strategy.", (3, 3), "↓", [
             ("Launch the 'grow our own' planning trainee scheme with two trainee posts.",
              "Planning Manager; Head of HR and OD", d(2026, 4, 30), "Green")]),
        ("SR04", "Local Plan – failure to keep the Local Plan up to date, leading to speculative "
                 "development and loss of five-year housing land supply.",
         "Head of Planning", (3, 5), "Local Development Scheme; Planning Policy Working Group.",
         (3, 4), "↔", [
             ("Publish the Regulation 18 Local Plan review consultation.",
              "Planning Policy Manager", "June 2026", "Green")]),
        ("SR05", "Climate change – failure to deliver the council's commitment to net zero carbon "
                 "operations by 2030.",
         "Director of Growth and Assets", (3, 4), "Climate Change Action Plan; Climate Change "
         "Member Working Group.", (3, 3), "↔", [
             ("Complete decarbonisation surveys for the council's three leisure centres and "
              "submit a bid to the Public Sector Decarbonisation Scheme.",
              "Climate Change Officer", d(2026, 3, 31), "Red")]),
    ]
    r = 6
    for ref, desc, owner, (il, ii), controls, (rl, ri), dot, acts in risks:
        first = r
        for k, (action, aowner, target, status) in enumerate(acts):
            if k == 0:
                put(ws, r, 1, ref, bold=True)
                put(ws, r, 2, desc)
                put(ws, r, 3, owner)
                put(ws, r, 4, il)
                put(ws, r, 5, ii)
                put(ws, r, 6, il * ii, bg=score_bg(il * ii))
                put(ws, r, 7, controls)
                put(ws, r, 8, rl)
                put(ws, r, 9, ri)
                put(ws, r, 10, rl * ri, bg=score_bg(rl * ri))
                put(ws, r, 15, dot)
            else:
                for col in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 15):
                    put(ws, r, col, None)
            put(ws, r, 11, action)
            put(ws, r, 12, aowner)
            put(ws, r, 13, target, fmt="dd/mm/yyyy" if isinstance(target, dt.datetime) else None)
            put(ws, r, 14, status, bg=status_bg[status])
            r += 1
        if r - 1 > first:
            for col in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 15):
                ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
    r += 1
    ws.cell(row=r, column=1, value="Scoring: Likelihood (L) 1–5 x Impact (I) 1–5. Score 15–25 = high (red); "
                                   "8–12 = medium (amber); 1–6 = low (green).")
    ws.cell(row=r + 1, column=1, value="Action status: Complete; Green = on track; Amber = some slippage; "
                                       "Red = off track.")
    ws.cell(row=r + 2, column=1, value="Direction of travel: ↑ risk increasing; ↔ no change; ↓ risk reducing.")
    widths(ws, [8, 40, 24, 5, 5, 7, 36, 5, 5, 7, 48, 28, 13, 11, 10])
    wb.save(os.path.join(HERE, "hq2-north-east-derbyshire-dc-strategic-risk-register-q3-2025-26-typo-month-refuse.xlsx"))


if __name__ == "__main__":
    birmingham()
    barnsley()
    runnymede()
    lewes()
    dorset()
    aberdeen()
    nedDC()
    print("built 7 files in", HERE)
