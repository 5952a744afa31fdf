"""Generator for blind cases a1-* (heldout12).

Each case is written together with its expected reading.  The expected reading
is stated explicitly per row (not derived by parsing the displayed cells).
Run with: /work/main/.venv/bin/python a1_make.py
"""
import csv
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


def write_yaml(name, data):
    path = out(name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(data, f, sort_keys=False, allow_unicode=True, width=1000)
    with open(path, encoding="utf-8") as f:
        yaml.safe_load(f)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for r in p.runs:
                r.bold = True


# ---------------------------------------------------------------------------
# 1. ILACS improvement plan (docx): recommendation rows merged across the table
# ---------------------------------------------------------------------------
def ilacs_docx():
    name = "a1-ilacs-improvement-plan.docx"
    title = "Children's Services Improvement Plan 2024–2025"
    recs = [
        ("The quality and consistency of supervision for social workers, so that it provides reflective challenge and clear direction.", [
            ("1.1", "Revise the supervision policy and templates to include reflective discussion and clear actions.",
             "Principal Social Worker", ["Principal Social Worker"], "31/05/2024", "2024-05", None, "Complete", "blue",
             "New policy launched 3 June 2024."),
            ("1.2", "Deliver supervision training to all team managers and advanced practitioners.",
             "AB / CD", ["AB", "CD"], "September 2024", "2024-09", None, "G", "green",
             "4 of 6 cohorts trained."),
            ("1.3", "Audit 10% of supervision records each quarter and report findings to the Practice Improvement Board.",
             "Head of Quality Assurance", ["Head of Quality Assurance"], "Quarterly", None, "Quarterly", "A", "amber",
             "Q1 audit delayed by staff absence; now scheduled for August."),
        ]),
        ("Management oversight of children in need plans, so that drift and delay are identified and addressed.", [
            ("2.1", "Introduce monthly CIN performance clinics chaired by the Service Manager.",
             "Service Manager (CIN/CP)", ["Service Manager (CIN/CP)"], "Jul-24", "2024-07", None, "G", "green",
             "First two clinics held."),
            ("2.2", "Review all CIN plans open longer than 9 months.\nEscalate cases with no progress to the Head of Service.",
             "JM", ["JM"], "Sept 2024 – Dec 2024", "2024-12", None, "A", "amber",
             "112 plans identified; 40 reviewed."),
            ("2.3", "Update the CIN practice standards and publish them on the procedures site.",
             "Head of Service / Principal Social Worker", ["Head of Service", "Principal Social Worker"],
             "Q3 2024/25", "2024-12", None, "Not started", "unrated", ""),
        ]),
        ("The timeliness of initial health assessments for children coming into care.", [
            ("3.1", "Agree a joint escalation protocol with the ICB for overdue initial health assessments.",
             "Director of Children's Social Care", ["Director of Children's Social Care"], "By 30 June 2024", "2024-06",
             None, "Complete", "blue", "Protocol signed off at the Health and Wellbeing Board."),
            ("3.2", "Track IHA requests weekly with the looked after children health team.",
             "KP & LT", ["KP", "LT"], "Ongoing", None, "Ongoing", "G", "green", "Weekly tracker in place."),
            ("3.3", "Report IHA timeliness to the Corporate Parenting Board.",
             "Head of Children in Care", ["Head of Children in Care"], "Oct 2024", "2024-10", None, "R", "red",
             "Data not yet available from the health provider."),
        ]),
        ("The range of suitable accommodation available to care leavers.", [
            ("4.1", "Commission 12 additional supported lodgings placements.",
             "Commissioning Manager", ["Commissioning Manager"], "March 2025", "2025-03", None, "A", "amber",
             "Tender published; 5 providers expressed interest."),
            ("4.2", "Ensure every care leaver aged 17½ has a housing pathway plan.",
             "Leaving Care Team Manager", ["Leaving Care Team Manager"], "31/01/2025", "2025-01", None, "G", "green",
             "78% have a plan."),
        ]),
    ]
    doc = Document()
    doc.add_heading(title, level=1)
    doc.add_paragraph("Response to the Ofsted inspection of local authority children's services (ILACS), 12–23 February 2024.")
    doc.add_paragraph("This plan sets out the actions we will take in response to the four recommendations made by "
                      "inspectors. Progress is reported monthly to the Practice Improvement Board.")
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead", "Target date", "RAG", "Progress update"]):
        c.text = h
    bold_row(t.rows[0])
    fills = {"G": "00B050", "A": "FFC000", "R": "FF0000", "Complete": "0070C0"}
    actions = []
    for rec, rows in recs:
        r = t.add_row()
        m = r.cells[0].merge(r.cells[5])
        m.text = rec
        bold_row(r)
        shade(m, "D9E2F3")
        for ref, action, lead_txt, lead, end_txt, end, end_words, rag_txt, status, prog in rows:
            r = t.add_row()
            for c, v in zip(r.cells, [ref, action, lead_txt, end_txt, rag_txt, prog]):
                c.text = v
            if rag_txt in fills:
                shade(r.cells[4], fills[rag_txt])
            actions.append(act(ref, [rec], action, lead, end, status, end_words))
    doc.add_paragraph("RAG key: Complete = action completed; G = on track; A = some slippage, recovery plan in place; "
                      "R = off track; Not started = not yet due to start.")
    doc.add_paragraph("Progress updates as at 31 July 2024.")
    doc.save(out(name))
    write_yaml(name, {
        "source": "Imitates a typical English county council ILACS post-inspection improvement plan (no single URL); "
                  "copies the common layout of a heading, intro lines, one Word table with each recommendation as a "
                  "shaded row merged across the table, numbered actions under it, lead initials or job titles, "
                  "mixed council date styles, RAG letters with cell fill, and a key and 'as at' note under the table.",
        "reads": "An ILACS improvement plan with four inspection recommendations, each a merged row, followed by "
                 "numbered actions with lead, target date, RAG and a progress update. Eleven actions in all.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# 2. SEND Written Statement of Action (docx): doc control table, vertically
#    merged area column, RAG by fill colour only, key table where green = done
# ---------------------------------------------------------------------------
def send_docx():
    name = "a1-send-written-statement-of-action.docx"
    title = "Local Area SEND Written Statement of Action (WSOA)"
    GREEN, AMBER, RED = "92D050", "FFC000", "FF0000"
    # key in the document: Green = completed (no blue) -> green fill reads blue
    fill_status = {GREEN: "blue", AMBER: "amber", RED: "red", None: "unrated"}
    areas = [
        ("The timeliness and quality of Education, Health and Care (EHC) plans", [
            ("1a", "Recruit four additional EHC plan coordinators to reduce caseloads.",
             "Head of SEND", ["Head of SEND"], "April 2024", "2024-04", None, GREEN),
            ("1b", "Implement a multi-agency quality assurance framework for new EHC plans, with a monthly audit.",
             "SEND QA Lead; Designated Clinical Officer", ["SEND QA Lead", "Designated Clinical Officer"],
             "Jun-24", "2024-06", None, AMBER),
            ("1c", "Issue guidance to health and social care colleagues on returning advice within 6 weeks.",
             "DCO", ["DCO"], "31/05/2024", "2024-05", None, GREEN),
            ("1d", "Report 20-week timeliness to the SEND Partnership Board.",
             "Head of SEND", ["Head of SEND"], "Monthly", None, "Monthly", AMBER),
        ]),
        ("Waiting times for neurodevelopmental assessment (autism and ADHD)", [
            ("2a", "Commission additional assessment capacity from an independent provider to clear the backlog.",
             "ICB Head of Children's Commissioning", ["ICB Head of Children's Commissioning"],
             "Q2 2024/25", "2024-09", None, RED),
            ("2b", "Introduce a 'waiting well' offer for families, including parent workshops.",
             "Parent Carer Forum / Designated Clinical Officer", ["Parent Carer Forum", "Designated Clinical Officer"],
             "Autumn term 2024", "2024-12", None, AMBER),
            ("2c", "Publish waiting times on the Local Offer each quarter.",
             "Local Offer Officer", ["Local Offer Officer"], "Jan 2025", "2025-01", None, None),
        ]),
        ("Co-production with parents and carers", [
            ("3a", "Co-produce a revised Local Offer website with the Parent Carer Forum.",
             "Local Offer Officer", ["Local Offer Officer"], "Summer term 2025", "2025-07", None, None),
            ("3b", "Hold termly 'You said, we did' events for families.",
             "Head of SEND", ["Head of SEND"], "Termly", None, "Termly", AMBER),
            ("3c", "Establish a young people's SEND advisory group.\nTerms of reference agreed by the Partnership Board.",
             "Participation Officer", ["Participation Officer"], "December 2024", "2024-12", None, GREEN),
        ]),
    ]
    doc = Document()
    doc.add_heading(title, level=1)
    doc.add_paragraph("Document control")
    dc = doc.add_table(rows=4, cols=4)
    dc.style = "Table Grid"
    for r, vals in zip(dc.rows, [["Version", "Date", "Author", "Approved by"],
                                 ["0.3", "02/04/2024", "SEND Improvement Lead", "SEND Partnership Board"],
                                 ["0.4", "15/05/2024", "SEND Improvement Lead", "Ofsted/CQC (accepted)"],
                                 ["1.0", "01/08/2024", "SEND Improvement Lead", "SEND Partnership Board"]]):
        for c, v in zip(r.cells, vals):
            c.text = v
    bold_row(dc.rows[0])
    doc.add_heading("Action plan", level=2)
    doc.add_paragraph("Following the joint Ofsted and CQC inspection of the local area in November 2023, the local "
                      "area was required to produce a Written Statement of Action addressing three areas of "
                      "significant weakness.")
    n = sum(len(rows) for _, rows in areas)
    t = doc.add_table(rows=1 + n, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Area of significant weakness", "Ref", "Action", "Lead", "Timescale", "RAG"]):
        c.text = h
    bold_row(t.rows[0])
    actions = []
    ri = 1
    for area, rows in areas:
        top = ri
        for ref, action, lead_txt, lead, end_txt, end, end_words, fill in rows:
            cells = t.rows[ri].cells
            for c, v in zip(cells[1:5], [ref, action, lead_txt, end_txt]):
                c.text = v
            if fill:
                shade(cells[5], fill)
            actions.append(act(ref, [area], action, lead, end, fill_status[fill], end_words))
            ri += 1
        m = t.cell(top, 0).merge(t.cell(ri - 1, 0))
        m.text = area
    doc.add_paragraph("")
    doc.add_paragraph("RAG key")
    k = doc.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for r, (fill, words) in zip(k.rows, [(GREEN, "Action completed"), (AMBER, "In progress"),
                                         (RED, "Overdue or at risk"), (None, "Not yet started")]):
        if fill:
            shade(r.cells[0], fill)
        else:
            r.cells[0].text = "White"
        r.cells[1].text = words
    doc.save(out(name))
    write_yaml(name, {
        "source": "Imitates a typical local area SEND Written Statement of Action (post joint Ofsted/CQC area SEND "
                  "inspection, e.g. the 2018–2023 WSOA documents many councils published); copies the heading, a "
                  "document control table first, one action table with the area of significant weakness merged "
                  "down the first column, refs 1a/1b, RAG shown only by cell fill, and a separate RAG key table "
                  "in which green means completed and there is no blue.",
        "reads": "A WSOA with three areas of significant weakness and ten actions. The RAG column has no words, only "
                 "coloured cells, read through the key under the plan: green = completed, amber = in progress, "
                 "red = overdue, white = not started.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# 3. CQC adult social care improvement plan (xlsx)
# ---------------------------------------------------------------------------
def cqc_xlsx():
    name = "a1-cqc-asc-improvement-plan.xlsx"
    title = "Adult Social Care – CQC Assessment Improvement Plan"
    D = dt.datetime
    themes = [
        ("Theme 1: Working with people", [
            ("Assessing needs", [
                ("1.1", "Reduce the waiting list for Care Act assessments to under 200 people.",
                 "Head of Adult Social Care Operations", ["Head of Adult Social Care Operations"],
                 D(2025, 12, 31), "dd/mm/yyyy", "2025-12", None, "A", "G", "green",
                 "Waiting list down from 612 to 388."),
                ("1.2", "Introduce a proportionate strengths-based conversation for people with low-level needs.",
                 "PSW", ["PSW"], D(2025, 9, 30), "dd/mm/yyyy", "2025-09", None, "R", "A", "amber",
                 "Pilot running in the North locality."),
            ]),
            ("Supporting people to live healthier lives", [
                ("1.3", "Increase reablement service capacity by 20%.",
                 "Reablement Service Manager", ["Reablement Service Manager"], D(2026, 3, 31), "mmm-yy", "2026-03",
                 None, "A", "A", "amber", "Recruitment to 8 posts under way."),
            ]),
            ("Equity in experiences and outcomes", [
                ("1.4", "Publish an equality data dashboard for adult social care.",
                 "BI Manager / Head of Strategy", ["BI Manager", "Head of Strategy"], D(2025, 11, 30), "mmm-yy",
                 "2025-11", None, "", "", "unrated", ""),
            ]),
        ]),
        ("Theme 2: Providing support", [
            ("Care provision, integration and continuity", [
                ("2.1", "Refresh the Market Position Statement.",
                 "Head of Commissioning", ["Head of Commissioning"], D(2025, 6, 30), "dd/mm/yyyy", "2025-06", None,
                 "G", "B", "blue", "Published 27 June 2025."),
                ("2.2", "Develop an extra care housing strategy with the district councils.",
                 "JW", ["JW"], "Ongoing", None, None, "Ongoing", "G", "G", "green",
                 "Workshops held with all four districts."),
            ]),
            ("Partnerships and communities", [
                ("2.3", "Agree a joint discharge to assess pathway with the acute trust.",
                 "Director of Adult Social Services", ["Director of Adult Social Services"], D(2025, 10, 31),
                 "dd/mm/yyyy", "2025-10", None, "R", "R", "red", "Trust has not yet agreed funding split."),
                ("2.4", "Re-tender the carers' support service.",
                 "Commissioning Manager (Carers)", ["Commissioning Manager (Carers)"], D(2026, 1, 31), "mmm-yy",
                 "2026-01", None, "A", "A", "amber", "Specification co-produced with carers."),
            ]),
        ]),
        ("Theme 3: How the local authority ensures safety within the system", [
            ("Safeguarding", [
                ("3.1", "Clear the backlog of unallocated safeguarding concerns.",
                 "Head of Safeguarding", ["Head of Safeguarding"], D(2025, 7, 31), "dd/mm/yyyy", "2025-07", None,
                 "R", "A", "amber", "Backlog reduced to 35."),
                ("3.2", "Implement a safeguarding audit programme with quarterly reports to the Safeguarding Adults Board.",
                 "Head of Safeguarding; QA Lead", ["Head of Safeguarding", "QA Lead"], "Q3 2025/26", None,
                 "2025-12", None, "", "G", "green", "Audit tool agreed."),
            ]),
            ("Safe systems, pathways and transitions", [
                ("3.3", "Set up a Preparing for Adulthood transitions panel for young people from age 14.",
                 "Head of Transitions", ["Head of Transitions"], D(2025, 9, 30), "dd/mm/yyyy", "2025-09", None,
                 "A", "G", "green", "Panel terms of reference approved."),
            ]),
        ]),
        ("Theme 4: Leadership", [
            ("Governance, management and sustainability", [
                ("4.1", "Establish an Improvement Board chaired by the Chief Executive.",
                 "DASS", ["DASS"], D(2025, 4, 30), "mmm-yy", "2025-04", None, "G", "B", "blue",
                 "Board met April, May and June."),
                ("4.2", "Embed a performance framework with monthly reporting to DMT.",
                 "Head of Performance", ["Head of Performance"], "Sept 2025 – March 2026", None, "2026-03", None,
                 "", "A", "amber", "Draft scorecard in testing."),
            ]),
        ]),
    ]
    fills = {"R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0"}
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Following the CQC assessment of our adult social care functions, published 14 March 2025 (overall rating: Requires Improvement)."
    ws["A3"] = "Last updated: 30/06/2025"
    headers = ["Ref", "Quality statement", "Action", "Lead", "Target date", "Previous RAG", "Current RAG", "Progress update"]
    ws.append([])
    ws.append(headers)
    for c in ws[5]:
        c.font = Font(bold=True)
    actions = []
    row = 6
    for theme, qss in themes:
        ws.cell(row=row, column=1, value=theme).font = Font(bold=True)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
        ws.cell(row=row, column=1).fill = PatternFill("solid", fgColor="D9E1F2")
        row += 1
        for qs, rows in qss:
            top = row
            for (ref, action, lead_txt, lead, due, fmt, end, end_words, prev, cur, status, upd) in rows:
                ws.cell(row=row, column=1, value=ref)
                ws.cell(row=row, column=3, value=action)
                ws.cell(row=row, column=4, value=lead_txt)
                c = ws.cell(row=row, column=5, value=due)
                if fmt:
                    c.number_format = fmt
                for col, v in ((6, prev), (7, cur)):
                    cc = ws.cell(row=row, column=col, value=v if v else None)
                    if v:
                        cc.fill = PatternFill("solid", fgColor=fills[v])
                ws.cell(row=row, column=8, value=upd if upd else None)
                actions.append(act(ref, [theme, qs], action, lead, end, status, end_words))
                row += 1
            ws.cell(row=top, column=2, value=qs)
            if row - 1 > top:
                ws.merge_cells(start_row=top, start_column=2, end_row=row - 1, end_column=2)
            ws.cell(row=top, column=2).alignment = Alignment(vertical="top", wrap_text=True)
    row += 1
    ws.cell(row=row, column=1, value="Key: R = off track; A = at risk; G = on track; B = complete")
    ws.cell(row=row + 1, column=1, value="Leads to return updates to the Programme Management Office by the 5th working day of each month.")
    for col, w in zip("ABCDEFGH", [6, 28, 60, 30, 12, 10, 10, 40]):
        ws.column_dimensions[col].width = w
    wb.save(out(name))
    write_yaml(name, {
        "source": "Imitates a typical upper-tier council adult social care improvement plan written after a CQC local "
                  "authority assessment (2024–25 round); copies the title and intro rows, a theme row merged across "
                  "the sheet for each CQC theme, the quality statement merged down column B, real Excel dates in two "
                  "formats plus a few text dates, Previous RAG and Current RAG columns with letters and fills, and a "
                  "key and note below the table.",
        "reads": "A CQC ASC improvement plan of thirteen actions under the four CQC themes and their quality "
                 "statements. Status is the Current RAG letter; one action has no current rating.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# 4. YJS HMIP action plan (xlsx) -- refuse: "0ct-24" typed with a zero
# ---------------------------------------------------------------------------
def yjs_xlsx():
    name = "a1-yjs-hmip-action-plan.xlsx"
    title = "Youth Justice Service – HMIP Inspection Action Plan"
    recs = [
        ("1", "The Youth Justice Management Board should ensure that board members understand their role and attend regularly.", [
            ("Induction pack and role descriptions for all board members.", "Head of YJS", "Sep-24", "G"),
            ("Attendance reported to each board meeting; chair to follow up non-attendance.", "Board Chair", "Ongoing", "G"),
        ]),
        ("2", "The YJS should improve the quality of assessments of risk of harm to others.", [
            ("Deliver AssetPlus risk of harm refresher training to all case managers.", "YJS Practice Manager", "Nov-24", "A"),
            ("Introduce management sign-off for all high risk of harm assessments.", "Team Managers", "Jul-24", "B"),
            ("Monthly thematic audit of risk of harm assessments.", "QA Officer", "0ct-24", "A"),
        ]),
        ("3", "The YJS should ensure that out-of-court disposal decisions are timely and well recorded.", [
            ("Revise the joint decision-making panel terms of reference with the police.", "Head of YJS / Police Inspector", "Dec-24", "A"),
            ("Record panel rationale on ChildView for every case.", "Panel Coordinator", "Aug-24", "G"),
        ]),
        ("4", "The YJS should improve access to education, training and employment for children open to the service.", [
            ("Second an education worker from the Virtual School to the YJS.", "Virtual School Head", "Jan-25", "R"),
            ("Track ETE hours weekly for all school-age children.", "ETE Worker", "Feb-25", ""),
        ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "HMIP action plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Inspection of youth justice services, fieldwork June 2024. Overall rating: Requires improvement."
    ws.append([])
    ws.append(["Rec", "Recommendation", "Action", "Lead", "Due date", "RAG", "Update"])
    for c in ws[4]:
        c.font = Font(bold=True)
    fills = {"R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0"}
    row = 5
    bad_row = None
    for no, rec, rows in recs:
        top = row
        for action, lead, due, rag in rows:
            ws.cell(row=row, column=3, value=action)
            ws.cell(row=row, column=4, value=lead)
            ws.cell(row=row, column=5, value=due)
            if due.startswith("0ct"):
                bad_row = row
            if rag:
                c = ws.cell(row=row, column=6, value=rag)
                c.fill = PatternFill("solid", fgColor=fills[rag])
            row += 1
        ws.cell(row=top, column=1, value=no)
        ws.cell(row=top, column=2, value=rec)
        if row - 1 > top:
            ws.merge_cells(start_row=top, start_column=1, end_row=row - 1, end_column=1)
            ws.merge_cells(start_row=top, start_column=2, end_row=row - 1, end_column=2)
    ws.cell(row=row + 1, column=1, value="RAG: B = complete, G = on track, A = some delay, R = off track")
    wb.save(out(name))
    write_yaml(name, {
        "source": "Imitates a typical youth justice service action plan after an HM Inspectorate of Probation "
                  "inspection (2023–24 framework); copies the title and rating line, recommendations merged down the "
                  "first two columns with several actions each, due dates typed as text month-year, RAG letters with "
                  "fills, and a key line under the table.",
        "reads": "A YJS HMIP action plan with four recommendations and nine actions. The due date of the monthly "
                 "thematic audit action is typed '0ct-24' with a zero for the O: a mistyped month that a careful "
                 "reader would query rather than guess.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": bad_row,
        "title": title,
    })


# ---------------------------------------------------------------------------
# 5. Internal audit recommendations tracker (csv)
# ---------------------------------------------------------------------------
def audit_csv():
    name = "a1-internal-audit-tracker.csv"
    title = "Internal Audit – Recommendations Tracker 2024/25"
    rows = [
        # audit, no, priority, rec, action, officer txt, officer, orig, revised, status txt, update, end, end_text, status
        ("Payroll", "1", "High", "Leavers should be removed from the payroll promptly on receipt of notification.",
         "HR to issue a monthly leavers report to Payroll, reconciled by the Payroll Manager.",
         "Payroll Manager", ["Payroll Manager"], "31/12/2024", "", "Complete", "Verified by Internal Audit in January.",
         "2024-12", None, "blue"),
        ("Payroll", "2", "Medium", "Overtime claims should be authorised before payment.",
         "Implement an authorisation workflow in the HR/Payroll system.",
         "Head of HR / Payroll Manager", ["Head of HR", "Payroll Manager"], "31/03/2025", "30/09/2025", "Amber",
         "System upgrade delayed; workaround in place.", "2025-09", None, "amber"),
        ("Direct Payments", "1", "High", "Direct payment accounts should be audited within 12 weeks of the start of the package.",
         "Recruit a temporary Direct Payments Finance Officer.\nClear the backlog of unaudited accounts.",
         "Finance Manager (Adults)", ["Finance Manager (Adults)"], "June 2025", "", "On track",
         "Officer started 2 June; backlog 140 accounts.", "2025-06", None, "green"),
        ("Direct Payments", "2", "Medium", "Surplus balances over 8 weeks' spend should be recovered.",
         "Introduce a quarterly surplus balance recovery process.",
         "SB", ["SB"], "30/09/2025", "", "Not started", "", "2025-09", None, "unrated"),
        ("Direct Payments", "3", "Low", "Guidance for direct payment recipients should be updated.",
         "Update and reissue the recipient handbook, including an easy read version.",
         "Direct Payments Team Leader", ["Direct Payments Team Leader"], "31/03/2025", "31/07/2025", "Complete",
         "Handbook reissued July 2025.", "2025-07", None, "blue"),
        ("Schools Financial Value Standard", "1", "Medium",
         "The Council should follow up schools that have not submitted an SFVS return.",
         "Schools Finance to send reminders, and escalate non-returns to the Director of Education.",
         "Schools Finance Manager", ["Schools Finance Manager"], "Ongoing", "", "On track",
         "2 schools outstanding.", None, "Ongoing", "green"),
        ("Cyber Security", "1", "High", "Multi-factor authentication should be enabled for all remote access accounts.",
         "Roll out MFA to the remaining 140 accounts.",
         "Head of ICT", ["Head of ICT"], "31/01/2025", "31/05/2025", "Red",
         "Licensing issue; 96 accounts still without MFA.", "2025-05", None, "red"),
        ("Cyber Security", "2", "High", "Unsupported servers should be decommissioned or isolated.",
         "Decommission the three Windows Server 2012 hosts, or isolate them on a segregated network.",
         "Infrastructure Manager", ["Infrastructure Manager"], "Q1 2025/26", "", "Amber",
         "Two of three hosts decommissioned.", "2025-06", None, "amber"),
        ("Cyber Security", "3", "Medium", "Staff should complete annual cyber awareness training.",
         "Make cyber e-learning mandatory, with completion reported to CMT quarterly.",
         "Head of ICT & Head of HR", ["Head of ICT", "Head of HR"], "30/04/2025", "", "Complete",
         "Completion rate 93%.", "2025-04", None, "blue"),
        ("Procurement Cards", "1", "Medium", "Card limits should be reviewed annually.",
         "Review all card limits and reduce them where spend does not justify the limit.",
         "Procurement Manager", ["Procurement Manager"], "31/08/2025", "", "Not started", "",
         "2025-08", None, "unrated"),
    ]
    with open(out(name), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow([title] + [""] * 9)
        w.writerow(["Report to Audit and Governance Committee, 22 July 2025"] + [""] * 9)
        w.writerow([""] * 10)
        w.writerow(["Audit", "Rec No", "Priority", "Recommendation", "Management response / agreed action",
                    "Responsible officer", "Original target date", "Revised target date", "Status", "Update"])
        actions = []
        for (aud, no, pri, rec, action, off_txt, off, orig, rev, st_txt, upd, end, end_text, status) in rows:
            w.writerow([aud, no, pri, rec, action, off_txt, orig, rev, st_txt, upd])
            actions.append(act(no, [aud, rec], action, off, end, status, end_text))
        w.writerow([""] * 10)
        w.writerow(["Summary: 10 recommendations; 3 complete, 7 outstanding (1 red, 2 amber)."] + [""] * 9)
    write_yaml(name, {
        "source": "Imitates a typical district/unitary council internal audit recommendations follow-up tracker "
                  "reported to an Audit and Governance Committee, exported to CSV; copies the title and committee "
                  "lines, one row per recommendation with audit name, rec number, priority, the recommendation and "
                  "the agreed management action, original and revised target dates, a status word, and a summary "
                  "line under the table.",
        "reads": "An audit recommendations tracker with ten agreed actions across five audits. Each row's action is the "
                 "agreed management action answering the recommendation beside it; where a revised date is given "
                 "it is the due date.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# 6. JTAI multi-agency action plan (csv): area given on first row of group only
# ---------------------------------------------------------------------------
def jtai_csv():
    name = "a1-jtai-domestic-abuse-plan.csv"
    title = "Safeguarding Children Partnership – JTAI Action Plan (Children affected by domestic abuse)"
    areas = [
        ("The quality of information sharing at the front door when police attend domestic abuse incidents", [
            ("1.1", "Review the police PPN triage process with MASH partners.", "Police DI (MASH)", ["Police DI (MASH)"],
             "Jan-25", "2025-01", None, "G", "green", "Joint review meeting held 12 December."),
            ("1.2", "Agree a joint threshold for sharing notifications with schools (Operation Encompass).",
             "Police / Education Safeguarding Lead", ["Police", "Education Safeguarding Lead"], "Feb-25", "2025-02",
             None, "B", "blue", "Threshold agreed and circulated to all schools."),
            ("1.3", "Audit 30 PPN decisions and report the findings to the Partnership Executive.",
             "Partnership Business Manager", ["Partnership Business Manager"], "Mar-25", "2025-03", None, "A", "amber",
             "Audit booked for February."),
        ]),
        ("The recognition of children's lived experience in health assessments", [
            ("2.1", "Add a routine enquiry prompt to health visiting and school nursing templates.",
             "Named Nurse Safeguarding", ["Named Nurse Safeguarding"], "31/12/2024", "2024-12", None, "B", "blue",
             "Templates updated on SystmOne."),
            ("2.2", "Deliver 'voice of the child' training to GP safeguarding leads.",
             "Designated Doctor", ["Designated Doctor"], "April 2025", "2025-04", None, "A", "amber",
             "Two of four sessions delivered."),
        ]),
        ("Support for adult victims and work with perpetrators", [
            ("3.1", "Commission a perpetrator programme for fathers.", "DA Commissioning Lead", ["DA Commissioning Lead"],
             "Q4 2024/25", "2025-03", None, "R", "red", "No compliant bids received; re-procurement needed."),
            ("3.2", "Extend IDVA provision into the MASH two days a week.", "SH and MR", ["SH", "MR"],
             "Ongoing", None, "Ongoing", "G", "green", "IDVA in MASH Tuesdays and Thursdays."),
            ("3.3", "Refresh the domestic abuse strategy with survivors' input.\nSign-off by the DA Partnership Board.",
             "Community Safety Manager", ["Community Safety Manager"], "June 2025", "2025-06", None, "", "unrated", ""),
        ]),
    ]
    with open(out(name), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow([title])
        w.writerow(["Inspection 9–13 September 2024; letter published 4 November 2024. Updated 31 January 2025."])
        w.writerow([])
        w.writerow(["Area for improvement", "Ref", "Action", "Agency lead", "Target", "RAG", "Progress comments"])
        actions = []
        for area, rows in areas:
            first = True
            for ref, action, lead_txt, lead, end_txt, end, end_words, rag, status, prog in rows:
                w.writerow([area if first else "", ref, action, lead_txt, end_txt, rag, prog])
                first = False
                actions.append(act(ref, [area], action, lead, end, status, end_words))
        w.writerow([])
        w.writerow(["RAG: B = complete, G = on track, A = some risk to delivery, R = off track"])
    write_yaml(name, {
        "source": "Imitates a typical local safeguarding children partnership action plan after a joint targeted area "
                  "inspection (JTAI) on children affected by domestic abuse, exported from Excel to CSV; copies the "
                  "title and inspection lines, the area for improvement written only on the first row of its group "
                  "(a merged cell flattened), numbered actions, agency leads, month-year targets, RAG letters, and a "
                  "key line at the end.",
        "reads": "A multi-agency JTAI action plan with three areas for improvement and eight actions, each with an "
                 "agency lead, target month, RAG and progress comment.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


if __name__ == "__main__":
    ilacs_docx()
    send_docx()
    cqc_xlsx()
    yjs_xlsx()
    audit_csv()
    jtai_csv()
    print("done")
