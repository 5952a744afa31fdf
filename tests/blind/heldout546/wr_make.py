"""Build the seven wr- data files of set heldout546.

Run with /work/main/.venv/bin/python wr_make.py (writes beside this script).
Only files whose names start with "wr-" are written.
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

FILL = {
    "Blue": "FF0070C0",
    "Green": "FF00B050",
    "Amber": "FFFFC000",
    "Red": "FFFF0000",
    "Complete": "FF0070C0",
}
THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def solid(argb):
    return PatternFill(fill_type="solid", start_color=argb, end_color=argb)


def d(y, m, day):
    return dt.datetime(y, m, day)


def out(name):
    assert name.startswith("wr-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. Cancer Research UK - ARC internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def make_cruk():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Cancer Research UK – Internal Audit Recommendations Tracker"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Audit & Risk Committee, 18 November 2025 – Agenda item 9"
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    rows = [
        ("Owner", "Head of Internal Audit"),
        ("Prepared by", "Internal Audit team"),
        ("Version", "v3.0"),
        ("Position as at", "31/10/2025"),
        ("Next update", "ARC February 2026"),
    ]
    for i, (k, v) in enumerate(rows, start=5):
        cov.cell(i, 1, k).border = BOX
        cov.cell(i, 2, v).border = BOX
    cov["A11"] = "Status key"
    cov["A11"].font = Font(bold=True)
    key = [
        ("Blue", "Complete – evidence verified by Internal Audit"),
        ("Green", "On track to meet the agreed date"),
        ("Amber", "Revised date agreed or at risk of slipping"),
        ("Red", "Overdue, or no management update received"),
    ]
    for i, (k, v) in enumerate(key, start=12):
        c = cov.cell(i, 1, k)
        c.fill = solid(FILL[k])
        c.border = BOX
        cov.cell(i, 2, v).border = BOX
    cov.column_dimensions["A"].width = 18
    cov.column_dimensions["B"].width = 60

    # Summary sheet (totals block only)
    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of actions by audit"
    sm["A1"].font = Font(bold=True, size=12)
    hdr = ["Audit", "Assurance", "Actions", "Blue", "Green", "Amber", "Red"]
    for j, h in enumerate(hdr, start=1):
        c = sm.cell(3, j, h)
        c.font = Font(bold=True)
        c.border = BOX
    srows = [
        ("IA 24/25-03 Supporter Consent and Preference Management", "Limited", 3, 1, 1, 1, 0),
        ("IA 24/25-06 Research Grant Payments", "Moderate", 3, 1, 1, 0, 1),
        ("IA 25/26-01 Retail Stock and Cash Handling", "Limited", 2, 0, 2, 0, 0),
    ]
    for i, r in enumerate(srows, start=4):
        for j, v in enumerate(r, start=1):
            sm.cell(i, j, v).border = BOX
    sm.cell(7, 1, "Total").font = Font(bold=True)
    for j, col in zip(range(3, 8), "CDEFG"):
        c = sm.cell(7, j, "=SUM(%s4:%s6)" % (col, col))
        c.font = Font(bold=True)
        c.border = BOX
    sm.column_dimensions["A"].width = 58
    sm.column_dimensions["B"].width = 12

    # Tracker sheet
    ws = wb.create_sheet("Tracker")
    ws["A1"] = "Cancer Research UK – Internal Audit Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Position as at 31 October 2025"
    ws["A2"].font = Font(italic=True)
    headers = [
        "Ref",
        "Recommendation / agreed management action",
        "Priority",
        "Action owner",
        "Original due date",
        "Revised due date",
        "Previous status (Jul-25)",
        "Current status (Oct-25)",
        "Management update (October 2025)",
    ]
    for j, h in enumerate(headers, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = solid("FF2E0854")
        c.alignment = WRAP
        c.border = BOX

    S = "section"
    R = "rec"
    data = [
        (S, "IA 24/25-03 Supporter Consent and Preference Management (Limited assurance)"),
        (R, "Recommendation 1: Telephone and SMS consent captured by third-party fundraising agencies is not consistently uploaded to the supporter CRM within the contractual 48 hours."),
        ("3.1.1", "Introduce a weekly reconciliation of agency consent files to the CRM load log, with exceptions reported to the Data Governance Group.",
         "High", "Head of Supporter Data", d(2025, 3, 31), d(2025, 6, 30), "Amber", "Blue",
         "Reconciliation live from June 2025; Internal Audit verified 12 weeks of logs in September."),
        ("3.1.2", "Amend agency contracts to include a service credit where consent files are submitted late or incomplete.",
         "Medium", "Head of Procurement / Director of Fundraising", d(2025, 11, 30), None, "Green", "Green",
         "Two of three agency contracts varied; final variation with the agency for signature."),
        (R, "Recommendation 2: Preference changes made through the Supporter Care telephony system are not always reflected in mailing selections."),
        ("3.2.1", "Configure an automated nightly feed of preference changes from the telephony platform to the CRM, replacing the manual spreadsheet upload.",
         "High", "Head of CRM Systems", d(2025, 7, 31), d(2026, 1, 31), "Green", "Amber",
         "Supplier build delayed by the platform upgrade; interim manual check increased to twice weekly.\nRevised date agreed by the Chief Operating Officer."),
        (S, "IA 24/25-06 Research Grant Payments (Moderate assurance)"),
        (R, "Recommendation 1: Grant payments were released before signed Terms and Conditions were held on file in 4 of 25 sampled awards."),
        ("6.1.1", "Add a mandatory check in the grants management system so that no payment can be scheduled until the signed Terms and Conditions are uploaded.",
         "High", "Grants Finance Manager", d(2025, 4, 30), None, "Blue", "Blue",
         "Control implemented April 2025 and tested by Internal Audit in July."),
        ("6.1.2", "Carry out a retrospective review of all awards paid in 2024/25 and obtain any missing signed Terms and Conditions.\nReport the results to the Research Funding Committee.",
         "Medium", "Director of Research Operations; Grants Finance Manager", d(2025, 9, 30), None, "Green", "Red",
         "Review 80% complete with 11 awards outstanding. Not reported to the Committee in September as planned."),
        (R, "Recommendation 2: Annual financial reports from host institutions are not chased consistently when overdue."),
        ("6.2.1", "Introduce an escalation process for overdue financial reports, with standard reminder letters at 30, 60 and 90 days.",
         "Low", "Research Funding Operations Lead", d(2025, 12, 31), None, "Green", "Green",
         "Letters drafted; process to go live in December."),
        (S, "IA 25/26-01 Retail Stock and Cash Handling (Limited assurance)"),
        (R, "Recommendation 1: Till variances above £20 are not investigated or recorded consistently across shops."),
        ("1.1.1", "Issue a revised Cash Handling Procedure to all shop managers and require quarterly sign-off.",
         "High", "Retail Operations Director", d(2025, 12, 31), None, "New", "Green",
         "Procedure approved by the Retail Senior Management Team on 14 October."),
        ("1.1.2", "Area Managers to test a sample of till variance logs during every shop visit and record the results in the visit app.",
         "Medium", "Head of Retail Operations; Area Managers", d(2026, 3, 31), None, "New", "Green",
         "Visit app updated; first results due in the January tracker."),
    ]
    r = 5
    for item in data:
        if item[0] == S:
            ws.cell(r, 1, item[1])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            c = ws.cell(r, 1)
            c.font = Font(bold=True, color="FFFFFFFF")
            c.fill = solid("FFEC008C")
        elif item[0] == R:
            ws.cell(r, 1, item[1])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            c = ws.cell(r, 1)
            c.font = Font(italic=True)
            c.fill = solid("FFE7E6E6")
            c.alignment = WRAP
            ws.row_dimensions[r].height = 30
        else:
            ref, act, pri, own, od, rd, prev, cur, upd = item
            vals = [ref, act, pri, own, od, rd, prev, cur, upd]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(r, j, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            for j, v in ((7, prev), (8, cur)):
                if v in FILL:
                    ws.cell(r, j).fill = solid(FILL[v])
        r += 1
    r += 1
    ws.cell(r, 1, "Note: actions shown Blue have been verified as complete by Internal Audit since the July 2025 meeting and will be removed from the next tracker.")
    ws.cell(r, 1).font = Font(italic=True, size=9)
    widths = [8, 60, 10, 26, 13, 13, 13, 13, 50]
    for j, wdt in enumerate(widths):
        ws.column_dimensions["ABCDEFGHI"[j]].width = wdt
    ws.freeze_panes = "A5"
    wb.save(out("wr-cancer-research-uk-arc-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 2. Wycombe Abbey - ISI inspection action plan (docx)
# ---------------------------------------------------------------------------
def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for run in p.runs:
                run.font.bold = True


def make_wycombe():
    doc = Document()
    doc.add_paragraph("Wycombe Abbey – Action Plan following ISI Inspection (March 2025)", style="Title")
    doc.add_paragraph("Prepared for the Council’s Education and Pupil Welfare Committee")

    dc = doc.add_table(rows=5, cols=2)
    dc.style = "Table Grid"
    for row, (k, v) in zip(dc.rows, [
        ("Version", "2.1"),
        ("Author", "Deputy Head (Academic)"),
        ("Approved by", "Education and Pupil Welfare Committee, 12 May 2025"),
        ("Last reviewed", "30 September 2025"),
        ("Next review", "January 2026"),
    ]):
        row.cells[0].text = k
        row.cells[1].text = v
        for run in row.cells[0].paragraphs[0].runs:
            run.font.bold = True

    doc.add_paragraph("")
    doc.add_paragraph(
        "The inspection of 4–6 March 2025 found that the school meets the Standards. "
        "The report identified three recommended next steps, which this plan addresses. "
        "Progress is RAG rated as at the October half-term of the Michaelmas term 2025."
    )
    doc.add_paragraph("RAG key: B – completed and embedded; G – on track; A – some slippage, mitigation in place; R – not on track.")

    sections = [
        ("Section 2 – Quality of education, training and recreation",
         "Recommended next step 1: Ensure that lesson monitoring consistently identifies where the most able pupils are not sufficiently challenged, so that teaching improves in all departments.",
         [
             ("2.1", "Revise the lesson observation proforma to include a specific focus on stretch and challenge for the most able, and train all observers.",
              "Deputy Head (Academic)", "September 2025", "Revised proforma in use; all observers trained at September INSET.", "B"),
             ("2.2", "Run a programme of paired learning walks in every department, with findings reported to the Academic Committee each half-term.",
              "Director of Teaching and Learning / Heads of Department", "Autumn term 2025", "Walks completed in 9 of 14 departments.", "G"),
             ("2.3", "Review schemes of work in Years 7–9 so that each unit includes extension tasks that go beyond the GCSE specification.",
              "Heads of Department", "Summer term 2026", "Mathematics and Science reviewed; others scheduled.", "G"),
         ]),
        ("Section 3 – Pupils’ physical and mental health and emotional wellbeing",
         "Recommended next step 2: Strengthen the way boarding staff record and share low-level wellbeing concerns so that patterns are identified promptly.",
         [
             ("3.1", "Move all house wellbeing notes from paper logs onto the school’s electronic pastoral system (CPOMS).",
              "Deputy Head (Pastoral)", "By October half-term 2025", "All houses using CPOMS from 6 October 2025.", "B"),
             ("3.2", "Provide training for all Housemistresses and boarding assistants on recording thresholds and chronologies.",
              "Deputy Head (Pastoral); Senior Housemistress", "November 2025", "External trainer rebooked after September cancellation.", "A"),
             ("3.3", "Hold a fortnightly pastoral review meeting to look at trends across houses, minuted and reported termly to governors.",
              "Deputy Head (Pastoral)", "Ongoing", "Meetings held since September; first report to governors in November.", "G"),
         ]),
        ("Section 5 – Safeguarding",
         "Recommended next step 3: Ensure that governors check the single central record against staff files on a regular and documented basis.",
         [
             ("5.1", "The safeguarding governor to carry out a sample check of the single central record against personnel files each term and record the outcome.",
              "Safeguarding Governor; HR Director", "Termly", "First check completed 24 September 2025 with no exceptions.", "G"),
             ("5.2", "Update the Safer Recruitment Policy to set out the governor check and how it is reported to full Council.",
              "Bursar", "31 December 2025", "Draft with the Safeguarding Governor for comment.", "G"),
         ]),
    ]
    rag_fill = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}
    for heading, rec, actions in sections:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=2 + len(actions), cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead(s)", "Timescale", "Success criteria / evidence", "RAG"]):
            c.text = h
            shade(c, "1F3864")
            for run in c.paragraphs[0].runs:
                run.font.bold = True
        m = t.rows[1].cells[0].merge(t.rows[1].cells[5])
        m.text = rec
        shade(m, "D9E2F3")
        for run in m.paragraphs[0].runs:
            run.font.italic = True
        for row, a in zip(t.rows[2:], actions):
            for c, v in zip(row.cells, a):
                c.text = v
            shade(row.cells[5], rag_fill[a[5]])
        doc.add_paragraph("")

    doc.add_paragraph("Sign-off")
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for c, v in zip(so.rows[0].cells, ["Approved on behalf of the Council", "Role", "Date"]):
        c.text = v
    for c, v in zip(so.rows[1].cells, ["", "Chair of Council", "12 May 2025"]):
        c.text = v
    doc.save(out("wr-wycombe-abbey-school-isi-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 3. ONS - Transformed Labour Force Survey programme highlight report (xlsx)
# ---------------------------------------------------------------------------
def make_ons():
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    ws["A1"] = "Office for National Statistics"
    ws["A1"].font = Font(bold=True, color="FF206095")
    ws["A2"] = "Transformed Labour Force Survey (TLFS) Programme – Highlight Report"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Reporting period: 1 to 30 September 2025    Report date: 8 October 2025"
    ws["A4"] = "Senior Responsible Owner:"
    ws["C4"] = "Director, Economic Statistics Transformation"
    ws["A5"] = "Programme Director:"
    ws["C5"] = "Head of TLFS Programme"
    ws["A7"] = "Overall delivery confidence"
    ws["A7"].font = Font(bold=True)
    ws["C7"] = "Amber"
    ws["C7"].fill = solid(FILL["Amber"])
    ws["D7"] = "Last period:"
    ws["E7"] = "Amber"
    ws["E7"].fill = solid(FILL["Amber"])

    for j, h in enumerate(["Dimension", "", "Last period", "This period", "Comment"], start=1):
        c = ws.cell(9, j, h or None)
        c.font = Font(bold=True)
    dims = [
        ("Time", "Amber", "Amber", "Two milestones forecast outside baseline; see M2.1 and M3.2."),
        ("Cost", "Green", "Green", "Forecast outturn within 2% of the 2025/26 budget."),
        ("Scope", "Green", "Green", "No change requests this period."),
        ("Resource", "Amber", "Red", "Interviewer recruitment behind plan; 3 methodologist vacancies."),
    ]
    for i, (dim, lp, tp, com) in enumerate(dims, start=10):
        ws.cell(i, 1, dim)
        ws.cell(i, 3, lp).fill = solid(FILL[lp])
        ws.cell(i, 4, tp).fill = solid(FILL[tp])
        ws.cell(i, 5, com)

    ws["A15"] = "Key milestones and deliverables"
    ws["A15"].font = Font(bold=True, size=12)
    hdr = ["Ref", "Milestone / deliverable", "Owner", "Baseline date", "Forecast date", "Last period", "This period", "Commentary"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(16, j, h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = solid("FF206095")
        c.border = BOX
        c.alignment = WRAP
    WS = "ws"
    rows = [
        (WS, "Workstream 1: Survey operations and fieldwork"),
        ("M1.1", "Complete the knock-to-nudge face-to-face pilot in 12 local areas and publish the response-rate findings.",
         "Head of Survey Operations", d(2025, 7, 1), d(2025, 9, 1), "Amber", "Complete",
         "Findings published 25 September 2025."),
        ("M1.2", "Recruit and train 150 additional field interviewers to support the boosted sample.",
         "Head of Field Force", d(2025, 10, 1), d(2025, 12, 1), "Amber", "Amber",
         "96 of 150 recruited; second campaign launched 15 September."),
        ("M1.3", "Introduce incentive vouchers for online-first households in the lowest-responding areas.",
         "Head of Survey Operations; Head of Respondent Engagement", d(2025, 11, 1), d(2025, 11, 1), "Green", "Green",
         "Supplier contract signed; letters with vouchers from November wave."),
        (WS, "Workstream 2: Methods, weighting and quality assurance"),
        ("M2.1", "Agree the TLFS weighting methodology with the Methodological Assurance Review Panel (MARP).",
         "Head of Labour Market Methods", d(2025, 9, 1), d(2026, 1, 1), "Green", "Red",
         "MARP asked for further bias analysis by housing tenure; paper to be resubmitted to the December panel."),
        ("M2.2", "Run parallel TLFS and LFS estimates for two full quarters and publish a comparison article.",
         "Head of Labour Market Methods", d(2025, 12, 1), d(2026, 2, 1), "Amber", "Amber",
         "Second quarter of parallel run starts October; article moved to February."),
        ("M2.3", "Complete the independent quality review of TLFS outputs against the Code of Practice for Statistics.",
         "Head of Quality Assurance", d(2026, 3, 1), d(2026, 3, 1), "Green", "Green",
         "Reviewer appointed; terms of reference agreed."),
        (WS, "Workstream 3: Outputs, users and transition"),
        ("M3.1", "Publish the user engagement plan for the move from LFS to TLFS headline estimates.",
         "Head of Labour Market Outputs", d(2025, 8, 1), d(2025, 8, 1), "Green", "Complete",
         "Published 28 August 2025."),
        ("M3.2", "Prepare the decision paper for the National Statistician on the date for moving headline labour market statistics to TLFS.",
         "Programme Director", d(2026, 3, 1), d(2026, 6, 1), "Amber", "Red",
         "Depends on M2.1 and M2.2; re-baselining to be proposed to Programme Board in October."),
    ]
    r = 17
    for item in rows:
        if item[0] == WS:
            ws.cell(r, 1, item[1])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.cell(r, 1).font = Font(bold=True)
            ws.cell(r, 1).fill = solid("FFDCE6F1")
        else:
            for j, v in enumerate(item, start=1):
                c = ws.cell(r, j, v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm yyyy"
            for j in (6, 7):
                ws.cell(r, j).fill = solid(FILL[item[j - 1]])
        r += 1
    r += 1
    ws.cell(r, 1, "Notes: Baseline dates are those agreed at Programme Board on 10 March 2025. Forecast dates reflect the latest re-plan. Risks and issues are reported in the programme RAID log.")
    ws.cell(r, 1).font = Font(italic=True, size=9)
    for col, wdt in zip("ABCDEFGH", [9, 58, 30, 13, 13, 12, 12, 50]):
        ws.column_dimensions[col].width = wdt

    key = wb.create_sheet("RAG definitions")
    key["A1"] = "RAG definitions"
    key["A1"].font = Font(bold=True)
    for i, (k, v) in enumerate([
        ("Green", "On track to deliver by the baseline date"),
        ("Amber", "Forecast later than baseline but within tolerance (up to 3 months)"),
        ("Red", "Outside tolerance or needs Programme Board intervention"),
        ("Complete", "Delivered and accepted by the SRO"),
    ], start=3):
        key.cell(i, 1, k).fill = solid(FILL[k])
        key.cell(i, 2, v)
    key.column_dimensions["B"].width = 70
    wb.save(out("wr-office-for-national-statistics-tlfs-programme-highlight-report.xlsx"))


# ---------------------------------------------------------------------------
# 4. North East CA - Cabinet action log (csv)
# ---------------------------------------------------------------------------
def csv_field(v):
    if any(ch in v for ch in ',"\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def make_neca():
    ncol = 7
    lines = [
        ["North East Combined Authority – Cabinet Action Log"],
        ["Updated 10 November 2025 for the Cabinet meeting on 18 November 2025"],
        [],
        ["Action ref", "Minute", "Action", "Responsible officer", "Due", "RAG", "Update"],
        ["Cabinet 22 July 2025"],
        ["NECA-A-031", "38/25", "Bring a report on the outcome of the bus franchising assessment audit to Cabinet before the consultation opens.",
         "Director of Transport", "September 2025", "Complete", "Reported to Cabinet on 23 September 2025 (minute 52/25)."],
        ["NECA-A-032", "40/25", "Circulate to Cabinet members the breakdown of Adult Skills Fund allocations by constituent authority, including the \"free courses for jobs\" element.",
         "Director of Skills", "August 2025", "Complete", "Circulated by email on 14 August."],
        ["NECA-A-033", "41/25", "Agree the scope of the Investment Zone evaluation with the Department for Business and Trade and report back.",
         "Director of Economic Growth / Chief Finance Officer", "31/12/2025", "Green", "Scoping meeting held 2 October; draft specification in preparation."],
        ["Cabinet 23 September 2025"],
        ["NECA-A-034", "53/25", "Publish a plain-English summary of the Local Transport Plan consultation responses.\nInclude an easy-read version.",
         "Director of Transport", "November 2025", "Amber", "Summary drafted; easy-read version delayed by supplier capacity."],
        ["NECA-A-035", "55/25", "Work with the seven constituent authorities to agree a single approach to reporting housing delivery against Brownfield Housing Fund targets.",
         "Director of Housing and Land", "March 2026", "Green", "Officer working group met 8 October."],
        ["NECA-A-036", "56/25", "Provide an update on the evaluation of the Child Poverty Prevention Programme, including the results of the schools pilot.",
         "Head of Inclusive Economy; Director of Policy", "Next meeting", "Red", "Evaluation report from the university partner not yet received."],
        ["Cabinet 21 October 2025"],
        ["NECA-A-037", "61/25", "Review the risk appetite statement and bring a revised version to the Audit and Standards Committee.",
         "Chief Finance Officer", "January 2026", "Green", "Workshop with Committee members booked for December."],
        ["NECA-A-038", "63/25", "Report to Cabinet on options for integrating Metro fares with the Pop Pay As You Go cap across bus operators.",
         "Director of Transport; Managing Director (Nexus)", "Feb-26", "", ""],
        ["NECA-A-039", "64/25", "Write to the Secretary of State for Energy Security and Net Zero seeking confirmation of the region's allocation from the Warm Homes: Local Grant.",
         "Chief Executive", "30/11/2025", "Green", "Letter drafted for the Mayor's signature."],
        [],
        ["Completed actions are removed from the log once they have been reported to Cabinet."],
    ]
    text = ""
    for row in lines:
        row = row + [""] * (ncol - len(row))
        text += ",".join(csv_field(v) for v in row) + "\r\n"
    with open(out("wr-north-east-ca-cabinet-action-log.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(text)


# ---------------------------------------------------------------------------
# 5. Buckingham Town Council - internal audit action plan (tab-separated txt)
# ---------------------------------------------------------------------------
def make_buckingham():
    L = [
        "Buckingham Town Council – Internal Audit 2024/25 Action Plan",
        "Internal auditor's final report dated 9 May 2025; responses agreed by Full Council on 2 June 2025",
        "Status as at 30 September 2025",
        "",
        "Ref\tAction agreed\tResponsible\tTarget date\tStatus\tComments",
        "B. Financial regulations, governance and payments",
        "Recommendation 1: The Council should review and readopt its Financial Regulations based on the 2024 NALC model, as the current version dates from 2019.",
        "1a\tCompare the current Financial Regulations with the NALC 2024 model and draft revisions for the Finance & Governance Committee.\tRFO\tJuly 2025\tComplete\tConsidered by F&G Committee 14 July 2025.",
        "1b\tFull Council to readopt the revised Financial Regulations and publish them on the website.\tTown Clerk\tSept 2025\tComplete\tAdopted 8 September 2025 (min 112/25).",
        "C. Risk management and insurance",
        "Recommendation 2: The risk register has not been reviewed by Council since March 2023 and does not cover cyber security or the new Cemetery Lodge lease.",
        "2a\tUpdate the risk register to include cyber security, the Cemetery Lodge lease and lone working at the Community Centre.\tDeputy Town Clerk\t31/10/2025\tOn track\tDraft circulated to councillors for comment.",
        "2b\tDiarise an annual review of the risk register at the May meeting of Full Council.\tTown Clerk\tMay 2026\tNot started\t",
        "G. Payroll",
        "Recommendation 3: Payroll changes were processed without written authorisation from the Town Clerk in two instances.",
        "3a\tIntroduce a payroll amendment form to be signed by the Town Clerk and a councillor before any change is made.\tTown Clerk & RFO\tJune 2025\tComplete\tForm in use from the June payroll.",
        "H. Assets and investments",
        "Recommendation 4: The asset register does not record the street furniture and play equipment transferred from Buckinghamshire Council in 2023.",
        "4a\tCarry out a physical check of all street furniture and play equipment and add the items to the asset register with insurance values.\tAmenities Manager\tDecember 2025\tOn track\tPlay areas checked; benches and bins to be done in November.",
        "4b\tConfirm with the insurers that the transferred assets are included on the schedule of cover.\tRFO\t31/03/2026\t\tInsurer contacted 3 September.",
        "L. Publication requirements",
        "Recommendation 5: The website does not publish all the items required by the Transparency Code and the Accounts and Audit Regulations, including the notice of public rights for 2023/24.",
        "5a\tPublish the notice of the period for the exercise of public rights and AGAR Sections 1 and 2 on the website by the statutory deadline.\tTown Clerk\t30/06/2025\tComplete\tPublished 27 June 2025.",
        "5b\tAdd a transparency page listing all payments over £500 and update it every quarter.\tAdministration Officer\tOngoing\tOn track\tQ1 and Q2 2025/26 published.",
        "",
        "Status key: Complete / On track / Not started. Completed actions will be confirmed with the internal auditor at the interim visit in November 2025.",
    ]
    with open(out("wr-buckingham-town-council-internal-audit-action-plan-2024-25.txt"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(L) + "\n")


# ---------------------------------------------------------------------------
# 6. Northumberland NPA - Authority meeting action log (docx)
# ---------------------------------------------------------------------------
def make_nnpa():
    doc = Document()
    doc.add_paragraph("Northumberland National Park Authority: Authority Meeting Action Log", style="Title")
    doc.add_paragraph("Report to the Authority meeting of 24 September 2025 – Agenda item 5 (Matters arising)")
    doc.add_paragraph("The status of each action is shown by the colour of the final column:")
    key = doc.add_table(rows=3, cols=2)
    key.style = "Table Grid"
    for row, (fill, txt) in zip(key.rows, [("00B050", "Complete"), ("FFC000", "In progress"), ("FF0000", "Overdue or not started")]):
        shade(row.cells[0], fill)
        row.cells[1].text = txt
    doc.add_paragraph("")
    GREEN, AMBER, RED = "00B050", "FFC000", "FF0000"
    meetings = [
        ("Authority Meeting – 26 March 2025", [
            ("17/25", "Write to Defra setting out the impact of the 2025/26 National Park Grant settlement on the Authority’s ranger service.",
             "Chief Executive", "April 2025", "Letter sent 9 April 2025; reply from the Minister received 2 June.", GREEN),
            ("19/25", "Bring a revised Corporate Risk Register to the Audit and Performance Committee, including the risk of storm damage to woodland access routes.",
             "Head of Finance / Head of Corporate Services", "July 2025", "Considered by the Audit and Performance Committee on 15 July 2025.", GREEN),
            ("21/25", "Prepare a members’ briefing on the new duty to ‘seek to further’ National Park purposes under the Levelling-up and Regeneration Act 2023.",
             "Head of Planning", "October 2025", "Originally due June; moved to the October member development session.", AMBER),
        ]),
        ("Authority Meeting – 25 June 2025", [
            ("34/25", "Agree with Northumberland County Council a joint approach to visitor parking enforcement at Hareshaw Linn and Walltown for the summer season.",
             "Head of Park Management", "July 2025", "Joint patrols in place from 12 July.", GREEN),
            ("36/25", "Commission a condition survey of the roof at The Sill and report the estimated costs to the Authority.",
             "Head of Corporate Services", "December 2025", "Surveyor appointed; site visit booked for October.", AMBER),
            ("38/25", "Publish the Farming in Protected Landscapes annual summary on the Authority’s website.",
             "FiPL Programme Officer", "August 2025", "Not yet published – awaiting Defra sign-off of outturn figures.", RED),
            ("39/25", "Report on progress with the review of the Dark Sky Park lighting management plan, including engagement with Kielder partners.",
             "Head of Planning; Dark Skies Officer", "Next meeting", "Partner workshop held 10 September.", AMBER),
        ]),
        ("Extraordinary Authority Meeting – 23 July 2025", [
            ("45/25", "Respond to the Government consultation on National Park governance using the comments agreed at this meeting.",
             "Chief Executive", "4 August 2025", "Response submitted 1 August 2025.", GREEN),
        ]),
    ]
    for heading, acts in meetings:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1 + len(acts), cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Minute", "Action", "Officer", "Due", "Update", "Status"]):
            c.text = h
            for run in c.paragraphs[0].runs:
                run.font.bold = True
        for row, a in zip(t.rows[1:], acts):
            for c, v in zip(row.cells[:5], a[:5]):
                c.text = v
            shade(row.cells[5], a[5])
        doc.add_paragraph("")
    doc.add_paragraph("Completed actions will be removed from the log after this meeting.")
    doc.save(out("wr-northumberland-npa-authority-meeting-action-log.docx"))


# ---------------------------------------------------------------------------
# 7. Admiral Group - FCA claims handling review remediation tracker (xlsx, refuse)
# ---------------------------------------------------------------------------
def make_admiral():
    wb = Workbook()
    dc = wb.active
    dc.title = "Document control"
    dc["A1"] = "Document control"
    dc["A1"].font = Font(bold=True, size=12)
    for i, (k, v) in enumerate([
        ("Document", "FCA Claims Handling Review (2025): Remediation Action Tracker"),
        ("Owner", "Chief Claims Officer"),
        ("Approved by", "Board Risk Committee, 22 July 2025"),
        ("Version", "1.4"),
        ("Classification", "Confidential – shared with FCA Supervision"),
    ], start=3):
        dc.cell(i, 1, k).font = Font(bold=True)
        dc.cell(i, 2, v)
    dc.column_dimensions["A"].width = 16
    dc.column_dimensions["B"].width = 70

    ws = wb.create_sheet("Action tracker")
    ws["A1"] = "Admiral Group plc – UK Insurance"
    ws["A2"] = "FCA Claims Handling Review (2025): Remediation Action Tracker"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Position at 31 October 2025 – for Board Risk Committee, 20 November 2025"
    hdr = ["ID", "Remediation action", "Action owner", "Target date", "Revised target date", "RAG", "Progress update"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = solid("FF002D5A")
        c.border = BOX
    T, F = "theme", "finding"
    rows = [
        (T, "Theme 1 – Claims settlement and fair value"),
        (F, "FCA finding 1: Total loss valuations were not consistently based on the full range of recognised valuation guides, so some customers were offered less than market value."),
        ("1.1", "Update the motor total loss valuation standard to require use of at least two recognised trade guides and the higher valuation.",
         "Head of Motor Claims", "Sep-25", "", "Complete", "New standard live 1 September 2025."),
        ("1.2", "Complete a look-back of total loss settlements from 1 January 2023 and pay redress with 8% simple interest where the valuation was too low.",
         "Head of Customer Remediation", "Mar-26", "", "Green", "42% of cases reviewed; redress payments started October."),
        (F, "FCA finding 2: Customers were not always told how their settlement had been calculated."),
        ("2.1", "Issue a settlement breakdown letter showing valuation sources, deductions and how to challenge the offer.",
         "Head of Customer Communications", "Nov-25", "", "Amber", "Letter in legal review."),
        (T, "Theme 2 – Claims handling timeliness and vulnerable customers"),
        (F, "FCA finding 3: Escape of water home claims had long periods of inactivity with no proactive contact."),
        ("3.1", "Introduce a 10-day no-contact alert in the home claims workflow, escalating to team leaders.",
         "Head of Home Claims", "Jul-25", "0ct-25", "Green", "Alert built; user testing completed."),
        ("3.2", "Set a service standard for loss adjuster appointment within 5 working days and report performance monthly.",
         "Head of Home Claims; Supplier Manager", "Dec-25", "", "Green", "Adjuster panel agreed the standard."),
        (F, "FCA finding 4: Vulnerability flags recorded at first notification of loss were not carried through to later claims stages."),
        ("4.1", "Make the vulnerability flag visible on every claims screen and in supplier instructions.",
         "Head of Vulnerable Customers; Head of Claims Quality", "Dec-25", "", "Green", "Design signed off."),
        ("4.2", "Report vulnerability outcome measures to the Consumer Duty Board Champion.",
         "Consumer Duty Lead", "Monthly", "", "Green", "First report issued October."),
    ]
    r = 6
    for item in rows:
        if item[0] in (T, F):
            ws.cell(r, 1, item[1])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            c = ws.cell(r, 1)
            if item[0] == T:
                c.font = Font(bold=True, color="FFFFFFFF")
                c.fill = solid("FF00A3AD")
            else:
                c.font = Font(italic=True)
                c.alignment = WRAP
        else:
            for j, v in enumerate(item, start=1):
                c = ws.cell(r, j, v if v != "" else None)
                c.border = BOX
                c.alignment = WRAP
            ws.cell(r, 6).fill = solid(FILL[item[5]])
        r += 1
    for col, wdt in zip("ABCDEFG", [7, 60, 32, 12, 14, 11, 40]):
        ws.column_dimensions[col].width = wdt
    wb.save(out("wr-admiral-group-fca-claims-handling-remediation-tracker-typo-month-refuse.xlsx"))


if __name__ == "__main__":
    make_cruk()
    make_wycombe()
    make_ons()
    make_neca()
    make_buckingham()
    make_nnpa()
    make_admiral()
    print("built 7 files in", HERE)
