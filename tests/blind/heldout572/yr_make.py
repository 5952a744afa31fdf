"""Build the seven yr- blind test files for heldout572.

Run with /work/main/.venv/bin/python yr_make.py (writes beside this script).
Only files starting with yr- are written.
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
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("yr-")
    return os.path.join(HERE, name)


D = dt.datetime

RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "0070C0"
GREY = "D9D9D9"
NAVY = "1F3864"

thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


# ---------------------------------------------------------------------------
# 1. Christian Aid - internal audit recommendations tracker (xlsx, read)
# ---------------------------------------------------------------------------
CA_NAME = "yr-christian-aid-internal-audit-recommendations-tracker.xlsx"
CA_TITLE = "Christian Aid – Internal Audit Recommendations Tracker"
# (section, [(recommendation, [(ref, priority, action, owner, orig, revised, fillcolour, update)])])
CA_DATA = [
    ("Safeguarding – case management and referrals (IA 2024/25-03, Limited assurance)", [
        ("Ensure all safeguarding concerns are logged on the case management system within 48 hours "
         "of receipt and that triage decisions are recorded.", [
            ("SG1", "High",
             "Update the Safeguarding Reporting Procedure to set out the 48-hour logging standard and the "
             "minimum triage record.",
             "Director of Safeguarding", D(2025, 3, 31), D(2025, 6, 30), BLUE,
             "Procedure approved by Safeguarding Committee in June 2025 and published on the intranet."),
            ("SG2", "High",
             "Introduce a monthly compliance report from the case management system to the Safeguarding "
             "Committee.",
             "Head of Safeguarding Operations / Data & Insight Manager", D(2025, 6, 30), D(2025, 12, 31), AMBER,
             "First report produced for September; data fields still being cleansed before reporting is automated."),
        ]),
        ("Confirm that all country programme safeguarding focal points have completed refresher training "
         "within the last two years.", [
            ("SG3", "Medium",
             "Roll out the refreshed Safeguarding Focal Point training to all country programmes and record "
             "completion on the learning platform.",
             "Country Directors; Head of Safeguarding Operations", D(2025, 11, 30), None, GREEN,
             "74% of focal points trained at 31 October; remaining offices booked for November."),
        ]),
    ]),
    ("Financial controls – grant payments to partners (IA 2024/25-05, Moderate assurance)", [
        ("Strengthen the due diligence refresh for partners receiving cumulative grants above £250,000.", [
            ("FC1", "High",
             "Implement an annual due diligence refresh for all partners with cumulative grants above £250,000, "
             "signed off by the Regional Finance Manager.",
             "Director of Finance", D(2025, 7, 31), D(2026, 1, 31), RED,
             "Original date missed. Workflow change depends on the ERP upgrade, now scheduled for December."),
        ]),
        ("Reconcile partner advances to financial reports on a quarterly basis.", [
            ("FC2", "Medium",
             "Introduce quarterly reconciliation of partner advances to financial reports received, with balances "
             "unreconciled after 90 days escalated to the Head of Finance Operations.",
             "Regional Finance Managers", D(2025, 12, 31), None, GREEN,
             "Q2 reconciliation completed for Africa and Asia regions; Latin America and Caribbean due November."),
        ]),
    ]),
    ("Cyber security – third-party access (IA 2025/26-01, Limited assurance)", [
        ("Remove dormant third-party accounts and introduce periodic access reviews.", [
            ("CY1", "High",
             "Disable all third-party accounts with no log-in for 90 days and document the exception process.",
             "Head of IT", D(2025, 8, 31), None, BLUE,
             "Completed August 2025 – 41 accounts disabled. Evidence provided to internal audit."),
            ("CY2", "Medium",
             "Introduce quarterly access reviews for suppliers with privileged access, reported to the "
             "Information Governance Group.",
             "Head of IT; Information Governance Manager", D(2025, 12, 31), None, GREEN,
             "First review completed in October; report to IGG on 3 December."),
        ]),
        ("Include cyber security and incident notification clauses in supplier contracts.", [
            ("CY3", "Low",
             "Add standard cyber security and incident notification clauses to the contract template and apply "
             "them to contracts at renewal.",
             "Head of Procurement", D(2026, 3, 31), None, None,
             "Not yet started – scheduled for Q4 2025/26."),
        ]),
    ]),
]


def make_christian_aid():
    wb = Workbook()
    # Summary sheet
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = CA_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position at 31 October 2025 – report to Audit and Risk Committee, 20 November 2025"
    ws["A2"].font = Font(italic=True)
    hdr = ["Priority", "Total actions", "Implemented", "On track", "At risk", "Overdue", "Not yet started"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.border = BOX
    rows = [("High", 4, 2, 0, 1, 1, 0), ("Medium", 3, 0, 3, 0, 0, 0), ("Low", 1, 0, 0, 0, 0, 1),
            ("Total", 8, 2, 3, 1, 1, 1)]
    for r, row in enumerate(rows, 5):
        for i, v in enumerate(row, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = BOX
            if row[0] == "Total":
                c.font = Font(bold=True)
    ws["A10"] = ("Note: recommendations are removed from the tracker once internal audit (BDO) has verified "
                 "implementation. Two actions are awaiting verification.")
    ws["A11"] = "Prepared by: Head of Risk and Assurance"
    ws.column_dimensions["A"].width = 14
    for col in "BCDEFG":
        ws.column_dimensions[col].width = 15

    # Tracker sheet
    ws = wb.create_sheet("Tracker")
    ws["A1"] = CA_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Open and recently implemented recommendations – October 2025 update"
    ws["A2"].font = Font(italic=True)
    ws["A3"] = "Status is shown by the colour of the RAG cell – see the Key sheet."
    headers = ["Ref", "Priority", "Recommendation", "Agreed management action", "Action owner",
               "Original target date", "Revised target date", "RAG", "Management update (October 2025)"]
    widths = [7, 10, 42, 48, 30, 13, 13, 7, 48]
    for i, (h, w) in enumerate(zip(headers, widths), 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.alignment = WRAP
        c.border = BOX
        ws.column_dimensions[get_column_letter(i)].width = w
    r = 6
    for section, recs in CA_DATA:
        ws.cell(row=r, column=1, value=section).font = Font(bold=True)
        for col in range(1, 10):
            ws.cell(row=r, column=col).fill = fill(GREY)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for rec, actions in recs:
            first = r
            ws.cell(row=r, column=3, value=rec)
            for ref, prio, action, owner, orig, rev, colour, update in actions:
                vals = [ref, prio, None, action, owner, orig, rev, None, update]
                for i, v in enumerate(vals, 1):
                    if i == 3:
                        continue
                    c = ws.cell(row=r, column=i, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                    if i in (6, 7) and v is not None:
                        c.number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=3).alignment = WRAP
                ws.cell(row=r, column=3).border = BOX
                rc = ws.cell(row=r, column=8)
                rc.border = BOX
                if colour:
                    rc.fill = fill(colour)
                r += 1
            if r - first > 1:
                ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    ws.freeze_panes = "A6"

    # Key sheet
    ws = wb.create_sheet("Key")
    ws["A1"] = "RAG key"
    ws["A1"].font = Font(bold=True)
    key = [(BLUE, "Implemented – awaiting internal audit verification"),
           (GREEN, "On track to meet the (revised) target date"),
           (AMBER, "At risk – target date may be missed"),
           (RED, "Overdue – original target date missed and revised date at risk"),
           (None, "No colour – not yet started")]
    for i, (colour, text) in enumerate(key, 3):
        if colour:
            ws.cell(row=i, column=1).fill = fill(colour)
        ws.cell(row=i, column=1).border = BOX
        ws.cell(row=i, column=2, value=text)
    ws["A9"] = "Priority: High – fundamental control weakness; Medium – significant; Low – good practice."
    ws.column_dimensions["A"].width = 8
    ws.column_dimensions["B"].width = 70
    wb.save(out(CA_NAME))


# ---------------------------------------------------------------------------
# 2. ScottishPower - Ofgem compliance review remediation tracker (xlsx, read)
# ---------------------------------------------------------------------------
SP_NAME = "yr-scottishpower-ofgem-customer-service-compliance-review-remediation-tracker.xlsx"
SP_TITLE = "ScottishPower – Ofgem Customer Service Compliance Review: Remediation Action Tracker"
RAGFILL = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}
# (workstream, [(finding, [(id, action, owners, orig, revised, prev, curr, update)])])
SP_DATA = [
    ("Workstream 1 – Contact and responsiveness", [
        ("F1: Call abandonment exceeded 20% at peak times and customers in vulnerable situations had no "
         "priority contact route.", [
            ("1.1", "Recruit and train an additional 120 frontline advisers ahead of winter 2025/26.",
             "Head of Resourcing & Planning", D(2025, 11, 30), None, "G", "G",
             "96 advisers in post; final cohort completes training 21 November."),
            ("1.2", "Launch a dedicated priority line for customers on the Priority Services Register, with "
                    "calls answered within 60 seconds.",
             "Head of Vulnerable Customers; Telephony Product Owner", D(2025, 9, 30), D(2025, 12, 31), "A", "A",
             "IVR routing built; go-live moved to December to align with telephony platform release."),
        ]),
        ("F2: Written contacts (email and webform) were not answered within internal service levels.", [
            ("1.3", "Implement a five-working-day response standard for written contacts and report performance "
                    "weekly to the Customer Operations Board.",
             "Director of Customer Operations", D(2025, 8, 31), None, "G", "B",
             "Standard live from 1 August; 93% within five working days in October."),
        ]),
    ]),
    ("Workstream 2 – Complaints handling", [
        ("F3: Complaint letters did not consistently signpost customers to the Energy Ombudsman at eight "
         "weeks or on deadlock.", [
            ("2.1", "Rewrite the deadlock and eight-week letter templates to include Energy Ombudsman signposting.\n"
                    "Test the revised letters with the Customer Panel before go-live.",
             "Complaints Manager", D(2025, 7, 31), None, "B", "B",
             "Closed. New templates in use since 14 July."),
            ("2.2", "Quality-assure a sample of 200 closed complaints each month against the Complaints "
                    "Handling Standards.",
             "Head of Quality & Compliance", D(2025, 10, 31), D(2026, 1, 31), "G", "A",
             "Sampling started in September at 120 cases a month; QA team recruitment under way."),
        ]),
        ("F4: Root-cause analysis of complaints upheld by the Ombudsman was not fed back into process change.", [
            ("2.3", "Establish a monthly root-cause forum chaired by the Director of Customer Operations, with "
                    "actions logged and tracked to closure.",
             "Head of Customer Experience", D(2025, 9, 30), None, "A", "G",
             "Forum met in September and October; 11 process changes logged."),
        ]),
    ]),
    ("Workstream 3 – Management information and governance", [
        ("F5: Board-level MI did not include service outcomes for customers in vulnerable situations.", [
            ("3.1", "Add vulnerable-customer service measures (wait times, complaint volumes, PSR contact outcomes) "
                    "to the monthly Retail Board dashboard.",
             "Head of Regulatory Reporting / MI Lead", D(2025, 12, 31), None, "G", "G",
             "Draft measures agreed with Retail Board chair; first full dashboard December."),
            ("3.2", "Commission independent assurance of the effectiveness of remediation and share the report "
                    "with Ofgem.",
             "Director of Regulation", D(2026, 3, 31), None, None, None,
             "Scope to be agreed with Ofgem in January 2026."),
        ]),
    ]),
]


def make_scottishpower():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = SP_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "ScottishPower Energy Retail Limited – Commercial in confidence"
    rows = [("Document owner", "Director of Customer Operations"),
            ("Submitted to", "Ofgem – Retail Compliance team"),
            ("Reporting period", "October 2025"),
            ("Version", "0.7"),
            ("Date of submission", "07/11/2025")]
    for i, (k, v) in enumerate(rows, 4):
        ws.cell(row=i, column=1, value=k).font = Font(bold=True)
        ws.cell(row=i, column=2, value=v)
        ws.cell(row=i, column=1).border = BOX
        ws.cell(row=i, column=2).border = BOX
    ws["A11"] = "Version history"
    ws["A11"].font = Font(bold=True)
    for j, h in enumerate(["Version", "Date", "Change"], 1):
        ws.cell(row=12, column=j, value=h).font = Font(bold=True)
    hist = [("0.5", "05/09/2025", "First monthly submission following Ofgem feedback letter"),
            ("0.6", "08/10/2025", "September update; action 2.1 closed"),
            ("0.7", "07/11/2025", "October update; revised date agreed for action 2.2")]
    for i, row in enumerate(hist, 13):
        for j, v in enumerate(row, 1):
            ws.cell(row=i, column=j, value=v)
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 40
    ws.column_dimensions["C"].width = 60

    ws = wb.create_sheet("Action tracker")
    ws["A1"] = SP_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Status at 31 October 2025. Previous RAG = position reported in the September 2025 submission."
    ws["A2"].font = Font(italic=True)
    headers = ["ID", "Ofgem finding", "Remediation action", "Action owner(s)", "Original due date",
               "Revised due date", "Previous RAG", "Current RAG", "Progress update"]
    widths = [6, 40, 50, 32, 12, 12, 9, 9, 45]
    for i, (h, w) in enumerate(zip(headers, widths), 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("3C8C3C")
        c.alignment = WRAP
        c.border = BOX
        ws.column_dimensions[get_column_letter(i)].width = w
    r = 5
    for wsname, findings in SP_DATA:
        ws.cell(row=r, column=1, value=wsname).font = Font(bold=True, color="FFFFFF")
        for col in range(1, 10):
            ws.cell(row=r, column=col).fill = fill("595959")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for finding, actions in findings:
            first = r
            ws.cell(row=r, column=2, value=finding)
            for aid, action, owners, orig, rev, prev, curr, update in actions:
                vals = [aid, None, action, owners, orig, rev, prev, curr, update]
                for i, v in enumerate(vals, 1):
                    c = ws.cell(row=r, column=i) if i == 2 else ws.cell(row=r, column=i, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                    if i in (5, 6) and v is not None:
                        c.number_format = "dd-mmm-yy"
                    if i in (7, 8) and v:
                        c.fill = fill(RAGFILL[v])
                        c.alignment = Alignment(horizontal="center", vertical="top")
                r += 1
            if r - first > 1:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    key = [("R", "Off track – action will miss its due date; escalated to Retail Board"),
           ("A", "At risk – delivery issues being managed"),
           ("G", "On track"),
           ("B", "Complete – evidence available for Ofgem")]
    for k, text in key:
        r += 1
        c = ws.cell(row=r, column=1, value=k)
        c.fill = fill(RAGFILL[k])
        ws.cell(row=r, column=2, value=text)
    r += 2
    ws.cell(row=r, column=1, value="Blank RAG = action not yet started.")
    ws.freeze_panes = "A5"
    wb.save(out(SP_NAME))


# ---------------------------------------------------------------------------
# 3. EMCCA - lessons learned action plan with a mistyped month (xlsx, refuse)
# ---------------------------------------------------------------------------
EM_NAME = "yr-east-midlands-cca-adult-skills-fund-transition-lessons-learned-action-plan-typo-month-refuse.xlsx"
EM_TITLE = "Adult Skills Fund Devolution – Transition Lessons Learned: Action Plan"
EM_TYPO_ROW = 12
# rows from 6: ("theme", text) or ("act", ref, lesson-or-None(merged continuation), action, lead, target, rag, update)
EM_ROWS = [
    ("hdr",),
    ("theme", "1. Governance and decision-making"),
    ("act", "1.1", "Decisions on the 2025/26 commissioning approach were taken late, leaving providers little "
                   "time to plan their delivery.",
     "Publish the 2026/27 Adult Skills Fund commissioning timetable at least six months before the academic "
     "year starts.", "Head of Adult Skills", "January 2026", "G",
     "Draft timetable to Skills and Employment Board in December."),
    ("act", "1.2", None,
     "Set out delegated decision-making for in-year funding changes in the Constitution.",
     "Monitoring Officer", "March 2026", "A",
     "Report to Combined County Authority meeting deferred from January to March."),
    ("theme", "2. Provider engagement and contract management"),
    ("act", "2.1", "Providers received inconsistent messages about funding rules during the transfer from the "
                   "Department for Education to EMCCA.",
     "Produce a single EMCCA Adult Skills Fund funding rules handbook with a published change log.",
     "Adult Skills Contracts Manager", "Dec 2025", "G", "Handbook drafted; provider consultation closes 5 December."),
    ("act", "2.2", None,
     "Hold quarterly provider forums in Derbyshire and Nottinghamshire, with a published Q&A log.",
     "Adult Skills Contracts Manager; Provider Relationship Officers", "Febuary 2026", "A",
     "First forum held in October; venue for Nottinghamshire session to be confirmed."),
    ("act", "2.3", "Learner data from the Department for Education arrived late, which delayed the first "
                   "contract performance reviews.",
     "Agree a data sharing agreement and ILR data timetable with the Department for Education for 2026/27.",
     "Head of Data and Insight", "April 2026", "A", "Draft agreement with DfE legal team."),
    ("theme", "3. Systems and capacity"),
    ("act", "3.1", "The team relied heavily on interim and seconded staff during mobilisation.",
     "Complete recruitment to the permanent Adult Skills team structure.",
     "Director of Skills and Employment", "October 2025", "B", "All 14 posts filled; two start in November."),
    ("act", "3.2", "Contract management was run on spreadsheets, creating version-control risks.",
     "Procure a funding and contract management system to replace the spreadsheet trackers.",
     "Head of Adult Skills / Head of Procurement", "September 2026", "R",
     "Market engagement complete; business case not yet approved."),
]


def make_emcca():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ws["A1"] = "East Midlands Combined County Authority"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = EM_TITLE
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Appendix B to the report to Audit and Governance Committee, 24 November 2025"
    ws["A4"] = "Lead Director: Director of Skills and Employment | Version 1.2 | Last updated 10/11/2025"
    headers = ["Ref", "Lesson learned", "Action", "Lead officer(s)", "Target date", "RAG", "Progress update"]
    widths = [6, 45, 50, 32, 14, 7, 45]
    r = 6
    merge_from = None
    for row in EM_ROWS:
        if row[0] == "hdr":
            for i, (h, w) in enumerate(zip(headers, widths), 1):
                c = ws.cell(row=r, column=i, value=h)
                c.font = Font(bold=True, color="FFFFFF")
                c.fill = fill("6A1B9A")
                c.border = BOX
                ws.column_dimensions[get_column_letter(i)].width = w
        elif row[0] == "theme":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            for col in range(1, 8):
                ws.cell(row=r, column=col).fill = fill("E1D5E7")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        else:
            _, ref, lesson, action, lead, target, rag, update = row
            vals = [ref, lesson, action, lead, target, rag, update]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i) if (i == 2 and lesson is None) else ws.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(row=r, column=6).fill = fill(RAGFILL[rag])
            if lesson is None and merge_from is not None:
                ws.merge_cells(start_row=merge_from, start_column=2, end_row=r, end_column=2)
            merge_from = r if lesson is not None else None
        r += 1
    assert ws.cell(row=EM_TYPO_ROW, column=5).value == "Febuary 2026"
    r += 1
    ws.cell(row=r, column=1, value="RAG: B = complete; G = on track; A = some slippage, recoverable; "
                                   "R = off track, needs Committee attention.")
    ws.cell(row=r + 1, column=1, value="Progress will be reported to Audit and Governance Committee every six months.")
    ws.freeze_panes = "A7"
    wb.save(out(EM_NAME))


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


def set_cell(cell, text, bold=False, size=None):
    """Write text into a cell; '\n' starts a new paragraph."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for k, part in enumerate(parts):
        if k:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 4. Leighton Park School - ISI inspection action plan (docx, read)
# ---------------------------------------------------------------------------
LP_NAME = "yr-leighton-park-school-isi-inspection-action-plan.docx"
LP_TITLE = "Leighton Park School – Action Plan following ISI Inspection, February 2025"
RAGWORD = {"Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}
# (section heading, recommendation row text or None, [(ref, action, lead, success, timescale, rag)])
LP_DATA = [
    ("Section 1: Leadership and management, and governance",
     "Recommended next step 1: Governors should develop more systematic oversight of the school's improvement "
     "priorities, so that they can evaluate the impact of leaders' actions.", [
        ("1.1", "Introduce a termly governors' monitoring cycle linked to the School Development Plan, with link "
                "governors reporting to the Education Committee.",
         "Chair of Governors; Clerk to the Governors",
         "Link governor reports received at every Education Committee meeting.", "Autumn term 2025", "Red"),
        ("1.2", "Agree impact measures for each School Development Plan priority and share a summary with all staff.",
         "Head", "Impact measures in the SDP; summary presented at INSET.", "Summer term 2025", "Green"),
    ]),
    ("Section 2: Quality of education, training and recreation",
     "Recommended next step 2: Leaders should ensure that teaching in Years 7 to 9 consistently adapts work "
     "for pupils who need additional challenge.", [
        ("2.1", "Deliver a CPD programme on adaptive teaching for all teachers of Years 7 to 9.\n"
                "Follow up with paired lesson observations focused on challenge.",
         "Deputy Head (Academic)", "All Years 7–9 teachers observed; observation records show adaptation.",
         "Autumn term 2025", "Amber"),
        ("2.2", "Review schemes of work in English, mathematics and science so that each unit includes "
                "extension tasks.",
         "Heads of Department", "Revised schemes of work published on the staff drive.", "Summer term 2026", "Amber"),
    ]),
    ("Section 3: Pupils' physical and mental health and emotional wellbeing",
     "Recommended next step 3: Leaders should make sure that boarders' views are used consistently to shape "
     "improvements to boarding life.", [
        ("3.1", "Set up a Boarders' Council in each boarding house, meeting twice a term, with minutes reviewed "
                "by the Director of Boarding.",
         "Director of Boarding", "Minutes show boarders' proposals and responses.", "September 2025", "Green"),
        ("3.2", "Run an annual boarders' survey and report back on the actions taken ('You said, we did') to "
                "boarders and parents.",
         "Deputy Head (Pastoral) and Director of Boarding", "Survey completed by at least 80% of boarders.",
         "Summer term 2026", "Amber"),
    ]),
    ("Section 4: Pupils' social and economic education and contribution to society", None, []),
    ("Section 5: Safeguarding",
     "Area for action: The proprietor must ensure that all required pre-appointment checks are completed and "
     "recorded on the single central record before staff begin work (ISSR paragraph 18(2)(c)).", [
        ("5.1", "Audit the single central record against all staff files and correct any gaps identified.",
         "Bursar; DSL", "External audit of SCR shows full compliance.", "May 2025", "Green"),
        ("5.2", "Introduce a pre-start checklist signed off by the HR Manager and countersigned by the Bursar "
                "before any new member of staff begins work.",
         "HR Manager", "Checklist on file for every new starter since May 2025.", "May 2025", "Green"),
        ("5.3", "Safeguarding governor to scrutinise the single central record each term and report to the full Board.",
         "Safeguarding Governor", "Termly SCR report minuted by the Board.", "Ongoing", "Amber"),
    ]),
]


def make_leighton_park():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph(LP_TITLE, style="Title")
    doc.add_paragraph(
        "This plan sets out how the school is responding to the recommended next steps and the area for action "
        "in the Independent Schools Inspectorate report. It is monitored by the Senior Leadership Team each "
        "half term and by the Board of Governors each term.")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Inspection dates", "4–6 February 2025"),
                 ("Report published", "20 March 2025"),
                 ("Plan owner", "Head"),
                 ("Approved by", "Board of Governors, 7 May 2025"),
                 ("Last reviewed", "10 October 2025")]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        set_cell(cells[1], v)
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("RAG key: ").bold = True
    p.add_run("Green – completed and embedded; Amber – in progress; Red – behind schedule.")

    for heading, rec, actions in LP_DATA:
        doc.add_heading(heading, level=2)
        if rec is None:
            doc.add_paragraph("The report made no recommended next steps in this section. Strengths identified "
                              "will be maintained through the School Development Plan.")
            continue
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead(s)", "Success criteria", "Timescale", "RAG"]):
            set_cell(c, h, bold=True)
            shade(c, "D9E2F3")
        row = t.add_row().cells
        m = row[0].merge(row[5])
        set_cell(m, rec, bold=True)
        shade(m, "F2F2F2")
        for ref, action, lead, success, when, rag in actions:
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, action, lead, success, when, rag]):
                set_cell(c, v)
            shade(cells[5], RAGWORD[rag])
        doc.add_paragraph()

    doc.add_heading("Sign-off", level=2)
    t = doc.add_table(rows=3, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Role", "Name", "Date"]):
        set_cell(c, h, bold=True)
    for i, (a, b, c_) in enumerate([("Head", "M. Carter", "07/05/2025"),
                                    ("Chair of Governors", "J. Okonjo", "07/05/2025")], 1):
        for c, v in zip(t.rows[i].cells, [a, b, c_]):
            set_cell(c, v)
    doc.save(out(LP_NAME))


# ---------------------------------------------------------------------------
# 5. Mining Remediation Authority - programme highlight report (docx, read)
# ---------------------------------------------------------------------------
MR_NAME = "yr-mining-remediation-authority-metal-mine-water-programme-highlight-report.docx"
MR_TITLE = "Mining Remediation Authority – Metal Mine Water Treatment Programme: Highlight Report"
MR_RAG = {"R": "FF0000", "A": "FFC000", "G": "00B050", "Complete": "5B9BD5"}
# (workstream, [(ref, milestone, owner, baseline, forecast, rag, commentary)])
MR_DATA = [
    ("WS1 – Scheme delivery", [
        ("M1.1", "Complete detailed design for the Nent Haggs treatment scheme and submit it to the Environment "
                 "Agency for approval.",
         "Principal Engineer (North)", "31/08/2025", "30/11/2025", "A",
         "Design delayed by additional flow monitoring requested by the EA; submission now November."),
        ("M1.2", "Award the main works contract for the Wheal Jane pumping upgrade.",
         "Head of Commercial; Senior Project Manager", "Oct-25", "Jan-26", "R",
         "Tender returns exceeded budget; re-scoping with bidders. Exception report to Programme Board."),
        ("M1.3", "Commission the pilot lime-dosing unit at Saltburn Gill.",
         "Operations Manager (Treatment)", "30/09/2025", "30/09/2025", "Complete",
         "Unit commissioned 26 September; performance monitoring for 12 weeks."),
    ]),
    ("WS2 – Data, monitoring and telemetry", [
        ("M2.1", "Install telemetry at 12 priority discharge points and connect them to the central monitoring "
                 "platform.",
         "Data & Digital Lead", "31/12/2025", "31/12/2025", "G", "8 of 12 sites installed."),
        ("M2.2", "Publish the first quarterly water-quality dashboard for programme partners.",
         "Data & Digital Lead / Environmental Scientist", "31/01/2026", "28/02/2026", "A",
         "Depends on M2.1 data; one-month slip to allow validation."),
    ]),
    ("WS3 – Stakeholder engagement and consents", [
        ("M3.1", "Hold community drop-in sessions in Nenthead and Alston ahead of the planning submission.",
         "Stakeholder Engagement Manager", "Nov-25", "Nov-25", "G", "Venues booked for 18 and 19 November."),
        ("M3.2", "Agree landowner access licences for the Nent Haggs site compound.",
         "Land & Property Manager", "30/09/2025", "TBC", "R",
         "Negotiations with one landowner stalled; legal advice sought. Forecast to be confirmed at next report."),
    ]),
]


def make_mra():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph(MR_TITLE, style="Title")
    p = doc.add_paragraph("Report No. 14 | Reporting period: September–October 2025 | "
                          "For: Programme Board, 12 November 2025")
    p.runs[0].italic = True
    t = doc.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    dc = [("Senior Responsible Owner", "Director of Operations", "Version", "1.0"),
          ("Programme Manager", "R. Lindqvist", "Status", "Final"),
          ("Partners", "Defra; Environment Agency", "Classification", "OFFICIAL")]
    for row in dc:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v, bold=(i % 2 == 0))
    doc.add_heading("1. Overall status", level=1)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Dimension", "Last period", "This period", "Comment"]):
        set_cell(c, h, bold=True)
    for dim, last, this, com in [("Overall", "A", "A", "Two milestones at risk in WS1."),
                                 ("Schedule", "A", "R", "Wheal Jane contract award slipped."),
                                 ("Cost", "G", "G", "Within 2025/26 allocation."),
                                 ("Resources", "A", "A", "Hydrogeologist vacancy."),
                                 ("Benefits", "G", "G", "No change.")]:
        cells = t.add_row().cells
        for c, v in zip(cells, [dim, last, this, com]):
            set_cell(c, v)
        shade(cells[1], MR_RAG[last])
        shade(cells[2], MR_RAG[this])
    doc.add_heading("2. Summary", level=1)
    doc.add_paragraph(
        "The programme remains amber overall. The Saltburn Gill pilot was commissioned on time. Contract award "
        "for Wheal Jane has slipped following high tender returns and Nent Haggs landowner negotiations are "
        "stalled; both are covered by exception reports.")
    doc.add_heading("3. Milestones and key actions", level=1)
    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Ref", "Milestone / action", "Owner", "Baseline date", "Forecast date",
                                      "RAG", "Commentary"]):
        set_cell(c, h, bold=True)
        shade(c, "BDD7EE")
    for wsname, items in MR_DATA:
        row = t.add_row().cells
        m = row[0].merge(row[6])
        set_cell(m, wsname, bold=True)
        shade(m, "E7E6E6")
        for ref, ms, owner, base, fc, rag, com in items:
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, ms, owner, base, fc, rag, com]):
                set_cell(c, v)
            shade(cells[5], MR_RAG[rag])
    doc.add_heading("4. Decisions required from Programme Board", level=1)
    doc.add_paragraph("Approve the re-scoped Wheal Jane works package (paper PB-25-31).", style="List Bullet")
    doc.add_paragraph("Note the exception report on Nent Haggs landowner access.", style="List Bullet")
    doc.add_paragraph("Top programme risks are reported separately in the programme risk register (v3.2).")
    doc.add_heading("RAG definitions", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("G", "On track against baseline"),
                 ("A", "Forecast later than baseline but within programme tolerance"),
                 ("R", "Forecast outside tolerance or date not known – exception report required"),
                 ("Complete", "Milestone achieved")]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        shade(cells[0], MR_RAG[k])
        set_cell(cells[1], v)
    doc.save(out(MR_NAME))


# ---------------------------------------------------------------------------
# 6. Tetbury Town Council - action log (csv, read)
# ---------------------------------------------------------------------------
TT_NAME = "yr-tetbury-town-council-action-log-2025-26.csv"
TT_TITLE = "Tetbury Town Council – Action Log 2025/26 (Full Council)"
# (meeting heading, [(minute, action, responsible, due, rag, update)])
TT_DATA = [
    ("Annual Meeting of the Council – 12 May 2025", [
        ("25/014", "Renew the Council's insurance with the current provider under the long-term agreement.",
         "Town Clerk", "31/05/2025", "B", "Renewed 28 May 2025."),
        ("25/019", "Meet Gloucestershire Highways about the Long Street pedestrian crossing request.",
         "Cllr Hughes & Cllr Dawes", "July 2025", "A", "Site meeting held 2 September; awaiting GCC response."),
    ]),
    ("Full Council – 14 July 2025", [
        ("25/061", "Obtain three quotes for replacement play equipment at the Priory Field play area.",
         "Deputy Clerk", "30/09/2025", "R", "Only one quote received; re-advertised in October."),
        ("25/064", "Publish the 2024/25 AGAR, notice of conclusion of audit and external auditor report on the "
                   "Council website.",
         "RFO", "30/09/2025", "B", "Published 22 September 2025."),
    ]),
    ("Full Council – 8 September 2025", [
        ("25/088", "Review the Council's Standing Orders against the 2025 NALC model and bring to Policy & "
                   "Resources Committee.",
         "Town Clerk", "Nov-25", "G", "On agenda for P&R on 24 November."),
        ("25/092", "Arrange the Christmas lights switch-on event with the Chamber of Trade.",
         "Events Officer; Cllr Mortimer", "29/11/2025", "G", "Road closure approved; stage hire booked."),
    ]),
    ("Full Council – 3 November 2025", [
        ("25/117", "Prepare the draft 2026/27 budget and precept options for the Finance Committee.",
         "RFO", "January 2026", "G", "Budget working group meets 1 December."),
        ("25/121", "Write to Cotswold District Council about the condition of the Chipping Steps public toilets.",
         "Town Clerk", "", "", ""),
    ]),
]


def make_tetbury():
    blank = ["", "", "", "", ""]
    with open(out(TT_NAME), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow([TT_TITLE] + blank)
        w.writerow(["Updated by the Town Clerk following the meeting of 3 November 2025"] + blank)
        w.writerow([""] + blank)
        w.writerow(["Minute No.", "Action", "Responsible", "Due by", "RAG", "Update"])
        for meeting, items in TT_DATA:
            w.writerow([meeting] + blank)
            for row in items:
                w.writerow(list(row))
        w.writerow([""] + blank)
        w.writerow(["RAG key: B = complete, G = on track, A = some delay, R = overdue. Blank = not yet started."]
                   + blank)
        w.writerow(["Completed actions are reported to Council once and then removed from the log."] + blank)


# ---------------------------------------------------------------------------
# 7. Bannau Brycheiniog NPA - lessons learned action plan (tab-separated txt, read)
# ---------------------------------------------------------------------------
BB_NAME = "yr-bannau-brycheiniog-npa-summer-2025-visitor-season-lessons-learned-action-plan.txt"
BB_TITLE = "Bannau Brycheiniog National Park Authority – Summer 2025 Visitor Season: Lessons Learned Action Plan"
# (theme, [(lesson, [(ref, action, lead, target, status, comment)])])
BB_DATA = [
    ("Theme A – Parking and traffic management", [
        ("Lesson 1: On peak days, roadside parking on the A470 near Pont ar Daf blocked emergency access on "
         "three occasions.", [
            ("1.1", "Agree a joint peak-day traffic management plan with Dyfed-Powys Police, Powys County Council "
                    "and the National Trust.",
             "Head of Visitor Services", "31/03/2026", "Amber", "First partner workshop held 12 November."),
            ("1.2", "Pilot a weekend park-and-ride service from Brecon to Pont ar Daf for the 2026 season.",
             "Sustainable Transport Officer; Head of Visitor Services", "May 2026", "Green",
             "Bid submitted to Welsh Government Sustainable Landscapes fund."),
        ]),
        ("Lesson 2: Visitors could not see how full car parks were before they travelled.", [
            ("1.3", "Publish live car park occupancy for Pont ar Daf, Storey Arms and Gwaun Hepste on the "
                    "Authority's website.",
             "Digital Communications Manager", "April 2026", "Not started", "Sensor options being costed."),
        ]),
    ]),
    ("Theme B – Visitor safety", [
        ("Lesson 3: Mountain rescue call-outs in Waterfall Country rose by 40% on 2024, mostly for slips on "
         "unofficial paths.", [
            ("2.1", "Close and restore the two most-used unofficial paths near Sgwd yr Eira and install new "
                    "waymarking.",
             "Area Warden (South)", "Feb 2026", "Green", "Works programmed for January outside the nesting season."),
            ("2.2", "Run a joint 'Know before you go' safety campaign with Central Beacons Mountain Rescue Team "
                    "before Easter 2026.",
             "Communications Manager", "March 2026", "Green", "Campaign plan agreed with CBMRT."),
        ]),
    ]),
    ("Theme C – Communications and partnership working", [
        ("Lesson 4: Partners did not keep a shared incident log, so issues raised at weekends were not followed "
         "up consistently.", [
            ("3.1", "Set up a shared incident log for the Visitor Management Partnership, reviewed at each monthly "
                    "meeting.",
             "Visitor Management Partnership Coordinator", "October 2025", "Complete",
             "Log in use since 6 October."),
            ("3.2", "Review the weekend on-call rota for warden and communications staff.",
             "Head of Visitor Services / HR Manager", "31/01/2026", "Amber",
             "Staff consultation needed; may move to February."),
        ]),
        ("Lesson 5: Temporary signage at event sites did not always meet the Welsh Language Standards.", [
            ("3.3", "Include a Welsh Language Standards check in the approval process for all temporary signage.",
             "Welsh Language Officer", "Ongoing", "Green", "Check added to signage request form."),
        ]),
    ]),
]


def make_bannau():
    lines = [BB_TITLE,
             "Appendix 2 to the report to the Authority meeting, 5 December 2025",
             "",
             "\t".join(["Ref", "Lesson / action", "Lead", "Target date", "Status", "Comments"])]
    for theme, lessons in BB_DATA:
        lines.append(theme + "\t\t\t\t\t")
        for lesson, actions in lessons:
            lines.append("\t" + lesson + "\t\t\t\t")
            for row in actions:
                lines.append("\t".join(row))
    lines += ["",
              "Status key: Complete | Green – on track | Amber – some slippage | Red – off track | Not started",
              "Notes: Actions are monitored by the Visitor Management Partnership and reported to the Audit and "
              "Scrutiny Committee each quarter."]
    with open(out(BB_NAME), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_christian_aid()
    make_scottishpower()
    make_emcca()
    make_leighton_park()
    make_mra()
    make_tetbury()
    make_bannau()
    print("written 7 files to", HERE)
