"""Build the seven ik2- blind test files (set heldout279).

Run with /work/main/.venv/bin/python ik2_make.py (from any directory).
"""
import csv
import datetime as dt
import os

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers
BLUE = "0070C0"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"
NAVY = "1F3864"
RAGFILL = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}

thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def d(y, m, day):
    return dt.datetime(y, m, day)


def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for r in p.runs:
                r.bold = True


# =================================================================== 1
# Darlington Borough Council - ASC CQC assessment improvement plan (xlsx)
def darlington():
    wb = openpyxl.Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Darlington Borough Council – Adult Social Care CQC Assessment Improvement Plan 2025-27"
    cov["A1"].font = Font(bold=True, size=14, color=NAVY)
    cov["A3"] = "Document control"
    cov["A3"].font = Font(bold=True)
    rows = [
        ("Version", "v1.3"),
        ("Date", "31/10/2025"),
        ("Owner", "Executive Director of People"),
        ("Reporting to", "Adult Social Care Improvement Board; Health and Housing Scrutiny Committee"),
        ("Review frequency", "Monthly (Board); quarterly (Scrutiny)"),
    ]
    for i, (k, v) in enumerate(rows, start=4):
        cov.cell(i, 1, k).font = Font(bold=True)
        cov.cell(i, 2, v)
    cov["A10"] = "RAG key"
    cov["A10"].font = Font(bold=True)
    key = [("B", "Complete"), ("G", "On track"), ("A", "At risk – some slippage"),
           ("R", "Off track – escalation required")]
    for i, (k, v) in enumerate(key, start=11):
        c = cov.cell(i, 1, k)
        c.fill = fill(RAGFILL[k])
        c.alignment = Alignment(horizontal="center")
        cov.cell(i, 2, v)
    cov["A16"] = ("This plan responds to the areas for improvement in the CQC local authority "
                  "assessment report and is grouped by the four CQC assessment themes.")
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 80

    # Summary sheet
    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of progress – October 2025"
    sm["A1"].font = Font(bold=True, size=12)
    hdr = ["Theme", "Actions", "Blue", "Green", "Amber", "Red"]
    for j, h in enumerate(hdr, start=1):
        c = sm.cell(3, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
    data = [
        ("Theme 1: Working with people", 3, 0, 2, 1, 0),
        ("Theme 2: Providing support", 2, 1, 0, 1, 0),
        ("Theme 3: Ensuring safety within the system", 2, 1, 0, 0, 1),
        ("Theme 4: Leadership", 2, 0, 2, 0, 0),
        ("Total", 9, 2, 4, 2, 1),
    ]
    for i, r in enumerate(data, start=4):
        for j, v in enumerate(r, start=1):
            c = sm.cell(i, j, v)
            if r[0] == "Total":
                c.font = Font(bold=True)
    sm.column_dimensions["A"].width = 45

    # Plan sheet
    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = "Adult Social Care CQC Assessment Improvement Plan – progress at 31 October 2025"
    ws["A1"].font = Font(bold=True, size=13, color=NAVY)
    ws.merge_cells("A1:I1")
    headers = ["Ref", "Area for improvement (CQC report)", "Action", "Lead(s)", "Original date",
               "Revised date", "Previous RAG", "Current RAG", "Progress update"]
    for j, h in enumerate(headers, start=1):
        c = ws.cell(3, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.alignment = WRAP
        c.border = BOX
    widths = [7, 45, 55, 30, 13, 13, 10, 10, 50]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(j)].width = w

    AFI1 = ("People told us they waited too long for a Care Act assessment, and reviews of care and "
            "support plans were not always carried out on time.")
    AFI2 = ("Unpaid carers were not consistently offered a carer's assessment, and carers' assessments "
            "were not always completed in a timely way.")
    AFI3 = ("There was limited capacity in the local market for people with complex needs, including "
            "specialist dementia nursing care, leading to some out-of-area placements.")
    AFI4 = ("Access to occupational therapy and equipment assessments was delayed, with some people "
            "waiting up to 20 weeks.")
    AFI5 = ("Safeguarding concerns were not always screened within the council's 24-hour timescale, "
            "and feedback to referrers was inconsistent.")
    AFI6 = ("Transitions for young people moving to adult services were not always planned early enough.")
    AFI7 = ("The quality assurance framework was not yet embedded, and learning from audits was not "
            "consistently shared with frontline staff.")
    AFI8 = ("Co-production with people who draw on care and support was at an early stage.")

    # (kind, payload)
    plan = [
        ("theme", "Theme 1: Working with people"),
        ("act", ["1.1", AFI1,
                 "Introduce a single waiting list triage protocol so that everyone awaiting assessment is "
                 "risk-rated within 5 working days and contacted at least every 4 weeks.",
                 "Head of Adult Social Care Operations", d(2025, 6, 30), d(2025, 9, 30), "A", "G",
                 "Protocol live from 1 September 2025; 94% of people on the waiting list risk-rated."]),
        ("act", ["1.2", None,
                 "Deliver a reviews recovery project to bring overdue annual reviews below 15% of all "
                 "people receiving long-term support.",
                 "Joanne Hutchinson & Chris Sands", d(2026, 3, 31), None, "A", "A",
                 "Overdue reviews reduced from 31% to 22%; agency reviewing team extended to March 2026."]),
        ("act", ["1.3", AFI2,
                 "Recommission the carers' support service to include delegated carers' assessments, and "
                 "launch a new carers' pathway across all locality teams.",
                 "Commissioning Manager (Carers and Prevention)", "Jan-26", None, "G", "G",
                 "Tender evaluation complete; contract award report to Cabinet in November."]),
        ("theme", "Theme 2: Providing support"),
        ("act", ["2.1", AFI3,
                 "Publish a refreshed Market Position Statement and complete a dementia nursing capacity "
                 "review with Tees Valley commissioning partners.",
                 "Head of Commissioning, Quality and Contracts", d(2025, 12, 31), None, "G", "B",
                 "Market Position Statement published July 2025; capacity review reported to the Board."]),
        ("act", ["2.2", AFI4,
                 "Introduce trusted assessor training for reablement staff and a weekly OT waiting list "
                 "clinic.",
                 "Principal Occupational Therapist / Reablement Service Manager", d(2025, 9, 30),
                 d(2026, 1, 31), "G", "A",
                 "12 trusted assessors trained; clinic delayed by OT vacancies."]),
        ("theme", "Theme 3: Ensuring safety within the system"),
        ("act", ["3.1", AFI5,
                 "Restructure the Adult Safeguarding Hub front door with a duty senior practitioner rota "
                 "and a standard outcome letter to referrers.",
                 "Head of Safeguarding Adults", d(2025, 7, 31), None, "G", "B",
                 "Complete – 97% of concerns screened within 24 hours in September."]),
        ("act", ["3.2", AFI6,
                 "Agree a joint Preparing for Adulthood protocol with Children's Services so that all young "
                 "people with likely eligible needs are known to adult services from age 14.",
                 "Assistant Director Adult Social Care; Assistant Director Children's Social Care",
                 d(2026, 3, 31), None, "A", "R",
                 "Draft protocol not yet agreed; escalated to the Joint Leadership Team."]),
        ("theme", "Theme 4: Leadership"),
        ("act", ["4.1", AFI7,
                 "Embed a monthly practice audit cycle with moderation, and publish a quarterly 'Learning "
                 "from Practice' briefing for all ASC staff.",
                 "Principal Social Worker", "Q4 2025/26", None, "G", "G",
                 "Audit cycle running since June; first briefing issued in October."]),
        ("act", ["4.2", AFI8,
                 "Establish a Making it Real board of people with lived experience to co-produce the ASC "
                 "strategy refresh.",
                 "Head of Service – Strategy and Performance", d(2025, 11, 30), None, "G", "G",
                 "Eight members recruited; first meeting held 14 October 2025."]),
    ]
    r = 4
    merge_start = None
    for kind, payload in plan:
        if kind == "theme":
            c = ws.cell(r, 1, payload)
            c.font = Font(bold=True)
            for j in range(1, 10):
                ws.cell(r, j).fill = fill(GREY)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            continue
        ref, afi, action, lead, orig, rev, prev, cur, upd = payload
        vals = [ref, afi, action, lead, orig, rev, prev, cur, upd]
        for j, v in enumerate(vals, start=1):
            c = ws.cell(r, j, v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        for j, k in ((7, prev), (8, cur)):
            ws.cell(r, j).fill = fill(RAGFILL[k])
            ws.cell(r, j).alignment = Alignment(horizontal="center", vertical="top")
        if afi is None and merge_start is not None:
            ws.merge_cells(start_row=merge_start, start_column=2, end_row=r, end_column=2)
        merge_start = r
        r += 1
    r += 1
    ws.cell(r, 1, "Note: revised dates were agreed by the ASC Improvement Board on 16 September 2025. "
                  "Actions rated Blue will be removed from the next update.")
    ws.freeze_panes = "A4"
    wb.save(out("ik2-darlington-borough-council-asc-cqc-assessment-improvement-plan.xlsx"))


# =================================================================== 2
# Brentwood Borough Council - internal audit recommendations tracker (csv)
def brentwood():
    ncol = 9
    rows = []

    def line(*cells):
        cells = list(cells) + [""] * (ncol - len(cells))
        rows.append(cells)

    line("Brentwood Borough Council – Internal Audit Recommendations Tracker")
    line("Position as at 31 October 2025 – report to Audit and Scrutiny Committee, 18 November 2025")
    line()
    line("Ref", "Recommendation", "Priority", "Agreed management action", "Responsible officer",
         "Original due date", "Revised due date", "RAG", "Management update")
    line("Payroll 2024/25 (Reasonable assurance)")
    line("PAY-01",
         "Starter and leaver forms should be authorised by the budget holder before changes are processed.",
         "Medium",
         "Payroll will reject any starter or leaver form not authorised by the budget holder, and a monthly "
         "exception report will be reviewed by the Payroll Manager.",
         "Payroll Manager", "31/03/2025", "30/09/2025", "Blue",
         "Exception report in place since August 2025; verified by Internal Audit.")
    line("PAY-02",
         "Overtime claims over £500 should be subject to secondary approval.",
         "Low",
         "Introduce secondary approval by the Head of Service for overtime claims above £500 in the HR and "
         "payroll workflow.",
         "Payroll Manager / HR Business Partner", "30/06/2025", "31/12/2025", "Amber",
         "Workflow change specified; awaiting system supplier release.")
    line("Housing Rents 2024/25 (Limited assurance)")
    line("HR-01",
         "Arrears cases should be escalated in line with the Rent Arrears Policy and the escalation "
         "evidenced on the housing system.",
         "High",
         "Refresh the escalation stages in the Rent Arrears Policy and train all income officers; team "
         "leaders to check a sample of 10 cases per officer each month.",
         "Housing Income Manager", "30/09/2025", "", "Green",
         "Policy refreshed; training delivered to 9 of 11 officers.")
    line("HR-02",
         "Former tenant arrears should be reviewed for write-off or recovery action at least annually.",
         "Medium",
         "Complete a review of all former tenant arrears over two years old and present write-off "
         "recommendations to the Director of Resources.",
         "Tim Willis; Kim Anderson", "31/12/2025", "", "Green",
         "Review 60% complete.")
    line("HR-03",
         "Reconciliations between the housing system and the general ledger should be completed monthly "
         "and independently reviewed.",
         "High",
         "Complete the monthly rent reconciliation by the 10th working day, with sign-off by the Finance "
         "Business Partner (Housing).",
         "Principal Accountant", "31/05/2025", "31/08/2025", "Red",
         "Reconciliations for April to July completed.\nIndependent sign-off still outstanding.")
    line("Cyber Security 2025/26 (Reasonable assurance)")
    line("CYB-01",
         "A formal process should be in place to remove network access for leavers on their last "
         "working day.",
         "High",
         "Automate account disablement from the leaver date held in the HR system and carry out a "
         "quarterly access review with Service Managers.",
         "ICT Infrastructure Manager", "31/12/2025", "", "Green",
         "Automation tested; go-live planned for December.")
    line("CYB-02",
         "The council should test its ICT disaster recovery plan at least annually.",
         "Medium",
         "Undertake a full disaster recovery test of critical systems and report the results to the "
         "Corporate Leadership Board.",
         "Head of ICT and Digital", "31/03/2026", "", "",
         "Test scheduled for February 2026.")
    line("Procurement and Contract Management 2024/25 (Limited assurance)")
    line("PRO-01",
         "The contracts register should be complete and published in line with the Local Government "
         "Transparency Code.",
         "Medium",
         "Update the contracts register from the finance system and publish it quarterly on the council "
         "website.",
         "Procurement Manager", "30/06/2025", "", "Blue",
         "Register published July and October 2025.")
    line()
    line("Summary: 8 recommendations reported – 2 Blue; 3 Green; 1 Amber; 1 Red; 1 not yet rated")
    line("RAG key: Blue = implemented and verified by Internal Audit; Green = on track for the agreed date; "
         "Amber = revised date agreed; Red = overdue against the revised date; blank = not yet due")
    with open(out("ik2-brentwood-bc-internal-audit-recommendations-tracker.csv"), "w",
              newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# =================================================================== 3
# Isle of Wight Council - auditor's annual report VfM recommendations (docx)
def iow():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph("Auditor's Annual Report 2023/24: Management Action Plan", style="Title")
    p = doc.add_paragraph("Isle of Wight Council – Audit and Governance Committee, 22 September 2025")
    p.runs[0].italic = True

    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Comments"]):
        c.text = h
    bold_row(t.rows[0])
    for v in [("1.0", "10/03/2025", "Strategic Manager – Business Effectiveness",
               "Management response agreed with EY"),
              ("1.1", "09/09/2025", "Strategic Manager – Business Effectiveness",
               "Progress update for Audit and Governance Committee")]:
        cells = t.add_row().cells
        for c, x in zip(cells, v):
            c.text = x

    doc.add_paragraph("Introduction", style="Heading 2")
    doc.add_paragraph(
        "Ernst & Young LLP (EY), the council's external auditor, issued its Auditor's Annual Report for "
        "2023/24 in February 2025. The report identified a significant weakness in the council's "
        "arrangements for financial sustainability and made two key recommendations and three improvement "
        "recommendations. This plan sets out the agreed management actions and progress at September 2025.")

    doc.add_paragraph("Status key", style="Heading 2")
    k = doc.add_table(rows=1, cols=2)
    k.style = "Table Grid"
    k.rows[0].cells[0].text = "Status"
    k.rows[0].cells[1].text = "Meaning"
    bold_row(k.rows[0])
    for s, m, col in [("Complete", "Action fully implemented", BLUE),
                      ("Green", "On track to meet the target date", GREEN),
                      ("Amber", "Some delay; target date at risk", AMBER),
                      ("Red", "Significant delay; target date missed", RED),
                      ("Not started", "Action not yet due to start", "FFFFFF")]:
        cells = k.add_row().cells
        cells[0].text = s
        cells[1].text = m
        shade(cells[0], col)

    sections = [
        ("Financial sustainability", [
            ("Key recommendation 1: The Council should develop a robust, fully costed savings plan to close "
             "the budget gap identified in its Medium Term Financial Strategy for 2025/26 to 2027/28, with "
             "clear ownership and monitoring of delivery.", [
                ("1.1", "Produce a fully costed savings and income programme for 2025/26 to 2027/28, with a "
                        "business case for each proposal over £100k.",
                 "Director of Finance and Section 151 Officer", "28 February 2025",
                 "Programme approved by Full Council with the 2025/26 budget.", "Complete"),
                ("1.2", "Introduce monthly savings delivery tracking at the Corporate Management Team, with "
                        "quarterly reporting to Cabinet and the Corporate Scrutiny Committee.",
                 "Sarah Mitchell / Peter Hayes", "30 June 2025",
                 "Tracker in place; Q1 report to Cabinet in July 2025.", "Complete"),
            ]),
            ("Key recommendation 2: The Council should strengthen its reserves strategy so that the general "
             "fund balance is restored to the minimum level set out in its reserves policy.", [
                ("2.1", "Revise the Reserves Policy and set a minimum general fund balance of 5% of the net "
                        "revenue budget, for approval by Full Council.",
                 "Director of Finance and Section 151 Officer", "31 July 2025",
                 "Approved by Full Council on 16 July 2025.", "Complete"),
                ("2.2", "Set out a five-year plan to rebuild reserves in the 2026/27 Medium Term Financial "
                        "Strategy.",
                 "Director of Finance and Section 151 Officer", "February 2026",
                 "Modelling under way as part of 2026/27 budget setting.", "Green"),
            ]),
        ]),
        ("Governance", [
            ("Improvement recommendation 3: The Council should ensure that its Annual Governance Statement "
             "action plan is monitored by the Audit and Governance Committee at least twice a year.", [
                ("3.1", "Report progress on the Annual Governance Statement action plan to the Audit and "
                        "Governance Committee in September and March each year.",
                 "Monitoring Officer", "Ongoing – twice yearly",
                 "First report presented to this meeting.", "Green"),
            ]),
            ("Improvement recommendation 4: The Council should review its arrangements for overseeing its "
             "companies and other group entities, including member training on shareholder "
             "responsibilities.", [
                ("4.1", "Establish a Shareholder Committee with terms of reference covering all "
                        "council-owned companies.",
                 "Strategic Manager – Legal and Democratic Services", "31 December 2025",
                 "Terms of reference drafted; constitutional change needs Full Council approval.", "Amber"),
                ("4.2", "Deliver shareholder and company governance training for all members of the "
                        "Shareholder Committee.",
                 "Strategic Manager – Legal and Democratic Services", "March 2026",
                 "Dependent on action 4.1.", "Not started"),
            ]),
        ]),
        ("Improving economy, efficiency and effectiveness", [
            ("Improvement recommendation 5: The Council should improve the quality of its performance "
             "reporting so that members can see progress against the Corporate Plan priorities and "
             "compare performance with similar councils.", [
                ("5.1", "Redesign the quarterly performance report to include Corporate Plan key performance "
                        "indicators, targets, trends and CIPFA nearest-neighbour benchmarking.",
                 "Strategic Manager – Business Effectiveness", "Q3 2025/26",
                 "New format trialled for the Q1 report.", "Green"),
                ("5.2", "Launch a members' performance dashboard on the intranet.",
                 "Head of ICT and Digital / Strategic Manager – Business Effectiveness", "30 September 2025",
                 "Dashboard build paused while the data warehouse is migrated.", "Red"),
            ]),
        ]),
    ]
    statcol = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED, "Not started": "FFFFFF"}
    for sec, recs in sections:
        doc.add_paragraph(sec, style="Heading 1")
        for rec, acts in recs:
            rp = doc.add_paragraph(rec)
            rp.runs[0].bold = True
            t = doc.add_table(rows=1, cols=6)
            t.style = "Table Grid"
            for c, h in zip(t.rows[0].cells, ["Ref", "Agreed action", "Responsible officer", "Target date",
                                               "Progress at September 2025", "Status"]):
                c.text = h
                shade(c, "D9E2F3")
            bold_row(t.rows[0])
            for a in acts:
                cells = t.add_row().cells
                for c, x in zip(cells, a):
                    c.text = x
                shade(cells[5], statcol[a[5]])
            doc.add_paragraph("")

    doc.add_paragraph("Approval", style="Heading 2")
    s = doc.add_table(rows=1, cols=3)
    s.style = "Table Grid"
    for c, h in zip(s.rows[0].cells, ["Approved by", "Role", "Date"]):
        c.text = h
    bold_row(s.rows[0])
    cells = s.add_row().cells
    for c, x in zip(cells, ["Corporate Management Team", "Officer sign-off", "02/09/2025"]):
        c.text = x
    doc.save(out("ik2-isle-of-wight-council-auditors-annual-report-vfm-recommendations-action-plan.docx"))


# =================================================================== 4
# North West Leicestershire DC - RSH consumer standards housing improvement plan (xlsx)
def nwldc():
    wb = openpyxl.Workbook()
    ks = wb.active
    ks.title = "Key & Summary"
    ks["A1"] = "Housing Improvement Plan – Consumer Standards"
    ks["A1"].font = Font(bold=True, size=14)
    ks["A2"] = "North West Leicestershire District Council | Housing Services"
    ks["A3"] = "Position at 30 September 2025 – Cabinet 21 October 2025"
    ks["A5"] = "RAG key (colour of the RAG cell on each standard's sheet)"
    ks["A5"].font = Font(bold=True)
    key = [(BLUE, "Complete"), (GREEN, "On track"), (AMBER, "Some slippage – recovery plan in place"),
           (RED, "Off track"), (None, "No colour – not yet started")]
    for i, (col, txt) in enumerate(key, start=6):
        c = ks.cell(i, 1)
        if col:
            c.fill = fill(col)
        c.border = BOX
        ks.cell(i, 2, txt)
    ks["A12"] = "Summary"
    ks["A12"].font = Font(bold=True)
    summ = [("Standard", "Actions", "Complete", "On track", "Slippage", "Off track", "Not started"),
            ("Safety and Quality Standard", 5, 1, 2, 1, 0, 1),
            ("Transparency, Influence and Accountability Standard", 2, 0, 1, 0, 1, 0),
            ("Tenancy Standard", 1, 0, 1, 0, 0, 0),
            ("Total", 8, 1, 4, 1, 1, 1)]
    for i, rr in enumerate(summ, start=13):
        for j, v in enumerate(rr, start=1):
            c = ks.cell(i, j, v)
            if i == 13 or rr[0] == "Total":
                c.font = Font(bold=True)
    ks.column_dimensions["A"].width = 50
    ks.column_dimensions["B"].width = 40

    def sheet(name, standard, groups):
        ws = wb.create_sheet(name)
        ws["A1"] = standard
        ws["A1"].font = Font(bold=True, size=13, color="FFFFFF")
        ws["A1"].fill = fill("375623")
        ws.merge_cells("A1:F1")
        hdr = ["Ref", "Action", "Lead", "Target date", "RAG", "Evidence / update"]
        for j, h in enumerate(hdr, start=1):
            c = ws.cell(3, j, h)
            c.font = Font(bold=True)
            c.fill = fill("E2EFDA")
            c.border = BOX
        for j, w in enumerate([9, 60, 32, 13, 7, 50], start=1):
            ws.column_dimensions[openpyxl.utils.get_column_letter(j)].width = w
        r = 4
        for gtitle, acts in groups:
            c = ws.cell(r, 1, gtitle)
            c.font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            r += 1
            for ref, action, lead, date, rag, upd in acts:
                for j, v in enumerate([ref, action, lead, date, None, upd], start=1):
                    c = ws.cell(r, j, v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                if rag:
                    ws.cell(r, 5).fill = fill(rag)
                r += 1

    sheet("Safety and Quality", "Safety and Quality Standard", [
        ("1. Stock condition data", [
            ("SQ1.1", "Commission a 100% stock condition survey of all 4,200 council homes, prioritising "
                      "homes without a survey since 2019.",
             "Housing Asset Manager", d(2026, 3, 31), GREEN, "2,310 surveys completed (55%)."),
            ("SQ1.2", "Load the survey data into the asset management system.\nValidate the data against "
                      "the Decent Homes Standard and report non-decency levels to Cabinet.",
             "Housing Asset Manager & Compliance Manager", "Jun-26", None,
             "Not started – dependent on SQ1.1."),
        ]),
        ("2. Health and safety compliance (fire, gas, electrical, water, asbestos, lifts)", [
            ("SQ2.1", "Clear all overdue high-risk fire risk assessment actions in sheltered schemes and "
                      "blocks of flats with communal areas.",
             "Compliance Manager", d(2025, 12, 31), AMBER,
             "146 of 212 overdue actions closed; contractor capacity increased from October."),
            ("SQ2.2", "Complete electrical installation condition reports (EICRs) for all homes without a "
                      "certificate dated within the last five years.",
             "Compliance Manager", d(2025, 9, 30), BLUE, "Complete – 100% compliance reported in September."),
        ]),
        ("3. Damp and mould", [
            ("SQ3.1", "Introduce damp and mould triage so that every report is inspected within 10 working "
                      "days, in readiness for Awaab's Law.",
             "Head of Housing", d(2025, 10, 31), GREEN, "Triage live; average time to inspect 7 days."),
        ]),
    ])
    sheet("TIA", "Transparency, Influence and Accountability Standard", [
        ("4. Tenant Satisfaction Measures", [
            ("TIA4.1", "Publish the 2024/25 Tenant Satisfaction Measures results with a tenant-friendly "
                       "summary in the tenants' newsletter.",
             "Tenant Involvement Officer", d(2025, 11, 30), GREEN, "Results submitted to RSH in June."),
        ]),
        ("5. Complaints", [
            ("TIA5.1", "Complete the annual self-assessment against the Housing Ombudsman Complaint Handling "
                       "Code and report it to Cabinet and the Tenants' Scrutiny Panel.",
             "Customer Services Team Manager / Head of Housing", d(2025, 6, 30), RED,
             "Self-assessment drafted; Cabinet date moved twice."),
        ]),
    ])
    sheet("Tenancy", "Tenancy Standard", [
        ("6. Tenancy audits", [
            ("TEN6.1", "Restart tenancy audits so that every tenant is visited at least once every five years, "
                       "starting with tenants not visited since 2020.",
             "Tenancy and Estates Manager", "Ongoing", GREEN, "420 audits completed since April."),
        ]),
    ])
    wb.save(out("ik2-north-west-leicestershire-dc-rsh-consumer-standards-housing-improvement-plan.xlsx"))


# =================================================================== 5
# Leicestershire Fire and Rescue Service - HMICFRS AFI improvement plan (txt, tab separated)
def lfrs():
    L = []

    def row(*cells):
        L.append("\t".join(cells))

    L.append("Leicestershire Fire and Rescue Service – HMICFRS Inspection 2023-25: Areas for Improvement "
             "Action Plan")
    L.append("Progress update for the Corporate Governance Committee – 19 November 2025")
    L.append("")
    row("Area for improvement", "Ref", "Action", "Owner", "Due", "RAG", "Progress update")
    L.append("Effectiveness")
    row("AFI 1 – The service should make sure it quality assures its prevention activity, so staff carry out "
        "home safety checks to an appropriate standard.",
        "1a", "Introduce a quality assurance framework for home safety checks, with a 5% sample of visits "
              "audited each quarter by Community Safety team leaders.",
        "Head of Community Safety", "Mar-25", "Complete", "Framework in place since March; Q1 and Q2 audits done.")
    row("", "1b", "Add a customer feedback survey to all home safety checks and report the results to the "
                  "Service Management Team.",
        "Head of Community Safety", "Dec-25", "G", "Survey live on tablets; first report due December.")
    row("AFI 2 – The service should make sure it has an effective system for learning from operational "
        "incidents and debriefs to improve response and incident command.",
        "2a", "Replace the paper debrief process with an electronic debrief system linked to the operational "
              "learning database.",
        "AM Response / GM Operational Assurance", "Jun-25", "A", "Supplier delay; system in test.")
    row("", "2b", "Publish a quarterly operational learning bulletin for all operational staff.",
        "GM Operational Assurance", "Quarterly", "G", "Bulletins issued in April, July and October.")
    L.append("Efficiency")
    row("AFI 3 – The service should make sure it effectively monitors, reviews and evaluates the benefits and "
        "outcomes of any collaborative activity.",
        "3a", "Develop a collaboration benefits register and evaluate each collaboration agreement annually, "
              "reporting the outcomes to the Combined Fire Authority.",
        "Head of Corporate Planning", "Dec-25", "A", "Register drafted; 3 of 7 evaluations complete.")
    L.append("People")
    row("AFI 4 – The service should assure itself that staff understand how to identify and report "
        "inappropriate behaviour, and are confident to do so.",
        "4a", "Launch an independent confidential reporting line for staff, with quarterly themes reported to "
              "the People Committee.",
        "Head of HR; Head of Equality, Diversity and Inclusion", "Apr-25", "Complete",
        "Line launched 1 April 2025.")
    row("", "4b", "Deliver 'Standards of Behaviour' workshops to all supervisory and middle managers.",
        "Head of Organisational Development", "Mar-26", "R",
        "Workshops paused while aligning with the values and culture actions;")
    row("", "", "", "", "", "", "rescheduled sessions start January 2026 – 38% of managers attended to date.")
    row("AFI 5 – The service should make sure its workforce plan takes full account of the skills and "
        "capabilities it needs to carry out its community risk management plan.",
        "5a", "Refresh the Strategic Workforce Plan 2025-28 to align with the Community Risk Management Plan.",
        "Head of HR", "Jul-25", "Complete", "Approved by the Combined Fire Authority in July 2025.")
    row("", "5b", "Introduce succession plans for all station and group manager roles.",
        "Head of HR", "Jun-26", "Not started", "")
    L.append("")
    L.append("RAG key: Complete = action delivered; G = on track; A = at risk of missing the due date; "
             "R = overdue or will miss the due date")
    L.append("Summary: 9 actions – 3 Complete, 2 G, 2 A, 1 R, 1 Not started")
    with open(out("ik2-leicestershire-fire-rescue-service-hmicfrs-afi-improvement-plan.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")


# =================================================================== 6
# Flintshire County Council - CIW adult services performance evaluation inspection action plan (docx)
def flintshire():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    h = doc.add_paragraph("Adult Services Performance Evaluation Inspection – Action Plan", style="Title")
    doc.add_paragraph("Flintshire County Council Social Services")
    doc.add_paragraph("Inspection by Care Inspectorate Wales (CIW), June 2024; report published September 2024. "
                      "Action plan updated October 2025 for the Social and Health Care Overview and "
                      "Scrutiny Committee.")
    doc.add_paragraph(
        "CIW's findings are reported under the four principles of the Social Services and Well-being "
        "(Wales) Act 2014. The actions below respond to each area for improvement in the inspection report. "
        "Progress is shown by the colour of the RAG cell.")

    doc.add_paragraph("RAG key", style="Heading 2")
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for col, txt in [(BLUE, "Complete"), (GREEN, "On track"), (AMBER, "Some risk to delivery"),
                     (RED, "Not on track"), ("FFFFFF", "Not started")]:
        cells = k.add_row().cells
        shade(cells[0], col)
        cells[1].text = txt

    principles = [
        ("People – voice and control", [
            ("The local authority should ensure that people's personal outcomes are consistently recorded in "
             "assessments and care and support plans, in their own words.", [
                ("1.1", "Relaunch 'What Matters' outcome-focused practice training for all social workers and "
                        "social care officers.", "Workforce Development Manager", "31 March 2025", BLUE,
                 "Training delivered to 142 staff."),
                ("1.2", "Introduce a monthly case file audit tool that checks whether personal outcomes are "
                        "recorded in the person's own words.", "Service Manager – Localities / Practice Lead",
                 "December 2025", GREEN, "Tool piloted in two locality teams."),
            ]),
            ("The local authority should ensure that the Welsh language 'Active Offer' is consistently made "
             "and recorded.", [
                ("1.3", "Add a mandatory Active Offer field to the WCCIS contact and assessment forms and "
                        "report compliance quarterly.", "Information Systems Manager", "31/01/2026", AMBER,
                 "Form change requested; regional WCCIS release schedule awaited."),
            ]),
        ]),
        ("Prevention", [
            ("The local authority should reduce waiting times for carers' needs assessments and make sure "
             "carers are offered an assessment at first contact.", [
                ("2.1", "Commission NEWCIS to complete carers' needs assessments on behalf of the council "
                        "under a revised service level agreement.", "Commissioning Manager", "April 2025",
                 BLUE, "Revised agreement in place from 1 April 2025."),
                ("2.2", "Include the offer of a carer's assessment in the Single Point of Access contact "
                        "script.", "Single Point of Access Team Manager", "By end of December 2025", GREEN,
                 "Script drafted with carers' reference group."),
            ]),
        ]),
        ("Partnerships and integration", [
            ("The local authority and the health board should strengthen joint working to reduce delays in "
             "hospital discharge for people awaiting domiciliary care.", [
                ("3.1", "Agree a joint discharge to recover then assess pathway with Betsi Cadwaladr "
                        "University Health Board and monitor delayed discharges weekly.",
                 "Senior Manager Integrated Services / BCUHB Area Director East", "Ongoing", AMBER,
                 "Pathway agreed; weekly monitoring started. Delays remain above target."),
            ]),
        ]),
        ("Well-being", [
            ("The local authority should ensure that adult safeguarding enquiries are completed within "
             "statutory timescales and that outcomes are shared with the adult at risk.", [
                ("4.1", "Recruit two additional Designated Lead Managers to the Safeguarding Unit and "
                        "introduce weekly monitoring of the seven-day enquiry timescale.",
                 "Senior Manager – Safeguarding and Commissioning", "30/09/2025", RED,
                 "One post filled; second post out to advert again."),
                ("4.2", "Send an outcome letter in an accessible format to every adult at risk at the close of "
                        "each enquiry.", "Safeguarding Manager", "March 2026", None,
                 "Letter templates being co-produced."),
            ]),
        ]),
    ]
    for pname, afis in principles:
        doc.add_paragraph(pname, style="Heading 2")
        t = doc.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        for c, hh in zip(t.rows[0].cells, ["No.", "Area for improvement", "Action", "Lead officer",
                                            "Timescale", "RAG", "Progress"]):
            c.text = hh
            shade(c, "BDD7EE")
        bold_row(t.rows[0])
        for afi, acts in afis:
            first = None
            for i, (ref, act, lead, when, col, prog) in enumerate(acts):
                cells = t.add_row().cells
                cells[0].text = ref
                if i == 0:
                    cells[1].text = afi
                    first = cells[1]
                cells[2].text = act
                cells[3].text = lead
                cells[4].text = when
                if col:
                    shade(cells[5], col)
                cells[6].text = prog
                if i > 0:
                    first = first.merge(cells[1])
        doc.add_paragraph("")

    doc.add_paragraph("Version control", style="Heading 2")
    v = doc.add_table(rows=1, cols=3)
    v.style = "Table Grid"
    for c, hh in zip(v.rows[0].cells, ["Version", "Date", "Change"]):
        c.text = hh
    bold_row(v.rows[0])
    for row in [("1.0", "November 2024", "Plan submitted to CIW"),
                ("1.4", "October 2025", "Progress update")]:
        cells = v.add_row().cells
        for c, x in zip(cells, row):
            c.text = x
    doc.save(out("ik2-flintshire-county-council-ciw-adult-services-performance-evaluation-action-plan.docx"))


# =================================================================== 7
# Sevenoaks DC - strategic risk register Q3 2025/26 with a mistyped month (xlsx, refuse)
def sevenoaks():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Strategic Risk Register"
    ws["A1"] = "Sevenoaks District Council – Strategic Risk Register"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Quarter 3 2025/26 (position at 31 December 2025) – Audit Committee, 27 January 2026"
    hdr = ["Ref", "Risk / further action", "Risk owner / action owner", "Inherent score",
           "Residual score", "Direction of travel", "Target date", "Action status"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("305496")
        c.alignment = WRAP
    for j, w in enumerate([9, 70, 34, 10, 10, 12, 15, 14], start=1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(j)].width = w
    risks = [
        ("SR01", "Financial sustainability – the council is unable to deliver a balanced budget over the "
                 "10-year financial plan because of reduced government funding and rising demand.",
         "Deputy Chief Executive and Chief Officer – Finance and Trading", 20, 12, "↔", [
            ("SR01.1", "Deliver the 2026/27 savings and income proposals agreed through the budget process.",
             "Head of Finance", "March 2026", "On track"),
            ("SR01.2", "Review the property investment strategy and report options to Cabinet.",
             "Head of Property and Commercial", "Febuary 2026", "On track"),
        ]),
        ("SR02", "Local government reorganisation – the transition to a new unitary council in Kent disrupts "
                 "service delivery and staff retention.",
         "Chief Executive", 16, 12, "↑", [
            ("SR02.1", "Establish an LGR programme board with dedicated programme management resource.",
             "Strategic Head of Corporate Services", "31/01/2026", "Complete"),
            ("SR02.2", "Agree a staff engagement and retention plan for the transition period.",
             "HR Manager", "June 2026", "On track"),
        ]),
        ("SR03", "Cyber security – a successful cyber attack results in loss of systems, data and the "
                 "ability to deliver services.",
         "Chief Officer – People and Places", 20, 10, "↔", [
            ("SR03.1", "Complete the annual IT health check and remediate critical vulnerabilities.",
             "Head of IT and Digital", "April 2026", "On track"),
            ("SR03.2", "Run a cyber incident exercise with the Corporate Management Team.",
             "Emergency Planning Officer", "May 2026", "Not started"),
        ]),
        ("SR04", "Housing and homelessness – demand for temporary accommodation exceeds supply and budget.",
         "Chief Officer – Planning and Regulatory Services", 16, 16, "↑", [
            ("SR04.1", "Acquire a further 12 units of council-owned temporary accommodation through the council's "
                       "housing company.",
             "Head of Housing", "September 2026", "Behind schedule"),
            ("SR04.2", "Refresh the Homelessness and Rough Sleeping Strategy action plan.",
             "Housing Strategy Manager", "March 2026", "On track"),
        ]),
    ]
    r = 5
    for ref, risk, owner, inh, res, dot, acts in risks:
        vals = [ref, risk, owner, inh, res, dot, None, None]
        for j, v in enumerate(vals, start=1):
            c = ws.cell(r, j, v)
            c.font = Font(bold=True)
            c.fill = fill("DDEBF7")
            c.alignment = WRAP
        r += 1
        for aref, act, aown, when, stat in acts:
            for j, v in enumerate([aref, act, aown, None, None, None, when, stat], start=1):
                c = ws.cell(r, j, v)
                c.alignment = WRAP
            r += 1
    r += 1
    ws.cell(r, 1, "Scores are likelihood x impact on a 5 x 5 matrix (see Scoring sheet). Direction of travel "
                  "compares the residual score with Quarter 2.")
    sc = wb.create_sheet("Scoring")
    sc["A1"] = "Risk scoring matrix"
    sc["A1"].font = Font(bold=True)
    sc["A3"] = "Score"
    sc["B3"] = "Rating"
    for i, (s, rt, col) in enumerate([("15-25", "High", RED), ("8-12", "Medium", AMBER),
                                       ("1-6", "Low", GREEN)], start=4):
        sc.cell(i, 1, s)
        c = sc.cell(i, 2, rt)
        c.fill = fill(col)
    wb.save(out("ik2-sevenoaks-dc-strategic-risk-register-q3-2025-26-typo-month-refuse.xlsx"))


if __name__ == "__main__":
    darlington()
    brentwood()
    iow()
    nwldc()
    lfrs()
    flintshire()
    sevenoaks()
    print("built 7 files in", HERE)
