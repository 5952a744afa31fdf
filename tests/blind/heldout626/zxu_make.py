#!/usr/bin/env python
"""Build the seven zxu- blind test files (set heldout626).

Run with /work/main/.venv/bin/python zxu_make.py
Writes only files whose names start with "zxu-" in this folder.
The expected readings (zxu-*.expected.yaml) are written by zxu_expected.py, with each reading set by hand.
"""
import csv
import datetime as dt
import io
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
    assert name.startswith("zxu-")
    return os.path.join(HERE, name)


RED = PatternFill("solid", fgColor="FF0000")
AMBER = PatternFill("solid", fgColor="FFC000")
GREEN = PatternFill("solid", fgColor="00B050")
BLUE = PatternFill("solid", fgColor="0070C0")
GREY = PatternFill("solid", fgColor="D9D9D9")
HEAD = PatternFill("solid", fgColor="1F3864")
THEME = PatternFill("solid", fgColor="DDEBF7")
FILL = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
D = dt.datetime


def header_row(ws, row, labels):
    for i, lab in enumerate(labels, start=1):
        c = ws.cell(row=row, column=i, value=lab)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = HEAD
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


# ---------------------------------------------------------------------------
# 1. NHS Lothian - HMP Addiewell healthcare improvement action plan (xlsx)
# ---------------------------------------------------------------------------
ADDIEWELL = [
    ("Theme 1: Leadership and governance", [
        ("Recommendation 1: NHS Lothian and Sodexo Justice Services should agree a joint escort "
         "and access protocol so that patients are brought to healthcare appointments on time.", [
            ("1.1", "Draft a joint healthcare access protocol with Sodexo covering escorts to the health "
                    "centre and hall-based clinics.", "Head of Prison Healthcare",
             D(2024, 9, 30), D(2024, 11, 30), "A", "B",
             "Protocol agreed and signed off at the Joint Operational Group on 19/11/24."),
            ("1.2", "Introduce a daily missed-appointments report shared with the prison duty manager and "
                    "reviewed at the morning huddle.", "Clinical Nurse Manager / Sodexo Head of Operations",
             D(2024, 10, 31), None, "G", "B",
             "Report in place since October. Missed appointments down from 14% to 6%."),
        ]),
        ("Recommendation 2: NHS Lothian should strengthen clinical governance arrangements so that "
         "incidents, complaints and audit results are reviewed and learning is shared with all "
         "healthcare staff.", [
            ("2.1", "Establish a monthly Addiewell healthcare clinical governance meeting with standing agenda "
                    "items for Datix incidents, complaints and audit.", "Service Manager, Prison Healthcare",
             D(2024, 8, 31), None, "B", "B", "First meeting held 27 August 2024; meeting monthly since."),
            ("2.2", "Publish a quarterly learning bulletin for the healthcare team and record staff "
                    "acknowledgement.", "Senior Charge Nurse",
             D(2024, 12, 31), D(2025, 3, 31), "A", "G",
             "First bulletin issued January 2025. Acknowledgement log being set up on Turas."),
        ]),
    ]),
    ("Theme 2: Medicines management", [
        ("Recommendation 3: NHS Lothian should ensure that medicines are administered safely and that "
         "supervised medication rounds take place with adequate officer support.", [
            ("3.1", "Review the medication round timetable with Sodexo so that an officer is present on each "
                    "hall for the whole round.", "Lead Pharmacist, Prison Healthcare",
             D(2024, 10, 31), D(2025, 2, 28), "R", "A",
             "Revised timetable trialled on two halls. Roll-out depends on Sodexo staffing from February."),
            ("3.2", "Complete an audit of in-possession medication risk assessments and re-audit after six "
                    "months.", "R. Kerr; M. Docherty",
             D(2025, 3, 31), None, "G", "G", "Baseline audit complete (n=60). Re-audit booked for March."),
            ("3.3", "Install temperature monitoring in the two medication storage rooms on Lomond and Tweed "
                    "halls, with a daily recording sheet.", "Estates Manager (NHS Lothian)",
             D(2024, 12, 31), D(2025, 4, 30), "A", "R",
             "Works order raised but access to the rooms requires Sodexo security clearance for contractors. "
             "Escalated to Joint Operational Group."),
        ]),
    ]),
    ("Theme 3: Mental health and substance use", [
        ("Recommendation 4: NHS Lothian should reduce waiting times for the mental health team and ensure "
         "that patients on the waiting list are clinically reviewed.", [
            ("4.1", "Recruit to the two vacant mental health nurse posts (Band 6).", "Head of Prison Healthcare",
             D(2025, 3, 31), None, "A", "A", "One post filled (start date 3 March). Second post re-advertised."),
            ("4.2", "Introduce a weekly triage of the mental health waiting list by a senior nurse, with "
                    "risk-rated review dates recorded on Vision.", "Mental Health Team Leader",
             D(2024, 11, 30), None, "G", "B", "Weekly triage in place since 4 November 2024."),
        ]),
        ("Recommendation 5: NHS Lothian should implement the Medication Assisted Treatment (MAT) standards "
         "for people in custody, including same-day access on admission.", [
            ("5.1", "Carry out a baseline assessment of Addiewell against MAT standards 1 to 5 and report to "
                    "the Lothian MAT Implementation Group.",
             "Addictions Nurse Lead / Consultant in Addictions Psychiatry",
             D(2025, 6, 30), None, None, "G", "New action added January 2025. Data collection started."),
        ]),
    ]),
]


def make_addiewell():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "HMP Addiewell Healthcare Improvement Action Plan"
    ws["A1"].font = Font(bold=True, size=16)
    ws["A2"] = "NHS Lothian – Prison Healthcare Service"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Response to the HM Inspectorate of Prisons for Scotland full inspection of HMP Addiewell "
                "(3–14 June 2024); health and wellbeing findings by Healthcare Improvement Scotland")
    ws["A5"] = "Document control"
    ws["A5"].font = Font(bold=True)
    header_row(ws, 6, ["Version", "Date", "Author", "Summary of changes"])
    rows = [
        ("0.1", D(2024, 7, 22), "Service Manager, Prison Healthcare", "First draft following inspection feedback"),
        ("1.0", D(2024, 8, 30), "Service Manager, Prison Healthcare",
         "Approved by Prison Healthcare Governance Group"),
        ("1.1", D(2024, 10, 31), "Service Manager, Prison Healthcare", "Q2 progress update"),
        ("1.2", D(2025, 1, 31), "Service Manager, Prison Healthcare",
         "Q3 progress update; action 5.1 added; revised dates agreed for 2.2, 3.1, 3.3"),
    ]
    for r, row in enumerate(rows, start=7):
        for c, v in enumerate(row, start=1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BOX
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
    ws["A13"] = "RAG key"
    ws["A13"].font = Font(bold=True)
    key = [("B", "Complete – evidence of completion held"), ("G", "On track to deliver by target date"),
           ("A", "At risk – some slippage, mitigation in place"), ("R", "Off track – target date missed or will be missed")]
    for r, (k, text) in enumerate(key, start=14):
        ws.cell(row=r, column=1, value=k).fill = FILL[k]
        ws.cell(row=r, column=2, value=text)
    ws["A19"] = "Reporting route: Prison Healthcare Governance Group → REAS Quality Improvement Group → NHS Lothian Healthcare Governance Committee"
    widths(ws, [12, 14, 36, 70])

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "HMP Addiewell Healthcare Improvement Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Last updated: 31 January 2025 (Q3 2024/25)   |   Owner: Head of Prison Healthcare"
    labels = ["Ref", "Recommendation", "Action", "Lead(s)", "Original target date", "Revised target date",
              "Previous RAG", "Current RAG", "Progress update"]
    header_row(ws, 4, labels)
    r = 5
    for theme, recs in ADDIEWELL:
        ws.cell(row=r, column=1, value=theme).font = Font(bold=True)
        for c in range(1, 10):
            ws.cell(row=r, column=c).fill = THEME
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for rec, acts in recs:
            first = r
            for ref, action, lead, orig, rev, prev, cur, prog in acts:
                ws.cell(row=r, column=1, value=ref)
                ws.cell(row=r, column=3, value=action)
                ws.cell(row=r, column=4, value=lead)
                c = ws.cell(row=r, column=5, value=orig)
                c.number_format = "dd/mm/yyyy"
                c = ws.cell(row=r, column=6, value=rev)
                c.number_format = "dd/mm/yyyy"
                if prev:
                    ws.cell(row=r, column=7, value=prev).fill = FILL[prev]
                ws.cell(row=r, column=8, value=cur).fill = FILL[cur]
                ws.cell(row=r, column=9, value=prog)
                for cc in range(1, 10):
                    ws.cell(row=r, column=cc).alignment = WRAP
                    ws.cell(row=r, column=cc).border = BOX
                r += 1
            ws.cell(row=first, column=2, value=rec)
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
            ws.cell(row=first, column=2).alignment = WRAP
    r += 1
    ws.cell(row=r, column=1, value="Current RAG summary").font = Font(bold=True)
    r += 1
    for k, label, n in [("B", "Blue – complete", 4), ("G", "Green – on track", 3),
                        ("A", "Amber – at risk", 2), ("R", "Red – off track", 1)]:
        ws.cell(row=r, column=1, value=k).fill = FILL[k]
        ws.cell(row=r, column=2, value=label)
        ws.cell(row=r, column=3, value=n)
        r += 1
    ws.cell(row=r, column=2, value="Total actions").font = Font(bold=True)
    ws.cell(row=r, column=3, value=10).font = Font(bold=True)
    r += 2
    ws.cell(row=r, column=1, value="Note: actions rated Blue at two consecutive updates are moved to the closed "
                                    "actions log once evidence has been accepted by the Governance Group.")
    widths(ws, [7, 42, 50, 26, 13, 13, 10, 10, 50])
    ws.freeze_panes = "A5"
    wb.save(out("zxu-nhs-lothian-hmp-addiewell-healthcare-his-inspection-improvement-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Earlston High School - Education Scotland inspection action plan (xlsx, REFUSE)
# ---------------------------------------------------------------------------
EARLSTON = [
    ("Area for improvement 1: Senior leaders should continue to develop approaches to self-evaluation so "
     "that all staff use data to identify and close gaps in attainment.", [
        ("1.1", "Train all principal teachers in the use of Insight and the BGE tracking tool to analyse "
                "attainment by SIMD and ASN.", "DHT (Attainment)", "Aug 2025", "Oct 2025",
         "All PTs present department data at attainment review meetings", "G"),
        ("1.2", "Hold attainment review meetings with each faculty after each tracking period.",
         "Head Teacher", "Oct 2025", "June 2026", "Meeting notes record agreed interventions", "G"),
        ("1.3", "Introduce a self-evaluation calendar using How good is our school? (4th edition) QIs 1.3, "
                "2.3 and 3.2.", "SLT", "Aug 2025", "Dec 2025", "Calendar published; staff survey shows "
                "increased confidence", "A"),
    ]),
    ("Area for improvement 2: Teachers should ensure that learning is consistently well matched to the "
     "needs of all young people, particularly in the broad general education (S1 to S3).", [
        ("2.1", "Deliver a programme of professional learning on differentiation and metacognition for all "
                "teaching staff.", "DHT (Learning and Teaching)", "Aug 2025", "Mar 2026",
         "Learning visits show most lessons well matched to need", "G"),
        ("2.2", "Carry out learning visits in S1–S3 with feedback to staff and departmental next steps.",
         "SLT / Faculty Heads", "Oct 2025", "Febuary 2026", "Learning visit analysis reported to staff", "A"),
        ("2.3", "Review support plans for young people with additional support needs and share strategies "
                "with class teachers through the pupil profile.", "PT Pupil Support", "Sept 2025", "Dec 2025",
         "All support plans reviewed and shared", "R"),
    ]),
    ("Area for improvement 3: Senior leaders and staff should review the curriculum to ensure that all young "
     "people in the senior phase have appropriate pathways, including vocational and work-based learning.", [
        ("3.1", "Consult young people, parents and partners on senior phase options, including Borders College "
                "and Foundation Apprenticeships.", "DHT (Curriculum)", "Nov 2025", "Jan 2026",
         "Consultation report shared with Parent Council", "G"),
        ("3.2", "Publish a revised senior phase course choice booklet with new pathways for session 2026-27.",
         "DHT (Curriculum) / DYW Co-ordinator", "Jan 2026", "Mar 2026", "Uptake of vocational courses increases",
         "G"),
    ]),
]


def make_earlston():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = "Earlston High School – Inspection Action Plan 2025-26"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Scottish Borders Council – Education and Lifelong Learning"
    ws["A3"] = ("Following the inspection by HM Inspectors of Education (Education Scotland), report "
                "published 20 May 2025")
    header_row(ws, 5, ["Ref", "Action", "Lead", "Start", "Completion date", "Measures of success", "RAG"])
    r = 6
    for afi, acts in EARLSTON:
        ws.cell(row=r, column=1, value=afi).font = Font(bold=True)
        ws.cell(row=r, column=1).alignment = WRAP
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.row_dimensions[r].height = 32
        r += 1
        for ref, action, lead, start, end, measure, rag in acts:
            vals = [ref, action, lead, start, end, measure, rag]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
            ws.cell(row=r, column=7).fill = FILL[rag]
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG: R – not started or behind schedule; A – under way, some delay; "
                                   "G – on track; B – complete")
    ws.cell(row=r + 1, column=1, value="Progress reported to the Parent Council and to the Quality Improvement "
                                       "Officer each term.")
    widths(ws, [7, 60, 24, 11, 15, 40, 7])
    wb.save(out("zxu-earlston-high-school-education-scotland-inspection-action-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# 3. Penarth Town Council - Audit Wales recommendations action plan (xlsx)
# ---------------------------------------------------------------------------
PENARTH_OPEN = [
    ("R1: The Council should ensure that the annual return is approved by full Council and submitted to the "
     "Auditor General by 30 June each year.", [
        ("1.1", "Adopt a year-end timetable setting the dates for the accounts to go to the Finance & Governance "
                "Committee (May) and full Council (June).", "Responsible Financial Officer", D(2026, 5, 31), "G",
         "Draft timetable to October committee."),
        ("1.2", "Add approval of the annual return as a standing June agenda item for full Council.",
         "Town Clerk", "By 30 June 2026", "G", ""),
    ]),
    ("R3: The Council should maintain a complete and reconciled fixed asset register and ensure that the asset "
     "value reported in the annual return agrees to it.", [
        ("3.1", "Carry out a physical check of all council assets, including street furniture and the Paget "
                "Rooms equipment, and update the asset register.", "Town Clerk / Deputy Town Clerk",
         D(2026, 1, 31), "A", "Street furniture survey started; Paget Rooms inventory outstanding."),
        ("3.2", "Reconcile the asset register to the figure reported in section 2 of the annual return and keep "
                "the reconciliation with the year-end papers.", "Responsible Financial Officer", D(2026, 4, 30),
         None, "Follows 3.1."),
    ]),
    ("R4: The Council should be able to demonstrate that it has considered the effectiveness of its internal "
     "audit arrangements each year.", [
        ("4.1", "Report a review of the effectiveness of internal audit to the Finance & Governance Committee "
                "each year before the accounts are approved.", "Chair of Finance & Governance Committee",
         "Annually", "G", "First review considered 14 May 2025 (minute 25/031)."),
    ]),
]
PENARTH_CLOSED = [
    ("R2: The Council should review its Financial Regulations and Standing Orders against the current model "
     "documents and readopt them.", [
        ("2.1", "Review the Financial Regulations against the 2024 model and present the revised version to full "
                "Council.", "Town Clerk", D(2025, 3, 31), D(2025, 3, 24), "Adopted 24 March 2025."),
        ("2.2", "Review Standing Orders and readopt them at the Annual Meeting of the Council.", "Town Clerk",
         "May 2025", D(2025, 5, 12), "Readopted at Annual Meeting 12 May 2025."),
    ]),
    ("R5: The Council should ensure that payments made under section 137 of the Local Government Act 1972 are "
     "separately recorded and do not exceed the annual limit.", [
        ("5.1", "Set up a separate s137 expenditure code in the accounts package and report s137 spend against "
                "the limit at each Finance & Governance meeting.", "RFO; Finance Officer", D(2025, 4, 30),
         D(2025, 4, 9), "Cost centre 4700 created; reported monthly."),
    ]),
]


def make_penarth():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ws["A1"] = "Penarth Town Council – Audit Wales Recommendations Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Audit of Accounts for the year ended 31 March 2024 – issues arising reported by the Auditor "
                "General for Wales (letter dated 28 February 2025)")
    ws["A3"] = "Monitored by the Finance & Governance Committee. Last updated 12 September 2025. See Key tab for status colours."
    header_row(ws, 5, ["Audit Wales recommendation", "Ref", "Action agreed by the Council", "Lead",
                       "Target date", "Status", "Comments"])
    r = 6
    for rec, acts in PENARTH_OPEN:
        first = True
        for ref, action, lead, target, rag, comment in acts:
            ws.cell(row=r, column=1, value=rec if first else None)
            first = False
            vals = [None, ref, action, lead, target, None, comment or None]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(row=r, column=c)
                if c > 1:
                    cell.value = v
                cell.alignment = WRAP
                cell.border = BOX
            ws.cell(row=r, column=5).number_format = "dd/mm/yyyy"
            if rag:
                ws.cell(row=r, column=6).fill = FILL[rag]
            r += 1
    widths(ws, [50, 6, 55, 26, 14, 9, 40])

    ws = wb.create_sheet("Closed actions")
    ws["A1"] = "Closed actions – retained for audit trail"
    ws["A1"].font = Font(bold=True, size=12)
    header_row(ws, 3, ["Audit Wales recommendation", "Ref", "Action agreed by the Council", "Lead",
                       "Target date", "Date completed", "Status", "Evidence / comments"])
    r = 4
    for rec, acts in PENARTH_CLOSED:
        first = True
        for ref, action, lead, target, done, comment in acts:
            vals = [rec if first else None, ref, action, lead, target, done, None, comment]
            first = False
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
            ws.cell(row=r, column=5).number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=6).number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=7).fill = BLUE
            r += 1
    widths(ws, [50, 6, 55, 22, 14, 14, 9, 40])

    ws = wb.create_sheet("Key")
    ws["A1"] = "Status key"
    ws["A1"].font = Font(bold=True)
    for r, (fill, text) in enumerate([(RED, "Overdue / not on track"), (AMBER, "In progress – some risk to target date"),
                                      (GREEN, "On track"), (BLUE, "Complete"), (None, "No colour – not yet started")],
                                     start=2):
        if fill:
            ws.cell(row=r, column=1).fill = fill
        ws.cell(row=r, column=2, value=text)
    ws["A8"] = "Recommendations are numbered as in the Audit Wales letter. R2 and R5 are closed."
    widths(ws, [8, 45])
    wb.save(out("zxu-penarth-town-council-audit-wales-audit-of-accounts-recommendations-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------

def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    """Write text; '\n' in text starts a new paragraph in the cell."""
    parts = text.split("\n")
    cell.paragraphs[0].text = ""
    run = cell.paragraphs[0].add_run(parts[0])
    run.bold = bold
    for p in parts[1:]:
        para = cell.add_paragraph()
        rr = para.add_run(p)
        rr.bold = bold


def table_header(table, labels, fill="1F3864"):
    for i, lab in enumerate(labels):
        c = table.rows[0].cells[i]
        set_cell(c, lab, bold=True)
        for run in c.paragraphs[0].runs:
            run.font.color.rgb = None
        shade(c, fill)


# ---------------------------------------------------------------------------
# 4. Ysgol Tir Morfa - Estyn post-inspection action plan (docx)
# ---------------------------------------------------------------------------
TIRMORFA = [
    ("Recommendation 1: Strengthen the use of assessment information to plan pupils’ next steps in learning, "
     "particularly for pupils with profound and multiple learning difficulties", [
        ("1.1", "Introduce the Routes for Learning assessment framework for all pupils in the PMLD classes and "
                "train staff in its use.", "Deputy Headteacher / ALNCo", "January 2025 – March 2025",
         "All PMLD pupils have a Routes for Learning baseline and route map", "B"),
        ("1.2", "Hold half-termly pupil progress meetings for each class, using assessment information to set "
                "and review individual next steps.\nRecord agreed next steps on the school’s tracking system and "
                "share them with parents at IDP reviews.", "Headteacher", "Ongoing",
         "Next steps in IDPs are specific and reviewed; parents report they understand them", "G"),
        ("1.3", "Moderate assessment judgements with Ysgol Plas Brondyffryn and other special schools in the "
                "GwE cluster.", "Assistant Headteacher (Assessment)", "Summer term 2025",
         "Moderation records show agreement on judgements", "A"),
    ]),
    ("Recommendation 2: Improve the consistency of provision for pupils’ communication skills, including the "
     "use of signing and symbols, across all classes", [
        ("2.1", "Provide whole-staff Makaton training, with refresher sessions for support staff new to the "
                "school.", "Speech and Language Therapist and ALNCo", "July 2025",
         "All staff trained to Level 2; new staff trained within one term", "G"),
        ("2.2", "Agree a whole-school communication policy setting out the use of symbols, signing and aided "
                "language displays in every classroom.", "Deputy Headteacher", "Autumn term 2025",
         "Policy approved by governors; learning walks show consistent use", "G"),
        ("2.3", "Carry out learning walks each term focused on communication, and feed back to staff.",
         "Senior Leadership Team", "Termly", "Learning walk records show improvement over time", "G"),
    ]),
    ("Recommendation 3: Ensure that governors are well informed and hold leaders to account for the impact "
     "of improvement work", [
        ("3.1", "Arrange training for governors on their role in school self-evaluation, delivered by "
                "Denbighshire governor support.", "Chair of Governors", "March 2025",
         "All governors attended; training evaluation positive", "B"),
        ("3.2", "Link each governor to one recommendation, visiting the school each term and reporting to the "
                "full governing body.", "Chair of Governors and Headteacher", "Summer term 2025",
         "Visit reports presented at each full governing body meeting", "A"),
        ("3.3", "Present a progress report on this plan to the full governing body, with evidence of impact "
                "for each recommendation.", "Headteacher", "September 2025",
         "Minutes show governors challenging and questioning progress", "G"),
    ]),
]


def make_tirmorfa():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading("Ysgol Tir Morfa – Post-Inspection Action Plan", level=0)
    p = doc.add_paragraph("Cynllun Gweithredu Ôl-Arolygiad")
    p.runs[0].italic = True
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("School", "Ysgol Tir Morfa, Rhyl (Denbighshire County Council)"),
                 ("Headteacher", "Headteacher"),
                 ("Date of Estyn inspection", "4–7 November 2024"),
                 ("Date of report", "14 January 2025"),
                 ("Plan approved by governing body", "25 February 2025"),
                 ("Progress review", "June 2025 (RAG column updated)")]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)
        shade(row[0], "D9E2F3")
    doc.add_paragraph()
    doc.add_paragraph("This plan addresses the recommendations in the Estyn inspection report. It has been agreed "
                      "with Denbighshire County Council and GwE and will be monitored by the governing body.")
    kp = doc.add_paragraph()
    kp.add_run("RAG key: ").bold = True
    kp.add_run("B – action completed; G – on track; A – some slippage, action being taken; R – not on track")
    labels = ["Ref", "Actions", "Responsibility", "Timescale", "Success criteria", "RAG (June 2025)"]
    colours = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}
    for rec, acts in TIRMORFA:
        doc.add_heading(rec, level=2)
        tbl = doc.add_table(rows=1, cols=len(labels))
        tbl.style = "Table Grid"
        table_header(tbl, labels, fill="D9E2F3")
        for ref, action, resp, when, crit, rag in acts:
            cells = tbl.add_row().cells
            for c, v in zip(cells, [ref, action, resp, when, crit, rag]):
                set_cell(c, v)
            shade(cells[5], colours[rag])
        doc.add_paragraph()
    doc.add_heading("Monitoring and evaluation", level=2)
    doc.add_paragraph("The headteacher will report progress to each meeting of the full governing body. The "
                      "local authority and GwE will carry out a joint review visit in the summer term 2025.")
    doc.add_heading("Sign-off", level=2)
    s = doc.add_table(rows=3, cols=3)
    s.style = "Table Grid"
    for i, lab in enumerate(["Role", "Signed", "Date"]):
        set_cell(s.rows[0].cells[i], lab, bold=True)
    set_cell(s.rows[1].cells[0], "Headteacher")
    set_cell(s.rows[1].cells[2], "25/02/2025")
    set_cell(s.rows[2].cells[0], "Chair of Governors")
    set_cell(s.rows[2].cells[2], "25/02/2025")
    doc.save(out("zxu-ysgol-tir-morfa-estyn-post-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Orchardville Society - RQIA day care setting QIP (docx)
# ---------------------------------------------------------------------------
ORCH = [
    ("Section A – Action required to ensure compliance with The Day Care Setting Regulations (Northern "
     "Ireland) 2007", [
        ("Area for improvement 1",
         "The registered person shall ensure that all staff receive mandatory training in adult safeguarding "
         "and that training records are kept up to date.",
         "Ref: Regulation 20 (1) (c)\nStated: First time", [
            ("Training matrix reviewed and all staff overdue adult safeguarding training booked onto the "
             "January 2025 course.", "Registered Manager", "31 January 2025", "Achieved"),
            ("Monthly audit of the training matrix to be completed and reported to the Responsible Individual.",
             "Registered Manager", "Monthly", "On track"),
        ]),
        ("Area for improvement 2",
         "The registered person shall ensure that each service user’s care plan is reviewed at least annually "
         "and when needs change, with the involvement of the service user and their representative.",
         "Ref: Regulation 16 (2) (b)\nStated: First time", [
            ("Review schedule drawn up for all 38 service users; reviews prioritised for those not reviewed in "
             "the last 12 months.", "Key Workers and Registered Manager", "28 February 2025", "Achieved"),
            ("Care plan template amended to record who took part in each review and the service user’s views.",
             "Day Services Manager", "31 May 2025", "On track"),
        ]),
    ]),
    ("Section B – Action required to ensure compliance with the Day Care Settings Minimum Standards (2021)", [
        ("Area for improvement 3",
         "The registered person shall ensure that the reports of the monthly quality monitoring visits include "
         "an action plan with timeframes and that progress is reviewed at the next visit.",
         "Ref: Standard 17.10\nStated: First time", [
            ("Monthly monitoring report template revised to include an action plan section; actions carried "
             "forward and reviewed at each visit.", "Responsible Individual", "Immediate and ongoing",
             "On track"),
        ]),
        ("Area for improvement 4",
         "The registered person shall ensure that fire drills are held at least twice a year and that the "
         "records include the names of staff and service users taking part.",
         "Ref: Standard 28.4\nStated: First time", [
            ("Fire drill held on 20 November 2024 and recorded on the new drill log.", "Registered Manager",
             "30 November 2024", "Achieved"),
            ("Second fire drill to be scheduled with the building landlord for the spring.", "Facilities Officer",
             "June 2025", "Not started"),
        ]),
    ]),
]


def make_orchardville():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    doc.add_heading("Quality Improvement Plan – Orchardville Day Opportunities (Belfast)", level=1)
    doc.add_paragraph("Unannounced care inspection carried out by the Regulation and Quality Improvement Authority "
                      "(RQIA) on 12 November 2024. This plan sets out the areas for improvement identified during "
                      "the inspection and the actions the registered person is taking to address them.")
    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [("Registered organisation", "Orchardville Society"),
                 ("Responsible Individual", "Chief Executive"),
                 ("Registered Manager", "Day Services Manager"),
                 ("RQIA ID", "11873"),
                 ("Inspection ID", "IN046521"),
                 ("Date of inspection", "12 November 2024"),
                 ("QIP returned to RQIA", "10 January 2025"),
                 ("Progress update", "30 April 2025"),
                 ("Areas for improvement", "4 (2 regulations, 2 standards)")]:
        row = info.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)
        shade(row[0], "E2EFD9")
    doc.add_paragraph()
    labels = ["Area for improvement", "Ref / Stated", "Action taken or planned", "Responsible person", "Date",
              "Status"]
    for section, afis in ORCH:
        doc.add_heading(section, level=2)
        tbl = doc.add_table(rows=1, cols=len(labels))
        tbl.style = "Table Grid"
        table_header(tbl, labels, fill="E2EFD9")
        for afi_no, afi_text, ref, acts in afis:
            start = len(tbl.rows)
            for action, who, when, status in acts:
                cells = tbl.add_row().cells
                set_cell(cells[2], action)
                set_cell(cells[3], who)
                set_cell(cells[4], when)
                set_cell(cells[5], status)
            end = len(tbl.rows) - 1
            a = tbl.cell(start, 0)
            b = tbl.cell(start, 1)
            if end > start:
                a = a.merge(tbl.cell(end, 0))
                b = b.merge(tbl.cell(end, 1))
            set_cell(a, afi_no, bold=True)
            a.add_paragraph(afi_text)
            set_cell(b, ref)
        doc.add_paragraph()
    doc.add_paragraph("Please ensure this document is completed in full and returned via the Web Portal.")
    s = doc.add_table(rows=2, cols=3)
    s.style = "Table Grid"
    for i, lab in enumerate(["Completed by (position)", "Signature", "Date"]):
        set_cell(s.rows[0].cells[i], lab, bold=True)
    set_cell(s.rows[1].cells[0], "Registered Manager")
    set_cell(s.rows[1].cells[2], "30/04/2025")
    doc.save(out("zxu-orchardville-society-rqia-day-care-setting-quality-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Fife IJB - Audit and Risk Committee action list (csv)
# ---------------------------------------------------------------------------
FIFE_OPEN = [
    ("ARC/24/11", "15/11/2024", "6.1",
     "Provide the Committee with a summary of how the IJB's Directions to Fife Council and NHS Fife are "
     "monitored, including timescales for review of each Direction.",
     "Head of Strategic Planning, Performance & Commissioning", "19/09/2025", "G",
     "Paper drafted. Deferred from March agenda to align with the Directions Policy refresh.\n"
     "Now scheduled for the September meeting."),
    ("ARC/25/02", "24/01/2025", "5.2",
     "Bring the refreshed Strategic Risk Register, with revised risk appetite statements, to the Committee.",
     "Chief Finance Officer", "Sept 2025", "G", "Risk workshop with IJB members held 2 May."),
    ("ARC/25/03", "24/01/2025", "7.1",
     "Confirm with Fife Council internal audit when the follow-up review of Care at Home commissioning will be "
     "reported.", "Chief Internal Auditor (Fife Council)", "TBC", "A",
     "Depends on agreement of the 2025/26 internal audit plan."),
    ("ARC/25/05", "14/03/2025", "4.3",
     "Circulate the Audit Scotland national report on integration joint boards' finances with a short covering "
     "note highlighting the key messages for Fife.", "N Connor / A Valente", "30/04/2025", "R",
     "Covering note in draft; will be circulated by end of May."),
    ("ARC/25/06", "14/03/2025", "6.2",
     "Arrange a development session for members on the IJB's assurance framework.",
     "Director of Health & Social Care", "w/c 02/06/25", "G", "Venue booked (Fife House)."),
    ("ARC/25/07", "14/03/2025", "8.1",
     "Update the Annual Governance Statement action plan to show revised target dates, and report progress to "
     "the Committee quarterly.", "Chief Finance Officer", "Quarterly", "G", ""),
]
FIFE_CLOSED = [
    ("ARC/24/09", "13/09/2024", "5.1",
     "Add the Medium Term Financial Strategy risk to the agenda of the Finance, Performance and Scrutiny "
     "Committee.", "Chief Finance Officer", "15/11/2024", "Complete", "Considered by FP&S on 8 November 2024."),
    ("ARC/24/12", "15/11/2024", "7.2",
     "Circulate the internal audit plan 2025/26 to members for comment before the March meeting.",
     "Chief Internal Auditor (Fife Council)", "28/02/2025", "Complete", "Circulated 21 February 2025."),
    ("ARC/25/04", "24/01/2025", "9.1",
     "Amend the Committee's terms of reference to reflect the revised Integration Scheme and submit them to "
     "the IJB for approval.", "Head of Corporate Governance & Democratic Services", "31/03/2025", "Complete",
     "Approved by the IJB on 28 March 2025."),
]


def make_fife():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    n = 8
    pad = lambda first: [first] + [""] * (n - 1)
    w.writerow(pad("Fife Integration Joint Board – Audit and Risk Committee Action List"))
    w.writerow(pad("Rolling action list as at 16 May 2025"))
    w.writerow(pad(""))
    w.writerow(["Action No.", "Meeting Date", "Minute Ref", "Action", "Action Owner", "Due Date", "RAG", "Update"])
    w.writerow(pad("OPEN ACTIONS"))
    for row in FIFE_OPEN:
        w.writerow(list(row))
    w.writerow(pad("CLOSED ACTIONS (since last meeting)"))
    for row in FIFE_CLOSED:
        w.writerow(list(row))
    w.writerow(pad(""))
    w.writerow(pad("RAG: R = overdue; A = at risk of missing due date; G = on track; Complete = closed since "
                   "last meeting (will be removed from the list after this meeting)"))
    with open(out("zxu-fife-ijb-audit-and-risk-committee-action-list.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. St Colman's High and Sixth Form College - ETI inspection action plan (txt, tab-separated)
# ---------------------------------------------------------------------------
COLMAN = [
    ("Area for improvement 1: To improve the consistency of the quality of learning and teaching at key stage 3 "
     "so that all pupils are challenged and supported to make progress.", [
        ("1.1", "Develop a shared model of effective learning and teaching with agreed expectations for "
                "questioning, feedback and differentiation.", "Vice-Principal (Curriculum)",
         "Sept 2025 – Dec 2025", "Model agreed and used in all KS3 departments", "Achieved"),
        ("1.2", "Establish paired lesson observations across departments, with a focus on challenge for more "
                "able pupils.", "Mrs M. Rooney and Mr D. Kelly", "Termly",
         "Observation records show more lessons with appropriate challenge", "On track"),
        ("1.3", "Use pupil voice surveys in Year 8 and Year 9 to evaluate the impact of changes to learning and "
                "teaching.", "Head of Key Stage 3", "May 2026", "Survey results improve on 2024 baseline",
         "Not started"),
    ]),
    ("Area for improvement 2: To develop further the use of data by middle leaders to identify and address "
     "underachievement, particularly in mathematics.", [
        ("2.1", "Provide training for heads of department on using the school's tracking system to identify "
                "pupils at risk of underachievement.", "Data Manager / Vice-Principal (Pastoral)",
         "Autumn term 2025", "All heads of department use tracking data in department reviews", "Achieved"),
        ("2.2", "Introduce half-termly tracking reviews in mathematics, with intervention groups for pupils "
                "below target.", "Head of Mathematics", "Ongoing",
         "Fewer pupils more than one grade below target", "On track"),
        ("2.3", "Report progress on GCSE mathematics outcomes to the Board of Governors' Curriculum Committee.",
         "Principal", "June 2026", "Governors' minutes record scrutiny of outcomes", "Not started"),
    ]),
]


def make_colman():
    lines = [
        "St Colman's High and Sixth Form College, Ballynahinch – ETI Inspection Action Plan 2025-26",
        "Areas for improvement identified in the Education and Training Inspectorate report (inspection "
        "October 2024; report published January 2025)",
        "Approved by the Board of Governors: 11 March 2025\tLast reviewed: 15 December 2025",
        "",
        "No.\tAction\tLead person(s)\tTimeframe\tSuccess indicators\tStatus",
    ]
    for afi, acts in COLMAN:
        lines.append(afi)
        for row in acts:
            lines.append("\t".join(row))
    lines += [
        "",
        "Status key: Achieved = action completed; On track = under way within timeframe; Not started = "
        "scheduled later in the plan",
        "Next review: Board of Governors, March 2026.",
    ]
    with open(out("zxu-st-colmans-high-school-ballynahinch-eti-inspection-action-plan.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_addiewell()
    make_earlston()
    make_penarth()
    make_tirmorfa()
    make_orchardville()
    make_fife()
    make_colman()
    print("built 7 files")
