#!/usr/bin/env python3
"""Build the seven zzu- blind test files (set heldout600).

Run with the project venv python:  python zzu_make.py
Writes into the folder this script lives in.  Only files starting "zzu-" are written.
"""
import csv
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

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
GREY, DARK = "D9D9D9", "1F3864"
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def d(y, m, day):
    return dt.datetime(y, m, day)


def put(ws, row, col, value, *, bold=False, fillc=None, white=False, fmt=None, border=True, size=None):
    c = ws.cell(row=row, column=col, value=value)
    c.alignment = WRAP
    if bold or white or size:
        c.font = Font(bold=bold, color="FFFFFF" if white else None, size=size)
    if fillc:
        c.fill = fill(fillc)
    if fmt:
        c.number_format = fmt
    if border:
        c.border = BOX
    return c


# ---------------------------------------------------------------------------
# 1. sportscotland - Annual Audit Report 2024/25 action plan tracker (xlsx)
# ---------------------------------------------------------------------------
def make_sportscotland():
    name = "zzu-sportscotland-annual-audit-report-2024-25-action-plan-tracker.xlsx"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    put(cov, 1, 1, "sportscotland: Annual Audit Report 2024/25 – Action Plan Progress Tracker",
        bold=True, size=14, border=False)
    info = [
        ("Report to:", "Audit and Risk Committee"),
        ("Meeting date:", "24 February 2026"),
        ("Prepared by:", "Head of Finance and Procurement"),
        ("External auditor:", "Audit Scotland (appointed auditor 2022/23 to 2026/27)"),
    ]
    for i, (k, v) in enumerate(info, start=3):
        put(cov, i, 1, k, bold=True, border=False)
        put(cov, i, 2, v, border=False)
    put(cov, 8, 1, "Status key", bold=True, border=False)
    key = [
        ("Complete", BLUE, "Action fully implemented and evidence provided to the auditor"),
        ("On track", GREEN, "Progressing and expected to meet the agreed date"),
        ("Delayed", AMBER, "Behind the agreed date; revised date agreed with the auditor"),
        ("Overdue", RED, "Past the agreed date with no revised date agreed"),
    ]
    for i, (k, col, txt) in enumerate(key, start=9):
        put(cov, i, 1, k, fillc=col, white=(col in (BLUE, RED)))
        put(cov, i, 2, txt)
    put(cov, 14, 1, "Summary of actions", bold=True, border=False)
    summ = [("2024/25 action plan", 8), ("Prior year follow-up", 3), ("Total", 11)]
    for i, (k, v) in enumerate(summ, start=15):
        put(cov, i, 1, k, bold=(k == "Total"))
        put(cov, i, 2, v, bold=(k == "Total"))
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 70

    ws = wb.create_sheet("2024-25 Action Plan")
    put(ws, 1, 1, "Appendix 1 – 2024/25 action plan", bold=True, size=13, border=False)
    put(ws, 2, 1, "Recommendations from the 2024/25 Annual Audit Report (Audit Scotland, September 2025) "
                  "and management's agreed actions", border=False)
    heads = ["Rec no.", "Issue / risk", "Recommendation", "Action no.", "Agreed management action",
             "Responsible officer", "Agreed date", "Revised date", "Progress update – February 2026", "Status"]
    for c, h in enumerate(heads, start=1):
        put(ws, 4, c, h, bold=True, fillc=DARK, white=True)
    widths = [8, 40, 40, 9, 48, 28, 13, 13, 40, 12]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A5"

    status_fill = {"Complete": BLUE, "On track": GREEN, "Delayed": AMBER, "Overdue": RED}
    DF = "dd/mm/yyyy"
    # (band) or (rec_no, issue, recommendation, [actions])
    plan = [
        "Financial statements audit",
        ("1",
         "Fixed asset register\nThe fixed asset register was not reconciled to the general ledger during the year. "
         "Differences of £0.4 million were identified at the year end and corrected in the audited accounts.",
         "The fixed asset register should be reconciled to the general ledger on a quarterly basis, with "
         "reconciliations independently reviewed.",
         [("1.1", "Introduce a quarterly reconciliation of the fixed asset register to the general ledger, "
                  "signed off by the Finance Business Partner.",
           "Head of Finance and Procurement", d(2025, 12, 31), None,
           "Q2 and Q3 reconciliations completed and independently reviewed.", "Complete"),
          ("1.2", "Carry out a full physical verification of assets at the National Sports Training Centres "
                  "and update the register.",
           "Head of Finance and Procurement / National Centres Estates Manager", d(2026, 3, 31), None,
           "Inverclyde and Cumbrae complete; Glenmore Lodge scheduled for March.", "On track")]),
        "Wider scope: Financial sustainability",
        ("2",
         "Medium-term financial plan\nThe medium-term financial plan has not been updated since 2023 and does not "
         "set out how the projected funding gap from 2026/27 will be closed.",
         "sportscotland should refresh its medium-term financial plan, including scenario planning and the "
         "savings required to close the funding gap.",
         [("2.1", "Refresh the medium-term financial plan (2026/27 to 2030/31) with best, worst and likely "
                  "scenarios and present it to the Board.",
           "Director of Corporate Services", d(2026, 3, 31), "June 2026",
           "Delayed pending the Scottish Budget settlement; revised date agreed with the auditor.", "Delayed")]),
        "Wider scope: Vision, leadership and governance",
        ("3",
         "Board effectiveness\nThe Board has not carried out a self-assessment of its effectiveness since 2022.",
         "The Board should complete an annual effectiveness review in line with the Blueprint for Good "
         "Governance.",
         [("3.1", "Complete a Board self-assessment using the Blueprint for Good Governance survey and agree an "
                  "improvement plan.",
           "Chair / Board Secretary", d(2025, 11, 30), None,
           "Survey completed October 2025; improvement plan approved by the Board in December.", "Complete"),
          ("3.2", "Review committee terms of reference and the scheme of delegation.",
           "Board Secretary", d(2026, 1, 31), d(2026, 4, 30),
           "Drafts prepared; to be considered alongside the new Corporate Plan.", "Delayed")]),
        ("4",
         "Register of interests\nTwo Board members' register of interests entries had not been updated within "
         "one month of a change.",
         "Registers of interests should be reviewed and updated at least annually and within one month of "
         "any change.",
         [("4.1", "Issue an annual reminder to all Board members and senior staff and publish the updated "
                  "register on the website.",
           "Board Secretary", d(2025, 9, 30), None,
           "Reminder issued August 2025; two returns still outstanding.", "Overdue")]),
        "Wider scope: Use of resources to improve outcomes",
        ("5",
         "Performance reporting\nThe corporate performance report does not include targets for most outcome "
         "measures, so it is difficult to assess progress.",
         "Performance reports should include targets and trend data for each outcome measure.",
         [("5.1", "Agree targets for each measure in the Corporate Plan 2023-27 performance framework.",
           "Head of Strategy and Performance", d(2026, 3, 31), None,
           "Draft targets discussed with Directors in January.", "On track"),
          ("5.2", "Redesign the quarterly performance report to show trend data and RAG against targets.",
           "Head of Strategy and Performance; Digital Services Manager", "Q1 2026/27", None,
           "Power BI prototype built.", "On track")]),
    ]
    r = 5
    for item in plan:
        if isinstance(item, str):
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
            put(ws, r, 1, item, bold=True, fillc=GREY)
            r += 1
            continue
        rec, issue, recommendation, acts = item
        first = r
        for (ano, act, lead, agreed, revised, upd, st) in acts:
            put(ws, r, 4, ano)
            put(ws, r, 5, act)
            put(ws, r, 6, lead)
            put(ws, r, 7, agreed, fmt=DF if isinstance(agreed, dt.datetime) else None)
            put(ws, r, 8, revised, fmt=DF if isinstance(revised, dt.datetime) else None)
            put(ws, r, 9, upd)
            put(ws, r, 10, st, fillc=status_fill[st], white=(st in ("Complete", "Overdue")))
            r += 1
        put(ws, first, 1, rec)
        put(ws, first, 2, issue)
        put(ws, first, 3, recommendation)
        if r - 1 > first:
            for col in (1, 2, 3):
                ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
    r += 1
    put(ws, r, 1, "Total: 8 actions (Complete 2, On track 3, Delayed 2, Overdue 1)", bold=True, border=False)

    py = wb.create_sheet("Prior year follow-up")
    put(py, 1, 1, "Appendix 2 – Follow-up of prior year recommendations (2023/24 Annual Audit Report)",
        bold=True, size=13, border=False)
    ph = ["Ref", "Recommendation and agreed action", "Owner", "Original date", "Revised date", "Update", "Status"]
    for c, h in enumerate(ph, start=1):
        put(py, 3, c, h, bold=True, fillc=DARK, white=True)
    for i, w in enumerate([7, 60, 26, 14, 14, 45, 12], start=1):
        py.column_dimensions[get_column_letter(i)].width = w
    rows = [
        ("PY1", "ICT disaster recovery: test the ICT disaster recovery plan annually and report the results to "
                "the Audit and Risk Committee.",
         "Head of Digital and IT", "March 2025", "December 2025",
         "Test completed November 2025; results reported to this meeting.", "Complete"),
        ("PY2", "Payroll: introduce an independent check of all changes to payroll standing data.",
         "HR Manager", "September 2024", None, "Implemented; monthly check evidenced.", "Complete"),
        ("PY3", "Procurement: update the contracts register and publish it on the website.",
         "Procurement Manager", "June 2025", "March 2026",
         "Register updated; publication awaits the new website content management system.", "Delayed"),
    ]
    for i, row in enumerate(rows, start=4):
        for c, v in enumerate(row, start=1):
            if c == 7:
                put(py, i, c, v, fillc=status_fill[v], white=(v == "Complete"))
            else:
                put(py, i, c, v)
    put(py, 8, 1, "Note: prior year recommendations are removed from the tracker once reported as complete.",
        border=False)
    wb.save(os.path.join(HERE, name))


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


def cell_text(cell, text, bold=False, white=False):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        if white:
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


# ---------------------------------------------------------------------------
# 2. Arts Council of Northern Ireland - NIAO RTTCWG 2023-24 action plan (docx)
# ---------------------------------------------------------------------------
def make_acni():
    name = "zzu-arts-council-of-northern-ireland-niao-rttcwg-2023-24-action-plan.docx"
    doc = Document()
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("Arts Council of Northern Ireland", style="Title")
    doc.add_heading("NIAO Report to Those Charged with Governance 2023-24 – Management Action Plan", level=1)
    doc.add_paragraph("Audit and Risk Assurance Committee – 17 June 2025 – Paper ARAC 25/14")

    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    dc = [("Version", "Date", "Author", "Comment"),
          ("1.0", "28/02/2025", "Head of Finance", "Management responses agreed with NIAO"),
          ("1.1", "02/06/2025", "Head of Finance", "Progress update for June ARAC")]
    for i, row in enumerate(dc):
        for j, v in enumerate(row):
            cell_text(t.cell(i, j), v, bold=(i == 0))

    doc.add_paragraph("Priority ratings used by the NIAO:")
    for txt in ["Priority 1 – Significant issues for the attention of senior management which may have the "
                "potential to result in material weakness in internal control.",
                "Priority 2 – Important issues to be addressed by management in their areas of responsibility.",
                "Priority 3 – Issues of a more minor nature which represent best practice."]:
        doc.add_paragraph(txt, style="List Bullet")

    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    keyrows = [("Implemented", BLUE, "Action complete"),
               ("On track", GREEN, "Action under way and expected to meet the target date"),
               ("Partially implemented", AMBER, "Some progress; target date missed or at risk"),
               ("Not implemented", RED, "No progress and target date passed")]
    for i, (k, col, txt) in enumerate(keyrows):
        cell_text(key.cell(i, 0), k, bold=True, white=(col in (BLUE, RED)))
        shade(key.cell(i, 0), col)
        cell_text(key.cell(i, 1), txt)

    stcol = {"Implemented": BLUE, "On track": GREEN, "Partially implemented": AMBER, "Not implemented": RED}

    doc.add_heading("Section 1: 2023-24 findings", level=2)
    findings = [
        ("During our testing of 25 grant payments, three were released before the signed letter of offer had "
         "been returned by the applicant.",
         "Recommendation 1 (Priority 2): ACNI should ensure that no grant payment is released until the signed "
         "letter of offer and all pre-conditions have been received and recorded on the grants management system.",
         [("1.1", "Configure the grants management system so that a payment cannot be authorised until the signed "
                  "letter of offer is uploaded.", "Head of Finance; Head of Digital Services",
           "30 September 2025", "On track"),
          ("1.2", "Issue a reminder to all Arts Development Officers on the pre-payment checklist and include it "
                  "in the annual grants training.", "Director of Arts Development", "31 March 2025",
           "Implemented")]),
        ("Changes to supplier bank details were processed on the basis of an email request without independent "
         "verification.",
         "Recommendation 2 (Priority 2): Changes to supplier bank details should be independently verified by a "
         "call-back to a known contact before being processed.",
         [("2.1", "Introduce a documented call-back procedure for all supplier bank detail changes, with evidence "
                  "retained on file.", "Finance Manager", "Immediate", "Implemented"),
          ("2.2", "Internal Audit to test compliance with the new procedure as part of the 2025-26 audit plan.",
           "Head of Internal Audit (DfC Group Internal Audit)", "March 2026", "On track")]),
        ("The gifts and hospitality register was not reviewed by the Committee during the year.",
         "Recommendation 3 (Priority 3): The gifts and hospitality register should be reviewed by the Audit and "
         "Risk Assurance Committee annually.",
         [("3.1", "Add the gifts and hospitality register to the ARAC forward work plan for the June meeting each "
                  "year.", "Board Secretary", "June 2025", "Implemented")]),
    ]
    for finding, rec, acts in findings:
        tb = doc.add_table(rows=3 + len(acts), cols=5)
        tb.style = "Table Grid"
        a = tb.cell(0, 0).merge(tb.cell(0, 4))
        cell_text(a, "Finding: " + finding)
        b = tb.cell(1, 0).merge(tb.cell(1, 4))
        cell_text(b, rec, bold=True)
        shade(b, "DEEAF6")
        for j, h in enumerate(["Ref", "Management action", "Responsible officer", "Target date", "Status"]):
            cell_text(tb.cell(2, j), h, bold=True)
            shade(tb.cell(2, j), GREY)
        for i, (ref, act, lead, date, st) in enumerate(acts, start=3):
            for j, v in enumerate([ref, act, lead, date, st]):
                cell_text(tb.cell(i, j), v, white=(j == 4 and stcol[st] in (BLUE, RED)))
            shade(tb.cell(i, 4), stcol[st])
        doc.add_paragraph("")

    doc.add_heading("Section 2: Prior year findings (2022-23) – update", level=2)
    prior = [
        ("PY Recommendation 1 (Priority 2): ACNI should update its Anti-Fraud Policy and Fraud Response Plan, "
         "which had not been reviewed since 2018.",
         [("PY1.1", "Revise the Anti-Fraud Policy and Fraud Response Plan in line with the DoF model and submit "
                    "them to ARAC for approval.", "Head of Finance", "31 December 2024", "30 September 2025",
           "Partially implemented")]),
        ("PY Recommendation 2 (Priority 3): Capital grant files should contain evidence of post-completion "
         "monitoring visits.",
         [("PY2.1", "Develop a risk-based programme of post-completion visits for capital projects over £50,000.",
           "Capital Programme Manager", "31 March 2024", "", "Not implemented"),
          ("PY2.2", "Record visit outcomes on the grants management system.",
           "Capital Programme Manager / Arts Development Officers", "31 March 2024", "31 March 2025",
           "Implemented")]),
    ]
    nrows = 1 + sum(1 + len(a) for _, a in prior)
    tb = doc.add_table(rows=nrows, cols=6)
    tb.style = "Table Grid"
    for j, h in enumerate(["Ref", "Management action", "Responsible officer", "Original target date",
                           "Revised target date", "Status"]):
        cell_text(tb.cell(0, j), h, bold=True)
        shade(tb.cell(0, j), GREY)
    r = 1
    for rec, acts in prior:
        m = tb.cell(r, 0).merge(tb.cell(r, 5))
        cell_text(m, rec, bold=True)
        shade(m, "DEEAF6")
        r += 1
        for (ref, act, lead, orig, rev, st) in acts:
            for j, v in enumerate([ref, act, lead, orig, rev, st]):
                cell_text(tb.cell(r, j), v, white=(j == 5 and stcol[st] in (BLUE, RED)))
            shade(tb.cell(r, 5), stcol[st])
            r += 1
    doc.add_paragraph("")
    doc.add_paragraph("Summary: 8 actions – Implemented 4, On track 2, Partially implemented 1, Not implemented 1.")
    doc.add_paragraph("Prepared by: Head of Finance.  Approved by: Chief Executive (Accounting Officer).")
    doc.save(os.path.join(HERE, name))


# ---------------------------------------------------------------------------
# 3. Coed Glas Primary School - Estyn PIAP (docx)
# ---------------------------------------------------------------------------
def make_coed_glas():
    name = "zzu-coed-glas-primary-school-estyn-post-inspection-action-plan.docx"
    doc = Document()
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run("Coed Glas Primary School")
    run.bold = True
    run.font.size = Pt(18)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run("Post-Inspection Action Plan (PIAP)")
    run.bold = True
    run.font.size = Pt(14)
    doc.add_paragraph("Estyn core inspection: 7–10 October 2024.  Report published: 12 December 2024.")

    info = doc.add_table(rows=4, cols=2)
    info.style = "Table Grid"
    for i, (k, v) in enumerate([("Headteacher", "Mrs H. Lloyd"),
                                ("Chair of Governors", "Mr D. Morgan"),
                                ("Date agreed by governing body", "29 January 2025"),
                                ("Review", "Termly – Curriculum and Standards Committee")]):
        cell_text(info.cell(i, 0), k, bold=True)
        cell_text(info.cell(i, 1), v)

    doc.add_paragraph("")
    doc.add_paragraph("RAG key")
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for i, (col, txt) in enumerate([(RED, "Not started / significant concern"),
                                    (AMBER, "Started – some slippage"),
                                    (GREEN, "On track"),
                                    (BLUE, "Completed and embedded")]):
        shade(key.cell(i, 0), col)
        cell_text(key.cell(i, 0), "")
        cell_text(key.cell(i, 1), txt)
    doc.add_paragraph("")
    doc.add_paragraph("The actions below address the four recommendations in Estyn's report. "
                      "Progress is RAG rated by colour in the final column.")

    recs = [
        ("R1: Improve pupils' extended writing skills across the curriculum", [
            ("1.1", "Introduce a whole-school progression in writing genres from Nursery to Year 6, linked to the "
                    "Curriculum for Wales descriptions of learning.",
             "Progression document in place and used in all classes' planning.",
             "DHT (Literacy lead)", "Spring term 2025", "HT – book scrutiny half-termly", BLUE),
            ("1.2", "Provide weekly opportunities for pupils in Years 3 to 6 to write at length in science, "
                    "humanities and expressive arts.",
             "Book scrutiny shows extended writing in at least two AoLEs each half term.",
             "Class teachers / AoLE leads", "Summer term 2025", "SLT learning walks", GREEN),
            ("1.3", "Moderate samples of extended writing with cluster schools twice a year.",
             "Moderation records show consistent teacher judgements.",
             "DHT and cluster literacy co-ordinator", "Autumn term 2025", "Governor link (R1)", AMBER),
        ]),
        ("R2: Ensure that teachers' feedback helps pupils to understand how to improve their work", [
            ("2.1", "Revise the feedback and assessment policy with staff and governors, focusing on live verbal "
                    "feedback and pupil response time.",
             "Policy approved by governors and applied in all classes.",
             "HT", "By February 2025", "Curriculum and Standards Committee", BLUE),
            ("2.2", "Carry out peer lesson observations (teaching and learning triads) each half term focused on "
                    "feedback.",
             "All teachers observed and observing; pupils can explain their next steps.",
             "Assistant Headteacher (Teaching and Learning)", "February 2025 – July 2025",
             "HT – triad records", GREEN),
            ("2.3", "Train teaching assistants in questioning and feedback during group work.",
             "All TAs trained; observed practice shows effective questioning.",
             "ALNCo", "Spring term 2025", "DHT", RED),
        ]),
        ("R3: Strengthen the role of the governing body in evaluating the school's work", [
            ("3.1", "Establish governor link roles for each recommendation, with a termly learning walk and report "
                    "to the full governing body.",
             "Governors' reports show first-hand evidence of progress.",
             "Chair of Governors", "Termly", "Full governing body", GREEN),
            ("3.2", "Arrange training for governors on school self-evaluation and data, delivered by the local "
                    "authority.",
             "All governors attended; governors ask challenging questions in meetings.",
             "Clerk to the Governors / LA Governor Support", "March 2025", "Chair of Governors", BLUE),
        ]),
        ("R4: Address the site security issue raised during the inspection", [
            ("4.1", "Install a secure fob-access gate between the car park and the junior yard.",
             "Gate installed and in use; site risk assessment updated.",
             "HT / Cardiff Council Facilities Management", "October 2024", "Chair of Governors", BLUE),
        ]),
    ]
    for heading, acts in recs:
        doc.add_heading(heading, level=2)
        tb = doc.add_table(rows=1 + len(acts), cols=7)
        tb.style = "Table Grid"
        for j, h in enumerate(["No.", "Actions", "Success criteria", "Lead", "Timescale", "Monitoring", "RAG"]):
            cell_text(tb.cell(0, j), h, bold=True)
            shade(tb.cell(0, j), GREY)
        for i, (ref, act, sc, lead, ts, mon, rag) in enumerate(acts, start=1):
            for j, v in enumerate([ref, act, sc, lead, ts, mon, ""]):
                cell_text(tb.cell(i, j), v)
            shade(tb.cell(i, 6), rag)
        doc.add_paragraph("")
    doc.add_paragraph("Progress will be reported to the governing body each term and shared with the local "
                      "authority's Challenge Adviser.")
    doc.save(os.path.join(HERE, name))


# ---------------------------------------------------------------------------
# 4. Home Instead Belfast - RQIA QIP tracker (csv)
# ---------------------------------------------------------------------------
def make_home_instead():
    name = "zzu-home-instead-belfast-rqia-domiciliary-care-qip-tracker.csv"
    n = 10
    blank = [""] * n

    def line(first):
        return [first] + [""] * (n - 1)

    rows = [
        line("Home Instead Belfast – RQIA Quality Improvement Plan tracker"),
        line("Service type: Domiciliary Care Agency. Inspection: unannounced care inspection, 14 May 2025"),
        line("Registered Manager: Ms C McKeown. Last updated: 01/09/2025"),
        blank,
        ["AFI", "Regulation / Standard", "Stated", "Area for improvement", "Action ref", "Action",
         "Responsible", "To be completed by", "RAG", "Comments"],
        line("Action required to ensure compliance with The Domiciliary Care Agencies Regulations "
             "(Northern Ireland) 2007"),
        ["1", "Regulation 13 (d)", "First time",
         "The registered person shall ensure that no domiciliary care worker is supplied until a full "
         "employment history, together with a satisfactory written explanation of any gaps, has been obtained.",
         "1a", "Audit all personnel files for staff recruited since April 2024 and obtain explanations for any "
               "gaps in employment history.",
         "Registered Manager", "Immediate and ongoing", "Blue", "Audit completed 30/05/2025; 4 files updated."],
        ["", "", "", "", "1b", "Amend the recruitment checklist so that a start date cannot be confirmed until "
                               "gaps are explained and signed off.",
         "Recruitment Officer / Registered Manager", "30/06/2025", "Blue", "Checklist v3 in use."],
        ["2", "Regulation 16 (2) (a)", "First time",
         "The registered person shall ensure that each employee receives training and updates appropriate to "
         "the work they perform, specifically in relation to dysphagia and the IDDSI framework.",
         "2a", "Book all care staff onto dysphagia awareness training delivered by the Trust speech and language "
               "therapy team.",
         "Training Lead", "31 August 2025", "Amber", "78% trained; remaining sessions booked for October."],
        ["", "", "", "", "2b", "Add IDDSI competency to the induction and annual competency assessment.",
         "Training Lead; Field Care Supervisor", "30/09/2025", "Green", ""],
        line("Action required to ensure compliance with the Domiciliary Care Agencies Minimum Standards, 2021"),
        ["3", "Standard 8.10", "First time",
         "The registered person shall ensure that the agency's monthly quality monitoring reports include an "
         "action plan with timescales for any deficits identified.",
         "3a", "Use the revised monthly monitoring template with a rolling action plan section from June 2025.",
         "Registered Person", "From the date of inspection", "Blue", "Template in use since June."],
        ["4", "Standard 5.6", "Second time",
         "The registered person shall ensure that care records are signed and dated by the service user or "
         "their representative and reviewed at least annually.",
         "4a", "Complete a review of all care plans overdue for annual review, prioritising new packages.",
         "Field Care Supervisors", "31/10/2025", "Green", "62 of 140 reviews complete."],
        ["", "", "", "", "4b", "Introduce a digital signature option in the care planning app for service users "
                               "and representatives.",
         "Operations Manager", "Dec-25", "Amber", "Awaiting app update from supplier."],
        blank,
        line("Total areas for improvement: 4 (Regulations 2, Standards 2). Actions: 7"),
        line("RAG: Blue = complete, Green = on track, Amber = at risk, Red = not achieved"),
    ]
    with open(os.path.join(HERE, name), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 5. Bright Horizons Marchmont - Care Inspectorate ELC improvement plan (txt)
# ---------------------------------------------------------------------------
def make_bright_horizons():
    name = "zzu-bright-horizons-marchmont-care-inspectorate-elc-improvement-plan.txt"
    rule = "-" * 70
    text = f"""Bright Horizons Marchmont Day Nursery and Preschool – Care Inspectorate Improvement Plan
Inspection: 11 and 12 March 2025 (unannounced)    Report published: 23 April 2025
Service type: Day Care of Children    Provider: Bright Horizons Family Solutions Ltd
Plan owner: Nursery Manager    Reviewed with: Area Manager (Scotland)    Last updated: 15 September 2025

Status key: C = complete   G = on track   A = some slippage   R = not on track

{rule}
Key question 1: How good is our care, play and learning?
{rule}

Requirement 1
By 30 May 2025, the provider must ensure children's medication is managed safely and in line with current best practice guidance.

1.1 Audit all medication held in each room against signed parental consent forms and remove out-of-date items.
    Lead: Depute Manager
    Complete by: 16 May 2025
    Status: C

1.2 Introduce a monthly medication check signed by the room leader and countersigned by the depute manager.
    Lead: Room Leaders / Depute Manager
    Complete by: 30 May 2025
    Status: C

Area for improvement 1
To support children's wellbeing, the provider should ensure personal plans contain clear strategies for children who need additional support, and that these are reviewed with parents at least every six months.

1.3 Update personal plans for all children with additional support needs using the new "All About Me" template.
    Lead: Key workers; Senior Practitioner (ASN)
    Complete by: End of June 2025
    Status: C

1.4 Hold six-monthly review meetings with parents and record agreed next steps.
    Lead: Key workers
    Complete by: Ongoing
    Status: G

{rule}
Key question 2: How good is our setting?
{rule}

Area for improvement 2
The provider should ensure the outdoor area offers children daily free-flow access to a range of open-ended and natural play resources.

2.1 Replace the safety surfacing under the climbing frame and add a mud kitchen and loose parts store.
    Lead: Area Manager (Scotland)
    Complete by: August 2025
    Revised date: October 2025
    Status: A

2.2 Review the daily routine so that each room has free-flow access to the garden in the morning and afternoon.
    Lead: Nursery Manager
    Complete by: 30/06/2025
    Status: G

{rule}
Key question 4: How good is our staff team?
{rule}

Area for improvement 3
The provider should ensure that all staff have regular support and supervision, with opportunities to reflect on practice.

3.1 Put a supervision calendar in place with six-weekly one-to-ones for all practitioners.
    Lead: Nursery Manager; Depute Manager
    Complete by: June 2025
    Status: G

3.2 Arrange peer observations using the "Realising the Ambition" reflective questions.
    Lead: Senior Practitioners
    Complete by: December 2025
    Status: R

{rule}
Notes: This plan is shared with parents through the nursery app and reviewed at each staff meeting.
Key question 3 (How good is our leadership?) had no requirements or areas for improvement.
"""
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


# ---------------------------------------------------------------------------
# 6. Digital Health and Care Wales - corporate risk register (xlsx)
# ---------------------------------------------------------------------------
def make_dhcw():
    name = "zzu-digital-health-and-care-wales-corporate-risk-register-2025-26.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Corporate Risk Register"
    put(ws, 1, 1, "Digital Health and Care Wales – Corporate Risk Register", bold=True, size=14, border=False)
    put(ws, 2, 1, "Position at 30 September 2025 (Q2 2025/26) – presented to Audit and Assurance Committee, "
                  "21 October 2025", border=False)
    heads = ["Risk ref", "Risk title", "Risk description", "Executive owner", "Current score (L x I)",
             "Target score", "Trend", "Action ref", "Further action required", "Action lead", "Due date",
             "Action status"]
    for c, h in enumerate(heads, start=1):
        put(ws, 4, c, h, bold=True, fillc=DARK, white=True)
    for i, w in enumerate([11, 16, 45, 22, 12, 9, 7, 10, 50, 30, 12, 13], start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A5"
    stf = {"On track": GREEN, "Behind plan": AMBER, "Off track": RED, "Complete": BLUE}

    def score_fill(s):
        v = int(str(s).split("=")[-1])
        return RED if v >= 15 else AMBER if v >= 8 else GREEN

    DF = "dd/mm/yyyy"
    reg = [
        "Strategic Mission 1: Enabling digital transformation of health and care",
        ("DHCW0314", "Cyber security",
         "There is a risk of a successful cyber attack on national systems, caused by increasingly sophisticated "
         "threats and legacy infrastructure, resulting in loss of service and data.",
         "Chief Operating Officer", "4 x 5 = 20", "12", "↔",
         [("0314.1", "Complete migration of the remaining Windows Server 2012 estate to supported platforms.",
           "Head of Infrastructure", d(2026, 3, 31), "On track"),
          ("0314.2", "Commission an independent penetration test of the NHS Wales App and act on high-rated "
                     "findings.", "Head of Cyber Security", d(2025, 12, 31), "Complete"),
          ("0314.3", "Run a national cyber incident exercise with health boards and trusts.",
           "Head of Cyber Security / Head of Service Management", "Q4 2025/26", "Behind plan")]),
        ("DHCW0320", "Legacy systems",
         "There is a risk that the Welsh Patient Administration System cannot be supported beyond 2027, caused "
         "by delays to the replacement programme, resulting in service disruption to health boards.",
         "Chief Technology Officer", "4 x 4 = 16", "8", "↑",
         [("0320.1", "Agree a decommissioning roadmap for the Welsh PAS with Welsh Government and health boards.",
           "Chief Technology Officer", "Jan-26", "On track"),
          ("0320.2", "Secure revenue funding for dual running of the replacement patient administration system.",
           "Director of Finance", d(2025, 11, 30), "Off track")]),
        "Strategic Mission 3: Delivering high quality digital products and services",
        ("DHCW0331", "Workforce capacity",
         "There is a risk that DHCW cannot recruit and retain sufficient specialist digital staff, caused by "
         "national skills shortages and pay differentials, resulting in delays to priority programmes.",
         "Director of People and Organisational Development", "3 x 4 = 12", "6", "↓",
         [("0331.1", "Launch the graduate and apprenticeship programme for the 2025 intake.",
           "Head of Workforce", d(2025, 9, 30), "Complete"),
          ("0331.2", "Review market supplement arrangements for cyber and data engineering roles.",
           "Director of People and Organisational Development; Director of Finance", d(2026, 3, 31),
           "On track")]),
        ("DHCW0335", "Financial sustainability",
         "There is a risk that DHCW does not achieve financial balance, caused by recurrent costs of national "
         "programmes without confirmed funding, resulting in a breach of statutory financial duties.",
         "Director of Finance", "3 x 4 = 12", "8", "↔",
         [("0335.1", "Deliver the 2025/26 savings plan of £2.1m and report progress monthly to the Management "
                     "Board.", "Director of Finance", d(2026, 3, 31), "On track"),
          ("0335.2", "Agree recurrent funding for national programmes transferring from Welsh Government.",
           "Chief Executive", "Ongoing", "Behind plan")]),
    ]
    r = 5
    for item in reg:
        if isinstance(item, str):
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=12)
            put(ws, r, 1, item, bold=True, fillc=GREY)
            r += 1
            continue
        ref, title, desc, owner, cur, tgt, trend, acts = item
        first = r
        for (aref, act, lead, due, st) in acts:
            put(ws, r, 8, aref)
            put(ws, r, 9, act)
            put(ws, r, 10, lead)
            put(ws, r, 11, due, fmt=DF if isinstance(due, dt.datetime) else None)
            put(ws, r, 12, st, fillc=stf[st], white=(st in ("Complete", "Off track")))
            r += 1
        vals = [ref, title, desc, owner, cur, tgt, trend]
        for c, v in enumerate(vals, start=1):
            fc = score_fill(cur) if c == 5 else (score_fill(tgt) if c == 6 else None)
            put(ws, first, c, v, bold=(c == 2), fillc=fc)
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=c, end_row=r - 1, end_column=c)
    r += 1
    put(ws, r, 1, "Action status key: On track = green; Behind plan = amber; Off track = red; Complete = blue",
        border=False)
    put(ws, r + 1, 1, "Risk scores: 15–25 red (high); 8–12 amber (moderate); 1–6 green (low)", border=False)

    mx = wb.create_sheet("Scoring matrix")
    put(mx, 1, 1, "Risk scoring matrix (Likelihood x Impact)", bold=True, border=False)
    put(mx, 3, 1, "Likelihood \\ Impact", bold=True)
    for i in range(1, 6):
        put(mx, 3, i + 1, i, bold=True)
        put(mx, 3 + i, 1, 6 - i, bold=True)
        for j in range(1, 6):
            v = (6 - i) * j
            put(mx, 3 + i, j + 1, v, fillc=RED if v >= 15 else AMBER if v >= 8 else GREEN)
    wb.save(os.path.join(HERE, name))


# ---------------------------------------------------------------------------
# 7. NHS Education for Scotland - Board rolling action list (xlsx) - REFUSE (typo month)
# ---------------------------------------------------------------------------
def make_nes():
    name = "zzu-nhs-education-for-scotland-board-rolling-action-log-typo-month-refuse.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Board actions"
    put(ws, 1, 1, "NHS Education for Scotland", bold=True, size=14, border=False)
    put(ws, 2, 1, "Board – Rolling Action List (public)", bold=True, size=12, border=False)
    put(ws, 3, 1, "Updated for the Board meeting on 29 January 2026    Paper NES/26/04", border=False)
    heads = ["Action no.", "Meeting", "Minute ref", "Item", "Action", "Responsible", "Due date", "Status",
             "Update"]
    for c, h in enumerate(heads, start=1):
        put(ws, 5, c, h, bold=True, fillc=DARK, white=True)
    for i, w in enumerate([11, 12, 9, 28, 55, 34, 14, 12, 40], start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    DF = "dd/mm/yyyy"
    rows = [
        ("B/25/31", d(2025, 6, 26), "7b", "Chief Executive's Report",
         "Circulate a briefing on the Turas Learn accessibility improvements to Board members.",
         "Director of NES Technology Service", "Nov 2025", "Complete", "Briefing circulated 14/11/2025."),
        ("B/25/38", d(2025, 8, 14), "8a", "Risk Register",
         "Bring a deep dive on the medical training grade funding risk to a future Board development session.",
         "Director of Finance", "Dec 2025", "In progress", "Scheduled for the March 2026 development session."),
        ("B/25/40", d(2025, 8, 14), "9c", "Financial Performance Report",
         "Include a breakdown of vacancy factor savings by directorate in the Q2 report.",
         "Director of Finance", "Oct 2025", "Complete", "Included in Q2 report."),
        ("B/25/44", d(2025, 9, 25), "6", "Annual Delivery Plan 2025/26",
         "Review the RAG ratings for the Anchor Institution deliverables and report back.",
         "Director of Planning and Performance", "Jan 2026", "In progress", "On agenda, item 9a."),
        ("B/25/47", d(2025, 11, 27), "10b", "Staff Governance Committee",
         "Share the iMatter organisational action plan with Board members.",
         "Director of Workforce", "Feburary 2026", "Not started", ""),
        ("B/25/49", d(2025, 11, 27), "11", "Whistleblowing Quarterly Report",
         "Add benchmarking with other national boards to the annual whistleblowing report.",
         "Board Secretary / Whistleblowing Champion", "Jun 2026", "Not started", ""),
        ("B/25/52", d(2025, 11, 27), "12a", "Digital Strategy Refresh",
         "Arrange a Board development session on artificial intelligence in education and training.",
         "Director of NES Technology Service", "Apr 2026", "In progress", "Date being agreed with the Chair."),
    ]
    stf = {"Complete": BLUE, "In progress": AMBER, "Not started": None}
    for i, row in enumerate(rows, start=6):
        for c, v in enumerate(row, start=1):
            if c == 8:
                put(ws, i, c, v, fillc=stf[v], white=(v == "Complete"))
            else:
                put(ws, i, c, v, fmt=DF if isinstance(v, dt.datetime) else None)
    put(ws, 6 + len(rows) + 1, 1, "Completed actions are removed after they have been reported to the Board once.",
        border=False)
    wb.save(os.path.join(HERE, name))


if __name__ == "__main__":
    make_sportscotland()
    make_acni()
    make_coed_glas()
    make_home_instead()
    make_bright_horizons()
    make_dhcw()
    make_nes()
    print("built 7 files in", HERE)
