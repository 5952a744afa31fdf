"""Build the seven ic2- test files of set heldout271.

Run with:  /work/main/.venv/bin/python ic2_make.py
Writes into the folder this script lives in.
"""
import csv
import os
from datetime import datetime as dt

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.shared import Pt, RGBColor, Cm

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex6):
    return PatternFill(fill_type="solid", start_color=hex6, end_color=hex6)


RAGFILL = {
    "Blue": fill("0070C0"),
    "Green": fill("00B050"),
    "Amber": fill("FFC000"),
    "Red": fill("FF0000"),
}


# ---------------------------------------------------------------------------
# 1. Cambridgeshire County Council - ASC CQC assessment improvement plan (xlsx)
# ---------------------------------------------------------------------------
def make_cambridgeshire():
    title = "Cambridgeshire County Council – Adult Social Care CQC Assessment Improvement Plan 2025/26"
    wb = Workbook()

    # Cover sheet: document control + RAG key
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Response to the CQC local authority assessment report published 4 April 2025"
    ws["A4"] = "Document control"
    ws["A4"].font = Font(bold=True)
    rows = [
        ("Version", "Date", "Author", "Summary of changes"),
        ("0.1", dt(2025, 5, 12), "ASC Improvement Lead", "First draft following publication of CQC report"),
        ("1.0", dt(2025, 6, 10), "ASC Improvement Lead", "Approved by Adults and Health Committee"),
        ("1.3", dt(2025, 11, 4), "ASC Improvement Lead",
         "October 2025 progress update; revised dates agreed at ASC Improvement Board"),
    ]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = ws.cell(row=5 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
            if isinstance(v, dt):
                c.number_format = "dd/mm/yyyy"
    ws["A11"] = "RAG key"
    ws["A11"].font = Font(bold=True)
    key = [
        ("Blue", "Action complete"),
        ("Green", "On track to deliver by target date"),
        ("Amber", "Some slippage – recoverable, or revised date agreed"),
        ("Red", "Off track – escalation required"),
    ]
    for i, (k, v) in enumerate(key):
        a = ws.cell(row=12 + i, column=1, value=k)
        a.fill = RAGFILL[k]
        ws.cell(row=12 + i, column=2, value=v)
    ws.column_dimensions["A"].width = 14
    ws.column_dimensions["B"].width = 16
    ws.column_dimensions["C"].width = 22
    ws.column_dimensions["D"].width = 70

    # Summary sheet: totals block
    ss = wb.create_sheet("Summary")
    ss["A1"] = "Summary of progress – October 2025"
    ss["A1"].font = Font(bold=True, size=12)
    srows = [
        ("Quality statement", "Actions", "Blue", "Green", "Amber", "Red"),
        ("QS1 Assessing needs", 2, 0, 0, 2, 0),
        ("QS3 Equity in experience and outcomes", 2, 0, 2, 0, 0),
        ("QS4 Care provision, integration and continuity", 2, 1, 0, 1, 0),
        ("QS6 Safe systems, pathways and transitions", 1, 0, 1, 0, 0),
        ("QS7 Safeguarding", 2, 0, 2, 0, 0),
        ("QS8 Governance, management and sustainability", 1, 1, 0, 0, 0),
        ("Total", 10, 2, 5, 3, 0),
    ]
    for i, r in enumerate(srows):
        for j, v in enumerate(r):
            c = ss.cell(row=3 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0 or r[0] == "Total":
                c.font = Font(bold=True)
    ss.column_dimensions["A"].width = 48

    # Action plan sheet
    ap = wb.create_sheet("Action Plan")
    ap["A1"] = title
    ap["A1"].font = Font(bold=True, size=13)
    ap.merge_cells("A1:J1")
    ap["A2"] = ("Progress as at 31 October 2025. Senior Responsible Officer: "
                "Executive Director Adults, Health and Commissioning")
    ap.merge_cells("A2:J2")
    hdr = ["Ref", "CQC area for improvement", "Action", "Lead", "Start date", "Target date",
           "Revised target date", "Previous RAG (Sep-25)", "Current RAG (Oct-25)", "Progress update"]
    for j, h in enumerate(hdr):
        c = ap.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F4E78")
        c.alignment = WRAP
        c.border = BOX

    # (section, afi, [actions]) ; action = ref, text, lead, start, target, revised, prev, cur, progress
    plan = [
        ("QS1 Assessing needs (Theme 1: Working with people)",
         "People waited too long for Care Act assessments and reviews, and the risk to people on "
         "waiting lists was not consistently monitored.",
         [("1.1", "Introduce a single prioritisation tool across all locality teams so that everyone "
                  "waiting for an assessment is risk-rated at referral and re-rated at least every 28 days.",
           "Head of Adult Social Care Operations", dt(2025, 4, 1), dt(2025, 9, 30), dt(2025, 12, 31),
           "Amber", "Amber",
           "Tool live in 4 of 6 teams. Remaining teams delayed by Mosaic configuration; revised date agreed."),
          ("1.2", "Recruit a dedicated review team (6 FTE) to clear overdue annual reviews, starting with "
                  "people in long-term residential and nursing care.",
           "Service Director Adult Social Care / Head of Workforce", dt(2025, 5, 1), dt(2026, 3, 31), None,
           "Red", "Amber", "4 of 6 posts filled. Overdue reviews down from 1,412 to 1,086.")]),
        ("QS3 Equity in experience and outcomes (Theme 1: Working with people)",
         "Leaders did not have a good understanding of the experiences and outcomes of people from ethnic "
         "minority communities or of unpaid carers from seldom-heard groups.",
         [("3.1", "Publish an equality dashboard showing assessment, service and outcome data by protected "
                  "characteristic, and review it quarterly at the Performance Board.",
           "Head of Business Intelligence", dt(2025, 6, 1), dt(2025, 12, 31), None,
           "Amber", ("fill", "Green"),
           "Draft dashboard shared with Board in October; ethnicity recording at 91%."),
          ("3.2", "Co-produce a carers’ outreach programme with Caring Together and community groups in "
                  "Wisbech, March and Huntingdon.",
           "Carers Lead; Commissioning Manager (Prevention)", dt(2025, 4, 1), dt(2026, 3, 31), None,
           "Green", "Green", "Three outreach sessions held; 64 new carers identified.")]),
        ("QS4 Care provision, integration and continuity (Theme 2: Providing support)",
         "There was not enough home care in rural parts of Fenland and East Cambridgeshire, which delayed "
         "some hospital discharges.",
         [("4.1", "Re-procure the homecare framework with rural zone incentives and a guaranteed-hours pilot "
                  "for providers in Fenland and East Cambridgeshire.",
           "Head of Commissioning (Adults)", dt(2025, 4, 1), dt(2025, 6, 30), dt(2026, 1, 31),
           "Green", "Amber",
           "Tender evaluation complete; contract award delayed to January 2026 following clarification period."),
          ("4.2", "Launch the Care Together micro-enterprise programme in Fenland to grow small "
                  "community-based care and support providers.",
           "Kim Howard & Lucy Ryan", dt(2025, 4, 1), dt(2025, 9, 30), None,
           "Green", "Blue", "22 micro-enterprises registered and delivering. Action closed.")]),
        ("QS6 Safe systems, pathways and transitions (Theme 3: Ensuring safety)",
         "Young people with complex needs moving into adult services did not always have their transition "
         "planned early enough.",
         [("6.1", "Set up a joint Preparing for Adulthood panel with Children’s Services and SEND that tracks "
                  "every young person with likely eligible needs from age 14.",
           "Head of Preparing for Adulthood", dt(2025, 7, 1), "Ongoing", None,
           "Green", "Green", "Panel meets monthly; 138 young people on tracker.")]),
        ("QS7 Safeguarding (Theme 3: Ensuring safety)",
         "Safeguarding concerns were not always triaged and completed in a timely way, and feedback to "
         "people who raised concerns was inconsistent.",
         [("7.1", "Create a safeguarding triage hub to reduce concerns awaiting triage to fewer than 50 at "
                  "any time.",
           "Head of Safeguarding Adults", dt(2025, 5, 1), dt(2025, 12, 31), None,
           "Amber", "Green", "Hub live from August; concerns awaiting triage at 37 (Oct)."),
          ("7.2", "Audit 40 safeguarding enquiries each quarter against Making Safeguarding Personal "
                  "standards and report findings to the Safeguarding Adults Board.",
           "Principal Social Worker", dt(2025, 7, 1), "Quarterly", None,
           "Green", "Green", "Q2 audit complete; findings to SAB in December.")]),
        ("QS8 Governance, management and sustainability (Theme 4: Leadership)",
         "Performance information was not used consistently by leaders to understand practice and drive "
         "improvement.",
         [("8.1", "Establish a monthly ASC Performance Board chaired by the Executive Director, using a single "
                  "performance scorecard.",
           "Executive Director Adults, Health and Commissioning", dt(2025, 4, 1), dt(2025, 7, 31), None,
           "Green", "Blue", "Board established June 2025. Complete.")]),
    ]
    r = 5
    for section, afi, actions in plan:
        c = ap.cell(row=r, column=1, value=section)
        c.font = Font(bold=True)
        for j in range(1, 11):
            ap.cell(row=r, column=j).fill = fill("D9E1F2")
        ap.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        first = r
        for (ref, text, lead, start, target, revised, prev, cur, prog) in actions:
            vals = [ref, afi if r == first else None, text, lead, start, target, revised, None, None, prog]
            for j, v in enumerate(vals):
                c = ap.cell(row=r, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt):
                    c.number_format = "dd/mm/yyyy"
            pc = ap.cell(row=r, column=8, value=prev)
            pc.fill = RAGFILL[prev]
            if isinstance(cur, tuple):  # fill only, no text
                ap.cell(row=r, column=9).fill = RAGFILL[cur[1]]
            else:
                cc = ap.cell(row=r, column=9, value=cur)
                cc.fill = RAGFILL[cur]
            r += 1
        if r - first > 1:
            ap.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ap.cell(row=r, column=1, value=("Note: revised target dates shown were agreed at the ASC Improvement Board "
                                    "on 14 October 2025. Original target dates are retained for audit trail."))
    ap.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
    widths = [6, 40, 55, 30, 12, 12, 12, 12, 12, 45]
    for j, w in enumerate(widths):
        ap.column_dimensions[chr(65 + j)].width = w
    ap.freeze_panes = "A5"
    wb.save(out("ic2-cambridgeshire-county-council-asc-cqc-assessment-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Surrey Fire and Rescue Service - HMICFRS AFI improvement plan (xlsx)
# ---------------------------------------------------------------------------
def make_surrey():
    title = "Surrey Fire and Rescue Service – HMICFRS Inspection 2023–25 Improvement Action Plan"
    wb = Workbook()
    ks = wb.active
    ks.title = "Key"
    ks["A1"] = title
    ks["A1"].font = Font(bold=True, size=14)
    ks["A2"] = "Version 6 – updated 30 June 2025 for the Fire and Rescue Service Improvement Board"
    ks["A4"] = "Status key (status column is colour coded)"
    ks["A4"].font = Font(bold=True)
    key = [("Blue", "Complete – evidence submitted to HMICFRS service liaison lead"),
           ("Green", "On track"),
           ("Amber", "At risk – mitigation in place"),
           ("Red", "Off track – escalate to Service Leadership Team")]
    for i, (k, v) in enumerate(key):
        ks.cell(row=5 + i, column=1).fill = RAGFILL[k]
        ks.cell(row=5 + i, column=2, value=v)
    ks["A10"] = "Plan contents"
    ks["A10"].font = Font(bold=True)
    ks["A11"] = "Cause of concern"
    ks["B11"] = "2 recommendations, 3 actions"
    ks["A12"] = "Areas for improvement"
    ks["B12"] = "4 areas for improvement, 6 actions"
    ks.column_dimensions["A"].width = 26
    ks.column_dimensions["B"].width = 70

    hdr = ["Ref", "Action", "Action owner", "Original due date", "Revised due date", "Status", "Update"]
    widths = [9, 70, 34, 13, 13, 9, 50]

    def header(ws, row, second):
        h = list(hdr)
        h[1] = second
        for j, v in enumerate(h):
            c = ws.cell(row=row, column=1 + j, value=v)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("C00000")
            c.alignment = WRAP
            c.border = BOX
        for j, w in enumerate(widths):
            ws.column_dimensions[chr(65 + j)].width = w

    def action(ws, row, ref, text, owner, orig, rev, status, update):
        vals = [ref, text, owner, orig, rev, None, update]
        for j, v in enumerate(vals):
            c = ws.cell(row=row, column=1 + j, value=v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt):
                c.number_format = "mmm-yy"
        if status:
            ws.cell(row=row, column=6).fill = RAGFILL[status]

    def band(ws, row, text, colour, white=False, ref=None):
        col = 1
        if ref:
            ws.cell(row=row, column=1, value=ref).font = Font(bold=True)
            col = 2
        c = ws.cell(row=row, column=col, value=text)
        c.font = Font(bold=True, color="FFFFFF" if white else "000000")
        c.alignment = Alignment(wrap_text=True, vertical="top")
        for j in range(1, 8):
            ws.cell(row=row, column=j).fill = fill(colour)
        ws.merge_cells(start_row=row, start_column=col, end_row=row, end_column=7)

    cs = wb.create_sheet("Cause of concern")
    cs["A1"] = "Cause of concern"
    cs["A1"].font = Font(bold=True, size=13)
    cs.merge_cells("A1:G1")
    cs["A2"] = ("The service can’t be sure that its risk-based inspection programme (RBIP) prioritises its "
                "highest-risk premises, as it doesn’t record the risk level of the fire safety audits it "
                "carries out.")
    cs["A2"].alignment = WRAP
    cs.merge_cells("A2:G2")
    cs.row_dimensions[2].height = 32
    header(cs, 4, "Action")
    band(cs, 5, "Recommendation 1: By 31 July 2025, the service should review its RBIP to make sure it "
                "accurately identifies its highest-risk premises and is aligned to its targets.", "F2F2F2")
    action(cs, 6, "CoC 1.1", "Refresh the RBIP planning model using updated premises data from Experian, "
                              "building control and partner agencies.",
           "Head of Protection", dt(2025, 3, 31), None, "Blue", "New model approved by SLT March 2025.")
    action(cs, 7, "CoC 1.2", "Record a risk level against every fire safety audit in CFRMIS and report monthly "
                              "on audits completed at very high and high-risk premises.",
           "Head of Protection / Data and Insight Manager", dt(2025, 4, 30), dt(2025, 7, 31), "Green",
           "System change went live in June; first monthly report due July.")
    band(cs, 8, "Recommendation 2: By 31 July 2025, the service should make sure all relevant staff understand "
                "their roles and responsibilities in delivering the RBIP.", "F2F2F2")
    action(cs, 9, "CoC 2.1", "Deliver RBIP briefings to all protection staff and station managers, and add RBIP "
                              "responsibilities to role profiles.",
           "Group Commander – Protection", dt(2025, 6, 30), None, "Amber",
           "Briefings 70% complete; role profiles with HR for sign-off.")

    af = wb.create_sheet("Areas for improvement")
    af["A1"] = "Areas for improvement"
    af["A1"].font = Font(bold=True, size=13)
    af.merge_cells("A1:G1")
    header(af, 2, "Area for improvement / action")
    band(af, 3, "Effectiveness", "1F3864", white=True)
    band(af, 4, "AFI 1 – The service should make sure it has an effective quality assurance process for its "
                "prevention activity, including safe and well visits.", "DDEBF7")
    action(af, 5, "1.1", "Introduce a quality assurance framework for safe and well visits, with station managers "
                         "dip-sampling 5% of visits each month.",
           "Area Manager – Prevention", dt(2025, 3, 31), dt(2025, 9, 30), "Green",
           "Framework drafted; dip-sampling started at three stations.")
    band(af, 6, "AFI 2 – The service should evaluate its prevention work, so it understands the benefits it "
                "provides to the public.", "DDEBF7")
    action(af, 7, "2.1", "Commission an independent evaluation of the Safe Drive Stay Alive and Firewise "
                         "programmes.",
           "Prevention Manager", dt(2025, 12, 31), None, "Amber",
           "Specification agreed; procurement of evaluation partner slipped to August.")
    band(af, 8, "Efficiency", "1F3864", white=True)
    band(af, 9, "AFI 5 – The service should make sure its workforce model and crewing arrangements allow it to "
                "allocate resources to its prevention and protection priorities.", "DDEBF7")
    action(af, 10, "5.1", "Complete a workforce planning review of day-crewed and on-call stations and present "
                          "options to the Service Leadership Team.",
           "Assistant Chief Fire Officer", dt(2025, 9, 30), None, "Green", "Data gathering complete.")
    action(af, 11, "5.2", "Agree protected time for operational crews to deliver prevention and protection "
                          "activity within the Community Risk Management Plan.",
           "Head of Response; Head of Prevention", dt(2026, 3, 31), None, None,
           "Not yet started – dependent on 5.1.")
    band(af, 12, "People", "1F3864", white=True)
    band(af, 13, "AFI 8 – The service should make sure staff understand how to raise concerns, and that it has "
                 "effective processes to manage grievances in a timely way.", "DDEBF7")
    action(af, 14, "8.1", "Relaunch the Speak Up guardian scheme and publish anonymised outcomes of concerns "
                          "raised every quarter.",
           "Head of People and Culture", dt(2025, 6, 30), None, "Blue", "Relaunched May 2025; Q1 outcomes published.")
    action(af, 15, "8.2", "Review the grievance procedure with representative bodies and introduce a 28-day "
                          "target for resolving grievances.",
           "HR Business Partner (Fire) and Head of People and Culture", dt(2025, 6, 30), dt(2025, 10, 31), "Red",
           "Consultation with representative bodies extended; revised date requested.")
    wb.save(out("ic2-surrey-fire-rescue-service-hmicfrs-afi-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 3. South Holland DC - strategic risk register Q3 2025/26 (xlsx, refuse)
# ---------------------------------------------------------------------------
def make_south_holland():
    wb = Workbook()
    ws = wb.active
    ws.title = "Strategic Risk Register"
    ws["A1"] = "South Holland District Council – Strategic Risk Register"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Quarter 3 2025/26 (position at 31 December 2025) – Governance and Audit Committee, "
                "25 February 2026")
    hdr = ["Risk ref", "Risk", "Risk owner", "Current score (L x I)", "Target score", "Action ref",
           "Mitigating action", "Action owner", "Due date", "Status"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("375623")
        c.alignment = WRAP
        c.border = BOX
    risks = [
        ("SR01", "Financial sustainability – the Council is unable to set a balanced budget over the medium term",
         "Assistant Director – Finance (S151)", "4 x 4 = 16", "3 x 3 = 9",
         [("SR01.1", "Deliver the 2026/27 savings and income plan of £1.2m agreed by Cabinet",
           "Deputy Chief Finance Officer", "March 2026", "Amber"),
          ("SR01.2", "Review fees and charges against benchmarking across the S&ELCP councils",
           "Finance Business Partner", "January 2026", "Green"),
          ("SR01.3", "Refresh the Medium Term Financial Strategy and report it to Council with the 2026/27 budget",
           "Assistant Director – Finance (S151)", "February 2026", "Green")]),
        ("SR02", "Local Government Reorganisation – disruption to services and loss of staff capacity during "
                 "transition to a new unitary authority",
         "Chief Executive", "5 x 4 = 20", "3 x 4 = 12",
         [("SR02.1", "Submit the Greater Lincolnshire reorganisation proposal and respond to the Government "
                     "consultation", "Assistant Director – Corporate", "November 2025", "Complete"),
          ("SR02.2", "Put in place a workforce retention and wellbeing plan for the transition period",
           "Head of HR and OD", "Febuary 2026", "Amber")]),
        ("SR03", "Cyber security – a successful cyber attack results in loss of systems or data",
         "Assistant Director – ICT and Digital", "3 x 5 = 15", "2 x 5 = 10",
         [("SR03.1", "Complete the annual PSN compliance health check and remediate critical findings",
           "ICT Security Manager", "March 2026", "Green"),
          ("SR03.2", "Run a cyber incident exercise with the Emergency Planning team",
           "Emergency Planning Officer / ICT Security Manager", "June 2026", "Green")]),
        ("SR04", "Housing – failure to meet the Regulator of Social Housing consumer standards, including "
                 "damp and mould (Awaab’s Law)",
         "Assistant Director – Housing", "4 x 4 = 16", "2 x 4 = 8",
         [("SR04.1", "Complete stock condition surveys for the remaining 20% of council homes",
           "Housing Asset Manager", "31/03/2026", "Amber"),
          ("SR04.2", "Implement Awaab’s Law response timescales in the repairs system",
           "Head of Housing Property Services", "October 2025", "Complete")]),
    ]
    r = 5
    for ref, risk, owner, cur, tgt, actions in risks:
        first = r
        for k, (aref, text, aowner, due, status) in enumerate(actions):
            vals = [ref, risk, owner, cur, tgt] if k == 0 else [None] * 5
            vals += [aref, text, aowner, due, status]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
            sc = ws.cell(row=r, column=10)
            if status in RAGFILL:
                sc.fill = RAGFILL[status]
            elif status == "Complete":
                sc.fill = RAGFILL["Blue"]
            r += 1
        for col in range(1, 6):
            ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
    r += 1
    ws.cell(row=r, column=1, value="Scores: Likelihood x Impact, each scored 1–5. 15 and above = high risk.")
    widths = [8, 42, 26, 12, 12, 9, 52, 30, 14, 11]
    for j, w in enumerate(widths):
        ws.column_dimensions[chr(65 + j)].width = w

    km = wb.create_sheet("Scoring key")
    km["A1"] = "Risk scoring key"
    km["A1"].font = Font(bold=True)
    for i, (a, b) in enumerate([("Score", "Rating"), ("1–6", "Low"), ("8–12", "Medium"), ("15–25", "High")]):
        km.cell(row=3 + i, column=1, value=a)
        km.cell(row=3 + i, column=2, value=b)
    wb.save(out("ic2-south-holland-dc-strategic-risk-register-q3-2025-26-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# 4. Fife Council - annual audit report action plan progress (docx)
# ---------------------------------------------------------------------------
def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.8)


def make_fife():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("Fife Council")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_heading("External Audit Annual Report 2023/24 – Action Plan Progress Update", level=0)
    doc.add_paragraph("Standards, Audit and Risk Committee – 27 February 2025")
    doc.add_paragraph("Report by: Head of Finance")

    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate([
        ("Version", "2.1"),
        ("Date", "12 February 2025"),
        ("Owner", "Audit Manager, Finance"),
        ("Source", "Azets, Fife Council 2023/24 Annual Audit Report, Appendix 1: Action plan"),
    ]):
        set_cell(t.cell(i, 0), a, bold=True)
        set_cell(t.cell(i, 1), b)

    doc.add_paragraph(
        "The external auditor’s annual report for 2023/24 made five recommendations across the wider-scope "
        "audit areas. Management agreed the actions below. Progress is shown at February 2025.")
    doc.add_paragraph(
        "Status key: Complete – action fully implemented; Green – on track to meet target date; "
        "Amber – at risk of missing target date; Red – target date missed.")

    hdr = ["Ref", "Recommendation", "Agreed management action", "Responsible officer", "Target date",
           "Status", "Progress at February 2025"]
    sections = [
        ("1. Financial management", [
            ("The council should strengthen its budget monitoring of the Health and Social Care Partnership "
             "and Education, where overspends were identified late in the year.", [
                ("1.1", "Introduce monthly budget challenge meetings between Finance Business Partners and the "
                        "directorate management teams for Health and Social Care and Education.",
                 "Head of Finance", "30 September 2024", "Complete", "Monthly meetings in place since August 2024."),
                ("1.2", "Report forecast overspends over £0.5m to the Cabinet Committee within one month of being "
                        "identified.",
                 "Head of Finance / Service Manager – Financial Services", "31 December 2024\nRevised: 31 March 2025",
                 "Amber", "Reporting protocol drafted; first report delayed to the March cycle."),
            ]),
            ("The council should review its approach to valuing property, plant and equipment so that assets "
             "not revalued in the year are not materially misstated.", [
                ("2.1", "Carry out a desktop indexation review of all operational assets not included in the "
                        "rolling valuation programme before the 2024/25 accounts are prepared.",
                 "Capital and Treasury Manager", "31 May 2025", "Green", "Valuer instructed; work under way."),
            ]),
        ]),
        ("2. Financial sustainability", [
            ("The council should update its Medium-Term Financial Strategy to set out how the budget gap of "
             "£67 million over the next three years will be closed, identifying specific savings and "
             "transformation proposals.", [
                ("3.1", "Update the Medium-Term Financial Strategy for 2025-28, including a savings delivery "
                        "tracker for all approved proposals.",
                 "Executive Director Finance and Corporate Services", "28 February 2025", "Green",
                 "Updated MTFS to Council with 2025/26 budget."),
                ("3.2", "Develop business cases with savings profiles for the Reform and Transformation "
                        "programme for approval by the Cabinet Committee.",
                 "Head of Business and Employee Services; Head of Finance", "June 2025", "Amber",
                 "Four of seven business cases drafted."),
            ]),
        ]),
        ("3. Vision, leadership and governance", [
            ("The council should ensure that the Annual Governance Statement is supported by documented "
             "assurance statements from all Heads of Service.", [
                ("4.1", "Issue an assurance statement template to all Heads of Service and collate signed returns "
                        "before the draft Annual Governance Statement is prepared.",
                 "Chief Internal Auditor", "31 May 2025", "Green", "Template issued January 2025."),
            ]),
        ]),
        ("4. Use of resources to improve outcomes", [
            ("The council should set clear targets for its key performance indicators so that members can "
             "assess whether performance is improving.", [
                ("5.1", "Agree targets for all Plan for Fife headline indicators and include them in the annual "
                        "Performance Report to Council.",
                 "Policy Co-ordinator (Performance)", "September 2025", "Green",
                 "Draft targets with Directors for comment."),
            ]),
        ]),
    ]
    for heading, recs in sections:
        doc.add_heading(heading, level=1)
        n = sum(len(a) for _, a in recs)
        t = doc.add_table(rows=1 + n, cols=7)
        t.style = "Table Grid"
        for j, h in enumerate(hdr):
            set_cell(t.cell(0, j), h, bold=True)
        row = 1
        for rec, acts in recs:
            first = row
            for (ref, text, lead, date, status, prog) in acts:
                set_cell(t.cell(row, 0), ref)
                set_cell(t.cell(row, 2), text)
                set_cell(t.cell(row, 3), lead)
                set_cell(t.cell(row, 4), date)
                set_cell(t.cell(row, 5), status)
                set_cell(t.cell(row, 6), prog)
                row += 1
            merged = t.cell(first, 1).merge(t.cell(row - 1, 1)) if row - 1 > first else t.cell(first, 1)
            set_cell(merged, rec)
    doc.add_paragraph("")
    doc.add_paragraph("Approved for submission to committee by the Executive Director Finance and Corporate "
                      "Services, 12 February 2025.")
    doc.save(out("ic2-fife-council-annual-audit-report-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. South Lanarkshire Council - Education Scotland CLD inspection action plan (docx)
# ---------------------------------------------------------------------------
def make_south_lanarkshire():
    doc = Document()
    p = doc.add_paragraph()
    r = p.add_run("South Lanarkshire Council and Community Learning and Development Partners")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_heading("HM Inspectors’ Community Learning and Development Progress Visit – Action Plan", level=1)
    doc.add_paragraph("Visit: March 2024   |   Report published: 30 April 2024   |   Progress update: November 2024")
    doc.add_paragraph(
        "HM Inspectors identified the following areas for development with South Lanarkshire Council and its "
        "CLD partners. This plan sets out the actions the CLD Strategic Partnership will take in response. "
        "Progress is reported to the Education Resources Committee and the CLD Strategic Partnership.")
    doc.add_paragraph("RAG: Green – completed; Amber – in progress; Red – not on track")

    hdr = ["Action", "Lead", "Timescale", "Measure of success", "RAG"]
    areas = [
        ("Partners should develop a shared approach to measuring the impact of CLD across South Lanarkshire, "
         "making better use of data to demonstrate outcomes for learners and communities.", [
            ("Agree a shared outcomes framework and a common set of impact measures for youth work, adult "
             "learning and community development.", "CLD Manager", "December 2024",
             "Framework agreed by CLD Strategic Partnership", "Green"),
            ("Introduce a single partnership database to record learner participation, achievements and "
             "progressions.", "CLD Manager and Information Systems Officer", "June 2025",
             "All partners recording on one system", "Amber"),
            ("Publish an annual CLD impact report for the Education Resources Committee.",
             "Lifelong Learning Manager", "Autumn term 2025", "Report considered by Committee", "Amber"),
        ]),
        ("Increase opportunities for learners and community members to influence the planning and evaluation "
         "of CLD provision.", [
            ("Establish a learner voice forum in each of the four localities.", "Youth Work Team Leaders",
             "Termly", "Four forums meeting; minutes shared with partnership", "Amber"),
            ("Involve learners in the annual review of the CLD Plan 2024-27 through participatory workshops.",
             "CLD Partnership Co-ordinator", "By 31 March 2025", "At least 60 learners take part", "Amber"),
            ("Train 20 young people as peer evaluators of youth work provision.",
             "Senior Youth Worker (Clydesdale)", "January 2025", "20 peer evaluators trained", "Red"),
        ]),
        ("Continue to develop the professional learning offer for CLD staff and volunteers, including shared "
         "training across partners.", [
            ("Develop a joint CLD professional learning calendar with partners, including the third sector "
             "interface VASLan.", "Adult Learning Co-ordinator", "October 2024",
             "Calendar published and promoted", "Green"),
            ("Support 15 staff and volunteers to register with the CLD Standards Council and complete the "
             "Professional Development Award in CLD.", "CLD Manager / Workforce Development Officer",
             "August 2025", "15 registrations; 10 awards achieved", "Amber"),
        ]),
    ]
    for i, (area, acts) in enumerate(areas, start=1):
        doc.add_heading(f"Area for development {i}", level=2)
        p = doc.add_paragraph(area)
        p.runs[0].italic = True
        t = doc.add_table(rows=1 + len(acts), cols=5)
        t.style = "Table Grid"
        for j, h in enumerate(hdr):
            set_cell(t.cell(0, j), h, bold=True, size=10)
        for k, act in enumerate(acts, start=1):
            for j, v in enumerate(act):
                set_cell(t.cell(k, j), v, size=10)
        doc.add_paragraph("")

    doc.add_heading("Approval", level=2)
    t = doc.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    set_cell(t.cell(0, 0), "Approved by", bold=True, size=10)
    set_cell(t.cell(0, 1), "CLD Strategic Partnership", size=10)
    set_cell(t.cell(1, 0), "Date", bold=True, size=10)
    set_cell(t.cell(1, 1), "19 June 2024", size=10)
    doc.save(out("ic2-south-lanarkshire-council-education-scotland-cld-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Rugby BC - internal audit recommendations tracker (csv)
# ---------------------------------------------------------------------------
def make_rugby():
    rows = [
        ["Rugby Borough Council - Internal Audit: Outstanding Recommendations Tracker"],
        ["Audit and Ethics Committee - position as at 31 December 2025"],
        [],
        ["Audit", "Year", "Assurance", "Rec Ref", "Priority", "Recommendation", "Agreed Management Action",
         "Responsible Officer", "Original Target Date", "Revised Target Date", "RAG", "Latest Update"],
        ["Procurement and Contract Management", "2024/25", "Limited", "PCM-01", "High",
         "Contract Procedure Rules should be updated to reflect the Procurement Act 2023.",
         "Revise the Contract Procedure Rules and present them to Council for adoption.",
         "Chief Officer - Legal and Governance", "31/03/2025", "30/06/2025", "Complete",
         "Adopted by Council 17/06/2025."],
        ["Procurement and Contract Management", "2024/25", "Limited", "PCM-02", "High",
         "A complete contracts register should be maintained and published quarterly.",
         "Reconcile the contracts register to creditor payments over £5,000 and publish it each quarter.",
         "Procurement Manager", "30/06/2025", "", "Green",
         "Q1 and Q2 published; Q3 reconciliation in progress."],
        ["Procurement and Contract Management", "2024/25", "Limited", "PCM-03", "Medium",
         "Waivers of Contract Procedure Rules should be recorded and reported to the Audit and Ethics Committee.",
         "Introduce an electronic waiver form and report all waivers to the Committee twice a year.",
         "Chief Officer - Finance & Performance", "30/09/2025", "31/03/2026", "Amber",
         "Form built; first report to March 2026 Committee."],
        ["Housing Rents and Arrears", "2024/25", "Reasonable", "HRA-01", "Medium",
         "Arrears recovery action should be taken in line with the agreed escalation timetable.",
         "Produce a weekly exception report of cases where recovery action is overdue and review it at the "
         "Income team meeting.",
         "Income Manager", "31/05/2025", "", "Complete", "Exception report in use since May 2025."],
        ["Housing Rents and Arrears", "2024/25", "Reasonable", "HRA-02", "Low",
         "Write-offs should be approved in line with the Financial Procedure Rules.",
         "Remind staff of write-off approval limits and add an approval check to the quarterly write-off "
         "schedule.",
         "Revenues Manager / Income Manager", "30/09/2025", "", "Red",
         "Overdue - awaiting evidence from service."],
        ["Cyber Security", "2025/26", "Limited", "CYB-01", "High",
         "Multi-factor authentication should be enforced on all remote access and cloud accounts.",
         "1. Enforce MFA for all Microsoft 365 accounts.\n2. Extend MFA to the housing management and "
         "planning systems.",
         "ICT Manager", "31/12/2025", "", "Green", "Microsoft 365 complete; housing system scheduled."],
        ["Cyber Security", "2025/26", "Limited", "CYB-02", "Medium",
         "Completion of mandatory cyber awareness training should be monitored.",
         "Report training completion rates by service to Leadership Team each quarter and follow up "
         "non-completion with managers.",
         "ICT Manager and HR Manager", "Quarterly", "", "Green", "Q2 report presented 14/10/2025."],
        ["Cyber Security", "2025/26", "Limited", "CYB-03", "Medium",
         "The ICT disaster recovery plan should be tested at least annually.",
         "Carry out a full disaster recovery test of the data centre failover and report the results to "
         "Leadership Team.",
         "ICT Infrastructure Lead", "Q4 2025/26", "", "Amber", "Test window being agreed with suppliers."],
        [],
        ["Total recommendations: 8 (Complete 2, Green 3, Amber 2, Red 1)"],
    ]
    with open(out("ic2-rugby-bc-internal-audit-recommendations-tracker.csv"), "w", newline="",
              encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for r in rows:
            w.writerow(r)


# ---------------------------------------------------------------------------
# 7. Renfrewshire Council - SHR annual assurance statement improvement plan (txt, tab separated)
# ---------------------------------------------------------------------------
def make_renfrewshire():
    def q(s):
        return '"' + s + '"' if "\n" in s else s

    lines = [
        ["Renfrewshire Council Housing Services – Annual Assurance Statement 2024: Improvement Plan"],
        ["Progress report to Communities and Housing Policy Board, 21 January 2025"],
        [],
        ["Ref", "Area", "Action", "Lead officer", "Target date", "RAG", "Progress"],
        ["Tenant and resident safety"],
        ["1.1", "Electrical safety – not all homes have an Electrical Installation Condition Report (EICR) "
                "from the last five years",
         "Complete EICRs in the remaining 1,860 council homes, prioritising homes where access has previously "
         "been refused.", "Housing Asset and Investment Manager", "Mar-25", "Amber",
         "Compliance at 94.1% (December 2024)."],
        ["1.2", "", "Introduce a forced-access procedure for electrical safety checks, agreed with Legal Services.",
         "Housing Asset and Investment Manager / Legal Services Manager", "Dec-24", "Complete",
         "Procedure approved November 2024."],
        ["1.3", "Fire detection – not all homes have interlinked smoke and heat alarms",
         "Install interlinked smoke, heat and carbon monoxide alarms in all remaining homes.",
         "Housing Repairs Manager", "31/03/2025", "Green", "312 homes outstanding; all booked."],
        ["1.4", "Asbestos management – handling of asbestos cases",
         "Review the asbestos management plan and procedures.\nIntroduce an asbestos case log with named "
         "officer oversight.", "Head of Housing Services", "June 2025", "Amber",
         "External review commissioned; case log live."],
        ["Homelessness"],
        ["2.1", "Temporary accommodation – breaches of the Unsuitable Accommodation Order",
         "Increase the supply of furnished temporary flats by 40 through conversion of low-demand stock.",
         "Homeless Services Manager", "Q4 2024/25", "Red", "18 flats converted; void works backlog."],
        ["2.2", "", "Report Unsuitable Accommodation Order breaches to the Corporate Management Team.",
         "Homeless Services Manager", "Monthly", "Green", "Reported monthly since October 2024."],
        ["Damp and mould"],
        ["3.1", "Response to reports of damp and mould",
         "Introduce a 48-hour inspection standard for reports of damp and mould, with a follow-up inspection "
         "at six weeks.", "Housing Repairs Manager", "Sep-24", "Complete", "Standard in place."],
        ["Tenant engagement"],
        ["4.1", "Scrutiny of the Annual Assurance Statement",
         "Work with the Renfrewshire Tenants’ Scrutiny Panel to review the evidence supporting the 2025 Annual "
         "Assurance Statement.", "Tenant Participation Officer", "October 2025", "Green",
         "Panel workplan agreed."],
        [],
        ["RAG key: Complete = action finished; Green = on track; Amber = some delay; Red = off track"],
    ]
    with open(out("ic2-renfrewshire-council-shr-annual-assurance-statement-improvement-plan.txt"), "w",
              newline="", encoding="utf-8") as f:
        for ln in lines:
            f.write("\t".join(q(c) for c in ln) + "\r\n")


if __name__ == "__main__":
    make_cambridgeshire()
    make_surrey()
    make_south_holland()
    make_fife()
    make_south_lanarkshire()
    make_rugby()
    make_renfrewshire()
    print("done")
