#!/usr/bin/env python
"""Build the seven ll1- blind test files (set heldout358).

Run with: /work/main/.venv/bin/python ll1_make.py
Writes the data files beside this script. The .expected.yaml files were
written separately as a reading of these files; this script does not touch them.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
GREY, LIGHT, NAVY = "D9D9D9", "DDEBF7", "1F3864"


def D(y, m, d):
    return dt.datetime(y, m, d)


# --------------------------------------------------------------------------
# helpers: Word
# --------------------------------------------------------------------------
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, italic=False, fill=None, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if fill:
        shade(cell, fill)


def header_row(table, labels, fill=NAVY):
    row = table.rows[0]
    for c, lab in zip(row.cells, labels):
        set_cell(c, lab, bold=True, fill=fill)
        for r in c.paragraphs[0].runs:
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


RAG_FILL = {"Red": RED, "Amber": AMBER, "Green": GREEN, "Blue": BLUE,
            "Complete": BLUE, "Completed": BLUE}


# --------------------------------------------------------------------------
# 1. Launceston College - post-Ofsted action plan (docx, table per priority)
# --------------------------------------------------------------------------
LAUNCESTON_TITLE = "Launceston College – Post-Ofsted Action Plan 2024–25"
LAUNCESTON = [
    ("Priority 1: Curriculum at key stage 3",
     "Leaders should ensure that, in all subjects, the key stage 3 curriculum identifies "
     "the important knowledge pupils must learn and the order in which they should learn it, "
     "so that pupils build securely on what they already know.",
     [
         ("1.1", "Audit every key stage 3 curriculum map against the national curriculum and "
                 "identify gaps in the sequencing of knowledge.",
          "Deputy Headteacher (Curriculum)", "Autumn term 2024",
          "All subject maps audited; gap report presented to SLT.", "Complete"),
         ("1.2", "Rewrite key stage 3 schemes of work in geography, history, RE and computing, "
                 "setting out the core knowledge for each unit.",
          "Heads of Department", "Spring term 2025",
          "New schemes in use from February half term; work scrutiny shows sequencing.", "Green"),
         ("1.3", "Introduce fortnightly curriculum deep dives led by SLT line managers, with "
                 "findings reported to governors.\nThe first cycle will include pupil voice "
                 "with Year 8.",
          "SLT line managers", "Ongoing",
          "Deep dive calendar published; reports to each LGB meeting.", "Green"),
     ]),
    ("Priority 2: Reading and support for weaker readers",
     "Leaders should make sure that pupils who are at an early stage of reading receive "
     "precise support so that they catch up quickly and can access the full curriculum.",
     [
         ("2.1", "Screen all Year 7 and Year 8 pupils using the NGRT reading test and identify "
                 "pupils reading below their chronological age.",
          "Reading Lead", "October 2024",
          "All pupils tested; 61 pupils identified for intervention.", "Complete"),
         ("2.2", "Train teaching assistants to deliver the phonics catch-up programme to the "
                 "weakest readers.",
          "SENDCo / Reading Lead", "31/01/2025",
          "Six TAs trained; two further TAs to be trained after staff absence.", "Amber"),
         ("2.3", "Launch a whole-school tutor-time reading programme for Years 7–9.",
          "Assistant Headteacher (Teaching and Learning)", "Summer term 2025",
          "Texts purchased; staff briefing planned.", "Not started"),
     ]),
    ("Priority 3: Attendance and behaviour",
     "Leaders should reduce the high rates of persistent absence and suspension, particularly "
     "for disadvantaged pupils and pupils with SEND.",
     [
         ("3.1", "Appoint an Attendance Officer and hold weekly attendance panel meetings for "
                 "pupils whose attendance is below 90%.",
          "Assistant Headteacher (Behaviour and Attendance)", "September 2024",
          "Attendance Officer in post; persistent absence down 4.2 points.", "Complete"),
         ("3.2", "Review the behaviour policy with staff, pupils and parents, including the use "
                 "of the on-site reflection room.",
          "Deputy Headteacher (Pastoral)", "March 2025",
          "Consultation delayed; suspensions remain above national average.", "Red"),
         ("3.3", "Present a report on suspensions and persistent absence by pupil group to the "
                 "Governors’ Standards Committee.",
          "Headteacher / Chair of Governors", "Termly",
          "Autumn and spring reports received by committee.", "Green"),
     ]),
]


def build_launceston(path):
    doc = Document()
    doc.add_heading(LAUNCESTON_TITLE, level=0)
    doc.add_paragraph("Ofsted inspection: 14–15 May 2024. Overall effectiveness: Requires "
                      "improvement. This plan is reviewed at each Local Governing Body meeting "
                      "and by the Trust’s Director of Education.")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Version", "Date", "Author", "Change"])
    for i, row in enumerate([
        ("1.0", "24/06/2024", "Headteacher", "First version for LGB"),
        ("1.2", "14/01/2025", "Deputy Headteacher (Curriculum)", "Spring term update"),
    ], start=1):
        for c, v in zip(t.rows[i].cells, row):
            set_cell(c, v)

    doc.add_heading("RAG key", level=2)
    k = doc.add_table(rows=5, cols=2)
    k.style = "Table Grid"
    header_row(k, ["RAG", "Meaning"])
    for i, (word, meaning, fill) in enumerate([
        ("Red", "Not on track – intervention required", RED),
        ("Amber", "In progress – some slippage", AMBER),
        ("Green", "On track", GREEN),
        ("Complete", "Complete and impact evidenced", BLUE),
    ], start=1):
        set_cell(k.rows[i].cells[0], word, fill=fill)
        set_cell(k.rows[i].cells[1], meaning)

    for heading, afi, actions in LAUNCESTON:
        doc.add_heading(heading, level=1)
        t = doc.add_table(rows=2 + len(actions), cols=6)
        t.style = "Table Grid"
        top = t.rows[0].cells[0].merge(t.rows[0].cells[5])
        set_cell(top, afi, italic=True, fill=GREY)
        labels = ["Ref", "Action", "Lead", "Timescale", "Success criteria", "RAG"]
        for c, lab in zip(t.rows[1].cells, labels):
            set_cell(c, lab, bold=True, fill=LIGHT)
        for i, (ref, act, lead, when, sc, rag) in enumerate(actions, start=2):
            cells = t.rows[i].cells
            for c, v in zip(cells[:5], (ref, act, lead, when, sc)):
                set_cell(c, v)
            set_cell(cells[5], rag, fill=RAG_FILL.get(rag))

    doc.add_paragraph("")
    doc.add_paragraph("Next review: Local Governing Body, 25 March 2025.")
    s = doc.add_table(rows=2, cols=3)
    s.style = "Table Grid"
    for c, v in zip(s.rows[0].cells, ["Signed", "Role", "Date"]):
        set_cell(c, v, bold=True)
    for c, v in zip(s.rows[1].cells, ["", "Chair of the Local Governing Body", ""]):
        set_cell(c, v)
    doc.save(path)


# --------------------------------------------------------------------------
# 2. Selby College - Ofsted post-inspection action plan (xlsx, key: green = completed)
# --------------------------------------------------------------------------
SELBY_TITLE = "Selby College Post-Inspection Action Plan"
SELBY = [
    ("Education programmes for young people", [
        ("Leaders should ensure that teachers on study programmes check learners’ understanding "
         "routinely and address misconceptions before moving on to new topics.", [
             ("1.1", "Deliver a programme of CPD on questioning and retrieval practice for all "
                     "study programme teachers, led by the Advanced Practitioners.",
              "Head of Teaching, Learning and Assessment", D(2025, 1, 31),
              "All 142 teachers attended; learning walks show more frequent checking of "
              "understanding.", GREEN),
             ("1.2", "Revise the learning walk framework so that it focuses on how well teachers "
                     "check understanding.",
              "VP Quality", D(2025, 3, 31), "New framework in use since March.", GREEN),
             ("1.3", "Heads of faculty to sample assessed work and report on the quality of "
                     "feedback to the Quality Improvement Board.",
              "Heads of Faculty", "Termly", "Spring sample completed in 9 of 11 faculties.",
              AMBER),
         ]),
        ("Leaders should improve learners’ attendance at English and mathematics lessons, "
         "which is too low.", [
             ("1.4", "Introduce same-day text and phone contact with parents and carers when a "
                     "learner misses an English or mathematics lesson.",
              "Head of English and Maths; Student Services Manager", D(2025, 2, 28),
              "In place; attendance at maths up from 78% to 84%.", GREEN),
             ("1.5", "Timetable English and mathematics lessons alongside vocational sessions "
                     "rather than at the start or end of the day.",
              "VP Curriculum", D(2025, 9, 1),
              "Draft 2025/26 timetable built; to be confirmed in July.", AMBER),
         ]),
    ]),
    ("Apprenticeships", [
        ("Leaders should ensure that apprentices’ off-the-job training is planned with employers "
         "and that employers are involved in reviewing apprentices’ progress.", [
             ("2.1", "Hold a tripartite planning meeting with every employer at the start of the "
                     "apprenticeship and record the agreed off-the-job training plan on the "
                     "e-portfolio.",
              "Apprenticeship Manager/Employer Engagement Manager", D(2025, 4, 30),
              "Only 55% of new starts have a recorded plan.", RED),
             ("2.2", "Train assessors to lead progress reviews that set specific targets agreed "
                     "with the employer.",
              "Apprenticeship Manager", "Ongoing – reviewed monthly",
              "Two training sessions held; review quality sampled monthly.", AMBER),
         ]),
    ]),
    ("Leadership and management", [
        ("Governors should receive more detailed information about the quality of adult "
         "learning programmes so that they can challenge leaders effectively.", [
             ("3.1", "Add an adult learning quality dashboard to the termly Quality and "
                     "Standards Committee report.",
              "Head of Adult and Community Learning", D(2025, 3, 31),
              "Dashboard presented to committee on 11 March.", GREEN),
         ]),
    ]),
]


def thin_border():
    s = Side(style="thin", color="999999")
    return Border(left=s, right=s, top=s, bottom=s)


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def build_selby(path):
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "Selby College – PIAP summary of progress"
    sm["A1"].font = Font(bold=True, size=13)
    sm["A2"] = "Position at 20 May 2025"
    hdr = ["Theme", "Actions", "Completed", "In progress", "Behind target"]
    for j, h in enumerate(hdr, start=1):
        c = sm.cell(row=4, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = fill(LIGHT)
    rows = [("Education programmes for young people", 5, 3, 2, 0),
            ("Apprenticeships", 2, 0, 1, 1),
            ("Leadership and management", 1, 1, 0, 0)]
    for i, r in enumerate(rows, start=5):
        for j, v in enumerate(r, start=1):
            sm.cell(row=i, column=j, value=v)
    sm.cell(row=8, column=1, value="Total").font = Font(bold=True)
    for j, col in zip(range(2, 6), "BCDE"):
        sm.cell(row=8, column=j, value=f"=SUM({col}5:{col}7)").font = Font(bold=True)
    sm.column_dimensions["A"].width = 40

    ws = wb.create_sheet("Action plan")
    ws["A1"] = SELBY_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Ofsted inspection 26–29 November 2024 – overall effectiveness: Requires improvement"
    ws["A3"] = "Progress update for the Quality and Standards Committee – 20 May 2025"
    ws["A4"] = "Key:"
    ws["A4"].font = Font(bold=True)
    for col, (txt, f) in zip("BCD", [("Completed", GREEN), ("In progress", AMBER),
                                      ("Behind target", RED)]):
        ws[f"{col}4"] = txt
        ws[f"{col}4"].fill = fill(f)
    hdr = ["Ref", "Area for improvement", "Action", "Responsibility", "Target date",
           "Progress update", "RAG"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(row=6, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.border = thin_border()
    r = 7
    wrap = Alignment(wrap_text=True, vertical="top")
    for theme, afis in SELBY:
        ws.cell(row=r, column=1, value=theme).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.cell(row=r, column=1).fill = fill(LIGHT)
        r += 1
        for afi, actions in afis:
            first = r
            ws.cell(row=r, column=2, value=afi).alignment = wrap
            for ref, act, lead, when, upd, rag in actions:
                ws.cell(row=r, column=1, value=ref)
                ws.cell(row=r, column=3, value=act).alignment = wrap
                ws.cell(row=r, column=4, value=lead).alignment = wrap
                c = ws.cell(row=r, column=5, value=when)
                if isinstance(when, dt.datetime):
                    c.number_format = "mmm-yy"
                ws.cell(row=r, column=6, value=upd).alignment = wrap
                ws.cell(row=r, column=7).fill = fill(rag)
                for j in range(1, 8):
                    ws.cell(row=r, column=j).border = thin_border()
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="RAG is updated by the action owner before each committee; "
                                    "Completed actions are verified by the Quality team.")
    for col, w in zip("ABCDEFG", [6, 45, 55, 30, 12, 45, 8]):
        ws.column_dimensions[col].width = w
    wb.move_sheet("Action plan", offset=-1)   # plan first, summary second
    wb.active = 0
    wb.save(path)


# --------------------------------------------------------------------------
# 3. YH Training Services - apprenticeships PIAP (csv export, typo month -> refuse)
# --------------------------------------------------------------------------
YH_HEADER = ["Ref", "Theme", "Area for improvement", "Action", "Owner", "Start", "Due",
             "Revised due", "Status", "Update"]
YH_AFI1 = ("Tutors should ensure that apprentices’ starting points are identified accurately and "
           "used to plan training that builds on what they already know and can do.")
YH_AFI2 = "Leaders should ensure that apprentices receive impartial careers advice about their next steps."
YH_AFI3 = ("Leaders and managers should make sure that apprentices who are at risk of not "
           "completing on time are identified and supported quickly.")
YH_AFI4 = ("Leaders should ensure that apprentices develop a secure understanding of the risks of "
           "radicalisation and extremism in their workplaces and local area.")
YH_ROWS = [
    ["1.1", "Quality of education", YH_AFI1,
     "Revise the initial assessment to include a skills scan completed with the employer for "
     "every new apprentice.", "Head of Quality", "Nov-24", "Jan-25", "", "Complete",
     "Live for all starts from 6 January."],
    ["1.2", "Quality of education", YH_AFI1,
     "Train all skills coaches to use initial assessment results when writing individual "
     "learning plans.", "Head of Quality/Training Manager", "Jan-25", "Mar-25", "", "Green",
     "14 of 17 coaches trained."],
    ["2.1", "Quality of education", YH_AFI2,
     "Introduce a careers guidance session in the final six months of every apprenticeship, "
     "delivered by a qualified careers adviser.", "Careers Lead", "Dec-24", "Apr-25", "",
     "Green", "Careers adviser (Level 6) contracted."],
    ["2.2", "Quality of education", YH_AFI2,
     "Record careers discussions in progress reviews and monitor them through the monthly "
     "quality audit.", "Careers Lead; Skills Coaches", "Feb-25", "Apr-25", "", "Amber",
     "Review template updated; audit not yet started."],
    ["3.1", "Leadership and management", YH_AFI3,
     "Introduce a monthly caseload review for each skills coach, flagging apprentices past "
     "their planned end date.", "Operations Director", "Jan-25", "Febuary 2025", "", "Amber",
     "First reviews held; 23 apprentices flagged."],
    ["3.2", "Leadership and management", YH_AFI3,
     "Report timely achievement rates by standard to the board each quarter.",
     "Managing Director", "Apr-25", "Quarterly", "", "Green", "First report due July board."],
    ["4.1", "Personal development", YH_AFI4,
     "Produce a Prevent and British values module set in the local context of Hull and "
     "Scarborough, and add it to progress review discussions.", "Designated Safeguarding Lead",
     "Nov-24", "Mar-25", "May-25", "Amber", "Module drafted; awaiting sign-off."],
    ["4.2", "Personal development", YH_AFI4,
     "Check apprentices’ understanding of Prevent in every third progress review.",
     "Skills Coaches", "May-25", "Ongoing", "", "Not started", ""],
]


def build_yh(path):
    n = len(YH_HEADER)
    pad = lambda first: [first] + [""] * (n - 1)
    rows = [
        pad("YH Training Services Ltd – Post Inspection Action Plan"),
        pad("Ofsted inspection 1–4 October 2024. Apprenticeships: Requires improvement. "
            "Plan owner: Quality Director."),
        [""] * n,
        YH_HEADER,
    ] + YH_ROWS + [
        [""] * n,
        pad("Prepared by the Quality Team. Next review at the Quality Improvement Board, "
            "June 2025."),
    ]
    with open(path, "w", newline="", encoding="utf-8") as f:
        csv.writer(f, lineterminator="\r\n").writerows(rows)


# --------------------------------------------------------------------------
# 4. Tameside and Glossop ICFT - CQC must do / should do (xlsx, sheet per core service)
# --------------------------------------------------------------------------
TAMESIDE_TITLE = ("Tameside and Glossop Integrated Care NHS Foundation Trust – "
                  "CQC Must Do / Should Do Action Plan")
# (ref, type, requirement, [actions]); action = (ref, text, lead, orig, revised, prev, cur, update)
TAMESIDE = [
    ("UEC", "Urgent and emergency care", [
        ("MD1", "Must do",
         "The trust must ensure that patients attending the emergency department receive an "
         "initial clinical assessment within 15 minutes of arrival and that sepsis screening is "
         "completed and recorded. (Regulation 12)", [
             ("MD1.1", "Implement the revised streaming and triage standard operating procedure, "
                       "with a registered nurse allocated to triage at all times.",
              "Clinical Director ED / Matron ED", D(2024, 6, 30), None, "G", "B",
              "SOP live from 3 June 2024; triage within 15 minutes 91% in September."),
             ("MD1.2", "Add a mandatory sepsis screening field to the ED electronic patient "
                       "record and audit compliance weekly.",
              "Deputy Chief Nurse; Chief Clinical Information Officer", D(2024, 7, 31),
              D(2024, 11, 30), "A", "A",
              "EPR change delayed by supplier release; weekly manual audit in place (84%)."),
         ]),
        ("MD2", "Must do",
         "The trust must ensure that there are sufficient numbers of suitably qualified "
         "paediatric nurses on duty in the emergency department at all times. (Regulation 18)", [
             ("MD2.1", "Recruit to the 4.0 WTE paediatric nurse vacancies and provide paediatric "
                       "competency training for adult-trained nurses working in the children’s ED.",
              "Head of Nursing – Urgent Care", D(2024, 9, 30), D(2025, 1, 31), "A", "R",
              "Two of four posts appointed; further recruitment campaign under way."),
         ]),
        ("SD1", "Should do",
         "The trust should ensure that patients with mental health needs waiting in the "
         "department have a documented risk assessment and are cared for in a suitable "
         "environment.", [
             ("SD1.1", "Refurbish the mental health assessment room to Psychiatric Liaison "
                       "Accreditation Network standards and introduce a joint risk assessment "
                       "with the liaison team.",
              "ED Operational Manager", D(2024, 12, 31), None, "G", "G",
              "Joint risk assessment in use; estates works scheduled for November."),
         ]),
    ]),
    ("Medicine", "Medical care (including older people’s care)", [
        ("MD3", "Must do",
         "The trust must ensure that patients’ fluid balance and food charts are fully completed "
         "and acted on in medical wards. (Regulation 14)", [
             ("MD3.1", "Roll out the electronic fluid balance chart on all medical wards, with "
                       "ward compliance reported at the daily safety huddle.",
              "Divisional Director of Nursing (Medicine)", D(2024, 8, 31), D(2024, 12, 31),
              "A", "G", "Live on 9 of 11 wards; remaining two wards in November."),
             ("MD3.2", "Complete a nutrition and hydration audit on each ward and share the "
                       "results through the Nursing and Midwifery Board.",
              "Ward Managers", "Monthly", None, "G", "G", "Audits completed each month since May."),
         ]),
        ("SD2", "Should do",
         "The trust should ensure that all staff complete mandatory training in the Mental "
         "Capacity Act and Deprivation of Liberty Safeguards.", [
             ("SD2.1", "Provide additional face-to-face MCA/DoLS training sessions for medical "
                       "staff.",
              "Named Nurse Safeguarding Adults", D(2024, 10, 31), None, "G", "B",
              "Sessions delivered; compliance 92%."),
             ("SD2.2", "Report MCA/DoLS training compliance by ward in the monthly divisional "
                       "performance review.",
              "Divisional Director of Operations (Medicine) / Divisional Director of Nursing "
              "(Medicine)", D(2024, 11, 30), None, None, "G",
              "Added to the November performance pack."),
         ]),
    ]),
]
LETTER_FILL = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}


def build_tameside(path):
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = TAMESIDE_TITLE
    sm["A1"].font = Font(bold=True, size=13)
    sm["A2"] = ("Inspection of Tameside General Hospital: 16–18 January 2024 (report published "
                "24 April 2024). Position as at 31 October 2024.")
    sm["A3"] = "Reported to: Quality and Governance Assurance Committee"
    sm["A5"] = "RAG key"
    sm["A5"].font = Font(bold=True)
    for i, (k, txt) in enumerate([("B", "Complete and evidenced"), ("G", "On track"),
                                  ("A", "At risk of delay"), ("R", "Off track / overdue")],
                                 start=6):
        sm.cell(row=i, column=1, value=k).fill = fill(LETTER_FILL[k])
        sm.cell(row=i, column=2, value=txt)
    hdr = ["Core service", "Must do", "Should do", "B", "G", "A", "R"]
    for j, h in enumerate(hdr, start=1):
        c = sm.cell(row=11, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = fill(LIGHT)
    for i, row in enumerate([("Urgent and emergency care", 3, 1, 1, 1, 1, 1),
                             ("Medical care", 2, 2, 1, 3, 0, 0)], start=12):
        for j, v in enumerate(row, start=1):
            sm.cell(row=i, column=j, value=v)
    sm.cell(row=14, column=1, value="Total").font = Font(bold=True)
    for j in range(2, 8):
        L = "ABCDEFG"[j - 1]
        sm.cell(row=14, column=j, value=f"=SUM({L}12:{L}13)")
    sm.column_dimensions["A"].width = 32

    wrap = Alignment(wrap_text=True, vertical="top")
    for sheet, service, reqs in TAMESIDE:
        ws = wb.create_sheet(sheet)
        ws["A1"] = TAMESIDE_TITLE
        ws["A1"].font = Font(bold=True, size=12)
        ws["A2"] = service
        ws["A2"].font = Font(bold=True, size=12, color="FFFFFF")
        ws["A2"].fill = fill(NAVY)
        ws.merge_cells("A2:I2")
        hdr = ["Ref", "Type", "Requirement / action", "Lead(s)", "Original completion date",
               "Revised completion date", "Previous RAG", "Current RAG",
               "Progress update / evidence"]
        for j, h in enumerate(hdr, start=1):
            c = ws.cell(row=4, column=j, value=h)
            c.font = Font(bold=True)
            c.fill = fill(LIGHT)
            c.alignment = wrap
            c.border = thin_border()
        r = 5
        for rref, typ, req, actions in reqs:
            ws.cell(row=r, column=1, value=rref).font = Font(bold=True)
            ws.cell(row=r, column=2, value=typ).font = Font(bold=True)
            c = ws.cell(row=r, column=3, value=req)
            c.font = Font(bold=True)
            c.alignment = wrap
            ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=9)
            for j in range(1, 10):
                ws.cell(row=r, column=j).fill = fill(GREY)
            r += 1
            for aref, text, lead, orig, rev, prev, cur, upd in actions:
                ws.cell(row=r, column=1, value=aref)
                ws.cell(row=r, column=3, value=text).alignment = wrap
                ws.cell(row=r, column=4, value=lead).alignment = wrap
                for col, v in ((5, orig), (6, rev)):
                    c = ws.cell(row=r, column=col, value=v)
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                for col, v in ((7, prev), (8, cur)):
                    c = ws.cell(row=r, column=col, value=v)
                    if v:
                        c.fill = fill(LETTER_FILL[v])
                        c.alignment = Alignment(horizontal="center")
                ws.cell(row=r, column=9, value=upd).alignment = wrap
                for j in range(1, 10):
                    ws.cell(row=r, column=j).border = thin_border()
                r += 1
        r += 1
        ws.cell(row=r, column=1, value="Note: actions rated B are closed only once the evidence "
                                       "has been reviewed by the CQC Compliance Group.")
        for col, w in zip("ABCDEFGHI", [8, 10, 60, 30, 14, 14, 10, 10, 45]):
            ws.column_dimensions[col].width = w
    wb.save(path)


# --------------------------------------------------------------------------
# 5. Veor Surgery - CQC inspection action plan (tab-separated text export)
# --------------------------------------------------------------------------
VEOR_LINES = [
    "Veor Surgery – CQC Inspection Action Plan",
    "Location: Veor Surgery, South Terrace, Camborne. Inspection: 21 November 2024. "
    "Report published: 30 January 2025. Overall rating: Requires improvement.",
    "Last updated: 2 June 2025 (Practice Manager)",
    "",
    "Ref\tAction\tLead\tTarget date\tRAG\tUpdate",
    "Regulation 12 – Safe care and treatment",
    "The provider must ensure the proper and safe management of medicines, including the "
    "monitoring of patients prescribed high-risk medicines.",
    "1.1\tRun monthly searches for patients on DMARDs, lithium and warfarin and recall any "
    "patient whose monitoring is overdue.\tDr R Kessell / Lead Pharmacist\tDec-24\tBlue\t"
    "Searches set up on SystmOne; 14 patients recalled.",
    "1.2\tComplete a structured medication review for all patients aged 75 and over on four or "
    "more repeat medicines.\tClinical Pharmacist\tMarch 2025\tAmber\t"
    "Reviews 68% complete; extra pharmacist sessions from April.",
    "The provider must ensure that risks relating to infection prevention and control are "
    "assessed and acted on.",
    "1.3\tCommission an external infection prevention and control audit and complete the "
    "actions it identifies.\tNurse Manager and Dr T Pascoe\t31/01/2025\tBlue\t"
    "Audit 9 Dec 2024 (94%); all actions closed.",
    "1.4\tReplace the carpet in treatment room 2 with sealed vinyl flooring.\tPractice Manager\t"
    "Q1 2025/26\tGreen\tQuote accepted; works booked for 16 June 2025.",
    "Regulation 17 – Good governance",
    "The provider must establish effective systems to act on safety alerts, significant events "
    "and staff training needs.",
    "2.1\tSet up a safety alerts log with a named clinician responsible for each MHRA alert, and "
    "review the log monthly at the clinical meeting.\tDr R Kessell\tJan-25\tBlue\t"
    "Log in place; review minuted monthly.",
    "2.2\tIntroduce a training matrix covering all mandatory training for every member of staff,"
    "\tPractice Manager\t30/06/2025\tGreen\tMatrix drafted; 89% compliance.",
    "\tincluding locum GPs and nurses.\t\t\t\t",
    "Areas where the practice should improve",
    "The practice should continue to improve the uptake of cervical screening.",
    "3.1\tSend text reminders with a direct booking link to all women overdue for cervical "
    "screening, and offer Saturday clinics.\tPractice Nurse Lead\tSeptember 2025\tGreen\t"
    "First Saturday clinic held 10 May.",
    "The practice should review how patients access appointments by telephone.",
    "3.2\tInstall a cloud telephony system with call-back and queue position messages.\t"
    "Practice Manager\tApril 2025\tBlue\tLive from 7 April 2025.",
    "3.3\tPublish the results of the practice access survey in the waiting room and on the "
    "website.\tPatient Participation Group / Practice Manager\tOngoing\tGreen\t"
    "Discussed at each quarterly PPG meeting.",
    "",
    "RAG key: Blue = complete; Green = on track; Amber = delayed but expected to complete; "
    "Red = at risk of not being delivered",
    "Actions: 9. Complete: 4. On track: 4. Delayed: 1.",
]


def build_veor(path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(VEOR_LINES) + "\n")


# --------------------------------------------------------------------------
# 6. Thornford Park Hospital (Elysium) - CQC must/should do (docx, one table, merged reqs)
# --------------------------------------------------------------------------
THORNFORD_TITLE = "Thornford Park Hospital – CQC Action Plan"
THORNFORD = [
    ("Forensic inpatient or secure wards", [
        ("1", "The provider must ensure that seclusion is only used in line with the Mental "
              "Health Act Code of Practice and that seclusion records are fully completed, "
              "including medical and nursing reviews. (Regulation 13)", [
                  ("1.1", "Introduce a weekly audit of seclusion records, with findings reported "
                          "to the ward managers’ meeting.",
                   "Mental Health Act Administrator", "31/01/2024", "Blue"),
                  ("1.2", "Deliver Code of Practice refresher training on seclusion and long-term "
                          "segregation to all registered nurses and doctors.",
                   "Training and Development Lead / Consultant Psychiatrists",
                   "End of April 2024", "Blue"),
              ]),
        ("2", "The provider must ensure that there are enough suitably qualified and experienced "
              "staff on each shift, including a registered nurse on each ward at all times. "
              "(Regulation 18)", [
                  ("2.1", "Implement the SafeCare staffing tool and hold a daily staffing huddle "
                          "chaired by the senior nurse on duty.",
                   "Director of Clinical Services", "March 2024", "Blue"),
                  ("2.2", "Run a recruitment campaign for registered mental health nurses, "
                          "including international recruitment, to bring the vacancy rate below "
                          "10%.",
                   "Hospital Director / HR Business Partner", "Q2 2024/25", "Amber"),
              ]),
        ("3", "The provider should ensure that patients’ care plans reflect their views and are "
              "written in a way they can understand.", [
                  ("3.1", "Introduce ‘My Care Plan’ summaries written with each patient and "
                          "reviewed at ward round.",
                   "Ward Managers", "June 2024", "Green"),
              ]),
    ]),
    ("Wards for people with a learning disability or autistic people", [
        ("4", "The provider must ensure that restrictive practices on Kingfisher Ward are "
              "reviewed regularly and are the least restrictive option for each patient. "
              "(Regulation 13)", [
                  ("4.1", "Complete a blanket restrictions review on Kingfisher Ward with "
                          "patients and carers, and remove any restriction that cannot be "
                          "justified for the individual.",
                   "Ward Manager (Kingfisher) / Positive Behaviour Support Lead",
                   "29 February 2024", "Blue"),
                  ("4.2", "Update positive behaviour support plans for all patients, with a "
                          "reduction plan for each restrictive intervention.",
                   "Positive Behaviour Support Lead", "Ongoing", "Green"),
              ]),
        ("5", "The provider should ensure that patients have regular access to activities off "
              "the ward, including at weekends.", [
                  ("5.1", "Recruit two weekend activity coordinators and publish a weekly "
                          "activity timetable on each ward.",
                   "Head of Therapies", "July 2024", "Red"),
              ]),
    ]),
]


def build_thornford(path):
    doc = Document()
    doc.add_heading(THORNFORD_TITLE, level=0)
    p = doc.add_paragraph("Elysium Healthcare | Inspection 9–11 October 2023 | "
                          "Report published 19 January 2024")
    p.alignment = WD_ALIGN_PARAGRAPH.LEFT

    cover = doc.add_table(rows=5, cols=2)
    cover.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("Prepared by", "Quality and Compliance Lead"),
        ("Approved by", "Hospital Director"),
        ("Version", "4.0"),
        ("Date of update", "05/07/2024"),
        ("Next review", "Clinical Governance Meeting – August 2024"),
    ]):
        set_cell(cover.rows[i].cells[0], k, bold=True, fill=LIGHT)
        set_cell(cover.rows[i].cells[1], v)

    doc.add_paragraph("")
    doc.add_paragraph("Status key: Blue – completed and embedded; Green – on track; "
                      "Amber – some delay; Red – significant concern")

    n_rows = 1
    for _, reqs in THORNFORD:
        n_rows += 1
        for _, _, acts in reqs:
            n_rows += len(acts)
    t = doc.add_table(rows=n_rows, cols=7)
    t.style = "Table Grid"
    header_row(t, ["Req.", "CQC requirement", "Ref", "Action", "Responsible", "By when", "RAG"])
    r = 1
    for service, reqs in THORNFORD:
        m = t.rows[r].cells[0].merge(t.rows[r].cells[6])
        set_cell(m, service, bold=True, fill=GREY)
        r += 1
        for num, req, acts in reqs:
            first = r
            for aref, text, who, when, rag in acts:
                cells = t.rows[r].cells
                set_cell(cells[2], aref)
                set_cell(cells[3], text)
                set_cell(cells[4], who)
                set_cell(cells[5], when)
                set_cell(cells[6], rag, fill=RAG_FILL[rag])
                r += 1
            last = r - 1
            if last > first:
                a = t.rows[first].cells[0].merge(t.rows[last].cells[0])
                b = t.rows[first].cells[1].merge(t.rows[last].cells[1])
            else:
                a = t.rows[first].cells[0]
                b = t.rows[first].cells[1]
            set_cell(a, num)
            set_cell(b, req)

    doc.add_paragraph("")
    doc.add_paragraph("Progress against this plan is reviewed monthly at the Hospital Clinical "
                      "Governance Meeting and quarterly by the Elysium Healthcare Quality and "
                      "Governance Committee.")
    doc.save(path)


# --------------------------------------------------------------------------
# 7. UK Health Security Agency - PAC recommendations tracker (xlsx, report bands)
# --------------------------------------------------------------------------
UKHSA_TITLE = "UK Health Security Agency: Public Accounts Committee Recommendations Implementation Tracker"
# (band, [(rec no, rec text, response, [(aref, action, lead, orig, revised, status, update)])])
UKHSA = [
    ("Report 1: Test and Trace update (Session 2021–22)", [
        ("1", "UKHSA should set out how it will retain the testing capability built up during "
              "the pandemic so that it can be scaled up quickly in a future emergency.",
         "Agreed", [
             ("1.1", "Publish a testing capability plan setting out the minimum laboratory "
                     "capacity UKHSA will retain and the arrangements for surge.",
              "Director General Science and Research", "March 2024", "September 2024",
              "Complete", "Plan published September 2024."),
         ]),
        ("2", "UKHSA should report to the Committee on the costs of maintaining its contingency "
              "contracts and how it will assess their value for money.",
         "Agreed", [
             ("2.1", "Complete a value for money review of all contingency testing and "
                     "contact-tracing contracts.",
              "Chief Commercial Officer", "December 2024", "", "On track",
              "Review fieldwork complete; report being drafted."),
             ("2.2", "Write to the Committee with the annual cost of contingency contracts and "
                     "the outcome of the review.",
              "Chief Executive’s Office; Chief Financial Officer", "March 2025", "",
              "On track", "Letter to follow the review."),
         ]),
    ]),
    ("Report 2: Government’s preparedness for the COVID-19 pandemic (Session 2022–23)", [
        ("3", "UKHSA should, with the Cabinet Office, develop a clear plan to respond to a wider "
              "range of health emergencies, not only a flu pandemic.",
         "Agreed", [
             ("3.1", "Publish the UKHSA pandemic preparedness strategy covering a broader range "
                     "of pathogens, with a delivery plan for its first three years.",
              "Director of Clinical and Public Health / Chief Medical Advisor", "Q4 2023/24",
              "", "Complete", "Strategy published; delivery plan monitored by the Executive "
                              "Committee."),
         ]),
        ("4", "UKHSA should set out how it will test its plans through regular national "
              "exercises and publish what it learns.",
         "Agreed", [
             ("4.1", "Run a national pandemic exercise with partners across the four nations and "
                     "publish the lessons learned report.",
              "Director of Emergency Preparedness, Resilience and Response", "October 2024",
              "June 2025", "At risk",
              "Exercise rescheduled to align with the four-nations exercise programme."),
         ]),
    ]),
    ("Report 3: UKHSA’s management of its largest contracts (Session 2023–24)", [
        ("5", "UKHSA should strengthen its contract management so that it can demonstrate it is "
              "getting value from its largest contracts.",
         "Agreed", [
             ("5.1", "Appoint a named contract manager for each of UKHSA’s top 20 contracts by "
                     "value and introduce quarterly performance reviews.",
              "Chief Commercial Officer", "June 2024", "", "Complete",
              "All 20 contract managers named; reviews running."),
             ("5.2", "Implement the new contract management system and train all contract "
                     "managers in its use.",
              "Chief Commercial Officer; Chief Data Officer", "March 2025", "September 2025",
              "Delayed", "Supplier onboarding slipped; revised date agreed with HM Treasury."),
         ]),
        ("6", "UKHSA should write to the Committee within 12 months setting out its progress in "
              "disposing of surplus testing stock.",
         "Agreed", [
             ("6.1", "Write to the Committee with an update on disposal of surplus lateral flow "
                     "test stock and the income recovered.",
              "Chief Financial Officer", "November 2024", "", "Complete",
              "Letter sent 14 November 2024."),
         ]),
    ]),
]
STATUS_FILL = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Delayed": RED}


def build_ukhsa(path):
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = UKHSA_TITLE
    cv["A1"].font = Font(bold=True, size=14)
    cv["A2"] = "Position at 31 January 2025 – for the Audit and Risk Committee"
    cv["A4"] = "Document control"
    cv["A4"].font = Font(bold=True)
    for j, h in enumerate(["Version", "Date", "Author", "Comments"], start=1):
        c = cv.cell(row=5, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = fill(LIGHT)
    for i, row in enumerate([
        ("0.3", "10/01/2025", "Parliamentary Accountability Team", "Draft for directors"),
        ("1.0", "31/01/2025", "Parliamentary Accountability Team", "Final for ARC"),
    ], start=6):
        for j, v in enumerate(row, start=1):
            cv.cell(row=i, column=j, value=v)
    cv.column_dimensions["A"].width = 12
    cv.column_dimensions["C"].width = 34

    ws = wb.create_sheet("PAC recommendations")
    ws["A1"] = "PAC recommendations accepted by government – UKHSA actions"
    ws["A1"].font = Font(bold=True, size=12)
    hdr = ["Rec no.", "PAC recommendation", "Government response", "Action ref", "UKHSA action",
           "Lead", "Original target date", "Revised target date", "Status", "Progress to date"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(row=3, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.alignment = Alignment(wrap_text=True, vertical="top")
        c.border = thin_border()
    wrap = Alignment(wrap_text=True, vertical="top")
    r = 4
    for band, recs in UKHSA:
        c = ws.cell(row=r, column=1, value=band)
        c.font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        c.fill = fill(LIGHT)
        r += 1
        for num, rec, resp, acts in recs:
            first = r
            ws.cell(row=r, column=1, value=num).alignment = wrap
            ws.cell(row=r, column=2, value=rec).alignment = wrap
            ws.cell(row=r, column=3, value=resp).alignment = wrap
            for aref, act, lead, orig, rev, status, upd in acts:
                ws.cell(row=r, column=4, value=aref)
                ws.cell(row=r, column=5, value=act).alignment = wrap
                ws.cell(row=r, column=6, value=lead).alignment = wrap
                ws.cell(row=r, column=7, value=orig)
                ws.cell(row=r, column=8, value=rev or None)
                c = ws.cell(row=r, column=9, value=status)
                c.fill = fill(STATUS_FILL[status])
                ws.cell(row=r, column=10, value=upd).alignment = wrap
                for j in range(1, 11):
                    ws.cell(row=r, column=j).border = thin_border()
                r += 1
            if r - 1 > first:
                for col in (1, 2, 3):
                    ws.merge_cells(start_row=first, start_column=col, end_row=r - 1,
                                   end_column=col)
    r += 1
    ws.cell(row=r, column=1, value="Total actions: 8").font = Font(bold=True)
    ws.cell(row=r, column=5, value="Complete: 4   On track: 2   At risk: 1   Delayed: 1")
    r += 1
    ws.cell(row=r, column=1, value="Note: actions recorded as Complete in this tracker are "
                                   "reported as implemented in the next Treasury Minutes "
                                   "progress report.")
    for col, w in zip("ABCDEFGHIJ", [8, 50, 12, 8, 55, 32, 14, 14, 11, 45]):
        ws.column_dimensions[col].width = w

    ky = wb.create_sheet("Key")
    ky["A1"] = "Status key"
    ky["A1"].font = Font(bold=True)
    for i, (s, m) in enumerate([
        ("Complete", "Action fully implemented (blue)"),
        ("On track", "Expected to meet the target date (green)"),
        ("At risk", "May miss the target date (amber)"),
        ("Delayed", "Target date missed or will be missed (red)"),
    ], start=2):
        ky.cell(row=i, column=1, value=s).fill = fill(STATUS_FILL[s])
        ky.cell(row=i, column=2, value=m)
    ky.column_dimensions["B"].width = 45
    wb.save(path)


FILES = [
    ("ll1-launceston-college-post-ofsted-action-plan.docx", build_launceston),
    ("ll1-selby-college-ofsted-post-inspection-action-plan.xlsx", build_selby),
    ("ll1-yh-training-ofsted-apprenticeships-piap-typo-month-refuse.csv", build_yh),
    ("ll1-tameside-and-glossop-icft-cqc-must-should-do-action-plan.xlsx", build_tameside),
    ("ll1-veor-surgery-cqc-inspection-action-plan.txt", build_veor),
    ("ll1-elysium-thornford-park-cqc-mental-health-must-should-do-action-plan.docx",
     build_thornford),
    ("ll1-uk-health-security-agency-pac-recommendations-tracker.xlsx", build_ukhsa),
]


def main():
    for name, fn in FILES:
        fn(os.path.join(HERE, name))
        print("wrote", name)


if __name__ == "__main__":
    main()
