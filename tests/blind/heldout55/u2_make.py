"""Generator for the u2- blind cases in heldout55.

Run with /work/main/.venv/bin/python u2_make.py (from this folder or anywhere).
Makes seven plan documents imitating plans published outside children's services:
  u2-london-fire-brigade-hmicfrs-improvement-tracker.xlsx
  u2-lq-housing-ombudsman-special-investigation-action-plan.xlsx
  u2-charnwood-internal-audit-recommendations-tracker.xlsx      (year typo: refuse)
  u2-tunbridge-wells-planning-peer-review-action-plan.docx
  u2-northumbria-police-peel-afi-action-plan.docx
  u2-maidstone-scrutiny-scraip-update.txt                        (month typo: refuse)
  u2-trafford-dphar-recommendations-action-plan.csv
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
from docx.enum.section import WD_ORIENT
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

D = dt.datetime

# RAG colours as councils usually fill them
BLUE = "5B9BD5"
GREEN = "70AD47"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"

thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


# ---------------------------------------------------------------------------
# 1. London Fire Brigade - HMICFRS 2021/22 improvement action tracker (xlsx)
# ---------------------------------------------------------------------------
LFB_CoC_PREV = ("The brigade does not adequately prioritise home fire safety visits (HFSVs) "
                "on the basis of risk, and has no consistent way of assessing risk among the "
                "people it already knows are most at risk from fire.")
LFB_AFI_PROT = ("The brigade should make sure its risk-based inspection programme is properly "
                "resourced and targets the highest-risk premises, and that audits are completed "
                "within the timescales it sets.")
LFB_CoC_CULT = ("The brigade has not done enough to make sure its values and behaviours are "
                "understood and shown at every level, and bullying, harassment and "
                "discrimination are not consistently challenged.")
LFB_AFI_PERF = ("The brigade should make sure all staff receive regular, meaningful performance "
                "and development conversations.")

# (ref, action, owner, target, revised, rag_text, rag_fill, update)
LFB = [
    ("1. Preventing fires and other risks", "Cause of concern", LFB_CoC_PREV, [
        ("1.1", "Develop and publish a Prevention Strategy setting out how prevention activity "
                "will be targeted at the people and places most at risk from fire.",
         "AC Prevention", D(2022, 5, 31), None, "Complete", BLUE,
         "Prevention Strategy 2022–25 approved by the Commissioner's Board in May 2022 and "
         "published on the intranet and the Brigade's website."),
        ("1.2", "Introduce a person-centred risk score for all HFSV referrals so that visits are "
                "allocated and prioritised according to the level of risk.",
         "AC Prevention", D(2022, 9, 30), D(2023, 3, 31), "On track", GREEN,
         "Risk scoring tool live in the home fire safety system since January 2023. Quality "
         "assurance of the first 500 scored referrals is under way and will report at the end "
         "of March."),
        ("1.3", "Clear the backlog of outstanding HFSVs, visiting the highest-risk cases first.",
         "DAC Prevention / Borough Commanders", D(2022, 12, 31), None, "Complete", BLUE,
         "Backlog of 2,900 visits cleared in December 2022. No high-risk referral now waits "
         "longer than 28 days for a visit."),
    ]),
    ("2. Protecting the public through fire regulation", "AFI", LFB_AFI_PROT, [
        ("2.1", "Review the risk-based inspection programme (RBIP) using the new premises risk "
                "model, and agree annual audit targets for each borough.",
         "DAC Fire Safety", ("mmm-yy", D(2023, 3, 31)), None, "G", GREEN,
         "Draft RBIP presented to the Fire Safety Board in February 2023. Borough audit targets "
         "agreed for 2023/24."),
        ("2.2", "Recruit and train additional fire safety inspecting officers to meet the agreed "
                "audit targets.",
         "DAC Fire Safety", D(2024, 3, 31), None, "Amber", AMBER,
         "22 of the 40 additional inspecting officer posts are filled. Recruitment has been "
         "slower than planned because of competition from the private sector; a new campaign "
         "starts in April."),
    ]),
    ("3. Promoting the right values and culture", "Cause of concern", LFB_CoC_CULT, [
        ("3.1", "Respond to each recommendation of the Independent Culture Review through a "
                "published action plan, with progress reported publicly every quarter.",
         "Deputy Commissioner / Director of People", "Ongoing", None, "Green", GREEN,
         "Action plan 'Our Commitments to Change' published in December 2022. First quarterly "
         "progress report published in March 2023."),
        ("3.2", "Commission an independent, confidential reporting line so that staff can raise "
                "concerns about bullying, harassment and discrimination outside their line "
                "management.",
         "Director of People", D(2023, 3, 31), None, "Complete", BLUE,
         "Reporting line launched on 1 February 2023 and promoted at every station. 41 contacts "
         "received in the first six weeks."),
        ("3.3", "Deliver values and behaviours training to all managers at watch manager level "
                "and above.",
         "Head of Learning and Development", D(2023, 6, 30), D(2023, 12, 31), "Amber", AMBER,
         "Programme designed and piloted in two boroughs. Full roll-out delayed so that the "
         "content can be co-produced with staff networks; revised date agreed by the Board."),
    ]),
    ("4. Managing performance and developing leaders", "AFI", LFB_AFI_PERF, [
        ("4.1", "Introduce a new appraisal process with a mid-year review for all staff, "
                "supported by guidance for managers.",
         "Head of HR Operations", ("mmm-yy", D(2023, 9, 30)), None, None, RED,
         "New appraisal process not yet launched because the HR system upgrade it depends on "
         "has slipped. An interim paper-based process is in place."),
        ("4.2", "Report appraisal completion rates by department and borough to the "
                "Commissioner's Board.",
         "Head of HR Operations", "Quarterly", None, "G", GREEN,
         "First report to the Board in January 2023 showed 38% completion. Next report due in "
         "April 2023."),
    ]),
]


def make_lfb(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "HMICFRS tracker"
    widths = {"A": 6, "B": 14, "C": 40, "D": 48, "E": 22, "F": 12, "G": 12, "H": 11, "I": 55}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws["A1"] = ("London Fire Brigade – HMICFRS Inspection 2021/22: Improvement Action Tracker")
    ws["A1"].font = Font(bold=True, size=14, color="C00000")
    ws["A2"] = ("Position as at 31 March 2023. Reported to the Commissioner's Board and to the "
                "Fire, Resilience and Emergency Planning Committee.")
    ws["A2"].font = Font(italic=True)
    hdr = ["Ref", "Type", "Cause of concern / Area for improvement", "Action", "Action owner",
           "Target date", "Revised date", "RAG status", "Progress update (March 2023)"]
    r = 4
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("C00000")
        cell.alignment = WRAP
        cell.border = BOX
    ws.freeze_panes = "A5"
    r += 1
    for section, kind, text, acts in LFB:
        ws.cell(r, 1, section).font = Font(bold=True)
        for c in range(1, 10):
            ws.cell(r, c).fill = fill(GREY)
            ws.cell(r, c).border = BOX
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        first = r
        for ref, action, owner, target, revised, rag, rfill, upd in acts:
            ws.cell(r, 1, ref)
            ws.cell(r, 4, action)
            ws.cell(r, 5, owner)
            fmt = "dd/mm/yyyy"
            if isinstance(target, tuple):
                fmt, target = target
            ws.cell(r, 6, target)
            if isinstance(target, dt.datetime):
                ws.cell(r, 6).number_format = fmt
            if revised is not None:
                ws.cell(r, 7, revised).number_format = "dd/mm/yyyy"
            if rag is not None:
                ws.cell(r, 8, rag)
            ws.cell(r, 8).fill = fill(rfill)
            ws.cell(r, 8).alignment = Alignment(horizontal="center", vertical="top")
            ws.cell(r, 9, upd)
            for c in range(1, 10):
                ws.cell(r, c).border = BOX
                if c != 8:
                    ws.cell(r, c).alignment = WRAP
            r += 1
        ws.cell(first, 2, kind)
        ws.cell(first, 3, text)
        ws.cell(first, 2).alignment = WRAP
        ws.cell(first, 3).alignment = WRAP
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
            ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    r += 1
    ws.cell(r, 1, "RAG key").font = Font(bold=True)
    r += 1
    for label, col, meaning in [
        ("Complete", BLUE, "Action delivered and evidence provided"),
        ("G / On track", GREEN, "On course to deliver by the target date"),
        ("Amber", AMBER, "At risk of missing the target date – mitigation in place"),
        ("Red", RED, "Target date missed or action off track"),
    ]:
        ws.cell(r, 2, label).fill = fill(col)
        ws.cell(r, 3, meaning)
        r += 1
    ws.page_setup.orientation = "landscape"
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. L&Q - response to the Housing Ombudsman special investigation (xlsx)
# ---------------------------------------------------------------------------
LQ_KEY = [("Complete", BLUE), ("On track", GREEN), ("At risk", AMBER), ("Off track", RED)]
LQ_FILL = dict(LQ_KEY)

# theme, [(recommendation or None, ref, action, lead, date, status, update)]
LQ = [
    ("Theme 1: Repairs, damp and mould", [
        ("Carry out a review of all open repairs older than 12 months and contact each "
         "resident with a date for completion.",
         "1.1", "Complete a case-by-case review of every repair order open for more than 12 "
                "months and agree a completion date with each resident.",
         "Group Director of Repairs", "September 2023", "Complete",
         "Review of 4,812 aged orders completed. Every resident has been contacted and given a "
         "completion date; 71% of the orders are now closed."),
        (None, "1.2", "Introduce a weekly aged-repairs report to the Executive Leadership Team, "
                      "with a named owner for every order over 90 days old.",
         "Group Director of Repairs", "October 2023", "Complete",
         "Weekly report in place since 9 October 2023."),
        ("Take a proactive approach to damp and mould, identifying homes at risk rather than "
         "waiting for residents to report it.",
         "1.3", "Survey every home with a damp and mould report in the last three years and "
                "complete remedial works where they are needed.",
         "Director of Asset Management", "31 March 2024", "On track",
         "9,600 of 14,200 homes surveyed. Works orders raised for 2,140 homes, of which 1,310 "
         "are complete."),
        (None, "1.4", "Train all frontline staff and contractors to recognise and report damp "
                      "and mould on every visit to a home.",
         "Director of Asset Management / Head of Learning", "Q4 2023/24", "At risk",
         "78% of in-house staff trained. Contractor training is delayed while contract "
         "variations are agreed with two of our four main contractors."),
    ]),
    ("Theme 2: Complaint handling", [
        ("Make sure complaint responses deal with every issue raised and say clearly what the "
         "landlord will do and by when.",
         "2.1", "Quality assure a 10% sample of stage 1 and stage 2 responses each month and "
                "feed the findings back to case handlers.",
         "Director of Complaints and Resolution", "November 2023", "Complete",
         "QA framework in place. December sample: 84% of responses met the quality standard "
         "(target 90%)."),
        (None, "2.2", "Refresh the Complaints Policy in line with the Ombudsman's Complaint "
                      "Handling Code and publish it on our website.",
         "Director of Complaints and Resolution", "31/12/2023", "Complete",
         "Policy approved by the Board in December 2023 and published on 2 January 2024."),
        ("Review the compensation policy so that awards are proportionate and recognise time, "
         "trouble and distress.",
         "2.3", "Revise the Compensation Policy and guidance, including a new matrix for time, "
                "trouble and inconvenience payments.",
         "Chief Customer Officer", "February 2024", "On track",
         "Draft policy discussed with the Resident Voice Panel in December. Board approval "
         "scheduled for February 2024."),
    ]),
    ("Theme 3: Knowledge and information management", [
        ("Make sure records of repairs, inspections and contact with residents are complete, "
         "accurate and easy for staff to find.",
         "3.1", "Move all repairs and damp and mould records onto the single housing management "
                "system and close the legacy databases.",
         "Chief Information Officer", "June 2024", "Off track",
         "Data migration paused in November after testing found duplicate property records. A "
         "revised plan goes to the Executive Leadership Team in February; the June date will "
         "not be met."),
        (None, "3.2", "Record the vulnerabilities and communication needs of each household and "
                      "make them visible to every member of staff who contacts the resident.",
         "Chief Customer Officer", "Ongoing", "On track",
         "Vulnerability field added to the customer record in October 2023. 31,000 households "
         "contacted so far to update their details."),
    ]),
    ("Theme 4: Leasehold and service charges", [
        ("Review how service charges are calculated and explained to leaseholders and shared "
         "owners.",
         "4.1", "Issue clear, itemised service charge statements for 2023/24 with an "
                "explanation of each charge.",
         "Director of Leasehold & Home Ownership Services", "By 30 September 2024", "On track",
         "New statement template tested with leaseholders in November 2023; it will be used for "
         "the 2023/24 actual accounts."),
    ]),
]


def make_lq(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    for k, v in {"A": 6, "B": 42, "C": 48, "D": 26, "E": 16, "F": 12, "G": 55}.items():
        ws.column_dimensions[k].width = v
    ws["A1"] = "Housing Ombudsman Special Investigation (July 2023) – L&Q Action Plan"
    ws["A1"].font = Font(bold=True, size=14, color="1F3864")
    ws["A2"] = "Progress update for the Resident Services Board – 18 January 2024"
    ws["A2"].font = Font(italic=True)
    ws["A3"] = "Status key:"
    ws["A3"].font = Font(bold=True)
    for i, (word, col) in enumerate(LQ_KEY):
        c = ws.cell(3, 2 + i, word)
        c.fill = fill(col)
        c.alignment = Alignment(horizontal="center")
    hdr = ["Ref", "Ombudsman recommendation", "What we will do", "Executive lead",
           "Delivery date", "Status", "Progress update"]
    r = 5
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
        cell.border = BOX
        cell.alignment = WRAP
    r += 1
    for theme, rows in LQ:
        ws.cell(r, 1, theme).font = Font(bold=True, color="FFFFFF")
        for c in range(1, 8):
            ws.cell(r, c).fill = fill("2E75B6")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for rec, ref, action, lead, when, status, upd in rows:
            vals = [ref, rec, action, lead, when, status, upd]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.border = BOX
                cell.alignment = WRAP
            ws.cell(r, 6).fill = fill(LQ_FILL[status])
            r += 1
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. Charnwood BC - internal audit recommendations tracker (xlsx) - year typo
# ---------------------------------------------------------------------------
# audit, assurance, ref, rec, priority, action, officer, original, revised, rag, update
CHARNWOOD = [
    ("Housing Rents 2023/24", "Limited", "HR/1",
     "Arrears cases should be reviewed in line with the Rent Arrears Policy and the review "
     "recorded on the housing system.", "High",
     "Introduce a monthly arrears case review for every officer, with the results recorded on "
     "Orchard and checked by the Income Team Leader.",
     "Income Team Leader", D(2024, 3, 31), D(2024, 9, 30), "Complete",
     "Monthly case reviews in place since April 2024. Internal audit follow-up in October 2024 "
     "confirmed the control is operating."),
    (None, None, "HR/2",
     "Write-offs of former tenant arrears should be approved in line with the Financial "
     "Procedure Rules.", "Medium",
     "Revise the write-off procedure so that all write-offs over £1,000 are approved by the "
     "Head of Finance before processing.",
     "Head of Landlord Services", D(2024, 6, 30), None, "Green",
     "Revised procedure drafted and with the Head of Finance for sign-off."),
    ("Disabled Facilities Grants", "Moderate", "DFG/1",
     "Grant approvals should be checked against the means test and the evidence kept on "
     "file.", "Medium",
     "Introduce a second-officer check of the means test on every approval and add the "
     "checklist to the case file.",
     "Private Sector Housing Manager", D(2024, 4, 30), None, "Complete",
     "Checklist in use since May 2024."),
    ("Cyber Security", "Limited", "CY/1",
     "All staff and members should complete cyber security awareness training every year.",
     "High",
     "Make the e-learning module mandatory, report completion rates to the Senior Leadership "
     "Team monthly and follow up non-completion with line managers.",
     "ICT Manager", D(2023, 12, 31), D(2204, 6, 30), "Amber",
     "Staff completion 86%. Member completion 52%; sessions arranged for members in "
     "January."),
    (None, None, "CY/2",
     "Accounts of leavers should be disabled on the day the employee leaves.", "High",
     "Link the HR leavers report to the ICT account process so that accounts are disabled on "
     "the leaving date.",
     "ICT Manager / HR Manager", D(2024, 3, 31), D(2024, 12, 31), "Amber",
     "Automated leavers feed built and in testing. Manual weekly check in place until it goes "
     "live."),
    ("Procurement and Contract Management", "Moderate", "PR/1",
     "The contracts register should be complete and published in line with the Local "
     "Government Transparency Code.", "Medium",
     "Complete a council-wide exercise to update the contracts register and publish it "
     "quarterly on the website.",
     "Procurement Manager", D(2024, 9, 30), None, "Red",
     "Exercise not completed; six service areas have not yet returned their contract "
     "details. Escalated to the Strategic Director."),
    (None, None, "PR/2",
     "Waivers of Contract Procedure Rules should be recorded centrally and reported to the "
     "Audit Committee.", "Low",
     "Set up a central waiver log and include a summary of waivers in the annual procurement "
     "report to Audit Committee.",
     "Procurement Manager", D(2025, 3, 31), None, "Green",
     "Waiver log set up in SharePoint in October 2024."),
    ("Leisure Centre Contract Monitoring", "Substantial", "LC/1",
     "Contract performance meetings should be minuted and actions tracked to completion.",
     "Low",
     "Minute the quarterly contract performance meetings and keep an action log with the "
     "leisure operator.",
     "Leisure and Culture Manager", D(2024, 12, 31), None, "Green",
     "Action log in place from the October meeting; minutes now circulated within ten working "
     "days."),
]
CHARNWOOD_RAG = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}


def make_charnwood(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Outstanding recs"
    for k, v in {"A": 26, "B": 12, "C": 8, "D": 45, "E": 9, "F": 48, "G": 24, "H": 13,
                 "I": 13, "J": 10, "K": 50}.items():
        ws.column_dimensions[k].width = v
    ws["A1"] = "Charnwood Borough Council – Internal Audit Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Audit Committee, 14 January 2025 – outstanding recommendations as at "
                "30 November 2024")
    hdr = ["Audit", "Assurance", "Ref", "Recommendation", "Priority", "Agreed action",
           "Responsible officer", "Original due date", "Revised due date", "RAG", "Update"]
    r = 4
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True)
        cell.fill = fill("BDD7EE")
        cell.border = BOX
        cell.alignment = WRAP
    ws.auto_filter.ref = "A4:K4"
    r += 1
    for row in CHARNWOOD:
        for c, v in enumerate(row, 1):
            cell = ws.cell(r, c, v)
            cell.border = BOX
            cell.alignment = WRAP
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        ws.cell(r, 10).fill = fill(CHARNWOOD_RAG[row[9]])
        r += 1
    r += 1
    ws.cell(r, 1, "Key").font = Font(bold=True)
    r += 1
    for word, col, meaning in [
        ("Complete", BLUE, "Implemented and confirmed by Internal Audit"),
        ("Green", GREEN, "On track to be implemented by the due date"),
        ("Amber", AMBER, "Revised due date agreed / some slippage"),
        ("Red", RED, "Overdue with no agreed revised date"),
    ]:
        ws.cell(r, 1, word).fill = fill(col)
        ws.cell(r, 2, meaning)
        r += 1
    wb.save(path)


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
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.8)


# ---------------------------------------------------------------------------
# 4. Tunbridge Wells BC - Planning service peer review action plan (docx)
# ---------------------------------------------------------------------------
# rec heading, [(ref, action, lead, timescale, progress, rag fill or None)]
TW = [
    ("Recommendation 1: Review the scheme of delegation and the arrangements for referring "
     "applications to Planning Committee, so that the committee concentrates on major and "
     "contentious applications.", [
         ("1.1", "Benchmark the scheme of delegation against comparable Kent authorities and "
                 "bring revised proposals to the Constitution Review Working Group.",
          "Head of Planning", "March 2025",
          "Benchmarking complete. Proposals considered by the Working Group on 11 March 2025.",
          BLUE),
         ("1.2", "Seek Full Council approval of the revised scheme of delegation and referral "
                 "protocol.",
          "Head of Planning / Democratic Services Manager", "July 2025",
          "Report scheduled for Full Council on 16 July 2025.", GREEN),
     ]),
    ("Recommendation 2: Provide regular training for members of Planning Committee, including "
     "on the weight to be given to material considerations and on the risk of appeals and "
     "costs.", [
         ("2.1", "Agree a rolling member training programme with at least four sessions a year, "
                 "including one on appeals and costs.",
          "Development Manager", "Q4 2024/25",
          "Programme agreed with the Committee Chair. Sessions held in January and March 2025 "
          "on viability and on appeals.", BLUE),
         ("2.2", "Make attendance at the core training sessions a requirement before members "
                 "sit on Planning Committee.",
          "Head of Legal Partnership", "Ongoing",
          "Requirement included in the draft Planning Code of Good Practice, which goes to Full "
          "Council with the scheme of delegation.", GREEN),
     ]),
    ("Recommendation 3: Reduce the backlog of undetermined applications and improve "
     "performance on householder and minor applications.", [
         ("3.1", "Use agency staff and PAS-funded capacity to clear applications that are more "
                 "than 26 weeks old.",
          "Development Manager", "Sept 2024 – March 2025",
          "Backlog reduced from 410 to 260 applications. The target of 150 was not met "
          "because two agency planners left early; extra capacity has been agreed to "
          "September.", AMBER),
         ("3.2", "Introduce updated validation checklists and a front-loaded validation team to "
                 "reduce invalid submissions.",
          "Planning Support Manager", "31 May 2025",
          "Validation team in place from April. Updated local validation list out for "
          "consultation until 30 June.", GREEN),
     ]),
    ("Recommendation 4: Give priority and resources to completing the Local Plan examination, "
     "and keep members and the community informed of progress.", [
         ("4.1", "Publish an updated Local Development Scheme setting out the revised "
                 "examination timetable.",
          "Planning Policy Manager", "January 2025",
          "Updated Local Development Scheme published on 20 January 2025.", BLUE),
         ("4.2", "Hold a briefing for all members at each key stage of the examination.",
          "Planning Policy Manager", "As required",
          "Briefings held in February and May 2025.", GREEN),
     ]),
    ("Recommendation 5: Adopt a Local Enforcement Plan with clear priorities and response "
     "times, and report enforcement performance regularly.", [
         ("5.1", "Draft a Local Enforcement Plan, consult on it and take it to Cabinet for "
                 "adoption.",
          "Enforcement Team Leader", "End of October 2025",
          "Drafting has not started because the team has carried two vacancies since January. "
          "Recruitment is under way.", RED),
         ("5.2", "Publish quarterly enforcement performance figures on the Council's website.",
          "Enforcement Team Leader", "Quarterly",
          "Not yet started – follows adoption of the Local Enforcement Plan (5.1).", None),
     ]),
]


def make_tw(path):
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Tunbridge Wells Borough Council – Planning Service Peer Review Action Plan",
                    level=0)
    doc.add_paragraph("Document control").runs[0].bold = True
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    for i, row in enumerate([("Version", "Date", "Author", "Changes"),
                             ("1.0", "10 December 2024", "Head of Planning",
                              "Approved by Cabinet"),
                             ("1.1", "3 June 2025", "Planning Improvement Officer",
                              "Progress update for the Planning and Transportation Cabinet "
                              "Advisory Board")]):
        for j, v in enumerate(row):
            set_text(t.rows[i].cells[j], v, bold=(i == 0))
            if i == 0:
                shade(t.rows[i].cells[j], GREY)
    doc.add_heading("Introduction", level=1)
    doc.add_paragraph(
        "The Planning Advisory Service (PAS) carried out a peer review of the Council's "
        "planning service between 17 and 19 September 2024. The peer team's report, received "
        "in November 2024, made five recommendations. This action plan sets out how the "
        "Council will respond to each recommendation, who is responsible and when the work "
        "will be done. Progress is reported to the Planning and Transportation Cabinet "
        "Advisory Board every six months.")
    doc.add_heading("Action plan", level=1)
    cols = ["Ref", "Action", "Lead officer", "Timescale", "Progress (June 2025)", "RAG"]
    nrows = 1 + sum(1 + len(a) for _, a in TW)
    t = doc.add_table(rows=nrows, cols=len(cols))
    t.style = "Table Grid"
    widths = [Cm(1.3), Cm(8.5), Cm(4.2), Cm(3.2), Cm(7.5), Cm(1.3)]
    for j, h in enumerate(cols):
        set_text(t.rows[0].cells[j], h, bold=True)
        shade(t.rows[0].cells[j], "1F4E79")
        t.rows[0].cells[j].paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    i = 1
    for rec, acts in TW:
        row = t.rows[i]
        m = row.cells[0].merge(row.cells[-1])
        set_text(m, rec, bold=True)
        shade(m, "DEEAF6")
        i += 1
        for ref, action, lead, when, prog, rag in acts:
            cells = t.rows[i].cells
            for j, v in enumerate([ref, action, lead, when, prog, ""]):
                set_text(cells[j], v)
            if rag:
                shade(cells[5], rag)
            i += 1
    for row in t.rows:
        for j, c in enumerate(row.cells):
            c.width = widths[j]
    p = doc.add_paragraph()
    p.add_run("RAG key: ").bold = True
    p.add_run("Blue – complete; Green – on track; Amber – some slippage but recoverable; "
              "Red – off track.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. Northumbria Police - PEEL 2021/22 AFI action plan (docx)
# ---------------------------------------------------------------------------
STATUS_FILL = {"Complete": BLUE, "On track": GREEN, "Green": GREEN, "Amber": AMBER,
               "Red": RED}
NP = [
    ("Responding to the public", "Requires improvement", [
        ("AFI 1 – The force should make sure it answers emergency (999) calls within national "
         "standards.", [
             ("1.1", "Recruit and train an additional 40 call handlers to bring the "
                     "Communications Department up to its agreed establishment.",
              "Head of Communications", "Mar-23", "Amber",
              "32 of the 40 new call handlers are in post and 21 have finished training. The "
              "last intake starts in April."),
             ("1.2", "Introduce a demand-based shift pattern that matches call handler numbers "
                     "to the hours of peak 999 demand.",
              "Head of Communications", "30/06/2023", "On track",
              "New shift pattern consulted on with staff and staff associations; "
              "implementation planned for June."),
         ]),
        ("AFI 2 – The force should reduce the number of non-emergency (101) calls that are "
         "abandoned.", [
             ("2.1", "Launch a call-back facility and online reporting for non-emergency "
                     "calls, and promote them to the public.",
              "Head of Communications; Head of Corporate Communications", "Q1 2023/24",
              "Green",
              "Call-back service live since January 2023. Use of online reporting is up 18% "
              "since the December publicity campaign."),
             ("2.2", "Publish 101 call performance data on the force website.",
              "Performance Manager", "Monthly", "Complete",
              "Data published every month since November 2022."),
         ]),
    ]),
    ("Recording data about crime", "Adequate", [
        ("AFI 3 – The force should improve the accuracy of its crime recording, in particular "
         "for violent crime and for behavioural crimes such as stalking and harassment.", [
             ("3.1", "Deliver crime recording refresher training to all response and "
                     "neighbourhood officers, with a focus on stalking, harassment and "
                     "coercive control.",
              "Force Crime Registrar", "September 2023", "On track",
              "Training package agreed with the College of Policing. 1,150 officers (54%) "
              "trained to date."),
             ("3.2", "Extend the crime standards audit programme to include a monthly audit of "
                     "incidents closed without a crime being recorded.",
              "Force Crime Registrar", "31/03/2023", "Complete",
              "Monthly audits in place since December 2022, with results reported to the "
              "Crime Data Integrity Board."),
             ("3.3", "Put a dedicated crime recording decision-maker in the Communications "
                     "Department on every shift.",
              "Supt Crime Standards", "Dec-23", "Red",
              "Business case not yet approved because of budget pressures. The Chief Officer "
              "Team will consider using existing staff in March."),
         ]),
    ]),
    ("Protecting vulnerable people", "Good", [
        ("AFI 4 – The force should make sure officers record the voice of the child when they "
         "attend incidents where children are present.", [
             ("4.1", "Add a mandatory 'voice of the child' field to the domestic abuse and "
                     "child concern forms on the new records management system.",
              "Det Ch Supt Safeguarding", "August 2023", "Amber",
              "System change requested from the supplier, with testing due in June. Interim "
              "guidance issued to all officers in January."),
             ("4.2", "Dip-sample 50 child concern records every quarter and feed back the "
                     "findings to area commanders.",
              "Public Protection Review Team", "Quarterly", "Green",
              "First dip-sample in January 2023 found the voice of the child recorded in 62% "
              "of records."),
         ]),
    ]),
]


def make_np(path):
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Northumbria Police: PEEL 2021/22 – Areas for Improvement Action Plan",
                    level=0)
    p = doc.add_paragraph()
    p.add_run("Strategic lead: ").bold = True
    p.add_run("Deputy Chief Constable    ")
    p.add_run("Governance: ").bold = True
    p.add_run("Force Improvement Board (monthly)    ")
    p.add_run("Position at: ").bold = True
    p.add_run("28 February 2023")
    doc.add_paragraph(
        "HMICFRS published its PEEL inspection report on Northumbria Police on 22 September "
        "2022. The force was graded good in seven areas, adequate in one and requires "
        "improvement in responding to the public. This plan sets out the actions the force is "
        "taking against each area for improvement (AFI) and is reviewed at every meeting of "
        "the Force Improvement Board.")
    cols = ["Ref", "Action", "Owner", "Due date", "Status", "Update"]
    widths = [Cm(1.2), Cm(8.0), Cm(4.5), Cm(2.6), Cm(2.2), Cm(8.0)]
    for area, grade, afis in NP:
        doc.add_heading(area, level=1)
        gp = doc.add_paragraph()
        gp.add_run("HMICFRS grade: ").italic = True
        gp.add_run(grade).italic = True
        for afi, acts in afis:
            ap = doc.add_paragraph()
            ap.add_run(afi).bold = True
            t = doc.add_table(rows=1 + len(acts), cols=len(cols))
            t.style = "Table Grid"
            for j, h in enumerate(cols):
                set_text(t.rows[0].cells[j], h, bold=True)
                shade(t.rows[0].cells[j], "D9E2F3")
            for i, (ref, action, owner, due, status, upd) in enumerate(acts, 1):
                cells = t.rows[i].cells
                for j, v in enumerate([ref, action, owner, due, status, upd]):
                    set_text(cells[j], v)
                shade(cells[4], STATUS_FILL[status])
            for row in t.rows:
                for j, c in enumerate(row.cells):
                    c.width = widths[j]
            doc.add_paragraph()
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. Maidstone BC - SCRAIP update (tab-separated export) - month typo
# ---------------------------------------------------------------------------
MBC_HDR = ["Ref", "Recommendation", "Executive decision maker", "Response",
           "Action / expected outcome", "Lead officer", "Timescale", "RAG", "Update"]
MBC = [
    ("Safety in the Town Centre review – OSC 20 December 2022 (Minute 56)", [
        ("SAF1", "That the CCTV network is extended to cover the walking routes between the "
                 "town centre car parks and the High Street.",
         "Cabinet Member for Communities and Public Engagement", "Agreed",
         "Install four additional CCTV cameras on Mill Street, Palace Avenue and the "
         "Lockmeadow footbridge, funded from the Safer Streets grant.",
         "Claire Osborne", "March 2024", "Green",
         "Cameras on order; installation booked for the week of 18 March."),
        ("SAF2", "That the Council works with One Maidstone BID and licensed premises to "
                 "achieve Purple Flag accreditation for the town centre.",
         "Cabinet Member for Economic Development", "Agreed – further work required",
         "Prepare and submit a Purple Flag application with One Maidstone BID and the "
         "Pubwatch group.",
         "Claire Osborne / Tom Whitfield", "Janaury 2025", "Amber",
         "Baseline survey of the night-time economy completed in November 2023. Drafting of "
         "the application starts in the spring."),
        ("SAF3", "That taxi marshals are provided at the High Street rank on Friday and "
                 "Saturday nights.",
         "Cabinet Member for Communities and Public Engagement", "Agreed",
         "Fund taxi marshals at the High Street rank from 10pm to 3am on Friday and Saturday "
         "nights for a 12-month trial.",
         "Tom Whitfield", "September 2023", "Complete",
         "Trial started in September 2023 and will be evaluated in September 2024."),
    ]),
    ("Waste and Recycling Strategy review – OSC 13 April 2023 (Minute 112)", [
        ("WAS1", "That a food waste collection is offered to all flats above shops in the town "
                 "centre.",
         "Cabinet Member for Environmental Services", "Partially agreed",
         "Pilot food waste collections at 200 flats above shops in Week Street and Gabriel's "
         "Hill and report the participation rate to the Committee.",
         "Jennifer Stevens", "30/09/2024", "Green",
         "Pilot properties identified and caddies ordered. Collections start on 6 May."),
        ("WAS2", "That the Council publishes its recycling rate by ward each year.",
         "Cabinet Member for Environmental Services", "Agreed",
         "Publish recycling and residual waste figures by ward on the Council's website each "
         "July.",
         "Jennifer Stevens", "July 2024", "Green",
         "Ward-level data extracted from the collection system; first publication planned for "
         "July."),
    ]),
    ("Health Inequality review – OSC 23 January 2024 (Minute 88)", [
        ("HI1", "That the Council's Housing Strategy includes a commitment to reducing the "
                "number of households in temporary accommodation placed outside the borough.",
         "Cabinet Member for Housing and Health", "Agreed",
         "Include an out-of-borough placements target in the refreshed Housing Strategy action "
         "plan.",
         "Head of Housing and Regulatory Services", "Q2 2024/25", "",
         "Awaiting Cabinet response to the Committee's report."),
        ("HI2", "That health inequality impact is considered in every Cabinet report.",
         "Leader of the Council", "Under consideration",
         "Add a health inequalities section to the Cabinet report template.",
         "Democratic and Electoral Services Manager", "TBC", "",
         "Awaiting Cabinet response to the Committee's report."),
    ]),
]


def make_mbc(path):
    lines = [
        ["Maidstone Borough Council – SCRAIP update report: Overview and Scrutiny Committee"],
        ["(Scrutiny Committee Recommendation Action and Implementation Plan) – position at "
         "5 March 2024"],
        [],
        MBC_HDR,
    ]
    n = len(MBC_HDR)
    for review, rows in MBC:
        lines.append([review] + [""] * (n - 1))
        for row in rows:
            lines.append(list(row))
    lines.append([])
    lines.append(["RAG: Green = on track; Amber = some delay; Red = not achieved / overdue; "
                  "Complete = implemented. Blank = awaiting Cabinet response."])
    with open(path, "w", encoding="utf-8", newline="") as f:
        for row in lines:
            f.write("\t".join(row) + "\r\n")


# ---------------------------------------------------------------------------
# 7. Trafford - DPH annual report recommendations action plan (csv)
# ---------------------------------------------------------------------------
TR_HDR = ["Ref", "Priority", "Recommendation", "Action", "Lead", "Target date", "RAG",
          "Progress update (Q2 2024/25)"]
TR = [
    ("1.1", "1. Green and blue spaces",
     "Maximise opportunities for residents to use Trafford's parks and green spaces, "
     "particularly in the north of the borough.",
     "Map access to green space by ward and identify the five wards with the poorest access.",
     "Public Health Programme Manager (Wider Determinants)", "31/10/2024", "Complete",
     "Mapping completed with the GIS team. Gorse Hill, Clifford, Bucklow-St Martins, Longford "
     "and Stretford and Humphrey Park identified."),
    ("1.2", "", "",
     "Work with the voluntary sector to run guided walks and green social prescribing "
     "referrals from primary care networks in the five wards.",
     "LB/JH", "Q4 2024/25", "Green",
     "Two walking groups started in September. Green prescribing pathway agreed with North "
     "PCN."),
    ("2.1", "2. Housing and health",
     "Improve the quality of private rented housing, focusing on damp, mould and cold homes.",
     "Target the Healthy Homes assessment service at private rented homes where residents have "
     "respiratory conditions, using GP practice data.",
     "Strategic Housing Manager", "Mar-25", "Amber",
     "Data-sharing agreement with practices still being finalised, so referrals are currently "
     "from self-referral and housing officers only."),
    ("2.2", "", "",
     "Run an awareness campaign for landlords and tenants on damp and mould ahead of winter "
     "2024.",
     "Strategic Housing Manager / Communications Lead", "November 2024", "Complete",
     "Campaign ran through October and November, including the landlord forum and social "
     "media."),
    ("3.1", "3. Harmful advertising",
     "Restrict the advertising of unhealthy food and drink, alcohol and gambling on "
     "council-owned sites.",
     "Draft a Healthier Advertising Policy for council-owned advertising sites and take it to "
     "the Executive for approval.",
     "Director of Public Health", "31/01/2025", "Green",
     "Draft policy written, drawing on the approach of other Greater Manchester councils. "
     "Legal review under way."),
    ("3.2", "", "",
     "Engage local businesses and the advertising contractor on the draft policy.",
     "Head of Commercial Property", "December 2024", "Amber",
     "Meeting with the contractor postponed to November; business engagement to follow."),
    ("4.1", "4. Active travel",
     "Continue to expand School Streets and safe walking and cycling routes.",
     "Introduce School Streets at a further six primary schools, subject to consultation with "
     "schools and residents.",
     "Sustainable Transport Lead", "Summer term 2025", "Green",
     "Expressions of interest received from nine schools; six shortlisted for consultation in "
     "the spring."),
    ("4.2", "", "",
     "Evaluate the first School Streets schemes, including air quality and the proportion of "
     "pupils walking or cycling to school.",
     "Public Health Consultant", "July 2025", "Not started",
     "Evaluation to be commissioned once the new schemes are agreed."),
    ("5.1", "5. Loneliness and social connection",
     "Build on social prescribing to reduce loneliness, especially in the south of the "
     "borough.",
     "Extend the social prescribing link worker offer to the two primary care networks in the "
     "south of the borough.",
     "Head of Integrated Neighbourhoods", "Ongoing", "Green",
     "Link workers in post in South PCN since July; recruitment for the second PCN under "
     "way."),
]


def make_trafford(path):
    n = len(TR_HDR)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(["Trafford Director of Public Health Annual Report 2023/24 – Recommendations "
                    "Action Plan"] + [""] * (n - 1))
        w.writerow([""] * n)
        w.writerow(TR_HDR)
        for row in TR:
            w.writerow(row)


def main():
    out = HERE
    make_lfb(os.path.join(out, "u2-london-fire-brigade-hmicfrs-improvement-tracker.xlsx"))
    make_lq(os.path.join(out, "u2-lq-housing-ombudsman-special-investigation-action-plan.xlsx"))
    make_charnwood(os.path.join(out, "u2-charnwood-internal-audit-recommendations-tracker.xlsx"))
    make_tw(os.path.join(out, "u2-tunbridge-wells-planning-peer-review-action-plan.docx"))
    make_np(os.path.join(out, "u2-northumbria-police-peel-afi-action-plan.docx"))
    make_mbc(os.path.join(out, "u2-maidstone-scrutiny-scraip-update.txt"))
    make_trafford(os.path.join(out, "u2-trafford-dphar-recommendations-action-plan.csv"))


if __name__ == "__main__":
    main()
