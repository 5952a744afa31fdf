#!/usr/bin/env python3
"""Build the seven zpy- blind test files (set heldout732).

Run with /work/main/.venv/bin/python zpy_make.py  (writes next to this script).
Each plan's content is kept in module-level data so that the expected readings
can be checked against the same text.  Only the data files are written here.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
RAG_FILL = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}


def fill(hex6):
    return PatternFill("solid", start_color=hex6, end_color=hex6)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def shade_docx_cell(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, side, Cm(1.8))


def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for r in p.runs:
                r.bold = True


# ---------------------------------------------------------------------------
# 1. HMP Holme House - HMPPS action plan responding to HMIP key concerns (docx)
# ---------------------------------------------------------------------------
HH_FILE = "zpy-hmp-holme-house-hmip-inspection-action-plan.docx"
HH_TITLE = "Action Plan: HMP Holme House"
HH_SECTIONS = [
    ("Priority concerns", [
        {
            "concern": "1. Too many prisoners spent long periods locked in their cells, and only around a third were engaged in full-time education, training or work.",
            "agreed": "Agreed",
            "response": "The establishment accepts this concern. A revised regime and an expanded activities offer will increase time out of cell and purposeful activity for all prisoners.",
            "actions": [
                ("1.1", "Introduce a revised core day that gives every prisoner at least four hours unlocked each weekday, with compliance reviewed at the weekly regime meeting.", "Deputy Governor", "31 January 2025"),
                ("1.2", "Increase the number of activity places to match the population and reduce the number of unemployed prisoners on the wings to below 10%.", "Head of Reducing Reoffending / Head of Education, Skills and Work", "30 June 2025"),
            ],
        },
        {
            "concern": "2. Illicit drugs were too readily available and the positive random mandatory drug testing rate was high at 31%.",
            "agreed": "Agreed",
            "response": "A refreshed local drug strategy has been approved by the Senior Leadership Team and will focus on supply reduction, testing and treatment.",
            "actions": [
                ("2.1", "Deliver the local drug strategy action plan, including increased searching of mail, visits and staff entry points.", "Head of Security", "31 March 2025"),
                ("2.2", "Reopen an incentivised substance-free living unit with 40 places on C wing.", "Head of Residence", "Q4 2024/25"),
            ],
        },
        {
            "concern": "3. Self-harm had risen by 40% since the last inspection and the quality of ACCT case management was not consistently good enough.",
            "agreed": "Partly Agreed",
            "response": "The establishment agrees that ACCT case management must improve. Much of the rise in self-harm relates to a small number of prisoners, each of whom now has an individual multidisciplinary care plan.",
            "actions": [
                ("3.1", "Complete a monthly quality assurance check of a sample of open ACCT documents and give written feedback to each case manager.", "Head of Safer Custody", "Ongoing"),
                ("3.2", "Provide ACCT case manager refresher training to all supervising officers.", "Head of Safer Custody; Training Manager", "December 2024"),
            ],
        },
    ]),
    ("Key concerns", [
        {
            "concern": "4. Cells on A and B wings were overcrowded and in poor condition, with broken windows and inadequate screening of in-cell toilets.",
            "agreed": "Agreed",
            "response": "A decency improvement programme has been agreed with the facilities management provider and will be tracked through the monthly contract meeting.",
            "actions": [
                ("4.1", "Complete a wing-by-wing decency audit and raise every outstanding repair with the facilities management provider.", "Head of Residence", "30 November 2024"),
                ("4.2", "Fit privacy screening to all in-cell toilets on A and B wings.", "Head of Residence", "31 May 2025"),
            ],
        },
        {
            "concern": "5. Prisoners' complaints were not answered within timescales and replies often did not address the issue raised.",
            "agreed": "Agreed",
            "response": "Complaint handling will be monitored weekly by the Senior Leadership Team.",
            "actions": [
                ("5.1", "Introduce a weekly complaints tracker reviewed at the senior leadership meeting, with overdue replies escalated to the functional head.", "Business Hub Manager", "October 2024"),
            ],
        },
    ]),
]


def build_holme_house(path):
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(HH_TITLE, level=1)
    doc.add_paragraph("Action Plan Submitted: 9 October 2024")
    doc.add_paragraph("A Response to the HMIP Inspection: 6 – 16 May 2024")
    doc.add_paragraph("Report Published: 13 August 2024")
    doc.add_heading("INTRODUCTION", level=2)
    doc.add_paragraph(
        "HM Inspectorate of Prisons (HMIP) is an independent inspectorate which reports on the treatment of and "
        "conditions for prisoners in England and Wales. Following each inspection, HM Prison and Probation Service "
        "(HMPPS) is required to produce an action plan setting out how the concerns raised in the report will be addressed.")
    doc.add_paragraph(
        "HMIP reports identify up to 15 key concerns, a number of which are marked as priority concerns. For each "
        "concern this plan states whether it is agreed, partly agreed or not agreed, gives the establishment's response "
        "and sets out the specific actions that will be taken, with the owner and target date of each action identified.")
    doc.add_paragraph(
        "Progress against this plan is monitored by the Governor through the monthly Senior Leadership Team meeting and "
        "by the Prison Group Director, and will be assessed by HMIP at the next independent review of progress or inspection.")
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text = "Term"
    t.rows[0].cells[1].text = "Definition"
    for term, d in [
        ("Agreed", "All of the concern is accepted and will be addressed. The response explains how, with SMART actions and timescales."),
        ("Partly Agreed", "Only part of the concern is accepted. The response states clearly which part will be addressed and why the remainder is not accepted."),
        ("Not Agreed", "The concern is not accepted. The response explains the reasons; no actions are set."),
    ]:
        r = t.add_row().cells
        r[0].text, r[1].text = term, d
    bold_row(t.rows[0])
    doc.add_paragraph("")

    heads = ["Ref", "Concern", "Agreed / Partly Agreed / Not Agreed", "Response", "Action",
             "Responsible Owner", "Target Date"]
    widths = [Cm(1.3), Cm(5.0), Cm(2.4), Cm(5.0), Cm(6.2), Cm(3.2), Cm(2.6)]
    for heading, concerns in HH_SECTIONS:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1, cols=len(heads))
        t.style = "Table Grid"
        for i, h in enumerate(heads):
            t.rows[0].cells[i].text = h
            shade_docx_cell(t.rows[0].cells[i], "D9D9D9")
        bold_row(t.rows[0])
        for c in concerns:
            first = None
            for ref, action, owner, date in c["actions"]:
                cells = t.add_row().cells
                cells[0].text = ref
                cells[4].text = action
                cells[5].text = owner
                cells[6].text = date
                if first is None:
                    first = cells
                    cells[1].text = c["concern"]
                    cells[2].text = c["agreed"]
                    cells[3].text = c["response"]
                else:
                    for col in (1, 2, 3):
                        first[col].merge(cells[col])
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = w
        doc.add_paragraph("")
    doc.add_paragraph("Signed: Governor, HMP Holme House          Date: 9 October 2024")
    doc.save(path)


# ---------------------------------------------------------------------------
# 2. Northumbria Police - HMICFRS online CSAE inspection recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
NP_FILE = "zpy-northumbria-police-hmicfrs-online-child-sexual-abuse-exploitation-recommendations-tracker.xlsx"
NP_TITLE = "Northumbria Police – HMICFRS Online Child Sexual Abuse and Exploitation Inspection: Recommendations Tracker"
D = dt.datetime
# (ref, action, owner, original, revised, previous RAG, current RAG text, current RAG fill, update)
NP_RECS = [
    ("Recommendation 4: By 31 October 2023, chief constables should make sure that every referral about online child sexual abuse received from the National Crime Agency is risk assessed promptly and allocated according to the risk it presents.", [
        ("4.1", "Adopt KIRAT version 3 for all NCA referrals and record the risk grading on Niche within 24 hours of receipt.",
         "DCI Online Safeguarding Team", D(2023, 12, 1), None, "G", "B", BLUE,
         "KIRAT v3 in use since 4 December 2023. Dip sample in September 2024 found 96% graded within 24 hours."),
        ("4.2", "Introduce a daily management review of ungraded referrals, chaired by the Online Safeguarding Team Detective Inspector.",
         "DI Online Safeguarding Team", D(2024, 1, 1), None, "A", "G", GREEN,
         "Daily review in place. Backlog reduced from 61 to 9 referrals."),
    ]),
    ("Recommendation 5: By 31 October 2023, chief constables should make sure that information about children at risk is shared with safeguarding partners without delay and that children are referred for support.", [
        ("5.1", "Agree an information-sharing protocol for online CSAE cases with the six local authority children's services in the force area.",
         "Det Supt Safeguarding", D(2024, 3, 1), D(2024, 12, 1), "A", "A", AMBER,
         "Protocol agreed by five authorities. Final signature awaited; revised date agreed by Force Improvement Board."),
        ("5.2", "Refer every child identified in an online CSAE investigation to the relevant MASH within 24 hours and audit compliance quarterly.",
         "Det Supt Safeguarding / Head of Public Protection Audit", D(2024, 6, 1), None, "G", "G", GREEN,
         "Q2 audit: 91% of referrals made within 24 hours."),
    ]),
    ("Recommendation 7: By 31 October 2023, chief constables should make sure that their forces can obtain and execute search warrants quickly when children are at risk.", [
        ("7.1", "Agree an out-of-hours warrant application process with HMCTS and the Crown Prosecution Service for cases where a child is at immediate risk.",
         "Head of Crime Operations", D(2023, 10, 1), D(2024, 3, 1), "R", "B", BLUE,
         "Process live from 18 March 2024 and included in the duty Superintendent guidance."),
    ]),
    ("Recommendation 9: By 31 March 2024, chief constables should make sure that officers and staff investigating online child sexual abuse are trained and have the skills they need.", [
        ("9.1", "Deliver online CSAE investigation training to all Online Safeguarding Team investigators and supervisors.",
         "Learning & Development Manager", D(2024, 3, 1), D(2024, 12, 1), "A", "R", RED,
         "71% of investigators trained. Two courses cancelled through trainer sickness; escalated to Force Improvement Board."),
        ("9.2", "Add an online safeguarding module to the initial investigators' development programme (PIP1).",
         "L&D Manager, DCI Online Safeguarding Team", D(2025, 4, 1), None, None, "G", GREEN,
         "New action added July 2024. Module content drafted with the College of Policing."),
    ]),
    ("Recommendation 10: By 31 October 2023, chief constables should work with police and crime commissioners to make sure that child victims and their families can get specialist support.", [
        ("10.1", "Commission a specialist therapeutic support pathway for children and families with the OPCC victim services team.",
         "OPCC Head of Victim Services", D(2024, 9, 1), None, "G", None, GREEN,
         "Provider appointed. Pathway launched 2 September 2024."),
        ("10.2", "Publish updated online safety advice for parents and carers on the force website.",
         "Corporate Communications", D(2023, 12, 1), None, "B", "B", BLUE,
         "Published 11 December 2023."),
    ]),
]


def build_northumbria(path):
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = NP_TITLE
    cv["A1"].font = Font(bold=True, size=14, color="1F3864")
    cv["A2"] = ("HMICFRS report: An inspection of how well the police and National Crime Agency tackle the online "
                "sexual abuse and exploitation of children (published 5 April 2023)")
    cv["A3"] = "Position as at 31 October 2024 – for OPCC Scrutiny and Performance Board"
    cv["A5"] = "Document control"
    cv["A5"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Comment"),
            ("0.1", "12/05/2023", "Strategic Planning & Inspection Team", "First draft following publication"),
            ("1.0", "20/06/2023", "Strategic Planning & Inspection Team", "Approved at Force Improvement Board"),
            ("1.5", "31/07/2024", "Strategic Planning & Inspection Team", "Q1 2024/25 update"),
            ("1.6", "31/10/2024", "Strategic Planning & Inspection Team", "Q2 2024/25 update")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cv.cell(row=6 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill("D9E1F2")
    cv["A12"] = "Senior responsible officer: ACC Crime and Safeguarding"
    cv["A14"] = "RAG key"
    cv["A14"].font = Font(bold=True)
    for i, (k, txt) in enumerate([("B", "Complete – evidence accepted by Force Improvement Board"),
                                  ("G", "On track to meet target date"),
                                  ("A", "Some slippage – revised date agreed"),
                                  ("R", "Off track – escalated to Force Improvement Board")]):
        c = cv.cell(row=15 + i, column=1, value=k)
        c.fill = fill(RAG_FILL[k])
        c.alignment = Alignment(horizontal="center")
        cv.cell(row=15 + i, column=2, value=txt)
    cv.column_dimensions["A"].width = 12
    cv.column_dimensions["B"].width = 14
    cv.column_dimensions["C"].width = 36
    cv.column_dimensions["D"].width = 40

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "Online CSAE inspection – recommendations for chief constables"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Position as at 31 October 2024"
    heads = ["Ref", "Action", "Action owner", "Original target", "Revised target",
             "Previous RAG (Jul-24)", "Current RAG (Oct-24)", "Progress update"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for rec, actions in NP_RECS:
        ws.cell(row=r, column=1, value=rec).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = fill("D9E1F2")
        ws.cell(row=r, column=1).alignment = WRAP
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.row_dimensions[r].height = 32
        r += 1
        for ref, action, owner, orig, rev, prev, cur, curfill, upd in actions:
            vals = [ref, action, owner, orig, rev, prev, cur, upd]
            for j, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            if prev:
                ws.cell(row=r, column=6).fill = fill(RAG_FILL[prev])
            ws.cell(row=r, column=7).fill = fill(curfill)
            for j in (6, 7):
                ws.cell(row=r, column=j).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
    for j, w in enumerate([7, 55, 26, 11, 11, 11, 11, 50], 1):
        ws.column_dimensions[get_column_letter(j)].width = w
    ws.freeze_panes = "A5"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of current RAG status"
    sm["A1"].font = Font(bold=True)
    counts = {"B": 0, "G": 0, "A": 0, "R": 0}
    for _, actions in NP_RECS:
        for a in actions:
            key = {BLUE: "B", GREEN: "G", AMBER: "A", RED: "R"}[a[7]]
            counts[key] += 1
    sm["A3"], sm["B3"] = "Status", "Number of actions"
    for i, (k, name) in enumerate([("B", "Complete"), ("G", "On track"), ("A", "Some slippage"), ("R", "Off track")]):
        sm.cell(row=4 + i, column=1, value=name).fill = fill(RAG_FILL[k])
        sm.cell(row=4 + i, column=2, value=counts[k])
    sm["A8"] = "Total"
    sm["A8"].font = Font(bold=True)
    sm["B8"] = "=SUM(B4:B7)"
    sm.column_dimensions["A"].width = 20
    sm.column_dimensions["B"].width = 20
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. Tyne and Wear FRS - Grenfell Tower Inquiry Phase 2 recommendations tracker (csv export)
# ---------------------------------------------------------------------------
TW_FILE = "zpy-tyne-and-wear-fire-rescue-service-grenfell-tower-inquiry-phase-2-recommendations-tracker.csv"
TW_TITLE = "Tyne and Wear Fire and Rescue Service - Grenfell Tower Inquiry Phase 2 Recommendations Tracker"
TW_HEAD = ["Action ID", "Theme", "Recommendation", "Action", "Lead Officer", "Due Date", "Status",
           "Progress Update (December 2024)"]
TW_ROWS = [
    ["TW-GTI2-01", "Incident command",
     "Rec 1: Fire and rescue services should make sure incident commanders are trained to recognise when a building's compartmentation has failed and to revise the evacuation strategy quickly.",
     "Review the high-rise firefighting policy and incident command training package against the Phase 2 findings.",
     "AM Operations", "31/03/2025", "On track",
     "Gap analysis complete.\nRevised policy drafted and out for consultation with the representative bodies."],
    ["TW-GTI2-02", "Incident command",
     "Rec 1: Fire and rescue services should make sure incident commanders are trained to recognise when a building's compartmentation has failed and to revise the evacuation strategy quickly.",
     "Deliver a change-of-evacuation-strategy exercise at each station with high-rise risk in its area.",
     "AM Operations / GM Training and Development", "30/09/2025", "Not started",
     "Exercise programme to start April 2025."],
    ["TW-GTI2-03", "Fire survival guidance",
     "Rec 2: Control rooms should be able to manage large numbers of fire survival guidance calls and share information with the incident ground in real time.",
     "Test the fire survival guidance app with North East fire control partners and adopt it for all high-rise incidents.",
     "GM Control and Mobilising", "Q2 2025/26", "At risk",
     "Supplier delay to the software release.\nRevised delivery plan requested from supplier; risk raised on the ICT risk register."],
    ["TW-GTI2-04", "Fire survival guidance",
     "Rec 2: Control rooms should be able to manage large numbers of fire survival guidance calls and share information with the incident ground in real time.",
     "Run a multi-agency fire survival guidance exercise with Northumberland FRS and North East Ambulance Service.",
     "GM Control and Mobilising", "31/12/2024", "Complete",
     "Exercise held 14 November 2024. Debrief report to Operational Assurance Board January 2025."],
    ["TW-GTI2-05", "Protection and building safety",
     "Rec 3: Fire and rescue services should have enough competent fire safety inspectors to audit high-risk residential buildings.",
     "Recruit and train four additional fire safety inspectors to level 4 diploma standard.",
     "Head of Protection", "31/03/2026", "On track",
     "Two inspectors appointed; two posts out to advert."],
    ["TW-GTI2-06", "Protection and building safety",
     "Rec 3: Fire and rescue services should have enough competent fire safety inspectors to audit high-risk residential buildings.",
     "Complete a risk-based audit of every residential building over 18 metres in the service area.",
     "Head of Protection", "Ongoing", "On track",
     "142 of 171 buildings audited."],
    ["TW-GTI2-07", "Engagement with residents",
     "Rec 4: Fire and rescue services should engage with residents of high-rise buildings, including disabled and vulnerable residents, about evacuation and fire safety.",
     "Deliver targeted home fire safety visits to residents identified by landlords as needing a personal emergency evacuation plan.",
     "AM Prevention and Education & Head of Protection", "30/06/2025", "Off track",
     "Data from two housing providers not yet received.\nEscalated to Chief Fire Officer for discussion with providers."],
    ["TW-GTI2-08", "Organisational learning",
     "Rec 5: Fire and rescue services should make sure learning from the Inquiry is embedded and monitored through their governance arrangements.",
     "Report progress against this tracker to every Governance Committee meeting.",
     "Strategic Planning Manager", "Quarterly", "On track",
     "Standing item on the Governance Committee work programme."],
]


def build_tyne_wear(path):
    width = len(TW_HEAD)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow([TW_TITLE] + [""] * (width - 1))
        w.writerow(["Report to Governance Committee, 20 January 2025"] + [""] * (width - 1))
        w.writerow([""] * width)
        w.writerow(TW_HEAD)
        for row in TW_ROWS:
            w.writerow(row)
        w.writerow([""] * width)
        w.writerow(["Summary: 8 actions - Complete 1, On track 4, At risk 1, Off track 1, Not started 1"] + [""] * (width - 1))
        w.writerow(["Status key: Complete (blue), On track (green), At risk (amber), Off track (red), Not started (no colour)"] + [""] * (width - 1))


# ---------------------------------------------------------------------------
# 4. Cheshire College - South & West - Ofsted post-inspection action plan (xlsx)
# ---------------------------------------------------------------------------
CC_FILE = "zpy-cheshire-college-south-and-west-ofsted-post-inspection-action-plan.xlsx"
CC_TITLE = "Cheshire College – South & West: Post-Inspection Action Plan 2024/25"
# ("section", text) | ("afi", text) | ("action", ref, action, lead, timescale, success, progress, rag)
CC_ROWS = [
    ("section", "Education programmes for young people"),
    ("afi", "AFI 1: Leaders should ensure that teachers in a minority of study programmes plan learning that builds securely on what students already know, so that students make the progress of which they are capable."),
    ("action", "1.1", "Deliver a CPD programme on sequencing the curriculum and checking prior learning, with every teacher completing at least three sessions.",
     "Assistant Principal Teaching, Learning & Assessment", "Summer term 2025",
     "90% of teachers judged effective at planning from starting points in the June learning walks.",
     "Five of six sessions delivered; 84% attendance.", "G"),
    ("action", "1.2", "Rewrite schemes of work in the six lowest-performing programme areas so that they show how knowledge and skills build over the year.",
     "Heads of Faculty", "Mar–Jun 2025",
     "Revised schemes of work approved by the curriculum panel.",
     "Four of six schemes approved. Construction and Sport delayed by staff vacancies.", "A"),
    ("afi", "AFI 2: Leaders should ensure that students who need to achieve GCSE English and mathematics attend their lessons and improve their grades."),
    ("action", "2.1", "Hold termly attendance review meetings with every student whose English or maths attendance is below 85%, involving parents and carers.",
     "Head of English & Maths", "Termly",
     "English and maths attendance at or above 88%.",
     "Attendance 83% at end of spring term (81% last year).", "A"),
    ("action", "2.2", "Introduce weekly progress tracking for GCSE resit students and put in place small-group intervention for those falling behind.",
     "Head of English & Maths; Student Progress Coaches", "31/07/2025",
     "Grade 4+ high grades improved by 5 percentage points.",
     "Tracking live since March; 112 students in intervention groups.", "G"),
    ("section", "Adult learning programmes"),
    ("afi", "AFI 3: Leaders should make sure that adult learners on community courses receive clear information, advice and guidance about their next steps."),
    ("action", "3.1", "Train community tutors to deliver next-steps guidance and record learners' intended destinations on the learner record system.",
     "Head of Adult & Community Learning", "Autumn term 2025",
     "Destinations recorded for 95% of adult learners.",
     "Training planned for August staff development week.", "G"),
    ("section", "Apprenticeships"),
    ("afi", "AFI 4: Leaders should make sure that apprentices' off-the-job training is planned with employers and that apprentices know what they need to do to achieve high grades in their end-point assessments."),
    ("action", "4.1", "Hold a three-way planning review with each employer at the start of every apprenticeship and every 12 weeks thereafter.",
     "Head of Apprenticeships / Employer Engagement Manager", "30/09/2025",
     "All active apprentices have an up-to-date training plan signed by the employer.",
     "Reviews in place for 71% of apprentices.", "R"),
    ("action", "4.2", "Introduce mock end-point assessments with graded feedback for all level 3 apprentices.",
     "Apprenticeship Quality Manager", "May 2025",
     "Distinction rate at end-point assessment above national rate.",
     "Mock EPAs completed for all level 3 standards in May.", "B"),
    ("action", "4.3", "Monitor off-the-job training hours monthly and follow up any apprentice below the expected hours with the employer.",
     "VP Curriculum & Quality", "Ongoing – reviewed monthly",
     "All apprentices on track with off-the-job hours.",
     "Monthly report to PIAP meeting in place.", "G"),
]


def build_cheshire(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "PIAP"
    ncol = 7
    ws["A1"] = CC_TITLE
    ws["A1"].font = Font(bold=True, size=14, color="7030A0")
    ws.merge_cells("A1:G1")
    ws["A2"] = "Ofsted inspection 11–14 February 2025 – Overall effectiveness: Requires improvement"
    ws.merge_cells("A2:G2")
    ws["A3"] = "Plan owner: Vice Principal Curriculum & Quality  |  Monitored by: Quality & Standards Committee  |  Last updated: 16/06/2025"
    ws.merge_cells("A3:G3")
    ws["A5"] = "RAG key:"
    ws["A5"].font = Font(bold=True)
    for j, (k, txt) in enumerate([("B", "B = Complete"), ("G", "G = On track"), ("A", "A = Some slippage"), ("R", "R = Off track")], 2):
        c = ws.cell(row=5, column=j, value=txt)
        c.fill = fill(RAG_FILL[k])
    heads = ["Ref", "Actions", "Lead(s)", "Timescale", "Success criteria / impact measures",
             "Progress update – June 2025", "RAG"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(row=7, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.alignment = WRAP
        c.border = BOX
    r = 8
    for row in CC_ROWS:
        if row[0] == "section":
            c = ws.cell(row=r, column=1, value=row[1])
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("404040")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        elif row[0] == "afi":
            c = ws.cell(row=r, column=1, value=row[1])
            c.font = Font(bold=True)
            c.fill = fill("E4DFEC")
            c.alignment = WRAP
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            ws.row_dimensions[r].height = 32
        else:
            _, ref, action, lead, ts, succ, prog, rag = row
            for j, v in enumerate([ref, action, lead, ts, succ, prog, rag], 1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(row=r, column=7).fill = fill(RAG_FILL[rag])
            ws.cell(row=r, column=7).alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Note: progress is reviewed at the monthly PIAP meeting chaired by the Principal and reported to each Quality & Standards Committee.")
    for j, w in enumerate([6, 55, 30, 16, 40, 40, 7], 1):
        ws.column_dimensions[get_column_letter(j)].width = w

    g = wb.create_sheet("Inspection grades")
    g["A1"] = "Ofsted inspection grades – February 2025"
    g["A1"].font = Font(bold=True)
    for i, (k, v) in enumerate([("Judgement", "Grade"),
                                ("Overall effectiveness", "Requires improvement"),
                                ("The quality of education", "Requires improvement"),
                                ("Behaviour and attitudes", "Good"),
                                ("Personal development", "Good"),
                                ("Leadership and management", "Requires improvement"),
                                ("Education programmes for young people", "Requires improvement"),
                                ("Adult learning programmes", "Good"),
                                ("Apprenticeships", "Requires improvement"),
                                ("Provision for learners with high needs", "Good")], 3):
        g.cell(row=i, column=1, value=k)
        g.cell(row=i, column=2, value=v)
    g.column_dimensions["A"].width = 42
    g.column_dimensions["B"].width = 24
    wb.save(path)


# ---------------------------------------------------------------------------
# 5. Ellesmere College - action plan following ISI inspection (docx, one table per standard / next step)
# ---------------------------------------------------------------------------
EC_FILE = "zpy-ellesmere-college-isi-inspection-action-plan.docx"
EC_TITLE = "Ellesmere College – Action Plan following ISI Inspection (March 2025)"
EC_PARTS = [
    ("Part 1: Standards not met", [
        ("Standard 1: Paragraph 33(j) – Complaints: the school should keep a written record of all complaints made under the formal procedure, showing whether each was resolved at the preliminary stage or proceeded to a panel hearing.", [
            ("1.1", "Create a central complaints log held by the Head's PA and transfer all complaints received since September 2024 onto it.", "Head's PA; Bursar", "14/03/2025", "Complete"),
            ("1.2", "Revise the complaints policy to set out how records are kept and reviewed, and publish it on the school website.", "Bursar", "By 30 April 2025", "Complete"),
        ]),
    ]),
    ("Part 2: Recommended next steps", [
        ("Next step 1: Leaders should ensure that feedback to pupils in the lower school consistently helps them understand how to improve their work.", [
            ("2.1", "Agree a whole-school feedback policy with heads of department and share examples of effective practice at the Inset day.", "Deputy Head (Academic)", "September 2025", "Green"),
            ("2.2", "Include feedback in the termly work scrutiny and report findings to the Education Committee.", "Deputy Head (Academic)", "Termly", "Green"),
        ]),
        ("Next step 2: Leaders should ensure that the boarding houses' evening routines give younger boarders enough time for supervised prep and rest.", [
            ("3.1", "Review the evening timetable in each boarding house with boarders' council representatives.", "Director of Boarding / Head of Sixth Form", "End of Summer term 2025", "Amber"),
            ("3.2", "Introduce a supervised prep room for Years 7 to 9 boarders in the junior boarding house.", "Director of Boarding", "Michaelmas term 2025", "Not started"),
        ]),
        ("Next step 3: Governors should strengthen their oversight of health and safety by receiving regular reports on the completion of risk assessments.", [
            ("4.1", "Add a health and safety compliance dashboard to every Estates and Finance Committee agenda.", "Bursar", "June 2025", "Complete"),
            ("4.2", "Appoint a nominated governor for health and safety and arrange training through AGBIS.", "Chair of Governors", "31/10/2025", "Green"),
        ]),
    ]),
]


def build_ellesmere(path):
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10.5)
    doc.add_heading(EC_TITLE, level=1)
    doc.add_paragraph("Inspection dates: 4 – 6 March 2025.  Report published: 9 April 2025.")
    doc.add_paragraph(
        "This plan sets out how the school will address the standard that inspectors judged not to be met and the "
        "recommended next steps in the ISI report. It is reviewed by the Senior Leadership Team each half term and "
        "by the Board of Governors at each meeting.")
    dc = doc.add_table(rows=1, cols=4)
    dc.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Prepared by", "Approved by"]):
        dc.rows[0].cells[i].text = h
    for row in [("1.0", "2 May 2025", "Head", "Board of Governors"),
                ("1.1", "30 June 2025", "Head", "Education Committee")]:
        cells = dc.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    bold_row(dc.rows[0])
    heads = ["No.", "Action", "Responsible", "Completion date", "Status"]
    widths = [Cm(1.2), Cm(7.6), Cm(3.6), Cm(2.8), Cm(2.0)]
    for part, items in EC_PARTS:
        doc.add_heading(part, level=2)
        for heading, actions in items:
            t = doc.add_table(rows=2, cols=len(heads))
            t.style = "Table Grid"
            top = t.rows[0].cells[0].merge(t.rows[0].cells[len(heads) - 1])
            top.text = heading
            shade_docx_cell(top, "DDEBF7")
            for p in top.paragraphs:
                for r in p.runs:
                    r.bold = True
            for i, h in enumerate(heads):
                t.rows[1].cells[i].text = h
                shade_docx_cell(t.rows[1].cells[i], "F2F2F2")
            bold_row(t.rows[1])
            for ref, action, lead, date, status in actions:
                cells = t.add_row().cells
                for i, v in enumerate([ref, action, lead, date, status]):
                    cells[i].text = v
            for row in t.rows[1:]:
                for i, w in enumerate(widths):
                    row.cells[i].width = w
            doc.add_paragraph("")
    doc.add_heading("Sign-off", level=2)
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for i, v in enumerate(["Chair of Governors", "Signed", "Date: 2 May 2025"]):
        so.rows[0].cells[i].text = v
    for i, v in enumerate(["Head", "Signed", "Date: 2 May 2025"]):
        so.rows[1].cells[i].text = v
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. Ysgol Emrys ap Iwan - Estyn post-inspection action plan (plain text export from Word)
# ---------------------------------------------------------------------------
EA_FILE = "zpy-ysgol-emrys-ap-iwan-estyn-post-inspection-action-plan.txt"
EA_TITLE = "Ysgol Emrys ap Iwan — Post-Inspection Action Plan (PIAP) 2025-2026"
EA_LINES = [
    EA_TITLE,
    "Cynllun Gweithredu Ôl-arolygiad",
    "Estyn core inspection: 3-6 February 2025\tReport published: 7 April 2025",
    "Agreed by the Governing Body: 19 May 2025\tLast reviewed: 1 December 2025",
    "",
    "Progress key: Complete = action finished and impact evaluated; Green = on track; Amber = some delay; Red = not on track",
    "",
    "Recommendation 1: Improve the quality of teaching so that it challenges all pupils to make strong progress",
    "Success criteria: lesson observations and work scrutiny show that most teaching is good or better by July 2026.",
    "Ref\tAction\tLead\tTimescale\tProgress",
    "R1.1\tRun a programme of professional learning on questioning and challenge for all teaching staff.\tDeputy Headteacher (Teaching & Learning)\tAutumn term 2025\tGreen",
    "R1.2\tCarry out joint lesson observations with the local authority and share the findings with middle leaders.\tHeadteacher; Conwy School Improvement Officer\tTermly\tGreen",
    "",
    "Recommendation 2: Strengthen self-evaluation and improvement planning so that leaders at all levels focus on pupils' progress",
    "Success criteria: faculty improvement plans are based on first-hand evidence and show measurable targets.",
    "Ref\tAction\tLead\tTimescale\tProgress",
    "R2.1\tRevise the school's self-evaluation calendar so that it includes learning walks, work scrutiny and pupil voice.",
    "Each faculty to complete a termly self-evaluation report using the new template.\tAssistant Headteacher (Standards)\tJuly 2025\tComplete",
    "R2.2\tTrain middle leaders to write improvement plans with measurable success criteria.\tAssistant Headteacher (Standards)\tDec 2025\tAmber",
    "",
    "Recommendation 3: Improve attendance, particularly for pupils eligible for free school meals",
    "Success criteria: whole-school attendance of at least 92%; attendance of eFSM pupils improves by 4 percentage points.",
    "Ref\tAction\tLead\tTimescale\tProgress",
    "R3.1\tAppoint a family engagement officer to work with families of pupils whose attendance is below 90%.\tHeadteacher\tSept 2025 – July 2026\tGreen",
    "R3.2\tIntroduce a Year 7 transition attendance programme with the partner primary schools.\tALNCo / Head of Year 7\tSummer term 2026\tRed",
    "",
    "Recommendation 4: Ensure that the governing body holds leaders to account robustly for the school's performance",
    "Success criteria: minutes show governors challenging leaders using first-hand evidence.",
    "Ref\tAction\tLead\tTimescale\tProgress",
    "R4.1\tEstablish a governors' Standards Committee that receives a progress report on this plan at every meeting.\tGoverning Body\tOngoing\tGreen",
    "",
    "Monitoring: Standards Committee 10 March 2026 and 16 June 2026; Estyn monitoring visit expected spring 2026.",
]


def build_emrys(path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(EA_LINES) + "\n")


# ---------------------------------------------------------------------------
# 7. Stockport and Trafford PDU - HMI Probation action plan with a mistyped month (xlsx, refuse)
# ---------------------------------------------------------------------------
ST_FILE = "zpy-probation-service-stockport-and-trafford-pdu-hmip-inspection-action-plan-typo-month-refuse.xlsx"
ST_TITLE = "Action Plan: Stockport and Trafford PDU"
# ("group", text) | ("rec", no, text, agreed, [ (action no, action, owner, date, progress, status) ])
ST_ROWS = [
    ("group", "The Stockport and Trafford PDU should:"),
    ("rec", "1", "Improve the quality of assessment, planning and review of work to keep people safe, making full use of domestic abuse and safeguarding information.", "Agreed", [
        ("1.1", "Deliver risk of serious harm assessment workshops to all probation officers and PSOs.", "Head of PDU", "31 July 2025",
         "Workshops delivered to 94% of practitioners.", "Complete"),
        ("1.2", "Senior probation officers to quality assure two cases per practitioner each quarter using the regional tool.", "Senior Probation Officers", "Ongoing",
         "Q1 and Q2 audits completed; themes reported to PDU Quality Board.", "On track"),
    ]),
    ("rec", "2", "Make sure that domestic abuse and safeguarding enquiries are made at the start of every sentence and the responses are recorded.", "Agreed", [
        ("2.1", "Agree a single point of contact with Stockport and Trafford children's services for safeguarding enquiries.", "Head of PDU", "30 September 2025",
         "SPOC arrangements agreed with Trafford; Stockport meeting arranged.", "On track"),
        ("2.2", "Introduce a weekly report of outstanding police domestic abuse checks for senior probation officers.", "Performance and Quality Lead", "31 August 2025",
         "Report in place since 4 August 2025.", "Complete"),
    ]),
    ("rec", "3", "Reduce practitioner workloads so that staff have time to deliver good-quality supervision.", "Partly Agreed", [
        ("3.1", "Recruit to all vacant probation officer posts and prioritise PQiP learners for allocation to the PDU.", "Head of PDU", "31 March 2026",
         "Six of nine vacancies filled.", "Amber"),
    ]),
    ("group", "HMPPS North West region should:"),
    ("rec", "4", "Make sure that accredited programmes and structured interventions are available without delay in both boroughs.", "Agreed", [
        ("4.1", "Increase Building Better Relationships programme capacity by commissioning two additional groups in Trafford.", "Regional Head of Interventions", "28 Febuary 2026",
         "Facilitators identified; groups scheduled for January 2026.", "On track"),
        ("4.2", "Publish a regional interventions waiting list report each month.", "Regional Performance Manager", "31 October 2025",
         "First report published September 2025.", "On track"),
    ]),
    ("rec", "5", "Improve the availability of suitable accommodation for people released from custody into the PDU.", "Agreed", [
        ("5.1", "Extend the CAS3 temporary accommodation contract to include eight additional bed spaces in Stockport.", "Regional Accommodation Lead", "31 December 2025",
         "Contract variation with commissioning team.", "Amber"),
    ]),
]


def build_stockport(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = ST_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("A response to the HM Inspectorate of Probation inspection of probation services in Stockport and "
                "Trafford PDU (fieldwork November 2024, report published 11 March 2025)")
    ws["A3"] = "Action plan submitted: 5 May 2025          Progress as at: 30 September 2025"
    heads = ["Rec No.", "Recommendation", "Agreed / Partly Agreed / Not Agreed", "Action No.", "Action",
             "Responsible Owner", "Target Date", "Progress", "Status"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("BDD7EE")
        c.alignment = WRAP
        c.border = BOX
    r = 6
    typo_row = None
    for item in ST_ROWS:
        if item[0] == "group":
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True)
            c.fill = fill("DDEBF7")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(heads))
            r += 1
            continue
        _, no, text, agreed, actions = item
        start = r
        for k, (ano, action, owner, date, prog, status) in enumerate(actions):
            if k == 0:
                ws.cell(row=r, column=1, value=no)
                ws.cell(row=r, column=2, value=text)
                ws.cell(row=r, column=3, value=agreed)
            for j, v in enumerate([ano, action, owner, date, prog, status], 4):
                ws.cell(row=r, column=j, value=v)
            if "Febuary" in date:
                typo_row = r
            r += 1
        if len(actions) > 1:
            for col in (1, 2, 3):
                ws.merge_cells(start_row=start, start_column=col, end_row=r - 1, end_column=col)
        for rr in range(start, r):
            for j in range(1, len(heads) + 1):
                ws.cell(row=rr, column=j).alignment = WRAP
                ws.cell(row=rr, column=j).border = BOX
    for j, w in enumerate([7, 42, 14, 8, 46, 26, 16, 40, 12], 1):
        ws.column_dimensions[get_column_letter(j)].width = w
    wb.save(path)
    return typo_row


def main():
    build_holme_house(os.path.join(HERE, HH_FILE))
    build_northumbria(os.path.join(HERE, NP_FILE))
    build_tyne_wear(os.path.join(HERE, TW_FILE))
    build_cheshire(os.path.join(HERE, CC_FILE))
    build_ellesmere(os.path.join(HERE, EC_FILE))
    build_emrys(os.path.join(HERE, EA_FILE))
    row = build_stockport(os.path.join(HERE, ST_FILE))
    print("typo month in", ST_FILE, "sheet row", row)


if __name__ == "__main__":
    main()
