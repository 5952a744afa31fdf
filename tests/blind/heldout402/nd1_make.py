#!/usr/bin/env python3
"""Build the seven nd1- data files of set heldout402.

Run with /work/main/.venv/bin/python (python-docx, openpyxl).  Every data file is
written from the tables below.  Each action record also carries the hand-written
expected reading (lead list, end month, status, headings) from which the
NAME.expected.yaml files were written; this script writes only the data files.
"""
import csv
import datetime as dt
import os
import sys

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

RAG_HEX = {"R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0"}
RAG_NAME = {"R": "red", "A": "amber", "G": "green", "B": "blue"}


def A(ref, action, lead_cell, lead, end_cell, end, status, under, end_text=None, **extra):
    d = dict(ref=ref, action=action, lead_cell=lead_cell, lead=lead, end_cell=end_cell,
             end=end, status=status, under=under)
    if end_text is not None:
        d["end_text"] = end_text
    d.update(extra)
    return d


# ---------------------------------------------------------------------------
# helpers for docx
# ---------------------------------------------------------------------------

def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, italic=False, size=9):
    cell.text = ""
    parts = text.split("\n")
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        r.italic = italic
        r.font.size = Pt(size)


# ===========================================================================
# 1. The Deepings School - post-Ofsted action plan (docx, table per priority)
# ===========================================================================
DEEP_P1 = "Priority 1: The curriculum in key stage 3"
DEEP_R1 = ("In some subjects, the curriculum is not implemented consistently well. Teachers do not "
           "routinely check what pupils know and remember before moving on to new content. Leaders "
           "should ensure that teachers use assessment precisely to identify and address gaps in "
           "pupils’ knowledge.")
DEEP_P2 = "Priority 2: Reading across the curriculum"
DEEP_R2 = ("Leaders have introduced a new approach to supporting pupils who are at the early stages "
           "of learning to read, but this is at an early stage. Leaders should ensure that the "
           "weakest readers receive precise support so that they catch up quickly.")
DEEP_P3 = "Priority 3: Attendance of disadvantaged pupils"
DEEP_R3 = ("Too many disadvantaged pupils are persistently absent from school. Leaders should "
           "continue to work with families to improve the attendance of these pupils so that they "
           "benefit from the full curriculum.")

DEEP = [
    (DEEP_P1, DEEP_R1, [
        A("1.1", "Deliver a programme of CPD on responsive teaching and retrieval practice for all "
                 "teaching staff, using INSET days and fortnightly Teaching and Learning briefings.",
          "Deputy Headteacher (Teaching and Learning)", ["Deputy Headteacher (Teaching and Learning)"],
          "Autumn term 2024", "2024-12", "blue", [DEEP_P1, DEEP_R1],
          crit="Learning walks show teachers checking understanding before moving on in at least 80% of KS3 lessons.",
          rag="B"),
        A("1.2", "Subject leaders to review key stage 3 curriculum maps and identify the essential "
                 "knowledge pupils must secure in each unit.",
          "Subject Leaders / Assistant Headteacher (Curriculum)",
          ["Subject Leaders", "Assistant Headteacher (Curriculum)"],
          "December 2024", "2024-12", "blue", [DEEP_P1, DEEP_R1],
          crit="Revised curriculum maps in place for all KS3 subjects and quality assured by SLT.",
          rag="B"),
        A("1.3", "Introduce low-stakes knowledge quizzes at the start of each unit.\n"
                 "Heads of Department to sample quiz outcomes each half term and adapt teaching plans.",
          "Heads of Department", ["Heads of Department"],
          "Spring term 2025", "2025-04", "green", [DEEP_P1, DEEP_R1],
          crit="Department reviews show teaching plans adapted in response to quiz outcomes.",
          rag="G"),
    ]),
    (DEEP_P2, DEEP_R2, [
        A("2.1", "Screen all Year 7 and Year 8 pupils using the NGRT reading test and identify those "
                 "with a reading age below 9.",
          "Reading Lead", ["Reading Lead"],
          "October 2024", "2024-10", "blue", [DEEP_P2, DEEP_R2],
          crit="All Y7 and Y8 pupils screened; intervention groups set up by October half term.",
          rag="B"),
        A("2.2", "Train six teaching assistants to deliver the phonics-based catch-up programme to "
                 "identified pupils three times a week.",
          "SENCo & Reading Lead", ["SENCo", "Reading Lead"],
          "January 2025", "2025-01", "green", [DEEP_P2, DEEP_R2],
          crit="Pupils in the programme make at least 12 months’ progress in reading age in 6 months.",
          rag="G"),
        A("2.3", "Launch a tutor-time reading programme for Years 7–9 and track reading ages termly.",
          "Assistant Headteacher (Personal Development)", ["Assistant Headteacher (Personal Development)"],
          "Summer term 2025", "2025-07", "amber", [DEEP_P2, DEEP_R2],
          crit="Tutor reading takes place four mornings a week; reading ages tracked in SIMS.",
          rag="A"),
    ]),
    (DEEP_P3, DEEP_R3, [
        A("3.1", "Appoint an Attendance Officer and introduce weekly attendance panels for pupils "
                 "below 90% attendance.",
          "Headteacher / Chair of LGB", ["Headteacher", "Chair of LGB"],
          "September 2024", "2024-09", "blue", [DEEP_P3, DEEP_R3],
          crit="Attendance Officer in post; panel minutes show actions agreed for every pupil below 90%.",
          rag="B"),
        A("3.2", "Put in place first-day calling and home visits for disadvantaged pupils who are "
                 "absent for three consecutive days.",
          "Attendance Officer; Heads of Year", ["Attendance Officer", "Heads of Year"],
          "Ongoing", None, "green", [DEEP_P3, DEEP_R3], end_text="Ongoing",
          crit="Persistent absence of disadvantaged pupils falls from 31% to below 22%.",
          rag="G"),
        A("3.3", "Report the attendance of disadvantaged pupils to the Local Governing Body every "
                 "half term.",
          "Deputy Headteacher (Pastoral)", ["Deputy Headteacher (Pastoral)"],
          "Half-termly", None, "green", [DEEP_P3, DEEP_R3], end_text="Half-termly",
          crit="LGB minutes record challenge on attendance at each meeting.",
          rag="G"),
    ]),
]


def build_deepings(path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    d.add_paragraph("The Deepings School – Post-Ofsted Action Plan 2024–25", style="Title")
    d.add_paragraph("Following the Ofsted inspection on 14 and 15 May 2024 (overall effectiveness: "
                    "Requires improvement)")
    d.add_paragraph("Document control", style="Heading 2")
    dc = d.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for k, v in [("Version", "1.3"), ("Owner", "Headteacher"),
                 ("Approved by", "Local Governing Body, 9 July 2024"),
                 ("Last updated", "3 February 2025"),
                 ("Next review", "Local Governing Body, 24 March 2025")]:
        r = dc.add_row().cells
        set_cell(r[0], k, bold=True)
        set_cell(r[1], v)
    d.add_paragraph("")
    d.add_paragraph("RAG key")
    key = d.add_table(rows=1, cols=4)
    key.style = "Table Grid"
    for c, (lt, txt) in zip(key.rows[0].cells, [("R", "R – not started / significant concern"),
                                               ("A", "A – under way, some risk to timescale"),
                                               ("G", "G – on track"),
                                               ("B", "B – complete")]):
        set_cell(c, txt, bold=True)
        shade(c, RAG_HEX[lt])
    for prio, rec, acts in DEEP:
        d.add_paragraph(prio, style="Heading 1")
        p = d.add_paragraph()
        r = p.add_run(rec)
        r.italic = True
        t = d.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Actions", "Lead", "Timescale",
                                          "Success criteria", "RAG"]):
            set_cell(c, h, bold=True)
            shade(c, "D9E2F3")
        for a in acts:
            cells = t.add_row().cells
            set_cell(cells[0], a["ref"])
            set_cell(cells[1], a["action"])
            set_cell(cells[2], a["lead_cell"])
            set_cell(cells[3], a["end_cell"])
            set_cell(cells[4], a["crit"])
            set_cell(cells[5], a["rag"], bold=True)
            shade(cells[5], RAG_HEX[a["rag"]])
        d.add_paragraph("")
    d.add_paragraph("Progress against this plan is reported to each meeting of the Local Governing "
                    "Body and to the Trust’s Standards Committee.")
    d.add_paragraph("Signed: ______________________ Headteacher        "
                    "Signed: ______________________ Chair of the Local Governing Body")
    d.save(path)


# ===========================================================================
# 2. Bramhall Park Medical Centre - CQC inspection action plan (docx, one table,
#    merged section and requirement rows)
# ===========================================================================
BP_S1 = "Requirement notice – Regulation 12 Safe care and treatment"
BP_R1 = ("The provider had not ensured that patients prescribed high-risk medicines were monitored "
         "in line with national guidance, and not all medicines safety alerts had been acted on.")
BP_S2 = "Requirement notice – Regulation 17 Good governance"
BP_R2 = ("Systems and processes to assess, monitor and improve the quality and safety of services "
         "were not operated effectively, in particular the oversight of staff training and the "
         "management of significant events.")
BP_S3 = "Areas where the practice should make improvements"
BP_R3 = "Continue to improve the uptake of cervical screening."
BP_R4 = "Take steps to improve patient satisfaction with telephone access to the practice."

BRAMHALL = [
    (BP_S1, [(BP_R1, [
        A("1", "Search of the clinical system completed for all patients prescribed methotrexate, "
               "lithium or a DOAC; overdue monitoring booked and patients recalled.",
          "Dr R Kaur (Prescribing Lead)", ["Dr R Kaur (Prescribing Lead)"],
          "31/10/2024", "2024-10", "blue", [BP_S1, BP_R1],
          stat="Completed – 47 patients recalled, all monitoring now in date"),
        A("2", "Introduce a monthly high-risk drug monitoring search run by the clinical pharmacist, "
               "with results reviewed at the clinical meeting.",
          "Clinical Pharmacist / Dr R Kaur", ["Clinical Pharmacist", "Dr R Kaur"],
          "November 2024", "2024-11", "blue", [BP_S1, BP_R1],
          stat="Complete"),
        A("3", "Set up a safety alerts log; each MHRA alert to be assigned to a named GP, actioned "
               "and signed off within two weeks.",
          "Practice Manager and Dr J Okafor", ["Practice Manager", "Dr J Okafor"],
          "30/11/2024", "2024-11", "green", [BP_S1, BP_R1],
          stat="On track – log in place, retrospective review of 2024 alerts under way"),
    ])]),
    (BP_S2, [(BP_R2, [
        A("4", "Produce a training matrix for all clinical and non-clinical staff covering "
               "safeguarding, basic life support, infection prevention and control and information "
               "governance.",
          "Practice Manager", ["Practice Manager"],
          "December 2024", "2024-12", "blue", [BP_S2, BP_R2],
          stat="Complete"),
        A("5", "All staff to complete outstanding mandatory training, with time protected during "
               "two practice learning afternoons.",
          "Practice Manager", ["Practice Manager"],
          "31/01/2025", "2025-01", "green", [BP_S2, BP_R2],
          stat="On track – 86% compliance at 10/01/2025"),
        A("6", "Revise the significant event policy; discuss all significant events at the monthly "
               "practice meeting and record the learning shared.",
          "Deputy Practice Manager", ["Deputy Practice Manager"],
          "End of February 2025", "2025-02", "unrated", [BP_S2, BP_R2],
          stat="Not started"),
    ])]),
    (BP_S3, [
        (BP_R3, [
            A("7", "Nurse-led cervical screening clinics on Tuesday evenings and Saturday mornings; "
                   "text reminders sent to all patients overdue screening.",
              "Lead Practice Nurse", ["Lead Practice Nurse"],
              "Ongoing", None, "green", [BP_S3, BP_R3], end_text="Ongoing",
              stat="On track – uptake 71.8% (Q3) up from 66.2%"),
        ]),
        (BP_R4, [
            A("8", "Install a cloud-based telephone system with call queuing and call-back, and "
                   "publicise online consultations on the practice website.",
              "Practice Manager / PCN Digital Lead", ["Practice Manager", "PCN Digital Lead"],
              "March 2025", "2025-03", "amber", [BP_S3, BP_R4],
              stat="Amber – installation date put back by the supplier"),
        ]),
    ]),
]


def build_bramhall(path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    d.add_paragraph("CQC Inspection Action Plan – Bramhall Park Medical Centre", style="Heading 1")
    cov = d.add_table(rows=0, cols=2)
    cov.style = "Table Grid"
    for k, v in [("Provider", "Bramhall Park Medical Centre (GP partnership)"),
                 ("Inspection date", "17 September 2024"),
                 ("Report published", "6 November 2024"),
                 ("Overall rating", "Requires improvement"),
                 ("Plan owner", "Practice Manager"),
                 ("Last updated", "14 January 2025")]:
        r = cov.add_row().cells
        set_cell(r[0], k, bold=True, size=10)
        set_cell(r[1], v, size=10)
    d.add_paragraph("")
    d.add_paragraph("Status: Complete / On track / Amber (delayed, revised date to be agreed) / "
                    "Red (off track). Evidence for each action is held in the CQC folder on the "
                    "practice shared drive.")
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["No.", "Action to be taken", "Responsible",
                                      "Completion date", "Status / evidence"]):
        set_cell(c, h, bold=True)
        shade(c, "1F4E79")
        for p in c.paragraphs:
            for r in p.runs:
                r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for sect, groups in BRAMHALL:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[4])
        set_cell(m, sect, bold=True, size=10)
        shade(m, "BDD7EE")
        for req, acts in groups:
            row = t.add_row()
            m = row.cells[0].merge(row.cells[4])
            set_cell(m, req, italic=True)
            shade(m, "F2F2F2")
            for a in acts:
                cells = t.add_row().cells
                set_cell(cells[0], a["ref"])
                set_cell(cells[1], a["action"])
                set_cell(cells[2], a["lead_cell"])
                set_cell(cells[3], a["end_cell"])
                set_cell(cells[4], a["stat"])
    d.add_paragraph("")
    d.add_paragraph("Action plan agreed at the partners’ meeting on 20 November 2024 and shared with "
                    "NHS Greater Manchester (Stockport locality).")
    d.save(path)


# ===========================================================================
# 3. Carmel College - Ofsted post-inspection action plan (xlsx, cover sheet,
#    theme bands, AFI merged down its actions, original/revised dates, fill RAG)
# ===========================================================================
CAR_T1 = "Quality of education"
CAR_T2 = "Personal development"
CAR_T3 = "Leadership and management"
CAR_F1 = ("Leaders and managers should ensure that teachers in a minority of A-level subjects use "
          "assessment effectively to check students’ understanding before moving on to new topics.")
CAR_F2 = ("Leaders should ensure that students on the T level in Health receive high-quality "
          "industry placements that enable them to complete their required placement hours in a "
          "timely manner.")
CAR_F3 = ("Leaders should ensure that all students receive a well-planned tutorial curriculum about "
          "healthy relationships and the risks of radicalisation and extremism, and that "
          "attendance at tutorials improves.")
CAR_F4 = ("Governors should receive more detailed information about the progress of students with "
          "high needs so that they can hold leaders to account.")


def D(y, m):
    return dt.datetime(y, m, 1)


CARMEL = [
    (CAR_T1, [
        (CAR_F1, [
            A("1.1", "Introduce a college-wide ‘check for understanding’ strategy, modelled in CPD and "
                     "embedded in schemes of work.",
              "Director of Teaching, Learning & Development", ["Director of Teaching, Learning & Development"],
              None, "2024-07", "blue", [CAR_T1, CAR_F1],
              start=D(2024, 4), orig=D(2024, 7), rev=None,
              prog="Strategy launched at April CPD day; evident in 78% of observed lessons.", rag="B"),
            A("1.2", "Heads of Department to review assessment calendars so that formative assessment "
                     "precedes each summative assessment point.",
              "Heads of Department", ["Heads of Department"],
              None, "2024-12", "blue", [CAR_T1, CAR_F1],
              start=D(2024, 9), orig=D(2024, 10), rev=D(2024, 12),
              prog="All calendars reviewed by Quality team; two departments revised after first review.",
              rag="B"),
            A("1.3", "Targeted coaching for teachers in the subjects identified (Sociology, Physics, "
                     "Business) through the peer coaching programme.",
              "Teaching and Learning Coaches", ["Teaching and Learning Coaches"],
              None, "2025-03", "green", [CAR_T1, CAR_F1],
              start=D(2024, 9), orig=D(2025, 3), rev=None,
              prog="11 of 14 teachers completed coaching cycle 1; cycle 2 under way.", rag="G"),
        ]),
        (CAR_F2, [
            A("2.1", "Appoint an Industry Placement Coordinator with specific responsibility for health "
                     "and science employers.",
              "Assistant Principal (Careers & Employability)", ["Assistant Principal (Careers & Employability)"],
              None, "2024-08", "blue", [CAR_T1, CAR_F2],
              start=D(2024, 5), orig=D(2024, 8), rev=None,
              prog="Coordinator in post from 1 July 2024.", rag="B"),
            A("2.2", "Track placement hours weekly for every T level student and escalate those at risk "
                     "of falling below 315 hours.",
              "Industry Placement Coordinator / T Level Programme Lead",
              ["Industry Placement Coordinator", "T Level Programme Lead"],
              None, "2025-04", "amber", [CAR_T1, CAR_F2],
              start=D(2024, 9), orig=D(2024, 12), rev=D(2025, 4),
              prog="Tracker live; 9 students below expected hours – additional NHS trust placements sought.",
              rag="A"),
        ]),
    ]),
    (CAR_T2, [
        (CAR_F3, [
            A("3.1", "Redesign the tutorial curriculum to include sessions on healthy relationships, "
                     "consent and the Prevent duty, delivered by trained tutors.",
              "Head of Student Experience", ["Head of Student Experience"],
              None, "2024-09", "blue", [CAR_T2, CAR_F3],
              start=D(2024, 6), orig=D(2024, 9), rev=None,
              prog="New tutorial scheme launched September 2024.", rag="B"),
            A("3.2", "Monitor tutorial attendance weekly through the ProMonitor dashboard and follow up "
                     "absences through the pastoral team.",
              "Progress Tutors; Head of Student Experience", ["Progress Tutors", "Head of Student Experience"],
              None, "2025-07", "green", [CAR_T2, CAR_F3],
              start=D(2024, 9), orig=D(2025, 7), rev=None,
              prog="Tutorial attendance 91% (autumn) against 84% last year.", rag="G"),
        ]),
    ]),
    (CAR_T3, [
        (CAR_F4, [
            A("4.1", "Add a high-needs progress section to the termly Quality & Standards report to "
                     "governors, including the achievement and destinations of students with EHCPs.",
              "Vice Principal Curriculum & Quality", ["Vice Principal Curriculum & Quality"],
              None, "2025-03", "red", [CAR_T3, CAR_F4],
              start=D(2024, 9), orig=D(2024, 12), rev=D(2025, 3),
              prog="Data not yet available from the new MIS; first report now due March 2025 committee.",
              rag="R"),
        ]),
    ]),
]

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def build_carmel(path):
    title = "Carmel College – Post-Inspection Action Plan (PIAP) 2024–25"
    wb = openpyxl.Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Ofsted inspection: 5 to 8 March 2024 – report published 17 April 2024"
    cov["A3"] = "Overall effectiveness: Good. Plan monitored by the Quality & Standards Committee."
    cov["A5"] = "RAG key"
    cov["A5"].font = Font(bold=True)
    key = [("R", "Not on track – significant risk to completion"),
           ("A", "Some slippage – revised date agreed"),
           ("G", "On track"),
           ("B", "Complete – impact evidenced")]
    for i, (lt, txt) in enumerate(key, start=6):
        cov.cell(row=i, column=1).fill = fill(RAG_HEX[lt])
        cov.cell(row=i, column=2, value=txt)
    cov["A11"] = "Summary at 11 February 2025"
    cov["A11"].font = Font(bold=True)
    summ = [("Total actions", 8), ("Complete", 4), ("On track", 2), ("Slippage", 1), ("Not on track", 1)]
    for i, (k, v) in enumerate(summ, start=12):
        cov.cell(row=i, column=1, value=k)
        cov.cell(row=i, column=2, value=v)
    cov.column_dimensions["A"].width = 18
    cov.column_dimensions["B"].width = 50

    ws = wb.create_sheet("PIAP")
    heads = ["Ref", "Ofsted area for improvement", "Action", "Responsible", "Start",
             "Original target date", "Revised target date", "Progress update (Feb 2025)", "RAG"]
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Updated for the Quality & Standards Committee – 11 February 2025"
    ws["A2"].font = Font(italic=True)
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("7B1F3A")
        cell.alignment = WRAP
        cell.border = BOX
    row = 5
    for theme, groups in CARMEL:
        ws.cell(row=row, column=1, value=theme).font = Font(bold=True)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)
        ws.cell(row=row, column=1).fill = fill("D9D9D9")
        row += 1
        for afi, acts in groups:
            first = row
            ws.cell(row=row, column=2, value=afi)
            for a in acts:
                ws.cell(row=row, column=1, value=a["ref"])
                ws.cell(row=row, column=3, value=a["action"])
                ws.cell(row=row, column=4, value=a["lead_cell"])
                for col, key_ in ((5, "start"), (6, "orig"), (7, "rev")):
                    if a[key_] is not None:
                        c = ws.cell(row=row, column=col, value=a[key_])
                        c.number_format = "mmm-yy"
                ws.cell(row=row, column=8, value=a["prog"])
                ws.cell(row=row, column=9).fill = fill(RAG_HEX[a["rag"]])
                for col in range(1, 10):
                    ws.cell(row=row, column=col).alignment = WRAP
                    ws.cell(row=row, column=col).border = BOX
                row += 1
            if row - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=row - 1, end_column=2)
    for col, w in zip("ABCDEFGHI", [6, 42, 48, 26, 9, 11, 11, 40, 6]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(path)


# ===========================================================================
# 4. Spire Bushey Hospital - CQC must do / should do (xlsx, sheet per type,
#    service bands, must-do rows above actions, previous and current RAG)
# ===========================================================================
SB_SURG = "Surgery"
SB_OPD = "Outpatients"
SB_MD1 = ("MD1 – The service must ensure that all staff complete mandatory training, including level 3 "
          "safeguarding children training for staff who care for young people. (Regulation 18)")
SB_MD2 = ("MD2 – The service must ensure that the World Health Organization (WHO) surgical safety "
          "checklist is fully completed for every patient. (Regulation 12)")
SB_MD3 = ("MD3 – The service must ensure that clinical waste and sharps bins in the outpatients "
          "department are stored securely and are not overfilled. (Regulation 12)")
SB_SD1 = "SD1 – The service should ensure that patients’ pain scores are consistently recorded after surgery."
SB_SD2 = ("SD2 – The service should consider displaying information about how to make a complaint in "
          "languages other than English.")
SB_SD3 = ("SD3 – The service should ensure that consultation room doors are kept closed during "
          "consultations to maintain patients’ privacy.")

SPIRE_MUST = [
    (SB_SURG, [
        (SB_MD1, [
            A("MD1.1", "Mandatory training compliance reported weekly to Heads of Department; staff below "
                       "90% compliance have training booked within 30 days.",
              "Head of Clinical Services", ["Head of Clinical Services"],
              dt.datetime(2024, 7, 31), "2024-07", "green", [SB_SURG, SB_MD1],
              prog="Compliance 94% at end of September 2024.", prev="A", cur="G"),
            A("MD1.2", "Level 3 safeguarding children training delivered face to face for all theatre and "
                       "ward registered nurses.",
              "Safeguarding Lead", ["Safeguarding Lead"],
              dt.datetime(2024, 9, 30), "2024-09", "blue", [SB_SURG, SB_MD1],
              prog="All 62 registered nurses trained; certificates on file.", prev="A", cur="B"),
        ]),
        (SB_MD2, [
            A("MD2.1", "Monthly observational audit of WHO checklist compliance in all theatres, with "
                       "results shared at the Theatre User Group.",
              "Theatre Manager", ["Theatre Manager"],
              dt.datetime(2024, 8, 31), "2024-08", "blue", [SB_SURG, SB_MD2],
              prog="Audits June to September 100% compliant.", prev="G", cur="B"),
            A("MD2.2", "Introduce a ‘stop moment’ before knife to skin led by the operating surgeon; "
                       "non-compliance escalated to the Medical Advisory Committee Chair.",
              "Theatre Manager / MAC Chair", ["Theatre Manager", "MAC Chair"],
              "Q3 2024/25", "2024-12", "amber", [SB_SURG, SB_MD2],
              prog="Agreed at MAC in August; two consultants yet to adopt.", prev="A", cur="A"),
        ]),
    ]),
    (SB_OPD, [
        (SB_MD3, [
            A("MD3.1", "Sharps bins replaced and temporary closures used; daily checks added to the "
                       "department’s environmental checklist.",
              "Outpatients Manager", ["Outpatients Manager"],
              dt.datetime(2024, 6, 30), "2024-06", "blue", [SB_OPD, SB_MD3],
              prog="Completed June 2024; spot checks by IPC Lead satisfactory.", prev="B", cur="B"),
            A("MD3.2", "Lockable clinical waste hold installed in the outpatients corridor.",
              "Facilities Manager", ["Facilities Manager"],
              dt.datetime(2024, 11, 30), "2024-11", "amber", [SB_OPD, SB_MD3],
              prog="Capital approved September 2024; works booked for November.", prev="R", cur="A"),
        ]),
    ]),
]

SPIRE_SHOULD = [
    (SB_SURG, [
        (SB_SD1, [
            A("SD1.1", "Pain score prompt added to the post-operative electronic observations chart, "
                       "with monthly spot audits on the ward.",
              "Ward Manager", ["Ward Manager"],
              dt.datetime(2024, 10, 31), "2024-10", "green", [SB_SURG, SB_SD1],
              prog="Prompt live; first audit due October.", prev="G", cur="G"),
        ]),
        (SB_SD2, [
            A("SD2.1", "Complaints leaflet translated into the five most-requested languages and "
                       "displayed in reception and outpatients.",
              "Patient Experience Lead", ["Patient Experience Lead"],
              dt.datetime(2024, 12, 31), "2024-12", "green", [SB_SURG, SB_SD2],
              prog="Translations commissioned.", prev=None, cur="G"),
        ]),
    ]),
    (SB_OPD, [
        (SB_SD3, [
            A("SD3.1", "Privacy signage fitted to all consultation rooms and a reminder sent to "
                       "consultants through the MAC.",
              "Outpatients Manager; Director of Clinical Services",
              ["Outpatients Manager", "Director of Clinical Services"],
              dt.datetime(2024, 8, 31), "2024-08", "blue", [SB_OPD, SB_SD3],
              prog="Signage fitted July 2024.", prev="G", cur="B"),
        ]),
    ]),
]


def build_spire(path):
    title = "Spire Bushey Hospital – CQC Action Plan: Must Do and Should Do Actions"
    wb = openpyxl.Workbook()
    heads = ["Ref", "Action to be taken", "Lead", "Due date", "Evidence / progress",
             "Previous RAG", "Current RAG"]
    for idx, (sheet, data, note) in enumerate([
            ("Must do", SPIRE_MUST, "Must do actions: 6 | Complete: 3 | On track: 1 | At risk: 2 | Overdue: 0"),
            ("Should do", SPIRE_SHOULD, "Should do actions: 3 | Complete: 1 | On track: 2")]):
        ws = wb.active if idx == 0 else wb.create_sheet(sheet)
        ws.title = sheet
        ws["A1"] = title
        ws["A1"].font = Font(bold=True, size=13)
        ws.merge_cells("A1:G1")
        ws["A2"] = ("Inspection 23–24 April 2024 | Report published 2 July 2024 | "
                    "Plan owner: Hospital Director")
        ws["A3"] = "Position at 30 September 2024"
        for c, h in enumerate(heads, start=1):
            cell = ws.cell(row=5, column=c, value=h)
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = fill("00385F")
            cell.alignment = WRAP
        row = 6
        for svc, groups in data:
            ws.cell(row=row, column=1, value=svc).font = Font(bold=True, size=12)
            ws.cell(row=row, column=1).fill = fill("BFBFBF")
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=7)
            row += 1
            for finding, acts in groups:
                c = ws.cell(row=row, column=1, value=finding)
                c.font = Font(bold=True)
                c.fill = fill("DEEAF6")
                c.alignment = WRAP
                ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=7)
                ws.row_dimensions[row].height = 30
                row += 1
                for a in acts:
                    ws.cell(row=row, column=1, value=a["ref"])
                    ws.cell(row=row, column=2, value=a["action"])
                    ws.cell(row=row, column=3, value=a["lead_cell"])
                    c = ws.cell(row=row, column=4, value=a["end_cell"])
                    if isinstance(a["end_cell"], dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                    ws.cell(row=row, column=5, value=a["prog"])
                    for col, k in ((6, "prev"), (7, "cur")):
                        if a[k]:
                            cc = ws.cell(row=row, column=col, value=a[k])
                            cc.fill = fill(RAG_HEX[a[k]])
                            cc.alignment = Alignment(horizontal="center", vertical="top")
                    for col in range(1, 6):
                        ws.cell(row=row, column=col).alignment = WRAP
                    row += 1
        row += 1
        ws.cell(row=row, column=1, value=note).font = Font(italic=True)
        ws.cell(row=row + 1, column=1,
                value="Note: evidence is held in the CQC Action Plan folder on the hospital Quality "
                      "SharePoint site.").font = Font(italic=True)
        for col, w in zip("ABCDEFG", [9, 55, 28, 12, 42, 10, 10]):
            ws.column_dimensions[col].width = w
    k = wb.create_sheet("Key")
    k["A1"] = "RAG key"
    k["A1"].font = Font(bold=True)
    for i, (lt, txt) in enumerate([("B", "Complete and evidenced"), ("G", "On track"),
                                   ("A", "At risk of not meeting due date"),
                                   ("R", "Overdue / not on track")], start=2):
        c = k.cell(row=i, column=1, value=lt)
        c.fill = fill(RAG_HEX[lt])
        k.cell(row=i, column=2, value=txt)
    wb.save(path)


# ===========================================================================
# 5. Cefas - ARAC internal audit recommendations tracker (xlsx, summary sheet,
#    audit bands, recommendation merged over actions, original/revised dates)
# ===========================================================================
CF_A1 = "2024-25 Fleet and Vessel Management (GIAA) – Limited assurance"
CF_A2 = "2024-25 Cyber Security (GIAA) – Moderate assurance"
CF_A3 = "2025-26 Grants and Income Recognition (GIAA) – Moderate assurance"
CF_R1 = ("Cefas should establish a planned maintenance schedule for RV Cefas Endeavour that is linked "
         "to the vessel’s operating calendar and budget.")
CF_R2 = ("Contract management arrangements for the ship management contractor should be strengthened, "
         "including monthly KPI reporting.")
CF_R3 = ("Cefas should ensure that all end-user devices are patched within the timescales set by the "
         "Defra group security policy.")
CF_R4 = "Privileged access accounts should be reviewed at least quarterly."
CF_R5 = "The cyber incident response plan should be tested annually."
CF_R6 = ("Cefas should maintain a complete register of grant-funded projects and account for grant "
         "income consistently with IFRS 15.")

CEFAS = [
    (CF_A1, [
        (CF_R1, "High", [
            A("FVM-01", "Develop a three-year planned maintenance programme aligned to the science "
                        "programme calendar and approved by the Vessel Board.",
              "Head of Marine Operations", ["Head of Marine Operations"],
              None, "2025-12", "amber", [CF_A1, CF_R1],
              orig="31/03/2025", rev="31/12/2025",
              upd="Draft programme prepared; Vessel Board approval moved to December following dry-dock slippage.",
              rag="A"),
        ]),
        (CF_R2, "Medium", [
            A("FVM-02", "Introduce monthly contract review meetings with documented KPI performance and "
                        "escalation to the Director of Operations.",
              "Contract Manager / Head of Commercial", ["Contract Manager", "Head of Commercial"],
              None, "2025-06", "blue", [CF_A1, CF_R2],
              orig="30/06/2025", rev="",
              upd="Monthly meetings held since April 2025; KPI pack evidenced to GIAA.", rag="B"),
        ]),
    ]),
    (CF_A2, [
        (CF_R3, "High", [
            A("CYB-01", "Implement automated patch compliance reporting through Intune and report "
                        "monthly to the Digital, Data and Technology Board.",
              "Chief Information Officer", ["Chief Information Officer"],
              None, "2025-05", "blue", [CF_A2, CF_R3],
              orig="31/05/2025", rev="",
              upd="Reporting live from May 2025; compliance 97%.", rag="B"),
        ]),
        (CF_R4, "Medium", [
            A("CYB-02", "Quarterly review of privileged accounts, with evidence retained and exceptions "
                        "reported to the SIRO.",
              "Head of IT Operations", ["Head of IT Operations"],
              None, "2025-09", "green", [CF_A2, CF_R4],
              orig="30/09/2025", rev="",
              upd="Q1 review complete; Q2 review in progress.", rag="G"),
        ]),
        (CF_R5, "Low", [
            A("CYB-03", "Table-top exercise of the incident response plan with the Defra Cyber Security "
                        "Operations Centre.",
              "Chief Information Officer; SIRO", ["Chief Information Officer", "SIRO"],
              None, "2026-01", "red", [CF_A2, CF_R5],
              orig="31/03/2025", rev="31/01/2026",
              upd="Exercise postponed twice owing to Defra SOC availability.", rag="R"),
        ]),
    ]),
    (CF_A3, [
        (CF_R6, "Medium", [
            A("GIR-01.1", "Create a grants register in the finance system and complete monthly "
                          "reconciliations to the ledger, signed off by the Financial Controller.",
              "Financial Controller", ["Financial Controller"],
              None, "2025-10", "green", [CF_A3, CF_R6],
              orig="31/10/2025", rev="",
              upd="Register built; first reconciliation for September completed.", rag="G"),
            A("GIR-01.2", "Update the income recognition procedure note to cover multi-year grants and "
                          "deferred income.",
              "Head of Financial Accounting", ["Head of Financial Accounting"],
              None, "2025-12", "green", [CF_A3, CF_R6],
              orig="Q3 2025/26", rev="",
              upd="Drafting started.", rag="G"),
        ]),
    ]),
]


def build_cefas(path):
    title = "Cefas Audit and Risk Assurance Committee: Internal Audit Recommendations Tracker"
    wb = openpyxl.Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = title
    s["A1"].font = Font(bold=True, size=13)
    s["A2"] = "Position as at 30 September 2025 – for ARAC on 21 October 2025"
    sh = ["Audit", "Opinion", "Recommendations", "Implemented", "Open", "Overdue"]
    for c, h in enumerate(sh, start=1):
        s.cell(row=4, column=c, value=h).font = Font(bold=True)
    rows = [("2024-25 Fleet and Vessel Management", "Limited", 2, 1, 1, 0),
            ("2024-25 Cyber Security", "Moderate", 3, 1, 2, 1),
            ("2025-26 Grants and Income Recognition", "Moderate", 1, 0, 1, 0),
            ("Total", "", 6, 2, 4, 1)]
    for r, vals in enumerate(rows, start=5):
        for c, v in enumerate(vals, start=1):
            s.cell(row=r, column=c, value=v)
    s.cell(row=8, column=1).font = Font(bold=True)
    s["A10"] = "Recommendations implemented and validated by GIAA are removed after one ARAC meeting."
    s.column_dimensions["A"].width = 42

    ws = wb.create_sheet("Tracker")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Position as at 30 September 2025"
    heads = ["Ref", "Priority", "Recommendation", "Agreed management action", "Action owner",
             "Original due date", "Revised due date", "Update (September 2025)", "RAG"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("005EB8")
        cell.alignment = WRAP
    row = 5
    for audit, recs in CEFAS:
        c = ws.cell(row=row, column=1, value=audit)
        c.font = Font(bold=True)
        c.fill = fill("D9E1F2")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)
        row += 1
        for rec, prio, acts in recs:
            first = row
            ws.cell(row=row, column=3, value=rec)
            ws.cell(row=row, column=2, value=prio)
            for a in acts:
                ws.cell(row=row, column=1, value=a["ref"])
                ws.cell(row=row, column=4, value=a["action"])
                ws.cell(row=row, column=5, value=a["lead_cell"])
                ws.cell(row=row, column=6, value=a["orig"])
                if a["rev"]:
                    ws.cell(row=row, column=7, value=a["rev"])
                ws.cell(row=row, column=8, value=a["upd"])
                c = ws.cell(row=row, column=9, value=a["rag"])
                c.fill = fill(RAG_HEX[a["rag"]])
                for col in range(1, 10):
                    ws.cell(row=row, column=col).alignment = WRAP
                row += 1
            if row - 1 > first:
                ws.merge_cells(start_row=first, start_column=3, end_row=row - 1, end_column=3)
                ws.merge_cells(start_row=first, start_column=2, end_row=row - 1, end_column=2)
    for col, w in zip("ABCDEFGHI", [10, 9, 45, 48, 26, 12, 12, 40, 6]):
        ws.column_dimensions[col].width = w

    k = wb.create_sheet("Key")
    k["A1"] = "RAG status key"
    k["A1"].font = Font(bold=True)
    for i, (lt, txt) in enumerate([
            ("B", "Implemented – awaiting or passed GIAA validation"),
            ("G", "On track to meet the due date"),
            ("A", "Revised date agreed by ARAC / at risk"),
            ("R", "Overdue against revised date or no credible date")], start=2):
        c = k.cell(row=i, column=1, value=lt)
        c.fill = fill(RAG_HEX[lt])
        k.cell(row=i, column=2, value=txt)
    k["A7"] = "Priority: High – fundamental control weakness; Medium – significant; Low – good practice."
    wb.save(path)


# ===========================================================================
# 6. Dynamic Training UK - Ofsted apprenticeships PIAP (csv export, one typo'd
#    target month -> refuse)
# ===========================================================================
DT_T1 = "Quality of education"
DT_T2 = "Leadership and management"
DT_T3 = "Personal development"
DT_F1 = ("Leaders should ensure that trainers plan and sequence off-the-job training so that "
         "apprentices build their knowledge of warehousing and logistics over time.")
DT_F2 = ("Leaders should ensure that progress reviews involve employers and focus on the skills "
         "apprentices need to develop.")
DT_F3 = ("Leaders should improve the proportion of apprentices who achieve their apprenticeship "
         "within the planned timescale.")
DT_F4 = ("Leaders should ensure that apprentices develop a secure understanding of the risks of "
         "radicalisation and extremism relevant to their workplace.")

DYNAMIC = [
    # ref, theme, afi, action, owner, target, progress, rag
    ("1.1", DT_T1, DT_F1, "Rewrite the Level 2 Supply Chain Warehouse Operative curriculum plan with a "
     "clear sequence of modules agreed with employers.", "Head of Quality", "March 2025",
     "Curriculum plans rewritten and shared with employers.", "Complete"),
    ("1.2", DT_T1, DT_F1, "Trainer CPD on curriculum sequencing and assessment for learning (three "
     "sessions).", "Quality Manager / Lead IQA", "April 2025", "Two of three sessions delivered.",
     "Green"),
    ("2.1", DT_T1, DT_F2, "Revise the progress review template to include an employer section on "
     "skills development and next steps.", "Head of Quality", "January 2025",
     "New template in use from 13 January.", "Complete"),
    ("2.2", DT_T1, DT_F2, "Audit 20% of progress reviews each month and feed back to trainers.",
     "Lead IQA", "Setpember 2025", "February sample audited; feedback given.", "Amber"),
    ("3.1", DT_T2, DT_F3, "Monthly caseload reviews of apprentices past their planned end date, with "
     "individual recovery plans.", "Operations Director", "Monthly",
     "Reviews in place; 23 apprentices on recovery plans.", "Green"),
    ("3.2", DT_T2, DT_F3, "Introduce a gateway readiness check 12 weeks before the planned end date.",
     "Operations Director; EPA Coordinator", "July 2025", "Checklist drafted.", "Amber"),
    ("4.1", DT_T3, DT_F4, "Embed Prevent and British values topics in every progress review, using "
     "sector-specific case studies.", "Designated Safeguarding Lead", "June 2025",
     "Case studies written for warehousing and transport.", "Green"),
]
DYNAMIC_REFUSE_LINE = 9  # the line of action 2.2 (target 'Setpember 2025')


def build_dynamic(path):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["Dynamic Training UK Ltd – Post-Inspection Action Plan"] + [""] * 7)
        w.writerow(["Ofsted inspection 10–13 September 2024 (apprenticeships: Requires improvement)"]
                   + [""] * 7)
        w.writerow(["Exported 07/03/2025"] + [""] * 7)
        w.writerow([""] * 8)
        w.writerow(["Ref", "Theme", "Area for improvement", "Action", "Owner", "Target date",
                    "Progress", "RAG"])
        for r in DYNAMIC:
            w.writerow(list(r))
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    assert "Setpember 2025" in lines[DYNAMIC_REFUSE_LINE - 1], lines[DYNAMIC_REFUSE_LINE - 1]


# ===========================================================================
# 7. Cygnet Hospital Bury - CQC mental health must do / should do (tab-separated
#    text export, core-service and must/should heading lines, a continuation line)
# ===========================================================================
CY_S1 = "ACUTE WARDS FOR ADULTS OF WORKING AGE AND PSYCHIATRIC INTENSIVE CARE UNITS"
CY_S2 = "LONG STAY OR REHABILITATION MENTAL HEALTH WARDS FOR WORKING AGE ADULTS"
CY_M1 = ("MUST DO 1: The provider must ensure that staff monitor and record patients’ physical health "
         "observations following the administration of rapid tranquillisation. (Regulation 12)")
CY_M2 = ("MUST DO 2: The provider must ensure that ligature risk assessments are up to date and that "
         "staff know the mitigations for each ward. (Regulation 12)")
CY_SD1 = ("SHOULD DO 1: The provider should ensure that patients are involved in writing their care "
          "plans and that care plans reflect their views.")
CY_M3 = ("MUST DO 3: The provider must ensure that there are enough suitably qualified and "
         "experienced nursing staff on each shift. (Regulation 18)")
CY_SD2 = ("SHOULD DO 2: The provider should ensure that patients have access to a range of "
          "rehabilitation activities at weekends.")

CYGNET = [
    (CY_S1, [
        (CY_M1, [
            A("1.1", "Rapid tranquillisation monitoring form added to the electronic patient record, "
                     "with mandatory fields for observations at 15-minute intervals.",
              "Clinical Systems Lead", ["Clinical Systems Lead"], "31/07/2025", "2025-07", "blue",
              [CY_S1, CY_M1], prog="Live on all wards from 21/07/2025.", rag="B"),
            A("1.2", "Weekly audit of every rapid tranquillisation episode by the ward manager; results "
                     "reported to the Clinical Governance meeting.",
              "Irwell Ward Manager / Roch Ward Manager", ["Irwell Ward Manager", "Roch Ward Manager"],
              "Sept 2025", "2025-09", "green", [CY_S1, CY_M1],
              prog="August audit 96% compliant.", rag="G"),
        ]),
        (CY_M2, [
            A("2.1", "Ligature risk assessments reviewed for Irwell and Roch wards and signed off by the "
                     "Health and Safety Lead.",
              "Health and Safety Lead", ["Health and Safety Lead"], "30/06/2025", "2025-06", "blue",
              [CY_S1, CY_M2], prog="Completed 27/06/2025.", rag="B"),
            A("2.2", "Ligature heat maps displayed in ward offices and included in the induction of all "
                     "new and agency staff.",
              "Ward Managers", ["Ward Managers"], "31/08/2025", "2025-08", "amber",
              [CY_S1, CY_M2], prog="Heat maps displayed; agency induction checklist being updated.",
              rag="A"),
        ]),
        (CY_SD1, [
            A("S1.1", "Co-produced care plan template introduced, with a ‘my views’ section completed "
                      "with the patient at the weekly one-to-one.",
              "Consultant Psychiatrists; Named Nurses", ["Consultant Psychiatrists", "Named Nurses"],
              "Q3 2025/26", "2025-12", "green", [CY_S1, CY_SD1], prog="", rag="G"),
        ]),
    ]),
    (CY_S2, [
        (CY_M3, [
            A("3.1", "Recruitment campaign for six registered mental health nurses, including an "
                     "international recruitment cohort.",
              "Hospital Director", ["Hospital Director"], "December 2025", "2025-12", "amber",
              [CY_S2, CY_M3], prog="Four RMNs appointed; two start dates pending.", rag="A"),
            A("3.2", "Daily staffing huddle to review skill mix across the hospital and deploy bank "
                     "staff before agency staff.\n"
                     "Safer staffing report taken to the monthly Clinical Governance meeting.",
              "Head of Care", ["Head of Care"], "Ongoing", None, "green",
              [CY_S2, CY_M3], end_text="Ongoing", prog="In place since June 2025.", rag="G"),
        ]),
        (CY_SD2, [
            A("S2.1", "Weekend activity timetable agreed with occupational therapy, including community "
                      "access sessions.",
              "Lead Occupational Therapist", ["Lead Occupational Therapist"], "31/10/2025", "2025-10",
              "red", [CY_S2, CY_SD2], prog="", rag="R"),
            A("S2.2", "Recruit two activity coordinators to work across weekends.",
              "Hospital Director / Lead Occupational Therapist",
              ["Hospital Director", "Lead Occupational Therapist"], "Jan-26", "2026-01", "amber",
              [CY_S2, CY_SD2], prog="Adverts closed 24/10/2025.", rag="A"),
        ]),
    ]),
]


def build_cygnet(path):
    L = ["Cygnet Hospital Bury – CQC Inspection Action Plan (Must Do and Should Do)",
         "Inspection dates: 3–5 June 2025\tReport published: 12 August 2025",
         "Exported from the Quality Improvement tracker on 03/11/2025",
         "RAG key: B = complete and evidenced; G = on track; A = at risk; R = off track / overdue",
         "",
         "Ref\tAction\tLead\tDue date\tProgress update\tRAG"]
    for svc, groups in CYGNET:
        L.append(svc)
        for heading, acts in groups:
            L.append(heading)
            for a in acts:
                parts = a["action"].split("\n")
                L.append("\t".join([a["ref"], parts[0], a["lead_cell"], a["end_cell"], a["prog"],
                                    a["rag"]]))
                for p in parts[1:]:
                    L.append("\t".join(["", p, "", "", "", ""]))
    L.append("")
    L.append("Summary: 9 actions – B 2, G 3, A 3, R 1")
    L.append("Owner: Hospital Director. Reviewed monthly at the Clinical Governance meeting.")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")


# ===========================================================================
FILES = [
    ("nd1-the-deepings-school-post-ofsted-action-plan.docx", build_deepings),
    ("nd1-bramhall-park-medical-centre-cqc-inspection-action-plan.docx", build_bramhall),
    ("nd1-carmel-college-ofsted-post-inspection-action-plan.xlsx", build_carmel),
    ("nd1-spire-bushey-hospital-cqc-must-should-do-action-plan.xlsx", build_spire),
    ("nd1-cefas-arac-internal-audit-recommendations-tracker.xlsx", build_cefas),
    ("nd1-dynamic-training-uk-ofsted-apprenticeships-piap-typo-month-refuse.csv", build_dynamic),
    ("nd1-cygnet-hospital-bury-cqc-mental-health-must-should-do-action-plan.txt", build_cygnet),
]


def main():
    for name, fn in FILES:
        fn(os.path.join(HERE, name))
        print("wrote", name)


if __name__ == "__main__":
    main()
