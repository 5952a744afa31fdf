#!/usr/bin/env python
"""Build the seven hx1- blind test files (set heldout266).

Run:  python hx1_make.py          -> writes the seven data files
      python hx1_make.py --yaml   -> also (re)writes the NAME.expected.yaml files

The action text in each file and in its expected reading comes from the same
structures below, so the two cannot drift apart character-wise; the expected
end / status / lead / under values are written out by hand beside each action.
"""
import csv
import datetime as dt
import io
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

FILL = {"B": "00B0F0", "G": "92D050", "A": "FFC000", "R": "FF0000", "grey": "D9D9D9",
        "head": "1F3864", "band": "DDEBF7", "lav": "E4DFEC"}
STATUS_WORD = {"B": "blue", "G": "green", "A": "amber", "R": "red", "U": "unrated"}

EXPECTED = {}   # file name -> dict for the yaml


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------- helpers ---
def solid(hexcol):
    return PatternFill(fill_type="solid", start_color="FF" + hexcol, end_color="FF" + hexcol)


THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9, italic=False):
    """Put text in a docx cell; '\n' starts a new paragraph in the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        r.italic = italic
        r.font.size = Pt(size)


def exp_action(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


# ======================================================= 1. school (docx) ===
def make_school():
    name = "hx1-ryburn-valley-high-school-post-ofsted-action-plan.docx"
    title = "Ryburn Valley High School – Post-Ofsted Action Plan 2024–25"
    # (priority heading, AFI text, [(ref, action, lead, timescale, success, progress, rag, exp_lead, exp_end, exp_end_text)])
    priorities = [
        ("Priority 1: Curriculum and assessment",
         "In some subjects, teachers do not check carefully enough what pupils know and remember. "
         "As a result, gaps in pupils' knowledge are not identified and addressed swiftly. Leaders "
         "should ensure that teachers use assessment precisely to identify and close gaps in pupils' learning.",
         [("1.1", "Deliver whole-staff CPD on checking for understanding (hinge questions, mini-whiteboards, "
                  "cold calling) at the April INSET day.",
           "DHT (Quality of Education)", "Summer term 2024",
           "All staff trained; learning walks show checking for understanding in most lessons.",
           "INSET delivered 15/04/24. Learning walk (June) found strategies used in 8 of 10 lessons seen.",
           "B", ["DHT (Quality of Education)"], "2024-07", None),
          ("1.2", "Each department to map key assessment points in its curriculum plan and identify the "
                  "'sticky knowledge' pupils must retain.\nHeads of department to present plans at line "
                  "management meetings.",
           "Heads of Department / AHT (Curriculum)", "Autumn term 2024",
           "Assessment maps in place for all KS3 subjects.",
           "Maths, science, English and humanities complete. MFL, arts and technology to finish by October.",
           "G", ["Heads of Department", "AHT (Curriculum)"], "2024-12", None),
          ("1.3", "Termly subject deep dives by SLT and governors to check that assessment is used consistently.",
           "Headteacher / Chair of Standards Committee", "Termly",
           "Deep dive reports to governors show consistent practice.",
           "Deep dives completed in geography (May) and science (June).",
           "G", ["Headteacher", "Chair of Standards Committee"], None, "Termly"),
          ]),
        ("Priority 2: Attendance and behaviour",
         "Too many pupils, including disadvantaged pupils, are persistently absent from school. Leaders "
         "should continue to take effective action to improve the attendance of these pupils so that they "
         "benefit from the curriculum.",
         [("2.1", "Appoint a full-time Attendance Officer and introduce daily first-day calling for all absent pupils.",
           "AHT (Behaviour & Attendance)", "June 2024",
           "Attendance Officer in post; first-day calls logged for 100% of absences.",
           "Attendance Officer started 3 June. First-day calling in place from 10 June.",
           "B", ["AHT (Behaviour & Attendance)"], "2024-06", None),
          ("2.2", "Implement the Calderdale attendance escalation pathway, including fortnightly attendance "
                  "panels with the Education Welfare Service.",
           "Attendance Officer; Pastoral Leaders", "Sept 2024 – July 2025",
           "Persistent absence falls below 20% (disadvantaged below 28%).",
           "Panels to start September. EWS capacity limited to monthly visits until January.",
           "A", ["Attendance Officer", "Pastoral Leaders"], "2025-07", None),
          ("2.3", "Introduce half-termly attendance reports to governors, with a focus on disadvantaged pupils "
                  "and pupils with SEND.",
           "AHT (Behaviour & Attendance)", "Half-termly",
           "Governors' minutes show challenge on attendance of key groups.",
           "First report to FGB 1 July 2024.",
           "G", ["AHT (Behaviour & Attendance)"], None, "Half-termly"),
          ]),
        ("Priority 3: Reading",
         "The school's strategy to support pupils at the early stages of learning to read is at an early stage "
         "of development. Leaders should ensure that weaker readers in key stage 3 receive precise support so "
         "that they can read fluently and with confidence.",
         [("3.1", "Screen all Year 7 pupils using the NGRT reading test on entry and share reading ages with all "
                  "staff via the pupil passport.",
           "Literacy Lead", "October 2024",
           "Reading ages known for all Year 7; passports updated by October half-term.",
           "NGRT licences purchased. Testing booked for weeks 3–4 of the autumn term.",
           "G", ["Literacy Lead"], "2024-10", None),
          ("3.2", "Train two teaching assistants to deliver the Fresh Start phonics programme to the weakest "
                  "readers in Years 7 and 8.",
           "SENDCo / Literacy Lead", "Spring term 2025",
           "Weakest readers make at least 12 months' gain in reading age in two terms.",
           "Not started – one TA vacancy. Training places held for January cohort.",
           "R", ["SENDCo", "Literacy Lead"], "2025-04", None),
          ]),
    ]

    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Ofsted inspection: 5 and 6 March 2024    Overall effectiveness: Requires improvement")
    doc.add_paragraph("Plan owner: Headteacher    Monitored by: Standards and Curriculum Committee of the "
                      "Governing Body    Last updated: 8 July 2024")

    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Changes"]):
        set_cell(c, h, bold=True)
    for row in [("1.0", "15/04/2024", "Headteacher", "First version approved by governors"),
                ("1.1", "08/07/2024", "DHT (Quality of Education)", "Summer term progress update and RAG")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)

    doc.add_paragraph("RAG key", style="Heading 2")
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for col, txt in [("B", "Completed"), ("G", "On track"), ("A", "Started – some slippage"),
                     ("R", "Not started / at risk")]:
        cells = k.add_row().cells
        set_cell(cells[0], "")
        shade(cells[0], FILL[col])
        set_cell(cells[1], txt)

    actions = []
    headers = ["Ref", "Action", "Lead", "Timescale", "Success criteria", "Progress update (July 2024)", "RAG"]
    for heading, afi, rows in priorities:
        doc.add_paragraph(heading, style="Heading 1")
        p = doc.add_paragraph()
        r = p.add_run("What the school needs to do to improve (Ofsted report):")
        r.bold = True
        p = doc.add_paragraph()
        r = p.add_run(afi)
        r.italic = True
        t = doc.add_table(rows=1, cols=len(headers))
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, headers):
            set_cell(c, h, bold=True)
            shade(c, FILL["grey"])
        for ref, act, lead, when, succ, prog, rag, elead, eend, eendt in rows:
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, act, lead, when, succ, prog, ""]):
                set_cell(c, v)
            shade(cells[6], FILL[rag])
            actions.append(exp_action(ref, [heading, afi], act, elead, eend, STATUS_WORD[rag], eendt))
        doc.add_paragraph("")
    doc.add_paragraph("Approved by the Full Governing Body on 15 April 2024. Progress is reported to the "
                      "Standards and Curriculum Committee each half-term.")
    doc.save(os.path.join(HERE, name))

    EXPECTED[name] = {
        "source": "Imitates a secondary school's post-Ofsted action plan after a 'requires improvement' "
                  "inspection (Ryburn Valley High School, Calderdale, 2024; no URL - layout modelled on published "
                  "school post-Ofsted plans such as Shaw CofE Primary's, with one section per area for "
                  "improvement). Copied features: title and inspection/owner lines, a document-control table, a "
                  "RAG key table whose colours are shown only as cell shading, one Heading 1 per priority with "
                  "the Ofsted 'what the school needs to do to improve' text in italics under a bold label, one "
                  "table per priority, RAG shown as fill colour with no text, school-term timescales, "
                  "'Termly'/'Half-termly', a two-paragraph action cell and a closing approval note.",
        "reads": "A school post-Ofsted plan in three priorities, each with the inspectors' area for improvement "
                 "in italics and a table of 2-3 numbered actions with lead, timescale, success criteria, July "
                 "2024 progress and a colour-only RAG cell. The first two tables are document control and the "
                 "RAG key, not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }


# ====================================================== 2. college (xlsx) ===
def make_college():
    name = "hx1-new-college-swindon-ofsted-post-inspection-action-plan.xlsx"
    title = "New College Swindon – Ofsted Post-Inspection Action Plan 2023–25"
    # theme -> AFI -> actions (ref, action, lead, orig, revised, update, prev, cur, exp_lead, exp_end, exp_end_text)
    plan = [
        ("Theme 1: Quality of education", [
            ("AFI 1", "Leaders should ensure that teachers on education programmes for young people give students "
                      "feedback that helps them improve the standard of their work.", [
                ("1a", "Introduce a college-wide feedback policy ('What went well / Even better if / Act on it') with "
                       "a minimum of three pieces of assessed work per term.",
                 "Assistant Principal – Teaching, Learning & Assessment", d(2024, 1, 31), d(2024, 4, 30),
                 "Policy launched at February staff development day. Work scrutiny in April: 84% compliant.",
                 "A", "B", ["Assistant Principal – Teaching, Learning & Assessment"], "2024-04", None),
                ("1b", "Quality team to sample written feedback in each curriculum area each half-term and share "
                       "findings with curriculum managers.",
                 "Head of Quality; Curriculum Managers", d(2024, 7, 31), None,
                 "Two sampling rounds completed. Findings shared at Curriculum Leadership Team.",
                 "G", "G", ["Head of Quality", "Curriculum Managers"], "2024-07", None),
            ]),
            ("AFI 2", "Leaders should improve attendance in English and mathematics lessons for students who have "
                      "not yet achieved a grade 4.", [
                ("2a", "Relocate GCSE resit classes into vocational timetable blocks so that students attend English "
                       "and maths on the same days as their main course.",
                 "Head of English & Maths", d(2024, 9, 30), None,
                 "Timetable model agreed for 2024/25. Rooming being finalised.",
                 "A", "G", ["Head of English & Maths"], "2024-09", None),
                ("2b", "Use ProMonitor to trigger same-day contact with parents/carers when a student misses an "
                       "English or maths lesson.",
                 "Student Services Manager", d(2024, 2, 29), None,
                 "Live since 12 February. 1,146 contacts made to date.",
                 "G", "B", ["Student Services Manager"], "2024-02", None),
                ("2c", "Introduce attendance targets for each tutor group, reviewed at fortnightly performance "
                       "meetings.",
                 "Director of Study Programmes", d(2024, 3, 31), d(2024, 7, 31),
                 "Targets set but attendance in maths remains 76% against 85% target.",
                 "A", "R", ["Director of Study Programmes"], "2024-07", None),
            ]),
        ]),
        ("Theme 2: Leadership and management", [
            ("AFI 3", "Governors should ensure that they receive sufficiently detailed information about the quality "
                      "of provision for learners with high needs, so that they can challenge leaders effectively.", [
                ("3a", "Add a high needs quality dashboard to the termly Quality & Standards Committee report.",
                 "Director of Inclusion", d(2024, 3, 31), None,
                 "Dashboard presented to Q&S Committee 19 March 2024.",
                 "G", "B", ["Director of Inclusion"], "2024-03", None),
                ("3b", "Nominate a link governor for SEND and high needs, with a termly learning walk.",
                 "Clerk to the Corporation / Chair of Quality & Standards Committee", "Summer term 2024", None,
                 "Link governor nominated. First learning walk booked for 11 June.",
                 "G", "G", ["Clerk to the Corporation", "Chair of Quality & Standards Committee"], "2024-07", None),
            ]),
            ("AFI 4", "Leaders should ensure that apprentices receive impartial careers advice and guidance about "
                      "their next steps, including further training.", [
                ("4a", "Apprenticeship coaches to include a careers discussion in each 12-weekly progress review, "
                       "recorded on the e-portfolio.",
                 "Head of Apprenticeships", d(2024, 6, 30), None,
                 "Review template updated. 61% of reviews since April include a careers discussion.",
                 "R", "A", ["Head of Apprenticeships"], "2024-06", None),
                ("4b", "Arrange sessions with a Level 6 qualified careers adviser for all apprentices in the final "
                       "six months of their programme.",
                 "Careers Lead", "Ongoing", None,
                 "Sessions running monthly at North Star campus.",
                 "G", "G", ["Careers Lead"], None, "Ongoing"),
            ]),
        ]),
    ]

    wb = openpyxl.Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=16, color="FF1F3864")
    cov["A3"] = "Inspection dates: 14–17 November 2023"
    cov["A4"] = "Overall effectiveness: Requires improvement (Education programmes for young people: Good; "\
                "Apprenticeships: Requires improvement)"
    cov["A5"] = "Accountable: Principal & Chief Executive    Scrutiny: Quality & Standards Committee"
    cov["A7"] = "Document control"
    cov["A7"].font = Font(bold=True)
    for j, h in enumerate(["Version", "Date", "Owner", "Comment"], 1):
        c = cov.cell(row=8, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = solid(FILL["grey"])
        c.border = BOX
    for i, row in enumerate([("v1.0", d(2024, 1, 9), "Vice Principal – Quality", "Approved by Corporation"),
                             ("v1.3", d(2024, 3, 19), "Vice Principal – Quality", "Spring update to Q&S Committee"),
                             ("v1.5", d(2024, 5, 31), "Head of Quality", "Summer update (this version)")], 9):
        for j, v in enumerate(row, 1):
            c = cov.cell(row=i, column=j, value=v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    cov["A14"] = "RAG key"
    cov["A14"].font = Font(bold=True)
    for i, (col, txt) in enumerate([("B", "Complete – impact evidenced"), ("G", "On track"),
                                    ("A", "Some slippage – action in hand"), ("R", "Off track – escalate to SLT")], 15):
        c = cov.cell(row=i, column=1, value=col)
        c.fill = solid(FILL[col])
        c.alignment = Alignment(horizontal="center")
        cov.cell(row=i, column=2, value=txt)
    cov.column_dimensions["A"].width = 14
    cov.column_dimensions["B"].width = 34
    cov.column_dimensions["C"].width = 26
    cov.column_dimensions["D"].width = 34

    ws = wb.create_sheet("PIAP")
    ws["A1"] = "Post-Inspection Action Plan – progress at 31 May 2024"
    ws["A1"].font = Font(bold=True, size=13)
    headers = ["AFI", "Area for improvement (Ofsted report)", "Ref", "Action", "Lead", "Original target date",
               "Revised target date", "Progress update", "Previous RAG (Mar 24)", "Current RAG (May 24)"]
    for j, h in enumerate(headers, 1):
        c = ws.cell(row=3, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = solid(FILL["head"])
        c.alignment = WRAP
        c.border = BOX
    widths = [7, 40, 6, 48, 28, 12, 12, 44, 10, 10]
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(j)].width = w
    r = 4
    actions = []
    counts = {"B": 0, "G": 0, "A": 0, "R": 0}
    for theme, afis in plan:
        ws.cell(row=r, column=1, value=theme).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(headers))
        ws.cell(row=r, column=1).fill = solid(FILL["band"])
        r += 1
        for afi_no, afi, acts in afis:
            first = r
            ws.cell(row=r, column=1, value=afi_no)
            ws.cell(row=r, column=2, value=afi)
            for ref, act, lead, orig, rev, upd, prev, cur, elead, eend, eendt in acts:
                vals = [None, None, ref, act, lead, orig, rev, upd, prev, cur]
                for j, v in enumerate(vals, 1):
                    c = ws.cell(row=r, column=j)
                    if v is not None:
                        c.value = v
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=9).fill = solid(FILL[prev])
                ws.cell(row=r, column=10).fill = solid(FILL[cur])
                counts[cur] += 1
                actions.append(exp_action(ref, [theme, afi], act, elead, eend, STATUS_WORD[cur], eendt))
                r += 1
            for col in (1, 2):
                ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
                ws.cell(row=first, column=col).alignment = WRAP
    r += 1
    ws.cell(row=r, column=1, value="Notes: Previous RAG is the position reported to the Quality & Standards "
                                   "Committee on 19 March 2024. Impact measures are tracked on the KPIs sheet.")
    ws.freeze_panes = "A4"

    kp = wb.create_sheet("KPIs")
    for j, h in enumerate(["Measure", "2022/23 baseline", "2023/24 target", "Position at May 2024"], 1):
        c = kp.cell(row=1, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = solid(FILL["grey"])
    for i, row in enumerate([("Attendance – English (resit students)", "74%", "85%", "81%"),
                             ("Attendance – maths (resit students)", "71%", "85%", "76%"),
                             ("Apprenticeship achievement rate", "58.2%", "65%", "62.9% (in-year)"),
                             ("High needs learners – retention", "91%", "94%", "95%")], 2):
        for j, v in enumerate(row, 1):
            kp.cell(row=i, column=j, value=v)
    kp.column_dimensions["A"].width = 40
    wb.save(os.path.join(HERE, name))

    EXPECTED[name] = {
        "source": "Imitates an FE college's Ofsted post-inspection action plan reported to the corporation's "
                  "quality committee (New College Swindon, inspection November 2023, update May 2024; no URL - "
                  "modelled on published college PIAPs). Copied features: a Cover sheet with title, inspection "
                  "grades, document-control table and a fill-colour RAG key; a PIAP sheet with full-width theme "
                  "band rows, the AFI number and Ofsted text merged down the rows of its actions, original and "
                  "revised target dates (real Excel dates, one 'Summer term 2024', one 'Ongoing'), previous and "
                  "current RAG (letter + fill), a notes line; and a KPIs sheet of impact measures.",
        "reads": "Nine actions (1a-4b) under four Ofsted areas for improvement grouped in two themes. Each has a "
                 "lead job title, original and sometimes revised target date, a March and a May RAG; the May "
                 "(current) RAG is the status and the revised date, where given, is the end. The Cover and KPIs "
                 "sheets hold no actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }


# =========================================== 3. university (xlsx, refuse) ===
def make_university():
    name = "hx1-kingston-university-ofsted-apprenticeships-piap-typo-month-refuse.xlsx"
    title = "Kingston University – Apprenticeships Post-Inspection Action Plan"
    recs = [
        ("Leaders should ensure that apprentices' off-the-job training is planned and coordinated with employers "
         "so that apprentices can apply new knowledge and skills at work.", [
            ("1.1", "Introduce tripartite planning meetings at the start of each module with the apprentice, "
                    "employer mentor and academic tutor.", "Head of Apprenticeships", "Jan 2025", "G",
             "Meetings held for all January module starts in nursing and social work."),
            ("1.2", "Publish an employer handbook setting out the workplace learning activities for each module.",
             "Apprenticeship Partnerships Manager", "March 2025", "A",
             "Draft with Faculty of Health, Science, Social Care and Education."),
        ]),
        ("Leaders should make sure that tutors use information about apprentices' starting points to plan an "
         "individualised programme of training.", [
            ("2.1", "Revise the initial skills scan for all standards and use it to adjust each apprentice's "
                    "training plan and price.", "Course Leaders / Apprenticeship Compliance Manager",
             "Febuary 2025", "A", "New scan piloted on Chartered Manager DA."),
            ("2.2", "Audit a sample of training plans each term to check that prior learning has been recognised.",
             "Apprenticeship Compliance Manager", "May 2025", "G", "First audit scheduled."),
        ]),
        ("Leaders should ensure that apprentices are well prepared for their end-point assessment.", [
            ("3.1", "Introduce mock EPA professional discussions for all degree apprentices six months before "
                    "gateway.", "Academic Lead – Degree Apprenticeships", "June 2025", "G",
             "Mock panels trialled with police constable DA cohort."),
            ("3.2", "Track gateway readiness monthly on the apprenticeship dashboard.", "Head of Apprenticeships",
             "Monthly", "G", "Dashboard live on Power BI."),
        ]),
        ("Leaders should ensure that apprentices develop their understanding of the risks of radicalisation and "
         "extremism in their local area and workplace.", [
            ("4.1", "Add a Prevent and British values topic to every progress review, using local case studies.",
             "Designated Safeguarding Lead", "April 2025", "G", "Topic bank agreed with Prevent coordinator."),
        ]),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Ofsted inspection: 10–13 September 2024 (Apprenticeships: Requires improvement)"
    ws["A3"] = "Owner: Pro Vice-Chancellor (Education)    Reported to: Education and Student Experience Committee"
    headers = ["Ref", "Ofsted recommendation", "Action", "Owner", "Target date", "RAG", "Update (January 2025)"]
    for j, h in enumerate(headers, 1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = solid(FILL["lav"])
        c.border = BOX
        c.alignment = WRAP
    for j, w in enumerate([6, 42, 48, 30, 13, 6, 40], 1):
        ws.column_dimensions[get_column_letter(j)].width = w
    r = 6
    refuse_row = None
    for rec, acts in recs:
        first = r
        ws.cell(row=r, column=2, value=rec)
        for ref, act, owner, when, rag, upd in acts:
            for j, v in zip([1, 3, 4, 5, 6, 7], [ref, act, owner, when, rag, upd]):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
            ws.cell(row=r, column=6).fill = solid(FILL[rag])
            for j in range(1, 8):
                ws.cell(row=r, column=j).border = BOX
            if when.startswith("Febuary"):
                refuse_row = r
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        ws.cell(row=first, column=2).alignment = WRAP
    ws.cell(row=r + 1, column=1, value="RAG: G = on track, A = at risk, R = off track, B = complete")
    wb.save(os.path.join(HERE, name))

    EXPECTED[name] = {
        "source": "Imitates a university's apprenticeships post-inspection action plan after an Ofsted "
                  "'requires improvement' for apprenticeships (Kingston University, inspection September 2024, "
                  "January 2025 update; no URL - modelled on published university PIAPs). Copied features: three "
                  "title/owner lines, a single table with the Ofsted recommendation merged down the rows of its "
                  "actions, typed month-year target dates, RAG letters with fill, a one-line RAG key under the table.",
        "reads": "Seven numbered actions under four Ofsted recommendations with owner, typed target month, RAG "
                 "and update. The target date of action 2.1 reads 'Febuary 2025', a mistyped month, so a careful "
                 "reader stops and asks at that row rather than guess.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_row,
        "title": title,
    }
    return refuse_row


# ======================================================= 4. hospital (xlsx) ===
def make_hospital():
    name = "hx1-kings-college-hospital-nhsft-pruh-cqc-must-should-do-action-plan.xlsx"
    title = "King's College Hospital NHS Foundation Trust – CQC Inspection Action Plan (PRUH)"
    sub = "CQC inspection 23–25 January 2024 (report published 10 May 2024). Update for Quality Committee, 18 November 2024"
    uec = "Urgent and emergency care – Princess Royal University Hospital"
    med = "Medical care (including older people's care) – Princess Royal University Hospital"
    # sheet -> sections -> requirements -> actions
    must = [
        (uec, [
            ("MD1", "The trust must ensure that patients in the emergency department receive timely initial "
                    "assessment and treatment in line with national standards.", "Reg 12 Safe care and treatment", [
                ("MD1.1", "Implement a rapid assessment and treatment (RAT) model in majors, staffed by a senior "
                          "decision-maker from 10:00 to 22:00.", "Clinical Director – Emergency Medicine",
                 d(2024, 5, 31), None, "RAT live from 20 May 2024. Time to initial assessment median 14 minutes.",
                 "B", ["Clinical Director – Emergency Medicine"], "2024-05", None),
                ("MD1.2", "Introduce a weekly audit of 15-minute initial assessment compliance, reported to the "
                          "divisional performance meeting.", "Head of Nursing – Emergency Care / Service Manager, ED",
                 d(2024, 6, 30), d(2024, 9, 30),
                 "Audit tool built in Epic. Compliance 71% (target 95%); revised date agreed at July QC.",
                 "A", ["Head of Nursing – Emergency Care", "Service Manager, ED"], "2024-09", None),
            ]),
            ("MD2", "The trust must ensure that medicines are stored securely and that fridge temperatures are "
                    "monitored and recorded daily.", "Reg 12 Safe care and treatment", [
                ("MD2.1", "Replace the medicines fridges in resus and majors with fridges linked to the central "
                          "temperature monitoring system.", "Chief Pharmacist", d(2024, 7, 31), d(2024, 12, 31),
                 "Fridges delivered; installation awaiting network points (Estates ticket 88412).",
                 "G", ["Chief Pharmacist"], "2024-12", None),
            ]),
        ]),
        (med, [
            ("MD3", "The trust must ensure that staff complete mandatory training, including safeguarding adults and "
                    "children level 3, in line with trust targets.", "Reg 18 Staffing", [
                ("MD3.1", "Ward managers to agree a trajectory to reach 90% compliance and release staff using "
                          "protected training days.", "Divisional Director of Nursing – Acute Medicine",
                 d(2024, 12, 31), None, "Compliance 78% (Oct). Two wards below 70%.",
                 "R", ["Divisional Director of Nursing – Acute Medicine"], "2024-12", None),
            ]),
        ]),
    ]
    should = [
        (uec, [
            ("SD1", "The trust should ensure that the paediatric waiting area is visually and audibly separated from "
                    "the adult waiting area.", "", [
                ("SD1.1", "Complete the ED paediatric waiting area refurbishment (capital scheme CAP-24-118).",
                 "Director of Estates & Facilities", d(2025, 3, 31), None,
                 "Works tendered; contractor starts January 2025.",
                 "G", ["Director of Estates & Facilities"], "2025-03", None),
            ]),
            ("SD2", "The trust should ensure that patients' pain scores are recorded and reassessed after analgesia "
                    "is given.", "", [
                ("SD2.1", "Add a mandatory pain reassessment prompt to the ED nursing documentation in Epic.",
                 "CNIO; Lead Nurse – ED", d(2024, 9, 30), None,
                 "Prompt live 2 September 2024. Reassessment recorded in 88% of records (Oct audit).",
                 "B", ["CNIO", "Lead Nurse – ED"], "2024-09", None),
            ]),
        ]),
        (med, [
            ("SD3", "The trust should ensure that discharge summaries are completed and sent to GPs within 24 hours "
                    "of discharge.", "", [
                ("SD3.1", "Introduce a daily discharge summary 'chase list' on each medical ward.",
                 "Care Group Director – Medicine", d(2024, 11, 30), None,
                 "Chase list live on 9 of 12 wards.", "A", ["Care Group Director – Medicine"], "2024-11", None),
                ("SD3.2", "Audit compliance monthly and report to the Medicine Care Group quality board.",
                 "Care Group Director – Medicine", "Monthly", None,
                 "September: 81% within 24 hours.", "G", ["Care Group Director – Medicine"], None, "Monthly"),
            ]),
        ]),
    ]

    wb = openpyxl.Workbook()
    summ = wb.active
    summ.title = "Summary"
    actions = []
    headers = ["Req ref", "CQC requirement", "Regulation", "Action ref", "Action", "Lead(s)", "Due date",
               "Revised due date", "Progress / evidence", "BRAG"]
    widths = [8, 42, 16, 9, 46, 30, 12, 12, 44, 7]
    tally = {}

    def build(sheet_name, label, sections):
        ws = wb.create_sheet(sheet_name)
        ws["A1"] = title
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = sub
        ws["A3"] = label
        ws["A3"].font = Font(bold=True)
        ws["A4"] = "BRAG key:"
        for j, (col, txt) in enumerate([("B", "B = Completed and evidenced"), ("G", "G = On track"),
                                        ("A", "A = At risk of slippage"), ("R", "R = Off track / overdue")]):
            c = ws.cell(row=4, column=2 + j, value=txt)
            c.fill = solid(FILL[col])
        for j, h in enumerate(headers, 1):
            c = ws.cell(row=6, column=j, value=h)
            c.font = Font(bold=True, color="FFFFFFFF")
            c.fill = solid("005EB8")
            c.alignment = WRAP
            c.border = BOX
        for j, w in enumerate(widths, 1):
            ws.column_dimensions[get_column_letter(j)].width = w
        r = 7
        for section, reqs in sections:
            c = ws.cell(row=r, column=1, value=section)
            c.font = Font(bold=True)
            c.fill = solid(FILL["grey"])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(headers))
            r += 1
            for rref, rtext, reg, acts in reqs:
                first = r
                ws.cell(row=r, column=1, value=rref)
                ws.cell(row=r, column=2, value=rtext)
                if reg:
                    ws.cell(row=r, column=3, value=reg)
                for aref, act, lead, due, rev, prog, brag, elead, eend, eendt in acts:
                    for j, v in zip([4, 5, 6, 7, 8, 9, 10], [aref, act, lead, due, rev, prog, brag]):
                        c = ws.cell(row=r, column=j)
                        if v is not None:
                            c.value = v
                        if isinstance(v, dt.datetime):
                            c.number_format = "dd/mm/yyyy"
                    ws.cell(row=r, column=10).fill = solid(FILL[brag])
                    ws.cell(row=r, column=10).alignment = Alignment(horizontal="center", vertical="top")
                    for j in range(1, 11):
                        ws.cell(row=r, column=j).border = BOX
                        if j != 10:
                            ws.cell(row=r, column=j).alignment = WRAP
                    tally[(label, section, brag)] = tally.get((label, section, brag), 0) + 1
                    actions.append(exp_action(aref, [section, rtext], act, elead, eend, STATUS_WORD[brag], eendt))
                    r += 1
                if r - 1 > first:
                    for col in (1, 2, 3):
                        ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
                        ws.cell(row=first, column=col).alignment = WRAP
        ws.freeze_panes = "A7"

    build("Must do", "MUST DO actions (regulatory breaches)", must)
    build("Should do", "SHOULD DO actions", should)

    summ["A1"] = title
    summ["A1"].font = Font(bold=True, size=13)
    summ["A2"] = sub
    summ["A4"] = "Summary of progress by BRAG rating"
    summ["A4"].font = Font(bold=True)
    for j, h in enumerate(["Type", "Core service", "B", "G", "A", "R", "Total"], 1):
        c = summ.cell(row=5, column=j, value=h)
        c.font = Font(bold=True)
        if h in FILL:
            c.fill = solid(FILL[h])
    r = 6
    tot = [0, 0, 0, 0]
    for label, secs in [("Must do", must), ("Should do", should)]:
        full = "MUST DO actions (regulatory breaches)" if label == "Must do" else "SHOULD DO actions"
        for section, _ in secs:
            vals = [tally.get((full, section, k), 0) for k in "BGAR"]
            tot = [a + b for a, b in zip(tot, vals)]
            for j, v in enumerate([label, section] + vals + [sum(vals)], 1):
                summ.cell(row=r, column=j, value=v)
            r += 1
    for j, v in enumerate(["Total", ""] + tot + [sum(tot)], 1):
        summ.cell(row=r, column=j, value=v).font = Font(bold=True)
    summ.column_dimensions["A"].width = 12
    summ.column_dimensions["B"].width = 70
    wb.move_sheet("Summary", offset=-2)
    wb.save(os.path.join(HERE, name))

    EXPECTED[name] = {
        "source": "Imitates an acute trust's CQC must-do/should-do action plan as taken to its Quality Committee "
                  "(King's College Hospital NHS FT, Princess Royal University Hospital site, inspection January "
                  "2024, November 2024 update; no URL - modelled on published trust board CQC action plan "
                  "reports, e.g. EEAST's CQC quality improvement plan progress reports). Copied features: a "
                  "Summary sheet of BRAG counts by core service, separate 'Must do' and 'Should do' sheets each "
                  "with title block and BRAG key, full-width core-service band rows, requirement ref/text/"
                  "regulation merged down the rows of its actions, due and revised due dates, BRAG letter "
                  "with fill, job-title leads (some two posts).",
        "reads": "Eight actions (MD1.1-MD3.1 on the Must do sheet, SD1.1-SD3.2 on the Should do sheet), each under "
                 "its core service and the CQC requirement it answers, with lead, due date, revised due date "
                 "where it slipped, progress and BRAG. The Summary sheet only counts them.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }


# ================================================ 5. mental health (csv) ===
def make_mh():
    name = "hx1-cambridgeshire-peterborough-nhsft-cqc-mental-health-must-should-do-action-plan.csv"
    op = "Wards for older people with mental health problems"
    ac = "Acute wards for adults of working age and psychiatric intensive care units"
    f_lig = ("The trust must ensure that ligature risk assessments are reviewed and updated following any change "
             "to the ward environment (Regulation 12).")
    f_rt = ("The trust must ensure that staff monitor patients' physical health after rapid tranquillisation in "
            "line with NICE guidance (Regulation 12).")
    f_car = "The trust should ensure that carers are involved in care planning and that this is recorded."
    f_staff = ("The trust must ensure that there are sufficient numbers of suitably qualified staff on each shift "
               "to keep patients safe (Regulation 18).")
    f_psy = "The trust should ensure that patients have access to psychological therapies on the acute wards."
    rows = [
        # id, core, type, finding, action, owner, target, revised, rag, update, last, exp_lead, exp_end, exp_status, end_text
        ("CPFT-OP-01", op, "Must do", f_lig,
         "Review and update ligature risk assessments on all older people's wards, signed off by the Estates and "
         "Health & Safety teams.", "Matron – Older People's Inpatient Services", "31/05/2024", "",
         "Blue (Complete)", "All 4 wards reassessed; sign-off recorded 28/05/2024.", "14/11/2024",
         ["Matron – Older People's Inpatient Services"], "2024-05", "blue", None),
        ("CPFT-OP-02", op, "Must do", f_lig,
         "Add a ligature review trigger to the minor works request form so that any change to the ward "
         "environment prompts a reassessment.", "Head of Estates; Health & Safety Lead", "30/06/2024", "30/09/2024",
         "Green", "Form change approved by Estates board; live on Planet FM from 01/10.", "14/11/2024",
         ["Head of Estates", "Health & Safety Lead"], "2024-09", "green", None),
        ("CPFT-OP-03", op, "Must do", f_rt,
         "Deliver rapid tranquillisation refresher training to all registered nurses on the older people's wards.\n"
         "Record completion on the training system.", "Smith, Karen", "31/08/2024", "",
         "Amber", "Training 72% complete. Night staff sessions added, \"train the trainer\" model from Dec.",
         "14/11/2024", ["Smith, Karen"], "2024-08", "amber", None),
        ("CPFT-OP-04", op, "Should do", f_car,
         "Introduce a carers' involvement section in the SystmOne care plan template.",
         "Clinical Systems Lead / Carers Lead", "31/10/2024", "", "Green",
         "Template built, in UAT.", "14/11/2024", ["Clinical Systems Lead", "Carers Lead"], "2024-10", "green", None),
        ("CPFT-AC-01", ac, "Must do", f_staff,
         "Complete the 2024 establishment review for all acute wards and PICU and present findings to the Board.",
         "Director of Nursing & Quality", "31/07/2024", "", "Blue (Complete)",
         "Presented to Board 25/07/2024, uplift of 11.4 WTE approved.", "14/11/2024",
         ["Director of Nursing & Quality"], "2024-07", "blue", None),
        ("CPFT-AC-02", ac, "Must do", f_staff,
         "Run a rolling recruitment campaign for band 5 nurses, including an international recruitment cohort.",
         "Deputy Director of Workforce", "31/03/2025", "", "Red",
         "Vacancy rate 19%; international cohort delayed to Feb 2025 (visa sponsorship).", "14/11/2024",
         ["Deputy Director of Workforce"], "2025-03", "red", None),
        ("CPFT-AC-03", ac, "Should do", f_psy,
         "Recruit two ward-based psychologists (one for each acute site).", "Head of Psychological Services",
         "Q4 2024/25", "", "Amber", "One post filled (Fulbourn); Peterborough post out to advert.", "14/11/2024",
         ["Head of Psychological Services"], "2025-03", "amber", None),
    ]
    header = ["Action ID", "Core Service", "Type", "CQC Finding", "Action", "Action Owner", "Target Date",
              "Revised Target Date", "RAG Status", "Latest Update", "Last Updated"]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(header)
    actions = []
    for row in rows:
        w.writerow(row[:11])
        rid, core, typ, finding, act = row[:5]
        actions.append(exp_action(rid, [core, finding], act, row[11], row[12], row[13], row[14]))
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())

    EXPECTED[name] = {
        "source": "Imitates a CSV export of a mental health trust's CQC must-do/should-do action tracker "
                  "(Cambridgeshire and Peterborough NHS FT, core services older people's wards and acute/PICU, "
                  "November 2024 export; no URL - modelled on trusts' published CQC action plan progress "
                  "updates, e.g. SHSC's quarterly published action plans). Copied features: one row per action "
                  "with an action ID, core service, must/should type and the CQC finding repeated on every row, "
                  "target and revised target dates (dd/mm/yyyy), a RAG status word ('Blue (Complete)'), quoted "
                  "multi-line and comma/quote-containing fields, 'Smith, Karen' style owner, Q4 2024/25 target.",
        "reads": "A plain export, no title: seven actions under two core services, each answering the CQC "
                 "must-do or should-do finding on its row, with owner, target (revised where given) and RAG.",
        "outcome": "read",
        "accept_refusal": False,
        "actions": actions,
    }


# ============================================================ 6. GP (txt) ===
def make_gp():
    name = "hx1-bramblys-grange-health-centre-cqc-inspection-action-plan.txt"
    title = "Bramblys Grange Health Centre - CQC Inspection Action Plan"
    rn1 = "REQUIREMENT NOTICE 1 - Regulation 12 HSCA (RA) Regulations 2014: Safe care and treatment"
    rn1t = "The provider must ensure care and treatment is provided in a safe way for service users."
    rn2 = "REQUIREMENT NOTICE 2 - Regulation 17 HSCA (RA) Regulations 2014: Good governance"
    rn2t = ("The provider must establish effective systems and processes to ensure good governance in accordance "
            "with the fundamental standards of care.")
    sh = "AREAS WHERE THE PRACTICE SHOULD MAKE IMPROVEMENTS"
    sh1 = "Should 1: Continue to improve the uptake of cervical screening."
    sh2 = "Should 2: Take action to improve patient satisfaction with telephone access."
    items = [
        # section, section text, ref, action lines, lead text, due, status, update, exp_lead, exp_end, exp_status, end_text
        (rn1, rn1t, "1.1", ["Complete a full review of all patients on high-risk medicines (DMARDs, lithium, "
                            "warfarin) who were overdue monitoring at the time of inspection."],
         "Dr S Okafor (Clinical Lead) / Clinical Pharmacist", "31/07/2024", "Complete",
         "All 43 patients reviewed; bloods booked or monitoring confirmed in secondary care.",
         ["Dr S Okafor (Clinical Lead)", "Clinical Pharmacist"], "2024-07", "blue", None),
        (rn1, rn1t, "1.2", ["Introduce a weekly search of the clinical system for overdue medicine reviews.",
                            "Results to be discussed at the fortnightly clinical meeting."],
         "Clinical Pharmacist", "August 2024", "On track",
         "Search built in SystmOne; first three meetings minuted.",
         ["Clinical Pharmacist"], "2024-08", "green", None),
        (rn1, rn1t, "1.3", ["Act on all outstanding MHRA and patient safety alerts and keep a log of the action "
                            "taken for each alert."],
         "Practice Manager & Dr L Hearn", "30/09/2024", "Amber - delayed",
         "Log set up. Two historic valproate alerts still being worked through.",
         ["Practice Manager", "Dr L Hearn"], "2024-09", "amber", None),
        (rn2, rn2t, "2.1", ["Implement a recruitment checklist so that DBS checks, references and immunisation "
                            "status are held for all staff before they start."],
         "Practice Manager", "31/08/2024", "Complete",
         "Checklist in use; retrospective audit of 31 staff files completed.",
         ["Practice Manager"], "2024-08", "blue", None),
        (rn2, rn2t, "2.2", ["Hold a monthly governance meeting with a standing agenda covering significant events, "
                            "complaints, safety alerts and QOF."],
         "Managing Partner", "Monthly", "On track",
         "Meetings held July, August, September.",
         ["Managing Partner"], None, "green", "Monthly"),
        (sh, sh1, "3.1", ["Offer Saturday morning cervical screening clinics and send text reminders to patients "
                          "who have not responded to their invitation."],
         "Nurse Manager", "December 2024", "On track",
         "Two Saturday clinics held. Uptake (25-49) 71.2%, up from 68.4%.",
         ["Nurse Manager"], "2024-12", "green", None),
        (sh, sh2, "3.2", ["Move to a cloud-based telephone system with call-back and queue position messages."],
         "Practice Manager", "March 2025", "Not started",
         "ICB funding bid submitted; awaiting outcome.",
         ["Practice Manager"], "2025-03", "unrated", None),
    ]
    L = []
    L.append(title)
    L.append("Inspection date: 17 April 2024    Report published: 12 June 2024    Overall rating: Requires improvement")
    L.append("Prepared by: Practice Manager    Reviewed: Partners' meeting 2 October 2024")
    L.append("")
    L.append("Status key: Complete / On track / Amber - delayed / Not started")
    L.append("")
    rule = "=" * 78
    cur = None
    cur_sub = None
    actions = []
    for sec, sectext, ref, lines, lead, due, status, upd, elead, eend, estat, eendt in items:
        if sec != cur:
            L.append(rule)
            L.append(sec)
            if sec != sh:
                L.append(sectext)
            L.append(rule)
            L.append("")
            cur = sec
            cur_sub = None
        if sec == sh and sectext != cur_sub:
            L.append(sectext)
            L.append("")
            cur_sub = sectext
        L.append("Action " + ref)
        L.append("  What we will do:  " + lines[0])
        for extra in lines[1:]:
            L.append("                    " + extra)
        L.append("  Lead:             " + lead)
        L.append("  Due by:           " + due)
        L.append("  Status:           " + status)
        L.append("  Update:           " + upd)
        L.append("")
        actions.append(exp_action(ref, [sec, sectext], "\n".join(lines), elead, eend, estat, eendt))
    L.append(rule)
    L.append("Summary: 7 actions - 2 complete, 3 on track, 1 delayed, 1 not started")
    L.append("Next review: Partners' meeting, January 2025")
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(L) + "\n")

    EXPECTED[name] = {
        "source": "Imitates a GP practice's CQC inspection action plan saved as plain text (Bramblys Grange "
                  "Health Centre, Basingstoke; inspection April 2024, October 2024 review; no URL - modelled on "
                  "practice action plans CQC encourages practices to publish, answering requirement notices "
                  "under Regulations 12 and 17 and the 'should improve' points). Copied features: title and "
                  "inspection lines, a status key line, '=' rules around each requirement notice heading with "
                  "its requirement sentence, numbered 'Should 1:' lines, labelled blocks per action with an "
                  "indented continuation line, day-first and month-name due dates, 'Monthly', a summary line.",
        "reads": "Seven actions: three under requirement notice 1 (Regulation 12), two under notice 2 "
                 "(Regulation 17), two under the practice's should-improve points, each with lead, due date, "
                 "status and update. The key, summary and next-review lines are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }


# ================================================= 7. national body (docx) ===
def make_museum():
    name = "hx1-british-museum-independent-review-recommendations-progress-report.docx"
    title = "Independent Review of the British Museum – Implementation of Recommendations: Progress Report"
    sections = [
        ("A. Documentation and registration of the Collection", [
            ("R1", "The Museum should identify unregistered or inadequately registered objects in the Collection and "
                   "register them fully.", [
                ("Launch the Collection documentation and digitisation programme to register and image every object "
                 "within five years.", "Deputy Director (Collections) / Head of Collections Management",
                 "December 2028", "On track", ["Deputy Director (Collections)", "Head of Collections Management"],
                 "2028-12", "green", None),
            ]),
            ("R2", "The Museum should carry out more frequent and more extensive inventory checks, including of "
                   "unregistered items.", [
                ("Introduce an annual risk-based programme of spot checks across all curatorial departments, "
                 "overseen by Internal Audit.", "Head of Internal Audit", "Q1 2024/25", "Complete",
                 ["Head of Internal Audit"], "2024-06", "blue", None),
                ("Complete a full inventory of the gem and jewellery holdings of the Department of Greece and Rome.",
                 "Keeper, Greece and Rome", "March 2025", "At risk", ["Keeper, Greece and Rome"], "2025-03",
                 "amber", None),
            ]),
        ]),
        ("B. Audit and risk", [
            ("R3", "The Museum's risk register should be replaced with one based on good practice in comparable "
                   "institutions.", [
                ("Adopt a new risk management framework and corporate risk register, approved by the Audit and Risk "
                 "Committee.", "Director of Finance, Resources and Operations", "Q4 2023/24", "Complete",
                 ["Director of Finance, Resources and Operations"], "2024-03", "blue", None),
            ]),
            ("R4", "The Audit and Risk Committee should receive regular reports on the security and registration of "
                   "the Collection.", [
                ("Add a standing collections assurance item to every Audit and Risk Committee agenda.",
                 "Board Secretary", "Ongoing", "On track", ["Board Secretary"], None, "green", "Ongoing"),
            ]),
        ]),
        ("C. Governance", [
            ("R5", "The Board should establish a committee through which Trustees and curatorial staff consider "
                   "collections priorities.", [
                ("Establish a Curatorial Committee of the Board, with terms of reference agreed by Trustees.",
                 "Chair of Trustees; Director", "By 30 June 2024", "Complete", ["Chair of Trustees", "Director"],
                 "2024-06", "blue", None),
            ]),
            ("R6", "Trustees and the Director should review the size and composition of the Directorate.", [
                ("Create a Management Committee of the Director, two Deputy Directors and four senior staff.",
                 "Director", "September 2024", "On track", ["Director"], "2024-09", "green", None),
            ]),
        ]),
    ]

    doc = docx.Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10.5)
    doc.add_paragraph(title, style="Title")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Paper reference", "BMT 2024/41"), ("Meeting", "Board of Trustees"), ("Date", "19 September 2024"),
                 ("Author", "Head of Governance"), ("Purpose", "For assurance")]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True, size=10)
        set_cell(cells[1], v, size=10)
    doc.add_paragraph("")
    doc.add_paragraph("1. Purpose", style="Heading 2")
    doc.add_paragraph("The Independent Review commissioned by the Trustees in 2023 made recommendations on the "
                      "documentation of the Collection, audit and risk, governance and security. Trustees accepted "
                      "all of the recommendations in December 2023. This paper reports progress against the "
                      "published recommendations.")
    doc.add_paragraph("Status key: Complete – action delivered and evidenced; On track – progressing to target date; "
                      "At risk – may miss target date (amber); Off track – target date will be missed.")
    doc.add_paragraph("2. Progress against recommendations", style="Heading 2")
    headers = ["Rec.", "Recommendation", "Management action", "Responsible", "Target date", "Status"]
    actions = []
    for sec, recs in sections:
        doc.add_paragraph(sec, style="Heading 3")
        tb = doc.add_table(rows=1, cols=len(headers))
        tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells, headers):
            set_cell(c, h, bold=True)
            shade(c, "DEEAF6")
        for rref, rtext, acts in recs:
            first = None
            for i, (act, resp, when, status, elead, eend, estat, eendt) in enumerate(acts):
                row = tb.add_row()
                cells = row.cells
                if i == 0:
                    set_cell(cells[0], rref)
                    set_cell(cells[1], rtext)
                    first = row
                for c, v in zip(cells[2:], [act, resp, when, status]):
                    set_cell(c, v)
                # a person reads the recommendation ref as the action's ref
                actions.append(exp_action(rref, [sec, rtext], act, elead, eend, estat, eendt))
            if len(acts) > 1:
                top0 = first.cells[0]
                top1 = first.cells[1]
                bot = tb.rows[-1].cells
                top0.merge(bot[0])
                top1.merge(bot[1])
                set_cell(top0, rref)
                set_cell(top1, rtext)
        doc.add_paragraph("")
    doc.add_paragraph("D. Security", style="Heading 3")
    doc.add_paragraph("The recommendations on security arrangements (R7 to R11) are not included in this published "
                      "version of the paper. Progress on them is reported to the Audit and Risk Committee in "
                      "closed session.")
    doc.add_paragraph("3. Recommendation", style="Heading 2")
    doc.add_paragraph("Trustees are asked to note progress: 3 actions complete, 3 on track and 1 at risk.")
    doc.save(os.path.join(HERE, name))

    EXPECTED[name] = {
        "source": "Imitates a national museum's (arm's-length body of DCMS) board paper reporting progress on the "
                  "recommendations of the 2023 Independent Review of the British Museum (review by Boardman, "
                  "D'Orsi and Karet, recommendations accepted December 2023; press coverage e.g. "
                  "https://museumsandheritage.com/advisor/posts/british-museum-told-to-fully-register-collection-"
                  "after-review-into-thefts/). Recommendation and action wording is written fresh for the test. "
                  "Copied features: board-paper cover table (paper ref, meeting, date, author, purpose), purpose "
                  "paragraph, a status key that maps 'At risk' to amber, one table per published section "
                  "(documentation, audit and risk, governance) with the recommendation in its own column, a "
                  "recommendation merged over its two actions, quarter and month targets, 'Ongoing', and a "
                  "redacted security section with no table.",
        "reads": "Seven management actions answering six published recommendations (R1-R6) in three sections; the "
                 "security recommendations are withheld. Each action has a responsible post or posts, a target "
                 "and a status word. The cover table is not part of the plan.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }


# ----------------------------------------------------------------------------
def write_yaml():
    import yaml

    class Dumper(yaml.SafeDumper):
        pass

    def str_rep(dumper, data):
        import re
        if "\n" in data or re.fullmatch(r"\d{4}-\d{2}", data):
            return dumper.represent_scalar("tag:yaml.org,2002:str", data, style='"')
        return dumper.represent_scalar("tag:yaml.org,2002:str", data)

    Dumper.add_representer(str, str_rep)
    for name, exp in EXPECTED.items():
        with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as fh:
            yaml.dump(exp, fh, Dumper=Dumper, sort_keys=False, allow_unicode=True, width=100,
                      default_flow_style=False)


def main():
    make_school()
    make_college()
    rr = make_university()
    make_hospital()
    make_mh()
    make_gp()
    make_museum()
    print("refuse row (university xlsx):", rr)
    if "--yaml" in sys.argv:
        write_yaml()
        print("yaml written")


if __name__ == "__main__":
    main()
