"""Build the seven fv1- blind test files (set heldout212).

Run with /work/main/.venv/bin/python fv1_make.py  (openpyxl, python-docx).
Writes the data files beside this script.
"""
import csv
import os
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))

D = datetime

FILL = {
    "B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000",
    "band": "D9D9D9", "head": "1F3864", "grey": "BFBFBF",
}


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def header_row(ws, row, headers):
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=row, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["head"])
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX


def band_row(ws, row, text, ncols):
    ws.cell(row=row, column=1, value=text)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
    c = ws.cell(row=row, column=1)
    c.font = Font(bold=True)
    c.fill = fill(FILL["band"])


def body_cell(ws, row, col, value, datefmt=None):
    c = ws.cell(row=row, column=col, value=value)
    c.alignment = WRAP
    c.border = BOX
    if datefmt and isinstance(value, datetime):
        c.number_format = datefmt
    return c


# ---------------------------------------------------------------------------
# 1. University Hospitals Sussex - CQC must do / should do (xlsx)
# ---------------------------------------------------------------------------
UHS_TITLE = "University Hospitals Sussex NHS Foundation Trust – CQC Must Do and Should Do Action Plan"

UHS_MUST = [
    ("Royal Sussex County Hospital – Urgent and emergency care", [
        ("The trust must ensure that patients in the emergency department receive timely assessment and treatment, including an initial clinical assessment within 15 minutes of arrival.",
         "Regulation 12(1)(2)(a)", [
             ("MD1.1", "Implement a rapid assessment and treatment (RAT) model in majors with a consultant-led triage rota from 08:00 to midnight.",
              "Chief Operating Officer", D(2024, 9, 30), D(2024, 12, 31),
              "RAT model live from 4 November 2024; median time to initial assessment 11 minutes in March 2025.", "G", "B"),
             ("MD1.2", "Audit time to initial clinical assessment weekly and report compliance to the Urgent Care Board.",
              "Clinical Director – Emergency Medicine", D(2024, 10, 31), D(2025, 6, 30),
              "Weekly audit in place; compliance 87% against the 95% target.", "A", "A"),
         ]),
        ("The trust must ensure that staff in the emergency department complete mandatory training, including paediatric life support, in line with trust targets.",
         "Regulation 18(2)(a)", [
             ("MD2.1", "Deliver additional PILS and EPLS sessions each month and release staff through protected rota time until compliance reaches 90%.",
              "Divisional Director of Nursing – Medicine\nEducation Lead – Emergency Department", D(2025, 3, 31), None,
              "PILS compliance 82% (from 61%); four additional sessions booked for May.", "A", "R"),
         ]),
    ]),
    ("Worthing Hospital – Medical care (including older people’s care)", [
        ("The trust must ensure that mental capacity assessments and best interest decisions are completed and recorded for patients who lack capacity.",
         "Regulation 11(1)(3)", [
             ("MD3.1", "Launch the electronic mental capacity assessment (MCA2) form in the electronic patient record for all medical wards.",
              "Chief Nursing Officer", D(2024, 8, 31), None,
              "Form live on all medical wards from 19 August 2024.", "B", "B"),
             ("MD3.2", "Complete a monthly MCA documentation audit of 10 sets of notes per ward, with results reviewed at the Safeguarding Committee.",
              "Head of Safeguarding Adults", D(2025, 6, 30), None,
              "Audit embedded; compliance 78% in March, up from 52%.", "G", "G"),
         ]),
    ]),
    ("St Richard’s Hospital – Surgery", [
        ("The trust must ensure that the World Health Organization (WHO) surgical safety checklist is fully completed for every patient.",
         "Regulation 12(2)(b)", [
             ("MD4.1", "Relaunch ‘Five Steps to Safer Surgery’ with observational audits of team brief and debrief in every theatre, reported monthly to the Theatres Governance Group.",
              "Associate Medical Director – Surgery; Head of Nursing – Theatres", D(2024, 11, 30), D(2025, 5, 31),
              "Observational audits 94% compliant; debrief compliance remains below target.", "A", "G"),
         ]),
    ]),
]

UHS_SHOULD = [
    ("Royal Sussex County Hospital – Urgent and emergency care", [
        ("SD1.1", "The trust should ensure that patients’ pain scores are recorded and that pain relief is given in a timely way.",
         "Add pain score and time of analgesia to the ED triage dashboard, with exception reports to the nurse in charge each shift.",
         "Matron – Emergency Department", D(2024, 10, 31),
         "Dashboard live; 91% of patients with pain score recorded at triage.", "B"),
    ]),
    ("Worthing Hospital – Medical care (including older people’s care)", [
        ("SD2.1", "The trust should ensure that call bells are within reach of patients and are answered promptly.",
         "Include call bell position in hourly intentional rounding checks and audit it through the monthly ward quality inspection.",
         "Ward Managers (Medical Wards)", D(2025, 1, 31),
         "Added to rounding charts; March audit 96% compliant.", "G"),
        ("SD3.1", "The trust should ensure that discharge summaries are sent to GPs within 24 hours of discharge.",
         "Introduce a daily discharge summary backlog report for each ward and escalate summaries outstanding beyond 24 hours to the consultant of the week.",
         "Clinical Director – Medicine", "Ongoing",
         "Backlog report in place; 81% sent within 24 hours.", "A"),
    ]),
    ("St Richard’s Hospital – Surgery", [
        ("SD4.1", "The trust should ensure that fridge temperatures in theatre recovery are checked and recorded daily.",
         "Replace paper fridge logs with the continuous remote temperature monitoring system used in pharmacy.",
         "Theatre Manager / Pharmacy Governance Lead", D(2025, 7, 31),
         "Business case to Capital Group in June.", None),
    ]),
]


def make_uhsussex():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = UHS_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Core services inspection, February–March 2024 (report published 12 July 2024)"
    ws["A3"] = "Report to: Patient Safety and Quality Committee | Position as at: 30 April 2025"
    ws["A5"] = "RAG key"
    ws["A5"].font = Font(bold=True)
    key = [("B", "Complete – evidence reviewed and accepted by the CQC Compliance Group"),
           ("G", "On track to deliver by the completion date"),
           ("A", "At risk – some slippage, mitigation agreed"),
           ("R", "Off track – completion date missed")]
    for i, (k, txt) in enumerate(key):
        c = ws.cell(row=6 + i, column=1, value=k)
        c.fill = fill(FILL[k])
        c.font = Font(bold=True, color="FFFFFF")
        ws.cell(row=6 + i, column=2, value=txt)
    ws["A11"] = "Summary of position"
    ws["A11"].font = Font(bold=True)
    header_row(ws, 12, ["", "Actions", "B", "G", "A", "R", "Not started"])
    rows = [("Must Do", 6, 2, 2, 1, 1, 0), ("Should Do", 4, 1, 1, 1, 0, 1), ("Total", 10, 3, 3, 2, 1, 1)]
    for r, vals in enumerate(rows, 13):
        for c, v in enumerate(vals, 1):
            body_cell(ws, r, c, v)
    ws.cell(row=15, column=1).font = Font(bold=True)
    ws["A17"] = "Note: where a completion date has been revised, the revision was agreed at the CQC Compliance Group."
    ws.column_dimensions["A"].width = 14
    ws.column_dimensions["B"].width = 70

    # Must Do sheet
    ws = wb.create_sheet("Must Do")
    ws["A1"] = "CQC Must Do Actions"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Breaches of the Health and Social Care Act 2008 (Regulated Activities) Regulations 2014"
    heads = ["Ref", "Must Do (CQC requirement)", "Regulation", "Action", "Lead",
             "Original completion date", "Revised completion date", "Progress update (April 2025)",
             "Previous RAG", "Current RAG"]
    header_row(ws, 4, heads)
    r = 5
    for band, reqs in UHS_MUST:
        band_row(ws, r, band, len(heads))
        r += 1
        for req, reg, acts in reqs:
            first = r
            for ref, act, lead, orig, rev, upd, prev, cur in acts:
                body_cell(ws, r, 1, ref)
                body_cell(ws, r, 4, act)
                body_cell(ws, r, 5, lead)
                body_cell(ws, r, 6, orig, "dd/mm/yyyy")
                body_cell(ws, r, 7, rev, "dd/mm/yyyy")
                body_cell(ws, r, 8, upd)
                for col, v in ((9, prev), (10, cur)):
                    c = body_cell(ws, r, col, v)
                    c.fill = fill(FILL[v])
                    c.alignment = Alignment(horizontal="center", vertical="top")
                r += 1
            body_cell(ws, first, 2, req)
            body_cell(ws, first, 3, reg)
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
                ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    for col, w in zip("ABCDEFGHIJ", (8, 45, 14, 55, 30, 13, 13, 45, 9, 9)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    # Should Do sheet: RAG shown by fill colour only
    ws = wb.create_sheet("Should Do")
    ws["A1"] = "CQC Should Do Actions"
    ws["A1"].font = Font(bold=True, size=13)
    heads = ["Ref", "Should Do", "Action", "Lead", "Completion date", "Progress update (April 2025)", "RAG"]
    header_row(ws, 3, heads)
    r = 4
    for band, acts in UHS_SHOULD:
        band_row(ws, r, band, len(heads))
        r += 1
        for ref, sd, act, lead, due, upd, rag in acts:
            body_cell(ws, r, 1, ref)
            body_cell(ws, r, 2, sd)
            body_cell(ws, r, 3, act)
            body_cell(ws, r, 4, lead)
            body_cell(ws, r, 5, due, "dd/mm/yyyy")
            body_cell(ws, r, 6, upd)
            c = body_cell(ws, r, 7, None)
            if rag:
                c.fill = fill(FILL[rag])
            r += 1
    for col, w in zip("ABCDEFG", (8, 45, 55, 30, 13, 45, 8)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "fv1-university-hospitals-sussex-cqc-must-should-do-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Cambridge Regional College - Prevent RA & action plan (xlsx, REFUSE)
# ---------------------------------------------------------------------------
CRC_TITLE = "Cambridge Regional College – Prevent Duty Risk Assessment and Action Plan 2024/25"

CRC_ROWS = [
    ("1. Leadership and partnership", [
        ("1a", "Governors and senior leaders do not have a current understanding of local Prevent risks.", 2, 4,
         "Annual Prevent briefing for governors; Prevent Lead attends the county Prevent Delivery Group.",
         "Deliver the Counter Terrorism Local Profile briefing to the Board and the Senior Leadership Team.",
         "Vice Principal – Learner Experience", "December 2024", "Delivered to the Board on 10/12/2024.", "Complete"),
        ("1b", "The college does not share information about learners of concern with partners in a timely way.", 2, 4,
         "Information sharing agreement with the county council and police.",
         "Add Prevent referrals to the weekly safeguarding triage meeting and record Channel outcomes on MyConcern.",
         "Designated Safeguarding Lead", "Ongoing", "Standing item from January 2025.", "G"),
    ]),
    ("2. Staff training and awareness", [
        ("2a", "Staff do not recognise the signs of radicalisation or know how to refer a concern.", 3, 4,
         "Home Office Prevent e-learning at induction.",
         "Require all staff to complete the refreshed Prevent awareness e-learning and deliver face-to-face sessions to curriculum teams.",
         "Head of HR & Organisational Development", "Febuary 2025", "Compliance 86%; sessions held with 9 of 14 teams.", "A"),
        ("2b", "Apprentices and work-based learners receive less Prevent teaching than full-time learners.", 3, 3,
         "Prevent covered at apprenticeship induction.",
         "Add Prevent and British values topics to the apprenticeship progress review template.",
         "Head of Apprenticeships", "March 2025", "Template revised; in use from February.", "G"),
    ]),
    ("3. IT and online safety", [
        ("3a", "Learners can access extremist material on college networks.", 2, 5,
         "Web filtering and monitoring; monthly filtering reports to the DSL.",
         "Test filtering against the proscribed groups list each term and report the results to the Safeguarding Steering Group.",
         "Head of IT Services", "Termly", "Spring term test completed 20/01/2025.", "G"),
        ("3b", "Learners are exposed to extremist content on personal devices and social media.", 3, 4,
         "Online safety covered in the tutorial programme.",
         "Deliver tutorial sessions on online radicalisation and misinformation to all 16–18 learners.",
         "Head of Learner Services / Tutorial Manager", "April 2025", "Session plans written; delivery starts after half term.", "A"),
    ]),
    ("4. External speakers and lettings", [
        ("4a", "An external speaker or room hire gives a platform to extremist views.", 2, 4,
         "External speaker policy; terms and conditions for room hire.",
         "Move the external speaker request form online with automatic referral to the Prevent Lead for approval.",
         "Vice Principal – Learner Experience", "May 2025", "Form built; testing with Student Union.", "G"),
    ]),
]


def make_crc():
    wb = Workbook()
    ws = wb.active
    ws.title = "Prevent RA 2024-25"
    ws["A1"] = CRC_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Owner: Vice Principal – Learner Experience (Prevent Lead) | Reviewed termly at the Safeguarding Steering Group | Last reviewed: 27/01/2025"
    ws["A3"] = "Risk score = Likelihood (1–5) x Impact (1–5): 1–6 Low, 8–12 Medium, 15–25 High.  RAG: Complete; G = on track; A = some delay; R = off track"
    heads = ["Ref", "Risk / vulnerability", "L", "I", "Score", "Existing controls", "Further action required",
             "Owner", "Target date", "Progress update", "RAG"]
    header_row(ws, 5, heads)
    r = 6
    refuse_row = None
    for band, rows in CRC_ROWS:
        band_row(ws, r, band, len(heads))
        r += 1
        for ref, risk, l, i, ctl, act, owner, due, upd, rag in rows:
            vals = [ref, risk, l, i, l * i, ctl, act, owner, due, upd, rag]
            for col, v in enumerate(vals, 1):
                body_cell(ws, r, col, v)
            fc = {"Complete": "B"}.get(rag, rag)
            ws.cell(row=r, column=11).fill = fill(FILL[fc])
            if due.startswith("Febuary"):
                refuse_row = r
            r += 1
    for col, w in zip("ABCDEFGHIJK", (6, 40, 4, 4, 6, 38, 50, 30, 14, 36, 9)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    wb.save(os.path.join(HERE, "fv1-cambridge-regional-college-prevent-risk-assessment-action-plan-typo-month-refuse.xlsx"))
    return refuse_row


# ---------------------------------------------------------------------------
# 3. NHS Business Services Authority - ICO data protection audit (xlsx)
# ---------------------------------------------------------------------------
BSA_TITLE = "NHS Business Services Authority – ICO Data Protection Audit Action Plan"

BSA_ROWS = [
    ("Governance & Accountability", [
        ("A4", "NHSBSA should ensure that its Record of Processing Activities (ROPA) is reviewed at least annually and includes all the information required by Article 30 of the UK GDPR.",
         "High",
         "Complete a full review of the ROPA with each directorate’s Information Asset Owner and add the missing retention and lawful basis fields.",
         "Data Protection Officer", D(2024, 12, 31), D(2025, 3, 31), "At risk",
         "Review 80% complete; two directorates outstanding."),
        ("A11", "NHSBSA should ensure that data protection impact assessments (DPIAs) are completed before processing begins and are signed off by the DPO.",
         "Medium",
         "Embed the DPIA screening questions in the change request and project initiation templates so that projects cannot pass Gate 1 without DPO sign-off.",
         "Head of Portfolio Management Office; Data Protection Officer", D(2024, 11, 30), None, "Complete",
         "Templates updated 14/11/2024."),
    ]),
    ("Training & Awareness", [
        ("B3", "NHSBSA should ensure that all staff complete mandatory data security awareness training annually and that compliance is monitored at directorate level.",
         "High",
         "Send monthly directorate compliance reports to Executive Directors and escalate staff more than 30 days overdue to their line managers.",
         "Head of Learning & Development", D(2024, 10, 31), None, "Complete",
         "Organisational compliance 97%."),
        ("B7", "NHSBSA should provide role-specific training for staff who handle subject access requests.",
         "Medium",
         "Develop and deliver a SAR handling e-learning module for the Customer Contact Centre and Information Governance teams.",
         "Information Governance Manager", D(2025, 3, 31), None, "On track",
         "Module in final review; launch planned for 17 March."),
    ]),
    ("Requests for Access", [
        ("C2", "NHSBSA should take action to clear its backlog of subject access requests and ensure that requests are responded to within the statutory timescale.",
         "Urgent",
         "Recruit four fixed-term SAR caseworkers and report weekly backlog figures to the SIRO until the backlog is cleared.",
         "Senior Information Risk Owner (SIRO)", D(2024, 9, 30), D(2025, 1, 31), "Overdue",
         "Backlog reduced from 412 to 96; 71% of requests answered within one month in February."),
        ("C9", "NHSBSA should publish guidance on its website explaining how individuals can make a subject access request.",
         "Low",
         "Publish a ‘How to access your information’ page and an accessible request form on the NHSBSA website.",
         "Head of Digital Content", D(2024, 12, 31), None, "Complete",
         "Page published 2/12/2024."),
    ]),
    ("Records Management", [
        ("D5", "NHSBSA should ensure that its retention schedule is applied to records held in shared drives and Microsoft 365.",
         "Medium",
         "Apply retention labels to all Teams and SharePoint sites in line with the corporate retention schedule.",
         "Head of Records Management / Head of Digital Workplace", D(2025, 6, 30), None, "On track",
         "Labels applied to 3 of 6 directorates."),
        ("D8", "NHSBSA should keep a central log of records destroyed under its retention schedule.",
         "Low",
         "Create a destruction log in the records management system and add a destruction certificate step to the offsite storage contract process.",
         "Records Manager", "Q1 2025/26", None, "On track",
         "Log designed; storage contract variation agreed."),
    ]),
]

BSA_STATUS_FILL = {"Complete": "B", "On track": "G", "At risk": "A", "Overdue": "R"}


def make_bsa():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = BSA_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit Risk and Assurance Committee – 18 March 2025"
    ws["A3"] = "Audit fieldwork: 10–13 June 2024 | Final report issued: 2 September 2024 | Overall assurance: Reasonable"
    header_row(ws, 5, ["Scope area", "Assurance rating", "Urgent", "High", "Medium", "Low", "Complete", "Open"])
    summ = [("Governance & Accountability", "Reasonable", 0, 1, 1, 0, 1, 1),
            ("Training & Awareness", "Reasonable", 0, 1, 1, 0, 1, 1),
            ("Requests for Access", "Limited", 1, 0, 0, 1, 1, 1),
            ("Records Management", "Reasonable", 0, 0, 1, 1, 0, 2),
            ("Total", "", 1, 2, 3, 2, 3, 5)]
    for r, vals in enumerate(summ, 6):
        for c, v in enumerate(vals, 1):
            body_cell(ws, r, c, v)
    ws.cell(row=10, column=1).font = Font(bold=True)
    ws["A12"] = "This plan includes only the recommendations selected for committee tracking; the full ICO report is held by the DPO."
    ws.column_dimensions["A"].width = 32
    ws.column_dimensions["B"].width = 18

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "ICO audit recommendations – position at 28 February 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Status key:"
    for i, (k, v) in enumerate(BSA_STATUS_FILL.items(), 2):
        c = ws.cell(row=2, column=i, value=k)
        c.fill = fill(FILL[v])
    heads = ["Scope area", "ICO ref", "Recommendation", "Priority", "Agreed action", "Action owner",
             "Implementation date", "Revised date", "Status", "Progress update"]
    header_row(ws, 4, heads)
    r = 5
    for area, rows in BSA_ROWS:
        first = r
        for ref, rec, pri, act, owner, due, rev, status, upd in rows:
            vals = [None, ref, rec, pri, act, owner, due, rev, status, upd]
            for col, v in enumerate(vals, 1):
                body_cell(ws, r, col, v, "dd/mm/yyyy")
            ws.cell(row=r, column=9).fill = fill(FILL[BSA_STATUS_FILL[status]])
            r += 1
        c = body_cell(ws, first, 1, area)
        c.font = Font(bold=True)
        ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    for col, w in zip("ABCDEFGHIJ", (22, 8, 50, 9, 50, 30, 14, 12, 11, 40)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "fv1-nhs-business-services-authority-ico-data-protection-audit-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    """Write text into a cell; '\n' starts a new paragraph in the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    for part in parts[1:]:
        q = cell.add_paragraph()
        rr = q.add_run(part)
        rr.bold = bold


def head_cells(table, headers, colour="1F3864"):
    for cell, h in zip(table.rows[0].cells, headers):
        set_cell(cell, h, bold=True)
        shade(cell, colour)
        for run in cell.paragraphs[0].runs:
            run.font.color.rgb = __import__("docx.shared", fromlist=["RGBColor"]).RGBColor(0xFF, 0xFF, 0xFF)


RAG_WORD_FILL = {"Blue": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000",
                 "Complete": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}


# ---------------------------------------------------------------------------
# 4. Bedales School - ISI inspection action plan (docx)
# ---------------------------------------------------------------------------
BED_TITLE = "Bedales School: Action Plan following ISI Inspection (November 2024)"

BED_SECTIONS = [
    ("1. Leadership and management, and governance",
     "Governors should strengthen their oversight of the quality of education in Dunhurst so that they can check that leaders’ actions are improving pupils’ progress.",
     [("1.1", "Appoint a link governor for Dunhurst and set a termly programme of visits focused on the curriculum.",
       "Chair of Governors", "March 2025", "Link governor visit notes received at each Education Committee.", "Complete"),
      ("1.2", "Add a Dunhurst curriculum and progress report, including termly assessment data, to every Education Committee agenda.",
       "Head of Dunhurst; Deputy Head (Academic)", "Summer term 2025", "Committee minutes show challenge on pupil progress.", "G")]),
    ("2. Quality of education, training and recreation",
     "Leaders should ensure that teachers in the senior school consistently adapt their teaching so that pupils who have special educational needs and/or disabilities (SEND) make the progress of which they are capable.",
     [("2.1", "Deliver INSET on adaptive teaching for all senior school teaching staff, led by the Learning Support department.",
       "Director of Learning Support", "January 2025 INSET day", "All teaching staff attended; evaluation 4.3/5.", "Complete"),
      ("2.2", "Share a one-page learning profile for every pupil on the SEND register with all of their teachers through the school MIS.",
       "SENCo", "February half term 2025", "Profiles available for 100% of pupils on the register.", "Complete"),
      ("2.3", "Include adaptive teaching as a focus in the lesson observation cycle.\nHeads of Department to carry out a follow-up learning walk each half term.",
       "Deputy Head (Academic)\nDirector of Learning Support", "Ongoing – reviewed half-termly",
       "Observations show adaptive teaching in at least 80% of lessons.", "A")]),
    ("3. Pupils’ physical and mental health and emotional wellbeing",
     "Leaders should ensure that the arrangements for supporting boarders’ emotional wellbeing at weekends are as effective as those during the week.",
     [("3.1", "Introduce a weekend wellbeing rota so that a member of the pastoral team or the school counsellor is available to each boarding house on Saturdays and Sundays.",
       "Deputy Head (Pastoral)", "September 2025", "Boarder survey shows improved confidence in weekend support.", "G"),
      ("3.2", "Survey boarders each term about weekend provision and report the findings to the Boarding Committee.",
       "Head of Boarding", "Termly", "Survey results reported each term.", "G")]),
    ("4. Safeguarding",
     "Leaders should ensure that records of low-level concerns about staff are reviewed regularly so that any patterns of behaviour are identified promptly.",
     [("4.1", "Move low-level concern records onto the secure staff safeguarding module and review them at each fortnightly DSL meeting, with a termly summary to the safeguarding governor.",
       "Designated Safeguarding Lead", "31 March 2025", "Review evidenced in DSL minutes; termly summary to governor.", "Complete")]),
]


def make_bedales():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph(BED_TITLE, style="Title")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    cover = [("School", "Bedales School (including Dunannie and Dunhurst)"),
             ("Inspection dates", "12–14 November 2024"),
             ("Report published", "8 January 2025"),
             ("Outcome", "All Standards met; four recommended next steps"),
             ("Plan owner", "Head"),
             ("Approved by", "Governors’ Education Committee, 4 February 2025"),
             ("Last updated", "20 May 2025")]
    for k, v in cover:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        shade(row[0], "E7E6E6")
        set_cell(row[1], v)
    doc.add_paragraph()
    doc.add_paragraph(
        "The inspection report identified the recommended next steps below. Progress against each action is "
        "reviewed half-termly by the Senior Leadership Team and reported to the Education Committee.")
    doc.add_paragraph("RAG: G = on track; A = at risk; R = not on track; Complete = action completed and impact reviewed.")
    for heading, step, acts in BED_SECTIONS:
        doc.add_heading(heading, level=2)
        p = doc.add_paragraph()
        p.add_run("Recommended next step").bold = True
        p2 = doc.add_paragraph()
        p2.add_run(step).italic = True
        heads = ["No.", "Action", "Lead", "Timescale", "Success criteria", "RAG"]
        t = doc.add_table(rows=1, cols=len(heads))
        t.style = "Table Grid"
        head_cells(t, heads)
        for no, act, lead, when, succ, rag in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, (no, act, lead, when, succ, rag)):
                set_cell(c, v)
            shade(cells[5], RAG_WORD_FILL[rag])
        doc.add_paragraph()
    doc.add_heading("Version history", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    head_cells(t, ["Version", "Date", "Author", "Changes"])
    for v in (("1.0", "4 February 2025", "Head", "Approved by the Education Committee"),
              ("1.1", "20 May 2025", "Deputy Head (Academic)", "Progress and RAG ratings updated")):
        cells = t.add_row().cells
        for c, x in zip(cells, v):
            set_cell(c, x)
    doc.save(os.path.join(HERE, "fv1-bedales-school-isi-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Northamptonshire Healthcare NHSFT - CQC MH must/should do (docx)
# ---------------------------------------------------------------------------
NHFT_TITLE = "CQC Must Do and Should Do Improvement Plan – Mental Health Services Inspection 2024"

NHFT_SECTIONS = [
    ("Acute wards for adults of working age and psychiatric intensive care units", [
        ("The trust must ensure that ligature risk assessments for all acute wards are up to date and that staff know the ligature risks on their ward. (Regulation 12)", [
            ("MD1.1", "Review and re-issue ligature risk assessments for all eight acute and PICU wards, with environmental heat maps displayed in each nursing office.",
             "Head of Nursing – Adult Inpatients", "30/09/2024", "All assessments reviewed by 20/09/2024; heat maps in place.", "Blue"),
            ("MD1.2", "Add ligature risk awareness to the local induction checklist and test staff knowledge through monthly matron spot checks.\nResults reported to the Inpatient Quality Group.",
             "Modern Matrons (Acute)\nWard Managers", "31/12/2024", "Spot checks in place; 88% of staff able to describe ward ligature risks.", "Green"),
        ]),
        ("The trust must ensure that staff complete mandatory training in Immediate Life Support and the prevention and management of violence and aggression. (Regulation 18)", [
            ("MD2.1", "Add additional ILS and PMVA courses to the training calendar and set ward-level trajectories to reach 90% compliance.",
             "Head of Learning and Development; Head of Nursing – Adult Inpatients", "31/03/2025", "ILS 84%, PMVA 79%. Extra PMVA trainers start in February.", "Amber"),
        ]),
        ("The trust should ensure that patients are offered a copy of their care plan and that this is recorded. (Regulation 9)", [
            ("SD1.1", "Add a ‘copy of care plan offered’ field to the care plan template in the electronic patient record and audit it through the monthly CPA audit.",
             "Clinical Systems Lead", "31/01/2025 (revised from 31/10/2024)", "Field built and in testing; go-live 20 January.", "Green"),
        ]),
    ]),
    ("Mental health crisis services and health-based places of safety", [
        ("The trust must ensure that the length of time people are detained in the health-based place of safety is monitored and that delays are escalated. (Regulation 17)", [
            ("MD3.1", "Introduce a section 136 tracker with automatic escalation to the on-call manager at 12 hours and to the on-call director at 18 hours.",
             "Service Manager – Crisis and Home Treatment", "Nov-24", "Tracker live 4/11/2024; escalations reviewed weekly.", "Blue"),
        ]),
        ("The trust should ensure that staff in the crisis teams receive regular clinical supervision. (Regulation 18)", [
            ("SD2.1", "Set up a monthly supervision compliance report for each crisis team and agree a group supervision model for night staff.",
             "Crisis Team Leaders", "Ongoing", "Compliance 83% in December (target 85%).", "Green"),
        ]),
    ]),
    ("Community-based mental health services for adults of working age", [
        ("The trust must ensure that people waiting for treatment have a documented risk assessment and that their risks are reviewed while they wait. (Regulation 12)", [
            ("MD4.1", "Validate the waiting lists for all community mental health teams and complete a risk review for every person waiting more than 18 weeks.",
             "Associate Director of Operations – Community Mental Health\nClinical Director – Community Mental Health", "28/02/2025",
             "Validation complete for 5 of 7 teams.", "Amber"),
            ("MD4.2", "Introduce a ‘waiting well’ contact every 8 weeks with a named clinician, recorded in the electronic patient record.",
             "Community Team Managers", "Q4 2024/25", "Not started – awaiting recruitment of two practitioners.", "Red"),
        ]),
    ]),
]


def make_nhft():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph("Northamptonshire Healthcare NHS Foundation Trust")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph(NHFT_TITLE, style="Title")
    doc.add_paragraph("Quality and Safety Committee – 23 January 2025 | Progress position at 31 December 2024")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in (("Executive sponsor", "Chief Nurse"), ("Author", "Head of Regulatory Compliance"),
                 ("Version", "5.0"), ("Date", "10 January 2025"),
                 ("Governance route", "Clinical Quality and Safety Group → Quality and Safety Committee → Board of Directors")):
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        set_cell(cells[1], v)

    doc.add_heading("RAG key", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in (("Blue", "Complete – evidence of completion assured by the Regulatory Compliance Team"),
                 ("Green", "On track to complete by the due date"),
                 ("Amber", "At risk of not completing by the due date – mitigation in place"),
                 ("Red", "Not completed by the due date / off track")):
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        shade(cells[0], RAG_WORD_FILL[k])
        set_cell(cells[1], v)

    doc.add_heading("Summary", level=2)
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    head_cells(t, ["Core service", "Must do", "Should do", "Actions", "Complete"])
    for v in (("Acute wards / PICU", "2", "1", "4", "1"), ("Crisis and health-based places of safety", "1", "1", "2", "1"),
              ("Community mental health (adults)", "1", "0", "2", "0"), ("Total", "4", "2", "8", "2")):
        cells = t.add_row().cells
        for c, x in zip(cells, v):
            set_cell(c, x, bold=(v[0] == "Total"))

    heads = ["Ref", "CQC requirement", "Action", "Lead(s)", "Due date", "Progress update (December 2024)", "RAG"]
    for core, reqs in NHFT_SECTIONS:
        doc.add_heading(core, level=2)
        t = doc.add_table(rows=1, cols=len(heads))
        t.style = "Table Grid"
        head_cells(t, heads)
        for req, acts in reqs:
            first = None
            for ref, act, lead, due, upd, rag in acts:
                cells = t.add_row().cells
                if first is None:
                    first = cells[1]
                    set_cell(cells[1], req)
                set_cell(cells[0], ref)
                set_cell(cells[2], act)
                set_cell(cells[3], lead)
                set_cell(cells[4], due)
                set_cell(cells[5], upd)
                set_cell(cells[6], rag)
                shade(cells[6], RAG_WORD_FILL[rag])
                last = cells[1]
            if last is not first:
                first.merge(last)
        doc.add_paragraph()
    doc.add_paragraph("Evidence for completed actions is held in the Regulatory Compliance evidence library and is available to the Committee on request.")
    doc.save(os.path.join(HERE, "fv1-northamptonshire-healthcare-cqc-mental-health-must-should-do-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Learning Curve Group - Ofsted apprenticeships PIAP (csv)
# ---------------------------------------------------------------------------
LCG_TITLE = "Learning Curve Group – Post-Inspection Action Plan (PIAP)"

LCG_AFIS = [
    ("Leaders and managers should ensure that apprentices' off-the-job training is planned and recorded accurately so that all apprentices receive their entitlement.", [
        ("1.1", "Replace the off-the-job training log with a planned OTJ schedule agreed at the start of the apprenticeship and reviewed at every progress review.",
         "Head of Apprenticeship Delivery", "30/09/2024", "Complete", "New schedule used for all starts since August; 96% of apprentices on track for OTJ hours."),
        ("1.2", "Run a monthly OTJ exception report and agree catch-up plans with the employer for any apprentice more than 10% behind.",
         "Director of Apprenticeships / Head of Funding Compliance", "Monthly", "G", "Report running since October; 31 catch-up plans agreed."),
    ]),
    ("Leaders should ensure that employers are fully involved in planning and reviewing their apprentices' training so that on- and off-the-job learning are linked.", [
        ("2.1", "Hold a three-way planning meeting with each employer before the apprentice starts and record the agreed training plan on the e-portfolio.",
         "Employer Engagement Manager", "Oct-24", "Complete", "In place for all new starts."),
        ("2.2", "Train all coaches to lead tripartite progress reviews that set targets linked to the apprentice's job role.\nObserve a sample of reviews each term.",
         "Quality Manager; Lead Coaches", "31/03/2025", "A", "62 of 85 coaches trained; observations show targets still too generic in care."),
        ("2.3", "Publish a termly employer newsletter listing the training topics coming up so that employers can plan related work-based tasks.",
         "Marketing Manager", "Jan-25", "G", "First issue sent 8 January."),
    ]),
    ("Leaders should ensure that apprentices develop a secure understanding of the risks of radicalisation and extremism relevant to their sector and locality.", [
        ("3.1", "Add local Prevent risk case studies to the safeguarding module in each apprenticeship standard's curriculum plan.",
         "Designated Safeguarding Lead", "31/12/2024", "Complete", "Case studies added for all 14 standards."),
        ("3.2", "Check apprentices' understanding of Prevent at every progress review using three standard questions, and act on any gaps.",
         "Lee Harding and Amy Turner", "July 2025", "R", "Questions added to the review template but only 58% of reviews in December recorded answers."),
    ]),
]


def make_lcg():
    ncol = 7
    blank = [""] * ncol

    def line(first, *rest):
        row = [first] + list(rest)
        return row + [""] * (ncol - len(row))

    rows = [line(LCG_TITLE),
            line("Ofsted full inspection 14–17 May 2024: Apprenticeships – Requires improvement; Adult learning programmes – Good"),
            line("Version 3 – updated 10/01/2025 for the Quality Improvement Board"),
            blank,
            ["Area for improvement", "Ref", "Action", "Responsible", "Target date", "RAG", "Progress / impact (January 2025)"]]
    for afi, acts in LCG_AFIS:
        for i, (ref, act, resp, due, rag, upd) in enumerate(acts):
            rows.append([afi if i == 0 else "", ref, act, resp, due, rag, upd])
    rows.append(blank)
    rows.append(line("Key: Complete = action closed and impact evidenced; G = on track; A = some slippage, recoverable; R = off track, escalated to the Quality Improvement Board"))
    rows.append(line("Totals: 7 actions | Complete 3 | G 2 | A 1 | R 1"))
    with open(os.path.join(HERE, "fv1-learning-curve-group-ofsted-apprenticeships-piap.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------------------
# 7. Jesmond Health Partnership - GP IPC audit action plan (txt, tab-separated)
# ---------------------------------------------------------------------------
JHP_TITLE = "Jesmond Health Partnership – Infection Prevention and Control (IPC) Audit Action Plan 2024"

JHP_SECTIONS = [
    ("1. Management and governance", [
        ("1", "IPC policy last reviewed in 2021 and does not reference the National Infection Prevention and Control Manual.",
         "Update the practice IPC policy in line with the National IPC Manual for England and circulate it to all staff via the intranet.",
         "IPC Lead Nurse", "30/11/2024", "18/11/2024", "G"),
        ("2", "Annual IPC statement for 2023 not published on the practice website.",
         "Publish the 2024 annual IPC statement on the website and display it in reception.",
         "Practice Manager", "Dec-24", "12/12/2024", "G"),
    ]),
    ("2. Clinical environment", [
        ("3", "Carpet in consulting room 4, which is used for examinations.",
         "Replace the carpet in consulting room 4 with sealed, coved vinyl flooring; book the works for the Christmas closure.",
         "Practice Manager / Partners", "31/01/2025", "", "R"),
        ("4", "Damaged seat cover on the treatment room couch.",
         "Replace the treatment room couch cover and add couch checks to the weekly treatment room cleaning schedule.",
         "Healthcare Assistant Lead", "Nov 2024", "06/11/2024", "G"),
        ("5", "Clinical hand wash basins in rooms 2 and 6 have overflows and plugs.",
         "Replace the hand wash basins in rooms 2 and 6 with HBN 00-10 compliant basins (no overflow, no plug) as part of the 2025 refurbishment.",
         "Dr S Ahmed & Practice Manager", "June 2025", "", "A"),
    ]),
    ("3. Sharps and clinical waste", [
        ("6", "Two sharps bins in the treatment room not labelled with date of assembly and signature.",
         "Remind all clinical staff at the November clinical meeting and include sharps bin labelling in the monthly sharps audit.",
         "IPC Lead Nurse", "30/11/2024", "27/11/2024", "G"),
        ("7", "Clinical waste bins in the waste compound left unlocked.",
         "Fit a padlock to the waste compound and agree a key holder for the weekly collection.",
         "Facilities Coordinator", "31/10/2024", "15/10/2024", "G"),
    ]),
    ("4. Staff training and immunisation", [
        ("8", "Hepatitis B immunity status not recorded for three clinical staff.",
         "Obtain hepatitis B serology results from occupational health for all clinical staff and record them on the staff immunisation log.",
         "Practice Manager", "30/04/2025", "", "A"),
        ("9", "Hand hygiene training out of date for 4 of 22 staff.",
         "Book outstanding staff onto the hand hygiene e-learning and repeat hand hygiene observation audits every quarter.",
         "IPC Lead Nurse", "Quarterly", "", "A"),
    ]),
]


def make_jhp():
    lines = [JHP_TITLE,
             "Audit date: 09/10/2024\tCompleted by: Practice IPC Lead Nurse with the ICB IPC Nurse Specialist",
             "Overall compliance: 91% (target 95%)\tNext full audit due: October 2025",
             "Status key: R = overdue, A = in progress, G = completed",
             "",
             "No.\tIssue identified\tAction required\tPerson responsible\tTarget date\tDate completed\tStatus"]
    for sec, rows in JHP_SECTIONS:
        lines.append(sec)
        for r in rows:
            lines.append("\t".join(r))
    lines += ["",
              "Summary: 9 actions - G 5, A 3, R 1",
              "Reviewed at the Practice Clinical Governance Meeting on 14/04/2025"]
    with open(os.path.join(HERE, "fv1-jesmond-health-partnership-ipc-audit-action-plan.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_uhsussex()
    row = make_crc()
    print("Cambridge Regional College typo row:", row)
    make_bsa()
    make_bedales()
    make_nhft()
    make_lcg()
    make_jhp()
    print("done")
