"""Build the seven fm2- data files of set heldout203.

Run with: /work/main/.venv/bin/python fm2_make.py
"""
import os
from datetime import datetime as D

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "blue": PatternFill("solid", fgColor="5B9BD5"),
    "green": PatternFill("solid", fgColor="00B050"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "red": PatternFill("solid", fgColor="FF0000"),
    "band": PatternFill("solid", fgColor="D9E1F2"),
    "head": PatternFill("solid", fgColor="1F3864"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
WORD_FILL = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. Oldham Council - ASC CQC assessment improvement plan (xlsx)
# ---------------------------------------------------------------------------
def oldham():
    title = "Adult Social Care: CQC Assessment Improvement Plan 2025/26"
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = "Oldham Council"
    cv["A1"].font = Font(bold=True, size=14)
    cv["A2"] = title
    cv["A2"].font = Font(bold=True, size=16)
    cv["A4"] = "Document control"
    cv["A4"].font = Font(bold=True)
    rows = [
        ("Version", "Date", "Author", "Summary of changes"),
        ("1.0", D(2025, 4, 17), "ASC Transformation Team", "First version following publication of the CQC assessment report"),
        ("1.1", D(2025, 6, 30), "ASC Transformation Team", "Q1 progress update; revised dates agreed by the ASC Improvement Board"),
    ]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cv.cell(row=5 + i, column=1 + j, value=v)
            c.border = BOX
            if isinstance(v, D):
                c.number_format = "dd/mm/yyyy"
            if i == 0:
                c.font = Font(bold=True)
    cv["A10"] = "RAG key"
    cv["A10"].font = Font(bold=True)
    key = [("Complete", "blue", "Action complete and evidence seen by the Improvement Board"),
           ("Green", "green", "On track to deliver by the target date"),
           ("Amber", "amber", "Some slippage - recoverable within the quarter"),
           ("Red", "red", "Off track or at risk - escalated to DMT"),
           ("Not started", None, "Action not yet due to start")]
    for i, (k, f, d) in enumerate(key):
        c = cv.cell(row=11 + i, column=1, value=k)
        if f:
            c.fill = FILL[f]
        cv.cell(row=11 + i, column=2, value=d)
    cv.column_dimensions["A"].width = 14
    cv.column_dimensions["B"].width = 14
    cv.column_dimensions["C"].width = 26
    cv.column_dimensions["D"].width = 60

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Oldham Council - Adults, Health and Wellbeing Directorate"
    ws["A3"] = "Position as at 30 June 2025 | Reporting to: Adult Social Care Improvement Board"
    heads = ["Ref", "Area for improvement (CQC finding)", "Action", "Lead(s)", "Original target date",
             "Revised target date", "Previous RAG", "Current RAG", "Progress update (June 2025)"]
    for j, h in enumerate(heads):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["head"]
        c.alignment = WRAP
        c.border = BOX
    plan = [
        ("Theme 1: Working with people", [
            ("People waited too long for Care Act assessments and reviews; at the time of the assessment 612 people were waiting, some for more than six months.", [
                ("1.1", "Introduce a risk-based triage of the assessment waiting list, with weekly review by team managers of everyone waiting more than 28 days.",
                 "Head of Service – Adult Social Work", D(2025, 6, 30), None, "Amber", "Green",
                 "Triage tool live in all three locality teams from 12 May. Waiting list down to 431."),
                ("1.2", "Commission additional assessment capacity from an external provider to clear reviews that are more than 12 months overdue.",
                 "Assistant Director Adult Social Care / Head of Commissioning", D(2025, 7, 31), D(2025, 10, 31), "Amber", "Amber",
                 "Contract award delayed to July following a procurement challenge; backlog plan revised."),
            ]),
            ("Unpaid carers did not always know about, or receive, a carer's assessment.", [
                ("1.3", "Relaunch the carers' offer with Oldham Carers Centre, including a joint carer's assessment pathway and information pack.",
                 "Jo Whitworth (Carers Lead)", D(2025, 9, 30), None, "Green", "Green",
                 "Pathway agreed with the Carers Centre; information pack at print."),
            ]),
        ]),
        ("Theme 2: Providing support", [
            ("There were gaps in home care capacity in the east of the borough and too little nursing dementia provision.", [
                ("2.1", "Re-procure home care on a zoned model, with guaranteed hours for providers covering east Oldham.",
                 "Head of Commissioning", D(2026, 3, 31), None, "Green", "Green",
                 "Market engagement events held in May; tender to be issued in September."),
                ("2.2", "Publish a nursing dementia market position statement and use the Care Homes Forum to engage providers on new capacity.",
                 "Strategic Commissioning Manager (Older People)", D(2025, 12, 31), None, "Green", "Green",
                 "Draft statement shared with the Care Homes Forum on 4 June."),
            ]),
            ("Transitions for young people moving into adult services were not always planned early enough.", [
                ("2.3", "Set up a joint Preparing for Adulthood panel that tracks every young person with likely adult care needs from age 14.",
                 "Head of Service – Learning Disability and Mental Health & Head of SEND", D(2025, 9, 30), None, "Red", "Amber",
                 "Terms of reference agreed; tracker built but children's data not yet loaded."),
            ]),
        ]),
        ("Theme 3: Ensuring safety", [
            ("Safeguarding concerns were not always screened within the council's 24-hour standard.", [
                ("3.1", "Review staffing at the adult safeguarding front door and introduce a daily screening huddle.",
                 "Principal Social Worker", D(2025, 4, 30), None, "Green", "Complete",
                 "Two additional practitioners in post; 94% of concerns screened within 24 hours in May."),
                ("3.2", "Audit a sample of 20 safeguarding enquiries each month and report findings to the Oldham Safeguarding Adults Board.",
                 "Safeguarding Adults Manager", "Monthly", None, "Green", "Green",
                 "April and May audits completed; themes reported to the SAB Quality Sub-group."),
            ]),
        ]),
        ("Theme 4: Leadership", [
            ("Performance information was not used consistently to understand outcomes and experiences for people.", [
                ("4.1", "Launch a monthly adult social care performance dashboard for the directorate management team and the Health Scrutiny Committee.",
                 "Head of Business Intelligence", D(2025, 5, 31), D(2025, 8, 31), "Amber", "Green",
                 "Dashboard in test; first live report due to DMT in August."),
                ("4.2", "Co-produce an outcomes framework with Oldham's Making It Real board and report against it quarterly.",
                 "Director of Adult Social Care (DASS)", "Q4 2025/26", None, None, "Not started",
                 "Scheduled to start in October 2025."),
            ]),
        ]),
    ]
    r = 6
    for theme, afis in plan:
        ws.cell(row=r, column=1, value=theme).font = Font(bold=True)
        for j in range(1, 10):
            ws.cell(row=r, column=j).fill = FILL["band"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for afi, acts in afis:
            first = r
            ws.cell(row=r, column=2, value=afi)
            for (ref, act, lead, orig, rev, prev, cur, upd) in acts:
                vals = [ref, None, act, lead, orig, rev, prev, cur, upd]
                for j, v in enumerate(vals):
                    c = ws.cell(row=r, column=1 + j)
                    if v is not None:
                        c.value = v
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, D):
                        c.number_format = "dd/mm/yyyy"
                for col, word in ((7, prev), (8, cur)):
                    if word in WORD_FILL:
                        ws.cell(row=r, column=col).fill = FILL[WORD_FILL[word]]
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Note: revised target dates were agreed by the ASC Improvement Board on 18 June 2025.").font = Font(italic=True)
    r += 2
    ws.cell(row=r, column=1, value="Summary of current RAG").font = Font(bold=True)
    for word, n in (("Complete", 1), ("Green", 6), ("Amber", 2), ("Red", 0), ("Not started", 1), ("Total", 10)):
        r += 1
        c = ws.cell(row=r, column=1, value=word)
        if word in WORD_FILL:
            c.fill = FILL[WORD_FILL[word]]
        ws.cell(row=r, column=2, value=n)
    for col, w in zip("ABCDEFGHI", (6, 42, 48, 30, 12, 12, 10, 10, 44)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    wb.active = 1
    wb.save(out("fm2-oldham-council-asc-cqc-assessment-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Halton BC - internal audit recommendations follow-up (xlsx, refuse)
# ---------------------------------------------------------------------------
def halton():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "Internal Audit – Follow-up of Agreed Recommendations"
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Halton Borough Council – summary by audit"
    summ = [("Audit", "Opinion", "Recs followed up", "Implemented", "Outstanding"),
            ("Accounts Payable 2024/25", "Limited", 3, 2, 1),
            ("Direct Payments 2024/25", "Limited", 2, 0, 2),
            ("Fleet Management 2024/25", "Reasonable", 1, 0, 1),
            ("ICT Asset Management 2023/24", "Limited", 2, 1, 1),
            ("Total", "", 8, 3, 5)]
    for i, row in enumerate(summ):
        for j, v in enumerate(row):
            c = sm.cell(row=4 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0 or row[0] == "Total":
                c.font = Font(bold=True)
    sm.column_dimensions["A"].width = 32

    ws = wb.create_sheet("Follow-up")
    ws["A1"] = "Internal Audit – Follow-up of Agreed Recommendations"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Halton Borough Council"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Position at 30 September 2025 – Audit and Governance Board, 19 November 2025"
    heads = ["Audit", "Year", "Opinion", "Rec No.", "Priority", "Finding / recommendation", "Agreed management action",
             "Responsible officer", "Original date", "Revised date", "Status", "Internal Audit comment"]
    for j, h in enumerate(heads):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["head"]
        c.alignment = WRAP
        c.border = BOX
    recs = [
        ("Accounts Payable", "2024/25", "Limited", 1, "High",
         "Changes to supplier bank details should be verified by a call-back to a known contact before they are processed.",
         "Introduce mandatory call-back verification for all bank detail changes, with second-officer authorisation in the finance system.",
         "Exchequer Services Manager", D(2025, 3, 31), D(2025, 6, 30), "Implemented",
         "Tested on a sample of 15 changes in August 2025 - all verified."),
        ("Accounts Payable", "2024/25", "Limited", 2, "Medium",
         "Duplicate payment checks should be run before each payment run, not monthly.",
         "Run the duplicate payment report before every BACS run and retain evidence of review.",
         "Exchequer Services Manager", D(2025, 3, 31), None, "Implemented", "Evidence seen."),
        ("Accounts Payable", "2024/25", "Limited", 3, "Medium",
         "A number of purchase orders were raised after the invoice date.",
         "Issue 'no PO, no pay' guidance to all budget holders and report retrospective orders to Directorate Management Teams quarterly.",
         "Head of Procurement", D(2025, 6, 30), D(2025, 12, 31), "In progress",
         "Guidance issued; quarterly reporting not yet started."),
        ("Direct Payments", "2024/25", "Limited", 1, "High",
         "Annual audits of direct payment accounts were overdue for 41% of recipients.",
         "Clear the backlog of direct payment account audits and recover any unspent funds above the agreed contingency.",
         "Divisional Manager – Care Management / Finance Manager (Adults)", D(2025, 6, 30), "Febuary 2026", "Partly implemented",
         "Backlog reduced to 18%; revised date agreed with Internal Audit."),
        ("Direct Payments", "2024/25", "Limited", 2, "Medium",
         "Direct payment agreements were not always signed before the first payment was made.",
         "Add a system check so that no first payment can be released without a signed agreement on file.",
         "Finance Manager (Adults)", D(2025, 9, 30), None, "In progress", "System change in test."),
        ("Fleet Management", "2024/25", "Reasonable", 1, "Medium",
         "Fuel card transactions were not reconciled to vehicle mileage records.",
         "Reconcile fuel card transactions to telematics mileage monthly and investigate variances over 10%.",
         "Fleet Manager", D(2025, 9, 30), D(2025, 11, 30), "In progress",
         "Telematics data feed delayed by supplier."),
        ("ICT Asset Management", "2023/24", "Limited", 3, "High",
         "The ICT asset register did not record the location or user of 212 laptops.",
         "Complete a full reconciliation of laptops to users and update the asset register.",
         "ICT Infrastructure Manager", D(2024, 12, 31), D(2025, 3, 31), "Implemented", "Verified in May 2025."),
        ("ICT Asset Management", "2023/24", "Limited", 4, "Medium",
         "Leavers' devices were not always recovered.",
         "Link the HR leavers process to ICT so that device recovery is triggered automatically.",
         "ICT Infrastructure Manager / HR Operations Manager", D(2025, 3, 31), D(2025, 10, 31), "Not implemented",
         "Workflow awaiting HR system upgrade."),
    ]
    r = 6
    typo_row = None
    for rec in recs:
        for j, v in enumerate(rec):
            c = ws.cell(row=r, column=1 + j, value=v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, D):
                c.number_format = "dd/mm/yyyy"
        if rec[9] == "Febuary 2026":
            typo_row = r
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Total recommendations followed up: 8 (3 implemented, 5 outstanding)").font = Font(bold=True)
    for col, w in zip("ABCDEFGHIJKL", (20, 9, 11, 8, 9, 44, 44, 30, 12, 12, 14, 34)):
        ws.column_dimensions[col].width = w
    wb.active = 1
    wb.save(out("fm2-halton-bc-internal-audit-recommendations-tracker-typo-month-refuse.xlsx"))
    return typo_row


# ---------------------------------------------------------------------------
# 3. Sussex Police - joint custody inspection action plan (xlsx, fill-only RAG)
# ---------------------------------------------------------------------------
def sussex():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = "Sussex Police: Custody Inspection Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Unannounced inspection of police custody by HM Inspectorate of Constabulary and Fire & Rescue Services and HM Inspectorate of Prisons, October 2024"
    ws["A3"] = "Plan owner: Chief Superintendent, Criminal Justice and Custody | Last updated: 02/06/2025"
    heads = ["Ref", "Type", "Inspection finding", "Action", "Owner", "Due", "RAG", "Update"]
    for j, h in enumerate(heads):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["head"]
        c.border = BOX
    plan = [
        ("Leadership, accountability and partnerships", [
            ("Cause of concern", "The force could not show that the use of force in custody was always justified, recorded and reviewed.", [
                ("CC1.1", "Require all use of force in custody to be recorded on the use of force form before the end of the officer's tour of duty.",
                 "Custody Inspector (Standards)", D(2025, 4, 30), "blue", "Force policy amended 3 March 2025; compliance checked in April."),
                ("CC1.2", "Introduce monthly dip-sampling of CCTV footage against use of force records, with findings reported to the Custody Strategic Board.",
                 "Chief Inspector Custody Operations", D(2025, 6, 30), "green", "First two dip-samples completed."),
            ]),
            ("Area for improvement", "Custody managers did not have reliable data on detention times and outcomes to monitor performance.", [
                ("AFI1.1", "Develop a custody performance dashboard in Power BI covering detention times, strip searches and use of force by ethnicity.",
                 "Head of Performance / Custody Inspector (Standards)", D(2025, 9, 30), "amber", "Data extract from NICHE delayed by system upgrade."),
            ]),
        ]),
        ("In the custody suite: booking in, individual needs and legal rights", [
            ("Recommendation", "The force should make sure that detainees' individual needs, including those relating to religion, gender and disability, are met in custody.", [
                ("R1.1", "Update the booking-in risk assessment prompts in NICHE to capture religious, gender-related and disability needs.",
                 "Custody Systems Lead", D(2025, 3, 31), "blue", "Live from 17 March 2025."),
                ("R1.2", "Provide menstrual products and information to all female detainees and record the offer on the custody record.",
                 "Custody Inspector (Training)", D(2025, 2, 28), "blue", "In place in all six suites."),
            ]),
            ("Area for improvement", "Appropriate adults for vulnerable adults were not always secured promptly, particularly overnight.", [
                ("AFI2.1", "Agree an out-of-hours appropriate adult scheme for vulnerable adults with the four Sussex local authorities.",
                 "Chief Inspector Custody Operations & Partnership Manager (Criminal Justice)", D(2025, 12, 31), "red",
                 "No agreement yet on funding; escalated to the Local Criminal Justice Board."),
            ]),
        ]),
        ("In the custody suite: detainee care", [
            ("Recommendation", "The force should ensure that detainees at risk of self-harm are observed at the level set in their care plan and that observations are accurately recorded.", [
                ("R2.1", "Introduce electronic observation logging with alerts when a scheduled rousing check is missed.",
                 "Custody Systems Lead", D(2025, 10, 31), "amber", "Supplier quote received; awaiting capital bid."),
                ("R2.2", "Deliver refresher training on rousing and observation levels to all detention officers.",
                 "Custody Inspector (Training)", D(2025, 7, 31), "green", "71% of detention officers trained."),
            ]),
        ]),
        ("Release and transfer from custody", [
            ("Area for improvement", "Children charged and refused bail were rarely moved to local authority accommodation.", [
                ("AFI3.1", "Escalate every refused transfer request to the on-call local authority manager and record the outcome for the Sussex Concordat on Children in Custody group.",
                 "Superintendent Criminal Justice", D(2026, 1, 31), None, "Not yet started."),
            ]),
        ]),
    ]
    r = 6
    for sec, finds in plan:
        ws.cell(row=r, column=1, value=sec).font = Font(bold=True)
        for j in range(1, 9):
            ws.cell(row=r, column=j).fill = FILL["grey"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for typ, find, acts in finds:
            first = r
            ws.cell(row=r, column=2, value=typ)
            ws.cell(row=r, column=3, value=find)
            for ref, act, owner, due, rag, upd in acts:
                for j, v in enumerate([ref, None, None, act, owner, due, None, upd]):
                    c = ws.cell(row=r, column=1 + j)
                    if v is not None:
                        c.value = v
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, D):
                        c.number_format = "mmm-yy"
                if rag:
                    ws.cell(row=r, column=7).fill = FILL[rag]
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
                ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    for f, txt in (("blue", "Complete – evidence accepted by the Custody Strategic Board"),
                   ("green", "On track"),
                   ("amber", "At risk – mitigation in place"),
                   ("red", "Off track – escalated to the Criminal Justice Board"),
                   (None, "No colour – not yet started")):
        r += 1
        if f:
            ws.cell(row=r, column=1).fill = FILL[f]
        ws.cell(row=r, column=2, value=txt)
    for col, w in zip("ABCDEFGH", (9, 16, 44, 50, 30, 9, 7, 40)):
        ws.column_dimensions[col].width = w

    s2 = wb.create_sheet("Summary")
    s2["A1"] = "Summary of inspection findings and actions"
    s2["A1"].font = Font(bold=True)
    rows = [("Finding type", "Findings", "Actions", "Complete"),
            ("Cause of concern", 1, 2, 1),
            ("Recommendation", 2, 4, 2),
            ("Area for improvement", 3, 3, 0),
            ("Total", 6, 9, 3)]
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            s2.cell(row=3 + i, column=1 + j, value=v).border = BOX
    s2.column_dimensions["A"].width = 24
    wb.save(out("fm2-sussex-police-custody-inspection-action-plan.xlsx"))


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
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.8)


# ---------------------------------------------------------------------------
# 4. East Ayrshire Council - Best Value thematic improvement action plan (docx)
# ---------------------------------------------------------------------------
def east_ayrshire():
    doc = Document()
    landscape(doc)
    doc.sections[0].header.paragraphs[0].text = "East Ayrshire Council – OFFICIAL"
    doc.add_heading("Best Value Thematic Review 2023/24 – Workforce Innovation: Improvement Action Plan", level=0)
    doc.add_paragraph(
        "This plan sets out the council's response to the recommendations of the Controller of Audit's "
        "Best Value thematic report on workforce innovation, included in the 2023/24 Annual Audit Report "
        "and considered by the Accounts Commission. It is a progress update to the Governance and Scrutiny Committee.")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in (("Document owner", "Chief Executive"), ("Version", "1.3"), ("Date", "3 March 2025"),
                 ("Approved by", "Cabinet, 30 October 2024"),
                 ("Next review", "Governance and Scrutiny Committee, September 2025")):
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)
    doc.add_paragraph()
    doc.add_heading("Progress key", level=2)
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for word, colour, meaning in (("Complete", "5B9BD5", "Action delivered and evidence held"),
                                  ("On track", "00B050", "Progressing as planned"),
                                  ("Some slippage", "FFC000", "Amber – behind plan, remedial action identified"),
                                  ("Off track", "FF0000", "Red – will not be delivered by the target date"),
                                  ("Not started", "FFFFFF", "Not yet due to start")):
        row = k.add_row().cells
        set_cell(row[0], word, bold=True)
        shade(row[0], colour)
        set_cell(row[1], meaning)
    doc.add_heading("Improvement actions", level=1)
    recs = [
        ("1. Workforce planning",
         "The council should finalise its strategic workforce plan, linking it to the medium-term financial strategy and service redesign, and set out how it will address recruitment and retention pressures in key service areas.",
         [("1.1", "Approve a council-wide Strategic Workforce Plan 2025–2028 aligned to the medium-term financial strategy.",
           "Head of People and Culture", "March 2025", "On track"),
          ("1.2", "Develop service-level workforce plans for the Health and Social Care Partnership, Housing and Roads, starting with care at home and HGV drivers.",
           "Head of People and Culture / Chief Officer – HSCP", "June 2025", "Some slippage"),
          ("1.3", "Report workforce metrics (vacancies, turnover, sickness absence and age profile) to Cabinet twice a year.",
           "HR Business Partner Manager", "Ongoing – six-monthly", "On track")]),
        ("2. Digital and flexible working",
         "The council should evaluate the benefits of hybrid working and digital tools, and use the evidence to shape its property rationalisation and service redesign programmes.",
         [("2.1", "Complete an evaluation of the hybrid working pilot, including staff survey results and productivity measures.",
           "Head of Transformation", "31 December 2024", "Complete"),
          ("2.2", "Roll out Microsoft 365 training and a network of digital champions to all services.",
           "ICT Manager; Organisational Development Manager", "Q1 2025/26", "On track")]),
        ("3. Developing the workforce",
         "The council should make more use of apprenticeships, ‘grow your own’ schemes and shared working with neighbouring councils to build capacity in hard-to-fill roles.",
         [("3.1", "Expand the Modern Apprenticeship programme to 60 places a year, targeting care, trades and finance.",
           "Employability and Skills Manager", "August 2025", "On track"),
          ("3.2", "Explore shared specialist posts (e.g. building standards, procurement) with North and South Ayrshire councils.",
           "Depute Chief Executive", "March 2026", "Not started"),
          ("3.3", "Launch a leadership development programme for aspiring and newly appointed managers.",
           "Organisational Development Manager", "November 2024 – June 2025", "On track")]),
    ]
    colours = {"On track": "00B050", "Some slippage": "FFC000", "Complete": "5B9BD5"}
    for head, rec, acts in recs:
        doc.add_heading(head, level=2)
        p = doc.add_paragraph()
        p.add_run(rec).italic = True
        tb = doc.add_table(rows=1, cols=5)
        tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells, ("Ref", "Action", "Responsible officer", "Target date", "Progress")):
            set_cell(c, h, bold=True)
            shade(c, "D9E1F2")
        for ref, act, lead, date, prog in acts:
            cells = tb.add_row().cells
            for c, v in zip(cells, (ref, act, lead, date, prog)):
                set_cell(c, v)
            if prog in colours:
                shade(cells[4], colours[prog])
        doc.add_paragraph()
    doc.add_paragraph(
        "Note: progress on these actions will be reported to the Governance and Scrutiny Committee every six months "
        "and to the external auditor as part of the 2024/25 annual audit.")
    doc.save(out("fm2-east-ayrshire-council-best-value-thematic-improvement-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Carmarthenshire - CIW performance evaluation inspection, adult services (docx)
# ---------------------------------------------------------------------------
def carmarthenshire():
    doc = Document()
    landscape(doc)
    doc.add_heading("Carmarthenshire County Council: CIW Performance Evaluation Inspection of Adult Services – Action Plan", level=0)
    doc.add_paragraph("Inspection: 10–14 June 2024. Report published: 26 September 2024. Progress update: March 2025.")
    doc.add_paragraph("Status key: B – complete; G – on track; A – some delay, expected to recover; R – significant delay or risk.")
    rows = [
        ("1. People – voice and control", [
            ("Some people experienced delays in having their care and support needs assessed, and waiting lists were not consistently prioritised by risk.", [
                ("1.1", "Implement a single prioritisation tool for all adult referrals awaiting assessment.",
                 "Head of Adult Social Care", "December 2024", "Tool in use in all three localities since November.", "B"),
                ("1.2", "Report waiting times and the number of people waiting, by risk level, to the Social Care and Health Scrutiny Committee each quarter.",
                 "Senior Manager – Performance and Business Support", "Quarterly", "First report taken to committee in January 2025.", "G"),
            ]),
        ]),
        ("2. Prevention", [
            ("Carers were not always offered a carer’s assessment, and the offer was not recorded consistently.", [
                ("2.1", "Revise the WCCIS recording template so that the offer and outcome of a carer’s assessment are mandatory fields.",
                 "Senior Manager – Integrated Services; Carers Lead", "March 2025", "Template change requested from the regional WCCIS team.", "A"),
            ]),
            ("Information, advice and assistance (IAA) was not always recorded in a way that showed what matters to the person.", [
                ("2.2", "Deliver ‘what matters’ conversation training to all IAA staff at Delta Wellbeing and the community hubs.",
                 "Head of Adult Social Care & Delta Wellbeing Operations Manager", "April 2025 – September 2025", "Training programme commissioned.", "G"),
            ]),
        ]),
        ("3. Partnerships and integration", [
            ("Hospital discharge was delayed for some people because of a shortage of domiciliary care, particularly in rural areas.", [
                ("3.1", "Commission a rural domiciliary care framework with enhanced rates for the Amman, Gwendraeth and Teifi valleys.",
                 "Head of Commissioning", "Q2 2025/26", "Tender published February 2025.", "A"),
                ("3.2", "Extend the discharge to recover and assess (D2RA) pathway to both acute hospitals in the county.",
                 "Head of Integrated Services", "June 2025", "Live at Glangwili; Prince Philip from May.", "G"),
            ]),
        ]),
        ("4. Well-being", [
            ("Adult safeguarding enquiries were not always completed within the statutory seven working days.", [
                ("4.1", "Recruit two additional safeguarding practitioners and introduce a daily safeguarding triage meeting.",
                 "Senior Manager – Safeguarding", "January 2025", "Both posts filled; triage meeting in place.", "B"),
            ]),
            ("Supervision of social workers was not always regular or reflective.", [
                ("4.2", "Audit supervision records quarterly against the revised supervision policy.",
                 "Principal Social Worker", "Ongoing", "Audit shows 58% of supervisions held within timescale; recovery plan agreed.", "R"),
            ]),
        ]),
    ]
    colours = {"B": "5B9BD5", "G": "00B050", "A": "FFC000", "R": "FF0000"}
    tb = doc.add_table(rows=1, cols=7)
    tb.style = "Table Grid"
    for c, h in zip(tb.rows[0].cells, ("Ref", "Area for improvement", "Action", "Lead officer", "Timescale",
                                       "Progress update", "RAG")):
        set_cell(c, h, bold=True)
        shade(c, "BDD7EE")
    for band, afis in rows:
        cells = tb.add_row().cells
        m = cells[0].merge(cells[6])
        set_cell(m, band, bold=True, size=10)
        shade(m, "E2EFDA")
        for afi, acts in afis:
            first = None
            for ref, act, lead, when, upd, rag in acts:
                cells = tb.add_row().cells
                if first is None:
                    first = cells[1]
                    set_cell(cells[1], afi)
                else:
                    first = first.merge(cells[1])
                for idx, v in ((0, ref), (2, act), (3, lead), (4, when), (5, upd), (6, rag)):
                    set_cell(cells[idx], v)
                shade(cells[6], colours[rag])
    doc.add_paragraph()
    doc.add_paragraph("Progress is monitored by the Adult Social Care Departmental Management Team and reported to "
                      "the Social Care and Health Scrutiny Committee.")
    doc.save(out("fm2-carmarthenshire-ciw-adult-services-performance-evaluation-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Bury Council - housing consumer standards improvement plan (csv)
# ---------------------------------------------------------------------------
def csv_field(v):
    v = "" if v is None else str(v)
    if any(ch in v for ch in ',"\n'):
        v = '"' + v.replace('"', '""') + '"'
    return v


def bury():
    n = 9
    pad = lambda s: [s] + [""] * (n - 1)
    lines = [
        pad("Bury Council Housing Services – Consumer Standards Improvement Plan"),
        pad("Response to the Regulator of Social Housing inspection of Bury Council as a registered provider, 2025"),
        pad("Version 1.4 – progress at 31 August 2025"),
        [""] * n,
        ["Consumer Standard", "Ref", "Issue identified", "Action", "Action owner", "Due date", "Revised due date", "RAG", "Progress update"],
        ["Safety and Quality Standard", "SQ1",
         "Stock condition information is out of date: 38% of homes have not had a survey in the last five years.",
         "Commission a 100% stock condition survey, prioritising homes with no survey since 2019.",
         "Head of Asset Management", "31/03/2026", "", "G", "Contract awarded in April; 2,140 surveys completed."],
        ["", "SQ2", "",
         "Load survey results into the asset management system and produce a 30-year investment plan.",
         "Asset Manager (Data)", "30/09/2026", "", "G", ""],
        ["", "SQ3", "There were 412 overdue fire risk assessment actions, 57 of them high risk.",
         "Clear all high-risk fire risk assessment actions and report progress weekly to the Building Safety Group.",
         "Building Safety Manager / Compliance Manager", "31/07/2025", "31/10/2025", "A",
         "52 of 57 high-risk actions closed; the remaining five need leaseholder access."],
        ["", "SQ4", "Damp and mould cases were not tracked to resolution.",
         "Introduce a damp and mould case log with a 10-working-day inspection target and monthly reporting to the Housing Improvement Board.",
         "Repairs Manager", "30/04/2025", "", "Complete", "Log live since April; 96% inspected within target in July."],
        ["Transparency, Influence and Accountability Standard", "TIA1",
         "Tenant satisfaction measures (TSMs) for 2024/25 were not published in full.",
         "Publish the full set of 2024/25 TSMs, with a plain-English summary, on the council website and in the tenants' newsletter.",
         "Performance and Insight Manager", "30/06/2025", "", "Complete", "Published 27 June 2025."],
        ["", "TIA2", "Tenants had limited opportunities to scrutinise landlord performance.",
         "Set up a Tenant Scrutiny Panel with its own work programme and support from an independent tenant adviser.",
         "Tenant Engagement Officer & Head of Housing Services", "31/12/2025", "", "G",
         "Eight tenants recruited; first meeting 9 September."],
        ["", "TIA3", "Complaints were not always handled in line with the Housing Ombudsman's Complaint Handling Code.",
         "Complete the annual self-assessment against the Complaint Handling Code and report it to Cabinet.",
         "Customer Feedback Manager", "31/05/2025", "31/10/2025", "R",
         "Self-assessment drafted but not signed off; risk that the October Cabinet date is missed."],
        ["Neighbourhood and Community Standard", "NC1",
         "Anti-social behaviour cases were not reviewed for tenants' vulnerability.",
         "Add a vulnerability risk matrix to every ASB case at first contact and train the Neighbourhood Team in its use.",
         "Neighbourhood Services Manager", "Q3 2025/26", "", "A", "Training delayed by staff vacancies."],
        ["Tenancy Standard", "TS1", "Tenancy audits had not been carried out since 2020.",
         "Restart a rolling programme of tenancy audits, visiting every tenancy at least once every five years.",
         "Tenancy Services Manager", "Ongoing", "", "G", "First 600 visits booked for the autumn."],
        ["", "TS2", "Information on tenants' diverse needs was incomplete.",
         "Check the records of all tenant households for missing diverse-needs data and update them.",
         "Housing Systems Officer", "31/01/2026", "", "Not started", ""],
        [""] * n,
        pad("RAG key: G = on track; A = some slippage; R = off track; Complete = action completed and evidenced"),
        pad("Summary: 10 actions – Complete 2, Green 4, Amber 2, Red 1, Not started 1"),
    ]
    with open(out("fm2-bury-council-housing-rsh-consumer-standards-improvement-plan.csv"), "w",
              encoding="utf-8-sig", newline="") as f:
        for row in lines:
            f.write(",".join(csv_field(v) for v in row) + "\r\n")


# ---------------------------------------------------------------------------
# 7. Wrexham CBC - Audit Wales recommendations tracker (tab-separated txt)
# ---------------------------------------------------------------------------
def wrexham():
    n = 8
    pad = lambda s: [s] + [""] * (n - 1)
    lines = [
        ["Wrexham County Borough Council – Audit Wales recommendations and proposals for improvement: progress tracker"],
        ["Governance and Audit Committee, 13 November 2025 – position at 30 September 2025"],
        ["Status key: Complete = Blue | On track = Green | Slipped = Amber | Overdue = Red"],
        [],
        ["Ref", "Recommendation / proposal for improvement", "Agreed action", "Responsible officer", "Original target",
         "Revised target", "Status", "Progress update"],
        pad("Springing Forward – Strategic Asset Management (issued November 2022)"),
        ["R1", "The Council should develop a strategic asset management plan that sets out how its land and buildings will support its well-being objectives.",
         "Prepare and adopt a Strategic Asset Management Plan 2024–2029 linked to the Council Plan well-being objectives.",
         "Chief Officer – Economy and Planning", "Mar-24", "Jun-25", "Complete",
         "Plan adopted by Executive Board on 10 June 2025."],
        ["R2", "The Council should improve the data it holds on the condition and use of its assets.",
         "Complete condition surveys of all operational buildings and hold the results in a single asset database.",
         "Asset Manager; Corporate Landlord Manager", "Mar-25", "Mar-26", "Slipped",
         "62% of operational buildings surveyed; database procurement delayed."],
        pad("Use of Performance Information: Service User Perspective and Outcomes (issued May 2023)"),
        ["R1", "The Council should strengthen the information it provides to senior leaders and members on the perspective of service users.",
         "Include service user feedback and complaints data in the quarterly Council Plan performance reports.",
         "Strategic Lead – Performance and Improvement", "31/12/2023", "", "Complete",
         "Included from the Q3 2023/24 report onwards."],
        ["R2", "The Council should improve the quality of the data it uses to understand the outcomes of its services.",
         "Introduce a data quality framework and test the accuracy of the 20 key Council Plan measures each year.",
         "Strategic Lead – Performance and Improvement / Chief Officer Governance and Customer", "Q4 2024/25", "Q4 2025/26", "On track",
         "Framework approved; first accuracy tests under way."],
        pad("Digital Strategy Review (issued February 2024)"),
        ["R1", "The Council should set out the resources it needs to deliver its digital strategy and how they will be funded.",
         "Produce a costed digital delivery plan and include the investment required in the medium-term financial plan.",
         "Chief Officer Finance and ICT", "Sep-24", "Dec-25", "On track",
         "Costed plan in draft for the December Executive Board."],
        ["R2", "The Council should strengthen how it measures the benefits of its digital projects.",
         "Add a benefits realisation template to the project gateway process and report benefits to the Digital Board.",
         "Digital Programme Manager", "Ongoing", "", "On track", "Template in use for all new projects."],
        pad("Financial Sustainability Review (issued October 2024)"),
        ["R1", "The Council should develop a medium-term financial plan that identifies how it will close its projected funding gap.",
         "Set out savings and income proposals for 2026/27 to 2028/29 to close the projected gap of £23.6m.",
         "Chief Officer Finance and ICT", "28/02/2026", "", "On track",
         "Proposals for 2026/27 out to consultation."],
        ["R2", "The Council should review its reserves strategy to make sure that reserves are not used to fund recurring spending.",
         "Review the reserves policy and report it to the Governance and Audit Committee alongside the budget monitoring report.",
         "Head of Finance", "30/06/2025", "30/09/2025", "Overdue",
         "Report deferred to the January 2026 committee."],
        [],
        ["Summary: 8 actions – 2 complete, 4 on track, 1 slipped, 1 overdue"],
    ]
    with open(out("fm2-wrexham-cbc-audit-wales-recommendations-tracker.txt"), "w", encoding="utf-8", newline="") as f:
        for row in lines:
            f.write("\t".join(row) + "\r\n")


if __name__ == "__main__":
    oldham()
    row = halton()
    print("halton typo row:", row)
    sussex()
    east_ayrshire()
    carmarthenshire()
    bury()
    wrexham()
    print("done")
